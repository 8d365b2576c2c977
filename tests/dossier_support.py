"""A small business with a full story, built through the services, for the dossier export tests.

One Belgian client with two invoices: the first with its PDF, a partial payment, a
reminder sent by email (a real .eml with the invoice attached), a phone call with a
promise; the second disputed. A note in the client's own dossier. The clock moves
on between steps, so the records have a real chronology.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from debtordesk.core.call import Answer, Cause, CallReport, Evaluation, InvoiceAgreement, PromiseTerms
from debtordesk.core.calls import CallService
from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.clock import Clock
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.invoice_status import InvoiceStatusService
from debtordesk.core.ladder import DEFAULT_LADDER
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    ClientKind,
    Contact,
    ContactRole,
    Country,
    HoldKind,
    Invoice,
    InvoicePdf,
    InvoiceRow,
    Language,
    Payment,
)
from debtordesk.core.outgoing import Attachment, OutgoingMessage, SentMessage
from debtordesk.core.services import DebtorService
from debtordesk.mail.message import build_message, message_bytes
from debtordesk.storage.datafile import open_data_file
from debtordesk.storage.engine import make_engine
from debtordesk.storage.repository import SqlStore

START = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
INVOICE_PDF = b"%PDF-1.4\n% factuur 2026-101\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
EMAIL_BODY = "Beste Zoë,\n\nFactuur 2026-101 van € 1.210,00 staat nog open.\nWilt u die voldoen?\n\nMet vriendelijke groet,\nStudio Test"
CALL_NOTES = "Lag bij de boekhouder; betaalt het restant op 1 december."

PROFILE = BusinessProfile(
    name="Studio Test", street="Oudegracht 1", postcode="3511 AW", city="Utrecht", country=Country.NL,
    vat_number="NL000099998B57", registration_number="30123456", iban="NL91ABNA0417164300", bic="ABNANL2A",
    email="studio@test.example", phone="+31 30 123 45 67", language=Language.NL)


@dataclass(frozen=True)
class DossierBusiness:
    path: Path
    client: int
    invoice: int  # 2026-101: PDF, payment, email, call, promise
    disputed: int  # 2026-102: disputed
    other_client: int  # a second client, never in the first one's export


class MovingClock:
    """A clock the builder moves forward; ``clock`` reads it."""

    def __init__(self, start: datetime) -> None:
        self.moment = start
        self.clock = Clock(lambda: self.moment)

    def at(self, moment: datetime) -> None:
        self.moment = moment


def build_dossier_business(path: Path) -> DossierBusiness:
    moving = MovingClock(START)
    with open_data_file(path, create=True, take_backup=False) as data_file:
        debtors = DebtorService(data_file.store, moving.clock)
        follow_up = FollowUpService(debtors)
        debtors.save_profile(PROFILE)
        client = debtors.save_client(
            Client(name="Brasserie Élise", kind=ClientKind.COMPANY, street="Veldstraat 5", postcode="9000",
                   city="Gent", country=Country.BE, language=Language.NL, vat_number="BE0403170701"),
            [Contact(0, "Zoë Peeters", ContactRole.ACCOUNTS_PAYABLE, email="zoe@elise.example",
                     phone="+32 9 222 33 44"),
             Contact(0, "Info", ContactRole.GENERAL_INBOX, email="info@elise.example")])
        other = debtors.save_client(Client(name="Bakkerij Bos", city="Utrecht"))
        invoice = debtors.save_invoice(Invoice(client, "2026-101", date(2026, 9, 1), date(2026, 10, 1), 1000_00,
                                               210_00, pdf=InvoicePdf("2026-101.pdf", INVOICE_PDF)))
        disputed = debtors.save_invoice(Invoice(client, "2026-102", date(2026, 9, 15), date(2026, 10, 15), 500_00,
                                                105_00))
        debtors.save_invoice(Invoice(other, "2026-103", date(2026, 9, 20), date(2026, 10, 20), 100_00, 21_00))
        moving.at(datetime(2026, 10, 2, 9, 15, tzinfo=UTC))
        draft = OutgoingMessage("Studio Test", "studio@test.example", ("zoe@elise.example",),
                                "Herinnering factuur 2026-101", EMAIL_BODY, cc=("info@elise.example",),
                                attachments=(Attachment("2026-101.pdf", "application/pdf", INVOICE_PDF),))
        message = build_message(draft, now=moving.moment)
        sent = SentMessage(str(message["Message-ID"]), message_bytes(message),
                           ("zoe@elise.example", "info@elise.example"), moving.moment)
        follow_up.email_sent(client, [invoice], DEFAULT_LADDER.steps[0], draft, sent)
        moving.at(datetime(2026, 10, 20, 8, 0, tzinfo=UTC))
        debtors.record_payment(Payment(invoice, date(2026, 10, 19), 400_00, reference="2026-101 deel"))
        moving.at(datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
        contact_id = _contact_id(debtors, client, "Zoë Peeters")
        CallService(follow_up).record_call(CallReport(
            client, contact_id, moving.moment, moving.moment + timedelta(minutes=6), (invoice,), Cause.FORGOTTEN,
            notes=CALL_NOTES, received=Answer.YES, knows_open=Answer.NO,
            agreements=(InvoiceAgreement(invoice, PromiseTerms(810_00, date(2026, 12, 1), "Zoë")),),
            follow_up_on=date(2026, 12, 2), summary="U betaalt € 810,00 op 1 december.",
            evaluation=Evaluation(went_well="Rustig gesprek")))
        moving.at(datetime(2026, 11, 10, 14, 0, tzinfo=UTC))
        InvoiceStatusService(debtors).put_on_hold(disputed, HoldKind.DISPUTE, "Werk niet volledig geleverd",
                                                  date(2026, 12, 15))
        debtors.add_note("Klant vraagt voortaan facturen per post.", client_id=client, invoice_id=None)
        moving.at(NOW)
    return DossierBusiness(path, client, invoice, disputed, other)


def _contact_id(debtors: DebtorService, client_id: int, name: str) -> int:
    with debtors.store.reading() as reader:
        return next(c.id for c in reader.contacts(client_id) if c.name == name and c.id is not None)


def fake_claims(calls: list[tuple[str, int, int, date]]) -> Callable[..., tuple[ClaimPart, ...]]:
    """Claims as the legal rules would give them; each call is noted (client, invoices, payments, day)."""

    def claims(client: Client, rows: Sequence[InvoiceRow], payments: Sequence[Payment],
               today: date) -> tuple[ClaimPart, ...]:
        calls.append((client.name, len(rows), len(payments), today))
        return (ClaimPart("Wettelijke handelsrente t/m 23 november 2026", 12_34,
                          ("€ 810,00 × 10,15 % × 53/365 dagen",)),
                ClaimPart("Buitengerechtelijke incassokosten", 40_00, ("forfait",), due=False))

    return claims


@contextmanager
def open_store(path: Path) -> Iterator[SqlStore]:
    """The file's store without the app's lock or backup, as the CLI reads it."""
    engine = make_engine(path)
    try:
        yield SqlStore(engine, path)
    finally:
        engine.dispose()


def copy_file(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API, in rollback-journal mode for plain edits."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    return target


def tamper(path: Path, sql: str, params: Sequence[object] = ()) -> None:
    """Change the file behind the app's back: its append-only triggers dropped first."""
    connection = sqlite3.connect(path)
    try:
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()
