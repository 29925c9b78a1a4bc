"""``rjbot queue``: open referrals by first-contact deadline."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.common import (
    options_of,
    profile_of,
    with_store,
)
from bot.staff.notices import when
from bot.staff.views import ON_TRACK, OVERDUE, SOON, due_state

commands = typer.Typer()


@commands.command()
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
