"""``debtordesk-cli``: headless work on data files (demo, verify, backup, dossier export, letters)
and the legal calculator (calc)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from debtordesk.cli_calc import add_calc_commands
from debtordesk.cli_dossier import add_dossier_command
from debtordesk.cli_import import add_import_command
from debtordesk.cli_letter import add_letter_command
from debtordesk.storage import backup, errors
from debtordesk.storage.datafile import check_is_data_file, current_revision
from debtordesk.storage.demo_file import write_demo_file
from debtordesk.storage.engine import make_engine
from debtordesk.storage.verify import verify_file


def _demo(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.exists():
        print(f"{path} already exists; choose a new file name.", file=sys.stderr)
        return 2
    from debtordesk.documents.letter_pdf import render_letters

    write_demo_file(path, args.today or date.today(), render_letters)
    print(f"Demo business written to {path}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    path = Path(args.path)
    check_is_data_file(path, thorough=True)
    if current_revision(path) is None:  # empty, or SQLite without DebtorDesk's schema
        raise errors.NotADataFile(path, "no DebtorDesk schema")
    engine = make_engine(path)
    try:
        report = verify_file(engine)
    finally:
        engine.dispose()
    if report.intact:
        print(f"OK: {report.records} records in {report.chains} dossiers, every chain intact.")
        return 0
    for found in report.breaks:
        print(f"BROKEN: {found.describe()}")
    return 1


def _backup(args: argparse.Namespace) -> int:
    path = Path(args.path)
    check_is_data_file(path)
    target = backup.make_backup(path, "manual", folder=path.parent)
    print(target)
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="debtordesk-cli", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="write a demo business to a new data file")
    demo.add_argument("path")
    demo.add_argument("--today", type=_day, help="the demo's today as YYYY-MM-DD (default: the real today)")
    demo.set_defaults(run=_demo)
    verify = commands.add_parser("verify", help="check every dossier chain; exit 1 naming the first broken record")
    verify.add_argument("path")
    verify.set_defaults(run=_verify)
    backup_cmd = commands.add_parser("backup", help="write a backup copy next to the data file")
    backup_cmd.add_argument("path")
    backup_cmd.set_defaults(run=_backup)
    add_calc_commands(commands)
    add_dossier_command(commands)
    add_letter_command(commands)
    add_import_command(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except errors.DataFileError as error:
        print(f"{error.path}: {CLI_MESSAGES.get(error.code, error.code)}", file=sys.stderr)
        return 2


CLI_MESSAGES = {
    "file_in_use": "the file is open in another DebtorDesk; close it there first.",
    "not_a_data_file": "this is not a DebtorDesk data file.",
    "file_too_new": "this file was made by a newer DebtorDesk; update DebtorDesk to open it.",
    "file_corrupt": "the file is damaged; restore it from a backup.",
    "file_read_only": "the file or its folder cannot be written; check its permissions.",
    "disk_full": "the disk is full; free some space and try again.",
    "file_missing": "there is no such file.",
}

if __name__ == "__main__":
    sys.exit(main())
