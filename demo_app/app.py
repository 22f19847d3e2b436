"""The messenger app: screens, navigation, messages and the profile, wired to the SDK.

Warnings and the child's choices live in :mod:`~demo_app.alerting`, scripted playback in
:mod:`~demo_app.playback`, headless screenshots in :mod:`~demo_app.director` and the in-memory
records in :mod:`~demo_app.records`.

Import this only after the environment is set (``cli.main`` does it): Kivy reads its settings
when first imported. SDK calls go through :class:`~demo_app.engine.Engine` on a worker thread;
their results come back here on the UI thread (``@mainthread``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import safechat
from kivy.app import App
from kivy.clock import mainthread
from kivy.lang import Builder
from kivy.properties import NumericProperty, StringProperty
from kivy.uix.floatlayout import FloatLayout
from kivy.uix.screenmanager import NoTransition, ScreenManager

from . import presenter, scenarios, theme
from .alerting import AlertsMixin
from .chat import ChatScreen, PatternCard
from .chat_list import ChatListScreen
from .director import Director
from .engine import Engine
from .playback import PlaybackMixin
from .profile import ProfileScreen
from .records import AlertRecord, ChatState, ShotPlan
from .scenarios import ME, THEM, Scenario
from .sheets import Sheet
from .storage import ChatRecord, Keystore, Message, Storage
from .widgets import Note

Builder.load_file(str(Path(__file__).with_suffix(".kv")))

CHILD_REPLY_GAP = 40.0  # scripted seconds between the last message and one the visitor types


class Root(FloatLayout):
    """The screens, with an overlay layer on top for full-screen sheets."""


class MessengerApp(AlertsMixin, PlaybackMixin, App):
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
