"""The lexicons, one module a language: ``en.py``, ``cy.py`` ...

Adding a language: write ``<code>.py`` with ``LEXICON = Lexicon(language="<code>", ...)``
and its corpus ``tests/data/crisis/<code>.tsv``; docs/safety.md says how.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from dialogues.crisis.lexicon import Lexicon


@lru_cache(maxsize=1)
def lexicons() -> tuple[Lexicon, ...]:
    """Every language's lexicon, English first."""
    found: dict[str, Lexicon] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        lexicon = importlib.import_module(f"{__name__}.{module}").LEXICON
        assert isinstance(lexicon, Lexicon) and lexicon.language == module
        found[module] = lexicon
    return tuple(sorted(found.values(), key=lambda x: x.language != "en"))
