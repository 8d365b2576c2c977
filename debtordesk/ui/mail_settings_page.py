"""The outgoing mail server, the sender, and a test message to prove they work.

Settings go to the data file through the service; the password goes only to the
PasswordKeeper (the system's keyring, or this session's memory where there is
no secure keyring), and the page says which. The test message is sent in a
worker thread and saves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.outgoing import (
    Mailer,
    MailSettings,
    OutgoingMessage,
    PasswordKeeper,
    Security,
    SendError,
    SentMessage,
    Where,
)
from debtordesk.core.validation import Problem, ValidationError, validate_mail_settings
from debtordesk.ui.form_dialog import mark_problems
from debtordesk.ui.send_failure_text import send_failure_text
from debtordesk.ui.tasks import run_in_thread
from debtordesk.ui.widgets import choice_combo

#: The port each kind of security usually has; proposed when the user switches, unless they typed their own.
USUAL_PORTS = {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
ERROR_COLOUR = "color: #b3261e;"
W = TypeVar("W", bound=QWidget)
DONE_COLOUR = "color: #146c2e;"


def is_local(host: str) -> bool:
    """A server on this computer: the only place an unencrypted connection stays private."""
    name = host.strip().strip("[]").lower()
    return name in LOCAL_HOSTS or name.endswith(".localhost")


def securities() -> list[tuple[Security, str]]:
    return [(Security.SSL, QCoreApplication.translate("MailSettingsPage", "SSL/TLS")),
            (Security.STARTTLS, QCoreApplication.translate("MailSettingsPage", "STARTTLS")),
            (Security.NONE,
             QCoreApplication.translate("MailSettingsPage", "None (only for a server on this computer)"))]


class MailSettingsPage(QWidget):
    """The email settings form; ``save()`` is called by the settings dialog.

    Attributes:
        password_label: where the password is kept.
        warning_label: shown while the password would travel unencrypted.
        test_result: "Sending…", then what came of the test message.
        errors: what to fix before the settings can be saved.
    """

    def __init__(self, follow_up: FollowUpService, mailer: Mailer, passwords: PasswordKeeper,
                 formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up = follow_up
        self.mailer = mailer
        self.passwords = passwords
        self.formatter = formatter
        self._saved = follow_up.mail_settings()
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self._sending = False
        alive = [True]  # the test's answer may come after the dialog is gone
        self.destroyed.connect(lambda: alive.__setitem__(0, False))
        self._alive = alive

        s = self._saved
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.host_edit = self._add("host", self.tr("Server:"), QLineEdit(s.host))
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.example.com"))
        self.security_combo = self._add("security", self.tr("Security:"), choice_combo(securities(), s.security))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(s.port)
        self._add("port", self.tr("Port:"), self.port_spin)
        self.warning_label = QLabel(self.tr(
            "Without encryption, your password and your messages cross the network readable to anyone on the "
            "way. Choose SSL/TLS or STARTTLS unless this server runs on this computer."))
        self.warning_label.setObjectName("unencryptedWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(ERROR_COLOUR)
        self.form.addRow("", self.warning_label)
        self.warning_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.user_edit = self._add("user", self.tr("User name:"), QLineEdit(s.user))
        self.user_edit.setPlaceholderText(self.tr("Often your email address"))
        self.password_edit = self._add("password", self.tr("Password:"), QLineEdit())
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        self.password_label.setObjectName("passwordWhere")
        self.password_label.setWordWrap(True)
        self.password_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", self.password_label)
        self.sender_name_edit = self._add("sender_name", self.tr("Sender name:"), QLineEdit(s.sender_name))
        self.sender_name_edit.setPlaceholderText(self.tr("Your name or your business's, as clients see it"))
        self.sender_address_edit = self._add("sender_address", self.tr("Sender address:"), QLineEdit(s.sender_address))
        self.bcc_check = self._add("bcc_self", "", QCheckBox(self.tr("Send a BCC copy to myself")))
        self.bcc_check.setChecked(s.bcc_self)

        self.test_button = QPushButton(self.tr("Send &test message"))
        self.test_button.setToolTip(self.tr(
            "Sends a short message to the sender address with the settings above, without saving them."))
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_COLOUR)
        self.errors.hide()
        intro = QLabel(self.tr("DebtorDesk sends your reminders through your own mail server; your mail provider "
                               "lists these settings for “SMTP” or “outgoing mail”."))
        intro.setWordWrap(True)
        # A form as wide as the dialog has fields far from their labels: keep it to a readable width.
        column = QWidget()
        column.setMaximumWidth(680)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addLayout(self.form)
        inner.addLayout(test_row)
        inner.addWidget(self.errors)
        inner.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)

        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.host_edit.textChanged.connect(self._update_warning)
        self._show_password_place(self.passwords.get(s) is not None)
        self._update_warning()

    def _add(self, name: str, label: str, widget: W) -> W:
        widget.setObjectName(name)
        self._fields[name] = widget
        self._labels[name] = label
        self.form.addRow(label, widget)
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    # -- the settings --------------------------------------------------------------------
    def settings(self) -> MailSettings:
        """What the form says, as the service will store it (trimmed)."""
        return MailSettings(host=self.host_edit.text().strip(), port=self.port_spin.value(),
                            security=Security(self.security_combo.currentData()),
                            user=self.user_edit.text().strip(), sender_name=self.sender_name_edit.text().strip(),
                            sender_address=self.sender_address_edit.text().strip(),
                            bcc_self=self.bcc_check.isChecked())

    def is_modified(self) -> bool:
        return self.settings() != self._saved or bool(self.password_edit.text())

    def check(self) -> list[Problem]:
        """What the service would refuse, marked in the form; empty when Save can go ahead."""
        problems = validate_mail_settings(self.settings())
        self.show_problems(problems)
        return problems

    def save(self) -> Where | None:
        """Store the settings (ValidationError if refused), then give a typed password to the keeper.

        Returns where the password went, or None when none was typed.
        """
        settings = self.settings()
        if settings != self._saved:
            try:
                self.follow_up.save_mail_settings(settings)
            except ValidationError as error:
                self.show_problems(error.problems)
                raise
            self._saved = settings
        self.show_problems(())
        password = self.password_edit.text()
        if not password:
            return None
        where = self.passwords.set(settings, password)
        self.password_edit.clear()
        self._show_password_place(True, where)
        return where

    def show_problems(self, problems: Iterable[Problem]) -> None:
        mark_problems(problems, self._fields, self._labels, self.errors, self.formatter)

    def problem_lines(self) -> list[str]:
        return [line for line in self.errors.text().splitlines() if line] if self.errors.isVisibleTo(self) else []

    # -- reactions ---------------------------------------------------------------------
    def _security_changed(self) -> None:
        security = Security(self.security_combo.currentData())
        if self.port_spin.value() in USUAL_PORTS.values():  # not a port the user typed themselves
            self.port_spin.setValue(USUAL_PORTS[security])
        self._update_warning()

    def _update_warning(self) -> None:
        host = self.host_edit.text()
        self.warning_label.setVisible(Security(self.security_combo.currentData()) == Security.NONE
                                      and bool(host.strip()) and not is_local(host))

    def _show_password_place(self, kept: bool, where: Where | None = None) -> None:
        if where == Where.SESSION or not self.passwords.secure:
            text = self.tr("This computer has no secure keyring, so DebtorDesk keeps the password only until you "
                           "close it and asks again next time.")
        elif kept:
            text = self.tr("Kept in your system's keyring.")
        else:
            text = self.tr("Will be kept in your system's keyring, never in DebtorDesk's file.")
        self.password_label.setText(text)
        self.password_edit.setPlaceholderText(self.tr("Kept; type a new one to change it") if kept else "")

    # -- the test message ----------------------------------------------------------------
    def send_test(self) -> bool:
        """Send a short message to the sender address in a worker thread; False when the form is not ready."""
        if self._sending:
            return False
        if self.check():
            return False
        settings = self.settings()
        password = self.password_edit.text() or self.passwords.get(settings)
        message = OutgoingMessage(
            sender_name=settings.sender_name, sender_address=settings.sender_address, to=(settings.sender_address,),
            subject=self.tr("DebtorDesk test message"),
            body=self.tr("DebtorDesk sent this message to check your email settings. It arrived, so DebtorDesk "
                         "can send your reminders. You can delete this message."))
        mailer, alive = self.mailer, self._alive
        self._sending = True
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Sending…"), "")

        def done(sent: SentMessage) -> None:
            if not alive[0]:
                return
            self._test_over()
            if settings.sender_address in sent.refused:
                self._show_result(send_failure_text("recipient_refused", ""), ERROR_COLOUR)
            else:
                self._show_result(self.tr("The test message was sent to {address}. Look in that inbox (and the spam "
                                          "folder) to see that it arrived.").format(address=settings.sender_address),
                                  DONE_COLOUR)

        def failed(error: Exception) -> None:
            if not alive[0]:
                return
            self._test_over()
            if not isinstance(error, SendError):
                self._show_result(self.tr("The test message could not be sent."), ERROR_COLOUR)
                raise error  # a bug, not a mail problem: the crash handler shows it
            self._show_result(send_failure_text(error.failure, error.detail), ERROR_COLOUR)

        run_in_thread(lambda: mailer.send(message, settings, password), done, failed, "debtordesk-test-mail")
        return True

    def _test_over(self) -> None:
        self._sending = False
        self.test_button.setEnabled(True)

    def _show_result(self, text: str, style: str) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet(style)

    @property
    def sending(self) -> bool:
        return self._sending

