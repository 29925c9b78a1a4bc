"""A step's replies as kept with it until sent (referral_store/steps.py seals them).

Kept exactly as they were said, text and buttons (labels already in the person's language),
so a repeat after a crash says the same thing, whatever has changed since.
"""

from __future__ import annotations

import json

from dialogues.events import Button, Reply


def encode(replies: list[Reply]) -> str:
    return json.dumps(
        [
            [r.text, [[[b.label, b.data] for b in row] for row in r.buttons], r.edit]
            for r in replies
        ],
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
