"""Invoices from e-invoices and accounting exports: plan what an import does, then do it whole.

The plan reads and writes nothing: per invoice it says whether it is new, changed or
unchanged (found by number, so a re-import never duplicates), which client it belongs
to (matched by VAT number, then email, then name, or a new client), and what payment
makes the open amount what the file says. Applying the plan is one transaction, with a
record of the file (name and SHA-256) in the business's dossier; a refused invoice
leaves the data file exactly as it was.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from debtordesk.core import validation as v
from debtordesk.core.bank_import import SourceFile
from debtordesk.core.bank_matching import compact
from debtordesk.core.cell_formats import DateFormat, NumberFormat
from debtordesk.core.column_mapping import ColumnMapping
from debtordesk.core.dossier import RecordDraft, RecordKind
from debtordesk.core.import_model import DocumentType, ImportedInvoice, Party
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
    PaymentMethod,
)
from debtordesk.core.money import Cents
from debtordesk.core.services import DebtorService, Topic


class Action(enum.StrEnum):
    NEW = "new"
    UPDATE = "update"  # the file changes its amounts or dates, or pays more of it
    UNCHANGED = "unchanged"
    CREDIT = "credit"  # a credit note that lowers an invoice we have
    SKIPPED = "skipped"  # see ``PlannedInvoice.note``


class ClientMatch(enum.StrEnum):
    VAT = "vat"
    EMAIL = "email"
    NAME = "name"
    NEW = "new"


@dataclass(frozen=True)
class PlannedInvoice:
    """What importing one invoice of the file does.

    Attributes:
        client_id: the existing client, or None when ``new_client`` is created.
        invoice_id: the existing invoice (UPDATE, UNCHANGED, CREDIT).
        changes: the fields an UPDATE changes.
        payment_cents: a payment that brings the open amount to what the file says (or a credit note's part).
        note: why an invoice is skipped: "credit_note_unmatched", "paid_less_than_recorded" (kept as is).
    """

    imported: ImportedInvoice
    action: Action
    match: ClientMatch
    client_id: int | None = None
    new_client: Client | None = None
    new_contact: Contact | None = None
    invoice_id: int | None = None
    changes: tuple[str, ...] = ()
    payment_cents: Cents = 0
    note: str = ""


@dataclass(frozen=True)
class InvoicePlan:
    source: SourceFile
    items: tuple[PlannedInvoice, ...]

    def count(self, action: Action) -> int:
        return sum(1 for item in self.items if item.action == action)

    @property
    def new_clients(self) -> int:
        return len({item.new_client.name.casefold() for item in self.items if item.new_client is not None})


@dataclass(frozen=True)
class ImportOutcome:
    created: int
    updated: int
    clients_created: int
    payments: int


class InvoiceImportService:
    """Attributes:
        debtors: the service whose store, clock, dossier writer and listeners this one uses.
    """

    def __init__(self, debtors: DebtorService) -> None:
        self.debtors = debtors

    # -- remembered column mappings, per source (the set of headers its exports have) -------
    def remembered_mapping(self, headers: Sequence[str]) -> tuple[ColumnMapping, NumberFormat, DateFormat] | None:
        """How the user mapped an export with these headers last time, or None."""
        with self.debtors.store.reading() as reader:
            text = reader.setting(mapping_key(headers))
        if not text:
            return None
        try:
            data = json.loads(text)
            return (ColumnMapping.from_json(data["mapping"]), NumberFormat(data["numbers"]),
                    DateFormat(data["dates"]))
        except (ValueError, KeyError, TypeError):  # written by an older version: guess again
            return None

    def remember_mapping(self, headers: Sequence[str], mapping: ColumnMapping, numbers: NumberFormat,
                         dates: DateFormat) -> None:
        with self.debtors.store.transaction() as tx:
            tx.set_setting(mapping_key(headers), json.dumps(
                {"mapping": mapping.to_json(), "numbers": numbers.value, "dates": dates.value}, sort_keys=True))

    def plan(self, invoices: Sequence[ImportedInvoice], source: SourceFile) -> InvoicePlan:
        with self.debtors.store.reading() as reader:
            profile = reader.profile()
            rows = {r.invoice.number.strip().casefold(): r for r in reader.invoices()}
            clients = [c.client for c in reader.clients(self.debtors.clock.today())]
            emails = {c.email.strip().casefold(): c.client_id for cl in clients if cl.id is not None
                      for c in reader.contacts(cl.id) if c.email.strip()}
        by_vat = {compact(c.vat_number): c.id for c in clients if c.vat_number.strip()}
        by_name = {c.name.strip().casefold(): c.id for c in clients}
        items = []
        for imported in invoices:
            match, client_id = _client_of(imported.buyer, by_vat, emails, by_name)
            new_client = new_contact = None
            if client_id is None:
                new_client, new_contact = _new_client(imported.buyer, profile)
            existing = rows.get(imported.number.strip().casefold())
            if imported.document_type == DocumentType.CREDIT_NOTE:
                corrected = rows.get(imported.corrects.strip().casefold()) if imported.corrects else None
                if corrected is None or corrected.open_cents <= 0:
                    items.append(PlannedInvoice(imported, Action.SKIPPED, match, client_id, note="credit_note_unmatched"))
                else:
                    items.append(PlannedInvoice(imported, Action.CREDIT, match, corrected.invoice.client_id,
                                                invoice_id=corrected.invoice.id,
                                                payment_cents=min(imported.payable_cents, corrected.open_cents)))
                continue
            if existing is None:
                items.append(PlannedInvoice(imported, Action.NEW, match, client_id, new_client, new_contact,
                                            payment_cents=min(imported.paid_cents, imported.net_cents
                                                              + imported.vat_cents)))
                continue
            ours = existing.invoice
            changes = tuple(name for name, theirs, mine in (
                ("net_cents", imported.net_cents, ours.net_cents), ("vat_cents", imported.vat_cents, ours.vat_cents),
                ("issue_date", imported.issue_date, ours.issue_date),
                ("due_date", imported.due_date or ours.due_date, ours.due_date)) if theirs != mine)
            more_paid = imported.paid_cents - existing.paid_cents
            note = "paid_less_than_recorded" if more_paid < 0 else ""
            action = Action.UPDATE if changes or more_paid > 0 else Action.UNCHANGED
            items.append(PlannedInvoice(imported, action, match, ours.client_id, invoice_id=ours.id, changes=changes,
                                        payment_cents=max(0, more_paid), note=note))
        return InvoicePlan(source, tuple(items))

    def apply(self, plan: InvoicePlan) -> ImportOutcome:
        """Do the plan in one transaction.

        Raises:
            ValidationError: an invoice or a new client is not valid (the problem's field is prefixed
                with the invoice number, e.g. "2026-014.net"); nothing is written.
        """
        today = self.debtors.clock.today()
        created = updated = payments = 0
        new_clients: dict[str, int] = {}
        source = {"source_file": plan.source.name, "source_sha256": plan.source.sha256}
        current = ""
        try:
            with self.debtors.store.transaction() as tx:
                profile = tx.profile()
                term = profile.payment_term_days if profile else 30
                for item in plan.items:
                    current = item.imported.number
                    if item.action in (Action.SKIPPED, Action.UNCHANGED):
                        continue
                    client_id = item.client_id
                    if client_id is None and item.new_client is not None:
                        key = item.new_client.name.casefold()
                        if key not in new_clients:
                            v.raise_if(v.validate_client(item.new_client))
                            new_clients[key] = self.debtors._save_client(tx, item.new_client)
                            if item.new_contact is not None:
                                self.debtors._save_contact(
                                    tx, dataclasses.replace(item.new_contact, client_id=new_clients[key]))
                        client_id = new_clients[key]
                    assert client_id is not None
                    invoice_id = item.invoice_id
                    if item.action == Action.NEW:
                        invoice_id = self.debtors._save_invoice(tx, _invoice(item.imported, client_id, term), **source)
                        created += 1
                    elif item.action == Action.UPDATE:
                        updated += 1
                        if item.changes:  # otherwise only a payment brings it up to date
                            old = tx.invoice(item.invoice_id or 0)
                            self.debtors._save_invoice(tx, dataclasses.replace(
                                old, net_cents=item.imported.net_cents, vat_cents=item.imported.vat_cents,
                                issue_date=item.imported.issue_date,
                                due_date=item.imported.due_date or old.due_date), **source)
                    if item.payment_cents > 0 and invoice_id is not None:
                        reference = (f"credit note {current}" if item.action == Action.CREDIT
                                     else f"paid according to {plan.source.name}")
                        self.debtors._add_payment(tx, Payment(invoice_id, today, item.payment_cents,
                                                              PaymentMethod.OTHER, reference), **source)
                        payments += 1
                self.debtors._record(tx, RecordDraft(
                    RecordKind.FILE_IMPORTED,
                    f"Invoices imported from {plan.source.name}: {created} new, {updated} updated, "
                    f"{len(new_clients)} new client(s)",
                    details={"file": plan.source.name, "sha256": plan.source.sha256, "kind": plan.source.kind,
                             "created": created, "updated": updated, "clients_created": len(new_clients),
                             "payments": payments, "unchanged": plan.count(Action.UNCHANGED),
                             "skipped": plan.count(Action.SKIPPED)}))
        except v.ValidationError as error:
            raise v.ValidationError([dataclasses.replace(p, field=f"{current}.{p.field}")
                                     for p in error.problems]) from None
        self.debtors._notify(Topic.INVOICES, Topic.CLIENTS)
        return ImportOutcome(created, updated, len(new_clients), payments)


def mapping_key(headers: Sequence[str]) -> str:
    """The setting a source's mapping is kept under: its headers, whatever their order."""
    names = sorted(" ".join(h.split()).casefold() for h in headers)
    return "import.mapping." + hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:20]


def _client_of(buyer: Party, by_vat: dict[str, int | None], emails: dict[str, int],
               by_name: dict[str, int | None]) -> tuple[ClientMatch, int | None]:
    vat = compact(buyer.vat_number)
    if vat and by_vat.get(vat) is not None:
        return ClientMatch.VAT, by_vat[vat]
    email = buyer.email.strip().casefold()
    if email and email in emails:
        return ClientMatch.EMAIL, emails[email]
    name = buyer.name.strip().casefold()
    if name and by_name.get(name) is not None:
        return ClientMatch.NAME, by_name[name]
    return ClientMatch.NEW, None


def _new_client(buyer: Party, profile: BusinessProfile | None) -> tuple[Client, Contact | None]:
    """A client as the file describes the buyer; a business unless the file gives no VAT or registration number
    and the user says otherwise in the review."""
    country = Country(buyer.country) if buyer.country in Country.__members__ else (
        profile.country if profile else Country.NL)
    client = Client(name=buyer.name.strip(), kind=ClientKind.COMPANY, street=buyer.street.strip(),
                    postcode=buyer.postcode.strip(), city=buyer.city.strip(), country=country,
                    language=profile.language if profile else Language.NL, vat_number=buyer.vat_number.strip())
    contact = None
    if buyer.email.strip() or buyer.phone.strip():
        contact = Contact(0, buyer.contact_name.strip() or buyer.name.strip(), ContactRole.ACCOUNTS_PAYABLE,
                          email=buyer.email.strip(), phone=buyer.phone.strip())
    return client, contact


def _invoice(imported: ImportedInvoice, client_id: int, term_days: int) -> Invoice:
    pdf = InvoicePdf(imported.pdf.filename, imported.pdf.data) if imported.pdf is not None else None
    return Invoice(client_id=client_id, number=imported.number.strip(), issue_date=imported.issue_date,
                   due_date=imported.due_date or imported.issue_date + timedelta(days=term_days),
                   net_cents=imported.net_cents, vat_cents=imported.vat_cents, currency=imported.currency,
                   description=imported.description, pdf=pdf, payment_reference=imported.payment_reference)
