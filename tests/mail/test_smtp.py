"""Sending over SMTP to a real server in this process (aiosmtpd): plain, STARTTLS,
implicit TLS, login, and every failure the UI has to explain.

Nothing leaves 127.0.0.1; TLS uses a throw-away CA (trustme).
"""

from __future__ import annotations

import base64
import logging
import smtplib
import socket
import ssl
import time
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
import trustme
from mail_support import (
    HOST,
    PASSWORD,
    USER,
    RecordingHandler,
    authenticator,
    client_context,
    free_port,
    silent_server,
    smtp_server,
)

from debtordesk.core.clock import Clock
from debtordesk.mail.message import Draft, build_message, envelope_recipients, message_bytes
from debtordesk.mail.smtp import (
    Security,
    SendFailed,
    SendFailure,
    SmtpSettings,
    classify,
    default_port,
    send,
)


@pytest.fixture
def msg(draft: Draft, clock: Clock) -> EmailMessage:
    return build_message(draft, now=clock.now())


def settings_for(port: int, security: Security = Security.NONE, **kwargs: object) -> SmtpSettings:
    return SmtpSettings(host=HOST, port=port, security=security, **kwargs)  # type: ignore[arg-type]


def test_default_ports() -> None:
    assert [default_port(s) for s in Security] == [465, 587, 25]


def test_plain_send_delivers_exactly_the_eml_bytes(draft: Draft, msg: EmailMessage) -> None:
    handler = RecordingHandler()
    recipients = envelope_recipients(draft)
    with smtp_server(handler) as server:
        receipt = send(settings_for(server.port), None, msg, recipients)

    [got] = handler.received
    # smtplib dot-stuffs and aiosmtpd un-stuffs; nothing is added on either side.
    assert got.content == message_bytes(msg)
    assert got.mail_from == "info@cafe-utrecht.nl"
    assert got.rcpt_tos == ["piet@klant.nl", "boekhouding@klant.nl", "archief@cafe-utrecht.nl"]
    assert receipt.message_id == msg["Message-ID"]
    assert receipt.recipients == tuple(recipients) and receipt.refused == ()

    back = message_from_bytes(got.content, policy=policy.default)
    for name in ("From", "To", "Cc", "Subject", "Message-ID", "Date"):
        assert back[name] == msg[name], name
    assert back["Bcc"] is None and b"archief@" not in got.content
    assert back.get_body(("plain",)).get_content() == draft.body.replace("\n", "\r\n")  # CRLF on the wire
    assert [(a.get_filename(), a.get_content()) for a in back.iter_attachments()] == \
        [(a.filename, a.data) for a in draft.attachments]


def test_some_recipients_refused_is_a_receipt_that_says_so(msg: EmailMessage) -> None:
    handler = RecordingHandler(refuse_recipients={"boekhouding@klant.nl"})
    with smtp_server(handler) as server:
        receipt = send(settings_for(server.port), None, msg, ["piet@klant.nl", "boekhouding@klant.nl"])
    assert receipt.refused == ("boekhouding@klant.nl",)
    assert handler.received[0].rcpt_tos == ["piet@klant.nl"]


def test_all_recipients_refused(msg: EmailMessage) -> None:
    handler = RecordingHandler(refuse_recipients={"piet@klant.nl"})
    with smtp_server(handler) as server, pytest.raises(SendFailed) as raised:
        send(settings_for(server.port), None, msg, ["piet@klant.nl"])
    assert raised.value.failure is SendFailure.RECIPIENT_REFUSED
    assert raised.value.detail == "piet@klant.nl: 550 5.1.1 User unknown"
    assert handler.received == []


def test_sender_refused(msg: EmailMessage) -> None:
    handler = RecordingHandler(refuse_senders={"info@cafe-utrecht.nl"})
    with smtp_server(handler) as server, pytest.raises(SendFailed) as raised:
        send(settings_for(server.port), None, msg, ["piet@klant.nl"])
    assert raised.value.failure is SendFailure.SENDER_REFUSED
    assert raised.value.detail.startswith("553 5.7.1")


# -- TLS -------------------------------------------------------------------------------------

def test_starttls_with_a_trusted_certificate(msg: EmailMessage, ca: trustme.CA, server_tls: ssl.SSLContext) -> None:
    handler = RecordingHandler()
    with smtp_server(handler, tls_context=server_tls, require_starttls=True) as server:
        send(settings_for(server.port, Security.STARTTLS), None, msg, ["piet@klant.nl"],
             ssl_context=client_context(ca))
    assert handler.received[0].content == message_bytes(msg)


def test_starttls_refuses_an_untrusted_certificate(msg: EmailMessage, server_tls: ssl.SSLContext) -> None:
    handler = RecordingHandler()
    with smtp_server(handler, tls_context=server_tls, require_starttls=True) as server, \
            pytest.raises(SendFailed) as raised:
        send(settings_for(server.port, Security.STARTTLS), None, msg, ["piet@klant.nl"])  # default context
    assert raised.value.failure is SendFailure.TLS
    assert "CERTIFICATE_VERIFY_FAILED" in raised.value.detail
    assert handler.received == []


def test_the_host_name_is_checked(msg: EmailMessage, ca: trustme.CA) -> None:
    elsewhere = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("mail.example.org").configure_cert(elsewhere)
    with smtp_server(RecordingHandler(), tls_context=elsewhere) as server, pytest.raises(SendFailed) as raised:
        send(settings_for(server.port, Security.STARTTLS), None, msg, ["piet@klant.nl"],
             ssl_context=client_context(ca))
    assert raised.value.failure is SendFailure.TLS
    assert "mismatch" in raised.value.detail.lower() or "doesn't match" in raised.value.detail


def test_starttls_unsupported_by_the_server(msg: EmailMessage, ca: trustme.CA) -> None:
    with smtp_server(RecordingHandler()) as server, pytest.raises(SendFailed) as raised:
        send(settings_for(server.port, Security.STARTTLS), None, msg, ["piet@klant.nl"],
             ssl_context=client_context(ca))
    assert raised.value.failure is SendFailure.STARTTLS_UNSUPPORTED


def test_implicit_tls(msg: EmailMessage, ca: trustme.CA, server_tls: ssl.SSLContext) -> None:
    handler = RecordingHandler()
    with smtp_server(handler, ssl_context=server_tls) as server:
        send(settings_for(server.port, Security.SSL), None, msg, ["piet@klant.nl"], ssl_context=client_context(ca))
    assert handler.received[0].content == message_bytes(msg)


def test_implicit_tls_to_a_plain_server_is_a_tls_failure(msg: EmailMessage, ca: trustme.CA) -> None:
    with smtp_server(RecordingHandler()) as server, pytest.raises(SendFailed) as raised:
        send(settings_for(server.port, Security.SSL, timeout_seconds=5), None, msg, ["piet@klant.nl"],
             ssl_context=client_context(ca))
    assert raised.value.failure is SendFailure.TLS


# -- login -----------------------------------------------------------------------------------

def _auth_server(server_tls: ssl.SSLContext, handler: RecordingHandler, **kwargs: object):  # noqa: ANN202
    return smtp_server(handler, tls_context=server_tls, require_starttls=True, authenticator=authenticator,
                       auth_require_tls=True, **kwargs)


@pytest.mark.parametrize("excluded", [[], ["PLAIN"]], ids=["PLAIN", "LOGIN"])
def test_login_with_a_non_ascii_password(msg: EmailMessage, ca: trustme.CA, server_tls: ssl.SSLContext,
                                         excluded: list[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="mail.log")  # aiosmtpd's logger
    handler = RecordingHandler()
    with _auth_server(server_tls, handler, auth_exclude_mechanism=excluded) as server:
        send(settings_for(server.port, Security.STARTTLS, user=USER), PASSWORD, msg, ["piet@klant.nl"],
             ssl_context=client_context(ca))
    assert len(handler.received) == 1
    mechanism = "LOGIN" if excluded else "PLAIN"
    assert any(r.getMessage().startswith(f"auth_{mechanism} returned") for r in caplog.records)


def test_plain_smtplib_cannot_send_a_non_ascii_password() -> None:
    """Why smtp.py has its own AUTH encoding: smtplib's leaks the password in the error."""
    client = smtplib.SMTP()
    client.user, client.password = USER, PASSWORD
    with pytest.raises(UnicodeEncodeError) as raised:
        client.auth("PLAIN", client.auth_plain)
    assert PASSWORD in raised.value.object


def test_wrong_password_is_refused_and_never_shown(msg: EmailMessage, ca: trustme.CA, server_tls: ssl.SSLContext,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-pässword-123"
    handler = RecordingHandler()
    with _auth_server(server_tls, handler) as server, pytest.raises(SendFailed) as raised:
        send(settings_for(server.port, Security.STARTTLS, user=USER), wrong, msg, ["piet@klant.nl"],
             ssl_context=client_context(ca))
    failed = raised.value
    assert failed.failure is SendFailure.LOGIN_REFUSED
    assert failed.detail == "535 5.7.8 Authentication credentials invalid"
    assert failed.__cause__ is None and failed.__suppress_context__
    assert wrong not in str(failed) and wrong not in repr(failed) and wrong not in failed.detail
    assert caplog.records, "the failure is logged"
    for record in caplog.records:
        assert wrong not in record.getMessage()
        assert wrong not in (record.exc_text or "")
    encoded = base64.b64encode(f"\0{USER}\0{wrong}".encode()).decode()
    ours = [r for r in caplog.records if r.name.startswith("debtordesk")]
    assert ours and all(encoded not in r.getMessage() for r in ours)
    assert handler.received == []


def test_login_needs_auth_support(msg: EmailMessage) -> None:
    # aiosmtpd advertises no AUTH on a plain connection while it requires TLS for it.
    with smtp_server(RecordingHandler(), authenticator=authenticator) as server, pytest.raises(SendFailed) as raised:
        send(settings_for(server.port, Security.NONE, user=USER), PASSWORD, msg, ["piet@klant.nl"])
    assert raised.value.failure is SendFailure.AUTH_UNSUPPORTED
    assert "AUTH extension not supported" in raised.value.detail


def test_login_needs_a_mechanism_we_know(msg: EmailMessage, ca: trustme.CA, server_tls: ssl.SSLContext) -> None:
    with _auth_server(server_tls, RecordingHandler(), auth_exclude_mechanism=["PLAIN", "LOGIN"]) as server, \
            pytest.raises(SendFailed) as raised:
        send(settings_for(server.port, Security.STARTTLS, user=USER), PASSWORD, msg, ["piet@klant.nl"],
             ssl_context=client_context(ca))
    assert raised.value.failure is SendFailure.AUTH_UNSUPPORTED
    assert raised.value.detail == "No suitable authentication method found."


def test_password_in_clear_text_to_this_computer_is_allowed(msg: EmailMessage) -> None:
    handler = RecordingHandler()
    with smtp_server(handler, authenticator=authenticator, auth_require_tls=False) as server:
        send(settings_for(server.port, Security.NONE, user=USER), PASSWORD, msg, ["piet@klant.nl"])
    assert len(handler.received) == 1


def test_password_in_clear_text_to_another_host_is_refused_before_connecting(msg: EmailMessage) -> None:
    # A name that cannot resolve: had send() tried to connect, the failure would be
    # HOST_NOT_FOUND (or a wait on DNS), not this.
    settings = SmtpSettings(host="smtp.example.invalid", port=25, security=Security.NONE, user=USER)
    started = time.monotonic()
    with pytest.raises(SendFailed) as raised:
        send(settings, PASSWORD, msg, ["piet@klant.nl"])
    assert raised.value.failure is SendFailure.PASSWORD_NEEDS_ENCRYPTION
    assert time.monotonic() - started < 0.5


def test_a_user_without_a_password_is_a_bug(msg: EmailMessage) -> None:
    with pytest.raises(ValueError, match="password"):
        send(settings_for(free_port(), user=USER), None, msg, ["piet@klant.nl"])


# -- the network's failures ------------------------------------------------------------------

def test_nothing_listening(msg: EmailMessage) -> None:
    with pytest.raises(SendFailed) as raised:
        send(settings_for(free_port()), None, msg, ["piet@klant.nl"])
    assert raised.value.failure is SendFailure.CONNECTION_REFUSED


def test_a_server_that_never_greets_times_out_quickly(msg: EmailMessage) -> None:
    with silent_server() as port:
        started = time.monotonic()
        with pytest.raises(SendFailed) as raised:
            send(settings_for(port, timeout_seconds=0.5), None, msg, ["piet@klant.nl"])
        elapsed = time.monotonic() - started
    assert raised.value.failure is SendFailure.TIMEOUT
    assert elapsed < 3


@pytest.mark.parametrize(
    ("error", "stage", "failure"),
    [
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "connect", SendFailure.HOST_NOT_FOUND),
        (ConnectionRefusedError(111, "Connection refused"), "connect", SendFailure.CONNECTION_REFUSED),
        (TimeoutError("timed out"), "connect", SendFailure.TIMEOUT),
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "starttls", SendFailure.TLS),
        (ssl.SSLError(1, "wrong version number"), "connect", SendFailure.TLS),
        (smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."), "starttls",
         SendFailure.STARTTLS_UNSUPPORTED),
        (smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server."), "login",
         SendFailure.AUTH_UNSUPPORTED),
        (smtplib.SMTPResponseException(454, b"TLS not available"), "starttls", SendFailure.STARTTLS_UNSUPPORTED),
        (smtplib.SMTPException("No suitable authentication method found."), "login", SendFailure.AUTH_UNSUPPORTED),
        (smtplib.SMTPNotSupportedError("SMTPUTF8 not supported by server"), "send", SendFailure.SERVER_ERROR),
        (smtplib.SMTPAuthenticationError(535, b"bad"), "login", SendFailure.LOGIN_REFUSED),
        (smtplib.SMTPRecipientsRefused({"a@b.nl": (550, b"no")}), "send", SendFailure.RECIPIENT_REFUSED),
        (smtplib.SMTPSenderRefused(553, b"no", "a@b.nl"), "send", SendFailure.SENDER_REFUSED),
        (smtplib.SMTPDataError(552, b"too big"), "send", SendFailure.SERVER_ERROR),
        (smtplib.SMTPConnectError(554, b"go away"), "connect", SendFailure.SERVER_ERROR),
        (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), "send", SendFailure.DISCONNECTED),
        (ConnectionResetError(104, "Connection reset by peer"), "send", SendFailure.DISCONNECTED),
        (OSError(101, "Network is unreachable"), "connect", SendFailure.SERVER_ERROR),
    ],
)
def test_every_error_has_its_failure(error: BaseException, stage: str, failure: SendFailure) -> None:
    assert classify(error, stage) is failure


def test_a_read_timeout_reported_as_a_disconnect_is_a_timeout() -> None:
    # What smtplib's getreply() does: a timeout while reading becomes a "disconnect",
    # raised inside the except block, so the timeout stays as its __context__.
    try:
        try:
            raise TimeoutError("timed out")
        except OSError as inner:
            raise smtplib.SMTPServerDisconnected(f"Connection unexpectedly closed: {inner}")  # noqa: B904
    except smtplib.SMTPServerDisconnected as error:
        assert classify(error, "connect") is SendFailure.TIMEOUT
