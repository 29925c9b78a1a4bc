"""``rjbot export | import``: everything the service holds, to and from files."""

from __future__ import annotations

import sys
from contextlib import aclosing
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import (
    AsOperator,
    err,
    fail,
    operator,
    options_of,
    with_store,
)
from referral_store import Store
from referral_store.desk import operator_audit

commands = typer.Typer()


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {table}" for table, n in counts.items() if n) or "nothing"


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"


@commands.command()
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

    from bot.files.private import open_private, private_folder
    from bot.files.sealed import SealedWriter
    from bot.files.transfer import write_csv, write_jsonl
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
        # Closed even if writing fails: the export holds the store's one snapshot open.
        async with aclosing(export_rows(store)) as rows:
            if format is ExportFormat.CSV:
                assert out is not None
                return await write_csv(rows, out)
            if out is None:
                return await write_jsonl(rows, sys.stdout)
            if seal:
                with open_private(out, "wb") as handle:
                    sealed = SealedWriter(handle, passphrase)
                    counts = await write_jsonl(rows, sealed)
                    sealed.close()
                    return counts
            with open_private(out, "w", encoding="utf-8") as stream:
                return await write_jsonl(rows, stream)

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


@commands.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help="A JSON Lines export file or a CSV folder.")],
    staff_id: AsOperator = None,
) -> None:
    """Load an export into a new, empty database (all of it, or nothing)."""
    import os

    from bot.files.transfer import read_csv, read_jsonl
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
