"""Which column of an exported invoice list holds which part of an invoice.

Every accounting program names its columns differently ("Factuurnummer", "Factuurnr.",
"Invoice number", "MutFactuur"), so a table is read in two steps: the user confirms a
``ColumnMapping`` that ``guess_mapping`` proposes from the headers, and the formats
``guess_formats`` proposes; the import service remembers both per source, as JSON, so
the next export of the same program imports without questions.

A table itself (``Table``) is plain text as the file shows it, with the line each row
came from; ``importers.table_reading`` makes one from CSV or Excel bytes.
"""

from __future__ import annotations

import enum
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from debtordesk.core.cell_formats import DateFormat, NumberFormat, reads_as_date, reads_as_number

__all__ = ["ColumnMapping", "DateFormat", "Field", "MappingError", "NumberFormat", "Table", "TableFormat",
           "TableRow", "guess_formats", "guess_mapping", "normalise_header"]


class TableFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class TableRow:
    """One row as shown, with where it is.

    Attributes:
        line: 1-based line of the CSV file where the row starts, or the row number of the sheet.
        cells: the text of each cell, as many as the table has headers.
        typed: indexes of cells that were an Excel number or date (written "1234.56", "2026-11-24").
        formulas: indexes of Excel cells holding a formula (their text is the formula, never evaluated).
    """

    line: int
    cells: tuple[str, ...]
    typed: frozenset[int] = frozenset()
    formulas: frozenset[int] = frozenset()

    @property
    def is_empty(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


@dataclass(frozen=True)
class Table:
    """An invoice list as rows of text under unique headers.

    Attributes:
        headers: one per column, unique ("#3" for a column without a header, "Bedrag (2)" for a repeat).
        rows: the rows under the header row, empty rows left out.
        format: where it came from: CSV (cells are text) or an Excel workbook.
        delimiter: the CSV field separator found (";", ",", "\\t"); "" for a workbook.
        sheet: the workbook sheet read; sheet_names: all sheets of the workbook, for a choice.
    """

    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    format: TableFormat = TableFormat.CSV
    delimiter: str = ""
    sheet: str = ""
    sheet_names: tuple[str, ...] = ()

    @property
    def typed_columns(self) -> frozenset[int]:
        """Columns with at least one typed (Excel number or date) cell."""
        return frozenset(index for row in self.rows for index in row.typed)

    def column(self, header: str) -> int:
        """The index of the column with this header (ValueError when there is none)."""
        return self.headers.index(header)


class Field(enum.StrEnum):
    """The parts of an invoice a column can hold."""

    NUMBER = "number"
    ISSUE_DATE = "issue_date"
    DUE_DATE = "due_date"
    TERM_DAYS = "term_days"  # the payment term in days, when there is no due date column
    CLIENT_NAME = "client_name"
    CLIENT_VAT = "client_vat"
    CLIENT_EMAIL = "client_email"
    NET = "net"  # without VAT
    VAT = "vat"
    TOTAL = "total"  # with VAT (gross)
    PAID = "paid"
    OPEN = "open"
    CURRENCY = "currency"
    DESCRIPTION = "description"
    PAYMENT_REFERENCE = "payment_reference"


AMOUNT_FIELDS = (Field.NET, Field.VAT, Field.TOTAL, Field.PAID, Field.OPEN)
DATE_FIELDS = (Field.ISSUE_DATE, Field.DUE_DATE)


class MappingError(ValueError):
    """A remembered mapping that cannot be read back (unknown field, wrong type, broken JSON)."""


@dataclass(frozen=True)
class ColumnMapping:
    """The header of the column that holds each field; "" where no column holds it.

    Columns are named by header, not position, so a program that adds or reorders
    columns in a later export still maps.
    """

    number: str = ""
    issue_date: str = ""
    due_date: str = ""
    term_days: str = ""
    client_name: str = ""
    client_vat: str = ""
    client_email: str = ""
    net: str = ""
    vat: str = ""
    total: str = ""
    paid: str = ""
    open: str = ""
    currency: str = ""
    description: str = ""
    payment_reference: str = ""

    def column(self, field: Field) -> str:
        return str(getattr(self, field.value))

    def items(self) -> Iterator[tuple[Field, str]]:
        """(field, header) for every mapped field, in Field order."""
        for field in Field:
            if header := self.column(field):
                yield field, header

    def missing(self) -> list[Field]:
        """Fields an import cannot do without that no column holds.

        An invoice needs a number, a date, a client and an amount: the total, or the
        amount without VAT (the total is then that plus the VAT column, if any).
        """
        needed = [Field.NUMBER, Field.ISSUE_DATE, Field.CLIENT_NAME]
        missing = [field for field in needed if not self.column(field)]
        if not self.total and not self.net:
            missing.append(Field.TOTAL)
        return missing

    def to_json(self) -> str:
        return json.dumps({"version": 1, "columns": dict(self.items())}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """A mapping written by ``to_json``; anything else is refused with MappingError."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise MappingError(f"not JSON: {error}") from None
        if not isinstance(data, dict) or set(data) != {"version", "columns"} or type(data["version"]) is not int \
                or data["version"] != 1:
            raise MappingError("expected {'version': 1, 'columns': {...}}")
        columns = data["columns"]
        if not isinstance(columns, dict):
            raise MappingError("'columns' must be an object")
        known = {field.value for field in Field}
        unknown = sorted(set(columns) - known)
        if unknown:
            raise MappingError(f"unknown fields: {', '.join(unknown)}")
        for name, header in columns.items():
            if not isinstance(header, str):
                raise MappingError(f"the header of {name} must be text")
        return cls(**columns)


def normalise_header(text: str) -> str:
    """A header as compared: lower case, no accents, words of letters and digits ("Btw-nummer" -> "btw nummer")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    return " ".join(re.split(r"[^0-9a-z]+", plain)).strip()


#: Headers as normalise_header writes them: Dutch, English and (for Belgium) French, including the
#: field names of Moneybird, e-Boekhouden, Exact Online and SnelStart (see tests/importers/tables/README.md).
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.NUMBER: ("factuurnummer", "factuurnr", "factuur nr", "factuur nummer", "factuur", "mutfactuur",
                   "invoice number", "invoice no", "invoice nr", "invoice id", "invoice", "invoicenumber",
                   "number", "nummer", "numero de facture", "n de facture", "no de facture", "facture"),
    Field.ISSUE_DATE: ("factuurdatum", "datum", "datum factuur", "documentdatum", "mutdatum", "invoice date",
                       "invoicedate", "date", "issue date", "date de facture", "date facture"),
    Field.DUE_DATE: ("vervaldatum", "vervalt", "vervaldag", "verval datum", "uiterste betaaldatum", "due date",
                     "duedate", "due", "payment due", "due on", "date d echeance", "echeance"),
    Field.TERM_DAYS: ("betalingstermijn", "betaaltermijn", "krediettermijn", "termijn", "payment term",
                      "payment terms", "term", "terms", "term of payment", "delai de paiement"),
    Field.CLIENT_NAME: ("relatie", "klant", "debiteur", "klantnaam", "relatienaam", "debiteurnaam", "naam",
                        "bedrijfsnaam", "bedrijf", "relbedrijf", "contact", "customer", "customer name", "client",
                        "client name", "company", "company name", "name", "account name", "accountname",
                        "nom du client", "nom", "societe"),
    Field.CLIENT_VAT: ("btw nummer", "btwnummer", "btw nr", "btw id", "btw identificatienummer", "vat number",
                       "vat no", "vat id", "tax number", "tax id", "numero de tva", "n tva", "no tva"),
    Field.CLIENT_EMAIL: ("e mail", "email", "e mailadres", "emailadres", "mail", "email address",
                         "e mail address", "adresse e mail", "courriel"),
    Field.NET: ("bedrag excl btw", "totaal excl btw", "excl btw", "bedrag exclusief btw", "netto", "netto bedrag",
                "subtotaal", "totaalexclbtw", "bedragexclbtw", "net", "net amount", "subtotal", "amount excl vat",
                "total excl vat", "total excl tax", "amount excl tax", "montant htva", "total htva", "htva",
                "montant ht", "total ht"),
    Field.VAT: ("btw", "btw bedrag", "bedrag btw", "totaalbtw", "bedragbtw", "vat amount", "tax", "tax amount",
                "total tax", "tva", "montant tva"),
    Field.TOTAL: ("totaal", "totaal incl btw", "bedrag incl btw", "bedrag inclusief btw", "totaalbedrag",
                  "factuurbedrag", "bedrag", "totaalinclbtw", "bedraginclbtw", "bruto", "total", "total incl vat",
                  "amount incl vat", "total incl tax", "amount incl tax", "gross", "gross amount", "amount",
                  "invoice amount", "invoice total", "total tvac", "montant tvac", "montant total", "montant"),
    Field.PAID: ("betaald", "voldaan", "betaald bedrag", "ontvangen", "paid", "amount paid", "total paid",
                 "paye", "montant paye"),
    Field.OPEN: ("openstaand", "openstaand bedrag", "openstaand saldo", "saldo", "totaalopenstaand", "restant",
                 "te ontvangen", "open", "open amount", "outstanding", "balance", "balance due", "amount due",
                 "unpaid", "total unpaid", "solde", "reste a payer", "solde du"),
    Field.CURRENCY: ("valuta", "munt", "munteenheid", "currency", "devise"),
    Field.DESCRIPTION: ("omschrijving", "beschrijving", "onderwerp", "referentie", "description", "reference",
                        "memo", "subject", "libelle", "objet"),
    Field.PAYMENT_REFERENCE: ("betalingskenmerk", "betaalkenmerk", "kenmerk", "payment reference",
                              "structured communication", "gestructureerde mededeling", "communication structuree",
                              "ogm"),
}

#: Second pass for headers no synonym matched exactly: a word inside the header.
_KEYWORDS: tuple[tuple[Field, str], ...] = (
    (Field.NET, r"\bexcl"), (Field.NET, r"\bhtva\b"), (Field.TOTAL, r"\bincl"), (Field.TOTAL, r"\btvac\b"),
    (Field.CLIENT_VAT, r"\b(btw|vat|tva) ?(nummer|nr|number|no|id)\b"), (Field.CLIENT_EMAIL, r"mail"),
    (Field.DUE_DATE, r"verval|\bdue\b|echeance"), (Field.ISSUE_DATE, r"factuurdatum|invoice date"),
    (Field.OPEN, r"openstaand|outstanding|unpaid|\bsaldo\b"), (Field.PAID, r"betaald|\bpaid\b"),
    (Field.NUMBER, r"factuurn|invoice (number|no|nr)"), (Field.CLIENT_NAME, r"klant|debiteur|customer|client"),
)


def guess_mapping(headers: Iterable[str]) -> ColumnMapping:
    """The mapping the headers suggest: exact synonyms first, left to right, then words inside headers.

    Each header is used for one field at most; a field no header suggests stays "".
    """
    headers = list(headers)
    normalised = [normalise_header(header) for header in headers]
    chosen: dict[Field, str] = {}
    used: set[int] = set()
    for field, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            index = next((i for i, name in enumerate(normalised) if name == synonym and i not in used), None)
            if index is not None:
                chosen[field] = headers[index]
                used.add(index)
                break
    for field, pattern in _KEYWORDS:
        if field in chosen:
            continue
        index = next((i for i, name in enumerate(normalised) if i not in used and re.search(pattern, name)), None)
        if index is not None:
            chosen[field] = headers[index]
            used.add(index)
    return ColumnMapping(**{field.value: header for field, header in chosen.items()})


def guess_formats(table: Table, mapping: ColumnMapping) -> tuple[NumberFormat, DateFormat]:
    """The number and date formats that read the most text cells of the mapped amount and date columns.

    Typed workbook cells do not count (they read the same in every format). On a tie the
    table's own habits decide: a ";"-separated file is Dutch, DMY wins over YMD over MDY.
    """
    amounts = _texts(table, mapping, AMOUNT_FIELDS)
    dates = _texts(table, mapping, DATE_FIELDS)
    fallback = NumberFormat.ENGLISH if table.delimiter in (",", "\t") else NumberFormat.DUTCH
    number_scores = {fmt: sum(reads_as_number(text, fmt) for text in amounts) for fmt in NumberFormat}
    best_number = max(NumberFormat, key=lambda fmt: (number_scores[fmt], fmt == fallback))
    date_scores = {fmt: sum(reads_as_date(text, fmt) for text in dates) for fmt in DateFormat}
    order = list(DateFormat)  # DMY, YMD, MDY
    best_date = max(DateFormat, key=lambda fmt: (date_scores[fmt], -order.index(fmt)))
    return best_number, best_date


def _texts(table: Table, mapping: ColumnMapping, fields: Iterable[Field]) -> list[str]:
    indexes = [table.headers.index(header) for field in fields
               if (header := mapping.column(field)) and header in table.headers]
    return [row.cells[i] for row in table.rows for i in indexes
            if i < len(row.cells) and i not in row.typed and row.cells[i].strip()]

