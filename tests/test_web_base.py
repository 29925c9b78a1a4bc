"""The web app's base: it starts over the store, serves the vendored front end itself, and
every response carries the security headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bot.profile import load_profile
from bot.web import build_app
from bot.web.app import STATIC, all_routes, unguarded
from bot.web.security import CSP
from referral_store.crypto import Keyring, new_key, parse_keys


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    keys = Keyring(tuple(parse_keys(new_key())))
    app = build_app(load_profile(None), tmp_path / "web.sqlite3", keys)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def test_the_start_page_sends_a_stranger_to_sign_in(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/sign-in"


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/no-such-page"):
        response = client.get(path, follow_redirects=False)
        assert response.headers["content-security-policy"] == CSP
        assert "'unsafe-inline'" not in CSP
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["x-frame-options"] == "DENY"


def test_a_missing_page_is_a_short_kind_page(client: TestClient) -> None:
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert "Traceback" not in response.text


def test_the_front_end_is_served_from_here_and_names_no_other_server(
    client: TestClient,
) -> None:
    css = client.get("/static/govuk/govuk-frontend.min.css")
    assert css.status_code == 200
    assert css.headers.get("cache-control") != "no-store"
    fonts = re.findall(r"url\(([^)]+)\)", css.text)
    assert fonts and all(url.startswith("/static/govuk/assets/") for url in fonts)
    for url in fonts:
        assert client.get(url).status_code == 200, url
    for path in STATIC.rglob("*"):
        if path.suffix in {".css", ".js", ".html"}:
            # A print style's selector (links to other sites) names no server to fetch.
            text = re.sub(r'\[href\^="https?://"\]', "", path.read_text("utf-8"))
            assert not re.search(r"https?://(?!www\.w3\.org)", text), path


def test_no_page_has_inline_script() -> None:
    templates = Path(STATIC).parent / "templates"
    for page in templates.rglob("*.html"):
        for tag in re.findall(r"<script[^>]*>", page.read_text("utf-8")):
            assert "src=" in tag, f"{page.name}: inline script"
        # Nor an event handler in an attribute (onclick=...), nor a style attribute.
        assert not re.search(r"<[^>]*\s(on[a-z]+|style)\s*=", page.read_text("utf-8")), page


def test_every_route_says_who_may_open_it() -> None:
    assert unguarded(all_routes()) == []
