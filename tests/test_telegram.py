"""Telegram handlers through the real python-telegram-bot Application, offline."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.config import ConfigError, TelegramSettings, telegram_settings
from bot.profile import load_profile
from bot.telegram.app import build_application
from dialogues.flows import VICTIM
from tests.conftest import Backend
from tests.talk import VICTIM_ANSWERS, walked
from tests.telegram_fake import FakeTelegram, Person, running

FACILITATORS = -1001
RECEIVED = datetime(2025, 12, 19, 11, 0, tzinfo=UTC)


@pytest.fixture
async def telegram(backend: Backend) -> AsyncIterator[tuple[FakeTelegram, Person, Backend]]:
    fake = FakeTelegram()
    db = backend
    app = build_application(
        TelegramSettings("123:TEST", None, FACILITATORS),
        load_profile(),
        db.db,
        keyring=db.keyring,
        request=fake,
        clock=lambda: RECEIVED,
    )
    async with running(app):
        yield fake, Person(app, fake), db


def labels(messages: list[dict[str, object]]) -> list[str]:
    found: list[str] = []
    for message in messages:
        markup = message.get("reply_markup") or {}
        assert isinstance(markup, dict)
        for row in markup.get("inline_keyboard", []):
            found.extend(button["text"] for button in row)
    return found


async def test_start_shows_the_menu(telegram: tuple[FakeTelegram, Person, Backend]) -> None:
    _, person, _ = telegram
    sent = await person.send("/start")
    assert len(sent) == 1
    assert "I was harmed: refer myself" in labels(sent)
    for message in sent:
        for row in message["reply_markup"]["inline_keyboard"]:
            for button in row:
                assert len(button["callback_data"].encode()) <= 64


async def test_a_self_referral_through_telegram_is_queued_and_announced(
    telegram: tuple[FakeTelegram, Person, Backend],
) -> None:
    fake, person, db = telegram
    await person.send("/start src-police")
    given = {
        **VICTIM_ANSWERS,
        "contact": ["Message me in this chat", "Phone call"],
        "message": "No messages, please",
        "when": "In the last month",
    }
    sent = await person.follow(walked(VICTIM, load_profile().rules(), send=False, **given).did)
    assert "Please check your answers" in sent[-1]["text"]
    sent = await person.press("Send my referral")
    confirmation = sent[-1]["text"] if "reference" in sent[-1]["text"] else sent[0]["text"]
    assert "Tuesday, 30 December 2025" in confirmation

    async with await db.open(load_profile().deadlines) as store:
        queue = await store.open_referrals()
        assert len(queue) == 1
        item = queue[0]
        assert item.reference in confirmation
        assert item.source == "police"
        assert item.due_at == datetime(2025, 12, 30, 17, 0, tzinfo=UTC)
        referral = await store.get_referral(item.reference)
        assert referral is not None
        assert referral.details["contact"] == ["phone", "chat"]
        assert referral.channel == "telegram"

    announced = fake.sent(FACILITATORS)
    assert len(announced) == 1
    text = announced[0]["text"]
    assert item.reference in text and "30 Dec 2025 17:00" in text
    assert "Sam" not in text and "7123" not in text, "no personal details to the group"


async def test_an_unknown_command_gets_a_plain_answer(
    telegram: tuple[FakeTelegram, Person, Backend],
) -> None:
    _, person, _ = telegram
    sent = await person.send("/frobnicate")
    assert "do not know that command" in sent[0]["text"]


async def test_group_chats_are_not_talked_to(
    telegram: tuple[FakeTelegram, Person, Backend],
) -> None:
    fake, person, _ = telegram
    group = Person(person.app, fake, chat_id=-55)
    assert await group.send("/start") == []
    assert await group.send("hello") == []


async def test_nonsense_is_reasked_in_telegram_too(
    telegram: tuple[FakeTelegram, Person, Backend],
) -> None:
    _, person, _ = telegram
    await person.send("/refer")
    await person.press("Yes, I agree")
    await person.press("Yes")  # 18 or older
    await person.send("Sam")
    await person.press("Phone call")
    await person.press("Done")
    sent = await person.send("not a number")
    assert "does not look like a phone number" in sent[0]["text"]


async def test_the_conversation_survives_a_restart(backend: Backend) -> None:
    settings = TelegramSettings("123:TEST", None, None)
    for round_ in range(2):
        fake = FakeTelegram()
        app = build_application(
            settings, load_profile(), backend.db, keyring=backend.keyring, request=fake
        )
        async with running(app):
            person = Person(app, fake, first_update=100 * round_)
            if round_ == 0:
                await person.send("/refer")
                await person.press("Yes, I agree")
                await person.press("Yes")  # 18 or older
                await person.send("Sam")
            else:
                sent = await person.send("/start")
                assert "Welcome back" in sent[0]["text"]
                assert "How is it safe for us to contact you" in sent[0]["text"]


def test_a_missing_token_is_a_one_line_error() -> None:
    with pytest.raises(ConfigError) as caught:
        telegram_settings({})
    assert "RJBOT_TELEGRAM_TOKEN" in str(caught.value)
    assert "\n" not in str(caught.value)
    with pytest.raises(ConfigError, match="whole number"):
        telegram_settings({"RJBOT_TELEGRAM_TOKEN": "x", "RJBOT_FACILITATOR_CHAT_ID": "abc"})
