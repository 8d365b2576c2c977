"""The business profile: who sends the reminders and where the money goes."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import BUSINESS_COUNTRIES, BusinessProfile, Country, Language
from debtordesk.core.services import DebtorService
from debtordesk.ui import labels
from debtordesk.ui.form_dialog import FormDialog
from debtordesk.ui.widgets import choice_combo


class ProfileDialog(FormDialog):
    def __init__(self, service: DebtorService, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(formatter, self.tr("Business profile"), parent)
        self.service = service
        with service.store.reading() as reader:
            profile = reader.profile()
        p = profile or BusinessProfile("", "", "", "", Country.NL, "", "", "", "", "", "")
        self.add_field("name", self.tr("Business name:"), QLineEdit(p.name))
        self.add_field("street", self.tr("Street and number:"), QLineEdit(p.street))
        self.add_field("postcode", self.tr("Postcode:"), QLineEdit(p.postcode))
        self.add_field("city", self.tr("City:"), QLineEdit(p.city))
        business_countries = [c for c in labels.countries() if c[0] in BUSINESS_COUNTRIES]
        self.add_field("country", self.tr("Country:"), choice_combo(business_countries, p.country))
        self.add_field("vat_number", self.tr("VAT number:"), QLineEdit(p.vat_number))
        self.add_field("registration_number", self.tr("KvK / enterprise number:"), QLineEdit(p.registration_number))
        self.add_field("iban", self.tr("IBAN:"), QLineEdit(p.iban))
        self.add_field("bic", self.tr("BIC:"), QLineEdit(p.bic))
        self.add_field("email", self.tr("Email:"), QLineEdit(p.email))
        self.add_field("phone", self.tr("Phone:"), QLineEdit(p.phone))
        term = QSpinBox()
        term.setRange(0, 365)
        term.setSuffix(self.tr(" days"))
        term.setValue(p.payment_term_days)
        self.add_field("payment_term_days", self.tr("Default payment term:"), term)
        self.add_field("language", self.tr("Language for letters:"), choice_combo(labels.languages(), p.language))
        signature = QPlainTextEdit(p.signature)
        signature.setFixedHeight(60)
        self.add_field("signature", self.tr("Signature:"), signature)
        self.resize(520, self.sizeHint().height())

    def text(self, name: str) -> str:
        widget = self.field(name)
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def save(self) -> int:
        term = self.field("payment_term_days")
        signature = self.field("signature")
        assert isinstance(term, QSpinBox) and isinstance(signature, QPlainTextEdit)
        profile = BusinessProfile(
            name=self.text("name"), street=self.text("street"), postcode=self.text("postcode"),
            city=self.text("city"), country=Country(self.field("country").currentData()),  # type: ignore[attr-defined]
            vat_number=self.text("vat_number"), registration_number=self.text("registration_number"),
            iban=self.text("iban"), bic=self.text("bic"), email=self.text("email"), phone=self.text("phone"),
            payment_term_days=term.value(),
            language=Language(self.field("language").currentData()),  # type: ignore[attr-defined]
            signature=signature.toPlainText().strip(),
        )
        self.service.save_profile(profile)
        return 1
