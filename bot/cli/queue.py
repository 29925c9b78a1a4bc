"""``rjbot queue``: open referrals by first-contact deadline."""

from __future__ import annotations

import sys
from collections.abc import Sequence
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
    Console(highlight=False).print(queue_table(rows, f"Open referrals: {len(items)}"))


# The reference and the due date have columns of their own that never wrap; the rest
# wraps between words, and the date received has a line to itself (30 characters, under
# the 37 left at 80 columns), so no terminal of 80 columns cuts a reference or a date.
COLOURS = {OVERDUE: "red", SOON: "yellow", ON_TRACK: "green"}


def queue_table(rows: Sequence[tuple[str, ...]], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("Reference", no_wrap=True)
    table.add_column("Contact by", no_wrap=True)
    table.add_column("Due · type · priority · status")
    for reference, kind, priority, status, received, contact_by, due in rows:
        details = f"{due}\n{kind} · {priority} · {status}\nreceived {received}"
        table.add_row(reference, contact_by, details, style=COLOURS.get(due))
    return table
