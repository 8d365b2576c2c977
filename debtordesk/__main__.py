"""``debtordesk [FILE]``: command line and logging, then the app."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="debtordesk", description="Get late invoices paid without losing the client.")
    parser.add_argument("file", nargs="?", type=Path, help="a DebtorDesk data file to open")
    parser.add_argument("--demo", action="store_true", help="open the demo business")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window, wait until it is painted with its data, print the seconds since "
                             "process start and exit")
    parser.add_argument("--language", choices=("en", "nl"), help="the UI language (default: the system's)")
    parser.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from debtordesk.app import Options
    from debtordesk.app import main as app_main

    return app_main(Options(file=args.file, demo=args.demo, smoke=args.smoke, language=args.language,
                            today=args.today))


if __name__ == "__main__":
    sys.exit(main())
