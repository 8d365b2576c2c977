"""One contact person at a client: who to ask about payments, and how to reach them."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Contact, ContactRole
from debtordesk.core.validation import raise_if, validate_contact
from debtordesk.ui import labels
from debtordesk.ui.form_dialog import FormDialog
from debtordesk.ui.widgets import choice_combo


class ContactDialog(FormDialog):
    """Edits a contact in memory; the client dialog saves it with the client.

    Attributes:
        contact: the edited contact once accepted.
    """

    def __init__(self, contact: Contact, formatter: Formatter, parent: QWidget | None = None) -> None:
        title = self.tr("New contact") if contact.id is None and not contact.name else self.tr("Contact")
        super().__init__(formatter, title, parent)
        self.contact = contact
        self.add_field("name", self.tr("Name:"), QLineEdit(contact.name))
        self.add_field("role", self.tr("Role:"), choice_combo(labels.contact_roles(), contact.role))
        self.add_field("email", self.tr("Email:"), QLineEdit(contact.email))
        self.add_field("phone", self.tr("Phone:"), QLineEdit(contact.phone))
        active = QCheckBox(self.tr("Still works there and may be contacted"))
        active.setChecked(contact.active)
        self.add_field("active", self.tr("Active:"), active)
        self.resize(420, self.sizeHint().height())

    def save(self) -> int:
        name, email, phone = (self.field(n) for n in ("name", "email", "phone"))
        active = self.field("active")
        assert isinstance(name, QLineEdit) and isinstance(email, QLineEdit) and isinstance(phone, QLineEdit)
        assert isinstance(active, QCheckBox)
        contact = dataclasses.replace(
            self.contact, name=name.text().strip(), email=email.text().strip(), phone=phone.text().strip(),
            role=ContactRole(self.field("role").currentData()), active=active.isChecked(),  # type: ignore[attr-defined]
        )
        raise_if(validate_contact(contact))
        self.contact = contact
        return contact.id or 0
