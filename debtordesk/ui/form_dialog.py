"""A dialog with a form that refuses to close on bad input.

Subclasses build their fields with ``add_field`` and implement ``save()``, which
calls a service. A ``ValidationError`` keeps the dialog open, marks each field
at fault and lists what to do; nothing has been written.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.formatting import Formatter
from debtordesk.core.money import AmountError, parse_amount
from debtordesk.core.ports import FileProblem
from debtordesk.core.validation import Problem, ValidationError
from debtordesk.ui.problem_text import file_problem_text, problem_text
from debtordesk.ui.widgets import date_edit, error_label

ERROR_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"


def mark_problems(problems: Iterable[Problem], fields: dict[str, QWidget], labels: dict[str, str],
                  errors: QLabel, formatter: Formatter) -> None:
    """Mark each field at fault (red frame, the sentence as its tip) and list what to do in ``errors``."""
    for widget in fields.values():
        widget.setStyleSheet("")
        widget.setToolTip("")
    lines = []
    for problem in problems:
        text = problem_text(problem, formatter)
        widget = fields.get(problem.field)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setToolTip(text)
            lines.append(f"{labels[problem.field].rstrip(':')}: {text}")
        else:
            lines.append(text)
    errors.setText("\n".join(lines))
    errors.setVisible(bool(lines))


class FormDialog(QDialog):
    """Base of the data-entry dialogs.

    Attributes:
        formatter: formats amounts and dates in the UI language.
        result_id: the id of what was saved, once ``accept`` succeeded.
    """

    def __init__(self, formatter: Formatter, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.formatter = formatter
        self.result_id: int | None = None
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = error_label("formErrors")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        self._fields[name] = widget
        self._labels[name] = label
        self.form.addRow(label, widget)
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def date_edit(self, value: date) -> QDateEdit:
        return date_edit(value, self.formatter.language)

    def amount_edit(self, cents: int | None) -> QLineEdit:
        edit = QLineEdit("" if cents is None else self.formatter.plain_amount(cents))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setPlaceholderText(self.formatter.plain_amount(0))
        return edit

    def amount(self, name: str, problems: list[Problem]) -> int:
        """The cents typed in field ``name``; a parse problem is added to ``problems``."""
        widget = self._fields[name]
        assert isinstance(widget, QLineEdit)
        try:
            return parse_amount(widget.text(), self.formatter.locale)
        except AmountError as error:
            problems.append(Problem(name, error.code))
            return 0

    def save(self) -> int:
        """Write through a service; raise ValidationError to keep the dialog open."""
        return 0

    def accept(self) -> None:
        self.show_problems(())
        try:
            self.result_id = self.save()
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except FileProblem as problem:
            # Nothing was saved; what was typed stays in the dialog to try again.
            self.errors.setText(file_problem_text(problem))
            self.errors.show()
            return
        super().accept()

    def show_problems(self, problems: Iterable[Problem]) -> None:
        problems = list(problems)
        mark_problems(problems, self._fields, self._labels, self.errors, self.formatter)
        if problems and problems[0].field in self._fields:
            self._fields[problems[0].field].setFocus()

    def problem_lines(self) -> list[str]:
        return [line for line in self.errors.text().splitlines() if line]
