"""Message catalogs: marking strings for extraction and looking them up.

Flow and content data mark their English source text with :func:`N_` so Babel
extracts it; the text is translated when a reply is rendered, in the
person's language, through a :class:`Translator`.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
DEFAULT_LANGUAGE = "en"


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it yet."""
    return message


@dataclass(frozen=True)
class Translator:
    """Translates message ids into one language, falling back to English."""

    language: str = DEFAULT_LANGUAGE
    _catalog: gettext.NullTranslations = field(
        default_factory=gettext.NullTranslations, repr=False, compare=False
    )

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalog.pgettext(context, message)


@lru_cache(maxsize=64)
def translator(language: str) -> Translator:
    """The translator for ``language``; English when there is no catalog for it.

    Its ``language`` is the one actually spoken, so dates are never written in a
    language the rest of the sentence is not in.
    """
    mo = LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if language == DEFAULT_LANGUAGE or not mo.exists():
        return Translator(DEFAULT_LANGUAGE)
    with mo.open("rb") as handle:
        return Translator(language, gettext.GNUTranslations(handle))
