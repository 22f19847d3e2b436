"""`safechat bench`: what safechat costs a device, measured through its API.

    safechat bench                                   # readable table
    safechat bench --count 2000 --json               # for machines
    safechat bench --against minilm                  # side by side with all-MiniLM-L6-v2 int8
    safechat --model DIR bench                       # another model bundle

Steps, in order (burn-in, then timed work):
  1. messages (:mod:`.workload`): the contact's lines of shared-data conversations (--data,
     $SAFECHAT_DATA or ../shared/data), shuffled with a fixed seed, at most 100 per conversation;
     else written lines. Each conversation gets its own Conversation, as in an app;
  2. warm-up: --warmup messages through every path, untimed;
  3. latency per message, by stage (:mod:`.timing`): normalise + tokenise (Guard._encode),
     inference and thresholds (Guard._infer + Guard._result), conversation update
     (Conversation.receive over the already computed Classification), and end to end
     (Conversation.receive, public API);
  4. throughput: 1 thread, 2 Python threads (one Conversation each, one shared Guard), and
     1 thread over a Guard with GuardOptions(threads=2);
  5. cold start: import + load in fresh processes (:mod:`.processes` starts :mod:`.worker`),
     median of --cold-runs;
  6. peak RSS: a fresh process that loads the model and scores --rss-count messages;
  7. model file sizes; then PASS/FAIL against the budgets (:mod:`.report`).
With --against minilm the reference (:mod:`.reference`) runs in the same loop (alternating which
goes first) and in the same kind of fresh processes; ratios are reference / safechat, so above 1
means safechat is cheaper. Timing figures depend on the machine, which is described in every report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ...guard import Guard, GuardOptions
from .processes import cold_start, peak_rss
from .reference import HOW_TO_BUILD, REFERENCE_DIR, REFERENCE_MODEL, REFERENCE_TOKENIZER, ReferenceGuard, find_reference
from .reference import files_bytes as reference_files
from .report import RSS_COUNT, machine, model_files, ratio, render, verdicts
from .timing import STAGES, summarise_ns, throughput, time_stages
from .workload import load_workload

# ---------------------------------------------------------------- defaults
COUNT = 5_000  # messages timed per measurement
WARMUP = 200  # messages, untimed
COLD_RUNS = 5  # fresh processes for cold start; the median is reported
SEED = 20250611  # message shuffling
FORMAT, FORMAT_VERSION = "safechat-bench", 1


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def add_parser(sub: Any) -> None:
    """Register `safechat bench` on the console's subparsers."""
    p = sub.add_parser(
        "bench",
        help="latency, throughput, cold start, memory and size, with pass/fail budgets",
        description="Measure safechat through its API after a warm-up. See docs/EVAL.md.",
    )
    p.add_argument("--count", type=_positive_int, default=COUNT, help=f"messages timed (default {COUNT:,})")
    p.add_argument("--warmup", type=int, default=WARMUP, help=f"untimed messages first (default {WARMUP})")
    p.add_argument("--cold-runs", type=_positive_int, default=COLD_RUNS,
                   help=f"fresh processes for cold start (default {COLD_RUNS})")
    p.add_argument("--rss-count", type=_positive_int, default=RSS_COUNT,
                   help=f"messages scored by the peak-RSS process (default {RSS_COUNT:,}, the budget's)")
    p.add_argument("--seed", type=int, default=SEED, help="message shuffling seed")
    p.add_argument("--data", type=Path, default=None,
                   help="shared data folder or conversation file (default: $SAFECHAT_DATA or ../shared/data; "
                   "built-in lines when none is found)")
    p.add_argument("--against", choices=["minilm"], default=None, help="run a reference side by side")
    p.add_argument("--reference-dir", type=Path, default=REFERENCE_DIR,
                   help="where training.export_reference wrote the reference (default cache/reference)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--check", action="store_true", help="exit 1 when a budget fails")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the benchmark ``args`` describe and print its report; 1 on a failed budget with --check."""
    if args.warmup < 0:
        print("safechat: --warmup must be zero or more", file=sys.stderr)
        return 2
    model_dir: Path | None = getattr(args, "model", None)
    ref_dir = None
    if args.against == "minilm":
        ref_dir = find_reference(args.reference_dir)
        if ref_dir is None:
            print(f"safechat: no reference model in {args.reference_dir} ({REFERENCE_MODEL} + {REFERENCE_TOKENIZER}).\n"
                  + HOW_TO_BUILD, file=sys.stderr)
            return 2

    mach = machine()  # before any work, so the load average is the machine's, not ours
    workload = load_workload(args.data, max(args.count, args.rss_count, args.warmup), args.seed)
    timed = workload.head(args.count)
    guard = Guard(model_dir) if model_dir else Guard()
    pipelines: dict[str, Any] = {"safechat": guard}
    if ref_dir is not None:
        pipelines["minilm"] = ReferenceGuard(ref_dir)
    try:
        if args.warmup:
            time_stages(pipelines, workload.head(args.warmup), record=False)
        samples = time_stages(pipelines, timed)
        tp = {"threads_1": throughput(guard, timed, 1), "threads_2": throughput(guard, timed, 2)}
        with Guard(model_dir, options=GuardOptions(threads=2)) as guard2:
            throughput(guard2, workload.head(args.warmup), 1)  # warm-up
            tp["ort_threads_2"] = throughput(guard2, timed, 1)
        files = model_files(guard, model_dir)
        arg = str(model_dir) if model_dir else ""
        sc: dict[str, Any] = {
            "latency_us": {stage: summarise_ns(samples["safechat"][stage]) for stage in STAGES},
            "throughput_msgs_per_s": tp,
            "cold_start_ms": cold_start("cold-safechat", arg, args.cold_runs),
            "peak_rss_mb": peak_rss("rss-safechat", arg, workload.head(args.rss_count)),
            "files_bytes": sum(files.values()),
        }
        report: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "machine": mach,
            "model": {"name": guard.bundle.name, "version": guard.bundle.version, "files": files},
            "workload": {"origin": workload.origin, "messages": timed.count, "conversations": len(timed.conversations),
                         "seed": args.seed, "warmup": args.warmup, "rss_messages": args.rss_count},
            "safechat": sc,
            "budgets": verdicts(sc, args.rss_count),
        }
        if ref_dir is not None:
            ref_arg = str(ref_dir)
            ref_files, ref_bytes = reference_files(ref_dir)
            ref: dict[str, Any] = {
                "name": pipelines["minilm"].bundle.name,
                "files": ref_files,
                "latency_us": {stage: summarise_ns(samples["minilm"][stage]) for stage in STAGES},
                "cold_start_ms": cold_start("cold-reference", ref_arg, args.cold_runs),
                "peak_rss_mb": peak_rss("rss-reference", ref_arg, workload.head(args.rss_count)),
                "files_bytes": ref_bytes,  # the head's weights are part of what a developer ships
            }
            report["reference"] = ref
            e2e_s, e2e_r = sc["latency_us"]["end_to_end"], ref["latency_us"]["end_to_end"]
            inf_s, inf_r = sc["latency_us"]["inference"], ref["latency_us"]["inference"]
            report["ratios"] = {
                "latency_p50": ratio(e2e_r["p50"], e2e_s["p50"]),
                "latency_p99": ratio(e2e_r["p99"], e2e_s["p99"]),
                "inference_p50": ratio(inf_r["p50"], inf_s["p50"]),
                "cold_start": ratio(ref["cold_start_ms"]["import_load"], sc["cold_start_ms"]["import_load"]),
                "peak_rss": ratio((ref["peak_rss_mb"] or {}).get("peak"), (sc["peak_rss_mb"] or {}).get("peak")),
                "size": ratio(ref["files_bytes"], sc["files_bytes"]),
            }
    finally:
        for pipe in pipelines.values():
            pipe.close()
    print(json.dumps(report, indent=1) if args.json else render(report))
    if args.check and any(v["pass"] is False for v in report["budgets"]):
        return 1
    return 0
