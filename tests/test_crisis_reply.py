"""What a person in danger is told, in their language, on every channel; and what staff see.

The crisis reply comes first, in one message: 999 and how to call without speaking, the
profile's helplines with their notes translated, Childline for under-18s; in right-to-left
languages every number is isolated so it cannot show reversed. Then the question they were
on is asked again, and what they typed is not kept. A referral from that chat is marked
"crisis words written" with the time, never the words.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from benchmarks.crisis import examples
from bot.conversation import Conversations
from bot.profile import load_profile
from bot.staff.views import referral_text
from dialogues import content, helplines
from dialogues.crisis import detect
from dialogues.events import CrisisWords, Text
from dialogues.flows import STEPS
from dialogues.i18n import available_languages, translator
from dialogues.state import State
from referral_store import Store
from tests.conftest import Backend
from tests.talk import NOW, Talk, victim_to_summary
from tests.telegram_fake import FakeTelegram, Person, bot_application, running
from tests.test_profiles import self_referral
from tests.test_rasa import body, post, server, texts
from tests.test_rasa import pytestmark as rasa_marks
from tests.test_terminal import rjbot

__all__ = ["server"]  # the action server, a fixture of test_rasa
RASA_WARNINGS = rasa_marks.args  # the same version notices test_rasa accepts

PROFILE = load_profile()
RULES = PROFILE.rules()
LANGUAGES = available_languages()
RTL = {"ar", "ur"}
NUMBERS = [c.phone for c in RULES.support]


POSITIVES = [e for e in examples() if e.crisis]


def first_crisis_phrase(language: str) -> str:
    # English is read in every language, for a corpus not yet written.
    return next((e.phrase for e in POSITIVES if e.language == language), "i want to die")


def crisis_text(replies: tuple[Any, ...] | list[str]) -> str:
    texts_ = [r if isinstance(r, str) else r.text for r in replies]
    return next(t for t in texts_ if "999" in t)


def at_name(language: str) -> Talk:
    talk = Talk(rules=RULES)
    talk.state = State(step="v.name", answers={"consent": "agree"}, language=language)
    return talk


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reply_is_in_the_persons_language_with_every_number(language: str) -> None:
    talk = at_name(language)
    talk.type(first_crisis_phrase(language))
    reply = talk.replies[0].text
    for phone in NUMBERS:
        assert phone in reply, phone
    assert "Childline" in reply, "a person in danger may be under 18"
    assert "55" in reply, "how to call 999 without speaking"
    english = helplines.line(RULES.support[-1], translator("en"))
    if language != "en":
        assert reply.splitlines()[0] != content.CRISIS.splitlines()[0]
        assert english not in reply
    numbers = re.findall(r"\d[\d ]*\d|\d", reply)
    for number in numbers:
        isolated = f"\u2066{number}\u2069" in reply
        assert isolated == (language in RTL), (language, number)
    assert talk.state.step == "v.name" and "name" not in talk.state.answers
    assert talk.replies[-1].text != reply, "then the question is asked again"


@pytest.mark.parametrize("language", sorted({e.language for e in POSITIVES}))
def test_every_crisis_phrase_in_the_corpus_gets_999_in_its_language(language: str) -> None:
    first_line = translator(language).gettext(content.CRISIS).splitlines()[0]
    first_line = helplines.isolate_numbers(first_line, language)
    for example in POSITIVES:
        if example.language == language:
            talk = at_name(language)
            talk.type(example.phrase)
            assert talk.replies[0].text.startswith(first_line), example.phrase


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_each_helpline_line_is_translated(language: str) -> None:
    t, en = translator(language), translator("en")
    for contact in RULES.support:
        assert helplines.line(contact, t) != helplines.line(contact, en), (language, contact)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_button_label_reads_as_a_crisis(language: str) -> None:
    """A typed answer is read before the step: a label typed out must choose, not alarm."""
    t = translator(language)
    alarms = [
        label
        for step in STEPS.values()
        for choice in step.choices
        if not choice.goto.startswith("@aside:crisis")
        and detect(label := t.gettext(choice.label), language) is not None
    ]
    assert not alarms, alarms


@pytest.mark.parametrize(
    ("state", "phrase"),
    [
        (State(step="v.name", answers={"consent": "agree"}), "i wanna die"),
        (State(step="o.intro"), "he has a knife and hes outside"),
        (State(step="menu"), "my son said he wants to kill himself"),
    ],
    ids=["name step", "button step", "main menu"],
)
def test_crisis_words_at_any_step_get_the_reply_and_are_not_kept(state: State, phrase: str) -> None:
    talk = Talk(rules=RULES)
    talk.state = state
    talk.type(phrase)
    assert talk.replies[0].text == crisis_text(talk.replies)
    assert talk.state.step == state.step and talk.state.answers == state.answers
    assert phrase not in talk.state.to_json()
    assert any(isinstance(e, CrisisWords) for e in talk.effects)


def test_a_free_text_answer_is_read_for_crisis_words_too() -> None:
    talk = victim_to_summary(Talk())
    talk.state = talk.state.at("v.access")
    before = dict(talk.state.answers)
    talk.type("im not safe he is outside my house")
    assert "999" in talk.replies[0].text and talk.state.step == "v.access"
    assert talk.state.answers == before and "outside" not in talk.state.to_json()


def test_an_ordinary_answer_is_not_an_alarm() -> None:
    talk = at_name("en")
    talk.type("Sam")
    assert talk.state.answers["name"] == "Sam" and not talk.effects


# --- the same reply through every channel ------------------------------------------


def engine_reply(phrase: str) -> str:
    talk = at_name("en")
    talk.type(phrase)
    reply = talk.replies[0].text
    assert "press 55" in reply and "Samaritans" in reply, "read as a crisis"
    return reply


async def test_telegram_gives_the_same_reply(tmp_path: Path) -> None:
    fake = FakeTelegram()
    app = bot_application(tmp_path / "rj.sqlite3", fake)
    async with running(app):
        person = Person(app, fake)
        await person.send("/start")
        await person.press("I was harmed: refer myself")
        await person.press("Yes, I agree")
        sent = await person.send("i wanna die")
    assert crisis_text([m["text"] for m in sent]) == engine_reply("i wanna die")


def test_the_terminal_gives_the_same_reply(tmp_path: Path) -> None:
    # Typed at the main menu: nothing there says "call 999 from a mobile" unless the words
    # were read as a crisis.
    done = rjbot(tmp_path / "rj.sqlite3", "chat", stdin="i wanna die\n/quit\n")
    assert done.returncode == 0, done.stderr
    assert engine_reply("i wanna die") in done.stdout


@pytest.mark.filterwarnings(*RASA_WARNINGS)
async def test_the_rasa_action_server_gives_the_same_reply(server: tuple[Any, Backend]) -> None:
    app, _ = server
    _, result = await post(
        app,
        body(
            "validate_self_referral_form",
            {"consent": "agree", "name": "i wanna die"},
            form="self_referral_form",
            requested="name",
        ),
    )
    # The form asks its question again itself, so "carry on below" is the engine's own.
    numbers_and_help = engine_reply("i wanna die").rsplit("\n\n", 1)[0]
    assert numbers_and_help in texts(result)


# --- staff see it on the case, before they call ---------------------------------------


@pytest.fixture
async def conversations(backend: Backend) -> AsyncIterator[tuple[Conversations, Store]]:
    async with await backend.open(PROFILE.deadlines) as store:
        yield Conversations(store, PROFILE, "terminal", clock=lambda: NOW), store


async def refer(talk: Conversations, key: str, *, crisis_first: bool = False) -> str:
    before = {item.reference for item in await talk.store.open_referrals()}
    events = self_referral("default")
    if crisis_first:
        events.insert(2, Text("i want to end it all"))  # just after consent, at the name
    for event in events:
        await talk.handle(key, event)
    (new,) = {item.reference for item in await talk.store.open_referrals()} - before
    return new


async def test_crisis_words_before_the_referral_mark_it(
    conversations: tuple[Conversations, Store],
) -> None:
    talk, store = conversations
    reference = await refer(talk, "chat-1", crisis_first=True)
    referral = await store.get_referral(reference)
    assert referral is not None and referral.crisis_at == NOW
    shown = referral_text(referral)
    assert shown.splitlines()[0].startswith("⚠ Crisis words written")
    assert "end it all" not in shown and "end it all" not in str(referral.details)


async def test_crisis_words_after_the_referral_mark_it_too(
    conversations: tuple[Conversations, Store],
) -> None:
    talk, store = conversations
    reference = await refer(talk, "chat-2")
    other = await refer(talk, "chat-3")
    before = await store.get_referral(reference)
    assert before is not None and before.crisis_at is None
    assert "Crisis words" not in referral_text(before)
    talk.clock = lambda: NOW + timedelta(hours=2)
    await talk.handle("chat-2", Text("he is outside my house with a knife"))
    after = await store.get_referral(reference)
    assert after is not None and after.crisis_at == NOW + timedelta(hours=2)
    untouched = await store.get_referral(other)
    assert untouched is not None and untouched.crisis_at is None, "only that chat's referral"
