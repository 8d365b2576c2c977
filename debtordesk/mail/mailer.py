"""The ``core.outgoing.Mailer`` port over this package: what the UI calls to send or export.

Messages are built here with the time of sending and a fresh Message-ID; the
bytes sent over SMTP are the bytes returned for the dossier, so what the dossier
keeps is what the server received.
"""

from __future__ import annotations

import ssl
from datetime import UTC, datetime
from email.message import EmailMessage

from debtordesk.core.clock import Clock, system_clock
from debtordesk.core.outgoing import MailSettings, OutgoingMessage, SendError, SentMessage
from debtordesk.mail import smtp
from debtordesk.mail.message import InvalidDraft, build_message, envelope_recipients, mailto_url, message_bytes
from debtordesk.mail.message import validate_draft


class SmtpMailer:
    """Attributes:
        clock: the Date header's time and the dossier's "sent at".
        ssl_context: certificates to trust; None is the system's (tests pass their own CA).
        timeout_seconds: how long a silent server may keep the user waiting.
    """

    def __init__(self, clock: Clock | None = None, ssl_context: ssl.SSLContext | None = None,
                 timeout_seconds: float = 30.0) -> None:
        self.clock = clock or system_clock()
        self.ssl_context = ssl_context
        self.timeout_seconds = timeout_seconds

    def problems(self, message: OutgoingMessage) -> list[str]:
        return validate_draft(message)

    def _build(self, message: OutgoingMessage) -> tuple[EmailMessage, datetime]:
        now = self.clock.now().astimezone(UTC)
        try:
            return build_message(message, now=now), now
        except InvalidDraft as error:
            raise SendError("invalid_message", ", ".join(error.problems)) from None

    def eml(self, message: OutgoingMessage) -> SentMessage:
        """The message as an .eml file would hold it, not sent."""
        built, now = self._build(message)
        return SentMessage(str(built["Message-ID"]), message_bytes(built), tuple(envelope_recipients(message)), now)

    def send(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> SentMessage:
        """Send over SMTP; ``SendError`` (never a password in it) says why not."""
        if not settings.configured:
            raise SendError("not_configured")
        built, now = self._build(message)
        recipients = envelope_recipients(message)
        server = smtp.SmtpSettings(settings.host, settings.port, settings.security, settings.user,
                                   self.timeout_seconds)
        try:
            receipt = smtp.send(server, password or None, built, recipients, ssl_context=self.ssl_context)
        except smtp.SendFailed as failed:
            raise SendError(failed.failure.value, failed.detail) from None
        except ValueError as error:  # no password for a user, recipients the server cannot take
            raise SendError("invalid_message", str(error)) from None
        return SentMessage(receipt.message_id, message_bytes(built), tuple(recipients), now, tuple(receipt.refused))

    def mailto_url(self, message: OutgoingMessage) -> str:
        return mailto_url(message)
