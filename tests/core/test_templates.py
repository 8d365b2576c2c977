"""The template language: plain substitution that cannot run code, and problems an editor can show."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtordesk.core.templates import (
    DESCRIPTIONS,
    PLACEHOLDERS,
    MessageTemplate,
    TemplateError,
    TemplateFileError,
    TemplateProblem,
    format_template_file,
    parse_template_file,
    placeholders_used,
    problems,
    render,
    render_message,
)

VALUES = {name: f"<{name}>" for name in PLACEHOLDERS}

#: Plain text without braces: letters of the three languages, digits, punctuation, new lines.
safe_text = st.text(st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=20)

#: A template part and what it renders to, given the values.
Part = tuple[str, str | None]  # (source, literal output) or (source, None) for a placeholder
parts = st.one_of(
    safe_text.map(lambda text: (text, text)),
    st.sampled_from(PLACEHOLDERS).map(lambda name: ("{" + name + "}", None)),
    st.sampled_from([("{{", "{"), ("}}", "}")]),
)
any_values = st.fixed_dictionaries({name: st.text(max_size=15) for name in PLACEHOLDERS})


def test_every_placeholder_is_described() -> None:
    assert set(DESCRIPTIONS) == set(PLACEHOLDERS)
    assert all(text and "\n" not in text for text in DESCRIPTIONS.values())


@given(st.lists(parts, max_size=12), any_values)
def test_render_is_exactly_the_text_with_each_value_inserted_literally(
        template: list[Part], values: dict[str, str]) -> None:
    text = "".join(source for source, _ in template)
    expected = "".join(out if out is not None else values[source[1:-1]] for source, out in template)
    assert problems(text) == []
    assert render(text, values) == expected


@given(st.lists(parts, max_size=12))
def test_placeholders_used_are_the_known_names_in_order_of_first_use(template: list[Part]) -> None:
    text = "".join(source for source, _ in template)
    names = [source[1:-1] for source, out in template if out is None]
    assert placeholders_used(text) == list(dict.fromkeys(names))


def test_values_are_never_expanded_again() -> None:
    values = VALUES | {"client": "{contact} & {{co}} {client.__class__}", "contact": "Ann"}
    assert render("Dear {contact}, {client}", values) == "Dear Ann, {contact} & {{co}} {client.__class__}"


@pytest.mark.parametrize("attempt", [
    "{client.__class__}", "{client.__class__.__mro__}", "{0}", "{client!r}", "{client:>99}",
    "{__import__}", "{client[0]}", "{values}", "{__builtins__}", "{{{client.upper}}}",
])
def test_attempts_to_reach_attributes_or_code_are_flagged_and_never_evaluated(attempt: str) -> None:
    found = problems(f"Hello {attempt}!")
    assert found and {p.code for p in found} == {"unknown_placeholder"}
    with pytest.raises(TemplateError) as raised:
        render(f"Hello {attempt}!", _Watched(VALUES))
    assert raised.value.problems == found


class _Watched(Mapping[str, str]):
    """Values that fail the test if anything other than a plain key lookup happens."""

    def __init__(self, values: dict[str, str]) -> None:
        self._values = values

    def __getitem__(self, key: str) -> str:
        assert key in PLACEHOLDERS, key
        return _Inert(self._values[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class _Inert(str):
    """A value that refuses formatting and attribute access beyond being a string."""

    def __format__(self, spec: str) -> str:
        raise AssertionError("a value was formatted")

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"attribute {name} was read")


def test_render_reads_values_only_by_known_key_and_never_formats_them() -> None:
    assert render("{client} {sender}", _Watched(VALUES)) == "<client> <sender>"


@given(st.text(st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), min_size=1, max_size=12))
def test_anything_between_braces_but_a_known_name_is_a_problem(inner: str) -> None:
    text = "{" + inner + "}"
    if inner in PLACEHOLDERS:
        assert render(text, VALUES) == VALUES[inner]
    else:
        assert problems(text)
        with pytest.raises(TemplateError):
            render(text, VALUES)


@pytest.mark.parametrize(("written", "suggestion"), [
    ("{clinet}", "client"),
    ("{Client}", "client"),
    ("{open amount}", "open_amount"),
    ("{Open-Amount}", "open_amount"),
    ("{ sender }", "sender"),
    ("{invoice_number}", "invoice_numbers"),
    ("{final_dat}", "final_date"),
    ("{paymentdetails}", "payment_details"),
    ("{xyzzy}", ""),
])
def test_misspelled_placeholders_get_the_closest_known_name(written: str, suggestion: str) -> None:
    assert problems(written) == [TemplateProblem("unknown_placeholder", written, 1, 1, suggestion)]


def test_problems_are_located_by_line_and_column_in_reading_order() -> None:
    text = "Beste {contact},\n\nUw factuur {invoice_numbers} van {clinet} staat open.\nGroet, {sender} {Sender}"
    assert problems(text) == [
        TemplateProblem("unknown_placeholder", "{clinet}", 3, 34, "client"),
        TemplateProblem("unknown_placeholder", "{Sender}", 4, 17, "sender"),
    ]


def test_an_unclosed_brace_is_flagged_with_the_word_after_it() -> None:
    assert problems("Dear {client,\nthanks") == [TemplateProblem("unclosed_brace", "{client,", 1, 6, "client")]
    assert problems("Dear {client") == [TemplateProblem("unclosed_brace", "{client", 1, 6, "client")]
    # The brace does not swallow a good placeholder after it.
    assert problems("x {contact {client}") == [TemplateProblem("unclosed_brace", "{contact", 1, 3, "contact")]
    assert problems("end {") == [TemplateProblem("unclosed_brace", "{", 1, 5, "")]


def test_a_placeholder_does_not_run_over_a_line_end() -> None:
    assert [p.code for p in problems("{client\n}")] == ["unclosed_brace", "stray_brace"]


def test_stray_and_doubled_closing_braces() -> None:
    assert problems("a } b") == [TemplateProblem("stray_brace", "}", 1, 3)]
    assert problems("a }}} b") == [TemplateProblem("stray_brace", "}", 1, 5)]
    assert problems("{client}}") == [TemplateProblem("stray_brace", "}", 1, 9)]
    assert render("{{client}} {{{client}}}", VALUES) == "{client} {<client>}"


def test_empty_placeholders() -> None:
    assert problems("{} and { }") == [TemplateProblem("empty_placeholder", "{}", 1, 1),
                                       TemplateProblem("empty_placeholder", "{ }", 1, 8)]


def test_a_missing_value_is_an_error_not_a_silent_hole() -> None:
    with pytest.raises(TemplateError) as raised:
        render("Pay by {final_date}.\n{sender}", {"sender": "Ann"})
    assert raised.value.problems == [TemplateProblem("missing_value", "{final_date}", 1, 8, "final_date")]
    # Values the text does not use are fine; an empty value is a value.
    assert render("{sender}", VALUES | {"sender": "", "unused": "x"}) == ""


def test_values_must_be_text() -> None:
    with pytest.raises(TypeError):
        render("{days_overdue}", VALUES | {"days_overdue": 12})  # type: ignore[dict-item]


def test_render_message_keeps_the_subject_on_one_line() -> None:
    template = MessageTemplate("Reminder {invoice_numbers}", "{invoice_list}\n{sender}")
    values = VALUES | {"invoice_numbers": "A\nB", "invoice_list": "– A\n– B"}
    message = render_message(template, values)
    assert message.subject == "Reminder A B"
    assert message.body == "– A\n– B\n<sender>"
    with pytest.raises(ValueError):
        MessageTemplate("two\nlines", "")


def test_template_file_format() -> None:
    text = "Subject: Herinnering {invoice_numbers}\n\nBeste {contact},\n\nGroet,\n{sender}\n"
    template = parse_template_file(text)
    assert template == MessageTemplate("Herinnering {invoice_numbers}", "Beste {contact},\n\nGroet,\n{sender}")
    assert format_template_file(template) == text
    assert parse_template_file("\ufeffsubject:  Hi \r\n\r\nBody\r\nline\r\n") == MessageTemplate("Hi", "Body\nline")
    assert parse_template_file("Subject: only") == MessageTemplate("only", "")


@pytest.mark.parametrize("text", ["Onderwerp: x\n\nbody", "\nSubject: x\n\nbody", "Subject: x\nbody"])
def test_template_files_without_subject_line_and_blank_line_are_refused(text: str) -> None:
    with pytest.raises(TemplateFileError):
        parse_template_file(text)


one_line = st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=30)
body_text = st.text(st.characters(blacklist_characters="\r", blacklist_categories=("Cs",)), max_size=80)


@given(one_line.map(str.strip), body_text)
def test_template_files_round_trip(subject: str, body: str) -> None:
    template = MessageTemplate(subject, body)
    assert parse_template_file(format_template_file(template)) == template
