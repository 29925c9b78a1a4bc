"""The quarterly return as files: one CSV per table, one page of charts, a short summary.

Small counts are suppressed in every file, charts included, so the folder can be
sent to the commissioner as it is.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.private_files import open_private, private_folder, write_private
from referral_store.report import Cell, Return, Table, suppress

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


def _summary(result: Return, tables: Mapping[str, Table], path: Path, threshold: int) -> Path:
    h = result.headline
    period = result.period
    last = period.end - timedelta(days=1)
    span = f"{period.start:%-d %B %Y} to {last:%-d %B %Y}"
    decided = int(h["contact_decided"] or 0)
    percent = h["contacted_in_time_percent"]
    contact = (
        f"{percent}% ({_shown(h['contacted_in_time'], threshold)} of "
        f"{_shown(decided, threshold)} whose deadline had passed)"
        if percent is not None and decided >= threshold
        else f"not shown: fewer than {threshold} deadlines had passed"
    )
    lines = [
        f"# Quarterly return {period.label}" + (f": {result.service}" if result.service else ""),
        "",
        f"Period: {span}.",
        "",
        f"- Referrals received: {_shown(h['referrals'], threshold)} "
        f"({_shown(h['victim_initiated'], threshold)} victim-initiated, "
        f"{_shown(h['offender_initiated'], threshold)} offender-initiated)",
        f"- First contact within the deadline: {contact}",
        f"- RJ processes facilitated: {_shown(h['activities'], threshold)}",
        f"- Cases closed: {_shown(h['closed'], threshold)}",
        f"- Cases in progress at the end of the period: {_shown(h['in_progress'], threshold)}",
        f"- Outcome surveys answered: {_shown(h['surveys'], threshold)}",
        "",
        f"Counts from 1 to {threshold - 1} are shown as <{threshold}; so are percentages and "
        f"averages over fewer than {threshold} cases. [c] marks a count withheld so that a "
        "hidden one cannot be worked out from a total.",
        "",
        "## Tables",
        "",
        *(f"- `{t.name}.csv`: {t.title}" for t in tables.values()),
        f"- `{CHARTS}`: the main figures as charts",
        "",
    ]
    write_private(path, "\n".join(lines))
    return path


def _bars(ax: Axes, title: str, pairs: list[tuple[str, int]], threshold: int) -> None:
    """Horizontal bars; a suppressed count is drawn as no bar, labelled "<N"."""
    from matplotlib.ticker import MaxNLocator

    ax.set_title(title, fontsize=10, loc="left")
    if not pairs:
        ax.text(0.5, 0.5, "none this quarter", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    labels = [p[0] for p in pairs]
    values = [0 if 0 < p[1] < threshold else p[1] for p in pairs]
    bars = ax.barh(labels, values, color="#3b6ea5")
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelsize=8)
    for bar, (_, real) in zip(bars, pairs, strict=True):
        ax.annotate(
            _shown(real, threshold),
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )


def _pairs(table: Table, label: int = 0, count: int = -1) -> list[tuple[str, int]]:
    return [(str(r[label]), int(r[count] or 0)) for r in table.rows if r[label] != "total"]


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
    _bars(axes[0][0], "Referrals by source", _pairs(tables["referrals_by_source"]), threshold)
    _bars(axes[0][1], "Referrals by area", _pairs(tables["referrals_by_area"]), threshold)
    contact = tables["contact_within_deadline"].rows[-1]
    _bars(
        axes[0][2],
        "First contact (all priorities)",
        [
            (str(name), int(contact[i] or 0))
            for i, name in enumerate(tables["contact_within_deadline"].columns)
            if 1 <= i <= 3
        ],
        threshold,
    )
    _bars(axes[1][0], "Cases closed, by reason", _pairs(tables["closures"]), threshold)
    _bars(axes[1][1], "RJ processes, by type", _pairs(tables["activities"]), threshold)
    outcomes: dict[str, int] = {}
    for party, measure, change, count in tables["outcomes"].rows:
        if change in ("improved", "same", "worse"):
            key = f"{measure}: {change}"
            outcomes[key] = outcomes.get(key, 0) + int(count or 0)
        del party
    _bars(axes[1][2], "Outcomes reported", sorted(outcomes.items()), threshold)
    with open_private(path, "wb") as handle:
        figure.savefig(handle, dpi=100, format="png")
    return path
