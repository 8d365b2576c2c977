"""Invoice lists from accounting software: our CSV fixtures (tables/README.md), a workbook, and bad files."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from debtordesk.core.column_mapping import (
    ColumnMapping,
    DateFormat,
    NumberFormat,
    TableFormat,
    guess_formats,
    guess_mapping,
)
from debtordesk.core.csv_export import CSV_ENCODING, invoices_csv
from debtordesk.core.import_model import DocumentType, ImportedInvoice, ImportRejected, Party
from debtordesk.core.model import Invoice, InvoiceRow, Language
from debtordesk.importers.invoice_table import invoices_from_table, read_table, sniff

TABLES = Path(__file__).resolve().parent / "tables"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def import_file(data: bytes, filename: str) -> list[ImportedInvoice]:
    """What the import service does with a new source: read, guess the mapping and formats, convert."""
    table = read_table(data, filename)
    mapping = guess_mapping(table.headers)
    numbers, dates = guess_formats(table, mapping)
    return invoices_from_table(table, mapping, numbers, dates)


def codes(error: pytest.ExceptionInfo[ImportRejected]) -> list[tuple[str, int, str, str]]:
    return [(p.code, p.line, p.column, p.value) for p in error.value.problems]


# -- the fixtures, checked against figures read from the files by hand --------------------------------

def test_moneybird_dutch_export() -> None:
    invoices = import_file((TABLES / "moneybird_nl.csv").read_bytes(), "moneybird_nl.csv")
    kroon = Party("Café De Kroon", email="kroon@example.nl")
    assert invoices == [
        # line 2: 2026-0041;Bakkerij Bos;02-10-2026;01-11-2026;Website onderhoud oktober;1.250,00;262,50;1.512,50;1.512,50;EUR;administratie@bakkerijbos.nl
        ImportedInvoice("2026-0041", date(2026, 10, 2), date(2026, 11, 1), "EUR",
                        Party("Bakkerij Bos", email="administratie@bakkerijbos.nl"), 125000, 26250, 151250,
                        paid_cents=0, description="Website onderhoud oktober", source_line=2),
        # line 3: 2026-0042;Café De Kroon;15-10-2026;14-11-2026;"Logo; huisstijl en drukwerk";800,00;168,00;968,00;468,00
        ImportedInvoice("2026-0042", date(2026, 10, 15), date(2026, 11, 14), "EUR", kroon, 80000, 16800, 96800,
                        paid_cents=50000, description="Logo; huisstijl en drukwerk", source_line=3),
        # line 4: 2026-0043;Stichting Groen & Co;03-11-2026;17-11-2026;Advies;12.000,00;2.520,00;14.520,00;14.520,00;EUR;
        ImportedInvoice("2026-0043", date(2026, 11, 3), date(2026, 11, 17), "EUR", Party("Stichting Groen & Co"),
                        1200000, 252000, 1452000, description="Advies", source_line=4),
        # line 5: 2026-0044;Café De Kroon;10-11-2026;10-12-2026;Creditnota op 2026-0042;-100,00;-21,00;-121,00;-121,00
        ImportedInvoice("2026-0044", date(2026, 11, 10), date(2026, 12, 10), "EUR", kroon, 10000, 2100, 12100,
                        document_type=DocumentType.CREDIT_NOTE, paid_cents=0,
                        description="Creditnota op 2026-0042", source_line=5),
        # line 6 ";;;;;;;;;;" is empty; line 7 "Totaal;;;;;13.950,00;…" is the totals row
    ]


def test_eboekhouden_export_in_windows_1252_with_a_title_and_payment_terms() -> None:
    data = (TABLES / "eboekhouden_nl.csv").read_bytes()
    table = read_table(data, "eboekhouden_nl.csv")
    assert table.delimiter == ";" and table.headers[0] == "Factuurnummer"  # line 3; lines 1-2 are a title
    assert guess_formats(table, guess_mapping(table.headers)) == (NumberFormat.DUTCH, DateFormat.DMY)
    invoices = import_file(data, "eboekhouden_nl.csv")
    assert [(i.number, i.buyer.name, i.issue_date, i.due_date, i.net_cents, i.vat_cents, i.payable_cents,
             i.paid_cents, i.payment_reference, i.source_line) for i in invoices] == [
        # line 4: F2026-107;R0012;Brasserie Één – Zuid;28-09-2026;30;2.400,00;504,00;2.904,00;2.904,00;1234 5678 9012 3456
        ("F2026-107", "Brasserie Één – Zuid", date(2026, 9, 28), date(2026, 10, 28), 240000, 50400, 290400, 0,
         "1234 5678 9012 3456", 4),
        # line 5: F2026-115;R0031;Hoveniersbedrijf Jansen;12-10-2026;14;350,00;73,50;423,50;123,50;
        ("F2026-115", "Hoveniersbedrijf Jansen", date(2026, 10, 12), date(2026, 10, 26), 35000, 7350, 42350, 30000,
         "", 5),
        # line 6: F2026-121;R0007;Zoë's Yoga;05-11-2026;30;95,00;19,95;114,95;114,95;
        ("F2026-121", "Zoë's Yoga", date(2026, 11, 5), date(2026, 12, 5), 9500, 1995, 11495, 0, "", 6),
    ]


def test_exact_online_english_export_with_gross_and_outstanding_only() -> None:
    invoices = import_file((TABLES / "exact_online_en.csv").read_bytes(), "exact_online_en.csv")
    assert invoices == [
        # line 2: 1001,Northwind Traders B.V.,70012,2026-09-15,2026-10-15,Consultancy September,"3,025.00","3,025.00",EUR
        ImportedInvoice("70012", date(2026, 9, 15), date(2026, 10, 15), "EUR", Party("Northwind Traders B.V."),
                        302500, 0, 302500, description="Consultancy September", source_line=2),
        # line 3: 1002,"Smith, Jones & Partners",70013,2026-10-01,2026-10-31,Workshop,"1,210.00",605.00,EUR
        ImportedInvoice("70013", date(2026, 10, 1), date(2026, 10, 31), "EUR", Party("Smith, Jones & Partners"),
                        121000, 0, 121000, paid_cents=60500, description="Workshop", source_line=3),
        # line 4: 1003,Brouwerij De Hop,70014,2026-11-02,2026-12-02,Label design,484.00,484.00,EUR
        ImportedInvoice("70014", date(2026, 11, 2), date(2026, 12, 2), "EUR", Party("Brouwerij De Hop"),
                        48400, 0, 48400, description="Label design", source_line=4),
    ]


def test_snelstart_unicode_text_with_tabs() -> None:
    table = read_table((TABLES / "snelstart_nl.txt").read_bytes(), "snelstart_nl.txt")
    assert table.delimiter == "\t"
    invoices = import_file((TABLES / "snelstart_nl.txt").read_bytes(), "snelstart_nl.txt")
    assert [(i.number, i.issue_date, i.due_date, i.buyer.name, i.payable_cents, i.paid_cents) for i in invoices] == [
        # line 2: 20260318 01.10.2026 31.10.2026 10045 Garage Van Dijk 1.089,00 1.089,00
        ("20260318", date(2026, 10, 1), date(2026, 10, 31), "Garage Van Dijk", 108900, 0),
        # line 3: 20260322 20.10.2026 19.11.2026 10051 Fysiotherapie Lindenhof 2.299,00 1.000,00
        ("20260322", date(2026, 10, 20), date(2026, 11, 19), "Fysiotherapie Lindenhof", 229900, 129900),
    ]


def test_moneybird_english_export_with_us_dates() -> None:
    table = read_table((TABLES / "moneybird_en.csv").read_bytes(), "moneybird_en.csv")
    assert guess_formats(table, guess_mapping(table.headers)) == (NumberFormat.ENGLISH, DateFormat.MDY)
    invoices = import_file((TABLES / "moneybird_en.csv").read_bytes(), "moneybird_en.csv")
    assert invoices == [
        # line 2: INV-2026-007,Acme Belgium BV,BE0123456749,billing@acme.example,11/24/2026,12/24/2026,"1,000.00",210.00,"1,210.00",0.00,EUR
        ImportedInvoice("INV-2026-007", date(2026, 11, 24), date(2026, 12, 24), "EUR",
                        Party("Acme Belgium BV", vat_number="BE0123456749", email="billing@acme.example"),
                        100000, 21000, 121000, source_line=2),
        # line 3: INV-2026-008,Hôtel Lumière SRL,BE0987654321,compta@lumiere.example,10/13/2026,11/12/2026,450.00,94.50,544.50,200.00,EUR
        ImportedInvoice("INV-2026-008", date(2026, 10, 13), date(2026, 11, 12), "EUR",
                        Party("Hôtel Lumière SRL", vat_number="BE0987654321", email="compta@lumiere.example"),
                        45000, 9450, 54450, paid_cents=20000, source_line=3),
    ]


def _fixture_text(name: str) -> str:
    raw = (TABLES / name).read_bytes()
    if raw.startswith(b"\xff\xfe"):
        return raw.decode("utf-16")
    return raw.decode("cp1252" if name == "eboekhouden_nl.csv" else "utf-8-sig")


def _reencodings() -> list[tuple[str, str]]:
    """(fixture, encoding) for every encoding that can write the fixture ("–" is not Latin-1)."""
    pairs = []
    for path in sorted(TABLES.iterdir()):
        if path.suffix not in (".csv", ".txt"):
            continue
        for encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"):
            try:
                _fixture_text(path.name).encode(encoding)
            except UnicodeEncodeError:
                continue
            pairs.append((path.name, encoding))
    return pairs


@pytest.mark.parametrize(("name", "encoding"), _reencodings())
def test_the_same_list_in_another_encoding_reads_the_same(name: str, encoding: str) -> None:
    raw = (TABLES / name).read_bytes()
    encoded = _fixture_text(name).encode(encoding)
    assert read_table(encoded, name).headers == read_table(raw, name).headers
    assert import_file(encoded, name) == import_file(raw, name)


def test_latin_1_and_utf_8_both_read_where_the_other_was_expected() -> None:
    assert ("moneybird_nl.csv", "latin-1") in _reencodings()  # "Café" in Latin-1 where UTF-8 is usual
    assert ("eboekhouden_nl.csv", "utf-8") in _reencodings()  # "Één" in UTF-8 where Windows-1252 is usual
    assert ("eboekhouden_nl.csv", "latin-1") not in _reencodings()


def test_fixtures_and_workbooks_sniff_as_tables_and_bank_files_do_not() -> None:
    assert all(sniff(path.read_bytes()) for path in TABLES.iterdir() if path.suffix in (".csv", ".txt"))
    assert sniff(_workbook(WORKBOOK_ROWS))
    others = [path for kind in ("ubl", "camt053", "coda", "mt940") for path in (SAMPLES / kind).iterdir()]
    assert len(others) >= 20
    assert not any(sniff(path.read_bytes()) for path in others)
    assert not sniff(b"") and not sniff(b"\x00\x01\x02binary") and not sniff(b"just one line of words")


# -- a workbook written with openpyxl ------------------------------------------------------------------

WORKBOOK_ROWS: list[list[object]] = [
    ["Overzicht facturen"],
    [],
    ["Factuurnummer", "Klant", "Btw-nummer", "Factuurdatum", "Vervaldatum", "Bedrag excl. btw", "Btw",
     "Bedrag incl. btw", "Betaald"],
    [2026031, "Bakkerij Bos", "NL001234567B01", date(2026, 10, 2), date(2026, 11, 1), Decimal("1250"),
     Decimal("262.5"), Decimal("1512.5"), Decimal("0")],
    ["2026-032", "Café De Kroon", None, date(2026, 10, 15), date(2026, 11, 14), Decimal("19.99"),
     Decimal("4.20"), Decimal("24.19"), Decimal("10.01")],
    ["Totaal", None, None, None, None, "=SUM(F4:F5)", "=SUM(G4:G5)", "=SUM(H4:H5)", "=SUM(I4:I5)"],
]


def _workbook(rows: list[list[object]], sheet: str = "Facturen", second: str | None = None) -> bytes:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    if second:
        workbook.create_sheet(second).append(["Niets", "hier"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_workbook_reads_typed_dates_and_numbers() -> None:
    data = _workbook(WORKBOOK_ROWS, second="Notities")
    table = read_table(data, "facturen.xlsx")
    assert table.format == TableFormat.XLSX and table.sheet == "Facturen"
    assert table.sheet_names == ("Facturen", "Notities")
    assert table.rows[0].line == 4 and table.rows[0].cells[:5] == (
        "2026031", "Bakkerij Bos", "NL001234567B01", "2026-10-02", "2026-11-01")
    assert table.rows[0].cells[5:] == ("1250", "262.5", "1512.5", "0")
    assert table.typed_columns == frozenset({0, 3, 4, 5, 6, 7, 8})
    assert table.rows[2].formulas == frozenset({5, 6, 7, 8}) and table.rows[2].cells[5] == "=SUM(F4:F5)"
    # whatever formats the user picks, typed cells read the same
    mapping = guess_mapping(table.headers)
    for numbers in NumberFormat:
        invoices = invoices_from_table(table, mapping, numbers, DateFormat.MDY)
        assert invoices == [
            ImportedInvoice("2026031", date(2026, 10, 2), date(2026, 11, 1), "EUR",
                            Party("Bakkerij Bos", vat_number="NL001234567B01"), 125000, 26250, 151250, source_line=4),
            ImportedInvoice("2026-032", date(2026, 10, 15), date(2026, 11, 14), "EUR", Party("Café De Kroon"),
                            1999, 420, 2419, paid_cents=1001, source_line=5),
        ]  # the "Totaal" row of formulas (row 6) is a totals row and skipped unread


def test_a_named_sheet_and_a_missing_one() -> None:
    data = _workbook([["a"]], sheet="Leeg", second="Facturen")
    assert read_table(data, "x.xlsx", sheet="Facturen").headers == ("Niets", "hier")
    with pytest.raises(ImportRejected) as caught:
        read_table(data, "x.xlsx", sheet="Verkopen")
    assert codes(caught) == [("sheet_missing", 0, "", "Verkopen")]


def test_a_formula_in_an_invoice_row_is_never_taken_as_its_value() -> None:
    rows = [WORKBOOK_ROWS[2], [1, "Bos", None, date(2026, 10, 2), None, 100, 21, "=F2+G2", 0]]
    with pytest.raises(ImportRejected) as caught:
        import_file(_workbook(rows), "f.xlsx")
    assert codes(caught) == [("formula_cell", 2, "Bedrag incl. btw", "=F2+G2")]


def _rezip(data: bytes, part: str, change) -> bytes:  # type: ignore[no-untyped-def]
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            target.writestr(info.filename, change(content) if info.filename == part else content)
    return buffer.getvalue()


SHEET = "xl/worksheets/sheet1.xml"


def test_a_claimed_sheet_size_is_not_believed() -> None:
    data = _rezip(_workbook(WORKBOOK_ROWS), SHEET,
                  lambda xml: xml.replace(b'<dimension ref="A1:I6"/>', b'<dimension ref="A1:XFD1048576"/>'))
    table = read_table(data, "big.xlsx")
    assert len(table.headers) == 9 and len(table.rows) == 3


@pytest.mark.parametrize("dtd", [
    # billion laughs
    b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    # external entity
    b'<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
])
@pytest.mark.parametrize("padding", [0, 70_000])  # past the part we scan ourselves: defusedxml in openpyxl refuses
def test_entities_in_a_workbook_are_refused(dtd: bytes, padding: int) -> None:
    def poison(xml: bytes) -> bytes:
        entity = b"&lol3;" if b"lol3" in dtd else b"&xxe;"
        xml = xml.replace(b"<v>", b"<v>" + entity, 1)  # the entity used in a cell, as an attack would
        return b'<?xml version="1.0" encoding="UTF-8"?>' + b"<!--" + b"x" * padding + b"-->" + dtd + xml

    with pytest.raises(ImportRejected) as caught:
        read_table(_rezip(_workbook(WORKBOOK_ROWS), SHEET, poison), "evil.xlsx")
    assert [p.code for p in caught.value.problems] == ["entities_forbidden"]


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    data = _rezip(_workbook(WORKBOOK_ROWS), "xl/media/zeros.bin", bytes)
    import zipfile

    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\x00" * (65 * 1024 * 1024))
    with pytest.raises(ImportRejected) as caught:
        read_table(buffer.getvalue(), "bomb.xlsx")
    assert [p.code for p in caught.value.problems] == ["xlsx_too_large"]


@pytest.mark.parametrize(("data", "code"), [
    (b"PK\x03\x04not really a zip", "not_xlsx"),
    (_workbook(WORKBOOK_ROWS)[:-30], "not_xlsx"),
    (_rezip(_workbook(WORKBOOK_ROWS), "xl/workbook.xml", lambda xml: b"<broken"), "not_xlsx"),
])
def test_broken_workbooks_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(ImportRejected) as caught:
        read_table(data, "broken.xlsx")
    assert caught.value.problems[0].code == code


# -- our own export reads back ----------------------------------------------------------------------------

@pytest.mark.parametrize("language", list(Language))
def test_our_csv_export_imports_back(language: Language) -> None:
    rows = [InvoiceRow(Invoice(1, "2026-014", date(2026, 10, 2), date(2026, 11, 1), 1_000_000, 210_000),
                       "=Bakkerij Bos", 12_345),
            InvoiceRow(Invoice(2, "2026-015", date(2026, 11, 3), date(2026, 12, 3), 99, 21), "Zoë; & Co", 0)]
    data = invoices_csv(rows, None, language, today=date(2026, 11, 23)).encode(CSV_ENCODING)
    invoices = import_file(data, "export.csv")
    assert [(i.number, i.buyer.name, i.issue_date, i.due_date, i.payable_cents, i.paid_cents) for i in invoices] == [
        ("2026-014", "'=Bakkerij Bos", date(2026, 10, 2), date(2026, 11, 1), 1_210_000, 12_345),
        ("2026-015", "Zoë; & Co", date(2026, 11, 3), date(2026, 12, 3), 120, 0)]


def test_a_remembered_mapping_still_maps_when_columns_move() -> None:
    remembered = ColumnMapping.from_json(guess_mapping(("Factuurnummer", "Klant", "Factuurdatum", "Totaal")).to_json())
    data = "Totaal;Klant;Extra;Factuurdatum;Factuurnummer\r\n12,50;Bos;x;01-10-2026;7\r\n".encode()
    table = read_table(data, "later.csv")
    invoice, = invoices_from_table(table, remembered, NumberFormat.DUTCH, DateFormat.DMY)
    assert (invoice.number, invoice.payable_cents, invoice.due_date) == ("7", 1250, None)
