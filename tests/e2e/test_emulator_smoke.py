"""The end-to-end harness itself: emulator, fix-ups, a bot process and a person, over HTTP.

If these fail, every end-to-end test would fail for reasons that have nothing to do with
rjbot; they run the bare echo bot so that the harness is checked on its own.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

from tests.e2e.harness import TOKEN, BotProcess, Emulator, Person


def test_a_person_talks_to_the_echo_bot_and_presses_a_button() -> None:
    with (
        Emulator() as api,
        BotProcess("tests.e2e.echo_bot", api_url=api.api_url) as bot,
        Person(api, user_id=7001) as person,
    ):
        person.send_text("hello there")
        [echo] = person.wait_reply("hello there", timeout=30)  # the bot takes ~1 s to start
        assert echo == "hello there" and echo.reply_markup is None

        person.send_command("/buttons")
        [menu] = person.wait_reply("Pick one")
        assert menu.labels == ["Left", "Right"]

        person.press("Right")
        [said] = person.wait_reply("You pressed Right")
        assert said.message_id > menu.message_id
        # The edit never comes through getUpdates; the stored message shows it, keyboard gone.
        now = {m.message_id: m for m in person.bot_messages()}
        assert now[menu.message_id] == "You chose Right"
        assert now[menu.message_id].reply_markup is None
        with pytest.raises(AssertionError, match="no button 'Left'"):
            person.press("Left")

        person.send_text("one")
        with pytest.raises(AssertionError, match=r"arrived: \['one'\]"):
            person.wait_reply("two", timeout=2)

        kinds = ["callbackQuery" if "callbackQuery" in u else "message" for u in person.history()]
        assert kinds.count("callbackQuery") == 1
        assert len(kinds) == 8, "3 texts and a press from the person, 4 messages from the bot"
        assert person.deleted() == []
        bot.check_alive()
    assert api.returncode == 0, "the emulator exits cleanly on SIGTERM"


async def test_python_telegram_bot_reads_every_fixed_up_answer() -> None:
    chat = 7002
    async with Emulator() as api, Bot(TOKEN, base_url=api.api_url) as bot:
        # 1: Bot.initialize() calls getMe, which needs is_bot.
        assert bot.bot.is_bot and bot.username == "TestNameBot"
        # 5: cosmetic calls succeed, anything else unemulated is a BadRequest.
        assert await bot.set_my_commands([("start", "Start")])
        assert await bot.get_my_commands() == ()
        assert await bot.send_chat_action(chat, "typing")
        with pytest.raises(BadRequest, match="not supported by the emulator"):
            await bot.get_chat(chat)
        # 2: dates in seconds.
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
        sent = await bot.send_message(chat, "hi", reply_markup=keyboard)
        assert abs(sent.date.timestamp() - time.time()) < 60
        # 4: an edit answers with the Message; a missing one is Telegram's BadRequest.
        edited = await bot.edit_message_text("hey", chat, sent.message_id, reply_markup=keyboard)
        assert isinstance(edited, Message) and edited.text == "hey"
        assert edited.reply_markup == keyboard
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("x", chat, 999_999)
        # 3: a press arrives with chat_instance, so PTB keeps the update.
        with Person(api, user_id=chat) as person:
            await asyncio.to_thread(person.press, "A")
            [update] = await bot.get_updates()
            assert update.callback_query is not None and update.callback_query.data == "a"
            assert await update.callback_query.answer()
            # 6: deleting a missing message is a BadRequest, not a KeyError; calls are recorded.
            with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
                await bot.delete_message(chat, 999_999)
            assert await bot.delete_message(chat, sent.message_id)
            calls = await asyncio.to_thread(person.deleted)
            assert [(c["message_id"], c["deleted"]) for c in calls] == [
                (999_999, False),
                (sent.message_id, True),
            ]
            # 7: a webhook that cannot be reached does not take the emulator down: the post
            # fails, the update is kept for another try, and getWebhookInfo says why.
            assert await bot.set_webhook("http://127.0.0.1:9/unreachable")
            await asyncio.to_thread(person.send_text, "anyone there?")
            for _ in range(400):
                info = await bot.get_webhook_info()
                if info.last_error_message:
                    break
                await asyncio.sleep(0.05)
            assert info.pending_update_count == 1
            assert info.last_error_message and "Connection failed" in info.last_error_message
            assert (await bot.get_me()).is_bot
            assert await bot.delete_webhook()
