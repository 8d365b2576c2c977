"""When to ring a client: good (Mon/Tue) and fair windows, holidays per country, retries."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.call_timing import (
    PREFERRED_WEEKDAYS,
    WINDOWS,
    CallMoment,
    MomentKind,
    Slot,
    call_moment,
    retry_slot,
    windows_on,
)
from debtordesk.core.working_days import calendar_for

NL = calendar_for("NL")
BE = calendar_for("BE")
#: A country without holiday tables: weekends are the only days off.
DE = calendar_for("DE")


def at(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))


def slot(day: str, start: str, end: str) -> Slot:
    return Slot(at(day, start), at(day, end))


def morning(day: str) -> Slot:
    return slot(day, "09:30", "11:30")


def afternoon(day: str) -> Slot:
    return slot(day, "13:30", "15:30")


# An ordinary week without holidays in either country: Monday 2026-11-16 to Sunday 2026-11-22.
MON, TUE, WED, THU, FRI, SAT, SUN = (f"2026-11-{d}" for d in range(16, 23))


def test_the_rules_as_constants() -> None:
    assert WINDOWS == ((time(9, 30), time(11, 30)), (time(13, 30), time(15, 30)))
    assert PREFERRED_WEEKDAYS == (0, 1)
    assert windows_on(date(2026, 11, 16)) == [morning(MON), afternoon(MON)]


@pytest.mark.parametrize(("day", "kind"), [(MON, MomentKind.GOOD), (TUE, MomentKind.GOOD), (WED, MomentKind.FAIR),
                                           (THU, MomentKind.FAIR), (FRI, MomentKind.FAIR)])
def test_each_working_weekday_inside_a_window(day: str, kind: MomentKind) -> None:
    moment = call_moment(at(day, "10:00"), NL)
    assert moment.kind is kind
    assert moment.current == morning(day)
    assert moment.next_fair == morning(day)


def test_on_a_good_moment_next_good_is_the_window_now_is_in() -> None:
    assert call_moment(at(TUE, "14:00"), NL) == CallMoment(MomentKind.GOOD, afternoon(TUE), afternoon(TUE),
                                                           afternoon(TUE))


@pytest.mark.parametrize("day", [WED, THU, FRI])
def test_a_fair_day_points_to_next_monday(day: str) -> None:
    moment = call_moment(at(day, "10:00"), NL)
    assert moment.next_good == morning("2026-11-23")


@pytest.mark.parametrize("day", [SAT, SUN])
def test_weekends_are_never_a_moment(day: str) -> None:
    moment = call_moment(at(day, "10:00"), NL)
    assert moment == CallMoment(MomentKind.NOT_NOW, None, morning("2026-11-23"), morning("2026-11-23"))


@pytest.mark.parametrize(
    ("clock", "kind", "current", "next_window"),
    [
        ("09:29", MomentKind.NOT_NOW, None, morning(MON)),
        ("09:30", MomentKind.GOOD, morning(MON), morning(MON)),
        ("11:29", MomentKind.GOOD, morning(MON), morning(MON)),
        ("11:30", MomentKind.NOT_NOW, None, afternoon(MON)),  # the end is not inside
        ("12:00", MomentKind.NOT_NOW, None, afternoon(MON)),
        ("13:29", MomentKind.NOT_NOW, None, afternoon(MON)),
        ("13:30", MomentKind.GOOD, afternoon(MON), afternoon(MON)),
        ("15:29", MomentKind.GOOD, afternoon(MON), afternoon(MON)),
        ("15:30", MomentKind.NOT_NOW, None, morning(TUE)),
        ("00:00", MomentKind.NOT_NOW, None, morning(MON)),
    ],
)
def test_window_edges(clock: str, kind: MomentKind, current: Slot | None, next_window: Slot) -> None:
    moment = call_moment(at(MON, clock), NL)
    assert (moment.kind, moment.current, moment.next_good, moment.next_fair) == (kind, current, next_window,
                                                                                 next_window)


def test_seconds_before_the_end_are_still_inside() -> None:
    assert call_moment(at(WED, "11:29:59.999999"), NL).current == morning(WED)


def test_tuesday_evening_points_to_monday_and_wednesday() -> None:
    moment = call_moment(at(TUE, "17:00"), NL)
    assert moment.kind is MomentKind.NOT_NOW
    assert moment.current is None
    assert moment.next_good == morning("2026-11-23")
    assert moment.next_fair == morning(WED)


def test_friday_afternoon_points_to_monday() -> None:
    moment = call_moment(at(FRI, "16:00"), NL)
    assert moment.next_good == moment.next_fair == morning("2026-11-23")
    assert call_moment(at(FRI, "14:00"), NL).next_good == morning("2026-11-23")


def test_monday_evening_points_to_tuesday() -> None:
    assert call_moment(at(MON, "16:00"), NL).next_good == morning(TUE)


# --- holidays ----------------------------------------------------------------------------------


def test_easter_monday_is_no_moment_and_tuesday_is_next() -> None:
    moment = call_moment(at("2026-04-06", "10:00"), NL)
    assert moment.kind is MomentKind.NOT_NOW and moment.current is None
    assert moment.next_good == moment.next_fair == morning("2026-04-07")


def test_the_easter_weekend_from_good_friday() -> None:
    # Good Friday is a day off in the Dutch table (not in the Belgian one); Easter Monday in both.
    assert call_moment(at("2026-04-03", "10:00"), NL).kind is MomentKind.NOT_NOW
    assert call_moment(at("2026-04-03", "10:00"), BE).kind is MomentKind.FAIR
    assert call_moment(at("2026-04-02", "16:00"), NL).next_good == morning("2026-04-07")


def test_pentecost_monday() -> None:
    moment = call_moment(at("2026-05-22", "16:00"), NL)  # the Friday before
    assert moment.next_good == moment.next_fair == morning("2026-05-26")
    assert call_moment(at("2026-05-25", "14:00"), BE).kind is MomentKind.NOT_NOW


def test_kings_day_on_a_monday_is_dutch_only() -> None:
    nl = call_moment(at("2026-04-27", "10:00"), NL)
    assert nl.kind is MomentKind.NOT_NOW
    assert nl.next_good == morning("2026-04-28")
    be = call_moment(at("2026-04-27", "10:00"), BE)
    assert be.kind is MomentKind.GOOD and be.current == morning("2026-04-27")


def test_belgian_national_day_is_belgian_only() -> None:
    # 21 July 2026 is a Tuesday: a good day in Utrecht, a day off in Antwerp.
    nl = call_moment(at("2026-07-21", "10:00"), NL)
    be = call_moment(at("2026-07-21", "10:00"), BE)
    assert nl.kind is MomentKind.GOOD and nl.next_good == morning("2026-07-21")
    assert be.kind is MomentKind.NOT_NOW and be.current is None
    assert be.next_good == morning("2026-07-27")  # the next Monday
    assert be.next_fair == morning("2026-07-22")
    # From the Monday evening before, the next good window differs by a week.
    assert call_moment(at("2026-07-20", "16:00"), NL).next_good == morning("2026-07-21")
    assert call_moment(at("2026-07-20", "16:00"), BE).next_good == morning("2026-07-27")


def test_christmas_week_2026() -> None:
    # Christmas Day is a Friday: from Christmas Eve afternoon the next window is Monday the 28th.
    moment = call_moment(at("2026-12-24", "16:00"), NL)
    assert moment.next_good == moment.next_fair == morning("2026-12-28")
    assert call_moment(at("2026-12-25", "10:00"), BE).kind is MomentKind.NOT_NOW


def test_christmas_week_2028_skips_to_the_new_year_in_the_netherlands() -> None:
    # 25 and 26 December 2028 are a Monday and a Tuesday; 1 January 2029 is a Monday.
    nl = call_moment(at("2028-12-22", "16:00"), NL)
    assert nl.next_good == morning("2029-01-02")
    assert nl.next_fair == morning("2028-12-27")
    # Belgium has no second Christmas day: Tuesday the 26th is a good day there.
    assert call_moment(at("2028-12-22", "16:00"), BE).next_good == morning("2028-12-26")


def test_a_country_without_holiday_table_only_skips_weekends() -> None:
    assert call_moment(at("2026-04-06", "10:00"), DE).kind is MomentKind.GOOD


def test_aware_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        call_moment(datetime(2026, 11, 16, 10, tzinfo=UTC), NL)
    with pytest.raises(ValueError, match="naive"):
        retry_slot(datetime(2026, 11, 16, 10, tzinfo=UTC), NL)


# --- retry after no answer ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(TUE, "10:05"), afternoon(TUE)),
        (at(TUE, "09:30"), afternoon(TUE)),
        (at(TUE, "11:30"), afternoon(TUE)),  # just outside the morning window
        (at(TUE, "12:00"), afternoon(TUE)),
        (at(TUE, "14:00"), morning(WED)),
        (at(TUE, "07:00"), morning(TUE)),
        (at(FRI, "14:00"), morning("2026-11-23")),
        (at(FRI, "16:00"), morning("2026-11-23")),
        (at(SAT, "10:00"), morning("2026-11-23")),
    ],
)
def test_retry_is_the_next_window_that_starts_later(now: datetime, expected: Slot) -> None:
    assert retry_slot(now, NL) == expected


def test_retry_skips_a_holiday_monday() -> None:
    # Friday before Easter Monday in Belgium (Good Friday is a working day there).
    assert retry_slot(at("2026-04-03", "16:00"), BE) == morning("2026-04-07")
    assert retry_slot(at("2026-04-24", "16:00"), NL) == morning("2026-04-28")  # King's Day
    assert retry_slot(at("2026-04-24", "16:00"), BE) == morning("2026-04-27")


# --- properties --------------------------------------------------------------------------------

moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 12, 1))
calendars = st.sampled_from([NL, BE, DE])


def _is_window(candidate: Slot) -> bool:
    return candidate in windows_on(candidate.start.date())


@given(moments, calendars)
def test_next_good_is_a_preferred_working_window_not_yet_over(now: datetime, calendar) -> None:
    moment = call_moment(now, calendar)
    good = moment.next_good
    assert _is_window(good)
    assert good.start.weekday() in PREFERRED_WEEKDAYS and calendar.is_working_day(good.start.date())
    assert good.end > now
    assert good.start >= now or now in good
    # Nothing good is skipped: no preferred working window between now and it.
    day = now.date()
    while day < good.start.date():
        if day.weekday() in PREFERRED_WEEKDAYS and calendar.is_working_day(day):
            assert all(w.end <= now for w in windows_on(day))
        day += timedelta(days=1)


@given(moments, calendars)
def test_fair_comes_no_later_than_good_and_kind_matches_current(now: datetime, calendar) -> None:
    moment = call_moment(now, calendar)
    assert _is_window(moment.next_fair) and calendar.is_working_day(moment.next_fair.start.date())
    assert now < moment.next_fair.end and moment.next_fair.start <= moment.next_good.start
    if moment.current is None:
        assert moment.kind is MomentKind.NOT_NOW
    else:
        assert now in moment.current and moment.next_fair == moment.current
        assert (moment.kind is MomentKind.GOOD) == (moment.current == moment.next_good)


@given(moments, calendars)
def test_retry_is_a_working_window_after_now(now: datetime, calendar) -> None:
    retry = retry_slot(now, calendar)
    assert retry.start > now
    assert _is_window(retry) and calendar.is_working_day(retry.start.date())
    assert retry.start - now < timedelta(days=14)
