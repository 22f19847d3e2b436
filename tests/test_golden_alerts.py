"""Golden alerts: the shipped model's alerts on the held-out written test chats, pinned.

Every chat of ``data/conversations/written_test.jsonl`` is replayed through ``safechat.Guard()``
(each message arriving live at its time, the child's age and contact kind from the record, a
daily cap of its own per chat), and every alert's (chat id, message index in the record, tier,
labels) must equal ``tests/golden/written_test_alerts.json``. A refactor must not change them.

Regenerate (only for a deliberate change of model or policy):
``python -m tests.test_golden_alerts --write``.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import safechat
from safechat.tools.corpus import contact_of, read_records

ROOT = Path(__file__).resolve().parents[1]
CHATS = ROOT / "data" / "conversations" / "written_test.jsonl"
GOLDEN = Path(__file__).resolve().parent / "golden" / "written_test_alerts.json"


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def replay(guard: safechat.Guard) -> list[list]:
    """[chat id, message index, tier, labels] of every alert, in file order."""
    out: list[list] = []
    for record in read_records(CHATS):
        clock = _Clock()
        chat = guard.conversation(child_age=record["meta"]["child_age"], contact=contact_of(record),
                                  alert_budget=safechat.AlertBudget(), clock=clock)
        for index, message in enumerate(record["messages"]):
            at = datetime.fromisoformat(message["time"]).timestamp()
            clock.now = at
            if message["author"] != record["target_author"]:
                chat.send(message["text"], at=at)
                continue
            alert = chat.receive(message["text"], at=at)
            if alert is not None:
                out.append([record["id"], index, alert.tier, list(alert.labels)])
    return out


def test_the_shipped_model_raises_the_pinned_alerts_on_the_written_test_chats(guard):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert replay(guard) == expected["alerts"]


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m tests.test_golden_alerts --write")
    with safechat.Guard() as g:
        alerts = replay(g)
    GOLDEN.parent.mkdir(exist_ok=True)
    text = json.dumps({"model": f"{g.bundle.name} {g.bundle.version}", "chats": CHATS.name, "alerts": alerts},
                      indent=None, separators=(",", ":"))
    GOLDEN.write_text(text.replace('],["', '],\n["') + "\n", encoding="utf-8")
