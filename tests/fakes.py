"""A scripted stand-in for Guard, so policy tests assert exact alerts whatever the model learns.

Messages are written as "label1+label2: free text"; the named labels score 0.95, others 0.01.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safechat.guard import Classification, GuardOptions
from safechat.labels import CONTEXT, LABELS


@dataclass
class FakeBundle:
    thresholds: dict = field(default_factory=lambda: {label: 0.5 for label in LABELS})
    policy: dict = field(default_factory=dict)


class FakeClock:
    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


#: The device clock of a FakeGuard made without one: fixed, and later than every `at` the tests
#: pass, so state bytes are reproducible (messages given with an `at` then read as a synced backlog).
LATER = 2_000_000_000.0  # seconds since the epoch (2033)


class FakeGuard:
    def __init__(self, clock: FakeClock | None = None, policy: dict | None = None, daily_cap: int = 3) -> None:
        from safechat.conversation import AlertBudget

        if clock is None:
            clock = FakeClock(LATER)
        self.bundle = FakeBundle(policy=policy or {})
        self.options = GuardOptions(clock=clock, daily_cap=daily_cap)
        self.alert_budget = AlertBudget(daily_cap)

    def classify(self, text: str) -> Classification:
        head = text.split(":", 1)[0] if ":" in text else ""
        named = [p for p in head.split("+") if p in LABELS]
        labels = {label: (0.95 if label in named else 0.01) for label in LABELS}
        risk = 0.9 if any(n not in CONTEXT for n in named) else 0.3 if named else 0.02
        return Classification(labels=labels, flagged=tuple(named), risk=risk)

    def conversation(self, child_age=None, *, locale=None, country="GB", contact="unknown", alert_budget=None,
                     clock=None):
        from safechat.conversation import Conversation

        return Conversation(self, child_age=child_age, locale=locale, country=country, contact=contact,
                            alert_budget=alert_budget, clock=clock)
