"""A facilitator process for the claim race: claims everything it can, prints what it won."""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys

from referral_store import Store
from referral_store.crypto import Keyring, parse_keys
from referral_store.desk import Desk


async def main(db: str, staff_ids: list[int], references: list[str]) -> None:
    # A PostgreSQL store's key comes in RJBOT_DATA_KEY (an SQLite file's sits beside it).
    keys = os.environ.get("RJBOT_DATA_KEY")
    keyring = Keyring(tuple(parse_keys(keys))) if keys else None
    async with await Store.open(db, keyring=keyring) as store:
        desk = Desk(store)
        staff = [s for s in await desk.staff() if s.id in staff_ids]

        async def claimer(member_index: int) -> list[str]:
            member = staff[member_index]
            order = references[:]
            random.shuffle(order)
            won = []
            for reference in order:
                if (await desk.claim(reference, member)).ok:
                    won.append(reference)
            return won

        results = await asyncio.gather(*(claimer(i) for i in range(len(staff))))
    print(json.dumps({str(staff[i].id): won for i, won in enumerate(results)}))


if __name__ == "__main__":
    database, ids, refs = sys.argv[1], sys.argv[2], sys.argv[3]
    asyncio.run(main(database, [int(i) for i in ids.split(",")], refs.split(",")))
