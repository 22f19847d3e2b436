"""Shared fixtures. Tests that need the shared corpora skip cleanly without them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_data() -> Path | None:
    for candidate in (os.environ.get("SAFECHAT_DATA"), ROOT.parent / "shared" / "data"):
        if candidate and (Path(candidate) / "dev.jsonl.gz").exists():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def guard():
    import safechat

    g = safechat.Guard()
    yield g
    g.close()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    d = shared_data()
    if d is None:
        pytest.skip("shared data not found (set SAFECHAT_DATA or place it at ../shared/data)")
    return d
