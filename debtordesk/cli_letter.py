"""``debtordesk-cli letter``: one invoice's letter of a given kind as a PDF, from a script or a terminal.

The letter is drafted exactly as the app drafts it (claims, final date, payment
details, EPC QR code), but not recorded as sent: that takes the sending date and,
for registered mail, the tracking number, which the user records in the app. The
data file is only read; the PDF appears whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from debtordesk.cli_dossier import Refused, check_data_file, check_output, invoice_id, write_whole
from debtordesk.core.clock import fixed_clock
from debtordesk.core.letters import LetterError, LetterKind
from debtordesk.core.model import Language
from debtordesk.core.money import to_decimal
from debtordesk.storage.engine import make_engine
from debtordesk.storage.repository import SqlStore

#: Why a letter cannot be made, for the terminal (LetterError codes).
LETTER_ERRORS = {
    "nothing_to_pay": "nothing is open on this invoice; there is nothing to ask for.",
    "currency_not_euro": "the invoice is not in euros; letters with payment details are made for euro invoices only.",
    "registration_missing": "a Belgian first reminder must name your enterprise number; fill it in the business "
                            "profile.",
    "kind_not_applicable": "this kind of letter does not apply to this client.",
}


def add_letter_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    letter = commands.add_parser("letter", help="write an invoice's letter of a given kind as PDF (not recorded "
                                                "as sent)")
    letter.add_argument("path", help="the data file")
    letter.add_argument("invoice", metavar="INVOICE", help="the invoice number")
    letter.add_argument("--kind", required=True, choices=[k.value for k in LetterKind],
                        help="which letter")
    letter.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    letter.add_argument("--date", type=_day, help="the letter's date as YYYY-MM-DD (default: today)")
    letter.add_argument("--language", choices=[lang.value for lang in Language],
                        help="the letter's language (default: the client's)")
    claims = letter.add_mutually_exclusive_group()
    claims.add_argument("--claims", dest="claims", action="store_true", default=None,
                        help="claim statutory interest and costs (default: as the kind does)")
    claims.add_argument("--no-claims", dest="claims", action="store_false", help="claim no interest or costs")
    letter.set_defaults(run=run_letter)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def run_letter(args: argparse.Namespace) -> int:
    path, out = Path(args.path), Path(args.out)
    letter_date = args.date or date.today()
    try:
        check_output(out, path)
        check_data_file(path)
        engine = make_engine(path)
        try:
            draft = _draft(SqlStore(engine, path), path, args, letter_date)
        finally:
            engine.dispose()
        write_whole(out, draft.pdf)
    except Refused as refused:
        print(refused, file=sys.stderr)
        return 2
    final = f", final date {draft.claims.final_date.isoformat()}" if draft.claims.final_date else ""
    print(f"Letter {draft.kind.value} ({draft.language.value}) for {', '.join(draft.invoice_numbers)}: "
          f"open {to_decimal(draft.open_cents):.2f}, interest and costs {to_decimal(draft.claimed_cents):.2f}{final}; "
          f"written to {out}")
    return 0


def _draft(store: SqlStore, path: Path, args: argparse.Namespace, letter_date: date):  # type: ignore[no-untyped-def]
    from debtordesk.core.follow_up_service import FollowUpService
    from debtordesk.core.letter_service import LetterService
    from debtordesk.core.rates import load_rate_book
    from debtordesk.core.services import DebtorService
    from debtordesk.documents.letter_pdf import render_letters
    from debtordesk.user_dirs import rates_dir

    number = invoice_id(store, path, args.invoice)
    clock = fixed_clock(datetime.combine(letter_date, time(12), tzinfo=UTC))
    letters = LetterService(FollowUpService(DebtorService(store, clock)), load_rate_book(rates_dir()), render_letters)
    with store.reading() as reader:
        client_id = reader.invoice(number).client_id
        client = reader.client(client_id)
        if reader.profile() is None:
            raise Refused(f"{path}: the business profile is not filled in; letters are sent in its name.")
    kind = LetterKind(args.kind)
    kinds = letters.kinds(client_id)
    if kind not in kinds:
        raise Refused(f"A {kind.value} letter does not apply to {client.name} ({client.kind.value}, "
                      f"{client.country.value}); choose one of: {', '.join(k.value for k in kinds)}.")
    try:
        return letters.draft(client_id, [number], kind, language=Language(args.language) if args.language else None,
                             letter_date=letter_date, claim=args.claims)
    except LetterError as error:
        raise Refused(f"Invoice {args.invoice}: {LETTER_ERRORS.get(error.code, str(error))}") from None
