"""Letters from the main window on the demo file: draft, look, save, print, record posted; the batch of
letters due; the calculator and the dossier export from the Tools menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from debtordesk.core.dossier import RecordKind
from debtordesk.core.ladder import Channel, DEFAULT_LADDER
from debtordesk.core.letters import LetterKind
from debtordesk.core.today import TodayItem, TodayKind
from debtordesk.ui.batch_letters import BatchLettersDialog
from debtordesk.ui.calculator_dialog import CalculatorDialog
from debtordesk.ui.letter_window import LetterWindow
from debtordesk.ui.posting_dialog import PostingDialog


def _choose_invoice(window, qtbot, number: str):  # type: ignore[no-untyped-def]
    window.show_page(window.invoices)
    qtbot.waitUntil(lambda: window.invoices.select_where(lambda row: row.invoice.number == number))
    return window.current_invoice()


def test_a_letter_is_drafted_saved_and_recorded_posted_with_its_tracking_number(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    row = _choose_invoice(window, qtbot, "2026-039")  # Van Dijk: broken promise, notice already sent
    assert window.letter_actions.letter_action.isEnabled()
    window.letter_actions.letter_action.trigger()
    letter = window.dialogs[-1]
    assert isinstance(letter, LetterWindow) and letter.isVisible()
    assert letter.draft is not None and letter.chosen_kind() == LetterKind.NOTICE_OF_DEFAULT
    assert letter.claim.isChecked() and letter.registered.isChecked()
    assert not letter.pages.pixmap().isNull() and letter.pages.pixmap().width() > 500
    assert "Final payment date" in letter.summary.text()
    assert letter.wik.isVisibleTo(letter)  # a Dutch business: the terms may apply the WIK scale
    costs = letter.draft.claims.parts[-1].amount_cents
    letter.wik.setChecked(True)  # saved for every letter; € 4,785.55 open: 375 + 228.56 = 603.56 > € 40
    assert window.workspace.letters().wik_terms() and costs == 40_00
    assert letter.draft.claims.parts[-1].amount_cents == 603_56
    letter.wik.setChecked(False)

    # A payment reminder claims nothing by default and goes by ordinary post.
    letter.kind.setCurrentIndex(letter.kind.findData(LetterKind.PAYMENT_REMINDER))
    assert letter.draft.kind == LetterKind.PAYMENT_REMINDER
    assert not letter.claim.isChecked() and not letter.registered.isChecked()
    assert letter.draft.claimed_cents == 0
    letter.language.setCurrentIndex(letter.language.findData("fr"))
    assert letter.draft.language == "fr"
    text = "".join(page.extract_text() for page in PdfReader_from(letter.draft.pdf).pages)
    assert "2026-039" in text and "Rappel de paiement" in text

    target = tmp_path / "brief.pdf"
    assert letter.save_pdf(target)
    assert target.read_bytes() == letter.draft.pdf

    posting = letter.record_sent()
    assert isinstance(posting, PostingDialog) and posting.isVisible()
    posting.method.setCurrentIndex(posting.method.findData(True))
    posting.accept()  # registered mail without a tracking number
    assert posting.isVisible() and "Tracking number" in posting.errors.text()
    posting.tracking.setText("3SDBOE7654321")
    assert "Presumed received on" in posting.term.text()
    with qtbot.waitSignal(letter.posted):
        posting.accept()
    assert not letter.isVisible()
    with window.service.store.reading() as reader:
        sent = [r for r in reader.records(invoice_id=row.invoice.id) if r.kind == RecordKind.LETTER_SENT]
    assert sent[-1].details["tracking"] == "3SDBOE7654321" and sent[-1].details["letter_kind"] == "payment_reminder"
    assert sent[-1].details["language"] == "fr"


def PdfReader_from(data: bytes) -> PdfReader:  # noqa: N802 (reads like the class)
    import io

    return PdfReader(io.BytesIO(data))


def test_a_letter_that_cannot_be_made_says_why(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in window.invoices_model.rows() if r.open_cents > 0)
    letters = window.workspace.letters()
    letter = LetterWindow(letters, window.formatter, row.invoice.client_id, (row.invoice.id,), None, window)
    qtbot.addWidget(letter)
    window.service.record_payment(_paying(row))
    letter.redraft()  # the invoice was paid meanwhile
    assert letter.draft is None and letter.errors.isVisibleTo(letter)
    assert "Nothing is open" in letter.errors.text()
    assert not letter.print_button.isEnabled() and not letter.posted_button.isEnabled()


def _paying(row):  # type: ignore[no-untyped-def]
    from debtordesk.core.model import Payment

    return Payment(row.invoice.id, date(2026, 11, 23), row.open_cents)


def test_letters_due_are_printed_together_and_recorded_in_one_go(window, qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    window.letter_actions.batch_action.trigger()  # the demo has no letter step due today
    assert boxes and "No letters are due today" in boxes[-1][2]
    step = next(s for s in DEFAULT_LADDER.steps if s.key == "notice_of_default")
    rows = [r for r in window.invoices_model.rows() if r.open_cents > 0 and r.invoice.due_date < date(2026, 11, 1)][:2]
    items = [(TodayItem(TodayKind.STEP_DUE, date(2026, 11, 23), r.invoice.client_id, r.client_name,
                        (r.invoice.id,), (r.invoice.number,), r.open_cents, step_key=step.key,
                        channel=Channel.LETTER), step) for r in rows]
    batch = BatchLettersDialog(window.workspace.letters(), window.formatter, items, window)
    qtbot.addWidget(batch)
    batch.show()
    assert len(batch.drafts) == 2 and all(d.registered for d, _ in batch.drafts)
    pdf = window.workspace.letters().render_many([d for d, _ in batch.chosen()])
    assert len(PdfReader_from(pdf).pages) >= 2  # each letter starts on its own sheet
    batch.print_preview()
    assert batch.printer is not None and batch.printer.dialog is not None and batch.printer.dialog.isVisible()
    batch.printer.dialog.reject()
    posting = batch.record_sent()
    assert posting is not None
    posting.accept()  # no tracking numbers yet: nothing recorded
    assert posting.isVisible() and posting.errors.text().count("Fill this in") == 2
    for tracking, code in zip(posting.trackings, ("3SAAAA0000001", "3SAAAA0000002"), strict=True):
        assert tracking is not None
        tracking.setText(code)
    posting.accept()
    assert posting.result() == QDialog.DialogCode.Accepted
    with window.service.store.reading() as reader:
        for row, code in zip(rows, ("3SAAAA0000001", "3SAAAA0000002"), strict=True):
            sent = [r for r in reader.records(invoice_id=row.invoice.id) if r.kind == RecordKind.LETTER_SENT]
            assert sent[-1].details["tracking"] == code


def test_the_tools_menu_opens_the_calculator_and_exports_a_clients_dossier(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.letter_actions.calculator_action.trigger()
    assert isinstance(window.dialogs[-1], CalculatorDialog) and window.dialogs[-1].isVisible()
    window.show_page(window.clients)
    qtbot.waitUntil(lambda: window.clients.select_where(lambda row: row.client.name == "Van Dijk Installatietechniek"))
    assert window.letter_actions.export_action.isEnabled()
    dialog = window.letter_actions.choose_export_target()
    assert dialog is not None and "Van Dijk Installatietechniek" in dialog.selectedFiles()[0]
    dialog.reject()
    client_id = window.current_client_id()
    pdf, archive = window.letter_actions.export("client", client_id, tmp_path / "dossier.pdf")
    assert pdf.exists() and archive == tmp_path / "dossier.zip" and archive.exists()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Van Dijk Installatietechniek" in text and "3SDBOE1234567" in text
    assert window.statusBar().currentMessage() == "Dossier exported: dossier.pdf and dossier.zip"
