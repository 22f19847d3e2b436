"""What the app keeps in memory about each chat and each warning shown (no Kivy here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import safechat

from . import presenter
from .scenarios import Scenario


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
