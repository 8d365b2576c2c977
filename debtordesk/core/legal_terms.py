"""When a letter counts as received and when the payment term it sets ends.

The dates a notice of default must record (legal.md D.3): the presumed day of receipt,
and the first and last day of the term to pay.

* Netherlands (legal.md A.1, HR 25-11-2016, ECLI:NL:HR:2016:2704): a posted letter is
  presumed delivered on the second day after sending, Sundays, Mondays and official holidays
  not counted (PostNL delivers letters Tuesday to Saturday). The 14-day term of art. 6:96
  lid 6 BW starts the day after receipt, so it ends on receipt + 14. An email arrives the day
  it is sent. Whether the Algemene termijnenwet moves an end on a weekend or holiday is
  UNCONFIRMED (legal.md A.1), so the end is never moved.
* Belgium, consumer (legal.md B.2, art. XIX.2 WER): at least 14 calendar days, starting on
  the third working day after a paper reminder was sent, or on the calendar day after an
  electronic one; the term's end is its start + 13. The definition of "working day" in
  Book XIX is UNCONFIRMED (legal.md G.6): Monday to Friday without public holidays is used.
* Belgium, business (legal.md D.3): a posted letter is presumed received on the third
  working day after sending; the term ends 14 days after receipt, like the Dutch letter.

Holidays come from ``WorkCalendar`` for the debtor's country. Where the calendar has a day off
the law may not count (Good Friday in the Netherlands), the receipt is presumed a day later:
the safe side, a later deadline never makes a claim for costs premature. For the same reason
5 May (Bevrijdingsdag, in the Netherlands an "algemeen erkende feestdag" of the Algemene
termijnenwet every year, not only in the years the calendar marks it) is not counted either;
this last point is not in legal.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from debtordesk.core.interest import DebtorType
from debtordesk.core.model import Country
from debtordesk.core.working_days import WorkCalendar, calendar_for

#: The term of a 14-day letter / first reminder.
TERM_DAYS = 14
#: Days after sending until a posted letter is presumed received.
NL_POST_DAYS = 2
BE_POST_WORKING_DAYS = 3
_MONDAY, _SUNDAY = 0, 6


@dataclass(frozen=True)
class TermWorking:
    """The dates of one letter's term.

    Attributes:
        sent_on: the day the letter or email was sent.
        presumed_receipt: the day it is presumed to have arrived.
        term_start: the first day of the term to pay.
        term_end: the last day the debtor may pay in (inclusive); costs become due the day after.
    """

    sent_on: date
    presumed_receipt: date
    term_start: date
    term_end: date


def nl_counts_for_delivery(day: date, calendar: WorkCalendar) -> bool:
    """Whether ``day`` counts towards the Dutch presumed delivery: not Sunday, Monday or a holiday."""
    if day.weekday() in (_SUNDAY, _MONDAY):
        return False
    if (day.month, day.day) == (5, 5):
        return False
    return not calendar.holiday_name(day)


def nl_presumed_receipt(sent_on: date, calendar: WorkCalendar) -> date:
    """The second counted day after ``sent_on`` (HR2016, legal.md A.1)."""
    day, counted = sent_on, 0
    while counted < NL_POST_DAYS:
        day += timedelta(days=1)
        if nl_counts_for_delivery(day, calendar):
            counted += 1
    return day


def payment_term(
    country: Country,
    debtor: DebtorType,
    sent_on: date,
    *,
    electronic: bool = False,
    calendar: WorkCalendar | None = None,
) -> TermWorking:
    """The presumed receipt and the 14-day term of a letter sent on ``sent_on``.

    Args:
        electronic: sent by email (or another electronic channel) rather than by post.
        calendar: the holidays to use; by default the debtor's country's.

    Raises:
        ValueError: a country other than NL or BE.
    """
    if country not in (Country.NL, Country.BE):
        raise ValueError(f"no payment-term rules for {country}: only NL and BE are covered")
    calendar = calendar or calendar_for(country.value)
    one_day = timedelta(days=1)
    if country is Country.BE and debtor is DebtorType.CONSUMER:
        if electronic:
            start = sent_on + one_day
            return TermWorking(sent_on, sent_on, start, start + timedelta(days=TERM_DAYS - 1))
        start = calendar.add(sent_on, BE_POST_WORKING_DAYS, working=True)
        return TermWorking(sent_on, start, start, start + timedelta(days=TERM_DAYS - 1))
    if electronic:
        receipt = sent_on
    elif country is Country.NL:
        receipt = nl_presumed_receipt(sent_on, calendar)
    else:
        receipt = calendar.add(sent_on, BE_POST_WORKING_DAYS, working=True)
    return TermWorking(sent_on, receipt, receipt + one_day, receipt + timedelta(days=TERM_DAYS))
