"""One invoice in the call's agreement step: what was agreed about it.

A section offers four choices, each a page of fields: the client pays (a
promise), a payment plan, a dispute (of all or part of the invoice, with a
promise for the undisputed rest), or nothing agreed yet. The pages' fields are
in ``call_agreement_parts``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.call import DisputeTerms, InvoiceAgreement, PromiseTerms
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import InvoiceRow
from debtordesk.core.money import Cents
from debtordesk.core.validation import Problem
from debtordesk.ui.call_agreement_parts import (
    CHOICE_GAP,
    FRAME_MARGIN,
    INDENT,
    AmountEdit,
    DateEdit,
    Page,
    PlanPage,
    PromiseFields,
    WrappingChoice,
    read_amount,
    row_of,
)


class Choice(enum.IntEnum):
    """What was agreed about one invoice (the ids of the section's radio buttons)."""

    PAYS = 0
    PLAN = 1
    DISPUTE = 2
    NOTHING = 3


class _Deadline:
    """What one side does next and, if agreed, by when."""

    def __init__(self, page: Page, label: str, placeholder: str, day: date, formatter: Formatter) -> None:
        self.what = QLineEdit()
        self.what.setPlaceholderText(placeholder)
        self.has_date = QCheckBox(QCoreApplication.translate("AgreementEditor", "by"))
        self.by = DateEdit(day, formatter)
        self.by.setEnabled(False)
        self.has_date.toggled.connect(self.by.setEnabled)
        field = row_of(self.what, self.has_date, self.by, stretch=False)
        field.layout().setStretch(0, 1)  # type: ignore[union-attr]
        page.add(label, field)
        page.watch(self.what, self.has_date, self.by)

    def day(self) -> date | None:
        return self.by.day() if self.has_date.isChecked() else None


class DisputePage(Page):
    """What is contested (all or part), why, what each side does by when, and a promise for the rest."""

    def __init__(self, formatter: Formatter, open_cents: Cents, promise_day: date, deadline_day: date,
                 contact_name: str) -> None:
        super().__init__("disputePage")
        self.formatter = formatter
        self.open_cents = open_cents
        self.whole = QRadioButton(QCoreApplication.translate("AgreementEditor", "Whole invoice"))
        self.part = QRadioButton(QCoreApplication.translate("AgreementEditor", "Part:"))
        self.whole.setChecked(True)
        self._part_group = QButtonGroup(self)
        self._part_group.addButton(self.whole)
        self._part_group.addButton(self.part)
        self._part_keys = WrappingChoice([self.whole, self.part])
        self.amount = AmountEdit(formatter)
        self.amount.setEnabled(False)
        disputed = row_of(self.whole, self.part, self.amount)
        disputed.layout().insertSpacing(1, CHOICE_GAP)  # type: ignore[union-attr]
        self.add(QCoreApplication.translate("AgreementEditor", "Disputed:"), disputed)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(QCoreApplication.translate("AgreementEditor", "e.g. more hours than agreed"))
        self.add(QCoreApplication.translate("AgreementEditor", "Reason:"), self.reason)
        self.we = _Deadline(self, QCoreApplication.translate("AgreementEditor", "What we do:"),
                            QCoreApplication.translate("AgreementEditor", "e.g. send the time sheets"),
                            deadline_day, formatter)
        self.they = _Deadline(self, QCoreApplication.translate("AgreementEditor", "What they do:"),
                              QCoreApplication.translate("AgreementEditor", "e.g. check them with the project lead"),
                              deadline_day, formatter)
        self.pays_rest = QCheckBox(QCoreApplication.translate("AgreementEditor", "They pay the undisputed rest"))
        self.add("", self.pays_rest)
        self.rest = PromiseFields(self, formatter, None, promise_day, contact_name)
        self._auto_rest = ""
        self.watch(self.part, self.amount, self.reason, self.pays_rest)
        self.part.toggled.connect(self._update)
        self.amount.textChanged.connect(self._update)
        self.pays_rest.toggled.connect(self._update)
        self._update()

    def rest_cents(self) -> Cents | None:
        """The undisputed rest, once a readable part less than the whole is typed."""
        if not self.part.isChecked():
            return None
        disputed = read_amount(self.amount, self.formatter.locale, "", [])
        return self.open_cents - disputed if disputed is not None and 0 < disputed < self.open_cents else None

    def _update(self) -> None:
        """Show what belongs to the choice made; propose the rest as the promised amount."""
        part = self.part.isChecked()
        self.amount.setEnabled(part)
        rest = self.rest_cents()
        self.form.setRowVisible(self.pays_rest, part)
        self.rest.set_visible(self.form, part and self.pays_rest.isChecked())
        if rest is not None and self.rest.amount.text() in ("", self._auto_rest):
            self._auto_rest = self.formatter.plain_amount(rest)
            self._quiet += 1
            self.rest.amount.setText(self._auto_rest)
            self._quiet -= 1

    def terms(self, where: str, locale: str,
              problems: list[Problem]) -> tuple[DisputeTerms | None, PromiseTerms | None]:
        """The dispute and, with a part disputed, the promise for the rest; None where unreadable."""
        disputed = None
        readable = True
        if self.part.isChecked():
            disputed = read_amount(self.amount, locale, f"{where}.dispute.amount", problems)
            readable = disputed is not None
        promise = None
        if self.part.isChecked() and self.pays_rest.isChecked():
            promise = self.rest.terms(where, locale, problems)
        dispute = DisputeTerms(self.reason.text().strip(), self.we.what.text().strip(), self.we.day(),
                               self.they.what.text().strip(), self.they.day(), disputed)
        return (dispute if readable else None), promise

    def dates(self) -> list[date]:
        days = [d for d in (self.we.day(), self.they.day()) if d is not None]
        if self.part.isChecked() and self.pays_rest.isChecked():
            days.append(self.rest.on.day())
        return days

    def widgets(self) -> dict[str, QWidget]:
        return {"dispute": self, "dispute.amount": self.amount, "dispute.reason": self.reason,
                "dispute.we_do": self.we.what, "dispute.we_by": self.we.by,
                "dispute.they_do": self.they.what, "dispute.they_by": self.they.by}

    def rest_widgets(self) -> dict[str, QWidget]:
        """The promise for the rest, while it is shown."""
        return self.rest.widgets() if self.part.isChecked() and self.pays_rest.isChecked() else {}


def overdue_text(row: InvoiceRow, today: date, formatter: Formatter) -> str:
    days = row.days_overdue(today)
    if days == 1:
        return QCoreApplication.translate("AgreementEditor", "1 day overdue")
    if days > 1:
        return QCoreApplication.translate("AgreementEditor", "{days} days overdue").format(days=days)
    if row.invoice.due_date == today:
        return QCoreApplication.translate("AgreementEditor", "due today")
    return QCoreApplication.translate("AgreementEditor", "due {day}").format(day=formatter.date(row.invoice.due_date))


class InvoiceSection(QFrame):
    """One open invoice: its heading, the choice of what was agreed, and that choice's fields.

    Attributes:
        row: the invoice as the call's briefing had it.
        choices: the radio buttons, by ``Choice``.
        pays, plan, dispute: the pages (only the chosen one is shown).

    Signals:
        edited: the user changed something in this section.
    """

    edited = Signal()

    def __init__(self, row: InvoiceRow, today: date, contact_name: str, formatter: Formatter,
                 next_working_day: Callable[[date], date]) -> None:
        super().__init__()
        self.setObjectName("invoiceSection")
        self.row = row
        self.invoice_id = row.invoice.id or 0
        heading = QCoreApplication.translate("AgreementEditor", "Invoice {number} · {open} open · {overdue}")
        self.heading = QLabel(heading.format(number=row.invoice.number, open=formatter.amount(row.open_cents),
                                             overdue=overdue_text(row, today, formatter)))
        self.heading.setObjectName("invoiceHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.choice_row = QFrame()
        self.choice_row.setObjectName("choiceRow")
        choice_layout = QHBoxLayout(self.choice_row)
        choice_layout.setContentsMargins(FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)
        choice_layout.setSpacing(CHOICE_GAP)
        self.group = QButtonGroup(self)
        self.choices: dict[Choice, QRadioButton] = {}
        names = {Choice.PAYS: QCoreApplication.translate("AgreementEditor", "Pays"),
                 Choice.PLAN: QCoreApplication.translate("AgreementEditor", "Payment plan"),
                 Choice.DISPUTE: QCoreApplication.translate("AgreementEditor", "Dispute"),
                 Choice.NOTHING: QCoreApplication.translate("AgreementEditor", "Nothing agreed yet")}
        for choice in Choice:
            button = QRadioButton(names[choice])
            self.group.addButton(button, choice)
            self.choices[choice] = button
            choice_layout.addWidget(button)
        choice_layout.addStretch(1)
        self._wrap = WrappingChoice(list(self.choices.values()))
        self.choices[Choice.NOTHING].setChecked(True)

        def working_day(day: date) -> date:
            return next_working_day(day - timedelta(days=1))  # that day, or the next working one

        promise_day = next_working_day(today)
        self.pays = Page("promisePage")
        self.promise = PromiseFields(self.pays, formatter, row.open_cents, promise_day, contact_name)
        self.plan = PlanPage(formatter, row.open_cents, promise_day, working_day)
        self.dispute = DisputePage(formatter, row.open_cents, promise_day, working_day(today + timedelta(days=7)),
                                   contact_name)
        self.pages = {Choice.PAYS: self.pays, Choice.PLAN: self.plan, Choice.DISPUTE: self.dispute}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        body = QVBoxLayout()
        body.setContentsMargins(INDENT - FRAME_MARGIN, 0, 0, 0)
        body.addWidget(self.choice_row)
        for page in self.pages.values():
            body.addWidget(page)
            page.edited.connect(self.edited)
        layout.addLayout(body)
        self.group.idToggled.connect(self._toggled)
        self._show_page()

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._show_page()
            self.edited.emit()

    def _show_page(self) -> None:
        chosen = self.choice()
        for choice, page in self.pages.items():
            page.setVisible(choice == chosen)

    def choice(self) -> Choice:
        return Choice(self.group.checkedId())

    def set_choice(self, choice: Choice) -> None:
        self.choices[choice].setChecked(True)

    def agreement(self, locale: str, problems: list[Problem]) -> InvoiceAgreement | None:
        """What was agreed, or None; amounts that cannot be read are added to ``problems``."""
        where = f"invoice:{self.invoice_id}"
        chosen = self.choice()
        if chosen == Choice.PAYS:
            promise = self.promise.terms(where, locale, problems)
            return None if promise is None else InvoiceAgreement(self.invoice_id, promise=promise)
        if chosen == Choice.PLAN:
            count = len(problems)
            plan = self.plan.instalments(where, locale, problems)
            return None if len(problems) > count else InvoiceAgreement(self.invoice_id, plan=plan)
        if chosen == Choice.DISPUTE:
            dispute, promise = self.dispute.terms(where, locale, problems)
            return None if dispute is None else InvoiceAgreement(self.invoice_id, promise=promise, dispute=dispute)
        return None

    def dates(self) -> list[date]:
        """Every date agreed in this section: payments and the dispute's deadlines."""
        chosen = self.choice()
        if chosen == Choice.PAYS:
            return [self.promise.on.day()]
        if chosen == Choice.PLAN:
            return [row.on.day() for row in self.plan.rows]
        if chosen == Choice.DISPUTE:
            return self.dispute.dates()
        return []

    def widget_for(self, part: str | None) -> QWidget | None:
        """The widget a problem's part names ("promise.amount", "plan", "dispute.reason", ...)."""
        if part is None:
            return self.choice_row
        found = {**self.plan.widgets(), **self.dispute.widgets(), **self.promise.widgets()}
        if self.choice() == Choice.DISPUTE:
            found.update(self.dispute.rest_widgets())  # a promise with a dispute is the rest's
        return found.get(part)
