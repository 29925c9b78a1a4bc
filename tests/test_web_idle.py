"""The desk's idle sign-out: the queue's own refresh keeps no session alive, a person's use
does, an ended session sends htmx to sign-in and back, and the warning's timings."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from referral_store import accounts
from tests.conftest import Backend
from tests.webdesk import PASSWORD, Desktop, Member, csrf_of, desktop, join, post, referral, sign_in


@pytest.fixture
def desk(tmp_path: Path, backend: Backend) -> Iterator[Desktop]:
    # Sessions kept alive, or ended, in the store: on both backends.
    with desktop(tmp_path, db=backend.db, keys=backend.keyring) as running:
        yield running


def signed_in(desk: Desktop, name: str = "fay") -> tuple[TestClient, Member]:
    client = desk.browser()
    member = join(desk, desk.browser(), desk.invite(), name.title(), name)
    assert sign_in(desk, client, member).status_code == 303
    return client, member


def poll_headers(client: TestClient) -> dict[str, str]:
    """What htmx sends when the queue asks again: the headers the page itself declares."""
    page = client.get("/queue").text
    found = re.search(r'id="queue" hx-get="([^"]*)" [^>]*hx-headers="([^"]*)"', page)
    assert found, "the queue declares no background headers for its refresh"
    declared: dict[str, str] = json.loads(html.unescape(found.group(2)))
    return {**declared, "HX-Request": "true", "HX-Current-URL": "http://127.0.0.1/queue"}


def sign_in_to(
    desk: Desktop, client: TestClient, member: Member, target: str, page: str = "/sign-in"
) -> Any:
    """Sign in from ``page`` with ``next`` set to ``target``, as the sign-in form sends it."""
    desk.later(seconds=30)  # the next time step, so the code is fresh
    form = {"username": member.username, "password": PASSWORD, "code": desk.code(member)}
    return post(client, "/sign-in", {**form, "next": target}, page=page)


def is_signed_in(client: TestClient) -> bool:
    return client.get("/account", follow_redirects=False).status_code == 200


def dialog(page: str) -> dict[str, str]:
    found = re.search(r'<dialog [^>]*id="idle-warning"[^>]*>', page)
    assert found, "no idle warning on the page"
    return {k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', found.group())}


def test_the_queue_refreshing_for_31_minutes_does_not_keep_a_session_alive(
    desk: Desktop,
) -> None:
    client, _ = signed_in(desk)
    headers = poll_headers(client)
    referral(desk)
    for _ in range(6):  # every 5 minutes, as a desk left open on the queue would
        desk.later(minutes=5)
        rows = client.get("/queue/rows", headers=headers)
        assert rows.status_code == 200 and "07700" not in rows.text
        assert "Open referrals: 1" in rows.text
    desk.later(minutes=1)  # 31 minutes since anyone used it
    ended = client.get("/queue/rows", headers=headers, follow_redirects=False)
    assert ended.status_code == 204
    assert ended.headers["hx-redirect"].startswith("/sign-in?")
    assert not is_signed_in(client)


def test_opening_pages_keeps_a_session_alive(desk: Desktop) -> None:
    client, _ = signed_in(desk)
    for _ in range(7):  # 35 minutes, a page every 5
        desk.later(minutes=5)
        assert client.get("/queue").status_code == 200
    assert is_signed_in(client)


def test_stay_signed_in_keeps_the_session_and_says_for_how_long(desk: Desktop) -> None:
    client, _ = signed_in(desk)
    token = csrf_of(client.get("/queue").text)
    desk.later(minutes=26)  # the warning shows at 25
    answer = client.post(
        "/session/keep",
        data={"csrf": token, "back": "/queue?mine=1"},
        headers={"Accept": "application/json"},
    )
    assert answer.status_code == 200
    assert answer.json() == {"left": int(accounts.IDLE.total_seconds())}
    desk.later(minutes=26)  # 52 minutes since sign-in, 26 since "Stay signed in"
    assert is_signed_in(client)
    # Without JavaScript the same form goes back to the page it came from.
    desk.later(minutes=2)
    plain = client.post(
        "/session/keep",
        data={"csrf": token, "back": "/queue?mine=1"},
        follow_redirects=False,
    )
    assert plain.status_code == 303 and plain.headers["location"] == "/queue?mine=1"


def test_without_stay_signed_in_the_same_wait_signs_out(desk: Desktop) -> None:
    client, _ = signed_in(desk)
    desk.later(minutes=26)
    desk.later(minutes=5)
    assert not is_signed_in(client)


def test_an_ended_session_takes_the_whole_page_to_sign_in_and_back(desk: Desktop) -> None:
    client, member = signed_in(desk)
    headers = {**poll_headers(client), "HX-Current-URL": "http://127.0.0.1/queue?mine=1&page=2"}
    desk.later(minutes=31)
    ended = client.get("/queue/rows?mine=1", headers=headers, follow_redirects=False)
    # Not the sign-in page pasted into the queue's table: htmx moves the whole page.
    assert ended.status_code == 204 and ended.text == ""
    target = ended.headers["hx-redirect"]
    assert target == "/sign-in?ended=session&next=%2Fqueue%3Fmine%3D1%26page%3D2"
    page = client.get(target).text
    assert "The session has ended, to keep cases safe." in page
    assert 'name="next" value="/queue?mine=1&amp;page=2"' in page
    back = sign_in_to(desk, client, member, "/queue?mine=1&page=2", page=target)
    assert back.status_code == 303 and back.headers["location"] == "/queue?mine=1&page=2"


def test_an_ended_session_refuses_a_state_change_from_htmx_the_same_way(desk: Desktop) -> None:
    client, _ = signed_in(desk)
    reference = referral(desk)
    token = csrf_of(client.get("/queue").text)
    desk.later(minutes=31)
    refused = client.post(
        f"/case/{reference}/claim",
        data={"csrf": token},
        headers={"HX-Request": "true", "HX-Current-URL": f"http://127.0.0.1/case/{reference}"},
        follow_redirects=False,
    )
    assert refused.status_code == 204
    assert refused.headers["hx-redirect"].endswith(f"next=%2Fcase%2F{reference}")


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "//evil.example/queue",
        "https://evil.example/queue",
        "/\\evil.example",
        "http:/queue",
        "/queue\n",
        "/sign-out",  # not a page
        "/chat",  # not a desk page
        "/",
        "",
    ],
)
def test_next_goes_only_to_a_desk_page_here(desk: Desktop, target: str) -> None:
    client, member = desk.browser(), join(desk, desk.browser(), desk.invite(), "Gus", "gus")
    response = sign_in_to(desk, client, member, target)
    assert response.status_code == 303
    assert response.headers["location"] == "/queue"
    # Signed in already, the sign-in page sends them on the same way.
    again = client.get("/sign-in", params={"next": target}, follow_redirects=False)
    assert again.headers["location"] == "/queue"


def test_next_keeps_a_desk_page_but_not_its_one_off_note(desk: Desktop) -> None:
    client, _ = signed_in(desk)
    reference = referral(desk)
    for target, lands in [
        (f"/case/{reference}", f"/case/{reference}"),
        (f"/case/{reference}?done=claimed", f"/case/{reference}"),
        ("/audit?reference=RJ-1", "/audit?reference=RJ-1"),
    ]:
        again = client.get("/sign-in", params={"next": target}, follow_redirects=False)
        assert again.headers["location"] == lands


def test_the_language_form_goes_back_only_to_a_path_here(desk: Desktop) -> None:
    client = desk.browser()
    for back, lands in [("/\\evil.example", "/"), ("//evil.example", "/"), ("/queue", "/queue")]:
        moved = post(client, "/language", {"language": "en", "back": back}, page="/sign-in")
        assert moved.headers["location"] == lands


def test_desk_pages_carry_the_servers_own_timings_for_the_warning(desk: Desktop) -> None:
    client, _ = signed_in(desk)
    first = dialog(client.get("/queue?mine=1&message=x").text)
    assert first["role"] == "alertdialog" and first["aria-modal"] == "true"
    assert int(first["data-left"]) == int(accounts.IDLE.total_seconds())
    assert int(first["data-warn"]) == 5 * 60
    assert first["data-ended"] == "/sign-in?ended=idle&next=%2Fqueue%3Fmine%3D1"
    # Within the minute the session is not written again, so a page opened 50 seconds on
    # counts down from the last write: the real time left, not a constant.
    desk.later(seconds=50)
    second = dialog(client.get("/account").text)
    assert int(second["data-left"]) == int(accounts.IDLE.total_seconds()) - 50
    # Nobody signed in: no warning (the sign-in page has nothing to keep).
    assert 'id="idle-warning"' not in desk.browser().get("/sign-in").text


def test_the_sign_in_page_says_why_the_session_ended(desk: Desktop) -> None:
    page = desk.browser().get("/sign-in?ended=idle&next=/queue").text
    assert "The session ended after 30 minutes without activity, to keep cases safe." in page
    assert 'name="next" value="/queue"' in page
    plain = desk.browser().get("/sign-in?ended=nonsense").text
    assert 'id="session-ended"' not in plain
