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
from functools import lru_cache
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
    # Only the first word of a pattern decides its first two letters; parsing that alone
    # (and once for all patterns that share it) is what keeps a start under a second.
    head = first_word(pattern)
    if head is not None and head != pattern:
        found = _prefixes(head + " ", k)
        if found is not ANY:
            return found
    return _prefixes(pattern, k)


def first_word(pattern: str) -> str | None:
    """The pattern up to its first space outside any group or class, if it has one.

    None when there is no such word: a top-level alternative ("a b|c d") can begin
    anywhere, and a quantifier after the space would apply to it.
    """
    depth, in_class, escaped = 0, False, False
    head: str | None = None
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None
        elif ch == " " and depth == 0 and head is None:
            if pattern[i + 1 : i + 2] in ("?", "*", "+", "{"):
                return None
            head = pattern[:i]
    return head


@lru_cache(maxsize=8192)
def _prefixes(pattern: str, k: int) -> frozenset[str] | None:
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
            if inner_op is C.LITERAL:
                chars.add(chr(inner_av))
            elif inner_op is C.RANGE and inner_av[1] - inner_av[0] < 64:
                chars.update(chr(c) for c in range(inner_av[0], inner_av[1] + 1))  # [0-9]
            else:
                return ANY
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


# Compiled on first use and shared: thirteen lexicons make some 3,500 word starts, and
# compiling them all at start took 8 s; a message needs a handful.
_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(source: str) -> re.Pattern[str]:
    rx = _COMPILED.get(source)
    if rx is None:
        rx = _COMPILED[source] = re.compile(source)
    return rx


class Buckets:
    """Alternatives grouped by their first two letters; ``scan`` tries them at word starts."""

    def __init__(self, alternatives: list[tuple[str, str]]) -> None:
        """``alternatives``: (name, regex) pairs; a match reports the name it came from."""
        self._names: dict[str, str] = {}
        by_key: dict[str, list[str]] = {}
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
                    by_key.setdefault(k, []).append(wrapped)
        self._any = re.compile("|".join(anywhere)) if anywhere else None
        self._sources = {k: "|".join([*parts, *anywhere]) for k, parts in by_key.items()}
        self._ready: dict[str, re.Pattern[str]] = {}  # this bucket's compiled, by key

    def scan(
        self, text: str, starts: list[int], *, first: bool = False
    ) -> list[tuple[str, int, int]]:
        """(name, start, end) of what matches at each word start; with ``first``, the first.

        One method for the whole text: this loop runs for every lexicon on every message.
        """
        found: list[tuple[str, int, int]] = []
        sources, names, ready, anywhere = self._sources, self._names, self._ready, self._any
        for start in starts:
            key = text[start : start + K]
            rx = ready.get(key)
            if rx is None:
                if key not in sources:
                    if anywhere is None:
                        continue
                    rx = anywhere
                else:
                    rx = ready[key] = _compiled(sources[key])
            m = rx.match(text, start)
            if m is not None and m.lastgroup is not None:
                found.append((names[m.lastgroup], start, m.end()))
                if first:
                    break
        return found
