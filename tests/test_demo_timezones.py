"""The demo is valid in every time zone: no payment lands on "tomorrow" for the user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("zone", ["Etc/GMT+12", "Etc/GMT-14", "Europe/Amsterdam"])
def test_demo_in_far_time_zones(zone: str, tmp_path: Path) -> None:
    path = tmp_path / "demo.debtordesk"
    env = dict(os.environ, TZ=zone)
    for args in (["demo", str(path), "--today", "2026-11-23"], ["verify", str(path)]):
        result = subprocess.run([sys.executable, "-m", "debtordesk.cli", *args], env=env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stderr
