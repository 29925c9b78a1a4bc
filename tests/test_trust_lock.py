"""Dependencies install from a lock file with hashes, and the lock matches pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements-dev.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;\\]+)")


def name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def locked() -> dict[str, tuple[str, int]]:
    """Each locked package: its version and how many hashes it carries."""
    found: dict[str, tuple[str, int]] = {}
    current = None
    for line in LOCK.read_text().splitlines():
        match = PIN.match(line)
        if match:
            current = name(match.group(1))
            found[current] = (match.group(3), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, hashes = found[current]
            found[current] = (version, hashes + 1)
    return found


def test_every_pin_of_pyproject_is_locked_at_its_version_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    pins = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["dev"],
        *project["build-system"]["requires"],
    ]
    lock = locked()
    assert len(lock) > len(pins), "the lock holds the dependencies' dependencies too"
    for pin in pins:
        match = PIN.match(pin)
        assert match, f"{pin} is not pinned with =="
        package, version = name(match.group(1)), match.group(3)
        assert lock.get(package, ("missing", 0))[0] == version, (
            f"{package} {version} in pyproject.toml but {lock.get(package)} in the lock: "
            "run make lock"
        )
    unhashed = [package for package, (_, hashes) in lock.items() if hashes == 0]
    assert not unhashed, unhashed


def test_the_makefile_installs_from_the_lock_and_nothing_else() -> None:
    makefile = (ROOT / "Makefile").read_text()
    installs = [line.strip() for line in makefile.splitlines() if "pip install" in line]
    project = [line for line in installs if "pip-tools" not in line]
    assert any("--require-hashes" in line and "$(LOCK)" in line for line in project)
    assert all("--no-deps" in line for line in project), project
