"""The demo's colours, computed from the theme: every text colour on every background it is drawn
on reaches WCAG AA contrast (4.5:1), and the .kv files use no text colour the theme does not vouch
for. No Kivy needed (the theme module has no Kivy import); tap targets are measured on screen in
tests/test_demo_app.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from demo_app import scenarios, theme

ROOT = Path(__file__).resolve().parents[1]
KV_FILES = sorted((ROOT / "demo_app").glob("*.kv"))


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB"."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the classic AA grey
    assert contrast("#667085", "#E9ECFC") < 4.5  # the muted grey the review found at 4.2:1


@pytest.mark.parametrize(("text", "background"), [(t, b) for t, bgs in theme.TEXT_ON.items() for b in bgs])
def test_every_text_colour_on_every_background_reaches_aa(text, background):
    ratio = contrast(theme.HEX[text], theme.HEX[background])
    assert ratio >= theme.MIN_CONTRAST, f"{text} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize("scenario", scenarios.ALL, ids=lambda s: s.id)
def test_avatar_initials_are_readable(scenario):
    assert contrast(theme.HEX["ON_ACCENT"], scenario.color) >= theme.MIN_CONTRAST


@pytest.mark.parametrize("kv", KV_FILES, ids=lambda p: p.name)
def test_kv_files_use_only_vouched_text_colours(kv):
    for number, line in enumerate(kv.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r"\s*color:\s*(.+)$", line)  # a Label's text colour (canvas fills use "rgba:")
        if not m:
            continue
        names = re.findall(r"theme\.([A-Z_]+)", m.group(1))
        assert names, f"{kv.name}:{number}: a literal text colour ({m.group(1)}); use a theme colour"
        assert not re.search(r"\(\s*[\d.]+\s*,|^\s*[\d.]+\s*,", m.group(1)), f"{kv.name}:{number}: a literal colour"
        for name in names:
            assert name in theme.TEXT_ON, f"{kv.name}:{number}: {name} is not a vouched text colour"


def test_theme_colours_match_their_hex():
    for name, value in theme.HEX.items():
        assert getattr(theme, name) == theme.rgba(value), name
