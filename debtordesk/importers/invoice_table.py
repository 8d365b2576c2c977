"""Invoices from a list exported by accounting software (CSV or Excel), once its columns are mapped.

``read_table`` (in ``table_reading``) turns the file into text rows; the user confirms the
``ColumnMapping`` and formats that ``core.column_mapping`` guesses; ``invoices_from_table``
then reads every row into an ``ImportedInvoice`` or refuses the whole list, naming each
bad cell by line, column header and value.

How rows read:
- Empty rows are skipped, and so are totals rows: a cell that starts with "Totaal",
  "Subtotaal", "Total" or "Totaux", and no invoice number (or that word in its
  place) and no invoice date.
- Amounts: any two of net, VAT and total give the third; with only a total, the net is
  the total and the VAT 0 (the list says no more; the open amount is what is chased).
  When all three are there they must add up. Paid comes from a paid column, else from
  total less an open column, else 0; with both they must add up to the total.
- A negative total is a credit note: its amounts come out positive with
  ``DocumentType.CREDIT_NOTE``, as ``ImportedInvoice`` asks.
- The due date comes from its column, else the invoice date plus a payment-term column
  ("30", "30 dagen"), else None (the import service applies the business's own term).
- Currency from its column ("€" is EUR), else ``default_currency``.
- Text is kept as written (trimmed); a cell holding only "-" counts as empty.
- A formula is never read as a value: an Excel cell holding one, or a CSV cell that
  starts with = + - @ and is not a plain number like "-12,50", is a problem.

Problem codes: "column_missing" (line 0; the field or header in ``column``), "no_rows",
"required", "amount_invalid", "amounts_inconsistent", "date_invalid", "due_before_issue",
"term_invalid", "currency_invalid", "email_invalid", "duplicate_number", "formula_cell",
and those of ``read_table`` (see ``table_reading``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from debtordesk.core.cell_formats import CellError, DateFormat, NumberFormat, parse_cents, parse_date
from debtordesk.core.column_mapping import ColumnMapping, Field, Table, TableFormat, TableRow
from debtordesk.core.csv_safety import looks_like_formula
from debtordesk.core.import_model import DocumentType, ImportedInvoice, ImportProblem, ImportRejected, Party, shorten
from debtordesk.core.money import Cents
from debtordesk.importers.table_reading import read_table, sniff

__all__ = ["invoices_from_table", "read_table", "sniff"]

_TOTALS = re.compile(r"^\s*(sub|eind)?tota(a)?l(en|s)?\b|^\s*totaux\b|^\s*grand total\b", re.IGNORECASE)
_TERM = re.compile(r"(\d{1,4})(?:\.0+)?\s*(?:dagen|dag|days|day|jours|jour|d|j)?\.?", re.IGNORECASE | re.ASCII)
_CURRENCY = re.compile(r"[A-Z]{3}")
_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+")
MAX_TERM_DAYS = 3650


def invoices_from_table(table: Table, mapping: ColumnMapping, numbers: NumberFormat, dates: DateFormat, *,
                        default_currency: str = "EUR") -> list[ImportedInvoice]:
    """Every invoice of the table, in its order.

    Raises:
        ImportRejected: with a problem for each bad cell of each row (codes in the module docstring).
    """
    problems = _mapping_problems(table, mapping)
    if problems:
        raise ImportRejected(problems)
    columns = {field: table.column(header) for field, header in mapping.items()}
    invoices: list[ImportedInvoice] = []
    numbers_seen: set[str] = set()
    for row in table.rows:
        if row.is_empty or _is_totals_row(row, columns):
            continue
        reader = _RowReader(table, row, columns, numbers, dates)
        invoice = reader.invoice(default_currency)
        problems.extend(reader.problems)
        if reader.number in numbers_seen:
            problems.append(ImportProblem("duplicate_number", row.line, table.headers[columns[Field.NUMBER]],
                                          shorten(reader.number)))
        elif reader.number:
            numbers_seen.add(reader.number)
        if invoice is not None:
            invoices.append(invoice)
    if problems:
        raise ImportRejected(problems)
    if not invoices:
        raise ImportRejected([ImportProblem("no_rows")])
    return invoices


def _mapping_problems(table: Table, mapping: ColumnMapping) -> list[ImportProblem]:
    problems = [ImportProblem("column_missing", 0, field.value) for field in mapping.missing()]
    problems += [ImportProblem("column_missing", 0, shorten(header)) for _, header in mapping.items()
                 if header not in table.headers]
    return problems


def _is_totals_row(row: TableRow, columns: dict[Field, int]) -> bool:
    """No invoice (no number, or "Totaal" where the number goes), no invoice date, and a "Totaal" somewhere."""
    number = _clean(row.cells[columns[Field.NUMBER]])
    if number and not _TOTALS.match(number):
        return False
    if _clean(row.cells[columns[Field.ISSUE_DATE]]):
        return False
    return any(_TOTALS.match(cell) for cell in row.cells)


def _clean(text: str) -> str:
    stripped = text.strip()
    return "" if stripped == "-" else stripped


class _RowReader:
    """Reads one row's fields, collecting a problem for each cell that does not read."""

    def __init__(self, table: Table, row: TableRow, columns: dict[Field, int], numbers: NumberFormat,
                 dates: DateFormat) -> None:
        self.table, self.row, self.columns = table, row, columns
        self.numbers, self.dates = numbers, dates
        self.problems: list[ImportProblem] = []
        self.number = ""  # the invoice number once read, for finding duplicates even in a bad row

    def problem(self, code: str, field: Field, value: str = "") -> None:
        header = self.table.headers[self.columns[field]] if field in self.columns else field.value
        self.problems.append(ImportProblem(code, self.row.line, header, shorten(value)))

    def text(self, field: Field, *, required: bool = False) -> str | None:
        """The cell's text; "" when unmapped or empty; None when it is a formula (a problem is noted)."""
        index = self.columns.get(field)
        if index is None:
            return ""
        raw = self.row.cells[index]
        if index in self.row.formulas or (self.table.format == TableFormat.CSV and index not in self.row.typed
                                          and looks_like_formula(raw.strip()) and raw.strip() != "-"):
            self.problem("formula_cell", field, raw)
            return None
        value = _clean(raw)
        if required and not value:
            self.problem("required", field)
        return value

    def amount(self, field: Field) -> Cents | None:
        text = self.text(field)
        if not text:
            return None
        try:
            return parse_cents(text, self.numbers, typed=self.columns[field] in self.row.typed)
        except CellError as error:
            self.problem(error.code, field, text)
            return None

    def day(self, field: Field, *, required: bool = False) -> date | None:
        text = self.text(field, required=required)
        if not text:
            return None
        try:
            return parse_date(text, self.dates, typed=self.columns[field] in self.row.typed)
        except CellError as error:
            self.problem(error.code, field, text)
            return None

    def invoice(self, default_currency: str) -> ImportedInvoice | None:
        number = self.text(Field.NUMBER, required=True)
        self.number = number or ""
        issue_date = self.day(Field.ISSUE_DATE, required=True)
        due_date = self._due_date(issue_date)
        client = self.text(Field.CLIENT_NAME, required=True)
        vat_number, email = self.text(Field.CLIENT_VAT), self.text(Field.CLIENT_EMAIL)
        if email and not all(_EMAIL.fullmatch(part.strip()) for part in re.split(r"[;,]", email) if part.strip()):
            self.problem("email_invalid", Field.CLIENT_EMAIL, email)
        currency = self._currency(default_currency)
        description, reference = self.text(Field.DESCRIPTION), self.text(Field.PAYMENT_REFERENCE)
        amounts = self._amounts()
        if self.problems or amounts is None or not number or issue_date is None or not client:
            return None
        net, vat, total, paid, kind = amounts
        return ImportedInvoice(
            number=number, issue_date=issue_date, due_date=due_date, currency=currency or default_currency,
            buyer=Party(name=client, vat_number=vat_number or "", email=email or ""),
            net_cents=net, vat_cents=vat, payable_cents=total, document_type=kind, paid_cents=paid,
            payment_reference=reference or "", description=description or "", source_line=self.row.line)

    def _due_date(self, issue_date: date | None) -> date | None:
        due = self.day(Field.DUE_DATE)
        if due is None and Field.TERM_DAYS in self.columns and issue_date is not None:
            term = self.text(Field.TERM_DAYS)
            if term:
                found = _TERM.fullmatch(term)
                if found is None or int(found.group(1)) > MAX_TERM_DAYS:
                    self.problem("term_invalid", Field.TERM_DAYS, term)
                else:
                    due = issue_date + timedelta(days=int(found.group(1)))
        if due is not None and issue_date is not None and due < issue_date:
            self.problem("due_before_issue", Field.DUE_DATE if Field.DUE_DATE in self.columns else Field.TERM_DAYS,
                         due.isoformat())
        return due

    def _currency(self, default_currency: str) -> str:
        text = (self.text(Field.CURRENCY) or "").upper()
        if text == "€":
            return "EUR"
        if text and not _CURRENCY.fullmatch(text):
            self.problem("currency_invalid", Field.CURRENCY, text)
        return text or default_currency

    def _cell(self, field: Field) -> str:
        return self.row.cells[self.columns[field]] if field in self.columns else ""

    def _amounts(self) -> tuple[Cents, Cents, Cents, Cents, DocumentType] | None:
        """(net, VAT, total, paid, kind), all positive; None after noting a problem."""
        before = len(self.problems)
        values = {field: self.amount(field) for field in (Field.NET, Field.VAT, Field.TOTAL, Field.PAID, Field.OPEN)}
        if len(self.problems) > before:
            return None
        net, vat, total = values[Field.NET], values[Field.VAT], values[Field.TOTAL]
        if total is None and net is None:
            self.problem("required", Field.TOTAL if Field.TOTAL in self.columns else Field.NET)
            return None
        if total is None:
            total = (net or 0) + (vat or 0)
        if net is None:
            net = total - (vat or 0)
        if vat is None:
            vat = total - net
        if net + vat != total:
            self.problem("amounts_inconsistent", Field.TOTAL, self._cell(Field.TOTAL))
            return None
        sign = -1 if total < 0 or (total == 0 and net < 0) else 1
        net, vat, total = sign * net, sign * vat, sign * total
        if net < 0 or vat < 0:
            field = Field.VAT if vat < 0 else Field.NET
            self.problem("amounts_inconsistent", field, self._cell(field))
            return None
        paid = None if values[Field.PAID] is None else sign * values[Field.PAID]
        open_ = None if values[Field.OPEN] is None else sign * values[Field.OPEN]
        if paid is None:
            paid = 0 if open_ is None else total - open_
        elif open_ is not None and paid + open_ != total:
            self.problem("amounts_inconsistent", Field.OPEN, self._cell(Field.OPEN))
            return None
        if not 0 <= paid <= total:
            field = Field.PAID if values[Field.PAID] is not None else Field.OPEN
            self.problem("amounts_inconsistent", field, self._cell(field))
            return None
        return net, vat, total, paid, DocumentType.CREDIT_NOTE if sign < 0 else DocumentType.INVOICE
