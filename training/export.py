"""Export the student to ONNX, quantise it to int8, and check the shipped graph against PyTorch.

The parity check runs the int8 graph through the SDK's own runtime on a fixed set of lines and
compares its probabilities with the PyTorch model's: quantisation moves them a little, a wrong
export (inputs swapped, a missing sigmoid, a graph that ignores the mask) moves them a lot.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import numpy as np
import torch
from safechat.normalize import normalize

from training.student import INPUT_NAMES, OUTPUT_NAMES, Exported, Student

# lines the parity check scores: short and long, grooming and everyday, an obfuscated one
PARITY_LINES = (
    "hi", "how was school today?", "don't tell your parents about us, ok?",
    "add me on snap, it's more private", "send me a pic of you, just for me",
    "i'll post your photos everywhere unless you pay", "we could meet at the park after school, just us",
    "did u finish the maths homework lol", "s3nd m3 a p!c", "my mum says dinner is at six " * 6,
)
PARITY_TOLERANCE = 0.08  # largest |int8 - fp32| probability allowed (int8 weights move a few hundredths)


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


def parity(model: Student, model_path: Path, tokenizer, lines: tuple[str, ...] = PARITY_LINES) -> float:
    """The largest probability difference between the exported graph and the PyTorch model on
    ``lines`` (labels and risk). Raises AssertionError above PARITY_TOLERANCE."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(model_path), providers=["CPUExecutionProvider"])
    worst = 0.0
    wrapped = Exported(model).eval()
    for line in lines:
        enc = tokenizer.encode(normalize(line))
        ids = np.array([enc.ids], dtype=np.int64)
        mask = np.ones_like(ids)
        got = session.run(list(OUTPUT_NAMES), {INPUT_NAMES[0]: ids, INPUT_NAMES[1]: mask})
        with torch.no_grad():
            want = wrapped(torch.from_numpy(ids), torch.from_numpy(mask))
        for g, w in zip(got, want, strict=True):
            worst = max(worst, float(np.abs(np.asarray(g) - w.numpy()).max()))
    if worst > PARITY_TOLERANCE:
        raise AssertionError(f"ONNX and PyTorch disagree by {worst:.3f} (tolerance {PARITY_TOLERANCE})")
    return worst


def pin_manifest(manifest: Path, root: Path) -> None:
    """Pin the shipped manifest's sha256 in the SDK's code (sdk/safechat/pin.py)."""
    pin = root / "sdk" / "safechat" / "pin.py"
    digest = hashlib.sha256(manifest.read_bytes()).hexdigest()
    text = pin.read_text(encoding="utf-8")
    head, _, _ = text.partition("PACKAGED_MANIFEST_SHA256 = ")
    pin.write_text(f'{head}PACKAGED_MANIFEST_SHA256 = "{digest}"\n', encoding="utf-8")


