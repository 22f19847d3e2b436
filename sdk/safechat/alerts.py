"""`Alert`: what the child sees, the actions it offers, helplines, and the child's own report.

Copy and helplines are data (``copy/<locale>.json``, ``helplines.json``), each checked against a
schema in ``schemas/``. A host can add its own (:func:`register_copy`, :func:`register_helplines`),
checked the same way. The country drives the law sentence and the help offered; the locale drives
the words (and follows the country unless the host sets it). The SDK returns what the host app
should show and do; it performs nothing itself and sends nothing anywhere.
"""

from __future__ import annotations

import copy as _copy
import json
import math
import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .labels import AGE_BANDS, LABELS, Tier
from .schema import SchemaError, load_schema, validate

#: Action ids, in the order they are offered (all with equal weight).
ACTION_IDS: tuple[str, ...] = ("talk", "block", "report", "help", "learn", "ok")
#: The crisis flow never offers "I'm OK, I know them": after a threat it would tell the child the
#: sender can be trusted.
CRISIS_ACTION_IDS: tuple[str, ...] = ("talk", "block", "report", "help", "learn")
#: For 7-9 the screen shows three buttons, a grown-up first; the rest are small links.
_YOUNG_BUTTONS = {"pattern": ("talk", "block", "ok"), "act_now": ("talk", "block", "ok"),
                  "crisis": ("talk", "block", "help")}

FALLBACK_LOCALE = "en-GB"
#: How many "why" lines an alert shows: (ages 10 and up, ages 7-9). "learn" explains the rest.
_WHY_LINES = {False: 3, True: 2}
#: In a crisis only the reasons that matter for a threat are shown, in this order (a gift-card
#: demand reads as pressure, never as a gift; older behaviours are in the report, not on screen).
CRISIS_REASONS: tuple[str, ...] = ("coercion", "image_request", "sexual_content")
SERVICE_KINDS: tuple[str, ...] = ("counselling", "reporting", "image_removal", "emergency")

#: Placeholders a copy file may use, and the only sections that may use each.
PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "law": frozenset({"tiers", "why", "learn_more"}),
    "helpline": frozenset({"help_intro"}),
    "phone": frozenset({"help_intro", "ui"}),
    "hours": frozenset({"help_hours"}),
    "report": frozenset({"crisis_steps"}),
    "takedown": frozenset({"crisis_steps"}),
    "recipient": frozenset({"report_text"}),
    "when": frozenset({"report_text"}),
    "weekday": frozenset({"report_text"}),
    "day": frozenset({"report_text"}),
    "month": frozenset({"report_text"}),
    "part": frozenset({"report_text"}),
    "count": frozenset({"report_text"}),
    "name": frozenset({"report_text", "ui"}),
    "number": frozenset({"ui"}),
    "keyword": frozenset({"ui"}),
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

# -- host files ----------------------------------------------------------------------------------

_lock = threading.Lock()
_host_copy: dict[str, dict[str, Any]] = {}
_host_helplines: dict[str, dict[str, Any]] = {}


def _read_source(source: Any, what: str) -> Any:
    """A JSON document from a path, JSON text or bytes, or an already parsed mapping."""
    if isinstance(source, Mapping):
        return json.loads(json.dumps(source))  # a private, plain copy (and JSON-only values)
    if isinstance(source, Path):
        return json.loads(source.read_text(encoding="utf-8"))
    if isinstance(source, (bytes, bytearray)):
        return json.loads(bytes(source).decode("utf-8"))
    if isinstance(source, str):
        if source.lstrip().startswith("{"):
            return json.loads(source)
        return json.loads(Path(source).read_text(encoding="utf-8"))
    raise TypeError(f"{what} must be a path, JSON text or bytes, or a mapping, not {type(source).__name__}")


def _strings(node: Any, path: tuple[str, ...] = ()) -> Iterable[tuple[tuple[str, ...], str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, path + (str(key),))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, path + (str(i),))


def validate_copy(doc: Any) -> None:
    """Check a copy document against ``schemas/copy.schema.json`` and the placeholder rules.

    Raises:
        ValueError: naming the first place that is wrong.
    """
    try:
        validate(doc, load_schema("copy"))
    except SchemaError as exc:
        raise ValueError(f"copy: {exc}") from None
    for band, steps in doc["crisis_steps"].items():
        if len({step["id"] for step in steps}) != len(steps):
            raise ValueError(f"copy: crisis_steps.{band} has two steps with one id")
    for path, text in _strings(doc):
        for name in _PLACEHOLDER.findall(text):
            if name not in PLACEHOLDERS or path[0] not in PLACEHOLDERS[name]:
                raise ValueError(f"copy: {'.'.join(path)} uses {{{name}}}, which is not filled there")


def validate_helplines(doc: Any) -> None:
    """Check a helplines document against ``schemas/helplines.schema.json`` and the rules a schema
    cannot say: one counselling line per country, an emergency number, E.164 that matches the
    number shown, unique service ids.

    Raises:
        ValueError: naming the first place that is wrong.
    """
    try:
        validate(doc, load_schema("helplines"))
    except SchemaError as exc:
        raise ValueError(f"helplines: {exc}") from None
    countries = doc["countries"]
    if "fallback" in doc and doc["fallback"] not in countries:
        raise ValueError(f"helplines: fallback {doc['fallback']!r} has no entry")
    for code, entry in countries.items():
        services = entry["services"]
        ids = [s["id"] for s in services]
        if len(set(ids)) != len(ids):
            raise ValueError(f"helplines: {code} has two services with one id")
        if not any("counselling" in s["kinds"] for s in services):
            raise ValueError(f"helplines: {code} needs a service of kind 'counselling' (the child helpline)")
        if not any("emergency" in s["kinds"] and s["phone"] for s in services):
            raise ValueError(f"helplines: {code} needs a service of kind 'emergency' with a phone number")
        for s in services:
            where = f"helplines: {code}.{s['id']}"
            if not (s["phone"] or s["sms"] or s["chat_url"] or s["web_url"]):
                raise ValueError(f"{where} has no way to reach it (phone, sms, chat_url or web_url)")
            if s["e164"] is not None:
                if s["phone"] is None:
                    raise ValueError(f"{where}.e164 needs the phone number it stands for")
                national = _digits(s["phone"]).lstrip("0")
                if not s["e164"].endswith(national):
                    raise ValueError(f"{where}.e164 {s['e164']} is not the number {s['phone']}")
            ages = s["ages"]
            if ages and ages["min"] is not None and ages["max"] is not None and ages["min"] > ages["max"]:
                raise ValueError(f"{where}.ages: min is above max")


def register_copy(source: Any) -> str:
    """Add or replace the copy for one locale with the host's own file.

    Args:
        source: a path, JSON text or bytes, or a mapping, in the shape of the SDK's
            ``copy/en-GB.json`` (``schemas/copy.schema.json``); its ``locale`` names it.

    Returns:
        The locale registered.

    Raises:
        ValueError: the document breaks the schema or the placeholder rules (nothing is registered).
        TypeError: ``source`` is of the wrong type.
    """
    doc = _read_source(source, "source")
    validate_copy(doc)
    with _lock:
        _host_copy[doc["locale"]] = doc
        _clear_caches()
    return doc["locale"]


def register_helplines(source: Any) -> tuple[str, ...]:
    """Add countries, or replace the SDK's entry for a country, with the host's own helplines.

    Args:
        source: a path, JSON text or bytes, or a mapping in the shape of ``helplines.json``
            (``schemas/helplines.schema.json``); every country in it is added or replaced whole.

    Returns:
        The country codes registered.

    Raises:
        ValueError: the document breaks the schema or its rules (nothing is registered).
        TypeError: ``source`` is of the wrong type.
    """
    doc = _read_source(source, "source")
    validate_helplines(doc)
    with _lock:
        _host_helplines.update(doc["countries"])
        _clear_caches()
    return tuple(sorted(doc["countries"]))


def clear_registered() -> None:
    """Forget every copy and helpline file a host registered (back to the SDK's own)."""
    with _lock:
        _host_copy.clear()
        _host_helplines.clear()
        _clear_caches()


def _clear_caches() -> None:
    load_copy.cache_clear()
    load_helplines.cache_clear()
    helpline_for.cache_clear()


# -- copy ----------------------------------------------------------------------------------------


def _packaged_locales() -> set[str]:
    return {p.name[:-5] for p in resources.files("safechat").joinpath("copy").iterdir() if p.name.endswith(".json")}


def copy_locales() -> tuple[str, ...]:
    """The locales with copy: the SDK's own and any a host registered."""
    return tuple(sorted(_packaged_locales() | set(_host_copy)))


@lru_cache(maxsize=16)
def load_copy(locale: str) -> Mapping[str, Any]:
    """The copy table for ``locale`` ("en-GB", "en-US", or one the host registered).

    Another region of a language with copy reads that language's copy (en-AU reads en-GB); the
    table's own ``locale`` says which was used.

    Raises:
        TypeError: ``locale`` is not a str.
        ValueError: no copy exists for the locale's language.
    """
    if not isinstance(locale, str):
        raise TypeError("locale must be a str")
    with _lock:
        host = dict(_host_copy)
    available = _packaged_locales() | set(host)
    if locale not in available:
        same_language = sorted(a for a in available if a.split("-")[0] == locale.split("-")[0])
        if not same_language:
            raise ValueError(f"no copy for locale {locale!r}; available: {', '.join(sorted(available))}")
        locale = FALLBACK_LOCALE if FALLBACK_LOCALE in same_language else same_language[0]
    if locale in host:
        return host[locale]
    raw = resources.files("safechat").joinpath("copy", f"{locale}.json").read_text(encoding="utf-8")
    return json.loads(raw)


def ui_strings(locale: str = FALLBACK_LOCALE) -> Mapping[str, str]:
    """The strings every host shows around a warning, in ``locale``: "Hide", "Only you can see
    this", the quiet-card chip, the first-run explanation, "Clear my safety history", the help
    screen's buttons and more (see ``copy/README.md``). Placeholders such as ``{phone}`` are for
    the host to fill.

    Raises:
        ValueError: no copy for the locale's language.
    """
    return dict(load_copy(locale)["ui"])


def copy_text(key: str, locale: str = FALLBACK_LOCALE, **values: str) -> str:
    """The copy string at a dotted key ("blocked_confirm.13-15", "ui.hide", or any key in
    ``Alert.copy_keys``), with ``values`` filled into its placeholders. A crisis step is keyed by
    its id ("crisis_steps.13-15.stop_replying").

    Raises:
        KeyError: no string at that key.
        ValueError: no copy for the locale, or a placeholder without a value.
    """
    if not isinstance(key, str):
        raise TypeError("key must be a dotted str such as 'ui.hide'")
    node: Any = load_copy(locale)
    for part in key.split("."):
        if isinstance(node, list):  # crisis steps, by id
            node = next((step for step in node if isinstance(step, dict) and step.get("id") == part), None)
            node = None if node is None else node["text"]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            node = None
        if node is None:
            raise KeyError(f"no copy at {key!r}")
    if not isinstance(node, str):
        raise KeyError(f"{key!r} is a section, not a string")
    return _fill(node, values, key)


def _fill(text: str, values: Mapping[str, str], where: str) -> str:
    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ValueError(f"copy {where} uses {{{name}}}, which has no value here")
        return values[name]

    return _PLACEHOLDER.sub(sub, text)


# -- helplines -----------------------------------------------------------------------------------


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


@lru_cache(maxsize=1)
def load_helplines() -> Mapping[str, Any]:
    """The helplines document: the SDK's ``helplines.json`` with the host's countries on top."""
    raw = resources.files("safechat").joinpath("helplines.json").read_text(encoding="utf-8")
    doc = json.loads(raw)
    with _lock:
        doc["countries"].update(_copy.deepcopy(_host_helplines))
    return doc


def helpline_countries() -> tuple[str, ...]:
    """The country codes with helplines (ISO 3166-1 alpha-2, plus "EU" for the EU-wide 116 111)."""
    return tuple(sorted(load_helplines()["countries"]))


def country_code(country: str) -> str:
    """The helplines' code for a country the host names: "gb" and "UK" read as "GB".

    Raises:
        TypeError: ``country`` is not a str.
        ValueError: no helplines for it, listing the countries there are.
    """
    if not isinstance(country, str):
        raise TypeError("country must be an ISO 3166-1 alpha-2 string such as 'GB'")
    code = country.strip().upper()
    if code == "UK":
        code = "GB"
    if code not in load_helplines()["countries"]:
        raise ValueError(f"no helplines for country {country!r}; supported: {', '.join(helpline_countries())} "
                         "(ISO 3166-1 alpha-2; add your own with safechat.register_helplines)")
    return code


def locale_for(country: str) -> str:
    """The copy locale a country reads by default (its entry's ``locale``, e.g. US -> en-US)."""
    return load_helplines()["countries"][country_code(country)]["locale"]


@dataclass(frozen=True)
class Service:
    """One way to get help: a helpline, a reporting or image-removal service, or emergency services.

    Attributes:
        id, name: a stable id and the service's name.
        kinds: some of "counselling", "reporting", "image_removal", "emergency".
        phone: the number as written in the country ("0800 1111"), or None.
        e164: the number in E.164 ("+448001111"); None for short codes (999, 116 111), which are
            dialled as they are, and where unknown.
        sms_number, sms_keyword: where to text, and what to write first ("CONNECT"), if anything.
        chat_url, web_url: an online chat and the website (https), or None.
        hours: "24/7", opening hours in OpenStreetMap notation ("Mo-Sa 14:00-20:00"), or None
            when not known (then never promise "now").
        free, anonymous: True, False or None (not known).
        min_age, max_age: ages served, None where open or not known.
        verified: True only where a person checked it against the service's own site.
        last_verified: that date (YYYY-MM-DD), else None.
        source, written: where the facts came from, and when the entry was written.
    """

    id: str
    name: str
    kinds: tuple[str, ...]
    phone: str | None = None
    e164: str | None = None
    sms_number: str | None = None
    sms_keyword: str | None = None
    chat_url: str | None = None
    web_url: str | None = None
    hours: str | None = None
    free: bool | None = None
    anonymous: bool | None = None
    min_age: int | None = None
    max_age: int | None = None
    verified: bool = False
    last_verified: str | None = None
    source: str = ""
    written: str | None = None

    @property
    def tel_uri(self) -> str | None:
        """A ``tel:`` link for the call button (E.164 where known, else the digits as dialled)."""
        if self.phone is None:
            return None
        return "tel:" + (self.e164 or _digits(self.phone))

    @property
    def sms_uri(self) -> str | None:
        """An ``sms:`` link (RFC 5724) with the keyword as the message body, if there is one."""
        if self.sms_number is None:
            return None
        uri = "sms:" + _digits(self.sms_number)
        return uri + f"?body={self.sms_keyword}" if self.sms_keyword else uri

    @property
    def open_always(self) -> bool:
        return self.hours == "24/7"

    @classmethod
    def _from_entry(cls, s: Mapping[str, Any]) -> Service:
        sms, ages, check = s.get("sms") or {}, s.get("ages") or {}, s["verification"]
        return cls(id=s["id"], name=s["name"], kinds=tuple(s["kinds"]), phone=s.get("phone"), e164=s.get("e164"),
                   sms_number=sms.get("number"), sms_keyword=sms.get("keyword"), chat_url=s.get("chat_url"),
                   web_url=s.get("web_url"), hours=s.get("hours"), free=s.get("free"), anonymous=s.get("anonymous"),
                   min_age=ages.get("min"), max_age=ages.get("max"), verified=check["status"] == "verified",
                   last_verified=check.get("last_verified"), source=check["source"], written=check.get("written"))


@dataclass(frozen=True)
class Helpline:
    """The help for one country (from ``helplines.json`` or a host's file): the child helpline,
    reporting and image-removal services, and the emergency number.

    Attributes:
        country: the code ("GB"); locale: the copy locale the country reads by default.
        name, phone, text, url: the child helpline's name, number, text route ("CONNECT to
            686868", or the number) and website, for a one-line display.
        emergency: the emergency number.
        report: (name, url, phone) of each reporting or image-removal service.
        last_verified: the helpline's verification date, or None while unverified.
        services: every service in full (see :class:`Service`), the helpline first.
    """

    country: str
    name: str
    phone: str | None
    text: str | None
    url: str | None
    emergency: str
    report: tuple[tuple[str, str | None, str | None], ...]
    last_verified: str | None
    locale: str = FALLBACK_LOCALE
    services: tuple[Service, ...] = ()

    @property
    def service(self) -> Service:
        """The child helpline (the first counselling service)."""
        return next(s for s in self.services if "counselling" in s.kinds)

    def of_kind(self, kind: str) -> tuple[Service, ...]:
        """Services of one kind other than the child helpline: "reporting", "image_removal", ..."""
        if kind not in SERVICE_KINDS:
            raise ValueError(f"kind must be one of {', '.join(SERVICE_KINDS)}")
        main = self.service
        return tuple(s for s in self.services if kind in s.kinds and s is not main)

    @property
    def verified(self) -> bool:
        return all(s.verified for s in self.services)


@lru_cache(maxsize=64)
def helpline_for(country: str) -> Helpline:
    """The help for an ISO 3166-1 alpha-2 country set by the host (never guessed).

    Raises:
        TypeError: ``country`` is not a str.
        ValueError: no helplines for it; the message lists :func:`helpline_countries`.
    """
    code = country_code(country)
    entry = load_helplines()["countries"][code]
    services = [Service._from_entry(s) for s in entry["services"]]
    main = next(s for s in services if "counselling" in s.kinds)
    services.remove(main)
    services.insert(0, main)
    emergency = next(s for s in services if "emergency" in s.kinds and s.phone)
    routes = tuple((s.name, s.web_url, s.phone) for s in services[1:]
                   if {"reporting", "image_removal"} & set(s.kinds) and s is not emergency)
    text = None
    if main.sms_number:
        text = f"{main.sms_keyword} to {main.sms_number}" if main.sms_keyword else main.sms_number
    return Helpline(country=code, name=main.name, phone=main.phone, text=text, url=main.web_url,
                    emergency=emergency.phone or "", report=routes, last_verified=main.last_verified,
                    locale=entry["locale"], services=tuple(services))


# -- alerts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    """One choice offered to the child. The host app carries it out; the SDK does nothing itself.

    Attributes:
        id: one of "talk", "block", "report", "help", "learn", "ok" ("ok" never in a crisis).
        label: the button text for the child's age band.
        prominent: shown as a button (False: a smaller link, only for ages 7-9).
        default: the suggested choice (only "talk" for ages 7-9; otherwise no default).
        draft: for "talk", an editable message to a trusted adult; no chat content in it.
        text: for "help", the helpline line; for "learn", the first topic (all in ``Alert.learn_more``).
        key: the copy key of ``label`` ("actions.talk.13-15"), for hosts that translate by key.
    """

    id: str
    label: str
    prominent: bool = True
    default: bool = False
    draft: str | None = None
    text: str | None = None
    key: str = ""


@dataclass(frozen=True)
class Report:
    """What a child's report would share, built only when the child chooses to report.

    Nothing is sent by the SDK. Show :meth:`preview` to the child before the host sends it.
    """

    recipient: str
    tier: Tier
    labels: tuple[str, ...]
    reasons: tuple[str, ...]  # the behaviours in the child's words (the alert's "why" lines)
    score_bucket: str  # for the safety team's triage; never shown to the child
    time_bucket: str  # coarse UTC time for the payload
    host_ids: Mapping[str, str]
    messages: tuple[str, ...]
    title: str
    body: str
    share_button: str
    cancel_button: str
    when: str = ""  # the device's local time, in words ("Monday 2 March, in the evening")
    contact_name: str | None = None  # the host's display name for the account reported
    chat_name: str | None = None
    text: Mapping[str, Any] = field(default_factory=dict, repr=False)  # the copy's report_text

    def preview(self) -> str:
        """What will be shared and with whom, as plain text for the child to read: no score, the
        host's display names (never raw ids), the time in the device's own words."""
        t = self.text
        lines = [self.title, self.body, "", t["shared_with"].replace("{recipient}", self.recipient), t["about"],
                 *(f"  - {r}" for r in self.reasons), t["when"].replace("{when}", self.when)]
        lines.append(t["account"].replace("{name}", self.contact_name) if self.contact_name else t["account_unnamed"])
        if self.chat_name:
            lines.append(t["chat"].replace("{name}", self.chat_name))
        if self.messages:
            lines.append(t["messages_some"].replace("{count}", str(len(self.messages))))
            lines += [f"  - {m}" for m in self.messages]
        else:
            lines.append(t["messages_none"])
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The payload for the host to send if, and only if, the child confirms."""
        return {
            "recipient": self.recipient,
            "tier": self.tier,
            "labels": list(self.labels),
            "score_bucket": self.score_bucket,
            "time_bucket": self.time_bucket,
            "host_ids": dict(self.host_ids),
            "messages": list(self.messages),
        }


def _bucket(risk: float) -> str:
    return "high" if risk >= 0.8 else "medium" if risk >= 0.5 else "low"


#: A risk inside each bucket, to rebuild a saved alert's bucket (see Alert.from_dict).
_BUCKET_RISK = {"high": 0.9, "medium": 0.6, "low": 0.1}
_TIERS = ("pattern", "act_now", "crisis")


def _local_when(at: float, text: Mapping[str, Any]) -> str:
    t = time.localtime(at)
    hour = t.tm_hour
    part = "night" if hour < 5 or hour >= 21 else "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"
    values = {"weekday": text["weekdays"][t.tm_wday], "day": str(t.tm_mday), "month": text["months"][t.tm_mon - 1],
              "part": text["parts"][part]}
    return _fill(text["when_format"], values, "report_text.when_format")


@dataclass(frozen=True)
class Alert:
    """A warning to show the child, privately (never on the lock screen or to the sender).

    Attributes:
        tier: "pattern" (an inline card), "act_now" (a full sheet) or "crisis" (the crisis flow).
        labels: the behaviours behind it, most important first (all of them go in a report).
        message_index: which contact message (0-based, counting only the contact's) raised it.
        title, body: the copy for the child's age band.
        why: one line per behaviour shown, describing what was asked or said, never the person.
            In a crisis only the threat and what it is about (a demand for money or gift cards
            reads as pressure, never as a gift).
        why_intro: the short line shown above ``why``.
        actions: the choices, with equal weight (see :class:`Action`); no "I'm OK" in a crisis.
        crisis_steps: for "crisis", the steps to take (stop replying, don't pay, don't send more,
            keep the chat, block and report, report and take-down routes where the country has
            them, get help).
        helpline: the help for the host's country.
        band, locale: the copy band and locale used.
        at: when the message arrived (seconds since the epoch).
        score_bucket: "low", "medium" or "high"; for reports only, never shown as a number.
        ok_confirm, blocked_confirm: what to show after the child picks "I'm OK" or "Block".
        quiet: an act-now warning that came after the day's interruptions were spent: show it as
            an inline card marked as new instead of a sheet (it is never dropped). Crisis warnings
            are never quiet.
        learn_more: one explanation per behaviour shown by "Learn more", each its own topic.
        copy_keys: the copy key of every string above ("tiers.crisis.13-15.title", ...) and the
            values filled into them, for hosts that translate by key.
    """

    tier: Tier
    labels: tuple[str, ...]
    message_index: int
    title: str
    body: str
    why: tuple[str, ...]
    why_intro: str
    actions: tuple[Action, ...]
    crisis_steps: tuple[str, ...]
    helpline: Helpline
    band: str
    locale: str
    at: float
    score_bucket: str = field(default="medium")
    ok_confirm: str = ""
    blocked_confirm: str = ""
    quiet: bool = False
    learn_more: tuple[str, ...] = ()
    copy_keys: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def interruptive(self) -> bool:
        """True when the host should interrupt (a sheet or the crisis flow), False for an inline card."""
        return self.tier != "pattern" and not self.quiet

    @property
    def country(self) -> str:
        return self.helpline.country

    def to_dict(self) -> dict[str, Any]:
        """What a host needs to queue this warning until the chat is opened: the tier, labels,
        index, band, locale, country, time, score bucket and quiet flag. No message text (there is
        none in an alert) and no copy: :meth:`from_dict` rebuilds the copy from the SDK's files."""
        return {"tier": self.tier, "labels": list(self.labels), "message_index": self.message_index,
                "band": self.band, "locale": self.locale, "country": self.helpline.country, "at": self.at,
                "score_bucket": self.score_bucket, "quiet": self.quiet}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alert:
        """Rebuild a warning saved with :meth:`to_dict`, its copy and actions from the SDK's own files.

        Raises:
            TypeError: ``data`` is not a mapping.
            ValueError: a field is missing or not one this release knows (a country without
                helplines included).
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"data must be a mapping, not {type(data).__name__}")
        try:
            tier, labels, index = data["tier"], tuple(data["labels"]), data["message_index"]
            band, locale, country, at = data["band"], data["locale"], data["country"], data["at"]
            bucket, quiet = data["score_bucket"], data["quiet"]
        except (KeyError, TypeError):
            raise ValueError("an alert needs tier, labels, message_index, band, locale, country, at, "
                             "score_bucket and quiet") from None
        if tier not in _TIERS or not labels or bucket not in _BUCKET_RISK or not isinstance(quiet, bool):
            raise ValueError("an alert's tier, labels, score bucket or quiet flag is not one this release knows")
        if isinstance(index, bool) or not isinstance(index, int) or index < 0:
            raise ValueError("message_index must be a non-negative int")
        if isinstance(at, bool) or not isinstance(at, (int, float)) or not math.isfinite(at):
            raise ValueError("at must be a finite number of seconds")
        if not all(isinstance(x, str) for x in (band, locale, country)):
            raise ValueError("band, locale and country must be strings")
        return build_alert(tier=tier, labels=labels, message_index=index, at=float(at), risk=_BUCKET_RISK[bucket],
                           band=band, locale=locale, country=country, quiet=quiet)

    def action(self, action_id: str) -> Action:
        """The action with this id.

        Raises:
            KeyError: no such action on this alert (a crisis has no "ok").
        """
        for a in self.actions:
            if a.id == action_id:
                return a
        raise KeyError(f"no action {action_id!r}; available: {', '.join(a.id for a in self.actions)}")

    def report(
        self,
        *,
        recipient: str | None = None,
        host_ids: Mapping[str, str] | None = None,
        messages: Iterable[str] = (),
        contact_name: str | None = None,
        chat_name: str | None = None,
    ) -> Report:
        """Build the child's report. Only ``messages`` the child picked are attached.

        Args:
            recipient: who the host will send it to, as the child should read it (default: the
                copy's "the app's safety team").
            host_ids: the host's own ids (account, conversation) for the payload; the SDK keeps no
                ids itself, and the preview never shows them.
            messages: the messages the child explicitly chose to include.
            contact_name, chat_name: the display names the child knows the account and the chat
                by, shown in the preview.

        Raises:
            TypeError: arguments of the wrong type.
        """
        copy = load_copy(self.locale)
        text = copy["report_text"]
        if recipient is None:
            recipient = text["default_recipient"]
        if not isinstance(recipient, str):
            raise TypeError("recipient must be a str")
        for name, value in (("contact_name", contact_name), ("chat_name", chat_name)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be a str or None")
        ids = dict(host_ids or {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in ids.items()):
            raise TypeError("host_ids must map str to str")
        if isinstance(messages, (str, bytes)):
            raise TypeError("messages must be a sequence of str the child picked, not one str")
        messages = tuple(messages)  # any iterable, read once: a generator's picks are all kept
        if not all(isinstance(m, str) for m in messages):
            raise TypeError("messages must be a sequence of str the child picked")
        preview = copy["report_preview"][self.band]
        coarse = time.strftime("%Y-%m-%d", time.gmtime(self.at))
        hour = time.gmtime(self.at).tm_hour // 6 * 6
        return Report(
            recipient=recipient,
            tier=self.tier,
            labels=self.labels,
            reasons=self.why,
            score_bucket=self.score_bucket,
            time_bucket=f"{coarse} {hour:02d}:00-{hour + 6:02d}:00 UTC",
            host_ids=ids,
            messages=messages,
            title=preview["title"],
            body=preview["body"],
            share_button=preview["share_button"],
            cancel_button=preview["cancel_button"],
            when=_local_when(self.at, text),
            contact_name=contact_name or None,
            chat_name=chat_name or None,
            text=text,
        )


def _law(copy: Mapping[str, Any], country: str) -> str:
    return copy["law"].get(country, copy["law"]["other"])


def _names(services: Iterable[Service], joiner: str) -> str:
    return joiner.join(s.name for s in services)


def _help_text(copy: Mapping[str, Any], band: str, line: Helpline) -> tuple[str, tuple[str, str]]:
    main = line.service
    intro = _fill(copy["help_intro"][band], {"helpline": main.name, "phone": main.phone or line.emergency},
                  f"help_intro.{band}")
    which = "always" if main.open_always else "limited" if main.hours else "unknown"
    hours = _fill(copy["help_hours"][band][which], {"hours": main.hours or ""}, f"help_hours.{band}.{which}")
    return f"{intro} {hours}", (f"help_intro.{band}", f"help_hours.{band}.{which}")


def build_alert(
    *,
    tier: Tier,
    labels: tuple[str, ...],
    message_index: int,
    at: float,
    risk: float,
    band: str,
    locale: str,
    country: str,
    quiet: bool = False,
) -> Alert:
    """Compose an alert's copy and actions from the data files.

    Raises:
        ValueError: an unknown band, label or tier, a locale without copy, or a country without
            helplines.
    """
    if band not in AGE_BANDS:
        raise ValueError(f"band must be one of {AGE_BANDS}")
    if tier not in _TIERS:
        raise ValueError(f"tier must be one of {_TIERS}")
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        raise ValueError(f"unknown labels {unknown}")
    copy = load_copy(locale)
    line = helpline_for(country)
    young = band == "7-9"
    crisis = tier == "crisis"
    values = {"law": _law(copy, line.country)}
    keys: dict[str, Any] = {"values": dict(values)}

    if crisis:
        shown = [label for label in CRISIS_REASONS if label in labels] or ["coercion"]
        shown = shown[: _WHY_LINES[young]]
        why_keys = tuple(f"crisis_why.{label}.{band}" for label in shown)
        why = tuple(_fill(copy["crisis_why"][label][band], values, key) for label, key in zip(shown, why_keys))
        learn_labels = shown
    else:
        shown = list(labels[: _WHY_LINES[young]])  # a long list reads like an accusation
        why_keys = tuple(f"why.{label}.{band}" for label in shown)
        why = tuple(_fill(copy["why"][label][band], values, key) for label, key in zip(shown, why_keys))
        learn_labels = list(labels[:2])
    learn_keys = tuple(f"learn_more.{label}.{band}" for label in learn_labels)
    learn = tuple(_fill(copy["learn_more"][label][band], values, key) for label, key in zip(learn_labels, learn_keys))

    steps: list[str] = []
    step_keys: list[str] = []
    if crisis:
        reporting, removal = line.of_kind("reporting"), line.of_kind("image_removal")
        or_word = copy["joiners"]["or"]
        routes = {"report": _names(reporting, or_word), "takedown": _names(removal, or_word)}
        keys["values"].update({k: v for k, v in routes.items() if v})
        for step in copy["crisis_steps"][band]:
            need = step.get("needs")
            if (need == "reporting" and not reporting) or (need == "image_removal" and not removal):
                continue  # no route in this country: the step is left out, never promised
            key = f"crisis_steps.{band}.{step['id']}"
            steps.append(_fill(step["text"], routes, key))
            step_keys.append(key)

    help_text, help_keys = _help_text(copy, band, line)
    draft = copy["talk_draft"][band]
    ids = CRISIS_ACTION_IDS if crisis else ACTION_IDS
    actions = tuple(
        Action(
            id=a,
            label=copy["actions"][a][band],
            prominent=(a in _YOUNG_BUTTONS[tier]) if young else True,
            default=young and a == "talk",
            draft=draft if a == "talk" else None,
            text=help_text if a == "help" else (learn[0] if learn else None) if a == "learn" else None,
            key=f"actions.{a}.{band}",
        )
        for a in ids
    )
    tier_key = f"tiers.{tier}.{band}"
    keys.update({"title": f"{tier_key}.title", "body": f"{tier_key}.body", "why_intro": f"why_join.{band}",
                 "why": why_keys, "crisis_steps": tuple(step_keys), "learn_more": learn_keys, "help": help_keys,
                 "talk_draft": f"talk_draft.{band}", "ok_confirm": f"ok_confirm.{band}",
                 "blocked_confirm": f"blocked_confirm.{band}"})
    tier_copy = copy["tiers"][tier][band]
    return Alert(
        tier=tier,
        labels=labels,
        message_index=message_index,
        title=_fill(tier_copy["title"], values, keys["title"]),
        body=_fill(tier_copy["body"], values, keys["body"]),
        why=why,
        why_intro=copy["why_join"][band],
        actions=actions,
        crisis_steps=tuple(steps),
        helpline=line,
        band=band,
        locale=copy["locale"],
        at=at,
        score_bucket=_bucket(risk),
        ok_confirm=copy["ok_confirm"][band],
        blocked_confirm=copy["blocked_confirm"][band],
        quiet=quiet and tier == "act_now",
        learn_more=learn,
        copy_keys=keys,
    )
