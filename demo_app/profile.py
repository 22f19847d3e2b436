"""The profile screen: the child's age band and country, as a host app would know them."""

from __future__ import annotations

from pathlib import Path

from kivy.lang import Builder
from kivy.properties import ListProperty, StringProperty
from kivy.uix.screenmanager import Screen
from kivy.uix.togglebutton import ToggleButton

from . import (
    presenter,
    widgets,  # noqa: F401  (loads the shared widget rules first)
)

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class AgeToggle(ToggleButton):
    """One age band choice."""


class ProfileScreen(Screen):
    """Pick the age band and country; saving starts every conversation fresh."""

    country_names = ListProperty([name for _, name in presenter.COUNTRIES])
    country_name = StringProperty("")
    helpline = StringProperty("")
    status = StringProperty("")
    clear_text = StringProperty("")  # the SDK's "Clear my safety history" and what it does
    clear_button = StringProperty("")

    def load(self, profile: presenter.Profile) -> None:
        """Show the saved profile."""
        box = self.ids.ages
        if not box.children:
            for text, _age in presenter.AGE_CHOICES:
                box.add_widget(AgeToggle(text=text, group="age", allow_no_selection=False))
        for toggle in box.children:
            age = dict(presenter.AGE_CHOICES)[toggle.text]
            toggle.state = "down" if age == profile.age or (profile.age is not None and toggle.text == profile.band) else "normal"
        self.country_name = dict(presenter.COUNTRIES)[profile.country]
        self.status = ""
        self.clear_text = presenter.ui_text("clear_history_confirm", profile.locale)
        self.clear_button = presenter.ui_text("clear_history_button", profile.locale)

    def on_country_name(self, _instance, name: str) -> None:
        code = {n: c for c, n in presenter.COUNTRIES}.get(name)
        self.helpline = presenter.helpline_summary(code) if code else ""

    def chosen(self) -> presenter.Profile:
        """The profile as currently picked on screen."""
        age = next((dict(presenter.AGE_CHOICES)[t.text] for t in self.ids.ages.children if t.state == "down"), None)
        code = {n: c for c, n in presenter.COUNTRIES}[self.country_name]
        return presenter.Profile(age=age, country=code)

    def pick_age(self, text: str) -> None:
        for toggle in self.ids.ages.children:
            toggle.state = "down" if toggle.text == text else "normal"
