"""The eval figures against cases worked out by hand."""

from __future__ import annotations

import math

import pytest
from safechat.tools import metrics as m


def test_percentile_interpolates_between_ranks():
    assert m.median([1, 2, 3, 4]) == 2.5
    assert m.percentile([1, 2, 3, 4], 90) == pytest.approx(3.7)  # rank 2.7 -> 3 + 0.7 * (4 - 3)
    assert m.percentile([5], 90) == 5
    assert m.median([]) is None
    with pytest.raises(ValueError):
        m.percentile([1], 101)


def test_auc_counts_ties_as_one_half():
    # positives 0.4 and 0.8, negatives 0.1 and 0.4: pairs won 1 + 0.5 + 1 + 1 of 4
    assert m.roc_auc([0.1, 0.4, 0.4, 0.8], [False, False, True, True]) == pytest.approx(0.875)
    assert m.roc_auc([0.3, 0.3, 0.3], [True, False, False]) == pytest.approx(0.5)
    assert m.roc_auc([0.9, 0.8, 0.1], [True, True, False]) == 1.0
    assert m.roc_auc([0.1, 0.2, 0.9], [True, True, False]) == 0.0


def test_auc_is_none_with_one_class():
    assert m.roc_auc([0.1, 0.9], [True, True]) is None
    assert m.roc_auc([], []) is None


def test_roc_curve_area_equals_auc_with_ties():
    scores = [0.1, 0.4, 0.4, 0.8, 0.8, 0.2]
    gold = [False, False, True, True, False, True]
    fpr, tpr = m.roc_curve(scores, gold)
    area = sum((fpr[i + 1] - fpr[i]) * (tpr[i + 1] + tpr[i]) / 2 for i in range(len(fpr) - 1))
    assert (fpr[0], tpr[0], fpr[-1], tpr[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert area == pytest.approx(m.roc_auc(scores, gold))


def test_pr_curve_points():
    recall, precision = m.pr_curve([0.9, 0.8, 0.7], [True, False, True])
    assert recall == pytest.approx([0.5, 0.5, 1.0])
    assert precision == pytest.approx([1.0, 0.5, 2 / 3])


def test_f_beta_and_binary_scores():
    # tp 3, fp 1, fn 3: precision 0.75, recall 0.5
    gold = [True] * 6 + [False] * 4
    pred = [True, True, True, False, False, False, True, False, False, False]
    s = m.binary_scores(gold, pred)
    assert (s.tp, s.fp, s.fn, s.tn) == (3, 1, 3, 3)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(0.6)  # 2 * 0.75 * 0.5 / 1.25
    assert s.f05 == pytest.approx(0.681818, abs=1e-6)  # 1.25 * 0.375 / (0.25 * 0.75 + 0.5)
    assert s.false_positive_rate == pytest.approx(0.25)


def test_f_beta_edge_cases():
    assert m.f_beta(0, 0, 0) is None  # nothing to find, nothing flagged
    assert m.f_beta(0, 2, 0) == 0.0  # only false alarms
    assert m.f_beta(0, 0, 3) == 0.0  # only misses
    s = m.binary_scores([True, False], [False, False])
    assert s.precision is None and s.recall == 0.0 and s.f1 == 0.0
    with pytest.raises(ValueError):
        m.binary_scores([True], [True, False])


def test_latency_penalty_shape():
    p = m.DEFAULT_LATENCY_P
    assert m.latency_penalty(1) == 0.0
    # -1 + 2 / (1 + e^-x) = tanh(x / 2); at k = 101, x = 0.78
    assert m.latency_penalty(101) == pytest.approx(0.371360, abs=1e-6)
    assert m.latency_penalty(round(1 + math.log(3) / p)) == pytest.approx(0.5, abs=1e-3)  # k = 142
    assert m.latency_penalty(100_000) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        m.latency_penalty(0)


def test_latency_weighted_f1():
    # penalties 0, 0.37136, 0.65271 -> median 0.37136 -> speed 0.62864
    assert m.speed([1, 101, 201]) == pytest.approx(0.628640, abs=1e-6)
    assert m.latency_f1(0.8, [201, 1, 101]) == pytest.approx(0.502912, abs=1e-6)
    assert m.latency_f1(0.8, [1, 1]) == pytest.approx(0.8)  # warned on the first message: no penalty
    # a steeper p punishes the same delays more
    assert m.latency_f1(0.8, [101], p=0.05) < m.latency_f1(0.8, [101])
    assert m.latency_f1(None, [1]) is None
    assert m.latency_f1(0.0, []) == 0.0
    assert m.speed([]) is None


def test_per_label_scores_and_macro_f1():
    labels = ("flattery", "secrecy", "meetup")
    gold = [{"flattery"}, {"flattery", "secrecy"}, set(), {"secrecy"}]
    pred = [{"flattery"}, {"secrecy"}, {"flattery"}, set()]
    s = m.per_label_scores(gold, pred, labels)
    # flattery: tp 1, fp 1, fn 1
    assert (s["flattery"].tp, s["flattery"].fp, s["flattery"].fn) == (1, 1, 1)
    assert s["flattery"].f1 == pytest.approx(0.5)
    # secrecy: tp 1, fp 0, fn 1 -> precision 1, recall 0.5, F1 2/3
    assert s["secrecy"].precision == 1.0 and s["secrecy"].recall == 0.5
    assert s["secrecy"].f1 == pytest.approx(2 / 3)
    # meetup never occurs and is never flagged: undefined, and left out of the macro average
    assert s["meetup"].support == 0 and s["meetup"].f1 is None and s["meetup"].precision is None
    assert m.macro_f1(s) == pytest.approx((0.5 + 2 / 3) / 2)
    assert m.micro_f1(s) == pytest.approx(4 / 7)  # tp 2, fp 1, fn 2


def test_macro_f1_counts_a_missed_label_as_zero():
    s = m.per_label_scores([{"gifts"}, {"meetup"}], [{"gifts"}, set()], ("gifts", "meetup"))
    assert m.macro_f1(s) == pytest.approx(0.5)
    assert m.macro_f1(m.per_label_scores([set()], [set()], ("gifts",))) is None
