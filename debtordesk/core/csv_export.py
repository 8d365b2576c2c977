"""The invoice list as a CSV file for a spreadsheet or an accountant, in the user's language.

Dutch and French files use ";" between fields and a decimal comma ("1234,56"), as Excel
expects on a Dutch, Belgian or French computer; English files use "," and a decimal
point. Amounts carry no thousands separator and no currency sign, so every spreadsheet
reads them as numbers; dates are "24-11-2026" (nl), "24/11/2026" (fr) and ISO "2026-11-24"
(en). Every cell goes through ``csv_safety.safe_cell``: a client named "=HYPERLINK(…)"
stays text. Write the result with ``CSV_ENCODING`` (UTF-8 with a byte-order mark, which
Excel needs to show "é" right); the headers read back through ``column_mapping.guess_mapping``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import date

from debtordesk.core.csv_safety import safe_cell
from debtordesk.core.model import HoldKind, InvoiceRow, Language
from debtordesk.core.money import Cents
from debtordesk.core.stage import Stage, stage_of

CSV_ENCODING = "utf-8-sig"

_COLUMN = {Language.EN: 0, Language.NL: 1, Language.FR: 2}

#: (English, Dutch, French)
HEADERS: tuple[tuple[str, str, str], ...] = (
    ("Invoice number", "Factuurnummer", "Numéro de facture"),
    ("Client", "Klant", "Client"),
    ("Invoice date", "Factuurdatum", "Date de facture"),
    ("Due date", "Vervaldatum", "Échéance"),
    ("Total", "Totaal", "Montant total"),
    ("Paid", "Betaald", "Payé"),
    ("Open", "Openstaand", "Solde"),
    ("Currency", "Valuta", "Devise"),
    ("Status", "Status", "Statut"),
)

STATUS_WORDS: dict[Stage | str, tuple[str, str, str]] = {
    Stage.PROMISE_BROKEN: ("Promise broken", "Belofte gebroken", "Promesse non tenue"),
    Stage.OVERDUE: ("Overdue", "Te laat", "En retard"),
    Stage.DISPUTED: ("Disputed", "Betwist", "Contestée"),
    Stage.ON_HOLD: ("On hold", "Gepauzeerd", "En attente"),
    Stage.PROMISED: ("Promised", "Toegezegd", "Promise"),
    Stage.NOT_DUE: ("Not yet due", "Nog niet vervallen", "Pas encore échue"),
    Stage.HANDED_OVER: ("Handed over", "Overgedragen", "Transmise"),
    Stage.PAID: ("Paid", "Betaald", "Payée"),
    Stage.WRITTEN_OFF: ("Written off", "Afgeboekt", "Passée en perte"),
    "open": ("Open", "Open", "Ouverte"),  # without a date to judge "overdue" by
}

_DELIMITER = {Language.EN: ",", Language.NL: ";", Language.FR: ";"}
_DATE_PATTERN = {Language.EN: "%Y-%m-%d", Language.NL: "%d-%m-%Y", Language.FR: "%d/%m/%Y"}


def invoices_csv(rows: Sequence[InvoiceRow], client_names: Mapping[int, str] | None, language: Language | str,
                 *, today: date | None = None) -> str:
    """The rows as CSV text: number, client, dates, total, paid, open, currency and status.

    Args:
        rows: the invoices as the list shows them.
        client_names: client id -> name, where it should differ from ``row.client_name`` (e.g. a
            display name); None or a missing id uses the row's own.
        language: "nl", "en" or "fr"; decides the separator, the number and date notation and the words.
        today: the day the status is judged on ("overdue" or "not yet due"); without it both say "open".
    """
    language = Language(language)
    column = _COLUMN[language]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=_DELIMITER[language], quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([safe_cell(words[column]) for words in HEADERS])
    names = client_names or {}
    for row in rows:
        invoice = row.invoice
        client = names.get(invoice.client_id, row.client_name)
        cells = [invoice.number, client, invoice.issue_date.strftime(_DATE_PATTERN[language]),
                 invoice.due_date.strftime(_DATE_PATTERN[language]), _amount(invoice.total_cents, language),
                 _amount(row.paid_cents, language), _amount(row.open_cents, language), invoice.currency,
                 STATUS_WORDS[_status(row, today)][column]]
        writer.writerow([safe_cell(cell) for cell in cells])
    return buffer.getvalue()


def _amount(cents: Cents, language: Language) -> str:
    """"-1234,56" or "-1234.56": exact, from integer cents."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    mark = "." if language == Language.EN else ","
    return f"{sign}{units}{mark}{rest:02d}"


def _status(row: InvoiceRow, today: date | None) -> Stage | str:
    if today is not None:
        return stage_of(row, today)
    state = row.state
    if state.written_off:
        return Stage.WRITTEN_OFF
    if state.handed_over:
        return Stage.HANDED_OVER
    if row.open_cents <= 0:
        return Stage.PAID
    if state.hold_kind is not None:
        return Stage.DISPUTED if state.hold_kind == HoldKind.DISPUTE else Stage.ON_HOLD
    return "open"
