"""Resolve the by-reference real-line labels into text + labels, reading the shared corpora.

data/real_lines/*_labels.jsonl hold {"split", "id", "index", "labels", ...}: a conversation id and
a message index into that conversation's `messages` in <data>/<split>.jsonl.gz. No corpus text is
stored in the repository; this script looks each line up and fails clearly when one is missing.

Run from the repository root:
    .venv/bin/python -m training.resolve_real_lines data/real_lines/test_labels.jsonl OUT.jsonl [--data PATH]
OUT.jsonl gets one {"text", "labels"} per line (a `safechat eval`-style message file); add
--keep-ids to also write "id" and "index". In Python: load_real_lines(labels_path, data_dir).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from safechat.tools.corpus import data_folder

# ---------------------------------------------------------------- defaults
REPO = Path(__file__).resolve().parents[1]
SPLIT_FILES = {"train": "train.jsonl.gz", "dev": "dev.jsonl.gz"}
LABELS = [
    "flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
    "gifts", "sexual_content", "image_request", "meetup", "coercion",
]


class MissingLineError(LookupError):
    """A labelled reference does not point at an existing message in the shared corpora."""


def _read_refs(labels_path: Path) -> list[dict]:
    refs = []
    with open(labels_path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            rec = json.loads(raw)
            for field in ("split", "id", "index", "labels"):
                if field not in rec:
                    raise ValueError(f"{labels_path}:{n}: missing field {field!r}")
            bad = [lab for lab in rec["labels"] if lab not in LABELS]
            if bad:
                raise ValueError(f"{labels_path}:{n}: unknown label(s) {bad}")
            if rec["split"] not in SPLIT_FILES:
                raise ValueError(f"{labels_path}:{n}: unknown split {rec['split']!r}")
            refs.append(rec)
    return refs


def _messages_by_id(path: Path, wanted: set[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for raw in fh:
            conv = json.loads(raw)
            if conv["id"] in wanted:
                found[conv["id"]] = conv["messages"]
    return found


def load_real_lines(path_to_labels_jsonl: str | Path, data_dir: str | Path) -> list[dict]:
    """[{"text", "labels", "id", "index"}] in the order of the labels file.

    Raises FileNotFoundError if a corpus file is missing and MissingLineError if a referenced
    conversation or message index does not exist (or the message has no text).
    """
    refs = _read_refs(Path(path_to_labels_jsonl))
    data = Path(data_dir)
    messages: dict[tuple[str, str], list[dict]] = {}
    for split in sorted({r["split"] for r in refs}):
        corpus = data / SPLIT_FILES[split]
        if not corpus.exists():
            raise FileNotFoundError(f"corpus file not found: {corpus}")
        wanted = {r["id"] for r in refs if r["split"] == split}
        for cid, msgs in _messages_by_id(corpus, wanted).items():
            messages[(split, cid)] = msgs

    out: list[dict] = []
    problems: list[str] = []
    for r in refs:
        msgs = messages.get((r["split"], r["id"]))
        if msgs is None:
            problems.append(f"{r['split']}:{r['id']} (conversation not found)")
            continue
        idx = r["index"]
        if not isinstance(idx, int) or not 0 <= idx < len(msgs):
            problems.append(f"{r['split']}:{r['id']}#{idx} (index out of range 0..{len(msgs) - 1})")
            continue
        text = msgs[idx].get("text") or ""
        if not text.strip():
            problems.append(f"{r['split']}:{r['id']}#{idx} (empty message)")
            continue
        out.append({"text": text, "labels": list(r["labels"]), "id": r["id"], "index": idx})
    if problems:
        shown = "; ".join(problems[:5])
        raise MissingLineError(f"{len(problems)} referenced line(s) not found in {data}: {shown}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="Resolve real-line label references into a message file.")
    ap.add_argument("labels", help="a data/real_lines/*_labels.jsonl file")
    ap.add_argument("out", help="output JSONL path ({'text', 'labels'} per line)")
    ap.add_argument("--data", help="folder with train.jsonl.gz and dev.jsonl.gz")
    ap.add_argument("--keep-ids", action="store_true", help="also write 'id' and 'index'")
    args = ap.parse_args()
    try:
        data = data_folder(args.data)
    except FileNotFoundError as err:
        sys.exit(f"error: {err}")
    if data is None:
        sys.exit("error: shared data not found: pass --data PATH or set SAFECHAT_DATA")
    try:
        lines = load_real_lines(args.labels, data)
    except (MissingLineError, FileNotFoundError, ValueError) as err:
        sys.exit(f"error: {err}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            rec = {"text": line["text"], "labels": line["labels"]}
            if args.keep_ids:
                rec.update(id=line["id"], index=line["index"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {out}")


if __name__ == "__main__":
    main()
