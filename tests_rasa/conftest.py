"""Real Rasa Open Source beside `rjbot actions`, both on loopback, for whole conversations.

`make test-rasa` sets RJBOT_RASA (the rasa executable in its own virtual environment)
and RJBOT_RASA_HOME (caches outside the checkout). Without them these tests fail:
a missing Rasa is a failure, never a skip.

Once per session: `rasa data validate`, then `rasa train` unless a model trained from
exactly these files is cached (by a hash of dialogues/rasa/ and the Rasa version), then
`rasa run` with the REST channel and `rjbot actions` with a fresh store.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
RASA_DIR = ROOT / "dialogues" / "rasa"
# Generous: two cores shared with other work; Rasa loads TensorFlow before it listens.
START_LIMIT = 600.0


def _need(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise pytest.UsageError(f"{name} is not set: run these tests with `make test-rasa`.")
    return value


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _model_hash(rasa: str) -> str:
    digest = hashlib.sha256()
    version = subprocess.run(
        [rasa, "--version"], capture_output=True, text=True, check=True, env=_rasa_env()
    ).stdout
    digest.update(version.encode())
    for path in sorted(RASA_DIR.rglob("*.yml")):
        if path.name == "endpoints.yml":
            continue  # where the actions are is not part of the model
        digest.update(str(path.relative_to(RASA_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _rasa_env(**extra: str) -> dict[str, str]:
    home = Path(os.environ.get("RJBOT_RASA_HOME", "/nonexistent"))
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "RASA_CACHE_DIRECTORY": str(home / "cache"),
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "PYTHONWARNINGS": "ignore",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    }
    env.update(extra)
    return env


def _run(command: list[str], cwd: Path, env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        lines = [
            line
            for line in (done.stdout + "\n" + done.stderr).splitlines()
            if line.strip() and "it/s" not in line and "Warning" not in line
        ]
        tail = "\n".join(lines[-40:])
        pytest.fail(f"{what} failed (exit {done.returncode}):\n{tail}", pytrace=False)


def _wait_for(url: str, process: subprocess.Popen[bytes], what: str, log: Path) -> None:
    deadline = time.monotonic() + START_LIMIT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
            pytest.fail(f"{what} stopped (exit {process.returncode}):\n{tail}", pytrace=False)
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    pytest.fail(f"{what} did not answer at {url} within {START_LIMIT:.0f} s", pytrace=False)


@dataclass
class Servers:
    rasa_url: str
    actions_url: str
    token: str
    db: Path
    env: dict[str, str]


_FAILED: list[str] = []


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    # pytest sets a failed session fixture up again for every test: once is enough.
    if _FAILED:
        pytest.fail(f"Rasa did not start (see the first error): {_FAILED[0]}", pytrace=False)
    try:
        yield from _servers(tmp_path_factory)
    except BaseException as error:
        _FAILED.append(type(error).__name__)
        raise


def _servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    rasa = _need("RJBOT_RASA")
    home = Path(_need("RJBOT_RASA_HOME"))
    if not Path(rasa).is_file():
        raise pytest.UsageError(f"no Rasa at {rasa}: run `make test-rasa`.")
    work = tmp_path_factory.mktemp("rasa")
    token = secrets.token_urlsafe(24)
    env = _rasa_env(RJBOT_ACTIONS_TOKEN=token)
    config = ["--domain", str(RASA_DIR / "domain.yml"), "--config", str(RASA_DIR / "config.yml")]
    _run(
        [rasa, "data", "validate", *config, "--data", str(RASA_DIR / "data")],
        work,
        env,
        "rasa data validate",
    )
    models = home / "models"
    models.mkdir(parents=True, exist_ok=True)
    name = _model_hash(rasa)
    model = models / f"{name}.tar.gz"
    if not model.is_file():
        for old in models.glob("*.tar.gz"):
            old.unlink()  # one model kept: the one these files make
        _run(
            [
                rasa,
                "train",
                *config,
                "--data",
                str(RASA_DIR / "data"),
                "--out",
                str(models),
                "--fixed-model-name",
                name,
            ],
            work,
            env,
            "rasa train",
        )
    credentials = work / "credentials.yml"
    credentials.write_text("rest:\n", encoding="utf-8")
    actions_port, rasa_port = _free_port(), _free_port()
    endpoints = work / "endpoints.yml"
    endpoints.write_text(
        (RASA_DIR / "endpoints.yml")
        .read_text(encoding="utf-8")
        .replace("127.0.0.1:5055", f"127.0.0.1:{actions_port}"),
        encoding="utf-8",
    )
    db = work / "rjbot.sqlite3"
    actions_log, rasa_log = work / "actions.log", work / "rasa.log"
    actions_env = {**os.environ, "RJBOT_DB": str(db), "RJBOT_ACTIONS_TOKEN": token}
    with actions_log.open("wb") as a_out, rasa_log.open("wb") as r_out:
        actions = subprocess.Popen(
            [sys.executable, "-m", "bot", "actions", "--port", str(actions_port)],
            cwd=work,
            env=actions_env,
            stdout=a_out,
            stderr=subprocess.STDOUT,
        )
        server = subprocess.Popen(
            [
                rasa,
                "run",
                "--model",
                str(model),
                "--credentials",
                str(credentials),
                "--endpoints",
                str(endpoints),
                "--enable-api",
                "--interface",
                "127.0.0.1",
                "--port",
                str(rasa_port),
            ],
            cwd=work,
            env=env,
            stdout=r_out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for(f"http://127.0.0.1:{actions_port}/health", actions, "rjbot actions", actions_log)
        _wait_for(f"http://127.0.0.1:{rasa_port}/status", server, "rasa run", rasa_log)
        yield Servers(
            f"http://127.0.0.1:{rasa_port}",
            f"http://127.0.0.1:{actions_port}",
            token,
            db,
            actions_env,
        )
    finally:
        for process in (server, actions):
            process.terminate()
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=60)
        shutil.rmtree(work / ".rasa", ignore_errors=True)


class Chat:
    """One person talking to the assistant over Rasa's REST channel."""

    def __init__(self, servers: Servers, sender: str) -> None:
        self.servers = servers
        self.sender = sender
        self.last: list[dict[str, Any]] = []

    def say(self, message: str) -> list[dict[str, Any]]:
        body = json.dumps({"sender": self.sender, "message": message}).encode()
        request = urllib.request.Request(
            f"{self.servers.rasa_url}/webhooks/rest/webhook",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=120) as answer:
            self.last = json.loads(answer.read())
        return self.last

    def press(self, title: str) -> list[dict[str, Any]]:
        """Press the button with this title in the last answer (its payload goes to Rasa)."""
        for message in reversed(self.last):
            for button in message.get("buttons") or []:
                if button["title"] == title:
                    return self.say(button["payload"])
        raise AssertionError(f"no button {title!r} in {self.titles()}")

    def choose(self, choice: str) -> list[dict[str, Any]]:
        """Press the button whose payload picks this choice id."""
        wanted = f'"choice": "{choice}"'
        for message in reversed(self.last):
            for button in message.get("buttons") or []:
                if wanted in button["payload"] or button["payload"] == f"/{choice}":
                    return self.say(button["payload"])
        raise AssertionError(f"no button for {choice!r} in {self.payloads()}")

    def text(self) -> str:
        return "\n".join(str(m.get("text") or "") for m in self.last)

    def titles(self) -> list[str]:
        return [b["title"] for m in self.last for b in m.get("buttons") or []]

    def payloads(self) -> list[str]:
        return [b["payload"] for m in self.last for b in m.get("buttons") or []]

    def tracker(self) -> dict[str, Any]:
        # Slots and the active form only: the events would be sent whole every time.
        url = f"{self.servers.rasa_url}/conversations/{self.sender}/tracker?include_events=NONE"
        with urllib.request.urlopen(url, timeout=60) as answer:
            tracker: dict[str, Any] = json.loads(answer.read())
            return tracker
