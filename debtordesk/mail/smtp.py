"""Sending a built message over SMTP, with every failure turned into one ``SendFailure``
the UI can explain (wrong password, server not found, certificate refused, ...).

The bytes put on the wire are exactly ``message_bytes(msg)``, so the .eml kept in the
dossier is what the client received. The password is never logged and never part of
an exception text.
"""

from __future__ import annotations

import base64
import contextlib
import enum
import hmac
import ipaddress
import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from debtordesk.core.outgoing import Security
from debtordesk.mail.message import message_bytes

log = logging.getLogger(__name__)

#: Hosts a password may be sent to without TLS: the traffic never leaves the computer
#: (a local relay or a bridge such as Proton Mail Bridge).
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_MAX_CHALLENGES = 5


def default_port(security: Security) -> int:
    return {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}[security]


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security
    user: str = ""
    timeout_seconds: float = 30.0


class SendFailure(enum.StrEnum):
    CONNECTION_REFUSED = "connection_refused"
    HOST_NOT_FOUND = "host_not_found"
    TIMEOUT = "timeout"
    TLS = "tls"  # certificate refused or handshake failed
    STARTTLS_UNSUPPORTED = "starttls_unsupported"
    LOGIN_REFUSED = "login_refused"
    AUTH_UNSUPPORTED = "auth_unsupported"
    PASSWORD_NEEDS_ENCRYPTION = "password_needs_encryption"
    RECIPIENT_REFUSED = "recipient_refused"
    SENDER_REFUSED = "sender_refused"
    SERVER_ERROR = "server_error"
    DISCONNECTED = "disconnected"


class SendFailed(Exception):
    """The message was not sent.

    Attributes:
        failure: what went wrong, for the UI to word.
        detail: the server's code and reply or the system's message, for the details
            box and the log; never the password.
    """

    def __init__(self, failure: SendFailure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail


@dataclass(frozen=True)
class SendReceipt:
    """A message the server accepted.

    Attributes:
        refused: recipients the server refused while accepting the others; the UI must
            say so, the message did not reach them.
    """

    message_id: str
    recipients: tuple[str, ...]
    refused: tuple[str, ...]


class _Utf8Auth(smtplib.SMTP):
    """smtplib encodes AUTH data as ASCII, so a password such as "wachtwoord-é" fails with
    a UnicodeEncodeError that carries the password in its ``object``. PLAIN is UTF-8 by
    RFC 4616, and servers treat LOGIN and CRAM-MD5 secrets as UTF-8 as well."""

    def auth(self, mechanism: str, authobject: Callable[..., str | None], *,
             initial_response_ok: bool = True) -> tuple[int, bytes]:
        def encoded(text: str) -> str:
            return base64.b64encode(text.encode("utf-8")).decode("ascii")

        mechanism = mechanism.upper()
        initial = authobject() if initial_response_ok else None
        if initial is not None:
            code, reply = self.docmd("AUTH", f"{mechanism} {encoded(initial)}")
            self._auth_challenge_count = 1
        else:
            code, reply = self.docmd("AUTH", mechanism)
            self._auth_challenge_count = 0
        while code == 334:
            self._auth_challenge_count += 1
            if self._auth_challenge_count > _MAX_CHALLENGES:
                raise smtplib.SMTPException("server AUTH mechanism loops")
            code, reply = self.docmd(encoded(authobject(base64.decodebytes(reply)) or ""))
        if code in (235, 503):
            return code, reply
        raise smtplib.SMTPAuthenticationError(code, reply)

    def auth_cram_md5(self, challenge: bytes | None = None) -> str | None:
        if challenge is None:
            return None
        return f"{self.user} " + hmac.HMAC(self.password.encode("utf-8"), challenge, "md5").hexdigest()


class _SMTP_SSL(_Utf8Auth, smtplib.SMTP_SSL):  # noqa: N801 - mirrors smtplib's name
    """Implicit TLS with the same UTF-8 login (the plain and STARTTLS case is ``_Utf8Auth`` itself)."""


def is_local_host(host: str) -> bool:
    return host.strip().strip("[]").lower() in LOCAL_HOSTS


def _ehlo_name(sock: socket.socket) -> str:
    # An address literal (RFC 5321 4.1.3) instead of smtplib's socket.getfqdn(), which
    # can stall on a reverse DNS look-up and tells the server the computer's name.
    address = sock.getsockname()[0]
    return f"[IPv6:{address}]" if ipaddress.ip_address(address).version == 6 else f"[{address}]"


def _reply(code: int, text: bytes | str) -> str:
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {text}".strip()


def _connect(settings: SmtpSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    """Connected and greeted (smtplib's constructor does both; given the host there, as
    ``connect()`` alone would leave TLS without the host name to check)."""
    # "localhost" only until connected; then _ehlo_name replaces it before the first EHLO.
    if settings.security is Security.SSL:
        return _SMTP_SSL(settings.host, settings.port, local_hostname="localhost",
                         timeout=settings.timeout_seconds, context=context)
    return _Utf8Auth(settings.host, settings.port, local_hostname="localhost", timeout=settings.timeout_seconds)


def classify(error: BaseException, stage: str) -> SendFailure:
    """The failure for an exception raised at ``stage`` (connect, starttls, login, send).

    Order matters: smtplib's and ssl's errors are OSErrors too.
    """
    match error:
        case smtplib.SMTPServerDisconnected() if isinstance(error.__context__, TimeoutError):
            return SendFailure.TIMEOUT  # smtplib reports a read timeout as a disconnect
        case smtplib.SMTPServerDisconnected():
            return SendFailure.DISCONNECTED
        case smtplib.SMTPAuthenticationError():
            return SendFailure.LOGIN_REFUSED
        case smtplib.SMTPException() if stage == "starttls":
            return SendFailure.STARTTLS_UNSUPPORTED  # not offered, or refused ("454 TLS not available")
        case smtplib.SMTPException() if stage == "login":
            return SendFailure.AUTH_UNSUPPORTED  # no AUTH, or "No suitable authentication method found."
        case smtplib.SMTPRecipientsRefused():
            return SendFailure.RECIPIENT_REFUSED
        case smtplib.SMTPSenderRefused():
            return SendFailure.SENDER_REFUSED
        case smtplib.SMTPException():
            return SendFailure.SERVER_ERROR
        case ssl.SSLError() | ssl.CertificateError():
            return SendFailure.TLS
        case socket.gaierror():
            return SendFailure.HOST_NOT_FOUND
        case ConnectionRefusedError():
            return SendFailure.CONNECTION_REFUSED
        case TimeoutError():
            return SendFailure.TIMEOUT
        case ConnectionError() | EOFError():
            return SendFailure.DISCONNECTED
        case _:
            return SendFailure.SERVER_ERROR


def _detail(error: BaseException, password: str | None) -> str:
    match error:
        case smtplib.SMTPRecipientsRefused():
            text = "; ".join(f"{address}: {_reply(code, reply)}" for address, (code, reply) in error.recipients.items())
        case smtplib.SMTPResponseException():
            text = _reply(error.smtp_code, error.smtp_error)
        case smtplib.SMTPException():
            text = str(error)
        case _:
            text = f"{type(error).__name__}: {error}"
    # Belt and braces: no server is known to echo a password, but a detail is shown and
    # logged, so a password that somehow got into it is cut out.
    return text.replace(password, "•••") if password else text


def send(settings: SmtpSettings, password: str | None, msg: EmailMessage, recipients: Sequence[str], *,
         ssl_context: ssl.SSLContext | None = None) -> SendReceipt:
    """Send ``msg`` to ``recipients`` (the envelope: To, Cc and Bcc).

    Args:
        password: needed when ``settings.user`` is set; an empty user means no login.
        ssl_context: the default checks the certificate and the host name against the
            system's CAs; tests pass one that trusts their own CA.

    Raises:
        SendFailed: nothing was sent (or nothing is known to have been sent).
        ValueError: a user without a password, no or non-ASCII recipients: a bug in the
            caller, which validates the draft first.
    """
    if settings.user and password is None:
        raise ValueError("a user name needs a password")
    if not recipients:
        raise ValueError("no recipients")
    if not all(r.isascii() for r in recipients):
        raise ValueError("recipients must be ASCII addresses (see validate_draft)")
    if settings.user and settings.security is Security.NONE and not is_local_host(settings.host):
        # Checked before connecting: the password must not leave the computer in clear text.
        raise SendFailed(SendFailure.PASSWORD_NEEDS_ENCRYPTION, settings.host)
    sender = msg["From"].addresses[0].addr_spec
    data = message_bytes(msg)
    context = ssl_context or ssl.create_default_context()

    smtp: smtplib.SMTP | None = None
    stage = "connect"
    try:
        smtp = _connect(settings, context)
        smtp.local_hostname = _ehlo_name(smtp.sock)
        smtp.ehlo_or_helo_if_needed()
        if settings.security is Security.STARTTLS:
            stage = "starttls"
            smtp.starttls(context=context)
            smtp.ehlo_or_helo_if_needed()
        if settings.user:
            stage = "login"
            try:
                smtp.login(settings.user, password or "")
            finally:
                smtp.password = ""  # not kept on the connection object
        stage = "send"
        refused = smtp.sendmail(sender, list(recipients), data)
    except (smtplib.SMTPException, OSError, EOFError) as error:
        # No QUIT after a failure: the connection may be half in TLS or the server gone,
        # and waiting for its reply could take the whole timeout again.
        if smtp is not None:
            smtp.close()
        failure = classify(error, stage)
        detail = _detail(error, password)
        log.warning("Sending via %s:%s failed at %s: %s (%s)", settings.host, settings.port, stage,
                    failure.value, detail)
        # Not chained: the cause is summed up in the detail, and the less of the login's
        # frames travels with the exception, the less can leak into a crash report.
        raise SendFailed(failure, detail) from None
    except BaseException:
        if smtp is not None:
            smtp.close()
        raise
    _quit(smtp)
    message_id = str(msg["Message-ID"] or "")
    log.info("Sent %s via %s:%s to %d recipient(s), %d refused", message_id, settings.host, settings.port,
             len(recipients), len(refused))
    return SendReceipt(message_id, tuple(recipients), tuple(refused))


def _quit(smtp: smtplib.SMTP) -> None:
    """QUIT politely, then close whatever happens: the message is already accepted, a
    failing QUIT does not change that."""
    try:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.quit()
    finally:
        smtp.close()
