"""Crisis signs: every free text in every channel is read for danger before a step sees it.

The lexicons (one module a language in ``languages/``) hold the knowledge; the detector
(:mod:`dialogues.crisis.detector`) normalises a message as people type and matches them.
docs/safety.md tells how well it does, language by language, and how to add phrases.
"""

from dialogues.crisis.detector import Detection, detect, in_crisis
from dialogues.crisis.lexicon import Category, Lexicon

__all__ = ["Category", "Detection", "Lexicon", "detect", "in_crisis"]
