"""One set of staff actions: each done through Telegram and through the command line
leaves the same store and the same audit entries, because both only call the action."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli.main import app as rjbot_app
from referral_store import Consent
from referral_store.desk import ClosureReason, Desk, DeskError, Role
from tests.conftest import Backend
from tests.sql import rows
from tests.telegram_fake import FakeTelegram, Person, bot_application, running
from tests.test_desk_telegram import referral

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ANN, BOB, CAT = 11, 12, 13
# What only one channel writes around an action: Telegram shows the case (a view), the
# command line notes the service profile it ran under.
CHANNEL_OWN = ("view", "profile-load")


@dataclass(frozen=True)
class Case:
    name: str
    # A step starting with "/" is sent; any other is the button pressed.
    telegram: tuple[str, ...]
    cli: tuple[str, ...]
    claimed: bool = True
    # Who does it in Telegram (the CLI names them with --as).
    by: int = 11


def _as(*args: str) -> tuple[str, ...]:
    return (args[0], "{ref}", "--as", "1", *args[1:])


CASES = (
    Case("claim", ("/queue", "Claim {ref}"), _as("claim"), claimed=False),
    Case(
        "a contact that reached them",
        ("/show {ref}", "Log contact", "Phone", "Yes, reached", "/skip"),
        _as("contact", "--method", "phone", "--reached"),
    ),
    Case(
        "a contact that did not",
        ("/show {ref}", "Log contact", "Email", "No", "/skip"),
        _as("contact", "--method", "email", "--not-reached"),
    ),
    Case("assessing", ("/show {ref}", "Status", "Assessing"), _as("status", "assessing")),
    Case(
        "an RJ activity",
        ("/show {ref}", "Status", "RJ activity", "Shuttle mediation"),
        _as("status", "activity", "--activity", "shuttle-mediation"),
    ),
    Case(
        "closing with why",
        ("/show {ref}", "Status", "Close", "Unsuitable after assessment", "Not safe to go ahead"),
        _as("close", "--reason", "unsuitable", "--why", "risk"),
    ),
    Case(
        "closing",
        ("/show {ref}", "Status", "Close", "Indirect intervention delivered"),
        _as("close", "--reason", "indirect-delivered"),
    ),
    Case(
        "an onward referral the person agreed to",
        ("/show {ref}", "Refer on", "Mental health", "Yes, they agreed"),
        _as("onward", "--to", "mental-health", "--agreed"),
    ),
    Case("release", ("/show {ref}", "Release"), _as("release")),
    Case(
        "a manager passing the case on",
        ("/show {ref}", "Reassign", "Bob"),
        ("reassign", "{ref}", "--to", "3", "--as", "2"),
        by=CAT,
    ),
    Case(
        "the other party's age band",
        ("/show {ref}", "Other party's details", "25-34", "Not known: skip", "Not known: skip"),
        _as("monitoring", "--subject", "offender", "--age-band", "25-34"),
    ),
)


async def seed(db: Backend, *, claimed: bool) -> str:
    """Ann (facilitator, id 1), Cat (manager, 2), Bob (facilitator, 3) and one referral,
    claimed by Ann or not."""
    async with await db.open() as store:
        desk = Desk(store)
        ann = await desk.join(await desk.invite(Role.FACILITATOR), ANN, "Ann")
        cat = await desk.join(await desk.invite(Role.MANAGER), CAT, "Cat")
        bob = await desk.join(await desk.invite(Role.FACILITATOR), BOB, "Bob")
        assert ann is not None and cat is not None and bob is not None
        stored = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        if claimed:
            assert (await desk.claim(stored.reference, ann, now=NOW)).ok
        return stored.reference


async def state(db: Backend, reference: str) -> dict[str, Any]:
    """What an action leaves, without times and with the reference as REF."""
    async with await db.open() as store:

        def plain(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
            return [tuple("REF" if v == reference else v for v in row) for row in found]

        return {
            "referral": plain(
                await rows(
                    store,
                    "SELECT reference, status, claimed_by, first_contact_at IS NOT NULL, "
                    "activity, closure_reason, closure_detail, care FROM referrals",
                )
            ),
            "contacts": await rows(store, "SELECT staff_id, method, reached, note FROM contacts"),
            "events": [
                (kind, actor, json.loads(data))
                for kind, actor, data in await rows(
                    store, "SELECT kind, actor, data FROM events ORDER BY id"
                )
            ],
            "onward": await rows(store, "SELECT service, recorded_by FROM onward_consents"),
            "monitoring": await rows(
                store,
                "SELECT subject, recorded_by, age_band, gender, ethnicity, disability, "
                "language_need FROM monitoring",
            ),
            "audit": plain(
                await rows(
                    store,
                    "SELECT actor, action, reference, detail FROM audit "
                    f"WHERE action NOT IN {CHANNEL_OWN} ORDER BY id",
                )
            ),
        }


async def through_telegram(
    db: Backend, reference: str, steps: tuple[str, ...], by: int = ANN
) -> tuple[list[str], FakeTelegram]:
    fake = FakeTelegram()
    app = bot_application(db, fake, clock=lambda: NOW)
    person = Person(app, fake, chat_id=by)
    said: list[str] = []
    async with running(app):
        for step in (s.format(ref=reference) for s in steps):
            sent = await (person.send(step) if step.startswith("/") else person.press(step))
            said += [m["text"] for m in sent]
    return said, fake


def cli_env(db: Backend) -> dict[str, str | None]:
    """The command line's environment: this store (and its key), no profile, no bot."""
    unset: dict[str, str | None] = dict.fromkeys(
        ("RJBOT_PROFILE", "RJBOT_DATA_KEY", "RJBOT_TELEGRAM_TOKEN")
    )
    return unset | db.env()


def through_cli(db: Backend, reference: str, args: tuple[str, ...]) -> str:
    env = cli_env(db)
    done = CliRunner().invoke(rjbot_app, [a.format(ref=reference) for a in args], env=env)
    assert done.exit_code == 0, done.output
    return done.output


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_an_action_through_telegram_and_the_cli_leaves_the_same_store(
    backend: Backend, second_backend: Backend, case: Case
) -> None:
    by_telegram, by_cli = backend, second_backend
    telegram_ref = asyncio.run(seed(by_telegram, claimed=case.claimed))
    cli_ref = asyncio.run(seed(by_cli, claimed=case.claimed))
    before = asyncio.run(state(by_cli, cli_ref))

    said, _ = asyncio.run(through_telegram(by_telegram, telegram_ref, case.telegram, case.by))
    through_cli(by_cli, cli_ref, case.cli)

    after = asyncio.run(state(by_cli, cli_ref))
    assert after != before, "the action changed something"
    assert asyncio.run(state(by_telegram, telegram_ref)) == after, said


def test_a_refusal_is_the_same_on_both_and_changes_nothing(
    backend: Backend, second_backend: Backend
) -> None:
    # Bob has not claimed the case: neither channel lets him work it.
    by_telegram, by_cli = backend, second_backend
    telegram_ref, cli_ref = (asyncio.run(seed(db, claimed=True)) for db in (by_telegram, by_cli))
    before = asyncio.run(state(by_cli, cli_ref))
    said, _ = asyncio.run(through_telegram(by_telegram, telegram_ref, ("/show {ref}",), BOB))
    refused = "Claim this referral first: only its facilitator or a manager can do that."
    assert said == [refused]
    done = CliRunner().invoke(rjbot_app, ["release", cli_ref, "--as", "3"], env=cli_env(by_cli))
    assert done.exit_code == 2 and refused in done.output
    assert asyncio.run(state(by_cli, cli_ref)) == before


def test_the_new_holder_of_a_passed_case_is_told_the_same_either_way(
    backend: Backend, second_backend: Backend
) -> None:
    by_telegram, by_cli = backend, second_backend
    telegram_ref, cli_ref = (asyncio.run(seed(db, claimed=True)) for db in (by_telegram, by_cli))
    steps = ("/show {ref}", "Reassign", "Bob")
    _, fake = asyncio.run(through_telegram(by_telegram, telegram_ref, steps, CAT))
    [told] = [m["text"] for m in fake.sent(BOB)]
    assert told == f"Cat has passed {telegram_ref} to you. /show {telegram_ref}"
    # Without a bot token the command line cannot tell Bob, and says what to pass on.
    printed = through_cli(by_cli, cli_ref, ("reassign", "{ref}", "--to", "3", "--as", "2"))
    assert printed.splitlines() == [
        f"{cli_ref} is now with Bob.",
        f"The bot could not tell them; pass this on: {told.replace(telegram_ref, cli_ref)}",
    ]


def test_closing_for_a_reason_the_return_counts_needs_why(backend: Backend) -> None:
    # Checked in the action, so the command line and any channel refuse it alike.
    db = backend
    reference = asyncio.run(seed(db, claimed=True))
    args = ["close", reference, "--as", "1", "--reason", "declined-by-service"]
    done = CliRunner().invoke(rjbot_app, args, env=cli_env(db))
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [
        f"rjbot: Say why {reference} is closing: the quarterly return counts the reason."
    ]

    async def directly() -> list[tuple[Any, ...]]:
        async with await db.open() as store:
            desk = Desk(store)
            ann = await desk.by_id(1)
            assert ann is not None
            with pytest.raises(DeskError, match="Say why"):
                await desk.close(reference, ann, ClosureReason.DECLINED)
            return await rows(store, "SELECT status FROM referrals")

    assert asyncio.run(directly()) == [("claimed",)], "nothing was closed"
