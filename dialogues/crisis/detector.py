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
from dialogues.crisis.normalise import Speller, fold_pattern, squeeze, tokens

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
        known = {w for p in every for w in _WORD.findall(fold_pattern(p, fold, strip))}
        known |= {w for v in words.values() for w in v.split()}
        known |= set(words)
        fuzzy = tuple(" ".join(tokens(w, fold, strip)) for w in lexicon.fuzzy)
        self.known = frozenset(known | set(fuzzy))
        self.speller = Speller(fuzzy, self.known)

    def read(self, raw: list[str]) -> list[tuple[int, str]]:
        """The message's tokens read this lexicon's way, each with the raw token it came from."""
        out: list[tuple[int, str]] = []
        for n, token in enumerate(raw):
            token = squeeze(token, self.known)
            token = self.words.get(token, token)
            if " " in token:
                out.extend((n, part) for part in token.split())
            else:
                out.append((n, self.speller.correct(token)))
        return out

    def plain(self, raw: list[str]) -> str:
        """The message's tokens read this lexicon's way, joined by single spaces."""
        return " ".join(token for _, token in self.read(raw))

    def ignored(self, read: list[tuple[int, str]]) -> set[int]:
        """The raw tokens that make up an idiom, a negation or an ordinary phrase."""
        if self.ignore is None:
            return set()
        text, owner = _joined(read)
        masked: set[int] = set()
        for i in _starts(text):
            hit = self.ignore.at(text, i)
            if hit is not None:
                masked.update(owner[j] for j in range(i, min(hit[1], len(owner))))
        return masked

    def hits(self, text: str) -> tuple[frozenset[Category], bool, bool]:
        """(categories matched, a past marker seen, a now marker seen) in masked ``text``."""
        if self.categories is None:
            return frozenset(), False, False
        starts = _starts(text)
        found = frozenset(Category(hit[0]) for i in starts if (hit := self.categories.at(text, i)))
        past = self.past is not None and any(self.past.at(text, i) for i in starts)
        now = self.now is not None and any(self.now.at(text, i) for i in starts)
        return found, past, now

    def categories_in(self, text: str) -> frozenset[Category]:
        """This lexicon alone on text it has already read (``plain``)."""
        read = [(n, t) for n, t in enumerate(text.split())]
        found, past, now = self.hits(_masked(read, self.ignored(read)))
        return frozenset() if past and not now else found


def _joined(read: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """Tokens joined by spaces, and for each character the raw token it belongs to."""
    owner: list[int] = []
    for k, (n, token) in enumerate(read):
        if k:
            owner.append(n)
        owner.extend([n] * len(token))
    return " ".join(t for _, t in read), owner


def _masked(read: list[tuple[int, str]], masked: set[int]) -> str:
    """The tokens with each run of masked raw tokens replaced by one that nothing matches."""
    out: list[str] = []
    for n, token in read:
        if n not in masked:
            out.append(token)
        elif not out or out[-1] != _MASK:
            out.append(_MASK)
    return " ".join(out)


def _starts(text: str) -> list[int]:
    """Where each token begins in a space-joined text."""
    return [0, *(i + 1 for i, ch in enumerate(text) if ch == " ")] if text else []


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
    reads: list[tuple[Reader, list[tuple[int, str]]]] = []
    for reader in readers():
        form = (tuple(sorted(reader.fold.items())), reader.strip_marks)
        raw = by_form.get(form)
        if raw is None:
            raw = by_form[form] = tokens(text, reader.fold, reader.strip_marks)
        if raw:
            reads.append((reader, reader.read(raw)))
    # An idiom or negation recognised in any language is masked for every language, so
    # "i am not suicidal" is not read as "suicid..." by a lexicon that lacks the negation.
    # Forms that split the text differently keep their own masks.
    counts = {len(raw) for raw in by_form.values()}
    shared: set[int] = set()
    masks = {id(reader): reader.ignored(read) for reader, read in reads}
    if len(counts) == 1:
        for mask in masks.values():
            shared |= mask
    found: set[Category] = set()
    languages: list[str] = []
    past = now = False
    for reader, read in sorted(reads, key=lambda pair: pair[0].language != language):
        mask = shared if len(counts) == 1 else masks[id(reader)]
        categories, was_past, is_now = reader.hits(_masked(read, mask))
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
