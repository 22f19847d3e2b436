"""Author sets: the reader refuses malformed files; figures are measured per author."""

from __future__ import annotations

import json

import pytest
import safechat
from safechat.tools import authors

from tests.fakes import FakeGuard


def _doc(name: str = "au_test") -> dict:
    return {
        "author": name, "persona": "a test writer",
        "chats": [
            {"id": f"{name}_g1", "kind": "grooming", "category": "secrecy", "child_age": 12, "contact": "unknown",
             "contact_role": "stranger", "platform": "game", "messages": [
                 {"from": "contact", "wait": "0s", "text": "flattery: you're so good at this", "labels": ["flattery"]},
                 {"from": "child", "wait": "1m", "text": "thanks"},
                 {"from": "contact", "wait": "1d", "text": "secrecy: keep this between us", "labels": ["secrecy"]},
                 {"from": "contact", "wait": "2m", "text": "platform_move: add me on the other app",
                  "labels": ["platform_move"]},
                 {"from": "contact", "wait": "2m", "text": "coercion: pay or else", "labels": ["coercion"]}]},
            {"id": f"{name}_i1", "kind": "innocent", "category": "parent", "child_age": 12, "contact": "family",
             "contact_role": "mum", "platform": "sms", "messages": [
                 {"from": "contact", "wait": "0s", "text": "dont tell dad about the cake", "looks_like": ["secrecy"]},
                 {"from": "child", "wait": "1m", "text": "ok"}]},
        ],
        "lines": [
            {"text": "image_request: send a pic", "kind": "grooming", "labels": ["image_request"], "speaker": "x"},
            {"text": "nice drawing", "kind": "innocent", "looks_like": ["image_request"], "speaker": "y"},
        ],
    }


def test_an_author_is_read_and_measured(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(_doc("au_a")))
    (tmp_path / "b.json").write_text(json.dumps(_doc("au_b")))
    found = authors.read_authors(tmp_path, exclude=["au_b"])
    assert [a.name for a in found] == ["au_a"]
    chat = found[0].chats[0]
    assert chat.concern_at == 1 and chat.threat_at == 3  # counted among the contact's messages
    figures = authors.measure(FakeGuard(), found[0])
    assert figures["grooming_warned"] == 1.0 and figures["innocent_warned"] == 0.0
    assert figures["crisis_on_threat"] == 1.0
    assert figures["grooming_lines_hit"] == 1.0 and figures["innocent_lines_flagged"] == 0.0
    summary = authors.summarise([figures, dict(figures, author="au_c", innocent_warned=0.5)])
    assert summary["innocent_warned"] == {"mean": 0.25, "worst": 0.5, "n_authors": 2}
    assert "au_a" in authors.table([figures], summary)


@pytest.mark.parametrize("change", [
    lambda d: d["chats"][0]["messages"][1].update(labels=["secrecy"]),  # a child message labelled
    lambda d: d["chats"][1]["messages"][0].update(labels=["secrecy"]),  # an innocent chat labelled
    lambda d: d["chats"][0].update(contact="stranger"),
    lambda d: d["chats"][0]["messages"][0].update(wait="soon"),
    lambda d: [m.update(labels=["flattery"]) for m in d["chats"][0]["messages"] if m["from"] == "contact"],
    lambda d: d["lines"][0].update(labels=["not_a_label"]),
    lambda d: d["lines"][1].update(labels=["secrecy"]),
    lambda d: d.pop("lines"),
])
def test_a_malformed_author_file_is_refused_naming_it(tmp_path, change):
    doc = _doc()
    change(doc)
    (tmp_path / "bad.json").write_text(json.dumps(doc))
    with pytest.raises(ValueError, match="bad.json"):
        authors.read_authors(tmp_path)


def test_repeated_authors_are_refused(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.json").write_text(json.dumps(_doc()))
    with pytest.raises(ValueError, match="repeat"):
        authors.read_authors(tmp_path)


def test_the_shipped_model_is_measured_on_the_committed_authors(tmp_path):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "authors"
    if not any(folder.glob("*.json")):
        pytest.skip("no author files committed")
    found = authors.read_authors(folder)
    assert len(found) >= 1
    with safechat.Guard() as guard:
        figures = authors.measure(guard, found[0])
    assert 0.0 <= figures["grooming_warned"] <= 1.0
