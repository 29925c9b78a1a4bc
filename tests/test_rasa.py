"""The Rasa action server through rasa-sdk's own Sanic app, with bodies shaped as Rasa 3.x sends."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from bot.conversation import Conversations
from bot.profile import load_profile
from bot.rasa.actions import FORMS, SKIPPED, _form_class, build_app, form_slots
from bot.rasa.domain import ACTIONS, DATA_FILE, DOMAIN_FILE, render, render_data
from dialogues.engine import STOPPED
from dialogues.flows import VICTIM
from dialogues.i18n import translator
from referral_store.transfer import export_rows
from tests import talk
from tests.conftest import Backend
from tests.talk import walked

# Real Rasa request bodies, copied with their sources (see SOURCES.md there).
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rasa"
BASE = json.loads(
    (FIXTURES / "rasa_tests_test_actions__remote_action_runs_3x.SEMI_DERIVED.json").read_text()
)
DOMAIN = YAML(typ="safe").load(DOMAIN_FILE.read_text())
pytestmark = pytest.mark.filterwarnings(
    # Rasa 3.x and rasa-sdk 3.21 differ in minor version (or the body names none, as in
    # rasa-sdk's own fixtures); rasa-sdk only advises.
    "ignore:Your versions of rasa and rasa_sdk might not be compatible:UserWarning",
    "ignore:You are using an old version of rasa:UserWarning",
)

# A whole self-referral under the default profile, walked by the engine; a skipped
# question's slot holds the skip.
GIVEN: dict[str, Any] = {
    **talk.VICTIM_ANSWERS,
    "name": "Sam Rasa",
    "contact": ["Phone call", "Email"],
    "message": "No messages, please",
}
VICTIM_ANSWERS: dict[str, Any] = {
    k: SKIPPED if v is None else v
    for k, v in talk.slots(VICTIM, load_profile().rules(), **GIVEN).items()
}


def body(
    action: str,
    slots: dict[str, Any],
    *,
    form: str | None = None,
    requested: str | None = None,
    sender: str = "rasa-user",
) -> dict[str, Any]:
    request = copy.deepcopy(BASE)
    request["next_action"] = action
    request["sender_id"] = sender
    request["domain"] = DOMAIN
    tracker = request["tracker"]
    tracker["sender_id"] = sender
    tracker["slots"] = {**dict.fromkeys(DOMAIN["slots"]), **slots, "requested_slot": requested}
    tracker["active_loop"] = {"name": form} if form else {}
    tracker["latest_message"]["text"] = str(slots.get(requested, "")) if requested else ""
    if requested:
        # What Rasa's form appends after the person's message: the slot candidate.
        tracker["events"] = [
            {"event": "user", "text": tracker["latest_message"]["text"], "parse_data": {}},
            {"event": "slot", "name": requested, "value": slots[requested]},
        ]
    return request


@pytest.fixture
async def server(backend: Backend) -> AsyncIterator[tuple[Any, Backend]]:
    app = build_app(load_profile(), backend.db, backend.keyring)
    yield app, backend


async def post(app: Any, request: dict[str, Any]) -> tuple[int, Any]:
    _, response = await app.asgi_client.post("/webhook", json=request)
    return response.status, response.json


def set_slots(result: Any) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in result["events"] if e["event"] == "slot"}


def texts(result: Any) -> str:
    return " ".join(r["text"] or "" for r in result["responses"])


def test_the_domain_file_is_made_from_the_dialogues() -> None:
    assert DOMAIN_FILE.read_text() == render(), "run: python -m bot.rasa.domain"
    assert DATA_FILE.read_text() == render_data(), "run: python -m bot.rasa.domain"
    for form, flow in FORMS.items():
        assert DOMAIN["forms"][form]["required_slots"] == form_slots(flow)
    assert DOMAIN["actions"] == list(ACTIONS)


async def test_health_and_the_action_list_match_the_domain(server: tuple[Any, Backend]) -> None:
    app, _ = server
    _, health = await app.asgi_client.get("/health")
    assert health.status == 200 and health.json == {"status": "ok"}
    _, listed = await app.asgi_client.get("/actions")
    assert sorted(a["name"] for a in listed.json) == sorted(ACTIONS), "nothing missing or extra"


# Asked only where a profile routes under-18s, puts a crime out of scope, asks about a
# parent or carer, or needs the crime admitted (test_engine.py covers them with those rules).
ASKED_ONLY_BY_SOME_PROFILES = {"pass_youth", "pass_scope", "carer", "admitted"}


async def test_every_slot_has_a_validator(server: tuple[Any, Backend]) -> None:
    app, _ = server
    for form, flow in FORMS.items():
        for slot in form_slots(flow):
            assert hasattr(_form_class(form, flow), f"validate_{slot}"), (form, slot)
            if slot in ASKED_ONLY_BY_SOME_PROFILES:
                continue  # the server runs the default profile, which never asks these
            # Earlier answers under which every question is asked.
            earlier = {
                "responsibility": "yes",
                "consent": "agree",
                "police": "yes",
                "contact": ["phone", "email", "worker"],
                "known": "yes",
                "offender_u18": "yes",
                "stage": "awaiting-sentence",
                "area": "other",
                "language": "other",
                "monitoring": "yes",
                "ethnic_group": slot.removeprefix("eth_") if slot.startswith("eth_") else "white",
            }
            earlier.pop(slot, None)
            status, result = await post(
                app,
                body(f"validate_{form}", {**earlier, slot: "!!"}, form=form, requested=slot),
            )
            assert status == 200 and slot in set_slots(result), (form, slot)


@pytest.mark.parametrize(
    ("slot", "good", "kept", "bad", "why"),
    [
        ("consent", "Yes, I agree", "agree", "maybe", "choose one of the options"),
        ("name", "  Sam ", "Sam", "12345", "name we can call you"),
        ("contact", "phone, email", ["phone", "email"], "pigeon", "choose from the options"),
        ("phone", "07123 456789", "+447123456789", "call me", "phone number"),
        ("email", "Sam@Example.org", "Sam@example.org", "sam at home", "email address"),
        ("times", "evening", "evening", "x" * 201, "under 200 characters"),
        ("message", "none", "none", "perhaps", "choose one of the options"),
        ("age", "yes", "yes", "forty", "choose one of the options"),
        ("crime", "Burglary", "burglary", "banana", "choose one of the options"),
        ("markers", "hate, online", ["hate", "online"], "none, hate", "cannot go with"),
        ("when", "05/2024", "2024-05", "tomorrow", "23/05/2024"),
        ("police", "yes", "yes", "dunno", "choose one of the options"),
        ("crimeref", "43/12345/24", "43/12345/24", "!!", "crime reference"),
        ("stage", "court", "court", "jail", "choose one of the options"),
        ("known", "no", "no", "who", "choose one of the options"),
        ("offender_u18", "no", "no", "teen", "choose one of the options"),
        ("area", "ne", "ne", "atlantis", "choose one of the options"),
        ("area_other", "Leeds", "Leeds", "", "in words"),
        ("language", "Tigrinya", "Tigrinya", "", "in words"),
        ("interpreter", "no", "no", "si", "choose one of the options"),
        ("access", "large print", "large print", "y" * 1001, "1000 characters"),
        ("risk", "no", "no", "hmm", "choose one of the options"),
        ("heard", "family", "family", "radio", "choose one of the options"),
    ],
)
async def test_each_victim_slot_keeps_good_answers_and_reasks_bad_ones(
    server: tuple[Any, Backend], slot: str, good: str, kept: Any, bad: str, why: str
) -> None:
    app, _ = server
    earlier = {
        "consent": "agree",
        "contact": ["phone", "email"],
        "police": "yes",
        "known": "yes",
        "area": "other",
    }
    earlier.pop(slot, None)
    status, result = await post(
        app,
        body(
            "validate_self_referral_form",
            {**earlier, slot: good},
            form="self_referral_form",
            requested=slot,
        ),
    )
    assert status == 200 and set_slots(result)[slot] == kept
    status, result = await post(
        app,
        body(
            "validate_self_referral_form",
            {**earlier, slot: bad},
            form="self_referral_form",
            requested=slot,
        ),
    )
    assert status == 200 and set_slots(result)[slot] is None
    assert why in texts(result)


async def test_offender_slots_are_validated_by_their_own_questions(
    server: tuple[Any, Backend],
) -> None:
    app, _ = server
    form = "offender_enquiry_form"
    _, ok = await post(
        app,
        body(
            f"validate_{form}",
            {"consent": "agree", "stage": "probation"},
            form=form,
            requested="stage",
        ),
    )
    assert set_slots(ok)["stage"] == "probation"
    _, no = await post(
        app,
        body(
            f"validate_{form}",
            {"consent": "agree", "contact": "worker"},
            form=form,
            requested="contact",
        ),
    )
    assert set_slots(no)["contact"] == ["worker"]
    _, worker = await post(
        app,
        body(
            f"validate_{form}",
            {
                "consent": "agree",
                "age": "yes",
                "responsibility": "yes",
                "name": "Jo",
                "contact": ["worker"],
            },
            form=form,
            requested="contact",
        ),
    )
    assert set_slots(worker)["requested_slot"] == "worker", "only what the answers need"


async def test_a_crisis_answer_is_signposted_and_not_kept(server: tuple[Any, Backend]) -> None:
    app, _ = server
    _, result = await post(
        app,
        body(
            "validate_self_referral_form",
            {"consent": "agree", "name": "I want to die"},
            form="self_referral_form",
            requested="name",
        ),
    )
    assert set_slots(result)["name"] is None and "999" in texts(result)


async def test_declining_consent_ends_the_form_and_stores_nothing(
    server: tuple[Any, Backend],
) -> None:
    app, db = server
    _, result = await post(
        app,
        body(
            "validate_self_referral_form",
            {"consent": "no"},
            form="self_referral_form",
            requested="consent",
        ),
    )
    assert set_slots(result)["consent"] == "no"
    assert set_slots(result)["requested_slot"] is None, "the form stops"
    _, done = await post(app, body("action_submit_self_referral", {"consent": "no"}))
    assert "Nothing has been saved" in texts(done)
    async with await db.open() as store:
        assert await store.open_referrals() == []


async def test_a_submission_is_queued_with_its_deadline(server: tuple[Any, Backend]) -> None:
    app, db = server
    status, result = await post(app, body("action_submit_self_referral", VICTIM_ANSWERS))
    assert status == 200
    slots = set_slots(result)
    assert slots["reference"].startswith("RJ-") and slots["name"] is None
    assert "We have received your referral" in texts(result)
    async with await db.open() as store:
        [item] = await store.open_referrals()
        assert item.reference == slots["reference"]
        assert item.due_at.isoformat() == slots["contact_by"]


async def test_the_same_answers_make_the_same_referral_as_telegram(
    server: tuple[Any, Backend], second_backend: Backend
) -> None:
    app, db = server
    _, result = await post(app, body("action_submit_self_referral", VICTIM_ANSWERS))
    reference = set_slots(result)["reference"]
    profile = load_profile()
    async with await second_backend.open(profile.deadlines) as store:
        talk = Conversations(store, profile, "telegram", clock=lambda: datetime.now(UTC))
        for event in walked(VICTIM, profile.rules(), "telegram", **GIVEN).sent:
            await talk.handle("tg:1", event)
        [via_telegram] = [r async for t, r in export_rows(store) if t == "referrals"]
    async with await db.open() as store:
        [via_rasa] = [r async for t, r in export_rows(store) if t == "referrals"]
    assert via_rasa["reference"] == reference
    differ = {"reference", "channel", "received_at", "due_at", "chat"}
    assert {k: v for k, v in via_rasa.items() if k not in differ} == {
        k: v for k, v in via_telegram.items() if k not in differ
    }
    assert via_rasa["due_at"][:10] == via_telegram["due_at"][:10]
    assert via_rasa["channel"] == "rasa" and via_telegram["channel"] == "telegram"


async def test_an_unknown_action_is_a_404_naming_it(server: tuple[Any, Backend]) -> None:
    app, _ = server
    request = json.loads((FIXTURES / "rasa_sdk_test_endpoint__unknown_action_404.json").read_text())
    status, result = await post(app, request)
    assert status == 404
    assert result == {
        "error": "No registered action found for name 'non_existing_action'.",
        "action_name": "non_existing_action",
    }


async def test_an_incomplete_submission_is_rejected_with_400(server: tuple[Any, Backend]) -> None:
    app, _ = server
    status, result = await post(
        app, body("action_submit_self_referral", {"consent": "agree", "name": "Sam Canary"})
    )
    assert status == 400
    assert result["action_name"] == "action_submit_self_referral"
    assert "Sam" not in json.dumps(result)


async def test_a_malformed_body_is_a_400_naming_the_action_and_nothing_personal(
    server: tuple[Any, Backend],
) -> None:
    app, _ = server
    request = body("action_explain_topic", {"name": "Sam Canary"})
    request["tracker"] = "Sam Canary"  # not a tracker
    status, result = await post(app, request)
    assert status == 400
    assert result["action_name"] == "action_explain_topic" and "tracker" in result["error"]
    assert "Sam" not in json.dumps(result) and "Traceback" not in json.dumps(result)
    _, not_json = await app.asgi_client.post("/webhook", content=b"{Sam Canary")
    assert not_json.status == 400 and not_json.json["action_name"] is None
    assert "Sam" not in not_json.text
    _, get = await app.asgi_client.get("/webhook")
    assert get.status == 405 and get.headers["allow"] == "POST"


async def test_a_failing_action_says_nothing_personal(
    server: tuple[Any, Backend], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.rasa import actions as rasa_actions

    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("Sam Canary")

    monkeypatch.setattr(rasa_actions, "_language", broken)
    app, _ = server
    status, result = await post(app, body("action_explain_topic", {"name": "Sam Canary"}))
    assert status == 500
    assert "Sam" not in json.dumps(result) and "Traceback" not in json.dumps(result)


async def test_topics_eligibility_language_and_withdrawal(server: tuple[Any, Backend]) -> None:
    app, db = server
    _, topic = await post(app, body("action_explain_topic", {"topic": "safe"}))
    assert "trained facilitator" in texts(topic)
    _, check = await post(
        app, body("action_check_eligibility", {"age": "yes", "known": "yes", "offender_u18": "yes"})
    )
    assert set_slots(check)["eligibility"] == "onward:yot"
    assert "Youth Offending Team" in texts(check) and "say yes" in texts(check)
    _, young = await post(app, body("action_check_eligibility", {"age": "no"}))
    assert set_slots(young)["eligibility"] == "under_age" and "0800 1111" in texts(young)
    await post(app, body("action_submit_self_referral", VICTIM_ANSWERS, sender="w"))
    _, asked = await post(app, body("action_withdraw", {}, sender="w"))
    assert "Do you want to go ahead?" in texts(asked), "asked first"
    async with await db.open() as store:
        assert len(await store.open_referrals()) == 1, "nothing erased on an NLU guess"
    confirm = body("action_withdraw", {}, sender="w")
    confirm["tracker"]["latest_message"]["entities"] = [{"entity": "confirm", "value": "yes"}]
    _, gone = await post(app, confirm)
    assert "deleted the details" in texts(gone)
    async with await db.open() as store:
        assert await store.open_referrals() == []
    typed_yes = body("action_withdraw", {}, sender="w")
    typed_yes["tracker"]["latest_message"]["intent"] = {"name": "affirm", "confidence": 1.0}
    _, menu = await post(app, typed_yes)
    assert "Please choose one of the options below." in texts(menu), "a yes is answered"


def test_rjbot_actions_serves_on_its_own_port(tmp_path: Path) -> None:
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "RJBOT_DB": str(tmp_path / "rj.sqlite3")}
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "actions", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("the action server did not start")
        assert health.json() == {"status": "ok"}
        listed = httpx.get(f"http://127.0.0.1:{port}/actions", timeout=5).json()
        assert sorted(a["name"] for a in listed) == sorted(ACTIONS)
    finally:
        server.terminate()
        server.wait(timeout=15)
        if server.stderr:
            server.stderr.close()


async def test_stopping_part_way_forgets_the_answers(server: tuple[Any, Backend]) -> None:
    """ "Stop" or "cancel" in a form, as the consent text promises: nothing is kept."""
    app, db = server
    given = {"consent": "agree", "name": "Sam", "contact": "phone", "language_code": "pl"}
    status, result = await post(
        app, body("action_stop", given, form="self_referral_form", requested="contact")
    )
    assert status == 200
    events = {e["event"]: e for e in result["events"]}
    assert events["active_loop"]["name"] is None
    cleared = set_slots(result)
    assert cleared["name"] is None and cleared["consent"] is None and cleared["contact"] is None
    assert texts(result) == translator("pl").gettext(STOPPED)
    async with await db.open() as store:
        assert await store.open_referrals() == []


async def test_monitoring_follows_a_referral_and_is_kept_for_it(
    server: tuple[Any, Backend],
) -> None:
    """As on Telegram: after the referral, the monitoring questions, kept for that referral."""
    app, db = server
    _, sent = await post(app, body("action_submit_self_referral", VICTIM_ANSWERS, sender="m"))
    assert {"event": "followup", "name": "monitoring_form"} in [
        {"event": e["event"], "name": e.get("name")} for e in sent["events"]
    ]
    answers = {
        "monitoring": "yes",
        "age_band": "45-54",
        "gender": "woman",
        "ethnic_group": "mixed",
        "eth_mixed": "white-asian",
        "disability": "no",
        "language_need": "bsl",
    }
    _, kept = await post(app, body("action_submit_monitoring", answers, sender="m"))
    assert "Thank you" in texts(kept)
    assert all(set_slots(kept)[k] is None for k in answers), "the form's slots are cleared"
    async with await db.open() as store:
        columns = ("age_band", "gender", "ethnicity", "disability", "language_need")
        rows = [
            tuple(row[c] for c in columns)
            async for table, row in export_rows(store)
            if table == "monitoring"
        ]
    assert rows == [("45-54", "woman", "mixed-white-asian", "no", "bsl")]
    # Without a referral from this conversation, nothing is kept.
    _, stray = await post(app, body("action_submit_monitoring", answers, sender="nobody"))
    assert texts(stray) == ""
