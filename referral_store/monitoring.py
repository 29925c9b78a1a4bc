"""Monitoring answers and outcome surveys: the categories the quarterly return counts.

Monitoring is given with its own consent after a referral (or recorded by staff
for the other party, where known), and kept as category codes beside the
referral, never with a name. A survey is asked only if the person agreed, once
their case has closed. Both are erased when the person withdraws.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from referral_store.crypto import Keyring
from referral_store.store import Store, Tx, WriteTx, open_safe_times, seal_answer, stamp

UNSAID = "unsaid"
# recorded_by for answers the person gave themselves, with their own consent.
SELF = "self"

AGE_BANDS = ("under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", UNSAID)
GENDERS = ("woman", "man", "non-binary", "other", UNSAID)
# The ethnic groups of the 2021 census of England and Wales, as "<group>-<category>".
ETHNIC_GROUPS: Mapping[str, tuple[str, ...]] = {
    "asian": ("bangladeshi", "chinese", "indian", "pakistani", "other"),
    "black": ("african", "caribbean", "other"),
    "mixed": ("white-asian", "white-black-african", "white-black-caribbean", "other"),
    "white": ("british", "irish", "gypsy-traveller", "roma", "other"),
    "other": ("arab", "any"),
}
# A group alone is a valid answer: the person gave the group but not the category.
ETHNICITIES = (
    *(f"{group}-{category}" for group, cats in ETHNIC_GROUPS.items() for category in cats),
    *ETHNIC_GROUPS,
    UNSAID,
)
DISABILITY = ("yes", "no", UNSAID)
LANGUAGE_NEEDS = ("none", "interpreter", "bsl", "easy-read", UNSAID)
FIELDS: Mapping[str, tuple[str, ...]] = {
    "age_band": AGE_BANDS,
    "gender": GENDERS,
    "ethnicity": ETHNICITIES,
    "disability": DISABILITY,
    "language_need": LANGUAGE_NEEDS,
}

# The four outcome measures of a person harmed (Norfolk and Suffolk's "distance travelled").
MEASURES = ("wellbeing", "coping", "safety", "informed")
# A person who caused harm's own (002 9.2: "Offender understanding of the impact of their
# behaviour on victim", "Relationships", "Understanding and trust in the CJS").
OFFENDER_MEASURES = ("wellbeing", "understanding", "relationships", "trust")
ALL_MEASURES = tuple(dict.fromkeys((*MEASURES, *OFFENDER_MEASURES)))
CHANGES = ("improved", "same", "worse", UNSAID)
# How the person felt the justice system dealt with the offence: 1-5, or it did not.
JUSTICE = ("1", "2", "3", "4", "5", "na", UNSAID)


class MonitoringError(ValueError):
    """An answer outside the categories, or a referral that is not this person's."""


@dataclass(frozen=True)
class SurveyDue:
    reference: str
    chat: str  # the chat the referral came from, opened
    safe_times: str | None = None  # when the person said it is safe to contact them
    party: str = "victim"  # the referral's kind: whose measures the survey asks


def ethnic_group(code: str | None) -> str | None:
    """The census group of an ethnicity code ("asian-indian" -> "asian")."""
    if not code or code == UNSAID:
        return code
    return code.split("-", 1)[0]


def check_values(values: Mapping[str, str | None]) -> dict[str, str | None]:
    """Only known fields with known codes; a field left out is stored as not asked."""
    checked: dict[str, str | None] = {}
    for field, value in values.items():
        allowed = FIELDS.get(field)
        if allowed is None:
            raise MonitoringError(f"unknown monitoring field {field!r}")
        if value is not None and value not in allowed:
            raise MonitoringError(f"{field} must be one of: {', '.join(allowed)}")
        checked[field] = value
    return checked


def check_survey(answers: Mapping[str, object]) -> dict[str, object]:
    checked: dict[str, object] = {}
    for measure in ALL_MEASURES:
        value = answers.get(measure)
        if value is not None and value not in CHANGES:
            raise MonitoringError(f"{measure} must be one of: {', '.join(CHANGES)}")
        checked[measure] = value
    satisfaction = answers.get("satisfaction")
    if satisfaction is not None:
        try:
            score = int(str(satisfaction))
        except ValueError:
            raise MonitoringError("satisfaction must be a whole number from 1 to 5") from None
        if not 1 <= score <= 5:
            raise MonitoringError("satisfaction must be a whole number from 1 to 5")
        satisfaction = score
    checked["satisfaction"] = satisfaction
    justice = answers.get("justice")
    if justice is not None and str(justice) not in JUSTICE:
        raise MonitoringError(f"justice must be one of: {', '.join(JUSTICE)}")
    checked["justice"] = None if justice is None else str(justice)
    comment = answers.get("comment")
    checked["comment"] = str(comment)[:1000] if comment else None
    return checked


async def _referral_id(store: Store, tx: Tx, reference: str, chat: str | None) -> tuple[int, str]:
    """The referral's id and kind; with ``chat``, only if that chat made it."""
    row = await tx.fetch_one(
        "SELECT id, kind, owner, status FROM referrals WHERE reference = ?", (reference,)
    )
    if row is None or row[3] == "withdrawn":
        raise MonitoringError("no such referral")
    if chat is not None and row[2] != store.keyring.owner(chat):
        raise MonitoringError("that referral was not made from this chat")
    return int(row[0]), str(row[1])


async def upsert_monitoring(
    tx: WriteTx,
    keyring: Keyring,
    reference: str,
    referral_id: int,
    subject: str,
    values: Mapping[str, str | None],
    recorded_by: str,
    moment: datetime,
    consent_at: datetime | None,
    *,
    keep_unset: bool = False,
) -> None:
    """Insert or replace one party's answers; with ``keep_unset``, a field left out stays.

    Answers keep their source: what the person gave themselves ("self") is never
    replaced by staff, who may only record what the person did not answer.
    """
    columns = list(FIELDS)
    existing = await tx.fetch_one(
        f"SELECT recorded_by, {', '.join(columns)} FROM monitoring "
        "WHERE referral_id = ? AND subject = ?",
        (referral_id, subject),
    )
    if existing is not None and existing[0] == SELF and recorded_by != SELF:
        raise MonitoringError(
            "the person gave these answers themselves, so staff cannot change them"
        )
    kept = "coalesce(excluded.{c}, monitoring.{c})" if keep_unset else "excluded.{c}"
    await tx.execute(
        f"INSERT INTO monitoring (referral_id, subject, recorded_by, recorded_at, consent_at, "
        f"{', '.join(columns)}) VALUES (?, ?, ?, ?, ?, {', '.join('?' for _ in columns)}) "
        "ON CONFLICT (referral_id, subject) DO UPDATE SET recorded_by = excluded.recorded_by, "
        "recorded_at = excluded.recorded_at, consent_at = excluded.consent_at, "
        + ", ".join(f"{c} = {kept.format(c=c)}" for c in columns),
        (
            referral_id,
            subject,
            recorded_by,
            stamp(moment),
            stamp(consent_at) if consent_at else None,
            *(seal_answer(keyring, reference, subject, c, values.get(c)) for c in columns),
        ),
    )


async def save_own_answers(
    store: Store,
    chat: str,
    reference: str,
    values: Mapping[str, str | None] | None,
    *,
    survey: bool,
    consent_at: datetime | None,
    now: datetime | None = None,
) -> None:
    """What a person chose after their referral: monitoring answers, and whether to be surveyed.

    One transaction, and only for a referral this chat made.
    """
    moment = now or datetime.now(UTC)
    checked = check_values(values) if values is not None else None
    async with store.write() as tx:
        referral_id, kind = await _referral_id(store, tx, reference, chat)
        if checked is not None:
            await upsert_monitoring(
                tx,
                store.keyring,
                reference,
                referral_id,
                kind,
                checked,
                SELF,
                moment,
                consent_at or moment,
            )
        if survey:
            await tx.execute(
                "INSERT OR IGNORE INTO surveys (referral_id, agreed_at) VALUES (?, ?)",
                (referral_id, stamp(moment)),
            )


async def surveys_due(store: Store, limit: int = 100) -> list[SurveyDue]:
    """Closed cases whose person agreed to a survey that has not been sent yet."""
    async with store.read() as tx:
        rows = await tx.fetch_all(
            "SELECT r.reference, r.contact_ref, r.safe_times, r.kind FROM surveys s "
            "JOIN referrals r ON r.id = s.referral_id WHERE s.sent_at IS NULL "
            "AND r.status = 'closed' AND r.contact_ref IS NOT NULL ORDER BY r.closed_at LIMIT ?",
            (limit,),
        )
    due = []
    for ref, sealed, times, kind in rows:
        due.append(
            SurveyDue(
                ref,
                store.keyring.open(sealed, f"referrals.contact_ref:{ref}"),
                open_safe_times(store.keyring, ref, times),
                kind,
            )
        )
    return due


async def cancel_surveys(store: Store, chat: str) -> int:
    """Forget every unanswered survey agreed from this chat (after a quick exit): how many."""
    async with store.write() as tx:
        return await tx.execute(
            "DELETE FROM surveys WHERE answered_at IS NULL AND referral_id IN "
            "(SELECT id FROM referrals WHERE owner = ?)",
            (store.keyring.owner(chat),),
        )


async def mark_survey_sent(store: Store, reference: str, *, now: datetime | None = None) -> None:
    async with store.write() as tx:
        await tx.execute(
            "UPDATE surveys SET sent_at = ? WHERE sent_at IS NULL AND referral_id = "
            "(SELECT id FROM referrals WHERE reference = ?)",
            (stamp(now or datetime.now(UTC)), reference),
        )


async def save_survey(
    store: Store,
    reference: str,
    answers: Mapping[str, object],
    *,
    recorded_by: str,
    chat: str | None = None,
    now: datetime | None = None,
) -> None:
    """Keep a survey's answers (from the person's chat, or entered by staff after a call).

    Only for a closed case whose person agreed to be surveyed; an empty survey, or a
    second one, is refused, so answers are never overwritten (or erased) unnoticed.
    """
    moment = now or datetime.now(UTC)
    checked = check_survey(answers)
    if all(value is None for value in checked.values()):
        raise MonitoringError("no answers given: an empty survey changes nothing")
    comment = checked.pop("comment")
    sealed = store.keyring.seal(str(comment), f"surveys.comment:{reference}") if comment else None
    async with store.write() as tx:
        referral_id, _ = await _referral_id(store, tx, reference, chat)
        row = await tx.fetch_one(
            "SELECT r.status, s.agreed_at, s.answered_at FROM referrals r "
            "LEFT JOIN surveys s ON s.referral_id = r.id WHERE r.id = ?",
            (referral_id,),
        )
        assert row is not None
        if row[1] is None:
            raise MonitoringError("the person did not agree to a survey")
        if row[0] != "closed":
            raise MonitoringError("a survey is asked once the case has closed")
        if row[2] is not None:
            raise MonitoringError("this survey was answered already")
        await tx.execute(
            "UPDATE surveys SET sent_at = coalesce(sent_at, ?) WHERE referral_id = ?",
            (stamp(moment), referral_id),
        )
        await tx.execute(
            "UPDATE surveys SET answered_at = ?, recorded_by = ?, wellbeing = ?, coping = ?, "
            "safety = ?, informed = ?, understanding = ?, relationships = ?, trust = ?, "
            "satisfaction = ?, justice = ?, comment = ? WHERE referral_id = ?",
            (
                stamp(moment),
                recorded_by,
                *(checked[m] for m in ALL_MEASURES),
                checked["satisfaction"],
                checked["justice"],
                sealed,
                referral_id,
            ),
        )


@dataclass(frozen=True)
class SurveyOwed:
    """A closed case whose person agreed to a survey they have not answered."""

    reference: str
    closed_at: datetime
    sent_at: datetime | None
    chat: str | None
    safe_times: str | None


async def surveys_owed(store: Store) -> list[SurveyOwed]:
    """Every agreed survey not yet answered, oldest closure first (for staff to follow up)."""
    async with store.read() as tx:
        rows = await tx.fetch_all(
            "SELECT r.reference, r.closed_at, s.sent_at, r.contact_ref, r.safe_times "
            "FROM surveys s JOIN referrals r ON r.id = s.referral_id "
            "WHERE s.answered_at IS NULL AND r.status = 'closed' ORDER BY r.closed_at",
        )
    owed = []
    for ref, closed_at, sent_at, chat, times in rows:
        owed.append(
            SurveyOwed(
                ref,
                datetime.fromisoformat(closed_at),
                datetime.fromisoformat(sent_at) if sent_at else None,
                store.keyring.open(chat, f"referrals.contact_ref:{ref}") if chat else None,
                open_safe_times(store.keyring, ref, times),
            )
        )
    return owed
