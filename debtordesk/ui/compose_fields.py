"""The parts of the compose window: address fields, the attachment list, and the message's problems in words.

An address field takes what the user types, comma- or semicolon-separated,
with or without a name ("Ingrid Bos <ingrid@bos.example>"); the message gets
the bare addresses. Nothing typed is dropped on the way: a piece that is not
an address goes into the message as it is, and the mailer's check names it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMimeDatabase, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.model import Contact
from debtordesk.core.outgoing import Attachment, OutgoingMessage
from debtordesk.ui import msgbox

#: Most providers refuse a message above 25 MB; base64 makes attachments a third larger.
MAX_ATTACHMENT_BYTES = 18 * 1024 * 1024

_NAMED = re.compile(r"^(?P<name>.*)<(?P<address>[^<>]*)>\s*$", re.DOTALL)
_NEEDS_QUOTES = re.compile(r"[,;()\"\\]")


def split_addresses(text: str) -> tuple[str, ...]:
    """The bare addresses in ``text``: commas and semicolons separate, except inside quotes or <...>."""
    pieces: list[str] = []
    current: list[str] = []
    quoted = angled = False
    for char in text:
        if char == '"' and not angled:
            quoted = not quoted
        elif char == "<" and not quoted:
            angled = True
        elif char == ">" and not quoted:
            angled = False
        if char in ",;" and not quoted and not angled:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    addresses = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        named = _NAMED.match(piece)
        addresses.append(named.group("address").strip() if named else piece)
    return tuple(addresses)


def format_address(name: str, address: str) -> str:
    """``Name <address>`` as a person would type it; quoted where a comma would split it."""
    name = " ".join(name.split())
    if not name:
        return address
    if _NEEDS_QUOTES.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


class AddressField(QWidget):
    """A line of addresses with a button that offers the client's contacts.

    Attributes:
        edit: the line edit the user types in.
        contacts_button: its menu adds a contact's address (``Name <email>``).
    """

    def __init__(self, contacts: Sequence[Contact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("name@example.com, another@example.com"))
        self.contacts_button = QPushButton(self.tr("Contacts"))
        self.contacts_button.setAutoDefault(False)  # Enter in a field opens no menu
        self.contacts_button.setToolTip(self.tr("Add the address of one of this client's contacts"))
        menu = QMenu(self.contacts_button)
        self._names: dict[str, str] = {}
        for contact in contacts:
            email = contact.email.strip()
            if not (contact.active and email):
                continue
            self._names.setdefault(email.casefold(), contact.name)
            shown = format_address(contact.name, email)
            action = menu.addAction(shown)
            action.triggered.connect(lambda _checked=False, text=shown: self.add(text))
        self.contacts_button.setMenu(menu)
        self.contacts_button.setEnabled(not menu.isEmpty())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.contacts_button)

    def set_addresses(self, addresses: Sequence[str]) -> None:
        """Show bare addresses, with the contact's name where the address is a contact's."""
        self.edit.setText(", ".join(format_address(self._names.get(a.casefold(), ""), a) for a in addresses))

    def addresses(self) -> tuple[str, ...]:
        return split_addresses(self.edit.text())

    def add(self, text: str) -> None:
        """Append an address unless it is there already."""
        present = {a.casefold() for a in self.addresses()}
        if all(a.casefold() in present for a in split_addresses(text)):
            return
        current = self.edit.text().rstrip().rstrip(",;").rstrip()
        self.edit.setText(f"{current}, {text}" if current else text)


class AttachmentList(QWidget):
    """The files that go with the message: checked ones are attached.

    Signals:
        changed: an attachment was added, removed, checked or unchecked.
    """

    changed = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 8)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        # As high as its content: the body takes the window's extra height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add(self, attachment: Attachment, checked: bool = True) -> None:
        size = self.locale.formattedDataSize(len(attachment.data), 0)
        item = QListWidgetItem(f"{attachment.filename} ({size})")
        item.setData(Qt.ItemDataRole.UserRole, attachment)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        self.changed.emit()

    def all(self) -> list[tuple[Attachment, bool]]:
        """Every file listed, with whether it is checked."""
        return [(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)
                for item in (self.list.item(i) for i in range(self.list.count()))]

    def checked(self) -> tuple[Attachment, ...]:
        return tuple(attachment for attachment, checked in self.all() if checked)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """Read a file and list it checked; a file that cannot be used is explained, not added."""
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                msgbox.warning(self, self.tr("File too large"), self.tr(
                    "{name} is {size}: too large to send by email (most mail servers take about {limit} in all). "
                    "Share it another way, for example with a download link in the text.").format(
                    name=path.name, size=self.locale.formattedDataSize(size, 0),
                    limit=self.locale.formattedDataSize(MAX_ATTACHMENT_BYTES, 0)))
                return False
            data = path.read_bytes()
        except OSError as error:
            msgbox.warning(self, self.tr("File not attached"), self.tr(
                "{name} could not be read: {reason}").format(name=path.name, reason=error.strerror or error))
            return False
        media_type = QMimeDatabase().mimeTypeForFile(str(path)).name() or "application/octet-stream"
        self.add(Attachment(path.name, media_type, data))
        return True


def _field_name(field: str) -> str:
    kind = field.split("[", 1)[0]
    names = {
        "to": QCoreApplication.translate("Compose", "To"),
        "cc": QCoreApplication.translate("Compose", "CC"),
        "bcc": QCoreApplication.translate("Compose", "BCC"),
        "subject": QCoreApplication.translate("Compose", "Subject"),
        "sender_name": QCoreApplication.translate("Compose", "the sender's name"),
        "sender_address": QCoreApplication.translate("Compose", "the sender's address"),
        "reply_to": QCoreApplication.translate("Compose", "the reply address"),
        "attachments": QCoreApplication.translate("Compose", "an attachment's name"),
    }
    return names.get(kind, field)


def problem_sentence(code: str, message: OutgoingMessage) -> str:
    """One of ``Mailer.problems``' codes as a sentence saying what to do."""
    kind, _sep, arg = code.partition(":")
    if kind == "no_recipient":
        return QCoreApplication.translate("Compose", "Enter at least one address in To.")
    if kind == "no_subject":
        return QCoreApplication.translate("Compose", "Write a subject.")
    if kind == "no_sender":
        return QCoreApplication.translate(
            "Compose", "There is no sender address: enter your email address in the mail server settings or in "
            "your business profile.")
    if kind == "bad_address" and arg == message.sender_address:
        return QCoreApplication.translate(
            "Compose", "Your own address {address} is not a valid email address: correct it in the mail server "
            "settings or in your business profile.").format(address=arg)
    if kind == "bad_address":
        return QCoreApplication.translate(
            "Compose", "“{address}” is not an email address: look for a typing error (name@example.com).").format(
            address=arg)
    if kind == "header_injection":
        return QCoreApplication.translate(
            "Compose", "There is a line break or another invisible character in {field}: keep it on one line.").format(
            field=_field_name(arg))
    if kind in ("no_attachment_name", "bad_media_type"):
        return QCoreApplication.translate(
            "Compose", "An attachment cannot be sent as it is: remove it and add the file again.")
    return QCoreApplication.translate("Compose", "The message cannot be sent as it is ({code}).").format(code=code)
