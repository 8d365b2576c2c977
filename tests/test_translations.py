"""The Dutch UI is complete, current with the code, and consistent with the English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "debtordesk_nl.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def _messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS)
    return [(c.findtext("name") or "", m.findtext("source") or "", m.find("translation"))  # type: ignore[misc]
            for c in tree.getroot().iter("context") for m in c.iter("message")]


def test_every_message_is_translated() -> None:
    unfinished = [source for _ctx, source, tr in _messages() if tr is None or tr.get("type") or not (tr.text or "")]
    assert unfinished == []


@pytest.mark.parametrize(("context", "source", "translation"), [(c, s, t.text or "") for c, s, t in _messages()])
def test_placeholders_and_accelerators_match(context: str, source: str, translation: str) -> None:
    assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", translation))
    assert len(re.findall(r"&\w", source)) == len(re.findall(r"&\w", translation))


def test_ts_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "debtordesk" / "ui").glob("*.py")) + [str(ROOT / "debtordesk" / "app.py")]
    result = subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert re.search(r"\(0 new and \d+ already existing\)", result.stdout + result.stderr), (
        "UI strings changed: run pyside6-lupdate (see README) and translate the new ones\n" + result.stdout)


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    result = subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(fresh)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert fresh.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (see README) and commit the .qm"
