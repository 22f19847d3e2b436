"""Each author's writing style: how a filled template becomes the line that author would send.

A style is ``style(text, family, rng) -> str``; it may add openers, sign-offs, netspeak, case
changes, typos or emoji. Which template file each style goes with is in ``messages.AUTHORS``.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from .templates import fill, typo

if TYPE_CHECKING:
    from .messages import Family

# ---- plain_chat (grooming.txt) --------------------------------------------------------------
P_OPENER = 0.25  # chance of a "hey {name}," style opener
P_SIGNOFF = 0.3  # chance of a sign-off ({signoff}, or {firm_signoff} for pressing families)
STYLE_WEIGHTS = {"asis": 4, "proper": 3, "net": 3, "typo": 1}
QUESTION_WORDS = ("what", "where", "when", "who", "do", "does", "are", "is", "can", "have", "how",
                  "which", "would", "will", "could", "did", "has", "why", "want", "got", "ever")
NET = [(r"\byou're\b", "ur"), (r"\byour\b", "ur"), (r"\byou\b", "u"), (r"\bare\b", "r"),
       (r"\bplease\b", "pls"), (r"\bbecause\b", "cuz"), (r"\bokay\b", "ok"), (r"\breally\b", "rly"),
       (r"\btonight\b", "2nite"), (r"\bthough\b", "tho"), (r"\bgoing to\b", "gonna"),
       (r"\bwant to\b", "wanna"), (r"\bi'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"),
       (r"\bwhat\b", "wat"), (r"\bpeople\b", "ppl"), (r"\bsomething\b", "smth"),
       (r"\bright now\b", "rn"), (r"\bto be honest\b", "tbh"), (r"\bthanks\b", "thx"),
       (r"\btomorrow\b", "tmrw"), (r"\bpicture\b", "pic"), (r"\bwith\b", "w"), (r"\bit's\b", "its")]


def plain_chat(text: str, family: Family, rng: random.Random) -> str:
    """As written, proper sentences, lowercase netspeak or a typo; maybe an opener and a sign-off."""
    if text[:1].isupper():  # hand-written proper lines stay mostly proper
        return text if rng.random() < 0.6 else text.lower().rstrip(".")
    if rng.random() < P_OPENER:
        text = fill("{opener}", family.slots, rng) + " " + text
    kind = rng.choices(list(STYLE_WEIGHTS), weights=list(STYLE_WEIGHTS.values()))[0]
    if kind == "proper":
        text = re.sub(r"\bi\b", "I", text)
        text = re.sub(r"\bi'(m|ll|ve|d)\b", r"I'\1", text)
        text = text[:1].upper() + text[1:]
        if text[-1:].isalnum():
            first = text.split(" ")[0].lower().strip(",")
            text += "?" if first in QUESTION_WORDS else "."
    elif kind == "net":
        for pat, rep in NET:
            text = re.sub(pat, rep, text)
        text = text.replace("'", "") if rng.random() < 0.5 else text
        text = text.rstrip(".")
    elif kind == "typo":
        text = typo(text, rng, slips=3)
    if rng.random() < P_SIGNOFF:
        sign = fill("{firm_signoff}" if family.firm else "{signoff}", family.slots, rng)
        text = text + ("" if sign in ("!", ".") else " ") + sign
    return text


# ---- everyday_chat (innocent.txt) ------------------------------------------------------------
KID_SLANG = 0.45  # chance a child/teen speaker's line is lowercased netspeak
ADULT_CASUAL = 0.15  # chance an adult's line is lowercased
EMOJI_RATE = 0.22  # chance of a trailing emoji
TYPO_RATE = 0.06  # chance of one swapped-letter typo (child/teen speakers only)
YOUNG = frozenset({"older_sibling", "cousin", "school_friend", "gaming_friend", "teen_partner", "peer"})
KID_EMOJI = ["😂", "😭", "🔥", "💀", "👀", "🙌", "❤️", "😊", "👍", "🎉", "😅", "🤣", "✨", "🥺", "😎"]
ADULT_EMOJI = ["😊", "👍", "🎉", "❤️", "🙂", "😀", "👏", "x", "xx"]
ON_FIXES = [("on tomorrow", "tomorrow"), ("on next week", "next week")]  # "{day}" after "on"
SLANG = [(r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bare\b", "r"), (r"\btomorrow\b", "tmrw"),
         (r"\bplease\b", "pls"), (r"\bbecause\b", "cos"), (r"\bokay\b", "ok")]


def everyday_chat(text: str, family: Family, rng: random.Random) -> str:
    """Case, netspeak, emoji and typos the way the speaker would write (young speakers more casual)."""
    for wrong, right in ON_FIXES:
        text = text.replace(wrong, right)
    young = family.speaker in YOUNG
    if rng.random() < (KID_SLANG if young else ADULT_CASUAL):
        text = text.lower().rstrip(".")
        if young:
            for pattern, short in SLANG:
                if rng.random() < 0.6:
                    text = re.sub(pattern, short, text)
    elif young and text[:1].islower() and rng.random() < 0.3:
        text = text[0].upper() + text[1:]
    if young and rng.random() < TYPO_RATE:
        text = typo(text, rng)
    if rng.random() < EMOJI_RATE:
        text = text.rstrip() + " " + rng.choice(KID_EMOJI if young else ADULT_EMOJI)
    return text


# ---- varied_chat (varied_styles.txt) ---------------------------------------------------------
P_LOWER = 0.35  # chance a line is lowercased (grooming and young speakers)
P_GREETING = 0.08  # chance a grooming line gets a non-English greeting in front
GREETINGS = ["hola ", "hola hola ", "salut ", "coucou ", "ciao ", "bonjour ", "oye ", "hallo "]
VARIED_CASUAL = ("school_friend", "peer", "gaming_friend", "older_sibling", "teen_partner")


def varied_chat(text: str, family: Family, rng: random.Random) -> str:
    """Sometimes lowercased; a grooming line sometimes opens with a non-English greeting."""
    if (family.kind == "grooming" or family.speaker in VARIED_CASUAL) and rng.random() < P_LOWER:
        text = text.lower()
    if family.kind == "grooming" and rng.random() < P_GREETING and len(text) > 12 and text[0].islower():
        text = rng.choice(GREETINGS) + text
    return text


# ---- app_chat (app_chat.txt) -----------------------------------------------------------------
APP_LOWER = 0.3  # chance a casual line is lowercased (same rate for grooming and young speakers)
APP_TYPO = 0.08  # chance a casual line gets one swapped-letter typo
APP_TAIL = 0.08  # chance a casual line gets a neutral emoji tail (same rate for every kind)
APP_CASUAL = ("school_friend", "gaming_friend", "older_sibling", "cousin", "teen_partner", "babysitter")
APP_TAILS = [" 🙂", " 😅", " 😂", " 👍", " 🤷", " ✌️", " 😊", " 🙃"]


def app_chat(text: str, family: Family, rng: random.Random) -> str:
    """Casual speakers (and every grooming line) are sometimes lowercased, mistyped or given an emoji."""
    casual = family.kind == "grooming" or family.speaker in APP_CASUAL
    if casual and rng.random() < APP_LOWER:
        text = text.lower()
    if casual and rng.random() < APP_TYPO:
        text = typo(text, rng)
    if casual and rng.random() < APP_TAIL:
        text += rng.choice(APP_TAILS)
    return text


# ---- netspeak (netspeak.txt) -----------------------------------------------------------------
P_TAIL = 0.22  # chance of a trailing emoticon / "lol" (same rate for every kind and speaker)
P_STRETCH = 0.08  # chance one "so"/"lol"/"hey" gets stretched ("sooo", "lolol", "heyyy")
NET_TAILS = [" lol", " :)", " :P", " ;)", " hehe", " lmao", " haha", " :D", " lolz", " =)", " :-)", " ^_^"]
STRETCH = [(r"\bso\b", "sooo"), (r"\blol\b", "lolol"), (r"\bhey\b", "heyyy"), (r"\bhi\b", "hiii"),
           (r"\bok\b", "okk"), (r"\bya\b", "yaaa"), (r"\bomg\b", "omgg")]


def netspeak(text: str, family: Family, rng: random.Random) -> str:
    """The same netspeak for every kind and speaker (the templates are already lowercase)."""
    if rng.random() < P_STRETCH:
        pat, rep = rng.choice(STRETCH)
        text = re.sub(pat, rep, text, count=1)
    if rng.random() < P_TAIL and not text.endswith(tuple(t.strip() for t in NET_TAILS)):
        text += rng.choice(NET_TAILS)
    return text
