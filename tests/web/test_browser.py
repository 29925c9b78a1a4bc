"""The whole desk in chromium: from the first invite to closing a case, by mouse, by keyboard
alone and at 320 px; two browsers racing for one case; axe-core on every page."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.web.browser import ARGS, Desk, chromium, running_desk, tab_to, violations

PASSWORD = "correct horse battery staple"
TIMEOUT_MS = 60_000  # a busy machine: waits are for conditions, with room to spare
# expect()'s own wait (5 s unless told) too: a page answering a fetch on a loaded machine
# took longer than that once (the idle warning closing after "Stay signed in").
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with running_desk(tmp_path_factory.mktemp("browser")) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(path), args=ARGS)
        yield launched
        launched.close()


def new_page(browser: Browser, *, width: int = 1024, axe: bool = False) -> Page:
    # axe-core goes in as an inline script, which the desk's own CSP rightly refuses.
    context = browser.new_context(
        viewport={"width": width, "height": 800}, bypass_csp=axe, java_script_enabled=True
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return page


def join(page: Page, link: str, name: str, username: str) -> pyotp.TOTP:
    """Sign up from an invite link, set up two-factor, land on the recovery codes."""
    page.goto(link)
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Sign-in name").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Set up your authenticator app")).to_be_visible()
    totp = pyotp.TOTP(page.locator("#totp-key").inner_text().replace(" ", ""))
    page.get_by_label("Code from your authenticator app").fill(totp.now())
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    return totp


def sign_in(page: Page, desk: Desk, username: str, totp: pyotp.TOTP) -> None:
    page.goto(f"{desk.url}/sign-in")
    page.get_by_label("Sign-in name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    # The next time step's code: the one just used to set up cannot be used again.
    code = totp.at(int(time.time()) + totp.interval)
    page.get_by_label("Code from your authenticator app").fill(code)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()


def no_violations(page: Page, where: str) -> None:
    found = violations(page)
    assert not found, f"{where}: {found}"


def test_from_invite_to_closing_a_case_and_signing_out(desk: Desk, browser: Browser) -> None:
    reference = desk.referral("tg:101", times="Evenings only")
    page = new_page(browser)
    totp = join(page, desk.invite_link("facilitator"), "Fay Lee", "fay")
    page.get_by_role("link", name="Go to the queue").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="You have signed out")).to_be_visible()
    sign_in(page, desk, "fay", totp)
    page.get_by_role("button", name=f"Claim {reference}").click()
    expect(page.locator("#done")).to_have_text("The case is yours.")
    expect(page.locator("#safe-contact")).to_contain_text("Evenings only")
    page.get_by_label(f"How did you try to contact {reference}?").select_option("phone")
    page.get_by_label("Yes, reached").check()
    page.get_by_label("Note (optional)").fill("Spoke briefly, will call back")
    page.get_by_role("button", name="Log contact").click()
    expect(page.locator("#done")).to_have_text("Contact logged")
    expect(page.locator("#contacts")).to_contain_text("Spoke briefly")
    page.get_by_role("link", name="Close").click()
    page.get_by_label("Unsuitable after assessment").check()
    page.get_by_label("The reason, if it was declined").select_option("risk")
    page.get_by_label("Yes, close this case").check()
    page.get_by_role("button", name="Close the case").click()
    expect(page.locator("#done")).to_have_text("The case is closed.")
    page.get_by_role("button", name="Sign out").click()
    page.goto(f"{desk.url}/queue")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def test_a_manager_downloads_the_quarterly_return(
    desk: Desk, browser: Browser, tmp_path: Path
) -> None:
    desk.referral("tg:401")
    page = new_page(browser)
    totp = join(page, desk.invite_link("manager"), "Max Obi", "maxo")
    page.get_by_role("link", name="Go to the queue").click()
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, desk, "maxo", totp)
    page.get_by_role("link", name="Reports").click()
    page.get_by_role("button", name="Show the return").click()
    expect(page.locator("table").first).to_be_visible()
    with page.expect_download() as started:
        page.locator("#download").click()
    saved = tmp_path / "return.zip"
    started.value.save_as(saved)
    with zipfile.ZipFile(saved) as bundle:
        names = bundle.namelist()
    assert any(n.endswith(".md") for n in names), names
    assert any(n.endswith(".csv") for n in names), names
    assert any(n.endswith(".png") for n in names), names


def test_two_browsers_claim_one_case_and_one_is_told_who_has_it(
    desk: Desk, browser: Browser
) -> None:
    reference = desk.referral("tg:102")
    ann_page, bob_page = new_page(browser), new_page(browser)
    join(ann_page, desk.invite_link("facilitator"), "Ann", "ann")
    join(bob_page, desk.invite_link("facilitator"), "Bob", "bob")
    # Joining leaves each signed in.
    ann_page.goto(f"{desk.url}/queue")
    bob_page.goto(f"{desk.url}/queue")
    ann_page.get_by_role("button", name=f"Claim {reference}").click()
    expect(ann_page.locator("#done")).to_have_text("The case is yours.")
    bob_page.get_by_role("button", name=f"Claim {reference}").click()
    expect(bob_page.locator("#claim-error")).to_have_text(
        f"Sorry, {reference} was just claimed by Ann."
    )


def test_new_referrals_appear_in_the_queue_without_a_reload(desk: Desk, browser: Browser) -> None:
    waiting = desk.referral("tg:103")
    page = new_page(browser)
    join(page, desk.invite_link("facilitator"), "Cy", "cyd")
    page.goto(f"{desk.url}/queue")
    tab_to(page, f"#claim-{waiting}")
    reference = desk.referral("tg:106")
    # htmx asks again every 20 seconds; the page is never reloaded.
    expect(page.get_by_role("link", name=reference)).to_be_visible(timeout=90_000)
    # Someone working by keyboard keeps their place across the refresh.
    assert page.evaluate("document.activeElement.id") == f"claim-{waiting}"


def test_queue_to_close_by_keyboard_alone_at_320_px(desk: Desk, browser: Browser) -> None:
    reference = desk.referral("tg:104")
    page = new_page(browser, width=320)
    join(page, desk.invite_link("facilitator"), "Di", "dia")
    page.goto(f"{desk.url}/queue")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    tab_to(page, f"form[action='/case/{reference}/claim'] button")
    page.keyboard.press("Enter")
    expect(page.locator("#done")).to_have_text("The case is yours.")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    tab_to(page, "#method")
    page.keyboard.press("ArrowDown")  # from phone to email
    # A radio group takes one Tab stop; the arrow keys choose within it.
    tab_to(page, "input[name=reached]")
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#reached-yes")).to_be_checked()
    tab_to(page, "form[action$='/contact'] button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#done")).to_have_text("Contact logged")
    tab_to(page, "#close-link")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=f"Close {reference}")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    tab_to(page, "#reason-direct-delivered")
    tab_to(page, "#confirm")
    page.keyboard.press("Space")
    tab_to(page, "form[action$='/close'] button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#done")).to_have_text("The case is closed.")


def pages_of(page: Page, desk: Desk, reference: str) -> list[str]:
    return [
        "/queue",
        f"/case/{reference}",
        f"/case/{reference}/close",
        "/account",
        "/service",
        "/reports",
        f"/reports?quarter={quarter(page, desk)}",
        "/audit",
        "/audit?verify=1",
        "/staff",
        "/no-such-page",
    ]


def quarter(page: Page, desk: Desk) -> str:
    page.goto(f"{desk.url}/reports")
    return str(page.locator("#quarter option").first.get_attribute("value"))


def test_axe_finds_no_violation_on_any_page(desk: Desk, browser: Browser) -> None:
    reference = desk.referral("tg:105", times="Mornings")
    page = new_page(browser, axe=True)
    link = desk.invite_link("manager")
    code = link.rsplit("/", 1)[-1]
    page.goto(f"{desk.url}/sign-in")
    no_violations(page, "sign in")
    page.goto(link)
    no_violations(page, "join")
    page.get_by_role("button", name="Continue").click()
    no_violations(page, "join, with errors")
    join(page, link, "Max", "max")
    no_violations(page, "recovery codes")
    page.goto(f"{desk.url}/join/{code}")
    no_violations(page, "a used link")
    for path in pages_of(page, desk, reference):
        page.goto(f"{desk.url}{path}")
        no_violations(page, path)
    page.goto(f"{desk.url}/staff")
    page.get_by_role("button", name="Make a sign-up link").click()
    no_violations(page, "invited")
    page.get_by_role("button", name="Sign out").click()
    no_violations(page, "signed out")


def inside_warning(page: Page) -> bool:
    return bool(
        page.evaluate("document.getElementById('idle-warning').contains(document.activeElement)")
    )


def test_the_idle_warning_by_keyboard_alone_then_the_sign_out(desk: Desk, browser: Browser) -> None:
    """The browser's clock moves on (the server's does not): the warning at 25 minutes,
    "Stay signed in" by keyboard, Escape, and at last the sign-out and the way back."""
    page = new_page(browser, axe=True)
    page.clock.install()
    totp = join(page, desk.invite_link("facilitator"), "Ed Roe", "edr")
    page.goto(f"{desk.url}/queue?mine=1")
    warning = page.get_by_role("alertdialog", name="You will be signed out soon")
    expect(warning).to_be_hidden()
    with page.expect_request(lambda request: "/queue/rows" in request.url) as polled:
        page.clock.fast_forward("24:00")
    # The queue's own refresh says it is not the person using the desk.
    assert polled.value.headers.get("x-rjbot-background") == "1"
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    expect(warning).to_be_hidden()
    page.clock.fast_forward("01:05")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("Anything not saved will be lost.")
    # The focus goes into the dialog and stays there, forwards and backwards.
    assert page.evaluate("document.activeElement.id") == "idle-stay"
    for key in ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]:
        page.keyboard.press(key)
        assert inside_warning(page), key
    no_violations(page, "the idle warning")
    tab_to(page, "#idle-stay", limit=4)
    page.keyboard.press("Enter")
    expect(warning).to_be_hidden()
    # 45 minutes since the page opened, 20 since "Stay signed in": still working.
    page.clock.fast_forward("20:00")
    expect(warning).to_be_hidden()
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    page.clock.fast_forward("05:30")
    expect(warning).to_be_visible()
    page.keyboard.press("Escape")  # Escape also means "stay signed in"
    expect(warning).to_be_hidden()
    page.clock.fast_forward("25:30")
    expect(warning).to_be_visible()
    # Nobody answers: the time runs out.
    page.clock.fast_forward("05:00")
    expect(page.locator("#session-ended")).to_have_text(
        "The session ended after 30 minutes without activity, to keep cases safe."
    )
    assert page.request.get(f"{desk.url}/account", max_redirects=0).status == 303
    page.get_by_label("Sign-in name").fill("edr")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Code from your authenticator app").fill(
        totp.at(int(time.time()) + totp.interval)
    )
    page.get_by_role("button", name="Sign in").click()
    # Back where they were, filters and all.
    expect(page).to_have_url(f"{desk.url}/queue?mine=1")


def test_using_the_desk_in_one_tab_keeps_the_others_open(desk: Desk, browser: Browser) -> None:
    queue = new_page(browser)
    queue.clock.install()  # the clock of the whole browser context: both tabs
    join(queue, desk.invite_link("facilitator"), "Jo Ng", "jon")
    queue.goto(f"{desk.url}/queue")
    queue.clock.fast_forward("20:00")
    # Working in a second tab of the same browser...
    case = queue.context.new_page()
    case.goto(f"{desk.url}/account")
    queue.clock.fast_forward("06:00")
    # ...the queue tab, 26 minutes untouched, does not warn: the session is in use.
    expect(queue.get_by_role("heading", name="Queue")).to_be_visible()
    expect(queue.locator("#idle-warning")).to_be_hidden()
    queue.clock.fast_forward("20:00")
    expect(queue.get_by_role("alertdialog")).to_be_visible()
    expect(case.get_by_role("alertdialog")).to_be_visible()
    # "Stay signed in" in one tab (under the desk's own CSP) closes the warning in both.
    case.get_by_role("button", name="Stay signed in").click()
    expect(case.get_by_role("alertdialog")).to_be_hidden()
    expect(queue.get_by_role("alertdialog")).to_be_hidden()


def test_the_checks_see_a_violation_and_a_trap(browser: Browser) -> None:
    """axe and the keyboard walk would fail a page that breaks them (no silent pass)."""
    page = new_page(browser, axe=True)
    page.set_content('<html lang="en"><body><main><img src="x.png"><p>Hi</p></main></body></html>')
    assert "image-alt" in {v["id"] for v in violations(page)}
    with pytest.raises(AssertionError, match="cannot be reached"):
        tab_to(page, "#nowhere", limit=5)
