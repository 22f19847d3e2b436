"""Author sets: each independent author's chats and single lines, measured one author at a time.

An author file (``data/authors/<author>.json``) holds what one writer wrote, with their own brief
and persona, never seeing the others' work::

    {"author": "...", "persona": "...",
     "chats": [{"id", "kind": "grooming" | "innocent", "category", "child_age", "contact",
                "contact_role", "platform",
                "messages": [{"from": "contact" | "child", "wait": "3m", "text",
                              "labels": [...],        # grooming chats: the contact message's behaviours
                              "looks_like": [...]}]}],  # innocent chats: what it only resembles
     "lines": [{"text", "kind": "grooming" | "innocent", "labels": [...], "looks_like": [...], "speaker"}]}

Chats are played live like timelines (real waits, the contact kind the author gave); lines are
scored one by one. Every figure is given per author, so a model is judged on authors it never
learnt from (``--exclude`` lists the authors a model was trained on, to leave them out).

    python -m safechat.tools.authors data/authors [--json OUT] [--exclude a,b]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..conversation import CONTACTS
from ..labels import CONTEXT, LABELS
from .timelines import Outcome, Step, Timeline, parse_wait, play

KINDS = ("grooming", "innocent")
#: Labels that make a contact message concerning (flattery and personal questions alone never do).
CONCERNING = frozenset(LABELS) - CONTEXT


@dataclass(frozen=True)
class Line:
    author: str
    text: str
    kind: str  # "grooming" or "innocent"
    labels: frozenset[str]
    looks_like: frozenset[str]


@dataclass(frozen=True)
class Author:
    name: str
    persona: str
    chats: tuple[Timeline, ...]
    lines: tuple[Line, ...]


def _labels(raw: Any, where: str) -> frozenset[str]:
    if not isinstance(raw, list) or not set(raw) <= set(LABELS):
        raise ValueError(f"{where}: labels must be a list of {', '.join(LABELS)}")
    return frozenset(raw)


def _chat(raw: dict[str, Any], author: str, where: str) -> Timeline:
    kind, contact = raw.get("kind"), raw.get("contact")
    if kind not in KINDS or contact not in CONTACTS:
        raise ValueError(f"{where}: kind must be one of {KINDS} and contact one of {CONTACTS}")
    steps, concern_at, threat_at, theirs = [], None, None, 0
    for n, m in enumerate(raw["messages"]):
        incoming = {"contact": True, "child": False}[m["from"]]
        labels = _labels(m.get("labels", []), f"{where}: message {n}")
        if labels and (not incoming or kind != "grooming"):
            raise ValueError(f"{where}: message {n}: only a grooming chat's contact messages carry labels")
        try:
            wait = parse_wait(m["wait"])
        except ValueError as exc:
            raise ValueError(f"{where}: message {n}: {exc}") from None
        steps.append(Step(wait, incoming, str(m["text"])))
        if incoming:
            if concern_at is None and labels & CONCERNING:
                concern_at = theirs
            if threat_at is None and "coercion" in labels:
                threat_at = theirs
            theirs += 1
    if kind == "grooming" and concern_at is None:
        raise ValueError(f"{where}: a grooming chat needs a concerning contact message")
    return Timeline(id=str(raw["id"]), author=author, kind=kind, category=str(raw["category"]),
                    child_age=int(raw["child_age"]), contact=contact, steps=tuple(steps),
                    concern_at=concern_at, threat_at=threat_at)


def _line(raw: dict[str, Any], author: str, where: str) -> Line:
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be one of {KINDS}")
    labels = _labels(raw.get("labels", []), where)
    if (kind == "grooming") != bool(labels):
        raise ValueError(f"{where}: grooming lines carry labels, innocent lines none")
    return Line(author, str(raw["text"]), kind, labels, _labels(raw.get("looks_like", []), where))


def read_author(path: str | Path) -> Author:
    """One author file.

    Raises:
        ValueError: the file or one of its entries is malformed (the message names it).
    """
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        name = str(doc["author"])
        chats = tuple(_chat(c, name, f"{path.name}: chat {i}") for i, c in enumerate(doc["chats"]))
        lines = tuple(_line(x, name, f"{path.name}: line {i}") for i, x in enumerate(doc["lines"]))
        return Author(name, str(doc.get("persona", "")), chats, lines)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{path.name}: a field is missing or of the wrong type ({exc.__class__.__name__})") from None
    except json.JSONDecodeError:
        raise ValueError(f"{path.name}: not valid JSON") from None


def read_authors(folder: str | Path, exclude: Sequence[str] = ()) -> list[Author]:
    """Every author file in ``folder`` (``*.json``), less the authors named in ``exclude``.

    Raises:
        FileNotFoundError: no such folder.
        ValueError: a file is malformed, or two files share an author or a chat id.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no author folder at {folder}")
    authors = [read_author(p) for p in sorted(folder.glob("*.json"))]
    names = [a.name for a in authors]
    ids = [c.id for a in authors for c in a.chats]
    if len(set(names)) != len(names) or len(set(ids)) != len(ids):
        raise ValueError(f"{folder}: author names or chat ids repeat")
    return [a for a in authors if a.name not in set(exclude)]


def _share(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def _macro_f1(lines: Sequence[Line], flagged: Sequence[frozenset[str]]) -> float | None:
    """Mean F1 over the labels that some line of this author carries."""
    scores = []
    for label in LABELS:
        tp = sum(label in f and label in x.labels for x, f in zip(lines, flagged, strict=True))
        fp = sum(label in f and label not in x.labels for x, f in zip(lines, flagged, strict=True))
        fn = sum(label not in f and label in x.labels for x, f in zip(lines, flagged, strict=True))
        if tp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return statistics.fmean(scores) if scores else None


def measure(guard: Any, author: Author) -> dict[str, Any]:
    """One author's figures: chats played live, lines scored one by one."""
    outcomes = [Outcome(t, tuple(play(guard, t))) for t in author.chats]
    grooming = [o for o in outcomes if o.timeline.kind == "grooming"]
    innocent = [o for o in outcomes if o.timeline.kind == "innocent"]
    flagged = [frozenset(guard.classify(x.text).flagged) for x in author.lines]
    bad = [f for x, f in zip(author.lines, flagged, strict=True) if x.kind == "grooming"]
    good = [f for x, f in zip(author.lines, flagged, strict=True) if x.kind == "innocent"]
    delays = [o.first - o.timeline.concern_at for o in grooming
              if o.first is not None and o.timeline.concern_at is not None]
    return {
        "author": author.name,
        "chats": {"grooming": len(grooming), "innocent": len(innocent)},
        "lines": {"grooming": len(bad), "innocent": len(good)},
        "grooming_warned": _share([o.warned for o in grooming]),
        "grooming_within_three": _share([o.within_three for o in grooming]),
        "median_delay": statistics.median(delays) if delays else None,  # contact messages after the first concern
        "crisis_on_threat": _share([o.crisis_on_threat for o in grooming if o.timeline.threat_at is not None]),
        "innocent_warned": _share([o.warned for o in innocent]),
        "innocent_warned_ids": [o.timeline.id for o in innocent if o.warned],
        "grooming_lines_hit": _share([bool(f & x.labels) for x, f in
                                      zip((x for x in author.lines if x.kind == "grooming"), bad, strict=True)]),
        "innocent_lines_flagged": _share([bool(f) for f in good]),
        "line_macro_f1": _macro_f1(author.lines, flagged),
    }


FIGURES = ("grooming_warned", "grooming_within_three", "median_delay", "crisis_on_threat", "innocent_warned",
           "grooming_lines_hit", "innocent_lines_flagged", "line_macro_f1")
#: Figures where a higher value is worse (the worst author is the highest, not the lowest).
LOWER_IS_BETTER = frozenset({"median_delay", "innocent_warned", "innocent_lines_flagged"})


def summarise(per_author: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Mean and worst author for each figure (authors weigh equally, whatever their size)."""
    out: dict[str, Any] = {"authors": [a["author"] for a in per_author]}
    for name in FIGURES:
        values = [a[name] for a in per_author if a[name] is not None]
        if values:
            worst = max(values) if name in LOWER_IS_BETTER else min(values)
            out[name] = {"mean": statistics.fmean(values), "worst": worst, "n_authors": len(values)}
    return out


#: Figures that are counts of messages, not shares.
COUNTS = frozenset({"median_delay"})


def _fmt(name: str, value: Any) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3g}" if name in COUNTS else f"{value:.1%}"


def table(per_author: Sequence[dict[str, Any]], summary: dict[str, Any]) -> str:
    """A markdown table: one row per author, then mean and worst."""
    head = "| author | chats g/i | lines g/i | " + " | ".join(FIGURES) + " |"
    rows = [head, "|" + "---|" * (len(FIGURES) + 3)]
    for a in per_author:
        rows.append(f"| {a['author']} | {a['chats']['grooming']}/{a['chats']['innocent']} | "
                    f"{a['lines']['grooming']}/{a['lines']['innocent']} | "
                    + " | ".join(_fmt(f, a[f]) for f in FIGURES) + " |")
    for stat in ("mean", "worst"):
        rows.append(f"| **{stat}** | | | " + " | ".join(_fmt(f, summary.get(f, {}).get(stat)) for f in FIGURES) + " |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m safechat.tools.authors", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of author files (data/authors)")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here as JSON")
    parser.add_argument("--exclude", default="", help="comma-separated authors the model was trained on")
    parser.add_argument("--model", type=Path, default=None, help="a model bundle folder (default: the packaged one)")
    args = parser.parse_args(argv)
    from ..guard import Guard

    try:
        authors = read_authors(args.folder, [a for a in args.exclude.split(",") if a])
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with Guard(args.model) as guard:
        per_author = [measure(guard, a) for a in authors]
        model = f"{guard.bundle.name} {guard.bundle.version}"
    summary = summarise(per_author)
    print(f"model: {model}; authors: {len(per_author)}\n")
    print(table(per_author, summary))
    if args.json is not None:
        args.json.write_text(json.dumps({"model": model, "per_author": per_author, "summary": summary},
                                        indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
