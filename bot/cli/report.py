"""``rjbot report``: the quarterly return for the commissioner, as files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import AsOperator, err, fail, operator, options_of, profile_of, with_store
from bot.files.report import SAFE_THRESHOLD, write_return
from referral_store import Store
from referral_store.desk import Desk
from referral_store.report import Period, PeriodError, Return

commands = typer.Typer()


@commands.command()
def report(
    ctx: typer.Context,
    quarter: Annotated[
        str, typer.Option(help="e.g. 2026Q3: the third quarter of the year starting in 2026.")
    ],
    out: Annotated[Path, typer.Option(help="Folder to write the return into.")],
    threshold: Annotated[
        int | None,
        typer.Option(min=1, max=20, help="Show counts below this as '<N' (profile default: 5)."),
    ] = None,
    allow_small_numbers: Annotated[
        bool,
        typer.Option(
            "--allow-small-numbers",
            help="Allow --threshold below 5 (small counts can identify people); audited.",
        ),
    ] = False,
    staff_id: AsOperator = None,
) -> None:
    """Write the quarterly return: CSV tables, a page of charts and a short summary."""
    options = options_of(ctx)
    profile = profile_of(options)
    try:
        period = Period.quarter(quarter, profile.reporting.year_starts_month)
    except PeriodError as error:
        raise fail(str(error)) from None

    limit = threshold or profile.reporting.suppress_below
    if limit < SAFE_THRESHOLD and not allow_small_numbers:
        raise fail(
            f"counts below {SAFE_THRESHOLD} can identify people: a threshold of {limit} needs "
            "--allow-small-numbers"
        )

    async def work(store: Store) -> Return:
        return await Desk(store).make_return(
            await operator(store, staff_id),
            period,
            service=profile.service.name,
            now=datetime.now(UTC),
            threshold=limit,
            small_numbers=limit < SAFE_THRESHOLD,
        )

    result = with_store(options, work)
    try:
        written = write_return(
            result, out, threshold=limit, area_names={a.id: a.name for a in profile.intake.areas}
        )
    except OSError as error:
        raise fail(f"cannot write to {out}: {error.strerror}") from None
    print(written[0].read_text("utf-8"))
    err.print(f"Wrote {len(written)} files to {out}.")
