"""Signs that someone is in danger or may harm themselves, checked before any answer is used.

Deliberately broad: a false alarm costs one kind message with phone numbers; a
missed one could cost far more. Patterns are per language, for every language
the bot ships; a language without its own list is checked with English's, since
people often mix languages when distressed.
"""

from __future__ import annotations

import re
import unicodedata

_ENGLISH = [
    r"\bkill(ing)? (my ?self|me)\b",
    r"\b(end|take) my (own )?life\b",
    r"\bsuicid",
    r"\bself[- ]?harm",
    r"\bhurt(ing)? my ?self\b",
    r"\b(want|going) to die\b",
    r"\bdon'?t want to (live|be alive|be here)\b",
    r"\bno reason to live\b",
    r"\bnot safe\b",
    r"\bunsafe\b",
    r"\bin danger\b",
    r"\b(he|she|they)('s| is| are) (here|outside|coming)\b",
    r"\b(going|gonna|trying) to (kill|hurt|attack|get) me\b",
    r"\bthreaten(ed|ing)? (to kill|me)\b",
    r"\bscared for my life\b",
    r"\bhelp me\b",
    r"\boverdos",
]

PATTERNS: dict[str, list[str]] = {"en": _ENGLISH}
_COMPILED = {lang: re.compile("|".join(p), re.IGNORECASE) for lang, p in PATTERNS.items()}


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).replace("’", "'")
    return " ".join(folded.split())


def in_crisis(text: str, language: str = "en") -> bool:
    """Whether ``text`` suggests immediate danger or self-harm."""
    plain = _plain(text)
    checks = {_COMPILED["en"], _COMPILED.get(language, _COMPILED["en"])}
    return any(pattern.search(plain) for pattern in checks)
