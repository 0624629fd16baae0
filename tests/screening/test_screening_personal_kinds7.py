"""Personal data and spam in the shapes the seventh held-out review described: full names after
a relative, dates of birth with a month name and no "on", nicknames after "c"/"as"/"como"/"как",
and follow requests in Arabizi or said over and over. Every sentence is the screening team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener
from childvoice.screening.spam import word_run

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # 1. A full name after a relative, with or without a verb.
    ("en", "my little brother is Kwame Osei Tutu and he is 9", ["Osei Tutu"]),
    ("en", "my best friend is Hana Suzuki-Reyes", ["Hana Suzuki"]),
    ("fr", "mon cousin c'est Yanis Haddad Benali", ["Yanis Haddad"]),
    ("fr", "ma meilleure amie c Inès Traoré", ["Inès Traoré"]),
    ("es", "mi tía es Carmen Villalobos Ruiz", ["Carmen Villalobos"]),
    ("ru", "мой папа Андрей Николаевич Орлов работает водителем", ["Андрей Николаевич", "Орлов"]),
    ("zh", "我係林詠詩，住喺沙田", ["林詠詩"]),
    ("zh", "大家好我是赵子轩", ["赵子轩"]),
    # 2. Dates of birth with a month name or after "DOB"/"birthday".
    ("en", "born 3 jan 2011, year 8 now", ["3 jan 2011"]),
    ("en", "b. 17 October 2012", ["17 October 2012"]),
    ("en", "birthday 30 nov 2010", ["30 nov 2010"]),
    ("fr", "née 8 févr. 2011 à Dakar", ["8 févr. 2011"]),
    ("es", "nacida el 21 de julio de 2011", ["21 de julio de 2011"]),
    ("ru", "родился 9 июня 2012 в Казани", ["9 июня 2012"]),
    ("zh", "我2012年3月9日出生的", ["2012年3月9日"]),
    # 3. Nicknames in SMS spelling and after "as"/"como"/"как".
    ("fr", "mon pseudo fortnite c Loup_Gris_77", ["Loup_Gris_77"]),
    ("fr", "mon snap c tom.bzh29", ["tom.bzh29"]),
    ("en", "add me on snap as lil.zay_07", ["lil.zay_07"]),
    ("es", "agrégame en free fire como Rayo_MX12", ["Rayo_MX12"]),
    ("es", "búscame como sol.mar_2011", ["sol.mar_2011"]),
    ("ru", "найди меня в вк как misha.k2011", ["misha.k2011"]),
]

SAFE: list[tuple[str, str]] = [
    ("en", "my little brother is really annoying sometimes"),
    ("en", "my mum is a nurse and works nights"),
    ("en", "add me as a friend if you like drawing"),
    ("en", "my birthday is in march and i want a bike"),
    ("en", "our school trip was on 3 March 2012 according to my dad"),
    ("fr", "mon cousin c'est le meilleur au foot"),
    ("fr", "mon frère c un génie en maths"),
    ("es", "mi tía es profesora en Lima"),
    ("es", "búscame como amigo en el juego"),
    ("ru", "мой папа говорит что телефон вреден"),
    ("zh", "我是学生，我觉得网络要安全"),
    ("zh", "我是中国人"),
    ("zh", "我是13岁的初中生"),
    ("zh", "我係學生，讀中二"),
    ("zh", "我是高中生"),
]

SPAM: list[tuple[str, str]] = [
    ("ar", "tab3oni 3la insta dyali"),
    ("ar", "3mlou subscribe l channel dyali 3afakom"),
    ("ar", "dirou follow 3la tiktok"),
    ("ar", "اشتركوا في القناة وفعلوا الجرس"),
    ("ar", "تابعوا حسابي على تيك توك"),
    ("ar", "follow follow follow follow 3la snap"),
    ("en", "follow follow follow follow @sky.dance22"),
    ("en", "subscribe on youtube pls"),
    ("fr", "abonnez abonnez abonnez abonnez"),
    ("es", "dale dale dale dale dale dale"),
    ("zh", "点赞点赞点赞点赞点赞点赞"),
]

NOT_SPAM: list[tuple[str, str]] = [
    ("en", "this is very very very very important: why can adults message kids?"),
    ("en", "i follow artists on instagram and they inspire me"),
    ("en", "I like tiktok more than youtube because of the music"),
    ("es", "tengo muchos likes en tiktok pero no conozco a nadie"),
    ("fr", "je suis abonnée sur youtube à des chaînes de science"),
    ("ar", "انا اتابع على تيك توك ناس كتير"),
    ("zh", "哈哈哈哈哈哈哈哈哈"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), CAUGHT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT)])
def test_review7_personal_data_is_redacted(lang: str, text: str, secret: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang), secret)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_review7_ordinary_sentences_are_kept(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang), text)


@pytest.mark.parametrize(("lang", "text"), SPAM)
def test_review7_follow_requests_are_spam(lang: str, text: str) -> None:
    assert "spam" in SCREENER.screen(text, lang).flags


@pytest.mark.parametrize(("lang", "text"), NOT_SPAM)
def test_review7_emphasis_and_ordinary_follows_are_not_spam(lang: str, text: str) -> None:
    assert "spam" not in SCREENER.screen(text, lang).flags


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (" follow follow follow follow ", 4),
        (" very very good ", 0),
        (" ههههه ههههه ههههه ههههه ", 0),
        (" 关注关注关注关注 ", 4),
    ],
)
def test_word_run_counts_a_repeated_word(text: str, run: int) -> None:
    assert word_run(text) == run
