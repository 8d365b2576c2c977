"""Amounts and dates for display, per UI language (babel's CLDR data)."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime

from debtordesk.core.money import Cents, format_amount, format_plain

#: UI language -> babel locale. Euro formats: "€ 1.234,56" (nl) and "€1,234.56" (en).
LOCALES = {"nl": "nl_NL", "en": "en_IE", "fr": "fr_BE"}


def locale_for(language: str) -> str:
    return LOCALES.get(language, "en_IE")


class Formatter:
    """Formats for one language; the UI holds one and swaps it when the language changes."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = locale_for(language)

    def amount(self, cents: Cents) -> str:
        return format_amount(cents, self.locale)

    def plain_amount(self, cents: Cents) -> str:
        return format_plain(cents, self.locale)

    def date(self, day: date | None) -> str:
        return "" if day is None else _babel_date(day, format="medium", locale=self.locale)

    def short_date(self, day: date | None) -> str:
        return "" if day is None else _babel_date(day, format="short", locale=self.locale)

    def weekday_date(self, day: date) -> str:
        """"dinsdag 24 november": a day to act on soon, where the weekday matters more than the year."""
        return _babel_date(day, format="EEEE d MMMM", locale=self.locale)

    def short_timestamp(self, moment: datetime) -> str:
        """Date and time to the minute, in the machine's local time zone: for lists."""
        return _babel_datetime(moment.astimezone(), format="short", locale=self.locale)

    def timestamp(self, moment: datetime) -> str:
        """A UTC time shown in the machine's local time zone."""
        return _babel_datetime(moment.astimezone(), format="medium", locale=self.locale)
