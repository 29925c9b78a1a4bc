"""Two bot instances over one store, handling one chat at once (docs/deploy.md).

Telegram posts an update again when the first post seems to hang, and the proxy may hand
the two posts to two instances at the same moment. Each instance here is its own Store
(its own connections, as a second process would have) with its own Conversations.
"""

from __future__ import annotations

import asyncio

from bot.conversation import Conversations
from bot.profile import load_profile
from bot.turns import ChatTurns
from dialogues.flows import VICTIM
from tests.conftest import Backend
from tests.talk import NOW, VICTIM_ANSWERS, walked

CHAT = "tg:1"


async def test_one_chat_posted_to_two_instances_at_once_loses_nothing_and_refers_once(
    backend: Backend,
) -> None:
    profile = load_profile()
    name = "Zebediah Twice"
    talk = walked(VICTIM, profile.rules(), "telegram", **{**VICTIM_ANSWERS, "name": name})
    async with (
        await backend.open(profile.deadlines) as one,
        await backend.open(profile.deadlines) as two,
    ):
        instances = [
            Conversations(store, profile, "telegram", clock=lambda: NOW, turns=ChatTurns(store))
            for store in (one, two)
        ]
        try:
            for update_id, event in enumerate(talk.sent, start=1):
                both = await asyncio.gather(
                    *(each.handle(CHAT, event, update_id=update_id) for each in instances)
                )
                answered = [result for result in both if not result.duplicate]
                assert len(answered) == 1, f"update {update_id} answered once, not twice"
                assert answered[0].replies, f"update {update_id} is answered"
                busy = [r.text for r in answered[0].replies if "could not save" in r.text]
                assert not busy, f"update {update_id}: {busy}"
        finally:
            for each in instances:
                await each.close()
        [item] = await two.open_referrals()
        referral = await one.get_referral(item.reference)
    assert referral is not None and referral.details["name"] == name, "no answer lost"
    assert referral.details["times"] == "evening"
    assert await backend.committed("SELECT count(*) FROM referrals") == [(1,)]
