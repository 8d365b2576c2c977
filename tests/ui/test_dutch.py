"""The UI in Dutch: menus, messages and amounts, from the shipped translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from debtordesk.app import FileWorkspace
from debtordesk.core.formatting import Formatter
from debtordesk.ui import record_text
from debtordesk.ui.i18n import choose_language, install_translators
from debtordesk.ui.main_window import MainWindow


@pytest.fixture
def dutch(qapp: QApplication):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    assert translators, "the Dutch translation did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_main_window_speaks_dutch(dutch, qtbot, settings, clock, demo_file: Path) -> None:
    window = MainWindow(FileWorkspace(clock), Formatter("nl"), settings)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.data_shown):
            window.open_path(demo_file)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Bestand", "&Administratie", "&Opvolging", "Beel&d", "E&xtra", "&Instellingen", "&Help"]
        assert window.tabs.tabText(1) == "&Facturen"
        from PySide6.QtCore import Qt

        assert window.invoices_model.headerData(0, Qt.Orientation.Horizontal) == "Klant"
        assert window.figures.value("open").startswith("€\u00a0")
        captions = [label.text() for label in window.figures.findChildren(QLabel)]
        assert "Openstaand" in captions and "Vervallen facturen" in captions
        window.show_page(window.invoices)
        assert window.invoices.select_where(lambda r: 0 < r.paid_cents < r.invoice.total_cents)
        view = window.invoice_pane.invoice_view
        assert view.tabs.tabText(1).startswith("Betalingen")
        descriptions = [record_text.describe(r, window.formatter) for r in view.timeline.model.shown()]
        assert any(" betaald op " in d and "nog €\u00a0" in d for d in descriptions), descriptions
        assert any(d.startswith("Factuur ") and "vervalt op" in d for d in descriptions), descriptions
        dialog = window.edit_profile()
        dialog.field("iban").setText("NL91ABNA0417164301")
        dialog.accept()
        assert dialog.problem_lines() == ["IBAN: De controlecijfers kloppen niet: kijk of er een typefout in het IBAN zit."]
        assert dialog.formatter.plain_amount(123456) == "1.234,56"
    finally:
        window.workspace.close()


def test_language_follows_the_system_unless_overridden() -> None:
    from PySide6.QtCore import QLocale

    assert choose_language("system", QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)) == "nl"
    assert choose_language("system", QLocale(QLocale.Language.French, QLocale.Country.Belgium)) == "en"
    assert choose_language("nl", QLocale(QLocale.Language.English)) == "nl"
    assert choose_language("en", QLocale(QLocale.Language.Dutch)) == "en"


def test_the_invoice_pane_shows_its_dutch_captions_whole(dutch, qtbot, settings, clock, demo_file: Path) -> None:
    """The splitter once squeezed "Dagen te laat:" to "Dagen te laa" at the window's first size."""
    window = MainWindow(FileWorkspace(clock), Formatter("nl"), settings)
    qtbot.addWidget(window)
    window.resize(1336, 740)
    window.show()
    try:
        with qtbot.waitSignal(window.data_shown):
            window.open_path(demo_file)
        window.show_page(window.today)  # its list has the widest columns, so the narrowest pane
        window.today.table.selectRow(0)
        view = window.panes[window.today].invoice_view
        assert view is not None
        qtbot.waitUntil(lambda: view.isVisible())
        qtbot.wait(50)  # the splitter lays out the pane's new minimum
        captions = [label for label in view.findChildren(QLabel) if label.text().endswith(":")]
        assert {"Dagen te laat:", "Omschrijving:", "Openstaand:"} <= {label.text() for label in captions}
        clipped = [label.text() for label in captions if label.width() < label.sizeHint().width()]
        assert clipped == []
    finally:
        window.workspace.close()
