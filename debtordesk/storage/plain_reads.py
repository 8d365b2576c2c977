"""The large reads in plain SQL over a sqlite3 connection, without SQLAlchemy.

Shared by the repository (through its session's connection) and by the start-up
snapshot, which paints the window before SQLAlchemy is even imported. ORM
objects for 100,000 invoices took 6 s to build; these reads take a fraction.
"""

from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, time

from debtordesk.core.follow_up import CLIENT_LADDER_PREFIX, LADDER_KEY, InvoiceFollowUp, LadderBook
from debtordesk.core.ladder import PromiseEvent, StepEvent, ladder_from_json
from debtordesk.core.figures import YEAR, DueSum, FigureSums, InvoiceFacts, PaidPart, PromiseFacts
from debtordesk.core.model import (
    BusinessProfile,
    Country,
    HoldKind,
    Invoice,
    InvoiceRow,
    InvoiceState,
    Language,
    Promise,
    PromiseStatus,
    Task,
    TaskKind,
)

#: What was paid on invoice ``i``.
_PAID = "coalesce((SELECT sum(amount_cents) FROM payment WHERE invoice_id = i.id), 0)"
# What was paid is a correlated subquery over the payment index: a few rows by id then
# cost a few lookups rather than summing every payment (and it is no slower for all rows).
_INVOICE_ROWS = f"""
SELECT i.id, i.client_id, i.number, i.issue_date, i.due_date, i.currency, i.net_cents, i.vat_cents,
       i.description, c.name, {_PAID},
       i.hold_kind, i.hold_reason, i.hold_since, i.hold_until, i.disputed_cents,
       i.written_off_on, i.written_off_reason, i.handed_over_on, i.handed_over_to,
       coalesce(pr.open, 0), coalesce(pr.broken, 0), c.work_paused, coalesce(ct.names, '')
FROM invoice AS i
JOIN client AS c ON c.id = i.client_id
LEFT JOIN (SELECT pi.invoice_id, max(pm.status = 'open') AS open, max(pm.status = 'broken') AS broken
           FROM promise_invoice AS pi JOIN promise AS pm ON pm.id = pi.promise_id
           GROUP BY pi.invoice_id) AS pr
       ON pr.invoice_id = i.id
LEFT JOIN (SELECT client_id, group_concat(name, ' ') AS names FROM contact GROUP BY client_id) AS ct
       ON ct.client_id = i.client_id"""
#: The dossier records that move an invoice up its ladder (``core.dossier.LADDER_KINDS``), as the
#: partial index ``ix_dossier_record_ladder`` names them: a query must say it the same way to use it.
LADDER_KINDS_SQL = "kind IN ('step_done', 'step_skipped', 'email_sent')"
_PROFILE = """
SELECT name, street, postcode, city, country, vat_number, registration_number, iban, bic, email, phone,
       payment_term_days, language, signature
FROM business_profile WHERE id = 1"""


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while 100,000s of objects are built.

    Each 700 new objects set the collector off, and its older generations walk
    every object the app holds: it took a third of these reads' time. Nothing
    built here forms a cycle. Whoever paused it first turns it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Days(dict[str, date]):
    """ISO dates parsed once each: 100,000 invoices share a few thousand dates (and their objects)."""

    def __missing__(self, text: str) -> date:
        value = self[text] = date.fromisoformat(text)
        return value


def invoice_rows(connection: sqlite3.Connection, client_id: int | None = None) -> list[InvoiceRow]:
    """Every invoice (of one client) with its client's name, what was paid and its state, by id.

    By id, the order of the table itself, so it costs nothing: equal sort keys
    then keep the same order as in ``first_invoice_rows``.
    """
    if client_id is None:
        return _rows(connection, _INVOICE_ROWS + " ORDER BY i.id", ())
    return _rows(connection, _INVOICE_ROWS + " WHERE i.client_id = ? ORDER BY i.id", (client_id,))


def invoice_rows_with_ids(connection: sqlite3.Connection, ids: Iterable[int]) -> list[InvoiceRow]:
    """The rows of the invoices with these ids (those that exist), by id."""
    sql = _INVOICE_ROWS + " WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY i.id"
    return _rows(connection, sql, (json.dumps(sorted(set(ids))),))


def _rows(connection: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> list[InvoiceRow]:
    with _bulk():
        return _build_rows(connection, sql, params)


def _build_rows(connection: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> list[InvoiceRow]:
    no_state = InvoiceState()
    day = _Days()
    # One string object per distinct client name, contact list and currency, not one per invoice.
    shared: dict[str, str] = {}
    share = shared.setdefault
    rows = []
    for (invoice_id, client, number, issued, due, currency, net, vat, description, name, paid,
         hold_kind, hold_reason, hold_since, hold_until, disputed, off_on, off_reason, over_on, over_to,
         promise_open, promise_broken, work_paused, contacts) in connection.execute(sql, params):
        invoice = Invoice(client_id=client, number=number, issue_date=day[issued], due_date=day[due],
                          net_cents=net, vat_cents=vat, currency=share(currency, currency), description=description,
                          id=invoice_id)
        state = no_state
        if hold_kind or off_on or over_on:
            state = InvoiceState(
                hold_kind=HoldKind(hold_kind) if hold_kind else None, hold_reason=hold_reason,
                hold_since=day[hold_since] if hold_since else None,
                hold_until=day[hold_until] if hold_until else None, disputed_cents=disputed,
                written_off_on=day[off_on] if off_on else None, written_off_reason=off_reason,
                handed_over_on=day[over_on] if over_on else None, handed_over_to=over_to)
        rows.append(InvoiceRow(invoice, share(name, name), paid, state, bool(promise_open), bool(promise_broken),
                               bool(work_paused), share(contacts, contacts)))
    return rows


def figure_facts(connection: sqlite3.Connection,
                 client_id: int | None = None) -> tuple[list[InvoiceFacts], list[PromiseFacts]]:
    """Every invoice (of one client) with its dated payments, and every promise: what behaviour is worked out from.

    100,000 of them on a large file, so built as plain tuples from a narrow read.
    """
    with _bulk():
        return _build_facts(connection, client_id)


def _build_facts(connection: sqlite3.Connection,
                 client_id: int | None) -> tuple[list[InvoiceFacts], list[PromiseFacts]]:
    day = _Days()
    parts: dict[int, list[PaidPart]] = {}
    no_parts: tuple[PaidPart, ...] = ()
    mine, params = ("", ()) if client_id is None else (" WHERE client_id = ?", (client_id,))
    for invoice_id, paid_on, amount in connection.execute(
            "SELECT invoice_id, paid_on, amount_cents FROM payment"
            + ("" if client_id is None else " WHERE invoice_id IN (SELECT id FROM invoice WHERE client_id = ?)"),
            params):
        found = parts.get(invoice_id)
        if found is None:
            parts[invoice_id] = [PaidPart(day[paid_on], amount)]
        else:
            found.append(PaidPart(day[paid_on], amount))
    make = InvoiceFacts._make
    get = parts.get
    invoices = [
        make((invoice_id, client, day[issued], day[due], total,
              tuple(found) if (found := get(invoice_id)) else no_parts, over is not None, off is not None))
        for invoice_id, client, issued, due, total, over, off in connection.execute(
            "SELECT id, client_id, issue_date, due_date, total_cents, handed_over_on, written_off_on"
            f" FROM invoice{mine} ORDER BY id", params)
    ]
    return invoices, promise_facts(connection, client_id)


# What is still open per invoice: as ``InvoiceFacts.open_cents`` (nothing once written off).
# Materialized, so each invoice's payments are summed once (not again in every place ``open``
# is used), and ``+due_date``: a scan of the table itself, not a walk through the due date
# index with a lookup per row, which took four times as long.
_OPEN = f"""
WITH o AS MATERIALIZED (
  SELECT i.id, +i.due_date AS due_date, i.handed_over_on IS NOT NULL AS over,
         CASE WHEN i.written_off_on IS NULL
              THEN i.total_cents - {_PAID}
              ELSE 0 END AS open
  FROM invoice AS i)"""


def figure_sums(connection: sqlite3.Connection, today: date) -> FigureSums:
    """``core.figures.sums_of`` every invoice, added up by SQLite: no Python object per invoice.

    Three scans of a 100,000-invoice file take a fifth of the time that
    building its facts does; the sums are the same (tests compare them).
    """
    year_ago, day = (today - YEAR).isoformat(), today.isoformat()
    by_due, handed_over = [], 0
    for due, over, cents, count in connection.execute(
            f"{_OPEN} SELECT due_date, over, sum(open), count(*) FROM o WHERE open > 0"
            " GROUP BY due_date, over ORDER BY due_date"):
        if over:
            handed_over += cents
        else:
            by_due.append(DueSum(date.fromisoformat(due), cents, count))
    (invoiced,) = connection.execute(
        "SELECT coalesce(sum(total_cents), 0) FROM invoice WHERE issue_date > ? AND issue_date <= ?",
        (year_ago, day)).fetchone()
    paid, weighted = connection.execute(
        "SELECT coalesce(sum(p.amount_cents), 0),"
        "       coalesce(sum(p.amount_cents * max(0, CAST(julianday(p.paid_on) - julianday(i.due_date) AS INTEGER))), 0)"
        " FROM payment AS p JOIN invoice AS i ON i.id = p.invoice_id WHERE p.paid_on > ? AND p.paid_on <= ?",
        (year_ago, day)).fetchone()
    return FigureSums(today, tuple(by_due), handed_over, invoiced, paid, weighted)


def first_invoice_ids(connection: sqlite3.Connection, today: date, count: int) -> list[int]:
    """The ids of the first ``count`` rows of the invoice list in its default order.

    That order is most days overdue first and, among equal days, by id: the
    list sorts rows read by id with a stable sort on days overdue, descending.
    Most days overdue is the earliest due date among the invoices still open
    and due before today; all others have zero days and follow by id.
    """
    overdue_open = f"i.due_date < ? AND i.written_off_on IS NULL AND i.total_cents > {_PAID}"
    day = today.isoformat()
    ids = [invoice_id for (invoice_id,) in connection.execute(
        f"SELECT id FROM invoice AS i WHERE {overdue_open} ORDER BY due_date, id LIMIT ?", (day, count))]
    if len(ids) < count:
        ids += [invoice_id for (invoice_id,) in connection.execute(
            f"SELECT id FROM invoice AS i WHERE NOT ({overdue_open}) ORDER BY id LIMIT ?", (day, count - len(ids)))]
    return ids


def invoice_count(connection: sqlite3.Connection) -> int:
    (count,) = connection.execute("SELECT count(*) FROM invoice").fetchone()
    return int(count)


def promise_facts(connection: sqlite3.Connection, client_id: int | None = None) -> list[PromiseFacts]:
    day = _Days()
    mine, params = ("", ()) if client_id is None else (" WHERE client_id = ?", (client_id,))
    return [PromiseFacts(client, amount, day[promised], status) for client, amount, promised, status
            in connection.execute(f"SELECT client_id, amount_cents, promised_date, status FROM promise{mine}", params)]


def profile(connection: sqlite3.Connection) -> BusinessProfile | None:
    row = connection.execute(_PROFILE).fetchone()
    if row is None:
        return None
    (name, street, postcode, city, country, vat, registration, iban, bic, email, phone, term, language,
     signature) = row
    return BusinessProfile(name, street, postcode, city, Country(country), vat, registration, iban, bic, email,
                           phone, term, Language(language), signature)


def client_names(connection: sqlite3.Connection) -> dict[int, str]:
    return dict(connection.execute("SELECT id, name FROM client"))


def open_tasks(connection: sqlite3.Connection) -> list[Task]:
    day = date.fromisoformat
    return [Task(client_id, day(due), TaskKind(kind), note, invoice_id, bool(done), task_id,
                 time.fromisoformat(at) if at else None)
            for task_id, client_id, invoice_id, due, kind, note, done, at in connection.execute(
                "SELECT id, client_id, invoice_id, due_date, kind, note, done, due_time FROM task WHERE NOT done")]


def promises(connection: sqlite3.Connection) -> list[Promise]:
    day = date.fromisoformat
    links: dict[int, list[int]] = {}
    for promise_id, invoice_id in connection.execute(
            "SELECT promise_id, invoice_id FROM promise_invoice ORDER BY invoice_id"):
        links.setdefault(promise_id, []).append(invoice_id)
    return [Promise(client_id, tuple(links.get(promise_id, ())), amount, day(promised), contact_id,
                    PromiseStatus(status), promise_id, plan_id, target)
            for promise_id, client_id, contact_id, amount, promised, status, plan_id, target in connection.execute(
                "SELECT id, client_id, contact_id, amount_cents, promised_date, status, plan_id, target_open_cents"
                " FROM promise")]


def follow_up(connection: sqlite3.Connection, ids: Iterable[int] | None = None) -> dict[int, InvoiceFollowUp]:
    """The ladder steps recorded and the promises made, for every invoice (or these) that has any."""
    only, params = ("", ()) if ids is None else (" AND invoice_id IN (SELECT value FROM json_each(?))",
                                                  (json.dumps(sorted(set(ids))),))
    day = _Days()
    steps: dict[int, list[StepEvent]] = {}
    for invoice_id, kind, key, on, reason in connection.execute(
            "SELECT invoice_id, kind, json_extract(details, '$.step'), json_extract(details, '$.on'),"
            " coalesce(json_extract(details, '$.reason'), '')"
            " FROM dossier_record INDEXED BY ix_dossier_record_ladder"
            f" WHERE {LADDER_KINDS_SQL} AND invoice_id IS NOT NULL{only} ORDER BY id", params):
        if key:
            steps.setdefault(invoice_id, []).append(StepEvent(key, day[on], kind == "step_skipped", reason))
    promises: dict[int, list[PromiseEvent]] = {}
    only = only.replace("invoice_id IN", "pi.invoice_id IN")
    for invoice_id, promised, status, resolved, plan_id in connection.execute(
            "SELECT pi.invoice_id, p.promised_date, p.status, p.resolved_on, p.plan_id FROM promise_invoice AS pi"
            f" JOIN promise AS p ON p.id = pi.promise_id WHERE 1{only} ORDER BY p.id", params):
        broken_on = day[resolved] if resolved and status == PromiseStatus.BROKEN else None
        promises.setdefault(invoice_id, []).append(
            PromiseEvent(day[promised], PromiseStatus(status), broken_on, plan_id))
    return {invoice_id: InvoiceFollowUp(tuple(steps.get(invoice_id, ())), tuple(promises.get(invoice_id, ())))
            for invoice_id in steps.keys() | promises.keys()}


def setting(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def ladder_book(connection: sqlite3.Connection) -> LadderBook:
    """The ladders in the file; a stored ladder that cannot be read gives way to the default."""
    stored = setting(connection, LADDER_KEY)
    book = LadderBook()
    default = _ladder_or(stored, book.default)
    by_client = {}
    for key, value in connection.execute("SELECT key, value FROM setting WHERE key LIKE ?",
                                         (CLIENT_LADDER_PREFIX + "%",)):
        client_id = key.removeprefix(CLIENT_LADDER_PREFIX)
        if client_id.isdigit():
            by_client[int(client_id)] = _ladder_or(value, default)
    countries = dict(connection.execute("SELECT id, country FROM client"))
    home = connection.execute("SELECT country FROM business_profile WHERE id = 1").fetchone()
    return LadderBook(default, by_client, countries, home[0] if home else "NL")


def _ladder_or(text: str | None, fallback):  # type: ignore[no-untyped-def]
    if text is None:
        return fallback
    try:
        return ladder_from_json(text)
    except ValueError:
        return fallback
