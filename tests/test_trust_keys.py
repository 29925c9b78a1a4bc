"""The data key under mistakes and races: the key check, and rotation while others write."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import keyring
from referral_store import Consent, Store
from referral_store.crypto import DataKeyError, Keyring, key_file_for, new_key, parse_keys
from referral_store.privacy import rotate, withdraw
from referral_store.store import WriteTx
from referral_store.transfer import export_rows
from tests.conftest import Backend
from tests.sql import rows
from tests.test_privacy_store import CANARIES, CHAT, NOW, fill, referral
from tests.test_terminal import rjbot

ROOT = Path(__file__).resolve().parent.parent


async def everything_opens(store: Store) -> int:
    """Open every sealed value the store holds; the number opened (raises if one does not)."""
    opened = 0
    async for _ in export_rows(store):
        opened += 1
    async with store.read() as tx:
        found = await tx.fetch_all("SELECT key, who, state FROM conversations")
        chats = await tx.fetch_all("SELECT key, who FROM chats")
    for key, who, state in found:
        chat = store.keyring.open(who, f"conversations.who:{key}")
        store.keyring.open(state, f"conversations.state:{chat}")
        assert store.keyring.owner(chat) == key, "a conversation is found by its chat"
        opened += 1
    for key, who in chats:
        assert store.keyring.owner(store.keyring.open(who, f"chats.who:{key}")) == key
        opened += 1
    return opened


def seeded(db: Backend, key: str | None = None) -> str:
    async def run() -> str:
        async with await db.open(keyring=ring(key) if key else None) as store:
            return await fill(store)

    return asyncio.run(run())


def ring(keys: str) -> Keyring:
    """The keyring of RJBOT_DATA_KEY=keys."""
    return Keyring(tuple(parse_keys(keys)))


def test_a_wrong_but_well_formed_key_stops_every_command_and_writes_nothing(
    backend: Backend,
) -> None:
    db = backend
    seeded(db)
    before = db.digest()
    wrong = {"RJBOT_DATA_KEY": new_key()}
    for command in (("queue",), ("staff", "invite"), ("export",), ("purge",), ("rotate-key",)):
        done = rjbot(db, *command, env=wrong)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "does not open" in lines[0], (command, done.stderr)
        assert "RJBOT_DATA_KEY" in lines[0] and "Traceback" not in done.stderr
    assert db.digest() == before, "nothing was written under the wrong key"
    assert rjbot(db, "queue").returncode == 0, "the right key still works"


def test_an_older_store_gets_its_key_check_after_a_trial_decryption(backend: Backend) -> None:
    db = backend
    key = new_key()
    seeded(db, key)
    db.change("DELETE FROM keycheck")
    with pytest.raises(DataKeyError, match="does not open"):
        asyncio.run(db.open(keyring=ring(new_key())))

    async def reopen() -> int:
        async with await db.open(keyring=ring(key)) as store:
            return len(await rows(store, "SELECT key_id FROM keycheck"))

    assert asyncio.run(reopen()) == 1, "the right key passed the trial and left its record"


def test_the_bot_will_not_start_under_a_wrong_key(backend: Backend) -> None:
    db = backend
    seeded(db)
    done = rjbot(
        db,
        "run",
        env={
            "RJBOT_DATA_KEY": new_key(),
            "RJBOT_TELEGRAM_TOKEN": "123:abc",
            "RJBOT_TELEGRAM_API_URL": "http://127.0.0.1:9/bot",
        },
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "does not open" in done.stderr


def test_rotation_while_another_process_writes_leaves_no_unreadable_row(
    backend: Backend, tmp_path: Path
) -> None:
    db = backend
    old, fresh = new_key(), new_key()
    # PostgreSQL's keys are in the environment: the old one, then the new one before it.
    # SQLite's are in its key file, which rotate-key rewrites.
    keys = {"RJBOT_DATA_KEY": old} if backend.name == "postgresql" else {}
    seeded(db, keys and old)
    stop = tmp_path / "stop"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJBOT_")} | keys
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.rotation_writer", str(db.db), str(stop)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr and writer.stderr.read()
        rotated = rjbot(db, "rotate-key", env=keys and {"RJBOT_DATA_KEY": f"{fresh},{old}"})
        assert rotated.returncode == 0, rotated.stderr
        deadline = time.monotonic() + 60
        while writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        stop.touch()
        out, err = writer.communicate(timeout=60)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert out.startswith("refused"), (out, err)
    assert "Traceback" not in err

    async def check() -> tuple[int, int]:
        now = ring(fresh) if keys else keyring(db.path, env={})
        async with await db.open(keyring=now) as store:
            [(count,)] = await rows(store, "SELECT count(*) FROM referrals")
            return await everything_opens(store), int(count)

    opened, referrals = asyncio.run(check())
    assert referrals >= 4 and opened > referrals
    if not keys:
        assert len(key_file_for(db.path).read_text().split()) == 1, "only the new key is left"


async def test_message_ids_are_re_keyed_so_a_quick_exit_still_finds_them(
    backend: Backend,
) -> None:
    old_key, fresh = new_key(), new_key()
    async with await backend.open(keyring=ring(old_key)) as store:
        await store.remember_messages(CHAT, [41, 42])
    both = ring(f"{fresh},{old_key}")
    async with await backend.open(keyring=both) as store:
        await rotate(store, both)
    async with await backend.open(keyring=ring(fresh)) as store:
        assert await store.forget_messages(CHAT, timedelta(hours=48)) == [41, 42]


class Fault(Exception):
    pass


async def test_a_rotation_interrupted_at_any_write_leaves_every_row_readable(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_key, fresh = new_key(), new_key()
    old = ring(old_key)
    async with await backend.open(keyring=old) as store:
        reference = await fill(store)
        await store.remember_messages(CHAT, [7])
        expected = await everything_opens(store)
    both = ring(f"{fresh},{old_key}")
    writes = 0
    for fail_at in range(1, 1000):
        calls = 0
        async with await backend.open(keyring=both) as store:
            async with store.write() as probe:
                backend_tx = type(probe)  # WriteTx on SQLite, its subclass on PostgreSQL
            real = backend_tx.execute

            async def failing(
                tx: WriteTx, sql: str, *args: Any, _real: Any = real, _at: int = fail_at
            ) -> int:
                nonlocal calls
                if sql.lstrip().split()[0].upper() in ("UPDATE", "INSERT", "DELETE"):
                    calls += 1
                    if calls == _at:
                        raise Fault(sql)
                return int(await _real(tx, sql, *args))

            # Only the rotation's own writes fail, not the opening's.
            with monkeypatch.context() as patch:
                patch.setattr(backend_tx, "execute", failing)
                try:
                    await rotate(store, both)
                except Fault:
                    pass
                else:
                    writes = calls
                    break
        # Whatever the key file then holds (old and new, as rotate-key leaves it mid-way):
        async with await backend.open(keyring=both) as store:
            assert await everything_opens(store) == expected, f"fault at write {fail_at}"
    assert writes > 5, "every write of the rotation was interrupted once"
    async with await backend.open(keyring=ring(fresh)) as store:
        assert await everything_opens(store) == expected
        assert (await store.get_referral(reference)).details["name"] == CANARIES[0]  # type: ignore[union-attr]
        assert await withdraw(store, CHAT, now=NOW + timedelta(days=1)) == [reference]
        await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)


async def test_a_running_bot_whose_key_was_rotated_stops_and_seals_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.telegram_fake import FakeTelegram, Person, bot_application, running

    db = tmp_path / "rj.sqlite3"
    fake = FakeTelegram()
    app = bot_application(db, fake, team=-1001)
    stopped: list[bool] = []
    monkeypatch.setattr(app, "stop_running", lambda: stopped.append(True))
    async with running(app):
        person = Person(app, fake)
        await person.send("/refer")
        old = key_file_for(db).read_text().split()
        fresh = new_key()
        both = Keyring(tuple(parse_keys(",".join([fresh, *old]))))
        async with await Store.open(db, keyring=both) as store:
            await rotate(store, both)
        key_file_for(db).write_text(fresh + "\n")
        said = await person.press("Yes, I agree")
        assert stopped == [True], "the bot stops rather than seal under the old key"
        assert said and "try again" in said[-1]["text"], "the person is told kindly"
    async with await Store.open(db, keyring=Keyring(tuple(parse_keys(fresh)))) as store:
        assert await everything_opens(store) >= 1


def test_rotation_with_keys_in_the_environment(backend: Backend) -> None:
    db = backend
    old, fresh = new_key(), new_key()
    reference = seeded(db, old)
    mid = rjbot(db, "rotate-key", env={"RJBOT_DATA_KEY": f"{fresh},{old}"})
    assert mid.returncode == 0 and "RJBOT_DATA_KEY" in mid.stdout, mid.stderr
    shown = rjbot(db, "show", reference, env={"RJBOT_DATA_KEY": fresh})
    assert shown.returncode == 0 and CANARIES[0] in shown.stdout
    stale = rjbot(db, "queue", env={"RJBOT_DATA_KEY": old})
    assert stale.returncode == 2 and "does not open" in stale.stderr, "the old key is done"
