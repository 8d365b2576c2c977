"""Reviewing a bank statement before anything is booked: sure matches ticked, guesses to check,
the rest to assign to an invoice or to ignore.

Nothing is written until the user presses Book; then the service books every ticked
line and sets aside the ignored ones in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.bank_matching import Allocation, Certainty, Match, Reason
from debtordesk.core.formatting import Formatter
from debtordesk.core.import_model import BankLine
from debtordesk.core.model import InvoiceRow
from debtordesk.core.validation import ValidationError
from debtordesk.ui import msgbox
from debtordesk.ui.widgets import error_label

if TYPE_CHECKING:
    from debtordesk.core.bank_import import BankImportService, BankReview

Index = QModelIndex | QPersistentModelIndex


class Choice:
    """What the user chose for a line."""

    BOOK = "book"
    IGNORE = "ignore"
    LATER = "later"


@dataclass
class ReviewRow:
    line: BankLine
    match: Match | None
    choice: str


def reason_text(reason: Reason) -> str:
    return {
        Reason.STRUCTURED_REFERENCE: BankReviewDialog.tr("payment reference"),
        Reason.PAYMENT_REFERENCE: BankReviewDialog.tr("the invoice's own reference"),
        Reason.INVOICE_NUMBER: BankReviewDialog.tr("invoice number in the description"),
        Reason.AMOUNT_AND_NAME: BankReviewDialog.tr("same amount, payer's name like the client's"),
        Reason.AMOUNT_ONLY: BankReviewDialog.tr("same amount only"),
        Reason.ASSIGNED: BankReviewDialog.tr("assigned by you"),
    }[reason]


class ReviewModel(QAbstractTableModel):
    """The statement's credits, one row each; the first column holds what happens to it."""

    CHOICE, DATE, AMOUNT, PAYER, TEXT, INVOICES, WHY = range(7)

    def __init__(self, formatter: Formatter, numbers: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter, self.numbers = formatter, numbers
        self.rows: list[ReviewRow] = []

    def set_review(self, review: BankReview) -> None:
        self.beginResetModel()
        self.rows = ([ReviewRow(m.line, m, Choice.BOOK) for m in review.sure]
                     + [ReviewRow(m.line, m, Choice.LATER) for m in review.unsure]
                     + [ReviewRow(u.line, None, Choice.LATER) for u in review.unmatched])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Do"), self.tr("Date"), self.tr("Amount"), self.tr("Payer"), self.tr("Description"),
                self.tr("Pays invoice"), self.tr("Why"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CHOICE:
                return {Choice.BOOK: self.tr("Book"), Choice.IGNORE: self.tr("Ignore"),
                        Choice.LATER: self.tr("Later")}[row.choice]
            if column == self.DATE:
                return self.formatter.date(row.line.booking_date)
            if column == self.AMOUNT:
                return self.formatter.amount(row.line.amount_cents)
            if column == self.PAYER:
                return row.line.counterparty_name
            if column == self.TEXT:
                return row.line.structured_reference or row.line.remittance
            if column == self.INVOICES and row.match is not None:
                return ", ".join(self.numbers.get(i, "?") for i in row.match.invoice_ids)
            if column == self.WHY and row.match is not None:
                sure = row.match.certainty == Certainty.SURE
                return (self.tr("Sure: {why}") if sure else self.tr("Check: {why}")).format(
                    why=reason_text(row.match.reason))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.line.remittance
        return None

    def set_choice(self, row: int, choice: str) -> None:
        if choice == Choice.BOOK and self.rows[row].match is None:
            return  # nothing to book it on: assign an invoice first
        self.rows[row].choice = choice
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def assign(self, row: int, invoice: InvoiceRow) -> None:
        """The user's own match: the line pays this invoice, as far as its open amount goes."""
        line = self.rows[row].line
        take = min(line.amount_cents, invoice.open_cents)
        match = Match(line, Certainty.SURE, Reason.ASSIGNED, (Allocation(invoice.invoice.id or 0, take),),
                      line.amount_cents - take)
        self.rows[row].match = match
        self.rows[row].choice = Choice.BOOK
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class BankReviewDialog(QDialog):
    """Signals:
        booked: the chosen lines were booked (the count of payments).
    """

    booked = Signal(int)

    def __init__(self, bank: BankImportService, review: BankReview, formatter: Formatter,
                 open_invoices: list[InvoiceRow], warnings: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bank statement: {name}").format(name=review.source.name))
        self.bank, self.review, self.formatter = bank, review, formatter
        self.open_invoices = open_invoices
        numbers = {r.invoice.id or 0: r.invoice.number for r in open_invoices}
        self.model = ReviewModel(formatter, numbers, self)
        self.model.set_review(review)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        summary = QLabel(self.tr("{sure} sure, {unsure} to check, {left} without a match; {already} line(s) were "
                                 "imported before and {debits} are payments out.").format(
            sure=len(review.sure), unsure=len(review.unsure), left=len(review.unmatched),
            already=len(review.already), debits=review.debits))
        summary.setObjectName("reviewSummary")
        summary.setWordWrap(True)
        self.warnings = error_label("reviewWarnings")
        if warnings:
            self.warnings.setText(self.tr("The statement does not add up by itself, so check that no line is "
                                          "missing before you book:") + "\n" + "\n".join(warnings))
            self.warnings.setVisible(True)

        self.book_button = QPushButton(self.tr("&Book"))
        self.ignore_button = QPushButton(self.tr("&Ignore"))
        self.later_button = QPushButton(self.tr("&Later"))
        self.invoice_combo = QComboBox()
        self.invoice_combo.setObjectName("assignTo")
        self.invoice_combo.addItem(self.tr("Assign to invoice…"), None)
        for row in sorted(open_invoices, key=lambda r: r.invoice.number):
            self.invoice_combo.addItem(f"{row.invoice.number} · {row.client_name} · "
                                       f"{formatter.amount(row.open_cents)}", row.invoice.id)
        for button, choice in ((self.book_button, Choice.BOOK), (self.ignore_button, Choice.IGNORE),
                               (self.later_button, Choice.LATER)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        self.invoice_combo.activated.connect(self._assign)
        choices = QHBoxLayout()
        for widget in (self.book_button, self.ignore_button, self.later_button, self.invoice_combo):
            choices.addWidget(widget)
        choices.addStretch(1)
        self.errors = error_label("reviewErrors")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(self.tr("Book the Chosen Lines"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(1000, 560)

    def _row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _choose(self, choice: str) -> None:
        row = self._row()
        if row is not None:
            self.model.set_choice(row, choice)

    def _assign(self, position: int) -> None:
        row, invoice_id = self._row(), self.invoice_combo.itemData(position)
        self.invoice_combo.setCurrentIndex(0)
        invoice = next((r for r in self.open_invoices if r.invoice.id == invoice_id), None)
        if row is not None and invoice is not None:
            self.model.assign(row, invoice)

    def accept(self) -> None:
        confirmed = [r.match for r in self.model.rows if r.choice == Choice.BOOK and r.match is not None]
        ignored = [r.line for r in self.model.rows if r.choice == Choice.IGNORE]
        try:
            count = self.bank.book(self.review, confirmed, ignored)
        except ValidationError:
            self.errors.setText(self.tr("An invoice was paid meanwhile, so a line no longer fits. Nothing was "
                                        "booked; import the statement again to see it as it is now."))
            self.errors.setVisible(True)
            return
        self.booked.emit(count)
        msgbox.information(self.parentWidget(), self.windowTitle(), self.tr("{count} payment(s) booked.").format(
            count=count))
        super().accept()
