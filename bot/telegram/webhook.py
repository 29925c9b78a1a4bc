"""Webhook mode: Telegram posts each update to us instead of the bot asking for them.

Several instances can run behind one reverse proxy, over one shared store. Each answers a
post only once the update has been handled (state saved, replies sent): a post to an
instance that dies part-way fails, and Telegram posts it again, to whichever instance the
proxy picks; replies saved but never sent by the dead one are said then
(bot/conversation.py). python-telegram-bot's own ``run_webhook`` answers 200 as soon as an update is
queued, and drops what is still queued when it stops, so an instance stopped or killed
there would lose answers Telegram thinks were delivered. An update posted twice is handled
once: each chat keeps the id of the last update it handled.

The secret token (RJBOT_WEBHOOK_SECRET) is sent by Telegram with every post, and every
post without it is refused before anything is read.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal

from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApplication
from tornado.web import HTTPError, RequestHandler

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
# Telegram's limit on posts in flight to one webhook (it allows 1-100).
MAX_CONNECTIONS = 40


class _Posts:
    """The posts being handled, so that a stopping instance finishes them first."""

    def __init__(self) -> None:
        self.handling = 0
        self.draining = False
        self.idle = asyncio.Event()
        self.idle.set()

    async def drain(self) -> None:
        self.draining = True
        await self.idle.wait()


class _Updates(RequestHandler):
    """POST: one update, answered once it has been handled."""

    def initialize(self, bot: Application, secret: str, posts: _Posts) -> None:  # type: ignore[type-arg]
        self.bot = bot
        self.secret = secret.encode()
        self.posts = posts

    async def post(self) -> None:
        if self.posts.draining:
            # Stopping: the proxy hands this post to another instance (or Telegram posts it
            # again), over a kept-alive connection that would otherwise still bring posts.
            raise HTTPError(503)
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            # Never logged with what was sent: a near miss is half a secret.
            raise HTTPError(403)
        try:
            update = Update.de_json(json.loads(self.request.body), self.bot.bot)
        except (ValueError, TypeError, KeyError):
            raise HTTPError(400) from None
        self.posts.handling += 1
        self.posts.idle.clear()
        try:
            # Failures inside handlers go to the error handler, which tells the person; a
            # post fails (and so comes again) only when this instance cannot handle it.
            await self.bot.process_update(update)
        finally:
            self.posts.handling -= 1
            if self.posts.handling == 0:
                self.posts.idle.set()
        self.set_status(200)

    def log_exception(self, *args: object) -> None:
        # Tornado would log the request line and headers (the secret among them).
        logger.warning("webhook post refused or failed")


class _Health(RequestHandler):
    """GET: 200 once the bot is ready, for the proxy and for whoever starts instances."""

    def get(self) -> None:
        self.write("ok\n")


def serve_webhook(
    application: Application,  # type: ignore[type-arg]
    *,
    url: str,
    listen: str,
    port: int,
    secret: str,
    path: str = "/telegram",
) -> None:
    """Run ``application`` in webhook mode until SIGTERM or SIGINT; like ``run_polling``,
    it runs the loop itself (``stop_running`` stops it)."""
    posts = _Posts()
    web = WebApplication(
        [
            (path, _Updates, {"bot": application, "secret": secret, "posts": posts}),
            ("/healthz", _Health),
        ],
        # No access log: what an update says is logged by the bot, without personal data.
        log_function=lambda handler: None,
    )
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = HTTPServer(web)
    try:
        loop.run_until_complete(_start(application, url, secret))
        server.listen(port, listen)
        for sign in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sign, loop.stop)
        logger.info("webhook mode: listening on %s:%d", listen, port)
        loop.run_forever()
    finally:
        server.stop()
        loop.run_until_complete(_stop(application, server, posts))
        loop.close()


async def _start(application: Application, url: str, secret: str) -> None:  # type: ignore[type-arg]
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    # Every instance sets the same URL as it starts; none deletes it as it stops, so the
    # others go on receiving. `rjbot run` without --webhook-url deletes it (polling).
    await application.bot.set_webhook(
        url,
        secret_token=secret,
        max_connections=MAX_CONNECTIONS,
        allowed_updates=Update.ALL_TYPES,
    )
    await application.start()


async def _stop(application: Application, server: HTTPServer, posts: _Posts) -> None:  # type: ignore[type-arg]
    # Posts being handled finish (new ones are turned away) before any connection closes:
    # closing one mid-post would leave an update saved here but never answered.
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(30):
            await posts.drain()
    await asyncio.wait_for(server.close_all_connections(), timeout=10)
    if application.running:
        await application.stop()
    if application.post_stop is not None:
        await application.post_stop(application)
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
