"""The dossier tables refuse UPDATE and DELETE, whoever asks; appending still works."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import text
from storage_support import Business, build_business, make_service

from debtordesk.core.dossier import RecordDraft, RecordKind
from debtordesk.storage.datafile import DataFile, open_data_file
from debtordesk.storage.verify import verify_file

STATEMENTS = {
    "record-update-summary": "UPDATE dossier_record SET summary = 'edited' WHERE id = :id",
    "record-update-hash": "UPDATE dossier_record SET hash = prev_hash WHERE id = :id",
    "record-update-all": "UPDATE dossier_record SET seq = seq",
    "record-delete": "DELETE FROM dossier_record WHERE id = :id",
    "record-delete-all": "DELETE FROM dossier_record",
    "document-update": "UPDATE dossier_document SET data = x'00' WHERE record_id = :id",
    "document-delete": "DELETE FROM dossier_document WHERE record_id = :id",
}


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[DataFile, int]]:
    """An open file with a business; the id of the record that has the invoice PDF."""
    with open_data_file(tmp_path / "b.debtordesk", create=True) as data_file:
        business: Business = build_business(make_service(data_file))
        with data_file.engine.connect() as connection:
            record_id = connection.execute(text(
                "SELECT record_id FROM dossier_document d JOIN dossier_record r ON r.id = d.record_id "
                "WHERE r.invoice_id = :invoice"), {"invoice": business.invoice}).scalar_one()
        yield data_file, record_id


def snapshot(data_file: DataFile) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with data_file.engine.connect() as connection:
        records = [tuple(r) for r in connection.execute(text("SELECT * FROM dossier_record ORDER BY id"))]
        documents = [tuple(r) for r in connection.execute(text("SELECT * FROM dossier_document ORDER BY id"))]
    return records, documents


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_sqlalchemy_cannot_change_the_dossier(name: str, opened: tuple[DataFile, int]) -> None:
    data_file, record_id = opened
    before = snapshot(data_file)
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only"):
        with data_file.engine.begin() as connection:
            connection.execute(text(STATEMENTS[name]), {"id": record_id})
    assert snapshot(data_file) == before
    assert verify_file(data_file.engine).intact


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_plain_sqlite_cannot_change_the_dossier(name: str, opened: tuple[DataFile, int]) -> None:
    data_file, record_id = opened
    before = snapshot(data_file)
    connection = sqlite3.connect(data_file.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute(STATEMENTS[name], {"id": record_id})
        connection.rollback()
    finally:
        connection.close()
    assert snapshot(data_file) == before


def test_the_triggers_exist(opened: tuple[DataFile, int]) -> None:
    data_file, _ = opened
    with data_file.engine.connect() as connection:
        names = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    assert {"dossier_record_no_UPDATE", "dossier_record_no_DELETE", "dossier_document_no_UPDATE",
            "dossier_document_no_DELETE"} <= names


def test_appending_still_works(opened: tuple[DataFile, int]) -> None:
    data_file, _ = opened
    before, _docs = snapshot(data_file)
    with data_file.store.transaction() as tx:
        tx.append_record(RecordDraft(RecordKind.NOTE, "correction: the call was on Tuesday", client_id=1),
                         make_service(data_file).clock.now())
    after, _docs = snapshot(data_file)
    assert after[: len(before)] == before and len(after) == len(before) + 1
    assert verify_file(data_file.engine).intact


def test_other_tables_stay_editable(opened: tuple[DataFile, int]) -> None:
    """Only the dossier is append-only: a task can be ticked off, an invoice corrected."""
    data_file, _ = opened
    with data_file.engine.begin() as connection:
        connection.execute(text("UPDATE task SET done = 1"))
        connection.execute(text("UPDATE invoice SET description = 'x'"))
    with data_file.store.reading() as reader:
        assert reader.tasks() == []
        assert {row.invoice.description for row in reader.invoices()} == {"x"}
        assert reader.invoice(1).issue_date == date(2026, 9, 1)
