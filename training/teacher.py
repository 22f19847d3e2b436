"""The teacher: all-MiniLM-L6-v2 sentence embeddings (the student's distillation targets) and a
fine-tuned copy whose soft labels the student also learns from.

Used by training.train (no command of its own): the teacher's top 4 layers and a small label head are
fine-tuned (top 4 layers, one pass) on the prepared training lines; it then labels extra unlabelled lines
from the `train` corpora (outside the conversation hold-out) with soft probabilities, so the
student sees far more real chat than the hand-reviewed lines alone. Both steps are cached in
cache/ by content hash, so reruns are quick.
"""

from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path

import numpy as np
import torch
from safechat.labels import LABELS
from safechat.normalize import normalize

from training import minilm
from training.prepare import Prepared, conversation_risk_target

# -- defaults -----------------------------------------------------------------------------------
SEED = 1234
FROZEN_LAYERS = 2  # of 6: the lower layers and the embeddings stay as they are
BATCH = 32
LR_ENCODER = 5e-5
LR_HEAD = 1e-3
NEGATIVE_KEEP = 0.4  # share of label-free lines used for fine-tuning (all labelled lines are)
MAX_TOKENS = 48
PASSES = 1  # over the fine-tuning lines
EXTRA_WEIGHT = 0.5  # loss weight of lines labelled by the fine-tuned teacher


class Teacher(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.encoder, _ = minilm.load_teacher()
        self.head = torch.nn.Sequential(torch.nn.Linear(384, 256), torch.nn.GELU(), torch.nn.Linear(256, len(LABELS)))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.encoder(ids, mask) * 5.0)  # the encoder's output is unit-length


def _tokenizer():
    _, tok = minilm.load_teacher()
    tok.enable_truncation(max_length=MAX_TOKENS)
    return tok


def finetune(texts: list[str], labels: np.ndarray, cache_dir: Path) -> Teacher:
    settings = f"{SEED}:{FROZEN_LAYERS}:{BATCH}:{LR_ENCODER}:{LR_HEAD}:{NEGATIVE_KEEP}:{MAX_TOKENS}:{PASSES}"
    key = hashlib.sha256(("\n".join(texts) + settings).encode() + labels.tobytes()).hexdigest()[:16]
    path = cache_dir / f"teacher-ft-{key}.pt"
    model = Teacher()
    if path.exists():
        model.load_state_dict(torch.load(path))
        model.eval()
        return model
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    for p in model.encoder.parameters():
        p.requires_grad = False
    for layer in model.encoder.layers[FROZEN_LAYERS:]:
        for p in layer.parameters():
            p.requires_grad = True
    opt = torch.optim.AdamW([
        {"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": LR_ENCODER},
        {"params": model.head.parameters(), "lr": LR_HEAD},
    ])
    idx = [i for i in range(len(texts)) if labels[i].sum() > 0 or rng.random() < NEGATIVE_KEEP]
    idx.sort(key=lambda i: len(texts[i]) + rng.random() * 20)
    batches = [idx[i : i + BATCH] for i in range(0, len(idx), BATCH)]
    tok = _tokenizer()
    model.train()
    t0 = time.time()
    y = torch.tensor(labels, dtype=torch.float32)
    schedule = []
    for _ in range(PASSES):
        rng.shuffle(batches)
        schedule += batches
    for b in schedule:
        enc = tok.encode_batch([texts[i] for i in b])
        ids = torch.tensor([e.ids for e in enc])
        mask = torch.tensor([e.attention_mask for e in enc])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(ids, mask), y[b], pos_weight=torch.full((11,), 2.0))
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"teacher fine-tuned on {len(idx)} lines in {time.time() - t0:.0f}s")
    model.eval()
    cache_dir.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)
    return model


def soft_labels(model: Teacher, texts: list[str], batch: int = 128) -> np.ndarray:
    """The teacher's label probabilities (n, labels) for ``texts``."""
    return minilm.run_batched(lambda ids, mask: torch.sigmoid(model(ids, mask)), texts, _tokenizer(), len(LABELS), batch)


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
        model, tok = minilm.load_teacher()
        t0 = time.time()
        emb = minilm.embed([t for _, t in missing], model, tok)
        print(f"teacher: {len(missing)} new texts in {time.time() - t0:.0f}s")
        known.update(zip((k for k, _ in missing), emb))
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(known)), emb=np.stack(list(known.values())))
    return np.stack([known[k] for k in keys])


def add_teacher_labelled(data: Prepared, cache_dir: Path) -> None:
    """Fine-tune the teacher on the labelled lines, then add the extra lines with its soft labels."""
    labelled = [normalize(t) for t in data.train_texts]
    teacher = finetune(labelled, np.array(data.train_labels, dtype=np.float32), cache_dir)
    extra = [normalize(t) for t in data.extra_texts]
    soft = soft_labels(teacher, extra)
    for raw, probs, grooming in zip(data.extra_texts, soft, data.extra_grooming):
        seen = [label for label, p in zip(LABELS, probs) if p >= 0.5]
        risk, risk_weight = conversation_risk_target(seen, grooming)
        data.train_texts.append(raw)
        data.train_teacher_texts.append(raw)
        data.train_labels.append([float(p) for p in probs])
        data.train_risk.append(risk)
        data.train_risk_weight.append(risk_weight)
        data.train_weight.append(EXTRA_WEIGHT)
        data.train_origin.append("teacher_labelled")
    print(f"teacher-labelled lines: {len(extra)}")
