"""`safechat eval`: how early and how accurately safechat warns, per source, never pooled.

    safechat eval                                    # the shared dev split (../shared/data)
    safechat eval --limit 50 --baseline keywords     # quick: 50 conversations per source
    safechat eval --data ../shared/data \
        --conversations data/conversations/written_dev.jsonl \
        --messages data/messages/written_dev.jsonl \
        --baseline keywords --out reports/eval       # report.md, metrics.json, PNG plots

This module is the command: its options, the inputs it reads, and what it prints and writes. The
work is in :mod:`.run` (streaming and figures), :mod:`.report` (Markdown) and :mod:`.plots` (PNG).
Definitions are in docs/EVAL.md. Output never contains message text: only counts, rates and file
names.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from ...guard import Guard
from .. import metrics as m
from .. import timelines
from ..baseline import build as build_baseline
from ..corpus import DEV_FILE, PACES, read_conversations, read_messages, resolve_data
from .plots import plot
from .report import render
from .run import evaluate, limit_per_source, rounded


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
                   "messages, each played live (see safechat.tools.timelines)")
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
            suite = timelines.read_timelines(args.timelines)
            result["timelines"] = timelines.summarise(timelines.run(guard, suite))
    finally:
        for d in detectors.values():
            d.close()
    result = rounded(result)

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
