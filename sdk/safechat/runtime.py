"""The only module that imports onnxruntime.

It runs the message model: token ids in, label probabilities and message risk out. Swapping the
backend (for example for a mobile runtime) touches this file only.
"""

from __future__ import annotations

import numpy as np
import onnxruntime as ort

from .errors import ClosedError, ModelIntegrityError


class OnnxModel:
    """An onnxruntime session over the model bytes, single-threaded by default."""

    def __init__(self, model_bytes: bytes, *, threads: int = 1, filename: str = "model.onnx") -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only: never anything about inputs
        try:
            self._session = ort.InferenceSession(
                model_bytes, sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # noqa: BLE001 (onnxruntime raises its own exception types)
            raise ModelIntegrityError(filename, f"onnxruntime cannot load it ({exc.__class__.__name__})") from None
        # Read input names from the graph rather than assuming them.
        self._inputs = [i.name for i in self._session.get_inputs()]
        outputs = {o.name for o in self._session.get_outputs()}
        if "input_ids" not in self._inputs or not {"labels", "risk"} <= outputs:
            raise ModelIntegrityError(filename, "graph must take input_ids and give labels and risk")
        self._feeds_mask = "attention_mask" in self._inputs

    def run(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Score one batch of token ids (shape [batch, tokens]); returns (labels, risk)."""
        ids = np.asarray(ids, dtype=np.int64)  # the one place ids become int64
        feeds = {"input_ids": ids}
        if self._feeds_mask:
            feeds["attention_mask"] = np.ones_like(ids)
        session = self._session  # one read: close() from another thread cannot pull it away mid-call
        if session is None:
            raise ClosedError("this Guard is closed")
        labels, risk = session.run(["labels", "risk"], feeds)
        return labels, risk

    def close(self) -> None:
        self._session = None
