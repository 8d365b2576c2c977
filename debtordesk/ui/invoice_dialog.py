"""An invoice as it was sent: number, client, dates, amounts, and optionally its PDF."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Invoice, InvoicePdf
from debtordesk.core.money import AmountError, parse_amount
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import Problem, ValidationError
from debtordesk.ui.form_dialog import FormDialog

# Dutch and Belgian VAT rates offered to compute the VAT from the net amount (per mille).
VAT_RATES = (210, 90, 60, 0)


def next_invoice_number(numbers: list[str], today: date) -> str:
    """The number after the highest ``YYYY-NNN`` of this year, else ``YYYY-001``."""
    prefix = f"{today.year}-"
    highest = 0
    for number in numbers:
        match = re.fullmatch(rf"{today.year}-(\d+)", number)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{prefix}{highest + 1:03d}"


class InvoiceDialog(FormDialog):
    def __init__(self, service: DebtorService, formatter: Formatter, invoice: Invoice | None = None,
                 client_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(formatter, self.tr("New invoice") if invoice is None else self.tr("Invoice"), parent)
        self.service = service
        today = service.clock.today()
        with service.store.reading() as reader:
            clients = [row.client for row in reader.clients(today)]
            profile = reader.profile()
            numbers = [row.invoice.number for row in reader.invoices()]
        term = profile.payment_term_days if profile else 30
        self.invoice = invoice or Invoice(client_id=client_id or 0, number=next_invoice_number(numbers, today),
                                          issue_date=today, due_date=today + timedelta(days=term),
                                          net_cents=0, vat_cents=0)
        self._term = term
        self._pdf: InvoicePdf | None = None
        inv = self.invoice
        client_combo = QComboBox()
        for client in clients:
            client_combo.addItem(client.name, client.id)
        client_combo.setCurrentIndex(max(0, client_combo.findData(inv.client_id)))
        self.add_field("client", self.tr("Client:"), client_combo)
        self.add_field("number", self.tr("Invoice number:"), QLineEdit(inv.number))
        issue = self.add_field("issue_date", self.tr("Invoice date:"), self.date_edit(inv.issue_date))
        self.add_field("due_date", self.tr("Due date:"), self.date_edit(inv.due_date))
        assert isinstance(issue, QDateEdit)
        issue.dateChanged.connect(self._issue_changed)
        # The due date follows the invoice date only for a new invoice whose due date nobody typed.
        self._due_follows = invoice is None
        due_edit = self.field("due_date")
        assert isinstance(due_edit, QDateEdit)
        due_edit.dateChanged.connect(self._due_changed)
        net = self.add_field("net", self.tr("Amount excl. VAT:"), self.amount_edit(inv.net_cents if invoice else None))
        vat_row = QWidget()
        vat_layout = QHBoxLayout(vat_row)
        vat_layout.setContentsMargins(0, 0, 0, 0)
        self.vat_edit = self.amount_edit(inv.vat_cents if invoice else None)
        self.vat_rate = QComboBox()
        self.vat_rate.setObjectName("vatRate")
        self.vat_rate.addItem(self.tr("own amount"), None)
        for rate in VAT_RATES:
            self.vat_rate.addItem(f"{rate // 10} %", rate)
        if invoice is None:
            self.vat_rate.setCurrentIndex(1)
        vat_layout.addWidget(self.vat_edit, 1)
        vat_layout.addWidget(self.vat_rate)
        self.add_field("vat", self.tr("VAT:"), vat_row)
        self._fields["vat"] = self.vat_edit
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.form.addRow(self.tr("Total:"), self.total_label)
        description = QPlainTextEdit(inv.description)
        description.setFixedHeight(50)
        self.add_field("description", self.tr("Description:"), description)
        pdf_row = QWidget()
        pdf_layout = QHBoxLayout(pdf_row)
        pdf_layout.setContentsMargins(0, 0, 0, 0)
        self.pdf_label = QLabel(inv.pdf.filename if inv.pdf else self.tr("none"))
        choose = QPushButton(self.tr("Choose PDF…"))
        choose.clicked.connect(self.choose_pdf)
        pdf_layout.addWidget(self.pdf_label, 1)
        pdf_layout.addWidget(choose)
        self.add_field("pdf", self.tr("Invoice PDF:"), pdf_row)
        assert isinstance(net, QLineEdit)
        net.textChanged.connect(self._recompute)
        self.vat_rate.currentIndexChanged.connect(self._recompute)
        self.vat_edit.textEdited.connect(lambda _text: self.vat_rate.setCurrentIndex(0))
        self.vat_edit.textChanged.connect(self._show_total)
        self._show_total()
        self.resize(520, self.sizeHint().height())

    def _issue_changed(self) -> None:
        if not self._due_follows:
            return
        issue = self.field("issue_date")
        due = self.field("due_date")
        assert isinstance(issue, QDateEdit) and isinstance(due, QDateEdit)
        due.blockSignals(True)
        due.setDate(issue.date().addDays(self._term))
        due.blockSignals(False)

    def _due_changed(self) -> None:
        self._due_follows = False

    def _parse(self, edit: QLineEdit) -> int | None:
        try:
            return parse_amount(edit.text(), self.formatter.locale)
        except AmountError:
            return None

    def _recompute(self) -> None:
        rate = self.vat_rate.currentData()
        net = self._parse(self.field("net"))  # type: ignore[arg-type]
        if rate is not None and net is not None:
            # Half-up rounding of net × rate / 1000 in integer arithmetic.
            self.vat_edit.setText(self.formatter.plain_amount((net * rate + 500) // 1000))
        self._show_total()

    def _show_total(self) -> None:
        net = self._parse(self.field("net"))  # type: ignore[arg-type]
        vat = self._parse(self.vat_edit)
        self.total_label.setText(self.formatter.amount(net + vat) if net is not None and vat is not None else "—")

    def choose_pdf(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose the invoice PDF"), "", self.tr("PDF files (*.pdf)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.attach_pdf)
        dialog.open()
        return dialog

    def attach_pdf(self, path: str) -> None:
        file = Path(path)
        try:
            data = file.read_bytes()
        except OSError as error:
            self.show_problems([Problem("pdf", "pdf_invalid", {"filename": f"{file.name} ({error.strerror})"})])
            return
        self._pdf = InvoicePdf(file.name, data)
        self.pdf_label.setText(file.name)

    def save(self) -> int:
        problems: list[Problem] = []
        net = self.amount("net", problems)
        vat = self.amount("vat", problems)
        if problems:
            raise ValidationError(problems)
        number, description = self.field("number"), self.field("description")
        issue, due = self.field("issue_date"), self.field("due_date")
        assert isinstance(number, QLineEdit) and isinstance(description, QPlainTextEdit)
        assert isinstance(issue, QDateEdit) and isinstance(due, QDateEdit)
        client_id = self.field("client").currentData()  # type: ignore[attr-defined]
        if client_id is None:
            raise ValidationError([Problem("client", "required")])
        invoice = dataclasses.replace(
            self.invoice, client_id=client_id, number=number.text().strip(), issue_date=issue.date().toPython(),
            due_date=due.date().toPython(), net_cents=net, vat_cents=vat,
            description=description.toPlainText().strip(), pdf=self._pdf or self.invoice.pdf,
        )
        return self.service.save_invoice(invoice)
