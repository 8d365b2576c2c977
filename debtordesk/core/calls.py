"""The use cases of the guided phone call: brief, store what was agreed, log a call that reached no one.

A call is stored whole or not at all: the call record in every invoice's
dossier, the promises and instalments, a dispute's hold, a new contact, the
follow-up task and the ladder's step, in one transaction. Promises are then
watched (``watch_promises``): kept once paid down far enough, broken the day
after their date when not.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from debtordesk.core import validation as v
from debtordesk.core.call import AttemptKind, CallReport, InvoiceAgreement, call_problems
from debtordesk.core.call_briefing import CallBriefing, briefing
from debtordesk.core.dossier import RecordDraft, RecordKind
from debtordesk.core.drafting import Draft
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.ladder import Channel, LadderStep
from debtordesk.core.model import (
    Contact,
    ContactRole,
    HoldKind,
    InvoiceRow,
    Promise,
    PromiseStatus,
    Task,
    TaskKind,
)
from debtordesk.core.ports import Reader, Transaction
from debtordesk.core.promise_watch import Verdict, verdicts
from debtordesk.core.services import DebtorService, Topic


@dataclass(frozen=True)
class CallSaved:
    call_id: str
    promise_ids: tuple[int, ...]
    plan_ids: tuple[int, ...]
    task_id: int | None
    new_contact_id: int | None


@dataclass(frozen=True)
class AttemptLogged:
    call_id: str
    task: Task


class CallService:
    """Attributes:
        follow_up: the ladder's service (whose store, clock and listeners this one shares).
    """

    def __init__(self, follow_up: FollowUpService) -> None:
        self.follow_up = follow_up
        self.debtors: DebtorService = follow_up.debtors

    # -- before the call ---------------------------------------------------------------
    def briefing(self, client_id: int) -> CallBriefing:
        today = self.debtors.clock.today()
        with self.debtors.store.reading() as reader:
            client = reader.client(client_id)
            contacts = reader.contacts(client_id)
            rows = reader.invoices(client_id)
            records = [r for r in reader.records(client_id=client_id)
                       if r.kind in (RecordKind.EMAIL_SENT, RecordKind.STEP_DONE, RecordKind.CALL,
                                     RecordKind.CALL_ATTEMPT)]
            promises = reader.promises(client_id)
        return briefing(client, contacts, rows, records, promises, today)

    # -- after the call ------------------------------------------------------------------
    def record_call(self, report: CallReport, done_task_ids: Sequence[int] = (), task_note: str = "") -> CallSaved:
        """Store the call and everything agreed in it, or nothing (``ValidationError`` says why).

        ``task_note`` is the follow-up task's text in the user's language (the UI words it).
        """
        today = self.debtors.clock.today()
        call_id = uuid.uuid4().hex
        with self.debtors.store.transaction() as tx:
            client = tx.client(report.client_id)
            rows = [r for r in tx.invoices_with_ids(list(report.invoice_ids)) if r.invoice.client_id == client.id]
            v.raise_if(call_problems(report, rows, today))
            by_id = {r.invoice.id or 0: r for r in rows}
            contacts = {c.id: c for c in tx.contacts(client.id or 0)}
            contact = contacts.get(report.contact_id)
            new_contact_id = None
            if report.new_contact is not None:
                new_contact_id = self.debtors._save_contact(
                    tx, dataclasses.replace(report.new_contact, client_id=client.id or 0, id=None))
            promise_ids: list[int] = []
            plan_ids: list[int] = []
            for invoice_id in report.invoice_ids:
                row = by_id[invoice_id]
                agreement = report.agreement_for(invoice_id)
                self._record(tx, RecordDraft(
                    RecordKind.CALL, _call_summary(report, row, contact),
                    client_id=client.id, invoice_id=invoice_id,
                    details=_call_details(call_id, report, row, contact, agreement, new_contact_id)))
                if agreement.dispute is not None:
                    self._dispute(tx, row, agreement, call_id)
                if agreement.promise is not None:
                    promise_ids.append(self._promise(tx, row, agreement, report, call_id))
                if agreement.plan:
                    plan_ids.append(self._plan(tx, row, agreement, report, call_id))
            task_id = None
            if report.follow_up_on is not None:
                task_id = self._task(tx, report, rows, bool(promise_ids or plan_ids), call_id, task_note)
            self._complete_tasks(tx, done_task_ids, call_id)
            self._ladder_step(tx, report.client_id, rows, call_id)
        self.debtors._notify(Topic.INVOICES, Topic.CLIENTS)
        return CallSaved(call_id, tuple(promise_ids), tuple(plan_ids), task_id, new_contact_id)

    def log_attempt(self, client_id: int, contact_id: int | None, invoice_ids: Sequence[int], kind: AttemptKind,
                    retry_at: datetime, done_task_ids: Sequence[int] = (), note: str = "") -> AttemptLogged:
        """A call that reached no one: the attempt in each invoice's dossier and a task to try again.

        ``retry_at`` is the local start of the slot proposed (``call_timing.retry_slot``).
        """
        now = self.debtors.clock.now()
        call_id = uuid.uuid4().hex
        with self.debtors.store.transaction() as tx:
            client = tx.client(client_id)
            rows = [r for r in tx.invoices_with_ids(list(invoice_ids)) if r.invoice.client_id == client_id]
            if not rows:
                raise v.ValidationError([v.Problem("invoices", "call_without_invoice")])
            contact = next((c for c in tx.contacts(client_id) if c.id == contact_id), None)
            who = contact.name if contact else client.name
            numbers = [r.invoice.number for r in rows]
            for row in rows:
                self._record(tx, RecordDraft(
                    RecordKind.CALL_ATTEMPT, f"Call to {who} ({contact.phone if contact else ''}): {kind.value}",
                    client_id=client_id, invoice_id=row.invoice.id,
                    details={"call_id": call_id, "attempt": kind.value, "contact_id": contact_id,
                             "contact": who, "phone": contact.phone if contact else "",
                             "at": now.isoformat(), "on": self.debtors.clock.today().isoformat(),
                             "invoices": numbers, "retry_on": retry_at.date().isoformat(),
                             "retry_at": retry_at.strftime("%H:%M")}))
            note = note.strip() or f"Call {who} again ({kind.value.replace('_', ' ')})"
            task = Task(client_id, retry_at.date(), TaskKind.CALL, note,
                        rows[0].invoice.id if len(rows) == 1 else None, due_time=retry_at.time().replace(second=0,
                                                                                                            microsecond=0))
            task_id = self.debtors._add_task(tx, task, call_id=call_id, invoices=numbers)
            self._complete_tasks(tx, done_task_ids, call_id)
        self.debtors._notify(Topic.INVOICES, Topic.CLIENTS)
        return AttemptLogged(call_id, dataclasses.replace(task, id=task_id))

    def summary_draft(self, report: CallReport, agreement_text: str) -> Draft:
        """The summary email of a stored call, to the person spoken with, for the user to edit and send."""
        return self.follow_up.draft(report.client_id, report.invoice_ids, None, "phone_call",
                                    agreement=agreement_text, to_contact_id=report.contact_id)

    # -- watching promises -------------------------------------------------------------------
    def watch_promises(self) -> list[Verdict]:
        """Mark open promises kept or broken as payments (or their absence) say; one transaction."""
        today = self.debtors.clock.today()
        with self.debtors.store.reading() as reader:
            if not _judge(reader, today):
                return []  # the common case writes nothing: no transaction, no backup, no event
        with self.debtors.store.transaction() as tx:
            found = _judge(tx, today)
            for verdict in found:
                promise = verdict.promise
                tx.set_promise_status(promise.id or 0, verdict.status, today)
                for invoice_id in promise.invoice_ids:
                    self._record(tx, RecordDraft(
                        RecordKind.PROMISE_RESOLVED,
                        f"Promise of {promise.promised_date.isoformat()} {verdict.status.value}"
                        + (f": {verdict.short_cents} cents short" if verdict.short_cents else ""),
                        client_id=promise.client_id, invoice_id=invoice_id,
                        details={"promise_id": promise.id, "status": verdict.status.value, "on": today.isoformat(),
                                 "promised_date": promise.promised_date.isoformat(),
                                 "amount_cents": promise.amount_cents, "open_cents": verdict.open_cents,
                                 "short_cents": verdict.short_cents, "plan_id": promise.plan_id,
                                 "watched": True}))
        if found:
            self.debtors._notify(Topic.INVOICES)
        return found

    # -- the parts of a call ---------------------------------------------------------------------
    def _record(self, tx: Transaction, draft: RecordDraft) -> None:
        self.debtors._record(tx, draft)

    def _promise(self, tx: Transaction, row: InvoiceRow, agreement: InvoiceAgreement, report: CallReport,
                 call_id: str) -> int:
        terms = agreement.promise
        assert terms is not None
        target = row.open_cents - terms.amount_cents
        promise = Promise(report.client_id, (row.invoice.id or 0,), terms.amount_cents, terms.on, report.contact_id,
                          target_open_cents=target)
        return self.debtors._add_promise(tx, promise, [row.invoice], by=terms.by, target_open_cents=target,
                                         call_id=call_id)

    def _plan(self, tx: Transaction, row: InvoiceRow, agreement: InvoiceAgreement, report: CallReport,
              call_id: str) -> int:
        plan_id = tx.new_plan_id()
        remaining = row.open_cents
        instalments = []
        for instalment in sorted(agreement.plan, key=lambda i: i.on):
            remaining -= instalment.amount_cents
            promise_id = tx.add_promise(Promise(report.client_id, (row.invoice.id or 0,), instalment.amount_cents,
                                                instalment.on, report.contact_id, plan_id=plan_id,
                                                target_open_cents=remaining))
            instalments.append({"promise_id": promise_id, "amount_cents": instalment.amount_cents,
                                "on": instalment.on.isoformat(), "target_open_cents": remaining})
        self._record(tx, RecordDraft(
            RecordKind.PAYMENT_PLAN_AGREED,
            f"Payment plan for {row.invoice.number}: {len(instalments)} instalments, "
            f"{sum(i.amount_cents for i in agreement.plan)} cents, last on {instalments[-1]['on']}",
            client_id=report.client_id, invoice_id=row.invoice.id,
            details={"plan_id": plan_id, "instalments": instalments, "contact_id": report.contact_id,
                     "invoices": [row.invoice.number], "call_id": call_id}))
        return plan_id

    def _dispute(self, tx: Transaction, row: InvoiceRow, agreement: InvoiceAgreement, call_id: str) -> None:
        terms = agreement.dispute
        assert terms is not None
        invoice_id = row.invoice.id or 0
        state = tx.invoice_state(invoice_id)
        deadlines = [d for d in (terms.we_by, terms.they_by) if d is not None]
        today = self.debtors.clock.today()
        tx.set_invoice_state(invoice_id, dataclasses.replace(
            state, hold_kind=HoldKind.DISPUTE, hold_reason=terms.reason.strip(), hold_since=today,
            hold_until=max(deadlines, default=None), disputed_cents=terms.disputed_cents))
        part = "in full" if terms.disputed_cents is None else f"{terms.disputed_cents} cents of it"
        self._record(tx, RecordDraft(
            RecordKind.DISPUTED, f"Invoice {row.invoice.number} disputed ({part}): {terms.reason.strip()}",
            client_id=row.invoice.client_id, invoice_id=invoice_id,
            details={"reason": terms.reason.strip(), "until": max(deadlines).isoformat() if deadlines else None,
                     "disputed_cents": terms.disputed_cents, "open_cents": row.open_cents,
                     "we_do": terms.we_do.strip(), "we_by": _iso(terms.we_by), "they_do": terms.they_do.strip(),
                     "they_by": _iso(terms.they_by), "previous_hold": state.hold_kind.value if state.hold_kind else None,
                     "call_id": call_id}))

    def _task(self, tx: Transaction, report: CallReport, rows: Sequence[InvoiceRow], payments_agreed: bool,
              call_id: str, note: str) -> int:
        assert report.follow_up_on is not None
        numbers = [r.invoice.number for r in rows]
        kind = TaskKind.CHECK_PAYMENT if payments_agreed else TaskKind.CALL
        note = note.strip() or (("Check the payments agreed on the phone: " if payments_agreed
                                 else "Follow up the call about ") + ", ".join(numbers))
        task = Task(report.client_id, report.follow_up_on, kind, note,
                    rows[0].invoice.id if len(rows) == 1 else None)
        return self.debtors._add_task(tx, task, call_id=call_id, invoices=numbers)

    def _complete_tasks(self, tx: Transaction, task_ids: Sequence[int], call_id: str) -> None:
        """The planned follow-ups this call answers; one done already (or elsewhere) is not recorded twice."""
        if not task_ids:
            return
        still_open = {task.id: task for task in tx.tasks()}
        for task_id in task_ids:
            if task_id in still_open:
                self.debtors._complete_task(tx, still_open[task_id], call_id=call_id)

    def _ladder_step(self, tx: Transaction, client_id: int, rows: Sequence[InvoiceRow], call_id: str) -> None:
        """The call is the ladder's first call step not yet taken, for each invoice that has one left."""
        book = tx.ladder_book()
        ladder = book.ladder_for(client_id)
        facts = tx.follow_up([r.invoice.id or 0 for r in rows])
        by_step: dict[str, tuple[LadderStep, list[int]]] = {}
        for row in rows:
            handled = {e.key for e in facts[row.invoice.id].steps} if row.invoice.id in facts else set()
            step = next((s for s in ladder.steps if s.channel == Channel.CALL and s.key not in handled), None)
            if step is not None:
                by_step.setdefault(step.key, (step, []))[1].append(row.invoice.id or 0)
        for step, invoice_ids in by_step.values():
            self.follow_up.step_records(tx, RecordKind.STEP_DONE, client_id, invoice_ids, step,
                                        {"note": "", "call_id": call_id})


def _judge(reader: Reader, today: date) -> list[Verdict]:
    open_promises = [p for p in reader.promises() if p.status == PromiseStatus.OPEN]
    if not open_promises:
        return []
    ids = sorted({i for p in open_promises for i in p.invoice_ids})
    followed = {r.invoice.id or 0: r.open_cents for r in reader.invoices_with_ids(ids)
                if not (r.state.written_off or r.state.handed_over)}
    return verdicts(open_promises, followed, today)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _call_summary(report: CallReport, row: InvoiceRow, contact: Contact | None) -> str:
    who = contact.name if contact else (report.spoke_with or "client")
    return (f"Call with {who} about {row.invoice.number} ({report.duration_seconds // 60} min): "
            f"cause {report.cause.value}")


def _agreement_details(agreement: InvoiceAgreement) -> dict[str, Any]:
    details: dict[str, Any] = {}
    if agreement.promise is not None:
        details["promise"] = {"amount_cents": agreement.promise.amount_cents, "on": agreement.promise.on.isoformat(),
                              "by": agreement.promise.by}
    if agreement.plan:
        details["plan"] = [{"amount_cents": i.amount_cents, "on": i.on.isoformat()} for i in agreement.plan]
    if agreement.dispute is not None:
        d = agreement.dispute
        details["dispute"] = {"reason": d.reason, "disputed_cents": d.disputed_cents, "we_do": d.we_do,
                              "we_by": _iso(d.we_by), "they_do": d.they_do, "they_by": _iso(d.they_by)}
    return details


def _call_details(call_id: str, report: CallReport, row: InvoiceRow, contact: Contact | None,
                  agreement: InvoiceAgreement, new_contact_id: int | None) -> dict[str, Any]:
    return {
        "call_id": call_id,
        "contact_id": report.contact_id,
        "contact": contact.name if contact else report.spoke_with,
        "role": contact.role.value if contact else ContactRole.OTHER.value,
        "phone": contact.phone if contact else "",
        "started_at": report.started_at.isoformat(),
        "ended_at": report.ended_at.isoformat(),
        "duration_seconds": report.duration_seconds,
        "on": report.started_at.astimezone().date().isoformat(),
        "received": report.received.value,
        "knows_open": report.knows_open.value,
        "cause": report.cause.value,
        "notes": report.notes.strip(),
        "open_cents": row.open_cents,
        "agreement": _agreement_details(agreement),
        "new_contact": ({"contact_id": new_contact_id, "name": report.new_contact.name,
                         "role": report.new_contact.role.value, "phone": report.new_contact.phone,
                         "email": report.new_contact.email} if report.new_contact is not None else None),
        "follow_up_on": _iso(report.follow_up_on),
        "summary": report.summary,
        "evaluation": {"went_well": report.evaluation.went_well.strip(),
                       "do_differently": report.evaluation.do_differently.strip()},
        "invoices": sorted(report.invoice_ids),
    }
