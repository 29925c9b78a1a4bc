"""Webhook mode: Telegram posts each update to us instead of the bot asking for them.

Several instances can run behind one reverse proxy, over one shared store. Each answers a
post only once the update has been handled (replies sent, state saved): a post to an
instance that dies part-way fails, and Telegram posts it again, to whichever instance the
proxy picks. python-telegram-bot's own ``run_webhook`` answers 200 as soon as an update is
queued, and drops what is still queued when it stops, so an instance stopped or killed
there would lose answers Telegram thinks were delivered. An update posted twice is handled
once: each chat keeps the id of the last update it handled.

The secret token (RJBOT_WEBHOOK_SECRET) is sent by Telegram with every post, and every
post without it is refused before anything is read.
"""

from __future__ import annotations

import asyncio
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


class _Updates(RequestHandler):
    """POST: one update, answered once it has been handled."""

    def initialize(self, bot: Application, secret: str) -> None:  # type: ignore[type-arg]
        self.bot = bot
        self.secret = secret.encode()

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            # Never logged with what was sent: a near miss is half a secret.
            raise HTTPError(403)
        try:
            update = Update.de_json(json.loads(self.request.body), self.bot.bot)
        except (ValueError, TypeError, KeyError):
            raise HTTPError(400) from None
        # Failures inside handlers go to the error handler, which tells the person; a post
        # is failed (and so sent again) only when this instance cannot handle it at all.
        await self.bot.process_update(update)
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
    web = WebApplication(
        [
            (path, _Updates, {"bot": application, "secret": secret}),
            ("/healthz", _Health),
        ],
        log_function=lambda handler: None,  # no access log: request lines name chats' paths
    )
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = HTTPServer(web, xheaders=True)
    try:
        loop.run_until_complete(_start(application, url, secret))
        server.listen(port, listen)
        for sign in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sign, loop.stop)
        logger.info("webhook mode: listening on %s:%d", listen, port)
        loop.run_forever()
    finally:
        server.stop()
        loop.run_until_complete(_stop(application, server))
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


async def _stop(application: Application, server: HTTPServer) -> None:  # type: ignore[type-arg]
    # Posts still being handled finish (or time out at Telegram, which then sends them again).
    await asyncio.wait_for(server.close_all_connections(), timeout=30)
    if application.running:
        await application.stop()
    if application.post_stop is not None:
        await application.post_stop(application)
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
