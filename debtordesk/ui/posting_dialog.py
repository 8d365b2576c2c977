"""Recording a printed letter as posted: how, by which carrier, its tracking number and the sending date.

While the user types, the dialog shows when the letter is presumed received and
when its term ends, as the dossier will keep them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Country
from debtordesk.ui import labels
from debtordesk.ui.form_dialog import FormDialog
from debtordesk.ui.widgets import choice_combo

if TYPE_CHECKING:
    from debtordesk.core.letter_service import LetterDraft, LetterService

#: Offered first; the user may type any other carrier.
CARRIERS = ("PostNL", "bpost")


def check_note(draft: LetterDraft) -> str:
    """The Today list's reminder to look for the payment once the letter's term has passed."""
    return PostingDialog.tr("Payment in? {kind} sent for {numbers}").format(
        kind=labels.template_name(draft.kind.value), numbers=", ".join(draft.invoice_numbers))


class PostingDialog(FormDialog):
    def __init__(self, letters: LetterService, formatter: Formatter, draft: LetterDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(formatter, self.tr("Letter sent"), parent)
        self.letters, self.draft = letters, draft
        heading = QLabel(self.tr("The letter about invoice(s) {numbers} went out. The dossier keeps the exact PDF "
                                 "with what you fill in here.").format(numbers=", ".join(draft.invoice_numbers)))
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.method = choice_combo([(False, self.tr("Ordinary post")), (True, self.tr("Registered mail"))],
                                   draft.registered)
        self.add_field("registered", self.tr("Sent by:"), self.method)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(list(CARRIERS))
        self.carrier.setCurrentIndex(1 if draft.country == Country.BE else 0)
        self.add_field("carrier", self.tr("Carrier:"), self.carrier)
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("e.g. 3SABCD1234567"))
        self.add_field("tracking", self.tr("Tracking number:"), self.tracking)
        self.sent_on = self.date_edit(letters.debtors.clock.today())
        self.add_field("sent_on", self.tr("Sent on:"), self.sent_on)
        self.term = QLabel()
        self.term.setObjectName("term")
        self.term.setWordWrap(True)
        self.form.addRow(self.term)
        self.method.currentIndexChanged.connect(self._update)
        self.sent_on.dateChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def registered(self) -> bool:
        return bool(self.method.currentData())

    def chosen_date(self) -> date:
        assert isinstance(self.sent_on, QDateEdit)
        return self.sent_on.date().toPython()  # type: ignore[no-any-return]

    def _update(self) -> None:
        registered = self.registered()
        self.carrier.setEnabled(registered)
        self.tracking.setEnabled(registered)
        term = self.letters.term(self.draft, self.chosen_date())
        self.term.setText(self.tr("Presumed received on {receipt}; a 14-day term ends on {end}.").format(
            receipt=self.formatter.date(term.presumed_receipt), end=self.formatter.date(term.term_end)))

    def save(self) -> int:
        from debtordesk.core.letter_service import Posting

        registered = self.registered()
        self.letters.record_posted(self.draft, Posting(
            sent_on=self.chosen_date(), registered=registered,
            carrier=self.carrier.currentText() if registered else "",
            tracking=self.tracking.text() if registered else "", task_note=check_note(self.draft)))
        return 0
