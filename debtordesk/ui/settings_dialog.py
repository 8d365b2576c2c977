"""Settings: the business's follow-up ladder, the message texts and the email server.

Save writes the ladder and the email settings, and only after both were checked:
a refused email setting leaves the ladder unsaved too, so the file never holds
half of what the user confirmed. Message texts are saved one at a time with the
Save button in their own tab, since each is a separate text the user finishes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import BusinessProfile
from debtordesk.core.outgoing import Mailer, PasswordKeeper
from debtordesk.core.ports import FileProblem
from debtordesk.core.validation import ValidationError
from debtordesk.ui import msgbox
from debtordesk.ui.ladder_editor import ERROR_COLOUR, LadderEditor
from debtordesk.ui.mail_settings_page import MailSettingsPage
from debtordesk.ui.problem_text import file_problem_text
from debtordesk.ui.template_editor import TemplateEditor


class SettingsDialog(QDialog):
    """Three tabs; Save (ladder and email) and Close.

    Attributes:
        ladder_editor, template_editor, mail_page: the tabs' contents.
        errors: why Save did not go ahead.
    """

    def __init__(self, follow_up: FollowUpService, mailer: Mailer, passwords: PasswordKeeper, formatter: Formatter,
                 profile: BusinessProfile | None, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.follow_up = follow_up
        self.formatter = formatter

        self.ladder_editor = LadderEditor()
        self.ladder_editor.set_ladder(follow_up.ladder_book().default)
        ladder_page = _page(self.tr(
            "For every overdue invoice DebtorDesk proposes these steps, in this order; nothing goes out without "
            "your confirmation. A client can also have a ladder of its own."), self.ladder_editor)

        self.template_editor = TemplateEditor(follow_up, formatter, profile, today or follow_up.debtors.clock.today())
        texts_page = _page(self.tr(
            "Each step's email or letter, per language: a client gets it in their own language. "
            "Save each text with Save text below."), self.template_editor)

        self.mail_page = MailSettingsPage(follow_up, mailer, passwords, formatter)

        self.tabs = QTabWidget()
        self.ladder_tab = self.tabs.addTab(ladder_page, self.tr("Follow-up &ladder"))
        self.texts_tab = self.tabs.addTab(texts_page, self.tr("&Message texts"))
        self.mail_tab = self.tabs.addTab(self.mail_page, self.tr("&Email"))

        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_COLOUR)
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr(
            "Saves the ladder and the email settings. Message texts have their own Save button."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

    def has_unsaved_changes(self) -> bool:
        return (self.ladder_editor.is_modified() or self.mail_page.is_modified()
                or self.template_editor.has_unsaved_changes())

    def save(self) -> bool:
        """Check the ladder and the email settings, then save both; False (nothing written) when either is refused."""
        self.errors.hide()
        ladder_problems = self.ladder_editor.problems()
        mail_problems = self.mail_page.check() if self.mail_page.is_modified() else []
        if ladder_problems or mail_problems:
            tabs = []
            if ladder_problems:
                tabs.append((self.ladder_tab, self.tr("Follow-up ladder")))
            if mail_problems:
                tabs.append((self.mail_tab, self.tr("Email")))
            self.tabs.setCurrentIndex(tabs[0][0])
            self.errors.setText(self.tr("Nothing was saved. Fix what is marked in red on: {tabs}.").format(
                tabs=", ".join(name for _index, name in tabs)))
            self.errors.show()
            return False
        try:
            if self.ladder_editor.is_modified():
                self.follow_up.save_ladder(self.ladder_editor.ladder())
                self.ladder_editor.mark_saved()
            if self.mail_page.is_modified():
                self.mail_page.save()
        except ValidationError:
            # Checked above with the same rules; the page has marked what the service refused.
            self.tabs.setCurrentIndex(self.mail_tab)
            self.errors.setText(self.tr("The email settings were not saved. Fix what is marked in red."))
            self.errors.show()
            return False
        except FileProblem as problem:
            self.errors.setText(file_problem_text(problem))
            self.errors.show()
            return False
        return True

    def accept(self) -> None:
        if self.template_editor.has_unsaved_changes() and not self._discard_text_changes():
            return
        if self.save():
            super().accept()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not msgbox.ask(
                self, self.tr("Close settings"),
                self.tr("Some changes are not saved. Close the settings and lose them?"),
                self.tr("Close without saving")):
            return
        super().reject()

    def _discard_text_changes(self) -> bool:
        if msgbox.ask(self, self.tr("Unsaved message text"), self.tr(
                "The message text you changed is not saved. Discard those changes?"), self.tr("Discard changes")):
            return True
        self.tabs.setCurrentIndex(self.texts_tab)
        return False


def _page(intro: str, editor: QWidget) -> QWidget:
    """A tab: a line saying what it holds, then its editor taking the height."""
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(intro)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(editor, 1)
    return page
