"""The first page of each printed letter in Dutch: packaging/screenshots/letter-<kind>-nl.png.

Run from the repository root: ``uv run python packaging/screenshots/letter_screenshots.py``.
The letters are core.letter_samples' (a Dutch business; the Belgian one for the first
reminder, which goes to a Belgian consumer), rendered to PDF and turned into 50 dpi PNGs
with poppler's ``pdftoppm``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from debtordesk.core.letter_samples import sample_request
from debtordesk.core.letters import LetterKind, build_letter
from debtordesk.core.model import Country, Language
from debtordesk.documents.letter_pdf import render_letter

FOLDER = Path("packaging/screenshots")


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed to turn the PDFs into images", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        for kind in LetterKind:
            creditor = Country.BE if kind == LetterKind.FIRST_REMINDER else Country.NL
            pdf = Path(folder) / f"{kind}.pdf"
            pdf.write_bytes(render_letter(build_letter(sample_request(kind, Language.NL, creditor))))
            target = FOLDER / f"letter-{kind}-nl"
            subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(target)], check=True)
            print(f"{target}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
