"""safechat: on-device warnings for children about grooming-like messages.

Nothing leaves the device: there is no network code, and no message text is logged or stored.

    import safechat
    with safechat.Guard() as guard:
        chat = guard.conversation(child_age=13)
        alert = chat.receive("hey, what school do you go to?")

``safechat.testing`` holds a scripted stand-in guard and a fake clock for hosts' own tests.
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
from .guard import Guard, GuardOptions
from .labels import AGE_BANDS, LABELS, TIERS, Tier
from .policy import Policy
from .results import Classification, Scorer
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
    "Policy",
    "Report",
    "Scorer",
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
