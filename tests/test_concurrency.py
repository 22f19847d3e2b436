"""Concurrency (docs/PRIVACY.md, promise 5): the thread-safety contract, enforced.

- A Guard is safe to share between threads: 8 threads scoring 10,000 messages across 100
  conversations give exactly the alerts and final state bytes of a sequential run.
- A Conversation serialises concurrent calls with its lock: two threads hammering one conversation
  both succeed, nothing is lost (exact counts), and every state snapshot taken meanwhile restores.
- Closing a Guard while other threads score makes them raise ClosedError, never anything else.

Run: .venv/bin/python -m pytest -q tests/test_concurrency.py
"""

from __future__ import annotations

import json
import queue
import random
import sys
import threading

import numpy as np
import pytest
import safechat
from safechat.bundle import default_dir
from safechat.conversation import Conversation
from safechat.labels import LABELS

T0 = 1_750_000_000.0  # seconds since the epoch

# ---- defaults ------------------------------------------------------------------------------
THREADS = 8
CONVERSATIONS = 100
MESSAGES = 10_000  # contact messages in all, 100 per conversation
CHILD_EVERY = 4  # one child message after every 4th contact message (not counted in MESSAGES)
SEED = 5
# The Guard-wide daily alert cap is first come, first served across conversations, so the order in
# which threads reach it could change which conversation gets an alert; the equivalence run lifts
# the cap to compare everything else exactly (per conversation, order is kept).
UNCAPPED = 10**6
SAMPLE = 400  # distinct messages scored to set the test thresholds
QUANTILE = 0.7  # per label, about 30% of messages score at or above the test threshold
CLOSE_TRIALS = 10  # Guards closed under load (each load costs a model hash and session)

_OPENERS = ["hey", "omg", "lol", "so", "ok", "hiii", "yo", "wait"]
_BODIES = [
    "what school do you go to", "you're so mature for your age", "dont tell your mum we talk",
    "add me on snap its more private", "i can get you robux if you want", "are your parents home",
    "send me a pic just for me", "we should meet up, come alone", "send more or i share it",
    "gg that was a good game", "did you finish the homework", "whats your fav song", "ur cute ngl",
    "delete these messages ok", "nobody gets you like i do", "s3nd me a p.i.c 👻", "how old r u",
    "lets play again tomorrow", "my mum says hi", "haha that meme",
]


def make_script(seed: int = SEED) -> list[list[tuple[str, str, float]]]:
    """Per conversation, its events in order: (way, text, at)."""
    rng = random.Random(seed)
    per = MESSAGES // CONVERSATIONS
    scripts = []
    for c in range(CONVERSATIONS):
        at = T0 + rng.uniform(0, 86_400)
        events = []
        for i in range(per):
            at += rng.choice([5, 60, 600, 3600, 6 * 3600, 2 * 86_400])
            text = f"{rng.choice(_OPENERS)} {rng.choice(_BODIES)} {rng.choice(_BODIES) if rng.random() < 0.3 else ''}"
            events.append(("in", text.strip(), at))
            if i % CHILD_EVERY == CHILD_EVERY - 1:
                events.append(("out", "ok lol", at + 1))
        scripts.append(events)
    return scripts


def alert_key(alert: safechat.Alert | None):
    if alert is None:
        return None
    return (alert.tier, alert.labels, alert.message_index, alert.at, alert.score_bucket, alert.title)


def play_one(chat: Conversation, event: tuple[str, str, float]):
    way, text, at = event
    if way == "in":
        return alert_key(chat.receive(text, at=at))
    chat.send(text, at=at)
    return "sent"


@pytest.fixture(scope="module")
def sensitive_guard():
    """The bundled model with thresholds set from its own scores on the script (whatever model ships),
    so that a good share of messages is flagged and alerts of every kind are compared too."""
    d = default_dir()
    manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    texts = sorted({text for script in make_script() for way, text, _ in script if way == "in"})
    with safechat.Guard() as probe:
        scores = np.array([[probe.classify(t).labels[label] for label in LABELS] for t in texts[:SAMPLE]])
    cut = np.quantile(scores, QUANTILE, axis=0)
    manifest["thresholds"] = {label: float(np.clip(v, 1e-4, 1 - 1e-4)) for label, v in zip(LABELS, cut)}
    files = manifest["files"]
    with safechat.Guard(model_bytes=(d / files["model"]["path"]).read_bytes(),
                        tokenizer_bytes=(d / files["tokenizer"]["path"]).read_bytes(),
                        manifest_bytes=json.dumps(manifest).encode(),
                        options=safechat.GuardOptions(daily_cap=UNCAPPED, clock=lambda: DEVICE_NOW)) as g:
        yield g


# a fixed device clock, so the state bytes of two runs (which hold device times) can be compared
DEVICE_NOW = 1_900_000_000.0  # seconds since the epoch, after every scripted `at`


@pytest.mark.slow
def test_threads_give_exactly_the_sequential_results(sensitive_guard):
    guard = sensitive_guard
    scripts = make_script()
    assert sum(w == "in" for s in scripts for w, _, _ in s) == MESSAGES

    sequential_chats = [guard.conversation(child_age=7 + c % 11) for c in range(CONVERSATIONS)]
    sequential = [[play_one(chat, e) for e in script] for chat, script in zip(sequential_chats, scripts)]

    # Threads take conversations from a shared queue, play one event and put them back, so every
    # conversation moves between threads while its own events stay in order.
    chats = [guard.conversation(child_age=7 + c % 11) for c in range(CONVERSATIONS)]
    results: list[list] = [[] for _ in range(CONVERSATIONS)]
    work: queue.Queue[int] = queue.Queue()
    for c in random.Random(SEED).sample(range(CONVERSATIONS), CONVERSATIONS):
        work.put(c)
    finished = threading.Semaphore(0)
    errors: list[BaseException] = []

    def worker() -> None:
        while True:
            c = work.get()
            if c < 0:
                return
            try:
                results[c].append(play_one(chats[c], scripts[c][len(results[c])]))
            except BaseException as exc:  # noqa: BLE001 - reported below, never swallowed
                errors.append(exc)
                finished.release()
                continue
            if len(results[c]) < len(scripts[c]):
                work.put(c)
            else:
                finished.release()

    threads = [threading.Thread(target=worker, name=f"scorer-{i}") for i in range(THREADS)]
    for t in threads:
        t.start()
    for _ in range(CONVERSATIONS):
        assert finished.acquire(timeout=120), "threads stalled"
    for _ in threads:
        work.put(-1)
    for t in threads:
        t.join(timeout=30)

    assert not errors, errors[:3]
    tiers = {r[0] for rs in sequential for r in rs if isinstance(r, tuple)}
    assert {"pattern", "act_now"} <= tiers, tiers  # the comparison covers alerts, not only silence
    assert results == sequential
    assert [c.to_bytes(unauthenticated=True) for c in chats] == [c.to_bytes(unauthenticated=True) for c in sequential_chats]
    assert sum(c.received for c in chats) == MESSAGES


def test_classify_from_many_threads_equals_one_thread(guard):
    texts = [f"{o} {b}" for o in _OPENERS for b in _BODIES] * 3
    expected = [guard.classify(t) for t in texts]
    got: dict[int, list] = {}

    def worker(i: int) -> None:
        got[i] = [guard.classify(t) for t in texts[i::THREADS]]

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(THREADS):
        assert got[i] == expected[i::THREADS]


def test_one_conversation_hammered_by_two_threads_loses_nothing(guard):
    """The lock serialises calls: both threads succeed, counts are exact, snapshots are whole."""
    chat = guard.conversation(child_age=14)
    per_thread = 1500
    errors: list[BaseException] = []
    snapshots: list[bytes] = []
    stop = threading.Event()

    def contact(offset: int) -> None:
        try:
            for i in range(per_thread):
                # a shared clock that only moves forward keeps decay meaningful; equal times are fine
                chat.receive(_BODIES[(i + offset) % len(_BODIES)], at=T0 + i)
                if i % 10 == 0:
                    chat.send("lol", at=T0 + i)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def snapshotter() -> None:
        while not stop.is_set():
            snapshots.append(chat.to_bytes(unauthenticated=True))
            _ = chat.evidence, chat.risk

    threads = [threading.Thread(target=contact, args=(k,)) for k in (0, 7)]
    snap = threading.Thread(target=snapshotter)
    snap.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    snap.join()
    assert not errors, errors[:3]
    assert chat.received == 2 * per_thread
    final = Conversation.from_bytes(chat.to_bytes(unauthenticated=True), guard, unauthenticated=True)
    assert final.received == 2 * per_thread and final.sent == 2 * (per_thread // 10)
    assert snapshots
    for blob in snapshots[:: max(1, len(snapshots) // 50)]:
        assert 0 <= Conversation.from_bytes(blob, guard, unauthenticated=True).received <= 2 * per_thread


def test_close_landing_between_the_open_check_and_the_model_call_raises_closed_error():
    """The race window, made deterministic: close() runs after classify() found the Guard open."""
    from safechat.runtime import OnnxModel

    g = safechat.Guard()

    class CloseFirst(OnnxModel):
        def run(self, ids):
            g.close()  # another thread closing at the worst moment
            return super().run(ids)

    g._model.__class__ = CloseFirst
    with pytest.raises(safechat.ClosedError):
        g.classify("are your parents home")
    with pytest.raises(safechat.ClosedError):
        g.classify("are your parents home")


def test_closing_a_guard_while_threads_score_raises_closed_error_only():
    """Race close() against scoring threads; the only failure allowed is ClosedError."""
    unexpected: list[str] = []
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible to hit the window
    try:
        for _ in range(CLOSE_TRIALS):
            g = safechat.Guard()
            start = threading.Barrier(THREADS + 1)
            chat = g.conversation()

            def worker(n: int, g=g, chat=chat, start=start) -> None:
                start.wait()
                for i in range(10_000):
                    try:
                        if n % 2:
                            g.classify("are your parents home")
                        else:
                            chat.receive("are your parents home", at=T0 + i)
                    except safechat.ClosedError:
                        return
                    except BaseException as exc:  # noqa: BLE001 - anything but ClosedError is the bug
                        unexpected.append(f"{type(exc).__name__}: {exc}")
                        return

            threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
            for t in threads:
                t.start()
            start.wait()
            g.close()
            for t in threads:
                t.join()
    finally:
        sys.setswitchinterval(old)
    assert not unexpected, unexpected[:5]
