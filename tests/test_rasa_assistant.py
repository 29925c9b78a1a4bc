"""The Rasa assistant's own behaviour at the action server: questions in the person's
language, buttons that bypass NLU, skip, multi-choice by buttons, crisis on every
message, language by name, channel-neutral words, the token and idempotent submits.

Whole conversations through real Rasa are in tests_rasa/ (``make test-rasa``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.profile import load_profile
from bot.rasa.actions import (
    COMMAND_WORDS,
    FORMS,
    SKIPPED,
    build_app,
    find_language,
    form_slots,
    language_names,
    neutral,
    required,
)
from bot.rasa.domain import INTENTS, LABELS, data
from dialogues import content
from dialogues.flows import VICTIM
from dialogues.i18n import available_languages, translator
from referral_store.transfer import export_rows
from tests.conftest import Backend
from tests.test_rasa import DOMAIN, VICTIM_ANSWERS, body, post, set_slots, texts

pytestmark = pytest.mark.filterwarnings(
    "ignore:Your versions of rasa and rasa_sdk might not be compatible:UserWarning",
    "ignore:You are using an old version of rasa:UserWarning",
)
TELEGRAM_WORDS = ("/cancel", "/withdraw", "/start", "/help", "/back", "/privacy")


def said_by(request: dict[str, Any], text: str, intent: str, **entities: str) -> dict[str, Any]:
    """The request as Rasa sends it after the person sent ``text`` (NLU's reading of it)."""
    message = request["tracker"]["latest_message"]
    message["text"] = text
    message["intent"] = {"name": intent, "confidence": 1.0}
    message["entities"] = [{"entity": k, "value": v} for k, v in entities.items()]
    return request


@pytest.fixture
async def app(backend: Backend) -> Any:
    return build_app(load_profile(), backend.db, backend.keyring)


async def test_each_question_is_asked_in_the_persons_language_with_payload_buttons(
    app: Any,
) -> None:
    request = body("action_ask_self_referral_form_consent", {"language_code": "cy"})
    status, result = await post(app, request)
    assert status == 200
    [asked] = result["responses"]
    welsh = translator("cy")
    assert asked["text"] == neutral(welsh.gettext(content.VICTIM_CONSENT), welsh)
    assert asked["text"].startswith("Cyn i ni ddechrau")
    assert not any(word in asked["text"] for word in TELEGRAM_WORDS)
    payloads = [b["payload"] for b in asked["buttons"]]
    assert '/choose{"choice": "agree"}' in payloads and '/choose{"choice": "no"}' in payloads
    assert welsh.gettext("Yes, I agree") in [b["title"] for b in asked["buttons"]]
    _, crimeref = await post(
        app, body("action_ask_self_referral_form_crimeref", {"language_code": "pl"})
    )
    assert "/skip" in [b["payload"] for b in crimeref["responses"][0]["buttons"]]


@pytest.mark.parametrize("language", available_languages())
def test_nothing_rasa_says_names_a_telegram_command(language: str) -> None:
    t = translator(language)
    for text in (
        content.VICTIM_CONSENT,
        content.OFFENDER_CONSENT,
        content.CONSENT_DECLINED,
        content.HELP,
        content.WELCOME,
        content.CRISIS,
    ):
        shown = neutral(t.gettext(text), t)
        assert not any(word in shown for word in TELEGRAM_WORDS), (language, shown)
    consent = neutral(t.gettext(content.VICTIM_CONSENT), t)
    assert f"“{t.gettext(COMMAND_WORDS['/cancel'])}”" in consent, "how to stop is still said"


def test_every_word_that_replaces_a_command_is_understood_in_every_language() -> None:
    """The NLU examples hold each replacing word in every shipped language, for its intent."""
    examples = {e["intent"]: e["examples"] for e in data()["nlu"]}
    meant = {"/cancel": "stop", "/withdraw": "withdraw", "/start": "greet", "/help": "help"}
    for language in available_languages():
        t = translator(language)
        for command, word in COMMAND_WORDS.items():
            assert f"- {t.gettext(word)}\n" in examples[meant[command]], (language, command)
    assert set(LABELS) <= set(INTENTS)


def test_a_crisis_rule_covers_every_intent() -> None:
    covered = {r["steps"][0]["intent"] for r in data()["rules"]}
    assert covered == {*INTENTS, "nlu_fallback"}


async def test_a_skipped_optional_question_moves_on_and_counts_as_not_given(app: Any) -> None:
    answers = {**VICTIM_ANSWERS, "police": "yes"}
    answers.pop("crimeref", None)
    request = said_by(
        body("validate_self_referral_form", {**answers, "crimeref": SKIPPED}, requested="crimeref"),
        "/skip",
        "skip",
    )
    request["tracker"]["active_loop"] = {"name": "self_referral_form"}
    _, result = await post(app, request)
    slots = set_slots(result)
    assert slots["crimeref"] == SKIPPED
    assert slots["requested_slot"] != "crimeref", "the form moves on"
    kept = {k: (None if v == SKIPPED else v) for k, v in {**answers, "crimeref": SKIPPED}.items()}
    assert "crimeref" in required(VICTIM, kept, load_profile().rules())


async def test_skip_at_a_question_that_needs_an_answer_asks_again_and_says_why(app: Any) -> None:
    request = said_by(
        body(
            "validate_self_referral_form",
            {"consent": "agree", "name": SKIPPED},
            form="self_referral_form",
            requested="name",
        ),
        "skip",
        "skip",
    )
    _, result = await post(app, request)
    assert set_slots(result)["name"] is None
    assert texts(result).strip(), "the person is told why"


async def test_a_multi_choice_question_works_by_buttons_one_press_at_a_time(app: Any) -> None:
    def press(slots: dict[str, Any], choice: str) -> dict[str, Any]:
        return said_by(
            body(
                "validate_self_referral_form",
                {"consent": "agree", "name": "Sam", **slots, "contact": choice},
                form="self_referral_form",
                requested="contact",
            ),
            f'/choose{{"choice": "{choice}"}}',
            "choose",
            choice=choice,
        )

    _, first = await post(app, press({}, "phone"))
    assert set_slots(first)["contact"] is None and set_slots(first)["pending"] == ["phone"]
    _, second = await post(app, press({"pending": ["phone"]}, "email"))
    assert set_slots(second)["pending"] == ["email", "phone"]
    _, asked = await post(
        app,
        body(
            "action_ask_self_referral_form_contact",
            {"consent": "agree", "pending": ["email", "phone"]},
        ),
    )
    titles = [b["title"] for b in asked["responses"][0]["buttons"]]
    assert any(t.startswith("✓") for t in titles) and "Done" in titles
    _, done = await post(app, press({"pending": ["email", "phone"]}, "done"))
    assert set_slots(done)["contact"] == ["phone", "email"], "in the question's order"
    assert set_slots(done)["pending"] is None


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "he is outside my house with a knife"),
        ("en", "I want to kill myself"),
        ("cy", "dydw i ddim yn ddiogel"),
        ("pl", "nie jestem bezpieczna"),
    ],
)
async def test_crisis_is_checked_on_every_message_and_says_the_helplines(
    app: Any, language: str, words: str
) -> None:
    request = said_by(
        body("action_check_crisis", {"language_code": language}), words, "refer_myself"
    )
    _, result = await post(app, request)
    assert set_slots(result)["crisis"] is True
    calm = said_by(body("action_check_crisis", {}), "I was burgled last year", "refer_myself")
    _, result = await post(app, calm)
    assert set_slots(result)["crisis"] is False and result["responses"] == []
    # Rasa does not send what a slot mapping's action says: the next action says it.
    _, crisis = await post(app, body("action_crisis", {"language_code": language, "crisis": True}))
    helplines = [c.phone for c in load_profile().rules().support if not c.young_people]
    assert "999" in texts(crisis) and all(p in texts(crisis) for p in helplines)
    assert texts(crisis).startswith(translator(language).gettext(content.CRISIS)[:20])


async def test_words_that_are_a_crisis_are_never_an_answer(app: Any) -> None:
    request = body(
        "validate_self_referral_form",
        {"consent": "agree", "name": "I am not safe", "crisis": True},
        form="self_referral_form",
        requested="name",
    )
    _, result = await post(app, request)
    assert set_slots(result)["name"] is None
    assert "999" in texts(result), "the helplines, then the question again"
    for stop_or_help in ("action_stop", "action_help"):
        _, said = await post(app, body(stop_or_help, {"crisis": True}))
        assert "999" in said["responses"][0]["text"], stop_or_help


@pytest.mark.parametrize(
    ("said", "entity", "expected"),
    [
        ("Cymraeg please", "Cymraeg", "cy"),
        ("in Welsh please", "Welsh", "cy"),
        ("po polsku", None, None),
        ("Polski proszę", None, "pl"),
        ("اردو", None, "ur"),
        ("ar", "ar", "ar"),
        ("Klingon please", "Klingon", None),
    ],
)
async def test_a_language_is_understood_by_its_name_or_code_and_confirmed_in_it(
    app: Any, said: str, entity: str | None, expected: str | None
) -> None:
    entities = {"language_code": entity} if entity else {}
    request = said_by(body("action_set_language", {}), said, "set_language", **entities)
    _, result = await post(app, request)
    if expected is None:
        assert "language_code" not in set_slots(result), "an unknown language is not set"
        payloads = [b["payload"] for b in result["responses"][0]["buttons"]]
        assert '/set_language{"language_code": "cy"}' in payloads
        return
    assert set_slots(result)["language_code"] == expected
    assert texts(result).startswith("✓")


def test_language_names_cover_every_shipped_language_in_every_other() -> None:
    names = language_names()
    assert find_language("Welsh", names) == "cy" and find_language("gallesi", names) is None
    assert find_language("Arabisch", names) is None
    assert find_language("arabski", names) == "ar", "Polish name for Arabic"
    assert set(names.values()) == set(available_languages())


async def test_the_same_submission_twice_makes_one_referral(app: Any, backend: Backend) -> None:
    request = body("action_submit_self_referral", VICTIM_ANSWERS, sender="twice")
    request["tracker"]["events"] = [{"event": "user", "timestamp": 1764000000.25, "text": "no"}]
    _, first = await post(app, request)
    _, again = await post(app, json.loads(json.dumps(request)))
    reference = set_slots(first)["reference"]
    assert set_slots(again)["reference"] == reference
    assert reference in texts(again)
    async with await backend.open() as store:
        assert [r.reference for r in await store.open_referrals()] == [reference]
    later = json.loads(json.dumps(request))
    later["tracker"]["events"][0]["timestamp"] = 1764000100.0
    _, second = await post(app, later)
    assert set_slots(second)["reference"] != reference, "a later referral is a new one"


async def test_the_consent_is_recorded_in_the_language_it_was_shown_in(
    app: Any, backend: Backend
) -> None:
    _, result = await post(
        app,
        body("action_submit_self_referral", {**VICTIM_ANSWERS, "language_code": "cy"}),
    )
    reference = set_slots(result)["reference"]
    async with await backend.open() as store:
        [consent] = [r async for t, r in export_rows(store) if t == "consents"]
    assert consent["reference"] == reference and consent["language"] == "cy"
    assert consent["text_version"] == content.CONSENT_VERSION


async def test_with_a_token_every_request_but_health_must_carry_it(tmp_path: Path) -> None:
    token = "a-shared-secret-of-enough-length"
    app = build_app(load_profile(), tmp_path / "rj.sqlite3", token=token)
    request = body("action_explain_topic", {})
    _, none = await app.asgi_client.post("/webhook", json=request)
    assert none.status == 401 and "Sam" not in none.text
    _, wrong = await app.asgi_client.post(
        "/webhook", json=request, headers={"Authorization": "Bearer guessed"}
    )
    assert wrong.status == 401
    _, right = await app.asgi_client.post(
        "/webhook", json=request, headers={"Authorization": f"Bearer {token}"}
    )
    assert right.status == 200
    _, listed = await app.asgi_client.get("/actions")
    assert listed.status == 401
    _, health = await app.asgi_client.get("/health")
    assert health.status == 200


def _rjbot(
    tmp_path: Path, *args: str, token: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RJBOT_ACTIONS_TOKEN"}
    env["RJBOT_DB"] = str(tmp_path / "rj.sqlite3")
    if token is not None:
        env["RJBOT_ACTIONS_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_the_action_server_will_not_listen_off_loopback_without_a_token(
    tmp_path: Path, host: str
) -> None:
    done = _rjbot(tmp_path, "actions", "--host", host, "--port", "1")
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert "RJBOT_ACTIONS_TOKEN" in line and "Traceback" not in done.stderr


def test_a_short_token_is_refused(tmp_path: Path) -> None:
    done = _rjbot(tmp_path, "actions", "--port", "1", token="short")
    assert done.returncode == 2 and "too short" in done.stderr


def test_every_form_slot_maps_free_text_except_steering_intents() -> None:
    for form, flow in FORMS.items():
        for slot in form_slots(flow):
            typed = [
                m
                for m in DOMAIN["slots"][slot]["mappings"]
                if m["type"] == "from_text" and m["conditions"][0]["active_loop"] == form
            ]
            assert len(typed) == 1 and {"stop", "skip", "help", "choose"} <= set(
                typed[0]["not_intent"]
            )


async def test_crisis_words_in_a_rasa_chat_mark_the_referral_it_makes(
    app: Any, backend: Backend
) -> None:
    request = said_by(
        body("action_check_crisis", {}, sender="marked"), "I want to kill myself", "inform"
    )
    _, checked = await post(app, request)
    assert set_slots(checked)["crisis"] is True
    _, made = await post(app, body("action_submit_self_referral", VICTIM_ANSWERS, sender="marked"))
    _, other = await post(app, body("action_submit_self_referral", VICTIM_ANSWERS, sender="calm"))
    async with await backend.open() as store:
        marked = await store.get_referral(set_slots(made)["reference"])
        calm = await store.get_referral(set_slots(other)["reference"])
    assert marked is not None and marked.crisis_at is not None, "staff know before they call"
    assert calm is not None and calm.crisis_at is None


async def test_help_in_a_form_says_what_the_question_wants(app: Any) -> None:
    request = body(
        "action_help",
        {"consent": "agree", "contact": None},
        form="self_referral_form",
        requested="contact",
    )
    _, result = await post(app, request)
    said = texts(result)
    assert "How to use this chat" in said and "then press Done" in said
    assert not any(word in said for word in TELEGRAM_WORDS)
    outside = body("action_help", {})
    _, menu = await post(app, outside)
    assert "/refer_myself" in [b["payload"] for b in menu["responses"][0]["buttons"]]
