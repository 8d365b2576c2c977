"""Invoice lists that cannot be imported as they are: each problem named by line, column and value."""

from __future__ import annotations

from datetime import date

import pytest

from debtordesk.core.column_mapping import ColumnMapping, DateFormat, NumberFormat, guess_mapping
from debtordesk.core.import_model import DocumentType, ImportRejected
from debtordesk.importers import table_reading
from debtordesk.importers.invoice_table import invoices_from_table, read_table

HEAD = "Factuurnummer;Klant;Factuurdatum;Vervaldatum;Totaal excl. btw;Btw;Totaal;Betaald;E-mail;Valuta"


def _csv(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _import(data: bytes, mapping: ColumnMapping | None = None):  # type: ignore[no-untyped-def]
    table = read_table(data, "list.csv")
    return invoices_from_table(table, mapping or guess_mapping(table.headers), NumberFormat.DUTCH, DateFormat.DMY)


def _problems(data: bytes, mapping: ColumnMapping | None = None) -> list[tuple[str, int, str, str]]:
    with pytest.raises(ImportRejected) as caught:
        _import(data, mapping)
    return [(p.code, p.line, p.column, p.value) for p in caught.value.problems]


def test_every_bad_row_is_named_with_its_line_column_and_value() -> None:
    data = _csv(
        HEAD,
        "1;Bos;32-10-2026;;100,00;21,00;121,00;;;",  # 2
        "2;;01-10-2026;;12.50;;;;;",  # 3
        "3;Bos;01-10-2026;;100,00;21,00;120,00;;;",  # 4
        "1;Bos;01-10-2026;;100,00;21,00;121,00;;;",  # 5
        "=1+1;Bos;01-10-2026;;100,00;21,00;121,00;;;",  # 6
        "5;@SUM(A1);01-10-2026;;-12,50;0;-12,50;;;",  # 7
        "6;Bos;01-10-2026;01-09-2026;100;21;121;;;",  # 8
        "7;Bos;01-10-2026;;100;21;121;200;;",  # 9
        "8;Bos;01-10-2026;;100;21;121;;geen-adres;",  # 10
        "9;Bos;01-10-2026;;100;21;121;;;EURO",  # 11
        ";Bos;01-10-2026;;100;21;121;;;",  # 12
        "10;Bos;;;100;21;121;;;",  # 13
        "11;Bos;01-10-2026;;;;;;;",  # 14
        "12;Bos;01-10-2026;;100;-21;79;;;",  # 15
    )
    assert _problems(data) == [
        ("date_invalid", 2, "Factuurdatum", "32-10-2026"),
        ("required", 3, "Klant", ""),
        ("amount_invalid", 3, "Totaal excl. btw", "12.50"),
        ("amounts_inconsistent", 4, "Totaal", "120,00"),
        ("duplicate_number", 5, "Factuurnummer", "1"),
        ("formula_cell", 6, "Factuurnummer", "=1+1"),
        ("formula_cell", 7, "Klant", "@SUM(A1)"),
        ("due_before_issue", 8, "Vervaldatum", "2026-09-01"),
        ("amounts_inconsistent", 9, "Betaald", "200"),
        ("email_invalid", 10, "E-mail", "geen-adres"),
        ("currency_invalid", 11, "Valuta", "EURO"),
        ("required", 12, "Factuurnummer", ""),
        ("required", 13, "Factuurdatum", ""),
        ("required", 14, "Totaal", ""),
        ("amounts_inconsistent", 15, "Btw", "-21"),
    ]


def test_columns_the_mapping_needs_must_exist() -> None:
    data = _csv("Nummer;Wie;Bedrag", "1;Bos;12,50")
    assert _problems(data, ColumnMapping(number="Nummer", total="Bedrag", description="Omschrijving")) == [
        ("column_missing", 0, "issue_date", ""), ("column_missing", 0, "client_name", ""),
        ("column_missing", 0, "Omschrijving", "")]
    assert _problems(data, ColumnMapping(number="Nummer", issue_date="Wie", client_name="Wie")) == [
        ("column_missing", 0, "total", "")]


@pytest.mark.parametrize("lines", [(HEAD,), (HEAD, ";;;;;;;;;"), (HEAD, "Totaal;;;;100;21;121;;;")])
def test_a_list_without_invoices_is_refused(lines: tuple[str, ...]) -> None:
    assert _problems(_csv(*lines)) == [("no_rows", 0, "", "")]


def test_totals_rows_are_skipped_anywhere_but_not_invoices_named_total() -> None:
    data = _csv(HEAD, "1;Bos;01-10-2026;;100;21;121;;;", ";Subtotaal Bos;;;100;21;121;;;",
                "Total-2;Bos;01-10-2026;;1;0;1;;;", "Eindtotaal;;;;101;21;122;;;")
    assert [invoice.number for invoice in _import(data)] == ["1", "Total-2"]


def test_payment_terms_currencies_and_dashes() -> None:
    data = _csv("Factuurnummer;Klant;Factuurdatum;Betalingstermijn;Totaal;Betaald;Valuta;E-mail",
                '1;Bos;01-10-2026;30 dagen;121;-;€;"a@bos.nl; b@bos.nl"',
                "2;Bos;01-10-2026;14;121;0;usd;",
                "3;Bos;01-10-2026;;121;;;")
    first, second, third = _import(data)
    assert (first.due_date, first.currency, first.paid_cents, first.buyer.email) == (
        date(2026, 10, 31), "EUR", 0, "a@bos.nl; b@bos.nl")
    assert (second.due_date, second.currency) == (date(2026, 10, 15), "USD")
    assert (third.due_date, third.currency) == (None, "EUR")
    bad = _csv("Factuurnummer;Klant;Factuurdatum;Betalingstermijn;Totaal", "1;Bos;01-10-2026;dertig;1",
               "2;Bos;01-10-2026;99999;1")
    assert _problems(bad) == [("term_invalid", 2, "Betalingstermijn", "dertig"),
                              ("term_invalid", 3, "Betalingstermijn", "99999")]


def test_a_credit_note_with_its_open_amount() -> None:
    data = _csv("Factuurnummer;Klant;Factuurdatum;Totaal;Openstaand", "C1;Bos;01-10-2026;-121,00;-21,00")
    note, = _import(data)
    assert (note.document_type, note.net_cents, note.vat_cents, note.payable_cents, note.paid_cents) == (
        DocumentType.CREDIT_NOTE, 12100, 0, 12100, 10000)


def test_paid_and_open_must_add_up_when_both_are_given() -> None:
    data = _csv("Factuurnummer;Klant;Factuurdatum;Totaal;Betaald;Openstaand", "1;Bos;01-10-2026;121;21;99",
                "2;Bos;01-10-2026;121;21;100")
    assert _problems(data) == [("amounts_inconsistent", 2, "Openstaand", "99")]


def test_a_plain_negative_number_is_not_a_formula_but_minus_text_is() -> None:
    data = _csv("Factuurnummer;Klant;Factuurdatum;Totaal;Omschrijving", "1;Bos;01-10-2026;-12,50;-korting",
                "2;Bos;01-10-2026;+12,50;+extra")
    assert _problems(data) == [("formula_cell", 2, "Omschrijving", "-korting"),
                               ("formula_cell", 3, "Omschrijving", "+extra")]


# -- files that are not a table ----------------------------------------------------------------------

@pytest.mark.parametrize(("data", "problem"), [
    (b"", ("empty", 0, "", "")),
    (b" \r\n\t\r\n", ("empty", 0, "", "")),
    (b"one column\r\nonly\r\n", ("not_table", 1, "", "one column")),
    (b"a;b\r\nc;\x00d\r\n", ("not_table", 2, "", "'\\x00d\\r\\n'")),
    (b"a;b\r\n\x81\x8d;x\r\n", ("encoding_invalid", 2, "", "b'\\x81\\x8d;x\\r\\n'")),
    (b'a;b\r\n1;"open quote\r\n', ("csv_invalid", 2, "", "unexpected end of data")),
    (b'a;b\r\n1;"x"y\r\n', ("csv_invalid", 2, "", "';' expected after '\"'")),
    (b"Nummer;Klant;Bedrag\r\n1;Bos;12,50\r\n2;Bos\r\n", ("row_too_short", 3, "Bedrag", "2;Bos")),
    (b"Nummer,Klant,Bedrag\r\n1,Bos,12,50\r\n", ("row_too_long", 2, "", "50")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", ("xls_unsupported", 0, "", "list.csv")),
    (b"\xff\xfea\x00;\x00b\x00\r\x00\n\x00\x00\xd8", ("encoding_invalid", 2, "", "b'\\x00\\xd8'")),
])
def test_what_is_not_a_table_is_refused(data: bytes, problem: tuple[str, int, str, str]) -> None:
    with pytest.raises(ImportRejected) as caught:
        read_table(data, "list.csv")
    assert [(p.code, p.line, p.column, p.value) for p in caught.value.problems] == [problem]


def test_every_short_row_is_named() -> None:
    with pytest.raises(ImportRejected) as caught:
        read_table(b"a;b;c\n1;2\n3;4;5\n6\n", "x.csv")
    assert [(p.code, p.line) for p in caught.value.problems] == [("row_too_short", 2), ("row_too_short", 4)]


def test_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_reading, "MAX_ROWS", 3)
    with pytest.raises(ImportRejected) as caught:
        read_table(b"a;b\n1;2\n3;4\n5;6\n7;8\n", "x.csv")
    assert [p.code for p in caught.value.problems] == ["too_many_rows"]


def test_headers_are_made_unique_and_rows_keep_their_lines() -> None:
    table = read_table(b"Titel\n\nBedrag;Bedrag;;X;\n\n1;2;3;4;\n", "x.csv")
    assert table.headers == ("Bedrag", "Bedrag (2)", "#3", "X")
    assert [(row.line, row.cells) for row in table.rows] == [(5, ("1", "2", "3", "4"))]


def test_utf_16_without_a_byte_order_mark() -> None:
    data = "Factuurnummer\tKlant\n1\tBos\n".encode("utf-16-le")
    assert read_table(data, "x.txt").headers == ("Factuurnummer", "Klant")
    assert read_table("Factuurnummer\tKlant\n1\tBos\n".encode("utf-16-be"), "x.txt").rows[0].cells == ("1", "Bos")


def test_quoted_cells_over_several_lines_keep_the_line_they_start_on() -> None:
    table = read_table(b'a;b\n1;"two\nlines"\n2;x\n', "x.csv")
    assert [(row.line, row.cells[1]) for row in table.rows] == [(2, "two\nlines"), (4, "x")]
