"""Reference numbers people can read out on the phone.

Random rather than sequential, so a reference says nothing about how many
people have been referred; no 0/O, 1/I/L, so nothing is misheard.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PATTERN = re.compile(rf"^RJ-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")


def new_reference() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"RJ-{chars[:4]}-{chars[4:]}"
