"""The day's worklist: what is due today or overdue, each with why it is there.

The list holds the ladder steps due (one item per client and step, naming the
invoices that stand on it), follow-up tasks, promises due today and promises
broken: an open promise whose date has passed while its invoices are not paid
in full, or one already marked broken while money is still open.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from debtordesk.core.follow_up import InvoiceFollowUp, LadderBook, steps_due
from debtordesk.core.ladder import Channel
from debtordesk.core.model import ClientRow, InvoiceRow, Promise, PromiseStatus, Task, TaskKind
from debtordesk.core.money import Cents


class TodayKind(enum.IntEnum):
    """Values sort by urgency."""

    PROMISE_BROKEN = 0
    STEP_DUE = 1
    TASK = 2
    PROMISE_DUE = 3


@dataclass(frozen=True)
class TodayItem:
    kind: TodayKind
    day: date  # when it fell due
    client_id: int
    client_name: str
    invoice_ids: tuple[int, ...]
    invoice_numbers: tuple[str, ...]
    open_cents: Cents  # still open on the invoices concerned
    note: str = ""
    task: Task | None = None
    task_kind: TaskKind | None = None
    step_key: str = ""  # for STEP_DUE: the ladder step
    step_name: str = ""  # its name, when the user added it (default steps are named by the UI)
    channel: Channel | None = None


def today_items(tasks: Sequence[Task], promises: Sequence[Promise], invoices: Sequence[InvoiceRow],
                clients: Sequence[ClientRow] | dict[int, str], today: date,
                follow_up: Mapping[int, InvoiceFollowUp] | None = None,
                ladders: LadderBook | None = None) -> list[TodayItem]:
    """The worklist; ladder steps only when ``ladders`` is given (with every invoice's follow-up facts)."""
    names = clients if isinstance(clients, dict) else {c.client.id: c.client.name for c in clients}
    by_id = {row.invoice.id: row for row in invoices}
    items: list[TodayItem] = []
    if ladders is not None:
        for due in steps_due(invoices, follow_up or {}, ladders, today):
            items.append(TodayItem(
                TodayKind.STEP_DUE, due.due_on, due.client_id, names.get(due.client_id, ""),
                tuple(r.invoice.id or 0 for r in due.rows), tuple(r.invoice.number for r in due.rows),
                sum(r.open_cents for r in due.rows), step_key=due.step_key, step_name=due.proposal.step.name,
                channel=due.proposal.step.channel))
    for task in tasks:
        if task.done or task.due_date > today:
            continue
        ids = (task.invoice_id,) if task.invoice_id is not None else ()
        rows = [by_id[i] for i in ids if i in by_id]
        items.append(TodayItem(TodayKind.TASK, task.due_date, task.client_id, names.get(task.client_id, ""), ids,
                               tuple(r.invoice.number for r in rows), sum(r.open_cents for r in rows), task.note,
                               task, task.kind))
    # A broken promise is answered by a newer one on the same invoice (a call agreed a new date or a plan).
    newest: dict[int, int] = {}
    for promise in promises:
        for invoice_id in promise.invoice_ids:
            newest[invoice_id] = max(newest.get(invoice_id, 0), promise.id or 0)
    for promise in promises:
        rows = [by_id[i] for i in promise.invoice_ids if i in by_id]
        still_open = sum(r.open_cents for r in rows)
        if still_open <= 0 or promise.status == PromiseStatus.KEPT:
            continue
        if promise.status == PromiseStatus.BROKEN or promise.promised_date < today:
            if any(newest[i] > (promise.id or 0) for i in promise.invoice_ids):
                continue
            kind = TodayKind.PROMISE_BROKEN
        elif promise.promised_date == today:
            kind = TodayKind.PROMISE_DUE
        else:
            continue
        items.append(TodayItem(kind, promise.promised_date, promise.client_id, names.get(promise.client_id, ""),
                               tuple(promise.invoice_ids), tuple(r.invoice.number for r in rows), still_open))
    items.sort(key=lambda item: (item.kind, item.day, item.client_name))
    return items
