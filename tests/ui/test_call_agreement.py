"""The call's agreement step, used as on the phone: by keyboard, read back as the call model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from debtordesk.core.call import (
    CallReport,
    Cause,
    DisputeTerms,
    Instalment,
    InvoiceAgreement,
    PromiseTerms,
    call_problems,
)
from debtordesk.core.formatting import Formatter
from debtordesk.core.model import Contact, ContactRole, Invoice, InvoiceRow
from debtordesk.core.validation import Problem, ValidationError
from debtordesk.core.working_days import calendar_for
from debtordesk.ui.call_agreement import AgreementEditor, Choice, ContactSection
from debtordesk.ui.call_agreement_parts import GREEN, add_months, split_evenly
from debtordesk.ui.form_dialog import ERROR_STYLE
from debtordesk.ui.problem_text import problem_text

CLIENT = "Bakkerij De Korenschoof"
TODAY = date(2026, 11, 23)  # a Monday; tests/conftest.py's today
ROWS = (
    InvoiceRow(Invoice(1, "2026-014", date(2026, 9, 20), date(2026, 10, 20), 1000_00, 210_00, id=11), CLIENT, 0),
    InvoiceRow(Invoice(1, "2026-021", date(2026, 10, 1), date(2026, 10, 31), 826_45, 173_56, id=12), CLIENT, 0),
)
PAID = InvoiceRow(Invoice(1, "2026-009", date(2026, 8, 1), date(2026, 9, 1), 100_00, 21_00, id=13), CLIENT, 121_00)


@pytest.fixture
def make_editor(qtbot) -> Callable[..., AgreementEditor]:  # type: ignore[no-untyped-def]
    def make(language: str = "en", rows=ROWS, calendar=None, size=(1000, 1200)) -> AgreementEditor:  # type: ignore[no-untyped-def]
        editor = AgreementEditor(Formatter(language))
        qtbot.addWidget(editor)
        editor.set_call(rows, TODAY, "Lies Peeters", calendar)
        editor.resize(*size)
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
        return editor

    return make


@pytest.fixture
def editor(make_editor) -> AgreementEditor:  # type: ignore[no-untyped-def]
    return make_editor()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def type_in(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def report(editor: AgreementEditor, **changes) -> CallReport:  # type: ignore[no-untyped-def]
    base = {"client_id": 1, "contact_id": None, "started_at": datetime(2026, 11, 23, 9, 40, tzinfo=UTC),
            "ended_at": datetime(2026, 11, 23, 9, 47, tzinfo=UTC), "invoice_ids": (11, 12), "cause": Cause.FORGOTTEN,
            "agreements": editor.agreements(), "new_contact": editor.new_contact(), "follow_up_on": TODAY}
    return CallReport(**{**base, **changes})


# -- by keyboard -------------------------------------------------------------------------------

def test_a_promise_is_typed_without_the_mouse(editor: AgreementEditor, qtbot) -> None:
    first, second = editor.sections
    assert first.heading.text() == "Invoice 2026-014 · €1,210.00 open · 34 days overdue"
    editor.focus_first()
    assert focused() is first.choices[Choice.NOTHING]
    with qtbot.waitSignal(editor.changed):
        press(qtbot, Qt.Key.Key_Right)  # wraps round from "Nothing agreed yet" to "Pays"
    assert first.choice() == Choice.PAYS
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is first.promise.amount and first.promise.amount.text() == "1,210.00"
    type_in(qtbot, "605")  # Tab selected the open amount: typing replaces it
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is first.promise.on and first.promise.on.day() == date(2026, 11, 24)
    type_in(qtbot, "30112026")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is first.promise.by and first.promise.by.text() == "Lies Peeters"
    type_in(qtbot, "Lies")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is second.choices[Choice.NOTHING]  # on to the next invoice
    assert editor.agreements() == (InvoiceAgreement(11, PromiseTerms(605_00, date(2026, 11, 30), "Lies")),)
    assert editor.latest_date() == date(2026, 11, 30)
    assert call_problems(report(editor), ROWS, TODAY) == []


def test_tab_leaves_a_date_at_once_whatever_was_typed(editor: AgreementEditor, qtbot) -> None:
    first = editor.sections[0]
    first.set_choice(Choice.PAYS)
    first.promise.on.setFocus(Qt.FocusReason.TabFocusReason)
    type_in(qtbot, "2")  # only the day, of 24-11-2026 (Qt's own date edit would Tab on to the month)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is first.promise.by
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is first.promise.on


def test_a_partial_dispute_with_a_promise_for_the_rest_by_keyboard(editor: AgreementEditor, qtbot) -> None:
    first = editor.sections[0]
    dispute = first.dispute
    editor.focus_first()
    press(qtbot, Qt.Key.Key_Left)  # "Nothing agreed yet" -> "Dispute"
    assert first.choice() == Choice.DISPUTE
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.whole and dispute.whole.isChecked()
    press(qtbot, Qt.Key.Key_Right)
    assert dispute.part.isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.amount
    type_in(qtbot, "200")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "More hours than agreed")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "Send the time sheets")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.we.has_date
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.we.by
    type_in(qtbot, "27112026")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "Check them with the project lead")
    press(qtbot, Qt.Key.Key_Tab, 2)  # past "by": no date agreed for them
    assert focused() is dispute.pays_rest and not dispute.rest.amount.isVisible()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.rest.amount and dispute.rest.amount.text() == "1,010.00"  # the undisputed rest
    dispute.amount.setText("300")
    assert dispute.rest.amount.text() == "910.00"  # still the proposal, so it follows the disputed part
    assert editor.agreements() == (InvoiceAgreement(
        11, promise=PromiseTerms(910_00, date(2026, 11, 24), "Lies Peeters"),
        dispute=DisputeTerms("More hours than agreed", "Send the time sheets", date(2026, 11, 27),
                             "Check them with the project lead", None, 300_00)),)
    assert editor.latest_date() == date(2026, 11, 27)
    assert call_problems(report(editor), ROWS, TODAY) == []


def test_a_whole_dispute_has_no_promise(editor: AgreementEditor) -> None:
    dispute = editor.sections[0].dispute
    editor.sections[0].set_choice(Choice.DISPUTE)
    dispute.part.click()
    dispute.amount.setText("200")
    dispute.pays_rest.click()
    dispute.whole.click()  # changed their mind: all of it is contested
    assert not dispute.amount.isEnabled() and not dispute.pays_rest.isVisible()
    dispute.reason.setText("Not delivered")
    (agreement,) = editor.agreements()
    assert agreement.promise is None and agreement.dispute is not None and agreement.dispute.disputed_cents is None
    assert editor.latest_date() is None  # no deadline agreed


def test_keys_the_panel_uses_are_not_swallowed(make_editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor()
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(editor)
    pressed: list[str] = []
    for keys in ("Ctrl+Return", "Escape"):
        shortcut = QShortcut(QKeySequence(keys), host)
        shortcut.activated.connect(lambda keys=keys: pressed.append(keys))
    host.show()
    editor.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    first, second = editor.sections
    first.set_choice(Choice.PAYS)
    second.set_choice(Choice.PLAN)
    editor.contact.handles.setChecked(True)
    widgets = [first.choices[Choice.PAYS], first.promise.amount, first.promise.on, second.plan.rows[0].amount,
               second.plan.add_button, second.plan.split_button, editor.contact.handles, editor.contact.role]
    for widget in widgets:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert pressed == ["Ctrl+Return", "Escape"] * len(widgets)
    assert len(second.plan.rows) == 3  # and no button took the key


# -- the payment plan ---------------------------------------------------------------------------

def test_a_plan_shows_what_is_left_and_split_evenly_adds_up_to_the_cent(make_editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("nl", calendar=calendar_for("NL").next_working_day)
    plan = editor.sections[1].plan
    editor.sections[1].set_choice(Choice.PLAN)
    assert [row.on.day() for row in plan.rows] == [date(2026, 11, 24), date(2026, 12, 24), date(2027, 1, 25)]
    plan.rows[0].amount.setFocus(Qt.FocusReason.TabFocusReason)
    type_in(qtbot, "400")
    assert plan.progress.text().replace("\xa0", " ") == "€ 400,00 of € 1.000,01 planned — € 600,01 still to plan"
    assert plan.progress.property("addsUp") is False
    plan.split_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(editor.changed):
        press(qtbot, Qt.Key.Key_Space)
    assert [row.amount.text() for row in plan.rows] == ["333,35", "333,33", "333,33"]
    # monthly from the first date; 24 January 2027 is a Sunday
    assert [row.on.day() for row in plan.rows] == [date(2026, 11, 24), date(2026, 12, 24), date(2027, 1, 25)]
    assert plan.progress.text().replace("\xa0", " ") == "€ 1.000,01 of € 1.000,01 planned — adds up"
    assert plan.progress.property("addsUp") is True and GREEN in plan.progress.styleSheet()
    (agreement,) = editor.agreements()
    assert agreement.plan == (Instalment(333_35, date(2026, 11, 24)), Instalment(333_33, date(2026, 12, 24)),
                              Instalment(333_33, date(2027, 1, 25)))
    assert editor.latest_date() == date(2027, 1, 25)
    assert call_problems(report(editor), ROWS, TODAY) == []


def test_instalments_are_added_for_the_rest_and_removed(editor: AgreementEditor, qtbot) -> None:
    plan = editor.sections[1].plan
    editor.sections[1].set_choice(Choice.PLAN)
    plan.rows[0].amount.setText("400")
    plan.rows[1].amount.setText("300")
    plan.rows[2].amount.setText("200")
    assert plan.progress.text() == "€900.00 of €1,000.01 planned — €100.01 still to plan"
    plan.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    assert len(plan.rows) == 4
    assert focused() is plan.rows[3].amount and plan.rows[3].amount.text() == "100.01"
    assert plan.rows[3].on.day() == add_months(plan.rows[2].on.day(), 1)
    assert plan.progress.property("addsUp") is True
    press(qtbot, Qt.Key.Key_Tab, 3)  # date, Remove, then the button below: in the order shown
    assert focused() is plan.add_button
    plan.rows[0].amount.setText("1500")
    assert plan.progress.text() == "€2,100.01 of €1,000.01 planned — €1,100.00 too much"
    plan.rows[0].remove.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    assert len(plan.rows) == 3 and focused() is plan.rows[0].amount
    assert [editor.formatter.plain_amount(i.amount_cents) for i in editor.agreements()[0].plan] == [
        "300.00", "200.00", "100.01"]
    assert plan.form.labelForField(plan.rows[2].field).text() == "Instalment 3:"


def test_split_evenly_and_months() -> None:
    assert split_evenly(1000_01, 3) == [333_35, 333_33, 333_33]
    for total in (1, 99, 1000_00, 1234_57):
        for count in (2, 3, 7, 12):
            parts = split_evenly(total, count)
            assert sum(parts) == total and len(parts) == count and max(parts) - min(parts) < count
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


# -- someone else pays ---------------------------------------------------------------------------

def test_a_new_contact_who_handles_payments(editor: AgreementEditor, qtbot) -> None:
    contact = editor.contact
    assert editor.new_contact() is None and not contact.name.isVisible()
    contact.handles.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(editor.changed):
        press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is contact.name
    type_in(qtbot, "Sanne de Vries")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is contact.role and contact.role.currentData() == ContactRole.ACCOUNTS_PAYABLE
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "+31 30 123 45 67")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "crediteuren@korenschoof.example")
    assert editor.new_contact() == Contact(0, "Sanne de Vries", ContactRole.ACCOUNTS_PAYABLE,
                                           email="crediteuren@korenschoof.example", phone="+31 30 123 45 67")
    contact.role.setCurrentIndex(contact.role.findData(ContactRole.MANAGER))
    assert editor.new_contact().role == ContactRole.MANAGER  # type: ignore[union-attr]
    contact.handles.setChecked(False)
    assert editor.new_contact() is None


# -- problems ---------------------------------------------------------------------------------------

def test_problems_mark_their_fields_and_the_first_gets_the_keyboard(editor: AgreementEditor) -> None:
    first, second = editor.sections
    first.set_choice(Choice.PAYS)
    first.promise.amount.setText("2000")
    second.set_choice(Choice.PLAN)
    second.plan.rows[0].amount.setText("400")
    second.plan.rows[1].amount.setText("300")
    second.plan.remove_instalment(second.plan.rows[2])
    editor.contact.handles.setChecked(True)
    problems = call_problems(report(editor, follow_up_on=None), ROWS, TODAY)
    others = editor.show_problems(problems)
    assert others == [Problem("follow_up", "required")]  # the panel's, not this step's
    over = ("This is more than the €1,210.00 to be paid on invoice 2026-014 (a disputed part not counted); "
            "enter at most that.")
    plan_sum = ("The instalments add up to €700.00, but €1,000.01 is to be paid on invoice 2026-021; "
                "change an amount or use Split evenly.")
    assert editor.problem_lines() == [
        f"Invoice 2026-014, Amount: {over}",
        f"Invoice 2026-021, Payment plan: {plan_sum}",
        "New contact, Name: Fill this in.",
        "New contact, Email: Enter an email address or a phone number.",
    ]
    assert editor.errors.isVisible()
    for widget, tip in ((first.promise.amount, over), (second.plan, plan_sum),
                        (editor.contact.name, "Fill this in.")):
        assert ERROR_STYLE in widget.styleSheet() and widget.toolTip() == tip
    assert ERROR_STYLE not in first.promise.on.styleSheet()
    assert focused() is first.promise.amount

    editor.show_problems([])
    assert first.promise.amount.styleSheet() == "" and second.plan.styleSheet() == ""
    assert editor.problem_lines() == [] and not editor.errors.isVisible()


def test_the_first_field_at_fault_is_the_first_on_screen_and_scrolled_to(make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor(size=(900, 260))
    second = editor.sections[1]
    second.set_choice(Choice.PLAN)
    editor.contact.handles.setChecked(True)
    editor.show_problems([Problem("new_contact.name", "required"),
                          Problem("invoice:12.plan", "call_plan_too_short", {"invoice": "2026-021"})])
    assert focused() is second.plan.rows[0].amount  # the plan comes before the contact on screen
    editor.show_problems([Problem("new_contact.email", "email_invalid")])
    scroll = editor.findChild(QScrollArea)
    assert focused() is editor.contact.email and scroll.verticalScrollBar().value() > 0
    corner = editor.contact.email.mapTo(scroll.viewport(), QPoint(0, 0))
    assert scroll.viewport().rect().contains(corner)


def test_an_unreadable_amount_is_reported_like_the_services_problems(editor: AgreementEditor, qtbot) -> None:
    first, second = editor.sections
    first.set_choice(Choice.PAYS)
    first.promise.amount.setFocus(Qt.FocusReason.TabFocusReason)
    type_in(qtbot, "12,3x")
    second.set_choice(Choice.PLAN)
    second.plan.rows[0].amount.setText("500")
    second.plan.rows[2].amount.setText("500,01")  # the second left empty
    expected = [Problem("invoice:11.promise.amount", "amount_invalid"),
                Problem("invoice:12.plan.2.amount", "amount_empty")]
    assert editor.input_problems() == expected
    with pytest.raises(ValidationError) as refused:
        editor.agreements()
    assert list(refused.value.problems) == expected
    assert editor.latest_date() == date(2027, 1, 24)  # the dates are there all the same
    editor.show_problems(refused.value.problems)
    assert editor.problem_lines() == ["Invoice 2026-014, Amount: This is not an amount. Write it like 1,234.56.",
                                      "Invoice 2026-021, Instalment 2: Enter an amount."]
    assert ERROR_STYLE in second.plan.rows[1].amount.styleSheet()
    assert focused() is first.promise.amount
    second.plan.remove_instalment(second.plan.rows[1])  # a marked row may go; the next marks still work
    editor.show_problems([])
    assert editor.input_problems() == [Problem("invoice:11.promise.amount", "amount_invalid")]


def test_the_new_problem_codes_say_what_to_do(formatter: Formatter) -> None:
    params = {"invoice": "2026-014", "open_cents": 1000_01, "planned_cents": 700_00}
    for code, phrase in (("call_disputed_over_open", "at most the €1,000.01 open"),
                         ("call_promise_over_open", "more than the €1,000.01 to be paid on invoice 2026-014"),
                         ("call_plan_sum", "add up to €700.00, but €1,000.01"),
                         ("call_plan_too_short", "at least two instalments"),
                         ("call_plan_same_day", "give each its own date"),
                         ("call_promise_and_plan", "keep one of the two"),
                         ("amount_positive", "above zero for invoice 2026-014"),
                         ("call_unknown_invoice", "Nothing agreed yet"),
                         ("call_without_invoice", "at least one invoice"),
                         ("call_ends_before_start", "start and end times"),
                         ("date_in_past", "today or a later date")):
        assert phrase in problem_text(Problem("x", code, params), formatter), code


# -- the whole step ---------------------------------------------------------------------------------

def test_nothing_agreed_is_nothing_to_store(editor: AgreementEditor) -> None:
    assert [s.choice() for s in editor.sections] == [Choice.NOTHING, Choice.NOTHING]
    assert editor.agreements() == () and editor.new_contact() is None and editor.latest_date() is None
    assert editor.input_problems() == []


def test_every_kind_of_edit_says_so_and_a_new_call_starts_over(editor: AgreementEditor, qtbot) -> None:
    first, second = editor.sections
    edits = [lambda: first.set_choice(Choice.PAYS), lambda: first.promise.amount.setText("10"),
             lambda: first.promise.on.set_day(TODAY + timedelta(days=3)), lambda: first.promise.by.setText("Jan"),
             lambda: second.set_choice(Choice.PLAN), lambda: second.plan.split(), lambda: second.plan.add_instalment(),
             lambda: second.plan.remove_instalment(second.plan.rows[0]),
             lambda: first.set_choice(Choice.DISPUTE), lambda: first.dispute.part.click(),
             lambda: first.dispute.they.has_date.click(), lambda: editor.contact.handles.click(),
             lambda: editor.contact.role.setCurrentIndex(2), lambda: editor.contact.email.setText("a@b.example")]
    for edit in edits:
        with qtbot.waitSignal(editor.changed, timeout=500):
            edit()
    editor.show_problems([Problem("invoice:11.dispute.reason", "required", {"invoice": "2026-014"})])
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_call([PAID, ROWS[1]], TODAY, "Jan Smit")
    assert [s.invoice_id for s in editor.sections] == [12]  # nothing open on 2026-009
    assert not first.isVisible() and not second.isVisible()  # the last call's, gone at once
    assert [c for c in editor.findChildren(ContactSection) if c.isVisible()] == [editor.contact]
    editor.focus_first()  # as the panel does when it opens this step, before any event is processed
    assert focused() is editor.sections[0].choices[Choice.NOTHING]
    assert editor.sections[0].promise.by.text() == "Jan Smit"
    assert editor.agreements() == () and editor.new_contact() is None and not editor.errors.isVisible()


def test_headings_say_how_late(make_editor) -> None:  # type: ignore[no-untyped-def]
    due_today = InvoiceRow(Invoice(1, "2026-030", date(2026, 10, 24), TODAY, 100_00, 0, id=20), CLIENT, 0)
    late_one_day = InvoiceRow(Invoice(1, "2026-031", date(2026, 10, 23), TODAY - timedelta(days=1), 100_00, 0, id=21),
                              CLIENT, 40_00)
    not_due = InvoiceRow(Invoice(1, "2026-032", date(2026, 11, 20), date(2026, 12, 20), 100_00, 0, id=22), CLIENT, 0)
    editor = make_editor(rows=(due_today, late_one_day, not_due))
    assert [s.heading.text() for s in editor.sections] == [
        "Invoice 2026-030 · €100.00 open · due today",
        "Invoice 2026-031 · €60.00 open · 1 day overdue",
        "Invoice 2026-032 · €100.00 open · due 20 Dec 2026",
    ]


def test_labels_line_up_at_the_panels_font_size(make_editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet("font-size: 14pt")
    editor = make_editor()
    QVBoxLayout(host).addWidget(editor)
    first, second = editor.sections
    first.set_choice(Choice.PAYS)
    second.set_choice(Choice.DISPUTE)
    editor.contact.handles.setChecked(True)
    host.resize(1000, 1200)
    host.show()
    editor.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: first.promise.amount.x() == second.dispute.reason.x())
    fields = [first.promise.amount, second.dispute.reason, editor.contact.name]
    assert len({f.mapTo(editor, QPoint(0, 0)).x() for f in fields}) == 1
    assert editor.sections[0].heading.font().pointSize() == 14
