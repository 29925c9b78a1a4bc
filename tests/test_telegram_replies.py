"""Replies posted straight to the Bot API (bot/telegram/common.py ``api``): what Telegram
refuses is handled as python-telegram-bot's own methods had it, and every message the bot
sent is known to a quick exit."""

from __future__ import annotations

from pathlib import Path

from tests.telegram_fake import FakeTelegram, Person, bot_application, running


async def test_a_refused_edit_is_sent_anew_and_a_quick_exit_deletes_it(tmp_path: Path) -> None:
    fake = FakeTelegram()
    fake.refuse.add("editMessageText")
    async with running(bot_application(tmp_path / "rj.sqlite3", fake)) as app:
        person = Person(app, fake)
        await person.send("/refer")
        await person.press("Yes, I agree")
        await person.press("Yes")  # 18 or older
        await person.send("Sam")
        ticked = await person.press("Phone call")
        assert fake.refused == ["editMessageText"], "a tick edits the question in place"
        assert len(ticked) == 1 and "✓ Phone call" in str(ticked[0]["reply_markup"]), (
            "the ticked question still reaches the person, as a new message"
        )
        sent = fake.sent_ids[person.chat_id]
        assert await person.press("✕ Quick exit") == []
        assert set(sent) <= set(fake.deleted(person.chat_id)), "the new message is deleted too"
