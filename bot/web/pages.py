"""Rendering a page: one Jinja2 environment, the desk's language, the CSRF token.

Templates live in bot/web/templates/ (``base.html``, ``desk/``, and the web chat's own
folder); each page extends ``base.html``. Desk wording is marked ``D_("...")`` in the
templates and comes from the desk catalog, so staff read it in their own language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from bot.staff.text import DESK, desk_translator, when
from bot.web.security import (
    BACKGROUND_HX_HEADERS,
    CSRF_FIELD,
    IDLE_KEY,
    csrf_token,
    keep_csrf,
    return_path,
    sign_in_url,
    signed_in,
)
from dialogues.i18n import Translator, available_languages, native_name

TEMPLATES = Path(__file__).resolve().parent / "templates"
LANGUAGE_COOKIE = "rjbot_lang"
# Languages written right to left, for <html dir>.
RTL = frozenset({"ar", "ur", "fa", "he", "ps"})

ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def desk_languages() -> tuple[str, ...]:
    """The desk is offered in English and every language whose desk catalog is complete."""
    return available_languages(DESK)


def language_of(request: Request) -> str:
    """Signed-in staff read their own language; anyone else their choice or their browser's."""
    member = signed_in(request)
    offered = desk_languages()
    if member is not None and member.language in offered:
        return str(member.language)
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    if chosen in offered:
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().split("-")[0].lower()
        if code in offered:
            return code
    return "en"


def translator_for(request: Request) -> Translator:
    return desk_translator(language_of(request))


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status: int = 200
) -> Response:
    """A page in the reader's language, with their CSRF token for its forms."""
    t = translator_for(request)
    # A signed-in desk page warns before the idle sign-out, and comes back here after it.
    idle = request.scope.get(IDLE_KEY)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    back = return_path(request, here) if idle else ""
    page = ENV.get_template(template).render(
        {
            "D_": t.gettext,
            "lang": t.language,
            "dir": "rtl" if t.language in RTL else "ltr",
            "languages": [(code, native_name(code)) for code in desk_languages()],
            "csrf_field": CSRF_FIELD,
            "csrf": csrf_token(request),
            "me": signed_in(request),
            "path": request.url.path,
            "idle": idle,
            "here": back,
            "ended_url": sign_in_url("idle", back) if idle else "",
            "background": BACKGROUND_HX_HEADERS,
            "when": lambda moment: when(moment, t),
            **(context or {}),
        }
    )
    response = HTMLResponse(page, status_code=status)
    keep_csrf(request, response)
    return response
