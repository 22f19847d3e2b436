"""Privacy promises (docs/PRIVACY.md): no network, no content at rest or in logs, forgetting works.

1. No network: the whole public API runs with socket creation and DNS patched to raise, and again
   in a fresh interpreter whose audit hook kills the process on any socket or DNS attempt; the
   runtime dependencies open no socket when imported and first used.
2. No content at rest or in logs: unique canary strings go through every entry point, with
   logging at DEBUG and errors forced mid-conversation; logs, warnings, exception text and
   tracebacks, console output, state bytes and every file in the working, home and temp folders
   hold none of the canaries nor any of their tokenizer pieces (4+ characters).
7. (part) Expiry and clear() forget everything; state holds only whitelisted derived fields.
8. (part) Files the SDK or CLI writes (none today) are private (0600).

Run: .venv/bin/python -m pytest -q tests/test_privacy.py
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import logging
import os
import random
import re
import socket
import stat
import subprocess
import sys
import traceback
import warnings
from datetime import datetime
from pathlib import Path

import pytest
import safechat
from safechat.bundle import default_dir
from safechat.conversation import CONTACTS, DEFAULT_POLICY, Conversation
from safechat.labels import AGE_BANDS, LABELS, TIERS
from safechat.state import HEADER as _HEADER
from safechat.tools import cli

from tests.fakes import FakeClock, FakeGuard

ROOT = Path(__file__).resolve().parents[1]
T0 = 1_750_000_000.0  # seconds since the epoch
DAY = 86_400.0  # seconds

# ---- defaults ------------------------------------------------------------------------------
CANARY_SEED = 7  # the canary words are drawn from the tokenizer's vocabulary with this seed
CANARY_COUNT = 4
MIN_PIECE = 4  # tokenizer pieces this long or longer are searched for
# Modules that only a network client would load; none may be imported by walking the API.
CLIENT_MODULES = ("http.client", "urllib.request", "urllib3", "requests", "httpx", "aiohttp", "huggingface_hub", "ftplib")
# Audit events that mean "about to talk to the network" (the hook aborts the process on them).
NETWORK_EVENT_PREFIXES = ("socket.", "urllib.Request", "http.client.", "ftplib.", "smtplib.", "webbrowser.")
SUBPROCESS_TIMEOUT = 180  # seconds

# The hook is installed by sitecustomize, before the test's own code and before safechat loads.
SITECUSTOMIZE = f'''
import os, sys

NETWORK_GUARD = True
_PREFIXES = {NETWORK_EVENT_PREFIXES!r}


def _abort_on_network(event, args):
    if event.startswith(_PREFIXES):
        os.write(2, ("NETWORK ATTEMPT: " + event + "\\n").encode())
        os._exit(97)  # cannot be caught or swallowed by library code


sys.addaudithook(_abort_on_network)
'''

DRIVER_API = '''
import json, sys
from pathlib import Path
assert getattr(sys.modules.get("sitecustomize"), "NETWORK_GUARD", False), "audit hook not installed"
from tests.test_privacy import CLIENT_MODULES, open_sockets, walk_public_api
walk_public_api(Path(sys.argv[1]))
print("RESULT " + json.dumps({"sockets": open_sockets(), "clients": [m for m in CLIENT_MODULES if m in sys.modules]}))
'''

DRIVER_DEPENDENCIES = '''
import json, sys
assert getattr(sys.modules.get("sitecustomize"), "NETWORK_GUARD", False), "audit hook not installed"
import numpy, tokenizers, onnxruntime
from pathlib import Path
import safechat.bundle
d = safechat.bundle.default_dir()
tok = tokenizers.Tokenizer.from_str((d / "tokenizer.json").read_text(encoding="utf-8"))
ids = numpy.asarray([tok.encode("hello there").ids], dtype=numpy.int64)
session = onnxruntime.InferenceSession((d / "model.onnx").read_bytes(), providers=["CPUExecutionProvider"])
feeds = {"input_ids": ids}
if "attention_mask" in [i.name for i in session.get_inputs()]:
    feeds["attention_mask"] = numpy.ones_like(ids)
session.run(None, feeds)
from tests.test_privacy import CLIENT_MODULES, open_sockets
print("RESULT " + json.dumps({"sockets": open_sockets(), "clients": [m for m in CLIENT_MODULES if m in sys.modules]}))
'''


# ---- helpers shared with the subprocess drivers ----------------------------------------------


def open_sockets() -> list[str]:
    """Sockets this process holds open, from /proc (catches native code too); [] elsewhere."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    found = []
    for entry in fd_dir.iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(entry)
            if target.startswith("socket:"):
                found.append(target)
    return found


def _jsonl(records: list[dict]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def walk_public_api(workdir: Path, texts: list[str] | None = None) -> None:
    """Drive every public entry point once: load, classify, conversation, alerts, report, state, CLI."""
    texts = texts or ["hey whats ur school", "dont tell ur mum we talk", "add me on snap", "send a pic", "hi"]
    workdir.mkdir(parents=True, exist_ok=True)
    d = default_dir()
    with safechat.Guard() as guard:
        guard.classify(texts[0])
        guard.classify_batch(texts)
        chat = guard.conversation(child_age=13)
        for i, text in enumerate(texts):
            chat.receive(text, at=T0 + 60 * i)
            chat.send("ok " + text, at=T0 + 60 * i + 30)
        chat.mark_ok(at=T0 + 600)
        _ = chat.evidence, chat.risk, chat.received, chat.band
        key = b"k" * 32
        Conversation.from_bytes(chat.to_bytes(key=key), guard, key=key)
        Conversation.from_bytes(chat.to_bytes(unauthenticated=True), guard, unauthenticated=True)
    with safechat.Guard(d) as g2:
        g2.classify(texts[1])
    with safechat.Guard(model_bytes=(d / "model.onnx").read_bytes(), tokenizer_bytes=(d / "tokenizer.json").read_bytes(),
                        manifest_bytes=(d / "manifest.json").read_bytes()) as g3:
        g3.classify(texts[2])
    # alerts, their actions and the child's report, driven by the scripted guard (exact alerts)
    fake = FakeGuard().conversation(child_age=11, locale="en-US", country="US")
    alerts = [fake.receive(f"{label}: {texts[i % len(texts)]}", at=T0 + 3600 * i)
              for i, label in enumerate(["secrecy", "platform_move", "image_request", "coercion"])]
    for alert in filter(None, alerts):
        alert.action("help")
        report = alert.report(host_ids={"conversation": "c-1"}, messages=[texts[0]])
        report.preview()
        report.to_dict()
    safechat.helpline_for("DE")
    fake.block()
    fake.clear()
    # the console, on a plain and a gzip file
    records = [{"id": f"r{i}", "target_author": "a", "messages": [
        {"author": "a" if j % 2 == 0 else "b", "text": t} for j, t in enumerate(texts)]} for i in range(2)]
    (workdir / "chats.jsonl").write_bytes(_jsonl(records))
    (workdir / "chats.jsonl.gz").write_bytes(gzip.compress(_jsonl(records), mtime=0))
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli.main(["classify", texts[0]]) == 0
        assert cli.main(["classify", "--json", texts[1]]) == 0
        assert cli.main(["scan", str(workdir / "chats.jsonl")]) == 0
        assert cli.main(["scan", "--json", "--age", "12", str(workdir / "chats.jsonl.gz")]) == 0


def _run_sandboxed(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    for sub in ("cwd", "home", "tmp"):
        (tmp_path / sub).mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "HF_", "HUGGINGFACE"))}
    package_parent = Path(safechat.__file__).resolve().parents[1]  # the same safechat these tests import
    env |= {"PYTHONPATH": os.pathsep.join([str(site), str(ROOT), str(package_parent)]), "HOME": str(tmp_path / "home"),
            "TMPDIR": str(tmp_path / "tmp"), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=tmp_path / "cwd", env=env, capture_output=True,
                          text=True, timeout=SUBPROCESS_TIMEOUT, check=False)


def _result(proc: subprocess.CompletedProcess[str]) -> dict:
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr[-3000:]}"
    line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")][-1]
    return json.loads(line[len("RESULT "):])


# ---- 1. no network ---------------------------------------------------------------------------


class NetworkAttempt(Exception):
    """Raised by the patched socket functions; deliberately not an OSError (nothing swallows it)."""


@pytest.fixture()
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def _refuse(*args, **kwargs):
            attempts.append(name)
            raise NetworkAttempt(name)
        return _refuse

    class RefusedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append("socket.socket")
            raise NetworkAttempt("socket.socket")

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                 "getnameinfo", "socketpair", "create_server", "fromfd"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def test_patched_socket_really_refuses(no_network):
    with pytest.raises(NetworkAttempt):
        socket.socket()
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.org", 443)
    assert no_network == ["socket.socket", "socket.getaddrinfo"]


def test_public_api_runs_with_network_refused(no_network, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    walk_public_api(tmp_path / "work")
    assert no_network == []


def test_public_api_in_a_fresh_interpreter_under_an_audit_hook(tmp_path):
    result = _result(_run_sandboxed(tmp_path, DRIVER_API, str(tmp_path / "work")))
    assert result["sockets"] == [] and result["clients"] == []


def test_dependencies_open_no_socket_at_import_or_first_use(tmp_path):
    result = _result(_run_sandboxed(tmp_path, DRIVER_DEPENDENCIES))
    assert result["sockets"] == [] and result["clients"] == []


@pytest.mark.parametrize("attempt", ["socket.socket()", "socket.getaddrinfo('localhost', 80)",
                                     "socket.create_connection(('127.0.0.1', 9))"])
def test_the_audit_hook_aborts_on_a_socket_attempt(tmp_path, attempt):
    """The sandbox is not vacuous: any socket or DNS call kills the child with exit 97."""
    proc = _run_sandboxed(tmp_path, f"import socket\ntry:\n    {attempt}\nexcept Exception:\n    pass\n")
    assert proc.returncode == 97 and "NETWORK ATTEMPT: socket." in proc.stderr


# ---- 2. no content in logs, errors, state or files -------------------------------------------


def _tokenizer():
    from tokenizers import Tokenizer

    manifest = json.loads((default_dir() / "manifest.json").read_text(encoding="utf-8"))
    return Tokenizer.from_file(str(default_dir() / manifest["files"]["tokenizer"]["path"]))


def _known_text() -> str:
    """Everything the SDK, its data files and these tests say by themselves (lowercased)."""
    parts = []
    for folder in (ROOT / "sdk" / "safechat", ROOT / "tests"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".py", ".json", ".md"} and path.is_file() and "tokenizer" not in path.name:
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts).lower()


def make_canaries(count: int = CANARY_COUNT, seed: int = CANARY_SEED) -> tuple[list[str], list[str]]:
    """Canary phrases and the needles to search for (phrases, words and tokenizer pieces).

    The words are whole vocabulary entries that appear nowhere in the SDK or the tests, so any hit
    can only be a leak; the phrases are built at run time so no source line (and no traceback
    line) ever holds them.
    """
    tok = _tokenizer()
    known = _known_text()
    vocab = sorted(w for w, i in tok.get_vocab().items() if i > 2000 and w.isascii() and w.isalpha() and len(w) >= 7)
    rng = random.Random(seed)
    words: list[str] = []
    while len(words) < 3 * count:
        w = rng.choice(vocab)
        if w not in known and w not in words:
            words.append(w)
    phrases = [f"{' '.join(words[3 * i:3 * i + 3])} zq{rng.getrandbits(40):010x}" for i in range(count)]
    needles = set(phrases) | set(words) | {p.split()[-1] for p in phrases}
    for phrase in phrases:
        for piece in tok.encode(phrase).tokens:
            piece = piece.removeprefix("##")
            if len(piece) >= MIN_PIECE and not piece.startswith("[") and piece not in known:
                needles.add(piece)
    return phrases, sorted(needles)


def _hits(needles: list[str], haystack: dict[str, str]) -> list[tuple[str, str]]:
    return [(needle, where) for where, text in haystack.items() for needle in needles if needle in text.lower()]


def _exception_text(exc: BaseException) -> str:
    return "\n".join([str(exc), repr(exc), "".join(traceback.format_exception(exc))])


def _files_under(*folders: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()}


def test_canaries_are_unique_and_have_pieces():
    phrases, needles = make_canaries()
    assert len(phrases) == CANARY_COUNT and len(set(phrases)) == CANARY_COUNT
    assert len(needles) >= 4 * CANARY_COUNT  # phrases, words, markers and at least some pieces
    assert make_canaries() == (phrases, needles)  # seeded: the same canaries every run


def test_canaries_never_reach_logs_errors_output_state_or_files(guard, tmp_path, monkeypatch, caplog, capfd):
    phrases, needles = make_canaries()
    cwd, home, tmp, inputs = (tmp_path / n for n in ("cwd", "home", "tmp", "inputs"))
    for folder in (cwd, home, tmp, inputs):
        folder.mkdir()
    monkeypatch.chdir(cwd)
    for var, value in {"HOME": home, "TMPDIR": tmp, "XDG_CACHE_HOME": home / ".cache", "XDG_DATA_HOME": home}.items():
        monkeypatch.setenv(var, str(value))
    monkeypatch.setattr("tempfile.tempdir", str(tmp))
    caplog.set_level(logging.DEBUG)
    root_stream = io.StringIO()
    root_handler = logging.StreamHandler(root_stream)
    root_handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    logging.getLogger().addHandler(root_handler)
    for name in ("safechat", "onnxruntime", "tokenizers"):
        logging.getLogger(name).setLevel(logging.DEBUG)

    templates = ["hey {}, what school do you go to", "{} dont tell ur mum, add me on snap", "send me a pic {}",
                 "{} 🙂\u200b🙂 {}"]
    messages = [t.format(p, p) for p in phrases for t in templates]
    haystack: dict[str, str] = {}
    errors: list[str] = []

    def expect(kinds, fn, *args, **kwargs):
        with pytest.raises(kinds) as info:
            fn(*args, **kwargs)
        errors.append(_exception_text(info.value))

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            # the real model: classification, a conversation, state, and errors mid-way
            results = [guard.classify(m) for m in messages] + guard.classify_batch(messages)
            chat = guard.conversation(child_age=12)
            alerts = []
            for i, m in enumerate(messages):
                alerts.append(chat.receive(m, at=T0 + 60 * i))
                chat.send(f"lol {m}", at=T0 + 60 * i + 30)
                if i == 2:
                    expect(TypeError, chat.receive, m, at="yesterday")
                    expect(ValueError, chat.receive, m, at=datetime(2025, 1, 1))
                    expect(ValueError, chat.receive, m, at=float("nan"))
                    expect(TypeError, chat.receive, m.encode())
                    expect(TypeError, chat.send, [m])
                    expect(TypeError, guard.classify_batch, [m, 5])
                    expect(TypeError, guard.classify_batch, m)
            state, keyed = chat.to_bytes(unauthenticated=True), chat.to_bytes(key=b"s" * 32)
            expect(safechat.StateError, Conversation.from_bytes, phrases[0].encode() * 3, guard, unauthenticated=True)
            expect(safechat.StateError, Conversation.from_bytes, state[:-1] + b"\x00", guard, unauthenticated=True)
            expect(safechat.StateError, Conversation.from_bytes, keyed, guard, key=b"t" * 32)
            # a Guard closed under a live conversation
            g2 = safechat.Guard()
            chat2 = g2.conversation()
            chat2.receive(messages[0], at=T0)
            g2.close()
            expect(safechat.ClosedError, chat2.receive, messages[1], at=T0 + 60)
            expect(safechat.ClosedError, g2.classify, messages[2])
            # the scripted guard: alerts, actions and a report built without picked messages
            fake = FakeGuard().conversation(child_age=14)
            for i, (label, p) in enumerate(zip(["secrecy", "platform_move", "image_request", "coercion"], phrases)):
                alerts.append(fake.receive(f"{label}: {p}", at=T0 + 7200 * i))
            raised = [a for a in alerts if a is not None]
            assert {a.tier for a in raised} >= {"pattern", "act_now", "crisis"}
            reports = [a.report(host_ids={"conversation": "c-9"}) for a in raised]
            expect(TypeError, raised[0].report, messages=phrases[0])
            expect(TypeError, raised[0].report, host_ids={"conversation": 5})
            # the console: classify echoes nothing, scan names records only, bad lines by number only
            records = [{"id": f"r{i}", "target_author": "x", "messages": [
                {"author": "x" if j % 2 else "y", "text": m, "time": f"2025-06-01T10:{j:02d}:00Z"}
                for j, m in enumerate(messages)]} for i in range(3)]
            (inputs / "chats.jsonl").write_bytes(_jsonl(records))
            (inputs / "chats.jsonl.gz").write_bytes(gzip.compress(_jsonl(records), mtime=0))
            (inputs / "bad.jsonl").write_text(f"{{\"id\": \"r1\", \"messages\": [{{\"text\": \"{phrases[0]}\"", encoding="utf-8")
            (inputs / "badmeta.jsonl").write_text(json.dumps({"meta": phrases[1], "messages": [{"text": phrases[2]}]}) + "\n")
            assert cli.main(["classify", phrases[0]]) == 0
            assert cli.main(["classify", "--json", messages[1]]) == 0
            assert cli.main(["scan", str(inputs / "chats.jsonl")]) == 0
            assert cli.main(["scan", "--json", "--age", "9", str(inputs / "chats.jsonl.gz")]) == 0
            assert cli.main(["scan", str(inputs / "bad.jsonl")]) == 2
            assert cli.main(["scan", str(inputs / "badmeta.jsonl")]) == 2
    finally:
        logging.getLogger().removeHandler(root_handler)

    out, err = capfd.readouterr()
    haystack["captured logs"] = caplog.text + "\n".join(repr(r.args) + repr(r.__dict__) for r in caplog.records)
    haystack["root handler"] = root_stream.getvalue()
    haystack["warnings"] = "\n".join(f"{w.category.__name__} {w.message} {w.filename}" for w in caught)
    haystack["exceptions"] = "\n".join(errors)
    haystack["stdout"], haystack["stderr"] = out, err
    haystack["state"] = (state + keyed).decode("latin-1")
    haystack["reprs"] = "\n".join(map(repr, [guard, chat, chat2, fake, *results, *raised, *reports]))
    haystack["report payloads"] = "\n".join(json.dumps(r.to_dict()) + r.preview() for r in reports)
    written = _files_under(cwd, home, tmp)
    haystack |= {f"file {p}": data.decode("latin-1") for p, data in written.items()}

    assert len(errors) == 14 and len(raised) >= 3
    hits = _hits(needles, haystack)
    assert not hits, f"message content leaked: {sorted({where for _, where in hits})}"
    assert not written, f"the SDK or CLI wrote files: {sorted(map(str, written))}"

    # positive control: the same search finds a canary where the child chose to include it
    picked = raised[0].report(messages=[messages[0]])
    assert _hits(needles, {"picked": json.dumps(picked.to_dict())})


def test_exceptions_name_types_never_values(guard):
    from safechat.normalize import normalize

    phrase = make_canaries(1, seed=11)[0][0]
    calls = [lambda: guard.classify(phrase.encode()), lambda: guard.classify([phrase]),
             lambda: guard.conversation().receive(phrase, at=phrase), lambda: normalize(phrase.encode())]
    for call in calls:
        with pytest.raises(TypeError) as info:
            call()
        assert phrase.split()[0] not in _exception_text(info.value).lower()


# ---- 7. forgetting: state schema, expiry, clear() ----------------------------------------------

_STATE_KEYS = {"options", "evidence", "seen_at", "hits", "risk_peak", "risk_mean", "received", "sent", "last_at",
               "last_arrival", "last_alert", "alerted_labels", "resurfaced", "charged_at", "ok_until", "blocked",
               "model", "generation"}


def _payload(blob: bytes) -> dict:
    return json.loads(blob[_HEADER.size:-32])


def _leaves(value, path=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield f"{path}.{k}", k
            yield from _leaves(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, f"{path}[{i}]")
    else:
        yield path, value


def test_state_holds_only_whitelisted_derived_fields():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation(child_age=13, locale="en-US", country="US")
    for i, text in enumerate(["flattery: a", "secrecy: b", "platform_move: c", "image_request: d", "coercion: e"]):
        clock.advance(3600)
        chat.receive(text + " zqxleak")
        chat.send("zqxleak reply")
    chat.mark_ok()
    s = _payload(chat.to_bytes(unauthenticated=True))
    assert set(s) == _STATE_KEYS
    assert len(s["evidence"]) == len(s["seen_at"]) == len(s["hits"]) == len(LABELS)
    allowed_strings = (set(LABELS) | set(TIERS) | set(AGE_BANDS) | _STATE_KEYS | set(CONTACTS)
                       | {"en-US", "US", "child_age", "locale", "country", "contact",
                          "custom unversioned"})  # the scripted guard's model id (name and version)
    for where, leaf in _leaves(s):
        assert leaf is None or isinstance(leaf, (bool, int, float)) or leaf in allowed_strings, (where, leaf)


def _fresh_bytes(**options) -> bytes:
    return FakeGuard().conversation(**options).to_bytes(unauthenticated=True)


def _forgotten(blob: bytes) -> dict:
    """A state's content without its generation (which must only grow, even across a clear)."""
    content = _payload(blob)
    content.pop("generation")
    return content


def test_clear_forgets_everything():
    chat = FakeGuard().conversation(child_age=10)
    for i, text in enumerate(["secrecy: a", "platform_move: b", "coercion: c"]):
        chat.receive(text, at=T0 + 60 * i)
    chat.mark_ok(at=T0 + 300)
    chat.block()
    assert _forgotten(chat.to_bytes(unauthenticated=True)) != _forgotten(_fresh_bytes(child_age=10))
    before = chat.generation
    chat.clear()
    assert _forgotten(chat.to_bytes(unauthenticated=True)) == _forgotten(_fresh_bytes(child_age=10))
    assert chat.received == 0 and chat.risk == 0.0 and not chat.blocked
    assert chat.generation > before  # the generation goes on growing: an older copy stays refusable


def test_generation_after_clear_tells_the_time_not_how_many_messages():
    def cleared(n: int) -> tuple[float, int]:
        clock = FakeClock()
        chat = FakeGuard(clock).conversation()
        for i in range(n):
            clock.advance(30)
            chat.receive("secrecy: a")
        clock.advance(3600)
        chat.clear()
        return clock.now, chat.generation

    (t1, g1), (t2, g2) = cleared(2), cleared(40)
    assert g1 == int(t1 * 1000) and g2 == int(t2 * 1000)


@pytest.mark.parametrize("next_call", ["receive", "send"])
def test_expiry_forgets_all_evidence_after_the_inactivity_window(next_call):
    expire = DEFAULT_POLICY["expire_days"] * DAY
    chat = FakeGuard().conversation(child_age=15)
    for i, text in enumerate(["secrecy: a", "platform_move: b", "image_request: c"]):
        chat.receive(text, at=T0 + 60 * i)
    assert max(chat.evidence.values()) > 0.5
    later = T0 + 120 + expire + 1
    fresh = FakeGuard().conversation(child_age=15)
    getattr(chat, next_call)("hello again", at=later)
    getattr(fresh, next_call)("hello again", at=later)
    assert _forgotten(chat.to_bytes(unauthenticated=True)) == _forgotten(fresh.to_bytes(unauthenticated=True))
    # and a restore of the old blob followed by the late message forgets the same way
    old = FakeGuard().conversation(child_age=15)
    for i, text in enumerate(["secrecy: a", "platform_move: b", "image_request: c"]):
        old.receive(text, at=T0 + 60 * i)
    back = Conversation.from_bytes(old.to_bytes(unauthenticated=True), FakeGuard(), unauthenticated=True)
    getattr(back, next_call)("hello again", at=later)
    assert _forgotten(back.to_bytes(unauthenticated=True)) == _forgotten(fresh.to_bytes(unauthenticated=True))


def test_a_behaviour_is_kept_for_its_memory_window_then_forgotten():
    memory = DEFAULT_POLICY["memory_days"] * DAY
    assert memory >= 14 * DAY  # a product rule: nothing correctly seen vanishes within days
    chat = FakeGuard().conversation()
    chat.receive("secrecy: a", at=T0)
    before = chat.evidence["secrecy"]
    chat.send("hi", at=T0 + memory - 1)
    assert chat.evidence["secrecy"] == before and chat.received == 1
    chat.send("hi", at=T0 + memory + 1)
    assert chat.evidence["secrecy"] == 0.0 and chat.received == 1


# ---- 8. (part) private files -----------------------------------------------------------------


def test_files_written_by_sdk_or_cli_are_private(tmp_path, monkeypatch):
    """No file is written today; should one ever be, it must be readable by the owner only."""
    cwd, home, tmp = tmp_path / "cwd", tmp_path / "home", tmp_path / "tmp"
    for folder in (cwd, home, tmp):
        folder.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr("tempfile.tempdir", str(tmp))
    walk_public_api(tmp_path / "work")
    for path in _files_under(cwd, home, tmp):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, f"{path} is readable by others"


def test_keyed_state_is_authenticated_and_plain_json_inside():
    """Keyed state carries an HMAC: the same content under two keys gives different, refused blobs."""
    chat = FakeGuard().conversation()
    chat.receive("secrecy: a", at=T0)
    a, b = chat.to_bytes(key=b"a" * 32), chat.to_bytes(key=b"b" * 32)
    assert a[:-32] == b[:-32] and a[-32:] != b[-32:]
    assert a[-32:] != hashlib.sha256(a[:-32]).digest()
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(a, FakeGuard(), unauthenticated=True)
    assert re.fullmatch(rb"[ -~]*", a[_HEADER.size:-32])  # printable JSON numbers: nothing hidden in it


# ---- nothing kept in memory ----------------------------------------------------------------------


def _exercise_with_canaries(token: str) -> tuple:
    """Run the public API on messages that carry ``token``; return only the long-lived objects a
    host keeps (the Guard, its conversations, the alerts and the reports built without picks)."""
    guard = safechat.Guard()
    chat = guard.conversation(child_age=13)
    family = guard.conversation(child_age=13, contact="family")
    lines = ["you seem really mature for your age {}", "dont tell your mum about us ok {}",
             "add me on the other app {}", "send me a pic of you right now {}",
             "if you dont send more i will show everyone {}"]
    alerts = []
    for i, line in enumerate(lines):
        alerts.append(chat.receive(line.format(token), at=T0 + 60 * i))
        family.receive(line.format(token), at=T0 + 60 * i)
        chat.send(f"who is this {token}", at=T0 + 60 * i + 30)
    # the canary can lower a score, so one plain threat makes sure alerts and reports are covered
    alerts.append(chat.receive("if you dont send more i will show everyone", at=T0 + 600))
    guard.classify(f"a long message {token}. " * 30)
    guard.classify_batch([line.format(token) for line in lines])
    shown = [a for a in alerts if a is not None]
    reports = [a.report(host_ids={"conversation": "c1"}) for a in shown]
    return guard, [chat, family], shown, reports


def _objects_holding(token: str) -> list[str]:
    """Type names of every live container that references a str or bytes holding ``token``
    (other than the bare token itself, which the test keeps)."""
    import gc

    gc.collect()
    needle = token.encode()
    found = []
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            kind = type(ref)  # type() never dereferences a weak proxy (isinstance may, and raise)
            if (issubclass(kind, str) and token in ref and ref != token) or (
                    issubclass(kind, (bytes, bytearray)) and needle in ref and ref != needle):
                found.append(type(obj).__qualname__)
    return found


def test_no_message_text_is_kept_in_memory_after_the_calls_return():
    """A scan of every live Python object after a real-model session: no message text is held by
    the Guard, conversations, alerts, reports, module caches or anything else (memory held by the
    tokenizer's and onnxruntime's native code is not visible to this scan)."""
    token = "qz" + os.urandom(8).hex()
    kept = _exercise_with_canaries(token)
    try:
        assert kept[2], "the session raised no alert: the scan would cover too little"
        assert _objects_holding(token) == []
    finally:
        kept[0].close()


def test_the_memory_scan_finds_a_guard_that_keeps_recent_messages(monkeypatch):
    """The scan is not vacuous: a Guard that keeps its last 100 messages is caught."""
    from collections import deque

    original = safechat.Guard.classify

    def keeping(self, text):
        self.__dict__.setdefault("_recent_texts", deque(maxlen=100)).append(text)
        return original(self, text)

    monkeypatch.setattr(safechat.Guard, "classify", keeping)
    token = "qz" + os.urandom(8).hex()
    kept = _exercise_with_canaries(token)
    try:
        assert "deque" in _objects_holding(token)
    finally:
        kept[0].close()
