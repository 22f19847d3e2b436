"""The demo's own message history, in one SQLite file.

The SDK keeps no text: a host app keeps its messages itself, as here, and stores only the SDK's
derived state bytes next to them (``Conversation.to_bytes``). Pass ":memory:" for a throwaway
history (headless screenshots, tests).

:class:`Keystore` stands in for the platform keystore (Android Keystore, iOS Keychain): the key
that signs the SDK's state and the generation of each state last saved, kept apart from the
history so that copying an old history file back cannot roll the safety state back.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact TEXT NOT NULL,
    sender TEXT NOT NULL CHECK (sender IN ('them', 'me')),
    text TEXT NOT NULL,
    at REAL NOT NULL,
    alert_tier TEXT
);
CREATE INDEX IF NOT EXISTS messages_by_contact ON messages (contact, id);
CREATE TABLE IF NOT EXISTS chats (
    contact TEXT PRIMARY KEY,
    script_pos INTEGER NOT NULL DEFAULT 0,
    blocked INTEGER NOT NULL DEFAULT 0,
    state BLOB
);
"""


@dataclass(frozen=True)
class Message:
    id: int
    contact: str
    sender: str  # "them" or "me"
    text: str
    at: float  # seconds since the epoch
    alert_tier: str | None  # the warning this message raised, if any (no copy is stored)


@dataclass(frozen=True)
class ChatRecord:
    contact: str
    script_pos: int  # how many script lines have been played
    blocked: bool
    state: bytes | None  # the SDK's conversation state (numbers only)


class Storage:
    """Messages, per-chat progress and settings. Safe to call from any thread."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.executescript(_SCHEMA)
            found = self._db.execute("SELECT value FROM settings WHERE key = 'schema'").fetchone()
            if found is None:
                self._db.execute("INSERT INTO settings VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(found[0]) != SCHEMA_VERSION:
                raise ValueError(f"history file has schema {found[0]}, this demo reads {SCHEMA_VERSION}; delete it")

    # -- settings -------------------------------------------------------------------------------

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def put(self, key: str, value: str) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    # -- messages -------------------------------------------------------------------------------

    def add_message(self, contact: str, sender: str, text: str, at: float) -> Message:
        with self._lock, self._db:
            cur = self._db.execute(
                "INSERT INTO messages (contact, sender, text, at) VALUES (?, ?, ?, ?)", (contact, sender, text, at)
            )
        return Message(int(cur.lastrowid), contact, sender, text, float(at), None)

    def mark_alert(self, message_id: int, tier: str) -> None:
        with self._lock, self._db:
            self._db.execute("UPDATE messages SET alert_tier = ? WHERE id = ?", (tier, message_id))

    def messages(self, contact: str) -> list[Message]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, contact, sender, text, at, alert_tier FROM messages WHERE contact = ? ORDER BY id", (contact,)
            ).fetchall()
        return [Message(*row) for row in rows]

    def last_message(self, contact: str) -> Message | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, contact, sender, text, at, alert_tier FROM messages WHERE contact = ? ORDER BY id DESC LIMIT 1",
                (contact,),
            ).fetchone()
        return None if row is None else Message(*row)

    # -- chats ----------------------------------------------------------------------------------

    def chat(self, contact: str) -> ChatRecord:
        with self._lock:
            row = self._db.execute(
                "SELECT contact, script_pos, blocked, state FROM chats WHERE contact = ?", (contact,)
            ).fetchone()
        if row is None:
            return ChatRecord(contact, 0, False, None)
        return ChatRecord(row[0], int(row[1]), bool(row[2]), None if row[3] is None else bytes(row[3]))

    def save_chat(self, record: ChatRecord) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO chats VALUES (?, ?, ?, ?)",
                (record.contact, record.script_pos, int(record.blocked), record.state),
            )

    def clear_chat(self, contact: str) -> None:
        """Forget one chat: its messages, its progress and the SDK state."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM messages WHERE contact = ?", (contact,))
            self._db.execute("DELETE FROM chats WHERE contact = ?", (contact,))

    def clear_all(self) -> None:
        """Forget every chat (a new profile starts fresh conversations); settings stay."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM messages")
            self._db.execute("DELETE FROM chats")

    def close(self) -> None:
        with self._lock:
            self._db.close()


class Keystore:
    """The state key and the last saved generation per slot, in a small private file (0600).

    ``path=None`` keeps them in memory only (tests, headless screenshots). A real app keeps this
    in the platform keystore instead; the demo's file only shows the flow.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self._path = None if path is None else Path(path)
        self._lock = threading.Lock()
        self._generations: dict[str, int] = {}
        self._key = b""
        if self._path is not None and self._path.exists():
            try:
                data = json.loads(self._path.read_text(encoding="utf-8"))
                self._key = bytes.fromhex(data["key"])
                self._generations = {str(k): int(v) for k, v in data["generations"].items()}
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                self._key, self._generations = b"", {}  # unreadable: a new key (old state then rebuilds)
        if len(self._key) < 32:
            self._key = secrets.token_bytes(32)
            self._generations = {}
            self._write()

    @property
    def key(self) -> bytes:
        return self._key

    def generation(self, slot: str) -> int | None:
        """The generation of the state last saved for ``slot``, or None."""
        with self._lock:
            return self._generations.get(slot)

    def record(self, slot: str, generation: int) -> None:
        with self._lock:
            if self._generations.get(slot) == generation:
                return
            self._generations[slot] = generation
        self._write()

    def forget(self, slot: str | None = None) -> None:
        """Forget one slot's generation (its state was cleared), or every slot's."""
        with self._lock:
            if slot is None:
                self._generations.clear()
            else:
                self._generations.pop(slot, None)
        self._write()

    def _write(self) -> None:
        if self._path is None:
            return
        with self._lock:
            text = json.dumps({"key": self._key.hex(), "generations": self._generations})
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(self._path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, self._path)
