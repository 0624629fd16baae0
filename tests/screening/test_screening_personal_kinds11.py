"""Names and birth dates in the shapes of the sixteenth review: dates of birth written in words (and in
Chinese numerals) after a birth cue, names after the intros children use ("moi c", "mi name", "mera
naam", "mimi ni", "mwen se", "Пишет вам", "معكم", "wo jiao", "我是" + Latin letters), names signed at
the end ("Signé :", "Atte:", "С уважением,", "الطالبة:", "——四年级二班 …", a bare name with a town, an
age or a phone after thanks), names opening a message before a class, Chinese names after a classmate,
two-character family names and romanised names in brackets, Arabic friends' full names and Arabizi
"al-" names, and full names in small letters. Our own sentences and invented names."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, str, list[str]]] = [
    # 1. Dates of birth in words, after a birth cue, in the six languages.
    ("en", "i was born on the fourth of march two thousand and twelve so im 12", ["fourth of march two thousand"]),
    ("en", "born on june the ninth, twenty eleven in accra", ["june the ninth, twenty eleven"]),
    ("fr", "moi je suis née le trente et un mai deux mille dix à Lomé", ["trente et un mai deux mille dix"]),
    ("fr", "né le premier février deux mille treize", ["premier février deux mille treize"]),
    ("es", "nací el dieciséis de abril del dos mil doce en Cusco", ["dieciséis de abril del dos mil doce"]),
    ("es", "naci el 3 de agosto de dos mil once", ["3 de agosto de dos mil once"]),
    ("ru", "я родилась седьмого июня две тысячи двенадцатого года", ["седьмого июня две тысячи двенадцатого"]),
    ("ru", "дата рождения: двадцать третье октября 2011", ["двадцать третье октября 2011"]),
    ("ar", "انا مولود يوم تلتاشر مارس الفين وعشرة", ["تلتاشر مارس الفين وعشرة"]),
    ("ar", "ولدت في الخامس من شهر ابريل ٢٠١١", ["الخامس من شهر ابريل ٢٠١١"]),
    ("ar", "من مواليد خمسة وعشرين آب الفين واحداشر", ["خمسة وعشرين آب الفين واحداشر"]),
    ("zh", "我生日是二〇一二年三月八号，今年上五年级", ["二〇一二年三月八号"]),
    ("zh", "我是二零一一年十月二十一日出生的", ["二零一一年十月二十一日"]),
    ("zh", "我叫何明远，生日2012.04.19，想报名", ["2012.04.19"]),
    # 2. Names after the intros children use.
    ("fr", "slt moi c Aminata Koné jsuis en 4e", ["Aminata Koné"]),
    ("fr", "allo c Marie-Ève Gagnon de Sherbrooke", ["Marie-Ève Gagnon"]),
    ("fr", "bonjou, mwen rele Stéphanie Jean-Baptiste", ["Stéphanie Jean-Baptiste"]),
    ("en", "wah gwaan, mi name Tashana Reid from Mandeville", ["Tashana Reid"]),
    ("en", "my name na Ebuka Nwankwo from Onitsha", ["Ebuka Nwankwo"]),
    ("en", "hello ji, mera naam Kabir Malhotra hai aur main 8th mein hu", ["Kabir Malhotra"]),
    ("en", "sasa, mimi ni Otieno Ochieng from Kisumu", ["Otieno Ochieng"]),
    ("ru", "Здравствуйте! Пишет вам Лебедева Ксения Олеговна, 6 класс", ["Лебедева Ксения Олеговна"]),
    ("ru", "На связи Тимофей Гаврилов из Твери", ["Тимофей Гаврилов"]),
    ("zh", "wo jiao Chen Yuhang, zai Hangzhou shang xue", ["Chen Yuhang"]),
    ("zh", "大家好我是Ong Mei Xuan，来自槟城", ["Ong Mei Xuan"]),
    ("zh", "我叫Farid bin Osman，在新山读书", ["Farid bin Osman"]),
    ("ar", "اهلين، معاكم نورة سعد الدوسري من الدمام", ["نورة سعد الدوسري"]),
    ("ar", "صديقي يوسف احمد الخطيب انسرق حسابه", ["يوسف احمد الخطيب"]),
    ("ar", "ana 5aled al-harbi mn jeddah", ["5aled al-harbi"]),
    ("ar", "انا اسمي سلمان بن فهد بن ناصر الشهري", ["سلمان بن فهد بن ناصر الشهري"]),
    # 3. Signatures.
    ("fr", "Merci pour tout. Signé : Jules Marchand, 12 ans", ["Jules Marchand"]),
    ("es", "Gracias. Atte: Camila Fernanda Soto Ruiz, Santiago", ["Camila Fernanda Soto Ruiz"]),
    ("ru", "Спасибо! С уважением, Арина Сергеевна Белова, 13 лет", ["Арина Сергеевна Белова"]),
    ("en", "thank you so much. Chiamaka Eze, Owerri", ["Chiamaka Eze"]),
    ("en", "we need free wifi 🙏 Mwangi Kariuki, 14 years", ["Mwangi Kariuki"]),
    ("fr", "Merci ! Lucie Van Damme, +32 470 11 22 33", ["Lucie Van Damme"]),
    ("ar", "شكرا لكم. الطالبة: مريم عبدالله بنت سالم، تونس", ["مريم عبدالله بنت سالم"]),
    ("zh", "希望多听听我们的声音。——五年级三班 何欣怡", ["何欣怡"]),
    ("zh", "谢谢！——司马浩然", ["司马浩然"]),
    # 4. A name opening the message before a class; surname first with a patronymic.
    ("ru", "Белов Матвей 5Б класс, хочу сказать про интернет", ["Белов Матвей"]),
    ("en", "Ama Owusu, class 6, we need a computer lab", ["Ama Owusu"]),
    ("es", "Joaquín Ramírez Torres, 6to grado. queremos wifi", ["Joaquín Ramírez Torres"]),
    ("zh", "孙雨桐 实验小学四年级 网课太多了", ["孙雨桐"]),
    # 5. Chinese names after a classmate, two-character family names, romanised names in brackets.
    ("zh", "我同桌赵子墨说他的号被盗了", ["赵子墨"]),
    ("zh", "我好朋友罗思琪也想参加", ["罗思琪"]),
    ("zh", "我叫欧阳明轩，今年12岁", ["欧阳明轩"]),
    ("zh", "我叫林语桐(Lin Yutong)，想问个问题", ["林语桐", "Lin Yutong"]),
    ("zh", "我叫冯一鸣今年十一岁", ["冯一鸣"]),
    # 6. Full names in small letters after a naming phrase, or "hi im" with a known first name.
    ("en", "hi im ethan mwale from lusaka and i think", ["ethan mwale"]),
    ("en", "my name is tobi adebayo and im in jss2", ["tobi adebayo"]),
    ("es", "hola, me llamo valeria quispe y vivo en arequipa", ["valeria quispe"]),
    ("fr", "je m'appelle hugo lambert et j'ai 11 ans", ["hugo lambert"]),
]

# Near misses: dates that are not births, things that look like names, sentences after the same cues.
SAFE: list[tuple[str, str]] = [
    ("en", "on the fifth of may two thousand eleven my grandad planted this tree"),
    ("en", "my birthday party is on the fifth of may and everyone is coming"),
    ("en", "my little cousin was born on the second of march twenty twenty three"),
    ("fr", "le vingt-deux mars deux mille onze il y a eu un séisme au Japon"),
    ("es", "el veinte de octubre del dos mil once hubo elecciones"),
    ("ru", "пятого мая две тысячи одиннадцатого года у нас был концерт"),
    ("ar", "يوم عشرين يناير الفين واتناشر كان في امتحان"),
    ("zh", "二〇一一年五月十七号学校开运动会"),
    ("zh", "我生日是五月十七号，想要一个蛋糕"),
    ("fr", "moi c Paris Saint-Germain que je préfère"),
    ("fr", "moi c Kevin et jsuis en 4e"),
    ("ru", "сейчас на связи Москва и Питер"),
    ("zh", "我是Taylor Swift的粉丝"),
    ("zh", "床前明月光，疑是地上霜。——李白"),
    ("zh", "我同学们都有手机"),
    ("zh", "我朋友说学校不让带手机"),
    ("zh", "我同学王者荣耀打得很好"),
    ("zh", "周末 学校要开运动会"),
    ("zh", "爸爸同意我周日跟同学去公园踢球"),
    ("ar", "صاحبي قال لي ان اللعبة حلوة"),
    ("ar", "انا معكم في كل شي"),
    ("ar", "ana 3ayez el-net ykon a7san"),
    ("en", "I love the book. Harry Potter, Hogwarts"),
    ("en", "we went on holiday. Cape Town, South Africa"),
    ("en", "Can you help? Green Park, London"),
    ("en", "Climate Change, grade 8 project"),
    ("en", "Screen Time, 12 years old kids need rules"),
    ("en", "Dear Panel, class 6 wants more wifi"),
    ("ru", "Добрый День, 7 класс хочет интернет"),
    ("ru", "был в музее. Третьяковская Галерея, Москва"),
    ("en", "my name is not important lol"),
    ("en", "hi im so bored lol"),
    ("en", "hey im new here"),
    ("es", "soy muy feliz de participar"),
    ("fr", "je m'appelle comme mon grand père"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), CAUGHT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT)])
def test_review16_names_and_birth_dates_are_redacted(lang: str, text: str, secret: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang), secret)


@pytest.mark.parametrize(("lang", "text"), SAFE, ids=[f"{c[0]}-{i}" for i, c in enumerate(SAFE)])
def test_review16_near_misses_keep_every_word(lang: str, text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang), text)
