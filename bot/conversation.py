"""Drives the dialogue engine for one channel: load state, step, carry out effects, save.

Every channel (Telegram, the terminal, the Rasa action server) goes through
:class:`Conversations`, so the same answers make the same referral whichever
way they came in.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from bot.profile import ServiceProfile
from dialogues.engine import Context, Outcome, step
from dialogues.events import (
    CrisisWords,
    Event,
    QuickExit,
    ReferralDraft,
    Reply,
    SaveMonitoring,
    SaveSurvey,
    SubmitFailed,
    SubmitReferral,
    Submitted,
    SurveyInvite,
    Withdraw,
    Withdrawn,
)
from dialogues.flows import SHIPPED
from dialogues.i18n import N_, negotiate, translator
from dialogues.model import Flows
from dialogues.rules import OUT_OF_SCOPE, OUTSIDE_AREA, YOUTH_OFFENDING_TEAM, YOUTH_SERVICE
from dialogues.state import State
from referral_store import Consent, NewReferral, Priority, ReferralKind, Store, StoredReferral
from referral_store.desk import Onward
from referral_store.monitoring import (
    MonitoringError,
    cancel_surveys,
    save_own_answers,
    save_survey,
)
from referral_store.privacy import withdraw

# The kind of service each pass-on question in the chat asks about, as the desk counts it.
ROUTE_SERVICE = {
    OUTSIDE_AREA: Onward.OTHER_RJ_SERVICE,
    YOUTH_OFFENDING_TEAM: Onward.YOUTH_OFFENDING_TEAM,
    YOUTH_SERVICE: Onward.YOUTH_OFFENDING_TEAM,
    OUT_OF_SCOPE: Onward.OTHER,
}

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Translators: speaks to the reader; no gendered forms (docs/languages.md).
STORE_BUSY = N_(
    "Sorry, we could not save that just now. Nothing was lost. Please send it again in a minute."
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class NewReferralNotice:
    """What the facilitators' chat is told: no personal details, only what to act on."""

    reference: str
    kind: str
    priority: str
    due_at: datetime
    route: str | None


@dataclass
class Result:
    replies: list[Reply] = field(default_factory=list)
    notices: list[NewReferralNotice] = field(default_factory=list)
    state: State = field(default_factory=State)
    # The person asked for a quick exit: the channel deletes what it can of the chat.
    quick_exit: bool = False
    # References the person withdrew (their details are already erased).
    withdrawn: list[str] = field(default_factory=list)
    # A redelivered update: already handled, so nothing is done or said.
    duplicate: bool = False


class Conversations:
    def __init__(
        self,
        store: Store,
        profile: ServiceProfile,
        channel: str,
        clock: Clock = _utc_now,
        flows: Flows = SHIPPED,
    ) -> None:
        self.store = store
        self.profile = profile
        self.rules = profile.rules()
        self.channel = channel
        self.clock = clock
        # What the engine walks: the shipped flows, or a service's (or a test's) own.
        self.flows = flows
        # Where a chat is not one person (the terminal), /withdraw names one referral:
        # the chat's key -> the reference its next withdrawal is limited to.
        self.withdraw_only: dict[str, str] = {}
        # Updates of one chat are handled one at a time, in order.
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def context(self) -> Context:
        return Context(
            rules=self.rules,
            now=self.clock(),
            flows=self.flows,
            channel=self.channel,
            timezone=self.profile.deadlines.timezone,
        )

    async def handle(
        self,
        key: str,
        event: Event,
        *,
        language: str | None = None,
        update_id: int | None = None,
    ) -> Result:
        """Answer ``event`` in the conversation ``key`` and save where it got to.

        ``update_id`` (increasing per chat) makes a redelivered update a no-op. If the
        store cannot be written (locked, disk full), nothing half-written remains and
        the person is asked to send it again.
        """
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        async with lock:
            try:
                return await self._handle(key, event, language, update_id)
            except sqlite3.OperationalError as error:
                logger.warning(
                    "store unavailable (%s); the person was asked to retry", type(error).__name__
                )
                text = translator(language or "en").gettext(STORE_BUSY)
                return Result([Reply(text)])

    async def _handle(
        self, key: str, event: Event, language: str | None, update_id: int | None
    ) -> Result:
        saved, seen = await self.store.conversation(key)
        if update_id is not None and seen is not None and update_id <= seen:
            return Result(duplicate=True)
        state = State.from_json(saved)
        if saved is None and language:
            # A new chat starts in the client's language; after that the person's choice holds.
            state = replace(state, language=negotiate(language))
        ctx = self.context()
        outcome = step(state, event, ctx)
        result = Result(list(outcome.replies), state=outcome.state)
        for effect in outcome.effects:
            if isinstance(effect, SubmitReferral):
                outcome = await self._submit(key, outcome, effect, ctx, result)
            elif isinstance(effect, Withdraw):
                only = self.withdraw_only.pop(key, None)
                result.withdrawn = await withdraw(
                    self.store,
                    key,
                    now=ctx.now,
                    reference=(only, self.channel) if only is not None else None,
                )
                logger.info("a person withdrew %d referrals", len(result.withdrawn))
                outcome = step(outcome.state, Withdrawn(len(result.withdrawn)), ctx)
            elif isinstance(effect, SaveMonitoring | SaveSurvey):
                # Said already, in the engine's own replies: nothing more to add.
                await self._keep_answers(key, effect, ctx)
                continue
            elif isinstance(effect, CrisisWords):
                # When, never what: staff see it on the case before they call.
                flagged = await self.store.flag_crisis(key, effect.at)
                logger.info("crisis words written; %d referrals marked", flagged)
                continue
            elif isinstance(effect, QuickExit):
                result.quick_exit = True
                await self.store.delete_conversation(key)
                # Someone who had to leave in a hurry is never written to first afterwards.
                await cancel_surveys(self.store, key)
                return result
            result.replies.extend(outcome.replies)
            result.state = outcome.state
        await self.store.save_conversation(key, result.state.to_json(), update_id)
        return result

    async def _submit(
        self, key: str, outcome: Outcome, effect: SubmitReferral, ctx: Context, result: Result
    ) -> Outcome:
        draft = effect.draft
        try:
            stored = await self.store.submit_referral(
                self._new_referral(draft),
                Consent(
                    text_version=draft.consent_version,
                    language=draft.consent_language,
                    given_at=draft.consent_at or ctx.now,
                ),
                conversation=(key, effect.state_json),
                now=ctx.now,
            )
        except sqlite3.Error as error:
            # The type only: the message of a failed insert can quote what was typed.
            logger.warning(
                "referral not saved (%s); the person was asked to retry", type(error).__name__
            )
            return step(outcome.state, SubmitFailed(), ctx)
        result.notices.append(self._notice(stored, draft))
        logger.info("referral %s received (%s, %s)", stored.reference, draft.kind, stored.priority)
        return step(
            State.from_json(effect.state_json),
            Submitted(stored.reference, stored.due_at, str(stored.priority)),
            ctx,
        )

    async def _keep_answers(
        self, key: str, effect: SaveMonitoring | SaveSurvey, ctx: Context
    ) -> None:
        """Monitoring or survey answers, for a referral this chat made (else dropped)."""
        try:
            if isinstance(effect, SaveMonitoring):
                await save_own_answers(
                    self.store,
                    key,
                    effect.reference,
                    effect.values,
                    survey=effect.survey,
                    consent_at=effect.consent_at,
                    now=ctx.now,
                )
            else:
                await save_survey(
                    self.store,
                    effect.reference,
                    effect.answers,
                    recorded_by="self",
                    chat=key,
                    now=ctx.now,
                )
        except MonitoringError as error:
            # Withdrawn meanwhile, or not this chat's: nothing to keep, nothing to say.
            logger.info("answers not kept: %s", error)

    async def invite_survey(self, key: str, reference: str, party: str = "victim") -> Result:
        """Open the outcome survey in this chat; no replies if the person is busy."""
        return await self.handle(key, SurveyInvite(reference, party))

    def _new_referral(self, draft: ReferralDraft) -> NewReferral:
        return NewReferral(
            kind=ReferralKind(draft.kind),
            channel=self.channel,
            source=draft.source,
            priority=Priority(draft.priority),
            area=draft.area,
            language=draft.language,
            interpreter=draft.interpreter,
            crime_category=draft.crime_category,
            markers=draft.markers,
            stage=draft.stage,
            route=draft.route,
            details=dict(draft.details),
            onward_consents=tuple(
                sorted({str(ROUTE_SERVICE[r]) for r in draft.onward_consents if r in ROUTE_SERVICE})
            ),
            crisis_at=draft.crisis_at,
            care=draft.care,
        )

    @staticmethod
    def _notice(stored: StoredReferral, draft: ReferralDraft) -> NewReferralNotice:
        return NewReferralNotice(
            reference=stored.reference,
            kind=draft.kind,
            priority=str(stored.priority),
            due_at=stored.due_at,
            route=draft.route,
        )
