"""What every desk action shares: the store, the check that staff may act on a case,
the manager check, and the event and audit rows written inside the action's transaction."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from referral_store import audit
from referral_store.desk.model import D_, AuditEntry, DeskError, Role, Staff
from referral_store.store import Row, Store, stamp
from referral_store.unit import Tx, WriteTx


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def require_manager(staff: Staff, refusal: str) -> None:
    """Refuse ``staff`` unless a manager; ``refusal`` says what only a manager may do."""
    if staff.role is not Role.MANAGER:
        raise DeskError(refusal)


class Actions:
    """Staff-side operations over a :class:`Store` (each in one unit of work of its own)."""

    def __init__(self, store: Store) -> None:
        self.store = store

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

    async def _members(self, where: str, params: tuple[object, ...]) -> list[Staff]:
        rows = await self._fetch(
            f"SELECT id, name, role, telegram_id, language FROM staff {where}", params
        )
        return [Staff(r[0], r[1], Role(r[2]), r[3], r[4]) for r in rows]

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
