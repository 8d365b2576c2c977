"""What importing invoices will do, shown before it is done: new, changed, unchanged, and for whom.

Importing is one transaction: a refused invoice leaves the file as it was, and the
dialog says which invoice and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.core.invoice_import import Action, ClientMatch, InvoicePlan, PlannedInvoice
from debtordesk.core.validation import ValidationError
from debtordesk.ui.problem_text import problem_text
from debtordesk.ui.widgets import error_label

if TYPE_CHECKING:
    from debtordesk.core.invoice_import import ImportOutcome, InvoiceImportService

Index = QModelIndex | QPersistentModelIndex


def action_text(item: PlannedInvoice) -> str:
    if item.action == Action.UPDATE and item.payment_cents and not item.changes:
        return InvoicePlanDialog.tr("paid in part or whole")
    return {Action.NEW: InvoicePlanDialog.tr("new"), Action.UPDATE: InvoicePlanDialog.tr("changed"),
            Action.UNCHANGED: InvoicePlanDialog.tr("unchanged"), Action.CREDIT: InvoicePlanDialog.tr("credit note"),
            Action.SKIPPED: InvoicePlanDialog.tr("not imported")}[item.action]


def client_text(item: PlannedInvoice) -> str:
    name = item.imported.buyer.name
    return {ClientMatch.VAT: InvoicePlanDialog.tr("{name} (by VAT number)"),
            ClientMatch.EMAIL: InvoicePlanDialog.tr("{name} (by email)"),
            ClientMatch.NAME: InvoicePlanDialog.tr("{name}"),
            ClientMatch.NEW: InvoicePlanDialog.tr("{name} (new client)")}[item.match].format(name=name)


def note_text(note: str) -> str:
    return {"credit_note_unmatched": InvoicePlanDialog.tr("the invoice it corrects is not open here"),
            "paid_less_than_recorded": InvoicePlanDialog.tr(
                "the file says less is paid than DebtorDesk has; payments stay as they are")}.get(note, note)


class PlanModel(QAbstractTableModel):
    NUMBER, CLIENT, ACTION, AMOUNT, NOTE = range(5)

    def __init__(self, plan: InvoicePlan, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.formatter = plan, formatter

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.plan.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Invoice"), self.tr("Client"), self.tr("What happens"), self.tr("Amount"),
                self.tr("Note"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.plan.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.imported.number, client_text(item), action_text(item),
                    self.formatter.amount(item.imported.net_cents + item.imported.vat_cents),
                    note_text(item.note))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class InvoicePlanDialog(QDialog):
    """Signals:
        imported: the plan was carried out.
    """

    imported = Signal(object)

    def __init__(self, imports: InvoiceImportService, plan: InvoicePlan, formatter: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import invoices: {name}").format(name=plan.source.name))
        self.imports, self.plan, self.formatter = imports, plan, formatter
        self.outcome: ImportOutcome | None = None
        summary = QLabel(self.tr("{new} new, {changed} changed, {same} unchanged, {skipped} not imported; "
                                 "{clients} new client(s).").format(
            new=plan.count(Action.NEW), changed=plan.count(Action.UPDATE) + plan.count(Action.CREDIT),
            same=plan.count(Action.UNCHANGED), skipped=plan.count(Action.SKIPPED), clients=plan.new_clients))
        summary.setObjectName("planSummary")
        summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(PlanModel(plan, formatter, self))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.errors = error_label("planErrors")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setEnabled(any(i.action not in (Action.UNCHANGED, Action.SKIPPED) for i in plan.items))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(900, 480)

    def accept(self) -> None:
        try:
            self.outcome = self.imports.apply(self.plan)
        except ValidationError as error:
            lines = []
            for problem in error.problems:
                number, _, field = problem.field.partition(".")
                text = problem_text(type(problem)(field, problem.code, problem.params), self.formatter)
                lines.append(self.tr("Invoice {number}: {problem}").format(number=number, problem=text))
            self.errors.setText("\n".join(lines) + "\n" + self.tr("Nothing was imported. Correct the file and "
                                                                   "import it again."))
            self.errors.setVisible(True)
            return
        self.imported.emit(self.outcome)
        super().accept()
