"""The obvious approach, for comparison: a plain word-list detector with the Guard interface.

`safechat eval --baseline keywords` runs :class:`KeywordGuard` (a :class:`safechat.Scorer`)
through exactly the same conversation code as the model, so every report shows what the model
adds over a list of phrases.

Matching is deliberately plain: lower-case, whole words or phrases, no normalisation of tricks
(leetspeak, spacing, homoglyphs), as a keyword filter usually is. It never keeps any text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import Any, Self

from ..conversation import Conversation
from ..guard import GuardOptions
from ..labels import CONTEXT, LABELS
from ..policy import Policy
from ..results import Classification
from ..state import AlertBudget

#: Score given to a label whose phrase list matched (0.0 otherwise); above the 0.5 threshold.
HIT = 0.9
#: Message risk when a pattern or act-now label matched, when only a context label matched.
RISK_HIT, RISK_CONTEXT = 0.9, 0.3

#: Phrases per label, matched as whole words, case-insensitively. Written for this baseline:
#: the first words a developer would put in a filter, no more.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "flattery": (
        "so pretty", "so beautiful", "gorgeous", "so cute", "mature for your age", "mature for ur age",
        "you're special", "ur special", "perfect", "so hot",
    ),
    "personal_info": (
        "what school", "which school", "where do you live", "where do u live", "how old are you",
        "how old r u", "asl", "your address", "what grade", "your age", "what's your number",
    ),
    "supervision_check": (
        "parents home", "your parents", "ur parents", "your mom", "your mum", "your dad", "home alone",
        "are you alone", "r u alone", "anyone home", "check your phone", "who else uses",
    ),
    "secrecy": (
        "don't tell", "dont tell", "do not tell", "our secret", "our little secret", "between us",
        "delete this", "delete the chat", "delete our", "nobody needs to know", "no one needs to know",
    ),
    "isolation": (
        "don't understand you", "dont understand you", "only one who understands", "only i understand",
        "nobody understands", "no one understands", "they don't care", "you don't need them",
        "your friends are", "i'm all you need",
    ),
    "platform_move": (
        "snapchat", "snap", "whatsapp", "kik", "telegram", "discord", "skype", "add me on",
        "text me", "dm me", "your number", "ur number", "private chat",
    ),
    "gifts": (
        "gift card", "robux", "vbucks", "v-bucks", "buy you", "send you money", "i'll pay",
        "present for you", "paypal", "new phone",
    ),
    "sexual_content": (
        "sex", "sexy", "horny", "naked", "virgin", "kiss", "underwear", "bra", "turn you on",
        "turned on", "in bed",
    ),
    "image_request": (
        "send a pic", "send me a pic", "send pic", "send pics", "a photo", "a picture", "pic of you",
        "webcam", "cam", "selfie", "show me",
    ),
    "meetup": (
        "meet up", "meet you", "meet me", "come over", "pick you up", "pick u up", "in person",
        "where can we meet", "visit you", "hotel",
    ),
    "coercion": (
        "or else", "tell everyone", "i'll share", "i will share", "post your", "send them to",
        "you owe me", "expose you", "everyone will see", "your parents will see",
    ),
}


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_PATTERNS: dict[str, re.Pattern[str]] = {label: _pattern(KEYWORDS[label]) for label in LABELS}


@dataclass(frozen=True)
class KeywordBundle:
    """What ``Conversation`` reads from a model bundle: flat 0.5 thresholds, default policy."""

    thresholds: MappingProxyType = field(default_factory=lambda: MappingProxyType({label: 0.5 for label in LABELS}))
    policy: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    name: str = "keywords"
    version: str = "1"
    manifest: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))


class KeywordGuard:
    """A Guard-compatible word-list detector: ``classify``, ``conversation``, ``close``.

    Args:
        options: :class:`GuardOptions` (only ``clock``, ``locale`` and ``country`` matter).
        keywords: phrases per label; defaults to :data:`KEYWORDS`.

    Raises:
        ValueError: ``keywords`` names a label that is not one of the 11.
    """

    def __init__(self, options: GuardOptions | None = None, keywords: dict[str, tuple[str, ...]] | None = None) -> None:
        self.options = options or GuardOptions()
        self.bundle = KeywordBundle()
        self.policy = Policy()
        self.alert_budget = AlertBudget(self.options.daily_cap)
        if keywords is None:
            self._patterns = _PATTERNS
        else:
            unknown = set(keywords) - set(LABELS)
            if unknown:
                raise ValueError(f"unknown label ids: {', '.join(sorted(unknown))}")
            self._patterns = {label: _pattern(tuple(keywords.get(label, ()))) for label in LABELS if keywords.get(label)}
        self.closed = False

    @property
    def thresholds(self) -> Mapping[str, float]:
        return self.bundle.thresholds

    @property
    def model_id(self) -> str:
        return f"{self.bundle.name} {self.bundle.version}"

    @property
    def clock(self) -> Callable[[], float] | None:
        return self.options.clock

    def classify(self, text: str) -> Classification:
        """Score one message: HIT for every label whose phrases occur in it, 0 otherwise."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        lowered = text.lower()
        flagged = tuple(label for label in LABELS if label in self._patterns and self._patterns[label].search(lowered))
        if any(label not in CONTEXT for label in flagged):
            risk = RISK_HIT
        else:
            risk = RISK_CONTEXT if flagged else 0.0
        return Classification(
            labels={label: (HIT if label in flagged else 0.0) for label in LABELS},
            flagged=flagged,
            risk=risk,
        )

    def conversation(self, child_age: int | None = None, *, locale: str | None = None, country: str | None = None,
                     contact: str = "unknown", alert_budget=None, clock=None) -> Conversation:
        return Conversation(
            self,
            child_age=child_age,
            locale=locale if locale is not None else self.options.locale,
            country=country if country is not None else self.options.country,
            contact=contact,
            alert_budget=alert_budget,
            clock=clock,
        )

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KeywordGuard({sum(len(v) for v in KEYWORDS.values())} phrases)"


def build(name: str, options: GuardOptions | None = None) -> Any:
    """The baseline called ``name`` (only "keywords" for now).

    Raises:
        ValueError: an unknown baseline name.
    """
    if name == "keywords":
        return KeywordGuard(options)
    raise ValueError(f"unknown baseline {name!r}; expected: keywords")
