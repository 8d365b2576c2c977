"""Working days: weekdays that are not public holidays in the debtor's country.

"Five working days" means something different in Rotterdam and in Antwerp
(Koningsdag, the Belgian national day). The ``holidays`` package keeps both
countries' calendars, including moving feasts, so we do not hand-write Easter.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

#: Countries whose public holidays we know; others count weekdays only.
HOLIDAY_COUNTRIES = ("NL", "BE")


class WorkCalendar:
    """Working days for one country.

    Attributes:
        country: ISO code; for a country outside ``HOLIDAY_COUNTRIES`` only weekends are days off.
    """

    def __init__(self, country: str) -> None:
        self.country = country
        self._holidays = holidays.country_holidays(country) if country in HOLIDAY_COUNTRIES else {}

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def holiday_name(self, day: date) -> str:
        """The holiday's name (in the package's default language), or "" on an ordinary day."""
        return str(self._holidays.get(day, "")) if self._holidays else ""

    def add(self, start: date, days: int, *, working: bool) -> date:
        """``days`` calendar days after ``start``, or ``days`` working days after it.

        Zero working days after a Sunday is that Sunday: a step "right after"
        another is due the same day, whatever kind of day that is.
        """
        if days < 0:
            raise ValueError("delays are never negative")
        if not working:
            return start + timedelta(days=days)
        day = start
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def next_working_day(self, day: date) -> date:
        """The first working day after ``day``."""
        return self.add(day, 1, working=True)

    def on_or_after(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next one."""
        return day if self.is_working_day(day) else self.next_working_day(day)


@lru_cache(maxsize=8)
def calendar_for(country: str) -> WorkCalendar:
    """One calendar per country, shared: building the holiday table is the slow part."""
    return WorkCalendar(country)
