"""Booking a bank statement on a real file: sure matches become payments naming their line, once only."""

from __future__ import annotations

from datetime import date

import pytest
from storage_support import Business, table_counts

from debtordesk.core.bank_import import BankImportService, SourceFile
from debtordesk.core.bank_matching import Certainty
from debtordesk.core.dossier import RecordKind
from debtordesk.core.import_model import BankLine, BankStatement
from debtordesk.core.model import Payment
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError

ACCOUNT = "NL91ABNA0417164300"


def statement(*lines: BankLine) -> list[BankStatement]:
    return [BankStatement(ACCOUNT, "2026/11", "EUR", tuple(lines), date(2026, 11, 20))]


LINES = (
    BankLine(date(2026, 11, 20), 700_00, remittance="Factuur 2026-001", counterparty_name="Bakkerij Bos",
             position="statement 1, entry 1"),
    BankLine(date(2026, 11, 20), 605_00, counterparty_name="BROUWERIJ HOP", position="statement 1, entry 2"),
    BankLine(date(2026, 11, 20), -12_50, remittance="Bankkosten", position="statement 1, entry 3"),
    BankLine(date(2026, 11, 20), 99_00, remittance="onbekend", position="statement 1, entry 4"),
)
SOURCE = SourceFile("nov.xml", "0" * 64, "camt053")


def test_a_statement_is_reviewed_booked_and_never_booked_twice(service: DebtorService, business: Business,
                                                                data_path) -> None:  # type: ignore[no-untyped-def]
    bank = BankImportService(service)
    review = bank.review(statement(*LINES), SOURCE)
    # 2026-001 (700.00 open) is named in the text: sure. 2026-002's open 605.00 from a payer named like
    # Brouwerij Hop: a guess. The debit is not ours; 99.00 matches nothing.
    assert [m.invoice_ids for m in review.sure] == [(business.invoice,)]
    assert [(m.invoice_ids, m.certainty) for m in review.unsure] == [((business.other_invoice,), Certainty.UNSURE)]
    assert [u.line.amount_cents for u in review.unmatched] == [99_00] and review.debits == 1
    assert bank.book(review, [*review.sure, *review.unsure], [review.unmatched[0].line]) == 2

    with service.store.reading() as reader:
        paid = reader.payments(business.invoice)[-1]
        record = [r for r in reader.records(invoice_id=business.invoice) if r.kind == RecordKind.PAYMENT_RECORDED][-1]
        imported = [r for r in reader.records() if r.kind == RecordKind.FILE_IMPORTED]
    assert (paid.amount_cents, paid.paid_on, paid.reference) == (700_00, date(2026, 11, 20), "Factuur 2026-001")
    assert record.details["statement_line"] == "statement 1, entry 1" and record.details["source_file"] == "nov.xml"
    assert imported[-1].details == {"file": "nov.xml", "sha256": "0" * 64, "kind": "camt053", "payments": 2,
                                    "booked_cents": 1305_00, "ignored": 1, "already_imported": 0}

    before = table_counts(data_path)
    again = bank.review(statement(*LINES), SOURCE)
    assert (again.sure, again.unsure, again.unmatched) == ((), (), ())
    assert len(again.already) == 3 and again.debits == 1  # the debit was never dealt with: still not ours
    assert table_counts(data_path) == before


def test_a_booking_that_no_longer_fits_writes_nothing(service: DebtorService, business: Business,
                                                      data_path) -> None:  # type: ignore[no-untyped-def]
    bank = BankImportService(service)
    review = bank.review(statement(*LINES), SOURCE)
    service.record_payment(Payment(business.invoice, date(2026, 11, 21), 700_00))  # paid meanwhile by hand
    before = table_counts(data_path)
    with pytest.raises(ValidationError):
        bank.book(review, review.sure, [review.unmatched[0].line])
    assert table_counts(data_path) == before
    assert len(bank.review(statement(*LINES), SOURCE).already) == 0


def test_two_identical_lines_in_one_file_are_two_payments() -> None:
    from debtordesk.core.bank_import import fingerprints

    same = BankLine(date(2026, 11, 20), 50_00, remittance="termijn", position="statement 1, entry 1")
    twice = fingerprints(statement(same, same))
    assert twice[0].fingerprint != twice[1].fingerprint
    assert [e.fingerprint for e in fingerprints(statement(same, same))] == [e.fingerprint for e in twice]
