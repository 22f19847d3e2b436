"""Pins what sdk/safechat/normalize.py undoes, what it must leave alone, and its safety limits.

Run: .venv/bin/python -m pytest tests/test_normalize.py -q

Each trick from training/datagen/obfuscate.py has a test with concrete inputs and outputs; real numbers,
times and phone numbers must survive; the function is idempotent, typed, bounded in time on
huge input, and never raises on lone surrogates or control characters. The last tests measure
how often normalize(obfuscated) == normalize(clean) on data/messages/obfuscated_test.jsonl
(skipped when the file is missing) and on a seeded in-test sample.
"""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import pytest
from safechat.normalize import MAX_CHARS, normalize

from training.datagen.obfuscate import TRICKS, obfuscate

ROOT = Path(__file__).resolve().parents[1]
OBFUSCATED = ROOT / "data" / "messages" / "obfuscated_test.jsonl"

# Thresholds: measured share minus a small margin (see the report in the test docstrings).
EXACT_SHARE_MIN = 0.70  # exact equality; stretched letters squeeze to 2, not to the original
SQUEEZED_SHARE_MIN = 0.99  # equality once repeated letters are collapsed on both sides
NO_STRETCH_SHARE_MIN = 0.99  # in-test sample, every trick but "stretch"


# ---- each trick ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("s\u200bend", "send"),  # zero-width space
    ("se\u200cnd me a p\u200di\u2060c", "send me a pic"),  # ZWNJ, ZWJ, word joiner
    ("\ufeffhello", "hello"),  # byte-order mark
    ("del\u00adete", "delete"),  # soft hyphen
    ("sec\u034fret", "secret"),  # combining grapheme joiner (a "mark" used as padding)
    ("a\u2800b", "a b"),  # braille blank counts as a space
    ("thumbs\U0001F44D\U0001F3FD", "thumbs\U0001F44D"),  # skin-tone modifier dropped
])
def test_invisible_characters_removed(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("ѕеnd", "send"),  # Cyrillic s, e
    ("Ѕ3ND", "send"),  # Cyrillic capital S plus leet
    ("рiс", "pic"),  # Cyrillic p, c
    ("αddress", "address"),  # Greek alpha
    ("ΗΕLLΟ", "hello"),  # Greek capitals
    ("ѕnарсhаt", "snapchat"),
    ("ꜱᴇɴᴅ", "send"),  # small capitals
])
def test_homoglyphs_folded(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_real_cyrillic_and_greek_text_kept() -> None:
    assert normalize("Привет мир") == "привет мир"
    assert normalize("Γειά σου") == "γειά σου"


@pytest.mark.parametrize("raw, expected", [
    ("ｓｅｎｄ ｍｅ", "send me"),  # fullwidth
    ("𝐬𝐞𝐧𝐝", "send"),  # mathematical bold
    ("𝓅𝒾𝒸", "pic"),  # mathematical script
    ("ﬁne", "fine"),  # ligature
    ("①", "1"),  # circled digit
])
def test_nfkc_applied(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("s3nd", "send"),
    ("p!c", "pic"),
    ("h@ve", "have"),
    ("4ge", "age"),
    ("s3cr3t", "secret"),
    ("d3l3t3 th1s", "delete this"),
    ("ph0t0", "photo"),
    ("m0m", "mom"),
    ("y0ur", "your"),
    ("a|one", "alone"),
    ("$ecret", "secret"),
])
def test_leetspeak_inside_words(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_leet_documented_limits() -> None:
    assert normalize("a1one") == "aione"  # "1" always folds to "i"
    assert normalize("ki55") == "ki55"  # only trailing digits: kept, like a name


@pytest.mark.parametrize("raw, expected", [
    ("s e n d me", "send me"),
    ("a d d r e s s", "address"),
    ("s.e.n.d", "send"),
    ("s-e-n-d", "send"),
    ("s*e*c*r*e*t", "secret"),
    ("s_e_n_d", "send"),
    ("p.i.c pls", "pic pls"),
])
def test_spaced_and_dotted_letters_joined(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_netspeak_single_letters_kept() -> None:
    assert normalize("u r a star") == "u r a star"
    assert normalize("i c u") == "i c u"
    assert normalize("how old r u") == "how old r u"


@pytest.mark.parametrize("raw, expected", [
    ("pleeeease", "pleease"),
    ("sooooo", "soo"),
    ("heyyyyy", "heyy"),
    ("good", "good"),  # doubles are left alone
    ("too", "too"),
])
def test_repeated_letters_squeezed(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("add me on \U0001F47B", "add me on snapchat"),  # ghost
    ("\U0001F47B,", "snapchat,"),
    ("send a \U0001F4F7", "send a photo"),  # camera
    ("\U0001F4F8 pls", "pic pls"),  # camera with flash
    ("\U0001F381 for u", "gift for u"),
    ("\U0001F618", "kiss"),
    ("\U0001F92B", "shh"),
    ("\U0001F4B0\U0001F4B0", "money money"),
])
def test_emoji_mapped_to_words(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_unmapped_emoji_kept() -> None:
    assert normalize("gg \U0001F602") == "gg \U0001F602"


def test_lowercase_and_whitespace() -> None:
    assert normalize("HELLO There") == "hello there"
    assert normalize("  lots   of\tspace\n\nhere  ") == "lots of space here"
    assert normalize("wait , what ?") == "wait, what?"
    assert normalize("") == ""


def test_docstring_example() -> None:
    assert normalize("Ѕ3ND me a p.i.c on 👻 pleeeease") == "send me a pic on snapchat pleease"


# ---- what must survive -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "14", "3pm", "0800 1111", "1-800-422-4453", "14yo", "ps5", "gta5", "1v1", "5v5",
    "12:30", "2024", "£20", "$5", "90s", "1st", "3rd", "year7", "jake99", "4ever", "3ds",
    "5mins", "10k",
])
def test_numbers_times_and_names_preserved(text: str) -> None:
    assert normalize(text) == text


def test_numbers_preserved_in_a_sentence() -> None:
    assert normalize("Call Childline on 0800 1111 at 3pm, I'm 14") == (
        "call childline on 0800 1111 at 3pm, i'm 14")
    assert normalize("meet at 4:30, bus 42") == "meet at 4:30, bus 42"


# ---- properties ------------------------------------------------------------------------------

IDEMPOTENCE_SAMPLES = [
    "Ѕ3ND me a p.i.c on 👻 pleeeease",
    "d o n ' t t3ll ur m\u200bum",
    "ｓｅｎｄ   ｍｅ  a   𝐩𝐢𝐜 !!!",
    "Привет, ѕend mе а рiс",
    "how o|d r u",
    "a b c|d e f",
    "c@t r u ok 5x!y",
    "\x00\x07 tabs\tand\nnewlines \ud800",
    "call 0800 1111 at 3pm, I'm 14",
]


@pytest.mark.parametrize("text", IDEMPOTENCE_SAMPLES)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_idempotent_on_obfuscated_sample() -> None:
    rng = random.Random(11)
    for line in _SAMPLE_LINES:
        once = normalize(obfuscate(line, rng))
        assert normalize(once) == once


@pytest.mark.parametrize("bad", [None, b"bytes", 42, 3.5, ["send"], bytearray(b"x")])
def test_type_error_for_non_str(bad: object) -> None:
    with pytest.raises(TypeError):
        normalize(bad)  # type: ignore[arg-type]


def test_type_error_names_only_the_type() -> None:
    with pytest.raises(TypeError) as info:
        normalize(b"secret message text")  # type: ignore[arg-type]
    assert "secret" not in str(info.value)


@pytest.mark.parametrize("chunk", ["send me a pic ", "s e n d ", "\u200b", "ѕ3nd p!c ", "aaaa"])
def test_ten_megabytes_is_fast_and_capped(chunk: str) -> None:
    big = chunk * (10_000_000 // len(chunk) + 1)
    start = time.perf_counter()
    out = normalize(big)
    assert time.perf_counter() - start < 1.0
    assert len(out) <= MAX_CHARS * 8  # emoji words may grow a character, nothing more
    assert out == normalize(big[:MAX_CHARS])


def test_cap_is_documented_value() -> None:
    assert MAX_CHARS == 4096
    assert normalize("a " * MAX_CHARS + "secret") == normalize("a " * MAX_CHARS)


@pytest.mark.parametrize("text", [
    "\ud800", "abc\udfffdef", "\ud83d", "hi\x00there", "\x07\x08\x1b[31mred", "\x7f",  # noqa: PT014 (two different lone surrogates, not a duplicate)
    "\u0085next", "\r\n\r\n", "\U000E0041tag", "\u202eevil", "\ufffe",
])
def test_surrogates_and_controls_do_not_raise(text: str) -> None:
    out = normalize(text)
    assert isinstance(out, str)
    out.encode("utf-8")  # no lone surrogates left
    assert not any(ord(c) < 32 or ord(c) == 127 for c in out)


def test_control_characters_become_spaces() -> None:
    assert normalize("hi\x00there") == "hi there"
    assert normalize("abc\udfffdef") == "abcdef"


# ---- leet symbols inside a word next to s p a c e d letters -------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("how o|d r u", "how old r u"),
    ("c@t r u ok", "cat r u ok"),
    ("f e e d m@x", "feed max"),
])
def test_leet_symbol_next_to_spaced_letters(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


# ---- round trips against the obfuscator -------------------------------------------------------

_SAMPLE_LINES = [
    "send me a pic of you rn, just for me",
    "add me on snapchat, it's more private there",
    "don't tell your mum about us ok? delete this chat",
    "i'll send you 800 robux if you keep it secret",
    "what school do you go to and what time do you get home",
    "is your mum home? i'll call her about pickup",
    "great game today, proud of you",
    "send me a photo of your homework",
    "come to mine after school, my mum said yes",
    "homework or no xbox",
    "what are you wearing to the party?",
    "let's make a group chat for the project",
    "I've put £20 in your card for your birthday",
    "training moved to the park at 5, parents welcome",
    "hand it in by friday or it's a detention",
    "does your dad ever check your phone at night",
    "you're so mature for your age, nobody gets you like I do",
    "we can video call later, turn your camera on",
    "keep it secret til her birthday",
    "my friends are so annoying today",
]


def _squeeze(text: str) -> str:
    return re.sub(r"([^\W\d_])\1+", r"\1", text)


def test_obfuscated_file_round_trip() -> None:
    """Share of lines where normalize(obfuscated) == normalize(clean) in the written test set.

    The gap is almost all the "stretch" trick: normalize squeezes "pleeease" to "pleease" by
    design, which never equals "please". Measured on the 600 lines written by training.datagen.messages
    (seed 20261128): exact 0.715, with repeated letters collapsed 0.997 (the 2 misses are the
    leet-symbol bug pinned above; with it fixed, 1.0). Regenerating the set moves these a little.
    """
    if not OBFUSCATED.exists():
        pytest.skip("data/messages/obfuscated_test.jsonl not written yet (python -m training.datagen.messages)")
    rows = [json.loads(line) for line in OBFUSCATED.read_text(encoding="utf-8").splitlines() if line]
    assert rows
    exact = sum(normalize(r["text"]) == normalize(r["clean"]) for r in rows) / len(rows)
    squeezed = sum(_squeeze(normalize(r["text"])) == _squeeze(normalize(r["clean"]))
                   for r in rows) / len(rows)
    assert exact >= EXACT_SHARE_MIN, f"exact share {exact:.3f}"
    assert squeezed >= SQUEEZED_SHARE_MIN, f"squeezed share {squeezed:.3f}"


def test_obfuscated_sample_round_trip_without_stretch() -> None:
    """Every trick but stretch should be undone exactly (measured 0.998 over 4,300 lines)."""
    tricks = dict(TRICKS)
    rng = random.Random(20261128)
    hits = total = 0
    for name, trick in tricks.items():
        if name == "stretch":
            continue
        for line in _SAMPLE_LINES * 5:
            out = trick(line, rng)
            if out is None:
                continue
            total += 1
            hits += normalize(out) == normalize(line)
    assert total > 200
    assert hits / total >= NO_STRETCH_SHARE_MIN, f"{hits}/{total}"


def test_the_cap_holds_after_characters_that_expand():
    """NFKC turns some single characters into up to 18 ("ﷺ"), emoji into words: the cap holds
    again after each step, so no message costs more than MAX_CHARS of work downstream."""
    import time

    from safechat.normalize import MAX_CHARS, normalize

    for text in ("ﷺ" * MAX_CHARS, "🔥" * MAX_CHARS, "ﷺ🔥a" * MAX_CHARS):
        start = time.perf_counter()
        out = normalize(text)
        assert len(out) <= MAX_CHARS
        assert time.perf_counter() - start < 1.0
