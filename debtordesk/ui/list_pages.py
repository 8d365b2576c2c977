"""The invoice and client lists: search, filter, table, and the actions on a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.today import TodayItem
from debtordesk.ui.table_models import ROW_ROLE, RowTableModel


class ListPage(QWidget):
    """A searchable, sortable table over a ``RowTableModel``.

    Signals:
        activated(object): a row was double-clicked or Enter was pressed on it.
        selection_changed(): the current row changed.
    """

    activated = Signal(object)
    selection_changed = Signal()

    def __init__(self, model: RowTableModel[Any], search_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(model.set_search)
        self.table = QTableView()
        self.table.setModel(model)
        # Size columns from the first rows only: measuring 100,000 rows takes seconds.
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._sorted = False
        #: Size the columns to the first rows; off where a page sets its own resize modes.
        self.auto_size_columns = True
        self.table.doubleClicked.connect(lambda _index: self._activate())
        self.table.activated.connect(lambda _index: self._activate())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        self._filter_widgets: list[QWidget] = []
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search, 1)
        #: Filters sit on a line of their own under the search, so the search keeps its width.
        self.filters = QHBoxLayout()
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_filter_box(self, name: str, text: str, keep: Callable[[Any], bool]) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.toggled.connect(lambda on: self.model.set_filter(name, keep if on else None))
        self.filters.addWidget(box)
        self._filter_widgets.append(box)
        return box

    def add_filter_combo(self, name: str, all_text: str, choices: list[tuple[Any, str]],
                         keep: Callable[[Any, Any], bool]) -> QComboBox:
        """A choice of one value (or all); ``keep(row, value)`` says which rows stay."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(all_text, None)
        for value, label in choices:
            combo.addItem(label, value)

        def changed() -> None:
            value = combo.currentData()
            self.model.set_filter(name, None if value is None else lambda row: keep(row, value))

        combo.currentIndexChanged.connect(lambda _index: changed())
        self.filters.addWidget(combo)
        self._filter_widgets.append(combo)
        return combo

    def clear_filters(self) -> None:
        """Show every row again: no search text, no filter (including ones set from elsewhere)."""
        self.search.clear()
        for widget in self._filter_widgets:
            if isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
        self.model.clear_filters()

    def add_button(self, text: str, slot: Callable[[], Any], needs_row: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        if needs_row:
            button.setEnabled(False)
            self.selection_changed.connect(lambda: button.setEnabled(self.current() is not None))
        self.buttons.addWidget(button)
        return button

    def add_action_button(self, action: QAction) -> QToolButton:
        """A button for one of the window's actions: same text, shortcut and enabled state."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch()

    def current(self) -> Any:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _activate(self) -> None:
        row = self.current()
        if row is not None:
            self.activated.emit(row)

    def set_rows(self, rows: list[Any], sort_column: int, order: Qt.SortOrder) -> None:
        current = self.current()
        self.model.set_rows(rows)
        if not self._sorted:
            # The first fill picks the sort; after that the user's choice stays.
            self.table.sortByColumn(sort_column, order)
            self._sorted = True
            if self.auto_size_columns:
                # Every column as wide as its contents; the last one takes what is left.
                self.table.resizeColumnsToContents()
                self.table.horizontalHeader().setStretchLastSection(True)
        if current is None or not self.select_where(lambda row: _same(row, current)):
            # The first row is chosen, so its details show without a click (as a mail reader does).
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(0, 0))

    def select_where(self, match: Callable[[Any], bool]) -> bool:
        """Make the first shown row that matches current (and scroll to it); False if none is shown."""
        for position, row in enumerate(self.model.shown()):
            if match(row):
                index = self.model.index(position, 0)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False


def _same(a: Any, b: Any) -> bool:
    """Whether two rows (before and after a refresh) stand for the same thing."""
    key_a, key_b = _key(a), _key(b)
    return key_a is not None and key_a == key_b


def _key(row: Any) -> Any:
    if isinstance(row, TodayItem):
        return (row.kind, row.client_id, row.invoice_ids, row.task.id if row.task else None)
    owner = getattr(row, "invoice", None) or getattr(row, "client", None)
    if owner is not None:
        return (type(owner).__name__, owner.id)
    row_id = getattr(row, "id", None)
    return None if row_id is None else (type(row).__name__, row_id)
