"""Calibrate a trained bundle: label thresholds, act-now thresholds, and the conversation layer.

Called by train.py after export; no command of its own. Everything here is fitted on TRAIN-split
material and held-out calibration lines, never on dev, so dev stays a measurement:

1. label thresholds: per label, the best-F1 threshold on the calibration lines (written template
   families and real conversations held out of training);
2. the conversation risk: a logistic regression over the Conversation's own evidence features
   (decayed label evidence, distinct labels, message-risk summaries), fitted on snapshots of
   `train` conversations (PJ predators vs chitchat, NPS rooms and VTPAN segments) streamed
   through the real `Conversation` class, plus the written dev chats;
3. act-now thresholds and the conversation threshold: the lowest values that keep warned
   conversations within budget on `train` chitchat (0.5%) and NPS rooms (5%), half the targets.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "sdk"))

from safechat import Guard  # noqa: E402
from safechat.bundle import write_manifest  # noqa: E402
from safechat.conversation import DEFAULT_POLICY, FEATURES  # noqa: E402
from safechat.labels import ACT_NOW, LABELS  # noqa: E402
from safechat.streams import events, read_records  # noqa: E402

# -- defaults -----------------------------------------------------------------------------------
SEED = 1234
PJ_MESSAGES = 300  # contact messages streamed per PJ predator
PER_SOURCE = {"pj_koutli2023": 200, "chitchat_byu_ccc": 700, "nps_chat": 108, "pan12_vtpan_val_en_constien": 500}
BUDGET = {"chitchat_byu_ccc": 0.005, "nps_chat": 0.05}  # share of train conversations allowed to warn
SNAPSHOTS = (3, 5, 10, 20, 40, 80, 160, 300)  # contact messages at which features are sampled
L2 = 1.0


def label_thresholds(probs: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    """Per label, the threshold with the best F1 on held-out calibration lines (0.30-0.90)."""
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


def _stream(guard: Guard, record: dict) -> tuple[np.ndarray, np.ndarray]:
    """Features after each contact message, and each message's act-now label probabilities."""
    chat = guard.conversation()
    feats, acts = [], []
    for e in events(record):
        if not e.incoming:
            chat.send(e.text, at=e.at)
            continue
        c = guard.classify(e.text)
        chat.receive(e.text, at=e.at)
        f = chat._features()
        feats.append([f[name] for name in FEATURES])
        acts.append([c.labels[label] for label in sorted(ACT_NOW)])
        if len(feats) >= PJ_MESSAGES:
            break
    return np.array(feats).reshape(-1, len(FEATURES)), np.array(acts).reshape(-1, len(ACT_NOW))


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
        if not record.get("label_noise_suspect"):
            by_source.setdefault(record["source"], []).append(record)
    written = ROOT / "data" / "conversations" / "written_dev.jsonl"
    if written.exists():
        for record in read_records(written):
            by_source.setdefault(record["source"], []).append(record)
    rows, ys, ws, traj = [], [], [], {}
    with Guard(model_dir) as guard:
        for source, records in sorted(by_source.items()):
            limit = PER_SOURCE.get(source, len(records))
            chosen = rng.sample(records, min(limit, len(records)))
            traj[source] = []
            for record in chosen:
                feats, acts = _stream(guard, record)
                if not len(feats):
                    continue
                traj[source].append((feats, acts, record["label"] == "grooming"))
                for n in SNAPSHOTS:
                    if n <= len(feats):
                        rows.append(feats[n - 1])
                        ys.append(1.0 if record["label"] == "grooming" else 0.0)
                        ws.append(1.0 / len(chosen))  # each source weighs the same
    x, y, w = np.array(rows), np.array(ys), np.array(ws)
    w = w / w.mean()
    weights, bias = _fit_logistic(x, y, w)
    policy["conversation_weights"] = {name: round(float(v), 5) for name, v in zip(FEATURES, weights)}
    policy["conversation_bias"] = round(bias, 5)

    # act-now thresholds: the lowest per label that keeps normal train conversations in budget
    act_thr = {}
    for j, label in enumerate(sorted(ACT_NOW)):
        best = thresholds[label]
        for t in np.round(np.arange(thresholds[label], 0.991, 0.01), 2):
            ok = True
            for source, budget in BUDGET.items():
                convs = traj.get(source, [])
                warned = sum(bool((acts[:, j] >= t).any()) for _, acts, _ in convs)
                if convs and warned / len(convs) > budget / len(ACT_NOW):
                    ok = False
            if ok:
                best = float(t)
                break
        else:
            best = 0.99
        act_thr[label] = best
    policy["act_now_thresholds"] = act_thr

    # conversation threshold: the lowest that keeps normal train conversations in budget
    def risk_of(feats: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(feats @ weights + bias)))

    n_pattern = FEATURES.index("n_pattern")
    chosen_t = 0.99
    for t in np.round(np.arange(0.30, 0.99, 0.01), 2):
        ok = True
        for source, budget in BUDGET.items():
            convs = traj.get(source, [])
            warned = sum(bool(((risk_of(f) >= t) & (f[:, n_pattern] >= 1)).any()) for f, _, _ in convs)
            if convs and warned / len(convs) > budget / 2:
                ok = False
        if ok:
            chosen_t = float(t)
            break
    policy["conversation_threshold"] = chosen_t
    report["conversation_fit"] = {s: len(v) for s, v in traj.items()}
    report["snapshots"] = len(rows)
    print("calibration:", json.dumps({"thresholds": thresholds, "act_now": act_thr, "conversation_threshold": chosen_t}))
    return thresholds, policy, report
