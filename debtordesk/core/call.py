"""A phone call with a late payer, as the call-script panel captures it.

The panel fills a ``CallReport`` step by step; ``calls.CallService`` checks it
(``call_problems``) and stores it whole. Everything said to the client (opening
lines, the closing summary) is worded in ``call_words`` in the client's language.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from debtordesk.core.model import Contact, InvoiceRow
from debtordesk.core.money import Cents
from debtordesk.core.validation import Problem, check_required, validate_contact


class Cause(enum.StrEnum):
    """Why the invoice is still open, as the client tells it."""

    FORGOTTEN = "forgotten"
    NOT_RECEIVED = "not_received"
    ADMIN_ERROR = "admin_error"
    AWAITING_APPROVAL = "awaiting_approval"
    DISPUTE = "dispute"  # dissatisfied with the work
    FINANCIAL_DIFFICULTY = "financial_difficulty"
    OTHER = "other"


class Answer(enum.StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class AttemptKind(enum.StrEnum):
    """A call that did not reach anyone to agree with."""

    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"


@dataclass(frozen=True)
class PromiseTerms:
    """Who pays how much on which day."""

    amount_cents: Cents
    on: date
    by: str = ""  # the person who promised, as named on the phone


@dataclass(frozen=True)
class Instalment:
    amount_cents: Cents
    on: date


@dataclass(frozen=True)
class DisputeTerms:
    """What each side does next about a contested invoice (or part of it).

    Attributes:
        disputed_cents: the part contested; None contests the whole open amount.
            The rest stays in the normal follow-up.
    """

    reason: str
    we_do: str
    we_by: date | None
    they_do: str
    they_by: date | None
    disputed_cents: Cents | None = None


@dataclass(frozen=True)
class InvoiceAgreement:
    """What was agreed about one invoice: a promise or a plan, and/or a dispute of (part of) it."""

    invoice_id: int
    promise: PromiseTerms | None = None
    plan: tuple[Instalment, ...] = ()
    dispute: DisputeTerms | None = None

    @property
    def empty(self) -> bool:
        return self.promise is None and not self.plan and self.dispute is None

    def chased_cents(self, open_cents: Cents) -> Cents:
        """What is still to be paid in the normal way once the dispute (if any) is set aside."""
        if self.dispute is None:
            return open_cents
        if self.dispute.disputed_cents is None:
            return 0
        return open_cents - self.dispute.disputed_cents

    def payment_dates(self) -> list[date]:
        dates = [i.on for i in self.plan]
        if self.promise is not None:
            dates.append(self.promise.on)
        return dates


@dataclass(frozen=True)
class Evaluation:
    """The caller's own note on how it went; kept with the call, never sent."""

    went_well: str = ""
    do_differently: str = ""


@dataclass(frozen=True)
class CallReport:
    """One conversation, as confirmed after hanging up.

    Attributes:
        contact_id: whom the user spoke with (None: someone not on file, named in ``spoke_with``).
        started_at, ended_at: UTC; the duration is their difference.
        invoice_ids: the invoices talked about; each gets the call in its dossier.
        new_contact: a different person who handles payments, saved to the client.
        summary: the closing summary as read aloud (client's language).
    """

    client_id: int
    contact_id: int | None
    started_at: datetime
    ended_at: datetime
    invoice_ids: tuple[int, ...]
    cause: Cause
    notes: str = ""
    received: Answer = Answer.UNKNOWN
    knows_open: Answer = Answer.UNKNOWN
    agreements: tuple[InvoiceAgreement, ...] = ()
    new_contact: Contact | None = None
    follow_up_on: date | None = None
    summary: str = ""
    evaluation: Evaluation = field(default_factory=Evaluation)
    spoke_with: str = ""

    @property
    def duration_seconds(self) -> int:
        return max(0, int((self.ended_at - self.started_at).total_seconds()))

    def agreement_for(self, invoice_id: int) -> InvoiceAgreement:
        return next((a for a in self.agreements if a.invoice_id == invoice_id), InvoiceAgreement(invoice_id))


def default_follow_up(agreements: Sequence[InvoiceAgreement], next_working_day: Callable[[date], date],
                      today: date) -> date:
    """The working day after the latest date agreed (promise, instalment or dispute deadline); else tomorrow's.

    ``next_working_day(day)`` is the client's calendar's first working day after ``day``.
    """
    dates: list[date] = []
    for agreement in agreements:
        dates += agreement.payment_dates()
        if agreement.dispute is not None:
            dates += [d for d in (agreement.dispute.we_by, agreement.dispute.they_by) if d is not None]
    return next_working_day(max(dates, default=today))


def call_problems(report: CallReport, rows: Sequence[InvoiceRow], today: date) -> list[Problem]:
    """Everything that stops the call from being stored, each located for the panel.

    A problem's ``field`` is "cause", "follow_up", "new_contact.<field>" or
    "invoice:<id>.<part>" (part: promise, plan, dispute), so the panel can take
    the user to the invoice concerned.
    """
    problems: list[Problem] = []
    by_id = {row.invoice.id: row for row in rows}
    if not report.invoice_ids:
        problems.append(Problem("invoices", "call_without_invoice"))
    for agreement in report.agreements:
        row = by_id.get(agreement.invoice_id)
        if row is None or agreement.invoice_id not in report.invoice_ids:
            problems.append(Problem(f"invoice:{agreement.invoice_id}", "call_unknown_invoice"))
            continue
        problems += _agreement_problems(agreement, row, today)
    if report.follow_up_on is None:
        problems.append(Problem("follow_up", "required"))
    elif report.follow_up_on < today:
        problems.append(Problem("follow_up", "date_in_past"))
    if report.new_contact is not None:
        problems += [Problem(f"new_contact.{p.field}", p.code, p.params)
                     for p in validate_contact(report.new_contact)]
    if report.ended_at < report.started_at:
        problems.append(Problem("ended_at", "call_ends_before_start"))
    return problems


def _agreement_problems(agreement: InvoiceAgreement, row: InvoiceRow, today: date) -> list[Problem]:
    where = f"invoice:{agreement.invoice_id}"
    number = {"invoice": row.invoice.number}
    problems: list[Problem] = []
    open_cents = row.open_cents
    if agreement.promise is not None and agreement.plan:
        problems.append(Problem(f"{where}.plan", "call_promise_and_plan", number))
    dispute = agreement.dispute
    if dispute is not None:
        for text, part in ((dispute.reason, "dispute.reason"), (dispute.we_do, "dispute.we_do"),
                           (dispute.they_do, "dispute.they_do")):
            problems += [Problem(f"{where}.{part}", p.code, number) for p in check_required(text, part)]
        for day, part in ((dispute.we_by, "dispute.we_by"), (dispute.they_by, "dispute.they_by")):
            if day is not None and day < today:
                problems.append(Problem(f"{where}.{part}", "date_in_past", number))
        if dispute.disputed_cents is not None and not 0 < dispute.disputed_cents <= open_cents:
            problems.append(Problem(f"{where}.dispute.amount", "call_disputed_over_open",
                                    {**number, "open_cents": open_cents}))
    chased = agreement.chased_cents(open_cents)
    if agreement.promise is not None:
        promise = agreement.promise
        if promise.amount_cents <= 0:
            problems.append(Problem(f"{where}.promise.amount", "amount_positive", number))
        elif promise.amount_cents > chased:
            problems.append(Problem(f"{where}.promise.amount", "call_promise_over_open",
                                    {**number, "open_cents": chased}))
        if promise.on < today:
            problems.append(Problem(f"{where}.promise.on", "date_in_past", number))
    if agreement.plan:
        total = sum(i.amount_cents for i in agreement.plan)
        if any(i.amount_cents <= 0 for i in agreement.plan):
            problems.append(Problem(f"{where}.plan", "amount_positive", number))
        elif total != chased:
            problems.append(Problem(f"{where}.plan", "call_plan_sum",
                                    {**number, "planned_cents": total, "open_cents": chased}))
        if len(agreement.plan) < 2:
            problems.append(Problem(f"{where}.plan", "call_plan_too_short", number))
        if any(i.on < today for i in agreement.plan):
            problems.append(Problem(f"{where}.plan", "date_in_past", number))
        days = [i.on for i in agreement.plan]
        if len(set(days)) != len(days):
            problems.append(Problem(f"{where}.plan", "call_plan_same_day", number))
    return problems
