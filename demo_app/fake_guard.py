"""The ``--fake-guard`` developer flag's stand-in for ``safechat.Guard``: the SDK's own
:class:`safechat.testing.ScriptedGuard` (messages written "label1+label2: text"). The SDK's real
Conversation policy runs unchanged on top, so the demo can show every kind of warning whatever
the bundled model currently scores. Screens made with it say so in docs/DEMO.md.
"""

from __future__ import annotations

from safechat.testing import HIGH, LOW, ScriptedGuard

__all__ = ["HIGH", "LOW", "ScriptedGuard"]
