"""The reference a debtor quotes when paying a letter, so the payment can be matched.

A Belgian creditor's debtors expect a structured communication (OGM/VCS,
``+++123/4567/89002+++``): Belgian banks and accounting programs match on it, and
banking apps fill it in from the EPC QR code. Elsewhere one invoice is paid "under
reference" of its number; a letter about several invoices gets an ISO 11649 RF
creditor reference, which every SEPA bank carries as a structured reference.

Every reference is derived from facts the letter already has (invoice id, client id,
letter date), so printing the same letter again gives the same reference.
Check digits come from python-stdnum (legal.md B.3, C.2), not from a hand-written mod 97.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from stdnum import iso11649
from stdnum.be import ogm_vcs
from stdnum.iso7064 import mod_97_10

from debtordesk.core.model import Country, Invoice

#: The number of digits of a structured communication's base (the check digits follow).
OGM_BASE_DIGITS = 10
#: An RF reference's body holds at most 21 characters (ISO 11649).
RF_BODY_MAX = 21


class ReferenceKind(enum.StrEnum):
    STRUCTURED_BE = "structured_be"  # Belgian structured communication (OGM/VCS)
    RF = "rf"  # ISO 11649 creditor reference
    TEXT = "text"  # free text, e.g. the invoice number


@dataclass(frozen=True)
class PaymentReference:
    """One reference in the two shapes it takes: on paper and in the EPC QR code.

    Attributes:
        kind: which scheme the reference follows.
        printed: as the letter shows it ("+++000/0000/01212+++", "RF42 0007 2611 24", "2026-015").
        structured: EPC line 10 (structured remittance): the RF reference without spaces or
            the 12 bare OGM digits; None for a text reference.
        unstructured: EPC line 11 (free remittance text); None for a structured reference.
    """

    kind: ReferenceKind
    printed: str
    structured: str | None
    unstructured: str | None

    def __post_init__(self) -> None:
        if (self.structured is None) == (self.unstructured is None):
            raise ValueError("a payment reference is structured or unstructured, never both or neither")


def structured_communication(base: int) -> PaymentReference:
    """The Belgian structured communication for a base of at most ten digits.

    The check digits are the base modulo 97, with 97 for a remainder of 0.
    """
    if not 0 <= base < 10**OGM_BASE_DIGITS:
        raise ValueError(f"a structured communication's base has at most {OGM_BASE_DIGITS} digits: {base}")
    digits = f"{base:0{OGM_BASE_DIGITS}d}"
    digits += ogm_vcs.calc_check_digits(digits)
    ogm_vcs.validate(digits)  # the library's own check: our digits are what banks accept
    return PaymentReference(ReferenceKind.STRUCTURED_BE, f"+++{ogm_vcs.format(digits)}+++", digits, None)


def rf_reference(body: str) -> PaymentReference:
    """The ISO 11649 reference ``RF`` + check digits + ``body``, printed in groups of four.

    The check digits make (body + "RF" + digits) with letters as numbers (A=10 … Z=35)
    equal 1 modulo 97, i.e. 98 minus the remainder of body + "RF00".
    """
    body = body.upper()
    if not (body.isascii() and body.isalnum() and 1 <= len(body) <= RF_BODY_MAX):
        raise ValueError(f"an RF reference's body is 1 to {RF_BODY_MAX} letters or digits: {body!r}")
    compact = "RF" + mod_97_10.calc_check_digits(body + "RF") + body
    iso11649.validate(compact)
    return PaymentReference(ReferenceKind.RF, iso11649.format(compact), compact, None)


def text_reference(text: str) -> PaymentReference:
    """Free remittance text (EPC line 11 holds at most 140 characters)."""
    text = " ".join(text.split())
    if not text:
        raise ValueError("a text reference needs text")
    return PaymentReference(ReferenceKind.TEXT, text, None, text[:140])


def reference_for(creditor_country: Country, invoices: Sequence[Invoice], client_id: int,
                  letter_date: date) -> PaymentReference:
    """The reference a letter about ``invoices`` asks the debtor to quote.

    - Belgian creditor, one invoice: a structured communication whose base is the
      invoice's id, zero-padded to ten digits.
    - Belgian creditor, several invoices (or one not stored yet): base = the client id's
      last four digits + the letter date as yymmdd, e.g. client 7 on 24-11-2026 ->
      0007261124 -> ``+++000/7261/12492+++``.
    - Any other creditor, one invoice: its invoice number as text (what the debtor's
      bookkeeping knows it by).
    - Any other creditor, several invoices: an RF reference whose body is the client id
      (at least four digits) + yymmdd, e.g. ``RF42 0007 2611 24``.

    Two letters to one client on one day share a reference; they are about the same debt.

    Raises:
        ValueError: no invoices, or a negative client id.
    """
    if not invoices:
        raise ValueError("a payment reference needs at least one invoice")
    if client_id < 0:
        raise ValueError(f"client id must not be negative: {client_id}")
    day = letter_date.strftime("%y%m%d")
    if creditor_country == Country.BE:
        if len(invoices) == 1 and invoices[0].id is not None and 0 <= invoices[0].id < 10**OGM_BASE_DIGITS:
            return structured_communication(invoices[0].id)
        return structured_communication(int(f"{client_id % 10_000:04d}{day}"))
    if len(invoices) == 1:
        return text_reference(invoices[0].number)
    body = f"{client_id:04d}{day}"
    if len(body) > RF_BODY_MAX:  # a client id of sixteen digits: keep its end, which varies
        body = body[-RF_BODY_MAX:]
    return rf_reference(body)
