"""Bad input and state safety (docs/PRIVACY.md, promises 4 and 7), mostly as hypothesis properties.

Promise 4: whatever comes in through `classify`, `receive`, `send`, `from_bytes` or the console's
JSONL reader (`corpus.read_records`, `corpus.events`, `safechat scan`), the outcome is either a
documented result or a clear TypeError / ValueError (StateError and ModelIntegrityError are
ValueErrors) - never another exception, never a hang: a 10 MB message is scored in bounded time.

Promise 7: corrupt, truncated, foreign-version or tampered state raises StateError and never
silently hands back a fresh conversation; restored state continues exactly where it stopped.

Hypothesis runs derandomised (the same examples every run) so CI is reproducible.
Run: .venv/bin/python -m pytest -q tests/test_robustness.py
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import math
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import safechat
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safechat.conversation import BUDGET_MAGIC, STATE_MAGIC, STATE_VERSION, AlertBudget, Conversation
from safechat.labels import LABELS
from safechat.normalize import MAX_CHARS
from safechat.state import HEADER as _HEADER
from safechat.tools import cli, corpus

from tests.fakes import FakeClock, FakeGuard

T0 = 1_750_000_000.0  # seconds since the epoch
MB = 1_000_000  # characters

# ---- defaults ------------------------------------------------------------------------------
EXAMPLES = 200  # hypothesis examples per property (derandomised)
BIG_CALL_SECONDS = 2.0  # a 10 MB message must be handled within this, with generous CI slack
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
ALLOWED = (TypeError, ValueError)  # the documented failures (StateError, ModelIntegrityError included)

# ---- strategies ----------------------------------------------------------------------------
surrogates = st.integers(0xD800, 0xDFFF).map(chr)
controls = st.sampled_from([chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]])
zero_width = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e",
                              "\u2800", "\U000e0041", "\ufe0f", "\u3164"])
rtl = st.sampled_from(["\u202e", "\u202b", "\u200f", "\u061c", "\u2067", "\u2069", "שלום", "مرحبا", "\u05d0\u0301"])
emoji = st.sampled_from(["🙂", "👻", "📸", "🍆", "👍🏽", "👨\u200d👩\u200d👧", "🇬🇧", "❤️", "🧑\u200d💻", "🔞"])
words = st.sampled_from(["send", "pic", "snap", "dont", "tell", "mum", "s3nd", "p.i.c", "a s l", "ur", "cute",
                         "14", "meet", "Ѕ3ND", "ｓｅｎｄ", "𝐬𝐞𝐧𝐝", "ki55", "$5k", "!!!", "...", "@", "|"])
spaces = st.sampled_from([" ", "\n", "\t", "\r\n", "\u3000", "\u00a0", "\u2028", "\x0b"])
piece = st.one_of(st.text(max_size=12), surrogates, controls, zero_width, rtl, emoji, words, spaces)
nasty_text = st.one_of(
    st.text(),
    st.lists(piece, max_size=80).map("".join),
    st.tuples(emoji, st.integers(1, 5000)).map(lambda t: t[0] * t[1]),  # emoji floods
    st.tuples(st.one_of(words, zero_width, surrogates), st.integers(1, 3000)).map(lambda t: t[0] * t[1]),
    st.sampled_from(["", " ", "\n\t ", "\u200b" * 50, "\x00", "\ud800", "a" * MAX_CHARS + "b"]),
)
non_str = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.binary(max_size=20), st.builds(bytearray, st.binary(max_size=8)),
    st.lists(st.text(max_size=3), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(object()), st.just(memoryview(b"abc")),
)
fixed_offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
at_values = st.one_of(
    st.none(),
    st.floats(),  # NaN, infinities, huge and tiny included
    st.integers(-(10**30), 10**30),
    st.floats(T0 - 1e9, T0 + 1e9),
    st.datetimes(timezones=fixed_offsets),  # aware, from year 1 to 9999
    st.datetimes(),  # naive: refused
    st.text(max_size=5),
    st.booleans(),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(), st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=6), inner, max_size=5)),
    max_leaves=20,
)


# ---- helpers -------------------------------------------------------------------------------


def assert_valid_classification(c: safechat.Classification, thresholds) -> None:
    assert isinstance(c, safechat.Classification)
    assert list(c.labels) == list(LABELS)
    assert all(isinstance(v, float) and math.isfinite(v) and 0.0 <= v <= 1.0 for v in c.labels.values())
    assert math.isfinite(c.risk) and 0.0 <= c.risk <= 1.0
    assert set(c.flagged) == {k for k, v in c.labels.items() if v >= thresholds[k]}


def forge(payload: bytes, *, version: int = STATE_VERSION, key: bytes | None = None,
          magic: bytes = STATE_MAGIC) -> bytes:
    """A blob around ``payload`` with a correct header and digest (what a tamperer would build)."""
    import hmac

    head = _HEADER.pack(magic, version, len(payload))
    digest = hashlib.sha256(head + payload).digest() if key is None else hmac.new(key, head + payload, "sha256").digest()
    return head + payload + digest


def sample_state() -> tuple[FakeGuard, bytes]:
    guard = FakeGuard()
    chat = guard.conversation(child_age=12)
    for i, text in enumerate(["flattery: hi", "secrecy: shh", "platform_move: snap", "image_request: pic", "coercion: pay"]):
        chat.receive(text, at=T0 + 3600 * i)
        chat.send("ok", at=T0 + 3600 * i + 30)
    chat.mark_ok(at=T0 + 20_000)
    return guard, chat.to_bytes(unauthenticated=True)


def exercise(chat: Conversation) -> None:
    """Use a restored conversation the way a host would; only documented failures may come out."""
    _ = chat.evidence, chat.risk, chat.received, chat.blocked, chat.band
    for text in ("secrecy: again", "image_request: pic", "hello"):
        with contextlib.suppress(ValueError):  # e.g. forged times beyond year 9999 in the state
            alert = chat.receive(text, at=T0 + 10**6)
            if alert is not None:
                alert.report(host_ids={"c": "1"}).to_dict()
    chat.send("hi", at=T0 + 10**6 + 1)
    Conversation.from_bytes(chat.to_bytes(unauthenticated=True), chat.scorer, unauthenticated=True)


class SharedGuard:
    """Hands the CLI the session's Guard without letting it close it."""

    def __init__(self, guard: safechat.Guard) -> None:
        self.guard = guard

    def __enter__(self) -> safechat.Guard:
        return self.guard

    def __exit__(self, *exc) -> None:
        return None


def run_cli(guard, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cli, "_guard", lambda args: SharedGuard(guard))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


# ---- 4. classify ---------------------------------------------------------------------------


@PROPERTY
@given(text=nasty_text)
def test_classify_any_text_gives_a_valid_deterministic_result(guard, text):
    c = guard.classify(text)
    assert_valid_classification(c, guard.bundle.thresholds)
    assert guard.classify(text) == c
    assert guard.classify(text[:MAX_CHARS]) == c  # only the first 4,096 characters are read


@PROPERTY
@given(value=non_str)
def test_non_str_is_a_type_error_everywhere(guard, value):
    chat = guard.conversation()
    for call in (guard.classify, chat.receive, chat.send, lambda v: guard.classify_batch([v])):
        with pytest.raises(TypeError):
            call(value)
    assert chat.received == 0 and chat.to_bytes(unauthenticated=True) == guard.conversation().to_bytes(unauthenticated=True)


def test_str_subclasses_are_accepted(guard):
    class Text(str):
        pass

    assert guard.classify(Text("what school do you go to")) == guard.classify("what school do you go to")


@pytest.mark.parametrize("size", [MB, 10 * MB])
@pytest.mark.parametrize("fill", ["ascii", "emoji", "surrogates", "zero_width", "mixed"])
def test_huge_messages_are_bounded_and_equal_their_prefix(guard, size, fill):
    unit = {"ascii": "send me a pic ", "emoji": "👻📸🙂", "surrogates": "\ud800a\udfff", "zero_width": "\u200bs\u200de",
            "mixed": "Ѕ3ND \u202e p.i.c 👻 שלום \x00"}[fill]
    text = (unit * (size // len(unit) + 1))[:size]
    start = time.perf_counter()
    c = guard.classify(text)
    chat = guard.conversation()
    chat.receive(text, at=T0)
    chat.send(text, at=T0 + 1)
    elapsed = time.perf_counter() - start
    assert elapsed < BIG_CALL_SECONDS, f"{size} chars took {elapsed:.2f} s"
    assert c == guard.classify(text[:MAX_CHARS])
    assert_valid_classification(c, guard.bundle.thresholds)


# ---- 4. receive / send ---------------------------------------------------------------------

ops = st.lists(st.tuples(st.sampled_from(["receive", "send"]), nasty_text, st.floats(0, 5 * 86_400)), max_size=12)


@settings(PROPERTY, max_examples=EXAMPLES // 2)
@given(script=ops)
def test_receive_and_send_any_text_keep_a_valid_conversation(guard, script):
    chat = guard.conversation(child_age=13)
    at = T0
    received = 0
    for way, text, gap in script:
        at += gap
        result = getattr(chat, way)(text, at=at)
        if way == "receive":
            received += 1
            assert result is None or isinstance(result, safechat.Alert)
        else:
            assert result is None
    assert chat.received == received
    assert 0.0 <= chat.risk <= 1.0 and all(0.0 <= v <= 1.0 for v in chat.evidence.values())
    blob = chat.to_bytes(unauthenticated=True)
    assert Conversation.from_bytes(blob, guard, unauthenticated=True).to_bytes(unauthenticated=True) == blob


@PROPERTY
@given(at=at_values)
def test_any_timestamp_is_a_result_or_a_clear_error(at):
    clock = FakeClock()
    guard = FakeGuard(clock)
    chat = guard.conversation(child_age=10)
    for call in (lambda: chat.receive("image_request: send a pic", at=at), lambda: chat.send("hi", at=at),
                 lambda: chat.mark_ok(at=at), lambda: chat.receive("coercion: pay", at=at)):
        try:
            result = call()
        except ALLOWED:
            continue
        if isinstance(result, safechat.Alert):
            report = result.report(host_ids={"conversation": "c"})
            assert report.time_bucket and report.to_dict()["tier"] == result.tier
            report.preview()
    blob = chat.to_bytes(unauthenticated=True)
    assert Conversation.from_bytes(blob, guard, unauthenticated=True).to_bytes(unauthenticated=True) == blob


def test_datetimes_and_numbers_agree():
    a, b = FakeGuard().conversation(), FakeGuard().conversation()
    when = datetime(2025, 6, 1, 12, tzinfo=UTC)
    a.receive("secrecy: x", at=when)
    b.receive("secrecy: x", at=when.timestamp())
    assert a.to_bytes(unauthenticated=True) == b.to_bytes(unauthenticated=True)


# ---- 4 and 7. from_bytes -------------------------------------------------------------------


@PROPERTY
@given(data=st.one_of(st.binary(max_size=600), st.binary(max_size=40).map(lambda b: STATE_MAGIC + b)))
def test_arbitrary_bytes_are_refused_with_state_error(data):
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(data, FakeGuard(), unauthenticated=True)


@PROPERTY
@given(data=st.data())
def test_a_damaged_blob_never_restores_as_anything_else(data):
    """Any change to valid state is refused; nothing ever comes back reset or partly restored."""
    guard, blob = sample_state()
    damaged = bytearray(blob)
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(["set", "cut", "insert", "delete"]))
        pos = data.draw(st.integers(0, max(0, len(damaged) - 1)))
        if kind == "set" and damaged:
            damaged[pos] = data.draw(st.integers(0, 255))
        elif kind == "cut":
            damaged = damaged[:pos]
        elif kind == "insert":
            damaged[pos:pos] = data.draw(st.binary(min_size=1, max_size=8))
        elif damaged:
            del damaged[pos]
    if bytes(damaged) == blob:
        assert Conversation.from_bytes(bytes(damaged), guard, unauthenticated=True).to_bytes(unauthenticated=True) == blob
    else:
        with pytest.raises(safechat.StateError):
            Conversation.from_bytes(bytes(damaged), guard, unauthenticated=True)


@PROPERTY
@given(data=st.data())
def test_forged_state_content_is_refused_or_fully_usable(data):
    """Content with a valid digest (anyone can compute a plain SHA-256): refused, or it works."""
    guard, blob = sample_state()
    state = json.loads(blob[_HEADER.size:-32])
    choice = data.draw(st.sampled_from(["replace", "delete", "whole", "raw"]))
    if choice == "replace":
        state[data.draw(st.sampled_from(sorted(state)))] = data.draw(json_values)
        payload = json.dumps(state).encode()
    elif choice == "delete":
        del state[data.draw(st.sampled_from(sorted(state)))]
        payload = json.dumps(state).encode()
    elif choice == "whole":
        payload = json.dumps(data.draw(json_values)).encode()
    else:
        payload = data.draw(st.binary(max_size=200))
    try:
        chat = Conversation.from_bytes(forge(payload), guard, unauthenticated=True)
    except safechat.StateError:
        return
    exercise(chat)


@pytest.mark.parametrize(
    "payload",
    [
        b"[" * 100_000,  # nesting deeper than the parser's recursion limit
        b'{"a": ' * 50_000 + b"1" + b"}" * 50_000,
        b"\xff\xfe not utf-8",
        b"null",
        b"[]",
        b'"a string"',
        b"1" * 5000,  # beyond Python's integer-digit limit
    ],
    ids=["deep-list", "deep-object", "not-utf8", "null", "list", "string", "huge-int"],
)
def test_forged_pathological_payloads_raise_state_error(payload):
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(forge(payload), FakeGuard(), unauthenticated=True)


@pytest.mark.parametrize(
    "field, value",
    [
        ("hits", [float("inf")] * 11),
        ("hits", [1] * 10),
        ("evidence", [float("nan")] * 11),
        ("evidence", [2.0] * 11),
        ("evidence", [-0.5] * 11),
        ("evidence", "0.5"),
        ("received", "many"),
        ("received", float("inf")),
        ("last_alert", [1, 2]),
        ("alerted_labels", {"pattern": 5}),
        ("options", {"child_age": 99, "locale": "en-GB", "country": "GB"}),
        ("options", {"child_age": 12, "locale": "xx-XX", "country": "GB"}),
        ("options", {"child_age": "12", "locale": "en-GB", "country": "GB"}),
        ("options", None),
    ],
)
def test_forged_malformed_fields_raise_state_error(field, value):
    guard, blob = sample_state()
    state = json.loads(blob[_HEADER.size:-32])
    state[field] = value
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(forge(json.dumps(state).encode()), guard, unauthenticated=True)


def test_every_single_bit_flip_is_refused():
    guard, blob = sample_state()
    for pos in range(len(blob)):
        for bit in (0x01, 0x80):
            damaged = bytearray(blob)
            damaged[pos] ^= bit
            with pytest.raises(safechat.StateError):
                Conversation.from_bytes(bytes(damaged), guard, unauthenticated=True)


def test_every_truncation_and_extension_is_refused():
    guard, blob = sample_state()
    for n in range(len(blob)):
        with pytest.raises(safechat.StateError):
            Conversation.from_bytes(blob[:n], guard, unauthenticated=True)
    for extra in (b"\x00", b" ", blob[-32:]):
        with pytest.raises(safechat.StateError):
            Conversation.from_bytes(blob + extra, guard, unauthenticated=True)


@pytest.mark.parametrize("version", [0, 3, 255])
def test_foreign_version_is_refused_even_with_a_valid_digest(version):
    guard, blob = sample_state()
    with pytest.raises(safechat.StateError, match="version"):
        Conversation.from_bytes(forge(blob[_HEADER.size:-32], version=version), guard, unauthenticated=True)


def test_keyed_state_refuses_content_rewritten_with_a_plain_digest():
    guard = FakeGuard()
    chat = guard.conversation()
    chat.receive("image_request: pic", at=T0)
    key = b"K" * 32
    state = json.loads(chat.to_bytes(key=key)[_HEADER.size:-32])
    state["evidence"] = [0.0] * len(LABELS)  # a tamperer hiding the evidence
    with pytest.raises(safechat.StateError, match="integrity"):
        Conversation.from_bytes(forge(json.dumps(state).encode()), guard, key=key)
    assert Conversation.from_bytes(forge(json.dumps(state).encode(), key=key), guard, key=key).evidence["image_request"] == 0.0


@pytest.mark.parametrize("key", ["a string key of 32 characters...", b"short", 12345])
def test_bad_keys_are_clear_errors(key):
    chat = FakeGuard().conversation()
    with pytest.raises(ALLOWED):
        chat.to_bytes(key=key)
    with pytest.raises(ALLOWED):
        Conversation.from_bytes(chat.to_bytes(unauthenticated=True), FakeGuard(), key=key)


def test_save_and_restore_mid_conversation_changes_nothing():
    script = [("flattery: hi", 0), ("personal_info: school?", 600), ("secrecy: shh", 3600), ("hello", 60),
              ("platform_move: snap", 7200), ("image_request: pic", 90_000), ("coercion: pay", 600), ("ok", 60)]
    straight = FakeGuard().conversation(child_age=13)
    restored = FakeGuard().conversation(child_age=13)
    at, a_alerts, b_alerts = T0, [], []
    for text, gap in script:
        at += gap
        a_alerts.append(straight.receive(text, at=at))
        b_alerts.append(restored.receive(text, at=at))
        restored = Conversation.from_bytes(restored.to_bytes(unauthenticated=True), FakeGuard(), unauthenticated=True)
    assert [(a.tier, a.labels, a.message_index) if a else None for a in a_alerts] == \
           [(b.tier, b.labels, b.message_index) if b else None for b in b_alerts]
    assert straight.to_bytes(unauthenticated=True) == restored.to_bytes(unauthenticated=True)


# ---- 4. the console's JSONL reader ---------------------------------------------------------

message = st.fixed_dictionaries(
    {"text": st.one_of(nasty_text, st.integers(), st.none())},
    optional={"author": st.sampled_from(["a", "b", None, 5]), "time": st.one_of(
        st.sampled_from(["2025-01-01T10:00:00Z", "0001-01-01T00:00:00", "9999-12-31T23:59:59-23:59", "yesterday",
                         "2025-13-45"]), st.integers(), st.none())},
)
record = st.fixed_dictionaries(
    {"messages": st.one_of(st.lists(message, max_size=4), st.none(), st.text(max_size=3), st.lists(st.integers(), max_size=2))},
    optional={"id": json_values, "target_author": st.sampled_from(["a", "b", None]), "segment_only": st.booleans(),
              "meta": st.one_of(st.fixed_dictionaries({"multi_party": st.booleans()}), st.text(max_size=3), st.lists(st.integers())),
              "label": json_values},
)
line = st.one_of(
    record.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=60),
    st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"", b"   ", b"[" * 5000, b'{"messages": [' * 3000, b"\xef\xbb\xbf{}", b"{\"messages\": []}\r"]),
)


@settings(PROPERTY, max_examples=EXAMPLES // 2)
@given(lines=st.lists(line, max_size=6), packing=st.sampled_from(["plain", "gzip", "gzip-cut", "gzip-bad"]))
def test_jsonl_reader_events_and_scan_never_crash(guard, lines, packing):
    raw = b"\n".join(lines)
    if packing != "plain":
        raw = gzip.compress(raw, mtime=0)
        raw = raw[: len(raw) // 2] if packing == "gzip-cut" else raw[:10] + bytes(len(raw) - 10) if packing == "gzip-bad" else raw
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chats.jsonl"
        path.write_bytes(raw)
        records = []
        try:
            records = list(corpus.read_records(path))
        except ValueError as exc:
            assert "chats.jsonl: line" in str(exc)
        for r in records:
            assert isinstance(r, dict)
            try:
                evs = corpus.events(r)
            except ALLOWED:
                continue
            assert all(isinstance(e.text, str) and math.isfinite(e.at) for e in evs)
        for argv in (["scan", str(path)], ["scan", "--json", "--limit", "3", str(path)]):
            code, _out, err = run_cli(guard, argv)
            assert code in (0, 2), err
            if code == 2:
                assert err.startswith("safechat: ")


def test_reader_reports_line_numbers_only(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"messages": []}\n\n{"messages": [}\n')
    with pytest.raises(ValueError, match=r"x\.jsonl: line 3 is not valid JSON"):
        list(corpus.read_records(path))


def test_scan_of_a_folder_or_missing_file_is_a_clear_error(guard, tmp_path):
    assert run_cli(guard, ["scan", str(tmp_path)])[0] == 2
    assert run_cli(guard, ["scan", str(tmp_path / "missing.jsonl")])[0] == 2


def test_events_refuses_non_dict_records():
    for bad in ([], "x", None, 5):
        with pytest.raises(ALLOWED):
            corpus.events(bad)  # type: ignore[arg-type]


def test_a_10_mb_message_line_is_read_and_scanned_in_bounded_time(guard, tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "messages": [{"text": "hey " * (10 * MB // 4)}]}) + "\n", encoding="utf-8")
    start = time.perf_counter()
    code, out, _err = run_cli(guard, ["scan", "--json", str(path)])
    assert code == 0 and json.loads(out)[0]["contact_messages"] == 1
    assert time.perf_counter() - start < 5 * BIG_CALL_SECONDS


# ---- 3. model integrity: what tests/test_bundle.py does not already cover --------------------


@pytest.fixture()
def bundle_dir(tmp_path):
    import shutil

    from safechat.bundle import default_dir

    d = tmp_path / "bundle"
    shutil.copytree(default_dir(), d)
    return d


def _reseal(d: Path) -> None:
    """Rewrite the manifest so it matches the (possibly replaced) files: only content checks remain."""
    from safechat.tools.manifest import write_manifest

    m = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    write_manifest(d, model_file=m["files"]["model"]["path"], tokenizer_file=m["files"]["tokenizer"]["path"],
                   thresholds=m["thresholds"], max_length=m["max_length"], policy=m.get("policy", {}),
                   name=m.get("name", "x"), version=m.get("version", "0"))


def _open_fds() -> int | None:
    fd_dir = Path("/proc/self/fd")
    return len(list(fd_dir.iterdir())) if fd_dir.is_dir() else None


@pytest.mark.parametrize("role, content", [("tokenizer", b"{not a tokenizer"), ("tokenizer", b'{"model": 5}'),
                                           ("model", b"\x08\x01not an onnx graph"), ("model", b"")])
def test_files_that_match_their_manifest_but_are_not_valid_fail_naming_them(bundle_dir, role, content):
    name = json.loads((bundle_dir / "manifest.json").read_text())["files"][role]["path"]
    (bundle_dir / name).write_bytes(content)
    _reseal(bundle_dir)
    with pytest.raises(safechat.ModelIntegrityError, match=name) as info:
        safechat.Guard(bundle_dir)
    assert info.value.filename == name


def test_a_failed_check_reaches_neither_tokenizer_nor_runtime(bundle_dir, monkeypatch):
    """Nothing is half-loaded: hashes are checked before any file is parsed or run."""
    import safechat.guard as guard_module

    touched = []
    monkeypatch.setattr(guard_module, "OnnxModel", lambda *a, **k: touched.append("runtime"))
    monkeypatch.setattr(guard_module.Tokenizer, "from_str", lambda *a, **k: touched.append("tokenizer"))
    data = bytearray((bundle_dir / "tokenizer.json").read_bytes())
    data[100] ^= 0x20
    (bundle_dir / "tokenizer.json").write_bytes(bytes(data))
    with pytest.raises(safechat.ModelIntegrityError, match="tokenizer.json"):
        safechat.Guard(bundle_dir)
    assert touched == []


def test_an_oversized_file_is_refused_without_being_read(bundle_dir):
    from safechat.bundle import MAX_FILE_BYTES

    with (bundle_dir / "model.onnx").open("r+b") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is actually written
    start = time.perf_counter()
    with pytest.raises(safechat.ModelIntegrityError, match="model.onnx.*larger than"):
        safechat.Guard(bundle_dir)
    assert time.perf_counter() - start < 1.0


def test_failed_loads_leave_nothing_open(bundle_dir):
    (bundle_dir / "model.onnx").write_bytes(b"broken")
    before = _open_fds()
    for _ in range(20):
        with pytest.raises(safechat.ModelIntegrityError):
            safechat.Guard(bundle_dir)
    if before is not None:
        assert _open_fds() <= before


@pytest.mark.parametrize("bad", [123, b"folder", ["a"]])
def test_a_model_dir_of_the_wrong_type_is_a_type_error(bad):
    with pytest.raises(TypeError):
        safechat.Guard(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [123, "model", ["a"]])
def test_model_bytes_of_the_wrong_type_are_a_type_error(bad):
    with pytest.raises(TypeError):
        safechat.Guard(model_bytes=bad, tokenizer_bytes=b"{}")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        safechat.Guard(model_bytes=b"x", tokenizer_bytes=bad)  # type: ignore[arg-type]


# ---- state bound to its place (docs/PRIVACY.md) --------------------------------------------------------


def test_state_from_one_contact_cannot_be_restored_into_another_contacts_slot():
    guard = FakeGuard()
    key = b"K" * 32
    a = guard.conversation()
    a.block()  # contact A is blocked: restored into B's slot it would stop B being analysed
    blob = a.to_bytes(key=key, context="chat:A")
    assert Conversation.from_bytes(blob, guard, key=key, context="chat:A").blocked
    for wrong in ("chat:B", None, b"chat:A "):
        with pytest.raises(safechat.StateError, match="context"):
            Conversation.from_bytes(blob, guard, key=key, context=wrong)
    budget = guard.alert_budget.to_bytes(key=key, context="child:1")
    with pytest.raises(safechat.StateError):
        guard.alert_budget.restore(budget, key=key, context="child:2")
    with pytest.raises(TypeError):
        a.to_bytes(key=key, context=12)


def test_after_a_model_update_behaviours_carry_over_and_the_old_risk_numbers_do_not():
    old = FakeGuard()
    chat = old.conversation()
    chat.receive("secrecy: keep it between us", at=T0)
    blob = chat.to_bytes(unauthenticated=True)
    new = FakeGuard()
    new.bundle.name, new.bundle.version = "safechat-msg", "9.9.9"  # another model
    back = Conversation.from_bytes(blob, new, unauthenticated=True)
    assert back.evidence["secrecy"] == chat.evidence["secrecy"] > 0
    assert back.features["risk_mean"] == 0.0 < chat.features["risk_mean"]
    same = Conversation.from_bytes(blob, FakeGuard(), unauthenticated=True)
    assert same.features["risk_mean"] == chat.features["risk_mean"]


def test_a_key_is_required_unless_the_caller_opts_out_explicitly():
    guard = FakeGuard()
    chat = guard.conversation()
    chat.receive("secrecy: keep it between us", at=T0)
    for call in (chat.to_bytes, guard.alert_budget.to_bytes):
        with pytest.raises(TypeError, match="key is required"):
            call()
        with pytest.raises(ValueError, match="not both"):
            call(key=b"k" * 32, unauthenticated=True)
        with pytest.raises(TypeError, match="not str"):
            call(key="a passphrase of 32 characters!!")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="16 bytes"):
            call(key=b"short")
    blob = chat.to_bytes(key=b"k" * 32)
    with pytest.raises(TypeError, match="key is required"):
        Conversation.from_bytes(blob, guard)
    with pytest.raises(TypeError, match="key is required"):
        AlertBudget.from_bytes(guard.alert_budget.to_bytes(key=b"k" * 32))
    # a keyless blob never loads where a key is expected, nor a keyed one without it
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(chat.to_bytes(unauthenticated=True), guard, key=b"k" * 32)
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(blob, guard, unauthenticated=True)


def test_an_older_copy_of_the_state_is_refused_once_the_host_records_the_generation():
    clock = FakeClock()
    guard = FakeGuard(clock)
    key = b"K" * 32
    chat = guard.conversation()
    chat.receive("secrecy: keep it between us")
    clock.advance(60)
    chat.receive("platform_move: add me on the other app")
    older, older_generation = chat.to_bytes(key=key, context="c"), chat.generation
    clock.advance(60)
    chat.mark_ok()  # the "I'm OK" that an attacker would like to keep, or the evidence to lose
    newer, newest = chat.to_bytes(key=key, context="c"), chat.generation
    assert newest > older_generation
    back = Conversation.from_bytes(newer, guard, key=key, context="c", min_generation=newest)
    assert back.generation == newest and back.evidence == chat.evidence
    with pytest.raises(safechat.StateError, match="older than the last one saved"):
        Conversation.from_bytes(older, guard, key=key, context="c", min_generation=newest)
    with pytest.raises(TypeError):
        Conversation.from_bytes(newer, guard, key=key, context="c", min_generation=-1)
    # every change moves it on, even when the device clock stands still or goes back
    for change in (chat.block, chat.unblock, chat.clear, lambda: chat.set_child_age(12)):
        before = chat.generation
        clock.advance(-3600)
        change()
        assert chat.generation > before
    # the child-level budget the same way
    budget = guard.alert_budget
    budget.charge(clock())
    saved, generation = budget.to_bytes(key=key, context="child"), budget.generation
    budget.charge(clock() + 1)
    later = budget.to_bytes(key=key, context="child")
    with pytest.raises(safechat.StateError, match="older"):
        budget.restore(saved, key=key, context="child", min_generation=budget.generation)
    assert budget.generation == generation + 1  # a refused blob changes nothing
    AlertBudget.from_bytes(later, key=key, context="child", min_generation=budget.generation)


def test_a_restored_conversation_takes_a_new_age_and_keeps_its_evidence():
    guard = FakeGuard()
    chat = guard.conversation(child_age=12)
    chat.receive("secrecy: keep it between us", at=T0)
    back = Conversation.from_bytes(chat.to_bytes(unauthenticated=True), guard, unauthenticated=True)
    back.set_child_age(13)  # a birthday since the state was saved
    assert back.band == "13-15" and back.evidence == chat.evidence
    alert = back.receive("image_request: send a pic", at=T0 + 60)
    assert alert is not None and alert.band == "13-15"
    for bad, error in ((6, ValueError), ("13", TypeError), (True, TypeError)):
        with pytest.raises(error):
            back.set_child_age(bad)  # type: ignore[arg-type]
    assert back.band == "13-15"


@pytest.mark.parametrize("field,value", [
    ("hits", [1.5] + [0] * 10), ("received", "7"), ("sent", True), ("received", 2**60),
    ("blocked", "yes"), ("resurfaced", {"pattern": 1}), ("generation", -1), ("generation", 1.5),
    ("options", {"child_age": 12, "locale": "en-GB", "country": "G" * 40, "contact": "unknown"}),
    ("options", {"child_age": 12, "locale": "en-GB", "country": 44, "contact": "unknown"}),
])
def test_every_stored_field_is_checked_on_load(field, value):
    guard = FakeGuard()
    chat = guard.conversation(child_age=12)
    chat.receive("secrecy: keep it between us", at=T0)
    state = json.loads(chat.to_bytes(key=b"K" * 32)[_HEADER.size:-32])
    state[field] = value
    with pytest.raises(safechat.StateError, match="malformed"):
        Conversation.from_bytes(forge(json.dumps(state).encode(), key=b"K" * 32), guard, key=b"K" * 32)


def test_state_and_budget_blobs_are_capped_at_a_few_kilobytes():
    guard = FakeGuard()
    blob = forge(b'{"times":[' + b",".join([b"1750000000.123456"] * 600) + b"]}", magic=BUDGET_MAGIC)
    with pytest.raises(safechat.StateError, match="larger than"):
        AlertBudget.from_bytes(blob, unauthenticated=True)
    with pytest.raises(safechat.StateError, match="larger than"):
        Conversation.from_bytes(b"S" * 9000, guard, unauthenticated=True)
    # a busy child's budget (crisis after crisis) still fits
    for i in range(500):
        guard.alert_budget.charge(T0 + i)
    assert len(guard.alert_budget.to_bytes(unauthenticated=True)) < 8 * 1024
