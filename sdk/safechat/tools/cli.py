"""The `safechat` console: classify a message, scan conversation files, benchmark, evaluate.

    safechat classify "what school do you go to?" [--json]
    safechat scan dev.jsonl.gz [--json] [--age 13] [--limit N]
    safechat bench ...   /   safechat eval ...   (see `safechat bench -h`, `safechat eval -h`)

Output never contains message text except the text the user typed on the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..conversation import AlertBudget
from ..errors import ModelIntegrityError, StateError
from ..guard import Guard
from ..labels import LABELS
from .bench import command as bench
from .corpus import ReplayClock, contact_of, events, read_records
from .evaluate import command as evaluate


def _alert_row(alert: Any) -> dict[str, Any]:
    """What `scan` reports of one alert: tier, labels, position, quiet (no copy, no text)."""
    return {"tier": alert.tier, "labels": list(alert.labels), "message_index": int(alert.message_index),
            "quiet": bool(alert.quiet)}

def _guard(args: argparse.Namespace) -> Guard:
    """The Guard ``--model`` names, else the bundled model."""
    return Guard(args.model) if args.model else Guard()


def _cmd_classify(args: argparse.Namespace) -> int:
    with _guard(args) as guard:
        c = guard.classify(args.text)
    if args.json:
        print(json.dumps({"labels": c.labels, "flagged": list(c.flagged), "risk": c.risk}, indent=2))
        return 0
    print(f"risk     {c.risk:.3f}")
    print(f"flagged  {', '.join(c.flagged) if c.flagged else '(none)'}")
    width = max(map(len, LABELS))
    for label in sorted(LABELS, key=lambda k: -c.labels[k]):
        bar = "#" * round(c.labels[label] * 20)
        print(f"  {label:<{width}}  {c.labels[label]:.3f}  {bar}")
    return 0


def _printable(value: object) -> str:
    """A record field as it is safe to print: control characters (terminal escape codes) become
    their escaped form, and it is cut at 200 characters."""
    text = str(value)[:200]
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _cmd_scan(args: argparse.Namespace) -> int:
    results = []
    with _guard(args) as guard:
        for n, record in enumerate(read_records(args.file)):
            if args.limit is not None and n >= args.limit:
                break
            # each conversation in the file is another child's: its own daily alert cap
            clock = ReplayClock()
            chat = guard.conversation(child_age=args.age, contact=contact_of(record),
                                      alert_budget=AlertBudget(guard.options.daily_cap), clock=clock)
            alerts = []
            for e in events(record):
                clock.now = e.at  # each message arrives live, at its own time
                if e.incoming:
                    alert = chat.receive(e.text, at=e.at)
                    if alert is not None:
                        alerts.append(_alert_row(alert))
                else:
                    chat.send(e.text, at=e.at)
            results.append({"id": record.get("id"), "source": record.get("source"), "label": record.get("label"),
                            "contact_messages": chat.received, "risk": round(chat.risk, 4), "alerts": alerts})
            if not args.json:
                first = f"first at contact message {int(alerts[0]['message_index']) + 1}" if alerts else "no alert"
                tiers = ", ".join(f"{a['tier']}@{int(a['message_index']) + 1}({'+'.join(a['labels'])})"
                                  for a in alerts[:4])
                more = f" +{len(alerts) - 4} more" if len(alerts) > 4 else ""
                print(f"{_printable(record.get('id'))}\t{_printable(record.get('label', '?'))}\trisk {chat.risk:.2f}"
                      f"\t{first}\t{tiers}{more}")
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        warned = sum(1 for r in results if r["alerts"])
        print(f"# {len(results)} conversations, {warned} with at least one alert", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The console's options: classify, scan, bench and eval."""
    parser = argparse.ArgumentParser(prog="safechat", description="On-device grooming warnings for children.")
    parser.add_argument("--model", type=Path, default=None, help="a model bundle folder (default: the bundled model)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("classify", help="score one message")
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_cmd_classify)
    p = sub.add_parser("scan", help="run conversations (shared JSONL format, plain or gzip) and list their alerts")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--age", type=int, default=None, help="the child's age for the copy band (7-17)")
    p.add_argument("--limit", type=int, default=None, help="stop after this many conversations")
    p.set_defaults(func=_cmd_scan)
    bench.add_parser(sub)
    evaluate.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console with ``argv`` (default: the process arguments); returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "age", None) is not None and not 7 <= args.age <= 17:
        parser.error("--age must be between 7 and 17")
    if getattr(args, "limit", None) is not None and args.limit < 0:
        parser.error("--limit must be zero or more")
    try:
        return int(args.func(args) or 0)
    except (ModelIntegrityError, StateError) as exc:
        print(f"safechat: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"safechat: no such file: {exc.filename}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"safechat: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a folder, no permission, ...: a clear line, not a traceback
        print(f"safechat: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
