"""Timelines: written chats with real time between messages, replayed as a phone would see them.

A timeline file (``data/timelines/<author>.json``) holds one author's chats::

    {"author": "...", "persona": "...", "timelines": [
      {"id", "kind": "grooming" | "innocent", "category", "child_age", "contact": "unknown" | "known" | "family",
       "steps": [{"wait": "1d3h", "from": "contact" | "child", "text"}, ...],
       "concern_at": k | null, "threat_at": k | null}]}      # k counts the contact's messages from 0

Each message arrives live: the device clock is set to its time before ``receive``/``send``, and
the conversation draws on its own daily budget unless one is given (several chats of one child).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..conversation import CONTACTS, AlertBudget
from .corpus import ReplayClock

KINDS = ("grooming", "innocent")
GROOMING_CATEGORIES = ("threat_first", "fast_sextortion", "slow_grooming", "meetup_after_trust", "platform_then_image")
INNOCENT_CATEGORIES = ("parent", "relative", "coach", "teacher_tutor", "friend", "teen_couple", "gaming_friend")
#: A timeline counts as slow when it spans at least this long (trust built over days).
SLOW_SPAN = 2 * 86_400.0  # seconds
START = 1_767_000_000.0  # seconds since the epoch (late December 2025): when every timeline starts
_UNITS = {"d": 86_400, "h": 3_600, "m": 60, "s": 1}
_WAIT = re.compile(r"(\d+)([dhms])")


def parse_wait(value: str) -> float:
    """Seconds in a wait such as "0s", "45s", "3m", "1d3h30m".

    Raises:
        ValueError: anything else.
    """
    if not isinstance(value, str) or not value or _WAIT.sub("", value) != "":
        raise ValueError(f"a wait is a number and a unit (d, h, m, s), combinable like 1d3h; got {value!r}")
    return float(sum(int(n) * _UNITS[u] for n, u in _WAIT.findall(value)))


@dataclass(frozen=True)
class Step:
    wait: float  # seconds since the previous step
    incoming: bool  # the contact's message (else the child's)
    text: str


@dataclass(frozen=True)
class Timeline:
    id: str
    author: str
    kind: str
    category: str
    child_age: int
    contact: str
    steps: tuple[Step, ...]
    concern_at: int | None  # the contact's first concerning message (0-based among theirs)
    threat_at: int | None  # the contact's first explicit threat (0-based among theirs)

    @property
    def span(self) -> float:
        """Seconds from the first message to the last."""
        return sum(s.wait for s in self.steps[1:])

    @property
    def contact_messages(self) -> int:
        return sum(s.incoming for s in self.steps)


def _timeline(raw: Any, author: str, where: str) -> Timeline:
    if not isinstance(raw, dict):
        raise TypeError(f"{where}: a timeline must be a JSON object")
    try:
        kind, category = raw["kind"], raw["category"]
        steps = tuple(Step(parse_wait(s["wait"]), {"contact": True, "child": False}[s["from"]], str(s["text"]))
                      for s in raw["steps"])
        t = Timeline(id=str(raw["id"]), author=author, kind=kind, category=category, child_age=int(raw["child_age"]),
                     contact=raw["contact"], steps=steps, concern_at=raw.get("concern_at"),
                     threat_at=raw.get("threat_at"))
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{where}: a field is missing or of the wrong type ({exc})") from None
    allowed = GROOMING_CATEGORIES if kind == "grooming" else INNOCENT_CATEGORIES if kind == "innocent" else ()
    if category not in allowed:
        raise ValueError(f"{where}: kind {kind!r} with category {category!r}")
    if t.contact not in CONTACTS:
        raise ValueError(f"{where}: contact must be one of {', '.join(CONTACTS)}")
    for name in ("concern_at", "threat_at"):
        k = getattr(t, name)
        if k is not None and not (isinstance(k, int) and 0 <= k < t.contact_messages):
            raise ValueError(f"{where}: {name} must index the contact's messages")
    if kind == "grooming" and t.concern_at is None:
        raise ValueError(f"{where}: a grooming timeline needs concern_at")
    return t


def read_timelines(folder: str | Path) -> list[Timeline]:
    """Every timeline of every ``*.json`` file in ``folder``, in file order.

    Raises:
        ValueError: a file or timeline is malformed (the message names it); ids repeat.
        FileNotFoundError: the folder does not exist.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no timeline folder at {folder}")
    out: list[Timeline] = []
    for path in sorted(folder.glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            raise ValueError(f"{path.name}: not valid JSON") from None
        author = str(doc.get("author", path.stem))
        for i, raw in enumerate(doc.get("timelines", [])):
            out.append(_timeline(raw, author, f"{path.name}: timeline {i}"))
    ids = [t.id for t in out]
    if len(set(ids)) != len(ids):
        raise ValueError("timeline ids repeat")
    return out


@dataclass(frozen=True)
class Warning:
    index: int  # the contact message that raised it (0-based among theirs)
    tier: str
    labels: tuple[str, ...]
    quiet: bool


def play(guard: Any, timeline: Timeline, *, start: float = START, budget: AlertBudget | None = None,
         clock: ReplayClock | None = None) -> list[Warning]:
    """Play one timeline live through ``guard.conversation`` and return its warnings."""
    clock = clock or ReplayClock(start)
    clock.now = start
    chat = guard.conversation(child_age=timeline.child_age, contact=timeline.contact,
                              alert_budget=budget or AlertBudget(), clock=clock)
    out: list[Warning] = []
    at = start
    for step in timeline.steps:
        at += step.wait
        clock.now = at
        if not step.incoming:
            chat.send(step.text)
            continue
        alert = chat.receive(step.text)
        if alert is not None:
            out.append(Warning(alert.message_index, alert.tier, alert.labels, alert.quiet))
    return out


@dataclass(frozen=True)
class Outcome:
    timeline: Timeline
    warnings: tuple[Warning, ...]

    @property
    def warned(self) -> bool:
        return bool(self.warnings)

    @property
    def first(self) -> int | None:
        return self.warnings[0].index if self.warnings else None

    @property
    def crisis_on_threat(self) -> bool:
        """A crisis warning on the threat message itself."""
        return any(w.tier == "crisis" and w.index == self.timeline.threat_at for w in self.warnings)

    @property
    def within_three(self) -> bool:
        """Warned within 3 contact messages of the first concerning one."""
        c = self.timeline.concern_at
        return c is not None and self.first is not None and self.first < c + 3


def run(guard: Any, timelines: Iterable[Timeline], on: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    outcomes = []
    for t in timelines:
        o = Outcome(t, tuple(play(guard, t)))
        outcomes.append(o)
        if on is not None:
            on(o)
    return outcomes


def _share(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """The figures the timeline rules are judged by, overall and per category and author."""
    grooming = [o for o in outcomes if o.timeline.kind == "grooming"]
    innocent = [o for o in outcomes if o.timeline.kind == "innocent"]
    threats = [o for o in grooming if o.timeline.threat_at is not None]
    slow = [o for o in grooming if o.timeline.span >= SLOW_SPAN]
    slow_innocent = [o for o in innocent if o.timeline.span >= SLOW_SPAN]
    return {
        "timelines": len(outcomes),
        "authors": sorted({o.timeline.author for o in outcomes}),
        "crisis_on_threat": {"n": len(threats), "share": _share([o.crisis_on_threat for o in threats])},
        "threat_first_crisis_on_threat": {
            "n": sum(o.timeline.category == "threat_first" for o in threats),
            "share": _share([o.crisis_on_threat for o in threats if o.timeline.category == "threat_first"])},
        "grooming_warned": {"n": len(grooming), "share": _share([o.warned for o in grooming])},
        "grooming_within_three": {"n": len(grooming), "share": _share([o.within_three for o in grooming])},
        "slow_grooming_warned": {"n": len(slow), "share": _share([o.warned for o in slow])},
        "innocent_warned": {"n": len(innocent), "share": _share([o.warned for o in innocent])},
        "slow_innocent_warned": {"n": len(slow_innocent), "share": _share([o.warned for o in slow_innocent])},
        "per_category": {
            c: {"n": len(group), "warned": _share([o.warned for o in group])}
            for c in GROOMING_CATEGORIES + INNOCENT_CATEGORIES
            if (group := [o for o in outcomes if o.timeline.category == c])
        },
        "per_author": {
            a: {"grooming_warned": _share([o.warned for o in grooming if o.timeline.author == a]),
                "innocent_warned": _share([o.warned for o in innocent if o.timeline.author == a])}
            for a in sorted({o.timeline.author for o in outcomes})
        },
    }
