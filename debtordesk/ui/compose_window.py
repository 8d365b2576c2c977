"""The compose window: a drafted follow-up email, edited, then sent, handed to the mail program or saved.

Sending runs on a worker thread (``ui.tasks``) and its outcome is written on the
main thread through ``FollowUpService``: the dossier gets exactly what went out,
or the Outbox keeps a message that did not. Nothing is recorded as sent unless
the server took the message or the user says their mail program sent it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.drafting import Draft
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Contact
from debtordesk.core.outgoing import (
    MailSettings,
    Mailer,
    OutgoingMessage,
    PasswordKeeper,
    SendError,
    SentMessage,
    Where,
)
from debtordesk.core.ports import FileProblem, NotFound
from debtordesk.ui import msgbox
from debtordesk.ui.compose_fields import AddressField, AttachmentList, format_address, problem_sentence
from debtordesk.ui.password_dialog import PasswordDialog
from debtordesk.ui.problem_text import file_problem_text
from debtordesk.ui.send_failure_text import send_failure_text
from debtordesk.ui.tasks import run_in_thread

#: Windows and some mail programs cut a mailto URL around this length.
LONG_MAILTO = 2000

BANNER_STYLES = {
    "error": "background: #fdecea; color: #5f2120; border: 1px solid #b3261e; border-radius: 4px; padding: 6px;",
    "warning": "background: #fff4e5; color: #663c00; border: 1px solid #b26a00; border-radius: 4px; padding: 6px;",
}


class ComposeWindow(QDialog):
    """One message to one client about some of its invoices, in a window of its own (not modal).

    The owner keeps a reference while the window is open; it is not deleted on close.

    Signals:
        sent: the message went out and is in the dossier of every invoice it concerns.
        kept_in_outbox(int): the message did not go out; it waits in the Outbox under this id.

    Attributes:
        draft: what the window was opened with (client, invoices, ladder step, message).
        outbox_id: the Outbox entry this message is, once it is one (a retry, or after a failure).
        password_dialog: the password question while it is open, else None.
    """

    sent = Signal()
    kept_in_outbox = Signal(int)

    def __init__(self, follow_up: FollowUpService, mailer: Mailer, passwords: PasswordKeeper, draft: Draft,
                 contacts: Sequence[Contact], formatter: Formatter, parent: QWidget | None = None,
                 outbox_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, beside the main window
        self.setModal(False)
        self.setObjectName("composeWindow")
        self.follow_up = follow_up
        self.mailer = mailer
        self.passwords = passwords
        self.draft = draft
        self.formatter = formatter
        self.outbox_id = outbox_id
        self.password_dialog: PasswordDialog | None = None
        self._sending = False
        self._finished = False  # sent or put away: closing asks nothing
        self._unrecorded: SentMessage | None = None  # went out, but the dossier could not take it
        self._showing_problems = False  # the banner lists what to correct before sending
        self._status_note = ""  # shown beside the buttons when not sending
        self._client_name = self._read_client_name()
        self._build(contacts)
        self._fill(draft)
        self._baseline = self.message()
        self.subject_edit.textChanged.connect(self._update_title)
        self._update_title()
        (self.body_edit if self.to_field.addresses() else self.to_field.edit).setFocus()
        self.resize(780, 720)

    # -- building --------------------------------------------------------------------
    def _build(self, contacts: Sequence[Contact]) -> None:
        self.notes_label = QLabel()
        self.notes_label.setObjectName("composeNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(BANNER_STYLES["warning"])
        self.banner = QLabel()
        self.banner.setObjectName("sendBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.form_area = QWidget()
        form = QFormLayout(self.form_area)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        message = self.draft.message
        self.from_label = QLabel(format_address(message.sender_name, message.sender_address)
                                 if message.sender_address else self.tr("(no sender address yet)"))
        self.from_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("From:"), self.from_label)
        self.to_field = AddressField(contacts)
        self.to_field.setObjectName("to")
        form.addRow(self.tr("To:"), self.to_field)
        self.cc_field = AddressField(contacts)
        self.cc_field.setObjectName("cc")
        form.addRow(self.tr("CC:"), self.cc_field)
        self.bcc_field = AddressField(contacts)
        self.bcc_field.setObjectName("bcc")
        form.addRow(self.tr("BCC:"), self.bcc_field)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subject")
        form.addRow(self.tr("Subject:"), self.subject_edit)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        form.addRow(self.body_edit)
        self.attachments = AttachmentList(QLocale(self.formatter.locale))
        form.addRow(self.tr("Attachments:"), self.attachments)

        self.status_label = QLabel()
        self.status_label.setObjectName("composeStatus")
        self.send_button = self._button(self.tr("&Send"), self.send)
        self.mail_program_button = self._button(self.tr("Open in &mail program"), self.open_in_mail_program)
        self.save_button = self._button(self.tr("Save as .&eml…"), self.save_as_eml)
        self.cancel_button = self._button(self.tr("Cancel"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        for button in (self.save_button, self.mail_program_button, self.cancel_button, self.send_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.form_area, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in a field must never send
        button.clicked.connect(slot)
        return button

    def _fill(self, draft: Draft) -> None:
        message = draft.message
        self.to_field.set_addresses(message.to)
        self.cc_field.set_addresses(message.cc)
        self.bcc_field.set_addresses(message.bcc)
        self.subject_edit.setText(message.subject)
        self.body_edit.setPlainText(message.body)
        for attachment in message.attachments:
            self.attachments.add(attachment)
        notes = {
            "no_contact_email": self.tr(
                "Nobody at this client has an email address: add one to the client, or type an address."),
            "no_general_address": self.tr(
                "This client has no general email address, so this reminder goes to the contact. Add the "
                "company's general address to the client if you know it."),
        }
        lines = [notes[code] for code in draft.notes if code in notes]
        self.notes_label.setText("\n".join(lines))
        self.notes_label.setVisible(bool(lines))

    def _read_client_name(self) -> str:
        try:
            with self.follow_up.debtors.store.reading() as reader:
                return reader.client(self.draft.client_id).name
        except (FileProblem, NotFound):
            return ""  # only the title misses it; sending reports a file problem itself

    def _update_title(self) -> None:
        subject = " ".join(self.subject_edit.text().split())
        if self._client_name:
            title = (self.tr("{subject} – email to {client}").format(subject=subject, client=self._client_name)
                     if subject else self.tr("Email to {client}").format(client=self._client_name))
        else:
            title = subject or self.tr("Email")
        self.setWindowTitle(title)

    # -- the message -------------------------------------------------------------------
    def message(self) -> OutgoingMessage:
        """The message as it stands in the window."""
        base = self.draft.message
        return OutgoingMessage(base.sender_name, base.sender_address, self.to_field.addresses(),
                               self.subject_edit.text(), _plain_text(self.body_edit),
                               cc=self.cc_field.addresses(), bcc=self.bcc_field.addresses(),
                               attachments=self.attachments.checked(), reply_to=base.reply_to)

    def edited(self) -> bool:
        """Whether the message differs from the draft (or from what the Outbox keeps)."""
        return self.message() != self._baseline

    def _checked_message(self) -> OutgoingMessage | None:
        """The message, or None after showing why it cannot go out as it is."""
        message = self.message()
        problems = self.mailer.problems(message)
        if problems:
            self.show_banner("\n".join(dict.fromkeys(problem_sentence(code, message) for code in problems)))
            self._showing_problems = True
            return None
        if self._showing_problems:  # corrected; a send failure's words stay until the next try
            self.banner.hide()
        return message

    # -- sending -------------------------------------------------------------------------
    def send(self) -> None:
        """Check the message, find the server and password, then send on a worker thread."""
        message = self._checked_message()
        if message is None:
            return
        try:
            settings = self.follow_up.mail_settings()
        except FileProblem as problem:
            self.show_banner(file_problem_text(problem))
            return
        if not settings.configured:
            self._not_configured(message)
            return
        password = self.passwords.get(settings)
        if password is None and settings.user:
            self._ask_password(message, settings)
            return
        self._start(message, settings, password)

    def _not_configured(self, message: OutgoingMessage) -> None:
        self.show_banner(send_failure_text("not_configured", ""), "warning")
        if msgbox.ask(self, self.tr("No mail server yet"), self.tr(
                "Keep this message in the Outbox until the mail server is set up? Or close this question and "
                "use “Open in mail program” to send it from your own mail program."),
                yes_text=self.tr("Keep in Outbox")):
            if self._keep(message, "not_configured", ""):
                self._finish()

    def _ask_password(self, message: OutgoingMessage, settings: MailSettings) -> None:
        dialog = PasswordDialog(settings, self.passwords.secure, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.password_dialog = dialog

        def given() -> None:
            password = dialog.password()
            where = self.passwords.set(settings, password, remember=dialog.remember())
            if dialog.remember() and where != Where.KEYRING:
                self._status_note = self.tr(
                    "The keyring did not take the password; DebtorDesk will ask for it again next session.")
            self._start(message, settings, password)

        def closed(_result: int) -> None:
            self.password_dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(given)
        dialog.finished.connect(closed)
        dialog.open()

    def _start(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> None:
        self._set_sending(True)
        mailer = self.mailer

        def work() -> SentMessage:  # on the worker thread: no widget, no service
            return mailer.send(message, settings, password)

        run_in_thread(work, lambda sent: self._sent(message, sent),
                      lambda error: self._failed(message, settings, error), "debtordesk-send")

    def _sent(self, message: OutgoingMessage, sent: SentMessage) -> None:
        self._set_sending(False)
        if not self._record(message, sent, "smtp"):
            return
        if sent.refused:
            self._finished = True
            self.show_banner(self.tr(
                "The message was sent and is in the dossier, but the server refused these addresses: {addresses}. "
                "They did not get it.").format(addresses=", ".join(sent.refused)), "warning")
            self._update_buttons()
            self.cancel_button.setText(self.tr("Close"))
            self.sent.emit()
            return
        self._finish(sent=True)

    def _failed(self, message: OutgoingMessage, settings: MailSettings, error: Exception) -> None:
        self._set_sending(False)
        if not isinstance(error, SendError):
            raise error  # a bug, not a mail problem: the crash handler shows it; nothing was recorded
        if error.failure == "login_refused":
            self.passwords.forget(settings)  # the next try asks again
        text = send_failure_text(error.failure, error.detail)
        if self._keep(message, error.failure, error.detail, text):
            self.show_banner(text + "\n" + self.tr(
                "The message is safe in the Outbox. Correct what is needed and press Send to try again, or close "
                "this window and try again later from the Outbox."))

    def _keep(self, message: OutgoingMessage, failure: str, detail: str, failure_text: str = "") -> bool:
        """Put the message in the Outbox; False (and said so) when the file would not take it."""
        draft = self.draft
        try:
            entry_id = self.follow_up.keep_in_outbox(draft.client_id, draft.invoice_ids, draft.step, message,
                                                     failure, detail, outbox_id=self.outbox_id)
        except FileProblem as problem:
            self.show_banner("\n".join(filter(None, [failure_text, self.tr(
                "The message could not be kept in the Outbox: {problem} It is still here in this window; use "
                "“Save as .eml…” to keep a copy.").format(problem=file_problem_text(problem))])))
            return False
        self.outbox_id = entry_id
        self._baseline = message
        self.kept_in_outbox.emit(entry_id)
        return True

    def _record(self, message: OutgoingMessage, sent: SentMessage, via: str) -> bool:
        """Write what went out to the dossier; False (and said so) when the file would not take it."""
        draft = self.draft
        try:
            self.follow_up.email_sent(draft.client_id, draft.invoice_ids, draft.step, message, sent, via=via,
                                      outbox_id=self.outbox_id)
        except FileProblem as problem:
            self._unrecorded = sent
            self._finished = True  # sent: never send it a second time from here
            self.show_banner(self.tr(
                "The message was sent, but DebtorDesk could not write it to the dossier: {problem} Use “Save as "
                ".eml…” to keep the copy that was sent.").format(problem=file_problem_text(problem)))
            self._update_buttons()
            return False
        return True

    def _finish(self, sent: bool = False) -> None:
        self._finished = True
        if sent:
            self.sent.emit()
        self.accept()

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.status_label.setText(self.tr("Sending…") if sending else self._status_note)
        if sending:
            self.banner.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        open_for_sending = not (self._sending or self._finished)
        self.form_area.setEnabled(open_for_sending)
        self.send_button.setEnabled(open_for_sending)
        self.mail_program_button.setEnabled(open_for_sending)
        self.save_button.setEnabled(not self._sending and (open_for_sending or self._unrecorded is not None))
        self.cancel_button.setEnabled(not self._sending)

    @property
    def sending(self) -> bool:
        return self._sending

    def show_banner(self, text: str, kind: str = "error") -> None:
        self._showing_problems = False
        self.banner.setStyleSheet(BANNER_STYLES[kind])
        self.banner.setText(text)
        self.banner.show()

    # -- the other ways out -------------------------------------------------------------
    def open_in_mail_program(self) -> None:
        """Hand the message to the user's mail program; record it once the user says it is sent."""
        message = self._checked_message()
        if message is None:
            return
        url = self.mailer.mailto_url(message)
        if not QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("utf-8"))):
            msgbox.warning(self, self.tr("No mail program"), self.tr(
                "No mail program could be opened. Choose one as your system's default for email, or use “Save as "
                ".eml…” and open that file in your mail program."))
            return
        lines = [self.tr("Your mail program should now show this message; send it from there.")]
        if message.attachments:
            lines.append(self.tr("Attachments cannot be handed over this way: attach {files} yourself before you "
                                 "send.").format(files=", ".join(a.filename for a in message.attachments)))
        if len(url) > LONG_MAILTO:
            lines.append(self.tr("The text is long: check that it arrived whole in your mail program."))
        lines.append(self.tr("Did you send the message from your mail program?"))
        if not msgbox.ask(self, self.tr("Open in mail program"), "\n\n".join(lines),
                          yes_text=self.tr("Yes, it is sent")):
            return
        if self._record(message, self.mailer.eml(message), "mail_program"):
            self._finish(sent=True)

    def save_as_eml(self) -> None:
        """Write the message as an .eml file for any mail program; nothing is recorded."""
        data: bytes | None = None
        if self._unrecorded is not None:
            message, data = self.message(), self._unrecorded.eml  # exactly what went out
        else:
            checked = self._checked_message()
            if checked is None:
                return
            message = checked
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{_file_name(message.subject)}.eml")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as .eml"), suggested,
                                                    self.tr("Email messages (*.eml)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".eml":
            target = target.with_name(target.name + ".eml")
        if data is None:
            data = self.mailer.eml(message).eml
        try:
            target.write_bytes(data)
        except OSError as error:
            msgbox.error(self, self.tr("Not saved"), self.tr("{name} could not be saved: {reason}").format(
                name=target.name, reason=error.strerror or error))
            return
        self.status_label.setText(self.tr("Saved as {name}.").format(name=target.name))

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: asks first when edits would be lost."""
        if self._sending:
            return  # the server has the last word; the window stays until it has spoken
        if not self._finished and self.edited():
            question = (self.tr("Close and lose your changes? The Outbox keeps the message as it was when you last "
                                "tried to send it.") if self.outbox_id is not None else
                        self.tr("Discard this message? It has not been sent."))
            if not msgbox.ask(self, self.tr("Discard changes"), question, yes_text=self.tr("Discard")):
                return
        super().reject()


def _plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: ``toPlainText`` would turn the no-break spaces in "€ 1.210,00" into plain ones."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def _file_name(subject: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in subject).strip()
    return (kept or "message")[:80]
