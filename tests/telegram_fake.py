"""Telegram's servers, stood in for at the edge of the machine.

A ``BaseRequest`` that answers the Bot API methods the bot uses the way
Telegram does, records every call, and refuses anything else, so handler tests
run the real ``Application`` with no network.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from dialogues.flows import SHIPPED, VICTIM
from dialogues.model import Flows
from tests.conftest import Backend
from tests.talk import VICTIM_ANSWERS, Given, walked

BOT = {
    "id": 777,
    "is_bot": True,
    "first_name": "RJ",
    "username": "rj_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


class FakeTelegram(BaseRequest):
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.sent_ids: dict[int, list[int]] = {}
        self._next_id = 1000
        # Methods answered with Telegram's 400 (an edit of a message too old or unchanged).
        self.refuse: set[str] = set()
        self.refused: list[str] = []

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
        if endpoint in self.refuse:
            self.refused.append(endpoint)
            refusal = {"ok": False, "error_code": 400, "description": "message can't be edited"}
            return 400, json.dumps(refusal).encode()
        params = dict(request_data.parameters) if request_data else {}
        if isinstance(params.get("reply_markup"), str):
            # As the Bot API reads it: the bot sends keyboards already encoded as JSON.
            params["reply_markup"] = json.loads(str(params["reply_markup"]))
        self.calls.append((endpoint, params))
        result: object
        if endpoint == "getMe":
            result = BOT
        elif endpoint in {"sendMessage", "editMessageText"}:
            self._next_id += 1
            chat_id = int(params["chat_id"])
            result = {
                "message_id": params.get("message_id", self._next_id),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT,
                "text": params.get("text", ""),
            }
            if "reply_markup" in params:
                result["reply_markup"] = params["reply_markup"]
            if endpoint == "sendMessage":
                self.sent_ids.setdefault(chat_id, []).append(self._next_id)
        elif endpoint in {"sendPhoto", "sendDocument"}:
            self._next_id += 1
            result = {
                "message_id": self._next_id,
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT,
            }
        elif endpoint in {
            "answerCallbackQuery",
            "deleteWebhook",
            "setMyCommands",
            "setMyDescription",
            "setMyShortDescription",
            "deleteMessage",
        }:
            result = True
        else:
            raise AssertionError(f"the bot called {endpoint}, which these tests do not expect")
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def deleted(self, chat_id: int) -> list[int]:
        return sorted(
            int(p["message_id"])
            for e, p in self.calls
            if e == "deleteMessage" and int(p["chat_id"]) == chat_id
        )

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        return [
            p
            for e, p in self.calls
            if e in {"sendMessage", "editMessageText"}
            and (chat_id is None or int(p["chat_id"]) == chat_id)
        ]


class Person:
    """A Telegram user in a private chat, sending updates into the real Application."""

    def __init__(
        self,
        app: Application,  # type: ignore[type-arg]
        telegram: FakeTelegram,
        chat_id: int = 42,
        language: str = "en",
        first_name: str = "Test",
        first_update: int = 0,
    ) -> None:
        self.app = app
        self.telegram = telegram
        self.chat_id = chat_id
        self.language = language
        self.first_name = first_name
        # Telegram's update ids only grow; a restarted test client must not reuse them.
        self._update_id = first_update
        self._seen = 0

    def _user(self) -> dict[str, Any]:
        return {
            "id": self.chat_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language,
        }

    def _chat(self) -> dict[str, Any]:
        return {"id": self.chat_id, "type": "private" if self.chat_id > 0 else "group"}

    async def _feed(self, data: dict[str, Any], *, again: bool = False) -> list[dict[str, Any]]:
        if not again:
            self._update_id += 1
        data["update_id"] = self._update_id
        self._last = data
        await self.app.process_update(Update.de_json(data, self.app.bot))
        new = self.telegram.sent(self.chat_id)[self._seen :]
        self._seen += len(new)
        return new

    async def resend(self) -> list[dict[str, Any]]:
        """Telegram delivering the last update a second time (same update id)."""
        return await self._feed(self._last, again=True)

    async def send(self, text: str) -> list[dict[str, Any]]:
        message: dict[str, Any] = {
            "message_id": self._update_id + 1,
            "date": int(time.time()),
            "chat": self._chat(),
            "from": self._user(),
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        return await self._feed({"message": message})

    async def press(self, label: str) -> list[dict[str, Any]]:
        for sent in reversed(self.telegram.sent(self.chat_id)):
            for row in (sent.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label:
                        return await self._feed(
                            {
                                "callback_query": {
                                    "id": str(self._update_id + 1),
                                    "from": self._user(),
                                    "chat_instance": "1",
                                    "data": button["callback_data"],
                                    "message": {
                                        "message_id": 1,
                                        "date": int(time.time()),
                                        "chat": self._chat(),
                                        "from": BOT,
                                        "text": "x",
                                    },
                                }
                            }
                        )
        raise AssertionError(f"no button {label!r} in the chat")

    async def follow(self, did: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """Do what a person did (``tests.talk.Talk.did``): press labels, send words.

        Returns what the bot sent after the last of them.
        """
        sent: list[dict[str, Any]] = []
        for kind, value in did:
            sent = await (self.press(value) if kind == "press" else self.send(value))
        return sent


async def refer(person: Person, **given: Given) -> list[dict[str, Any]]:
    """A whole self-referral under the default profile, walked from the flow
    (``tests.talk``) with these answers given, from /refer to Send; what the bot sent last."""
    from bot.profile import load_profile

    answers = {**VICTIM_ANSWERS, "contact": ["Message me in this chat"], **given}
    return await person.follow(walked(VICTIM, load_profile().rules(), **answers).did)


def bot_application(
    db: Path | Backend,
    fake: FakeTelegram,
    *,
    team: int | None = None,
    clock: Callable[[], datetime] | None = None,
    flows: Flows = SHIPPED,
) -> Application:  # type: ignore[type-arg]
    """The real rjbot Application on ``db``, talking to ``fake``; no sweep job (tests run it)."""
    from bot.config import TelegramSettings
    from bot.profile import load_profile
    from bot.telegram.app import build_application

    where, keyring = (db.db, db.keyring) if isinstance(db, Backend) else (db, None)
    return build_application(
        TelegramSettings("123:TEST", None, team),
        load_profile(),
        where,
        keyring=keyring,
        request=fake,
        **({"clock": clock} if clock else {}),
        sweep_every=0,
        flows=flows,
    )


@asynccontextmanager
async def running(app: Application) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The app as ``run_polling`` would have it (initialised, ``post_init`` run), then shut down."""
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None
    await app.post_init(app)
    try:
        yield app
    finally:
        await app.post_shutdown(app)
        await app.shutdown()
