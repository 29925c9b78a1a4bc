"""Safety and reliability through the real Application: duplicates, floods, exits, withdrawal."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.conftest import Backend
from tests.telegram_fake import FakeTelegram, Person, bot_application, running
from tests.telegram_fake import refer as walk_referral

TEAM = -1001
NOW = datetime(2025, 12, 19, 11, 0, tzinfo=UTC)


@pytest.fixture
async def bot(backend: Backend) -> AsyncIterator[dict[str, Any]]:
    fake = FakeTelegram()
    db = backend
    app = bot_application(db, fake, team=TEAM, clock=lambda: NOW)
    async with running(app):
        yield {"fake": fake, "person": Person(app, fake), "db": db, "app": app}


async def refer(person: Person) -> list[dict[str, Any]]:
    return await walk_referral(person, name="Sam Canary", times="Any time")


async def test_a_redelivered_update_has_no_second_effect(bot: dict[str, Any]) -> None:
    person: Person = bot["person"]
    await person.send("/refer")
    await person.press("Yes, I agree")
    await person.press("Yes")  # 18 or older
    first = await person.send("Sam")
    assert "How is it safe" in first[0]["text"]
    again = await person.resend()
    assert again == [], "nothing said twice"
    nothing = await person.press("Message me in this chat")
    assert "✓ Message me in this chat" in str(nothing[0]["reply_markup"])
    other = Person(bot["app"], bot["fake"], chat_id=77)
    sent = await refer(other)
    assert await other.resend() == []
    async with await bot["db"].open() as store:
        assert len(await store.open_referrals()) == 1, "a resent Send makes one referral"
    assert any("We have received your referral" in m["text"] for m in sent)


async def test_a_flood_is_answered_once_politely(
    bot: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bot["app"].bot_data["rj"]
    data.flood.limit = 3
    person: Person = bot["person"]
    replies = [await person.send(f"message {i}") for i in range(6)]
    assert all(r for r in replies[:3])
    assert "very quickly" in replies[3][0]["text"]
    assert replies[4] == [] and replies[5] == []


async def test_quick_exit_deletes_the_chat_and_forgets_the_conversation(
    bot: dict[str, Any],
) -> None:
    person: Person = bot["person"]
    fake: FakeTelegram = bot["fake"]
    await person.send("/start")
    await person.press("I was harmed: refer myself")
    await person.press("Yes, I agree")
    await person.press("Yes")  # 18 or older
    await person.send("Sam")
    bot_messages = fake.sent_ids[person.chat_id]
    assert await person.press("✕ Quick exit") == []
    deleted = fake.deleted(person.chat_id)
    assert set(bot_messages) <= set(deleted), "every bot message is deleted"
    assert len(deleted) >= len(bot_messages) + 2, "and the person's own messages too"
    after = await person.send("/start")
    assert "Welcome back" not in after[0]["text"], "nothing of the referral was kept"


async def test_withdrawal_erases_and_tells_the_team(bot: dict[str, Any]) -> None:
    person: Person = bot["person"]
    fake: FakeTelegram = bot["fake"]
    await refer(person)
    async with await bot["db"].open() as store:
        [item] = await store.open_referrals()
    await person.send("/withdraw")
    done = await person.press("Yes, delete my details")
    assert "deleted the details" in done[0]["text"]
    told = [m["text"] for m in fake.sent(TEAM)]
    assert any(item.reference in t and "withdrawn" in t for t in told)
    assert all("Sam" not in t for t in told)
    async with await bot["db"].open() as store:
        assert await store.open_referrals() == []
        gone = await store.get_referral(item.reference)
        assert gone is not None and gone.details == {} and gone.status == "withdrawn"
