"""The messenger: screens, scripted playback, and the warnings, wired to the SDK.

Import this only after the environment is set (``cli.main`` does it): Kivy reads its settings
when first imported. SDK calls go through :class:`~demo_app.engine.Engine` on a worker thread;
their results come back here on the UI thread (``@mainthread``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import safechat
from kivy.app import App
from kivy.clock import Clock, mainthread
from kivy.lang import Builder
from kivy.properties import NumericProperty, StringProperty
from kivy.uix.floatlayout import FloatLayout
from kivy.uix.screenmanager import NoTransition, ScreenManager

from . import presenter, scenarios, theme
from .chat import ChatScreen, PatternCard
from .chat_list import ChatListScreen
from .engine import Engine
from .profile import ProfileScreen
from .scenarios import ME, THEM, Scenario
from .sheets import AlertSheet, PanelSheet, ReportSheet, Sheet
from .storage import ChatRecord, Keystore, Message, Storage
from .widgets import Note

Builder.load_file(str(Path(__file__).with_suffix(".kv")))

CHILD_REPLY_GAP = 40.0  # scripted seconds between the last message and one the visitor types
FAST = 0.05  # seconds between lines at "Skip" speed


class Root(FloatLayout):
    """The screens, with an overlay layer on top for full-screen sheets."""


@dataclass
class AlertRecord:
    """A warning the child was shown, where it sits in the chat, and what became of it."""

    contact: str
    message_id: int
    alert: safechat.Alert
    view: presenter.AlertView
    status: str = "open"  # "open", "ok" (the child said I'm OK) or "hidden" (one-tap hide, or closed by block)
    widget: Any = None  # its row in the chat while that chat is on screen


@dataclass
class ChatState:
    """One contact's chat, in memory."""

    scenario: Scenario
    pos: int = 0  # script lines played
    at: float = 0.0  # scripted clock: when the last message was sent
    playing: bool = False
    blocked: bool = False
    blocked_after: int | None = None  # message id after which the "blocked" line sits
    waiting: bool = False  # a contact message is being analysed
    held: AlertRecord | None = None  # a sheet the child has not answered yet: playback waits
    unread: bool = False
    analysed: int = 0  # contact messages the SDK has answered for (tests, headless)
    rebuilt: bool = False  # the saved safety state could not be read and was rebuilt from the messages
    records: list[AlertRecord] = field(default_factory=list)
    event: Any = None

    @property
    def finished(self) -> bool:
        return self.pos >= len(self.scenario.lines)


@dataclass(frozen=True)
class ShotPlan:
    """What ``--headless --screenshot`` renders."""

    path: Path
    screen: str = "list"  # "list", "chat" or "profile"
    scenario: str | None = None
    until: str | None = None  # stop at the first warning of this tier ("pattern", "act_now", "crisis")
    press: str | None = None  # then press this action ("help", "talk", "report", "learn", "ok", "block")
    prefill: bool = False  # play every script in the background first (a lived-in chat list)
    timeout: float = 120.0  # seconds


class MessengerApp(App):
    """The demo messenger.

    Args:
        guard_factory: builds the Guard on the worker thread (default ``safechat.Guard``).
        scripted_guard: the guard is the scripted stand-in: send it "label+label: text".
        db_path: the SQLite history file (":memory:" for a throwaway one); default: the
            platform's user data folder.
        profile: start with this profile instead of the saved one.
        shot: render this and quit (headless mode).
    """

    speed_index = NumericProperty(1)
    sheet_name = StringProperty("")  # the top sheet's kind, "" when none is open
    error = StringProperty("")

    def __init__(
        self,
        *,
        guard_factory: Callable[[], Any] | None = None,
        scripted_guard: bool = False,
        db_path: str | Path | None = None,
        profile: presenter.Profile | None = None,
        shot: ShotPlan | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("title", "safechat demo messenger")
        super().__init__(**kwargs)
        self.guard_factory = guard_factory or safechat.Guard
        self.scripted_guard = scripted_guard
        self.db_path = db_path
        self.profile_override = profile
        self.shot = shot
        self.shot_result: int | None = None
        self.shot_error = ""
        self.stop_at: str | None = shot.until if shot else None
        self.sheets: list[Sheet] = []
        self.chats: dict[str, ChatState] = {}
        self.current: str | None = None
        self.ready = False

    @property
    def name(self) -> str:
        # names the user data folder that holds the history (Kivy would use "messenger")
        return "safechat-demo"

    # -- building -------------------------------------------------------------------------------

    def build(self) -> Root:
        path = self.db_path if self.db_path is not None else self._data_dir() / "history.sqlite3"
        self.storage = Storage(path)
        # the platform keystore's stand-in, apart from the history (in memory with it when throwaway)
        keystore = Keystore(None if str(path) == ":memory:" else Path(path).with_name("keystore.json"))
        self.profile = self.profile_override or self._saved_profile()
        if self.profile_override is not None:
            self._store_profile(self.profile)
        self.engine = Engine(self.guard_factory, self.profile, deliver=mainthread(lambda fn: fn()), on_error=self._failed,
                             keystore=keystore, save_budget=lambda blob: self.storage.put("budget", blob.hex()))
        self.engine.warm_up(self._warmed)
        root = Root()
        self.sm: ScreenManager = root.ids.sm
        self.sm.transition = NoTransition()
        self.list_screen = ChatListScreen(name="list")
        self.chat_screen = ChatScreen(name="chat")
        self.profile_screen = ProfileScreen(name="profile")
        for screen in (self.list_screen, self.chat_screen, self.profile_screen):
            self.sm.add_widget(screen)
        self.overlay = root.ids.overlay
        self._load_chats()
        self.refresh_list()
        return root

    def _data_dir(self) -> Path:
        try:
            return Path(self.user_data_dir)  # the platform's place for app data (Kivy creates it)
        except OSError:  # e.g. no ~/.config yet: Kivy creates only the last folder
            return Path.home() / ".safechat-demo"

    def on_start(self) -> None:
        if self.shot is not None:
            self.director = Director(self, self.shot)  # the Clock holds callbacks weakly: keep it
            self.director.start()

    def on_stop(self) -> None:
        for state in self.chats.values():
            if state.event is not None:
                state.event.cancel()
        self.engine.close()
        self.storage.close()

    def _saved_profile(self) -> presenter.Profile:
        age = self.storage.get("age", "11")
        country = self.storage.get("country", "GB") or "GB"
        try:
            return presenter.Profile(age=None if age in (None, "", "none") else int(age), country=country)
        except ValueError:
            return presenter.Profile()

    def _store_profile(self, profile: presenter.Profile) -> None:
        self.storage.put("age", "none" if profile.age is None else str(profile.age))
        self.storage.put("country", profile.country)

    def _load_chats(self) -> None:
        budget = self.storage.get("budget")
        if budget:
            with contextlib.suppress(ValueError):
                self.engine.restore_budget(bytes.fromhex(budget))
        for s in scenarios.ALL:
            record = self.storage.chat(s.id)
            messages = self.storage.messages(s.id)
            state = ChatState(scenario=s, pos=record.script_pos, blocked=record.blocked)
            state.at = messages[-1].at if messages else self._start_at(s)
            labels = {line.text: line.labels for line in s.lines if line.sender == THEM}
            history = [(m.sender == THEM, presenter.guard_text(m.text, labels.get(m.text, ()),
                                                                scripted_guard=self.scripted_guard), m.at)
                       for m in messages]  # as the SDK read them the first time
            self.engine.restore(s.id, record.state, history, lambda rebuilt, st=state: self._restored(st, rebuilt))
            self.chats[s.id] = state

    def _restored(self, state: ChatState, rebuilt: bool) -> None:
        """A chat's safety state could not be read and was rebuilt from its messages: say so once,
        in the chat, so the child knows nothing was lost."""
        state.rebuilt = rebuilt
        if rebuilt and self.current == state.scenario.id:
            self.chat_screen.add_note(presenter.ui_text("rebuilt", self.profile.locale))

    @staticmethod
    def _start_at(s: Scenario) -> float:
        # the playground runs on real time; scripts on their own, fixed, scripted time
        return time.time() if not s.lines else s.start_at

    def _warmed(self, _guard: Any) -> None:
        self.ready = True
        self.chat_screen.banner = ""

    def _failed(self, what: str) -> None:
        self.error = what
        self.chat_screen.banner = "The safety check could not run (" + what + ")."

    # -- navigation -----------------------------------------------------------------------------

    def show_list(self) -> None:
        self.current = None
        self.refresh_list()
        self.sm.current = "list"

    def show_profile(self) -> None:
        self.profile_screen.load(self.profile)
        self.sm.current = "profile"

    def show_chat(self, contact: str) -> None:
        state = self.chats[contact]
        s = state.scenario
        screen = self.chat_screen
        self.current = contact
        state.unread = False
        screen.contact_id, screen.contact_name, screen.platform = s.id, s.name, s.platform
        screen.initial = s.name[0].upper()
        screen.avatar_color = theme.rgba(s.color)
        screen.playground = not s.lines
        screen.scripted = bool(s.lines)
        screen.as_contact = True
        screen.speed_text = presenter.SPEEDS[self.speed_index][0]
        screen.banner = "" if self.ready else "Getting the safety check ready..."
        screen.hint = self._hint(s)
        self._sync_controls(state)
        self.render_chat(state)
        self.sm.current = "chat"
        if state.held is not None and not self.sheets:
            self._open_alert_sheet(state.held)

    def _hint(self, s: Scenario) -> str:
        if s.lines:
            return ""
        if self.scripted_guard:
            return 'Scripted guard: start a message with labels, e.g. "secrecy+gifts: our secret ok?"'
        return "You are typing as the contact. Warnings appear on the child's side only."

    def _sync_controls(self, state: ChatState) -> None:
        if self.current == state.scenario.id:
            self.chat_screen.playing = state.playing
            self.chat_screen.finished = state.finished
            self.chat_screen.blocked = state.blocked

    def refresh_list(self) -> None:
        lasts = {cid: self.storage.last_message(cid) for cid in self.chats}
        now = max((m.at for m in lasts.values() if m), default=time.time())
        rows = []
        for cid, state in self.chats.items():
            s, last = state.scenario, lasts[cid]
            rows.append(
                {
                    "contact_id": cid,
                    "name": s.name,
                    "platform": s.platform,
                    "preview": presenter.preview(last.text) if last else s.about,
                    "time": presenter.list_time(last.at, now) if last else "",
                    "initial": s.name[0].upper(),
                    "fill": theme.rgba(s.color),
                    "unread": state.unread,
                    "on_release": lambda row: self.show_chat(row.contact_id),
                }
            )
        self.list_screen.set_rows(rows)
        self.list_screen.profile_line = self.profile.summary()
        screen, seen = self.list_screen, self.storage.get("first_run_seen", "") == "1"
        screen.first_run_title = "" if seen else presenter.ui_text("first_run_title", self.profile.locale)
        screen.first_run_body = "" if seen else presenter.ui_text("first_run_body", self.profile.locale)
        screen.first_run_button = "" if seen else presenter.ui_text("first_run_button", self.profile.locale)

    def dismiss_first_run(self) -> None:
        """The child read the first-run explanation: it does not show again."""
        self.storage.put("first_run_seen", "1")
        self.refresh_list()

    # -- the chat on screen ---------------------------------------------------------------------

    def render_chat(self, state: ChatState) -> None:
        """Rebuild the chat from the stored messages and the warnings shown in this session."""
        screen = self.chat_screen
        screen.clear_feed()
        by_message = {}
        for rec in state.records:
            by_message.setdefault(rec.message_id, []).append(rec)
        blocked_drawn = False
        for m in self.storage.messages(state.scenario.id):
            screen.add_bubble(m.text, m.at, mine=m.sender == ME, note=self._bubble_note(state, m))
            for rec in by_message.get(m.id, []):
                rec.widget = self._record_widget(rec)
                screen.ids.feed.add_widget(rec.widget)
            if m.alert_tier and m.id not in by_message:
                screen.add_note(presenter.ui_text("shown_earlier", self.profile.locale))
            if state.blocked and state.blocked_after == m.id:
                self._add_blocked_note()
                blocked_drawn = True
        if state.rebuilt:
            screen.add_note(presenter.ui_text("rebuilt", self.profile.locale))
        if state.blocked and not blocked_drawn:
            self._add_blocked_note()

    def _bubble_note(self, state: ChatState, m: Message) -> str:
        if m.sender == THEM and state.blocked and state.blocked_after is not None and m.id > state.blocked_after:
            return presenter.ui_text("blocked_not_checked", self.profile.locale)
        return ""

    def _add_blocked_note(self) -> None:
        self.chat_screen.add_note(presenter.blocked_confirm(self.profile.band, self.profile.locale), kind="blocked")

    def _record_widget(self, rec: AlertRecord):
        """The chat row for a warning: the card itself, or a slim line once it is answered."""
        if rec.status == "ok":
            return Note(text=presenter.ok_confirm(rec.alert), kind="ok")
        if rec.view.surface == "card" and rec.status == "open":
            card = PatternCard()
            card.fill(rec.view, lambda action, r=rec: self.choose(r, action))
            return card
        note = Note(text=presenter.hidden_note(rec.alert.tier, rec.alert.locale), kind="hidden")
        note.bind(on_release=lambda *_: self._reopen(rec))
        return note

    def _update_record(self, rec: AlertRecord) -> None:
        if self.current != rec.contact or rec.widget is None:
            return
        new = self._record_widget(rec)
        self.chat_screen.replace(rec.widget, new)
        rec.widget = new

    # -- messages -------------------------------------------------------------------------------

    def send_entry(self) -> None:
        """The input row's Send: as the child, or as the contact in "play the contact"."""
        if self.current is None:
            return
        text = self.chat_screen.take_entry()
        if not text:
            return
        state = self.chats[self.current]
        playground = not state.scenario.lines
        at = max(time.time(), state.at + 1.0) if playground else state.at + CHILD_REPLY_GAP
        if playground and self.chat_screen.as_contact:
            self.incoming(state, text, (), at)
        else:
            self.outgoing(state, text, at)

    def outgoing(self, state: ChatState, text: str, at: float) -> None:
        """The child's own message: shown, stored, and noted by the SDK (never analysed)."""
        state.at = at
        self.storage.add_message(state.scenario.id, ME, text, at)
        if self.current == state.scenario.id:
            self.chat_screen.add_bubble(text, at, mine=True)
        self.engine.send(state.scenario.id, text, at, lambda blob: self._save(state, blob))

    def incoming(
        self, state: ChatState, text: str, labels: tuple[str, ...], at: float, then: Callable[[], None] | None = None
    ) -> None:
        """A contact's message: shown at once, analysed on the worker, warned about when it answers."""
        state.at = at
        contact = state.scenario.id
        msg = self.storage.add_message(contact, THEM, text, at)
        if self.sm.current == "list":
            self.refresh_list()
        showing = self.current == contact
        if showing:
            self.chat_screen.add_bubble(text, at, mine=False, note=self._bubble_note(state, msg))
        else:
            state.unread = True
        state.waiting = True
        guard_text = presenter.guard_text(text, labels, scripted_guard=self.scripted_guard)
        self.engine.receive(contact, guard_text, at, lambda result: self._analysed(state, msg, result, then))

    def _analysed(self, state: ChatState, msg: Message, result, then: Callable[[], None] | None) -> None:
        alert, blob = result
        state.waiting = False
        state.analysed += 1
        self._save(state, blob)
        if alert is not None:
            self._show_alert(state, msg, alert)
            if self.stop_at == alert.tier:
                self.pause(state)
        if then is not None:
            then()

    def _save(self, state: ChatState, blob: bytes | None) -> None:
        self.storage.save_chat(ChatRecord(state.scenario.id, state.pos, state.blocked, blob))

    # -- warnings -------------------------------------------------------------------------------

    def _show_alert(self, state: ChatState, msg: Message, alert: safechat.Alert) -> None:
        rec = AlertRecord(contact=state.scenario.id, message_id=msg.id, alert=alert, view=presenter.alert_view(alert))
        state.records.append(rec)
        self.storage.mark_alert(msg.id, alert.tier)
        showing = self.current == rec.contact
        if rec.view.surface == "card":
            if showing:
                rec.widget = self._record_widget(rec)
                self.chat_screen.ids.feed.add_widget(rec.widget)
                self.chat_screen.scroll_to_end()
            return
        # Act now and crisis: a full sheet, private to the child; playback waits for an answer.
        state.held = rec
        rec.status = "hidden"  # the row left in the chat once the sheet is closed
        if showing:
            rec.widget = self._record_widget(rec)
            self.chat_screen.ids.feed.add_widget(rec.widget)
            if not self.sheets:
                self._open_alert_sheet(rec)
        else:
            state.unread = True

    def _open_alert_sheet(self, rec: AlertRecord) -> AlertSheet:
        sheet = AlertSheet()
        sheet.fill(rec.view, lambda action, r=rec: self.choose(r, action))
        self.open_sheet(sheet)
        return sheet

    def _reopen(self, rec: AlertRecord) -> None:
        """A hidden warning, tapped again."""
        if rec.view.surface == "card":
            rec.status = "open"
            self._update_record(rec)
        else:
            self._open_alert_sheet(rec)

    def choose(self, rec: AlertRecord, action_id: str) -> None:
        """The child picked an action on a warning. Nothing here reaches the sender."""
        state = self.chats[rec.contact]
        status = rec.status
        if action_id == "hide":
            rec.status = "hidden"
            self._close_alert_sheets()
            self._release(state)
        elif action_id == "ok":
            self.engine.mark_ok(rec.contact, state.at, lambda blob: self._save(state, blob))
            rec.status = "ok"
            self._close_alert_sheets()
            self._release(state)
        elif action_id == "block":
            self.block(state)
            if rec.view.surface != "card":
                rec.status = "hidden"
            self._close_alert_sheets()
            self._release(state)
        elif action_id == "talk":
            sheet = PanelSheet()
            sheet.fill(presenter.talk_panel(rec.alert), lambda: self._copied(rec.alert.locale), back=self._back)
            self.open_sheet(sheet)
        elif action_id == "help":
            sheet = PanelSheet()
            sheet.fill(presenter.help_panel(rec.alert), open_uri=self._open_uri, back=self._back)
            self.open_sheet(sheet)
        elif action_id == "learn":
            sheet = PanelSheet()
            sheet.fill(presenter.learn_panel(rec.alert), back=self._back)
            self.open_sheet(sheet)
        elif action_id == "report":
            theirs = [m.text for m in self.storage.messages(rec.contact) if m.sender == THEM and m.id <= rec.message_id]
            s = state.scenario
            sheet = ReportSheet()
            sheet.fill(theirs, lambda picked: presenter.report_panel(rec.alert, contact_id=s.id, contact_name=s.name, picked=picked))
            self.open_sheet(sheet)
        else:
            raise KeyError(f"unknown action {action_id!r}")
        if rec.status != status:
            self._update_record(rec)

    @property
    def _back(self) -> str:
        return presenter.ui_text("back", self.profile.locale)

    @staticmethod
    def _copied(locale: str) -> str:
        return presenter.ui_text("copied", locale) + " (Demo: nothing was sent.)"

    @staticmethod
    def _open_uri(uri: str) -> str:
        return f"Demo: a real app would open {uri}. Nothing was dialled or sent."

    def block(self, state: ChatState) -> None:
        """Block: the SDK stops analysing this contact, the script stops, the chat is kept."""
        if state.blocked:
            return
        self.pause(state)
        state.blocked = True
        last = self.storage.last_message(state.scenario.id)
        state.blocked_after = last.id if last else None
        self.engine.block(state.scenario.id, lambda blob: self._save(state, blob))
        if self.current == state.scenario.id:
            self._add_blocked_note()
            self._sync_controls(state)

    # -- sheets ---------------------------------------------------------------------------------

    def open_sheet(self, sheet: Sheet) -> None:
        sheet.close_handler = self.close_sheet
        self.overlay.add_widget(sheet)
        self.sheets.append(sheet)
        self.sheet_name = sheet.kind

    def close_sheet(self, sheet: Sheet | None = None) -> None:
        """Close the top sheet (or ``sheet`` and everything above it)."""
        if not self.sheets:
            return
        target = sheet if sheet in self.sheets else self.sheets[-1]
        while self.sheets:
            top = self.sheets.pop()
            self.overlay.remove_widget(top)
            if top is target:
                break
        self.sheet_name = self.sheets[-1].kind if self.sheets else ""

    def _close_alert_sheets(self) -> None:
        for sheet in list(self.sheets):
            if isinstance(sheet, AlertSheet):
                self.close_sheet(sheet)
                return

    def _release(self, state: ChatState) -> None:
        """The child answered the sheet: playback may go on."""
        if state.held is None:
            return
        state.held = None
        if state.playing and not state.waiting:
            self._schedule(state)

    # -- scripted playback ----------------------------------------------------------------------

    def toggle_play(self) -> None:
        if self.current is None:
            return
        state = self.chats[self.current]
        if state.playing:
            self.pause(state)
        elif state.finished:
            self.restart(state)
            self.play(state)
        else:
            self.play(state)

    def play(self, state: ChatState) -> None:
        if state.blocked or state.finished:
            return
        state.playing = True
        self._sync_controls(state)
        if not state.waiting and state.held is None and state.event is None:
            self._schedule(state, first=True)

    def pause(self, state: ChatState) -> None:
        state.playing = False
        if state.event is not None:
            state.event.cancel()
            state.event = None
        self._sync_controls(state)

    def restart(self, state: ChatState) -> None:
        """Start this chat over: history, SDK state and the script."""
        self.pause(state)
        self.storage.clear_chat(state.scenario.id)
        self.engine.clear(state.scenario.id)
        fresh = ChatState(scenario=state.scenario, at=self._start_at(state.scenario))
        self.chats[state.scenario.id] = fresh
        if self.current == state.scenario.id:
            self._sync_controls(fresh)
            self.render_chat(fresh)

    def cycle_speed(self) -> None:
        self.speed_index = (self.speed_index + 1) % len(presenter.SPEEDS)
        self.chat_screen.speed_text = presenter.SPEEDS[self.speed_index][0]

    def _delay(self, state: ChatState, first: bool) -> float:
        speed = presenter.SPEEDS[self.speed_index][1]
        if speed <= 0:
            return FAST
        if first:
            return 0.4 / speed
        line = state.scenario.lines[state.pos]
        pause = 0.7 + min(len(line.text), 160) / 45 + (1.0 if line.after >= scenarios.HOUR else 0.0)
        return pause / speed

    def _schedule(self, state: ChatState, first: bool = False) -> None:
        if state.event is not None:
            state.event.cancel()
        if not state.playing or state.finished:
            state.event = None
            state.playing = False
            self._sync_controls(state)
            return
        state.event = Clock.schedule_once(lambda _dt: self._step(state), self._delay(state, first))

    def _step(self, state: ChatState) -> None:
        state.event = None
        if not state.playing or state.finished or state.held is not None:
            return
        if self.chats.get(state.scenario.id) is not state:
            return  # restarted or reset meanwhile
        line = state.scenario.lines[state.pos]
        state.pos += 1
        at = state.at + line.after
        if line.sender == ME:
            self.outgoing(state, line.text, at)
            self._schedule(state)
        else:
            self.incoming(state, line.text, line.labels, at, then=lambda: self._after_line(state))
        self._sync_controls(state)

    def _after_line(self, state: ChatState) -> None:
        if self.chats.get(state.scenario.id) is not state:
            return
        if state.held is None:
            self._schedule(state)
        self._sync_controls(state)

    # -- the profile ----------------------------------------------------------------------------

    def clear_safety_history(self) -> None:
        """The child's "Clear my safety history": the SDK forgets every conversation's derived
        state (``chat.clear()``); the messages themselves stay."""
        for contact in self.chats:
            self.engine.clear(contact)
        self.profile_screen.status = presenter.ui_text("clear_history_done", self.profile.locale)

    def save_profile(self, profile: presenter.Profile) -> None:
        """New age band or country: copy and helplines change, and every chat starts fresh."""
        for state in self.chats.values():
            self.pause(state)
        while self.sheets:
            self.close_sheet()
        self.profile = profile
        self._store_profile(profile)
        self.storage.clear_all()
        self.engine.reset(profile)
        self.chats = {s.id: ChatState(scenario=s, at=self._start_at(s)) for s in scenarios.ALL}
        self.profile_screen.status = "Saved. Your chats start fresh with these settings."
        self.refresh_list()


class Director:
    """Headless mode: play a scenario at full speed, stop where asked, write a PNG, quit."""

    def __init__(self, app: MessengerApp, plan: ShotPlan) -> None:
        self.app = app
        self.plan = plan
        self.started = 0.0
        self.settled = 0

    def start(self) -> None:
        app, plan = self.app, self.plan
        self.started = time.monotonic()
        if plan.scenario:
            app.speed_index = len(presenter.SPEEDS) - 1  # "Skip": no pauses between lines
            app.show_chat(plan.scenario)
            app.play(app.chats[plan.scenario])
        elif plan.screen == "profile":
            app.show_profile()
        if plan.prefill:
            app.speed_index = len(presenter.SPEEDS) - 1
            for state in app.chats.values():
                app.play(state)
        Clock.schedule_interval(self._poll, 0.1)

    def _poll(self, _dt: float) -> bool | None:
        app, plan = self.app, self.plan
        if time.monotonic() - self.started > plan.timeout:
            return self._finish(1, "timed out")
        if app.engine.busy or not app.ready:
            return None
        if plan.scenario:
            state = app.chats[plan.scenario]
            reached = [r for r in state.records if plan.until is None or r.alert.tier == plan.until]
            if plan.until and not reached:
                if state.held is not None and state.held.alert.tier != plan.until:
                    app.choose(state.held, "hide")  # a warning on the way: hide it and go on
                    return None
                if state.finished and not state.waiting:
                    return self._finish(2, f"{plan.scenario!r} raised no {plan.until!r} warning with this guard")
                return None
            if not plan.until and not (state.finished or state.held is not None or not state.playing):
                return None
            app.pause(state)
            if plan.press and reached:
                app.choose(reached[-1], plan.press)
                plan = self.plan = ShotPlan(**{**plan.__dict__, "press": None})
                return None
        elif plan.prefill and not self.settled:
            if any(s.playing and s.held is None for s in app.chats.values()):
                return None
            app.refresh_list()
        self.settled += 1
        if self.settled < 6:  # let layout and scrolling settle for a few frames
            return None
        app.root.export_to_png(str(plan.path))
        return self._finish(0, "")

    def _finish(self, code: int, why: str) -> bool:
        self.app.shot_result = code
        self.app.shot_error = why
        Clock.schedule_once(lambda _dt: self.app.stop(), 0)
        return False
