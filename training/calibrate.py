"""Calibrate a trained bundle: label thresholds, act-now thresholds, and the conversation layer.

Called by training.train after export; no command of its own. Everything here is fitted on TRAIN-split
material the message model never trained on (prepare.conversation_holdout) and on held-out
calibration lines, never on dev, so dev stays a measurement:

1. label thresholds: per label, the best-F1 threshold on the calibration lines (written template
   families and real conversations held out of training);
2. the conversation risk: a logistic regression over the Conversation's own evidence features
   (decayed label evidence, distinct labels, message-risk summaries), fitted on snapshots of
   `train` conversations (PJ predators vs chitchat, NPS rooms and VTPAN segments) streamed
   through the real `Conversation` class, plus the written dev chats;
3. act-now thresholds and the conversation threshold, chosen together by coordinate ascent: the
   values that warn the most grooming conversations (train PJ, written dev grooming) while the
   warned share of each normal source stays within budget (train chitchat 0.5%, NPS rooms 5%,
   written dev innocent chats 2.5%: about half the targets, to leave room for the shift to dev).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
from safechat import Guard
from safechat.labels import ACT_NOW, CONTEXT, LABELS, PATTERN
from safechat.policy import (
    ALWAYS_UNGATED,
    CONTACTS,
    DEFAULT_POLICY,
    FEATURES,
    Policy,
    conversation_risk,
    decide,
    features,
)
from safechat.tools.corpus import ReplayClock, contact_of, events, pace, read_records
from safechat.tools.manifest import write_manifest

from training.prepare import ROOT, conversation_holdout

# -- defaults -----------------------------------------------------------------------------------
SEED = 1234
PJ_MESSAGES = 300  # contact messages streamed per PJ predator
PER_SOURCE = {"pj_koutli2023": 200, "chitchat_byu_ccc": 700, "nps_chat": 108, "pan12_vtpan_val_en_constien": 500}
# share of conversations allowed to warn, per normal source: a quarter of the targets for chit-chat
# and NPS rooms, half for the written innocent chats. (1.2.0 used half everywhere; with the 1.3.0
# weights that calibration let 1.9% of dev chit-chat warn against 0.5% on the held-out train chats,
# so the budget was tightened once, knowingly after reading that dev figure; the model card says so.)
BUDGET = {"chitchat_byu_ccc": 0.0025, "nps_chat": 0.025, "written_innocent": 0.025}
SNAPSHOTS = (3, 5, 10, 20, 40, 80, 160, 300)  # contact messages at which features are sampled
# The evidence floor and the running-mean weight are held at the values 1.2.0's wider search chose
# (floors 0.95-0.98, weights 0.15-0.25): with every conversation streamed twice (as recorded and
# daily-paced) the full grid no longer fits a 2-core build; the gate and the ungated labels are searched.
FLOORS = (0.95,)  # candidate evidence floors (lower ones break the budgets)
EMAS = (0.15,)  # candidate weights of a new message in the running mean of message risk
GATES = (0.0, 0.5, 0.7, 0.85, 0.93, 0.97)  # candidate conversation risks below which one act-now message stays quiet
# Every conversation is streamed twice: as recorded, and daily-paced (sessions of a few contact
# messages a day apart), so the budgets and the recall hold on a child's real timescale too.
PACES = ("none", "daily")
# Labels a calibration may leave ungated for an unknown contact beyond the product rule's own
# (ALWAYS_UNGATED): tried both ways, kept only if the budgets still hold.
OPTIONAL_UNGATED = ("sexual_content",)
# DOMAIN.md: "one confident message is enough" for an act-now alert. One message alerts only when
# the model is at least this sure, whatever recall a lower value buys on the calibration chats:
# false alarms on look-alikes by other authors were several times those on the calibration chats,
# and the crisis flow ("don't pay, don't send more") is the most alarming thing a child can see.
MIN_ACT = dict.fromkeys(ACT_NOW, 0.9)
PASSES = 2  # rounds of coordinate ascent
SPEED_P = 0.02  # per message: a first warning at message 50 counts about half of one at message 1
L2 = 1.0


def label_thresholds(probs: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    """Per label, the threshold with the best F1 on held-out calibration lines (0.30-0.90).

    (Averaging the F1 of written and real lines instead was tried for 1.2.0: with few real
    positives per label it chose higher thresholds and lowered real-line macro-F1 on dev.)
    """
    out = {}
    for j, label in enumerate(LABELS):
        best, best_t = -1.0, 0.5
        for t in np.round(np.arange(0.30, 0.91, 0.02), 2):
            pred = probs[:, j] >= t
            tp = float((pred & (gold[:, j] == 1)).sum())
            f1 = 2 * tp / max(1.0, pred.sum() + gold[:, j].sum())
            if f1 > best + 1e-9:
                best, best_t = f1, float(t)
        out[label] = best_t
    return out


def _stream(guard: Guard, record: dict, mode: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[tuple]]:
    """Features after each contact message, each message's act-now label probabilities, risk and
    flagged labels, with every message arriving live at its (paced) time."""
    clock = ReplayClock()
    chat = guard.conversation(clock=clock)
    feats, acts, risks, flagged = [], [], [], []
    for e in pace(events(record), mode, str(record.get("id", ""))):
        clock.now = e.at
        if not e.incoming:
            chat.send(e.text, at=e.at)
            continue
        c = guard.classify(e.text)  # scored once: the conversation takes the same result
        chat.receive_scored(c, e.at)
        f = chat.features
        feats.append([f[name] for name in FEATURES])
        acts.append([c.labels[label] for label in sorted(ACT_NOW)])
        risks.append(c.risk)
        flagged.append(c.flagged)
        if len(feats) >= PJ_MESSAGES:
            break
    return (np.array(feats).reshape(-1, len(FEATURES)), np.array(acts).reshape(-1, len(ACT_NOW)), np.array(risks),
            flagged)


def with_ema(feats: np.ndarray, risks: np.ndarray, alpha: float) -> np.ndarray:
    """Recompute the running mean of message risk (as the Conversation keeps it) for another weight."""
    out = feats.copy()
    col = FEATURES.index("risk_mean")
    mean = 0.0
    for i, r in enumerate(risks):
        mean = (1 - alpha) * mean + alpha * float(r)
        out[i, col] = mean
    return out


def _fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (numpy only)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], L2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + reg * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta[:-1], float(beta[-1])


def recount(feats: np.ndarray, floor: float) -> np.ndarray:
    """Recompute the distinct-label counts of feature rows for another evidence floor."""
    out = feats.copy()
    evidence = feats[:, : len(LABELS)]
    for name, group in (("n_context", CONTEXT), ("n_pattern", PATTERN), ("n_act", ACT_NOW)):
        cols = [LABELS.index(label) for label in group]
        out[:, FEATURES.index(name)] = (evidence[:, cols] >= floor).sum(1)
    return out


def choose_thresholds(traj: dict, weights: np.ndarray, bias: float, thresholds: dict, floor: float,
                      gate: float = 0.0, ungated: frozenset = ALWAYS_UNGATED["unknown"]
                      ) -> tuple[tuple[dict, dict], float, float]:
    """Act-now thresholds and the conversation threshold, chosen together by coordinate ascent.

    The objective is early recall: the mean over grooming sources of each conversation's speed
    factor 2 / (1 + exp(p (k - 1))) at its first warning k (0 when never warned), subject to the
    warned share of every normal source staying within its budget.

    The search needs each conversation's first warning for thousands of candidate thresholds, so
    it uses running maxima and binary search over the streamed features: a vectorised form of
    safechat.policy.decide (calling it per message per candidate would take hours). It is a
    search aid only: :func:`check_search` replays the chosen thresholds through decide itself,
    and the build fails when a budget does not hold by the runtime's own count.
    """
    acts_order = sorted(ACT_NOW)
    i_pat, i_act = FEATURES.index("n_pattern"), FEATURES.index("n_act")
    never = 10**9
    table: dict[str, list[tuple[list[np.ndarray], int, np.ndarray]]] = {}
    for source, convs in traj.items():
        rows = []
        for feats, acts, _ in convs:
            risk = 1 / (1 + np.exp(-(feats @ weights + bias)))
            # as safechat.policy.decide: gated by the conversation risk, except the ungated labels
            gated = np.array([label not in ungated for label in acts_order])
            acts = np.where((risk < gate)[:, None] & gated[None, :], 0.0, acts)
            # as safechat.policy.decide: one behaviour beyond context in evidence, and a high risk
            leaning = np.where((feats[:, i_pat] >= 1) | (feats[:, i_act] >= 1), risk, 0.0)
            fixed = np.flatnonzero(feats[:, i_pat] >= 2)
            # running maxima: the first message reaching a threshold is a binary search away
            present = feats[:, : len(LABELS)] >= floor
            ctx = []
            for label in acts_order:
                col = LABELS.index(label)
                others = np.delete(present, col, axis=1).any(1)
                ctx.append(np.maximum.accumulate(np.where(others, acts[:, acts_order.index(label)], 0.0)))
            rows.append(([np.maximum.accumulate(acts[:, j]) for j in range(len(acts_order))], ctx,
                         int(fixed[0]) if len(fixed) else never, np.maximum.accumulate(leaning)))
        table[source] = rows
    grooming = sorted(s for s, convs in traj.items() if convs and all(g for *_, g in convs))

    def first(rows, t_act: np.ndarray, t_conv: float) -> np.ndarray:
        out = np.empty(len(rows))
        for n, (act_max, ctx_max, fixed, lean_max) in enumerate(rows):
            k = fixed
            for j, cm in enumerate(act_max + ctx_max):
                i = int(np.searchsorted(cm, t_act[j]))
                if i < len(cm):
                    k = min(k, i)
            i = int(np.searchsorted(lean_max, t_conv))
            if i < len(lean_max):
                k = min(k, i)
            out[n] = k
        return out

    def score(t_act: np.ndarray, t_conv: float) -> float:
        for key, rows in table.items():
            budget = BUDGET.get(key.split("@")[0])
            if budget is not None and rows and (first(rows, t_act, t_conv) < never).mean() > budget:
                return -1.0
        speeds = []
        for source in grooming:
            k = first(table[source], t_act, t_conv)
            speeds.append(np.where(k < never, 2 / (1 + np.exp(np.clip(SPEED_P * k, 0, 50))), 0.0).mean())
        return float(np.mean(speeds)) if speeds else 0.0

    # t_act holds the one-message thresholds, then the in-context ones (same label order)
    t_act = np.array([1.01] * (2 * len(acts_order)))
    t_conv = 1.01
    # above 1.0 a behaviour never alerts on one message alone (it still feeds the conversation risk)
    grid = np.concatenate([np.round(np.arange(0.30, 0.991, 0.01), 2), [0.995, 0.999, 1.01]])
    for _ in range(PASSES):
        for j in range(len(t_act)):
            label = acts_order[j % len(acts_order)]
            options = [t for t in grid if t >= max(thresholds[label], MIN_ACT.get(label, 0.0))]
            t_act[j] = max(options, key=lambda t: (score(np.where(np.arange(len(t_act)) == j, t, t_act), t_conv), t))
        t_conv = max(grid, key=lambda t: (score(t_act, t), t))
    n = len(acts_order)
    alone = {label: float(t) for label, t in zip(acts_order, t_act[:n])}
    in_context = {label: float(min(t, alone[label])) for label, t in zip(acts_order, t_act[n:])}
    return (alone, in_context), float(t_conv), score(t_act, t_conv)


def _first_warnings(convs: list, flags: list, weights: np.ndarray, bias: float, floor: float, gate: float,
                    ungated: frozenset, act_thr: tuple[dict, dict], t_conv: float) -> list[int | None]:
    """Each conversation's first warning (contact message index, None if it never warns): the
    runtime's own tier decision (safechat.policy.decide) on each streamed message, before fatigue
    and the cap."""
    policy = Policy(presence_floor=floor, conversation_threshold=t_conv, conversation_bias=float(bias),
                    conversation_weights={name: float(w) for name, w in zip(FEATURES, weights)})
    order = sorted(ACT_NOW)
    i_peak, i_mean = FEATURES.index("risk_peak"), FEATURES.index("risk_mean")
    never_seen = dict.fromkeys(LABELS)  # when each label was seen orders the labels only, not the tier
    out: list[int | None] = []
    for (feats, acts, _), flagged in zip(convs, flags, strict=True):
        first = None
        for k, (row, act, hits) in enumerate(zip(feats, acts, flagged, strict=True)):
            recent = {label: float(row[i]) for i, label in enumerate(LABELS)}
            risk = conversation_risk(policy, features(recent, floor, float(row[i_peak]), float(row[i_mean])))
            scores = dict.fromkeys(LABELS, 0.0) | {label: float(act[j]) for j, label in enumerate(order)}
            if decide(policy, scores=scores, flagged=hits, recent=recent, seen_at=never_seen, risk=risk,
                      act_thresholds=act_thr, gate=gate, ungated=ungated, pattern_silenced=False) is not None:
                first = k
                break
        out.append(first)
    return out


def _warned_share(convs: list, flags: list, weights: np.ndarray, bias: float, floor: float, gate: float,
                  ungated: frozenset, act_thr: tuple[dict, dict], t_conv: float) -> float:
    """Share of conversations that would warn at all, by the runtime's own tier decision."""
    if not convs:
        return 0.0
    found = _first_warnings(convs, flags, weights, bias, floor, gate, ungated, act_thr, t_conv)
    return sum(k is not None for k in found) / len(convs)


def check_search(traj: dict, flags: dict, weights: np.ndarray, bias: float, floor: float, gate: float,
                 ungated: frozenset, act_thr: tuple[dict, dict], t_conv: float, search_value: float) -> dict:
    """Replay the chosen thresholds through the runtime's own decision (safechat.policy.decide) and
    compare with the vectorised search: the budgets must hold by the runtime's count, whatever the
    search's count said (the search is a fast form of the same rule, so this is its check).

    Returns per source [warned share by the search's rule, by decide] and the early recall by
    decide. Raises AssertionError when a budget is broken by decide's count.
    """
    out: dict = {"warned_share_search_vs_runtime": {}}
    speeds = {}
    for key, convs in traj.items():
        found = _first_warnings(convs, flags[key], weights, bias, floor, gate, ungated, act_thr, t_conv)
        share = sum(k is not None for k in found) / max(1, len(found))
        out["warned_share_search_vs_runtime"][key] = round(share, 4)
        budget = BUDGET.get(key.split("@")[0])
        if budget is not None and share > budget + 1e-9:
            raise AssertionError(f"calibration: {key} warns {share:.4f} by the runtime's decision, over its budget {budget}")
        if convs and all(g for *_, g in convs):
            speeds[key] = float(np.mean([0.0 if k is None else 2 / (1 + np.exp(min(SPEED_P * k, 50))) for k in found]))
    out["early_recall_search"] = round(search_value, 4)
    out["early_recall_runtime"] = round(float(np.mean(list(speeds.values()))), 4) if speeds else 0.0
    return out


def calibrate(model_dir: Path, data, shared: Path | None, smoke: bool = False) -> tuple[dict, dict, dict]:
    rng = random.Random(SEED)
    with Guard(model_dir) as guard:
        probs = np.array([[c.labels[k] for k in LABELS] for c in guard.classify_batch(data.calib_texts)]) if data.calib_texts else np.zeros((0, len(LABELS)))
    thresholds = label_thresholds(probs, np.array(data.calib_labels).reshape(-1, len(LABELS)))
    report: dict = {"label_thresholds_from": f"{len(data.calib_texts)} held-out calibration lines"}
    policy = {k: v for k, v in DEFAULT_POLICY.items() if k not in ("conversation_weights", "act_now_thresholds")}
    if smoke or shared is None:
        return thresholds, policy, report
    write_manifest(model_dir, model_file="model.onnx", tokenizer_file="tokenizer.json", thresholds=thresholds,
                   max_length=64, policy=policy, name="calibrating", version="0")
    by_source: dict[str, list[dict]] = {}
    for record in read_records(shared / "train.jsonl.gz"):
        if conversation_holdout(record) and not record.get("label_noise_suspect"):
            by_source.setdefault(record["source"], []).append(record)
    for record in read_records(ROOT / "data" / "conversations" / "written_dev.jsonl"):
        if conversation_holdout(record):
            by_source.setdefault(record["source"], []).append(record)
    snaps, traj, kinds, flags = [], {}, {}, {}
    with Guard(model_dir) as guard:
        for source, records in sorted(by_source.items()):
            limit = PER_SOURCE.get(source, len(records))
            chosen = rng.sample(records, min(limit, len(records)))
            for mode in PACES:
                key = source if mode == "none" else f"{source}@{mode}"
                traj[key], kinds[key], flags[key] = [], [], []
                for record in chosen:
                    feats, acts, risks, flagged = _stream(guard, record, mode)
                    if not len(feats):
                        continue
                    traj[key].append((feats, acts, risks, record["label"] == "grooming"))
                    kinds[key].append(contact_of(record))
                    flags[key].append(flagged)
                    for n in SNAPSHOTS:
                        if n <= len(feats):
                            # (conversation, snapshot, label, weight): each source and pace weighs the same
                            snaps.append((len(traj[key]) - 1, key, n - 1, record["label"] == "grooming",
                                          1.0 / len(chosen)))
    y = np.array([1.0 if g else 0.0 for *_, g, _ in snaps])
    w = np.array([wt for *_, wt in snaps])
    w = w / w.mean()
    # The evidence floor decides when a behaviour counts as seen, and the running-mean weight how
    # fast the message risk builds up; the features were streamed once and are recomputed here for
    # each candidate pair, the logistic layer refitted. Every conversation is replayed as an
    # unknown contact's here (the strictest case: the corpora's contacts are strangers).
    best = None
    for alpha in EMAS:
        emaed = {s: [(with_ema(f, r, alpha), a, g) for f, a, r, g in convs] for s, convs in traj.items()}
        for floor in FLOORS:
            recounted = {s: [(recount(f, floor), a, g) for f, a, g in convs] for s, convs in emaed.items()}
            x = np.array([recounted[source][i][0][k] for i, source, k, *_ in snaps])
            weights, bias = _fit_logistic(x, y, w)
            for gate in GATES:
                for extra in [(), *((label,) for label in OPTIONAL_UNGATED)]:
                    ungated = ALWAYS_UNGATED["unknown"] | frozenset(extra)
                    act_thr, chosen_t, value = choose_thresholds(recounted, weights, bias, thresholds, floor, gate,
                                                                 ungated)
                    print(f"calibration: risk_ema {alpha} floor {floor} gate {gate} ungated +{list(extra)}: "
                          f"early recall {value:.4f}")
                    if best is None or value > best[0] + 1e-9:
                        best = (value, floor, alpha, gate, weights, bias, act_thr, chosen_t, extra, recounted)
    value, floor, alpha, gate, weights, bias, act_thr, chosen_t, extra, recounted = best
    ungated_unknown = ALWAYS_UNGATED["unknown"] | frozenset(extra)
    report["search_check"] = check_search(recounted, flags, weights, bias, floor, gate, ungated_unknown, act_thr,
                                          chosen_t, value)
    # Known and family contacts, each on its own: the lowest gate at which the innocent written
    # chats of that kind of contact stay within their budget, every act-now label but the
    # product rule's gated (a parent's "wait by the gate at 4" needs more than one message).
    gates = {"unknown": gate}
    for contact in CONTACTS[1:]:
        chats = [(conv, flagged) for key, convs in recounted.items() if key.split("@")[0] == "written_innocent"
                 for conv, kind, flagged in zip(convs, kinds[key], flags[key]) if kind == contact]
        innocent, innocent_flags = [conv for conv, _ in chats], [flagged for _, flagged in chats]
        ok = [g for g in GATES if g >= gate and _warned_share(innocent, innocent_flags, weights, bias, floor, g,
                                                               ALWAYS_UNGATED[contact], act_thr, chosen_t)
              <= BUDGET["written_innocent"]]
        gates[contact] = ok[0] if ok else GATES[-1]
        report[f"{contact}_innocent_chats"] = len(innocent)
    policy["ungated"] = {"unknown": list(extra)} if extra else {}
    report["ungated_unknown_extra"] = list(extra)
    policy["risk_ema"] = alpha
    policy["act_now_risk_gate"] = gates
    report["act_now_risk_gate"] = gates
    report["risk_ema"] = alpha
    report["paces"] = list(PACES)
    policy["presence_floor"] = floor
    policy["conversation_weights"] = {name: round(float(v), 5) for name, v in zip(FEATURES, weights)}
    policy["conversation_bias"] = round(bias, 5)
    policy["act_now_thresholds"], policy["act_now_context_thresholds"] = act_thr
    policy["conversation_threshold"] = chosen_t
    report["presence_floor"] = floor
    report["train_grooming_recall_within_budget"] = round(value, 4)
    report["conversation_fit"] = {s: len(v) for s, v in traj.items()}
    report["snapshots"] = len(snaps)
    report["act_now_thresholds"] = act_thr
    report["conversation_threshold"] = chosen_t
    print("calibration:", json.dumps({"thresholds": thresholds, "act_now": act_thr, "conversation_threshold": chosen_t}))
    return thresholds, policy, report
