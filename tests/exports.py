"""Reading what ``rjbot export`` prints (JSON Lines: a header, then one record a line)."""

from __future__ import annotations

import json
from typing import Any


def referrals(jsonl: str) -> list[dict[str, Any]]:
    """The referral rows of an export."""
    lines = jsonl.splitlines()
    assert json.loads(lines[0])["format"] == "rjbot-export"
    records = [json.loads(line) for line in lines[1:] if line.strip()]
    return [r["row"] for r in records if r["table"] == "referrals"]
