"""Personal data in the shapes the seventeenth review described, from less common regions: schools written
the local way (Ghanaian "Community SHS", Singaporean "Sec (ACR)" and "pri sch", Irish "Scoil", Afrikaans
"Hoërskool", Québec "Polyvalente", Swiss "Cycle d'orientation", Malaysian "独中"), a school's letters beside
its name, Arabic schools after "I study at", Arabic names with "عبد", signatures after a dash or "Signed",
Réunion Creole "moin lé", Kazakh and Uzbek letters in names, and addresses with the number after the street.
Our own invented sentences."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # Schools written the local way.
    ("en", "I attend Asankragwa Community SHS and the wifi is dead, call 024 111 2233", ["Asankragwa Community SHS"]),
    ("en", "pls make the exams shorter, from Marsiling Hill Sec (MHSS)", ["Marsiling Hill Sec", "MHSS"]),
    ("en", "so boring today 😴 kai ming pri sch", ["kai ming pri sch"]),
    ("en", "our school (Scoil Bhríde na Naofa, Tallaght) has no wifi", ["Scoil Bhríde na Naofa"]),
    ("en", "im in gr 8 at Hoërskool Menlopark and we have no signal", ["Hoërskool Menlopark"]),
    ("fr", "chu en sec 3 à la Polyvalente de Beauport pis le wifi est lent", ["Polyvalente de Beauport"]),
    ("fr", "je suis au Cycle d'orientation du Marais (CO Marais)", ["Cycle d'orientation du Marais", "CO Marais"]),
    ("zh", "我在槟城钟灵独中读初二，想问网络的问题", ["钟灵独中"]),
    # A school's letters beside its name.
    ("fr", "je suis au Lycée Pilote de Monastir (LPM) et on veut un club", ["Lycée Pilote de Monastir", "LPM"]),
    ("fr", "Je suis à l'ICJ (Institut Sainte-Claire) de Namur", ["ICJ", "Institut Sainte-Claire"]),
    ("es", "en el cole (Colegio Nacional de Rosario, el CNR) no hay wifi", ["Colegio Nacional de Rosario", "CNR"]),
    ("ru", "учусь в ЛФМ (Лицей Физики Махамбета) и хочу спросить", ["ЛФМ", "Лицей Физики Махамбета"]),
    ("en", "- Kwabena Ofori-Atta, Navrongo Senior High (NAVASCO)", ["Navrongo Senior High", "NAVASCO"]),
    # Arabic schools after "I study at", and names with "عبد".
    ("ar", "انا من حلب، نقرا في مدرسة أبطال الغد الثانوية، النت ضعيف", ["مدرسة أبطال الغد الثانوية"]),
    ("ar", "أدرس في مدرسة الرواد النموذجية، وعندنا مشاكل", ["مدرسة الرواد النموذجية"]),
    ("ar", "مرحبا، بمدرسة بنات جنين الثانوية، بدي أحكي", ["بنات جنين الثانوية"]),
    ("ar", "وأقرأ في ثانوية البنات بحي النصر", ["ثانوية البنات بحي النصر"]),
    ("ar", "انا من مصراتة، اسمي عبد السلام خالد المبروك", ["عبد السلام خالد المبروك"]),
    # Signatures, Creole and Central-Asian names.
    ("en", "check my app https://kidsafe-demo.netlify.app 🙏 - Ravi Menon, Kochi", ["Ravi Menon"]),
    ("en", "no phones in class and thats fine. Signed, Ross Ewan MacNeil, S2", ["Ross Ewan MacNeil"]),
    ("fr", "la zot! moin lé Jordan Hoarau, mi aime le foot", ["Jordan Hoarau"]),
    ("ru", "Салем! Меня зовут Айгүл Сәрсенбаева, хочу спросить", ["Айгүл Сәрсенбаева"]),
    # Addresses with the number after the street.
    ("fr", "J'habite avenue des Lilas 17 à Namur et on a pas de wifi", ["avenue des Lilas 17"]),
    ("ru", "я из Самары, живу на Ленинградской 41, кв 7, интернет норм", ["Ленинградской 41", "кв 7"]),
    ("ru", "живу Чиланзар 9-квартал, дом 5. вопрос про игры", ["Чиланзар 9-квартал", "дом 5"]),
    ("ru", "Привет, живу на бул. Мира 12/4, хочу уроки", ["Мира 12/4"]),
]

SAFE: list[tuple[str, str]] = [
    ("en", "sec sch students should be allowed phones"),
    ("en", "i love my pri sch so much"),
    ("en", "my favourite teams - Manchester United, Chelsea"),
    ("en", "I love it. - Green Park, London"),
    ("en", "we watched BTS (the school concert) yesterday"),
    ("fr", "moin lé fatigué ce soir"),
    ("fr", "la polyvalente c'est trop grand"),
    ("ru", "живу в Казани 3 года и мне нравится"),
    ("ru", "живу на Кипре 2 года"),
    ("ar", "المدرسة الثانوية صعبة"),
    ("ar", "ادرس في الثانوية العامة هذي السنة"),
    ("ar", "اسمي السلام عليكم"),
    ("zh", "独中的学生很努力"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), CAUGHT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT)])
def test_review17_personal_data_is_redacted(lang: str, text: str, secret: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang), secret)


@pytest.mark.parametrize(("lang", "text"), SAFE, ids=[f"{c[0]}-{i}" for i, c in enumerate(SAFE)])
def test_review17_look_alikes_keep_every_word(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang), text)
