"""Write the labelled message sets (written by us) from their seeded generators.

    python scripts/make_messages.py

Reads the template families in scripts/messages_grooming.py (lines showing the 11 behaviours),
scripts/messages_negatives.py (hard negatives and everyday lines) and scripts/messages_extra.py
(a third author's styles: fragments, buried asks, text-speak, formal adults, retellings), assigns whole template
families to train or test (about 75/25, by a seeded hash of the family id, so no test line shares
a family with training). Two later authors add training lines only, so the test set stays the
same from model to model: scripts/messages_fourth.py (modern app chat, British and American, multi-
label, buried asks) and scripts/messages_fifth.py (2000s instant-messenger netspeak, grooming and
innocent alike, so that style alone says nothing). It writes:
  data/messages/written_train.jsonl    {"text", "labels", "kind", "speaker", "family"}
  data/messages/written_test.jsonl     the same, other families only
  data/messages/obfuscated_test.jsonl  {"text", "clean", "labels"}: obfuscated test positives
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import messages_extra
import messages_fifth
import messages_fourth
import messages_grooming
import messages_negatives
from obfuscate import obfuscate

# -- defaults -----------------------------------------------------------------------------------
SEED = 20261128
TEST_SHARE = 0.25  # of template families
OBFUSCATED_TEST = 600  # obfuscated variants of test positives
OUT = ROOT / "data" / "messages"
LABELS = (
    "flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
    "gifts", "sexual_content", "image_request", "meetup", "coercion",
)


def is_test(family: str) -> bool:
    return int(hashlib.sha256(f"{SEED}:{family}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < TEST_SHARE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    out = ap.parse_args(argv).out
    rows = (messages_grooming.generate(random.Random(SEED)) + messages_negatives.generate(random.Random(SEED + 1))
            + messages_extra.generate(random.Random(SEED + 3)))
    seen: set[str] = set()
    train, test = [], []
    for row in rows:
        assert set(row["labels"]) <= set(LABELS), row
        key = row["text"].strip().lower()
        if key in seen:
            continue
        seen.add(key)
        (test if is_test(row["family"]) else train).append(row)
    # the later authors' lines train only; a line already in the test set is left out
    test_texts = {r["text"].strip().lower() for r in test}
    for row in messages_fourth.generate(random.Random(SEED + 4)) + messages_fifth.generate(random.Random(SEED + 5)):
        assert set(row["labels"]) <= set(LABELS), row
        key = row["text"].strip().lower()
        if key not in seen and key not in test_texts:
            seen.add(key)
            train.append(row)
    # a test line must not appear, case-insensitively, in training
    train_texts = {r["text"].strip().lower() for r in train}
    test = [r for r in test if r["text"].strip().lower() not in train_texts]
    rng = random.Random(SEED + 2)
    positives = [r for r in test if r["labels"]]
    sample = rng.sample(positives, min(OBFUSCATED_TEST, len(positives)))
    obfuscated = [{"text": obfuscate(r["text"], rng), "clean": r["text"], "labels": r["labels"]} for r in sample]
    out.mkdir(parents=True, exist_ok=True)
    for name, data in (("written_train", train), ("written_test", test), ("obfuscated_test", obfuscated)):
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for row in data:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name, data in (("train", train), ("test", test)):
        counts = {label: sum(label in r["labels"] for r in data) for label in LABELS}
        negatives = sum(1 for r in data if not r["labels"])
        print(f"{name}: {len(data)} lines, {negatives} without labels, {counts}")
    print(f"obfuscated: {len(obfuscated)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
