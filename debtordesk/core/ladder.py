"""The follow-up ladder: the graduated steps from a friendly reminder to hand-over.

A ladder is data (the user edits it in Settings and may give a client its own);
``next_step`` is the one rule that reads an invoice's history and says what to
do next and from when. Nothing here sends or records anything: every step is a
suggestion the user confirms.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from debtordesk.core.model import HoldKind, PromiseStatus
from debtordesk.core.working_days import WorkCalendar


class Channel(enum.StrEnum):
    EMAIL = "email"
    CALL = "call"
    LETTER = "letter"  # printed, usually by registered mail
    HAND_OVER = "hand_over"  # to a collection agency, bailiff or lawyer


class DelayFrom(enum.StrEnum):
    DUE_DATE = "due_date"
    PREVIOUS_STEP = "previous_step"


class Recipient(enum.StrEnum):
    CONTACT = "contact"
    #: The company's general address, the contact in CC: asks who handles payments.
    GENERAL_WITH_CONTACT_CC = "general_with_contact_cc"


_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_DELAY_DAYS = 365
MAX_STEPS = 20


@dataclass(frozen=True)
class LadderStep:
    """One rung.

    Attributes:
        key: unique within a ladder and stable across edits; history records it.
        name: what the user called a step they added; default steps show a translated name.
        template: which message template the step uses (defaults keep their key).
        stops_work: doing the step flags the client "work paused".
    """

    key: str
    channel: Channel
    delay_days: int
    delay_from: DelayFrom = DelayFrom.PREVIOUS_STEP
    working_days: bool = False
    template: str = ""
    recipient: Recipient = Recipient.CONTACT
    stops_work: bool = False
    name: str = ""

    @property
    def template_key(self) -> str:
        return self.template or self.key


@dataclass(frozen=True)
class Ladder:
    steps: tuple[LadderStep, ...]

    def index_of(self, key: str) -> int | None:
        return next((i for i, step in enumerate(self.steps) if step.key == key), None)


DEFAULT_LADDER = Ladder((
    LadderStep("friendly_reminder", Channel.EMAIL, 1, DelayFrom.DUE_DATE),
    LadderStep("phone_call", Channel.CALL, 5, working_days=True),
    LadderStep("payment_reminder", Channel.EMAIL, 0),
    LadderStep("last_reminder", Channel.EMAIL, 7, recipient=Recipient.GENERAL_WITH_CONTACT_CC),
    LadderStep("stop_work", Channel.EMAIL, 0, stops_work=True),
    LadderStep("notice_of_default", Channel.LETTER, 14),
    LadderStep("hand_over", Channel.HAND_OVER, 15),
))

DEFAULT_KEYS = frozenset(step.key for step in DEFAULT_LADDER.steps)


# -- an invoice's history as the ladder sees it ------------------------------------

@dataclass(frozen=True)
class StepEvent:
    """A step done (or deliberately skipped, with the user's reason) on a day."""

    key: str
    on: date
    skipped: bool = False
    reason: str = ""


@dataclass(frozen=True)
class PromiseEvent:
    """A promise to pay as the ladder sees it.

    Attributes:
        broken_on: the day the user marked it broken (possibly before its date,
            when the client said they cannot pay after all).
    """

    promised_date: date
    status: PromiseStatus = PromiseStatus.OPEN
    broken_on: date | None = None
    plan_id: int | None = None  # an instalment of this payment plan

    def broken_day(self, today: date) -> date | None:
        """From which day this promise counts as broken, or None while it is not."""
        if self.status == PromiseStatus.BROKEN:
            lapsed = self.promised_date + timedelta(days=1)
            return min(self.broken_on, lapsed) if self.broken_on else lapsed
        if self.status == PromiseStatus.OPEN and self.promised_date < today:
            return self.promised_date + timedelta(days=1)
        return None


@dataclass(frozen=True)
class LadderHistory:
    """What ``next_step`` needs of one invoice.

    Attributes:
        open_cents: still to pay; a partial payment lowers it and changes nothing else.
        closed: written off or handed over: the ladder has nothing left to propose.
        hold: on hold or disputed; a payment plan pauses the same way.
    """

    due_date: date
    open_cents: int
    steps: tuple[StepEvent, ...] = ()
    promises: tuple[PromiseEvent, ...] = ()
    hold: HoldKind | None = None
    hold_until: date | None = None
    payment_plan: bool = False
    closed: bool = False


class Pause(enum.StrEnum):
    PROMISE = "promise"
    PAYMENT_PLAN = "payment_plan"
    HOLD = "hold"
    DISPUTE = "dispute"


class Why(enum.StrEnum):
    """Why a step falls due when it does."""

    SCHEDULE = "schedule"  # its delay from the due date or the previous step
    BROKEN_PROMISE = "broken_promise"  # the day after a promise that was not kept


class Done(enum.StrEnum):
    SETTLED = "settled"  # paid, written off or handed over
    LADDER_END = "ladder_end"  # every step done; the user decides what follows


@dataclass(frozen=True)
class Proposal:
    index: int
    step: LadderStep
    due_on: date
    why: Why = Why.SCHEDULE

    def is_due(self, today: date) -> bool:
        return self.due_on <= today


@dataclass(frozen=True)
class Paused:
    reason: Pause
    until: date | None = None
    #: the step that follows once the pause ends, for display
    index: int | None = None


@dataclass(frozen=True)
class Finished:
    reason: Done


NextStep = Proposal | Paused | Finished


def broken_promise(history: LadderHistory, today: date) -> date | None:
    """The day the latest broken promise not yet answered by a step broke, if any.

    A promise is broken once marked so, or from the day after its date while it
    is still open. A step done on or after that day has answered it.
    """
    last_step = max((event.on for event in history.steps), default=None)
    days = [day for p in history.promises if (day := p.broken_day(today)) is not None]
    return max((day for day in days if last_step is None or day > last_step), default=None)


def next_step(ladder: Ladder, history: LadderHistory, calendar: WorkCalendar, today: date) -> NextStep:
    """What to do next for one invoice, and from which day.

    The next step is always the first one not done or skipped: steps are never
    jumped over silently. It waits while a promise is open (until its date),
    while a payment plan runs (until an instalment is missed) and while the invoice is on hold or disputed.
    A broken promise brings the next step forward to the day it broke (the day
    after the promised date, or the day the user marked it broken); otherwise a step falls due its delay after the due date or
    after the latest step, counted in working days where the step says so.
    """
    if history.closed or history.open_cents <= 0:
        return Finished(Done.SETTLED)
    handled = {event.key for event in history.steps}
    index = next((i for i, step in enumerate(ladder.steps) if step.key not in handled), None)
    if history.hold is not None:
        reason = Pause.DISPUTE if history.hold == HoldKind.DISPUTE else Pause.HOLD
        return Paused(reason, history.hold_until, index)
    if history.payment_plan:
        return Paused(Pause.PAYMENT_PLAN, None, index)
    # A plan with a missed instalment no longer holds the ladder back, whatever is still to come in it.
    failed_plans = {p.plan_id for p in history.promises if p.plan_id is not None and p.broken_day(today)}
    pending = [p for p in history.promises if p.status == PromiseStatus.OPEN and p.promised_date >= today
               and (p.plan_id is None or p.plan_id not in failed_plans)]
    if pending:
        last = max(p.promised_date for p in pending)
        plan = any(p.plan_id is not None for p in pending)
        return Paused(Pause.PAYMENT_PLAN if plan else Pause.PROMISE, last, index)
    if index is None:
        return Finished(Done.LADDER_END)
    step = ladder.steps[index]
    broken = broken_promise(history, today)
    if broken is not None:
        return Proposal(index, step, broken, Why.BROKEN_PROMISE)
    last_step = max((event.on for event in history.steps), default=None)
    base = history.due_date if step.delay_from == DelayFrom.DUE_DATE or last_step is None else last_step
    due_on = calendar.add(base, step.delay_days, working=step.working_days)
    if last_step is not None and due_on < last_step:
        due_on = last_step  # a step counted from the due date never comes before one already done
    return Proposal(index, step, due_on)


# -- checking and storing a ladder ---------------------------------------------------

@dataclass(frozen=True)
class LadderProblem:
    code: str  # no_steps, too_many_steps, bad_key, duplicate_key, bad_delay, no_name
    step: int | None = None  # index of the step concerned
    args: dict[str, Any] = field(default_factory=dict)


def ladder_problems(ladder: Ladder) -> list[LadderProblem]:
    problems: list[LadderProblem] = []
    if not ladder.steps:
        problems.append(LadderProblem("no_steps"))
    if len(ladder.steps) > MAX_STEPS:
        problems.append(LadderProblem("too_many_steps", None, {"max": MAX_STEPS}))
    seen: set[str] = set()
    for i, step in enumerate(ladder.steps):
        if not _KEY.match(step.key):
            problems.append(LadderProblem("bad_key", i))
        elif step.key in seen:
            problems.append(LadderProblem("duplicate_key", i))
        seen.add(step.key)
        if not 0 <= step.delay_days <= MAX_DELAY_DAYS:
            problems.append(LadderProblem("bad_delay", i, {"max": MAX_DELAY_DAYS}))
        if step.key not in DEFAULT_KEYS and not step.name.strip():
            problems.append(LadderProblem("no_name", i))
    return problems


def new_step_key(ladder: Ladder) -> str:
    """A key for a step the user adds, unused in this ladder."""
    taken = {step.key for step in ladder.steps}
    n = 1
    while f"custom_{n}" in taken:
        n += 1
    return f"custom_{n}"


def ladder_to_json(ladder: Ladder) -> str:
    steps = [{k: (v.value if isinstance(v, enum.Enum) else v) for k, v in asdict(step).items()}
             for step in ladder.steps]
    return json.dumps({"version": 1, "steps": steps}, ensure_ascii=False, sort_keys=True)


def ladder_from_json(text: str) -> Ladder:
    """A stored ladder; ValueError when the text is not one (never a half-read ladder)."""
    try:
        data = json.loads(text)
        steps = tuple(
            LadderStep(key=str(s["key"]), channel=Channel(s["channel"]), delay_days=int(s["delay_days"]),
                       delay_from=DelayFrom(s.get("delay_from", DelayFrom.PREVIOUS_STEP)),
                       working_days=bool(s.get("working_days", False)), template=str(s.get("template", "")),
                       recipient=Recipient(s.get("recipient", Recipient.CONTACT)),
                       stops_work=bool(s.get("stops_work", False)), name=str(s.get("name", "")))
            for s in data["steps"])
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"not a stored ladder: {error}") from error
    ladder = Ladder(steps)
    if ladder_problems(ladder):
        raise ValueError(f"stored ladder is not valid: {ladder_problems(ladder)}")
    return ladder
