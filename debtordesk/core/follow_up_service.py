"""The use cases of the follow-up: ladders, steps done or skipped, emails sent or kept in the Outbox.

Like ``services.DebtorService`` (whose store, clock and listeners it shares),
each use case writes its change and its dossier records in one transaction.
Sending itself happens outside: the UI hands the message to a ``Mailer`` on a
worker thread, then tells this service what came of it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from debtordesk.core import validation as v
from debtordesk.core.dossier import Document, RecordDraft, RecordKind
from debtordesk.core.follow_up import LADDER_KEY, LadderBook, client_ladder_key
from debtordesk.core.ladder import Ladder, LadderStep, ladder_problems, ladder_to_json
from debtordesk.core.outgoing import MailSettings, OutboxEntry, OutgoingMessage, Security, SentMessage
from debtordesk.core.drafting import Draft, draft_message
from debtordesk.core.model import Language, PromiseStatus
from debtordesk.core.ports import Transaction
from debtordesk.core.template_texts import TemplateKind, available, default_template
from debtordesk.core.templates import MessageTemplate, TemplateFileError, format_template_file, parse_template_file
from debtordesk.core.templates import problems as template_problems
from debtordesk.core.services import DebtorService, Topic

MAIL_SETTINGS_KEY = "mail.smtp"


#: ``templates.TemplateProblem`` codes as problem codes (ui/problem_text.py words them).
TEMPLATE_PROBLEMS = {
    "unknown_placeholder": "template_unknown_placeholder",
    "unclosed_brace": "template_unclosed_brace",
    "stray_brace": "template_stray_brace",
    "empty_placeholder": "template_empty_placeholder",
}


def template_setting_key(key: str, kind: TemplateKind, language: Language) -> str:
    return f"template.{key}.{kind.value}.{language.value}"


class FollowUpService:
    """Attributes:
        debtors: the service whose store, clock, dossier writer and listeners this one uses.
    """

    def __init__(self, debtors: DebtorService) -> None:
        self.debtors = debtors

    # -- ladders -------------------------------------------------------------------
    def ladder_book(self) -> LadderBook:
        with self.debtors.store.reading() as reader:
            return reader.ladder_book()

    def save_ladder(self, ladder: Ladder, client_id: int | None = None) -> None:
        """The business's ladder, or (with ``client_id``) that client's own."""
        problems = ladder_problems(ladder)
        if problems:
            raise v.ValidationError([v.Problem("ladder", p.code, {"step": p.step, **p.args}) for p in problems])
        key = LADDER_KEY if client_id is None else client_ladder_key(client_id)
        with self.debtors.store.transaction() as tx:
            if client_id is not None:
                tx.client(client_id)
            tx.set_setting(key, ladder_to_json(ladder))
            self._record(tx, RecordDraft(
                RecordKind.LADDER_SAVED,
                "Follow-up ladder saved" + ("" if client_id is None else " for this client") + ": "
                + ", ".join(step.name or step.key for step in ladder.steps),
                client_id=client_id, details={"ladder": ladder_to_json(ladder)}))
        self.debtors._notify(Topic.INVOICES)

    def use_default_ladder(self, client_id: int) -> None:
        with self.debtors.store.transaction() as tx:
            tx.client(client_id)
            tx.set_setting(client_ladder_key(client_id), None)
            self._record(tx, RecordDraft(RecordKind.LADDER_SAVED, "Client follows the business's ladder again",
                                         client_id=client_id, details={"ladder": None}))
        self.debtors._notify(Topic.INVOICES)

    # -- steps -----------------------------------------------------------------------
    def step_done(self, client_id: int, invoice_ids: Sequence[int], step: LadderStep, note: str = "") -> None:
        """A call made, a letter posted, a hand-over done: the ladder moves on for these invoices."""
        with self.debtors.store.transaction() as tx:
            self.step_records(tx, RecordKind.STEP_DONE, client_id, invoice_ids, step, {"note": note.strip()})
        self.debtors._notify(Topic.INVOICES, Topic.CLIENTS)

    def skip_step(self, client_id: int, invoice_ids: Sequence[int], step: LadderStep, reason: str) -> None:
        """Skipping a step needs a reason: the dossier must show why it was not taken."""
        v.raise_if(v.check_required(reason, "reason"))
        with self.debtors.store.transaction() as tx:
            self.step_records(tx, RecordKind.STEP_SKIPPED, client_id, invoice_ids, step,
                               {"reason": reason.strip()}, stop_work=False)
        self.debtors._notify(Topic.INVOICES)

    def step_records(self, tx: Transaction, kind: RecordKind, client_id: int, invoice_ids: Sequence[int],
                     step: LadderStep, extra: dict[str, Any], *, stop_work: bool = True,
                     documents: tuple[Document, ...] = ()) -> None:
        """The ladder's records of one step, inside a caller's transaction (a call stores its step this way)."""
        if not invoice_ids:
            raise ValueError("a step concerns at least one invoice")
        today = self.debtors.clock.today()
        invoices = [tx.invoice(i) for i in invoice_ids]
        if any(invoice.client_id != client_id for invoice in invoices):
            raise ValueError("every invoice of a step belongs to the same client")
        verb = {RecordKind.STEP_DONE: "done", RecordKind.STEP_SKIPPED: "skipped",
                RecordKind.EMAIL_SENT: "sent by email"}[kind]
        numbers = [invoice.number for invoice in invoices]
        for invoice in invoices:
            self._record(tx, RecordDraft(
                kind, f"Follow-up step {step.name or step.key} {verb} ({', '.join(numbers)})",
                client_id=client_id, invoice_id=invoice.id, documents=documents,
                details={"step": step.key, "name": step.name, "channel": step.channel.value, "on": today.isoformat(),
                         "invoices": numbers, **extra}))
        if stop_work and step.stops_work:
            client = tx.client(client_id)
            if not client.work_paused:
                tx.update_client(dataclasses.replace(client, work_paused=True))
                self._record(tx, RecordDraft(RecordKind.CLIENT_CHANGED, f"Work for {client.name} paused",
                                             client_id=client_id,
                                             details={"changes": {"work_paused": [False, True]}, "step": step.key}))

    # -- email -------------------------------------------------------------------------
    def email_sent(self, client_id: int, invoice_ids: Sequence[int], step: LadderStep | None,
                   message: OutgoingMessage, sent: SentMessage, *, via: str = "smtp",
                   outbox_id: int | None = None) -> None:
        """Keep what went out, whole, in the dossier of every invoice it concerns; the ladder advances.

        ``via`` is "smtp" for a message this app sent, "mail_program" when the
        user confirmed they sent it from their own mail program.
        """
        eml = Document(f"{_safe_name(message.subject)}.eml", "message/rfc822", sent.eml)
        extra = {"message_id": sent.message_id, "to": list(message.to), "cc": list(message.cc),
                 "bcc": list(message.bcc), "subject": message.subject, "recipients": list(sent.recipients),
                 "refused": list(sent.refused), "sent_at": sent.sent_at.isoformat(), "via": via}
        with self.debtors.store.transaction() as tx:
            if step is not None:
                self.step_records(tx, RecordKind.EMAIL_SENT, client_id, invoice_ids, step, extra, documents=(eml,))
            else:
                for invoice_id in invoice_ids:
                    invoice = tx.invoice(invoice_id)
                    self._record(tx, RecordDraft(
                        RecordKind.EMAIL_SENT, f"Email sent: {message.subject}", client_id=client_id,
                        invoice_id=invoice.id, documents=(eml,),
                        details={"on": self.debtors.clock.today().isoformat(), **extra}))
            if outbox_id is not None:
                tx.remove_from_outbox(outbox_id)
        self.debtors._notify(Topic.INVOICES, Topic.CLIENTS)

    def keep_in_outbox(self, client_id: int, invoice_ids: Sequence[int], step: LadderStep | None,
                       message: OutgoingMessage, failure: str, detail: str = "",
                       outbox_id: int | None = None) -> int:
        """A message that did not go out waits in the Outbox; nothing is recorded as sent."""
        with self.debtors.store.transaction() as tx:
            attempts = 1
            if outbox_id is not None:
                attempts += next((e.attempts for e in tx.outbox() if e.id == outbox_id), 0)
            entry = OutboxEntry(outbox_id or 0, self.debtors.clock.now(), client_id, tuple(invoice_ids),
                                step.key if step else "", message, failure, detail, attempts)
            entry_id = tx.keep_in_outbox(entry)
        self.debtors._notify(Topic.DOSSIER)
        return entry_id

    def outbox(self) -> Sequence[OutboxEntry]:
        with self.debtors.store.reading() as reader:
            return reader.outbox()

    def discard_from_outbox(self, outbox_id: int) -> None:
        with self.debtors.store.transaction() as tx:
            tx.remove_from_outbox(outbox_id)
        self.debtors._notify(Topic.DOSSIER)

    # -- templates ---------------------------------------------------------------------
    def template(self, key: str, kind: TemplateKind, language: Language) -> MessageTemplate:
        """The user's version of a step's text, else the default (KeyError if neither exists)."""
        with self.debtors.store.reading() as reader:
            return _stored_or_default(reader.setting(template_setting_key(key, kind, language)), key, kind, language)

    def template_is_edited(self, key: str, kind: TemplateKind, language: Language) -> bool:
        with self.debtors.store.reading() as reader:
            return reader.setting(template_setting_key(key, kind, language)) is not None

    def save_template(self, key: str, kind: TemplateKind, language: Language, template: MessageTemplate) -> None:
        """Refused whole while any placeholder is unknown or misspelled."""
        found = [("subject", p) for p in template_problems(template.subject)]
        found += [("body", p) for p in template_problems(template.body)]
        if not template.subject.strip():
            raise v.ValidationError([v.Problem("subject", "required")])
        if found:
            raise v.ValidationError([v.Problem(where, TEMPLATE_PROBLEMS[p.code],
                                               {"text": p.text, "line": p.line, "suggestion": p.suggestion})
                                     for where, p in found])
        with self.debtors.store.transaction() as tx:
            tx.set_setting(template_setting_key(key, kind, language), format_template_file(template))
            self._record(tx, RecordDraft(
                RecordKind.TEMPLATE_SAVED, f"Message text saved: {key} ({kind.value}, {language.value})",
                details={"key": key, "kind": kind.value, "language": language.value,
                         "subject": template.subject, "body": template.body}))
        self.debtors._notify(Topic.PROFILE)

    def restore_template(self, key: str, kind: TemplateKind, language: Language) -> None:
        with self.debtors.store.transaction() as tx:
            tx.set_setting(template_setting_key(key, kind, language), None)
            self._record(tx, RecordDraft(
                RecordKind.TEMPLATE_SAVED, f"Message text restored to the default: {key} ({kind.value}, {language.value})",
                details={"key": key, "kind": kind.value, "language": language.value, "default": True}))
        self.debtors._notify(Topic.PROFILE)

    def draft(self, client_id: int, invoice_ids: Sequence[int], step: LadderStep | None,
              template_key: str | None = None, *, agreement: str = "", to_contact_id: int | None = None) -> Draft:
        """The email for a step (or, with ``template_key``, any template) to these invoices, ready to edit.

        After a call, ``agreement`` is the summary of what was agreed and ``to_contact_id`` whom it was agreed with.
        """
        today = self.debtors.clock.today()
        key = template_key or (step.template_key if step else "friendly_reminder")
        if not available(key, TemplateKind.EMAIL) and step is not None:
            key = "payment_reminder"  # a step the user added, with no text of its own
        with self.debtors.store.reading() as reader:
            profile = reader.profile()
            if profile is None:
                raise ValueError("set up the business profile before writing to clients")
            client = reader.client(client_id)
            contacts = reader.contacts(client_id)
            rows = [r for r in reader.invoices_with_ids(list(invoice_ids)) if r.invoice.client_id == client_id]
            invoices = [reader.invoice(r.invoice.id or 0) for r in rows]
            promised = [p.promised_date for p in reader.promises(client_id)
                        if p.status == PromiseStatus.OPEN and set(p.invoice_ids) & set(invoice_ids)]
            settings = mail_settings_from(reader.setting(MAIL_SETTINGS_KEY))
            stored = reader.setting(template_setting_key(key, TemplateKind.EMAIL, client.language))
        if not rows:
            raise ValueError("a message concerns at least one invoice of the client")
        template = _stored_or_default(stored, key, TemplateKind.EMAIL, client.language)
        return draft_message(profile=profile, settings=settings, client=client, contacts=contacts, rows=rows,
                             invoices=invoices, template=template, step=step, today=today,
                             promised_date=max(promised, default=None), agreement=agreement,
                             to_contact=next((c for c in contacts if c.id == to_contact_id), None))

    # -- mail server settings ------------------------------------------------------------
    def mail_settings(self) -> MailSettings:
        with self.debtors.store.reading() as reader:
            return mail_settings_from(reader.setting(MAIL_SETTINGS_KEY))

    def save_mail_settings(self, settings: MailSettings) -> None:
        settings = dataclasses.replace(settings, host=settings.host.strip(), user=settings.user.strip(),
                                       sender_address=settings.sender_address.strip(),
                                       sender_name=settings.sender_name.strip())
        v.raise_if(v.validate_mail_settings(settings))
        with self.debtors.store.transaction() as tx:
            tx.set_setting(MAIL_SETTINGS_KEY, mail_settings_to(settings))
            self._record(tx, RecordDraft(
                RecordKind.MAIL_SETTINGS_SAVED,
                f"Mail server saved: {settings.host}:{settings.port} ({settings.security.value})",
                details={"host": settings.host, "port": settings.port, "security": settings.security.value,
                         "user": settings.user, "sender": settings.sender_address}))
        self.debtors._notify(Topic.PROFILE)

    def _record(self, tx: Transaction, draft: RecordDraft) -> None:
        self.debtors._record(tx, draft)


def mail_settings_to(settings: MailSettings) -> str:
    return json.dumps({**dataclasses.asdict(settings), "security": settings.security.value}, sort_keys=True)


def mail_settings_from(text: str | None) -> MailSettings:
    if not text:
        return MailSettings()
    try:
        data = json.loads(text)
        return MailSettings(host=str(data["host"]), port=int(data["port"]), security=Security(data["security"]),
                            user=str(data["user"]), sender_name=str(data["sender_name"]),
                            sender_address=str(data["sender_address"]), bcc_self=bool(data["bcc_self"]))
    except (KeyError, TypeError, ValueError):
        return MailSettings()


def _stored_or_default(stored: str | None, key: str, kind: TemplateKind, language: Language) -> MessageTemplate:
    """The user's text if the file has one, else the default (KeyError if neither exists)."""
    if stored is not None:
        # Never stored unreadable (saving checks it); if it were, the default is the safe answer.
        with contextlib.suppress(TemplateFileError):
            return parse_template_file(stored)
    return default_template(key, kind, language)


def _safe_name(subject: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in subject).strip()
    return (kept or "message")[:80]
