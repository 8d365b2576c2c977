"""Every problem code from core and storage as a sentence in the user's language.

Each sentence says what is wrong and what to do. tests/ui/test_problem_text.py
checks that every code raised anywhere has a sentence here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


from debtordesk.core.formatting import Formatter
from debtordesk.core.money import AmountError
from debtordesk.core.ports import FileProblem
from debtordesk.core.validation import Problem



_PROBLEMS: dict[str, Callable[[Mapping[str, Any], Formatter], str]] = {
    "required": lambda p, f: QCoreApplication.translate("Problems", "Fill this in."),
    "host_invalid": lambda p, f: QCoreApplication.translate("Problems", "Enter the server's name as your mail provider gives it, e.g. smtp.example.com."),
    "port_range": lambda p, f: QCoreApplication.translate("Problems", "A port is a number from 1 to 65535; your mail provider says which (often 465 or 587)."),
    "template_unknown_placeholder": lambda p, f: (
        QCoreApplication.translate("Problems", "{text} on line {line} is not a placeholder DebtorDesk knows; did you mean {{{suggestion}}}?").format(
            text=p["text"], line=p["line"], suggestion=p["suggestion"]) if p.get("suggestion") else
        QCoreApplication.translate("Problems", "{text} on line {line} is not a placeholder DebtorDesk knows; pick one from the list.").format(
            text=p["text"], line=p["line"])),
    "template_unclosed_brace": lambda p, f: QCoreApplication.translate("Problems", "{text} on line {line} has no closing }}; close it, or write {{{{ for a brace.").format(
        text=p["text"], line=p["line"]),
    "template_stray_brace": lambda p, f: QCoreApplication.translate("Problems", "A }} on line {line} closes nothing; remove it, or write }}}} for a brace.").format(
        line=p["line"]),
    "template_empty_placeholder": lambda p, f: QCoreApplication.translate("Problems", "Empty braces on line {line}: put a placeholder name between them.").format(
        line=p["line"]),
    "name_characters": lambda p, f: QCoreApplication.translate("Problems", "Leave out line breaks, quotes and angle brackets."),
    "iban_checksum": lambda p, f: QCoreApplication.translate("Problems", "The check digits do not match: look for a typing error in the IBAN."),
    "iban_length": lambda p, f: QCoreApplication.translate("Problems", "This IBAN has the wrong number of characters for its country."),
    "iban_country": lambda p, f: QCoreApplication.translate("Problems", "An IBAN starts with a country code such as NL or BE."),
    "iban_invalid": lambda p, f: QCoreApplication.translate("Problems", "This is not a valid IBAN; copy it from a bank statement."),
    "bic_invalid": lambda p, f: QCoreApplication.translate("Problems", "This is not a valid BIC: 8 or 11 letters and digits, e.g. ABNANL2A."),
    "bic_country_mismatch": lambda p, f: QCoreApplication.translate("Problems", "The BIC is for country {bic} but the IBAN is from {iban}.").format(
        bic=p["bic_country"], iban=p["iban_country"]),
    "vat_invalid": lambda p, f: QCoreApplication.translate("Problems", "This VAT number is not valid; check it, or leave it empty."),
    "vat_country_mismatch": lambda p, f: QCoreApplication.translate("Problems", "This VAT number is not from {country}, the country chosen above.").format(
        country=p["country"]),
    "kvk_invalid": lambda p, f: QCoreApplication.translate("Problems", "A KvK number has 8 digits."),
    "enterprise_number_invalid": lambda p, f: QCoreApplication.translate("Problems", 
        "This enterprise number is not valid: 10 digits starting with 0 or 1, e.g. 0123.456.749."),
    "email_invalid": lambda p, f: QCoreApplication.translate("Problems", "This is not an email address (name@example.com)."),
    "phone_invalid": lambda p, f: QCoreApplication.translate("Problems", "Use digits, spaces and an optional + (e.g. +31 6 12345678)."),
    "postcode_invalid_nl": lambda p, f: QCoreApplication.translate("Problems", "A Dutch postcode is 4 digits and 2 letters, e.g. 3511 AW."),
    "postcode_invalid_be": lambda p, f: QCoreApplication.translate("Problems", "A Belgian postcode has 4 digits."),
    "business_country": lambda p, f: QCoreApplication.translate("Problems", "DebtorDesk supports businesses in the Netherlands and Belgium."),
    "payment_term_range": lambda p, f: QCoreApplication.translate("Problems", "Choose a payment term between 0 and {max} days.").format(max=p["max"]),
    "consumer_has_no_vat": lambda p, f: QCoreApplication.translate("Problems", "A consumer has no VAT number; choose Company or clear the field."),
    "contact_unreachable": lambda p, f: QCoreApplication.translate("Problems", "Enter an email address or a phone number."),
    "amount_negative": lambda p, f: QCoreApplication.translate("Problems", "The amount cannot be negative."),
    "amount_zero": lambda p, f: QCoreApplication.translate("Problems", "Enter an amount above zero."),
    "amount_too_large": lambda p, f: QCoreApplication.translate("Problems", "This amount is too large."),
    "amount_empty": lambda p, f: QCoreApplication.translate("Problems", "Enter an amount."),
    "amount_invalid": lambda p, f: QCoreApplication.translate("Problems", "This is not an amount. Write it like {example}.").format(
        example=f.plain_amount(123456)),
    "amount_too_many_decimals": lambda p, f: QCoreApplication.translate("Problems", "Use at most two decimals (whole cents)."),
    "invoice_number_taken": lambda p, f: QCoreApplication.translate("Problems", 
        "{number} is already used in this file; every invoice needs its own number.").format(
        number=p["number"]),
    "due_before_issue": lambda p, f: QCoreApplication.translate("Problems", "The due date cannot be before the invoice date."),
    "invoice_total_zero": lambda p, f: QCoreApplication.translate("Problems", "The invoice total must be more than zero."),
    "currency_unsupported": lambda p, f: QCoreApplication.translate("Problems", "Only invoices in euro are supported."),
    "pdf_invalid": lambda p, f: QCoreApplication.translate("Problems", "{filename} is not a PDF file; choose the invoice's PDF.").format(
        filename=p["filename"]),
    "total_below_paid": lambda p, f: QCoreApplication.translate("Problems", 
        "The total cannot be lower than what was already paid ({paid}).").format(paid=f.amount(p["paid_cents"])),
    "payment_exceeds_open": lambda p, f: QCoreApplication.translate("Problems", 
        "This is more than the open amount of {open}; enter at most that.").format(open=f.amount(p["open_cents"])),
    "date_in_future": lambda p, f: QCoreApplication.translate("Problems", "This date is in the future; record a payment once it has been received."),
    # A rate table of the user's own (core.rates): said per line in Tools > Interest and Costs.
    "unreadable": lambda p, f: QCoreApplication.translate("Problems", "The file cannot be read as a table; save it from your spreadsheet as CSV (UTF-8)."),
    "empty": lambda p, f: QCoreApplication.translate("Problems", "The table holds no rates; add at least one row below the header."),
    "missing_column": lambda p, f: QCoreApplication.translate("Problems", "The first line must name the columns from and percent."),
    "bad_date": lambda p, f: QCoreApplication.translate("Problems", "Write the date as YYYY-MM-DD, e.g. 2027-01-01."),
    "bad_number": lambda p, f: QCoreApplication.translate("Problems", "Write the rate as a number such as 10.15."),
    "negative_rate": lambda p, f: QCoreApplication.translate("Problems", "A rate cannot be negative."),
    "not_sorted": lambda p, f: QCoreApplication.translate("Problems", "The rows must be in date order, oldest first."),
    "duplicate_date": lambda p, f: QCoreApplication.translate("Problems", "Two rows have the same date; keep one of them."),
    "sent_in_future": lambda p, f: QCoreApplication.translate("Problems", "This date is in the future; record the letter once it is in the post."),
    "sent_before_letter_date": lambda p, f: QCoreApplication.translate("Problems", "A letter cannot be sent before its own date; choose the day it went into the post."),
    "tracking_invalid": lambda p, f: QCoreApplication.translate("Problems", "A tracking number has only letters, digits and dashes, at most 40; copy it from the receipt."),
    "payment_before_issue": lambda p, f: QCoreApplication.translate("Problems", "A payment cannot be before the invoice date."),
    "promise_without_invoice": lambda p, f: QCoreApplication.translate("Problems", "Choose at least one invoice."),
    "date_in_past": lambda p, f: QCoreApplication.translate("Problems", "Choose today or a later date."),
    "already_on_hold": lambda p, f: QCoreApplication.translate(
        "Problems", "This invoice is already on hold; take it off hold first to change the reason."),
    "not_on_hold": lambda p, f: QCoreApplication.translate("Problems", "This invoice is not on hold."),
    "invoice_paid": lambda p, f: QCoreApplication.translate("Problems", "Nothing is open on this invoice any more."),
    "invoice_written_off": lambda p, f: QCoreApplication.translate("Problems", "This invoice was written off."),
    "invoice_handed_over": lambda p, f: QCoreApplication.translate(
        "Problems", "This invoice was handed over; its follow-up is no longer yours."),
    # The guided call (core/call.py): params "invoice" (its number), amounts in cents.
    "amount_positive": lambda p, f: QCoreApplication.translate(
        "Problems", "Enter an amount above zero for invoice {invoice}.").format(invoice=p["invoice"]),
    "call_cause_required": lambda p, f: QCoreApplication.translate(
        "Problems", "Choose why the invoice is still open; if none fits, choose Other and note it."),
    "call_without_invoice": lambda p, f: QCoreApplication.translate(
        "Problems", "Choose at least one invoice that the call was about."),
    "call_unknown_invoice": lambda p, f: QCoreApplication.translate(
        "Problems", "This invoice is no longer among the call's open invoices (it may have been paid or changed "
                    "meanwhile); set its agreement to \"Nothing agreed yet\" and note what was said."),
    "call_promise_and_plan": lambda p, f: QCoreApplication.translate(
        "Problems", "Invoice {invoice} has both a promise and a payment plan; keep one of the two.").format(
        invoice=p["invoice"]),
    "call_disputed_over_open": lambda p, f: QCoreApplication.translate(
        "Problems", "The disputed part of invoice {invoice} must be above zero and at most the {open} open; "
                    "choose the whole invoice if all of it is disputed.").format(
        invoice=p["invoice"], open=f.amount(p["open_cents"])),
    "call_promise_over_open": lambda p, f: QCoreApplication.translate(
        "Problems", "This is more than the {open} to be paid on invoice {invoice} (a disputed part not counted); "
                    "enter at most that.").format(invoice=p["invoice"], open=f.amount(p["open_cents"])),
    "call_plan_sum": lambda p, f: QCoreApplication.translate(
        "Problems", "The instalments add up to {planned}, but {open} is to be paid on invoice {invoice}; "
                    "change an amount or use Split evenly.").format(
        planned=f.amount(p["planned_cents"]), open=f.amount(p["open_cents"]), invoice=p["invoice"]),
    "call_plan_too_short": lambda p, f: QCoreApplication.translate(
        "Problems", "A payment plan for invoice {invoice} needs at least two instalments; add one, or choose "
                    "Pays for a single payment.").format(invoice=p["invoice"]),
    "call_plan_same_day": lambda p, f: QCoreApplication.translate(
        "Problems", "Two instalments of invoice {invoice} fall on the same day; give each its own date.").format(
        invoice=p["invoice"]),
    "call_ends_before_start": lambda p, f: QCoreApplication.translate(
        "Problems", "The call ends before it starts; check the start and end times."),
}

_FILE_PROBLEMS: dict[str, str] = {
    "file_in_use": QT_TRANSLATE_NOOP("Problems", "This file is already open in another DebtorDesk window. Close it there first, or open a copy."),
    "not_a_data_file": QT_TRANSLATE_NOOP("Problems", "This is not a DebtorDesk data file. Choose a file ending in .debtordesk."),
    "file_too_new": QT_TRANSLATE_NOOP("Problems", "This file was saved by a newer version of DebtorDesk. Update DebtorDesk to open it."),
    "file_corrupt": QT_TRANSLATE_NOOP("Problems", "This file is damaged and cannot be opened. Use File > Restore from Backup to get your data back."),
    "file_read_only": QT_TRANSLATE_NOOP("Problems", "DebtorDesk cannot write to this file or its folder. Check the permissions, or save a copy elsewhere."),
    "disk_full": QT_TRANSLATE_NOOP("Problems", "The disk is full. Free some space and try again; nothing was lost."),
    "file_missing": QT_TRANSLATE_NOOP("Problems", "The file is not there any more. It may have been moved or renamed."),
    "target_exists": QT_TRANSLATE_NOOP("Problems", "A file with this name already exists. Choose a new name: DebtorDesk never overwrites a file."),
    "data_file_error": QT_TRANSLATE_NOOP("Problems", "The file could not be used."),
}


def problem_text(problem: Problem, formatter: Formatter) -> str:
    return _PROBLEMS[problem.code](problem.params, formatter)


def amount_problem(error: AmountError, field: str) -> Problem:
    return Problem(field, error.code)


def file_problem_text(problem: FileProblem) -> str:
    return QCoreApplication.translate("Problems", _FILE_PROBLEMS.get(problem.code, _FILE_PROBLEMS["data_file_error"]))


def known_codes() -> set[str]:
    return set(_PROBLEMS) | set(_FILE_PROBLEMS)

