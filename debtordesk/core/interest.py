"""Statutory late-payment interest for Dutch and Belgian debts, with its working.

Which rate applies (legal.md A.2, B.1, B.2):

* NL business: wettelijke handelsrente (art. 6:119a BW, table ``nl_commercial``);
  NL consumer: wettelijke rente (art. 6:119 BW, table ``nl_statutory``). Both compound:
  "telkens na afloop van een jaar" the interest of that year is added to the base. The
  year runs from the first day of default (its anniversary), not the calendar year
  (legal.md A.2, RENTETOOL practice).
* BE business: interest of the law of 2 August 2002 (WBH art. 5, ``be_commercial``), simple.
* BE consumer: the wettelijke interestvoet (``be_statutory``), simple; or, with an agreed
  rate in the contract, that rate capped per period at the WBH rate (Book XIX WER, B.2).

How it is counted: from ``first_day`` (the first day of default) up to and including
``last_day`` (the day of payment, art. 6:119a lid 1). A period ends where the rate changes,
on an anniversary (when compounding) and after a payment. Day count actual/365 in every
year, so the 366 days of a leap year earn 366/365 of the yearly rate (the statute gives no
day count; RENTETOOL and common practice use days/365). Each period's amount is
``base × percent/100 × days/365`` rounded half-up to cents; the total is their sum.

A payment on day D lowers the base from D+1 on and is applied to the principal. (Art. 6:44
BW would apply it to costs and interest first; the app's callers pass what was paid on the
principal, so the letter's working stays readable.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from debtordesk.core.model import ClientKind, Country
from debtordesk.core.money import Cents
from debtordesk.core.rates import RateBook, RateTable

_ONE = Decimal(1)
#: percent (÷ 100) and days (÷ 365) in one divisor.
_PERCENT_DAYS = Decimal(100 * 365)


class DebtorType(StrEnum):
    """Business (B2B: commercial rates, € 40) or consumer (B2C: protective rules)."""

    BUSINESS = "business"
    CONSUMER = "consumer"

    @classmethod
    def of_client(cls, kind: ClientKind) -> DebtorType:
        return cls.CONSUMER if kind is ClientKind.CONSUMER else cls.BUSINESS


#: (country, debtor) -> (rate table, compounded yearly).
RULES: dict[tuple[Country, DebtorType], tuple[str, bool]] = {
    (Country.NL, DebtorType.BUSINESS): ("nl_commercial", True),
    (Country.NL, DebtorType.CONSUMER): ("nl_statutory", True),
    (Country.BE, DebtorType.BUSINESS): ("be_commercial", False),
    (Country.BE, DebtorType.CONSUMER): ("be_statutory", False),
}
#: The table that caps an agreed rate for a Belgian consumer (Book XIX: at most the WBH rate).
AGREED_CAP_TABLE = "be_commercial"


@dataclass(frozen=True)
class InterestPeriod:
    """Days at one base and one rate.

    Attributes:
        start, end: first and last day of the period (both included).
        days: ``end - start + 1``.
        base_cents: the amount interest runs on (principal, less payments, plus capitalised interest).
        percent: yearly rate.
        amount_cents: ``base × percent/100 × days/365``, rounded half-up.
        rate_source: where the rate comes from (the rate table's source cells).
    """

    start: date
    end: date
    days: int
    base_cents: Cents
    percent: Decimal
    amount_cents: Cents
    rate_source: str


@dataclass(frozen=True)
class Capitalisation:
    """On an anniversary of default, the past year's interest joins the base (art. 6:119 lid 2 BW)."""

    on: date
    added_cents: Cents
    new_base_cents: Cents


@dataclass(frozen=True)
class InterestWorking:
    """The interest on one claim and how it was reached.

    Attributes:
        table: the rate table used (for an agreed rate: the table that caps it).
        payments: (day, cents) as given, merged per day and sorted.
        agreed_percent: the contract's rate for a Belgian consumer, or None for the statutory rate.
    """

    country: Country
    debtor: DebtorType
    table: str
    principal_cents: Cents
    first_day: date
    last_day: date
    compound: bool
    periods: tuple[InterestPeriod, ...]
    capitalisations: tuple[Capitalisation, ...]
    payments: tuple[tuple[date, Cents], ...]
    total_cents: Cents
    agreed_percent: Decimal | None = None


def interest_cents(base_cents: Cents, percent: Decimal, days: int) -> Cents:
    """``base × percent/100 × days/365`` in cents, rounded half-up (one division, exact before it)."""
    exact = Decimal(base_cents) * percent * days
    return int((exact / _PERCENT_DAYS).quantize(_ONE, rounding=ROUND_HALF_UP))


def anniversary(first_day: date, years: int) -> date:
    """``first_day`` plus whole years; a year begun on 29 February ends on 28 February (next: 1 March)."""
    try:
        return first_day.replace(year=first_day.year + years)
    except ValueError:
        return date(first_day.year + years, 3, 1)


class _Rate:
    """The percent in force on a day, for a plain table or an agreed rate under a cap."""

    def __init__(self, table: RateTable, agreed: Decimal | None) -> None:
        self.table = table
        self.agreed = agreed

    def percent(self, day: date) -> Decimal:
        row = self.table.rate_on(day)
        return row.percent if self.agreed is None else min(self.agreed, row.percent)

    def source(self, start: date, end: date) -> str:
        rows = [self.table.rate_on(start)]
        rows += [row for row in self.table.rows if start < row.start <= end]
        sources = "; ".join(dict.fromkeys(f"{self.table.name} from {row.start.isoformat()}: {row.source}"
                                          for row in rows))
        if self.agreed is None:
            return sources
        if all(self.agreed <= row.percent for row in rows):
            return f"agreed rate {self.agreed} % (not above the cap; {sources})"
        return f"agreed rate {self.agreed} % capped at the WBH rate ({sources})"


def _merged_payments(payments: Sequence[tuple[date, int]]) -> tuple[tuple[date, Cents], ...]:
    merged: dict[date, int] = {}
    for day, cents in payments:
        if cents < 0:
            raise ValueError(f"a payment cannot be negative: {cents} cents on {day.isoformat()}")
        merged[day] = merged.get(day, 0) + cents
    return tuple(sorted(merged.items()))


def statutory_interest(
    country: Country,
    debtor: DebtorType,
    principal_cents: Cents,
    first_day: date,
    last_day: date,
    rates: RateBook,
    *,
    payments: Sequence[tuple[date, int]] = (),
    agreed_percent: Decimal | None = None,
) -> InterestWorking:
    """The interest on ``principal_cents`` from ``first_day`` to ``last_day`` inclusive.

    Raises:
        ValueError: negative principal, payment or agreed rate; a country other than NL/BE;
            an agreed rate for anyone but a Belgian consumer.
        RateUnknown: a day before the rate table's first row.
    """
    if (country, debtor) not in RULES:
        raise ValueError(f"no interest rules for {country}/{debtor}: only NL and BE are covered")
    if principal_cents < 0:
        raise ValueError(f"the principal cannot be negative: {principal_cents} cents")
    if agreed_percent is not None:
        if (country, debtor) != (Country.BE, DebtorType.CONSUMER):
            raise ValueError("an agreed rate is only modelled for Belgian consumers (Book XIX cap)")
        if not agreed_percent.is_finite() or agreed_percent < 0:
            raise ValueError(f"the agreed rate must be a percentage of 0 or more, not {agreed_percent}")
    table_name, compound = RULES[(country, debtor)]
    if agreed_percent is not None:
        table_name = AGREED_CAP_TABLE
    paid = _merged_payments(payments)
    working = InterestWorking(country, debtor, table_name, principal_cents, first_day, last_day, compound,
                              (), (), paid, 0, agreed_percent)
    if last_day < first_day:
        return working
    rate = _Rate(rates.table(table_name), agreed_percent)
    rate.percent(first_day)  # RateUnknown before the table starts, even for a principal of 0

    anniversaries: set[date] = set()
    years = 1
    while compound and (day := anniversary(first_day, years)) <= last_day:
        anniversaries.add(day)
        years += 1
    reductions: dict[date, Cents] = {}
    for day, cents in paid:
        from_day = max(day + timedelta(days=1), first_day)
        reductions[from_day] = reductions.get(from_day, 0) + cents
    changes = {day for day in rate.table.changes_between(first_day, last_day)
               if rate.percent(day) != rate.percent(day - timedelta(days=1))}
    starts = sorted({first_day} | changes | anniversaries | {d for d in reductions if d <= last_day})

    base = principal_cents
    periods: list[InterestPeriod] = []
    capitalisations: list[Capitalisation] = []
    this_year = 0
    for index, start in enumerate(starts):
        if start in anniversaries and this_year:
            base += this_year
            capitalisations.append(Capitalisation(start, this_year, base))
        if start in anniversaries:
            this_year = 0
        base = max(0, base - reductions.get(start, 0))
        end = starts[index + 1] - timedelta(days=1) if index + 1 < len(starts) else last_day
        if base == 0:
            continue
        days = (end - start).days + 1
        percent = rate.percent(start)
        amount = interest_cents(base, percent, days)
        periods.append(InterestPeriod(start, end, days, base, percent, amount, rate.source(start, end)))
        this_year += amount
    total = sum(period.amount_cents for period in periods)
    return InterestWorking(country, debtor, table_name, principal_cents, first_day, last_day, compound,
                           tuple(periods), tuple(capitalisations), paid, total, agreed_percent)
