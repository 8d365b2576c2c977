"""The whole path on real parts: a data file, the Mailer, a real SMTP server (aiosmtpd), the dossier.

What the server received must be, byte for byte, what the dossier keeps; a failed
send keeps the message in the Outbox and records nothing as sent; the password
never lands in the data file or the settings file.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import trustme
from mail_support import PASSWORD, USER, MemoryKeyring, RecordingHandler, authenticator, client_context
from mail_support import free_port, silent_server, smtp_server
from PySide6.QtCore import QSettings

from debtordesk.core.clock import fixed_clock
from debtordesk.core.dossier import RecordKind
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.ladder import DEFAULT_LADDER
from debtordesk.core.model import BusinessProfile, Client, Contact, Country, Invoice, InvoicePdf
from debtordesk.core.outgoing import MailSettings, Security, SendError
from debtordesk.core.services import DebtorService
from debtordesk.mail.mailer import SmtpMailer
from debtordesk.mail.secrets import PasswordStore
from debtordesk.storage.datafile import DataFile, open_data_file

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PDF = b"%PDF-1.4\n% invoice\n%%EOF\n"
REMINDER = DEFAULT_LADDER.steps[0]


@pytest.fixture
def data_file(tmp_path: Path) -> Iterator[DataFile]:
    with open_data_file(tmp_path / "mail.debtordesk", create=True) as opened:
        yield opened


@pytest.fixture
def follow_up(data_file: DataFile) -> FollowUpService:
    return FollowUpService(DebtorService(data_file.store, fixed_clock(NOW)))


@pytest.fixture
def invoice(follow_up: FollowUpService) -> tuple[int, int]:
    service = follow_up.debtors
    service.save_profile(BusinessProfile("Studio Test", "Oudegracht 1", "3511 AW", "Utrecht", Country.NL, "", "30123456",
                                         "NL91ABNA0417164300", "ABNANL2A", "studio@test.example", ""))
    client = service.save_client(Client("Bakkerij Bos", city="Utrecht"),
                                 [Contact(0, "Ingrid Bos", email="ingrid@bos.example")])
    invoice = service.save_invoice(Invoice(client, "2026-001", date(2026, 9, 1), date(2026, 10, 1), 1000_00, 210_00,
                                           pdf=InvoicePdf("2026-001.pdf", PDF)))
    return client, invoice


def _settings(port: int, security: Security = Security.STARTTLS, user: str = USER) -> MailSettings:
    return MailSettings("127.0.0.1", port, security, user, "Studio Test", "studio@test.example", bcc_self=True)


def test_sent_over_starttls_with_login_and_kept_whole_in_the_dossier(
        follow_up: FollowUpService, invoice: tuple[int, int], server_tls: ssl.SSLContext, ca: trustme.CA) -> None:
    client_id, invoice_id = invoice
    handler = RecordingHandler()
    mailer = SmtpMailer(fixed_clock(NOW), client_context(ca), timeout_seconds=5)
    passwords = PasswordStore(MemoryKeyring())
    with smtp_server(handler, tls_context=server_tls, require_starttls=True, authenticator=authenticator,
                     auth_require_tls=True) as server:
        settings = _settings(server.port)
        follow_up.save_mail_settings(settings)
        passwords.set(settings, PASSWORD)
        draft = follow_up.draft(client_id, [invoice_id], REMINDER)
        sent = mailer.send(draft.message, follow_up.mail_settings(), passwords.get(settings))
        follow_up.email_sent(client_id, [invoice_id], REMINDER, draft.message, sent)
    (received,) = handler.received
    with follow_up.debtors.store.reading() as reader:
        record = reader.records(invoice_id=invoice_id)[-1]
        stored = reader.document_bytes(record.id or 0)
    assert record.kind == RecordKind.EMAIL_SENT
    assert received.content == stored == sent.eml
    assert sorted(received.rcpt_tos) == sorted(["ingrid@bos.example", "studio@test.example"])
    parsed = message_from_bytes(stored, policy=policy.default)
    assert parsed["Message-ID"] == record.details["message_id"] == sent.message_id
    assert parsed["To"] == "ingrid@bos.example" and parsed["Bcc"] is None
    assert parsed["Subject"] == draft.message.subject
    assert "Bakkerij Bos" in parsed.get_body(("plain",)).get_content() or "Ingrid" in parsed.get_body(
        ("plain",)).get_content()
    (attachment,) = parsed.iter_attachments()
    assert (attachment.get_filename(), attachment.get_content()) == ("2026-001.pdf", PDF)
    assert record.details["bcc"] == ["studio@test.example"] and record.details["step"] == REMINDER.key


def test_plain_send_without_login(follow_up: FollowUpService, invoice: tuple[int, int]) -> None:
    client_id, invoice_id = invoice
    handler = RecordingHandler()
    with smtp_server(handler) as server:
        draft = follow_up.draft(client_id, [invoice_id], REMINDER)
        sent = SmtpMailer(fixed_clock(NOW)).send(draft.message, _settings(server.port, Security.NONE, ""), None)
    assert handler.received[0].content == sent.eml


def _refused(follow_up: FollowUpService, invoice: tuple[int, int], mailer: SmtpMailer, settings: MailSettings,
             password: str | None, failure: str) -> None:
    client_id, invoice_id = invoice
    draft = follow_up.draft(client_id, [invoice_id], REMINDER)
    with follow_up.debtors.store.reading() as reader:
        before = len(reader.records(invoice_id=invoice_id))
    with pytest.raises(SendError) as error:
        mailer.send(draft.message, settings, password)
    assert error.value.failure == failure
    if password:
        assert password not in str(error.value) and password not in error.value.detail
    follow_up.keep_in_outbox(client_id, [invoice_id], REMINDER, draft.message, error.value.failure,
                             error.value.detail)
    (entry,) = follow_up.outbox()
    assert entry.message == draft.message and entry.failure == failure
    with follow_up.debtors.store.reading() as reader:
        assert len(reader.records(invoice_id=invoice_id)) == before  # nothing recorded as sent
        assert reader.follow_up().get(invoice_id) is None  # the ladder did not move


def test_refused_login_keeps_the_message_in_the_outbox(follow_up: FollowUpService, invoice: tuple[int, int],
                                                        server_tls: ssl.SSLContext, ca: trustme.CA) -> None:
    with smtp_server(RecordingHandler(), tls_context=server_tls, require_starttls=True,
                     authenticator=authenticator, auth_require_tls=True) as server:
        _refused(follow_up, invoice, SmtpMailer(fixed_clock(NOW), client_context(ca), 5),
                 _settings(server.port), "wrong-password-123", "login_refused")


def test_closed_port_keeps_the_message_in_the_outbox(follow_up: FollowUpService, invoice: tuple[int, int]) -> None:
    _refused(follow_up, invoice, SmtpMailer(fixed_clock(NOW), timeout_seconds=5),
             _settings(free_port(), Security.NONE, ""), None, "connection_refused")


def test_a_silent_server_times_out_into_the_outbox(follow_up: FollowUpService, invoice: tuple[int, int]) -> None:
    with silent_server() as port:
        _refused(follow_up, invoice, SmtpMailer(fixed_clock(NOW), timeout_seconds=0.5),
                 _settings(port, Security.NONE, ""), None, "timeout")


def test_the_password_is_nowhere_in_the_data_file_or_the_settings(
        follow_up: FollowUpService, invoice: tuple[int, int], data_file: DataFile, tmp_path: Path,
        server_tls: ssl.SSLContext, ca: trustme.CA) -> None:
    client_id, invoice_id = invoice
    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    passwords = PasswordStore(MemoryKeyring())
    with smtp_server(RecordingHandler(), tls_context=server_tls, require_starttls=True,
                     authenticator=authenticator, auth_require_tls=True) as server:
        settings = _settings(server.port)
        follow_up.save_mail_settings(settings)
        ini.setValue("mail/last_server", settings.host)
        assert passwords.set(settings, PASSWORD).value == "keyring"
        mailer = SmtpMailer(fixed_clock(NOW), client_context(ca), 5)
        draft = follow_up.draft(client_id, [invoice_id], REMINDER)
        follow_up.email_sent(client_id, [invoice_id], REMINDER, draft.message,
                             mailer.send(draft.message, settings, passwords.get(settings)))
        with pytest.raises(SendError):
            mailer.send(draft.message, settings, "another-secret-456")
    ini.sync()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".debtordesk" for p in files) and any(p.suffix == ".ini" for p in files)
    for secret in (PASSWORD, "another-secret-456"):
        for encoded in {secret.encode("utf-8"), secret.encode("utf-16-le")}:
            for path in files:  # the data file, its WAL and backups, the settings file
                assert encoded not in path.read_bytes(), f"password found in {path.name}"
