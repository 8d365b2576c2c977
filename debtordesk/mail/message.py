"""A reminder as an email: the draft the user checks, the exact bytes that are sent and
kept in the dossier (.eml), and a ``mailto:`` URL for sending from the user's own mail
program instead.

The message is built so that it is plain 7-bit ASCII on the wire: non-ASCII names and
subjects become RFC 2047 encoded words, the body is quoted-printable UTF-8, attachment
names use RFC 2231. Any server accepts it without 8BITMIME or SMTPUTF8, and the bytes
we keep are the bytes the server got.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from debtordesk.core.outgoing import Attachment, OutgoingMessage

#: One policy for building and serialising: CRLF line ends, 78-column folding.
POLICY = policy.SMTP

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
#: A dot-atom local part and a host name with at least one dot. Stricter than RFC 5322
#: on purpose: quoted local parts, address literals and non-ASCII addresses (SMTPUTF8)
#: are valid but rare in invoicing, and refusing them keeps every server happy.
_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+")
_MAX_ADDRESS = 254
#: Characters that would end a header line or corrupt it: the header injection vector.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_TOKEN = r"[A-Za-z0-9!#$&^_.+-]+"
_MEDIA_TYPE = re.compile(rf"{_TOKEN}/{_TOKEN}")


#: What the user sees before sending (``core.outgoing``). Recipients are bare addresses;
#: ``bcc`` goes only into the SMTP envelope, never into a header, so the other recipients
#: (and the dossier's .eml) do not reveal it.
Draft = OutgoingMessage


class InvalidDraft(ValueError):
    """``build_message`` refuses a draft that ``validate_draft`` finds problems in.

    Attributes:
        problems: the codes from ``validate_draft``.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid draft: " + ", ".join(problems))
        self.problems = problems


def is_valid_address(address: str) -> bool:
    """A bare ``local@domain.tld`` that both our pattern and the email package accept."""
    if len(address) > _MAX_ADDRESS or not _ADDRESS.fullmatch(address):
        return False
    try:
        parsed = Address(addr_spec=address)
    except (ValueError, IndexError, HeaderParseError):
        return False
    return parsed.addr_spec == address


def validate_draft(draft: Draft) -> list[str]:
    """Problem codes, empty when the draft can be sent; the UI words each code.

    Codes: ``no_sender``, ``no_recipient``, ``no_subject``, ``bad_address:<address>``,
    ``header_injection:<field>`` (a line break or control character where a header
    value goes), ``no_attachment_name:<index>``, ``bad_media_type:<index>``.
    """
    problems: list[str] = []
    texts = {"sender_name": draft.sender_name, "sender_address": draft.sender_address,
             "subject": draft.subject, "reply_to": draft.reply_to}
    texts |= {f"{kind}[{i}]": value for kind in ("to", "cc", "bcc")
              for i, value in enumerate(getattr(draft, kind))}
    texts |= {f"attachments[{i}]": a.filename for i, a in enumerate(draft.attachments)}
    texts |= {f"attachments[{i}].media_type": a.media_type for i, a in enumerate(draft.attachments)}
    injected = [name for name, value in texts.items() if _CONTROL.search(value)]
    problems += [f"header_injection:{name}" for name in injected]

    if not draft.sender_address.strip():
        problems.append("no_sender")
    if not (draft.to or draft.cc or draft.bcc):
        problems.append("no_recipient")
    if not draft.subject.strip():
        problems.append("no_subject")
    addresses = [draft.sender_address] if draft.sender_address.strip() else []
    addresses += [*draft.to, *draft.cc, *draft.bcc]
    addresses += [draft.reply_to] if draft.reply_to else []
    for address in dict.fromkeys(addresses):
        if not is_valid_address(address):
            problems.append(f"bad_address:{address}")
    for i, attachment in enumerate(draft.attachments):
        if not attachment.filename.strip():
            problems.append(f"no_attachment_name:{i}")
        if not _MEDIA_TYPE.fullmatch(attachment.media_type):
            problems.append(f"bad_media_type:{i}")
    return problems


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def build_message(draft: Draft, *, now: datetime, domain: str | None = None) -> EmailMessage:
    """The message to send and keep, with its own Date and Message-ID.

    Args:
        now: the sending moment, timezone-aware (a naive time would be written as
            "-0000", unknown zone).
        domain: the right-hand side of the Message-ID; the sender's domain by default,
            so the id does not reveal the computer's host name.

    Raises:
        InvalidDraft: the draft has problems (see ``validate_draft``).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    problems = validate_draft(draft)
    if problems:
        raise InvalidDraft(problems)

    msg = EmailMessage(policy=POLICY)
    msg["From"] = Address(display_name=draft.sender_name, addr_spec=draft.sender_address)
    if draft.to:
        msg["To"] = [Address(addr_spec=a) for a in draft.to]
    if draft.cc:
        msg["Cc"] = [Address(addr_spec=a) for a in draft.cc]
    if draft.reply_to:
        msg["Reply-To"] = Address(addr_spec=draft.reply_to)
    msg["Subject"] = draft.subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=domain or _domain(draft.sender_address))
    msg["MIME-Version"] = "1.0"
    msg.set_content(draft.body, subtype="plain", charset="utf-8", cte="quoted-printable")
    if draft.attachments:
        # Parts are built as MIMEPart, not through add_attachment: that makes each part an
        # EmailMessage, which writes a stray MIME-Version header into every attachment.
        msg.make_mixed()
        for attachment in draft.attachments:
            maintype, _, subtype = attachment.media_type.partition("/")
            part = MIMEPart(policy=POLICY)
            part.set_content(attachment.data, maintype=maintype, subtype=subtype, disposition="attachment",
                             filename=attachment.filename)
            msg.attach(part)
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The exact bytes that are sent, and that the dossier keeps as an .eml file."""
    return msg.as_bytes(policy=POLICY)


def envelope_recipients(draft: Draft) -> list[str]:
    """To, Cc and Bcc for the SMTP envelope: each address once (case-insensitively), in order.

    Without this, a client in both To and Cc would get the reminder twice.
    """
    seen: dict[str, str] = {}
    for address in (*draft.to, *draft.cc, *draft.bcc):
        seen.setdefault(address.strip().lower(), address.strip())
    return list(seen.values())


def _encode_addresses(addresses: tuple[str, ...]) -> str:
    # "@" may stay literal in a mailto address (RFC 6068 section 2); everything else that
    # is not unreserved is encoded, "," separates addresses.
    return ",".join(quote(a, safe="@") for a in addresses)


def mailto_url(draft: Draft) -> str:
    """A ``mailto:`` URL (RFC 6068) that opens the draft in the user's mail program.

    Attachments cannot travel in a mailto URL: the UI must tell the user to attach the
    PDF by hand (or save it next to the message). Line breaks in the body become
    CRLF (``%0D%0A``) as the RFC asks. Some programs and Windows cut very long URLs
    (around 2,000 characters), so long bodies may arrive shortened.
    """
    fields: list[tuple[str, str]] = []
    if draft.cc:
        fields.append(("cc", _encode_addresses(draft.cc)))
    if draft.bcc:
        fields.append(("bcc", _encode_addresses(draft.bcc)))
    if draft.subject:
        fields.append(("subject", quote(draft.subject, safe="")))
    if draft.body:
        body = draft.body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        fields.append(("body", quote(body, safe="")))
    query = "&".join(f"{name}={value}" for name, value in fields)
    return f"mailto:{_encode_addresses(draft.to)}" + (f"?{query}" if query else "")
