"""Run a local Bot API emulator and play a Telegram user against it, over real HTTP.

The emulator is ``telegram-test-api`` behind a small fix-up layer
(``emulator/server.js``); the person is an HTTP client of its client routes.
Nothing here leaves 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

EMULATOR_DIR = Path(__file__).resolve().parent / "emulator"
ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-TOKEN"


def ensure_node_modules() -> None:
    """Install the emulator's pinned npm packages if a fresh clone lacks them."""
    if (EMULATOR_DIR / "node_modules" / "telegram-test-api").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise RuntimeError("the end-to-end tests need Node.js 20 and npm on PATH")
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--silent"],
        cwd=EMULATOR_DIR,
        check=True,
        timeout=300,
    )


class Emulator:
    """The emulator as a child process on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        ensure_node_modules()
        node = shutil.which("node")
        assert node is not None
        self.process = subprocess.Popen(
            [node, str(EMULATOR_DIR / "server.js"), "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("READY "):
            self.stop()
            raise RuntimeError(f"emulator did not start: {line!r}")
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.api_url = f"{self.url}/bot"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            if stream:
                stream.close()


@contextmanager
def emulator() -> Iterator[Emulator]:
    running = Emulator()
    try:
        yield running
    finally:
        running.stop()


@contextmanager
def bot_process(
    api_url: str, db: Path, *args: str, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[str]]:
    """``rjbot run`` as its own process, pointed at the emulator."""
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


@dataclass
class Person:
    """One Telegram user in a private chat with the bot, typing and pressing buttons."""

    emulator: Emulator
    user_id: int = 4242
    first_name: str = "Test"
    language: str = "en"
    received: list[dict[str, Any]] = field(default_factory=list)
    _http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10))

    def _user(self) -> dict[str, Any]:
        return {
            "id": self.user_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language,
        }

    def _chat(self) -> dict[str, Any]:
        return {"id": self.user_id, "type": "private", "first_name": self.first_name}

    def _post(self, route: str, body: dict[str, Any]) -> Any:
        response = self._http.post(f"{self.emulator.url}/{route}", json=body)
        response.raise_for_status()
        return response.json().get("result")

    def send_text(self, text: str) -> None:
        message: dict[str, Any] = {
            "botToken": TOKEN,
            "from": self._user(),
            "chat": self._chat(),
            "date": int(time.time()),
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        self._post("sendMessage", message)

    def press(self, label: str) -> None:
        """Press the newest button with this label, as a person scrolling up would."""
        for update in reversed(self.received):
            markup = update["message"].get("reply_markup") or {}
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label:
                        self._post(
                            "sendCallback",
                            {
                                "botToken": TOKEN,
                                "from": self._user(),
                                "data": button["callback_data"],
                                "message": {
                                    "message_id": update["messageId"],
                                    "date": int(time.time()),
                                    "chat": self._chat(),
                                    "text": update["message"].get("text", ""),
                                },
                            },
                        )
                        return
        raise AssertionError(f"no button {label!r}; the bot offered {self.labels()}")

    def labels(self) -> list[str]:
        found: list[str] = []
        for update in self.received[-3:]:
            markup = update["message"].get("reply_markup") or {}
            for row in markup.get("inline_keyboard", []):
                found.extend(b["text"] for b in row)
        return found

    def wait_reply(self, contains: str | None = None, timeout: float = 15) -> list[str]:
        """Wait for the bot's next messages (one containing ``contains``); their texts."""
        deadline = time.monotonic() + timeout
        got: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            new = self._post("getUpdates", {"token": TOKEN, "chatId": self.user_id}) or []
            got.extend(new)
            self.received.extend(new)
            texts = [u["message"].get("text", "") for u in got]
            if texts and (contains is None or any(contains in t for t in texts)):
                return texts
            time.sleep(0.02)
        texts = [u["message"].get("text") for u in got]
        raise AssertionError(f"no reply containing {contains!r} within {timeout}s; got {texts}")

    def deleted(self) -> list[dict[str, Any]]:
        return list(self._post("deletedMessages", {"chatId": self.user_id}) or [])

    def close(self) -> None:
        self._http.close()
