"""A printed letter's complete content, from the business, the client and the open invoices.

The prose is the kind's template (the user's version or the shipped one), rendered with
core.templates. Everything a debtor needs to check and pay is laid out by code, so a user
who edits the text cannot remove it: the statement of invoices, the claims (interest and
costs arrive as ClaimParts, computed by the legal rules), the total, the final date or
term, the payment details and the EPC QR code, and the sentences the law requires of a
Dutch 14-day letter and a Belgian first reminder.

In a template, a paragraph that is exactly ``{invoice_list}`` is where the statement goes
(claims and total right after it) and one that is exactly ``{payment_details}`` is where
the payment block goes. A template without them still gets both, before its closing
greeting (the paragraph before the one holding ``{sender}``). Used inside a sentence, the
two placeholders print as plain text lines, as in an email.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from babel import Locale
from babel.dates import format_date

from debtordesk.core.claim_part import ClaimPart
from debtordesk.core.epc_qr import epc_payload
from debtordesk.core.formatting import Formatter
from debtordesk.core.letter_content import (
    Block,
    BlockKind,
    ClaimLine,
    LetterContent,
    PaymentDetails,
    Statement,
    StatementLine,
)
from debtordesk.core.letter_kinds import ASKS_PAYMENT, LetterKind, kinds_for
from debtordesk.core.letter_words import WORDS, LetterWords
from debtordesk.core.model import BusinessProfile, Client, Contact, Country, InvoiceRow, Language
from debtordesk.core.money import Cents, format_amount
from debtordesk.core.payment_reference import PaymentReference, ReferenceKind, reference_for
from debtordesk.core.template_texts import TemplateKind, default_template
from debtordesk.core.template_values import template_values
from debtordesk.core.templates import MessageTemplate, placeholders_used, render

__all__ = ["LetterError", "LetterKind", "LetterRequest", "build_letter", "kinds_for"]

#: Book XIX: at least 14 calendar days, from the third working day after sending. The exact
#: date is the term rules' business; a date less than 14 days after the letter is surely wrong.
FIRST_REMINDER_MIN_TERM = timedelta(days=14)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SLOTS = {"{invoice_list}": BlockKind.STATEMENT, "{payment_details}": BlockKind.PAYMENT}


class LetterError(ValueError):
    """A letter that must not be printed as asked; ``code`` says why.

    Codes: "kind_not_applicable", "no_invoices", "currency_not_euro", "nothing_to_pay",
    "final_date_missing", "final_date_too_early", "collection_costs_missing" (a 14-day
    letter must state the exact costs), "first_reminder_charges" (a first reminder charges
    nothing yet), "registration_missing" (a first reminder names the enterprise number).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True, kw_only=True)
class LetterRequest:
    """Everything a letter is made of.

    Attributes:
        rows: the invoices the letter is about (all of the client's open ones: one letter
            for all claims, art. 6:96 lid 7 BW).
        final_date: the last day to pay; ignored by a 14-day letter, whose term runs from
            the day after delivery and so is written out in words.
        claims: interest and costs as the legal rules worded them; ``due=False`` parts are
            announced, not added to the total.
        template: the user's text; None takes the shipped one for the kind and language.
        term_text: the term in words (overrides the 14-day letter's standard wording; for
            other kinds shown beside the final date).
    """

    kind: LetterKind
    language: Language
    profile: BusinessProfile
    client: Client
    contact: Contact | None = None
    rows: Sequence[InvoiceRow]
    letter_date: date
    final_date: date | None = None
    claims: tuple[ClaimPart, ...] = ()
    template: MessageTemplate | None = None
    registered: bool = False
    term_text: str = ""


def build_letter(request: LetterRequest) -> LetterContent:
    """The letter's content in its language, ready to lay out.

    Raises:
        LetterError: see its codes.
        TemplateError: the template has problems (an editor never saves such a text).
        EpcError: the payment details cannot make a QR code (an invalid IBAN).
    """
    kind, language = LetterKind(request.kind), Language(request.language)
    profile, client = request.profile, request.client
    _check(request, kind)
    words, fmt = WORDS[language], Formatter(language)
    rows = sorted(request.rows, key=lambda r: (r.invoice.due_date, r.invoice.issue_date, r.invoice.number))

    def money(cents: Cents) -> str:
        return format_amount(cents, fmt.locale)

    def long_date(day: date) -> str:
        return format_date(day, format="long", locale=fmt.locale)

    open_cents = sum(row.open_cents for row in rows)
    total_cents = open_cents + sum(part.amount_cents for part in request.claims if part.due)
    if total_cents <= 0:
        raise LetterError("nothing_to_pay")
    final_date = None if kind == LetterKind.FOURTEEN_DAY_LETTER else request.final_date
    term = request.term_text.strip()
    if kind == LetterKind.FOURTEEN_DAY_LETTER:
        term = term or words.fourteen_day_term

    reference = reference_for(profile.country, [row.invoice for row in rows], client.id or 0, request.letter_date)
    payment_rows = _payment_rows(profile, reference, words, money(total_cents),
                                 long_date(final_date) if final_date else "", term)
    payment = PaymentDetails(
        rows=payment_rows, reference=reference, qr_caption=words.qr_caption,
        epc_payload=epc_payload(name=profile.name, iban=profile.iban, bic=profile.bic, amount_cents=total_cents,
                                reference=reference))

    template = request.template or default_template(kind, TemplateKind.LETTER, language)
    values = template_values(profile=profile, client=client, contact=request.contact, invoices=rows,
                             today=request.letter_date, language=language, final_date=final_date)
    values["payment_details"] = "\n".join(f"{label}: {value}" for label, value in payment_rows)
    if "final_date" in placeholders_used(template.subject + "\n" + template.body) and final_date is None:
        raise LetterError("final_date_missing", "the text names a final date the letter does not have")

    if kind == LetterKind.FOURTEEN_DAY_LETTER:
        heading = words.announced_fourteen_days.format(term=term)
    elif kind == LetterKind.FIRST_REMINDER and final_date is not None:
        heading = words.announced_first_reminder.format(date=long_date(final_date))
    elif final_date is not None:
        heading = words.announced_by_date.format(date=long_date(final_date))
    else:
        heading = words.announced

    def claim_line(part: ClaimPart) -> ClaimLine:
        return ClaimLine(part.label, tuple(part.working), money(part.amount_cents))

    statement = Statement(
        columns=words.columns,
        lines=tuple(StatementLine(row.invoice.number, fmt.date(row.invoice.issue_date), fmt.date(row.invoice.due_date),
                                  money(row.invoice.total_cents), money(row.paid_cents), money(row.open_cents))
                    for row in rows),
        totals=StatementLine(words.invoices_total, "", "", money(sum(r.invoice.total_cents for r in rows)),
                             money(sum(r.paid_cents for r in rows)), money(open_cents)),
        claims=tuple(claim_line(part) for part in request.claims if part.due),
        total_label=words.total_to_pay, total=money(total_cents),
        announced_heading=heading,
        announced=tuple(claim_line(part) for part in request.claims if not part.due),
        notices=_notices(kind, profile, words),
    )
    numbers = [row.invoice.number for row in rows]
    references = [(words.invoice if len(numbers) == 1 else words.invoices, ", ".join(numbers))]
    if reference.kind != ReferenceKind.TEXT:
        references.append((words.our_reference, reference.printed))
    return LetterContent(
        kind=kind, language=language, locale=fmt.locale, sender_country=profile.country, author=profile.name,
        sender_lines=_sender_lines(profile, client, words, fmt.locale),
        return_line=_return_line(profile, client, fmt.locale),
        registered_mark=words.registered if request.registered else "",
        recipient_lines=_recipient_lines(profile, client, request.contact, words, fmt.locale),
        place_date=words.place_date.format(place=profile.city.strip(), date=long_date(request.letter_date)),
        references=tuple(references),
        subject=" ".join(render(template.subject, values).split()),
        blocks=_blocks(template.body, values, with_payment=kind in ASKS_PAYMENT),
        statement=statement, payment=payment, total_cents=total_cents,
    )


def _check(request: LetterRequest, kind: LetterKind) -> None:
    """The refusals that do not need the letter's words."""
    profile, client = request.profile, request.client
    if kind not in kinds_for(profile.country, client.country, client.kind):
        raise LetterError("kind_not_applicable", f"{kind} for a {client.kind} in {client.country}")
    if not request.rows:
        raise LetterError("no_invoices")
    currencies = {row.invoice.currency for row in request.rows}
    if currencies != {"EUR"}:
        raise LetterError("currency_not_euro", ", ".join(sorted(currencies)))
    if kind == LetterKind.FOURTEEN_DAY_LETTER and all(part.due for part in request.claims):
        raise LetterError("collection_costs_missing", "a 14-day letter states the exact collection costs")
    if kind == LetterKind.FIRST_REMINDER:
        if any(part.due for part in request.claims):
            raise LetterError("first_reminder_charges", "a first reminder only announces what a late payment costs")
        if not profile.registration_number.strip():
            raise LetterError("registration_missing")
        if request.final_date is None:
            raise LetterError("final_date_missing")
        if request.final_date < request.letter_date + FIRST_REMINDER_MIN_TERM:
            raise LetterError("final_date_too_early", request.final_date.isoformat())


def _notices(kind: LetterKind, profile: BusinessProfile, words: LetterWords) -> tuple[str, ...]:
    if kind == LetterKind.FIRST_REMINDER:
        creditor = words.creditor.format(name=profile.name, number=_registration(profile))
        return (words.first_reminder_free, words.first_reminder_period, creditor)
    return ()


def _payment_rows(profile: BusinessProfile, reference: PaymentReference, words: LetterWords, amount: str,
                  final_date: str, term: str) -> tuple[tuple[str, str], ...]:
    rows = [(words.amount, amount)]
    if final_date:
        rows.append((words.pay_by, final_date))
    if term:
        rows.append((words.payment_term, term))
    rows.append((words.iban, grouped_iban(profile.iban)))
    if profile.bic.strip():
        rows.append((words.bic, profile.bic.strip().upper()))
    rows.append((words.holder, profile.name))
    label = words.structured_reference if reference.kind == ReferenceKind.STRUCTURED_BE else words.reference
    rows.append((label, reference.printed))
    return tuple(rows)


def grouped_iban(iban: str) -> str:
    """An IBAN in groups of four, as banks print it and people type it."""
    compact = "".join(iban.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _registration(profile: BusinessProfile) -> str:
    """The register number as the registry writes it: a Belgian enterprise number as 0123.456.789."""
    number = profile.registration_number.strip()
    digits = "".join(ch for ch in number if ch.isdigit())
    if profile.country == Country.BE and len(digits) == 10:
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return number


def _country_name(country: Country, locale: str) -> str:
    """The country in the letter's language, in capitals as the post asks for abroad."""
    return Locale.parse(locale).territories.get(str(country), str(country)).upper()


def _town(postcode: str, city: str) -> str:
    return " ".join(part for part in (postcode.strip(), city.strip()) if part)


def _sender_lines(profile: BusinessProfile, client: Client, words: LetterWords, locale: str) -> tuple[str, ...]:
    lines = [profile.name, profile.street, _town(profile.postcode, profile.city)]
    if client.country != profile.country:
        lines.append(_country_name(profile.country, locale))
    if profile.phone.strip():
        lines.append(words.phone.format(number=profile.phone.strip()))
    lines.append(profile.email)
    if profile.registration_number.strip() and profile.country in words.registration:
        lines.append(words.registration[profile.country].format(number=_registration(profile)))
    if profile.vat_number.strip():
        lines.append(words.vat.format(number=profile.vat_number.strip()))
    return tuple(line.strip() for line in lines if line.strip())


def _return_line(profile: BusinessProfile, client: Client, locale: str) -> str:
    parts = [profile.name, profile.street, _town(profile.postcode, profile.city)]
    if client.country != profile.country:
        parts.append(_country_name(profile.country, locale))
    return " · ".join(part.strip() for part in parts if part.strip())


def _recipient_lines(profile: BusinessProfile, client: Client, contact: Contact | None, words: LetterWords,
                     locale: str) -> tuple[str, ...]:
    lines = [client.name]
    if contact is not None and contact.name.strip() and contact.name.strip().casefold() != client.name.casefold():
        lines.append(words.attention.format(name=contact.name.strip()))
    lines += [client.street, _town(client.postcode, client.city)]
    if client.country != profile.country:
        lines.append(_country_name(client.country, locale))
    return tuple(line.strip() for line in lines if line.strip())


def _blocks(body: str, values: dict[str, str], *, with_payment: bool) -> tuple[Block, ...]:
    """The body's paragraphs rendered, with the statement and payment slots in place."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(body.strip("\n")) if p.strip()]
    signed = [index for index, paragraph in enumerate(paragraphs) if "{sender}" in paragraph]
    # Missing slots go before the closing greeting: the paragraph before the signature.
    closing = (signed[0] - 1 if signed[0] >= 2 else signed[0]) if signed else len(paragraphs)
    placed: list[tuple[int, Block]] = []  # (paragraph index, block)
    for index, paragraph in enumerate(paragraphs):
        slot = _SLOTS.get(paragraph.strip())
        if slot is not None:
            if not any(block.kind == slot for _, block in placed):
                placed.append((index, Block(slot)))
            continue
        text = render(paragraph, values).strip("\n")
        if text.strip():
            kind = BlockKind.SIGNATURE if paragraph.strip() == "{sender}" else BlockKind.TEXT
            placed.append((index, Block(kind, text)))
    blocks = [block for _, block in placed]
    at = sum(1 for index, _ in placed if index < closing)
    kinds = [block.kind for block in blocks]
    if BlockKind.STATEMENT not in kinds:
        # The statement comes before a payment block the text placed itself.
        at = kinds.index(BlockKind.PAYMENT) if BlockKind.PAYMENT in kinds[:at] else at
        blocks.insert(at, Block(BlockKind.STATEMENT))
        at += 1
    if with_payment and BlockKind.PAYMENT not in kinds:
        blocks.insert(at, Block(BlockKind.PAYMENT))
    return tuple(blocks)
