"""Render the written chat scripts into JSONL conversations.

    python -m training.datagen.conversations [--out data/conversations] [--seed 20250611]

Writes written_dev.jsonl and written_test.jsonl in the record format of the shared corpora, plus
meta fields that say where the first flaggable contact message is and which behaviour each contact
line shows. The scripts are in ``data/templates/chats/`` (their line format is described in
``data/templates/README.md``); each is rendered a few times with different slots (names, platform,
items, places, times, ages, small-talk fillers, writing style). Dev and test use different scripts
and different filler pools, so no scenario, template or wording is shared between the two files.

The test file is for final evaluation only: never train or tune on it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from safechat.labels import CONTEXT, LABELS

from . import ROOT, TEMPLATES
from .templates import Block, Slot, fill, read, typo

OUT_DIR = ROOT / "data" / "conversations"        # output folder (override with --out)
CHATS = TEMPLATES / "chats"
SEED = 20250611                                   # master seed; each record derives its own rng
RENDERS = {"dev": 3, "test": 2}                  # renders of each scenario script per split
MIN_PER_LABEL = {"dev": 70, "test": 50}          # required conversations per label per split
MIN_SCRIPTS_PER_LABEL = 25                       # required distinct scripts per label per split
MIN_MESSAGES, MAX_MESSAGES = 15, 80              # allowed conversation length
FIRST_DAY = datetime(2023, 1, 9, tzinfo=UTC)   # conversations start in [FIRST_DAY, +SPAN)
SPAN_DAYS = 880
ID_BASE = {"dev": 0, "test": 5000}               # record numbers: dev 0001.., test 5001..
P_TYPO = 0.05                                     # chance of a slip in each longer word of a "typo" writer

# the script files of each split, by record label ("normal": innocent), and the small-talk pools
SCRIPT_FILES = {"dev": {"grooming": "grooming_dev.txt", "normal": "innocent_dev.txt"},
                "test": {"grooming": "grooming_test.txt", "normal": "innocent_test.txt"}}
FILLER_FILES = {"dev": "small_talk_dev.txt", "test": "small_talk_test.txt"}
FLAG_LABELS = frozenset(LABELS) - CONTEXT        # flattery / personal_info alone never flag
SOURCE = {"grooming": "written_grooming", "normal": "written_innocent"}
REGIONS = [  # (mum, Mum, money, maths, football, grade style, country)
    ("mum", "Mum", "£", "maths", "football", "uk", "the uk"),
    ("mom", "Mom", "$", "math", "soccer", "us", "the us"),
    ("mum", "Mum", "$", "maths", "footy", "au", "australia"),
]


def main(argv: list[str] | None = None) -> None:
    """Render every script of both splits and write one JSONL file per split."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)

    scripts = {split: [s for label, name in files.items() for s in parse_scripts(read(CHATS / name).blocks, label)]
               for split, files in SCRIPT_FILES.items()}
    fillers = {split: parse_fillers(read(CHATS / name).blocks) for split, name in FILLER_FILES.items()}
    check_disjoint(scripts, fillers)
    world = World.load(CHATS / "slots.txt")

    args.out.mkdir(parents=True, exist_ok=True)
    summary = []
    for split in ("dev", "test"):
        records = []
        counters = {"grooming": 0, "normal": 0}
        for label in ("grooming", "normal"):
            chosen = [s for s in scripts[split] if s.label == label]
            if len(chosen) < MIN_SCRIPTS_PER_LABEL:
                raise SystemExit(f"{split}/{label}: only {len(chosen)} scripts")
            for script in chosen:
                for r in range(RENDERS[split]):
                    counters[label] += 1
                    num = ID_BASE[split] + counters[label]
                    records.append(render(script, split, r, num, fillers[split], world, args.seed))
        for label, n in counters.items():
            if n < MIN_PER_LABEL[split]:
                raise SystemExit(f"{split}/{label}: only {n} conversations")
        path = args.out / f"written_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        n_msgs = sum(len(r["messages"]) for r in records)
        summary.append(f"{path.name}: {counters['grooming']} grooming, {counters['normal']} "
                       f"innocent, {n_msgs} messages")
    print("; ".join(summary))


# ---------------------------------------------------------------- script parsing
@dataclass
class Line:
    """One script line: a message, a time gap, a small-talk draw or a local slot."""

    op: str                      # "msg", "gap", "fill", "slot"
    speaker: str = ""            # "C" contact or "K" child
    text: str = ""
    labels: tuple[str, ...] = ()
    looks: tuple[str, ...] = ()
    optional: bool = False
    gap: tuple[str, int, int, int | None, int | None] | None = None
    fill: int = 0
    slot: tuple[str, tuple[str, ...]] | None = None


@dataclass
class Script:
    """A chat scenario: its ``@@`` head fields and its lines."""

    sid: str
    label: str
    kind: str
    platforms: list[str]
    role: str
    ages: tuple[int, int]
    pool: str
    style: str
    lines: list[Line] = field(default_factory=list)


MSG_RE = re.compile(r"^([CK])(\?)?(?:\[([a-z_, ]*)\])?(?:\(([a-z_, ]*)\))?:\s?(.*)$")
GAP_RE = re.compile(r"^=\s*(\d+)(?:-(\d+))?([mhd])(?:@(\d+)-(\d+))?$")


def parse_labels(raw: str | None, where: str) -> tuple[str, ...]:
    """Label ids from ``a, b``; each must be one of ``safechat.labels.LABELS``."""
    if not raw:
        return ()
    out = tuple(x.strip() for x in raw.split(",") if x.strip())
    for x in out:
        if x not in LABELS:
            raise ValueError(f"{where}: unknown label {x!r}")
    return out


def parse_line(raw: str | Slot, where: str) -> Line:
    """One body line of a script or a small-talk exchange."""
    if isinstance(raw, Slot):
        return Line("slot", slot=(raw.name, raw.values))
    if raw.startswith("~"):
        return Line("fill", fill=int(raw[1:].strip() or 0))
    m = GAP_RE.match(raw)
    if m:
        lo, hi, unit, h0, h1 = m.groups()
        return Line("gap", gap=(unit, int(lo), int(hi or lo),
                                int(h0) if h0 else None, int(h1) if h1 else None))
    m = MSG_RE.match(raw)
    if not m:
        raise ValueError(f"{where}: cannot parse {raw!r}")
    speaker, opt, labels, looks, text = m.groups()
    if speaker == "K" and (labels or looks):
        raise ValueError(f"{where}: child lines carry no labels")
    return Line("msg", speaker=speaker, text=text.strip(), optional=bool(opt),
                labels=parse_labels(labels, where), looks=parse_labels(looks, where))


def parse_scripts(blocks: tuple[Block, ...], label: str) -> list[Script]:
    """``@@ id | kind | platform[,platform] | contact_role | age_lo-age_hi | filler_pool | style`` blocks."""
    scripts: list[Script] = []
    for block in blocks:
        sid, kind, plats, role, ages, pool, style = block.head
        lo, hi = (int(a) for a in ages.split("-"))
        if not 9 <= lo <= hi <= 15:
            raise ValueError(f"{block.where}: child ages must lie in 9-15")
        s = Script(sid, label, kind, [p.strip() for p in plats.split(",")], role, (lo, hi), pool, style)
        for raw in block.lines:
            line = parse_line(raw, block.where)
            if s.label == "grooming" and line.looks:
                raise ValueError(f"{sid}: look-alike marks belong to innocent scripts")
            if s.label == "normal" and line.labels:
                raise ValueError(f"{sid}: innocent scripts carry no behaviour labels")
            s.lines.append(line)
        scripts.append(s)
    ids = [s.sid for s in scripts]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate scenario id")
    return scripts


Filler = tuple[int, int, list[Line]]     # child ages it suits, and its lines


def parse_fillers(blocks: tuple[Block, ...]) -> dict[str, list[Filler]]:
    """``@@ pool`` or ``@@ pool 9-11`` (only for children of those ages) blocks, one exchange each."""
    pools: dict[str, list[Filler]] = {}
    for block in blocks:
        name, _, ages = block.head[0].partition(" ")
        lo, hi = (int(a) for a in ages.split("-")) if ages else (9, 15)
        pools.setdefault(name, []).append((lo, hi, [parse_line(raw, block.where) for raw in block.lines]))
    return pools


def words(text: str) -> str:
    """The written words of a line, slots and alternatives left out."""
    return " ".join(re.sub(r"\{\w+\}|\[[^\[\]]*\|[^\[\]]*\]", " ", text.lower()).split())


def check_disjoint(scripts: dict[str, list[Script]], fillers: dict[str, dict[str, list[Filler]]]) -> None:
    """No scenario id and no written line of 5+ words may appear in both splits."""
    seen: dict[str, set[str]] = {}
    for split in ("dev", "test"):
        lines = {words(ln.text) for s in scripts[split] for ln in s.lines if ln.op == "msg"}
        lines |= {words(ln.text) for pool in fillers[split].values() for _, _, ex in pool
                  for ln in ex if ln.op == "msg"}
        seen[split] = {x for x in lines if len(x.split()) >= 5}
    shared = seen["dev"] & seen["test"]
    if shared:
        raise SystemExit(f"lines shared by dev and test: {sorted(shared)[:5]}")
    if {s.sid for s in scripts["dev"]} & {s.sid for s in scripts["test"]}:
        raise SystemExit("scenario ids shared by dev and test")


# ---------------------------------------------------------------- slots
@dataclass(frozen=True)
class World:
    """The lists ``global_slots`` draws from (``slots.txt``) and each gaming platform's words."""

    lists: dict[str, tuple[str, ...]]
    platforms: dict[str, tuple[tuple[str, str], ...]]

    @classmethod
    def load(cls, path: Path) -> World:
        """Read ``slots.txt``: shared lists, then one ``@@ platform`` block of one-value slots each."""
        book = read(path)
        platforms = {}
        for block in book.blocks:
            if not all(isinstance(ln, Slot) and len(ln.values) == 1 for ln in block.lines):
                raise ValueError(f"{block.where}: a platform block holds one-value $ lines only")
            platforms[block.head[0]] = tuple((ln.name, ln.values[0]) for ln in block.lines if isinstance(ln, Slot))
        return cls(book.slots, platforms)


def global_slots(rng: random.Random, age: int, platform: str, world: World) -> dict[str, str]:
    """The slots every line of one render may use: names, region words, tastes, platform words."""
    mum, Mum, money, maths, footy, grade_style, country = rng.choice(REGIONS)
    if grade_style == "uk":
        grade = f"year {age - 4}"
    else:
        n = age - 5
        grade = f"{n}{'th' if n > 3 else {1: 'st', 2: 'nd', 3: 'rd'}[n]} grade"
    w = world.lists
    friend, friend2 = rng.sample(w["friend_name"], 2)
    kid = rng.choice([n for n in w["child_name"] if n not in (friend, friend2)])
    slots = {
        "kid": kid, "friend": friend, "friend2": friend2, "me": rng.choice(w["contact_name"]),
        "kage": str(age), "cage": str(min(16, age + rng.choice((0, 1, 1, 2)))),
        "mum": mum, "Mum": Mum, "m": money, "country": country, "maths": maths, "footy": footy, "grade": grade,
        "pet": rng.choice(w["pet"]), "artist": rng.choice(w["artist"]), "show": rng.choice(w["show"]),
        "film": rng.choice(w["film"]), "food": rng.choice(w["food"]), "day": rng.choice(w["weekday"]),
        "wkday": rng.choice(w["weekend_day"]),
        "app": rng.choice([a for a in w["app"] if a.lower() != platform]),
    }
    for key, val in world.platforms.get(platform, ()):
        slots[key] = fill(val, (slots,), rng)
    return slots


# ---------------------------------------------------------------- rendering
def render(script: Script, split: str, r: int, num: int,
           fillers: dict[str, list[Filler]], world: World, seed: int) -> dict:
    """One record: the script with its slots, small talk, times and writing styles drawn."""
    rng = random.Random(f"{seed}|{split}|{script.sid}|{r}")
    age = rng.randint(*script.ages)
    platform = script.platforms[r % len(script.platforms)] if r < len(script.platforms) \
        else rng.choice(script.platforms)
    slots = global_slots(rng, age, platform, world)
    contact = f"contact:{rng.getrandbits(40):010x}"
    child = f"child:{rng.getrandbits(40):010x}"
    styles = {"C": pick_style(rng, script.style), "K": pick_style(rng, "any")}
    filler_pool = list(fillers[script.pool])
    if script.pool == "peer" and platform in world.platforms:     # gaming talk only where people game
        filler_pool += fillers["game"]
    filler_pool = [ex for lo, hi, ex in filler_pool if lo <= age <= hi]
    rng.shuffle(filler_pool)

    # expand the script into (speaker, text, labels, looks) and gaps
    events: list[tuple] = []
    for ln in script.lines:
        if ln.op == "slot":
            name, opts = ln.slot
            slots[name] = fill(rng.choice(opts), (slots,), rng)
        elif ln.op == "gap":
            events.append(("gap", ln.gap))
        elif ln.op == "fill":
            n = (1 if rng.random() < 0.7 else 0) if ln.fill == 0 else rng.randint(1, ln.fill)
            for _ in range(n):
                if filler_pool:
                    for fl in filler_pool.pop():
                        if fl.op == "gap":
                            events.append(("gap", fl.gap))
                        else:
                            events.append(("msg", fl.speaker, fill(fl.text, (slots,), rng), (), ()))
        elif ln.op == "msg":
            if ln.optional and rng.random() < 0.5:
                continue
            events.append(("msg", ln.speaker, fill(ln.text, (slots,), rng), ln.labels, ln.looks))

    # timestamps and authors; a leading "= 0d@H-H" line sets the hour the chat starts
    h0, h1 = 15, 20
    if events and events[0][0] == "gap" and events[0][1][1] == 0 and events[0][1][3] is not None:
        h0, h1 = events[0][1][3], events[0][1][4]
        events = events[1:]
    t = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS), hours=rng.randint(h0, h1),
                              minutes=rng.randrange(60), seconds=rng.randrange(60))
    messages, msg_labels, msg_looks = [], [], []
    pending_gap = None
    prev_speaker = None
    for ev in events:
        if ev[0] == "gap":
            pending_gap = ev[1]
            continue
        _, speaker, text, labels, looks = ev
        if messages:
            t = advance(t, pending_gap, speaker == prev_speaker, len(text), rng)
        pending_gap = None
        prev_speaker = speaker
        idx = len(messages)
        messages.append({"author": contact if speaker == "C" else child,
                         "text": restyle(text, styles[speaker], rng),
                         "time": t.strftime("%Y-%m-%dT%H:%M:%SZ")})
        if labels:
            msg_labels.append({"index": idx, "labels": [x for x in LABELS if x in labels]})
        if looks:
            msg_looks.append({"index": idx, "looks_like": [x for x in LABELS if x in looks]})

    if not MIN_MESSAGES <= len(messages) <= MAX_MESSAGES:
        raise SystemExit(f"{script.sid} render {r}: {len(messages)} messages")
    first_flag = next((m["index"] for m in msg_labels
                       if FLAG_LABELS & set(m["labels"])), None)
    if script.label == "grooming" and first_flag is None:
        raise SystemExit(f"{script.sid} render {r}: no flaggable contact message")
    seen = {x for m in msg_labels for x in m["labels"]}
    looks_seen = {x for m in msg_looks for x in m["looks_like"]}
    kind_word = "grooming" if script.label == "grooming" else "normal"
    return {
        "id": f"written:{kind_word}:{num:04d}",
        "source": SOURCE[script.label],
        "split": split,
        "label": script.label,
        "group": f"written:{split}:{script.sid}",
        "target_author": contact,
        "predator_authors": [contact] if script.label == "grooming" else [],
        "messages": messages,
        "meta": {
            "platform": platform,
            "scenario": script.kind,
            "scenario_script": script.sid,
            "first_flag_index": first_flag,
            "child_age": age,
            "contact_role": script.role,
            "labels_seen": [x for x in LABELS if x in seen],
            "lookalike_cues": [x for x in LABELS if x in looks_seen],
            "message_labels": msg_labels,
            "message_lookalikes": msg_looks,
        },
    }


def advance(t: datetime, gap: tuple | None, same_speaker: bool, length: int, rng: random.Random) -> datetime:
    """Move the clock: a written gap, else typing time within a session."""
    if gap is not None:
        unit, lo, hi, h0, h1 = gap
        n = rng.randint(lo, hi)
        if unit == "m":
            return t + timedelta(minutes=n, seconds=rng.randrange(60))
        if unit == "h":
            return t + timedelta(hours=n, minutes=rng.randrange(60), seconds=rng.randrange(60))
        day = (t + timedelta(days=n)).replace(hour=0, minute=0, second=0)
        hour = rng.randint(h0, h1) if h0 is not None else rng.randint(15, 21)
        return day + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))
    if same_speaker:
        secs = rng.randint(2, 12) + length * rng.uniform(0.15, 0.35)
    else:
        secs = rng.randint(6, 45) + length * rng.uniform(0.2, 0.5)
        if rng.random() < 0.07:
            secs += rng.randint(60, 420)
    return t + timedelta(seconds=int(secs))


def pick_style(rng: random.Random, allowed: str) -> str:
    """A writer's style for one render: as written, lowercase, or lowercase with slips."""
    if allowed == "proper":
        return "asis"
    if allowed == "casual":
        return rng.choice(["lower", "lower", "typo"])
    return rng.choices(["asis", "lower", "typo"], weights=[5, 3, 2])[0]


def restyle(text: str, style: str, rng: random.Random) -> str:
    """Write one message in the writer's style."""
    if style == "asis":
        return text
    out = text.lower()
    if out.endswith(".") and not out.endswith(".."):
        out = out[:-1]
    if style == "typo":
        out = typo(out.replace("'", ""), rng, chance=P_TYPO)
    return out


if __name__ == "__main__":
    main()
