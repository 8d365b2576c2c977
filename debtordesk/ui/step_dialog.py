"""Marking a ladder step done (with an optional note) or skipping it (with the reason, which is required)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.ui import labels
from debtordesk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from debtordesk.core.follow_up_service import FollowUpService
    from debtordesk.ui.follow_up_actions import StepChoice


class StepDialog(FormDialog):
    """Mark a step done (with an optional note) or skip it (with the reason, which is required)."""

    def __init__(self, follow_up: FollowUpService, formatter: Formatter, choice: StepChoice, skip: bool,
                 parent: QWidget | None = None) -> None:
        assert choice.step is not None
        name = labels.step_name(choice.step)
        super().__init__(formatter, self.tr("Skip step") if skip else self.tr("Step done"), parent)
        self.follow_up, self.choice, self.skip = follow_up, choice, skip
        heading = QLabel(self.tr("{step} for invoice(s) {numbers}").format(step=name,
                                                                           numbers=", ".join(choice.numbers)))
        heading.setWordWrap(True)
        self.form.addRow(heading)
        text = QPlainTextEdit()
        text.setFixedHeight(80)
        if skip:
            text.setPlaceholderText(self.tr("Why this step is not taken; the dossier keeps it"))
            self.add_field("reason", self.tr("Reason:"), text)
        else:
            text.setPlaceholderText(self.tr("What was done, e.g. called Ingrid, she pays Friday"))
            self.add_field("note", self.tr("Note:"), text)
        self.resize(460, self.sizeHint().height())

    def save(self) -> int:
        step = self.choice.step
        assert step is not None
        field = self.field("reason" if self.skip else "note")
        assert isinstance(field, QPlainTextEdit)
        if self.skip:
            self.follow_up.skip_step(self.choice.client_id, self.choice.invoice_ids, step, field.toPlainText())
        else:
            self.follow_up.step_done(self.choice.client_id, self.choice.invoice_ids, step, field.toPlainText())
        return 0
