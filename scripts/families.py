"""Template families shared by the written-line authors (messages_extra, _fourth, _fifth).

A family is (id, labels, kind, speaker, templates, own slots). Templates use {slot} placeholders
(the module's SLOTS, or the family's own) and [a|b|c] inline alternatives. Each author module
keeps its own slots and styling; this module registers families, fills templates and draws the
distinct lines of every family. Stdlib only; every random choice comes from the rng passed in.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

# (id, labels, kind, speaker, templates, own slots)
Fam = tuple[str, str, str, str, list[str], dict[str, list[str]]]

_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


class Families(list):
    """An author's families in a fixed order, added with g (grooming), n (hard negative), u (neutral)."""

    def g(self, fid: str, labels: str, speaker: str, templates: list[str], **own: list[str]) -> None:
        self.append((fid, labels, "grooming", speaker, templates, own))

    def n(self, fid: str, speaker: str, templates: list[str], **own: list[str]) -> None:
        self.append((fid, "", "hard_negative", speaker, templates, own))

    def u(self, fid: str, speaker: str, templates: list[str], **own: list[str]) -> None:
        self.append((fid, "", "neutral", speaker, templates, own))


def fill(template: str, own: dict[str, list[str]], slots: dict[str, list[str]], rng: random.Random) -> str:
    """Pick alternatives and fill slots (slots may hold slots or alternatives); spaces collapsed."""
    text = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    for _ in range(3):
        text = _SLOT.sub(lambda m: rng.choice(own.get(m.group(1)) or slots[m.group(1)]), text)
        text = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    return re.sub(r"\s+", " ", text).strip()


def generate(
    families: list[Fam],
    line: Callable[[str, str, str, dict[str, list[str]], random.Random], str],
    prefix: str,
    rng: random.Random,
    lines_per_family: tuple[int, int],
    attempts_per_line: int,
    fold: Callable[[str], str] = str.lower,
) -> list[dict]:
    """Every family in order; distinct lines per family, no line repeated across families.

    ``line(template, kind, speaker, own, rng)`` makes one styled line; ``fold`` maps a line to the
    key that decides whether it was already drawn.
    """
    rows: list[dict] = []
    seen: set[str] = set()
    ids: list[str] = []
    for fid, labels, kind, speaker, templates, own in families:
        assert fid not in ids, fid
        ids.append(fid)
        want = rng.randint(*lines_per_family)
        got = 0
        for _ in range(want * attempts_per_line):
            if got == want:
                break
            text = line(rng.choice(templates), kind, speaker, own, rng)
            key = fold(text.strip())
            if not text or key in seen:
                continue
            seen.add(key)
            rows.append({"text": text, "labels": labels.split(), "kind": kind, "speaker": speaker,
                         "family": f"{prefix}/{fid}"})
            got += 1
    return rows
