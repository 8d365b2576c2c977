"""A ladder step's email, drafted from its template in the client's language, for the user to edit.

Who receives it follows the step: the contact who handles payments, or (for
the last reminder) the company's general address with that contact in CC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from debtordesk.core.ladder import LadderStep, Recipient
from debtordesk.core.model import BusinessProfile, Client, Contact, ContactRole, Invoice, InvoiceRow
from debtordesk.core.outgoing import Attachment, MailSettings, OutgoingMessage
from debtordesk.core.template_values import template_values
from debtordesk.core.templates import MessageTemplate, render_message

#: The final payment date a reminder names: the statutory 14 days of a Dutch 14-day letter.
FINAL_TERM = timedelta(days=14)

#: Contacts to write to first, by role.
_PAYMENT_ROLES = (ContactRole.ACCOUNTS_PAYABLE, ContactRole.MANAGER, ContactRole.PURCHASING, ContactRole.OTHER,
                  ContactRole.GENERAL_INBOX)


@dataclass(frozen=True)
class Draft:
    """A drafted message and what the compose window should tell the user about it.

    Attributes:
        notes: codes of things the user should know: "no_contact_email" (nobody to
            send to yet), "no_general_address" (the step asks for the general
            address, the client has none, so it goes to the contact).
    """

    client_id: int
    invoice_ids: tuple[int, ...]
    step: LadderStep | None
    message: OutgoingMessage
    notes: tuple[str, ...] = ()


def payment_contact(contacts: Sequence[Contact]) -> Contact | None:
    """The active contact with an email address who most likely handles payments."""
    reachable = [c for c in contacts if c.active and c.email.strip()]
    for role in _PAYMENT_ROLES:
        for contact in reachable:
            if contact.role == role:
                return contact
    return None


def draft_message(*, profile: BusinessProfile, settings: MailSettings, client: Client, contacts: Sequence[Contact],
                  rows: Sequence[InvoiceRow], invoices: Sequence[Invoice], template: MessageTemplate,
                  step: LadderStep | None, today: date, promised_date: date | None = None, agreement: str = "",
                  to_contact: Contact | None = None) -> Draft:
    """The step's email with every placeholder filled; the invoices' stored PDFs attached.

    ``to_contact`` (the person spoken with, when it has an address) goes before the usual choice.
    """
    contact = payment_contact([to_contact] if to_contact is not None else []) \
        or payment_contact([c for c in contacts if c.role != ContactRole.GENERAL_INBOX]) or payment_contact(contacts)
    notes: list[str] = []
    to: tuple[str, ...] = (contact.email.strip(),) if contact else ()
    cc: tuple[str, ...] = ()
    if step is not None and step.recipient == Recipient.GENERAL_WITH_CONTACT_CC:
        general = [c.email.strip() for c in contacts
                   if c.active and c.role == ContactRole.GENERAL_INBOX and c.email.strip()]
        if general:
            to, cc = tuple(general[:1]), to
        else:
            notes.append("no_general_address")
    if not to:
        notes.append("no_contact_email")
    values = template_values(profile=profile, client=client, contact=contact, invoices=rows, today=today,
                             language=client.language, promised_date=promised_date, final_date=today + FINAL_TERM,
                             agreement=agreement)
    rendered = render_message(template, values)
    sender_address = settings.sender_address or profile.email
    bcc = (sender_address,) if settings.bcc_self and sender_address else ()
    attachments = tuple(Attachment(i.pdf.filename, "application/pdf", i.pdf.data) for i in invoices if i.pdf)
    message = OutgoingMessage(settings.sender_name or profile.name, sender_address, to, rendered.subject,
                              rendered.body, cc=cc, bcc=bcc, attachments=attachments)
    return Draft(client.id or 0, tuple(i.id or 0 for i in invoices), step, message, tuple(notes))
