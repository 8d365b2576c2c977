"""The invoice and client lists: search, filter, table, and the actions on a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
        self.table.doubleClicked.connect(lambda _index: self._activate())
        self.table.activated.connect(lambda _index: self._activate())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()
        #: Shown while the model holds only the first rows; the window sets its text.
        self.loading = QLabel()
        self.loading.setObjectName("loading")
        self.loading.setStyleSheet("background: #e8f0fe; padding: 4px;")
        self.loading.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.loading)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_filter_box(self, text: str, keep: Callable[[Any], bool]) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda on: self.model.set_filter(text, keep if on else None))
        self.bar.addWidget(box)
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
        self.bar.addWidget(combo)
        return combo

    def add_button(self, text: str, slot: Callable[[], Any], needs_row: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        if needs_row:
            button.setEnabled(False)
            self.selection_changed.connect(lambda: button.setEnabled(self.current() is not None))
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

    def shows_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Whether the table is (or, before its first fill, will be) sorted so."""
        header = self.table.horizontalHeader()
        return not self._sorted or (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, order)

    def set_rows(self, rows: list[Any], sort_column: int, order: Qt.SortOrder, complete: bool = True) -> None:
        """Fill the table; ``complete=False``: ``rows`` are only the first ones in the default sort."""
        current = self.current()
        first_fill = not self._sorted
        if first_fill:
            # The first fill picks the sort; after that the user's choice stays. Picked before the
            # rows come, so they are sorted from the order they were read in (by id on equal keys).
            self.table.sortByColumn(sort_column, order)
            self._sorted = True
        self.model.set_rows(rows, None if complete else (sort_column, order))
        self.loading.setVisible(not complete)
        if first_fill:
            # Every column as wide as its contents; the last one takes what is left.
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setStretchLastSection(True)
        if current is not None:
            self.select_where(lambda row: _same(row, current))

    def select_where(self, match: Callable[[Any], bool]) -> bool:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if match(index.data(ROW_ROLE)):
                self.table.setCurrentIndex(index)
                return True
        return False


def _same(a: Any, b: Any) -> bool:
    key_a = getattr(getattr(a, "invoice", None) or getattr(a, "client", None), "id", None)
    key_b = getattr(getattr(b, "invoice", None) or getattr(b, "client", None), "id", None)
    return key_a is not None and key_a == key_b
