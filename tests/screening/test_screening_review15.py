"""Round 18 (safeguarding): self-harm told as "hacerse cortes", a stepparent asking a friend for
pictures, a relative touching a sister at night, work found by an ad with the passport taken,
"if I weren't here" as the child's own thought, Arabizi goodbye signs; and their near misses:
a post read about someone, a school project asking for data, anger at victim blaming, a flopped
exam laughed about. Sentences are the team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

DISCLOSURES = [
    ("es", "desde hace un mes estoy haciéndome cortes en las piernas y nadie lo sabe"),
    ("es", "me hago cortes en los brazos cuando estoy triste"),
    ("fr", "je me fais des coupures sur les bras depuis la rentrée"),
    ("en", "my friend's stepdad keeps asking her for pics and sends her weird messages"),
    ("es", "mi prima me dijo que su padrastro le pide fotos y le manda mensajes raros"),
    ("fr", "mon oncle qui dort à la maison touche ma sœur la nuit"),
    ("es", "el primo de mi papá que duerme en la casa toca a mi hermanita en la noche"),
    ("ar", "ابن عم بابا اللي بينام عنا بيلمس اختي الصغيرة بالليل"),
    ("ru", "двоюродная сестра уехала в Казань на подработку по объявлению, у неё отобрали паспорт"),
    ("ru", "inogda dumayu chto esli by menya ne bylo vsem bylo by proshe"),
    ("ru", "иногда думаю что если бы меня не было всем было бы легче"),
    ("ar", "ma ba3ref lesh ba3den 3aysheh, a7san la ahle iza ma ba2a fi"),
    ("ar", "ما بعرف ليش بعدني عايشة، احسن لاهلي اذا ما بقى فيني"),
    ("ar", "yemkin a7san iza ma ba2a fi ana"),
    ("zh", "我在做课题 但是我自己也一直在自残"),
    ("fr", "ça me rend ouf, il me menace de publier ma photo si j'envoie pas d'autres"),
    ("zh", "考试考砸了 我真的想死 不是开玩笑"),
]


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosures_escalate(screener: Screener, lang: str, text: str) -> None:
    expect.escalated_by_rules(screener.screen(text, lang))


NEAR_MISSES = [
    ("es", "en las noticias salió un chico que se hacía cortes en los brazos"),
    ("es", "mi abuela me pide fotos de la fiesta de mi cumple"),
    ("ru", "я потерял паспорт когда ездил на подработку летом"),
    ("ru", "что если бы тебя не было в школе, кто бы заметил?"),
    ("ar", "ma ba3ref lesh ba3den 3am yestanna l bus"),
    ("ar", "شفت بوست عن ولد بعمان انتحر بسبب لعبة"),
    ("zh", "我在做学校的课题，关于青少年网上看到自杀内容，有没有数据"),
    ("es", "estoy haciendo un trabajo del cole sobre menores que ven contenido de autolesiones, ¿tienen datos?"),
    (
        "fr",
        "ça me rend fou quand les profs disent qu'elle a cherché, la victime c'est pas celle qui envoie "
        "la photo mais celui qui menace",
    ),
    ("es", "me saca de quicio cuando dicen que ella se lo buscó por mandar la foto, el culpable es el que amenaza"),
    ("en", "it drives me crazy when adults say she shouldnt have sent the pic, the blackmailer is the guilty one"),
    ("zh", "考试考砸了 我死了 xswl"),
    ("zh", "物理考试裂开了 我死了 hhhh"),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_near_misses_stay_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))


# A present for a birthday or a holiday from a stepparent or a relative is everyday life; a
# secret or pictures beside it still escalate.
CELEBRATION = [
    ("es", "mi padrastro me regaló una bici por mi cumpleaños"),
    ("fr", "mon beau-père m'a offert un vélo pour mon anniversaire"),
    ("en", "my stepdad got me a ps5 for christmas"),
]
CELEBRATION_EARNEST = [
    ("es", "mi padrastro me regaló un celular por mi cumpleaños y me dijo que no le cuente a mi mamá"),
    ("en", "a man from roblox gave me robux for my birthday and wants pics"),
]


@pytest.mark.parametrize(("lang", "text"), CELEBRATION)
def test_birthday_present_from_a_relative_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), CELEBRATION_EARNEST)
def test_birthday_present_with_a_secret_or_pictures_escalates(screener: Screener, lang: str, text: str) -> None:
    expect.escalated(screener.screen(text, lang))
