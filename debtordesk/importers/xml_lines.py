"""What both XML readers (UBL, camt.053) keep of a parsed file: the tree and the line of each element.

expat knows the line of a start tag only while it reads it, so a tree builder records it
then; a problem can name the line of the element at fault.
"""

from __future__ import annotations

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
