"""Replay a previous release's code and model on today's inputs, for side-by-side figures.

    git worktree add /tmp/safechat-1.2.0 5882a7a
    python -m training.replay_previous /tmp/safechat-1.2.0 --out docs/figures       # paced_v1.2.0.json, timelines_v1.2.0.json

Model 1.2.0 had no device clock, no pace and no contact kinds: each message is given its
(re-timed) time as ``at``, every contact is a stranger, and each conversation has its own daily
budget, exactly as that release replayed conversations. The pacing and the timeline reader are
this checkout's (loaded from their files, so the previous package is the only ``safechat``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path, replace: dict[str, str] | None = None) -> types.ModuleType:
    source = path.read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        source = source.replace(old, new)
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(compile(source, str(path), "exec"), module.__dict__)  # noqa: S102  (our own source file)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("previous", type=Path, help="a checkout of the previous release")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "figures")
    parser.add_argument("--name", default="v1.2.0")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.previous / "sdk"))
    import safechat  # the previous release
    from safechat.conversation import AlertBudget
    from safechat.streams import events, read_records

    assert importlib.util.find_spec("safechat").origin.startswith(str(args.previous))
    now = _load("_pace", ROOT / "sdk" / "safechat" / "tools" / "corpus.py",
                {"from ..labels import LABELS": "from safechat.labels import LABELS"})
    stub = types.ModuleType("_stub_conversation")
    stub.CONTACTS, stub.AlertBudget = ("unknown", "known", "family"), AlertBudget
    sys.modules["_stub_conversation"] = stub
    tl = _load("_timelines", ROOT / "sdk" / "safechat" / "tools" / "timelines.py",
               {"from ..conversation import CONTACTS, AlertBudget": "from _stub_conversation import CONTACTS, AlertBudget",
                "from .corpus import ReplayClock": "from _pace import ReplayClock"})
    guard = safechat.Guard()
    paced: dict[str, dict] = {}
    for mode in ("none", "daily"):
        firsts: dict[str, list] = {}
        for path in (args.data / "dev.jsonl.gz", ROOT / "data" / "conversations" / "written_test.jsonl"):
            for record in read_records(path):
                evs = now.pace([now.Event(e.incoming, e.text, e.at) for e in events(record)], mode, str(record.get("id", "")))
                chat = guard.conversation(alert_budget=AlertBudget(3))
                first = None
                for e in evs:
                    if not e.incoming:
                        chat.send(e.text, at=e.at)
                        continue
                    alert = chat.receive(e.text, at=e.at)
                    if alert is not None and first is None:
                        first = alert.message_index + 1
                firsts.setdefault(f"{record['source']}/{record['label']}", []).append(first)
        paced[mode] = {key: {"n": len(v), "warned": sum(k is not None for k in v) / len(v),
                             "median_k": statistics.median([k for k in v if k is not None]) if any(v) else None}
                       for key, v in sorted(firsts.items())}
    outcomes = []
    for t in tl.read_timelines(ROOT / "data" / "timelines"):
        chat = guard.conversation(child_age=t.child_age, alert_budget=AlertBudget(3))
        at, warnings = tl.START, []
        for step in t.steps:
            at += step.wait
            if not step.incoming:
                chat.send(step.text, at=at)
                continue
            alert = chat.receive(step.text, at=at)
            if alert is not None:
                warnings.append(tl.Warning(alert.message_index, alert.tier, alert.labels, False))
        outcomes.append(tl.Outcome(t, tuple(warnings)))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"paced_{args.name}.json").write_text(json.dumps(paced, indent=1) + "\n", encoding="utf-8")
    (args.out / f"timelines_{args.name}.json").write_text(json.dumps(tl.summarise(outcomes), indent=1) + "\n",
                                                          encoding="utf-8")
    print(f"wrote paced_{args.name}.json and timelines_{args.name}.json to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
