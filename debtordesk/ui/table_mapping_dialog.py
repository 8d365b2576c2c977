"""The first step of importing an invoice list: which column holds what, and how numbers and dates are written.

The columns are guessed from their headers (or taken from the last import of an
export with the same headers); the user corrects them while seeing the first rows.
Next reads every row with this mapping: a row that does not read is named with its
line, column and value, and nothing is imported until all of them read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.cell_formats import DateFormat, NumberFormat
from debtordesk.core.column_mapping import ColumnMapping, Field, Table
from debtordesk.core.formatting import Formatter
from debtordesk.core.import_model import ImportedInvoice, ImportRejected
from debtordesk.ui.import_problem_text import problem_lines
from debtordesk.ui.widgets import choice_combo, error_label

if TYPE_CHECKING:
    from collections.abc import Callable

Index = QModelIndex | QPersistentModelIndex
#: Enough rows to recognise the columns by; the rest is read on Next.
PREVIEW_ROWS = 30


def field_names() -> list[tuple[Field, str]]:
    return [(Field.NUMBER, TableMappingDialog.tr("Invoice number")), (Field.ISSUE_DATE, TableMappingDialog.tr("Invoice date")),
            (Field.DUE_DATE, TableMappingDialog.tr("Due date")), (Field.TERM_DAYS, TableMappingDialog.tr("Payment term (days)")),
            (Field.CLIENT_NAME, TableMappingDialog.tr("Client")), (Field.CLIENT_VAT, TableMappingDialog.tr("Client's VAT number")),
            (Field.CLIENT_EMAIL, TableMappingDialog.tr("Client's email")), (Field.NET, TableMappingDialog.tr("Amount without VAT")),
            (Field.VAT, TableMappingDialog.tr("VAT")), (Field.TOTAL, TableMappingDialog.tr("Total with VAT")), (Field.PAID, TableMappingDialog.tr("Paid")),
            (Field.OPEN, TableMappingDialog.tr("Open")), (Field.CURRENCY, TableMappingDialog.tr("Currency")), (Field.DESCRIPTION, TableMappingDialog.tr("Description")),
            (Field.PAYMENT_REFERENCE, TableMappingDialog.tr("Payment reference"))]


class PreviewModel(QAbstractTableModel):
    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.rows = table.rows[:PREVIEW_ROWS]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section]
        return str(self.rows[section].line)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = self.rows[index.row()].cells
        return cells[index.column()] if index.column() < len(cells) else ""


class TableMappingDialog(QDialog):
    """Attributes:
        invoices: every row read with the chosen mapping, once Next succeeded.
    """

    def __init__(self, table: Table, mapping: ColumnMapping, numbers: NumberFormat, dates: DateFormat,
                 read_rows: Callable[[Table, ColumnMapping, NumberFormat, DateFormat], list[ImportedInvoice]],
                 formatter: Formatter, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import invoices: {name}").format(name=name))
        self.table, self.read_rows, self.formatter = table, read_rows, formatter
        self.invoices: list[ImportedInvoice] = []
        preview = QTableView()
        preview.setObjectName("preview")
        preview.setModel(PreviewModel(table, self))
        preview.resizeColumnsToContents()
        grid = QGridLayout()
        self.columns: dict[Field, QComboBox] = {}
        choices: list[tuple[Any, str]] = [("", self.tr("— not in this file —"))]
        choices += [(header, header) for header in table.headers]
        for position, (field, label) in enumerate(field_names()):
            combo = choice_combo(choices, mapping.column(field))
            combo.setObjectName(f"column_{field.value}")
            self.columns[field] = combo
            grid.addWidget(QLabel(label + ":"), position // 3, (position % 3) * 2)
            grid.addWidget(combo, position // 3, (position % 3) * 2 + 1)
        self.numbers = choice_combo([(NumberFormat.DUTCH, self.tr("1.234,56 (Dutch)")),
                                     (NumberFormat.ENGLISH, self.tr("1,234.56 (English)"))], numbers)
        self.numbers.setObjectName("numbers")
        self.dates = choice_combo([(DateFormat.DMY, self.tr("24-11-2026 (day first)")),
                                   (DateFormat.YMD, self.tr("2026-11-24 (year first)")),
                                   (DateFormat.MDY, self.tr("11/24/2026 (month first)"))], dates)
        self.dates.setObjectName("dates")
        formats = QFormLayout()
        formats.addRow(self.tr("Amounts are written as:"), self.numbers)
        formats.addRow(self.tr("Dates are written as:"), self.dates)
        self.errors = error_label("mappingErrors")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(self.tr("&Next"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{rows} row(s). Tell DebtorDesk which column holds what; the first rows "
                                        "are shown below.").format(rows=len(table.rows))))
        layout.addWidget(preview, 1)
        layout.addLayout(grid)
        layout.addLayout(formats)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(**{field.value: str(combo.currentData()) for field, combo in self.columns.items()})

    def chosen_formats(self) -> tuple[NumberFormat, DateFormat]:
        return NumberFormat(self.numbers.currentData()), DateFormat(self.dates.currentData())

    def accept(self) -> None:
        mapping = self.mapping()
        missing = dict(field_names())
        if mapping.missing():
            self.errors.setText(self.tr("Choose the columns for: {fields}.").format(
                fields=", ".join(missing[f] for f in mapping.missing())))
            self.errors.setVisible(True)
            return
        numbers, dates = self.chosen_formats()
        try:
            self.invoices = self.read_rows(self.table, mapping, numbers, dates)
        except ImportRejected as rejected:
            self.errors.setText("\n".join(problem_lines(rejected.problems, limit=8)))
            self.errors.setVisible(True)
            return
        super().accept()
