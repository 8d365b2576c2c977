"""Fixtures for the mail tests: a throw-away CA and its server certificate, a draft, and
an in-memory keyring. No test reaches the network or the real keyring.
"""

from __future__ import annotations

import ssl

import pytest
import trustme
from mail_support import MemoryKeyring

from debtordesk.mail.message import Attachment, Draft

PDF = b"%PDF-1.7\n\x00\xff\x80 binary\n%%EOF\n"


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    """The server side of TLS: a certificate for 127.0.0.1 and localhost, signed by ``ca``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def draft() -> Draft:
    return Draft(
        sender_name="Café Ütrecht",
        sender_address="info@cafe-utrecht.nl",
        to=("piet@klant.nl",),
        cc=("boekhouding@klant.nl",),
        bcc=("archief@cafe-utrecht.nl",),
        subject="Herinnering: factuur 2026-014 — € 1.234,56",
        # A line that is a lone dot: SMTP's end of data, unless smtplib stuffs it.
        body="Beste Piet,\n\nFactuur 2026-014 van € 1.234,56 staat nog open.\n.\nMet vriendelijke groet,\nAnna\n",
        attachments=(Attachment("Factuur 2026-014 — Café.pdf", "application/pdf", PDF),),
    )
