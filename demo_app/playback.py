"""Scripted playback: the contacts' scripts played on the Kivy clock, at the chosen speed.

A mixin of :class:`~demo_app.app.MessengerApp`; it uses the app's chats, storage, engine and screens.
"""

from __future__ import annotations

from kivy.clock import Clock

from . import presenter, scenarios
from .records import ChatState
from .scenarios import ME

FAST = 0.05  # seconds between lines at "Skip" speed


class PlaybackMixin:
    """Play, pause, restart and the speed control of the scripted chats."""

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
