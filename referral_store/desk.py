"""The facilitators' desk: staff, claims, contacts, statuses, alerts, and the audit log.

Every read or change of a referral's personal data by staff writes an audit
row in the same transaction, so the log cannot miss what happened. Claiming
is one ``UPDATE ... RETURNING`` inside ``BEGIN IMMEDIATE``: two facilitators
pressing Claim at once, even from two processes, never both get it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from referral_store import audit
from referral_store.models import Referral, Status
from referral_store.monitoring import (
    MonitoringError,
    check_values,
    save_survey,
    upsert_monitoring,
)
from referral_store.references import ALPHABET
from referral_store.store import QUEUE_SELECT, Row, Store, Tx, WriteTx, queue_item, stamp


class Role(StrEnum):
    FACILITATOR = "facilitator"
    MANAGER = "manager"


class ContactMethod(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    TELEGRAM = "telegram"
    IN_PERSON = "in-person"


class Activity(StrEnum):
    CONFERENCE = "conference"
    COMMUNITY_CONFERENCE = "community-conference"
    SHUTTLE_MEDIATION = "shuttle-mediation"
    LETTERS = "letters"
    RECORDED_VIDEO = "recorded-video"


class ClosureReason(StrEnum):
    DIRECT = "direct-delivered"
    INDIRECT = "indirect-delivered"
    VICTIM_DISENGAGED = "victim-disengaged"
    OFFENDER_DISENGAGED = "offender-disengaged"
    UNSUITABLE = "unsuitable"
    WITHDRAWN = "withdrawn"
    OUT_OF_SCOPE = "out-of-scope-onward"
    DECLINED = "declined-by-service"


class ClosureDetail(StrEnum):
    """Why a case was declined, found unsuitable or disengaged: counted in the return."""

    RISK = "risk"
    NO_RESPONSIBILITY = "no-responsibility"
    OTHER_PARTY_DECLINED = "other-party-declined"
    OTHER_PARTY_NOT_FOUND = "other-party-not-found"
    OUT_OF_AREA = "out-of-area"
    UNDER_18 = "under-18"
    CRIME_OUT_OF_SCOPE = "crime-out-of-scope"
    CHANGED_MIND = "changed-mind"
    NO_RESPONSE = "no-response"
    OTHER = "other"


class Onward(StrEnum):
    """Services a person was referred on to (the return counts them)."""

    VICTIM_SUPPORT = "victim-support"
    DOMESTIC_ABUSE = "domestic-abuse"
    SEXUAL_VIOLENCE = "sexual-violence"
    MENTAL_HEALTH = "mental-health"
    YOUTH_OFFENDING_TEAM = "youth-offending-team"
    OTHER_RJ_SERVICE = "other-rj-service"
    SUBSTANCE_MISUSE = "substance-misuse"
    HOUSING = "housing"
    OTHER = "other"


class AlertKind(StrEnum):
    REMINDER = "reminder"
    ESCALATION = "escalation"


# An invite code: 4 groups of 4 from a 31-letter alphabet, about 79 bits: not guessable.
INVITE_GROUPS = 4
# /join: this many wrong codes from one account within the window, and it is refused.
JOIN_TRIES = 5
JOIN_WINDOW = timedelta(hours=1)

# Statuses staff may move a claimed referral to by hand (closing has its own call).
PROGRESS = (Status.ASSESSING, Status.PREPARING, Status.ACTIVITY)


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    role: Role
    telegram_id: int | None
    language: str = "en"

    @property
    def actor(self) -> str:
        return f"staff:{self.id}"


@dataclass(frozen=True)
class ClaimResult:
    """``ok``: the claimer has it; otherwise ``holder`` has it, it is gone, or it needs a
    practitioner trained for sensitive and complex cases (``needs_training``)."""

    ok: bool
    holder: str | None = None
    found: bool = True
    needs_training: bool = False


class Care(StrEnum):
    """Seed 002 5.10's two kinds of case that only trained practitioners may take."""

    SENSITIVE = "sensitive"
    COMPLEX = "complex"


@dataclass(frozen=True)
class Alert:
    reference: str
    kind: AlertKind
    due_at: datetime
    priority: str
    claimer_telegram_id: int | None
    claimer_language: str = "en"


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    reference: str | None
    detail: str


def D_(message: str) -> str:
    """Mark a message for the desk catalog (translated where staff read it)."""
    return message


# Seed 002 5.10: "practitioners must not undertake sensitive and/or complex cases unless
# they have the skills, experience and knowledge to do so".
NEEDS_TRAINING = D_(
    "{reference} is a sensitive or complex case: only staff trained for such cases can take it."
)
_TRAINED_OR_PLAIN = (
    "(r.care = '[]' OR EXISTS (SELECT 1 FROM staff s WHERE s.id = ? AND s.complex_cases = 1))"
)


class DeskError(Exception):
    """What staff tried cannot be done; the message says why, with no personal data.

    ``template`` is the English message id, filled from ``params``, so a channel can
    say it in the staff member's language.
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


class Desk:
    """Staff-side operations over a :class:`Store` (sharing its connection and lock)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- staff -----------------------------------------------------------------

    async def invite(
        self,
        role: Role,
        *,
        valid_for: timedelta = timedelta(hours=24),
        now: datetime | None = None,
        actor: str = "cli",
    ) -> str:
        """A one-time code to enrol one account; only its hash is kept."""
        moment = _now(now)
        code = "-".join(
            "".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(INVITE_GROUPS)
        )
        async with self.store.write() as tx:
            await tx.execute(
                "INSERT INTO invites (code_hash, role, created_at, expires_at) VALUES (?, ?, ?, ?)",
                (_hash(code), str(role), stamp(moment), stamp(moment + valid_for)),
            )
            await _audit(tx, moment, actor, "invite", None, str(role))
        return code

    async def join(
        self,
        code: str,
        telegram_id: int,
        name: str,
        language: str = "en",
        *,
        now: datetime | None = None,
    ) -> Staff | None:
        """Enrol the account if the code is unused and unexpired; ``None`` otherwise."""
        moment = _now(now)
        who = self.store.keyring.owner(f"join:{telegram_id}")
        async with self.store.write() as tx:
            await tx.execute(
                "DELETE FROM join_attempts WHERE who = ? AND at < ?",
                (who, stamp(moment - JOIN_WINDOW)),
            )
            tries = await tx.fetch_one("SELECT count(*) FROM join_attempts WHERE who = ?", (who,))
            if tries is not None and tries[0] >= JOIN_TRIES:
                # Too many wrong codes from this account lately: no code is even tried.
                return None
            row = await tx.fetch_one(
                "UPDATE invites SET used_at = ? WHERE code_hash = ? AND used_at IS NULL "
                "AND expires_at > ? RETURNING role",
                (stamp(moment), _hash(code), stamp(moment)),
            )
            if row is None:
                await tx.execute(
                    "INSERT INTO join_attempts (who, at) VALUES (?, ?)", (who, stamp(moment))
                )
                return None
            staff_row = await tx.fetch_one(
                "INSERT INTO staff (telegram_id, name, role, language, added_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (telegram_id) DO UPDATE SET "
                "name = excluded.name, role = excluded.role, language = excluded.language, "
                "added_at = excluded.added_at, removed_at = NULL RETURNING id",
                (telegram_id, name[:60], row[0], language, stamp(moment)),
            )
            assert staff_row is not None
            await tx.execute(
                "UPDATE invites SET used_by = ? WHERE code_hash = ?", (staff_row[0], _hash(code))
            )
            await _audit(tx, moment, f"staff:{staff_row[0]}", "join", None, row[0])
        return Staff(staff_row[0], name[:60], Role(row[0]), telegram_id, language)

    async def staff(self, *, include_removed: bool = False) -> list[Staff]:
        where = "" if include_removed else "WHERE removed_at IS NULL"
        return await self._members(f"{where} ORDER BY id", ())

    async def by_telegram(self, telegram_id: int) -> Staff | None:
        found = await self._members("WHERE telegram_id = ? AND removed_at IS NULL", (telegram_id,))
        return found[0] if found else None

    async def by_id(self, staff_id: int) -> Staff | None:
        found = await self._members("WHERE id = ? AND removed_at IS NULL", (staff_id,))
        return found[0] if found else None

    async def set_language(self, staff: Staff, language: str) -> Staff:
        """The language this member of staff reads the desk in."""
        async with self.store.write() as tx:
            await tx.execute("UPDATE staff SET language = ? WHERE id = ?", (language, staff.id))
            await _audit(tx, _now(None), staff.actor, "desk-language", None, language)
        return Staff(staff.id, staff.name, staff.role, staff.telegram_id, language)

    async def _members(self, where: str, params: tuple[object, ...]) -> list[Staff]:
        rows = await self._fetch(
            f"SELECT id, name, role, telegram_id, language FROM staff {where}", params
        )
        return [Staff(r[0], r[1], Role(r[2]), r[3], r[4]) for r in rows]

    async def remove(
        self, staff_id: int, *, actor: str = "cli", now: datetime | None = None
    ) -> bool:
        """Remove a member of staff; their referrals go back to the queue, unclaimed."""
        moment = _now(now)
        async with self.store.write() as tx:
            if (
                await tx.fetch_one(
                    "UPDATE staff SET removed_at = ? WHERE id = ? AND removed_at IS NULL "
                    "RETURNING id",
                    (stamp(moment), staff_id),
                )
                is None
            ):
                return False
            await tx.execute(
                "UPDATE referrals SET claimed_by = NULL, claimed_at = NULL, "
                "status = CASE WHEN status = 'claimed' THEN 'new' ELSE status END "
                "WHERE claimed_by = ?",
                (staff_id,),
            )
            await _audit(tx, moment, actor, "remove-staff", None, str(staff_id))
        return True

    # -- reading ---------------------------------------------------------------

    async def mine(self, staff: Staff) -> list[Any]:
        rows = await self._fetch(
            f"{QUEUE_SELECT} WHERE r.claimed_by = ? AND r.status NOT IN ('closed', 'withdrawn') "
            "ORDER BY r.due_at",
            (staff.id,),
        )
        return [queue_item(row) for row in rows]

    async def view(self, reference: str, actor: Staff | str) -> Referral:
        """The full referral, for its claimer, a manager, or the command line; audited."""
        referral = await self.store.get_referral(reference)
        if referral is None:
            raise DeskError(D_("No referral {reference}."), reference=reference)
        if isinstance(actor, Staff):
            self._may_act(actor, referral.claimed_by_id)
        who = actor.actor if isinstance(actor, Staff) else actor
        async with self.store.write() as tx:
            await _audit(tx, _now(None), who, "view", reference, "")
        return referral

    async def contacts(self, reference: str) -> list[tuple[datetime, str, bool, str]]:
        rows = await self._fetch(
            "SELECT c.at, c.method, c.reached, c.note FROM contacts c "
            "JOIN referrals r ON r.id = c.referral_id WHERE r.reference = ? ORDER BY c.at",
            (reference,),
        )
        return [
            (datetime.fromisoformat(r[0]), r[1], bool(r[2]), self._note(reference, r[3]))
            for r in rows
        ]

    def _seal_note(self, reference: str, note: str) -> str | None:
        return self.store.keyring.seal(note[:1000], f"contacts.note:{reference}") if note else None

    def _note(self, reference: str, sealed: str | None) -> str:
        return self.store.keyring.open(sealed, f"contacts.note:{reference}") if sealed else ""

    async def audit_log(self, reference: str | None = None, limit: int = 200) -> list[AuditEntry]:
        if reference:
            rows = await self._fetch(
                "SELECT at, actor, action, reference, detail FROM audit WHERE reference = ? "
                "ORDER BY id DESC LIMIT ?",
                (reference, limit),
            )
        else:
            rows = await self._fetch(
                "SELECT at, actor, action, reference, detail FROM audit ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        return [AuditEntry(datetime.fromisoformat(r[0]), r[1], r[2], r[3], r[4]) for r in rows]

    # -- acting ----------------------------------------------------------------

    async def claim(
        self, reference: str, staff: Staff, *, now: datetime | None = None
    ) -> ClaimResult:
        moment = _now(now)
        async with self.store.write() as tx:
            row = await tx.fetch_one(
                "UPDATE referrals AS r SET claimed_by = ?, claimed_at = ?, "
                "status = CASE WHEN status = 'new' THEN 'claimed' ELSE status END "
                "WHERE reference = ? AND claimed_by IS NULL "
                f"AND status NOT IN ('closed', 'withdrawn') AND {_TRAINED_OR_PLAIN} RETURNING id",
                (staff.id, stamp(moment), reference, staff.id),
            )
            if row is not None:
                await _event(tx, row[0], moment, "claimed", staff.actor)
                await _audit(tx, moment, staff.actor, "claim", reference, "")
                return ClaimResult(ok=True)
            other = await tx.fetch_one(
                "SELECT s.name, r.status, r.claimed_by FROM referrals r LEFT JOIN staff s "
                "ON s.id = r.claimed_by WHERE r.reference = ?",
                (reference,),
            )
        if other is None or other[1] in ("closed", "withdrawn"):
            return ClaimResult(ok=False, found=False)
        if other[2] is None:
            return ClaimResult(ok=False, needs_training=True)
        return ClaimResult(ok=False, holder=other[0])

    async def set_training(
        self, staff_id: int, trained: bool, manager: Staff, *, now: datetime | None = None
    ) -> None:
        """A manager records whether a practitioner is trained for sensitive and complex cases."""
        if manager.role is not Role.MANAGER:
            raise DeskError(D_("Only a manager can record training."))
        moment = _now(now)
        async with self.store.write() as tx:
            await tx.execute(
                "UPDATE staff SET complex_cases = ? WHERE id = ?", (int(trained), staff_id)
            )
            detail = f"staff:{staff_id} {'trained' if trained else 'not trained'}"
            await _audit(tx, moment, manager.actor, "training", None, detail)

    async def mark_care(
        self,
        reference: str,
        staff: Staff,
        care: frozenset[Care],
        *,
        now: datetime | None = None,
    ) -> None:
        """Staff mark a case sensitive and/or complex on what they learn (002 5.10)."""
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff)
            chosen = json.dumps(sorted(str(c) for c in care))
            await tx.execute("UPDATE referrals SET care = ? WHERE id = ?", (chosen, referral_id))
            await _event(tx, referral_id, moment, "care", staff.actor, {"care": chosen})
            await _audit(tx, moment, staff.actor, "care", reference, chosen)

    async def queue(self, staff: Staff) -> list[Any]:
        """Open referrals, soonest due first; a manager sees unclaimed sensitive and complex
        cases first, since only trained staff may take them (002 5.10)."""
        items = await self.store.open_referrals()
        if staff.role is not Role.MANAGER:
            return items
        rows = await self._fetch(
            "SELECT reference FROM referrals WHERE claimed_by IS NULL AND care != '[]' "
            "AND status NOT IN ('closed', 'withdrawn')"
        )
        special = {r[0] for r in rows}
        return sorted(items, key=lambda i: i.reference not in special)

    async def release(self, reference: str, staff: Staff, *, now: datetime | None = None) -> None:
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff)
            await tx.execute(
                "UPDATE referrals SET claimed_by = NULL, claimed_at = NULL, "
                "status = CASE WHEN status = 'claimed' THEN 'new' ELSE status END WHERE id = ?",
                (referral_id,),
            )
            await _event(tx, referral_id, moment, "released", staff.actor)
            await _audit(tx, moment, staff.actor, "release", reference, "")

    async def reassign(
        self, reference: str, to: Staff, manager: Staff, *, now: datetime | None = None
    ) -> None:
        if manager.role is not Role.MANAGER:
            raise DeskError(D_("Only a manager can reassign a referral."))
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, manager)
            if (
                await tx.fetch_one(
                    "UPDATE referrals AS r SET claimed_by = ?, claimed_at = ?, "
                    "status = CASE WHEN status = 'new' THEN 'claimed' ELSE status END "
                    f"WHERE id = ? AND {_TRAINED_OR_PLAIN} RETURNING id",
                    (to.id, stamp(moment), referral_id, to.id),
                )
                is None
            ):
                raise DeskError(NEEDS_TRAINING, reference=reference)
            await _event(tx, referral_id, moment, "reassigned", manager.actor, {"to": to.id})
            await _audit(tx, moment, manager.actor, "reassign", reference, f"to staff:{to.id}")

    async def log_contact(
        self,
        reference: str,
        staff: Staff,
        method: ContactMethod,
        reached: bool,
        note: str = "",
        *,
        minutes: int | None = None,
        party: str | None = None,
        now: datetime | None = None,
    ) -> int:
        """Record a contact attempt; a reached person stops the first-contact clock.

        ``minutes`` spent directly with ``party`` (the victim or the offender; by default the
        person who made the referral) count toward 002 9.2's "Number of staff and volunteer
        hours spent directly with victims and offenders".
        """
        if minutes is not None and not 0 <= minutes <= 24 * 60:
            raise DeskError(D_("Give the minutes spent as a number from 0 to 1440."))
        if party not in (None, "victim", "offender"):
            raise DeskError(D_("Say whose answers these are: victim or offender."))
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff)
            row = await tx.fetch_one(
                "INSERT INTO contacts (referral_id, at, staff_id, method, reached, note) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    referral_id,
                    stamp(moment),
                    staff.id,
                    str(method),
                    int(reached),
                    self._seal_note(reference, note),
                ),
            )
            assert row is not None
            if reached:
                await self._first_contact(tx, referral_id, moment)
            await _event(
                tx,
                referral_id,
                moment,
                "contact",
                staff.actor,
                {"method": str(method), "reached": reached}
                | ({"minutes": minutes} if minutes is not None else {})
                | ({"with": party} if party else {}),
            )
            await _audit(tx, moment, staff.actor, "contact", reference, str(method))
        return int(row[0])

    async def add_note(self, contact_id: int, staff: Staff, note: str) -> bool:
        """Add a note to a contact its author recorded; ``False`` if there is no such contact."""
        async with self.store.write() as tx:
            row = await tx.fetch_one(
                "SELECT r.reference, r.status FROM contacts c "
                "JOIN referrals r ON r.id = c.referral_id WHERE c.id = ? AND c.staff_id = ?",
                (contact_id, staff.id),
            )
            if row is not None and row[1] == "withdrawn":
                # The person took back what they gave: nothing new is kept about them.
                raise DeskError(D_("{reference} was withdrawn by the person."), reference=row[0])
            if row is not None:
                await tx.execute(
                    "UPDATE contacts SET note = ? WHERE id = ?",
                    (self._seal_note(row[0], note), contact_id),
                )
                await _audit(tx, _now(None), staff.actor, "contact-note", row[0], "")
        return row is not None

    async def first_contact(
        self, reference: str, staff: Staff, *, now: datetime | None = None
    ) -> None:
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff)
            await self._first_contact(tx, referral_id, moment)
            await _event(tx, referral_id, moment, "first-contact", staff.actor)
            await _audit(tx, moment, staff.actor, "first-contact", reference, "")

    @staticmethod
    async def _first_contact(tx: WriteTx, referral_id: int, moment: datetime) -> None:
        await tx.execute(
            "UPDATE referrals SET first_contact_at = coalesce(first_contact_at, ?), "
            "status = CASE WHEN status IN ('new', 'claimed') THEN 'contacted' ELSE status END "
            "WHERE id = ?",
            (stamp(moment), referral_id),
        )

    async def set_status(
        self,
        reference: str,
        staff: Staff,
        status: Status,
        activity: Activity | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        if status not in PROGRESS:
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            raise DeskError(D_("Use close to close a referral."))
        if (status is Status.ACTIVITY) != (activity is not None):
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            raise DeskError(D_("Say which RJ activity, and only for the activity status."))
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff)
            await tx.execute(
                "UPDATE referrals SET status = ?, activity = coalesce(?, activity) WHERE id = ?",
                (str(status), str(activity) if activity else None, referral_id),
            )
            await _event(
                tx,
                referral_id,
                moment,
                "status",
                staff.actor,
                {"status": str(status), "activity": activity and str(activity)},
            )
            await _audit(tx, moment, staff.actor, "status", reference, str(status))

    async def close(
        self,
        reference: str,
        staff: Staff,
        reason: ClosureReason,
        detail: ClosureDetail | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff)
            await tx.execute(
                "UPDATE referrals SET status = 'closed', closure_reason = ?, closure_detail = ?, "
                "closed_at = ? WHERE id = ?",
                (str(reason), detail and str(detail), stamp(moment), referral_id),
            )
            data: dict[str, object] = {"reason": str(reason), "detail": detail and str(detail)}
            await _event(tx, referral_id, moment, "closed", staff.actor, data)
            await _audit(tx, moment, staff.actor, "close", reference, str(reason))

    async def onward_consent(self, reference: str, to: Onward) -> bool:
        """Whether the person has agreed to be passed on to ``to`` (in the chat or to staff)."""
        rows = await self._fetch(
            "SELECT 1 FROM onward_consents o JOIN referrals r ON r.id = o.referral_id "
            "WHERE r.reference = ? AND o.service = ?",
            (reference, str(to)),
        )
        return bool(rows)

    async def refer_on(
        self,
        reference: str,
        staff: Staff,
        to: Onward,
        *,
        agreed: bool = False,
        now: datetime | None = None,
    ) -> None:
        """Record that the person was referred on to another service, with their consent.

        Seed 002 10: "Referrals will only be made with consent from the victim." Consent
        given in the chat counts; otherwise staff must say the person agreed (``agreed``),
        which is recorded as a consent of its own.
        """
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff, allow_closed=True)
            if (
                await tx.fetch_one(
                    "SELECT 1 FROM onward_consents WHERE referral_id = ? AND service = ?",
                    (referral_id, str(to)),
                )
                is None
            ):
                if not agreed:
                    raise DeskError(
                        D_(
                            "{reference} has not agreed to be passed on to this service. "
                            "Ask them first, and record it only if they say yes."
                        ),
                        reference=reference,
                    )
                await tx.execute(
                    "INSERT INTO onward_consents (referral_id, service, given_at, recorded_by) "
                    "VALUES (?, ?, ?, ?)",
                    (referral_id, str(to), stamp(moment), staff.actor),
                )
                await _audit(tx, moment, staff.actor, "onward-consent", reference, str(to))
            await _event(tx, referral_id, moment, "onward", staff.actor, {"to": str(to)})
            await _audit(tx, moment, staff.actor, "onward", reference, str(to))

    async def record_monitoring(
        self,
        reference: str,
        staff: Staff,
        subject: str,
        values: Mapping[str, str | None],
        *,
        now: datetime | None = None,
    ) -> None:
        """Staff record the other party's monitoring answers, where known."""
        if subject not in ("victim", "offender"):
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            raise DeskError(D_("Say whose answers these are: victim or offender."))
        try:
            checked = check_values(values)
        except MonitoringError as error:
            raise DeskError(f"{error}.") from None
        moment = _now(now)
        async with self.store.write() as tx:
            referral_id = await self._owned(tx, reference, staff, allow_closed=True)
            # Staff add what they learn a bit at a time: a field not given is left as it was.
            try:
                await upsert_monitoring(
                    tx,
                    self.store.keyring,
                    reference,
                    referral_id,
                    subject,
                    checked,
                    staff.actor,
                    moment,
                    None,
                    keep_unset=True,
                )
            except MonitoringError as error:
                raise DeskError(f"{error}.") from None
            await _audit(tx, moment, staff.actor, "monitoring", reference, subject)

    async def record_survey(
        self,
        reference: str,
        staff: Staff,
        answers: Mapping[str, object],
        *,
        now: datetime | None = None,
    ) -> None:
        """Answers a person gave on a call, entered by staff."""
        # One transaction: the check, the answers and the audit entry, all or nothing.
        async with self.store.write() as tx:
            row = await tx.fetch_one(
                "SELECT claimed_by FROM referrals WHERE reference = ?", (reference,)
            )
            if row is None:
                raise DeskError(D_("No referral {reference}."), reference=reference)
            self._may_act(staff, row[0])
            try:
                await save_survey(self.store, reference, answers, recorded_by=staff.actor, now=now)
            except MonitoringError as error:
                raise DeskError(f"{error}.") from None
            await _audit(tx, _now(now), staff.actor, "survey", reference, "")

    # -- alerts ----------------------------------------------------------------

    async def raise_alerts(self, now: datetime, remind_before: timedelta) -> int:
        """Raise each due reminder and escalation once, ever; return how many were new.

        Both are found through the index of referrals awaiting first contact,
        so the sweep costs the same at a million stored referrals as at ten.
        """
        async with self.store.write() as tx:
            return await tx.execute(
                "INSERT OR IGNORE INTO alerts (referral_id, kind, raised_at) "
                "SELECT id, CASE WHEN due_at <= ? THEN 'escalation' ELSE 'reminder' END, ? "
                "FROM referrals WHERE first_contact_at IS NULL "
                "AND status NOT IN ('closed', 'withdrawn') AND due_at <= ?",
                (stamp(now), stamp(now), stamp(now + remind_before)),
            )

    async def unsent_alerts(self) -> list[Alert]:
        rows = await self._fetch(
            "SELECT r.reference, a.kind, r.due_at, r.priority, s.telegram_id, s.language "
            "FROM alerts a JOIN referrals r ON r.id = a.referral_id "
            "LEFT JOIN staff s ON s.id = r.claimed_by AND s.removed_at IS NULL "
            "WHERE a.sent_at IS NULL ORDER BY a.raised_at, r.due_at"
        )
        return [
            Alert(r[0], AlertKind(r[1]), datetime.fromisoformat(r[2]), r[3], r[4], r[5] or "en")
            for r in rows
        ]

    async def mark_sent(self, alert: Alert, *, now: datetime | None = None) -> None:
        async with self.store.write() as tx:
            await tx.execute(
                "UPDATE alerts SET sent_at = ? WHERE kind = ? AND sent_at IS NULL AND "
                "referral_id = (SELECT id FROM referrals WHERE reference = ?)",
                (stamp(_now(now)), str(alert.kind), alert.reference),
            )

    async def take_lease(self, name: str, holder: str, now: datetime, length: timedelta) -> bool:
        """Hold ``name`` until ``now + length`` unless someone else holds it still."""
        async with self.store.write() as tx:
            return (
                await tx.fetch_one(
                    "INSERT INTO leases (name, holder, until) VALUES (?, ?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
                    "until = excluded.until WHERE leases.until <= ? OR leases.holder = ? "
                    "RETURNING holder",
                    (name, holder, stamp(now + length), stamp(now), holder),
                )
                is not None
            )

    async def drop_lease(self, name: str, holder: str) -> None:
        async with self.store.write() as tx:
            await tx.execute("DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder))

    async def start_delivery(
        self, alert: Alert, recipient: int, now: datetime, hold: timedelta
    ) -> int | None:
        """Claim one try at sending ``alert`` to ``recipient``; the try's number, or ``None``.

        ``None`` when it was delivered already, or is being sent, or its next try is not
        due. The try is booked (held for ``hold``) before sending, so a second sweeper, or
        this one after a crash, cannot send it twice meanwhile.
        """
        async with self.store.write() as tx:
            row = await tx.fetch_one(
                "SELECT d.attempts, d.next_at, d.delivered_at FROM deliveries d "
                "JOIN referrals r ON r.id = d.referral_id "
                "WHERE r.reference = ? AND d.kind = ? AND d.recipient = ?",
                (alert.reference, str(alert.kind), recipient),
            )
            attempts = 0 if row is None else int(row[0])
            if row is not None and (row[2] is not None or (row[1] and row[1] > stamp(now))):
                return None
            await tx.execute(
                "INSERT INTO deliveries (referral_id, kind, recipient, attempts, next_at) "
                "SELECT id, ?, ?, 1, ? FROM referrals WHERE reference = ? "
                "ON CONFLICT (referral_id, kind, recipient) DO UPDATE SET "
                "attempts = attempts + 1, next_at = excluded.next_at",
                (str(alert.kind), recipient, stamp(now + hold), alert.reference),
            )
        return attempts + 1

    async def failed_delivery(
        self, alert: Alert, recipient: int, attempt: int, now: datetime, retry_after: timedelta
    ) -> None:
        """Book the next try after a failed one: the wait doubles each time, up to a day."""
        wait = min(retry_after * 2 ** (attempt - 1), timedelta(days=1))
        async with self.store.write() as tx:
            await tx.execute(
                "UPDATE deliveries SET next_at = ? WHERE kind = ? AND recipient = ? AND "
                "referral_id = (SELECT id FROM referrals WHERE reference = ?)",
                (stamp(now + wait), str(alert.kind), recipient, alert.reference),
            )

    async def delivered_to(self, alert: Alert) -> set[int]:
        rows = await self._fetch(
            "SELECT d.recipient FROM deliveries d JOIN referrals r ON r.id = d.referral_id "
            "WHERE r.reference = ? AND d.kind = ? AND d.delivered_at IS NOT NULL",
            (alert.reference, str(alert.kind)),
        )
        return {int(r[0]) for r in rows}

    async def delivered(self, alert: Alert, recipient: int, now: datetime) -> None:
        async with self.store.write() as tx:
            await tx.execute(
                "UPDATE deliveries SET delivered_at = ? WHERE kind = ? AND recipient = ? AND "
                "referral_id = (SELECT id FROM referrals WHERE reference = ?)",
                (stamp(now), str(alert.kind), recipient, alert.reference),
            )

    async def report_undelivered(self, alert: Alert, recipient: int, now: datetime) -> bool:
        """Note, once, that ``alert`` keeps failing for ``recipient``; ``True`` the first time."""
        async with self.store.write() as tx:
            row = await tx.fetch_one(
                "UPDATE deliveries SET reported_at = ? WHERE kind = ? AND recipient = ? AND "
                "reported_at IS NULL AND referral_id = "
                "(SELECT id FROM referrals WHERE reference = ?) RETURNING attempts",
                (stamp(now), str(alert.kind), recipient, alert.reference),
            )
            if row is not None:
                await _audit(
                    tx,
                    now,
                    "sweep",
                    "alert-undelivered",
                    alert.reference,
                    f"{alert.kind} to chat {recipient}: {row[0]} tries failed",
                )
        return row is not None

    # -- helpers ---------------------------------------------------------------

    async def _fetch(self, sql: str, params: tuple[object, ...] = ()) -> list[Row]:
        async with self.store.read() as tx:
            return await tx.fetch_all(sql, params)

    async def _owned(
        self, tx: Tx, reference: str, staff: Staff, *, allow_closed: bool = False
    ) -> int:
        row = await tx.fetch_one(
            "SELECT id, claimed_by, status FROM referrals WHERE reference = ?", (reference,)
        )
        if row is None:
            raise DeskError(D_("No referral {reference}."), reference=reference)
        if row[2] == "withdrawn" or (row[2] == "closed" and not allow_closed):
            if row[2] == "withdrawn":
                raise DeskError(D_("{reference} was withdrawn by the person."), reference=reference)
            raise DeskError(D_("{reference} is already closed."), reference=reference)
        self._may_act(staff, row[1])
        return int(row[0])

    @staticmethod
    def _may_act(staff: Staff, claimed_by: int | None) -> None:
        if staff.role is Role.MANAGER or claimed_by == staff.id:
            return
        raise DeskError(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            D_("Claim this referral first: only its facilitator or a manager can do that.")
        )


async def _event(
    tx: WriteTx,
    referral_id: int,
    at: datetime,
    kind: str,
    actor: str,
    data: dict[str, object] | None = None,
) -> None:
    await tx.execute(
        "INSERT INTO events (referral_id, at, kind, actor, data) VALUES (?, ?, ?, ?, ?)",
        (referral_id, stamp(at), kind, actor, json.dumps(data or {})),
    )


async def _audit(
    tx: WriteTx,
    at: datetime,
    actor: str,
    action: str,
    reference: str | None,
    detail: str,
) -> None:
    await audit.record(tx, stamp(at), actor, action, reference, detail)


async def operator_audit(
    store: Store, actor: str, action: str, detail: str, reference: str | None = None
) -> None:
    """An operator's command (export, import, purge, report, rotate-key...), in the log."""
    async with store.write() as tx:
        await audit.record(tx, stamp(_now(None)), actor, action, reference, detail)
