"""The compose window on a real data file: what goes out is in the dossier, what does not waits in the Outbox."""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from compose_support import FRIENDLY, LAST_REMINDER, SETTINGS, Desk, MemoryKeeper, ScriptedMailer, SmtpMailer, open_desk
from compose_support import desk, keeper  # noqa: F401 - fixtures
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from debtordesk.core.dossier import RecordKind
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Contact, ContactRole
from debtordesk.core.outgoing import MailSettings, Security, SendError, Where
from debtordesk.core.ports import FileProblem
from debtordesk.ui import msgbox
from debtordesk.ui.compose_fields import format_address, split_addresses
from debtordesk.ui.compose_window import ComposeWindow



@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every msgbox.ask as (title, text); the answer is the list's ``answer`` attribute (default yes)."""
    asked = _Questions()
    monkeypatch.setattr(msgbox, "ask", asked.ask)
    return asked


class _Questions(list):  # type: ignore[type-arg]
    answer = True

    def ask(self, parent, title: str, text: str, yes_text: str = "") -> bool:  # type: ignore[no-untyped-def]
        self.append((title, text))
        return self.answer


def _window(qtbot, desk: Desk, mailer, keeper: MemoryKeeper, step=FRIENDLY, **kwargs) -> ComposeWindow:  # type: ignore[no-untyped-def]
    draft = desk.follow_up.draft(desk.client_id, [desk.invoice_id], step)
    window = ComposeWindow(desk.follow_up, mailer, keeper, draft, desk.contacts, Formatter("en"), **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def _send(qtbot, window: ComposeWindow, signal: str = "sent") -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(getattr(window, signal), timeout=5000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)


# -- addresses -------------------------------------------------------------------------------

def test_addresses_are_split_on_commas_and_semicolons_but_not_inside_names() -> None:
    assert split_addresses('"Bos, Ingrid" <ingrid@bos.example>; info@bos.example,, ') == (
        "ingrid@bos.example", "info@bos.example")
    assert split_addresses("Ingrid <ingrid@bos.example>, not an address") == ("ingrid@bos.example", "not an address")
    assert split_addresses("") == ()
    assert format_address("Bos, Ingrid", "ingrid@bos.example") == '"Bos, Ingrid" <ingrid@bos.example>'
    assert split_addresses(format_address("Bos, Ingrid", "ingrid@bos.example")) == ("ingrid@bos.example",)


# -- prefilled -------------------------------------------------------------------------------

def test_the_window_shows_the_draft(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    window = _window(qtbot, desk, ScriptedMailer(), keeper, step=LAST_REMINDER)
    draft = window.draft
    assert draft.message.to == ("info@bos.example",) and draft.message.cc == ("ingrid@bos.example",)
    assert window.to_field.edit.text() == "Bakkerij Bos <info@bos.example>"
    assert window.cc_field.edit.text() == "Ingrid Bos <ingrid@bos.example>"
    assert window.subject_edit.text() == draft.message.subject and "2026-001" in draft.message.subject
    # The body as drafted, no-break spaces in "€ 1.210,00" included (toPlainText would lose them).
    assert "€\u00a01.210,00" in draft.message.body and window.message().body == draft.message.body
    assert [(a.filename, checked) for a, checked in window.attachments.all()] == [("2026-001.pdf", True)]
    assert window.message() == draft.message and not window.edited()
    assert "Bakkerij Bos" in window.windowTitle() and draft.message.subject in window.windowTitle()
    assert window.notes_label.isHidden()
    assert window.from_label.text() == "Studio Test <studio@test.example>"


def test_the_drafts_notes_are_shown(qtbot, tmp_path: Path, keeper: MemoryKeeper) -> None:
    phone_only = [Contact(0, "Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, phone="+31 6 12345678")]
    with open_desk(tmp_path / "y.debtordesk", contacts=phone_only) as desk:
        window = _window(qtbot, desk, ScriptedMailer(), keeper)
        assert window.notes_label.isVisible()
        assert window.notes_label.text() == ("Nobody at this client has an email address: add one to the client, "
                                             "or type an address.")
        assert not window.to_field.contacts_button.isEnabled()
    only_contact = [Contact(0, "Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, email="ingrid@bos.example")]
    with open_desk(tmp_path / "z.debtordesk", contacts=only_contact) as desk:
        window = _window(qtbot, desk, ScriptedMailer(), keeper, step=LAST_REMINDER)
        assert window.notes_label.text().startswith("This client has no general email address")
        assert window.message().to == ("ingrid@bos.example",)


def test_the_contacts_button_adds_a_contact_once(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    window = _window(qtbot, desk, ScriptedMailer(), keeper)
    actions = window.cc_field.contacts_button.menu().actions()
    assert [a.text() for a in actions] == ["Ingrid Bos <ingrid@bos.example>", "Bakkerij Bos <info@bos.example>"]
    actions[1].trigger()
    actions[1].trigger()
    assert window.cc_field.edit.text() == "Bakkerij Bos <info@bos.example>"
    actions[0].trigger()
    assert window.message().cc == ("info@bos.example", "ingrid@bos.example")
    assert window.edited()


def test_attachments_can_be_left_out_added_and_removed(qtbot, desk: Desk, keeper: MemoryKeeper,
                                                       tmp_path: Path) -> None:
    window = _window(qtbot, desk, ScriptedMailer(), keeper)
    window.attachments.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert window.message().attachments == ()
    extra = tmp_path / "timesheet.txt"
    extra.write_text("12 hours", encoding="utf-8")
    assert window.attachments.add_file(extra)
    (attached,) = window.message().attachments
    assert (attached.filename, attached.media_type, attached.data) == ("timesheet.txt", "text/plain", b"12 hours")
    window.attachments.list.setCurrentRow(1)
    window.attachments.remove_current()
    assert window.attachments.list.count() == 1


def test_an_unreadable_file_is_explained_not_attached(qtbot, desk: Desk, keeper: MemoryKeeper, boxes,
                                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, desk, ScriptedMailer(), keeper)
    assert not window.attachments.add_file(tmp_path / "gone.pdf")
    assert boxes and boxes[0][0] == "warning" and "gone.pdf could not be read" in boxes[0][2]
    assert window.attachments.list.count() == 1


# -- sending -----------------------------------------------------------------------------------

def test_a_sent_message_is_in_the_dossier_and_the_window_closes(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    window.body_edit.setPlainText(window.body_edit.toPlainText() + "\nP.S. Edited.")
    _send(qtbot, window)
    ((message, password, sent),) = mailer.sent
    assert password == "s3cret" and message.body.endswith("P.S. Edited.")
    (record,) = desk.records(RecordKind.EMAIL_SENT)
    assert record.details["via"] == "smtp" and record.details["step"] == "friendly_reminder"
    assert record.details["to"] == ["ingrid@bos.example"]
    (document,) = record.documents
    assert document.media_type == "message/rfc822"
    assert (document.sha256, document.size) == (hashlib.sha256(sent.eml).hexdigest(), len(sent.eml))
    assert record.details["message_id"] == sent.message_id
    assert not window.isVisible()
    assert desk.follow_up.outbox() == []


def test_the_window_waits_for_the_server(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    mailer = ScriptedMailer()
    mailer.gate = threading.Event()
    window = _window(qtbot, desk, mailer, keeper)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.sending and window.status_label.text() == "Sending…"
    assert not window.form_area.isEnabled() and not window.send_button.isEnabled()
    window.close()  # refused while the server has not answered
    assert window.isVisible()
    with qtbot.waitSignal(window.sent, timeout=5000):
        mailer.gate.set()
    assert not window.isVisible()


def test_a_failed_send_waits_in_the_outbox_and_can_be_retried(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    mailer = ScriptedMailer(SendError("connection_refused", "[Errno 111] Connection refused"))
    window = _window(qtbot, desk, mailer, keeper)
    with qtbot.waitSignal(window.kept_in_outbox, timeout=5000) as kept:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and window.form_area.isEnabled() and not window.sending
    assert window.banner.isVisible()
    text = window.banner.text()
    assert text.startswith("The mail server refused the connection.")
    assert "The server said: [Errno 111] Connection refused" in text and "safe in the Outbox" in text
    (entry,) = desk.follow_up.outbox()
    assert kept.args == [entry.id] and window.outbox_id == entry.id
    assert (entry.failure, entry.attempts, entry.step_key) == ("connection_refused", 1, "friendly_reminder")
    assert entry.message == window.message()
    assert desk.records(RecordKind.EMAIL_SENT) == []
    window.close()  # nothing edited since: closes without asking, the Outbox keeps it
    assert not window.isVisible()


def test_the_failure_stays_in_view_while_the_user_saves_a_copy(
        qtbot, desk: Desk, keeper: MemoryKeeper, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = _window(qtbot, desk, ScriptedMailer(SendError("server_error", "451 try later")), keeper)
    _send(qtbot, window, "kept_in_outbox")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "copy.eml"), ""))
    window.save_as_eml()
    assert (tmp_path / "copy.eml").exists()
    assert window.banner.isVisible() and "451 try later" in window.banner.text()
    window.to_field.edit.clear()
    window.save_as_eml()
    assert window.banner.text() == "Enter at least one address in To."
    window.to_field.edit.setText("ingrid@bos.example")
    window.save_as_eml()
    assert window.banner.isHidden()  # corrected


def test_retrying_in_the_same_window_sends_and_empties_the_outbox(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    mailer = ScriptedMailer(SendError("timeout", "no answer in 30 s"))
    window = _window(qtbot, desk, mailer, keeper)
    _send(qtbot, window, "kept_in_outbox")
    window.subject_edit.setText("Second try")
    _send(qtbot, window)
    assert desk.follow_up.outbox() == []
    (record,) = desk.records(RecordKind.EMAIL_SENT)
    assert record.details["subject"] == "Second try"


def test_a_refused_login_forgets_the_password_so_the_next_try_asks(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    mailer = ScriptedMailer(SendError("login_refused", "535 5.7.8 Authentication failed"))
    window = _window(qtbot, desk, mailer, keeper)
    _send(qtbot, window, "kept_in_outbox")
    assert keeper.get(SETTINGS) is None and keeper.forgotten
    assert "refused the user name or the password" in window.banner.text()
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.password_dialog is not None and window.password_dialog.isVisible()


def test_the_password_is_asked_and_kept_in_the_keyring(qtbot, desk: Desk) -> None:
    keeper = MemoryKeeper()
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    dialog = window.password_dialog
    assert dialog is not None and dialog.isVisible() and mailer.tries == 0
    assert dialog.remember_box.isEnabled() and dialog.remember_box.isChecked() and dialog.no_keyring.isHidden()
    qtbot.keyClicks(dialog.password_edit, "typed-pw")
    with qtbot.waitSignal(window.sent, timeout=5000):
        dialog.accept()
    assert mailer.sent[0][1] == "typed-pw"
    assert keeper.keyring == {"studio@smtp.studio.example:587": "typed-pw"}


def test_without_a_secure_keyring_the_password_is_kept_for_this_session_only(qtbot, desk: Desk) -> None:
    keeper = MemoryKeeper(secure=False)
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    dialog = window.password_dialog
    assert dialog is not None
    assert not dialog.remember_box.isEnabled() and not dialog.remember()
    assert dialog.no_keyring.isVisible()
    assert dialog.no_keyring.text() == ("This computer has no secure keyring, so DebtorDesk will ask for the "
                                        "password each session instead of storing it.")
    qtbot.keyClicks(dialog.password_edit, "typed-pw")
    with qtbot.waitSignal(window.sent, timeout=5000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert keeper.keyring == {} and keeper.session == {"studio@smtp.studio.example:587": "typed-pw"}


def test_a_keyring_that_refuses_the_password_is_mentioned(qtbot, desk: Desk) -> None:
    class LockedKeyring(MemoryKeeper):
        def set(self, settings, password, remember=True):  # type: ignore[no-untyped-def]
            self.session[self._key(settings)] = password
            return Where.SESSION

    window = _window(qtbot, desk, ScriptedMailer(SendError("timeout")), LockedKeyring())
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    dialog = window.password_dialog
    assert dialog is not None and dialog.remember()
    qtbot.keyClicks(dialog.password_edit, "typed-pw")
    with qtbot.waitSignal(window.kept_in_outbox, timeout=5000):
        dialog.accept()
    assert window.status_label.text().startswith("The keyring did not take the password")


def test_cancelling_the_password_sends_nothing(qtbot, desk: Desk) -> None:
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, MemoryKeeper())
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    dialog = window.password_dialog
    assert dialog is not None
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no empty password
    dialog.reject()
    assert mailer.tries == 0 and window.password_dialog is None and window.isVisible()
    assert desk.records(RecordKind.EMAIL_SENT) == [] and desk.follow_up.outbox() == []


def test_without_a_mail_server_the_message_can_wait_in_the_outbox(qtbot, tmp_path: Path, keeper: MemoryKeeper,
                                                                   questions) -> None:  # type: ignore[no-untyped-def]
    with open_desk(tmp_path / "x.debtordesk", configured=False) as desk:
        mailer = ScriptedMailer()
        window = _window(qtbot, desk, mailer, keeper)
        assert window.message().sender_address == "studio@test.example"  # from the profile
        questions.answer = False
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        assert window.banner.text().startswith("No mail server is set up yet.")
        assert window.isVisible() and desk.follow_up.outbox() == []
        questions.answer = True
        _send(qtbot, window, "kept_in_outbox")
        (entry,) = desk.follow_up.outbox()
        assert entry.failure == "not_configured" and mailer.tries == 0
        assert not window.isVisible()


def test_an_unexpected_error_is_a_bug_for_the_crash_handler_and_nothing_is_recorded(
        qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    mailer = ScriptedMailer(RuntimeError("bug in the mailer"))
    window = _window(qtbot, desk, mailer, keeper)
    with qtbot.captureExceptions() as exceptions:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.sending, timeout=5000)
    assert [str(e[1]) for e in exceptions] == ["bug in the mailer"]
    assert window.isVisible() and window.send_button.isEnabled()
    assert desk.records(RecordKind.EMAIL_SENT) == [] and desk.follow_up.outbox() == []


def test_sent_but_not_written_to_the_dossier_is_said_and_cannot_be_sent_twice(
        qtbot, desk: Desk, keeper: MemoryKeeper, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    class DiskFull(FileProblem):
        code = "disk_full"

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFull(tmp_path / "x.debtordesk")

    monkeypatch.setattr(desk.follow_up, "email_sent", full)
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    with qtbot.assertNotEmitted(window.sent):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert "The message was sent, but DebtorDesk could not write it to the dossier" in window.banner.text()
    assert "The disk is full" in window.banner.text()
    assert not window.send_button.isEnabled() and not window.mail_program_button.isEnabled()
    assert window.save_button.isEnabled()
    saved = tmp_path / "copy.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    window.save_as_eml()
    assert saved.read_bytes().startswith(b"From: Studio Test") and b"<test-1@test.example>" in saved.read_bytes()


def test_addresses_the_server_refused_are_named(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    class PartlyRefused(ScriptedMailer):
        def send(self, message, settings, password):  # type: ignore[no-untyped-def]
            sent = super().send(message, settings, password)
            return replace(sent, refused=("ingrid@bos.example",))

    window = _window(qtbot, desk, PartlyRefused(), keeper)
    _send(qtbot, window)
    assert window.isVisible() and "refused these addresses: ingrid@bos.example" in window.banner.text()
    assert window.cancel_button.text() == "Close" and not window.send_button.isEnabled()
    assert len(desk.records(RecordKind.EMAIL_SENT)) == 1
    window.close()
    assert not window.isVisible()


# -- problems ----------------------------------------------------------------------------------

def test_a_message_without_recipient_is_not_sent(qtbot, desk: Desk, keeper: MemoryKeeper, questions) -> None:  # type: ignore[no-untyped-def]
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    window.to_field.edit.clear()
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.banner.text() == "Enter at least one address in To."
    qtbot.mouseClick(window.mail_program_button, Qt.MouseButton.LeftButton)
    assert mailer.tries == 0 and questions == []
    assert desk.records(RecordKind.EMAIL_SENT) == [] and desk.follow_up.outbox() == []
    assert window.isVisible()


def test_a_line_break_in_the_subject_and_a_bad_address_are_named(qtbot, desk: Desk, keeper: MemoryKeeper) -> None:
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    window.subject_edit.setText("Reminder\r\nBcc: everyone@example.com")
    window.cc_field.edit.setText("ingrid at bos")
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.banner.text().splitlines() == [
        "There is a line break or another invisible character in Subject: keep it on one line.",
        "“ingrid at bos” is not an email address: look for a typing error (name@example.com).",
    ]
    assert mailer.tries == 0 and desk.records(RecordKind.EMAIL_SENT) == []


# -- the mail program and .eml files ----------------------------------------------------------

class _MailtoHandler(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def mail_program() -> Iterator[_MailtoHandler]:
    """Catches mailto: URLs instead of starting the system's mail program."""
    handler = _MailtoHandler()
    QDesktopServices.setUrlHandler("mailto", handler, "handle")
    yield handler
    QDesktopServices.unsetUrlHandler("mailto")


def test_sent_from_the_mail_program_is_recorded_once_the_user_says_so(
        qtbot, desk: Desk, keeper: MemoryKeeper, questions, mail_program: _MailtoHandler) -> None:  # type: ignore[no-untyped-def]
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    questions.answer = False
    qtbot.mouseClick(window.mail_program_button, Qt.MouseButton.LeftButton)
    assert mail_program.urls == [mailer.mailto_url(window.message())]
    ((_title, text),) = questions
    assert "attach 2026-001.pdf yourself" in text and text.endswith("Did you send the message from your mail program?")
    assert desk.records(RecordKind.EMAIL_SENT) == [] and window.isVisible()
    questions.answer = True
    with qtbot.waitSignal(window.sent):
        qtbot.mouseClick(window.mail_program_button, Qt.MouseButton.LeftButton)
    (record,) = desk.records(RecordKind.EMAIL_SENT)
    assert record.details["via"] == "mail_program" and record.documents[0].media_type == "message/rfc822"
    assert mailer.tries == 0 and not window.isVisible()


def test_save_as_eml_writes_the_message_and_records_nothing(qtbot, desk: Desk, keeper: MemoryKeeper,
                                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    mailer = ScriptedMailer()
    window = _window(qtbot, desk, mailer, keeper)
    before = desk.records()
    asked: list[str] = []

    def choose(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "reminder"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith(".eml")
    written = (tmp_path / "reminder.eml").read_bytes()
    (exported,) = mailer.exported
    assert written == exported.eml and b"2026-001.pdf" in written
    assert desk.records() == before and desk.follow_up.outbox() == [] and mailer.tries == 0
    assert window.isVisible() and window.status_label.text() == "Saved as reminder.eml."


def test_cancel_asks_before_losing_edits(qtbot, desk: Desk, keeper: MemoryKeeper, questions) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, desk, ScriptedMailer(), keeper)
    window.body_edit.setPlainText("Something else")
    questions.answer = False
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and questions[0][1] == "Discard this message? It has not been sent."
    questions.answer = True
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    unedited = _window(qtbot, desk, ScriptedMailer(), keeper)
    qtbot.mouseClick(unedited.cancel_button, Qt.MouseButton.LeftButton)
    assert not unedited.isVisible() and len(questions) == 2


# -- for real: the window, an SMTP server, the dossier --------------------------------------------

class _Sink:
    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_bytes_the_server_received_are_the_bytes_in_the_dossier(qtbot, tmp_path: Path) -> None:
    sink = _Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        with open_desk(tmp_path / "x.debtordesk", configured=False) as desk:
            desk.follow_up.save_mail_settings(MailSettings(
                host="127.0.0.1", port=controller.port, security=Security.NONE, sender_name="Studio Test",
                sender_address="studio@test.example", bcc_self=True))
            window = _window(qtbot, desk, SmtpMailer(), MemoryKeeper())
            assert window.message().bcc == ("studio@test.example",)
            _send(qtbot, window)
            ((sender, recipients, data),) = sink.received
            assert sender == "studio@test.example"
            assert recipients == ["ingrid@bos.example", "studio@test.example"]
            assert b"Bcc" not in data  # in the envelope only
            (record,) = desk.records(RecordKind.EMAIL_SENT)
            (document,) = record.documents
            assert (document.sha256, document.size) == (hashlib.sha256(data).hexdigest(), len(data))
            assert record.details["recipients"] == recipients and record.details["via"] == "smtp"
    finally:
        controller.stop()


def test_a_server_that_is_not_there_leaves_the_message_in_the_outbox(qtbot, tmp_path: Path) -> None:
    with open_desk(tmp_path / "x.debtordesk", configured=False) as desk:
        desk.follow_up.save_mail_settings(MailSettings(
            host="127.0.0.1", port=_free_port(), security=Security.NONE, sender_address="studio@test.example"))
        window = _window(qtbot, desk, SmtpMailer(), MemoryKeeper())
        _send(qtbot, window, "kept_in_outbox")
        assert window.banner.text().startswith("The mail server refused the connection.")
        assert [e.failure for e in desk.follow_up.outbox()] == ["connection_refused"]
        assert desk.records(RecordKind.EMAIL_SENT) == []

