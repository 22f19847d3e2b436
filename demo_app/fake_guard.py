"""A scripted stand-in for ``safechat.Guard`` (the ``--fake-guard`` developer flag).

It reads messages written "label1+label2: text": the named labels score high, the rest low.
The SDK's real Conversation policy (tiers, fatigue, "I'm OK", block) runs unchanged on top, so
the demo can show every kind of warning whatever the bundled model currently scores. Screens
made with it say so in docs/DEMO.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import safechat

HIGH = 0.95  # score of a named label
LOW = 0.01  # score of every other label


@dataclass
class _Bundle:
    # what Conversation reads from a guard's bundle: per-label thresholds and policy overrides
    thresholds: dict = field(default_factory=lambda: {label: 0.5 for label in safechat.LABELS})
    policy: dict = field(default_factory=dict)


class ScriptedGuard:
    """Scores "label1+label2: text" messages as written; everything else scores low."""

    def __init__(self) -> None:
        self.bundle = _Bundle()
        self.options = safechat.GuardOptions()

    def classify(self, text: str) -> safechat.Classification:
        head = text.split(":", 1)[0] if ":" in text else ""
        named = [part.strip() for part in head.split("+") if part.strip() in safechat.LABELS]
        labels = {label: (HIGH if label in named else LOW) for label in safechat.LABELS}
        context = {"flattery", "personal_info"}
        risk = 0.9 if any(n not in context for n in named) else 0.3 if named else 0.02
        return safechat.Classification(labels=labels, flagged=tuple(named), risk=risk)

    def conversation(self, child_age: int | None = None, *, locale: str | None = None, country: str = "GB",
                     contact: str = "unknown", alert_budget=None, clock=None):
        return safechat.Conversation(self, child_age=child_age, locale=locale, country=country, contact=contact,
                                     alert_budget=alert_budget, clock=clock)

    def close(self) -> None:
        pass
