"""The shapes flows are made of: steps, choices, what typed input a step takes.

A flow is an ordered tuple of steps with stable string ids. The engine walks it
in order, skipping steps whose ``when`` does not hold, so a stored state keeps
its meaning when a step is added, and an edited answer that makes a later step
newly relevant (say, a phone number once "phone call" is chosen) is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialogues.rules import IntakeRules

Answer = str | list[str] | None
Answers = Mapping[str, Answer]
Condition = Callable[[Answers, "IntakeRules"], bool]
# Choices that come from the service's profile or the catalogs, not from the flow (areas,
# languages): a getter on the step, so the engine never asks which step it is at.
Provider = Callable[["IntakeRules"], tuple["Choice", ...]]

# Targets a choice can jump to that are not steps of the flow.
MENU = "@menu"  # leave the flow; nothing kept
SUMMARY = "@summary"
SUBMIT = "@submit"
NEXT = "@next"
GO_BACK = "@back"
WITHDRAW = "@withdraw"
LANGUAGES = "@languages"  # the list of languages, then back to where the person was
# A goto ``ASIDE + step id``: that screen's text is said, and the person stays where they are.
ASIDE = "@aside:"


def aside(step_id: str) -> str:
    """The goto that says ``step_id``'s text without leaving the current question."""
    return ASIDE + step_id


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


class Role(StrEnum):
    """What answering a step does besides keeping its answer."""

    CONSENT = "consent"  # the time it was given is kept with it (``consent_at``)
    LANGUAGE = "language"  # a choice switches the language of the chat
    # Said and confirmed before any question; a connector that says it in its own way (the
    # Rasa form's rule) takes it as read.
    NOTICE = "notice"


class Sign(StrEnum):
    """What picking a choice tells routing (``dialogues.routing``), whatever its question's key.

    So routing reads what an answer means, and a question renamed or moved routes the same.
    """

    UNDER_18 = "under-18"  # the person answering is under 18
    AT_RISK = "at-risk"  # they feel at risk of harm from the person who harmed them
    YOUNG_RESPONSIBLE = "young-responsible"  # the person responsible was under 18 at the time
    OUTSIDE_AREA = "outside-area"  # it happened outside the service's areas
    AGREES = "agrees"  # "yes" to passing their details on, at a pass-on question (``onward``)


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
    # What picking it tells routing (under 18, at risk...); None: nothing.
    sign: Sign | None = None

    @property
    def aside(self) -> str | None:
        """The step whose text this choice says without moving on, if it is an aside."""
        return self.goto.removeprefix(ASIDE) if self.goto.startswith(ASIDE) else None


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
    # What the answer means to the service:
    # - how the desk labels it for staff (a desk msgid, shown in the staff member's language);
    #   every question of a referral flow has one (a test checks);
    staff_label: str | None = None
    # - the field of the referral it fills (``ReferralDraft``); None: it stays in ``details``
    #   only (every answer is kept there too);
    fills: str | None = None
    # - choices from the profile or the catalogs, before the step's own (areas, languages);
    choices_from: Provider | None = None
    # - what it does besides keeping the answer (records consent, switches language);
    role: Role | None = None
    # - a pass-on question: the route (``dialogues.rules``) it asks consent for; it is asked
    #   only when routing says the answers before it lead there (``dialogues.walk``);
    onward: str | None = None
    # - text said after the prompt, filled from the profile (the privacy notice's details).
    more: str | None = None

    # Worked out once per step (a frozen step never changes): routing and the walk ask
    # them for every question on every update, 30-40 times a step.
    @cached_property
    def key(self) -> str:
        """The answer's name: the step id without its flow prefix."""
        return self.id.split(".", 1)[-1]

    def choice(self, choice_id: str) -> Choice | None:
        return self._choice_by_id.get(choice_id)

    @cached_property
    def _choice_by_id(self) -> dict[str, Choice]:
        found: dict[str, Choice] = {}
        for c in self.choices:
            found.setdefault(c.id, c)  # the first of an id, as a search in order finds
        return found


@dataclass(frozen=True)
class Flow:
    id: str
    steps: tuple[Step, ...]
    # Screens reached only by a choice's goto (exits, side pages).
    screens: tuple[Step, ...] = ()
    # A referral flow ends in a summary and a submission.
    referral_kind: str | None = None
    # The command that opens it (``/refer``), at its first step.
    command: str | None = None
    # How urgent its referrals are, from the flow's answers (None: standard).
    priority: Callable[[Flow, Answers], str] | None = None

    def index(self) -> Mapping[str, Step]:
        return {s.id: s for s in (*self.steps, *self.screens)}

    @property
    def start(self) -> str:
        return self.steps[0].id

    @property
    def summary(self) -> str:
        """The id of its summary (a referral flow's last question leads there)."""
        return f"{self.id}.summary"

    def questions(self) -> Iterator[Step]:
        """The steps whose answers are kept, in the order they are asked."""
        return iter(self._questions)

    def position(self, step: Step) -> int | None:
        """Where ``step`` stands in :attr:`steps` (None: not one of them, say a screen)."""
        at = self._positions.get(step.id)
        return at if at is not None and self.steps[at] == step else None

    # Worked out once per flow (a frozen flow never changes), not on every update.
    @cached_property
    def _questions(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.kind is Kind.ASK)

    @cached_property
    def _questions_by_key(self) -> dict[str, tuple[Step, ...]]:
        found: dict[str, tuple[Step, ...]] = {}
        for s in self._questions:
            found[s.key] = (*found.get(s.key, ()), s)
        return found

    @cached_property
    def _positions(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for at, s in enumerate(self.steps):
            found.setdefault(s.id, at)
        return found

    @property
    def consent(self) -> Step | None:
        """The question whose "yes" is the consent the flow's answers are kept under."""
        return next((s for s in self.questions() if s.role is Role.CONSENT), None)

    def filled(self, answers: Answers) -> dict[str, Answer]:
        """The referral's fields these answers fill, by the field each step names (``fills``)."""
        return {s.fills: answers[s.key] for s in self.questions() if s.fills and s.key in answers}

    def filling(self, field: str) -> Step | None:
        """The question whose answer fills the referral's (or the store's) ``field``."""
        return next((s for s in self.questions() if s.fills == field), None)

    def question(self, key: str) -> Step | None:
        """The question whose answer is ``key``."""
        found = self._questions_by_key.get(key)
        return found[0] if found else None

    def questions_of(self, key: str) -> tuple[Step, ...]:
        """Every question whose answer is ``key``, in order (a flow's own may ask one twice)."""
        return self._questions_by_key.get(key, ())

    def staff_labels(self) -> dict[str, str]:
        """Each answer's desk label by its key, in the order the flow asks them."""
        return {s.key: s.staff_label for s in self.questions() if s.staff_label}

    def with_step(self, new: Step, *, after: str) -> Flow:
        """A copy of this flow with ``new`` asked straight after the step ``after``."""
        ids = [s.id for s in self.steps]
        at = ids.index(after) + 1
        return replace(self, steps=(*self.steps[:at], new, *self.steps[at:]))


@dataclass(frozen=True)
class Flows:
    """Every flow the bot has, looked up by step id: what the engine and the channels read.

    The shipped set is ``dialogues.flows.SHIPPED``; a service (or a test) may run another.
    """

    flows: tuple[Flow, ...]
    steps: Mapping[str, Step] = field(init=False, repr=False, compare=False)
    flow_of: Mapping[str, Flow] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        steps = {sid: s for f in self.flows for sid, s in f.index().items()}
        flow_of = {sid: f for f in self.flows for sid in f.index()}
        object.__setattr__(self, "steps", steps)
        object.__setattr__(self, "flow_of", flow_of)

    def __getitem__(self, flow_id: str) -> Flow:
        for flow in self.flows:
            if flow.id == flow_id:
                return flow
        raise KeyError(flow_id)

    def by_command(self, name: str) -> Flow | None:
        return next((f for f in self.flows if f.command == name), None)

    def referral(self, kind: str) -> Flow:
        for flow in self.referral_flows():
            if flow.referral_kind == kind:
                return flow
        raise KeyError(kind)

    def referral_flows(self) -> tuple[Flow, ...]:
        return tuple(f for f in self.flows if f.referral_kind)

    def replacing(self, flow: Flow) -> Flows:
        """The same flows with ``flow`` in place of the one with its id."""
        return Flows(tuple(flow if f.id == flow.id else f for f in self.flows))
