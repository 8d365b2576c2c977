"""Statutory interest: tables per country and debtor, periods, compounding, payments, day count.

Every expected figure is worked by hand from legal.md's rates (Tables A2-1, A2-2, B1, B2) in
the comment beside it: base × percent × days / 365, rounded half-up to cents per period.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtordesk.core.interest import (
    Capitalisation,
    DebtorType,
    InterestWorking,
    anniversary,
    interest_cents,
    statutory_interest,
)
from debtordesk.core.model import ClientKind, Country
from debtordesk.core.rates import RateBook, RateUnknown, load_rate_book

NL, BE = Country.NL, Country.BE
BUSINESS, CONSUMER = DebtorType.BUSINESS, DebtorType.CONSUMER


@pytest.fixture(scope="module")
def rates() -> RateBook:
    return load_rate_book()


def d(text: str) -> date:
    return date.fromisoformat(text)


def spans(w: InterestWorking) -> list[tuple[str, str, int, int, str, int]]:
    return [(p.start.isoformat(), p.end.isoformat(), p.days, p.base_cents, str(p.percent), p.amount_cents)
            for p in w.periods]


def test_debtor_type_of_client() -> None:
    assert DebtorType.of_client(ClientKind.COMPANY) is BUSINESS
    assert DebtorType.of_client(ClientKind.CONSUMER) is CONSUMER


@pytest.mark.parametrize(
    ("country", "debtor", "table", "compound"),
    [(NL, BUSINESS, "nl_commercial", True), (NL, CONSUMER, "nl_statutory", True),
     (BE, BUSINESS, "be_commercial", False), (BE, CONSUMER, "be_statutory", False)],
)
def test_each_country_and_debtor_has_its_table(rates: RateBook, country: Country, debtor: DebtorType,
                                                table: str, compound: bool) -> None:
    w = statutory_interest(country, debtor, 100_000, d("2024-03-01"), d("2024-03-31"), rates)
    assert (w.table, w.compound) == (table, compound)


def test_one_period(rates: RateBook) -> None:
    # NL business, 12.50 % (2024 H1): 1,000 × 12.5 % × 31/365 = 3,875/365 = 10.6164 -> 10.62.
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-03-31"), rates)
    assert spans(w) == [("2024-03-01", "2024-03-31", 31, 100_000, "12.50", 1062)]
    assert w.total_cents == 1062
    assert "nl_commercial from 2024-01-01" in w.periods[0].rate_source


def test_a_half_year_boundary_splits_the_period(rates: RateBook) -> None:
    # June at 12.50 %: 1,000 × 12.5 % × 30/365 = 3,750/365 = 10.2740 -> 10.27
    # July at 12.25 % (from 1-7-2024): 1,000 × 12.25 % × 31/365 = 3,797.5/365 = 10.4041 -> 10.40
    # total 10.27 + 10.40 = 20.67
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-06-01"), d("2024-07-31"), rates)
    assert spans(w) == [("2024-06-01", "2024-06-30", 30, 100_000, "12.50", 1027),
                        ("2024-07-01", "2024-07-31", 31, 100_000, "12.25", 1040)]
    assert w.total_cents == 2067


def test_a_rate_change_inside_a_half_year(rates: RateBook) -> None:
    # 16-3-2013: the margin went from +7 to +8 (7.75 % -> 8.75 %).
    # 1-15 March: 10,000 × 7.75 % × 15/365 = 11,625/365 = 31.849 -> 31.85
    # 16-31 March: 10,000 × 8.75 % × 16/365 = 14,000/365 = 38.356 -> 38.36; total 70.21
    w = statutory_interest(NL, BUSINESS, 1_000_000, d("2013-03-01"), d("2013-03-31"), rates)
    assert spans(w) == [("2013-03-01", "2013-03-15", 15, 1_000_000, "7.75", 3185),
                        ("2013-03-16", "2013-03-31", 16, 1_000_000, "8.75", 3836)]
    assert w.total_cents == 7021


def test_a_new_row_at_the_same_rate_does_not_split(rates: RateBook) -> None:
    # 8.00 % in every half-year of 2017: one period, 1,000 × 8 % × 365/365 = 80.00.
    w = statutory_interest(NL, BUSINESS, 100_000, d("2017-01-01"), d("2017-12-31"), rates)
    assert spans(w) == [("2017-01-01", "2017-12-31", 365, 100_000, "8.00", 8000)]


def test_compounding_once(rates: RateBook) -> None:
    # 8 % throughout 2017-2018.
    # year 1: 10,000 × 8 % × 365/365 = 800.00; on 1-1-2018 the base becomes 10,800.00
    # year 2: 10,800 × 8 % × 365/365 = 864.00; total 800 + 864 = 1,664.00
    w = statutory_interest(NL, BUSINESS, 1_000_000, d("2017-01-01"), d("2018-12-31"), rates)
    assert w.capitalisations == (Capitalisation(d("2018-01-01"), 80_000, 1_080_000),)
    assert [p.amount_cents for p in w.periods] == [80_000, 86_400]
    assert w.total_cents == 166_400


def test_compounding_twice(rates: RateBook) -> None:
    # as above, then year 3: 11,664 × 8 % = 933.12; total 800 + 864 + 933.12 = 2,597.12
    w = statutory_interest(NL, BUSINESS, 1_000_000, d("2017-01-01"), d("2019-12-31"), rates)
    assert w.capitalisations == (Capitalisation(d("2018-01-01"), 80_000, 1_080_000),
                                 Capitalisation(d("2019-01-01"), 86_400, 1_166_400))
    assert w.total_cents == 259_712


def test_the_year_runs_from_the_first_day_of_default_not_the_calendar_year(rates: RateBook) -> None:
    # NL consumer, 2 % throughout (Table A2-2, 2015-2022).
    # 1-3-2016 .. 28-2-2017 = 365 days: 5,000 × 2 % = 100.00; base from 1-3-2017: 5,100.00
    # 1-3-2017 .. 31-3-2017: 5,100 × 2 % × 31/365 = 3,162/365 = 8.663 -> 8.66; total 108.66
    w = statutory_interest(NL, CONSUMER, 500_000, d("2016-03-01"), d("2017-03-31"), rates)
    assert spans(w) == [("2016-03-01", "2017-02-28", 365, 500_000, "2", 10_000),
                        ("2017-03-01", "2017-03-31", 31, 510_000, "2", 866)]
    assert w.capitalisations == (Capitalisation(d("2017-03-01"), 10_000, 510_000),)
    assert w.total_cents == 10_866


def test_no_capitalisation_on_the_last_day_before_an_anniversary(rates: RateBook) -> None:
    # Interest up to and including 31-12-2017 ends before the anniversary 1-1-2018.
    w = statutory_interest(NL, BUSINESS, 1_000_000, d("2017-01-01"), d("2017-12-31"), rates)
    assert w.capitalisations == () and w.total_cents == 80_000


def test_belgium_does_not_compound(rates: RateBook) -> None:
    # BE business 8.00 % (2016 S2 - 2022 S2), simple: 10,000 × 8 % × 730/365 = 1,600.00,
    # one period (no anniversary split), where NL gives 1,664.00 above.
    w = statutory_interest(BE, BUSINESS, 1_000_000, d("2017-01-01"), d("2018-12-31"), rates)
    assert spans(w) == [("2017-01-01", "2018-12-31", 730, 1_000_000, "8.00", 160_000)]
    assert w.capitalisations == () and not w.compound


def test_a_leap_year_counts_366_of_365(rates: RateBook) -> None:
    # BE statutory 5.75 % (2024): 10,000 × 5.75 % × 366/365 = 210,450/365 = 576.575 -> 576.58
    w = statutory_interest(BE, CONSUMER, 1_000_000, d("2024-01-01"), d("2024-12-31"), rates)
    assert spans(w) == [("2024-01-01", "2024-12-31", 366, 1_000_000, "5.75", 57_658)]


def test_a_period_containing_29_february(rates: RateBook) -> None:
    # NL business 12.50 %, 1-2-2024 .. 31-3-2024 = 29 + 31 = 60 days:
    # 1,000 × 12.5 % × 60/365 = 7,500/365 = 20.548 -> 20.55
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-02-01"), d("2024-03-31"), rates)
    assert spans(w) == [("2024-02-01", "2024-03-31", 60, 100_000, "12.50", 2055)]


def test_a_year_begun_on_29_february_ends_on_28_february() -> None:
    assert anniversary(d("2024-02-29"), 1) == d("2025-03-01")
    assert anniversary(d("2024-02-29"), 4) == d("2028-02-29")
    assert anniversary(d("2024-03-01"), 1) == d("2025-03-01")


def test_a_partial_payment_lowers_the_base_from_the_next_day(rates: RateBook) -> None:
    # 400.00 paid on 10-3-2024; 12.50 %:
    # 1-10 March: 1,000 × 12.5 % × 10/365 = 1,250/365 = 3.4247 -> 3.42
    # 11-31 March: 600 × 12.5 % × 21/365 = 1,575/365 = 4.3151 -> 4.32; total 7.74
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-03-31"), rates,
                           payments=[(d("2024-03-10"), 40_000)])
    assert spans(w) == [("2024-03-01", "2024-03-10", 10, 100_000, "12.50", 342),
                        ("2024-03-11", "2024-03-31", 21, 60_000, "12.50", 432)]
    assert w.total_cents == 774


def test_payments_on_one_day_are_merged_and_sorted(rates: RateBook) -> None:
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-03-31"), rates,
                           payments=[(d("2024-03-20"), 100), (d("2024-03-10"), 15_000), (d("2024-03-10"), 25_000)])
    assert w.payments == ((d("2024-03-10"), 40_000), (d("2024-03-20"), 100))
    assert [p.base_cents for p in w.periods] == [100_000, 60_000, 59_900]


def test_a_payment_before_the_first_day_lowers_the_base_from_the_start(rates: RateBook) -> None:
    # 600 × 12.5 % × 31/365 = 2,325/365 = 6.3699 -> 6.37
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-03-31"), rates,
                           payments=[(d("2024-02-15"), 40_000)])
    assert spans(w) == [("2024-03-01", "2024-03-31", 31, 60_000, "12.50", 637)]


def test_a_payment_on_the_last_day_changes_nothing(rates: RateBook) -> None:
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-03-31"), rates,
                           payments=[(d("2024-03-31"), 100_000)])
    assert w.total_cents == 1062  # as in test_one_period


def test_paying_everything_stops_the_interest(rates: RateBook) -> None:
    # 1-10 March as above: 3.42; nothing after the full payment.
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-12-31"), rates,
                           payments=[(d("2024-03-10"), 150_000)])
    assert spans(w) == [("2024-03-01", "2024-03-10", 10, 100_000, "12.50", 342)]


def test_a_payment_after_capitalisation_is_taken_off_the_grown_base(rates: RateBook) -> None:
    # 10,000 from 1-1-2017 at 8 %; 1-1-2018 base 10,800; 5,000 paid on 30-6-2018 (181st day of 2018):
    # 1-1 .. 30-6-2018: 10,800 × 8 % × 181/365 = 156,384/365 = 428.449 -> 428.45
    # 1-7 .. 31-12-2018: 5,800 × 8 % × 184/365 = 85,376/365 = 233.907 -> 233.91
    # total 800 + 428.45 + 233.91 = 1,462.36
    w = statutory_interest(NL, BUSINESS, 1_000_000, d("2017-01-01"), d("2018-12-31"), rates,
                           payments=[(d("2018-06-30"), 500_000)])
    assert [p.amount_cents for p in w.periods] == [80_000, 42_845, 23_391]
    assert w.total_cents == 146_236


def test_belgian_consumer_agreed_rate_is_capped_per_period(rates: RateBook) -> None:
    # Agreed 11 %; cap = WBH rate (Table B1): 10.50 in 2023 S1, 12.00 in 2023 S2.
    # S1 (181 days) at 10.50: 1,000 × 10.5 % × 181/365 = 19,005/365 = 52.068 -> 52.07
    # S2 (184 days) at 11: 1,000 × 11 % × 184/365 = 20,240/365 = 55.452 -> 55.45; total 107.52
    w = statutory_interest(BE, CONSUMER, 100_000, d("2023-01-01"), d("2023-12-31"), rates,
                           agreed_percent=Decimal("11"))
    assert spans(w) == [("2023-01-01", "2023-06-30", 181, 100_000, "10.50", 5207),
                        ("2023-07-01", "2023-12-31", 184, 100_000, "11", 5545)]
    assert w.total_cents == 10_752 and w.table == "be_commercial" and w.agreed_percent == Decimal("11")
    assert "capped" in w.periods[0].rate_source and "not above the cap" in w.periods[1].rate_source


def test_an_agreed_rate_below_the_cap_runs_unsplit(rates: RateBook) -> None:
    # 10 % is under both caps: one period, 1,000 × 10 % × 365/365 = 100.00
    w = statutory_interest(BE, CONSUMER, 100_000, d("2023-01-01"), d("2023-12-31"), rates,
                           agreed_percent=Decimal("10"))
    assert spans(w) == [("2023-01-01", "2023-12-31", 365, 100_000, "10", 10_000)]


def test_last_day_before_first_day_is_empty(rates: RateBook) -> None:
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-02"), d("2024-03-01"), rates)
    assert (w.periods, w.capitalisations, w.total_cents) == ((), (), 0)


def test_one_day(rates: RateBook) -> None:
    # 1,000 × 12.5 % × 1/365 = 125/365 = 0.3425 -> 0.34
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-03-01"), rates)
    assert spans(w) == [("2024-03-01", "2024-03-01", 1, 100_000, "12.50", 34)]


def test_rounding_is_half_up() -> None:
    # 18,250 cents × 1 % × 1/365 = 0.5 cent exactly -> 1 cent (half-even would give 0).
    assert interest_cents(18_250, Decimal(1), 1) == 1
    assert interest_cents(18_249, Decimal(1), 1) == 0


def test_a_day_before_the_table_is_refused(rates: RateBook) -> None:
    with pytest.raises(RateUnknown, match="2012-12-31"):
        statutory_interest(NL, BUSINESS, 100_000, d("2012-12-31"), d("2013-01-31"), rates)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"principal_cents": -1}, "principal"),
     ({"payments": [(date(2024, 3, 5), -1)]}, "payment"),
     ({"country": Country.DE}, "only NL and BE"),
     ({"agreed_percent": Decimal(5)}, "Belgian consumers"),
     ({"country": BE, "debtor": CONSUMER, "agreed_percent": Decimal(-1)}, "agreed rate")],
)
def test_bad_input_is_a_value_error(rates: RateBook, kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {"country": NL, "debtor": BUSINESS, "principal_cents": 100_000,
                               "first_day": d("2024-03-01"), "last_day": d("2024-03-31"), "rates": rates}
    payments = kwargs.pop("payments", ())
    agreed = kwargs.pop("agreed_percent", None)
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        statutory_interest(**args, payments=payments, agreed_percent=agreed)  # type: ignore[arg-type]


def test_a_user_table_drives_the_result(tmp_path: Path) -> None:
    # Own row: 10 % from 1-1-2024 (until the shipped 1-7-2024 row): 1,000 × 10 % × 73/365 = 20.00 exactly.
    (tmp_path / "nl_commercial.csv").write_text("from,percent\n2024-01-01,10\n", encoding="utf-8")
    w = statutory_interest(NL, BUSINESS, 100_000, d("2024-03-01"), d("2024-05-12"), load_rate_book(tmp_path))
    assert spans(w) == [("2024-03-01", "2024-05-12", 73, 100_000, "10", 2000)]


@settings(max_examples=60, deadline=None)
@given(
    country=st.sampled_from([NL, BE]),
    debtor=st.sampled_from([BUSINESS, CONSUMER]),
    principal=st.integers(0, 10_000_000_00),
    first=st.dates(date(2013, 1, 1), date(2026, 12, 31)),
    length=st.integers(0, 2000),
    paid=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 1_000_000_00)), max_size=3),
)
def test_periods_tile_the_days_and_add_up(rates: RateBook, country: Country, debtor: DebtorType, principal: int,
                                          first: date, length: int, paid: list[tuple[int, int]]) -> None:
    last = first + timedelta(days=length)
    payments = [(first + timedelta(days=offset), cents) for offset, cents in paid]
    w = statutory_interest(country, debtor, principal, first, last, rates, payments=payments)
    assert w.total_cents == sum(p.amount_cents for p in w.periods)
    assert all(p.days == (p.end - p.start).days + 1 > 0 and p.base_cents > 0 for p in w.periods)
    assert all(a.end < b.start for a, b in zip(w.periods, w.periods[1:]))
    if not payments and principal:
        # Without payments the periods cover every day, end to end.
        assert w.periods[0].start == first and w.periods[-1].end == last
        assert all(a.end + timedelta(days=1) == b.start for a, b in zip(w.periods, w.periods[1:]))
    assert bool(w.capitalisations) <= w.compound
