"""A web chat's code: held in the session cookie, and shown only to a person who asks for it
so they can carry on later (like ``rjbot chat --resume CODE``).

The store never sees the code itself, only a hash of it as the conversation's key, so
nobody who can read the store can carry on someone's chat.
"""

from __future__ import annotations

import hashlib
import re
import secrets

# Crockford's base32: no I, L, O or U, so a code copied by hand is read back as written.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16  # 80 bits: far beyond guessing at the rate limit
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SHAPE = re.compile(rf"[{ALPHABET}]{{{LENGTH}}}")


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def shown(code: str) -> str:
    """In groups of four, easier to write down: ``K7QM-3XDP-9RTA-W2HN``."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def read(typed: str) -> str | None:
    """A code as typed (any case, spaces or dashes, O for 0), or ``None`` if it is not one."""
    code = re.sub(r"[\s-]", "", typed).upper().translate(_MISREAD)
    return code if _SHAPE.fullmatch(code) else None


def key_for(code: str) -> str:
    """The conversation's key in the store."""
    return "web:" + hashlib.sha256(code.encode()).hexdigest()[:40]
