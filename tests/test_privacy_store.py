"""Personal data at rest: sealed in the file, erased on withdrawal and after retention, re-keyed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from referral_store import Consent, NewReferral, Priority, ReferralKind, Store
from referral_store.crypto import DataKeyError, Keyring, key_file_for, new_key, parse_keys
from referral_store.desk import ClosureReason, ContactMethod, Desk, Role
from referral_store.privacy import purge, rotate, withdraw
from tests.conftest import Backend
from tests.sql import rows

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)
CANARIES = ["Zebediah Quuxworth", "07999 123456", "zeb.canary@example.org", "ZQ-CANARY-NOTE"]
# What happened and what they hope for, in the person's own words (seed 002 5.6, 5.7).
STORY, HOPES = "Quuxworth broke the kitchen window", "an apology from Quuxworth"
CHAT = "tg:987654321"


def referral() -> NewReferral:
    return NewReferral(
        kind=ReferralKind.VICTIM,
        channel="telegram",
        source=None,
        priority=Priority.STANDARD,
        area=None,
        language="en",
        interpreter=None,
        crime_category="burglary",
        markers=(),
        stage=None,
        route=None,
        details={
            "name": CANARIES[0],
            "phone": CANARIES[1],
            "email": CANARIES[2],
            "story": STORY,
            "hopes": HOPES,
        },
    )


async def fill(store: Store) -> str:
    await store.save_conversation(CHAT, f'{{"answers": {{"name": "{CANARIES[0]}"}}}}')
    stored = await store.submit_referral(
        referral(), Consent("v1", "en", NOW), conversation=(CHAT, '{"step": "menu"}'), now=NOW
    )
    desk = Desk(store)
    ann = await desk.join(await desk.invite(Role.FACILITATOR), 1, "Ann")
    assert ann is not None
    await desk.claim(stored.reference, ann)
    await desk.log_contact(stored.reference, ann, ContactMethod.PHONE, True, CANARIES[3])
    return stored.reference


async def test_no_personal_value_is_ever_plaintext_on_disk(backend: Backend) -> None:
    async with await backend.open() as store:
        reference = await fill(store)
        on_disk = backend.raw()
        for canary in (*CANARIES, STORY, HOPES):
            assert canary.encode() not in on_disk, canary
        assert CHAT.encode() not in on_disk and b"987654321" not in on_disk
        # ...yet the service can read it all.
        full = await store.get_referral(reference)
        assert full is not None and full.details["name"] == CANARIES[0]
        assert (await Desk(store).contacts(reference))[0][3] == CANARIES[3]
        assert await store.load_conversation(CHAT) == '{"step": "menu"}'


async def test_withdrawal_erases_every_personal_field(backend: Backend) -> None:
    async with await backend.open() as store:
        reference = await fill(store)
        [found] = await rows(store, "SELECT details, contact_ref FROM referrals")
        sealed = [v for v in found if v]
        assert await withdraw(store, CHAT, now=NOW) == [reference]
        gone = await store.get_referral(reference)
        assert gone is not None and gone.details == {} and gone.status == "withdrawn"
        for words in (STORY, HOPES):
            assert words.encode() not in backend.raw(), "their own words are erased too"
        assert gone.crime_category == "burglary", "anonymous counts are kept"
        assert await store.load_conversation(CHAT) is None
        assert (await Desk(store).contacts(reference))[0][3] == ""
        on_disk = backend.raw()
        for value in sealed:
            assert value.encode() not in on_disk, "not even the sealed value remains"
        assert await withdraw(store, CHAT) == [], "a second withdrawal finds nothing"


async def test_retention_anonymises_old_closed_referrals_only(backend: Backend) -> None:
    async with await backend.open() as store:
        desk = Desk(store)
        ann = await desk.join(await desk.invite(Role.FACILITATOR), 1, "Ann")
        assert ann is not None
        old = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        open_one = await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
        await desk.claim(old.reference, ann)
        await desk.close(old.reference, ann, ClosureReason.DIRECT, now=NOW)
        year = timedelta(days=365)
        assert await purge(store, year, now=NOW + timedelta(days=30)) == 0
        assert await purge(store, year, now=NOW + timedelta(days=400)) == 1
        assert (await store.get_referral(old.reference)).details == {}  # type: ignore[union-attr]
        kept = await store.get_referral(open_one.reference)
        assert kept is not None and kept.details["name"] == CANARIES[0]


async def test_a_key_rotation_re_seals_everything(
    backend: Backend, second_backend: Backend
) -> None:
    db = backend.db
    old_key = new_key()
    old = Keyring(tuple(parse_keys(old_key)))
    async with await Store.open(db, keyring=old) as store:
        reference = await fill(store)
    fresh = new_key()
    both = Keyring(tuple(parse_keys(f"{fresh},{old_key}")))
    async with await Store.open(db, keyring=both) as s:
        assert await rotate(s, both) >= 5
    only_new = Keyring(tuple(parse_keys(fresh)))
    async with await Store.open(db, keyring=only_new) as store:
        full = await store.get_referral(reference)
        assert full is not None and full.details["email"] == CANARIES[2]
        assert await store.load_conversation(CHAT) == '{"step": "menu"}'
        assert (await Desk(store).contacts(reference))[0][3] == CANARIES[3]
        assert await withdraw(store, CHAT) == [reference], "owner lookups work after rotation"
    async with await second_backend.open(keyring=old) as store:
        await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
    with pytest.raises(DataKeyError, match="RJBOT_DATA_KEY"):
        await second_backend.open(keyring=only_new)


async def test_the_key_file_is_private_and_required_once_data_exists(tmp_path: Path) -> None:
    # SQLite alone: the key file beside the database (PostgreSQL's key is in the environment).
    db = tmp_path / "rj.sqlite3"
    async with await Store.open(db) as store:
        await store.submit_referral(referral(), Consent("v1", "en", NOW), now=NOW)
    key = key_file_for(db)
    assert key.stat().st_mode & 0o777 == 0o600
    key.unlink()
    with pytest.raises(DataKeyError, match="key file"):
        await Store.open(db)
    with pytest.raises(DataKeyError, match="32 bytes"):
        parse_keys("c2hvcnQ=")
