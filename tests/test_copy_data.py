"""Checks on the child-facing copy and helpline data, read straight from the files.

Run: .venv/bin/python -m pytest tests/test_copy_data.py -q
"""

from __future__ import annotations

import copy as _copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from safechat.alerts import validate_copy, validate_helplines
from safechat.schema import SchemaError, load_schema, validate

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
    "probability", "risk level", "level",
)
# Placeholders allowed, and the only sections that may use each (independent of the SDK's own table).
PLACEHOLDER_SECTIONS = {
    "law": {"tiers", "why", "learn_more"},
    "helpline": {"help_intro"}, "phone": {"help_intro", "ui"}, "hours": {"help_hours"},
    "report": {"crisis_steps"}, "takedown": {"crisis_steps"},
    "recipient": {"report_text"}, "when": {"report_text"}, "weekday": {"report_text"}, "day": {"report_text"},
    "month": {"report_text"}, "part": {"report_text"}, "count": {"report_text"}, "name": {"report_text", "ui"},
    "number": {"ui"}, "keyword": {"ui"},
}
# Words per crisis screen (title, body, every step, the reasons shown) and per crisis body, at most.
CRISIS_WORDS = {"7-9": 70, "10-12": 120, "13-15": 125, "16-17": 125, "default": 120}
CRISIS_BODY_WORDS = 30
# Reassurance lines ("not your fault", "not in trouble", ...): at most one per screen.
REASSURANCE = re.compile(r"not (?:your fault|in trouble|to blame|on you)|isn't (?:your fault|on you)|"
                         r"none of this is your fault", re.IGNORECASE)
HELPLINE_CODES = {"GB", "US", "AU", "CA", "IE", "NZ", "DE", "FR", "ES", "IT", "NL", "IN", "EU"}
# Spellings that belong to the other locale.
WRONG_SPELLINGS = {
    "en-GB": ("mom", "moms", "favorite", "color", "behavior", "organization", "center", "caregiver"),
    "en-US": ("mum", "mums", "favourite", "colour", "behaviour", "organisation", "centre", "carer"),
}
# Each route of docs/DOMAIN.md's helplines table: (country, name contains, kind, {field: value it must hold}).
DOMAIN_ROUTES = [
    ("GB", "Childline", "counselling", {"phone": "0800 1111", "web_url": "https://www.childline.org.uk"}),
    ("GB", "CEOP", "reporting", {}),
    ("GB", "Report Remove", "image_removal", {}),
    ("GB", "Emergency", "emergency", {"phone": "999"}),
    ("US", "Childhelp", "counselling", {"phone": "1-800-422-4453", "sms": {"number": "1-800-422-4453", "keyword": None}}),
    ("US", "CyberTipline", "reporting", {"phone": "1-800-843-5678", "web_url": "https://report.cybertip.org"}),
    ("US", "Take It Down", "image_removal", {}),
    ("US", "Emergency", "emergency", {"phone": "911"}),
    ("AU", "Kids Helpline", "counselling", {"phone": "1800 55 1800"}),
    ("AU", "ACCCE", "reporting", {"web_url": "https://www.accce.gov.au/report"}),
    ("AU", "eSafety", "reporting", {}),
    ("AU", "Emergency", "emergency", {"phone": "000"}),
    ("CA", "Kids Help Phone", "counselling", {"phone": "1-800-668-6868", "sms": {"number": "686868", "keyword": "CONNECT"}}),
    ("CA", "Cybertip.ca", "reporting", {}),
    ("CA", "Emergency", "emergency", {"phone": "911"}),
    ("IE", "Childline", "counselling", {"phone": "1800 66 66 66", "sms": {"number": "50101", "keyword": None}}),
    ("IE", "Gard", "reporting", {}),
    ("IE", "Emergency", "emergency", {"phone": "112"}),
    ("NZ", "Youthline", "counselling", {"phone": "0800 376 633", "sms": {"number": "234", "keyword": None}}),
    ("NZ", "Netsafe", "reporting", {}),
    ("NZ", "Emergency", "emergency", {"phone": "111"}),
    ("DE", "Nummer gegen Kummer", "counselling", {"phone": "116 111"}),
    ("DE", "Emergency", "emergency", {"phone": "112"}),
    ("FR", "119", "counselling", {"phone": "119"}),
    ("FR", "3018", "image_removal", {"phone": "3018"}),
    ("FR", "Emergency", "emergency", {"phone": "112"}),
    ("ES", "ANAR", "counselling", {"phone": "900 20 20 10"}),
    ("ES", "Emergency", "emergency", {"phone": "112"}),
    ("IT", "Telefono Azzurro", "counselling", {"phone": "19696"}),
    ("IT", "114", "reporting", {"phone": "114"}),
    ("IT", "Emergency", "emergency", {"phone": "112"}),
    ("NL", "Kindertelefoon", "counselling", {"phone": "0800-0432"}),
    ("NL", "Emergency", "emergency", {"phone": "112"}),
    ("IN", "CHILDLINE", "counselling", {"phone": "1098"}),
    ("IN", "Emergency", "emergency", {"phone": "112"}),
    ("EU", "116 111", "counselling", {"phone": "116 111"}),
    ("EU", "Emergency", "emergency", {"phone": "112"}),
]
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


def words(text: str) -> int:
    return len(text.split())


@pytest.fixture(scope="module", params=LOCALES)
def copy(request: pytest.FixtureRequest) -> dict[str, Any]:
    doc = load(f"copy/{request.param}.json")
    assert doc["locale"] == request.param
    return doc


def filled(copy: dict[str, Any], text: str, country: str = "GB") -> str:
    return text.replace("{law}", copy["law"][country]).replace("{report}", "CEOP Safety Centre") \
        .replace("{takedown}", "Report Remove (Childline and IWF)")


def nonempty(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


# -- schema and shape ----------------------------------------------------------------------------


def test_copy_matches_its_schema(copy: dict[str, Any]) -> None:
    assert copy["format"] == 2 and tuple(copy["bands"]) == BANDS
    validate_copy(copy)  # schemas/copy.schema.json and the placeholder rules


def test_copy_schema_refuses_a_broken_file(copy: dict[str, Any]) -> None:
    broken = _copy.deepcopy(copy)
    del broken["tiers"]["crisis"]["13-15"]
    with pytest.raises(ValueError, match=r"tiers\.crisis: missing '13-15'"):
        validate_copy(broken)
    broken = _copy.deepcopy(copy)
    broken["why"]["secrecy"]["7-9"] = "They asked {contact} to keep a secret."
    with pytest.raises(ValueError, match="contact"):
        validate_copy(broken)
    broken = _copy.deepcopy(copy)
    broken["ui"]["hide"] = "   "
    with pytest.raises(ValueError, match=r"ui\.hide"):
        validate_copy(broken)


def test_locales_have_identical_keys() -> None:
    reference = shape(load("copy/en-GB.json"))
    for loc in LOCALES:
        assert shape(load(f"copy/{loc}.json")) == reference, loc


def test_learn_more_is_two_to_four_sentences(copy: dict[str, Any]) -> None:
    for label in LABELS:
        for band in BANDS:
            n = len(re.findall(r"[.!?](?:\s|$)", filled(copy, copy["learn_more"][label][band])))
            assert 2 <= n <= 4, (label, band, n)


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


def test_locale_spelling(copy: dict[str, Any]) -> None:
    wrong = re.compile(r"\b(?:" + "|".join(WRONG_SPELLINGS[copy["locale"]]) + r")\b", re.IGNORECASE)
    for path, text in strings(copy):
        assert wrong.search(text) is None, (path, text)


# -- the law comes from the country --------------------------------------------------------------


def test_law_sentences_name_their_country_and_nothing_else_names_a_law(copy: dict[str, Any]) -> None:
    law = copy["law"]
    assert {"GB", "US", "AU", "other"} <= set(law)
    assert "the UK" in law["GB"] and "the US" in law["US"] and "Australia" in law["AU"]
    assert "many countries" in law["other"]
    assert "{law}" in copy["tiers"]["crisis"]["16-17"]["body"] and "{law}" in copy["why"]["image_request"]["16-17"]
    for path, text in strings(copy):
        if path[0] != "law":
            assert not re.search(r"\bIn (?:the UK|the US|Australia|Canada)\b", text), path


# -- crisis copy -------------------------------------------------------------------------------


def crisis_screen(copy: dict[str, Any], band: str) -> list[str]:
    """Every line of the crisis screen for a band, with a route for every step."""
    t = copy["tiers"]["crisis"][band]
    reasons = [copy["crisis_why"][label][band] for label in ("coercion", "image_request")]
    return [filled(copy, x) for x in (t["title"], t["body"], *(s["text"] for s in copy["crisis_steps"][band]), *reasons)]


def test_crisis_is_short_for_each_band(copy: dict[str, Any]) -> None:
    for band in BANDS:
        screen = crisis_screen(copy, band)
        assert sum(map(words, screen)) <= CRISIS_WORDS[band], (band, sum(map(words, screen)))
        assert words(screen[1]) <= CRISIS_BODY_WORDS, (band, screen[1])


def test_crisis_steps_cover_what_a_threat_needs_in_every_band(copy: dict[str, Any]) -> None:
    for band in BANDS:
        steps = copy["crisis_steps"][band]
        text = " ".join(s["text"] for s in steps).lower()
        assert "stop replying" in text, band
        assert re.search(r"\bpay\b", text) and re.search(r"\bsend\b", text), band
        assert "delete the chat" in text or "keep the chat" in text, band
        assert "block" in text and ("help" in text or "grown-up" in text), band
        needs = {s.get("needs") for s in steps}
        assert "image_removal" in needs, band  # every band can learn an image can be taken down
        if band != "7-9":
            assert "reporting" in needs, band  # 10-12s are sextortion targets too
        for step in steps:
            assert not REASSURANCE.search(step["text"]), (band, step["text"])  # the title reassures


def test_crisis_reassures_once_per_screen(copy: dict[str, Any]) -> None:
    for band in BANDS:
        hits = sum(len(REASSURANCE.findall(line)) for line in crisis_screen(copy, band))
        assert hits == 1, (band, hits)
    for tier in ("pattern", "act_now"):
        for band in BANDS:
            t = copy["tiers"][tier][band]
            sentences = re.split(r"(?<=[.!?])\s+", t["title"] + ". " + t["body"])
            assert sum(bool(REASSURANCE.search(s)) for s in sentences) <= 1, (tier, band)


def test_crisis_reads_a_payment_demand_as_pressure(copy: dict[str, Any]) -> None:
    for band in BANDS:
        line = copy["crisis_why"]["coercion"][band].lower()
        if band != "7-9":
            assert "gift card" in line and ("demand" in line), band
        assert not re.search(r"offer|generous|present", line), band


def test_copy_that_overstated_or_could_not_be_filled(copy: dict[str, Any]) -> None:
    assert "don't care" not in copy["why"]["isolation"]["7-9"]
    assert re.search(r"\bcare(?:r|giver)\b", copy["tiers"]["pattern"]["7-9"]["body"])
    for band in BANDS:
        assert "{" not in copy["talk_draft"][band]
        assert "know this person best" not in copy["ok_confirm"][band].lower()
    assert copy["ui"]["hide"] and copy["ui"]["only_you"] and copy["ui"]["quiet_chip"]
    assert copy["ui"]["first_run_body"] and copy["ui"]["clear_history_button"]


# -- helplines ---------------------------------------------------------------------------------


def test_helplines_match_their_schema() -> None:
    doc = load("helplines.json")
    assert doc["format"] == 2 and set(doc["countries"]) == HELPLINE_CODES and doc["fallback"] == "EU"
    validate(doc, load_schema("helplines"))
    validate_helplines(doc)


def test_no_entry_claims_a_verification_nobody_made() -> None:
    for code, entry in load("helplines.json")["countries"].items():
        for service in entry["services"]:
            check = service["verification"]
            assert check["status"] == "unverified" and "last_verified" not in check, (code, service["id"])
            assert nonempty(check["source"]) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", check["written"])


@pytest.mark.parametrize(("country", "name", "kind", "fields"), DOMAIN_ROUTES)
def test_every_route_in_the_research_brief_is_there(country, name, kind, fields) -> None:
    services = load("helplines.json")["countries"][country]["services"]
    found = [s for s in services if name in s["name"] and kind in s["kinds"]]
    assert found, (country, name, kind)
    service = found[0]
    for key, value in fields.items():
        assert service[key] == value, (country, name, key)
    assert service["phone"] or service["web_url"] or service["chat_url"]  # reachable


def test_numbers_are_machine_readable() -> None:
    for code, entry in load("helplines.json")["countries"].items():
        for s in entry["services"]:
            if s["e164"]:
                assert s["e164"].endswith(re.sub(r"\D", "", s["phone"]).lstrip("0")), (code, s["id"])
            if s["hours"] is not None:
                assert s["hours"] == "24/7" or re.match(r"(Mo|Tu|We|Th|Fr|Sa|Su)", s["hours"]), (code, s["id"])


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["countries"]["GB"]["services"][0].update(e164="+448001112"), "is not the number"),
    (lambda d: d["countries"]["GB"]["services"][0].update(e164="0800 1111"), "does not match"),
    (lambda d: d["countries"]["GB"]["services"][0].pop("hours"), "missing 'hours'"),
    (lambda d: d["countries"]["GB"]["services"][0].update(kinds=["gossip"]), "must be one of"),
    (lambda d: d["countries"]["GB"]["services"][0].update(
        verification={"status": "verified", "last_verified": "2026-12-01", "source": "memory"}), "exactly one"),
    (lambda d: d["countries"]["GB"].update(services=[s for s in d["countries"]["GB"]["services"]
                                                     if "emergency" not in s["kinds"]]), "emergency"),
    (lambda d: d["countries"].update(GBR=d["countries"]["GB"]), "GBR"),
])
def test_helpline_schema_refuses_a_broken_file(change, message) -> None:
    doc = load("helplines.json")
    change(doc)
    with pytest.raises((ValueError, SchemaError), match=message):
        validate_helplines(doc)
