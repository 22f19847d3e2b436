"""The app's warnings: showing them, the child's choices, and the sheets they open.

A mixin of :class:`~demo_app.app.MessengerApp`; it uses the app's storage, engine, chats and screens.
"""

from __future__ import annotations

import safechat

from . import presenter
from .records import AlertRecord, ChatState
from .scenarios import THEM
from .sheets import AlertSheet, PanelSheet, ReportSheet, Sheet
from .storage import Message


class AlertsMixin:
    """Warnings on screen and the actions the child takes on them. Nothing reaches the sender."""

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
