"""Step 4 of the guided call ("agreement"): what was agreed per invoice, and who handles payments.

The call-script panel embeds an ``AgreementEditor`` and reads it when the user
moves on: ``agreements()`` for the ``CallReport``, ``new_contact()``, and
``latest_date()`` for the default follow-up date. It is used with a phone at the
ear, so it needs no mouse: Tab moves through the fields, the arrow keys change a
choice, and Ctrl+Enter and Esc are left alone for the panel (next and back).

Unreadable amounts are never guessed. ``input_problems()`` names each one as a
``Problem`` with the code ``core.money.parse_amount`` gave (amount_empty,
amount_invalid, ...) and a field like the service's ("invoice:<id>.promise.amount",
"invoice:<id>.plan.<n>.amount", "invoice:<id>.dispute.amount"). ``agreements()``
raises ``ValidationError`` with those problems, so a half-read agreement cannot
reach the service; a live summary should check ``input_problems()`` first.
``show_problems`` shows them the same way as the service's problems.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from debtordesk.core.call import InvoiceAgreement
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Contact, ContactRole, InvoiceRow
from debtordesk.core.validation import Problem, ValidationError
from debtordesk.ui import labels
from debtordesk.ui.call_agreement_parts import FORM_LABEL, FRAME_MARGIN, INDENT, Page
from debtordesk.ui.call_agreement_section import Choice, InvoiceSection
from debtordesk.ui.form_dialog import ERROR_STYLE
from debtordesk.ui.problem_text import problem_text
from debtordesk.ui.widgets import choice_combo, error_label

__all__ = ["AgreementEditor", "Choice"]

_INVOICE_FIELD = re.compile(r"invoice:(\d+)(?:\.(.+))?")
_INSTALMENT = re.compile(r"plan\.(\d+)\.(?:amount|on)")


class ContactSection(QFrame):
    """ "Someone else handles payments": a tick that reveals the new contact's fields.

    Signals:
        edited: the user changed something here.
    """

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("contactSection")
        self.handles = QCheckBox(QCoreApplication.translate("AgreementEditor", "Someone else handles payments"))
        self.handles.setObjectName("newContactToggle")
        self.handles.setStyleSheet("font-weight: bold;")
        self.page = Page("contactPage")
        self.name = QLineEdit()
        self.role = choice_combo(labels.contact_roles(), ContactRole.ACCOUNTS_PAYABLE)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+31 6 12345678")
        self.email = QLineEdit()
        self.email.setPlaceholderText(QCoreApplication.translate("AgreementEditor", "name@example.com"))
        self.page.add(QCoreApplication.translate("AgreementEditor", "Name:"), self.name)
        self.page.add(QCoreApplication.translate("AgreementEditor", "Role:"), self.role)
        self.page.add(QCoreApplication.translate("AgreementEditor", "Phone:"), self.phone)
        self.page.add(QCoreApplication.translate("AgreementEditor", "Email:"), self.email)
        self.page.watch(self.name, self.phone, self.email)
        self.role.currentIndexChanged.connect(self.page.notify)
        self.page.edited.connect(self.edited)
        self.page.hide()
        self.handles.toggled.connect(self.page.setVisible)
        self.handles.toggled.connect(self.edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.handles)
        body = QVBoxLayout()
        body.setContentsMargins(INDENT - FRAME_MARGIN, 0, 0, 0)
        body.addWidget(self.page)
        layout.addLayout(body)

    def contact(self) -> Contact | None:
        if not self.handles.isChecked():
            return None
        return Contact(0, self.name.text().strip(), ContactRole(self.role.currentData()),
                       email=self.email.text().strip(), phone=self.phone.text().strip())

    def widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "role": self.role, "phone": self.phone, "email": self.email}


def _part_name(part: str | None) -> str:
    """A problem's part as the user knows the field; "" for the invoice as a whole."""
    if part is None:
        return ""
    instalment = _INSTALMENT.fullmatch(part)
    if instalment:
        return QCoreApplication.translate("AgreementEditor", "Instalment {number}").format(number=instalment[1])
    names = {
        "promise.amount": QCoreApplication.translate("AgreementEditor", "Amount"),
        "promise.on": QCoreApplication.translate("AgreementEditor", "Pays on"),
        "promise.by": QCoreApplication.translate("AgreementEditor", "Promised by"),
        "plan": QCoreApplication.translate("AgreementEditor", "Payment plan"),
        "dispute.amount": QCoreApplication.translate("AgreementEditor", "Disputed part"),
        "dispute.reason": QCoreApplication.translate("AgreementEditor", "Reason"),
        "dispute.we_do": QCoreApplication.translate("AgreementEditor", "What we do"),
        "dispute.we_by": QCoreApplication.translate("AgreementEditor", "Our deadline"),
        "dispute.they_do": QCoreApplication.translate("AgreementEditor", "What they do"),
        "dispute.they_by": QCoreApplication.translate("AgreementEditor", "Their deadline"),
    }
    return names.get(part, "")


def _contact_field_name(field: str) -> str:
    names = {"name": QCoreApplication.translate("AgreementEditor", "Name"),
             "role": QCoreApplication.translate("AgreementEditor", "Role"),
             "phone": QCoreApplication.translate("AgreementEditor", "Phone"),
             "email": QCoreApplication.translate("AgreementEditor", "Email")}
    return names.get(field, field)


def _error_style(widget: QWidget) -> str:
    """ERROR_STYLE for the widget itself, not for what it contains (a page's fields, a date's text box)."""
    if isinstance(widget, QAbstractSpinBox):
        return f"QAbstractSpinBox {{ {ERROR_STYLE} }}"
    if isinstance(widget, QComboBox):
        return f"QComboBox {{ {ERROR_STYLE} }}"
    if isinstance(widget, QFrame):
        return f"#{widget.objectName()} {{ {ERROR_STYLE} }}"
    return ERROR_STYLE


def _focus_target(widget: QWidget) -> QWidget:
    """The widget itself, or for a page the field to start on (a choice: the one chosen)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
        return widget
    fields = [child for child in widget.findChildren(QWidget)
              if child.isVisibleTo(widget) and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus]
    chosen = [child for child in fields if isinstance(child, QRadioButton) and child.isChecked()]
    return (chosen or sorted(fields, key=lambda child: _place(child, widget)) or [widget])[0]


def _place(widget: QWidget, within: QWidget) -> tuple[int, int]:
    """Where ``widget`` is drawn inside ``within``: top to bottom, then left to right."""
    corner = widget.mapTo(within, QPoint(0, 0))
    return corner.y(), corner.x()


class AgreementEditor(QWidget):
    """What was agreed in the call: per open invoice a promise, a plan, a dispute or nothing; and a new contact.

    Attributes:
        formatter: amounts and dates in the UI language (amounts are read in its locale).
        sections: one per open invoice of the call, in the order given.
        contact: the "Someone else handles payments" section (a new one for every call).
        errors: the list of what to fix, above the fields; hidden when empty.

    Signals:
        changed: emitted on every edit by the user (not by ``set_call``), so the panel can
            recompute the closing summary and the default follow-up date.
    """

    changed = Signal()

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementEditor")
        self.formatter = formatter
        self.sections: list[InvoiceSection] = []
        self._marked: list[tuple[QWidget, str]] = []
        self.errors = error_label("agreementErrors")
        self.contact = ContactSection()
        self.contact.edited.connect(self._edited)
        self._invoices = QWidget()
        self._content = QWidget()
        self._content.setObjectName("agreementContent")
        content = QVBoxLayout(self._content)
        spacing = content.spacing()
        content.setSpacing(2 * spacing)
        content.addWidget(self._invoices)
        content.addWidget(_separator())
        content.addWidget(self.contact)
        content.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("agreementScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the frame
        self._scroll.setWidget(self._content)
        self.errors.setContentsMargins(content.contentsMargins())  # in line with the fields below
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.errors)
        layout.addWidget(self._scroll)
        # Label columns line up across sections; fonts (the panel's size) are known once polished.
        self._align = QTimer(self)
        self._align.setSingleShot(True)
        self._align.setInterval(0)
        self._align.timeout.connect(self._align_labels)

    # -- filling -----------------------------------------------------------------------
    def set_call(self, rows: Sequence[InvoiceRow], today: date, contact_name: str,
                 calendar_next_working_day: Callable[[date], date] | None = None) -> None:
        """Start over for a call about ``rows`` (invoices with nothing open are left out).

        Args:
            rows: the call's invoices, in the order to show them.
            today: the call's day; a promise defaults to the next working day after it.
            contact_name: whom the user speaks with; "promised by" defaults to it.
            calendar_next_working_day: the client's calendar (first working day after a day);
                without one, tomorrow is the next working day and every day is one.
        """
        next_working_day = calendar_next_working_day or (lambda day: day + timedelta(days=1))
        self._clear_marks()
        self.errors.clear()
        self.errors.hide()
        old = self._invoices
        self._invoices = QWidget()
        box = QVBoxLayout(self._invoices)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2 * box.spacing())
        self.sections = []
        for index, row in enumerate(r for r in rows if r.open_cents > 0):
            if index:
                box.addWidget(_separator())
            section = InvoiceSection(row, today, contact_name, self.formatter, next_working_day)
            section.edited.connect(self._edited)
            box.addWidget(section)
            self.sections.append(section)
        layout = self._content.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.replaceWidget(old, self._invoices)
        old.hide()  # at once: deleteLater waits for the event loop
        old.deleteLater()
        # A new contact section, joined after the invoices: Tab goes in the order widgets join the window.
        old_contact, self.contact = self.contact, ContactSection()
        self.contact.edited.connect(self._edited)
        layout.replaceWidget(old_contact, self.contact)
        old_contact.hide()
        old_contact.deleteLater()
        for new in (self._invoices, self.contact):
            new.show()  # now, not once events are processed: the panel may focus_first() straight away
        self._align_labels()

    def focus_first(self) -> None:
        """Put the keyboard on the first invoice's choice (for the panel, when this step opens)."""
        start = _focus_target(self.sections[0].choice_row) if self.sections else self.contact.handles
        self._scroll.ensureWidgetVisible(start)
        start.setFocus(Qt.FocusReason.TabFocusReason)

    def section(self, invoice_id: int) -> InvoiceSection | None:
        return next((s for s in self.sections if s.invoice_id == invoice_id), None)

    # -- reading -------------------------------------------------------------------------
    def agreements(self) -> tuple[InvoiceAgreement, ...]:
        """What was agreed per invoice; invoices with nothing agreed are left out.

        Raises:
            ValidationError: with ``input_problems()``, when an amount cannot be read.
        """
        problems: list[Problem] = []
        found = self._read(problems)
        if problems:
            raise ValidationError(problems)
        return found

    def input_problems(self) -> list[Problem]:
        """Amounts that cannot be read, located like the service's problems."""
        problems: list[Problem] = []
        self._read(problems)
        return problems

    def _read(self, problems: list[Problem]) -> tuple[InvoiceAgreement, ...]:
        found = [s.agreement(self.formatter.locale, problems) for s in self.sections]
        return tuple(a for a in found if a is not None and not a.empty)

    def new_contact(self) -> Contact | None:
        """The person who handles payments, when the user said so (client_id 0: the service fills it in)."""
        return self.contact.contact()

    def latest_date(self) -> date | None:
        """The last date agreed (payment, instalment or dispute deadline); None when none was."""
        return max((day for s in self.sections for day in s.dates()), default=None)

    # -- problems --------------------------------------------------------------------------
    def field(self, name: str) -> QWidget | None:
        """The widget a problem's field names ("invoice:<id>.<part>", "new_contact.<field>")."""
        if name.startswith("new_contact."):
            return self.contact.widgets().get(name.removeprefix("new_contact."))
        match = _INVOICE_FIELD.fullmatch(name)
        section = self.section(int(match[1])) if match else None
        return None if section is None or match is None else section.widget_for(match[2])

    @staticmethod
    def owns(problem: Problem) -> bool:
        """Whether ``problem`` is about this step (an invoice's agreement or the new contact)."""
        return problem.field.startswith(("invoice:", "new_contact."))

    def show_problems(self, problems: Sequence[Problem]) -> list[Problem]:
        """Mark each field at fault, list what to do above the fields, and go to the first one.

        Problems about other steps (cause, follow-up date, ...) are left to the panel.

        Returns:
            the problems that are not about this step.
        """
        self._clear_marks()
        mine = [p for p in problems if self.owns(p)]
        lines: list[str] = []
        tips: dict[QWidget, list[str]] = {}
        for problem in mine:
            text = problem_text(problem, self.formatter)
            lines.append(self._line(problem, text))
            widget = self.field(problem.field)
            if widget is not None:
                tips.setdefault(widget, []).append(text)
        for widget, texts in tips.items():
            self._marked.append((widget, widget.toolTip()))
            widget.setStyleSheet(_error_style(widget))
            widget.setToolTip("\n".join(texts))
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))
        self._go_to_first([w for w in tips if w.isVisibleTo(self)])
        return [p for p in problems if not self.owns(p)]

    def problem_lines(self) -> list[str]:
        return [line for line in self.errors.text().splitlines() if line]

    def _line(self, problem: Problem, text: str) -> str:
        if problem.field.startswith("new_contact."):
            return QCoreApplication.translate("AgreementEditor", "New contact, {field}: {problem}").format(
                field=_contact_field_name(problem.field.removeprefix("new_contact.")), problem=text)
        match = _INVOICE_FIELD.fullmatch(problem.field)
        section = self.section(int(match[1])) if match else None
        number = section.row.invoice.number if section else problem.params.get("invoice", "")
        part = _part_name(match[2]) if match else ""
        if number and part:
            return QCoreApplication.translate("AgreementEditor", "Invoice {number}, {field}: {problem}").format(
                number=number, field=part, problem=text)
        if number:
            return QCoreApplication.translate("AgreementEditor", "Invoice {number}: {problem}").format(
                number=number, problem=text)
        return text

    def _go_to_first(self, widgets: list[QWidget]) -> None:
        if not widgets:
            return
        self._content.layout().activate()  # type: ignore[union-attr]
        target = _focus_target(min(widgets, key=lambda widget: _place(widget, self._content)))
        self._scroll.ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _clear_marks(self) -> None:
        for widget, tip in self._marked:
            if isValid(widget):  # an instalment may have been removed since
                widget.setStyleSheet("")
                widget.setToolTip(tip)
        self._marked = []

    # -- looks -------------------------------------------------------------------------------
    def _edited(self) -> None:
        self._align.start()  # "Instalment 10:" may be wider than the labels so far
        self.changed.emit()

    def _align_labels(self) -> None:
        found = self._content.findChildren(QLabel, FORM_LABEL)
        for label in found:
            label.ensurePolished()
            label.setMinimumWidth(0)
        width = max((label.sizeHint().width() for label in found), default=0)
        for label in found:
            label.setMinimumWidth(width)
        # The style's tick boxes keep their size whatever the font; on the phone they must be seen.
        tick = self.fontMetrics().height() * 3 // 4
        style = f"QRadioButton::indicator, QCheckBox::indicator {{ width: {tick}px; height: {tick}px; }}"
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._align.start()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self._align_labels()
        super().showEvent(event)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
