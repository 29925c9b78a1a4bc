"""When it is safe to contact the person is a field of the referral (issue 15, item 3).

The engine fills it through the step's ``fills``, whatever the question is named; the
store keeps it sealed, the survey sweep and the staff's list read it, the export carries
it, a withdrawal erases it, and a referral made before the field existed gets it from its
answers once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from dialogues.events import SubmitReferral
from dialogues.flows import SHIPPED, VICTIM
from dialogues.model import Flows
from referral_store import Consent, Store
from referral_store.desk import ClosureReason, Desk, Role
from referral_store.monitoring import save_own_answers, surveys_due, surveys_owed
from referral_store.privacy import withdraw
from referral_store.transfer import export_rows
from tests.conftest import Backend
from tests.sql import change
from tests.talk import VICTIM_ANSWERS, walked
from tests.test_privacy_store import CHAT, NOW, referral

TYPED = "after 6 when Quuxworth is out"


def _renamed() -> Flows:
    times = VICTIM.question("times")
    assert times is not None
    steps = tuple(replace(s, id="v.reach") if s is times else s for s in VICTIM.steps)
    return SHIPPED.replacing(replace(VICTIM, steps=steps))


def _sent(flows: Flows = SHIPPED, **given: str) -> str | None:
    talk = walked(flows["v"], flows=flows, **{**VICTIM_ANSWERS, **given})
    [effect] = talk.effects
    assert isinstance(effect, SubmitReferral)
    return effect.draft.safe_times


def test_the_engine_fills_it_from_the_question_whatever_its_name() -> None:
    assert _sent(times="Evenings") == "evening"
    assert _sent(times=TYPED) == TYPED
    assert _sent(_renamed(), reach="Weekends") == "weekend"


async def _closed_with_survey(store: Store, times: str | None, chat: str = CHAT) -> str:
    desk = Desk(store)
    ann = await desk.by_telegram(11) or await desk.join(await desk.invite(Role.MANAGER), 11, "Ann")
    assert ann is not None
    new = replace(referral(), details={"name": "Sam", "times": times}, safe_times=times)
    stored = await store.submit_referral(
        new, Consent("v1", "en", NOW), conversation=(chat, "{}"), now=NOW
    )
    await save_own_answers(store, chat, stored.reference, None, survey=True, consent_at=None)
    await desk.close(stored.reference, ann, ClosureReason.DIRECT)
    return stored.reference


async def test_it_is_kept_sealed_read_for_surveys_exported_and_erased(backend: Backend) -> None:
    async with await backend.open() as store:
        reference = await _closed_with_survey(store, TYPED)
        [due] = await surveys_due(store)
        [owed] = await surveys_owed(store)
        assert due.reference == owed.reference == reference
        assert due.safe_times == owed.safe_times == TYPED
        exported = [row async for table, row in export_rows(store) if table == "referrals"]
        assert [row["safe_times"] for row in exported] == [TYPED]
        assert TYPED.encode() not in backend.raw(), "sealed on disk"
        assert await withdraw(store, CHAT, now=datetime.now(UTC)) == [reference]
        exported = [row async for table, row in export_rows(store) if table == "referrals"]
        assert [row["safe_times"] for row in exported] == [None], "erased with the rest"


async def test_a_referral_from_before_the_field_gets_it_from_its_answers(
    backend: Backend,
) -> None:
    async with await backend.open() as store:
        evening = await _closed_with_survey(store, "evening")
        typed = await _closed_with_survey(store, TYPED, chat="tg:2")
        # As an older rjbot left it: the times among the answers only, the copy not made.
        await change(store, "UPDATE referrals SET safe_times = NULL")
        await change(store, "DELETE FROM upgrades WHERE name = 'safe-times'")
        assert {s.safe_times for s in await surveys_owed(store)} == {None}
    async with await backend.open() as store:
        assert {s.reference: s.safe_times for s in await surveys_owed(store)} == {
            evening: "evening",
            typed: TYPED,
        }
