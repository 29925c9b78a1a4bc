"""Bot instances in webhook mode, for the end-to-end tests: each ``rjbot run --webhook-url``
on its own free loopback port, ready once its /healthz answers, ended by the test."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from tests.e2e.harness import ROOT, TOKEN, Emulator

SECRET = "test-webhook-secret-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class WebhookBot:
    """``with WebhookBot(api, db, url) as bot``: one instance, SIGTERM (or SIGKILL) at the end.

    ``url`` is where the emulator posts (this instance, or a proxy in front of several);
    ``db`` is a store path or a ``postgresql://`` URL.
    """

    def __init__(
        self,
        api: Emulator,
        db: str | Path,
        url: str | None = None,
        *,
        port: int | None = None,
        log: Path,
        env: dict[str, str] | None = None,
        module: str = "bot",
    ) -> None:
        self.api = api
        self.port = port or free_port()
        self.url = url or f"http://127.0.0.1:{self.port}/telegram"
        self.db = str(db)
        self.log = log
        self.env = env or {}
        # What runs: rjbot itself, or a test's launcher around it (tests/e2e/killed_bot.py).
        self.module = module
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 90) -> None:
        env = {
            **os.environ,
            "RJBOT_TELEGRAM_TOKEN": TOKEN,
            "RJBOT_TELEGRAM_API_URL": self.api.api_url,
            "RJBOT_WEBHOOK_SECRET": SECRET,
            "RJBOT_DB": self.db,
            "RJBOT_FLOOD_PER_10S": "1000",
            **self.env,
        }
        env.pop("RJBOT_PROFILE", None)
        args = ["run", "--webhook-url", self.url, "--listen", "127.0.0.1", "--port", str(self.port)]
        with self.log.open("ab") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", self.module, *args],
                cwd=ROOT,
                env=env,
                stdout=sink,
                stderr=sink,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the bot exited with {self.process.returncode}:\n{self.output()}"
                )
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"the bot did not answer /healthz in {timeout}s:\n{self.output()}")

    def stop(self, sign: int = signal.SIGTERM) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(sign)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def output(self) -> str:
        return self.log.read_text("utf-8", errors="replace")[-4000:] if self.log.exists() else ""

    def __enter__(self) -> WebhookBot:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        if exc is not None:
            exc.add_note(f"bot output:\n{self.output()}")


def bot_api(api: Emulator, method: str, **params: Any) -> Any:
    """Call a Bot API method as the bot would (the answer's ``result``)."""
    answer = httpx.post(f"{api.api_url}{TOKEN}/{method}", json=params, timeout=10)
    answer.raise_for_status()
    return answer.json()["result"]


def hook_stats(api: Emulator) -> dict[str, int]:
    answer = httpx.post(f"{api.url}/webhookStats", json={"token": TOKEN}, timeout=10)
    answer.raise_for_status()
    return dict(answer.json()["result"])


def duplicate_every(api: Emulator, every: int) -> None:
    """Have the emulator post every ``every``-th update twice, as Telegram may."""
    answer = httpx.post(
        f"{api.url}/webhookFaults", json={"token": TOKEN, "duplicateEvery": every}, timeout=10
    )
    answer.raise_for_status()


def wait_until(check: Any, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() >= deadline:
            raise AssertionError(f"{what} did not happen within {timeout}s")
        time.sleep(0.05)
