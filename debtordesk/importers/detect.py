"""Which reader a file needs, from its bytes, and the file read whole.

The kinds are tried from the most particular signature to the least: an XML root
element or namespace (UBL, camt.053), CODA's fixed record layout, MT940's tags, and
last a table (CSV or Excel). A file no reader recognises is refused with "unknown_kind".

A statement whose only fault is that its own totals disagree with its lines (an MT940
closing balance, a CODA trailer) is read all the same, with those problems as warnings:
every line was read, and the user decides before anything is booked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from debtordesk.core.column_mapping import ColumnMapping, Table, guess_formats, guess_mapping
from debtordesk.core.import_model import BankStatement, ImportedInvoice, ImportProblem, ImportRejected
from debtordesk.importers import camt053, coda, invoice_table, mt940, table_reading, ubl

#: Problems that say a statement's own totals disagree, not that a line could not be read.
CONSISTENCY = frozenset({"balance_mismatch", "trailer_mismatch"})


@dataclass(frozen=True)
class ReadFile:
    """A file read whole.

    Attributes:
        invoices: from an e-invoice or a table (with the guessed mapping applied).
        statements: from a bank statement.
        table: the table as read, so the user can map its columns otherwise.
        warnings: consistency problems of a statement that was read all the same.
    """

    kind: str
    invoices: tuple[ImportedInvoice, ...] = ()
    statements: tuple[BankStatement, ...] = ()
    table: Table | None = None
    mapping: ColumnMapping | None = None
    warnings: tuple[ImportProblem, ...] = ()
    #: a table whose rows did not read with the guessed mapping (only with ``strict=False``)
    table_problems: tuple[ImportProblem, ...] = ()


def _lenient(read: Callable[[bytes], list[BankStatement]], again: Callable[[bytes], list[BankStatement]],
             data: bytes) -> tuple[list[BankStatement], tuple[ImportProblem, ...]]:
    try:
        return read(data), ()
    except ImportRejected as rejected:
        if not all(p.code in CONSISTENCY for p in rejected.problems):
            raise
        return again(data), tuple(rejected.problems)


def kind_of(data: bytes) -> str:
    if ubl.sniff(data):
        return "ubl"
    if camt053.sniff(data):
        return "camt053"
    if coda.sniff(data):
        return "coda"
    if mt940.sniff(data):
        return "mt940"
    if table_reading.sniff(data):
        return "table"
    return ""


def read_file(name: str, data: bytes, *, strict: bool = True) -> ReadFile:
    """The file read with the reader its content asks for.

    With ``strict=False`` a table whose rows do not read with the guessed mapping comes
    back with its problems instead of being refused: the user maps its columns and tries again.

    Raises:
        ImportRejected: no reader knows the file, or its reader refuses it.
    """
    kind = kind_of(data)
    if kind == "ubl":
        return ReadFile(kind, invoices=(ubl.read_ubl(data),))
    if kind == "camt053":
        return ReadFile(kind, statements=tuple(camt053.read_camt053(data)))
    if kind == "coda":
        statements, warnings = _lenient(coda.read_coda, lambda d: coda.read_coda(d, check_trailer=False), data)
        return ReadFile(kind, statements=tuple(statements), warnings=warnings)
    if kind == "mt940":
        statements, warnings = _lenient(mt940.read_mt940, lambda d: mt940.read_mt940(d, check_balances=False), data)
        return ReadFile(kind, statements=tuple(statements), warnings=warnings)
    if kind == "table":
        table = table_reading.read_table(data, name)
        mapping = guess_mapping(table.headers)
        numbers, dates = guess_formats(table, mapping)
        try:
            invoices = invoice_table.invoices_from_table(table, mapping, numbers, dates)
        except ImportRejected as rejected:
            if strict:
                raise
            return ReadFile(kind, table=table, mapping=mapping, table_problems=tuple(rejected.problems))
        return ReadFile(kind, invoices=tuple(invoices), table=table, mapping=mapping)
    raise ImportRejected([ImportProblem("unknown_kind", 0, "", name)])
