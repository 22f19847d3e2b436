"""The demo's Kivy-free parts: presenter, scripts, storage and the worker engine.

Alerts come from the SDK driven by the scripted guard (tests/fakes.py), so every expectation is
exact whatever the bundled model scores. One test runs the real bundled model end to end.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from datetime import datetime

import pytest
import safechat

from demo_app import presenter, scenarios
from demo_app.engine import Engine
from demo_app.fake_guard import ScriptedGuard
from demo_app.storage import ChatRecord, Keystore, Storage
from tests.fakes import FakeClock, FakeGuard

pytestmark = pytest.mark.app
T0 = datetime(2026, 3, 2, 16, 30).timestamp()  # local time, like the scripts


def alert_for(tier: str, age: int | None = 11, country: str = "GB") -> safechat.Alert:
    """A real SDK alert of the given tier, raised through the scripted guard."""
    chat = FakeGuard().conversation(child_age=age, country=country)  # the locale follows the country
    if tier == "pattern":
        assert chat.receive("secrecy: keep this between us", at=T0) is None
        alert = chat.receive("gifts+platform_move: I'll send you gems, add me elsewhere", at=T0 + 60)
    elif tier == "act_now":
        alert = chat.receive("image_request: send me a pic", at=T0)
    else:
        alert = chat.receive("coercion: pay me or I share it", at=T0)
    assert alert is not None and alert.tier == tier
    return alert


# -- profile --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "band"), [(7, "7-9"), (9, "7-9"), (10, "10-12"), (12, "10-12"), (13, "13-15"), (16, "16-17"), (None, "default")]
)
def test_profile_band_matches_the_sdk(age, band):
    assert presenter.Profile(age=age).band == band
    assert FakeGuard().conversation(child_age=age).band == band


def test_profile_locale_follows_country_and_bad_values_name_the_rule():
    assert presenter.Profile(country="US").locale == "en-US"
    assert presenter.Profile(country="AU").locale == "en-GB"
    assert presenter.Profile(age=14, country="AU").summary() == "Age 13-15 · Australia"
    assert presenter.Profile(age=None).summary().startswith("Age not set")
    with pytest.raises(ValueError, match="7-17"):
        presenter.Profile(age=18)
    with pytest.raises(ValueError, match="country must be one of"):
        presenter.Profile(country="XX")


def test_every_country_on_the_profile_has_its_own_helpline():
    codes = [c for c, _ in presenter.COUNTRIES]
    assert len(codes) == len(set(codes)) and set(codes) == set(safechat.helpline_countries())
    for code in codes:
        assert safechat.helpline_for(code).country == code
    assert presenter.helpline_summary("AU") == "Kids Helpline: Call 1800\u00a055\u00a01800. In an emergency, call 000."


# -- times and previews ---------------------------------------------------------------------------


def test_times_read_like_a_phone():
    at = datetime(2026, 3, 2, 16, 5).timestamp()
    assert presenter.clock_time(at) == "16:05"
    assert presenter.day_label(at) == "Monday 2 March"
    assert presenter.same_day(at, at + 3600) and not presenter.same_day(at, at + 86400)
    assert presenter.list_time(at, at + 60) == "16:05"
    assert presenter.list_time(at, at + 2 * 86400) == "Mon"
    assert presenter.list_time(at, at + 10 * 86400) == "2 Mar"


def test_preview_is_one_line_cut_at_a_word():
    assert presenter.preview("short\nmessage") == "short message"
    long = "one two three four five six seven eight nine ten eleven twelve"
    out = presenter.preview(long, limit=20)
    assert out.endswith("…") and len(out) <= 20 and long.startswith(out[:-1])


# -- warnings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("tier", "surface"), [("pattern", "card"), ("act_now", "sheet"), ("crisis", "crisis")])
def test_each_tier_has_its_own_surface(tier, surface):
    alert = alert_for(tier)
    view = presenter.alert_view(alert)
    assert view.surface == surface
    assert (view.title, view.body, view.why_intro) == (alert.title, alert.body, alert.why_intro)
    assert view.why.splitlines() == [f"•  {line}" for line in alert.why[:3]]
    assert bool(view.steps) == bool(view.helpline) == (tier == "crisis")


def test_an_act_now_warning_over_the_daily_cap_is_an_inline_card_not_lost():
    clock = FakeClock(T0)
    guard = FakeGuard(clock, daily_cap=1)
    assert presenter.alert_view(guard.conversation().receive("meetup: come alone")).surface == "sheet"
    quiet = guard.conversation(child_age=11).receive("image_request: send me a pic")
    assert quiet is not None and quiet.quiet
    assert presenter.alert_view(quiet).surface == "card"
    assert presenter.alert_view(guard.conversation().receive("coercion: pay or else")).surface == "crisis"


def test_ten_to_twelve_get_six_buttons_of_equal_weight():
    view = presenter.alert_view(alert_for("act_now", age=11))
    assert [b.id for b in view.buttons] == ["talk", "block", "report", "help", "learn", "ok"]
    assert not any(b.default for b in view.buttons) and view.links == ()


def test_seven_to_nine_get_three_buttons_a_grown_up_first_and_the_rest_as_links():
    view = presenter.alert_view(alert_for("act_now", age=8))
    assert [b.id for b in view.buttons] == ["talk", "block", "ok"]
    assert [b.default for b in view.buttons] == [True, False, False]
    assert {b.id for b in view.links} == {"report", "help", "learn"}
    assert len(view.why.splitlines()) <= 2  # short, read-aloud friendly
    crisis = presenter.alert_view(alert_for("crisis", age=8))  # in a crisis: help, never "I'm OK"
    assert [b.id for b in crisis.buttons] == ["talk", "block", "help"]
    assert {b.id for b in crisis.links} == {"report", "learn"}


def test_crisis_shows_numbered_steps_and_the_countrys_helpline():
    alert = alert_for("crisis", age=14, country="US")
    view = presenter.alert_view(alert)
    assert view.steps.splitlines()[0] == f"1.  {alert.crisis_steps[0]}"
    assert len(view.steps.splitlines()) == len(alert.crisis_steps)
    name, routes, emergency = view.helpline.splitlines()
    assert name == "Childhelp National Child Abuse Hotline"
    assert routes == "Call 1-800-422-4453  ·  Text 1-800-422-4453" and emergency == "In an emergency, call 911."


@pytest.mark.parametrize(("country", "name", "number"), [("GB", "Childline", "0800 1111"), ("AU", "Kids Helpline", "1800 55 1800"), ("FR", "119", "119")])
def test_get_help_shows_the_helpline_for_the_chosen_country(country, name, number):
    alert = alert_for("act_now", country=country)
    panel = presenter.help_panel(alert)
    assert panel.kind == "help"
    assert panel.text == alert.action("help").text and name in panel.text
    call = panel.buttons[0]
    assert call.id == "call" and call.label == "Call " + presenter.nobreak(number) and call.uri.startswith("tel:")
    assert f"In an emergency, call {alert.helpline.emergency}." in panel.note


@pytest.mark.parametrize(("country", "ids", "uris"), [
    ("GB", ["call", "chat"], ["tel:+448001111", "https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/"]),
    ("US", ["call", "text"], ["tel:+18004224453", "sms:18004224453"]),
    ("CA", ["call", "text"], ["tel:+18006686868", "sms:686868?body=CONNECT"]),
    ("AU", ["call", "chat"], ["tel:+611800551800", "https://kidshelpline.com.au/get-help/webchat-counselling"]),
    ("DE", ["call"], ["tel:116111"]),
])
def test_help_offers_call_text_and_chat_where_the_helpline_has_them(country, ids, uris):
    panel = presenter.help_panel(alert_for("crisis", age=14, country=country))
    assert [b.id for b in panel.buttons] == ids and [b.uri for b in panel.buttons] == uris
    assert all(" " not in b.label.split(" ", 1)[1] for b in panel.buttons if b.id == "call")  # no wrap mid-number
    if country == "GB":  # the reporting and take-down routes, with where to reach them
        assert "Report to CEOP Safety Centre (https://www.ceop.police.uk/Safety-Centre/)" in panel.note
        assert "Get an image taken down: Report Remove (Childline and IWF)" in panel.note


def test_talk_opens_the_sdk_draft_with_no_chat_content():
    alert = alert_for("pattern", age=14)
    panel = presenter.talk_panel(alert)
    assert panel.draft == alert.action("talk").draft and panel.draft
    assert "gems" not in panel.draft and "secret" not in panel.draft.lower()


def test_report_preview_holds_only_the_messages_the_child_picked():
    alert = alert_for("act_now")
    none = presenter.report_panel(alert, contact_id="skye", contact_name="Skye_Rider")
    assert json.loads(none.payload)["messages"] == []
    assert "Messages you chose: none" in none.preview
    picked = presenter.report_panel(alert, contact_id="skye", contact_name="Skye_Rider", picked=["send me a pic"])
    payload = json.loads(picked.payload)
    assert payload["messages"] == ["send me a pic"]
    assert payload["host_ids"] == {"reported_account": "skye", "conversation": "demo-skye"}
    assert payload["tier"] == "act_now" and "image_request" in payload["labels"]
    assert "send me a pic" in picked.preview and "the app's safety team" in picked.preview
    assert "nothing was sent" in picked.note


@pytest.mark.parametrize("band", safechat.AGE_BANDS)
def test_confirmations_are_the_sdks_own(band):
    age = {"7-9": 8, "10-12": 11, "13-15": 14, "16-17": 16, "default": None}[band]
    alert = alert_for("act_now", age=age)
    assert presenter.ok_confirm(alert) == alert.ok_confirm
    assert presenter.blocked_confirm(band, "en-GB") == alert.blocked_confirm
    assert presenter.hidden_note("pattern", "en-US") == safechat.ui_strings("en-US")["hidden_card"]


def test_guard_text_adds_labels_only_for_the_scripted_guard():
    assert presenter.guard_text("hi", ("secrecy", "gifts"), scripted_guard=True) == "secrecy+gifts: hi"
    assert presenter.guard_text("hi", ("secrecy",), scripted_guard=False) == "hi"
    assert presenter.guard_text("hi", (), scripted_guard=True) == "hi"


# -- scripts --------------------------------------------------------------------------------------


def test_scripts_are_well_formed():
    ids = [s.id for s in scenarios.ALL]
    assert len(ids) == len(set(ids)) and {"coach", "classmate", "gamer", "groomer", "sextortion"} <= set(ids)
    for s in scenarios.SCENARIOS:
        assert s.lines and s.lines[0].sender == scenarios.THEM and s.lines[0].after == 0
        for line in s.lines:
            assert line.sender in (scenarios.THEM, scenarios.ME) and line.text.strip() and line.after >= 0
            assert set(line.labels) <= set(safechat.LABELS)
            assert not (line.sender == scenarios.ME and line.labels)  # the child's lines are never judged
    with pytest.raises(KeyError, match="choose one of"):
        scenarios.by_id("nobody")


@pytest.mark.parametrize("scenario", scenarios.SCENARIOS, ids=lambda s: s.id)
def test_each_script_raises_its_expected_warnings_with_the_scripted_guard(scenario):
    """The scripts, the stand-in guard and the SDK policy agree on what the demo shows."""
    for guard in (FakeGuard(), ScriptedGuard()):
        clock = FakeClock(scenario.start_at)
        chat = guard.conversation(child_age=12, clock=clock)
        at, tiers = scenario.start_at, []
        for line in scenario.lines:
            at += line.after
            clock.now = at  # the script arrives live
            if line.sender == scenarios.ME:
                chat.send(line.text, at=at)
                continue
            alert = chat.receive(presenter.guard_text(line.text, line.labels, scripted_guard=True), at=at)
            if alert is not None:
                tiers.append(alert.tier)
        assert tuple(tiers) == scenario.expect


def test_the_slow_groomer_builds_over_days_and_the_sextortion_within_the_hour():
    groomer, fast = scenarios.by_id("groomer"), scenarios.by_id("sextortion")
    assert sum(line.after for line in groomer.lines) > 2 * scenarios.DAY
    assert sum(line.after for line in fast.lines) < scenarios.HOUR


# -- storage --------------------------------------------------------------------------------------


def test_storage_round_trips_messages_chats_and_settings(tmp_path):
    db = Storage(tmp_path / "sub" / "history.sqlite3")
    first = db.add_message("coach", "them", "hello", T0)
    db.add_message("coach", "me", "hi coach", T0 + 60)
    db.add_message("maya", "them", "hey", T0 + 120)
    db.mark_alert(first.id, "pattern")
    assert [m.text for m in db.messages("coach")] == ["hello", "hi coach"]
    assert db.messages("coach")[0].alert_tier == "pattern"
    assert db.last_message("coach").text == "hi coach" and db.last_message("nobody") is None
    db.save_chat(ChatRecord("coach", 3, True, b"\x00state"))
    assert db.chat("coach") == ChatRecord("coach", 3, True, b"\x00state")
    assert db.chat("maya") == ChatRecord("maya", 0, False, None)
    db.put("age", "14")
    db.clear_chat("maya")
    assert db.messages("maya") == [] and db.messages("coach")
    db.clear_all()
    assert db.messages("coach") == [] and db.chat("coach").script_pos == 0
    assert db.get("age") == "14"  # settings survive a fresh start
    db.close()


def test_storage_refuses_a_history_from_another_schema(tmp_path):
    path = tmp_path / "old.sqlite3"
    Storage(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE settings SET value = '99' WHERE key = 'schema'")
    with pytest.raises(ValueError, match="schema 99"):
        Storage(path)


# -- the worker engine ----------------------------------------------------------------------------


class Inbox:
    """Stands in for Kivy's main thread: the engine delivers here; the test runs the calls."""

    def __init__(self) -> None:
        self.calls: queue.Queue = queue.Queue()

    def deliver(self, fn) -> None:
        self.calls.put(fn)

    def run(self, count: int, timeout: float = 10.0) -> None:
        for _ in range(count):
            self.calls.get(timeout=timeout)()


def test_engine_runs_sdk_calls_on_its_worker_in_order():
    inbox, seen, threads = Inbox(), [], []

    class Recording(FakeGuard):
        def classify(self, text):
            threads.append(threading.current_thread().name)
            return super().classify(text)

    engine = Engine(Recording, presenter.Profile(age=14), deliver=inbox.deliver)
    engine.receive("a", "secrecy: our secret", T0, seen.append)
    engine.receive("a", "platform_move: add me elsewhere", T0 + 60, seen.append)
    engine.receive("a", "coercion: or else", T0 + 120, seen.append)
    inbox.run(3)
    assert [a.tier if a else None for a, _ in seen] == [None, "pattern", "crisis"]
    assert seen[-1][0].band == "13-15"
    assert all(isinstance(blob, bytes) for _, blob in seen)
    assert threads == ["safechat-worker"] * 3  # never the caller's thread
    assert not engine.busy
    engine.close()
    engine.close()  # safe twice


def test_engine_block_stops_analysis_and_mark_ok_silences_patterns():
    inbox, seen = Inbox(), []
    engine = Engine(FakeGuard, presenter.Profile(), deliver=inbox.deliver)
    engine.receive("a", "secrecy: shh", T0, seen.append)
    engine.mark_ok("a", T0 + 1)
    engine.receive("a", "gifts+platform_move: gems, add me", T0 + 60, seen.append)
    engine.block("b")
    engine.receive("b", "image_request: send a pic", T0, seen.append)
    inbox.run(5)
    assert [a for a, _ in seen] == [None, None, None]  # "I'm OK" hid the pattern; "b" is not analysed
    engine.close()


def test_engine_drops_results_from_before_a_profile_change():
    inbox, seen = Inbox(), []
    engine = Engine(FakeGuard, presenter.Profile(age=8), deliver=inbox.deliver)
    engine.receive("a", "image_request: send a pic", T0, seen.append)
    engine.reset(presenter.Profile(age=16, country="AU"))
    engine.receive("a", "image_request: send a pic", T0 + 60, seen.append)
    inbox.run(3)
    assert len(seen) == 1 and seen[0][0].band == "16-17" and seen[0][0].helpline.country == "AU"
    engine.close()


def test_engine_reports_failures_without_message_text():
    inbox, errors = Inbox(), []

    def broken():
        raise RuntimeError("secret message text")

    engine = Engine(broken, presenter.Profile(), deliver=inbox.deliver, on_error=errors.append)
    engine.receive("a", "hello", T0, lambda r: pytest.fail("no result expected"))
    inbox.run(1)
    assert errors == ["RuntimeError in the safety check"]
    engine.close()


def test_engine_restores_saved_state_and_rebuilds_a_state_it_cannot_trust(tmp_path):
    inbox, seen, restored = Inbox(), [], []
    keystore = Keystore(tmp_path / "keystore.json")
    engine = Engine(FakeGuard, presenter.Profile(), deliver=inbox.deliver, keystore=keystore)
    engine.receive("a", "secrecy: shh", T0, seen.append)
    engine.receive("c", "secrecy: shh", T0, seen.append)
    inbox.run(2)
    blob_a, blob_c = seen[0][1], seen[1][1]
    engine.receive("a", "flattery: so mature", T0 + 30, seen.append)  # a newer save: blob_a is now old
    inbox.run(1)
    engine.close()
    keystore_file = tmp_path / "keystore.json"
    assert keystore_file.stat().st_mode & 0o777 == 0o600
    history = [(True, "secrecy: shh", T0)]
    again = Engine(FakeGuard, presenter.Profile(), deliver=inbox.deliver, keystore=Keystore(keystore_file))
    again.restore("c", blob_c, history, restored.append)  # as saved
    again.restore("a", blob_a, history, restored.append)  # rolled back to an older copy
    again.restore("b", blob_c, history, restored.append)  # another chat's state in this slot
    again.restore("d", b"not state", history, restored.append)  # damaged
    again.restore("e", None, [], restored.append)  # a new chat
    inbox.run(5)
    assert restored == [False, True, True, True, False]
    for contact in "abcd":  # every chat still remembers the secret: nothing was lost
        again.receive(contact, "platform_move: add me elsewhere", T0 + 60, seen.append)
    inbox.run(4)
    assert [r[0] is not None and r[0].tier for r in seen[3:]] == ["pattern"] * 4
    again.close()
    # a state signed with another key (the keystore was reset) is rebuilt too
    other = Engine(FakeGuard, presenter.Profile(), deliver=inbox.deliver, keystore=Keystore())
    other.restore("c", blob_c, history, restored.append)
    inbox.run(1)
    assert restored[-1] is True
    other.close()


def test_engine_keeps_the_daily_cap_across_restarts():
    inbox, saved = Inbox(), []
    keystore = Keystore()
    engine = Engine(FakeGuard, presenter.Profile(), deliver=inbox.deliver, keystore=keystore, save_budget=saved.append)
    engine.receive("a", "coercion: pay or else", T0, lambda r: None)
    inbox.run(1)
    engine.close()
    assert saved, "a crisis is counted against the cap, so the budget was saved"
    again = Engine(FakeGuard, presenter.Profile(), deliver=inbox.deliver, keystore=keystore)
    again.restore_budget(saved[-1])
    got = []
    again.warm_up(got.append)
    inbox.run(2)
    assert got[0].alert_budget.remaining(T0 + 60) == got[0].alert_budget.daily_cap - 1
    again.close()


def test_engine_with_the_real_bundled_model():
    """End to end on the shipped model: no assumption about its scores, only that it answers."""
    inbox, seen = Inbox(), []
    engine = Engine(safechat.Guard, presenter.Profile(age=13), deliver=inbox.deliver)
    for i, line in enumerate(scenarios.by_id("sextortion").lines):
        if line.sender == scenarios.THEM:
            engine.receive("jade", line.text, T0 + 60 * i, seen.append)
    count = sum(1 for line in scenarios.by_id("sextortion").lines if line.sender == scenarios.THEM)
    inbox.run(count, timeout=60)
    assert len(seen) == count
    for alert, blob in seen:
        assert alert is None or alert.tier in safechat.TIERS
        assert blob.startswith(b"SAFECHAT-STATE") and b"pic" not in blob  # state keeps no text
    engine.close()
