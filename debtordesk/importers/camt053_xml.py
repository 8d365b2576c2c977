"""The XML side of the camt.053 reader: bytes to an element tree that knows its lines.

defusedxml refuses entity declarations (a "billion laughs" bomb) and external entities
(``file:///etc/passwd``). The tree builder notes the line of every start tag, so a problem
can send the user to the right place. Encoding trouble is named as such before expat turns
it into a vague token error (Latin-1 bytes in a file that says UTF-8) or silently into
mangled names (UTF-8 bytes in a file that says ISO-8859-1).

Nothing here knows camt: it could serve any XML reader of the importers layer.
"""

from __future__ import annotations

import codecs
import re
from xml.etree.ElementTree import Element

from defusedxml.common import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError
from pyexpat import errors as expat_errors

from debtordesk.core.import_model import ImportProblem, ImportRejected, shorten
from debtordesk.importers.xml_lines import LineTarget, XmlDocument, encoding_mismatch

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: expat's errors for a document that stops before its end.
_CUT_SHORT = {expat_errors.codes[name] for name in (
    expat_errors.XML_ERROR_NO_ELEMENTS, expat_errors.XML_ERROR_UNCLOSED_TOKEN, expat_errors.XML_ERROR_PARTIAL_CHAR)}
_BAD_ENCODING = {expat_errors.codes[name] for name in (
    expat_errors.XML_ERROR_UNKNOWN_ENCODING, expat_errors.XML_ERROR_INCORRECT_ENCODING)}


def local_name(element: Element) -> str:
    """The tag without its namespace: camt versions differ in namespace, not in names."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def child(element: Element | None, *path: str) -> Element | None:
    """The first element down ``path`` (local names, direct children at each step)."""
    for name in path:
        if element is None:
            return None
        element = next((item for item in element if local_name(item) == name), None)
    return element


def children(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else [item for item in element if local_name(item) == name]


def text(element: Element | None, *path: str) -> str:
    """The stripped text down ``path``, "" when the element is absent or empty."""
    found = child(element, *path)
    return (found.text or "").strip() if found is not None else ""


def parse_xml(data: bytes, *, looks_right: bool, not_kind: str) -> XmlDocument:
    """Parse ``data`` safely, or refuse it with a located problem.

    Args:
        looks_right: the reader's sniff said yes; a file that does not parse then counts as
            broken ("xml_invalid", "truncated", "encoding_invalid") rather than as another
            kind of file (``not_kind``).
        not_kind: the code for a file of another kind, e.g. "not_camt053".

    Raises:
        ImportRejected: codes "empty", ``not_kind``, "encoding_invalid", "entities_forbidden",
            "truncated", "xml_invalid".
    """
    if not data.lstrip(codecs.BOM_UTF8 + b" \t\r\n"):
        raise ImportRejected([ImportProblem("empty")])
    try:
        _check_encoding(data)
    except ImportRejected:
        if not looks_right:  # e.g. a Latin-1 CODA file: another kind, not a broken statement
            raise ImportRejected([ImportProblem(not_kind)]) from None
        raise
    target = LineTarget()
    parser = DefusedXMLParser(target=target)
    target.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        line, column = target.expat.CurrentLineNumber, target.expat.CurrentColumnNumber
        problem = ImportProblem("entities_forbidden", line, "", _snippet(data, line, column))
        raise ImportRejected([problem]) from None
    except ParseError as error:
        line, column = error.position
        if not looks_right:
            raise ImportRejected([ImportProblem(not_kind)]) from None
        code = "truncated" if error.code in _CUT_SHORT else (
            "encoding_invalid" if error.code in _BAD_ENCODING else "xml_invalid")
        raise ImportRejected([ImportProblem(code, line, str(column + 1), _snippet(data, line, column))]) from None
    except (ValueError, LookupError) as error:  # an encoding expat cannot read ("EUC-JP", "bogus")
        if not looks_right:
            raise ImportRejected([ImportProblem(not_kind)]) from None
        raise ImportRejected([ImportProblem("encoding_invalid", 1, "encoding", shorten(str(error)))]) from None
    return XmlDocument(root, target.lines)


def _check_encoding(data: bytes) -> None:
    """Refuse bytes that do not match the encoding the file declares (UTF-8 when none)."""
    mismatch = encoding_mismatch(data)
    if mismatch is None:
        return
    # Shown as what the bytes really are: Latin-1 when UTF-8 was declared, else UTF-8.
    shown_as = "latin-1" if mismatch.declared_utf8 else "utf-8"
    line, at = mismatch.line_bytes()
    found = line.decode(shown_as, "replace")
    column = len(line[:at].decode(shown_as, "replace"))
    raise ImportRejected([ImportProblem("encoding_invalid", mismatch.line, str(column + 1),
                                        shorten(found[max(0, column - 40): column + 40]))])


def _snippet(data: bytes, line: int, column: int) -> str:
    """The text around an XML error, as the user would see it in an editor."""
    encoding = "utf-16" if data.startswith(_UTF16_BOMS) else "utf-8"
    lines = data.decode(encoding, "replace").split("\n")
    if not 1 <= line <= len(lines):
        return ""
    found = lines[line - 1].rstrip("\r")
    return shorten(found[max(0, column - 40): column + 40])
