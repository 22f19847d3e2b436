"""In-process timing for `safechat bench`: latency per message and stage, and throughput.

Stages: normalise + tokenise (``_encode``), inference and thresholds (``_infer`` + ``_result``),
conversation update (``Conversation.receive`` over the already computed Classification), and end
to end (``Conversation.receive``, the public API). Several pipelines (safechat and a reference)
run in one loop, taking turns, so none always meets warm (or cold) caches.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from ...conversation import Conversation
from ...guard import Classification
from .workload import Workload

STAGES = ("normalise_tokenise", "inference", "conversation_update", "end_to_end")


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
        except Exception as exc:  # noqa: BLE001  # surfaced in the calling thread below
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
