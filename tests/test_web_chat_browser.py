"""The web chat in a real browser: Debian's chromium driven by Playwright, JavaScript on and off.

A victim referral and an offender enquiry are completed in English and Arabic; quick exit
from every step leaves no conversation and lands on the neutral page; axe-core finds no
WCAG 2.2 AA violation on any page; the chat fits a 320 px screen and works by keyboard.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from bot.profile import ChatSection, load_profile
from bot.web.chat import codes
from dialogues.i18n import translator
from tests.web.browser import ARGS, chromium, tab_to, violations
from tests.web_chat import (
    OFFENDER,
    SEND,
    VICTIM,
    chat_app,
    conversations,
    referrals,
    restore,
    saved,
)

NEUTRAL_PATH = "/weather"
# Generous: the machine is shared.
WAIT_MS = 30_000
expect.set_options(timeout=WAIT_MS)


class _Neutral(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<!DOCTYPE html><title>Weather</title><h1>Weather</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return None


@contextmanager
def in_thread(server: Any, **run: Any) -> Iterator[None]:
    thread = threading.Thread(target=server.run, kwargs=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(60)


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The web app under uvicorn on a free port; its quick exit goes to a neutral page
    served on another port (these tests never leave the machine)."""
    neutral = ThreadingHTTPServer(("127.0.0.1", 0), _Neutral)
    threading.Thread(target=neutral.serve_forever, daemon=True).start()
    exit_to = f"http://127.0.0.1:{neutral.server_address[1]}{NEUTRAL_PATH}"
    profile = load_profile().model_copy(update={"chat": ChatSection(quick_exit_url=exit_to)})
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(chat_app(db, profile), log_level="warning"))
    try:
        with in_thread(server, sockets=[sock]):
            yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()
        neutral.shutdown()
        neutral.server_close()


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    # Debian's chromium: Playwright never downloads a browser here.
    launched = playwright.chromium.launch(executable_path=str(chromium()), args=ARGS)
    yield launched
    launched.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "rj.sqlite3"


@pytest.fixture
def site(db: Path) -> Iterator[str]:
    with serving(db) as url:
        yield url


@contextmanager
def opened(browser: Browser, *, javascript: bool = True, **options: Any) -> Iterator[Page]:
    context: BrowserContext = browser.new_context(java_script_enabled=javascript, **options)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    try:
        yield page
    finally:
        context.close()


class Person:
    """Someone at the chat in a browser, pressing buttons by their (translated) labels."""

    def __init__(
        self, page: Page, site: str, language: str = "en", *, javascript: bool = True
    ) -> None:
        self.page = page
        self.site = site
        self.t = translator(language)
        self.javascript = javascript

    def ready(self) -> None:
        """With JavaScript, wait for chat.js to have run: the exit button is GOV.UK's link."""
        if self.javascript:
            expect(self.page.locator("a.govuk-exit-this-page__button")).to_have_count(1)

    def start(self, query: str = "") -> None:
        self.page.goto(f"{self.site}/chat{query}")
        self.ready()
        self.page.locator("form[action='/chat/start'] button").click()
        expect(self.page.locator("#question")).to_be_visible()
        self.ready()

    def _turn(self) -> str:
        return self.page.locator("input[name=turn]").first.get_attribute("value") or ""

    def _moved_on(self, before: str) -> None:
        expect(self.page.locator("input[name=turn]").first).not_to_have_value(before)
        self.ready()

    def press(self, label: str) -> None:
        before = self._turn()
        self.page.get_by_role("button", name=self.t.gettext(label), exact=True).click()
        self._moved_on(before)

    def type(self, words: str) -> None:
        before = self._turn()
        self.page.locator("#answer").fill(words)
        self.page.locator("form:has(#answer) button[type=submit]").click()
        self._moved_on(before)

    def walk(self, steps: list[tuple[str, str]]) -> None:
        for kind, words in steps:
            self.press(words) if kind == "press" else self.type(words)

    @property
    def said(self) -> str:
        return self.page.locator("#main").inner_text()


def left(page: Page) -> None:
    """On the neutral page, and it is the one shown."""
    expect(page).to_have_url(re.compile(rf"^http://127\.0\.0\.1:\d+{NEUTRAL_PATH}$"))
    expect(page).to_have_title("Weather")


def wait_until_empty(db: Path) -> None:
    deadline = time.monotonic() + 30
    while conversations(db):
        assert time.monotonic() < deadline, "the chat is still in the store"
        time.sleep(0.1)


def problems(page: Page) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page as it is now, named with its address."""
    return [f"{page.url}: {v['id']} {v['nodes']}" for v in violations(page)]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(
    ("steps", "kind"), [(VICTIM, "victim"), (OFFENDER, "offender")], ids=["victim", "offender"]
)
def test_a_referral_is_completed_in_a_browser(
    browser: Browser,
    site: str,
    db: Path,
    steps: list[tuple[str, str]],
    kind: str,
    language: str,
    javascript: bool,
) -> None:
    with opened(browser, javascript=javascript) as page:
        person = Person(page, site, language, javascript=javascript)
        person.start(f"?lang={language}&src=website")
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        person.walk(steps)
        person.press(SEND)
        [referral] = referrals(db)
        assert str(referral["reference"]) in person.said
        assert page.title() == person.t.gettext("Chat")
        assert [c["name"] for c in page.context.cookies()] == ["chat"], "one cookie, no other"
    assert referral["channel"] == "web" and referral["source"] == "website"
    assert referral["kind"] == kind
    assert referral["consent_language"] == language


@pytest.mark.parametrize("javascript", [True, False], ids=["shift-three-times", "no-js-button"])
def test_quick_exit_from_every_step_leaves_nothing(
    browser: Browser, site: str, db: Path, javascript: bool
) -> None:
    """One walk; at each step a second window on the same chat leaves it, and the chat is
    put back for the walk to go on."""
    with (
        opened(browser, javascript=javascript) as page,
        opened(browser, javascript=javascript) as other,
    ):
        person = Person(page, site, javascript=javascript)
        leaving = Person(other, site, javascript=javascript)
        person.start()
        for step in [None, *VICTIM]:
            if step is not None:
                person.walk([step])
            [cookie] = page.context.cookies()
            key = codes.key_for(str(cookie["value"]))
            state, seen = saved(db, key)
            assert state is not None, "the chat is in the store before leaving"
            other.context.add_cookies([cookie])
            other.goto(f"{site}/chat")
            leaving.ready()
            expect(other.locator("#question")).to_have_count(1)
            if javascript:
                for _ in range(3):
                    other.keyboard.press("Shift")
            else:
                other.locator(".govuk-exit-this-page__button").click()
            left(other)
            wait_until_empty(db)
            assert other.context.cookies() == [], "the cookie went with the chat"
            restore(db, key, state, seen)


def test_quick_exit_from_the_first_page_and_the_code_page(browser: Browser, site: str) -> None:
    with opened(browser, javascript=False) as page:
        page.goto(f"{site}/chat")
        page.locator(".govuk-exit-this-page__button").click()
        left(page)
    with opened(browser) as page:
        Person(page, site).start()
        page.get_by_role("link", name="Get a code to carry on later").click()
        page.locator(".govuk-exit-this-page__button").click()
        left(page)


def test_axe_finds_nothing_on_any_page(browser: Browser, site: str) -> None:
    found: list[str] = []
    for language in ("en", "ar"):
        # axe is injected as a script of its own, which the CSP would refuse.
        with opened(browser, bypass_csp=True) as page:
            person = Person(page, site, language)
            page.goto(f"{site}/chat?lang={language}")
            found += problems(page)
            person.start(f"?lang={language}")
            found += problems(page)
            for step in VICTIM:
                person.walk([step])
                found += problems(page)
            person.press(SEND)
            found += problems(page)
            page.goto(f"{site}/chat/code")
            found += problems(page)
    with opened(browser, bypass_csp=True) as page:
        page.goto(f"{site}/chat")
        page.locator("#code").fill("not a code")
        page.locator("form[action='/chat/resume'] button").click()
        found += problems(page)
    assert not found, found


def test_a_phone_width_screen_and_a_keyboard_are_enough(browser: Browser, site: str) -> None:
    with opened(browser, viewport={"width": 320, "height": 640}) as page:
        page.goto(f"{site}/chat")

        def fits() -> None:
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 320, f"{page.url} is {width} px wide"

        def by_keyboard(label: str) -> None:
            value = page.get_by_role("button", name=label, exact=True).get_attribute("value")
            target = f"button[value={json.dumps(value)}]" if value else "button[type=submit]"
            tab_to(page, f"#main {target}")
            page.keyboard.press("Enter")

        fits()
        by_keyboard("Start")
        for label in ("I was harmed: refer myself", "Yes, I agree", "Yes"):
            expect(page.locator("#question")).to_be_focused()
            fits()
            by_keyboard(label)
        expect(page.locator("#question")).to_be_focused()
        page.keyboard.press("Tab")
        expect(page.locator("#answer")).to_be_focused()
        page.keyboard.type("Sam")
        page.keyboard.press("Enter")
        expect(page.locator("#question")).to_contain_text("How is it safe for us to contact you")
        expect(page.locator("#question")).to_be_focused()
        fits()
