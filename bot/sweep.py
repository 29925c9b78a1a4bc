"""The reminder sweep: one pass over the index of referrals awaiting first contact.

Run by the bot's job queue and by ``rjbot sweep`` (cron). Each alert is raised
once in the store, then sent; it is marked sent only after every recipient
got it, so a failed send is retried by the next sweep and a sent one is never
repeated, across restarts too.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.desk_text import desk_translator
from bot.desk_views import alert_text
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


async def recipients(
    desk: Desk, alert: Alert, facilitator_chat_id: int | None
) -> list[tuple[int, str | None]]:
    """Who is told, each with their language (the team's chat reads English).

    Reminders go to the claimer (else the team's chat); escalations to every manager.
    """
    team: list[tuple[int, str | None]] = (
        [(facilitator_chat_id, None)] if facilitator_chat_id is not None else []
    )
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
    """Raise and send alerts; with ``retention``, also erase personal data past it."""
    if isinstance(retention, Retention):
        purged = (await purge_all(desk.store, retention, now=now)).total
    else:
        purged = await purge(desk.store, retention, now=now) if retention else 0
    raised = await desk.raise_alerts(now, policy.remind_before)
    sent = waiting = 0
    for alert in await desk.unsent_alerts():
        targets = await recipients(desk, alert, facilitator_chat_id)
        delivered = bool(targets)
        for target, language in targets:
            text = alert_text(alert, desk_translator(language))
            delivered = await send(target, text) and delivered
        if delivered:
            await desk.mark_sent(alert, now=now)
            sent += 1
        else:
            waiting += 1
    if waiting:
        logger.warning(
            "%d alerts could not be delivered yet; they wait for the next sweep", waiting
        )
    return SweepResult(raised, sent, waiting, purged)
