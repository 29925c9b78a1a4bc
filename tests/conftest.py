"""Test-wide settings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fast_test_drivers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests press buttons faster than any person; the flood limit has a test of its own."""
    monkeypatch.setenv("RJBOT_FLOOD_PER_10S", "1000")
