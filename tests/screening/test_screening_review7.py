"""Seventh review: feelings about the news, advice about children in general, opinions on
blaming "the girl", ordinary days out and harmless photos (the learned check stands down),
Cantonese profanity with masked forms, and hate written with spaced letters. Sentences are
the team's own."""

from __future__ import annotations

import pytest

from childvoice.screening import Screener
from childvoice.screening.learned import candidate
from childvoice.screening.normalise import key_view

POLICY_TALK = [
    ("zh", "我今年14岁，在新闻上看到一个女孩被网友约出去见面后被拐卖了，我真的好害怕，为什么平台不管？"),
    ("zh", "听说有个13岁的男孩被游戏里的网友骗去见面然后失踪了，我今年也13岁，我好怕"),
    (
        "en",
        "I'm 12, I saw in the news a boy was lured by an online friend to meet up, I'm so scared",
    ),
    (
        "es",
        "tengo 14 años, vi en las noticias que un hombre de internet engañó a una niña, me da miedo",
    ),
    ("ru", "мне 12, я видел в новостях что мальчика заманил на встречу взрослый из игры, мне так страшно"),
    (
        "ru",
        "если ребенку пишет взрослый и обещает подарки за фото, надо сказать родителям",
    ),
    ("es", "si un adulto le pide fotos a un niño, el niño tiene que bloquearlo y contárselo a sus padres"),
    ("es", "tengo 14 años y me enoja que culpan a la chica que mandó la foto y no al que la pidió"),
    ("ru", "мне 14 и меня злит что винят девушку которая отправила фото, а не того кто попросил"),
    ("en", "I'm 14 and people always blame the girl who sent the pic instead of the boy who leaked it"),
]

ORDINARY_DAYS = [
    ("ar", "el wajeb 3am yi2telne bas ba3d shway ra7 rou7 3al park ma3 mama w s7abi"),
    ("en", "off to the park tomorrow with my mates, my mum is coming too, we're doing a picnic"),
    ("en", "my photo of my cat got second place in the school photo competition!!"),
    ("en", "my brother is called Tom and his gamer tag is NightOwl7"),
    ("fr", "mon frère s'appelle Hugo et son pseudo dans le jeu c'est HugoLeBoss"),
    ("es", "gané el concurso de fotografía con una foto de mi gato"),
]

STILL_DISCLOSURES = [
    ("en", "a man from the game wants to meet me at the park and said not to tell my dad"),
    ("en", "a man from fortnite said I'm really mature and wants me to come to the park alone, don't tell my mum"),
    ("en", "I'm 13 and a man I met online keeps asking for pics, I'm so scared"),
    ("zh", "我今年13岁，有个网友一直要我的照片，还说不给就发到班级群，我好害怕"),
    ("ru", "мне 13, мужик из игры просит фотки и угрожает, мне так страшно"),
    ("es", "un hombre del juego quiere quedar conmigo en el parque y me dijo que no se lo cuente a mi papá"),
]

ABUSE = [
    ("zh", "你個仆街仔"),
    ("zh", "屌你老母"),
    ("zh", "屌你老X"),
    ("zh", "你真係on9"),
    ("zh", "柒头，收皮啦"),
    ("en", "t r a n s people should not be allowed in schools, they are f r e a k s"),
    ("en", "disabled people must be banned from the pool"),
    ("fr", "les homos ne devraient pas avoir le droit d'adopter"),
    ("es", "los gays no deberían existir"),
    ("ru", "геи не должны существовать"),
    ("ar", "المعاقين لازم يتمنعوا من المدرسة"),
    ("zh", "残疾人不应该被允许上学"),
]

NOT_ABUSE = [
    ("en", "homophobia is wrong, gay people should be allowed to marry"),
    ("en", "disabled people should not be banned from sports, that is discrimination against them"),
    ("es", "la homofobia está mal, los gays tienen derecho a casarse"),
    ("ru", "гомофобия это плохо"),
    ("zh", "我觉得歧视残疾人不对"),
    ("zh", "这个公园里有七棵树"),
]


@pytest.mark.parametrize(("lang", "text"), POLICY_TALK)
def test_policy_talk_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    assert screener.screen(text, lang).route == "queue"


@pytest.mark.parametrize(("lang", "text"), ORDINARY_DAYS)
def test_ordinary_days_stay_in_queue(screener: Screener, lang: str, text: str) -> None:
    assert "safeguarding" not in screener.screen(text, lang).flags


@pytest.mark.parametrize(("lang", "text"), STILL_DISCLOSURES)
def test_disclosures_still_escalate(screener: Screener, lang: str, text: str) -> None:
    assert screener.screen(text, lang).route == "safeguarding"


@pytest.mark.parametrize(("lang", "text"), ABUSE)
def test_abuse_flagged(screener: Screener, lang: str, text: str) -> None:
    assert "abuse" in screener.screen(text, lang).flags


@pytest.mark.parametrize(("lang", "text"), NOT_ABUSE)
def test_talk_about_hate_not_flagged(screener: Screener, lang: str, text: str) -> None:
    assert "abuse" not in screener.screen(text, lang).flags


def test_lone_soft_sign_does_not_break_a_spaced_run() -> None:
    assert key_view("они о т в р а т и т е л ь н ы е").text == " они отвратителные "
    # A soft sign in ordinary words is untouched, a lone one before a word stays a separator.
    assert key_view("мать ь это буква").text == " мат это буква "


def test_learned_stands_down_on_harmless_photos_and_introductions() -> None:
    signal = frozenset({"first_person", "close_person", "image", "adult", "online_contact"})
    concepts = frozenset({"image", "adult", "online_contact", "first_person"})
    photo = frozenset({"first_person", "image", "harmless_photo"})
    assert not candidate(photo, signal, "", concepts)
    # A harmless photo context does not hide an adult.
    assert candidate(photo | {"adult"}, signal, "", concepts)
    intro = frozenset({"first_person", "close_person", "naming", "online_contact"})
    assert not candidate(intro, signal, "", concepts)
    assert candidate(intro | {"adult"}, signal, "", concepts)
    assert not candidate(frozenset({"first_person", "blame_talk"}), signal, "", concepts)
