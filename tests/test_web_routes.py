"""Every route of the web app, by who may open it: a table the app's route list must match.

A new route fails here until it is added to RULES with who may use it, and then each rule
is tried as a stranger, a facilitator and a manager, with and without a CSRF token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from bot.web.app import all_routes
from bot.web.security import Access, access_of
from referral_store.desk import Role
from tests.webdesk import Desktop, csrf_of, desktop, join, referral

PUBLIC, STAFF, MANAGER = Access.PUBLIC, Access.STAFF, Access.MANAGER
RULES: dict[tuple[str, str], Access] = {
    ("GET", "/"): PUBLIC,
    ("GET", "/sign-in"): PUBLIC,
    ("POST", "/sign-in"): PUBLIC,
    ("GET", "/join/{code}"): PUBLIC,
    ("POST", "/join/{code}"): PUBLIC,
    ("GET", "/two-factor"): PUBLIC,
    ("POST", "/two-factor"): PUBLIC,
    ("POST", "/language"): PUBLIC,
    ("GET", "/account"): STAFF,
    ("POST", "/sign-out"): STAFF,
    ("POST", "/sign-out-everywhere"): STAFF,
    ("POST", "/session/keep"): STAFF,
    ("GET", "/queue"): STAFF,
    ("GET", "/queue/rows"): STAFF,
    ("GET", "/case/{reference}"): STAFF,
    ("POST", "/case/{reference}/claim"): STAFF,
    ("POST", "/case/{reference}/release"): STAFF,
    ("POST", "/case/{reference}/contact"): STAFF,
    ("POST", "/case/{reference}/status"): STAFF,
    ("GET", "/case/{reference}/close"): STAFF,
    ("POST", "/case/{reference}/close"): STAFF,
    ("POST", "/case/{reference}/care"): STAFF,
    ("POST", "/case/{reference}/onward"): STAFF,
    ("POST", "/case/{reference}/reassign"): MANAGER,
    ("POST", "/case/{reference}/first-contact"): STAFF,
    ("POST", "/case/{reference}/monitoring"): STAFF,
    ("POST", "/case/{reference}/survey"): STAFF,
    ("GET", "/service"): STAFF,
    ("GET", "/reports"): MANAGER,
    ("GET", "/reports/{quarter}/charts.png"): MANAGER,
    ("GET", "/reports/{quarter}/return.zip"): MANAGER,
    ("GET", "/audit"): MANAGER,
    ("GET", "/staff"): MANAGER,
    ("POST", "/staff/invite"): MANAGER,
    ("POST", "/staff/{staff_id:int}/training"): MANAGER,
    ("POST", "/staff/{staff_id:int}/role"): MANAGER,
    ("POST", "/staff/{staff_id:int}/sign-in"): MANAGER,
    ("POST", "/staff/{staff_id:int}/two-factor"): MANAGER,
    ("POST", "/staff/{staff_id:int}/web-link"): MANAGER,
    ("GET", "/staff/{staff_id:int}/remove"): MANAGER,
    ("POST", "/staff/{staff_id:int}/remove"): MANAGER,
    ("GET", "/static"): PUBLIC,
}
# The web chat's routes (bot/web/chat) are the public's. Its posts carry no CSRF token (that
# would be a second cookie): they are refused from other sites by origin instead
# (tests/test_web_chat.py).
CHAT_RULES: dict[tuple[str, str], Access] = {
    ("GET", "/chat"): PUBLIC,
    ("POST", "/chat"): PUBLIC,
    ("POST", "/chat/start"): PUBLIC,
    ("POST", "/chat/exit"): PUBLIC,
    ("GET", "/chat/code"): PUBLIC,
    ("POST", "/chat/resume"): PUBLIC,
    ("GET", "/chat/{rest:path}"): PUBLIC,
}


def app_rules() -> dict[tuple[str, str], Access | None]:
    found: dict[tuple[str, str], Access | None] = {}
    for route in all_routes():
        if isinstance(route, Route):
            for method in sorted((route.methods or set()) - {"HEAD"}):
                found[(method, route.path)] = access_of(route.endpoint)
        elif isinstance(route, Mount):
            found[("GET", route.path)] = getattr(route, "rjbot_access", None)
    return found


def test_every_route_has_a_rule_and_the_table_matches_the_app() -> None:
    found = app_rules()
    rules = {**RULES, **CHAT_RULES}
    unknown = sorted(k for k in found if k not in rules)
    assert not unknown, f"routes without a rule in RULES (say who may open them): {unknown}"
    assert not sorted(k for k in rules if k not in found), "RULES names routes that are gone"
    wrong = {k: (found[k], v) for k, v in rules.items() if found[k] is not v}
    assert not wrong, f"the app's access differs from RULES (app, table): {wrong}"


def filled(path: str, reference: str, staff_id: int) -> str:
    return (
        path.replace("{code}", "NOPE-NOPE-NOPE-NOPE")
        .replace("{reference}", reference)
        .replace("{quarter}", "2026Q1")
        .replace("{staff_id:int}", str(staff_id))
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    with desktop(tmp_path_factory.mktemp("routes")) as desk:
        facilitator, manager = desk.browser(), desk.browser()
        join(desk, facilitator, desk.invite(Role.FACILITATOR), "Fay", "fay")
        join(desk, manager, desk.invite(Role.MANAGER), "Max", "max")
        yield {
            "desk": desk,
            "facilitator": facilitator,
            "manager": manager,
            "reference": referral(desk),
            "fay": desk.staff_id("fay"),
        }


PROTECTED = sorted(k for k, v in RULES.items() if v is not PUBLIC)
MANAGERS = sorted(k for k, v in RULES.items() if v is MANAGER)
POSTS = sorted(k for k in RULES if k[0] == "POST")


def as_stranger(
    world: dict[str, object], method: str, path: str, headers: dict[str, str] | None = None
) -> Any:
    """``method path`` from a browser nobody signed in on (a form's token, for a post)."""
    desk = world["desk"]
    assert isinstance(desk, Desktop)
    stranger = desk.browser()
    page = stranger.get("/sign-in").text
    return stranger.request(
        method,
        filled(path, str(world["reference"]), int(str(world["fay"]))),
        data={"csrf": csrf_of(page)} if method == "POST" else None,
        headers=headers,
        follow_redirects=False,
    )


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_a_stranger_is_sent_to_sign_in_or_refused(
    world: dict[str, object], method: str, path: str
) -> None:
    response = as_stranger(world, method, path)
    if method == "GET":
        assert response.status_code == 303 and response.headers["location"] == "/sign-in"
    else:
        assert response.status_code == 403
    assert "07700 900123" not in response.text


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_htmx_without_a_session_is_taken_to_sign_in(
    world: dict[str, object], method: str, path: str
) -> None:
    """Never the sign-in page (or a refusal) pasted into part of a page: htmx moves it all."""
    htmx = {"HX-Request": "true", "HX-Current-URL": "http://127.0.0.1/queue"}
    response = as_stranger(world, method, path, htmx)
    assert response.status_code == 204 and response.text == ""
    assert response.headers["hx-redirect"] == "/sign-in?ended=session&next=%2Fqueue"


@pytest.mark.parametrize(("method", "path"), MANAGERS)
def test_a_facilitator_cannot_use_a_managers_route(
    world: dict[str, object], method: str, path: str
) -> None:
    client = world["facilitator"]
    assert isinstance(client, TestClient)
    page = client.get("/account").text
    url = filled(path, str(world["reference"]), int(str(world["fay"])))
    response = client.request(
        method,
        url,
        data={"csrf": csrf_of(page)} if method == "POST" else None,
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert "You cannot open this page" in response.text


@pytest.mark.parametrize(("method", "path"), POSTS)
def test_every_state_change_needs_the_csrf_token(
    world: dict[str, object], method: str, path: str
) -> None:
    client = world["manager"]
    assert isinstance(client, TestClient)
    url = filled(path, str(world["reference"]), int(str(world["fay"])))
    response = client.post(url, data={"csrf": "x" * 43}, follow_redirects=False)
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("method", "path"), sorted(k for k in {**RULES, **CHAT_RULES} if k[0] == "GET")
)
def test_every_page_opens_for_a_manager_and_is_never_stored(
    world: dict[str, object], method: str, path: str
) -> None:
    client = world["manager"]
    assert isinstance(client, TestClient)
    url = filled(path, str(world["reference"]), int(str(world["fay"])))
    if path == "/static":
        url = "/static/desk/desk.css"
    response = client.get(url, follow_redirects=False)
    assert response.status_code in (200, 303, 410), (url, response.status_code)
    if not url.startswith("/static/"):
        assert response.headers["cache-control"] == "no-store"
    assert not re.search(r"Traceback|Internal Server Error", response.text)
