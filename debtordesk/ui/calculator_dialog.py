"""Tools > Interest and Costs: the statutory interest and collection costs for any amount and dates.

It shows the same working as the letters (periods, rates, tiers) in the UI's
language, and where the rates come from: the tables shipped with DebtorDesk or
the user's own updated copies, which the user may edit without a new release.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtordesk.core.claim_words import costs_part, interest_part
from debtordesk.core.collection_costs import collection_costs
from debtordesk.core.formatting import Formatter
from debtordesk.core.interest import DebtorType, statutory_interest
from debtordesk.core.model import Country, Language
from debtordesk.core.money import AmountError, parse_amount
from debtordesk.core.rates import RateUnknown
from debtordesk.ui import labels
from debtordesk.ui.problem_text import problem_text
from debtordesk.core.validation import Problem
from debtordesk.ui.widgets import choice_combo, date_edit, error_label
from debtordesk.resources import resource_path

if TYPE_CHECKING:
    from collections.abc import Callable

    from debtordesk.core.rates import RateBook


class CalculatorDialog(QDialog):
    """Attributes:
        load_rates: reads the rate tables afresh (the user may have edited theirs meanwhile).
        rates_dir: the folder of the user's own rate tables.
    """

    def __init__(self, load_rates: Callable[[], RateBook], rates_dir: Path, formatter: Formatter, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interest and Costs"))
        self.load_rates, self.rates_dir, self.formatter = load_rates, rates_dir, formatter
        self.rates = load_rates()
        self.language = Language.NL if formatter.language == "nl" else Language.EN

        self.country = choice_combo([(c, n) for c, n in labels.countries() if c in (Country.NL, Country.BE)])
        self.country.setObjectName("country")
        self.debtor = choice_combo([(DebtorType.BUSINESS, self.tr("Business")),
                                    (DebtorType.CONSUMER, self.tr("Consumer"))])
        self.debtor.setObjectName("debtor")
        self.principal = QLineEdit()
        self.principal.setObjectName("principal")
        self.principal.setPlaceholderText(formatter.plain_amount(123456))
        self.invoices = QSpinBox()
        self.invoices.setRange(1, 999)
        self.wik = QCheckBox(self.tr("The terms apply the statutory scale (WIK)"))
        self.first_day = date_edit(today - timedelta(days=90), formatter.language)
        self.last_day = date_edit(today, formatter.language)
        form = QFormLayout()
        form.addRow(self.tr("Law of:"), self.country)
        form.addRow(self.tr("Debtor:"), self.debtor)
        form.addRow(self.tr("Principal:"), self.principal)
        form.addRow(self.tr("Number of invoices:"), self.invoices)
        form.addRow(self.wik)
        form.addRow(self.tr("First day of default:"), self.first_day)
        form.addRow(self.tr("Payment date:"), self.last_day)

        self.errors = error_label("calculatorErrors")
        self.working = QPlainTextEdit()
        self.working.setObjectName("working")
        self.working.setReadOnly(True)
        self.working.setMinimumSize(620, 300)
        self.total = QLabel()
        self.total.setObjectName("total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.sources = QLabel()
        self.sources.setObjectName("sources")
        self.sources.setWordWrap(True)
        edit_tables = QPushButton(self.tr("&Edit Rate Tables…"))
        edit_tables.setToolTip(self.tr("Open the folder for your own rate tables; their rows add to and correct "
                                       "the tables shipped with DebtorDesk"))
        edit_tables.clicked.connect(self.open_rate_tables)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(edit_tables, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.working, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.sources)
        layout.addWidget(buttons)
        for signal in (self.country.currentIndexChanged, self.debtor.currentIndexChanged, self.principal.textChanged,
                       self.invoices.valueChanged, self.wik.toggled, self.first_day.dateChanged,
                       self.last_day.dateChanged):
            signal.connect(self.calculate)
        self.calculate()

    def calculate(self) -> None:
        country, debtor = Country(self.country.currentData()), DebtorType(self.debtor.currentData())
        self.wik.setEnabled(country == Country.NL and debtor == DebtorType.BUSINESS)
        self.working.setPlainText("")
        self.total.setText("")
        self._show_sources()
        if not self.principal.text().strip():
            self.errors.setVisible(False)
            return
        try:
            principal = parse_amount(self.principal.text(), self.formatter.locale)
        except AmountError as error:
            return self._problem(problem_text(Problem("principal", error.code), self.formatter))
        if principal <= 0:
            return self._problem(self.tr("Enter an amount above zero."))
        first, last = self.first_day.date().toPython(), self.last_day.date().toPython()
        if last < first:
            return self._problem(self.tr("The payment date is before the first day of default; interest runs from "
                                         "the first day of default up to and including the payment date."))
        try:
            interest = statutory_interest(country, debtor, principal, first, last, self.rates)
        except RateUnknown:
            return self._problem(self.tr("The rate tables start later than {date}. Choose a later first day of "
                                         "default, or add the older rates to your own table.").format(
                date=self.formatter.date(first)))
        costs = collection_costs(country, debtor, principal, invoices=self.invoices.value(),
                                 wik_terms=self.wik.isChecked() and self.wik.isEnabled())
        self.errors.setVisible(False)
        parts = [interest_part(interest, self.language), costs_part(costs, self.language)]
        lines: list[str] = []
        for part in parts:
            lines.append(f"{part.label}: {self.formatter.amount(part.amount_cents)}")
            lines.extend(f"    {line}" for line in part.working)
            lines.append("")
        self.working.setPlainText("\n".join(lines).rstrip())
        self.total.setText(self.tr("Interest {interest} + costs {costs} = {total}").format(
            interest=self.formatter.amount(interest.total_cents), costs=self.formatter.amount(costs.total_cents),
            total=self.formatter.amount(interest.total_cents + costs.total_cents)))

    def _problem(self, text: str) -> None:
        self.errors.setText(text)
        self.errors.setVisible(True)

    def _show_sources(self) -> None:
        own = sorted(n for n in self.rates.names if self.rates.table(n).origin.parent == self.rates_dir)
        lines = [self.tr("Rates: the tables shipped with DebtorDesk, with their sources.") if not own else
                 self.tr("Rates: your own tables for {names}; the shipped ones for the rest.").format(
                     names=", ".join(own))]
        for problem in self.rates.problems:
            lines.append(self.tr("Your table {file} is not used: line {line}: {text}").format(
                file=Path(problem.path).name, line=problem.line,
                text=problem_text(Problem("rates", problem.code), self.formatter)))
        self.sources.setText("\n".join(lines))

    def open_rate_tables(self) -> Path:
        """The user's rate folder, with a note on how a table there adds to or corrects the shipped one."""
        self.rates_dir.mkdir(parents=True, exist_ok=True)
        note = self.rates_dir / "README.txt"
        if not note.exists():
            note.write_text(resource_path("rates", "README.txt").read_text(encoding="utf-8"), encoding="utf-8")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.rates_dir)))
        return self.rates_dir

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self.rates = self.load_rates()  # edited tables count from the next time the dialog shows
        self.calculate()
        super().showEvent(event)  # type: ignore[arg-type]
        # Opened from the keyboard: typing goes straight into the amount.
        self.raise_()
        self.activateWindow()
        self.principal.setFocus()
