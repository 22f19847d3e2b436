"""The written data sets, generated from the text templates under ``data/templates/``.

    python -m training.datagen.messages        # data/messages/written_{train,test}.jsonl, obfuscated_test.jsonl
    python -m training.datagen.conversations   # data/conversations/written_{dev,test}.jsonl

``templates`` reads the template files and holds the one fill and typo function; ``styles`` holds
each author's writing style; the output is seeded and byte-for-byte reproducible.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "data" / "templates"
