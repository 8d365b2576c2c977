"""The third-party sample files are byte-for-byte what SHA256SUMS says.

A checkout that normalised line endings (several samples use CRLF or mixed endings on
purpose) or re-encoded a file would make the importer tests prove nothing about real files;
this says so plainly instead of letting a reader test fail for an odd reason.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
#: Beside the samples, not samples themselves.
NOT_SAMPLES = {"README.md", "SHA256SUMS"}


def listed() -> dict[str, str]:
    """Relative path -> hex digest, as SHA256SUMS lists them (``sha256sum`` output)."""
    entries: dict[str, str] = {}
    for line in (SAMPLES / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, _, name = line.partition("  ")
        entries[name.strip()] = digest.strip()
    return entries


def test_every_sample_is_listed() -> None:
    on_disk = {path.relative_to(SAMPLES).as_posix() for path in SAMPLES.rglob("*")
               if path.is_file() and path.parts[len(SAMPLES.parts)] != "LICENSES" and path.name not in NOT_SAMPLES}
    assert on_disk == set(listed())


@pytest.mark.parametrize(("name", "digest"), sorted(listed().items()))
def test_sample_has_its_listed_hash(name: str, digest: str) -> None:
    data = (SAMPLES / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == digest, (
        f"{name} differs from the copy in SHA256SUMS; was the checkout's line-ending conversion on? "
        "(tests/samples has a -text attribute: check .gitattributes and core.autocrlf)")
