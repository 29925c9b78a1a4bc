"""What staff read, in their own language: the desk's own catalog (gettext domain ``desk``).

Kept apart from what people are told, so a language people can use is never held
back by desk wording still to translate. As with people, a desk language is used
once its catalog is mostly translated (``dialogues.i18n.OFFER_THRESHOLD``), each string
still missing in English; otherwise staff read English.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from dialogues.i18n import D_, Translator, translator
from referral_store.desk import DeskError

__all__ = ["DESK", "D_", "desk_translator", "explain", "when"]

DESK = "desk"
LONDON = ZoneInfo("Europe/London")


def desk_translator(language: str | None) -> Translator:
    return translator(language or "en", DESK)


def when(moment: datetime, t: Translator | None = None, zone: ZoneInfo = LONDON) -> str:
    """A deadline as staff read it: ``Tue 30 Dec 2025 17:00`` (in their language)."""
    local = moment.astimezone(zone)
    if t is None or t.language == "en":
        return local.strftime("%a %d %b %Y %H:%M")
    return format_datetime(local, "EEE d MMM y HH:mm", locale=t.language)


def explain(error: DeskError, t: Translator) -> str:
    """A refusal from the desk, in the staff member's language."""
    try:
        return t.gettext(error.template).format(**error.params)
    except (KeyError, IndexError, ValueError):
        return str(error)
