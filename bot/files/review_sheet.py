"""A review sheet for a native speaker: ``make review LANG=cy``.

Writes ``build/review/<lang>.csv`` and ``build/review/<lang>.html``: every message of the
people's and the staff catalogs side by side (English, the translation, the note for
translators, where it is shown), the messages that matter most first. The reviewer reads the
sheet and sends corrections back as the language's ``.po`` files (docs/languages.md says how).
Catalogs hold no personal data, but the files are still written private to their owner, like
everything the tool writes.
"""

from __future__ import annotations

import csv
import html
import io
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

from dialogues import content
from dialogues.flows import STEPS
from dialogues.i18n import LOCALES_DIR
from dialogues.model import Step

OUT = Path("build") / "review"
COLUMNS = ("check", "catalog", "shown", "english", "translation", "note", "correction")

# What a reviewer reads first (docs/languages.md): the consent wording, then what is said to
# someone in danger, then privacy, then deadlines. Everything else follows in catalog order.
FIRST: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1 consent", (STEPS["v.consent"].prompt, STEPS["o.consent"].prompt)),
    ("1 consent", (STEPS["m.monitoring"].prompt,)),
    ("2 crisis", (content.CRISIS, STEPS["support"].prompt)),
    ("3 privacy", (content.WITHDRAW,)),
)
KEYWORDS = (("3 privacy", "What we keep:"), ("4 deadline", "{date}"), ("2 crisis", "999"))


@dataclass(frozen=True)
class Row:
    check: str
    catalog: str
    shown: str
    english: str
    translation: str
    note: str

    def cells(self) -> tuple[str, ...]:
        return (self.check, self.catalog, self.shown, self.english, self.translation, self.note, "")


def _places(step: Step) -> Iterator[tuple[str, str]]:
    yield step.prompt, f"{step.id}: question or screen"
    if step.body:
        yield step.body, f"{step.id}: text shown first"
    if step.summary:
        yield step.summary, f"{step.id}: label in the summary"
    for choice in step.choices:
        yield choice.label, f"{step.id}: button"


def where_shown() -> dict[str, list[str]]:
    """Each message id and the steps it appears on, as a reviewer would find them."""
    places: dict[str, list[str]] = {}
    for step in STEPS.values():
        for message, place in _places(step):
            places.setdefault(message, []).append(place)
    return places


def _check(message: str) -> str:
    for check, ids in FIRST:
        if message in ids:
            return check
    for check, word in KEYWORDS:
        if word in message:
            return check
    return "5 other"


def rows(language: str) -> list[Row]:
    """The sheet's rows for one language: both catalogs, most important first."""
    places = where_shown()
    found = []
    for domain, label in (("messages", "people"), ("desk", "staff")):
        with (LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
            catalog = read_po(handle, locale=language)
        for message in catalog:
            if not message.id:
                continue
            ids = _forms(message.id)
            strings = _forms(message.string)
            english = ids[0]
            files = sorted({path for path, _ in message.locations})
            shown = places.get(english) or ([f"{label}: {', '.join(files)}"] if files else [])
            found.append(
                Row(
                    check=_check(english),
                    catalog=label,
                    shown="; ".join(shown),
                    english="\n".join(ids),
                    translation="\n".join(s or "(not translated)" for s in strings)
                    + (" (fuzzy: not yet checked)" if message.fuzzy else ""),
                    note=" ".join(message.auto_comments),
                )
            )
    # A stable sort keeps catalog order within each group.
    return sorted(found, key=lambda r: r.check)


def _forms(value: object) -> tuple[str, ...]:
    """A catalog field as its forms: one for a plain message, several for a plural."""
    if isinstance(value, str):
        return (value,)
    return tuple(str(v or "") for v in value) if isinstance(value, list | tuple) else ("",)


def _private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, readable by its owner only, replacing any earlier sheet."""
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # an earlier sheet may have been made with looser rights
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def as_csv(sheet: Sequence[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(r.cells() for r in sheet)
    # A byte-order mark, so spreadsheet programs read the file as UTF-8.
    return "\ufeff" + buffer.getvalue()


def as_html(language: str, sheet: Sequence[Row]) -> str:
    def cell(text: str) -> str:
        return f"<td>{html.escape(text).replace(chr(10), '<br>')}</td>"

    head = "".join(f"<th>{html.escape(c)}</th>" for c in COLUMNS)
    body = "\n".join(f"<tr>{''.join(cell(c) for c in r.cells())}</tr>" for r in sheet)
    terms = glossary(language)
    words = "\n".join(f"<tr>{''.join(cell(c) for c in row)}</tr>" for row in terms[1:])
    words_head = "".join(f"<th>{html.escape(c)}</th>" for c in (terms[0] if terms else ()))
    direction = "rtl" if language in {"ar", "ur"} else "ltr"
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8">'
        f"<title>rjbot review sheet: {html.escape(language)}</title>"
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:4px;vertical-align:top}"
        f"td:nth-child(5){{direction:{direction}}}</style></head><body>\n"
        f"<h1>Review sheet: {html.escape(language)}</h1>\n"
        "<p>Read each translation beside its English. Write what should change in the last "
        "column, or correct the .po file in a PO editor. Rows are in the order to check.</p>\n"
        f"<table><tr>{head}</tr>\n{body}\n</table>\n"
        "<h2>Glossary</h2>\n<p>The terms every message should use (alternatives separated by "
        "|), the forms to avoid, and why: locales/" + html.escape(language) + "/glossary.tsv.</p>\n"
        f"<table><tr>{words_head}</tr>\n{words}\n</table></body></html>\n"
    )


def glossary(language: str) -> list[list[str]]:
    """The language's glossary rows, its header first (empty when it has none)."""
    path = LOCALES_DIR / language / "glossary.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row]


def write(language: str, out: Path = OUT) -> tuple[Path, Path]:
    """Write the CSV and HTML sheets for ``language``; returns their paths."""
    sheet = rows(language)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = out / f"{language}.csv", out / f"{language}.html"
    _private(written[0], as_csv(sheet))
    _private(written[1], as_html(language, sheet))
    return written


def shipped() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALES_DIR.glob("*/LC_MESSAGES/messages.po"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    languages = shipped()
    if len(args) != 1 or args[0] not in languages:
        given = args[0] if args else "nothing"
        print(
            f"review: give one language code of {' '.join(languages)} (got {given}), "
            "for example: make review LANG=cy",
            file=sys.stderr,
        )
        return 2
    csv_path, html_path = write(args[0])
    print(f"Wrote {csv_path} and {html_path}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
