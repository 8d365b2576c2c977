"""Table models for the client and invoice lists (cf. Vorta's archive_table_model).

Named column constants, a role for the raw sort key and one for the row object,
one ``set_rows()`` that resets the model, and a proxy that sorts on raw values
and filters on a per-row search text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import ClientKind, ClientRow, InvoiceRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LATE = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    display: Callable[[T], str]
    sort_key: Callable[[T], Any]
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of rows; subclasses say which columns there are."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self._rows: list[T] = []
        self._columns: list[Column[T]] = self.columns()

    def columns(self) -> list[Column[T]]:
        """The table's columns; each subclass lists its own."""
        return []

    def search_text(self, row: T) -> str:
        return ""

    def foreground(self, row: T, column: int) -> QBrush | None:
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].align_right:
                return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return self.search_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        return None


class InvoicesModel(RowTableModel[InvoiceRow]):
    CLIENT, NUMBER, ISSUED, DUE, DAYS_LATE, TOTAL, OPEN = range(7)

    def __init__(self, formatter: Formatter, today: Callable[[], date], parent: Any = None) -> None:
        self.today = today
        super().__init__(formatter, parent)

    def columns(self) -> list[Column[InvoiceRow]]:
        f = self.formatter
        return [
            Column(self.tr("Client"), lambda r: r.client_name, lambda r: r.client_name.casefold()),
            Column(self.tr("Invoice"), lambda r: r.invoice.number, lambda r: r.invoice.number),
            Column(self.tr("Invoice date"), lambda r: f.short_date(r.invoice.issue_date),
                   lambda r: r.invoice.issue_date.toordinal()),
            Column(self.tr("Due date"), lambda r: f.short_date(r.invoice.due_date),
                   lambda r: r.invoice.due_date.toordinal()),
            Column(self.tr("Days overdue"), lambda r: str(r.days_overdue(self.today()) or ""),
                   lambda r: r.days_overdue(self.today()), align_right=True),
            Column(self.tr("Total"), lambda r: f.amount(r.invoice.total_cents), lambda r: r.invoice.total_cents,
                   align_right=True),
            Column(self.tr("Open"), lambda r: f.amount(r.open_cents) if r.open_cents else self.tr("paid"),
                   lambda r: r.open_cents, align_right=True),
        ]

    def search_text(self, row: InvoiceRow) -> str:
        return f"{row.client_name} {row.invoice.number} {row.invoice.description}".casefold()

    def foreground(self, row: InvoiceRow, column: int) -> QBrush | None:
        if column in (self.DAYS_LATE, self.OPEN) and row.days_overdue(self.today()) > 0:
            return LATE
        return None


class ClientsModel(RowTableModel[ClientRow]):
    NAME, KIND, PLACE, CONTACTS, OPEN, OVERDUE, STATUS = range(7)

    def columns(self) -> list[Column[ClientRow]]:
        f = self.formatter
        return [
            Column(self.tr("Client"), lambda r: r.client.name, lambda r: r.client.name.casefold()),
            Column(self.tr("Type"), self._kind, lambda r: r.client.kind.value),
            Column(self.tr("Place"), lambda r: f"{r.client.city} ({r.client.country.value})".strip(),
                   lambda r: r.client.city.casefold()),
            Column(self.tr("Contacts"), lambda r: str(r.contact_count), lambda r: r.contact_count, align_right=True),
            Column(self.tr("Open"), lambda r: f.amount(r.open_cents), lambda r: r.open_cents, align_right=True),
            Column(self.tr("Overdue"), lambda r: f.amount(r.overdue_cents) if r.overdue_cents else "",
                   lambda r: r.overdue_cents, align_right=True),
            Column(self.tr("Status"), self._status, self._status),
        ]

    def _kind(self, row: ClientRow) -> str:
        return self.tr("Company") if row.client.kind == ClientKind.COMPANY else self.tr("Consumer")

    def _status(self, row: ClientRow) -> str:
        if row.client.relationship_ended:
            return self.tr("Relationship ended")
        if row.client.work_paused:
            return self.tr("Work paused")
        return ""

    def search_text(self, row: ClientRow) -> str:
        c = row.client
        return f"{c.name} {c.city} {c.vat_number} {c.notes}".casefold()

    def foreground(self, row: ClientRow, column: int) -> QBrush | None:
        return LATE if column == self.OVERDUE and row.overdue_cents > 0 else None


class SearchProxy(QSortFilterProxyModel):
    """Sorts on raw values and keeps the rows whose search text holds every typed word."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._extra: Callable[[Any], bool] | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_row_filter(self, keep: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._extra = keep
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._extra is not None and not self._extra(model.data(index, ROW_ROLE)):
            return False
        if not self._words:
            return True
        text = model.data(index, SEARCH_ROLE) or ""
        return all(word in text for word in self._words)
