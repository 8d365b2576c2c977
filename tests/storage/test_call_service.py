"""The guided call's use cases on a real data file: one transaction per call, promises watched."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from storage_support import NOW, Business, make_service, table_counts

from debtordesk.core.call import (
    Answer,
    AttemptKind,
    Cause,
    CallReport,
    DisputeTerms,
    Instalment,
    InvoiceAgreement,
    PromiseTerms,
)
from debtordesk.core.call_briefing import SwitchReason
from debtordesk.core.calls import CallService
from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier import RecordKind
from debtordesk.core.follow_up import next_step_of
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.ladder import Pause, Paused, Proposal, Why
from debtordesk.core.model import (
    Contact,
    ContactRole,
    Invoice,
    Payment,
    PromiseStatus,
    TaskKind,
)
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError
from debtordesk.storage.datafile import DataFile
from debtordesk.storage.verify import verify_file

TODAY = date(2026, 11, 23)
START = datetime(2026, 11, 23, 9, 40, tzinfo=UTC)
END = datetime(2026, 11, 23, 9, 47, 30, tzinfo=UTC)


@pytest.fixture
def calls(service: DebtorService) -> CallService:
    return CallService(FollowUpService(service))


def _report(client_id: int, invoice_ids: tuple[int, ...], **changes) -> CallReport:  # type: ignore[no-untyped-def]
    base = CallReport(client_id, None, START, END, invoice_ids, Cause.FORGOTTEN, follow_up_on=date(2026, 12, 2))
    return replace(base, **changes)


def _rows(service: DebtorService):  # type: ignore[no-untyped-def]
    with service.store.reading() as reader:
        return {row.invoice.id: row for row in reader.invoices()}, reader.follow_up(), reader.ladder_book()


def test_a_call_is_stored_whole_with_its_promises_task_and_ladder_step(
        service: DebtorService, business: Business, calls: CallService, data_file: DataFile) -> None:
    second = service.save_invoice(Invoice(business.be_client, "2026-003", date(2026, 9, 20), date(2026, 10, 20),
                                          1000_00, 210_00))
    contact = calls.briefing(business.be_client).to_call
    assert contact is not None and contact.name == "Lies Peeters"
    report = _report(business.be_client, (business.other_invoice, second), contact_id=contact.id,
                     received=Answer.YES, knows_open=Answer.NO, notes="Lag in het postvak van de boekhouder",
                     agreements=(InvoiceAgreement(business.other_invoice, PromiseTerms(605_00, date(2026, 11, 24), "Lies")),
                                 InvoiceAgreement(second, PromiseTerms(1210_00, date(2026, 11, 30), "Lies"))),
                     follow_up_on=date(2026, 12, 1), summary="U betaalt morgen …")
    saved = calls.record_call(report)
    assert len(saved.promise_ids) == 2 and saved.task_id is not None
    with service.store.reading() as reader:
        records = reader.records(invoice_id=second)
        promises = {p.id: p for p in reader.promises(business.be_client)}
        task = next(t for t in reader.tasks() if t.id == saved.task_id)
    call = next(r for r in records if r.kind == RecordKind.CALL)
    assert call.details["cause"] == "forgotten" and call.details["contact"] == "Lies Peeters"
    assert call.details["duration_seconds"] == 450 and call.details["knows_open"] == "no"
    assert call.details["agreement"] == {"promise": {"amount_cents": 1210_00, "on": "2026-11-30", "by": "Lies"}}
    assert call.details["summary"] == "U betaalt morgen …"
    assert [r.kind for r in records][-3:] == [RecordKind.CALL, RecordKind.PROMISE_MADE, RecordKind.STEP_DONE]
    assert sorted((p.promised_date, p.amount_cents, p.target_open_cents) for p in promises.values()
                  if p.id in saved.promise_ids) == [(date(2026, 11, 24), 605_00, 0), (date(2026, 11, 30), 1210_00, 0)]
    assert task.due_date == date(2026, 12, 1) and task.kind == TaskKind.CHECK_PAYMENT
    rows, facts, book = _rows(service)
    # The call was the ladder's phone-call step; the ladder now waits for the promises.
    assert "phone_call" in {e.key for e in facts[second].steps}
    paused = next_step_of(rows[second], facts, book, TODAY)
    assert isinstance(paused, Paused) and paused.reason == Pause.PROMISE and paused.until == date(2026, 11, 30)
    assert verify_file(data_file.engine).intact


def test_a_refused_call_writes_nothing(service: DebtorService, business: Business, calls: CallService,
                                      data_path) -> None:  # type: ignore[no-untyped-def]
    before = table_counts(data_path)
    bad = _report(business.be_client, (business.other_invoice,), new_contact=Contact(0, "Jan", email="not-an-email"),
                  agreements=(InvoiceAgreement(business.other_invoice, PromiseTerms(999_00, date(2026, 11, 30))),))
    with pytest.raises(ValidationError) as caught:
        calls.record_call(bad)
    codes = {(p.field, p.code) for p in caught.value.problems}
    assert (f"invoice:{business.other_invoice}.promise.amount", "call_promise_over_open") in codes
    assert ("new_contact.email", "email_invalid") in codes or any(f == "new_contact.email" for f, _ in codes)
    assert table_counts(data_path) == before


def test_a_dispute_on_part_of_an_invoice_keeps_the_rest_chased(service: DebtorService, business: Business,
                                                                calls: CallService) -> None:
    dispute = DisputeTerms("Tweede ontwerp niet gebruikt", "Nieuwe versie sturen", date(2026, 11, 27),
                           "Reageren op de nieuwe versie", date(2026, 12, 4), disputed_cents=200_00)
    report = _report(business.be_client, (business.other_invoice,), cause=Cause.DISPUTE,
                     agreements=(InvoiceAgreement(business.other_invoice, dispute=dispute),))
    calls.record_call(report)
    rows, facts, book = _rows(service)
    row = rows[business.other_invoice]
    assert row.state.partly_disputed and row.state.disputed_cents == 200_00
    assert row.open_cents == 605_00 and row.chased_cents == 405_00
    # The undisputed € 405 is chased: the ladder proposes its next step (the first not taken) rather than pausing.
    nxt = next_step_of(row, facts, book, TODAY)
    assert isinstance(nxt, Proposal) and nxt.step.key == "friendly_reminder"
    with service.store.reading() as reader:
        disputed = [r for r in reader.records(invoice_id=business.other_invoice) if r.kind == RecordKind.DISPUTED]
    assert disputed[-1].details["disputed_cents"] == 200_00 and disputed[-1].details["they_by"] == "2026-12-04"
    # A dispute of the whole invoice pauses it.
    whole = replace(dispute, disputed_cents=None)
    calls.record_call(_report(business.be_client, (business.other_invoice,), cause=Cause.DISPUTE,
                              agreements=(InvoiceAgreement(business.other_invoice, dispute=whole),)))
    rows, facts, book = _rows(service)
    paused = next_step_of(rows[business.other_invoice], facts, book, TODAY)
    assert isinstance(paused, Paused) and paused.reason == Pause.DISPUTE


def test_a_promise_for_the_undisputed_part_cannot_reach_into_the_disputed_part(business: Business,
                                                                                calls: CallService) -> None:
    dispute = DisputeTerms("Te veel uren", "Urenstaat sturen", None, "Nakijken", None, disputed_cents=200_00)
    too_much = _report(business.be_client, (business.other_invoice,), agreements=(InvoiceAgreement(
        business.other_invoice, PromiseTerms(500_00, date(2026, 11, 30)), dispute=dispute),))
    with pytest.raises(ValidationError) as caught:
        calls.record_call(too_much)
    assert caught.value.problems[0].code == "call_promise_over_open"
    assert caught.value.problems[0].params["open_cents"] == 405_00
    calls.record_call(replace(too_much, agreements=(InvoiceAgreement(
        business.other_invoice, PromiseTerms(405_00, date(2026, 11, 30)), dispute=dispute),)))


def test_a_payment_plan_must_add_up_and_is_watched_instalment_by_instalment(
        service: DebtorService, business: Business, calls: CallService, data_file: DataFile) -> None:
    plan = (Instalment(200_00, date(2026, 11, 30)), Instalment(200_00, date(2026, 12, 14)),
            Instalment(200_00, date(2026, 12, 28)))
    report = _report(business.be_client, (business.other_invoice,), cause=Cause.FINANCIAL_DIFFICULTY,
                     agreements=(InvoiceAgreement(business.other_invoice, plan=plan),))
    with pytest.raises(ValidationError) as caught:
        calls.record_call(report)
    problem = caught.value.problems[0]
    assert problem.code == "call_plan_sum" and problem.params == {"invoice": "2026-002", "planned_cents": 600_00,
                                                                  "open_cents": 605_00}
    plan = (*plan[:2], Instalment(205_00, date(2026, 12, 28)))
    saved = calls.record_call(replace(report, agreements=(InvoiceAgreement(business.other_invoice, plan=plan),)))
    rows, facts, book = _rows(service)
    paused = next_step_of(rows[business.other_invoice], facts, book, TODAY)
    assert isinstance(paused, Paused) and paused.reason == Pause.PAYMENT_PLAN and paused.until == date(2026, 12, 28)
    with service.store.reading() as reader:
        instalments = sorted((p for p in reader.promises(business.be_client) if p.plan_id == saved.plan_ids[0]),
                             key=lambda p: p.promised_date)
        plan_record = [r for r in reader.records(invoice_id=business.other_invoice)
                       if r.kind == RecordKind.PAYMENT_PLAN_AGREED][-1]
    assert [p.target_open_cents for p in instalments] == [405_00, 205_00, 0]
    assert len(plan_record.details["instalments"]) == 3
    # The first instalment paid on time is kept; the second only in part: broken the day after its date.
    on_time = CallService(FollowUpService(DebtorService(service.store, fixed_clock(datetime(2026, 11, 29, 10, tzinfo=UTC)))))
    on_time.debtors.record_payment(Payment(business.other_invoice, date(2026, 11, 29), 200_00))
    assert [(v.promise.promised_date, v.status) for v in on_time.watch_promises()] == [
        (date(2026, 11, 30), PromiseStatus.KEPT)]
    later = CallService(FollowUpService(DebtorService(service.store, fixed_clock(datetime(2026, 12, 14, 10, tzinfo=UTC)))))
    later.debtors.record_payment(Payment(business.other_invoice, date(2026, 12, 14), 150_00))
    # Its day is not over yet (only build_business's own promise of 1 December is judged, broken).
    assert [v.promise.plan_id for v in later.watch_promises()] == [None]
    after = CallService(FollowUpService(DebtorService(service.store, fixed_clock(datetime(2026, 12, 15, 10, tzinfo=UTC)))))
    found = after.watch_promises()
    assert [(v.promise.promised_date, v.status, v.short_cents) for v in found] == [
        (date(2026, 12, 14), PromiseStatus.BROKEN, 50_00)]
    rows, facts, book = _rows(service)
    moved = next_step_of(rows[business.other_invoice], facts, book, date(2026, 12, 15))
    # The missed instalment ends the plan's pause: the ladder moves on from the day it broke.
    assert isinstance(moved, Proposal) and moved.why == Why.BROKEN_PROMISE and moved.due_on == date(2026, 12, 15)
    assert after.watch_promises() == []  # judged once
    assert verify_file(data_file.engine).intact


def test_a_partial_payment_keeps_a_partial_promise_but_not_a_full_one(service: DebtorService, business: Business,
                                                                    calls: CallService) -> None:
    # build_business promised € 700 for 1 December on 2026-001 while € 710 was open (€ 1,210 less € 500 paid):
    # kept once no more than € 10 is open. € 10 and now € 300 came in: € 400 open, € 390 short.
    service.record_payment(Payment(business.invoice, date(2026, 11, 23), 300_00))
    assert calls.watch_promises() == []
    late = CallService(FollowUpService(DebtorService(service.store, fixed_clock(datetime(2026, 12, 2, 10, tzinfo=UTC)))))
    (verdict,) = late.watch_promises()
    assert verdict.status == PromiseStatus.BROKEN and verdict.short_cents == 390_00 and verdict.open_cents == 400_00
    with service.store.reading() as reader:
        record = reader.records(invoice_id=business.invoice)[-1]
    assert record.kind == RecordKind.PROMISE_RESOLVED and record.details["status"] == "broken"


def test_a_switched_contact_is_saved_to_the_client_and_suggested_next_time(
        service: DebtorService, business: Business, calls: CallService) -> None:
    brief = calls.briefing(business.be_client)
    lies = brief.to_call
    assert lies is not None and brief.switch is None
    new = Contact(0, "Koen De Smet", ContactRole.ACCOUNTS_PAYABLE, email="koen@hop.example", phone="+32 9 222 33 55")
    saved = calls.record_call(_report(business.be_client, (business.other_invoice,), contact_id=lies.id,
                                      new_contact=new, cause=Cause.ADMIN_ERROR))
    with service.store.reading() as reader:
        contacts = reader.contacts(business.be_client)
    assert any(c.id == saved.new_contact_id and c.name == "Koen De Smet" for c in contacts)
    # Koen handles payments now: the briefing rings him first.
    assert calls.briefing(business.be_client).to_call.name == "Koen De Smet"  # type: ignore[union-attr]


def test_failed_attempts_suggest_switching_contact(service: DebtorService, business: Business,
                                                   calls: CallService) -> None:
    service.save_contact(Contact(business.be_client, "Marc Hop", ContactRole.MANAGER, phone="+32 9 222 30 00"))
    lies = calls.briefing(business.be_client).to_call
    assert lies is not None and lies.role == ContactRole.ACCOUNTS_PAYABLE
    retry = datetime(2026, 11, 23, 13, 30)
    calls.log_attempt(business.be_client, lies.id, [business.other_invoice], AttemptKind.NO_ANSWER, retry)
    assert calls.briefing(business.be_client).switch is None
    calls.log_attempt(business.be_client, lies.id, [business.other_invoice], AttemptKind.VOICEMAIL, retry)
    switch = calls.briefing(business.be_client).switch
    assert switch is not None and switch.reason == SwitchReason.FAILED_ATTEMPTS and switch.count == 2
    assert switch.to is not None and switch.to.name == "Marc Hop"
    # A conversation with her resets the count.
    calls.record_call(_report(business.be_client, (business.other_invoice,), contact_id=lies.id))
    assert calls.briefing(business.be_client).switch is None


def test_a_no_answer_logs_the_attempt_and_plans_the_next_slot(service: DebtorService, business: Business,
                                                              calls: CallService, data_path) -> None:  # type: ignore[no-untyped-def]
    lies = calls.briefing(business.be_client).to_call
    assert lies is not None
    logged = calls.log_attempt(business.be_client, lies.id, [business.other_invoice], AttemptKind.NO_ANSWER,
                               datetime(2026, 11, 23, 13, 30), done_task_ids=[business.task])
    with service.store.reading() as reader:
        records = reader.records(invoice_id=business.other_invoice)
        tasks = reader.tasks()
        history = calls.briefing(business.be_client).history
    attempt = next(r for r in records if r.kind == RecordKind.CALL_ATTEMPT)
    assert attempt.details["attempt"] == "no_answer" and attempt.details["phone"] == "+32 9 222 33 44"
    assert attempt.details["retry_on"] == "2026-11-23" and attempt.details["retry_at"] == "13:30"
    assert logged.task.due_date == TODAY and logged.task.due_time == time(13, 30)
    assert [t.id for t in tasks] == [logged.task.id]  # the old call task is done, the new one waits
    assert next(t for t in tasks if t.id == logged.task.id).due_time == time(13, 30)
    assert history.attempts == 1 and history.calls == 0
    # No step of the ladder moved: an attempt is not a call.
    _rows_, facts, _book = _rows(service)
    assert business.other_invoice not in facts or "phone_call" not in {e.key for e in facts[business.other_invoice].steps}


def test_the_summary_email_goes_to_the_person_spoken_with(service: DebtorService, business: Business,
                                                          calls: CallService) -> None:
    new = service.save_contact(Contact(business.be_client, "Koen De Smet", ContactRole.PURCHASING,
                                       email="koen@hop.example", phone="+32 9 222 33 55"))
    report = _report(business.be_client, (business.other_invoice,), contact_id=new)
    calls.record_call(report)
    draft = calls.summary_draft(report, "U betaalt € 605,00 op 30 november 2026.")
    assert draft.message.to == ("koen@hop.example",)
    assert "U betaalt € 605,00 op 30 november 2026." in draft.message.body
    assert draft.step is None
