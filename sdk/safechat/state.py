"""Saved state: a conversation's fields (listed once), the byte codec, keys, contexts,
generations, and the daily :class:`AlertBudget`.

Only numbers are kept: decayed label evidence, a few risk summaries, timestamps and flags. No
text, tokens or embeddings ever enter the state.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .errors import StateError
from .labels import LABELS, TIERS

HOUR = 3600.0  # seconds
DAY = 24 * HOUR  # seconds

STATE_MAGIC = b"SAFECHAT-STATE\x00"  # 15 bytes
STATE_VERSION = 2  # 2: behaviours kept by when they were seen, device time apart, contact kind
READABLE_STATE_VERSIONS = (1, 2)  # version 1 (model 1.2.0) is migrated on load
BUDGET_MAGIC = b"SAFECHAT-BUDGT\x00"  # 15 bytes
BUDGET_VERSION = 1
HEADER = struct.Struct(">15sBI")  # magic, version, payload length
DIGEST_BYTES = 32
MAX_BLOB_BYTES = 8 * 1024  # bytes; a conversation's state is about 1.2 KB, a full budget about 4 KB
MAX_BUDGET_ENTRIES = 200  # interruptions remembered by a budget (far above any daily cap)
MAX_GENERATION = 2**53  # saves a counter can count (exact in every JSON reader)
MAX_COUNT = 2**53  # messages a count can hold

#: Timestamps are accepted from year 1 to year 9999 (what datetime and gmtime can represent).
MIN_AT, MAX_AT = -62_135_596_800.0, 253_402_300_799.0  # seconds since the epoch


# -- times -----------------------------------------------------------------------------------------

def seconds(value: Any, what: str) -> float:
    """A finite number of seconds since the epoch in the accepted range.

    Raises:
        TypeError, ValueError: naming ``what``.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be seconds since the epoch, not {type(value).__name__}")
    if not MIN_AT <= value <= MAX_AT:  # also refuses NaN and infinities (and huge ints, before any float())
        raise ValueError(f"{what} must be a finite number of seconds between years 1 and 9999")
    return float(value)


def clock_seconds(clock: Callable[[], float]) -> float:
    """The device's time now, checked like ``at`` (a clock returning NaN or milliseconds is refused)."""
    return seconds(clock(), "the clock's time")


def to_seconds(at: float | datetime | None, clock: Callable[[], float]) -> float:
    """``at`` (seconds, an aware datetime, or None for the clock's now) as checked seconds."""
    if at is None:
        return clock_seconds(clock)
    if isinstance(at, datetime):
        if at.tzinfo is None:
            raise ValueError("at must be timezone-aware (naive datetimes are ambiguous)")
        try:
            return seconds(at.timestamp(), "at")  # year 1 at +11:00 is before the first second allowed
        except OverflowError:
            raise ValueError("at must be a time between years 1 and 9999") from None
    if isinstance(at, bool) or not isinstance(at, (int, float)):
        raise TypeError(f"at must be seconds since the epoch, a datetime or None, not {type(at).__name__}")
    return seconds(at, "at")


def clamp_time(t: float) -> float:
    """A derived time (a shifted timer, an end of silence) kept inside the accepted range."""
    return min(MAX_AT, max(MIN_AT, t))


# -- keys, contexts and the codec ---------------------------------------------------------------

def context_bytes(context: bytes | str | None) -> bytes:
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


def check_key(key: Any) -> None:
    """Refuse a key that is not bytes of at least 16."""
    if isinstance(key, str):
        raise TypeError("key must be bytes, not str (use 16 or more random bytes, e.g. secrets.token_bytes(32))")
    if not isinstance(key, (bytes, bytearray)):
        raise TypeError(f"key must be bytes, not {type(key).__name__}")
    if len(key) < 16:
        raise ValueError("key must be at least 16 bytes")


def key_for(key: bytes | None, unauthenticated: bool) -> bytes | None:
    """The key to sign with: one is required unless the caller opts out explicitly (tests)."""
    if not isinstance(unauthenticated, bool):
        raise TypeError("unauthenticated must be True or False")
    if key is None and not unauthenticated:
        raise TypeError("a key is required: pass key=<at least 16 secret bytes from the platform keystore> "
                        "(or unauthenticated=True in tests, which anyone can forge)")
    if key is not None and unauthenticated:
        raise ValueError("give either a key or unauthenticated=True, not both")
    if key is not None:
        check_key(key)
    return key


def _digest(blob: bytes, key: bytes | None) -> bytes:
    if key is None:
        return hashlib.sha256(blob).digest()
    check_key(key)
    return hmac.new(bytes(key), blob, hashlib.sha256).digest()


def pack(magic: bytes, version: int, content: dict[str, Any], key: bytes | None,
         context: bytes | str | None = None) -> bytes:
    """Header, JSON content and digest (bound to ``context``)."""
    bound = context_bytes(context)
    payload = json.dumps(content, separators=(",", ":"), sort_keys=True, allow_nan=False).encode()
    head = HEADER.pack(magic, version, len(payload))
    return head + payload + _digest(head + payload + bound, key)


def unpack(data: Any, magic: bytes, versions: tuple[int, ...], key: bytes | None, what: str,
           context: bytes | str | None = None) -> tuple[int, dict[str, Any]]:
    """Check a blob's header, length and digest; return (version, content)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if len(data) > MAX_BLOB_BYTES:
        raise StateError(f"{what} is larger than {MAX_BLOB_BYTES} bytes")
    if len(data) < HEADER.size + DIGEST_BYTES:
        raise StateError(f"{what} is truncated or not safechat {what}")
    found, version, length = HEADER.unpack_from(data)
    if found != magic:
        raise StateError(f"not safechat {what}")
    if version not in versions:
        raise StateError(f"{what} format version {version} is not supported (this release reads {max(versions)})")
    end = HEADER.size + length
    if len(data) != end + DIGEST_BYTES:
        raise StateError(f"{what} is truncated or has extra bytes")
    if not hmac.compare_digest(data[end:], _digest(data[:end] + context_bytes(context), key)):
        raise StateError(f"{what} failed its integrity check (corrupt, tampered with, another context, "
                         "or a different key)")
    try:
        content = json.loads(data[HEADER.size : end].decode("utf-8"))
    except (ValueError, RecursionError):
        raise StateError(f"{what} content is malformed (not JSON)") from None
    if not isinstance(content, dict):
        raise StateError(f"{what} content is malformed (not an object)")
    return version, content


# -- stored fields ---------------------------------------------------------------------------------

def time_field(value: Any) -> float:
    """A stored time: a finite number of seconds in the accepted range (StateError otherwise)."""
    try:
        return seconds(value, "a stored time")
    except (TypeError, ValueError):
        raise StateError("state content is malformed (a time out of range)") from None


def _optional_time(value: Any) -> float | None:
    return None if value is None else time_field(value)


def count_field(value: Any) -> int:
    """A stored count: a non-negative int (not a float, a bool or a string)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise StateError("state content is malformed (a count)")
    return value


def flag_field(value: Any) -> bool:
    """A stored flag: True or False only."""
    if not isinstance(value, bool):
        raise StateError("state content is malformed (a flag)")
    return value


def generation_field(value: Any, what: str) -> int:
    """A stored generation: an int in [0, 2**53]."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_GENERATION:
        raise StateError(f"{what} content is malformed (generation)")
    return value


def check_rollback(found: int, min_generation: int | None, what: str) -> None:
    """Refuse a blob older than the newest one the host recorded (a rollback or a replay)."""
    if min_generation is None:
        return
    if isinstance(min_generation, bool) or not isinstance(min_generation, int) or min_generation < 0:
        raise TypeError("min_generation must be a non-negative int or None")
    if found < min_generation:
        raise StateError(f"{what} is older than the last one saved (generation {found} < {min_generation}): "
                         "a rolled-back or replayed copy")


def _per_label(default: Any) -> Callable[[], dict[str, Any]]:
    return lambda: {label: default for label in LABELS}


@dataclass
class ChatState:
    """A conversation's derived numbers: what its state bytes keep (listed here once)."""

    strength: dict[str, float] = field(default_factory=_per_label(0.0))  # noisy-OR of confident hits in memory
    seen_at: dict[str, float | None] = field(default_factory=_per_label(None))  # last confident hit
    hits: dict[str, int] = field(default_factory=_per_label(0))
    risk_peak: float = 0.0
    risk_mean: float = 0.0
    received: int = 0
    sent: int = 0
    last_at: float | None = None  # message time of the last message either way
    last_arrival: float | None = None  # device time of the last call
    last_alert: dict[str, float] = field(default_factory=dict)  # tier -> device time of its last alert
    alerted_labels: dict[str, list[str]] = field(default_factory=dict)  # tier -> labels of its last alert
    resurfaced: dict[str, bool] = field(default_factory=dict)  # tier -> a growing pattern already resurfaced
    charged_at: float | None = None  # device time this chat last counted against the budget
    ok_until: float = 0.0  # pattern tier silenced until this device time ("I'm OK")
    blocked: bool = False

    def content(self, options: dict[str, Any], model: str, generation: int) -> dict[str, Any]:
        """The JSON object the state bytes carry."""
        return {
            "options": options,
            "evidence": [self.strength[label] for label in LABELS],
            "seen_at": [self.seen_at[label] for label in LABELS],
            "hits": [self.hits[label] for label in LABELS],
            "risk_peak": self.risk_peak,
            "risk_mean": self.risk_mean,
            "received": self.received,
            "sent": self.sent,
            "last_at": self.last_at,
            "last_arrival": self.last_arrival,
            "last_alert": self.last_alert,
            "alerted_labels": self.alerted_labels,
            "resurfaced": self.resurfaced,
            "charged_at": self.charged_at,
            "ok_until": self.ok_until,
            "blocked": self.blocked,
            "model": model,
            "generation": generation,
        }

    @classmethod
    def from_content(cls, s: dict[str, Any], version: int, model: str) -> ChatState:
        """Check and read the fields of a state blob's content (version 1 is migrated). Risk
        summaries of another ``model`` start again from zero.

        Raises:
            StateError: a field is missing, of the wrong type or out of range.
        """
        try:
            if version == 1:
                # 1.2.0 kept decayed evidence and one clock: every behaviour still in evidence is
                # taken as seen at the last message, so nothing correctly seen is lost
                s = dict(s, last_arrival=s["last_at"], charged_at=None,
                         seen_at=[s["last_at"] if float(v) > 0 else None for v in s["evidence"]])
            st = cls(
                strength={label: float(v) for label, v in zip(LABELS, s["evidence"], strict=True)},
                seen_at={label: _optional_time(v) for label, v in zip(LABELS, s["seen_at"], strict=True)},
                hits={label: count_field(v) for label, v in zip(LABELS, s["hits"], strict=True)},
                risk_peak=float(s["risk_peak"]),
                risk_mean=float(s["risk_mean"]),
                received=count_field(s["received"]),
                sent=count_field(s["sent"]),
                last_at=_optional_time(s["last_at"]),
                last_arrival=_optional_time(s["last_arrival"]),
                last_alert={str(k): time_field(v) for k, v in s["last_alert"].items()},
                alerted_labels={str(k): [str(x) for x in v] for k, v in s["alerted_labels"].items()},
                resurfaced={str(k): flag_field(v) for k, v in s["resurfaced"].items()},
                charged_at=_optional_time(s["charged_at"]),
                ok_until=float(s["ok_until"]) if s["ok_until"] == 0 else time_field(s["ok_until"]),
                blocked=flag_field(s["blocked"]),
            )
            if s.get("model") != model:  # another model's numbers: only its risk summaries go
                st.risk_peak = st.risk_mean = 0.0
        except StateError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise StateError(f"state content is malformed ({exc.__class__.__name__})") from None
        numbers = [*st.strength.values(), st.risk_peak, st.risk_mean]
        if not all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in numbers):
            raise StateError("state content is malformed (evidence out of range)")
        if not (set(st.last_alert) | set(st.alerted_labels) | set(st.resurfaced)) <= set(TIERS):
            raise StateError("state content is malformed (an unknown tier)")
        if not all(set(v) <= set(LABELS) for v in st.alerted_labels.values()):
            raise StateError("state content is malformed (an unknown label)")
        return st


def read_options(s: dict[str, Any]) -> dict[str, Any]:
    """The host's options stored in a state blob's content (checked further by the conversation).

    Raises:
        StateError: they are missing or malformed.
    """
    opts = s.get("options")
    if not isinstance(opts, dict) or not all(
            isinstance(opts.get(k), str) and 0 < len(opts[k]) <= 16 for k in ("locale", "country")):
        raise StateError("state content is malformed (options)")
    return opts


# -- the daily budget ------------------------------------------------------------------------------

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
            self._generation = min(MAX_GENERATION, self._generation + 1)
            return True

    def charge(self, now: float) -> None:
        """Count one interruption that happens whatever the cap says (a crisis)."""
        with self._lock:
            self._prune(now)
            self._times = (self._times + [now])[-MAX_BUDGET_ENTRIES:]
            self._generation = min(MAX_GENERATION, self._generation + 1)

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
        key = key_for(key, unauthenticated)
        with self._lock:
            content = {"times": list(self._times), "generation": self._generation}
        return pack(BUDGET_MAGIC, BUDGET_VERSION, content, key, context)

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
        key = key_for(key, unauthenticated)
        _, content = unpack(data, BUDGET_MAGIC, (BUDGET_VERSION,), key, "budget", context)
        times = content.get("times")
        if not isinstance(times, list) or len(times) > MAX_BUDGET_ENTRIES:
            raise StateError("budget content is malformed (times)")
        loaded = [time_field(t) for t in times]
        generation = generation_field(content.get("generation", 0), "budget")
        check_rollback(generation, min_generation, "budget")
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
