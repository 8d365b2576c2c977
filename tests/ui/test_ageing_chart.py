"""The ageing chart: the right amounts per bucket, and a bar click filters the invoice table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from debtordesk.core.figures import AgeBucket, ageing


def _expected(window) -> dict[AgeBucket, int]:  # type: ignore[no-untyped-def]
    with window.service.store.reading() as reader:
        facts, _promises = reader.figure_facts()
    return ageing(facts, window.service.clock.today())


def test_bars_hold_the_open_amounts_by_age(window) -> None:
    expected = _expected(window)
    assert window.ageing.amounts == expected
    assert expected[AgeBucket.NOT_DUE] > 0 and expected[AgeBucket.OVER_90] > 0  # the demo has both


def test_clicking_a_bar_filters_the_table_and_again_shows_all(window, qtbot, today) -> None:
    everything = window.invoices.model.rowCount()
    window.show_page(window.clients)
    centre = window.ageing.centre_of(AgeBucket.DAYS_31_60).toPoint()
    qtbot.mouseClick(window.ageing, Qt.MouseButton.LeftButton, pos=centre)
    assert window.current_page() is window.invoices
    shown = window.invoices_model.shown()
    assert shown and all(31 <= (today - r.invoice.due_date).days <= 60 and r.open_cents > 0 for r in shown)
    assert sum(r.open_cents for r in shown) == window.ageing.amounts[AgeBucket.DAYS_31_60]
    qtbot.mouseClick(window.ageing, Qt.MouseButton.LeftButton, pos=centre)
    assert window.invoices.model.rowCount() == everything


def test_the_chart_works_from_the_keyboard(window, qtbot) -> None:
    window.ageing.setFocus()
    qtbot.keyClick(window.ageing, Qt.Key.Key_Right)  # from "not yet due" to 1-30
    qtbot.keyClick(window.ageing, Qt.Key.Key_Space)
    assert window.ageing.chosen == AgeBucket.DAYS_1_30
    qtbot.keyClick(window.ageing, Qt.Key.Key_Escape)
    assert window.ageing.chosen is None


def test_a_payment_moves_the_bars(window, qtbot, today) -> None:
    from debtordesk.core.model import Payment

    row = next(r for r in window.invoices_model.rows()
               if r.open_cents > 100_00 and AgeBucket.of((today - r.invoice.due_date).days) == AgeBucket.OVER_90)
    before = window.ageing.amounts[AgeBucket.OVER_90]
    with qtbot.waitSignal(window.data_shown):
        window.service.record_payment(Payment(row.invoice.id, today, 100_00))
    assert window.ageing.amounts[AgeBucket.OVER_90] == before - 100_00
    assert window.ageing.amounts == _expected(window)
