"""Message-level behaviour labels on REAL chat lines: keyword rules, seeded samples, hand review.

The shared corpora only carry conversation labels. This script
  1. proposes behaviour labels on single chat lines with keyword/regex rules (RULES below),
  2. draws seeded samples of lines:
       train: Perverted-Justice predator lines (rule-hit lines stratified per label + non-hit
              lines) and lines from normal chats (BYU chit-chat contact lines, NPS chat lines);
       dev:   the same kinds of lines from dev.jsonl.gz (other predators, users and sessions),
  3. applies the hand review stored next to the outputs:
       data/real_lines/train_overrides.json   corrections to the rule proposals (train),
                                               keyed "<conversation id>#<message index>";
                                               lines not listed keep their rule proposal
       data/real_lines/test_hand_labels.json  a hand label for EVERY dev line (no fallback
                                               to the rules: the test set is a benchmark)
  4. writes records by reference (no corpus text is copied into the repository):
       data/real_lines/train_labels.jsonl, data/real_lines/test_labels.jsonl
       {"split", "id", "index", "labels", "reviewed", "rule_labels"}

The review was done line by line by the helper agent that wrote this script (an AI model, one
annotator); see data/real_lines/README.md. The rules and sampling defaults are FROZEN: changing
them changes the samples, and the build then refuses the (now stale) review files.

Run from the repository root:
    .venv/bin/python -m training.label_real_lines [--data PATH]
Resolve the referenced text with -m training.resolve_real_lines.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from safechat.tools.corpus import data_folder

# ---------------------------------------------------------------- defaults
REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "data" / "real_lines"
TRAIN_OVERRIDES = OUT_DIR / "train_overrides.json"     # hand corrections of rule proposals (train)
TEST_HAND_LABELS = OUT_DIR / "test_hand_labels.json"   # hand labels for every test line (dev)
SEED = 20240611                                        # one seed for every draw below

# train: Perverted-Justice predator lines (source pj_koutli2023, field `messages`)
TRAIN_PJ_PER_LABEL = 155      # rule-hit lines drawn per label (rarest label first)
TRAIN_PJ_TOTAL = 3000         # rule-hit lines + non-hit lines
TRAIN_PJ_CAP_PER_CONV = 4     # at most this many lines per predator per label / for non-hits
# train: normal conversations (chit-chat: the contact's lines; NPS: every line of a room window)
TRAIN_NORMAL = {"chitchat_byu_ccc": (350, 650), "nps_chat": (175, 325)}   # (rule-hit, non-hit)
TRAIN_NORMAL_CAP_PER_CONV = 2
# test (dev split)
TEST_PJ_PER_LABEL = 32        # about 60% rule-hit ...
TEST_PJ_TOTAL = 600           # ... and about 40% non-hit
TEST_PJ_CAP_PER_CONV = 2      # small caps spread the lines over many predators
TEST_NORMAL = {"chitchat_byu_ccc": (50, 80), "nps_chat": (30, 40)}
TEST_NORMAL_CAP_PER_CONV = 2
MAX_SAME_TEXT = 2             # at most this many copies of one normalised text per sample

LABELS = [
    "flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
    "gifts", "sexual_content", "image_request", "meetup", "coercion",
]

# ---------------------------------------------------------------- rules
# Patterns run on normalised text (lower case, straight quotes, runs of 3+ equal letters cut
# to 2). They were written for this project for 2000s netspeak ("u", "ur", "r", "ya").
# They only PROPOSE labels; every sampled line was then read by hand.
Y = r"(?:you|u|ya|yu|yah|ye)"                 # you
YR = r"(?:your|ur|yur|yer|ya)"                # your
ARE = r"(?:are|r|re)"
PARENT = r"(?:mom|mum|mommy|mother|ma|dad|daddy|father|pa|parents?|folks|step ?(?:mom|dad)|grand(?:ma|pa|mother|father|parents?)|granny|aunt|uncle|family)"

RULES: dict[str, list[str]] = {
    # compliments on looks, maturity, being special
    "flattery": [
        (rf"\b{Y}(?:'re| {ARE}|re|r)? (?:so |very |really |rly |such an? |soo |too |the )*"
        r"(?:cute|pretty|beautiful|beautifull|gorgeous|hot|sexy|adorable|cutie|stunning|lovely"
        r"|mature|special|perfect|amazing|awesome|sweet|smart|angel|a doll|a sweetheart)\b"),
        (r"\bur (?:so |very |really |soo |such an? )*(?:cute|pretty|beautiful|gorgeous|hot|sexy"
        r"|adorable|mature|special|perfect|amazing|sweet|smart|angel)\b"),
        r"\b(?:so|very|really|soo) (?:cute|pretty|beautiful|gorgeous|hot|sexy|adorable|mature)\b",
        r"\b(?:hey|hi|hello|morning|night|nite|bye|thanks|thx) (?:there )?(?:cutie|beautiful|gorgeous|sexy|hottie|angel|princess|pretty)\b",
        r"\bmature for\b|\bolder than (?:your|ur) age\b|\b(?:act|seem|sound|look)s? (?:a lot )?older\b",
        r"\b(?:nice|great|cute|pretty|beautiful|sexy|hot) (?:pic|pics|picture|photo|smile|eyes|body|legs|hair|face)\b",
        r"\b(?:cutie|hottie|gorgeous)\b",
        r"\bspecial (?:to|for) me\b|\bone of a kind\b|\bnot like (?:other|most) girls\b",
    ],
    # asks age, school, area, routine, phone number, when the child is alone
    "personal_info": [
        r"\ba/?s/?l\b|\blocation\b|\bwhere ?abouts\b",
        rf"\bhow old\b|\b{YR} age\b|\bwhat age\b|\bage\?",
        rf"\bwhat (?:grade|year)\b|\bwhich grade\b|\bwhat school\b|\bwhich school\b|\bgrade {ARE} {Y}\b",
        rf"\bwhere (?:do |d |{ARE} |did )?{Y} (?:live|from|located|stay|at|go to school)\b|\bwhere {Y} at\b",
        r"\bwhat (?:city|town|state|area|part|street|county|neighbou?rhood)\b|\bzip\b|\baddress\b|\baddy\b",
        rf"\b{YR} (?:number|#|cell|digits)\b|\bphone (?:number|#|no)\b|\bcell (?:number|#)\b",
        (rf"\b(?:what time|when) (?:do|does|will|did|r|are|is) (?:{Y}|school|{YR} school) "
        r"(?:get|go|come|be|leave|start|finish|out|off|back|home)"),
        rf"\b{ARE} {Y} (?:home )?(?:alone|by {YR}self|by yourself)\b|\bhome alone\b|\balone\?",
        rf"\bwhat do {Y} do after school\b|\bafter school\?",
    ],
    # are parents around, who checks the phone/computer
    "supervision_check": [
        (rf"\b(?:{YR}|the) {PARENT}\b.{{0,30}}\b(?:home|there|around|gone|away|asleep|sleeping|at work"
        r"|working|back|leave|leaving|left|check|checks|know|knows|find out|see|catch|watch|mad|let)\b"),
        rf"\b(?:is|are|r|will|when|where) (?:{YR}|the) {PARENT}\b",
        (rf"\b(?:check|checks|read|reads|look at|looks at|go through|goes through|monitor|monitors) "
        rf"(?:{YR}|the) (?:phone|computer|pc|messages|texts|history|cell|e-?mails?|laptop|screen)\b"),
        rf"\bwho(?:'s| is)? (?:home|there|with {Y})\b|\b(?:any ?one|any ?body|some ?one) (?:else )?(?:home|there|around)\b",
        rf"\b(?:can|could) {Y} (?:get|sneak) out\b|\b(?:get|got|getting) caught\b",
    ],
    # keep it secret, delete chats, don't tell
    "secrecy": [
        r"\bdon'?t tell\b|\bdo not tell\b|\bdnt tell\b|\bnot (?:to )?tell\b|\bwon'?t tell\b|\bno telling\b",
        r"\bsecret\b|\bbetween (?:us|you and me|u and me|me and you|me and u)\b|\bjust between\b",
        r"\b(?:delete|erase|clear)\b",
        r"\b(?:no ?one|no ?body|no 1) (?:can|will|has to|needs to|should|must|gonna|else)? ?(?:know|find out)\b",
        rf"\b(?:can'?t|cant|won'?t|wont|doesn'?t|never|not) (?:find out|know about)\b|\bwithout (?:{YR}|anyone) (?:{PARENT}|knowing)\b",
        rf"\b(?:don'?t|not|never) (?:let )?(?:anyone|any ?body|{PARENT}) (?:know|see|find)\b",
        r"\bsneak\b|\bhide (?:it|this|that)\b|\bkeep (?:it|this|that) (?:quiet|down low|to ?(?:your|ur)self)\b",
    ],
    # turns the child against family/friends, exclusivity, demands attention
    "isolation": [
        (rf"\b{YR} (?:{PARENT}|friends?|bf|boyfriend)\b.{{0,30}}\b(?:don'?t|doesn'?t|never|wont|won'?t) "
        r"(?:care|understand|love|get|listen|deserve)\b"),
        rf"\bonly (?:me|one for me|talk to me|mine|one i|one u|one you)\b|\b{Y}(?:'re| {ARE}| r)? mine\b|\ball mine\b|\bjust (?:us|you and me|u and me|me and you)\b",
        r"\b(?:don'?t|dont|do not) (?:need|talk to|chat with) (?:them|anyone|any ?body|other|others|those)\b",
        rf"\b(?:no ?one|no ?body) (?:else )?(?:understands|cares about|loves|gets) {Y}\b|\blike i do\b",
        r"\b(?:other|another|any other) (?:guys?|boys?|men|man|dudes?)\b|\bcheat(?:ing)? on me\b|\bjealous\b",
        rf"\b(?:ignor(?:e|ing)) me\b|\bwhy (?:{ARE} {Y}|aren'?t {Y}|didn'?t {Y}|{Y} not) (?:answer|talk|repl|ignor)",
    ],
    # move to phone, text, another app, e-mail, cam chat
    "platform_move": [
        rf"\b(?:call|text|txt|phone|ring|message|msg|im|pm|email|e-mail) (?:me|{Y})\b|\bcall (?:back|later|tonight|tomorrow)\b",
        rf"\b(?:give|gimme|send|get) (?:me )?{YR} (?:number|#|cell|digits|e-?mail|addy|sn|screen ?name)\b",
        r"\b(?:my|his|her) (?:cell|number|#|phone)\b|\bcell ?phone\b|\bphone number\b|\bvoice ?mail\b",
        r"\b(?:myspace|facebook|fb|msn|aim|yahoo|skype|kik|snap(?:chat)?|whatsapp|messenger|icq|hotmail|gmail|aol|ym)\b",
        r"\badd me\b|\bsn\b|\bscreen ?name\b|\bvideo (?:chat|call)\b|\bvoice (?:chat|call)\b|\bon the phone\b",
        r"\b(?:my|the) (?:cam|webcam|web cam)\b",
    ],
    # money, gifts, items
    "gifts": [
        rf"\b(?:buy|bought|bring|send|get|give|gift|treat|spoil)(?:ing|s)? {Y} (?:a |an |some |something|anything|whatever|stuff|new|presents?|gifts?|clothes|dinner|food|lunch|ice cream)",
        r"\b(?:money|cash|dollars|bucks|gift ?cards?|present|presents|gift|gifts|robux|allowance)\b|\$\s?\d",
        rf"\bpay (?:for|{Y})\b|\bi(?:'ll| will|ll) (?:buy|pay)\b|\bbuy {Y}\b",
        r"\b(?:beer|alcohol|liquor|vodka|wine|smokes|cigarettes|cigs|weed)\b",
    ],
    # sexual questions, innuendo, talk about sex or the child's body
    "sexual_content": [
        r"\bsex(?:y|ual|ually)?\b|\bhorny\b|\bnaked\b|\bnude\b|\bvirgin\b|\bkiss(?:ed|es|ing)?\b|\bmake ?out\b|\bmake love\b",
        r"\bboobs?\b|\bbreasts?\b|\btits?\b|\bbra\b|\bpant(?:ies|y)\b|\bunderwear\b|\bthong\b|\blingerie\b",
        r"\bdick\b|\bcock\b|\bpenis\b|\bpussy\b|\bvagina\b|\bclit\b|\bass\b|\bbutt\b|\bnipples?\b",
        r"\bf+u+c+k+(?:ing|ed)?\b|\bsuck(?:ing|ed)? (?:it|on|my|your|ur|me|him)\b|\blick\w*\b|\bcum\w*\b|\borgasm\b|\bmasturbat\w*|\bjerk(?:ing)? off\b",
        r"\bblow ?job\b|\bbj\b|\boral\b|\b69\b|\bcondoms?\b|\bpregnant\b|\bspank\w*\b|\bstrip\w*\b",
        rf"\bwhat {ARE} {Y} wearing\b|\bturn(?:s|ed)? (?:{Y} |me )on\b|\bturned on\b|\bwet\b|\bin bed\b",
        rf"\btouch(?:ing|ed)? (?:{Y}|{YR}|me|my|it|her|him|ur ?self|yourself)\b|\bcuddl\w*\b|\bfeel (?:good|so good)\b",
        rf"\bshaved?\b|\b{YR} body\b|\bnaughty\b|\bdirty\b|\bkinky\b|\bon top\b|\bhook(?:ed)? up\b",
    ],
    # asks for photos, video, live camera of the child
    "image_request": [
        r"\b(?:pic|pics|pix|picture|pictures|photo|photos|foto|fotos|pik|piks|snapshot|selfie)\b",
        r"\b(?:cam|webcam|web cam|camera|video|vid)\b",
        rf"\b(?:show|let) me (?:see )?(?:{Y}|{YR})\b|\bsee (?:what )?{Y} look like\b|\bwhat (?:do|does) {Y} look like\b",
    ],
    # arranging an offline meeting
    "meetup": [
        r"\bmeet(?:ing|up)?\b|\bcome (?:over|get|see|by|down|up|visit|pick)\b|\bpick (?:you|u|ya) up\b",
        r"\bvisit\b|\bin person\b|\birl\b|\bin real life\b|\bface to face\b",
        r"\bdrive (?:to|down|up|over|out)\b|\bon my way\b|\bi(?:'m| am|m) (?:outside|parked|leaving now)\b",
        rf"\b{YR} (?:house|place|town|school|area)\b|\bmy (?:place|house|apartment|apt|car)\b",
        r"\b(?:motel|hotel)\b|\b(?:stay|spend) the night\b|\bsleep ?over\b|\bgo out with me\b",
        rf"\bsee (?:{Y}|each other) (?:tomorrow|tonight|today|soon|this|next|on|at|in)\b|\bbe there\b|\bget together\b",
    ],
    # guilt, pressure, compliance tests, threats, demands
    "coercion": [
        r"\b(?:come on|c'?mon|cmon)\b|\bplea+se+ plea+se+\b|\bpl[sz]+ ?pl[sz]+\b",
        rf"\b{Y} promised\b|\b{Y} (?:said|told me) {Y}(?:'d| would)\b|\bprove (?:it|that|to me)\b",
        rf"\b(?:if|unless) {Y} (?:don'?t|dont|won'?t|wont|do not)\b|\bor (?:else|i'?ll|i will)\b",
        rf"\b{Y} (?:owe me|have to|must|better|need to|gotta)\b|\bdo what i say\b|\bdo it now\b|\bjust do it\b",
        rf"\b(?:don'?t|dont) {Y} trust me\b|\b{Y} (?:don'?t|dont) (?:trust|love|care about|like) me\b",
        r"\b(?:i'?m|im) (?:hurt|disappointed|upset|mad at you|angry)\b|\bwaste (?:of )?my time\b|\bforget it\b",
        rf"\b(?:tell|show|post|send) (?:{YR}|every ?one|all) (?:{PARENT}|friends|school|every ?one)\b",
        r"\b(?:scared|chicken|baby|tease)\?|\bdon'?t be (?:scared|shy|a baby|chicken|afraid)\b|\blast chance\b",
    ],
}

_COMPILED = {lab: re.compile("|".join(f"(?:{p})" for p in pats)) for lab, pats in RULES.items()}
_RUNS = re.compile(r"([a-z])\1{2,}")


def normalise(text: str) -> str:
    """Lower case, straight quotes, letter runs of 3+ cut to 2 ("soooo" -> "soo")."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _RUNS.sub(r"\1\1", text)


def rule_labels(text: str) -> list[str]:
    """Labels whose rules match the line, in canonical label order."""
    norm = normalise(text)
    return [lab for lab in LABELS if _COMPILED[lab].search(norm)]


# ---------------------------------------------------------------- corpus lines
Line = tuple[str, int, str, str, list[str]]          # (conversation id, index, source, text, rules)


def data_dir(cli: str | None) -> Path:
    """--data, else SAFECHAT_DATA, else ../shared/data (one resolver: safechat.tools.corpus)."""
    folder = data_folder(cli)
    if folder is None:
        raise SystemExit("shared data not found: pass --data PATH or set SAFECHAT_DATA")
    return folder


def read_conversations(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for raw in fh:
            yield json.loads(raw)


def corpus_lines(path: Path) -> tuple[list[Line], list[Line]]:
    """PJ predator lines, and normal-chat lines (chit-chat contact lines, all NPS lines)."""
    pj: list[Line] = []
    normal: list[Line] = []
    for conv in read_conversations(path):
        src = conv["source"]
        for i, msg in enumerate(conv["messages"]):
            text = msg.get("text") or ""
            if not text.strip():
                continue
            if src == "pj_koutli2023" and msg["author"] in conv["predator_authors"]:
                pj.append((conv["id"], i, src, text, rule_labels(text)))
            elif src == "chitchat_byu_ccc" and msg["author"] == conv["target_author"] or src == "nps_chat":
                normal.append((conv["id"], i, src, text, rule_labels(text)))
    return pj, normal


# ---------------------------------------------------------------- sampling
def _take(cands: list[Line], n: int, cap: int, chosen: dict, per_conv: Counter,
          seen_text: Counter) -> int:
    """Take up to n lines from shuffled cands; two passes: first with the per-conversation cap."""
    got = 0
    for use_cap in (True, False):
        for line in cands:
            if got >= n:
                return got
            key = (line[0], line[1])
            norm = normalise(line[3]).strip()
            if key in chosen or seen_text[norm] >= MAX_SAME_TEXT:
                continue
            if use_cap and per_conv[line[0]] >= cap:
                continue
            chosen[key] = line
            per_conv[line[0]] += 1
            seen_text[norm] += 1
            got += 1
    return got


def sample_pj(lines: list[Line], per_label: int, total: int, cap: int, rng: random.Random) -> list[Line]:
    """Rule-hit lines stratified per label (rarest label first), then non-hit lines up to total."""
    chosen: dict = {}
    seen_text: Counter = Counter()
    freq = Counter(lab for line in lines for lab in line[4])
    for lab in sorted(LABELS, key=lambda l: (freq[l], l)):
        cands = [line for line in lines if lab in line[4]]
        rng.shuffle(cands)
        _take(cands, per_label, cap, chosen, Counter(k[0] for k, v in chosen.items() if lab in v[4]), seen_text)
    non_hit = [line for line in lines if not line[4]]
    rng.shuffle(non_hit)
    _take(non_hit, total - len(chosen), cap, chosen, Counter(), seen_text)
    return sorted(chosen.values(), key=lambda l: (l[0], l[1]))


def sample_normal(lines: list[Line], plan: dict[str, tuple[int, int]], cap: int,
                  rng: random.Random) -> list[Line]:
    chosen: dict = {}
    seen_text: Counter = Counter()
    for src, (n_hit, n_non) in plan.items():
        for want_hit, n in ((True, n_hit), (False, n_non)):
            cands = [line for line in lines if line[2] == src and bool(line[4]) == want_hit]
            rng.shuffle(cands)
            _take(cands, n, cap, chosen, Counter(), seen_text)
    return sorted(chosen.values(), key=lambda l: (l[0], l[1]))


def draw_samples(data: Path) -> dict[str, list[Line]]:
    """All four samples, deterministic for a given SEED and corpus."""
    out: dict[str, list[Line]] = {}
    pj, normal = corpus_lines(data / "train.jsonl.gz")
    out["train_pj"] = sample_pj(pj, TRAIN_PJ_PER_LABEL, TRAIN_PJ_TOTAL, TRAIN_PJ_CAP_PER_CONV, random.Random(SEED))
    out["train_normal"] = sample_normal(normal, TRAIN_NORMAL, TRAIN_NORMAL_CAP_PER_CONV, random.Random(SEED + 1))
    pj, normal = corpus_lines(data / "dev.jsonl.gz")
    out["test_pj"] = sample_pj(pj, TEST_PJ_PER_LABEL, TEST_PJ_TOTAL, TEST_PJ_CAP_PER_CONV, random.Random(SEED + 2))
    out["test_normal"] = sample_normal(normal, TEST_NORMAL, TEST_NORMAL_CAP_PER_CONV, random.Random(SEED + 3))
    return out


# ---------------------------------------------------------------- build outputs
def key_of(conv_id: str, index: int) -> str:
    return f"{conv_id}#{index}"


def check_labels(labels: list[str], where: str) -> list[str]:
    bad = [lab for lab in labels if lab not in LABELS]
    if bad:
        sys.exit(f"unknown label(s) {bad} at {where}")
    return [lab for lab in LABELS if lab in labels]


def load_json(path: Path) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n" for rec in records)


def build(data: Path) -> None:
    samples = draw_samples(data)
    overrides = load_json(TRAIN_OVERRIDES)
    hand = load_json(TEST_HAND_LABELS)

    train_lines = samples["train_pj"] + samples["train_normal"]
    train_keys = {key_of(l[0], l[1]) for l in train_lines}
    stale = sorted(set(overrides) - train_keys)
    if stale:
        sys.exit(f"{len(stale)} train override(s) reference lines not in the sample, e.g. {stale[0]}")
    train = []
    changed = 0
    for cid, idx, _src, _text, rules in train_lines:
        k = key_of(cid, idx)
        labels = check_labels(overrides.get(k, rules), k)
        changed += labels != rules
        train.append({"split": "train", "id": cid, "index": idx, "labels": labels,
                      "reviewed": True, "rule_labels": rules})

    test_lines = samples["test_pj"] + samples["test_normal"]
    test_keys = {key_of(l[0], l[1]) for l in test_lines}
    missing = [k for k in (key_of(l[0], l[1]) for l in test_lines) if k not in hand]
    extra = sorted(set(hand) - test_keys)
    if missing or extra:
        sys.exit(f"test hand labels: {len(missing)} line(s) unlabelled, {len(extra)} stale key(s)")
    test = [{"split": "dev", "id": cid, "index": idx,
             "labels": check_labels(hand[key_of(cid, idx)], key_of(cid, idx)),
             "reviewed": True, "rule_labels": rules}
            for cid, idx, _src, _text, rules in test_lines]

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    write_jsonl(OUT_DIR / "train_labels.jsonl", train)
    write_jsonl(OUT_DIR / "test_labels.jsonl", test)
    print(f"train: {len(train)} lines ({len(samples['train_pj'])} PJ, {len(samples['train_normal'])} normal), "
          f"{changed} rule proposals changed by review")
    print(f"test:  {len(test)} lines ({len(samples['test_pj'])} PJ, {len(samples['test_normal'])} normal)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="folder with train.jsonl.gz and dev.jsonl.gz")
    args = ap.parse_args()
    build(data_dir(args.data))


if __name__ == "__main__":
    main()
