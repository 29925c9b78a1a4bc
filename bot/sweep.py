"""The sweep: one pass over the alerts waiting to be said, and the index of referrals
awaiting first contact.

Run by the bot's job queue and by ``rjbot sweep`` (cron), one at a time (a lease
in the store). Each alert (a new referral's notice, a reminder, an escalation) is raised
once in the store, then sent; each recipient's delivery has its own record, so a
recipient who got it never gets it again, a failed send is retried with backoff for that
recipient only, and one that keeps failing is reported. The alert is marked sent once
every recipient got it. The bot that took a referral says its notice at once through
the same records (:func:`deliver`), so the sweep never says it twice.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from bot.staff.text import desk_translator
from bot.staff.views import alert_text
from referral_store import DeadlinePolicy
from referral_store.desk import Alert, AlertKind, Desk, Role
from referral_store.privacy import Retention, purge, purge_all

logger = logging.getLogger(__name__)

Send = Callable[[int, str], Awaitable[bool]]


@dataclass(frozen=True)
class SweepResult:
    raised: int
    sent: int
    waiting: int
    purged: int = 0
    # Recipients newly reported as unreachable after repeated failures.
    reported: int = 0
    # Another sweep held the lease: this one did nothing.
    busy: bool = False


LEASE = "sweep"
# Long enough for one alert's sends; renewed before each alert.
LEASE_LENGTH = timedelta(minutes=5)
RETRY_AFTER = timedelta(minutes=1)
REPORT_AFTER = 3


async def recipients(
    desk: Desk, alert: Alert, facilitator_chat_id: int | None
) -> list[tuple[int, str | None]]:
    """Who is told, each with their language (the team's chat reads English).

    New referrals go to the team's chat; reminders to the claimer (else the team's
    chat); escalations to every manager (else the team's chat).
    """
    team: list[tuple[int, str | None]] = (
        [(facilitator_chat_id, None)] if facilitator_chat_id is not None else []
    )
    if alert.kind is AlertKind.NEW:
        return team
    if alert.kind is AlertKind.REMINDER:
        if alert.claimer_telegram_id is not None:
            return [(alert.claimer_telegram_id, alert.claimer_language)]
        return team
    managers: list[tuple[int, str | None]] = [
        (s.telegram_id, s.language)
        for s in await desk.staff()
        if s.role is Role.MANAGER and s.telegram_id is not None
    ]
    return managers or team


async def sweep(
    desk: Desk,
    policy: DeadlinePolicy,
    send: Send,
    facilitator_chat_id: int | None,
    now: datetime,
    retention: Retention | timedelta | None = None,
) -> SweepResult:
    """Raise and send alerts; with ``retention``, also erase personal data past it.

    One sweeper at a time holds the lease (another finds it busy and does nothing);
    each recipient gets each alert once, and a failed send is retried, with backoff,
    for that recipient only.
    """
    holder = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
    if not await desk.take_lease(LEASE, holder, now, LEASE_LENGTH):
        logger.info("another sweep is running; this one does nothing")
        return SweepResult(0, 0, 0, busy=True)
    try:
        return await _sweep(desk, policy, send, facilitator_chat_id, now, retention, holder)
    finally:
        await desk.drop_lease(LEASE, holder)


async def _sweep(
    desk: Desk,
    policy: DeadlinePolicy,
    send: Send,
    facilitator_chat_id: int | None,
    now: datetime,
    retention: Retention | timedelta | None,
    holder: str,
) -> SweepResult:
    if isinstance(retention, Retention):
        purged = (await purge_all(desk.store, retention, now=now)).total
    else:
        purged = await purge(desk.store, retention, now=now) if retention else 0
    raised = await desk.raise_alerts(now, policy.remind_before)
    sent = waiting = reported = 0
    for alert in await desk.unsent_alerts():
        # Renewed as it goes, so a long sweep keeps the lease it holds.
        await desk.take_lease(LEASE, holder, now, LEASE_LENGTH)
        said, newly_reported = await deliver(desk, alert, send, facilitator_chat_id, now)
        reported += newly_reported
        if said is Said.WAITING:
            waiting += 1
        elif said is Said.SENT:
            sent += 1
    if waiting:
        logger.warning(
            "%d alerts could not be delivered yet; they wait for the next sweep", waiting
        )
    return SweepResult(raised, sent, waiting, purged, reported=reported)


class Said(Enum):
    """Where an alert stands after :func:`deliver`."""

    SENT = "sent"  # everyone it is for has it
    WAITING = "waiting"  # someone has not had it yet: the next sweep tries again
    NOBODY = "nobody"  # a new referral's notice with no team chat: the queue shows it


async def deliver(
    desk: Desk, alert: Alert, send: Send, facilitator_chat_id: int | None, now: datetime
) -> tuple[Said, int]:
    """Say ``alert`` to everyone it is for who has not had it; where it stands now, and how
    many recipients were newly reported as unreachable.

    A new referral's notice with no team chat to go to is closed unsaid: there is nobody
    to tell, and the referral is in the queue. Anything else with nobody to tell waits.
    """
    targets = await recipients(desk, alert, facilitator_chat_id)
    if not targets and alert.kind is AlertKind.NEW:
        await desk.mark_sent(alert, now=now)
        return Said.NOBODY, 0
    done = bool(targets)
    reported = 0
    for target, language in targets:
        attempt = await desk.start_delivery(alert, target, now, LEASE_LENGTH)
        if attempt is None:
            done = done and await _was_delivered(desk, alert, target)
            continue
        if await send(target, alert_text(alert, desk_translator(language))):
            await desk.delivered(alert, target, now)
            continue
        done = False
        await desk.failed_delivery(alert, target, attempt, now, RETRY_AFTER)
        if attempt >= REPORT_AFTER and await desk.report_undelivered(alert, target, now):
            reported += 1
            logger.warning(
                "alert %s (%s) failed %d times for one recipient; staff should check",
                alert.reference,
                alert.kind,
                attempt,
            )
    if not done:
        return Said.WAITING, reported
    await desk.mark_sent(alert, now=now)
    return Said.SENT, reported


async def _was_delivered(desk: Desk, alert: Alert, recipient: int) -> bool:
    return recipient in await desk.delivered_to(alert)
