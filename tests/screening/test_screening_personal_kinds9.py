"""Personal data in the shapes the ninth review described: Arabic "انا" + a two-word name, Arabizi
addresses with the number before the street word, WeChat ids in Chinese spam ("加V：", "加微"),
SMS French "c" + a full name and Russian in Latin letters "ya/eto" + a full name. Our own sentences."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # 1. "انا" + a two-word name at the start or after a greeting.
    ("ar", "مرحبا انا لين حداد، عندي سؤال", ["لين حداد"]),
    ("ar", "انا سامي نصار من طرابلس", ["سامي نصار"]),
    ("ar", "السلام عليكم، أنا يوسف نجم", ["يوسف نجم"]),
    ("ar", "اهلا أنا هبة قاسم في عمان", ["هبة قاسم"]),
    # 2. Arabizi addresses, number first.
    ("ar", "sakn f 27 derb el mers fes", ["27 derb el mers"]),
    ("ar", "sakna f 12 zan9a lwarda", ["12 zan9a lwarda"]),
    ("ar", "ana sakn f 3 hay nahda rabat", ["3 hay nahda"]),
    # 3. WeChat ids in spam.
    ("zh", "加V：abc_123 领取福利", ["abc_123"]),
    ("zh", "加v xiaomei2011", ["xiaomei2011"]),
    ("zh", "加微 lily_88 免费送皮肤", ["lily_88"]),
    ("zh", "加微lily_88", ["lily_88"]),
    ("zh", "薇信 tt_2012 私聊", ["tt_2012"]),
    # 4. SMS French "c" + a full name, Russian in Latin letters "ya/eto" + a full name.
    ("fr", "salut c Moussa Diop de Dakar", ["Moussa Diop"]),
    ("fr", "slt c Fatou Sow, tu vas bien", ["Fatou Sow"]),
    ("ru", "ya Dasha Kuznetsova iz Kazani", ["Dasha Kuznetsova"]),
    ("ru", "eto Dasha Kuznetsova", ["Dasha Kuznetsova"]),
    ("ru", "privet, ya Oleg Sidorov", ["Oleg Sidorov"]),
]

SAFE: list[tuple[str, str]] = [
    ("ar", "انا طالبة في الصف السابع"),
    ("ar", "انا بحب المدرسة"),
    ("ar", "انا من الاردن وعمري ١٣"),
    ("ar", "أنا عندي سؤال عن الخصوصية"),
    ("ar", "انا سعيدة كتير."),
    ("ar", "انا مش موافق، لأنه خطر"),
    ("ar", "صاحبتي قالت انا حلوة كتير"),
    ("ar", "kayn 3 hay f casa"),
    ("ar", "jit 7 derb w mchit"),
    ("zh", "加vip会员才能看"),
    ("fr", "c trop bien"),
    ("fr", "salut c moi"),
    ("fr", "c Paris Saint-Germain le meilleur"),
    ("ru", "ya Moskvu lyublyu"),
    ("ru", "ya tozhe"),
    ("ru", "eto Real Madrid"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), CAUGHT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT)])
def test_review9_personal_data_is_redacted(lang: str, text: str, secret: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang), secret)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_review9_ordinary_sentences_are_kept(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang), text)
