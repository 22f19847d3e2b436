"""Full-screen sheets over the chat: the act-now sheet, the crisis flow, and the panels that the
actions open (get help, talk to someone, learn more, report). They live in the app's overlay
layer, so the chat behind them is untouched and nothing reaches the sender."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kivy.lang import Builder
from kivy.properties import BooleanProperty, ListProperty, ObjectProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.floatlayout import FloatLayout

from . import (
    presenter,
    widgets,  # noqa: F401  (loads the shared widget rules first)
)
from .widgets import ChoiceButton, LinkButton, fill_choices

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class Sheet(FloatLayout):
    """A full-screen layer. It takes every touch, so nothing behind it reacts."""

    kind = StringProperty("")
    close_handler = ObjectProperty(None, allownone=True)

    def on_touch_down(self, touch):
        super().on_touch_down(touch)
        return True

    def on_touch_move(self, touch):
        super().on_touch_move(touch)
        return True

    def on_touch_up(self, touch):
        super().on_touch_up(touch)
        return True

    def close(self) -> None:
        if self.close_handler is not None:
            self.close_handler(self)


class AlertSheet(Sheet):
    """The act-now sheet (``kind="act_now"``) or the crisis flow (``kind="crisis"``)."""

    title = StringProperty("")
    body = StringProperty("")
    why_intro = StringProperty("")
    why = StringProperty("")
    steps = StringProperty("")
    helpline = StringProperty("")
    hide_text = StringProperty("Hide")
    only_you = StringProperty("")
    choice_handler = ObjectProperty(None, allownone=True)

    def fill(self, view: presenter.AlertView, choice_handler: Callable[[str], None]) -> None:
        self.kind = "crisis" if view.surface == "crisis" else "act_now"
        self.title, self.body = view.title, view.body
        self.hide_text, self.only_you = view.hide, view.only_you
        self.why_intro, self.why = view.why_intro, view.why
        self.steps, self.helpline = view.steps, view.helpline
        if not view.steps:  # the act-now sheet: no steps, no helpline box (and no gap where they were)
            for box in (self.ids.steps_box, self.ids.help_box):
                if box.parent is not None:
                    box.parent.remove_widget(box)
        self.choice_handler = choice_handler
        fill_choices(self.ids.buttons, self.ids.links, view, self._pressed)

    def _pressed(self, button) -> None:
        self.choose(button.action_id)

    def choose(self, action_id: str) -> None:
        if self.choice_handler is not None:
            self.choice_handler(action_id)

    def buttons(self) -> dict[str, ChoiceButton | LinkButton]:
        """Every action on the sheet by id (buttons and links)."""
        found = list(self.ids.buttons.children) + list(self.ids.links.children)
        return {b.action_id: b for b in found}


class PanelSheet(Sheet):
    """What "Get help", "Talk to someone" and "Learn more" open."""

    title = StringProperty("")
    text = StringProperty("")
    note = StringProperty("")
    draft = StringProperty("")
    editable = BooleanProperty(False)
    primary = StringProperty("")
    status = StringProperty("")
    back_text = StringProperty("Back")
    primary_action = ObjectProperty(None, allownone=True)

    def fill(self, panel: presenter.Panel, primary_action: Callable[[], str] | None = None, *,
             open_uri: Callable[[str], str] | None = None, back: str = "Back") -> None:
        """Show a panel; its primary button runs ``primary_action``; each help button (call, text,
        chat) runs ``open_uri`` with what a real app would open. Both return a status line."""
        self.kind = panel.kind
        self.title, self.text, self.note = panel.title, panel.text, panel.note
        self.draft = panel.draft
        self.editable = panel.kind == "talk"
        self.primary = panel.primary
        self.primary_action = primary_action
        self.back_text = back
        box = self.ids.help_buttons
        box.clear_widgets()
        for b in panel.buttons:
            button = ChoiceButton(text=b.label, action_id=b.id, suggested=b.id == "call")
            button.bind(on_release=lambda _w, uri=b.uri: self._open(open_uri, uri))
            box.add_widget(button)

    def _open(self, open_uri: Callable[[str], str] | None, uri: str) -> None:
        if open_uri is not None:
            self.status = open_uri(uri)

    def help_buttons(self) -> dict[str, ChoiceButton]:
        """The help screen's call, text and chat buttons by id."""
        return {b.action_id: b for b in self.ids.help_buttons.children}

    def press_primary(self) -> None:
        if self.primary_action is not None:
            self.status = self.primary_action()

    def current_draft(self) -> str:
        return self.ids.draft_input.text


class PickRow(BoxLayout):
    """A message the child may tick to add to a report."""

    text = StringProperty("")
    picked = BooleanProperty(False)


class ReportSheet(Sheet):
    """The child's report: pick messages, read exactly what would be shared, send (nothing is)."""

    title = StringProperty("")
    body = StringProperty("")
    preview = StringProperty("")
    payload = StringProperty("")
    share = StringProperty("")
    cancel = StringProperty("")
    status = StringProperty("")
    pick_label = StringProperty("")
    shared_label = StringProperty("")
    messages = ListProperty([])
    build_panel = ObjectProperty(None, allownone=True)  # picked messages -> presenter.ReportPanel

    def fill(self, messages: Sequence[str], build_panel: Callable[[Sequence[str]], presenter.ReportPanel]) -> None:
        self.kind = "report"
        self.messages = list(messages)
        self.build_panel = build_panel
        box = self.ids.picks
        box.clear_widgets()
        for text in messages:
            row = PickRow(text=text)
            row.bind(picked=lambda *_: self.refresh())
            box.add_widget(row)
        self.refresh()

    def picked(self) -> list[str]:
        return [row.text for row in reversed(self.ids.picks.children) if row.picked]

    def pick(self, index: int, value: bool = True) -> None:
        list(reversed(self.ids.picks.children))[index].picked = value

    def refresh(self) -> None:
        panel = self.build_panel(self.picked())
        self.title, self.body, self.preview = panel.title, panel.body, panel.preview
        self.share, self.cancel = panel.share, panel.cancel
        self.pick_label, self.shared_label = panel.pick_label, panel.shared_label
        self._panel = panel
        self.status, self.payload = "", ""

    def send(self) -> None:
        """The child confirmed. The demo shows what a host would send, and sends nothing."""
        self.status = self._panel.note
        self.payload = self._panel.payload
