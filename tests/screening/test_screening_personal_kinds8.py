"""Personal data in the shapes the eighth review described: Arabic intros with "و"/"ف", Hong Kong
school names and Cantonese birthdays, "Myself X Y", channel names without "@", obfuscated emails,
Russian in Latin letters, and Arabizi words after an app that are not handles. Our own sentences."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # 1. Arabic intro words with "و"/"ف" in front, Gulf spellings.
    ("ar", "السلام عليكم واسمي حمد الكعبي", ["حمد الكعبي"]),
    ("ar", "فاسمي لين الخطيب وعمري ١٢", ["لين الخطيب"]),
    ("ar", "وانا راشد المري من قطر", ["راشد المري"]),
    ("ar", "اسمى شهد العتيبي", ["شهد العتيبي"]),
    # 2. Schools ending in 書院/學校 after 讀/喺/在, birthdays with 係 and 號.
    ("zh", "我讀喇沙書院中一", ["喇沙書院"]),
    ("zh", "我喺崇德學校讀書", ["崇德學校"]),
    ("zh", "我在光华学校", ["光华学校"]),
    ("zh", "生日係2011年4月9號", ["2011年4月9"]),
    # 3. Indian English self-introductions.
    ("en", "Myself Rohan Iyer, class 9, from Chennai", ["Rohan Iyer"]),
    ("en", "good morning, this is Kavya Menon from Bengaluru", ["Kavya Menon"]),
    # 4. Channel names without "@".
    ("en", "pls sub to my youtube channel PixelPandaHQ", ["PixelPandaHQ"]),
    ("en", "my channel is called Sky Builders Club", ["Sky Builders"]),
    ("fr", "abonnez-vous à ma chaîne youtube NinaDessine", ["NinaDessine"]),
    ("es", "sigan mi canal Toño Juega", ["Toño Juega"]),
    ("ru", "подписывайтесь на мой канал Lesha Plays", ["Lesha Plays"]),
    ("ru", "zaxodite na moy youtube kanal VanyaCraft", ["VanyaCraft"]),
    ("ar", "اشتركوا في قناتي SaraDraws", ["SaraDraws"]),
    # 5. Obfuscated emails.
    ("ru", "пиши oleg.t(собака)mail(точка)ru", ["oleg.t"]),
    ("ru", "почта nastya2012 собачка yandex точка ру", ["nastya2012"]),
    ("en", "mail me jo_k [at] outlook [dot] com", ["jo_k"]),
    ("es", "mi correo pau.r arroba yahoo punto es", ["pau.r"]),
    ("fr", "contact : lou.v arobase hotmail point fr", ["lou.v"]),
    # 6. Russian in Latin letters.
    ("ru", "menya zovut Timur Akhmetov", ["Timur Akhmetov"]),
    ("ru", "privet menya zovut sasha belov", ["sasha belov"]),
    ("ru", "rodilas 21.11.2010", ["21.11.2010"]),
    ("ru", "zhivu mkr Aksai-4, dom 17, kv 88", ["Aksai-4, dom 17, kv 88"]),
    ("ru", "adres ul. Gagarina, d. 9, kv. 31", ["Gagarina, d. 9, kv. 31"]),
]

SAFE: list[tuple[str, str]] = [
    ("ar", "3al tiktok ba3d el madrase kel yom"),
    ("ar", "shefet 3al insta sa2le helwe"),
    ("ar", "فانا احب المدرسة كثيرا"),
    ("zh", "我喺學校學咗好多嘢"),
    ("zh", "我在国际学校读书"),
    ("zh", "我觉得学校应该教网络安全"),
    ("en", "Myself I think the report button is hidden"),
    ("en", "my youtube channel is about drawing"),
    ("en", "I post on my channel. Please subscribe"),
    ("es", "mi canal favorito es de ciencia"),
    ("en", "write to me at gmail please"),
    ("ru", "menya zovut gulyat po vecheram"),
    ("ru", "ya rodilsya v Moskve"),
    ("ru", "ul. 5 ya ne znayu"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), CAUGHT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT)])
def test_review8_personal_data_is_redacted(lang: str, text: str, secret: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang), secret)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_review8_ordinary_sentences_are_kept(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang), text)
