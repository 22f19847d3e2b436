"""Exceptions raised by safechat. None of them ever carries message text."""

from __future__ import annotations


class ModelIntegrityError(ValueError):
    """A model bundle file is missing, altered, truncated or does not match its manifest.

    The message names the file; ``filename`` holds it for programs.
    """

    def __init__(self, filename: str, problem: str) -> None:
        super().__init__(f"{filename}: {problem}")
        self.filename = filename


class StateError(ValueError):
    """Saved conversation state is corrupt, truncated, tampered with or from another version."""


class ClosedError(RuntimeError):
    """The Guard was closed; create a new one to keep scoring."""
