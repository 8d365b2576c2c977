"""What is wrong in an imported file, in the user's language: where (line, column) and why.

The readers name problems by code (see each module in debtordesk.importers); the
common ones have a sentence here, the rare ones fall back to their code in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from debtordesk.core.import_model import ImportProblem


def _texts() -> dict[str, str]:
    return {
        "empty": QCoreApplication.translate("ImportProblems", "the file is empty"),
        "unknown_kind": QCoreApplication.translate("ImportProblems", "this is not a file DebtorDesk can import (UBL e-invoice, CSV or Excel invoice list, "
                           "camt.053, CODA or MT940 statement)"),
        "encoding_invalid": QCoreApplication.translate("ImportProblems", "the file's characters cannot be read; export it again as UTF-8"),
        "entities_forbidden": QCoreApplication.translate("ImportProblems", "the file declares entities, which could be an attack; it is not read"),
        "truncated": QCoreApplication.translate("ImportProblems", "the file ends too early; it was cut off while copying or downloading"),
        "xml_invalid": QCoreApplication.translate("ImportProblems", "the XML is broken here"),
        "required": QCoreApplication.translate("ImportProblems", "this is missing and is needed"),
        "amount_invalid": QCoreApplication.translate("ImportProblems", "this is not an amount"),
        "amount_too_many_decimals": QCoreApplication.translate("ImportProblems", "an amount has at most two decimals"),
        "amount_too_large": QCoreApplication.translate("ImportProblems", "this amount is too large"),
        "amount_negative": QCoreApplication.translate("ImportProblems", "this amount cannot be negative"),
        "amounts_inconsistent": QCoreApplication.translate("ImportProblems", "the amounts do not add up"),
        "total_mismatch": QCoreApplication.translate("ImportProblems", "the invoice's totals do not add up"),
        "date_invalid": QCoreApplication.translate("ImportProblems", "this is not a date in the chosen format"),
        "due_before_issue": QCoreApplication.translate("ImportProblems", "the due date is before the invoice date"),
        "currency_invalid": QCoreApplication.translate("ImportProblems", "this is not a currency code such as EUR"),
        "email_invalid": QCoreApplication.translate("ImportProblems", "this is not an email address"),
        "duplicate_number": QCoreApplication.translate("ImportProblems", "this invoice number is in the file twice"),
        "formula_cell": QCoreApplication.translate("ImportProblems", "this cell holds a spreadsheet formula; export the values instead"),
        "column_missing": QCoreApplication.translate("ImportProblems", "no column of this name is in the file"),
        "no_rows": QCoreApplication.translate("ImportProblems", "the file has a header but no invoices"),
        "row_too_short": QCoreApplication.translate("ImportProblems", "this row has fewer cells than the header"),
        "row_too_long": QCoreApplication.translate("ImportProblems", "this row has more cells than the header"),
        "xls_unsupported": QCoreApplication.translate("ImportProblems", "old Excel files (.xls) cannot be read; save it as .xlsx or CSV"),
        "balance_mismatch": QCoreApplication.translate("ImportProblems", "the statement's balances do not add up with its lines"),
        "trailer_mismatch": QCoreApplication.translate("ImportProblems", "the statement's totals do not match its lines"),
        "trailer_missing": QCoreApplication.translate("ImportProblems", "the statement ends without its closing record; it may be cut off"),
        "record_length": QCoreApplication.translate("ImportProblems", "a CODA record must be 128 characters long"),
        "attachment_invalid": QCoreApplication.translate("ImportProblems", "the attached PDF cannot be read"),
    }


def problem_text(problem: ImportProblem) -> str:
    return _texts().get(problem.code, problem.code.replace("_", " "))


def problem_lines(problems: Sequence[ImportProblem], limit: int = 20) -> list[str]:
    """One line per problem, "Line 12, Bedrag: this is not an amount ("12,50.3")"; the rest counted."""
    lines = []
    for problem in problems[:limit]:
        where = QCoreApplication.translate("ImportProblems", "Line {line}").format(line=problem.line) \
            if problem.line else QCoreApplication.translate("ImportProblems", "The file")
        if problem.column:
            where += f", {problem.column}"
        text = f"{where}: {problem_text(problem)}"
        if problem.value:
            text += f" (“{problem.value}”)"
        lines.append(text)
    if len(problems) > limit:
        lines.append(QCoreApplication.translate("ImportProblems", "… and {count} more.").format(
            count=len(problems) - limit))
    return lines
