"""The runtime's parts as public API: Scorer, Policy and its pure functions, receive_scored,
Guard's stages, and safechat.testing."""

from __future__ import annotations

import dataclasses
import json

import pytest
import safechat
from safechat import policy as sp
from safechat.bundle import parse_manifest
from safechat.testing import FakeClock, ScriptedGuard

T0 = 1_750_000_000.0


def test_guard_and_the_scripted_guard_are_scorers(guard):
    assert isinstance(guard, safechat.Scorer) and isinstance(ScriptedGuard(), safechat.Scorer)
    assert guard.model_id == f"{guard.bundle.name} {guard.bundle.version}"
    assert dict(guard.thresholds) == dict(guard.bundle.thresholds)


def test_the_policy_is_typed_frozen_and_read_from_the_manifest(guard):
    assert isinstance(guard.policy, safechat.Policy)
    assert guard.policy == safechat.Policy.from_dict(dict(guard.bundle.policy))
    assert guard.policy.act_now_thresholds["coercion"] == guard.bundle.policy["act_now_thresholds"]["coercion"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        guard.policy.risk_ema = 0.5  # type: ignore[misc]
    assert safechat.Policy.from_dict({}) == safechat.Policy()


def test_a_policy_outside_its_schema_fails_at_load_naming_the_manifest(guard):
    manifest = dict(guard.bundle.manifest, policy={"memory_days": 3})
    with pytest.raises(safechat.ModelIntegrityError, match=r"manifest\.json: policy\.memory_days") as err:
        parse_manifest(json.dumps(manifest).encode())
    assert err.value.filename == "manifest.json"
    with pytest.raises(ValueError, match="not a policy setting"):
        safechat.Policy.from_dict({"sneaky": 1})


def test_the_guard_stages_make_classify(guard):
    for text in ("", "hey", "send me a pic, just for me. " * 20):
        assert guard.to_classification(*guard.infer(guard.encode(text)), text) == guard.classify(text)


def test_receive_scored_is_receive_with_the_score_given(guard):
    texts = ["hi", "you're so mature for your age", "don't tell your mum", "add me on snap",
             "send me a pic", "send it or i post the screenshots"]
    clock_a, clock_b = FakeClock(T0), FakeClock(T0)
    a = guard.conversation(child_age=13, clock=clock_a, alert_budget=safechat.AlertBudget())
    b = guard.conversation(child_age=13, clock=clock_b, alert_budget=safechat.AlertBudget())
    for i, text in enumerate(texts):
        clock_a.now = clock_b.now = T0 + 60 * i
        one, two = a.receive(text), b.receive_scored(guard.classify(text))
        assert (one and one.to_dict()) == (two and two.to_dict())
    assert a.features == b.features and a.to_bytes(unauthenticated=True) == b.to_bytes(unauthenticated=True)
    with pytest.raises(TypeError):
        a.receive_scored("send me a pic")  # type: ignore[arg-type]


def test_a_conversation_follows_the_policy_it_is_given():
    guard = ScriptedGuard(FakeClock(T0))
    strict = safechat.Policy.from_dict({"pattern_min_labels": 3, "conversation_threshold": 1.01})
    default, given = guard.conversation(), safechat.Conversation(guard, policy=strict)
    assert given.policy is strict and default.policy is guard.policy
    for chat in (default, given):
        chat.receive("secrecy: our secret", at=T0)
    assert default.receive("platform_move: add me", at=T0).tier == "pattern"
    assert given.receive("platform_move: add me", at=T0) is None


def test_the_tier_decision_is_a_pure_function():
    policy = safechat.Policy()
    thresholds = dict.fromkeys(safechat.LABELS, 0.5)
    recent = dict.fromkeys(safechat.LABELS, 0.0) | {"coercion": 0.95}
    scores = dict.fromkeys(safechat.LABELS, 0.01) | {"coercion": 0.95}
    args = {"scores": scores, "flagged": ("coercion",), "recent": recent, "seen_at": dict.fromkeys(safechat.LABELS),
                "act_thresholds": policy.act_thresholds(thresholds), "gate": 0.99,
                "ungated": policy.ungated_labels("family"), "pattern_silenced": False}
    feats = sp.features(recent, policy.presence_floor, 0.9, 0.1)
    assert set(feats) == set(sp.FEATURES) and feats["n_act"] == 1.0
    risk = sp.conversation_risk(policy, feats)
    assert 0.0 < risk < 1.0
    assert sp.decide(policy, risk=risk, **args) == ("crisis", ["coercion"])  # a threat is never gated
    quiet = dict(args, scores=dict.fromkeys(safechat.LABELS, 0.01), flagged=())
    assert sp.decide(policy, risk=risk, **quiet) is None


def test_the_scripted_guard_raises_every_tier_and_is_the_one_the_demo_and_tests_use():
    from demo_app.fake_guard import ScriptedGuard as DemoGuard
    from tests.fakes import FakeGuard

    assert DemoGuard is ScriptedGuard and issubclass(FakeGuard, ScriptedGuard)
    clock = FakeClock(T0)
    with ScriptedGuard(clock, daily_cap=5) as guard:
        meetup = guard.conversation(child_age=12).receive("meetup: meet me at the park")
        chat = guard.conversation(child_age=12)
        seen = []
        for text in ("secrecy: shh", "platform_move: add me", "coercion: pay now"):
            clock.advance(60)
            alert = chat.receive(text)
            seen.append(alert.tier if alert else None)
    assert meetup is not None and meetup.tier == "act_now" and seen == [None, "pattern", "crisis"]
    assert guard.closed
