"""Ninth review: passive wishes to vanish (Egyptian Arabic and Arabizi, and the other
languages), a friend lured abroad by a man met on Instagram (Moroccan Darija), films about
victims seen in class (policy talk), and masked insults (k.l.b, Russian mat in Latin
letters, Spanish words with a hidden letter). Sentences are the team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener
from childvoice.screening.abuse import _masked_patterns

DISCLOSURES = [
    ("ar", "ana ta3bana awi w nefsy akhtefy w mab2ash mawgoda, ma7adesh hayefre2 ma3ah"),
    ("ar", "nfsy a5tefy mn el donya di"),
    ("ar", "ana zah2et w mesh 3ayza ab2a mawgoda khalas"),
    ("ar", "أنا تعبانة قوي ونفسي اختفي ومبقاش موجودة خالص"),
    ("ar", "ma7adsh hayfr2 m3ah lw ana msh mawgood"),
    ("en", "im so tired i just want to vanish and not exist anymore"),
    ("fr", "je suis fatiguée je veux juste disparaître et ne plus exister"),
    ("es", "estoy cansada quiero desaparecer y ya, a nadie le importaria"),
    ("es", "quisiera dejar de existir"),
    ("ru", "я так устала, хочу просто исчезнуть и не существовать"),
    ("zh", "好累，我想消失，不想存在了"),
    ("ar", "صاحبتي بغات تهرب مع واحد تعرفات عليه فالانستا وقال ليها غادي يتزوجها ويديها لفرنسا، خايفة عليها"),
    ("ar", "صحبتي غادي تهرب مع واحد كبير عليها تعرفات عليه فالانستغرام"),
]

POLICY_TALK = [
    ("fr", "on a vu un film en classe sur une fille qui a été vendue et forcée à travailler, c'est horrible"),
    ("en", "we watched a video in class about a girl who was trafficked and her uncle sold her"),
    ("es", "en clase vimos una pelicula sobre una niña que fue vendida y obligada a casarse"),
    ("ru", "нам показывали фильм в школе про девочку которую продали и заставили работать"),
    ("zh", "课上看了一个视频，讲一个女孩被卖掉，被迫结婚"),
    ("ar", "شفنا فيلم في الفصل على بنت اتباعت واتجوزت وهي صغيرة"),
    ("ar", "شفنا فيلم فالقسم على بنت هربات مع واحد وباعها"),
]

ABUSE = [
    ("ar", "enta w sohabak wlad el k.l.b"),
    ("ar", "ya wlad el k.a.l.b"),
    ("ru", "idi nahuy"),
    ("ru", "nahui ty mne pishesh"),
    ("ru", "pizdec kakoy"),
    ("ru", "ty suka"),
    ("es", "eres un gilip*llas"),
    ("es", "gilip**las"),
    ("es", "cabr*n de mierda"),
    ("es", "hij* de p*ta"),
]


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosure_escalates(screener: Screener, lang: str, text: str) -> None:
    expect.escalated(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), POLICY_TALK)
def test_policy_talk_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), ABUSE)
def test_masked_abuse_flagged(screener: Screener, lang: str, text: str) -> None:
    result = screener.screen(text, lang)
    assert "abuse" in result.flags, result.reasons


def test_masked_doubled_letters_meet_key_form() -> None:
    assert _masked_patterns("gilip*llas")[0].fullmatch("gilipolas")
    assert _masked_patterns("gilip**las")[0].fullmatch("gilipolas")
