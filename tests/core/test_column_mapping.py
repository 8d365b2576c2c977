"""Column mappings of exported invoice lists, and the number and date formats of their cells."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.cell_formats import CellError, parse_cents, parse_date, parse_number
from debtordesk.core.column_mapping import (
    ColumnMapping,
    DateFormat,
    Field,
    MappingError,
    NumberFormat,
    Table,
    TableFormat,
    TableRow,
    guess_formats,
    guess_mapping,
    normalise_header,
)
from debtordesk.core.money import MAX_CENTS

# -- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "expected"), [
    ("Btw-nummer", "btw nummer"),
    ("Bedrag excl. BTW", "bedrag excl btw"),
    ("  Factuurnr. ", "factuurnr"),
    ("Échéance", "echeance"),
    ("E-mail", "e mail"),
    ("TotaalInclBTW", "totaalinclbtw"),
])
def test_headers_compare_without_case_accents_or_punctuation(header: str, expected: str) -> None:
    assert normalise_header(header) == expected


def test_dutch_headers_of_a_full_export() -> None:
    headers = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Relatie", "Btw-nummer", "E-mail",
               "Bedrag excl. btw", "Btw", "Bedrag incl. btw", "Betaald", "Openstaand", "Valuta", "Omschrijving",
               "Betalingskenmerk"]
    mapping = guess_mapping(headers)
    assert dict(mapping.items()) == {
        Field.NUMBER: "Factuurnummer", Field.ISSUE_DATE: "Factuurdatum", Field.DUE_DATE: "Vervaldatum",
        Field.CLIENT_NAME: "Relatie", Field.CLIENT_VAT: "Btw-nummer", Field.CLIENT_EMAIL: "E-mail",
        Field.NET: "Bedrag excl. btw", Field.VAT: "Btw", Field.TOTAL: "Bedrag incl. btw", Field.PAID: "Betaald",
        Field.OPEN: "Openstaand", Field.CURRENCY: "Valuta", Field.DESCRIPTION: "Omschrijving",
        Field.PAYMENT_REFERENCE: "Betalingskenmerk"}
    assert mapping.missing() == []


def test_english_and_french_headers() -> None:
    english = guess_mapping(["Invoice No.", "Customer", "Invoice date", "Due date", "Subtotal", "VAT amount",
                             "Total incl. VAT", "Amount due", "Currency"])
    assert (english.number, english.client_name, english.net, english.vat, english.total, english.open) == (
        "Invoice No.", "Customer", "Subtotal", "VAT amount", "Total incl. VAT", "Amount due")
    french = guess_mapping(["N° de facture", "Client", "Date de facture", "Échéance", "Montant HTVA", "TVA",
                            "Total TVAC", "Solde", "N° TVA"])
    assert (french.number, french.issue_date, french.due_date, french.net, french.vat, french.total,
            french.open, french.client_vat) == ("N° de facture", "Date de facture", "Échéance", "Montant HTVA",
                                                "TVA", "Total TVAC", "Solde", "N° TVA")


def test_words_inside_headers_are_a_second_choice() -> None:
    mapping = guess_mapping(["Nr. factuur", "Naam klant", "Datum", "Uiterste vervaldatum", "Totaal (incl. btw)",
                             "Nog openstaand"])
    assert mapping.client_name == "Naam klant"
    assert mapping.due_date == "Uiterste vervaldatum"
    assert mapping.total == "Totaal (incl. btw)"
    assert mapping.open == "Nog openstaand"
    assert mapping.number == ""  # "Nr. factuur" is too unlike any number header: the user picks it
    assert mapping.missing() == [Field.NUMBER]


def test_each_header_serves_one_field_and_unknown_headers_none() -> None:
    mapping = guess_mapping(["Factuur", "Factuur", "Kostenplaats", "Grootboek"])
    assert mapping.number == "Factuur"
    assert [header for _, header in mapping.items()] == ["Factuur"]
    assert guess_mapping([]) == ColumnMapping()


def test_what_a_mapping_cannot_do_without() -> None:
    assert ColumnMapping().missing() == [Field.NUMBER, Field.ISSUE_DATE, Field.CLIENT_NAME, Field.TOTAL]
    net_only = ColumnMapping(number="a", issue_date="b", client_name="c", net="d")
    assert net_only.missing() == []


# -- JSON -----------------------------------------------------------------------------------------

header_text = st.text(min_size=0, max_size=30)


@given(st.fixed_dictionaries({}, optional={field.value: header_text for field in Field}))
def test_a_mapping_survives_json(columns: dict[str, str]) -> None:
    mapping = ColumnMapping(**columns)
    assert ColumnMapping.from_json(mapping.to_json()) == mapping


def test_json_is_small_and_names_the_fields() -> None:
    mapping = ColumnMapping(number="Factuurnummer", total="Bedrag")
    assert json.loads(mapping.to_json()) == {"version": 1, "columns": {"number": "Factuurnummer", "total": "Bedrag"}}


@pytest.mark.parametrize("text", [
    "not json", "[]", '{"version": 1}', '{"version": 2, "columns": {}}', '{"version": true, "columns": {}}',
    '{"version": 1, "columns": {"amount": "Bedrag"}}', '{"version": 1, "columns": {"number": 7}}',
    '{"version": 1, "columns": [], "extra": 1}', '{"version": 1, "columns": ["number"]}', "[" * 100_000,
])
def test_json_that_is_not_a_mapping_is_refused(text: str) -> None:
    with pytest.raises(MappingError):
        ColumnMapping.from_json(text)


# -- numbers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "numbers", "cents"), [
    ("1.234,56", NumberFormat.DUTCH, 123456),
    ("1234,56", NumberFormat.DUTCH, 123456),
    ("1 234,56", NumberFormat.DUTCH, 123456),
    ("-12,50", NumberFormat.DUTCH, -1250),
    ("€ 12,50", NumberFormat.DUTCH, 1250),
    ("-€ 12,50", NumberFormat.DUTCH, -1250),
    ("€ -12,50", NumberFormat.DUTCH, -1250),
    ("(12,50)", NumberFormat.DUTCH, -1250),
    ("12,5 EUR", NumberFormat.DUTCH, 1250),
    ("1.234", NumberFormat.DUTCH, 123400),
    ("12,500", NumberFormat.DUTCH, 1250),  # trailing zeros are exact, not rounded
    ("1,234.56", NumberFormat.ENGLISH, 123456),
    ("1234.56", NumberFormat.ENGLISH, 123456),
    ("+0.05", NumberFormat.ENGLISH, 5),
    ("1,234", NumberFormat.ENGLISH, 123400),
])
def test_amounts_read_exactly(text: str, numbers: NumberFormat, cents: int) -> None:
    assert parse_cents(text, numbers) == cents


@pytest.mark.parametrize(("text", "numbers"), [
    ("12.50", NumberFormat.DUTCH),  # a decimal point is not Dutch: a wrong format must show, not misread
    ("1.234,56", NumberFormat.ENGLISH),
    ("12,50", NumberFormat.ENGLISH),
    ("1,234", NumberFormat.DUTCH),  # three decimals
    ("1,5e3", NumberFormat.DUTCH),
    ("12,34,56", NumberFormat.DUTCH),
    ("1.23.456", NumberFormat.DUTCH),
    ("(-12,50)", NumberFormat.DUTCH),
    ("", NumberFormat.DUTCH),
    ("-", NumberFormat.DUTCH),
    ("١٢٣", NumberFormat.ENGLISH),
    ("12 euro", NumberFormat.DUTCH),
    ("9" * 40, NumberFormat.ENGLISH),
])
def test_what_is_not_an_amount(text: str, numbers: NumberFormat) -> None:
    with pytest.raises(CellError) as caught:
        parse_cents(text, numbers)
    assert caught.value.code == "amount_invalid"


def test_typed_workbook_numbers_round_to_what_excel_shows() -> None:
    assert parse_cents("59.970000000000006", NumberFormat.DUTCH, typed=True) == 5997
    assert parse_cents("1512.5", NumberFormat.DUTCH, typed=True) == 151250
    assert parse_cents("-121", NumberFormat.ENGLISH, typed=True) == -12100
    for bad in ("12,50", "1.2.3", "", "1e5"):
        with pytest.raises(CellError):
            parse_cents(bad, NumberFormat.DUTCH, typed=True)
    with pytest.raises(CellError):
        parse_cents("12.345", NumberFormat.DUTCH, typed=True)


def _written(cents: int, numbers: NumberFormat, grouped: bool) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    group, mark = (".", ",") if numbers == NumberFormat.DUTCH else (",", ".")
    whole = f"{units:,}".replace(",", group) if grouped else str(units)
    return f"{sign}{whole}{mark}{rest:02d}"


@given(st.integers(-MAX_CENTS, MAX_CENTS), st.sampled_from(NumberFormat), st.booleans())
def test_every_amount_written_either_way_reads_back(cents: int, numbers: NumberFormat, grouped: bool) -> None:
    assert parse_cents(_written(cents, numbers, grouped), numbers) == cents


@given(st.text(max_size=20), st.sampled_from(NumberFormat))
def test_any_text_is_a_number_or_a_cell_error(text: str, numbers: NumberFormat) -> None:
    try:
        value = parse_number(text, numbers)
    except CellError as error:
        assert error.code == "amount_invalid"
    else:
        assert isinstance(value, Decimal) and value.is_finite()


# -- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dates", "expected"), [
    ("24-11-2026", DateFormat.DMY, date(2026, 11, 24)),
    ("24/11/2026", DateFormat.DMY, date(2026, 11, 24)),
    ("1.2.2026", DateFormat.DMY, date(2026, 2, 1)),
    ("2026-11-24", DateFormat.YMD, date(2026, 11, 24)),
    ("2026-11-24 00:00:00", DateFormat.YMD, date(2026, 11, 24)),
    ("11/24/2026", DateFormat.MDY, date(2026, 11, 24)),
    ("02-01-2026", DateFormat.MDY, date(2026, 2, 1)),
])
def test_dates_read_in_their_format(text: str, dates: DateFormat, expected: date) -> None:
    assert parse_date(text, dates) == expected


@pytest.mark.parametrize(("text", "dates"), [
    ("24-11-2026", DateFormat.MDY), ("31-02-2026", DateFormat.DMY), ("24-11-26", DateFormat.DMY),
    ("24-11/2026", DateFormat.DMY), ("2026-11-24", DateFormat.DMY), ("24 november 2026", DateFormat.DMY),
    ("01-01-1899", DateFormat.DMY), ("", DateFormat.YMD), ("2026-13-01", DateFormat.YMD),
])
def test_what_is_not_a_date(text: str, dates: DateFormat) -> None:
    with pytest.raises(CellError) as caught:
        parse_date(text, dates)
    assert caught.value.code == "date_invalid"


def test_typed_dates_are_iso_whatever_the_format() -> None:
    assert parse_date("2026-11-24", DateFormat.MDY, typed=True) == date(2026, 11, 24)
    assert parse_date("2026-11-24 10:30:00", DateFormat.DMY, typed=True) == date(2026, 11, 24)
    with pytest.raises(CellError):
        parse_date("24-11-2026", DateFormat.DMY, typed=True)


_PATTERNS = {DateFormat.DMY: "%d-%m-%Y", DateFormat.YMD: "%Y-%m-%d", DateFormat.MDY: "%m/%d/%Y"}


@given(st.dates(date(1900, 1, 1), date(2199, 12, 31)), st.sampled_from(DateFormat))
def test_every_date_written_in_a_format_reads_back(day: date, dates: DateFormat) -> None:
    assert parse_date(day.strftime(_PATTERNS[dates]), dates) == day


# -- guessing the formats ---------------------------------------------------------------------------

def _table(rows: list[list[str]], delimiter: str = ";", typed: frozenset[int] = frozenset()) -> Table:
    headers = ("Factuurnummer", "Factuurdatum", "Klant", "Bedrag")
    return Table(headers, tuple(TableRow(i + 2, tuple(r), typed) for i, r in enumerate(rows)),
                 TableFormat.CSV, delimiter)


MAPPING = ColumnMapping(number="Factuurnummer", issue_date="Factuurdatum", client_name="Klant", total="Bedrag")


@pytest.mark.parametrize(("rows", "delimiter", "expected"), [
    ([["1", "24-11-2026", "A", "1.234,56"], ["2", "01-12-2026", "B", "12,50"]], ";",
     (NumberFormat.DUTCH, DateFormat.DMY)),
    ([["1", "2026-11-24", "A", "1,234.56"], ["2", "2026-12-01", "B", "12.50"]], ",",
     (NumberFormat.ENGLISH, DateFormat.YMD)),
    ([["1", "11/24/2026", "A", "1,234.56"], ["2", "12/01/2026", "B", "99.00"]], ",",
     (NumberFormat.ENGLISH, DateFormat.MDY)),
    # nothing tells: plain whole numbers and days up to 12; the separator and DMY decide
    ([["1", "01/02/2026", "A", "100"]], ",", (NumberFormat.ENGLISH, DateFormat.DMY)),
    ([["1", "01/02/2026", "A", "100"]], ";", (NumberFormat.DUTCH, DateFormat.DMY)),
])
def test_formats_are_the_ones_that_read_the_most_cells(rows: list[list[str]], delimiter: str,
                                                      expected: tuple[NumberFormat, DateFormat]) -> None:
    assert guess_formats(_table(rows, delimiter), MAPPING) == expected


def test_typed_cells_and_unmapped_columns_do_not_sway_the_guess() -> None:
    typed = _table([["1", "2026-11-24", "A", "1234.5"], ["2", "2026-12-01", "B", "7.25"]], ";",
                   typed=frozenset({1, 3}))
    assert guess_formats(typed, MAPPING) == (NumberFormat.DUTCH, DateFormat.DMY)
    unmapped = ColumnMapping(number="Factuurnummer", total="Elders")
    assert guess_formats(_table([["1", "x", "y", "1,234.56"]], ";"), unmapped) == (NumberFormat.DUTCH, DateFormat.DMY)
