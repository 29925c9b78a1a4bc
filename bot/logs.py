"""Logging that keeps personal data out: a redacting filter, and quiet libraries.

The bot's own log lines name references and counts, never people. As a second
line of defence every record is scrubbed of what looks like a phone number, an
email address or a bot token, and libraries that would log whole updates or
request URLs (which carry the token) are held at WARNING.
"""

from __future__ import annotations

import logging
import os
import re

_PATTERNS = (
    (re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}"), "[token]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[email]"),
    (re.compile(r"\+?\d[\d ()-]{6,}\d"), "[number]"),
)
NOISY = ("httpx", "httpcore", "telegram", "apscheduler", "aiosqlite")


def redact(text: str) -> str:
    for pattern, mask in _PATTERNS:
        text = pattern.sub(mask, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            # A traceback can quote what was typed: keep only the exception's type.
            record.msg += f" ({type(record.exc_info[1]).__name__})"
            record.exc_info = record.exc_text = None
        return True


def configure(level: str | None = None) -> None:
    """Log to stderr at ``RJBOT_LOG_LEVEL`` (INFO by default), redacted."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel((level or os.environ.get("RJBOT_LOG_LEVEL") or "INFO").upper())
    for name in NOISY:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
