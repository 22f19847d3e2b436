"""What a scorer gives and what a conversation needs from one: :class:`Classification` and the
:class:`Scorer` protocol (met by :class:`safechat.Guard` and :class:`safechat.testing.ScriptedGuard`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .policy import Policy
from .state import AlertBudget


@dataclass(frozen=True)
class Classification:
    """How one message scores on its own.

    Attributes:
        labels: every label id mapped to a probability in [0, 1].
        flagged: labels at or above their calibrated threshold, most confident first.
        risk: how much the message reads like one from a grooming conversation, in [0, 1]. One
            message is weak evidence; the conversation layer averages it over the contact's messages.
        language: "en" (English, or too short or mixed to tell) or "other" (probably another
            language), from a cheap on-device check (:mod:`safechat.language`).
        readable: False when the message is probably in a language the model does not read (its
            manifest's ``languages``). Its scores are still given, unchanged, but an empty
            ``flagged`` then means "not read", not "nothing found".
    """

    labels: dict[str, float]
    flagged: tuple[str, ...]
    risk: float
    language: str = "en"
    readable: bool = True


@runtime_checkable
class Scorer(Protocol):
    """What :class:`safechat.Conversation` needs from a guard.

    Attributes:
        thresholds: each label's flag threshold (evidence grows only on scores at or above it).
        policy: the model's alert policy.
        model_id: names the model in saved state (its risk numbers do not carry over to another).
        alert_budget: the daily cap conversations draw on by default.
        clock: the device clock (seconds since the epoch), or None for the system's.
    """

    @property
    def thresholds(self) -> Mapping[str, float]: ...

    @property
    def policy(self) -> Policy: ...

    @property
    def model_id(self) -> str: ...

    @property
    def alert_budget(self) -> AlertBudget: ...

    @property
    def clock(self) -> Callable[[], float] | None: ...

    def classify(self, text: str) -> Classification:
        """Score one message on its own."""
        ...
