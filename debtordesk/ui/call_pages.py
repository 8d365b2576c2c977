"""The call-script panel's pages, one step of the conversation each.

Each page is a plain widget with a big title; the panel (call_panel.py) moves
between them and reads what they hold. What is said to the client is in the
client's language (core.call_words); everything else is in the UI's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.call import Answer, Cause
from debtordesk.core.call_briefing import CallBriefing, SwitchReason
from debtordesk.core.call_timing import CallMoment, MomentKind
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Contact
from debtordesk.ui import labels
from debtordesk.ui.call_agreement_parts import DateEdit

TITLE_STYLE = "font-size: 20pt; font-weight: 600;"
SAY_STYLE = "font-size: 17pt; line-height: 150%;"
NOTE_STYLE = "color: palette(mid);"


class Page(QWidget):
    """A step: a title, a line saying what to do, then the step's own content."""

    def __init__(self, title: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(14)
        self.title = QLabel(title)
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setAccessibleName(title)
        self.layout_.addWidget(self.title)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.layout_.addWidget(self.hint)

    def first_field(self) -> QWidget | None:
        """Where the keyboard goes when the page is shown."""
        return None


def _say_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(SAY_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BeforePage(Page):
    """Whether now is a good moment, whom to ring, what is open, what happened so far."""

    contact_changed = Signal()

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Before the call"), parent=parent)
        self.formatter = formatter
        self.moment = QLabel()
        self.moment.setWordWrap(True)
        self.layout_.addWidget(self.moment)
        form = QFormLayout()
        self.contact = QComboBox()
        self.contact.currentIndexChanged.connect(lambda _i: self._show_contact())
        self.contact.currentIndexChanged.connect(lambda _i: self.contact_changed.emit())
        self.contact.setAccessibleName(self.tr("Whom you call"))
        form.addRow(self.tr("&Call:"), self.contact)
        self.phone = QLabel()
        self.phone.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Number:"), self.phone)
        self.layout_.addLayout(form)
        self.switch = QLabel()
        self.switch.setWordWrap(True)
        self.switch.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 8px; border-radius: 4px;")
        self.layout_.addWidget(self.switch)
        self.invoices_title = QLabel()
        self.invoices_title.setStyleSheet("font-weight: 600;")
        self.layout_.addWidget(self.invoices_title)
        self.invoice_grid = QGridLayout()
        self.invoice_grid.setHorizontalSpacing(24)
        self.layout_.addLayout(self.invoice_grid)
        self.invoice_boxes: list[tuple[int, QCheckBox]] = []
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.layout_.addWidget(self.history)
        self.layout_.addStretch(1)
        self._contacts: list[Contact] = []

    def first_field(self) -> QWidget | None:
        return self.contact

    def show_briefing(self, briefing: CallBriefing, moment: CallMoment, chosen: Sequence[int], today: date) -> None:
        f = self.formatter
        self._show_moment(moment)
        self._contacts = list(briefing.contacts)
        self.contact.blockSignals(True)
        self.contact.clear()
        for contact in self._contacts:
            self.contact.addItem(f"{contact.name} — {labels.label_of(labels.contact_roles(), contact.role)}",
                                 contact.id)
        self.contact.addItem(self.tr("Someone else (the switchboard)"), None)
        self.contact.blockSignals(False)
        self._show_contact()
        self._show_switch(briefing)
        self.invoices_title.setText(self.tr("Open invoices: {amount} in total").format(
            amount=f.amount(briefing.open_cents)))
        while self.invoice_grid.count():
            item = self.invoice_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.invoice_boxes = []
        wanted = set(chosen) or {r.invoice.id for r in briefing.rows}
        for line, row in enumerate(briefing.rows):
            box = QCheckBox(row.invoice.number)
            box.setChecked(row.invoice.id in wanted)
            box.setAccessibleName(self.tr("Talk about invoice {number}").format(number=row.invoice.number))
            self.invoice_grid.addWidget(box, line, 0)
            amount = QLabel(f.amount(row.open_cents))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.invoice_grid.addWidget(amount, line, 1)
            days = row.days_overdue(today)
            overdue = QLabel(self.tr("%n day(s) overdue", "", days) if days else self.tr("not yet due"))
            self.invoice_grid.addWidget(overdue, line, 2)
            self.invoice_boxes.append((row.invoice.id or 0, box))
        self.invoice_grid.setColumnStretch(3, 1)
        self.history.setText(self._history_text(briefing))

    def _show_moment(self, moment: CallMoment) -> None:
        f = self.formatter
        slot_text = self.tr("{day}, {start}–{end}")

        def slot(s) -> str:  # type: ignore[no-untyped-def]
            return slot_text.format(day=f.weekday_date(s.start.date()), start=s.start.strftime("%H:%M"),
                                    end=s.end.strftime("%H:%M"))

        if moment.kind == MomentKind.GOOD:
            text = self.tr("✔ Now is a good moment to call (until {end}).").format(
                end=moment.current.end.strftime("%H:%M") if moment.current else "")
            style = "color: #1b5e20;"
        elif moment.kind == MomentKind.FAIR:
            text = self.tr("Now is a fair moment (until {end}). Monday or Tuesday is better: next {slot}.").format(
                end=moment.current.end.strftime("%H:%M") if moment.current else "", slot=slot(moment.next_good))
            style = ""
        else:
            text = self.tr("Not a good moment to call. Next good slot: {slot}.").format(slot=slot(moment.next_good))
            if moment.next_fair.start < moment.next_good.start:
                text += " " + self.tr("Sooner, if it cannot wait: {slot}.").format(slot=slot(moment.next_fair))
            style = "color: #8a4b00;"
        self.moment.setText(text)
        self.moment.setStyleSheet(style + " font-size: 15pt;")

    def _show_contact(self) -> None:
        contact = self.contact_chosen()
        self.phone.setText(contact.phone if contact else "—")

    def _show_switch(self, briefing: CallBriefing) -> None:
        switch = briefing.switch
        self.switch.setVisible(switch is not None)
        if switch is None:
            return
        reason = {
            SwitchReason.WRONG_NUMBER: self.tr("The last call to {name} reached a wrong number."),
            SwitchReason.FAILED_ATTEMPTS: self.tr("{count} calls to {name} reached no one."),
            SwitchReason.BROKEN_PROMISES: self.tr("{name} made {count} promise(s) that were not kept."),
        }[switch.reason].format(name=switch.away_from.name, count=switch.count)
        if switch.to is not None:
            advice = self.tr("Consider calling {name} ({role}) instead.").format(
                name=switch.to.name, role=labels.label_of(labels.contact_roles(), switch.to.role))
            index = self.contact.findData(switch.to.id)
            if index >= 0:
                self.contact.setCurrentIndex(index)
                advice += " " + self.tr("Chosen above; pick {name} again if you prefer.").format(
                    name=switch.away_from.name)
        else:
            advice = self.tr("Ask the switchboard who handles payments, or for a manager.")
        self.switch.setText(reason + " " + advice)

    def _history_text(self, briefing: CallBriefing) -> str:
        f, h = self.formatter, briefing.history
        lines = []
        if h.reminders:
            lines.append(self.tr("Reminders sent: {count}, the last on {day}.").format(
                count=h.reminders, day=f.date(h.last_reminder)))
        else:
            lines.append(self.tr("No reminder sent yet."))
        if h.calls:
            lines.append(self.tr("Earlier calls: {count}, the last on {day}.").format(
                count=h.calls, day=f.date(h.last_call)))
        if h.attempts:
            lines.append(self.tr("Calls that reached no one: {count}, the last on {day}.").format(
                count=h.attempts, day=f.date(h.last_attempt)))
        promises = h.promises_kept + h.promises_broken + h.promises_open
        if promises:
            lines.append(self.tr("Promises: {kept} kept, {broken} broken, {open} still running.").format(
                kept=h.promises_kept, broken=h.promises_broken, open=h.promises_open))
        return "\n".join(lines)

    def contact_chosen(self) -> Contact | None:
        contact_id = self.contact.currentData()
        return next((c for c in self._contacts if c.id == contact_id), None)

    def chosen_invoices(self) -> list[int]:
        return [invoice_id for invoice_id, box in self.invoice_boxes if box.isChecked()]


class SayPage(Page):
    """Lines to say, large, in the client's language."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(title, hint, parent)
        self.lines = _say_label()
        self.layout_.addWidget(self.lines)

    def set_lines(self, lines: Sequence[str]) -> None:
        self.lines.setText("\n\n".join(lines))


class AwarenessPage(SayPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Awareness"), self.tr("Ask, and note what they answer."), parent)
        self.received = self._question(self.tr("Invoice received?"))
        self.knows_open = self._question(self.tr("Knew it is still open?"))
        self.layout_.addStretch(1)

    def _question(self, text: str) -> QButtonGroup:
        row = QHBoxLayout()
        label = QLabel(text)
        label.setMinimumWidth(260)
        row.addWidget(label)
        group = QButtonGroup(self)
        for answer, name in ((Answer.YES, self.tr("Yes")), (Answer.NO, self.tr("No")),
                             (Answer.UNKNOWN, self.tr("Not asked"))):
            button = QRadioButton(name)
            button.setProperty("answer", answer.value)
            button.setAccessibleName(f"{text} {name}")
            group.addButton(button)
            row.addWidget(button)
            if answer == Answer.UNKNOWN:
                button.setChecked(True)
        row.addStretch(1)
        self.layout_.addLayout(row)
        return group

    def first_field(self) -> QWidget | None:
        return self.received.checkedButton()

    @staticmethod
    def answer(group: QButtonGroup) -> Answer:
        button = group.checkedButton()
        return Answer(button.property("answer")) if button else Answer.UNKNOWN


class CausePage(Page):
    """Why it is still open: one choice, and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cause"), self.tr("Why is it still open? Choose one, and note the details."), parent)
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        for index, (cause, name) in enumerate(labels.causes()):
            button = QRadioButton(name)
            button.setProperty("cause", cause.value)
            self.group.addButton(button)
            grid.addWidget(button, index // 2, index % 2)
        self.layout_.addLayout(grid)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes: what they said, names, reference numbers…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.layout_.addWidget(self.notes, 1)

    def first_field(self) -> QWidget | None:
        return self.group.checkedButton() or self.group.buttons()[0]

    def cause(self) -> Cause | None:
        button = self.group.checkedButton()
        return Cause(button.property("cause")) if button else None


class FollowUpPage(Page):
    """When the user checks again; defaults to the working day after the latest date agreed."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up"), self.tr("When will you check that what was agreed happened?"), parent)
        self.formatter = formatter
        row = QHBoxLayout()
        label = QLabel(self.tr("&Check on:"))
        self.day = DateEdit(date.today(), formatter)  # the panel proposes the real day when the step opens
        label.setBuddy(self.day)
        row.addWidget(label)
        row.addWidget(self.day)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.layout_.addWidget(self.why)
        self.layout_.addStretch(1)
        self.edited = False
        self.day.dateChanged.connect(self._edited)
        self._setting = False

    def _edited(self) -> None:
        if not self._setting:
            self.edited = True

    def first_field(self) -> QWidget | None:
        return self.day

    def propose(self, day: date, latest: date | None) -> None:
        """The default; kept only while the user has not picked a day themselves."""
        if self.edited:
            return
        self._setting = True
        self.day.set_day(day)
        self._setting = False
        if latest is None:
            self.why.setText(self.tr("Nothing was agreed with a date: the next working day is proposed."))
        else:
            self.why.setText(self.tr("The working day after the latest date agreed ({day}).").format(
                day=self.formatter.date(latest)))

    def chosen(self) -> date:
        return self.day.day()


class SummaryPage(SayPage):
    """The closing summary to read aloud; then the optional evaluation, and save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Closing summary"), self.tr(
            "Read this aloud, so you both know who does what and when. Then hang up and save the call."), parent)
        self.evaluation_title = QLabel(self.tr("Afterwards, for yourself (optional):"))
        self.evaluation_title.setStyleSheet("font-weight: 600; margin-top: 12px;")
        self.layout_.addWidget(self.evaluation_title)
        form = QFormLayout()
        self.went_well = QLineEdit()
        self.do_differently = QLineEdit()
        form.addRow(self.tr("What went &well:"), self.went_well)
        form.addRow(self.tr("What to do &differently:"), self.do_differently)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)

    def first_field(self) -> QWidget | None:
        return self.went_well
