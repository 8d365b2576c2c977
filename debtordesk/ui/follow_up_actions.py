"""The follow-up's actions in the main window: write the step's email, mark a step done or skip it,
the Outbox, the ladder and email settings.

They act on what is chosen: a Today item for a step due (its client, its
invoices, its step), or else the chosen invoice and its next step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from debtordesk.core.ladder import Channel, LadderStep, Proposal
from debtordesk.core.ports import FileProblem, NotFound
from debtordesk.core.today import TodayKind
from debtordesk.ui import labels, msgbox

if TYPE_CHECKING:
    from debtordesk.core.follow_up_service import FollowUpService
    from debtordesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class StepChoice:
    """What a follow-up action works on."""

    client_id: int
    invoice_ids: tuple[int, ...]
    numbers: tuple[str, ...]
    step: LadderStep | None  # None: an invoice with no step left (an email may still be written)


def show_guarded(window: MainWindow, make: Callable[[], QWidget | None], ask: bool = False) -> Any:
    """Make a window or dialog and show it, or say why not: the file went away, or the item did.

    A short question (``ask``) opens window-modal; a window to work in shows beside the main window.
    """
    try:
        widget = make()
    except FileProblem as problem:
        window.lose_file(problem)
        return None
    except NotFound:
        window.refresh()
        msgbox.warning(window, "DebtorDesk", QCoreApplication.translate(
            "FollowUpActions", "This item is no longer in the file; the list was refreshed."))
        return None
    if widget is not None:
        window._keep(widget)
        if ask and isinstance(widget, QDialog):
            widget.open()
        else:
            widget.show()
    return widget


class FollowUpActions(QObject):
    """Attributes:
        window: the main window, for what is chosen and to keep dialogs alive.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._service_for: Any = None
        self._follow_up: FollowUpService | None = None
        act = window._action
        self.email_action = act(self.tr("&Write Email…"), self.write_email, "Ctrl+Shift+W")
        self.done_action = act(self.tr("Mark Step &Done…"), self.mark_done, "Ctrl+Shift+D")
        self.skip_action = act(self.tr("S&kip Step…"), self.skip, "Ctrl+Shift+K")
        self.outbox_action = act(self.tr("&Outbox…"), self.show_outbox, "Ctrl+Shift+U", True)
        # Ctrl+, as Preferences is on most desktops; the platform's own key is missing on some Linux ones.
        self.settings_action = act(self.tr("Follow-up and &Email…"), self.open_settings, "Ctrl+,", True)
        self.client_ladder_action = act(self.tr("Client's Follow-up &Ladder…"), self.client_ladder, "Ctrl+Shift+L")
        self.call_action = act(self.tr("&Call Client…"), self.call, "Ctrl+Shift+T")
        self.call_action.setToolTip(self.tr("Open the call script for the chosen client: before, during and after "
                                            "the call"))
        self.chosen_actions = [self.email_action, self.done_action, self.skip_action, self.client_ladder_action,
                               self.call_action]

    @property
    def actions(self) -> list[QAction]:
        return [self.call_action, self.email_action, self.done_action, self.skip_action]

    @property
    def follow_up(self) -> FollowUpService | None:
        service = self.window.service
        if service is None:
            return None
        if self._service_for is not service:
            from debtordesk.core.follow_up_service import FollowUpService  # with the services: not at start-up

            self._service_for, self._follow_up = service, FollowUpService(service)
        return self._follow_up

    # -- what is chosen -----------------------------------------------------------------
    def choice(self) -> StepChoice | None:
        window = self.window
        if window.current_page() is window.today:
            item = window._today_item()
            if item is not None and item.kind == TodayKind.STEP_DUE:
                ladder = window.ladders.ladder_for(item.client_id)
                index = ladder.index_of(item.step_key)
                step = ladder.steps[index] if index is not None else None
                return StepChoice(item.client_id, item.invoice_ids, item.invoice_numbers, step)
        row = window.current_invoice()
        if row is None or row.invoice.id is None or row.open_cents <= 0:
            return None
        result = window.invoices_model.next_step(row)
        step = result.step if isinstance(result, Proposal) else None
        return StepChoice(row.invoice.client_id, (row.invoice.id,), (row.invoice.number,), step)

    def update(self) -> None:
        has_file = self.window.service is not None
        choice = self.choice() if has_file else None
        with_step = choice is not None and choice.step is not None
        self.email_action.setEnabled(choice is not None)
        self.done_action.setEnabled(with_step)
        self.skip_action.setEnabled(with_step)
        self.client_ladder_action.setEnabled(has_file and self.window.current_client_id() is not None)
        self.call_action.setEnabled(has_file and self.window.current_client_id() is not None)
        step = choice.step if choice else None
        # The text stays short (it is also a button in a narrow pane); the tip names the step's text.
        if step is not None and step.channel == Channel.EMAIL:
            self.email_action.setToolTip(self.tr("Write the email of the step: {step}").format(
                step=labels.step_name(step)))
        else:
            self.email_action.setToolTip(self.tr("Write an email about the chosen invoices"))

    # -- the actions ---------------------------------------------------------------------
    def _guarded(self, make: Callable[[FollowUpService], QWidget | None], ask: bool = False) -> Any:
        follow_up = self.follow_up
        if follow_up is None:
            return None
        return show_guarded(self.window, lambda: make(follow_up), ask)

    def write_email(self) -> Any:
        """The compose window, drafted from the step's template in the client's language."""
        choice = self.choice()
        if choice is None:
            self.window.statusBar().showMessage(self.tr("First choose an open invoice or a step due today."), 6000)
            return None
        if self.window.service is not None and self.window.workspace.path is not None:
            with self.window.service.store.reading() as reader:
                if reader.profile() is None:
                    msgbox.information(self.window, self.tr("Write email"), self.tr(
                        "Fill in your business profile first: emails are signed with it and name your IBAN."))
                    return None
        from debtordesk.ui.compose_window import ComposeWindow

        def make(follow_up: FollowUpService) -> QWidget:
            step = choice.step if choice.step is not None and choice.step.channel == Channel.EMAIL else None
            template = None if step is not None else "payment_reminder"
            draft = follow_up.draft(choice.client_id, list(choice.invoice_ids), step, template)
            with follow_up.debtors.store.reading() as reader:
                contacts = reader.contacts(choice.client_id)
            window = self.window
            return ComposeWindow(follow_up, window.workspace.mailer, window.workspace.passwords, draft, contacts,
                                 window.formatter, window)

        return self._guarded(make)

    def mark_done(self) -> Any:
        return self._step_dialog(skip=False)

    def skip(self) -> Any:
        return self._step_dialog(skip=True)

    def _step_dialog(self, skip: bool) -> Any:
        choice = self.choice()
        if choice is None or choice.step is None:
            self.window.statusBar().showMessage(self.tr("First choose an invoice with a next step."), 6000)
            return None
        from debtordesk.ui.step_dialog import StepDialog  # when first used: not at start-up

        return self._guarded(lambda f: StepDialog(f, self.window.formatter, choice, skip, self.window), ask=True)

    def show_outbox(self) -> Any:
        from debtordesk.ui.outbox_dialog import OutboxDialog

        window = self.window

        def make(follow_up: FollowUpService) -> QWidget:
            with follow_up.debtors.store.reading() as reader:
                names = reader.client_names()
            return OutboxDialog(follow_up, window.workspace.mailer, window.workspace.passwords, window.formatter,
                                names, window)

        return self._guarded(make)

    def open_settings(self) -> Any:
        from debtordesk.ui.settings_dialog import SettingsDialog

        window = self.window

        def make(follow_up: FollowUpService) -> QWidget:
            with follow_up.debtors.store.reading() as reader:
                profile = reader.profile()
            return SettingsDialog(follow_up, window.workspace.mailer, window.workspace.passwords, window.formatter,
                                  profile, window, today=follow_up.debtors.clock.today())

        return self._guarded(make)

    def client_ladder(self) -> Any:
        client_id = self.window.current_client_id()
        if client_id is None:
            return None
        from debtordesk.ui.ladder_editor import LadderDialog

        def make(follow_up: FollowUpService) -> QWidget:
            with follow_up.debtors.store.reading() as reader:
                client = reader.client(client_id)
            return LadderDialog(follow_up, client, self.window.formatter, self.window)

        return self._guarded(make)

    # -- the call ------------------------------------------------------------------------------
    def call_choice(self) -> tuple[int, tuple[int, ...], tuple[int, ...]] | None:
        """The client to ring, the invoices to talk about, and the planned follow-ups the call answers."""
        window = self.window
        if window.current_page() is window.today:
            item = window._today_item()
            if item is None:
                return None
            tasks = (item.task.id,) if item.task is not None and item.task.id is not None else ()
            return item.client_id, item.invoice_ids, tasks
        client_id = window.current_client_id()
        if client_id is None:
            return None
        row = window.current_invoice() if window.current_page() is not window.clients else None
        return client_id, ((row.invoice.id,) if row is not None and row.invoice.id is not None else ()), ()

    def call(self) -> Any:
        """The call-script panel for the chosen client; after saving, the summary email in the compose window."""
        chosen = self.call_choice()
        if chosen is None:
            self.window.statusBar().showMessage(self.tr("First choose a client, an invoice or a Today item."), 6000)
            return None
        client_id, invoice_ids, task_ids = chosen
        from debtordesk.core.calls import CallService
        from debtordesk.ui.call_panel import CallPanel
        from debtordesk.ui.compose_window import ComposeWindow

        window = self.window

        def make(follow_up: FollowUpService) -> QWidget | None:
            calls = CallService(follow_up)

            def compose(draft: Any, report: Any) -> QWidget:
                with follow_up.debtors.store.reading() as reader:
                    contacts = reader.contacts(report.client_id)
                composer = ComposeWindow(follow_up, window.workspace.mailer, window.workspace.passwords, draft,
                                         contacts, window.formatter, window)
                window._keep(composer)
                composer.show()
                return composer

            briefing = calls.briefing(client_id)
            if not briefing.rows:
                msgbox.information(window, self.tr("Call client"), self.tr(
                    "{client} has no open invoices: there is nothing to call about.").format(
                    client=briefing.client.name))
                return None
            panel = CallPanel(calls, window.formatter, client_id, invoice_ids, task_ids, open_compose=compose,
                              briefing=briefing, parent=window)
            panel.attempt_logged.connect(lambda logged: window.statusBar().showMessage(self.tr(
                "Attempt logged. Call again on {day} at {time}: it is on the Today list then.").format(
                day=window.formatter.date(logged.task.due_date), time=logged.task.due_time.strftime("%H:%M")), 10000))
            return panel

        return self._guarded(make)

    def watch_promises(self) -> None:
        """Mark promises kept or broken as payments say (on opening a file, after changes, each hour)."""
        follow_up = self.follow_up
        if follow_up is None or self.window.workspace.path is None:
            return
        from debtordesk.core.calls import CallService

        try:
            CallService(follow_up).watch_promises()
        except FileProblem as problem:
            self.window.lose_file(problem)
