"""The web desk under Starlette's TestClient: an app over a fresh store, and staff in it."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pyotp
from starlette.testclient import TestClient

from bot.profile import load_profile
from bot.web import build_app
from referral_store import Store, accounts
from referral_store.crypto import Keyring, new_key, parse_keys
from referral_store.desk import Desk, Role

T = TypeVar("T")
PASSWORD = "correct horse battery staple"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Member:
    username: str
    secret: str
    recovery: list[str]


class Desktop:
    """One running app; ``browser()`` makes a client with its own cookies."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.moment = datetime.now(UTC)
        client.app.state.web.clock = lambda: self.moment  # type: ignore[attr-defined]

    def later(self, **delta: float) -> None:
        """Move the app's clock on (a TOTP code works once: the next needs a later step)."""
        self.moment += timedelta(**delta)

    def code(self, member: Member) -> str:
        return pyotp.TOTP(member.secret).at(self.moment)

    def staff_id(self, username: str) -> int:
        logins = self.run(accounts.logins)
        return next(i for i, login in logins.items() if login.username == username)

    @property
    def store(self) -> Store:
        return self.client.app.state.web.store  # type: ignore[attr-defined, no-any-return]

    def run(self, work: Callable[[Store], Awaitable[T]]) -> T:
        """Run ``work(store)`` on the app's own event loop (the store's connection is there)."""
        portal = self.client.portal
        assert portal is not None
        return portal.call(work, self.store)

    def invite(self, role: Role = Role.FACILITATOR) -> str:
        return self.run(lambda store: Desk(store).invite(role))

    def browser(self) -> TestClient:
        """A second client on the same running app (its own cookie jar)."""
        other = TestClient(self.client.app, base_url=str(self.client.base_url))
        other.portal = self.client.portal  # type: ignore[assignment]
        other.cookies.clear()
        return other


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def post(client: TestClient, path: str, data: dict[str, str], page: str | None = None) -> Any:
    """Submit a form as a browser would: with the token from the page it came from."""
    html = client.get(page or path).text
    return client.post(path, data={**data, "csrf": csrf_of(html)}, follow_redirects=False)


def join(desk: Desktop, client: TestClient, code: str, name: str, username: str) -> Member:
    """Invite link -> account -> two-factor -> recovery codes, signed in at the end."""
    response = post(
        client,
        f"/join/{code}",
        {"name": name, "username": username, "password": PASSWORD, "password_again": PASSWORD},
    )
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/two-factor"
    page = client.get("/two-factor").text
    secret = re.search(r'id="totp-key">([A-Z2-7 ]+)<', page)
    assert secret, page
    key = secret.group(1).replace(" ", "")
    done = client.post(
        "/two-factor", data={"code": pyotp.TOTP(key).at(desk.moment), "csrf": csrf_of(page)}
    )
    assert done.status_code == 200, done.text
    codes = re.findall(r"<li><code>([0-9a-f]{5}-[0-9a-f]{5})</code></li>", done.text)
    assert len(codes) == 10
    return Member(username, key, codes)


def sign_in(desk: Desktop, client: TestClient, member: Member, code: str | None = None) -> Any:
    """Sign in 30 seconds after the last code, so the next time step's code is fresh."""
    desk.later(seconds=30)
    return post(
        client,
        "/sign-in",
        {
            "username": member.username,
            "password": PASSWORD,
            "code": code or desk.code(member),
        },
    )


@contextmanager
def desktop(
    tmp_path: Path,
    profile: str | None = None,
    db: Path | str | None = None,
    keys: Keyring | None = None,
) -> Iterator[Desktop]:
    """The web desk over a new store: an SQLite file here, or ``db`` (with its ``keys``)."""
    keys = keys or Keyring(tuple(parse_keys(new_key())))
    app = build_app(
        load_profile(Path(profile) if profile else None), db or tmp_path / "w.sqlite3", keys
    )
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield Desktop(client)


def referral(desk: Desktop, *, chat: str = "tg:1", crisis: bool = False, **answers: object) -> str:
    """A referral as the chat would make it; its reference."""
    from referral_store import Consent, NewReferral, Priority, ReferralKind

    made = NewReferral(
        kind=ReferralKind.VICTIM,
        channel="telegram",
        source=None,
        priority=Priority.STANDARD,
        area=None,
        language="en",
        interpreter=False,
        crime_category="burglary",
        markers=(),
        stage=None,
        route=None,
        details={"name": "Sam Q", "contact": "phone", "phone": "07700 900123", **answers},
        crisis_at=desk.moment if crisis else None,
    )

    async def work(store: Store) -> str:
        stored = await store.submit_referral(
            made, Consent("2026-11-v1", "en", desk.moment), conversation=(chat, "{}")
        )
        return stored.reference

    return desk.run(work)
