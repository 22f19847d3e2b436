"""The template format of data/templates/: the reader, fill and typo (data/templates/README.md)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from training.datagen.templates import Slot, fill, read, split_values, typo


def test_slot_values_split_outside_brackets_keep_empty_values_and_continue() -> None:
    assert split_values(" a | [b|c] d | | {x} |") == ("a", "[b|c] d", "", "{x}", "")


def test_read_gives_shared_slots_blocks_and_ordered_lines(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("# a comment\n$ name = Ann | Bo\n       | Cy\n\n@@ one | grooming | secrecy | peer\n"
                    "$ own = x | y\nkeep it [quiet|secret] {name}\n", encoding="utf-8")
    book = read(path)
    assert book.slots == {"name": ("Ann", "Bo", "Cy")}
    (block,) = book.blocks
    assert block.head == ("one", "grooming", "secrecy", "peer")
    assert block.lines == (Slot("own", ("x", "y")), "keep it [quiet|secret] {name}")
    assert block.slots == {"own": ("x", "y")} and block.text == ("keep it [quiet|secret] {name}",)
    assert block.where == "t.txt:5"


def test_a_stray_line_before_the_first_block_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("$ a = b\nhello\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt:2"):
        read(path)


def test_fill_picks_alternatives_and_slots_first_table_first_and_keeps_plain_brackets() -> None:
    rng = random.Random(0)
    for _ in range(50):
        out = fill("  [hi|hey]  {who} [photo] [a|[b|c]]", ({"who": ["{name}"]}, {"name": ["Ann", "Bo"], "who": ["x"]}), rng)
        first, who, photo, last = out.split(" ")
        assert first in ("hi", "hey") and who in ("Ann", "Bo") and photo == "[photo]" and last in "abc"
    assert fill("{kid} says hi", ({"kid": "Mia"},), rng) == "Mia says hi"  # a fixed value draws nothing
    with pytest.raises(KeyError, match="nope"):
        fill("{nope}", ({},), rng)


def test_typo_changes_one_longer_word_or_each_with_a_chance() -> None:
    rng = random.Random(1)
    out = typo("send me that picture", rng)
    assert out != "send me that picture" and out.split(" ")[:3] == ["send", "me", "that"]
    assert typo("hi me", rng) == "hi me"
    assert typo("lovely weather", rng, chance=0.0) == "lovely weather"
    assert len(typo("lovely", random.Random(3), slips=3)) in (5, 6, 7)
