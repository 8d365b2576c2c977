"""What the window shows first, read with plain sqlite3 before SQLAlchemy is imported.

Painting a file's invoices and figures needs a few reads; importing SQLAlchemy
takes longer than all of them on a small file. The app paints this snapshot,
then opens the file fully (lock, migrations, services) right after.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from debtordesk.core.figures import FigureSums
from debtordesk.core.first_paint import read_for_paint
from debtordesk.core.follow_up import InvoiceFollowUp, LadderBook
from debtordesk.core.model import BusinessProfile, InvoiceRow, Promise, Task
from debtordesk.core.ports import Snapshot
from debtordesk.storage import plain_reads
from debtordesk.storage.revisions import current_revision, head_revision


class PlainReader:
    """The reads of ``core.first_paint.PaintReader`` over a plain sqlite3 connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def profile(self) -> BusinessProfile | None:
        return plain_reads.profile(self.connection)

    def invoices(self, client_id: int | None = None) -> list[InvoiceRow]:
        return plain_reads.invoice_rows(self.connection, client_id)

    def invoices_with_ids(self, ids: Sequence[int]) -> list[InvoiceRow]:
        return plain_reads.invoice_rows_with_ids(self.connection, ids)

    def figure_sums(self, today: date) -> FigureSums:
        return plain_reads.figure_sums(self.connection, today)

    def invoice_count(self) -> int:
        return plain_reads.invoice_count(self.connection)

    def first_invoice_ids(self, today: date, count: int) -> list[int]:
        return plain_reads.first_invoice_ids(self.connection, today, count)

    def tasks(self, include_done: bool = False) -> list[Task]:
        assert not include_done, "the first paint needs open tasks only"
        return plain_reads.open_tasks(self.connection)

    def promises(self, client_id: int | None = None) -> list[Promise]:
        assert client_id is None, "the first paint needs every promise"
        return plain_reads.promises(self.connection)

    def client_names(self) -> dict[int, str]:
        return plain_reads.client_names(self.connection)

    def follow_up(self, ids: Sequence[int] | None = None) -> dict[int, InvoiceFollowUp]:
        return plain_reads.follow_up(self.connection, ids)

    def ladder_book(self) -> LadderBook:
        return plain_reads.ladder_book(self.connection)


def read_snapshot(path: Path, today: date, *, first_rows: int | None = None) -> Snapshot | None:
    """The file's contents for a first paint, or None where only a full open can tell what to do.

    None for a missing file, a file that is not ours or needs migrating, or any
    read error: the full open that follows gives the user the message. With
    ``first_rows``, a large file's invoice list only begins (see ``core.first_paint``).
    """
    path = Path(path).resolve()
    try:
        if not path.is_file() or current_revision(path) != head_revision():
            return None
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return read_for_paint(PlainReader(connection), path, today, first_rows=first_rows)
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
