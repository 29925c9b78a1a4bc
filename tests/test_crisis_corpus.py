"""The crisis check against the labelled corpus, language by language and kind by kind.

``tests/data/crisis/<lang>.tsv`` holds phrases written as people type them on a phone,
labelled ``crisis`` or ``ok``; the ``ok`` ones share words with crisis phrases (past events,
the justice process, idioms) so that a check which only looked for words would fail them.
``python -m benchmarks.crisis --misses`` lists what is read wrongly.
"""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.crisis import examples, score
from dialogues.crisis import languages
from dialogues.crisis.lexicon import Category
from dialogues.i18n import available_languages

ITEMS = list(examples())
SCORES, WRONG = score(ITEMS)
LANGUAGES = sorted({item.language for item in ITEMS})
# English has the largest corpus, since most people write to the bot in English.
MINIMUM = {"en": 150}
OTHER_MINIMUM = 40


def test_every_offered_language_has_a_lexicon_and_a_corpus() -> None:
    lexicons = {lexicon.language for lexicon in languages.lexicons()}
    offered = set(available_languages())
    assert offered <= lexicons, offered - lexicons
    assert offered <= set(LANGUAGES), offered - set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_corpus_is_large_enough(language: str) -> None:
    counts = Counter(item.crisis for item in ITEMS if item.language == language)
    least = MINIMUM.get(language, OTHER_MINIMUM)
    assert counts[True] >= least and counts[False] >= least, counts
    categories = {item.category for item in ITEMS if item.language == language and item.crisis}
    assert categories == set(Category)


@pytest.mark.parametrize(("language", "category"), sorted(SCORES))
def test_recall_and_false_alarms(language: str, category: Category) -> None:
    s = SCORES[(language, category)]
    wrong = [
        f"{'missed' if w.crisis else 'false alarm'}: {w.phrase}"
        for w in WRONG
        if w.language == language and w.category == category
    ]
    assert s.recall >= 0.97, wrong
    assert s.false_positive_rate <= 0.03, wrong
