"""Imports only point down: bot -> dialogues, referral_store; the two lower layers stay apart."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHANNELS = {"telegram", "rasa_sdk", "sanic", "httpx", "bot"}
FORBIDDEN = {
    # The engine is pure: no channel, no storage, no network, no event loop.
    "dialogues": CHANNELS | {"aiosqlite", "sqlite3", "referral_store", "asyncio", "socket"},
    "referral_store": CHANNELS | {"dialogues"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, f"{layer}/ has no modules"
    wrong = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in imported_roots(path) & FORBIDDEN[layer]
    }
    assert not wrong, f"imports that point the wrong way: {sorted(wrong)}"


def test_the_check_sees_a_wrong_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import telegram\nfrom referral_store.store import Store\n")
    assert {"telegram", "referral_store"} <= imported_roots(module)
