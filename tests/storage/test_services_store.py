"""Services on a real data file: each change and its dossier record commit together or not at all."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from storage_support import NOW, PDF_BYTES, PROFILE, Business, table_counts

from debtordesk.core.dossier import DossierRecord, RecordKind, parse_timestamp
from debtordesk.core.model import (
    Client,
    Contact,
    Invoice,
    InvoicePdf,
    Payment,
    Promise,
    PromiseStatus,
    Task,
    TaskKind,
)
from debtordesk.core.ports import NotFound
from debtordesk.core.services import DebtorService
from debtordesk.core.validation import ValidationError
from debtordesk.storage.datafile import DataFile
from debtordesk.storage.repository import SqlTransaction
from debtordesk.storage.verify import verify_file


class Boom(RuntimeError):
    pass


def all_records(service: DebtorService) -> list[DossierRecord]:
    with service.store.reading() as reader:
        return list(reader.records())


def new_records(service: DebtorService, before: int) -> list[tuple[str, str]]:
    """(chain, kind) of every record after the first ``before``."""
    return [(r.chain, r.kind) for r in all_records(service)[before:]]


@pytest.fixture
def failing_append(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dossier write fails after the service has already written its rows."""

    def boom(self: SqlTransaction, *args: object, **kwargs: object) -> DossierRecord:
        self.session.flush()  # whatever the service wrote is now in the database, uncommitted
        raise Boom("disk trouble while sealing the record")

    monkeypatch.setattr(SqlTransaction, "append_record", boom)


def test_every_service_call_writes_the_expected_records(service: DebtorService, data_file: DataFile) -> None:
    def step(call: Callable[[], object], expected: list[tuple[str, RecordKind]]) -> object:
        before = len(all_records(service))
        result = call()
        assert new_records(service, before) == [(chain, kind.value) for chain, kind in expected]
        return result

    step(lambda: service.save_profile(PROFILE), [("business", RecordKind.PROFILE_SAVED)])
    step(lambda: service.save_profile(dataclasses.replace(PROFILE, city="Amersfoort")),
         [("business", RecordKind.PROFILE_SAVED)])
    client = Client(name="Bakkerij Bos", postcode="3512 AK")
    contacts = [Contact(0, "Ingrid", email="ingrid@bos.example"), Contact(0, "Kees", phone="+31 6 12345678")]
    client_id = step(lambda: service.save_client(client, contacts),
                     [("client:1", RecordKind.CLIENT_CREATED), ("client:1", RecordKind.CONTACT_SAVED),
                      ("client:1", RecordKind.CONTACT_SAVED)])
    assert client_id == 1
    client = dataclasses.replace(client, id=1)
    step(lambda: service.save_client(client), [])  # nothing changed: nothing written
    step(lambda: service.save_client(dataclasses.replace(client, work_paused=True)),
         [("client:1", RecordKind.CLIENT_CHANGED)])
    contact_id = step(lambda: service.save_contact(Contact(1, "Anouk", email="anouk@bos.example")),
                      [("client:1", RecordKind.CONTACT_SAVED)])
    step(lambda: service.save_contact(Contact(1, "Anouk", email="anouk@bos.example", id=contact_id)), [])
    invoice = Invoice(1, "2026-001", date(2026, 9, 1), date(2026, 10, 1), 1000_00, 210_00,
                      pdf=InvoicePdf("2026-001.pdf", PDF_BYTES))
    invoice_id = step(lambda: service.save_invoice(invoice), [("invoice:1", RecordKind.INVOICE_REGISTERED)])
    invoice = dataclasses.replace(invoice, id=invoice_id)
    step(lambda: service.save_invoice(invoice), [])
    step(lambda: service.save_invoice(dataclasses.replace(invoice, description="Logo")),
         [("invoice:1", RecordKind.INVOICE_CHANGED)])
    second = step(lambda: service.save_invoice(Invoice(1, "2026-002", date(2026, 9, 2), date(2026, 10, 2), 100_00,
                                                      21_00)),
                  [("invoice:2", RecordKind.INVOICE_REGISTERED)])
    step(lambda: service.record_payment(Payment(invoice_id, date(2026, 10, 5), 200_00)),
         [("invoice:1", RecordKind.PAYMENT_RECORDED)])
    promise = Promise(1, (invoice_id, second), 500_00, date(2026, 12, 1))
    promise_id = step(lambda: service.add_promise(promise),
                      [("invoice:1", RecordKind.PROMISE_MADE), ("invoice:2", RecordKind.PROMISE_MADE)])
    step(lambda: service.resolve_promise(dataclasses.replace(promise, id=promise_id), PromiseStatus.BROKEN),
         [("invoice:1", RecordKind.PROMISE_RESOLVED), ("invoice:2", RecordKind.PROMISE_RESOLVED)])
    task = Task(1, date(2026, 11, 30), TaskKind.CALL, "call Ingrid")
    task_id = step(lambda: service.add_task(task), [("client:1", RecordKind.TASK_CREATED)])
    step(lambda: service.complete_task(dataclasses.replace(task, id=task_id)), [("client:1", RecordKind.TASK_DONE)])
    step(lambda: service.add_note("Called, friendly", client_id=1, invoice_id=second),
         [("invoice:2", RecordKind.NOTE)])
    step(lambda: service.add_note("General note", client_id=None, invoice_id=None), [("business", RecordKind.NOTE)])

    records = all_records(service)
    assert {r.created_at for r in records} == {NOW}  # the injected clock, never the real one
    registered = next(r for r in records if r.kind == RecordKind.INVOICE_REGISTERED and r.invoice_id == invoice_id)
    assert [d.filename for d in registered.documents] == ["2026-001.pdf"]
    assert registered.details["total_cents"] == 1210_00
    for chain in {r.chain for r in records}:
        in_chain = [r for r in records if r.chain == chain]
        assert [r.seq for r in in_chain] == list(range(1, len(in_chain) + 1))
    report = verify_file(data_file.engine)
    assert report.intact and report.records == len(records) and report.chains == 4


def test_listeners_hear_only_after_commit(service: DebtorService) -> None:
    heard: list[str] = []
    service.subscribe(heard.append)
    service.save_profile(PROFILE)
    assert heard == ["profile", "dossier"]
    heard.clear()
    with pytest.raises(ValidationError):
        service.save_client(Client(name=""))
    assert heard == []


@pytest.mark.parametrize("what", ["client", "contact", "invoice", "payment", "promise", "task", "note", "profile"])
def test_a_failed_dossier_write_saves_nothing(what: str, service: DebtorService, business: Business,
                                              data_path: Path, request: pytest.FixtureRequest) -> None:
    calls: dict[str, Callable[[], object]] = {
        "client": lambda: service.save_client(Client(name="New BV"), [Contact(0, "X", email="x@new.example")]),
        "contact": lambda: service.save_contact(Contact(business.nl_client, "Y", email="y@bos.example")),
        "invoice": lambda: service.save_invoice(Invoice(business.nl_client, "2026-099", date(2026, 11, 1),
                                                        date(2026, 12, 1), 100_00, 21_00,
                                                        pdf=InvoicePdf("n.pdf", PDF_BYTES))),
        "payment": lambda: service.record_payment(Payment(business.other_invoice, date(2026, 11, 2), 5_00)),
        "promise": lambda: service.add_promise(Promise(business.be_client, (business.other_invoice,), 5_00,
                                                       date(2026, 12, 5))),
        "task": lambda: service.add_task(Task(business.be_client, date(2026, 12, 1), TaskKind.EMAIL)),
        "note": lambda: service.add_note("note", client_id=business.be_client, invoice_id=None),
        "profile": lambda: service.save_profile(dataclasses.replace(PROFILE, name="Renamed")),
    }
    before = table_counts(data_path)
    heard: list[str] = []
    service.subscribe(heard.append)
    request.getfixturevalue("failing_append")
    with pytest.raises(Boom):
        calls[what]()
    assert table_counts(data_path) == before
    assert heard == []
    with service.store.reading() as reader:
        profile = reader.profile()
        assert profile is not None and profile.name == PROFILE.name


def test_a_failed_dossier_write_leaves_an_edit_unsaved(service: DebtorService, business: Business,
                                                       failing_append: None) -> None:
    with service.store.reading() as reader:
        client = reader.client(business.nl_client)
        invoice = reader.invoice(business.invoice)
    with pytest.raises(Boom):
        service.save_client(dataclasses.replace(client, name="Renamed", work_paused=True))
    with pytest.raises(Boom):
        service.save_invoice(dataclasses.replace(invoice, net_cents=2000_00))
    with service.store.reading() as reader:
        assert reader.client(business.nl_client) == client
        assert reader.invoice(business.invoice) == invoice


@pytest.mark.parametrize("what", ["client", "invoice", "duplicate", "payment", "promise", "note", "profile"])
def test_a_refused_input_leaves_the_file_unchanged(what: str, service: DebtorService, business: Business,
                                                   data_path: Path) -> None:
    calls: dict[str, Callable[[], object]] = {
        "client": lambda: service.save_client(Client(name="Good BV"), [Contact(0, "No way to reach")]),
        "invoice": lambda: service.save_invoice(Invoice(business.nl_client, "2026-050", date(2026, 11, 1),
                                                        date(2026, 10, 1), 100_00, 0)),
        "duplicate": lambda: service.save_invoice(Invoice(business.be_client, "2026-001", date(2026, 11, 1),
                                                          date(2026, 12, 1), 100_00, 0)),
        "payment": lambda: service.record_payment(Payment(business.invoice, date(2026, 11, 5), 1210_00)),
        "promise": lambda: service.add_promise(Promise(business.be_client, (business.other_invoice,), 605_01,
                                                       date(2026, 12, 5))),
        "note": lambda: service.add_note("   ", client_id=business.nl_client, invoice_id=None),
        "profile": lambda: service.save_profile(dataclasses.replace(PROFILE, iban="NL91ABNA0417164301")),
    }
    before = table_counts(data_path)
    with pytest.raises(ValidationError):
        calls[what]()
    assert table_counts(data_path) == before


def test_unknown_ids_are_not_found_and_write_nothing(service: DebtorService, business: Business,
                                                     data_path: Path) -> None:
    before = table_counts(data_path)
    with pytest.raises(NotFound):
        service.save_invoice(Invoice(999, "2026-777", date(2026, 11, 1), date(2026, 12, 1), 100_00, 0))
    with pytest.raises(NotFound):
        service.record_payment(Payment(999, date(2026, 11, 1), 100))
    with pytest.raises(NotFound):
        service.save_contact(Contact(999, "Ghost", email="ghost@example.com"))
    assert table_counts(data_path) == before


def test_total_below_paid_is_refused(service: DebtorService, business: Business) -> None:
    with service.store.reading() as reader:
        invoice = reader.invoice(business.invoice)
        paid = reader.paid_cents(business.invoice)
    with pytest.raises(ValidationError) as caught:
        service.save_invoice(dataclasses.replace(invoice, net_cents=paid - invoice.vat_cents - 1))
    assert [p.code for p in caught.value.problems] == ["total_below_paid"]


def test_replacing_the_pdf_keeps_the_new_document_in_the_dossier(service: DebtorService, business: Business,
                                                                 data_file: DataFile) -> None:
    with service.store.reading() as reader:
        invoice = reader.invoice(business.invoice)
    assert invoice.pdf == InvoicePdf("2026-001.pdf", PDF_BYTES)
    new_pdf = InvoicePdf("2026-001-v2.pdf", PDF_BYTES + b"% corrected\n")
    service.save_invoice(dataclasses.replace(invoice, pdf=new_pdf))
    with service.store.reading() as reader:
        assert reader.invoice(business.invoice).pdf == new_pdf
        last = reader.records(invoice_id=business.invoice)[-1]
    assert last.kind == RecordKind.INVOICE_CHANGED
    assert last.details["changes"]["pdf"] == ["2026-001.pdf", "2026-001-v2.pdf"]
    assert [d.filename for d in last.documents] == ["2026-001-v2.pdf"]
    assert verify_file(data_file.engine).intact


def test_business_reads_back(service: DebtorService, business: Business, data_file: DataFile) -> None:
    today = NOW.date()
    with service.store.reading() as reader:
        rows = {row.invoice.number: row for row in reader.invoices()}
        assert rows["2026-001"].paid_cents == 510_00 and rows["2026-001"].open_cents == 700_00
        assert rows["2026-001"].days_overdue(today) == (today - date(2026, 10, 1)).days
        assert rows["2026-002"].open_cents == 605_00
        clients = {row.client.name: row for row in reader.clients(today)}
        assert clients["Bakkerij Bos"].open_cents == 700_00 and clients["Bakkerij Bos"].contact_count == 1
        assert [p.invoice_ids for p in reader.promises()] == [(business.invoice,)]
        assert [t.id for t in reader.tasks()] == [business.task]
        records = reader.records(invoice_id=business.invoice)
    assert [r.kind for r in records] == ["invoice_registered", "payment_recorded", "note", "promise_made",
                                         "payment_recorded"]
    assert parse_timestamp("2026-11-23T10:00:00.000000Z") == records[0].created_at
    report = verify_file(data_file.engine)
    assert report.intact
    assert (report.chains, report.records) == (5, 12)
