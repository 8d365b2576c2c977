"""No problem ever reaches the user as a bare code: each has a sentence saying what to do."""

from __future__ import annotations

import re
from pathlib import Path

from debtordesk.core.formatting import Formatter
from debtordesk.core.validation import Problem
from debtordesk.ui.problem_text import _PROBLEMS, file_problem_text, known_codes, problem_text

PACKAGE = Path(__file__).resolve().parents[2] / "debtordesk"
PATTERNS = (
    re.compile(r'(?<!Import)Problem\(\s*[^,()]+,\s*"([a-z_]+)"'),
    re.compile(r'AmountError\(\s*"([a-z_]+)"'),
    re.compile(r'^\s+code = "([a-z_]+)"', re.M),
)


def _raised_codes() -> set[str]:
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.parts or "importers" in path.parts:  # import problems: ui/import_problem_text
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            codes.update(pattern.findall(text))
    return codes


def test_every_raised_code_has_a_sentence() -> None:
    codes = _raised_codes()
    assert len(codes) > 30  # the scan itself works
    assert codes - known_codes() == set()


def test_template_problems_have_sentences() -> None:
    """The service names a template's problems after core.templates' codes."""
    from debtordesk.core.follow_up_service import TEMPLATE_PROBLEMS

    assert set(TEMPLATE_PROBLEMS) == {"unknown_placeholder", "unclosed_brace", "stray_brace", "empty_placeholder"}
    assert set(TEMPLATE_PROBLEMS.values()) <= known_codes()


def test_sentences_fill_their_parameters() -> None:
    formatter = Formatter("en")
    params = {"bic_country": "BE", "iban_country": "NL", "country": "NL", "max": 120, "number": "2026-001",
              "filename": "x.txt", "paid_cents": 12345, "open_cents": 500, "text": "«clinet»", "line": 3,
              "suggestion": "client", "invoice": "2026-014", "planned_cents": 40000}
    for code in _PROBLEMS:
        text = problem_text(Problem("field", code, params), formatter)
        assert text and not re.search(r"\{(" + "|".join(params) + r")\}", text), code
    unknown = problem_text(Problem("body", "template_unknown_placeholder", params), formatter)
    assert "«clinet» on line 3" in unknown and "did you mean {client}?" in unknown
    assert "€123.45" in problem_text(Problem("net", "total_below_paid", params), formatter)


def test_file_problems_say_what_to_do() -> None:
    from debtordesk.storage import errors

    for kind in (errors.FileInUse, errors.NotADataFile, errors.FileTooNew, errors.FileCorrupt,
                 errors.FileReadOnly, errors.DiskFull, errors.FileMissing):
        text = file_problem_text(kind(Path("x.debtordesk")))
        assert text != file_problem_text(errors.DataFileError(Path("x"))), kind
