"""Write the labelled message sets from the message templates.

    python -m training.datagen.messages [--out data/messages]

Reads the template families in ``data/templates/messages/`` (one file per author, each with its
writing style in ``styles``), draws distinct lines from every family and assigns whole families
of the first three authors to train or test (about 75/25, by a seeded hash of the family id, so no
test line shares a family with training). The other two authors add training lines only, so the
test set stays the same from model to model. It writes:
  written_train.jsonl    {"text", "labels", "kind", "speaker", "family"}
  written_test.jsonl     the same, other families only
  obfuscated_test.jsonl  {"text", "clean", "labels"}: obfuscated test positives
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from safechat.labels import LABELS

from . import ROOT, TEMPLATES, styles
from .obfuscate import obfuscate
from .templates import Slots, fill, read

SEED = 20261128
TEST_SHARE = 0.25  # of the template families of authors whose families may be held out
OBFUSCATED_TEST = 600  # obfuscated variants of test positives
OUT = ROOT / "data" / "messages"
KINDS = ("grooming", "hard_negative", "neutral")
UK_SHARE = 0.55  # share of innocent.txt's lines in British wording (mum, maths, £); the rest American


@dataclass(frozen=True)
class Family:
    """A small group of templates sharing a purpose, from an ``@@ id | kind | labels | speaker [| firm]`` block."""

    fid: str
    kind: str
    labels: tuple[str, ...]
    speaker: str
    firm: bool  # a pressing family: firm sign-offs
    templates: tuple[str, ...]
    own: dict[str, tuple[str, ...]]  # the family's own slot lists
    shared: dict[str, tuple[str, ...]]  # the file's slot lists
    regions: dict[str, dict[str, tuple[str, ...]]]  # the file's "uk."/"us." slot lists, by region

    @property
    def slots(self) -> tuple[Slots, ...]:
        """Where ``{slot}``s are looked up: the family's own lists, then the file's."""
        return self.own, self.shared


def british_or_american(family: Family, rng: random.Random) -> tuple[Slots, ...]:
    """The family's slots with one region's wording drawn for the whole line."""
    region = family.regions["uk" if rng.random() < UK_SHARE else "us"]
    return family.own, region, family.shared


@dataclass(frozen=True)
class Author:
    """One author's template file, writing style and drawing settings."""

    file: str
    seed: int  # added to SEED
    per_family: int | tuple[int, int]  # distinct lines wanted per family (a fixed count or an inclusive range)
    attempts: int  # fills tried per wanted line before a family gives up
    style: Callable[[str, Family, random.Random], str]
    held_out: bool = True  # whether its families may go to the test set
    fold: Callable[[str], str] = str.lower  # the key that decides whether a line was already drawn
    slots: Callable[[Family, random.Random], Sequence[Slots]] = lambda family, rng: family.slots


AUTHORS = (
    Author("grooming.txt", 0, 30, 12, styles.plain_chat),
    Author("innocent.txt", 1, (20, 34), 40, styles.everyday_chat, slots=british_or_american),
    Author("varied_styles.txt", 3, (20, 30), 30, styles.varied_chat),
    Author("app_chat.txt", 4, (20, 30), 30, styles.app_chat, held_out=False),
    Author("netspeak.txt", 5, (20, 30), 30, styles.netspeak, held_out=False, fold=lambda key: key),
)


def families(path: Path) -> list[Family]:
    """The families of one message template file, in file order; errors name the file and line."""
    book = read(path)
    shared = {k: v for k, v in book.slots.items() if "." not in k}
    regions: dict[str, dict[str, tuple[str, ...]]] = {}
    for key, values in book.slots.items():
        if "." in key:
            region, name = key.split(".", 1)
            regions.setdefault(region, {})[name] = values
    out = []
    for block in book.blocks:
        if len(block.head) not in (4, 5) or block.head[4:] not in ((), ("firm",)):
            raise ValueError(f"{block.where}: expected @@ id | kind | labels | speaker [| firm]")
        fid, kind, labels, speaker = block.head[:4]
        names = tuple(labels.split())
        if kind not in KINDS or set(names) - set(LABELS) or bool(names) != (kind == "grooming"):
            raise ValueError(f"{block.where}: kind {kind!r} with labels {labels!r}")
        if not block.text:
            raise ValueError(f"{block.where}: a family needs templates")
        out.append(Family(fid, kind, names, speaker, block.head[4:] == ("firm",), block.text, block.slots,
                          shared, regions))
    return out


def draw(author: Author, book: list[Family], rng: random.Random) -> list[dict]:
    """Every family of one author in file order: distinct lines per family, none repeated across its families."""
    rows: list[dict] = []
    seen: set[str] = set()
    for family in book:
        want = author.per_family if isinstance(author.per_family, int) else rng.randint(*author.per_family)
        got = 0
        for _ in range(want * author.attempts):
            if got == want:
                break
            template = rng.choice(family.templates)
            text = author.style(tidy(fill(template, author.slots(family, rng), rng)), family, rng)
            key = author.fold(text.strip())
            if not text or key in seen:
                continue
            seen.add(key)
            rows.append({"text": text, "labels": list(family.labels), "kind": family.kind,
                         "speaker": family.speaker, "family": family.fid})
            got += 1
    return rows


def tidy(text: str) -> str:
    """A filled template's punctuation: no space before a comma or question mark, no stray commas."""
    return text.replace(" ,", ",").replace(" ?", "?").replace(",,", ",").strip(" ,")


def is_test(family: str) -> bool:
    """Whether a held-out-able family goes to the test set (a seeded hash of its id)."""
    return int(hashlib.sha256(f"{SEED}:{family}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < TEST_SHARE


def make_sets() -> tuple[list[dict], list[dict], list[dict]]:
    """The train, test and obfuscated test rows."""
    books = {author.file: families(TEMPLATES / "messages" / author.file) for author in AUTHORS}
    ids = [family.fid for book in books.values() for family in book]
    if len(set(ids)) != len(ids):
        raise ValueError(f"family ids used twice: {sorted({f for f in ids if ids.count(f) > 1})}")
    drawn = {author.file: draw(author, books[author.file], random.Random(SEED + author.seed)) for author in AUTHORS}
    seen: set[str] = set()
    train, test = [], []
    for row in (row for author in AUTHORS if author.held_out for row in drawn[author.file]):
        key = row["text"].strip().lower()
        if key not in seen:
            seen.add(key)
            (test if is_test(row["family"]) else train).append(row)
    # the other authors' lines train only; a line already in the test set is left out
    test_texts = {r["text"].strip().lower() for r in test}
    for row in (row for author in AUTHORS if not author.held_out for row in drawn[author.file]):
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
    return train, test, obfuscated


def main(argv: list[str] | None = None) -> int:
    """Write the three sets and print their label counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    out = ap.parse_args(argv).out
    train, test, obfuscated = make_sets()
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
