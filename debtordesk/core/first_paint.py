"""What the window reads to show a file, and on a large file, what it can show first.

Building 100,000 invoice rows takes seconds; the figures, the ageing chart, the
Today list and the first screenful of the invoice list need far less. On a large
file the window reads those first, paints them, and reads the full invoice list
after that (see ``ui.main_window``). The figures are always exact: they come
from the facts of every invoice, which are cheap to read.

One function serves both ways a file is read for the window: the start-up
snapshot over plain sqlite3 and the repository of a fully open file.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from debtordesk.core.figures import InvoiceFacts, PromiseFacts
from debtordesk.core.model import BusinessProfile, InvoiceRow, Promise, Task
from debtordesk.core.ports import Snapshot

#: Up to this many invoices a file is read whole before the first paint.
READ_WHOLE_UP_TO = 5_000
#: Rows of the invoice list shown before the rest is read: more than a screen holds.
FIRST_ROWS = 100


class PaintReader(Protocol):
    """The reads a first paint needs; both the repository and the start-up snapshot offer them."""

    def profile(self) -> BusinessProfile | None: ...
    def invoices(self, client_id: int | None = None) -> Sequence[InvoiceRow]: ...
    def invoices_with_ids(self, ids: Sequence[int]) -> Sequence[InvoiceRow]: ...
    def figure_facts(self) -> tuple[list[InvoiceFacts], list[PromiseFacts]]: ...
    def tasks(self, include_done: bool = False) -> Sequence[Task]: ...
    def promises(self, client_id: int | None = None) -> Sequence[Promise]: ...
    def client_names(self) -> dict[int, str]: ...


def most_overdue_ids(facts: Sequence[InvoiceFacts], today: date, count: int) -> list[int]:
    """The ids of the first ``count`` invoices in the invoice list's default order.

    That order is most days overdue first and, among equal days, by id: the
    list sorts rows read by id with a stable sort on days overdue, descending.
    Most days overdue is the earliest due date among the invoices still open
    and due before today; all others have zero days and follow by id.
    """
    overdue, others = [], []
    for f in facts:
        if f.due_date < today and not f.written_off and f.total_cents > sum(p.amount_cents for p in f.payments):
            overdue.append((f.due_date, f.invoice_id))
        else:
            others.append(f.invoice_id)
    first = [invoice_id for _due, invoice_id in heapq.nsmallest(count, overdue)]
    return first + heapq.nsmallest(count - len(first), others) if len(first) < count else first


def read_for_paint(reader: PaintReader, path: Path, today: date, *, first_rows: int | None = None) -> Snapshot:
    """Everything the window shows of a file; with ``first_rows``, a large file's invoice list only begins.

    Args:
        first_rows: when given and the file has more than ``READ_WHOLE_UP_TO``
            invoices, only this many rows of the invoice list in its default
            order are read (and those the Today list names); the snapshot then
            says ``complete=False`` and the caller reads ``reader.invoices()`` later.
    """
    invoice_facts, promise_facts = reader.figure_facts()
    tasks, promises = list(reader.tasks()), list(reader.promises())
    if first_rows is None or len(invoice_facts) <= READ_WHOLE_UP_TO:
        invoices, named = list(reader.invoices()), []
        complete = True
    else:
        first = most_overdue_ids(invoice_facts, today, first_rows)
        wanted = set(first)
        wanted.update(t.invoice_id for t in tasks if t.invoice_id is not None)
        wanted.update(i for p in promises for i in p.invoice_ids)
        shown = set(first)
        invoices, named = [], []
        for row in reader.invoices_with_ids(sorted(wanted)):
            (invoices if row.invoice.id in shown else named).append(row)
        complete = False
    return Snapshot(path, reader.profile(), invoices, invoice_facts, promise_facts, tasks, promises,
                    reader.client_names(), complete=complete, today_invoices=named)
