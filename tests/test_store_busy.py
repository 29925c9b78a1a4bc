"""When the database is locked, the person is asked to try again and nothing is half-written."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.conversation import Conversations
from bot.profile import load_profile
from dialogues.events import Command, Press, Text
from tests.conftest import Backend


async def test_a_locked_database_asks_for_a_retry_and_loses_nothing(backend: Backend) -> None:
    profile = load_profile()
    async with await backend.open(profile.deadlines) as store:
        talk = Conversations(store, profile, "terminal", clock=lambda: datetime.now(UTC))
        await talk.handle("k", Command("refer"))
        await talk.handle("k", Press("v.consent|agree"))
        await talk.handle("k", Press("v.age|yes"))
        before = await store.load_conversation("k")
        # Another process holds the write lock for longer than the store waits for it
        # (SQLite's busy timeout; PostgreSQL's lock timeout).
        async with backend.writes_held():
            result = await talk.handle("k", Text("Sam"))
        assert [r.text for r in result.replies] == [
            "Sorry, we could not save that just now. Nothing was lost. "
            "Please send it again in a minute."
        ]
        assert await store.load_conversation("k") == before, "nothing half-written"
        again = await talk.handle("k", Text("Sam"))
        assert "How is it safe" in again.replies[-1].text
