"""The helplines a service lists, shown in the person's language.

A profile names its helplines in English (``[[support]]`` in ``bot/profiles/*.toml``). The
organisations' own names (Samaritans, Childline) stay as they are, since that is what the
person will hear when they call; what describes them (a note, "Emergency") is translated
here. A profile's own wording not listed here is shown as written, in English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from dialogues.i18n import N_, Translator
from dialogues.rules import Contact, IntakeRules

# Translators: the names and notes of helplines in a list such as
# "• Samaritans: 116 123 (free, any time)". Keep them short.
WORDS = (
    N_("Emergency"),
    N_("Police, non-emergency"),
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    N_("if you are in danger now"),
    N_("free, 24 hours"),
    N_("free, any time"),
    N_("free, for under 19s"),
)

_NUMBER = re.compile(r"(?<![\d\u2066])\+?\d(?:[\d ]*\d)?(?![\d\u2069])")


@lru_cache(maxsize=32)
def right_to_left(language: str) -> bool:
    try:
        return bool(Locale.parse(language).character_order == "right-to-left")
    except (UnknownLocaleError, ValueError):
        return False


def isolate_numbers(text: str, language: str) -> str:
    """In right-to-left text, each number wrapped in a left-to-right isolate.

    Without it a bidirectional display can show "116 123" as "123 116", which would send a
    person in danger to the wrong number.
    """
    if not right_to_left(language):
        return text
    return _NUMBER.sub(lambda m: f"\u2066{m.group(0)}\u2069", text)


def line(contact: Contact, t: Translator) -> str:
    name = t.gettext(contact.name)
    note = f" ({t.gettext(contact.note)})" if contact.note else ""
    return isolate_numbers(f"• {name}: {contact.phone}{note}", t.language)


def contacts(
    rules: IntakeRules, t: Translator, *, young: bool = False, crisis: bool = False
) -> str:
    """The helplines, one a line. In a crisis, the young people's lines are added too:
    the person may be under 18, and Childline's note says who it is for."""
    chosen = [c for c in rules.support if c.young_people == young] or list(rules.support)
    if crisis:
        phones = {_digits(c.phone) for c in chosen}
        chosen += [c for c in rules.support if c.young_people and _digits(c.phone) not in phones]
    return "\n".join(line(c, t) for c in chosen)


def _digits(phone: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", phone) if ch.isdigit())
