"""debtordesk-cli dossier: PDF and ZIP written whole, exit 1 for a broken dossier, exit 2 for what cannot be done."""

from __future__ import annotations

import json
import os
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from dossier_support import DossierBusiness, build_dossier_business, copy_file, tamper
from pypdf import PdfReader

from debtordesk import cli
from debtordesk.cli_dossier import Refused, write_whole
from debtordesk.core.dossier_json import verify_json
from debtordesk.storage.datafile import new_file_at_revision


@pytest.fixture(scope="module")
def business(tmp_path_factory: pytest.TempPathFactory) -> DossierBusiness:
    return build_dossier_business(tmp_path_factory.mktemp("cli") / "business.debtordesk")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def folder_names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_an_invoice_dossier_as_pdf(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "2026-003.pdf"
    out.parent.mkdir()
    assert cli.main(["dossier", str(demo_file), "2026-003", "--out", str(out)]) == 0
    assert folder_names(out.parent) == {"2026-003.pdf"}  # nothing left beside it
    text = pdf_text(out)
    assert "Pieter Claes" in text and "Dossier van factuur 2026-003" in text
    assert "Dossier of invoice 2026-003 (Pieter Claes): 4 records in 1 dossier written to" in capsys.readouterr().out


def test_a_client_dossier_as_zip(business: DossierBusiness, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "elise.ZIP"
    assert cli.main(["dossier", str(business.path), "brasserie élise", "--client", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    assert len([n for n in files if n.startswith("documents/")]) == 2
    assert verify_json(files["dossier.json"].decode("utf-8"), files).ok
    assert json.loads(files["dossier.json"])["client"]["name"] == "Brasserie Élise"
    assert PdfReader(BytesIO(files["dossier.pdf"])).pages
    output = capsys.readouterr().out
    assert "Dossier of Brasserie Élise: 13 records in 3 dossiers" in output and "OK: every dossier intact." in output


def test_part_of_a_name_finds_the_one_client_it_fits(business: DossierBusiness, tmp_path: Path) -> None:
    out = tmp_path / "bos.pdf"
    assert cli.main(["dossier", str(business.path), "bos", "--client", "--out", str(out)]) == 0
    assert "Bakkerij Bos" in pdf_text(out)


def test_an_existing_output_is_replaced_whole(business: DossierBusiness, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"an older export")
    assert cli.main(["dossier", str(business.path), "2026-102", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and folder_names(tmp_path) == {"dossier.pdf"}


def test_a_broken_dossier_is_written_and_exits_1(business: DossierBusiness, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = copy_file(business.path, tmp_path / "tampered.debtordesk")
    tamper(path, "UPDATE dossier_record SET summary = 'Nothing' WHERE kind = 'disputed'")
    out = tmp_path / "broken.pdf"
    assert cli.main(["dossier", str(path), "2026-102", "--out", str(out)]) == 1
    assert "GEBROKEN" in pdf_text(out)
    assert "BROKEN: dossier invoice:" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "client", "message"), [
    ("2099-001", False, "There is no invoice numbered '2099-001'"),
    ("Nobody & Co", True, "There is no client named 'Nobody & Co'"),
    ("b", True, "'b' names more than one client (Bakkerij Bos, Brasserie Élise)"),
])
def test_unknown_invoice_or_client_exits_2(business: DossierBusiness, tmp_path: Path, name: str, client: bool,
                                           message: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["dossier", str(business.path), name, "--out", str(tmp_path / "x.pdf")] + (["--client"] if client else [])
    assert cli.main(args) == 2
    assert message in capsys.readouterr().err
    assert folder_names(tmp_path) == set()


def test_unusable_data_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "x.pdf")
    assert cli.main(["dossier", str(tmp_path / "missing.debtordesk"), "1", "--out", out]) == 2
    assert "there is no such file" in capsys.readouterr().err
    text_file = tmp_path / "notes.debtordesk"
    text_file.write_text("not a database")
    assert cli.main(["dossier", str(text_file), "1", "--out", out]) == 2
    assert "not a DebtorDesk data file" in capsys.readouterr().err
    old = tmp_path / "old.debtordesk"
    new_file_at_revision(old, "0004")
    assert cli.main(["dossier", str(old), "1", "--out", out]) == 2
    assert "made by an older DebtorDesk" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_outputs_exit_2_and_leave_nothing(business: DossierBusiness, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = str(business.path)
    assert cli.main(["dossier", data, "2026-101", "--out", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert cli.main(["dossier", data, "2026-101", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert cli.main(["dossier", data, "2026-101", "--out", data]) == 2
    assert "the data file itself" in capsys.readouterr().err
    too_long = tmp_path / ("d" * 300 + ".pdf")
    assert cli.main(["dossier", data, "2026-101", "--out", str(too_long)]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert folder_names(tmp_path) == set()


def test_a_long_name_is_fine(business: DossierBusiness, tmp_path: Path) -> None:
    out = tmp_path / ("d" * 246 + ".pdf")  # the temporary file beside it has a short name of its own
    assert cli.main(["dossier", str(business.path), "2026-101", "--out", str(out)]) == 0
    assert folder_names(tmp_path) == {out.name} and out.stat().st_mode & 0o777 == 0o666 & ~current_umask()


def test_a_write_that_fails_at_the_rename_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    (target / "inside").mkdir(parents=True)  # a folder in the way: the rename fails after the data is written
    with pytest.raises(Refused, match="cannot be written"):
        write_whole(target, b"%PDF-1.4")
    assert folder_names(tmp_path) == {"taken"} and folder_names(target) == {"inside"}


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
