"""Imports only point down, channels stay apart, and no module imports itself round a circle.

bot/ -> dialogues/, referral_store/; the two lower layers never meet. Inside bot/ each
channel is a package (telegram, terminal, rasa, cli, web) that never imports another: what
they share lives below them (bot/conversation.py, bot/staff/, bot/files/, the store's desk).
The launchers (bot/cli/serve.py, bot/__main__.py) are the exception: they start a channel
through its package's entry point, and import nothing else of it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "dialogues", "referral_store")
LIBS = {"telegram", "rasa_sdk", "sanic", "httpx", "starlette", "uvicorn", "bot"}
FORBIDDEN = {
    # The engine is pure: no channel, no storage, no network, no event loop.
    "dialogues": LIBS | {"aiosqlite", "sqlite3", "referral_store", "asyncio", "socket"},
    "referral_store": LIBS | {"dialogues"},
}
CHANNELS = ("telegram", "terminal", "rasa", "cli", "web")
LAUNCHERS = {"bot.cli.serve", "bot.__main__"}


def imports_of(path: Path) -> Iterator[tuple[str, str | None]]:
    """Every ``(module, name)`` a file imports, at any depth (a lazy import is still one)."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                package = module_name(path).split(".")
                base = package[: len(package) - node.level + (path.name == "__init__.py")]
                module = ".".join([*base, node.module])
            else:
                module = node.module
            for alias in node.names:
                yield module, alias.name


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    return {
        module_name(path): path for package in PACKAGES for path in (ROOT / package).rglob("*.py")
    }


def resolved(module: str, name: str | None, known: dict[str, Path]) -> str | None:
    """The project module an import loads: ``from bot.cli import desk`` is bot.cli.desk."""
    if name and f"{module}.{name}" in known:
        return f"{module}.{name}"
    return module if module in known else None


def graph() -> dict[str, set[str]]:
    known = project_modules()
    return {
        module: {
            target
            for imported, name in imports_of(path)
            if (target := resolved(imported, name, known)) and target != module
        }
        for module, path in known.items()
    }


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(edges.get(child, ())))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def channel_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "bot" and parts[1] in CHANNELS else None


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, f"{layer}/ has no modules"
    wrong = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in files
        for module, _ in imports_of(path)
        if module.split(".")[0] in FORBIDDEN[layer]
    }
    assert not wrong, f"imports that point the wrong way: {sorted(wrong)}"


def test_a_channel_never_imports_another() -> None:
    edges = graph()
    assert {channel_of(m) for m in edges} >= {"telegram", "terminal", "rasa", "cli"}
    wrong = sorted(
        f"{module} -> {target}"
        for module, targets in edges.items()
        for target in targets
        if (ours := channel_of(module))
        and (theirs := channel_of(target))
        and ours != theirs
        and not (module in LAUNCHERS and target.count(".") == 1)
    )
    assert not wrong, f"a channel imports another (share it below them instead): {wrong}"


def test_below_the_channels_nothing_imports_a_channel() -> None:
    edges = graph()
    wrong = sorted(
        f"{module} -> {target}"
        for module, targets in edges.items()
        if channel_of(module) is None and module not in LAUNCHERS
        for target in targets
        if channel_of(target)
    )
    assert not wrong, f"shared code imports a channel: {wrong}"


def test_no_import_circles() -> None:
    found = circles(graph())
    assert not found, f"modules that import each other round a circle: {found}"


def test_the_checks_see_a_wrong_import_and_a_circle(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import telegram\nfrom referral_store.store import Store\n"
        "def later():\n    from bot.cli import desk\n"
    )
    assert {"telegram", "referral_store.store", "bot.cli"} <= {m for m, _ in imports_of(module)}
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []
