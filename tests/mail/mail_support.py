"""Helpers for the mail tests: a real SMTP server in this process (aiosmtpd), free ports,
and an in-memory keyring. Named uniquely so it cannot clash with another test folder's
module.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

HOST = "127.0.0.1"
USER = "anna"
#: Non-ASCII on purpose: smtplib on its own cannot send it (it encodes AUTH as ASCII).
PASSWORD = "s3cret-✓"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class RecordingHandler:
    """Keeps every accepted envelope; refuses the recipients and senders it is told to."""

    received: list[Received] = field(default_factory=list)
    refuse_recipients: set[str] = field(default_factory=set)
    refuse_senders: set[str] = field(default_factory=set)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          mail_options: list[str]) -> str:
        if address in self.refuse_senders:
            return "553 5.7.1 Sender address rejected: not owned by user"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        if address in self.refuse_recipients:
            return "550 5.1.1 User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Message accepted for delivery"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    """Accepts USER with PASSWORD, compared as UTF-8 bytes as they came over the wire."""
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode()
          and auth_data.password == PASSWORD.encode("utf-8"))
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    """A port nothing listens on (a small race with other processes; fine for tests).

    aiosmtpd's Controller cannot take port 0: it connects to its own port to check
    that the server started.
    """
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextmanager
def smtp_server(handler: RecordingHandler, **kwargs: Any) -> Iterator[Controller]:
    """A running aiosmtpd server on 127.0.0.1; stopped on exit."""
    controller = Controller(handler, hostname=HOST, port=free_port(), decode_data=False, **kwargs)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """A port that accepts TCP connections and never says a word.

    The kernel completes the handshake for the listen backlog, so no thread has to
    accept: the client is connected and waits for a greeting that never comes.
    """
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def client_context(trusted: Any) -> ssl.SSLContext:
    """The default client context (certificate and host name checked) trusting a test CA."""
    context = ssl.create_default_context()
    trusted.configure_trust(context)
    return context


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that lives in a dict."""

    priority = 1  # type: ignore[assignment]
    #: Never picked by keyring's own discovery (its registry holds every subclass).
    viable = False  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class LockedKeyring(MemoryKeyring):
    """A secure keyring whose user refused to unlock it."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")
