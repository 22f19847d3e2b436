"""Assemble the message-level training and calibration sets.

    python -m training.prepare           # prints the counts per label and per origin

Origins of the lines (all labels per docs/DOMAIN.md):
- data/messages/written_train.jsonl: written lines, grooming and hard negatives (training.datagen.messages);
  15% of its template families are held out for threshold calibration;
- an obfuscated variant of about half of those lines (training/datagen/obfuscate.py), whose teacher target is
  the clean line, so the student learns to read through the tricks;
- data/real_lines/train_labels.jsonl: real predator and normal lines from `train`, weak labels
  reviewed by hand, resolved from the shared corpora (skipped when the corpora are absent);
  lines of conversations held out for the conversation layer go to calibration instead;
- data/messages/authors/*.jsonl: lines by further independent authors, one file each (threats and
  sextortion in several registers, and their innocent look-alikes), held out by family like the above;
- the contact's lines of data/conversations/written_dev.jsonl with their per-message labels;
- everyday lines from `train` chitchat conversations as plain negatives;
- unlabelled lines of `train` PJ, NPS and VTPAN conversations and of the auxiliary Formspring
  Q&A posts, which the fine-tuned teacher labels with soft probabilities (train.py).
The written test lines and the hand-labelled dev lines are never read here. 30% of the `train`
conversation groups, 40% of the first author's written dev chat scripts and all of the second
author's are kept out of message training (`conversation_holdout`): calibrate.py fits the
conversation layer on them alone.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

from safechat.labels import ACT_NOW, CONTEXT, LABELS
from safechat.tools.corpus import data_folder, events, read_records

# -- defaults -----------------------------------------------------------------------------------
SEED = 1234
CALIB_SHARE = 0.15  # share of written template families held out for label thresholds
CORPUS_HOLDOUT = 0.3  # share of train corpus groups kept for fitting the conversation layer only
WRITTEN_HOLDOUT = 0.4  # share of written dev chat scripts kept for fitting the conversation layer only
# scripts of the second chat author (ids dm.., dn.. in data/templates/chats/) are all kept for the conversation
# layer: the first author's held-out scripts proved too easy (the model had read the same author's
# other scripts), so the false-alarm budgets did not carry over to chats by other authors
HELD_AUTHOR_PREFIXES = ("dm", "dn")
OBFUSCATED_SHARE = 0.5  # share of written lines that also get an obfuscated twin
AUTHORS_DIR = ROOT / "data" / "messages" / "authors"  # one JSONL file of labelled lines per author
AUTHOR_WEIGHT = 2.0  # loss weight of those lines: a few hundred among tens of thousands
CHITCHAT_LINES = 24000  # everyday negatives from train chitchat
NEGATIVE_WEIGHT = 0.7  # loss weight of plain chitchat negatives
SMOKE_LINES = 300
# unlabelled real lines per source that the fine-tuned teacher labels for the student
EXTRA_LINES = {"pj_koutli2023": 12000, "nps_chat": 4000, "pan12_vtpan_val_en_constien": 6000,
               "formspring_reynolds2011": 10000}


@dataclass
class Prepared:
    train_texts: list[str] = field(default_factory=list)
    train_teacher_texts: list[str] = field(default_factory=list)
    train_labels: list[list[float]] = field(default_factory=list)
    train_risk: list[float] = field(default_factory=list)
    train_risk_weight: list[float] = field(default_factory=list)  # 0: the line teaches the risk head nothing
    train_weight: list[float] = field(default_factory=list)
    train_origin: list[str] = field(default_factory=list)
    calib_texts: list[str] = field(default_factory=list)
    calib_labels: list[list[float]] = field(default_factory=list)
    calib_origin: list[str] = field(default_factory=list)
    extra_texts: list[str] = field(default_factory=list)  # unlabelled real lines for the fine-tuned teacher to label
    extra_grooming: list[bool] = field(default_factory=list)  # whether each extra line's conversation is grooming

    def add(self, text: str, labels: list[str], origin: str, *, teacher: str | None = None, weight: float = 1.0,
            risk: float | None = None, risk_weight: float = 1.0) -> None:
        vec = [1.0 if label in labels else 0.0 for label in LABELS]
        self.train_texts.append(text)
        self.train_teacher_texts.append(teacher if teacher is not None else text)
        self.train_labels.append(vec)
        self.train_risk.append(risk_target(labels) if risk is None else risk)
        self.train_risk_weight.append(risk_weight)
        self.train_weight.append(weight)
        self.train_origin.append(origin)

    def add_calib(self, text: str, labels: list[str], origin: str) -> None:
        self.calib_texts.append(text)
        self.calib_labels.append([1.0 if label in labels else 0.0 for label in LABELS])
        self.calib_origin.append(origin)


def risk_target(labels: list[str]) -> float:
    """Message risk: a behaviour beyond context is grooming-like; context alone is a little."""
    if any(label not in CONTEXT for label in labels):
        return 1.0
    return 0.35 if labels else 0.0


def conversation_risk_target(labels: list[str], grooming: bool) -> tuple[float, float]:
    """(target, weight) of the risk head for a line of a real or written conversation.

    The risk head learns how much a line reads like it comes from a grooming conversation, so the
    conversation layer can weigh small talk, not only labelled behaviours. A line of a normal
    conversation that shows an act-now behaviour (adult sexual talk in a chat room, say) teaches
    nothing: on a child's phone it would be a real concern, and learning "sexual talk is normal"
    from adult corpora is the trap docs/DATA.md warns of.
    """
    if grooming:
        return 1.0, 1.0
    if set(labels) & ACT_NOW:
        return 0.0, 0.0
    return 0.0, 1.0


def data_dir(arg: Path | None) -> Path | None:
    """--data, else SAFECHAT_DATA, else ../shared/data (safechat.tools.corpus.data_folder); None if absent."""
    try:
        return data_folder(arg)
    except FileNotFoundError:
        raise SystemExit(f"--data {arg} is not a folder") from None


def _held_out(key: str, share: float = CALIB_SHARE) -> bool:
    return int(hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def conversation_holdout(record: dict) -> bool:
    """Conversations kept out of message training, for fitting the conversation layer.

    Calibrating alerts on conversations whose lines the model trained on would promise a false
    alarm rate it cannot keep; these are never seen by the message model.
    """
    if record.get("source", "").startswith("written"):
        script = record.get("meta", {}).get("scenario_script", record["group"])
        if script.startswith(HELD_AUTHOR_PREFIXES):
            return True  # a whole author's chats: the calibration sees wording the model never read
        return _held_out("script:" + script, WRITTEN_HOLDOUT)
    return _held_out("conversation:" + record["group"], CORPUS_HOLDOUT)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_tokenizer():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_str(tokenizer_bytes().decode())
    tok.no_padding()
    tok.enable_truncation(max_length=64)
    return tok


def tokenizer_bytes() -> bytes:
    """The WordPiece tokenizer the student uses: the teacher's own (uncased BERT vocabulary)."""
    from training import minilm

    spec = json.loads((minilm.package_dir() / "tokenizer.json").read_text(encoding="utf-8"))
    spec["truncation"] = None  # the SDK sets truncation and padding itself, explicitly
    spec["padding"] = None
    return json.dumps(spec, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def prepare(shared: Path | None, smoke: bool = False) -> Prepared:
    from training.datagen.obfuscate import obfuscate

    rng = random.Random(SEED)
    out = Prepared()
    written_path = ROOT / "data" / "messages" / "written_train.jsonl"
    if not written_path.exists():
        raise SystemExit(f"{written_path} is missing: run python -m training.datagen.messages first")
    written = [(row, 1.0) for row in _jsonl(written_path)]
    if smoke:
        written = rng.sample(written, min(SMOKE_LINES, len(written)))
    else:
        for path in sorted(AUTHORS_DIR.glob("*.jsonl")):
            written += [(row, AUTHOR_WEIGHT) for row in _jsonl(path)]
    for row, weight in written:
        unknown = set(row["labels"]) - set(LABELS)
        if unknown:
            raise SystemExit(f"unknown labels {sorted(unknown)} in a written line (family {row.get('family')})")
        family = str(row.get("family", row["text"]))
        if _held_out("family:" + family):
            out.add_calib(row["text"], row["labels"], "written")
            continue
        out.add(row["text"], row["labels"], "written", weight=weight)
        if rng.random() < OBFUSCATED_SHARE:
            out.add(obfuscate(row["text"], rng), row["labels"], "obfuscated", teacher=row["text"], weight=weight)
    if not smoke:
        # the contact's lines of the written dev chats, with their per-message labels; unlabelled
        # lines of innocent chats are the look-alikes (a coach asking an address, a friend's snap)
        for record in read_records(ROOT / "data" / "conversations" / "written_dev.jsonl"):
            labelled = {m["index"]: m["labels"] for m in record["meta"].get("message_labels", [])}
            held = conversation_holdout(record)
            grooming = record["label"] == "grooming"
            for i, m in enumerate(record["messages"]):
                if m["author"] != record["target_author"]:
                    continue
                labels = labelled.get(i, [])
                if held:
                    out.add_calib(m["text"], labels, "written_chat")
                else:
                    # small talk of a written grooming chat is shared with innocent chats: no risk target
                    out.add(m["text"], labels, "written_chat", risk_weight=0.0 if grooming and not labels else 1.0)
    if shared is not None and not smoke:
        from training.resolve_real_lines import load_real_lines

        held_groups = set()
        grooming_ids = set()
        lines = []
        extra: dict[str, list[tuple[str, bool]]] = {}
        for record in read_records(shared / "train.jsonl.gz"):
            if record["label"] == "grooming":
                grooming_ids.add(record["id"])
            if conversation_holdout(record):
                held_groups.add(record["id"])
                continue
            if record.get("label_noise_suspect"):
                continue
            if record["source"] != "chitchat_byu_ccc":
                g = record["label"] == "grooming"
                extra.setdefault(record["source"], []).extend((e.text, g) for e in events(record) if e.incoming and e.text.strip())
            if record["source"] == "chitchat_byu_ccc":
                lines += [m["text"] for m in record["messages"] if m.get("author") == record["target_author"] and m["text"].strip()]
        for text in random.Random(SEED).sample(lines, min(CHITCHAT_LINES, len(lines))):
            out.add(text, [], "chitchat", weight=NEGATIVE_WEIGHT)
        # teenagers' anonymous Q&A (auxiliary, never grooming): the everyday words of teenagers, so
        # the student does not tie a rare word to a behaviour ("sky" is not "skype"); the teacher
        # labels them like the other extra lines
        aux = shared / "aux_formspring.jsonl.gz"
        if aux.exists():
            for record in read_records(aux):
                for key in ("question", "answer"):
                    text = " ".join(str(record.get(key) or "").replace("<br>", " ").split())
                    if text:
                        extra.setdefault("formspring_reynolds2011", []).append((text, False))
        pick = random.Random(SEED + 7)
        for source in sorted(extra):
            pool = sorted(set(extra[source]))
            for text, g in pick.sample(pool, min(EXTRA_LINES.get(source, 0), len(pool))):
                out.extra_texts.append(text)
                out.extra_grooming.append(g)
        for row in load_real_lines(ROOT / "data" / "real_lines" / "train_labels.jsonl", shared):
            if row["id"] in held_groups:
                out.add_calib(row["text"], row["labels"], "real")
            else:
                target, rw = conversation_risk_target(row["labels"], row["id"] in grooming_ids)
                out.add(row["text"], row["labels"], "real", risk=target, risk_weight=rw)
    return out


def summary(p: Prepared) -> str:
    y = np.array(p.train_labels)
    c = np.array(p.calib_labels) if p.calib_labels else np.zeros((0, len(LABELS)))
    rows = [f"{'label':18} {'train':>6} {'calib':>6}"]
    rows += [f"{label:18} {int(y[:, j].sum()):6d} {int(c[:, j].sum()):6d}" for j, label in enumerate(LABELS)]
    origins = {o: p.train_origin.count(o) for o in sorted(set(p.train_origin))}
    rows.append(f"lines: train {len(p.train_texts)} {origins}, calibration {len(p.calib_texts)}")
    return "\n".join(rows)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    print(summary(prepare(data_dir(args.data))))
