"""Personal data in the shapes the sixteenth review described: schools said by short names and letters
(Taiwanese and mainland short forms, Malaysian "SJK(C)", "C of E", Hinglish "X mein padhta hu", a school
cue followed by capitals in Spanish, French, Russian and Chinese, Mexican "secu"/"prepa", French
"lycée classique", Haitian "lekòl", Arabizi "ana f madraset"), landmark addresses (house numbers with
letters, "behind … opposite …", Arabic "جنب … خلف …", "avenue X n°27", Ghana digital addresses), handles
after an app word in pinyin, Russian in Latin letters and Arabic with prefixes, Arabic channel names, and
law numbers that are not phone numbers. Our own invented sentences."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # 1. Schools by short names and letters.
    ("zh", "我念南二女 每天都好多作业", ["南二女"]),
    ("zh", "我在师大附中读高一，功课很多", ["师大附中"]),
    ("zh", "我在清河实小读四年级", ["清河实小"]),
    ("zh", "我念景文女中，社团很有趣", ["景文女中"]),
    ("zh", "我在明光实验读初二", ["明光实验"]),
    ("zh", "大家好 我读SJK(C) Pei Hwa 五年级", ["SJK(C) Pei Hwa"]),
    ("zh", "我是马来西亚的，读SMJK Yuk Choy", ["SMJK Yuk Choy"]),
    ("zh", "hi 我在Riverside Girls' High读Sec 3", ["Riverside Girls' High"]),
    ("zh", "我读ACS的，明年考试", ["ACS"]),
    ("en", "i am in year 7 at St Bede's C of E Primary School and we have no tablets", ["St Bede's C of E"]),
    ("en", "yaar main GGSSS No. 3 Rohini mein padhti hu", ["GGSSS No. 3 Rohini"]),
    ("en", "i study at Victoria Institution and the wifi is bad", ["Victoria Institution"]),
    ("es", "hola, voy al CBNT y vivo cerca del parque", ["CBNT"]),
    ("es", "voy en la Secu Téc 118 en Tlalpan", ["Secu Téc 118"]),
    ("es", "estoy en la prepa 9 y no hay internet", ["prepa 9"]),
    ("fr", "jsuis au LFPV à Abidjan", ["LFPV"]),
    ("fr", "je suis au lycée moderne de Treichville, y'a pas de salle info", ["lycée moderne de Treichville"]),
    ("fr", "on est au lycée français Victor-Hugo depuis 2 ans", ["lycée français Victor-Hugo"]),
    ("fr", "mwen aprann nan Lekòl Nasyonal Jacmel", ["Lekòl Nasyonal Jacmel"]),
    ("ru", "я учусь в ЛМШ №12 в Самаре", ["ЛМШ №12"]),
    ("ru", "хожу в ФМЛ 31, там строгие учителя", ["ФМЛ 31"]),
    ("ar", "ana fi madraset el Amal lel banin w el net wa7esh", ["madraset el Amal lel banin"]),
    ("zh", "我念竹中二年级", ["竹中"]),
    ("fr", "je suis en 4e à l'Athénée Royal de Waremme", ["Athénée Royal de Waremme"]),
    ("fr", "moi je suis au cégep de Rimouski", ["cégep de Rimouski"]),
    ("es", "estudio en la Institución Educativa Santa Rita", ["Institución Educativa Santa Rita"]),
    # 2. Landmark addresses.
    (
        "en",
        "we stay at house no. KB-27, behind the Goil filling station, opposite Dansoman Methodist church",
        ["KB-27"],
    ),
    ("en", "my address is D.No 8-4-21/B, near Saibaba temple, Kukatpally. pls reply", ["8-4-21/B", "Kukatpally"]),
    ("en", "our house is behind the Shell station, opposite Bethel Baptist church. no light there", ["Bethel Baptist"]),
    ("en", "you can find us at GE-231-5567 in Accra", ["GE-231-5567"]),
    ("en", "i live at 15 Cedar Hill Dr, Dayton", ["15 Cedar Hill Dr"]),
    ("ar", "بيتنا ورا مسجد الرحمة قدام الصيدلية في حي النخيل، النت ضعيف", ["مسجد الرحمة", "حي النخيل"]),
    ("ar", "احنا ساكنين جنب مدرسة الفجر في حي الربيع", ["مدرسة الفجر", "حي الربيع"]),
    ("fr", "notre maison est derrière la station Oryx, en face de l'église Sainte-Anne", ["Oryx", "Sainte-Anne"]),
    ("fr", "Lubumbashi, avenue Mangobo n°14, on a pas de réseau", ["avenue Mangobo n°14"]),
    ("fr", "j'habite au numéro 9 de l'avenue Lukusa à Ngaba", ["9 de l'avenue Lukusa"]),
    ("fr", "j'habite à Abobo, derrière le marché, en face de la pharmacie Bel-Air", ["Abobo", "Bel-Air"]),
    ("en", "we stay at Flat 12, Lotus Enclave, near Shiv mandir, Miyapur", ["Lotus Enclave", "Miyapur"]),
    ("en", "i live in Mathare, behind Kosovo primary school, next to mama Wanjiku's kiosk", ["Mathare", "Wanjiku"]),
    ("en", "our house is plot 31, Block D near the borehole", ["plot 31, Block D"]),
    ("ar", "ساكن في حي الورود جنب صيدلية النور", ["حي الورود", "صيدلية النور"]),
    # 3. Handles after an app word, and channel names.
    ("zh", "wo de wechat shi lmy_2012, jia wo ba", ["lmy_2012"]),
    ("ru", "moy nick v roblokse Sasha_Kot77, pishite", ["Sasha_Kot77"]),
    ("ar", "ضيفوني وبالسناب noor.h2012 واني بالصف السادس", ["noor.h2012"]),
    ("ar", "عالسناب dana_k09 ضيفوني", ["dana_k09"]),
    ("ar", "تابعوني على اليوتيوب قناة سولي كيمز 🎮 واشتركوا", ["سولي كيمز"]),
    ("zh", "wo de weixin shi xiaoyu_0903", ["xiaoyu_0903"]),
    ("ru", "подпишитесь на канал Лиса Play 🔥", ["Лиса Play"]),
]

SAFE: list[tuple[str, str]] = [
    # Short school words that are ordinary words.
    ("zh", "我有一女儿和一个儿子"),
    ("zh", "看见一女生在哭"),
    ("zh", "女高音唱得很好听"),
    ("zh", "我们做化学实验的时候很开心"),
    ("zh", "我读PDF的时候眼睛很累"),
    ("zh", "我读IB课程压力很大"),
    ("en", "I got an SMS from SK Telecom"),
    ("en", "ICSE mein padhta hu, bahut tough hai"),
    ("en", "main ghar mein padhta hu"),
    ("en", "the Church of England runs many schools"),
    # Capitals after a school cue that are not a school.
    ("es", "voy al CINE con mis primos"),
    ("es", "voy a la CASA de mi abuela"),
    ("es", "NO voy al GYM HOY PORQUE LLUEVE"),
    ("es", "voy en la secu, tengo 13"),
    ("fr", "je suis au CDI pour réviser"),
    ("fr", "je suis au CP"),
    ("fr", "il est 3 heures et je suis fatigué"),
    ("fr", "un lycée français de Dakar a gagné"),
    ("fr", "mwen pa renmen lekòl la"),
    ("ru", "учусь в ВУЗе уже год"),
    ("ru", "лицо 5 раз умыл"),
    ("ar", "ana f madrasa gdida w msh 3agbani"),
    # Landmarks that are no address.
    ("en", "i live near the sea and its nice"),
    ("en", "we live behind the market, opposite the police station. no light"),
    ("en", "i have 2 appointments with the dr tomorrow"),
    ("en", "i walk 3 miles every day to school by the main road"),
    ("ar", "بيتنا جنب المسجد خلف المدرسة"),
    ("ar", "ساكنين قريب من البحر وبنروح كل يوم"),
    ("ar", "بيتي بعيد عن المدرسة"),
    ("fr", "j'habite près de la mer"),
    ("fr", "j'habite près de chez ma grand-mère et en face de l'école"),
    ("fr", "j'habite à Paris, près de la tour Eiffel"),
    ("en", "i live in London, near Big Ben, lol"),
    ("en", "the plot of the movie was bad, 2 stars"),
    ("ar", "ساكنين في حي شعبي"),
    ("zh", "我在读高中"),
    ("zh", "我念國中二年級"),
    ("zh", "我讀中文比較好"),
    ("zh", "在我老家很多留守儿童初中没读完"),
    ("zh", "为什么陌生人可以私信小学生"),
    ("ar", "لماذا لا تدرس هذه المواضيع في المدارس العربية؟"),
    ("ar", "اليوم في المدرسة المرشدة كلمتنا عن التنمر"),
    # Handles and channels that are no handle.
    ("zh", "wo de wechat shi wo mama de"),
    ("ru", "ya sizhu v tiktoke kazhdyi den"),
    ("ar", "شفت على قناة الجزيرة تقرير عن الاطفال"),
    ("ar", "قناتي صغيرة بس احبها"),
    ("ar", "قناة سبيستون كانت احلى"),
    # Law numbers are not phone numbers.
    ("fr", "la loi n° 2019-1480 protège les enfants en ligne ?"),
    ("fr", "le décret 2021-1234 dit quoi sur les écrans ?"),
    ("en", "the law no. 2019-1042 says kids need consent"),
    ("ru", "закон № 2012-3456 про интернет странный"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), CAUGHT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT)])
def test_review16_personal_data_is_redacted(lang: str, text: str, secret: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang), secret)


@pytest.mark.parametrize(("lang", "text"), SAFE, ids=[f"{c[0]}-{i}" for i, c in enumerate(SAFE)])
def test_review16_look_alikes_keep_every_word(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang), text)


def test_review16_phone_after_a_law_is_still_removed() -> None:
    """The law word only protects the number right after it; a phone later in the comment goes."""
    result = SCREENER.screen("la loi n° 2023-566 c'est bien, appelle moi au 06 12 34 56 78", "fr")
    assert "2023-566" in result.redacted
    assert "06 12 34 56 78" not in result.redacted
