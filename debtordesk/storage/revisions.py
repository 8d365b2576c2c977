"""Which schema revision a file has and which is newest, without importing Alembic or SQLAlchemy.

Alembic (with Mako and Pygments) costs half a second to import, so it is only
imported when a file needs migrating. The revisions are read from the file names
in migrations/versions/; tests/storage check they match Alembic's own view.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


def known_revisions() -> list[str]:
    """Revision ids in order, from versions/NNNN_*.py."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(path: Path) -> str | None:
    """The schema revision recorded in the file, or None for a file without one."""
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return row[0] if row else None
