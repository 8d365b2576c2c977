"""Presumed receipt and the 14-day term: NL (legal.md A.1, HR2016) and BE (B.2, D.3).

Each case counts the days by hand in its comment (weekday names checked against a calendar).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.interest import DebtorType
from debtordesk.core.legal_terms import TermWorking, payment_term
from debtordesk.core.model import Country
from debtordesk.core.working_days import WorkCalendar

NL, BE = Country.NL, Country.BE
BUSINESS, CONSUMER = DebtorType.BUSINESS, DebtorType.CONSUMER


def d(text: str) -> date:
    return date.fromisoformat(text)


def term(country: Country, debtor: DebtorType, sent: str, **kwargs: object) -> tuple[str, str, str]:
    t = payment_term(country, debtor, d(sent), **kwargs)  # type: ignore[arg-type]
    assert t.sent_on == d(sent)
    return t.presumed_receipt.isoformat(), t.term_start.isoformat(), t.term_end.isoformat()


@pytest.mark.parametrize(
    ("sent", "receipt"),
    [
        # Wed 18-11-2026: Thu 19 (1), Fri 20 (2)
        ("2026-11-18", "2026-11-20"),
        # Thu 19-11-2026: Fri 20 (1), Sat 21 (2) - Saturday counts, PostNL delivers then
        ("2026-11-19", "2026-11-21"),
        # over a weekend: Fri 20-11-2026: Sat 21 (1), Sun 22 and Mon 23 not counted, Tue 24 (2)
        ("2026-11-20", "2026-11-24"),
        # over a Monday: Sat 21-11-2026: Sun 22, Mon 23 not counted, Tue 24 (1), Wed 25 (2)
        ("2026-11-21", "2026-11-25"),
        # Christmas: Wed 23-12-2026: Thu 24 (1), Fri 25 and Sat 26 (Christmas), Sun 27, Mon 28 not counted, Tue 29 (2)
        ("2026-12-23", "2026-12-29"),
        # Koningsdag on Sat 26-4-2025 (27 April was a Sunday): Thu 24: Fri 25 (1), Sat 26, Sun, Mon not counted, Tue 29 (2)
        ("2025-04-24", "2025-04-29"),
        # Ascension Thu 14-5-2026: Tue 12: Wed 13 (1), Thu 14 not counted, Fri 15 (2)
        ("2026-05-12", "2026-05-15"),
        # Bevrijdingsdag Tue 5-5-2026 (not in the calendar outside lustrum years; counted as off, the safe side):
        # Mon 4: Tue 5 not counted, Wed 6 (1), Thu 7 (2)
        ("2026-05-04", "2026-05-07"),
    ],
)
def test_dutch_letter_arrives_on_the_second_day_without_sundays_mondays_and_holidays(sent: str, receipt: str) -> None:
    for debtor in (BUSINESS, CONSUMER):
        got_receipt, start, end = term(NL, debtor, sent)
        assert got_receipt == receipt
        # 14 days starting the day after receipt: receipt + 1 .. receipt + 14
        assert start == (d(receipt) + timedelta(days=1)).isoformat()
        assert end == (d(receipt) + timedelta(days=14)).isoformat()


def test_dutch_fourteen_day_letter_worked_out() -> None:
    # Fri 20-11-2026 -> received Tue 24-11; term Wed 25-11 .. Tue 8-12 (24 + 14)
    assert term(NL, CONSUMER, "2026-11-20") == ("2026-11-24", "2026-11-25", "2026-12-08")


def test_dutch_email_arrives_the_day_it_is_sent() -> None:
    # Fri 20-11-2026; term Sat 21-11 .. Fri 4-12 (20 + 14)
    assert term(NL, CONSUMER, "2026-11-20", electronic=True) == ("2026-11-20", "2026-11-21", "2026-12-04")


@pytest.mark.parametrize(
    ("sent", "start"),
    [
        # Mon 16-11-2026: Tue 17 (1), Wed 18 (2), Thu 19 (3)
        ("2026-11-16", "2026-11-19"),
        # over a weekend: Thu 19-11-2026: Fri 20 (1), Mon 23 (2), Tue 24 (3)
        ("2026-11-19", "2026-11-24"),
        # Wapenstilstand Wed 11-11-2026: Mon 9: Tue 10 (1), Wed 11 skipped, Thu 12 (2), Fri 13 (3)
        ("2026-11-09", "2026-11-13"),
        # Christmas Fri 25-12-2026: Wed 23: Thu 24 (1), Fri 25 skipped, Mon 28 (2), Tue 29 (3)
        ("2026-12-23", "2026-12-29"),
    ],
)
def test_belgian_first_reminder_term_starts_on_the_third_working_day(sent: str, start: str) -> None:
    # 14 calendar days from the start, the start included: start .. start + 13
    end = (d(start) + timedelta(days=13)).isoformat()
    assert term(BE, CONSUMER, sent) == (start, start, end)


def test_belgian_electronic_reminder_starts_the_next_calendar_day() -> None:
    # Fri 20-11-2026 by email: the term runs Sat 21-11 .. Fri 4-12 (21 + 13)
    assert term(BE, CONSUMER, "2026-11-20", electronic=True) == ("2026-11-20", "2026-11-21", "2026-12-04")


def test_belgian_business_letter_arrives_on_the_third_working_day() -> None:
    # Mon 16-11-2026 -> Thu 19-11; term Fri 20-11 .. Thu 3-12 (19 + 14)
    assert term(BE, BUSINESS, "2026-11-16") == ("2026-11-19", "2026-11-20", "2026-12-03")
    # by email: received the same day, term to 16 + 14 = Mon 30-11
    assert term(BE, BUSINESS, "2026-11-16", electronic=True) == ("2026-11-16", "2026-11-17", "2026-11-30")


def test_a_calendar_can_be_handed_in() -> None:
    # A calendar without holidays counts Christmas: Wed 23-12-2026: Thu 24 (1), Fri 25 (2)
    assert term(NL, CONSUMER, "2026-12-23", calendar=WorkCalendar("XX"))[0] == "2026-12-25"


def test_other_countries_are_refused() -> None:
    with pytest.raises(ValueError, match="only NL and BE"):
        payment_term(Country.DE, BUSINESS, d("2026-11-20"))


@given(st.dates(date(2020, 1, 1), date(2040, 12, 31)))
def test_dutch_receipt_is_on_a_delivery_day_and_the_term_is_fourteen_days(sent: date) -> None:
    t = payment_term(NL, CONSUMER, sent)
    assert isinstance(t, TermWorking)
    assert 2 <= (t.presumed_receipt - sent).days <= 8
    assert t.presumed_receipt.weekday() not in (0, 6)  # never a Monday or Sunday
    assert (t.term_end - t.presumed_receipt).days == 14


@given(st.dates(date(2020, 1, 1), date(2040, 12, 31)))
def test_belgian_consumer_term_is_fourteen_days_from_a_working_day(sent: date) -> None:
    t = payment_term(BE, CONSUMER, sent)
    assert t.term_start.weekday() < 5 and 3 <= (t.term_start - sent).days <= 9
    assert (t.term_end - t.term_start).days + 1 == 14
