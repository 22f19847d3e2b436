"""Stand-ins for tests, fuzzing, scripted demos and host apps' own UI tests.

:class:`ScriptedGuard` scores messages written "label1+label2: text": the named labels score
:data:`HIGH`, every other label :data:`LOW`. The real :class:`~safechat.Conversation` policy
(tiers, fatigue, the cap, "I'm OK", block) runs unchanged on top, so every kind of warning can be
shown whatever a model scores::

    from safechat.testing import FakeClock, ScriptedGuard
    clock = FakeClock()
    chat = ScriptedGuard(clock).conversation(child_age=12)
    alert = chat.receive("coercion: pay or i post it")     # a crisis alert
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from .conversation import Conversation
from .guard import GuardOptions
from .labels import CONTEXT, LABELS
from .policy import Policy
from .results import Classification
from .state import AlertBudget

__all__ = ["HIGH", "LOW", "FakeClock", "ScriptedGuard"]

HIGH = 0.95  # score of a named label
LOW = 0.01  # score of every other label
FLAG_THRESHOLD = 0.5  # every label's flag threshold


class FakeClock:
    """A device clock that moves only when told (seconds since the epoch)."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock on by ``seconds``."""
        self.now += seconds


@dataclass
class ScriptedBundle:
    """What a scripted guard shows as its bundle: flat thresholds, the policy as given, and the
    name and version its :attr:`ScriptedGuard.model_id` reads (a test may change them)."""

    thresholds: Mapping[str, float] = field(default_factory=lambda: dict.fromkeys(LABELS, FLAG_THRESHOLD))
    policy: Mapping[str, Any] = field(default_factory=dict)
    name: str = "custom"
    version: str = "unversioned"


class ScriptedGuard:
    """A :class:`~safechat.Scorer` that reads "label1+label2: text" messages (see the module).

    Args:
        clock: the device clock (None: the system's).
        policy: policy overrides, as a manifest's "policy" dict or a :class:`~safechat.Policy`.
        daily_cap: interruptive warnings a day across its conversations.

    Raises:
        ValueError: a policy outside its schema.
    """

    def __init__(self, clock: Callable[[], float] | None = None, policy: Mapping[str, Any] | Policy | None = None,
                 daily_cap: int = 3) -> None:
        raw = {} if policy is None or isinstance(policy, Policy) else dict(policy)
        self._policy = policy if isinstance(policy, Policy) else Policy.from_dict(raw)
        self.bundle = ScriptedBundle(policy=raw)
        self.options = GuardOptions(clock=clock, daily_cap=daily_cap)
        self.alert_budget = AlertBudget(daily_cap)
        self.clock = clock
        self.closed = False

    @property
    def thresholds(self) -> Mapping[str, float]:
        return self.bundle.thresholds

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def model_id(self) -> str:
        return f"{self.bundle.name} {self.bundle.version}"

    def classify(self, text: str) -> Classification:
        """The labels named before the first ":" score high; risk 0.9 with a label beyond
        context, 0.3 with context labels only, else 0.02."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        head = text.split(":", 1)[0] if ":" in text else ""
        named = [part.strip() for part in head.split("+") if part.strip() in LABELS]
        labels = {label: (HIGH if label in named else LOW) for label in LABELS}
        risk = 0.9 if any(n not in CONTEXT for n in named) else 0.3 if named else 0.02
        return Classification(labels=labels, flagged=tuple(named), risk=risk)

    def classify_batch(self, texts: list[str]) -> list[Classification]:
        return [self.classify(text) for text in texts]

    def conversation(self, child_age: int | None = None, *, locale: str | None = None, country: str | None = None,
                     contact: str = "unknown", alert_budget: AlertBudget | None = None,
                     clock: Callable[[], float] | None = None) -> Conversation:
        """As :meth:`safechat.Guard.conversation`."""
        return Conversation(self, child_age=child_age,
                            locale=locale if locale is not None else self.options.locale,
                            country=country if country is not None else self.options.country,
                            contact=contact, alert_budget=alert_budget, clock=clock)

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
