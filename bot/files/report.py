"""The quarterly return as files: one CSV per table, one page of charts, a short summary.

Small counts are suppressed in every file, charts included, so the folder can be
sent to the commissioner as it is.
"""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.files.private import open_private, private_folder, write_private
from referral_store.report import NOT_MEASURED, Cell, Return, Table, suppress

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# Statistical disclosure practice: a count under 5 can point at a person. Lower
# thresholds only from `rjbot report --allow-small-numbers`, which is audited.
SAFE_THRESHOLD = 5
SUMMARY = "summary.md"
CHARTS = "charts.png"


def write_return(
    result: Return,
    out: Path,
    *,
    threshold: int = 5,
    area_names: Mapping[str, str] | None = None,
) -> list[Path]:
    """Write the return into ``out`` (created if need be); the paths written, summary first."""
    private_folder(out)
    tables = _named_areas(result.tables, area_names or {})
    written = [_summary(result, tables, out / SUMMARY, threshold)]
    for table in tables.values():
        path = out / f"{table.name}.csv"
        with open_private(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.columns)
            writer.writerows(suppress(table, threshold))
        written.append(path)
    written.append(_charts(result, tables, out / CHARTS, threshold))
    return written


def _named_areas(tables: Mapping[str, Table], names: Mapping[str, str]) -> dict[str, Table]:
    named = dict(tables)
    areas = tables["referrals_by_area"]
    rows = [(names.get(str(r[0]), r[0]), *r[1:]) for r in areas.rows]
    named["referrals_by_area"] = Table(areas.name, areas.title, areas.columns, rows, areas.counts)
    return named


def _shown(value: Cell, threshold: int) -> str:
    if isinstance(value, int) and 0 < value < threshold:
        return f"<{threshold}"
    return "-" if value is None else str(value)


def _cell(
    tables: Mapping[str, Table], name: str, key: tuple[Cell, ...], column: str, threshold: int
) -> str:
    """One cell as the table's CSV shows it (suppressed alike), found by its leading cells."""
    table = tables[name]
    c = table.columns.index(column)
    for row, shown in zip(table.rows, suppress(table, threshold), strict=True):
        if row[: len(key)] == key:
            return "-" if shown[c] is None else str(shown[c])
    return "0"


def _summary(result: Return, tables: Mapping[str, Table], path: Path, threshold: int) -> Path:
    """The summary lines, each read from a suppressed table, so none shows what a table hides."""
    h = result.headline
    period = result.period
    last = period.end - timedelta(days=1)
    span = f"{period.start:%-d %B %Y} to {last:%-d %B %Y}"
    decided = int(h["contact_decided"] or 0)
    percent = _cell(tables, "contacted_within_5_working_days", ("victims",), "% in time", threshold)
    in_time = _cell(tables, "contacted_within_5_working_days", ("victims",), "in time", threshold)
    contact = (
        f"{percent}% ({in_time} of {_shown(decided, threshold)} victims whose 5 working days "
        "had passed)"
        if h["contacted_in_time_percent"] is not None and decided >= threshold
        else f"not shown: fewer than {threshold} victims' 5 working days had passed"
    )
    by_type = "referrals_by_type"
    lines = [
        f"# Quarterly return {period.label}" + (f": {result.service}" if result.service else ""),
        "",
        f"Period: {span}.",
        "",
        f"- Referrals received: {_cell(tables, by_type, ('total',), 'count', threshold)} "
        f"({_cell(tables, by_type, ('victim-initiated',), 'count', threshold)} victim-initiated, "
        f"{_cell(tables, by_type, ('offender-initiated',), 'count', threshold)} "
        "offender-initiated)",
        f"- Victims contacted within 5 working days of the referral: {contact}",
        "- RJ processes facilitated: "
        f"{_cell(tables, 'activities', ('total',), 'count', threshold)}",
        "- Cases closed: "
        f"{_cell(tables, 'closures', ('victims', 'total'), 'count', threshold)} victim-initiated, "
        f"{_cell(tables, 'closures', ('offenders', 'total'), 'count', threshold)} "
        "offender-initiated",
        "- Cases in progress at the end of the period: "
        f"{_cell(tables, 'in_progress', ('total',), 'count', threshold)}",
        f"- Outcome surveys answered: {_shown(h['surveys_victims'], threshold)} by victims, "
        f"{_shown(h['surveys_offenders'], threshold)} by offenders",
        "",
        f"Counts from 1 to {threshold - 1} are shown as <{threshold}; so are percentages and "
        f"averages over fewer than {threshold} cases. [c] marks a count withheld so that a "
        "hidden one cannot be worked out from a total. Victims and offenders are counted apart "
        "and never added together.",
        "",
        "## Tables, and what each measures",
        "",
    ]
    for t in tables.values():
        lines.append(f"- `{t.name}.csv`: {t.title}.")
        if t.definition:
            lines.append(f"  Measure: {t.definition}.")
    lines += [f"- `{CHARTS}`: the main figures as charts, suppressed as the tables are", ""]
    lines += ["## Not counted by rjbot", "", *(f"- {item}." for item in NOT_MEASURED), ""]
    write_private(path, "\n".join(lines))
    return path


def _bars(ax: Axes, title: str, pairs: list[tuple[str, Cell]], threshold: int) -> None:
    """Horizontal bars of cells as the tables show them: a withheld cell gets no bar, only
    its label ("<N" or "[c]"), so no chart shows what a table withholds."""
    from matplotlib.ticker import MaxNLocator

    ax.set_title(title, fontsize=10, loc="left")
    if not pairs:
        ax.text(0.5, 0.5, "none this quarter", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    labels = [p[0] for p in pairs]
    values = [p[1] if isinstance(p[1], int) else 0 for p in pairs]
    bars = ax.barh(labels, values, color="#3b6ea5")
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelsize=8)
    for bar, (_, shown) in zip(bars, pairs, strict=True):
        ax.annotate(
            "-" if shown is None else str(shown),
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )


def chart_values(tables: Mapping[str, Table], threshold: int) -> dict[str, list[tuple[str, Cell]]]:
    """What each chart draws: cells of the suppressed tables, never a sum of them."""

    def rows(name: str, label: slice, count: str) -> list[tuple[str, Cell]]:
        table = tables[name]
        c = table.columns.index(count)
        return [
            (" ".join(str(v) for v in row[label]), shown[c])
            for row, shown in zip(table.rows, suppress(table, threshold), strict=True)
            if "total" not in row and "all" not in row
        ]

    five = tables["contacted_within_5_working_days"]
    contact = [
        (f"{row[0]}: {column}", shown[i])
        for row, shown in zip(five.rows, suppress(five, threshold), strict=True)
        for i, column in enumerate(five.columns)
        if column in ("in time", "late", "overdue, not contacted")
    ]
    outcomes = [
        pair
        for pair in rows("outcomes", slice(0, 3), "count")
        if pair[0].split()[-1] in ("improved", "same", "worse")
    ]
    return {
        "Referrals by source": rows("referrals_by_source", slice(0, 1), "count"),
        "Referrals by area": rows("referrals_by_area", slice(0, 1), "count"),
        "Contact within 5 working days": contact,
        "Cases closed, by party and reason": rows("closures", slice(0, 2), "count"),
        "RJ processes, by type": rows("activities", slice(0, 1), "count"),
        "Outcomes reported, by party": outcomes,
    }


def _charts(result: Return, tables: Mapping[str, Table], path: Path, threshold: int) -> Path:
    # Imported here: matplotlib and numpy cost the bot about 60 MB it needs only for returns.
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11.7, 8.3), layout="constrained")
    figure.suptitle(
        f"Quarterly return {result.period.label}"
        + (f" - {result.service}" if result.service else ""),
        fontsize=13,
    )
    axes = figure.subplots(2, 3)
    for ax, (title, pairs) in zip(
        (a for row in axes for a in row), chart_values(tables, threshold).items(), strict=True
    ):
        _bars(ax, title, pairs, threshold)
    with open_private(path, "wb") as handle:
        figure.savefig(handle, dpi=100, format="png")
    return path


@dataclass(frozen=True)
class Bundle:
    """The return as ``rjbot report`` writes it, in memory: for a chat or a browser."""

    summary: str
    charts: bytes
    name: str  # return-2026Q1.zip
    archive: bytes


def bundle(result: Return, *, threshold: int, area_names: Mapping[str, str]) -> Bundle:
    """Write the return into a private temporary folder, and zip every file of it."""
    with tempfile.TemporaryDirectory() as folder:
        written = write_return(result, Path(folder), threshold=threshold, area_names=area_names)
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in written:
                archive.write(path, path.name)
        return Bundle(
            written[0].read_text("utf-8"),
            (Path(folder) / CHARTS).read_bytes(),
            f"return-{result.period.label}.zip",
            packed.getvalue(),
        )
