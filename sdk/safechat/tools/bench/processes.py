"""Fresh processes for `safechat bench`: cold start and peak RSS, measured by :mod:`.worker`.

This is the only place the SDK starts a process, and only for `safechat bench`: the same Python,
no shell, the worker file of this package with a job name and a model or reference folder as its
arguments, and the messages on a pipe.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ...labels import LABELS
from . import worker
from .workload import Workload

WORKER = Path(worker.__file__).resolve()
#: The folder holding the `safechat` package this process runs: first on the workers' path.
PACKAGE_PARENT = WORKER.parents[3]


def worker_env() -> dict[str, str]:
    """The environment for workers: the same safechat as this process, first on the path."""
    env = dict(os.environ)
    here = str(PACKAGE_PARENT)
    env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def run_worker(job: str, arg: str, stdin: str | None = None) -> tuple[dict[str, Any], float]:
    """Run one worker job in a fresh interpreter: ``python -P worker.py JOB ARG [OUTPUTS]``.

    ``-P`` keeps the worker's own folder off the path; the worker is run by its file, not with
    ``-m``, so safechat is not imported before its clock starts. Returns (its JSON line, wall
    seconds of the process).

    Raises:
        ValueError: ``job`` is not one of the worker's jobs.
        RuntimeError: the worker failed (its last stderr line is in the message).
    """
    if job not in worker.JOBS:
        raise ValueError(f"unknown worker job {job!r}")
    extra = [str(len(LABELS))] if job.endswith("-reference") else []
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-P", str(WORKER), job, arg, *extra],
        input=stdin, capture_output=True, text=True, env=worker_env(), check=False,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"benchmark worker failed: {tail}")
    return json.loads(done.stdout.strip().splitlines()[-1]), wall


def cold_start(job: str, arg: str, runs: int) -> dict[str, float]:
    """Medians over ``runs`` fresh processes, in ms."""
    results = [run_worker(job, arg) for _ in range(runs)]
    return {
        "import": statistics.median(r["import"] for r, _ in results),
        "import_load": statistics.median(r["import_load"] for r, _ in results),
        "first_result": statistics.median(r["first_result"] for r, _ in results),
        "process": statistics.median(wall * 1e3 for _, wall in results),
        "runs": runs,
    }


def peak_rss(job: str, arg: str, workload: Workload) -> dict[str, float] | None:
    """Peak RSS (MB) of a fresh process scoring ``workload``; None where getrusage is missing."""
    try:
        import resource  # noqa: F401  # Unix only
    except ImportError:
        return None
    lines = [json.dumps([i, text, at]) for i, conv in enumerate(workload.conversations) for text, at in conv]
    result, _ = run_worker(job, arg, "\n".join(lines) + "\n")
    return result
