"""What revision 0006 keeps for imports: an invoice's own payment reference and the bank lines dealt with."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError
from storage_support import Business

from debtordesk.core.model import Invoice
from debtordesk.core.services import DebtorService


def test_an_invoices_payment_reference_survives_an_edit_that_does_not_name_it(
        service: DebtorService, business: Business) -> None:
    invoice_id = service.save_invoice(Invoice(business.nl_client, "2026-100", date(2026, 11, 1), date(2026, 12, 1),
                                              200_00, 42_00, payment_reference="Payref1"))
    with service.store.reading() as reader:
        invoice = reader.invoice(invoice_id)
        assert invoice.payment_reference == "Payref1"
        assert reader.payment_references() == {invoice_id: "Payref1"}
    service.save_invoice(dataclasses.replace(invoice, description="Website", payment_reference=""))
    with service.store.reading() as reader:
        assert reader.invoice(invoice_id).payment_reference == "Payref1"


def test_a_bank_line_is_seen_once_and_never_twice(service: DebtorService, business: Business) -> None:
    with service.store.transaction() as tx:
        tx.add_bank_line("a" * 64, "NL91ABNA0417164300", date(2026, 11, 20), 605_00, "booked", "f" * 64)
        tx.add_bank_line("b" * 64, "NL91ABNA0417164300", date(2026, 11, 20), -10_00, "ignored", "f" * 64)
    with service.store.reading() as reader:
        assert reader.bank_lines_seen(["a" * 64, "b" * 64, "c" * 64]) == {"a" * 64: "booked", "b" * 64: "ignored"}
    with pytest.raises(IntegrityError), service.store.transaction() as tx:
        tx.add_bank_line("a" * 64, "NL91ABNA0417164300", date(2026, 11, 20), 605_00, "booked", "e" * 64)
