"""The written data sets are generated: regenerating them must give the committed files byte for byte.

A refactor of the generators or their templates that changes one line of output fails here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# generator module -> the committed files it writes (names inside its output folder)
GENERATED = {
    "training.datagen.messages": ("data/messages", ("written_train.jsonl", "written_test.jsonl",
                                                    "obfuscated_test.jsonl")),
    "training.datagen.conversations": ("data/conversations", ("written_dev.jsonl", "written_test.jsonl")),
}


@pytest.mark.parametrize("module", list(GENERATED))
def test_regenerated_data_equals_the_committed_files(module: str, tmp_path: Path) -> None:
    folder, names = GENERATED[module]
    run = subprocess.run([sys.executable, "-m", module, "--out", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    for name in names:
        made, committed = (tmp_path / name).read_bytes(), (ROOT / folder / name).read_bytes()
        assert made == committed, f"{folder}/{name} differs from its regenerated copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
