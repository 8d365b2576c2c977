"""The start-up snapshot shows exactly what the full open shows, or nothing at all."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from debtordesk.core.figures import sums_of
from debtordesk.storage.datafile import DataFile, new_file_at_revision
from debtordesk.storage.snapshot import read_snapshot

TODAY = date(2026, 11, 23)


def test_snapshot_matches_the_repository(data_file: DataFile, business) -> None:  # type: ignore[no-untyped-def]
    snapshot = read_snapshot(data_file.path, TODAY)
    assert snapshot is not None
    with data_file.store.reading() as reader:
        assert snapshot.profile == reader.profile()
        assert sorted(snapshot.invoices, key=lambda r: r.invoice.id) == sorted(reader.invoices(),
                                                                             key=lambda r: r.invoice.id)
        invoice_facts, promise_facts = reader.figure_facts()
        assert snapshot.sums == sums_of(invoice_facts, TODAY)
        assert snapshot.promise_facts == promise_facts


def test_no_snapshot_where_only_a_full_open_can_explain(tmp_path: Path) -> None:
    assert read_snapshot(tmp_path / "missing.debtordesk", TODAY) is None
    text = tmp_path / "notes.debtordesk"
    text.write_text("not a database")
    assert read_snapshot(text, TODAY) is None
    foreign = tmp_path / "foreign.debtordesk"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    assert read_snapshot(foreign, TODAY) is None
    old = tmp_path / "old.debtordesk"
    new_file_at_revision(old, "0001")  # must be migrated first, with a backup
    assert read_snapshot(old, TODAY) is None


def test_a_large_files_snapshot_holds_the_lists_first_rows_and_what_today_names(
        demo_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.core import first_paint

    monkeypatch.setattr(first_paint, "READ_WHOLE_UP_TO", 0)  # the demo counts as a large file
    whole = read_snapshot(demo_file, TODAY)
    first = read_snapshot(demo_file, TODAY, first_rows=5)
    assert whole is not None and first is not None and whole.complete and not first.complete
    # The list's default sort over every row (read by id): days overdue, descending.
    listed = sorted(whole.invoices, key=lambda r: r.days_overdue(TODAY), reverse=True)
    assert [r.invoice.id for r in listed[:5]] == sorted(r.invoice.id for r in first.invoices)
    assert first.invoices == [r for r in whole.invoices if r in first.invoices]
    named = {t.invoice_id for t in first.tasks if t.invoice_id} | {i for p in first.promises for i in p.invoice_ids}
    assert named <= {r.invoice.id for r in first.invoices + first.today_invoices}
    assert (first.sums, first.promise_facts) == (whole.sums, whole.promise_facts)
