"""A person at the web chat with no JavaScript: reads each page, presses its buttons, types.

Through Starlette's TestClient, the way a browser posts the chat's plain HTML forms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot.profile import ServiceProfile, load_profile
from bot.web import build_app
from referral_store.crypto import load_keyring
from tests.conftest import Backend, backend_of, blocking

# The Telegram test's self-referral (tests/test_telegram.py), less "Message me in this chat":
# a web page is not a chat the service can write to.
VICTIM = [
    ("press", "I was harmed: refer myself"),
    ("press", "Yes, I agree"),
    ("press", "Yes"),  # 18 or older
    ("type", "Sam"),
    ("press", "Phone call"),
    ("press", "Done"),
    ("type", "07123 456789"),
    *(
        ("press", label)
        for label in (
            "Evenings",
            "No messages, please",
            "Burglary",
            "None of these",
            "In the last month",
            "No",  # reported to the police
            "No",  # know who did it
            "West Midlands",
            "West Midlands",  # where they live
            "English",
            "No",  # interpreter
            "Skip",  # access needs
            "No",  # risk
            "Skip",  # in their own words
            "Skip",  # hopes
            "Skip",
        )
    ),
]
# tests/test_engine.py's enquiry from a person who caused harm, in the default profile.
OFFENDER = [
    ("press", "I caused harm: can I take part?"),
    ("press", "I understand, go on"),
    ("press", "Yes, I agree"),
    ("press", "Yes"),  # 18 or older
    ("press", "Yes"),  # accepts causing harm
    ("type", "Jo"),
    ("press", "Through my probation officer or prison staff"),
    ("press", "Done"),
    ("type", "Pat Smith, West Midlands probation office"),
    ("press", "On probation or licence"),
    ("press", "Burglary"),
    ("press", "West Midlands"),
    ("press", "West Midlands"),  # where they live
    ("press", "English"),
    ("press", "No"),  # interpreter
    ("press", "Skip"),
    ("press", "Skip"),  # in their own words
    ("press", "Skip"),  # hopes
]
SEND = "Send my referral"


def chat_app(db: Path | Backend, profile: ServiceProfile | None = None) -> Starlette:
    """The web app (desk and chat) over a store: an SQLite file (its key file beside it),
    or a test's Backend."""
    store = backend_of(db)
    keys = store.keyring or load_keyring(store.path)
    return build_app(profile or load_profile(), store.db, keys)


def conversations(db: Path | Backend) -> list[object]:
    async def read() -> list[object]:
        store = await backend_of(db).open(load_profile().deadlines)
        async with store, store.read() as tx:
            return list(await tx.fetch_all("SELECT key FROM conversations"))

    # In a thread of its own: Playwright's sync API keeps an event loop running here.
    return blocking(read())


def saved(db: Path | Backend, key: str) -> tuple[str | None, int | None]:
    async def read() -> tuple[str | None, int | None]:
        async with await backend_of(db).open(load_profile().deadlines) as store:
            return await store.conversation(key)

    return blocking(read())


def restore(db: Path | Backend, key: str, state: str, seen: int | None) -> None:
    """Put a chat back where it was (a test walks on after checking an exit left nothing)."""

    async def write() -> None:
        async with await backend_of(db).open(load_profile().deadlines) as store:
            await store.save_conversation(key, state, seen)

    blocking(write())


def referrals(db: Path | Backend) -> list[dict[str, object]]:
    async def read() -> list[dict[str, object]]:
        async with await backend_of(db).open(load_profile().deadlines) as store:
            found = []
            for item in await store.open_referrals():
                referral = await store.get_referral(item.reference)
                assert referral is not None
                found.append(
                    {
                        "reference": item.reference,
                        "kind": str(referral.kind),
                        "source": item.source,
                        "channel": referral.channel,
                        "due_at": item.due_at,
                        "details": dict(referral.details),
                        "consent_language": referral.consent.language,
                    }
                )
            return found

    return blocking(read())


@dataclass
class Page:
    status: int
    lang: str = ""
    dir: str = ""
    title: str = ""
    said: list[str] = field(default_factory=list)
    question: str = ""
    buttons: list[tuple[str, str]] = field(default_factory=list)
    field: str | None = None
    turn: str = ""

    @property
    def text(self) -> str:
        return "\n".join([*self.said, self.question])


class _Reader(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self.where: list[str] = []
        self.button: tuple[str, str] | None = None
        self.label: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "html":
            self.page.lang, self.page.dir = a.get("lang") or "", a.get("dir") or ""
        elif tag == "title":
            self.in_title = True
        elif tag == "div" and "rj-said" in classes:
            self.page.said.append("")
            self.where.append("said")
        elif tag == "div" and "rj-question" in classes:
            self.where.append("question")
        elif tag == "button" and a.get("name") == "press":
            self.button = (a.get("value") or "", "")
            self.label = []
        elif tag in ("input", "textarea") and a.get("name") == "answer":
            self.page.field = a.get("inputmode") or tag
        elif tag == "input" and a.get("name") == "turn":
            self.page.turn = a.get("value") or ""
        elif tag == "div":
            self.where.append("div")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "div" and self.where:
            self.where.pop()
        elif tag == "button" and self.button is not None:
            self.page.buttons.append(("".join(self.label).strip(), self.button[0]))
            self.button = None
        elif tag == "p" and self.where and self.where[-1] in ("said", "question"):
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page.title += data
        elif self.button is not None:
            self.label.append(data)
        elif self.where and self.where[-1] in ("said", "question"):
            self._add(data)

    def _add(self, data: str) -> None:
        if self.where[-1] == "said":
            self.page.said[-1] += data
        else:
            self.page.question += data


def read(status: int, html: str) -> Page:
    page = Page(status)
    _Reader(page).feed(html)
    page.said = [s.strip() for s in page.said]
    page.question = page.question.strip()
    return page


class Visitor:
    """One browser at the chat: its cookie jar is the TestClient's."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.page = Page(0)

    def _take(self, response: Any) -> Page:
        self.page = read(response.status_code, response.text)
        return self.page

    def open(self, url: str = "/chat", **headers: str) -> Page:
        return self._take(self.client.get(url, headers=headers))

    def start(self, lang: str = "en", src: str | None = None) -> Page:
        data = {"lang": lang, "website": "", **({"src": src} if src else {})}
        return self._take(self.client.post("/chat/start", data=data))

    def press(self, label: str) -> Page:
        for shown, value in self.page.buttons:
            if shown == label:
                return self.post({"press": value})
        raise AssertionError(f"no button {label!r}; have {[b for b, _ in self.page.buttons]}")

    def type(self, words: str) -> Page:
        assert self.page.field, f"no text box at: {self.page.question[:80]!r}"
        return self.post({"answer": words})

    def post(self, data: dict[str, str]) -> Page:
        return self._take(
            self.client.post("/chat", data={"turn": self.page.turn, "website": "", **data})
        )

    def exit(self) -> Any:
        return self.client.post("/chat/exit", follow_redirects=False)


def walk(visitor: Visitor, steps: list[tuple[str, str]]) -> None:
    for kind, words in steps:
        page = visitor.press(words) if kind == "press" else visitor.type(words)
        assert page.status == 200, (words, page.status)


@contextmanager
def visiting(
    app: Starlette,
    base_url: str = "http://testserver",
    clock: Callable[[], datetime] | None = None,
) -> Iterator[Visitor]:
    with TestClient(app, base_url=base_url) as client:
        if clock is not None:
            client.app.state.web.clock = clock  # type: ignore[attr-defined]
        yield Visitor(client)
