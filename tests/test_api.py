"""The public contract, pinned."""

from __future__ import annotations

import dataclasses
import math

import pytest
import safechat
from safechat.labels import LABELS


def test_label_set_is_the_eleven_of_domain_md():
    assert safechat.LABELS == (
        "flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
        "gifts", "sexual_content", "image_request", "meetup", "coercion",
    )


def test_classify_returns_frozen_classification(guard):
    c = guard.classify("what school do you go to?")
    assert isinstance(c, safechat.Classification)
    assert set(c.labels) == set(LABELS)
    assert all(0.0 <= v <= 1.0 for v in c.labels.values())
    assert 0.0 <= c.risk <= 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.risk = 0.0  # type: ignore[misc]


def test_flagged_is_thresholded_and_ordered(guard):
    c = guard.classify("send me a pic of you right now, just for me. dont tell ur mum")
    thr = guard.bundle.thresholds
    assert set(c.flagged) == {k for k, v in c.labels.items() if v >= thr[k]}
    scores = [c.labels[k] for k in c.flagged]
    assert scores == sorted(scores, reverse=True)


def test_batch_equals_single(guard):
    texts = ["hi", "what school do you go to?", "", "🙂🙂🙂", "add me on snap its more private", "x" * 5000]
    batch = guard.classify_batch(texts)
    assert batch == [guard.classify(t) for t in texts]


@pytest.mark.parametrize("text", ["", "   \n\t ", "🙂🙂🙂🙂", "\u200b\u200b", "a" * 1_000_000])
def test_edge_inputs_give_documented_results(guard, text):
    c = guard.classify(text)
    assert set(c.labels) == set(LABELS)
    assert all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in c.labels.values())


def test_empty_and_whitespace_score_zero(guard):
    for text in ("", "   "):
        c = guard.classify(text)
        assert c.risk == 0.0 and c.flagged == () and max(c.labels.values()) == 0.0


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"], 4.5])
def test_non_str_raises_type_error(guard, bad):
    with pytest.raises(TypeError):
        guard.classify(bad)
    with pytest.raises(TypeError):
        guard.classify_batch([bad])


def test_classify_batch_refuses_a_bare_string(guard):
    with pytest.raises(TypeError):
        guard.classify_batch("one message")


def test_close_is_idempotent_and_context_manager_works():
    with safechat.Guard() as g:
        assert g.classify("hello").risk >= 0.0
    assert g.closed
    g.close()
    g.close()
    with pytest.raises(safechat.ClosedError):
        g.classify("hello")


def test_model_bytes_constructor_matches_bundled(guard):
    from safechat.bundle import default_dir

    d = default_dir()
    g = safechat.Guard(model_bytes=(d / "model.onnx").read_bytes(), tokenizer_bytes=(d / "tokenizer.json").read_bytes())
    try:
        assert g.classify("what school do you go to?") == guard.classify("what school do you go to?")
        assert g.bundle.thresholds == guard.bundle.thresholds
    finally:
        g.close()


def test_model_dir_and_bytes_are_exclusive():
    with pytest.raises(ValueError):
        safechat.Guard("somewhere", model_bytes=b"x", tokenizer_bytes=b"y")
    with pytest.raises(ValueError):
        safechat.Guard(model_bytes=b"x")


def test_conversation_receive_send_risk_evidence(guard):
    chat = guard.conversation(child_age=13)
    assert isinstance(chat, safechat.Conversation)
    assert chat.risk == 0.0 and set(chat.evidence) == set(LABELS)
    assert chat.receive("hey how was school", at=1_700_000_000) is None
    chat.send("good thanks", at=1_700_000_060)
    assert chat.received == 1
    assert 0.0 <= chat.risk <= 1.0


def test_child_messages_are_never_judged(guard):
    chat = guard.conversation(child_age=13)
    for i in range(5):
        chat.send("send me a pic, dont tell your mum, come alone, i'll send robux", at=1_700_000_000 + i)
    assert chat.received == 0 and chat.risk == 0.0
    assert max(chat.evidence.values()) == 0.0


@pytest.mark.parametrize("age", [6, 18, -1])
def test_child_age_out_of_range(guard, age):
    with pytest.raises(ValueError):
        guard.conversation(child_age=age)


def test_child_age_wrong_type(guard):
    with pytest.raises(TypeError):
        guard.conversation(child_age="13")  # type: ignore[arg-type]


def test_a_long_message_is_read_to_its_end_in_windows(guard):
    """A long, polite preamble cannot dilute what matters or push it past the model's 64-token
    window: a long message is also read in up to four pieces of whole sentences and each label
    keeps its highest score."""
    from safechat.guard import MAX_PIECES

    tail = "send me a photo of you right now, just for me"
    preamble = "I hope your week at school went well and that the weather has been kind to you. " * 6
    alone, padded = guard.classify(tail), guard.classify(preamble + tail)
    assert len(guard.encode(preamble + tail)) >= 2
    assert padded.labels["image_request"] == pytest.approx(alone.labels["image_request"], abs=0.15)
    very_long = ("It was a long day. " * 150) + tail  # within the 4,096-character cap
    assert len(guard.encode(very_long)) == 1 + MAX_PIECES  # bounded cost
    assert guard.classify(very_long).labels["image_request"] == pytest.approx(alone.labels["image_request"], abs=0.15)
    short = "what time does practice start tomorrow"
    assert len(guard.encode(short)) == 1  # a chat line is read once, as before


def test_the_public_names_are_exported_and_typed():
    import typing

    for name in ("AlertBudget", "Tier", "StateError", "CONTACTS", "TIERS"):
        assert name in safechat.__all__ and hasattr(safechat, name)
    assert typing.get_args(safechat.Tier) == safechat.TIERS
    hints = typing.get_type_hints(safechat.Alert)
    assert hints["tier"] == safechat.Tier
