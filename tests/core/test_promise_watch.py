"""Broken-promise detection with partial payments (core.promise_watch), worked by hand."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.model import Promise, PromiseStatus
from debtordesk.core.promise_watch import verdicts

DAY = date(2026, 12, 1)


def promise(amount: int, target: int | None, invoices: tuple[int, ...] = (1,), status=PromiseStatus.OPEN,
            on: date = DAY, plan: int | None = None) -> Promise:  # type: ignore[no-untyped-def]
    return Promise(7, invoices, amount, on, status=status, id=1, plan_id=plan, target_open_cents=target)


def judged(p: Promise, open_cents: dict[int, int], today: date) -> tuple[PromiseStatus, int] | None:
    found = verdicts([p], open_cents, today)
    return (found[0].status, found[0].short_cents) if found else None


def test_nothing_is_judged_on_or_before_the_promised_day_while_short() -> None:
    # € 500 promised on an invoice with € 2,000 open: kept once no more than € 1,500 is open.
    p = promise(500_00, 1500_00)
    assert judged(p, {1: 2000_00}, DAY) is None
    assert judged(p, {1: 1600_00}, DAY) is None  # € 400 paid: not yet enough, but the day is not over


def test_the_day_after_the_date_a_partial_payment_short_of_the_promise_breaks_it() -> None:
    p = promise(500_00, 1500_00)
    # € 400 of the € 500 came in: € 1,600 open, € 100 short.
    assert judged(p, {1: 1600_00}, date(2026, 12, 2)) == (PromiseStatus.BROKEN, 100_00)


def test_a_partial_promise_is_kept_by_exactly_its_amount_even_with_money_still_open() -> None:
    p = promise(500_00, 1500_00)
    assert judged(p, {1: 1500_00}, date(2026, 12, 2)) == (PromiseStatus.KEPT, 0)
    # Kept as soon as it is paid, before its date too.
    assert judged(p, {1: 1400_00}, date(2026, 11, 25)) == (PromiseStatus.KEPT, 0)


def test_a_promise_over_two_invoices_counts_what_is_open_on_both() -> None:
    # € 2,450 promised for 2026-014 (€ 1,210) and 2026-015 (€ 1,240): all of it.
    p = promise(2450_00, 0, invoices=(1, 2))
    assert judged(p, {1: 0, 2: 1240_00}, date(2026, 12, 2)) == (PromiseStatus.BROKEN, 1240_00)
    assert judged(p, {1: 0, 2: 0}, date(2026, 12, 2)) == (PromiseStatus.KEPT, 0)


def test_instalments_are_kept_one_by_one_as_the_total_paid_reaches_each() -> None:
    # € 605 in three: € 200 (target € 405), € 200 (target € 205), € 205 (target € 0).
    first = promise(200_00, 405_00, on=date(2026, 11, 30), plan=3)
    second = promise(200_00, 205_00, on=date(2026, 12, 14), plan=3)
    third = promise(205_00, 0, on=date(2026, 12, 28), plan=3)
    # € 350 paid by 15 December: the first is kept; the second is € 150 paid of € 200, so € 50 short.
    found = verdicts([first, second, third], {1: 255_00}, date(2026, 12, 15))
    assert [(v.promise.promised_date, v.status, v.short_cents) for v in found] == [
        (date(2026, 11, 30), PromiseStatus.KEPT, 0), (date(2026, 12, 14), PromiseStatus.BROKEN, 50_00)]


def test_resolved_promises_and_closed_invoices_are_left_alone() -> None:
    assert judged(promise(500_00, 0, status=PromiseStatus.KEPT), {1: 500_00}, date(2027, 1, 1)) is None
    # Written off or handed over: the caller leaves the invoice out; nothing is kept or broken.
    assert judged(promise(500_00, 0), {}, date(2027, 1, 1)) is None


def test_a_promise_from_before_targets_were_kept_needs_everything_paid() -> None:
    assert judged(promise(500_00, None), {1: 1_00}, date(2026, 12, 2)) == (PromiseStatus.BROKEN, 1_00)


@given(open_now=st.integers(0, 10**7), target=st.integers(0, 10**7), day=st.integers(-5, 5))
def test_kept_exactly_when_paid_down_broken_only_after_the_day(open_now: int, target: int, day: int) -> None:
    today = date.fromordinal(DAY.toordinal() + day)
    result = judged(promise(1, target), {1: open_now}, today)
    if open_now <= target:
        assert result == (PromiseStatus.KEPT, 0)
    elif today > DAY:
        assert result == (PromiseStatus.BROKEN, open_now - target)
    else:
        assert result is None
