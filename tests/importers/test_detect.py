"""Every sample file of a supported kind is recognised and read whole by the reader its content asks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from debtordesk.core.import_model import ImportRejected
from debtordesk.importers.detect import kind_of, read_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TABLES = Path(__file__).resolve().parent / "tables"
FOLDER_KIND = {"ubl": "ubl", "camt053": "camt053", "coda": "coda", "mt940": "mt940"}
#: Published samples whose own totals disagree with their lines (see test_mt940/test_coda): read, with warnings.
WARNED = {"abnamro_structured.txt", "ming-ing-provided-example-single-message.txt", "sample5.cod"}


def sample_files() -> list[Path]:
    return sorted(p for folder in FOLDER_KIND for p in (SAMPLES / folder).iterdir() if p.is_file())


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_is_recognised_and_read(path: Path) -> None:
    data = path.read_bytes()
    assert kind_of(data) == FOLDER_KIND[path.parent.name]
    read = read_file(path.name, data)
    assert read.kind == FOLDER_KIND[path.parent.name]
    assert read.invoices or read.statements
    assert bool(read.warnings) == (path.name in WARNED)
    assert all(w.code in ("balance_mismatch", "trailer_mismatch") for w in read.warnings)


@pytest.mark.parametrize("path", sorted(p for p in TABLES.iterdir() if p.suffix in (".csv", ".txt")),
                         ids=lambda p: p.name)
def test_invoice_tables_are_read_with_the_guessed_mapping(path: Path) -> None:
    read = read_file(path.name, path.read_bytes())
    assert read.kind == "table" and read.invoices and read.table is not None


def test_an_unknown_file_is_refused_by_name() -> None:
    with pytest.raises(ImportRejected) as refused:
        read_file("photo.jpg", b"\xff\xd8\xff\xe0 not a statement")
    assert [(p.code, p.value) for p in refused.value.problems] == [("unknown_kind", "photo.jpg")]
