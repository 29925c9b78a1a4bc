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
from collections.abc import Awaitable, Callable
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from bot.profile import ServiceProfile
from bot.turns import ChatTurns
from bot.unsent import decode, encode
from dialogues.engine import Context, Outcome, Rendered, step
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
from dialogues.model import Choice, Flows
from dialogues.rules import OUT_OF_SCOPE, OUTSIDE_AREA, YOUTH_OFFENDING_TEAM, YOUTH_SERVICE
from dialogues.state import State
from referral_store import Consent, NewReferral, Priority, ReferralKind, Store, StoredReferral
from referral_store.desk import Alert, AlertKind, Onward
from referral_store.models import ChatStep
from referral_store.monitoring import (
    MonitoringError,
    cancel_surveys,
    save_own_answers,
    save_survey,
)
from referral_store.privacy import withdraw
from referral_store.steps import Changed, StepWriter

# The kind of service each pass-on question in the chat asks about, as the desk counts it.
ROUTE_SERVICE = {
    OUTSIDE_AREA: Onward.OTHER_RJ_SERVICE,
    YOUTH_OFFENDING_TEAM: Onward.YOUTH_OFFENDING_TEAM,
    YOUTH_SERVICE: Onward.YOUTH_OFFENDING_TEAM,
    OUT_OF_SCOPE: Onward.OTHER,
}

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Tries at a step whose chat keeps changing under it, before asking the person to resend.
_ATTEMPTS = 3
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
STORE_BUSY = N_(
    "Sorry, we could not save that just now. Nothing was lost. Please send it again in a minute."
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Result:
    replies: list[Reply] = field(default_factory=list)
    # The team's notice of each referral made (an alert kept with the referral, to say now).
    notices: list[Alert] = field(default_factory=list)
    state: State = field(default_factory=State)
    # The person asked for a quick exit: the channel deletes what it can of the chat.
    quick_exit: bool = False
    # References the person withdrew (their details are already erased).
    withdrawn: list[str] = field(default_factory=list)
    # A redelivered update: already handled, so nothing is done or said.
    duplicate: bool = False


# Says a result's replies in the channel, once its step is saved; returns the ids of the
# messages it sent (for a quick exit to delete).
Deliver = Callable[[Result], Awaitable[list[int]]]
# Says kept replies in a chat (its key) at start-up; the ids sent, or None if not sent.
DeliverTo = Callable[[str, list[Reply]], Awaitable[list[int] | None]]


class Conversations:
    def __init__(
        self,
        store: Store,
        profile: ServiceProfile,
        channel: str,
        clock: Clock = _utc_now,
        flows: Flows = SHIPPED,
        turns: ChatTurns | None = None,
    ) -> None:
        self.store = store
        # Several instances over one store take each chat's turn (bot/turns.py).
        self.turns = turns
        # Each chat's row, kept in memory and saved in one group commit a loop tick.
        self.steps = StepWriter(store)
        self.profile = profile
        self.rules = profile.rules()
        self.channel = channel
        self.clock = clock
        # What the engine walks: the shipped flows, or a service's (or a test's) own.
        self.flows = flows
        # Where a chat is not one person (the terminal), /withdraw names one referral:
        # the chat's key -> the reference its next withdrawal is limited to.
        self.withdraw_only: dict[str, str] = {}
        # Questions rendered once for these rules and this channel (dialogues.engine.Context).
        self._rendered: Rendered = {}
        self._offered: dict[str, tuple[Choice, ...]] = {}
        # Updates of one chat are handled one at a time, in order.
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def context(self) -> Context:
        return Context(
            rules=self.rules,
            now=self.clock(),
            flows=self.flows,
            channel=self.channel,
            timezone=self.profile.deadlines.timezone,
            rendered=self._rendered,
            offered=self._offered,
        )

    async def handle(
        self,
        key: str,
        event: Event,
        *,
        language: str | None = None,
        update_id: int | None = None,
        messages: tuple[int, ...] = (),
        deliver: Deliver | None = None,
    ) -> Result:
        """Answer ``event`` in the conversation ``key`` and save where it got to.

        ``update_id`` (increasing per chat) makes a redelivered update a no-op;
        ``messages`` (the person's message ids) are saved with the state, for a quick
        exit to delete. Nothing is returned to say before it is saved. If the store
        cannot be written (locked, disk full), nothing half-written remains and the
        person is asked to send it again.

        ``deliver`` (a channel that sends, such as Telegram) says the replies once they are
        saved, while the chat is still held. They are saved with the step and marked sent
        once said, so an update whose process was killed between the two is answered when
        it comes again, with exactly what it would have been told; a repeat of an answered
        update stays silent. Without it the caller says the replies (the terminal, Rasa,
        the web chat, each answering its own request), and every repeat is silent.
        """
        async with self._chat_lock(key):
            try:
                async with self.turns.turn(key) if self.turns else nullcontext():
                    result = await self._attempts(
                        key, event, language, update_id, messages, deliver is not None
                    )
                    if deliver is not None and result.replies and not result.quick_exit:
                        self.steps.answered(key, update_id, await deliver(result))
                        if self.turns is not None:
                            # Marked before the chat's turn is given back: the instance that
                            # takes it next reads the mark, and says nothing twice.
                            await self.steps.flush()
                    return result
            except (sqlite3.OperationalError, Changed) as error:
                logger.warning(
                    "store unavailable (%s); the person was asked to retry", type(error).__name__
                )
                text = translator(language or "en").gettext(STORE_BUSY)
                busy = Result([Reply(text)])
            if deliver is not None:
                await deliver(busy)
            return busy

    async def _attempts(
        self,
        key: str,
        event: Event,
        language: str | None,
        update_id: int | None,
        messages: tuple[int, ...],
        keep: bool,
    ) -> Result:
        # Other instances write this chat too: its row is read every time.
        fresh = self.turns is not None
        for _ in range(_ATTEMPTS):
            try:
                return await self._handle(key, event, language, update_id, messages, fresh, keep)
            except Changed:
                # The chat changed under us (another process, a staff erasure): work the
                # step out again from the row as it is now.
                fresh = True
        raise Changed(key)

    async def resend_unsent(self, deliver: DeliverTo, *, prefix: str, within: timedelta) -> int:
        """Say the replies saved in the last ``within`` but never sent, in chats whose keys
        start with ``prefix``; how many chats were answered.

        For a lone bot as it starts: a polling process killed between saving a step and
        answering it is not given that update again. Only recent ones: a message arriving
        long after the person wrote could be read by someone else on a shared phone.
        Never with other instances running (one may be about to send them itself).
        """
        answered = 0
        for key, update_id, kept in await self.steps.unsent_since(datetime.now(UTC) - within):
            if not key.startswith(prefix):
                continue
            async with self._chat_lock(key):
                sent = await deliver(key, decode(kept))
                if sent is not None:
                    self.steps.answered(key, update_id, sent)
                    answered += 1
        await self.steps.flush()
        if answered:
            logger.info("answered %d updates saved but never answered before a restart", answered)
        return answered

    def _chat_lock(self, key: str) -> asyncio.Lock:
        """The chat's own lock: one update of a chat at a time in this process."""
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        return lock

    def remember(self, key: str, messages: list[int]) -> None:
        """Note the bot's own message ids in this chat (saved with the next commit)."""
        self.steps.remember(key, messages)

    async def close(self) -> None:
        """Commit what is still queued; call before closing the store."""
        await self.steps.close()

    async def _handle(
        self,
        key: str,
        event: Event,
        language: str | None,
        update_id: int | None,
        messages: tuple[int, ...],
        fresh: bool,
        keep: bool,
    ) -> Result:
        saved = await self.steps.load(key, fresh=fresh)
        if (
            update_id is not None
            and saved.last_update is not None
            and update_id <= saved.last_update
        ):
            kept = (
                self.steps.unsent(key, saved) if keep and update_id == saved.last_update else None
            )
            if kept is None:
                return Result(duplicate=True)
            # Saved, but its answer never went (the process died first): say it now.
            logger.info("a repeated update was never answered; its replies are sent again")
            return Result(decode(kept), state=State.from_json(saved.state))
        # Held in memory as this process saved it (a State is never changed in place).
        state = saved.parsed if isinstance(saved.parsed, State) else State.from_json(saved.state)
        if saved.state is None and language:
            # A new chat starts in the client's language; after that the person's choice holds.
            state = replace(state, language=negotiate(language))
        ctx = self.context()
        outcome = step(state, event, ctx)
        if outcome.effects and not fresh and await self.steps.load(key, fresh=True) != saved:
            # An effect reaches past this chat (a referral, a withdrawal): it is worked out
            # from the row as the store holds it now, not as this process last saw it.
            raise Changed(key)
        result = Result(list(outcome.replies), state=outcome.state)
        effects = outcome.effects
        for effect in effects:
            if isinstance(effect, SubmitReferral):
                outcome = await self._submit(
                    key, outcome, effect, ctx, result, update_id if keep else None
                )
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
                self.steps.forget(key)
                await self.store.delete_conversation(key)
                # Someone who had to leave in a hurry is never written to first afterwards.
                await cancel_surveys(self.store, key)
                return result
            result.replies.extend(outcome.replies)
            result.state = outcome.state
        # After an effect the row may have been written by it (a referral saves the
        # conversation with itself): this save then replaces whatever is there.
        await self.steps.save(
            key,
            result.state.to_json(),
            update_id,
            list(messages),
            over=None if effects else saved,
            unsent=encode(result.replies) if keep and result.replies else None,
            parsed=result.state,
        )
        return result

    async def _submit(
        self,
        key: str,
        outcome: Outcome,
        effect: SubmitReferral,
        ctx: Context,
        result: Result,
        kept_for: int | None,
    ) -> Outcome:
        """Store the referral; ``kept_for``: the update whose replies are kept until sent."""
        draft = effect.draft
        done: list[Outcome] = []

        def answered(stored: StoredReferral) -> ChatStep:
            # In the referral's own transaction: the chat as it is once told its reference,
            # with that answer kept, so a crash before the answer went cannot lose it.
            done.append(
                step(
                    State.from_json(effect.state_json),
                    Submitted(stored.reference, stored.due_at, str(stored.priority)),
                    ctx,
                )
            )
            replies = [*result.replies, *done[-1].replies]
            unsent = encode(replies) if replies else None
            return ChatStep(done[-1].state.to_json(), kept_for, unsent)

        try:
            stored = await self.store.submit_referral(
                self._new_referral(draft),
                Consent(
                    text_version=draft.consent_version,
                    language=draft.consent_language,
                    given_at=draft.consent_at or ctx.now,
                ),
                # Without replies to keep, the chat is saved as before the answer.
                conversation=(key, answered if kept_for is not None else effect.state_json),
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
        if not done:
            answered(stored)
        return done[-1]

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
            safe_times=draft.safe_times,
        )

    @staticmethod
    def _notice(stored: StoredReferral, draft: ReferralDraft) -> Alert:
        return Alert(
            stored.reference,
            AlertKind.NEW,
            stored.due_at,
            str(stored.priority),
            None,
            referral_kind=draft.kind,
            route=draft.route,
        )
