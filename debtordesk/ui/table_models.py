"""Table models for the client and invoice lists (cf. Vorta's archive_table_model).

Named column constants, a role for the raw sort key and one for the row object,
one ``set_rows()`` that resets the model; sorting on raw values and filtering on
a per-row search text happen in the model itself (see RowTableModel).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import ClientKind, ClientRow, InvoiceRow
from debtordesk.core.figures import Behaviour, Reliability
from debtordesk.core.follow_up import InvoiceFollowUp, LadderBook, next_step_of
from debtordesk.core.ladder import Done, NextStep, Paused, Proposal
from debtordesk.core.stage import Stage, badges_of, stage_of
from debtordesk.core.today import TodayItem, TodayKind
from debtordesk.ui import labels

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
    tooltip: bool = False  # long text that may be cut off: the full text as a tooltip


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of rows that sorts and filters itself; subclasses list the columns.

    Sorting and filtering happen here rather than in a QSortFilterProxyModel: the
    proxy compares rows through ``data()`` calls into Python, over five million of
    them to sort 100,000 invoices (a minute). Here a sort is one ``list.sort`` over
    keys computed once per column, and a search is one pass over cached texts.
    """

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self._rows: list[T] = []
        self._generation = 0  # counts set_rows: row handles of an older fill mean nothing
        self._visible: list[int] = []  # indexes into _rows, in display order
        self._columns: list[Column[T]] = self.columns()
        self._keys: dict[int, list[Any]] = {}
        self._texts: list[str] | None = None
        self._words: list[str] = []
        self._filters: dict[str, Callable[[T], bool]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._order: list[int] = []  # every row, in the current sort order
        # Results of recent searches, so backspacing is as quick as typing on.
        self._recent: dict[tuple[str, ...], list[int]] = {}
        # While only the first rows are here: the sort they are the first rows of.
        self._first_of: tuple[int, Qt.SortOrder] | None = None

    def columns(self) -> list[Column[T]]:
        """The table's columns; each subclass lists its own."""
        return []

    def search_text(self, row: T) -> str:
        return ""

    def foreground(self, row: T, column: int) -> QBrush | None:
        return None

    def row_key(self, row: T) -> Any:
        """What a row stands for, to find it again among fresh rows after a refresh (None: cannot)."""
        owner = getattr(row, "invoice", None) or getattr(row, "client", None)
        if owner is not None:
            return (type(owner).__name__, owner.id)
        row_id = getattr(row, "id", None)
        return None if row_id is None else (type(row).__name__, row_id)

    @property
    def generation(self) -> int:
        """How many times the rows were replaced (set_rows)."""
        return self._generation

    def row_ref(self, position: int) -> tuple[int, int]:
        """A handle on the row shown at ``position`` that survives searching, filtering and sorting."""
        return (self._generation, self._visible[position])

    def position_of(self, ref: tuple[int, int]) -> int | None:
        """Where the row of ``ref`` is shown now; None if filtered out or the rows were replaced."""
        generation, index = ref
        if generation != self._generation:
            return None
        try:
            return self._visible.index(index)  # one C-level scan, also over 100,000 rows
        except ValueError:
            return None

    # -- content -------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T], first_of: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Show ``rows``; with ``first_of``, they are only the first rows in that sort, the rest to follow.

        While only the first rows are here, a search, a filter or another sort
        shows nothing rather than a wrong answer from part of the rows; each
        applies to every row once they have come (the next ``set_rows``).
        """
        self.beginResetModel()
        self._generation += 1
        self._first_of = first_of
        self._rows = list(rows)
        self._keys.clear()
        self._texts = None
        self._recent.clear()
        self._order = list(range(len(self._rows)))
        self._apply_sort()
        self._visible = self._filtered()
        self.endResetModel()

    def rows(self) -> list[T]:
        """Every row, shown or filtered out (only the first ones while ``complete`` is False)."""
        return list(self._rows)

    @property
    def complete(self) -> bool:
        """False while only the first rows are here (see ``set_rows``)."""
        return self._first_of is None

    def shown(self) -> list[T]:
        """The rows on screen, in display order."""
        return [self._rows[i] for i in self._visible]

    # -- filtering -------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Keep the rows whose search text holds every typed word."""
        words = text.casefold().split()
        narrower = bool(self._words) and len(words) >= len(self._words) and all(
            old in new for old, new in zip(self._words, words, strict=False))
        self._recent[tuple(self._words)] = self._visible
        while len(self._recent) > 16:  # each entry may hold 100,000 row numbers
            del self._recent[next(iter(self._recent))]
        self._words = words
        known = self._recent.get(tuple(words))
        if not self.complete:
            self._refilter()
        elif known is not None:
            self.beginResetModel()
            self._visible = known
            self.endResetModel()
        elif narrower:
            # Typing on only narrows: filter what is shown (already filtered and sorted).
            self.beginResetModel()
            self._visible = self._matching(self._visible)
            self.endResetModel()
        else:
            self._refilter()

    def set_filter(self, name: str, keep: Callable[[T], bool] | None) -> None:
        """Add, replace or (with None) remove a named filter; all filters apply together."""
        if keep is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = keep
        self._recent.clear()
        self._refilter()

    def clear_filters(self) -> None:
        if self._filters:
            self._filters.clear()
            self._recent.clear()
            self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered()  # from the sorted order: no sort per keystroke
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if self._first_of is not None and (self._words or self._filters or self._sort not in (None, self._first_of)):
            return []  # only the first rows are here: the answer would be wrong
        keep = list(self._filters.values())
        indexes = self._order
        if keep:
            indexes = [i for i in indexes if all(f(self._rows[i]) for f in keep)]  # type: ignore[assignment]
        return self._matching(list(indexes))

    def _matching(self, indexes: list[int]) -> list[int]:
        """The rows among ``indexes`` whose text holds every word, one word at a time."""
        if not self._words:
            return indexes
        if self._texts is None:
            self._texts = [self.search_text(row) for row in self._rows]
        texts = self._texts
        for word in self._words:
            indexes = [i for i in indexes if word in texts[i]]
        return indexes

    # -- sorting ---------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = [(index, self._visible[index.row()]) for index in self.persistentIndexList()
                  if 0 <= index.row() < len(self._visible)]
        self._sort = (column, order)
        self._recent.clear()
        self._apply_sort()
        if self.complete:
            shown = set(self._visible)
            self._visible = [i for i in self._order if i in shown]
        else:
            self._visible = self._filtered()
        position = {row: place for place, row in enumerate(self._visible)}
        self.changePersistentIndexList(
            [index for index, _row in before],
            [self.index(position[row], index.column()) if row in position else QModelIndex()
             for index, row in before])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        keys = self._keys.get(column)
        if keys is None:
            sort_key = self._columns[column].sort_key
            keys = self._keys[column] = [sort_key(row) for row in self._rows]
        self._order.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

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
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        row = self._rows[self._visible[index.row()]]
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
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.display(row)
        return None


class InvoicesModel(RowTableModel[InvoiceRow]):
    CLIENT, NUMBER, ISSUED, DUE, DAYS_LATE, TOTAL, OPEN, STATUS, NEXT = range(9)

    def __init__(self, formatter: Formatter, today: Callable[[], date], parent: Any = None) -> None:
        self.today = today
        self._today = date.min
        self.follow_up: Mapping[int, InvoiceFollowUp] = {}
        self.ladders = LadderBook()
        self._next: dict[int, NextStep] = {}  # worked out when a row is first shown or sorted
        self._pause_labels = dict(labels.pauses())
        self._step_names = labels.default_step_names()
        self._stage_labels = dict(labels.stages())
        self._badge_labels = dict(labels.badges())
        super().__init__(formatter, parent)

    def set_rows(self, rows: Sequence[InvoiceRow], first_of: tuple[int, Qt.SortOrder] | None = None) -> None:
        self._today = self.today()  # once per fill, not once per cell
        self._next = {}
        super().set_rows(rows, first_of)

    def set_follow_up(self, follow_up: Mapping[int, InvoiceFollowUp], ladders: LadderBook) -> None:
        """The ladder facts of the rows to come; call before ``set_rows``."""
        self.follow_up, self.ladders = follow_up, ladders

    def next_step(self, row: InvoiceRow) -> NextStep:
        key = row.invoice.id or 0
        found = self._next.get(key)
        if found is None:
            found = self._next[key] = next_step_of(row, self.follow_up, self.ladders, self._today)
        return found

    def _next_text(self, row: InvoiceRow) -> str:
        result = self.next_step(row)
        f = self.formatter
        if isinstance(result, Proposal):
            name = labels.step_name(result.step, self._step_names)
            if result.is_due(self._today):
                return self.tr("{step}, due since {date}").format(step=name, date=f.short_date(result.due_on))
            return self.tr("{step} on {date}").format(step=name, date=f.short_date(result.due_on))
        if isinstance(result, Paused):
            pause = self._pause_labels[result.reason]
            if result.until is not None:
                return self.tr("{pause} until {date}").format(pause=pause, date=f.short_date(result.until))
            return pause
        if result.reason == Done.LADDER_END:
            return self.tr("Every step taken")
        return ""

    def _next_key(self, row: InvoiceRow) -> int:
        result = self.next_step(row)
        if isinstance(result, Proposal):
            return result.due_on.toordinal()
        if isinstance(result, Paused):
            return date.max.toordinal() - 1
        return date.max.toordinal()

    def columns(self) -> list[Column[InvoiceRow]]:
        f = self.formatter
        return [
            Column(self.tr("Client"), lambda r: r.client_name, lambda r: r.client_name.casefold()),
            Column(self.tr("Invoice"), lambda r: r.invoice.number, lambda r: r.invoice.number),
            Column(self.tr("Invoice date"), lambda r: f.short_date(r.invoice.issue_date),
                   lambda r: r.invoice.issue_date.toordinal()),
            Column(self.tr("Due date"), lambda r: f.short_date(r.invoice.due_date),
                   lambda r: r.invoice.due_date.toordinal()),
            Column(self.tr("Days overdue"), lambda r: str(r.days_overdue(self._today) or ""),
                   lambda r: r.days_overdue(self._today), align_right=True),
            Column(self.tr("Total"), lambda r: f.amount(r.invoice.total_cents), lambda r: r.invoice.total_cents,
                   align_right=True),
            Column(self.tr("Open"), lambda r: f.amount(r.open_cents) if r.open_cents else self.tr("paid"),
                   lambda r: r.open_cents, align_right=True),
            Column(self.tr("Status"), self._status, lambda r: int(stage_of(r, self._today))),
            Column(self.tr("Next step"), self._next_text, self._next_key),
        ]

    def _status(self, row: InvoiceRow) -> str:
        stage = stage_of(row, self._today)
        words = [self._stage_labels[stage]] + [self._badge_labels[b] for b in badges_of(row, stage)]
        return " · ".join(words)

    def search_text(self, row: InvoiceRow) -> str:
        return f"{row.client_name} {row.contact_names} {row.invoice.number} {row.invoice.description}".casefold()

    def foreground(self, row: InvoiceRow, column: int) -> QBrush | None:
        if column in (self.DAYS_LATE, self.OPEN) and row.days_overdue(self._today) > 0:
            return LATE
        if column == self.STATUS and stage_of(row, self._today) in (Stage.PROMISE_BROKEN, Stage.OVERDUE):
            return LATE
        if column == self.NEXT:
            result = self.next_step(row)
            if isinstance(result, Proposal) and result.is_due(self._today):
                return LATE
        return None

    def stage(self, row: InvoiceRow) -> Stage:
        return stage_of(row, self._today)


class ClientsModel(RowTableModel[ClientRow]):
    NAME, KIND, PLACE, CONTACTS, OPEN, OVERDUE, DAYS_LATE, RATING, STATUS = range(9)

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        self.behaviour: dict[int, Behaviour] = {}
        self._ratings = dict(labels.reliability())
        super().__init__(formatter, parent)

    def set_behaviour(self, behaviour: dict[int, Behaviour]) -> None:
        """Payment behaviour per client id; give it before ``set_rows``."""
        self.behaviour = behaviour

    def _behaviour(self, row: ClientRow) -> Behaviour | None:
        return self.behaviour.get(row.client.id or 0)

    def _days_late(self, row: ClientRow) -> str:
        found = self._behaviour(row)
        return "" if found is None or found.average_days_late is None else str(found.average_days_late)

    def _rating(self, row: ClientRow) -> str:
        found = self._behaviour(row)
        return self._ratings[found.rating if found else Reliability.NO_HISTORY]

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
            Column(self.tr("Avg. days late"), self._days_late,
                   lambda r: -1 if self._behaviour(r) is None else (self._behaviour(r).average_days_late or 0),  # type: ignore[union-attr]
                   align_right=True),
            Column(self.tr("Payment behaviour"), self._rating, self._rating),
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


class TodayModel(RowTableModel[TodayItem]):
    """The day's worklist; each row says why it is there."""

    WHEN, WHY, CLIENT, INVOICES, OPEN = range(5)

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        self._why = {
            TodayKind.PROMISE_BROKEN: self.tr("Promise broken"),
            TodayKind.PROMISE_DUE: self.tr("Promised for today"),
            TodayKind.TASK: self.tr("Follow-up planned"),
        }
        self._step_names = labels.default_step_names()
        super().__init__(formatter, parent)

    def columns(self) -> list[Column[TodayItem]]:
        f = self.formatter
        return [
            Column(self.tr("When"), self._when, lambda i: (i.day.toordinal(), self._time(i))),
            Column(self.tr("Why"), self._reason, lambda i: int(i.kind)),
            Column(self.tr("Client"), lambda i: i.client_name, lambda i: i.client_name.casefold()),
            Column(self.tr("Invoices"), lambda i: ", ".join(i.invoice_numbers), lambda i: i.invoice_numbers),
            Column(self.tr("Open"), lambda i: f.amount(i.open_cents) if i.open_cents else "", lambda i: i.open_cents,
                   align_right=True),
        ]

    @staticmethod
    def _time(item: TodayItem) -> str:
        """A call back planned for a slot says when in the day."""
        return item.task.due_time.strftime("%H:%M") if item.task and item.task.due_time else ""

    def _when(self, item: TodayItem) -> str:
        return f"{self.formatter.short_date(item.day)} {self._time(item)}".rstrip()

    def _reason(self, item: TodayItem) -> str:
        if item.kind == TodayKind.STEP_DUE:
            return item.step_name or self._step_names.get(item.step_key, item.step_key)
        return f"{self._why[item.kind]}: {item.note}" if item.note else self._why[item.kind]

    def row_key(self, row: TodayItem) -> Any:
        return (row.kind, row.client_id, row.invoice_ids, row.task.id if row.task else None, row.step_key)

    def search_text(self, item: TodayItem) -> str:
        return f"{item.client_name} {' '.join(item.invoice_numbers)} {item.note}".casefold()

    def foreground(self, item: TodayItem, column: int) -> QBrush | None:
        return LATE if item.kind == TodayKind.PROMISE_BROKEN and column == self.WHY else None
