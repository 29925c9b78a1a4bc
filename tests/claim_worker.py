"""A facilitator process for the claim race: claims everything it can, prints what it won."""

from __future__ import annotations

import asyncio
import json
import random
import sys

from referral_store import Store
from referral_store.desk import Desk


async def main(db: str, staff_ids: list[int], references: list[str]) -> None:
    async with await Store.open(db) as store:
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
