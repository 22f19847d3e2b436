"""Compose hand-written chat scenarios into JSONL conversations for safechat.

Run from the repository root (stdlib only, deterministic):

    python3 scripts/make_conversations.py
    python3 scripts/make_conversations.py --out data/conversations --seed 20250611

Writes data/conversations/written_dev.jsonl and data/conversations/written_test.jsonl in the
record format of the shared corpora (see ../shared/data/DATA.md), plus meta fields that say
where the first flaggable contact message is and which behaviour each contact line shows.

Every scenario below was written for this project. A scenario is a short script in a small
line format, rendered a few times with different slots (names, platform, items, places, times,
ages, small-talk fillers, writing style). Dev and test use different scripts and different
filler pools, so no scenario, template or wording is shared between the two files.

The test file is for final evaluation only: never train or tune on it.

Script line format (inside the SCENARIO blocks at the bottom of this file):
    @@ id | kind | platform[,platform] | contact_role | age_lo-age_hi | filler_pool | style
    $ slot = option | option          local slot, one option chosen per render
    C: text                           contact message        K: text   child message
    C[secrecy,gifts]: text            contact message showing these behaviour labels
    C(secrecy): text                  innocent look-alike cue (recorded, never a label)
    C?: text / K?: text               optional line (kept half the time)
    ~ / ~N                            small talk from the split's filler pool (0-1 / 1-N)
    = 5-20m / = 2-6h / = 1-3d / = 1-3d@21-22   time gap before the next message
    = 0d@15-16 (first line only)      hour at which the conversation starts (default 15-20)
    {a|b|c} picks one option, {slot} fills a slot; braces nest.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conversations_more import MORE_GROOMING, MORE_INNOCENT  # scripts/ is on sys.path when run

# ---------------------------------------------------------------- defaults
REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "data" / "conversations"        # output folder (override with --out)
SEED = 20250611                                   # master seed; each record derives its own rng
RENDERS = {"dev": 3, "test": 2}                  # renders of each scenario script per split
MIN_PER_LABEL = {"dev": 70, "test": 50}          # required conversations per label per split
MIN_SCRIPTS_PER_LABEL = 25                       # required distinct scripts per label per split
MIN_MESSAGES, MAX_MESSAGES = 15, 80              # allowed conversation length
FIRST_DAY = datetime(2023, 1, 9, tzinfo=UTC)   # conversations start in [FIRST_DAY, +SPAN)
SPAN_DAYS = 880
ID_BASE = {"dev": 0, "test": 5000}               # record numbers: dev 0001.., test 5001..

LABELS = ("flattery", "personal_info", "supervision_check", "secrecy", "isolation",
          "platform_move", "gifts", "sexual_content", "image_request", "meetup", "coercion")
FLAG_LABELS = frozenset(LABELS[2:])              # flattery / personal_info alone never flag
SOURCE = {"grooming": "written_grooming", "normal": "written_innocent"}


# ---------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()

    scripts = {
        "dev": parse_block(DEV_GROOMING + MORE_GROOMING, "grooming")
        + parse_block(DEV_INNOCENT + MORE_INNOCENT, "normal"),
        "test": parse_block(TEST_GROOMING, "grooming") + parse_block(TEST_INNOCENT, "normal"),
    }
    fillers = {"dev": parse_fillers(DEV_FILLERS), "test": parse_fillers(TEST_FILLERS)}
    check_disjoint(scripts, fillers)

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
                    records.append(render(script, split, r, num, fillers[split], args.seed))
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
    op: str                      # "msg", "gap", "fill", "slot"
    speaker: str = ""            # "C" contact or "K" child
    text: str = ""
    labels: tuple[str, ...] = ()
    looks: tuple[str, ...] = ()
    optional: bool = False
    gap: tuple[str, int, int, int | None, int | None] | None = None
    fill: int = 0
    slot: tuple[str, list[str]] | None = None


@dataclass
class Script:
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
    if not raw:
        return ()
    out = tuple(x.strip() for x in raw.split(",") if x.strip())
    for x in out:
        if x not in LABELS:
            raise ValueError(f"{where}: unknown label {x!r}")
    return out


def parse_line(raw: str, where: str) -> Line:
    if raw.startswith("$"):
        name, _, opts = raw[1:].partition("=")
        return Line("slot", slot=(name.strip(), [o.strip() for o in opts.split(" | ")]))
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


def parse_block(block: str, label: str) -> list[Script]:
    scripts: list[Script] = []
    for raw in block.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("@@"):
            sid, kind, plats, role, ages, pool, style = (x.strip() for x in raw[2:].split("|"))
            lo, hi = (int(a) for a in ages.split("-"))
            if not 9 <= lo <= hi <= 15:
                raise ValueError(f"{sid}: child ages must lie in 9-15")
            scripts.append(Script(sid, label, kind, [p.strip() for p in plats.split(",")],
                                  role, (lo, hi), pool, style))
            continue
        line = parse_line(raw, scripts[-1].sid if scripts else "?")
        s = scripts[-1]
        if s.label == "grooming" and line.looks:
            raise ValueError(f"{s.sid}: look-alike marks belong to innocent scripts")
        if s.label == "normal" and line.labels:
            raise ValueError(f"{s.sid}: innocent scripts carry no behaviour labels")
        s.lines.append(line)
    ids = [s.sid for s in scripts]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate scenario id")
    return scripts


Filler = tuple[int, int, list[Line]]     # child ages it suits, and its lines


def parse_fillers(block: str) -> dict[str, list[Filler]]:
    """`@@ pool` or `@@ pool 9-11` (only for children of those ages), then the lines."""
    pools: dict[str, list[Filler]] = {}
    current: list[Line] | None = None
    for raw in block.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("@@"):
            name, _, ages = raw[2:].strip().partition(" ")
            lo, hi = (int(a) for a in ages.split("-")) if ages else (9, 15)
            current = []
            pools.setdefault(name, []).append((lo, hi, current))
            continue
        assert current is not None
        current.append(parse_line(raw, "filler"))
    return pools


def words(text: str) -> str:
    return " ".join(re.sub(r"\{[^{}]*\}", " ", text.lower()).split())


def check_disjoint(scripts: dict[str, list[Script]], fillers: dict) -> None:
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


# ---------------------------------------------------------------- rendering
BRACE_RE = re.compile(r"\{([^{}]*)\}")


def expand(text: str, slots: dict[str, str], rng: random.Random) -> str:
    def one(m: re.Match) -> str:
        inner = m.group(1)
        if "|" in inner:
            return rng.choice(inner.split("|"))
        if inner not in slots:
            raise KeyError(f"unknown slot {{{inner}}}")
        return slots[inner]

    while BRACE_RE.search(text):
        text = BRACE_RE.sub(one, text)
    return " ".join(text.split())


def render(script: Script, split: str, r: int, num: int,
           fillers: dict[str, list[Filler]], seed: int) -> dict:
    rng = random.Random(f"{seed}|{split}|{script.sid}|{r}")
    age = rng.randint(*script.ages)
    platform = script.platforms[r % len(script.platforms)] if r < len(script.platforms) \
        else rng.choice(script.platforms)
    slots = global_slots(rng, age, platform)
    contact = f"contact:{rng.getrandbits(40):010x}"
    child = f"child:{rng.getrandbits(40):010x}"
    styles = {"C": pick_style(rng, script.style), "K": pick_style(rng, "any")}
    filler_pool = list(fillers[script.pool])
    if script.pool == "peer" and platform in PLATFORMS:     # gaming talk only where people game
        filler_pool += fillers["game"]
    filler_pool = [ex for lo, hi, ex in filler_pool if lo <= age <= hi]
    rng.shuffle(filler_pool)

    # expand the script into (speaker, text, labels, looks) and gaps
    events: list[tuple] = []
    for ln in script.lines:
        if ln.op == "slot":
            name, opts = ln.slot
            slots[name] = expand(rng.choice(opts), slots, rng)
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
                            events.append(("msg", fl.speaker, expand(fl.text, slots, rng), (), ()))
        elif ln.op == "msg":
            if ln.optional and rng.random() < 0.5:
                continue
            events.append(("msg", ln.speaker, expand(ln.text, slots, rng), ln.labels, ln.looks))

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


def advance(t: datetime, gap, same_speaker: bool, length: int, rng: random.Random) -> datetime:
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
    if allowed == "proper":
        return "asis"
    if allowed == "casual":
        return rng.choice(["lower", "lower", "typo"])
    return rng.choices(["asis", "lower", "typo"], weights=[5, 3, 2])[0]


def restyle(text: str, style: str, rng: random.Random) -> str:
    if style == "asis":
        return text
    out = text.lower()
    if out.endswith(".") and not out.endswith(".."):
        out = out[:-1]
    if style == "typo":
        out = out.replace("'", "")
        toks = out.split(" ")
        for i, tok in enumerate(toks):
            if len(tok) >= 5 and tok.isalpha() and rng.random() < 0.05:
                j = rng.randrange(1, len(tok) - 2)
                toks[i] = tok[:j] + tok[j + 1] + tok[j] + tok[j + 2:]
        out = " ".join(toks)
    return out


# ---------------------------------------------------------------- slots
REGIONS = [  # (mum, Mum, money, maths, football, grade style, country)
    ("mum", "Mum", "£", "maths", "football", "uk", "the uk"),
    ("mom", "Mom", "$", "math", "soccer", "us", "the us"),
    ("mum", "Mum", "$", "maths", "footy", "au", "australia"),
]
CHILD_NAMES = ("Mia", "Leo", "Ava", "Noah", "Amara", "Zain", "Isla", "Oliver", "Priya", "Kai",
    "Chloe", "Jayden", "Sofia", "Ethan", "Layla", "Finn", "Aisha", "Lucas", "Hannah", "Mateo",
    "Grace", "Theo", "Zara", "Ryan", "Ellie", "Omar", "Lily", "Harvey", "Maya", "Sam", "Ruby",
    "Arjun", "Evie", "Caleb", "Nia", "Dylan", "Freya", "Musa", "Poppy", "Jack", "Ines", "Tomas",
    "Yusuf", "Erin", "Kofi", "Lena", "Mason", "Rosie", "Aarav", "Bella")
# friends of the child are named in lines that say "she"
FRIEND_NAMES = ("Mia", "Ava", "Amara", "Isla", "Priya", "Chloe", "Sofia", "Layla", "Aisha",
    "Hannah", "Grace", "Zara", "Ellie", "Lily", "Maya", "Ruby", "Evie", "Nia", "Freya", "Poppy",
    "Ines", "Erin", "Lena", "Rosie", "Bella")
CONTACT_NAMES = ("Jay", "Alex", "Sam", "Tyler", "Dani", "Marcus", "Kayla", "Ben", "Chris",
    "Jordan", "Nate", "Riley", "Max", "Kevin", "Liam", "Josh", "Mike", "Tom", "Ash", "Jess",
    "Drew", "Connor", "Zoe", "Luke", "Ellis", "Jamie", "Reece", "Aiden", "Callum", "Morgan",
    "Ethan", "Shay", "Rob", "Dean", "Kieran", "Lewis", "Toby", "Cam")
PETS = ("Biscuit", "Luna", "Milo", "Pepper", "Ziggy", "Bella", "Nugget", "Oreo", "Coco", "Simba")
ARTISTS = ("Olivia Rodrigo", "Taylor Swift", "Central Cee", "Sabrina Carpenter", "Billie Eilish",
           "Doja Cat", "Ice Spice", "Stray Kids", "NewJeans", "Lewis Capaldi", "Dua Lipa")
SHOWS = ("Stranger Things", "Wednesday", "Bluey", "One Piece", "Demon Slayer", "Heartstopper",
         "The Amazing Digital Circus", "Avatar", "Jujutsu Kaisen", "Ginny and Georgia")
FILMS = ("Inside Out 2", "the new Spider-Man", "Wonka", "the Mario movie", "Dune", "Wicked",
         "Kung Fu Panda 4", "Moana 2")
FOODS = ("pizza", "nuggets", "pasta", "tacos", "curry", "noodles", "burgers", "sushi")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

PLATFORMS: dict[str, dict[str, str]] = {
    "roblox": {"plat": "Roblox", "game": "{Adopt Me|Blox Fruits|Brookhaven|Murder Mystery 2|"
               "Doors|Tower of Hell|Bee Swarm|Pet Sim 99|Arsenal|Jailbreak|Dress to Impress}",
               "cur": "robux", "amt": "{400|800|1000|1700|2000}"},
    "fortnite": {"plat": "Fortnite", "game": "{zero build|box fights|creative|ranked|Reload}",
                 "cur": "V-Bucks", "amt": "{1000|1500|2800|1200}"},
    "minecraft": {"plat": "Minecraft", "game": "{bedwars|skyblock|the SMP|survival|skywars}",
                  "cur": "minecoins", "amt": "{1720|3500|990}"},
    "discord": {"plat": "Discord", "game": "{Valorant|Minecraft|Roblox|Fortnite|Genshin}",
                "cur": "Nitro", "amt": "{a month of|a year of|3 months of}"},
    "xbox": {"plat": "Xbox", "game": "{Fortnite|Minecraft|Rocket League|FC 25|Call of Duty}",
             "cur": "Xbox credit", "amt": "{£20|$25|$50|£15}"},
    "playstation": {"plat": "PlayStation", "game": "{Fortnite|Rocket League|FC 25|Call of Duty|"
                    "GTA}", "cur": "PSN credit", "amt": "{£20|$25|$50|£15}"},
    "vrchat": {"plat": "VRChat", "game": "{the club world|the horror map|a hangout world}",
               "cur": "VRChat+", "amt": "{a month of|a year of}"},
    "rec_room": {"plat": "Rec Room", "game": "{paintball|laser tag|the rec center|quests}",
                 "cur": "tokens", "amt": "{5000|2500|10000}"},
    "twitch": {"plat": "Twitch", "game": "{Minecraft|Fortnite|Roblox|Among Us}",
               "cur": "subs", "amt": "{5|10|20}"},
}


def global_slots(rng: random.Random, age: int, platform: str) -> dict[str, str]:
    mum, Mum, money, maths, footy, grade_style, country = rng.choice(REGIONS)
    if grade_style == "uk":
        grade = f"year {age - 4}"
    else:
        n = age - 5
        grade = f"{n}{'th' if n > 3 else {1: 'st', 2: 'nd', 3: 'rd'}[n]} grade"
    friend, friend2 = rng.sample(FRIEND_NAMES, 2)
    kid = rng.choice([n for n in CHILD_NAMES if n not in (friend, friend2)])
    slots = {
        "kid": kid, "friend": friend, "friend2": friend2, "me": rng.choice(CONTACT_NAMES),
        "kage": str(age), "cage": str(min(16, age + rng.choice((0, 1, 1, 2)))),
        "mum": mum, "Mum": Mum, "m": money, "country": country, "maths": maths, "footy": footy, "grade": grade,
        "pet": rng.choice(PETS), "artist": rng.choice(ARTISTS), "show": rng.choice(SHOWS),
        "film": rng.choice(FILMS), "food": rng.choice(FOODS), "day": rng.choice(DAYS[:5]),
        "wkday": rng.choice(DAYS[5:]),
        "app": rng.choice([a for a in ("Snapchat", "Telegram", "WhatsApp", "Signal")
                           if a.lower() != platform]),
    }
    for key, val in PLATFORMS.get(platform, {}).items():
        slots[key] = expand(val, slots, rng)
    return slots


# ================================================================ small-talk fillers
# One exchange per @@ line; pools "peer" (same-age or posing as same-age), "game" (added to
# "peer" on gaming platforms) and "adult".
DEV_FILLERS = """
@@ peer
C: wait what u doing rn
K: nothing just watching youtube
C: same lol
@@ game
C: did u see the update
K: no what changed
C: they nerfed literally everything
K: noooo
@@ peer
K: my brother keeps stealing the tv
C: lock him out lol
K: i wish i could
@@ peer
C: whats ur fav food
K: {food} obviously
C: valid
@@ peer
C: ugh i have a test tomorrow
K: on what
C: {maths} i think. fractions or something
K: good luck 😭
@@ peer
K: its raining so hard here
C: same it's grim
K: {footy} got cancelled
@@ peer
C: do u have pets
K: a dog called {pet}
C: cuteee
K: he's so annoying tho
@@ peer
C: what u listening to
K: {artist} mostly
C: ok good taste ngl
@@ game
K: just came 3rd in a match
C: lets gooo
K: i was so close
@@ peer
C: u watching anything good
K: rewatching {show}
C: underrated tbh
@@ game
K: my wifi is so bad rn
C: yeah ur lagging fr
K: sorry lol
@@ peer
C: school tomorrow 😭
K: dont remind me
C: i haven't done any of my homework
@@ peer
K: my {mum} made me clean my room
C: rip
K: took 2 hours
@@ game
C: u play anything else?
K: sometimes minecraft
C: nice i used to play that loads
@@ peer
K: im so tired
C: go sleep lol
K: nah one more game
@@ peer
C: hows ur day been
K: boring
C: same tbh
@@ peer
K: i got a new phone case
C: what colour
K: purple with stars on
C: sick
@@ peer
C: bro my little sister just walked in singing
K: 💀
C: she does it every day
@@ adult
C: How was school today?
K: fine
C: Just fine? 😄
K: we had PE so it was ok
@@ adult
C: Did you have a good weekend?
K: yeah went to the cinema
C: Oh nice, what did you see?
K: {film}
@@ adult
K: i think i have a cold
C: Oh no. Lots of water and an early night.
@@ adult
K: our dog ate a sock yesterday
C: Oh no 😂 Is he ok?
K: yeah he's fine
@@ adult
C: What's the new teacher like?
K: strict but funny
C: The best kind.
@@ adult
= 10-40m
K: sorry was doing homework
C: No worries at all, homework comes first.
@@ adult
C: What did you have for tea?
K: {food}
C: Nice, I'm starving now
@@ adult
C: Still listening to {artist}?
K: always
C: Haha fair enough
@@ adult
K: we had a supply teacher today
C: Were they nice?
K: kind of strict
@@ adult
C: Did the rain stop over there?
K: yeah finally
C: Good, it's still pouring here
@@ adult
C: How's {show}? Have you finished it yet?
K: two more episodes
C: No spoilers then!
@@ adult 9-12
K: i'm so bored
C: Bored is good sometimes, read a book 😉
K: lol no
@@ adult
C: Busy day?
K: kind of. loads of tests
C: You'll do great
@@ adult
C: Anything fun planned for the weekend?
K: not really
C: Sometimes a lazy weekend is the best kind
"""

TEST_FILLERS = """
@@ peer
= 10-30m
K: ok im back
C: wb
K: had to eat
@@ peer
C: yo have u done the reading thing
K: what reading thing
C: exactly 😂
@@ peer
K: my cat is sitting on my keyboard
C: let him play
K: he's better than me tbh
@@ game
C: ur so good at dodging btw
K: thanks i practised
C: teach me
@@ peer
K: my legs hurt from pe
C: sameee we did the bleep test
K: worst thing ever
@@ peer
C: did u eat yet
K: yeah {food}
C: jealous i'm having leftovers
@@ peer
K: i can't find my charger
C: check under the bed
K: found it lol it was there
@@ peer
C: what time is it there
K: like 7
C: same-ish
@@ peer
K: my friend just fell off her bike
C: is she ok
K: yeah just a scraped knee
@@ game
C: new season looks so good
K: i know!!
C: can't wait
@@ peer
K: i have to walk my dog soon
C: whats his name
K: {pet}
C: elite name
@@ peer
C: ur profile pic is funny
K: lol it's my cousin's hamster
@@ peer
K: we had a fire drill today
C: in the rain?
K: yes and it took forever
@@ peer
C: whats ur fav song rn
K: anything by {artist}
C: fair
@@ peer
K: my sister is being so loud
C: tell her to shh
K: she won't
@@ game
C: gg that round was close
K: so close
C: next one we win
@@ peer 9-13
K: lol my dad just tried to dance
C: noooo
K: it was so bad
@@ peer
C: do u like {show}
K: yes!! who's your fav character
C: too hard to choose
@@ adult 9-11
C: How did the spelling test go?
K: 18 out of 20
C: That's brilliant, well done!
@@ adult
K: we got a new puppy
C: No way! What's it called?
K: {pet}
C: Lovely name.
@@ adult
C: Did you get home before the rain started?
K: just about
C: Lucky!
@@ adult
K: i'm watching {show}
C: Is that the one with the funny sidekick?
K: kind of haha
@@ adult
C: Hope your week's going alright.
K: it's ok. long
C: Nearly the weekend at least.
@@ adult
K: i made pancakes today
C: Ooh, with what on top?
K: chocolate and banana
@@ adult
C: Did you get much sleep? You sounded tired earlier.
K: not really
C: Early night tonight then.
@@ adult
K: school trip got moved
C: Oh, to when?
K: next month
@@ adult 9-12
C: What are you reading at the moment?
K: a book about dragons
C: Sounds good!
@@ adult
C: Have you seen {film} yet?
K: not yet
C: Worth it, honestly.
@@ adult 9-11
K: my tooth came out
C: Ouch! Did it hurt?
K: nope
@@ adult 9-13
C: How's the new bike?
K: so fast
C: Helmet on, mind!
@@ adult
K: my friend is coming for tea
C: Have fun!
@@ adult
K: hello?
= 15-50m
C: Sorry, I was at the shops, just seen this.
K: its ok
"""


# ================================================================ dev: grooming scripts
DEV_GROOMING = """
@@ dg01_robux_builder | slow_trust_gifts | roblox | adult_posing_as_peer | 9-12 | peer | any
C: yo {ur build is actually so good|how did u make that build its sick|ur build is insane}
K: thanks!! took me ages
C: how long u been playing
K: like {2|3} years
C[flattery]: {ur better than most people on here honestly|ur way more creative than the people in my server}
C: wanna build something together sometime?
K: ok sure
~
C[personal_info]: how old r u btw
K: {kage}
C: oh nice im {cage}
~
= 3-6d
C: {heyy ur online|oh hey ur on}
K: hi
C: i saw u made a new one, its cool
K: ty
C[gifts]: want some {cur} for it? i have loads i dont use
K: wait fr??
C[gifts]: ya ill send u {amt}, no big deal
K: omg thank u so much
C[secrecy]: just dont say in the game chat or everyone will ask me for some lol
K: ok i wont
~2
= 5-9d
C: whats up
K: my {mum} said i have to get off soon
C[supervision_check]: does she check what u do on here?
K: not really, sometimes
C[platform_move]: u should add me on discord so we can talk when ur not in game
K: i dont have discord
C[platform_move]: its easy just download it, ill help u set it up
K?: maybe
C[secrecy]: u dont have to tell her about it, its just for talking about builds

@@ dg02_fortnite_duo_vbucks | slow_trust_gifts | fortnite,xbox | adult_posing_as_peer | 10-13 | peer | any
C: gg that last circle was crazy
K: ikr we almost won
C: u wanna duo again?
K: yeah
C[flattery]: ur aim is cracked for real
K: lol thanks
~
= 3-6h
C: back on?
K: ye
C: {what rank r u|where u at in ranked}
K: gold
C: ill carry u to plat {dw|easy}
~
C[personal_info]: what school u go to? i feel like ur from near me
K: i cant say lol
C: fair fair
= 4-7d
C: happy friday 😎
K: lol its thursday
C: whatever
C[gifts]: btw the new skin drops tomorrow, u getting it?
K: no i dont have vbucks
C[gifts]: ill gift it to u, i get {amt} a week from my job
K: are u sure??
C: yeah ur my duo its fine
C[secrecy]: dont tell ur parents tho they might think its weird that someone gifted u
K: ok
~2
= 6-10d
C: u on?
K: cant rn, on my {mum}'s phone
C[supervision_check]: oh does she read ur messages?
K: idk maybe
C[platform_move]: add my snap then, its easier. {me}_{cage}x
C[secrecy]: and maybe delete this chat after lol
K?: ok

@@ dg03_discord_art_mentor | isolation_image_request | discord | adult_mentor | 12-15 | adult | proper
C: Hi! I saw your drawing in #art-share, the one with the fox. You have real talent.
K: oh thank you!!
C: How long have you been drawing?
K: since i was like 8
C: It shows. I'm a professional illustrator, I could give you some tips if you like.
K: yes please!!
C[flattery]: Honestly your line work is better than some of my adult students.
~
C[personal_info]: How old are you, if you don't mind me asking?
K: {kage}
C[flattery]: Wow. You're very mature for {kage}.
= 1-2d
C: I've been thinking about your fox piece. Do your parents support your art?
K: not really they think its a waste of time
C[isolation]: That's a shame. A lot of parents just don't understand creative people. I do though.
K: yeah
C[isolation]: You can always talk to me about it. I get you in a way they don't.
~
= 2-3d
C: How was your day?
K: bad, argued with my {mum}
C[isolation]: I'm sorry. You deserve people who appreciate you.
C[platform_move]: Discord isn't very private. Do you have Telegram? We could talk properly there.
K: i can get it
C[image_request]: Also, send me a photo of yourself sometime so I know who I'm talking to 🙂
K: why
C[secrecy]: No reason, it's just nice. Keep it between us though, people get jealous.

@@ dg04_insta_sextortion_girl | sextortion | instagram | adult_posing_as_teen_girl | 13-15 | peer | casual
$ girl = Ellie | Sophie | Jess | Kayla | Amber
C: hey 👋 {you came up on my suggested|saw u on my explore page}
K: hey
C[flattery]: ur cute ngl
K: lol thanks
C: i'm {girl} btw, 16, from {the next town over|near you i think}
K: cool
C[personal_info]: how old r u?
K: {kage}
C: aw thats fine age is just a number 😅
= 2-5m
C[flattery]: u seem really mature for ur age
C: what u up to
K: nothing much
C[supervision_check]: r u on ur own rn?
K: ya in my room
= 1-4m
C[sexual_content]: do u ever send pics to girls 😏
K: not really
C[image_request]: send me one and ill send one back
C[image_request]: come on just a quick one, no face needed
K: idk
C[coercion]: dont be boring 😒
= 3-9m
K: ok sent
C[coercion]: ok now listen carefully
C[coercion]: i have ur pic and i have screenshots of all ur followers and family
C[coercion]: u have 30 mins to send {m}200 in {Steam|Amazon|Apple} gift cards or i send it to everyone
K: what?? please dont
C[coercion]: then pay. tick tock
K: i dont have that much
C[coercion]: then get it. i'll start with ur {mum}
C[secrecy,coercion]: tell anyone and i post it straight away

@@ dg05_snap_sextortion_money | sextortion | snapchat | adult_stranger_sextortion | 14-15 | peer | any
C: hii, quick added u, hope thats ok
K: hi who is this
C: i'm {me}, moved here last month, don't know many people yet
K: oh ok
~
C: what year r u in
K: {grade}
C: same!! thats so funny
C[flattery]: ur actually really good looking btw
K: haha thanks
= 2-6m
C[supervision_check]: r ur parents home or r u alone
K: they're downstairs
C[image_request]: show me what u look like rn
K: i posted a pic on my story
C[image_request]: no like a private one, just for me 😉
C[sexual_content]: we can have some fun, nobody will know
K: i don't think so
C[coercion]: wow ok i thought u were cool
= 4-10m
C[coercion]: fine. i already screenshotted ur story and ur friends list
C[coercion]: i'll make a fake pic of u and send it to everyone unless u send {m}150
K: that's not even me
C[coercion]: they won't know that. {m}150 or it goes to your school group chat
C[coercion]: i can wait 20 minutes
K: leave me alone
C[coercion]: sending to {friend} first then

@@ dg06_minecraft_smp_admin | privilege_grooming | minecraft,discord | adult_server_owner | 11-14 | peer | any
C: welcome to the smp! {kid} right?
K: yeah hi
C: i own the server. ur base is looking good
K: thanks
~
C[flattery]: honestly ur one of the most helpful players we have
C: been thinking of making u a helper, maybe mod later
K: omg really?
C: yeah but mods gotta be loyal, u in?
K: yes!!
= 1-3d
C: hey
C: mod talk is in a private vc, u have a mic right?
K: yeah
C[personal_info]: what time do u usually get on after school
K: like {4|half 4}
C[supervision_check]: do ur parents mind u being in vc with people?
K: they don't really know
C[secrecy]: good, better that way, they'll just worry for nothing
~2
= 2-3d
C: {the others|some of the guys} were saying u're annoying btw
K: what?? why
C[isolation]: dont worry i defended u. they're not real friends tbh, i am
K: ok thanks
C[gifts]: i got u a rank, its usually {m}15
K: tysm
C[coercion]: u owe me one now lol
C[platform_move]: download {app} so we can talk about mod stuff without the others seeing

@@ dg07_roblox_age_deception_bf | online_dating_escalation | roblox | adult_posing_as_peer | 10-12 | peer | casual
C[flattery]: hii ur avatar is so cute
K: thank u
C: want to play {game} together
K: ok
~
C[personal_info]: how old r u
K: {kage}
C: omg me too!! {kage} gang
K: lol
C: r u a boy or girl
K: why
C: just wondering lol
~
= 1-2d
C: ur online 😊
K: hiii
C[flattery]: i was waiting for u. ur honestly my favourite person on here
C: wanna be bf and gf? just on here
K: idk
C: pleaseee it's just for fun
K: ok i guess
= 1-3d
C[sexual_content]: have u ever kissed anyone
K: no lol
C[sexual_content]: would u kiss me if we met 😳
K: idk
C[platform_move]: do u have snap? this chat filters everything
K: im not allowed snap
C[secrecy]: u could make one and just not tell anyone
C[image_request]: then u could send me a pic of u, i want to see what my gf looks like
K?: maybe

@@ dg08_tiktok_talent_scout | fake_scout | tiktok,instagram | adult_fake_talent_scout | 12-15 | adult | proper
C: Hi! I work with a kids' fashion brand and we loved your videos.
K: oh wow really?
C[flattery]: Yes! You have a really natural look on camera. Have you ever modelled?
K: no never
C[flattery]: You should. Honestly you've got what brands look for.
~
C[personal_info]: How old are you and roughly where are you based?
K: {kage}, near {the city|town}
C: Perfect, we're casting for that age right now.
= 2-6h
C[image_request]: To put you forward I'd need a few photos, full length, in different outfits.
K: like what outfits
C[image_request]: Casual, a swimsuit shot and something sporty. Standard for catalogues.
K: i'd have to ask my {mum}
C[secrecy]: I'd keep it a surprise until you're signed! Parents love finding out when it's official.
~
= 1-2d
C[platform_move]: Can you message me on WhatsApp? TikTok DMs get lost. Just send your number.
K: ok
C[meetup]: If the photos go well there's a paid shoot in {the city|town} on {wkday}. I can collect you from the station.
K: can my {mum} come
C[meetup]: It's a closed set, no parents, it makes the kids nervous. It's only an hour.
C[coercion]: The spot won't stay open long, lots of kids want it.

@@ dg09_discord_vent_support | isolation_meetup | discord | adult_posing_as_older_teen | 12-15 | peer | any
C: hey saw ur post in #vent. u ok?
K: not really
C: want to talk about it? im a good listener
K: my parents are fighting again and school is horrible
C: thats a lot. im really sorry
C[flattery]: ur really easy to talk to btw, not like other people here
~
= 1d
C: how r u today
K: bit better
C: good 💛
C[personal_info]: how old r u anyway? i'm 17
K: {kage}
C[flattery]: ah ok, u seem older
= 1-2d@21-23
C: u still up?
K: yeah cant sleep
C[isolation]: ur parents dont get what its like for u, do they
K: no
C[isolation]: u dont need them. u've got me now, i'll always reply
C[secrecy]: maybe dont mention me to them tho, they'd just make it a thing
K: ok
~
= 6-12d
K: they shouted at me again
C[isolation]: honestly u deserve so much better than that house
C[meetup]: if it ever gets really bad u could come stay at mine for a bit
K: where do u live
C[meetup]: not that far, i could come get u. nobody would even have to know where u went
C[secrecy]: just dont tell anyone u talk to me, they'd try to stop it

@@ dg10_fortnite_coach_meetup | meetup_gaming | fortnite,playstation | adult_fake_pro_coach | 12-15 | peer | any
C: yo u were in my lobby, ur builds are clean
K: thanks
C: i coach comp players, done it for 3 years. could help u get to champs
K: for free?
C: yeah if ur good enough, and u are
~
= 1-2d
C: vod review today?
K: sure
C[flattery]: ur game sense is honestly better than some of my paid players
K: no way
C[personal_info]: where u based? we do lan events
K: {near the city|in the north}
~2
= 2-3d
C[gifts]: btw i've got a spare {controller|headset} from a sponsor, u want it?
K: yes!!
C[personal_info]: whats ur address ill post it
K: i'll ask my dad
C[secrecy]: nah dont bother him, its just a gift, keep it simple
= 1-2d
C[meetup]: theres a lan at a gaming cafe in {town|the city} on {wkday}. u should come, i'll pay ur ticket
K: my parents wont let me go alone
C[meetup]: tell them its with a mate from school. i'll meet u at the station
C[supervision_check]: do they track ur phone?
K: i think so
C: turn location off for the day then, easy

@@ dg11_wrong_number_befriend | slow_trust_gifts | whatsapp,sms | adult_stranger | 11-14 | adult | any
C: Hey is this Dan? It's Chris from work
K: no sorry wrong number
C: Oh no, sorry! Haha my mistake
K: its ok
C: You sound young, are you at school?
K: yeah {grade}
C: Ah that's a good year. Sorry again for bothering you
~
= 1-2d
C: Random but I hope your test went ok, you said you had one
K: oh lol it was fine
C[flattery]: Good 😊 Most people wouldn't reply to a random number, you're really kind
~
C[personal_info]: Do you usually get home before your parents?
K: yeah on weekdays
C[supervision_check]: Do they look at your phone much?
K: no
= 7-14d
C: How's your week been?
K: ok. busy
C[gifts]: Just got a {m}20 {Amazon|Roblox|Apple} card I don't need. Want it?
C[gifts]: Seriously, take it, I'd only waste it
K: thank you!!
C[secrecy]: Maybe don't mention where it came from, parents get funny about strangers even nice ones
C[secrecy]: And delete this chat so they don't worry
K?: ok

@@ dg12_roblox_limited_trade_coercion | gifts_debt_coercion | roblox | adult_posing_as_peer | 10-13 | peer | casual
C: hiii
K: hi
C: ur pets r so cute
K: thanks i've been saving for ages
C: u trading?
K: yeah what do u have
C: i have the {shadow dragon|frost dragon|bat dragon}
K: omg what do u want for it
C[gifts]: nothing lol i'll just give it u
K: WHAT are u serious
C: yeah i quit soon anyway
~
= 1-3d
C: did u like it
K: its my favourite pet!!
C[flattery]: i knew u'd look after it. ur different from the others
~
C[personal_info]: whats ur real name btw
K: {kid}
C[platform_move]: add me on discord {kid}, roblox chat is rubbish
K: i'll try
= 2-5d
C: u never added me
K: sorry i forgot
C[coercion]: after i gave u my best pet? that's kind of rude
K: sorry
C[image_request]: make it up to me, send a selfie on discord
K: why
C[coercion]: cos u owe me. or i can report ur account for scamming and u lose everything
C[secrecy]: and dont cry to ur parents about it, u'll just get in trouble for trading

@@ dg13_stream_mod_camera | privilege_image_request | twitch,discord | adult_stream_mod | 12-15 | peer | any
C: hey u were really nice in chat today, thanks for helping newbies
K: np
C: im a mod for the stream. we're looking for new mods
K: omg i'd love that
C[flattery]: u're honestly more mature than most of the adults in chat
~
C[personal_info]: how old are u? just need it for the mod form
K: {kage}
C: cool
= 1-2d
C[platform_move]: ok so mod training is on a video call
K: with who
C: just me, it's quick
C[platform_move]: do u have discord on ur phone? we'll call there
C[supervision_check]: is ur room private? need u to have no one walking in
K: i share with my brother sometimes
C[supervision_check]: do it when he's not there then, and ur parents are downstairs or whatever
~
= 1-2d
C[image_request]: also need a photo of u for the mod team channel
K: like a selfie?
C[image_request]: yeah, and one with ur camera showing ur room, to check its not a fake account
C[secrecy]: keep the mod stuff secret btw, people get jealous if they find out early

@@ dg14_snap_older_teen_party | meetup_older_teen | snapchat | older_teen_or_adult | 13-15 | peer | casual
C: yo u go to {school|the school by the park} right
K: yeah why
C[personal_info]: thought so, saw u on snap map lol
K: oh
C[flattery]: ur really pretty btw
K: thanks 😅
~
C[personal_info]: what year r u in
K: {grade}
C: nice. i'm 17, finished school last year
= 1-2d
C: big party at my mates on {wkday}
C[meetup]: u should come, i'll pick u up
K: i don't think i'm allowed
C[secrecy]: just tell ur parents u're sleeping at a friends
C[supervision_check]: do they check where u are on ur phone?
K: my {mum} does
C: just put it on ghost mode lol
~
= 1-3d
C[meetup]: so u coming? i'll be outside {the shop|the corner shop|the bus stop} at 8
K: i'm scared i'll get caught
C[isolation]: u worry too much. ur friends are boring if they never do anything anyway
C[secrecy]: nobody will know, trust me
C[coercion]: dont make me look stupid, i told everyone ur coming

@@ dg15_vr_room_alone | supervision_platform_move | vrchat,rec_room | adult_stranger_voice | 10-13 | peer | any
C[personal_info]: hey u sound young, how old r u
K: {kage}
C: thats cool, i'm {cage}
K: ur voice sounds older
C: haha yeah i get that a lot, puberty hit early lol
~
C[flattery]: ur really funny on mic, i like hanging with u
K: thanks
= 1-2d
C: u on again 😄
K: yeah
C[supervision_check]: is ur headset in ur room or in the living room?
K: my room
C[supervision_check]: nice so ur parents cant hear u
K: they're downstairs
~
C[gifts]: i'll get u {amt} {cur} if u want
K: really?
C[gifts]: yeah don't worry about it
= 2-3d
C[platform_move]: can i have ur number, its easier than waiting for u to log on
K: i don't really give my number
C[platform_move]: ok {app} then, u can use it without a number
C[secrecy]: just dont tell ur parents u've got it, they'd freak out for no reason

@@ dg16_discord_nitro_disappearing | secrecy_platform_move | discord | adult_posing_as_peer | 12-15 | peer | any
C: ur the one who drew the server banner right? its so good
K: yeah 😊
C[flattery]: u should honestly do commissions, ur better than people who charge
~
C: what else do u like
K: {show}
C: no way me too
= 1-2d
C[gifts]: got u nitro cos u deserve it, check ur gifts
K: omg thank u
C: np
~2
= 2-4d
C[personal_info]: what school do u go to? i might know people there
K: i'm not really meant to say
C: fair, respect
C[platform_move]: do u use {app}? i'd rather talk there, discord keeps logs
K: why does it matter
C[secrecy]: turn on disappearing messages, its just cleaner, no one snooping
C[supervision_check]: do ur parents ever go through ur phone?
K: sometimes
C[secrecy]: then yeah def turn them on

@@ dg17_insta_slow_compliments | slow_sexualisation | instagram | adult_stranger | 13-15 | peer | any
C: {your posts are so aesthetic|love your feed} 😍
K: thank you!!
C: where was that beach pic taken?
K: on holiday
~
= 1-2d
C[flattery]: you look so much older than {kage} in your photos btw
K: how do you know how old i am
C: it's in your bio haha
C[flattery]: you could pass for 18 honestly
~
= 2-3d
C: how was your day
K: long, exams
C: you deserve to relax
= 1-2d@21-22
C[supervision_check]: you up? parents asleep?
K: yeah why
C[sexual_content]: what are you wearing rn 😏
K: pjs lol
C[image_request]: show me? just a mirror pic
K: no that's weird
C[coercion]: i thought we were close. after all the nice things i said

@@ dg18_study_server_tutor | slow_trust_gifts | discord | adult_fake_tutor | 11-14 | adult | proper
C: Saw your question in #homework-help about equations. Want me to explain it?
K: yes please i'm so stuck
C: Okay, so you want to get x on its own. What do you do first?
K: take away 3?
C[flattery]: Exactly! You're really quick. Smarter than you think.
~
= 1-2d
C: How did the test go?
K: i got a B!
C[flattery]: That's brilliant. I'm proud of you.
C[gifts]: I'll send you a {m}10 gift card as a well done.
K: really? thank you!
~
= 2-4d
C[platform_move]: It'd be easier to explain on a video call. Do you have {app}?
K: i'd have to ask
C[supervision_check]: Are your parents strict about video calls?
K: kind of
C[secrecy]: Then let's keep it between us. Our little study secret.
C[supervision_check]: When are you usually home alone? That's the best time for focus.

@@ dg19_game_tester_job | fake_job | roblox | adult_fake_developer | 10-13 | peer | any
C: hey im a dev for {game}, looking for testers for the new update
K: really?? how
C[gifts]: you get {cur} for every test, like {amt}
K: yes i want to
~
C[personal_info]: cool, need ur age and what country ur in
K: {kage}, {country}
C[personal_info]: and a phone number for the tester group
K: idk if i'm allowed
C[gifts]: i'll send the first {cur} now so u know its real
K: got it!!
= 1-2d@15-18
C: testing is tonight at 9
C[supervision_check]: will ur parents let u stay on that late?
K: probably not
C[secrecy]: just dont tell them, its only an hour. NDA anyway, u can't tell anyone about the update
~
= 1-3d
C[platform_move]: we test on {app}, add me there
C[coercion]: if u back out now u have to pay the {cur} back

@@ dg20_minecraft_con_meetup | meetup | minecraft,discord | adult_posing_as_peer | 12-15 | peer | any
C: ur redstone build is genius
K: thanks lol
C: how'd u learn
K: youtube mostly
~
C[personal_info]: u in {country}? sounded like it in vc
K: yeah
C: me too
C[personal_info]: how old r u?
K: {kage}
C: same basically, i'm {cage}
= 2-3d
C: there's a minecraft con in {the city|town} next month
K: i wanna go so bad
C[meetup]: we should go together!! i can get tickets
K: my parents wouldn't let me
C[meetup]: ur parents don't have to come, we'll meet there
C[secrecy]: say u're going with {friend} or something
~
= 3-5d
C[isolation]: ur other friends dont even like minecraft, they wouldn't get it
C[meetup]: i'll send u the train times. meet me by the entrance at 10
C[image_request]: send me a pic so i know who to look for

@@ dg21_snap_streak_pressure | streak_pressure | snapchat | adult_posing_as_peer | 12-14 | peer | casual
C: streak 🔥
K: 🔥
C: ur so consistent lol
K: i have like 40 streaks
C: omg popular
~
= 1d
C: streak
K: 🔥
C[flattery]: ur honestly my favourite person to snap
= 1-2d@20-22
C[image_request]: send a real pic not just black screens lol
K: fine here
C[flattery]: ur actually so cute
C[supervision_check]: r u in bed? parents asleep?
K: my {mum}'s still up
~
= 1-2d@21-23
C[image_request]: send one in ur pjs
K: why
C[coercion]: we'll lose the streak if u don't send a proper one
C[coercion]: after everything i do for u, u can't send one pic?
K: i dont want to
C[secrecy]: delete it after, no one else will see
C: its literally just pjs its not a big deal

@@ dg22_account_hack_threat | account_threat_coercion | fortnite,roblox | adult_stranger_coercion | 10-13 | peer | any
C: hey is this {kid}? ur in my {game} lobby
K: yeah
C: i'm from {plat} support, ur account has been flagged
K: what? why
C: someone reported u for cheating
K: i didnt cheat!!
C: i can fix it if u verify ur account
K: how
C[personal_info]: send me ur email and the code u get
K: ok its {kid}{kage}@ and the code was 4471
= 5-15m
C[coercion]: lol thanks. i have ur account now
K: give it back!!
C[coercion]: send {m}30 in gift cards and u get it back
K: i dont have money
C[coercion]: ask ur parents. or send me a pic of urself and i'll think about it
C[image_request]: face pic now, or i delete everything on ur account
K: please just give it back
K: i'll get in so much trouble
C[secrecy,coercion]: tell anyone and its gone forever
K: ok ok wait
C[coercion]: 10 mins

@@ dg23_fake_football_scout | fake_scout_meetup | whatsapp,instagram | adult_fake_coach | 11-14 | adult | proper
C: Hi {kid}, I scout for an academy and saw your highlights video. Impressive stuff.
K: thank you!!
C: What position do you play?
K: {midfield|striker|defence}
C[flattery]: You've got a great first touch. Not many your age have that.
~
C[personal_info]: How old are you and which club are you with?
K: {kage}, just a local one
C: That's fine, lots of our players start local.
= 1-2d
C[image_request]: For the file I need some photos. One in kit, one in just shorts so we can assess your build.
K: is that normal?
C: Yes, all academies do it. Height, weight, build.
C[secrecy]: Don't mention it to your coach yet, clubs get funny about players being scouted.
~
= 2-3d
C[meetup]: We're running a private trial on {day}. I can pick you up after school.
K: can my dad come?
C[meetup]: Parents don't come to trials, it puts pressure on the kids. I'll drop you home after.
C[coercion]: This is a one-time opportunity. If you don't come I'll have to give the place to someone else.

@@ dg24_discord_roleplay_escalation | sexualised_roleplay | discord | adult_posing_as_peer | 12-15 | peer | any
C: ur rp character is so well written
K: omg thanks
C: wanna do a private rp in dms?
K: sure what about
C: maybe a school au?
K: ok
~
= 1-2d
C: *sits next to ur character in class*
K: *waves* hi
C[flattery]: ur such a good writer for ur age
C[personal_info]: how old r u irl?
K: {kage}
C: oh cool i'm 16
= 2-3d
C[sexual_content]: *leans in closer* can our characters date?
K: i guess
C[sexual_content]: would u ever do stuff like this irl 😳
K: idk
C[secrecy]: don't tell the mods we're doing this, they'd be weird about it
C[platform_move]: lets move it to {app} so it's private

@@ dg25_tiktok_live_gifter | gifts_guilt_coercion | tiktok | adult_stranger | 12-15 | adult | any
C: Hey, I'm the one who sent the lion on your live earlier 🦁
K: omg thank you so much!!
C[flattery]: You're welcome. You're so fun on camera.
K: i was so nervous lol
C: It didn't show at all! How long have you been doing lives?
K: like a month
~
C[gifts]: I'll send more next time, I like supporting small creators.
K: thank you so much
= 2-4d
C[flattery]: You're my favourite creator honestly. Not like the fake ones.
C[personal_info]: What time do you go live usually? After school?
K: yeah around 5
~
= 2-3d
C[gifts]: I've spent quite a lot on you now haha
K: i know thank you so much
C[platform_move]: Could we do a private video call instead of a live? On {app}?
K: i don't know
C[coercion]: I thought we were friends. I've been so generous
C[secrecy]: Just don't tell anyone, I don't want other viewers to be jealous.

@@ dg26_home_alone_visit | supervision_meetup | roblox,minecraft | adult_posing_as_peer | 10-13 | peer | casual
C: ur house in {game} is so cool
K: thanks i built it myself
C: wish i had ur house irl lol
K: lol
~
C[personal_info]: what area do u live in
K: {near the park|by the big supermarket|by the train station}
C: wait no way i live near there
= 1-2d
C[personal_info]: when do ur parents work?
K: my {mum} works late on {day}s
C[supervision_check]: so ur home alone then?
K: with my brother sometimes
~
= 2-3d
C[meetup]: i could come round on {day} and we could play together irl
K: idk if thats allowed
C[secrecy]: they wont be there so they wont know lol
C[personal_info]: whats ur house number
C[meetup]: i'll knock at like 5, don't tell ur brother

@@ dg27_headset_gift_address | gifts_personal_info | xbox,playstation | adult_posing_as_peer | 11-14 | peer | any
C: gg mate
K: gg
C: u wanna run it back
K: yeah one more
C: ur mic is so quiet lol
K: its a rubbish headset
C[gifts]: i literally have 2, i'll send u one
K: fr?
C: yeah i don't use it
~
C[personal_info]: what's ur address? i'll order it to u
K: i'll ask my {mum}
C[secrecy]: nah it's a surprise, just give me it
K: ok i'll dm it
= 2-3d
C: did it come?
K: yes!! it's so good thank u
C[flattery]: u deserve it tbh, ur one of the nicest people i play with
~
C[supervision_check]: did ur parents ask where it came from?
K: i said from a friend
C[secrecy]: good. keep it that way
= 1-2d
C[meetup]: i'm actually near ur area next week. we should meet at the park
C[coercion]: come on, i got u a headset, least u can do

@@ dg28_snap_map_stalker | location_meetup | snapchat | adult_stranger | 13-15 | peer | casual
C: heyy is this {kid}
K: who is this
C: friend of {friend}'s cousin lol
K: oh ok
C: we met at {friend}'s party i think? or maybe not lol
K: idk maybe
C[flattery]: ur even prettier than in ur pics
~
C: what music u into
C: saw u were at {the park|the leisure centre} earlier on the map
K: oh ye
C[personal_info]: do u go there a lot?
K: most days after school
= 1-3d
C[supervision_check]: do ur parents know u go there by urself?
K: yeah why
C[meetup]: could meet u there sometime, i'm only round the corner
K: idk
C: whats wrong
K: i dont really know u
C: u do lol we've been talking for days
C[secrecy]: don't tell {friend} tho, she'd be weird about it
C[meetup]: i'll be there at 4 tomorrow. come on ur own, it's less awkward
"""


# ================================================================ dev: innocent scripts
DEV_INNOCENT = """
@@ di01_coach_form_dropoff | coach_logistics | whatsapp,teamsnap | sports_coach | 9-13 | adult | proper
C(flattery): Hi {kid}, it's Coach {me}. Great game on Saturday, proud of how you kept going.
K: thanks coach!!
C(flattery): Honestly that second-half tackle was the best I've seen from you.
K: 😁
K: we still lost tho
C: Results come later. The effort is what I care about.
~
C: Quick one, I still need your signed tournament form.
K: i forgot it sorry
C(personal_info): No problem. What's your address? I'm passing your way tomorrow and can drop a fresh one in.
K: its {12|27|4} {Oak Road|Mill Lane|Park View}
C(supervision_check): Lovely. Will your {mum} or dad be in around 6? It needs a parent signature.
K: my {mum} will be
C: Perfect, I'll knock and hand it to her.
= 1d
C: Dropped it off, your {mum} has it. See you at training {day}.
K: thank u
~
= 2-3d
C: Reminder: training is {5|half 5} on {day}, bring water and shin pads.
K: ok
K?: can i play {midfield|up front} on saturday
C: We'll see how training goes, everyone gets a turn.
C: And tell your {mum} the kit money is due next week.
K: ok
~
= 1-2d
C: Team news for Saturday: meet at the ground at 9:15. Parents, we need two drivers for the away game.
K: my dad can drive
C: Brilliant, tell him thanks from me!

@@ di02_mum_pickup_cake | parent_logistics | whatsapp,imessage | parent | 9-13 | adult | any
= 0d@15-15
C: Hi love, how was school?
K: good we did science
C: Ooh what did you do?
K: made a volcano
C: Amazing 😄 Did it actually erupt?
K: yeah it went everywhere
~
C(supervision_check): Is Dad home yet?
K: no not yet
C(meetup): OK I'll pick you up from {friend}'s at 5. Be ready at the door please.
K: ok
K?: can we get chips
C: We'll see 😉
= 1-2h
C(secrecy): Don't tell your sister but I got her birthday cake, it's hidden in the garage 🤫
K: omg what flavour
C: Chocolate with the unicorn on top
C(secrecy): Shhh! Not a word!
K: i wont
C(image_request): Can you send me a pic of the card you made her? Want to see it before I wrap things
K: ok
K: [photo]
C(flattery): That's beautiful, you're so thoughtful
~
C: Leaving work now, see you at 5 ❤️
= 1d
C: Party plan: Grandma's coming at 2, can you keep your sister upstairs till I shout?
K: how
C: Tell her you want to show her your new game
K: ok lol
~
C(flattery): You were brilliant today, she had no idea. Thank you xx

@@ di03_aunt_costume_pickup | relative_logistics | whatsapp,messenger_kids | aunt_uncle | 9-12 | adult | any
C: Hiya sweetheart it's Auntie {me}! 💕
K: hi auntie
C: Are you excited for the school play?
K: yes i'm a tree lol
C: The best tree there ever was 🌳
K: i have one line
C: One line is plenty! What is it?
K: "the wind is coming"
C: Chills 😂
~
C(supervision_check): Is your mum home? Can you tell her I'll pick you up at 4 on {day} for rehearsal?
K: she's at work but i'll tell her
C: Thank you darling, I'll text her too.
C(image_request): Send me a pic of your costume when it's done! Grandma wants to see.
K: ok when its finished
= 1-2d
K: [photo]
C(flattery): Oh my goodness look at you!! Gorgeous
C: I've shown Grandma, she says you look very leafy 😂
~
C(meetup): See you {day} at 4, outside the main gate. I'll be in the blue car.
K: ok see you
= 2-3d
C(flattery): You were FANTASTIC tonight! Best tree in the whole show 👏
K: thank you for coming!!
C(gifts): There's a little something in your mum's bag for you, well done present
K: 😊😊

@@ di04_grandparent_birthday_money | relative_gift | whatsapp,sms,imessage | grandparent | 9-14 | adult | proper
C: Happy birthday to my favourite grandchild! 🎂🎉
K: thank you grandma!!
C(secrecy): Don't tell your cousins I said favourite 😉
K: lol i wont
C(gifts): I've sent {m}30 to your {mum}'s account for you. Spend it on something fun.
K: thank you so much!!
C: Don't spend it all on sweets.
~
C: What did you get for your birthday?
K: a new {footy} kit and some lego
C: Lovely. Your grandad says happy birthday too, he's in the garden.
C(image_request): Will you send me a photo of you with your cake?
K: ok wait
K: [photo]
C(flattery): Look at that smile! You look so grown up. {kage} already! {Where did the time go|I can't believe it}.
~
C(meetup): We'll come for lunch on Sunday, tell your {mum} we'll be there at 1.
K: ok love you
C: Love you too darling. xx
= 3-5d
C: Thank you for the lovely lunch on Sunday. Your grandad hasn't stopped talking about your {footy} skills.
K: lol he was good at keepy uppy
C: He was sore for two days after 😂
C: What did you buy with your birthday money in the end?
K: a lego set and a book
C: Very sensible. Love you xx

@@ di05_classmate_snap | peer_platform | instagram,whatsapp | same_age_friend | 11-14 | peer | casual
C: hey is this {kid} from {maths}? sorry i got ur insta from {friend}
K: yeah hi
C: do u know what the homework was? i wasnt listening lol
K: page 42 questions 1-10
C: lifesaver
~
C(platform_move): whats ur snap? its easier
K: {kid}_{kage}x
C: added u
~
C: omg did u see what happened in lunch
K: no what
C: {friend2} dropped her whole tray in front of everyone
K: noooo
C: i felt so bad but it was kinda funny
= 1-2h
C(platform_move): we're making a group chat for the history project, i'll add u
K: ok cool
C: its me, u, {friend} and {friend2}
C: we should do ours on the tudors?
K: yeah
= 1-2d
C: did u do question 7 i'm so confused
K: the answer is 3/8 i think
C: how 😭
K: u have to find the common denominator first
C: ok that makes sense actually thanks

@@ di06_surprise_party_secret | peer_secret | whatsapp,snapchat | same_age_friend | 10-14 | peer | any
C: ok so {friend}'s birthday is next {wkday}
K: yeah i know!!
C: we're doing a surprise party at mine
C(secrecy): DONT tell {friend}. and don't tell ur mum either, she'll tell {friend}'s mum lol
K: omg ok i won't
~
C(meetup): come to mine after school on {day} to help decorate?
K: i'll ask my {mum}
C: my {mum} can drive u home after, she said
~
C(gifts): we're all putting in {m}5 for a present
K: ok what are we getting
C: that hoodie she wants
C(secrecy): remember delete the messages if she borrows ur phone 😂
K: lol ok
= 1-2d
C: my {mum} said ur mum is fine with {day}
K: yay
C: this is gonna be so good
~
= 2-4d
C: ok she's coming at 3, everyone be in the kitchen by 2:45
K: what if she sees my bike outside
C: omg good point hide it round the back
K: lol ok
= 5-6h
C: SHE CRIED 😭 it worked
K: best party ever

@@ di07_friend_drawing | peer_image | discord,snapchat,messenger_kids | same_age_friend | 9-13 | peer | any
C: did u finish ur drawing of the dragon?
K: nearly
C(image_request): send me a pic of it!!
K: [photo]
C(flattery): WHAT thats so good
C(flattery): ur literally the best at drawing in our class
K: no u are
C: lol no i draw stick people
~
C: can u draw my oc next?
K: maybe, what does she look like
C: purple hair, cat ears, a sword
K: ok i'll try
~
C(image_request): send me the sketch when u start
K: ok
= 1-2d
K: [photo]
C: OMG I LOVE IT
C: can i make it my pfp
K: yeah ofc
C: ur the best
= 1-3d
C: our art teacher said we can enter the art competition
K: are u doing it
C: only if u do
K: ok lets do it together
C: yay

@@ di08_friend_come_over | peer_meetup | imessage,whatsapp,snapchat | same_age_friend | 9-13 | peer | any
C(meetup): wanna come to mine after school tomorrow?
K: yes!! what are we doing
C: my dad got a {trampoline|new switch game|karaoke machine}
K: nice
C(meetup): ask ur {mum} and my {mum} can pick us both up from school
K: ok i'll ask
~
= 1-3h
K: she said yes!
C: yayyy
C(supervision_check): is ur {mum} home now? my {mum} wants to call her about dinner
K: yeah she's in
C: ok she's calling
~
C: bring ur pjs in case we do a sleepover another time lol
K: lol
C: see u tomorrow
= 1d
C: my mum's car is the red one, we're parked by the gate
K: ok coming
= 4-5h
C: that was so fun
K: ikr ur dad's karaoke tho 😂
C: don't 😭
C: same time next week?

@@ di09_teacher_homework_photo | teacher_image | google_classroom,teams | teacher | 10-14 | adult | proper
C: Hi {kid}, I can't see your science homework on Classroom yet.
K: sorry i did it on paper
C(image_request): That's fine. Could you take a photo of it and upload it here?
K: ok
K: [photo]
C(image_request): Thank you. It's a bit blurry at the bottom, could you send one more?
K: [photo]
C(flattery): Much better. This is really good work, you explained the water cycle brilliantly.
K: thank you
~
C: One small thing: don't forget to label the diagram.
K: ok i'll fix it
K?: do i need to colour it in
C: Colour is optional, labels aren't!
C: And remind your parents that parents' evening is on {day}.
= 1d
C: Great improvement on the diagram, well done.
K: thank you miss
C: Keep it up!
= 3-6d
C: Reminder to everyone: the science quiz is next week, revision sheets are in the Classwork tab.
K: is it on the water cycle
C: Water cycle and states of matter. You'll be fine.
K: ok

@@ di10_tutor_video_lesson | tutor_logistics | whatsapp,email_chat | tutor | 10-15 | adult | proper
C: Hi {kid}, it's {me}, your {maths} tutor. Your {mum} asked me to move our lesson online this week.
K: ok
C(platform_move): We'll use Zoom. I'll send the link to your {mum}'s email as well.
C(supervision_check): Is your dad around to confirm {day} at 5 works? Or I can message your {mum}.
K: he says yes
C: Perfect.
~
C: Please have your workbook and a pencil ready. We'll do fractions and ratios.
K: ok
K?: do i need a calculator
C: Yes, bring one.
= 1-2d
C(image_request): Before the lesson, could you send a photo of page 18 so I can see what you got stuck on?
K: [photo]
C: Thanks, I can see the problem. Easy fix.
~
= 1d
C(flattery): Great lesson today, you've really improved.
K: thanks
C: Homework is questions 5 to 12. I'll email your parents the summary.
= 5-7d
C: Hi {kid}, back to in-person lessons next week at the library.
K: ok
C: Your {mum} will drop you at 5 as usual.
K: can we do the games again at the end
C: If we finish the questions, yes 😊

@@ di11_gaming_birthday_skins | peer_gift | fortnite,xbox,playstation | same_age_online_friend | 10-14 | peer | casual
= 0d@15-17
C: HAPPY BIRTHDAY {kid} 🎉🎉
K: thanks!!
C: how old r u now
K: {kage}
C: finally lol
~
C(gifts): check ur locker
K: WAIT did u gift me the skin???
C: yep, me and {friend} split it
K: omg thank u so much
C(secrecy): dont tell {friend2}, we're doing the same for {friend2}'s birthday next month
K: ok 🤐
~
C: u playing tonight?
K: after dinner
C: bet, squad up at 7
= 3-4h
C: u on?
K: 2 mins
C: ok {friend} is here too
~
= 1d
C: that win last night was crazy
K: i used the skin and won first game lol
C: lucky skin

@@ di12_teen_couple_park | teen_couple | snapchat,instagram,imessage | same_age_partner | 13-15 | peer | any
= 0d@21-22
C: goodnight 💕
K: night ❤️
= 8-12h
C: morning!! did u sleep ok
K: yeah kinda
C(flattery): u looked so nice yesterday btw
K: stopppp 😳
~
C(meetup): are u coming to the park on {wkday}? everyone's going
K: yeah my {mum} said i can til 6
C: yay
C(secrecy): dont tell {friend} i said this but i think she likes {friend2}
K: omg no way
C: i know!!
~
C: miss u already lol
K: we literally saw each other today
C: still 🙄
= 1-2d
C(image_request): send me the pic from the park of all of us
K: [photo]
C: omg we look so good
C: my mum said ur invited for tea on {day} btw
K: yay what's she making
C: probably {food} lol
K: perfect

@@ di13_scout_trip_consent | club_leader_trip | whatsapp,email_chat,band | club_leader | 10-14 | adult | proper
C: Hi all, it's {me} from Scouts. Camp is confirmed for the weekend of the 14th!
K: yay
C: I've emailed consent forms to all parents. They need to be back by {day}.
K: do we need sleeping bags
C: Yes, and a torch. Full kit list is in the email.
~
C(meetup): We'll meet at the hall at 9am on Saturday. Parents, please drop off by the front gate.
K: can we bring snacks
C: Yes, but nothing with nuts please.
C(personal_info): {kid}, can you remind me if you have any allergies? Your form was missing that bit.
K: just hayfever
C: Thanks, I'll note it. Ask your parents to add it to the form too.
= 1-2d
C(image_request): Parents, please send a recent photo of your child for the camp ID badges.
K: my {mum} sent it
C: Got it, thank you.
~
C: Pick-up is 4pm Sunday, same place. Looking forward to it!
= 3-5d
C: Thanks for a brilliant camp everyone. Photos are on the group page for parents.
K: that was the best camp ever
C(flattery): You were a great patrol leader, {kid}. Well done.
K: thank you!!

@@ di14_friend_venting | peer_venting | snapchat,whatsapp,discord | same_age_friend | 11-15 | peer | casual
C: ugh my friends are so annoying
K: what happened
C: {friend2} told everyone i fancy someone when i dont
K: thats so mean
C(isolation): ur the only one who gets me honestly
K: aw
~
C(isolation): i might stop sitting with them at lunch
K: u can sit with us
C: rlly?
K: yeah ofc
C(flattery): ur such a good friend
~
C(secrecy): dont tell anyone i said this ok
K: i wont
= 1d
C: update: we made up lol
K: good!!
C: she said sorry
C: still sitting with u tomorrow tho
K: yay
~
= 1-2d
C: do u wanna go to the cinema on {wkday} with me and {friend2}
K: what film
C: {film}
K: yes ok
C: my dad's driving

@@ di15_older_sibling_uni | sibling_chat | whatsapp,imessage | older_sibling | 10-15 | peer | any
C: oi how's home without me
K: quiet
C: lol good
C(image_request): send me a pic of {pet}, i miss him
K: [photo]
C: he's gotten so fat 😂
~
C(secrecy): don't tell mum i failed my driving test again
K: LOL ok
C: i'm telling her next week when i pass
~
C(gifts): sent u a tenner for doing my chores while i'm away
K: omg thanks
C(supervision_check): is mum home? she's not answering
K: she's at the shop
C: ok tell her to call me
~
C(meetup): i'm back next friday, dad's picking me up from the station
K: yay can we play {mario kart|fifa|smash bros}
C: obviously, prepare to lose
= 5-7d
C: PASSED 🚗
K: OMG
C: told mum, she cried lol
K: can u drive me to school
C: absolutely not 😂

@@ di16_music_teacher_video | teacher_image | whatsapp,email_chat | music_teacher | 9-14 | adult | proper
C: Hi {kid}, it's {me} from piano. How's the practice going this week?
K: ok i can do the first page
C(flattery): That's great progress!
K: the second page is so hard
C: It is, but you'll get there. Hands separately first.
~
C(image_request): Could you or your parents record a short video of you playing the first page? I'll give you some feedback.
K: ok my {mum} will film it
C: Lovely, thank you.
= 1-2d
K: [video]
C: That's really improving. Watch your left hand in bar 6, it's rushing a bit.
K: ok
C: Count it out slowly, 1-2-3-4.
~
C: Lesson moves to {day} at 4:30 next week, I've told your {mum}.
C(meetup): The exam centre is at {the college|the town hall}; please arrive with a parent 15 minutes early.
K: ok thank you
= 5-9d
K: i passed my grade 2!!!
C: I knew you would! Congratulations 🎉
C: Time to pick a new piece. Have a think about what you'd like to play.
K: can i do a film song
C: Good idea, bring some ideas on {day}.

@@ di17_dad_homework_xbox | parent_rules | whatsapp,imessage,sms | parent | 10-15 | adult | any
= 0d@15-15
C: Where are you?
K: at {friend}'s
C(personal_info): Who else is there?
K: just her and her mum
C(coercion): OK. Home by 6. And homework before Xbox, no arguments.
K: fine
~
= 2-3h
C: Did you do the homework?
K: most of it
C(coercion): Most isn't all. No Xbox until it's done.
K: ugh ok
C: I'll check when I get back.
~
C: Good job, all done. Xbox until 8 then 👍
K: yay
C(gifts,secrecy): Also I got you the new game, it's in my bag. Don't tell your brother yet.
K: YESSS
= 1d@16-18
C: School rang, you left your PE kit again 🙄
K: oops
C: I'll drop it at reception on my way to work. Last time though!
K: thank u dad
~
C(coercion): And phones downstairs at 9 tonight, school night.

@@ di18_group_project | peer_platform | teams,whatsapp,google_classroom | classmate | 11-15 | peer | any
C: hi we're in a group for the geography project
K: oh hi
C: i'm {me}, i sit behind you in form
K: oh yeah
C(platform_move): let's make a group chat, what's your number
K: 07{123|456|789} i'll add u
~
C: we should split it into parts, i'll do rivers
K: i'll do the map
C(image_request): can you send a pic of your map when it's done so i can add it to the slides
K: ok
= 1-2d
K: [photo]
C(flattery): that looks so good
~
C(meetup): can we meet in the library at lunch tomorrow to finish it?
K: yeah
= 1d
C: sir liked it!! he said ours was one of the best
K: yay
C: {friend} didn't do her bit tho 😑
K: she did the title page lol
C: a whole title page wow

@@ di19_friend_truth_or_dare | peer_chat | snapchat,instagram | same_age_friend | 12-15 | peer | casual
C: truth or dare
K: truth
C(sexual_content): have u ever liked someone in our year
K: maybe 😳
C: WHO
K: not telling
C(secrecy): i wont tell anyone i swear
K: ok but not yet
~
C: ok my turn, dare
K: text {friend2} a random emoji
C: done 😂 she replied with a potato
K: LOL
~
C: ok truth again
K: fine
C: what's the most embarrassing thing u did this year
K: fell up the stairs in front of the whole class
C: iconic
= 20-50m
C: ok i'll tell u mine first
C: i like {friend2}'s brother 😭
K: NO WAY
C(secrecy): take it to ur grave
K: 🤐

@@ di20_neighbour_babysitter | babysitter_logistics | whatsapp,imessage | known_older_teen_babysitter | 9-12 | peer | any
C: hiya it's {me} from next door! ur {mum} asked me to babysit on {wkday}
K: yay!!
C: what time do u usually go to bed lol
K: 9
C: so 10 then 😂 jk
~
C(gifts): i'll bring the popcorn
C(secrecy): don't tell ur mum about the extra cookies 🍪 (jk i'll tell her)
K: lol
~
C(supervision_check): is ur mum home? need to check what time she's back
K: she's in the shower
C: ok ask her to text me
= 1-2h
C: got it, she'll be back by 11
C: pick a film for us to watch!!
K: {film}
C: good choice
= 1-2d
C: thanks for being so good last night, ur mum said u were asleep by 9:30
K: lol i was so tired
C: i'll be round again in a few weeks 😊

@@ di21_swim_coach_video | coach_image | whatsapp,teamsnap | sports_coach | 9-14 | adult | proper
C(flattery): Hi {kid}, it's Coach {me}. Brilliant effort at the gala, you took 2 seconds off your time!
K: i know!!
C(flattery): Really proud of you.
K: my goggles came off at the start
C: I saw! You kept going anyway, that's what counts.
~
C(image_request): Could you ask your parents to film your dive at Saturday's session? Side-on is best.
K: ok i'll ask dad
C: Thanks, then I can show you what to change with your arms.
= 2-4d
K: [video]
C: Great, thanks. See how your head comes up early? Keep it tucked till your hands hit the water.
K: ok
~
C(meetup): Next gala is on the 12th. The bus leaves the pool at 7:30, parents are welcome to come along.
C: I'll send the consent form home with you.
= 1-2d
K: my dad signed the form
C: Brilliant, hand it in on Saturday.
K: do i need my own towel on the bus
C: Yes, and a snack. It's a long day.

@@ di22_adopt_me_trade_friend | peer_gift | roblox | same_age_friend | 9-12 | peer | casual
C: r u on adopt me
K: ye
C(gifts): i'm giving u my neon unicorn cos u helped me with my homework
K: NO WAY
C: yeah i got two
K: thank u thank u
~
C: wanna do the tasks together
K: ok
C: meet me at the nursery
~
C(meetup): its {friend2}'s party on {wkday} btw, my {mum} said we can go together
K: yay
~
C(platform_move): do u have messenger kids? my {mum} said i can add u
K: yeah ask ur mum to add my mum
C: ok
= 1d
C: my mum added ur mum!!
K: yay now we can call
C: what present r u getting {friend2}
K: a slime kit
C: omg she'll love that

@@ di23_cousin_visit | relative_chat | whatsapp,messenger_kids | same_age_cousin | 9-13 | peer | any
C: we're coming on {wkday}!!!!!
K: YESSS
C: my mum says we're staying till monday
~
C(meetup): can u ask ur {mum} if we can go to the trampoline park
K: i'll ask
C: pleaseee
= 1-2h
K: she said yes
C: yay
C(personal_info): whats ur new address again? dad's putting it in the sat nav
K: {14|8|31} {Birch Close|Station Road|Elm Street}
C: thanks
~
C(secrecy): don't tell grandma we're bringing the puppy its a surprise
K: NO WAY A PUPPY
C: ikr
K: whats its name
C: we can't decide, help us pick
K: {pet}!!
C: omg yes
= 1-2d
C: we're on the motorway, 1 hour
K: yay

@@ di24_stepdad_running_late | parent_logistics | sms,whatsapp,imessage | step_parent | 9-13 | adult | any
= 0d@15-15
C: Hi mate, running about 15 mins late, traffic is awful
K: ok
C(supervision_check): Are you with anyone?
K: yeah {friend} and her mum
C(meetup): Good. Wait inside the school office till I get there, not at the gate.
K: ok
~
C: Here now, black car by the bus stop
= 1-3h
C: Forgot to say, your {mum} is on a late shift so it's pizza tonight
K: YES
C(secrecy): Don't tell her we had pizza twice this week 😂
K: lol
~
C(gifts): I grabbed you that football magazine as well
K: thanks!!
= 1-2d
C: Can you check if your {mum} left her keys on the side? She's locked out
K: yeah they're here
C: Legend. She's coming back for them
K: ok

@@ di25_party_outfit_chat | peer_chat | snapchat,imessage,instagram | same_age_friend | 12-15 | peer | casual
C(sexual_content): what r u wearing to {friend}'s party
K: idk maybe my black dress or jeans
C(image_request): send me a pic of both
K: [photo]
C: the first one 100%
K: ok thanks
~
C(meetup): come to mine before and we can get ready
K: ok what time
C: like 5? my {mum} will drive us
~
C(sexual_content): i heard {friend2} is gonna ask someone out at the party 👀
K: WHO
C: no idea but i'll find out
C(secrecy): dont say anything tho
K: my lips r sealed
= 1-2d
C: ok the party was SO good
K: ikr
C: and {friend2} asked out {friend}'s brother 😭
K: i saw!!! he said yes

@@ di26_friend_minecraft_realm | peer_platform | minecraft,xbox | same_age_friend | 9-13 | peer | any
C: did u get my realm invite
K: no where is it
C: its in ur notifications
K: got it
~
C: i built a house next to yours lol
K: no way
C(platform_move): add me on discord so we can call when we play
K: i'm only allowed if my {mum} says
C: ok ask her
= 1-2h
K: she said ok but only on the family computer
C: cool
C(image_request): send a screenshot of ur farm
K: [photo]
C: nice
~
= 2-3h
C: someone blew up my house 😭
K: wasn't me
C: it was {friend2} i saw the creeper
K: lol let's rebuild it
C: ok but bigger this time

@@ di27_dance_teacher_costume | teacher_image | whatsapp,band | dance_teacher | 9-13 | adult | proper
C: Hi {kid}! Costumes for the showcase are going home this week.
K: yay!!
C(image_request): Could you or your {mum} send me a photo of you in it? I need to check the length before the dress rehearsal.
K: my {mum} will send it
K?: it's really sparkly
C: They all are this year ✨
~
C: Thank you! It fits perfectly.
C(flattery): You're going to look amazing on stage.
~
C(meetup): Dress rehearsal is {day} at 5 at the theatre. Parents can collect from the stage door at 7.
K: ok
C(secrecy): Don't tell the younger group about the surprise finale yet 😉
K: i won't!
= 2-4d
C: What a show! Thank you for all your hard work.
K: that was so fun
C: Summer term starts on the 4th. Hope to see you back!
K: yes definitely
C: Enjoy the break 😊

@@ di28_coding_club_exchange | club_leader_trip | teams,discord,email_chat | club_leader | 11-15 | adult | proper
C: Hi coding club! Next week we're doing a video call with a coding club at a school in {Spain|Kenya|Canada}.
K: cool!!
C(platform_move): We'll use the school Teams account, so you'll join from the computer room.
C: You'll each show your game for two minutes.
K: mine keeps crashing
C: Bring it on {day}, we'll debug it together.
~
C(image_request): Please send me a screenshot of your game by {day} so I can add it to the slides.
K: ok
K: [photo]
C: Nice! The jumping looks much better now.
~
C(gifts): The club's been given some Raspberry Pis, so everyone gets one to take home.
K: omg really
C(supervision_check): Yes, your parents need to sign the note first though.
= 2-4d
C(meetup): The trip to the science museum is on the 20th. Coach leaves school at 8:30.
K: do we need money
C: A packed lunch and maybe {m}5 for the gift shop if your parents are happy.
K: ok
"""


# ================================================================ test: grooming scripts
TEST_GROOMING = """
@@ tg01_bloxfruits_carry | slow_trust_gifts | roblox | adult_posing_as_peer | 9-12 | peer | any
C: need help with the raid? im max level
K: yes pls im stuck on sea 2
C: follow me, stay behind me
K: ok
C: ez 😎
K: thank youuu
~
C: u can friend me if u want, ill carry u whenever
K: ok sent
= 3-5d
C: yo wanna grind
K: yesss
C[flattery]: ur learning so fast, ur gonna be better than me soon
K: no way lol
~
C: what fruit do u want most
K: {dough|leopard|dragon}
C[gifts]: i can buy u a perm one, its like 2000 {cur}
K: thats so much 😳
C[gifts]: its fine my dad gives me loads of allowance
C[secrecy]: dont tell ur parents tho, they'll think im being weird or something
K: ok
~2
= 6-11d
C[personal_info]: what time do u get home from school usually
K: around 3:30
C[supervision_check]: and ur parents get back later?
K: my {mum} gets back at 6
C[platform_move]: cool. do u have discord or snap? roblox chat tags half my words
K: i have discord
C[platform_move]: add me, {me}{cage}, we can call while we grind

@@ tg02_fortnite_creative_map | age_deception_image | fortnite | adult_posing_as_peer | 10-13 | peer | casual
C: ur map code is fire, i played it like 5 times
K: really?? thanks
C: how did u do the traps
K: took me forever lol
C[flattery]: ur way smarter than my friends, they just spam emotes
K: lol
~
C[personal_info]: how old r u
K: {kage}
C[flattery]: wait im 14, thought u were older
C: we should make a map together
K: ok!!
= 1-3d
C: i started the build, come look
K: omg its huge
~
C[platform_move]: whats ur insta? i'll post our map there
K: i dont have one
C[platform_move]: make one, its easy, ill follow u first
= 1-2d
C[image_request]: send me a pic of u for the credits lol, every creator puts a face
K: i dont really do pics
C[coercion]: its literally for our map, dont make it weird
C[secrecy]: u dont have to show ur parents the account

@@ tg03_anime_server_egf | online_dating_escalation | discord | adult_posing_as_peer | 12-15 | peer | any
C: ur pfp is from {show} right?? best show
K: yesss finally someone gets it
C: who's ur comfort character
K: too many lol
~
C: ur actually so fun to talk to
= 1-2d@7-8
C: goodmorning 🌸
K: morning
C[flattery]: ur my favourite person on this whole server ngl
K: aww
C[personal_info]: wait how old r u again
K: {kage}
C: 16 here, close enough haha
~
= 2-4d
C: can i ask u something
K: ok
C: would u be my e-gf/e-bf? just between us
K: um maybe
C[secrecy]: don't post it on the server, people are so nosy
C[sexual_content]: have u ever had a crush on someone older 😳
K: idk
C[image_request]: i wanna see what u look like, send a pic? i'll send one too
C[platform_move]: on snap tho, not here

@@ tg04_maddie_fast_sextortion | sextortion | instagram | adult_posing_as_teen_girl | 13-15 | peer | casual
$ girl = Maddie | Lauren | Chloe | Hayley
C: hiii sorry random but ur in a pic with my cousin
K: oh who's ur cousin
C: {friend} lol small world
K: haha
C: im {girl} 🙂
~
C[flattery]: ur so fit ngl
K: 😂 thanks
C[personal_info]: r u single
K: yeah
= 2-6m
C[sexual_content]: ooh 😏 u ever done anything with anyone
K: no not really
C[image_request]: wanna swap pics? i'll go first
C[image_request]: ok ur turn, show me u, shirt off
K: idk
C: its fine its just us
= 5-15m
K: ok
C[coercion]: ha. now u do what i say
C[coercion]: i screen recorded it. ur followers list is saved
C[coercion]: {m}500 now or ur pic goes to every name on it
K: please i'm {kage} i dont have money
C[coercion]: then give me what u have. {m}100 in {Apple|Google Play|Steam} cards, codes here
C[coercion]: u have 15 min. i'm not joking
K: please stop
C[secrecy,coercion]: if u block me or tell anyone it goes out instantly

@@ tg05_snap_fake_modeling | fake_scout | snapchat,instagram | adult_fake_talent_scout | 12-15 | adult | any
C: Hey! I'm a photographer putting together a teen model portfolio.
K: oh ok
C[flattery]: Your pics are so natural. Have you ever done a shoot?
K: no
C[flattery]: You've honestly got the look brands want right now
~
C[personal_info]: What age are you? Under 16s get the best catalogue jobs
K: {kage}
C: Perfect age
= 1-3h
C[image_request]: Can you send a few snaps for the portfolio? Different angles, maybe in leggings or a swimsuit
K: i dont know
C: It's totally normal, every model starts that way
C[gifts]: I'll pay {m}50 for the first set
C[secrecy]: Keep it quiet for now, agencies hate it if you tell people before you're signed
~
= 1-2d
C[supervision_check]: Do your parents go through your phone?
K: sometimes
C[secrecy]: Then delete our chat after each convo, just to be safe
C[meetup]: When you're ready we'll do a real shoot at my studio. Just you, no distractions

@@ tg06_school_group_dm | adult_infiltration | whatsapp,snapchat | adult_stranger | 12-15 | adult | any
C: hey, you're in the {grade} group chat right? someone added me by mistake lol
K: oh yeah
C: I'm {me}, I run the youth football near there
K: oh cool
C: do you play at all?
K: a bit at lunch
C: you should come to a session sometime
~
C[flattery]: you seemed really funny in the group
K: haha thanks
= 1-2d
C: how's your week going
K: ok
C[personal_info]: which bus do you get home?
K: the 42
C[personal_info]: ah same route as me. what time?
K: like 3:40
~
= 2-3d
C[secrecy]: don't mention in the group that we chat, people might get jealous
K: ok
C[supervision_check]: do your parents know who's in your contacts?
K: not really
C[meetup]: I could give you a lift instead of the bus sometime, it's on my way
C[secrecy]: just between us though

@@ tg07_obby_helper_meetup | meetup | roblox | adult_posing_as_peer | 9-12 | peer | any
C: i can get u past stage 40 if u want
K: pls i've died like 100 times
C: lol watch me jump
K: ok got it
C: ur good at this
~
C[personal_info]: what country r u in
K: {country}
C: me too!! what city
K: i'm not allowed to say
C: ok np
= 2-3d
C: hey bestie 😄
K: hi
C[gifts]: i got u some {cur} for being the best obby partner
K: omg thank u
~
C[personal_info]: what school u go to, maybe i know it
K: i don't want to say
C[coercion]: u can trust me, i literally gave u {cur}
= 1-2d
C[meetup]: i'm going to {the big park|the arcade|the shopping centre} on {wkday}, u should come meet me
C[secrecy]: just say ur going with a friend. i am ur friend so its not a lie lol
C[supervision_check]: ur parents won't check will they

@@ tg08_bedwars_coach_gift | slow_trust_gifts | minecraft | adult_posing_as_peer | 10-13 | peer | any
C: gg u nearly got my bed
K: lol u were too fast
C: want some tips? i'm top 100 on {game}
K: yes!!
C: always buy blocks first, then a sword
~
= 1-2d
C: ur improving a lot
K: thanks to you
C[flattery]: nah ur just naturally good, most kids ur age are trash
C[gifts]: i'll buy u a rank so u get cosmetics
K: omg really
= 4-8d
C[personal_info]: u got a phone or just the pc?
K: phone too
C[platform_move]: give me ur number then, i'll text u when im on
K: um
C[secrecy]: don't worry ur parents won't see it, i'll save u under a different name
~
= 5-9d
C[supervision_check]: does anyone check ur texts?
K: not really
C[isolation]: good. ur mates never play with u anyway, i'm the only one who does

@@ tg09_left_on_read_isolation | isolation_dependency | instagram,snapchat | adult_posing_as_older_teen | 12-15 | peer | any
C: saw ur story, u ok? looked upset
K: just friend drama
C: want to vent? i'm good at listening
K: they all went to the cinema without me
C: that's so horrible
~
C[isolation]: they left u on read too? that's not how friends act
K: i guess
C[isolation]: honestly u're better off without them
= 1-2d
C: how was today
K: sat alone at lunch
C[isolation]: see, they don't deserve u. talk to me instead
C[flattery]: ur funnier and kinder than all of them
~
= 2-3d
C[personal_info]: how old r u by the way? i'm 18
K: {kage}
C[flattery]: mature for {kage} honestly
C[secrecy,isolation]: don't tell ur family about us, they wouldn't get it
C[coercion]: i need u to reply fast tho, when u ignore me it really hurts
C[platform_move]: let's use {app} from now on, it's just ours

@@ tg10_telegram_self_destruct | secrecy_platform_move | roblox,discord | adult_posing_as_peer | 11-14 | peer | casual
C: yo ur avatar drip is insane
K: lol thanks
C: what games u play besides this
K: {game} mostly
C: same
~
C[personal_info]: how old
K: {kage}
C: oh im {cage}
= 1-2d
C: we should chat somewhere better
C[platform_move]: u got telegram?
K: no whats that
C[platform_move]: just an app, download it, u can set messages to delete themselves
K: why would u want that
C[secrecy]: so no one snoops lol. parents are so nosy
~
= 1-2d
C[supervision_check]: did ur parents see u download it?
K: no
C: good. set the timer to 1 minute
C[image_request]: send me a pic of ur setup, i wanna see ur room

@@ tg11_photographer_meetup | photographer_meetup | instagram | adult_fake_photographer | 13-15 | adult | proper
C: Hi! Loved your reel from the beach, the lighting was perfect.
K: thank you, my sister filmed it
C: She's got a good eye! I'm a local photographer building my portfolio. Would you be up for a free shoot?
K: for free?
C: Yes, you'd get all the edited photos for your page.
K: that sounds cool
C[flattery]: You've got great bone structure. The camera would love you.
~
C[personal_info]: Are you local to {the city|town}? And how old are you?
K: yeah, {kage}
C: Great.
= 1-2d
C[meetup]: I was thinking a golden hour shoot by the river, {wkday} at 6?
K: can my {mum} come
C[meetup]: I work best one-on-one, it keeps models relaxed. It's a public place, don't worry.
C[gifts]: I'll even pay for your bus fare and buy you dinner after.
~
C[secrecy]: Maybe don't mention the dinner part to your parents, they'll make it complicated.
K: ok
C[image_request]: Send me a few outfit ideas beforehand, try them on and snap them for me.
K: ok
= 1d
C: Still on for {wkday}? I've scouted the spot, you'll love it.
K: i think so
C[meetup]: Great. I'll be by the bridge. Come straight from home and don't be late.

@@ tg12_lan_cafe_pickup | meetup_gaming | xbox,playstation,fortnite | adult_posing_as_older_teen | 12-15 | peer | any
C: u play {game} every night huh
K: lol yeah
C: ur one of the best randoms i've ever had
K: lol thanks
C: most randoms just leave
~
C[meetup]: me and the boys go to the PC place in town, u should come
K: how old r they
C: like 16, 17. they're chill
= 1-2d
C[personal_info]: where abouts do u live
K: {near the high street|off the main road|near the big roundabout}
C[meetup]: ah thats close, i could pick u up on {wkday}
K: u can drive?
C: yeah just passed 😎
~
C[supervision_check]: will ur parents be home?
K: my dad will
C[meetup]: i'll wait round the corner then, easier
C[secrecy]: say ur going to {friend}'s
C[gifts]: i'll pay for everything, snacks, hours, all of it

@@ tg13_older_bf_age_number | older_partner_secret | snapchat | adult_older_partner | 13-15 | peer | casual
C: heyy cutie
K: hey
C: what u doing
K: just homework
C[flattery]: ur way too pretty to be doing homework lol
K: lol stop
~
C[personal_info]: how old r u again? 14?
K: {kage}
C: i'm 19 but age is just a number right
K: i guess
= 1-2d
C[secrecy]: dont tell ur friends about us, they wont understand
C[isolation]: people our age are so immature, thats why i like u
~
= 1-3d@21-23
C[supervision_check]: u in bed?
K: yeah
C[sexual_content]: wish i was there 😏
K: lol
C[meetup]: when can i see u for real
K: idk
C[meetup]: sneak out on {wkday}, i'll wait in the car by the park

@@ tg14_sextortion_family_list | sextortion | instagram | adult_stranger_sextortion | 14-15 | peer | casual
$ girl = Bella | Ava | Sienna | Jade
C: heyyy
K: hey who is this
C: {girl}, i go to school near u 😊
K: oh
C[flattery,personal_info]: i've seen u at the bus stop, ur cute
~
C[personal_info]: what u doing tonight
K: nothing
C[supervision_check]: ur parents out?
K: no
= 1-5m
C[sexual_content]: shame, we could have some fun 😈
C[image_request]: send me something cheeky, i'll return the favour
K: like what
C[image_request]: u know what lol. video call me
= 6-15m
C[coercion]: i've got the recording now
C[coercion]: i found ur {mum} and ur sister on ur followers
C[coercion]: send {m}300 or i send them the video
K: i'm only {kage}
C[coercion]: should have thought of that. pay or it goes out
C[coercion]: how much do u have
K: like {m}40
C[coercion]: send it now, gift card, then we talk about the rest
C[secrecy,coercion]: and dont tell ur parents or i post it everywhere

@@ tg15_vbucks_debt_coercion | gifts_debt_coercion | fortnite | adult_posing_as_peer | 10-13 | peer | casual
C: ur the guy with the pickaxe dance right
K: lol yeah
C: it's so annoying i love it
C: u need vbucks?
K: lol always
C[gifts]: i'll gift u the pass
K: wait what
C: yeah consider it a gift lol
K: thank u!!!
~
= 5-8d
C[gifts]: new skin in shop, want it?
K: u dont have to
C: i want to, ur my best duo
= 1-3d
C[flattery]: ur the only one who actually listens to me
K: aw
~
C[personal_info]: u still at {grade}?
K: yeah
= 7-12d
C: remember all the vbucks i got u
K: yeah
C[coercion]: u owe me like {m}60 now
K: i thought it was a gift
C[coercion]: i'll forget about it if u send me a pic
C[image_request]: a proper one, of u
C[coercion]: or i tell ur parents u stole my card to buy skins

@@ tg16_voice_chat_facetime | platform_move_video | roblox,vrchat | adult_posing_as_peer | 10-13 | peer | any
C[flattery]: ur voice is so cute lol
K: what
C: in vc, its funny
K: oh lol
C: how old are u
K: {kage}
C: i'm {cage}, but i sound older cos i have a cold 😂
~
= 1-2d
C[platform_move]: u got facetime?
K: yeah
C[platform_move]: we should facetime instead, vc here is laggy
C[supervision_check]: are u allowed to facetime people?
K: only family
C[secrecy]: just do it in ur room with the door shut, they wont know
~
= 1-2d
C[image_request]: turn ur camera on, i wanna see if u look like ur avatar
K: no thanks
C[coercion]: why not? i thought we were friends
K: i'm not allowed
C: ok fine 😒
= 1d
C: sorry for being annoying yesterday
K: its ok
C: still friends?
K: yeah
C[platform_move]: cool. facetime later then? just audio if u want

@@ tg17_private_channel_verify | image_request_verification | discord | adult_server_admin | 12-15 | peer | any
C: hey welcome to the server!
K: thanks
C: we have a private channel for trusted members, more chill
K: what's in it
C: memes, voice, drama lol
~
C[personal_info]: how old are u? we check ages
K: {kage}
C: ok cool
C[image_request]: to get in u just need to verify, send a selfie holding a paper with ur username
K: is that normal
C: yeah loads of servers do it
~
= 1-2d
C[flattery]: ur verified 😄 you're cute btw
K: lol
C[image_request]: for the next role i need one more verification pic, full body this time
K: why full body
C: it's just the rules for the higher role
C[secrecy]: don't post about verification in general chat, its supposed to be private

@@ tg18_stream_viewer_camera | gifts_image_request | twitch,tiktok | adult_stranger | 12-15 | adult | any
C: just subbed, love the stream!
K: omg thank you!!
C: Your commentary is so funny. How long have you been streaming?
K: like 3 months
~
C[gifts]: Gifted 10 subs, you deserve more viewers
K: THANK YOU
= 1-2d
C[flattery]: You're better than most streamers twice your age
C[personal_info]: Are you allowed to stream in your room?
K: yeah
C[supervision_check]: Do your parents watch?
K: no they dont get it lol
~
= 1-3d
C[platform_move]: Could you do a private cam stream on {app}? Just for me, I'd tip really well
K: what kind of stream
C[image_request]: Just you chatting with the camera on, maybe in your comfy clothes
C[secrecy]: Keep it off the main stream, it's just our thing

@@ tg19_brothers_mate | known_by_proxy | instagram,snapchat | adult_acquaintance | 12-15 | adult | any
C: hey, it's {me}, i'm mates with your brother
K: oh hi
C: he said you're into {footy}, who do you support
K: we're the best team obviously
C: haha fair
~
C[flattery]: you're way more fun than your brother lol
K: lol
= 1-2d
C: your brother's being moody, he won't answer
K: he's always like that
C[secrecy]: don't tell him i messaged you, he'd be weird about it
~
C[personal_info]: are you home by yourself after school?
K: sometimes
C[gifts]: i'll grab you some {sweets|snacks|energy drinks} if you want
C[meetup]: i could pop over on {day}, we could play fifa
K: maybe
C[supervision_check]: just make sure your parents aren't back early
C[secrecy]: and delete this before your brother sees it

@@ tg20_pokemon_raid_meetup | meetup | pokemon_go,discord | adult_stranger | 10-13 | peer | any
= 0d@15-15
C: anyone doing the raid at 4?
K: me
C: cool we need like 3 more
C: yo u were at the raid at the park right? the one with the red jacket?
K: yeah
C: i'm in the local raid group, u can join
K: ok!
~
C[flattery]: ur so good at catching legendaries
= 1-2d
C: there's a legendary raid at the church tomorrow
K: i wanna go
C[meetup]: i'll be there, meet me by the gate at 5
K: my {mum} might come
C[isolation]: no need, it's just a raid. i'll look after u
C[supervision_check]: do ur parents check where ur phone is?
K: i think so
~
C[secrecy]: just say u're at the park, it's basically true
C[gifts]: i'll trade u my shiny if u come
K: ok maybe
C: see u at 5 then

@@ tg21_brookhaven_rp_dad | roleplay_personal_info | roblox | adult_stranger | 9-12 | peer | any
C: hi
K: hi
C: nice house, did u build the pool
K: no it came with it
C: wanna rp? i'll be the dad, u can be the kid
K: ok!!
C: *drives u to school* have a good day sweetie
K: *waves* bye dad
C: *waits outside the house*
~
C[flattery]: ur so good at rp, better than everyone else
= 1-2d
C[personal_info]: for realism, whats ur real school called?
K: why
C[personal_info]: i like to make it accurate lol. what street is ur house on?
K: i dont know
C[secrecy]: its our rp secret, nobody else needs to know
~
C[supervision_check]: r ur real parents home rn?
K: no
C[sexual_content]: *tucks u in* do u want a goodnight kiss
C[platform_move]: we should continue on {app}, roblox bans rp like this

@@ tg22_quick_add_refusal_threat | sextortion | snapchat | adult_stranger_sextortion | 13-15 | peer | casual
C: hey u popped up on my quick add
K: hi
C: how old r u
K: {kage}
C: oh cool im 16
C[flattery]: ur really cute in ur bitmoji lol
K: haha thanks
~
C[supervision_check]: r u alone rn
K: kinda
C[sexual_content]: what r u wearing 😏
K: why
C[image_request]: show me
K: no
= 2-8m
C[coercion]: wow rude
C[coercion]: i've got ur pics from ur story, i can edit them into something else
C[coercion]: send a real one or the edited ones go to ur whole school
C[coercion]: ur choice
K: i'm blocking u
C[coercion]: block me and i post them immediately

@@ tg23_beta_key_webcam | fake_job | discord | adult_fake_developer | 11-14 | peer | any
C: ur the one who found the bug in the announcements channel right
K: yeah the wall glitch
C: nice catch honestly
C: hi btw, i'm on the dev team for a new game, we're giving out beta keys
K: cool can i have one
C[gifts]: yeah, plus {m}20 of in-game credit for testers
K: yes pls
~
C[personal_info]: need age and timezone
K: {kage}, {country}
= 1-2d
C: testers do a weekly feedback call
C[image_request]: on camera, so we can see reactions to gameplay
K: do i have to
C: it's part of the deal
C[supervision_check]: can u do it when ur parents aren't in the room? they distract testers
~
C[secrecy]: and the whole beta is under NDA, so don't tell anyone, not even family
K: ok
C[coercion]: if u break the NDA u'd have to pay the credit back
= 1-2d@15-18
C[image_request]: first call is tonight at 9, be ready with ur camera
K: i might be asleep
C[coercion]: testers who miss calls lose their key

@@ tg24_clan_tryout_trip | meetup_gaming | fortnite,xbox | adult_posing_as_older_teen | 12-15 | peer | any
C: that last fight was so sweaty lol
K: i know my hands are shaking
C: u use claw?
K: no just normal
C: respect
C: we're recruiting for our clan, u interested?
K: yeah!!
C: we do tryouts, ur stats look good
K: what do i need to do
C: win 2 box fights against me lol
~
= 1-2h
C[flattery]: ur actually cracked, welcome to the clan
K: lets goooo
C: i'll add u to the clan chat, dont spam it lol
K: i wont
~
= 2-3d
C: we do an in person bootcamp in {the city|a city near u} once a term
C[meetup]: i'll pay ur train ticket, u can stay over at mine
K: i'd have to ask my parents
C[secrecy]: tell them it's a school thing, they won't say yes otherwise
C[supervision_check]: do they look at ur bank or anything? i'll send money for the ticket
~
K: i dont know
C: everyone else is coming, it'll be sick
C[gifts]: i'll send {m}40 for the ticket now
C[coercion]: if u dont come u're out of the clan tbh

@@ tg25_deepfake_threat | ai_image_coercion | instagram,tiktok | adult_stranger_sextortion | 13-15 | peer | any
C: hey
K: hi?
C: u go to {school|the academy|the high school} right? saw ur tag
K: who is this
C: doesn't matter. is this ur account?
K: yeah why
C: i have something u should see
K: what
C[coercion]: i used ur selfies to make some pics. they look real
C[coercion]: i'll send them to ur followers unless u pay
K: thats not me
C[coercion]: nobody will know that. {m}200 in gift cards
K: i dont have that
C[coercion]: {m}50 now then. and {m}50 every week
K: how do i even get gift cards
C[coercion]: the shop. go now
= 5-10m
C[coercion]: clock's ticking
K: please dont
C[image_request]: or send me real ones and i'll delete the fakes
C[secrecy,coercion]: tell anyone and they go up everywhere
K: ok ok give me a minute
C[coercion]: 10 minutes. then ur school sees them

@@ tg26_staff_application_face | privilege_image_request | minecraft,discord | adult_server_owner | 11-14 | peer | any
C: hey saw u applied for staff
K: yeah!!
C: how long have u played on the server
K: since it opened
C: og then lol
C: ur application was the best one honestly
K: omg thanks
~
C[personal_info]: need ur real age and where u live for the staff form
K: {kage}, {country}
C: cool
= 1-2d
C[image_request]: last step is face verification, send a selfie
K: do the others have to
C: yeah everyone
C[supervision_check]: will ur parents be ok with u being staff? they don't need to know tbh
~
C[secrecy]: don't tell other players ur getting staff yet
C[platform_move]: we do staff chat on {app}
K: ok i'll get it
C[gifts]: u get a free rank and {m}10 a month for modding
K: wow ok
C: welcome to the team 😎

@@ tg27_tiktok_duet_telegram | platform_move_secrecy | tiktok | adult_posing_as_peer | 12-15 | peer | casual
C: ur duet with me was so good lol
K: haha ur video was funny
C: we should do more
K: ok
~
C[flattery]: ur like the only person on here who's actually talented
K: lol stop
C[personal_info]: ur {kage} right? it says on ur profile
K: yeah
C: same 😊
= 1-3d
C[platform_move]: tiktok dms are so restricted for under 16s, u got telegram?
K: no
C[platform_move]: get it, its way better
C[supervision_check]: do ur parents have ur passcode?
K: yeah
C[secrecy]: then hide the app in a folder lol
~
= 1-2d
C: did u get it
K: yeah i'm on it now
C: yay, ok set the timer
C[image_request]: on there u can send me the pic u didn't post
K: which pic
C[image_request]: the mirror one from ur drafts lol, u showed me the corner of it
K: oh that was bad
C[flattery]: nothing u post is bad

@@ tg28_skatepark_number | slow_trust_meetup | whatsapp,sms | adult_acquaintance | 11-14 | adult | any
C: Hey it's {me} from the skatepark, you left your water bottle on the ramp
K: oh thanks
C: I'll hang onto it. You're getting good on that board btw
K: lol i fell like 10 times
C[flattery]: Everyone does. You've got guts though, more than the older lot
~
= 2-4d
C: Saw your kickflip video on the group, nice one
K: thanks!!
C[gifts]: My mate sells boards, I could get you a proper deck for nothing
K: really?
C[gifts]: Yeah, yours is falling apart. Consider it sorted
~
C[personal_info]: Are you usually at the park after school or just weekends?
K: after school mostly
C[supervision_check]: Your parents don't mind you going on your own?
K: they're at work till late
= 3-6d
C[secrecy]: Don't mention the board to your folks, they'll think they have to pay me back
K: ok
C[meetup]: I'll bring it on {day}. Come a bit earlier, before the others get there
C[meetup]: Actually easier if I pick you up, save you walking
C[secrecy]: Keep it between us, the others will be jealous you got one
"""


# ================================================================ test: innocent scripts
TEST_INNOCENT = """
@@ ti01_basketball_carpool | coach_logistics | whatsapp,teamsnap,sms | sports_coach | 10-14 | adult | proper
= 0d@19-20
C: Hey {kid}, Coach {me} here. Nice hustle at practice tonight.
K: thanks coach
C(flattery): Your free throws are way more consistent. Keep shooting at home.
K: i've been practising on the driveway
C: It shows!
~
C: We're sorting carpools for the away game on {wkday}.
C(personal_info): What's your home address? I'm putting together the route for the drivers.
K: {9|22|41} {Maple Avenue|Church Street|Hill Road}
C(supervision_check): Thanks. Are your parents home this evening? I'd like to call and check they're OK with the {Hendersons|Patels|Coopers} driving you.
K: my dad is
C: Great, I'll ring him around 7.
= 1d
C: Spoke to your dad, all sorted. Pickup at 8:15 from your house.
K: ok
~
= 2-3d
C: Great game today! That steal in the last quarter 🔥
K: we won!!!
C: You earned it. Rest up, no practice Monday.
K: yay
C: Tell your parents thanks for the half-time oranges.

@@ ti02_dad_working_away | parent_remote | whatsapp,facetime_chat | parent | 9-13 | adult | any
C: Hey champ, how's school been without me doing the run?
K: mum is always late lol
C(secrecy): Don't tell her I laughed at that 😂
~
C(platform_move): Can we FaceTime tonight? I'm free after 7 your time.
K: yes!!
C(supervision_check): Is Mum home? Ask her if 7 is OK before bed.
K: she said yes
= 5-6h
C: Great talking to you. You've grown in two weeks, I swear.
K: lol no
C(gifts): I've sent some money to Mum for a pizza night on {wkday}, my treat.
K: YES
C(secrecy): Don't tell your brother it was my idea, I want to surprise him too.
K: ok
~
= 2-3d
C(image_request): Send me a photo of the science fair project when it's done, I want to see it.
K: [photo]
C(flattery): That's brilliant! You're so much cleverer than I was at your age.
K: lol
C: Home on Friday. Save me a slice.
~

@@ ti03_uncle_concert_tickets | relative_gift | whatsapp,imessage | aunt_uncle | 11-15 | adult | any
C: Alright trouble! Guess what I got
K: what
C(gifts): Two tickets to see {artist} in the summer. One of them's for you.
K: NO WAY
K: are u serious
C: Deadly serious 😎
~
C(secrecy): Keep it quiet from your cousin for now, I'm getting hers for her birthday.
K: ok i won't say
C(supervision_check): Is your mum about? I need to check the date with her.
K: she's on the phone
C: No rush, get her to ring me back.
= 1-2h
C: Sorted with your mum. We'll drive up together and stay at Nan's.
K: this is the best day ever
~
= 2-5d
C(meetup): I'll pick you up at 3 on the day, wear comfy shoes, there's a lot of standing.
K: can we get merch
C(secrecy): One t-shirt. Don't tell your mum how much they cost 😂
K: lol deal

@@ ti04_grandad_new_phone | relative_chat | whatsapp,sms | grandparent | 9-13 | adult | proper
C: HELLO {kid} IT IS GRANDAD. IS THIS WORKING
K: hi grandad yes it works lol
C: How do I make the letters small
K: press the arrow thing
C: Ah. Better. Thank you.
~
C(image_request): Your nan wants a photo of you in your new school uniform. Can you send one?
K: [photo]
C(flattery): Very smart. You look just like your dad did.
K: lol
~
= 1-2d
C(gifts): I have put {m}20 in a card for you, your mum will bring it round.
K: thank you grandad!!
C(secrecy): Spend it wisely. Or on sweets, I won't tell 😉
C(personal_info): What time do you finish school on {day}? We might pop in on the way to the garden centre.
K: 3:15
C: Right you are.
~
= 2-3d
C: How do I send a smiling face
K: press the smiley button
C: 😀😀😀😀😀
K: perfect 😂

@@ ti05_new_classmate_walk | new_friend | snapchat,imessage,whatsapp | same_age_classmate | 10-14 | peer | any
C: hey it's {me}, the new kid in form lol
K: oh hey!
C(personal_info): what year r u in for {maths}? i'm in set 2
K: same
C: yay i'll sit with u then
~
C(personal_info): where do u live? i think we walk the same way
K: near {the chippy|the library|the bridge}
C(meetup): oh i'm like 2 streets from there. wanna walk to school together tomorrow?
K: ok! i leave at 8:10
C: i'll wait at the corner
~
= 1d
C: thanks for showing me where the lab is lol
K: np its so confusing
C: this school is a maze
~
C(platform_move): what's ur snap? everyone in form has a group
K: i'll add u to it
C: thanks!!
= 1-2d
C: is it PE tomorrow
K: yeah bring trainers
C: ugh ok

@@ ti06_sleepover_planning | peer_meetup | whatsapp,snapchat,imessage | same_age_friend | 10-14 | peer | casual
C: SLEEPOVER AT MINE ON {wkday}???
K: YES
C: my mum already said yes
C(supervision_check): ask ur mum and get her to text mine
K: ok
~
C: bring pjs and ur switch
C(secrecy): and don't tell anyone about my crush ok, i'm telling u at the sleepover
K: omg ok
~
= 2-4h
K: my mum said yes!!!
C: YAYYY
C(meetup): my dad will pick u up from school, he'll be at the front
K: ok
~
= 1-2d
C: what snacks do u want
K: popcorn and haribo
C: u have taste
= 1d
C: that was the best sleepover ever
K: i can't believe u like {friend2}!!!
C: SHHH 🤐

@@ ti07_art_teacher_exhibition | teacher_image | google_classroom,teams,email_chat | teacher | 11-15 | adult | proper
C: Hi {kid}, your portrait has been chosen for the school exhibition!
K: omg really??
C(flattery): Yes, it's one of the most expressive pieces this year.
K: thank you so much
~
C(image_request): Could you photograph it in good light and upload it? We're printing the catalogue.
K: ok
K: [photo]
C: Perfect, thank you.
~
C(personal_info): We need your full name as you'd like it to appear, and your form group.
K: {kid} {A.|B.|M.}, form {R|T|K}
C: Lovely.
= 2-4d
C(meetup): The exhibition evening is {day} at 6 in the hall. Please bring your family!
K: my {mum} and nan are coming
C: Wonderful. There'll be juice and biscuits.
~
= 1d
C: Thank you for coming tonight, lots of people asked about your piece.
K: my nan wants to buy it lol
C: Ha! It's yours to keep once the exhibition comes down.
K: when is that
C: End of the month. You can collect it from the art room.

@@ ti08_tutor_platform_camera | tutor_logistics | tutor_app,zoom_chat | tutor | 10-15 | adult | proper
C: Hello {kid}, I'm {me}, your new English tutor on the platform.
K: hi
C(platform_move): Our sessions will be on the video room in the app. Camera on is best so I can see your work.
C(supervision_check): Your parent should be nearby for the first lesson, that's the platform's rule.
K: my {mum} is here
C: Great, say hi to her for me!
~
= 1-2d
C: Today we'll look at persuasive writing.
K: ok
C(image_request): Can you hold your workbook up to the camera so I can see your paragraph?
K: ok one sec
C(flattery): That's a strong opening line. Really good.
~
C: For next time, write a letter to the council about the park.
K: do i have to
C: Yes 😄 200 words.
= 4-7d
C: Your letter made me laugh, very persuasive! Same time next week.
K: ok bye

@@ ti09_irl_friend_robux_bday | peer_gift | roblox,messenger_kids | same_age_friend | 9-12 | peer | casual
$ gift = {400|800|1000} robux
C: its ur birthday tomorrow!!!
K: i know!!
C(gifts): my mum said i can give u {gift} as ur present
K: omggg thank u
C(secrecy): dont tell {friend2}, she's getting u something too and wants it to be a surprise
K: ok
~
C(meetup): ur party is at the bowling place right? my mum's driving me
K: yeah at 2
C: yay
~
= 1d
C: HAPPY BIRTHDAY 🎂🎂🎂
K: thank youuu
C: did u get the robux
K: yes!! i bought a new outfit
C(image_request): show me ur avatar
K: [photo]
C(flattery): SO cute
= 1d
C: best party ever
K: thanks for coming!!
C: ur mum's cake was so good
K: she said u can have the leftover bit on monday
C: yesss

@@ ti10_couple_cinema_group | teen_couple | snapchat,imessage,instagram | same_age_partner | 13-15 | peer | any
C: hey 😊
K: heyyy
C: how was the maths test
K: don't ask lol
C: that bad? 😂
~
C(meetup): wanna go cinema on {wkday}? {friend} and {friend2} are coming too
K: yes!! what film
C: {film}
C(supervision_check): is ur mum ok with it? my mum can drive us back
K: i'll ask
= 1-2h
K: she said yes!
C: yesss
C(flattery): u always look nice btw, u don't have to dress up lol
K: 😳 stop
~
= 1-2d
C: that was so fun
C(image_request): send me the photo booth pics
K: [photo]
C: we look so goofy 😂
~
C: night x
K: night x

@@ ti11_youth_club_residential | club_leader_trip | whatsapp,band,email_chat | youth_worker | 12-15 | adult | proper
C: Hi all! Places for the outdoor residential are now open. 3 days of climbing and kayaking.
K: i want to go!!
C: Brilliant! Forms need a parent signature and medical details.
~
C(personal_info): {kid}, I'll need your date of birth and emergency contact on the form.
K: ok my {mum} is filling it in
C(supervision_check): Great. Can your {mum} ring me about the payment plan? Some families split it.
K: ok
= 2-4d
C(gifts): Good news, the club has funding so the trip is free for everyone this year.
K: yay
C(meetup): We leave from the youth centre car park at 8am on the Friday. Parents collect on Sunday at 5.
~
C(image_request): Parents: the centre needs a passport-style picture of each young person for their lanyard.
K: sent it
C: Thank you!
= 2-3d
C: Reminder: no phones on the climbing wall, and bring waterproofs!
K: can i share a room with {friend}
C: Rooms are groups of four, put your requests on the form and I'll do my best.
K: do we need a torch
C: Yes, good thinking.

@@ ti12_mum_location_checkin | parent_rules | whatsapp,imessage,sms | parent | 11-15 | adult | any
= 0d@17-17
C: Where are you? You said you'd text when you got to {friend}'s
K: sorry forgot. i'm here
C(platform_move): Can you turn your location sharing back on please?
K: ok done
C(personal_info): Who's there? Is her mum in?
K: yeah her mum and brother
C: OK. Have fun. Home by 7.
~
= 2h
C(coercion): It's gone 7. If you're not home in 20 minutes, no phone tomorrow.
K: omw
C: Thank you.
~
= 1d
C: Your teacher emailed, well done on the science test!
K: lol i know
C(gifts): Your pick for takeaway tonight then.
K: {food}!!
C: Done.

@@ ti13_sister_borrowed_jumper | sibling_chat | whatsapp,snapchat,imessage | older_sibling | 11-15 | peer | casual
C: did u take my grey jumper
K: no
C(image_request): send me a pic of what ur wearing rn
K: [photo]
C: THAT'S MY JUMPER
K: lol oops
~
C(secrecy): fine keep it but don't tell mum i let u, she said i'm not allowed to lend clothes
K: deal
~
= 1-2d
C(meetup): i'll pick u up from dance at 6 on {day}, mum's working
K: can we get mcdonalds
C(gifts): only if u give me the jumper back lol
K: noooo
~
C(supervision_check): is dad home? need to ask him for a lift tomorrow
K: he's in the garden
C: ok tell him to check his phone
= 1d
C: thanks for covering for me btw
K: what do i get
C: my eternal gratitude 😂

@@ ti14_choir_concert | club_leader_trip | email_chat,whatsapp,band | choir_leader | 9-13 | adult | proper
= 0d@19-20
C: Well done on rehearsal tonight, everyone. The harmonies are sounding lovely.
K: thank you!
C(flattery): {kid}, your solo has come on so much. I'm really proud of you.
K: i was so nervous
~
C(meetup): The concert is at the cathedral on {wkday}. Please arrive by 5:30 with a parent or carer.
K: what do we wear
C: Black trousers or skirt, white top. Choir scarves will be handed out.
~
C(image_request): Parents, if you'd like your child in the programme, send a head-and-shoulders photo by {day}.
K: mum's emailing it now
C: Thank you!
= 2-4d
C: What an evening. The audience loved it.
K: it went so well
C(gifts): Everyone gets a recording of the concert, I'll email the link to parents.
K: yay
~
C: Rehearsals restart after half term. Enjoy the break!

@@ ti15_friend_group_app_switch | peer_platform | snapchat,instagram | same_age_friend | 11-15 | peer | casual
C(platform_move): everyones moving the group chat to whatsapp
K: why
C(platform_move): snap keeps deleting the messages lol we lose all the plans
C(platform_move): get whatsapp and send me ur number
K: i'll ask my mum if i can
C: ok
~
= 1-2h
K: she said ok
C(platform_move): yay add me
C: ok ur in
~
C(meetup): are u coming bowling saturday
K: yeah what time
C(meetup): 2, meet outside
C(secrecy): don't tell {friend2} we're going, her mum said she can't come and she'll be sad
K: ok
= 1-2d
C: bowling was so fun
K: u got a strike!!
C: first one ever lol

@@ ti16_friend_pic_compliment | peer_chat | instagram,snapchat | same_age_friend | 12-15 | peer | casual
C: omg ur new post
K: hehe
C(flattery): u look SO nice in it, where's the top from
K: my cousin gave it me
C: iconic
~
C(image_request): send me the one u didn't post, i wanna see the other pose
K: [photo]
C: no that one's better why didn't u post it
K: idk i look weird
C: u don't!!
~
= 1d
C(meetup): ok i'm doing a photoshoot in the park with {friend} on {wkday}, wanna come
K: yes
C(meetup): meet at the swings at 2, my mum's coming to take them
~
= 1-2d
C: the pics came out SO good
K: i love them

@@ ti17_hockey_coach_kit | coach_gift | teamsnap,whatsapp,email_chat | sports_coach | 10-14 | adult | proper
C(flattery): Hi {kid}, Coach {me}. Great game, proud of you.
K: thanks!!
C(flattery): That goal was the best bit of the season.
K: i didnt even know i scored til everyone screamed
C: Ha! That's the best kind.
~
C(gifts): The club's sponsor has given everyone new training tops. I've got yours in your size.
K: yay
C(supervision_check): I'll give it to whoever picks you up on {day}, is it your mum or dad?
K: my dad
C: Perfect.
~
= 2-4d
C(meetup): Tournament is in {the next town|Riverside|Northfield} on the 8th. Minibus leaves the club at 8.
C: Parents are welcome to follow in their own cars.
K: my {mum} is coming
= 1-2d
C(image_request): Can a parent send a quick video of your drag flick from the back garden? I'll give feedback.
K: ok
~
C: Nice one. Keep your stick lower on the pull.

@@ ti18_teacher_gift_collection | peer_secret | whatsapp,snapchat | same_age_classmate | 9-13 | peer | any
C: ok so it's {friend2}'s idea but we're getting miss a leaving present
K: aww she's leaving?
C: yeah she's having a baby
C(secrecy): DON'T tell her we know
K: ok
~
C(gifts): everyone's bringing {m}2 for flowers and a card
K: ok i'll ask my mum
C(image_request): can u take a pic of the card when everyone's signed it? i'm off tomorrow
K: ok
~
= 1-2d
K: [photo]
C: aw that's so nice
C(secrecy): hide it in ur bag she can't see it
K: it's in my pe bag
C: perfect
= 1d
C: she cried when she opened it 😭
K: it was so cute

@@ ti19_aunt_abroad_facetime | relative_chat | whatsapp,facetime_chat | aunt_uncle | 9-13 | adult | any
C: Hello from {Spain|Canada|Dubai|Ireland}! 🌞
K: hiiii
C: Miss you loads. How's the new school?
K: good i have a friend called {friend}
C: Yay! I knew you'd make friends fast.
~
C(platform_move): Can we do a video call this weekend? The time difference is a pain but Sunday morning works.
C(supervision_check): Is your mum around? Ask her which time suits.
K: she said 10
C: Perfect.
= 2-4d
C: So lovely to see your face!
K: u too
C(gifts): Keep an eye on the post, there's a parcel coming for you 🎁
K: what is it
C(secrecy): Not telling! And don't open it before your birthday.
K: lol ok
~
= 1-2d
C(image_request): Did it arrive? Send me a pic when it comes
K: [photo]
C: Yay! Happy early birthday xx

@@ ti20_drama_rehearsal | club_leader_trip | whatsapp,band | drama_teacher | 10-14 | adult | proper
C: Hi cast! Extra rehearsal on Saturday, 10 till 1.
K: do we need to bring lunch
C: A snack is fine, we finish at 1.
~
C(supervision_check): {kid}, can you check your parents can collect you at 1? The building closes after.
K: my {mum} can
C: Great.
C(flattery): By the way, your scene with {friend} last week was fantastic. Really funny.
K: thank youuu
~
= 1-2d
C(image_request): Could you send a photo of your costume pieces from home? Just so I know what we still need.
K: [photo]
C: Perfect, we just need a hat.
~
= 2-4d
C: Opening night tomorrow! Be at the hall by 6 in costume.
K: i'm so nervous
C: You'll be brilliant. Break a leg!

@@ ti21_class_discord_server | peer_platform | discord,imessage | same_age_classmate | 11-15 | peer | any
C(platform_move): yo i made a discord for our form
C(platform_move): wanna join? here's the link
K: is it just our class
C: yeah just us, i'm the admin lol
~
C: we have a homework channel and a memes channel
K: lol ok
C: {friend} already posted 40 memes
~
= 1-2h
C(image_request): can u post a pic of the english homework sheet, i left mine at school
K: ok
K: [photo]
C: legend
~
= 30-90m
C(meetup): footy at the park after school on {day}? everyone from form is coming
K: i'll ask my mum
C: ok
K: she said yes til 5

@@ ti22_neighbour_cat_sitting | neighbour_errand | whatsapp,sms | neighbour | 11-15 | adult | proper
C(meetup): Hi {kid}, it's {me} from number {4|12|17}. Your mum said you might be able to feed our cat while we're away?
K: yes i'd love to!
C(supervision_check): Lovely. I'll check with your mum too, is she home now?
K: yeah she's here
C: Great, I'll pop round.
~
= 2-3h
C(gifts): We'll pay you {m}20 for the week, and there's chocolate in the fridge for you.
K: thank you!!
C: Your mum has the spare key. Just one scoop in the morning and one in the evening.
~
= 1-3d
C(image_request): Could you send us a photo of Mittens so we know she's OK? 😊
K: [photo]
C: Ahh she looks so happy. Thank you.
~
= 3-4d
C: We're home! Thank you so much, she's clearly been spoilt.
K: she's so cute
C: Your money is with your mum.

@@ ti23_friend_maths_facetime | peer_platform | imessage,whatsapp,snapchat | same_age_friend | 11-15 | peer | casual
C: do u get the {maths} homework
K: kinda why
C(platform_move): can we facetime? i don't get question 3 at all
K: ok give me 5 mins
~
= 20-40m
C: thank u sm that made sense
K: np
C(flattery): ur literally a genius
K: lol no
~
C(meetup): wanna revise together at the library on {wkday}?
K: yeah my mum can drop me
~
= 1-2h
C: did u finish the last question
K: yes
C(image_request): send me a pic of ur answer just to check mine
K: [photo]
C: omg i got the same 🎉

@@ ti24_penpal_school_program | teacher_supervised_penpal | email_chat,teams | pen_pal_same_age | 10-13 | peer | any
C: Hi {kid}! I'm {me}, your pen pal from {Sweden|Japan|Canada|Ireland}. Our teacher gave us your class's letters.
K: hi!! i'm {kid}
C(personal_info): I'm {kage}. How old are you? What's your favourite subject?
K: same age! i like art
C: Me too! I like drawing animals.
~
C(image_request): Can you send a photo of your drawing? My teacher said we can share pictures of our work.
K: [photo]
C(flattery): Wow, it's really good!
~
= 5-8d
C: We had snow today! Do you have snow?
K: no just rain lol
C: Haha. Our class is making a video for your class, our teacher will send it to yours.
K: cool
C(gifts): We are also posting you some postcards from our city.
~
= 6-10d
C: Did the postcards arrive?
K: yes! they're on our wall

@@ ti25_dad_weekend_pickup | parent_logistics | whatsapp,sms,imessage | parent | 9-14 | adult | any
C: Hey kiddo, looking forward to the weekend 😊
K: me too
C(meetup): I'll pick you up Friday at 6 from your mum's. Bring your charger this time 😂
K: lol ok
~
C(supervision_check): Is your mum home? I need to ask her about Sunday drop-off.
K: she's at work
C: No worries, I'll text her.
~
= 1-2d
C: Got any ideas for Saturday?
K: trampoline park!!
C: Deal.
C(secrecy): I've got a surprise for you, but you'll have to wait till Friday 🤫
K: what is it
C: Wait and see
= 1-2d
C(gifts): Surprise is new {footy} boots, they're in the car
K: NO WAY
~
= 1-2d
C: Love you, see you in 5.
K: i can see ur car
C: Come on then, slowcoach 😄

@@ ti26_school_esports_club | club_leader_trip | discord,teams | teacher | 12-15 | adult | proper
C: Welcome to the school esports club server! Please use your school name as your nickname.
K: done
C: Our first match against {Oakfield|St Mary's|Northgate} is on {day} after school in the IT suite.
~
C(flattery): {kid}, you were the best in trials. Want to be team captain?
K: yes!!!
C(supervision_check): Great. I'll need a parent to sign the consent form for after-school matches.
K: ok
~
= 2-4d
C(meetup): Away match next week. The school minibus leaves at 3:30, home by 6.
K: are snacks allowed
C: Yes, but no energy drinks, school rules.
~
C(gifts): The sponsor is giving each player a team jersey.
K: yay
= 1-2d
C: GG everyone. We won 3-1! Proud of you all.
K: that last round was so close
C(flattery): It was! Great calls as captain, {kid}.
K: thank you sir
C: Practice is {day} as usual. Bring your own headset if you have one.

@@ ti27_friend_lost_phone | peer_chat | instagram,messenger_kids,whatsapp | same_age_friend | 10-14 | peer | casual
C: it's {friend} on my mum's phone, i lost mine 😭
K: omg where
C: i think on the bus
K: did u ring it
C: it's off
~
C(secrecy): don't tell anyone at school i lost it, i'll get teased
K: i won't
C(meetup): can u come with me to the bus station tomorrow to check lost property? my mum's driving
K: yeah ok
~
= 1d
C: FOUND IT 🎉
K: yayyy
C: someone handed it in
C(platform_move): ok back on my own phone, msg me here now
K: ok
~
C(image_request): send me the pics from the weekend i lost them all
K: [photo]
C: thank uuu

@@ ti28_friend_falling_out | peer_venting | whatsapp,snapchat,instagram | same_age_friend | 11-15 | peer | casual
C: can i rant for a sec
K: ofc
C: {friend2} and the others made a new group chat without me
K: wait what why
C: idk they're being so fake
C(isolation): honestly ur the only one i can trust rn
K: aw i'm always here
~
C(isolation): i'm not even going to sit with them tomorrow
K: sit with me and {friend}
C: ok thank u 🥺
C(secrecy): pls don't say anything to them, i don't want more drama
K: i won't
= 1d
C: ok so it was for {friend2}'s surprise birthday thing 😭
K: LOL
C: i feel so bad for saying they were fake
K: u didn't know
~
C: i'm still sitting with u tho
K: obviously
= 1-2d
C(meetup): my mum said u can come for pizza on {wkday} if ur mum's ok with it
K: i'll ask!!
C: yay

@@ ti29_sleepover_gossip | peer_chat | snapchat,imessage | same_age_friend | 13-15 | peer | casual
C: ok u have to tell me everything about the party
K: what do u want to know lol
C(sexual_content): did {friend2} actually kiss that boy from the other school??
K: i'm not saying
C: that means yes 😭
C(secrecy): i won't tell a soul i promise
~
C(sexual_content): do u like anyone rn
K: maybe
C: is it someone in our form
K: no comment
C: ur so annoying lol
~
= 1d
C(sexual_content): what are u wearing to the end of year disco
K: probably my blue top
C(image_request): send a pic i need ideas
K: [photo]
C(flattery): cute!! i'm stealing that idea
~
C(meetup): my mum is driving, we'll pick u up at 7
K: ok
"""


if __name__ == "__main__":
    main()
