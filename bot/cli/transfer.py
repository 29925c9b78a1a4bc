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
    where,
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
    err.print(f"Imported {total or 'nothing (the export is empty)'} into {where(options.db)}.")


@commands.command()
def migrate(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", help="An empty PostgreSQL database: postgresql://...")],
    staff_id: AsOperator = None,
) -> None:
    """Copy this SQLite store into an empty PostgreSQL database (all of it, or nothing).

    It goes through the export format (sealed with a one-time passphrase while on disk),
    and the counts of every table are checked before the copy is committed. The copy
    keeps this store's data key: give it to the new shape in RJBOT_DATA_KEY or
    RJBOT_DATA_KEY_FILE (docs/deploy.md).
    """
    import secrets
    import tempfile

    from bot.files.private import open_private
    from bot.files.sealed import SealedWriter
    from bot.files.transfer import read_jsonl, write_jsonl
    from referral_store.store import is_database_url
    from referral_store.transfer import ImportError_, export_rows, import_rows

    options = options_of(ctx)
    if not is_database_url(to):
        raise fail("--to takes a PostgreSQL URL, such as postgresql://rjbot@db.example.org/rjbot")
    if is_database_url(options.db):
        raise fail("migrate copies an SQLite store: give its file in --db or RJBOT_DB")
    passphrase = secrets.token_urlsafe(32)

    async def work(source: Store) -> dict[str, int]:
        actor = await operator(source, staff_id)
        with tempfile.TemporaryDirectory(prefix="rjbot-migrate-") as folder:
            path = Path(folder) / "export.jsonl"
            async with aclosing(export_rows(source)) as rows:
                with open_private(path, "wb") as handle:
                    sealed = SealedWriter(handle, passphrase)
                    exported = await write_jsonl(rows, sealed)
                    sealed.close()
            async with await Store.open(to, source.policy, source.keyring) as target:
                async with target.write() as tx:
                    for table in exported:
                        row = await tx.fetch_one(f"SELECT 1 FROM {table} LIMIT 1")  # noqa: S608
                        if row is not None:
                            raise ImportError_(
                                f"the database is not empty ({table} has rows): "
                                "migrate into a new, empty database"
                            )
                    imported = await import_rows(target, read_jsonl(path, passphrase))
                    # In the same transaction: a count that differs undoes the whole copy.
                    for table, count in exported.items():
                        row = await tx.fetch_one(f"SELECT count(*) FROM {table}")  # noqa: S608
                        found = int(row[0]) if row else 0
                        # The import chains the audit log again, adding nothing to it.
                        if found != count or imported[table] != count:
                            raise ImportError_(f"{table}: {count} exported but {found} in the copy")
                await operator_audit(target, actor, "migrate-in", _counted(exported))
        await operator_audit(source, actor, "migrate-out", f"to PostgreSQL: {_counted(exported)}")
        return exported

    try:
        counts = with_store(options, work)
    except ImportError_ as error:
        raise fail(f"nothing was copied: {error}") from None
    total = ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    err.print(
        f"Copied {total or 'nothing (the store is empty)'} into {where(to)}; every count matches.",
        soft_wrap=True,
    )
