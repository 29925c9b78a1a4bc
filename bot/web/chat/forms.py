"""Between the dialogue engine and HTML: replies become a form, a form post becomes an event.

Each button is a submit button carrying the step's press id (``step|choice``), exactly the
data a Telegram button carries; a step that takes typed input gets a text box. What comes
back is read into the same :class:`Press` and :class:`Text` events every channel sends, so
the same answers make the same referral.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dialogues.engine import EXIT
from dialogues.events import Event, Press, Reply, typed
from dialogues.model import Input, Kind, Step
from dialogues.state import State

# The fields of every chat form.
PRESS = "press"
ANSWER = "answer"
# Left empty by people (it is not shown); a script that fills every field fills it.
HONEYPOT = "website"
# Longest press id the engine makes: Telegram's callback data limit.
MAX_PRESS = 64
# Longer than the longest answer any step takes (2,000 characters), so the engine's own
# "too long" message is what a person sees, not a cut.
MAX_ANSWER = 4000
# Long free text gets a box of several lines.
LONG_TEXT = 100


@dataclass(frozen=True)
class Choice:
    label: str
    press: str


@dataclass(frozen=True)
class Field:
    """The text box of a step that takes typed input."""

    multiline: bool
    # The keyboard a phone shows (HTML inputmode): typed input is checked by the engine,
    # never by the browser, so a person always gets the engine's kind words.
    inputmode: str
    max_len: int


@dataclass(frozen=True)
class Screen:
    """One turn of the chat, ready for a template: what the bot said, then the question."""

    said: tuple[tuple[str, ...], ...]
    question: tuple[str, ...]
    rows: tuple[tuple[Choice, ...], ...]
    field: Field | None
    language: str


def paragraphs(text: str) -> tuple[str, ...]:
    """A reply's text as paragraphs (blank lines part them; single newlines stay lines)."""
    return tuple(p.strip("\n") for p in text.split("\n\n") if p.strip())


def screen(replies: list[Reply], state: State, steps: Mapping[str, Step]) -> Screen:
    """The page for the replies of one turn and the state it left the chat in (``steps``:
    the flows the chat walks, by step id).

    The last reply with buttons is the question; those before it were said on the way. The
    engine's own quick-exit button is left out: every page has the GOV.UK one.
    """
    asked = max((i for i, r in enumerate(replies) if r.buttons), default=len(replies) - 1)
    said = tuple(paragraphs(r.text) for r in replies[:asked])
    last = replies[asked] if replies else Reply("")
    rows = tuple(
        row
        for row in (
            tuple(Choice(b.label, b.data) for b in buttons if b.data != EXIT)
            for buttons in last.buttons
        )
        if row
    )
    return Screen(
        said, paragraphs(last.text), rows, field_for(steps.get(state.step)), state.language
    )


def field_for(step: Step | None) -> Field | None:
    """The text box of a step that takes typed input, else ``None``."""
    if step is None or step.kind is not Kind.ASK or step.text is None:
        return None
    modes = {Input.PHONE: "tel", Input.EMAIL: "email"}
    return Field(
        multiline=step.text is Input.TEXT and step.max_len > LONG_TEXT,
        inputmode=modes.get(step.text, "text"),
        max_len=step.max_len,
    )


def event_of(form: Mapping[str, str]) -> Event | None:
    """The event a posted chat form means, or ``None`` for one to drop unanswered.

    A filled honeypot, a press id longer than any the engine makes, or a form with neither
    a press nor an answer is dropped. ``/word`` typed is a command, as in every channel.
    """
    if form.get(HONEYPOT):
        return None
    press = form.get(PRESS)
    if press:
        return Press(press) if len(press) <= MAX_PRESS else None
    answer = form.get(ANSWER)
    if answer is None:
        return None
    # Cut, not refused: the engine then says kindly that it is too long.
    return typed(answer[:MAX_ANSWER])
