"""Runs over the real corpora; skipped cleanly where ../shared/data (or SAFECHAT_DATA) is absent."""

from __future__ import annotations

import json

import pytest
from safechat.tools.cli import main
from safechat.tools.corpus import events, read_records

pytestmark = pytest.mark.corpora


def test_scan_runs_over_dev(data_dir, capsys):
    assert main(["scan", str(data_dir / "dev.jsonl.gz"), "--limit", "4", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 4
    for row in rows:
        assert row["contact_messages"] > 0 and 0.0 <= row["risk"] <= 1.0
        assert all(a["tier"] in ("pattern", "act_now", "crisis") for a in row["alerts"])


def test_every_dev_record_streams(data_dir):
    sources = set()
    for record in read_records(data_dir / "dev.jsonl.gz"):
        evs = events(record)
        assert any(e.incoming for e in evs), record["id"]
        sources.add(record["source"])
    assert {"pj_koutli2023", "chitchat_byu_ccc", "nps_chat", "pan12_vtpan_val_en_constien"} <= sources
