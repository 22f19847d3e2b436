"""Is a message likely written in a language the model cannot read? Cheap, on-device, no dependencies.

The bundled model reads English only (its manifest says ``"languages": ["en"]``). A message in
another language mostly scores nothing, and "nothing found" would then be the wrong thing to tell a
host. This module gives the evidence a host needs to say "not read" instead: the script of the
letters (Cyrillic, Arabic, CJK, ...), and common words of other languages against common English
ones. It never changes what the model scores; it only reports.

It is deliberately coarse: "en" (English, or too little to tell) or "other" (probably another
language). A short or mixed message ("ok", "jaja lol", an emoji) counts as English, so the check
never hides a message the model did read.
"""

from __future__ import annotations

import re

#: Characters read per message; the first sentences say which language it is.
MAX_CHARS = 160  # characters
#: Words of at least this share of non-Latin letters (Cyrillic, Greek, Arabic, Hebrew, CJK, Indic,
#: Thai, ...) and at least MIN_LETTERS letters make a message "other".
NON_LATIN_SHARE = 0.5
MIN_LETTERS = 3

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Common English words, including chat spellings. A message with as many of these as of
#: foreign ones is English (code-switching stays "en").
_ENGLISH_WORDS = """
a about after all am an and any are as at be because been but by can could did do does dont
for from get go going got had has have he her here him his how i if im in is it its just know
like me my no not now of ok okay on one or our out please really see send she should so some
that the their them then there they this to too u up ur us want was we well were what when where
which who why will with would yes you your youre yeah lol omg pls plz thx thanks hey hi hello
"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())

#: Frequent words of the languages our helplines serve (German, French, Spanish, Italian, Dutch)
#: and Portuguese, none of them also a common English or chat word ("die", "was", "come", "yo",
#: "van", "um" are left out).
_FOREIGN_WORDS = """
ich du mir mich dich dir nicht und ist ein eine einen einem bitte nur für von mit auch noch
schon aber wie wer wo warum kannst kann bist sind habe hast wir ihr sie uns euch mein meine
dein deine schick schicke bild bilder foto fotos niemandem sagen heute morgen
je tu moi toi est les des une pas avec pour mais que qui quoi suis sont nous vous mes
 ta tes envoie envoyer juste personne rien très aussi
 tú mí ti es una los las por para pero qué quién cómo dónde estás eres soy mándame manda
envíame envía nadie nunca también muy tu tus mis sólo
io sei non che della sono mandami manda nessuno anche molto perché dove ciao sempre
ik jij je niet een het voor mij stuur alleen niemand ook waarom waar 
 você não uma meu minha manda ninguém também muito porque
"""
_FOREIGN = frozenset(_FOREIGN_WORDS.split())

#: Letters with diacritics that English words do not use, and letters outside the Latin script.
_ACCENTED = re.compile(r"[äöüßàâçéèêëîïôœùûÿáíóúñìòãõ]")
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


def detect(text: str) -> str:
    """Guess whether ``text`` is English.

    Returns:
        "en" when the message reads as English, or is too short or mixed to tell; "other" when it
        is probably in another language (another script, or more common words of another
        language than of English).

    Raises:
        TypeError: ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    head = text[:MAX_CHARS].lower()
    words = _WORD.findall(head)
    if not words:
        return "en"
    non_latin = len(_NON_LATIN.findall(head))
    if non_latin >= MIN_LETTERS and non_latin >= NON_LATIN_SHARE * sum(map(len, words)):
        return "other"
    foreign = sum(map(_FOREIGN.__contains__, words))
    if _ACCENTED.search(head):
        foreign += sum(1 for w in words if _ACCENTED.search(w) and w not in _FOREIGN)
    if foreign >= 2 and foreign > sum(map(_ENGLISH.__contains__, words)):
        return "other"
    return "en"


def reads(language: str, languages: tuple[str, ...]) -> bool:
    """Whether a model that reads ``languages`` can read a message :func:`detect` called ``language``.

    The check tells English from the rest only, so a model that reads more than English is taken
    to read everything.
    """
    return language == "en" or any(lang != "en" for lang in languages)
