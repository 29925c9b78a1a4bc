"""Joining, two-factor, signing in and out: the pages around referral_store/accounts.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import segno
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from bot.staff.text import D_, LONDON
from bot.web.desk.session import IDLE_MINUTES, SESSION, SESSION_COOKIE, SETUP, STAFF
from bot.web.pages import LANGUAGE_COOKIE, desk_languages, render, translator_for
from bot.web.security import (
    CSRF_COOKIE,
    IDLE_KEY,
    Access,
    allow,
    checked_form,
    clear_cookie,
    local_path,
    return_path,
    set_cookie,
    signed_in,
)
from referral_store import accounts
from referral_store.accounts import AccountError
from referral_store.desk import Desk

# Translators: speaks to the reader; no gendered forms (docs/languages.md).
NO_CODE = D_("Enter the 6-digit code from your authenticator app.")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
NO_NAME = D_("Enter your name.")
NOT_SAME = D_("The two passwords are not the same.")
# Why the sign-in page opened: the desk's own warning ran out, or the server found the
# session gone (the idle limit, the 12 hours, or "sign out everywhere").
ENDED = {
    # Translators: {minutes} is 30.
    "idle": D_("The session ended after {minutes} minutes without activity, to keep cases safe."),
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    "session": D_("The session has ended, to keep cases safe. Sign in again to carry on."),
}
DESK_START = "/queue"


def web_of(request: Request) -> Any:
    return request.app.state.web


def _text(form: Any, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


def _explained(request: Request, error: AccountError) -> str:
    """A refusal in the reader's language; a time as the clock on their wall reads it."""
    params = {
        key: value.astimezone(LONDON).strftime("%H:%M") if isinstance(value, datetime) else value
        for key, value in error.params.items()
    }
    return translator_for(request).gettext(error.template).format(**params)


def _signed_in_response(request: Request, session_id: str, to: str) -> Response:
    """Go on signed in: the new session's cookie, and a new CSRF token for it."""
    response = RedirectResponse(to, status_code=303)
    set_cookie(response, request, SESSION_COOKIE, session_id)
    clear_cookie(response, request, CSRF_COOKIE)
    return response


def _sign_in_form(
    request: Request, errors: dict[str, str], username: str, back: str, status: int = 200
) -> Response:
    ended = ENDED.get(request.query_params.get("ended", ""))
    said = translator_for(request).gettext(ended).format(minutes=IDLE_MINUTES) if ended else ""
    context = {"errors": errors, "username": username, "back": back, "ended": said}
    return render(request, "desk/sign_in.html", context, status=status)


@allow(Access.PUBLIC)
async def sign_in_page(request: Request) -> Response:
    """Sign in; ``next`` (a desk page, never another site) is where to go afterwards."""
    back = return_path(request, request.query_params.get("next", ""))
    if signed_in(request):
        return RedirectResponse(back or DESK_START, status_code=303)
    return _sign_in_form(request, {}, "", back)


@allow(Access.PUBLIC)
async def sign_in(request: Request) -> Response:
    form = await checked_form(request)
    username, password, code = (_text(form, k) for k in ("username", "password", "code"))
    back = return_path(request, _text(form, "next"))
    web = web_of(request)
    store = web.store
    try:
        found = await accounts.sign_in(store, username, password, code, now=web.now())
    except AccountError as error:
        errors = {"username": _explained(request, error)}
        return _sign_in_form(request, errors, username, back, status=400)
    session_id = await accounts.open_session(store, found.staff.id, found.purpose, now=web.now())
    return _signed_in_response(
        request, session_id, (back or DESK_START) if found.purpose == "desk" else "/two-factor"
    )


@allow(Access.PUBLIC)
async def join_page(request: Request) -> Response:
    code = request.path_params["code"]
    web = web_of(request)
    valid, linked = await accounts.invite_for(web.store, code, now=web.now())
    if not valid:
        return render(request, "desk/join_gone.html", status=410)
    context = {"errors": {}, "values": {}, "code": code, "linked": linked}
    return render(request, "desk/join.html", context)


@allow(Access.PUBLIC)
async def join(request: Request) -> Response:
    code = request.path_params["code"]
    form = await checked_form(request)
    values = {k: _text(form, k) for k in ("name", "username")}
    password, again = _text(form, "password"), _text(form, "password_again")
    t = translator_for(request)
    errors: dict[str, str] = {}
    web = web_of(request)
    _, linked = await accounts.invite_for(web.store, code, now=web.now())
    if linked is None and not values["name"].strip():
        errors["name"] = t.gettext(NO_NAME)
    if password != again:
        errors["password"] = t.gettext(NOT_SAME)
    if not errors:
        try:
            staff = await accounts.join(
                web.store,
                code,
                values["name"],
                values["username"],
                password,
                language=t.language,
                service=web.profile.service.name,
                now=web.now(),
            )
        except AccountError as error:
            if error.template == accounts.INVITE_GONE:
                return render(request, "desk/join_gone.html", status=410)
            field = (
                "username"
                if error.template in (accounts.TAKEN, accounts.BAD_USERNAME)
                else "password"
            )
            errors[field] = _explained(request, error)
    if errors:
        context = {"errors": errors, "values": values, "code": code, "linked": linked}
        return render(request, "desk/join.html", context, status=400)
    session_id = await accounts.open_session(web.store, staff.id, "setup", now=web.now())
    return _signed_in_response(request, session_id, "/two-factor")


@allow(Access.PUBLIC)
async def two_factor_page(request: Request) -> Response:
    """Set up two-factor: a QR code drawn here (no image service), and the key as text."""
    staff = request.scope.get(SETUP)
    if staff is None:
        return RedirectResponse("/sign-in", status_code=303)
    return await _two_factor(request, staff, {})


async def _two_factor(request: Request, staff: Any, errors: dict[str, str]) -> Response:
    web = web_of(request)
    secret = await accounts.pending_secret(web.store, staff.id)
    if secret is None:
        secret = await accounts.start_two_factor(web.store, staff.id)
    logins = await accounts.logins(web.store)
    uri = accounts.totp_uri(secret, logins[staff.id].username, web.profile.service.name)
    qr = segno.make(uri, error="m").svg_inline(scale=5, title=None, svgclass="rjbot-qr-code")
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    context = {"qr": qr, "secret": grouped, "errors": errors}
    return render(request, "desk/two_factor.html", context, status=400 if errors else 200)


@allow(Access.PUBLIC)
async def two_factor(request: Request) -> Response:
    form = await checked_form(request)
    staff = request.scope.get(SETUP)
    if staff is None:
        return RedirectResponse("/sign-in", status_code=303)
    web = web_of(request)
    store = web.store
    codes = await accounts.finish_two_factor(store, staff.id, _text(form, "code"), now=web.now())
    if codes is None:
        return await _two_factor(request, staff, {"code": translator_for(request).gettext(NO_CODE)})
    old = request.scope.get(SESSION, "")
    await accounts.end_session(store, old)
    session_id = await accounts.open_session(store, staff.id, "desk", now=web.now())
    request.scope[STAFF] = staff
    response = render(request, "desk/recovery_codes.html", {"codes": codes})
    set_cookie(response, request, SESSION_COOKIE, session_id)
    return response


@allow(Access.STAFF)
async def account_page(request: Request) -> Response:
    return render(request, "desk/account.html")


@allow(Access.STAFF)
async def sign_out(request: Request) -> Response:
    await checked_form(request)
    await accounts.end_session(web_of(request).store, request.scope.get(SESSION, ""))
    request.scope.pop(STAFF, None)
    response = render(request, "desk/signed_out.html", {"everywhere": False})
    clear_cookie(response, request, SESSION_COOKIE)
    return response


@allow(Access.STAFF)
async def sign_out_everywhere(request: Request) -> Response:
    await checked_form(request)
    me = signed_in(request)
    await accounts.end_all_sessions(web_of(request).store, me.id, me.actor)
    request.scope.pop(STAFF, None)
    response = render(request, "desk/signed_out.html", {"everywhere": True})
    clear_cookie(response, request, SESSION_COOKIE)
    return response


@allow(Access.STAFF)
async def keep_session(request: Request) -> Response:
    """The "Stay signed in" button of the warning before the idle sign-out.

    Being a request the person made (not a background one), it has already kept the session
    alive on its way in (bot/web/desk/session.py); this says for how long. desk.js asks for
    that as JSON; a plain form post goes back to the page it came from.
    """
    form = await checked_form(request)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"left": request.scope[IDLE_KEY].left})
    return RedirectResponse(return_path(request, _text(form, "back")) or DESK_START, 303)


@allow(Access.PUBLIC)
async def choose_language(request: Request) -> Response:
    """The desk's language: kept on the account when signed in, else in a cookie."""
    form = await checked_form(request)
    language = _text(form, "language")
    back = _text(form, "back")
    if language not in desk_languages():
        language = "en"
    me = signed_in(request)
    if me is not None:
        request.scope[STAFF] = await Desk(web_of(request).store).set_language(me, language)
    response = RedirectResponse(back if local_path(back) else "/", status_code=303)
    set_cookie(response, request, LANGUAGE_COOKIE, language, max_age=365 * 24 * 3600)
    return response
