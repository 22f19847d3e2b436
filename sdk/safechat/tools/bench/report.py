"""What a `safechat bench` report holds beside the timings, and how it reads: the machine, the
model's file sizes, the budgets with PASS or FAIL, and the readable table."""

from __future__ import annotations

import os
import platform
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from ...bundle import MANIFEST_NAME, default_dir
from ...guard import Guard
from .timing import STAGES

RSS_COUNT = 10_000  # messages scored by the peak-RSS process (the budget is for 10,000)
MB = 1_000_000  # bytes; budgets are in decimal megabytes

#: (key, what, limit, unit): the shipped model must meet these on a 2-core machine.
BUDGETS: tuple[tuple[str, str, float, str], ...] = (
    ("latency_p50", "end-to-end latency p50", 1.0, "ms"),
    ("latency_p99", "end-to-end latency p99", 3.0, "ms"),
    ("peak_rss", f"peak RSS, load + {RSS_COUNT:,} messages", 100.0, "MB"),
    ("cold_start", "cold start (import + load)", 250.0, "ms"),
    ("model_files", "model files", 8.0, "MB"),
)

STAGE_NAMES = {
    "normalise_tokenise": "normalise + tokenise",
    "inference": "inference + thresholds",
    "conversation_update": "conversation update",
    "end_to_end": "end to end (receive)",
}


def machine() -> dict[str, Any]:
    """The CPU, cores, OS and library versions: timings mean nothing without them."""
    cpu = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass

    def version(package: str) -> str | None:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return None

    uname = platform.uname()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu or uname.processor or uname.machine,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "os": f"{uname.system} {uname.release} {uname.machine}",
        "python": platform.python_version(),
        "onnxruntime": version("onnxruntime"),
        "tokenizers": version("tokenizers"),
        "numpy": np.__version__,
        # other work on the machine skews timings; the 1-minute load average says how busy it was
        "load_average_1m": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def model_files(guard: Guard, model_dir: Path | None) -> dict[str, int]:
    """Bytes of each file of the bundle (manifest included)."""
    directory = model_dir if model_dir is not None else default_dir()
    files = guard.bundle.manifest.get("files", {})
    names = [MANIFEST_NAME] + [files[role]["path"] for role in ("model", "tokenizer") if role in files]
    return {name: (directory / name).stat().st_size for name in names if (directory / name).is_file()}


def verdicts(sc: dict[str, Any], rss_count: int) -> list[dict[str, Any]]:
    """PASS (True), FAIL (False) or n/a (None) for each budget, with the measured value."""
    values = {
        "latency_p50": sc["latency_us"]["end_to_end"]["p50"] / 1e3,
        "latency_p99": sc["latency_us"]["end_to_end"]["p99"] / 1e3,
        "peak_rss": sc["peak_rss_mb"]["peak"] if sc["peak_rss_mb"] else None,
        "cold_start": sc["cold_start_ms"]["import_load"],
        "model_files": sc["files_bytes"] / MB,
    }
    out = []
    for key, what, limit, unit in BUDGETS:
        value = values[key]
        ok: bool | None = None if value is None else value <= limit
        note = None
        if key == "peak_rss" and rss_count != RSS_COUNT:
            ok, note = None, f"measured with {rss_count:,} messages; the budget is for {RSS_COUNT:,}"
        out.append({"budget": key, "what": what, "value": value, "limit": limit, "unit": unit, "pass": ok, "note": note})
    return out


def ratio(a: float | None, b: float | None) -> float | None:
    """``a / b``, or None where either is missing or ``b`` is zero."""
    return a / b if a is not None and b else None


def render(report: dict[str, Any]) -> str:
    """The readable table (without ``--json``)."""
    mach, model, work = report["machine"], report["model"], report["workload"]
    sc, ref = report["safechat"], report.get("reference")
    lines = [
        (
            f"safechat bench: model {model['name']} {model['version']}, {work['messages']:,} messages "
            f"in {work['conversations']:,} conversations from {work['origin']} (seed {work['seed']})"
        ),
        (
            f"machine: {mach['cpu']}, {mach['cores']} cores ({mach['usable_cores']} usable), {mach['os']}, "
            f"Python {mach['python']}, onnxruntime {mach['onnxruntime']}, tokenizers {mach['tokenizers']}"
            + (f", load average {mach['load_average_1m']:.2f} at start" if mach["load_average_1m"] is not None else "")
        ),
        "",
    ]
    cols = ["safechat"] + (["minilm", "ratio"] if ref else [])

    def row(label: str, cells: Sequence[str]) -> str:
        return f"  {label:<34}" + "".join(f"{c:>12}" for c in cells)

    def ms(us: float | None) -> str:
        return "n/a" if us is None else f"{us / 1e3:.3f}"

    def x(r: float | None) -> str:
        return "n/a" if r is None else f"{r:.2f}x"

    lines.append(row("latency per message (ms)", cols))
    for stage in STAGES:
        for q in ("p50", "p95", "p99"):
            a = sc["latency_us"][stage][q]
            cells = [ms(a)]
            if ref:
                b = ref["latency_us"][stage][q]
                cells += [ms(b), x(ratio(b, a))]
            lines.append(row(f"{STAGE_NAMES[stage]} {q}", cells))
    lines += ["", row("throughput (messages/s)", ["safechat"])]
    tp = sc["throughput_msgs_per_s"]
    lines.append(row("1 thread", [f"{tp['threads_1']:.0f}"]))
    lines.append(row("2 threads, one shared Guard", [f"{tp['threads_2']:.0f}"]))
    lines.append(row("1 thread, onnxruntime threads=2", [f"{tp['ort_threads_2']:.0f}"]))
    lines += ["", row("start-up and memory", cols)]
    cs = sc["cold_start_ms"]
    for key, label in (("import", "import (ms)"), ("import_load", "cold start: import + load (ms)"),
                       ("first_result", "import + load + 1st result (ms)"), ("process", "whole process (ms)")):
        cells = [f"{cs[key]:.0f}"]
        if ref:
            cells += [f"{ref['cold_start_ms'][key]:.0f}", x(ratio(ref["cold_start_ms"][key], cs[key]))]
        lines.append(row(label, cells))
    if sc["peak_rss_mb"]:
        for key, label in (("after_import", "RSS after import (MB)"), ("after_load", "RSS after load (MB)"),
                           ("peak", f"peak RSS, {sc['peak_rss_mb']['messages']:,} msgs (MB)")):
            cells = [f"{sc['peak_rss_mb'][key]:.1f}"]
            if ref and ref["peak_rss_mb"]:
                cells += [f"{ref['peak_rss_mb'][key]:.1f}", x(ratio(ref["peak_rss_mb"][key], sc["peak_rss_mb"][key]))]
            lines.append(row(label, cells))
    cells = [f"{sc['files_bytes'] / MB:.2f}"]
    if ref:
        cells += [f"{ref['files_bytes'] / MB:.2f}", x(ratio(ref["files_bytes"], sc["files_bytes"]))]
    lines.append(row("model files (MB)", cells))
    lines.append("    " + ", ".join(f"{name} {size / MB:.2f} MB" for name, size in model["files"].items()))
    lines += ["", f"budgets (cold start = median of {cs['runs']} fresh processes, import + load)"]
    for v in report["budgets"]:
        mark = {True: "PASS", False: "FAIL", None: "n/a "}[v["pass"]]
        value = "n/a" if v["value"] is None else f"{v['value']:.3g} {v['unit']}"
        note = f"  ({v['note']})" if v["note"] else ""
        lines.append(f"  {mark}  {v['what']:<40} {value:>12}  <= {v['limit']:g} {v['unit']}{note}")
    if ref:
        lines += ["", f"reference: {ref['name']}; ratios are reference / safechat (above 1: safechat is cheaper)"]
    return "\n".join(lines)
