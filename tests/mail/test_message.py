"""Building a reminder email: headers in any language, no Bcc header, no header
injection, the exact bytes, and the mailto: URL for the user's own mail program."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from email import message_from_bytes, policy
from urllib.parse import unquote, urlsplit

import pytest

from debtordesk.core.clock import Clock
from debtordesk.mail.message import (
    Attachment,
    Draft,
    InvalidDraft,
    build_message,
    envelope_recipients,
    is_valid_address,
    mailto_url,
    message_bytes,
    validate_draft,
)


def parsed(data: bytes):  # noqa: ANN201 - an email.message.EmailMessage
    return message_from_bytes(data, policy=policy.default)


def test_non_ascii_names_and_subject_round_trip(draft: Draft, clock: Clock) -> None:
    data = message_bytes(build_message(draft, now=clock.now()))
    assert data.isascii(), "encoded words, quoted-printable and base64: no 8BITMIME needed"
    back = parsed(data)
    assert back["Subject"] == "Herinnering: factuur 2026-014 — € 1.234,56"
    (sender,) = back["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Café Ütrecht", "info@cafe-utrecht.nl")
    assert [a.addr_spec for a in back["To"].addresses] == ["piet@klant.nl"]
    assert [a.addr_spec for a in back["Cc"].addresses] == ["boekhouding@klant.nl"]
    # Line breaks travel as CRLF (quoted-printable keeps hard line breaks as they are sent).
    assert back.get_body(("plain",)).get_content().replace("\r\n", "\n") == draft.body
    [attachment] = back.iter_attachments()
    assert attachment.get_filename() == "Factuur 2026-014 — Café.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == draft.attachments[0].data


def test_headers_date_message_id_and_lines(draft: Draft, clock: Clock) -> None:
    msg = build_message(draft, now=clock.now())
    data = message_bytes(msg)
    back = parsed(data)
    assert back["Date"].datetime == clock.now()
    assert back["Date"] == "Mon, 23 Nov 2026 09:30:00 +0000"
    assert back["Message-ID"].startswith("<") and back["Message-ID"].endswith("@cafe-utrecht.nl>")
    assert back["MIME-Version"] == "1.0"
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), "CRLF only, as SMTP wants"
    assert max(len(line) for line in data.split(b"\r\n")) <= 78
    assert message_bytes(msg) == data, "serialising twice gives the same bytes (the boundary is kept)"
    # Only the top level says MIME-Version; add_attachment would repeat it in every part.
    assert data.count(b"MIME-Version") == 1


def test_message_id_domain_can_be_given(draft: Draft, clock: Clock) -> None:
    msg = build_message(draft, now=clock.now(), domain="mail.example.org")
    assert msg["Message-ID"].endswith("@mail.example.org>")


def test_bcc_is_not_in_the_headers(draft: Draft, clock: Clock) -> None:
    data = message_bytes(build_message(draft, now=clock.now()))
    assert b"archief@cafe-utrecht.nl" not in data
    assert parsed(data)["Bcc"] is None
    assert "archief@cafe-utrecht.nl" in envelope_recipients(draft)


def test_reply_to_and_no_attachments(draft: Draft, clock: Clock) -> None:
    plain = dataclasses.replace(draft, attachments=(), reply_to="anna@cafe-utrecht.nl")
    back = parsed(message_bytes(build_message(plain, now=clock.now())))
    assert back.get_content_type() == "text/plain"
    assert back["Reply-To"] == "anna@cafe-utrecht.nl"


def test_a_name_with_a_comma_is_quoted(draft: Draft, clock: Clock) -> None:
    data = message_bytes(build_message(dataclasses.replace(draft, sender_name="Jansen, Piet"), now=clock.now()))
    assert b'From: "Jansen, Piet" <info@cafe-utrecht.nl>' in data


def test_naive_time_is_refused(draft: Draft) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        build_message(draft, now=datetime(2026, 11, 23, 9, 30))


def test_a_valid_draft_has_no_problems(draft: Draft) -> None:
    assert validate_draft(draft) == []


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"subject": "Herinnering\r\nBcc: x@y.nl"}, "header_injection:subject"),
        ({"subject": "Herinnering\nBcc: x@y.nl"}, "header_injection:subject"),
        ({"subject": "Herinnering\u2028Bcc: x@y.nl"}, "header_injection:subject"),
        ({"sender_name": "Anna\r\nBcc: x@y.nl"}, "header_injection:sender_name"),
        ({"to": ("piet@klant.nl\r\nBcc: x@y.nl",)}, "header_injection:to[0]"),
        ({"cc": ("a@b.nl", "c@d.nl\nX: y")}, "header_injection:cc[1]"),
        ({"reply_to": "a@b.nl\rX: y"}, "header_injection:reply_to"),
        ({"attachments": (Attachment("a\r\n.pdf", "application/pdf", b""),)}, "header_injection:attachments[0]"),
        ({"to": (), "cc": (), "bcc": ()}, "no_recipient"),
        ({"subject": "  "}, "no_subject"),
        ({"sender_address": ""}, "no_sender"),
        ({"to": ("piet@klant",)}, "bad_address:piet@klant"),
        ({"to": ("Piet <piet@klant.nl>",)}, "bad_address:Piet <piet@klant.nl>"),
        ({"cc": ("a@@b.nl",)}, "bad_address:a@@b.nl"),
        ({"bcc": ("piet@klant.nl,jan@klant.nl",)}, "bad_address:piet@klant.nl,jan@klant.nl"),
        ({"to": ("piët@klant.nl",)}, "bad_address:piët@klant.nl"),
        ({"sender_address": "info@-cafe.nl"}, "bad_address:info@-cafe.nl"),
        ({"attachments": (Attachment(" ", "application/pdf", b""),)}, "no_attachment_name:0"),
        ({"attachments": (Attachment("a.pdf", "pdf", b""),)}, "bad_media_type:0"),
    ],
)
def test_problems_are_reported(draft: Draft, change: dict[str, object], code: str) -> None:
    bad = dataclasses.replace(draft, **change)  # type: ignore[arg-type]
    assert code in validate_draft(bad)


def test_build_refuses_an_injection_attempt(draft: Draft, clock: Clock) -> None:
    with pytest.raises(InvalidDraft) as raised:
        build_message(dataclasses.replace(draft, subject="Hallo\r\nBcc: spy@evil.example"), now=clock.now())
    assert raised.value.problems == ["header_injection:subject"]


def test_envelope_recipients_dedupe_case_insensitively_in_order(draft: Draft) -> None:
    d = dataclasses.replace(draft, to=("Piet@Klant.nl", "jan@klant.nl"), cc=("piet@klant.nl",),
                            bcc=("JAN@klant.nl", "archief@cafe-utrecht.nl"))
    assert envelope_recipients(d) == ["Piet@Klant.nl", "jan@klant.nl", "archief@cafe-utrecht.nl"]


def test_mailto_url_encodes_everything_that_needs_it(draft: Draft) -> None:
    d = dataclasses.replace(draft, to=("piet@klant.nl", "a+b@klant.nl"), cc=("c@klant.nl",), bcc=(),
                            subject="Vraag & antwoord? 50% — € 12,50",
                            body="Regel 1\nRegel 2 & meer?\r\nnaam=waarde #3")
    url = mailto_url(d)
    assert url.isascii() and " " not in url and "\n" not in url
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path == "piet@klant.nl,a%2Bb@klant.nl"
    query = dict(item.split("=", 1) for item in parts.query.split("&"))
    assert set(query) == {"cc", "subject", "body"}  # no empty bcc
    assert query["subject"] == "Vraag%20%26%20antwoord%3F%2050%25%20%E2%80%94%20%E2%82%AC%2012%2C50"
    assert unquote(query["subject"]) == d.subject
    assert unquote(query["body"]) == "Regel 1\r\nRegel 2 & meer?\r\nnaam=waarde #3"
    assert "%0D%0A" in query["body"] and "#" not in url
    assert unquote(query["cc"]) == "c@klant.nl"


def test_mailto_url_with_only_a_recipient(draft: Draft) -> None:
    d = dataclasses.replace(draft, cc=(), bcc=(), subject="", body="")
    assert mailto_url(d) == "mailto:piet@klant.nl"


def test_mailto_url_carries_bcc(draft: Draft) -> None:
    assert "bcc=archief@cafe-utrecht.nl" in mailto_url(draft)


@pytest.mark.parametrize("address", ["piet@klant.nl\n", "piet@klant.nl ", " piet@klant.nl", "piet@klant.nl\r"])
def test_no_trailing_or_leading_junk_in_an_address(address: str) -> None:
    assert not is_valid_address(address)


@pytest.mark.parametrize("address", ["piet@klant.nl", "p.de.vries+factuur@sub.klant.co.uk", "x_1@a-b.be"])
def test_ordinary_addresses_are_valid(address: str) -> None:
    assert is_valid_address(address)
