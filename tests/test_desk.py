"""The facilitators' desk on a real SQLite file: who may act, claims, contacts, alerts, audit."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from referral_store import Consent, NewReferral, Priority, ReferralKind, Status
from referral_store.desk import (
    Activity,
    AlertKind,
    Care,
    ClosureReason,
    ContactMethod,
    Desk,
    DeskError,
    Onward,
    Role,
    Staff,
)
from tests.conftest import Backend
from tests.sql import rows

CONSENTS_SQL = "SELECT service, recorded_by FROM onward_consents ORDER BY service"

ROOT = Path(__file__).resolve().parent.parent
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
CONSENT = Consent("v1", "en", MONDAY)


def new_referral(priority: Priority = Priority.STANDARD) -> NewReferral:
    return NewReferral(
        kind=ReferralKind.VICTIM,
        channel="telegram",
        source=None,
        priority=priority,
        area=None,
        language="en",
        interpreter=None,
        crime_category="burglary",
        markers=(),
        stage=None,
        route=None,
        details={"name": "Sam", "phone": "+447123456789"},
    )


@pytest.fixture
async def desk(backend: Backend) -> AsyncIterator[Desk]:
    async with await backend.open() as store:
        yield Desk(store)


async def enrol(desk: Desk, name: str, role: Role, telegram_id: int) -> Staff:
    code = await desk.invite(role, now=MONDAY)
    staff = await desk.join(code, telegram_id, name, now=MONDAY)
    assert staff is not None
    return staff


async def submit(desk: Desk, priority: Priority = Priority.STANDARD) -> str:
    stored = await desk.store.submit_referral(new_referral(priority), CONSENT, now=MONDAY)
    return stored.reference


async def test_an_invite_enrols_one_account_once(desk: Desk) -> None:
    code = await desk.invite(Role.FACILITATOR, now=MONDAY)
    assert await desk.join("WRONG-CODE-0000", 1, "Ann", now=MONDAY) is None
    ann = await desk.join(code.lower(), 1, "Ann", now=MONDAY)
    assert ann is not None and ann.role is Role.FACILITATOR
    assert await desk.join(code, 2, "Bob", now=MONDAY) is None, "one use only"
    assert await desk.by_telegram(1) == ann
    assert await desk.by_telegram(2) is None


async def test_an_invite_expires(desk: Desk) -> None:
    code = await desk.invite(Role.MANAGER, valid_for=timedelta(hours=1), now=MONDAY)
    assert await desk.join(code, 1, "Ann", now=MONDAY + timedelta(hours=2)) is None


async def test_removed_staff_lose_access_and_their_referrals_return(desk: Desk) -> None:
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    reference = await submit(desk)
    assert (await desk.claim(reference, ann, now=MONDAY)).ok
    assert await desk.remove(ann.id)
    assert await desk.by_telegram(1) is None
    [item] = await desk.store.open_referrals()
    assert item.claimed_by is None and item.status is Status.NEW


async def test_only_one_facilitator_gets_a_claim(desk: Desk) -> None:
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    bob = await enrol(desk, "Bob", Role.FACILITATOR, 2)
    reference = await submit(desk)
    assert (await desk.claim(reference, ann, now=MONDAY)).ok
    second = await desk.claim(reference, bob, now=MONDAY)
    assert not second.ok and second.holder == "Ann"
    assert not (await desk.claim("RJ-NONE-NONE", bob)).found
    [item] = await desk.store.open_referrals()
    assert item.claimed_by == "Ann" and item.status is Status.CLAIMED


async def test_the_claim_race_across_two_processes_gives_each_referral_once(
    backend: Backend,
) -> None:
    db = backend.db
    async with await backend.open() as store:
        desk = Desk(store)
        team = [await enrol(desk, f"F{i}", Role.FACILITATOR, 100 + i) for i in range(8)]
        references = [await submit(desk) for _ in range(60)]
    halves = [",".join(str(s.id) for s in team[:4]), ",".join(str(s.id) for s in team[4:])]
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.claim_worker",
            str(db),
            ids,
            ",".join(references),
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, **backend.key_env()},
        )
        for ids in halves
    ]
    won: dict[str, list[str]] = {}
    for worker in workers:
        out, err = await asyncio.wait_for(worker.communicate(), timeout=120)
        assert worker.returncode == 0, err.decode()
        won.update(json.loads(out))
    claimed = [reference for refs in won.values() for reference in refs]
    assert sorted(claimed) == sorted(references), "every referral claimed exactly once"
    async with await backend.open() as store:
        holders = {i.reference: i.claimed_by_id for i in await store.open_referrals()}
    for staff_id, refs in won.items():
        assert all(holders[r] == int(staff_id) for r in refs)


async def test_a_facilitator_acts_only_on_their_own_referrals(desk: Desk) -> None:
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    bob = await enrol(desk, "Bob", Role.FACILITATOR, 2)
    boss = await enrol(desk, "Cat", Role.MANAGER, 3)
    reference = await submit(desk)
    with pytest.raises(DeskError, match="Claim this referral first"):
        await desk.view(reference, ann)
    await desk.claim(reference, ann, now=MONDAY)
    with pytest.raises(DeskError):
        await desk.log_contact(reference, bob, ContactMethod.PHONE, reached=False)
    with pytest.raises(DeskError):
        await desk.release(reference, bob)
    with pytest.raises(DeskError, match="Only a manager"):
        await desk.reassign(reference, bob, ann)
    assert (await desk.view(reference, boss)).details["name"] == "Sam"
    await desk.reassign(reference, bob, boss)
    [item] = await desk.store.open_referrals()
    assert item.claimed_by == "Bob"


async def test_a_referral_goes_from_claim_to_close(desk: Desk) -> None:
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    reference = await submit(desk)
    await desk.claim(reference, ann, now=MONDAY)
    await desk.log_contact(
        reference, ann, ContactMethod.PHONE, reached=False, note="voicemail", now=MONDAY
    )
    item = (await desk.store.open_referrals())[0]
    assert item.first_contact_at is None, "an attempt that did not reach them leaves the clock"
    later = MONDAY + timedelta(hours=3)
    await desk.log_contact(reference, ann, ContactMethod.PHONE, reached=True, now=later)
    item = (await desk.store.open_referrals())[0]
    assert item.first_contact_at == later and item.status is Status.CONTACTED
    await desk.set_status(reference, ann, Status.ASSESSING)
    await desk.set_status(reference, ann, Status.PREPARING)
    with pytest.raises(DeskError, match="which RJ activity"):
        await desk.set_status(reference, ann, Status.ACTIVITY)
    await desk.set_status(reference, ann, Status.ACTIVITY, Activity.SHUTTLE_MEDIATION)
    await desk.close(reference, ann, ClosureReason.INDIRECT)
    assert await desk.store.open_referrals() == []
    closed = await desk.view(reference, "cli:test")
    assert closed.status is Status.CLOSED
    assert closed.activity == "shuttle-mediation" and closed.closure_reason == "indirect-delivered"
    assert [c[2] for c in await desk.contacts(reference)] == [False, True]
    with pytest.raises(DeskError, match="already closed"):
        await desk.set_status(reference, ann, Status.ASSESSING)


async def test_every_view_and_change_is_audited(desk: Desk) -> None:
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    reference = await submit(desk)
    await desk.claim(reference, ann, now=MONDAY)
    await desk.view(reference, ann)
    await desk.log_contact(reference, ann, ContactMethod.EMAIL, reached=True)
    actions = [(e.actor, e.action) for e in await desk.audit_log(reference)]
    assert actions == [
        (ann.actor, "contact"),
        (ann.actor, "view"),
        (ann.actor, "claim"),
    ]
    assert all("Sam" not in e.detail for e in await desk.audit_log())


async def test_reminders_and_escalations_are_raised_once_even_across_a_restart(
    backend: Backend,
) -> None:
    async with await backend.open() as store:
        desk = Desk(store)
        standard = await submit(desk)  # due Monday 30 November 17:00
        contacted = await submit(desk)
        ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
        await desk.claim(contacted, ann, now=MONDAY)
        await desk.log_contact(contacted, ann, ContactMethod.PHONE, reached=True, now=MONDAY)
        day = timedelta(hours=24)
        assert await desk.raise_alerts(MONDAY, day) == 0, "nothing due yet"
        sunday = datetime(2026, 11, 29, 18, tzinfo=UTC)
        assert await desk.raise_alerts(sunday, day) == 1
        new, new_too, alert = await desk.unsent_alerts()
        # Each referral's notice to the team waits since it was made, the reminder after.
        assert {new.reference, new_too.reference} == {standard, contacted}
        assert new.kind is new_too.kind is AlertKind.NEW
        await desk.mark_sent(new)
        await desk.mark_sent(new_too)
        assert (alert.reference, alert.kind) == (standard, AlertKind.REMINDER)
        await desk.mark_sent(alert)
    async with await backend.open() as store:
        desk = Desk(store)
        assert await desk.raise_alerts(sunday, day) == 0, "not again after a restart"
        assert await desk.unsent_alerts() == []
        overdue = datetime(2026, 11, 30, 17, 1, tzinfo=UTC)
        assert await desk.raise_alerts(overdue, day) == 1
        [alert] = await desk.unsent_alerts()
        assert (alert.reference, alert.kind) == (standard, AlertKind.ESCALATION)
        await desk.mark_sent(alert)
        assert await desk.raise_alerts(overdue + day, day) == 0


async def test_the_alert_sweep_is_served_by_its_index(desk: Desk) -> None:
    plan = " ".join(
        await desk.store.query_plan(
            "SELECT id FROM referrals WHERE first_contact_at IS NULL "
            "AND status NOT IN ('closed', 'withdrawn') AND due_at <= '2026'"
        )
    )
    assert "referrals_awaiting_contact" in plan


async def test_an_onward_referral_needs_the_persons_own_yes(desk: Desk) -> None:
    # Seed 002 10: "Referrals will only be made with consent from the victim."
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    said_yes = NewReferral(
        **{**new_referral().__dict__, "onward_consents": ("youth-offending-team",)}
    )
    consented = (await desk.store.submit_referral(said_yes, CONSENT, now=MONDAY)).reference
    unasked = await submit(desk)
    for reference in (consented, unasked):
        assert (await desk.claim(reference, ann, now=MONDAY)).ok
    assert await desk.onward_consent(consented, Onward.YOUTH_OFFENDING_TEAM)
    await desk.refer_on(consented, ann, Onward.YOUTH_OFFENDING_TEAM, now=MONDAY)
    # A yes to one service is no yes to another.
    with pytest.raises(DeskError, match="has not agreed"):
        await desk.refer_on(consented, ann, Onward.HOUSING, now=MONDAY)
    with pytest.raises(DeskError, match="has not agreed"):
        await desk.refer_on(unasked, ann, Onward.VICTIM_SUPPORT, now=MONDAY)
    found = await rows(desk.store, CONSENTS_SQL)
    assert found == [("youth-offending-team", "self")]
    events = await rows(desk.store, "SELECT data FROM events WHERE kind = 'onward'")
    assert [json.loads(r[0])["to"] for r in events] == ["youth-offending-team"]
    # Told on a call, staff record the person's yes: a consent row of its own.
    await desk.refer_on(unasked, ann, Onward.VICTIM_SUPPORT, agreed=True, now=MONDAY)
    found = await rows(desk.store, CONSENTS_SQL)
    assert found == [
        ("victim-support", ann.actor),
        ("youth-offending-team", "self"),
    ]


async def test_a_complex_case_cannot_be_claimed_without_the_training(desk: Desk) -> None:
    # Seed 002 5.10: "practitioners must not undertake sensitive and/or complex cases unless
    # they have the skills, experience and knowledge to do so".
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    bob = await enrol(desk, "Bob", Role.FACILITATOR, 2)
    meg = await enrol(desk, "Meg", Role.MANAGER, 3)
    marked = NewReferral(**{**new_referral().__dict__, "care": ("complex", "sensitive")})
    special = (await desk.store.submit_referral(marked, CONSENT, now=MONDAY)).reference
    plain = await submit(desk)
    refused = await desk.claim(special, ann, now=MONDAY)
    assert not refused.ok and refused.needs_training and refused.holder is None
    assert (await desk.store.get_referral(special)).claimed_by is None  # type: ignore[union-attr]
    with pytest.raises(DeskError, match="Only a manager"):
        await desk.set_training(ann.id, True, bob)
    with pytest.raises(DeskError, match="only staff trained"):
        await desk.reassign(special, ann, meg, now=MONDAY)
    await desk.set_training(bob.id, True, meg)
    assert (await desk.claim(special, bob, now=MONDAY)).ok
    assert (await desk.claim(plain, ann, now=MONDAY)).ok, "plain cases stay open to all"
    # Staff mark a case on what they learn; then it too needs the training.
    await desk.release(plain, ann, now=MONDAY)
    await desk.mark_care(plain, meg, frozenset({Care.COMPLEX}), now=MONDAY)
    assert (await desk.claim(plain, ann, now=MONDAY)).needs_training


async def test_managers_see_unclaimed_complex_cases_first(desk: Desk) -> None:
    ann = await enrol(desk, "Ann", Role.FACILITATOR, 1)
    meg = await enrol(desk, "Meg", Role.MANAGER, 3)
    soon = await submit(desk, Priority.ENHANCED)  # due first
    marked = NewReferral(**{**new_referral().__dict__, "care": ("sensitive",)})
    special = (await desk.store.submit_referral(marked, CONSENT, now=MONDAY)).reference
    assert [i.reference for i in await desk.queue(ann)] == [soon, special]
    assert [i.reference for i in await desk.queue(meg)] == [special, soon]


def test_the_answers_mark_sensitive_and_complex_cases() -> None:
    from dialogues import routing
    from dialogues.flows import VICTIM

    def care(**answers: str | list[str]) -> tuple[str, ...]:
        return routing.care(VICTIM, answers)

    assert care(crime="burglary", risk="no") == ()
    assert care(crime="domestic") == ("sensitive",)
    assert care(crime="burglary", markers=["sexual"]) == ("sensitive",)
    # "risk of continuing harm" and "vulnerable because of ... age" make both.
    assert care(crime="burglary", risk="yes") == ("complex", "sensitive")
    assert care(crime="burglary", age="no") == ("complex", "sensitive")
