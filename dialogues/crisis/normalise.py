"""Text as a frightened person types it, brought to one plain form before matching.

Case, diacritics, apostrophes, repeated letters, slang and small typos are all ways of
writing the same words; each is undone here so that a lexicon's patterns can be written
once, in the plain form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Letters that carry their mark inside the code point, so removing marks leaves them alone.
_LATIN_EXTRA = {"ł": "l", "ß": "ss", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"}
_APOSTROPHES = frozenset("'’‘ʼ`´′ʻ")
_ASCII_APOSTROPHES = re.compile(r"['`]")
_ASCII_SPLIT = re.compile(r"[^a-z0-9]+")
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")  # letters only: 999 stays 999
_REPEAT2 = re.compile(r"([^\W\d_])\1+")


def fold_char(ch: str, fold: Mapping[str, str], strip_marks: bool) -> str:
    """One character (already case-folded) in its plain form: possibly empty or several."""
    if ch in fold:
        ch = fold[ch]
    elif unicodedata.category(ch) == "Nd":
        return str(unicodedata.digit(ch))  # every script's digits as 0-9: "٢٠١٩" is 2019
    ch = _LATIN_EXTRA.get(ch, ch)
    if strip_marks and not ch.isascii():
        ch = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return ch


class _Table(dict[int, str | None]):
    """A ``str.translate`` table for one way of folding, filled as characters are met."""

    def __init__(self, fold: Mapping[str, str], strip_marks: bool) -> None:
        super().__init__()
        self.fold, self.strip_marks = dict(fold), strip_marks

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if ch in _APOSTROPHES:
            plain: str | None = None  # "he's" -> "hes": the lexicon's `words` say what it is
        else:
            folded = fold_char(ch, self.fold, self.strip_marks)
            keep = all(c.isalnum() or unicodedata.category(c)[0] == "M" for c in folded)
            plain = folded if keep else " "
        if len(self) < 20_000:  # bounded, whatever is pasted in
            self[code] = plain
        return plain


@lru_cache(maxsize=64)
def _table(fold_items: tuple[tuple[str, str], ...], strip_marks: bool) -> _Table:
    return _Table(dict(fold_items), strip_marks)


def tokens(text: str, fold: Mapping[str, str], strip_marks: bool) -> list[str]:
    """Lower-cased, folded tokens: letters, marks and digits; anything else splits."""
    if text.isascii() and not fold:
        # The common case, without a look at each character.
        plain = _ASCII_APOSTROPHES.sub("", text.lower())
        return [token for token in _ASCII_SPLIT.split(plain) if token]
    table = _table(tuple(sorted(fold.items())), strip_marks)
    return unicodedata.normalize("NFKC", text).casefold().translate(table).split()


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str:
    """A letter's script, by its Unicode name's first word (LATIN, ARABIC, GURMUKHI ...)."""
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def scripts_in(text: str) -> frozenset[str]:
    """The scripts of a message's letters."""
    if text.isascii():
        return _LATIN
    return frozenset(script_of(ch) for ch in set(text) if ch.isalpha())


_LATIN = frozenset({"LATIN"})


def fold_pattern(pattern: str, fold: Mapping[str, str], strip_marks: bool) -> str:
    """A pattern's letters folded like the text; regex syntax (all ASCII) is kept."""
    if pattern.isascii() and not fold:
        return pattern
    return _fold_pattern(pattern, tuple(sorted(fold.items())), strip_marks)


@lru_cache(maxsize=65536)
def _fold_pattern(pattern: str, fold_items: tuple[tuple[str, str], ...], strip: bool) -> str:
    fold = dict(fold_items)
    pattern = unicodedata.normalize("NFKC", pattern)
    return "".join(ch if ch.isascii() else fold_char(ch.casefold(), fold, strip) for ch in pattern)


def squeeze(token: str, known: frozenset[str]) -> str:
    """Letters held down ("pleeease", "killlll") shortened to the word they were."""
    if not _REPEAT.search(token):
        return token
    once = _REPEAT2.sub(r"\1", token)
    twice = _REPEAT.sub(r"\1\1", token)
    if once in known:
        return once
    if twice in known:
        return twice
    return once if len(once) >= 3 else twice


class Speller:
    """Reads a small typo of a distinctive word as the word ("sucide", "overdoce")."""

    def __init__(self, words: tuple[str, ...], known: frozenset[str]) -> None:
        self._known = known
        self._by_length: dict[int, list[str]] = {}
        for word in words:
            self._by_length.setdefault(len(word), []).append(word)
        self.correct = lru_cache(maxsize=8192)(self._correct)

    def _correct(self, token: str) -> str:
        if len(token) < 5 or token in self._known or not self._by_length:
            return token
        # One edit (a transposition counts as one) for most words.
        # Two only for long words: "overcome" is two edits from "overdose".
        limit = 2 if len(token) >= 10 else 1
        candidates = [
            w
            for n in range(len(token) - limit, len(token) + limit + 1)
            for w in self._by_length.get(n, ())
        ]
        if not candidates:
            return token
        found = process.extractOne(token, candidates, scorer=OSA.distance, score_cutoff=limit)
        return token if found is None else str(found[0])
