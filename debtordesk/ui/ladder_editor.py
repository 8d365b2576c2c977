"""Editing a follow-up ladder: the business's (in Settings) or one client's own.

The editor keeps the steps as core ``LadderStep`` values; the table and the form
only show and change them. Problems are checked with core's ``ladder_problems``
on every change and shown as sentences that name the step, so Save can refuse
before the service would.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.ladder import (
    DEFAULT_KEYS,
    DEFAULT_LADDER,
    MAX_DELAY_DAYS,
    MAX_STEPS,
    Channel,
    DelayFrom,
    Ladder,
    LadderStep,
    Recipient,
    ladder_problems,
    new_step_key,
)
from debtordesk.core.model import Client
from debtordesk.core.ports import FileProblem
from debtordesk.core.template_texts import TEMPLATE_KEYS
from debtordesk.core.validation import ValidationError
from debtordesk.ui import labels
from debtordesk.ui.problem_text import file_problem_text
from debtordesk.ui.widgets import ERROR_RED, choice_combo, error_label

Index = QModelIndex | QPersistentModelIndex
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
PROBLEM = QBrush(QColor("#b3261e"))
ERROR_COLOUR = f"color: {ERROR_RED};"


def ladder_problem_text(code: str, step: int | None, args: Mapping[str, Any], ladder: Ladder) -> str:
    """One of core's ladder problem codes as a sentence that names the step and says what to do."""
    number = (step or 0) + 1
    name = labels.step_name(ladder.steps[step]) if step is not None and step < len(ladder.steps) else ""
    if code == "no_steps":
        text = QCoreApplication.translate(
            "LadderEditor", "The ladder has no steps. Add one, or restore the recommended ladder.")
    elif code == "too_many_steps":
        text = QCoreApplication.translate(
            "LadderEditor", "A ladder has at most {max} steps. Remove the ones you do not need.")
    elif code == "no_name":
        text = QCoreApplication.translate(
            "LadderEditor", "Step {number} has no name. Type one under Name, e.g. “Check-in call”.")
    elif code == "bad_delay":
        text = QCoreApplication.translate("LadderEditor", "Step {number} ({name}): choose a wait of 0 to {max} days.")
    elif code == "duplicate_key":
        text = QCoreApplication.translate(
            "LadderEditor", "Step {number} ({name}) is in the ladder twice. Remove one of them.")
    else:  # bad_key: only a ladder from outside the editor has one; the editor makes its own keys
        text = QCoreApplication.translate(
            "LadderEditor", "Step {number} ({name}) cannot be stored as it is. Remove it and add it again.")
    return text.format(number=number, name=name, max=args.get("max", MAX_STEPS if code == "too_many_steps"
                                                               else MAX_DELAY_DAYS))


class LadderModel(QAbstractTableModel):
    """The steps in order: number, name, channel and when each falls due; steps with a problem in red."""

    NUMBER, NAME, CHANNEL, WHEN = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[LadderStep] = []
        self._problems: dict[int, str] = {}

    def set_steps(self, steps: list[LadderStep], problems: Mapping[int, str]) -> None:
        """The rows anew; with as many steps as before only the data changes, so the current row stays."""
        if len(steps) == len(self._steps):
            self._steps = list(steps)
            self._problems = dict(problems)
            if steps:
                self.dataChanged.emit(self.index(0, 0), self.index(len(steps) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._steps = list(steps)
        self._problems = dict(problems)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("#"), self.tr("Step"), self.tr("How"), self.tr("When")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step, column = self._steps[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(index.row() + 1)
            if column == self.NAME:
                unnamed = step.key not in DEFAULT_KEYS and not step.name.strip()
                return self.tr("(no name)") if unnamed else labels.step_name(step)
            if column == self.CHANNEL:
                return labels.channel_name(step.channel)
            return labels.delay_text(step)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._problems:
            return PROBLEM
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self._problems:
            return self._problems[index.row()]
        if role == STEP_ROLE:
            return step
        return None


class LadderEditor(QWidget):
    """The steps of one ladder and a form for the chosen step.

    Signals:
        changed: the ladder was edited (or replaced); ``problems()`` may have changed.

    Attributes:
        table: the steps in order.
        problem_label: the red sentences of what to fix before saving.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[LadderStep] = list(DEFAULT_LADDER.steps)
        self._saved = DEFAULT_LADDER
        self._loading = False
        self.model = LadderModel(self)
        self.table = QTableView()
        self.table.setObjectName("ladderSteps")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LadderModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LadderModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LadderModel.CHANNEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.add_button = QPushButton(self.tr("&Add step"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.restore_button = QPushButton(self.tr("Restore recommended ladder"))
        self.restore_button.setToolTip(self.tr("The seven steps DebtorDesk recommends, with their usual waits."))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.restore_button.clicked.connect(lambda: self.set_ladder(DEFAULT_LADDER, saved=False))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("ladderProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_COLOUR)
        self.problem_label.hide()

        self.form_box = QGroupBox(self.tr("Chosen step"))
        self.form_box.setMaximumWidth(480)
        self._build_form()

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.problem_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.form_box, 2)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_step())
        self._refresh(select=0)

    def _build_form(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.channel_combo = choice_combo(labels.channels())
        self.delay_spin = QSpinBox()
        self.delay_spin.setRange(0, MAX_DELAY_DAYS)
        self.from_combo = choice_combo(labels.delay_froms())
        self.working_check = QCheckBox(self.tr("Count working days only"))
        self.working_check.setToolTip(self.tr("Weekends and the public holidays of the client's country do not count."))
        self.recipient_combo = choice_combo(labels.recipients())
        self.template_combo = choice_combo([(key, labels.template_name(key)) for key in TEMPLATE_KEYS])
        self.stops_check = QCheckBox(self.tr("Doing this step pauses your work for the client"))
        self.channel_hint = QLabel()
        self.channel_hint.setObjectName("channelHint")
        self.channel_hint.setWordWrap(True)
        self.channel_hint.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("How:"), self.channel_combo)
        form.addRow(self.tr("Wait:"), self.delay_spin)
        form.addRow(self.tr("Counted:"), self.from_combo)
        form.addRow("", self.working_check)
        form.addRow(self.tr("Send to:"), self.recipient_combo)
        form.addRow(self.tr("Message text:"), self.template_combo)
        form.addRow("", self.stops_check)
        form.addRow(self.channel_hint)
        self.name_edit.textEdited.connect(lambda text: self._edit(name=text))
        self.channel_combo.currentIndexChanged.connect(
            lambda: self._edit(channel=Channel(self.channel_combo.currentData())))
        self.delay_spin.valueChanged.connect(lambda value: self._edit(delay_days=value))
        self.from_combo.currentIndexChanged.connect(
            lambda: self._edit(delay_from=DelayFrom(self.from_combo.currentData())))
        self.working_check.toggled.connect(lambda on: self._edit(working_days=on))
        self.recipient_combo.currentIndexChanged.connect(
            lambda: self._edit(recipient=Recipient(self.recipient_combo.currentData())))
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.stops_check.toggled.connect(lambda on: self._edit(stops_work=on))

    # -- the ladder --------------------------------------------------------------------
    def ladder(self) -> Ladder:
        return Ladder(tuple(self._steps))

    def set_ladder(self, ladder: Ladder, saved: bool = True) -> None:
        """Show ``ladder``; ``saved`` says it is what the file holds (so nothing is unsaved yet)."""
        self._steps = list(ladder.steps)
        if saved:
            self._saved = ladder
        self._refresh(select=0)
        self.changed.emit()

    def mark_saved(self) -> None:
        self._saved = self.ladder()

    def is_modified(self) -> bool:
        return self.ladder() != self._saved

    def problems(self) -> list[str]:
        ladder = self.ladder()
        return [ladder_problem_text(p.code, p.step, p.args, ladder) for p in ladder_problems(ladder)]

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self._steps) else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    # -- buttons -----------------------------------------------------------------------
    def add_step(self) -> None:
        """A new email step after the chosen one (or at the end), ready to be named."""
        if len(self._steps) >= MAX_STEPS:
            return
        row = self.current_row()
        at = len(self._steps) if row is None else row + 1
        step = LadderStep(new_step_key(self.ladder()), Channel.EMAIL, 7, DelayFrom.PREVIOUS_STEP,
                          template="payment_reminder")
        self._steps.insert(at, step)
        self._refresh(select=at)
        self.changed.emit()
        self.name_edit.setFocus()

    def remove_step(self) -> None:
        row = self.current_row()
        if row is None:
            return
        del self._steps[row]
        self._refresh(select=min(row, len(self._steps) - 1))
        self.changed.emit()

    def move_step(self, by: int) -> None:
        row = self.current_row()
        if row is None or not 0 <= row + by < len(self._steps):
            return
        self._steps[row], self._steps[row + by] = self._steps[row + by], self._steps[row]
        self._refresh(select=row + by)
        self.changed.emit()

    # -- showing and editing -----------------------------------------------------------
    def _refresh(self, select: int | None = None) -> None:
        """The table and the problem sentences anew from the steps; then the chosen row's form."""
        row = self.current_row() if select is None else select
        ladder = self.ladder()
        found = ladder_problems(ladder)
        by_step: dict[int, str] = {}
        for problem in found:
            if problem.step is not None:
                by_step.setdefault(problem.step, ladder_problem_text(problem.code, problem.step, problem.args, ladder))
        self.model.set_steps(self._steps, by_step)
        sentences = [ladder_problem_text(p.code, p.step, p.args, ladder) for p in found]
        self.problem_label.setText("\n".join(sentences))
        self.problem_label.setVisible(bool(sentences))
        if row is not None and 0 <= row < len(self._steps):
            self.table.selectRow(row)
        self._show_step()

    def _show_step(self) -> None:
        row = self.current_row()
        self.form_box.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < len(self._steps) - 1)
        self.add_button.setEnabled(len(self._steps) < MAX_STEPS)
        if row is None:
            return
        step = self._steps[row]
        self._loading = True
        try:
            added = step.key not in DEFAULT_KEYS
            self.name_edit.setReadOnly(not added)
            name = step.name if added else labels.step_name(step)
            if self.name_edit.text() != name:  # not while typing: the cursor stays where it is
                self.name_edit.setText(name)
            self.name_edit.setToolTip("" if added else self.tr(
                "The recommended steps keep their name. Add a step to name your own."))
            self.name_edit.setPlaceholderText(self.tr("e.g. Check-in call") if added else "")
            _choose(self.channel_combo, step.channel)
            self.delay_spin.setValue(step.delay_days)
            _choose(self.from_combo, step.delay_from)
            self.working_check.setChecked(step.working_days)
            _choose(self.recipient_combo, step.recipient)
            # A step without a text of its own is drafted from the payment reminder.
            key = step.template_key if step.template_key in TEMPLATE_KEYS else "payment_reminder"
            _choose(self.template_combo, key)
            self.stops_check.setChecked(step.stops_work)
        finally:
            self._loading = False
        self._show_details(step)

    def _show_details(self, step: LadderStep) -> None:
        self.delay_spin.setSuffix(self.tr(" day") if step.delay_days == 1 else self.tr(" days"))
        self.recipient_combo.setEnabled(step.channel == Channel.EMAIL)
        self.recipient_combo.setToolTip("" if step.channel == Channel.EMAIL else self.tr(
            "Only an email step is sent to someone."))
        self.channel_hint.setText(_channel_hint(step.channel))

    def _template_chosen(self) -> None:
        row = self.current_row()
        if row is None or self._loading:
            return
        key = str(self.template_combo.currentData())
        # A recommended step using its own text keeps template "" so it equals the recommended step.
        self._edit(template="" if key == self._steps[row].key else key)

    def _edit(self, **change: Any) -> None:
        row = self.current_row()
        if row is None or self._loading:
            return
        step = dataclasses.replace(self._steps[row], **change)
        if step == self._steps[row]:
            return
        self._steps[row] = step
        self._refresh()
        self.changed.emit()


def _channel_hint(channel: Channel) -> str:
    """What doing a step of this kind means in DebtorDesk."""
    if channel == Channel.EMAIL:
        return QCoreApplication.translate(
            "LadderEditor", "DebtorDesk drafts the email from the message text; you check it and send it.")
    if channel == Channel.CALL:
        return QCoreApplication.translate(
            "LadderEditor", "You phone the client, then mark the step done with what was agreed. The message text "
            "is the summary you can email afterwards.")
    if channel == Channel.LETTER:
        return QCoreApplication.translate(
            "LadderEditor", "You send the letter, usually by registered mail, then mark the step done.")
    return QCoreApplication.translate(
        "LadderEditor", "You hand the claim to a collection agency, bailiff or lawyer (Business > Hand Over "
        "records it), then mark the step done.")


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class LadderDialog(QDialog):
    """One client's own ladder, or back to the business's.

    The editor starts from the client's own ladder if it has one, else from a copy
    of the business's; following the business's ladder shows that one, read-only.

    Attributes:
        editor: the ladder editor.
        own_radio, business_radio: the choice between the two.
        errors: why Save was refused.
    """

    def __init__(self, follow_up: FollowUpService, client: Client, formatter: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert client.id is not None, "only a saved client has a ladder"
        self.follow_up = follow_up
        self.client = client
        self.formatter = formatter
        self.setWindowTitle(self.tr("Follow-up ladder for {client}").format(client=client.name))
        book = follow_up.ladder_book()
        self._business = book.default
        self._had_own = client.id in book.by_client
        self._own = book.by_client.get(client.id, book.default)
        self.business_radio = QRadioButton(self.tr("Follow the business's ladder"))
        self.own_radio = QRadioButton(self.tr("This client has its own ladder"))
        group = QButtonGroup(self)
        group.addButton(self.business_radio)
        group.addButton(self.own_radio)
        hint = QLabel(self.tr("Changes to the business's ladder (Settings) apply to every client that follows it."))
        hint.setWordWrap(True)
        self.editor = LadderEditor()
        self.errors = error_label("formErrors")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.business_radio)
        layout.addWidget(self.own_radio)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        (self.own_radio if self._had_own else self.business_radio).setChecked(True)
        self._show_choice()
        self.business_radio.toggled.connect(self._choice_changed)
        self.editor.changed.connect(self._update_save)
        self._update_save()
        self.resize(900, 480)

    def _choice_changed(self) -> None:
        if self.business_radio.isChecked():
            self._own = self.editor.ladder()  # kept, in case the user changes their mind again
        self._show_choice()
        self._update_save()

    def _show_choice(self) -> None:
        own = self.own_radio.isChecked()
        self.editor.set_ladder(self._own if own else self._business)
        self.editor.setEnabled(own)

    def _update_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.business_radio.isChecked() or not self.editor.problems())

    def accept(self) -> None:
        self.errors.hide()
        assert self.client.id is not None
        try:
            if self.own_radio.isChecked():
                self.follow_up.save_ladder(self.editor.ladder(), self.client.id)
            elif self._had_own:
                self.follow_up.use_default_ladder(self.client.id)
        except ValidationError as error:
            ladder = self.editor.ladder()
            self.errors.setText("\n".join(
                ladder_problem_text(p.code, p.params.get("step"), p.params, ladder) for p in error.problems))
            self.errors.show()
            return
        except FileProblem as problem:
            self.errors.setText(file_problem_text(problem))
            self.errors.show()
            return
        super().accept()
