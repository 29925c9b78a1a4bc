"""Typed words that pick an option: people on phones type "yes", "tak" or "refer myself"
instead of pressing the button, and should not be told to choose again for it.

Three readings, the first that settles it wins:

1. the option's own words (its label in the person's language, or its id);
2. on a yes-or-no question (a ``yes`` or ``agree`` option and a ``no`` option), a word for
   yes or for no, in the chat's language or in English, and never both ("no, not yes" picks
   nothing);
3. on a question that takes no typed answer, the one option whose label holds what was typed
   (rapidfuzz's token-set ratio, so word order and small typos do not matter), only when no
   other option comes close. Never the yes or the no of a yes-or-no question: "i do not
   agree" shares most of its words with "Yes, I agree".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

from dialogues.i18n import N_, Translator
from dialogues.model import Choice

# Translators: the words a person may type for "yes", separated by commas: short,
# everyday ones ("yes", "yeah", "ok"). Not a sentence; the reader never sees this.
YES_WORDS = N_("yes, y, yeah, yep, yup, ya, ok, okay, sure, agree, i agree")
# Translators: the words a person may type for "no", separated by commas: short,
# everyday ones ("no", "nope", "not now"). Not a sentence; the reader never sees this.
NO_WORDS = N_("no, n, nope, nah, not now, no thanks, i do not agree, disagree")

# A choice's id says what it means in every flow: "yes" and "agree" (consent) are yes.
_YES_IDS = frozenset({"yes", "agree"})
_NO_IDS = frozenset({"no"})
_LONGEST_YES = 6  # words
_SHORTEST = 4  # characters: "i" or "the" is in many labels and means none of them
# A typed answer this close to one label, and this much closer than to any other, is that
# option. Token-set ratio is 100 when every typed word is in the label.
_CLOSE = 90
_MARGIN = 15


def plain(text: str) -> str:
    """Lower case, punctuation and symbols (the tick a chosen option carries, an emoji) as
    spaces. Not ``[^\\w]``: the vowel signs of Bengali, Gujarati, Punjabi and Urdu are marks,
    not word characters, and would split every word."""
    return " ".join(
        "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
        .casefold()
        .split()
    )


def pick(raw: str, choices: Sequence[Choice], t: Translator, *, free_text: bool) -> Choice | None:
    """The option ``raw`` picks among ``choices``, or None.

    ``free_text``: the question also takes a typed answer, so only an option's own words
    (or yes and no) pick it; anything else is the answer.
    """
    wanted = plain(raw)
    if not wanted:
        return None
    for choice in choices:
        if wanted in (plain(t.gettext(choice.label)), choice.id):
            return choice
    yes = next((c for c in choices if c.id in _YES_IDS), None)
    no = next((c for c in choices if c.id in _NO_IDS), None)
    others = [c for c in choices if c is not yes and c is not no]
    if yes is not None and no is not None:
        said = _said(wanted)
        says_yes = bool(said & _words(YES_WORDS, t))
        says_no = bool(said & _words(NO_WORDS, t))
        if says_yes != says_no:
            return yes if says_yes else no
        if says_yes:
            return None  # both: asked again rather than guessed
    if free_text or len(wanted) < _SHORTEST:
        return None
    return _closest(wanted, others, t)


def _words(message_id: str, t: Translator) -> set[str]:
    lists = {t.gettext(message_id), message_id}  # the chat's language, and English
    return {plain(w) for words in lists for w in words.split(",") if plain(w)}


def _said(wanted: str) -> set[str]:
    """Every run of words in a short reply: "yes please" holds "yes", "not now" is one.

    A long message is not a yes or a no."""
    words = wanted.split()
    if len(words) > _LONGEST_YES:
        return set()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def _closest(wanted: str, choices: Sequence[Choice], t: Translator) -> Choice | None:
    scored = sorted(
        (
            (fuzz.token_set_ratio(wanted, plain(t.gettext(c.label))), n)
            for n, c in enumerate(choices)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < _CLOSE:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN:
        return None
    return choices[scored[0][1]]
