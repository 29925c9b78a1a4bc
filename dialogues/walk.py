"""The one walk through a flow: what is asked next, and where the flow ends.

The engine moves a conversation with it and the Rasa forms ask for their slots by it,
so no channel decides the order of the questions, or where a flow stops, by itself.
A flow is walked in order; a step applies when its ``when`` holds (over the answers of
the steps before it) and it is offered on the channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dialogues import routing
from dialogues.followup import PARTY
from dialogues.model import MENU, Answer, Answers, Flow, Kind, Role, Step
from dialogues.rules import IntakeRules

# Context a flow was opened with (whose survey it is), kept though no step asks it.
CONTEXT_KEYS = frozenset({PARTY})


def applies(flow: Flow, step: Step, answers: Answers, rules: IntakeRules, channel: str) -> bool:
    if step.channel not in (None, channel):
        return False
    return _holds(flow, step, answers, rules)


def _holds(flow: Flow, step: Step, answers: Answers, rules: IntakeRules) -> bool:
    # A pass-on question only where the answers lead to its route (seed 002 10: "Referrals
    # will only be made with consent from the victim", so the person is asked first).
    if step.onward and step.onward not in routing.routes(flow, answers, rules):
        return False
    return step.when is None or step.when(answers, rules)


def following(
    flow: Flow,
    current: Step | None,
    answers: Answers,
    rules: IntakeRules,
    channel: str,
    *,
    skip_answered: bool = False,
) -> str:
    """The id of the step after ``current`` (None: the flow's first): its summary at the end.

    ``skip_answered``: while an answer is being changed, only questions not yet answered
    (an edit can make one newly relevant, such as a phone number once "phone" is chosen).
    """
    steps = flow.steps
    at = -1 if current is None else flow.position(current)
    start = len(steps) if at is None else at + 1
    for candidate in steps[start:]:
        if candidate.kind in (Kind.SUMMARY, Kind.EDIT):
            break
        if not applies(flow, candidate, answers, rules, channel):
            continue
        if skip_answered and candidate.key in answers:
            continue
        return candidate.id
    return flow.summary


def applicable(flow: Flow, answers: Answers, rules: IntakeRules) -> dict[str, Answer]:
    """The answers of the steps that apply now (a changed answer can void later ones)."""
    kept: dict[str, Answer] = {k: v for k, v in answers.items() if k in CONTEXT_KEYS}
    for s in flow.questions():
        if s.key not in answers:
            continue
        if not _holds(flow, s, kept, rules):
            continue
        kept[s.key] = answers[s.key]
    return kept


@dataclass(frozen=True)
class Walk:
    """Where the answers given so far lead, from the flow's start."""

    # The questions asked, in order: up to the first not yet answered, then those the
    # answers so far let follow it; an exit ends them.
    asked: tuple[Step, ...]
    # The first of them not yet answered (None: all are).
    next: Step | None
    # The screen that ends the flow before its summary (declined, under 18, not ready...).
    exit: Step | None
    # The answers end the flow with nothing said (back to the menu).
    left: bool = False


def walk(
    flow: Flow,
    answers: Mapping[str, Answer],
    rules: IntakeRules,
    channel: str,
    *,
    notices_read: bool = False,
) -> Walk:
    """The questions these answers lead to, and the exit they reach, if any.

    ``answers`` are kept values (a choice's id, a cleaned text, ``None`` for a skip).
    ``notices_read``: notices to confirm (the enquiry's introduction) count as confirmed.
    """
    screens = {s.id: s for s in flow.screens}
    kept: dict[str, Answer] = {}
    asked: list[Step] = []
    pending: Step | None = None
    for s in flow.steps:
        if s.kind in (Kind.SUMMARY, Kind.EDIT):
            break
        # Past the first unanswered question, the answers given so far say what may follow.
        if not applies(flow, s, kept if pending is None else answers, rules, channel):
            continue
        if pending is None and s.kind is Kind.SCREEN:
            return Walk(tuple(asked), None, s)
        if s.kind is not Kind.ASK or (notices_read and s.role is Role.NOTICE):
            continue
        asked.append(s)
        if pending is not None:
            continue  # after the first unanswered question: only what may follow it
        if s.key not in answers:
            pending = s
            continue
        value = answers[s.key]
        kept[s.key] = value
        choice = s.choice(value) if isinstance(value, str) else None
        if choice is not None and choice.goto == MENU:
            return Walk(tuple(asked), None, None, left=True)
        if choice is not None and choice.goto in screens:
            return Walk(tuple(asked), None, screens[choice.goto])
    return Walk(tuple(asked), pending, None)
