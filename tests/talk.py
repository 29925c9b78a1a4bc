"""Drive the dialogue engine in tests the way a person would: press labels, type answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from dialogues.engine import Context, Outcome, step
from dialogues.events import Command, Event, Press, Reply, Start, SubmitReferral, Text
from dialogues.flows import OFFENDER, SHIPPED, VICTIM
from dialogues.model import NEXT, Answer, Flow, Flows, Input, Kind, Role, Step
from dialogues.rules import Area, Contact, IntakeRules
from dialogues.state import State

RULES = IntakeRules(
    service_name="Test RJ Service",
    areas=(Area("north", "Northtown"), Area("south", "Southville")),
    support=(
        Contact("Victim Support", "08 08 16 89 111", "free, 24 hours"),
        Contact("Childline", "0800 1111", young_people=True),
    ),
)
NOW = datetime(2025, 12, 19, 10, 30, tzinfo=UTC)
# The standard typed answer for each kind of input (valid on NOW's date).
TYPED: Mapping[Input, str] = {
    Input.TEXT: "Nothing more to say.",
    Input.NAME: "Sam",
    Input.PHONE: "07123 456789",
    Input.EMAIL: "sam@example.org",
    Input.WHEN: "05/2024",
    Input.DATE_AHEAD: "23/05/2027",
    Input.CRIME_REF: "43/12345/24",
}
# An answer given by step key: a button's label or its choice id (a list of them at a
# multi-choice question, pressed then Done), or words to type.
Given = str | Sequence[str]


class Talk:
    """One person's conversation with the engine, kept in memory."""

    def __init__(
        self,
        rules: IntakeRules = RULES,
        channel: str = "telegram",
        now: datetime = NOW,
        flows: Flows = SHIPPED,
    ) -> None:
        self.ctx = Context(rules=rules, now=now, channel=channel, flows=flows)
        self.state = State()
        self.replies: tuple[Reply, ...] = ()
        self.effects: list[SubmitReferral] = []
        # Every event sent, in order: a script other channels can replay.
        self.sent: list[Event] = []
        # What the person did, in order: ("press", label), ("text", words or /command).
        self.did: list[tuple[str, str]] = []
        # What the bot said back to each of ``did``, in the same order.
        self.heard: list[tuple[Reply, ...]] = []

    def send(self, event: Event) -> tuple[Reply, ...]:
        self.sent.append(event)
        outcome: Outcome = step(self.state, event, self.ctx)
        self.state = outcome.state
        self.replies = outcome.replies
        self.effects.extend(outcome.effects)
        return outcome.replies

    def start(self, payload: str | None = None) -> tuple[Reply, ...]:
        return self.send(Start(payload))

    def command(self, name: str) -> tuple[Reply, ...]:
        self.did.append(("text", f"/{name}"))
        return self._heard(self.send(Command(name)))

    def type(self, text: str) -> tuple[Reply, ...]:
        self.did.append(("text", text))
        return self._heard(self.send(Text(text)))

    def _heard(self, replies: tuple[Reply, ...]) -> tuple[Reply, ...]:
        self.heard.append(replies)
        return replies

    def labels(self) -> list[str]:
        return [b.label for r in self.replies for row in r.buttons for b in row]

    def press(self, label: str) -> tuple[Reply, ...]:
        """Press the button with ``label`` in the latest replies.

        A test that set ``state`` directly has no replies yet: then the current
        question is shown first (as /help would), the way a person would see it.
        """
        if not self.replies:
            self.command("help")
        for reply in reversed(self.replies):
            for row in reply.buttons:
                for button in row:
                    if button.label == label:
                        self.did.append(("press", label))
                        return self._heard(self.send(Press(button.data)))
        raise AssertionError(f"no button {label!r}; have {self.labels()}")

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.replies)

    def open(self, flow: Flow) -> tuple[Reply, ...]:
        """Start the flow by its command, as a person would."""
        assert flow.command, f"{flow.id} has no command"
        return self.command(flow.command)

    def answer(self, until: str | None = None, **given: Given) -> Talk:
        """Answer every question of the flow the talk is in, up to its summary.

        Each question gets the answer ``given`` by its key, else the standard one
        (:func:`standard`); ``until``: stop when the question with that key is asked.
        Stops wherever the flow leaves its questions (an exit, the summary).
        """
        flow = self.ctx.flows.flow_of[self.state.step]
        for _ in range(4 * len(flow.steps)):
            current = self.ctx.flows.steps[self.state.step]
            if current.kind is not Kind.ASK or current.key == until:
                return self
            if self.ctx.flows.flow_of[current.id] is not flow:
                return self
            if not self.replies:
                self.command("help")
            value = given.get(current.key)
            if value is None:
                value = standard(current, self.labels_of(current))
            ids = dict(self.labels_of(current))
            if current.multi and isinstance(value, str) and (value in ids.values() or value in ids):
                value = [value]  # one button to tick, then Done
            if isinstance(value, str):
                if value in self.labels() or value in ids:
                    self.press(ids.get(value, value))
                else:
                    self.type(value)
            else:
                for label in value:
                    self.press(ids.get(label, label))
                if current.id == self.state.step:
                    self.press("Done")
        raise AssertionError(f"{flow.id} did not reach its end; at {self.state.step}")

    def labels_of(self, current: Step) -> list[tuple[str, str]]:
        """(choice id, label) of the latest buttons of ``current``."""
        found = []
        for reply in self.replies:
            for row in reply.buttons:
                for button in row:
                    sid, _, choice = button.data.partition("|")
                    if sid == current.id:
                        found.append((choice, button.label))
        return found

    def with_rules(self, **changes: object) -> Talk:
        self.ctx = replace(self.ctx, rules=replace(self.ctx.rules, **changes))  # type: ignore[arg-type]
        return self


def standard(question: Step, buttons: Sequence[tuple[str, str]]) -> Given:
    """The standard answer at ``question``, given its buttons as (choice id, label).

    Skip where it may be skipped; at a multi-choice question the choice that stands alone
    ("None of these") or else the first; at a choice question the first choice that goes
    on with the flow; otherwise the standard typed answer for its kind of input.
    """

    def goes_on(choice_id: str) -> bool:
        choice = question.choice(choice_id)
        return choice is None or choice.goto == NEXT

    labels = [(c, label) for c, label in buttons if c not in ("skip", "done")]
    if question.optional:
        return "Skip"
    if question.multi:
        alone = [label for c, label in labels if (ch := question.choice(c)) and ch.exclusive]
        return alone[:1] or [labels[0][1]]
    onward = [label for c, label in labels if goes_on(c)]
    if onward:
        return onward[0]
    assert question.text is not None, f"{question.id}: no answer that goes on"
    return TYPED[question.text]


def to_summary(talk: Talk, flow: Flow, **given: Given) -> Talk:
    """From the start, through ``flow`` with the standard answers (or those given)."""
    talk.start()
    talk.open(flow)
    return talk.answer(**given)


def walked(
    flow: Flow,
    rules: IntakeRules = RULES,
    channel: str = "telegram",
    *,
    send: bool = True,
    flows: Flows = SHIPPED,
    **given: Given,
) -> Talk:
    """The whole ``flow`` answered as :meth:`Talk.answer` does, from its command to pressing
    Send (``send``): its events (``sent``) for any channel to replay, and what the person
    did (``did``). Answers that end the flow early (a "no") end it there."""
    talk = Talk(rules, channel, flows=flows)
    talk.open(flow)
    talk.answer(**given)
    if send and talk.state.step == flow.summary:
        talk.press("Send my referral")
    return talk


def slots(
    flow: Flow, rules: IntakeRules = RULES, *, flows: Flows = SHIPPED, **given: Given
) -> dict[str, Answer]:
    """The answers a walk of ``flow`` keeps, by key (``None``: skipped), as a connector that
    holds them itself (the Rasa forms) would have them."""
    talk = Talk(rules, "rasa", flows=flows)
    talk.open(flow)
    talk.answer(**given)
    kept = talk.state.answers
    return {
        s.key: kept[s.key] for s in flow.questions() if s.key in kept and s.role is not Role.NOTICE
    }


# The shortest honest self-referral: no police report, nobody known, no onward route.
VICTIM_ANSWERS: Mapping[str, Given] = {
    "crime": "Burglary",
    "times": "Evenings",
    "message": "Yes, but don't name the service",
    "when": "1 to 12 months ago",
    "police": "No",
    "known": "No",
    "interpreter": "No",
    "risk": "No",
    "heard": "Friend or family",
}


def victim_to_summary(
    talk: Talk, *, crime: str = "Burglary", risk: str = "No", **given: Given
) -> Talk:
    """The shortest honest self-referral, up to the summary."""
    return to_summary(talk, VICTIM, **{**VICTIM_ANSWERS, "crime": crime, "risk": risk, **given})


# An enquiry through a probation officer.
OFFENDER_ANSWERS: Mapping[str, Given] = {
    "name": "Jo",
    "contact": ["Through my probation officer or prison staff"],
    "worker": "Pat Smith, Northtown probation office",
    "stage": "On probation or licence",
    "crime": "Burglary",
    "interpreter": "No",
}


def offender_to_summary(talk: Talk, **given: Given) -> Talk:
    """An enquiry by a person who caused harm, up to the summary."""
    return to_summary(talk, OFFENDER, **{**OFFENDER_ANSWERS, **given})
