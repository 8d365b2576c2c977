"""Writing the demo business to a new data file, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from debtordesk.core.demo import build_demo
from debtordesk.core.letter_service import Render
from debtordesk.storage.datafile import lock_path, open_data_file


def write_demo_file(path: Path, today: date, render: Render | None = None) -> None:
    """Build the demo beside ``path`` and rename it into place: a failure leaves no half-made file.

    ``render`` writes letter PDFs (see core.demo.build_demo); storage cannot import the documents layer.

    Raises:
        FileExistsError: ``path`` exists; a data file is never overwritten.
    """
    if path.exists():
        raise FileExistsError(path)
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        with open_data_file(partial, create=True, take_backup=False) as data_file:
            build_demo(data_file.store, today, render)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        lock_path(partial).unlink(missing_ok=True)  # the .part file's own lock, not the target's
