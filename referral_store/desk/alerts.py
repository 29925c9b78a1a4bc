"""New-referral notices, reminders and escalations: raised once, delivered with retries,
one sweeper at a time."""

from __future__ import annotations

from datetime import datetime, timedelta

from referral_store.desk.common import Actions, _audit, _now
from referral_store.desk.model import Alert, AlertKind
from referral_store.store import stamp


class Alerts(Actions):
    """New referrals' notices, due reminders and escalations, and their deliveries."""

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
            "SELECT r.reference, a.kind, r.due_at, r.priority, s.telegram_id, s.language, "
            "r.kind, r.route "
            "FROM alerts a JOIN referrals r ON r.id = a.referral_id "
            "LEFT JOIN staff s ON s.id = r.claimed_by AND s.removed_at IS NULL "
            "WHERE a.sent_at IS NULL ORDER BY a.raised_at, r.due_at"
        )
        return [
            Alert(
                r[0],
                AlertKind(r[1]),
                datetime.fromisoformat(r[2]),
                r[3],
                r[4],
                r[5] or "en",
                referral_kind=r[6],
                route=r[7],
            )
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
                "attempts = deliveries.attempts + 1, next_at = excluded.next_at",
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
