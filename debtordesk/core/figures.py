"""The dashboard's figures, the ageing buckets and a client's payment behaviour.

Pure functions over plain facts, so each number can be checked by hand:

- *open*: total minus payments (nothing once written off); *overdue*: open with
  the due date before today. Handed-over invoices count apart, as *handed over*.
- *days late* of a payment: days from the due date to the payment date, never
  below zero. The *average days late* weighs each payment by its amount, so a
  partial payment counts for the part it paid: 100 paid 10 days late and 300 paid
  30 days late average (100×10 + 300×30) / 400 = 25 days.
- *DSO* (days sales outstanding): open receivables today divided by what was
  invoiced in the last 365 days, times 365.
- *promised this week*: open promises dated Monday to Sunday of today's week.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from debtordesk.core.money import Cents

YEAR = timedelta(days=365)


class PaidPart(NamedTuple):
    paid_on: date
    amount_cents: Cents


class InvoiceFacts(NamedTuple):
    """What the figures need of one invoice.

    A named tuple rather than a frozen dataclass: a large file has 100,000 of
    them, read before its first paint, and a tuple is built in half the time
    and takes half the memory.
    """

    invoice_id: int
    client_id: int
    issue_date: date
    due_date: date
    total_cents: Cents
    payments: tuple[PaidPart, ...] = ()
    handed_over: bool = False
    written_off: bool = False

    @property
    def paid_cents(self) -> Cents:
        return sum(p.amount_cents for p in self.payments)

    @property
    def open_cents(self) -> Cents:
        """Still expected; nothing once written off."""
        return 0 if self.written_off else self.total_cents - self.paid_cents

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due_date).days) if self.open_cents > 0 else 0

    def fully_paid_on(self) -> date | None:
        """The day the last cent came in, or None while something is open."""
        if self.open_cents > 0 or not self.payments:
            return None
        return max(p.paid_on for p in self.payments)


@dataclass(frozen=True)
class PromiseFacts:
    client_id: int
    amount_cents: Cents
    promised_date: date
    status: str  # "open", "kept", "broken" (core.model.PromiseStatus values)


def _weighted_days_late(pairs: Iterable[tuple[InvoiceFacts, PaidPart]]) -> int | None:
    """Amount-weighted average days late, rounded half up to whole days; None without payments."""
    weighted = total = 0
    for invoice, part in pairs:
        weighted += part.amount_cents * max(0, (part.paid_on - invoice.due_date).days)
        total += part.amount_cents
    if total == 0:
        return None
    return (2 * weighted + total) // (2 * total)


@dataclass(frozen=True)
class Figures:
    open_cents: Cents
    overdue_cents: Cents
    overdue_count: int
    average_days_late: int | None  # None: no payments in the last 12 months
    dso_days: int | None  # None: nothing invoiced in the last 365 days
    promised_this_week_cents: Cents
    handed_over_cents: Cents


class DueSum(NamedTuple):
    due_date: date
    open_cents: Cents
    count: int


@dataclass(frozen=True)
class FigureSums:
    """The invoices and payments added up by what the figures and the ageing chart depend on, as of ``today``.

    What 100,000 invoices come down to for the dashboard: a sum per due date and
    a few totals. Storage adds them up in SQL for a large file's first paint
    (no object per invoice); ``sums_of`` adds up facts the same way; the figures
    and the ageing chart follow from the sums alone.
    """

    today: date
    open_by_due: tuple[DueSum, ...]  # invoices still open and not handed over, per due date (by date)
    handed_over_cents: Cents  # still open on invoices handed over
    invoiced_last_year_cents: Cents  # totals of invoices issued in the last 365 days
    paid_last_year_cents: Cents  # payments received in the last 365 days
    paid_late_cent_days: int  # those payments' amounts times their days late, summed


def sums_of(invoices: Iterable[InvoiceFacts], today: date) -> FigureSums:
    """One pass over the invoices and their payments."""
    year_ago = today - YEAR
    by_due: dict[date, list[int]] = {}
    invoiced = handed_over = weighted = paid_recently = 0
    for invoice in invoices:
        paid = 0
        for part in invoice.payments:
            amount = part.amount_cents
            paid += amount
            if year_ago < part.paid_on <= today:
                weighted += amount * max(0, (part.paid_on - invoice.due_date).days)
                paid_recently += amount
        if year_ago < invoice.issue_date <= today:
            invoiced += invoice.total_cents
        still_open = 0 if invoice.written_off else invoice.total_cents - paid
        if invoice.handed_over:
            handed_over += max(0, still_open)
        elif still_open > 0:
            found = by_due.get(invoice.due_date)
            if found is None:
                by_due[invoice.due_date] = [still_open, 1]
            else:
                found[0] += still_open
                found[1] += 1
    return FigureSums(today, tuple(DueSum(due, cents, count) for due, (cents, count) in sorted(by_due.items())),
                      handed_over, invoiced, paid_recently, weighted)


def figures_from(sums: FigureSums, promises: Iterable[PromiseFacts]) -> Figures:
    today = sums.today
    open_cents = overdue_cents = overdue_count = 0
    for due in sums.open_by_due:
        open_cents += due.open_cents
        if due.due_date < today:
            overdue_cents += due.open_cents
            overdue_count += due.count
    paid, invoiced = sums.paid_last_year_cents, sums.invoiced_last_year_cents
    monday = today - timedelta(days=today.weekday())
    promised = sum(p.amount_cents for p in promises
                   if p.status == "open" and monday <= p.promised_date <= monday + timedelta(days=6))
    return Figures(
        open_cents=open_cents,
        overdue_cents=overdue_cents,
        overdue_count=overdue_count,
        average_days_late=(2 * sums.paid_late_cent_days + paid) // (2 * paid) if paid else None,
        dso_days=(2 * open_cents * 365 + invoiced) // (2 * invoiced) if invoiced > 0 else None,
        promised_this_week_cents=promised,
        handed_over_cents=sums.handed_over_cents,
    )


def compute_figures(invoices: Iterable[InvoiceFacts], promises: Iterable[PromiseFacts], today: date) -> Figures:
    return figures_from(sums_of(invoices, today), promises)


class AgeBucket(enum.IntEnum):
    NOT_DUE = 0
    DAYS_1_30 = 1
    DAYS_31_60 = 2
    DAYS_61_90 = 3
    OVER_90 = 4

    @classmethod
    def of(cls, days_overdue: int) -> AgeBucket:
        if days_overdue <= 0:
            return cls.NOT_DUE
        if days_overdue <= 30:
            return cls.DAYS_1_30
        if days_overdue <= 60:
            return cls.DAYS_31_60
        if days_overdue <= 90:
            return cls.DAYS_61_90
        return cls.OVER_90


def ageing_from(sums: FigureSums) -> dict[AgeBucket, Cents]:
    """Open amounts per age bucket (every bucket present, zero when empty)."""
    buckets = dict.fromkeys(AgeBucket, 0)
    for due in sums.open_by_due:
        buckets[AgeBucket.of((sums.today - due.due_date).days)] += due.open_cents
    return buckets


def ageing(invoices: Iterable[InvoiceFacts], today: date) -> dict[AgeBucket, Cents]:
    return ageing_from(sums_of(invoices, today))


class Reliability(enum.StrEnum):
    NO_HISTORY = "no_history"
    ON_TIME = "on_time"
    SLIGHTLY_LATE = "slightly_late"
    OFTEN_LATE = "often_late"
    UNRELIABLE = "unreliable"


@dataclass(frozen=True)
class Behaviour:
    average_days_late: int | None
    paid_invoices: int
    paid_late: int
    promises_kept: int
    promises_broken: int
    rating: Reliability

    @property
    def share_paid_late_percent(self) -> int | None:
        if self.paid_invoices == 0:
            return None
        return (200 * self.paid_late + self.paid_invoices) // (2 * self.paid_invoices)


def client_behaviour(invoices: Sequence[InvoiceFacts], promises: Sequence[PromiseFacts]) -> Behaviour:
    """How a client has paid, from all its history, with a plain-words rating.

    The rating: a broken promise outweighs everything (unreliable when broken
    promises are at least as many as kept ones); otherwise by the average days
    late: up to 3 days on time, up to 14 slightly late, beyond that often late.
    """
    paid = [i for i in invoices if i.fully_paid_on() is not None]
    late = [i for i in paid if i.fully_paid_on() > i.due_date]  # type: ignore[operator]
    average = _weighted_days_late((i, p) for i in invoices for p in i.payments)
    kept = sum(1 for p in promises if p.status == "kept")
    broken = sum(1 for p in promises if p.status == "broken")
    if broken and broken >= kept:
        rating = Reliability.UNRELIABLE
    elif average is None:
        rating = Reliability.NO_HISTORY
    elif average <= 3:
        rating = Reliability.ON_TIME
    elif average <= 14:
        rating = Reliability.SLIGHTLY_LATE
    else:
        rating = Reliability.OFTEN_LATE
    return Behaviour(average, len(paid), len(late), kept, broken, rating)


def behaviour_by_client(invoices: Sequence[InvoiceFacts], promises: Sequence[PromiseFacts]) -> dict[int, Behaviour]:
    """``client_behaviour`` for every client that has invoices or promises, in one pass."""
    by_client: dict[int, tuple[list[InvoiceFacts], list[PromiseFacts]]] = {}
    for invoice in invoices:
        by_client.setdefault(invoice.client_id, ([], []))[0].append(invoice)
    for promise in promises:
        by_client.setdefault(promise.client_id, ([], []))[1].append(promise)
    return {client_id: client_behaviour(mine, theirs) for client_id, (mine, theirs) in by_client.items()}
