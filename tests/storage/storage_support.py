"""Helpers shared by the storage tests (imported by their conftest and by test modules).

A small business built through the services with a fixed clock, and row counts read
with plain sqlite3. Named uniquely so it cannot clash with another test folder's module.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from debtordesk.core.clock import fixed_clock
from debtordesk.core.model import (
    BusinessProfile,
    Client,
    ClientKind,
    Contact,
    ContactRole,
    Country,
    Invoice,
    InvoicePdf,
    Language,
    Payment,
    Promise,
    Task,
    TaskKind,
)
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import DataFile

#: "Now" for every service in these tests: 10:00 UTC is the same calendar day in
#: every time zone from UTC-10 to UTC+13, so ``Clock.today()`` is 2026-11-23.
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

PROFILE = BusinessProfile(
    name="Studio Test",
    street="Oudegracht 1",
    postcode="3511 AW",
    city="Utrecht",
    country=Country.NL,
    vat_number="NL000099998B57",
    registration_number="30123456",
    iban="NL91ABNA0417164300",
    bic="ABNANL2A",
    email="studio@test.example",
    phone="+31 30 123 45 67",
)

TABLES = ("business_profile", "client", "contact", "invoice", "payment", "promise", "promise_invoice", "task",
          "dossier_record", "dossier_document")


@dataclass(frozen=True)
class Business:
    """Ids of what ``build_business`` wrote."""

    nl_client: int
    be_client: int
    invoice: int  # with a PDF; its chain has five records
    other_invoice: int
    payment: int
    promise: int
    task: int


def make_service(data_file: DataFile) -> DebtorService:
    return DebtorService(data_file.store, fixed_clock(NOW))


def build_business(service: DebtorService) -> Business:
    service.save_profile(PROFILE)
    nl = service.save_client(
        Client(name="Bakkerij Bos", street="Voorstraat 12", postcode="3512 AK", city="Utrecht"),
        [Contact(0, "Ingrid Bos", ContactRole.ACCOUNTS_PAYABLE, email="ingrid@bos.example")],
    )
    be = service.save_client(
        Client(name="Brouwerij Hop", kind=ClientKind.COMPANY, postcode="9000", city="Gent", country=Country.BE,
               language=Language.NL, vat_number="BE0403170701"),
        [Contact(0, "Lies Peeters", email="lies@hop.example", phone="+32 9 222 33 44")],
    )
    invoice = service.save_invoice(Invoice(
        nl, "2026-001", date(2026, 9, 1), date(2026, 10, 1), 1000_00, 210_00,
        pdf=InvoicePdf("2026-001.pdf", PDF_BYTES),
    ))
    other = service.save_invoice(Invoice(be, "2026-002", date(2026, 9, 15), date(2026, 10, 15), 500_00, 105_00))
    payment = service.record_payment(Payment(invoice, date(2026, 10, 5), 500_00))
    service.add_note("Called: the rest follows next week.", client_id=nl, invoice_id=invoice)
    promise = service.add_promise(Promise(nl, (invoice,), 700_00, date(2026, 12, 1)))
    task = service.add_task(Task(be, date(2026, 11, 30), TaskKind.CALL, "Ask about 2026-002", other))
    service.record_payment(Payment(invoice, date(2026, 11, 1), 10_00))
    return Business(nl, be, invoice, other, payment, promise, task)


def table_counts(path: Path) -> dict[str, int]:
    """Row counts per table, read with plain sqlite3 (read-only)."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        connection.close()


