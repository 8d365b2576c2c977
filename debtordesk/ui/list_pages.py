"""The invoice and client lists: search, filter, table, and the actions on a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.ui.table_models import ROW_ROLE, RowTableModel
from debtordesk.ui.widgets import action_button


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
        # Size columns from the rows in view and 20 more: each 100 rows measured cost 50 ms
        # before the first paint (and 100,000 rows take seconds). Not 0 ("the rows in view"):
        # before the first layout Qt then measures far more.
        self.table.horizontalHeader().setResizeContentsPrecision(20)
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
        self._columns_unsized = False
        #: Choose the first row when nothing is chosen (main lists); off in the panes' own lists,
        #: where a row counts only once the user picks it.
        self.auto_select = True
        self._kept: tuple[Any, Any, int] | None = None
        self._forget = False
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.table.doubleClicked.connect(lambda _index: self._activate())
        self.table.activated.connect(lambda _index: self._activate())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        self._filter_widgets: list[QWidget] = []
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search, 1)
        #: Filters sit on a line of their own under the search, so the search keeps its width.
        self.filters = QHBoxLayout()
        self.buttons = QHBoxLayout()
        #: Shown while the model holds only the first rows; the window sets its text.
        self.loading = QLabel()
        self.loading.setObjectName("loading")
        self.loading.setStyleSheet("background: #e8f0fe; padding: 4px;")
        self.loading.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addLayout(self.filters)
        layout.addWidget(self.loading)
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
        button = action_button(action)
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
        first = not self._sorted
        if first:
            # The first fill picks the sort (before the rows, so the first row chosen is the first
            # shown and they are sorted from the order they were read in); after that the user's
            # choice stays.
            self.table.sortByColumn(sort_column, order)
            self._sorted = True
        # The current row is found again in _after_reset.
        self.model.set_rows(rows, None if complete else (sort_column, order))
        self.loading.setVisible(not complete)
        if first and self.auto_size_columns:
            self._columns_unsized = True
        if self._columns_unsized and self.isVisible():  # else when first shown: measuring a hidden
            self._size_columns()                         # list delays the first paint

    def showEvent(self, event: QShowEvent) -> None:
        if self._columns_unsized:
            self._size_columns()
        super().showEvent(event)

    def _size_columns(self) -> None:
        """Every column as wide as its contents; the last one takes what is left.

        A list that is still empty is sized again when its first rows come (the
        Today list often starts empty), not left at the headers' widths.
        """
        self._columns_unsized = self.model.rowCount() == 0
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def forget_current(self) -> None:
        """The next fill is of another file: do not look for the current row's id in it."""
        self._forget = True

    def _before_reset(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self._forget:
            self._kept = (self.model.row_ref(index.row()), self.model.row_key(index.data(ROW_ROLE)), index.row())
        else:
            self._kept = None
        self._forget = False

    def _after_reset(self) -> None:
        """Keep the same row current through a search, filter or refresh, so the pane and actions follow.

        Failing that (the row left the list), the row now at its place, or the first
        row; a reset clears Qt's current index without a signal, so say so either way.
        """
        kept, self._kept = self._kept, None
        position = None
        if kept is not None:
            ref, key, old_position = kept
            position = self.model.position_of(ref)
            if position is None and key is not None and ref[0] != self.model.generation:
                position = self._position_of_key(key, old_position)
            if position is None and self.auto_select:
                position = min(old_position, self.model.rowCount() - 1)
        elif self.auto_select and self.model.rowCount():
            position = 0
        if position is not None and position >= 0:
            self.table.setCurrentIndex(self.model.index(position, 0))
        else:
            self.selection_changed.emit()

    def _position_of_key(self, key: Any, likely: int) -> int | None:
        """Where the row with ``key`` is now; after a refresh it is most often still at ``likely``."""
        model = self.model
        if 0 <= likely < model.rowCount() and model.row_key(model.index(likely, 0).data(ROW_ROLE)) == key:
            return likely
        return next((p for p, row in enumerate(model.shown()) if model.row_key(row) == key), None)

    def select_where(self, match: Callable[[Any], bool]) -> bool:
        """Make the first shown row that matches current (and scroll to it); False if none is shown."""
        for position, row in enumerate(self.model.shown()):
            if match(row):
                index = self.model.index(position, 0)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False
