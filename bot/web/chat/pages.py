"""The chat's pages: every step a plain form post answered by a redirect (POST-redirect-GET).

The session cookie holds the chat's code and nothing else; it lasts half an hour from the
last step. What the bot said last is kept in memory only, for the page the redirect shows.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from babel.dates import format_date
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.conversation import Conversations, Result
from bot.flood import TOO_FAST, FloodGate
from bot.profile import ChatSection, ServiceProfile
from bot.web.chat import codes, forms, guard, text
from bot.web.chat.language import chosen, direction
from bot.web.pages import ENV
from bot.web.security import Access, allow
from dialogues.engine import EXIT, render
from dialogues.events import Press, Reply, Start
from dialogues.i18n import available_languages, native_name, translator
from dialogues.state import State

logger = logging.getLogger(__name__)

COOKIE = "chat"
# Short-lived: a phone left unlocked does not reopen the chat an hour later.
COOKIE_SECONDS = 30 * 60
# Pages waiting to be shown after their redirect, at most this many, for this long.
OUTBOX_SIZE = 10_000
OUTBOX_SECONDS = COOKIE_SECONDS
# The header chat.js sends with the posts it makes for the person.
FETCH = "x-chat"


@dataclass
class _Turn:
    replies: list[Reply]
    at: float


class Outbox:
    """The replies of each chat's latest step, until its page is shown (or replaced)."""

    def __init__(self) -> None:
        self._turns: OrderedDict[str, _Turn] = OrderedDict()

    def put(self, key: str, replies: list[Reply]) -> None:
        self._turns[key] = _Turn(replies, time.monotonic())
        self._turns.move_to_end(key)
        while len(self._turns) > OUTBOX_SIZE:
            self._turns.popitem(last=False)

    def get(self, key: str) -> list[Reply] | None:
        turn = self._turns.get(key)
        if turn is None or time.monotonic() - turn.at > OUTBOX_SECONDS:
            return None
        return turn.replies

    def drop(self, key: str) -> None:
        self._turns.pop(key, None)


class WebChat:
    """The chat's routes, over the store and profile the web app holds while it runs
    (``request.app.state.web``); channel ``web``, as ``telegram`` or ``terminal``."""

    def __init__(self) -> None:
        self.outbox = Outbox()
        self.flood = FloodGate(limit=guard.posts_per_10s())
        self._conversations: Conversations | None = None

    def talk(self, request: Request) -> Conversations:
        """One Conversations for the app's store: its per-chat locks keep each chat in order."""
        web: Any = request.app.state.web
        if self._conversations is None or self._conversations.store is not web.store:
            # The app's clock, read at each step (tests move it).
            self._conversations = Conversations(web.store, web.profile, "web", web.now)
        return self._conversations

    def routes(self) -> list[BaseRoute]:
        # Anyone may use the chat: it is for the public, with no account.
        public = allow(Access.PUBLIC)
        return [
            Route("/chat", public(self.show), methods=["GET"]),
            Route("/chat", public(self.answer), methods=["POST"]),
            Route("/chat/start", public(self.start), methods=["POST"]),
            Route("/chat/exit", public(self.exit), methods=["POST"]),
            Route("/chat/code", public(self.code), methods=["GET"]),
            Route("/chat/resume", public(self.resume), methods=["POST"]),
            # Any other chat address, typed or kept in a history, comes back to the chat
            # rather than to the app's "not found" page (which names the desk).
            Route("/chat/{rest:path}", public(self.elsewhere), methods=["GET"]),
        ]

    # -- pages -------------------------------------------------------------------

    async def show(self, request: Request) -> Response:
        """The chat where it got to, or (with no chat) the page that starts one."""
        code = self._code(request)
        saved, seen = (None, None)
        if code is not None:
            saved, seen = await self.talk(request).store.conversation(codes.key_for(code))
        if code is None or saved is None:
            language = chosen(request.query_params.get("lang"), _accept(request))
            return self._landing(request, language, source=request.query_params.get("src"))
        state = State.from_json(saved)
        replies = self.outbox.get(codes.key_for(code))
        if replies is None:
            # A restart or a page opened again later: the question it is at, asked afresh.
            replies = [render(state, self.talk(request).context())]
        page = self._page(
            request,
            "chat/turn.html",
            state.language,
            screen=forms.screen(replies, state, self.talk(request).flows.steps),
            turn=(seen or 0) + 1,
        )
        return self._with_cookie(request, page, code)

    async def elsewhere(self, request: Request) -> Response:
        return self._back_to_chat(request)

    async def code(self, request: Request) -> Response:
        code = self._code(request)
        saved = None
        if code is not None:
            saved, _ = await self.talk(request).store.conversation(codes.key_for(code))
        if code is None or saved is None:
            return self._back_to_chat(request)
        t = translator(State.from_json(saved).language)
        # An untouched draft is deleted after this long (the sweep's retention).
        talk = self.talk(request)
        until = talk.clock() + timedelta(days=talk.profile.retention.drafts_days)
        day = format_date(
            until, format="long", locale="en_GB" if t.language == "en" else t.language
        )
        said = t.gettext(text.CODE).format(code=codes.shown(code), date=day)
        return self._page(
            request,
            "chat/code.html",
            t.language,
            said=forms.paragraphs(said),
        )

    # -- posts -------------------------------------------------------------------

    async def start(self, request: Request) -> Response:
        form, refused = await self._read(request)
        if refused is not None:
            return refused
        language = chosen(form.get("lang"), _accept(request))
        if form.get(forms.HONEYPOT):
            return self._back_to_chat(request)
        code = codes.new_code()
        source = form.get("src", "")[:40]
        event = Start(f"src-{source.lower()}" if source else None)
        result = await self.talk(request).handle(
            codes.key_for(code), event, language=language, update_id=1
        )
        return self._after(request, code, result)

    async def answer(self, request: Request) -> Response:
        form, refused = await self._read(request)
        if refused is not None:
            return refused
        code = self._code(request)
        event = forms.event_of(form)
        if code is None or event is None:
            return self._back_to_chat(request)
        turn = form.get("turn", "")
        result = await self.talk(request).handle(
            codes.key_for(code),
            event,
            update_id=int(turn) if turn.isdigit() and len(turn) < 10 else None,
        )
        return self._after(request, code, result)

    async def exit(self, request: Request) -> Response:
        """Quick exit: the chat is deleted, the cookie cleared, and the neutral site shown.

        Never refused (not for size, speed or origin): leaving must always work. A post
        from another site carries no cookie (SameSite=Strict), so it cannot delete a chat.
        """
        code = self._code(request)
        if code is not None:
            key = codes.key_for(code)
            self.outbox.drop(key)
            # The engine's own quick exit: the conversation deleted, no survey ever sent.
            await self.talk(request).handle(key, Press(EXIT))
        return self._leave(request)

    async def resume(self, request: Request) -> Response:
        form, refused = await self._read(request)
        if refused is not None:
            return refused
        language = chosen(form.get("lang"), _accept(request))
        code = codes.read(form.get("code", ""))
        saved = None
        if code is not None and not form.get(forms.HONEYPOT):
            saved, _ = await self.talk(request).store.conversation(codes.key_for(code))
        if code is None or saved is None:
            return self._landing(request, language, error=True, status_code=400)
        return self._with_cookie(request, RedirectResponse("/chat", 303), code)

    # -- the parts ---------------------------------------------------------------

    async def _read(self, request: Request) -> tuple[dict[str, str], Response | None]:
        """The post's fields, or the page that refuses it (another site, too fast, too big)."""
        if not guard.same_origin(request):
            return {}, self._plain(request, 403, None)
        allowed = self.flood.allow(guard.client_of(request))
        if not allowed:
            return {}, self._plain(request, 429, TOO_FAST)
        try:
            return await guard.form_of(request), None
        except guard.TooLarge:
            return {}, self._plain(request, 413, text.TOO_LONG)

    def _after(self, request: Request, code: str, result: Result) -> Response:
        key = codes.key_for(code)
        if result.quick_exit:
            self.outbox.drop(key)
            return self._leave(request)
        if not result.duplicate:
            self.outbox.put(key, result.replies)
        if result.notices:
            # The queue has it; the team's chat is told by the Telegram channel's sweep.
            logger.info("%d web referral(s) received", len(result.notices))
        return self._with_cookie(request, RedirectResponse("/chat#question", 303), code)

    def _leave(self, request: Request) -> Response:
        response: Response
        if request.headers.get(FETCH) == "fetch":
            # chat.js asked: it cannot follow a redirect to another site, so it is told.
            response = Response(status_code=204, headers={"X-Chat-Left": "1"})
        else:
            response = RedirectResponse(_chat(request).quick_exit_url, 303)
        response.delete_cookie(COOKIE, path="/chat", httponly=True, samesite="strict")
        # Asks the browser to forget this site's cookies and storage too (where it can; not
        # "cache": pages are never cached, and clearing it can hold up the way out).
        response.headers["Clear-Site-Data"] = '"cookies", "storage"'
        return _private(request, response)

    def _landing(
        self,
        request: Request,
        language: str,
        *,
        source: str | None = None,
        error: bool = False,
        status_code: int = 200,
    ) -> Response:
        return self._page(
            request,
            "chat/start.html",
            language,
            status_code=status_code,
            source=(source or "")[:40],
            error=error,
            languages=[(code, native_name(code)) for code in available_languages()],
        )

    def _plain(self, request: Request, status: int, message: str | None) -> Response:
        language = chosen(None, _accept(request))
        words = translator(language).gettext(message) if message else ""
        return self._page(request, "chat/refused.html", language, status_code=status, said=words)

    def _page(
        self,
        request: Request,
        template: str,
        language: str,
        *,
        status_code: int = 200,
        **context: Any,
    ) -> Response:
        t = translator(language)
        # The web app's one template environment; the chat's words come from the people's
        # catalog (messages), not the desk's.
        page = ENV.get_template(template).render(
            {
                "lang": t.language,
                "dir": direction(t.language),
                "t": {name: t.gettext(getattr(text, name)) for name in _WORDS},
                "exit_to": _chat(request).quick_exit_url,
                "honeypot": forms.HONEYPOT,
                **context,
            }
        )
        return _private(request, HTMLResponse(page, status_code=status_code))

    def _with_cookie(self, request: Request, response: Response, code: str) -> Response:
        response.set_cookie(
            COOKIE,
            code,
            max_age=COOKIE_SECONDS,
            path="/chat",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return _private(request, response)

    def _back_to_chat(self, request: Request) -> Response:
        return _private(request, RedirectResponse("/chat", 303))

    @staticmethod
    def _code(request: Request) -> str | None:
        return codes.read(request.cookies.get(COOKIE, ""))


_WORDS = tuple(name for name in dir(text) if name.isupper())


def _chat(request: Request) -> ChatSection:
    web: Any = request.app.state.web
    profile: ServiceProfile = web.profile
    return profile.chat


def _private(request: Request, response: Response) -> Response:
    chat = _chat(request)
    return guard.private(response, exit_to=chat.quick_exit_url, embed_on=chat.embed_on)


def _accept(request: Request) -> str | None:
    return request.headers.get("accept-language")
