"""``rjbot chat | run | actions | web``: the channels, each started over the same store."""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated
from urllib.parse import urlsplit

import typer

from bot import logs
from bot.cli.common import (
    check_store,
    err,
    fail,
    options_of,
    profile_of,
    with_store,
)
from bot.config import ConfigError, TelegramSettings, keyring, telegram_settings, webhook_secret
from bot.conversation import Conversations
from referral_store import Store

commands = typer.Typer()


@commands.command()
def chat(
    ctx: typer.Context,
    lang: Annotated[str | None, typer.Option(help="Language code, e.g. cy or pl.")] = None,
    resume: Annotated[
        str | None, typer.Option(help="Carry on a chat, by the code shown when it ended.")
    ] = None,
) -> None:
    """Talk to the bot in this terminal (no Telegram needed); each run is a new chat."""
    from bot.terminal import CODE, new_code
    from bot.terminal import chat as run_chat

    options = options_of(ctx)
    profile = profile_of(options)
    if resume is not None and not CODE.fullmatch(resume):
        raise fail("--resume takes the code shown when a chat ended")
    code = resume or new_code()

    async def work(store: Store) -> bool:
        return await run_chat(Conversations(store, profile, "terminal"), language=lang, code=code)

    try:
        left_in_a_hurry = with_store(options, work)
    except KeyboardInterrupt:
        sys.stdout.write("\n")
        left_in_a_hurry = False
    if not left_in_a_hurry:
        # Never after a quick exit: it would leave a trace of the chat on the screen.
        err.print(f"To carry on this chat later: rjbot chat --resume {code}", soft_wrap=True)


@commands.command()
def run(
    ctx: typer.Context,
    webhook_url: Annotated[
        str | None,
        typer.Option(
            help="Receive updates by webhook at this public HTTPS URL (the proxy's), "
            "instead of polling. Needs RJBOT_WEBHOOK_SECRET."
        ),
    ] = None,
    listen: Annotated[str, typer.Option(help="Webhook mode: address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Webhook mode: port.")] = 8443,
) -> None:
    """Run the Telegram bot (needs RJBOT_TELEGRAM_TOKEN)."""
    from telegram.error import InvalidToken, NetworkError

    from bot.telegram import build_application, serve_webhook

    options = options_of(ctx)
    profile = profile_of(options)
    try:
        settings = telegram_settings()
        secret = None if webhook_url is None else webhook_secret()
    except ConfigError as error:
        raise fail(str(error)) from None
    if webhook_url is not None and urlsplit(webhook_url).scheme not in ("https", "http"):
        raise fail("--webhook-url must be a full URL, such as https://bot.example.org/telegram")
    check_store(options)
    try:
        asyncio.run(_check_token(settings))
    except InvalidToken:
        raise fail(
            "Telegram rejected the token in RJBOT_TELEGRAM_TOKEN. Check it with @BotFather."
        ) from None
    except NetworkError as error:
        raise fail(
            f"cannot reach the Telegram Bot API ({type(error).__name__}). "
            "Check the network or RJBOT_TELEGRAM_API_URL."
        ) from None
    logs.configure()
    try:
        keys = keyring(options.db)
    except ConfigError as error:
        raise fail(str(error)) from None
    application = build_application(
        settings, profile, options.db, keyring=keys, shared=webhook_url is not None
    )
    if webhook_url is None or secret is None:
        application.run_polling(poll_interval=_poll_interval())
        return
    serve_webhook(
        application,
        url=webhook_url,
        listen=listen,
        port=port,
        secret=secret,
        path=urlsplit(webhook_url).path or "/",
    )


async def _check_token(settings: TelegramSettings) -> None:
    """Ask Telegram who we are before starting, so a bad token is one clear line."""
    from telegram import Bot

    bot = Bot(settings.token, base_url=settings.api_url or "https://api.telegram.org/bot")
    async with bot:
        pass


def _poll_interval() -> float:
    import os

    try:
        return float(os.environ.get("RJBOT_POLL_INTERVAL", "0"))
    except ValueError:
        return 0.0


@commands.command()
def actions(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 5055,
) -> None:
    """Run the Rasa action server (/webhook, /health, /actions) over the same store.

    Rasa must send RJBOT_ACTIONS_TOKEN (see dialogues/rasa/endpoints.yml); without it the
    server listens on loopback only.
    """
    from bot.rasa import TokenError, actions_token, build_app

    options = options_of(ctx)
    profile = profile_of(options)
    check_store(options)
    try:
        token = actions_token(host)
    except TokenError as error:
        raise fail(str(error)) from None
    try:
        keys = keyring(options.db)
    except ConfigError as error:
        raise fail(str(error)) from None
    logs.configure()
    server = build_app(profile, options.db, keys, token=token)
    server.run(host=host, port=port, single_process=True, access_log=False, motd=False)


@commands.command()
def web(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8080,
) -> None:
    """Run the web desk (and web chat) over the same store; put it behind https (docs/deploy.md)."""
    from bot.web import serve

    options = options_of(ctx)
    profile = profile_of(options)
    check_store(options)
    try:
        keys = keyring(options.db)
    except ConfigError as error:
        raise fail(str(error)) from None
    logs.configure()
    serve(profile, options.db, keys, host, port)
