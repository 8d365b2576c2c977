"""File > Import walked with pytest-qt: an invoice list through its column mapping and plan, a bank
statement through its review, and a refused file named with where it is wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel

from debtordesk.core.bank_import import BankImportService, SourceFile
from debtordesk.core.cell_formats import DateFormat
from debtordesk.core.dossier import RecordKind
from debtordesk.core.import_model import BankLine, BankStatement
from debtordesk.core.invoice_import import Action
from debtordesk.ui.bank_review_dialog import BankReviewDialog, Choice
from debtordesk.ui.invoice_plan_dialog import InvoicePlanDialog
from debtordesk.ui.table_mapping_dialog import TableMappingDialog

TABLES = Path(__file__).resolve().parents[1] / "importers" / "tables"


def test_an_invoice_list_is_mapped_planned_imported_and_remembered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    mapping = window.import_actions.import_paths([TABLES / "moneybird_nl.csv"])
    assert isinstance(mapping, TableMappingDialog) and mapping.isVisible()
    assert mapping.mapping().number == "Factuurnummer" and mapping.mapping().total == "Totaal incl. btw"
    # Day and month swapped: 15-10-2026 is no date month-first; the rows are named, nothing is read.
    mapping.dates.setCurrentIndex(mapping.dates.findData(DateFormat.MDY))
    mapping.accept()
    assert mapping.isVisible() and "Line 3" in mapping.errors.text()
    mapping.dates.setCurrentIndex(mapping.dates.findData(DateFormat.DMY))
    mapping.accept()
    plan = window.dialogs[-1]
    assert isinstance(plan, InvoicePlanDialog) and plan.isVisible()
    assert plan.findChild(QLabel, "planSummary").text().startswith("3 new, 0 changed, 0 unchanged, 1 not imported")
    with qtbot.waitSignal(plan.imported):
        plan.accept()
    with window.service.store.reading() as reader:
        numbers = {r.invoice.number: r for r in reader.invoices()}
        imported = [r for r in reader.records() if r.kind == RecordKind.FILE_IMPORTED]
    assert numbers["2026-0042"].open_cents == 468_00 and imported[-1].details["file"] == "moneybird_nl.csv"

    # The same export again: the mapping is remembered, and nothing is new.
    again = window.import_actions.import_paths([TABLES / "moneybird_nl.csv"])
    assert again.mapping() == mapping.mapping()
    again.accept()
    plan = window.dialogs[-1]
    assert plan.plan.count(Action.UNCHANGED) == 3 and not plan.confirm.isEnabled()


def test_a_statement_is_reviewed_assigned_and_booked(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in window.invoices_model.rows() if r.open_cents > 0][:3]
    lines = (BankLine(date(2026, 11, 20), rows[0].open_cents, remittance=f"factuur {rows[0].invoice.number}",
                      position="statement 1, entry 1"),
             BankLine(date(2026, 11, 20), 1_00, remittance="?", position="statement 1, entry 2"),
             BankLine(date(2026, 11, 20), 2_00, remittance="rente", position="statement 1, entry 3"))
    bank = BankImportService(window.service)
    review = bank.review([BankStatement("NL91ABNA0417164300", "1", "EUR", lines)], SourceFile("s.xml", "a" * 64,
                                                                                              "camt053"))
    dialog = BankReviewDialog(bank, review, window.formatter, rows, ["Line 9: the statement's balances …"], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [r.choice for r in dialog.model.rows] == [Choice.BOOK, Choice.LATER, Choice.LATER]
    assert dialog.warnings.isVisibleTo(dialog)
    dialog.table.selectRow(1)  # the user knows: this euro pays the second invoice
    dialog._assign(dialog.invoice_combo.findData(rows[1].invoice.id))
    dialog.table.selectRow(2)
    dialog._choose(Choice.IGNORE)
    assert [r.choice for r in dialog.model.rows] == [Choice.BOOK, Choice.BOOK, Choice.IGNORE]
    assert dialog.model.index(1, dialog.model.WHY).data() == "Sure: assigned by you"
    with qtbot.waitSignal(dialog.booked) as booked:
        dialog.accept()
    assert booked.args == [2] and dialog.result() == QDialog.DialogCode.Accepted
    again = bank.review([BankStatement("NL91ABNA0417164300", "1", "EUR", lines)], SourceFile("s.xml", "a" * 64,
                                                                                             "camt053"))
    assert len(again.already) == 3 and not again.sure and not again.unmatched


def test_a_refused_file_is_named_with_where_it_is_wrong(window, boxes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "facturen.csv"
    broken.write_text("Factuurnummer;Klant;Factuurdatum;Totaal\n2026-1;Bos;01-11-2026;12,50.3\n", encoding="utf-8")
    dialog = window.import_actions.import_paths([broken])
    # The guessed mapping reads no amount from line 2; the mapping step opens with the problem shown.
    assert isinstance(dialog, TableMappingDialog)
    assert "Line 2" in dialog.errors.text() and "12,50.3" in dialog.errors.text()
    dialog.reject()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 nothing to import")
    assert window.import_actions.import_paths([photo]) is None
    assert boxes and "photo.jpg cannot be imported" in boxes[-1][2]


def test_a_folder_of_e_invoices_is_imported_one_after_another(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    samples = Path(__file__).resolve().parents[1] / "samples" / "ubl"
    folder = tmp_path / "peppol"
    folder.mkdir()
    for name in ("SI-UBL-2.0_ok_minimal.xml", "UBLBE_BE0000000196_V01-15000001.xml"):
        (folder / name).write_bytes((samples / name).read_bytes())
    first = window.import_actions.import_paths([folder])
    assert isinstance(first, InvoicePlanDialog) and first.plan.source.name == "SI-UBL-2.0_ok_minimal.xml"
    assert len(window.import_actions.queue) == 1
    first.accept()
    second = window.dialogs[-1]
    assert isinstance(second, InvoicePlanDialog) and second.plan.source.name.startswith("UBLBE_")
    second.accept()
    with window.service.store.reading() as reader:
        numbers = {r.invoice.number for r in reader.invoices()}
    assert {"12115118", "V01/15000001"} <= numbers


def test_the_exported_invoice_list_carries_no_formula(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from debtordesk.core.model import Client, Contact, ContactRole, Invoice

    client = window.service.save_client(Client(name='=HYPERLINK("http://evil.example","Klik")'),
                                        [Contact(0, "X", ContactRole.OTHER, phone="+31 6 12345678")])
    window.service.save_invoice(Invoice(client, "@SUM(A1)", date(2026, 11, 1), date(2026, 12, 1), 100_00, 21_00))
    target = tmp_path / "facturen.csv"
    assert window.import_actions.export_csv(target)
    text = target.read_text(encoding="utf-8-sig")
    cells = [cell for line in text.splitlines() for cell in line.split(";" if ";" in line else ",")]
    assert not [c for c in cells if c.strip('"')[:1] in ("=", "+", "@")]
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text
