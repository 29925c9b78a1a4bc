"""Export files: JSON Lines (one file) or CSV (one file per table and a manifest).

Both carry the same records (docs/export.md). JSON Lines keeps types as they are;
CSV writes nested values as JSON text, true/false for yes-no, and an empty cell
for "none".
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Protocol, TextIO

from bot.files.private import open_private, write_private
from bot.files.sealed import SealedFileError, is_sealed, open_lines
from referral_store.transfer import MODELS, SOURCES, ImportError_, Row, check_header, header

MANIFEST = "manifest.json"
_NESTED = frozenset({"markers", "details", "data", "care"})

Record = tuple[str, str, Row]


class TextSink(Protocol):
    def write(self, text: str, /) -> int: ...


async def write_jsonl(rows: AsyncIterator[tuple[str, Row]], stream: TextSink) -> dict[str, int]:
    """The header line, then one ``{"table": ..., "row": ...}`` line per record."""
    counts = dict.fromkeys(SOURCES, 0)
    stream.write(json.dumps(header()) + "\n")
    async for table, row in rows:
        stream.write(json.dumps({"table": table, "row": row}, ensure_ascii=False) + "\n")
        counts[table] += 1
    return counts


# No record of an export comes near this; a longer line is not an rjbot export, and
# reading it whole could exhaust memory (a file of one huge line, or /dev/zero).
MAX_LINE = 4 * 1024 * 1024


def read_jsonl(path: Path, passphrase: str | None = None) -> Iterator[Record]:
    """Records of a JSON Lines export, plain or sealed with a passphrase.

    Read a line at a time, none longer than MAX_LINE, so memory stays bounded.
    """
    if not path.is_file():
        raise ImportError_(f"{path} is not a file: give an export file or a CSV folder")
    if is_sealed(path):
        if not passphrase:
            raise ImportError_(
                f"{path.name} is sealed: set RJBOT_EXPORT_PASSPHRASE to the passphrase it was "
                "sealed with"
            )
        try:
            yield from _records(path.name, open_lines(path, passphrase, max_line=MAX_LINE))
        except SealedFileError as error:
            raise ImportError_(str(error)) from None
        return
    try:
        with path.open(encoding="utf-8") as handle:
            yield from _records(path.name, _bounded(path.name, handle))
    except UnicodeDecodeError:
        raise ImportError_(f"{path.name} is not text: is it an rjbot export?") from None


def _bounded(name: str, handle: TextIO) -> Iterator[str]:
    for number in itertools.count(1):
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) > MAX_LINE:
            raise ImportError_(
                f"{name} line {number} is longer than {MAX_LINE // 2**20} MiB: "
                "is it an rjbot export?"
            )
        yield line


def _records(name: str, lines: Iterator[str]) -> Iterator[Record]:
    first = next(lines, "")
    try:
        check_header(json.loads(first))
    except (json.JSONDecodeError, AttributeError):
        raise ImportError_(f"{name} line 1: not an rjbot export header") from None
    for number, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield f"line {number}", str(record["table"]), dict(record["row"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError):
            raise ImportError_(
                f'line {number}: not a record (want {{"table": ..., "row": ...}})'
            ) from None


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column in _NESTED:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


async def write_csv(rows: AsyncIterator[tuple[str, Row]], folder: Path) -> dict[str, int]:
    """One CSV per table in ``folder`` (which must exist), then the manifest."""
    counts = dict.fromkeys(SOURCES, 0)
    with ExitStack() as stack:
        writers = {}
        for table, source in SOURCES.items():
            handle = stack.enter_context(
                open_private(folder / f"{table}.csv", "w", newline="", encoding="utf-8")
            )
            writers[table] = csv.writer(handle)
            writers[table].writerow(source.columns)
        async for table, row in rows:
            writers[table].writerow([_cell(c, row[c]) for c in SOURCES[table].columns])
            counts[table] += 1
    write_private(folder / MANIFEST, json.dumps({**header(), "tables": counts}, indent=1) + "\n")
    return counts


def read_csv(folder: Path) -> Iterator[Record]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, json.JSONDecodeError):
        raise ImportError_(f"{folder}: no readable {MANIFEST}; is this a CSV export?") from None
    check_header(manifest)
    for table, source in SOURCES.items():
        model = MODELS[table]
        # A plain text column keeps an empty cell as ""; in every other column it means none.
        keep_empty = {n for n, f in model.model_fields.items() if f.annotation is str}
        path = folder / f"{table}.csv"
        try:
            yield from _csv_rows(path, source.columns, table, keep_empty)
        except csv.Error as error:
            raise ImportError_(f"{path.name}: {error}") from None
        except UnicodeDecodeError:
            raise ImportError_(f"{path.name} is not text: is it an rjbot export?") from None


def _csv_rows(
    path: Path, expected: tuple[str, ...], table: str, keep_empty: set[str]
) -> Iterator[Record]:
    # A cell may be as long as a JSON Lines record; csv refuses longer ones.
    csv.field_size_limit(MAX_LINE)
    if not path.is_file():
        raise ImportError_(f"{path.name} is missing or not a file")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        columns = next(reader, None)
        if columns != list(expected):
            raise ImportError_(f"{path.name}: the header row is not {list(expected)}")
        for number, cells in enumerate(reader, start=2):
            if len(cells) != len(columns):
                raise ImportError_(f"{path.name} row {number}: {len(cells)} cells")
            row: Row = {}
            for column, cell in zip(columns, cells, strict=True):
                if cell == "" and column not in keep_empty:
                    row[column] = None
                elif column in _NESTED:
                    try:
                        row[column] = json.loads(cell)
                    except json.JSONDecodeError:
                        raise ImportError_(
                            f"{path.name} row {number}: {column} is not JSON"
                        ) from None
                else:
                    row[column] = cell
            yield f"{path.name} row {number}", table, row
