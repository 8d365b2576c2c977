"""Hostile and broken invoice lists: never a crash, never a shorter list passed off as the whole.

Every outcome is a full list of invoices or ImportRejected with at least one problem. A CSV
file cut short is refused, except where CSV cannot tell: cut at the end of a line, or inside
the last cell of its last line when that line has no line break (see table_reading).
"""

from __future__ import annotations

import csv
import io
import string
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtordesk.core.column_mapping import ColumnMapping, DateFormat, NumberFormat, guess_formats, guess_mapping
from debtordesk.core.csv_safety import looks_like_formula
from debtordesk.core.import_model import DocumentType, ImportedInvoice, ImportRejected
from debtordesk.importers.invoice_table import invoices_from_table, read_table

TABLES = Path(__file__).resolve().parent / "tables"
FILES = {path.name: path.read_bytes() for path in sorted(TABLES.iterdir()) if path.suffix in (".csv", ".txt")}


def import_file(data: bytes, filename: str) -> list[ImportedInvoice]:
    table = read_table(data, filename)
    mapping = guess_mapping(table.headers)
    numbers, dates = guess_formats(table, mapping)
    return invoices_from_table(table, mapping, numbers, dates)


def outcome(data: bytes, filename: str) -> list[ImportedInvoice] | ImportRejected:
    """The import's result or its refusal; any other exception fails the test."""
    try:
        invoices = import_file(data, filename)
    except ImportRejected as rejected:
        assert rejected.problems
        return rejected
    assert invoices
    for invoice in invoices:  # whatever was read is an invoice as ImportedInvoice promises
        assert 0 <= invoice.paid_cents <= invoice.payable_cents
        assert invoice.net_cents >= 0 and invoice.vat_cents >= 0
        assert invoice.net_cents + invoice.vat_cents == invoice.payable_cents
        assert invoice.number and invoice.buyer.name
    return invoices


FULL = {name: import_file(data, name) for name, data in FILES.items()}


def _workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Factuurnummer", "Klant", "Factuurdatum", "Totaal"])
    sheet.append(["1", "Bos", date(2026, 10, 2), 121])
    sheet.append(["2", "Kroon", date(2026, 10, 3), 24.19])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOK = _workbook()


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_prefix_of_a_file_is_refused_or_a_list_the_cut_could_not_touch(name: str) -> None:
    raw = FILES[name]
    full = FULL[name]
    accepted = 0
    for cut in range(len(raw)):  # every prefix: the files are small enough
        result = outcome(raw[:cut], name)
        if isinstance(result, ImportRejected):
            continue
        accepted += 1
        count = len(result)
        assert count <= len(full)
        if raw[:cut].endswith((b"\n", b"\n\x00")):
            assert result == full[:count], cut
        else:  # cut inside the last cell of the last line: only that cell can differ
            assert result[:-1] == full[:count - 1], cut
            assert (result[-1].number, result[-1].source_line) == (full[count - 1].number, full[count - 1].source_line)
    assert 0 < accepted < len(raw) // 4  # most cuts are refused


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(FILES)), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                                 min_size=1, max_size=6))
def test_flipped_bytes_never_crash(name: str, flips: list[tuple[int, int]]) -> None:
    raw = bytearray(FILES[name])
    for position, value in flips:
        raw[position % len(raw)] = value
    outcome(bytes(raw), name)


@given(st.binary(max_size=3000), st.sampled_from(["list.csv", "list.xlsx", "list.txt"]))
def test_random_bytes_never_crash(data: bytes, filename: str) -> None:
    outcome(data, filename)


@given(st.binary(max_size=500))
def test_random_bytes_behind_a_zip_signature_are_not_a_workbook(data: bytes) -> None:
    result = outcome(b"PK\x03\x04" + data, "x.xlsx")
    assert isinstance(result, ImportRejected)


cell_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@given(st.lists(st.lists(cell_text, min_size=1, max_size=10), min_size=1, max_size=8),
       st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       st.booleans())
def test_malformed_records_never_crash(records: list[list[str]], delimiter: str, encoding: str, quote: bool) -> None:
    header = ["Factuurnummer", "Klant", "Factuurdatum", "Totaal"]
    lines = [delimiter.join(header)] + [delimiter.join(f'"{c}"' if quote else c for c in cells) for cells in records]
    outcome("\r\n".join(lines).encode(encoding, errors="replace"), "x.csv")


@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                               "latin-1", "cp1252"]))
def test_any_text_in_any_encoding_never_crashes(text: str, encoding: str) -> None:
    outcome(text.encode(encoding, errors="replace"), "x.csv")


@settings(max_examples=200)
@given(st.data())
def test_a_workbook_cut_short_is_always_refused(data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(WORKBOOK) - 1), label="cut")
    assert isinstance(outcome(WORKBOOK[:cut], "x.xlsx"), ImportRejected)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=4))
def test_a_workbook_with_flipped_bytes_never_crashes(flips: list[tuple[int, int]]) -> None:
    raw = bytearray(WORKBOOK)
    for position, value in flips:
        raw[position] = value
    outcome(bytes(raw), "x.xlsx")


# -- any list we can write, we read back exactly ----------------------------------------------------------

#: Accented letters that Windows-1252 writes as bytes from 0xC0 up: never valid UTF-8 on their own.
_ACCENTS = "éëèïöüçàÉÖ"
_NAME = st.text(alphabet=string.ascii_letters + string.digits + " .,;&'\"/()-@=+" + _ACCENTS, min_size=1,
                max_size=25)
_NUMBER = st.text(alphabet=string.ascii_uppercase + string.digits + "-/.", min_size=1, max_size=12)


@st.composite
def invoice_rows(draw: st.DrawFn) -> tuple[str, str, date, int, int, int]:
    number = draw(_NUMBER.filter(lambda n: not looks_like_formula(n)))
    name = draw(_NAME.filter(lambda n: n == n.strip() and n != "-" and not looks_like_formula(n)))
    day = draw(st.dates(date(1990, 1, 1), date(2100, 12, 31)))
    net = draw(st.integers(-10**9, 10**9))
    vat = draw(st.integers(0, 10**8)) * (-1 if net < 0 else 1)
    paid = draw(st.integers(0, abs(net + vat))) * (-1 if net < 0 else 1)
    return number, name, day, net, vat, paid


def _amount(cents: int, numbers: NumberFormat) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    group, mark = (".", ",") if numbers == NumberFormat.DUTCH else (",", ".")
    return f"{sign}{units:,}".replace(",", group) + f"{mark}{rest:02d}"


_DATES = {DateFormat.DMY: "%d-%m-%Y", DateFormat.YMD: "%Y-%m-%d", DateFormat.MDY: "%m/%d/%Y"}


@settings(max_examples=150)
@given(st.lists(invoice_rows(), min_size=1, max_size=6, unique_by=lambda row: row[0]),
       st.sampled_from(NumberFormat), st.sampled_from(DateFormat), st.sampled_from([";", ",", "\t"]),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), st.sampled_from(["\r\n", "\n"]))
def test_every_list_written_in_any_notation_reads_back(rows: list[tuple[str, str, date, int, int, int]],
                                                       numbers: NumberFormat, dates: DateFormat, delimiter: str,
                                                       encoding: str, newline: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["Factuurnummer", "Klant", "Factuurdatum", "Bedrag excl. btw", "Btw", "Totaal", "Betaald"])
    for number, name, day, net, vat, paid in rows:
        writer.writerow([number, name, day.strftime(_DATES[dates]), _amount(net, numbers), _amount(vat, numbers),
                         _amount(net + vat, numbers), _amount(paid, numbers)])
    table = read_table(buffer.getvalue().encode(encoding), "list.csv")
    mapping = ColumnMapping(number="Factuurnummer", client_name="Klant", issue_date="Factuurdatum",
                            net="Bedrag excl. btw", vat="Btw", total="Totaal", paid="Betaald")
    assert guess_mapping(table.headers) == mapping
    invoices = invoices_from_table(table, mapping, numbers, dates)
    assert [(i.number, i.buyer.name, i.issue_date, i.net_cents, i.vat_cents, i.payable_cents, i.paid_cents,
             i.document_type) for i in invoices] == [
        (number, name, day, abs(net), abs(vat), abs(net + vat), abs(paid),
         DocumentType.CREDIT_NOTE if net + vat < 0 else DocumentType.INVOICE)
        for number, name, day, net, vat, paid in rows]
