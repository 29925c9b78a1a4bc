"""Message catalogs: marking strings for extraction and looking them up.

Flow and content data mark their English source text with :func:`N_` so Babel
extracts it; the text is translated when a reply is rendered, in the
person's language, through a :class:`Translator`.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import parse_locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
DEFAULT_LANGUAGE = "en"

#: A language is offered once at least this share of its catalog is translated (not fuzzy);
#: each message still missing is shown in English. One new string must not switch a whole
#: language off (running ``make messages`` once did that to all twelve), yet a catalog mostly
#: in English would not be that language at all. Nine in ten keeps every flow readable while
#: new strings wait for a translator; ``tests/test_translations.py`` still fails on any gap.
OFFER_THRESHOLD = 0.9


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it yet."""
    return message


def D_(message: str) -> str:
    """Mark ``message`` for the desk catalog (what staff read) without translating it yet."""
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
def translator(language: str, domain: str = DOMAIN) -> Translator:
    """The translator for ``language``; English when its catalog is not mostly translated.

    Its ``language`` is the one actually spoken, so dates are never written in a
    language the rest of the sentence is not in. A message not yet translated (empty
    or fuzzy) is shown in English. ``domain`` names the catalog: ``messages`` for what
    people see, ``desk`` for what staff see.
    """
    po = LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.po"
    if language == DEFAULT_LANGUAGE or not po.exists():
        return Translator(DEFAULT_LANGUAGE)
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    if coverage(catalog) < OFFER_THRESHOLD:
        return Translator(DEFAULT_LANGUAGE)
    # write_mo leaves out empty and fuzzy entries, so gettext answers those in English.
    return Translator(language, gettext.GNUTranslations(compile_catalog(catalog)))


def missing(catalog: Catalog) -> list[str]:
    """The message ids not yet translated: empty (any plural form) or fuzzy."""
    gaps = []
    for message in catalog:
        if not message.id:
            continue  # the header
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            gaps.append(message.id if isinstance(message.id, str) else message.id[0])
    return gaps


def coverage(catalog: Catalog) -> float:
    """The share of messages translated, from 0 to 1 (an empty catalog counts as whole)."""
    total = sum(1 for message in catalog if message.id)
    return 1.0 if not total else 1 - len(missing(catalog)) / total


def is_complete(catalog: Catalog) -> bool:
    """Every message translated, none fuzzy."""
    return not missing(catalog)


def compile_catalog(catalog: Catalog) -> BytesIO:
    """Compile a committed .po in memory, so a fresh clone needs no build step for .mo files."""
    compiled = BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return compiled


@lru_cache(maxsize=4)
def available_languages(domain: str = DOMAIN) -> tuple[str, ...]:
    """Languages offered: English and every mostly translated catalog of ``domain``, in code
    order (see :data:`OFFER_THRESHOLD`)."""
    found = [DEFAULT_LANGUAGE]
    if LOCALES_DIR.is_dir():
        for folder in sorted(LOCALES_DIR.iterdir()):
            if folder.is_dir() and translator(folder.name, domain).language == folder.name:
                found.append(folder.name)
    return tuple(found)


def negotiate(code: str | None) -> str:
    """The offered language closest to a client's code: ``pt-BR`` -> ``pt``, unknown -> English."""
    if not code:
        return DEFAULT_LANGUAGE
    try:
        # parse_locale reads the tag's parts without needing data for every region.
        wanted = parse_locale(code.replace("_", "-"), sep="-")[0].lower()
    except ValueError:
        return DEFAULT_LANGUAGE
    return wanted if wanted in available_languages() else DEFAULT_LANGUAGE


def native_name(language: str) -> str:
    """A language in its own name, as a person looking for it would recognise it."""
    try:
        name = Locale.parse(language).get_display_name(language) or language
    except (ValueError, UnknownLocaleError):
        return language
    return name[:1].upper() + name[1:]
