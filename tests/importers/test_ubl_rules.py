"""The UBL reader's rules on built and edited documents: money, kinds and signs, fallbacks, problems."""

from __future__ import annotations

import base64
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ubl_support import build, codes, outcome, rejected, replace_once, sample

from debtordesk.core.import_model import DocumentType, ImportedInvoice, ImportProblem
from debtordesk.importers.ubl import read_ubl

MINIMAL = sample("SI-UBL-2.0_ok_minimal.xml")
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def written(cents: int, extra_zeros: int) -> str:
    """Cents as UBL writes an amount: a decimal point, maybe trailing zeros, maybe none at all."""
    text = f"{Decimal(cents).scaleb(-2):f}"
    return text + "0" * extra_zeros if "." in text else text


# -- money ------------------------------------------------------------------------------------

@given(st.integers(0, 10**11), st.integers(0, 10**10), st.integers(0, 10**10), st.integers(0, 2))
def test_amounts_come_out_as_exact_cents(net: int, vat: int, prepaid: int, zeros: int) -> None:
    payable = net + vat - prepaid
    data = build(net=written(net, zeros), vat=written(vat, zeros), inclusive=written(net + vat, zeros),
                 prepaid=written(prepaid, zeros), payable=written(payable, zeros))
    result = outcome(data)
    if payable < 0:
        assert [p.code for p in result.problems] == ["amount_negative"]
    else:
        assert isinstance(result, ImportedInvoice)
        assert (result.net_cents, result.vat_cents, result.paid_cents, result.payable_cents) == (
            net, vat, prepaid, payable)


@given(st.integers(1, 10**11), st.integers(0, 10**10), st.sampled_from(["Invoice", "CreditNote"]))
def test_a_negative_document_is_the_other_kind_with_positive_amounts(net: int, vat: int, root: str) -> None:
    data = build(root=root, net=written(-net, 0), vat=written(-vat, 0), inclusive=written(-net - vat, 0),
                 payable=written(-net - vat, 0))
    invoice = read_ubl(data)
    assert invoice.document_type is (DocumentType.CREDIT_NOTE if root == "Invoice" else DocumentType.INVOICE)
    assert (invoice.net_cents, invoice.vat_cents, invoice.payable_cents) == (net, vat, net + vat)


def test_prepaid_and_rounding_make_up_the_payable_amount() -> None:
    invoice = read_ubl(build(prepaid="50", rounding="0.01", payable="71.01"))
    assert (invoice.paid_cents, invoice.payable_cents) == (50_00, 71_01)


@pytest.mark.parametrize(("payable", "code"), [
    ("121.001", "amount_too_many_decimals"),
    ("1.234,56", "amount_invalid"),
    ("1e2", "amount_invalid"),
    ("NaN", "amount_invalid"),
    ("", "amount_invalid"),
    ("€ 121", "amount_invalid"),
    ("99999999999999", "amount_too_large"),
])
def test_an_unreadable_amount_is_named_with_its_line(payable: str, code: str) -> None:
    data = build(payable=payable)
    line = data[: data.index(b"<cbc:PayableAmount")].count(b"\n") + 1
    assert rejected(data).problems == [
        ImportProblem(code, line, "cac:LegalMonetaryTotal/cbc:PayableAmount", payable)]


def test_trailing_zeros_beyond_cents_are_still_cents() -> None:
    assert read_ubl(build(payable="121.0000")).payable_cents == 121_00


@pytest.mark.parametrize(("changes", "element"), [
    ({"payable": "120.00"}, "cbc:PayableAmount"),
    ({"inclusive": "122.00", "payable": "122.00"}, "cbc:TaxInclusiveAmount"),
    ({"inclusive": None, "vat": "20.00"}, "cbc:PayableAmount"),
])
def test_totals_that_do_not_add_up_are_refused(changes: dict, element: str) -> None:
    problems = rejected(build(**changes)).problems
    assert [(p.code, p.column) for p in problems] == [("total_mismatch", f"cac:LegalMonetaryTotal/{element}")]


def test_an_edited_total_in_a_sample_is_caught() -> None:
    data = replace_once(MINIMAL, b">242.00</cbc:PayableAmount>", b">243.00</cbc:PayableAmount>")
    assert rejected(data).problems == [
        ImportProblem("total_mismatch", 84, "cac:LegalMonetaryTotal/cbc:PayableAmount", "243.00")]


def test_prepaid_beyond_the_total_is_refused() -> None:
    assert codes(build(prepaid="200", payable="-79.00")) == ["amount_negative"]


def test_vat_in_the_document_currency_is_taken_when_a_tax_currency_is_given() -> None:
    usd = '<cac:TaxTotal><cbc:TaxAmount currencyID="USD">22.50</cbc:TaxAmount></cac:TaxTotal>'
    data = replace_once(build(), b"  <cac:TaxTotal>", f"  {usd}\n  <cac:TaxTotal>".encode())
    assert read_ubl(data).vat_cents == 21_00


def test_an_amount_in_another_currency_is_refused() -> None:
    data = replace_once(build(), b'<cbc:TaxAmount currencyID="EUR">', b'<cbc:TaxAmount currencyID="USD">')
    assert rejected(data).problems[0].code == "currency_invalid"
    assert rejected(data).problems[0].column == "cac:TaxTotal/cbc:TaxAmount/@currencyID"


def test_a_currency_code_must_be_three_capitals() -> None:
    data = replace_once(MINIMAL, b">EUR</cbc:DocumentCurrencyCode>", b">euro</cbc:DocumentCurrencyCode>")
    assert rejected(data).problems == [ImportProblem("currency_invalid", 15, "cbc:DocumentCurrencyCode", "euro")]


# -- kinds --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "kind"), [("380", DocumentType.INVOICE), ("381", DocumentType.CREDIT_NOTE),
                                            ("396", DocumentType.CREDIT_NOTE), ("384", DocumentType.INVOICE)])
def test_an_invoice_element_with_a_credit_note_type_code_is_a_credit_note(code: str, kind: DocumentType) -> None:
    assert read_ubl(build(type_code=code)).document_type is kind


def test_only_a_credit_note_corrects_an_invoice() -> None:
    reference = "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>2026-001</cbc:ID>" \
                "</cac:InvoiceDocumentReference></cac:BillingReference>"
    assert read_ubl(build(root="CreditNote", head=reference)).corrects == "2026-001"
    assert read_ubl(build(type_code="384", head=reference)).corrects == ""


def test_a_peppol_envelope_is_looked_through() -> None:
    body = MINIMAL.split(b"?>", 1)[1]
    envelope = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                b'<StandardBusinessDocument xmlns="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">\n'
                b"  <StandardBusinessDocumentHeader><HeaderVersion>1.0</HeaderVersion></StandardBusinessDocumentHeader>"
                + body + b"\n</StandardBusinessDocument>\n")
    invoice = read_ubl(envelope)
    assert invoice == ImportedInvoice(**{**read_ubl(MINIMAL).__dict__, "source_line": 4})


# -- fallbacks ----------------------------------------------------------------------------------

def test_due_date_wins_over_payment_due_date() -> None:
    means = "<cac:PaymentMeans><cbc:PaymentDueDate>2026-12-01</cbc:PaymentDueDate></cac:PaymentMeans>"
    assert read_ubl(build(tail=means)).due_date == date(2026, 12, 1)
    assert read_ubl(build(head="<cbc:DueDate>2026-10-31</cbc:DueDate>", tail=means)).due_date == date(2026, 10, 31)
    assert read_ubl(build()).due_date is None


def test_a_date_may_carry_a_time_zone() -> None:
    assert read_ubl(build(head="<cbc:DueDate>2026-10-31+01:00</cbc:DueDate>")).due_date == date(2026, 10, 31)


@pytest.mark.parametrize("value", ["2015-02-30", "09-01-2015", "2015-1-9", "tomorrow", ""])
def test_an_impossible_date_is_named(value: str) -> None:
    data = replace_once(MINIMAL, b"<cbc:DueDate>2015-01-09<", f"<cbc:DueDate>{value}<".encode())
    assert rejected(data).problems == [ImportProblem("date_invalid", 13, "cbc:DueDate", value)]


def test_payment_id_comes_before_instruction_id() -> None:
    both = "<cac:PaymentMeans><cbc:InstructionID>111</cbc:InstructionID></cac:PaymentMeans>" \
           "<cac:PaymentMeans><cbc:PaymentID>+++090/9337/55493+++</cbc:PaymentID></cac:PaymentMeans>"
    assert read_ubl(build(tail=both)).payment_reference == "+++090/9337/55493+++"


def test_description_falls_back_to_the_note() -> None:
    assert read_ubl(build(head="<cbc:Note>Website\n   redesign</cbc:Note>")).description == "Website redesign"
    assert read_ubl(build()).description == ""


def test_buyer_fields_fall_back_and_join() -> None:
    person = """<cac:AccountingCustomerParty><cac:Party>
      <cac:PartyIdentification><cbc:ID schemeID="0208">0123456749</cbc:ID></cac:PartyIdentification>
      <cac:PostalAddress><cac:AddressLine><cbc:Line>Rue Haute 1</cbc:Line></cac:AddressLine></cac:PostalAddress>
      <cac:PartyTaxScheme><cbc:CompanyID>123456789B01</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>!VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:PartyTaxScheme><cbc:CompanyID>BE0123456749</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:Person><cbc:FirstName>Jan</cbc:FirstName><cbc:FamilyName>Peeters</cbc:FamilyName></cac:Person>
    </cac:Party></cac:AccountingCustomerParty>"""
    buyer = read_ubl(build(party=person)).buyer
    assert (buyer.name, buyer.street, buyer.vat_number, buyer.registration_number) == (
        "Jan Peeters", "Rue Haute 1", "BE0123456749", "0123456749")
    assert read_ubl(build()).buyer.street == "Kerkstraat 7"  # StreetName with BuildingNumber


# -- missing parts ------------------------------------------------------------------------------

@pytest.mark.parametrize(("remove", "problem"), [
    (b"<cbc:ID>12115118</cbc:ID>", ImportProblem("required", 2, "cbc:ID")),
    (b"<cbc:IssueDate>2015-01-09</cbc:IssueDate>", ImportProblem("required", 2, "cbc:IssueDate")),
    (b"<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", ImportProblem("required", 2, "cbc:DocumentCurrencyCode")),
    (b'<cbc:PayableAmount currencyID="EUR">242.00</cbc:PayableAmount>',
     ImportProblem("required", 80, "cac:LegalMonetaryTotal/cbc:PayableAmount")),
    (b"<cbc:RegistrationName>Ontvanger</cbc:RegistrationName>",
     ImportProblem("required", 42, "cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name")),
])
def test_a_missing_element_is_named_with_the_line_of_its_parent(remove: bytes, problem: ImportProblem) -> None:
    assert rejected(replace_once(MINIMAL, remove, b"")).problems == [problem]


def test_missing_blocks_are_named() -> None:
    body = MINIMAL.split(b"<cac:AccountingCustomerParty>")[0] + MINIMAL.split(b"</cac:LegalMonetaryTotal>")[1]
    assert {(p.code, p.column) for p in rejected(body).problems} == {
        ("required", "cac:AccountingCustomerParty/cac:Party"), ("required", "cac:TaxTotal/cbc:TaxAmount"),
        ("required", "cac:LegalMonetaryTotal")}


def test_every_problem_is_named_at_once() -> None:
    data = replace_once(MINIMAL, b"<cbc:IssueDate>2015-01-09<", b"<cbc:IssueDate>2015-13-09<")
    data = replace_once(data, b'<cbc:TaxAmount currencyID="EUR">42.00</cbc:TaxAmount>\r\n        <cac:TaxSubtotal>',
                        b'<cbc:TaxAmount currencyID="EUR">42,00</cbc:TaxAmount>\r\n        <cac:TaxSubtotal>')
    data = replace_once(data, b"<cbc:ID>12115118</cbc:ID>", b"<cbc:ID> </cbc:ID>")
    assert rejected(data).problems == [
        ImportProblem("required", 11, "cbc:ID"),
        ImportProblem("date_invalid", 12, "cbc:IssueDate", "2015-13-09"),
        ImportProblem("amount_invalid", 67, "cac:TaxTotal/cbc:TaxAmount", "42,00"),
    ]


# -- the embedded PDF ---------------------------------------------------------------------------

def attachment(content: str, *, mime: str = 'mimeCode="application/pdf"', filename: str = "", ref: str = "A1") -> str:
    name = f' filename="{filename}"' if filename else ""
    return (f"<cac:AdditionalDocumentReference><cbc:ID>{ref}</cbc:ID><cac:Attachment>"
            f"<cbc:EmbeddedDocumentBinaryObject {mime}{name}>{content}</cbc:EmbeddedDocumentBinaryObject>"
            "</cac:Attachment></cac:AdditionalDocumentReference>")


def test_the_first_real_pdf_is_taken_wrapped_base64_and_all() -> None:
    encoded = base64.encodebytes(PDF).decode()  # 76-character lines
    head = (attachment(base64.b64encode(b"GIF89a").decode(), mime='mimeCode="image/gif"')
            + attachment(encoded, filename="../../etc/factuur 2026-014.pdf")
            + attachment(base64.b64encode(PDF + b"x").decode(), filename="second.pdf"))
    pdf = read_ubl(build(head=head)).pdf
    assert pdf is not None and (pdf.filename, pdf.data) == ("factuur 2026-014.pdf", PDF)


def test_a_pdf_without_mime_code_is_known_by_its_name_and_named_after_its_reference() -> None:
    pdf = read_ubl(build(head=attachment(base64.b64encode(PDF).decode(), mime="", filename="x.pdf"))).pdf
    assert pdf is not None and pdf.filename == "x.pdf"
    pdf = read_ubl(build(head=attachment(base64.b64encode(PDF).decode(), ref="INV/2026:14"))).pdf
    assert pdf is not None and pdf.filename == "INV_2026_14.pdf"


@pytest.mark.parametrize("content", ["JVBERi0xLjQK*bad*", "JVBERi0xLjQ", "JVBERi0x=LjQK"])
def test_base64_that_does_not_decode_is_refused(content: str) -> None:
    data = build(head=attachment(content))
    line = data[: data.index(b"<cbc:EmbeddedDocumentBinaryObject")].count(b"\n") + 1
    problems = rejected(data).problems
    assert [(p.code, p.line) for p in problems] == [("attachment_invalid", line)]
    assert problems[0].column == "cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject"


# -- encodings and kinds of file ------------------------------------------------------------------

def test_latin1_declared_as_such_is_read() -> None:
    invoice = read_ubl(build(encoding="ISO-8859-1", city="Liège", name="Café Société"))
    assert (invoice.buyer.city, invoice.buyer.name) == ("Liège", "Café Société")


def test_utf16_declared_as_such_is_read() -> None:
    text = MINIMAL.decode("utf-8").replace('encoding="utf-8"', 'encoding="UTF-16"')
    assert read_ubl(text.encode("utf-16")) == read_ubl(MINIMAL)


@pytest.mark.parametrize(("data", "problem"), [
    (b"", ImportProblem("empty")),
    (b" \r\n\t", ImportProblem("empty")),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", ImportProblem("not_ubl")),
    (b"Factuur;Datum;Bedrag\n2026-014;2026-10-01;121,00\n", ImportProblem("not_ubl")),
    (b'<?xml version="1.0"?>\n<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>',
     ImportProblem("not_ubl", 2, "", "{urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order")),
    (b"<Invoice><cbc:ID>1</cbc:ID></Invoice>", ImportProblem("xml_invalid", 1, "column 10", "<Invoice><cbc:ID>1</cbc:ID></Invoice>")),
])
def test_files_of_other_kinds(data: bytes, problem: ImportProblem) -> None:
    assert rejected(data).problems == [problem]
