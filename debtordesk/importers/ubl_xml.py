"""Bytes to an XML element tree for the UBL reader: safely, with the line of every element.

defusedxml refuses any DOCTYPE, and with it entity declarations (a "billion laughs" bomb) and
external entities (``file:///etc/passwd``), before expat expands or fetches anything: no
e-invoice or bank statement needs one. A tree builder notes the
line of each start tag, so a problem can send the user to the right place in the file.

Encoding trouble is named as such before expat turns it into a vague token error (Latin-1
bytes in a file that says UTF-8) or, worse, silently into mangled names (UTF-8 bytes in a
file that says ISO-8859-1).

Problem codes: "empty", the caller's ``not_kind`` (a file that is not XML and does not look
like the kind either), "encoding_invalid", "entities_forbidden", "truncated" (the file stops
before its end), "xml_invalid" (any other syntax error).
"""

from __future__ import annotations

import codecs
import re

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


def parse_xml(data: bytes, *, looks_right: bool, not_kind: str) -> XmlDocument:
    """Parse ``data`` safely, or refuse it with a located problem.

    Args:
        looks_right: the reader's sniff said yes; a file that is not XML at all then counts
            as broken ("xml_invalid", "truncated") rather than as a file of another kind.
        not_kind: the code for a file of another kind, e.g. "not_ubl".

    Raises:
        ImportRejected: codes "empty", ``not_kind``, "encoding_invalid", "entities_forbidden",
            "truncated", "xml_invalid".
    """
    if not data.lstrip(codecs.BOM_UTF8 + b" \t\r\n\x00").lstrip(b"\xff\xfe"):
        raise ImportRejected([ImportProblem("empty")])
    _check_encoding(data, looks_right=looks_right, not_kind=not_kind)
    target = LineTarget()
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    target.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        line, column = target.expat.CurrentLineNumber, target.expat.CurrentColumnNumber
        problem = ImportProblem("entities_forbidden", line, "DOCTYPE", snippet(data, line, column))
        raise ImportRejected([problem]) from None
    except ParseError as error:
        if not looks_right:
            raise ImportRejected([ImportProblem(not_kind)]) from None
        line, column = error.position
        code = "truncated" if error.code in _CUT_SHORT else (
            "encoding_invalid" if error.code in _BAD_ENCODING else "xml_invalid")
        raise ImportRejected([ImportProblem(code, line, f"column {column + 1}", snippet(data, line, column))]) from None
    except (ValueError, LookupError) as error:  # an encoding expat cannot read ("EUC-JP", "bogus")
        raise ImportRejected([ImportProblem("encoding_invalid", 1, "encoding", shorten(str(error)))]) from None
    return XmlDocument(root, target.lines)


def _check_encoding(data: bytes, *, looks_right: bool, not_kind: str) -> None:
    """Refuse bytes that do not match the encoding the file declares (UTF-8 when none)."""
    mismatch = encoding_mismatch(data)
    if mismatch is None:
        return
    if mismatch.declared_utf8 and not looks_right:
        raise ImportRejected([ImportProblem(not_kind)])
    line, at = mismatch.line_bytes()
    around = line[max(0, at - 40): at + 40]
    code = "truncated" if mismatch.cut_short else "encoding_invalid"
    raise ImportRejected([ImportProblem(code, mismatch.line, "encoding", shorten(around.decode("latin-1")))])


def snippet(data: bytes, line: int, column: int) -> str:
    """The text around a place in the file (1-based line, 0-based column), as an editor shows it."""
    lines = data.decode(text_encoding(data), "replace").split("\n")
    if not 1 <= line <= len(lines):
        return ""
    found = lines[line - 1].rstrip("\r")
    return shorten(found[max(0, column - 40): column + 40])


def text_encoding(data: bytes) -> str:
    """UTF-16 when the bytes say so (a byte-order mark, or "<" next to a zero byte), else UTF-8."""
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    return {b"<\x00": "utf-16-le", b"\x00<": "utf-16-be"}.get(data[:2], "utf-8")
