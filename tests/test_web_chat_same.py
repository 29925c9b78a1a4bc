"""The same answers make the same referral on the web as on Telegram."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime

import pytest

from bot.profile import load_profile
from tests.conftest import Backend
from tests.telegram_fake import FakeTelegram, Person, bot_application, running
from tests.web_chat import OFFENDER, SEND, VICTIM, chat_app, visiting, walk

RECEIVED = datetime(2025, 12, 19, 11, 0, tzinfo=UTC)
# What differs by channel, and the reference each gets.
CHANNEL_FIELDS = ("reference", "channel")


def the_referral(db: Backend) -> dict[str, object]:
    async def read() -> dict[str, object]:
        async with await db.open(load_profile().deadlines) as store:
            [item] = await store.open_referrals()
            referral = await store.get_referral(item.reference)
            assert referral is not None
            found = dataclasses.asdict(referral)
            return {k: v for k, v in found.items() if k not in CHANNEL_FIELDS}

    return asyncio.run(read())


async def on_telegram(db: Backend, steps: list[tuple[str, str]]) -> None:
    fake = FakeTelegram()
    app = bot_application(db, fake, clock=lambda: RECEIVED)
    async with running(app):
        person = Person(app, fake)
        await person.send("/start src-police")
        for kind, words in [*steps, ("press", SEND)]:
            await (person.press(words) if kind == "press" else person.send(words))


@pytest.mark.parametrize("steps", [VICTIM, OFFENDER], ids=["victim", "offender"])
def test_the_same_answers_make_the_same_referral(
    backend: Backend, second_backend: Backend, steps: list[tuple[str, str]]
) -> None:
    telegram_db, web_db = backend, second_backend
    asyncio.run(on_telegram(telegram_db, steps))
    with visiting(chat_app(web_db), clock=lambda: RECEIVED) as person:
        person.start(src="police")
        walk(person, steps)
        page = person.press(SEND)
        assert "We have received your referral" in page.text
    on_web, by_telegram = the_referral(web_db), the_referral(telegram_db)
    assert on_web["source"] == "police"
    assert on_web == by_telegram
