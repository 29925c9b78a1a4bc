"""Web accounts: a sign-up link, two-factor, signing in and out, lockout, sessions."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from referral_store import accounts
from referral_store.desk import Role
from tests.conftest import Backend
from tests.webdesk import PASSWORD, Desktop, desktop, join, post, sign_in


@pytest.fixture
def desk(tmp_path: Path, backend: Backend) -> Iterator[Desktop]:
    # Accounts, passwords and sessions on both backends (usernames ignore case on either).
    with desktop(tmp_path, db=backend.db, keys=backend.keyring) as running:
        yield running


def test_an_invite_link_makes_an_account_with_two_factor_and_recovery_codes(
    desk: Desktop,
) -> None:
    browser = desk.client
    code = desk.invite(Role.MANAGER)
    join(desk, browser, code, "Ann Lee", "ann")
    assert browser.get("/account").status_code == 200
    assert "Ann Lee" in browser.get("/account").text
    logins = desk.run(accounts.logins)
    assert [(login.username, login.two_factor) for login in logins.values()] == [("ann", True)]
    # The link worked once.
    assert desk.browser().get(f"/join/{code}").status_code == 410


def test_a_used_or_unknown_link_says_so_kindly(desk: Desktop) -> None:
    code = desk.invite()
    join(desk, desk.browser(), code, "Bo", "bob")
    again = desk.browser().get(f"/join/{code}")
    assert again.status_code == 410
    assert "Ask a manager for a new one" in again.text


@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("short", "at least 12 characters"),
        ("password1234", "harder to guess"),
        ("aaaaaaaaaaaaaaaa", "harder to guess"),
        ("ann-lee-ann-lee", "harder to guess"),
    ],
)
def test_weak_passwords_are_refused_with_one_plain_line(
    desk: Desktop, password: str, says: str
) -> None:
    code = desk.invite()
    response = post(
        desk.client,
        f"/join/{code}",
        {"name": "Ann Lee", "username": "ann", "password": password, "password_again": password},
    )
    assert response.status_code == 400
    assert says in response.text
    assert password not in response.text  # never echoed back into the page
    # Nothing was used up: the link still works.
    assert desk.client.get(f"/join/{code}").status_code == 200


def test_sign_in_needs_password_and_a_fresh_code(desk: Desktop) -> None:
    member = join(desk, desk.browser(), desk.invite(), "Cy", "cyd")
    browser = desk.browser()
    assert browser.get("/account", follow_redirects=False).headers["location"] == "/sign-in"
    desk.later(seconds=30)
    wrong_password = post(
        browser, "/sign-in", {"username": "cyd", "password": "nope", "code": desk.code(member)}
    )
    assert wrong_password.status_code == 400
    wrong_code = post(browser, "/sign-in", {"username": "cyd", "password": PASSWORD, "code": "1"})
    assert wrong_code.status_code == 400
    assert "not right" in wrong_code.text
    # A name that does not exist reads exactly the same.
    nobody = post(browser, "/sign-in", {"username": "zz", "password": PASSWORD, "code": "1"})
    assert re.sub(r'value="[^"]*"', "", nobody.text) == re.sub(
        r'value="[^"]*"', "", wrong_code.text
    )
    ok = sign_in(desk, browser, member)
    assert ok.status_code == 303
    assert ok.headers["location"] == "/queue"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    # The same code cannot be used twice.
    replay = post(
        desk.browser(),
        "/sign-in",
        {"username": "cyd", "password": PASSWORD, "code": desk.code(member)},
    )
    assert replay.status_code == 400


def test_a_recovery_code_works_once(desk: Desktop) -> None:
    member = join(desk, desk.browser(), desk.invite(), "Di", "dia")
    first = sign_in(desk, desk.browser(), member, code=member.recovery[0])
    assert first.status_code == 303
    again = sign_in(desk, desk.browser(), member, code=member.recovery[0])
    assert again.status_code == 400


def test_repeated_failures_lock_the_login_with_a_growing_wait(desk: Desktop) -> None:
    member = join(desk, desk.browser(), desk.invite(), "Ed", "eda")
    browser = desk.browser()
    for _ in range(accounts.FREE_TRIES - 1):
        bad = post(browser, "/sign-in", {"username": "eda", "password": "x" * 12, "code": "1"})
        assert "not right" in bad.text
    locked = post(browser, "/sign-in", {"username": "eda", "password": "x" * 12, "code": "1"})
    assert "Too many wrong tries. Try again after" in locked.text
    # Even the right password and code are refused while it is locked...
    assert sign_in(desk, browser, member).status_code == 400
    desk.later(minutes=2)
    # ...and work once the wait is over.
    assert sign_in(desk, browser, member).status_code == 303


def test_sessions_end_when_idle_and_after_twelve_hours(desk: Desktop) -> None:
    member = join(desk, desk.browser(), desk.invite(), "Fa", "fay")
    browser = desk.browser()
    sign_in(desk, browser, member)
    desk.later(minutes=29)
    assert browser.get("/account").status_code == 200
    desk.later(minutes=31)
    assert browser.get("/account", follow_redirects=False).status_code == 303
    sign_in(desk, browser, member)
    for _ in range(25):  # busy all day: never idle, but 12 hours is the end
        desk.later(minutes=29)
        browser.get("/account")
    assert browser.get("/account", follow_redirects=False).headers["location"] == "/sign-in"


def test_sign_out_and_sign_out_everywhere(desk: Desktop) -> None:
    member = join(desk, desk.browser(), desk.invite(), "Gu", "gus")
    phone, laptop = desk.browser(), desk.browser()
    sign_in(desk, phone, member)
    sign_in(desk, laptop, member)
    out = post(phone, "/sign-out", {}, page="/account")
    assert "You have signed out" in out.text
    assert phone.get("/account", follow_redirects=False).status_code == 303
    assert laptop.get("/account").status_code == 200
    sign_in(desk, phone, member)
    everywhere = post(phone, "/sign-out-everywhere", {}, page="/account")
    assert "on every browser and device" in everywhere.text
    assert laptop.get("/account", follow_redirects=False).status_code == 303


def test_a_form_without_its_token_is_refused(desk: Desktop) -> None:
    code = desk.invite()
    desk.client.get(f"/join/{code}")
    refused = desk.client.post(
        f"/join/{code}",
        data={"name": "X", "username": "xavi", "password": PASSWORD, "password_again": PASSWORD},
    )
    assert refused.status_code == 403
    forged = desk.client.post("/sign-in", data={"username": "x", "csrf": "a" * 43})
    assert forged.status_code == 403


def test_staff_list_shows_web_logins_and_invite_prints_a_link(backend: Backend) -> None:
    db = backend.db
    plain = {"PATH": "/usr/bin:/bin", **backend.key_env()}

    def rjbot(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "--db", str(db), *args],
            capture_output=True,
            text=True,
            check=True,
            env={"RJBOT_WEB_URL": "https://desk.example.org", **plain},
        )
        return done.stdout

    printed = rjbot("staff", "invite", "--role", "manager")
    link = re.search(r"https://desk\.example\.org/join/([A-Z0-9-]+)", printed)
    assert link, printed
    assert "72 hours" in printed
    listing = rjbot("staff", "list")
    assert "Web" in listing
    nobody = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "staff", "invite", "--for", "999"],
        capture_output=True,
        text=True,
        env=plain,
    )
    assert nobody.returncode == 2
    assert nobody.stderr.count("\n") == 1 and "No member of staff 999" in nobody.stderr
