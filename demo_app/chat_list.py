"""The chat list: one row per contact, newest message first in each row."""

from __future__ import annotations

from pathlib import Path

from kivy.lang import Builder
from kivy.properties import BooleanProperty, ColorProperty, StringProperty
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen

from . import widgets  # noqa: F401  (loads the shared widget rules first)

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class ContactRow(ButtonBehavior, BoxLayout):
    """A contact in the list; tapping it opens the chat."""

    contact_id = StringProperty("")
    name = StringProperty("")
    platform = StringProperty("")
    preview = StringProperty("")
    time = StringProperty("")
    initial = StringProperty("")
    fill = ColorProperty((0.5, 0.5, 0.5, 1))
    unread = BooleanProperty(False)


class ChatListScreen(Screen):
    """The home screen: the chats and a way to the profile."""

    profile_line = StringProperty("")
    # the SDK's first-run explanation, until the child dismisses it ("" once dismissed)
    first_run_title = StringProperty("")
    first_run_body = StringProperty("")
    first_run_button = StringProperty("")

    def set_rows(self, rows: list[dict]) -> None:
        box = self.ids.rows
        box.clear_widgets()
        for row in rows:
            box.add_widget(ContactRow(**row))

    def rows(self) -> list[ContactRow]:
        return list(reversed(self.ids.rows.children))
