"""What SQLite adds up for a large file's first paint equals what the app works out from every invoice."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtordesk.core.figures import InvoiceFacts, sums_of
from debtordesk.storage import plain_reads
from debtordesk.storage.datafile import open_data_file
from tests.core.test_figures_from_sums import TODAY, facts

TODAYS = st.sampled_from([TODAY, date(2027, 3, 1), date(2024, 2, 29)])


@pytest.fixture(scope="module")
def connection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """A real, empty data file; each example writes its invoices in a transaction it rolls back."""
    path: Path = tmp_path_factory.mktemp("sums") / "sums.debtordesk"
    with open_data_file(path, create=True):
        pass
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executemany(
        "INSERT INTO client (id, kind, name, street, postcode, city, country, language, vat_number, notes,"
        " work_paused, relationship_ended) VALUES (?, 'company', ?, '', '', '', 'NL', 'nl', '', '', 0, 0)",
        [(n, f"Client {n}") for n in range(3)])
    yield connection
    connection.close()


def _write(connection: sqlite3.Connection, invoices: list[InvoiceFacts]) -> None:
    connection.execute("BEGIN")
    for f in invoices:
        connection.execute(
            "INSERT INTO invoice (id, client_id, number, issue_date, due_date, currency, net_cents, vat_cents,"
            " total_cents, description, handed_over_on, written_off_on)"
            " VALUES (?, ?, ?, ?, ?, 'EUR', ?, 0, ?, '', ?, ?)",
            (f.invoice_id, f.client_id, f"F{f.invoice_id}", f.issue_date.isoformat(), f.due_date.isoformat(),
             f.total_cents, f.total_cents, f.issue_date.isoformat() if f.handed_over else None,
             f.due_date.isoformat() if f.written_off else None))
        connection.executemany(
            "INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference) VALUES (?, ?, ?, 'bank', '')",
            [(f.invoice_id, p.paid_on.isoformat(), p.amount_cents) for p in f.payments])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(invoices=facts, today=TODAYS, count=st.integers(min_value=0, max_value=50))
def test_sql_sums_and_first_ids_equal_those_worked_out_from_the_facts(
        connection: sqlite3.Connection, invoices: list[InvoiceFacts], today: date, count: int) -> None:
    _write(connection, invoices)
    try:
        stored, _promises = plain_reads.figure_facts(connection)
        assert sorted(stored) == sorted(invoices)  # written as meant
        assert plain_reads.figure_sums(connection, today) == sums_of(invoices, today)
        # The invoice list: rows by id, then a stable sort on days overdue, descending.
        by_id = sorted(invoices, key=lambda f: f.invoice_id)
        listed = sorted(by_id, key=lambda f: f.days_overdue(today), reverse=True)
        assert plain_reads.first_invoice_ids(connection, today, count) == [f.invoice_id for f in listed[:count]]
        assert plain_reads.invoice_count(connection) == len(invoices)
    finally:
        connection.execute("ROLLBACK")
