"""The demo's bridge to the SDK: one Guard, one Conversation per contact, one worker thread.

Every SDK call (loading the model, ``receive``, ``send``, ``mark_ok``, ``block``, ``clear``)
runs on the worker, in the order it was asked for, so the UI thread never waits on the model.
Results come back through ``deliver``, which the app sets to a Kivy ``@mainthread`` call; tests
without Kivy can pass a plain function. No Kivy import here.

State is saved as a host should: signed with the keystore's key, bound to the contact's slot, and
its generation recorded in the keystore, so a tampered, swapped or rolled-back copy is refused.
A refused state is rebuilt from the messages the app keeps (no warning is shown twice), so the
child loses nothing.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any

import safechat

from .presenter import Profile
from .storage import Keystore

GuardFactory = Callable[[], Any]  # returns a safechat.Guard or a stand-in with the same methods
Done = Callable[[Any], None]


class Engine:
    """Run the SDK off the UI thread.

    Args:
        guard_factory: builds the Guard, once, on the worker (the model loads there).
        profile: the child's age and country, used for every conversation.
        deliver: called on the worker with a zero-argument function that must run on the UI
            thread; the default runs it at once (fine without a UI).
        on_error: called (through ``deliver``) with a short description if an SDK call fails;
            the description never includes message text.
        keystore: the state key and saved generations (default: a new in-memory one).
        save_budget: called on the worker with the daily cap's bytes whenever they change.
    """

    def __init__(
        self,
        guard_factory: GuardFactory,
        profile: Profile,
        *,
        deliver: Callable[[Callable[[], None]], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        keystore: Keystore | None = None,
        save_budget: Callable[[bytes], None] | None = None,
    ) -> None:
        self._factory = guard_factory
        self._keystore = keystore or Keystore()
        self._save_budget = save_budget
        self._budget_generation = 0
        self._now = 0.0  # seconds since the epoch: when the last scripted message arrived
        self._profile = profile
        self._deliver = deliver or (lambda fn: fn())
        self._on_error = on_error
        self._guard: Any = None
        self._chats: dict[str, safechat.Conversation] = {}
        self._generation = 0  # bumped by reset(): results of older jobs are dropped
        self._jobs: queue.Queue = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="safechat-worker", daemon=True)
        self._thread.start()

    # -- the worker -----------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            generation, work, done = job
            try:
                result = work()
                failed = None
            except Exception as exc:  # noqa: BLE001  (any failure: report its kind only, never the text)
                result, failed = None, f"{exc.__class__.__name__} in the safety check"
            self._deliver(lambda r=result, f=failed, g=generation, d=done: self._finish(g, r, f, d))

    def _finish(self, generation: int, result: Any, failed: str | None, done: Done | None) -> None:
        with self._lock:
            self._pending -= 1
        if generation != self._generation:
            return  # the profile changed since: this result belongs to a forgotten conversation
        if failed is not None:
            if self._on_error is not None:
                self._on_error(failed)
            return
        if done is not None:
            done(result)

    def _submit(self, work: Callable[[], Any], done: Done | None = None) -> None:
        with self._lock:
            self._pending += 1
        self._jobs.put((self._generation, work, done))

    def _device_clock(self) -> float:
        """The device clock the SDK sees: the demo's scripted time, so a replayed script arrives
        as it would live (the SDK's fatigue and daily cap run on the device clock)."""
        return self._now

    def _ready_guard(self) -> Any:
        if self._guard is None:
            self._guard = self._factory()
        return self._guard

    def _chat(self, contact: str) -> safechat.Conversation:
        chat = self._chats.get(contact)
        if chat is None:
            p = self._profile
            # the locale follows the country in the SDK (US -> en-US); the demo sets only the country
            chat = self._ready_guard().conversation(child_age=p.age, country=p.country, clock=self._device_clock)
            self._chats[contact] = chat
        return chat

    @staticmethod
    def _slot(contact: str) -> str:
        return "chat:" + contact

    def _saved(self, contact: str, chat: safechat.Conversation) -> bytes:
        """The chat's state bytes, signed and bound to its slot; the keystore notes the generation
        (and the daily cap's bytes go to ``save_budget`` when they changed)."""
        slot = self._slot(contact)
        blob = chat.to_bytes(key=self._keystore.key, context=slot)
        self._keystore.record(slot, chat.generation)
        budget = getattr(self._guard, "alert_budget", None)
        if self._save_budget is not None and budget is not None and budget.generation != self._budget_generation:
            self._budget_generation = budget.generation
            self._save_budget(budget.to_bytes(key=self._keystore.key, context="budget"))
            self._keystore.record("budget", budget.generation)
        return blob

    # -- what the app asks for ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while SDK calls are queued or their results not yet delivered."""
        with self._lock:
            return self._pending > 0

    @property
    def profile(self) -> Profile:
        return self._profile

    def warm_up(self, done: Done | None = None) -> None:
        """Load the model now, so the first message is not slow."""
        self._submit(self._ready_guard, done)

    def restore(self, contact: str, state: bytes | None, history: Sequence[tuple[bool, str, float]] = (),
                done: Done | None = None) -> None:
        """Pick up a saved conversation; ``done(rebuilt)`` on the UI thread.

        Args:
            state: the bytes saved last time, or None when none were saved.
            history: the chat's messages as (from the contact, text, time), oldest first.
            done: gets True when the state could not be used (missing while messages exist,
                altered, swapped, rolled back or from another key) and was rebuilt from
                ``history``, False when it was restored as saved.
        """

        def work() -> bool:
            slot = self._slot(contact)
            if state is not None:
                try:
                    self._chats[contact] = safechat.Conversation.from_bytes(
                        state, self._ready_guard(), key=self._keystore.key, context=slot,
                        min_generation=self._keystore.generation(slot), clock=self._device_clock)
                    return False
                except safechat.StateError:
                    pass
            elif not history:
                return False  # nothing saved and nothing to rebuild from: a new chat
            self._chats[contact] = self._rebuilt(history)
            self._saved(contact, self._chats[contact])
            return True

        self._submit(work, done)

    def _rebuilt(self, history: Sequence[tuple[bool, str, float]]) -> safechat.Conversation:
        """A conversation rebuilt from the kept messages. Its warnings were shown when the
        messages first came, so the replay is silent and spends nothing of the daily cap."""
        p, guard = self._profile, self._ready_guard()
        replay = guard.conversation(child_age=p.age, locale=p.locale, country=p.country,
                                    alert_budget=safechat.AlertBudget(), clock=self._device_clock)
        for theirs, text, at in history:
            self._now = max(self._now, at)
            if theirs:
                replay.receive(text, at=at)
            else:
                replay.send(text, at=at)
        # the same numbers, now counted against the child's own budget
        return safechat.Conversation.from_bytes(replay.to_bytes(key=self._keystore.key), guard,
                                                key=self._keystore.key, clock=self._device_clock)

    def restore_budget(self, blob: bytes) -> None:
        """Load the daily cap saved through ``save_budget`` (a fresh cap if it cannot be read)."""

        def work() -> None:
            budget = self._ready_guard().alert_budget
            try:
                budget.restore(blob, key=self._keystore.key, context="budget",
                               min_generation=self._keystore.generation("budget"))
                self._budget_generation = budget.generation
            except safechat.StateError:
                pass  # the cap starts again: more warnings may interrupt today, never fewer

        self._submit(work)

    def receive(self, contact: str, text: str, at: float, done: Done | None = None) -> None:
        """Analyse a contact's message; ``done((alert or None, state bytes))`` on the UI thread."""

        def work() -> tuple[safechat.Alert | None, bytes]:
            self._now = max(self._now, at)  # the scripted messages arrive on the demo's own clock
            chat = self._chat(contact)
            alert = chat.receive(text, at=at)
            return alert, self._saved(contact, chat)

        self._submit(work, done)

    def send(self, contact: str, text: str, at: float, done: Done | None = None) -> None:
        """Note the child's own message (the SDK keeps only its time)."""

        def work() -> bytes:
            self._now = at  # the scripted messages arrive on the demo's own clock
            chat = self._chat(contact)
            chat.send(text, at=at)
            return self._saved(contact, chat)

        self._submit(work, done)

    def mark_ok(self, contact: str, at: float, done: Done | None = None) -> None:
        """The child chose "I'm OK": pattern warnings stay quiet for this contact for a while."""

        def work() -> bytes:
            self._now = max(self._now, at)
            chat = self._chat(contact)
            chat.mark_ok(at=at)
            return self._saved(contact, chat)

        self._submit(work, done)

    def block(self, contact: str, done: Done | None = None) -> None:
        """The child blocked the contact: the SDK stops analysing them."""

        def work() -> bytes:
            chat = self._chat(contact)
            chat.block()
            return self._saved(contact, chat)

        self._submit(work, done)

    def clear(self, contact: str, done: Done | None = None) -> None:
        """Forget this contact's conversation state (the child's "start over")."""

        def work() -> None:
            chat = self._chats.pop(contact, None)
            if chat is not None:
                chat.clear()
            self._keystore.forget(self._slot(contact))

        self._submit(work, done)

    def reset(self, profile: Profile) -> None:
        """Use a new profile: every conversation starts fresh, pending results are dropped."""
        with self._lock:
            self._generation += 1
            self._profile = profile

        def work() -> None:
            self._chats.clear()
            self._keystore.forget()

        self._submit(work)

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker and release the model. Safe to call twice."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(timeout)
        guard, self._guard = self._guard, None
        if guard is not None and hasattr(guard, "close"):
            guard.close()
