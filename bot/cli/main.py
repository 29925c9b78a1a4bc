"""``rjbot``: every command group, assembled in one place.

Each module of ``bot/cli/`` is one group with its own ``commands`` app; this module adds
their commands to the one ``rjbot`` app, so no group imports another or this module.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from bot.cli import desk, queue, report, serve, transfer
from bot.cli import profile as profile_commands
from bot.cli.common import Options, err
from bot.config import DEFAULT_DB
from referral_store.store import is_database_url

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="A chat bot for restorative justice services.",
    pretty_exceptions_enable=False,
)
for group in (serve, queue, desk, report, transfer, profile_commands):
    app.registered_commands.extend(group.commands.registered_commands)
    app.registered_groups.extend(group.commands.registered_groups)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str,
        typer.Option(
            envvar="RJBOT_DB",
            help="The SQLite file the service keeps, or a postgresql:// URL.",
        ),
    ] = str(DEFAULT_DB),
    profile: Annotated[
        Path | None,
        typer.Option(
            envvar="RJBOT_PROFILE",
            help="Service profile: a TOML file or a bundled name (e.g. west-midlands).",
        ),
    ] = None,
) -> None:
    ctx.obj = Options(db if is_database_url(db) else Path(db), profile)


def main() -> None:
    # Typer's own errors (an unknown option, a number that is not one) are a boxed
    # usage message; here they are one line, like every other refusal.
    from typer._click.exceptions import NoArgsIsHelpError, UsageError

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
