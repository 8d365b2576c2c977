"""Dashboard figures against values worked out by hand (see each comment)."""

from __future__ import annotations

from datetime import date, timedelta

from debtordesk.core.figures import (
    AgeBucket,
    InvoiceFacts,
    PaidPart,
    PromiseFacts,
    Reliability,
    ageing,
    client_behaviour,
    compute_figures,
)

TODAY = date(2026, 11, 23)  # a Monday

# A: 1,000.00 due 1 Oct, paid 400.00 ten days late and 600.00 thirty days late.
A = InvoiceFacts(1, 1, date(2026, 9, 1), date(2026, 10, 1), 1000_00,
                 (PaidPart(date(2026, 10, 11), 400_00), PaidPart(date(2026, 10, 31), 600_00)))
# B: 500.00 due 31 Oct, 200.00 paid ten days late, 300.00 open and 23 days overdue.
B = InvoiceFacts(2, 1, date(2026, 10, 1), date(2026, 10, 31), 500_00, (PaidPart(date(2026, 11, 10), 200_00),))
# C: 250.00 not yet due.
C = InvoiceFacts(3, 2, date(2026, 11, 10), date(2026, 12, 10), 250_00)
# D: 800.00 paid on its due date, more than a year ago.
D = InvoiceFacts(4, 1, date(2025, 6, 1), date(2025, 7, 1), 800_00, (PaidPart(date(2025, 7, 1), 800_00),))
# E: 300.00 handed over to a collection agency.
E = InvoiceFacts(5, 2, date(2026, 3, 1), date(2026, 3, 31), 300_00, handed_over=True)
INVOICES = [A, B, C, D, E]
PROMISES = [
    PromiseFacts(1, 100_00, date(2026, 11, 25), "open"),  # this week
    PromiseFacts(1, 50_00, date(2026, 11, 30), "open"),  # next Monday: not this week
    PromiseFacts(2, 70_00, date(2026, 11, 24), "kept"),  # kept: nothing more to expect
    PromiseFacts(2, 20_00, date(2026, 11, 29), "open"),  # Sunday: still this week
]


def test_open_and_overdue() -> None:
    figures = compute_figures(INVOICES, PROMISES, TODAY)
    assert figures.open_cents == 300_00 + 250_00  # B and C; E is handed over
    assert figures.overdue_cents == 300_00
    assert figures.overdue_count == 1
    assert figures.handed_over_cents == 300_00


def test_average_days_late_weighs_partial_payments_by_amount() -> None:
    # Payments of the last 12 months: 400 × 10 + 600 × 30 + 200 × 10 = 24,000 over 1,200 → 20 days.
    # D's payment is older than a year and does not count.
    assert compute_figures(INVOICES, PROMISES, TODAY).average_days_late == 20


def test_dso() -> None:
    # Invoiced in the last 365 days: A + B + C + E = 2,050.00; open 550.00 → 550 / 2050 × 365 = 97.9 → 98.
    assert compute_figures(INVOICES, PROMISES, TODAY).dso_days == 98


def test_promised_this_week_runs_monday_to_sunday() -> None:
    assert compute_figures(INVOICES, PROMISES, TODAY).promised_this_week_cents == 100_00 + 20_00


def test_no_history_gives_no_averages() -> None:
    figures = compute_figures([C], [], TODAY)
    assert figures.average_days_late is None
    assert figures.dso_days == 365  # all of it still open
    assert compute_figures([], [], TODAY).dso_days is None


def test_ageing_buckets() -> None:
    buckets = ageing(INVOICES, TODAY)
    assert buckets == {AgeBucket.NOT_DUE: 250_00, AgeBucket.DAYS_1_30: 300_00, AgeBucket.DAYS_31_60: 0,
                       AgeBucket.DAYS_61_90: 0, AgeBucket.OVER_90: 0}
    assert [AgeBucket.of(d) for d in (0, 1, 30, 31, 60, 61, 90, 91)] == [
        AgeBucket.NOT_DUE, AgeBucket.DAYS_1_30, AgeBucket.DAYS_1_30, AgeBucket.DAYS_31_60,
        AgeBucket.DAYS_31_60, AgeBucket.DAYS_61_90, AgeBucket.DAYS_61_90, AgeBucket.OVER_90]


def test_client_behaviour_from_all_history() -> None:
    mine = [A, B, D]
    # All payments: 400 × 10 + 600 × 30 + 200 × 10 + 800 × 0 = 24,000 over 2,000 → 12 days.
    behaviour = client_behaviour(mine, [])
    assert behaviour.average_days_late == 12
    assert (behaviour.paid_invoices, behaviour.paid_late) == (2, 1)  # A late, D on time; B still open
    assert behaviour.share_paid_late_percent == 50
    assert behaviour.rating == Reliability.SLIGHTLY_LATE


def test_broken_promises_outweigh_a_good_average() -> None:
    promises = [PromiseFacts(1, 10_00, date(2026, 1, 1), "kept"), PromiseFacts(1, 10_00, date(2026, 2, 1), "broken")]
    assert client_behaviour([D], promises).rating == Reliability.UNRELIABLE
    promises.append(PromiseFacts(1, 10_00, date(2026, 3, 1), "kept"))
    assert client_behaviour([D], promises).rating == Reliability.ON_TIME


def test_rating_thresholds() -> None:
    def paid(days_late: int) -> InvoiceFacts:
        return InvoiceFacts(9, 1, date(2026, 1, 1), date(2026, 2, 1), 100,
                            (PaidPart(date(2026, 2, 1) + timedelta(days=days_late), 100),))

    assert client_behaviour([], []).rating == Reliability.NO_HISTORY
    assert client_behaviour([paid(3)], []).rating == Reliability.ON_TIME
    assert client_behaviour([paid(4)], []).rating == Reliability.SLIGHTLY_LATE
    assert client_behaviour([paid(14)], []).rating == Reliability.SLIGHTLY_LATE
    assert client_behaviour([paid(15)], []).rating == Reliability.OFTEN_LATE


def test_a_written_off_invoice_leaves_open_overdue_and_ageing() -> None:
    gone = InvoiceFacts(6, 1, date(2026, 8, 1), date(2026, 8, 31), 900_00, written_off=True)
    figures = compute_figures([*INVOICES, gone], PROMISES, TODAY)
    assert figures.open_cents == 550_00 and figures.overdue_cents == 300_00 and figures.overdue_count == 1
    assert ageing([*INVOICES, gone], TODAY)[AgeBucket.DAYS_61_90] == 0


def test_behaviour_by_client_groups_each_clients_history() -> None:
    from debtordesk.core.figures import behaviour_by_client

    result = behaviour_by_client(INVOICES, PROMISES)
    assert result[1] == client_behaviour([A, B, D], [PROMISES[0], PROMISES[1]])
    assert result[2] == client_behaviour([C, E], [PROMISES[2], PROMISES[3]])
    assert set(result) == {1, 2}
