"""Taking an invoice out of the normal follow-up: hold or dispute, write-off, hand-over.

Each change is checked, stored with its dossier record in one transaction, and
announced to listeners, like every other use case (see services.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from debtordesk.core import validation as v
from debtordesk.core.dossier import RecordDraft, RecordKind
from debtordesk.core.model import HoldKind, InvoiceState
from debtordesk.core.services import DebtorService, Topic


#: Given the current state and the open amount, the new state (or a ValidationError).
StateChange = Callable[[InvoiceState, int], InvoiceState]


class InvoiceStatusService:
    """Attributes:
        base: the data file's DebtorService (store, clock, listeners).
    """

    def __init__(self, base: DebtorService) -> None:
        self.base = base

    def _change(self, invoice_id: int, kind: RecordKind, summary: str, details: dict[str, object],
                change: StateChange) -> None:
        """Apply ``change`` to the invoice's state and write ``kind`` to its dossier, all or nothing."""
        with self.base.store.transaction() as tx:
            invoice = tx.invoice(invoice_id)
            state = tx.invoice_state(invoice_id)
            open_cents = invoice.total_cents - tx.paid_cents(invoice_id)
            new_state = change(state, open_cents)
            tx.set_invoice_state(invoice_id, new_state)
            tx.append_record(RecordDraft(kind, summary.format(number=invoice.number), client_id=invoice.client_id,
                                         invoice_id=invoice_id, details={**details, "open_cents": open_cents}),
                             self.base.clock.now())
        self.base._notify(Topic.INVOICES)

    def put_on_hold(self, invoice_id: int, kind: HoldKind, reason: str, until: date | None = None) -> None:
        """Pause the follow-up: by agreement (hold) or because the client contests it (dispute)."""
        today = self.base.clock.today()
        problems = v.check_required(reason, "reason")
        if until is not None and until < today:
            problems.append(v.Problem("until", "date_in_past"))
        v.raise_if(problems)

        def change(state: InvoiceState, open_cents: int) -> InvoiceState:
            v.raise_if(_must_be_open(state, open_cents))
            if state.on_hold:
                raise v.ValidationError([v.Problem("reason", "already_on_hold")])
            return dataclasses.replace(state, hold_kind=kind, hold_reason=reason.strip(), hold_since=today,
                                       hold_until=until)

        record = RecordKind.DISPUTED if kind == HoldKind.DISPUTE else RecordKind.PUT_ON_HOLD
        label = "disputed" if kind == HoldKind.DISPUTE else "put on hold"
        self._change(invoice_id, record, f"Invoice {{number}} {label}: {reason.strip()}",
                     {"reason": reason.strip(), "until": until.isoformat() if until else None}, change)

    def release_hold(self, invoice_id: int, note: str) -> None:
        """Back into the normal follow-up, saying why (dispute settled, credit note received…)."""
        v.raise_if(v.check_required(note, "note"))

        def change(state: InvoiceState, _open: int) -> InvoiceState:
            if not state.on_hold:
                raise v.ValidationError([v.Problem("note", "not_on_hold")])
            return dataclasses.replace(state, hold_kind=None, hold_reason="", hold_since=None, hold_until=None)

        self._change(invoice_id, RecordKind.HOLD_RELEASED, f"Invoice {{number}} back in follow-up: {note.strip()}",
                     {"note": note.strip()}, change)

    def write_off(self, invoice_id: int, reason: str) -> None:
        """Stop expecting the open amount; it leaves the open totals but stays in the dossier."""
        v.raise_if(v.check_required(reason, "reason"))
        today = self.base.clock.today()

        def change(state: InvoiceState, open_cents: int) -> InvoiceState:
            v.raise_if(_must_be_open(state, open_cents))
            return dataclasses.replace(state, written_off_on=today, written_off_reason=reason.strip(),
                                       hold_kind=None, hold_reason="", hold_since=None, hold_until=None)

        self._change(invoice_id, RecordKind.WRITTEN_OFF, f"Invoice {{number}} written off: {reason.strip()}",
                     {"reason": reason.strip()}, change)

    def hand_over(self, invoice_id: int, to: str) -> None:
        """Handed to a collection agency, bailiff or lawyer; it leaves the user's own follow-up."""
        v.raise_if(v.check_required(to, "to"))
        today = self.base.clock.today()

        def change(state: InvoiceState, open_cents: int) -> InvoiceState:
            v.raise_if(_must_be_open(state, open_cents))
            return dataclasses.replace(state, handed_over_on=today, handed_over_to=to.strip())

        self._change(invoice_id, RecordKind.HANDED_OVER, f"Invoice {{number}} handed over to {to.strip()}",
                     {"to": to.strip()}, change)


def _must_be_open(state: InvoiceState, open_cents: int) -> list[v.Problem]:
    if state.written_off:
        return [v.Problem("reason", "invoice_written_off")]
    if state.handed_over:
        return [v.Problem("reason", "invoice_handed_over")]
    if open_cents <= 0:
        return [v.Problem("reason", "invoice_paid")]
    return []
