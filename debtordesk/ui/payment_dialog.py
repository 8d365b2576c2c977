"""Record a payment received on an invoice, in full or in part."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import InvoiceRow, Payment, PaymentMethod
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import Problem, ValidationError
from debtordesk.ui import labels
from debtordesk.ui.form_dialog import FormDialog
from debtordesk.ui.widgets import choice_combo


class PaymentDialog(FormDialog):
    def __init__(self, service: DebtorService, formatter: Formatter, row: InvoiceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(formatter, self.tr("Record payment"), parent)
        self.service = service
        self.row = row
        heading = QLabel(self.tr("Invoice {number} of {client}: {open} open").format(
            number=row.invoice.number, client=row.client_name, open=formatter.amount(row.open_cents)))
        heading.setObjectName("paymentHeading")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.add_field("amount", self.tr("Amount received:"), self.amount_edit(row.open_cents))
        self.add_field("paid_on", self.tr("Received on:"), self.date_edit(service.clock.today()))
        self.add_field("method", self.tr("Method:"), choice_combo(labels.payment_methods(), PaymentMethod.BANK_TRANSFER))
        self.add_field("reference", self.tr("Reference:"), QLineEdit())
        self.resize(440, self.sizeHint().height())

    def save(self) -> int:
        problems: list[Problem] = []
        amount = self.amount("amount", problems)
        if problems:
            raise ValidationError(problems)
        paid_on, reference = self.field("paid_on"), self.field("reference")
        assert isinstance(paid_on, QDateEdit) and isinstance(reference, QLineEdit)
        assert self.row.invoice.id is not None
        return self.service.record_payment(Payment(
            invoice_id=self.row.invoice.id, paid_on=paid_on.date().toPython(), amount_cents=amount,
            method=PaymentMethod(self.field("method").currentData()),  # type: ignore[attr-defined]
            reference=reference.text().strip(),
        ))
