"""The crisis check: does this message tell of danger now, in any language we know?

Every lexicon is tried on every message, whatever language the chat is set to: people in
distress often write in the language they think in, not the one the phone or the bot is set
to, and a false alarm costs one kind message while a miss could cost far more.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from dialogues.crisis.first import Buckets
from dialogues.crisis.lexicon import Category, Lexicon
from dialogues.crisis.normalise import (
    Speller,
    fold_pattern,
    script_of,
    scripts_in,
    squeeze,
    tokens,
)

_GAP = re.compile(r"\{gap(\d*)\} ?")
_MACRO = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_WORD = re.compile(r"[^\W\d_][^\W_]*")
# A placeholder no pattern can match, left where an ignored phrase was.
_MASK = "\x00"


@dataclass(frozen=True)
class Detection:
    """Which kinds of danger a message tells of, and in which languages it was read."""

    categories: frozenset[Category]
    languages: tuple[str, ...]


def _expand(pattern: str, macros: dict[str, str], depth: int = 0) -> str:
    def gap(match: re.Match[str]) -> str:
        return rf"(?:\S+ ){{0,{match.group(1) or 3}}}"

    def macro(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(f"unknown macro {{{name}}} in {pattern!r}")
        return "(?:" + _expand(macros[name], macros, depth + 1) + ")"

    if depth > 5:
        raise ValueError(f"macros nest too deep in {pattern!r}")
    return _MACRO.sub(macro, _GAP.sub(gap, pattern))


def _stems(pattern: str) -> str:
    """``word*`` (a star right after a letter or mark) is the word with any ending."""
    out = []
    for i, ch in enumerate(pattern):
        before = pattern[i - 1] if i else ""
        escaped = i >= 2 and pattern[i - 2] == "\\"  # \S* and \w* keep their meaning
        stem = ch == "*" and not escaped and (before.isalpha() or _is_mark(before))
        out.append(r"\S*" if stem else ch)
    return "".join(out)


def _is_mark(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] == "M"


class Reader:
    """One lexicon compiled: normalises a message its way and tells what it matches."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.language = lexicon.language
        fold, strip = dict(lexicon.fold), lexicon.strip_marks
        self.fold, self.strip_marks = fold, strip
        self.form = (tuple(sorted(fold.items())), strip)
        macros = {k: fold_pattern(v, fold, strip) for k, v in lexicon.macros.items()}
        words = {
            " ".join(tokens(k, fold, strip)): " ".join(tokens(v, fold, strip))
            for k, v in lexicon.words.items()
        }
        self.words = words

        def compile_all(names: list[tuple[str, str]]) -> Buckets | None:
            if not names:
                return None
            return Buckets(
                [(n, _stems(_expand(fold_pattern(p, fold, strip), macros))) for n, p in names]
            )

        self.categories = compile_all([(c.value, p) for c in Category for p in lexicon.patterns(c)])
        self.ignore = compile_all([("ignore", p) for p in lexicon.ignore])
        self.past = compile_all([("past", p) for p in lexicon.past])
        self.now = compile_all([("now", p) for p in lexicon.now])
        every = [*(p for c in Category for p in lexicon.patterns(c)), *lexicon.ignore]
        sources = [*every, *lexicon.macros.values()]  # a macro's words are known words too
        known = {w for p in sources for w in _WORD.findall(fold_pattern(p, fold, strip))}
        known |= {w for v in words.values() for w in v.split()}
        known |= set(words)
        fuzzy = tuple(" ".join(tokens(w, fold, strip)) for w in lexicon.fuzzy)
        self.known = frozenset(known | set(fuzzy))
        self.speller = Speller(fuzzy, self.known)
        self._read_cache: dict[str, tuple[str, ...]] = {}
        # The scripts its patterns are written in: a message in none of them cannot match.
        self.scripts = frozenset(
            script_of(ch) for p in every for ch in fold_pattern(p, fold, strip) if ch.isalpha()
        )

    def read(self, raw: list[str]) -> list[tuple[int, str]]:
        """The message's tokens read this lexicon's way, each with the raw token it came from."""
        out: list[tuple[int, str]] = []
        cache = self._read_cache
        for n, token in enumerate(raw):
            parts = cache.get(token)
            if parts is None:
                parts = self._read_token(token)
                if len(cache) > 50_000:
                    cache.clear()  # bounded: words people type are few, but not a fixed few
                cache[token] = parts
            if len(parts) == 1:
                out.append((n, parts[0]))
            else:
                out.extend((n, part) for part in parts)
        return out

    def _read_token(self, token: str) -> tuple[str, ...]:
        token = squeeze(token, self.known)
        token = self.words.get(token, token)
        if " " in token:
            return tuple(token.split())
        return (self.speller.correct(token),)

    def ignored(self, read: list[tuple[int, str]]) -> set[int]:
        """The raw tokens that make up an idiom, a negation or an ordinary phrase."""
        if self.ignore is None:
            return set()
        text, starts = _layout(read)
        masked: set[int] = set()
        for _, begin, end in self.ignore.scan(text, starts):
            masked.update(read[k][0] for k, at in enumerate(starts) if begin <= at < end)
        return masked

    def any_hit(self, layout: tuple[str, list[int]]) -> bool:
        """Whether any category matches anywhere, before masking (a quick first look)."""
        if self.categories is None:
            return False
        return bool(self.categories.scan(*layout, first=True))

    def hits(
        self, read: list[tuple[int, str]], layout: tuple[str, list[int]] | None = None
    ) -> tuple[frozenset[Category], bool, bool]:
        """(categories matched, a past marker seen, a now marker seen) in a masked reading."""
        if self.categories is None:
            return frozenset(), False, False
        text, starts = layout or _layout(read)
        found = frozenset(Category(name) for name, _, _ in self.categories.scan(text, starts))
        # Markers are read even without a match here: "hace tiempo" in Spanish tells of the
        # past for a word another lexicon matched.
        past = self.past is not None and bool(self.past.scan(text, starts, first=True))
        now = self.now is not None and bool(self.now.scan(text, starts, first=True))
        return found, past, now


def _layout(read: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """The tokens joined by single spaces, and where each begins."""
    starts: list[int] = []
    at = 0
    for _, token in read:
        starts.append(at)
        at += len(token) + 1
    return " ".join(token for _, token in read), starts


def _masked(read: list[tuple[int, str]], masked: set[int]) -> list[tuple[int, str]]:
    """The reading with each run of masked raw tokens replaced by one that nothing matches."""
    if not masked:
        return read
    out: list[tuple[int, str]] = []
    for n, token in read:
        if n not in masked:
            out.append((n, token))
        elif not out or out[-1][1] != _MASK:
            out.append((n, _MASK))
    return out


@lru_cache(maxsize=1)
def readers() -> tuple[Reader, ...]:
    from dialogues.crisis.languages import lexicons

    return tuple(Reader(lexicon) for lexicon in lexicons())


def detect(text: str, language: str = "en") -> Detection | None:
    """The kinds of danger ``text`` tells of, or None.

    ``language`` is the chat's language; its lexicon is read first, but every lexicon is
    tried, since people in distress write in whichever language comes to them.
    """
    if not text or not text.strip():
        return None
    text = text[:2000]  # a crisis is said in a few words; a pasted essay is read in part
    by_form: dict[tuple[tuple[tuple[str, str], ...], bool], list[str]] = {}
    scripts = scripts_in(text)
    reads: list[tuple[Reader, list[tuple[int, str]], tuple[str, list[int]]]] = []
    for reader in readers():
        if not reader.scripts & scripts:
            continue  # none of its words can be in a message of another script
        raw = by_form.get(reader.form)
        if raw is None:
            raw = by_form[reader.form] = tokens(text, reader.fold, reader.strip_marks)
        if raw:
            read = reader.read(raw)
            reads.append((reader, read, _layout(read)))
    # Most messages hold no crisis words in any language: one look at each lexicon's
    # categories, unmasked, settles those. Only a message with a hit pays for the rest.
    if not any(reader.any_hit(layout) for reader, _, layout in reads):
        return None
    # An idiom or negation recognised in any language is masked for every language, so
    # "i am not suicidal" is not read as "suicid..." by a lexicon that lacks the negation.
    # Forms that split the text differently keep their own masks.
    one_split = len({len(raw) for raw in by_form.values()}) == 1
    masks = {id(reader): reader.ignored(read) for reader, read, _ in reads}
    shared: set[int] = set().union(*masks.values()) if one_split else set()
    found: set[Category] = set()
    languages: list[str] = []
    past = now = False
    for reader, read, layout in sorted(reads, key=lambda r: r[0].language != language):
        mask = shared if one_split else masks[id(reader)]
        if mask:
            categories, was_past, is_now = reader.hits(_masked(read, mask))
        else:
            categories, was_past, is_now = reader.hits(read, layout)
        past, now = past or was_past, now or is_now
        if categories:
            found |= categories
            languages.append(reader.language)
    if not found or (past and not now):
        return None  # nothing, or told of as something that happened then, not now
    return Detection(frozenset(found), tuple(languages))


def in_crisis(text: str, language: str = "en") -> bool:
    """Whether ``text`` suggests danger now or a risk of self-harm, in any language."""
    return detect(text, language) is not None
