"""The EPC QR code's payload ("GiroCode"): a SEPA credit transfer a banking app fills in.

EPC069-12 (legal.md C.1) fixes the format: lines separated by LF, in this order:

====  ==============================  =====================================================
line  element                         what we write
====  ==============================  =====================================================
1     service tag                     ``BCD``
2     version                         ``002`` (the BIC may be empty)
3     character set                   ``1`` (UTF-8: names with é, ë and ç stay as written)
4     identification                  ``SCT``
5     BIC                             8 or 11 characters, or empty
6     beneficiary name                at most 70 characters
7     IBAN                            without spaces
8     amount                          ``EUR12.30`` (0.01 … 999999999.99) or empty
9     purpose                         empty
10    structured reference            the RF reference or the 12 OGM digits
11    unstructured remittance         at most 140 characters (only without line 10)
====  ==============================  =====================================================

Nothing follows the last element given, and the whole payload is at most 331 bytes (QR
version 13 at error level M). Decisions where the standard leaves room: a name longer than
70 characters is cut at 70 (the account holder stays recognisable and the bank checks the
IBAN, not the name) and remittance text at 140; everything else that cannot be encoded is
an ``EpcError`` rather than a code a banking app would reject.
"""

from __future__ import annotations

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError

from debtordesk.core.money import Cents
from debtordesk.core.payment_reference import PaymentReference

NAME_MAX = 70
REFERENCE_MAX = 35
TEXT_MAX = 140
PAYLOAD_MAX_BYTES = 331
#: EPC069-12: 0.01 up to 999,999,999.99 euro.
AMOUNT_MIN_CENTS = 1
AMOUNT_MAX_CENTS = 99_999_999_999


class EpcError(ValueError):
    """Input that no EPC QR code can carry; ``code`` names the problem.

    Codes: "name_empty", "iban_invalid", "bic_invalid", "amount_out_of_range",
    "reference_too_long", "payload_too_long".
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def epc_amount(cents: Cents) -> str:
    """``EUR`` and the amount with a decimal point and two decimals: 1230 -> "EUR12.30"."""
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise TypeError(f"cents must be int, not {type(cents).__name__}")
    if not AMOUNT_MIN_CENTS <= cents <= AMOUNT_MAX_CENTS:
        raise EpcError("amount_out_of_range", str(cents))
    return f"EUR{cents // 100}.{cents % 100:02d}"


def _one_line(text: str) -> str:
    """Line breaks and runs of spaces as one space: a payload line must not break."""
    return " ".join(text.split())


def epc_payload(*, name: str, iban: str, bic: str, amount_cents: Cents | None,
                reference: PaymentReference) -> str:
    """The payload text for a transfer of ``amount_cents`` (None: the payer types it) to ``iban``.

    Raises:
        EpcError: see its codes.
    """
    name = _one_line(name)[:NAME_MAX].rstrip()
    if not name:
        raise EpcError("name_empty")
    try:
        iban = stdnum_iban.validate(iban)
    except ValidationError:
        raise EpcError("iban_invalid", iban) from None
    bic = "".join(bic.split()).upper()
    if bic:
        try:
            bic = stdnum_bic.validate(bic)
        except ValidationError:
            raise EpcError("bic_invalid", bic) from None
    lines = ["BCD", "002", "1", "SCT", bic, name, iban,
             "" if amount_cents is None else epc_amount(amount_cents), ""]
    if reference.structured is not None:
        structured = "".join(reference.structured.split())
        if len(structured) > REFERENCE_MAX:
            raise EpcError("reference_too_long", structured)
        lines.append(structured)
    else:
        text = _one_line(reference.unstructured or "")[:TEXT_MAX].rstrip()
        if text:
            lines += ["", text]
    while not lines[-1]:  # nothing after the last element given
        lines.pop()
    payload = "\n".join(lines)
    size = len(payload.encode("utf-8"))
    if size > PAYLOAD_MAX_BYTES:
        raise EpcError("payload_too_long", f"{size} bytes")
    return payload
