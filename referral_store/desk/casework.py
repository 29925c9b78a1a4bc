"""Working a case: claim, release, reassign, contacts and notes, status, closing, care,
onward referrals, the other party's monitoring and surveys taken by phone.

Every read or change of a referral's personal data by staff writes an audit row in the
same transaction, so the log cannot miss what happened. Claiming is one
``UPDATE ... RETURNING`` inside ``BEGIN IMMEDIATE``: two facilitators pressing Claim at
once, even from two processes, never both get it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from referral_store.desk.common import Actions, _audit, _event, _now, require_manager
from referral_store.desk.model import (
    D_,
    NEEDS_TRAINING,
    PROGRESS,
    WHY_ASKED,
    Activity,
    Care,
    ClaimResult,
    ClosureDetail,
    ClosureReason,
    ContactMethod,
    DeskError,
    Notice,
    Onward,
    Role,
    Staff,
)
from referral_store.models import Referral, Status
from referral_store.monitoring import MonitoringError, check_values, save_survey, upsert_monitoring
from referral_store.store import QUEUE_SELECT, queue_item, stamp
from referral_store.unit import WriteTx

REASSIGN_REFUSED = D_("Only a manager can reassign a referral.")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
WHY_NEEDED = D_("Say why {reference} is closing: the quarterly return counts the reason.")
_TRAINED_OR_PLAIN = (
    "(r.care = '[]' OR EXISTS (SELECT 1 FROM staff s WHERE s.id = ? AND s.complex_cases = 1))"
)


class Casework(Actions):
    """Claiming and working referrals."""

    async def mine(self, staff: Staff) -> list[Any]:
        rows = await self._fetch(
            f"{QUEUE_SELECT} WHERE r.claimed_by = ? AND r.status NOT IN ('closed', 'withdrawn') "
            "ORDER BY r.due_at",
            (staff.id,),
        )
        return [queue_item(row) for row in rows]

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

    async def view(self, reference: str, actor: Staff | str) -> Referral:
        """The full referral, for its claimer, a manager, or the command line; audited."""
        # The read and its audit entry in one transaction: no view goes unlogged.
        async with self.store.write() as tx:
            referral = await self.store.get_referral(reference)
            if referral is None:
                raise DeskError(D_("No referral {reference}."), reference=reference)
            if isinstance(actor, Staff):
                self._may_act(actor, referral.claimed_by_id)
            who = actor.actor if isinstance(actor, Staff) else actor
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

    async def reassign_choices(self, manager: Staff) -> list[Staff]:
        """Who a manager may pass a case to: everyone else on the team."""
        require_manager(manager, REASSIGN_REFUSED)
        others = "WHERE removed_at IS NULL AND id != ? ORDER BY id"
        return await self._members(others, (manager.id,))

    async def reassign(
        self, reference: str, to: Staff, manager: Staff, *, now: datetime | None = None
    ) -> Notice | None:
        """Pass a case to ``to``; the notice they are owed, if they can be told in Telegram."""
        require_manager(manager, REASSIGN_REFUSED)
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
        if to.telegram_id is None:
            return None
        return Notice(
            to.telegram_id,
            to.language,
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            D_("{name} has passed {reference} to you."),
            {"name": manager.name, "reference": reference},
            reference,
        )

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
        """Close a case with its reason, and why where the return counts why (WHY_ASKED)."""
        if reason in WHY_ASKED and detail is None:
            raise DeskError(WHY_NEEDED, reference=reference)
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

    async def other_party(self, reference: str) -> str:
        """Whose monitoring staff record for ``reference``: the party who did not refer."""
        rows = await self._fetch("SELECT kind FROM referrals WHERE reference = ?", (reference,))
        if not rows:
            raise DeskError(D_("No referral {reference}."), reference=reference)
        return "offender" if rows[0][0] == "victim" else "victim"

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
