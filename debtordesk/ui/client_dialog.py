"""A client and its contact people, saved together in one transaction."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Client, ClientKind, Contact, Country, Language
from debtordesk.core.services import DebtorService
from debtordesk.ui import labels
from debtordesk.ui.contact_dialog import ContactDialog
from debtordesk.ui.form_dialog import FormDialog
from debtordesk.ui.widgets import choice_combo


class ClientDialog(FormDialog):
    """New or existing client.

    Attributes:
        contacts: the client's contacts as edited so far (new ones have no id).
    """

    def __init__(self, service: DebtorService, formatter: Formatter, client: Client | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(formatter, self.tr("New client") if client is None else self.tr("Client"), parent)
        self.service = service
        self.client = client or Client(name="")
        self.contacts: list[Contact] = []
        self._changed: set[int] = set()
        if client is not None and client.id is not None:
            with service.store.reading() as reader:
                self.contacts = list(reader.contacts(client.id))
        c = self.client
        self.add_field("name", self.tr("Name:"), QLineEdit(c.name))
        self.add_field("kind", self.tr("Type:"), choice_combo(labels.client_kinds(), c.kind))
        self.add_field("street", self.tr("Street and number:"), QLineEdit(c.street))
        self.add_field("postcode", self.tr("Postcode:"), QLineEdit(c.postcode))
        self.add_field("city", self.tr("City:"), QLineEdit(c.city))
        self.add_field("country", self.tr("Country:"), choice_combo(labels.countries(), c.country))
        self.add_field("language", self.tr("Language for letters:"), choice_combo(labels.languages(), c.language))
        self.add_field("vat_number", self.tr("VAT number:"), QLineEdit(c.vat_number))
        notes = QPlainTextEdit(c.notes)
        notes.setFixedHeight(60)
        notes.setPlaceholderText(self.tr("Checks done, signed quote, terms agreed…"))
        self.add_field("notes", self.tr("Notes:"), notes)
        paused = QCheckBox(self.tr("Work for this client is paused"))
        paused.setChecked(c.work_paused)
        self.add_field("work_paused", self.tr("Work:"), paused)
        ended = QCheckBox(self.tr("The relationship has ended"))
        ended.setChecked(c.relationship_ended)
        self.add_field("relationship_ended", self.tr("Relationship:"), ended)

        box = QGroupBox(self.tr("Contacts"))
        box_layout = QVBoxLayout(box)
        self.contact_list = QListWidget()
        self.contact_list.setObjectName("contactList")
        self.contact_list.setWordWrap(True)
        self.contact_list.setMinimumHeight(90)
        self.contact_list.itemActivated.connect(lambda _item: self.edit_contact())
        box_layout.addWidget(self.contact_list)
        row = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("&Add contact…"))
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button = QPushButton(self.tr("&Edit contact…"))
        self.edit_contact_button.clicked.connect(self.edit_contact)
        row.addWidget(self.add_contact_button)
        row.addWidget(self.edit_contact_button)
        row.addStretch()
        box_layout.addLayout(row)
        self.extra.addWidget(box)
        self._fill_contacts()
        self.resize(540, self.sizeHint().height())

    def _fill_contacts(self) -> None:
        self.contact_list.clear()
        roles = labels.contact_roles()
        for contact in self.contacts:
            reach = " · ".join(part for part in (contact.email, contact.phone) if part)
            text = f"{contact.name} — {labels.label_of(roles, contact.role)}\n{reach}"
            if not contact.active:
                text += "  " + self.tr("(inactive)")
            QListWidgetItem(text, self.contact_list)
        self.edit_contact_button.setEnabled(bool(self.contacts))

    def add_contact(self) -> ContactDialog:
        dialog = ContactDialog(Contact(client_id=self.client.id or 0, name=""), self.formatter, self)
        dialog.accepted.connect(lambda: self._contact_done(None, dialog.contact))
        dialog.open()
        return dialog

    def edit_contact(self) -> ContactDialog | None:
        row = self.contact_list.currentRow()
        if not 0 <= row < len(self.contacts):
            return None
        dialog = ContactDialog(self.contacts[row], self.formatter, self)
        dialog.accepted.connect(lambda: self._contact_done(row, dialog.contact))
        dialog.open()
        return dialog

    def _contact_done(self, row: int | None, contact: Contact) -> None:
        if row is None:
            self.contacts.append(contact)
            row = len(self.contacts) - 1
        else:
            self.contacts[row] = contact
        self._changed.add(row)
        self._fill_contacts()
        self.contact_list.setCurrentRow(row)

    def _text(self, name: str) -> str:
        widget = self.field(name)
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def _checked(self, name: str) -> bool:
        widget = self.field(name)
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    def save(self) -> int:
        client = dataclasses.replace(
            self.client, name=self._text("name"), street=self._text("street"), postcode=self._text("postcode"),
            city=self._text("city"), vat_number=self._text("vat_number"), notes=self._text("notes"),
            kind=ClientKind(self.field("kind").currentData()),  # type: ignore[attr-defined]
            country=Country(self.field("country").currentData()),  # type: ignore[attr-defined]
            language=Language(self.field("language").currentData()),  # type: ignore[attr-defined]
            work_paused=self._checked("work_paused"), relationship_ended=self._checked("relationship_ended"),
        )
        changed = [self.contacts[i] for i in sorted(self._changed)]
        return self.service.save_client(client, changed)
