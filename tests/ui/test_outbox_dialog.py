"""The Outbox on a real data file: why each message waits, retried from a compose window, or discarded."""

from __future__ import annotations

import pytest
from compose_support import FRIENDLY, Desk, MemoryKeeper, ScriptedMailer
from compose_support import desk, keeper  # noqa: F401 - fixtures
from PySide6.QtCore import Qt

from debtordesk.core.dossier import RecordKind
from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import DEFAULT_LADDER, Ladder
from debtordesk.core.outgoing import SendError
from debtordesk.ui import msgbox
from debtordesk.ui.compose_window import ComposeWindow
from debtordesk.ui.outbox_dialog import OutboxDialog, OutboxModel



def _dialog(qtbot, desk: Desk, mailer: ScriptedMailer, keeper: MemoryKeeper) -> OutboxDialog:  # type: ignore[no-untyped-def]
    dialog = OutboxDialog(desk.follow_up, mailer, keeper, Formatter("en"), {desk.client_id: "Bakkerij Bos"})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _failed_once(qtbot, desk: Desk, keeper: MemoryKeeper) -> int:  # type: ignore[no-untyped-def]
    """Send from a compose window to a server that refuses the connection; the window is closed after."""
    draft = desk.follow_up.draft(desk.client_id, [desk.invoice_id], FRIENDLY)
    mailer = ScriptedMailer(SendError("connection_refused", "[Errno 111] Connection refused"))
    window = ComposeWindow(desk.follow_up, mailer, keeper, draft, desk.contacts, Formatter("en"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.kept_in_outbox, timeout=5000) as kept:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    window.close()
    return kept.args[0]


def test_the_outbox_says_what_waits_and_why(qtbot, qtmodeltester, desk: Desk, keeper: MemoryKeeper) -> None:
    _failed_once(qtbot, desk, keeper)
    dialog = _dialog(qtbot, desk, ScriptedMailer(), keeper)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    (entry,) = desk.follow_up.outbox()
    assert row == [Formatter("en").short_timestamp(entry.created_at), "Bakkerij Bos", entry.message.subject,
                   "ingrid@bos.example", "Server refused the connection", "1"]
    assert model.headerData(OutboxModel.WHY, Qt.Orientation.Horizontal) == "Why it was not sent"
    assert dialog.current() is not None and dialog.open_button.isEnabled()
    assert dialog.why.text().startswith("The mail server refused the connection.")
    assert dialog.why.text().endswith("The server said: [Errno 111] Connection refused")


def test_an_empty_outbox_says_so(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    dialog = _dialog(qtbot, desk, ScriptedMailer(), keeper)
    assert dialog.model.rowCount() == 0 and dialog.why.text() == "The Outbox is empty."
    assert not dialog.open_button.isEnabled() and not dialog.discard_button.isEnabled()


def test_a_retry_from_the_outbox_sends_and_the_entry_is_gone(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    outbox_id = _failed_once(qtbot, desk, keeper)
    mailer = ScriptedMailer()
    dialog = _dialog(qtbot, desk, mailer, keeper)
    window = dialog.open_current()
    assert window is not None and window.isVisible() and window.outbox_id == outbox_id
    assert window.draft.step == FRIENDLY
    assert dialog.open_current() is window  # one window per message: no double sending
    assert window.to_field.edit.text() == "Ingrid Bos <ingrid@bos.example>"
    with qtbot.waitSignal(window.sent, timeout=5000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert desk.follow_up.outbox() == [] and dialog.model.rowCount() == 0
    assert dialog.windows == {}
    (record,) = desk.records(RecordKind.EMAIL_SENT)
    assert record.details["step"] == "friendly_reminder"
    assert record.details["message_id"] == mailer.sent[0][2].message_id


def test_a_second_failure_counts_as_another_attempt(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    _failed_once(qtbot, desk, keeper)
    dialog = _dialog(qtbot, desk, ScriptedMailer(SendError("timeout")), keeper)
    window = dialog.open_current()
    assert window is not None
    with qtbot.waitSignal(window.kept_in_outbox, timeout=5000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    (entry,) = desk.follow_up.outbox()
    assert (entry.failure, entry.attempts) == ("timeout", 2)
    model = dialog.model
    assert model.data(model.index(0, OutboxModel.ATTEMPTS)) == "2"
    assert model.data(model.index(0, OutboxModel.WHY)) == "Server did not answer"


def test_a_message_whose_step_left_the_ladder_is_sent_as_a_plain_email(qtbot, desk: Desk,
                                                                        keeper: MemoryKeeper) -> None:
    _failed_once(qtbot, desk, keeper)
    desk.follow_up.save_ladder(Ladder(DEFAULT_LADDER.steps[1:]), client_id=desk.client_id)
    dialog = _dialog(qtbot, desk, ScriptedMailer(), keeper)
    window = dialog.open_current()
    assert window is not None and window.draft.step is None
    with qtbot.waitSignal(window.sent, timeout=5000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    (record,) = desk.records(RecordKind.EMAIL_SENT)
    assert "step" not in record.details and record.summary.startswith("Email sent: ")


def test_discarding_asks_first(qtbot, desk: Desk, keeper: MemoryKeeper, monkeypatch: pytest.MonkeyPatch) -> None:
    _failed_once(qtbot, desk, keeper)
    dialog = _dialog(qtbot, desk, ScriptedMailer(), keeper)
    answers = [False, True]
    asked: list[str] = []

    def ask(parent, title, text, yes_text=""):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(msgbox, "ask", ask)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert len(desk.follow_up.outbox()) == 1
    assert asked[0].startswith("Discard “") and asked[0].endswith("to ingrid@bos.example? It was not sent, and it "
                                                                  "will not be.")
    records_before = desk.records()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert desk.follow_up.outbox() == [] and dialog.model.rowCount() == 0
    assert desk.records() == records_before


def test_a_message_open_in_a_window_is_not_discarded(qtbot, desk: Desk, keeper: MemoryKeeper, boxes,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _failed_once(qtbot, desk, keeper)
    dialog = _dialog(qtbot, desk, ScriptedMailer(), keeper)
    monkeypatch.setattr(msgbox, "ask", lambda *args, **kwargs: pytest.fail("asked to discard an open message"))
    window = dialog.open_current()
    assert window is not None
    dialog.discard_current()
    assert boxes == [("information", "Outbox", "This message is open in a window of its own. Close that window "
                                               "first.")]
    assert len(desk.follow_up.outbox()) == 1
    window.close()
    assert dialog.windows == {}
