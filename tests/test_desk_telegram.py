"""The desk in Telegram, through the real Application; and the sweep's deliveries."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.profile import load_profile
from bot.sweep import sweep
from dialogues.i18n import available_languages
from referral_store import Consent, NewReferral, Priority, ReferralKind, Status
from referral_store.desk import Desk, Role
from referral_store.transfer import export_rows
from tests.conftest import Backend
from tests.telegram_fake import FakeTelegram, Person, bot_application, running

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TEAM = -1002
ANN, BOB, CAT, STRANGER = 11, 12, 13, 99


def referral() -> NewReferral:
    return NewReferral(
        kind=ReferralKind.VICTIM,
        channel="telegram",
        source=None,
        priority=Priority.STANDARD,
        area="ne",
        language="en",
        interpreter=None,
        crime_category="burglary",
        markers=(),
        stage=None,
        route=None,
        details={"name": "Sam", "phone": "+447123456789", "area": "ne"},
    )


@pytest.fixture
async def desk_app(backend: Backend) -> AsyncIterator[dict[str, Any]]:
    db = backend
    async with await db.open() as store:
        desk = Desk(store)
        codes = {
            ANN: await desk.invite(Role.FACILITATOR),
            BOB: await desk.invite(Role.FACILITATOR),
            CAT: await desk.invite(Role.MANAGER),
        }
        stored = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
    fake = FakeTelegram()
    app = bot_application(db, fake, team=TEAM, clock=lambda: NOW)
    names = {ANN: "Ann", BOB: "Bob", CAT: "Cat", STRANGER: "Sid"}
    people = {uid: Person(app, fake, chat_id=uid, first_name=n) for uid, n in names.items()}
    async with running(app):
        yield {
            "app": app,
            "fake": fake,
            "people": people,
            "codes": codes,
            "reference": stored.reference,
            "db": db,
        }


async def enrol_all(env: dict[str, Any]) -> None:
    for uid in (ANN, BOB, CAT):
        sent = await env["people"][uid].send(f"/join {env['codes'][uid]}")
        assert "You are enrolled" in sent[0]["text"]


async def test_the_desk_is_invisible_to_anyone_not_enrolled(desk_app: dict[str, Any]) -> None:
    stranger: Person = desk_app["people"][STRANGER]
    unknown = (await stranger.send("/frobnicate"))[0]["text"]
    for command in (
        "/queue",
        "/mine",
        f"/show {desk_app['reference']}",
        "/skip",
        "/join NOT-A-REAL-CODE",
        "/join",
        "/report",
    ):
        sent = await stranger.send(command)
        assert [m["text"] for m in sent] == [unknown], command
    # A forged desk button is answered the same way.
    desk_app["fake"].calls.append(
        (
            "sendMessage",
            {
                "chat_id": STRANGER,
                "text": "x",
                "reply_markup": {
                    "inline_keyboard": [
                        [{"text": "forged", "callback_data": f"desk:claim:{desk_app['reference']}"}]
                    ]
                },
            },
        )
    )
    stranger._seen += 1
    sent = await stranger.press("forged")
    assert [m["text"] for m in sent] == [unknown]
    assert "Sam" not in str(desk_app["fake"].sent(STRANGER))


async def test_a_manager_gets_the_quarterly_return_in_telegram(desk_app: dict[str, Any]) -> None:
    await enrol_all(desk_app)
    fake: FakeTelegram = desk_app["fake"]
    ann, cat = desk_app["people"][ANN], desk_app["people"][CAT]
    assert "Only a manager" in (await ann.send("/report"))[0]["text"]
    assert "like 2026Q3" in (await cat.send("/report next"))[0]["text"]
    sent = await cat.send("/report")
    # On 23 November 2026 the last complete financial quarter is July-September 2026.
    assert "# Quarterly return 2026Q2" in sent[0]["text"]
    uploads = [(e, p) for e, p in fake.calls if e in ("sendPhoto", "sendDocument")]
    assert [e for e, _ in uploads] == ["sendPhoto", "sendDocument"]
    assert all(int(p["chat_id"]) == CAT for _, p in uploads)
    sent = await cat.send("/report 2026Q3")
    assert "Referrals received: <5" in sent[0]["text"], "the seeded referral, suppressed"
    log = await desk_app["app"].bot_data["rj"].desk.audit_log()
    assert [e.detail for e in log if e.action == "report"][:1] == ["2026Q3 threshold 5"]


async def test_a_code_works_once(desk_app: dict[str, Any]) -> None:
    await enrol_all(desk_app)
    stranger: Person = desk_app["people"][STRANGER]
    sent = await stranger.send(f"/join {desk_app['codes'][ANN]}")
    assert "enrolled" not in sent[0]["text"]


async def test_two_facilitators_and_a_manager_work_a_case(desk_app: dict[str, Any]) -> None:
    await enrol_all(desk_app)
    people, reference = desk_app["people"], desk_app["reference"]
    ann, bob, cat = people[ANN], people[BOB], people[CAT]

    queue = (await ann.send("/queue"))[0]
    assert reference in queue["text"] and "unclaimed" in queue["text"]
    assert "Sam" not in queue["text"], "the queue shows no personal details"
    await bob.send("/queue")

    claimed = await ann.press(f"Claim {reference}")
    assert "Name: Sam" in claimed[0]["text"] and "Area: North East" in claimed[0]["text"]
    taken = await bob.press(f"Claim {reference}")
    assert "was just claimed by Ann" in taken[0]["text"]
    assert "Sam" not in str(desk_app["fake"].sent(BOB))
    refused = await bob.send(f"/show {reference}")
    assert "Claim this referral first" in refused[0]["text"]

    await ann.press("Log contact")
    await ann.press("Phone")
    logged = await ann.press("No")
    assert "Type a note" in logged[0]["text"]
    assert "Note added" in (await ann.send("no answer, left no message"))[0]["text"]
    await ann.press("Log contact")
    await ann.press("Phone")
    reached = await ann.press("Yes, reached")
    assert "clock has stopped" in reached[0]["text"]
    assert "No note added" in (await ann.send("/skip"))[0]["text"]

    await ann.press("Status")
    await ann.press("RJ activity")
    await ann.press("Shuttle mediation")
    mine = (await ann.send("/mine"))[0]["text"]
    assert reference in mine and "activity" in mine

    await cat.send(f"/show {reference}")
    await cat.press("Reassign")
    await cat.press("Bob")
    async with await desk_app["db"].open() as store:
        desk = Desk(store)
        [item] = await store.open_referrals()
        assert item.claimed_by_id is not None
        holder = await desk.by_id(item.claimed_by_id)
        assert holder is not None and holder.telegram_id == BOB
        contacts = await desk.contacts(reference)
        assert [(c[1], c[2], c[3]) for c in contacts] == [
            ("phone", False, "no answer, left no message"),
            ("phone", True, ""),
        ]
        assert item.first_contact_at is not None and item.status is Status.ACTIVITY
    assert reference in str(desk_app["fake"].sent(BOB)[-1]["text"]), "Bob is told"

    await bob.send(f"/show {reference}")
    await bob.press("Status")
    await bob.press("Close")
    closed = await bob.press("Indirect intervention delivered")
    assert "is closed" in closed[0]["text"]
    async with await desk_app["db"].open() as store:
        assert await store.open_referrals() == []
        actions = [e.action for e in await Desk(store).audit_log(reference)]
    assert {"claim", "view", "contact", "contact-note", "status", "reassign", "close"} <= set(
        actions
    )


async def test_the_sweep_reminds_the_claimer_and_escalates_to_managers(backend: Backend) -> None:
    async with await backend.open() as store:
        desk = Desk(store)
        ann = await desk.join(await desk.invite(Role.FACILITATOR), ANN, "Ann")
        cat = await desk.join(await desk.invite(Role.MANAGER), CAT, "Cat")
        assert ann is not None and cat is not None
        claimed = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        loose = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        await desk.claim(claimed.reference, ann)
        sent: list[tuple[int, str]] = []
        up = True

        async def send(chat_id: int, text: str) -> bool:
            if up:
                sent.append((chat_id, text))
            return up

        policy = load_profile().deadlines
        # First each referral's notice, to the team's chat only, once.
        told = await sweep(desk, policy, send, TEAM, NOW)
        assert (told.raised, told.sent) == (0, 2)
        assert {chat for chat, _ in sent} == {TEAM}
        assert all(text.startswith("New referral") for _, text in sent)
        assert {claimed.reference, loose.reference} == {text.split()[2] for _, text in sent}
        sent.clear()
        assert (await sweep(desk, policy, send, TEAM, NOW)).sent == 0
        before = claimed.due_at - timedelta(hours=2)
        up = False
        first = await sweep(desk, policy, send, TEAM, before)
        assert (first.raised, first.sent, first.waiting) == (2, 0, 2), "Telegram down: kept"
        up = True
        assert (await sweep(desk, policy, send, TEAM, before)).sent == 0, "retried after a wait"
        again = await sweep(desk, policy, send, TEAM, before + timedelta(minutes=2))
        assert (again.raised, again.sent) == (0, 2)
        assert {chat for chat, _ in sent} == {ANN, TEAM}
        assert all("Reminder" in text for _, text in sent)
        assert any(claimed.reference in text for chat, text in sent if chat == ANN)
        assert any(loose.reference in text for chat, text in sent if chat == TEAM)
        sent.clear()
        assert (await sweep(desk, policy, send, TEAM, before)).sent == 0
        late = claimed.due_at + timedelta(minutes=1)
        overdue = await sweep(desk, policy, send, TEAM, late)
        assert overdue.sent == 2
        assert {chat for chat, _ in sent} == {CAT}
        assert all("Overdue" in text for _, text in sent)
        sent.clear()
        assert (await sweep(desk, policy, send, TEAM, late + timedelta(days=3))).sent == 0
        assert sent == []


async def test_staff_read_the_desk_in_their_own_language(desk_app: dict[str, Any]) -> None:
    """A Welsh-speaking facilitator gets the desk in Welsh; English speakers in English."""
    fake: FakeTelegram = desk_app["fake"]
    app = desk_app["app"]
    cy = Person(app, fake, chat_id=21, first_name="Nia", language="cy")
    code = await desk_app["app"].bot_data["rj"].desk.invite(Role.FACILITATOR)
    welcome = await cy.send(f"/join {code}")
    assert welcome[0]["text"].startswith("Croeso, Nia. Rydych chi wedi ymrestru fel hwylusydd.")
    queue = await cy.send("/queue")
    assert "Atgyfeiriadau agored: 1, y cynharaf yn gyntaf" in queue[0]["text"]
    reference = desk_app["reference"]
    await cy.press(f"Hawlio {reference}")
    case = fake.sent(21)[-1]
    assert "Cyswllt cyntaf yn ddyledus:" in case["text"] and "Enw: Sam" in case["text"]
    assert "Cofnodi cyswllt" in str(case["reply_markup"])
    await enrol_all(desk_app)
    sent = await desk_app["people"][ANN].send("/queue")
    assert "Open referrals: 1" in sent[0]["text"], "English staff still read English"
    # A reminder reaches each claimer in their language.
    async with await desk_app["db"].open() as store:
        desk = Desk(store)
        alerts: list[tuple[int, str]] = []

        async def send(chat_id: int, text: str) -> bool:
            alerts.append((chat_id, text))
            return True

        due = (await store.open_referrals())[0].due_at
        await sweep(desk, load_profile().deadlines, send, TEAM, due - timedelta(hours=2))
    # The team's chat reads English; the claimer's reminder is in Welsh.
    [(team, new), (nia, reminder)] = alerts
    assert (team, nia) == (TEAM, 21)
    assert new.startswith(f"New referral {reference}")
    assert reminder.startswith("⏰ Nodyn atgoffa:")


async def test_why_a_case_closed_and_where_it_went_are_recorded_from_telegram(
    desk_app: dict[str, Any],
) -> None:
    await enrol_all(desk_app)
    reference = desk_app["reference"]
    ann: Person = desk_app["people"][ANN]
    await ann.send("/queue")
    await ann.press(f"Claim {reference}")
    await ann.press("Refer on")
    asked = await ann.press("Mental health")
    # Seed 002 10: "Referrals will only be made with consent from the victim."
    assert "Has the person agreed to be passed on to Mental health?" in asked[0]["text"]
    sent = await ann.press("Yes, they agreed")
    assert f"{reference}: onward referral to Mental health recorded." in sent[0]["text"]
    await ann.press("Status")
    await ann.press("Close")
    why = await ann.press("Unsuitable after assessment")
    assert "counted in the quarterly return" in why[0]["text"]
    closed = await ann.press("The other party declined")
    assert closed[0]["text"] == (
        f"{reference} is closed: Unsuitable after assessment. (The other party declined)"
    )
    for message in desk_app["fake"].sent(ANN):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            assert all(len(b["callback_data"].encode()) <= 64 for b in row)
    async with await desk_app["db"].open() as store:
        referral = await store.get_referral(reference)
        assert referral is not None and referral.closure_reason == "unsuitable"
        events = [e.action for e in await Desk(store).audit_log(reference)]
    assert "onward" in events and "close" in events
    rows = await desk_app["db"].committed(
        "SELECT closure_detail FROM referrals WHERE reference = ?", (reference,)
    )
    assert rows == [("other-party-declined",)]


async def test_staff_choose_the_desk_language(desk_app: dict[str, Any]) -> None:
    await enrol_all(desk_app)
    ann: Person = desk_app["people"][ANN]
    offer = await ann.send("/desklanguage")
    assert (
        "The desk can be read in: en (English), ar (العربية), bn (বাংলা), cy (Cymraeg),"
        in (offer[0]["text"])
    )
    assert available_languages("desk") == available_languages(), "staff have all thirteen"
    assert "now in" not in (await ann.send("/desklanguage xx"))[0]["text"]
    switched = await ann.send("/desklanguage cy")
    assert switched[0]["text"] == "Mae’r ddesg nawr yn Cymraeg."
    assert "Atgyfeiriadau agored" in (await ann.send("/queue"))[0]["text"]
    stranger: Person = desk_app["people"][STRANGER]
    unknown = (await stranger.send("/frobnicate"))[0]["text"]
    assert [m["text"] for m in await stranger.send("/desklanguage cy")] == [unknown]


async def test_staff_record_the_other_partys_details_from_telegram(
    desk_app: dict[str, Any],
) -> None:
    await enrol_all(desk_app)
    reference = desk_app["reference"]
    ann: Person = desk_app["people"][ANN]
    await ann.send("/queue")
    await ann.press(f"Claim {reference}")
    asked = await ann.press("Other party's details")
    assert asked[0]["text"].startswith("The other party's age band")
    await ann.press("25-34")
    await ann.press("Man")
    category = await ann.press("White")
    assert category[0]["text"] == "Which of these?"
    done = await ann.press("Irish")
    assert "the other party's details are saved" in done[0]["text"]
    # Later, only the gender is changed: what was known before stays.
    await ann.press("Other party's details")
    await ann.press("Not known: skip")
    await ann.press("In another way")
    await ann.press("Not known: skip")
    for message in desk_app["fake"].sent(ANN):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            assert all(len(b["callback_data"].encode()) <= 64 for b in row)
    columns = ("subject", "age_band", "gender", "ethnicity", "recorded_by")
    rows = [
        tuple(row[c] for c in columns)
        async for table, row in export_rows(desk_app["app"].bot_data["rj"].desk.store)
        if table == "monitoring"
    ]
    assert rows == [("offender", "25-34", "other", "white-irish", "staff:1")]
