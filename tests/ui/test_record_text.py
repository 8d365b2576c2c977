"""Dossier records described in the UI's language, from their sealed details."""

from __future__ import annotations

from datetime import UTC, datetime

from debtordesk.core.dossier import DossierRecord, RecordKind
from debtordesk.core.formatting import Formatter
from debtordesk.ui import record_text


def _record(kind: RecordKind, details: dict, summary: str = "as sealed") -> DossierRecord:  # type: ignore[type-arg]
    return DossierRecord(1, "invoice:1", 1, datetime(2026, 11, 23, 9, tzinfo=UTC), kind, summary, 1, 1, details,
                         (), "0" * 64, "f" * 64)


F = Formatter("en")


def test_a_partial_payment_in_words_with_local_amounts_and_dates() -> None:
    record = _record(RecordKind.PAYMENT_RECORDED, {
        "payment_id": 3, "paid_on": "2026-11-20", "amount_cents": 25000, "method": "bank_transfer",
        "reference": "", "open_before_cents": 40000, "open_after_cents": 15000})
    assert record_text.describe(record, F) == "€250.00 paid on 20 Nov 2026 (Bank transfer); €150.00 still open"


def test_a_full_payment_says_so() -> None:
    record = _record(RecordKind.PAYMENT_RECORDED, {
        "paid_on": "2026-11-20", "amount_cents": 15000, "method": "cash", "open_after_cents": 0})
    assert record_text.describe(record, F).endswith("the invoice is paid in full")


def test_changed_fields_by_their_names() -> None:
    record = _record(RecordKind.INVOICE_CHANGED, {"changes": {"due_date": ["a", "b"], "net_cents": [1, 2]}})
    assert record_text.describe(record, F) == "Changed: due date, amount excl. VAT"


def test_reasons_and_dates_of_a_dispute() -> None:
    record = _record(RecordKind.DISPUTED, {"reason": "Hours not agreed", "until": "2026-12-07", "open_cents": 5})
    assert record_text.describe(record, F) == "Hours not agreed (look again on 7 Dec 2026)"


def test_a_note_and_unknown_or_malformed_records_show_their_sealed_words() -> None:
    assert record_text.describe(_record(RecordKind.NOTE, {}, "Called, no answer"), F) == "Called, no answer"
    assert record_text.describe(_record(RecordKind.PAYMENT_RECORDED, {"amount_cents": "x"}, "old form"), F) == "old form"
    assert record_text.describe(_record("from_a_later_version", {}, "future"), F) == "future"  # type: ignore[arg-type]


def test_contacts_and_the_profile_in_words() -> None:
    added = _record(RecordKind.CONTACT_SAVED, {"contact_id": 4, "created": True},
                    "Contact saved: Ingrid Bos (accounts_payable)")
    assert record_text.describe(added, F) == "Ingrid Bos added (Accounts payable)"
    changed = _record(RecordKind.CONTACT_SAVED, {"contact_id": 4, "changes": {"phone": ["1", "2"]}},
                      "Contact saved: Ingrid Bos (accounts_payable)")
    assert record_text.describe(changed, F) == "Ingrid Bos: Changed: phone"
    assert record_text.describe(_record(RecordKind.PROFILE_SAVED, {"created": True}), F) == "Business profile filled in"


def test_every_kind_has_a_name() -> None:
    named = {kind for kind, _name in record_text.kinds()}
    assert named == set(RecordKind)
    assert record_text.kind_name("from_a_later_version") == "from_a_later_version"


def test_a_sent_email_in_words() -> None:
    sent = _record(RecordKind.EMAIL_SENT, {"subject": "Herinnering 2026-001", "to": ["info@bos.example"],
                                           "cc": ["ingrid@bos.example"], "refused": [], "via": "smtp"})
    assert record_text.describe(sent, F) == "“Herinnering 2026-001” sent to info@bos.example (CC ingrid@bos.example)"
    by_hand = _record(RecordKind.EMAIL_SENT, {"subject": "Herinnering", "to": ["a@b.example"], "cc": [],
                                              "refused": ["a@b.example"], "via": "mail_program"})
    assert record_text.describe(by_hand, F) == ("“Herinnering” to a@b.example, sent from the mail program; "
                                                "refused by the server: a@b.example")
    assert record_text.kind_name(RecordKind.EMAIL_SENT) == "Email sent"
