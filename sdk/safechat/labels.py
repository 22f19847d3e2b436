"""The behaviour labels and their tiers: the single source of truth (see docs/DOMAIN.md).

Training scripts, the runtime, the policy and the copy files all read the label set from here,
so they cannot drift apart.
"""

from __future__ import annotations

from typing import Final, Literal

#: The 11 behaviour labels, in the order the model's label head emits them.
LABELS: Final[tuple[str, ...]] = (
    "flattery",
    "personal_info",
    "supervision_check",
    "secrecy",
    "isolation",
    "platform_move",
    "gifts",
    "sexual_content",
    "image_request",
    "meetup",
    "coercion",
)

Tier = Literal["pattern", "act_now", "crisis"]

#: Context labels add weight to a pattern but never alert on their own.
CONTEXT: Final[frozenset[str]] = frozenset({"flattery", "personal_info"})
#: Pattern labels alert when two or more distinct ones build up in one conversation.
PATTERN: Final[frozenset[str]] = frozenset(
    {"supervision_check", "secrecy", "isolation", "platform_move", "gifts"}
)
#: Act-now labels alert on one confident message.
ACT_NOW: Final[frozenset[str]] = frozenset({"sexual_content", "image_request", "meetup", "coercion"})
#: Labels whose alert opens the crisis flow instead of the act-now sheet.
CRISIS: Final[frozenset[str]] = frozenset({"coercion"})

#: Alert tiers from least to most urgent.
TIERS: Final[tuple[Tier, ...]] = ("pattern", "act_now", "crisis")

#: Age bands the host may give (the SDK never guesses age); "default" when none is given.
AGE_BANDS: Final[tuple[str, ...]] = ("7-9", "10-12", "13-15", "16-17", "default")


def tier_of(label: str) -> str:
    """Return "context", "pattern" or "act_now" for a label id.

    Raises:
        ValueError: if ``label`` is not one of :data:`LABELS`.
    """
    if label in CONTEXT:
        return "context"
    if label in PATTERN:
        return "pattern"
    if label in ACT_NOW:
        return "act_now"
    raise ValueError(f"unknown label id {label!r}; expected one of {', '.join(LABELS)}")


def age_band(age: int | None) -> str:
    """Map a child's age in years (as the host app states it) to a copy band.

    Raises:
        TypeError: if ``age`` is not an int or None.
        ValueError: if ``age`` is outside 7-17 (safechat is built for children of those ages).
    """
    if age is None:
        return "default"
    if isinstance(age, bool) or not isinstance(age, int):
        raise TypeError(f"child_age must be an int or None, not {type(age).__name__}")
    if not 7 <= age <= 17:
        raise ValueError(f"child_age must be between 7 and 17, got {age}")
    if age <= 9:
        return "7-9"
    if age <= 12:
        return "10-12"
    if age <= 15:
        return "13-15"
    return "16-17"
