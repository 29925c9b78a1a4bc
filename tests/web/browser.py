"""The web desk in a real browser: ``rjbot web`` as its own process, Debian's chromium driven
by Playwright, axe-core injected into each page.

Nothing leaves 127.0.0.1. A missing chromium fails the tests with the line that installs it
(``.ci/run`` installs it first); they never skip.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
AXE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# WCAG 2.2 AA, as axe-core names its rule sets.
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Generous: the machine may be busy with other test runs.
START_WITHIN = 90.0


def chromium() -> Path:
    if not CHROMIUM.exists():
        raise RuntimeError(
            "the web desk's browser tests need Debian's chromium: apt-get install -y chromium"
        )
    return CHROMIUM


def axe_source() -> str:
    if not AXE.is_file():
        raise RuntimeError(f"axe-core is missing: run `npm ci` in {AXE.parents[2]}")
    return AXE.read_text("utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Desk:
    url: str
    db: Path
    env: dict[str, str]
    # The server's process id, once it runs (a benchmark reads its CPU time).
    pid: int = 0

    def rjbot(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "--db", str(self.db), *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
            check=True,
        )
        return done.stdout

    def invite_link(self, role: str) -> str:
        for line in self.rjbot("staff", "invite", "--role", role).splitlines():
            if "/join/" in line:
                return line.split()[-1]
        raise AssertionError("rjbot staff invite printed no link")

    def referral(self, chat: str, **answers: object) -> str:
        """A referral as the chat makes it, through the store (another process, as in life)."""
        script = (
            "import asyncio, json, sys\n"
            "from datetime import UTC, datetime\n"
            "from referral_store import Consent, NewReferral, Priority, ReferralKind, Store\n"
            "from dialogues.content import CONSENT_VERSION\n"
            "async def main():\n"
            "    answers = json.loads(sys.argv[2])\n"
            "    async with await Store.open(sys.argv[1]) as store:\n"
            "        made = NewReferral(kind=ReferralKind.VICTIM, channel='telegram', "
            "source=None, priority=Priority.STANDARD, area=None, language='en', "
            "interpreter=False, crime_category='burglary', markers=(), stage=None, "
            "route=None, details=answers)\n"
            "        now = datetime.now(UTC)\n"
            "        stored = await store.submit_referral(made, "
            "Consent(CONSENT_VERSION, 'en', now), conversation=(sys.argv[3], '{}'), now=now)\n"
            "        print(stored.reference)\n"
            "asyncio.run(main())\n"
        )
        details = {"name": "Sam Q", "contact": "phone", "phone": "07700 900123", **answers}
        done = subprocess.run(
            [sys.executable, "-c", script, str(self.db), json.dumps(details), chat],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
            check=True,
        )
        return done.stdout.strip()


@contextmanager
def running_desk(folder: Path, db: Path | None = None) -> Iterator[Desk]:
    """``rjbot web`` on a free port over ``db`` (else a fresh store in ``folder``); stopped (by
    its own pid) at the end."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "RJBOT_WEB_URL": url,
        "PYTHONPATH": str(ROOT),
    }
    db = db or folder / "desk.sqlite3"
    desk = Desk(url, db, env)
    desk.rjbot("staff", "list")  # makes the store and its key before the server starts
    log = (folder / "web.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "--db", str(db), "web", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    desk.pid = server.pid
    try:
        deadline = time.monotonic() + START_WITHIN
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"rjbot web stopped: {(folder / 'web.log').read_text()}")
            try:
                if httpx.get(f"{url}/sign-in", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("rjbot web did not answer in time")
            time.sleep(0.2)
        yield desk
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.2 AA violations on the page as it is now."""
    page.add_script_tag(content=axe_source())
    found = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target)}))",
        WCAG,
    )
    return list(found)


def tab_to(page: Any, selector: str, limit: int = 300) -> None:
    """Press Tab until ``selector`` has the focus, as someone with a keyboard alone would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "(s) => document.activeElement && document.activeElement.matches(s)", selector
        ):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")
