"""Data entry through the dialogs: saved whole with its dossier record, or refused with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from debtordesk.core.dossier import RecordKind


def _counts(window) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with window.service.store.reading() as reader:
        return len(reader.clients(date(2026, 11, 23))), len(reader.invoices()), len(reader.records())


def test_new_client_with_contact_is_saved_in_one_go(window, qtbot) -> None:
    dialog = window.new_client()
    dialog.field("name").setText("Koffiebranderij Bonenkamp")
    dialog.field("postcode").setText("3511 AB")
    dialog.field("city").setText("Utrecht")
    contact_dialog = dialog.add_contact()
    contact_dialog.field("name").setText("Ria Bonenkamp")
    contact_dialog.field("email").setText("ria@bonenkamp.example")
    contact_dialog.accept()
    assert dialog.contact_list.count() == 1
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    window.show_page(window.clients)
    assert window.clients.select_where(lambda row: row.client.name == "Koffiebranderij Bonenkamp")
    row = window.clients.current()
    assert row.contact_count == 1
    with window.service.store.reading() as reader:
        kinds = [r.kind for r in reader.records(client_id=row.client.id)]
    assert kinds == [RecordKind.CLIENT_CREATED, RecordKind.CONTACT_SAVED]


def test_contact_without_email_or_phone_is_refused(window) -> None:
    dialog = window.new_client()
    contact_dialog = dialog.add_contact()
    contact_dialog.field("name").setText("Nobody")
    contact_dialog.accept()
    assert contact_dialog.isVisible()
    assert any("an email address or a phone number" in line for line in contact_dialog.problem_lines())
    assert dialog.contact_list.count() == 0


def test_wrong_iban_keeps_the_profile_dialog_open_and_the_profile_unchanged(window) -> None:
    with window.service.store.reading() as reader:
        before = reader.profile()
    dialog = window.edit_profile()
    dialog.field("iban").setText("NL91 ABNA 0417 1643 01")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem_lines() == ["IBAN: The check digits do not match: look for a typing error in the IBAN."]
    assert "border" in dialog.field("iban").styleSheet()
    with window.service.store.reading() as reader:
        assert reader.profile() == before


def test_invoice_dialog_names_every_problem_and_saves_nothing(window) -> None:
    before = _counts(window)
    dialog = window.new_invoice()
    existing = window.invoices_model.rows()[0].invoice.number
    dialog.field("number").setText(existing)
    dialog.field("issue_date").setDate(QDate(2026, 11, 20))
    dialog.field("due_date").setDate(QDate(2026, 11, 1))
    dialog.field("net").setText("-100,00")
    dialog.accept()
    assert dialog.isVisible()
    text = "\n".join(dialog.problem_lines())
    assert f"Invoice number: {existing} is already used in this file" in text
    assert "The due date cannot be before the invoice date." in text
    assert "The amount cannot be negative." in text
    assert _counts(window) == before


def test_unreadable_amount_gets_an_example(window) -> None:
    dialog = window.new_invoice()
    dialog.field("net").setText("twelve")
    dialog.accept()
    assert any("This is not an amount. Write it like 1,234.56." in line for line in dialog.problem_lines())


def test_new_invoice_computes_vat_and_is_registered_in_the_dossier(window, qtbot) -> None:
    dialog = window.new_invoice()
    number = dialog.field("number").text()
    assert number.startswith("2026-")
    dialog.field("net").setText("1,000.00")
    assert dialog.vat_edit.text() == "210.00"
    assert dialog.total_label.text() == "€1,210.00"
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.select_where(lambda row: row.invoice.number == number)
    row = window.invoices.current()
    assert row.invoice.total_cents == 121000
    with window.service.store.reading() as reader:
        (record,) = reader.records(invoice_id=row.invoice.id)
    assert record.kind == RecordKind.INVOICE_REGISTERED
    assert record.details["total_cents"] == 121000


def test_partial_then_full_payment(window, qtbot) -> None:
    window.show_page(window.invoices)
    assert window.invoices.select_where(lambda row: row.open_cents > 10000 and row.paid_cents == 0)
    row = window.invoices.current()
    dialog = window.record_payment()
    assert dialog.field("amount").text() == dialog.formatter.plain_amount(row.open_cents)
    dialog.field("amount").setText("100.00")
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.current().open_cents == row.open_cents - 10000
    dialog = window.record_payment()
    dialog.field("amount").setText(dialog.formatter.plain_amount(row.open_cents))  # more than is left
    dialog.accept()
    assert dialog.isVisible()
    assert any("more than the open amount" in line for line in dialog.problem_lines())
    dialog.field("amount").setText(dialog.formatter.plain_amount(row.open_cents - 10000))
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.current().open_cents == 0
    with window.service.store.reading() as reader:
        kinds = [r.kind for r in reader.records(invoice_id=row.invoice.id)]
    assert kinds.count(RecordKind.PAYMENT_RECORDED) == 2


def test_editing_a_client_records_what_changed(window, qtbot) -> None:
    window.show_page(window.clients)
    assert window.clients.select_where(lambda row: row.client.name == "Fietsenmaker Jansen")
    dialog = window.edit_client(window.clients.current())
    dialog.field("work_paused").setChecked(True)
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    row = window.clients.current()
    assert row.client.work_paused
    with window.service.store.reading() as reader:
        last = reader.records(client_id=row.client.id)[-1]
    assert last.summary == "Work for Fietsenmaker Jansen paused"
    assert last.details == {"changes": {"work_paused": [False, True]}}


def test_invoice_pdf_is_kept_in_the_dossier_with_its_hash(window, qtbot, tmp_path) -> None:
    import hashlib

    pdf = tmp_path / "factuur 2026-900.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    dialog = window.new_invoice()
    dialog.field("number").setText("2026-900")
    dialog.field("net").setText("80.00")
    dialog.attach_pdf(str(pdf))
    assert dialog.pdf_label.text() == "factuur 2026-900.pdf"
    with qtbot.waitSignal(window.data_shown):
        dialog.accept()
    assert window.invoices.select_where(lambda row: row.invoice.number == "2026-900")
    invoice_id = window.invoices.current().invoice.id
    with window.service.store.reading() as reader:
        (record,) = reader.records(invoice_id=invoice_id)
        stored = reader.invoice(invoice_id).pdf
    assert stored is not None and stored.data == pdf.read_bytes()
    assert record.documents[0].sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert window.workspace.verify().intact


def test_a_file_that_is_not_a_pdf_is_refused(window, tmp_path) -> None:
    fake = tmp_path / "invoice.pdf"
    fake.write_text("not really a pdf")
    before = _counts(window)
    dialog = window.new_invoice()
    dialog.field("net").setText("80.00")
    dialog.attach_pdf(str(fake))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem_lines() == ["Invoice PDF: invoice.pdf is not a PDF file; choose the invoice's PDF."]
    assert _counts(window) == before
