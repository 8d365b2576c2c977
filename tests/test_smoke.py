"""``debtordesk --smoke``: the real program, started as a user would, paints its data and exits."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_smoke_opens_a_file_paints_and_reports_its_start_time(demo_file: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEBTORDESK_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "debtordesk", "--smoke", str(demo_file)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    match = re.search(r"^painted in (\d+\.\d+) s$", result.stdout, re.M)
    assert match, result.stdout
    assert 0 < float(match.group(1)) < 120


@pytest.mark.slow
def test_smoke_on_a_fresh_data_folder_creates_the_business_file(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEBTORDESK_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "debtordesk", "--smoke"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "painted in" in result.stdout
    assert (tmp_path / "data" / "My business.debtordesk").exists()


@pytest.mark.slow
def test_smoke_exits_non_zero_when_the_file_cannot_be_opened(tmp_path: Path) -> None:
    bad = tmp_path / "notes.debtordesk"
    bad.write_text("not a data file")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEBTORDESK_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "debtordesk", "--smoke", str(bad)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "no data file could be opened" in result.stderr
