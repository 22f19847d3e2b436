"""In-process timing for `safechat bench`: latency per message and stage, and throughput.

Stages: normalise + tokenise (``encode``), inference and thresholds (``infer`` +
``to_classification``), conversation update (``Conversation.receive_scored`` with the already
computed Classification), and end
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
from ...state import AlertBudget
from .workload import Workload

STAGES = ("normalise_tokenise", "inference", "conversation_update", "end_to_end")


def time_stages(pipelines: dict[str, Any], workload: Workload, record: bool = True) -> dict[str, dict[str, list[int]]]:
    """Per-message nanoseconds per stage for each pipeline, all in one loop.

    Each message goes through each pipeline twice, staged and end to end, in rotating order, so
    no measurement always meets warm (or cold) caches.
    """
    from time import perf_counter_ns as now

    samples: dict[str, dict[str, list[int]]] = {name: {stage: [] for stage in STAGES} for name in pipelines}
    names = list(pipelines)
    turn = 0
    for conv in workload.conversations:
        chats = {}
        for name, pipe in pipelines.items():
            chats[name] = (pipe.conversation(), Conversation(pipe, alert_budget=AlertBudget()))
        for text, at in conv:
            turn += 1
            # take turns: which pipeline goes first, and whether the staged pass or the end-to-end
            # pass meets the message first (the second meets warm caches)
            for name in names if turn % 2 == 0 else names[::-1]:
                pipe = pipelines[name]
                chat, replay_chat = chats[name]
                s = samples[name]
                for staged in ((True, False) if (turn // 2) % 2 == 0 else (False, True)):
                    if staged:
                        t0 = now()
                        ids = pipe.encode(text)
                        t1 = now()
                        c = pipe.to_classification(*pipe.infer(ids))
                        t2 = now()
                        t3 = now()
                        replay_chat.receive_scored(c, at=at)
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
