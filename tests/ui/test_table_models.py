"""The self-sorting, self-filtering table model gives what a from-scratch filter would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Client, ClientRow
from debtordesk.ui.table_models import ClientsModel

NAMES = ["Studio Bos", "Bouw Groen", "Studio Noord", "Atelier Bos", "Groen & Zonen", "Bakkerij Bosman"]
ROWS = [ClientRow(Client(name, id=i + 1, city=city), 1, 100 * i, 10 * i)
        for i, (name, city) in enumerate((n, c) for n in NAMES for c in ("Utrecht", "Gent", "Breda"))]


def _expected(words: list[str]) -> set[str]:
    return {f"{r.client.name}|{r.client.city}" for r in ROWS
            if all(w in f"{r.client.name} {r.client.city}".casefold() for w in words)}


@settings(max_examples=150, deadline=None)
@given(searches=st.lists(st.text(alphabet="studio bosgren&", max_size=9), min_size=1, max_size=8),
       column=st.sampled_from([ClientsModel.NAME, ClientsModel.OPEN, ClientsModel.PLACE]),
       descending=st.booleans())
def test_typing_matches_a_fresh_filter_and_keeps_the_sort(qapp, searches: list[str], column: int,
                                                          descending: bool) -> None:
    model = ClientsModel(Formatter("en"))
    model.set_rows(ROWS)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(column, order)
    for text in searches:
        model.set_search(text)
        shown = model.shown()
        assert {f"{r.client.name}|{r.client.city}" for r in shown} == _expected(text.casefold().split())
        keys = [model.columns()[column].sort_key(r) for r in shown]
        assert keys == sorted(keys, reverse=descending)


def test_a_filter_change_forgets_remembered_searches(qapp) -> None:
    model = ClientsModel(Formatter("en"))
    model.set_rows(ROWS)
    model.set_search("bos")
    model.set_search("bos utrecht")
    model.set_filter("gent only", lambda row: row.client.city == "Gent")
    model.set_search("bos")  # must not come back with the Utrecht rows remembered before the filter
    assert {r.client.city for r in model.shown()} == {"Gent"}
    model.set_filter("gent only", None)
    model.set_search("bos utrecht")
    assert {r.client.city for r in model.shown()} == {"Utrecht"}


def test_first_rows_show_only_in_their_own_sort_and_unfiltered(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ClientsModel(Formatter("en"))
    by_name = (ClientsModel.NAME, Qt.SortOrder.AscendingOrder)
    model.sort(*by_name)
    model.set_rows(ROWS[:4], first_of=by_name)
    assert not model.complete and model.rowCount() == 4
    model.sort(ClientsModel.OPEN, Qt.SortOrder.DescendingOrder)  # the first 4 by name are not the first by amount
    assert model.rowCount() == 0
    model.sort(*by_name)
    model.set_search("studio")
    assert model.rowCount() == 0
    model.set_rows(ROWS)  # every row: the search applies to all of them
    assert model.complete
    assert {r.client.name for r in model.shown()} == {"Studio Bos", "Studio Noord"} and model.rowCount() == 6


def test_a_list_that_starts_empty_is_sized_when_its_first_rows_come(qtbot) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.ui.list_pages import ListPage

    page = ListPage(ClientsModel(Formatter("en")), "search")
    qtbot.addWidget(page)
    page.show()
    page.set_rows([], ClientsModel.NAME, Qt.SortOrder.AscendingOrder)
    empty_width = page.table.columnWidth(ClientsModel.NAME)
    long_name = ClientRow(Client("Bakkerij en Banketbakkerij Van den Heuvel-Oosterhout B.V.", id=99), 0, 0, 0)
    page.set_rows([long_name], ClientsModel.NAME, Qt.SortOrder.AscendingOrder)
    assert page.table.columnWidth(ClientsModel.NAME) > empty_width
    # Sized once rows have come: a later fill keeps the widths the user may have set.
    page.table.setColumnWidth(ClientsModel.NAME, 120)
    page.set_rows([long_name, *ROWS], ClientsModel.NAME, Qt.SortOrder.AscendingOrder)
    assert page.table.columnWidth(ClientsModel.NAME) == 120
