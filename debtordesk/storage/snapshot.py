"""What the window shows first, read with plain sqlite3 before SQLAlchemy is imported.

Painting a file's invoices and figures needs three reads; importing SQLAlchemy
takes longer than all of them on a small file. The app paints this snapshot,
then opens the file fully (lock, migrations, services) right after.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from debtordesk.core.ports import Snapshot
from debtordesk.storage import plain_reads
from debtordesk.storage.revisions import current_revision, head_revision


def read_snapshot(path: Path) -> Snapshot | None:
    """The file's contents for a first paint, or None where only a full open can tell what to do.

    None for a missing file, a file that is not ours or needs migrating, or any
    read error: the full open that follows gives the user the message.
    """
    path = Path(path).resolve()
    try:
        if not path.is_file() or current_revision(path) != head_revision():
            return None
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            invoices = plain_reads.invoice_rows(connection)
            invoice_facts, promise_facts = plain_reads.figure_facts(connection)
            profile = plain_reads.profile(connection)
            tasks = plain_reads.open_tasks(connection)
            promises = plain_reads.promises(connection)
            names = plain_reads.client_names(connection)
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return Snapshot(path, profile, invoices, invoice_facts, promise_facts, tasks, promises, names)
