"""Matching credits on a statement to open invoices: sure by reference or number, unsure by amount."""

from __future__ import annotations

from datetime import date

from debtordesk.core.bank_matching import (
    Allocation,
    Certainty,
    InvoiceKeys,
    Reason,
    compact,
    group_reference_client,
    match_lines,
    names_alike,
)
from debtordesk.core.import_model import BankLine
from debtordesk.core.model import Invoice, InvoiceRow
from debtordesk.core.payment_reference import reference_for, structured_communication
from debtordesk.core.model import Country

DAY = date(2026, 11, 23)


def row(invoice_id: int, client_id: int, number: str, total: int, paid: int = 0, due: date = date(2026, 10, 1),
        client: str = "Bakkerij De Korenbloem") -> InvoiceRow:
    invoice = Invoice(client_id, number, date(2026, 9, 1), due, total, 0, id=invoice_id)
    return InvoiceRow(invoice, client, paid)


def keys(*rows: InvoiceRow, references: dict[int, set[str]] | None = None) -> list[InvoiceKeys]:
    references = references or {}
    return [InvoiceKeys(r, frozenset(references.get(r.invoice.id or 0, set()))) for r in rows]


def credit(amount: int, **fields) -> BankLine:  # type: ignore[no-untyped-def]
    return BankLine(DAY, amount, **fields)


def test_a_belgian_structured_communication_of_one_invoice_is_sure() -> None:
    ogm = structured_communication(42).structured  # 0000000042 + 42 mod 97 = 42 -> "000000004242"
    assert ogm == "000000004242"
    found, left = match_lines([credit(500_00, structured_reference="+++000/0000/04242+++")],
                              keys(row(42, 7, "2026-042", 1210_00), references={42: {ogm}}))
    assert left == [] and found[0].certainty == Certainty.SURE and found[0].reason == Reason.STRUCTURED_REFERENCE
    assert found[0].allocations == (Allocation(42, 500_00),)  # a partial payment


def test_a_letters_group_reference_pays_the_clients_invoices_oldest_first() -> None:
    rf = reference_for(Country.NL, [row(1, 7, "a", 1).invoice, row(2, 7, "b", 1).invoice], 7, DAY).structured
    assert rf is not None and group_reference_client(rf) == 7
    older = row(1, 7, "2026-001", 300_00, due=date(2026, 9, 1))
    newer = row(2, 7, "2026-002", 400_00, due=date(2026, 10, 1))
    other = row(3, 8, "2026-003", 300_00, client="Someone Else")
    found, _ = match_lines([credit(500_00, structured_reference=rf)], keys(newer, other, older))
    # 500 pays 2026-001 (300) in full and 200 of 2026-002.
    assert found[0].allocations == (Allocation(1, 300_00), Allocation(2, 200_00)) and found[0].left_cents == 0


def test_an_invoice_number_in_the_text_is_sure_but_only_as_a_whole_token() -> None:
    invoices = keys(row(5, 1, "2026-014", 605_00), row(6, 1, "2026-0145", 100_00))
    found, _ = match_lines([credit(605_00, remittance="Betaling factuur 2026-014 dank u")], invoices)
    assert found[0].invoice_ids == (5,) and found[0].reason == Reason.INVOICE_NUMBER
    found, _ = match_lines([credit(100_00, remittance="fact 2026-0145")], invoices)
    assert found[0].invoice_ids == (6,)


def test_an_e_invoices_own_payment_reference_in_the_text_is_sure() -> None:
    invoices = keys(row(9, 2, "INV-77", 242_00), references={9: {compact("Deb. 10202 / Fact. 12115118")}})
    found, _ = match_lines([credit(242_00, remittance="Deb. 10202 / Fact. 12115118")], invoices)
    assert found[0].reason == Reason.PAYMENT_REFERENCE and found[0].certainty == Certainty.SURE


def test_the_open_amount_alone_is_only_a_guess_and_a_payer_like_the_client_says_why() -> None:
    invoices = keys(row(1, 1, "2026-001", 1210_00, client="Van Dijk Installatietechniek"),
                    row(2, 2, "2026-002", 500_00, client="Noordlicht Media B.V."))
    found, _ = match_lines([credit(1210_00, counterparty_name="VAN DIJK INSTALLATIETECHNIEK BV")], invoices)
    assert found[0].certainty == Certainty.UNSURE and found[0].reason == Reason.AMOUNT_AND_NAME
    found, _ = match_lines([credit(500_00, counterparty_name="J. Jansen")], invoices)
    assert found[0].certainty == Certainty.UNSURE and found[0].reason == Reason.AMOUNT_ONLY


def test_two_invoices_with_the_same_open_amount_need_the_name_or_the_user() -> None:
    invoices = keys(row(1, 1, "2026-001", 100_00, client="Bakkerij Bos"),
                    row(2, 2, "2026-002", 100_00, client="Groen & Zonen VOF"))
    found, left = match_lines([credit(100_00, counterparty_name="Groen en Zonen")], invoices)
    assert found[0].invoice_ids == (2,)
    found, left = match_lines([credit(100_00, counterparty_name="Iemand")], invoices)
    assert found == [] and len(left) == 1


def test_debits_are_not_payments_and_a_sure_match_is_not_offered_twice() -> None:
    invoices = keys(row(5, 1, "2026-014", 605_00))
    found, left = match_lines([credit(-50_00, remittance="2026-014"),
                               credit(605_00, remittance="2026-014"),
                               credit(605_00, remittance="2026-014 again")], invoices)
    assert [m.invoice_ids for m in found] == [(5,)] and len(left) == 1


def test_more_than_is_open_leaves_the_rest_unassigned() -> None:
    found, _ = match_lines([credit(700_00, remittance="2026-014")], keys(row(5, 1, "2026-014", 605_00)))
    assert found[0].allocations == (Allocation(5, 605_00),) and found[0].left_cents == 95_00


def test_names_alike_ignores_legal_forms_accents_and_case() -> None:
    assert names_alike("ATELIER LUMIERE", "Atelier Lumière SRL")
    assert not names_alike("Atelier Bos", "Bakkerij Bos en Zonen Groothandel")
    assert not names_alike("", "Bakkerij Bos")
