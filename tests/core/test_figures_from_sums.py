"""The figures and the ageing chart, worked out from sums, agree with their plain definitions."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from debtordesk.core.figures import YEAR, AgeBucket, Figures, InvoiceFacts, PaidPart, ageing, compute_figures

TODAY = date(2026, 11, 23)


def plain_figures(invoices: list[InvoiceFacts], today: date) -> Figures:
    """The figures as first written: one list per figure, each read off the definitions."""
    working = [i for i in invoices if not i.handed_over]
    overdue = [i for i in working if i.days_overdue(today) > 0]
    recent = [(i, p) for i in invoices for p in i.payments if today - YEAR < p.paid_on <= today]
    weight = sum(p.amount_cents for _i, p in recent)
    late = sum(p.amount_cents * max(0, (p.paid_on - i.due_date).days) for i, p in recent)
    invoiced = sum(i.total_cents for i in invoices if today - YEAR < i.issue_date <= today)
    open_cents = sum(max(0, i.open_cents) for i in working)
    return Figures(open_cents, sum(i.open_cents for i in overdue), len(overdue),
                   (2 * late + weight) // (2 * weight) if weight else None,
                   (2 * open_cents * 365 + invoiced) // (2 * invoiced) if invoiced > 0 else None, 0,
                   sum(max(0, i.open_cents) for i in invoices if i.handed_over))


def plain_ageing(invoices: list[InvoiceFacts], today: date) -> dict[AgeBucket, int]:
    buckets = dict.fromkeys(AgeBucket, 0)
    for i in invoices:
        if i.open_cents > 0 and not i.handed_over:
            buckets[AgeBucket.of((today - i.due_date).days)] += i.open_cents
    return buckets


days = st.integers(min_value=-500, max_value=500).map(lambda n: TODAY + timedelta(days=n))
parts = st.lists(st.builds(PaidPart, days, st.integers(min_value=1, max_value=2000)), max_size=3).map(tuple)
facts = st.lists(st.builds(lambda n, issue, term, total, paid, over, off: InvoiceFacts(
    n, n % 3, issue, issue + timedelta(days=term), total, paid, over, off),
    st.integers(min_value=1, max_value=10**6), days, st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=3000), parts, st.booleans(), st.booleans()),
    max_size=40, unique_by=lambda f: f.invoice_id)


@settings(max_examples=300, deadline=None)
@given(invoices=facts)
def test_single_pass_figures_equal_the_plain_definitions(invoices: list[InvoiceFacts]) -> None:
    assert compute_figures(invoices, [], TODAY) == plain_figures(invoices, TODAY)
    assert ageing(invoices, TODAY) == plain_ageing(invoices, TODAY)
