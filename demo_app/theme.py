"""Colours and sizes shared by every .kv file (``#:import theme demo_app.theme``). No Kivy import."""

from __future__ import annotations


def rgba(hex_colour: str, alpha: float = 1.0) -> tuple[float, float, float, float]:
    """"#RRGGBB" to a Kivy colour."""
    h = hex_colour.lstrip("#")
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255, alpha)


BG = rgba("#F3F5FA")
SURFACE = rgba("#FFFFFF")
INK = rgba("#1E2533")
MUTED = rgba("#667085")
LINE = rgba("#DDE2EC")
ACCENT = rgba("#4B5FD6")
ACCENT_SOFT = rgba("#E9ECFC")
ON_ACCENT = rgba("#FFFFFF")

THEIR_BUBBLE = rgba("#FFFFFF")
MY_BUBBLE = rgba("#4B5FD6")

# The pattern card: warm and calm, not an alarm.
CARD = rgba("#FFF5DA")
CARD_EDGE = rgba("#EFC85C")
CARD_INK = rgba("#3D3216")

# The act-now sheet and the crisis flow: a calm band behind the title, never red.
SHEET_BAND = rgba("#E9ECFC")
CRISIS_BAND = rgba("#E3F1FB")
STEPS_BOX = rgba("#F4F8FD")
HELP_BOX = rgba("#E4F5EC")
HELP_INK = rgba("#1F5A3A")
NOTE = rgba("#EEF0F5")
BLOCKED = rgba("#F1F2F6")
