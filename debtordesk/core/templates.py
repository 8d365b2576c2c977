"""The template language of letters and emails: plain text with ``{name}`` placeholders.

Templates are edited by users and shared between machines, so they are data, never code.
Substitution is a scan of the text that copies characters and swaps in a known
placeholder's value; nothing goes through ``str.format``, ``string.Template`` or ``eval``,
so ``{client.__class__}``, ``{0}`` or ``{client!r}`` are just unknown placeholders that an
editor flags, and a value that itself contains ``{client}`` is inserted as written.

``{{`` and ``}}`` write a literal brace, as in Python's format strings, so that a text
written for one reads the same here.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

PLACEHOLDERS: tuple[str, ...] = (
    "client",
    "contact",
    "invoice_numbers",
    "invoice_list",
    "due_dates",
    "open_amount",
    "days_overdue",
    "promised_date",
    "final_date",
    "agreement",
    "payment_details",
    "sender",
)

#: One line per placeholder for the template editor's help list.
DESCRIPTIONS: dict[str, str] = {
    "client": "The client's (company) name.",
    "contact": "The contact person's name; the client's name when there is no contact.",
    "invoice_numbers": "The invoice numbers as a list in running text: \"2026-014 and 2026-015\".",
    "invoice_list": "One line per invoice with its date, due date and open amount.",
    "due_dates": "The invoices' due dates as a list in running text.",
    "open_amount": "The total still to be paid on these invoices, e.g. \"€ 1.234,56\".",
    "days_overdue": "Days past the due date of the oldest invoice, as a number.",
    "promised_date": "The date the client promised to pay (empty when there is no promise).",
    "final_date": "The final payment date this message sets (empty when it sets none).",
    "agreement": "What was agreed on the phone, who does what and when (empty without a call).",
    "payment_details": "Several lines: IBAN, BIC, account holder and the payment reference.",
    "sender": "The signature block: your business name and signature lines.",
}

_KNOWN = frozenset(PLACEHOLDERS)
#: An unclosed brace is reported with the word after it, up to a space or another brace.
_UNCLOSED_WORD = re.compile(r"[^\s{}]*")


class TemplateError(ValueError):
    """A template that cannot be rendered; ``problems`` says where and why."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("; ".join(f"{p.line}:{p.column}: {p.code} {p.text!r}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong in a template, located for the editor to underline.

    Attributes:
        code: "unknown_placeholder", "unclosed_brace", "stray_brace" or "empty_placeholder";
            render() adds "missing_value" for a known placeholder without a value.
        text: the offending token as written, e.g. "{clinet}".
        line: 1-based line of the token's first character.
        column: 1-based column (in characters) of the token's first character.
        suggestion: the closest known placeholder name, or "" when none is close.
    """

    code: str
    text: str
    line: int
    column: int
    suggestion: str = ""


@dataclass(frozen=True)
class _Literal:
    text: str


@dataclass(frozen=True)
class _Placeholder:
    name: str
    text: str
    line: int
    column: int


def _scan(text: str) -> Iterator[_Literal | _Placeholder | TemplateProblem]:
    """The template as literal runs, known placeholders and problems, in order."""
    line, line_start = 1, 0
    literal: list[str] = []
    i, end = 0, len(text)

    def flush() -> Iterator[_Literal]:
        if literal:
            yield _Literal("".join(literal))
            literal.clear()

    while i < end:
        char = text[i]
        if char == "\n":
            literal.append(char)
            i += 1
            line, line_start = line + 1, i
            continue
        column = i - line_start + 1
        if char == "}":
            if text.startswith("}}", i):
                literal.append("}")
                i += 2
            else:
                yield TemplateProblem("stray_brace", "}", line, column)
                i += 1
            continue
        if char != "{":
            literal.append(char)
            i += 1
            continue
        if text.startswith("{{", i):
            literal.append("{")
            i += 2
            continue
        close = _closing_brace(text, i + 1)
        if close is None:
            word = _UNCLOSED_WORD.match(text, i + 1)
            token = "{" + (word.group() if word else "")
            yield TemplateProblem("unclosed_brace", token, line, column, _suggest(token[1:]))
            i += 1  # what follows is scanned again: it may hold a good placeholder
            continue
        token, inner = text[i : close + 1], text[i + 1 : close]
        yield from flush()
        if not inner.strip():
            yield TemplateProblem("empty_placeholder", token, line, column)
        elif inner in _KNOWN:  # known names are lowercase letters, digits and "_" only
            yield _Placeholder(inner, token, line, column)
        else:
            yield TemplateProblem("unknown_placeholder", token, line, column, _suggest(inner))
        i = close + 1
    yield from flush()


def _closing_brace(text: str, start: int) -> int | None:
    """Index of the ``}`` closing a placeholder opened before ``start``, on the same line."""
    for j in range(start, len(text)):
        if text[j] == "}":
            return j
        if text[j] in "{\n":
            return None
    return None


def _suggest(written: str) -> str:
    """The known placeholder the user most likely meant: "{Open amount}" -> "open_amount"."""
    normal = re.sub(r"[\s\-]+", "_", written.strip().lower())
    if normal in _KNOWN:
        return normal
    matches = difflib.get_close_matches(normal, PLACEHOLDERS, n=1)  # difflib's default similarity cut-off
    return matches[0] if matches else ""


def problems(text: str) -> list[TemplateProblem]:
    """Every problem in the text, in reading order; empty when it can be rendered."""
    return [part for part in _scan(text) if isinstance(part, TemplateProblem)]


def placeholders_used(text: str) -> list[str]:
    """The known placeholders the text uses, each once, in order of first use."""
    names = (part.name for part in _scan(text) if isinstance(part, _Placeholder))
    return list(dict.fromkeys(names))


def render(text: str, values: Mapping[str, str]) -> str:
    """The text with every placeholder replaced by its value, inserted literally.

    A value is never scanned again, so braces in a client's name stay as they are.
    Keys of ``values`` that the text does not use are ignored.

    Raises:
        TemplateError: the text has problems, or a placeholder it uses has no value in
            ``values`` ("missing_value"). A message with a silent hole where the amount or
            the final date should be is worse than no message, so this is never papered over.
        TypeError: a value is not a string (formatting is the caller's job).
    """
    parts = list(_scan(text))
    found = [part for part in parts if isinstance(part, TemplateProblem)]
    found += [TemplateProblem("missing_value", part.text, part.line, part.column, part.name)
              for part in parts if isinstance(part, _Placeholder) and part.name not in values]
    if found:
        found.sort(key=lambda p: (p.line, p.column))
        raise TemplateError(found)
    out: list[str] = []
    for part in parts:
        if isinstance(part, _Literal):
            out.append(part.text)
        else:
            assert isinstance(part, _Placeholder)
            value = values[part.name]
            if not isinstance(value, str):
                raise TypeError(f"value of {part.name!r} must be str, not {type(value).__name__}")
            out.append(value)
    return "".join(out)


@dataclass(frozen=True)
class MessageTemplate:
    """An email's or a letter's subject and body, both in the template language.

    The subject is one line; placeholders with several lines (``invoice_list``) belong in
    the body, and render_message() keeps a subject on one line whatever the values hold.
    """

    subject: str
    body: str

    def __post_init__(self) -> None:
        if "\n" in self.subject or "\r" in self.subject:
            raise ValueError("a template's subject is one line")


@dataclass(frozen=True)
class RenderedMessage:
    """A template with its values filled in: ready to edit, send or print."""

    subject: str
    body: str


def render_message(template: MessageTemplate, values: Mapping[str, str]) -> RenderedMessage:
    """Both parts rendered; line breaks in the subject's values become spaces (it is a header)."""
    subject = " ".join(render(template.subject, values).split())
    return RenderedMessage(subject, render(template.body, values))


SUBJECT_KEY = "Subject:"


class TemplateFileError(ValueError):
    """A template file that does not start with a subject line and a blank line."""


def parse_template_file(text: str) -> MessageTemplate:
    """A template from its file: ``Subject: ...``, a blank line, then the body.

    The key word is ``Subject:`` in every language (case does not matter). Windows line
    ends and a byte-order mark are accepted (line ends become ``\n``); the file's one final
    newline is not part of the body, and spaces around the subject are dropped.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.partition("\n")
    if not first[: len(SUBJECT_KEY)].lower() == SUBJECT_KEY.lower():
        raise TemplateFileError(f"line 1 must start with {SUBJECT_KEY!r}, found {first[:40]!r}")
    subject = first[len(SUBJECT_KEY) :].strip()
    if not rest:
        return MessageTemplate(subject, "")
    blank, _, body = rest.partition("\n")
    if blank.strip():
        raise TemplateFileError(f"line 2 must be empty, found {blank[:40]!r}")
    return MessageTemplate(subject, body.removesuffix("\n"))


def format_template_file(template: MessageTemplate) -> str:
    """The file text that parse_template_file() reads back as the same template.

    Exact for a subject without surrounding spaces and a body with ``\n`` line ends.
    """
    return f"{SUBJECT_KEY} {template.subject}\n\n{template.body}\n"
