"""The call-script panel: a window that leads a phone call from "before" to the saved note.

Used with a phone at the ear, so it is large, one step at a time, and driven by
the keyboard: Ctrl+Enter goes to the next step, Esc back (and, before the call,
closes). Nothing is stored until the user saves on the last page; then the call
goes to ``CallService.record_call`` in one transaction and the summary email
opens in the compose window. Closing half-way asks before dropping notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core import call_words
from debtordesk.core.call import AttemptKind, CallReport, Cause, Evaluation, InvoiceAgreement, default_follow_up
from debtordesk.core.call_timing import call_moment, retry_slot
from debtordesk.core.call_briefing import CallBriefing
from debtordesk.core.calls import CallService
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import BusinessProfile, InvoiceRow
from debtordesk.core.ports import FileProblem
from debtordesk.core.validation import Problem, ValidationError
from debtordesk.core.working_days import calendar_for
from debtordesk.ui import msgbox
from debtordesk.ui.call_agreement import AgreementEditor
from debtordesk.ui.call_pages import AwarenessPage, BeforePage, CausePage, FollowUpPage, Page, SayPage, SummaryPage
from debtordesk.ui.problem_text import problem_text
from debtordesk.ui.widgets import error_label

PANEL_POINT_SIZE = 14


class CallPanel(QDialog):
    """One call with one client.

    Signals:
        saved(object): the call is stored (a ``calls.CallSaved``); the summary email is being drafted.
        attempt_logged(object): a call that reached no one is logged (a ``calls.AttemptLogged``).

    Attributes:
        local_now: the local wall-clock time (injected: tests say what "now" is).
        open_compose: called with the summary draft after saving; opens the compose window.
    """

    saved = Signal(object)
    attempt_logged = Signal(object)

    BEFORE, OPENING, AWARENESS, CAUSE, AGREEMENT, FOLLOW_UP, SUMMARY = range(7)

    def __init__(self, calls: CallService, formatter: Formatter, client_id: int, invoice_ids: Sequence[int] = (),
                 task_ids: Sequence[int] = (), *, local_now: Callable[[], datetime] | None = None,
                 open_compose: Callable[[object, CallReport], object] | None = None,
                 briefing: CallBriefing | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setModal(False)
        self.setObjectName("callPanel")
        # Read at a glance, phone at the ear. A style sheet reaches every field (a font would stop
        # at widgets with a style sheet of their own); titles and lines to say set larger sizes.
        self.setStyleSheet(f"QWidget {{ font-size: {PANEL_POINT_SIZE}pt; }}")
        self.calls = calls
        self.formatter = formatter
        self.client_id = client_id
        self.task_ids = tuple(task_ids)
        # Wall-clock time from the file's clock (tests and the demo say what "now" is), in local time.
        self.local_now = local_now or (lambda: calls.debtors.clock.now().astimezone().replace(tzinfo=None))
        self.open_compose = open_compose
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.finished_ok = False  # saved or logged: closing asks nothing
        self._agreement_key: tuple[object, ...] = ()
        self.briefing = briefing or calls.briefing(client_id)
        with calls.debtors.store.reading() as reader:
            self.profile: BusinessProfile | None = reader.profile()
        self.calendar = calendar_for(self.briefing.client.country.value)
        self.today = calls.debtors.clock.today()
        self._build()
        self.before.show_briefing(self.briefing, call_moment(self.local_now(), self.calendar), invoice_ids,
                                  self.today)
        self.setWindowTitle(self.tr("Call {client} — DebtorDesk").format(client=self.briefing.client.name))
        self._go(self.BEFORE)
        self.resize(900, 760)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        f = self.formatter
        self.before = BeforePage(f)
        self.opening = SayPage(self.tr("Opening"), self.tr(
            "Say who you are and which invoice you call about. Friendly and confident: most clients simply forgot."))
        self.awareness = AwarenessPage()
        self.cause = CausePage()
        self.agreement_page = Page(self.tr("Agreement"), self.tr(
            "Per invoice: who pays how much on which date, a payment plan, or what each side does about a dispute."))
        self.agreement = AgreementEditor(f)
        self.agreement_page.layout_.addWidget(self.agreement, 1)
        self.opening.layout_.addStretch(1)  # the lines to say stay under the title, not spread down the window
        self.follow_up = FollowUpPage(f)
        self.summary = SummaryPage()
        self.pages: list[Page] = [self.before, self.opening, self.awareness, self.cause, self.agreement_page,
                                  self.follow_up, self.summary]
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.agreement.changed.connect(self._agreement_changed)

        self.problems = error_label("callProblems")

        self.back_button = QPushButton(self.tr("← Back (Esc)"))
        self.back_button.clicked.connect(self.back)
        self.step_label = QLabel()
        self.clock_label = QLabel()
        self.next_button = QPushButton()
        self.next_button.setDefault(False)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.next)
        self.attempt_buttons: dict[AttemptKind, QPushButton] = {}
        attempts = QHBoxLayout()
        for kind, text in ((AttemptKind.NO_ANSWER, self.tr("No &answer")), (AttemptKind.VOICEMAIL, self.tr("&Voicemail")),
                           (AttemptKind.WRONG_NUMBER, self.tr("&Wrong number"))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=kind: self.log_attempt(k))
            attempts.addWidget(button)
            self.attempt_buttons[kind] = button
        attempts.addStretch(1)
        self.attempt_row = QWidget()
        self.attempt_row.setLayout(attempts)

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.clock_label)
        nav.addSpacing(24)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.attempt_row)
        layout.addLayout(nav)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.next, context=Qt.ShortcutContext.WindowShortcut)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_clock)

    # -- moving between steps --------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int) -> None:
        self.problems.hide()
        if index == self.OPENING and self.started_at is None:
            self.started_at = self._utc_now()
            self._tick.start()
        if index == self.OPENING:
            self.opening.set_lines(self._opening_lines())
        if index == self.AWARENESS:
            self.awareness.set_lines(call_words.awareness_questions(self.language, invoices=len(self._chosen_rows())))
        if index == self.AGREEMENT:
            # Built again only when other invoices or another person are chosen: going back keeps what was typed.
            key = (tuple(self.before.chosen_invoices()), self._contact_name())
            if key != self._agreement_key:
                self._agreement_key = key
                self.agreement.set_call(self._chosen_rows(), self.today, self._contact_name(),
                                        self.calendar.next_working_day)
        if index == self.FOLLOW_UP:
            self._agreement_changed()
        if index == self.SUMMARY:
            self.ended_at = self._utc_now()
            self.summary.set_lines([self._summary_text(spoken=True)])
        self.stack.setCurrentIndex(index)
        before = index == self.BEFORE
        self.attempt_row.setVisible(before)
        self.back_button.setEnabled(not before)
        self.next_button.setText({self.BEFORE: self.tr("Start call (Ctrl+Enter)"),
                                  self.SUMMARY: self.tr("Save call (Ctrl+Enter)")}.get(
            index, self.tr("Next (Ctrl+Enter) →")))
        self.step_label.setText("" if before else self.tr("Step {n} of {total}").format(
            n=index, total=len(self.pages) - 1))
        if index == self.AGREEMENT:
            self.agreement.focus_first()
        else:
            field = self.pages[index].first_field()
            (field or self.next_button).setFocus()

    def _utc_now(self) -> datetime:
        return self.calls.debtors.clock.now()

    def next(self) -> None:
        index = self.index
        if index == self.BEFORE and not self.before.chosen_invoices():
            self._show_problems([Problem("invoices", "call_without_invoice")])
            return
        if index == self.CAUSE and self.cause.cause() is None:
            self._show_problems([Problem("cause", "call_cause_required")])
            self.cause.first_field().setFocus()  # type: ignore[union-attr]
            return
        if index == self.AGREEMENT:
            problems = self.agreement.input_problems()
            if problems:
                self.agreement.show_problems(problems)
                return
        if index == self.SUMMARY:
            self.save()
            return
        self._go(index + 1)

    def back(self) -> None:
        if self.index == self.BEFORE:
            self.close()
        else:
            self._go(self.index - 1)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """The panel is where the user types next: it takes the keyboard from the main window."""
        super().showEvent(event)
        self.raise_()
        self.activateWindow()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Ctrl+Enter reaches here from any field that does not use it, also when the window shortcut
        does not fire (a panel not yet active); Enter alone stays with the focused button or field."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.next()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc: one step back; before the call it closes the panel."""
        self.back()

    def _may_close(self) -> bool:
        """Half a call is stored nowhere: ask before its notes are dropped."""
        return self.finished_ok or self.started_at is None or msgbox.ask(
            self, self.tr("Discard this call?"),
            self.tr("Nothing of this call is stored yet. Close the panel and lose the notes?"), self.tr("Discard"))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Not QDialog's own closeEvent: it would call reject(), which here means "one step back".
        if not self._may_close():
            event.ignore()
            return
        event.accept()
        self._tick.stop()
        self.done(QDialog.DialogCode.Accepted if self.finished_ok else QDialog.DialogCode.Rejected)

    # -- what the pages hold ------------------------------------------------------------------------
    @property
    def language(self):  # type: ignore[no-untyped-def]
        return self.briefing.client.language

    def _chosen_rows(self) -> list[InvoiceRow]:
        chosen = set(self.before.chosen_invoices())
        return [row for row in self.briefing.rows if row.invoice.id in chosen]

    def _contact_name(self) -> str:
        contact = self.before.contact_chosen()
        return contact.name if contact else ""

    def _opening_lines(self) -> list[str]:
        rows = self._chosen_rows()
        profile = self.profile
        caller = _caller_name(profile)
        return call_words.opening_lines(
            self.language, now=self.local_now(), caller=caller, business=profile.name if profile else "",
            contact=self._contact_name(), invoice_numbers=[r.invoice.number for r in rows],
            open_cents=sum(r.open_cents for r in rows), due_dates=[r.invoice.due_date for r in rows],
            currency=rows[0].invoice.currency if rows else "EUR")

    def _agreements(self) -> tuple[InvoiceAgreement, ...]:
        """What the agreement step holds so far; an amount still being typed counts as not there yet."""
        try:
            return self.agreement.agreements()
        except ValidationError:
            return ()

    def _summary_text(self, spoken: bool, lead: bool = True) -> str:
        contact = self.before.contact_chosen()
        return call_words.closing_summary(
            self.language, agreements=self._agreements(), rows=self._chosen_rows(), today=self.today,
            contact_name=contact.name if contact else "", new_contact=self.agreement.new_contact(),
            follow_up_on=self.follow_up.chosen(), spoken=spoken, lead=lead)

    def _agreement_changed(self) -> None:
        agreements = self._agreements()
        self.follow_up.propose(default_follow_up(agreements, self.calendar.next_working_day, self.today),
                               self.agreement.latest_date())

    def report(self) -> CallReport:
        contact = self.before.contact_chosen()
        started = self.started_at or self._utc_now()
        return CallReport(
            client_id=self.client_id, contact_id=contact.id if contact else None, started_at=started,
            ended_at=max(self.ended_at or self._utc_now(), started),
            invoice_ids=tuple(self.before.chosen_invoices()), cause=self.cause.cause() or Cause.OTHER,
            notes=self.cause.notes.toPlainText(), received=AwarenessPage.answer(self.awareness.received),
            knows_open=AwarenessPage.answer(self.awareness.knows_open), agreements=self._agreements(),
            new_contact=self.agreement.new_contact(), follow_up_on=self.follow_up.chosen(),
            summary=self._summary_text(spoken=True),
            evaluation=Evaluation(self.summary.went_well.text(), self.summary.do_differently.text()),
            spoke_with="" if contact else self.tr("someone at the switchboard"))

    # -- storing ---------------------------------------------------------------------------------------
    def save(self) -> bool:
        report = self.report()
        rows = self._chosen_rows()
        payments = any(a.promise or a.plan for a in report.agreements)
        numbers = ", ".join(r.invoice.number for r in rows)
        note = (self.tr("Check the payments agreed on the phone: {invoices}") if payments
                else self.tr("Follow up the call about {invoices}")).format(invoices=numbers)
        try:
            saved = self.calls.record_call(report, self.task_ids, note)
        except ValidationError as refused:
            self._refused(refused.problems)
            return False
        except FileProblem as problem:
            msgbox.error(self, self.tr("Call not saved"), self.tr(
                "The data file cannot be written ({detail}). Nothing of this call was stored; "
                "the panel stays open so your notes are not lost.").format(detail=problem.detail or problem.code))
            return False
        self.finished_ok = True
        self.saved.emit(saved)
        if self.open_compose is not None:
            draft = self.calls.summary_draft(report, self._summary_text(spoken=False, lead=False))
            self.open_compose(draft, report)
        self.close()
        return True

    def _refused(self, problems: Sequence[Problem]) -> None:
        agreement = [p for p in problems if p.field.startswith(("invoice:", "new_contact"))]
        if agreement:
            self._go(self.AGREEMENT)
            self.agreement.show_problems(agreement)
        elif any(p.field == "follow_up" for p in problems):
            self._go(self.FOLLOW_UP)
        self._show_problems(problems)

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems.setText("\n".join(problem_text(p, self.formatter) for p in problems))
        self.problems.show()

    def log_attempt(self, kind: AttemptKind) -> bool:
        """No answer, voicemail, wrong number: one action logs it and plans the next good slot."""
        invoice_ids = self.before.chosen_invoices()
        if not invoice_ids:
            self._show_problems([Problem("invoices", "call_without_invoice")])
            return False
        slot = retry_slot(self.local_now(), self.calendar)
        contact = self.before.contact_chosen()
        who = contact.name if contact else self.briefing.client.name
        note = {AttemptKind.NO_ANSWER: self.tr("Call {name} again (no answer)"),
                AttemptKind.VOICEMAIL: self.tr("Call {name} again (voicemail left)"),
                AttemptKind.WRONG_NUMBER: self.tr("Find the right number for {name}, then call")}[kind].format(name=who)
        try:
            logged = self.calls.log_attempt(self.client_id, contact.id if contact else None, invoice_ids, kind,
                                            slot.start, self.task_ids, note)
        except FileProblem as problem:
            msgbox.error(self, self.tr("Attempt not logged"), self.tr(
                "The data file cannot be written ({detail}).").format(detail=problem.detail or problem.code))
            return False
        self.finished_ok = True
        self.attempt_logged.emit(logged)
        self.close()
        return True

    def _show_clock(self) -> None:
        if self.started_at is None:
            return
        seconds = int((self._utc_now() - self.started_at).total_seconds())
        self.clock_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")


def _caller_name(profile: BusinessProfile | None) -> str:
    """The user's own name: the signature's first line that is not the business name."""
    if profile is None:
        return ""
    for line in profile.signature.splitlines():
        if line.strip() and line.strip().casefold() != profile.name.strip().casefold():
            return line.strip()
    return profile.name
