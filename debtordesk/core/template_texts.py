"""The default texts of the follow-up ladder's emails and letters, per language.

They are files in ``resources/templates/<language>/<key>.<kind>.txt`` (see
templates.parse_template_file for the format), so a translator edits text, not Python.
Which ones exist is declared here, and a test holds the folder to this declaration.
"""

from __future__ import annotations

import enum
from functools import lru_cache

from debtordesk.core.model import Language
from debtordesk.core.templates import MessageTemplate, parse_template_file
from debtordesk.resources import resource_path


class TemplateKind(enum.StrEnum):
    EMAIL = "email"
    LETTER = "letter"  # printed (registered) letter: only the subject and body text


#: Template key -> the kinds it comes in, in the order of the ladder (DESIGN.md).
TEMPLATES: dict[str, tuple[TemplateKind, ...]] = {
    "friendly_reminder": (TemplateKind.EMAIL,),  # step 1
    "phone_call": (TemplateKind.EMAIL,),  # step 2: the summary after the call
    "payment_reminder": (TemplateKind.EMAIL, TemplateKind.LETTER),  # step 3
    "last_reminder": (TemplateKind.EMAIL, TemplateKind.LETTER),  # step 4
    "stop_work": (TemplateKind.EMAIL, TemplateKind.LETTER),  # step 5
    "notice_of_default": (TemplateKind.EMAIL, TemplateKind.LETTER),  # step 6
    # Step 6 for consumers where their law asks for a letter of its own (core.letter_kinds).
    "fourteen_day_letter": (TemplateKind.LETTER,),  # a Dutch consumer
    "first_reminder": (TemplateKind.LETTER,),  # a Belgian consumer
    "hand_over": (TemplateKind.EMAIL, TemplateKind.LETTER),  # step 7
}

TEMPLATE_KEYS: tuple[str, ...] = tuple(TEMPLATES)


def available(key: str, kind: TemplateKind) -> bool:
    """Whether a default exists for this key and kind (in every language)."""
    return kind in TEMPLATES.get(key, ())


def template_file(key: str, kind: TemplateKind, language: Language) -> str:
    """The resource-relative name of a default template, e.g. "templates/nl/stop_work.email.txt"."""
    return f"templates/{Language(language)}/{key}.{TemplateKind(kind)}.txt"


def default_template(key: str, kind: TemplateKind, language: Language) -> MessageTemplate:
    """The shipped text for one step, kind and language.

    Raises:
        KeyError: there is no such template (see available()).
    """
    if not available(key, kind):
        raise KeyError(f"no default {kind} template {key!r}")
    return _load(key, TemplateKind(kind), Language(language))


@lru_cache(maxsize=None)
def _load(key: str, kind: TemplateKind, language: Language) -> MessageTemplate:
    # Shipped files do not change while the app runs; MessageTemplate is immutable.
    path = resource_path(*template_file(key, kind, language).split("/"))
    return parse_template_file(path.read_text(encoding="utf-8"))
