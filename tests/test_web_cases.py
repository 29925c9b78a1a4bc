"""The queue, the case page and its actions, in a browser session, over the same desk."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from referral_store.desk import Desk, Role
from tests.conftest import Backend
from tests.webdesk import Desktop, Member, csrf_of, desktop, join, post, referral


@pytest.fixture
def desk(tmp_path: Path, backend: Backend) -> Iterator[Desktop]:
    with desktop(tmp_path, db=backend.db, keys=backend.keyring) as running:
        yield running


def signed_in(desk: Desktop, name: str, role: Role = Role.FACILITATOR) -> tuple[TestClient, Member]:
    browser = desk.browser()
    member = join(desk, browser, desk.invite(role), name, name.lower())
    return browser, member


def test_queue_claim_contact_close(desk: Desktop) -> None:
    reference = referral(desk, crisis=True, times="Evenings only")
    browser, _ = signed_in(desk, "Fay")
    queue = browser.get("/queue")
    assert reference in queue.text
    assert "Claim " + reference in queue.text
    claimed = post(browser, f"/case/{reference}/claim", {}, page="/queue")
    assert claimed.status_code == 303
    case = browser.get(claimed.headers["location"])
    assert "The case is yours." in case.text
    # The crisis line and how to contact them safely come before anything else.
    text = case.text
    assert text.index("Crisis words written") < text.index("Contacting them safely")
    assert text.index("Contacting them safely") < text.index("The case</h2>")
    assert "Evenings only" in text and "07700 900123" in text
    assert "Working days left:" in text
    assert "Do you agree" in text  # the consent wording they agreed to
    logged = post(
        browser,
        f"/case/{reference}/contact",
        {"method": "phone", "reached": "yes", "note": "Spoke briefly", "minutes": "20"},
        page=f"/case/{reference}",
    )
    assert logged.status_code == 303
    case = browser.get(logged.headers["location"]).text
    assert "Contact logged" in case
    assert "Spoke briefly" in case
    assert "contacted" in case
    close_page = browser.get(f"/case/{reference}/close")
    assert "Closing cannot be undone." in close_page.text
    unconfirmed = browser.post(
        f"/case/{reference}/close",
        data={"reason": "unsuitable", "csrf": csrf_of(close_page.text)},
    )
    assert unconfirmed.status_code == 400
    assert "Tick the box" in unconfirmed.text
    closed = browser.post(
        f"/case/{reference}/close",
        data={
            "reason": "unsuitable",
            "detail": "risk",
            "confirm": "yes",
            "csrf": csrf_of(close_page.text),
        },
        follow_redirects=False,
    )
    assert closed.status_code == 303
    final = browser.get(closed.headers["location"]).text
    assert "The case is closed." in final
    assert "Unsuitable after assessment" in final
    assert reference not in browser.get("/queue").text


def test_the_second_claim_is_told_who_has_it(desk: Desktop) -> None:
    reference = referral(desk)
    first, _ = signed_in(desk, "Ann")
    second, _ = signed_in(desk, "Bob")
    page_one, page_two = first.get("/queue").text, second.get("/queue").text
    won = first.post(
        f"/case/{reference}/claim", data={"csrf": csrf_of(page_one)}, follow_redirects=False
    )
    lost = second.post(
        f"/case/{reference}/claim", data={"csrf": csrf_of(page_two)}, follow_redirects=False
    )
    assert won.status_code == 303
    assert lost.status_code == 409
    assert f"Sorry, {reference} was just claimed by Ann." in lost.text


def test_each_view_is_audited_and_shown_on_the_page(desk: Desktop) -> None:
    reference = referral(desk)
    browser, _ = signed_in(desk, "Gus", Role.MANAGER)
    browser.get(f"/case/{reference}")
    page = browser.get(f"/case/{reference}").text
    viewed = re.search(r'<ul class="govuk-list" id="viewed-by">(.*?)</ul>', page, re.S)
    assert viewed and viewed.group(1).count("Gus") == 2
    log = desk.run(lambda store: Desk(store).audit_log(reference))
    assert [e.action for e in log].count("view") == 2


def test_a_facilitator_cannot_open_a_colleagues_case(desk: Desktop) -> None:
    reference = referral(desk)
    owner, _ = signed_in(desk, "Ann")
    post(owner, f"/case/{reference}/claim", {}, page="/queue")
    other, _ = signed_in(desk, "Bob")
    refused = other.get(f"/case/{reference}")
    assert refused.status_code == 403
    assert "07700 900123" not in refused.text


def test_queue_filters_and_pages(desk: Desktop) -> None:
    references = [referral(desk, chat=f"tg:{n}") for n in range(30)]
    browser, _ = signed_in(desk, "Ann")
    first = browser.get("/queue").text
    assert "Page 1 of 2" in first
    shown = re.findall(r'href="/case/(RJ-[A-Z0-9-]+)"', first)
    assert len(shown) == 25
    second = browser.get("/queue?page=2").text
    assert len(re.findall(r'href="/case/(RJ-[A-Z0-9-]+)"', second)) == 5
    post(browser, f"/case/{references[0]}/claim", {}, page="/queue")
    mine = browser.get("/queue?mine=1").text
    assert re.findall(r'href="/case/(RJ-[A-Z0-9-]+)"', mine) == [references[0]]
    unclaimed = browser.get("/queue?unclaimed=1&page=2").text
    assert references[0] not in unclaimed
    # Marked complex, it is the only one the complex filter shows; a kind filter keeps all 30.
    post(browser, f"/case/{references[0]}/care", {"care": "complex"}, page="/queue")
    special = browser.get("/queue?complex=1").text
    assert re.findall(r'href="/case/(RJ-[A-Z0-9-]+)"', special) == [references[0]]
    assert "Open referrals: 30" in browser.get("/queue?kind=victim").text
    assert "Open referrals: 0" in browser.get("/queue?kind=offender").text
    rows = browser.get("/queue/rows?mine=1")
    assert rows.status_code == 200 and "<html" not in rows.text and references[0] in rows.text


def test_first_contact_and_the_other_partys_details(desk: Desktop) -> None:
    reference = referral(desk)
    browser, _ = signed_in(desk, "Ann")
    post(browser, f"/case/{reference}/claim", {}, page="/queue")
    made = post(browser, f"/case/{reference}/first-contact", {}, page=f"/case/{reference}")
    page = browser.get(made.headers["location"]).text
    assert "First contact made" in page and "Working days left" not in page
    saved = post(
        browser,
        f"/case/{reference}/monitoring",
        {"age_band": "25-34", "gender": "", "ethnicity": "white-irish"},
        page=f"/case/{reference}",
    )
    page = browser.get(saved.headers["location"]).text
    assert f"{reference}: the other party" in page
    monitoring = page.split("Monitoring</h2>")[1].split("</dl>")[0]
    assert "Person who caused harm" in monitoring and "25-34" in monitoring
    assert "white-irish" in monitoring and "gender" not in monitoring
    wrong = post(
        browser, f"/case/{reference}/monitoring", {"age_band": "ancient"}, page=f"/case/{reference}"
    )
    assert wrong.status_code == 400


def test_survey_answers_given_on_a_call(desk: Desktop) -> None:
    from referral_store.monitoring import save_own_answers

    reference = referral(desk, chat="tg:55")
    desk.run(
        lambda store: save_own_answers(
            store, "tg:55", reference, None, survey=True, consent_at=desk.moment
        )
    )
    browser, _ = signed_in(desk, "Ann")
    post(browser, f"/case/{reference}/claim", {}, page="/queue")
    # Asked once the case has closed (the chat sends it then, or staff ask on a call).
    assert "/survey" not in browser.get(f"/case/{reference}").text
    post(
        browser,
        f"/case/{reference}/close",
        {"reason": "direct-delivered", "confirm": "yes"},
        page=f"/case/{reference}/close",
    )
    page = browser.get(f"/case/{reference}").text
    assert 'action="/case/' + reference + '/survey"' in page
    assert "how safe do you feel" in page  # asked in the words the person is asked
    saved = post(
        browser,
        f"/case/{reference}/survey",
        {"wellbeing": "improved", "satisfaction": "4", "comment": "Helped a lot"},
        page=f"/case/{reference}",
    )
    assert saved.status_code == 303, saved.text
    shown = browser.get(saved.headers["location"]).text.split('id="survey"')[1]
    assert "improved" in shown and "Helped a lot" in shown and "4" in shown
