"""Which language a page is in, and which way it reads."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from dialogues.i18n import DEFAULT_LANGUAGE, negotiate


def chosen(asked: str | None, accept_language: str | None) -> str:
    """The language a new chat starts in: one asked for (``?lang=cy``), else the browser's
    first offered preference (``Accept-Language``), else English."""
    if asked and negotiate(asked) == asked.lower():
        return asked.lower()
    for wanted in preferences(accept_language or ""):
        if (found := negotiate(wanted)) != DEFAULT_LANGUAGE or wanted.lower().startswith("en"):
            return found
    return DEFAULT_LANGUAGE


def preferences(header: str) -> list[str]:
    """An ``Accept-Language`` header's tags, most wanted first (``q=0`` means not wanted)."""
    weighted: list[tuple[float, int, str]] = []
    for order, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if tag and tag != "*" and quality > 0:
            weighted.append((-quality, order, tag.strip()))
    return [tag for _, _, tag in sorted(weighted)]


@lru_cache(maxsize=32)
def direction(language: str) -> str:
    """``rtl`` for a language written right to left (Arabic, Urdu), else ``ltr``."""
    try:
        order = Locale.parse(language).character_order
    except (ValueError, UnknownLocaleError):
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"
