"""A step's replies as kept with it until sent (referral_store/steps.py seals them).

Kept exactly as they were said, text and buttons (labels already in the person's language),
so a repeat after a crash says the same thing, whatever has changed since.
"""

from __future__ import annotations

import json
from functools import lru_cache

from dialogues.events import Button, Reply


def encode(replies: list[Reply]) -> str:
    # Written for every update a person sends: the keyboards, which repeat from person to
    # person, are encoded once each; the texts (which can quote the person) never cached.
    return "[{}]".format(
        ",".join(
            f"[{json.dumps(r.text, ensure_ascii=False)},{_rows(r.buttons)},"
            f"{'true' if r.edit else 'false'}]"
            for r in replies
        )
    )


@lru_cache(maxsize=4096)
def _rows(buttons: tuple[tuple[Button, ...], ...]) -> str:
    return json.dumps(
        [[[b.label, b.data] for b in row] for row in buttons],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode(kept: str) -> list[Reply]:
    return [
        Reply(
            str(text),
            tuple(tuple(Button(str(label), str(data)) for label, data in row) for row in rows),
            bool(edit),
        )
        for text, rows, edit in json.loads(kept)
    ]
