"""Who may use the desk: invitations and enrolment, roles, the desk's language, training."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from referral_store.desk.common import Actions, _audit, _hash, _now, require_manager
from referral_store.desk.model import (
    D_,
    INVITE_GROUPS,
    JOIN_TRIES,
    JOIN_WINDOW,
    Role,
    Staff,
)
from referral_store.references import ALPHABET
from referral_store.store import stamp


class StaffActions(Actions):
    """Enrolment, roles and training."""

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
                # A web-login link for someone already enrolled (for_staff) is not for here.
                "UPDATE invites SET used_at = ? WHERE code_hash = ? AND used_at IS NULL "
                "AND expires_at > ? AND for_staff IS NULL RETURNING role",
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

    async def set_training(
        self, staff_id: int, trained: bool, manager: Staff, *, now: datetime | None = None
    ) -> None:
        """A manager records whether a practitioner is trained for sensitive and complex cases."""
        require_manager(manager, D_("Only a manager can record training."))
        moment = _now(now)
        async with self.store.write() as tx:
            await tx.execute(
                "UPDATE staff SET complex_cases = ? WHERE id = ?", (int(trained), staff_id)
            )
            detail = f"staff:{staff_id} {'trained' if trained else 'not trained'}"
            await _audit(tx, moment, manager.actor, "training", None, detail)
