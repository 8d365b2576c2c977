"""The call-script panel on a real data file: a whole call by keyboard, attempts, refusals, cancelling."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from debtordesk.core.calls import CallService
from debtordesk.core.clock import Clock
from debtordesk.core.dossier import RecordKind
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    Contact,
    ContactRole,
    Country,
    Invoice,
    PromiseStatus,
    TaskKind,
)
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import open_data_file
from debtordesk.ui import msgbox
from debtordesk.ui.call_agreement_section import Choice
from debtordesk.ui.call_panel import CallPanel

#: Monday 23 November 2026, 10:40 in the Netherlands (09:40 UTC): inside a good window.
START = datetime(2026, 11, 23, 9, 40, tzinfo=UTC)
LOCAL = datetime(2026, 11, 23, 10, 40)


class Ticking:
    """A clock that moves on a minute each time it is read: the call lasts a while."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now = self.now.replace(minute=self.now.minute + 1) if self.now.minute < 59 else self.now
        return self.now


def table_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("contact", "invoice", "promise", "task", "dossier_record")}
    finally:
        connection.close()


@dataclass
class Desk:
    calls: CallService
    client_id: int
    first: int
    second: int
    path: Path


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "call.debtordesk"
    with open_data_file(path, create=True) as data:
        service = DebtorService(data.store, Clock(Ticking()))
        service.save_profile(BusinessProfile(
            name="Studio Sanne de Vries", street="Oudegracht 112", postcode="3511 AW", city="Utrecht",
            country=Country.NL, vat_number="NL000099998B57", registration_number="30123456",
            iban="NL91ABNA0417164300", bic="ABNANL2A", email="sanne@studiodevries.nl", phone="+31 30 123 45 67",
            signature="Sanne de Vries"))
        client_id = service.save_client(
            Client(name="Bakkerij De Gouden Korst", street="Voorstraat 12", postcode="3512 AK", city="Utrecht"),
            [Contact(0, "Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, email="ingrid@goudenkorst.nl",
                     phone="+31 30 234 56 78")])
        first = service.save_invoice(Invoice(client_id, "2026-014", date(2026, 9, 20), date(2026, 10, 20),
                                             1000_00, 210_00))
        second = service.save_invoice(Invoice(client_id, "2026-015", date(2026, 10, 1), date(2026, 10, 31),
                                              1024_79, 215_21))
        yield Desk(CallService(FollowUpService(service)), client_id, first, second, path)


class Questions(list):  # type: ignore[type-arg]
    """Every msgbox.ask, by title; ``answer`` is what the user says (default: keep the notes)."""

    answer = False

    def ask(self, parent, title: str, text: str, yes_text: str = "") -> bool:  # type: ignore[no-untyped-def]
        self.append(title)
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(msgbox, "ask", questions.ask)
    return questions


def _panel(qtbot, desk: Desk, composed: list | None = None) -> CallPanel:  # type: ignore[no-untyped-def, type-arg]
    def compose(draft, report):  # type: ignore[no-untyped-def]
        if composed is not None:
            composed.append((draft, report))

    panel = CallPanel(desk.calls, Formatter("en"), desk.client_id, local_now=lambda: LOCAL, open_compose=compose)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)  # window shortcuts (Ctrl+Enter) need the active window, as on a desktop
    return panel


def _next(qtbot, panel: CallPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(panel.focusWidget() or panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_a_whole_call_by_keyboard_stores_everything_and_drafts_the_summary(qtbot, desk: Desk, asked) -> None:  # type: ignore[no-untyped-def]
    composed: list = []  # type: ignore[type-arg]
    panel = _panel(qtbot, desk, composed)
    # Before: a good moment, whom to call, what is open.
    assert panel.index == panel.BEFORE
    assert "good moment" in panel.before.moment.text()
    assert panel.before.phone.text() == "+31 30 234 56 78"
    assert "2,450.00" in panel.before.invoices_title.text()
    assert panel.before.chosen_invoices() == [desk.first, desk.second]
    _next(qtbot, panel)
    assert panel.index == panel.OPENING
    assert "2026-014" in panel.opening.lines.text() and "Ingrid Bos" in panel.opening.lines.text()
    _next(qtbot, panel)
    assert panel.index == panel.AWARENESS
    _next(qtbot, panel)
    assert panel.index == panel.CAUSE
    _next(qtbot, panel)  # no cause chosen: the panel says so and stays
    assert panel.index == panel.CAUSE and panel.problems.isVisible()
    forgotten = next(b for b in panel.cause.group.buttons() if b.property("cause") == "forgotten")
    forgotten.setFocus()
    qtbot.keyClick(forgotten, Qt.Key.Key_Space)
    assert panel.cause.cause() is not None and panel.cause.cause().value == "forgotten"  # type: ignore[union-attr]
    _type(qtbot, panel.cause.notes, "Simply forgotten; the owner was on holiday")
    # Esc goes a step back, and Ctrl+Enter forward again keeps what was typed.
    qtbot.keyClick(panel.cause.notes, Qt.Key.Key_Escape)
    assert panel.index == panel.AWARENESS
    _next(qtbot, panel)
    assert panel.cause.notes.toPlainText() == "Simply forgotten; the owner was on holiday"
    _next(qtbot, panel)
    assert panel.index == panel.AGREEMENT
    first, second = panel.agreement.sections
    first.set_choice(Choice.PAYS)
    first.promise.on.set_day(date(2026, 11, 24))
    second.set_choice(Choice.PAYS)
    second.promise.on.set_day(date(2026, 11, 30))
    _next(qtbot, panel)
    assert panel.index == panel.FOLLOW_UP
    # The working day after the latest promised date.
    assert panel.follow_up.chosen() == date(2026, 12, 1)
    _next(qtbot, panel)
    assert panel.index == panel.SUMMARY
    spoken = panel.summary.lines.text()
    # In the client's language (Dutch), as said on the phone: "morgen", weekday and day.
    assert "U betaalt factuur 2026-014 morgen, en factuur 2026-015 op maandag 30 november." in spoken
    assert "Ik kijk op dinsdag 1 december" in spoken
    _type(qtbot, panel.summary.went_well, "Calm and short")
    with qtbot.waitSignal(panel.saved) as saved:
        _next(qtbot, panel)
    result = saved.args[0]
    assert not panel.isVisible() and asked == []  # saved: closing asked nothing

    with desk.calls.debtors.store.reading() as reader:
        calls = [r for i in (desk.first, desk.second) for r in reader.records(invoice_id=i)
                 if r.kind == RecordKind.CALL]
        promises = sorted(reader.promises(desk.client_id), key=lambda p: p.promised_date)
        tasks = reader.tasks()
    assert len(calls) == 2 and {c.details["call_id"] for c in calls} == {result.call_id}
    call = calls[0]
    assert call.details["cause"] == "forgotten" and call.details["contact"] == "Ingrid Bos"
    assert call.details["notes"] == "Simply forgotten; the owner was on holiday"
    assert call.details["duration_seconds"] > 0 and call.details["evaluation"]["went_well"] == "Calm and short"
    assert call.details["summary"] == spoken
    assert [(p.promised_date, p.amount_cents, p.status) for p in promises] == [
        (date(2026, 11, 24), 1210_00, PromiseStatus.OPEN), (date(2026, 11, 30), 1240_00, PromiseStatus.OPEN)]
    (task,) = tasks
    assert task.due_date == date(2026, 12, 1) and task.kind == TaskKind.CHECK_PAYMENT
    assert "2026-014" in task.note
    (draft, report), = composed
    assert draft.message.to == ("ingrid@goudenkorst.nl",) and draft.step is None
    assert "24 november 2026" in draft.message.body and "30 november 2026" in draft.message.body
    assert "morgen" not in draft.message.body  # the email is read later: full dates
    assert draft.message.subject.startswith("Samenvatting van ons telefoongesprek")
    # The template thanks and introduces; the agreement starts with what was agreed.
    assert "afgesproken:\n\nU betaalt de facturen 2026-014" in draft.message.body or \
        "afgesproken:\n\nU betaalt factuur 2026-014" in draft.message.body
    assert report.invoice_ids == (desk.first, desk.second)


def test_cancelling_half_way_asks_and_stores_nothing(qtbot, desk: Desk, asked) -> None:  # type: ignore[no-untyped-def]
    before = table_counts(desk.path)
    panel = _panel(qtbot, desk)
    _next(qtbot, panel)
    _next(qtbot, panel)
    _next(qtbot, panel)
    _type(qtbot, panel.cause.notes, "They will look into it")
    panel.close()  # "keep the notes": the panel stays
    assert asked == ["Discard this call?"] and panel.isVisible()
    asked.answer = True
    panel.close()
    assert not panel.isVisible()
    assert table_counts(desk.path) == before


def test_no_answer_is_one_action_logging_the_attempt_and_planning_the_next_slot(qtbot, desk: Desk, asked) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, desk)
    with qtbot.waitSignal(panel.attempt_logged) as logged:
        qtbot.mouseClick(panel.attempt_buttons[next(iter(panel.attempt_buttons))], Qt.MouseButton.LeftButton)
    task = logged.args[0].task
    # No answer at 10:40 on a Monday: try again in the afternoon window.
    assert task.due_date == date(2026, 11, 23) and task.due_time == time(13, 30) and task.kind == TaskKind.CALL
    assert "Ingrid Bos" in task.note and asked == []
    with desk.calls.debtors.store.reading() as reader:
        kinds = [r.kind for r in reader.records(invoice_id=desk.first)]
    assert RecordKind.CALL_ATTEMPT in kinds and RecordKind.CALL not in kinds


def test_a_plan_that_does_not_add_up_is_refused_and_shown_where_it_is(qtbot, desk: Desk, asked) -> None:  # type: ignore[no-untyped-def]
    before = table_counts(desk.path)
    panel = _panel(qtbot, desk)
    for _step in range(3):
        _next(qtbot, panel)
    forgotten = next(b for b in panel.cause.group.buttons() if b.property("cause") == "financial_difficulty")
    forgotten.setChecked(True)
    _next(qtbot, panel)
    section = panel.agreement.sections[0]
    section.set_choice(Choice.PLAN)
    section.plan.split()
    _type(qtbot, section.plan.rows[0].amount, "100,00")
    _next(qtbot, panel)
    _next(qtbot, panel)
    panel.save()
    assert panel.index == panel.AGREEMENT and panel.isVisible()
    assert "2026-014" in panel.agreement.errors.text()
    assert table_counts(desk.path) == before
