"""`Alert`: what the child sees, the actions it offers, helplines, and the child's own report.

Copy and helplines are data (``copy/<locale>.json``, ``helplines.json``), read once and cached.
The SDK returns what the host app should show and do; it performs nothing itself and sends
nothing anywhere.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .labels import AGE_BANDS, LABELS, Tier

#: Action ids, in the order they are offered (all with equal weight).
ACTION_IDS: tuple[str, ...] = ("talk", "block", "report", "help", "learn", "ok")
#: For 7-9 the screen shows three buttons, a grown-up first; "help" is a small link, the rest under "more".
_YOUNG_BUTTONS = ("talk", "block", "ok")

FALLBACK_LOCALE = "en-GB"
#: How many "why" lines an alert shows: (ages 10 and up, ages 7-9). "learn" explains the rest.
_WHY_LINES = {False: 3, True: 2}


@lru_cache(maxsize=8)
def load_copy(locale: str) -> Mapping[str, Any]:
    """The copy table for ``locale`` ("en-GB", "en-US"); falls back to en-GB for other English.

    Raises:
        ValueError: no copy exists for the locale's language.
    """
    if not isinstance(locale, str):
        raise TypeError("locale must be a str")
    available = {p.name[:-5] for p in resources.files("safechat").joinpath("copy").iterdir() if p.name.endswith(".json")}
    if locale not in available:
        same_language = sorted(a for a in available if a.split("-")[0] == locale.split("-")[0])
        if not same_language:
            raise ValueError(f"no copy for locale {locale!r}; available: {', '.join(sorted(available))}")
        locale = FALLBACK_LOCALE if FALLBACK_LOCALE in same_language else same_language[0]
    raw = resources.files("safechat").joinpath("copy", f"{locale}.json").read_text(encoding="utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def load_helplines() -> Mapping[str, Any]:
    raw = resources.files("safechat").joinpath("helplines.json").read_text(encoding="utf-8")
    return json.loads(raw)


@dataclass(frozen=True)
class Helpline:
    """A child helpline and the reporting services of one country (from ``helplines.json``)."""

    country: str
    name: str
    phone: str | None
    text: str | None
    url: str | None
    emergency: str
    report: tuple[tuple[str, str | None, str | None], ...]  # (name, url, phone)
    last_verified: str


def helpline_for(country: str) -> Helpline:
    """The helpline for an ISO 3166-1 alpha-2 country code set by the host (never guessed).

    Unknown countries get the EU-wide 116 111 fallback.
    """
    if not isinstance(country, str):
        raise TypeError("country must be an ISO 3166-1 alpha-2 string such as 'GB'")
    data = load_helplines()
    code = country.strip().upper()
    if code == "UK":
        code = "GB"
    entry = data["countries"].get(code)
    if entry is None:
        code = data["fallback"]
        entry = data["countries"][code]
    line = entry["helpline"]
    return Helpline(
        country=code,
        name=line["name"],
        phone=line.get("phone"),
        text=line.get("text"),
        url=line.get("url"),
        emergency=entry["emergency"],
        report=tuple((r["name"], r.get("url"), r.get("phone")) for r in entry.get("report", [])),
        last_verified=entry.get("last_verified", data.get("last_verified", "")),
    )


@dataclass(frozen=True)
class Action:
    """One choice offered to the child. The host app carries it out; the SDK does nothing itself.

    Attributes:
        id: one of "talk", "block", "report", "help", "learn", "ok".
        label: the button text for the child's age band.
        prominent: shown as a button (False: under a "more" menu, only for ages 7-9).
        default: the suggested choice (only "talk" for ages 7-9; otherwise no default).
        draft: for "talk", an editable message to a trusted adult; no chat content in it.
        text: for "help", the helpline line; for "learn", the explanation.
    """

    id: str
    label: str
    prominent: bool = True
    default: bool = False
    draft: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Report:
    """What a child's report would share, built only when the child chooses to report.

    Nothing is sent by the SDK. Show :meth:`preview` to the child before the host sends it.
    """

    recipient: str
    tier: Tier
    labels: tuple[str, ...]
    reasons: tuple[str, ...]  # the labels in the child's words (the alert's "why" lines)
    score_bucket: str
    time_bucket: str
    host_ids: Mapping[str, str]
    messages: tuple[str, ...]
    title: str
    body: str
    share_button: str
    cancel_button: str

    def preview(self) -> str:
        """Exactly what will be shared and with whom, as plain text for the child to read."""
        lines = [self.title, self.body, "", f"Shared with: {self.recipient}", "What it is about:", *(f"  - {r}" for r in self.reasons),
                 f"When: {self.time_bucket}", f"Level: {self.score_bucket}"]
        lines += [f"{k}: {v}" for k, v in sorted(self.host_ids.items())]
        if self.messages:
            lines.append(f"Messages you chose ({len(self.messages)}):")
            lines += [f"  - {m}" for m in self.messages]
        else:
            lines.append("Messages you chose: none")
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


@dataclass(frozen=True)
class Alert:
    """A warning to show the child, privately (never on the lock screen or to the sender).

    Attributes:
        tier: "pattern" (an inline card), "act_now" (a full sheet) or "crisis" (the crisis flow).
        labels: the behaviours behind it, most important first.
        message_index: which contact message (0-based, counting only the contact's) raised it.
        title, body: the copy for the child's age band.
        why: one line per behaviour, describing what was asked or said, never the person.
        why_intro: the short line shown above ``why``.
        actions: the choices, with equal weight (see :class:`Action`).
        crisis_steps: for "crisis", the steps to take (do not pay, do not send more, ...).
        helpline: the helpline for the host's country.
        band, locale: the copy band and locale used.
        at: when the message arrived (seconds since the epoch).
        score_bucket: "low", "medium" or "high"; for reports only, never shown as a number.
        ok_confirm, blocked_confirm: what to show after the child picks "I'm OK" or "Block".
        quiet: an act-now warning that came after the day's interruptions were spent: show it as
            an inline card marked as new instead of a sheet (it is never dropped). Crisis warnings
            are never quiet.
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

    @property
    def interruptive(self) -> bool:
        """True when the host should interrupt (a sheet or the crisis flow), False for an inline card."""
        return self.tier != "pattern" and not self.quiet

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
            ValueError: a field is missing or not one this release knows.
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
            KeyError: no such action on this alert.
        """
        for a in self.actions:
            if a.id == action_id:
                return a
        raise KeyError(f"no action {action_id!r}; available: {', '.join(a.id for a in self.actions)}")

    def report(
        self,
        *,
        recipient: str = "the app's safety team",
        host_ids: Mapping[str, str] | None = None,
        messages: Iterable[str] = (),
    ) -> Report:
        """Build the child's report. Only ``messages`` the child picked are attached.

        Args:
            recipient: who the host will send it to (shown to the child in the preview).
            host_ids: the host's own ids (account, conversation); the SDK keeps no ids itself.
            messages: the messages the child explicitly chose to include.

        Raises:
            TypeError: arguments of the wrong type.
        """
        if not isinstance(recipient, str):
            raise TypeError("recipient must be a str")
        ids = dict(host_ids or {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in ids.items()):
            raise TypeError("host_ids must map str to str")
        if isinstance(messages, (str, bytes)):
            raise TypeError("messages must be a sequence of str the child picked, not one str")
        messages = tuple(messages)  # any iterable, read once: a generator's picks are all kept
        if not all(isinstance(m, str) for m in messages):
            raise TypeError("messages must be a sequence of str the child picked")
        copy = load_copy(self.locale)["report_preview"][self.band]
        coarse = time.strftime("%Y-%m-%d", time.gmtime(self.at))
        hour = time.gmtime(self.at).tm_hour // 6 * 6
        return Report(
            recipient=recipient,
            tier=self.tier,
            labels=self.labels,
            reasons=tuple(load_copy(self.locale)["why"][label][self.band] for label in self.labels),
            score_bucket=self.score_bucket,
            time_bucket=f"{coarse} {hour:02d}:00-{hour + 6:02d}:00 UTC",
            host_ids=ids,
            messages=tuple(messages),
            title=copy["title"],
            body=copy["body"],
            share_button=copy["share_button"],
            cancel_button=copy["cancel_button"],
        )


def _help_text(copy: Mapping[str, Any], band: str, line: Helpline) -> str:
    text = copy["help_intro"][band]
    values = {"helpline": line.name, "phone": line.phone or line.emergency, "text": line.text or "", "url": line.url or ""}
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


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
    trusted_name: str | None = None,
    quiet: bool = False,
) -> Alert:
    """Compose an alert's copy and actions from the data files."""
    if band not in AGE_BANDS:
        raise ValueError(f"band must be one of {AGE_BANDS}")
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        raise ValueError(f"unknown labels {unknown}")
    copy = load_copy(locale)
    line = helpline_for(country)
    young = band == "7-9"
    draft = copy["talk_draft"][band].replace("{contact}", trusted_name or "").replace(" ,", ",").replace("  ", " ")
    learn = " ".join(copy["learn_more"][label][band] for label in labels[:2])
    actions = tuple(
        Action(
            id=a,
            label=copy["actions"][a][band],
            prominent=(a in _YOUNG_BUTTONS) if young else True,
            default=young and a == "talk",
            draft=draft if a == "talk" else None,
            text=_help_text(copy, band, line) if a == "help" else learn if a == "learn" else None,
        )
        for a in ACTION_IDS
    )
    tier_copy = copy["tiers"][tier][band]
    return Alert(
        tier=tier,
        labels=labels,
        message_index=message_index,
        title=tier_copy["title"],
        body=tier_copy["body"],
        # a long list of reasons reads like an accusation: the most important few, fewer when young
        why=tuple(copy["why"][label][band] for label in labels[: _WHY_LINES[young]]),
        why_intro=copy["why_join"][band],
        actions=actions,
        crisis_steps=tuple(copy["crisis_steps"][band]) if tier == "crisis" else (),
        helpline=line,
        band=band,
        locale=copy["locale"],
        at=at,
        score_bucket=_bucket(risk),
        ok_confirm=copy["ok_confirm"][band],
        blocked_confirm=copy["blocked_confirm"][band],
        quiet=quiet and tier == "act_now",
    )
