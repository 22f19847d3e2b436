"""The demo messenger, really running offscreen: play scripts, press buttons, read the screen.

Kivy's environment (offscreen SDL, a temporary KIVY_HOME, no argument parsing) is set at the
top of tests/conftest.py. Everything here skips when Kivy is not installed (the "demo" extra).
Warnings that must appear come from the scripted guard (tests/fakes.py); the real bundled model
runs end to end in its own tests without assumptions about its scores.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest

pytest.importorskip("kivy")

import safechat
from kivy.base import EventLoop
from kivy.core.window import Window

from demo_app import presenter, scenarios, theme
from demo_app.app import MessengerApp
from demo_app.chat import MessageBubble, PatternCard
from demo_app.sheets import AlertSheet, PanelSheet, ReportSheet
from demo_app.widgets import Note
from tests.fakes import FakeGuard

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.app


# -- running the app ------------------------------------------------------------------------------


def pump(until=lambda: False, timeout: float = 15.0, frames: int = 0) -> None:
    """Run the Kivy loop until ``until()`` holds (then ``frames`` more), or fail after ``timeout``."""
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the app")
        EventLoop.idle()
    for _ in range(frames):
        EventLoop.idle()


@pytest.fixture
def make_app():
    started: list[MessengerApp] = []

    def start(
        guard_factory=FakeGuard, scripted: bool = True, age: int | None = 11, country: str = "GB", db=":memory:"
    ) -> MessengerApp:
        app = MessengerApp(
            guard_factory=guard_factory,
            scripted_guard=scripted,
            db_path=db,
            profile=presenter.Profile(age=age, country=country) if age != "saved" else None,
        )
        Window.size = (420, 860)  # phone-shaped, like the real window
        app._run_prepare()  # what App.run() does before its loop; the test drives the loop
        started.append(app)
        pump(lambda: app.ready, frames=2)
        return app

    yield start
    for app in started:
        app.dispatch("on_stop")
        if app.root is not None and app.root.parent is not None:
            Window.remove_widget(app.root)


def press(button) -> None:
    button.trigger_action(duration=0)
    EventLoop.idle()


def play(app: MessengerApp, scenario: str, until: str | None = None) -> None:
    """Open a chat, play its script at full speed, stop at the first ``until`` warning."""
    app.stop_at = until
    app.show_chat(scenario)
    app.speed_index = len(presenter.SPEEDS) - 1
    press(app.chat_screen.ids.play)
    state = app.chats[scenario]
    if until is None:
        pump(lambda: (state.finished or state.held is not None) and not app.engine.busy, frames=3)
        return

    def reached() -> bool:
        if state.held is not None and state.held.alert.tier != until and app.sheets:
            press(app.sheets[-1].ids.hide)  # a warning on the way: the child hides it, the script goes on
        return any(r.alert.tier == until for r in state.records) and not app.engine.busy

    pump(reached, frames=3)


def feed(app: MessengerApp, kind):
    return [w for w in app.chat_screen.feed_widgets() if isinstance(w, kind)]


def top_sheet(app: MessengerApp):
    return app.sheets[-1] if app.sheets else None


def expected(tier: str, age: int | None, country: str = "GB", text: str = "") -> safechat.Alert:
    """The SDK's own alert for this tier, band and country (what the screen must show)."""
    chat = FakeGuard().conversation(child_age=age, country=country)  # the locale follows the country
    labels = {"act_now": "image_request", "crisis": "coercion"}[tier]
    return chat.receive(f"{labels}: {text}", at=1_750_000_000)


# -- the chat list and a chat ---------------------------------------------------------------------


def test_chat_list_shows_every_contact_and_opens_a_chat(make_app):
    app = make_app()
    rows = app.list_screen.rows()
    assert [r.name for r in rows] == [s.name for s in scenarios.ALL]
    assert app.list_screen.profile_line == "Age 10-12 · United Kingdom"
    press(rows[0])
    assert app.sm.current == "chat" and app.chat_screen.contact_name == "Coach Dan"
    press(app.chat_screen.ids.back)
    assert app.sm.current == "list"


def test_coach_plays_out_with_bubbles_and_times_and_no_warning(make_app):
    app = make_app()
    play(app, "coach")
    coach = scenarios.by_id("coach")
    bubbles = feed(app, MessageBubble)
    assert [b.text for b in bubbles] == [line.text for line in coach.lines]
    assert [b.mine for b in bubbles] == [line.sender == scenarios.ME for line in coach.lines]
    assert bubbles[0].time == "17:40"
    assert not feed(app, PatternCard) and app.sheet_name == ""
    assert app.chat_screen.finished and app.chat_screen.ids.play.text == "Again"
    # the history is the demo's own SQLite file; the chat list shows the newest message
    assert [m.text for m in app.storage.messages("coach")] == [line.text for line in coach.lines]
    app.show_list()
    assert app.list_screen.rows()[0].preview == presenter.preview(coach.lines[-1].text)


def test_the_child_can_type_and_send(make_app):
    app = make_app()
    app.show_chat("classmate")
    app.chat_screen.ids.entry.text = "see you at lunch"
    press(app.chat_screen.ids.send)
    pump(lambda: not app.engine.busy, frames=1)
    bubble = feed(app, MessageBubble)[-1]
    assert bubble.text == "see you at lunch" and bubble.mine
    assert app.chat_screen.ids.entry.text == ""


def test_speed_control_cycles_through_every_speed(make_app):
    app = make_app()
    app.show_chat("coach")
    seen = [app.chat_screen.ids.speed.text]
    for _ in presenter.SPEEDS:
        press(app.chat_screen.ids.speed)
        seen.append(app.chat_screen.ids.speed.text)
    assert set(seen) == {text for text, _ in presenter.SPEEDS} and seen[0] == seen[-1]


# -- the pattern card -----------------------------------------------------------------------------


def test_groomer_raises_an_inline_pattern_card_and_im_ok_quiets_it(make_app):
    app = make_app(age=11)
    play(app, "groomer", until="pattern")
    cards = feed(app, PatternCard)
    assert len(cards) == 1 and app.sheet_name == ""  # inline, not a sheet
    card = cards[0]
    rec = app.chats["groomer"].records[0]
    assert card.title == rec.alert.title == "Something to check in this chat"
    assert "gifts" in rec.alert.labels and "secrecy" in rec.alert.labels
    assert card.ids.why.text == presenter.alert_view(rec.alert).why
    buttons = {b.action_id: b for b in card.ids.buttons.children}
    assert set(buttons) == {"talk", "block", "report", "help", "learn", "ok"}
    press(buttons["ok"])
    pump(lambda: not app.engine.busy, frames=1)
    assert not feed(app, PatternCard)
    assert rec.alert.ok_confirm in [n.text for n in feed(app, Note)]  # the SDK's own line
    # "I'm OK" silences later patterns for this contact, never the act-now sheet
    play(app, "groomer", until="act_now")
    tiers = [r.alert.tier for r in app.chats["groomer"].records]
    assert tiers == ["pattern", "act_now"] and app.sheet_name == "act_now"


def test_hiding_a_card_leaves_a_line_that_reopens_it(make_app):
    app = make_app()
    play(app, "groomer", until="pattern")
    card = feed(app, PatternCard)[0]
    press(card.ids.hide)
    assert not feed(app, PatternCard)
    hidden = [n for n in feed(app, Note) if n.kind == "hidden"]
    press(hidden[0])
    assert len(feed(app, PatternCard)) == 1


# -- the act-now sheet and its actions ------------------------------------------------------------


def test_act_now_sheet_opens_full_screen_and_every_action_works(make_app):
    app = make_app(age=14)
    play(app, "groomer", until="act_now")
    before = len(app.storage.messages("groomer"))
    sheet = top_sheet(app)
    assert isinstance(sheet, AlertSheet) and app.sheet_name == "act_now"
    assert tuple(sheet.size) == tuple(Window.size)  # full screen
    want = expected("act_now", 14)
    assert (sheet.title, sheet.body) == (want.title, want.body)
    assert sheet.steps == "" and sheet.helpline == ""
    actions = sheet.buttons()
    assert [actions[a].text for a in ("talk", "help", "ok")] == [want.action(a).label for a in ("talk", "help", "ok")]

    press(actions["help"])  # the helpline for the chosen country: call and chat, as Childline offers
    help_sheet = top_sheet(app)
    assert app.sheet_name == "help" and "Childline" in help_sheet.text and "0800 1111" in help_sheet.text
    assert set(help_sheet.help_buttons()) == {"call", "chat"}
    press(help_sheet.help_buttons()["call"])
    assert "tel:+448001111" in help_sheet.status and "Nothing was dialled" in help_sheet.status
    press(help_sheet.ids.back)
    assert app.sheet_name == "act_now"

    press(actions["talk"])  # an editable draft, nothing from the chat in it
    talk = top_sheet(app)
    assert isinstance(talk, PanelSheet) and app.sheet_name == "talk"
    assert talk.ids.draft_input.text == want.action("talk").draft
    talk.ids.draft_input.text = "Mum, can we talk after dinner?"
    press(talk.ids.primary)
    assert talk.status.startswith(safechat.ui_strings("en-GB")["copied"])
    assert talk.current_draft() == "Mum, can we talk after dinner?"
    press(talk.ids.back)

    press(actions["learn"])
    assert app.sheet_name == "learn" and top_sheet(app).text
    press(top_sheet(app).ids.back)

    press(actions["report"])  # a preview of exactly what would be shared; nothing is sent
    report = top_sheet(app)
    assert isinstance(report, ReportSheet) and app.sheet_name == "report"
    assert "Messages you chose: none" in report.preview
    first = scenarios.by_id("groomer").lines[0].text
    press(report.ids.picks.children[-1].ids.box)  # tick the first message
    assert report.picked() == [first] and first in report.preview
    press(report.ids.share)
    assert "nothing was sent" in report.status and first in report.payload
    press(report.ids.back)
    assert app.sheet_name == "act_now"

    press(actions["block"])  # block: the sheet closes, the chat stays, analysis stops
    pump(lambda: not app.engine.busy, frames=1)
    state = app.chats["groomer"]
    assert app.sheet_name == "" and state.blocked and not state.playing
    assert want.blocked_confirm in [n.text for n in feed(app, Note)]
    assert len(app.storage.messages("groomer")) == before  # no action sent or deleted anything
    # a message that still arrives is shown but not analysed
    shown = len(state.records)
    app.incoming(state, "image_request+coercion: answer me", (), state.at + 60)
    pump(lambda: not app.engine.busy, frames=1)
    assert len(state.records) == shown and app.sheet_name == ""
    assert feed(app, MessageBubble)[-1].note == safechat.ui_strings("en-GB")["blocked_not_checked"]


def test_hiding_the_sheet_keeps_a_line_to_reopen_it_and_playback_goes_on(make_app):
    app = make_app(age=14)
    play(app, "groomer", until="act_now")
    state = app.chats["groomer"]
    assert state.held is not None  # playback waits for the child
    press(top_sheet(app).ids.hide)
    assert app.sheet_name == "" and state.held is None
    hidden = [n for n in feed(app, Note) if n.kind == "hidden"]
    press(hidden[-1])
    assert app.sheet_name == "act_now"


# -- the crisis flow ------------------------------------------------------------------------------


@pytest.mark.parametrize(("age", "country", "helpline", "number"), [(8, "US", "Childhelp", "1-800-422-4453"), (16, "AU", "Kids Helpline", "1800 55 1800")])
def test_sextortion_opens_the_crisis_flow_with_steps_and_the_local_helpline(make_app, age, country, helpline, number):
    app = make_app(age=age, country=country)
    play(app, "sextortion", until="crisis")
    sheet = top_sheet(app)
    assert isinstance(sheet, AlertSheet) and app.sheet_name == "crisis"
    want = expected("crisis", age, country)
    assert sheet.title == want.title
    assert sheet.ids.steps.text.splitlines()[0].endswith(want.crisis_steps[0])
    assert helpline in sheet.ids.helpline.text and presenter.nobreak(number) in sheet.ids.helpline.text
    buttons = {b.action_id for b in sheet.ids.buttons.children}
    if age == 8:  # three big buttons, a grown-up first, help among them; the rest as links
        assert buttons == {"talk", "block", "help"}
        assert {b.action_id for b in sheet.ids.links.children} == {"report", "learn"}
        assert next(b for b in sheet.ids.buttons.children if b.action_id == "talk").suggested
    else:
        assert buttons == {"talk", "block", "report", "help", "learn"}  # never "I'm OK" after a threat
    if age == 16:  # the law of the country the child is in
        assert "In Australia it is against the law" in sheet.body
    press(sheet.ids.hide)
    assert app.sheet_name == ""


def test_history_and_progress_survive_a_restart(make_app, tmp_path):
    db = tmp_path / "history.sqlite3"
    app = make_app(db=db)
    play(app, "groomer", until="pattern")
    shown = [b.text for b in feed(app, MessageBubble)]
    pos = app.chats["groomer"].pos
    app.dispatch("on_stop")
    again = make_app(db=db, age="saved")
    assert again.profile == presenter.Profile(age=11, country="GB")
    again.show_chat("groomer")
    assert [b.text for b in feed(again, MessageBubble)] == shown
    assert safechat.ui_strings("en-GB")["shown_earlier"] in [n.text for n in feed(again, Note)]
    assert again.chats["groomer"].pos == pos  # playing again continues the script
    notes = [n.text for n in feed(again, Note)]
    assert presenter.ui_text("rebuilt", "en-GB") not in notes  # restored as saved: nothing to say
    assert (tmp_path / "keystore.json").stat().st_mode & 0o777 == 0o600


def test_a_state_that_cannot_be_trusted_is_rebuilt_and_the_child_told_nothing_was_lost(make_app, tmp_path):
    import sqlite3

    db = tmp_path / "history.sqlite3"
    app = make_app(db=db)
    play(app, "groomer", until="pattern")
    evidence = dict(app.engine._chats["groomer"].evidence)
    app.dispatch("on_stop")
    with sqlite3.connect(db) as con:  # the state is altered on disk (a tamperer, or a bad sector)
        (blob,) = con.execute("SELECT state FROM chats WHERE contact = 'groomer'").fetchone()
        con.execute("UPDATE chats SET state = ? WHERE contact = 'groomer'", (blob[:-1] + bytes([blob[-1] ^ 1]),))
    again = make_app(db=db, age="saved")
    pump(lambda: not again.engine.busy, frames=2)
    again.show_chat("groomer")
    assert presenter.ui_text("rebuilt", "en-GB") in [n.text for n in feed(again, Note)]
    assert again.engine._chats["groomer"].evidence == evidence  # rebuilt from the kept messages
    assert not again.sheets  # the replay shows no warning a second time


# -- strings every host needs, and tap targets --------------------------------------------------


def tappable(root):
    """Every widget on screen a child can tap, with its size in dp."""
    from kivy.metrics import dp
    from kivy.uix.behaviors import ButtonBehavior
    from kivy.uix.textinput import TextInput

    for w in root.walk(restrict=True):
        if isinstance(w, (ButtonBehavior, TextInput)) and not w.disabled and w.opacity > 0 and w.width > 0 \
                and w.height > 0 and w.get_parent_window() is not None:
            yield w, w.width / dp(1), w.height / dp(1)


def small_targets(app):
    return [(type(w).__name__, getattr(w, "text", ""), round(width), round(height))
            for w, width, height in tappable(app.root) if min(width, height) < theme.TAP_DP - 0.5]


def test_every_tap_target_is_at_least_48_dp(make_app):
    app = make_app(age=8)
    assert small_targets(app) == []  # the chat list (with the first-run card)
    app.show_profile()
    pump(lambda: True, frames=3)
    assert small_targets(app) == []
    play(app, "groomer", until="pattern")  # a 7-9 card: three buttons and small links
    assert small_targets(app) == []
    play(app, "groomer", until="act_now")
    assert small_targets(app) == []
    for action in ("help", "report"):
        press(top_sheet(app).buttons()[action])
        pump(lambda: True, frames=3)
        assert small_targets(app) == [], action
        press(top_sheet(app).ids.back)


def test_first_run_and_clear_history_use_the_sdks_words(make_app):
    app = make_app()
    ui = safechat.ui_strings("en-GB")
    screen = app.list_screen
    assert (screen.first_run_title, screen.first_run_body) == (ui["first_run_title"], ui["first_run_body"])
    press(screen.ids.first_run_ok)
    assert screen.first_run_title == "" and app.storage.get("first_run_seen") == "1"
    play(app, "groomer", until="pattern")
    assert app.engine._chats["groomer"].received > 0
    app.show_profile()
    assert app.profile_screen.ids.clear_history.text == ui["clear_history_button"]
    press(app.profile_screen.ids.clear_history)
    pump(lambda: not app.engine.busy, frames=1)
    assert app.profile_screen.status == ui["clear_history_done"] and "groomer" not in app.engine._chats
    assert app.storage.messages("groomer")  # the chat itself stays


# -- profile and play-the-contact -----------------------------------------------------------------


def test_profile_change_restyles_warnings_and_starts_fresh_conversations(make_app):
    app = make_app(age=11, country="GB")
    play(app, "coach")
    app.show_list()
    press(app.list_screen.ids.profile)
    assert app.sm.current == "profile"
    screen = app.profile_screen
    screen.pick_age("16-17")
    screen.ids.country.text = "Australia"
    assert "Kids Helpline" in screen.helpline
    press(screen.ids.save)
    assert app.profile == presenter.Profile(age=16, country="AU") and "fresh" in screen.status
    assert app.storage.messages("coach") == [] and app.storage.get("country") == "AU"
    assert app.list_screen.profile_line == "Age 16-17 · Australia"
    play(app, "sextortion", until="crisis")
    rec = app.chats["sextortion"].records[-1]
    assert rec.alert.band == "16-17" and rec.alert.helpline.name == "Kids Helpline"


def test_play_the_contact_types_incoming_messages(make_app):
    app = make_app()
    app.show_chat("playground")
    screen = app.chat_screen
    assert screen.playground and screen.as_contact and "Scripted guard" in screen.hint
    for text in ("secrecy: this stays between us ok", "platform_move: add me on another app"):
        screen.ids.entry.text = text
        press(screen.ids.send)
        pump(lambda: not app.engine.busy, frames=1)
    assert [b.mine for b in feed(app, MessageBubble)] == [False, False]
    assert len(feed(app, PatternCard)) == 1
    press(screen.ids.sender)  # now typing as the child
    screen.ids.entry.text = "who is this?"
    press(screen.ids.send)
    pump(lambda: not app.engine.busy, frames=1)
    assert feed(app, MessageBubble)[-1].mine


def test_sdk_calls_never_run_on_the_ui_thread(make_app):
    threads: set[str] = set()

    class Recording(FakeGuard):
        def classify(self, text):
            threads.add(threading.current_thread().name)
            return super().classify(text)

    app = make_app(guard_factory=Recording)
    play(app, "sextortion", until="crisis")
    assert threads == {"safechat-worker"} and threading.current_thread().name not in threads


# -- the real bundled model -----------------------------------------------------------------------


def test_real_model_end_to_end_in_the_app(make_app):
    """The shipped model behind the real app: every message is analysed, nothing breaks."""
    app = make_app(guard_factory=safechat.Guard, scripted=False)
    play(app, "classmate")
    state = app.chats["classmate"]
    pump(lambda: state.finished and not app.engine.busy, timeout=60)
    if state.held is not None:
        press(top_sheet(app).ids.hide)
    theirs = sum(1 for line in scenarios.by_id("classmate").lines if line.sender == scenarios.THEM)
    assert state.analysed >= 1 and app.error == ""
    assert len(feed(app, MessageBubble)) >= 1
    assert state.analysed <= theirs


# -- headless screenshots -------------------------------------------------------------------------


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Decode an 8-bit RGB/RGBA PNG with the standard library: (width, height, raw rows)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride, prev, rows = zlib.decompress(idat), width * channels, bytearray(width * channels), bytearray()
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows += line
        prev = line
    return width, height, bytes(rows)


def variance(values: bytes) -> float:
    sample = values[:: max(1, len(values) // 200_000)]
    mean = sum(sample) / len(sample)
    return sum((v - mean) ** 2 for v in sample) / len(sample)


@pytest.mark.parametrize(
    "args",
    [
        ["--scenario", "groomer", "--until", "pattern", "--fake-guard", "--age", "8"],
        ["--scenario", "coach"],  # the real bundled model, end to end through the command line
    ],
    ids=["pattern-card-scripted", "coach-real-model"],
)
def test_headless_screenshot_writes_a_non_blank_png(tmp_path, args):
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "KIVY_HOME"}  # the CLI makes its own
    done = subprocess.run(
        [sys.executable, "-m", "demo_app", "--headless", "--screenshot", str(out), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    width, height, pixels = png_pixels(out)
    assert (width, height) == (420, 860)
    assert variance(pixels) > 100  # a real screen, not one flat colour


def test_headless_mode_says_when_a_warning_never_came(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "KIVY_HOME"}
    done = subprocess.run(
        [sys.executable, "-m", "demo_app", "--headless", "--screenshot", str(tmp_path / "x.png"),
         "--scenario", "coach", "--until", "crisis", "--fake-guard"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 2 and "raised no 'crisis' warning" in done.stderr
    assert not (tmp_path / "x.png").exists()
