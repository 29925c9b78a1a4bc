"""Run a local Bot API emulator and play a Telegram user against it, over real HTTP.

The emulator is ``telegram-test-api`` behind a small fix-up layer (``emulator/server.js``)
that makes its answers readable by python-telegram-bot 22. The bot under test runs as its own
process pointed at it; a :class:`Person` is an HTTP client of the emulator's client routes.
Nothing here leaves 127.0.0.1, and every process started here is ended by the context
manager that started it.
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from tests.talk import Given, Talk

EMULATOR_DIR = Path(__file__).resolve().parent / "emulator"
ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-TOKEN"
EMULATOR_PACKAGE = ("telegram-test-api", "4.2.1")


def ensure_node_modules() -> None:
    """Install the emulator's pinned npm packages when a fresh clone lacks them.

    So that ``pytest`` alone works on a new machine: ``npm ci`` installs exactly what
    ``package-lock.json`` pins.
    """
    name, version = EMULATOR_PACKAGE
    installed = EMULATOR_DIR / "node_modules" / name / "package.json"
    if installed.is_file() and json.loads(installed.read_text("utf-8")).get("version") == version:
        return
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        raise RuntimeError(
            "the end-to-end tests need Node.js (20) and npm on PATH to run the Bot API "
            f"emulator; install them, or run `npm ci` in {EMULATOR_DIR}"
        )
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"],
        cwd=EMULATOR_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"`npm ci` in {EMULATOR_DIR} failed:\n{done.stdout}\n{done.stderr}")


def _temp_log(prefix: str) -> Path:
    """A fresh file for a child process's output (removed by whoever made it)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".log")
    os.close(fd)
    return Path(name)


def _tail(path: Path, limit: int = 4000) -> str:
    """The end of a log file, for error messages."""
    try:
        text = path.read_text("utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    return text[-limit:]


def _end(process: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM, then SIGKILL after ``grace`` seconds: a process must never outlive its test."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Emulator:
    """The emulator as a child process on a free port of 127.0.0.1.

    Use ``with Emulator() as api`` (or ``async with``); the node process is ended on exit.
    The server picks the free port itself (it listens on port 0 and reports the port), so
    there is no race between choosing a port and binding it.
    """

    def __init__(self, start_timeout: float = 30) -> None:
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._port: int | None = None
        self._returncode: int | None = None
        self._log: Path | None = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the emulator is not running")
        return self._port

    @property
    def url(self) -> str:
        """Base of the client routes (``/sendMessage``, ``/getUpdates``, ...)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """What to hand python-telegram-bot as ``base_url`` (the token is appended)."""
        return f"{self.url}/bot"

    @property
    def returncode(self) -> int | None:
        """None while running; after :meth:`stop`, 0 if it exited cleanly on SIGTERM."""
        return self._returncode if self._process is None else self._process.poll()

    def log(self) -> str:
        """What the emulator wrote on stderr (unhandled rejections, errors)."""
        return "" if self._log is None else _tail(self._log)

    def start(self) -> None:
        if self._process is not None:
            return
        ensure_node_modules()
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("the end-to-end tests need Node.js (20) on PATH")
        self._log = _temp_log("emulator-")
        with self._log.open("wb") as log:
            self._process = subprocess.Popen(
                [node, str(EMULATOR_DIR / "server.js"), "0"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env={**os.environ, "RJBOT_EMULATOR_EXIT_WITH_STDIN": "1"},
            )
        try:
            self._port = self._read_ready()
        except BaseException:
            self.stop()
            raise

    def _read_ready(self) -> int:
        """Wait for the one ``READY <port>`` line, without hanging if it never comes."""
        assert self._process is not None and self._process.stdout is not None
        fd = self._process.stdout.fileno()
        deadline = time.monotonic() + self.start_timeout
        seen = b""
        while b"\n" not in seen:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError(f"the emulator did not start in {self.start_timeout}s")
            readable, _, _ = select.select([fd], [], [], left)
            if readable:
                chunk = os.read(fd, 256)
                if not chunk:
                    raise RuntimeError(f"the emulator exited at start:\n{self.log()}")
                seen += chunk
        line = seen.split(b"\n", 1)[0].decode()
        if not line.startswith("READY "):
            raise RuntimeError(f"the emulator said {line!r}, not READY:\n{self.log()}")
        return int(line.split()[1])

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            _end(process, grace=5)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()
            self._returncode = process.returncode
        if self._log is not None:
            self._log.unlink(missing_ok=True)
            self._log = None

    def __enter__(self) -> Emulator:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and (log := self.log()):
            exc.add_note(f"emulator stderr:\n{log}")
        self.stop()

    async def __aenter__(self) -> Emulator:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.__exit__, exc_type, exc, tb)


@contextmanager
def emulator() -> Iterator[Emulator]:
    """``with emulator() as api``: the same as ``with Emulator() as api``."""
    with Emulator() as running:
        yield running


class BotProcess:
    """A Python bot module as its own process, pointed at an emulator.

    Its stderr goes to a file (a pipe nobody reads can fill and stall the bot); when the
    ``with`` body fails, the tail of that file is attached to the error, so pytest shows it.
    """

    def __init__(
        self,
        *args: str,
        api_url: str,
        env: Mapping[str, str] | None = None,
        token: str = TOKEN,
    ) -> None:
        self.args = args
        self.env = {
            **os.environ,
            "RJBOT_TELEGRAM_TOKEN": token,
            "RJBOT_TELEGRAM_API_URL": api_url,
            "RJBOT_POLL_INTERVAL": "0.05",
            **(env or {}),
        }
        self.process: subprocess.Popen[bytes] | None = None
        self._log: Path | None = None

    def stderr(self) -> str:
        """The bot's output so far (stdout and stderr, which logging uses)."""
        return "" if self._log is None else _tail(self._log)

    def check_alive(self) -> None:
        """Fail at once, with the bot's own words, if it has stopped."""
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"the bot exited with {self.process.returncode}:\n{self.stderr()}")

    def __enter__(self) -> BotProcess:
        self._log = _temp_log("bot-")
        with self._log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", *self.args],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self.process is not None:
                _end(self.process, grace=10)
            if exc is not None:
                exc.add_note(f"bot output (python -m {' '.join(self.args)}):\n{self.stderr()}")
        finally:
            if self._log is not None:
                self._log.unlink(missing_ok=True)
                self._log = None


@contextmanager
def bot_process(
    api_url: str, db: Path, *args: str, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[str]]:
    """``rjbot run`` as its own process, pointed at the emulator; its stderr is a pipe."""
    environment = {
        **os.environ,
        "RJBOT_TELEGRAM_TOKEN": TOKEN,
        "RJBOT_TELEGRAM_API_URL": api_url,
        "RJBOT_POLL_INTERVAL": "0.05",
        # The test presses buttons faster than any person; the flood limit has its own test.
        "RJBOT_FLOOD_PER_10S": "1000",
        "RJBOT_DB": str(db),
        **(env or {}),
    }
    environment.pop("RJBOT_PROFILE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", *args, "run"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stderr:
            process.stderr.close()


class BotMessage(str):
    """A bot message: its text, plus what the emulator stored about it.

    A ``str`` subclass so that tests can write ``"x" in reply`` and ``" ".join(replies)``,
    while ``message_id`` and ``reply_markup`` stay at hand for checks on keyboards.
    """

    message_id: int
    chat_id: int
    reply_markup: dict[str, Any] | None
    raw: dict[str, Any]

    def __new__(cls, stored: Mapping[str, Any]) -> BotMessage:
        message = stored["message"]
        self = super().__new__(cls, message.get("text") or "")
        self.message_id = int(stored["messageId"])
        self.chat_id = int(message["chat_id"])
        markup = message.get("reply_markup")
        self.reply_markup = markup if isinstance(markup, dict) else None
        self.raw = dict(stored)
        return self

    @property
    def text(self) -> str:
        return str(self)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, row by row, left to right."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]

    @property
    def labels(self) -> list[str]:
        return [str(button.get("text")) for button in self.buttons]


@dataclass
class Person:
    """One Telegram user in a private chat with the bot, typing and pressing buttons.

    The chat id is the user id, as in any private chat. ``received`` keeps every bot message
    ``wait_reply`` collected, as the emulator stored it (``messageId``, ``message``).
    """

    emulator: Emulator
    user_id: int = 4242
    first_name: str = "Test"
    language: str = "en"
    token: str = TOKEN
    received: list[dict[str, Any]] = field(default_factory=list)
    _http: httpx.Client = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._http = httpx.Client(base_url=self.emulator.url, timeout=10)

    @property
    def chat_id(self) -> int:
        return self.user_id

    def _user(self) -> dict[str, Any]:
        return {
            "id": self.user_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language,
        }

    def _chat(self) -> dict[str, Any]:
        return {"id": self.chat_id, "type": "private", "first_name": self.first_name}

    def _post(self, route: str, body: dict[str, Any]) -> Any:
        response = self._http.post(f"/{route}", json=body)
        if response.is_error:
            raise AssertionError(f"emulator {route}: {response.status_code} {response.text}")
        return response.json().get("result")

    def send_text(self, text: str) -> None:
        """Type a message. Text that starts with ``/`` gets a ``bot_command`` entity, as a
        Telegram client marks it, so ``send_text("/start x")`` is the same as
        ``send_command("/start", "x")``."""
        message: dict[str, Any] = {
            "botToken": self.token,
            "from": self._user(),
            "chat": self._chat(),
            "date": int(time.time()),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self._post("sendMessage", message)

    def send_command(self, command: str, payload: str | None = None) -> None:
        """Send ``/command``, or ``/command payload`` as a deep link's ``/start`` carries it."""
        if not command.startswith("/"):
            command = f"/{command}"
        self.send_text(command if payload is None else f"{command} {payload}")

    def bot_messages(self) -> list[BotMessage]:
        """The bot's messages in this chat as they are now (edits applied), oldest first."""
        stored = self._post("botMessages", {"token": self.token, "chatId": self.chat_id})
        return [BotMessage(update) for update in stored or []]

    def labels(self) -> list[str]:
        """Every button label on the chat's keyboards, newest message first."""
        return [label for m in reversed(self.bot_messages()) for label in m.labels]

    def press(self, label: str) -> None:
        """Press the button with exactly this label on the newest message that has one.

        Keyboards are read from the emulator as they are now, so a keyboard the bot edited
        away cannot be pressed, as it could not be by a person.
        """
        messages = self.bot_messages()
        for message in reversed(messages):
            for button in message.buttons:
                if button.get("text") != label:
                    continue
                if "callback_data" not in button:
                    raise AssertionError(f"button {label!r} has no callback_data: {button}")
                shown: dict[str, Any] = {
                    "message_id": message.message_id,
                    "date": int(message.raw["time"]) // 1000,
                    "chat": self._chat(),
                    "text": message.text,
                }
                if message.reply_markup is not None:
                    shown["reply_markup"] = message.reply_markup
                self._post(
                    "sendCallback",
                    {
                        "botToken": self.token,
                        "from": self._user(),
                        "data": button["callback_data"],
                        "message": shown,
                    },
                )
                return
        offered = [f"{m.message_id}: {m.labels}" for m in reversed(messages) if m.labels]
        raise AssertionError(
            f"no button {label!r} in chat {self.chat_id}; keyboards, newest first: "
            f"{offered or 'none'}"
        )

    def wait_reply(
        self, contains: str | None = None, timeout: float = 60, poll: float = 0.02
    ) -> list[BotMessage]:
        """Wait for new bot messages until one contains ``contains`` (or any, if None).

        The limit is generous (a bot process starting on a busy machine can take many
        seconds); a reply that arrives ends the wait at once.

        Returns every message that arrived during the wait. Edits never arrive here (the
        emulator does not report them): read them with :meth:`bot_messages`.
        """
        deadline = time.monotonic() + timeout
        got: list[BotMessage] = []
        while True:
            new = self._post("getUpdates", {"token": self.token, "chatId": self.chat_id}) or []
            self.received.extend(new)
            got.extend(BotMessage(update) for update in new)
            if got and (contains is None or any(contains in m for m in got)):
                return got
            if time.monotonic() >= deadline:
                break
            time.sleep(poll)
        arrived = [m.text for m in got] or "nothing"
        raise AssertionError(
            f"no bot message containing {contains!r} in chat {self.chat_id} within "
            f"{timeout}s; arrived: {arrived}"
        )

    def history(self) -> list[dict[str, Any]]:
        """Everything the emulator stored for this chat, oldest first: the person's messages
        and presses and the bot's messages (edits applied), in the emulator's own shape."""
        stored = self._post("getUpdatesHistory", {"token": self.token}) or []
        return [update for update in stored if _chat_of(update) == self.chat_id]

    def deleted(self) -> list[dict[str, Any]]:
        """Every deleteMessage call the bot made in this chat: chat_id, message_id, deleted."""
        return list(self._post("deletedMessages", {"chatId": self.chat_id}) or [])

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Person:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# What a person does, a step at a time: ("press", a label) or ("text", words or a /command),
# and the start of the reply to wait for ("": a tick, which edits its message in place).
Script = list[tuple[str, str, str]]


def script(talk: Talk, done: int = 0) -> Script:
    """What the person did in ``talk`` (a conversation with the engine in memory, from its
    ``done``-th action on), each with the first line of the reply the engine gave it."""
    steps: Script = []
    for (how, what), replies in zip(talk.did[done:], talk.heard[done:], strict=True):
        said = [r.text for r in replies if not r.edit]
        steps.append((how, what, said[-1].split("\n", 1)[0] if said else ""))
    return steps


def play(
    person: Person, steps: Script, after: Callable[[], None] | None = None
) -> list[BotMessage]:
    """Do ``steps`` in the emulator, waiting after each for its reply (then ``after``, say a
    restart); what arrived for the last of them."""
    got: list[BotMessage] = []
    for how, what, expect in steps:
        if how == "press":
            person.press(what)
        else:
            person.send_text(what)
        if expect:
            got = person.wait_reply(expect)
            if after is not None:
                after()
    return got


class Twin:
    """A :class:`Person` in the emulator shadowed by the engine in memory (``tests.talk``).

    Whatever the person does, the engine is given too, and the bot process must then say
    what the engine said: so a test walks a flow from its data (:meth:`answer`, the standard
    answer to every question or one given by key), and says by hand only what it checks
    on the way (a re-ask).
    """

    def __init__(self, person: Person, talk: Talk) -> None:
        self.person = person
        self.talk = talk

    def start(self, payload: str | None = None) -> list[BotMessage]:
        self.person.send_command("/start", payload)
        self.talk.start(payload)
        return self.person.wait_reply(self.talk.text.split("\n", 1)[0])

    def command(self, name: str) -> list[BotMessage]:
        return self._do(lambda: self.talk.command(name))

    def press(self, label: str) -> list[BotMessage]:
        return self._do(lambda: self.talk.press(label))

    def type(self, text: str) -> list[BotMessage]:
        return self._do(lambda: self.talk.type(text))

    def answer(self, until: str | None = None, **given: Given) -> list[BotMessage]:
        """Every question up to ``until`` (a step key) or the flow's end, as ``Talk.answer``."""
        return self._do(lambda: self.talk.answer(until, **given))

    def _do(self, act: Callable[[], object]) -> list[BotMessage]:
        done = len(self.talk.did)
        act()
        return play(self.person, script(self.talk, done))


def _chat_of(update: Mapping[str, Any]) -> int | None:
    """The chat of a stored update, whichever of the emulator's three shapes it has."""
    if "callbackQuery" in update:
        return int(update["callbackQuery"]["message"]["chat"]["id"])
    message = update.get("message") or {}
    if "chat" in message:
        return int(message["chat"]["id"])
    return int(message["chat_id"]) if "chat_id" in message else None


__all__ = [
    "EMULATOR_DIR",
    "ROOT",
    "TOKEN",
    "BotMessage",
    "BotProcess",
    "Emulator",
    "Person",
    "Script",
    "Twin",
    "bot_process",
    "emulator",
    "ensure_node_modules",
    "play",
    "script",
]
