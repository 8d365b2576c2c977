"""Working days: weekdays that are not public holidays in the debtor's country.

"Five working days" means something different in Rotterdam and in Antwerp
(Koningsdag, the Belgian national day). The ``holidays`` package keeps both
countries' calendars, moving feasts included, so we do not hand-write Easter.
Importing it and building two countries' years takes about a second, too long
for a window that paints in half of one, so its answers for the years around
now are kept in ``resources/holidays/`` (written by this module's ``main``;
tests/core check they still equal the package's). Years outside the table ask
the package itself.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from functools import lru_cache

from debtordesk.resources import resource_path

#: Countries whose public holidays we know; others count weekdays only.
HOLIDAY_COUNTRIES = ("NL", "BE")
#: The years the stored tables cover.
TABLE_YEARS = range(2020, 2041)


def package_holidays(country: str, years: range | list[int]) -> dict[date, str]:
    """The ``holidays`` package's public holidays (imported only when asked)."""
    import holidays

    # English names whatever the machine's locale: the stored tables must not depend on it.
    return dict(holidays.country_holidays(country, years=list(years), language="en_US").items())


@lru_cache(maxsize=4)
def _table(country: str) -> dict[date, str]:
    path = resource_path("holidays", f"{country}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {date.fromisoformat(day): name for day, name in data["dates"].items()}


class WorkCalendar:
    """Working days for one country.

    Attributes:
        country: ISO code; for a country outside ``HOLIDAY_COUNTRIES`` only weekends are days off.
    """

    def __init__(self, country: str) -> None:
        self.country = country
        self._known = country in HOLIDAY_COUNTRIES
        self._holidays = _table(country) if self._known else {}
        self._years = set(TABLE_YEARS) if self._known else set()

    def _names(self, day: date) -> dict[date, str]:
        if self._known and day.year not in self._years:
            self._holidays = {**self._holidays, **package_holidays(self.country, [day.year])}
            self._years.add(day.year)
        return self._holidays

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._names(day)

    def holiday_name(self, day: date) -> str:
        """The holiday's name (in the package's language for that country), or "" on an ordinary day."""
        return self._names(day).get(day, "")

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
    """One calendar per country, shared."""
    return WorkCalendar(country)


def table_text(country: str) -> str:
    """A stored table as this version of the ``holidays`` package gives it."""
    import holidays

    dates = {day.isoformat(): name for day, name in sorted(package_holidays(country, TABLE_YEARS).items())}
    return json.dumps({"source": f"holidays {holidays.__version__}", "country": country,
                       "years": [TABLE_YEARS[0], TABLE_YEARS[-1]], "dates": dates},
                      ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    """Rewrite resources/holidays/ from the installed ``holidays`` package."""
    for country in HOLIDAY_COUNTRIES:
        path = resource_path("holidays", f"{country}.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(table_text(country), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
