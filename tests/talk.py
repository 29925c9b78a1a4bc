"""Drive the dialogue engine in tests the way a person would: press labels, type answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from dialogues.engine import Context, Outcome, step
from dialogues.events import Command, Event, Press, Reply, Start, SubmitReferral, Text
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


class Talk:
    """One person's conversation with the engine, kept in memory."""

    def __init__(
        self, rules: IntakeRules = RULES, channel: str = "telegram", now: datetime = NOW
    ) -> None:
        self.ctx = Context(rules=rules, now=now, channel=channel)
        self.state = State()
        self.replies: tuple[Reply, ...] = ()
        self.effects: list[SubmitReferral] = []

    def send(self, event: Event) -> tuple[Reply, ...]:
        outcome: Outcome = step(self.state, event, self.ctx)
        self.state = outcome.state
        self.replies = outcome.replies
        self.effects.extend(outcome.effects)
        return outcome.replies

    def start(self, payload: str | None = None) -> tuple[Reply, ...]:
        return self.send(Start(payload))

    def command(self, name: str) -> tuple[Reply, ...]:
        return self.send(Command(name))

    def type(self, text: str) -> tuple[Reply, ...]:
        return self.send(Text(text))

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
                        return self.send(Press(button.data))
        raise AssertionError(f"no button {label!r}; have {self.labels()}")

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.replies)

    def with_rules(self, **changes: object) -> Talk:
        self.ctx = replace(self.ctx, rules=replace(self.ctx.rules, **changes))  # type: ignore[arg-type]
        return self


def victim_to_summary(talk: Talk, *, crime: str = "Burglary", risk: str = "No") -> Talk:
    """The shortest honest self-referral, up to the summary."""
    talk.start()
    talk.press("I was harmed: refer myself")
    talk.press("Yes, I agree")
    talk.press("Yes")  # 18 or older
    talk.type("Sam")
    talk.press("Phone call")
    talk.press("Done")
    talk.type("07123 456789")
    talk.press("Evenings")
    talk.press("Yes, but don't name the service")
    talk.press(crime)
    talk.press("None of these")
    talk.press("1 to 12 months ago")
    talk.press("No")  # police
    talk.press("No")  # know who
    talk.press("Northtown")
    talk.press("Northtown")  # where they live
    talk.press("English")
    talk.press("No")  # interpreter
    talk.press("Skip")  # access
    talk.press(risk)
    talk.press("Friend or family")
    talk.press("Skip")  # in their own words
    talk.press("Skip")  # hopes
    return talk
