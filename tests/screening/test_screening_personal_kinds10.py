"""Personal data in the shapes the tenth review described: Moroccan Arabic "سميتي" / "تزاديت" and
"فزنقة/فدرب/فحي X رقم N", Levantine handles without @ after "السناب تبعي" / "حسابي", West African
neighbourhoods with a number after "j'habite", and a full name signed at the end of a message that
also carries contact data. Our own sentences."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # 1. Moroccan Arabic name, birth date and address.
    ("ar", "سميتي سلمى بناني وعندي 12 عام", ["سلمى بناني"]),
    ("ar", "سلام، سميتي ياسين العلوي", ["ياسين العلوي"]),
    ("ar", "تزاديت 4/9/2013 فمكناس", ["4/9/2013"]),
    ("ar", "ساكنة فزنقة الورد رقم 17 فاس", ["الورد رقم 17"]),
    ("ar", "دارنا فدرب السلطان رقم 5 الدار البيضاء", ["السلطان رقم 5"]),
    ("ar", "كنسكن فحي النهضة رقم 230 الرباط", ["النهضة رقم 230"]),
    # 2. Levantine handles without @.
    ("ar", "ضيفوني، السناب تبعي rama.jo22", ["rama.jo22"]),
    ("ar", "الانستا تبعي lulu_2011 تابعوني", ["lulu_2011"]),
    ("ar", "حسابي karam.99 عالانستا", ["karam.99"]),
    # 3. West African neighbourhoods with a number.
    ("fr", "j'habite à Cocody Riviera 2 près du marché", ["Cocody Riviera 2"]),
    ("fr", "moi j'habite au Yopougon Sideci 3", ["Yopougon Sideci 3"]),
    # 4. A full name signed at the end when contact data is there.
    ("ru", "пишите в телеграм @nik_vlk, Никита Волков", ["Никита Волков"]),
    ("es", "mi canal es www.mariavlogs.example, Maria López", ["Maria López"]),
    ("en", "text me on 07700 900123, Tom Baker", ["Tom Baker"]),
]

SAFE: list[tuple[str, str]] = [
    ("ar", "سميتي القطة ديالي بسبوسة"),
    ("ar", "تزاديت فالصيف وكنحب البحر"),
    ("ar", "مشيت فزنقة كبيرة مع صحابي"),
    ("ar", "السناب تبعي ما فيه شي"),
    ("ar", "حسابي مسروق، شو أعمل؟"),
    ("fr", "j'habite à Abidjan depuis 2 ans"),
    ("fr", "j'habite au Sénégal, classe de 3e"),
    ("fr", "j'ai vu Cocody Riviera 2 fois"),
    ("en", "I love this app, Tom Baker"),
    ("es", "gracias por leer, Buenos Aires"),
    ("ru", "спасибо всем, Никита Волков"),
]

# Contact data is removed, but a closing phrase that is not a name stays.
KEPT: list[tuple[str, str, str]] = [
    ("en", "see www.example.org for the rules, Thank You", "Thank You"),
    ("es", "escríbeme a @sol_22, Buenos Aires", "Buenos Aires"),
    ("ru", "мой ник @kot_77, Всем Привет", "Всем Привет"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), CAUGHT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT)])
def test_review10_personal_data_is_redacted(lang: str, text: str, secret: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang), secret)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_review10_ordinary_sentences_are_kept(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang), text)


@pytest.mark.parametrize(("lang", "text", "kept"), KEPT)
def test_review10_closing_words_are_kept(lang: str, text: str, kept: str) -> None:
    result = SCREENER.screen(text, lang)
    assert "personal_info" in result.flags
    assert kept in result.redacted, result.redacted
