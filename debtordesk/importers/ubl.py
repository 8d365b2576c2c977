"""Reader of UBL e-invoices and credit notes into an ImportedInvoice.

Covers UBL 2.1 as Peppol BIS Billing 3.0, NLCIUS / SI-UBL 2.0 and UBL.BE write it, and UBL 2.0
(Belgian e-FFF): they share the namespaces and the elements read here. A Peppol
StandardBusinessDocument envelope (SBDH) around the invoice is looked through.

What is read (paths from the Invoice or CreditNote element):
    number          cbc:ID
    issue_date      cbc:IssueDate
    due_date        cbc:DueDate, else the first cac:PaymentMeans/cbc:PaymentDueDate, else None
    currency        cbc:DocumentCurrencyCode
    buyer           cac:AccountingCustomerParty/cac:Party (see ubl_buyer)
    net_cents       cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount
    vat_cents       cac:TaxTotal/cbc:TaxAmount, of the TaxTotal in the document currency
                    (a second TaxTotal in cbc:TaxCurrencyCode is for the tax office)
    payable_cents   cac:LegalMonetaryTotal/cbc:PayableAmount
    paid_cents      cac:LegalMonetaryTotal/cbc:PrepaidAmount (0 when absent)
    payment_reference  the first cac:PaymentMeans/cbc:PaymentID, else .../cbc:InstructionID, as
                    written (a Belgian OGM stays as the sender wrote it, e.g. "601611777874")
    description     the first line's cac:Item/cbc:Name, else the first cbc:Note
    corrects        cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID (credit notes only)
    pdf             see ubl_attachment
Texts come out on one line with single spaces.

Decisions:
* The totals must add up as EN 16931 requires (BR-CO-15, BR-CO-16): TaxInclusiveAmount =
  net + VAT, and PayableAmount = TaxInclusiveAmount - PrepaidAmount + PayableRoundingAmount.
  A file where they do not is refused ("total_mismatch") rather than imported with one wrong
  figure: it is damaged, or its VAT is spread over TaxTotals this reader does not add up.
* Document-level amounts have at most two decimals (Peppol BR-DEC rules); more is refused.
* A CreditNote, or an Invoice whose cbc:InvoiceTypeCode is a credit-note code (381 and kin,
  as some UBL 2.0 software writes credit notes), is a credit note. Amounts come out positive for both kinds:
  a document whose total (TaxInclusiveAmount) is negative is the other kind with its amounts
  negated, since a negative invoice credits the buyer and a negative credit note charges them.
  A figure still negative after that (prepaid more than the total) is refused ("amount_negative").

Problem codes: "empty", "not_ubl", "encoding_invalid", "entities_forbidden", "truncated",
"xml_invalid" (see ubl_xml); "required" (a missing element), "date_invalid",
"currency_invalid" (not three capitals, or an amount in another currency than the document's),
"amount_invalid", "amount_too_many_decimals", "amount_too_large" (core.money's limit),
"amount_negative",
"total_mismatch", "attachment_invalid" (embedded PDF that is not base64).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from decimal import Decimal
from xml.etree.ElementTree import Element

from debtordesk.core.import_model import DocumentType, ImportedInvoice, ImportProblem, ImportRejected, shorten
from debtordesk.core.money import AmountError, Cents, from_decimal
from debtordesk.importers.ubl_attachment import embedded_pdf
from debtordesk.importers.ubl_buyer import NS, first_text, read_buyer, text
from debtordesk.importers.ubl_xml import XmlDocument, parse_xml, text_encoding

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
_INVOICE_TAG = f"{{{INVOICE_NS}}}Invoice"
_CREDIT_NOTE_TAG = f"{{{CREDIT_NOTE_NS}}}CreditNote"
_LINE_TAGS = (f"{{{NS['cac']}}}InvoiceLine", f"{{{NS['cac']}}}CreditNoteLine")
_SBDH_TAG = "{http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader}StandardBusinessDocument"
#: UNTDID 1001 codes of credit notes (the EN 16931 credit-note list).
_CREDIT_NOTE_TYPE_CODES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"})
_SNIFF_BYTES = 8192
#: The start of a root element named like UBL's, for a file cut before its namespace.
_UBL_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:Invoice|CreditNote)[\s>/]")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_TOTALS = "cac:LegalMonetaryTotal"
_REQUIRED_TOTALS = frozenset({"cbc:TaxExclusiveAmount", "cbc:PayableAmount"})


def sniff(data: bytes) -> bool:
    """Whether the bytes look like a UBL invoice or credit note (its namespace near the start)."""
    head = data[:_SNIFF_BYTES]
    encoding = text_encoding(head)
    if encoding != "utf-8":
        head = head.decode(encoding, "ignore").encode("utf-8")
    return INVOICE_NS.encode() in head or CREDIT_NOTE_NS.encode() in head


def read_ubl(data: bytes) -> ImportedInvoice:
    """The invoice or credit note in a UBL file.

    Raises:
        ImportRejected: with every problem found (codes in the module docstring).
    """
    looks_right = sniff(data) or _UBL_START.search(data[:_SNIFF_BYTES]) is not None
    document = parse_xml(data, looks_right=looks_right, not_kind="not_ubl")
    return _UblReader(document, _ubl_root(document)).invoice()


def _ubl_root(document: XmlDocument) -> Element:
    root = document.root
    if root.tag == _SBDH_TAG:
        inner = next((item for item in root if item.tag in (_INVOICE_TAG, _CREDIT_NOTE_TAG)), None)
        root = inner if inner is not None else root
    if root.tag not in (_INVOICE_TAG, _CREDIT_NOTE_TAG):
        tag = root.tag if isinstance(root.tag, str) else ""
        raise ImportRejected([ImportProblem("not_ubl", document.line(root), "", shorten(tag))])
    return root


class _UblReader:
    """Walks one UBL document, collecting every problem instead of stopping at the first."""

    def __init__(self, document: XmlDocument, root: Element) -> None:
        self.document = document
        self.root = root
        self.problems: list[ImportProblem] = []
        self.currency = ""

    def problem(self, code: str, element: Element | None, column: str, value: str = "") -> None:
        line = self.document.line(element) or self.document.line(self.root)
        self.problems.append(ImportProblem(code, line, column, shorten(value)))

    def invoice(self) -> ImportedInvoice:
        root = self.root
        number = self.required_text("cbc:ID")
        issue_date = self.read_date("cbc:IssueDate", required=True)
        due_date = self.due_date()
        self.currency = self.currency_code()
        buyer_element = root.find("cac:AccountingCustomerParty/cac:Party", NS)
        if buyer_element is None:
            self.problem("required", root.find("cac:AccountingCustomerParty", NS),
                         "cac:AccountingCustomerParty/cac:Party")
        buyer = read_buyer(buyer_element) if buyer_element is not None else None
        if buyer is not None and not buyer.name:
            self.problem("required", buyer_element, "cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name")
        totals = self.totals()
        pdf, attachment_problems = embedded_pdf(self.document, root, number)
        self.problems.extend(attachment_problems)
        if self.problems or buyer is None or issue_date is None or totals is None:
            raise ImportRejected(self.problems or [ImportProblem("required", self.document.line(root))])
        kind, net, vat, payable, paid = totals
        return ImportedInvoice(
            number=number, issue_date=issue_date, due_date=due_date, currency=self.currency, buyer=buyer,
            net_cents=net, vat_cents=vat, payable_cents=payable, document_type=kind, paid_cents=paid,
            payment_reference=first_text(root, "cac:PaymentMeans/cbc:PaymentID",
                                         "cac:PaymentMeans/cbc:InstructionID"),
            description=self.description(),
            corrects=first_text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")
            if kind is DocumentType.CREDIT_NOTE else "",
            pdf=pdf, source_line=self.document.line(root),
        )

    # -- single values ------------------------------------------------------------------

    def required_text(self, path: str) -> str:
        value = text(self.root, path)
        if not value:
            self.problem("required", self.root.find(path, NS), path)
        return value

    def read_date(self, path: str, *, required: bool, parent: Element | None = None,
                  column: str = "") -> date | None:
        parent = self.root if parent is None else parent
        element = parent.find(path, NS)
        column = column or path
        if element is None:
            if required:
                self.problem("required", parent, column)
            return None
        written = (element.text or "").strip()
        match = _DATE.fullmatch(written)
        if match:
            with contextlib.suppress(ValueError):  # digits that are no date (2026-02-31): a problem below
                return date(int(match[1]), int(match[2]), int(match[3]))
        self.problem("date_invalid", element, column, written)
        return None

    def due_date(self) -> date | None:
        if self.root.find("cbc:DueDate", NS) is not None:
            return self.read_date("cbc:DueDate", required=False)
        for means in self.root.findall("cac:PaymentMeans", NS):
            if means.find("cbc:PaymentDueDate", NS) is not None:
                return self.read_date("cbc:PaymentDueDate", required=False, parent=means,
                                      column="cac:PaymentMeans/cbc:PaymentDueDate")
        return None

    def currency_code(self) -> str:
        code = self.required_text("cbc:DocumentCurrencyCode")
        if code and not _CURRENCY.fullmatch(code):
            element = self.root.find("cbc:DocumentCurrencyCode", NS)
            self.problem("currency_invalid", element, "cbc:DocumentCurrencyCode", code)
            return ""
        return code

    def amount(self, parent: Element, path: str, column: str, *, required: bool) -> Cents | None:
        """The amount at ``path`` under ``parent`` in cents; None when absent or wrong (a problem then)."""
        element = parent.find(path, NS)
        if element is None:
            if required:
                self.problem("required", parent, column)
            return None
        written = (element.text or "").strip()
        currency = element.get("currencyID", "").strip()
        if currency and self.currency and currency != self.currency:
            self.problem("currency_invalid", element, f"{column}/@currencyID", currency)
        if not _DECIMAL.fullmatch(written):
            self.problem("amount_invalid", element, column, written)
            return None
        try:
            return from_decimal(Decimal(written))
        except AmountError as error:
            self.problem(error.code, element, column, written)
            return None

    # -- totals -------------------------------------------------------------------------

    def totals(self) -> tuple[DocumentType, Cents, Cents, Cents, Cents] | None:
        """Kind, net, VAT, payable and paid, positive; None when a problem was noted."""
        known = len(self.problems)
        tax_total = self.tax_total()
        vat = self.amount(tax_total, "cbc:TaxAmount", "cac:TaxTotal/cbc:TaxAmount", required=True) \
            if tax_total is not None else None
        monetary = self.root.find(_TOTALS, NS)
        if monetary is None:
            self.problem("required", self.root, _TOTALS)
            return None
        net, inclusive, paid, rounding, payable = (
            self.amount(monetary, name, f"{_TOTALS}/{name}", required=name in _REQUIRED_TOTALS)
            for name in ("cbc:TaxExclusiveAmount", "cbc:TaxInclusiveAmount", "cbc:PrepaidAmount",
                         "cbc:PayableRoundingAmount", "cbc:PayableAmount"))
        if len(self.problems) > known or net is None or vat is None or payable is None:
            return None
        paid = paid or 0
        total = net + vat
        if inclusive is not None and inclusive != total:
            self.mismatch(monetary, "cbc:TaxInclusiveAmount")
            return None
        if total - paid + (rounding or 0) != payable:
            self.mismatch(monetary, "cbc:PayableAmount")
            return None
        kind = self.document_type()
        if total < 0:
            kind = DocumentType.INVOICE if kind is DocumentType.CREDIT_NOTE else DocumentType.CREDIT_NOTE
            net, vat, payable, paid = -net, -vat, -payable, -paid
        for value, owner, name in ((net, monetary, "cbc:TaxExclusiveAmount"), (vat, tax_total, "cbc:TaxAmount"),
                                   (payable, monetary, "cbc:PayableAmount"), (paid, monetary, "cbc:PrepaidAmount")):
            if value < 0:
                element = owner.find(name, NS) if owner is not None else None
                column = f"{_TOTALS}/{name}" if owner is monetary else f"cac:TaxTotal/{name}"
                self.problem("amount_negative", element, column, (element.text or "") if element is not None else "")
        return None if len(self.problems) > known else (kind, net, vat, payable, paid)

    def tax_total(self) -> Element | None:
        """The TaxTotal in the document currency (the first one when several); None, a problem, when none."""
        tax_totals = self.root.findall("cac:TaxTotal", NS)
        if not tax_totals:
            self.problem("required", self.root, "cac:TaxTotal/cbc:TaxAmount")
            return None
        in_currency = [
            total for total in tax_totals
            if (amount := total.find("cbc:TaxAmount", NS)) is not None
            and amount.get("currencyID", self.currency).strip() == self.currency
        ]
        return in_currency[0] if in_currency else tax_totals[0]

    def mismatch(self, monetary: Element, name: str) -> None:
        element = monetary.find(name, NS)
        written = (element.text or "").strip() if element is not None else ""
        self.problem("total_mismatch", element, f"{_TOTALS}/{name}", written)

    def document_type(self) -> DocumentType:
        if self.root.tag == _CREDIT_NOTE_TAG or text(self.root, "cbc:InvoiceTypeCode") in _CREDIT_NOTE_TYPE_CODES:
            return DocumentType.CREDIT_NOTE
        return DocumentType.INVOICE

    def description(self) -> str:
        line = next((item for item in self.root if item.tag in _LINE_TAGS), None)
        return text(line, "cac:Item/cbc:Name") or first_text(self.root, "cbc:Note")

