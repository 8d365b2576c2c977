"""What both XML readers (UBL, camt.053) keep of a parsed file: the tree and the line of each element.

expat knows the line of a start tag only while it reads it, so a tree builder records it
then; a problem can name the line of the element at fault.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder


@dataclass(frozen=True)
class XmlDocument:
    """A parsed file: its root element and the line where each element starts."""

    root: Element
    lines: dict[Element, int]  # element -> 1-based line of its start tag

    def line(self, element: Element | None) -> int:
        """The line of ``element``'s start tag; 0 when there is no element."""
        return self.lines.get(element, 0) if element is not None else 0


class LineTarget:
    """A TreeBuilder that remembers the line of each start tag (expat knows it at that moment)."""

    def __init__(self) -> None:
        self._builder = TreeBuilder()
        self.lines: dict[Element, int] = {}
        self.expat: Any = None

    def start(self, tag: str, attrib: dict[str, str]) -> Element:
        element = self._builder.start(tag, attrib)
        self.lines[element] = self.expat.CurrentLineNumber
        return element

    def end(self, tag: str) -> Element:
        return self._builder.end(tag)

    def data(self, data: str) -> None:
        self._builder.data(data)

    def close(self) -> Element:
        return self._builder.close()


#: An XML declaration's encoding, read from the bytes before any decoding.
_DECLARED_ENCODING = re.compile(rb"<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._-]{1,40})[\"']")
#: Declarations of a one-byte-per-character encoding, under which any byte is some character.
_SINGLE_BYTE = re.compile(r"(iso[-_]?8859[-_]?\d{1,2}|latin[-_]?\d|l\d|(windows|cp)[-_]?125\d)")


@dataclass(frozen=True)
class EncodingMismatch:
    """Where a UTF-8 (or ASCII-compatible) file's bytes first contradict its declared encoding.

    ``offset`` counts from ``body``'s start (the file without a UTF-8 BOM). ``declared_utf8``:
    the file says UTF-8 (or nothing) but is not; else it names a single-byte encoding but is
    UTF-8, which expat would read as the wrong letters. ``cut_short``: UTF-8 that ends mid-letter.
    """

    body: bytes
    offset: int
    declared_utf8: bool
    cut_short: bool = False

    @property
    def line(self) -> int:
        return self.body.count(b"\n", 0, self.offset) + 1

    def line_bytes(self) -> tuple[bytes, int]:
        """The offending line and where the offset falls in it."""
        start = self.body.rfind(b"\n", 0, self.offset) + 1
        end = self.body.find(b"\n", self.offset)
        return (self.body[start:] if end < 0 else self.body[start:end]), self.offset - start


def encoding_mismatch(data: bytes) -> EncodingMismatch | None:
    """The first byte that contradicts the declared encoding, for a file expat would misread.

    expat refuses bad UTF-8 only with a line and column in the decoded text, and reads UTF-8
    declared as Latin-1 without a word: both are caught here, on the bytes. UTF-16 files are
    left to expat, which checks their declaration itself.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or data[:2] in (b"<\x00", b"\x00<"):
        return None
    body = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    match = _DECLARED_ENCODING.match(body)
    declared = match.group(1).decode("ascii").lower() if match else "utf-8"
    if declared in ("utf-8", "utf8"):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as error:
            return EncodingMismatch(body, error.start, True, error.reason == "unexpected end of data")
    elif _SINGLE_BYTE.fullmatch(declared) and not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None  # really single-byte text, as declared
        return EncodingMismatch(body, next(i for i, byte in enumerate(body) if byte > 0x7F), False)
    return None
