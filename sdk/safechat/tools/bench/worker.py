"""The fresh process `safechat bench` starts to time cold start and measure peak memory.

    python -P path/to/safechat/tools/bench/worker.py JOB ARG [OUTPUTS]

JOB is one of:

    cold-safechat   ARG a model folder, or "" for the bundled model: import safechat, Guard(), one classify
    cold-reference  ARG the reference folder, OUTPUTS the head's width: numpy + onnxruntime + tokenizers,
                    the reference session, one score
    rss-safechat    as cold-safechat, then every message on stdin through Conversations
    rss-reference   as cold-reference, then every message on stdin scored

Each job prints one JSON line (milliseconds, or megabytes for the rss jobs) and nothing else.
The messages arrive on a pipe, one JSON ``[conversation, text, at]`` a line: nothing is written
to disk.

The bench runs this file by its path (see :mod:`.processes`), not with ``-m``: ``python -m
safechat.tools.bench.worker`` would import safechat before the clock starts. For the same reason
this module imports only ``json``, ``sys`` and ``time`` at the top, and imports safechat (or the
reference's libraries) only inside the timed section. Cold start is timed from the job's first
line, so interpreter start-up is left out (the parent also reports the whole process's wall time).

:func:`open_reference` is also what the in-process side of the bench builds its reference with,
so both sides run the same session, tokenizer and head.
"""

from __future__ import annotations

import json
import sys
import time

TYPE_CHECKING = False  # typing is not imported here: it would be loaded before the clock starts
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any

REFERENCE_MODEL, REFERENCE_TOKENIZER = "minilm.int8.onnx", "tokenizer.json"
REFERENCE_MAX_TOKENS = 64  # tokens; the same truncation as safechat's bundled model
REFERENCE_HEAD_SEED = 0  # the linear head's weights (random: only its cost matters)
REFERENCE_WIDTH = 384  # all-MiniLM-L6-v2's embedding width, where the graph leaves it symbolic
PROBE = "hello, how was school today?"  # the one message scored for "first result"


# ---------------------------------------------------------------- the reference


class Reference:
    """all-MiniLM-L6-v2 int8 (plain onnxruntime) + a linear head: what a developer would build.

    The tokenizer with padding off and the same truncation as safechat, one intra-op thread,
    the same session options as safechat's runtime.
    """

    def __init__(self, directory: str, outputs: int) -> None:
        import numpy as np
        import onnxruntime as ort
        from tokenizers import Tokenizer

        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        so.log_severity_level = 3
        self.session: Any = ort.InferenceSession(f"{directory}/{REFERENCE_MODEL}", sess_options=so,
                                                 providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]
        dim = self.session.get_outputs()[0].shape[-1]
        tokenizer = Tokenizer.from_file(f"{directory}/{REFERENCE_TOKENIZER}")
        tokenizer.no_padding()  # the file pads to 128; padding would only slow it down
        tokenizer.enable_truncation(max_length=REFERENCE_MAX_TOKENS)
        self.tokenizer = tokenizer
        width = dim if isinstance(dim, int) else REFERENCE_WIDTH
        rng = np.random.default_rng(REFERENCE_HEAD_SEED)
        self.weights = (rng.standard_normal((width, outputs)) * 0.1).astype(np.float32)
        self.bias = np.zeros(outputs, dtype=np.float32)

    def encode(self, text: str) -> Any:
        """Token ids as a (1, n) int64 array; None for a message with nothing to score."""
        import numpy as np

        if not text.strip():
            return None
        return np.asarray([self.tokenizer.encode(text).ids], dtype=np.int64)

    def embed(self, ids: Any) -> Any:
        """The sentence embedding of encoded ids."""
        import numpy as np

        feeds = {"input_ids": ids}
        if "attention_mask" in self.inputs:
            feeds["attention_mask"] = np.ones_like(ids)
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return self.session.run(None, feeds)[0][0]

    def score(self, text: str) -> Any:
        """Head probabilities for one message; None for a message with nothing to score."""
        import numpy as np

        ids = self.encode(text)
        if ids is None:
            return None
        return 1.0 / (1.0 + np.exp(-(self.embed(ids) @ self.weights + self.bias)))


def _import_reference_libraries() -> None:
    import numpy  # noqa: F401
    import onnxruntime  # noqa: F401
    import tokenizers  # noqa: F401


# ---------------------------------------------------------------- memory


def rss_mb() -> float:
    """Peak RSS of this process in MB: on Linux VmHWM of /proc/self/status, else ru_maxrss.

    getrusage's ru_maxrss is kept across exec, so in a child started by a big parent it reports
    the parent's size; VmHWM belongs to this process image only.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    import resource  # Unix only; the bench does not start this job where it is missing

    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux, bytes on macOS
    return r / 1e6 if sys.platform == "darwin" else r * 1024 / 1e6


def _messages() -> Iterator[tuple[int, str, float]]:
    for line in sys.stdin:
        conv, text, at = json.loads(line)
        yield conv, text, at


# ---------------------------------------------------------------- the jobs


def cold_safechat(model: str) -> dict[str, float]:
    t0 = time.perf_counter()
    import safechat

    t1 = time.perf_counter()
    guard = safechat.Guard(model or None)
    t2 = time.perf_counter()
    guard.classify(PROBE)
    t3 = time.perf_counter()
    return {"import": (t1 - t0) * 1e3, "import_load": (t2 - t0) * 1e3, "first_result": (t3 - t0) * 1e3}


def cold_reference(directory: str, outputs: int) -> dict[str, float]:
    t0 = time.perf_counter()
    _import_reference_libraries()
    t1 = time.perf_counter()
    reference = Reference(directory, outputs)
    t2 = time.perf_counter()
    reference.score(PROBE)
    t3 = time.perf_counter()
    return {"import": (t1 - t0) * 1e3, "import_load": (t2 - t0) * 1e3, "first_result": (t3 - t0) * 1e3}


def rss_safechat(model: str) -> dict[str, float]:
    start = rss_mb()
    import safechat

    imported = rss_mb()
    guard = safechat.Guard(model or None)
    loaded = rss_mb()
    n, current = 0, None
    chat = guard.conversation()
    for conv, text, at in _messages():
        if conv != current:
            current, chat = conv, guard.conversation()
        chat.receive(text, at=at)
        n += 1
    return {"start": start, "after_import": imported, "after_load": loaded, "peak": rss_mb(), "messages": n}


def rss_reference(directory: str, outputs: int) -> dict[str, float]:
    start = rss_mb()
    _import_reference_libraries()
    imported = rss_mb()
    reference = Reference(directory, outputs)
    loaded = rss_mb()
    n = 0
    for _, text, _ in _messages():
        reference.score(text)
        n += 1
    return {"start": start, "after_import": imported, "after_load": loaded, "peak": rss_mb(), "messages": n}


JOBS: dict[str, Callable[..., dict[str, float]]] = {
    "cold-safechat": cold_safechat,
    "cold-reference": cold_reference,
    "rss-safechat": rss_safechat,
    "rss-reference": rss_reference,
}


def main(argv: list[str]) -> int:
    """Run the job ``argv`` names and print its one JSON line; 2 on a bad command line."""
    if not argv or argv[0] not in JOBS:
        sys.stderr.write(f"usage: worker.py {{{','.join(JOBS)}}} ARG [OUTPUTS]\n")
        return 2
    job, rest = argv[0], argv[1:]
    if job.endswith("-reference"):
        result = JOBS[job](rest[0], int(rest[1]))
    else:
        result = JOBS[job](rest[0] if rest else "")
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
