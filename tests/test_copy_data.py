"""Checks on the child-facing copy and helpline data (stdlib json only).

Run: .venv/bin/python -m pytest tests/test_copy_data.py -q
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# ---- defaults --------------------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "sdk" / "safechat"
LOCALES = ("en-GB", "en-US")
BANDS = ("7-9", "10-12", "13-15", "16-17", "default")
TIERS = ("pattern", "act_now", "crisis")
LABELS = (
    "flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
    "gifts", "sexual_content", "image_request", "meetup", "coercion",
)
ACTIONS = ("talk", "block", "report", "help", "learn", "ok")
REPORT_KEYS = ("title", "body", "share_button", "cancel_button")
# Words the child must never see (whole words, case-insensitive; plurals included).
FORBIDDEN = (
    "predator", "groomer", "paedophile", "pedophile", "pervert", "criminal", "abuser",
    "stranger danger", "AI", "algorithm", "model", "detected", "score", "percent",
    "probability", "risk level",
)
# Placeholders allowed, and the only sections that may use each.
PLACEHOLDER_SECTIONS = {
    "contact": {"talk_draft"},
    "helpline": {"help_intro"}, "phone": {"help_intro"}, "text": {"help_intro"}, "url": {"help_intro"},
}
HELPLINE_CODES = {"GB", "US", "AU", "CA", "IE", "NZ", "DE", "FR", "ES", "IT", "NL", "IN", "EU"}
# Spellings that belong to the other locale.
WRONG_SPELLINGS = {
    "en-GB": ("mom", "moms", "favorite", "color", "behavior", "organization", "center"),
    "en-US": ("mum", "mums", "favourite", "colour", "behaviour", "organisation", "centre", "carer"),
}
# ------------------------------------------------------------------------------------------------


def load(name: str) -> Any:
    return json.loads((PKG / name).read_text(encoding="utf-8"))


def strings(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Yield (key path, text) for every string in a JSON tree."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, path + (str(i),))


def shape(node: Any) -> Any:
    """The key structure of a JSON tree, ignoring the text and list lengths."""
    if isinstance(node, dict):
        return {k: shape(v) for k, v in node.items()}
    if isinstance(node, list):
        return "list"
    return type(node).__name__


@pytest.fixture(scope="module", params=LOCALES)
def copy(request: pytest.FixtureRequest) -> dict[str, Any]:
    doc = load(f"copy/{request.param}.json")
    assert doc["locale"] == request.param
    return doc


def nonempty(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def test_header(copy: dict[str, Any]) -> None:
    assert copy["format"] == 1
    assert tuple(copy["bands"]) == BANDS


def test_tiers_cover_every_band(copy: dict[str, Any]) -> None:
    assert set(copy["tiers"]) == set(TIERS)
    for tier in TIERS:
        assert set(copy["tiers"][tier]) == set(BANDS), tier
        for band in BANDS:
            entry = copy["tiers"][tier][band]
            assert nonempty(entry["title"]) and nonempty(entry["body"]), (tier, band)


def test_why_and_learn_more_cover_every_label_and_band(copy: dict[str, Any]) -> None:
    for section in ("why", "learn_more"):
        assert set(copy[section]) == set(LABELS), section
        for label in LABELS:
            assert set(copy[section][label]) == set(BANDS), (section, label)
            assert all(nonempty(copy[section][label][b]) for b in BANDS), (section, label)


def test_learn_more_is_two_to_four_sentences(copy: dict[str, Any]) -> None:
    for label in LABELS:
        for band in BANDS:
            n = len(re.findall(r"[.!?](?:\s|$)", copy["learn_more"][label][band]))
            assert 2 <= n <= 4, (label, band, n)


def test_per_band_sections(copy: dict[str, Any]) -> None:
    for section in ("why_join", "talk_draft", "help_intro", "ok_confirm", "blocked_confirm"):
        assert set(copy[section]) == set(BANDS), section
        assert all(nonempty(copy[section][b]) for b in BANDS), section
    assert set(copy["actions"]) == set(ACTIONS)
    for action in ACTIONS:
        assert set(copy["actions"][action]) == set(BANDS), action
        assert all(nonempty(copy["actions"][action][b]) for b in BANDS), action
    assert set(copy["report_preview"]) == set(BANDS)
    for band in BANDS:
        preview = copy["report_preview"][band]
        assert set(preview) == set(REPORT_KEYS), band
        assert all(nonempty(preview[k]) for k in REPORT_KEYS), band


def test_crisis_steps_non_empty(copy: dict[str, Any]) -> None:
    assert set(copy["crisis_steps"]) == set(BANDS)
    for band in BANDS:
        steps = copy["crisis_steps"][band]
        assert isinstance(steps, list) and steps, band
        assert all(nonempty(s) for s in steps), band


def test_no_forbidden_words(copy: dict[str, Any]) -> None:
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in FORBIDDEN) + r")s?\b",
        re.IGNORECASE,
    )
    for path, text in strings(copy):
        assert "%" not in text, path
        hit = pattern.search(text)
        assert hit is None, (path, hit.group(0) if hit else "")


def test_seven_to_nine_is_short(copy: dict[str, Any]) -> None:
    for tier in TIERS:
        entry = copy["tiers"][tier]["7-9"]
        assert len(entry["title"].split()) <= 6, (tier, entry["title"])
        assert len(re.findall(r"[.!?](?:\s|$)", entry["body"])) <= 2, (tier, entry["body"])


def test_placeholders_allowed_and_in_place(copy: dict[str, Any]) -> None:
    for path, text in strings(copy):
        for name in re.findall(r"\{([^{}]*)\}", text):
            assert name in PLACEHOLDER_SECTIONS, (path, name)
            assert path[0] in PLACEHOLDER_SECTIONS[name], (path, name)
        assert "[[" not in text and "]]" not in text, path


def test_locales_have_identical_keys() -> None:
    reference = shape(load("copy/en-GB.json"))
    for loc in LOCALES:
        assert shape(load(f"copy/{loc}.json")) == reference, loc


def test_locale_spelling(copy: dict[str, Any]) -> None:
    wrong = re.compile(r"\b(?:" + "|".join(WRONG_SPELLINGS[copy["locale"]]) + r")\b", re.IGNORECASE)
    for path, text in strings(copy):
        assert wrong.search(text) is None, (path, text)


def test_helplines() -> None:
    doc = load("helplines.json")
    assert doc["format"] == 1
    assert nonempty(doc["last_verified"]) and nonempty(doc["verified_against"])
    assert set(doc["countries"]) == HELPLINE_CODES
    assert doc["fallback"] in doc["countries"]
    for code, entry in doc["countries"].items():
        assert nonempty(entry["name"]), code
        helpline = entry["helpline"]
        assert set(helpline) == {"name", "phone", "text", "url"}, code
        assert nonempty(helpline["name"]) and nonempty(helpline["phone"]), code
        assert nonempty(entry["emergency"]), code
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["last_verified"]), code
        assert nonempty(entry["source"]), code
        for route in entry["report"]:
            assert set(route) == {"name", "url", "phone"}, code
            assert nonempty(route["name"]), code
            assert route["url"] is None or route["url"].startswith("https://"), code
