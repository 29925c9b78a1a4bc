"""The review sheet a native speaker reads: every message, side by side, what matters first."""

from __future__ import annotations

import csv
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.files import review_sheet
from dialogues import content
from dialogues.flows import STEPS
from dialogues.i18n import LOCALES_DIR, translator
from tests.test_translations import catalog


def test_the_sheet_holds_every_message_of_both_catalogs_with_the_consent_first(
    tmp_path: Path,
) -> None:
    csv_path, html_path = review_sheet.write("so", tmp_path)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = sum(1 for d in ("messages", "desk") for m in catalog("so", d) if m.id)
    assert len(rows) == expected
    assert list(rows[0]) == list(review_sheet.COLUMNS)
    first = rows[0]
    assert first["check"].startswith("1") and first["english"] == STEPS["v.consent"].prompt
    assert first["translation"] == translator("so").gettext(STEPS["v.consent"].prompt)
    assert "v.consent" in first["shown"]
    crisis = next(r for r in rows if r["english"] == content.CRISIS)
    assert crisis["check"].startswith("2")
    assert any(r["catalog"] == "staff" and r["english"] == "contact by {date}" for r in rows)
    button = next(r for r in rows if r["english"] == "Yes, I agree")
    assert "button" in button["shown"] and "reader" in button["note"]
    page = html_path.read_text("utf-8")
    assert "<table>" in page and "Haweeney" in page
    assert "<h2>Glossary</h2>" in page and "dib-u-soo-celin" in page, "the term to avoid, shown"


def test_the_sheet_is_private_to_its_owner(tmp_path: Path) -> None:
    for path in review_sheet.write("cy", tmp_path / "review"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "review").stat().st_mode) == 0o700


def test_arabic_and_urdu_translations_read_right_to_left(tmp_path: Path) -> None:
    _, page = review_sheet.write("ar", tmp_path)
    assert "direction:rtl" in page.read_text("utf-8")


@pytest.mark.parametrize("argv", [[], ["xx"], ["cy", "pl"], ["../etc"]])
def test_a_wrong_language_gets_one_line_and_exit_status_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert review_sheet.main(argv) == 2
    out, err = capsys.readouterr()
    assert not out and len(err.strip().splitlines()) == 1 and "make review LANG=cy" in err


def test_make_review_runs_from_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.files.review_sheet", "zz"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert sorted(review_sheet.shipped()) == sorted(
        p.parent.parent.name for p in LOCALES_DIR.glob("*/LC_MESSAGES/desk.po")
    )
