"""The user's own folders: the data file's home and the rate tables they may update.

Kept out of app.py so the command line (``debtordesk-cli calc``) finds the same folders
without importing the Qt composition root.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DebtorDesk"


def data_dir() -> Path:
    """The user's data folder; DEBTORDESK_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("DEBTORDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def rates_dir() -> Path:
    """Where a user puts an updated rate table (``<table>.csv``) to replace the shipped one."""
    return data_dir() / "rates"
