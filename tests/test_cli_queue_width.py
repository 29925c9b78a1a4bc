"""``rjbot queue`` in a terminal of 80 columns: no reference and no date is ever cut."""

from __future__ import annotations

import io

from rich.console import Console

from bot.cli.queue import queue_table

ROWS = [
    (
        "RJ-ABCD-EFGH",
        "offender-initiated",
        "enhanced",
        "assessing",
        "Wed 30 Dec 2026 17:00",
        "Thu 31 Dec 2026 17:00",
        "due within a working day",
    ),
    (
        "RJ-KLMN-PQRS",
        "victim-initiated",
        "standard",
        "new",
        "Mon 2 Nov 2026 09:15",
        "Mon 9 Nov 2026 17:00",
        "overdue",
    ),
]


def rendered(width: int) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(queue_table(ROWS, "Open: 2"))
    return out.getvalue().splitlines()


def test_references_and_dates_are_whole_at_80_columns() -> None:
    for width in (80, 120):
        lines = rendered(width)
        assert all(len(line) <= width for line in lines)
        text = "\n".join(lines)
        for row in ROWS:
            assert any(row[0] in line for line in lines), (width, row[0], text)
            for date in (row[4], row[5]):
                assert any(date in line for line in lines), (width, date, text)
        assert "…" not in text


def test_the_check_sees_a_cut_date() -> None:
    """Narrower than the layout allows, a date is split: the check above is not idle."""
    lines = rendered(60)
    assert not all(any(row[4] in line for line in lines) for row in ROWS)
