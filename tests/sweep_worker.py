"""A sweeper process for the sweep race: sweeps a few times; one recipient always fails.

Each send that goes through is appended to the log file as "<chat> <reference>".
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.profile import load_profile
from bot.sweep import sweep
from referral_store import Store
from referral_store.crypto import Keyring, parse_keys
from referral_store.desk import Desk

REFERENCE = re.compile(r"RJ-[0-9A-Z]{4}-[0-9A-Z]{4}")


async def main(db: Path | str, log: Path, failing: int, rounds: int) -> None:
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    # A PostgreSQL store's key comes in RJBOT_DATA_KEY (an SQLite file's sits beside it).
    keys = os.environ.get("RJBOT_DATA_KEY")
    keyring = Keyring(tuple(parse_keys(keys))) if keys else None
    async with await Store.open(db, keyring=keyring) as store:
        desk = Desk(store)

        async def send(chat_id: int, text: str) -> bool:
            await asyncio.sleep(0.001)  # a network call, so two sweepers overlap
            if chat_id == failing:
                return False
            [reference] = REFERENCE.findall(text)
            os.write(descriptor, f"{chat_id} {reference}\n".encode())
            return True

        for _ in range(rounds):
            now = datetime.now(UTC)
            result = await sweep(desk, load_profile().deadlines, send, None, now)
            print(f"{result.sent} {result.waiting} {result.reported} {result.busy}", flush=True)
    os.close(descriptor)


if __name__ == "__main__":
    # The store: an SQLite file's path, or a postgresql:// URL (Store.open takes either).
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
