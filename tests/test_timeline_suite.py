"""The timeline suite on the shipped bundle: written chats with real time between messages.

48 timelines by four independent authors (data/timelines/), each played live through
``safechat.Guard()`` with its bundled model and policy: threat-first sextortion, fast sextortion,
slow grooming over days, a meet-up after a week of trust, a platform move then a photo request; and
parents, relatives, coaches, teachers, friends, teen couples and gaming friends on the same
timescales. Then the same timelines in harder shapes: several chats of one child in one day
sharing one budget, a restart mid-way, a device clock that jumps.

The shares asserted here are floors at what model 1.3.0 measured (see models/MODEL_CARD.md for the
figures and the issue targets); the rules (a confident threat is a crisis on that message, no
act-now or crisis lost to the cap, a restart changes nothing) hold exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import safechat
from safechat.conversation import AlertBudget, Conversation
from safechat.tools import timelines as tl
from safechat.tools.corpus import ReplayClock

ROOT = Path(__file__).resolve().parents[1]
DAY, HOUR, MINUTE = 86_400.0, 3_600.0, 60.0

# Floors at the shipped model's measured shares (a drop fails; a rise should raise them).
# Model 1.3.0 measured 4 of 10, 9 of 11 and 0 of 24; the targets are 100%, >= 90% and <= 3%.
MIN_THREAT_CRISIS = 0.4  # crisis on the threat message, threat-first and fast sextortion
MIN_SLOW_WARNED = 0.8  # grooming timelines spanning two days or more
MAX_INNOCENT_WARNED = 0.03  # innocent timelines (the target itself, which 1.3.0 meets)


@pytest.fixture(scope="module")
def guard():
    with safechat.Guard() as g:
        yield g


@pytest.fixture(scope="module")
def suite() -> list[tl.Timeline]:
    return tl.read_timelines(ROOT / "data" / "timelines")


@pytest.fixture(scope="module")
def outcomes(guard, suite) -> list[tl.Outcome]:
    return tl.run(guard, suite)


def test_the_suite_covers_every_case_from_independent_authors(suite):
    assert len(suite) >= 40
    assert len({t.author for t in suite}) >= 4
    assert {t.category for t in suite} == set(tl.GROOMING_CATEGORIES) | set(tl.INNOCENT_CATEGORIES)
    assert {t.contact for t in suite} == {"unknown", "known", "family"}
    slow = [t for t in suite if t.category == "slow_grooming"]
    assert slow and all(5 * DAY <= t.span <= 15 * DAY for t in slow)


def test_a_confident_threat_is_a_crisis_on_that_very_message(guard, outcomes):
    """The rule, exactly: wherever the model is sure of the threat, the crisis flow opens on it,
    first message of a new contact included, whatever the conversation risk."""
    threshold = guard.bundle.policy["act_now_thresholds"]["coercion"]
    checked = 0
    for o in outcomes:
        t = o.timeline
        if t.threat_at is None:
            continue
        threat = [s.text for s in t.steps if s.incoming][t.threat_at]
        if guard.classify(threat).labels["coercion"] >= threshold:
            checked += 1
            assert o.crisis_on_threat, t.id
    print(f"{checked} confident threats checked")


def test_shares_hold_their_floors(outcomes):
    s = tl.summarise(outcomes)
    assert s["crisis_on_threat"]["share"] >= MIN_THREAT_CRISIS
    assert s["slow_grooming_warned"]["share"] >= MIN_SLOW_WARNED
    assert s["innocent_warned"]["share"] <= MAX_INNOCENT_WARNED


def _urgent(warnings) -> list[tuple[int, str]]:
    return [(w.index, w.tier) for w in warnings if w.tier != "pattern"]


def test_several_chats_in_one_day_lose_no_warning_to_the_cap(guard, suite, outcomes):
    """Every grooming timeline of the suite as one child's chats on one day, sharing one budget
    of three interruptions: every act-now and crisis warning still arrives (some quiet)."""
    alone = {o.timeline.id: _urgent(o.warnings) for o in outcomes if o.timeline.kind == "grooming"}
    assert sum(map(len, alone.values())) > 3  # enough to spend the budget
    budget = AlertBudget(3)
    clock = ReplayClock()
    together, quiet = {}, 0
    for n, t in enumerate(x for x in suite if x.kind == "grooming"):
        warnings = tl.play(guard, t, start=tl.START + n * MINUTE, budget=budget, clock=clock)
        together[t.id] = _urgent(warnings)
        quiet += sum(w.quiet for w in warnings)
    assert together == alone
    assert quiet > 0  # the budget was really spent


def _play_split(guard, t: tl.Timeline, *, restart_after: int | None = None, jump_at: int | None = None):
    """Play a timeline live, saving and restoring the chat and budget after ``restart_after``
    steps, or with the device clock ten days ahead for step ``jump_at`` only."""
    clock = ReplayClock()
    budget = AlertBudget()
    chat = guard.conversation(child_age=t.child_age, contact=t.contact, alert_budget=budget, clock=clock)
    out, at = [], tl.START
    key = b"k" * 32
    for i, step in enumerate(t.steps):
        if i == restart_after:
            saved, saved_budget = chat.to_bytes(key=key), budget.to_bytes(key=key)
            del chat, budget  # the app is gone: only the bytes remain
            budget = AlertBudget.from_bytes(saved_budget, key=key)
            chat = Conversation.from_bytes(saved, guard, key=key, alert_budget=budget, clock=clock)
        at += step.wait
        clock.now = at + (JUMP if i == jump_at else 0.0)
        if step.incoming:
            alert = chat.receive(step.text)
            if alert is not None:
                out.append((alert.message_index, alert.tier))
        else:
            chat.send(step.text)
    return out


def test_a_restart_mid_timeline_changes_nothing(guard, suite, outcomes):
    by_id = {o.timeline.id: [(w.index, w.tier) for w in o.warnings] for o in outcomes}
    for t in suite[::3]:
        assert _play_split(guard, t, restart_after=len(t.steps) // 2) == by_id[t.id], t.id


#: A device clock set wrongly ahead for a while (a wrong date typed in by hand). A jump past the
#: expiry window (30 days) reads as a real silence and forgets the conversation: the SDK cannot
#: tell the two apart.
JUMP = 10 * DAY  # seconds


def test_a_clock_jump_loses_no_threat(guard, suite, outcomes):
    """The device clock runs ten days ahead for one message mid-way and is then corrected: every
    crisis the timeline raised on its own still opens."""
    for o in outcomes:
        t = o.timeline
        crises = [(w.index, w.tier) for w in o.warnings if w.tier == "crisis"]
        if not crises:
            continue
        jumped = _play_split(guard, t, jump_at=max(1, len(t.steps) // 3))
        assert {i for i, tier in jumped if tier == "crisis"} >= {i for i, _ in crises}, t.id
