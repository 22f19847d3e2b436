"""safechat: on-device warnings for children about grooming-like messages.

Nothing leaves the device: there is no network code, and no message text is logged or stored.

    import safechat
    with safechat.Guard() as guard:
        chat = guard.conversation(child_age=13)
        alert = chat.receive("hey, what school do you go to?")
"""

from .alerts import (
    Action,
    Alert,
    Helpline,
    Report,
    Service,
    copy_text,
    helpline_countries,
    helpline_for,
    register_copy,
    register_helplines,
    ui_strings,
)
from .conversation import CONTACTS, AlertBudget, Conversation, ConversationOptions
from .errors import ClosedError, ModelIntegrityError, StateError
from .guard import Classification, Guard, GuardOptions
from .labels import AGE_BANDS, LABELS, TIERS, Tier
from .version import __version__

__all__ = [
    "AGE_BANDS",
    "CONTACTS",
    "LABELS",
    "TIERS",
    "Action",
    "Alert",
    "AlertBudget",
    "Classification",
    "ClosedError",
    "Conversation",
    "ConversationOptions",
    "Guard",
    "GuardOptions",
    "Helpline",
    "ModelIntegrityError",
    "Report",
    "Service",
    "StateError",
    "Tier",
    "__version__",
    "copy_text",
    "helpline_countries",
    "helpline_for",
    "register_copy",
    "register_helplines",
    "ui_strings",
]
