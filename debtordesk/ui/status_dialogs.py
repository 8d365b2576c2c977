"""Taking an invoice out of the normal follow-up, or back into it, with the reason in the dossier."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.core.invoice_status import InvoiceStatusService
from debtordesk.core.model import HoldKind, InvoiceRow
from debtordesk.ui.form_dialog import FormDialog
from debtordesk.ui.widgets import choice_combo


class _StatusDialog(FormDialog):
    def __init__(self, status: InvoiceStatusService, formatter: Formatter, row: InvoiceRow, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(formatter, title, parent)
        self.status = status
        self.row = row
        heading = QLabel(self.tr("Invoice {number} of {client}: {open} open").format(
            number=row.invoice.number, client=row.client_name, open=formatter.amount(row.open_cents)))
        heading.setWordWrap(True)
        self.form.addRow(heading)

    def text(self, name: str) -> str:
        widget = self.field(name)
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    @property
    def invoice_id(self) -> int:
        assert self.row.invoice.id is not None
        return self.row.invoice.id


class HoldDialog(_StatusDialog):
    """Pause the follow-up: by agreement, or because the client disputes the invoice."""

    def __init__(self, status: InvoiceStatusService, formatter: Formatter, row: InvoiceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(status, formatter, row, self.tr("Put on hold"), parent)
        kinds = [(HoldKind.DISPUTE, self.tr("The client disputes it")),
                 (HoldKind.HOLD, self.tr("Paused by agreement"))]
        self.add_field("kind", self.tr("Why:"), choice_combo(kinds, HoldKind.DISPUTE))
        reason = QPlainTextEdit()
        reason.setPlaceholderText(self.tr("What is disputed or agreed, and who does what next"))
        reason.setFixedHeight(70)
        self.add_field("reason", self.tr("Reason:"), reason)
        self.has_until = QCheckBox(self.tr("Look at it again on:"))
        self.has_until.setChecked(True)
        until = self.date_edit(status.base.clock.today() + timedelta(days=14))
        self.has_until.toggled.connect(until.setEnabled)
        self.form.addRow(self.has_until)
        self.add_field("until", self.tr("Date:"), until)
        self.resize(460, self.sizeHint().height())

    def save(self) -> int:
        until = self.field("until")
        assert isinstance(until, QDateEdit)
        self.status.put_on_hold(self.invoice_id, HoldKind(self.field("kind").currentData()),  # type: ignore[attr-defined]
                                self.text("reason"), until.date().toPython() if self.has_until.isChecked() else None)
        return self.invoice_id


class ReleaseDialog(_StatusDialog):
    def __init__(self, status: InvoiceStatusService, formatter: Formatter, row: InvoiceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(status, formatter, row, self.tr("Take off hold"), parent)
        note = QPlainTextEdit()
        note.setPlaceholderText(self.tr("How it was settled, e.g. credit note for the second session"))
        note.setFixedHeight(70)
        self.add_field("note", self.tr("Outcome:"), note)

    def save(self) -> int:
        self.status.release_hold(self.invoice_id, self.text("note"))
        return self.invoice_id


class WriteOffDialog(_StatusDialog):
    def __init__(self, status: InvoiceStatusService, formatter: Formatter, row: InvoiceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(status, formatter, row, self.tr("Write off"), parent)
        reason = QPlainTextEdit()
        reason.setPlaceholderText(self.tr("Why the open amount will not be paid"))
        reason.setFixedHeight(70)
        self.add_field("reason", self.tr("Reason:"), reason)

    def save(self) -> int:
        self.status.write_off(self.invoice_id, self.text("reason"))
        return self.invoice_id


class HandOverDialog(_StatusDialog):
    def __init__(self, status: InvoiceStatusService, formatter: Formatter, row: InvoiceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(status, formatter, row, self.tr("Hand over"), parent)
        to = QLineEdit()
        to.setPlaceholderText(self.tr("Collection agency, bailiff or lawyer"))
        self.add_field("to", self.tr("Handed over to:"), to)

    def save(self) -> int:
        self.status.hand_over(self.invoice_id, self.text("to"))
        return self.invoice_id
