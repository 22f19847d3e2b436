"""Bounded resources (docs/PRIVACY.md, promise 6).

- One conversation fed 1,000,000 messages keeps its state size flat (the saved structure never
  changes; only the digits of a few counters grow) and the process RSS flat. The million-message
  run uses the scripted guard from tests/fakes.py (about 10-15 us a message here; the real model
  would need 5-10 minutes at 0.3-0.6 ms a message); a 10,000-message run uses the real model.
- Very long messages are truncated by design, not by accident: only the first 4,096 characters
  are read (normalize.MAX_CHARS) and the tokenizer keeps the first `max_length` tokens (from the
  manifest); both are documented on `Guard.classify`. A 10 MB message scores exactly like its first
  4,096 characters and costs no more memory than they do.
- The JSONL reader holds at most one bounded line in memory, however long the line in the file.

Run: .venv/bin/python -m pytest -q tests/test_resources.py
"""

from __future__ import annotations

import gc
import json
import os
import re
import time
import tracemalloc
from pathlib import Path

import pytest
import safechat
from safechat.normalize import MAX_CHARS
from safechat.state import HEADER as _HEADER
from safechat.tools import corpus

from tests.fakes import FakeClock, FakeGuard

T0 = 1_750_000_000.0  # seconds since the epoch

# ---- defaults ------------------------------------------------------------------------------
FAKE_MESSAGES = 1_000_000
REAL_MESSAGES = 10_000
CHECKPOINTS = (10_000, 100_000)  # state and RSS are compared from these points on
RSS_SLACK = 6 * 1024 * 1024  # bytes: allocator noise; a leak of 8 bytes a message would show
STATE_DIGIT_SLACK = 64  # bytes: counters gain a few digits between checkpoints, nothing else
BIG = 10_000_000  # characters
_SCRIPT = ["hi", "flattery: ur so mature", "secrecy: just us", "hey", "platform_move: snap?", "lol",
           "image_request: pic", "ok", "gifts: robux", "coercion: pay", "personal_info: school?", "gg"]


def rss() -> int | None:
    """Resident set size in bytes (Linux); None where /proc is not available."""
    statm = Path("/proc/self/statm")
    if not statm.exists():
        return None
    gc.collect()
    return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def shape(blob: bytes) -> str:
    """The saved structure with every number masked: equal shapes mean nothing accumulates."""
    return re.sub(r"-?\d+(\.\d+)?([eE][-+]?\d+)?|NaN|-?Infinity", "0", blob[_HEADER.size:-32].decode())


def feed(chat, texts: list[str], count: int, start: int = 0, gap: float = 600.0, clock=None) -> int:
    alerts = 0
    for i in range(start, start + count):
        if clock is not None:
            clock.now = T0 + gap * i  # the messages arrive live, a few minutes apart
        alerts += chat.receive(texts[i % len(texts)], at=T0 + gap * i) is not None
        if i % 7 == 0:
            chat.send("ok", at=T0 + gap * i + 1)
    return alerts


def run_flat(chat, texts: list[str], total: int, clock=None) -> dict[str, list]:
    marks = [c for c in CHECKPOINTS if c < total] + [total]
    sizes, shapes, rsses, alerts = [], [], [], 0
    done = 0
    for mark in marks:
        alerts += feed(chat, texts, mark - done, start=done, clock=clock)
        done = mark
        blob = chat.to_bytes(unauthenticated=True)
        sizes.append(len(blob))
        shapes.append(shape(blob))
        rsses.append(rss())
    assert chat.received == total
    return {"marks": marks, "sizes": sizes, "shapes": shapes, "rss": rsses, "alerts": [alerts]}


def assert_flat(run: dict[str, list]) -> None:
    assert len(set(run["shapes"])) == 1, "the saved structure grew with the message count"
    assert max(run["sizes"]) - min(run["sizes"]) <= STATE_DIGIT_SLACK, run["sizes"]
    if run["rss"][0] is not None:
        growth = run["rss"][-1] - run["rss"][0]
        assert growth <= RSS_SLACK, f"RSS grew {growth / 2**20:.1f} MiB from {run['marks'][0]} to {run['marks'][-1]} messages"


class CachedFakeGuard(FakeGuard):
    """The scripted guard with its few classifications cached: the run measures the conversation."""

    def __init__(self) -> None:
        self.clock = FakeClock(T0)
        super().__init__(self.clock)
        self._cache: dict[str, safechat.Classification] = {}

    def classify(self, text: str) -> safechat.Classification:
        c = self._cache.get(text)
        if c is None:
            c = self._cache[text] = super().classify(text)
        return c


@pytest.mark.slow
def test_a_million_messages_keep_state_and_memory_flat():
    guard = CachedFakeGuard()
    chat = guard.conversation(child_age=13)
    start = time.perf_counter()
    run = run_flat(chat, _SCRIPT, FAKE_MESSAGES, clock=guard.clock)
    elapsed = time.perf_counter() - start
    assert run["alerts"][0] > 0  # alerts (and their fatigue records) were made along the way
    assert_flat(run)
    assert elapsed < 120, f"{FAKE_MESSAGES} messages took {elapsed:.0f} s"


def test_real_model_messages_keep_state_and_memory_flat(guard):
    texts = ["hey whats up", "what school do you go to", "dont tell your mum we talk", "add me on snap",
             "i can get you robux", "are your parents home", "send me a pic", "lol gg", "ur so mature", "ok"]
    chat = guard.conversation(child_age=12)
    feed(chat, texts, 2000)  # warm-up: allocator pools and onnxruntime arenas settle
    base = rss()
    size = len(chat.to_bytes(unauthenticated=True))
    feed(chat, texts, REAL_MESSAGES, start=2000)
    assert chat.received == 2000 + REAL_MESSAGES
    assert abs(len(chat.to_bytes(unauthenticated=True)) - size) <= STATE_DIGIT_SLACK
    if base is not None:
        assert rss() - base <= RSS_SLACK


def test_many_conversations_cost_only_their_numbers(guard):
    """State per conversation does not depend on what was said, only on the (fixed) schema."""
    short, long = guard.conversation(), guard.conversation()
    short.receive("hi", at=T0)
    long.receive("hi " * 2000 + "what school do you go to", at=T0)
    assert shape(short.to_bytes(unauthenticated=True)) == shape(long.to_bytes(unauthenticated=True))


# ---- truncation by design --------------------------------------------------------------------


def test_truncation_is_documented_where_callers_read():
    doc = safechat.Guard.classify.__doc__ or ""
    assert "4,096" in doc and "max_length" in doc and "truncated by design" in doc
    assert MAX_CHARS == 4096


def test_a_10_mb_message_equals_its_first_4096_characters(guard):
    unit = "hey cutie, what school do you go to? send me a pic 👻 "
    text = (unit * (BIG // len(unit) + 1))[:BIG]
    assert guard.classify(text) == guard.classify(text[:MAX_CHARS])
    # and nothing after character 4,096 can change the result
    assert guard.classify(text[:MAX_CHARS] + "coercion " * 1000) == guard.classify(text[:MAX_CHARS])


def test_the_tokenizer_keeps_the_manifest_max_length(guard):
    max_length = guard.bundle.max_length
    assert guard.bundle.manifest["max_length"] == max_length
    long = "hi " * (max_length + 16)  # one token a word: over max_length tokens, well under 4,096 chars
    assert len(long) < MAX_CHARS
    assert guard.classify(long) == guard.classify(long + " send me a pic right now, dont tell ur mum")


def test_a_10_mb_message_costs_no_more_memory_than_4_kb(guard):
    text = "ab" * (BIG // 2)
    guard.classify(text)  # warm caches
    tracemalloc.start()
    try:
        guard.classify(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 512 * 1024, f"classify of 10 MB allocated {peak} bytes at peak"


def test_jsonl_reader_memory_is_bounded_by_the_line_limit(tmp_path, monkeypatch):
    limit = 64 * 1024  # bytes, lowered for the test
    monkeypatch.setattr(corpus, "MAX_LINE_BYTES", limit)
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"messages": [{"text": "x" * 20_000_000}]}) + "\n")
    tracemalloc.start()
    try:
        with pytest.raises(ValueError, match="line 1 is larger than"):
            list(corpus.read_records(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * limit, f"reading a 20 MB line allocated {peak} bytes at peak"
