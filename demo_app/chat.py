"""The chat screen: bubbles with times, day separators, the inline pattern card, the input row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kivy.clock import Clock
from kivy.lang import Builder
from kivy.metrics import dp
from kivy.properties import (
    BooleanProperty,
    ColorProperty,
    NumericProperty,
    ObjectProperty,
    StringProperty,
)
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.label import Label
from kivy.uix.screenmanager import Screen
from kivy.uix.widget import Widget

from . import (
    presenter,
    widgets,  # noqa: F401  (loads the shared widget rules first)
)
from .widgets import Note, fill_choices

Builder.load_file(str(Path(__file__).with_suffix(".kv")))

Action = Callable[[str], None]


class MessageBubble(Widget):
    """One message. Theirs sit on the left, the child's on the right."""

    text = StringProperty("")
    time = StringProperty("")
    mine = BooleanProperty(False)
    note = StringProperty("")  # e.g. "not checked: blocked" (shown small, under the time)
    body_width = NumericProperty(dp(60))

    def on_kv_post(self, base_widget) -> None:
        self.bind(width=self._fit, text=self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        # Size the bubble to its text: natural width up to 76% of the row, then wrap.
        msg = self.ids.msg
        limit = max(dp(80), self.width * 0.76 - dp(24))
        msg.text_size = (None, None)
        msg.texture_update()
        width = min(msg.texture_size[0], limit)
        msg.text_size = (width, None)
        msg.texture_update()
        stamp = self.ids.stamp
        stamp.texture_update()
        self.body_width = max(width, stamp.texture_size[0]) + dp(24)


class DayLabel(Label):
    """A day separator: "Monday 2 March"."""


class PatternCard(BoxLayout):
    """The inline card for a pattern warning, inside the chat."""

    title = StringProperty("")
    body = StringProperty("")
    why_intro = StringProperty("")
    why = StringProperty("")
    chip = StringProperty("")  # "New safety tip" on an act-now warning that came over the day's cap
    hide_text = StringProperty("Hide")
    choice_handler = ObjectProperty(None, allownone=True)  # called with an action id, or "hide"

    def fill(self, view: presenter.AlertView, choice_handler: Action) -> None:
        self.title, self.body, self.why_intro, self.why = view.title, view.body, view.why_intro, view.why
        self.chip, self.hide_text = view.chip, view.hide
        self.choice_handler = choice_handler
        fill_choices(self.ids.buttons, self.ids.links, view, self._pressed)

    def _pressed(self, button) -> None:
        if self.choice_handler is not None:
            self.choice_handler(button.action_id)

    def hide(self) -> None:
        if self.choice_handler is not None:
            self.choice_handler("hide")


class ChatScreen(Screen):
    """One conversation. The app fills it; the screen only lays things out."""

    contact_id = StringProperty("")
    contact_name = StringProperty("")
    platform = StringProperty("")
    initial = StringProperty("")
    avatar_color = ColorProperty((0.5, 0.5, 0.5, 1))
    playground = BooleanProperty(False)  # "play the contact": the visitor types their messages
    as_contact = BooleanProperty(True)  # in playground: the input sends as the contact
    scripted = BooleanProperty(True)  # has a script to play
    playing = BooleanProperty(False)
    finished = BooleanProperty(False)
    speed_text = StringProperty("1x")
    blocked = BooleanProperty(False)
    banner = StringProperty("")  # model loading, errors
    hint = StringProperty("")

    def on_kv_post(self, base_widget) -> None:
        # Follow the newest message: whenever the chat grows (a bubble, a card laid out), go to
        # the end, as messengers do.
        self.ids.feed.bind(height=lambda *_: self.scroll_to_end())

    def clear_feed(self) -> None:
        self.ids.feed.clear_widgets()
        self._last_at: float | None = None

    def _day(self, at: float) -> None:
        last = getattr(self, "_last_at", None)
        if last is None or not presenter.same_day(last, at):
            self.ids.feed.add_widget(DayLabel(text=presenter.day_label(at)))
        self._last_at = at

    def add_bubble(self, text: str, at: float, mine: bool, note: str = "") -> MessageBubble:
        self._day(at)
        bubble = MessageBubble(text=text, time=presenter.clock_time(at), mine=mine, note=note)
        self.ids.feed.add_widget(bubble)
        self.scroll_to_end()
        return bubble

    def add_card(self, view: presenter.AlertView, choice_handler: Action) -> PatternCard:
        card = PatternCard()
        card.fill(view, choice_handler)
        self.ids.feed.add_widget(card)
        self.scroll_to_end()
        return card

    def add_note(self, text: str, kind: str = "", on_tap: Callable[[], None] | None = None) -> Note:
        note = Note(text=text, kind=kind)
        if on_tap is not None:
            note.bind(on_release=lambda *_: on_tap())
        self.ids.feed.add_widget(note)
        self.scroll_to_end()
        return note

    def replace(self, old: Widget, new: Widget) -> None:
        """Put ``new`` where ``old`` is in the chat (a card becomes a note and back)."""
        feed = self.ids.feed
        if old not in feed.children:  # ids are weak proxies: compare by membership, not identity
            return
        index = feed.children.index(old)
        feed.remove_widget(old)
        feed.add_widget(new, index=index)

    def feed_widgets(self) -> list[Widget]:
        """The chat's rows, top to bottom."""
        return list(reversed(self.ids.feed.children))

    def scroll_to_end(self) -> None:
        Clock.schedule_once(lambda _dt: setattr(self.ids.scroller, "scroll_y", 0), 0)

    def take_entry(self) -> str:
        text = self.ids.entry.text.strip()
        self.ids.entry.text = ""
        return text
