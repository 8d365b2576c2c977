"""debtordesk-cli import: invoices and statements headless, each file once, a refused file imports nothing."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from debtordesk import cli
from debtordesk.core.clock import fixed_clock
from debtordesk.core.model import Client, Contact, ContactRole, Invoice
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import open_data_file

SAMPLES = Path(__file__).resolve().parent / "samples"
TABLES = Path(__file__).resolve().parent / "importers" / "tables"
PROFILE_SOURCE = Path(__file__).resolve().parent / "storage"


@pytest.fixture
def books(tmp_path: Path) -> Path:
    """A freelancer's file with the three invoices the Rabobank statement (camt053/CAMT053.xml) pays."""
    import sys

    sys.path.insert(0, str(PROFILE_SOURCE))
    from storage_support import PROFILE  # noqa: PLC0415 (a test helper of another folder)

    path = tmp_path / "books.debtordesk"
    with open_data_file(path, create=True) as data_file:
        service = DebtorService(data_file.store, fixed_clock(datetime(2016, 11, 1, 10, tzinfo=UTC)))
        service.save_profile(PROFILE)
        client = service.save_client(Client(name="XS News B.V."),
                                     [Contact(0, "Boekhouding", ContactRole.ACCOUNTS_PAYABLE, email="a@xs.example")])
        # Amounts as the statement's Ustrd lines 1023, 2531 and 3099 pay them (Amt 4425.25, 2982.99, 4516.68).
        for number, cents in (("2016Q3-0004", 4425_25), ("2016Q3-0005", 2982_99), ("2016Q3-0006", 4516_68)):
            service.save_invoice(Invoice(client, number, date(2016, 7, 1), date(2016, 7, 31), cents, 0))
    return path


def test_a_statement_books_its_sure_matches_once(books: Path, capsys: pytest.CaptureFixture[str]) -> None:
    statement = SAMPLES / "camt053" / "CAMT053.xml"
    assert cli.main(["import", str(books), str(statement)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CAMT053.xml: 3 payment(s) booked from 3 sure match(es); 0 line(s) imported before.")
    assert cli.main(["import", str(books), str(statement)]) == 0
    assert "0 payment(s) booked from 0 sure match(es); 3 line(s) imported before." in capsys.readouterr().out


def test_an_export_is_imported_and_again_changes_nothing(books: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = TABLES / "moneybird_nl.csv"
    assert cli.main(["import", str(books), str(export)]) == 0
    first = capsys.readouterr().out
    # Three invoices are new; the credit note 2026-0044 corrects 2026-0042 (its own line 5 says so in text
    # only), so it lowers nothing and is reported.
    assert first.startswith("moneybird_nl.csv: 3 new invoice(s), 0 updated, 0 unchanged, 3 new client(s).")
    assert cli.main(["import", str(books), str(export)]) == 0
    assert capsys.readouterr().out.startswith("moneybird_nl.csv: 0 new invoice(s), 0 updated, 3 unchanged, "
                                              "0 new client(s).")


def test_a_refused_file_imports_nothing_and_says_where(books: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.xml"
    data = (SAMPLES / "ubl" / "base-example.xml").read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    before = books.read_bytes()
    assert cli.main(["import", str(books), str(TABLES / "moneybird_nl.csv"), str(broken)]) == 1
    err = capsys.readouterr().err
    assert "broken.xml: line " in err and "truncated" in err and err.rstrip().endswith("Nothing was imported.")
    assert books.read_bytes() == before


def test_a_statement_whose_totals_disagree_is_read_with_a_warning(books: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "sample5.cod"
    shutil.copy(SAMPLES / "coda" / "sample5.cod", copy)
    assert cli.main(["import", str(books), str(copy)]) == 0
    captured = capsys.readouterr()
    assert "warning: line" in captured.err and "trailer_mismatch" in captured.err
    assert "unmatched:" in captured.out  # nothing in these books matches its credits
