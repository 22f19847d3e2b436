"""Headless mode: play a scenario at full speed, stop where asked, write a PNG, quit."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from kivy.clock import Clock

from . import presenter
from .records import ShotPlan

if TYPE_CHECKING:
    from .app import MessengerApp


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
