"""The figures `safechat eval` reports, as small pure functions (stdlib only).

Conventions, the same everywhere:
- a ratio whose denominator is zero is ``None`` ("not defined"), never 0 or NaN;
- an F-score is 0.0 when there were positives to find (or false alarms) and none was right, and
  ``None`` only when there was nothing to find and nothing was flagged;
- message positions ``k`` are 1-based counts of the contact's messages read when a warning came.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: Latency penalty steepness per message, as in the original latency-weighted F1 (Sadeque et al.
#: 2018, eRisk): the penalty reaches 0.5 at k = 1 + ln(3) / p, about 142 messages.
DEFAULT_LATENCY_P = 0.0078  # per message


# -- distributions ---------------------------------------------------------------------------


def percentile(values: Iterable[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation between ranks; None when empty."""
    xs = sorted(values)
    if not xs:
        return None
    if not 0.0 <= q <= 100.0:
        raise ValueError("q must be between 0 and 100")
    pos = (len(xs) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def median(values: Iterable[float]) -> float | None:
    return percentile(values, 50.0)


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when whole is 0."""
    return part / whole if whole else None


# -- binary classification -------------------------------------------------------------------


def f_beta(tp: int, fp: int, fn: int, beta: float = 1.0) -> float | None:
    """(1 + b^2) tp / ((1 + b^2) tp + b^2 fn + fp); None when tp = fp = fn = 0.

    beta < 1 weighs precision more (F0.5: a false alarm costs about twice a miss).
    """
    if beta <= 0:
        raise ValueError("beta must be positive")
    b2 = beta * beta
    denominator = (1 + b2) * tp + b2 * fn + fp
    return (1 + b2) * tp / denominator if denominator else None


@dataclass(frozen=True)
class BinaryScores:
    """Counts and scores of one yes/no decision against gold labels."""

    tp: int
    fp: int
    fn: int
    tn: int
    precision: float | None
    recall: float | None
    f1: float | None
    f05: float | None
    false_positive_rate: float | None


def binary_scores(gold: Sequence[bool], predicted: Sequence[bool]) -> BinaryScores:
    """Precision, recall, F1 and F0.5 of ``predicted`` against ``gold`` (True = positive).

    Raises:
        ValueError: the sequences differ in length.
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have the same length")
    tp = sum(1 for g, p in zip(gold, predicted) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted) if g and not p)
    tn = len(gold) - tp - fp - fn
    return BinaryScores(
        tp=tp,
        fp=fp,
        fn=fn,
        tn=tn,
        precision=share(tp, tp + fp),
        recall=share(tp, tp + fn),
        f1=f_beta(tp, fp, fn, 1.0),
        f05=f_beta(tp, fp, fn, 0.5),
        false_positive_rate=share(fp, fp + tn),
    )


# -- ranking -----------------------------------------------------------------------------------


def roc_auc(scores: Sequence[float], gold: Sequence[bool]) -> float | None:
    """Area under the ROC curve: the chance a random positive outranks a random negative.

    Ties count one half (Mann-Whitney U with mid-ranks). None when either class is missing.
    """
    if len(scores) != len(gold):
        raise ValueError("scores and gold must have the same length")
    n_pos = sum(1 for g in gold if g)
    n_neg = len(gold) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        mid = (i + j) / 2 + 1  # 1-based mid-rank of the tied run
        for t in range(i, j + 1):
            ranks[order[t]] = mid
        i = j + 1
    rank_sum = sum(r for r, g in zip(ranks, gold) if g)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def roc_curve(scores: Sequence[float], gold: Sequence[bool]) -> tuple[list[float], list[float]]:
    """(false positive rates, true positive rates) from the strictest threshold to the loosest.

    Tied scores move both rates in one step, so the curve's area equals :func:`roc_auc`.
    Empty lists when either class is missing.
    """
    n_pos = sum(1 for g in gold if g)
    n_neg = len(gold) - n_pos
    if n_pos == 0 or n_neg == 0:
        return [], []
    pairs = sorted(zip(scores, gold), key=lambda x: -x[0])
    fpr, tpr = [0.0], [0.0]
    tp = fp = 0
    for i, (score, g) in enumerate(pairs):
        tp += bool(g)
        fp += not g
        if i + 1 == len(pairs) or pairs[i + 1][0] != score:
            fpr.append(fp / n_neg)
            tpr.append(tp / n_pos)
    return fpr, tpr


def pr_curve(scores: Sequence[float], gold: Sequence[bool]) -> tuple[list[float], list[float]]:
    """(recalls, precisions) from the strictest threshold to the loosest; empty without positives."""
    n_pos = sum(1 for g in gold if g)
    if n_pos == 0:
        return [], []
    pairs = sorted(zip(scores, gold), key=lambda x: -x[0])
    recall, precision = [], []
    tp = fp = 0
    for i, (score, g) in enumerate(pairs):
        tp += bool(g)
        fp += not g
        if i + 1 == len(pairs) or pairs[i + 1][0] != score:
            recall.append(tp / n_pos)
            precision.append(tp / (tp + fp))
    return recall, precision


# -- early detection -------------------------------------------------------------------------


def latency_penalty(k: int, p: float = DEFAULT_LATENCY_P) -> float:
    """Penalty for a warning after ``k`` messages: -1 + 2 / (1 + exp(-p (k - 1))).

    0 for a warning on the first message, rising towards 1 for late ones.
    """
    if k < 1:
        raise ValueError("k counts messages read and starts at 1")
    if p <= 0:
        raise ValueError("p must be positive")
    return -1.0 + 2.0 / (1.0 + math.exp(-p * (k - 1)))


def speed(delays: Iterable[int], p: float = DEFAULT_LATENCY_P) -> float | None:
    """1 - the median latency penalty over true positives' warning positions; None without any."""
    m = median(latency_penalty(k, p) for k in delays)
    return None if m is None else 1.0 - m


def latency_f1(f1: float | None, delays: Iterable[int], p: float = DEFAULT_LATENCY_P) -> float | None:
    """Latency-weighted F1 (Sadeque et al. 2018; early sexual predator detection, Vogt et al. 2021).

    F1 times :func:`speed` of the true positives' warning positions ``delays`` (k per warned
    grooming conversation). None when F1 is undefined; 0.0 when F1 is 0 (no true positives).
    """
    if f1 is None:
        return None
    s = speed(delays, p)
    if s is None:
        return 0.0
    return f1 * s


# -- multi-label -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelScores:
    """One label's counts and scores over a set of messages."""

    support: int  # messages whose gold labels include it
    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None


def per_label_scores(
    gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]], labels: Sequence[str]
) -> dict[str, LabelScores]:
    """Precision, recall and F1 of each label, treating each label as its own yes/no decision.

    Raises:
        ValueError: the sequences differ in length.
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have the same length")
    gold_sets = [set(g) for g in gold]
    pred_sets = [set(p) for p in predicted]
    out: dict[str, LabelScores] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold_sets, pred_sets) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold_sets, pred_sets) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold_sets, pred_sets) if label in g and label not in p)
        out[label] = LabelScores(
            support=tp + fn,
            tp=tp,
            fp=fp,
            fn=fn,
            precision=share(tp, tp + fp),
            recall=share(tp, tp + fn),
            f1=f_beta(tp, fp, fn, 1.0),
        )
    return out


def macro_f1(scores: Mapping[str, LabelScores]) -> float | None:
    """Unweighted mean F1 over the labels that occur in the gold labels (support > 0).

    Labels with no gold example are left out (their F1 says only whether anything was falsely
    flagged, which the per-label false positives already show). None when no label occurs.
    """
    f1s = [s.f1 if s.f1 is not None else 0.0 for s in scores.values() if s.support > 0]
    return sum(f1s) / len(f1s) if f1s else None


def micro_f1(scores: Mapping[str, LabelScores]) -> float | None:
    """F1 over the pooled label decisions of every label."""
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    return f_beta(tp, fp, fn, 1.0)
