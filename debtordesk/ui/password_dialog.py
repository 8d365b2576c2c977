"""Asking for the mail server's password, and whether the system's keyring may keep it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.outgoing import MailSettings


class PasswordDialog(QDialog):
    """The password for the mail server account; opened with ``open()``, read after ``accepted``.

    Attributes:
        password_edit: where the password is typed (shown as dots).
        remember_box: keep it in the system's keyring; disabled where no secure keyring exists.
    """

    def __init__(self, settings: MailSettings, secure: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Mail server password"))
        intro = QLabel(self.tr("DebtorDesk needs the password of {user} on {host} to send this message.").format(
            user=settings.user, host=settings.host))
        intro.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("Remember in my system's keyring"))
        self.remember_box.setChecked(secure)
        self.remember_box.setEnabled(secure)
        self.no_keyring = QLabel(self.tr(
            "This computer has no secure keyring, so DebtorDesk will ask for the password each session instead of "
            "storing it."))
        self.no_keyring.setWordWrap(True)
        self.no_keyring.setVisible(not secure)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.password_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    def accept(self) -> None:
        if self.password_edit.text():  # Enter in an empty field asks nothing of the server
            super().accept()
