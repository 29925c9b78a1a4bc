"""Managers in the browser: the quarterly return, the audit log, staff; the service profile."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from referral_store.desk import Desk, Role
from tests.conftest import Backend
from tests.webdesk import Desktop, csrf_of, desktop, join, post, referral, sign_in


@pytest.fixture
def desk(tmp_path: Path, backend: Backend) -> Iterator[Desktop]:
    with desktop(tmp_path, db=backend.db, keys=backend.keyring) as running:
        yield running


def test_the_return_tables_charts_and_bundle(desk: Desktop) -> None:
    referral(desk)
    manager = desk.browser()
    join(desk, manager, desk.invite(Role.MANAGER), "Max", "max")
    page = manager.get("/reports").text
    quarters = re.findall(r'<option value="(\d{4}Q\d)"', page)
    assert len(quarters) == 8
    current = quarters[0]
    shown = manager.get(f"/reports?quarter={current}").text
    assert "Referrals received" in shown or "<table" in shown
    chart = manager.get(f"/reports/{current}/charts.png")
    assert chart.headers["content-type"] == "image/png" and chart.content[:4] == b"\x89PNG"
    bundle = manager.get(f"/reports/{current}/return.zip")
    assert f"return-{current}.zip" in bundle.headers["content-disposition"]
    names = zipfile.ZipFile(io.BytesIO(bundle.content)).namelist()
    assert "summary.md" in names and "charts.png" in names
    assert any(name.endswith(".csv") for name in names)
    assert manager.get("/reports?quarter=next").status_code == 404


def test_the_audit_log_filters_and_checks_its_chain(desk: Desktop) -> None:
    reference = referral(desk)
    manager = desk.browser()
    join(desk, manager, desk.invite(Role.MANAGER), "Max", "max")
    manager.get(f"/case/{reference}")
    max_id = desk.staff_id("max")
    mine = manager.get(f"/audit?person=staff:{max_id}").text
    assert "view" in mine and reference in mine
    only = manager.get(f"/audit?reference={reference.lower()}").text
    rows = re.findall(r"<tr class=\"govuk-table__row\"><td", only)
    assert len(rows) == 1  # the one view of that case
    future = manager.get("/audit?from=2999-01-01").text
    assert reference not in future
    checked = manager.get("/audit?verify=1").text
    assert "The log is intact" in checked


def test_managers_invite_train_stop_and_reset(desk: Desktop) -> None:
    manager = desk.browser()
    join(desk, manager, desk.invite(Role.MANAGER), "Max", "max")
    page = manager.get("/staff").text
    made = manager.post("/staff/invite", data={"role": "facilitator", "csrf": csrf_of(page)})
    link = re.search(r'<code id="invite-link">[^<]*/join/([A-Z0-9-]+)</code>', made.text)
    assert link, made.text
    fay_browser = desk.browser()
    fay = join(desk, fay_browser, link.group(1), "Fay", "fay")
    fay_id = desk.staff_id("fay")
    trained = post(manager, f"/staff/{fay_id}/training", {"trained": "yes"}, page="/staff")
    assert trained.status_code == 303
    stopped = post(manager, f"/staff/{fay_id}/sign-in", {"disabled": "yes"}, page="/staff")
    assert stopped.status_code == 303
    assert fay_browser.get("/queue", follow_redirects=False).status_code == 303
    assert sign_in(desk, desk.browser(), fay).status_code == 400
    post(manager, f"/staff/{fay_id}/sign-in", {"disabled": "no"}, page="/staff")
    assert sign_in(desk, desk.browser(), fay).status_code == 303
    post(manager, f"/staff/{fay_id}/two-factor", {}, page="/staff")
    again = sign_in(desk, desk.browser(), fay)
    assert again.headers["location"] == "/two-factor"  # the password leads to setting it up
    staff = manager.get("/staff").text
    assert "two-factor not set up yet" in staff
    confirm = manager.get(f"/staff/{fay_id}/remove")
    assert "This cannot be undone" in confirm.text
    removed = manager.post(
        f"/staff/{fay_id}/remove",
        data={"confirm": "yes", "csrf": csrf_of(confirm.text)},
        follow_redirects=False,
    )
    assert removed.status_code == 303
    assert "Fay" not in manager.get("/staff").text


def test_the_service_profile_is_shown_read_only(desk: Desktop) -> None:
    browser = desk.browser()
    join(desk, browser, desk.invite(), "Fay", "fay")
    page = browser.get("/service").text
    assert "deadlines" in page and "Europe/London" in page
    assert "<form" not in page.split("<main")[1].split("</main>")[0]


def test_a_telegram_member_of_staff_adds_a_web_sign_in(desk: Desktop) -> None:
    async def enrol(store: object) -> int:
        from referral_store import Store

        assert isinstance(store, Store)
        staff_desk = Desk(store)
        joined = await staff_desk.join(await staff_desk.invite(Role.FACILITATOR), 77, "Tia")
        assert joined is not None
        return joined.id

    tia_id = desk.run(enrol)
    manager = desk.browser()
    join(desk, manager, desk.invite(Role.MANAGER), "Max", "max")
    made = post(manager, f"/staff/{tia_id}/web-link", {}, page="/staff")
    link = re.search(r'<code id="invite-link">[^<]*/join/([A-Z0-9-]+)</code>', made.text)
    assert link, made.text
    code = link.group(1)
    # The link is for the web only: Telegram's /join does not take it.
    assert desk.run(lambda store: Desk(store).join(code, 99, "Someone")) is None  # type: ignore[arg-type]
    browser = desk.browser()
    page = browser.get(f"/join/{code}").text
    assert "adds a web sign-in to the desk account of Tia" in page
    assert 'id="name"' not in page
    join(desk, browser, code, "", "tia")
    assert desk.staff_id("tia") == tia_id  # the same member of staff, not a new one
    assert "Tia" in browser.get("/account").text
    again = post(manager, f"/staff/{tia_id}/web-link", {}, page="/staff")
    assert again.status_code == 404  # she has a web sign-in now
