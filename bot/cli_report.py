"""``rjbot report``: the quarterly return for the commissioner, as files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli import app, err, fail, options_of, profile_of, with_store
from bot.report_files import write_return
from referral_store import Store
from referral_store.report import Period, PeriodError, Return, quarterly_return


@app.command()
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
) -> None:
    """Write the quarterly return: CSV tables, a page of charts and a short summary."""
    options = options_of(ctx)
    profile = profile_of(options)
    try:
        period = Period.quarter(quarter, profile.reporting.year_starts_month)
    except PeriodError as error:
        raise fail(str(error)) from None

    async def work(store: Store) -> Return:
        return await quarterly_return(
            store, period, service=profile.service.name, now=datetime.now(UTC)
        )

    result = with_store(options, work)
    limit = threshold or profile.reporting.suppress_below
    try:
        written = write_return(
            result, out, threshold=limit, area_names={a.id: a.name for a in profile.intake.areas}
        )
    except OSError as error:
        raise fail(f"cannot write to {out}: {error.strerror}") from None
    print(written[0].read_text("utf-8"))
    err.print(f"Wrote {len(written)} files to {out}.")
