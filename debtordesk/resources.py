"""The one way to reach files in resources/, from a source tree, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_root() -> Path:
    """resources/ beside the package in a checkout; bundled copies when installed or frozen."""
    candidates = [_PACKAGE / "_resources", _PACKAGE.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("DebtorDesk's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
