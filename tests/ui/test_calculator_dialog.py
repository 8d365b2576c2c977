"""Tools > Interest and Costs: the working for any amount and dates, bad input worded, the user's tables named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from debtordesk.core.formatting import Formatter
from debtordesk.core.interest import DebtorType
from debtordesk.core.model import Country
from debtordesk.core.rates import load_rate_book
from debtordesk.ui.calculator_dialog import CalculatorDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> CalculatorDialog:  # type: ignore[no-untyped-def]
    rates_dir = tmp_path / "rates"
    shown = CalculatorDialog(lambda: load_rate_book(rates_dir), rates_dir, Formatter("en"), TODAY)
    qtbot.addWidget(shown)
    return shown


def choose(dialog: CalculatorDialog, country: Country, debtor: DebtorType, principal: str,
           first: date, last: date) -> None:
    dialog.country.setCurrentIndex(dialog.country.findData(country))
    dialog.debtor.setCurrentIndex(dialog.debtor.findData(debtor))
    dialog.first_day.setDate(QDate(first.year, first.month, first.day))
    dialog.last_day.setDate(QDate(last.year, last.month, last.day))
    dialog.principal.setText(principal)


def test_a_dutch_consumer_gets_the_wik_scale_and_compound_statutory_interest(dialog: CalculatorDialog) -> None:
    choose(dialog, Country.NL, DebtorType.CONSUMER, "3,200.00", date(2025, 1, 1), date(2025, 12, 31))
    # Costs: 2,500 × 15 % = 375; 700 × 10 % = 70; 375 + 70 = 445.00.
    # Interest (nl_statutory): 1-1-2025..30-6-2025 at 6 %: 3,200 × 6 % × 181/365 = 95.21;
    # 1-7-2025..31-12-2025 at 5 %: 3,200 × 5 % × 184/365 = 80.66; together 175.87.
    assert not dialog.errors.isVisible()
    assert dialog.total.text() == "Interest €175.87 + costs €445.00 = €620.87"
    working = dialog.working.toPlainText()
    assert "€3,200.00 × 6% × 181/365 = €95.21" in working
    assert "€3,200.00 × 5% × 184/365 = €80.66" in working
    assert not dialog.wik.isEnabled()  # the scale is the law for consumers, not a choice


def test_a_belgian_business_owes_forty_euros_per_invoice_and_simple_interest(dialog: CalculatorDialog) -> None:
    choose(dialog, Country.BE, DebtorType.BUSINESS, "1000", date(2025, 1, 1), date(2025, 1, 31))
    dialog.invoices.setValue(3)
    # Costs: 3 invoices × € 40 = 120. Interest: 2025 S1 at 11.5 %: 1,000 × 11.5 % × 31/365 = 9.77.
    assert dialog.total.text() == "Interest €9.77 + costs €120.00 = €129.77"


@pytest.mark.parametrize(("principal", "first", "last", "expected"), [
    ("12,50.3", date(2025, 1, 1), date(2025, 2, 1), "is not an amount"),
    ("-5", date(2025, 1, 1), date(2025, 2, 1), "above zero"),
    ("100", date(2025, 3, 1), date(2025, 2, 1), "before the first day of default"),
    ("100", date(2005, 3, 1), date(2025, 2, 1), "rate tables start later"),
])
def test_bad_input_is_worded_and_shows_no_total(dialog: CalculatorDialog, principal: str, first: date, last: date,
                                                expected: str) -> None:
    choose(dialog, Country.NL, DebtorType.BUSINESS, principal, first, last)
    assert dialog.errors.isVisible() or not dialog.errors.isHidden()
    assert expected in dialog.errors.text().lower() or expected in dialog.errors.text()
    assert dialog.total.text() == ""


def test_the_users_own_table_is_used_and_a_broken_one_is_named(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rates_dir = tmp_path / "rates"
    rates_dir.mkdir()
    (rates_dir / "nl_commercial.csv").write_text("from,percent\n2025-01-01,20\n", encoding="utf-8")
    (rates_dir / "be_commercial.csv").write_text("from,percent\n2025-01-01,twelve\n", encoding="utf-8")
    dialog = CalculatorDialog(lambda: load_rate_book(rates_dir), rates_dir, Formatter("en"), TODAY)
    qtbot.addWidget(dialog)
    choose(dialog, Country.NL, DebtorType.BUSINESS, "365", date(2025, 1, 1), date(2025, 1, 10))
    # Own row 20 %: 365 × 20 % × 10/365 = 2.00; costs € 40.
    assert dialog.total.text() == "Interest €2.00 + costs €40.00 = €42.00"
    assert "your own tables for nl_commercial" in dialog.sources.text()
    assert "be_commercial.csv is not used: line 2" in dialog.sources.text()


def test_edit_rate_tables_opens_the_users_folder_with_the_how_to(dialog: CalculatorDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr("debtordesk.ui.calculator_dialog.QDesktopServices.openUrl", lambda url: opened.append(url))
    folder = dialog.open_rate_tables()
    assert (folder / "README.txt").read_text(encoding="utf-8").startswith("DebtorDesk interest rate tables")
    assert opened and opened[0].toLocalFile() == str(folder)
    assert not list(folder.glob("*.csv"))  # no stale full copies that would hide a later release's rows
