"""Broken, cut, re-encoded and hostile UBL files: a whole invoice or a located refusal, never a crash.

Every case goes through ``outcome``, which fails on any exception other than ImportRejected,
on a refusal without problems, and on an invoice with a missing number, buyer or currency
or a negative amount.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ubl_support import UBL_SAMPLES, codes, outcome, rejected, replace_once, sample

from debtordesk.core.import_model import ImportedInvoice, ImportProblem, ImportRejected
from debtordesk.importers.ubl import read_ubl, sniff

NAMES = [path.name for path in UBL_SAMPLES]
FILES = {name: sample(name) for name in NAMES}
MINIMAL = FILES["SI-UBL-2.0_ok_minimal.xml"]
EFFF = "efff_BE0505890632_160421_Inv_16117778.xml"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def cut_sample(draw: st.DrawFn) -> tuple[bytes, bytes]:
    whole = FILES[draw(st.sampled_from(NAMES))]
    return whole, whole[: draw(st.integers(0, len(whole.rstrip()) - 1))]


@FUZZ
@given(cut_sample())
def test_a_cut_file_is_refused_never_read_as_a_shorter_invoice(case: tuple[bytes, bytes]) -> None:
    whole, cut = case
    result = outcome(cut)
    assert isinstance(result, ImportRejected)
    if b"Invoice-2" in cut or b"CreditNote-2" in cut:  # past the namespace it is known as a cut UBL file
        [problem] = result.problems
        assert problem.code == "truncated"
        assert 1 <= problem.line <= cut.count(b"\n") + 1
    else:
        assert {problem.code for problem in result.problems} <= {"empty", "not_ubl", "truncated"}


@pytest.mark.parametrize("name", NAMES)
def test_only_trailing_white_space_may_go(name: str) -> None:
    assert read_ubl(FILES[name].rstrip()) == read_ubl(FILES[name])


@FUZZ
@given(st.sampled_from(NAMES), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=4))
def test_flipped_bytes(name: str, flips: list[tuple[int, int]]) -> None:
    data = bytearray(FILES[name])
    for offset, value in flips:
        data[offset % len(data)] = value
    outcome(bytes(data))


@FUZZ
@given(st.sampled_from(NAMES), st.integers(0, 10**6), st.text("<>&;/\"'=# \n\r\t\x00abcé€\U0001f4b6", max_size=12))
def test_inserted_junk(name: str, offset: int, junk: str) -> None:
    whole = FILES[name]
    offset %= len(whole)
    outcome(whole[:offset] + junk.encode() + whole[offset:])


@FUZZ
@given(st.sampled_from(NAMES), st.data())
def test_lines_dropped_or_doubled(name: str, data: st.DataObject) -> None:
    lines = FILES[name].split(b"\n")
    index = data.draw(st.integers(0, len(lines) - 1))
    copies = data.draw(st.sampled_from([0, 2]))
    outcome(b"\n".join(lines[:index] + [lines[index]] * copies + lines[index + 1:]))


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    outcome(data)


@FUZZ
@given(st.sampled_from(NAMES), st.text(max_size=30).filter(lambda text: "]]>" not in text))
def test_any_text_as_the_buyer_name(name: str, text: str) -> None:
    """Whatever the name holds, inside CDATA: read, or refused for a character XML does not allow."""
    whole = FILES[name]
    marker = whole.index(b"<cac:AccountingCustomerParty>")
    data = whole[:marker] + whole[marker:].replace(b"<cac:Party>", b"<cac:Party><cac:PartyName><cbc:Name><![CDATA["
                                                   + text.encode("utf-8", "surrogatepass") + b"]]></cbc:Name></cac:PartyName>", 1)
    result = outcome(data)
    if isinstance(result, ImportedInvoice) and " ".join(text.split()):
        assert result.buyer.name == " ".join(text.split())


# -- encodings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_bytes_under_a_utf8_declaration(name: str, encoding: str) -> None:
    data = FILES[name].decode("utf-8").encode(encoding)
    assert sniff(data)
    problems = rejected(data).problems
    assert [(problem.code, problem.line) for problem in problems] == [("encoding_invalid", 1)]


@pytest.mark.parametrize("name", NAMES)
def test_latin1_bytes_under_a_utf8_declaration(name: str) -> None:
    data = FILES[name].decode("utf-8").encode("latin-1")
    if data == FILES[name]:  # plain ASCII reads the same either way
        assert read_ubl(data) == read_ubl(FILES[name])
    else:  # efff line 43: <cbc:Name>België</cbc:Name>, its first non-ASCII text
        assert rejected(data).problems == [ImportProblem("encoding_invalid", 43, "encoding",
                                                         "<cbc:Name>Belgi\xeb</cbc:Name>")]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("declared", [b"ISO-8859-1", b"windows-1252"])
def test_utf8_bytes_under_a_single_byte_declaration(name: str, declared: bytes) -> None:
    head, rest = FILES[name].split(b"?>", 1)
    data = head.replace(b"UTF-8", declared).replace(b"utf-8", declared) + b"?>" + rest
    if FILES[name].isascii():
        assert read_ubl(data) == read_ubl(FILES[name])
    else:  # would read as "BelgiÃ«": named instead
        assert [(p.code, p.line) for p in rejected(data).problems] == [("encoding_invalid", 43)]


def test_efff_in_latin1_declared_as_latin1_reads_as_the_original() -> None:
    text = FILES[EFFF].decode("utf-8").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    assert read_ubl(text.encode("latin-1")) == read_ubl(FILES[EFFF])


@pytest.mark.parametrize("declared", [b"EUC-JP", b"no-such-encoding"])
def test_an_encoding_expat_cannot_read(declared: bytes) -> None:
    assert codes(replace_once(MINIMAL, b'encoding="utf-8"', b'encoding="' + declared + b'"')) == ["encoding_invalid"]


# -- hostile XML -------------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<!DOCTYPE Invoice [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>"""
EXTERNAL = b'<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
PARAMETER = b'<!DOCTYPE Invoice [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>'
EXTERNAL_DTD = b'<!DOCTYPE Invoice SYSTEM "file:///etc/passwd">'


@pytest.mark.parametrize(("doctype", "entity"), [
    (BILLION_LAUGHS, b"&lol9;"), (EXTERNAL, b"&xxe;"), (PARAMETER, b""), (EXTERNAL_DTD, b"")])
def test_entities_and_doctypes_are_refused_before_anything_is_expanded_or_fetched(doctype: bytes, entity: bytes) -> None:
    data = replace_once(MINIMAL, b'<?xml version="1.0" encoding="utf-8"?>\r\n',
                        b'<?xml version="1.0" encoding="utf-8"?>\r\n' + doctype + b"\r\n")
    data = replace_once(data, b">Ontvanger<", b">Ontvanger" + entity + b"<")
    [problem] = rejected(data).problems
    assert (problem.code, problem.line) == ("entities_forbidden", 2)
    assert "root:" not in problem.value


def test_an_undeclared_entity_is_broken_xml() -> None:
    [problem] = rejected(replace_once(MINIMAL, b">Ontvanger<", b">Ontvanger&xxe;<")).problems
    assert (problem.code, problem.line) == ("xml_invalid", 54)


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    depth = 100_000
    data = replace_once(MINIMAL, b"<cbc:ID>12115118</cbc:ID>",
                        b"<cbc:ID>12115118</cbc:ID>" + b"<x>" * depth + b"</x>" * depth)
    assert read_ubl(data).number == "12115118"
