"""Conversation policy and state, driven by a scripted guard (exact alerts) and the real model."""

from __future__ import annotations

import json

import pytest
import safechat
from safechat.conversation import Conversation

from tests.fakes import FakeGuard

HOUR = 3600


def test_context_labels_alone_never_alert():
    chat = FakeGuard().conversation(child_age=12)
    t = 1_750_000_000
    for i in range(20):
        assert chat.receive("flattery+personal_info: you're so mature, what school?", at=t + i * 60) is None


def test_two_pattern_labels_make_one_pattern_alert():
    chat = FakeGuard().conversation(child_age=12)
    t = 1_750_000_000
    assert chat.receive("secrecy: keep this between us", at=t) is None
    alert = chat.receive("platform_move: add me on snap", at=t + 60)
    assert alert is not None and alert.tier == "pattern"
    assert set(alert.labels) == {"secrecy", "platform_move"}
    assert alert.message_index == 1
    # the same pattern does not alert again on every following message
    for i in range(10):
        assert chat.receive("secrecy+platform_move: again", at=t + 120 + i) is None


def test_one_act_now_message_is_enough_and_coercion_is_crisis():
    chat = FakeGuard().conversation(child_age=14)
    a = chat.receive("image_request: send a pic", at=1_750_000_000)
    assert a is not None and a.tier == "act_now" and a.labels[0] == "image_request"
    b = chat.receive("coercion: send more or i share it", at=1_750_000_060)
    assert b is not None and b.tier == "crisis" and b.labels[0] == "coercion"
    assert b.crisis_steps


def test_one_behaviour_in_a_high_risk_conversation_is_a_pattern():
    # a learnt conversation risk that weighs the running mean of message risk heavily
    policy = {"conversation_weights": {"risk_mean": 8.0}, "conversation_bias": -4.0, "conversation_threshold": 0.5,
              "risk_ema": 0.5}
    chat = FakeGuard(policy=policy).conversation(child_age=12)
    t = 1_750_000_000
    # small talk only: the risk stays low and nothing shows
    assert chat.receive("hey how was school", at=t) is None
    assert chat.risk < 0.5
    # one pattern behaviour while the risk is still low: no alert yet
    assert chat.receive("secrecy: keep this between us", at=t + 60) is None
    # the risk builds up; the next message that adds a behaviour raises a pattern alert naming it
    alert = chat.receive("secrecy: seriously dont tell anyone", at=t + 120)
    assert alert is not None and alert.tier == "pattern" and alert.labels == ("secrecy",)


def test_context_labels_never_carry_a_high_risk_pattern_alone():
    policy = {"conversation_weights": {"risk_mean": 50.0}, "conversation_bias": -1.0, "conversation_threshold": 0.5}
    chat = FakeGuard(policy=policy).conversation(child_age=12)
    for i in range(10):
        assert chat.receive("flattery+personal_info: so mature, what school?", at=1_750_000_000 + i) is None
    assert chat.risk > 0.5  # high, but context alone never shows anything


def test_act_now_risk_gate_keeps_one_message_quiet_in_a_low_risk_chat():
    policy = {"conversation_weights": {"risk_mean": 4.0}, "conversation_bias": -4.0, "act_now_risk_gate": 0.5}
    t = 1_750_000_000
    for contact in ("known", "family"):
        chat = FakeGuard(policy=policy).conversation(child_age=12, contact=contact)
        # first message: the running mean of risk starts from zero, so the conversation risk is low
        assert chat.receive("image_request: send me the pics from today", at=t) is None
        assert chat.receive("meetup: wait by the gate at 4", at=t) is None
        assert chat.risk < 0.5
    ungated = FakeGuard(policy={**policy, "act_now_risk_gate": 0.0}).conversation(child_age=12, contact="known")
    alert = ungated.receive("image_request: send me the pics from today", at=t)
    assert alert is not None and alert.tier == "act_now"


def test_gate_per_contact_and_the_product_rules_it_cannot_override():
    policy = {"conversation_weights": {"risk_mean": 4.0}, "conversation_bias": -4.0,
              "act_now_risk_gate": {"unknown": 0.5, "known": 0.5, "family": 0.99}}
    t = 1_750_000_000
    unknown = FakeGuard(policy=policy).conversation(child_age=12)
    # an unknown contact's photo request warns on that message, whatever the gate
    assert unknown.receive("image_request: send me a pic", at=t).tier == "act_now"
    assert FakeGuard(policy=policy).conversation(child_age=12).receive("meetup: meet me", at=t) is None
    for contact in ("unknown", "known", "family"):
        # a threat opens the crisis flow on a new contact's first message, whoever sends it
        chat = FakeGuard(policy=policy).conversation(child_age=12, contact=contact)
        assert chat.receive("coercion: pay me or your school sees the pics", at=t).tier == "crisis"
    # a calibration may leave more labels ungated for a contact kind, never fewer
    more = FakeGuard(policy={**policy, "ungated": {"known": ["meetup"]}}).conversation(contact="known")
    assert more.receive("meetup: meet me", at=t).tier == "act_now"
    with pytest.raises(ValueError, match="contact must be one of unknown, known, family"):
        FakeGuard().conversation(contact="stranger")


def test_running_mean_of_risk_starts_from_zero():
    chat = FakeGuard(policy={"risk_ema": 0.25}).conversation()
    chat.receive("image_request: pic", at=1_750_000_000)
    assert chat.features["risk_mean"] == pytest.approx(0.25 * 0.9)


def test_receive_returns_at_most_one_alert_highest_tier_first():
    chat = FakeGuard().conversation()
    a = chat.receive("coercion+image_request+secrecy: pay or else", at=1_750_000_000)
    assert a.tier == "crisis" and a.labels[:2] == ("coercion", "image_request")


def test_blocked_contact_is_not_analysed():
    chat = FakeGuard().conversation()
    chat.block()
    assert chat.receive("coercion: pay now", at=1_750_000_000) is None
    assert chat.received == 0


def test_state_round_trip_has_no_text():
    guard = FakeGuard()
    chat = guard.conversation(child_age=10)
    canary = "zqxcanary secrecy"
    chat.receive(f"secrecy: {canary}", at=1_750_000_000)
    chat.send(f"{canary} reply", at=1_750_000_030)
    data = chat.to_bytes(unauthenticated=True)
    assert b"zqxcanary" not in data and b"canary" not in data
    back = Conversation.from_bytes(data, guard, unauthenticated=True)
    assert back.evidence == chat.evidence
    assert back.risk == pytest.approx(chat.risk)
    assert back.received == chat.received
    assert back.to_bytes(unauthenticated=True) == data


@pytest.mark.parametrize("damage", ["truncate", "flip", "magic", "version", "empty"])
def test_bad_state_raises_clearly(damage):
    guard = FakeGuard()
    chat = guard.conversation()
    chat.receive("secrecy: x", at=1_750_000_000)
    data = bytearray(chat.to_bytes(unauthenticated=True))
    if damage == "truncate":
        data = data[:-5]
    elif damage == "flip":
        data[30] ^= 0x01
    elif damage == "magic":
        data[0:3] = b"XYZ"
    elif damage == "version":
        data[15] = 99
    else:
        data = bytearray()
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(bytes(data), guard, unauthenticated=True)


def test_keyed_state_refuses_tampering_and_wrong_key():
    guard = FakeGuard()
    chat = guard.conversation()
    chat.receive("gifts: robux", at=1_750_000_000)
    key = b"k" * 32
    data = chat.to_bytes(key=key)
    assert Conversation.from_bytes(data, guard, key=key).evidence == chat.evidence
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(data, guard, key=b"x" * 32)
    with pytest.raises(safechat.StateError):
        Conversation.from_bytes(data, guard, unauthenticated=True)


def test_from_bytes_refuses_non_bytes():
    with pytest.raises(TypeError):
        Conversation.from_bytes("text", FakeGuard(), unauthenticated=True)  # type: ignore[arg-type]


def test_real_model_state_round_trip(guard):
    chat = guard.conversation(child_age=13)
    chat.receive("hey whats up, what school do you go to", at=1_750_000_000)
    chat.receive("dont tell your mum we talk ok", at=1_750_000_060)
    back = Conversation.from_bytes(chat.to_bytes(unauthenticated=True), guard, unauthenticated=True)
    assert back.evidence == pytest.approx(chat.evidence, abs=1e-6)
    assert back.risk == pytest.approx(chat.risk, abs=1e-6)


def test_unblock_analyses_the_contact_again():
    chat = FakeGuard().conversation()
    chat.block()
    assert chat.receive("coercion: pay now", at=1_750_000_000) is None
    chat.unblock()
    assert chat.receive("coercion: pay now", at=1_750_000_060).tier == "crisis"


def test_a_report_keeps_every_message_a_generator_picked():
    alert = FakeGuard().conversation().receive("coercion: pay now", at=1_750_000_000)
    picked = (m for m in ["pay now", "or else"])
    assert alert.report(messages=picked).messages == ("pay now", "or else")
    with pytest.raises(TypeError):
        alert.report(messages="pay now")


def test_an_alert_survives_a_host_queue_as_a_dict():
    alert = FakeGuard().conversation(child_age=8, country="US", locale="en-US").receive(
        "coercion+image_request: pay or else", at=1_750_000_000)
    data = alert.to_dict()
    assert json.loads(json.dumps(data)) == data  # plain JSON, no text of the contact's
    again = safechat.Alert.from_dict(data)
    assert again == alert
    for broken in ({**data, "tier": "panic"}, {**data, "labels": ["nonsense"]}, {**data, "at": float("nan")},
                   {k: v for k, v in data.items() if k != "band"}, {**data, "band": "30-40"}):
        with pytest.raises(ValueError):
            safechat.Alert.from_dict(broken)
    with pytest.raises(TypeError):
        safechat.Alert.from_dict([data])
