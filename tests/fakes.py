"""The scripted guard and fake clock of :mod:`safechat.testing`, with the tests' fixed default clock.

Messages are written as "label1+label2: free text"; the named labels score 0.95, others 0.01.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from safechat.testing import FakeClock, ScriptedGuard

__all__ = ["LATER", "FakeClock", "FakeGuard"]

#: The device clock of a FakeGuard made without one: fixed, and later than every `at` the tests
#: pass, so state bytes are reproducible (messages given with an `at` then read as a synced backlog).
LATER = 2_000_000_000.0  # seconds since the epoch (2033)


class FakeGuard(ScriptedGuard):
    """:class:`safechat.testing.ScriptedGuard` whose clock, when none is given, stands at :data:`LATER`."""

    def __init__(self, clock: Callable[[], float] | None = None, policy: Mapping[str, Any] | None = None,
                 daily_cap: int = 3) -> None:
        super().__init__(FakeClock(LATER) if clock is None else clock, policy=policy, daily_cap=daily_cap)
