"""The main window on a real demo file: lists, search, filters, sorting, figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from debtordesk.core.model import InvoiceRow
from debtordesk.ui.table_models import ROW_ROLE, SORT_ROLE, ClientsModel, InvoicesModel


def test_demo_file_fills_both_lists_and_the_figures(window) -> None:
    assert window.stack.currentIndex() == 1
    assert window.windowTitle() == "demo — DebtorDesk"
    assert 50 <= window.invoices.model.rowCount() <= 80
    assert window.clients.model.rowCount() == 0  # loaded when its tab is shown
    window.show_page(window.clients)
    assert window.clients.model.rowCount() == 14
    from debtordesk.core.figures import compute_figures

    with window.service.store.reading() as reader:
        expected = compute_figures(*reader.figure_facts(), window.service.clock.today())
    f = window.formatter
    assert window.figures.value("open") == f.amount(expected.open_cents)
    assert window.figures.value("overdue") == f.amount(expected.overdue_cents)
    assert window.figures.value("overdue_count") == str(expected.overdue_count) != "0"
    assert window.figures.value("days_late") == f"{expected.average_days_late} d"
    assert window.figures.value("dso") == str(expected.dso_days)
    assert window.figures.value("promised") == f.amount(expected.promised_this_week_cents)
    assert window.figures.value("handed_over") == f.amount(0)
    assert not window.profile_banner.isVisible()


def test_models_pass_qt_model_tester(window, qtmodeltester) -> None:
    qtmodeltester.check(window.invoices_model)
    qtmodeltester.check(window.clients_model)


def test_search_filters_as_you_type_on_every_word(window, qtbot) -> None:
    qtbot.keyClicks(window.invoices.search, "korenbloem")
    rows = [window.invoices.model.index(r, 0).data(ROW_ROLE) for r in range(window.invoices.model.rowCount())]
    assert rows and all(row.client_name == "Bakkerij De Korenbloem" for row in rows)
    window.invoices.search.clear()
    qtbot.keyClicks(window.invoices.search, "vermeulen 2026")
    assert all("Vermeulen" in window.invoices.model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
               for r in range(window.invoices.model.rowCount()))


def test_overdue_filter_keeps_only_late_open_invoices(window, qtbot, today) -> None:
    window.overdue_filter.setChecked(True)
    rows: list[InvoiceRow] = [window.invoices.model.index(r, 0).data(ROW_ROLE)
                              for r in range(window.invoices.model.rowCount())]
    assert rows and all(row.days_overdue(today) > 0 and row.open_cents > 0 for row in rows)


def test_sorting_uses_raw_values_not_display_text(window) -> None:
    table = window.invoices.table
    table.sortByColumn(InvoicesModel.OPEN, Qt.SortOrder.DescendingOrder)
    model = window.invoices.model
    values = [model.index(r, InvoicesModel.OPEN).data(SORT_ROLE) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    # "€ 9,00" sorts above "€ 10,00" as text; as cents it must not.
    assert all(isinstance(v, int) for v in values)
    window.clients.table.sortByColumn(ClientsModel.OVERDUE, Qt.SortOrder.AscendingOrder)
    cmodel = window.clients.model
    overdue = [cmodel.index(r, ClientsModel.OVERDUE).data(SORT_ROLE) for r in range(cmodel.rowCount())]
    assert overdue == sorted(overdue)


def test_figures_follow_a_partial_payment_made_anywhere(window, qtbot, today) -> None:
    f = window.formatter
    row = max((r for r in window.invoices_model.rows() if r.days_overdue(today) > 0), key=lambda r: r.open_cents)
    before = {key: window.figures.value(key) for key in window.figures.KEYS}
    open_before = sum(r.open_cents for r in window.invoices_model.rows())
    overdue_before = sum(r.open_cents for r in window.invoices_model.rows() if r.days_overdue(today) > 0)
    from debtordesk.core.model import Payment

    with qtbot.waitSignal(window.data_shown):
        window.service.record_payment(Payment(row.invoice.id, today, 100_00))  # partial: stays overdue
    assert window.figures.value("open") == f.amount(open_before - 100_00) != before["open"]
    assert window.figures.value("overdue") == f.amount(overdue_before - 100_00)
    assert window.figures.value("overdue_count") == before["overdue_count"]
    from debtordesk.core.figures import compute_figures

    with window.service.store.reading() as reader:
        expected = compute_figures(*reader.figure_facts(), today)
    assert window.figures.value("days_late") == f"{expected.average_days_late} d"
    assert window.figures.value("dso") == str(expected.dso_days)


def test_filters_and_search_apply_together(window, qtbot, today) -> None:
    boxes = {box.text(): box for box in window.invoices.findChildren(QCheckBox)}
    boxes["Open only"].setChecked(True)
    qtbot.keyClicks(window.invoices.search, "vermeulen")
    open_ones = window.invoices_model.shown()
    assert open_ones and all(r.client_name == "Vermeulen Consultancy" and r.open_cents > 0 for r in open_ones)
    all_of_client = [r for r in window.invoices_model.rows() if r.client_name == "Vermeulen Consultancy"]
    assert len(open_ones) < len(all_of_client)  # "Open only" really filtered
    qtbot.keyClicks(window.invoices.search, " 2026-04")  # a second word narrows further
    assert all("2026-04" in r.invoice.number for r in window.invoices_model.shown())
    boxes["Open only"].setChecked(False)  # the search stays
    assert all(r.client_name == "Vermeulen Consultancy" and "2026-04" in r.invoice.number
               for r in window.invoices_model.shown())


def test_the_selected_invoice_stays_selected_when_sorting(window) -> None:
    assert window.invoices.select_where(lambda row: row.invoice.number == "2026-030")
    for column in (InvoicesModel.CLIENT, InvoicesModel.TOTAL, InvoicesModel.DUE):
        window.invoices.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert window.invoices.current().invoice.number == "2026-030"


def test_status_column_and_stage_filter(window, qtbot, today) -> None:
    from debtordesk.core.stage import Stage

    combo = window.stage_filter
    combo.setCurrentIndex(combo.findData(Stage.PROMISE_BROKEN))
    shown = window.invoices_model.shown()
    assert shown and all(r.promise_broken and not r.promise_open for r in shown)
    assert {window.invoices_model.index(i, InvoicesModel.STATUS).data() for i in range(len(shown))} <= {
        "Promise broken", "Promise broken · work paused"}
    combo.setCurrentIndex(combo.findData(Stage.PAID))
    assert all(r.open_cents == 0 for r in window.invoices_model.shown())
    combo.setCurrentIndex(0)  # all stages
    assert window.invoices_model.rowCount() == len(window.invoices_model.rows())


def test_work_paused_shows_as_a_badge(window, qtbot) -> None:
    window.show_page(window.clients)
    assert window.clients.select_where(lambda row: row.client.name == "Noordlicht Media B.V.")
    import dataclasses

    client = dataclasses.replace(window.clients.current().client, work_paused=True)
    with qtbot.waitSignal(window.data_shown):
        window.service.save_client(client)
    window.show_page(window.invoices)
    window.invoices.search.setText("noordlicht")
    statuses = {window.invoices_model.index(i, InvoicesModel.STATUS).data()
                for i in range(window.invoices_model.rowCount())}
    assert any(s.endswith("· work paused") for s in statuses)
    assert "Paid" in statuses  # paid invoices carry no badge


def test_search_finds_invoices_by_contact_name(window, qtbot) -> None:
    qtbot.keyClicks(window.invoices.search, "ingrid")  # Ingrid Bos, accounts payable at the bakery
    shown = window.invoices_model.shown()
    assert shown and all(r.client_name == "Bakkerij De Korenbloem" for r in shown)


def test_clients_show_their_payment_behaviour(window) -> None:
    window.show_page(window.clients)
    model = window.clients_model

    def rating(name: str) -> str:
        assert window.clients.select_where(lambda row: row.client.name == name)
        return window.clients.table.currentIndex().siblingAtColumn(ClientsModel.RATING).data()

    assert rating("Bakkerij De Korenbloem") == "Pays on time"  # pays within days of the due date
    assert rating("Van Dijk Installatietechniek") == "Broke promises: agree firm dates"
    assert rating("Kapsalon Knip & Krul") == "No payments yet"
    days = window.clients.table.currentIndex().siblingAtColumn(ClientsModel.DAYS_LATE).data()
    assert days == ""
    assert model.columnCount() == 9


def test_a_large_file_shows_its_first_rows_then_all_and_never_a_partial_search(
        make_window, demo_file, qtbot, as_large_file) -> None:  # type: ignore[no-untyped-def]
    as_large_file(10)
    window = make_window()
    with qtbot.waitSignal(window.invoices_complete, timeout=20_000):
        assert window.open_path(demo_file)
        assert window.invoices_loading and not window.invoices.loading.isHidden()
        first = [row.invoice.id for row in window.invoices_model.shown()]
        assert len(first) == 10
        window.invoices.search.setText("a")  # over part of the rows it would be wrong: nothing shows
        assert window.invoices_model.rowCount() == 0
        window.invoices.search.clear()
    assert not window.invoices_loading and window.invoices.loading.isHidden()
    shown = window.invoices_model.shown()
    with window.service.store.reading() as reader:
        assert len(shown) == reader.invoice_count() > 10
    assert [row.invoice.id for row in shown[:len(first)]] == first
    window.invoices.search.setText("a")
    assert window.invoices_model.rowCount() == sum(
        "a" in window.invoices_model.search_text(row) for row in window.invoices_model.rows()) > 0


def test_while_the_list_loads_the_panes_and_the_chosen_row_hold(
        make_window, demo_file, qtbot, as_large_file) -> None:  # type: ignore[no-untyped-def]
    as_large_file(3)
    window = make_window()
    with qtbot.waitSignal(window.invoices_complete, timeout=20_000):
        assert window.open_path(demo_file)
        assert window.invoices_loading
        first = {row.invoice.id for row in window.invoices_model.shown()}
        # A Today item about an invoice beyond the first rows still shows that invoice in its pane.
        items = window.today_model.shown()
        later = next(p for p, item in enumerate(items) if item.invoice_ids and item.invoice_ids[0] not in first)
        window.today.table.setCurrentIndex(window.today_model.index(later, 0))
        shown = window.today_pane.currentWidget()
        assert shown is window.today_pane.invoice_view
        assert shown.details.row.invoice.id == items[later].invoice_ids[0]
        # Jumping to it on the Invoices page waits for the list, and says so; the filters stay.
        window.overdue_filter.setChecked(True)
        assert not window.show_current_invoice()
        assert "still loading" in window.statusBar().currentMessage()
        assert window.overdue_filter.isChecked()
        window.overdue_filter.setChecked(False)
        window.invoices.table.setCurrentIndex(window.invoices_model.index(1, 0))
        chosen = window.invoices.current().invoice.id
    # Every invoice is here now, and the row chosen while they loaded is still the one chosen.
    assert not window.invoices_loading
    assert window.invoices.current().invoice.id == chosen
    assert window.invoice_pane.invoice_view.details.row.invoice.id == chosen
    assert window.show_invoice(items[later].invoice_ids[0])
