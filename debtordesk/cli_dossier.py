"""``debtordesk-cli dossier``: export an invoice's or a client's dossier as PDF or ZIP.

For handing a claim over (to a collection agency, bailiff or lawyer) from a script
or a terminal. The data file is only read, as ``verify`` reads it, so it may be open
in DebtorDesk at the same time. The output appears whole or not at all: it is
written beside its target under a temporary name and renamed into place.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from debtordesk.core.clock import Clock, system_clock
from debtordesk.core.dossier_export import ClaimsToDate, DossierExport, DossierExportService
from debtordesk.core.model import Language
from debtordesk.core.ports import Store
from debtordesk.documents.dossier_pdf import render_dossier
from debtordesk.documents.dossier_zip import write_dossier_zip
from debtordesk.storage import errors
from debtordesk.storage.datafile import check_is_data_file
from debtordesk.storage.engine import make_engine
from debtordesk.storage.repository import SqlStore
from debtordesk.storage.revisions import current_revision, head_revision, known_revisions

class Refused(Exception):
    """The command cannot do what was asked; the message says why (exit 2)."""


def add_dossier_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    dossier = commands.add_parser(
        "dossier", help="export an invoice's dossier (or with --client a client's) as PDF, or as ZIP with the "
                        "original documents; exit 1 if a dossier fails verification")
    dossier.add_argument("path", help="the data file")
    dossier.add_argument("invoice", metavar="INVOICE", help="an invoice number; with --client, a client's name")
    dossier.add_argument("--out", required=True, metavar="FILE",
                         help="where to write: a name ending in .zip writes the ZIP, any other the PDF")
    dossier.add_argument("--client", action="store_true",
                         help="export the client's dossier with all its invoices; INVOICE is the client's name")
    dossier.set_defaults(run=run_dossier)


def run_dossier(args: argparse.Namespace) -> int:
    path, out = Path(args.path), Path(args.out)
    try:
        check_output(out, path)
        check_data_file(path)
        engine = make_engine(path)
        try:
            export = _export(SqlStore(engine, path), path, args.invoice, by_client=args.client)
        finally:
            engine.dispose()
        language = export.profile.language if export.profile else Language.EN
        data = write_dossier_zip(export, language) if out.suffix.lower() == ".zip" else render_dossier(export, language)
        write_whole(out, data)
    except Refused as refused:
        print(refused, file=sys.stderr)
        return 2
    scope = export.client.name if args.client else f"invoice {args.invoice} ({export.client.name})"
    dossiers = len(export.checks)
    print(f"Dossier of {scope}: {len(export.records)} records in {dossiers} "
          f"dossier{'s' if dossiers != 1 else ''} written to {out}")
    if export.intact:
        print("OK: every dossier intact.")
        return 0
    for check in export.checks:
        if not check.intact:
            print(f"BROKEN: {check.describe()}")
    return 1


def check_output(out: Path, data_path: Path) -> None:
    try:
        _check_output_path(out, data_path)
    except OSError as error:  # a name too long, a folder that cannot be read
        raise Refused(f"{out}: cannot be written ({error.strerror or error}).") from None


def _check_output_path(out: Path, data_path: Path) -> None:
    if out.is_dir():
        raise Refused(f"{out}: is a folder; give a file name ending in .pdf or .zip.")
    if not out.parent.is_dir():
        raise Refused(f"{out}: the folder {out.parent} does not exist.")
    if out.resolve() == data_path.resolve():
        raise Refused(f"{out}: that is the data file itself; choose another name.")


def check_data_file(path: Path) -> None:
    """As ``verify`` opens a file; an older schema is refused rather than migrated (this command only reads)."""
    check_is_data_file(path)
    revision = current_revision(path)
    if revision is None:  # empty, or SQLite without DebtorDesk's schema
        raise errors.NotADataFile(path, "no DebtorDesk schema")
    if revision not in known_revisions():
        raise errors.FileTooNew(path, f"schema revision {revision}")
    if revision != head_revision():
        raise Refused(f"{path}: made by an older DebtorDesk; open it in DebtorDesk once to update it.")


def _export(store: Store, path: Path, name: str, *, by_client: bool) -> DossierExport:
    clock = system_clock()
    service = DossierExportService(store, clock, claims_to_date(store, clock))
    if by_client:
        return service.for_client(_client_id(store, path, name))
    return service.for_invoice(invoice_id(store, path, name))


def claims_to_date(store: Store, clock: Clock) -> ClaimsToDate:
    """The legal rules' interest and costs up to the export's day (the user's rate tables included)."""
    from debtordesk.core.follow_up_service import FollowUpService
    from debtordesk.core.letter_service import LetterService
    from debtordesk.core.rates import load_rate_book
    from debtordesk.core.services import DebtorService
    from debtordesk.documents.letter_pdf import render_letters
    from debtordesk.user_dirs import rates_dir

    letters = LetterService(FollowUpService(DebtorService(store, clock)), load_rate_book(rates_dir()), render_letters)
    return letters.claims_to_date()


def invoice_id(store: Store, path: Path, number: str) -> int:
    """The invoice with that number (ignoring case and outer spaces)."""
    wanted = number.strip().casefold()
    with store.reading() as reader:
        ids = [r.invoice.id for r in reader.invoices() if r.invoice.number.strip().casefold() == wanted]
    if not ids or ids[0] is None:
        raise Refused(f"There is no invoice numbered {number!r} in {path}; to export a client's dossier, add --client.")
    return ids[0]


def _client_id(store: Store, path: Path, name: str) -> int:
    """The client of that name (ignoring case), or the one client whose name contains it."""
    wanted = name.strip().casefold()
    with store.reading() as reader:
        names = reader.client_names()
    found = [i for i, n in names.items() if n.strip().casefold() == wanted]
    found = found or [i for i, n in names.items() if wanted and wanted in n.casefold()]
    if len(found) > 1:
        choices = ", ".join(sorted(names[i] for i in found))
        raise Refused(f"{name!r} names more than one client ({choices}); give the full name.")
    if not found:
        raise Refused(f"There is no client named {name!r} in {path}.")
    return found[0]


def write_whole(target: Path, data: bytes) -> None:
    """Write beside the target under a temporary name, then rename: never a half-written file.

    Raises:
        Refused: the file could not be written; nothing is left behind.
    """
    partial: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=".dossier-", suffix=".part", dir=target.parent)
        partial = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(partial, 0o666 & ~_umask())  # mkstemp makes it private; an export is a normal file
        os.replace(partial, target)
        partial = None
    except OSError as error:
        raise Refused(f"{target}: cannot be written ({error.strerror or error}).") from None
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
