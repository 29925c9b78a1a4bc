"""``python -m tests.web.screenshots``: the pictures docs/desk.md shows, made in chromium.

A fresh store with made-up referrals (no real person), a facilitator signed in; each page at
a laptop's width and the queue at a phone's. Run by hand when the pages change.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.web.browser import ARGS, ROOT, chromium, running_desk
from tests.web.test_browser import join

OUT = ROOT / "docs" / "images"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, running_desk(Path(folder)) as desk:
        references = [desk.referral(f"tg:{n}", times="Evenings only") for n in range(4)]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium()), args=ARGS)
            page = browser.new_page(viewport={"width": 1024, "height": 900})
            page.clock.install()  # to move on to the idle warning without waiting for it
            page.goto(f"{desk.url}/sign-in")
            page.screenshot(path=OUT / "desk-sign-in.png")
            join(page, desk.invite_link("facilitator"), "Fay Lee", "fay")
            page.goto(f"{desk.url}/queue")
            page.get_by_role("button", name=f"Claim {references[0]}").click()
            page.screenshot(path=OUT / "desk-case.png", full_page=False)
            page.goto(f"{desk.url}/queue")
            page.screenshot(path=OUT / "desk-queue.png")
            page.clock.fast_forward("25:00")
            page.wait_for_selector("#idle-warning[open]")
            page.screenshot(path=OUT / "desk-idle-warning.png")
            page.goto(f"{desk.url}/queue")
            phone = browser.new_page(viewport={"width": 320, "height": 640})
            phone.context.add_cookies(page.context.cookies())
            phone.goto(f"{desk.url}/queue")
            phone.screenshot(path=OUT / "desk-queue-phone.png")
            browser.close()


if __name__ == "__main__":
    main()
