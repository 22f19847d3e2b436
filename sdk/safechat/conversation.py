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
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .alerts import Alert, build_alert, country_code, load_copy, locale_for
from .errors import StateError
from .labels import ACT_NOW, CONTEXT, CRISIS, LABELS, PATTERN, TIERS, age_band

if TYPE_CHECKING:
    from .guard import Classification, Guard

HOUR = 3600.0  # seconds
DAY = 24 * HOUR  # seconds

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
#: A message whose ``at`` is older than its arrival by more than this came in a synced backlog.
BACKLOG_SECONDS = 300.0  # seconds

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


def validate_policy(policy: Any) -> None:
    """Check a manifest's policy against the schema: known keys, types, finite values in range,
    and the product rules a policy may not undercut.

    Raises:
        ValueError: naming the first key that is wrong and the rule it breaks.
    """
    if not isinstance(policy, dict):
        raise ValueError("policy must be a JSON object")

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
STATE_VERSION = 2  # 2: behaviours kept by when they were seen, device time apart, contact kind
_READABLE_STATE_VERSIONS = (1, 2)  # version 1 (model 1.2.0) is migrated on load
BUDGET_MAGIC = b"SAFECHAT-BUDGT\x00"  # 15 bytes
BUDGET_VERSION = 1
_HEADER = struct.Struct(">15sBI")  # magic, version, payload length
_DIGEST_BYTES = 32
_MAX_BLOB_BYTES = 8 * 1024  # bytes; a conversation's state is about 1.2 KB, a full budget about 4 KB
_MAX_BUDGET_ENTRIES = 200  # interruptions remembered by a budget (far above any daily cap)
_MAX_GENERATION = 2**53  # saves a counter can count (exact in every JSON reader)
_MAX_COUNT = 2**53  # messages a count can hold

#: Timestamps are accepted from year 1 to year 9999 (what datetime and gmtime can represent).
_MIN_AT, _MAX_AT = -62_135_596_800.0, 253_402_300_799.0  # seconds since the epoch


def _seconds(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be seconds since the epoch, not {type(value).__name__}")
    if not _MIN_AT <= value <= _MAX_AT:  # also refuses NaN and infinities (and huge ints, before any float())
        raise ValueError(f"{what} must be a finite number of seconds between years 1 and 9999")
    return float(value)


def _to_seconds(at: float | datetime | None, clock: Callable[[], float]) -> float:
    if at is None:
        return _clock_seconds(clock)
    if isinstance(at, datetime):
        if at.tzinfo is None:
            raise ValueError("at must be timezone-aware (naive datetimes are ambiguous)")
        try:
            return _seconds(at.timestamp(), "at")  # year 1 at +11:00 is before the first second allowed
        except OverflowError:
            raise ValueError("at must be a time between years 1 and 9999") from None
    if isinstance(at, bool) or not isinstance(at, (int, float)):
        raise TypeError(f"at must be seconds since the epoch, a datetime or None, not {type(at).__name__}")
    return _seconds(at, "at")


def _clock_seconds(clock: Callable[[], float]) -> float:
    """The device's time now, checked like ``at`` (a clock returning NaN or milliseconds is refused)."""
    return _seconds(clock(), "the clock's time")


def _context_bytes(context: bytes | str | None) -> bytes:
    """The host's id for where a blob belongs (a conversation id, a child id), bound into its
    digest but never stored in it: a blob restored into another slot fails its check."""
    if context is None:
        return b""
    if isinstance(context, str):
        context = context.encode("utf-8")
    if not isinstance(context, (bytes, bytearray)):
        raise TypeError(f"context must be bytes, str or None, not {type(context).__name__}")
    if len(context) > 1024:
        raise ValueError("context must be at most 1024 bytes")
    return len(context).to_bytes(4, "big") + bytes(context)


def _key_for(key: bytes | None, unauthenticated: bool) -> bytes | None:
    """The key to sign with: one is required unless the caller opts out explicitly (tests)."""
    if not isinstance(unauthenticated, bool):
        raise TypeError("unauthenticated must be True or False")
    if key is None and not unauthenticated:
        raise TypeError("a key is required: pass key=<at least 16 secret bytes from the platform keystore> "
                        "(or unauthenticated=True in tests, which anyone can forge)")
    if key is not None and unauthenticated:
        raise ValueError("give either a key or unauthenticated=True, not both")
    if key is not None:
        _check_key(key)
    return key


def _pack(magic: bytes, version: int, content: dict[str, Any], key: bytes | None,
          context: bytes | str | None = None) -> bytes:
    bound = _context_bytes(context)
    payload = json.dumps(content, separators=(",", ":"), sort_keys=True, allow_nan=False).encode()
    head = _HEADER.pack(magic, version, len(payload))
    return head + payload + _digest(head + payload + bound, key)


def _unpack(data: Any, magic: bytes, versions: tuple[int, ...], key: bytes | None, what: str,
            context: bytes | str | None = None) -> tuple[int, dict[str, Any]]:
    """Check a blob's header, length and digest; return (version, content)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if len(data) > _MAX_BLOB_BYTES:
        raise StateError(f"{what} is larger than {_MAX_BLOB_BYTES} bytes")
    if len(data) < _HEADER.size + _DIGEST_BYTES:
        raise StateError(f"{what} is truncated or not safechat {what}")
    found, version, length = _HEADER.unpack_from(data)
    if found != magic:
        raise StateError(f"not safechat {what}")
    if version not in versions:
        raise StateError(f"{what} format version {version} is not supported (this release reads {max(versions)})")
    end = _HEADER.size + length
    if len(data) != end + _DIGEST_BYTES:
        raise StateError(f"{what} is truncated or has extra bytes")
    if not hmac.compare_digest(data[end:], _digest(data[:end] + _context_bytes(context), key)):
        raise StateError(f"{what} failed its integrity check (corrupt, tampered with, another context, "
                         "or a different key)")
    try:
        content = json.loads(data[_HEADER.size : end].decode("utf-8"))
    except (ValueError, RecursionError):
        raise StateError(f"{what} content is malformed (not JSON)") from None
    if not isinstance(content, dict):
        raise StateError(f"{what} content is malformed (not an object)")
    return version, content


def _clamp_time(t: float) -> float:
    """A derived time (a shifted timer, an end of silence) kept inside the accepted range."""
    return min(_MAX_AT, max(_MIN_AT, t))


def _time_field(value: Any) -> float:
    """A stored time: a finite number of seconds in the accepted range (StateError otherwise)."""
    try:
        return _seconds(value, "a stored time")
    except (TypeError, ValueError):
        raise StateError("state content is malformed (a time out of range)") from None


class AlertBudget:
    """The cap on interruptive warnings across all conversations of one child (one Guard).

    An act-now warning over the cap is never dropped: it comes back marked ``quiet`` (an inline
    card instead of a sheet). Crisis warnings always interrupt and are counted; pattern cards never
    interrupt and never count; further warnings in a chat that already interrupted within the
    window do not count again. Times are the device's (when a message arrived), never a sender's.

    The host can keep it across restarts: :meth:`to_bytes` and :meth:`restore` (numbers only),
    with :attr:`generation` to refuse an older copy.
    """

    def __init__(self, daily_cap: int = 3, window: float = DAY) -> None:
        if isinstance(daily_cap, bool) or not isinstance(daily_cap, int) or daily_cap < 1:
            raise ValueError("daily_cap must be an int of at least 1")
        self.daily_cap = daily_cap
        self.window = window  # seconds
        self._times: list[float] = []
        self._generation = 0
        self._lock = threading.Lock()

    @property
    def generation(self) -> int:
        """A counter that grows with every change; saved in :meth:`to_bytes`. Keep the last saved
        value beside the key and pass it to :meth:`restore` as ``min_generation``."""
        return self._generation

    def _prune(self, now: float) -> None:
        # A time after `now` means the device clock went back: count it as now, not for ever.
        self._times = [min(t, now) for t in self._times if now - t < self.window]

    def take(self, now: float) -> bool:
        """Spend one interruption at ``now`` if the cap allows it; False when the cap is reached."""
        with self._lock:
            self._prune(now)
            if len(self._times) >= self.daily_cap:
                return False
            self._times.append(now)
            self._generation = min(_MAX_GENERATION, self._generation + 1)
            return True

    def charge(self, now: float) -> None:
        """Count one interruption that happens whatever the cap says (a crisis)."""
        with self._lock:
            self._prune(now)
            self._times = (self._times + [now])[-_MAX_BUDGET_ENTRIES:]
            self._generation = min(_MAX_GENERATION, self._generation + 1)

    def remaining(self, now: float) -> int:
        """Interruptions still allowed in the window ending at ``now``."""
        with self._lock:
            self._prune(now)
            return max(0, self.daily_cap - len(self._times))

    def to_bytes(self, *, key: bytes | None = None, context: bytes | str | None = None,
                 unauthenticated: bool = False) -> bytes:
        """The budget's derived state (the times of recent interruptions and the generation), to
        keep across restarts.

        Args:
            key: a secret of at least 16 bytes from the platform keystore; the blob carries an
                HMAC-SHA256 with it. Required unless ``unauthenticated=True``.
            context: the host's id for this child; :meth:`restore` must be given the same.
            unauthenticated: no key, only a SHA-256 against corruption (tests; anyone can forge it).
        """
        key = _key_for(key, unauthenticated)
        with self._lock:
            content = {"times": list(self._times), "generation": self._generation}
        return _pack(BUDGET_MAGIC, BUDGET_VERSION, content, key, context)

    def restore(self, data: bytes, *, key: bytes | None = None, context: bytes | str | None = None,
                unauthenticated: bool = False, min_generation: int | None = None) -> None:
        """Load times saved with :meth:`to_bytes` into this budget, in place (conversations that
        share it see them at once). The cap stays this budget's own.

        Args:
            key, context, unauthenticated: as given to :meth:`to_bytes`.
            min_generation: the :attr:`generation` recorded at the last save; an older blob is refused.

        Raises:
            TypeError: ``data`` is not bytes, or no key was given.
            StateError: the blob is truncated, corrupt, tampered with, bound to another context,
                older than ``min_generation``, or not a budget. The budget is unchanged.
        """
        key = _key_for(key, unauthenticated)
        _, content = _unpack(data, BUDGET_MAGIC, (BUDGET_VERSION,), key, "budget", context)
        times = content.get("times")
        if not isinstance(times, list) or len(times) > _MAX_BUDGET_ENTRIES:
            raise StateError("budget content is malformed (times)")
        loaded = [_time_field(t) for t in times]
        generation = _generation_field(content.get("generation", 0), "budget")
        _check_rollback(generation, min_generation, "budget")
        with self._lock:
            self._times = loaded
            self._generation = generation

    @classmethod
    def from_bytes(cls, data: bytes, *, daily_cap: int = 3, key: bytes | None = None,
                   context: bytes | str | None = None, unauthenticated: bool = False,
                   min_generation: int | None = None) -> AlertBudget:
        """A new budget with the times saved by :meth:`to_bytes` (see :meth:`restore`)."""
        budget = cls(daily_cap)
        budget.restore(data, key=key, context=context, unauthenticated=unauthenticated,
                       min_generation=min_generation)
        return budget


@dataclass(frozen=True)
class ConversationOptions:
    """Per-conversation settings chosen by the host.

    The country drives the law sentence and the help offered; the locale drives the words. When
    ``locale`` is None it follows the country (US -> en-US, GB and AU -> en-GB; see
    ``helplines.json``), and after construction it holds the locale chosen. ``country`` is
    normalised ("uk", "gb" -> "GB").

    Raises:
        ValueError: a country without helplines (the message lists
            ``safechat.helpline_countries()``), a locale without copy, an unknown contact kind or
            an age outside 7-17.
    """

    # the child's age in years (7-17) or None; selects the copy band, never guessed
    child_age: int | None = None
    # copy locale ("en-GB", "en-US"); None: the country's own
    locale: str | None = None
    # ISO 3166-1 alpha-2 country chosen by the host; drives the law sentence and helplines, never guessed
    country: str = "GB"
    # who the contact is, as the host knows it: "unknown" (default), "known" or "family"
    contact: str = "unknown"

    def __post_init__(self) -> None:
        age_band(self.child_age)  # validates
        if not (self.locale is None or isinstance(self.locale, str)) or not isinstance(self.country, str):
            raise TypeError("locale must be a string or None, and country a string")
        if not isinstance(self.contact, str):
            raise TypeError(f"contact must be a str, one of {', '.join(CONTACTS)}")
        if self.contact not in CONTACTS:
            raise ValueError(f"contact must be one of {', '.join(CONTACTS)}, not {self.contact!r}")
        object.__setattr__(self, "country", country_code(self.country))  # an unknown country fails here
        if self.locale is None:
            object.__setattr__(self, "locale", locale_for(self.country))
        load_copy(self.locale)  # an unknown locale fails here (ValueError), not later when an alert is due


class Conversation:
    """One contact's conversation with the child, followed message by message.

    Create it with :meth:`Guard.conversation`. Feed the contact's messages to :meth:`receive` and
    the child's own messages to :meth:`send`. A Conversation is not meant to be shared between
    threads; calls from two threads are serialised by a lock, so they work but do not overlap.

    Time: ``at`` is when the message reached the device. An ``at`` later than the device clock is
    taken as the clock's now, and time never runs backwards within a conversation. Fatigue, the
    daily cap and "I'm OK" run on the device clock, so a backlog synced at once raises at most
    one warning per tier.
    """

    def __init__(
        self,
        guard: Guard,
        *,
        child_age: int | None = None,
        locale: str | None = None,
        country: str = "GB",
        contact: str = "unknown",
        alert_budget: AlertBudget | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.options = ConversationOptions(child_age=child_age, locale=locale, country=country, contact=contact)
        self._guard = guard
        if clock is not None and not callable(clock):
            raise TypeError("clock must be a callable returning seconds, or None")
        self._clock = clock or guard.options.clock or time.time
        policy = dict(DEFAULT_POLICY)
        policy.update(guard.bundle.policy)
        self._policy = policy
        self._thr = dict(guard.bundle.thresholds)
        self._act_thr = {label: float(policy["act_now_thresholds"].get(label, self._thr[label])) for label in ACT_NOW}
        self._act_ctx_thr = {
            label: float(policy["act_now_context_thresholds"].get(label, self._act_thr[label])) for label in ACT_NOW
        }
        gate = policy["act_now_risk_gate"]
        self._gate = float(gate.get(contact, gate.get("unknown", 0.0)) if isinstance(gate, dict) else gate)
        # the product rule first; a calibration may only add labels to it
        self._ungated = ALWAYS_UNGATED[contact] | frozenset(policy["ungated"].get(contact, ()))
        self._memory = max(MIN_MEMORY_DAYS, float(policy["memory_days"])) * DAY  # seconds
        self._weights = policy["conversation_weights"] or _FALLBACK_WEIGHTS
        self._budget: AlertBudget = alert_budget or getattr(guard, "alert_budget", None) or AlertBudget()
        self._lock = threading.Lock()
        self._generation = 0  # grows with every change, never reset (see `generation`)
        self._reset()

    def _reset(self) -> None:
        self._strength = {label: 0.0 for label in LABELS}  # noisy-OR of confident hits still in memory
        self._seen_at: dict[str, float | None] = {label: None for label in LABELS}  # last confident hit
        self._hits = {label: 0 for label in LABELS}
        self._risk_peak = 0.0
        self._risk_mean = 0.0
        self._received = 0
        self._sent = 0
        self._last_at: float | None = None  # message time of the last message either way
        self._last_arrival: float | None = None  # device time of the last call
        self._last_alert: dict[str, float] = {}  # tier -> device time of its last alert
        self._alerted_labels: dict[str, list[str]] = {}  # tier -> labels of its last alert
        self._resurfaced: dict[str, bool] = {}  # tier -> a growing pattern already resurfaced
        self._charged_at: float | None = None  # device time this chat last counted against the budget
        self._ok_until = 0.0  # pattern tier silenced until this device time ("I'm OK")
        self._blocked = False
        self._not_read = 0  # contact messages probably in a language the model does not read (not kept in state)
        self._last_read: bool | None = None

    # -- reading the state -----------------------------------------------------------------------

    @property
    def evidence(self) -> dict[str, float]:
        """Per-label evidence of the behaviours still in memory, each in [0, 1]."""
        return {label: self._recent(label) for label in LABELS}

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
    def not_read(self) -> int:
        """Contact messages, since this object was made or cleared, that were probably in a
        language the model does not read (``Classification.readable`` False): for them "no
        warning" means "not read", not "nothing found". Not kept in the state bytes."""
        return self._not_read

    @property
    def last_read(self) -> bool | None:
        """Whether the model could read the last contact message (None before the first one)."""
        return self._last_read

    @property
    def band(self) -> str:
        return age_band(self.options.child_age)

    @property
    def contact(self) -> str:
        return self.options.contact

    @property
    def generation(self) -> int:
        """A number that grows with every change to this conversation (messages, choices,
        clear), saved in :meth:`to_bytes`. Keep the value of the last save beside the key (in the
        platform keystore) and pass it to :meth:`from_bytes` as ``min_generation``: an older copy
        of the state (a rollback or a replay) is then refused.

        It is the device time of the last change in milliseconds, or one more than before when
        the clock has not moved on, so after :meth:`clear` it does not tell how many messages
        there were."""
        return self._generation

    def _bump(self, arrival: float | None = None) -> None:
        if arrival is None:
            try:
                arrival = _clock_seconds(self._clock)
            except (TypeError, ValueError):
                arrival = 0.0  # a broken clock: still one more than before
        self._generation = min(_MAX_GENERATION, max(self._generation + 1, int(arrival * 1000.0)))

    def set_child_age(self, child_age: int | None) -> None:
        """The child's age changed (a birthday, a corrected profile): later alerts use the new
        band's copy. The evidence is kept.

        Raises:
            TypeError, ValueError: as for :meth:`Guard.conversation`.
        """
        options = replace(self.options, child_age=child_age)  # validates
        with self._lock:
            self.options = options
            self._bump()

    def _recent(self, label: str) -> float:
        """The label's evidence if it was seen within the memory window, else 0. Kept lazily (the
        numbers go at expiry), so a device clock that ran ahead and was corrected loses nothing."""
        seen = self._seen_at[label]
        if seen is None or self._last_at is None or self._last_at - seen > self._memory:
            return 0.0
        return self._strength[label]

    def _present(self, labels) -> list[str]:
        # Evidence only grows on confident hits, so any recent evidence above the floor is a real
        # hit seen within the memory window.
        floor = float(self._policy["presence_floor"])
        return [label for label in labels if self._recent(label) >= floor]

    def _features(self) -> dict[str, float]:
        f = {f"e_{label}": self._recent(label) for label in LABELS}
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

    # -- time ------------------------------------------------------------------------------------

    def _times(self, at: float | datetime | None) -> tuple[float, float, bool]:
        """(message time, device time, from a synced backlog) for a call now."""
        stamp = None if at is None else _to_seconds(at, self._clock)  # type errors before the clock
        arrival = _clock_seconds(self._clock)
        if self._last_arrival is not None and arrival < self._last_arrival:
            self._clock_went_back(arrival)
        self._last_arrival = arrival
        t = arrival if stamp is None else min(stamp, arrival)  # a future `at` is the device's now
        backlog = stamp is not None and arrival - t > BACKLOG_SECONDS
        if self._last_at is not None and t < self._last_at:
            t = self._last_at  # time never runs backwards within a conversation
        return t, arrival, backlog

    def _clock_went_back(self, arrival: float) -> None:
        """The device clock was set back: keep the timers' remaining spans, not their dates, so a
        clock that once ran far ahead cannot freeze fatigue, expiry or memory for good."""
        delta = arrival - (self._last_arrival or arrival)
        self._last_alert = {tier: _clamp_time(t + delta) for tier, t in self._last_alert.items()}
        if self._charged_at is not None:
            self._charged_at = _clamp_time(self._charged_at + delta)
        if self._ok_until:
            self._ok_until = _clamp_time(self._ok_until + delta)
        if self._last_at is not None and self._last_at > arrival:
            self._last_at = arrival
        for label, seen in self._seen_at.items():
            if seen is not None and seen > arrival:
                self._seen_at[label] = arrival

    def _advance(self, now: float) -> None:
        """Move the message clock to ``now``: forget behaviours older than the memory window, and
        everything after a long silence."""
        if self._last_at is not None and now - self._last_at > float(self._policy["expire_days"]) * DAY:
            blocked, ok_until, arrival = self._blocked, self._ok_until, self._last_arrival
            self._reset()
            self._blocked, self._ok_until, self._last_arrival = blocked, ok_until, arrival
        if self._last_at is None or now > self._last_at:
            self._last_at = now

    # -- feeding messages ------------------------------------------------------------------------

    def receive(self, text: str, at: float | datetime | None = None) -> Alert | None:
        """Analyse a message from the contact; return an alert for the child, or None.

        Args:
            text: the contact's message.
            at: when it reached the device (seconds since the epoch or an aware datetime); the
                device clock's now when None. Never the sender's timestamp. A time after the
                device clock counts as now.

        Returns:
            At most one :class:`Alert`; None when nothing should be shown (including after the
            child blocked this contact: blocked contacts are not analysed).

        Raises:
            TypeError: ``text`` is not a str or ``at`` has the wrong type.
            ValueError: ``at`` (or the clock) is a naive datetime, or not a time between years 1 and 9999.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        with self._lock:
            times = self._times(at)
            self._bump(times[1])
            if self._blocked:
                return None
            return self._fold(self._guard.classify(text), *times)

    def _take(self, c: Classification, at: float | datetime | None = None) -> Alert | None:
        """Fold one already-scored contact message in (calibration scores each message once)."""
        with self._lock:
            times = self._times(at)
            self._bump(times[1])
            return self._fold(c, *times)

    def _fold(self, c: Classification, now: float, arrival: float, backlog: bool) -> Alert | None:
        """Fold one scored contact message into the state (the caller holds the lock)."""
        self._advance(now)
        index = self._received
        self._received += 1
        self._last_read = bool(getattr(c, "readable", True))
        self._not_read += not self._last_read
        self._update(c, now)
        return self._decide(c, index, now, arrival, backlog)

    def send(self, text: str, at: float | datetime | None = None) -> None:
        """Note a message the child sent. It is context only: never scored as the contact's.

        The text is not analysed at all; only the time is kept (for memory and expiry).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        with self._lock:
            now, arrival, _ = self._times(at)
            self._bump(arrival)
            self._advance(now)
            self._sent += 1

    def _update(self, c: Classification, now: float) -> None:
        for label in LABELS:
            p = c.labels[label]
            if p >= self._thr[label]:
                # noisy-OR of confident hits only, so many weak scores never add up to an alert
                # (a behaviour that had left memory starts afresh)
                self._strength[label] = 1.0 - (1.0 - self._recent(label)) * (1.0 - p)
                self._hits[label] += 1
                self._seen_at[label] = now
        self._risk_peak = max(self._risk_peak, c.risk)
        # a running mean that starts from zero, so one message cannot look like a whole conversation
        alpha = float(self._policy["risk_ema"])
        self._risk_mean = (1 - alpha) * self._risk_mean + alpha * c.risk

    def _decide(self, c: Classification, index: int, now: float, arrival: float, backlog: bool) -> Alert | None:
        floor = float(self._policy["presence_floor"])
        risk = self._conversation_risk()
        # One act-now message alerts only in a conversation whose learnt risk passes the contact's
        # gate ("send me the pics from today" between friends is not a photo request), except the
        # labels the product rules leave ungated: a threat is a crisis from the first message.
        act_hits = [
            label
            for label in c.flagged
            if label in ACT_NOW
            and (label in self._ungated or risk >= self._gate)
            and (
                c.labels[label] >= self._act_thr[label]
                # a slightly less certain message counts when another behaviour is already in evidence
                or (c.labels[label] >= self._act_ctx_thr[label]
                    and any(self._recent(o) >= floor for o in LABELS if o != label))
            )
        ]
        present_pattern = self._present(PATTERN)
        present_context = self._present(CONTEXT)
        present_act = self._present(ACT_NOW)
        # strongest first; among equals the most recent, then the label order (deterministic)
        supporting = sorted(present_pattern + present_act + present_context,
                            key=lambda label: (-self._recent(label), -(self._seen_at[label] or 0.0), LABELS.index(label)))
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
            if arrival < self._ok_until:
                return None  # the child said "I'm OK": pattern alerts stay quiet for a while
            tier, labels = "pattern", []
        labels = labels + [label for label in supporting if label not in labels]
        fresh = self._allowed(tier, labels, arrival, backlog)
        if fresh is False:
            return None
        quiet = False
        if tier != "pattern":  # pattern cards are inline: they never interrupt and never count
            counted = self._charged_at is not None and arrival - self._charged_at < self._budget.window
            if counted:
                pass  # this chat already interrupted today: a repeat here does not count again
            elif tier == "crisis":
                self._budget.charge(arrival)  # crisis always interrupts
                self._charged_at = arrival
            elif self._budget.take(arrival):
                self._charged_at = arrival
            else:
                quiet = True  # over the cap: still shown, as an inline card the host marks as new
        self._resurfaced[tier] = fresh is None
        self._last_alert[tier] = arrival
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
            quiet=quiet,
        )

    def _allowed(self, tier: str, labels: list[str], arrival: float, backlog: bool) -> bool | None:
        """Fatigue: one alert per tier per window; a growing pattern may resurface once (never
        inside a synced backlog).

        Returns False when suppressed, True for a fresh alert, None for a one-off resurfacing.
        """
        last = self._last_alert.get(tier)
        if last is None or arrival - last >= float(self._policy["fatigue_hours"]) * HOUR:
            return True
        if backlog:
            return False
        new = set(labels) - set(self._alerted_labels.get(tier, []))
        if tier != "crisis" and new & (PATTERN | ACT_NOW) and not self._resurfaced.get(tier, False):
            return None
        return False

    # -- the child's choices ---------------------------------------------------------------------

    def mark_ok(self, at: float | datetime | None = None) -> None:
        """The child chose "I'm OK / I know them": pattern alerts stay quiet for a while.

        Act-now and crisis alerts are never silenced this way. The silence runs on the device
        clock from this call (``at`` is checked like :meth:`receive`'s but does not move it).
        """
        with self._lock:
            _, arrival, _ = self._times(at)
            self._bump(arrival)
            self._ok_until = _clamp_time(arrival + float(self._policy["ok_silence_days"]) * DAY)

    def block(self) -> None:
        """The child blocked this contact: nothing from them is analysed any more."""
        with self._lock:
            self._blocked = True
            self._bump()

    def unblock(self) -> None:
        """The child unblocked this contact: their messages are analysed again (the evidence kept
        from before the block still counts)."""
        with self._lock:
            self._blocked = False
            self._bump()

    def clear(self) -> None:
        """Forget everything about this conversation (the child's "clear" choice)."""
        with self._lock:
            self._reset()
            self._bump()

    # -- state bytes -----------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        return {
            "options": {"child_age": self.options.child_age, "locale": self.options.locale,
                        "country": self.options.country, "contact": self.options.contact},
            "evidence": [self._strength[label] for label in LABELS],
            "seen_at": [self._seen_at[label] for label in LABELS],
            "hits": [self._hits[label] for label in LABELS],
            "risk_peak": self._risk_peak,
            "risk_mean": self._risk_mean,
            "received": self._received,
            "sent": self._sent,
            "last_at": self._last_at,
            "last_arrival": self._last_arrival,
            "last_alert": self._last_alert,
            "alerted_labels": self._alerted_labels,
            "resurfaced": self._resurfaced,
            "charged_at": self._charged_at,
            "ok_until": self._ok_until,
            "blocked": self._blocked,
            "model": self._model_id(),
            "generation": self._generation,
        }

    def _model_id(self) -> str:
        bundle = self._guard.bundle
        return f"{getattr(bundle, 'name', 'custom')} {getattr(bundle, 'version', 'unversioned')}"[:80]

    def to_bytes(self, *, key: bytes | None = None, context: bytes | str | None = None,
                 unauthenticated: bool = False) -> bytes:
        """Serialise the derived state (numbers only: no text, tokens or embeddings).

        Args:
            key: a secret of at least 16 bytes, kept in the platform keystore. The blob carries an
                HMAC-SHA256 with it and :meth:`from_bytes` refuses a blob that was altered or
                forged. Required unless ``unauthenticated=True``. Encrypt the bytes too if the
                host's storage is readable by others.
            context: the host's id for this conversation (bytes or str, at most 1 KB), bound into
                the digest but not stored: a blob restored into another conversation's slot fails.
            unauthenticated: no key, only a SHA-256 against corruption. For tests: anyone who can
                write the storage can forge such a blob.

        Raises:
            TypeError: no key and not ``unauthenticated``, or a key that is not bytes.
        """
        key = _key_for(key, unauthenticated)
        with self._lock:
            state = self._state()
        return _pack(STATE_MAGIC, STATE_VERSION, state, key, context)

    @classmethod
    def from_bytes(cls, data: bytes, guard: Guard, *, key: bytes | None = None, context: bytes | str | None = None,
                   unauthenticated: bool = False, min_generation: int | None = None,
                   alert_budget: AlertBudget | None = None, clock: Callable[[], float] | None = None) -> Conversation:
        """Restore a conversation saved with :meth:`to_bytes` (state of model 1.2.0 is migrated).

        Args:
            key, context, unauthenticated: as given to :meth:`to_bytes`.
            min_generation: the :attr:`generation` the host recorded at its last save; a blob with
                an older generation (a rolled-back or replayed copy) is refused.
            alert_budget, clock: as for :meth:`Guard.conversation` (by default the Guard's).

        After a model update the behaviours seen (labels and when) carry over, since the labels
        mean the same; the message-risk summaries, which are the old model's own numbers, start
        again from zero.

        Raises:
            TypeError: ``data`` is not bytes, or no key was given.
            StateError: the blob is truncated, corrupt, tampered with, bound to another context,
                older than ``min_generation``, from another format version, or not safechat state
                at all. A bad blob never silently resets evidence: the host decides (the demo
                rebuilds the state from the messages it keeps).
        """
        key = _key_for(key, unauthenticated)
        version, s = _unpack(data, STATE_MAGIC, _READABLE_STATE_VERSIONS, key, "state", context)
        generation = _generation_field(s.get("generation", 0), "state")
        _check_rollback(generation, min_generation, "state")
        try:
            opts = s["options"]
            if not isinstance(opts, dict) or not all(
                    isinstance(opts.get(k), str) and 0 < len(opts[k]) <= 16 for k in ("locale", "country")):
                raise StateError("state content is malformed (options)")
            chat = cls(guard, child_age=opts["child_age"], locale=opts["locale"], country=opts["country"],
                       contact=opts.get("contact", "unknown"), alert_budget=alert_budget, clock=clock)
            if version == 1:
                # 1.2.0 kept decayed evidence and one clock: every behaviour still in evidence is
                # taken as seen at the last message, so nothing correctly seen is lost
                s = dict(s, last_arrival=s["last_at"], charged_at=None,
                         seen_at=[s["last_at"] if float(v) > 0 else None for v in s["evidence"]])
            chat._strength = {label: float(v) for label, v in zip(LABELS, s["evidence"], strict=True)}
            chat._seen_at = {label: None if v is None else _time_field(v)
                             for label, v in zip(LABELS, s["seen_at"], strict=True)}
            chat._hits = {label: _count(v) for label, v in zip(LABELS, s["hits"], strict=True)}
            chat._risk_peak = float(s["risk_peak"])
            chat._risk_mean = float(s["risk_mean"])
            chat._received = _count(s["received"])
            chat._sent = _count(s["sent"])
            chat._last_at = None if s["last_at"] is None else _time_field(s["last_at"])
            chat._last_arrival = None if s["last_arrival"] is None else _time_field(s["last_arrival"])
            chat._last_alert = {str(k): _time_field(v) for k, v in s["last_alert"].items()}
            chat._alerted_labels = {str(k): [str(x) for x in v] for k, v in s["alerted_labels"].items()}
            chat._resurfaced = {str(k): _flag(v) for k, v in s["resurfaced"].items()}
            chat._charged_at = None if s["charged_at"] is None else _time_field(s["charged_at"])
            chat._ok_until = float(s["ok_until"]) if s["ok_until"] == 0 else _time_field(s["ok_until"])
            chat._blocked = _flag(s["blocked"])
            chat._generation = generation
            if s.get("model") != chat._model_id():  # another model's numbers: only its risk summaries go
                chat._risk_peak = chat._risk_mean = 0.0
        except StateError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise StateError(f"state content is malformed ({exc.__class__.__name__})") from None
        numbers = [*chat._strength.values(), chat._risk_peak, chat._risk_mean]
        if not all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in numbers):
            raise StateError("state content is malformed (evidence out of range)")
        tiers = set(TIERS)
        if not (set(chat._last_alert) | set(chat._alerted_labels) | set(chat._resurfaced)) <= tiers:
            raise StateError("state content is malformed (an unknown tier)")
        if not all(set(v) <= set(LABELS) for v in chat._alerted_labels.values()):
            raise StateError("state content is malformed (an unknown label)")
        return chat


def _count(value: Any) -> int:
    """A stored count: a non-negative int (not a float, a bool or a string)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_COUNT:
        raise StateError("state content is malformed (a count)")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise StateError("state content is malformed (a flag)")
    return value


def _check_key(key: Any) -> None:
    if isinstance(key, str):
        raise TypeError("key must be bytes, not str (use 16 or more random bytes, e.g. secrets.token_bytes(32))")
    if not isinstance(key, (bytes, bytearray)):
        raise TypeError(f"key must be bytes, not {type(key).__name__}")
    if len(key) < 16:
        raise ValueError("key must be at least 16 bytes")


def _digest(blob: bytes, key: bytes | None) -> bytes:
    if key is None:
        return hashlib.sha256(blob).digest()
    _check_key(key)
    return hmac.new(bytes(key), blob, hashlib.sha256).digest()


def _generation_field(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_GENERATION:
        raise StateError(f"{what} content is malformed (generation)")
    return value


def _check_rollback(found: int, min_generation: int | None, what: str) -> None:
    """Refuse a blob older than the newest one the host recorded (a rollback or a replay)."""
    if min_generation is None:
        return
    if isinstance(min_generation, bool) or not isinstance(min_generation, int) or min_generation < 0:
        raise TypeError("min_generation must be a non-negative int or None")
    if found < min_generation:
        raise StateError(f"{what} is older than the last one saved (generation {found} < {min_generation}): "
                         "a rolled-back or replayed copy")
