"""Web accounts on each backend: join, two-factor, sign in, a session, lockout, the queue page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pyotp
import pytest

from referral_store import Consent, NewReferral, Priority, ReferralKind, Store, accounts
from referral_store.accounts import AccountError
from referral_store.desk import Desk, Role
from referral_store.queue_page import QueueFilter, queue_page
from tests.conftest import Backend

PASSWORD = "correct horse battery staple"


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    async with await backend.open() as opened:
        yield opened


async def test_an_account_from_invite_to_session(store: Store) -> None:
    now = datetime.now(UTC)
    code = await Desk(store).invite(Role.MANAGER)
    staff = await accounts.join(store, code, "Ann Lee", "Ann.L", PASSWORD, now=now)
    secret = await accounts.start_two_factor(store, staff.id)
    codes = await accounts.finish_two_factor(store, staff.id, pyotp.TOTP(secret).at(now), now=now)
    assert codes is not None and len(codes) == accounts.RECOVERY_CODES
    later = now + timedelta(seconds=30)
    signed = await accounts.sign_in(
        store, "ANN.L", PASSWORD, pyotp.TOTP(secret).at(later), now=later
    )
    assert signed.purpose == "desk" and signed.staff.id == staff.id
    session = await accounts.open_session(store, staff.id, "desk", now=later)
    assert (await accounts.session(store, session, now=later)) is not None
    assert await accounts.session(store, session, now=later + timedelta(minutes=31)) is None
    for _ in range(accounts.FREE_TRIES - 1):
        with pytest.raises(AccountError) as wrong:
            await accounts.sign_in(store, "ann.l", "not it at all", "1", now=later)
        assert wrong.value.template == accounts.WRONG
    with pytest.raises(AccountError) as locked:
        await accounts.sign_in(store, "ann.l", "not it at all", "1", now=later)
    assert locked.value.template == accounts.LOCKED


async def test_the_queue_page_reads_one_page_in_due_order(store: Store) -> None:
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    for n in range(30):
        made = NewReferral(
            kind=ReferralKind.VICTIM if n % 2 else ReferralKind.OFFENDER,
            channel="test",
            source=None,
            priority=Priority.STANDARD,
            area=None,
            language="en",
            interpreter=False,
            crime_category=None,
            markers=(),
            stage=None,
            route=None,
            details={"name": "Sam"},
        )
        when = start + timedelta(hours=n)
        await store.submit_referral(made, Consent("v1", "en", when), now=when)
    first = await queue_page(store, QueueFilter(), limit=25, offset=0)
    rest = await queue_page(store, QueueFilter(), limit=25, offset=25)
    assert first.total == 30 and len(first.items) == 25 and len(rest.items) == 5
    dues = [i.due_at for i in first.items + rest.items]
    assert dues == sorted(dues)
    victims = await queue_page(store, QueueFilter(kind="victim"), limit=25, offset=0)
    assert victims.total == 15 and all(i.kind == "victim" for i in victims.items)
