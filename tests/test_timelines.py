"""Realistic timelines with a fake clock: the exact alerts, tiers, bands and actions."""

from __future__ import annotations

import itertools
import re

import pytest
from safechat import StateError
from safechat.alerts import ACTION_IDS, CRISIS_ACTION_IDS, build_alert, load_copy
from safechat.conversation import AlertBudget, Conversation
from safechat.labels import AGE_BANDS, LABELS, TIERS

from tests.fakes import FakeClock, FakeGuard

MIN, HOUR, DAY = 60, 3600, 86400


def play(chat, clock, script):
    """script: (delay seconds, 'in'|'out', text) -> list of (contact index, tier, labels)."""
    out = []
    for delay, way, text in script:
        clock.advance(delay)
        if way == "out":
            chat.send(text)
            continue
        alert = chat.receive(text)
        if alert is not None:
            out.append((alert.message_index, alert.tier, alert.labels))
    return out


def test_slow_pattern_over_days():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation(child_age=11)
    script = [
        (0, "in", "hey gg on that round"),
        (2 * MIN, "out", "thx"),
        (HOUR, "in", "flattery: you're way better than kids your age"),
        (DAY, "in", "personal_info: what year are you in"),
        (DAY, "in", "gifts: i can get you the battle pass, np"),
        (2 * DAY, "in", "lol nice"),
        (DAY, "in", "platform_move: add me on snap, easier there"),
        (HOUR, "in", "gifts+platform_move: sent the pass, did u add me"),
        (5 * MIN, "in", "what u up to"),
    ]
    alerts = play(chat, clock, script)
    # gifts after compliments and questions about school: one pattern behaviour plus context in a
    # conversation whose risk is high; days later a new behaviour (moving apps) grows the pattern
    assert [(i, t) for i, t, _ in alerts] == [(3, "pattern"), (5, "pattern")]
    assert alerts[0][2] == ("gifts", "personal_info", "flattery")
    assert alerts[1][2][:2] == ("platform_move", "gifts")


def test_fast_sextortion_within_an_hour_reaches_crisis():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation(child_age=14)
    script = [
        (0, "in", "flattery: hey ur cute, saw ur story"),
        (3 * MIN, "in", "platform_move: add me on snap"),
        (4 * MIN, "in", "image_request: send me a pic, just for me"),
        (10 * MIN, "in", "coercion: send more or i post it to ur friends"),
        (2 * MIN, "in", "coercion: pay 100 in gift cards now"),
    ]
    alerts = play(chat, clock, script)
    assert [(i, t) for i, t, _ in alerts] == [(1, "pattern"), (2, "act_now"), (3, "crisis")]
    assert alerts[2][2][0] == "coercion"


def test_over_the_cap_act_now_comes_back_quiet_and_crisis_still_interrupts():
    clock = FakeClock()
    guard = FakeGuard(clock, daily_cap=1)
    other = guard.conversation()
    first = other.receive("image_request: pic?")  # spends the whole daily cap
    assert first.tier == "act_now" and first.interruptive and not first.quiet
    chat = guard.conversation(child_age=15)
    capped = chat.receive("image_request: pic?")
    # never silence: the warning still comes back, as an inline card the host marks as new
    assert capped is not None and capped.tier == "act_now" and capped.quiet and not capped.interruptive
    crisis = chat.receive("coercion: pay or i share it")
    assert crisis is not None and crisis.tier == "crisis" and crisis.interruptive and not crisis.quiet
    clock.advance(5 * MIN)
    assert chat.receive("coercion: pay now") is None  # deduplicated


def test_benign_coach_chat_with_risky_looking_cues_stays_quiet():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation(child_age=12)
    script = [
        (0, "in", "great match today, proud of you all"),
        (HOUR, "in", "personal_info: what's your address, I'll drop the kit form round"),
        (DAY, "in", "flattery: you were brilliant in goal"),
        (DAY, "in", "training moved to 5pm, tell your mum"),
    ]
    assert play(chat, clock, script) == []


def test_im_ok_silences_pattern_for_seven_days_but_never_act_now():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation(child_age=13)
    first = play(chat, clock, [(0, "in", "secrecy: keep this between us"), (MIN, "in", "platform_move: add me on telegram")])
    assert [(t) for _, t, _ in first] == ["pattern"]
    chat.mark_ok()
    later = play(chat, clock, [
        (2 * DAY, "in", "isolation+secrecy: your parents don't get you like i do"),
        (DAY, "in", "supervision_check+gifts: does your mum check your phone? i'll send robux"),
    ])
    assert later == []  # silenced, although new pattern labels appeared
    escalation = play(chat, clock, [(HOUR, "in", "meetup: come meet me at the park, come alone")])
    assert [(t, labels[0]) for _, t, labels in escalation] == [("act_now", "meetup")]
    # after the 7 days, a pattern may show again
    resumed = play(chat, clock, [(8 * DAY, "in", "secrecy+platform_move: delete this and add me on snap")])
    assert [t for _, t, _ in resumed] == ["pattern"]


def test_growing_pattern_resurfaces_once():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation()
    alerts = play(chat, clock, [
        (0, "in", "secrecy+platform_move: delete this, add me on snap"),
        (HOUR, "in", "isolation: your friends don't care like i do"),  # new label: resurfaces once
        (HOUR, "in", "gifts: here's some vbucks"),  # another new label: already resurfaced
    ])
    assert [(i, t) for i, t, _ in alerts] == [(0, "pattern"), (1, "pattern")]


def test_block_stops_analysis():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation()
    chat.block()
    assert play(chat, clock, [(0, "in", "coercion: pay me")]) == []
    assert chat.received == 0 and chat.blocked


def test_expiry_forgets_evidence_after_inactivity():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation()
    play(chat, clock, [(0, "in", "secrecy: don't tell")])
    assert chat.evidence["secrecy"] > 0.9
    clock.advance(31 * DAY)
    play(chat, clock, [(0, "in", "hello again")])
    assert max(chat.evidence.values()) == 0.0 and chat.received == 1


def test_clear_removes_everything():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation()
    play(chat, clock, [(0, "in", "secrecy+platform_move: x")])
    chat.clear()
    assert chat.received == 0 and max(chat.evidence.values()) == 0.0 and chat.risk == 0.0


@pytest.mark.parametrize("band, young", [("7-9", True), ("10-12", False), ("13-15", False), ("16-17", False), ("default", False)])
def test_actions_by_band(band, young):
    a = build_alert(tier="act_now", labels=("image_request",), message_index=0, at=1.75e9, risk=0.9,
                    band=band, locale="en-GB", country="GB")
    assert tuple(x.id for x in a.actions) == ACTION_IDS
    prominent = {x.id for x in a.actions if x.prominent}
    assert prominent == ({"talk", "block", "ok"} if young else set(ACTION_IDS))
    assert [x.id for x in a.actions if x.default] == (["talk"] if young else [])
    assert "0800 1111" in a.action("help").text
    assert a.action("talk").draft and "{" not in a.action("talk").draft
    # the crisis flow never offers "I'm OK, I know them"; for 7-9 help is a button there
    c = build_alert(tier="crisis", labels=("coercion",), message_index=0, at=1.75e9, risk=0.9,
                    band=band, locale="en-GB", country="GB")
    assert tuple(x.id for x in c.actions) == CRISIS_ACTION_IDS and "ok" not in {x.id for x in c.actions}
    with pytest.raises(KeyError):
        c.action("ok")
    assert {x.id for x in c.actions if x.prominent} == ({"talk", "block", "help"} if young else set(CRISIS_ACTION_IDS))


FORBIDDEN = re.compile(r"\b(predator|groomer|paedophile|pedophile|pervert|criminal|abuser|AI|algorithm|detected|score|probability)s?\b|%", re.IGNORECASE)


@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_every_label_band_tier_composes_clean_copy(locale):
    for label, band, tier in itertools.product(LABELS, AGE_BANDS, TIERS):
        a = build_alert(tier=tier, labels=(label,), message_index=0, at=1.75e9, risk=0.6, band=band, locale=locale, country="US")
        texts = [a.title, a.body, a.why_intro, *a.why, *a.crisis_steps, *(x.label for x in a.actions),
                 *(x.text for x in a.actions if x.text is not None), *(x.draft for x in a.actions if x.draft is not None)]
        for text in texts:
            assert text.strip(), (label, band, tier)
            assert not FORBIDDEN.search(text), (label, band, tier, text)
        assert (tier == "crisis") == bool(a.crisis_steps)


def test_helpline_follows_country_not_locale():
    a = build_alert(tier="crisis", labels=("coercion",), message_index=0, at=1.75e9, risk=0.9, band="13-15", locale="en-GB", country="AU")
    assert a.helpline.country == "AU" and "1800 55 1800" in a.action("help").text
    b = build_alert(tier="crisis", labels=("coercion",), message_index=0, at=1.75e9, risk=0.9, band="13-15", locale="en-GB", country="EU")
    assert b.helpline.country == "EU" and "116 111" in b.action("help").text
    with pytest.raises(ValueError, match="no helplines for country 'ZZ'; supported: AU, CA, "):
        build_alert(tier="crisis", labels=("coercion",), message_index=0, at=1.75e9, risk=0.9, band="13-15",
                    locale="en-GB", country="ZZ")


def test_report_shares_only_what_the_child_picked():
    a = build_alert(tier="act_now", labels=("image_request", "secrecy"), message_index=3, at=1_750_000_000, risk=0.93,
                    band="13-15", locale="en-GB", country="GB")
    r = a.report(host_ids={"contact": "u123"}, messages=["the one message I chose"])
    d = r.to_dict()
    assert d["messages"] == ["the one message I chose"]
    assert d["labels"] == ["image_request", "secrecy"] and d["score_bucket"] == "high"
    assert d["time_bucket"].endswith("UTC") and ":" in d["time_bucket"]
    assert d["host_ids"] == {"contact": "u123"}
    # the preview shows the display name, never the raw id, and no score
    assert "the one message I chose" in r.preview() and "u123" not in r.preview() and "high" not in r.preview()
    assert "Account: Skye" in a.report(host_ids={"contact": "u123"}, contact_name="Skye").preview()
    empty = a.report().to_dict()
    assert empty["messages"] == [] and empty["host_ids"] == {}
    with pytest.raises(TypeError):
        a.report(messages="not a list")


def test_copy_locales_differ_where_they_should():
    gb, us = load_copy("en-GB"), load_copy("en-US")
    assert gb["locale"] == "en-GB" and us["locale"] == "en-US"
    assert load_copy("en-AU")["locale"] == "en-GB"  # other English falls back to en-GB
    with pytest.raises(ValueError):
        load_copy("xx-YY")


# ---- the timeline rules (product rules that hold whatever a calibration says) -----------------


def test_a_threat_as_the_first_message_opens_the_crisis_flow_even_in_a_gated_policy():
    policy = {"act_now_risk_gate": {"unknown": 0.99, "known": 0.99, "family": 0.99}}
    for contact in ("unknown", "known", "family"):
        chat = FakeGuard(FakeClock(), policy=policy).conversation(child_age=13, contact=contact)
        alert = chat.receive("coercion: i have ur pics. pay 200 tonight or ur school sees them")
        assert alert is not None and alert.tier == "crisis" and alert.message_index == 0 and alert.interruptive


def test_two_pattern_behaviours_days_apart_still_warn():
    clock = FakeClock()
    chat = FakeGuard(clock, policy={"presence_floor": 0.9}).conversation(child_age=12)
    assert chat.receive("supervision_check: do your parents check your phone?") is None
    clock.advance(6 * DAY)
    alert = chat.receive("secrecy: lets keep our chats between us")
    assert alert is not None and alert.tier == "pattern" and set(alert.labels) == {"secrecy", "supervision_check"}


def test_a_behaviour_older_than_the_memory_window_is_forgotten():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation(child_age=12)
    chat.receive("supervision_check: do your parents check your phone?")
    clock.advance(15 * DAY)
    assert chat.receive("secrecy: lets keep our chats between us") is None
    assert chat.evidence["supervision_check"] == 0.0


def test_no_act_now_or_crisis_is_lost_to_the_cap_and_patterns_never_spend_it():
    clock = FakeClock()
    guard = FakeGuard(clock, daily_cap=2)
    # pattern cards in many chats: inline, they never spend the interruptive budget
    for _ in range(5):
        assert guard.conversation().receive("secrecy+platform_move: keep it between us, add me on tg").tier == "pattern"
    assert guard.alert_budget.remaining(clock()) == 2
    # two chats spend the whole budget on act-now sheets
    for _ in range(2):
        assert guard.conversation().receive("meetup: come alone").interruptive
    assert guard.alert_budget.remaining(clock()) == 0
    # with the budget at zero, act-now still arrives (quiet) and crisis still interrupts
    for text in ("image_request: send a pic", "meetup: meet me at the park", "sexual_content: what r u wearing"):
        clock.advance(MIN)
        alert = guard.conversation().receive(text)
        assert alert is not None and alert.tier == "act_now" and alert.quiet
    crisis = guard.conversation().receive("coercion: pay or everyone sees it")
    assert crisis is not None and crisis.tier == "crisis" and crisis.interruptive


def test_repeats_within_one_chat_never_charge_the_cross_chat_budget():
    clock = FakeClock()
    guard = FakeGuard(clock, daily_cap=2)
    chat = guard.conversation()
    assert chat.receive("image_request: send a pic").interruptive
    clock.advance(MIN)
    resurfaced = chat.receive("meetup: come alone")  # a new act-now behaviour in the same chat
    assert resurfaced is not None and resurfaced.interruptive
    clock.advance(MIN)
    assert chat.receive("coercion: pay or else").interruptive
    assert guard.alert_budget.remaining(clock()) == 1  # one chat, one charge


def test_a_future_timestamp_counts_as_now_and_cannot_mute_warnings():
    clock = FakeClock()
    guard = FakeGuard(clock)
    chat = guard.conversation()
    far = clock() + 50 * 365 * DAY
    for text in ("meetup: a", "image_request: b", "sexual_content: c", "gifts: d"):
        chat.receive(text, at=far)
    state = Conversation.from_bytes(chat.to_bytes(unauthenticated=True), guard, unauthenticated=True)
    assert state._s.last_at is not None and state._s.last_at <= clock()
    clock.advance(2 * DAY)  # two days later, a new threat and a new photo request still warn
    assert chat.receive("coercion: pay now").tier == "crisis"
    assert state.receive("image_request: send one more").tier == "act_now"
    assert guard.alert_budget.remaining(clock()) >= 1  # the future did not fill the cap for good


def test_a_synced_backlog_raises_at_most_one_warning_per_tier():
    clock = FakeClock()
    chat = FakeGuard(clock, daily_cap=10).conversation(child_age=14)
    texts = ["secrecy: a", "platform_move: b", "isolation: c", "image_request: d", "meetup: e", "sexual_content: f",
             "coercion: g", "coercion+image_request: h", "gifts: i"] * 3
    start = clock() - 5 * DAY
    alerts = [chat.receive(t, at=start + i * 4 * HOUR) for i, t in enumerate(texts)]  # all arrive now
    tiers = [a.tier for a in alerts if a is not None]
    assert sorted(tiers) == sorted(set(tiers)) and "crisis" in tiers


def test_the_clock_going_back_does_not_freeze_fatigue_or_memory():
    clock = FakeClock()
    chat = FakeGuard(clock).conversation()
    clock.advance(365 * DAY)  # the device clock runs a year ahead for a while
    assert chat.receive("meetup: meet me").tier == "act_now"
    clock.advance(-365 * DAY)  # then it is corrected: the SDK cannot know how long ago the alert
    chat.send("ok")  # really was, so it keeps the timers' remaining spans (at most a day of fatigue)
    clock.advance(25 * HOUR)  # not a year: a day later the same tier may warn again
    assert chat.receive("meetup: meet me tomorrow") is not None
    clock.advance(15 * DAY)  # and memory still runs: the old behaviour has left it
    chat.send("hi")
    assert chat.evidence["meetup"] == 0.0


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), 1.75e12 * 1000, "now"])
def test_a_clock_returning_nonsense_is_refused_like_at(bad):
    chat = FakeGuard(lambda: bad).conversation()
    with pytest.raises((ValueError, TypeError)):
        chat.receive("hi")


def test_the_budget_survives_a_restart_as_keyed_bytes():
    clock = FakeClock()
    guard = FakeGuard(clock, daily_cap=1)
    assert guard.conversation().receive("meetup: come alone").interruptive
    key = b"k" * 32
    saved = guard.alert_budget.to_bytes(key=key)
    assert b"meetup" not in saved and b"come alone" not in saved  # times only
    restarted = FakeGuard(clock, daily_cap=1)
    restarted.alert_budget.restore(saved, key=key)
    assert restarted.conversation().receive("image_request: pic").quiet  # the cap was kept
    with pytest.raises(StateError):
        restarted.alert_budget.restore(saved[:-1] + bytes([saved[-1] ^ 1]), key=key)
    with pytest.raises(StateError):
        AlertBudget.from_bytes(saved, key=b"x" * 32)
    clock.advance(DAY)
    assert restarted.conversation().receive("image_request: pic").interruptive  # a new day


def test_state_of_model_1_2_0_is_migrated_without_losing_evidence():
    import hashlib
    import json
    import struct

    old = {"options": {"child_age": 12, "locale": "en-GB", "country": "GB"},
           "evidence": [0.0, 0.0, 0.96, 0.97, 0, 0, 0, 0, 0, 0, 0], "hits": [0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0],
           "risk_peak": 0.9, "risk_mean": 0.3, "received": 2, "sent": 0, "last_at": 1_750_000_000.0,
           "last_alert": {}, "alerted_labels": {}, "resurfaced": {}, "ok_until": 0.0, "blocked": False}
    payload = json.dumps(old).encode()
    head = struct.pack(">15sBI", b"SAFECHAT-STATE\x00", 1, len(payload))
    blob = head + payload + hashlib.sha256(head + payload).digest()
    chat = Conversation.from_bytes(blob, FakeGuard(FakeClock(1_750_000_000.0 + DAY)), unauthenticated=True)
    assert chat.evidence["secrecy"] == 0.97 and chat.contact == "unknown"


def test_a_datetime_at_the_edge_of_year_1_is_refused_not_saved():
    from datetime import datetime, timedelta, timezone

    chat = FakeGuard().conversation()
    early = datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=11)))  # before the first second allowed
    with pytest.raises(ValueError, match="between years 1 and 9999"):
        chat.receive("hi", at=early)
    assert Conversation.from_bytes(chat.to_bytes(unauthenticated=True), FakeGuard(), unauthenticated=True).received == 0
