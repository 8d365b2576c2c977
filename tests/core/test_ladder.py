"""The next-step rule, by example and by property (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtordesk.core.ladder import (
    DEFAULT_LADDER,
    Channel,
    DelayFrom,
    Done,
    Finished,
    Ladder,
    LadderHistory,
    LadderStep,
    Pause,
    Paused,
    PromiseEvent,
    Proposal,
    StepEvent,
    Why,
    broken_promise,
    ladder_from_json,
    ladder_problems,
    ladder_to_json,
    new_step_key,
    next_step,
)
from debtordesk.core.model import HoldKind, PromiseStatus
from debtordesk.core.working_days import WorkCalendar, calendar_for

NL = calendar_for("NL")
BE = calendar_for("BE")
TODAY = date(2026, 11, 23)  # a Monday
DUE = date(2026, 10, 31)


def history(**changes: object) -> LadderHistory:
    return replace(LadderHistory(due_date=DUE, open_cents=120_000), **changes)


# -- working days -------------------------------------------------------------------

def test_working_days_skip_weekends_and_each_countrys_holidays() -> None:
    # Koningsdag 2027 falls on Tuesday 27 April; Belgium works that day.
    monday = date(2027, 4, 26)
    assert NL.add(monday, 1, working=True) == date(2027, 4, 28)
    assert BE.add(monday, 1, working=True) == date(2027, 4, 27)
    # 21 July is the Belgian national day (a Wednesday in 2027).
    assert BE.add(date(2027, 7, 20), 1, working=True) == date(2027, 7, 22)
    assert NL.add(date(2027, 7, 20), 1, working=True) == date(2027, 7, 21)
    # Friday + 1 working day is Monday; Christmas and Boxing Day are off in both.
    assert NL.add(date(2026, 11, 20), 1, working=True) == date(2026, 11, 23)
    assert BE.add(date(2026, 12, 24), 1, working=True) == date(2026, 12, 28)
    assert NL.add(date(2026, 11, 22), 0, working=True) == date(2026, 11, 22)
    assert NL.add(date(2026, 11, 20), 3, working=False) == date(2026, 11, 23)


@pytest.mark.parametrize("country", ["NL", "BE"])
def test_the_stored_holiday_tables_equal_the_holidays_package(country: str) -> None:
    """After upgrading ``holidays``, rewrite them: uv run python -m debtordesk.core.working_days"""
    from debtordesk.core.working_days import TABLE_YEARS, _table, package_holidays

    assert _table(country) == package_holidays(country, TABLE_YEARS)


def test_years_beyond_the_table_ask_the_package() -> None:
    calendar = WorkCalendar("NL")
    assert not calendar.is_working_day(date(2045, 4, 27))  # Koningsdag, a Thursday
    assert calendar.holiday_name(date(2045, 12, 25)) == "Christmas Day"


def test_a_country_without_a_holiday_table_counts_weekdays() -> None:
    assert WorkCalendar("DE").add(date(2026, 12, 24), 1, working=True) == date(2026, 12, 25)


def test_negative_delays_are_refused() -> None:
    with pytest.raises(ValueError):
        NL.add(TODAY, -1, working=False)


# -- examples of the default ladder -------------------------------------------------

def test_first_step_is_the_day_after_the_due_date() -> None:
    result = next_step(DEFAULT_LADDER, history(), NL, TODAY)
    assert result == Proposal(0, DEFAULT_LADDER.steps[0], date(2026, 11, 1))


def test_the_call_comes_five_working_days_after_the_reminder() -> None:
    done = (StepEvent("friendly_reminder", date(2026, 11, 20)),)  # a Friday
    result = next_step(DEFAULT_LADDER, history(steps=done), NL, TODAY)
    assert isinstance(result, Proposal)
    assert result.step.channel == Channel.CALL
    assert result.due_on == date(2026, 11, 27)
    assert not result.is_due(TODAY)


def test_a_partial_payment_keeps_the_ladder_where_it_is() -> None:
    done = (StepEvent("friendly_reminder", date(2026, 11, 2)),)
    full = next_step(DEFAULT_LADDER, history(steps=done), NL, TODAY)
    part = next_step(DEFAULT_LADDER, history(steps=done, open_cents=100), NL, TODAY)
    assert full == part


def test_open_promise_pauses_until_its_date_then_a_broken_one_moves_on() -> None:
    done = (StepEvent("friendly_reminder", date(2026, 11, 2)), StepEvent("phone_call", date(2026, 11, 9)))
    promise = PromiseEvent(date(2026, 11, 25))
    paused = next_step(DEFAULT_LADDER, history(steps=done, promises=(promise,)), NL, TODAY)
    assert paused == Paused(Pause.PROMISE, date(2026, 11, 25), 2)
    on_the_day = next_step(DEFAULT_LADDER, history(steps=done, promises=(promise,)), NL, date(2026, 11, 25))
    assert isinstance(on_the_day, Paused)
    after = next_step(DEFAULT_LADDER, history(steps=done, promises=(promise,)), NL, date(2026, 11, 26))
    assert after == Proposal(2, DEFAULT_LADDER.steps[2], date(2026, 11, 26), Why.BROKEN_PROMISE)


def test_a_broken_promise_answered_by_a_step_no_longer_hurries_the_next() -> None:
    done = (StepEvent("friendly_reminder", date(2026, 11, 2)), StepEvent("phone_call", date(2026, 11, 9)),
            StepEvent("payment_reminder", date(2026, 11, 12)))
    promise = PromiseEvent(date(2026, 11, 11), PromiseStatus.BROKEN)
    result = next_step(DEFAULT_LADDER, history(steps=done, promises=(promise,)), NL, TODAY)
    assert result == Proposal(3, DEFAULT_LADDER.steps[3], date(2026, 11, 19))


def test_a_promise_marked_broken_before_its_date_moves_the_ladder_on_that_day() -> None:
    done = (StepEvent("friendly_reminder", date(2026, 11, 2)), StepEvent("phone_call", date(2026, 11, 9)))
    promise = PromiseEvent(date(2026, 11, 30), PromiseStatus.BROKEN, broken_on=date(2026, 11, 20))
    result = next_step(DEFAULT_LADDER, history(steps=done, promises=(promise,)), NL, TODAY)
    assert result == Proposal(2, DEFAULT_LADDER.steps[2], date(2026, 11, 20), Why.BROKEN_PROMISE)


def test_holds_disputes_and_plans_pause() -> None:
    assert next_step(DEFAULT_LADDER, history(hold=HoldKind.DISPUTE, hold_until=date(2026, 12, 1)), NL,
                     TODAY) == Paused(Pause.DISPUTE, date(2026, 12, 1), 0)
    assert next_step(DEFAULT_LADDER, history(hold=HoldKind.HOLD), NL, TODAY) == Paused(Pause.HOLD, None, 0)
    assert next_step(DEFAULT_LADDER, history(payment_plan=True), NL, TODAY) == Paused(Pause.PAYMENT_PLAN, None, 0)


def test_settled_and_finished() -> None:
    assert next_step(DEFAULT_LADDER, history(open_cents=0), NL, TODAY) == Finished(Done.SETTLED)
    assert next_step(DEFAULT_LADDER, history(closed=True), NL, TODAY) == Finished(Done.SETTLED)
    every = tuple(StepEvent(s.key, DUE + timedelta(days=i + 1)) for i, s in enumerate(DEFAULT_LADDER.steps))
    assert next_step(DEFAULT_LADDER, history(steps=every), NL, TODAY) == Finished(Done.LADDER_END)


def test_a_skipped_step_counts_as_handled() -> None:
    done = (StepEvent("friendly_reminder", date(2026, 11, 2)),
            StepEvent("phone_call", date(2026, 11, 3), skipped=True, reason="no phone number"))
    result = next_step(DEFAULT_LADDER, history(steps=done), NL, TODAY)
    assert isinstance(result, Proposal) and result.step.key == "payment_reminder"
    assert result.due_on == date(2026, 11, 3)


# -- properties ---------------------------------------------------------------------

steps = st.builds(
    LadderStep,
    key=st.sampled_from([f"s{i}" for i in range(8)]),
    channel=st.sampled_from(list(Channel)),
    delay_days=st.integers(0, 30),
    delay_from=st.sampled_from(list(DelayFrom)),
    working_days=st.booleans(),
)
ladders = st.lists(steps, min_size=1, max_size=7, unique_by=lambda s: s.key).map(lambda s: Ladder(tuple(s)))
days = st.dates(date(2026, 1, 1), date(2027, 12, 31))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Ladder, LadderHistory, date]:
    ladder = draw(ladders)
    due = draw(days)
    keys = [s.key for s in ladder.steps]
    done_keys = draw(st.lists(st.sampled_from(keys + ["gone"]), unique=True, max_size=len(keys) + 1))
    done_days = sorted(draw(st.lists(st.dates(due, due + timedelta(days=200)), min_size=len(done_keys),
                                     max_size=len(done_keys))))
    events = tuple(StepEvent(k, d, skipped=draw(st.booleans()), reason="because")
                   for k, d in zip(done_keys, done_days, strict=True))
    today = draw(st.dates(due - timedelta(days=30), due + timedelta(days=400)))
    promises = tuple(draw(st.lists(st.builds(
        PromiseEvent,
        st.dates(due, due + timedelta(days=300)) | st.sampled_from([today + timedelta(days=d) for d in (-1, 0, 1)]),
        st.sampled_from(list(PromiseStatus)),
        st.none() | st.dates(due - timedelta(days=30), today)), max_size=3)))  # never marked broken in the future
    hist = LadderHistory(
        due_date=due,
        open_cents=draw(st.integers(-10, 1_000_000)),
        steps=events,
        promises=promises,
        hold=draw(st.none() | st.sampled_from(list(HoldKind))),
        payment_plan=draw(st.booleans().map(lambda b: b and draw(st.booleans()))),
        closed=draw(st.booleans().map(lambda b: b and draw(st.booleans()))),
    )
    return ladder, hist, today


calendars = st.sampled_from([NL, BE])


@settings(max_examples=400, deadline=None)
@given(cases(), calendars)
def test_never_skips_a_step_without_a_reason(case: tuple[Ladder, LadderHistory, date], calendar: WorkCalendar) -> None:
    ladder, hist, today = case
    result = next_step(ladder, hist, calendar, today)
    handled = {e.key: e for e in hist.steps}
    index = result.index if isinstance(result, (Proposal, Paused)) else None
    if isinstance(result, Finished) and result.reason == Done.LADDER_END:
        index = len(ladder.steps)
    if index is not None:
        for step in ladder.steps[:index]:
            event = handled.get(step.key)
            assert event is not None, f"{step.key} was jumped over"
            assert not event.skipped or event.reason
        if index < len(ladder.steps):
            assert ladder.steps[index].key not in handled


@settings(max_examples=400, deadline=None)
@given(cases(), calendars)
def test_never_proposes_a_step_before_its_date(case: tuple[Ladder, LadderHistory, date], calendar: WorkCalendar) -> None:
    ladder, hist, today = case
    result = next_step(ladder, hist, calendar, today)
    if not isinstance(result, Proposal):
        return
    last = max((e.on for e in hist.steps), default=None)
    if last is not None:
        assert result.due_on >= last
    if result.why == Why.BROKEN_PROMISE:
        broken = broken_promise(hist, today)
        assert broken is not None and result.due_on == broken
        assert last is None or result.due_on > last
    else:
        step = result.step
        base = hist.due_date if step.delay_from == DelayFrom.DUE_DATE or last is None else last
        assert result.due_on >= calendar.add(base, step.delay_days, working=step.working_days)
        if step.working_days and step.delay_days and result.due_on != last:
            assert calendar.is_working_day(result.due_on)


@settings(max_examples=400, deadline=None)
@given(cases(), calendars)
def test_always_pauses_for_open_promises_and_holds(case: tuple[Ladder, LadderHistory, date],
                                                    calendar: WorkCalendar) -> None:
    ladder, hist, today = case
    result = next_step(ladder, hist, calendar, today)
    if hist.closed or hist.open_cents <= 0:
        assert result == Finished(Done.SETTLED)
        return
    pending = [p for p in hist.promises if p.status == PromiseStatus.OPEN and p.promised_date >= today]
    if hist.hold is not None:
        assert isinstance(result, Paused) and result.reason in (Pause.HOLD, Pause.DISPUTE)
    elif hist.payment_plan:
        assert isinstance(result, Paused) and result.reason == Pause.PAYMENT_PLAN
    elif pending:
        assert result == Paused(Pause.PROMISE, max(p.promised_date for p in pending), result.index)
    else:
        assert not isinstance(result, Paused)


@settings(max_examples=400, deadline=None)
@given(cases(), calendars)
def test_always_continues_after_a_broken_promise(case: tuple[Ladder, LadderHistory, date],
                                                 calendar: WorkCalendar) -> None:
    ladder, hist, today = case
    hist = replace(hist, hold=None, payment_plan=False, closed=False, open_cents=max(hist.open_cents, 1),
                   promises=tuple(p for p in hist.promises if not (p.status == PromiseStatus.OPEN
                                                                   and p.promised_date >= today)))
    result = next_step(ladder, hist, calendar, today)
    broken = broken_promise(hist, today)
    handled = {e.key for e in hist.steps}
    if broken is not None and any(s.key not in handled for s in ladder.steps):
        assert isinstance(result, Proposal)
        assert result.why == Why.BROKEN_PROMISE and result.due_on == broken
        if any(p.broken_on is not None or p.promised_date < today for p in hist.promises
               if p.broken_day(today) == broken):
            assert result.is_due(today)  # once broken, the next step is due at once


@settings(max_examples=200, deadline=None)
@given(cases(), calendars, st.integers(1, 1_000_000))
def test_partial_payments_never_move_the_ladder(case: tuple[Ladder, LadderHistory, date], calendar: WorkCalendar,
                                                 other_open: int) -> None:
    ladder, hist, today = case
    hist = replace(hist, open_cents=max(hist.open_cents, 1))
    assert next_step(ladder, hist, calendar, today) == next_step(ladder, replace(hist, open_cents=other_open),
                                                                 calendar, today)


# -- storing and checking a ladder ---------------------------------------------------

@settings(max_examples=100)
@given(ladders)
def test_a_ladder_survives_storing(ladder: Ladder) -> None:
    named = Ladder(tuple(replace(s, name=f"Step {s.key}") for s in ladder.steps))
    assert ladder_from_json(ladder_to_json(named)) == named


def test_the_default_ladder_is_valid_and_round_trips() -> None:
    assert ladder_problems(DEFAULT_LADDER) == []
    assert ladder_from_json(ladder_to_json(DEFAULT_LADDER)) == DEFAULT_LADDER
    assert [s.key for s in DEFAULT_LADDER.steps] == [
        "friendly_reminder", "phone_call", "payment_reminder", "last_reminder", "stop_work",
        "notice_of_default", "hand_over"]


def test_ladder_problems_name_the_step() -> None:
    bad = Ladder((LadderStep("friendly_reminder", Channel.EMAIL, 1),
                  LadderStep("friendly_reminder", Channel.EMAIL, 2),
                  LadderStep("custom_1", Channel.CALL, 400),
                  LadderStep("Bad Key", Channel.CALL, 1, name="x")))
    codes = [(p.code, p.step) for p in ladder_problems(bad)]
    assert codes == [("duplicate_key", 1), ("bad_delay", 2), ("no_name", 2), ("bad_key", 3)]
    assert [p.code for p in ladder_problems(Ladder(()))] == ["no_steps"]
    assert new_step_key(Ladder((LadderStep("custom_1", Channel.CALL, 1, name="x"),))) == "custom_2"


@pytest.mark.parametrize("text", ["", "{}", '{"steps": [{"key": "x"}]}', '{"steps": [1]}', "[1]",
                                  '{"steps": []}'])
def test_damaged_stored_ladders_are_refused_whole(text: str) -> None:
    with pytest.raises(ValueError):
        ladder_from_json(text)
