"""What the window reads to show a file, and on a large file, what it can show first.

Building 100,000 invoice rows takes seconds; the figures, the ageing chart, the
Today list and the first screenful of the invoice list need far less. On a large
file the window reads those first, paints them, and reads the full invoice list
after that (see ``ui.main_window``). The figures are always exact: they come
from sums over every invoice, which the file adds up itself.

One function serves both ways a file is read for the window: the start-up
snapshot over plain sqlite3 and the repository of a fully open file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from debtordesk.core.figures import FigureSums, PromiseFacts
from debtordesk.core.follow_up import InvoiceFollowUp, LadderBook
from debtordesk.core.model import BusinessProfile, InvoiceRow, Promise, Task
from debtordesk.core.ports import Snapshot

#: Up to this many invoices a file is read whole before the first paint.
READ_WHOLE_UP_TO = 5_000
#: Rows of the invoice list shown before the rest is read: more than a screen holds.
FIRST_ROWS = 100


class PaintReader(Protocol):
    """The reads a first paint needs; both the repository and the start-up snapshot offer them."""

    def profile(self) -> BusinessProfile | None: ...
    def invoice_count(self) -> int: ...
    def invoices(self, client_id: int | None = None) -> Sequence[InvoiceRow]: ...
    def invoices_with_ids(self, ids: Sequence[int]) -> Sequence[InvoiceRow]: ...
    def first_invoice_ids(self, today: date, count: int) -> list[int]: ...
    def figure_sums(self, today: date) -> FigureSums: ...
    def tasks(self, include_done: bool = False) -> Sequence[Task]: ...
    def promises(self, client_id: int | None = None) -> Sequence[Promise]: ...
    def client_names(self) -> dict[int, str]: ...
    def follow_up(self, ids: Sequence[int] | None = None) -> dict[int, InvoiceFollowUp]: ...
    def ladder_book(self) -> LadderBook: ...


def read_for_paint(reader: PaintReader, path: Path, today: date, *, first_rows: int | None = None) -> Snapshot:
    """Everything the window shows of a file; with ``first_rows``, a large file's invoice list only begins.

    Args:
        first_rows: when given and the file has more than ``READ_WHOLE_UP_TO``
            invoices, only this many rows of the invoice list in its default
            order are read (and those the Today list names); the snapshot then
            says ``complete=False`` and the caller reads ``reader.invoices()`` later.
    """
    tasks, promises = list(reader.tasks()), list(reader.promises())
    if first_rows is None or reader.invoice_count() <= READ_WHOLE_UP_TO:
        invoices, named = list(reader.invoices()), []
        complete = True
        follow_up = reader.follow_up()
    else:
        shown = set(reader.first_invoice_ids(today, first_rows))
        wanted = shown | {t.invoice_id for t in tasks if t.invoice_id is not None}
        wanted.update(i for p in promises for i in p.invoice_ids)
        invoices, named = [], []
        for row in reader.invoices_with_ids(sorted(wanted)):
            (invoices if row.invoice.id in shown else named).append(row)
        complete = False
        follow_up = reader.follow_up(sorted(wanted))
    # The promises were read whole above: their facts need no second read.
    promise_facts = [PromiseFacts(p.client_id, p.amount_cents, p.promised_date, str(p.status)) for p in promises]
    return Snapshot(path, reader.profile(), invoices, reader.figure_sums(today), promise_facts, tasks,
                    promises, reader.client_names(), complete=complete, today_invoices=named,
                    follow_up=follow_up, ladders=reader.ladder_book())
