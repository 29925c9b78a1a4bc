"""The terminal chat: the same engine and store, with numbered choices.

Anyone can try the bot with no Telegram account. Works with piped input, so a
whole conversation can be scripted. Each run is a chat of its own (people may
share the computer), unless it resumes one by its code; /withdraw asks which
referral, by its reference, and withdraws that one only.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import sys
from typing import TextIO

from bot.conversation import Conversations
from dialogues.events import Command, Event, Press, Reply, Start, typed
from dialogues.i18n import N_, translator
from referral_store.references import PATTERN

CODE = re.compile(r"[A-Za-z0-9_-]{12,64}")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
ASK_REFERENCE = N_(
    "Which referral do you want to withdraw? Type its reference, for example RJ-ABCD-1234."
)
NOT_A_REFERENCE = N_("That does not look like a reference. It looks like RJ-ABCD-1234.")


def new_code() -> str:
    """A chat's code: whoever knows it can carry the chat on, so it is hard to guess."""
    return secrets.token_urlsafe(12)


def key_for(code: str) -> str:
    return f"terminal:{code}"


def _numbered(reply: Reply) -> list[str]:
    return [button.data for row in reply.buttons for button in row]


def render(reply: Reply) -> str:
    lines = [reply.text.replace("\u2068", "").replace("\u2069", "")]
    for number, button in enumerate((b for row in reply.buttons for b in row), start=1):
        lines.append(f"  {number}. {button.label}")
    return "\n".join(lines)


def parse(line: str, options: list[str]) -> Event:
    """A number picks an option, ``/word`` is a command, anything else is an answer."""
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(options):
        return Press(options[int(text) - 1])
    return typed(line.rstrip("\n"))


async def chat(
    conversations: Conversations,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    language: str | None = None,
    code: str | None = None,
) -> bool:
    """Talk until end of input or /quit, in the chat ``code`` (a new one by default).

    ``True`` if it ended in a quick exit (then nothing more may be shown).
    """
    key = key_for(code or new_code())
    interactive = stdin.isatty()
    event: Event = Start()
    while True:
        result = await conversations.handle(key, event, language=language)
        if result.quick_exit:
            # Clear the screen and its scrollback, and leave.
            stdout.write("\033[2J\033[3J\033[H")
            stdout.flush()
            return True
        options: list[str] = []
        for reply in result.replies:
            stdout.write(render(reply) + "\n\n")
            if reply.buttons:
                options = _numbered(reply)
        stdout.flush()
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line or line.strip() == "/quit":
            return False
        if not interactive:
            stdout.write(f"> {line.rstrip()}\n")
        event = parse(line, options)
        if event == Command("withdraw"):
            t = translator(result.state.language)
            stdout.write(t.gettext(ASK_REFERENCE) + "\n\n" + ("> " if interactive else ""))
            stdout.flush()
            answer = await asyncio.to_thread(stdin.readline)
            if not answer or answer.strip() == "/quit":
                return False
            if not interactive:
                stdout.write(f"> {answer.rstrip()}\n")
            reference = answer.strip().upper()
            if not PATTERN.match(reference):
                stdout.write(t.gettext(NOT_A_REFERENCE) + "\n\n")
                event = Command("menu")
                continue
            conversations.withdraw_only[key] = reference
