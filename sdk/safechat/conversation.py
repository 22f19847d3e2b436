"""`Conversation`: evidence per label over one contact's messages, tiers, fatigue, state bytes.

Only numbers are kept: decayed label evidence, a few risk summaries, timestamps and suppression
flags. No text, tokens or embeddings ever enter the state.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import struct
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .alerts import Alert, build_alert, load_copy
from .errors import StateError
from .labels import ACT_NOW, CONTEXT, CRISIS, LABELS, PATTERN, age_band

if TYPE_CHECKING:
    from .guard import Classification, Guard

HOUR = 3600.0  # seconds
DAY = 24 * HOUR  # seconds

#: Policy defaults; a model's manifest may override any of them under "policy".
DEFAULT_POLICY: dict[str, Any] = {
    "half_life_hours": 72.0,  # label evidence halves every 3 days without new hits
    "risk_ema": 0.15,  # weight of each new message in the running mean of message risk (from 0)
    "act_now_thresholds": {},  # label -> probability for one-message act-now alerts (default: flag threshold)
    # label -> probability that alerts when another behaviour is already in evidence (default: as above)
    "act_now_context_thresholds": {},
    "act_now_risk_gate": 0.0,  # conversation risk below which one act-now message does not alert
    "pattern_min_labels": 2,  # distinct pattern labels that make a pattern alert
    "presence_floor": 0.25,  # evidence at or above this counts as a behaviour seen (decays away)
    # chat.risk that, with one behaviour beyond context in evidence, makes a pattern alert
    "conversation_threshold": 0.5,
    "conversation_weights": {},  # feature -> weight of the learnt conversation risk (logistic)
    "conversation_bias": -4.0,
    "fatigue_hours": 24.0,  # one interruptive alert per tier per conversation in this window
    "ok_silence_days": 7.0,  # "I'm OK" silences the pattern tier for this long
    "expire_days": 30.0,  # state older than this (no activity) is forgotten
}

#: Hand-set conversation weights used until a model ships learnt ones (see scripts/train.py).
_FALLBACK_WEIGHTS = {f"e_{label}": 1.0 for label in LABELS} | {
    "n_pattern": 1.0,
    "n_act": 1.5,
    "risk_peak": 1.0,
    "risk_mean": 2.0,
}

FEATURES: tuple[str, ...] = tuple(f"e_{label}" for label in LABELS) + (
    "n_context",
    "n_pattern",
    "n_act",
    "risk_peak",
    "risk_mean",
)

STATE_MAGIC = b"SAFECHAT-STATE\x00"  # 15 bytes
STATE_VERSION = 1
_HEADER = struct.Struct(">15sBI")  # magic, version, payload length
_DIGEST_BYTES = 32


class AlertBudget:
    """The daily cap on interruptive alerts across all conversations of one Guard.

    Kept in memory by the Guard (``GuardOptions.daily_cap``); crisis alerts bypass it.
    """

    def __init__(self, daily_cap: int = 3, window: float = DAY) -> None:
        if isinstance(daily_cap, bool) or not isinstance(daily_cap, int) or daily_cap < 1:
            raise ValueError("daily_cap must be an int of at least 1")
        self.daily_cap = daily_cap
        self.window = window  # seconds
        self._times: list[float] = []
        self._lock = threading.Lock()

    def take(self, now: float) -> bool:
        """Spend one alert at ``now`` if the cap allows it; False when the cap is reached."""
        with self._lock:
            self._times = [t for t in self._times if now - t < self.window]
            if len(self._times) >= self.daily_cap:
                return False
            self._times.append(now)
            return True


@dataclass(frozen=True)
class ConversationOptions:
    """Per-conversation settings chosen by the host."""

    # the child's age in years (7-17) or None; selects the copy band, never guessed
    child_age: int | None = None
    locale: str = "en-GB"
    country: str = "GB"

    def __post_init__(self) -> None:
        age_band(self.child_age)  # validates
        if not isinstance(self.locale, str) or not isinstance(self.country, str):
            raise TypeError("locale and country must be strings")
        load_copy(self.locale)  # an unknown locale fails here (ValueError), not later when an alert is due


#: Timestamps are accepted from year 1 to year 9999 (what datetime and gmtime can represent).
_MIN_AT, _MAX_AT = -62_135_596_800.0, 253_402_300_799.0  # seconds since the epoch


def _to_seconds(at: float | datetime | None, clock) -> float:
    if at is None:
        return float(clock())
    if isinstance(at, datetime):
        if at.tzinfo is None:
            raise ValueError("at must be timezone-aware (naive datetimes are ambiguous)")
        return at.timestamp()
    if isinstance(at, bool) or not isinstance(at, (int, float)):
        raise TypeError(f"at must be seconds since the epoch, a datetime or None, not {type(at).__name__}")
    if not _MIN_AT <= at <= _MAX_AT:  # also refuses NaN and infinities (and huge ints, before any float())
        raise ValueError("at must be a finite number of seconds between years 1 and 9999")
    return float(at)


class Conversation:
    """One contact's conversation with the child, followed message by message.

    Create it with :meth:`Guard.conversation`. Feed the contact's messages to :meth:`receive` and
    the child's own messages to :meth:`send`. A Conversation is not meant to be shared between
    threads; calls from two threads are serialised by a lock, so they work but do not overlap.
    """

    def __init__(
        self,
        guard: Guard,
        *,
        child_age: int | None = None,
        locale: str = "en-GB",
        country: str = "GB",
        alert_budget: AlertBudget | None = None,
    ) -> None:
        self.options = ConversationOptions(child_age=child_age, locale=locale, country=country)
        self._guard = guard
        self._clock = guard.options.clock or time.time
        policy = dict(DEFAULT_POLICY)
        policy.update(guard.bundle.policy)
        self._policy = policy
        self._thr = dict(guard.bundle.thresholds)
        self._act_thr = {label: float(policy["act_now_thresholds"].get(label, self._thr[label])) for label in ACT_NOW}
        self._act_ctx_thr = {
            label: float(policy["act_now_context_thresholds"].get(label, self._act_thr[label])) for label in ACT_NOW
        }
        self._weights = policy["conversation_weights"] or _FALLBACK_WEIGHTS
        self._budget: AlertBudget = alert_budget or getattr(guard, "alert_budget", None) or AlertBudget()
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._evidence = {label: 0.0 for label in LABELS}
        self._hits = {label: 0 for label in LABELS}
        self._risk_peak = 0.0
        self._risk_mean = 0.0
        self._received = 0
        self._sent = 0
        self._last_at: float | None = None  # last message either way
        self._last_alert: dict[str, float] = {}  # tier -> time of its last alert
        self._alerted_labels: dict[str, list[str]] = {}  # tier -> labels of its last alert
        self._resurfaced: dict[str, bool] = {}  # tier -> a growing pattern already resurfaced
        self._ok_until = 0.0  # pattern tier silenced until this time ("I'm OK")
        self._blocked = False

    # -- reading the state -----------------------------------------------------------------------

    @property
    def evidence(self) -> dict[str, float]:
        """Per-label evidence so far, each in [0, 1], decayed to the last message's time."""
        return dict(self._evidence)

    @property
    def risk(self) -> float:
        """The conversation's risk so far, in [0, 1]."""
        return self._conversation_risk()

    @property
    def received(self) -> int:
        """How many contact messages were analysed."""
        return self._received

    @property
    def blocked(self) -> bool:
        return self._blocked

    @property
    def band(self) -> str:
        return age_band(self.options.child_age)

    def _present(self, labels) -> list[str]:
        # Evidence only grows on confident hits, so any evidence above the floor is a real hit
        # that has not yet decayed away.
        floor = float(self._policy["presence_floor"])
        return [label for label in labels if self._evidence[label] >= floor]

    def _features(self) -> dict[str, float]:
        f = {f"e_{label}": self._evidence[label] for label in LABELS}
        f["n_context"] = float(len(self._present(CONTEXT)))
        f["n_pattern"] = float(len(self._present(PATTERN)))
        f["n_act"] = float(len(self._present(ACT_NOW)))
        f["risk_peak"] = self._risk_peak
        f["risk_mean"] = self._risk_mean
        return f

    def _conversation_risk(self) -> float:
        if self._received == 0:
            return 0.0
        f = self._features()
        z = float(self._policy["conversation_bias"]) + sum(
            float(w) * f.get(name, 0.0) for name, w in self._weights.items()
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    # -- feeding messages ------------------------------------------------------------------------

    def _advance(self, now: float) -> None:
        """Decay evidence to ``now``; forget everything after a long silence."""
        if self._last_at is not None:
            gap = now - self._last_at
            if gap > float(self._policy["expire_days"]) * DAY:
                blocked, ok_until = self._blocked, self._ok_until
                self._reset()
                self._blocked, self._ok_until = blocked, ok_until
            elif gap > 0:
                factor = 0.5 ** (gap / (float(self._policy["half_life_hours"]) * HOUR))
                for label in LABELS:
                    self._evidence[label] *= factor
                self._risk_peak *= factor
        if self._last_at is None or now > self._last_at:
            self._last_at = now

    def receive(self, text: str, at: float | datetime | None = None) -> Alert | None:
        """Analyse a message from the contact; return an alert for the child, or None.

        Args:
            text: the contact's message.
            at: when it arrived (seconds since the epoch or an aware datetime); now when None.

        Returns:
            At most one :class:`Alert`; None when nothing should be shown (including after the
            child blocked this contact: blocked contacts are not analysed).

        Raises:
            TypeError: ``text`` is not a str or ``at`` has the wrong type.
            ValueError: ``at`` is a naive datetime, or not a time between years 1 and 9999.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        with self._lock:
            now = _to_seconds(at, self._clock)
            if self._blocked:
                return None
            return self._take(self._guard.classify(text), now)

    def _take(self, c: Classification, now: float) -> Alert | None:
        """Fold one scored contact message into the state (the caller holds the lock)."""
        self._advance(now)
        index = self._received
        self._received += 1
        self._update(c)
        return self._decide(c, index, now)

    def send(self, text: str, at: float | datetime | None = None) -> None:
        """Note a message the child sent. It is context only: never scored as the contact's.

        The text is not analysed at all; only the time is kept (for decay and expiry).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        with self._lock:
            now = _to_seconds(at, self._clock)
            self._advance(now)
            self._sent += 1

    def _update(self, c: Classification) -> None:
        for label in LABELS:
            p = c.labels[label]
            if p >= self._thr[label]:
                # noisy-OR of confident hits only, so many weak scores never add up to an alert
                self._evidence[label] = 1.0 - (1.0 - self._evidence[label]) * (1.0 - p)
                self._hits[label] += 1
        self._risk_peak = max(self._risk_peak, c.risk)
        # a running mean that starts from zero, so one message cannot look like a whole conversation
        alpha = float(self._policy["risk_ema"])
        self._risk_mean = (1 - alpha) * self._risk_mean + alpha * c.risk

    def _decide(self, c: Classification, index: int, now: float) -> Alert | None:
        floor = float(self._policy["presence_floor"])
        risk = self._conversation_risk()
        # one act-now message alerts only in a conversation whose learnt risk is at least this
        # (0 by default): "send me the pics from today" between friends is not a photo request
        gated = risk < float(self._policy["act_now_risk_gate"])
        act_hits = [
            label
            for label in c.flagged
            if label in ACT_NOW
            and not gated
            and (
                c.labels[label] >= self._act_thr[label]
                # a slightly less certain message counts when another behaviour is already in evidence
                or (c.labels[label] >= self._act_ctx_thr[label]
                    and any(self._evidence[o] >= floor for o in LABELS if o != label))
            )
        ]
        present_pattern = self._present(PATTERN)
        present_context = self._present(CONTEXT)
        present_act = self._present(ACT_NOW)
        supporting = sorted(present_pattern + present_act + present_context, key=lambda label: -self._evidence[label])
        if any(label in CRISIS for label in act_hits):
            tier, labels = "crisis", [label for label in act_hits if label in CRISIS] + [
                label for label in act_hits if label not in CRISIS
            ]
        elif act_hits:
            tier, labels = "act_now", act_hits
        else:
            grown = len(present_pattern) >= int(self._policy["pattern_min_labels"])
            # one behaviour beyond context, in a conversation whose learnt risk is high, counts as
            # a pattern too (context labels alone never show anything)
            leaning = bool(present_pattern or present_act) and risk >= float(self._policy["conversation_threshold"])
            if not (grown or leaning):
                return None
            if not c.flagged:
                return None  # only a message that adds to the pattern can raise it (no re-alerts on small talk)
            if now < self._ok_until:
                return None  # the child said "I'm OK": pattern alerts stay quiet for a while
            tier, labels = "pattern", []
        labels = labels + [label for label in supporting if label not in labels]
        fresh = self._allowed(tier, labels, now)
        if fresh is False:
            return None
        # The daily cap across conversations; crisis alerts bypass it (they are deduplicated above).
        if tier != "crisis" and not self._budget.take(now):
            return None
        self._resurfaced[tier] = fresh is None
        self._last_alert[tier] = now
        self._alerted_labels[tier] = sorted(set(self._alerted_labels.get(tier, [])) | set(labels))
        return build_alert(
            tier=tier,
            labels=tuple(labels),
            message_index=index,
            at=now,
            risk=max(c.risk, risk),
            band=self.band,
            locale=self.options.locale,
            country=self.options.country,
        )

    def _allowed(self, tier: str, labels: list[str], now: float) -> bool | None:
        """Fatigue: one alert per tier per window; a growing pattern may resurface once.

        Returns False when suppressed, True for a fresh alert, None for a one-off resurfacing.
        """
        last = self._last_alert.get(tier)
        if last is None or now - last >= float(self._policy["fatigue_hours"]) * HOUR:
            return True
        new = set(labels) - set(self._alerted_labels.get(tier, []))
        if tier != "crisis" and new & (PATTERN | ACT_NOW) and not self._resurfaced.get(tier, False):
            return None
        return False

    # -- the child's choices ---------------------------------------------------------------------

    def mark_ok(self, at: float | datetime | None = None) -> None:
        """The child chose "I'm OK / I know them": pattern alerts stay quiet for a while.

        Act-now and crisis alerts are never silenced this way.
        """
        with self._lock:
            now = _to_seconds(at, self._clock)
            self._ok_until = now + float(self._policy["ok_silence_days"]) * DAY

    def block(self) -> None:
        """The child blocked this contact: nothing from them is analysed any more."""
        with self._lock:
            self._blocked = True

    def clear(self) -> None:
        """Forget everything about this conversation (the child's "clear" choice)."""
        with self._lock:
            self._reset()

    # -- state bytes -----------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        return {
            "options": {"child_age": self.options.child_age, "locale": self.options.locale, "country": self.options.country},
            "evidence": [self._evidence[label] for label in LABELS],
            "hits": [self._hits[label] for label in LABELS],
            "risk_peak": self._risk_peak,
            "risk_mean": self._risk_mean,
            "received": self._received,
            "sent": self._sent,
            "last_at": self._last_at,
            "last_alert": self._last_alert,
            "alerted_labels": self._alerted_labels,
            "resurfaced": self._resurfaced,
            "ok_until": self._ok_until,
            "blocked": self._blocked,
        }

    def to_bytes(self, *, key: bytes | None = None) -> bytes:
        """Serialise the derived state (numbers only: no text, tokens or embeddings).

        Args:
            key: an optional secret; with it the blob carries an HMAC-SHA256 and
                :meth:`from_bytes` refuses a blob that was altered. Without it a SHA-256 digest
                catches corruption. Encrypt the bytes with the platform keystore if needed.
        """
        with self._lock:
            payload = json.dumps(self._state(), separators=(",", ":"), sort_keys=True).encode()
        head = _HEADER.pack(STATE_MAGIC, STATE_VERSION, len(payload))
        return head + payload + _digest(head + payload, key)

    @classmethod
    def from_bytes(cls, data: bytes, guard: Guard, *, key: bytes | None = None) -> Conversation:
        """Restore a conversation saved with :meth:`to_bytes`.

        Raises:
            TypeError: ``data`` is not bytes.
            StateError: the blob is truncated, corrupt, tampered with, from another format
                version, or not safechat state at all. A bad blob never silently resets evidence.
        """
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"state must be bytes, not {type(data).__name__}")
        data = bytes(data)
        if len(data) < _HEADER.size + _DIGEST_BYTES:
            raise StateError("state is truncated or not safechat state")
        magic, version, length = _HEADER.unpack_from(data)
        if magic != STATE_MAGIC:
            raise StateError("not safechat conversation state")
        if version != STATE_VERSION:
            raise StateError(f"state format version {version} is not supported (this release reads {STATE_VERSION})")
        end = _HEADER.size + length
        if len(data) != end + _DIGEST_BYTES:
            raise StateError("state is truncated or has extra bytes")
        if not hmac.compare_digest(data[end:], _digest(data[:end], key)):
            raise StateError("state failed its integrity check (corrupt, tampered with, or a different key)")
        try:
            s = json.loads(data[_HEADER.size : end].decode("utf-8"))
            opts = s["options"]
            chat = cls(guard, child_age=opts["child_age"], locale=opts["locale"], country=opts["country"])
            chat._evidence = {label: float(v) for label, v in zip(LABELS, s["evidence"], strict=True)}
            chat._hits = {label: int(v) for label, v in zip(LABELS, s["hits"], strict=True)}
            chat._risk_peak = float(s["risk_peak"])
            chat._risk_mean = float(s["risk_mean"])
            chat._received = int(s["received"])
            chat._sent = int(s["sent"])
            chat._last_at = None if s["last_at"] is None else float(s["last_at"])
            chat._last_alert = {str(k): float(v) for k, v in s["last_alert"].items()}
            chat._alerted_labels = {str(k): [str(x) for x in v] for k, v in s["alerted_labels"].items()}
            chat._resurfaced = {str(k): bool(v) for k, v in s["resurfaced"].items()}
            chat._ok_until = float(s["ok_until"])
            chat._blocked = bool(s["blocked"])
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise StateError(f"state content is malformed ({exc.__class__.__name__})") from None
        if not all(0.0 <= v <= 1.0 for v in chat._evidence.values()):
            raise StateError("state content is malformed (evidence out of range)")
        return chat


def _digest(blob: bytes, key: bytes | None) -> bytes:
    if key is None:
        return hashlib.sha256(blob).digest()
    if not isinstance(key, (bytes, bytearray)) or len(key) < 16:
        raise ValueError("key must be at least 16 bytes")
    return hmac.new(bytes(key), blob, hashlib.sha256).digest()
