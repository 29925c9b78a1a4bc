"""The shapes flows are made of: steps, choices, what typed input a step takes.

A flow is an ordered tuple of steps with stable string ids. The engine walks it
in order, skipping steps whose ``when`` does not hold, so a stored state keeps
its meaning when a step is added, and an edited answer that makes a later step
newly relevant (say, a phone number once "phone call" is chosen) is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialogues.rules import IntakeRules

Answer = str | list[str] | None
Answers = Mapping[str, Answer]
Condition = Callable[[Answers, "IntakeRules"], bool]

# Targets a choice can jump to that are not steps of the flow.
MENU = "@menu"  # leave the flow; nothing kept
SUMMARY = "@summary"
SUBMIT = "@submit"
NEXT = "@next"
GO_BACK = "@back"
WITHDRAW = "@withdraw"


class Input(StrEnum):
    """Which validator checks typed text at a step."""

    TEXT = "text"
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    WHEN = "when"
    # A day still to come (a sentencing date): day/month/year, today or later.
    DATE_AHEAD = "date_ahead"
    CRIME_REF = "crime_ref"


class Kind(StrEnum):
    ASK = "ask"  # a question whose answer is kept
    SCREEN = "screen"  # text and buttons only: menus, topics, exits
    SUMMARY = "summary"
    EDIT = "edit"  # the list of answers that can be changed


@dataclass(frozen=True)
class Choice:
    """One button. ``id`` is short ASCII; it goes into Telegram's callback_data."""

    id: str
    label: str
    goto: str = NEXT
    # Shown before the next prompt, e.g. why a referral will be passed on.
    note: str | None = None
    # Ends the multi-choice list alone ("none of these").
    exclusive: bool = False
    # Offered only on this channel (e.g. "message me here" needs a chat app).
    channel: str | None = None


@dataclass(frozen=True)
class Step:
    id: str
    prompt: str
    kind: Kind = Kind.ASK
    choices: tuple[Choice, ...] = ()
    text: Input | None = None
    multi: bool = False
    optional: bool = False  # offers "Skip"
    max_len: int = 1000
    summary: str | None = None  # label in the summary; None: not shown there
    when: Condition | None = None
    # Free text shown as its own message before the prompt (long content).
    body: str | None = None
    # Asked only on this channel (e.g. a later survey needs a chat the bot can write to).
    channel: str | None = None

    @property
    def key(self) -> str:
        """The answer's name: the step id without its flow prefix."""
        return self.id.split(".", 1)[-1]

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True)
class Flow:
    id: str
    steps: tuple[Step, ...]
    # Screens reached only by a choice's goto (exits, side pages).
    screens: tuple[Step, ...] = ()
    # A referral flow ends in a summary and a submission.
    referral_kind: str | None = None

    def index(self) -> Mapping[str, Step]:
        return {s.id: s for s in (*self.steps, *self.screens)}
