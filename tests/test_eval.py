"""`safechat eval` end to end on tiny files, and the keyword baseline.

The model's own scores are never asserted (the bundled model changes); the keyword baseline is
deterministic, so its figures pin the whole pipeline: streaming, per-source grouping, metrics.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from safechat.labels import LABELS
from safechat.tools.baseline import KeywordGuard
from safechat.tools.cli import main
from safechat.tools.corpus import events
from safechat.tools.evaluate.run import flag_position, limit_per_source

SENTINEL = "zebracorn"  # in the test texts; must never reach any output


def _chat(rid: str, source: str, label: str, lines: list[tuple[str, str]], meta: dict | None = None) -> dict:
    return {
        "id": rid,
        "source": source,
        "label": label,
        "target_author": "contact",
        "messages": [{"author": who, "text": text} for who, text in lines],
        "meta": meta or {},
    }


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    c, k = "contact", "kid"
    convs = [
        _chat("g1", "tiny_mixed", "grooming", [
            (c, f"hey {SENTINEL} how was school"), (k, "ok"), (c, "you're so mature for your age"),
            (c, "this is our little secret, don't tell anyone"), (c, "we should meet up after school"),
        ]),
        _chat("g2", "tiny_mixed", "grooming", [(c, "hello"), (c, "add me on snap"), (c, "send me a pic of you")]),
        _chat("n1", "tiny_mixed", "normal", [(c, "did you finish the homework"), (k, "yes"), (c, "see you at practice")]),
        _chat("n2", "tiny_mixed", "normal", [(c, f"the {SENTINEL} film was long"), (c, "ok bye")]),
        _chat("n3", "tiny_rooms", "normal", [("a", "anyone watching the match"), ("b", "yes lol")],
              {"multi_party": True}),
        _chat("w1", "tiny_written", "grooming", [
            (c, "hi there"), (k, "hi"), (c, "how was your day"), (k, "fine"), (c, "we should meet up on saturday"),
        ], {"first_flag_index": 4}),
    ]
    messages = [
        {"text": f"want to meet up later {SENTINEL}", "labels": ["meetup"]},
        {"text": "add me on snap", "labels": ["platform_move"]},
        {"text": "what did you get for question 4", "labels": []},
        {"text": "m33t up l8r?", "labels": ["meetup"], "clean": "meet up later?"},
        {"text": "ADD ME ON SNAP!!", "labels": ["platform_move"], "clean": "add me on snap"},
    ]
    return _write_jsonl(tmp_path / "tiny.jsonl", convs), _write_jsonl(tmp_path / "msgs.jsonl", messages)


def test_eval_end_to_end(files, tmp_path, capsys):
    convs, msgs = files
    out = tmp_path / "report"
    code = main(["eval", "--conversations", str(convs), "--messages", str(msgs), "--baseline", "keywords",
                 "--out", str(out), "--quiet", "--json"])
    captured = capsys.readouterr()
    assert code == 0
    printed = json.loads(captured.out)
    saved = json.loads((out / "metrics.json").read_text())
    assert printed == saved
    assert saved["format"] == "safechat-eval"
    assert saved["detectors"] == ["model", "keywords"]
    assert saved["inputs"]["conversations"] == {"tiny.jsonl": 6}

    # per source, never pooled: one entry per source, each with both detectors
    conv = saved["conversations"]
    assert set(conv) == {"tiny_mixed", "tiny_rooms", "tiny_written"}
    for per in conv.values():
        assert set(per) == {"model", "keywords"}
    mixed = conv["tiny_mixed"]["model"]
    assert {"grooming", "normal", "classification", "auc", "f_latency", "speed", "recall", "false_alert_rate"} <= set(mixed)
    assert mixed["grooming"]["conversations"] == 2 and mixed["normal"]["conversations"] == 2
    assert {"median", "p90"} == set(mixed["grooming"]["first_warning"])
    # a single-class source has no precision or AUC
    assert conv["tiny_rooms"]["model"]["classification"] is None and conv["tiny_rooms"]["model"]["auc"] is None
    assert "grooming" not in conv["tiny_rooms"]["model"]

    # the keyword baseline is deterministic: pin its figures
    kw = conv["tiny_mixed"]["keywords"]
    assert kw["recall"] == 1.0 and kw["false_alert_rate"] == 0.0
    assert kw["classification"]["f1"] == 1.0 and kw["auc"] == 1.0
    assert conv["tiny_rooms"]["keywords"]["false_alert_rate"] == 0.0
    flag = conv["tiny_written"]["keywords"]["first_flag"]
    assert flag["conversations"] == 1 and flag["within_window"] == 1.0 and flag["before_flag"] == 0.0
    assert flag["delay"]["median"] == 0  # warned on the flagged message itself (contact message 3)
    assert conv["tiny_written"]["keywords"]["grooming"]["first_warning"]["median"] == 3

    # grooming-vs-normal pairs across different sources
    assert set(saved["pairs"]) == {
        "tiny_mixed vs tiny_rooms", "tiny_written vs tiny_mixed", "tiny_written vs tiny_rooms",
    }
    assert set(saved["pairs"]["tiny_written vs tiny_rooms"]["keywords"]) >= {"classification", "auc", "f_latency"}

    # message files: per label, hard negatives, obfuscated vs clean
    mk = saved["messages"]["msgs.jsonl"]["keywords"]
    assert mk["plain"]["lines"] == 3 and mk["plain"]["label_free"] == 1
    assert set(mk["plain"]["per_label"]) == set(LABELS)
    assert mk["plain"]["macro_f1"] == 1.0 and mk["plain"]["hard_negative_flag_rate"] == 0.0
    assert mk["obfuscated"]["hit_rate_vs_clean"] == {"clean_hits": 2, "still_flagged": 1, "rate": 0.5}
    assert set(saved["messages"]["msgs.jsonl"]["model"]) == {"plain", "obfuscated"}

    # the report folder, and never any message text
    report = (out / "report.md").read_text()
    assert "tiny_mixed" in report and "model / keywords" in report
    for text in (captured.out, captured.err, report, (out / "metrics.json").read_text()):
        assert SENTINEL not in text
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert "matplotlib" in report
    else:
        for name in ("first_warning.png", "roc.png", "pr.png", "label_f1.png"):
            assert (out / name).stat().st_size > 0


def test_eval_readable_report_without_baseline(files, capsys):
    convs, _ = files
    assert main(["eval", "--conversations", str(convs), "--quiet", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "tiny_mixed" in out and "keywords" not in out and SENTINEL not in out


def test_bad_message_file_names_the_record_not_the_text(tmp_path, capsys):
    bad = _write_jsonl(tmp_path / "bad.jsonl", [{"text": f"{SENTINEL} hi", "labels": ["not_a_label"]}])
    assert main(["eval", "--messages", str(bad), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "record 1" in err and SENTINEL not in err


def test_limit_keeps_both_classes_of_a_mixed_source():
    records = [{"source": "s", "label": "normal"} for _ in range(9)] + [{"source": "s", "label": "grooming"}]
    records += [{"source": "t", "label": "normal"} for _ in range(5)]
    kept = limit_per_source(records, 4)
    assert sum(r["source"] == "s" for r in kept) == 4
    assert {r["label"] for r in kept if r["source"] == "s"} == {"normal", "grooming"}
    assert sum(r["source"] == "t" for r in kept) == 4
    assert limit_per_source(records, None) is records
    assert len(limit_per_source(records, 1)) == 3  # one of each class of s, one of t


def test_flag_position_counts_contact_messages_only():
    rec = _chat("w", "s", "grooming", [("contact", "a"), ("kid", "b"), ("contact", "c"), ("contact", "d")],
                {"first_flag_index": 3})
    assert flag_position(rec, events(rec)) == 3
    rec["meta"]["first_flag_index"] = 1  # points at the child's message: not a contact flag
    assert flag_position(rec, events(rec)) is None
    rec["label"] = "normal"
    assert flag_position(rec, events(rec)) is None


def test_keyword_guard_works_with_conversation():
    guard = KeywordGuard()
    c = guard.classify("Add me on Snap, and DON'T TELL anyone")
    assert set(c.flagged) == {"platform_move", "secrecy"}
    assert c.labels["platform_move"] > 0.5 and c.labels["meetup"] == 0.0 and c.risk > 0.5
    assert guard.classify("snapshot of the homework").flagged == ()  # whole words only
    chat = guard.conversation(child_age=12)
    assert chat.receive("how was your weekend", at=1_700_000_000.0) is None
    alert = chat.receive("we should meet up after school", at=1_700_000_060.0)
    assert alert is not None and alert.tier == "act_now" and "meetup" in alert.labels
    with pytest.raises(TypeError):
        guard.classify(None)  # type: ignore[arg-type]


# ---- scan on hostile files (docs/PRIVACY.md) -----------------------------------------------------------


def test_scan_refuses_a_fifo_at_once(tmp_path, capsys):
    import os

    fifo = tmp_path / "chats.jsonl"
    os.mkfifo(fifo)  # reading it would block for ever
    assert main(["scan", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_scan_caps_what_a_small_gzip_unpacks_to(tmp_path, capsys, monkeypatch):
    import gzip

    from safechat.tools import corpus

    monkeypatch.setattr(corpus, "MAX_UNPACKED_BYTES", 1_000_000)  # bytes: the same rule, smaller
    bomb = tmp_path / "newlines.jsonl.gz"
    bomb.write_bytes(gzip.compress(b"\n" * 5_000_000))
    assert main(["scan", str(bomb)]) == 2
    assert "unpacks to more than" in capsys.readouterr().err


def test_scan_never_prints_control_characters_from_a_record(tmp_path, capsys):
    record = {"id": "r1\x1b[2J\x1b]0;pwned\x07", "source": "x", "label": "normal\x1b[31m", "target_author": "a",
              "messages": [{"author": "a", "text": "hi", "time": "2025-06-01T10:00:00Z"}]}
    path = tmp_path / "chats.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["scan", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "r1\\x1b[2J" in out
