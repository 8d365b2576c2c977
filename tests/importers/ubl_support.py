"""Shared by the UBL reader's tests: the sample files, a small UBL document to vary, and outcome checks."""

from __future__ import annotations

from pathlib import Path

from debtordesk.core.import_model import ImportedInvoice, ImportRejected
from debtordesk.importers.ubl import read_ubl

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
UBL_SAMPLES = sorted((SAMPLES / "ubl").iterdir())
OTHER_SAMPLES = sorted(path for kind in ("camt053", "coda", "mt940") for path in (SAMPLES / kind).iterdir())


def sample(name: str) -> bytes:
    return (SAMPLES / "ubl" / name).read_bytes()


def replace_once(data: bytes, old: bytes, new: bytes) -> bytes:
    """``data`` with ``old`` replaced, failing the test when ``old`` is not there exactly once."""
    assert data.count(old) == 1, old
    return data.replace(old, new)


def rejected(data: bytes) -> ImportRejected:
    """The rejection of ``data``; fails when the file is read."""
    try:
        invoice = read_ubl(data)
    except ImportRejected as rejection:
        return rejection
    raise AssertionError(f"read instead of refused: {invoice}")


def codes(data: bytes) -> list[str]:
    return [problem.code for problem in rejected(data).problems]


def outcome(data: bytes) -> ImportedInvoice | ImportRejected:
    """What the reader makes of ``data``: a whole invoice or a rejection; any other exception fails."""
    try:
        invoice = read_ubl(data)
    except ImportRejected as rejection:
        assert rejection.problems
        for problem in rejection.problems:
            assert problem.code and problem.line >= 0 and len(problem.value) <= 80
        return rejection
    assert invoice.number and invoice.buyer.name and len(invoice.currency) == 3
    assert min(invoice.net_cents, invoice.vat_cents, invoice.payable_cents, invoice.paid_cents) >= 0
    return invoice


PARTY = """
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>{name}</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>Kerkstraat</cbc:StreetName>
        <cbc:BuildingNumber>7</cbc:BuildingNumber>
        <cbc:CityName>{city}</cbc:CityName>
        <cbc:PostalZone>1234 AB</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
    </cac:Party>
  </cac:AccountingCustomerParty>"""


def build(*, root: str = "Invoice", net: str = "100.00", vat: str = "21.00", inclusive: str | None = "121.00",
          prepaid: str | None = None, rounding: str | None = None, payable: str = "121.00",
          type_code: str = "", head: str = "", tail: str = "", name: str = "Klant BV", city: str = "Utrecht",
          party: str = "", encoding: str = "UTF-8") -> bytes:
    """A small UBL document with the given totals, encoded as its declaration says.

    ``party`` replaces the whole buyer (cac:AccountingCustomerParty) when given.
    """
    amount = '<cbc:{0} currencyID="EUR">{1}</cbc:{0}>'
    totals = "".join(amount.format(element, value) for element, value in (
        ("TaxExclusiveAmount", net), ("TaxInclusiveAmount", inclusive), ("PrepaidAmount", prepaid),
        ("PayableRoundingAmount", rounding), ("PayableAmount", payable)) if value is not None)
    type_element = f"<cbc:{root}TypeCode>{type_code}</cbc:{root}TypeCode>" if type_code else ""
    text = f"""<?xml version="1.0" encoding="{encoding}"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>2026-014</cbc:ID>
  <cbc:IssueDate>2026-10-01</cbc:IssueDate>
  {type_element}{head}
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>{party or PARTY.format(name=name, city=city)}
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">{vat}</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>{totals}</cac:LegalMonetaryTotal>{tail}
</{root}>
"""
    return text.encode(encoding)
