"""Which letters a pattern can begin with, so a message is tried only against patterns
that could start at each of its words.

A lexicon has a few hundred alternatives; trying every one at every word cost about 0.1 ms
per message for English alone. Bucketing them by first character cuts the tries to the few
that can match. The analysis reads Python's own parse of the pattern (``re._parser``, in
every CPython since 3.11); anything it does not understand counts as "could start with
anything", which is always safe, only slower.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Any

parser: ModuleType | None
try:
    C = importlib.import_module("re._constants")
    parser = importlib.import_module("re._parser")
except ImportError:  # a Python without them tries every pattern everywhere: slower, as right
    parser = None

ANY = None  # "could begin with anything"
K = 2  # characters of look-up: a word's first two letters pick the patterns to try


def prefixes(pattern: str, k: int = K) -> frozenset[str] | None:
    """Every string of the first ``k`` characters a match can begin with, or ANY.

    A string shorter than ``k`` means the match can end there (a pattern is always followed
    by the end of a word).
    """
    if parser is None:
        return ANY
    try:
        found = _seq(list(parser.parse(pattern)), k)
    except Exception:
        return ANY
    if found is ANY or "" in found:
        return ANY
    return frozenset(found)


def _seq(items: list[Any], k: int) -> set[str] | None:
    open_: set[str] = {""}
    done: set[str] = set()
    for op, av in items:
        options = _one(op, av, k)
        if options is ANY:
            return ANY
        grown: set[str] = set()
        for head in open_:
            for tail in options:
                joined = (head + tail)[:k]
                (done if len(joined) == k else grown).add(joined)
        open_ = grown
        if not open_:
            break
    return done | open_


def _one(op: Any, av: Any, k: int) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        chars: set[str] = set()
        for inner_op, inner_av in av:
            if inner_op is not C.LITERAL:
                return ANY
            chars.add(chr(inner_av))
        return chars
    if op is C.SUBPATTERN:
        return _seq(list(av[-1]), k)
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            options = _seq(list(branch), k)
            if options is ANY:
                return ANY
            found |= options
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] == 1:
        options = _seq(list(av[2]), k)
        if options is ANY:
            return ANY
        return options | ({""} if av[0] == 0 else set())
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    return ANY


class Buckets:
    """Alternatives grouped by first character; ``at(text, i)`` matches at a word start."""

    def __init__(self, alternatives: list[tuple[str, str]]) -> None:
        """``alternatives``: (name, regex) pairs; a match reports the name it came from."""
        self._names: dict[str, str] = {}
        by_char: dict[str, list[str]] = {}
        anywhere: list[str] = []
        for n, (name, regex) in enumerate(alternatives):
            group = f"g{n}"
            self._names[group] = name
            wrapped = f"(?P<{group}>{regex})(?!\\S)"
            starts = prefixes(regex)
            if starts is ANY:
                anywhere.append(wrapped)
                continue
            for key in starts:
                # A one-letter start ends the word: it is followed by a space or the end.
                for k in (key,) if len(key) == K else (key + " ", key):
                    by_char.setdefault(k, []).append(wrapped)
        self._any = re.compile("|".join(anywhere)) if anywhere else None
        self._by_char = {
            ch: re.compile("|".join([*parts, *anywhere])) for ch, parts in by_char.items()
        }

    def scan(
        self, text: str, starts: list[int], *, first: bool = False
    ) -> list[tuple[str, int, int]]:
        """(name, start, end) of what matches at each word start; with ``first``, the first.

        One method for the whole text: this loop runs for every lexicon on every message.
        """
        found: list[tuple[str, int, int]] = []
        by_key, anywhere, names = self._by_char, self._any, self._names
        for start in starts:
            rx = by_key.get(text[start : start + K], anywhere)
            if rx is None:
                continue
            m = rx.match(text, start)
            if m is not None and m.lastgroup is not None:
                found.append((names[m.lastgroup], start, m.end()))
                if first:
                    break
        return found

    def at(self, text: str, start: int) -> tuple[str, int] | None:
        """The name of an alternative matching at ``start``, and where the match ends."""
        rx = self._by_char.get(text[start : start + K], self._any)
        if rx is None:
            return None
        m = rx.match(text, start)
        if m is None or m.lastgroup is None:
            return None
        return self._names[m.lastgroup], m.end()
