"""The web chat through its plain HTML forms (no JavaScript), over a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.profile import load_profile
from bot.web.chat import codes
from bot.web.chat.forms import paragraphs
from tests.conftest import Backend
from tests.talk import Talk
from tests.web_chat import VICTIM, Visitor, chat_app, conversations, referrals, visiting, walk

RECEIVED = datetime(2025, 12, 19, 11, 0, tzinfo=UTC)
NEUTRAL = load_profile().chat.quick_exit_url


@pytest.fixture
def db(backend: Backend) -> Backend:
    return backend


@pytest.fixture
def visitor(db: Backend) -> Iterator[Visitor]:
    with visiting(chat_app(db), clock=lambda: RECEIVED) as person:
        yield person


def test_the_first_page_is_neutral_private_and_starts_nothing(
    visitor: Visitor, db: Backend
) -> None:
    response = visitor.client.get("/chat")
    assert response.status_code == 200
    page = visitor.open()
    assert page.title == "Chat"
    assert "restorative" not in page.title.lower()
    assert response.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert "set-cookie" not in response.headers, "no cookie until the person starts"
    assert "private or incognito window" in response.text
    assert "Exit this page" in response.text
    assert conversations(db) == []


def test_a_self_referral_on_the_web_is_queued_with_its_source(
    visitor: Visitor, db: Backend
) -> None:
    page = visitor.start(src="police")
    assert "I was harmed: refer myself" in [label for label, _ in page.buttons]
    assert "✕ Quick exit" not in [label for label, _ in page.buttons], "the page has its own"
    walk(visitor, VICTIM)
    assert "Please check your answers" in visitor.page.question
    page = visitor.press("Send my referral")
    assert "Thank you. We have received your referral." in page.text
    assert "Tuesday, 30 December 2025" in page.text
    [referral] = referrals(db)
    assert referral["reference"] in page.text
    assert referral["source"] == "police"
    assert referral["channel"] == "web"
    assert referral["details"]["contact"] == ["phone"]


def test_typed_answers_get_a_text_box_and_the_engines_own_words(visitor: Visitor) -> None:
    visitor.start()
    page = visitor.press("I was harmed: refer myself")
    assert page.field is None, "a question with buttons only has no text box"
    visitor.press("Yes, I agree")
    page = visitor.press("Yes")
    assert page.field == "text"
    visitor.type("Sam")
    visitor.press("Phone call")
    page = visitor.press("Done")
    assert page.field == "tel", "a phone's number keypad"
    page = visitor.type("not a number")
    assert "does not look like a phone number" in page.text
    assert page.field == "tel", "asked again"


def test_crisis_words_get_the_same_reply_as_every_channel(visitor: Visitor) -> None:
    words = "I want to kill myself"
    on_telegram = Talk(rules=load_profile().rules())
    on_telegram.start()
    for label in ("I was harmed: refer myself", "Yes, I agree", "Yes"):
        on_telegram.press(label)
    [crisis, _] = on_telegram.type(words)
    visitor.start()
    for label in ("I was harmed: refer myself", "Yes, I agree", "Yes"):
        visitor.press(label)
    page = visitor.type(words)
    assert "999" in crisis.text
    assert page.said == ["\n".join(paragraphs(crisis.text))], "word for word, helplines too"
    assert page.field == "text", "and the question is asked again, the words not kept"


def test_quick_exit_deletes_the_chat_and_leaves_for_the_neutral_site(
    visitor: Visitor, db: Backend
) -> None:
    visitor.start()
    visitor.press("I was harmed: refer myself")
    visitor.press("Yes, I agree")
    assert len(conversations(db)) == 1
    response = visitor.exit()
    assert response.status_code == 303
    assert response.headers["location"] == NEUTRAL
    assert (
        'chat=""' in response.headers["set-cookie"] or "Max-Age=0" in response.headers["set-cookie"]
    )
    assert conversations(db) == []
    assert visitor.open().question == "", "back at the start: nothing to carry on"


def test_typing_exit_is_a_quick_exit_too(visitor: Visitor, db: Backend) -> None:
    visitor.start()
    visitor.press("I was harmed: refer myself")
    response = visitor.client.post(
        "/chat", data={"answer": "/exit", "turn": visitor.page.turn}, follow_redirects=False
    )
    assert response.headers["location"] == NEUTRAL
    assert conversations(db) == []


def test_the_session_cookie_is_strict_short_and_secure_behind_https(db: Backend) -> None:
    with visiting(chat_app(db), base_url="https://testserver") as person:
        response = person.client.post("/chat/start", data={"lang": "en"}, follow_redirects=False)
        cookie = response.headers["set-cookie"]
        for flag in ("HttpOnly", "SameSite=strict", "Secure", "Max-Age=1800", "Path=/chat"):
            assert flag.lower() in cookie.lower(), flag
        assert len(response.headers.get_list("set-cookie")) == 1, "one cookie, no other"


def test_arabic_from_the_browser_reads_right_to_left(db: Backend) -> None:
    with visiting(chat_app(db)) as person:
        page = person.open("/chat", **{"Accept-Language": "ar-EG,ar;q=0.9,en;q=0.5"})
        assert (page.lang, page.dir) == ("ar", "rtl")
        page = person.start(lang="ar")
        assert (page.lang, page.dir) == ("ar", "rtl")
        assert page.question and "Hello" not in page.question
        assert person.open("/chat?lang=cy").dir == "rtl", "a chat keeps its language"


def test_any_other_chat_address_comes_back_to_the_chat(visitor: Visitor) -> None:
    for path in ("/chat/exit", "/chat/start", "/chat/nowhere/at/all"):
        response = visitor.client.get(path, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, "/chat"), path
        assert "set-cookie" not in response.headers
    page = visitor.open("/chat/nowhere")
    assert page.title == "Chat"


def test_a_chosen_language_wins_over_the_browser(visitor: Visitor) -> None:
    page = visitor.open("/chat?lang=cy", **{"Accept-Language": "ar"})
    assert (page.lang, page.dir) == ("cy", "ltr")


def test_a_half_done_referral_comes_back_only_with_its_code(db: Backend) -> None:
    app = chat_app(db)
    with visiting(app) as first:
        first.start()
        first.press("I was harmed: refer myself")
        asked = first.press("Yes, I agree").question
        shown = first.client.get("/chat/code").text
        code = first.client.cookies["chat"]
        assert codes.shown(code) in shown
        assert "Anyone who has it can see your answers" in shown
    with visiting(app) as later:
        assert later.open().question == "", "a new browser starts afresh"
        wrong = later.client.post("/chat/resume", data={"code": "AAAA-BBBB-CCCC-DDDD"})
        assert wrong.status_code == 400
        assert "could not find a chat with that code" in wrong.text
        response = later.client.post("/chat/resume", data={"code": codes.shown(code).lower()})
        assert response.status_code == 200
        assert later.open().question == asked
    assert all(code not in str(row) for row in conversations(db)), "the store keeps no code"


def test_a_filled_honeypot_is_dropped_unanswered(visitor: Visitor, db: Backend) -> None:
    response = visitor.client.post("/chat/start", data={"lang": "en", "website": "http://spam"})
    assert response.status_code == 200
    assert conversations(db) == []
    visitor.start()
    before = visitor.page.question
    visitor.post({"press": visitor.page.buttons[0][1], "website": "x"})
    assert visitor.page.question == before


def test_posts_from_another_site_are_refused(visitor: Visitor, db: Backend) -> None:
    response = visitor.client.post(
        "/chat/resume",
        data={"code": "AAAA-BBBB-CCCC-DDDD"},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code == 403
    response = visitor.client.post(
        "/chat/start", data={"lang": "en"}, headers={"Origin": "https://elsewhere.example"}
    )
    assert response.status_code == 403
    assert conversations(db) == []


def test_an_oversized_post_is_refused_in_a_line(visitor: Visitor) -> None:
    visitor.start()
    response = visitor.client.post("/chat", data={"answer": "x" * 20_000})
    assert response.status_code == 413
    assert "too long to send" in response.text


def test_a_long_answer_gets_the_engines_own_message(visitor: Visitor) -> None:
    visitor.start()
    visitor.press("I was harmed: refer myself")
    visitor.press("Yes, I agree")
    visitor.press("Yes")
    page = visitor.type("S" * 5000)
    assert page.status == 200 and page.field == "text"
    assert "Please keep the name under 60 characters." in page.question


def test_a_client_posting_too_fast_is_slowed(db: Backend, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RJBOT_FLOOD_PER_10S", "3")
    with visiting(chat_app(db)) as person:
        person.start()
        statuses = [person.post({"press": "menu|about"}).status for _ in range(4)]
        assert statuses[:2] == [200, 200]
        assert 429 in statuses
        response = person.client.post("/chat", data={"press": "menu|about"})
        assert "sending messages very quickly" in response.text


def test_the_same_form_posted_twice_moves_on_once(visitor: Visitor) -> None:
    visitor.start()
    visitor.press("I was harmed: refer myself")
    form = {"press": next(v for label, v in visitor.page.buttons if label == "Yes, I agree")}
    visitor.post(form)
    after_once = visitor.page.question
    turn = str(int(visitor.page.turn) - 1)
    visitor.client.post("/chat", data={**form, "turn": turn})
    assert visitor.open().question == after_once
