"""The follow-up use cases on a real data file: ladders, steps, emails sent, the Outbox."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from storage_support import Business, table_counts

from debtordesk.core.dossier import RecordKind
from debtordesk.core.follow_up import next_step_of
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.ladder import DEFAULT_LADDER, Channel, Ladder, LadderStep, PromiseEvent, Proposal, StepEvent, Why
from debtordesk.core.model import PromiseStatus
from debtordesk.core.outgoing import Attachment, MailSettings, OutgoingMessage, Security, SentMessage
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError
from debtordesk.storage.datafile import DataFile
from debtordesk.storage.verify import verify_file

TODAY = date(2026, 11, 23)
STEPS = {step.key: step for step in DEFAULT_LADDER.steps}
MESSAGE = OutgoingMessage("Studio Test", "studio@test.example", ("ingrid@bos.example",),
                          "Herinnering factuur 2026-001", "Beste Ingrid,\n\nKleine herinnering.",
                          cc=("boekhouding@bos.example",), bcc=("studio@test.example",),
                          attachments=(Attachment("2026-001.pdf", "application/pdf", b"%PDF-1.4 test"),))


@pytest.fixture
def follow_up(service: DebtorService) -> FollowUpService:
    return FollowUpService(service)


def _rows(service: DebtorService):  # type: ignore[no-untyped-def]
    with service.store.reading() as reader:
        return {row.invoice.id: row for row in reader.invoices()}, reader.follow_up(), reader.ladder_book()


def test_a_step_done_moves_the_ladder_and_is_in_the_dossier(service: DebtorService, business: Business,
                                                            follow_up: FollowUpService, data_file: DataFile) -> None:
    rows, facts, book = _rows(service)
    first = next_step_of(rows[business.other_invoice], facts, book, TODAY)
    assert isinstance(first, Proposal) and first.step.key == "friendly_reminder"
    follow_up.step_done(business.be_client, [business.other_invoice], STEPS["friendly_reminder"], "by phone too")
    rows, facts, book = _rows(service)
    assert facts[business.other_invoice].steps == (StepEvent("friendly_reminder", TODAY),)
    after = next_step_of(rows[business.other_invoice], facts, book, TODAY)
    # Brouwerij Hop is Belgian: five Belgian working days after Monday 23 November.
    assert isinstance(after, Proposal) and after.step.key == "phone_call" and after.due_on == date(2026, 11, 30)
    with service.store.reading() as reader:
        record = reader.records(invoice_id=business.other_invoice)[-1]
    assert record.kind == RecordKind.STEP_DONE
    assert record.details["step"] == "friendly_reminder" and record.details["note"] == "by phone too"
    assert verify_file(data_file.engine).intact


def test_skipping_needs_a_reason(service: DebtorService, business: Business, follow_up: FollowUpService,
                                 data_path) -> None:  # type: ignore[no-untyped-def]
    before = table_counts(data_path)
    with pytest.raises(ValidationError):
        follow_up.skip_step(business.be_client, [business.other_invoice], STEPS["friendly_reminder"], "  ")
    assert table_counts(data_path) == before
    follow_up.skip_step(business.be_client, [business.other_invoice], STEPS["friendly_reminder"], "Rang instead")
    _rows_, facts, _book = _rows(service)
    assert facts[business.other_invoice].steps == (StepEvent("friendly_reminder", TODAY, True, "Rang instead"),)


def test_the_stop_work_step_pauses_the_clients_work(service: DebtorService, business: Business,
                                                    follow_up: FollowUpService) -> None:
    follow_up.step_done(business.be_client, [business.other_invoice], STEPS["stop_work"])
    with service.store.reading() as reader:
        assert reader.client(business.be_client).work_paused
        kinds = [r.kind for r in reader.records(client_id=business.be_client) if r.invoice_id is None]
    assert kinds[-1] == RecordKind.CLIENT_CHANGED


def test_a_step_names_invoices_of_one_client_only(business: Business, follow_up: FollowUpService) -> None:
    with pytest.raises(ValueError):
        follow_up.step_done(business.nl_client, [business.invoice, business.other_invoice], STEPS["phone_call"])


def test_ladders_saved_per_business_and_per_client(service: DebtorService, business: Business,
                                                   follow_up: FollowUpService, data_path) -> None:  # type: ignore[no-untyped-def]
    short = Ladder((LadderStep("friendly_reminder", Channel.EMAIL, 3, working_days=True),
                    LadderStep("custom_1", Channel.CALL, 2, name="Bel de eigenaar")))
    follow_up.save_ladder(short)
    assert follow_up.ladder_book().default == short
    mine = Ladder(DEFAULT_LADDER.steps[:2])
    follow_up.save_ladder(mine, client_id=business.nl_client)
    book = follow_up.ladder_book()
    assert book.ladder_for(business.nl_client) == mine and book.ladder_for(business.be_client) == short
    assert book.countries[business.be_client] == "BE"
    follow_up.use_default_ladder(business.nl_client)
    assert follow_up.ladder_book().ladder_for(business.nl_client) == short
    before = table_counts(data_path)
    with pytest.raises(ValidationError) as refused:
        follow_up.save_ladder(Ladder(()))
    assert refused.value.problems[0].code == "no_steps"
    assert table_counts(data_path) == before and follow_up.ladder_book().default == short


def test_a_sent_email_is_kept_whole_in_every_invoice_it_concerns(service: DebtorService, business: Business,
                                                                  follow_up: FollowUpService,
                                                                  data_file: DataFile) -> None:
    eml = b"Message-ID: <1@test>\r\nSubject: x\r\n\r\nbody\r\n"
    sent = SentMessage("<1@test>", eml, ("ingrid@bos.example", "studio@test.example"),
                       datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    outbox_id = follow_up.keep_in_outbox(business.nl_client, [business.invoice], STEPS["friendly_reminder"], MESSAGE,
                                         "timeout", "no answer in 30 s")
    follow_up.email_sent(business.nl_client, [business.invoice], STEPS["friendly_reminder"], MESSAGE, sent,
                         outbox_id=outbox_id)
    assert follow_up.outbox() == []
    with service.store.reading() as reader:
        record = reader.records(invoice_id=business.invoice)[-1]
        assert reader.follow_up()[business.invoice].steps == (StepEvent("friendly_reminder", TODAY),)
    assert record.kind == RecordKind.EMAIL_SENT
    assert record.details["message_id"] == "<1@test>" and record.details["bcc"] == ["studio@test.example"]
    assert record.documents[0].media_type == "message/rfc822" and record.documents[0].size == len(eml)
    assert verify_file(data_file.engine).intact


def test_the_outbox_keeps_the_message_and_counts_attempts(service: DebtorService, business: Business,
                                                          follow_up: FollowUpService, data_path) -> None:  # type: ignore[no-untyped-def]
    records_before = table_counts(data_path)["dossier_record"]
    first = follow_up.keep_in_outbox(business.nl_client, [business.invoice], None, MESSAGE, "connection_refused")
    again = follow_up.keep_in_outbox(business.nl_client, [business.invoice], None,
                                     replace(MESSAGE, subject="Edited"), "login_refused", "535 no", outbox_id=first)
    assert again == first
    (entry,) = follow_up.outbox()
    assert entry.message == replace(MESSAGE, subject="Edited") and entry.attempts == 2
    assert (entry.failure, entry.detail, entry.invoice_ids) == ("login_refused", "535 no", (business.invoice,))
    assert table_counts(data_path)["dossier_record"] == records_before  # nothing recorded as sent
    follow_up.discard_from_outbox(first)
    assert follow_up.outbox() == []


def test_a_broken_promise_keeps_the_day_it_was_marked(service: DebtorService, business: Business) -> None:
    with service.store.reading() as reader:
        (promise,) = [p for p in reader.promises() if p.id == business.promise]
    service.resolve_promise(promise, PromiseStatus.BROKEN)
    rows, facts, book = _rows(service)
    assert facts[business.invoice].promises == (PromiseEvent(date(2026, 12, 1), PromiseStatus.BROKEN, TODAY),)
    result = next_step_of(rows[business.invoice], facts, book, TODAY)
    assert result == Proposal(0, DEFAULT_LADDER.steps[0], TODAY, Why.BROKEN_PROMISE)


def test_mail_settings_are_checked_and_kept(follow_up: FollowUpService) -> None:
    assert follow_up.mail_settings() == MailSettings()
    with pytest.raises(ValidationError) as refused:
        follow_up.save_mail_settings(MailSettings("smtp example", 0, Security.SSL, "", "A\nB", "nope"))
    assert {p.code for p in refused.value.problems} == {"host_invalid", "port_range", "email_invalid",
                                                        "name_characters"}
    good = MailSettings("smtp.example.com", 465, Security.SSL, "anna", "Anna", "anna@example.com", True)
    follow_up.save_mail_settings(good)
    assert follow_up.mail_settings() == good


def test_templates_edited_checked_and_restored(follow_up: FollowUpService, business: Business, data_path) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.core.model import Language
    from debtordesk.core.template_texts import TemplateKind, default_template
    from debtordesk.core.templates import MessageTemplate

    default = default_template("friendly_reminder", TemplateKind.EMAIL, Language.NL)
    assert follow_up.template("friendly_reminder", TemplateKind.EMAIL, Language.NL) == default
    before = table_counts(data_path)
    with pytest.raises(ValidationError) as refused:
        follow_up.save_template("friendly_reminder", TemplateKind.EMAIL, Language.NL,
                                MessageTemplate("Factuur {invoice_numbers}", "Beste {clinet},"))
    (problem,) = refused.value.problems
    assert (problem.code, problem.params["suggestion"], problem.params["line"]) == (
        "template_unknown_placeholder", "client", 1)
    assert table_counts(data_path) == before
    mine = MessageTemplate("Factuur {invoice_numbers}", "Hoi {contact},\n\n{open_amount} staat nog open.\n\n{sender}")
    follow_up.save_template("friendly_reminder", TemplateKind.EMAIL, Language.NL, mine)
    assert follow_up.template("friendly_reminder", TemplateKind.EMAIL, Language.NL) == mine
    assert follow_up.template_is_edited("friendly_reminder", TemplateKind.EMAIL, Language.NL)
    draft = follow_up.draft(business.nl_client, [business.invoice], STEPS["friendly_reminder"])
    assert draft.message.subject == "Factuur 2026-001"
    assert draft.message.body.startswith("Hoi Ingrid Bos,\n\n€\xa0700,00 staat nog open.")
    assert draft.message.to == ("ingrid@bos.example",)
    assert [a.filename for a in draft.message.attachments] == ["2026-001.pdf"]
    follow_up.restore_template("friendly_reminder", TemplateKind.EMAIL, Language.NL)
    assert follow_up.template("friendly_reminder", TemplateKind.EMAIL, Language.NL) == default


def test_the_last_reminder_goes_to_the_general_address_with_the_contact_in_cc(
        service: DebtorService, follow_up: FollowUpService, business: Business) -> None:
    from debtordesk.core.model import Contact, ContactRole

    draft = follow_up.draft(business.nl_client, [business.invoice], STEPS["last_reminder"])
    assert draft.message.to == ("ingrid@bos.example",) and draft.notes == ("no_general_address",)
    service.save_contact(Contact(business.nl_client, "Algemeen", ContactRole.GENERAL_INBOX, email="info@bos.example"))
    draft = follow_up.draft(business.nl_client, [business.invoice], STEPS["last_reminder"])
    assert (draft.message.to, draft.message.cc, draft.notes) == (("info@bos.example",), ("ingrid@bos.example",), ())
    assert "Laatste herinnering" in draft.message.subject


def test_the_ladder_records_are_read_through_their_own_index(data_file: DataFile) -> None:
    import sqlite3

    from debtordesk.core.dossier import LADDER_KINDS
    from debtordesk.storage.plain_reads import LADDER_KINDS_SQL

    assert LADDER_KINDS_SQL == "kind IN (" + ", ".join(f"'{k.value}'" for k in LADDER_KINDS) + ")"
    connection = sqlite3.connect(data_file.path)
    try:
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT invoice_id FROM dossier_record INDEXED BY ix_dossier_record_ladder"
            f" WHERE {LADDER_KINDS_SQL} AND invoice_id IS NOT NULL ORDER BY id").fetchall()
    finally:
        connection.close()
    assert "ix_dossier_record_ladder" in repr(plan)
