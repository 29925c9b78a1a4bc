"""Replies posted straight to the Bot API (bot/telegram/common.py ``api``): what Telegram
refuses is handled as python-telegram-bot's own methods had it, and every message the bot
sent is known to a quick exit."""

from __future__ import annotations

import json
from pathlib import Path

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import RequestData

from tests.telegram_fake import FakeTelegram, Person, bot_application, running


class RefusesEdits(FakeTelegram):
    """Telegram refusing every edit, as it does a message too old or unchanged."""

    refused = 0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if url.endswith("/editMessageText"):
            self.refused += 1
            refusal = {"ok": False, "error_code": 400, "description": "message can't be edited"}
            return 400, json.dumps(refusal).encode()
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )


async def test_a_refused_edit_is_sent_anew_and_a_quick_exit_deletes_it(tmp_path: Path) -> None:
    fake = RefusesEdits()
    async with running(bot_application(tmp_path / "rj.sqlite3", fake)) as app:
        person = Person(app, fake)
        await person.send("/refer")
        await person.press("Yes, I agree")
        await person.press("Yes")  # 18 or older
        await person.send("Sam")
        ticked = await person.press("Phone call")
        assert fake.refused == 1, "a tick edits the question in place"
        assert len(ticked) == 1 and "✓ Phone call" in str(ticked[0]["reply_markup"]), (
            "the ticked question still reaches the person, as a new message"
        )
        sent = fake.sent_ids[person.chat_id]
        assert await person.press("✕ Quick exit") == []
        assert set(sent) <= set(fake.deleted(person.chat_id)), "the new message is deleted too"
