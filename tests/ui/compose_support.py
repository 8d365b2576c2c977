"""Helpers for the compose and Outbox tests: a business on a real data file, and the two mail ports.

``EmailMailer`` builds real RFC 5322 bytes with the standard library (what the
dossier keeps); ``ScriptedMailer`` answers ``send`` from a script instead of a
network; ``SmtpMailer`` sends over a real SMTP connection. ``MemoryKeeper`` is
the password port without a keyring. Named uniquely so it cannot clash with
another test folder's module.
"""

from __future__ import annotations

import re
import smtplib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

import pytest

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier import DossierRecord, RecordKind
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.ladder import DEFAULT_LADDER
from debtordesk.core.model import BusinessProfile, Client, Contact, ContactRole, Country, Invoice, InvoicePdf
from debtordesk.core.outgoing import MailSettings, OutgoingMessage, Security, SendError, SentMessage, Where
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import DataFile, open_data_file

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
FRIENDLY = DEFAULT_LADDER.steps[0]
LAST_REMINDER = next(step for step in DEFAULT_LADDER.steps if step.key == "last_reminder")
SETTINGS = MailSettings(host="smtp.studio.example", port=587, security=Security.STARTTLS, user="studio",
                        sender_name="Studio Test", sender_address="studio@test.example")

_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class EmailMailer:
    """The Mailer port on the standard library's ``email`` package; ``send`` is the subclass's."""

    def __init__(self) -> None:
        self.count = 0
        self.exported: list[SentMessage] = []  # every eml() answer

    def build(self, message: OutgoingMessage) -> tuple[str, bytes]:
        self.count += 1
        message_id = f"<test-{self.count}@test.example>"
        msg = EmailMessage(policy=policy.SMTP)
        msg["From"] = f"{message.sender_name} <{message.sender_address}>"
        msg["To"] = ", ".join(message.to)
        if message.cc:
            msg["Cc"] = ", ".join(message.cc)
        msg["Subject"] = message.subject
        msg["Date"] = format_datetime(NOW)
        msg["Message-ID"] = message_id
        msg.set_content(message.body)
        for attachment in message.attachments:
            maintype, _slash, subtype = attachment.media_type.partition("/")
            msg.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.filename)
        return message_id, msg.as_bytes(policy=policy.SMTP)

    def eml(self, message: OutgoingMessage) -> SentMessage:
        message_id, data = self.build(message)
        self.exported.append(SentMessage(message_id, data, (), NOW))
        return self.exported[-1]

    def mailto_url(self, message: OutgoingMessage) -> str:
        query = f"subject={quote(message.subject, safe='')}&body={quote(message.body, safe='')}"
        return f"mailto:{','.join(message.to)}?{query}"

    def problems(self, message: OutgoingMessage) -> list[str]:
        found = [f"header_injection:{name}" for name, value in
                 (("subject", message.subject), ("sender_name", message.sender_name)) if _CONTROL.search(value)]
        if not message.sender_address:
            found.append("no_sender")
        if not (message.to or message.cc or message.bcc):
            found.append("no_recipient")
        if not message.subject.strip():
            found.append("no_subject")
        found += [f"bad_address:{a}" for a in (*message.to, *message.cc, *message.bcc) if not _ADDRESS.fullmatch(a)]
        return found

    def send(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> SentMessage:
        raise NotImplementedError


class ScriptedMailer(EmailMailer):
    """Sends nothing: each ``send`` takes the next outcome (an exception to raise, or None for success).

    Attributes:
        sent: (message, password, what send returned) of every send that succeeded.
        gate: when set, ``send`` waits until it is set (to see the window while sending).
    """

    def __init__(self, *outcomes: Exception | None) -> None:
        super().__init__()
        self.outcomes = list(outcomes)
        self.sent: list[tuple[OutgoingMessage, str | None, SentMessage]] = []
        self.tries = 0
        self.gate: threading.Event | None = None

    def send(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> SentMessage:
        self.tries += 1
        if self.gate is not None:
            assert self.gate.wait(10)
        outcome = self.outcomes.pop(0) if self.outcomes else None
        if outcome is not None:
            raise outcome
        message_id, data = self.build(message)
        sent = SentMessage(message_id, data, (*message.to, *message.cc, *message.bcc), NOW)
        self.sent.append((message, password, sent))
        return sent


class SmtpMailer(EmailMailer):
    """Sends for real with smtplib: plain, no login (for a test server on this computer)."""

    def send(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> SentMessage:
        message_id, data = self.build(message)
        recipients = (*message.to, *message.cc, *message.bcc)
        try:
            with smtplib.SMTP(settings.host, settings.port, timeout=10) as smtp:
                refused = smtp.sendmail(message.sender_address, list(recipients), data)
        except ConnectionRefusedError as error:
            raise SendError("connection_refused", str(error)) from error
        return SentMessage(message_id, data, recipients, datetime.now(UTC), tuple(refused))


@dataclass
class MemoryKeeper:
    """The PasswordKeeper port in memory: ``keyring`` plays the system's keyring."""

    secure: bool = True
    keyring: dict[str, str] = field(default_factory=dict)
    session: dict[str, str] = field(default_factory=dict)
    forgotten: list[str] = field(default_factory=list)

    @staticmethod
    def _key(settings: MailSettings) -> str:
        return f"{settings.user}@{settings.host}:{settings.port}"

    def get(self, settings: MailSettings) -> str | None:
        key = self._key(settings)
        return self.session.get(key) or self.keyring.get(key)

    def set(self, settings: MailSettings, password: str, remember: bool = True) -> Where:
        key = self._key(settings)
        self.session[key] = password
        if remember and self.secure:
            self.keyring[key] = password
            return Where.KEYRING
        self.keyring.pop(key, None)
        return Where.SESSION

    def forget(self, settings: MailSettings) -> None:
        key = self._key(settings)
        self.forgotten.append(key)
        self.session.pop(key, None)
        self.keyring.pop(key, None)


@dataclass
class Desk:
    """A business on a real data file, with one Dutch client who has one overdue invoice."""

    data_file: DataFile
    service: DebtorService
    follow_up: FollowUpService
    client_id: int
    invoice_id: int
    contacts: list[Contact]

    def records(self, kind: RecordKind | None = None) -> list[DossierRecord]:
        with self.service.store.reading() as reader:
            return [r for r in reader.records(invoice_id=self.invoice_id) if kind is None or r.kind == kind]


def profile() -> BusinessProfile:
    return BusinessProfile(name="Studio Test", street="Oudegracht 1", postcode="3511 AW", city="Utrecht",
                           country=Country.NL, vat_number="NL000099998B57", registration_number="30123456",
                           iban="NL91ABNA0417164300", bic="ABNANL2A", email="studio@test.example",
                           phone="+31 30 123 45 67", signature="Sanne de Vries")


@contextmanager
def open_desk(path: Path, contacts: list[Contact] | None = None, configured: bool = True) -> Iterator[Desk]:
    with open_data_file(path, create=True) as data_file:
        service = DebtorService(data_file.store, fixed_clock(NOW))
        service.save_profile(profile())
        wanted = contacts if contacts is not None else [
            Contact(0, "Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, email="ingrid@bos.example"),
            Contact(0, "Bakkerij Bos", ContactRole.GENERAL_INBOX, email="info@bos.example"),
        ]
        client_id = service.save_client(
            Client(name="Bakkerij Bos", street="Voorstraat 12", postcode="3512 AK", city="Utrecht"), wanted)
        invoice_id = service.save_invoice(Invoice(client_id, "2026-001", date(2026, 9, 1), date(2026, 10, 1),
                                                  1000_00, 210_00, pdf=InvoicePdf("2026-001.pdf", PDF)))
        follow_up = FollowUpService(service)
        if configured:
            follow_up.save_mail_settings(SETTINGS)
        with service.store.reading() as reader:
            saved = list(reader.contacts(client_id))
        yield Desk(data_file, service, follow_up, client_id, invoice_id, saved)


# Fixtures shared by the compose and Outbox tests (imported by name into each module).
@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path / "x.debtordesk") as opened:
        yield opened


@pytest.fixture
def keeper() -> MemoryKeeper:
    keeper = MemoryKeeper()
    keeper.set(SETTINGS, "s3cret")
    return keeper
