"""Hold, dispute, write-off and hand-over: each stored with its dossier record, or refused whole."""

from __future__ import annotations

from datetime import date

import pytest
from storage_support import Business, table_counts

from debtordesk.core.dossier import RecordKind
from debtordesk.core.invoice_status import InvoiceStatusService
from debtordesk.core.model import HoldKind, Payment
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError
from debtordesk.storage.datafile import DataFile
from debtordesk.storage.verify import verify_file


def _row(service: DebtorService, invoice_id: int):  # type: ignore[no-untyped-def]
    with service.store.reading() as reader:
        return next(r for r in reader.invoices() if r.invoice.id == invoice_id)


def _last_record(service: DebtorService, invoice_id: int):  # type: ignore[no-untyped-def]
    with service.store.reading() as reader:
        return reader.records(invoice_id=invoice_id)[-1]


def test_dispute_then_release(service: DebtorService, business: Business, data_file: DataFile) -> None:
    status = InvoiceStatusService(service)
    status.put_on_hold(business.other_invoice, HoldKind.DISPUTE, "Second photo shoot not as agreed", date(2026, 12, 15))
    row = _row(service, business.other_invoice)
    assert row.state.hold_kind == HoldKind.DISPUTE and row.state.hold_until == date(2026, 12, 15)
    assert row.state.hold_since == date(2026, 11, 23)
    record = _last_record(service, business.other_invoice)
    assert record.kind == RecordKind.DISPUTED
    assert record.details == {"reason": "Second photo shoot not as agreed", "until": "2026-12-15",
                              "open_cents": 605_00}
    with pytest.raises(ValidationError) as refused:
        status.put_on_hold(business.other_invoice, HoldKind.HOLD, "again")
    assert refused.value.problems[0].code == "already_on_hold"
    status.release_hold(business.other_invoice, "Agreed: 10% discount by credit note")
    assert not _row(service, business.other_invoice).state.on_hold
    assert _last_record(service, business.other_invoice).kind == RecordKind.HOLD_RELEASED
    assert verify_file(data_file.engine).intact


def test_write_off_leaves_the_open_totals(service: DebtorService, business: Business) -> None:
    status = InvoiceStatusService(service)
    status.write_off(business.other_invoice, "Client went bankrupt; claim filed with the trustee")
    row = _row(service, business.other_invoice)
    assert row.state.written_off and row.open_cents == 0
    with service.store.reading() as reader:
        client = next(c for c in reader.clients(date(2026, 11, 23)) if c.client.id == business.be_client)
    assert client.open_cents == 0
    # Money can still come in afterwards (a trustee's dividend): it is recorded, the write-off stays.
    service.record_payment(Payment(business.other_invoice, date(2026, 11, 20), 100_00))
    row = _row(service, business.other_invoice)
    assert row.state.written_off and row.paid_cents == 100_00 and row.open_cents == 0


def test_hand_over(service: DebtorService, business: Business) -> None:
    InvoiceStatusService(service).hand_over(business.other_invoice, "Incassobureau Noord")
    row = _row(service, business.other_invoice)
    assert row.state.handed_over_to == "Incassobureau Noord" and row.state.handed_over_on == date(2026, 11, 23)
    assert _last_record(service, business.other_invoice).summary == "Invoice 2026-002 handed over to Incassobureau Noord"


@pytest.mark.parametrize("action", ["hold", "write_off", "hand_over"])
def test_a_paid_invoice_cannot_be_taken_out_of_follow_up(service: DebtorService, business: Business,
                                                           data_file: DataFile, action: str) -> None:
    service.record_payment(Payment(business.other_invoice, date(2026, 11, 20), 605_00))
    before = table_counts(data_file.path)
    status = InvoiceStatusService(service)
    with pytest.raises(ValidationError) as refused:
        {"hold": lambda: status.put_on_hold(business.other_invoice, HoldKind.HOLD, "why"),
         "write_off": lambda: status.write_off(business.other_invoice, "why"),
         "hand_over": lambda: status.hand_over(business.other_invoice, "agency")}[action]()
    assert refused.value.problems[0].code == "invoice_paid"
    assert table_counts(data_file.path) == before


def test_reasons_are_required_and_nothing_is_written(service: DebtorService, business: Business,
                                                      data_file: DataFile) -> None:
    before = table_counts(data_file.path)
    status = InvoiceStatusService(service)
    for call in (lambda: status.put_on_hold(business.other_invoice, HoldKind.DISPUTE, "  "),
                 lambda: status.write_off(business.other_invoice, ""),
                 lambda: status.hand_over(business.other_invoice, ""),
                 lambda: status.release_hold(business.other_invoice, "")):
        with pytest.raises(ValidationError):
            call()
    with pytest.raises(ValidationError) as refused:
        status.release_hold(business.other_invoice, "nothing to release")
    assert refused.value.problems[0].code == "not_on_hold"
    with pytest.raises(ValidationError) as refused:
        status.put_on_hold(business.other_invoice, HoldKind.HOLD, "why", date(2026, 11, 1))
    assert refused.value.problems[0].code == "date_in_past"
    assert table_counts(data_file.path) == before


def test_figure_facts_match_what_was_stored(service: DebtorService, business: Business) -> None:
    from debtordesk.core.figures import compute_figures

    InvoiceStatusService(service).hand_over(business.other_invoice, "Incassobureau Noord")
    with service.store.reading() as reader:
        invoices, promises = reader.figure_facts()
        rows = reader.invoices()
    by_id = {facts.invoice_id: facts for facts in invoices}
    assert {r.invoice.id: r.open_cents for r in rows} == {i: f.open_cents for i, f in by_id.items()}
    first = by_id[business.invoice]
    assert [p.amount_cents for p in first.payments] == [500_00, 10_00]
    assert by_id[business.other_invoice].handed_over
    assert [(p.amount_cents, p.status) for p in promises] == [(700_00, "open")]
    figures = compute_figures(invoices, promises, date(2026, 11, 23))
    # 1,210.00 - 510.00 paid = 700.00 open, 53 days overdue; 2026-002 (605.00) is handed over.
    assert (figures.open_cents, figures.overdue_cents, figures.handed_over_cents) == (700_00, 700_00, 605_00)
