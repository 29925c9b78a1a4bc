"""When the database is locked, the person is asked to try again and nothing is half-written."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.conversation import Conversations
from bot.profile import load_profile
from dialogues.events import Command, Press, Text
from referral_store import Store


async def test_a_locked_database_asks_for_a_retry_and_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "rj.sqlite3"
    profile = load_profile()
    async with await Store.open(db, profile.deadlines) as store:
        talk = Conversations(store, profile, "terminal", clock=lambda: datetime.now(UTC))
        await talk.handle("k", Command("refer"))
        await talk.handle("k", Press("v.consent|agree"))
        await talk.handle("k", Press("v.age|yes"))
        before = await store.load_conversation("k")
        blocker = sqlite3.connect(db)
        try:
            blocker.execute("BEGIN EXCLUSIVE")
            result = await talk.handle("k", Text("Sam"))
        finally:
            blocker.rollback()
            blocker.close()
        assert [r.text for r in result.replies] == [
            "Sorry, we could not save that just now. Nothing was lost. "
            "Please send it again in a minute."
        ]
        assert await store.load_conversation("k") == before, "nothing half-written"
        again = await talk.handle("k", Text("Sam"))
        assert "How is it safe" in again.replies[-1].text
