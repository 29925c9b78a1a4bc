"""Answers are never silently overwritten: their source is kept, and surveys have rules."""

from __future__ import annotations

import pytest

from referral_store import Consent, Store
from referral_store.desk import ClosureReason, Desk, DeskError, Role
from referral_store.monitoring import save_own_answers, save_survey
from referral_store.transfer import export_rows
from tests.conftest import Backend
from tests.test_privacy_store import CHAT, NOW, referral


async def answers(store: Store, table: str) -> list[dict[str, object]]:
    return [row async for name, row in export_rows(store) if name == table]


async def test_staff_cannot_overwrite_what_the_person_said(backend: Backend) -> None:
    async with await backend.open() as store:
        desk = Desk(store)
        cat = await desk.join(await desk.invite(Role.MANAGER), 1, "Cat")
        assert cat is not None
        stored = await store.submit_referral(
            referral(), Consent("v1", "en", NOW), conversation=(CHAT, "{}"), now=NOW
        )
        own = {"ethnicity": "white-irish", "gender": "woman"}
        await save_own_answers(store, CHAT, stored.reference, own, survey=True, consent_at=NOW)
        with pytest.raises(DeskError, match="gave these answers themselves"):
            await desk.record_monitoring(
                stored.reference, cat, "victim", {"ethnicity": "asian-indian"}
            )
        [kept] = await answers(store, "monitoring")
        assert (kept["ethnicity"], kept["gender"], kept["recorded_by"]) == (
            "white-irish",
            "woman",
            "self",
        )
        # The other party's answers are staff's to record.
        await desk.record_monitoring(stored.reference, cat, "offender", {"gender": "man"})
        sources = {r["subject"]: r["recorded_by"] for r in await answers(store, "monitoring")}
        assert sources == {"victim": "self", "offender": cat.actor}


async def test_a_survey_needs_agreement_a_closed_case_and_some_answers(backend: Backend) -> None:
    async with await backend.open() as store:
        desk = Desk(store)
        cat = await desk.join(await desk.invite(Role.MANAGER), 1, "Cat")
        assert cat is not None
        agreed = await store.submit_referral(
            referral(), Consent("v1", "en", NOW), conversation=(CHAT, "{}"), now=NOW
        )
        await save_own_answers(store, CHAT, agreed.reference, None, survey=True, consent_at=NOW)
        silent = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        good = {"wellbeing": "improved", "satisfaction": 5}
        with pytest.raises(DeskError, match="once the case has closed"):
            await desk.record_survey(agreed.reference, cat, good)
        for stored in (agreed, silent):
            await desk.close(stored.reference, cat, ClosureReason.DIRECT, now=NOW)
        with pytest.raises(DeskError, match="did not agree"):
            await desk.record_survey(silent.reference, cat, good)
        with pytest.raises(DeskError, match="empty survey"):
            await desk.record_survey(agreed.reference, cat, {})
        await save_survey(store, agreed.reference, good, recorded_by="self", chat=CHAT)
        with pytest.raises(DeskError, match="answered already"):
            await desk.record_survey(agreed.reference, cat, {"wellbeing": "worse"})
        [survey] = await answers(store, "surveys")
        assert (survey["wellbeing"], survey["satisfaction"], survey["recorded_by"]) == (
            "improved",
            5,
            "self",
        )
