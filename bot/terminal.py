"""The terminal chat: the same engine and store, with numbered choices.

Anyone can try the bot with no Telegram account. Works with piped input, so a
whole conversation can be scripted.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.conversation import Conversations
from dialogues.events import Command, Event, Press, Reply, Start, Text

KEY = "terminal:local"


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
    if text.startswith("/") and len(text) > 1 and " " not in text:
        name = text[1:].lower()
        return Start() if name == "start" else Command(name)
    return Text(line.rstrip("\n"))


async def chat(
    conversations: Conversations,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    language: str | None = None,
) -> None:
    """Talk until end of input or /quit."""
    interactive = stdin.isatty()
    event: Event = Start()
    while True:
        result = await conversations.handle(KEY, event, language=language)
        if result.quick_exit:
            # Clear the screen and its scrollback, and leave.
            stdout.write("\033[2J\033[3J\033[H")
            stdout.flush()
            return
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
            return
        if not interactive:
            stdout.write(f"> {line.rstrip()}\n")
        event = parse(line, options)
