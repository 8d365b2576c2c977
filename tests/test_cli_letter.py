"""debtordesk-cli letter: an invoice's letter of a kind as PDF, drafted as the app does; exit 2 when it cannot be."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from debtordesk import cli


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_notice_of_default_for_a_demo_invoice(demo_file: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "notice.pdf"
    assert cli.main(["letter", str(demo_file), "2026-039", "--kind", "notice_of_default", "--out", str(out),
                     "--date", "2026-11-23"]) == 0
    text = pdf_text(out)
    assert "Van Dijk Installatietechniek" in text and "Ingebrekestelling" in text and "2026-039" in text
    assert "Wettelijke handelsrente" in text and "AANGETEKEND" in text
    said = capsys.readouterr().out
    assert said.startswith("Letter notice_of_default (nl) for 2026-039: open ") and said.rstrip().endswith(str(out))
    # Drafting only reads: nothing was recorded as sent.
    assert "final date 2026-12-" in said


def test_language_and_claims_can_be_chosen(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "reminder.pdf"
    assert cli.main(["letter", str(demo_file), "2026-039", "--kind", "payment_reminder", "--out", str(out),
                     "--date", "2026-11-23", "--language", "en", "--claims"]) == 0
    text = pdf_text(out)
    assert "Payment reminder" in text and "Statutory commercial interest" in text


@pytest.mark.parametrize(("args", "message"), [
    (["2099-999", "--kind", "payment_reminder"], "There is no invoice numbered '2099-999'"),
    (["2026-039", "--kind", "fourteen_day_letter"], "does not apply to Van Dijk Installatietechniek"),
])
def test_what_cannot_be_made_exits_2_with_the_reason(demo_file: Path, tmp_path: Path, args: list[str],
                                                     message: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letter.pdf"
    assert cli.main(["letter", str(demo_file), *args, "--out", str(out), "--date", "2026-11-23"]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""
    assert not out.exists() and list(tmp_path.iterdir()) == [demo_file]


def test_a_paid_invoice_has_nothing_to_ask_for(demo_file: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letter.pdf"
    assert cli.main(["letter", str(demo_file), "2025-001", "--kind", "payment_reminder", "--out", str(out),
                     "--date", "2026-11-23"]) == 2
    assert "nothing is open on this invoice" in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_kind_is_refused_by_the_parser(demo_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["letter", str(demo_file), "2026-039", "--kind", "love_letter", "--out", str(tmp_path / "x.pdf")])
    assert stopped.value.code == 2
    assert "invalid choice: 'love_letter'" in capsys.readouterr().err
