"""`safechat eval`, the plots: PNG figures of a run, drawn with matplotlib (the `eval` extra).

Without matplotlib no plot is drawn and the report says so, naming the package to install.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from ...labels import LABELS
from .. import metrics as m
from .report import num
from .run import ConversationRun, pair_runs, pairs_of, sources_of

#: What the report says when matplotlib is missing.
MISSING = "Plots skipped: matplotlib is not installed (pip install 'safechat[eval]')."


def plot(out: Path, result: dict[str, Any], runs: dict[str, list[ConversationRun]]) -> tuple[list[str], str | None]:
    """PNG plots into ``out`` when matplotlib is importable; returns (file names, note)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return [], MISSING
    ds = result["detectors"]
    styles = {d: s for d, s in zip(ds, ("-", "--", ":", "-."))}
    written: list[str] = []

    def grid(n: int) -> tuple[Any, list[Any]]:
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
                    ax.plot(x, y, linestyle=styles[d], label=f"{d} AUC {num(auc)}")
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
        fig, panel_axes = plt.subplots(len(panels), 1, figsize=(10, 3.2 * len(panels)), squeeze=False)
        width = 0.8 / len(ds)
        for ax, (title, per) in zip([row[0] for row in panel_axes], panels, strict=True):
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
