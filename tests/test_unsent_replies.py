"""A step saved but never answered (the process killed between the commit and the send) is
answered when its update comes again, or as a lone bot starts; an answered one never twice."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import STORE_BUSY, Conversations, Result
from bot.profile import load_profile
from dialogues.events import Command, Event, Press, Reply
from dialogues.flows import VICTIM
from referral_store import Store
from referral_store.crypto import Keyring, new_key, parse_keys
from referral_store.privacy import rotate
from referral_store.steps import StepWriter
from tests.conftest import Backend
from tests.talk import VICTIM_ANSWERS, walked
from tests.telegram_fake import FakeTelegram, Person, bot_application, refer, running

KEY = "tg:5150"
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
RECEIVED = "We have received your referral"


class Killed(BaseException):
    """The process dying: nothing after this point runs, not even error handlers."""


class Says:
    """A channel's deliver: records what it was asked to say; dies instead when told to."""

    def __init__(self) -> None:
        self.said: list[list[Reply]] = []
        self.die = False
        self._next = 100

    async def __call__(self, result: Result) -> list[int]:
        self.said.append(list(result.replies))
        if self.die:
            raise Killed
        self._next += len(result.replies)
        return list(range(self._next - len(result.replies), self._next))


@asynccontextmanager
async def process(backend: Backend) -> AsyncIterator[Conversations]:
    """One bot process over the store: its own connection, its own memory."""
    profile = load_profile()
    async with await backend.open(profile.deadlines) as store:
        talk = Conversations(store, profile, "telegram")
        try:
            yield talk
        finally:
            await talk.close()


async def test_saved_but_never_sent_is_answered_when_it_comes_again(backend: Backend) -> None:
    says = Says()
    async with process(backend) as talk:
        await talk.handle(KEY, Command("refer"), update_id=1, deliver=says)
        says.die = True
        with pytest.raises(Killed):
            await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=says)
    lost = says.said[-1]
    assert "18 or older" in lost[-1].text and lost[-1].buttons, "the step was worked out"

    again = Says()
    async with process(backend) as talk:
        result = await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=again)
        assert again.said == [lost], "exactly what it would have said, buttons and all"
        assert not result.duplicate
        # Now said: the same update once more is silent, in this process...
        repeat = await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=again)
        assert repeat.duplicate and len(again.said) == 1
    # ...and in the next one, and the conversation carries on from the saved step.
    async with process(backend) as talk:
        repeat = await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=again)
        assert repeat.duplicate and len(again.said) == 1
        following = await talk.handle(KEY, Press("v.age|yes"), update_id=3, deliver=again)
        assert "What would you like us to call you" in following.replies[-1].text


async def test_an_answered_update_that_comes_again_is_silent(backend: Backend) -> None:
    says = Says()
    async with process(backend) as talk:
        await talk.handle(KEY, Command("refer"), update_id=1, deliver=says)
        await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=says)
    async with process(backend) as talk:
        for update_id, event in ((2, Press("v.consent|agree")), (1, Command("refer"))):
            result = await talk.handle(KEY, event, update_id=update_id, deliver=says)
            assert result.duplicate and result.replies == []
        assert await talk.steps.unsent_since(LONG_AGO) == [], "nothing left waiting"
    assert len(says.said) == 2, "nothing said twice"


async def test_a_failed_commit_then_the_repeat_is_handled_afresh(tmp_path: Path) -> None:
    db = tmp_path / "rj.sqlite3"
    says = Says()
    backend = Backend("sqlite", db, None)
    async with process(backend) as talk:
        await talk.handle(KEY, Command("refer"), update_id=1, deliver=says)
        blocker = sqlite3.connect(db)
        try:
            blocker.execute("BEGIN EXCLUSIVE")  # every commit now fails
            busy = await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=says)
        finally:
            blocker.rollback()
            blocker.close()
        assert [r.text for r in busy.replies] == [STORE_BUSY]
        assert says.said[-1] == busy.replies, "the person is told, not left in silence"
        again = await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=says)
        assert "18 or older" in again.replies[-1].text, "nothing was kept: worked out afresh"
        assert says.said[-1] == again.replies


def _to_send() -> list[Event]:
    """A whole self-referral as the engine's events, from /refer to the Send press."""
    answers = {**VICTIM_ANSWERS, "contact": "Message me in this chat"}
    return list(walked(VICTIM, load_profile().rules(), **answers).sent)


async def _walk_to_send(talk: Conversations, says: Says) -> int:
    """Every step but the Send press; the update id that press will have."""
    for update_id, event in enumerate(_to_send()[:-1], start=1):
        await talk.handle(KEY, event, update_id=update_id, deliver=says)
    return len(_to_send())


async def test_killed_after_the_referral_was_stored_it_still_tells_the_reference(
    backend: Backend,
) -> None:
    """The referral's own transaction keeps its answer: a kill before the step's own
    commit (or before the send) still tells the person their reference, once."""
    says = Says()
    send = _to_send()[-1]
    assert isinstance(send, Press)
    async with process(backend) as talk:
        update_id = await _walk_to_send(talk, says)

        async def killed(*args: Any, **kwargs: Any) -> None:
            raise Killed

        talk.steps.save = killed  # type: ignore[method-assign]
        with pytest.raises(Killed):
            await talk.handle(KEY, send, update_id=update_id, deliver=says)
    async with process(backend) as talk:
        [stored] = await talk.store.open_referrals()
        told = Says()
        await talk.handle(KEY, send, update_id=update_id, deliver=told)
        [replies] = told.said
        assert RECEIVED in replies[0].text and stored.reference in replies[0].text
        # The monitoring questions that follow it are there too, buttons and all.
        assert len(replies) > 1 and replies[-1].buttons
        await talk.handle(KEY, send, update_id=update_id, deliver=told)
        assert len(told.said) == 1, "and only once"
        assert len(await talk.store.open_referrals()) == 1, "one referral"


async def test_a_quick_exit_is_never_followed_by_anything(backend: Backend) -> None:
    says = Says()
    async with process(backend) as talk:
        await talk.handle(KEY, Command("refer"), update_id=1, deliver=says)
        says.die = True  # the step before the exit was never answered
        with pytest.raises(Killed):
            await talk.handle(KEY, Press("v.consent|agree"), update_id=2, deliver=says)
        says.die = False
        left = await talk.handle(KEY, Command("exit"), update_id=3, deliver=says)
        assert left.quick_exit
        again = await talk.handle(KEY, Command("exit"), update_id=3, deliver=says)
        assert again.replies == []
    async with process(backend) as talk:
        after = await talk.steps.unsent_since(LONG_AGO)
        assert after == [], "no answer waits to be sent into a chat that was left"
    assert len(says.said) == 2, "nothing said after the exit"


async def test_answers_to_other_channels_are_not_kept(backend: Backend) -> None:
    """Without a deliver (the terminal, Rasa, the web chat answer their own requests)
    nothing waits to be sent, and a repeat stays silent as before."""
    async with process(backend) as talk:
        await talk.handle("rasa:1", Command("refer"), update_id=1)
        repeat = await talk.handle("rasa:1", Command("refer"), update_id=1)
        assert repeat.duplicate
    rows = await backend.committed("SELECT count(*) FROM conversations WHERE unsent IS NOT NULL")
    assert rows == [(0,)]


# -- a lone polling bot, restarted --------------------------------------------------


class DyingTelegram(FakeTelegram):
    """Telegram, until the process dies on its way to sending the next message."""

    die = False

    async def do_request(self, url: str, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.die and url.endswith("/sendMessage"):
            raise Killed
        return await super().do_request(url, method, *args, **kwargs)


async def test_a_restarted_polling_bot_sends_what_it_never_sent(tmp_path: Path) -> None:
    db, fake = tmp_path / "rj.sqlite3", DyingTelegram()
    async with running(bot_application(db, fake)) as app:
        person = Person(app, fake)
        await person.send("/start")
        await person.press("I was harmed: refer myself")
        fake.die = True
        with pytest.raises(Killed):
            await person.press("Yes, I agree")
    # Polling, Telegram never gives that update again: the bot says it as it starts.
    fresh = FakeTelegram()
    async with running(bot_application(db, fresh)):
        said = fresh.sent(person.chat_id)
    assert len(said) == 1 and "18 or older" in said[0]["text"]
    assert [b["text"] for b in said[0]["reply_markup"]["inline_keyboard"][0]] == ["Yes", "No"]
    again = FakeTelegram()
    async with running(bot_application(db, again)):
        assert again.sent(person.chat_id) == [], "said once, not at every start"


async def test_a_restart_long_after_sends_nothing_unexpected(tmp_path: Path) -> None:
    db, fake = tmp_path / "rj.sqlite3", DyingTelegram()
    async with running(bot_application(db, fake)) as app:
        person = Person(app, fake)
        await person.send("/start")
        fake.die = True
        with pytest.raises(Killed):
            await person.press("I was harmed: refer myself")
    raw = sqlite3.connect(db)
    try:
        with raw:
            raw.execute("UPDATE conversations SET updated_at = '2020-01-01T00:00:00+00:00'")
    finally:
        raw.close()
    fresh = FakeTelegram()
    async with running(bot_application(db, fresh)):
        assert fresh.sent(person.chat_id) == [], "a phone someone else may be holding by now"


async def test_refer_through_telegram_leaves_nothing_waiting(tmp_path: Path) -> None:
    db, fake = tmp_path / "rj.sqlite3", FakeTelegram()
    async with running(bot_application(db, fake)) as app:
        sent = await refer(Person(app, fake))
        assert any(RECEIVED in m["text"] for m in sent)
    async with await Store.open(db) as store:
        assert await StepWriter(store).unsent_since(LONG_AGO) == []


async def test_a_key_rotation_keeps_what_is_still_to_be_said(tmp_path: Path) -> None:
    """Re-sealed under the new key if still to be said; dropped if said already."""
    old_key, fresh = new_key(), new_key()
    old = Backend("sqlite", tmp_path / "rj.sqlite3", Keyring(tuple(parse_keys(old_key))))
    says = Says()
    async with process(old) as talk:
        await talk.handle("tg:1", Command("refer"), update_id=1, deliver=says)
        says.die = True
        with pytest.raises(Killed):
            await talk.handle(KEY, Command("refer"), update_id=1, deliver=says)
    both = Keyring(tuple(parse_keys(f"{fresh},{old_key}")))
    async with await Store.open(old.db, keyring=both) as store:
        await rotate(store, both)
    new = Backend("sqlite", old.db, Keyring(tuple(parse_keys(fresh))))
    async with process(new) as talk:
        [(chat, update_id, _)] = await talk.steps.unsent_since(LONG_AGO)
        assert (chat, update_id) == (KEY, 1)
        again = Says()
        await talk.handle(KEY, Command("refer"), update_id=1, deliver=again)
        assert again.said == [says.said[-1]]
