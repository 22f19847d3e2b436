"""Turn SDK results into what the screens show: plain strings and small frozen records.

No Kivy here, so every rule about what the child sees is tested without a window. The words of a
warning come from the SDK (``safechat.Alert``); this module only arranges them, plus the few
messenger strings the demo needs around them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import safechat

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

#: The demo's own confirmation lines after "I'm OK" and "Block", by age band.
_OK_CONFIRM = {
    "7-9": "OK. You can show a grown-up any time.",
    "10-12": "OK. If something feels wrong later, help is still here.",
    "13-15": "Got it, you know them best. If anything starts to feel off, help is still here.",
    "16-17": "Noted. The same options stay here if things change.",
    "default": "OK. If something feels wrong later, help is still here.",
}
_BLOCKED_CONFIRM = {
    "7-9": "You blocked them. The chat is kept so you can show a grown-up.",
    "10-12": "You blocked them. The chat is kept, so you can still show someone you trust.",
    "13-15": "Blocked. The chat is kept in case you want to show someone or report it later.",
    "16-17": "Blocked. The chat is kept in case you need it later.",
    "default": "You blocked them. The chat is kept, so you can still show someone you trust.",
}


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
        """The copy locale: US English for the US, British English elsewhere."""
        return "en-US" if self.country == "US" else "en-GB"

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


def helpline_summary(country: str) -> str:
    """What "Get help" will show for a country, for the profile screen."""
    line = safechat.helpline_for(country)
    contact = line.phone or line.text or line.url or ""
    return f"Get help shows {line.name} ({contact}); emergency {line.emergency}."


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


def alert_view(alert: safechat.Alert) -> AlertView:
    """Arrange an alert for its surface: an act-now warning that came after the day's
    interruptions were spent (``alert.quiet``) is an inline card, never dropped."""
    surface = "card" if alert.quiet else SURFACE[alert.tier]
    buttons = tuple(ButtonView(a.id, a.label, a.default) for a in alert.actions if a.prominent)
    links = tuple(ButtonView(a.id, a.label) for a in alert.actions if not a.prominent)
    steps = "\n".join(f"{i}.  {s}" for i, s in enumerate(alert.crisis_steps, 1))
    return AlertView(
        surface=surface,
        title=alert.title,
        body=alert.body,
        why_intro=alert.why_intro,
        why="\n".join(f"•  {line}" for line in alert.why[: WHY_LINES.get(alert.band, 3)]),
        steps=steps,
        helpline=helpline_line(alert.helpline) if surface == "crisis" else "",
        buttons=buttons,
        links=links,
    )


def helpline_line(line: safechat.Helpline) -> str:
    """The helpline in one line: "Childline: call 0800 1111 · Emergency: 999"."""
    parts = [line.name + ":"]
    if line.phone:
        parts.append(f"call {line.phone}")
    if line.text and line.text != line.phone:
        parts.append(f"· text {line.text}")
    elif line.text:
        parts.append("(call or text)")
    if not line.phone and line.url:
        parts.append(line.url)
    return " ".join(parts) + f"  ·  Emergency: {line.emergency}"


@dataclass(frozen=True)
class Panel:
    """A follow-up panel after an action: a title, text, and an optional editable draft."""

    kind: str
    title: str
    text: str
    draft: str = ""
    note: str = ""


def help_panel(alert: safechat.Alert) -> Panel:
    """What "Get help" shows: the SDK's helpline text for the chosen country, and the details."""
    line = alert.helpline
    details = [f"{line.name}"]
    if line.phone:
        details.append(f"Call: {line.phone}")
    if line.text:
        details.append(f"Text: {line.text}")
    if line.url:
        details.append(f"Web: {line.url}")
    details.append(f"In an emergency: {line.emergency}")
    for name, url, phone in line.report:
        extra = " · ".join(x for x in (phone, url) if x)
        details.append(f"Report: {name}" + (f" ({extra})" if extra else ""))
    return Panel(
        kind="help",
        title=alert.action("help").label,
        text=alert.action("help").text or "",
        note="\n".join(details),
    )


def talk_panel(alert: safechat.Alert) -> Panel:
    """What "Talk to someone" shows: an editable draft with no chat content attached."""
    return Panel(
        kind="talk",
        title=alert.action("talk").label,
        text="Change anything you like, then send it to someone you trust. Nothing from this chat is added.",
        draft=alert.action("talk").draft or "",
        note="This demo sends nothing. In a real app this would open your messages with the draft.",
    )


def learn_panel(alert: safechat.Alert) -> Panel:
    return Panel(kind="learn", title=alert.action("learn").label, text=alert.action("learn").text or "")


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


def report_panel(alert: safechat.Alert, *, contact_id: str, contact_name: str, picked: Sequence[str] = ()) -> ReportPanel:
    """Build the child's report preview with only the messages the child ticked."""
    report = alert.report(
        recipient="the app's safety team",
        host_ids={"reported_account": contact_id, "conversation": f"demo-{contact_id}"},
        messages=list(picked),
    )
    return ReportPanel(
        title=report.title,
        body=report.body,
        preview=report.preview(),
        payload=json.dumps(report.to_dict(), indent=2, ensure_ascii=False),
        share=report.share_button,
        cancel=report.cancel_button,
        note=f"Demo: nothing was sent. This is what the app would send about {contact_name}.",
    )


def ok_confirm(band: str) -> str:
    """The line shown after "I'm OK"."""
    return _OK_CONFIRM.get(band, _OK_CONFIRM["default"])


#: Shown in a chat whose saved safety state could not be read (altered, copied from elsewhere or
#: older than the last save) and was rebuilt from its messages.
REBUILT_NOTE = "Your safety check for this chat was set up again from your messages. Nothing was lost."


def blocked_confirm(band: str) -> str:
    """The line shown in the chat after "Block"."""
    return _BLOCKED_CONFIRM.get(band, _BLOCKED_CONFIRM["default"])


def hidden_note(tier: str) -> str:
    """The slim line left in the chat after a one-tap hide, to reopen the warning."""
    return "Safety tips hidden. Tap to open them again." if tier != "pattern" else "Safety tip hidden. Tap to open it."


# -- messages for the stand-in guard ------------------------------------------------------------


def guard_text(text: str, labels: Sequence[str], *, scripted_guard: bool) -> str:
    """The text handed to ``chat.receive``: as written, or "label+label: text" for the stand-in."""
    if scripted_guard and labels:
        return "+".join(labels) + ": " + text
    return text
