"""Opening files: migrating old ones, refusing what is not ours, one DebtorDesk per file."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy.exc
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from storage_support import NOW, PDF_BYTES, make_service, table_counts

from debtordesk import cli
from debtordesk.core.dossier import GENESIS, canonical_details, record_hash
from debtordesk.core.model import Invoice, InvoicePdf, Payment
from debtordesk.storage import backup, errors
from debtordesk.storage.datafile import head_revision, new_file_at_revision, open_data_file
from debtordesk.storage.models import Base
from debtordesk.storage.verify import verify_file

STAMP = "2026-01-05T10:00:00.000000Z"


def seal_insert(connection: sqlite3.Connection, *, chain: str, kind: str, summary: str, client_id: int | None,
                invoice_id: int | None, details: dict[str, object]) -> int:
    """Append a properly chained record with plain SQL, as revision 0001 stored it."""
    last = connection.execute("SELECT seq, hash FROM dossier_record WHERE chain = ? ORDER BY seq DESC LIMIT 1",
                              (chain,)).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    details_json = canonical_details(details)
    digest = record_hash(chain=chain, seq=seq, created_at=STAMP, kind=kind, summary=summary, client_id=client_id,
                         invoice_id=invoice_id, details_json=details_json, documents=(), prev_hash=prev)
    cursor = connection.execute(
        "INSERT INTO dossier_record (chain, seq, created_at, client_id, invoice_id, kind, summary, details, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (chain, seq, STAMP, client_id, invoice_id, kind, summary, details_json, prev, digest))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def make_old_file(path: Path) -> None:
    """A revision-0001 file with a client, an invoice, a payment and their dossier."""
    new_file_at_revision(path, "0001")
    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "INSERT INTO client (id, kind, name, street, postcode, city, country, language, vat_number, notes, "
            "work_paused, relationship_ended) VALUES (1, 'company', 'Oude Klant BV', 'Markt 1', '3511 AW', "
            "'Utrecht', 'NL', 'nl', '', '', 0, 0)")
        connection.execute(
            "INSERT INTO invoice (id, client_id, number, issue_date, due_date, currency, net_cents, vat_cents, "
            "total_cents, description) VALUES (1, 1, '2025-001', '2025-12-01', '2025-12-31', 'EUR', 100000, "
            "21000, 121000, 'Logo')")
        connection.execute(
            "INSERT INTO payment (id, invoice_id, paid_on, amount_cents, method, reference) "
            "VALUES (1, 1, '2026-01-05', 20000, 'bank_transfer', 'deel 1')")
        seal_insert(connection, chain="client:1", kind="client_created", summary="Client created: Oude Klant BV",
                    client_id=1, invoice_id=None, details={"kind": "company", "country": "NL"})
        seal_insert(connection, chain="invoice:1", kind="invoice_registered", summary="Invoice 2025-001 registered",
                    client_id=1, invoice_id=1, details={"number": "2025-001", "total_cents": 121000})
        seal_insert(connection, chain="invoice:1", kind="payment_recorded", summary="Partial payment",
                    client_id=1, invoice_id=1, details={"payment_id": 1, "amount_cents": 20000})
        connection.commit()
    finally:
        connection.close()


def schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "compare_server_default": True})
        return list(compare_metadata(context, Base.metadata))


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


HEAD = "0006"


def test_head_is_the_newest_revision() -> None:
    assert head_revision() == HEAD


def test_revision_list_matches_alembic() -> None:
    """DebtorDesk's own view of the revisions (read without importing Alembic at start-up,
    where it offers one) is Alembic's: same ids, same order, same head."""
    from alembic.script import ScriptDirectory

    from debtordesk.storage import datafile

    script = ScriptDirectory.from_config(datafile.alembic_config())
    alembic_order = [s.revision for s in reversed(list(script.walk_revisions()))]
    assert alembic_order == ["0001", "0002", "0003", "0004", "0005", "0006"]
    assert script.get_current_head() == head_revision()
    known = getattr(datafile, "known_revisions", None)
    if known is not None:
        assert list(known()) == alembic_order


def test_old_file_is_migrated_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.debtordesk"
    make_old_file(path)
    assert revision_of(path) == "0001"
    old_counts = table_counts_0001(path)

    with open_data_file(path) as data_file:
        assert revision_of(data_file.path) == HEAD
        with data_file.store.reading() as reader:
            client = reader.client(1)
            invoice = reader.invoice(1)
            assert client.name == "Oude Klant BV"
            assert (invoice.number, invoice.total_cents, invoice.pdf) == ("2025-001", 121000, None)
            assert invoice.issue_date == date(2025, 12, 1)
            assert reader.paid_cents(1) == 20000
            assert [r.kind for r in reader.records(invoice_id=1)] == ["invoice_registered", "payment_recorded"]
        report = verify_file(data_file.engine)
        assert (report.intact, report.chains, report.records) == (True, 2, 3)

        # What revision 0002 added works on the migrated file.
        service = make_service(data_file)
        service.record_payment(Payment(1, date(2026, 2, 1), 1000))
        new_id = service.save_invoice(Invoice(1, "2026-001", date(2026, 2, 1), date(2026, 3, 1), 500_00, 105_00,
                                              pdf=InvoicePdf("2026-001.pdf", PDF_BYTES)))
        with data_file.store.reading() as reader:
            old_invoice = reader.invoice(1)
        service.save_invoice(dataclasses.replace(old_invoice, pdf=InvoicePdf("2025-001.pdf", PDF_BYTES)))
        with data_file.store.reading() as reader:
            assert reader.invoice(new_id).pdf == InvoicePdf("2026-001.pdf", PDF_BYTES)
            assert reader.invoice(1).pdf == InvoicePdf("2025-001.pdf", PDF_BYTES)
            records = reader.records(invoice_id=1)
        assert [r.seq for r in records] == [1, 2, 3, 4]  # the old chain continues
        assert [d.filename for d in records[-1].documents] == ["2025-001.pdf"]
        assert records[-1].created_at == NOW
        assert verify_file(data_file.engine).intact
        assert schema_differences(data_file.engine) == []

    counts = table_counts(path)
    assert counts["dossier_document"] == 2
    assert counts["client"] == old_counts["client"] and counts["dossier_record"] == old_counts["dossier_record"] + 3

    reasons = [info.reason for info in backup.list_backups(path)]
    assert "before-migration-0001" in reasons and "open" in reasons
    before = next(info.path for info in backup.list_backups(path) if info.reason == "before-migration-0001")
    assert revision_of(before) == "0001"
    assert table_counts_0001(before) == old_counts


def table_counts_0001(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("client", "invoice", "payment", "dossier_record")}
    finally:
        connection.close()


def test_triggers_survive_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.debtordesk"
    make_old_file(path)
    with open_data_file(path) as data_file:
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only"):
            with data_file.engine.begin() as connection:
                connection.execute(text("UPDATE dossier_record SET summary = 'x'"))
        names = set(inspect(data_file.engine).get_table_names())
    assert {"dossier_record", "dossier_document", "alembic_version"} <= names


def test_verify_works_on_an_unmigrated_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``verify`` must not need the newest schema: an old backup is checked as it is."""
    path = tmp_path / "old.debtordesk"
    make_old_file(path)
    assert cli.main(["verify", str(path)]) == 0
    assert "OK: 3 records in 2 dossiers" in capsys.readouterr().out
    assert revision_of(path) == "0001"  # verify does not migrate


def test_models_and_migrations_agree_on_a_new_file(tmp_path: Path) -> None:
    with open_data_file(tmp_path / "new.debtordesk", create=True) as data_file:
        assert revision_of(data_file.path) == HEAD
        assert schema_differences(data_file.engine) == []


def test_schema_comparison_would_notice_a_difference(tmp_path: Path) -> None:
    """Guard against a vacuous comparison: at revision 0001 the PDF columns are missing."""
    path = tmp_path / "old.debtordesk"
    new_file_at_revision(path, "0001")
    from debtordesk.storage.engine import make_engine

    engine = make_engine(path)
    try:
        differences = schema_differences(engine)
    finally:
        engine.dispose()
    rendered = repr(differences)
    assert "dossier_document" in rendered and "pdf_filename" in rendered


def test_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.debtordesk"
    with open_data_file(path, create=True):
        pass
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    with pytest.raises(errors.FileTooNew) as caught:
        open_data_file(path)
    assert caught.value.code == "file_too_new"
    assert revision_of(path) == "0099"
    assert backup.list_backups(path) == []
    # The failed open released its lock: once fixed, the file opens again.
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE alembic_version SET version_num = '{HEAD}'")
    connection.commit()
    connection.close()
    with open_data_file(path):
        pass


def test_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.debtordesk"
    path.write_bytes(b"Dear diary, today I invoiced nobody.\n" * 20)
    with pytest.raises(errors.NotADataFile):
        open_data_file(path)
    with pytest.raises(errors.NotADataFile):
        open_data_file(path, create=True)
    assert path.read_bytes().startswith(b"Dear diary")


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO photo (name) VALUES ('holiday.jpg')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(errors.NotADataFile):
        open_data_file(path, create=True)
    assert path.read_bytes() == before
    assert not backup.backup_dir(path).exists()


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.NotADataFile):
        open_data_file(tmp_path)
    with pytest.raises(errors.FileMissing):
        open_data_file(tmp_path / "nope.debtordesk")
    assert not (tmp_path / "nope.debtordesk").exists()


def test_empty_file_becomes_a_data_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.debtordesk"
    path.touch()
    with open_data_file(path) as data_file:
        assert revision_of(data_file.path) == HEAD


def test_second_open_is_refused_while_the_first_is_open(tmp_path: Path) -> None:
    path = tmp_path / "shared.debtordesk"
    first = open_data_file(path, create=True)
    try:
        with pytest.raises(errors.FileInUse) as caught:
            open_data_file(path)
        assert caught.value.code == "file_in_use"
        with pytest.raises(errors.FileInUse):
            open_data_file(path, create=True)
        with first.store.reading() as reader:  # the first is unaffected
            assert reader.profile() is None
    finally:
        first.close()
    with open_data_file(path) as second:
        assert revision_of(second.path) == HEAD
    with open_data_file(path):
        pass
