"""The buyer of a UBL invoice (cac:AccountingCustomerParty) as a Party, and the UBL names it needs.

The buyer is matched to a client by VAT number, email or name, and its address may end up in
a letter's window, so every text comes out on one line with single spaces.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from debtordesk.core.import_model import Party

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
#: Prefixes for ElementTree paths; problems name elements with the same prefixes.
NS = {"cbc": CBC, "cac": CAC}

#: Identifier schemes of a chamber-of-commerce or enterprise number, for a buyer that gives
#: its number only as a PartyIdentification: ISO 6523 ICD 0106 (Dutch KvK), 0208 and the
#: older Peppol 9956 (Belgian enterprise number, KBO/BCE), and e-FFF's agency names.
_REGISTRATION_SCHEMES = frozenset({"0106", "0208", "9956"})
_REGISTRATION_AGENCIES = frozenset({"kbo", "bce", "kvk"})


def text(element: Element | None, path: str = "") -> str:
    """The text at ``path`` under ``element`` on one line, "" when absent or empty."""
    if element is None:
        return ""
    found = element.find(path, NS) if path else element
    return " ".join((found.text or "").split()) if found is not None else ""


def first_text(element: Element | None, *paths: str) -> str:
    """The first non-empty text among ``paths`` (each may match several elements)."""
    if element is None:
        return ""
    for path in paths:
        for found in element.findall(path, NS):
            value = text(found)
            if value:
                return value
    return ""


def read_buyer(party: Element) -> Party:
    """The Party under cac:AccountingCustomerParty; its name is "" when the file gives none.

    Name: the trading name (PartyName/Name), else the legal name (PartyLegalEntity/
    RegistrationName), else a person's first and family name.
    """
    address = party.find("cac:PostalAddress", NS)
    contact = party.find("cac:Contact", NS)
    return Party(
        name=_name(party),
        street=_street(address),
        postcode=text(address, "cbc:PostalZone"),
        city=text(address, "cbc:CityName"),
        country=text(address, "cac:Country/cbc:IdentificationCode"),
        vat_number=_vat_number(party),
        registration_number=_registration_number(party),
        email=text(contact, "cbc:ElectronicMail"),
        contact_name=text(contact, "cbc:Name"),
        phone=text(contact, "cbc:Telephone"),
    )


def _name(party: Element) -> str:
    name = first_text(party, "cac:PartyName/cbc:Name", "cac:PartyLegalEntity/cbc:RegistrationName")
    if name:
        return name
    person = party.find("cac:Person", NS)
    return " ".join(part for part in (text(person, "cbc:FirstName"), text(person, "cbc:FamilyName")) if part)


def _street(address: Element | None) -> str:
    """StreetName with BuildingNumber when given apart; else the first free address line."""
    street = " ".join(part for part in (text(address, "cbc:StreetName"), text(address, "cbc:BuildingNumber")) if part)
    return street or first_text(address, "cac:AddressLine/cbc:Line")


def _vat_number(party: Element) -> str:
    """PartyTaxScheme/CompanyID, preferring the scheme that says VAT (NLCIUS also has "!VAT" etc.)."""
    schemes = party.findall("cac:PartyTaxScheme", NS)
    for scheme in schemes:
        if text(scheme, "cac:TaxScheme/cbc:ID").upper() == "VAT" and text(scheme, "cbc:CompanyID"):
            return text(scheme, "cbc:CompanyID")
    return first_text(party, "cac:PartyTaxScheme/cbc:CompanyID")


def _registration_number(party: Element) -> str:
    """PartyLegalEntity/CompanyID, else a PartyIdentification in a KvK or KBO scheme."""
    number = first_text(party, "cac:PartyLegalEntity/cbc:CompanyID")
    if number:
        return number
    for identifier in party.findall("cac:PartyIdentification/cbc:ID", NS):
        scheme = identifier.get("schemeID", "").strip()
        agency = identifier.get("schemeAgencyName", "").strip().lower()
        if (scheme in _REGISTRATION_SCHEMES or agency in _REGISTRATION_AGENCIES) and text(identifier):
            return text(identifier)
    return ""
