"""The UBL reader on every UBL sample file: the figures are the ones read by hand from each file.

Each expected value quotes its line of the file (``cat -n``). Behaviour on built documents is
in test_ubl_rules.py; broken, cut and hostile files in test_ubl_fuzz.py.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import date

import pytest
from ubl_support import OTHER_SAMPLES, UBL_SAMPLES, codes, sample

from debtordesk.core.import_model import AttachedPdf, DocumentType, ImportedInvoice, Party
from debtordesk.importers.ubl import read_ubl, sniff


def test_peppol_bis3_invoice() -> None:
    invoice = read_ubl(sample("base-example.xml"))
    assert invoice == ImportedInvoice(
        number="Snippet1",  # line 7: <cbc:ID>Snippet1</cbc:ID>
        issue_date=date(2017, 11, 13),  # line 8: <cbc:IssueDate>2017-11-13</cbc:IssueDate>
        due_date=date(2017, 12, 1),  # line 9: <cbc:DueDate>2017-12-01</cbc:DueDate>
        currency="EUR",  # line 11: <cbc:DocumentCurrencyCode>EUR
        buyer=Party(
            name="BuyerTradingName AS",  # line 51: PartyName <cbc:Name>BuyerTradingName AS
            street="Hovedgatan 32",  # line 54: <cbc:StreetName>Hovedgatan 32
            postcode="456 34",  # line 57: <cbc:PostalZone>456 34
            city="Stockholm",  # line 56: <cbc:CityName>Stockholm
            country="SE",  # line 59: <cbc:IdentificationCode>SE
            vat_number="SE4598375937",  # line 63: PartyTaxScheme <cbc:CompanyID>SE4598375937
            registration_number="39937423947",  # line 70: PartyLegalEntity <cbc:CompanyID schemeID="0183">
            email="lj@buyer.se",  # line 75: <cbc:ElectronicMail>lj@buyer.se
            contact_name="Lisa Johnson",  # line 73: Contact <cbc:Name>Lisa Johnson
            phone="23434234",  # line 74: <cbc:Telephone>23434234
        ),
        net_cents=1325_00,  # line 141: <cbc:TaxExclusiveAmount currencyID="EUR">1325
        vat_cents=331_25,  # line 126: TaxTotal <cbc:TaxAmount currencyID="EUR">331.25
        payable_cents=1656_25,  # line 144: <cbc:PayableAmount currencyID="EUR">1656.25
        document_type=DocumentType.INVOICE,  # line 2: <Invoice
        paid_cents=0,  # no PrepaidAmount
        payment_reference="Snippet1",  # line 101: <cbc:PaymentID>Snippet1
        description="item name",  # line 157: first InvoiceLine's Item <cbc:Name>item name
        corrects="",  # an invoice
        pdf=None,  # no AdditionalDocumentReference
        source_line=2,  # line 2: <Invoice
    )


def test_peppol_bis3_credit_note_names_the_invoice_it_corrects() -> None:
    note = read_ubl(sample("base-creditnote-correction.xml"))
    assert note.document_type is DocumentType.CREDIT_NOTE  # line 2: <CreditNote
    assert note.number == "Snippet1"  # line 7
    assert note.issue_date == date(2017, 11, 13)  # line 8
    assert note.due_date is None  # no DueDate, no PaymentDueDate
    assert note.corrects == "Snippet1"  # line 16: BillingReference/InvoiceDocumentReference/<cbc:ID>Snippet1
    assert note.buyer.name == "BuyerTradingName AS"  # line 56
    assert note.buyer.vat_number == "SE4598375937"  # line 68
    assert (note.net_cents, note.vat_cents, note.payable_cents) == (1325_00, 331_25, 1656_25)  # lines 146, 131, 149
    assert note.payment_reference == "Snippet1"  # line 106
    assert note.description == "item name"  # line 162: first CreditNoteLine's Item <cbc:Name>
    assert note.source_line == 2


def test_nlcius_full_invoice_with_prepaid_amount_and_rounding() -> None:
    invoice = read_ubl(sample("SI-UBL-2.0_ok_full.xml"))
    assert invoice.number == "TOSL108"  # line 5
    assert invoice.issue_date == date(2009, 12, 15)  # line 6
    assert invoice.due_date is None  # no DueDate; PaymentTerms is text only (line 138)
    assert invoice.buyer == Party(
        name="Buyercompany ltd",  # line 74: PartyName (RegistrationName on line 92 is not taken)
        street="Anystreet",  # line 77 (AdditionalStreetName "Back door", line 78, is not the street)
        postcode="101",  # line 80
        city="Anytown",  # line 79
        country="NL",  # line 82
        vat_number="BE54321",  # line 86
        registration_number="87654321",  # line 93: <cbc:CompanyID schemeID="0106">87654321
        email="john@buyercompany.eu",  # line 97
        contact_name="",  # Contact has no Name (lines 95-98)
        phone="5121230",  # line 96
    )
    assert invoice.net_cents == 1436_50  # line 204: TaxExclusiveAmount 1436.5
    assert invoice.vat_cents == 292_20  # line 165: TaxTotal/TaxAmount 292.20 (not a subtotal, line 168: 292.1)
    assert invoice.paid_cents == 1000_00  # line 208: PrepaidAmount 1000
    assert invoice.payable_cents == 729_00  # line 210: PayableAmount 729 (1728.7 - 1000 + rounding 0.30)
    assert invoice.payment_reference == "Payref1"  # line 129
    assert invoice.description == "Labtop computer"  # line 236, as the file spells it
    # line 30: "drawing.pdf" is base64 of base64 text, not a PDF: the invoice is read without it
    assert invoice.pdf is None


def test_nlcius_minimal_invoice_has_the_buyer_by_its_legal_name() -> None:
    invoice = read_ubl(sample("SI-UBL-2.0_ok_minimal.xml"))
    assert invoice.number == "12115118"  # line 11
    assert invoice.issue_date == invoice.due_date == date(2015, 1, 9)  # lines 12 and 13
    assert invoice.buyer == Party(
        name="Ontvanger",  # line 54: RegistrationName; the buyer has no PartyName
        street="Teststraat 123", postcode="1111 AA", city="Grotestad", country="NL",  # lines 46-50
        registration_number="11111111",  # line 55
    )
    assert (invoice.net_cents, invoice.vat_cents, invoice.payable_cents) == (200_00, 42_00, 242_00)  # 82, 67, 84
    assert invoice.payment_reference == "Deb. 10202 / Fact. 12115118"  # line 61, as written
    assert invoice.description == "SimplerInvoicing test invoice"  # line 91


def test_nlcius_credit_note_with_two_payment_means() -> None:
    note = read_ubl(sample("SI-UBL-2.0_BR-NL-8_ok_381.xml"))
    assert note.document_type is DocumentType.CREDIT_NOTE  # line 2: <CreditNote, line 13: 381
    assert note.number == "12115118"  # line 11
    assert note.corrects == "46568"  # line 24
    assert note.buyer.name == "Ontvanger"  # line 63
    assert note.buyer.registration_number == "11111111"  # line 64
    assert (note.net_cents, note.vat_cents, note.payable_cents) == (200_00, 27_00, 227_00)  # 112, 86, 114
    assert note.payment_reference == "Deb. 10202 / Fact. 12115118"  # line 70, the first PaymentMeans
    assert note.description == "SimplerInvoicing test invoice"  # line 121


def test_ublbe_invoice_with_an_empty_pdf_placeholder() -> None:
    invoice = read_ubl(sample("UBLBE_BE0000000196_V01-15000001.xml"))
    assert invoice.number == "V01/15000001"  # line 7
    assert invoice.issue_date == date(2018, 4, 9)  # line 8
    assert invoice.due_date == date(2018, 5, 9)  # line 9
    assert invoice.buyer == Party(
        name="My Customer Company S.A.",  # line 62
        street="Boulevard Sint Michel 53",  # line 65: "Boulevard  Sint Michel 53", spaces made single
        postcode="1000",  # line 67
        city="BRUXELLES",  # line 66
        country="BE",  # line 69
        vat_number="BE0000000295",  # line 73
        registration_number="0000000295",  # line 80
        email="pete.smith@mycustomercompany.be",  # line 83
    )
    assert (invoice.net_cents, invoice.vat_cents, invoice.payable_cents, invoice.paid_cents) == (
        400_00, 84_00, 484_00, 0)  # lines 117, 101, 122, 121
    assert invoice.payment_reference == "Invoice 15000001"  # line 89
    assert invoice.description == "Shoes"  # line 132
    assert invoice.pdf is None  # lines 24-26: filename="15000001.pdf" with only whitespace in it


def test_ublbe_credit_note_credits_the_invoice_in_full() -> None:
    note = read_ubl(sample("UBLBE_BE0000000196_V01-15000002.xml"))
    assert note.document_type is DocumentType.CREDIT_NOTE  # line 2
    assert note.number == "V01/15000002"  # line 7
    assert note.issue_date == date(2018, 4, 10)  # line 8
    assert note.corrects == "V01/15000001"  # line 17
    assert (note.net_cents, note.vat_cents, note.payable_cents) == (400_00, 84_00, 484_00)  # 127, 111, 132
    assert note.payment_reference == "Credit note 15000002"  # line 99
    assert note.pdf is None  # lines 28-30: empty placeholder


def test_efff_ubl20_invoice_with_its_pdf() -> None:
    invoice = read_ubl(sample("efff_BE0505890632_160421_Inv_16117778.xml"))
    assert invoice.number == "16117778"  # line 6
    assert invoice.issue_date == date(2016, 4, 21)  # line 7
    assert invoice.due_date == date(2016, 4, 28)  # line 96: PaymentMeans/<cbc:PaymentDueDate>; no DueDate
    assert invoice.buyer == Party(
        name="AttOra",  # line 69
        street="Hutsepotstraat 94", postcode="9052", city="Gent", country="BE",  # lines 72-76
        vat_number="BE0882555389",  # line 81
        registration_number="0882555389",  # line 66: PartyIdentification schemeAgencyName="KBO"
        email="attora@skynet.be",  # line 90
        contact_name="Luc De Meyer",  # line 87
        phone="",  # line 88: <cbc:Telephone />
    )
    assert (invoice.net_cents, invoice.vat_cents, invoice.payable_cents) == (31_00, 6_51, 37_51)  # 128, 111, 130
    assert invoice.payment_reference == "601611777874"  # line 97: <cbc:InstructionID>; no PaymentID
    assert invoice.description == "Exact voor Boekhouden Standaard"  # line 155
    assert isinstance(invoice.pdf, AttachedPdf)
    # line 19: the reference's <cbc:ID>, as the object has no filename attribute
    assert invoice.pdf.filename == "BE0505890632_160421_Inv_16117778.pdf"
    # line 21 starts "JVBERi0xLjMN" ("%PDF-1.3\r") and ends "...c3RhcnR4cmVmDTIyMDYyDSUlRU9GDQ=="
    assert invoice.pdf.data.startswith(b"%PDF-1.3\r")
    assert invoice.pdf.data.endswith(b"startxref\r22062\r%%EOF\r")


def test_the_pdf_is_the_embedded_object_decoded_byte_for_byte() -> None:
    raw = sample("efff_BE0505890632_160421_Inv_16117778.xml").split(b"\n")[20]  # line 21
    encoded = raw.split(b">", 1)[1].split(b"<", 1)[0]
    expected = hashlib.sha256(base64.b64decode(encoded)).hexdigest()
    invoice = read_ubl(sample("efff_BE0505890632_160421_Inv_16117778.xml"))
    assert invoice.pdf is not None and hashlib.sha256(invoice.pdf.data).hexdigest() == expected


@pytest.mark.parametrize("path", UBL_SAMPLES, ids=lambda path: path.name)
def test_sniff_knows_every_ubl_sample(path) -> None:
    assert sniff(path.read_bytes())


@pytest.mark.parametrize("path", OTHER_SAMPLES, ids=lambda path: path.name)
def test_sniff_refuses_bank_statements(path) -> None:
    assert not sniff(path.read_bytes())


@pytest.mark.parametrize("path", OTHER_SAMPLES, ids=lambda path: path.name)
def test_a_bank_statement_is_not_ubl(path) -> None:
    assert codes(path.read_bytes()) == ["not_ubl"]
