"""`Conversation`: one contact's messages followed over time: evidence, tiers, fatigue, state bytes.

The policy (features, the learnt risk, the tier decision) lives in :mod:`safechat.policy`, the
saved fields and their codec in :mod:`safechat.state`; this module keeps the clock, the memory,
fatigue and the daily cap.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from . import policy as _policy
from . import state as _state
from .alerts import Alert, build_alert, country_code, load_copy, locale_for
from .errors import StateError
from .labels import ACT_NOW, LABELS, PATTERN, age_band
from .policy import (
    ALWAYS_UNGATED,
    CONTACTS,
    DEFAULT_POLICY,
    FEATURES,
    MIN_MEMORY_DAYS,
    RETIRED_POLICY_KEYS,
    Policy,
    validate_policy,
)
from .results import Classification, Scorer
from .state import BUDGET_MAGIC, DAY, HOUR, STATE_MAGIC, STATE_VERSION, AlertBudget, ChatState

__all__ = [
    "ALWAYS_UNGATED",
    "BACKLOG_SECONDS",
    "BUDGET_MAGIC",
    "CONTACTS",
    "DAY",
    "DEFAULT_POLICY",
    "FEATURES",
    "HOUR",
    "MIN_MEMORY_DAYS",
    "RETIRED_POLICY_KEYS",
    "STATE_MAGIC",
    "STATE_VERSION",
    "AlertBudget",
    "Conversation",
    "ConversationOptions",
    "validate_policy",
]

#: A message whose ``at`` is older than its arrival by more than this came in a synced backlog.
BACKLOG_SECONDS = 300.0  # seconds


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

    ``scorer`` is a :class:`safechat.Guard` or any :class:`safechat.Scorer`; ``policy`` (by
    default the scorer's) decides the tiers.
    """

    def __init__(
        self,
        scorer: Scorer,
        *,
        child_age: int | None = None,
        locale: str | None = None,
        country: str = "GB",
        contact: str = "unknown",
        alert_budget: AlertBudget | None = None,
        clock: Callable[[], float] | None = None,
        policy: Policy | None = None,
    ) -> None:
        self.options = ConversationOptions(child_age=child_age, locale=locale, country=country, contact=contact)
        self._scorer = scorer
        if clock is not None and not callable(clock):
            raise TypeError("clock must be a callable returning seconds, or None")
        if policy is not None and not isinstance(policy, Policy):
            raise TypeError("policy must be a safechat.Policy or None")
        self._clock = clock or scorer.clock or time.time
        self._policy = policy if policy is not None else scorer.policy
        self._thr = dict(scorer.thresholds)
        self._act = self._policy.act_thresholds(self._thr)
        self._gate = self._policy.gate(contact)
        # the product rule first; a calibration may only add labels to it
        self._ungated = self._policy.ungated_labels(contact)
        self._memory = max(MIN_MEMORY_DAYS, self._policy.memory_days) * DAY  # seconds
        self._budget: AlertBudget = alert_budget or getattr(scorer, "alert_budget", None) or AlertBudget()
        self._lock = threading.Lock()
        self._generation = 0  # grows with every change, never reset (see `generation`)
        self._reset()

    def _reset(self) -> None:
        self._s = ChatState()
        self._not_read = 0  # contact messages probably in a language the model does not read (not kept in state)
        self._last_read: bool | None = None

    # -- reading the state -----------------------------------------------------------------------

    @property
    def scorer(self) -> Scorer:
        """The guard (or other scorer) this conversation scores messages with."""
        return self._scorer

    @property
    def policy(self) -> Policy:
        """The alert policy this conversation follows."""
        return self._policy

    @property
    def evidence(self) -> dict[str, float]:
        """Per-label evidence of the behaviours still in memory, each in [0, 1]."""
        return self._recent_all()

    @property
    def features(self) -> dict[str, float]:
        """The features of the learnt conversation risk (:data:`safechat.policy.FEATURES`) now."""
        with self._lock:
            return self._features()

    @property
    def risk(self) -> float:
        """The conversation's risk so far, in [0, 1]."""
        return self._conversation_risk()

    @property
    def received(self) -> int:
        """How many contact messages were analysed."""
        return self._s.received

    @property
    def sent(self) -> int:
        """How many of the child's own messages were noted."""
        return self._s.sent

    @property
    def blocked(self) -> bool:
        return self._s.blocked

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
                arrival = _state.clock_seconds(self._clock)
            except (TypeError, ValueError):
                arrival = 0.0  # a broken clock: still one more than before
        self._generation = min(_state.MAX_GENERATION, max(self._generation + 1, int(arrival * 1000.0)))

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
        s = self._s
        seen = s.seen_at[label]
        if seen is None or s.last_at is None or s.last_at - seen > self._memory:
            return 0.0
        return s.strength[label]

    def _recent_all(self) -> dict[str, float]:
        return {label: self._recent(label) for label in LABELS}

    def _features(self) -> dict[str, float]:
        return _policy.features(self._recent_all(), self._policy.presence_floor, self._s.risk_peak, self._s.risk_mean)

    def _conversation_risk(self) -> float:
        if self._s.received == 0:
            return 0.0
        return _policy.conversation_risk(self._policy, self._features())

    # -- time ------------------------------------------------------------------------------------

    def _times(self, at: float | datetime | None) -> tuple[float, float, bool]:
        """(message time, device time, from a synced backlog) for a call now."""
        stamp = None if at is None else _state.to_seconds(at, self._clock)  # type errors before the clock
        arrival = _state.clock_seconds(self._clock)
        s = self._s
        if s.last_arrival is not None and arrival < s.last_arrival:
            self._clock_went_back(arrival)
        s.last_arrival = arrival
        t = arrival if stamp is None else min(stamp, arrival)  # a future `at` is the device's now
        backlog = stamp is not None and arrival - t > BACKLOG_SECONDS
        if s.last_at is not None and t < s.last_at:
            t = s.last_at  # time never runs backwards within a conversation
        return t, arrival, backlog

    def _clock_went_back(self, arrival: float) -> None:
        """The device clock was set back: keep the timers' remaining spans, not their dates, so a
        clock that once ran far ahead cannot freeze fatigue, expiry or memory for good."""
        s = self._s
        delta = arrival - (s.last_arrival or arrival)
        s.last_alert = {tier: _state.clamp_time(t + delta) for tier, t in s.last_alert.items()}
        if s.charged_at is not None:
            s.charged_at = _state.clamp_time(s.charged_at + delta)
        if s.ok_until:
            s.ok_until = _state.clamp_time(s.ok_until + delta)
        if s.last_at is not None and s.last_at > arrival:
            s.last_at = arrival
        for label, seen in s.seen_at.items():
            if seen is not None and seen > arrival:
                s.seen_at[label] = arrival

    def _advance(self, now: float) -> None:
        """Move the message clock to ``now``: forget behaviours older than the memory window, and
        everything after a long silence."""
        s = self._s
        if s.last_at is not None and now - s.last_at > self._policy.expire_days * DAY:
            kept = ChatState(blocked=s.blocked, ok_until=s.ok_until, last_arrival=s.last_arrival)
            self._reset()
            self._s = s = kept
        if s.last_at is None or now > s.last_at:
            s.last_at = now

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
            if self._s.blocked:
                return None
            return self._fold(self._scorer.classify(text), *times)

    def receive_scored(self, classification: Classification, at: float | datetime | None = None) -> Alert | None:
        """Fold in a contact message already scored (by ``scorer.classify``), as :meth:`receive`
        would, but also after a block: for replays that score each message once (calibration,
        the benchmark).

        Raises:
            TypeError: ``classification`` is not a :class:`Classification`, or ``at`` as for :meth:`receive`.
        """
        if not isinstance(classification, Classification):
            raise TypeError(f"classification must be a Classification, not {type(classification).__name__}")
        with self._lock:
            times = self._times(at)
            self._bump(times[1])
            return self._fold(classification, *times)

    def _fold(self, c: Classification, now: float, arrival: float, backlog: bool) -> Alert | None:
        """Fold one scored contact message into the state (the caller holds the lock)."""
        self._advance(now)
        index = self._s.received
        self._s.received += 1
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
            self._s.sent += 1

    def _update(self, c: Classification, now: float) -> None:
        s = self._s
        for label in LABELS:
            p = c.labels[label]
            if p >= self._thr[label]:
                # noisy-OR of confident hits only, so many weak scores never add up to an alert
                # (a behaviour that had left memory starts afresh)
                s.strength[label] = 1.0 - (1.0 - self._recent(label)) * (1.0 - p)
                s.hits[label] += 1
                s.seen_at[label] = now
        s.risk_peak = max(s.risk_peak, c.risk)
        # a running mean that starts from zero, so one message cannot look like a whole conversation
        alpha = self._policy.risk_ema
        s.risk_mean = (1 - alpha) * s.risk_mean + alpha * c.risk

    def _decide(self, c: Classification, index: int, now: float, arrival: float, backlog: bool) -> Alert | None:
        s = self._s
        recent = self._recent_all()
        risk = self._conversation_risk()
        decided = _policy.decide(self._policy, scores=c.labels, flagged=c.flagged, recent=recent, seen_at=s.seen_at,
                                 risk=risk, act_thresholds=self._act, gate=self._gate, ungated=self._ungated,
                                 pattern_silenced=arrival < s.ok_until)
        if decided is None:
            return None
        tier, labels = decided
        fresh = self._allowed(tier, labels, arrival, backlog)
        if fresh is False:
            return None
        quiet = False
        if tier != "pattern":  # pattern cards are inline: they never interrupt and never count
            counted = s.charged_at is not None and arrival - s.charged_at < self._budget.window
            if counted:
                pass  # this chat already interrupted today: a repeat here does not count again
            elif tier == "crisis":
                self._budget.charge(arrival)  # crisis always interrupts
                s.charged_at = arrival
            elif self._budget.take(arrival):
                s.charged_at = arrival
            else:
                quiet = True  # over the cap: still shown, as an inline card the host marks as new
        s.resurfaced[tier] = fresh is None
        s.last_alert[tier] = arrival
        s.alerted_labels[tier] = sorted(set(s.alerted_labels.get(tier, [])) | set(labels))
        return build_alert(
            tier=tier,
            labels=tuple(labels),
            message_index=index,
            at=now,
            risk=max(c.risk, risk),
            band=self.band,
            locale=self.options.locale or locale_for(self.options.country),  # set by ConversationOptions
            country=self.options.country,
            quiet=quiet,
        )

    def _allowed(self, tier: str, labels: list[str], arrival: float, backlog: bool) -> bool | None:
        """Fatigue: one alert per tier per window; a growing pattern may resurface once (never
        inside a synced backlog).

        Returns False when suppressed, True for a fresh alert, None for a one-off resurfacing.
        """
        s = self._s
        last = s.last_alert.get(tier)
        if last is None or arrival - last >= self._policy.fatigue_hours * HOUR:
            return True
        if backlog:
            return False
        new = set(labels) - set(s.alerted_labels.get(tier, []))
        if tier != "crisis" and new & (PATTERN | ACT_NOW) and not s.resurfaced.get(tier, False):
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
            self._s.ok_until = _state.clamp_time(arrival + self._policy.ok_silence_days * DAY)

    def block(self) -> None:
        """The child blocked this contact: nothing from them is analysed any more."""
        with self._lock:
            self._s.blocked = True
            self._bump()

    def unblock(self) -> None:
        """The child unblocked this contact: their messages are analysed again (the evidence kept
        from before the block still counts)."""
        with self._lock:
            self._s.blocked = False
            self._bump()

    def clear(self) -> None:
        """Forget everything about this conversation (the child's "clear" choice)."""
        with self._lock:
            self._reset()
            self._bump()

    # -- state bytes -----------------------------------------------------------------------------

    def _model_id(self) -> str:
        return str(self._scorer.model_id)[:80]

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
        key = _state.key_for(key, unauthenticated)
        options = {"child_age": self.options.child_age, "locale": self.options.locale,
                   "country": self.options.country, "contact": self.options.contact}
        with self._lock:
            content = self._s.content(options, self._model_id(), self._generation)
        return _state.pack(STATE_MAGIC, STATE_VERSION, content, key, context)

    @classmethod
    def from_bytes(cls, data: bytes, guard: Scorer, *, key: bytes | None = None, context: bytes | str | None = None,
                   unauthenticated: bool = False, min_generation: int | None = None,
                   alert_budget: AlertBudget | None = None, clock: Callable[[], float] | None = None,
                   policy: Policy | None = None) -> Conversation:
        """Restore a conversation saved with :meth:`to_bytes` (state of model 1.2.0 is migrated).

        Args:
            guard: the :class:`Guard` (or other :class:`safechat.Scorer`) to score with.
            key, context, unauthenticated: as given to :meth:`to_bytes`.
            min_generation: the :attr:`generation` the host recorded at its last save; a blob with
                an older generation (a rolled-back or replayed copy) is refused.
            alert_budget, clock, policy: as for :meth:`Guard.conversation` (by default the Guard's).

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
        key = _state.key_for(key, unauthenticated)
        version, s = _state.unpack(data, STATE_MAGIC, _state.READABLE_STATE_VERSIONS, key, "state", context)
        generation = _state.generation_field(s.get("generation", 0), "state")
        _state.check_rollback(generation, min_generation, "state")
        opts = _state.read_options(s)
        try:
            chat = cls(guard, child_age=opts["child_age"], locale=opts["locale"], country=opts["country"],
                       contact=opts.get("contact", "unknown"), alert_budget=alert_budget, clock=clock, policy=policy)
        except (KeyError, TypeError, ValueError) as exc:
            raise StateError(f"state content is malformed ({exc.__class__.__name__})") from None
        chat._s = ChatState.from_content(s, version, chat._model_id())
        chat._generation = generation
        return chat
