"""`safechat eval`, the run: every conversation streamed as an app would see it, then the figures.

Every conversation goes through ``Conversation.receive`` / ``send`` exactly as an app would feed
it (:func:`safechat.tools.corpus.events`), each message arriving live on the device clock. Figures
are computed per source (the corpora differ in style, so pooled figures mostly measure style), and
for each pair of a grooming source with a normal source; message files are scored per label.
Definitions are in docs/EVAL.md. Nothing here prints or writes: :func:`evaluate` returns the
metrics (what ``metrics.json`` holds) and the runs the plots draw.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ...conversation import AlertBudget
from ...labels import LABELS
from .. import metrics as m
from ..corpus import GROOMING, NORMAL, Event, MessageLine, ReplayClock, contact_of, events, pace

# ---------------------------------------------------------------- defaults
#: "Warned in time" for written chats: the first warning came by the FLAG_WINDOW-th contact
#: message counting from the first flaggable one (that message and the two after it).
FLAG_WINDOW = 3  # contact messages
FORMAT = "safechat-eval"
FORMAT_VERSION = 1
DIGITS = 6  # decimals kept in metrics.json


# ---------------------------------------------------------------- selection


def limit_per_source(records: list[dict[str, Any]], n: int | None) -> list[dict[str, Any]]:
    """At most ``n`` records per source, in file order; a source with both classes keeps both.

    Classes share the ``n`` places in proportion to their counts, each keeping at least one
    (so ``n`` below the number of classes keeps one of each), so a quick run can still compute
    precision and AUC for a mixed source.
    """
    if n is None:
        return records
    by_source: dict[str, dict[str, list[int]]] = {}
    for i, r in enumerate(records):
        by_source.setdefault(r["source"], {}).setdefault(r["label"], []).append(i)
    keep: set[int] = set()
    for classes in by_source.values():
        total = sum(len(v) for v in classes.values())
        if total <= n:
            keep.update(i for v in classes.values() for i in v)
            continue
        # one place per class first, the rest in proportion (largest remainders break ties)
        quotas = {c: 1 for c in classes}
        rest = max(0, n - len(classes))
        exact = {c: rest * len(idx) / total for c, idx in classes.items()}
        for c, idx in classes.items():
            quotas[c] += min(int(exact[c]), len(idx) - 1)
        left = n - sum(quotas.values())
        for c in sorted(classes, key=lambda c: (-(exact[c] - int(exact[c])), c)):
            if left > 0 and quotas[c] < len(classes[c]):
                quotas[c] += 1
                left -= 1
        for c, idx in classes.items():
            keep.update(idx[: quotas[c]])
    return [r for i, r in enumerate(records) if i in keep]


# ---------------------------------------------------------------- streaming


@dataclass(frozen=True)
class ConversationRun:
    """What one detector did with one conversation (numbers only)."""

    source: str
    grooming: bool
    contact_messages: int  # incoming messages analysed
    first_warning: int | None  # k: contact messages read when the first warning came (1-based)
    first_tier: str | None
    risk: float  # Conversation.risk after the last message
    flag_at: int | None  # k of the first flaggable contact message (written chats with meta)


def flag_position(record: dict[str, Any], evs: Sequence[Event]) -> int | None:
    """k (1-based, contact messages only) of ``meta.first_flag_index``; None when absent."""
    index = (record.get("meta") or {}).get("first_flag_index")
    if record.get("label") != GROOMING or isinstance(index, bool) or not isinstance(index, int):
        return None
    # the index points into `messages`; it maps onto events only when they are one to one
    if record.get("segment_only") or len(evs) != len(record["messages"]) or not 0 <= index < len(evs):
        return None
    if not evs[index].incoming:
        return None
    return sum(1 for e in evs[: index + 1] if e.incoming)


def follow(detector: Any, evs: Iterable[Event], contact: str = "unknown") -> tuple[int, int | None, str | None, float]:
    """Stream events through a fresh Conversation as an app would: each message arrives live (the
    device clock reads its time), so fatigue, the cap and memory see the real gaps.

    Returns (contact messages, k of the first warning or None, its tier, final risk).
    """
    clock = ReplayClock()
    # each replayed conversation is another child's: it gets its own daily alert cap
    chat = detector.conversation(contact=contact, alert_budget=AlertBudget(detector.options.daily_cap), clock=clock)
    first: int | None = None
    tier: str | None = None
    for e in evs:
        clock.now = e.at
        if e.incoming:
            alert = chat.receive(e.text, at=e.at)
            if alert is not None and first is None:
                first, tier = alert.message_index + 1, alert.tier
        else:
            chat.send(e.text, at=e.at)
    return chat.received, first, tier, chat.risk


def _progress(total: int, quiet: bool) -> Any:
    """A tqdm bar on stderr when tqdm is installed, stderr is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="msg", unit_scale=True, file=sys.stderr, leave=False, desc="eval")


def run_conversations(
    inputs: Sequence[tuple[str, list[dict[str, Any]]]], detectors: dict[str, Any], quiet: bool = True,
    pace_mode: str = "none", contacts: str = "recorded",
) -> dict[str, list[ConversationRun]]:
    """Every record of every input through every detector; runs keyed by detector name.

    ``inputs`` are (file name, records). A source name found in more than one file is reported
    per file as "file:source", so two inputs are never pooled. ``pace_mode`` re-times each stream
    (:data:`safechat.tools.corpus.PACES`); ``contacts`` "recorded" replays a written chat's contact as the
    host would know them (a parent as family, a coach as known), "unknown" replays every contact
    as a stranger.
    """
    files_of: dict[str, set[str]] = {}
    for name, records in inputs:
        for r in records:
            files_of.setdefault(r["source"], set()).add(name)
    streams = [(name, r, pace(events(r), pace_mode, str(r.get("id", "")))) for name, records in inputs for r in records]
    bar = _progress(sum(len(evs) for _, _, evs in streams) * len(detectors), quiet)
    runs: dict[str, list[ConversationRun]] = {d: [] for d in detectors}
    try:
        for name, record, evs in streams:
            source = record["source"] if len(files_of[record["source"]]) == 1 else f"{name}:{record['source']}"
            flag_at = flag_position(record, evs)
            for d, detector in detectors.items():
                kind = contact_of(record) if contacts == "recorded" else "unknown"
                contact, first, tier, risk = follow(detector, evs, kind)
                runs[d].append(ConversationRun(source, record["label"] == GROOMING, contact, first, tier, risk, flag_at))
                if bar is not None:
                    bar.update(len(evs))
    finally:
        if bar is not None:
            bar.close()
    return runs


# ---------------------------------------------------------------- conversation figures


def _dist(values: Sequence[float]) -> dict[str, float | None]:
    return {"median": m.median(values), "p90": m.percentile(values, 90.0)}


def summarise(runs: Sequence[ConversationRun], p: float) -> dict[str, Any]:
    """Figures for one set of conversations (one source, or one grooming-vs-normal pair)."""
    out: dict[str, Any] = {}
    for cls, is_grooming in ((GROOMING, True), (NORMAL, False)):
        rs = [r for r in runs if r.grooming == is_grooming]
        if not rs:
            continue
        ks = [r.first_warning for r in rs if r.first_warning is not None]
        out[cls] = {
            "conversations": len(rs),
            "warned": len(ks),
            "warned_share": m.share(len(ks), len(rs)),
            "first_warning": _dist(ks),
            "contact_messages": _dist([r.contact_messages for r in rs]),
            "first_tier": dict(sorted(Counter(r.first_tier for r in rs if r.first_tier).items())),
        }
    tp_ks = [r.first_warning for r in runs if r.grooming and r.first_warning is not None]
    out["conversations"] = {cls: out[cls]["conversations"] if cls in out else 0 for cls in (GROOMING, NORMAL)}
    out["recall"] = out[GROOMING]["warned_share"] if GROOMING in out else None
    out["false_alert_rate"] = out[NORMAL]["warned_share"] if NORMAL in out else None
    out["speed"] = m.speed(tp_ks, p)
    if GROOMING in out and NORMAL in out:
        gold = [r.grooming for r in runs]
        scores = m.binary_scores(gold, [r.first_warning is not None for r in runs])
        out["classification"] = asdict(scores)
        out["f_latency"] = m.latency_f1(scores.f1, tp_ks, p)
        out["auc"] = m.roc_auc([r.risk for r in runs], gold)
    else:
        out["classification"] = out["f_latency"] = out["auc"] = None
    flagged = [r for r in runs if r.grooming and r.flag_at is not None]
    if flagged:
        # (first warning, first flag) of each flagged conversation that was warned
        pairs = [(r.first_warning, r.flag_at) for r in flagged if r.first_warning is not None and r.flag_at is not None]
        delays = [w - f for w, f in pairs if w >= f]
        out["first_flag"] = {
            "conversations": len(flagged),
            "window": FLAG_WINDOW,
            "within_window": m.share(len([w for w, f in pairs if w <= f + FLAG_WINDOW - 1]), len(flagged)),
            "before_flag": m.share(len([w for w, f in pairs if w < f]), len(flagged)),
            "delay": _dist(delays),
        }
    else:
        out["first_flag"] = None
    return out


def sources_of(runs: Sequence[ConversationRun]) -> list[str]:
    return sorted({r.source for r in runs})


def pairs_of(runs: Sequence[ConversationRun]) -> list[tuple[str, str]]:
    """(grooming source, normal source) for every two different sources with those classes."""
    g = sorted({r.source for r in runs if r.grooming})
    n = sorted({r.source for r in runs if not r.grooming})
    return [(a, b) for a in g for b in n if a != b]


def pair_runs(runs: Sequence[ConversationRun], g: str, n: str) -> list[ConversationRun]:
    return [r for r in runs if (r.grooming and r.source == g) or (not r.grooming and r.source == n)]


PAIR_KEYS = ("conversations", "classification", "recall", "false_alert_rate", "speed", "f_latency", "auc")


# ---------------------------------------------------------------- message figures


def _label_block(lines: Sequence[MessageLine], predicted: Sequence[tuple[str, ...]]) -> dict[str, Any]:
    scores = m.per_label_scores([x.labels for x in lines], predicted, LABELS)
    negatives = [i for i, x in enumerate(lines) if not x.labels]
    return {
        "lines": len(lines),
        "label_free": len(negatives),
        "per_label": {label: asdict(s) for label, s in scores.items()},
        "macro_f1": m.macro_f1(scores),
        "micro_f1": m.micro_f1(scores),
        "hard_negative_flag_rate": m.share(sum(1 for i in negatives if predicted[i]), len(negatives)),
    }


def message_metrics(lines: Sequence[MessageLine], detector: Any) -> dict[str, Any]:
    """Per-label figures for plain lines and obfuscated lines apart, and the hit rate vs clean."""
    plain = [x for x in lines if x.clean is None]
    obf = [x for x in lines if x.clean is not None]
    out: dict[str, Any] = {"plain": None, "obfuscated": None}
    if plain:
        out["plain"] = _label_block(plain, [detector.classify(x.text).flagged for x in plain])
    if obf:
        predicted = [detector.classify(x.text).flagged for x in obf]
        block = _label_block(obf, predicted)
        clean_hits = still = 0
        for x, pred in zip(obf, predicted):
            gold = set(x.labels)
            if gold and gold & set(detector.classify(x.clean).flagged):
                clean_hits += 1
                still += bool(gold & set(pred))
        block["hit_rate_vs_clean"] = {"clean_hits": clean_hits, "still_flagged": still, "rate": m.share(still, clean_hits)}
        out["obfuscated"] = block
    return out


# ---------------------------------------------------------------- the whole evaluation


def evaluate(
    detectors: dict[str, Any],
    conversation_inputs: Sequence[tuple[str, list[dict[str, Any]]]],
    message_inputs: Sequence[tuple[str, list[MessageLine]]],
    *,
    p: float = m.DEFAULT_LATENCY_P,
    quiet: bool = True,
    pace_mode: str = "none",
    contacts: str = "recorded",
) -> tuple[dict[str, Any], dict[str, list[ConversationRun]]]:
    """Run everything; returns (metrics, runs per detector). ``detectors`` maps a name to a
    Guard-compatible object; the first is the one under test."""
    runs = run_conversations(conversation_inputs, detectors, quiet=quiet, pace_mode=pace_mode, contacts=contacts)
    first = next(iter(detectors))
    conversations: dict[str, Any] = {}
    for source in sources_of(runs[first]):
        conversations[source] = {d: summarise([r for r in runs[d] if r.source == source], p) for d in detectors}
    pairs: dict[str, Any] = {}
    for g, n in pairs_of(runs[first]):
        pairs[f"{g} vs {n}"] = {
            d: {k: v for k, v in summarise(pair_runs(runs[d], g, n), p).items() if k in PAIR_KEYS} for d in detectors
        }
    messages = {name: {d: message_metrics(lines, det) for d, det in detectors.items()} for name, lines in message_inputs}
    model = detectors[first].bundle
    result = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "model": {"name": model.name, "version": model.version},
        "detectors": list(detectors),
        "settings": {"latency_p": p, "flag_window": FLAG_WINDOW, "pace": pace_mode, "contacts": contacts},
        "inputs": {
            "conversations": {name: len(records) for name, records in conversation_inputs},
            "messages": {name: len(lines) for name, lines in message_inputs},
        },
        "conversations": conversations,
        "pairs": pairs,
        "messages": messages,
    }
    return result, runs


def rounded(x: Any) -> Any:
    """``x`` with every float rounded to DIGITS decimals, and NaN or infinity as None (JSON null)."""
    if isinstance(x, float):
        return round(x, DIGITS) if math.isfinite(x) else None
    if isinstance(x, dict):
        return {k: rounded(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [rounded(v) for v in x]
    return x
