"""The values of the template placeholders, written in the message's language.

A message is in the client's language, which need not be the UI's, so everything here is
formatted with babel for that language; the few words in between live in _WORDS below
(they are message text like the templates, not Qt strings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.lists import format_list

from debtordesk.core.formatting import Formatter
from debtordesk.core.model import BusinessProfile, Client, Contact, InvoiceRow, Language
from debtordesk.core.money import Cents, format_amount
from debtordesk.core.templates import PLACEHOLDERS


@dataclass(frozen=True)
class _Words:
    invoice_line: str  # fields: number, issued, due, amount
    open: str  # the amount part of an invoice line; field: open
    partly_paid: str  # the same for an invoice paid in part; fields: open, total
    iban: str
    bic: str
    holder: str
    reference: str


#: The due date is named neutrally ("vervaldatum", not "vervallen op"): a summary after a
#: call may list an invoice that is not due yet.
_WORDS: dict[Language, _Words] = {
    Language.NL: _Words(
        invoice_line="– {number} van {issued}, vervaldatum {due}: {amount}",
        open="{open} open",
        partly_paid="{open} open van {total}",
        iban="IBAN: ",
        bic="BIC: ",
        holder="Ten name van: ",
        reference="Onder vermelding van: ",
    ),
    Language.EN: _Words(
        invoice_line="– {number} dated {issued}, due {due}: {amount}",
        open="{open} outstanding",
        partly_paid="{open} of {total} outstanding",
        iban="IBAN: ",
        bic="BIC: ",
        holder="Account holder: ",
        reference="Reference: ",
    ),
    Language.FR: _Words(
        invoice_line="– {number} du {issued}, échéance {due} : {amount}",
        open="{open} restant dû",
        partly_paid="{open} restant dû sur {total}",
        iban="IBAN : ",
        bic="BIC : ",
        holder="Bénéficiaire : ",
        reference="Communication : ",
    ),
}


def template_values(
    *,
    profile: BusinessProfile,
    client: Client,
    contact: Contact | None,
    invoices: Sequence[InvoiceRow],
    today: date,
    language: Language,
    promised_date: date | None = None,
    final_date: date | None = None,
    agreement: str = "",
) -> dict[str, str]:
    """Every placeholder of PLACEHOLDERS, as text for a message in ``language``.

    ``invoices`` are the ones the message is about; they are listed oldest due date first.
    A date that does not apply (no promise, no final date) is "" so that every template
    renders; choosing a template that needs it is the caller's business.

    Raises:
        ValueError: no invoices, or invoices in more than one currency.
    """
    if not invoices:
        raise ValueError("a message about invoices needs at least one invoice")
    currencies = {row.invoice.currency for row in invoices}
    if len(currencies) != 1:
        raise ValueError(f"one message cannot sum invoices in {sorted(currencies)}")
    (currency,) = currencies
    language = Language(language)
    words = _WORDS[language]
    fmt = Formatter(language)
    rows = sorted(invoices, key=lambda r: (r.invoice.due_date, r.invoice.issue_date, r.invoice.number))
    numbers = [row.invoice.number for row in rows]

    def money(cents: Cents) -> str:
        return format_amount(cents, fmt.locale, currency)

    def long_date(day: date | None) -> str:
        return "" if day is None else format_date(day, format="long", locale=fmt.locale)

    def invoice_line(row: InvoiceRow) -> str:
        # Our own constant patterns; the invoice number is an argument and never expanded.
        if row.paid_cents > 0 and row.open_cents > 0:
            amount = words.partly_paid.format(open=money(row.open_cents), total=money(row.invoice.total_cents))
        else:
            amount = words.open.format(open=money(row.open_cents))
        return words.invoice_line.format(number=row.invoice.number, issued=fmt.date(row.invoice.issue_date),
                                         due=fmt.date(row.invoice.due_date), amount=amount)

    values = {
        "client": client.name,
        "contact": contact.name if contact is not None and contact.name.strip() else client.name,
        "invoice_numbers": format_list(numbers, locale=fmt.locale),
        "invoice_list": "\n".join(invoice_line(row) for row in rows),
        "due_dates": format_list(list(dict.fromkeys(long_date(r.invoice.due_date) for r in rows)),
                                 locale=fmt.locale),
        "open_amount": money(sum(row.open_cents for row in rows)),
        "days_overdue": str(max(row.days_overdue(today) for row in rows)),
        "promised_date": long_date(promised_date),
        "final_date": long_date(final_date),
        "agreement": agreement,
        "payment_details": _payment_details(profile, numbers, words),
        "sender": _sender(profile),
    }
    assert tuple(values) == PLACEHOLDERS
    return values


def _payment_details(profile: BusinessProfile, numbers: list[str], words: _Words) -> str:
    """Transfer details, one per line; the reference names the invoices so the payment is matched."""
    lines = [words.iban + _grouped_iban(profile.iban)]
    if profile.bic.strip():
        lines.append(words.bic + profile.bic.strip().upper())
    lines.append(words.holder + profile.name)
    lines.append(words.reference + ", ".join(numbers))
    return "\n".join(lines)


def _grouped_iban(iban: str) -> str:
    """An IBAN in groups of four, as banks print it and people type it."""
    compact = "".join(iban.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _sender(profile: BusinessProfile) -> str:
    """The signature as the user wrote it, below the business name unless a line of it is the name."""
    lines = [line.rstrip() for line in profile.signature.strip().splitlines()]
    name = profile.name.strip()
    if not any(line.strip().casefold() == name.casefold() for line in lines):
        lines.insert(0, name)
    return "\n".join(lines)
