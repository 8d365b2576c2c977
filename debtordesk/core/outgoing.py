"""Email as the services see it: the message, the mail server settings, and the port that sends.

The sending itself (SMTP, TLS, the keyring) lives in ``debtordesk.mail``; the
UI and the services only know this port, so they work the same whether the
message goes out over SMTP, to the user's mail program or into a ``.eml`` file.
"""

from __future__ import annotations

import base64
import enum
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class Security(enum.StrEnum):
    SSL = "ssl"  # implicit TLS, usually port 465
    STARTTLS = "starttls"  # usually port 587
    NONE = "none"  # only sensible for a server on this computer


@dataclass(frozen=True)
class MailSettings:
    """The outgoing mail server and sender; the password is never here (OS keyring only)."""

    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    bcc_self: bool = False

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender_address)


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class OutgoingMessage:
    """A message as the user wrote it; BCC goes in the envelope only."""

    sender_name: str
    sender_address: str
    to: tuple[str, ...]
    subject: str
    body: str
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    reply_to: str = ""

    def to_json(self) -> str:
        """For the outbox: the whole message, attachments included, as text."""
        return json.dumps({
            "sender_name": self.sender_name, "sender_address": self.sender_address, "to": list(self.to),
            "cc": list(self.cc), "bcc": list(self.bcc), "subject": self.subject, "body": self.body,
            "reply_to": self.reply_to,
            "attachments": [{"filename": a.filename, "media_type": a.media_type,
                             "data": base64.b64encode(a.data).decode("ascii")} for a in self.attachments],
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> OutgoingMessage:
        data = json.loads(text)
        return cls(
            sender_name=data["sender_name"], sender_address=data["sender_address"], to=tuple(data["to"]),
            cc=tuple(data["cc"]), bcc=tuple(data["bcc"]), subject=data["subject"], body=data["body"],
            reply_to=data.get("reply_to", ""),
            attachments=tuple(Attachment(a["filename"], a["media_type"], base64.b64decode(a["data"]))
                              for a in data["attachments"]))


@dataclass(frozen=True)
class SentMessage:
    """What went out, exactly: the dossier keeps these bytes."""

    message_id: str
    eml: bytes = field(repr=False)
    recipients: tuple[str, ...]
    sent_at: datetime
    refused: tuple[str, ...] = ()


class SendError(Exception):
    """Sending failed; ``failure`` names why (see ``mail.smtp.SendFailure``), ``detail`` is the server's word."""

    def __init__(self, failure: str, detail: str = "") -> None:
        super().__init__(f"{failure}: {detail}" if detail else failure)
        self.failure = failure
        self.detail = detail


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    created_at: datetime
    client_id: int
    invoice_ids: tuple[int, ...]
    step_key: str
    message: OutgoingMessage
    failure: str
    detail: str
    attempts: int


class Mailer(Protocol):
    """Sends and exports messages; ``app.py`` hands the real one (``mail.mailer``) to the UI."""

    def send(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> SentMessage: ...
    def eml(self, message: OutgoingMessage) -> SentMessage: ...
    def mailto_url(self, message: OutgoingMessage) -> str: ...
    def problems(self, message: OutgoingMessage) -> list[str]: ...


class Where(enum.StrEnum):
    """Where a password was put: the OS keyring, or only this session's memory."""

    KEYRING = "keyring"
    SESSION = "session"


class PasswordKeeper(Protocol):
    """The SMTP password, kept only in the operating system's keyring (``mail.secrets``).

    Where no secure keyring exists, ``secure`` is False and a password lives in
    memory for this session only; the UI says so and asks again next time.
    """

    @property
    def secure(self) -> bool: ...
    def get(self, settings: MailSettings) -> str | None: ...
    def set(self, settings: MailSettings, password: str, remember: bool = True) -> Where: ...
    def forget(self, settings: MailSettings) -> None: ...
