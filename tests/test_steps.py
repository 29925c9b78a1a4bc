"""Each chat's steps: kept in memory, saved in one group commit, and nothing said unsaved."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.conversation import STORE_BUSY, Conversations
from bot.profile import load_profile
from dialogues.engine import step
from dialogues.events import Command, Press, Text
from dialogues.state import State
from referral_store import Store
from tests.conftest import Backend
from tests.telegram_fake import FakeTelegram, Person, bot_application, running
from tests.test_telegram_safety import refer

ROOT = Path(__file__).resolve().parent.parent
RECEIVED = "We have received your referral"

# Another process writing one chat's row, as the CLI or a second bot would.
OTHER_PROCESS = """
import asyncio, os, sys
from pathlib import Path
from referral_store import Store
from referral_store.crypto import Keyring, parse_keys
from referral_store.store import is_database_url

async def main(db, key, state):
    keys = os.environ.get("RJBOT_DATA_KEY")
    ring = Keyring(tuple(parse_keys(keys))) if keys else None
    where = db if is_database_url(db) else Path(db)
    async with await Store.open(where, keyring=ring) as store:
        if state == "-":
            await store.delete_conversation(key)
        else:
            await store.save_conversation(key, state)

asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3]))
"""


def other_process(db: Backend, key: str, state: str | None) -> None:
    subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, str(db.db), key, state or "-"],
        cwd=ROOT,
        env={**os.environ, **db.key_env()},
        check=True,
        timeout=120,
    )


def counting(store: Store) -> list[int]:
    """Count the group commits on ``store``: how many writes each carried."""
    commits: list[int] = []
    real: Callable[[Sequence[Any]], Awaitable[list[bool]]] = store.write_in_one_trip

    async def write_in_one_trip(writes: Sequence[Any]) -> list[bool]:
        commits.append(len(writes))
        return await real(writes)

    store.write_in_one_trip = write_in_one_trip  # type: ignore[method-assign]
    return commits


async def test_every_chat_that_moved_in_a_tick_is_saved_in_one_commit(backend: Backend) -> None:
    profile = load_profile()
    async with await backend.open(profile.deadlines) as store:
        talk = Conversations(store, profile, "telegram")
        people = [f"tg:{n}" for n in range(20)]
        for key in people:
            await talk.handle(key, Command("refer"))
        commits = counting(store)
        results = await asyncio.gather(*(talk.handle(k, Press("v.consent|agree")) for k in people))
        assert commits == [20], "twenty people's steps, one transaction"
        assert all("18 or older" in r.replies[-1].text for r in results)
    # Read back through a connection of its own: every step is on disk.
    async with await backend.open(profile.deadlines) as fresh:
        for key in people:
            assert State.from_json(await fresh.load_conversation(key)).step == "v.age"


async def test_the_cache_reads_what_another_process_wrote(backend: Backend) -> None:
    db = backend
    profile = load_profile()
    async with await db.open(profile.deadlines) as store:
        talk = Conversations(store, profile, "telegram")
        await talk.handle("tg:1", Command("refer"))  # held in memory at the consent question
        ctx = talk.context()
        agreed = step(
            State.from_json(await store.load_conversation("tg:1")), Press("v.consent|agree"), ctx
        )
        # Elsewhere the person got past the consent question: this process never saw it.
        await asyncio.to_thread(other_process, db, "tg:1", agreed.state.to_json())
        result = await talk.handle("tg:1", Press("v.age|yes"))
        assert "What would you like us to call you" in result.replies[-1].text

        await talk.handle("tg:1", Text("Zebedee Canarywood"))
        # Erased by another process (a withdrawal at the desk, a retention purge).
        await asyncio.to_thread(other_process, db, "tg:1", None)
        after = await talk.handle("tg:1", Text("phone"))
        kept = await store.load_conversation("tg:1") or ""
        assert "Zebedee" not in kept, "an erased person's answers are not written back"
        assert "How is it safe" not in after.replies[-1].text, "nor carried on from memory"


async def test_a_failed_commit_leaves_no_received_message(backend: Backend) -> None:
    db, fake = backend, FakeTelegram()
    async with running(bot_application(db, fake)) as app:
        person = Person(app, fake)
        # Walk to the last question without sending, then lock the store.
        real_press = person.press
        pressed: list[str] = []

        async def press_but_not_send(label: str) -> list[dict[str, Any]]:
            pressed.append(label)
            if label == "Send my referral":
                return []
            return await real_press(label)

        person.press = press_but_not_send  # type: ignore[method-assign]
        await refer(person)
        person.press = real_press  # type: ignore[method-assign]
        assert pressed[-1] == "Send my referral"
        async with db.writes_held():  # every commit now fails: the store is "busy"
            said = await person.press("Send my referral")
        texts = [m["text"] for m in said]
        assert not any(RECEIVED in t for t in texts), "nothing said of what was not saved"
        assert texts, "the person is not left in silence"
        busy = STORE_BUSY.split(".")[0]
        assert any(busy in t or "could not" in t.lower() for t in texts), texts
        async with await db.open() as store:
            assert await store.open_referrals() == [], "and nothing was kept"

        again = await person.press("Send my referral")
        assert any(RECEIVED in m["text"] for m in again)
        async with await db.open() as store:
            assert len(await store.open_referrals()) == 1


async def test_message_ids_of_many_chats_noted_in_one_commit_are_all_found(
    backend: Backend,
) -> None:
    """A quick exit finds every message id a busy commit noted, for each chat its own."""
    profile = load_profile()
    async with await backend.open(profile.deadlines) as store:
        talk = Conversations(store, profile, "telegram")
        # More rows than one statement carries (256), in counts that need padding.
        chats = {f"tg:{n}": [n * 10 + i for i in range(1 + n % 3)] for n in range(200)}
        commits = counting(store)
        for key, ids in chats.items():
            talk.remember(key, ids)
            talk.remember(key, ids[:1])  # noted twice: kept once
        await talk.steps.flush()
        assert commits == [1], "one commit for them all"
        for key, ids in chats.items():
            assert await store.forget_messages(key, timedelta(hours=48)) == ids
