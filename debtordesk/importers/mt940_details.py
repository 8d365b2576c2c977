"""What a :86: field (information to the account owner) says about a movement, for Dutch banks.

Dutch banks fill :86: in three ways:

- structured subfields ``/CODE/value``: ABN AMRO, Knab and Rabobank separate them with one slash
  (``/ORDP//NAME/x/REMI/y/ISDT/2013-04-03``), ING and Triodos end each value with one more
  (``/EREF/x//CNTP/iban/bic/name/city//REMI/USTD//text/``);
- ABN AMRO's labelled text (``SEPA OVERBOEKING IBAN: … BIC: … NAAM: … OMSCHRIJVING: … KENMERK: …``);
- free text (card payments, ASN Bank's description lines).

Banks wrap the field at 64 or 65 characters, most of them in mid-word and ING and Triodos at
any length, so structured text is joined without a separator. Rabobank (recognised by its
/ISDT/ date) and the text forms start a new line on purpose when the line before is short,
so there a short line is joined with a space.

The creditor reference comes from, in this order: /REMI/STRD/<issuer>/<ref>/ (ING),
/CDTRREF/ (Rabobank), "ISSUER: … REF: …" (ABN AMRO), a betalingskenmerk labelled
"BETALINGSKENM.", the 16-digit end-to-end id or remittance number of an acceptgiro
when its check digit is right, and finally a valid RF reference or Belgian structured communication in the text.
RF references come out without spaces, Belgian ones as 12 bare digits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from stdnum import iso11649
from stdnum.be import ogm_vcs

#: A line this long was cut by the bank's line length, not ended on purpose.
WRAP_WIDTH = 64

_CODES = ("ADDR", "BENM", "BIC", "BUSP", "CD", "CDTRREF", "CDTRREFTP", "CHGS", "CNTP", "CSID", "EREF", "EXCH",
          "FX", "IBAN", "ID", "IREF", "ISDT", "ISSR", "KREF", "MARF", "NAME", "NRTX", "OCMT", "ORDP", "ORIG",
          "PREF", "PURP", "REMI", "RTRN", "RTYP", "SUM", "SVCL", "TRCD", "TRTP", "ULTB", "ULTC", "ULTD")
_CODE = re.compile(r"/(" + "|".join(sorted(_CODES, key=len, reverse=True)) + r")(?=/)")
_LABEL = re.compile(r"(IBAN|BIC|NAAM|OMSCHRIJVING|KENMERK|BETALINGSKENM\.|ID DEBITEUR|MACHTIGING|INCASSANT)\s?:")
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_PAYMENT_ID = re.compile(r"BETALINGSKENM\.?\s*:?\s*([0-9]{7,16})(?![0-9])")
_ISSUER_REF = re.compile(r"ISSUER:\s*\S+\s+REF:\s*([A-Z0-9]+)")
_SIXTEEN_DIGITS = re.compile(r"(?<![0-9])[0-9]{16}(?![0-9])")
_RF = re.compile(r"(?<![A-Z0-9])RF[0-9]{2}(?: ?[A-Z0-9]){1,21}")
_OGM = re.compile(r"(?<![0-9])([0-9]{3}) ?/ ?([0-9]{4}) ?/ ?([0-9]{5})(?![0-9])")
_KENMERK_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6, 1)
_PLACEHOLDERS = frozenset({"NOTPROVIDED", "NONREF", "NOT PROVIDED"})


@dataclass(frozen=True)
class Details:
    counterparty_name: str = ""
    counterparty_iban: str = ""
    remittance: str = ""
    structured_reference: str = ""
    end_to_end_id: str = ""


def collapse(text: str) -> str:
    return " ".join(text.split())


def iban_or_empty(text: str) -> str:
    """``text`` without spaces when it has the shape of an IBAN (old Dutch account numbers do not)."""
    compact = "".join(text.split()).upper()
    return compact if _IBAN.fullmatch(compact) else ""


def is_betalingskenmerk(text: str) -> bool:
    """Whether ``text`` is a 16-digit Dutch payment reference with a valid check digit.

    The first digit checks the other fifteen: weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 (repeating)
    from the right, 11 minus the sum modulo 11, where 10 counts as 1 and 11 as 0.
    """
    if len(text) != 16 or not text.isascii() or not text.isdigit():
        return False
    total = sum(int(digit) * _KENMERK_WEIGHTS[index % 10] for index, digit in enumerate(reversed(text[1:])))
    check = {10: 1, 11: 0}.get(11 - total % 11, 11 - total % 11)
    return check == int(text[0])


def _is_structured(text: str) -> bool:
    return _CODE.match(text.lstrip()) is not None


def join_lines(lines: Sequence[str]) -> str:
    """The field's lines as one text, joined where the bank wrapped them (see the module docstring)."""
    whole = "".join(lines)
    structured = _is_structured(whole) and "/ISDT/" not in whole
    text = lines[0]
    for before, line in zip(lines, lines[1:], strict=False):
        text += line if structured or len(before) >= WRAP_WIDTH else " " + line
    return text


def read_details(lines: Sequence[str], iban_hint: str = "", name_hint: str = "") -> Details:
    """The counterparty, remittance and references of one :86: field.

    ``iban_hint`` and ``name_hint`` come from the :61: line (Rabobank and ASN Bank put the
    counterparty there); they fill what :86: leaves out.
    """
    text = join_lines(lines)
    if _is_structured(text):
        found = _structured(text)
    elif _LABEL.search(text) and re.search(r"(IBAN|NAAM)\s?:", text):
        found = _labelled(text)
    else:
        found = _free_text(text, iban_hint, name_hint)
    reference = found.structured_reference or _reference_in_text(found.remittance)
    return Details(found.counterparty_name or collapse(name_hint), found.counterparty_iban or iban_hint,
                   found.remittance, reference, found.end_to_end_id)


def _strip_one_slash(value: str) -> str:
    return value[:-1] if value.endswith("/") else value


def _subfields(text: str) -> list[tuple[str, str]]:
    matches = list(_CODE.finditer(text))
    fields = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        fields.append((match.group(1), _strip_one_slash(text[match.end() + 1:end]) if end > match.end() else ""))
    return fields


def _structured(text: str) -> Details:
    name = iban = remittance = reference = e2e = kind = ""
    ultimate = False  # after /ULTD/, /ULTC/ or /ULTB/ a name is the ultimate party's, not the counterparty's
    for code, value in _subfields(text):
        if code in ("ORDP", "BENM"):
            ultimate = False
        elif code in ("ULTD", "ULTC", "ULTB"):
            ultimate = True
        elif code == "CNTP":
            parts = value.split("/")
            iban = iban or iban_or_empty(parts[0])
            name = name or (collapse(parts[2]) if len(parts) > 2 else "")
        elif code == "IBAN" and not ultimate:
            iban = iban or iban_or_empty(value)
        elif code == "NAME" and not ultimate:
            name = name or collapse(value)
        elif code == "REMI" and not remittance and not reference:
            remittance, reference = _remittance(value)
        elif code == "CDTRREF":
            reference = reference or "".join(value.split())
        elif code == "EREF" and collapse(value).upper() not in _PLACEHOLDERS:
            e2e = e2e or collapse(value)
        elif code == "TRTP":
            kind = value.upper()
    if not reference:
        reference = _payment_id(remittance)
    if not reference and "ACCEPTGIRO" in kind:
        candidates = (found.group() for text in (e2e, remittance) for found in _SIXTEEN_DIGITS.finditer(text))
        reference = next((c for c in candidates if is_betalingskenmerk(c)), "")
    return Details(name, iban, remittance, reference, e2e)


def _remittance(value: str) -> tuple[str, str]:
    """(free text, structured reference) of a /REMI/ value."""
    strd = re.fullmatch(r"STRD/([A-Z]*)/(.*)", value, re.DOTALL)
    if strd:
        return "", "".join(strd.group(2).replace("/", " ").split())
    ustd = re.fullmatch(r"USTD//?(.*)", value, re.DOTALL)
    text = collapse(ustd.group(1) if ustd else value)
    issuer = _ISSUER_REF.search(text)
    return text, issuer.group(1) if issuer else ""


def _payment_id(text: str) -> str:
    found = _PAYMENT_ID.search(text.upper())
    return found.group(1) if found else ""


def _labelled(text: str) -> Details:
    labels = list(_LABEL.finditer(text))
    values: dict[str, str] = {}
    for index, match in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        values.setdefault(match.group(1), collapse(text[match.end():end]))
    iban = iban_or_empty(values.get("IBAN", "").split(" ")[0])
    kenmerk = values.get("KENMERK", "")
    remittance = values.get("OMSCHRIJVING") or collapse(text)
    return Details(values.get("NAAM", ""), iban, remittance, _payment_id(collapse(text)),
                   "" if kenmerk.upper() in _PLACEHOLDERS else kenmerk)


def _free_text(text: str, iban_hint: str, name_hint: str) -> Details:
    """Free text; ASN Bank starts it with the counterparty's IBAN and name, which are dropped."""
    remittance = collapse(text)
    if iban_hint and remittance.startswith(iban_hint):
        remittance = remittance[len(iban_hint):].lstrip()
        name = collapse(name_hint)
        if name and remittance.startswith(name):
            remittance = remittance[len(name):].lstrip()
    return Details(remittance=remittance, structured_reference=_payment_id(remittance))


def _reference_in_text(text: str) -> str:
    """A valid RF reference (without spaces) or Belgian structured communication (12 digits) in ``text``."""
    upper = text.upper()
    for match in _RF.finditer(upper):
        compact = match.group().replace(" ", "")
        for end in range(len(compact), 4, -1):
            if iso11649.is_valid(compact[:end]):
                return compact[:end]
    for match in _OGM.finditer(text):
        digits = "".join(match.groups())
        if ogm_vcs.is_valid(digits):
            return digits
    return ""
