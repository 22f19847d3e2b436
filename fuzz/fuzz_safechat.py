"""Fuzz target over safechat's input surfaces (docs/PRIVACY.md, promise 4), for atheris or the built-in engine.

    .venv/bin/python fuzz/run.py --seconds 60                        # bounded run (what CI does)
    .venv/bin/python fuzz/fuzz_safechat.py -max_total_time=60 CORPUS  # libFuzzer flags, atheris only

The first byte of an input picks the entry point: classify, classify_batch, a conversation on the
real model (receive / send / mark_ok / block / clear / state round trip), a conversation on the
scripted guard (so alerts and reports happen), from_bytes on raw, forged and damaged blobs, and the
console's JSONL reader with `safechat scan`. The only exceptions allowed out of the SDK are
TypeError and ValueError (StateError and ModelIntegrityError are ValueErrors); anything else, or a
broken invariant (AssertionError), propagates and is recorded as a crash.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import math
import struct
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# ---- defaults ------------------------------------------------------------------------------
T0 = 1_750_000_000.0  # seconds since the epoch
LATER = 2_000_000_000.0  # the scripted guard's fixed device clock, later than every T0-based `at`
MAX_OPS = 24  # conversation operations per input
MAX_REPEAT = 2500  # a fuzzed text may be repeated up to this many times (to reach ~10 MB)
ALLOWED = (TypeError, ValueError)

safechat: Any = None  # the modules, imported by load() (inside atheris' instrumentation when fuzzing)
_state: dict[str, Any] = {}


def load() -> None:
    """Import the SDK and build the shared objects once."""
    global safechat
    if safechat is not None:
        return
    import safechat as sc
    import safechat.conversation
    import safechat.normalize
    import safechat.testing
    import safechat.tools.cli
    import safechat.tools.corpus

    def FakeGuard(clock=None):  # the scripted guard, its clock fixed unless given one
        return sc.testing.ScriptedGuard(sc.testing.FakeClock(LATER) if clock is None else clock)

    safechat = sc
    guard = sc.Guard()
    scripted = FakeGuard()
    chat = scripted.conversation(child_age=12)
    for i, text in enumerate(["flattery: hi", "secrecy: shh", "platform_move: snap", "image_request: pic", "coercion: x"]):
        chat.receive(text, at=T0 + 3600 * i)
    folder = tempfile.TemporaryDirectory(prefix="safechat-fuzz-")

    class Shared:
        def __enter__(self):
            return guard

        def __exit__(self, *exc):
            return None

    sc.tools.cli._guard = lambda args: Shared()  # the console reuses one Guard instead of loading per input
    _state.update(guard=guard, scripted=scripted, FakeGuard=FakeGuard, blob=chat.to_bytes(unauthenticated=True), folder=folder,
                  file=Path(folder.name) / "input.jsonl")


class Provider:
    """Turns fuzz bytes into typed values; runs out gracefully (zeros and empties)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        out = self.data[self.pos:self.pos + n]
        self.pos += len(out)
        return out

    def byte(self) -> int:
        b = self.take(1)
        return b[0] if b else 0

    def int_in(self, lo: int, hi: int) -> int:
        raw = int.from_bytes(self.take(4), "little")
        return lo + raw % (hi - lo + 1)

    def bool(self) -> bool:
        return bool(self.byte() & 1)

    def float(self) -> float:
        raw = self.take(8).ljust(8, b"\0")
        return struct.unpack("<d", raw)[0]  # any double: NaN, infinities, subnormals

    def text(self) -> str:
        """A string of any code points, lone surrogates included; sometimes repeated a lot."""
        n = self.int_in(0, 64)
        mode = self.byte() % 4
        if mode == 0:
            s = self.take(n).decode("latin-1")
        elif mode == 1:
            raw = self.take(2 * n)
            s = "".join(chr(int.from_bytes(raw[i:i + 2], "little")) for i in range(0, len(raw) - 1, 2))
        elif mode == 2:
            raw = self.take(3 * n)
            s = "".join(chr(int.from_bytes(raw[i:i + 3], "little") % 0x110000) for i in range(0, len(raw) - 2, 3))
        else:
            s = self.take(n).decode("utf-8", "replace")
        if self.byte() == 0xFF:
            s *= self.int_in(1, MAX_REPEAT)
        return s

    def rest(self) -> bytes:
        return self.take(len(self.data))

    def value(self) -> Any:
        """Anything a careless host could pass."""
        kind = self.byte() % 10
        if kind == 1:
            return self.take(8)
        if kind == 9:
            return self.text()
        return [None, None, 12, 3.5, ["x"], {"t": "x"}, True, bytearray(b"x"), object()][kind]

    def at(self) -> Any:
        kind = self.byte() % 8
        if kind == 0:
            return None
        if kind == 1:
            return self.float()
        if kind == 2:
            return int.from_bytes(self.take(self.byte() % 24), "little", signed=True)
        if kind == 3:
            return T0 + self.int_in(0, 10**8)
        if kind in (4, 5):
            try:
                when = datetime(1, 1, 1) + timedelta(seconds=self.int_in(0, 2**31) * 150)
            except OverflowError:
                when = datetime(9999, 12, 31)
            return when.replace(tzinfo=timezone(timedelta(minutes=self.int_in(-1439, 1439)))) if kind == 4 else when
        if kind == 6:
            return self.text()
        return self.bool()


# ---- invariants ----------------------------------------------------------------------------


def check_classification(c: Any) -> None:
    labels = safechat.LABELS
    assert list(c.labels) == list(labels)
    assert all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in c.labels.values())
    assert math.isfinite(c.risk) and 0.0 <= c.risk <= 1.0
    assert set(c.flagged) <= set(labels)


def call(fn, *args, **kwargs) -> Any:
    """Run ``fn``; a documented failure returns None, anything else propagates (a crash)."""
    try:
        return fn(*args, **kwargs)
    except ALLOWED:
        return None


def forge(payload: bytes, version: int = 1, magic: bytes | None = None) -> bytes:
    from safechat.state import HEADER as _HEADER
    from safechat.state import STATE_MAGIC

    head = _HEADER.pack(magic or STATE_MAGIC, version, len(payload))
    return head + payload + hashlib.sha256(head + payload).digest()


# ---- entry points --------------------------------------------------------------------------


def fuzz_classify(p: Provider) -> None:
    guard = _state["guard"]
    text = p.text()
    c = guard.classify(text)
    check_classification(c)
    assert guard.classify(text[:safechat.normalize.MAX_CHARS]) == c


def fuzz_batch(p: Provider) -> None:
    guard = _state["guard"]
    items = [p.text() if p.bool() else p.value() for _ in range(p.int_in(0, 4))]
    out = call(guard.classify_batch, items)
    if out is not None:
        assert len(out) == len(items)
        for c in out:
            check_classification(c)


def _play(p: Provider, chat: Any, guard: Any, labels: list[str] | None = None) -> None:
    """Fuzzed operations on one conversation; ``labels`` prefixes texts for the scripted guard."""
    for _ in range(p.int_in(0, MAX_OPS)):
        op = p.byte() % 8
        if op <= 2:
            text = p.text() if p.byte() % 8 else p.value()
            if labels and isinstance(text, str):
                text = f"{labels[p.byte() % len(labels)]}: {text}"
            alert = call(chat.receive, text, at=p.at())
            if alert is not None:
                assert isinstance(alert, safechat.Alert) and alert.tier in safechat.TIERS
                report = call(alert.report, host_ids={"c": p.text()}, messages=[p.text()] if p.bool() else ())
                if report is not None:
                    report.preview()
                    json.dumps(report.to_dict())
        elif op == 3:
            call(chat.send, p.text() if p.byte() % 8 else p.value(), at=p.at())
        elif op == 4:
            call(chat.mark_ok, at=p.at())
        elif op == 5:
            if p.byte() % 4 == 0:
                chat.block()
            else:
                chat.clear()
        else:
            auth = {"key": p.take(32)} if p.bool() else {"unauthenticated": True}
            blob = call(chat.to_bytes, **auth)
            if blob is not None:
                back = safechat.Conversation.from_bytes(blob, guard, min_generation=chat.generation, **auth)
                assert back.to_bytes(**auth) == blob and back.generation == chat.generation
                chat = back
    _ = chat.risk, chat.evidence, chat.received


def fuzz_conversation(p: Provider) -> None:
    guard = _state["guard"]
    chat = call(guard.conversation, child_age=p.value() if p.byte() == 0 else p.int_in(7, 17))
    if chat is not None:
        _play(p, chat, guard)


def fuzz_scripted(p: Provider) -> None:
    """The scripted guard turns "label: text" into confident labels, so alerts and reports happen."""
    scripted = _state["FakeGuard"]()
    chat = scripted.conversation(child_age=p.int_in(7, 17), locale=["en-GB", "en-US"][p.byte() % 2])
    labels = list(safechat.LABELS) + ["", "secrecy+coercion", "image_request+meetup", "flattery+gifts"]
    _play(p, chat, scripted, labels)


def fuzz_state_raw(p: Provider) -> None:
    call(safechat.Conversation.from_bytes, p.rest(), _state["guard"])


def fuzz_state_forged(p: Provider) -> None:
    version = 1 if p.byte() % 8 else p.byte()
    chat = call(safechat.Conversation.from_bytes, forge(p.rest(), version), _state["guard"])
    if chat is not None:
        _play(Provider(b"\x05" * 16), chat, _state["guard"])


def fuzz_state_damaged(p: Provider) -> None:
    blob = bytearray(_state["blob"])
    for _ in range(p.int_in(1, 4)):
        pos = p.int_in(0, len(blob))
        op = p.byte() % 3
        if op == 0 and pos < len(blob):
            blob[pos] = p.byte()
        elif op == 1:
            del blob[pos:pos + p.int_in(1, 8)]
        else:
            blob[pos:pos] = p.take(p.int_in(1, 8))
    damaged = bytes(blob)
    if damaged == _state["blob"]:
        return
    try:
        safechat.Conversation.from_bytes(damaged, _state["scripted"], unauthenticated=True)
    except safechat.StateError:
        return
    raise AssertionError("damaged state was accepted")


def fuzz_jsonl(p: Provider) -> None:
    packing = p.byte() % 4
    raw = p.rest()
    if packing:
        raw = gzip.compress(raw, mtime=0)
        if packing == 2:
            raw = raw[: len(raw) // 2]
        elif packing == 3:
            raw = raw[:10] + bytes(len(raw) - 10)
    path: Path = _state["file"]
    path.write_bytes(raw)
    records = call(lambda: list(safechat.tools.corpus.read_records(path))) or []
    for record in records:
        assert isinstance(record, dict)
        events = call(safechat.tools.corpus.events, record) or []
        assert all(isinstance(e.text, str) and math.isfinite(e.at) for e in events)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = safechat.tools.cli.main(["scan", "--json", "--limit", "4", str(path)])
    assert code in (0, 2), err.getvalue()


def fuzz_budget_and_time(p: Provider) -> None:
    """The child-level budget's bytes (raw and forged) and a conversation fed any times at all."""
    from safechat.conversation import BUDGET_MAGIC

    budget = safechat.AlertBudget(p.int_in(1, 5))
    raw = p.take(p.int_in(0, 200))
    call(budget.restore, raw if p.bool() else forge(raw, 1, BUDGET_MAGIC))
    clock_now = p.float()
    scripted = _state["FakeGuard"](lambda: clock_now)
    chat = scripted.conversation(alert_budget=budget)
    for _ in range(p.int_in(0, 6)):
        at = p.float() if p.bool() else None
        call(chat.receive, ["coercion: x", "meetup: y", "secrecy: z"][p.byte() % 3], at)
    assert budget.remaining(0.0) >= 0


ENTRY_POINTS = (fuzz_classify, fuzz_batch, fuzz_conversation, fuzz_scripted, fuzz_state_raw, fuzz_state_forged,
                fuzz_state_damaged, fuzz_jsonl, fuzz_budget_and_time)


def one_input(data: bytes) -> None:
    """Run one fuzz input (both engines call this)."""
    load()
    if not data:
        return
    ENTRY_POINTS[data[0] % len(ENTRY_POINTS)](Provider(data[1:]))


def seeds() -> list[bytes]:
    """A small starting corpus: one meaningful input per entry point."""
    load()
    record = {"id": "s1", "target_author": "a", "messages": [{"author": "a", "text": "what school do you go to"},
                                                            {"author": "b", "text": "why"}]}
    lines = (json.dumps(record) + "\n" + json.dumps({"segment_only": True, "messages": [{"text": "a. b! c?"}]})).encode()

    def text(s: str) -> bytes:
        raw = s.encode("latin-1", "replace")
        return len(raw).to_bytes(4, "little") + b"\x00" + raw + b"\x00"

    return [
        b"\x00" + text("send me a pic, dont tell ur mum"),
        b"\x00" + bytes([len("x"), 0, 0, 0, 1]) + "\ud800\u200b".encode("utf-16-le", "surrogatepass") + b"\xff\x10\x00\x00\x00",
        b"\x01" + b"\x03\x00\x00\x00" + b"\x01" + text("hi") + b"\x00\x05",
        b"\x02" + b"\x0c\x00\x00\x00" + b"\x05\x00\x00\x00" + (b"\x00\x03" + text("add me on snap")) * 4 + b"\x07\x01",
        b"\x03" + b"\x05\x00\x00\x00\x00" + b"\x06\x00\x00\x00" + (b"\x01\x03" + text("x") + b"\x03") * 6,
        b"\x04" + _state["blob"],
        b"\x05\x01" + _state["blob"][15 + 5:-32],
        b"\x06" + b"\x02\x00\x00\x00" + b"\x40\x00\x00\x00\x00\x07",
        b"\x07\x00" + lines,
        b"\x07\x01" + lines,
    ]


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["safechat", "tests"]):
        load()

    def test_one_input(data: bytes) -> None:
        one_input(data)

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
