"""Text normalisation shared by training and the runtime SDK.

`normalize(text)` undoes the common ways people hide words from a filter, so that the
tokenizer and model see one canonical form:

    "Ѕ3ND me a p.i.c on 👻 pleeeease" -> "send me a pic on snapchat pleease"

Steps, in order:
  1. cap: only the first MAX_CHARS characters are looked at (the model reads at most 128
     tokens, so nothing useful is lost, and a 10 MB string costs the same as a 4 KB one);
  2. (non-ASCII text only) one table pass: drop zero-width/format characters (category Cf),
     variation selectors, skin-tone modifiers and lone surrogates; control characters become
     spaces; a small table of emoji becomes words (ghost -> "snapchat", camera -> "photo");
     then NFKC (fullwidth, math letters, ligatures) and Cyrillic/Greek look-alike folding;
  3. lowercase; collapse whitespace to single spaces, with none before , . ! ? ; :
     (emoji words are padded with spaces, and "snapchat ," must match "snapchat,");
  4. re-join d.o.t.t.e.d and s p a c e d single letters into words;
  5. leetspeak inside words: "s3nd" -> "send", "p!c" -> "pic", "4ge" -> "age", while real
     numbers stay as they are ("14", "3pm", "14yo", "0800 1111", "ps5", "1v1");
  6. squeeze runs of 3+ identical letters to 2 ("pleeease" -> "pleease", "sooo" -> "soo").

Known, deliberate limits (documented so nobody is surprised):
  - "1" always folds to "i" (never "l"): "a1one" -> "aione".
  - A word whose only leet digits are at its end ("ki55") is kept: it cannot be told apart
    from names like "ps5", "gta5" or "jake99".
  - Three or more spaced single letters that are all common one-letter netspeak words
    ("u r a", "i c u") are left alone; any other run is joined, so "a p i c" -> "apic".
  - Whole words of Cyrillic/Greek look-alikes are folded only when the message contains no
    other Cyrillic/Greek letters (real Russian or Greek text is left intact apart from words
    that mix in Latin letters).

The function is pure, deterministic and idempotent (normalize(normalize(x)) == normalize(x));
all tables are built once at import. It never logs or keeps its input.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_CHARS", "normalize"]

# ---- defaults ---------------------------------------------------------------------------
MAX_CHARS = 4096  # characters; input beyond this is ignored (the model sees <= 128 tokens)
_MAX_ROUNDS = 8  # extra passes allowed for text that mixes real Greek/Cyrillic with tricks

# Emoji that stand in for words in evasive messages (kept small on purpose).
_EMOJI_WORDS: dict[str, str] = {
    "\U0001F47B": "snapchat",  # ghost
    "\U0001F4F7": "photo",  # camera
    "\U0001F4F8": "pic",  # camera with flash
    "\U0001F4F9": "video",  # video camera
    "\U0001F3A5": "video",  # movie camera
    "\U0001F381": "gift",  # wrapped gift
    "\U0001F4B0": "money",  # money bag
    "\U0001F4B8": "money",  # money with wings
    "\U0001F4B2": "money",  # heavy dollar sign
    "\U0001F4B5": "cash",  # dollar banknote
    "\U0001F4F1": "phone",  # mobile phone
    "\U0001F4DE": "call",  # telephone receiver
    "\U0001F92B": "shh",  # shushing face
    "\U0001F910": "shh",  # zipper-mouth face
    "\U0001F618": "kiss",  # face blowing a kiss
    "\U0001F48B": "kiss",  # kiss mark
    "\U0001F346": "eggplant",  # used as innuendo
    "\U0001F351": "peach",  # used as innuendo
    "\U0001F51E": "nsfw",  # no one under eighteen
}

# Cyrillic and Greek letters that look like Latin ones (case kept; lowercased later).
_LOOKALIKES: dict[str, str] = {
    # Cyrillic lowercase
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y",
    "к": "k",
    # Cyrillic uppercase
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y",
    "Ԛ": "Q", "Ԝ": "W", "Һ": "H", "Ӏ": "I",
    # Greek lowercase
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "γ": "y", "ω": "w",
    # Greek uppercase
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}

# Latin-script look-alikes that NFKC leaves alone: IPA letters and small capitals.
_LATIN_LOOKALIKES: dict[str, str] = {
    "ɑ": "a", "ɡ": "g", "ı": "i",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}

# Characters people use as invisible padding although Unicode files them as letters/marks.
_INVISIBLE_EXTRA = (0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0)

# Leetspeak: digits and symbols that stand for letters.
_LEET_DIGITS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                              "9": "g", "$": "s"})
_LEET_SYMBOLS = {"@": "a", "!": "i", "|": "l"}

# Tokens that look like leet but are ordinary netspeak or names: left untouched.
_LEET_KEEP = frozenset({
    "4ever", "4eva", "4real", "4u", "4get", "4got", "4gotten", "4give", "4me", "4you",
    "4ward", "3ds", "4chan", "7up", "7eleven", "5sos", "1ce",
})

# Units and suffixes that legitimately follow a number: "3pm", "14yo", "5mins", "90s".
_UNITS = ("am|pm|yo|y/o|yr|yrs|y|k|m|h|hr|hrs|min|mins|s|x|p|g|gb|mb|tb|cm|mm|km|kg|lb|lbs|"
          "ft|mi|mph|ml|ish|d|v|hz|fps|w|day|days|wk|wks|mo|mth|mths")

# One-letter netspeak words; a spaced run made only of these is real words ("u r a").
_SINGLE_WORDS = frozenset("aiurycbnko")


def _build_translate_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Format characters (zero-width space/joiners, BOM, soft hyphen, bidi controls, tags)
    # and controls. Only the blocks where Unicode puts them are scanned, to keep import fast;
    # the category test keeps the table right for whichever Unicode version Python ships.
    blocks = [(0x0000, 0x0100), (0x0600, 0x0900), (0x1800, 0x1810), (0x2000, 0x2070),
              (0xFE00, 0x10000), (0x110BD, 0x110CE), (0x13430, 0x13460), (0x1BCA0, 0x1BCA4),
              (0x1D173, 0x1D17B), (0xE0000, 0xE0080)]
    candidates = [cp for lo, hi in blocks for cp in range(lo, hi)]
    for cp in candidates:
        cat = unicodedata.category(chr(cp))
        if cat == "Cf":
            table[cp] = None
        elif cat == "Cc":
            table[cp] = " "
    for cp in range(0xD800, 0xE000):  # lone surrogates cannot be encoded: drop them
        table[cp] = None
    for cp in list(range(0xFE00, 0xFE10)) + list(range(0xE0100, 0xE01F0)):
        table[cp] = None  # variation selectors
    for cp in range(0x1F3FB, 0x1F400):
        table[cp] = None  # skin-tone modifiers
    for cp in _INVISIBLE_EXTRA:
        table[cp] = None
    table[0x2800] = " "  # braille blank, used as an "empty" character
    for ch, word in _EMOJI_WORDS.items():
        table[ord(ch)] = f" {word} "
    return table


def _build_non_lookalike_class() -> str:
    """Greek/Cyrillic letters that are look-alikes neither as written nor once lowercased."""
    chars = []
    for cp in range(0x0370, 0x0530):
        ch = chr(cp)
        if (unicodedata.category(ch).startswith("L") and ch not in _LOOKALIKES
                and ch.lower() not in _LOOKALIKES):
            chars.append(re.escape(ch))
    return "[" + "".join(chars) + "]"


# ---- precompiled tables ------------------------------------------------------------------
_TABLE = _build_translate_table()
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)
_LATIN_TABLE = str.maketrans(_LATIN_LOOKALIKES)
_HAS_GREEK_CYRILLIC = re.compile("[\u0370-\u03ff\u0400-\u052f]").search
_HAS_REAL_GREEK_CYRILLIC = re.compile(_build_non_lookalike_class()).search
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# s.e.n.d / s-e-n-d / s*e*n*d: 3+ single letters joined by one repeated separator.
_DOTTED = re.compile(r"(?<![a-z0-9])[a-z]([.\-*_·•])[a-z](?:\1[a-z])+(?![a-z0-9])")
# s e n d: 3+ single letters separated by single spaces.
# A leet symbol inside a word (o|d, c@t) is part of that word: do not glue its letters to spaced ones.
_SPACED = re.compile(r"(?<![\w'])(?<![a-z][@!|$])[a-z](?: [a-z]){2,}(?![\w'])(?![@!|$][a-z])")
# p!c, h@ve, a|one: a symbol between two letters.
_LEET_SYMBOL = re.compile(r"(?<=[a-z])[@!|](?=[a-z])")
# A token mixing letters with digits or "$": the only tokens the leet step looks at.
_LEET_TOKEN = re.compile(r"(?<![a-z0-9$])[a-z0-9$]*(?:[a-z][0-9$]|[0-9$][a-z])[a-z0-9$]*")
_LEET_KEEP_SHAPE = re.compile(
    r"\d+(?:" + _UNITS + r")"  # number + unit: 3pm, 14yo, 90s
    r"|\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)"  # ordinals
    r"|[a-z]+\d+"  # name + number: ps5, gta5, year7, jake99
    r"|\d+v\d+"  # 1v1, 5v5
    r"|\$\d+[a-z]{0,2}"  # $5k
)
_UNMAPPED_DIGIT = re.compile(r"[268]")
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.!?;:])")


def _fold_lookalike_word(match: re.Match[str]) -> str:
    return match.group().translate(_LOOKALIKE_TABLE)


def _fold_homoglyphs(s: str, real_script: bool) -> str:
    """Fold Cyrillic/Greek look-alikes: everywhere, or only in words with Latin letters
    when the message also holds genuine Cyrillic/Greek letters (`real_script`)."""
    if not _HAS_GREEK_CYRILLIC(s):
        return s
    if real_script:
        return _MIXED_WORD.sub(_fold_lookalike_word, s)
    return s.translate(_LOOKALIKE_TABLE)


def _join_dotted(match: re.Match[str]) -> str:
    return match.group().replace(match.group(1), "")


def _join_spaced(match: re.Match[str]) -> str:
    letters = match.group()[::2]
    if _SINGLE_WORDS.issuperset(letters):
        return match.group()
    return letters


def _fold_leet_symbol(match: re.Match[str]) -> str:
    return _LEET_SYMBOLS[match.group()]


def _fold_leet_token(match: re.Match[str]) -> str:
    token = match.group()
    if token in _LEET_KEEP or _LEET_KEEP_SHAPE.fullmatch(token) or _UNMAPPED_DIGIT.search(token):
        return token
    return token.translate(_LEET_DIGITS)


def normalize(text: str) -> str:
    """Return the canonical form of one chat message for the tokenizer and model.

    Args:
        text: the message as received. Only the first MAX_CHARS (4,096) characters are used.

    Returns:
        Lowercased text with obfuscation undone and whitespace collapsed to single spaces
        (possibly ""). The same input always gives the same output.

    Raises:
        TypeError: if ``text`` is not a ``str`` (the message names only the type).
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, got {type(text).__name__}")
    s = _normalize_once(text[:MAX_CHARS])
    if _HAS_GREEK_CYRILLIC(s):
        # Genuine Greek/Cyrillic text folds look-alikes word by word, and a later step (leet,
        # joining letters) can turn a word into one that mixes scripts. Run again until
        # nothing changes; every round only turns characters into ASCII letters or removes
        # them, so this ends, usually after one more round.
        for _ in range(_MAX_ROUNDS):
            again = _normalize_once(s)
            if again == s:
                break
            s = again
    return s


def _normalize_once(s: str) -> str:
    """One pass of the steps in the module docstring over already-capped text."""
    if s.isascii():
        if not s.isprintable():
            s = _CONTROL.sub(" ", s)
        s = s.lower()
    else:
        # Emoji become words and NFKC expands some characters many times over ("ﷺ" is 18):
        # the cap holds again after each, so a message's cost stays bounded by MAX_CHARS.
        s = s.translate(_TABLE)[:MAX_CHARS]
        s = unicodedata.normalize("NFKC", s)[:MAX_CHARS]
        real_script = _HAS_REAL_GREEK_CYRILLIC(s) is not None
        # Fold before lowercasing (uppercase-only look-alikes such as Cyrillic "В") and again
        # after it (characters that only become look-alikes once lowercased, e.g. Greek "Γ").
        s = _fold_homoglyphs(s, real_script).lower()
        s = _fold_homoglyphs(s.translate(_LATIN_TABLE), real_script)
    # Collapse whitespace before the spaced-letter rule, so it sees one form whatever the
    # input; emoji became " word ", so "snapchat ," is made to match "snapchat,".
    s = " ".join(s.split())
    s = _SPACE_BEFORE_PUNCT.sub("", s)

    if "." in s or "-" in s or "*" in s or "_" in s or "·" in s or "•" in s:
        s = _DOTTED.sub(_join_dotted, s)
    s = _SPACED.sub(_join_spaced, s)
    s = _LEET_TOKEN.sub(_fold_leet_token, s)
    if "@" in s or "!" in s or "|" in s:
        # Folding a symbol can join two tokens ("5x!y" -> "5xiy") that the digit rule must
        # then see again; repeat until nothing changes (each round only adds letters).
        previous = None
        while s != previous:
            previous = s
            s = _LEET_SYMBOL.sub(_fold_leet_symbol, s)
            s = _LEET_TOKEN.sub(_fold_leet_token, s)
    s = _REPEAT.sub(r"\1\1", s)
    return s
