"""One language's crisis signs, as data: patterns per category and how to read the text.

A lexicon is written by someone who knows how people of that language write when they are
frightened, on a phone: the patterns are regular expressions over the *normalised* text
(see :mod:`dialogues.crisis.normalise`), matched on whole tokens.

Pattern syntax, beyond Python's ``re``:

- ``word*``: the word with any ending (``zabij*`` matches zabiję, zabije, zabijesz);
- ``{gap}``: up to three tokens of anything (``{gap1}`` up to one, ``{gap5}`` up to five);
- ``{name}``: the lexicon's macro ``name``;
- letters with diacritics are folded as the text is, so write them naturally.

A pattern is tried only at words it can begin with, found from its first two letters: one
that begins with ``\\S``, ``.`` or a wide class is tried at every word of every message, so
begin with letters where you can.

``\\b`` must not be used: inside Arabic and Indic words it falls between a letter and its
vowel sign. Token boundaries are added around every pattern instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """What kind of danger a message tells of; every one gets the same urgent reply."""

    SUICIDE = "suicide"  # suicide or self-harm intent, first or third person
    DANGER = "danger"  # danger from another person now: weapons, followed, found, at the door
    CHILD = "child"  # a child at risk: missing, hurt, taken
    MEDICAL = "medical"  # overdose, not breathing, unconscious, bleeding


@dataclass(frozen=True)
class Lexicon:
    language: str
    suicide: tuple[str, ...] = ()
    danger: tuple[str, ...] = ()
    child: tuple[str, ...] = ()
    medical: tuple[str, ...] = ()
    # Idioms, negations and ordinary phrases, masked before the categories are matched
    # ("this form is killing me", "i am not suicidal").
    ignore: tuple[str, ...] = ()
    # Distant-past or justice-process markers ("in 2019", "in court", "used to"): a match
    # beside one of these, and no `now` marker, tells of a past event.
    past: tuple[str, ...] = ()
    # Markers that it is happening now or has just happened; they override `past`.
    now: tuple[str, ...] = ()
    # One token in, one or more tokens out: slang, abbreviations, spelling variants.
    words: Mapping[str, str] = field(default_factory=dict)
    # Distinctive words (six letters or more) whose small typos are read as the word.
    fuzzy: tuple[str, ...] = ()
    macros: Mapping[str, str] = field(default_factory=dict)
    # Single characters replaced before tokenising (script variants).
    fold: Mapping[str, str] = field(default_factory=dict)
    # Drop combining marks (accents, harakat). False for scripts whose vowel signs are marks.
    strip_marks: bool = True

    def __post_init__(self) -> None:
        # A stray comma makes a tuple inside the tuple; say so here, not deep in a build.
        for name in ("suicide", "danger", "child", "medical", "ignore", "past", "now", "fuzzy"):
            for pattern in getattr(self, name):
                if not isinstance(pattern, str):
                    raise TypeError(f"{self.language} {name}: {pattern!r} is not a string")

    def patterns(self, category: Category) -> tuple[str, ...]:
        patterns: tuple[str, ...] = getattr(self, category.value)
        return patterns
