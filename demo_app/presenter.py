"""Turn SDK results into what the screens show: plain strings and small frozen records.

No Kivy here, so every rule about what the child sees is tested without a window. Every word
around a warning comes from the SDK (``safechat.Alert``, ``safechat.ui_strings``,
``safechat.copy_text``); this module only arranges them. The demo's own words are the
messenger's (chat list, profile, playback) and notes that say what the demo did not do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import safechat
from safechat.alerts import locale_for

#: The age choices on the profile screen: (button text, the age in years the demo tells the SDK).
#: The SDK takes an age and picks the band itself; one representative age per band is enough.
AGE_CHOICES: tuple[tuple[str, int | None], ...] = (
    ("7-9", 8),
    ("10-12", 11),
    ("13-15", 14),
    ("16-17", 16),
    ("Not set", None),
)

#: Countries with helplines in the SDK's data, in the order the profile lists them.
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("GB", "United Kingdom"),
    ("US", "United States"),
    ("AU", "Australia"),
    ("CA", "Canada"),
    ("IE", "Ireland"),
    ("NZ", "New Zealand"),
    ("DE", "Germany"),
    ("FR", "France"),
    ("ES", "Spain"),
    ("IT", "Italy"),
    ("NL", "Netherlands"),
    ("IN", "India"),
    ("EU", "Elsewhere in the EU"),
)

#: Playback speeds offered in a chat: (button text, multiplier; 0 plays without pauses).
SPEEDS: tuple[tuple[str, float], ...] = (("0.5x", 0.5), ("1x", 1.0), ("2x", 2.0), ("4x", 4.0), ("Skip", 0.0))

# -- the profile --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """The child's settings, as a host app would know them (never guessed by the SDK).

    Attributes:
        age: age in years (7-17) or None when the host does not say.
        country: ISO 3166-1 alpha-2 code; drives the helpline ("EU" for the EU-wide line).
    """

    age: int | None = 11
    country: str = "GB"

    def __post_init__(self) -> None:
        if self.age is not None and (isinstance(self.age, bool) or not isinstance(self.age, int) or not 7 <= self.age <= 17):
            raise ValueError(f"age must be 7-17 or None, got {self.age!r}")
        if self.country not in dict(COUNTRIES):
            raise ValueError(f"country must be one of {', '.join(c for c, _ in COUNTRIES)}, got {self.country!r}")

    @property
    def locale(self) -> str:
        """The copy locale the SDK picks for this country (it follows the country: US -> en-US)."""
        return locale_for(self.country)

    @property
    def band(self) -> str:
        """The SDK's age band for this age ("default" when none is set)."""
        for text, age in AGE_CHOICES:
            if age is not None and self.age is not None and int(text.split("-")[0]) <= self.age <= int(text.split("-")[1]):
                return text
        return "default"

    def summary(self) -> str:
        """One line for the chat list header, e.g. "Age 10-12 · United Kingdom"."""
        age = "Age not set" if self.age is None else f"Age {self.band}"
        return f"{age} · {dict(COUNTRIES)[self.country]}"


def nobreak(number: str) -> str:
    """A phone number that never wraps between its digits (non-breaking spaces)."""
    return number.replace(" ", "\u00a0")


def helpline_summary(country: str) -> str:
    """The country's helpline and emergency number, in the SDK's words, for the profile screen."""
    line = safechat.helpline_for(country)
    ui = safechat.ui_strings(line.locale)
    call = ui["call"].replace("{phone}", nobreak(line.phone)) if line.phone else line.url or ""
    return f"{line.name}: {call}. {ui['emergency'].replace('{phone}', nobreak(line.emergency))}"


# -- time ---------------------------------------------------------------------------------------


def clock_time(at: float) -> str:
    """A bubble's time: "16:05" (local time, like a phone)."""
    return datetime.fromtimestamp(at).strftime("%H:%M")


def day_label(at: float) -> str:
    """A day separator: "Monday 2 March"."""
    d = datetime.fromtimestamp(at)
    return f"{d:%A} {d.day} {d:%B}"


def same_day(a: float, b: float) -> bool:
    return datetime.fromtimestamp(a).date() == datetime.fromtimestamp(b).date()


def list_time(at: float, now: float) -> str:
    """The chat list's time column: the time today, else the weekday, else the date."""
    d, n = datetime.fromtimestamp(at), datetime.fromtimestamp(now)
    if d.date() == n.date():
        return f"{d:%H:%M}"
    if 0 < (n.date() - d.date()).days < 7:
        return f"{d:%a}"
    return f"{d.day} {d:%b}"


def preview(text: str, limit: int = 42) -> str:
    """A chat list preview: one line, cut at a word with an ellipsis."""
    one = " ".join(text.split())
    if len(one) <= limit:
        return one
    cut = one[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


# -- warnings -----------------------------------------------------------------------------------

#: How many "why" lines a warning shows, by age band (the SDK lists them most important first).
#: A long list reads like an accusation and is hard to read aloud; "Learn more" has the rest.
WHY_LINES = {"7-9": 2, "10-12": 3, "13-15": 3, "16-17": 3, "default": 3}

#: How each tier is shown: an inline card, a full-screen sheet, or the crisis flow.
SURFACE = {"pattern": "card", "act_now": "sheet", "crisis": "crisis"}


@dataclass(frozen=True)
class ButtonView:
    """One action button. All buttons share one style (equal weight); ``default`` marks the
    suggested one for ages 7-9 only."""

    id: str
    label: str
    default: bool = False


@dataclass(frozen=True)
class AlertView:
    """A warning arranged for the screen.

    Attributes:
        surface: "card" (pattern, inline in the chat), "sheet" (act now) or "crisis".
        title, body: the SDK's copy for the child's band.
        why_intro: the line above the reasons; ``why`` the reasons, one bullet per line.
        steps: the crisis steps, numbered, one per line ("" outside a crisis).
        helpline: for a crisis, the helpline line shown in the flow itself ("" otherwise).
        buttons: the actions shown as buttons, in the SDK's order.
        links: actions offered as small links (for ages 7-9 the SDK keeps three buttons).
        chip: the quiet card's "new" chip ("" unless the warning came over the day's cap).
        hide, only_you: the SDK's "Hide" and "Only you can see this".
    """

    surface: str
    title: str
    body: str
    why_intro: str
    why: str
    steps: str
    helpline: str
    buttons: tuple[ButtonView, ...]
    links: tuple[ButtonView, ...]
    chip: str = ""
    hide: str = "Hide"
    only_you: str = ""


def alert_view(alert: safechat.Alert) -> AlertView:
    """Arrange an alert for its surface: an act-now warning that came after the day's
    interruptions were spent (``alert.quiet``) is an inline card, never dropped."""
    surface = "card" if alert.quiet else SURFACE[alert.tier]
    buttons = tuple(ButtonView(a.id, a.label, a.default) for a in alert.actions if a.prominent)
    links = tuple(ButtonView(a.id, a.label) for a in alert.actions if not a.prominent)
    steps = "\n".join(f"{i}.  {s}" for i, s in enumerate(alert.crisis_steps, 1))
    ui = safechat.ui_strings(alert.locale)
    return AlertView(
        surface=surface,
        title=alert.title,
        body=alert.body,
        why_intro=alert.why_intro,
        why="\n".join(f"•  {line}" for line in alert.why[: WHY_LINES.get(alert.band, 3)]),
        steps=steps,
        helpline=helpline_line(alert.helpline, alert.locale) if surface == "crisis" else "",
        buttons=buttons,
        links=links,
        chip=ui["quiet_chip"] if alert.quiet else "",
        hide=ui["hide"],
        only_you=ui["only_you"],
    )


def helpline_line(line: safechat.Helpline, locale: str) -> str:
    """The helpline in the crisis flow, in the SDK's words: its name, call and text routes, and
    the emergency number (numbers never wrap between digits)."""
    ui = safechat.ui_strings(locale)
    main = line.service
    routes = []
    if main.phone:
        routes.append(ui["call"].replace("{phone}", nobreak(main.phone)))
    if main.sms_number:
        key = "text_keyword" if main.sms_keyword else "text"
        routes.append(ui[key].replace("{keyword}", main.sms_keyword or "").replace("{number}", nobreak(main.sms_number)))
    if main.chat_url:
        routes.append(ui["chat"])
    return "\n".join([main.name, "  ·  ".join(routes), ui["emergency"].replace("{phone}", nobreak(line.emergency))])


@dataclass(frozen=True)
class HelpButton:
    """A way to reach help on the help screen: call, text or chat (``uri`` is what a real app opens)."""

    id: str  # "call", "text", "chat"
    label: str
    uri: str


@dataclass(frozen=True)
class Panel:
    """A follow-up panel after an action: a title, text, an optional editable draft, buttons."""

    kind: str
    title: str
    text: str
    draft: str = ""
    note: str = ""
    primary: str = ""  # the one button of the talk panel ("Copy my message")
    buttons: tuple[HelpButton, ...] = ()


def help_buttons(line: safechat.Helpline, locale: str) -> tuple[HelpButton, ...]:
    """Call, text and chat, where the country's helpline has them (nothing a host must parse)."""
    ui = safechat.ui_strings(locale)
    main = line.service
    found = []
    if main.tel_uri:
        found.append(HelpButton("call", ui["call"].replace("{phone}", nobreak(main.phone or "")), main.tel_uri))
    if main.sms_uri:
        key = "text_keyword" if main.sms_keyword else "text"
        label = ui[key].replace("{keyword}", main.sms_keyword or "").replace("{number}", nobreak(main.sms_number or ""))
        found.append(HelpButton("text", label, main.sms_uri))
    if main.chat_url:
        found.append(HelpButton("chat", ui["chat"], main.chat_url))
    return tuple(found)


def help_panel(alert: safechat.Alert) -> Panel:
    """What "Get help" shows: the SDK's helpline text for the chosen country, buttons to call, text
    or chat where the helpline offers them, the reporting and take-down routes and the emergency
    number, all in the SDK's words."""
    line = alert.helpline
    ui = safechat.ui_strings(alert.locale)
    details = []
    for service in line.of_kind("reporting") + tuple(s for s in line.of_kind("image_removal")
                                                     if s not in line.of_kind("reporting")):
        key = "report_to" if "reporting" in service.kinds else "takedown_with"
        reach = " · ".join(nobreak(x) for x in (service.phone, service.web_url) if x)
        details.append(ui[key].replace("{name}", service.name) + (f" ({reach})" if reach else ""))
    if line.service.web_url:
        details.append(f"{ui['website']}: {line.service.web_url}")
    details.append(ui["emergency"].replace("{phone}", nobreak(line.emergency)))
    buttons = help_buttons(line, alert.locale)
    if any(b.id in ("call", "text") for b in buttons):
        details.append(ui["call_log_note"])
    return Panel(kind="help", title=alert.action("help").label, text=alert.action("help").text or "",
                 note="\n".join(details), buttons=buttons)


def talk_panel(alert: safechat.Alert) -> Panel:
    """What "Talk to someone" shows: an editable draft with no chat content attached."""
    ui = safechat.ui_strings(alert.locale)
    return Panel(kind="talk", title=alert.action("talk").label, text=ui["talk_intro"],
                 draft=alert.action("talk").draft or "", primary=ui["copy_draft"])


def learn_panel(alert: safechat.Alert) -> Panel:
    """What "Learn more" shows: one paragraph per behaviour, each its own topic."""
    return Panel(kind="learn", title=alert.action("learn").label, text="\n\n".join(alert.learn_more))


@dataclass(frozen=True)
class ReportPanel:
    """The report screen: who receives it, the exact preview, and the payload a host would send."""

    title: str
    body: str
    preview: str
    payload: str
    share: str
    cancel: str
    note: str
    pick_label: str = ""
    shared_label: str = ""


def report_panel(alert: safechat.Alert, *, contact_id: str, contact_name: str, picked: Sequence[str] = ()) -> ReportPanel:
    """Build the child's report preview with only the messages the child ticked."""
    report = alert.report(
        host_ids={"reported_account": contact_id, "conversation": f"demo-{contact_id}"},
        messages=list(picked),
        contact_name=contact_name,
    )
    ui = safechat.ui_strings(alert.locale)
    return ReportPanel(
        title=report.title,
        body=report.body,
        preview=report.preview(),
        payload=json.dumps(report.to_dict(), indent=2, ensure_ascii=False),
        share=report.share_button,
        cancel=report.cancel_button,
        note=f"Demo: nothing was sent. This is what the app would send about {contact_name}.",
        pick_label=ui["pick_messages"],
        shared_label=ui["what_is_shared"],
    )


def ok_confirm(alert: safechat.Alert) -> str:
    """The SDK's line after "I'm OK"."""
    return alert.ok_confirm


def blocked_confirm(band: str, locale: str) -> str:
    """The SDK's line left in the chat after "Block"."""
    return safechat.copy_text(f"blocked_confirm.{band}", locale)


def hidden_note(tier: str, locale: str) -> str:
    """The SDK's slim line left in the chat after a one-tap hide, to reopen the warning."""
    ui = safechat.ui_strings(locale)
    return ui["hidden_card"] if tier == "pattern" else ui["hidden_sheet"]


def ui_text(key: str, locale: str) -> str:
    """One of the SDK's strings for hosts ("shown_earlier", "blocked_not_checked", "back", ...)."""
    return safechat.ui_strings(locale)[key]


# -- messages for the stand-in guard ------------------------------------------------------------


def guard_text(text: str, labels: Sequence[str], *, scripted_guard: bool) -> str:
    """The text handed to ``chat.receive``: as written, or "label+label: text" for the stand-in."""
    if scripted_guard and labels:
        return "+".join(labels) + ": " + text
    return text
