"""Anything a person can type or press: the engine answers and never breaks."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogues.engine import step
from dialogues.events import Command, Event, Press, Start, Text
from dialogues.flows import STEPS
from dialogues.i18n import translator
from dialogues.model import Kind
from dialogues.state import State
from tests.talk import Talk

ASK_STEPS = sorted(s.id for s in STEPS.values() if s.kind is Kind.ASK)
nasty_text = st.one_of(
    st.text(max_size=50),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=900, max_size=5000),
    st.sampled_from(
        [
            "",
            " ",
            "\x00\x01\x1b[31m",
            "\u202eevil\u202c",
            "\u200f\u200e",
            "🙂" * 300,
            "'; DROP TABLE referrals; --",
            "{name}",
            "{0}",
            "%s",
            "\n\n\n",
            "1" * 64,
        ]
    ),
)
any_event: st.SearchStrategy[Event] = st.one_of(
    st.builds(Text, nasty_text),
    st.builds(
        Press,
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [f"{sid}|{c.id}" for sid, s in STEPS.items() for c in s.choices] + ["nav:back"]
            ),
        ),
    ),
    st.builds(
        Command,
        st.sampled_from(
            ["help", "cancel", "back", "menu", "refer", "enquire", "privacy", "nonsense"]
        ),
    ),
    st.builds(Start, st.one_of(st.none(), st.text(max_size=70))),
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.sampled_from(ASK_STEPS), nasty_text)
def test_typed_text_at_any_question_is_answered_or_reasked(step_id: str, text: str) -> None:
    talk = Talk()
    state = State(step=step_id, answers={"consent": "agree", "contact": ["phone"]})
    outcome = step(state, Text(text), talk.ctx)
    assert outcome.replies, "a person always hears something back"
    assert all(0 < len(r.text) <= 4096 for r in outcome.replies)
    if outcome.state.step == step_id:
        prompt = translator("en").gettext(STEPS[step_id].prompt).split("{")[0][:40]
        assert prompt in outcome.replies[-1].text, "a re-ask repeats the question"
        assert outcome.state.answers.get(STEPS[step_id].key) == state.answers.get(
            STEPS[step_id].key
        ), "a refused answer is not kept"


@FUZZ
@given(st.lists(any_event, max_size=25))
def test_any_sequence_of_events_never_breaks(events: list[Event]) -> None:
    talk = Talk()
    for event in events:
        talk.send(event)
        assert talk.state.step in STEPS
        assert all(len(r.text) <= 4096 for r in talk.replies)
        for reply in talk.replies:
            for row in reply.buttons:
                assert all(len(b.data.encode()) <= 64 for b in row)
    assert State.from_json(talk.state.to_json()) == talk.state
