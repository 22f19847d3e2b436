"""Evasion tricks that people use to slip words past a filter, for tests and augmentation.

    from training.datagen.obfuscate import obfuscate
    obfuscate("send me a pic", random.Random(0))  # -> e.g. "s3nd me a p.i.c"

Self-test (prints a few examples):

    python -m training.datagen.obfuscate

`obfuscate(text, rng)` applies 1-3 distinct tricks, each to one or two words (or to the whole
line for zero-width and mixed case): leetspeak, Cyrillic/Greek/fullwidth homoglyphs, zero-width
characters, s p a c e d letters, d.o.t.t.e.d letters, stretched letters, emoji for a word, and
mixed case. Stdlib only; all randomness comes from the `rng` passed in, so a seeded
random.Random gives the same output every time.

The tricks stay inside what people actually write, and inside what
sdk/safechat/normalize.py is meant to undo: leet always touches a letter inside the word
(never only its ends), spaced words are kept away from one-letter neighbours, and an emoji only
replaces the word that normalize() maps it back to.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

__all__ = ["TRICKS", "obfuscate"]

# ---- defaults ---------------------------------------------------------------------------
MIN_TRICKS, MAX_TRICKS = 1, 3  # tricks per line
MIN_WORD = 3  # letters: shorter words are left alone by word-level tricks

# Leet replacements; digits may go anywhere in a word, symbols only between two letters.
LEET_DIGIT = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_SYMBOL = {"a": "@", "i": "!", "s": "$", "l": "|"}

# Look-alikes for Latin letters (Cyrillic first, then Greek), lowercase and uppercase.
HOMOGLYPHS = {
    "a": "аα", "c": "с", "e": "еε", "i": "іι", "j": "ј", "o": "оο", "p": "рρ", "s": "ѕ",
    "x": "хχ", "y": "уү", "d": "ԁ", "h": "һ", "k": "κ", "v": "ν", "l": "ӏ",
    "A": "АΑ", "B": "ВΒ", "C": "С", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "K": "КΚ", "M": "МΜ",
    "O": "ОΟ", "P": "РΡ", "T": "ТΤ", "X": "ХΧ", "Y": "УΥ", "S": "Ѕ",
}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]

# Word -> emoji that normalize() reads back as that same word.
EMOJI_FOR_WORD = {
    "snapchat": "\U0001F47B", "photo": "\U0001F4F7", "pic": "\U0001F4F8",
    "video": "\U0001F4F9", "gift": "\U0001F381", "money": "\U0001F4B0", "cash": "\U0001F4B5",
    "phone": "\U0001F4F1", "kiss": "\U0001F618",
}

# Words evaders hide first, when the line has them.
KEY_WORDS = frozenset(["send", "pic", "pics", "photo", "photos", "selfie", "video", "cam", "camera", "snap", "snapchat", "whatsapp", "telegram", "discord", "insta", "kik", "secret", "secrets", "delete", "tell", "anyone", "alone", "parents", "mum", "mom", "dad", "meet", "pick", "address", "age", "old", "school", "live", "home", "number", "robux", "vbucks", "money", "cash", "gift", "card", "sexy", "kiss", "wearing", "naked", "nudes", "body", "bed", "trust", "promise", "special", "mature", "pretty", "everyone", "friends", "show", "post", "share", "private"])

# One-letter words that normalize() would glue to a spaced word ("a p i c" -> "apic").
SINGLE_WORDS = frozenset("aiurycbnko")

_WORD = re.compile(r"[A-Za-z]+")


def _candidates(text: str, ok) -> list[re.Match[str]]:
    """Word matches that pass `ok`, key words first when there are any."""
    words = [m for m in _WORD.finditer(text) if ok(m)]
    keys = [m for m in words if m.group().lower() in KEY_WORDS]
    return keys or words


def _replace_words(text: str, matches: list[re.Match[str]], new: list[str]) -> str:
    for m, w in sorted(zip(matches, new), key=lambda p: -p[0].start()):
        text = text[:m.start()] + w + text[m.end():]
    return text


def _pick(rng: random.Random, matches: list[re.Match[str]], most: int = 2) -> list[re.Match[str]]:
    k = min(len(matches), rng.randint(1, most))
    return sorted(rng.sample(matches, k), key=lambda m: m.start())


def _standalone(text: str, m: re.Match[str]) -> bool:
    """True when the word is not glued to digits, apostrophes or other letters around it."""
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not (before.isalnum() or before in "'’$@" or after.isalnum() or after in "'’$@")


# ---- the tricks: each returns the new text, or None when it finds nothing to change -------

def leet(text: str, rng: random.Random) -> str | None:
    def ok(m: re.Match[str]) -> bool:
        w = m.group().lower()
        return (len(w) >= MIN_WORD and _standalone(text, m)
                and any(c in LEET_DIGIT or c in LEET_SYMBOL for c in w[1:-1]))

    matches = _candidates(text, ok)
    if not matches:
        return None
    chosen = _pick(rng, matches)
    new = []
    for m in chosen:
        chars = list(m.group())
        inner = [i for i in range(1, len(chars) - 1)
                 if chars[i].lower() in LEET_DIGIT or chars[i].lower() in LEET_SYMBOL]
        positions = set(rng.sample(inner, min(len(inner), rng.randint(1, 2))))
        if rng.random() < 0.3 and chars[0].lower() in LEET_DIGIT and 1 not in positions:
            # "4ge": a leading digit is fine with an inner one, but never "54m" (reads as 54m)
            positions.add(0)
        for i in sorted(positions):
            c = chars[i].lower()
            # A symbol needs letters on both sides, so not next to another replaced position.
            between_letters = 0 < i < len(chars) - 1 and not positions & {i - 1, i + 1}
            if c in LEET_SYMBOL and between_letters and (c not in LEET_DIGIT or rng.random() < 0.4):
                chars[i] = LEET_SYMBOL[c]
            elif c in LEET_DIGIT:
                chars[i] = LEET_DIGIT[c]
        new.append("".join(chars))
    out = _replace_words(text, chosen, new)
    return out if out != text else None


def _change_words(text: str, rng: random.Random, ok: Callable[[re.Match[str]], bool],
                  change: Callable[[str, random.Random], str]) -> str | None:
    """Change one or two of the words that pass `ok` (key words first), or None when none does."""
    matches = _candidates(text, ok)
    if not matches:
        return None
    chosen = _pick(rng, matches)
    return _replace_words(text, chosen, [change(m.group(), rng) for m in chosen])


def _homoglyph_word(word: str, rng: random.Random) -> str:
    if rng.random() < 0.25:  # the whole word in fullwidth letters
        return "".join(chr(ord(c) + 0xFEE0) for c in word)
    chars = list(word)
    spots = [i for i, c in enumerate(chars) if c in HOMOGLYPHS]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        chars[i] = rng.choice(HOMOGLYPHS[chars[i]])
    return "".join(chars)


def homoglyph(text: str, rng: random.Random) -> str | None:
    return _change_words(text, rng, lambda m: any(c in HOMOGLYPHS for c in m.group()), _homoglyph_word)


def zero_width(text: str, rng: random.Random) -> str | None:
    inner = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    if not inner:
        return None
    spots = sorted(rng.sample(inner, min(len(inner), rng.randint(1, 4))), reverse=True)
    for i in spots:
        text = text[:i] + rng.choice(ZERO_WIDTH) + text[i:]
    return text


def spaced(text: str, rng: random.Random) -> str | None:
    def ok(m: re.Match[str]) -> bool:
        w = m.group().lower()
        if len(w) < MIN_WORD or set(w) <= SINGLE_WORDS or not _standalone(text, m):
            return False
        # Keep one-letter words away on both sides, or the letters would run together.
        left = text[:m.start()].rstrip().split(" ")[-1] if text[:m.start()].strip() else ""
        right = text[m.end():].lstrip().split(" ")[0] if text[m.end():].strip() else ""
        return len(re.sub(r"\W", "", left)) != 1 and len(re.sub(r"\W", "", right)) != 1

    matches = _candidates(text, ok)
    if not matches:
        return None
    chosen = _pick(rng, matches)
    if len(chosen) == 2 and not text[chosen[0].end():chosen[1].start()].strip(" "):
        chosen = chosen[:1]  # two neighbouring spaced words would merge into one
    return _replace_words(text, chosen, [" ".join(m.group()) for m in chosen])


def dotted(text: str, rng: random.Random) -> str | None:
    matches = _candidates(text, lambda m: len(m.group()) >= MIN_WORD and _standalone(text, m))
    if not matches:
        return None
    chosen = _pick(rng, matches)
    sep = rng.choice([".", ".", ".", "-", "*"])
    return _replace_words(text, chosen, [sep.join(m.group()) for m in chosen])


def _stretch_word(word: str, rng: random.Random) -> str:
    vowels = [i for i, c in enumerate(word) if c.lower() in "aeiouy"]
    i = rng.choice(vowels) if vowels and rng.random() < 0.7 else len(word) - 1
    return word[:i + 1] + word[i] * rng.randint(2, 5) + word[i + 1:]


def stretch(text: str, rng: random.Random) -> str | None:
    return _change_words(text, rng, lambda m: len(m.group()) >= 2, _stretch_word)


def emoji(text: str, rng: random.Random) -> str | None:
    matches = [m for m in _WORD.finditer(text)
               if m.group().lower() in EMOJI_FOR_WORD and _standalone(text, m)]
    if not matches:
        return None
    chosen = _pick(rng, matches)
    return _replace_words(text, chosen, [EMOJI_FOR_WORD[m.group().lower()] for m in chosen])


def mixed_case(text: str, rng: random.Random) -> str | None:
    if rng.random() < 0.5:  # aLtErNaTiNg
        flip = [i % 2 == 1 for i in range(len(text))]
    else:  # random
        flip = [rng.random() < 0.5 for _ in text]
    out = "".join(c.upper() if f else c.lower() for c, f in zip(text, flip))
    return out if out != text else None


TRICKS = {
    "leet": leet, "homoglyph": homoglyph, "zero_width": zero_width, "spaced": spaced,
    "dotted": dotted, "stretch": stretch, "emoji": emoji, "mixed_case": mixed_case,
}
# Word-shape tricks first, then the ones that sprinkle over the whole line.
# Mixed case runs before homoglyphs: changing the case of a look-alike can change what it
# looks like (Cyrillic "Н" is an H, its lowercase "н" is not).
_ORDER = ["spaced", "dotted", "emoji", "leet", "stretch", "mixed_case", "homoglyph", "zero_width"]


def obfuscate(text: str, rng: random.Random) -> str:
    """Return `text` with 1-3 different evasion tricks applied (unchanged only if none fit)."""
    want = rng.randint(MIN_TRICKS, MAX_TRICKS)
    names = list(TRICKS)
    rng.shuffle(names)
    chosen: list[str] = []
    for name in names:  # take the first `want` tricks in random order that can apply
        if len(chosen) == want:
            break
        if name == "spaced" and "dotted" in chosen or name == "dotted" and "spaced" in chosen:
            continue  # both on one line is rare in practice and reads as noise
        if TRICKS[name](text, random.Random(0)) is not None:
            chosen.append(name)
    out = text
    for name in sorted(chosen, key=_ORDER.index):
        result = TRICKS[name](out, rng)
        if result is not None:
            out = result
    if out == text:  # an earlier trick used up the words a later one needed
        for name in _ORDER:
            result = TRICKS[name](text, rng)
            if result is not None and result != text:
                return result
    return out


if __name__ == "__main__":
    demo_rng = random.Random(7)
    for line in ["send me a pic of you rn, just for me",
                 "add me on snapchat, it's more private there",
                 "don't tell your mum about us ok? delete this chat",
                 "i'll send you 800 robux if you keep it secret"]:
        print(obfuscate(line, demo_rng))
