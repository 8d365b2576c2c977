"""Injected time: services never read the system clock themselves, so tests and the
demo can say what "now" and "today" are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True)
class Clock:
    now: Callable[[], datetime]

    def today(self) -> date:
        return self.now().astimezone().date()


def system_clock() -> Clock:
    return Clock(lambda: datetime.now(UTC))


def fixed_clock(moment: datetime) -> Clock:
    return Clock(lambda: moment)
