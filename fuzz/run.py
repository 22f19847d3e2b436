"""Bounded fuzz run over safechat's input surfaces (docs/PRIVACY.md, promise 4).

    .venv/bin/python fuzz/run.py --seconds 60                       # CI budget
    .venv/bin/python fuzz/run.py --seconds 600 --workdir /tmp/sc-fuzz  # a longer local run, corpus kept

Engines: "atheris" (coverage-guided libFuzzer; `pip install atheris`), "builtin" (seeded random
mutation of the same seeds, stdlib only), or "auto" (atheris when it imports, else builtin). Both
drive fuzz/fuzz_safechat.py's `one_input`. Exit status: 0 no crash, 1 a crash or hang (the input
is saved in the work folder as crash-*), 2 the run could not start. One summary line is printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "fuzz_safechat.py"

# ---- defaults ------------------------------------------------------------------------------
SECONDS = 60  # total budget
INPUT_TIMEOUT = 10  # seconds one input may take before it counts as a hang
RSS_LIMIT_MB = 3072  # libFuzzer's memory ceiling
MAX_LEN = 8192  # bytes per generated input (atheris)
SEED = 1  # random seed (both engines)


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=SECONDS, help="time budget (default %(default)s)")
    ap.add_argument("--engine", choices=["auto", "atheris", "builtin"], default="auto")
    ap.add_argument("--workdir", type=Path, default=None, help="keep corpus and crashes here (default: a temp folder)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    if args.seconds < 1:
        ap.error("--seconds must be at least 1")
    return args


def write_seeds(folder: Path) -> list[bytes]:
    sys.path.insert(0, str(HERE))
    import fuzz_safechat

    seeds = fuzz_safechat.seeds()
    folder.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(seeds):
        (folder / f"seed-{i:02d}").write_bytes(seed)
    return seeds


def run_atheris(args: argparse.Namespace, work: Path) -> dict[str, object]:
    corpus, seeds = work / "corpus", work / "seeds"
    corpus.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(TARGET), str(corpus), str(seeds), f"-max_total_time={args.seconds}",
           f"-timeout={INPUT_TIMEOUT}", f"-rss_limit_mb={RSS_LIMIT_MB}", f"-max_len={MAX_LEN}", f"-seed={args.seed}",
           "-print_final_stats=1", f"-artifact_prefix={work}/crash-"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.seconds + 300, check=False)
    log = proc.stdout + proc.stderr
    (work / "atheris.log").write_text(log, encoding="utf-8")

    def stat(name: str) -> int | None:
        m = re.search(rf"stat::{name}:\s+(\d+)", log)
        return int(m.group(1)) if m else None

    crashes = sorted(p.name for p in work.glob("crash-*"))
    cov = re.findall(r"cov: (\d+) ft: (\d+)", log)
    return {"executions": stat("number_of_executed_units"), "crashes": len(crashes) or int(proc.returncode != 0),
            "peak_rss_mb": stat("peak_rss_mb"), "coverage": cov[-1][0] if cov else None,
            "corpus": len(list(corpus.iterdir())), "artifacts": crashes,
            "tail": "" if proc.returncode == 0 else log[-4000:]}


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang(f"one input ran past {INPUT_TIMEOUT} s")


def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        if op == 0 and b:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        elif op == 1 and b:
            b[rng.randrange(len(b))] = rng.choice([0, 1, 0x7F, 0x80, 0xFF, rng.randrange(256)])
        elif op == 2:
            pos = rng.randrange(len(b) + 1)
            b[pos:pos] = rng.randbytes(rng.randint(1, 16))
        elif op == 3 and len(b) > 1:
            start = rng.randrange(len(b))
            del b[start:start + rng.randint(1, 16)]
        elif op == 4:
            other = rng.choice(pool)
            cut = rng.randrange(len(other) + 1)
            b = b[: rng.randrange(len(b) + 1)] + bytearray(other[cut:])  # splice
        elif op == 5 and b:
            b[0] = rng.randrange(256)  # another entry point
        elif op == 6 and b:
            pos = rng.randrange(len(b))
            b[pos:pos] = b[pos:pos + rng.randint(1, 32)] * rng.randint(1, 8)  # repeats
    return bytes(b[:MAX_LEN])


def run_builtin(args: argparse.Namespace, work: Path, seeds: list[bytes]) -> dict[str, object]:
    sys.path.insert(0, str(HERE))
    import fuzz_safechat

    rng = random.Random(args.seed)
    pool = list(seeds)
    executions, crashes = 0, []
    use_alarm = hasattr(signal, "setitimer")
    if use_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    deadline = time.monotonic() + args.seconds
    tail = ""
    while time.monotonic() < deadline:
        data = pool[executions] if executions < len(seeds) else mutate(rng, rng.choice(pool), pool)
        try:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, INPUT_TIMEOUT)
            fuzz_safechat.one_input(data)
        except Exception:  # noqa: BLE001 - a crash: keep the input and stop, as libFuzzer does
            name = f"crash-{len(crashes)}"
            (work / name).write_bytes(data)
            crashes.append(name)
            tail = traceback.format_exc()[-4000:]
            break
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        executions += 1
        if executions % 97 == 0 and len(pool) < 4096:
            pool.append(data)  # no coverage feedback: keep a sample of inputs as material
    return {"executions": executions, "crashes": len(crashes), "peak_rss_mb": _peak_rss_mb(), "coverage": None,
            "corpus": len(pool), "artifacts": crashes, "tail": tail}


def _peak_rss_mb() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KiB on Linux


def main() -> int:
    args = parse_args()
    engine = args.engine
    if engine == "auto":
        engine = "atheris" if importlib.util.find_spec("atheris") else "builtin"
    elif engine == "atheris" and not importlib.util.find_spec("atheris"):
        print("fuzz: atheris is not installed (pip install atheris), or use --engine builtin", file=sys.stderr)
        return 2
    temp = None
    if args.workdir is None:
        temp = tempfile.TemporaryDirectory(prefix="safechat-fuzz-")
        work = Path(temp.name)
    else:
        work = args.workdir
        work.mkdir(parents=True, exist_ok=True)
    try:
        seeds = write_seeds(work / "seeds")
        start = time.monotonic()
        result = run_atheris(args, work) if engine == "atheris" else run_builtin(args, work, seeds)
        elapsed = time.monotonic() - start
        if result["crashes"] and temp is not None:  # keep the evidence next to the repository
            keep = Path.cwd() / "fuzz-crashes"
            keep.mkdir(exist_ok=True)
            for name in result["artifacts"]:
                shutil.copy(work / str(name), keep / str(name))
            result["artifacts"] = [str(keep / str(n)) for n in result["artifacts"]]
        print(f"fuzz: engine={engine} seconds={elapsed:.0f} executions={result['executions']} "
              f"crashes={result['crashes']} peak_rss_mb={result['peak_rss_mb']} coverage={result['coverage']} "
              f"corpus={result['corpus']}")
        if result["crashes"]:
            print(result["tail"], file=sys.stderr)
            print(f"fuzz: crash inputs: {', '.join(map(str, result['artifacts']))}", file=sys.stderr)
            return 1
        return 0
    finally:
        if temp is not None:
            temp.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
