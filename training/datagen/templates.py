"""The template files under ``data/templates/`` (format: ``data/templates/README.md``) and the text tools they share.

``read`` parses a file into its shared slot lists and its ``@@`` blocks; ``fill`` turns a template
into text; ``typo`` adds the fat-finger slips. Every random choice comes from the rng passed in.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: A slot table: a list of values (one picked at random) or one fixed value.
Slots = Mapping[str, Sequence[str] | str]

_SLOT_LINE = re.compile(r"^\$\s*([\w.]+)\s*=(.*)$")
_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_MAX_ROUNDS = 8  # slot values may hold slots and alternatives; this deep at most


@dataclass(frozen=True)
class Slot:
    """A ``$ name = value | value`` line."""

    name: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """One ``@@`` block: the fields of its head line and its body lines in order (``Slot`` for ``$`` lines)."""

    head: tuple[str, ...]
    lines: tuple[str | Slot, ...]
    where: str

    @property
    def slots(self) -> dict[str, tuple[str, ...]]:
        """The block's own slot lists."""
        return {ln.name: ln.values for ln in self.lines if isinstance(ln, Slot)}

    @property
    def text(self) -> tuple[str, ...]:
        """The block's lines that are not slot lists."""
        return tuple(ln for ln in self.lines if isinstance(ln, str))


@dataclass(frozen=True)
class TemplateFile:
    """A template file: the slot lists before its first block, then its blocks in file order."""

    path: Path
    slots: dict[str, tuple[str, ...]]
    blocks: tuple[Block, ...]


def split_values(raw: str) -> tuple[str, ...]:
    """Split ``a | b | [c|d]`` at the bars outside brackets and braces; each value is stripped."""
    values, depth, start = [], 0, 0
    for i, ch in enumerate(raw):
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "|" and depth == 0:
            values.append(raw[start:i].strip())
            start = i + 1
    values.append(raw[start:].strip())
    return tuple(values)


def read(path: Path) -> TemplateFile:
    """Parse one template file; errors name the file and line."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("|") and lines and _SLOT_LINE.match(lines[-1][1]):
            lines[-1] = (lines[-1][0], f"{lines[-1][1]} {line}")  # a slot list continued
        else:
            lines.append((number, line))
    shared: dict[str, tuple[str, ...]] = {}
    blocks: list[tuple[tuple[str, ...], list[str | Slot], str]] = []
    for number, line in lines:
        where = f"{path.name}:{number}"
        slot = _SLOT_LINE.match(line)
        item: str | Slot = Slot(slot.group(1), split_values(slot.group(2))) if slot else line
        if line.startswith("@@"):
            blocks.append((tuple(f.strip() for f in line[2:].split("|")), [], where))
        elif blocks:
            blocks[-1][1].append(item)
        elif isinstance(item, Slot):
            if item.name in shared:
                raise ValueError(f"{where}: slot {item.name!r} listed twice")
            shared[item.name] = item.values
        else:
            raise ValueError(f"{where}: a line before the first @@ block must be a $ slot list")
    return TemplateFile(path, shared, tuple(Block(head, tuple(body), where) for head, body, where in blocks))


def fill(template: str, slots: Sequence[Slots], rng: random.Random) -> str:
    """Pick the ``[a|b]`` alternatives, then fill the ``{slot}``s from the first table that has them; repeat.

    Alternatives are picked innermost first, left to right, before the slots of the same round; a
    bracket without a bar is plain text. Runs of whitespace become one space; the ends are trimmed.
    """

    def alternative(m: re.Match[str]) -> str:
        return rng.choice(m.group(1).split("|")) if "|" in m.group(1) else m.group(0)

    def value(m: re.Match[str]) -> str:
        for table in slots:
            if m.group(1) in table:
                found = table[m.group(1)]
                return found if isinstance(found, str) else rng.choice(found)
        raise KeyError(f"no slot {{{m.group(1)}}} for {template!r}")

    text = _ALT.sub(alternative, template)
    for _ in range(_MAX_ROUNDS):
        done = _ALT.sub(alternative, _SLOT.sub(value, text))
        if done == text:
            break
        text = done
    return " ".join(text.split())


def typo(text: str, rng: random.Random, *, chance: float | None = None, slips: int = 1) -> str:
    """Fat-finger slips in longer words (5+ letters): one word, or each with ``chance``.

    A slip swaps two neighbouring letters; with ``slips=3`` it may also drop or double a letter.
    """
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if chance is None:
        if not spots:
            return text
        spots = [rng.choice(spots)]
    for i in spots:
        if chance is not None and rng.random() >= chance:
            continue
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        slip = rng.randrange(slips) if slips > 1 else 0
        if slip == 0:
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif slip == 1:
            words[i] = w[:j] + w[j + 1:]
        else:
            words[i] = w[:j] + w[j] + w[j:]
    return " ".join(words)
