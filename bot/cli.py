"""``rjbot``: run the Telegram bot, chat in the terminal, see the queue, export."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot import logs
from bot.config import DEFAULT_DB, ConfigError, TelegramSettings, keyring, telegram_settings
from bot.conversation import Conversations
from bot.desk_views import ON_TRACK, OVERDUE, SOON, due_state
from bot.notices import when
from bot.profile import ProfileError, ServiceProfile, load_profile
from referral_store import Store
from referral_store.audit import os_user
from referral_store.crypto import DataKeyError
from referral_store.desk import Desk, DeskError, operator_audit

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="A chat bot for restorative justice services.",
    pretty_exceptions_enable=False,
)
profile_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Service profiles.")
app.add_typer(profile_app, name="profile")

T = TypeVar("T")
err = Console(stderr=True, highlight=False)


@dataclass(frozen=True)
class Options:
    db: Path
    profile_path: Path | None

    def profile(self) -> ServiceProfile:
        return load_profile(self.profile_path)


def fail(message: str) -> typer.Exit:
    err.print(f"[red]rjbot:[/red] {escape(message)}", markup=True, soft_wrap=True)
    return typer.Exit(2)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path, typer.Option(envvar="RJBOT_DB", help="The SQLite file the service keeps.")
    ] = DEFAULT_DB,
    profile: Annotated[
        Path | None,
        typer.Option(
            envvar="RJBOT_PROFILE",
            help="Service profile: a TOML file or a bundled name (e.g. west-midlands).",
        ),
    ] = None,
) -> None:
    ctx.obj = Options(db, profile)


def options_of(ctx: typer.Context) -> Options:
    assert isinstance(ctx.obj, Options)
    return ctx.obj


def profile_of(options: Options) -> ServiceProfile:
    try:
        return options.profile()
    except ProfileError as error:
        raise fail(str(error)) from None


def cli_actor() -> str:
    """Who runs a command, for the audit log when no --as is given."""
    return f"cli:{os_user()}"


def staff_id_option(value: int | None) -> int | None:
    """A staff id within SQLite's range: anything else is one line, not an OverflowError."""
    if value is not None and not 1 <= value <= MAX_ID:
        raise fail(f"--as {value} is not a staff id (see: rjbot staff list)")
    return value


MAX_ID = 2**63 - 1
AsOperator = Annotated[
    int | None,
    typer.Option(
        "--as",
        help="Your staff id, named in the audit log (see: rjbot staff list).",
        callback=staff_id_option,
    ),
]


async def operator(store: Store, staff_id: int | None) -> str:
    """The audit log's actor for an operator's command: --as, else the logged-in user."""
    if staff_id is None:
        return cli_actor()
    member = await Desk(store).by_id(staff_id)
    if member is None:
        raise DeskError(f"No member of staff with id {staff_id}. See: rjbot staff list")
    return member.actor


async def _audit_profile(store: Store, profile: ServiceProfile) -> None:
    """Note in the audit log when a command runs under a different service profile."""
    digest = hashlib.sha256(profile.model_dump_json().encode()).hexdigest()[:16]
    detail = f"{profile.service.name} ({digest})"
    async with store._lock:
        rows = list(
            await store._db.execute_fetchall(
                "SELECT detail FROM audit WHERE action = 'profile-load' ORDER BY id DESC LIMIT 1"
            )
        )
    if not rows or rows[0][0] != detail:
        await operator_audit(store, cli_actor(), "profile-load", detail)


def with_store(options: Options, work: Callable[[Store], Awaitable[T]]) -> T:
    profile = profile_of(options)
    check_db_path(options.db)
    try:
        keys = keyring(options.db)
    except ConfigError as error:
        raise fail(str(error)) from None

    async def run() -> T:
        async with await Store.open(options.db, profile.deadlines, keys) as store:
            await _audit_profile(store, profile)
            return await work(store)

    try:
        return asyncio.run(run())
    except DataKeyError as error:
        raise fail(f"data key: {error}") from None
    except DeskError as error:
        raise fail(str(error)) from None
    except sqlite3.DatabaseError as error:
        raise fail(f"{options.db} cannot be used: {error}") from None


SQLITE_HEADER = b"SQLite format 3\x00"


def check_db_path(db: Path) -> None:
    """A --db that cannot be a store is one line, before any key file is made for it."""
    if db.is_dir():
        raise fail(f"--db {db} is a folder: give the database file, e.g. {db / 'rjbot.sqlite3'}")
    if not db.parent.is_dir():
        raise fail(f"the folder {db.parent} (for --db) does not exist: make it first")
    if db.exists() and db.stat().st_size > 0:
        try:
            with db.open("rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise fail(f"cannot read {db}: {error.strerror}") from None
        if head != SQLITE_HEADER:
            raise fail(f"{db} is not an rjbot database (not an SQLite file): check --db")


def check_store(options: Options) -> None:
    """Open the store once before a long-running server starts: a wrong key stops it here."""

    async def nothing(store: Store) -> None:
        return None

    with_store(options, nothing)


@app.command()
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


@app.command()
def run(ctx: typer.Context) -> None:
    """Run the Telegram bot (needs RJBOT_TELEGRAM_TOKEN)."""
    from telegram.error import InvalidToken, NetworkError

    from bot.telegram_app import build_application

    options = options_of(ctx)
    profile = profile_of(options)
    try:
        settings = telegram_settings()
    except ConfigError as error:
        raise fail(str(error)) from None
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
    application = build_application(settings, profile, options.db, keyring=keys)
    application.run_polling(poll_interval=_poll_interval())


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


@app.command()
def actions(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 5055,
) -> None:
    """Run the Rasa action server (/webhook, /health, /actions) over the same store.

    Rasa must send RJBOT_ACTIONS_TOKEN (see dialogues/rasa/endpoints.yml); without it the
    server listens on loopback only.
    """
    from bot.rasa_actions import TokenError, actions_token, build_app

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


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {table}" for table, n in counts.items() if n) or "nothing"


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[
        ExportFormat,
        typer.Option("--format", help="json: one JSON Lines file; csv: a folder of tables."),
    ] = ExportFormat.JSON,
    out: Annotated[
        Path | None,
        typer.Option(help="File (json) or folder (csv) to write; json defaults to stdout."),
    ] = None,
    seal: Annotated[
        bool,
        typer.Option(
            "--seal",
            help="Encrypt the file with the passphrase in RJBOT_EXPORT_PASSPHRASE (json only).",
        ),
    ] = False,
    staff_id: AsOperator = None,
) -> None:
    """Write everything the service holds, for a new provider (docs/export.md).

    The export holds every person's details: seal it (--seal), or keep it as safe as the
    database, and delete it once it is loaded.
    """
    import os

    from bot.private_files import open_private, private_folder
    from bot.sealed_file import SealedWriter
    from bot.transfer_files import write_csv, write_jsonl
    from referral_store.transfer import export_rows

    options = options_of(ctx)
    passphrase = os.environ.get("RJBOT_EXPORT_PASSPHRASE", "")
    if seal and (format is not ExportFormat.JSON or out is None):
        raise fail("--seal writes one JSON Lines file: use --format json with --out FILE")
    if seal and len(passphrase) < 12:
        raise fail("--seal needs a passphrase of at least 12 characters in RJBOT_EXPORT_PASSPHRASE")
    if format is ExportFormat.CSV:
        if out is None:
            raise fail("a CSV export is a folder of files: give one with --out")
        if out.exists() and not out.is_dir():
            raise fail(f"{out} is a file: a CSV export needs a folder")
        try:
            private_folder(out)
        except OSError as error:
            raise fail(f"cannot write to {out}: {error.strerror}") from None
    elif out is not None:
        if out.is_dir():
            raise fail(f"{out} is a folder: give a file name, e.g. {out / 'export.jsonl'}")
        if not out.parent.is_dir():
            raise fail(f"the folder {out.parent} does not exist: make it first, or choose another")

    async def write(store: Store) -> dict[str, int]:
        if format is ExportFormat.CSV:
            assert out is not None
            return await write_csv(export_rows(store), out)
        if out is None:
            return await write_jsonl(export_rows(store), sys.stdout)
        if seal:
            with open_private(out, "wb") as handle:
                sealed = SealedWriter(handle, passphrase)
                counts = await write_jsonl(export_rows(store), sealed)
                sealed.close()
                return counts
        with open_private(out, "w", encoding="utf-8") as stream:
            return await write_jsonl(export_rows(store), stream)

    async def work(store: Store) -> dict[str, int]:
        actor = await operator(store, staff_id)
        counts = await write(store)
        kind = f"{format}{' sealed' if seal else ''}"
        await operator_audit(store, actor, "export", f"{kind}: {_counted(counts)}")
        return counts

    counts = with_store(options, work)
    total = ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    err.print(
        f"Exported {total or 'nothing (the store is empty)'}" + (f" to {out}." if out else ".")
    )


@app.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help="A JSON Lines export file or a CSV folder.")],
    staff_id: AsOperator = None,
) -> None:
    """Load an export into a new, empty database (all of it, or nothing)."""
    import os

    from bot.transfer_files import read_csv, read_jsonl
    from referral_store.transfer import ImportError_, import_rows

    options = options_of(ctx)
    if not source.exists():
        raise fail(f"{source} does not exist")
    if not source.is_dir() and not source.is_file():
        raise fail(f"{source} is not a file or a folder: give an export file or a CSV folder")
    passphrase = os.environ.get("RJBOT_EXPORT_PASSPHRASE")
    records = read_csv(source) if source.is_dir() else read_jsonl(source, passphrase)

    async def work(store: Store) -> dict[str, int]:
        counts = await import_rows(store, records)
        # After the import: the staff it brought are who --as may name.
        actor = await operator(store, staff_id)
        await operator_audit(store, actor, "import", f"{source.name}: {_counted(counts)}")
        return counts

    try:
        counts = with_store(options, work)
    except ImportError_ as error:
        raise fail(f"nothing was imported: {error}") from None
    except OSError as error:
        raise fail(f"nothing was imported: cannot read {source} ({error.strerror})") from None
    total = ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    err.print(f"Imported {total or 'nothing (the export is empty)'} into {options.db}.")


@app.command()
def queue(ctx: typer.Context) -> None:
    """Open referrals by first-contact deadline, soonest first (no personal details)."""
    options = options_of(ctx)
    items = with_store(options, lambda store: store.open_referrals())
    now = datetime.now(UTC)
    policy = profile_of(options).deadlines
    header = ("Reference", "Type", "Priority", "Status", "Received", "Contact by", "Due")
    rows = [
        (
            item.reference,
            f"{item.kind}-initiated",
            str(item.priority),
            str(item.status),
            when(item.received_at),
            when(item.due_at),
            "contacted" if item.first_contact_at else due_state(item.due_at, now, policy),
        )
        for item in items
    ]
    if not sys.stdout.isatty():
        # Piped: one tab-separated line per referral, for scripts and mail.
        for row in (header, *rows):
            print("\t".join(row))
        return
    table = Table(title=f"Open referrals: {len(items)}", title_justify="left")
    for column in header:
        table.add_column(column, no_wrap=True)
    colours = {OVERDUE: "red", SOON: "yellow", ON_TRACK: "green"}
    for row in rows:
        table.add_row(*row, style=colours.get(row[-1]))
    Console(highlight=False).print(table)


@profile_app.command("check")
def profile_check(path: Path) -> None:
    """Check a service profile and say what is wrong with it."""
    try:
        profile = load_profile(path)
    except ProfileError as error:
        raise fail(str(error)) from None
    rules = profile.rules()
    deadlines = profile.deadlines
    print(f"{path}: OK - {rules.service_name}")
    print(f"  areas: {', '.join(a.name for a in rules.areas) or 'none'}")
    print(
        f"  first contact: standard {deadlines.standard.describe()}, "
        f"enhanced {deadlines.enhanced.describe()}; {deadlines.nation} bank holidays"
    )
    print(
        f"  people harmed under {rules.minimum_age}: {rules.under_age}; "
        f"person responsible under 18: {rules.youth_offender}; "
        f"out of scope: {', '.join(sorted(rules.out_of_scope)) or 'nothing'}"
    )


def main() -> None:
    # The desk's commands register themselves on ``app`` when imported.
    # Typer's own errors (an unknown option, a number that is not one) are a boxed
    # usage message; here they are one line, like every other refusal.
    from typer._click.exceptions import NoArgsIsHelpError, UsageError

    import bot.cli_desk
    import bot.cli_report  # noqa: F401

    try:
        code = app(standalone_mode=False)
    except NoArgsIsHelpError as error:
        error.show()
        sys.exit(2)
    except UsageError as error:
        command = error.ctx.command_path if error.ctx else "rjbot"
        err.print(
            f"[red]rjbot:[/red] {escape(error.format_message())} (see: {escape(command)} --help)",
            markup=True,
            soft_wrap=True,
        )
        sys.exit(2)
    except typer.Abort:
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
