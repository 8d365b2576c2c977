"""Letters on a real data file: drafted with what the law allows, recorded posted whole or not at all."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from storage_support import Business, table_counts

from debtordesk.core.dossier import RecordKind
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.ladder import DEFAULT_LADDER
from debtordesk.core.letter_service import LetterService, Posting
from debtordesk.core.letters import LetterKind
from debtordesk.core.model import Client, ClientKind, Contact, Country, Invoice, Language, TaskKind
from debtordesk.core.rates import load_rate_book
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError
from debtordesk.documents.letter_pdf import render_letters
from debtordesk.storage.datafile import DataFile
from debtordesk.storage.verify import verify_file

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def letters(service: DebtorService) -> LetterService:
    return LetterService(FollowUpService(service), load_rate_book(), render_letters)


def test_a_notice_of_default_to_a_dutch_business_claims_interest_and_forty_euros(
        letters: LetterService, business: Business) -> None:
    # 2026-001: € 1,210.00 due 1-10-2026; paid 500.00 on 5-10 and 10.00 on 1-11; 700.00 open.
    draft = letters.draft(business.nl_client, [business.invoice], LetterKind.NOTICE_OF_DEFAULT)
    interest, costs = draft.claims.parts
    # Interest from the first day of default (2-10) to the letter's date (23-11) at 10.15 % (nl_commercial
    # from 1-7-2025), each payment lowering the base from the day after it:
    #   2-10..5-10   4 days: 1,210.00 × 10.15 % × 4/365  = 1.3459 -> 1.35
    #   6-10..1-11  27 days:   710.00 × 10.15 % × 27/365 = 5.3309 -> 5.33
    #   2-11..23-11 22 days:   700.00 × 10.15 % × 22/365 = 4.2825 -> 4.28   together 10.96
    assert interest.amount_cents == 10_96 and interest.due
    assert costs.amount_cents == 40_00  # art. 6:96 lid 4 BW: € 40 for the one invoice
    assert draft.open_cents == 700_00 and draft.claimed_cents == 50_96
    assert draft.registered and draft.country == Country.NL
    # Posted today (Monday 23-11): received the second day after, Sundays and Mondays not counted
    # = Wednesday 25-11; the 14 days run 26-11..9-12.
    assert draft.claims.final_date == date(2026, 12, 9)
    assert draft.pdf.startswith(b"%PDF")


def test_an_invoice_not_yet_due_is_listed_but_not_charged_for(letters: LetterService, service: DebtorService,
                                                            business: Business) -> None:
    later = service.save_invoice(Invoice(business.nl_client, "2026-009", date(2026, 11, 10), date(2026, 12, 10),
                                         100_00, 21_00))
    draft = letters.draft(business.nl_client, [business.invoice, later], LetterKind.NOTICE_OF_DEFAULT)
    assert draft.invoice_numbers == ("2026-001", "2026-009") and draft.open_cents == 700_00 + 121_00
    # Interest only on 2026-001 (10.96, as above) and € 40 for that one invoice, not for 2026-009.
    assert [p.amount_cents for p in draft.claims.parts] == [10_96, 40_00]


def test_terms_with_the_wik_scale_claim_it_from_a_dutch_business_when_it_is_more(
        letters: LetterService, service: DebtorService, business: Business) -> None:
    big = service.save_invoice(Invoice(business.nl_client, "2026-010", date(2026, 9, 1), date(2026, 10, 1),
                                       2000_00, 420_00))
    assert letters.draft(business.nl_client, [big], LetterKind.NOTICE_OF_DEFAULT).claims.parts[-1].amount_cents == 40_00
    letters.set_wik_terms(True)
    assert letters.wik_terms()
    # 2,420.00 open: 2,420 × 15 % = 363.00 (all in the first slice), more than the € 40.
    assert letters.draft(business.nl_client, [big], LetterKind.NOTICE_OF_DEFAULT).claims.parts[-1].amount_cents == 363_00
    with service.store.reading() as reader:
        saved = [r for r in reader.records() if r.details.get("wik_terms") is True]
    assert saved and saved[-1].summary == "Terms: collection costs follow the statutory scale (WIK)"


def test_posting_keeps_the_exact_pdf_the_tracking_number_and_the_term_in_one_transaction(
        letters: LetterService, service: DebtorService, business: Business, data_file: DataFile) -> None:
    draft = letters.draft(business.nl_client, [business.invoice], LetterKind.NOTICE_OF_DEFAULT)
    records = letters.record_posted(draft, Posting(TODAY, registered=True, carrier="PostNL",
                                                   tracking="3s abcd 1234567"))
    assert [r.kind for r in records] == [RecordKind.LETTER_SENT]
    record = records[0]
    assert record.details["tracking"] == "3SABCD1234567" and record.details["carrier"] == "PostNL"
    assert record.details["presumed_receipt"] == "2026-11-25" and record.details["term_end"] == "2026-12-09"
    assert record.details["claimed_cents"] == 50_96 and record.details["letter_kind"] == "notice_of_default"
    assert record.documents[0].sha256 == hashlib.sha256(draft.pdf).hexdigest()
    with service.store.reading() as reader:
        assert reader.document_bytes(record.id or 0, 0) == draft.pdf
        task = next(t for t in reader.tasks() if t.kind == TaskKind.CHECK_PAYMENT)
    assert task.due_date == date(2026, 12, 10) and task.invoice_id == business.invoice
    assert verify_file(data_file.engine).intact


@pytest.mark.parametrize(("posting", "field", "code"), [
    (Posting(TODAY, registered=True, carrier="PostNL", tracking=""), "tracking", "required"),
    (Posting(TODAY, registered=True, carrier="PostNL", tracking="3S<script>"), "tracking", "tracking_invalid"),
    (Posting(date(2026, 11, 24), registered=False), "sent_on", "sent_in_future"),
    (Posting(date(2026, 11, 20), registered=False), "sent_on", "sent_before_letter_date"),
])
def test_a_posting_that_cannot_be_right_is_refused_and_nothing_is_written(
        letters: LetterService, business: Business, data_path, posting: Posting, field: str, code: str) -> None:  # type: ignore[no-untyped-def]
    draft = letters.draft(business.nl_client, [business.invoice], LetterKind.NOTICE_OF_DEFAULT)
    before = table_counts(data_path)
    with pytest.raises(ValidationError) as refused:
        letters.record_posted(draft, posting)
    assert [(p.field, p.code) for p in refused.value.problems] == [(field, code)]
    assert table_counts(data_path) == before


def test_a_batch_with_one_bad_posting_writes_none_of_them(letters: LetterService, business: Business,
                                                         data_path) -> None:  # type: ignore[no-untyped-def]
    first = letters.draft(business.nl_client, [business.invoice], LetterKind.PAYMENT_REMINDER)
    second = letters.draft(business.be_client, [business.other_invoice], LetterKind.NOTICE_OF_DEFAULT)
    before = table_counts(data_path)
    with pytest.raises(ValidationError) as refused:
        letters.record_all_posted([(first, Posting(TODAY, registered=False)),
                                   (second, Posting(TODAY, registered=True, carrier="bpost", tracking=""))])
    assert [(p.field, p.code) for p in refused.value.problems] == [("1.tracking", "required")]
    assert table_counts(data_path) == before
    records = letters.record_all_posted([(first, Posting(TODAY, registered=False)),
                                         (second, Posting(TODAY, registered=True, carrier="bpost",
                                                          tracking="CD123456789BE"))])
    assert [r.details["registered"] for r in records] == [False, True]


def test_a_letter_for_a_ladder_step_moves_the_ladder_on(letters: LetterService, service: DebtorService,
                                                         business: Business) -> None:
    step = next(s for s in DEFAULT_LADDER.steps if s.key == "notice_of_default")
    draft = letters.draft(business.be_client, [business.other_invoice], letters.kind_for_step(business.be_client, step),
                          step=step)
    assert draft.kind == LetterKind.NOTICE_OF_DEFAULT  # a Belgian company: no consumer letter
    letters.record_posted(draft, Posting(TODAY, registered=True, carrier="bpost", tracking="CD123456789BE"))
    with service.store.reading() as reader:
        kinds = [r.kind for r in reader.records(invoice_id=business.other_invoice)]
        facts = reader.follow_up([business.other_invoice])[business.other_invoice]
    assert RecordKind.LETTER_SENT in kinds and RecordKind.STEP_DONE in kinds
    assert [(e.key, e.on) for e in facts.steps] == [("notice_of_default", TODAY)]


def _consumer(service: DebtorService, country: Country, number: str) -> tuple[int, int]:
    postcode, city = ("3705 GK", "Zeist") if country == Country.NL else ("3000", "Leuven")
    client = service.save_client(Client(name="Sanne de Vries", kind=ClientKind.CONSUMER, street="Lindenlaan 14",
                                        postcode=postcode, city=city, country=country, language=Language.NL),
                                 [Contact(0, "Sanne de Vries", phone="+31 6 98 76 54 32")])
    invoice = service.save_invoice(Invoice(client, number, date(2026, 8, 1), date(2026, 8, 15), 3200_00, 0))
    return client, invoice


def test_a_dutch_consumer_gets_the_fourteen_day_letter_and_owes_costs_only_after_its_term(
        letters: LetterService, service: DebtorService, business: Business) -> None:
    client, invoice = _consumer(service, Country.NL, "2026-050")
    step = next(s for s in DEFAULT_LADDER.steps if s.key == "notice_of_default")
    assert letters.kind_for_step(client, step) == LetterKind.FOURTEEN_DAY_LETTER
    before = letters.draft(client, [invoice], LetterKind.NOTICE_OF_DEFAULT)
    assert "costs_need_fourteen_day_letter" in before.claims.withheld
    assert all("incassokosten" not in p.label.lower() for p in before.claims.parts)
    fourteen = letters.draft(client, [invoice], LetterKind.FOURTEEN_DAY_LETTER)
    costs = [p for p in fourteen.claims.parts if not p.due]
    # The exact costs are announced, not claimed: 2,500 × 15 % = 375; 700 × 10 % = 70; 445.00.
    assert [p.amount_cents for p in costs] == [445_00]
    letters.record_posted(fourteen, Posting(TODAY, registered=False))
    # The term ends 9-12 (received 25-11); on 10-12 the costs are due in the next letter.
    service.clock = type(service.clock)(lambda: service.clock.now().replace(day=10, month=12))
    after = letters.draft(client, [invoice], LetterKind.HAND_OVER, letter_date=date(2026, 12, 10))
    assert [p.amount_cents for p in after.claims.parts if p.due and "incasso" in p.label.lower()] == [445_00]
    assert "costs_need_fourteen_day_letter" not in after.claims.withheld


def test_a_belgian_consumer_gets_a_free_first_reminder_first(letters: LetterService, service: DebtorService,
                                                              business: Business) -> None:
    client, invoice = _consumer(service, Country.BE, "2026-051")
    assert letters.kinds(client)[0] == LetterKind.FIRST_REMINDER
    first = letters.draft(client, [invoice], LetterKind.FIRST_REMINDER)
    # Nothing due now; the damage clause is announced: 65 + 5 % × (3,200 − 500) = 65 + 135 = 200.00.
    assert first.claimed_cents == 0
    assert [(p.amount_cents, p.due) for p in first.claims.parts] == [(200_00, False)]
    notice = letters.draft(client, [invoice], LetterKind.NOTICE_OF_DEFAULT)
    assert notice.claimed_cents == 0 and "costs_need_first_reminder" in notice.claims.withheld
