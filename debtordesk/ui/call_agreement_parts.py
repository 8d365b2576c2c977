"""The fields of the call's agreement step: amounts, dates, pages of labelled fields, a payment plan.

Keyboard first: Tab moves from field to field (``DateEdit`` leaves at once
rather than stepping from day to month to year), the arrow keys change a choice
and wrap around, and no button takes Enter, so Ctrl+Enter and Esc reach the panel.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from debtordesk.core.call import Instalment, PromiseTerms
from debtordesk.core.formatting import Formatter
from debtordesk.core.money import AmountError, Cents, parse_amount
from debtordesk.core.validation import Problem
from debtordesk.ui.problem_text import amount_problem
from debtordesk.ui.widgets import ERROR_RED

#: objectName of every field label, so the editor can line up all label columns.
FORM_LABEL = "formLabel"
#: room inside a page for the red frame that marks it
FRAME_MARGIN = 4
#: how far the pages sit in from their heading
INDENT = 24
GREEN = "#1b6e2a"
RED = ERROR_RED
#: room between the options of a choice, so each reads as its own
CHOICE_GAP = 14
#: instalments a new payment plan starts with
PLAN_ROWS = 3


def split_evenly(total: Cents, count: int) -> list[Cents]:
    """``total`` in ``count`` instalments adding up to the cent; the first carries the odd cents.

    One amount differs from the others at most, which is easy to read aloud.
    """
    share, odd = divmod(total, count)
    return [share + odd] + [share] * (count - 1)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def read_amount(edit: QLineEdit, locale: str, field: str, problems: list[Problem]) -> Cents | None:
    """The cents typed in ``edit``; None (and a problem named ``field``) when it is not an amount."""
    try:
        return parse_amount(edit.text(), locale)
    except AmountError as error:
        problems.append(amount_problem(error, field))
        return None


class AmountEdit(QLineEdit):
    """An amount as the user types it ("1.234,56"), right-aligned, never wider than an amount."""

    def __init__(self, formatter: Formatter, cents: Cents | None = None) -> None:
        super().__init__("" if cents is None else formatter.plain_amount(cents))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(formatter.plain_amount(0))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._widest = formatter.plain_amount(999_999_99) + "00"  # and room for the frame

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._widest), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


class DateEdit(QDateEdit):
    """A date edit that Tab leaves at once; type the day, month and year as digits (30112026)."""

    def __init__(self, day: date, formatter: Formatter) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy" if formatter.language == "nl" else "dd/MM/yyyy")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_day(day)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        # Qt's date edit moves between its sections first; on the phone Tab means the next field.
        return QWidget.focusNextPrevChild(self, next_)

    def day(self) -> date:
        return self.date().toPython()  # type: ignore[return-value]

    def set_day(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))


class WrappingChoice(QObject):
    """A row of radio buttons that is one stop for Tab, on the one chosen; the arrow keys go round.

    Qt's own tab into a group at its first button and stop the arrows at the ends.
    """

    def __init__(self, buttons: list[QRadioButton]) -> None:
        super().__init__(buttons[0])
        self.buttons = buttons
        for button in buttons:
            button.installEventFilter(self)
            button.toggled.connect(self._rove)
        self._rove()

    def _rove(self) -> None:
        """Only the chosen button takes Tab; the others are reached with the arrow keys (or a click)."""
        chosen = next((b for b in self.buttons if b.isChecked()), self.buttons[0])
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        plain = isinstance(event, QKeyEvent) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.type() == QEvent.Type.KeyPress and plain:
            forward = event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            backward = event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up)
            if forward and watched is self.buttons[-1] or backward and watched is self.buttons[0]:
                target = self.buttons[0] if forward else self.buttons[-1]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                target.click()
                return True
        return False


def button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter belongs to the panel, even inside a dialog
    return button


def row_of(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """Widgets side by side, as one field of a form."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return holder


class Page(QFrame):
    """A block of labelled fields whose labels line up with every other page's.

    Signals:
        edited: something on the page was changed by the user.
    """

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._quiet = 0

    def add(self, label: str, field: QWidget, row: int = -1) -> QLabel:
        text = QLabel(label)
        text.setObjectName(FORM_LABEL)
        text.setBuddy(field)
        self.form.insertRow(row, text, field)
        return text

    def notify(self) -> None:
        """Tell the editor about a change made by the user (not about one made by the code)."""
        if not self._quiet:
            self.edited.emit()

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.notify)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.notify)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.notify)


class PromiseFields:
    """Amount, date and who promised: the "Pays" page, and the undisputed rest of a dispute."""

    def __init__(self, page: Page, formatter: Formatter, cents: Cents | None, on: date, by: str) -> None:
        self.amount = AmountEdit(formatter, cents)
        self.on = DateEdit(on, formatter)
        self.by = QLineEdit(by)
        page.add(QCoreApplication.translate("AgreementEditor", "Amount:"), self.amount)
        page.add(QCoreApplication.translate("AgreementEditor", "Pays on:"), self.on)
        page.add(QCoreApplication.translate("AgreementEditor", "Promised by:"), self.by)
        page.watch(self.amount, self.on, self.by)

    def widgets(self) -> dict[str, QWidget]:
        return {"promise.amount": self.amount, "promise.on": self.on, "promise.by": self.by}

    def set_visible(self, form: QFormLayout, visible: bool) -> None:
        for widget in (self.amount, self.on, self.by):
            form.setRowVisible(widget, visible)

    def terms(self, where: str, locale: str, problems: list[Problem]) -> PromiseTerms | None:
        cents = read_amount(self.amount, locale, f"{where}.promise.amount", problems)
        return None if cents is None else PromiseTerms(cents, self.on.day(), self.by.text().strip())


class _InstalmentRow:
    def __init__(self, formatter: Formatter, cents: Cents | None, on: date) -> None:
        self.amount = AmountEdit(formatter, cents)
        self.on = DateEdit(on, formatter)
        self.remove = button(QCoreApplication.translate("AgreementEditor", "Remove"))
        self.field = row_of(self.amount, self.on, self.remove)


class PlanPage(Page):
    """Instalments (amount and date each) with a live line saying whether they add up.

    Attributes:
        rows: the instalments as shown, first to last.
        progress: "€ X of € Y planned — € Z still to plan"; green once it adds up.
    """

    def __init__(self, formatter: Formatter, total: Cents, first_day: date,
                 working_day: Callable[[date], date]) -> None:
        super().__init__("planPage")
        self.formatter = formatter
        self.total = total
        self._working_day = working_day
        self.rows: list[_InstalmentRow] = []
        self.add_button = button(QCoreApplication.translate("AgreementEditor", "Add instalment"))
        self.split_button = button(QCoreApplication.translate("AgreementEditor", "Split evenly"))
        self.split_button.setToolTip(QCoreApplication.translate(
            "AgreementEditor", "Divide the open amount over these instalments, one month apart, to the cent."))
        self.progress = QLabel()
        self.progress.setObjectName("planProgress")
        self.progress.setWordWrap(True)
        self.form.addRow("", row_of(self.add_button, self.split_button))
        self.form.addRow("", self.progress)
        self.add_button.clicked.connect(self.add_instalment)
        self.split_button.clicked.connect(self.split)
        self._quiet += 1
        for index in range(PLAN_ROWS):
            self._append(None, first_day if index == 0 else self._working_day(add_months(first_day, index)))
        self._quiet -= 1
        self.update_progress()

    # -- instalments -------------------------------------------------------------------
    def _append(self, cents: Cents | None, on: date) -> _InstalmentRow:
        row = _InstalmentRow(self.formatter, cents, on)
        self.rows.append(row)
        self.add("", row.field, len(self.rows) - 1)
        row.field.show()  # now, not once events are processed: Tab skips what is not shown yet
        row.amount.textChanged.connect(self._changed)
        row.on.dateChanged.connect(self._changed)
        row.remove.clicked.connect(lambda: self.remove_instalment(row))
        self._renumber()
        return row

    def add_instalment(self) -> None:
        """One more instalment a month after the last, for what is still to plan."""
        last = self.rows[-1].on.day()
        rest = self.total - self.planned()
        row = self._append(rest if rest > 0 else None, self._working_day(add_months(last, 1)))
        row.amount.setFocus(Qt.FocusReason.TabFocusReason)
        self._changed()

    def remove_instalment(self, row: _InstalmentRow) -> None:
        if len(self.rows) <= 1:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.form.removeRow(row.field)
        self._renumber()
        neighbour = self.rows[min(index, len(self.rows) - 1)]
        neighbour.amount.setFocus(Qt.FocusReason.TabFocusReason)
        self._changed()

    def split(self) -> None:
        """Propose the open amount in equal monthly instalments (at least two), to the cent."""
        self._quiet += 1
        while len(self.rows) < 2:
            self._append(None, self.rows[-1].on.day())
        start = self.rows[0].on.day()
        for index, (row, cents) in enumerate(zip(self.rows, split_evenly(self.total, len(self.rows)), strict=True)):
            row.amount.setText(self.formatter.plain_amount(cents))
            if index:
                row.on.set_day(self._working_day(add_months(start, index)))
        self._quiet -= 1
        self._changed()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            label = self.form.labelForField(row.field)
            assert isinstance(label, QLabel)
            label.setText(QCoreApplication.translate("AgreementEditor", "Instalment {number}:").format(number=number))
            row.remove.setEnabled(len(self.rows) > 1)
        # New rows come last in Qt's focus chain; put them where they are seen.
        chain: list[QWidget] = [w for row in self.rows for w in (row.amount, row.on, row.remove)]
        for first, second in zip(chain, [*chain[1:], self.add_button], strict=True):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.add_button, self.split_button)

    def _changed(self) -> None:
        self.update_progress()
        self.notify()

    # -- what it adds up to --------------------------------------------------------------
    def planned(self) -> Cents:
        """The instalments that can be read, added up (an unreadable one counts as nothing)."""
        locale = self.formatter.locale
        return sum(read_amount(row.amount, locale, "", []) or 0 for row in self.rows)

    def update_progress(self) -> None:
        planned, amount = self.planned(), self.formatter.amount
        rest = self.total - planned
        if rest == 0:
            text = QCoreApplication.translate("AgreementEditor", "{planned} of {total} planned — adds up")
        elif rest > 0:
            text = QCoreApplication.translate("AgreementEditor", "{planned} of {total} planned — {rest} still to plan")
        else:
            text = QCoreApplication.translate("AgreementEditor", "{planned} of {total} planned — {over} too much")
        self.progress.setText(text.format(planned=amount(planned), total=amount(self.total), rest=amount(rest),
                                          over=amount(-rest)))
        self.progress.setProperty("addsUp", rest == 0)
        colour = GREEN if rest == 0 else RED if rest < 0 else ""
        self.progress.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")

    def instalments(self, where: str, locale: str, problems: list[Problem]) -> tuple[Instalment, ...]:
        found = []
        for number, row in enumerate(self.rows, start=1):
            cents = read_amount(row.amount, locale, f"{where}.plan.{number}.amount", problems)
            if cents is not None:
                found.append(Instalment(cents, row.on.day()))
        return tuple(found)

    def widgets(self) -> dict[str, QWidget]:
        found: dict[str, QWidget] = {"plan": self}
        for number, row in enumerate(self.rows, start=1):
            found[f"plan.{number}.amount"] = row.amount
            found[f"plan.{number}.on"] = row.on
        return found
