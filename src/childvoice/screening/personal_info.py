"""Personal information a child should not publish: found, flagged and proposed for redaction.

Phone numbers (``phonenumbers`` with the child's country and the usual countries of the
item's language as hints, plus any long run of digits), emails (also written ``name dot
x at y dot com``), web addresses, @handles and usernames after a platform name, street
addresses, school names, full names after an introduction or a title, dates of birth.
The shapes are code; the words that introduce them (``my name is``, ``Mme``, ``born on``)
are data in ``moderation/<lang>/personal_info.txt``.

Regexes run on the light view and spans are mapped back to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick
import phonenumbers

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.normalise import is_cjk
from childvoice.screening.result import Span
from childvoice.screening.rules import LANGUAGES, RuleSet

# Countries tried for local-format numbers when the form gave none (most children per language first).
REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB", "NG", "IN", "AU", "PH", "KE"),
    "fr": ("FR", "BE", "CA", "SN", "MA"),
    "es": ("ES", "MX", "CO", "AR", "PE"),
    "ar": ("EG", "SA", "LB", "JO", "MA"),
    "ru": ("RU", "KZ", "UA", "BY"),
    "zh": ("CN", "TW", "HK"),
}

_DOT = (
    r"(?:\s*\.\s*|\s+(?:dot|point|punto|ponto|точка|tochka|tochku|نقطة|دوت)\s+|\s*[点點]\s*"
    r"|\s*[(\[](?:dot|point|punto)[)\]]\s*)"
)
_AT = r"(?:\s*@\s*|\s+(?:at|arobase|arroba|собака|sobaka|ات|آت)\s+|\s*[(\[](?:at|arobase|arroba)[)\]]\s*|\s*艾特\s*)"
EMAIL = re.compile(rf"[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,12}}\b", re.IGNORECASE)
_TLDS = (
    "com|net|org|info|io|co|me|ru|su|ua|by|kz|cn|tw|hk|uk|de|fr|es|it|br|mx|ar|cl|pe|ve|ec|bo|uy|py|ng|ke|za|eg|sa|"
    "ae|ma|dz|tn|jo|lb|ps|sy|iq|qa|kw|om|ly|sd|in|pk|bd|id|ph|vn|th|my|sg|jp|kr|au|nz|ca|us|eu|xyz|top|site|online|"
    "shop|store|app|dev|gg|tv|be|ch|at|nl|pl|tk|ml|ga|cf|example|test|invalid|biz|click|link|live|vip|club|fun|win|"
    "bet|cc|ws|ly|to|gl|gd|am|fm|ai|so|lat|pro|tech|space|website|page|cam|porn|sex|xxx|onion"
)
URL = re.compile(
    rf"(?:https?://|www\.)[^\s<>\"']+|(?<![\w@.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b"
    r"(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
DISCORD_TAG = re.compile(r"(?<![\w.])[\w.]{2,32}#\d{4}\b")
LONG_DIGITS = re.compile(r"(?<![\w])\+?\d(?:[\s().\-–/]{0,3}\d){6,}(?!\w)")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d$")

_AR = r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3]"
_NUM_AR = r"[0-9\u0660-\u0669]"
ADDRESS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b\d{1,5}[a-z]?,?\s+(?:[A-Za-z][\w'’-]*\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|"
        r"crescent|court|boulevard|blvd|place|terrace|estate|highway|hwy|gardens|grove)\b\.?"
        r"(?:,?\s*(?:apt|flat|unit|apartment|house)\.?\s*\d+\w?)?"
        r"|\b(?:flat|apt|apartment|house number|house no\.?)\s*\d+\w?"
        r"(?:,\s*\d{1,5}\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd|boulevard|chemin|place|allée|allee|impasse|route|quai|"
        r"cours|cité|cite|résidence|lotissement)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?"
        r"(?-i:[\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]*){0,3})"
        # Belgian and Swiss style: street name before the number ("Rue des Tanneurs 42, 1000 Bruxelles").
        r"|\b(?:rue|avenue|boulevard|chaussée|chaussee|chemin|place|quai|allée|allee|impasse|square)\s+"
        r"(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?(?-i:[A-ZÉÈ][\w'’-]*(?:\s+[A-ZÉÈ][\w'’-]*){0,3})"
        r",?\s+\d{1,4}(?:\s?(?:bis|ter))?\b(?:\s*,?\s*\d{4,5}\s+(?-i:[A-ZÉÈ][\w'’-]+)|(?=\s*(?:[,.;:!?)]|$)))",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:calle|c/|avenida|av\.?|avda\.?|jirón|jiron|jr\.|carrera|cra\.?|pasaje|psje\.?|paseo|camino|diagonal|"
        r"transversal|manzana|mz\.?)\s+(?-i:(?:[A-ZÁÉÍÓÚÑ0-9][\w.’'-]*|de|del|la|las|los|el)\s+){0,4}?"
        r"(?:n[°º.]?\s*|#\s*|no\.?\s*)?\d{1,5}[a-zA-Z]?\b(?:\s*#\s*\d{1,4}(?:-\d{1,4})?)?",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:\bул\.|\bулиц[аеуы]\b|\bул\b|\bпр-т|\bпросп\.|\bпроспект[ае]?\b|\bпер\.|\bпереул[оке]+\b|\bб-р|"
        r"\bбульвар[ае]?\b|\bш\.|\bшоссе\b|\bнаб\.|\bнабережн\w+|\bмкр\.?|\bмикрорайон[ае]?\b|\bпл\.)\s*"
        r"(?-i:[А-ЯЁA-Z0-9][\w.-]*(?:\s+[А-ЯЁ][\w.-]*){0,2})?,?\s*(?:(?:д\.|дом)\s*)?\d+(?:\s?[а-я](?!\w))?"
        r"(?:/\d+)?(?:,?\s*(?:корп\.|к\.|стр\.)\s*\d+)?(?:,?\s*(?:кв\.|квартира)\s*\d+)?",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        rf"(?:{_NUM_AR}+\s+)?(?:شارع|حي|طريق|زقاق|جادة|حارة)\s+{_AR}+(?:\s+{_AR}+){{0,2}}?"
        rf"(?:(?:\s+رقم)?\s+{_NUM_AR}+|(?:\s*[،,]\s*(?:عمارة|بناية|شقة|طابق|الطابق|دور|منزل|بيت)\s*(?:رقم\s*)?{_NUM_AR}+)+)"
        rf"(?:\s*[،,]\s*(?:عمارة|بناية|شقة|طابق|الطابق|دور|منزل|بيت)\s*(?:رقم\s*)?{_NUM_AR}+)*"
        rf"|{_NUM_AR}+\s+(?:شارع|طريق)\s+{_AR}+(?:\s+{_AR}+){{0,2}}?(?=\s*[،,.؟!]|$)"
        rf"|(?:عمارة|بناية|شقة)\s*(?:رقم\s*)?{_NUM_AR}+(?:\s*[،,]\s*(?:عمارة|بناية|شقة|طابق|الطابق|دور)\s*{_NUM_AR}+)*"
    ),
    "zh": re.compile(
        r"[\u4e00-\u9fff]{1,4}?(?:路|街|道|巷|村|里|大街|胡同)(?:[一二三四五六七八九十\d]{1,2}段)?[\d一二三四五六七八九十百]+"
        r"(?:[号號弄巷组組栋棟幢单單元室楼樓层層\-]|[\d一二三四五六七八九十百])*[号號室弄组組栋棟幢楼樓层層]"
        # Hong Kong and Taiwan style: estate (邨, 苑, 花園...), block (樓, 座, 閣), flat number (室).
        r"|(?:[\u4e00-\u9fff]{1,4}?(?:邨|村|苑|花园|花園|大厦|大廈|广场|廣場|山庄|山莊|新城|中心))?"
        r"[\u4e00-\u9fffA-Za-z\d]{1,3}?(?:楼|樓|座|阁|閣|栋|棟|幢|大厦|大廈)\s*[A-Za-z]?\s*[\d一二三四五六七八九十]{1,4}"
        r"\s*[A-Za-z]?\s*(?:室|号|號|楼|樓|層|层)?"
    ),
}
# Weekdays and times after "المدرسة" ("باب المدرسة الخميس") are not part of a school's name.
_AR_NOT_NAME = (
    r"(?!(?:الخميس|الجمعة|الجمعه|السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|اليوم|الصبح|"
    r"الساعة|الساعه|الصباح|المسا|المساء|الجاية|الجايه|الماضية|الماضيه)(?![\u0621-\u064A]))"
)
SCHOOL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:(?:St\.?|Saint|Mount|Mt\.?|[A-Z][\w'’-]+)\s+){1,4}(?:(?:Junior|Senior|Secondary|Primary|High|Grammar|"
        r"Public|Community|International|Elementary|Middle|Girls'?|Boys'?)\s+)?"
        r"(?:School|Academy|College|Primary|Secondary|High|Elementary|Institute|Grammar)\b"
    ),
    "fr": re.compile(
        r"(?i:\b(?:école|ecole|collège|college|lycée|lycee|institut|groupe scolaire))"
        r"(?:\s+(?i:primaire|élémentaire|elementaire|maternelle|secondaire|polyvalente|privée?|publique?|catholique|internationale?|professionnel(?:le)?|technique|général|general))*"
        r"\s+(?:(?:de\s+la|du|des|de|d['’]|la|le|les|l['’])\s*)?"
        r"[A-ZÉÈÀ][\w'’-]*(?:\s+(?:[A-ZÉÈÀ][\w'’-]*|de|du|des|la|le|les))*"
    ),
    "es": re.compile(
        r"(?i:\b(?:colegio|escuela|liceo|instituto|IES|CEIP|I\.E\.|unidad educativa|preparatoria|secundaria|"
        r"primaria|escuela primaria|escuela secundaria))\s+(?:(?:de\s+la|del|de|la|el|los|las|N[°º]|No\.?)\s*)?"
        r"[A-ZÁÉÍÓÚÑ0-9][\w'’.-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|los|las))*"
    ),
    "ru": re.compile(
        r"(?i:\b(?:школ[аыеуой]*|гимнази[яиюей]*|лице[йяюе]*|школы-лицея|школа-лицей|колледж[а-я]*))"
        r"(?:\s*(?:№|N[oº°]?\.?)\s*\d+|\s*«[^»\n]{1,40}»|\s*\"[^\"\n]{1,40}\")"
    ),
    "ar": re.compile(
        r"(?:ال)?(?:مدارس|مدرسة|مدرسه|ثانوية|اعدادية|إعدادية|ابتدائية|متوسطة|معهد|كلية|أكاديمية|اكاديمية)"
        r"(?:\s+(?:ال)?(?:ابتدائية|إعدادية|اعدادية|ثانوية|متوسطة|نموذجية|خاصة|دولية|رسمية))*"
        rf"\s+{_AR_NOT_NAME}ال[\u0621-\u064A]+(?:\s+{_AR_NOT_NAME}ال[\u0621-\u064A]+){{0,3}}"
    ),
    "zh": re.compile(
        r"([\u4e00-\u9fff]{2,12}?(?:小学|中学|初中|高中|国中|國中|小學|中學|实验学校|實驗學校|外国语学校|外國語學校)"
        r"(?![生部])|第?[一二三四五六七八九十\d]+中(?![文国國午间間学學心])"
        r"|(?:实验|實驗|附属|附屬|育才|育英|外国语|外國語)?[一二三四五六七八九十\d]+小(?![时時学學朋孩组組说說姐弟妹心声聲事区區吃卖賣])"
        r"|实验小|實驗小)"
    ),
}
_ZH_LEAD = "我你他她们們在是的上读讀念去到了和跟从從个個就都也还還很"
_ZH_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董袁潘于"
    "蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯"
    "龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐"
)
_ZH_END = r"(?=[，,。.！!？?\s、；;）)]|$)"
ZH_NAME = re.compile(
    rf"(?:我叫|我是|我的名字是|我的名字叫|我名字叫|名字叫|名叫|我系)([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}){_ZH_END}"
    rf"|([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?=老师|老師|同学|同學|先生|女士|阿姨|叔叔|校长|校長)"
    rf"|(?:小学|中学|国中|國中|小學|中學|高中|初中)的([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}){_ZH_END}"
)
# Ordinary verbs that follow "the teacher" ("المعلم يساعد الطلاب"): a sentence, not a name.
_AR_VERBS = (
    "the teacher",
    "المعلم يساعد الطلاب",
    "يساعد",
    "يساعدنا",
    "يعلم",
    "يعلمنا",
    "يقول",
    "يقولنا",
    "قال",
    "قالت",
    "تقول",
    "يشرح",
    "تشرح",
    "يحب",
    "تحب",
    "يريد",
    "تريد",
    "يعطي",
    "تعطي",
    "يعمل",
    "تعمل",
    "يدرس",
    "تدرس",
    "يطلب",
    "تطلب",
    "ساعد",
    "ساعدت",
    "علم",
    "شرح",
    "شرحت",
    "كان",
    "كانت",
    "هو",
    "هي",
    "بيقول",
    "بتقول",
    "بيشرح",
    "بتشرح",
    "بيساعد",
    "بتساعد",
)
_AR_NAME_STOP = frozenset(
    [
        # Days and times ("المدرسة يوم الخميس"): not a name.
        "يوم",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "الاحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الساعة",
        "بكرة",
        "بكره",
        "طالب",
        "طالبة",
        "تلميذ",
        "تلميذة",
        "بنت",
        "ولد",
        "طفل",
        "طفلة",
        "من",
        "في",
        "على",
        "عن",
        "مع",
        "الى",
        "إلى",
        "عندي",
        "عمري",
        "مش",
        "ما",
        "لا",
        "لم",
        "لن",
        "بس",
        "كمان",
        "بدي",
        "ابي",
        "أبي",
        "اريد",
        "أريد",
        "حاسس",
        "حاسة",
        "خايف",
        "خايفة",
        "زعلان",
        "زعلانة",
        "هنا",
        "هون",
        "وأنا",
        "وانا",
        "كنت",
        "صار",
        "جدا",
        "ساكن",
        "ساكنة",
        "ساكنه",
        "اسكن",
        "أسكن",
        "اعيش",
        "أعيش",
        "عايش",
        "عايشة",
        "بحب",
        "أحب",
        "احب",
        "اتمنى",
        "أتمنى",
        "أقترح",
        "اقترح",
        "أعتقد",
        "اعتقد",
        "أظن",
        "اظن",
        "شايف",
        "شايفة",
        "حابب",
        "حابة",
        "حابه",
        "بنت",
        "ابن",
        "أخت",
        "اخت",
        "أخ",
        "اخو",
        "ام",
        "أم",
        "أب",
        "اب",
        "هو",
        "هي",
        "هم",
        "نحن",
        "احنا",
        "انا",
        "أنا",
        "كل",
        "بعض",
        "اللي",
        "الذي",
        "التي",
        "و",
        "او",
        "أو",
        "ثم",
        "لكن",
        "لأن",
        "لان",
        "عشان",
        "علشان",
        *_AR_VERBS,
    ]
)
_AR_NAME_CUE = re.compile(
    r"(?:^|(?<=[\s،,.!؟:]))(?:انا|أنا|اسمي|إسمي|معلمتنا|معلمنا|مدرستنا|مدرسنا|استاذتنا|أستاذتنا|استاذنا|أستاذنا|"
    r"المعلمة|المعلم|الأستاذة|الأستاذ|الاستاذة|الاستاذ|المدرسة|المدرس|الآنسة|الانسة|السيدة|السيد)\s+"
)
_AR_WORD = re.compile(r"[\u0621-\u064A]+")
_DATE = re.compile(
    r"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d\b"
    r"|\b[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"
)
_CAP = r"[A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÜŸÆŒ][a-záéíóúñàâçèêëîïôûüÿæœ'’]+"
_CAP_RU = r"[А-ЯЁ][а-яё]+"


_AT_MARK = re.compile(r"@|(?<!\w)(?:at|arobase|arroba|собака|sobaka|ات|آت)(?!\w)|[(\[]at[)\]]|艾特", re.IGNORECASE)
# A UK postcode in capitals ("LS6 2QX", "M14 5RB").
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_PHONE_HINT = re.compile(r"\d(?:[\s().\-–/]{0,3}\d){5,}")
_DIGIT = re.compile(r"\d")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CJK_ANY = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002a6df]")  # what is_cjk accepts
# A full Taiwanese (Republic of China) calendar date ("民國100年5月3日") in a child's comment is a birth date.
_ROC_DATE = re.compile(r"民[國国]\s*\d{1,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?")
# "2011年6月8日出生", "生日2010年3月5号": the cue may come before or after the date in Chinese.
_ZH_BIRTH_DATE = re.compile(
    r"((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?)(?=\s*(?:出生|出世|生|的生日|生日))"
    r"|(?<=生日|出生|生於|生于)[是为為:：\s]*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?)"
)
_SCHOOL_YEAR_BEFORE = re.compile(r"(?i)\b(?:year|yr|grade|class|form|age|aged|p|s)\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d|\d\s*[./-]\s*\d")
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EMAIL_WINDOW = 80
# A school regex runs only when one of its words is in the lower-cased text (keeps long items cheap).
_SCHOOL_HINT: dict[str, tuple[str, ...]] = {
    "en": ("school", "academy", "college", "primary", "secondary", "high", "elementary", "institute", "grammar"),
    "fr": ("école", "ecole", "collège", "college", "lycée", "lycee", "institut", "groupe scolaire"),
    "es": (
        "colegio",
        "escuela",
        "liceo",
        "instituto",
        "ies",
        "ceip",
        "i.e.",
        "unidad educativa",
        "preparatoria",
        "secundaria",
        "primaria",
    ),
    "ru": ("школ", "гимнази", "лице", "колледж"),
    "ar": ("مدرس", "مدارس", "ثانوي", "اعدادي", "إعدادي", "ابتدائي", "متوسط", "معهد", "كلي", "اكاديمي", "أكاديمي"),
    "zh": (
        "小学",
        "中学",
        "初中",
        "高中",
        "国中",
        "國中",
        "小學",
        "中學",
        "实验学校",
        "實驗學校",
        "外国语",
        "外國語",
        "中",
        "小",
    ),
}
_ADDRESS_HINT: dict[str, tuple[str, ...]] = {
    "en": (
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "ln",
        "drive",
        "close",
        "way",
        "crescent",
        "court",
        "boulevard",
        "blvd",
        "place",
        "terrace",
        "estate",
        "highway",
        "hwy",
        "gardens",
        "grove",
        "flat",
        "apt",
        "apartment",
        "house",
    ),
    "fr": (
        "rue",
        "avenue",
        "av.",
        "bd",
        "boulevard",
        "chemin",
        "place",
        "allée",
        "allee",
        "impasse",
        "route",
        "quai",
        "cours",
        "cité",
        "cite",
        "résidence",
        "lotissement",
    ),
    "es": (
        "calle",
        "c/",
        "avenida",
        "av",
        "jirón",
        "jiron",
        "jr.",
        "carrera",
        "cra",
        "pasaje",
        "psje",
        "paseo",
        "camino",
        "diagonal",
        "transversal",
        "manzana",
        "mz",
    ),
    "ru": ("ул", "пр-т", "просп", "пер", "б-р", "бульвар", "ш.", "шоссе", "наб", "мкр", "микрорайон", "пл."),
    "ar": ("شارع", "حي", "طريق", "زقاق", "جادة", "حارة", "عمارة", "بناية", "شقة"),
    "zh": ("号", "號", "室", "弄", "组", "組", "栋", "棟", "幢", "邨", "楼", "樓", "座", "阁", "閣", "苑"),
}
# Words before an address that are not part of it ("我住在", "地址是").
_ZH_ADDRESS_LEAD = frozenset("我你他她住在是的于於到去家地址系喺")


def _hint_automaton() -> ahocorasick.Automaton:
    """One pass over the lower-cased text tells which address and school shapes are worth trying."""
    automaton = ahocorasick.Automaton()
    tags: dict[str, set[tuple[str, str]]] = {}
    for kind, table in (("address", _ADDRESS_HINT), ("school", _SCHOOL_HINT)):
        for lang, words in table.items():
            for w in words:
                tags.setdefault(w, set()).add((kind, lang))
    for w, t in tags.items():
        automaton.add_word(w, frozenset(t))
    automaton.make_automaton()
    return automaton


_AT_HINT = ("@", " at ", "arobase", "arroba", "собака", "sobaka", "ات", "آت", "艾特", "(at)", "[at]")
_CAPITAL_NEXT = re.compile(
    r"[\s,:.]{0,4}(?i:(?:(?:el|la|le)\s+)?(?:profesora?|profe|maestr[oa]|teacher|prof|professeure?)\s+)?"
    r"[A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÜŸÆŒА-ЯЁ]"
)
_URL_LOW = re.compile(r"[a-z0-9]\.[a-z]")


class _Cues:
    """Where any of many cue words ends, found with one automaton over the lower-cased text
    (flat cost however many cues the files list); each hit is checked against word edges."""

    def __init__(self, phrases: list[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for p in {p.lower() for p in phrases if p.strip()}:
            self._automaton.add_word(p, len(p))
        self.empty = len(self._automaton) == 0
        if not self.empty:
            self._automaton.make_automaton()

    def ends(self, text: str, low: str) -> list[int]:
        """Ends of cue words in ``text``; ``low`` is ``text.lower()`` (computed once by the caller)."""
        if self.empty:
            return []
        if len(low) != len(text):  # a few characters lower-case to two; keep offsets exact
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        out = []
        if low.isascii() or _CJK_ANY.search(low) is None:  # no Han character: plain word edges, no per-character test
            n = len(low)
            for end, length in self._automaton.iter(low):
                start = end - length + 1
                if (start == 0 or not low[start - 1].isalnum()) and (
                    end + 1 >= n or not low[end + 1].isalnum() or not low[end].isalnum()
                ):
                    out.append(end + 1)
            return out
        for end, length in self._automaton.iter(low):
            start = end - length + 1
            # Chinese has no spaces: a cue touching a Han character on either side still counts.
            before_ok = start == 0 or not low[start - 1].isalnum() or is_cjk(low[start]) or is_cjk(low[start - 1])
            after_ok = (
                end + 1 >= len(low)
                or not low[end + 1].isalnum()
                or not low[end].isalnum()
                or is_cjk(low[end])
                or is_cjk(low[end + 1])
            )
            if before_ok and after_ok:
                out.append(end + 1)
        return out


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


class _Patterns:
    """Cue automata built once from the words of every language, and the shapes that follow them."""

    def __init__(self, rules: RuleSet) -> None:
        self.hints = _hint_automaton()
        self.intro = _Cues([p for lang in LANGUAGES for p in rules.sections("name_intro", [lang])])
        self.title = _Cues([p for lang in LANGUAGES for p in rules.sections("name_title", [lang])])
        self.birth = _Cues([p for lang in LANGUAGES for p in rules.sections("birth_cue", [lang])])
        self.platform = _Cues(rules.sections("handle_cue", LANGUAGES))
        latin_name = rf"{_CAP}(?:[\s-]+{_CAP}){{1,3}}"
        cyr_name = rf"{_CAP_RU}(?:[\s-]+{_CAP_RU}){{1,3}}"
        self.after_intro = re.compile(
            rf"[\s,:]+(?i:(?:(?:el|la|le)\s+)?(?:profesora?|profe|maestr[oa]|teacher|prof|professeure?)\s+)?"
            rf"({latin_name}|{cyr_name})"
        )
        self.after_title = re.compile(rf"\.?\s+({_CAP}(?:[\s-]+{_CAP}){{0,3}}|{_CAP_RU}(?:\s+{_CAP_RU}){{0,3}})")
        self.after_platform = re.compile(
            r"(?:\s+(?:on|en|sur|в|على))?(?:\s*(?:id|username|user|name|nick|ник|号|號))?"
            r"\s*(?:[:：=\-]|\bis\b|\bes\b|\best\b|\bit['’]?s\b|\bit is\b|\bc['’]?est\b|это|是|هو|\bhuwa\b)?"
            r"\s*@?([A-Za-z0-9_.]{3,32})(?![\w@])"
        )


def _regions(item: Item) -> list[str | None]:
    out: list[str | None] = []
    if item.country:
        out.append(item.country.upper())
    for lang in (item.lang, item.language):
        out.extend(REGIONS.get(lang or "", ()))
    out.append(None)  # international format only
    seen: list[str | None] = []
    for r in out:
        if r not in seen:
            seen.append(r)
    return seen


def _phones(text: str, item: Item) -> Iterator[tuple[int, int]]:
    long_runs = []
    for m in LONG_DIGITS.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 7 and not _YEAR_RANGE.match(m.group()):
            long_runs.append((m.start(), m.end()))
            yield m.start(), m.end()
    # phonenumbers only for what the digit-run rule did not already cover (short local numbers).
    if all(any(s <= h.start() and h.end() <= e for s, e in long_runs) for h in _PHONE_HINT.finditer(text)):
        return
    for region in _regions(item):
        try:
            for match in phonenumbers.PhoneNumberMatcher(text, region or "ZZ", leniency=phonenumbers.Leniency.VALID):
                yield match.start, match.end
        except Exception:  # noqa: S112 - a library hiccup on odd input must not hide other matches
            continue


def _arabic_names(text: str) -> Iterator[tuple[int, int]]:
    for cue in _AR_NAME_CUE.finditer(text):
        words: list[re.Match[str]] = []
        pos = cue.end()
        for w in _AR_WORD.finditer(text, pos):
            if text[pos : w.start()].strip() or len(words) == 4:
                break
            words.append(w)
            pos = w.end()
        best = None
        for n in range(2, len(words) + 1):
            chosen = [w.group() for w in words[:n]]
            if any(c in _AR_NAME_STOP for c in chosen if c not in ("بن", "بنت", "ابن", "أبو", "ابو")):
                break
            last, before = chosen[-1], chosen[-2]
            if last.startswith("ال") or before in ("بن", "بنت", "ابن", "أبو", "ابو"):
                best = n
        if best:
            yield words[0].start(), words[best - 1].end()


# Words that end a sentence part before "小学"/"中学": what follows them is a kind of school
# ("应该在小学就开始" = "should start in primary school"), not a school's name.
_ZH_SCHOOL_STOP = frozenset(_ZH_LEAD + "应應该該时時候后後所些种種每各哪这這那")
# Time words before a kind of school ("今年初中二年级" = "this year in junior high") are not its name.
_ZH_TIME_WORDS = ("今年", "明年", "去年", "现在", "現在", "已经", "已經", "正在", "马上", "馬上", "刚", "剛", "才")
_ZH_SCHOOL_KIND = ("小学", "中学", "初中", "高中", "国中", "國中", "小學", "中學")


def _zh_schools(text: str) -> Iterator[tuple[int, int]]:
    for m in SCHOOL["zh"].finditer(text):
        start, end = m.start(), m.end()
        group = m.group()
        kind = next((k for k in _ZH_SCHOOL_KIND if group.endswith(k)), None)
        if kind is not None:
            cut = max((i for i in range(start, end - len(kind)) if text[i] in _ZH_SCHOOL_STOP), default=None)
            if cut is not None:
                start = cut + 1
            if end - len(kind) - start < 2:
                continue
        while start < end and text[start] in _ZH_LEAD:
            start += 1
        time_word = next((w for w in _ZH_TIME_WORDS if text.startswith(w, start)), None)
        while time_word is not None:
            start += len(time_word)
            while start < end and text[start] in _ZH_LEAD:
                start += 1
            time_word = next((w for w in _ZH_TIME_WORDS if text.startswith(w, start)), None)
        if text[start:end] in _ZH_SCHOOL_KIND:
            continue  # "我初中二年级": a school year, not a school's name
        if end - start >= 4 or group.endswith("中") or (group.endswith("小") and end - start >= 2):
            yield start, end


def _emails(text: str) -> Iterator[tuple[int, int]]:
    """Emails only around an "@"/"at" mark: the obfuscated-email shape is costly to try everywhere."""
    done = -1
    for mark in _AT_MARK.finditer(text):
        if mark.start() < done:
            continue
        lo = max(0, mark.start() - _EMAIL_WINDOW)
        for m in EMAIL.finditer(text, lo, min(len(text), mark.end() + _EMAIL_WINDOW)):
            if m.start() <= mark.start() < m.end():
                done = m.end()
                yield m.start(), m.end()


def _spans(text: str, item: Item, pat: _Patterns) -> Iterator[tuple[int, int, str]]:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if any(h in low for h in _AT_HINT):
        yield from ((s, e, "email") for s, e in _emails(text))
    if "www" in low or "http" in low or _URL_LOW.search(low):
        for m in URL.finditer(text):
            yield m.start(), m.end(), "url"
    if "@" in text:
        for m in HANDLE.finditer(text):
            if len(m.group()) > 2:
                yield m.start(), m.end(), "handle"
    if "#" in text:
        for m in DISCORD_TAG.finditer(text):
            yield m.start(), m.end(), "handle"
    for end in pat.platform.ends(text, low):
        found = pat.after_platform.match(text, end)
        if found:
            handle = found.group(1)
            if any(c.isdigit() or c in "._" for c in handle) and any(c.isalpha() for c in handle):
                yield found.start(1), found.end(1), "handle"
    has_digit = _DIGIT.search(text) is not None
    hinted: set[tuple[str, str]] = set()
    for _end, tags in pat.hints.iter(low):
        hinted |= tags
    if has_digit and _PHONE_HINT.search(text):
        for s, e in _phones(text, item):
            yield s, e, "phone"
    if has_digit:
        for m in _UK_POSTCODE.finditer(text):
            yield m.start(), m.end(), "address"
        for lang, rx in ADDRESS.items():
            if ("address", lang) not in hinted:
                continue
            for m in rx.finditer(text):
                if _SCHOOL_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "not year 8, that's way too late": a school year, not a house number
                start = m.start()
                if lang == "zh":
                    while start < m.end() and text[start] in _ZH_ADDRESS_LEAD:
                        start += 1
                yield start, m.end(), "address"
    for lang, rx in SCHOOL.items():
        if ("school", lang) not in hinted:
            continue
        if lang == "zh":
            for s, e in _zh_schools(text):
                yield s, e, "school"
            continue
        for m in rx.finditer(text):
            yield m.start(), m.end(), "school"
    for end in pat.intro.ends(text, low):
        if not _CAPITAL_NEXT.match(text, end):
            continue
        named = pat.after_intro.match(text, end)
        if named:
            yield named.start(1), named.end(1), "name"
    for end in pat.title.ends(text, low):
        if not _CAPITAL_NEXT.match(text, end):
            continue
        named = pat.after_title.match(text, end)
        if named:
            yield named.start(1), named.end(1), "name"
    if _HAN.search(text):
        for m in ZH_NAME.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            yield m.start(g), m.end(g), "name"
    if _ARABIC.search(text):
        yield from ((s, e, "name") for s, e in _arabic_names(text))
    cues = pat.birth.ends(text, low) if has_digit else []
    # Arabic-Indic digits ("٣/٧/٢٠١١") are read as 0-9; one character each, so spans are kept.
    dtext = text.translate(_AR_DIGITS)
    if cues and _YEAR.search(dtext):
        for m in _DATE.finditer(dtext):
            if any(m.start() - 40 <= c <= m.start() for c in cues):
                yield m.start(), m.end(), "birth_date"
    if has_digit and "年" in text:
        for m in _ZH_BIRTH_DATE.finditer(text):
            g = 1 if m.group(1) else 2
            yield m.start(g), m.end(g), "birth_date"
        if "民" in text:
            for m in _ROC_DATE.finditer(text):
                yield m.start(), m.end(), "birth_date"


def build(rules: RuleSet) -> Check:
    patterns = _Patterns(rules)
    for regions in REGIONS.values():  # load number metadata now, not inside the first child's screening
        for region in regions:
            phonenumbers.PhoneMetadata.metadata_for_region(region)

    def personal_info(item: Item) -> Finding:
        view = item.light
        spans = []
        for s, e, kind in _spans(view.text, item, patterns):
            if e > s:
                start, end = view.original_span(s, e)
                spans.append(Span(start, end, kind))
        if not spans:
            return Finding()
        return Finding(flags=("personal_info",), reasons=tuple(sorted({s.kind for s in spans})), spans=tuple(spans))

    return personal_info
