"""The alert policy: a typed :class:`Policy` read from a manifest, the conversation features,
the learnt conversation risk and the tier decision, as pure functions calibration can call.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .labels import ACT_NOW, CONTEXT, CRISIS, LABELS, PATTERN, Tier

#: Who the contact is, as the host app knows it (never guessed): a stranger or online-only contact
#: ("unknown", the default), a saved contact, classmate, coach or mutual friend ("known"), or a
#: parent, carer, sibling or relative ("family").
CONTACTS: tuple[str, ...] = ("unknown", "known", "family")

#: Product rules that hold whatever a model's calibration says (the manifest cannot change them):
#: a behaviour seen keeps counting for at least this long after its last confident hit,
MIN_MEMORY_DAYS = 14.0  # days
#: and these labels alert on one confident message with no conversation-risk gate, per contact.
#: A threat opens the crisis flow even as a new contact's first message; an unknown contact's
#: photo request warns on that message.
ALWAYS_UNGATED: dict[str, frozenset[str]] = {
    "unknown": frozenset({"coercion", "image_request"}),
    "known": frozenset({"coercion"}),
    "family": frozenset({"coercion"}),
}

#: The features of the learnt conversation risk, in order.
FEATURES: tuple[str, ...] = tuple(f"e_{label}" for label in LABELS) + (
    "n_context",
    "n_pattern",
    "n_act",
    "risk_peak",
    "risk_mean",
)

#: Policy defaults; a model's manifest may override any of them under "policy".
DEFAULT_POLICY: dict[str, Any] = {
    "memory_days": MIN_MEMORY_DAYS,  # a behaviour counts this long after its last confident hit
    "risk_ema": 0.15,  # weight of each new message in the running mean of message risk (from 0)
    "act_now_thresholds": {},  # label -> probability for one-message act-now alerts (default: flag threshold)
    # label -> probability that alerts when another behaviour is already in evidence (default: as above)
    "act_now_context_thresholds": {},
    # conversation risk below which one act-now message does not alert: one number, or one per
    # contact kind ({"unknown": .., "known": .., "family": ..}); never applied to ALWAYS_UNGATED
    "act_now_risk_gate": 0.0,
    # contact kind -> further act-now labels the calibration found safe to leave ungated
    "ungated": {},
    "pattern_min_labels": 2,  # distinct pattern labels that make a pattern alert
    "presence_floor": 0.25,  # evidence at or above this counts as a behaviour seen (for memory_days)
    # chat.risk that, with one behaviour beyond context in evidence, makes a pattern alert
    "conversation_threshold": 0.5,
    "conversation_weights": {},  # feature -> weight of the learnt conversation risk (logistic)
    "conversation_bias": -4.0,
    "fatigue_hours": 24.0,  # one interruptive alert per tier per conversation in this window
    "ok_silence_days": 7.0,  # "I'm OK" silences the pattern tier for this long
    "expire_days": 30.0,  # state older than this (no activity) is forgotten
}

#: Policy keys of earlier releases that a manifest may still carry; they are ignored.
RETIRED_POLICY_KEYS = frozenset({"half_life_hours"})

#: Hand-set conversation weights used until a model ships learnt ones.
FALLBACK_WEIGHTS: Mapping[str, float] = MappingProxyType({f"e_{label}": 1.0 for label in LABELS} | {
    "n_pattern": 1.0,
    "n_act": 1.5,
    "risk_peak": 1.0,
    "risk_mean": 2.0,
})


def validate_policy(policy: Any) -> None:
    """Check a manifest's policy against the schema: known keys, types, finite values in range,
    and the product rules a policy may not undercut.

    Raises:
        ValueError: naming the first key that is wrong and the rule it breaks.
    """
    if not isinstance(policy, dict):
        raise ValueError("policy must be a JSON object")  # noqa: TRY004  # a bad manifest value: ModelIntegrityError

    def number(key: str, value: Any, lo: float, hi: float) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or not lo <= value <= hi:
            raise ValueError(f"policy.{key} must be a number between {lo:g} and {hi:g}")

    def per_label(key: str, value: Any, labels: frozenset[str] | tuple[str, ...], lo: float, hi: float) -> None:
        if not isinstance(value, dict) or not set(value) <= set(labels):
            raise ValueError(f"policy.{key} must map some of {', '.join(sorted(labels))} to numbers")
        for label, v in value.items():
            number(f"{key}.{label}", v, lo, hi)

    ranges = {"risk_ema": (1e-3, 1.0), "presence_floor": (1e-3, 1.0), "conversation_threshold": (0.0, 1.01),
              "conversation_bias": (-100.0, 100.0), "fatigue_hours": (0.0, 24.0 * 30), "ok_silence_days": (0.0, 30.0),
              "memory_days": (MIN_MEMORY_DAYS, 365.0), "expire_days": (MIN_MEMORY_DAYS, 365.0)}
    for key, value in policy.items():
        if key in RETIRED_POLICY_KEYS:
            continue
        if key in ranges:
            number(key, value, *ranges[key])
        elif key in ("act_now_thresholds", "act_now_context_thresholds"):
            per_label(key, value, ACT_NOW, 1e-3, 1.01)
        elif key == "conversation_weights":
            per_label(key, value, FEATURES, -100.0, 100.0)
        elif key == "act_now_risk_gate":
            if isinstance(value, dict):
                per_label(key, value, CONTACTS, 0.0, 1.0)
            else:
                number(key, value, 0.0, 1.0)
        elif key == "ungated":
            if not isinstance(value, dict) or not set(value) <= set(CONTACTS) or not all(
                    isinstance(v, list) and set(v) <= ACT_NOW for v in value.values()):
                raise ValueError("policy.ungated must map contact kinds to lists of act-now labels")
        elif key == "pattern_min_labels":
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= len(PATTERN):
                raise ValueError(f"policy.pattern_min_labels must be an int between 1 and {len(PATTERN)}")
        else:
            raise ValueError(f"policy.{key} is not a policy setting this release knows")


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Policy:
    """A model's alert policy (the manifest's "policy", over :data:`DEFAULT_POLICY`), validated.

    Build one with :meth:`from_dict`; the fields mean what :data:`DEFAULT_POLICY`'s comments say.
    """

    memory_days: float = DEFAULT_POLICY["memory_days"]
    risk_ema: float = DEFAULT_POLICY["risk_ema"]
    act_now_thresholds: Mapping[str, float] = field(default_factory=lambda: _frozen({}))
    act_now_context_thresholds: Mapping[str, float] = field(default_factory=lambda: _frozen({}))
    act_now_risk_gate: float | Mapping[str, float] = DEFAULT_POLICY["act_now_risk_gate"]
    ungated: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    pattern_min_labels: int = DEFAULT_POLICY["pattern_min_labels"]
    presence_floor: float = DEFAULT_POLICY["presence_floor"]
    conversation_threshold: float = DEFAULT_POLICY["conversation_threshold"]
    conversation_weights: Mapping[str, float] = field(default_factory=lambda: _frozen({}))
    conversation_bias: float = DEFAULT_POLICY["conversation_bias"]
    fatigue_hours: float = DEFAULT_POLICY["fatigue_hours"]
    ok_silence_days: float = DEFAULT_POLICY["ok_silence_days"]
    expire_days: float = DEFAULT_POLICY["expire_days"]

    @classmethod
    def from_dict(cls, policy: Any) -> Policy:
        """The policy a manifest gives (missing keys take their defaults).

        Raises:
            ValueError: the policy breaks its schema (see :func:`validate_policy`).
        """
        validate_policy(policy)
        p = DEFAULT_POLICY | {k: v for k, v in policy.items() if k not in RETIRED_POLICY_KEYS}
        gate = p["act_now_risk_gate"]
        return cls(
            memory_days=float(p["memory_days"]),
            risk_ema=float(p["risk_ema"]),
            act_now_thresholds=_frozen({k: float(v) for k, v in p["act_now_thresholds"].items()}),
            act_now_context_thresholds=_frozen({k: float(v) for k, v in p["act_now_context_thresholds"].items()}),
            act_now_risk_gate=_frozen({k: float(v) for k, v in gate.items()}) if isinstance(gate, dict)
            else float(gate),
            ungated=_frozen({k: tuple(v) for k, v in p["ungated"].items()}),
            pattern_min_labels=int(p["pattern_min_labels"]),
            presence_floor=float(p["presence_floor"]),
            conversation_threshold=float(p["conversation_threshold"]),
            conversation_weights=_frozen({k: float(v) for k, v in p["conversation_weights"].items()}),
            conversation_bias=float(p["conversation_bias"]),
            fatigue_hours=float(p["fatigue_hours"]),
            ok_silence_days=float(p["ok_silence_days"]),
            expire_days=float(p["expire_days"]),
        )

    def gate(self, contact: str) -> float:
        """The conversation risk one gated act-now message needs, for this kind of contact."""
        gate = self.act_now_risk_gate
        return float(gate.get(contact, gate.get("unknown", 0.0))) if isinstance(gate, Mapping) else float(gate)

    def ungated_labels(self, contact: str) -> frozenset[str]:
        """Act-now labels that alert with no gate: the product rule's, plus the calibration's."""
        return ALWAYS_UNGATED[contact] | frozenset(self.ungated.get(contact, ()))

    def act_thresholds(self, thresholds: Mapping[str, float]) -> tuple[dict[str, float], dict[str, float]]:
        """Per act-now label: the one-message threshold, and the one with another behaviour in
        evidence (defaults: the label's flag threshold, then the one-message one)."""
        alone = {label: float(self.act_now_thresholds.get(label, thresholds[label])) for label in ACT_NOW}
        in_context = {label: float(self.act_now_context_thresholds.get(label, alone[label])) for label in ACT_NOW}
        return alone, in_context

    def weights(self) -> Mapping[str, float]:
        """The learnt conversation weights, or the hand-set fallback when the model has none."""
        return self.conversation_weights or FALLBACK_WEIGHTS


def present(recent: Mapping[str, float], labels: Iterable[str], floor: float) -> list[str]:
    """Labels whose recent evidence is at or above ``floor`` (behaviours seen), in the given order."""
    return [label for label in labels if recent[label] >= floor]


def features(recent: Mapping[str, float], floor: float, risk_peak: float, risk_mean: float) -> dict[str, float]:
    """The conversation's features (:data:`FEATURES`) from its recent per-label evidence and
    message-risk summaries."""
    f = {f"e_{label}": recent[label] for label in LABELS}
    f["n_context"] = float(len(present(recent, CONTEXT, floor)))
    f["n_pattern"] = float(len(present(recent, PATTERN, floor)))
    f["n_act"] = float(len(present(recent, ACT_NOW, floor)))
    f["risk_peak"] = risk_peak
    f["risk_mean"] = risk_mean
    return f


def conversation_risk(policy: Policy, feats: Mapping[str, float]) -> float:
    """The learnt conversation risk in [0, 1]: a logistic over the features."""
    z = policy.conversation_bias + sum(float(w) * feats.get(name, 0.0) for name, w in policy.weights().items())
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def decide(policy: Policy, *, scores: Mapping[str, float], flagged: Iterable[str], recent: Mapping[str, float],
           seen_at: Mapping[str, float | None], risk: float, act_thresholds: tuple[Mapping[str, float],
                                                                                   Mapping[str, float]],
           gate: float, ungated: frozenset[str], pattern_silenced: bool) -> tuple[Tier, list[str]] | None:
    """The tier a scored message raises, and its labels (strongest first), before fatigue and the cap.

    Args:
        scores, flagged: the message's label scores and flagged labels.
        recent: each label's evidence still in memory, after this message.
        seen_at: each label's last confident hit (orders equal evidence, most recent first).
        risk: the conversation risk after this message.
        act_thresholds, gate, ungated: from :meth:`Policy.act_thresholds`, :meth:`Policy.gate`
            and :meth:`Policy.ungated_labels` for this contact.
        pattern_silenced: the child said "I'm OK" and the silence still runs.

    Returns:
        (tier, labels), or None when the message raises nothing.
    """
    flagged = tuple(flagged)
    alone, in_context = act_thresholds
    floor = policy.presence_floor
    # One act-now message alerts only in a conversation whose learnt risk passes the contact's
    # gate ("send me the pics from today" between friends is not a photo request), except the
    # labels the product rules leave ungated: a threat is a crisis from the first message.
    act_hits = [
        label
        for label in flagged
        if label in ACT_NOW
        and (label in ungated or risk >= gate)
        and (
            scores[label] >= alone[label]
            # a slightly less certain message counts when another behaviour is already in evidence
            or (scores[label] >= in_context[label]
                and any(recent[o] >= floor for o in LABELS if o != label))
        )
    ]
    present_pattern = present(recent, PATTERN, floor)
    present_context = present(recent, CONTEXT, floor)
    present_act = present(recent, ACT_NOW, floor)
    # strongest first; among equals the most recent, then the label order (deterministic)
    supporting = sorted(present_pattern + present_act + present_context,
                        key=lambda label: (-recent[label], -(seen_at[label] or 0.0), LABELS.index(label)))
    tier: Tier
    labels: list[str]
    if any(label in CRISIS for label in act_hits):
        tier, labels = "crisis", [label for label in act_hits if label in CRISIS] + [
            label for label in act_hits if label not in CRISIS
        ]
    elif act_hits:
        tier, labels = "act_now", act_hits
    else:
        grown = len(present_pattern) >= policy.pattern_min_labels
        # one behaviour beyond context, in a conversation whose learnt risk is high, counts as
        # a pattern too (context labels alone never show anything)
        leaning = bool(present_pattern or present_act) and risk >= policy.conversation_threshold
        if not (grown or leaning):
            return None
        if not flagged:
            return None  # only a message that adds to the pattern can raise it (no re-alerts on small talk)
        if pattern_silenced:
            return None  # the child said "I'm OK": pattern alerts stay quiet for a while
        tier, labels = "pattern", []
    return tier, labels + [label for label in supporting if label not in labels]
