"""Importing invoices on a real file: clients matched or created, re-imports never duplicate, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from storage_support import Business, table_counts

from debtordesk.core.bank_import import SourceFile
from debtordesk.core.dossier import RecordKind
from debtordesk.core.import_model import AttachedPdf, DocumentType, ImportedInvoice, Party
from debtordesk.core.invoice_import import Action, ClientMatch, InvoiceImportService
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError

SOURCE = SourceFile("export.csv", "1" * 64, "table")


def invoice(number: str, buyer: Party, net: int = 1000_00, vat: int = 210_00, paid: int = 0, **fields) -> ImportedInvoice:  # type: ignore[no-untyped-def]
    return ImportedInvoice(number=number, issue_date=date(2026, 10, 1), due_date=date(2026, 10, 31),
                           currency="EUR", buyer=buyer, net_cents=net, vat_cents=vat, payable_cents=net + vat - paid,
                           paid_cents=paid, **fields)


BOS = Party("Bakkerij Bos")  # exists in the storage test business
HOP = Party("Hop & Co", vat_number="BE 0403.170.701")  # Brouwerij Hop's VAT number, another name
NEW = Party("Nieuwe Klant BV", street="Markt 1", postcode="3511 AA", city="Utrecht", country="NL",
            email="boekhouding@nieuw.example", contact_name="Eva")


def test_an_import_matches_clients_creates_new_ones_and_keeps_the_file_on_record(
        service: DebtorService, business: Business) -> None:
    imports = InvoiceImportService(service)
    pdf = AttachedPdf("2026-201.pdf", b"%PDF-1.4 test")
    plan = imports.plan([invoice("2026-200", BOS), invoice("2026-201", HOP, payment_reference="Payref1", pdf=pdf),
                         invoice("2026-202", NEW, paid=200_00), invoice("2026-203", NEW)], SOURCE)
    assert [(i.action, i.match) for i in plan.items] == [
        (Action.NEW, ClientMatch.NAME), (Action.NEW, ClientMatch.VAT), (Action.NEW, ClientMatch.NEW),
        (Action.NEW, ClientMatch.NEW)]
    assert plan.new_clients == 1
    outcome = imports.apply(plan)
    assert (outcome.created, outcome.updated, outcome.clients_created, outcome.payments) == (4, 0, 1, 1)
    with service.store.reading() as reader:
        rows = {r.invoice.number: r for r in reader.invoices()}
        hop = reader.invoice(rows["2026-201"].invoice.id or 0)
        record = [r for r in reader.records() if r.kind == RecordKind.FILE_IMPORTED][-1]
        new_client = rows["2026-202"].invoice.client_id
        contacts = reader.contacts(new_client)
    assert rows["2026-200"].invoice.client_id == business.nl_client
    assert hop.client_id == business.be_client and hop.payment_reference == "Payref1" and hop.pdf is not None
    assert rows["2026-203"].invoice.client_id == new_client  # one new client for both of its invoices
    assert [c.email for c in contacts] == ["boekhouding@nieuw.example"]
    assert rows["2026-202"].open_cents == 1010_00  # 1,210.00 less the 200.00 the file says is paid
    assert record.details["file"] == "export.csv" and record.details["sha256"] == "1" * 64


def test_importing_the_same_export_again_changes_nothing_and_a_later_one_updates(
        service: DebtorService, business: Business, data_path) -> None:  # type: ignore[no-untyped-def]
    imports = InvoiceImportService(service)
    first = [invoice("2026-300", NEW), invoice("2026-301", NEW)]
    imports.apply(imports.plan(first, SOURCE))
    before = table_counts(data_path)
    again = imports.plan(first, SOURCE)
    assert [i.action for i in again.items] == [Action.UNCHANGED, Action.UNCHANGED]
    assert imports.apply(again).created == 0
    after = table_counts(data_path)
    assert {k: after[k] - before[k] for k in after} == {**{k: 0 for k in after}, "dossier_record": 1}
    # A later export: 2026-300 paid in full in the books, 2026-301's amount corrected.
    later = imports.plan([invoice("2026-300", NEW, paid=1210_00), invoice("2026-301", NEW, net=900_00, vat=189_00)],
                         SOURCE)
    assert [(i.action, i.changes, i.payment_cents) for i in later.items] == [
        (Action.UPDATE, (), 1210_00), (Action.UPDATE, ("net_cents", "vat_cents"), 0)]
    assert imports.apply(later).updated == 2
    with service.store.reading() as reader:
        rows = {r.invoice.number: r for r in reader.invoices()}
    assert rows["2026-300"].open_cents == 0 and rows["2026-301"].invoice.total_cents == 1089_00


def test_a_credit_note_lowers_the_invoice_it_corrects(service: DebtorService, business: Business) -> None:
    imports = InvoiceImportService(service)
    imports.apply(imports.plan([invoice("2026-400", NEW)], SOURCE))
    credit = invoice("CN-1", NEW, net=100_00, vat=21_00, document_type=DocumentType.CREDIT_NOTE, corrects="2026-400")
    unknown = invoice("CN-2", NEW, net=1_00, vat=0, document_type=DocumentType.CREDIT_NOTE, corrects="1999-1")
    plan = imports.plan([credit, unknown], SOURCE)
    assert [(i.action, i.payment_cents, i.note) for i in plan.items] == [
        (Action.CREDIT, 121_00, ""), (Action.SKIPPED, 0, "credit_note_unmatched")]
    imports.apply(plan)
    with service.store.reading() as reader:
        row = next(r for r in reader.invoices() if r.invoice.number == "2026-400")
    assert row.open_cents == 1089_00


def test_one_bad_invoice_refuses_the_whole_file(service: DebtorService, business: Business,
                                                data_path) -> None:  # type: ignore[no-untyped-def]
    imports = InvoiceImportService(service)
    bad = invoice("2026-501", NEW, net=-5_00, vat=0)
    before = table_counts(data_path)
    with pytest.raises(ValidationError) as refused:
        imports.apply(imports.plan([invoice("2026-500", NEW), bad], SOURCE))
    assert refused.value.problems[0].field.startswith("2026-501.")
    assert table_counts(data_path) == before
