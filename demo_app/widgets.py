"""Small widgets shared by the screens: wrapping labels, buttons of equal weight, avatars."""

from __future__ import annotations

from pathlib import Path

from kivy.lang import Builder
from kivy.properties import BooleanProperty, ColorProperty, NumericProperty, StringProperty
from kivy.uix.behaviors import ButtonBehavior, ToggleButtonBehavior
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.label import Label
from kivy.uix.widget import Widget

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class WrapLabel(Label):
    """A label that wraps to its width and grows to fit its text."""


class ChoiceButton(ButtonBehavior, Label):
    """A warning's action. Every action uses this one style, so all carry the same weight;
    ``suggested`` (the 7-9 default choice) fills it in."""

    action_id = StringProperty("")
    suggested = BooleanProperty(False)


class LinkButton(ButtonBehavior, Label):
    """A quiet text button: "Hide", "Back", the 7-9 extra choices."""

    action_id = StringProperty("")


class PillButton(ButtonBehavior, Label):
    """A small rounded button for toolbars (play, speed, send)."""

    selected = BooleanProperty(False)


class Avatar(Label):
    """A coloured circle with the contact's initial."""

    fill = ColorProperty((0.5, 0.5, 0.5, 1))


class Note(ButtonBehavior, BoxLayout):
    """A slim line in the chat: confirmations, "blocked", or a hidden warning to reopen."""

    text = StringProperty("")
    kind = StringProperty("")


class TickBox(ToggleButtonBehavior, Widget):
    """A large, clearly drawn tick box (Kivy's default one is made for dark backgrounds)."""

    active = BooleanProperty(False)
    box_x = NumericProperty(0)
    box_y = NumericProperty(0)

    def on_state(self, _instance, state: str) -> None:
        self.active = state == "down"

    def on_active(self, _instance, active: bool) -> None:
        self.state = "down" if active else "normal"


def fill_choices(grid, links, view, on_press) -> None:
    """Put a warning's choices in place: its buttons in ``grid``, the smaller links in ``links``."""
    grid.clear_widgets()
    for b in view.buttons:
        grid.add_widget(ChoiceButton(text=b.label, action_id=b.id, suggested=b.default, on_release=on_press))
    links.clear_widgets()
    for b in view.links:
        links.add_widget(LinkButton(text=b.label, action_id=b.id, on_release=on_press))
    links.unbind(minimum_height=_fit_height)
    links.bind(minimum_height=_fit_height)
    links.height = links.minimum_height if view.links else 0


def _fit_height(layout, height) -> None:
    layout.height = height if layout.children else 0
