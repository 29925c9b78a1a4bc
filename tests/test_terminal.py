"""The terminal chat and the CLI, run as processes the way a person runs them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bot.profile import load_profile
from bot.staff.notices import when
from dialogues.flows import VICTIM
from referral_store.deadlines import DeadlinePolicy, Priority, contact_due
from tests.conftest import Backend
from tests.exports import referrals
from tests.talk import VICTIM_ANSWERS, walked

# A whole self-referral as typed in the terminal, walked from the flow; the menu's option
# is chosen by its number, the contact ways typed.
SELF_REFERRAL = [
    "3",  # I was harmed: refer myself
    *(
        value
        for _, value in walked(
            VICTIM,
            load_profile().rules(),
            "terminal",
            **{
                **VICTIM_ANSWERS,
                "contact": "phone call",
                "message": "No messages, please",
                "when": "05/2025",
                "police": "Yes",
                "crimeref": "43/12345/25",
                "stage": "Waiting for court",
                "area": "London",
                "lives": "London",
                "access": "I use a wheelchair",
                "heard": "Skip",
            },
        ).did[1:]
    ),
]


def rjbot(
    db: Path | Backend, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``rjbot ARGS`` on the store at ``db`` (with a backend's key); ``env`` has the last word."""
    clean = dict(os.environ)
    for name in ("RJBOT_PROFILE", "RJBOT_TELEGRAM_TOKEN", "RJBOT_DATA_KEY", "RJBOT_DATA_KEY_FILE"):
        clean.pop(name, None)
    store = db.env() if isinstance(db, Backend) else {"RJBOT_DB": str(db)}
    env = {**clean, **store, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def export(db: Path | Backend) -> list[dict[str, object]]:
    done = rjbot(db, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    return referrals(done.stdout)


def test_a_self_referral_in_the_terminal_lands_in_the_queue(backend: Backend) -> None:
    db = backend
    chat = rjbot(db, "chat", stdin="\n".join(SELF_REFERRAL) + "\n")
    assert chat.returncode == 0, chat.stderr
    assert "We have received your referral" in chat.stdout
    assert "  2. What is restorative justice?" in chat.stdout

    [row] = export(db)
    reference = row["reference"]
    assert isinstance(reference, str) and reference in chat.stdout
    assert row["kind"] == "victim"
    assert row["channel"] == "terminal"
    details = row["details"]
    assert isinstance(details, dict)
    assert details["crimeref"] == "43/12345/25"
    assert details["access"] == "I use a wheelchair"
    received = datetime.fromisoformat(str(row["received_at"]))
    due = contact_due(received, Priority.STANDARD, DeadlinePolicy())
    assert datetime.fromisoformat(str(row["due_at"])) == due

    queue = rjbot(db, "queue")
    assert queue.returncode == 0, queue.stderr
    assert reference in queue.stdout
    assert when(due) in queue.stdout
    assert "Sam" not in queue.stdout, "the queue shows no personal details"


def test_declining_consent_in_the_terminal_stores_nothing(backend: Backend) -> None:
    db = backend
    chat = rjbot(db, "chat", stdin="3\nNo, not now\n")
    assert chat.returncode == 0, chat.stderr
    assert "Nothing has been saved" in chat.stdout or "nothing has been saved" in chat.stdout
    assert export(db) == []


def test_an_offender_enquiry_from_the_terminal_is_offender_initiated(backend: Backend) -> None:
    db = backend
    answers = [
        "4",
        "I understand, go on",
        "Yes, I agree",
        "Yes",  # 18 or older
        "Yes",  # accepts causing harm
        "Jo",
        "Email",
        "Done",
        "jo@example.org",
        "In prison",
        "Burglary",
        "Wales",
        "Wales",  # where they live
        "Cymraeg",
        "Yes",
        "Skip",
        "Skip",  # in their own words
        "Skip",  # hopes
        "Send my referral",
    ]
    chat = rjbot(db, "chat", stdin="\n".join(answers) + "\n")
    assert chat.returncode == 0, chat.stderr
    [row] = export(db)
    assert row["kind"] == "offender"
    assert row["stage"] == "custody"
    assert row["language"] == "cy" and row["interpreter"] is True


def test_the_terminal_picks_up_where_it_stopped(backend: Backend) -> None:
    db = backend
    first = rjbot(db, "chat", stdin="3\nYes, I agree\nYes\nSam\n")
    code = first.stderr.split("--resume ")[-1].strip()
    again = rjbot(db, "chat", "--resume", code, stdin="")
    assert "Welcome back" in again.stdout
    assert "How is it safe for us to contact you" in again.stdout
    other = rjbot(db, "chat", stdin="")
    assert "Welcome back" not in other.stdout, "another run is another chat"


def test_a_bad_profile_is_named_with_the_fix(tmp_path: Path) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text('[service]\nname = "X"\n[intake]\nminimum_age = 3\nout_of_scope = ["x"]\n')
    done = rjbot(tmp_path / "rj.sqlite3", "--profile", str(profile), "chat")
    assert done.returncode == 2
    assert "intake.minimum_age" in done.stderr and "intake.out_of_scope" in done.stderr
    assert "Traceback" not in done.stderr


def test_run_without_a_token_says_so_in_one_line(tmp_path: Path) -> None:
    env_db = tmp_path / "rj.sqlite3"
    done = rjbot(env_db, "run")
    assert done.returncode == 2
    assert "RJBOT_TELEGRAM_TOKEN" in done.stderr
    assert "Traceback" not in done.stderr


class _Refuses(BaseHTTPRequestHandler):
    """Telegram's answer to a revoked or mistyped token."""

    def do_POST(self) -> None:
        body = b'{"ok":false,"error_code":401,"description":"Unauthorized"}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


def test_a_rejected_token_is_a_one_line_error(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refuses)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            env={
                **os.environ,
                "RJBOT_DB": str(tmp_path / "rj.sqlite3"),
                "RJBOT_TELEGRAM_TOKEN": "123:WRONG",
                "RJBOT_TELEGRAM_API_URL": f"http://127.0.0.1:{server.server_port}/bot",
            },
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 2
    assert "rejected the token" in done.stderr
    assert "Traceback" not in done.stderr
    assert "WRONG" not in done.stderr + done.stdout, "the token is never printed"


def test_an_unreachable_bot_api_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env={
            **os.environ,
            "RJBOT_DB": str(tmp_path / "rj.sqlite3"),
            "RJBOT_TELEGRAM_TOKEN": "123:TOKEN",
            "RJBOT_TELEGRAM_API_URL": f"http://127.0.0.1:{port}/bot",
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "cannot reach the Telegram Bot API" in done.stderr
    assert "Traceback" not in done.stderr
