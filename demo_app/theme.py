"""Colours and sizes shared by every .kv file (``#:import theme demo_app.theme``). No Kivy import.

``TEXT_ON`` names every text colour the screens use and every background it is drawn on;
tests/test_demo_theme.py computes the WCAG contrast of each pair from the hex values below (4.5:1
at least) and checks that the .kv files use no other text colour. ``TAP_DP`` is the smallest tap
target (dp) and the tests measure every button on screen against it.
"""

from __future__ import annotations

#: The smallest tap target, in dp (Android's 48 dp; Apple's 44 pt is smaller).
TAP_DP = 48  # dp
#: The smallest contrast of text on its background (WCAG 2 AA for normal text).
MIN_CONTRAST = 4.5


def rgba(hex_colour: str, alpha: float = 1.0) -> tuple[float, float, float, float]:
    """"#RRGGBB" to a Kivy colour."""
    h = hex_colour.lstrip("#")
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255, alpha)


HEX = {
    "BG": "#F3F5FA",
    "SURFACE": "#FFFFFF",
    "INK": "#1E2533",
    "MUTED": "#555E70",  # 5.5:1 on the palest band (was #667085: 4.2:1 on the sheet band)
    "LINE": "#DDE2EC",
    "ACCENT": "#4B5FD6",
    "ACCENT_SOFT": "#E9ECFC",
    "PILL": "#3A4CB8",  # toolbar buttons on the accent bar: white text 7.2:1 (a translucent white was 3.8:1)
    "ON_ACCENT": "#FFFFFF",
    "THEIR_BUBBLE": "#FFFFFF",
    "MY_BUBBLE": "#4B5FD6",
    # The pattern card: warm and calm, not an alarm.
    "CARD": "#FFF5DA",
    "CARD_EDGE": "#EFC85C",
    "CARD_INK": "#3D3216",
    # The act-now sheet and the crisis flow: a calm band behind the title, never red.
    "SHEET_BAND": "#E9ECFC",
    "CRISIS_BAND": "#E3F1FB",
    "STEPS_BOX": "#F4F8FD",
    "HELP_BOX": "#E4F5EC",
    "HELP_INK": "#1F5A3A",
    "NOTE": "#EEF0F5",
    "BLOCKED": "#F1F2F6",
}

BG = rgba(HEX["BG"])
SURFACE = rgba(HEX["SURFACE"])
INK = rgba(HEX["INK"])
MUTED = rgba(HEX["MUTED"])
LINE = rgba(HEX["LINE"])
ACCENT = rgba(HEX["ACCENT"])
ACCENT_SOFT = rgba(HEX["ACCENT_SOFT"])
PILL = rgba(HEX["PILL"])
ON_ACCENT = rgba(HEX["ON_ACCENT"])
CLEAR = (0.0, 0.0, 0.0, 0.0)

THEIR_BUBBLE = rgba(HEX["THEIR_BUBBLE"])
MY_BUBBLE = rgba(HEX["MY_BUBBLE"])

CARD = rgba(HEX["CARD"])
CARD_EDGE = rgba(HEX["CARD_EDGE"])
CARD_INK = rgba(HEX["CARD_INK"])

SHEET_BAND = rgba(HEX["SHEET_BAND"])
CRISIS_BAND = rgba(HEX["CRISIS_BAND"])
STEPS_BOX = rgba(HEX["STEPS_BOX"])
HELP_BOX = rgba(HEX["HELP_BOX"])
HELP_INK = rgba(HEX["HELP_INK"])
NOTE = rgba(HEX["NOTE"])
BLOCKED = rgba(HEX["BLOCKED"])

_LIGHT = ("BG", "SURFACE", "SHEET_BAND", "CRISIS_BAND", "STEPS_BOX", "HELP_BOX", "NOTE", "BLOCKED", "CARD",
          "ACCENT_SOFT")
#: Every text colour the screens use -> the backgrounds it is drawn on (scenarios' avatar colours
#: are checked against ON_ACCENT separately).
TEXT_ON: dict[str, tuple[str, ...]] = {
    "INK": _LIGHT,
    "MUTED": _LIGHT,
    "ACCENT": _LIGHT,  # buttons, links and the unread time
    "HELP_INK": _LIGHT,
    "CARD_INK": ("CARD",),
    "ON_ACCENT": ("ACCENT", "MY_BUBBLE", "PILL"),
}
