"""Updates of different chats run at once; two of one chat never overlap or swap."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.telegram.order import InChatOrder


def update(update_id: int, chat: int) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 0,
                "chat": {"id": chat, "type": "private"},
                "text": "hi",
            },
        },
        None,
    )


async def test_one_chat_waits_its_turn_while_another_chat_goes_ahead() -> None:
    order = InChatOrder()
    ran: list[str] = []
    first_may_end = asyncio.Event()

    async def handled(name: str, hold: asyncio.Event | None = None) -> None:
        ran.append(f"{name} starts")
        if hold is not None:
            await hold.wait()
        ran.append(f"{name} ends")

    async with order:
        first = asyncio.create_task(
            order.process_update(update(1, 10), handled("a1", first_may_end))
        )
        second = asyncio.create_task(order.process_update(update(2, 10), handled("a2")))
        other = asyncio.create_task(order.process_update(update(3, 20), handled("b1")))
        await other  # another person is answered while the first chat's update is in hand
        assert ran == ["a1 starts", "b1 starts", "b1 ends"]
        first_may_end.set()
        await asyncio.gather(first, second)
    assert ran[3:] == ["a1 ends", "a2 starts", "a2 ends"], "the chat's second update waited"
