"""When to ring a client about a late invoice.

A call early in the week, mid-morning or mid-afternoon, reaches people at their desk and leaves
them the rest of the week to pay before a weekend makes them forget. So the good moments are a
Monday or Tuesday, 09:30–11:30 or 13:30–15:30 local time; the same windows on another working
day are fair; weekends and the client's public holidays are never a moment to call (the client's
``WorkCalendar`` knows both).

Everything here works on naive local datetimes: the caller converts from UTC to the user's wall
clock, so that "09:30" means what it says on the user's desk. An aware datetime is refused, since
reading a UTC time as local would quietly move every window.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from debtordesk.core.working_days import WorkCalendar

#: The call windows of a day; a window's end is exclusive (11:30 itself is past the window).
WINDOWS: tuple[tuple[time, time], ...] = ((time(9, 30), time(11, 30)), (time(13, 30), time(15, 30)))
#: Monday and Tuesday (``date.weekday()``): the days a call is preferred.
PREFERRED_WEEKDAYS: tuple[int, ...] = (0, 1)
#: How far ahead to look for a window. Generous: even a country without working days on
#: Mondays and Tuesdays for weeks on end finds one well within a year.
_HORIZON_DAYS = 400


class MomentKind(enum.StrEnum):
    """How good a moment to call now is."""

    GOOD = "good"  # a window on a working Monday or Tuesday
    FAIR = "fair"  # a window on another working day
    NOT_NOW = "not_now"  # outside the windows, or not a working day


@dataclass(frozen=True)
class Slot:
    """One call window on one day: ``start <= moment < end``."""

    start: datetime
    end: datetime

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class CallMoment:
    """What the call panel shows before a call.

    Attributes:
        kind: how good now is.
        current: the window now is in, on a working day; None outside one.
        next_good: the earliest preferred (Mon/Tue) window that ends after now; the current
            window itself when now is a good moment.
        next_fair: the earliest window on any working day that ends after now; may be ``current``.
    """

    kind: MomentKind
    current: Slot | None
    next_good: Slot
    next_fair: Slot


def call_moment(now: datetime, calendar: WorkCalendar) -> CallMoment:
    """How good a moment ``now`` (naive local time) is to call, and the next good and fair ones."""
    _check_naive(now)
    current = _current_slot(now, calendar)
    if current is None:
        kind = MomentKind.NOT_NOW
    elif now.weekday() in PREFERRED_WEEKDAYS:
        kind = MomentKind.GOOD
    else:
        kind = MomentKind.FAIR
    next_good = _first(now, calendar, lambda slot: slot.end > now, preferred_only=True)
    next_fair = _first(now, calendar, lambda slot: slot.end > now, preferred_only=False)
    return CallMoment(kind, current, next_good, next_fair)


def retry_slot(now: datetime, calendar: WorkCalendar) -> Slot:
    """When to try again after a call that reached no one.

    The first window on any working day that starts after the window now is in (or after now,
    outside a window): ringing again in the same window mostly finds the same empty desk, and
    waiting for a Monday would lose most of a week.
    """
    _check_naive(now)
    current = _current_slot(now, calendar)
    after = current.end if current is not None else now
    return _first(now, calendar, lambda slot: slot.start > after, preferred_only=False)


def windows_on(day: date) -> list[Slot]:
    """The call windows of ``day``, whatever kind of day it is."""
    return [Slot(datetime.combine(day, start), datetime.combine(day, end)) for start, end in WINDOWS]


def _current_slot(now: datetime, calendar: WorkCalendar) -> Slot | None:
    if not calendar.is_working_day(now.date()):
        return None
    return next((slot for slot in windows_on(now.date()) if now in slot), None)


def _first(now: datetime, calendar: WorkCalendar, fits: Callable[[Slot], bool], *, preferred_only: bool) -> Slot:
    for slot in _slots_from(now.date(), calendar, preferred_only=preferred_only):
        if fits(slot):
            return slot
    raise LookupError(f"no call window within {_HORIZON_DAYS} days of {now:%Y-%m-%d}")  # pragma: no cover


def _slots_from(first: date, calendar: WorkCalendar, *, preferred_only: bool) -> Iterator[Slot]:
    """Windows on working days from ``first`` on, in time order."""
    for offset in range(_HORIZON_DAYS):
        day = first + timedelta(days=offset)
        if preferred_only and day.weekday() not in PREFERRED_WEEKDAYS:
            continue
        if calendar.is_working_day(day):
            yield from windows_on(day)


def _check_naive(now: datetime) -> None:
    if now.tzinfo is not None:
        raise ValueError("call timing works on naive local wall-clock time; convert before asking")
