"""``debtordesk-cli import``: invoices and bank statements into a data file, without the window.

Every file is read whole before anything is written; if one is refused, the command
says where and why (line, column, value) and imports nothing. Then each file is
imported in its own transaction: invoices as the import wizard would with its guesses,
and of a statement only the sure matches; the unsure and unmatched credits are listed
for the user to settle in DebtorDesk.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from debtordesk.core.bank_import import BankImportService, SourceFile
from debtordesk.core.clock import system_clock
from debtordesk.core.import_model import ImportRejected
from debtordesk.core.invoice_import import Action, InvoiceImportService
from debtordesk.core.money import to_decimal
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError
from debtordesk.importers.detect import ReadFile, read_file
from debtordesk.storage.datafile import check_is_data_file, open_data_file


def add_import_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "import", help="import invoices (UBL e-invoices, CSV/Excel exports) and bank statements (camt.053, CODA, "
                       "MT940); exit 1 naming the reasons when a file is refused")
    command.add_argument("path", help="the data file")
    command.add_argument("files", nargs="+", metavar="FILE", help="files to import; a folder stands for its files")
    command.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.path)
    check_is_data_file(path)
    read: list[tuple[Path, bytes, ReadFile]] = []
    refused = False
    files = [file for name in args.files for file in (
        sorted(p for p in Path(name).iterdir() if p.is_file() and not p.name.startswith("."))
        if Path(name).is_dir() else [Path(name)])]
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as error:
            print(f"{file}: cannot be read ({error.strerror or error}).", file=sys.stderr)
            refused = True
            continue
        try:
            read.append((file, data, read_file(file.name, data)))
        except ImportRejected as rejected:
            refused = True
            for problem in rejected.problems:
                where = f"line {problem.line}" if problem.line else "the file"
                column = f", {problem.column}" if problem.column else ""
                value = f": {problem.value!r}" if problem.value else ""
                print(f"{file}: {where}{column}: {problem.code}{value}", file=sys.stderr)
    if refused:
        print("Nothing was imported.", file=sys.stderr)
        return 1
    for file, _data, content in read:
        for warning in content.warnings:
            print(f"{file}: warning: line {warning.line}, {warning.column}: {warning.code}: {warning.value}",
                  file=sys.stderr)
    with open_data_file(path) as data_file:
        debtors = DebtorService(data_file.store, system_clock())
        for file, data, content in read:
            source = SourceFile.of(file.name, data, content.kind)
            try:
                if content.invoices:
                    _invoices(debtors, content, source)
                else:
                    _statements(debtors, content, source)
            except ValidationError as error:
                reasons = "; ".join(f"{p.field}: {p.code}" for p in error.problems)
                print(f"{file}: not imported ({reasons}).", file=sys.stderr)
                return 1
    return 0


def _invoices(debtors: DebtorService, content: ReadFile, source: SourceFile) -> None:
    imports = InvoiceImportService(debtors)
    plan = imports.plan(content.invoices, source)
    outcome = imports.apply(plan)
    print(f"{source.name}: {outcome.created} new invoice(s), {outcome.updated} updated, "
          f"{plan.count(Action.UNCHANGED)} unchanged, {outcome.clients_created} new client(s).")
    for item in plan.items:
        if item.note:
            print(f"  {item.imported.number}: {item.note}")


def _statements(debtors: DebtorService, content: ReadFile, source: SourceFile) -> None:
    bank = BankImportService(debtors)
    review = bank.review(content.statements, source)
    booked = bank.book(review, review.sure)
    print(f"{source.name}: {booked} payment(s) booked from {len(review.sure)} sure match(es); "
          f"{len(review.already)} line(s) imported before.")
    for match in review.unsure:
        print(f"  to check: {match.line.position}: {to_decimal(match.line.amount_cents):.2f} from "
              f"{match.line.counterparty_name or '?'} ({match.reason.value})")
    for unmatched in review.unmatched:
        line = unmatched.line
        print(f"  unmatched: {line.position}: {to_decimal(line.amount_cents):.2f} from "
              f"{line.counterparty_name or '?'}: {line.remittance[:60]}")
