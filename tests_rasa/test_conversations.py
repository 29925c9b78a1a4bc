"""Whole conversations through real Rasa (REST channel) and `rjbot actions`.

Each person presses the buttons Rasa sends (their payloads go to Rasa as they would from
a web chat) or types, and what they see is checked as they would notice it: the
language of every question, no Telegram instruction, no loop, a reply to every message;
then what the store kept is checked against what a Telegram chat with the same answers
keeps.
"""

from __future__ import annotations

import asyncio
import itertools
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.config import keyring
from bot.conversation import Conversations
from bot.profile import load_profile
from bot.rasa.actions import COMMAND_WORDS, FORMS, form_slots, neutral
from dialogues import content
from dialogues.engine import STOPPED
from dialogues.events import Command, Event, Press, Text
from dialogues.flows import STEPS
from dialogues.i18n import translator
from dialogues.model import Flow, Input
from referral_store import Store
from referral_store.transfer import export_rows
from tests_rasa.conftest import Chat, Servers

LANGUAGES = ("en", "cy", "ar", "pl", "ur")
TELEGRAM_WORDS = ("/cancel", "/withdraw", "/start", "/help", "/back", "/privacy")
_senders = itertools.count()
# Answers that reach the end of each form (an exit such as "no consent" is tested apart).
CHOSEN = {
    "consent": "agree",
    "responsibility": "yes",
    "age": "yes",
    "times": "evening",
    "message": "none",
    "crime": "burglary",
    "markers": "none",
    "when": "month",
    "police": "yes",
    "known": "no",
    "area": "ne",
    "language": "en",
    "interpreter": "no",
    "risk": "no",
    "stage": "investigating",
    "contact": "phone",
    "admitted": "yes",
    "lives": "unsaid",
    "other_lives": "unknown",
}
TYPED = {
    Input.NAME: "Sam Rasa",
    Input.PHONE: "07123 456789",
    Input.EMAIL: "sam@example.org",
}
# Crisis words, in each language, that the detector knows (dialogues/safety.py).
CRISIS = {
    "en": "he is outside my house with a knife",
    "cy": "dydw i ddim yn ddiogel",
    "ar": "أنا لست بأمان",
    "pl": "nie jestem bezpieczna",
    "ur": "میں محفوظ نہیں ہوں",
}


def new_chat(servers: Servers) -> Chat:
    return Chat(servers, f"person-{next(_senders)}")


def set_language(chat: Chat, language: str) -> None:
    if language == "en":
        return
    chat.say(f'/set_language{{"language_code": "{language}"}}')
    assert chat.tracker()["slots"]["language_code"] == language


def requested(chat: Chat) -> tuple[str | None, str | None]:
    tracker = chat.tracker()
    return tracker["active_loop"].get("name"), tracker["slots"].get("requested_slot")


def assert_channel_neutral(chat: Chat) -> None:
    for message in chat.last:
        text = str(message.get("text") or "")
        assert not any(word in text for word in TELEGRAM_WORDS), text


def answer(chat: Chat, flow: Flow, slot: str, *, skip: bool = True) -> list[Event]:
    """Answers the question as a person would, by button or typing; returns the same
    answer as Telegram events."""
    question = STEPS[f"{flow.id}.{slot}"]
    if question.optional and skip:
        chat.say("/skip")
        return [Press(f"{question.id}|skip")]
    if question.multi:
        chosen = CHOSEN.get(slot, question.choices[0].id)
        chat.choose(chosen)
        if chosen in {c.id for c in question.choices if c.exclusive}:
            return [Press(f"{question.id}|{chosen}")]
        chat.choose("done")
        return [Press(f"{question.id}|{chosen}"), Press(f"{question.id}|done")]
    # Choices from the service profile (the areas) are offered by the engine beside the step's.
    provided = question.choices_from(load_profile().rules()) if question.choices_from else ()
    offered = {c.id for c in (*provided, *question.choices)}
    if CHOSEN.get(slot) in offered:
        chat.choose(CHOSEN[slot])
        return [Press(f"{question.id}|{CHOSEN[slot]}")]
    if question.text in TYPED:
        chat.say(TYPED[question.text])
        return [Text(TYPED[question.text])]
    if question.text is not None:
        chat.say("Alex at the probation office")
        return [Text("Alex at the probation office")]
    chat.choose(question.choices[0].id)
    return [Press(f"{question.id}|{question.choices[0].id}")]


def _first_words(prompt: str, language: str) -> str:
    """The start of a question as shown in ``language`` (before any filled-in name)."""
    t = translator(language)
    return neutral(t.gettext(prompt), t).split("\n")[0].split("{")[0].strip()


def walk(chat: Chat, form: str, language: str) -> tuple[list[Event], list[str]]:
    """Answers every question of ``form`` until it ends; returns the Telegram events and
    the questions asked, checking each is in ``language`` and asked once."""
    flow = FORMS[form]
    events: list[Event] = []
    asked: list[str] = []
    for _ in range(60):
        active, slot = requested(chat)
        if active != form or slot is None:
            return events, asked
        assert slot not in asked, f"{slot} asked twice: a loop"
        asked.append(slot)
        question = STEPS[f"{flow.id}.{slot}"]
        shown = chat.text()
        if language != "en":
            assert _first_words(question.prompt, "en") not in shown, f"{slot} asked in English"
        assert _first_words(question.prompt, language) in shown, slot
        assert_channel_neutral(chat)
        events.extend(answer(chat, flow, slot))
        assert chat.last, f"no reply after answering {slot}"
    raise AssertionError(f"{form} never ended")


async def _referrals(servers: Servers) -> list[dict[str, Any]]:
    keys = keyring(servers.db, servers.env)
    async with await Store.open(servers.db, keyring=keys) as store:
        return [r async for t, r in export_rows(store) if t == "referrals"]


async def _consents(servers: Servers) -> list[dict[str, Any]]:
    keys = keyring(servers.db, servers.env)
    async with await Store.open(servers.db, keyring=keys) as store:
        return [r async for t, r in export_rows(store) if t == "consents"]


def referral_of(servers: Servers, reference: str) -> dict[str, Any] | None:
    found = [r for r in asyncio.run(_referrals(servers)) if r["reference"] == reference]
    return found[0] if found else None


def references(servers: Servers) -> set[str]:
    return {r["reference"] for r in asyncio.run(_referrals(servers))}


def telegram_referral(events: list[Event], start: Event, tmp: Path) -> dict[str, Any]:
    async def run() -> dict[str, Any]:
        profile = load_profile()
        async with await Store.open(tmp / "telegram.sqlite3", profile.deadlines) as store:
            talk = Conversations(store, profile, "telegram", clock=lambda: datetime.now(UTC))
            for event in [start, *events]:
                await talk.handle("tg:1", event)
            [row] = [r async for t, r in export_rows(store) if t == "referrals"]
            return row

    return asyncio.run(run())


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_victim_refers_themselves_in_their_language(
    servers: Servers, language: str, tmp_path: Path
) -> None:
    chat = new_chat(servers)
    set_language(chat, language)
    t = translator(language)
    chat.say("/refer_myself")
    assert chat.text().startswith(neutral(t.gettext(content.VICTIM_CONSENT), t).split("\n")[0])
    events, asked = walk(chat, "self_referral_form", language)
    assert "crimeref" in asked and "heard" in asked, "optional questions asked, then skipped"
    found = re.search(r"RJ-[A-Z0-9-]+", chat.text())
    assert found, chat.text()
    reference = found.group(0)
    kept = referral_of(servers, reference)
    assert kept is not None and kept["channel"] == "rasa" and kept["kind"] == "victim"
    [consent] = [c for c in asyncio.run(_consents(servers)) if c["reference"] == reference]
    assert consent["language"] == language and consent["text_version"] == content.CONSENT_VERSION
    # Then the monitoring questions, separately: saying no keeps nothing more.
    assert requested(chat)[0] == "monitoring_form"
    chat.choose("no")
    assert chat.last and requested(chat)[0] is None
    if language == "en":
        same = telegram_referral([*events, Press("v.summary|send")], Command("refer"), tmp_path)
        differ = {"reference", "channel", "received_at", "due_at", "chat"}
        assert {k: v for k, v in kept.items() if k not in differ} == {
            k: v for k, v in same.items() if k not in differ
        }


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_person_who_caused_harm_enquires_in_their_language(
    servers: Servers, language: str
) -> None:
    chat = new_chat(servers)
    set_language(chat, language)
    t = translator(language)
    chat.say("/enquire_offender")
    intro = neutral(t.gettext(content.OFFENDER_INTRO), t).split("\n")[0]
    assert intro in chat.text(), "the introduction, in the person's language"
    before = references(servers)
    walk(chat, "offender_enquiry_form", language)
    found = re.search(r"RJ-[A-Z0-9-]+", chat.text())
    assert found and found.group(0) not in before
    kept = referral_of(servers, found.group(0))
    assert kept is not None and kept["kind"] == "offender"


@pytest.mark.parametrize(
    ("form", "every"), [("self_referral_form", 1), ("offender_enquiry_form", 3)]
)
def test_stop_at_every_question_stores_nothing(servers: Servers, form: str, every: int) -> None:
    """Every question of the self-referral; every third of the enquiry (its questions are
    mostly the same ones, and each stop means answering all before it again)."""
    flow = FORMS[form]
    start = "/refer_myself" if flow.id == "v" else "/enquire_offender"
    stopped_at = []
    for depth in itertools.count(0, every):
        chat = new_chat(servers)
        chat.say(start)
        for _ in range(depth):
            _, slot = requested(chat)
            assert slot is not None
            answer(chat, flow, slot)
        active, slot = requested(chat)
        if active != form:
            break
        before = references(servers)
        chat.say("stop")
        assert translator("en").gettext(STOPPED) in chat.text(), slot
        assert requested(chat) == (None, None)
        assert references(servers) == before, f"stop at {slot} kept a referral"
        slots = chat.tracker()["slots"]
        assert all(slots.get(s) is None for s in form_slots(flow)), f"answers kept at {slot}"
        stopped_at.append(slot)
    assert len(stopped_at) >= 15 // every, stopped_at


def test_the_word_the_consent_gives_for_stopping_stops_in_every_language(
    servers: Servers,
) -> None:
    for language in LANGUAGES:
        chat = new_chat(servers)
        set_language(chat, language)
        t = translator(language)
        chat.say("/refer_myself")
        chat.choose("agree")
        word = t.gettext(COMMAND_WORDS["/cancel"])
        assert requested(chat)[0] == "self_referral_form"
        chat.say(word)
        assert t.gettext(STOPPED) in chat.text(), (language, word)
        assert requested(chat) == (None, None)


def test_skip_and_help_inside_a_form(servers: Servers) -> None:
    chat = new_chat(servers)
    chat.say("/refer_myself")
    chat.choose("agree")
    _, slot = requested(chat)
    chat.say("help")
    t = translator("en")
    assert neutral(t.gettext(content.HELP), t).split("\n")[0] in chat.text()
    assert t.gettext(STEPS[f"v.{slot}"].prompt) in chat.text(), "then the question again"
    assert requested(chat)[1] == slot
    while requested(chat)[1] != "name":
        answer(chat, FORMS["self_referral_form"], str(requested(chat)[1]))
    chat.say("skip")
    assert requested(chat)[1] == "name", "a question that needs an answer is not skipped"
    assert chat.last
    chat.say("Sam Rasa")
    assert requested(chat)[1] == "contact"
    chat.say("phone, email")
    assert requested(chat)[1] == "phone", "a typed multiple answer"


@pytest.mark.parametrize("language", LANGUAGES)
def test_crisis_words_outside_and_inside_a_form_get_the_helplines(
    servers: Servers, language: str
) -> None:
    helplines = [c.phone for c in load_profile().rules().support if not c.young_people]
    chat = new_chat(servers)
    set_language(chat, language)
    chat.say(CRISIS[language])
    assert "999" in chat.text() and all(p in chat.text() for p in helplines)
    assert requested(chat) == (None, None), "nothing started"
    chat.say("I want to kill myself")
    assert "999" in chat.text() and requested(chat) == (None, None)
    chat.say("/refer_myself")
    chat.choose("agree")
    while requested(chat)[1] != "name":
        answer(chat, FORMS["self_referral_form"], str(requested(chat)[1]))
    chat.say(CRISIS[language])
    assert "999" in chat.text()
    t = translator(language)
    assert t.gettext(STEPS["v.name"].prompt) in chat.text(), "then the question again"
    assert requested(chat) == ("self_referral_form", "name")
    assert chat.tracker()["slots"]["name"] is None, "crisis words are never an answer"


def test_declining_consent_says_so_once_and_keeps_nothing(servers: Servers) -> None:
    before = references(servers)
    chat = new_chat(servers)
    chat.say("/refer_myself")
    chat.choose("no")
    said = chat.text()
    assert said.count("Nothing has been saved") == 1
    assert requested(chat) == (None, None) and references(servers) == before
    assert_channel_neutral(chat)


def test_withdrawing_then_saying_yes_gets_a_reply(servers: Servers) -> None:
    chat = new_chat(servers)
    chat.say("/refer_myself")
    walk(chat, "self_referral_form", "en")
    found = re.search(r"RJ-[A-Z0-9-]+", chat.text())
    assert found
    chat.say("please delete my details")
    assert "Do you want to go ahead?" in chat.text(), "asked first, even in a form"
    assert requested(chat) == (None, None)
    kept = referral_of(servers, found.group(0))
    assert kept is not None and kept["status"] != "withdrawn", "nothing erased yet"
    chat.say("yes")
    assert "deleted the details" in chat.text()
    gone = referral_of(servers, found.group(0))
    assert gone is not None and gone["status"] == "withdrawn"
    assert "Sam Rasa" not in str(gone) and "07123" not in str(gone), "erased"
    chat.say("yes")
    assert "/refer_myself" in chat.payloads(), "a yes after withdrawal is answered"


@pytest.mark.parametrize(
    ("said", "expected"),
    [("Cymraeg please", "cy"), ("Polski", "pl"), ("اردو", "ur"), ("Klingon please", None)],
)
def test_a_language_by_name(servers: Servers, said: str, expected: str | None) -> None:
    chat = new_chat(servers)
    chat.say(said)
    assert chat.last, "always a reply"
    language = chat.tracker()["slots"]["language_code"]
    if expected is None:
        assert language in (None, "en")
        assert '/set_language{"language_code": "cy"}' in chat.payloads()
    else:
        assert language == expected and chat.text().startswith("✓")


def test_words_it_does_not_understand_get_the_menu(servers: Servers) -> None:
    chat = new_chat(servers)
    chat.say("qwxz vbnm plok")
    assert chat.last and "/refer_myself" in chat.payloads()


def test_the_action_server_refuses_rasa_without_the_token(servers: Servers) -> None:
    import json
    import urllib.error
    import urllib.request

    body = json.dumps({"next_action": "action_greet", "tracker": {"sender_id": "x"}}).encode()
    request = urllib.request.Request(
        f"{servers.actions_url}/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    refused.value.close()
    assert refused.value.code == 401
