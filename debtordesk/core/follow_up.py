"""Where each invoice stands on its client's ladder, from the rows the lists already hold.

Storage reads the few facts the ladder needs beyond an invoice row (the steps
recorded in its dossier and its promises' dates) for the invoices that have
any; everything else comes from the row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from debtordesk.core.ladder import (
    DEFAULT_LADDER,
    Ladder,
    LadderHistory,
    NextStep,
    PromiseEvent,
    Proposal,
    StepEvent,
    next_step,
)
from debtordesk.core.model import InvoiceRow
from debtordesk.core.working_days import WorkCalendar, calendar_for

#: Settings keys under which the file keeps the ladders.
LADDER_KEY = "ladder"
CLIENT_LADDER_PREFIX = "ladder.client."


def client_ladder_key(client_id: int) -> str:
    return f"{CLIENT_LADDER_PREFIX}{client_id}"


@dataclass(frozen=True)
class InvoiceFollowUp:
    steps: tuple[StepEvent, ...] = ()
    promises: tuple[PromiseEvent, ...] = ()


NO_FOLLOW_UP = InvoiceFollowUp()


@dataclass(frozen=True)
class LadderBook:
    """The business's ladder, the clients that have their own, and whose holidays count for whom.

    Attributes:
        countries: client id -> country code, for working days; unknown clients use ``home``.
    """

    default: Ladder = DEFAULT_LADDER
    by_client: Mapping[int, Ladder] = field(default_factory=dict)
    countries: Mapping[int, str] = field(default_factory=dict)
    home: str = "NL"

    def ladder_for(self, client_id: int) -> Ladder:
        return self.by_client.get(client_id, self.default)

    def calendar(self, client_id: int) -> WorkCalendar:
        return calendar_for(self.countries.get(client_id, self.home))


def history_of(row: InvoiceRow, facts: InvoiceFollowUp = NO_FOLLOW_UP) -> LadderHistory:
    """A partly disputed invoice is chased for the rest: the contested part neither pauses nor counts."""
    state = row.state
    hold = state.hold_kind
    if state.partly_disputed and row.chased_cents > 0:
        hold = None
    return LadderHistory(
        due_date=row.invoice.due_date, open_cents=row.chased_cents if hold is None else row.open_cents,
        steps=facts.steps, promises=facts.promises,
        hold=hold, hold_until=state.hold_until, closed=state.written_off or state.handed_over,
    )


def next_step_of(row: InvoiceRow, follow_up: Mapping[int, InvoiceFollowUp], book: LadderBook,
                 today: date) -> NextStep:
    client_id = row.invoice.client_id
    history = history_of(row, follow_up.get(row.invoice.id or 0, NO_FOLLOW_UP))
    return next_step(book.ladder_for(client_id), history, book.calendar(client_id), today)


@dataclass(frozen=True)
class DueStep:
    """One step due for one client: the invoices that stand on it together."""

    client_id: int
    step_key: str
    proposal: Proposal
    rows: tuple[InvoiceRow, ...]

    @property
    def due_on(self) -> date:
        return self.proposal.due_on


def steps_due(rows: Sequence[InvoiceRow], follow_up: Mapping[int, InvoiceFollowUp], book: LadderBook,
              today: date) -> list[DueStep]:
    """Every step due by today, grouped per client and step: one reminder may name several invoices."""
    groups: dict[tuple[int, str], list[tuple[Proposal, InvoiceRow]]] = {}
    for row in rows:
        if row.open_cents <= 0:
            continue
        result = next_step_of(row, follow_up, book, today)
        if isinstance(result, Proposal) and result.is_due(today):
            groups.setdefault((row.invoice.client_id, result.step.key), []).append((result, row))
    due = []
    for (client_id, key), found in groups.items():
        earliest = min(found, key=lambda pair: pair[0].due_on)[0]
        due.append(DueStep(client_id, key, earliest, tuple(row for _, row in found)))
    due.sort(key=lambda d: (d.due_on, d.client_id, d.proposal.index))
    return due
