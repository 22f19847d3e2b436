"""The student: the message model that ships (PyTorch; exported to ONNX by training.export).

WordPiece ids -> embeddings (128-d, initialised from a PCA of the teacher's token embeddings) -> 2
small transformer layers -> mean pool -> 11 label heads + a risk head, plus a projection trained to
reproduce all-MiniLM-L6-v2 sentence embeddings (distillation), so the small model inherits the
teacher's sense of meaning rather than the corpora's style. The label heads learn behaviours; the
risk head learns how much a line reads like one from a grooming conversation, which the
conversation layer averages over the contact's messages.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from safechat.labels import LABELS
from torch import nn

MAX_LEN = 64  # tokens the model reads per message
DIM = 128  # student width
LAYERS = 2
HEADS = 4
FF = 256
TEACHER_DIM = 384  # all-MiniLM-L6-v2 sentence embedding width
INPUT_NAMES = ("input_ids", "attention_mask")
OUTPUT_NAMES = ("labels", "risk")


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
    def __init__(self, vocab: int, teacher_dim: int = TEACHER_DIM) -> None:
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


def pca_init(vocab: int) -> torch.Tensor:
    from safetensors.numpy import load_file

    w = load_file(str(_minilm_dir() / "model.safetensors"))["embeddings.word_embeddings.weight"]
    w = w - w.mean(0, keepdims=True)
    _, _, vt = np.linalg.svd(w[::3], full_matrices=False)
    proj = w @ vt[:DIM].T
    proj = proj / proj.std() * 0.5
    assert proj.shape[0] == vocab
    return torch.from_numpy(proj.astype(np.float32))




def _minilm_dir():
    from training import minilm

    return minilm.package_dir()
