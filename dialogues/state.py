"""A person's place in the conversation, saved after every step."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from dialogues.model import Answer

VERSION = 1
# One encoder for every save (json.dumps builds one a call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True)
class State:
    step: str = "menu"
    answers: dict[str, Answer] = field(default_factory=dict)
    history: tuple[str, ...] = ()
    editing: bool = False
    # Ticks of a multi-choice question not yet confirmed with Done.
    pending: tuple[str, ...] = ()
    language: str = "en"
    source: str | None = None
    # The last reference given, so a second press of Send is answered kindly.
    sent: str | None = None
    # The referral that monitoring questions or an outcome survey are about.
    case: str | None = None
    # When crisis words were last written here (ISO time), carried onto a referral made later.
    crisis_at: str | None = None

    def to_json(self) -> str:
        # Built by hand: dataclasses.asdict deep-copies every answer, on every step.
        data = {
            "v": VERSION,
            "step": self.step,
            "answers": self.answers,
            "history": self.history,
            "editing": self.editing,
            "pending": self.pending,
            "language": self.language,
            "source": self.source,
            "sent": self.sent,
            "case": self.case,
            "crisis_at": self.crisis_at,
        }
        return _ENCODE(data)

    @classmethod
    def from_json(cls, text: str | None) -> State:
        """Load a saved state; anything unreadable starts afresh rather than failing."""
        if not text:
            return cls()
        try:
            data: dict[str, Any] = json.loads(text)
            return cls(
                step=str(data.get("step", "menu")),
                answers=dict(data.get("answers") or {}),
                history=tuple(data.get("history") or ()),
                editing=bool(data.get("editing", False)),
                pending=tuple(data.get("pending") or ()),
                language=str(data.get("language", "en")),
                source=data.get("source"),
                sent=data.get("sent"),
                case=data.get("case"),
                crisis_at=data.get("crisis_at"),
            )
        except (ValueError, TypeError, AttributeError):
            return cls()

    def at(self, step: str, *, remember: bool = True) -> State:
        """Move to ``step``, keeping the way back unless told not to."""
        history = (*self.history, self.step) if remember and step != self.step else self.history
        return self.changed(step=step, history=history[-50:], pending=())

    def changed(self, **changes: object) -> State:
        """``dataclasses.replace(self, **changes)`` for the engine's every step: replace
        walks the fields one by one and runs ``__init__`` (3.1 µs, measured); this copies
        them at once (0.7 µs). A State is never changed after it is made."""
        if not changes.keys() <= _FIELDS:
            raise TypeError(f"State has no field {sorted(changes.keys() - _FIELDS)}")
        new = object.__new__(State)
        new.__dict__.update(self.__dict__, **changes)
        return new

    def fresh(self) -> State:
        """The main menu with nothing kept but the language, source and last reference."""
        return State(
            language=self.language, source=self.source, sent=self.sent, crisis_at=self.crisis_at
        )


_FIELDS = frozenset(f.name for f in fields(State))
