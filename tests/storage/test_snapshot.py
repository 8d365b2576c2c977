"""The start-up snapshot shows exactly what the full open shows, or nothing at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from debtordesk.storage.datafile import DataFile, new_file_at_revision
from debtordesk.storage.snapshot import read_snapshot


def test_snapshot_matches_the_repository(data_file: DataFile, business) -> None:  # type: ignore[no-untyped-def]
    snapshot = read_snapshot(data_file.path)
    assert snapshot is not None
    with data_file.store.reading() as reader:
        assert snapshot.profile == reader.profile()
        assert sorted(snapshot.invoices, key=lambda r: r.invoice.id) == sorted(reader.invoices(),
                                                                             key=lambda r: r.invoice.id)
        assert (snapshot.invoice_facts, snapshot.promise_facts) == reader.figure_facts()


def test_no_snapshot_where_only_a_full_open_can_explain(tmp_path: Path) -> None:
    assert read_snapshot(tmp_path / "missing.debtordesk") is None
    text = tmp_path / "notes.debtordesk"
    text.write_text("not a database")
    assert read_snapshot(text) is None
    foreign = tmp_path / "foreign.debtordesk"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    assert read_snapshot(foreign) is None
    old = tmp_path / "old.debtordesk"
    new_file_at_revision(old, "0001")  # must be migrated first, with a backup
    assert read_snapshot(old) is None
