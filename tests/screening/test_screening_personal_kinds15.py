"""Personal data in the shapes the nineteenth review described: a full name said last, right after a phone
number or a school ("انا <first> <surname> من ثانوية …", "…, c'est <First> <Last>", "… my mum phone. <First>
<Surname>, <Town>"), a French email with "(arobas)" and "(point)", a Singaporean school after "i from", and a
neighbourhood and a street without a number before a landmark ("je suis à …, rue des … près de …"). Near-misses
keep every word. Our own invented sentences."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # Arabic: "انا" + a first name and a surname, then the child's school.
    ("ar", "رقمي 0791234567، انا رنا خوري من ثانوية الزيتون", ["رنا خوري"]),
    ("ar", "مرحبا الكل، انا ريم سلامة من مدرسة الياسمين وبحب الرسم", ["ريم سلامة"]),
    # French: ", c'est <First> <Last>" ending a comment that gives a phone or a school.
    ("fr", "Appelle-moi au 07 12 34 56 78, c'est Mariam Traoré", ["Mariam Traoré"]),
    ("fr", "je suis en 4e au collège Les Manguiers, c'est Inès Diabaté", ["Inès Diabaté"]),
    # English: "this is <First> <Last>" ending a comment with a phone number.
    ("en", "text me on 0244 987 654 if u want, this is Kwabena Osei", ["Kwabena Osei"]),
    # English: a bare name and a town after a sentence that gives a phone number.
    ("en", "ring 0201 556 7781 thats my mum phone. Yaw Darko-Mensah, Kumasi", ["Yaw Darko-Mensah"]),
    ("fr", "mon numéro : 06 44 21 09 87. Lucie Ndiaye, Thiès", ["Lucie Ndiaye"]),
    # French obfuscated email with the Québec "arobas".
    ("fr", "écris-moi à zoe.gagnon12 (arobas) hotmail (point) com", ["zoe.gagnon12", "hotmail"]),
    ("fr", "mon courriel : m.lavoie arobas gmail point com", ["m.lavoie", "gmail"]),
    # Singlish: "i from / I'm from" + a school's short kind.
    ("en", "hello everyone i from Pasir Hill Sec, sec 2 student", ["Pasir Hill Sec"]),
    ("en", "I'm from Kembangan North Primary and I like maths", ["Kembangan North Primary"]),
    # A neighbourhood and a street without a number before a landmark.
    ("fr", "Je suis à Makepe, rue des Manguiers près de l'école publique", ["Makepe", "rue des Manguiers"]),
    ("en", "I live in Dansoman, Palm Grove Road near the big mosque", ["Dansoman", "Palm Grove Road"]),
    ("es", "vivo en Surquillo, calle Los Olivos cerca del mercado", ["Surquillo", "calle Los Olivos"]),
]

KEPT: list[tuple[str, str]] = [
    # "انا" + a first name and a word that is not a surname, or no school after.
    ("ar", "انا ريم بدي احكي عن المدرسة"),
    ("ar", "انا ريم حداد وبحب الرسم كتير"),
    ("ar", "انا لين الحين ما خلصت الواجب"),
    # ", c'est <Famous>" with no phone and no school.
    ("fr", "mon joueur préféré, c'est Kylian Mbappé"),
    ("fr", "le meilleur film de l'année, c'est Dune Deux"),
    # A phone in the comment but the name is a club or a place.
    ("en", "my dad bought a new phone. Manchester United, London"),
    ("en", "the school phone number is on the website. Green Park, London"),
    # "at"/"point" as words, no email.
    ("fr", "rendez-vous au point de rencontre à midi"),
    # "from" + a sector, not a school; "i from" + an ordinary word.
    ("en", "we came from Jurong East Sec 2 block"),
    ("en", "i from Singapore and i love chicken rice"),
    # A street with no neighbourhood before it, or no landmark after.
    ("fr", "je suis à Paris, rue de Rivoli en ce moment"),
    ("fr", "je suis à la maison près de la fenêtre"),
    ("en", "I live in London near the park"),
]


@pytest.mark.parametrize(("lang", "text", "secrets"), CAUGHT)
def test_kinds_are_removed(lang: str, text: str, secrets: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang=lang), secrets)


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_near_misses_keep_every_word(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang=lang), text)
