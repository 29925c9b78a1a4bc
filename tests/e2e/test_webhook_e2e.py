"""Webhook mode end to end: the emulator posts updates to ``rjbot run --webhook-url``, with
the secret token, and posts again what was not answered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.e2e.harness import ROOT, TOKEN, Emulator, Person
from tests.e2e.webhooks import (
    SECRET,
    WebhookBot,
    bot_api,
    duplicate_every,
    free_port,
    hook_stats,
    wait_until,
)

MENU = "What would you like to do?"


def test_updates_arrive_by_webhook_and_a_post_without_the_secret_is_refused(
    tmp_path: Path,
) -> None:
    with Emulator() as api, WebhookBot(api, tmp_path / "s.db", log=tmp_path / "bot.log") as bot:
        info = bot_api(api, "getWebhookInfo")
        assert info["url"] == bot.url
        # While a webhook is set nobody can poll the bot's updates, as with Telegram.
        polled = httpx.post(f"{api.api_url}{TOKEN}/getUpdates", json={}, timeout=10)
        assert polled.status_code == 409
        with Person(api, user_id=501) as person:
            person.send_text("/start")
            assert any(MENU in m for m in person.wait_reply(MENU))
            person.press("I was harmed: refer myself")
            person.wait_reply("Do you agree")
            forged = {
                "update_id": 999_999,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": 501, "type": "private"},
                    "from": {"id": 501, "is_bot": False, "first_name": "X"},
                    "text": "/start",
                },
            }
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": SECRET[:-1] + "x"}):
                answer = httpx.post(bot.url, json=forged, headers=headers, timeout=10)
                assert answer.status_code == 403
            # Nothing was said to the chat for the forged posts.
            before = len(person.bot_messages())
            good = httpx.post(
                bot.url, json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            )
            assert good.status_code == 200
            assert len(person.bot_messages()) == before + 1
        assert "Traceback" not in bot.output()
        assert SECRET not in bot.output()


def test_an_update_posted_while_the_bot_is_down_is_posted_again_until_answered(
    tmp_path: Path,
) -> None:
    port = free_port()
    with Emulator() as api, Person(api, user_id=502) as person:
        first = WebhookBot(api, tmp_path / "s.db", port=port, log=tmp_path / "bot.log")
        with first:
            pass  # set the webhook, then stop
        person.send_text("/start")
        wait_until(lambda: bot_api(api, "getWebhookInfo").get("last_error_message"), "a failure")
        assert bot_api(api, "getWebhookInfo")["pending_update_count"] == 1
        with WebhookBot(api, tmp_path / "s.db", port=port, log=tmp_path / "bot.log"):
            replies = person.wait_reply(MENU)
        assert [m.text for m in replies].count(replies[-1].text) == 1
        assert hook_stats(api)["failed"] >= 1


def test_an_update_posted_twice_is_answered_once(tmp_path: Path) -> None:
    with (
        Emulator() as api,
        WebhookBot(api, tmp_path / "s.db", log=tmp_path / "bot.log"),
        Person(api, user_id=503) as person,
    ):
        duplicate_every(api, 1)
        person.send_text("/start")
        person.wait_reply(MENU)
        person.press("I was harmed: refer myself")
        person.wait_reply("Do you agree")
        wait_until(lambda: hook_stats(api)["duplicated"] >= 2, "two duplicate posts")
        wait_until(lambda: hook_stats(api)["pending"] == 0, "every post answered")
        texts = [m.text for m in person.bot_messages()]
        assert sum(MENU in t for t in texts) == 1, texts
        assert sum("Do you agree" in t for t in texts) == 1, texts


def test_webhook_mode_without_a_secret_is_one_clear_line(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "RJBOT_TELEGRAM_TOKEN": TOKEN,
        "RJBOT_DB": str(tmp_path / "s.db"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--webhook-url", "https://bot.example.org/t"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "rjbot: webhook mode needs RJBOT_WEBHOOK_SECRET: a long random value, for example "
        "from `openssl rand -hex 32`, that Telegram sends with every update"
    ]
