"""Telegram's servers for in-process benchmarks: answers at once, never touches the network."""

from __future__ import annotations

import json
import time
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

BOT = {"id": 777, "is_bot": True, "first_name": "RJ", "username": "rj_bench_bot"}


class OfflineTelegram(BaseRequest):
    """Answers sendMessage and friends like the Bot API; counts what the bot sent."""

    def __init__(self) -> None:
        self.sent = 0
        # Every Bot API call but getMe, so a benchmark can check both bots make the same.
        self.calls = 0
        self._id = 0
        self.last_markup: dict[int, Any] = {}

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 1.0

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
        endpoint = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        result: object = True
        if endpoint == "getMe":
            return 200, json.dumps({"ok": True, "result": BOT}).encode()
        self.calls += 1
        if endpoint in ("sendMessage", "editMessageText"):
            self._id += 1
            self.sent += 1
            chat = int(params["chat_id"])
            if "reply_markup" in params:
                self.last_markup[chat] = params["reply_markup"]
            result = {
                "message_id": self._id,
                "date": int(time.time()),
                "chat": {"id": chat, "type": "private"},
                "text": params.get("text", ""),
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()


def message(update_id: int, chat: int, text: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "text": text,
        "chat": {"id": chat, "type": "private"},
        "from": {"id": chat, "is_bot": False, "first_name": "P", "language_code": "en"},
    }
    if text.startswith("/"):
        body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": body}


def callback(update_id: int, chat: int, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "chat_instance": "1",
            "data": data,
            "from": {"id": chat, "is_bot": False, "first_name": "P", "language_code": "en"},
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "text": "x",
                "chat": {"id": chat, "type": "private"},
            },
        },
    }


async def feed(app: Application, data: dict[str, Any]) -> None:  # type: ignore[type-arg]
    await app.process_update(Update.de_json(data, app.bot))
