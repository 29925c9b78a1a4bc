"""A quarter of synthetic referrals with known answers, shared by the return and export tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from referral_store import Consent, NewReferral, Priority, ReferralKind, Status, Store
from referral_store.desk import Activity, ClosureDetail, ClosureReason, ContactMethod, Desk, Onward
from referral_store.desk import Role as StaffRole
from referral_store.monitoring import save_own_answers, save_survey
from referral_store.privacy import withdraw


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def new(
    kind: ReferralKind = ReferralKind.VICTIM,
    source: str | None = None,
    area: str | None = "wm",
    priority: Priority = Priority.STANDARD,
) -> NewReferral:
    return NewReferral(
        kind=kind,
        channel="telegram",
        source=source,
        priority=priority,
        area=area,
        language="en",
        interpreter=False,
        crime_category="burglary",
        markers=("hate",) if source == "police" else (),
        stage="finished",
        route=None,
        details={"name": "Sam"},
    )


async def put(store: Store, referral: NewReferral, when: datetime, chat: str) -> str:
    stored = await store.submit_referral(
        referral, Consent("v1", "en", when), conversation=(chat, "{}"), now=when
    )
    return stored.reference


async def seed_quarter(store: Store) -> dict[str, str]:
    """Six referrals received in 2026Q1 and one from before it, worked through the desk."""
    desk = Desk(store)
    ann = await desk.join(await desk.invite(StaffRole.MANAGER), 1, "Ann")
    assert ann is not None
    refs = {
        # Thursday 30 April: the 5 working days skip the Early May bank holiday (4 May),
        # so first contact is due Friday 8 May at 17:00 BST, not Thursday 7 May.
        "A": await put(store, new(), at(4, 30, 9), "tg:1"),
        # Monday 18 May: due Tuesday 26 May (Spring bank holiday 25 May); reached 27 May.
        "B": await put(store, new(source="police"), at(5, 18), "tg:2"),
        # Enhanced, 48 hours, never reached.
        "C": await put(
            store, new(source="police", area="ne", priority=Priority.ENHANCED), at(6, 1), "tg:3"
        ),
        "D": await put(store, new(ReferralKind.OFFENDER, "probation", "ne"), at(6, 10), "tg:4"),
        # Due in July: not yet due when the quarter ends.
        "E": await put(store, new(area=None), at(6, 29), "tg:5"),
        "F": await put(store, new(), at(6, 2), "tg:6"),
        # Received in March, closed in the quarter as unsuitable.
        "G": await put(store, new(), datetime(2026, 3, 20, 10, tzinfo=UTC), "tg:7"),
    }
    for key in "ABDG":
        # Claimed straight away; C, E and F are never claimed.
        received = (await store.get_referral(refs[key])).received_at  # type: ignore[union-attr]
        await desk.claim(refs[key], ann, now=received + timedelta(hours=1))
    a = refs["A"]
    await desk.log_contact(a, ann, ContactMethod.PHONE, reached=True, now=at(5, 8, 15))
    await desk.set_status(a, ann, Status.ASSESSING, now=at(5, 12))
    await desk.set_status(a, ann, Status.PREPARING, now=at(5, 20))
    await desk.set_status(a, ann, Status.ACTIVITY, Activity.CONFERENCE, now=at(6, 1))
    await desk.close(a, ann, ClosureReason.DIRECT, now=at(6, 25))
    await desk.log_contact(refs["B"], ann, ContactMethod.PHONE, reached=True, now=at(5, 27))
    d = refs["D"]
    await desk.log_contact(d, ann, ContactMethod.LETTER, reached=True, now=at(6, 11))
    await desk.set_status(d, ann, Status.ASSESSING, now=at(6, 12))
    await desk.set_status(d, ann, Status.PREPARING, now=at(6, 15))
    await desk.set_status(d, ann, Status.ACTIVITY, Activity.SHUTTLE_MEDIATION, now=at(6, 20))
    await withdraw(store, "tg:6", now=at(6, 3))
    g = refs["G"]
    await desk.close(g, ann, ClosureReason.UNSUITABLE, ClosureDetail.RISK, now=at(4, 15))
    await desk.refer_on(g, ann, Onward.VICTIM_SUPPORT, agreed=True, now=at(4, 15, 11))

    own = {
        "A": ("35-44", "woman", "asian-indian", "no", "none"),
        "B": ("18-24", "man", "white-british", "yes", "interpreter"),
        "D": ("25-34", "man", "black-caribbean", "unsaid", "none"),
    }
    fields = ("age_band", "gender", "ethnicity", "disability", "language_need")
    for key, values in own.items():
        chat = f"tg:{'ABCD'.index(key) + 1}"
        await save_own_answers(
            store,
            chat,
            refs[key],
            dict(zip(fields, values, strict=True)),
            survey=key == "A",
            consent_at=at(6, 1),
            now=at(6, 1),
        )
    await desk.record_monitoring(
        a, ann, "offender", {"age_band": "45-54", "gender": "man", "ethnicity": "white"}
    )
    await save_survey(
        store,
        a,
        {
            "wellbeing": "improved",
            "coping": "improved",
            "safety": "same",
            "informed": "improved",
            "satisfaction": "5",
            "justice": "na",
        },
        recorded_by="self",
        chat="tg:1",
        now=at(6, 26),
    )
    return refs
