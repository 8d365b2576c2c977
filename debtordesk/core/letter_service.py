"""The use cases of printed letters: draft one as a PDF, then record it posted with the exact PDF.

A letter is drafted (nothing is written), printed or saved by the user, and only
when the user says it went out is it recorded: one transaction keeps the PDF
that was printed in every invoice's dossier with the posting (ordinary or
registered mail, carrier, tracking number, sending date, presumed receipt and
the end of its term), moves the ladder on when the letter is a step, and plans
a check of the payment the day after the term ends. The PDF itself is made by
the documents layer, handed in by app.py as ``render``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from debtordesk.core.dossier import Document, DossierRecord, RecordDraft, RecordKind
from debtordesk.core.follow_up_service import FollowUpService
from debtordesk.core.interest import DebtorType
from debtordesk.core.ladder import LadderStep
from debtordesk.core.legal_terms import TermWorking, payment_term
from debtordesk.core.letter_claims import CLAIMING_KINDS, REGISTERED_KINDS, ClaimPlan, LetterHistory, law_country, plan_claims
from debtordesk.core.letters import LetterContent, LetterKind, LetterRequest, build_letter, kinds_for
from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.model import Client, ClientKind, Contact, Country, InvoiceRow, Payment, ContactRole, Language, Task, TaskKind
from debtordesk.core.money import Cents
from debtordesk.core.ports import Transaction
from debtordesk.core.rates import RateBook
from debtordesk.core.services import DebtorService, Topic
from debtordesk.core.template_texts import TemplateKind
from debtordesk.core import validation as v

Render = Callable[[Sequence[LetterContent]], bytes]

#: The ladder's default steps that are letters of their own kind.
STEP_KINDS = {kind.value: kind for kind in LetterKind}

#: The business's terms say collection costs follow the statutory scale (WIK): "1" or absent.
WIK_TERMS_KEY = "letters.wik_terms"

#: Longest tracking number we keep: PostNL and bpost barcodes are 13 characters, others shorter than this.
MAX_TRACKING = 40


@dataclass(frozen=True)
class LetterDraft:
    """A letter ready to print: its content, its PDF, and what it was made from."""

    client_id: int
    invoice_ids: tuple[int, ...]
    invoice_numbers: tuple[str, ...]
    kind: LetterKind
    language: Language
    letter_date: date
    registered: bool
    claims: ClaimPlan
    content: LetterContent
    pdf: bytes
    open_cents: Cents
    country: Country  # whose law the letter follows
    step: LadderStep | None = None
    business: bool = True  # the client is a business, not a consumer

    @property
    def filename(self) -> str:
        return f"{self.kind.value}-{'-'.join(self.invoice_numbers)}-{self.letter_date.isoformat()}.pdf"

    @property
    def claimed_cents(self) -> Cents:
        return sum(p.amount_cents for p in self.claims.parts if p.due)


@dataclass(frozen=True)
class Posting:
    """How and when a letter went out.

    Attributes:
        carrier: "PostNL", "bpost" or what the user typed; empty for ordinary mail.
        tracking: the registered item's barcode; required for registered mail.
    """

    sent_on: date
    registered: bool
    carrier: str = ""
    tracking: str = ""
    #: the payment check's note on the Today list, in the user's language (the UI words it)
    task_note: str = ""


class LetterService:
    """Attributes:
        debtors, follow_up: the services whose store, clock, templates and ladder writer this one uses.
        rates: the effective-dated interest tables.
    """

    def __init__(self, follow_up: FollowUpService, rates: RateBook, render: Render) -> None:
        self.follow_up = follow_up
        self.debtors: DebtorService = follow_up.debtors
        self.rates = rates
        self.render = render

    def wik_terms(self) -> bool:
        """Whether the business's terms apply the statutory scale (WIK) to business clients."""
        with self.debtors.store.reading() as reader:
            return reader.setting(WIK_TERMS_KEY) == "1"

    def set_wik_terms(self, on: bool) -> None:
        """A term of the business's contracts: recorded, since every claim made after it depends on it."""
        with self.debtors.store.transaction() as tx:
            tx.set_setting(WIK_TERMS_KEY, "1" if on else None)
            self.debtors._record(tx, RecordDraft(
                RecordKind.PROFILE_SAVED,
                "Terms: collection costs " + ("follow the statutory scale (WIK)" if on else "are € 40 per invoice"),
                details={"wik_terms": on}))
        self.debtors._notify(Topic.PROFILE)

    def kinds(self, client_id: int) -> tuple[LetterKind, ...]:
        """The kinds that apply to this client (the 14-day letter only to a Dutch consumer, ...)."""
        with self.debtors.store.reading() as reader:
            profile, client = reader.profile(), reader.client(client_id)
        if profile is None:
            return ()
        return tuple(kinds_for(profile.country, law_country(profile, client), client.kind))

    def kind_for_step(self, client_id: int, step: LadderStep | None) -> LetterKind:
        """The letter a step asks for; a consumer's notice of default is the letter their law requires."""
        kinds = self.kinds(client_id)
        kind = STEP_KINDS.get(step.template_key if step else "", LetterKind.NOTICE_OF_DEFAULT)
        if kind == LetterKind.NOTICE_OF_DEFAULT:
            for special in (LetterKind.FOURTEEN_DAY_LETTER, LetterKind.FIRST_REMINDER):
                if special in kinds:
                    return special
        return kind if kind in kinds else LetterKind.NOTICE_OF_DEFAULT

    def draft(self, client_id: int, invoice_ids: Sequence[int], kind: LetterKind, *,
              language: Language | None = None, letter_date: date | None = None,
              claim: bool | None = None, registered: bool | None = None,
              step: LadderStep | None = None) -> LetterDraft:
        """The letter and its PDF; nothing is written.

        Raises:
            ValueError: no business profile yet, or none of the invoices is the client's.
        """
        letter_date = letter_date or self.debtors.clock.today()
        with self.debtors.store.reading() as reader:
            profile = reader.profile()
            if profile is None:
                raise ValueError("set up the business profile before writing to clients")
            client = reader.client(client_id)
            contacts = reader.contacts(client_id)
            rows = [r for r in reader.invoices_with_ids(list(invoice_ids)) if r.invoice.client_id == client_id]
            payments = {r.invoice.id or 0: list(reader.payments(r.invoice.id or 0)) for r in rows}
            history = _history(reader.records(client_id=client_id), {r.invoice.id for r in rows})
            wik_terms = reader.setting(WIK_TERMS_KEY) == "1"
        if not rows:
            raise ValueError("a letter concerns at least one invoice of the client")
        language = language or client.language
        include = kind in CLAIMING_KINDS if claim is None else claim
        plan = plan_claims(kind, profile=profile, client=client, rows=rows, payments=payments,
                           letter_date=letter_date, rates=self.rates, history=history, include=include,
                           language=language, wik_terms=wik_terms)
        registered = kind in REGISTERED_KINDS if registered is None else registered
        template = self.follow_up.template(kind.value, TemplateKind.LETTER, language)
        content = build_letter(LetterRequest(
            kind=kind, language=language, profile=profile, client=client, contact=_addressee(contacts),
            rows=rows, letter_date=letter_date, final_date=plan.final_date, claims=plan.parts,
            template=template, registered=registered))
        return LetterDraft(client_id, tuple(r.invoice.id or 0 for r in rows), tuple(r.invoice.number for r in rows),
                           kind, language, letter_date, registered, plan, content, self.render([content]),
                           sum(r.open_cents for r in rows), law_country(profile, client), step,
                           client.kind == ClientKind.COMPANY)

    def claims_to_date(self) -> Callable[[Client, Sequence[InvoiceRow], Sequence[Payment], date],
                                         tuple[ClaimPart, ...]]:
        """Interest and costs up to a day, as a hand-over would claim them: the dossier export's cover."""
        def claims(client: Client, rows: Sequence[InvoiceRow], payments: Sequence[Payment],
                   today: date) -> tuple[ClaimPart, ...]:
            with self.debtors.store.reading() as reader:
                profile = reader.profile()
                records = reader.records(client_id=client.id)
                wik_terms = reader.setting(WIK_TERMS_KEY) == "1"
            if profile is None:
                return ()
            paid: dict[int, list[Payment]] = {}
            for payment in payments:
                paid.setdefault(payment.invoice_id, []).append(payment)
            history = _history(records, {r.invoice.id for r in rows})
            return plan_claims(LetterKind.HAND_OVER, profile=profile, client=client, rows=rows, payments=paid,
                               letter_date=today, rates=self.rates, history=history, include=True,
                               language=profile.language, wik_terms=wik_terms).parts

        return claims

    def render_many(self, drafts: Sequence[LetterDraft]) -> bytes:
        """One PDF with every letter, each from a new page: a batch goes to the printer as one job."""
        return self.render([d.content for d in drafts])

    @staticmethod
    def term(draft: LetterDraft, sent_on: date) -> TermWorking:
        """When a letter posted on ``sent_on`` is presumed received and when its 14-day term ends.

        The draft already knows whose law and which kind of debtor: nothing is read again.
        """
        return payment_term(draft.country, DebtorType.BUSINESS if draft.business else DebtorType.CONSUMER, sent_on)

    def record_posted(self, draft: LetterDraft, posting: Posting) -> list[DossierRecord]:
        """The letter went out: its PDF, the posting and the term in each invoice's dossier, in one transaction.

        Raises:
            ValidationError: registered mail without a tracking number, a sending date before the
                letter's date or in the future, a tracking number that cannot be one.
        """
        return self.record_all_posted([(draft, posting)])

    def record_all_posted(self, letters: Sequence[tuple[LetterDraft, Posting]]) -> list[DossierRecord]:
        """A batch that went out together: all recorded, or (on any problem) none.

        Raises:
            ValidationError: as record_posted; with several letters each problem's field is
                prefixed by the letter's position ("1.tracking").
        """
        problems = []
        for position, (draft, posting) in enumerate(letters):
            prefix = f"{position}." if len(letters) > 1 else ""
            problems += [v.Problem(prefix + p.field, p.code, p.params) for p in self._problems(draft, posting)]
        v.raise_if(problems)
        records: list[DossierRecord] = []
        with self.debtors.store.transaction() as tx:
            for draft, posting in letters:
                records += self._write(tx, draft, posting)
        self.debtors._notify(Topic.INVOICES, Topic.CLIENTS)
        return records

    def _problems(self, draft: LetterDraft, posting: Posting) -> list[v.Problem]:
        today = self.debtors.clock.today()
        tracking = _tracking(posting.tracking)
        problems = []
        if posting.registered and not tracking:
            problems.append(v.Problem("tracking", "required"))
        if len(tracking) > MAX_TRACKING or not all(ch.isalnum() or ch in "-/" for ch in tracking):
            problems.append(v.Problem("tracking", "tracking_invalid"))
        if posting.sent_on < draft.letter_date:
            problems.append(v.Problem("sent_on", "sent_before_letter_date"))
        if posting.sent_on > today:
            problems.append(v.Problem("sent_on", "sent_in_future"))
        return problems

    def _write(self, tx: Transaction, draft: LetterDraft, posting: Posting) -> list[DossierRecord]:
        tracking = _tracking(posting.tracking) if posting.registered else ""
        carrier = posting.carrier.strip() if posting.registered else ""
        term = self.term(draft, posting.sent_on)
        pdf = Document(draft.filename, "application/pdf", draft.pdf)
        how = "registered mail" if posting.registered else "post"
        details = {
            "letter_kind": draft.kind.value, "language": draft.language.value,
            "letter_date": draft.letter_date.isoformat(), "sent_on": posting.sent_on.isoformat(),
            "registered": posting.registered, "carrier": carrier, "tracking": tracking,
            "presumed_receipt": term.presumed_receipt.isoformat(), "term_end": term.term_end.isoformat(),
            "final_date": draft.claims.final_date.isoformat() if draft.claims.final_date else None,
            "invoices": list(draft.invoice_numbers), "open_cents": draft.open_cents,
            "claimed_cents": draft.claimed_cents,
            "claims": [{"label": p.label, "amount_cents": p.amount_cents, "due": p.due} for p in draft.claims.parts],
        }
        posted = f" ({carrier} {tracking})" if tracking else ""
        records = []
        for invoice_id in draft.invoice_ids:
            tx.invoice(invoice_id)  # still there
            records.append(self.debtors._record(tx, RecordDraft(
                RecordKind.LETTER_SENT,
                f"Letter {draft.kind.value} sent by {how}{posted} on {posting.sent_on.isoformat()} "
                f"({', '.join(draft.invoice_numbers)})",
                client_id=draft.client_id, invoice_id=invoice_id, documents=(pdf,), details=details)))
        if draft.step is not None:
            self.follow_up.step_records(tx, RecordKind.STEP_DONE, draft.client_id, draft.invoice_ids, draft.step,
                                        {"note": f"letter sent by {how}", "letter_kind": draft.kind.value,
                                         "on": posting.sent_on.isoformat()})
        check_on = max(term.term_end, draft.claims.final_date or term.term_end) + timedelta(days=1)
        self.debtors._add_task(tx, Task(draft.client_id, check_on, TaskKind.CHECK_PAYMENT,
                                        note=posting.task_note or f"{draft.kind.value}: {', '.join(draft.invoice_numbers)}",
                                        invoice_id=draft.invoice_ids[0]))
        return records

def _tracking(text: str) -> str:
    """A barcode as carriers print it: no spaces, capitals."""
    return "".join(text.split()).upper()


def _addressee(contacts: Sequence[Contact]) -> Contact | None:
    """Whom the letter is for the attention of: accounts payable first, else the first active contact."""
    active = [c for c in contacts if c.active]
    return next((c for c in active if c.role == ContactRole.ACCOUNTS_PAYABLE), active[0] if active else None)


def _history(records: Sequence[DossierRecord], invoice_ids: set[int | None]) -> LetterHistory:
    """The latest 14-day letter, first reminder and notice of default on these invoices, from their dossiers."""
    latest: dict[str, date] = {}
    notice_final: date | None = None
    for record in records:
        if record.kind != RecordKind.LETTER_SENT or record.invoice_id not in invoice_ids:
            continue
        kind, end = record.details.get("letter_kind", ""), record.details.get("term_end")
        if end:
            latest[kind] = max(latest.get(kind, date.min), date.fromisoformat(end))
        # A 14-day letter names no date: its term ends 14 days after the presumed receipt.
        final = end if kind == LetterKind.FOURTEEN_DAY_LETTER.value else record.details.get("final_date") or end
        if kind in (LetterKind.NOTICE_OF_DEFAULT.value, LetterKind.FOURTEEN_DAY_LETTER.value) and final:
            notice_final = max(notice_final or date.min, date.fromisoformat(final))
    return LetterHistory(latest.get(LetterKind.FOURTEEN_DAY_LETTER.value),
                         latest.get(LetterKind.FIRST_REMINDER.value), notice_final)
