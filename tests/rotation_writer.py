"""A second process for the rotation race: writes in a loop until the store refuses it.

Prints ``ready`` after its first writes, then ``refused N`` once a rotation made its key
stale (N writes went through before), or ``stopped N`` when the stop file appears.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.config import keyring
from referral_store import Consent, Store
from referral_store.crypto import KeyEpochError
from referral_store.store import is_database_url
from tests.test_privacy_store import referral


async def main(db: Path | str, stop: Path) -> None:
    async with await Store.open(db, keyring=keyring(db)) as store:
        written = 0
        try:
            while not stop.exists():  # noqa: ASYNC240 (a test driver)
                chat = f"tg:{1000 + written}"
                await store.save_conversation(chat, '{"step": "name"}')
                await store.remember_messages(chat, [written + 1])
                await store.submit_referral(
                    referral(),
                    Consent("v1", "en", datetime.now(UTC)),
                    conversation=(chat, '{"step": "menu"}'),
                )
                written += 1
                if written == 3:
                    print("ready", flush=True)
                # A busy bot, not a tight loop: the rotation must get the write lock in time.
                await asyncio.sleep(0.01)
        except KeyEpochError:
            print(f"refused {written}", flush=True)
            return
    print(f"stopped {written}", flush=True)


if __name__ == "__main__":
    # The store: an SQLite file's path, or a postgresql:// URL (its key in RJBOT_DATA_KEY).
    where = sys.argv[1]
    asyncio.run(main(where if is_database_url(where) else Path(where), Path(sys.argv[2])))
