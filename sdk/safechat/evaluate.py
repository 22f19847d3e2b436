"""`safechat eval`: how early and how accurately safechat warns, per source, never pooled.

    safechat eval                                    # the shared dev split (../shared/data)
    safechat eval --limit 50 --baseline keywords     # quick: 50 conversations per source
    safechat eval --data ../shared/data \
        --conversations data/conversations/written_dev.jsonl \
        --messages data/messages/written_dev.jsonl \
        --baseline keywords --out reports/eval       # report.md, metrics.json, PNG plots

Every conversation is streamed through ``Conversation.receive`` / ``send`` exactly as an app
would see it (:func:`safechat.streams.events`). Figures are computed per source (the corpora
differ in style, so pooled figures mostly measure style; see DATA.md), and for each pair of a
grooming source with a normal source. Definitions are in docs/EVAL.md.

Output never contains message text: only counts, rates and file names.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import metrics as m
from .conversation import AlertBudget
from .labels import LABELS
from .streams import PACES, Event, ReplayClock, contact_of, events, pace, read_records

# ---------------------------------------------------------------- defaults
DEV_FILE = "dev.jsonl.gz"  # what `--data FOLDER` reads
#: "Warned in time" for written chats: the first warning came by the FLAG_WINDOW-th contact
#: message counting from the first flaggable one (that message and the two after it).
FLAG_WINDOW = 3  # contact messages
FORMAT = "safechat-eval"
FORMAT_VERSION = 1
GROOMING, NORMAL = "grooming", "normal"
DIGITS = 6  # decimals kept in metrics.json


# ---------------------------------------------------------------- inputs


def shared_data_dir() -> Path | None:
    """The shared corpora folder: $SAFECHAT_DATA, else ../shared/data from the cwd or the repo."""
    repo = Path(__file__).resolve().parents[2]
    candidates = [os.environ.get("SAFECHAT_DATA"), Path.cwd().parent / "shared" / "data", repo.parent / "shared" / "data"]
    for candidate in candidates:
        if candidate and (Path(candidate) / DEV_FILE).is_file():
            return Path(candidate)
    return None


def resolve_data(path: Path | None) -> Path | None:
    """``--data``: a folder (its dev split) or a file; without it, the shared folder when found.

    Raises:
        FileNotFoundError: ``path`` was given and holds no data.
    """
    if path is None:
        folder = shared_data_dir()
        return None if folder is None else folder / DEV_FILE
    if path.is_dir():
        path = path / DEV_FILE
    if not path.is_file():
        raise FileNotFoundError(2, "no such file", str(path))
    return path


@dataclass(frozen=True)
class MessageLine:
    """One line of a message file: gold labels, and the clean text when it is an obfuscated variant."""

    text: str
    labels: tuple[str, ...]
    clean: str | None = None


def read_messages(path: Path) -> list[MessageLine]:
    """Read a message file (JSONL ``{"text", "labels": [...], "clean"?}``).

    Raises:
        ValueError: a record lacks text, or names a label that is not one of the 11 (the error
            gives the record number, never the text).
    """
    lines = []
    for n, record in enumerate(read_records(path), start=1):
        text, labels, clean = record.get("text"), record.get("labels"), record.get("clean")
        if not isinstance(text, str) or not isinstance(labels, list):
            raise ValueError(f"{path.name}: record {n} needs a 'text' string and a 'labels' list")
        unknown = [x for x in labels if x not in LABELS]
        if unknown:
            raise ValueError(f"{path.name}: record {n} has unknown labels {unknown}")
        if clean is not None and not isinstance(clean, str):
            raise ValueError(f"{path.name}: record {n}: 'clean' must be a string")
        lines.append(MessageLine(text, tuple(labels), clean))
    return lines


def read_conversations(path: Path) -> list[dict[str, Any]]:
    """Read conversation records, checking each has a source and a grooming/normal label.

    Raises:
        ValueError: a record lacks them (named by record number).
    """
    records = []
    for n, record in enumerate(read_records(path), start=1):
        if record.get("label") not in (GROOMING, NORMAL) or not isinstance(record.get("source"), str):
            raise ValueError(f"{path.name}: record {n} needs 'source' and a 'label' of grooming or normal")
        records.append(record)
    return records


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


def _progress(total: int, quiet: bool):
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
    (:data:`safechat.streams.PACES`); ``contacts`` "recorded" replays a written chat's contact as the
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
        warned = [r for r in flagged if r.first_warning is not None]
        delays = [r.first_warning - r.flag_at for r in warned if r.first_warning >= r.flag_at]  # type: ignore[operator]
        out["first_flag"] = {
            "conversations": len(flagged),
            "window": FLAG_WINDOW,
            "within_window": m.share(
                sum(1 for r in warned if r.first_warning <= r.flag_at + FLAG_WINDOW - 1), len(flagged)  # type: ignore[operator]
            ),
            "before_flag": m.share(sum(1 for r in warned if r.first_warning < r.flag_at), len(flagged)),  # type: ignore[operator]
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
            if gold and gold & set(detector.classify(x.clean).flagged):  # type: ignore[arg-type]
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


def _rounded(x: Any) -> Any:
    if isinstance(x, float):
        return round(x, DIGITS) if math.isfinite(x) else None
    if isinstance(x, dict):
        return {k: _rounded(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_rounded(v) for v in x]
    return x


# ---------------------------------------------------------------- the report


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _num(x: float | None, digits: int = 3) -> str:
    if x is None:
        return "n/a"
    if float(x).is_integer() and digits == 0:
        return str(int(x))
    return f"{x:.{digits}f}"


def _side(values: Sequence[str]) -> str:
    return " / ".join(values)


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def render(result: dict[str, Any], plots: Sequence[str] = (), plot_note: str | None = None) -> str:
    """The report as Markdown (also what the console prints)."""
    ds = result["detectors"]
    who = _side(ds)
    s = result["settings"]
    lines = [
        f"# safechat eval: model {result['model']['name']} {result['model']['version']}",
        "",
        ("Every figure is per source, never pooled." + (f" Cells read `{who}`." if len(ds) > 1 else "")),
        (
            f"k = contact messages read when the first warning came. Latency penalty p = {s['latency_p']}"
            f" (penalty 0.5 at k = {1 + math.log(3) / s['latency_p']:.0f})."
        ),
        (f"Replay pace: {s.get('pace', 'none')}; contacts: {s.get('contacts', 'unknown')} "
         "(each message arrives live on the device clock)."),
        "",
    ]
    conv = result["conversations"]
    if conv:
        lines += ["## Conversations warned, per source", ""]
        rows = []
        for source, per in conv.items():
            for cls in (GROOMING, NORMAL):
                if cls not in per[ds[0]]:
                    continue
                c = [per[d][cls] for d in ds]
                rows.append([
                    source, cls, str(c[0]["conversations"]),
                    _side([_pct(x["warned_share"]) for x in c]),
                    _side([_num(x["first_warning"]["median"], 1) for x in c]),
                    _side([_num(x["first_warning"]["p90"], 1) for x in c]),
                    _num(c[0]["contact_messages"]["median"], 0),
                ])
        lines += _table(
            ["source", "class", "n", "warned (recall / false-alert rate)", "k median", "k p90", "contact msgs median"], rows
        )
        lines.append("")
        scored = [(name, per) for name, per in conv.items() if per[ds[0]]["classification"] is not None]
        scored += list(result["pairs"].items())
        if scored:
            lines += ["## Detection where both classes exist (sources, then grooming-vs-normal pairs)", ""]
            rows = []
            for name, per in scored:
                c = [per[d] for d in ds]
                n = c[0]["conversations"]
                rows.append([
                    name,
                    f"{n[GROOMING]} / {n[NORMAL]}",
                    _side([_num(x["classification"]["precision"]) for x in c]),
                    _side([_num(x["classification"]["recall"]) for x in c]),
                    _side([_num(x["classification"]["f1"]) for x in c]),
                    _side([_num(x["classification"]["f05"]) for x in c]),
                    _side([_num(x["speed"]) for x in c]),
                    _side([_num(x["f_latency"]) for x in c]),
                    _side([_num(x["auc"]) for x in c]),
                ])
            lines += _table(
                ["set", "n grooming / normal", "precision", "recall", "F1", "F0.5", "speed", "F_latency", "ROC AUC"], rows
            )
            lines += ["", "Precision depends on the share of grooming conversations in the set; read it with n.", ""]
        flagged = [(name, per) for name, per in conv.items() if per[ds[0]]["first_flag"] is not None]
        if flagged:
            lines += [f"## Written chats: warned within {FLAG_WINDOW} contact messages of the first flaggable one", ""]
            rows = []
            for name, per in flagged:
                c = [per[d]["first_flag"] for d in ds]
                rows.append([
                    name, str(c[0]["conversations"]),
                    _side([_pct(x["within_window"]) for x in c]),
                    _side([_pct(x["before_flag"]) for x in c]),
                    _side([_num(x["delay"]["median"], 1) for x in c]),
                    _side([_num(x["delay"]["p90"], 1) for x in c]),
                ])
            lines += _table(["source", "n", f"within {FLAG_WINDOW}", "before the flag", "delay median", "delay p90"], rows)
            lines.append("")
    for name, per in result["messages"].items():
        lines += [f"## Messages: {name}", ""]
        rows = []
        for part in ("plain", "obfuscated"):
            blocks = [per[d][part] for d in ds]
            if blocks[0] is None:
                continue
            hit = [b.get("hit_rate_vs_clean") for b in blocks]
            rows.append([
                part, str(blocks[0]["lines"]),
                _side([_num(b["macro_f1"]) for b in blocks]),
                _side([_num(b["micro_f1"]) for b in blocks]),
                (_side([_pct(b["hard_negative_flag_rate"]) for b in blocks]) + f" of {blocks[0]['label_free']}")
                if blocks[0]["label_free"]
                else "no label-free lines",
                _side([_pct(h["rate"]) if h else "n/a" for h in hit]),
            ])
        lines += _table(["lines", "n", "macro-F1", "micro-F1", "label-free lines flagged", "hit rate vs clean"], rows)
        lines.append("")
        for part in ("plain", "obfuscated"):
            blocks = [per[d][part] for d in ds]
            if blocks[0] is None:
                continue
            rows = []
            for label in LABELS:
                c = [b["per_label"][label] for b in blocks]
                rows.append([
                    label, str(c[0]["support"]),
                    _side([_num(x["precision"]) for x in c]),
                    _side([_num(x["recall"]) for x in c]),
                    _side([_num(x["f1"]) for x in c]),
                    _side([str(x["fp"]) for x in c]),
                ])
            lines += [f"Per label ({part} lines):", ""]
            lines += _table(["label", "support", "precision", "recall", "F1", "false flags"], rows)
            lines.append("")
    if result.get("timelines"):
        lines += timeline_lines(result["timelines"])
    if plots:
        lines += ["## Plots", ""] + [f"![{p}]({p})" for p in plots] + [""]
    if plot_note:
        lines += [plot_note, ""]
    return "\n".join(lines)


def timeline_lines(t: dict[str, Any]) -> list[str]:
    """The timeline suite's figures as a report section (model only)."""
    def cell(entry: dict[str, Any]) -> str:
        return f"{_pct(entry['share'])} of {entry['n']}"

    rows = [
        ["threat-first sextortion: crisis on the threat message", cell(t["threat_first_crisis_on_threat"])],
        ["every threat (threat-first and fast): crisis on the threat message", cell(t["crisis_on_threat"])],
        ["grooming timelines spanning 2+ days: warned", cell(t["slow_grooming_warned"])],
        ["all grooming timelines: warned", cell(t["grooming_warned"])],
        ["... within 3 contact messages of the first concerning one", cell(t["grooming_within_three"])],
        ["innocent timelines: warned", cell(t["innocent_warned"])],
        ["innocent timelines spanning 2+ days: warned", cell(t["slow_innocent_warned"])],
    ]
    out = ["## Timeline suite", "",
           f"{t['timelines']} timelines by {len(t['authors'])} authors, each played live (model only).", ""]
    out += _table(["figure", "model"], rows) + [""]
    out += _table(["category", "timelines", "warned"],
                  [[c, str(v["n"]), _pct(v["warned"])] for c, v in t["per_category"].items()]) + [""]
    out += _table(["author", "grooming warned", "innocent warned"],
                  [[a, _pct(v["grooming_warned"]), _pct(v["innocent_warned"])] for a, v in t["per_author"].items()])
    return out + [""]


def plot(out: Path, result: dict[str, Any], runs: dict[str, list[ConversationRun]]) -> tuple[list[str], str | None]:
    """PNG plots into ``out`` when matplotlib is importable; returns (file names, note)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return [], "Plots skipped: matplotlib is not installed (pip install 'safechat[eval]')."
    ds = result["detectors"]
    styles = {d: s for d, s in zip(ds, ("-", "--", ":", "-."))}
    written: list[str] = []

    def grid(n: int):
        cols = min(3, n)
        rows = math.ceil(n / cols)
        fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, 3.4 * rows), squeeze=False)
        for ax in axes.flat[n:]:
            ax.set_visible(False)
        return fig, list(axes.flat)

    # histogram of k (first warning) per source, grooming conversations that were warned
    sources = [s for s in sources_of(runs[ds[0]]) if any(r.grooming and r.source == s for r in runs[ds[0]])]
    if sources:
        fig, axes = grid(len(sources))
        for ax, source in zip(axes, sources):
            ks_all = {d: [r.first_warning for r in runs[d] if r.source == source and r.grooming and r.first_warning] for d in ds}
            top = max([max(v) for v in ks_all.values() if v] or [1])
            # log-spaced bins (k runs from 1 to thousands on PJ logs)
            bins = sorted({round(1.5**i) for i in range(40) if 1.5**i <= top} | {top + 1})
            ax.set_title(source, fontsize=9)
            if not any(ks_all.values()):
                ax.text(0.5, 0.5, "no grooming conversation warned", transform=ax.transAxes, ha="center")
                ax.set_xticks([])
                ax.set_yticks([])
                continue
            for d in ds:
                ax.hist(ks_all[d], bins=bins, histtype="step", linestyle=styles[d], label=f"{d} ({len(ks_all[d])} warned)")
            ax.set_xscale("log")
            ax.set_xlabel("contact messages until first warning (k)")
            ax.set_ylabel("conversations")
            ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(out / "first_warning.png", dpi=110)
        plt.close(fig)
        written.append("first_warning.png")

    # ROC and PR curves of the final conversation risk, per mixed source and per pair
    def per_source(d: str, source: str) -> list[ConversationRun]:
        return [r for r in runs[d] if r.source == source]

    sets: list[tuple[str, Any]] = [
        (s, lambda d, s=s: per_source(d, s))
        for s in sources_of(runs[ds[0]])
        if {r.grooming for r in per_source(ds[0], s)} == {True, False}
    ]
    sets += [(f"{g} vs {n}", lambda d, g=g, n=n: pair_runs(runs[d], g, n)) for g, n in pairs_of(runs[ds[0]])]

    for kind, fname in (("roc", "roc.png"), ("pr", "pr.png")):
        if not sets:
            break
        fig, axes = grid(len(sets))
        for ax, (name, select) in zip(axes, sets):
            for d in ds:
                rs = select(d)
                scores, gold = [r.risk for r in rs], [r.grooming for r in rs]
                if kind == "roc":
                    x, y = m.roc_curve(scores, gold)
                    auc = m.roc_auc(scores, gold)
                    ax.plot(x, y, linestyle=styles[d], label=f"{d} AUC {_num(auc)}")
                else:
                    x, y = m.pr_curve(scores, gold)
                    ax.plot(x, y, linestyle=styles[d], label=d)
            if kind == "roc":
                ax.plot([0, 1], [0, 1], color="grey", linewidth=0.5)
            ax.set_xlabel("false positive rate" if kind == "roc" else "recall")
            ax.set_ylabel("true positive rate" if kind == "roc" else "precision")
            ax.set_title(name, fontsize=8)
            ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(out / fname, dpi=110)
        plt.close(fig)
        written.append(fname)

    # per-label F1 bars, one panel per message file and part
    panels = []
    for name, per in result["messages"].items():
        for part in ("plain", "obfuscated"):
            if per[ds[0]][part] is not None:
                panels.append((f"{name} ({part})", {d: per[d][part] for d in ds}))
    if panels:
        fig, axes = plt.subplots(len(panels), 1, figsize=(10, 3.2 * len(panels)), squeeze=False)
        width = 0.8 / len(ds)
        for ax, (title, per) in zip(axes[:, 0], panels):
            for j, d in enumerate(ds):
                f1 = [per[d]["per_label"][label]["f1"] or 0.0 for label in LABELS]
                ax.bar([i + j * width for i in range(len(LABELS))], f1, width=width, label=d)
            ax.set_xticks([i + 0.4 - width / 2 for i in range(len(LABELS))], LABELS, rotation=30, ha="right", fontsize=8)
            ax.set_ylim(0, 1)
            ax.set_ylabel("F1")
            ax.set_title(title, fontsize=9)
            ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(out / "label_f1.png", dpi=110)
        plt.close(fig)
        written.append("label_f1.png")
    return written, None


# ---------------------------------------------------------------- the command


def _positive(value: str) -> float:
    x = float(value)
    if not (math.isfinite(x) and x > 0):
        raise argparse.ArgumentTypeError("must be a positive number")
    return x


def add_parser(sub: Any) -> None:
    """Register `safechat eval` on the console's subparsers."""
    p = sub.add_parser(
        "eval",
        help="how early and how accurately it warns, per source (conversation and message files)",
        description="Stream conversations through Conversation.receive/send and report per source; "
        "score message files per label. See docs/EVAL.md.",
    )
    p.add_argument("--data", type=Path, default=None,
                   help=f"a data folder (reads its {DEV_FILE}) or a conversation file; default: $SAFECHAT_DATA or "
                   "../shared/data, used only when no --conversations/--messages are given")
    p.add_argument("--conversations", type=Path, action="append", default=[], metavar="FILE",
                   help="a conversation file in the shared format (repeatable)")
    p.add_argument("--messages", type=Path, action="append", default=[], metavar="FILE",
                   help='a message file, JSONL {"text", "labels": [...], "clean"?} (repeatable)')
    p.add_argument("--timelines", type=Path, default=None, metavar="DIR",
                   help="also play the timeline suite in DIR (data/timelines): written chats with real time between "
                   "messages, each played live (see safechat.timelines)")
    p.add_argument("--baseline", choices=["keywords"], default=None, help="also run this baseline, side by side")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N conversations per source")
    p.add_argument("--latency-p", type=_positive, default=m.DEFAULT_LATENCY_P, metavar="P",
                   help=f"latency penalty steepness per message (default {m.DEFAULT_LATENCY_P})")
    p.add_argument("--pace", choices=PACES, default="none",
                   help="replay timing: none (the records' own times), minutes (a minute apart), daily (sessions of "
                   "2-5 contact messages a day apart); each message arrives live on the device clock")
    p.add_argument("--contacts", choices=["recorded", "unknown"], default="recorded",
                   help="recorded: a written chat's contact as a host would know them (parent: family, coach: known); "
                   "unknown: every contact a stranger")
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="write report.md, metrics.json and plots here")
    p.add_argument("--json", action="store_true", help="print metrics.json instead of the report")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .baseline import build as build_baseline
    from .guard import Guard

    conv_files: list[Path] = list(args.conversations)
    if args.data is not None or not (args.conversations or args.messages or args.timelines):
        data = resolve_data(args.data)
        if data is None:
            print("safechat: no data found: pass --data PATH, --conversations FILE or --messages FILE, "
                  "or set SAFECHAT_DATA", file=sys.stderr)
            return 2
        conv_files.insert(0, data)
    conversation_inputs = [(f.name, limit_per_source(read_conversations(f), args.limit)) for f in conv_files]
    message_inputs = [(f.name, read_messages(f)) for f in args.messages]

    guard = Guard(args.model) if getattr(args, "model", None) else Guard()
    detectors: dict[str, Any] = {"model": guard}
    if args.baseline:
        detectors[args.baseline] = build_baseline(args.baseline)
    try:
        result, runs = evaluate(detectors, conversation_inputs, message_inputs, p=args.latency_p, quiet=args.quiet,
                                pace_mode=args.pace, contacts=args.contacts)
        if args.timelines is not None:
            from . import timelines

            suite = timelines.read_timelines(args.timelines)
            result["timelines"] = timelines.summarise(timelines.run(guard, suite))
    finally:
        for d in detectors.values():
            d.close()
    result = _rounded(result)

    plots: list[str] = []
    note = None
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        plots, note = plot(args.out, result, runs)
        (args.out / "metrics.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        (args.out / "report.md").write_text(render(result, plots, note) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(render(result, (), note))
    if args.out is not None:
        print(f"# wrote report.md, metrics.json and {len(plots)} plots to {args.out}", file=sys.stderr)
    return 0
