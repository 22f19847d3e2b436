"""Shared fixtures. Tests that need the shared corpora skip cleanly without them."""

from __future__ import annotations

# Kivy reads these when first imported, so they are set before any test module can import it:
# no command-line parsing, a throwaway KIVY_HOME, an offscreen window, and Python logging
# (Kivy then leaves stderr and pytest's capture alone). Set any of them yourself to override.
import atexit as _atexit
import os as _os
import shutil as _shutil
import tempfile as _tempfile

_os.environ.setdefault("KIVY_NO_ARGS", "1")
if "KIVY_HOME" not in _os.environ:
    _os.environ["KIVY_HOME"] = _tempfile.mkdtemp(prefix="safechat-kivy-home-")
    _atexit.register(_shutil.rmtree, _os.environ["KIVY_HOME"], True)
_os.environ.setdefault("SDL_VIDEODRIVER", "offscreen")  # use "dummy" where offscreen is missing
_os.environ.setdefault("KIVY_LOG_MODE", "PYTHON")
_os.environ.setdefault("KIVY_NO_CONSOLELOG", "1")
_os.environ.setdefault("KIVY_METRICS_DENSITY", "1")
_os.environ.setdefault("KIVY_CLIPBOARD", "dummy")

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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that reads the shared corpora must say so with the ``corpora`` marker."""
    unmarked = [item.nodeid for item in items
                if "data_dir" in getattr(item, "fixturenames", ()) and item.get_closest_marker("corpora") is None]
    if unmarked:
        raise pytest.UsageError("tests using the data_dir fixture need @pytest.mark.corpora: " + ", ".join(unmarked))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    d = shared_data()
    if d is None:
        pytest.skip("shared data not found (set SAFECHAT_DATA or place it at ../shared/data)")
    return d
