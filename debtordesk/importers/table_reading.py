"""A CSV file or an Excel workbook as a ``Table`` of text, whatever its encoding or separator.

CSV: the encoding is read from a byte-order mark (UTF-8, UTF-16), else UTF-8 when the
bytes are valid UTF-8, else Windows-1252 (the "ANSI" of Dutch Windows, a superset of
Latin-1's printable characters). The separator is the one of ";", "," and tab that
splits the first lines into the most equal rows. Rows above the header (a title such
as "Openstaande posten per 24-11-2026") are skipped: the header is the first row with
two or more filled cells. A row with fewer cells than the header, or more filled ones,
is refused rather than guessed at: it is what a file cut short or split on the wrong
separator looks like. A file cut at the very end of its last line, when that line has
no line break, cannot be told from a whole one; every other cut is refused.

Excel (.xlsx): read with openpyxl in read-only mode, formulas as written, never
evaluated; its XML passes through defusedxml, and we refuse a DTD before openpyxl sees
one. Numbers and dates are written as "1234.56" and "2026-11-24" and marked typed;
formula cells keep their formula text and are marked, so ``invoice_table`` can refuse
them where they matter.

Problem codes: "empty", "not_table", "encoding_invalid", "csv_invalid" (a quote left
open), "row_too_short", "row_too_long", "too_many_rows", "not_xlsx", "xlsx_too_large",
"entities_forbidden", "sheet_missing", "xls_unsupported" (an Excel 97-2003 file).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException

from debtordesk.core.column_mapping import Table, TableFormat, TableRow
from debtordesk.core.import_model import ImportProblem, ImportRejected, shorten

#: Bigger lists than this are not invoice exports of a one-person business.
MAX_ROWS = 100_000
MAX_COLUMNS = 500
#: Uncompressed size of a workbook's parts; a zip bomb stops here.
MAX_XLSX_BYTES = 64 * 1024 * 1024
DELIMITERS = (";", "\t", ",")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SWIFT_TAG = re.compile(r"\s*:\d\d[A-Z]?:")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_table(data: bytes, filename: str = "", sheet: str | None = None) -> Table:
    """The file's rows under its header row.

    Args:
        data: the file's bytes.
        filename: its name; ".xlsx" (or the zip signature) reads it as a workbook.
        sheet: for a workbook, the sheet to read; None reads the first.

    Raises:
        ImportRejected: with every problem found (codes in the module docstring).
    """
    if not data.strip():
        raise ImportRejected([ImportProblem("empty")])
    if data.startswith(_OLE2):  # Excel 97-2003 (.xls): the user can save it as .xlsx or CSV
        raise ImportRejected([ImportProblem("xls_unsupported", 0, "", shorten(filename))])
    if data.startswith(b"PK\x03\x04") or filename.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(data, sheet)
    return _read_csv(data)


def sniff(data: bytes) -> bool:
    """Whether the bytes look like an invoice table: a workbook, or delimited text with a header row."""
    if data.startswith(b"PK\x03\x04"):
        return b"xl/" in data[:65536]
    try:
        text = decode_text(data[:8192], partial=True)
    except ImportRejected:
        return False
    stripped = text.lstrip()
    if not stripped or stripped.startswith(("<", "{", ":20:", "0000")) or _CONTROL.search(text):
        return False  # XML, MT940 blocks, CODA, binary
    lines = [line for line in stripped.splitlines()[:10] if line.strip()]
    if any(_SWIFT_TAG.match(line) for line in lines):
        return False  # MT940 after a bank's header lines
    return any(line.count(delimiter) >= 1 for line in lines for delimiter in DELIMITERS)


# -- CSV ------------------------------------------------------------------------------------

def decode_text(data: bytes, *, partial: bool = False) -> str:
    """The bytes as text (see the module docstring for the order tried).

    Args:
        partial: the bytes may end inside a character (a sample of the file's start).
    """
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
    for bom, encoding in boms:
        if data.startswith(bom):
            return _decode(data[len(bom):] if encoding != "utf-8-sig" else data, encoding, partial)
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0:4:2] != b"\x00\x00":
        return _decode(data, "utf-16-le", partial)  # UTF-16 without a mark: every other byte zero
    if len(data) >= 4 and data[0:4:2] == b"\x00\x00" and data[1:4:2] != b"\x00\x00":
        return _decode(data, "utf-16-be", partial)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if partial and error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            return data[:error.start].decode("utf-8")
    return _decode(data, "cp1252", partial)


def _decode(data: bytes, encoding: str, partial: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if partial and encoding.startswith("utf-16"):
            return data[: len(data) - len(data) % 2].decode(encoding, errors="replace")
        line = data[: error.start].count(b"\n") + 1
        found = repr(data[error.start:error.start + 8])
        raise ImportRejected([ImportProblem("encoding_invalid", line, "", shorten(found))]) from None


def _read_csv(data: bytes) -> Table:
    text = decode_text(data)
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        found = repr(text[control.start():control.start() + 8])
        raise ImportRejected([ImportProblem("not_table", line, "", shorten(found))])
    delimiter = _sniff_delimiter(text)
    records = _records(text, delimiter)
    return _table(records, TableFormat.CSV, delimiter=delimiter)


def _sniff_delimiter(text: str) -> str:
    """The separator that splits the first 20 records into the most rows as wide as the first."""
    sample = "\n".join(text.splitlines()[:40])
    best, best_score = "", (0, 0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [row for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(row)][:20]
        except csv.Error:
            continue
        if not rows:
            continue
        widths = [len(row) for row in rows]
        width = max(widths)
        score = (int(width > 1), sum(1 for w in widths if w == width), width)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score[0] == 0:
        raise ImportRejected([ImportProblem("not_table", 1, "", shorten(text.splitlines()[0] if text else ""))])
    return best


def _records(text: str, delimiter: str) -> list[tuple[int, list[str], frozenset[int], frozenset[int]]]:
    """(line, cells, typed, formulas) per record; a quote left open is refused with its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []
    start = 1
    try:
        for cells in reader:
            records.append((start, cells, frozenset(), frozenset()))
            start = reader.line_num + 1
            if len(records) > MAX_ROWS:
                raise ImportRejected([ImportProblem("too_many_rows", start, "", str(MAX_ROWS))])
    except csv.Error as error:
        raise ImportRejected([ImportProblem("csv_invalid", start, "", shorten(str(error)))]) from None
    return records


def _table(records: Sequence[tuple[int, Sequence[str], frozenset[int], frozenset[int]]], kind: TableFormat, *,
           delimiter: str = "", sheet: str = "", sheet_names: tuple[str, ...] = ()) -> Table:
    """Header row found, headers made unique, rows checked against its width."""
    header_at = next((i for i, (_, cells, _, _) in enumerate(records)
                      if sum(1 for cell in cells if cell.strip()) >= 2), None)
    if header_at is None:
        raise ImportRejected([ImportProblem("not_table" if records else "empty")])
    header_line, header_cells, _, _ = records[header_at]
    width = len(header_cells)
    while width > 0 and not header_cells[width - 1].strip():
        width -= 1
    if width > MAX_COLUMNS:
        raise ImportRejected([ImportProblem("not_table", header_line, "", str(width))])
    headers = _unique_headers(header_cells[:width])
    problems: list[ImportProblem] = []
    rows: list[TableRow] = []
    for line, cells, typed, formulas in records[header_at + 1:]:
        cells = [cell.strip() for cell in cells]
        if not any(cells):
            continue
        if len(cells) < width and kind == TableFormat.CSV:
            problems.append(ImportProblem("row_too_short", line, headers[len(cells)],
                                          shorten((delimiter or ";").join(cells))))
            continue
        extra = [cell for cell in cells[width:] if cell]
        if extra:
            problems.append(ImportProblem("row_too_long", line, "", shorten(extra[0])))
            continue
        padded = tuple(cells[:width]) + ("",) * (width - len(cells))
        rows.append(TableRow(line, padded, frozenset(i for i in typed if i < width),
                             frozenset(i for i in formulas if i < width)))
    if problems:
        raise ImportRejected(problems)
    return Table(headers, tuple(rows), kind, delimiter, sheet, sheet_names)


def _unique_headers(cells: Iterable[str]) -> tuple[str, ...]:
    headers: list[str] = []
    for index, cell in enumerate(cells):
        name = " ".join(cell.split()) or f"#{index + 1}"
        candidate, count = name, 1
        while candidate in headers:
            count += 1
            candidate = f"{name} ({count})"
        headers.append(candidate)
    return tuple(headers)


# -- Excel ----------------------------------------------------------------------------------

def _read_xlsx(data: bytes, sheet: str | None) -> Table:
    _check_archive(data)
    import openpyxl  # only here: reading a CSV should not pay for it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
            try:
                names = tuple(workbook.sheetnames)
                if sheet is not None and sheet not in names:
                    raise ImportRejected([ImportProblem("sheet_missing", 0, "", shorten(sheet))])
                if not names:
                    raise ImportRejected([ImportProblem("empty")])
                worksheet = workbook[sheet or names[0]]
                worksheet.reset_dimensions()  # a claimed size of A1:XFD1048576 must not make us pad to it
                records = _sheet_records(worksheet.iter_rows())
            finally:
                workbook.close()
    except ImportRejected:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl raises anything on a broken file; all of it is bad input
        code = "entities_forbidden" if _caused_by_entities(error) else "not_xlsx"
        raise ImportRejected([ImportProblem(code, 0, "", shorten(f"{type(error).__name__}: {error}"))]) from None
    return _table(records, TableFormat.XLSX, sheet=sheet or names[0], sheet_names=names)


def _caused_by_entities(error: BaseException) -> bool:
    """Whether defusedxml's refusal is behind the error (openpyxl wraps it in a ValueError)."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, DefusedXmlException):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _check_archive(data: bytes) -> None:
    """A readable zip, not a bomb, and without a DTD in any XML part (no entities to expand)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > MAX_XLSX_BYTES:
            raise ImportRejected([ImportProblem("xlsx_too_large", 0, "", str(MAX_XLSX_BYTES))])
        if "xl/workbook.xml" not in archive.namelist():
            raise ImportRejected([ImportProblem("not_xlsx", 0, "", "xl/workbook.xml")])
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with archive.open(info) as part:
                    head = part.read(65536)
                if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                    raise ImportRejected([ImportProblem("entities_forbidden", 0, info.filename, "<!DOCTYPE")])
    except ImportRejected:
        raise
    except Exception as error:  # noqa: BLE001 - zipfile and zlib raise many kinds on a corrupt or encrypted zip
        raise ImportRejected([ImportProblem("not_xlsx", 0, "", shorten(f"{type(error).__name__}: {error}"))]) from None


def _sheet_records(rows: Iterable[Sequence[object]]) -> list[tuple[int, list[str], frozenset[int], frozenset[int]]]:
    records = []
    for position, cells in enumerate(rows, start=1):
        if position > MAX_ROWS:
            raise ImportRejected([ImportProblem("too_many_rows", position, "", str(MAX_ROWS))])
        texts: list[str] = []
        typed: set[int] = set()
        formulas: set[int] = set()
        line = position
        for index, cell in enumerate(cells):
            value = getattr(cell, "value", None)
            if value is not None and line == position and getattr(cell, "row", None):
                line = int(cell.row)  # type: ignore[attr-defined]
            kind = getattr(cell, "data_type", "")
            text, is_typed = _cell_text(value)
            if kind == "f":
                formulas.add(index)
                text, is_typed = (value if isinstance(value, str) else f"={getattr(value, 'text', '') or ''}"), False
            texts.append(text)
            if is_typed:
                typed.add(index)
        while texts and not texts[-1]:
            texts.pop()
        if len(texts) > MAX_COLUMNS:
            raise ImportRejected([ImportProblem("not_table", line, "", str(len(texts)))])
        records.append((line, texts, frozenset(typed), frozenset(formulas)))
    return records


def _cell_text(value: object) -> tuple[str, bool]:
    """A cell value as text and whether it was typed: ISO dates, plain decimal-point numbers."""
    if value is None:
        return "", False
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), False
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat(), True
        return value.isoformat(sep=" ", timespec="seconds"), True
    if isinstance(value, date):
        return value.isoformat(), True
    if isinstance(value, (time, timedelta)):
        return str(value), False
    if isinstance(value, int):
        return str(value), True
    if isinstance(value, (Decimal, float)):
        try:
            number = value if isinstance(value, Decimal) else Decimal(repr(value))  # shortest text of the double
        except InvalidOperation:
            return str(value), False
        if not number.is_finite():
            return str(value), False
        return format(number, "f"), True
    return str(value), False
