"""Build the PyInstaller bundle into given folders: one command for the tests and the benchmark.

``packaging/build_linux.sh`` (and ``build.ps1`` on Windows) run the same spec into the
checkout's ``dist/`` for a release; the tests build into temporary folders instead, so a
developer's ``dist/`` is never touched.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "debtordesk.spec"


def executable_name() -> str:
    return "DebtorDesk.exe" if sys.platform == "win32" else "DebtorDesk"


def build(work: Path, timeout: float = 1200) -> Path:
    """The one-folder bundle built under ``work``; returns the folder holding the executable.

    Raises:
        RuntimeError: PyInstaller failed (with the end of its log) or a tool it needs is missing.
    """
    if sys.platform.startswith("linux") and not shutil.which("objdump"):
        raise RuntimeError("PyInstaller needs objdump on Linux: apt-get install binutils")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"PyInstaller failed:\n{result.stderr[-4000:]}")
    folder = work / "dist" / "DebtorDesk"
    if not (folder / executable_name()).is_file():
        raise RuntimeError(f"PyInstaller made no {executable_name()} in {folder}")
    return folder
