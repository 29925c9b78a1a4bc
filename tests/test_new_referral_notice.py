"""The team's chat hears of every new referral, once, whichever channel took it.

The notice is an alert kept with the referral in its own transaction: the bot that took
it says it at once; a referral from the web chat, or one whose bot could not say it
(Telegram refused, the process stopped), is said by the next sweep, and never twice.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.profile import load_profile
from bot.sweep import sweep
from referral_store import Consent, Store
from referral_store.desk import AlertKind, Desk
from referral_store.postgres import migration
from referral_store.schema import MIGRATIONS
from tests.conftest import Backend
from tests.telegram_fake import FakeTelegram, Person, bot_application, refer, running
from tests.test_desk_telegram import referral
from tests.web_chat import SEND, VICTIM, chat_app, visiting, walk

TEAM = -1009
# The alerts table before new-referral notices (the schema's own words then).
OLDER_ALERTS = (
    "CREATE TABLE alerts (referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE "
    "CASCADE, kind TEXT NOT NULL CHECK (kind IN ('reminder', 'escalation')), raised_at TEXT "
    "NOT NULL, sent_at TEXT, PRIMARY KEY (referral_id, kind)) WITHOUT ROWID",
    "CREATE INDEX alerts_unsent ON alerts (raised_at) WHERE sent_at IS NULL",
)
NOW = datetime(2025, 12, 19, 11, 0, tzinfo=UTC)


class Team:
    """The team's chat as the sweep sees it: what reached it, and whether Telegram is up."""

    def __init__(self) -> None:
        self.heard: list[tuple[int, str]] = []
        self.up = True

    async def send(self, chat_id: int, text: str) -> bool:
        if self.up:
            self.heard.append((chat_id, text))
        return self.up


async def swept(
    db: Backend | Store, team: Team, *, chat: int | None = TEAM, at: datetime = NOW
) -> int:
    """One sweep, as the bot's job or cron runs it; how many alerts still wait."""
    if isinstance(db, Store):
        result = await sweep(Desk(db), load_profile().deadlines, team.send, chat, at)
        return result.waiting
    async with await db.open() as store:
        return await swept(store, team, chat=chat, at=at)


def team_notices(fake: FakeTelegram) -> list[str]:
    return [str(m["text"]) for m in fake.sent(TEAM)]


async def test_a_referral_keeps_its_notice_until_it_is_said(backend: Backend) -> None:
    async with await backend.open() as store:
        stored = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        [notice] = await Desk(store).unsent_alerts()
        assert (notice.reference, notice.kind, notice.referral_kind) == (
            stored.reference,
            AlertKind.NEW,
            "victim",
        )
        team = Team()
        assert await swept(store, team) == 0
        [(chat, text)] = team.heard
        assert chat == TEAM and text.startswith(f"New referral {stored.reference}\n")
        assert "Sam" not in text, "a notice names no one"
        assert await swept(store, team, at=NOW + timedelta(minutes=5)) == 0
        assert len(team.heard) == 1, "said once"


async def test_telegram_says_it_at_once_and_the_sweep_not_again(backend: Backend) -> None:
    db = backend
    fake = FakeTelegram()
    app = bot_application(db, fake, team=TEAM, clock=lambda: NOW)
    async with running(app):
        await refer(Person(app, fake))
    [said] = team_notices(fake)
    assert said.startswith("New referral RJ-")
    team = Team()
    assert await swept(db, team) == 0
    assert team.heard == [], "the sweep finds it said"


async def test_a_notice_telegram_refused_is_said_by_the_next_sweep(backend: Backend) -> None:
    db = backend

    class TeamChatDown(FakeTelegram):
        async def do_request(self, url: str, method: str, request_data=None, **kw):  # type: ignore[no-untyped-def,override]
            if request_data is not None and str(request_data.parameters.get("chat_id")) == str(
                TEAM
            ):
                return 400, b'{"ok": false, "error_code": 400, "description": "chat not found"}'
            return await super().do_request(url, method, request_data, **kw)

    fake = TeamChatDown()
    app = bot_application(db, fake, team=TEAM, clock=lambda: NOW)
    async with running(app):
        replies = await refer(Person(app, fake))
    assert any("We have received your referral" in str(r["text"]) for r in replies)
    team = Team()
    # The failed try is held back a minute, as any failed delivery is.
    assert await swept(db, team, at=NOW + timedelta(minutes=2)) == 0
    [(chat, text)] = team.heard
    assert chat == TEAM and text.startswith("New referral RJ-")


def test_a_web_chat_referral_reaches_the_team(backend: Backend) -> None:
    db = backend
    with visiting(chat_app(db), clock=lambda: NOW) as person:
        person.start()
        walk(person, VICTIM)
        assert "We have received your referral" in person.press(SEND).text
    team = Team()
    assert asyncio.run(swept(db, team)) == 0
    [(chat, text)] = team.heard
    assert chat == TEAM and text.startswith("New referral RJ-")
    assert "self-referral by a person harmed" in text


async def test_with_no_team_chat_a_notice_never_waits(backend: Backend) -> None:
    db = backend
    async with await db.open() as store:
        await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
    team = Team()
    assert await swept(db, team, chat=None) == 0
    assert team.heard == []
    async with await db.open() as store:
        assert await Desk(store).unsent_alerts() == [], "closed, not left waiting"


# The schema version just before the migration that brought new referrals' notices (later
# migrations run after it).
BEFORE_NOTICES = next(n for n, script in enumerate(MIGRATIONS) if "alerts_new" in script)


async def test_a_store_made_before_notices_says_none_for_old_referrals(backend: Backend) -> None:
    """Referrals made before this version were announced then: none is said again, and
    the reminders already raised are kept."""
    db = backend
    async with await db.open() as store:
        old = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
    # The store as the version before made it: alerts without 'new', one reminder raised.
    db.change("DROP TABLE alerts")
    for statement in OLDER_ALERTS:
        db.change(statement if db.name == "sqlite" else migration(statement))
    db.change("INSERT INTO alerts SELECT id, 'reminder', received_at, NULL FROM referrals")
    # Nor what later migrations add (the replies kept until sent).
    db.change("DROP TABLE conversations_sent")
    db.change("ALTER TABLE conversations DROP COLUMN unsent")
    db.claim_schema_version(BEFORE_NOTICES)
    async with await db.open() as store:
        [kept] = await Desk(store).unsent_alerts()
        assert (kept.reference, kept.kind) == (old.reference, AlertKind.REMINDER)
        new = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        notices = [a for a in await Desk(store).unsent_alerts() if a.kind is AlertKind.NEW]
    assert [a.reference for a in notices] == [new.reference]
