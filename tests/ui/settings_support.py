"""Stand-ins for the settings tests: a real data file with a fixed clock, a fake Mailer, a memory PasswordKeeper.

The mailer and the keeper are ports (core.outgoing); real SMTP and the real keyring are
tested in tests/mail. Named uniquely so it cannot clash with another test folder's module.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from debtordesk.core.clock import fixed_clock
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.model import BusinessProfile, Country, Language
from debtordesk.core.outgoing import MailSettings, OutgoingMessage, SentMessage, Where
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import open_data_file

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)
PROFILE = BusinessProfile(
    name="Studio Test", street="Oudegracht 1", postcode="3511 AW", city="Utrecht", country=Country.NL,
    vat_number="NL000099998B57", registration_number="30123456", iban="NL91ABNA0417164300", bic="ABNANL2A",
    email="studio@test.example", phone="+31 30 123 45 67", language=Language.NL, signature="Sanne de Vries")


@contextmanager
def follow_up_on(path: Path) -> Iterator[FollowUpService]:
    """A FollowUpService on a new data file at ``path``, closed afterwards."""
    with open_data_file(path, create=True) as data_file:
        yield FollowUpService(DebtorService(data_file.store, fixed_clock(NOW)))


def file_bytes(path: Path) -> bytes:
    """Everything SQLite keeps for the file: the file itself, its journal or WAL, and backups beside it."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.rglob(path.name + "*")) if p.is_file())


@dataclass
class FakeMailer:
    """Records what it is asked to send; fails with ``error`` if set; waits for ``gate`` if set."""

    error: Exception | None = None
    gate: threading.Event | None = None
    sent: list[tuple[OutgoingMessage, MailSettings, str | None]] = field(default_factory=list)

    def send(self, message: OutgoingMessage, settings: MailSettings, password: str | None) -> SentMessage:
        if self.gate is not None:
            assert self.gate.wait(10), "the test never let the message go"
        self.sent.append((message, settings, password))
        if self.error is not None:
            raise self.error
        return SentMessage("<test@debtordesk>", b"", message.to, NOW)

    def eml(self, message: OutgoingMessage) -> SentMessage:
        return SentMessage("<test@debtordesk>", b"", message.to, NOW)

    def mailto_url(self, message: OutgoingMessage) -> str:
        return "mailto:" + ",".join(message.to)

    def problems(self, message: OutgoingMessage) -> list[str]:
        return []


@dataclass
class MemoryKeeper:
    """A PasswordKeeper in memory; ``secure=False`` plays a computer without a keyring."""

    secure: bool = True
    passwords: dict[tuple[str, str], str] = field(default_factory=dict)

    def get(self, settings: MailSettings) -> str | None:
        return self.passwords.get((settings.host, settings.user))

    def set(self, settings: MailSettings, password: str, remember: bool = True) -> Where:
        self.passwords[(settings.host, settings.user)] = password
        return Where.KEYRING if self.secure and remember else Where.SESSION

    def forget(self, settings: MailSettings) -> None:
        self.passwords.pop((settings.host, settings.user), None)
