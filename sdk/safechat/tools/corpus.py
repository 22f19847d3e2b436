"""The data the tools read: conversation records (the shared JSONL format), message files, and
where the shared corpora live.

A record becomes a list of :class:`Event` in order, the stream an app would see: the contact's
messages are incoming (``receive``), the child's are outgoing (``send``, context only). Rules:

- two-party chats: messages by ``target_author`` are incoming, all others outgoing;
- multi-party rooms (``meta.multi_party``): every message is incoming;
- Perverted-Justice logs (``messages`` holds the predator's lines only): all incoming;
- segment-only records: one text holding a whole segment. Where the segment carries 32-hex
  author ids, it is split on them and every turn is incoming; where it carries none, it is cut
  into short pseudo-messages at sentence ends (every one incoming).

A message file is JSONL ``{"text", "labels": [...], "clean"?}`` (:func:`read_messages`).

The shared corpora folder is found in one place, :func:`shared_data_dir` (``$SAFECHAT_DATA``, else
``../shared/data`` beside the working folder or beside the repository checkout), and a ``--data``
option is read through :func:`resolve_data`.
"""

# ruff: noqa: TRY004  # a malformed record is a ValueError: the documented failure of every reader here

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..labels import LABELS

MINUTE = 60.0  # seconds
HOUR = 60 * MINUTE  # seconds
DAY = 24 * HOUR  # seconds
#: Replay paces: "none" keeps the records' own times (a minute apart where they have none),
#: "minutes" puts every message a minute after the last, "daily" cuts the stream into sessions of a
#: few contact messages, a day apart, as slow grooming unfolds.
PACES: tuple[str, ...] = ("none", "minutes", "daily")
SESSION_MESSAGES = (2, 5)  # contact messages per daily session (inclusive range)
SESSION_JITTER = 3 * HOUR  # seconds either side of a day between sessions
#: Pseudo-messages cut from a segment without boundaries hold at most this many words.
SEGMENT_WORDS = 12  # words
#: Records larger than this are refused by the reader (one JSON line).
MAX_LINE_BYTES = 64 * 1024 * 1024  # bytes
#: A gzip file may unpack to at most this much (a small file of compressed newlines must not keep
#: a reader busy for minutes); the shared train split unpacks to about 70 MB.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # bytes
DEV_FILE = "dev.jsonl.gz"  # what a data folder is read for (`--data FOLDER`)
GROOMING, NORMAL = "grooming", "normal"  # the two conversation labels

_HEX_AUTHOR = re.compile(r"\b([0-9a-f]{32})\b:?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Event:
    """One message in app order: ``incoming`` from the contact, else the child's own."""

    incoming: bool
    text: str
    at: float  # seconds since the epoch


def _time(value: Any, fallback: float) -> float:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()  # noqa: FURB162  # as recorded
        except (ValueError, OverflowError):
            return fallback
    return fallback


def _split_segment(text: str) -> list[str]:
    if _HEX_AUTHOR.search(text):
        parts = [p.strip() for p in _HEX_AUTHOR.split(text)]
        # split() interleaves [before, id, turn, id, turn...]; ids are dropped, turns kept
        turns = [parts[0]] + [parts[i] for i in range(2, len(parts), 2)]
        return [t for t in turns if t]
    pieces: list[str] = []
    for sentence in _SENTENCE.split(text):
        words = sentence.split()
        for i in range(0, len(words), SEGMENT_WORDS):
            pieces.append(" ".join(words[i : i + SEGMENT_WORDS]))
    return [p for p in pieces if p]


def events(record: dict[str, Any], start: float = 1.5e9, step: float = MINUTE) -> list[Event]:
    """The stream of events for one record. Missing times advance ``step`` seconds a message.

    Raises:
        ValueError: the record lacks ``messages`` or they are malformed.
    """
    if not isinstance(record, dict):
        raise TypeError(f"record must be a dict, not {type(record).__name__}")
    messages = record.get("messages")
    if not isinstance(messages, list):
        raise ValueError("record has no 'messages' list")
    meta = record.get("meta") or {}
    if not isinstance(meta, dict):
        raise ValueError("record 'meta' must be a JSON object")
    target = record.get("target_author")
    everyone = bool(record.get("segment_only")) or bool(meta.get("multi_party")) or target is None
    out: list[Event] = []
    clock = start
    for m in messages:
        if not isinstance(m, dict) or not isinstance(m.get("text"), str):
            raise ValueError("each message needs a 'text' string")
        clock = max(clock + step, _time(m.get("time"), clock + step))
        if record.get("segment_only"):
            for piece in _split_segment(m["text"]):
                out.append(Event(True, piece, clock))
                clock += step
            continue
        out.append(Event(everyone or m.get("author") == target, m["text"], clock))
    return out


class ReplayClock:
    """A settable device clock for replays: set ``now`` to each message's time before it is
    received, so the message arrives live (pass it as ``guard.conversation(clock=...)``)."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def pace(evs: list[Event], mode: str, key: str, start: float = 1.5e9) -> list[Event]:
    """The same events re-timed at a replay pace (see :data:`PACES`); deterministic per ``key``.

    Raises:
        ValueError: an unknown pace.
    """
    if mode not in PACES:
        raise ValueError(f"pace must be one of {', '.join(PACES)}, not {mode!r}")
    if mode == "none":
        return list(evs)
    rng = random.Random(zlib.crc32(key.encode("utf-8")))
    out: list[Event] = []
    t = start
    left = rng.randint(*SESSION_MESSAGES)
    for e in evs:
        if out:
            t += MINUTE
        if mode == "daily" and e.incoming:
            if left == 0:  # this session is over: the next contact message comes about a day later
                t += DAY + rng.uniform(-SESSION_JITTER, SESSION_JITTER)
                left = rng.randint(*SESSION_MESSAGES)
            left -= 1
        out.append(Event(e.incoming, e.text, t))
    return out


#: Who the contact is in a written chat (``meta.contact_role``), as a host would know it. Roles
#: not listed are strangers or online-only contacts: "unknown".
FAMILY_ROLES = frozenset({"parent", "step_parent", "grandparent", "aunt_uncle", "older_sibling", "sibling",
                          "older_cousin", "same_age_cousin", "godparent"})
KNOWN_ROLES = frozenset({"sports_coach", "teacher", "tutor", "music_teacher", "dance_teacher", "drama_teacher",
                         "pe_teacher", "choir_leader", "club_leader", "youth_worker", "school_counsellor",
                         "classmate", "same_age_classmate", "same_age_friend", "same_age_partner", "teammate",
                         "neighbour", "friends_parent", "known_older_teen_babysitter", "adult_acquaintance",
                         "adult_mentor"})


def contact_of(record: dict[str, Any]) -> str:
    """"family", "known" or "unknown" for a record, from ``meta.contact_role`` (unknown when absent).

    Raises:
        ValueError: the record's ``meta`` is not a JSON object.
    """
    meta = record.get("meta") or {}
    if not isinstance(meta, dict):
        raise ValueError("record 'meta' must be a JSON object")
    role = meta.get("contact_role")
    if role in FAMILY_ROLES:
        return "family"
    if role in KNOWN_ROLES:
        return "known"
    return "unknown"


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records from a JSONL file, plain or gzip. Blank lines are skipped.

    Raises:
        ValueError: a line is not a JSON object, is too long, the gzip stream is corrupt,
            truncated or unpacks past MAX_UNPACKED_BYTES (the message gives the line number
            only), or the path is not a regular file (a FIFO would block the reader).
        FileNotFoundError: the file does not exist.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        raise ValueError(f"{path.name} is not a regular file")
    with path.open("rb") as raw:
        gz = raw.read(2) == b"\x1f\x8b"
    opener = gzip.open(path, "rb") if gz else path.open("rb")  # noqa: SIM115  # entered just below
    with opener as fh:
        reader = io.BufferedReader(fh)
        number = unpacked = 0
        while True:
            number += 1
            try:
                # bounded read: a huge line costs at most MAX_LINE_BYTES + 1 bytes of memory
                line = reader.readline(MAX_LINE_BYTES + 1)
            except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
                if not gz:
                    raise
                raise ValueError(f"{path.name}: line {number}: gzip data is corrupt or truncated "
                                 f"({exc.__class__.__name__})") from None
            if not line:
                break
            unpacked += len(line)
            if gz and unpacked > MAX_UNPACKED_BYTES:
                raise ValueError(f"{path.name}: line {number}: unpacks to more than {MAX_UNPACKED_BYTES} bytes")
            if len(line) > MAX_LINE_BYTES:
                raise ValueError(f"{path.name}: line {number} is larger than {MAX_LINE_BYTES} bytes")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
                raise ValueError(f"{path.name}: line {number} is not valid JSON") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path.name}: line {number} is not a JSON object")
            yield record


# ---------------------------------------------------------------- where the data is


def checkout_root() -> Path | None:
    """The repository checkout this package runs from (``<root>/sdk/safechat``), or None when it
    is installed elsewhere."""
    root = Path(__file__).resolve().parents[3]
    return root if (root / "sdk" / "safechat").is_dir() and (root / "pyproject.toml").is_file() else None


def shared_data_dir() -> Path | None:
    """The shared corpora folder: $SAFECHAT_DATA, else ../shared/data from the working folder or
    from the repository checkout; None when none holds the dev split."""
    root = checkout_root()
    candidates = [os.environ.get("SAFECHAT_DATA"), Path.cwd().parent / "shared" / "data",
                  None if root is None else root.parent / "shared" / "data"]
    for candidate in candidates:
        if candidate and (Path(candidate) / DEV_FILE).is_file():
            return Path(candidate)
    return None


def data_folder(path: Path | str | None) -> Path | None:
    """``--data`` for the commands that read the whole folder (training, real-line labelling): the
    folder given, else :func:`shared_data_dir`; None when none is found.

    Raises:
        FileNotFoundError: ``path`` was given and is not a folder.
    """
    if path is None or path == "":
        return shared_data_dir()
    if not Path(path).is_dir():
        raise FileNotFoundError(2, "no such data folder", str(path))
    return Path(path)


def resolve_data(path: Path | None) -> Path | None:
    """``--data``: a folder (its dev split) or a file; without it, the shared folder when found.

    Raises:
        FileNotFoundError: ``path`` was given and holds no data.
    """
    if path is None:
        folder = shared_data_dir()
        return None if folder is None else folder / DEV_FILE
    if path.is_dir():
        path = path / DEV_FILE
    if not path.is_file():
        raise FileNotFoundError(2, "no such file", str(path))
    return path


# ---------------------------------------------------------------- checked inputs


@dataclass(frozen=True)
class MessageLine:
    """One line of a message file: gold labels, and the clean text when it is an obfuscated variant."""

    text: str
    labels: tuple[str, ...]
    clean: str | None = None


def read_messages(path: Path) -> list[MessageLine]:
    """Read a message file (JSONL ``{"text", "labels": [...], "clean"?}``).

    Raises:
        ValueError: a record lacks text, or names a label that is not one of the 11 (the error
            gives the record number, never the text).
    """
    lines = []
    for n, record in enumerate(read_records(path), start=1):
        text, labels, clean = record.get("text"), record.get("labels"), record.get("clean")
        if not isinstance(text, str) or not isinstance(labels, list):
            raise ValueError(f"{path.name}: record {n} needs a 'text' string and a 'labels' list")
        unknown = [x for x in labels if x not in LABELS]
        if unknown:
            raise ValueError(f"{path.name}: record {n} has unknown labels {unknown}")
        if clean is not None and not isinstance(clean, str):
            raise ValueError(f"{path.name}: record {n}: 'clean' must be a string")
        lines.append(MessageLine(text, tuple(labels), clean))
    return lines


def read_conversations(path: Path) -> list[dict[str, Any]]:
    """Read conversation records, checking each has a source and a grooming/normal label.

    Raises:
        ValueError: a record lacks them (named by record number).
    """
    records = []
    for n, record in enumerate(read_records(path), start=1):
        if record.get("label") not in (GROOMING, NORMAL) or not isinstance(record.get("source"), str):
            raise ValueError(f"{path.name}: record {n} needs 'source' and a 'label' of grooming or normal")
        records.append(record)
    return records
