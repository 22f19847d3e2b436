"""What the child reads, through the shipped ``safechat.Guard()``: country -> law and help, locale
follows country, crisis copy that helps, reports without scores or raw ids, host files checked
against the same schemas, and messages in languages the model cannot read reported as such."""

from __future__ import annotations

import copy as _copy
import json
import re
import time
from pathlib import Path

import pytest
import safechat
from safechat.alerts import build_alert, clear_registered, load_copy
from safechat.language import detect

ROOT = Path(__file__).resolve().parents[1]
THREAT = "send me $100 in gift cards tonight or I will share your pics with everyone"  # a gift-card demand with a threat
PHOTO = "send me a pic of you right now, just for me"
LAW = {"GB": "In the UK it is illegal", "US": "In the US it is against the law", "AU": "In Australia it is against the law"}
HELPLINE = {"GB": ("Childline", "0800 1111"), "US": ("Childhelp", "1-800-422-4453"), "AU": ("Kids Helpline", "1800 55 1800")}
TAKEDOWN = {"GB": "Report Remove", "US": "Take It Down", "AU": "eSafety"}


@pytest.fixture(autouse=True)
def _no_host_files():
    yield
    clear_registered()


# -- country drives law and help; locale follows country ----------------------------------------


@pytest.mark.parametrize(("country", "locale"), [("GB", "en-GB"), ("US", "en-US"), ("AU", "en-GB"), ("CA", "en-US"),
                                                 ("uk", "en-GB"), ("DE", "en-GB")])
def test_locale_follows_the_country_unless_the_host_sets_it(guard, country, locale):
    chat = guard.conversation(child_age=12, country=country)
    assert chat.options.locale == locale and chat.options.country == safechat.helpline_for(country).country
    assert guard.conversation(country="US", locale="en-GB").options.locale == "en-GB"  # the host's choice wins
    options = safechat.GuardOptions(country="US")
    with safechat.Guard(options=options) as us:
        assert us.conversation().options.locale == "en-US"
        assert us.conversation(country="GB").options.locale == "en-GB"  # a conversation's own country


@pytest.mark.parametrize("country", ["GB", "US", "AU"])
def test_a_threat_shows_the_countrys_law_and_help(guard, country):
    alert = guard.conversation(child_age=16, country=country).receive(THREAT)
    assert alert is not None and alert.tier == "crisis"
    assert LAW[country] in alert.body
    others = [law for c, law in LAW.items() if c != country]
    everything = " ".join([alert.title, alert.body, *alert.why, *alert.crisis_steps, *alert.learn_more])
    assert not any(law in everything for law in others)
    name, number = HELPLINE[country]
    assert alert.helpline.name.startswith(name) and number in alert.action("help").text
    assert any(TAKEDOWN[country] in step for step in alert.crisis_steps)  # a take-down route, named
    if country == "US":
        assert "mom" not in everything and alert.locale == "en-US"


@pytest.mark.parametrize("country", ["GB", "US", "AU"])
def test_a_photo_request_at_16_states_the_countrys_law(guard, country):
    alert = guard.conversation(child_age=16, country=country).receive(PHOTO)
    assert alert is not None and alert.tier == "act_now"
    assert any(LAW[country] in line for line in alert.why)


@pytest.mark.parametrize("country", ["BR", "GBR", "", "XX", " "])
def test_an_unknown_country_is_refused_with_the_supported_list(guard, country):
    with pytest.raises(ValueError, match=r"no helplines for country .*supported: AU, CA, DE, ES, EU, FR, GB"):
        guard.conversation(country=country)
    with pytest.raises(ValueError, match="no helplines"):
        safechat.helpline_for(country)
    with pytest.raises(ValueError, match="no helplines"):
        safechat.GuardOptions(country=country)
    assert "EU" in safechat.helpline_countries() and "GB" in safechat.helpline_countries()


# -- crisis copy that helps ---------------------------------------------------------------------


@pytest.mark.parametrize("age", [8, 11, 14, 16, None])
def test_crisis_has_no_i_know_them_and_reads_a_demand_as_pressure(guard, age):
    alert = guard.conversation(child_age=age, country="GB").receive(THREAT)
    assert alert is not None and alert.tier == "crisis"
    assert "ok" not in [a.id for a in alert.actions]
    text = " ".join([alert.title, alert.body, *alert.why, *alert.crisis_steps]).lower()
    assert "offered" not in text and "generous" not in text and "stop replying" in text
    assert len(re.findall(r"not (?:your fault|in trouble|to blame)|isn't your fault", text)) == 1
    assert len(alert.why) <= 2 and alert.why[0] == load_copy("en-GB")["crisis_why"]["coercion"][alert.band]
    if age != 8:
        assert "gift card" in alert.why[0]
    assert any("CEOP" in step for step in alert.crisis_steps) == (age != 8)  # the report route, 10 and up


def test_a_country_without_a_take_down_route_promises_none():
    for band in safechat.AGE_BANDS:
        alert = build_alert(tier="crisis", labels=("coercion",), message_index=0, at=1.75e9, risk=0.9, band=band,
                            locale="en-GB", country="DE")
        assert not any("taken down" in s or "remove" in s.lower() for s in alert.crisis_steps)
        assert all("{" not in s for s in alert.crisis_steps)


def test_learn_more_gives_each_behaviour_its_own_topic(guard):
    alert = build_alert(tier="pattern", labels=("secrecy", "gifts"), message_index=0, at=1.75e9, risk=0.5,
                        band="13-15", locale="en-GB", country="GB")
    copy = load_copy("en-GB")["learn_more"]
    assert alert.learn_more == (copy["secrecy"]["13-15"], copy["gifts"]["13-15"])
    assert alert.action("learn").text == alert.learn_more[0]


def test_copy_keys_lead_back_to_every_string_shown(guard):
    alert = guard.conversation(child_age=16, country="AU").receive(THREAT)
    keys, values = alert.copy_keys, alert.copy_keys["values"]
    assert safechat.copy_text(keys["title"], alert.locale) == alert.title
    assert safechat.copy_text(keys["body"], alert.locale, **values) == alert.body
    assert [safechat.copy_text(k, alert.locale, **values) for k in keys["why"]] == list(alert.why)
    assert [safechat.copy_text(k, alert.locale, **values) for k in keys["crisis_steps"]] == list(alert.crisis_steps)
    assert [safechat.copy_text(a.key, alert.locale) for a in alert.actions] == [a.label for a in alert.actions]
    with pytest.raises(KeyError):
        safechat.copy_text("tiers.crisis.99-100.title")


# -- helplines a host can reach --------------------------------------------------------------------


def test_helplines_give_machine_readable_routes():
    gb, ca, us = safechat.helpline_for("GB"), safechat.helpline_for("CA"), safechat.helpline_for("US")
    assert gb.service.tel_uri == "tel:+448001111" and gb.service.chat_url.startswith("https://www.childline.org.uk")
    assert ca.service.sms_uri == "sms:686868?body=CONNECT" and ca.text == "CONNECT to 686868"
    assert us.service.open_always and us.service.sms_number == "1-800-422-4453"
    assert not gb.verified and gb.last_verified is None  # nobody has checked it against the service's site
    assert [s.name for s in gb.of_kind("image_removal")] == ["Report Remove (Childline and IWF)"]
    assert safechat.helpline_for("DE").of_kind("image_removal") == ()


def test_help_text_never_promises_now_when_the_hours_are_unknown(guard):
    de = guard.conversation(child_age=14, country="DE").receive(THREAT)
    au = guard.conversation(child_age=14, country="AU").receive(THREAT)
    assert "website" in de.action("help").text and "day or night" not in de.action("help").text
    assert "day or night" in au.action("help").text


# -- host files, checked against the same schemas -------------------------------------------------


def _host_helplines() -> dict:
    return {"format": 2, "countries": {"BR": {"name": "Brazil", "locale": "en-GB", "services": [
        {"id": "host_line", "name": "Host helpline", "kinds": ["counselling"], "phone": "100", "e164": None,
         "sms": None, "chat_url": None, "web_url": "https://example.org/help", "hours": None, "free": True,
         "anonymous": None, "ages": None,
         "verification": {"status": "unverified", "source": "the host's own list", "written": "2026-12-03"}},
        {"id": "emergency", "name": "Emergency services", "kinds": ["emergency"], "phone": "190", "e164": None,
         "sms": None, "chat_url": None, "web_url": None, "hours": "24/7", "free": True, "anonymous": None,
         "ages": None, "verification": {"status": "unverified", "source": "the host's own list", "written": "2026-12-03"}},
    ]}}}


def test_a_host_can_add_a_country(guard, tmp_path):
    path = tmp_path / "helplines.json"
    path.write_text(json.dumps(_host_helplines()))
    assert safechat.register_helplines(path) == ("BR",)
    alert = guard.conversation(child_age=16, country="BR").receive(THREAT)
    assert alert.helpline.name == "Host helpline" and "In many countries" in alert.body
    assert "BR" in safechat.helpline_countries()
    clear_registered()
    with pytest.raises(ValueError, match="no helplines"):
        guard.conversation(country="BR")


def test_a_broken_host_file_is_refused_and_nothing_is_registered():
    doc = _host_helplines()
    doc["countries"]["BR"]["services"][0]["e164"] = "100"
    with pytest.raises(ValueError, match="e164"):
        safechat.register_helplines(doc)
    assert "BR" not in safechat.helpline_countries()
    copy = _copy.deepcopy(dict(load_copy("en-GB")))
    del copy["ui"]["hide"]
    with pytest.raises(ValueError, match="hide"):
        safechat.register_copy(copy)


def test_a_host_can_add_a_locale(guard):
    copy = _copy.deepcopy(dict(load_copy("en-GB")))
    copy["locale"] = "en-AU"
    copy["tiers"]["crisis"]["13-15"]["title"] = "You're not to blame, mate"
    assert safechat.register_copy(json.dumps(copy)) == "en-AU"
    alert = guard.conversation(child_age=14, country="AU", locale="en-AU").receive(THREAT)
    assert alert.title == "You're not to blame, mate" and alert.locale == "en-AU"
    assert safechat.ui_strings("en-AU")["hide"] == "Hide"


# -- the report the child previews -------------------------------------------------------------


def test_report_preview_has_no_score_no_raw_ids_and_local_time(guard):
    alert = guard.conversation(child_age=13, country="GB").receive(THREAT)
    report = alert.report(host_ids={"contact": "u123", "conversation": "c9"}, contact_name="Skye_Rider",
                          chat_name="BlockWorld chat", messages=["the one I picked"])
    preview = report.preview()
    assert "Level" not in preview and alert.score_bucket not in preview and "UTC" not in preview
    assert "u123" not in preview and "c9" not in preview
    assert "Account: Skye_Rider" in preview and "Chat: BlockWorld chat" in preview
    t = time.localtime(alert.at)
    assert f"When: {load_copy('en-GB')['report_text']['weekdays'][t.tm_wday]} {t.tm_mday} " in preview
    assert report.to_dict()["host_ids"] == {"contact": "u123", "conversation": "c9"}
    us = guard.conversation(child_age=13, country="US").receive(THREAT).report()
    assert "Account: the one that sent these messages" in us.preview() and "the app's safety team" in us.preview()


def test_strings_every_host_needs_come_from_the_sdk():
    for locale in ("en-GB", "en-US"):
        ui = safechat.ui_strings(locale)
        for key in ("hide", "only_you", "quiet_chip", "first_run_title", "first_run_body", "clear_history_button",
                    "not_read"):
            assert ui[key].strip()


# -- what the model reads ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "schick mir ein Bild von dir, nur für mich",
    "mándame una foto tuya, solo para mí",
    "envoie-moi une photo de toi, juste pour moi",
    "stuur me een foto van jou, alleen voor mij",
    "отправь мне фото",
])
def test_a_message_the_model_cannot_read_is_reported_as_not_read(guard, text):
    result = guard.classify(text)
    assert result.language == "other" and result.readable is False
    # the scores are the model's own, unchanged by the check
    probs, risk = guard.infer(guard.encode(text))
    assert result.risk == pytest.approx(min(1.0, max(0.0, risk)))
    assert [result.labels[label] for label in safechat.LABELS] == pytest.approx([float(p) for p in probs])
    chat = guard.conversation(child_age=12)
    chat.receive(text)
    assert chat.not_read == 1 and chat.last_read is False
    chat.receive("are your parents home?")
    assert chat.not_read == 1 and chat.last_read is True


@pytest.mark.parametrize("text", ["send me a pic, just for me", "ok", "lol 😂", "", "hola bro what's up",
                                  "I love croissants, c'est la vie lol", "add me on snap"])
def test_english_and_short_messages_count_as_read(guard, text):
    assert guard.classify(text).readable and detect(text) == "en"


def test_the_language_check_is_cheap():
    text = "hey are your parents home tonight? you can tell me anything, i won't tell anyone ok " * 3
    detect(text)
    n = 2000
    start = time.perf_counter()
    for _ in range(n):
        detect(text)
    per_message = (time.perf_counter() - start) / n * 1000  # ms
    assert per_message < 0.2, per_message  # measured about 0.03 ms on a 2-core machine; loose for slow CI
