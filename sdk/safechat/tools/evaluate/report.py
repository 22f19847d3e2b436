"""`safechat eval`, the report: the metrics as Markdown tables (what the console prints and
``report.md`` holds). Only figures, source names and file names; never message text."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ...labels import LABELS
from ..corpus import GROOMING, NORMAL
from .run import FLAG_WINDOW


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def num(x: float | None, digits: int = 3) -> str:
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
                    _side([pct(x["warned_share"]) for x in c]),
                    _side([num(x["first_warning"]["median"], 1) for x in c]),
                    _side([num(x["first_warning"]["p90"], 1) for x in c]),
                    num(c[0]["contact_messages"]["median"], 0),
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
                    _side([num(x["classification"]["precision"]) for x in c]),
                    _side([num(x["classification"]["recall"]) for x in c]),
                    _side([num(x["classification"]["f1"]) for x in c]),
                    _side([num(x["classification"]["f05"]) for x in c]),
                    _side([num(x["speed"]) for x in c]),
                    _side([num(x["f_latency"]) for x in c]),
                    _side([num(x["auc"]) for x in c]),
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
                    _side([pct(x["within_window"]) for x in c]),
                    _side([pct(x["before_flag"]) for x in c]),
                    _side([num(x["delay"]["median"], 1) for x in c]),
                    _side([num(x["delay"]["p90"], 1) for x in c]),
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
                _side([num(b["macro_f1"]) for b in blocks]),
                _side([num(b["micro_f1"]) for b in blocks]),
                (_side([pct(b["hard_negative_flag_rate"]) for b in blocks]) + f" of {blocks[0]['label_free']}")
                if blocks[0]["label_free"]
                else "no label-free lines",
                _side([pct(h["rate"]) if h else "n/a" for h in hit]),
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
                    _side([num(x["precision"]) for x in c]),
                    _side([num(x["recall"]) for x in c]),
                    _side([num(x["f1"]) for x in c]),
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
        return f"{pct(entry['share'])} of {entry['n']}"

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
                  [[c, str(v["n"]), pct(v["warned"])] for c, v in t["per_category"].items()]) + [""]
    out += _table(["author", "grooming warned", "innocent warned"],
                  [[a, pct(v["grooming_warned"]), pct(v["innocent_warned"])] for a, v in t["per_author"].items()])
    return out + [""]
