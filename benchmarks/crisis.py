"""``python -m benchmarks.crisis``: how well the crisis check reads the labelled corpus.

Prints recall and false-positive rate per language and category over
``tests/data/crisis/<lang>.tsv``, then the time per message (CPU and wall, one run). The
same figures are what ``tests/test_crisis_corpus.py`` holds to its limits.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dialogues.crisis import detect
from dialogues.crisis.lexicon import Category

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "crisis"
LABELS = ("crisis", "ok")


@dataclass(frozen=True)
class Example:
    language: str
    phrase: str
    crisis: bool
    category: Category
    line: int


@dataclass
class Score:
    positives: int = 0
    caught: int = 0
    negatives: int = 0
    alarms: int = 0

    @property
    def recall(self) -> float:
        return self.caught / self.positives if self.positives else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.alarms / self.negatives if self.negatives else 0.0


def examples(folder: Path = CORPUS) -> Iterator[Example]:
    """Every labelled phrase, with the line it is on (a bad line raises, naming it)."""
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(rows)
            if header != ["phrase", "label", "category"]:
                raise ValueError(f"{path.name}: the first line must be phrase, label, category")
            for n, row in enumerate(rows, start=2):
                if not row:
                    continue
                if len(row) != 3 or row[1] not in LABELS or row[2] not in set(Category):
                    raise ValueError(f"{path.name} line {n}: expected phrase, label, category")
                yield Example(path.stem, row[0], row[1] == "crisis", Category(row[2]), n)


def score(items: list[Example]) -> tuple[dict[tuple[str, Category], Score], list[Example]]:
    """Scores per (language, category), and the examples read wrongly."""
    scores: dict[tuple[str, Category], Score] = {}
    wrong: list[Example] = []
    for item in items:
        s = scores.setdefault((item.language, item.category), Score())
        found = detect(item.phrase, item.language) is not None
        if item.crisis:
            s.positives += 1
            s.caught += found
        else:
            s.negatives += 1
            s.alarms += found
        if found != item.crisis:
            wrong.append(item)
    return scores, wrong


def table(scores: dict[tuple[str, Category], Score]) -> list[str]:
    lines = [
        "| language | category | crisis phrases | recall | ordinary phrases | false alarms |",
        "|---|---|---|---|---|---|",
    ]
    for (language, category), s in sorted(scores.items()):
        lines.append(
            f"| {language} | {category} | {s.positives} | {s.recall:.3f} | {s.negatives} "
            f"| {s.false_positive_rate:.3f} |"
        )
    return lines


def timing(items: list[Example], rounds: int = 5) -> tuple[float, float]:
    """Milliseconds per message, (CPU, wall), after one warm-up pass."""
    for item in items:
        detect(item.phrase, item.language)
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(rounds):
        for item in items:
            detect(item.phrase, item.language)
    n = rounds * len(items)
    return (time.process_time() - cpu) * 1000 / n, (time.perf_counter() - wall) * 1000 / n


DOC = Path(__file__).resolve().parent.parent / "docs" / "safety.md"
BEGIN, END = (
    "<!-- crisis table: python -m benchmarks.crisis --write -->",
    "<!-- end crisis table -->",
)


def write(lines: list[str]) -> None:
    """Replace the table between its markers in docs/safety.md."""
    doc = DOC.read_text(encoding="utf-8")
    head, _, rest = doc.partition(BEGIN)
    _, _, tail = rest.partition(END)
    if not rest:
        raise SystemExit(f"{DOC.name} has no {BEGIN!r} marker")
    DOC.write_text(f"{head}{BEGIN}\n" + "\n".join(lines) + f"\n{END}{tail}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list every phrase read wrongly")
    parser.add_argument("--write", action="store_true", help="put the table in docs/safety.md")
    args = parser.parse_args()
    items = list(examples())
    scores, wrong = score(items)
    cpu, wall = timing(items)
    lines = [
        *table(scores),
        "",
        f"{len(items)} phrases; {cpu:.3f} ms CPU and {wall:.3f} ms wall per message, measured "
        "in one run (target: under 0.2 ms).",
    ]
    print("\n".join(lines))
    if args.write:
        write(lines)
    if args.misses:
        for item in wrong:
            kind = "missed" if item.crisis else "false alarm"
            print(f"{item.language}:{item.line} {kind} [{item.category}] {item.phrase}")


if __name__ == "__main__":
    main()
