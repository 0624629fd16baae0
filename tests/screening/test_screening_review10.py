# ruff: noqa: E501
"""Tenth review: passive wishes to be gone without the word "suicide", self-harm that has
started again, "asking for a friend... actually it's me", undressing on camera for gift
cards or game skins, a coach touching a friend in one-to-one training, and policy talk
(a teenager in the news, a film about trafficking). Sentences are the team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

# These must escalate through the rules, not only through the learned check.
DISCLOSURES = [
    ("en", "to be honest everybody would be better off without me"),
    ("en", "if i weren't here everything would be easier at home"),
    ("en", "i really don't know why i'm still alive"),
    ("en", "some nights i'd rather sleep and never wake up"),
    ("en", "no one would even notice if i was gone"),
    ("en", "my parents would be relieved if i vanished"),
    ("en", "i cut myself again after school, it's the only thing that calms me"),
    ("en", "asking for a friend, some guy says he'll buy her a gift card if she undresses on camera... ok it's me"),
    ("en", "my friend's coach touches her when they train alone and said not to tell anyone"),
    ("fr", "franchement tout le monde irait mieux sans moi"),
    ("fr", "je ne sais pas pourquoi je suis en vie, vraiment"),
    ("fr", "si je disparaissais personne remarquerait"),
    ("fr", "je me suis encore coupée ce matin"),
    (
        "fr",
        "je demande pour une amie, un gars lui promet une carte cadeau pour se deshabiller en camera... bon c'est moi",
    ),
    ("es", "si no estuviera todo sería más fácil en mi casa"),
    ("es", "a veces quiero dormir y no despertar nunca"),
    ("es", "si desaparezco nadie lo notaría"),
    ("es", "ayer me corté otra vez, es lo único que me calma"),
    (
        "es",
        "pregunto por una amiga, un tipo le ofrece una tarjeta de regalo por quitarse la ropa en videollamada... en realidad soy yo",
    ),
    ("es", "el entrenador la toca cuando entrenan solos a mi amiga y le dijo que no contara"),
    ("ru", "всем было бы лучше без меня"),
    ("ru", "я уже ничего не хочу, не вижу больше смысла"),
    ("ru", "хочу заснуть и не проснуться"),
    ("ru", "вчера снова порезалась"),
    ("ru", "спрашиваю для подруги, парень обещал ей скины за то чтобы раздеться на камеру... ладно это я"),
    ("ru", "тренер трогает мою подружку на тренировках, когда они одни, и просит молчать"),
    ("zh", "如果我不在了，爸妈会轻松很多"),
    ("zh", "我真的不知道为什么还活着"),
    ("zh", "我消失了也没人会发现"),
    ("zh", "昨天我又割了自己"),
    ("zh", "帮朋友问，有人说只要在镜头前脱衣服就送游戏皮肤……其实是我"),
    ("zh", "我朋友的教练单独训练的时候会摸她，还叫她不要说出去"),
    ("ar", "كلهم احسن بدوني"),
    ("ar", "ما بعرف ليش انا عايشه"),
    ("ar", "لو اختفيت ما حدا رح ينتبه"),
    ("ar", "رجعت جرحت نفسي مبارح"),
    ("ar", "ma ba3ref lesh ana 3ayesh"),
    ("ar", "el kol a7san bdouni"),
    ("ar", "واحد كيعطيه الجواهر لخويا الصغير باش يصيفط ليه صور"),
    ("ar", "المدرب بيلمس صاحبتي وقالها ما تقول لحدا"),
]

POLICY_TALK = [
    ("ar", "شفت فالاخبار مراهق انتحر بعد ما ابتزوه، علاش ما كيتحركوش؟"),
    ("zh", "我看了一部电影，女主角被骗去见网友然后被拐卖了"),
    ("en", "after the exams everyone will feel more relaxed"),
    ("en", "music is the only thing that calms me down before tests"),
    ("zh", "考完试大家会轻松一点"),
]


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosure_escalates_by_rules(screener: Screener, lang: str, text: str) -> None:
    expect.escalated_by_rules(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), POLICY_TALK)
def test_policy_talk_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))
