"""Personal information a child should not publish: found, flagged and proposed for redaction.

Phone numbers (``phonenumbers`` with the child's country and the usual countries of the
item's language as hints, plus any long run of digits, plus numbers said in words in the six
languages: seven digits or more), emails (also written ``name dot x at y dot com``), web
addresses, @handles in any script, usernames after a platform name, nicknames after
``username``/``pseudo``/``ник``/``游戏名``, account numbers after ``QQ号``/``uid``/``мой id``,
street addresses (also Hong Kong, West African and Moroccan styles), school names, full
names after an introduction, a title or a third-person cue (``il s'appelle``, ``ask for``),
dates of birth. The shapes are code; the words that introduce them (``my name is``, ``Mme``,
``born on``, ``pseudo``, ``uid``) are data in ``moderation/<lang>/personal_info.txt``.

Regexes run on the light view and spans are mapped back to the original text, widened to
whole words so a marker never leaves half a word behind.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

import ahocorasick
import phonenumbers

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.normalise import View, is_cjk
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
    r"|\s*[(\[](?:dot|point|punto|точка|tochka)[)\]]\s*)"
)
_AT = (
    r"(?:\s*@\s*|\s+(?:at|arobase|arroba|собака|собачка|sobaka|sobachka|ات|آت)\s+"
    r"|\s*[(\[](?:at|arobase|arroba|собака|собачка|sobaka|sobachka)[)\]]\s*|\s*艾特\s*)"
)
# Endings said in the local script ("точка ру", "دوت كوم").
_TLD_WORDS = r"(?:ру|рф|ком|нет|орг|су|кз|уа|бай|كوم|كم|نت|اورج|اورغ)"
# What follows the "at": a domain with its ending.
_DOMAIN = rf"[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:[a-z]{{2,12}}\b|{_TLD_WORDS}(?!\w))"
EMAIL = re.compile(rf"[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}{_DOMAIN}", re.IGNORECASE)
# A known mail provider after the "at" needs no ending ("vova собака yandex", "lina at gmail точка ру"); also
# spelled in Cyrillic or Arabic letters ("собака мейл точка ру", "собачка яндекс", "ات هوتميل دوت كوم").
_MAIL_HOSTS = (
    r"(?:gmail|mail|yandex|ya|yahoo|hotmail|outlook|live|icloud|qq|163|126|inbox|rambler|bk|list|gmeil|gmial|meil|"
    r"mejl|yandeks|jandeks|hotmeil|мейл|мэйл|маил|майл|мыло|гмейл|гмэйл|гмаил|гмайл|джимейл|жмейл|яндекс|яндэкс|"
    r"инбокс|рамблер|хотмейл|хотмэйл|аутлук|айклауд|هوتميل|هوتمايل|جيميل|جي ميل|جيمايل|ياهو|اوتلوك|أوتلوك|ايكلاود)"
)
EMAIL_BARE = re.compile(
    rf"([\w+-]+(?:{_DOT}[\w+-]+)*){_AT}{_MAIL_HOSTS}(?!\w)"
    rf"(?:{_DOT}(?:[a-zа-я]{{2,3}}|{_TLD_WORDS})(?!\w)|\s+(?:ру|ru|ком|com|كوم)(?!\w))?",
    re.IGNORECASE,
)
# The right side of an "at" mark in either shape: a cheap anchored test before the costly searches.
_AFTER_AT = re.compile(rf"{_AT}(?:{_DOMAIN}|{_MAIL_HOSTS}(?!\w))", re.IGNORECASE)
# Words before "at gmail" that are not an address's first part ("write to me at gmail", "моя собака яндекс").
_NOT_LOCAL = frozenset(
    (
        *("me", "us", "you", "him", "her", "them", "it", "mail", "email", "e-mail", "почта", "мне", "моя", "твоя"),
        *("наша", "его", "её", "ее", "эта", "меня", "у", "злая", "большая", "маленькая", "ya", "я"),
    )
)
_TLDS = (
    "com|net|org|info|io|co|me|ru|su|ua|by|kz|cn|tw|hk|uk|de|fr|es|it|br|mx|ar|cl|pe|ve|ec|bo|uy|py|ng|ke|za|eg|sa|"
    "ae|ma|dz|tn|jo|lb|ps|sy|iq|qa|kw|om|ly|sd|in|pk|bd|id|ph|vn|th|my|sg|jp|kr|au|nz|ca|us|eu|xyz|top|site|online|"
    "shop|store|app|dev|gg|tv|be|ch|at|nl|pl|tk|ml|ga|cf|example|test|invalid|biz|click|link|live|vip|club|fun|win|"
    "bet|cc|ws|ly|to|gl|gd|am|fm|ai|so|lat|pro|tech|space|website|page|cam|porn|sex|xxx|onion"
)
URL = re.compile(
    rf"(?:https?://|www\.)[^\s<>\"']+|(?<![\w@.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b"
    # Not the start of a longer dotted name ("art.by.mia" is a username, not "art.by").
    r"(?!\.[^\W_])(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
# Latin, Cyrillic, Arabic or Chinese after the "@" ("@kid_123", "@小明爱画画", "@катя_2011").
HANDLE = re.compile(r"(?:(?<![\w@.])|(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]))@\w(?:[\w.]{0,30}\w)?")
DISCORD_TAG = re.compile(r"(?<![\w.])[\w.]{2,32}#\d{4}\b")
LONG_DIGITS = re.compile(r"(?<![\w])\+?\d(?:[\s().\-–/]{0,3}\d){6,}(?!\w)")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d$")

_AR = r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3]"
_NUM_AR = r"[0-9\u0660-\u0669]"
# An Arabic address as a chain of parts, in any order and with or without commas: street or district
# ("شارع الملك فهد"، "حي النزهة"، "بشارع التحرير")، building, flat, floor, house, Gulf block and plot
# ("بلوك 4"، "قطعة 3"، "جادة 5"، "منزل رقم 22"، "الطابق الثالث"). A number must be somewhere in it.
_AR_B = r"(?![\u0621-\u064A])"
_AR_STREET_WORD = (
    r"(?:شارع|شارغ|حي|طريق|زقاق|جادة|جاده|حارة|حاره|زنقة|زنقه|درب|سكة|منطقة|منطقه|مربع|ضاحية|إقامة|اقامة|تجزئة|"
    # Tunisian and Algerian: "نهج ابن خلدون"، "حومة باب الواد"، "سيتي 5 جويلية".
    r"نهج|حومة|حومه|سيتي|"
    # A building's name ("عمارة النور شقة 5", "بناية الأمل، الطابق 3").
    r"عمارة|عماره|بناية|بنايه|برج|مبنى|مجمع)"
)
_AR_UNIT_WORD = (
    r"(?:عمارة|عماره|العمارة|بناية|بنايه|البناية|بناء|برج|شقة|شقه|الشقة|طابق|الطابق|الدور|منزل|المنزل|بيت|دار|"
    r"فيلا|فيلة|فله|ڤيلا|مبنى|المبنى|قطعة|قطعه|بلوك|بلك|مدخل|مجمع|ص\.ب|صندوق بريد)"
)
_AR_FLOOR = (
    r"(?:الأول|الاول|الثاني|التاني|الثالث|التالت|الرابع|الخامس|السادس|السابع|الثامن|التامن|التاسع|العاشر|الأرضي|الارضي)"
)
_AR_ADDR_NAME = (
    r"(?!(?:في|فى|من|على|عند|قرب|جنب|بجانب|مع|بس|اللي|هو|هي|و|او|أو|ثم|لكن|عشان|علشان|انا|أنا|عمري|عندي|خلف|ورا|"
    r"فيه|فيها|فيو|عندنا|عنده|عندها|كان|كانت|كتير|كثير|جدا|بعيد|قريب|طويل|كبير|صغير|زحمة|مزدحم|"
    rf"قدام|مقابل|بين|رقم|{_AR_STREET_WORD}|{_AR_UNIT_WORD}){_AR_B})(?![وف](?:انا|أنا|عندي|عمري|احب|بحب|ساكن|اسكن|أسكن))"
    rf"{_AR}+"
)
_AR_PART = (
    rf"(?:(?<!عن )[وبل]?{_AR_STREET_WORD}{_AR_B}\s*(?:رقم\s*)?"
    # A number may start the name ("سيتي 5 جويلية"، "حي 20 أوت").
    rf"(?:{_NUM_AR}+(?:\s+{_AR_ADDR_NAME})?|{_AR_ADDR_NAME}(?:\s+{_AR_ADDR_NAME}){{0,2}}(?:\s*(?:رقم\s*)?{_NUM_AR}+)?)"
    # A block by its letter: "بلوك ب"، "عمارة ج".
    rf"|[وبل]?{_AR_UNIT_WORD}{_AR_B}\s*(?:رقم\s*)?(?:{_NUM_AR}+|{_AR_FLOOR}{_AR_B}|[\u0621-\u0647\u0649-\u064A](?![\u0621-\u064A])))"
)
AR_ADDRESS_CHAIN = re.compile(
    rf"(?:{_NUM_AR}+\s+)?{_AR_PART}(?:(?:\s*[،,\-–]\s*|\s+)(?:{_AR_PART}|رقم\s*{_NUM_AR}+))*(?!{_NUM_AR})"
)
# "عنواني: الرياض، حي الملقا ..." — after "my address is" the rest of the sentence is the address.
_AR_MY_ADDRESS = re.compile(
    r"(?:عنواني|عنوانى|عنوان بيتي|عنوان بيتنا|عنوان البيت|عنوان منزلي|عنوانا)(?:\s*(?:هو|هي|:|：))*\s+"
    r"(?!(?:الالكتروني|الإلكتروني|الايميل|الإيميل|البريد|على|عالـ|في\s+ال(?:انستا|سناب|تيك))"
    r"(?![\u0621-\u064A]))(?P<addr>[^.!؟?\n]{3,80}?)\s*(?=[.!؟?\n]|$)"
)
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
        r"(?:/\d+)?(?:,?\s*(?:корп\.|к\.|стр\.)\s*\d+)?(?:,?\s*(?:кв\.?|квартира)\s*\d+)?",
        re.IGNORECASE,
    ),
    "ar": AR_ADDRESS_CHAIN,
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
# Words that say what kind of school, or which exam, not its name ("امتحانات الثانوية العامة" are the national
# exams, "المدرسة الجديدة", "المدرسة اللي جنب بيتنا", "كلية الطب"): never a school name's first word.
_AR_SCHOOL_NOT_FIRST = (
    r"(?!(?:العامة|العامه|العام|الحكومية|الحكوميه|الحكومي|الخاصة|الخاصه|الخاص|الأهلية|الاهلية|الاهليه|الجديدة|"
    r"الجديده|الجديد|القديمة|القديمه|القديم|الكبيرة|الكبيره|الصغيرة|الصغيره|البعيدة|القريبة|الصيفية|الصيفيه|الداخلية|"
    r"الداخليه|المسائية|الصباحية|اللي|الي|التي|الذي|الطب|الهندسة|الهندسه|الحقوق|الآداب|الاداب|العلوم|التجارة|الصيدلة|"
    r"الشرطة|الحربية|الفنون|الموسيقى|الموسيقي|التمريض|الأزهرية|الازهرية|الثانوية|الإعدادية|الاعدادية|الابتدائية)"
    r"(?![\u0621-\u064A]))"
)
SCHOOL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        # "My School", "Our College": a possessive is not a school's first word.
        r"(?!(?:My|Our|Your|His|Her|Their|This|That|Every|Each|Any|Which|What|Whose|No|The\s+Best)\s)"
        r"(?:(?:St\.?|Saint|Mount|Mt\.?|Govt\.?|Gov\.?|Pvt\.?|[A-Z][\w'’-]+)\s+"
        r"(?:(?:de|of|del|de\s+la|of\s+the|&)\s+(?=[A-Z]))?){1,4}"  # "Ateneo de Manila", "Our Lady of Fatima"
        r"(?:(?:Junior|Senior|Secondary|Primary|High|Grammar|"
        r"Public|Community|International|Elementary|Middle|Girls'?|Boys'?)\s+)?"
        r"(?:School|Academy|College|Primary|Secondary|High|Elementary|Institute|Grammar|"
        # South Asian school words ("Kendriya Vidyalaya", "Saraswati Shishu Mandir", "Loreto Convent").
        r"Vidyalaya|Vidyalayam|Vidyapeeth|Vidyapith|Vidya\s+(?:Mandir|Bhavan|Niketan|Peeth)|Shishu\s+Mandir|"
        r"Convent|Gurukul|Gurukulam|Madrasa|Madrassa|Madrasah|Seminary|Montessori)\b"
    ),
    "fr": re.compile(
        r"(?i:\b(?:école|ecole|collège|college|lycée|lycee|institut|groupe scolaire))"
        r"(?:\s+(?i:primaire|élémentaire|elementaire|maternelle|secondaire|polyvalente|privée?|publique?|catholique|internationale?|professionnel(?:le)?|technique|général|general))*"
        r"\s+(?:(?:de\s+la|du|des|de|d['’]|la|le|les|l['’])\s*)?"
        r"[A-ZÉÈÀ][\w'’-]*(?:\s+(?:[A-ZÉÈÀ][\w'’-]*|des|de|du|la|les|le)(?!\w))*"
    ),
    "es": re.compile(
        r"(?i:\b(?:colegio|escuela|liceo|instituto|IES|CEIP|I\.E\.|unidad educativa|preparatoria|secundaria|"
        r"primaria|escuela primaria|escuela secundaria))"
        r"\s+(?:(?:de\s+la|del|de|la|el|los|las|(?i:n[°º]|no\.))(?!\w)\s*)?"
        r"[A-ZÁÉÍÓÚÑ0-9][\w'’.-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|del|de|la|los|las)(?!\w))*"
    ),
    "ru": re.compile(
        r"(?i:\b(?:школ[аыеуой]*|гимнази[яиюей]*|лице[йяюе]*|школы-лицея|школа-лицей|колледж[а-я]*))"
        r"(?:\s*(?:№|N[oº°]?\.?)\s*\d+|\s*«[^»\n]{1,40}»|\s*\"[^\"\n]{1,40}\")"
    ),
    "ar": re.compile(
        r"(?:ال)?(?:مدارس|مدرسة|مدرسه|ثانوية|اعدادية|إعدادية|ابتدائية|متوسطة|معهد|كلية|أكاديمية|اكاديمية|ليسي|ليسيه|كوليج)"
        r"(?:\s+(?:ال)?(?:ابتدائية|إعدادية|اعدادية|ثانوية|متوسطة|نموذجية|خاصة|دولية|رسمية))*"
        rf"\s+{_AR_NOT_NAME}{_AR_SCHOOL_NOT_FIRST}ال[\u0621-\u064A]+(?:\s+{_AR_NOT_NAME}ال[\u0621-\u064A]+){{0,3}}"
    ),
    "zh": re.compile(
        r"([\u4e00-\u9fff]{2,12}?(?:小学|中学|初中|高中|国中|國中|小學|中學|实验学校|實驗學校|外国语学校|外國語學校"
        # Taiwan's "國小" (primary school): "惠文國小", not "中国小朋友".
        r"|國小(?![学學朋孩时時生部友])|国小(?![学學朋孩时時生部友]))"
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
    rf"(?:我叫|我是|我的名字是|我的名字叫|我名字叫|名字叫|名叫|我系|我係|我就係|我就是|我叫做)"
    rf"([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}){_ZH_END}"
    rf"|([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?=老师|老師|同学|同學|先生|女士|阿姨|叔叔|校长|校長)"
    rf"|(?:小学|中学|国中|國中|小學|中學|高中|初中)的([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}){_ZH_END}"
)


def _word_set(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words that start with a family name's character but are ordinary ("我是高中生", "我是江苏人"):
# after "我是" they are what the child is, not who.
_ZH_NOT_NAME_START = tuple(
    _word_set(
        "高中 高一 高二 高三 高年 高手 高兴 高興 黄金 黃金 周末 周一 周二 "
        "马上 馬上 谢谢 謝謝 许多 許多 韩国 韓國 曾经 曾經 于是 任何 夏天 "
        "方便 方法 白天 白色 万一 萬一 严重 嚴重 欧洲 歐洲 金牌 程序 孙子 "
        "孫子 胡说 胡說 王者 江苏 江蘇 江西 武汉 武漢 石家 沈阳 瀋陽 苏州 "
        "蘇州 金华 金華 黄山 黃山 马来 馬來 龙的 龍的 毛毛 白痴 石头 石頭 "
        "钱多 錢多 陆地 雷锋 秦朝 唐朝 宋朝 汤姆 湯姆 范围 範圍 史上 向往 "
        "孔子 叶子 葉子 丁丁 朱古 熊猫 熊貓 贾宝 余下 林中 田径 田徑 段位 "
        "莫名 戴眼 何时 何時 邓布"
    )
)
# A name does not end like a description ("中国人", "学生们").
_ZH_NOT_NAME_END = frozenset("人们們生的了吗嗎呢啊吧呀哦者员員迷粉家族队隊")


def _zh_name_ok(name: str) -> bool:
    return not name.startswith(_ZH_NOT_NAME_START) and name[-1] not in _ZH_NOT_NAME_END


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
# Every cue also with "و" ("and") or "ف" ("so") in front ("واسمي", "وانا"); Gulf spellings ("اسمى", "آنا").
_AR_NAME_CUE = re.compile(
    r"(?:^|(?<=[\s،,.!؟:]))[وف]?(?P<cue>انا|أنا|آنا|اني|إني|سميتي|سميتو|سميتها|اسمي|إسمي|أسمي|اسمى|إسمى|اسمه|إسمه|اسمها|إسمها|معلمتنا|معلمنا|مدرستنا|مدرسنا|استاذتنا|أستاذتنا|استاذنا|أستاذنا|"
    r"المعلمة|المعلم|الأستاذة|الأستاذ|الاستاذة|الاستاذ|المدرسة|المدرس|الآنسة|الانسة|السيدة|السيد|أدعى|ادعى|"
    # "اسم اختي ليلى حسن", "اسم صاحبي عمر خالد": a relative's or friend's full name.
    r"اسم\s+(?:أخوي|اخوي|أخويا|اخويا|أخي|اخي|أختي|اختي|اختى|صاحبي|صاحبتي|صديقي|صديقتي|ابوي|أبوي|ابويا|أبي|امي|أمي|"
    r"بابا|ماما|خالي|خالتي|عمي|عمتي|جدي|جدتي|معلمي|معلمتي|استاذي|أستاذي|مدرسي|مدرستي))(?:\s+|\s*[:：]\s*)"
)
_AR_WORD = re.compile(r"[\u0621-\u064A]+")
_DATE = re.compile(
    r"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d\b"
    r"|\b[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"
)
# A year too recent for a child's birth ("party on 3 March 2024").
_RECENT_YEAR = re.compile(
    "|".join(rf"(?<!\d){y}(?!\d)" for y in range(datetime.date.today().year - 3, datetime.date.today().year + 2))
)
_CAP = r"[A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÜŸÆŒ][a-záéíóúñàâçèêëîïôûüÿæœ'’]+"
_CAP_RU = r"[А-ЯЁ][а-яё]+"


# Searched in the lower-cased text, without IGNORECASE, each word written as its first letter
# then a look-behind: the pattern then starts with plain letters, which the regex engine scans
# for quickly (a leading look-behind or IGNORECASE makes it try every position).
_AT_WORDS = ("at", "arobase", "arroba", "собака", "собачка", "sobaka", "sobachka", "ات", "آت")
_AT_MARK = re.compile(
    "@|"
    + "|".join(rf"{re.escape(w[0])}(?<!\w{re.escape(w[0])}){re.escape(w[1:])}(?!\w)" for w in _AT_WORDS)
    + r"|[(\[](?:at|собака|собачка)[)\]]|艾特"
)
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
    r"|(?<=生日|出生|生於|生于)[是为為係系:：\s]*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?)"
)
_SCHOOL_YEAR_BEFORE = re.compile(r"(?i)\b(?:year|yr|grade|class|form|age|aged|p|s)\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d|\d\s*[./-]\s*\d")
_AR_DIGIT_ANY = re.compile("[٠-٩۰-۹]")
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EMAIL_WINDOW = 80
# A school regex runs only when one of its words is in the lower-cased text (keeps long items cheap).
_SCHOOL_HINT: dict[str, tuple[str, ...]] = {
    "en": (
        "school",
        "academy",
        "college",
        "primary",
        "secondary",
        "high",
        "elementary",
        "institute",
        "grammar",
        "vidya",
        "shishu",
        "convent",
        "gurukul",
        "madras",
        "seminary",
        "montessori",
    ),
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
    "ar": (
        *("مدرس", "مدارس", "ثانوي", "اعدادي", "إعدادي", "ابتدائي", "متوسط", "معهد", "كلي", "اكاديمي", "أكاديمي"),
        *("ليسي", "كوليج"),
    ),
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
        "学校",
        "學校",
        "书院",
        "書院",
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
    "ar": (
        "شارع",
        "حي",
        "طريق",
        "زقاق",
        "جادة",
        "حارة",
        "زنقة",
        "درب",
        "عمارة",
        "بناية",
        "شقة",
        "شقه",
        "بلوك",
        "قطعة",
        "قطعه",
        "منزل",
        "بيت",
        "فيلا",
        "فله",
        "طابق",
        "الدور",
        "برج",
        "مبنى",
        "دار",
        "منطقة",
        "مربع",
        "ص.ب",
        "تجزئة",
        "إقامة",
        "اقامة",
        "مجمع",
        "نهج",
        "حوم",
        "سيتي",
    ),
    "zh": ("号", "號", "室", "弄", "组", "組", "栋", "棟", "幢", "邨", "楼", "樓", "座", "阁", "閣", "苑"),
}
# Words before an address that are not part of it ("我住在", "地址是").
_ZH_ADDRESS_LEAD = frozenset("我你他她住在是的于於到去家地址系喺")


# Number words, for phone numbers spelled out ("oh seven nine one...", "восемь девятьсот шестнадцать...").
# Russian also in Latin letters, with the usual spellings ("vosem devyatsot shestnadcat", "odinnadtsat").
# Kinds: d digit, t ten to nineteen, x tens, c a whole 21-29 word, h hundreds, m "hundred", r "double".
_NUMBER_WORDS: dict[str, tuple[str, int]] = {}
for _kind, _table in (
    (
        "d",
        {
            0: "zero oh nought zéro cero ноль нуль صفر sifr sefr nol nul nool",
            1: "one un une uno una один одна одно واحد واحدة wahed wa7ed odin odna adin",
            2: "two deux dos два две اثنين اثنان اتنين تنين زوج jouj zouj dva dve",
            3: "three trois tres три ثلاثة ثلاث ثلاثه تلاتة تلاته تلت tlata tlate tri",
            4: "four quatre cuatro четыре أربعة اربعة اربعه أربعه أربع اربع rb3a reb3a arba3a "
            "chetyre chetire chetyri chetiri",
            5: "five cinq cinco пять خمسة خمسه خمس khamsa 5amsa pyat piat pjat pyat'",
            6: "six seis шесть ستة سته ست stta setta sitta shest shest'",
            7: "seven sept siete семь سبعة سبعه سبع sb3a seb3a sab3a sem sem'",
            8: "eight huit ocho восемь ثمانية ثمانيه تمانية تمانيه ثمان تمن tmnya tmanya tmenya vosem vosem' vosim",
            9: "nine neuf nueve девять تسعة تسعه تسع ts3a tes3a tis3a tes3oud devyat devat deviat devjat devyat'",
        },
    ),
    (
        "t",
        {
            10: "ten dix diez десять عشرة عشره desyat desat desiat desjat",
            11: "eleven onze once одиннадцать odinnadcat odinadcat odinnadtsat odinadtsat odinnatsat odinatsat "
            "adinatsat",
            12: "twelve douze doce двенадцать dvenadcat dvenadtsat dvenatsat",
            13: "thirteen treize trece тринадцать trinadcat trinadtsat trinatsat",
            14: "fourteen quatorze catorce четырнадцать chetyrnadcat chetyrnadtsat chetirnadcat chetyrnatsat",
            15: "fifteen quinze quince пятнадцать pyatnadcat pyatnadtsat pyatnatsat piatnadcat",
            16: "sixteen seize dieciséis dieciseis шестнадцать shestnadcat shestnadtsat shesnadcat shestnatsat",
            17: "seventeen dix-sept diecisiete семнадцать semnadcat semnadtsat semnatsat",
            18: "eighteen dix-huit dieciocho восемнадцать vosemnadcat vosemnadtsat vosemnatsat",
            19: "nineteen dix-neuf diecinueve девятнадцать devyatnadcat devyatnadtsat devyatnatsat devatnadcat",
        },
    ),
    (
        "x",
        {
            20: "twenty vingt veinte двадцать عشرين dvadcat dvadtsat dvatsat",
            30: "thirty trente treinta тридцать ثلاثين تلاتين tridcat tridtsat tritsat",
            40: "forty fourty quarante cuarenta сорок أربعين اربعين sorok",
            50: "fifty cinquante cincuenta пятьдесят خمسين pyatdesyat pyatdesat pyatdisyat piatdesyat",
            60: "sixty soixante sesenta шестьдесят ستين shestdesyat shestdesat shezdesyat",
            70: "seventy septante setenta семьдесят سبعين semdesyat semdesat",
            80: "eighty quatre-vingt quatre-vingts huitante octante ochenta восемьдесят ثمانين تمانين "
            "vosemdesyat vosemdesat",
            90: "ninety nonante noventa девяносто تسعين devyanosto devanosto",
        },
    ),
    (
        "c",
        {
            21: "veintiuno veintiún veintiun",
            22: "veintidós veintidos",
            23: "veintitrés veintitres",
            24: "veinticuatro",
            25: "veinticinco",
            26: "veintiséis veintiseis",
            27: "veintisiete",
            28: "veintiocho",
            29: "veintinueve",
        },
    ),
    (
        "h",
        {
            100: "cien ciento сто sto",
            200: "doscientos двести dvesti",
            300: "trescientos триста trista",
            400: "cuatrocientos четыреста chetyresta chetyrista chetiresta",
            500: "quinientos пятьсот pyatsot piatsot pyatsut",
            600: "seiscientos шестьсот shestsot shessot",
            700: "setecientos семьсот semsot",
            800: "ochocientos восемьсот vosemsot",
            900: "novecientos девятьсот devyatsot devatsot deviatsot",
        },
    ),
    ("m", {100: "hundred cent cents مية مئة مائة"}),
    ("r", {2: "double", 3: "triple"}),
):
    for _value, _words in _table.items():
        for _w in _words.split():
            _NUMBER_WORDS[_w] = (_kind, _value)
_NUMBER_ALT = "|".join(re.escape(w) for w in sorted(_NUMBER_WORDS, key=len, reverse=True))
_NUM_TOKEN_RX = rf"(?:و\s?)?(?:{_NUMBER_ALT})(?!\w)|\d{{1,4}}(?!\w)"
# Between number words: spaces, commas, hyphens, dots, or "and" in any of the six languages.
_NUM_SEP = r"(?:\s*[,.;:/\-–—،]\s*|\s+(?:and|et|y|и)\s+|\s+)"
SPOKEN_NUMBER = re.compile(rf"(?<!\w)(?:{_NUM_TOKEN_RX})(?:{_NUM_SEP}(?:{_NUM_TOKEN_RX})){{2,}}")
_NUM_TOKEN = re.compile(_NUM_TOKEN_RX)
_LONGEST_NUMBER_WORD = max(len(w) for w in _NUMBER_WORDS) + 2
_ZH_DIGITS = "零〇一幺二两兩三四五六七八九"
ZH_SPOKEN_NUMBER = re.compile(rf"[{_ZH_DIGITS}\d](?:[\s,，、.\-—]*[{_ZH_DIGITS}\d]){{6,}}")


def spoken_digits(run: str) -> tuple[str, int]:
    """The digits a run of number words says, and how many words it used.

    "zéro sept, vingt-deux" → "0722"; "девятьсот шестнадцать" → "916"; "double five" → "55"."""
    out: list[str] = []
    cur: int | None = None
    slot = ""
    repeat = 1
    words = 0

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            out.append(str(cur))
            cur = None

    for m in _NUM_TOKEN.finditer(run):
        tok = m.group()
        if tok.isdigit():
            flush()
            out.append(tok)
            continue
        word = tok.lstrip("و").strip() if tok not in _NUMBER_WORDS else tok
        entry = _NUMBER_WORDS.get(word)
        if entry is None:
            continue
        words += 1
        kind, v = entry
        if kind == "r":
            flush()
            repeat = v
        elif kind == "d" and repeat > 1:
            flush()
            out.append(str(v) * repeat)
            repeat = 1
        elif kind == "d":
            if cur is not None and slot in ("h", "x") and v > 0:
                cur, slot = cur + v, "u"
            elif cur is not None and slot == "u" and cur % 100 in (10, 70, 90) and v >= 7:
                cur += v  # "dix sept", "soixante-dix-sept"
            else:
                flush()
                cur, slot = v, "u"
        elif kind == "t":
            if cur is not None and (slot == "h" or (slot == "x" and cur % 100 in (60, 80))):
                cur, slot = cur + v, "u"
            else:
                flush()
                cur, slot = v, "u"
        elif kind == "x":
            if cur is not None and slot == "h":
                cur, slot = cur + v, "x"
            elif cur is not None and slot == "u" and 0 < cur < 10 and tok.startswith("و"):
                cur = v + cur  # Arabic says the unit first: "خمسة وعشرين" = 25
            else:
                flush()
                cur, slot = v, "x"
        elif kind == "c":
            if cur is not None and slot == "h":
                cur, slot = cur + v, "u"
            else:
                flush()
                cur, slot = v, "u"
        elif kind == "h":
            flush()
            cur, slot = v, "h"
        elif cur is not None and slot == "u" and 0 < cur < 10:  # "deux cents", "five hundred"
            cur, slot = cur * v, "h"
        else:
            flush()
            cur, slot = v, "h"
    flush()
    return "".join(out), words


def _spoken_phones(text: str, low: str, number_ends: list[int]) -> Iterator[tuple[int, int]]:
    """Phone numbers said in words: a run of number words that spells seven digits or more.

    The pattern runs only from the first place where three number words come close together."""
    lo = next((e for e, e2 in zip(number_ends, number_ends[2:], strict=False) if e2 - e <= 60), None)
    if lo is not None:
        hi = min(len(low), number_ends[-1] + 40)
        for m in SPOKEN_NUMBER.finditer(low, max(0, lo - _LONGEST_NUMBER_WORD - 2), hi):
            digits, words = spoken_digits(m.group())
            if words >= 3 and len(digits) >= 7:
                yield m.start(), m.end()
    if _HAN.search(text):
        for m in ZH_SPOKEN_NUMBER.finditer(text):
            if sum(c in _ZH_DIGITS for c in m.group()) >= 3:
                yield m.start(), m.end()


# A number after an account word ("QQ号 123456", "uid: 80412", "мой id 55123"): five digits are enough.
_AFTER_ACCOUNT = re.compile(
    r"(?:\s*(?:号|號|number|num|no\.?|nr|номер|n[°º]|#|is|es|est|это|是|为|為|:|：|=|-|—|هو))*\s*"
    r"(\d(?:[\s-]?\d){4,})(?!\d)",
    re.IGNORECASE,
)


# A nickname after "username", "pseudo", "ник", "游戏名" (and the app's name, when it is said).
# A made-up name in CamelCase ("GhostRider"), said right after an app's name and "is" or ":".
_CAMEL = re.compile(r"[A-Z]?[a-z]+(?:[A-Z][a-z0-9]+)+")
# An Arabizi word: small letters with 2/3/5/7/8/9 standing for Arabic letters inside ("ka2ano", "ba3d").
_ARABIZI_WORD = re.compile(
    r"[a-z]*(?:[235789][a-z]+)+"
    # A short word ending in one such digit ("ma3" = with, "la2" = no, "ra7" = went), no two digits together.
    r"|(?=[a-z235789]{2,4}$)(?![235789]*$)(?!.*[235789]{2})[a-z235789]+"
)
_PLATFORM_LINK = re.compile(r"\s*(?:[:：=]|is\b|es\b|est\b|c['’]est\b|это\b|是)", re.IGNORECASE)


_NICK_LINK = (
    r"\s*(?:[:：=\-–]|\bis\b|['’]s\b|\bes\b|\best\b|\bc['’]?est\b|\bc\b|\bit['’]?s\b|"
    r"это|—|是|为|為|叫|係|系|هو|هي|huwa|howa)?\s*"
)
_NICK_STOP = _word_set(
    "the a an my your his her is are was not same private secret and or but if it its this that on in at for to "
    "de la le les el los las mi mis tu su es est pas no un une una mon ma mes ton son ce c'est y et o "
    "это мой моя не и в на а но "
    # Small words after the nickname word, never a nickname ("mon pseudo sur le jeu", "mi usuario en el juego").
    "en sur dans pour avec par chez sous vers con para por sobre desde del al with from by of "
    "для по из у от с "
    "هو هي في على من و ما لا "
    "是 的 我 你 "
    # What a child says about a username, not the username ("my username is cool", "son pseudo c'est nul").
    "cool nice weird funny long short hidden simple easy different stupid bad good old new random changed taken "
    "banned gone deleted hacked too so very really just kinda literally something nothing still also "
    "bizarre nul nulle drôle trop très caché cachée même secret "
    "raro secreto feo largo corto muy igual gracioso "
    "странный секретный смешной длинный очень тоже такой "
    "سري حلو غريب "
    # Arabizi: "username mte3o behi barcha", "el user dyali zwin".
    "behi bahi mezyan mzyan zwin zwina 7elw helw 7lw 7ilw 7lou ghrib gharib ghareeb 3adi tawil twil 9sir sa3b "
    "s3ib mch mesh msh machi mouch mish fih fiha"
)
_NICK_TOKEN = re.compile(r"[\"'«“]?@?([\w][\w.\-]{1,31})")
# Chinese address: district, road and number 號, then floor 樓 and flat 室; or estate, block 栋, unit 单元, flat.
_ZH_N = r"[\d一二三四五六七八九十百零〇]"
ZH_ADDRESS_FULL = re.compile(
    rf"(?:[\u4e00-\u9fff]{{2,8}}?(?:区|區|市|县|縣|镇|鎮))?[\u4e00-\u9fff]{{1,8}}?(?:大道|大街|路|街|道|巷|胡同)"
    rf"[东西南北中東]?(?:{_ZH_N}{{1,2}}段)?\s*{_ZH_N}+\s*[号號]"
    rf"(?:\s*[A-Za-z\d一二三四五六七八九十]+\s*(?:楼|樓|层|層|室|座|栋|棟|单元|單元|[A-Za-z](?![A-Za-z])))*"
    rf"|[\u4e00-\u9fff]{{2,8}}?(?:小区|小區|花园|花園|苑|邨|新村|大厦|大廈|公寓|家园|家園)\s*"
    rf"[A-Za-z\d一二三四五六七八九十]+\s*(?:号楼|號樓|栋|棟|幢|座|号|號|期)"
    rf"(?:\s*[A-Za-z\d一二三四五六七八九十]+\s*(?:单元|單元|楼|樓|层|層|室|号|號|栋|棟|座))*"
)
# West African style: neighbourhood, then "villa 245", "lot 12", "tranche 3", "parcelle 8".
# The span starts at the street word when there is one ("rue des Jardins lot 45", "calle Los Pinos lote 7"),
# and takes the further parts ("lot 8 porte 3", "manzana 5 lote 12").
_WA_STREET = (
    r"(?:rue|avenue|av\.|boulevard|bd|allée|allee|impasse|chemin|route|calle|avenida|avda\.?|jirón|jiron|carrera|"
    r"pasaje|lotissement|résidence|residence)"
)
_WA_WORD_STOP = (
    r"(?:à|a|au|aux|et|ou|je|j|on|il|elle|ils|le|la|les|un|une|ma|mon|mes|sa|son|est|sont|c|ce|dans|près|pres|en|y|"
    r"con|que|qui|derrière|devant|vers|avec|pour|très|tres|hay|es|está|esta|son|mi|mis|su|tu|o|por|para|muy|más|mas|"
    r"tiene|hace|el|los|las|lo|del|al)"
)
_WA_UNIT = r"(?:villa|lot|lots|lote|tranche|parcelle|porte|îlot|ilot)"
_WA_MORE = (
    r"(?:\s*,?\s*(?:villa|lot|lote|lt\.?|porte|îlot|ilot|tranche|parcelle|manzana|mz\.?|bloc|appartement|appt|app)"
    r"\s*(?:n[°º]?\s*|no\.?\s*)?\d{1,5}[a-z]?\b)*"
)
# "une villa 2 fois plus grande", "un lote 5 de casas": a count, not a house number.
_WA_NOT_COUNT = (
    r"(?!\s*(?:€|%|(?:fois|ans?|mois|jours?|semaines?|heures?|min|minutes?|euros?|personnes|gens|étages|etages|"
    r"veces|años|anos|meses|días|dias|pesos|personas|pisos|de\s+casas|de\s+maisons)\b))"
)
WA_ADDRESS = re.compile(
    rf"(?:\b{_WA_STREET}\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|del|de\s+los|de\s+las)\s*)?"
    rf"(?:(?!{_WA_WORD_STOP}\b)[\w'’-]+[ \t]*,?[ \t]+){{0,3}}?"
    r"|(?:(?-i:[A-ZÉÈ][\w'’-]*)(?:\s+(?:\d{1,3}|(?-i:[A-ZÉÈ][\w'’-]*)|de|du|des))*\s*,?\s*)?"
    r"(?:(?:quartier|cité|cite|hlm|unité|unite|zone|secteur|tranche)\s+(?:\w[\w'’-]*\s+){0,3}?\d{1,4}\s*,?\s*)?)"
    rf"\b{_WA_UNIT}\s*(?:n[°º]?\s*|no\.?\s*)?\d{{1,5}}[a-z]?\b{_WA_NOT_COUNT}{_WA_MORE}"
    r"|\b(?:quartier|cité|cite|lotissement|résidence|residence)\s+"
    r"(?-i:[A-ZÉÈ][\w'’-]*(?:\s+[A-ZÉÈ][\w'’-]*){0,2})"
    rf"(?:\s*,?\s*(?:n[°º]?|no\.?|numéro|numero)\s*\d{{1,4}}\b)?{_WA_MORE}",
    re.IGNORECASE,
)
# Moroccan and Arabizi street words: "hay X zan9a 14", "derb X", "charia X 12".
# Egyptian and Levantine in Latin letters too: "share3 el tahrir 3omara 15 sha2a 4".
_ARABIZI_UNIT = (
    r"(?:zan9a|zanqa|derb|imm|3imara|3omara|3emara|3mara|emara|bloc|block|ra9m|raqm|rqm|n[°º]?|no|appt|app|"
    r"etage|étage|dar|sha2a|sha22a|shaqa|shi2a|chqa|ch9a|villa|manzel|manzil|bait|beit|bet|dor|el dor|tabe2|"
    r"tab2a|binaya|bineye|bnaye)"
)
# Words inside a sentence, never inside a street's name ("el share3 bta3na fih 3 mahalat").
_ARABIZI_ADDR_STOP = r"(?:w|o|f|fi|u|et|and|m3a|ana|kan|li|lli|ou|wa|mn|men|hta|7ta|b|bach|ki|kayn|fin|ila)"
_ARABIZI_ADDR_WORD_STOP = (
    r"(?:w|o|f|fi|u|et|and|fih|fiha|feeh|feha|fihom|bta3na|bta3i|bta3ak|bta3o|dyalna|dyali|tab3na|taba3na|kan|kanet|"
    r"howa|hiya|ana|ya|ma|mesh|msh|kayn|kayna|3ando|3andi|3andna|lih|liha|bih|fina|fiya|kteer|ktir|bzaf)"
)
# The neighbourhood and town after the street: "... hay salam sale", "houma bab el oued", "cité ennasr tunis".
_ARABIZI_PLACE = (
    r"(?:hay|7ay|7ey|houma|7ouma|hooma|7oma|homa|cité|cite|quartier|douar|residence|résidence|lotissement|tajzi2a|"
    r"tajzi9a)"
)
# A word of a street's or neighbourhood's name: not a small word of the sentence, nor a Darija verb ("kanskon").
_ARABIZI_NAME_WORD = (
    rf"(?!(?:{_ARABIZI_ADDR_STOP}|{_ARABIZI_PLACE}|dyal|dyali|dyalna|qrib|9rib|jnb|7da|hda|lli|rah|rani|daba|"
    r"ghir|hna|temma|tma|near|à|a|près|pres|avec|mais|je|j|c|est|la|men|3nd|3and|3end|3la|ala|wla|wlla|ola|aw|bas|"
    r"walakin|lakin|mais|but|i|my|is|ya|nta|nti|howa|hiya|kan[a-z]{3,}|kat[a-z]{3,}|kay[a-z]{3,}|tan[a-z]{3,})\b)"
    r"[a-zà-ÿ0-9][\w'’-]*"
)
_ARABIZI_PLACE_TAIL = rf"(?:\s*,?\s*\b{_ARABIZI_PLACE}\s+{_ARABIZI_NAME_WORD}(?:\s+{_ARABIZI_NAME_WORD}){{0,3}})*"
ARABIZI_ADDRESS = re.compile(
    r"\b(?:hay|7ay|7ey|derb|darb|zan9a|zanqa|zenqa|znqa|zenka|zanka|charia|chari3|char3|cheri3|douar|lot|imm|"
    # Construct forms and Tunisian/Algerian streets: "zanqat al wahda", "nahj ibn khaldoun", "houma".
    r"zanqat|zan9at|zenqat|znqat|zankat|zenkat|nahj|nahja|ne7j|nehj|houma|7ouma|cité|cite|avenue|boulevard|"
    r"3imara|residence|résidence|rue|bloc|block|share3|shari3|sharea|shar3|sharie|tari2|tare2|7ara|7aret|"
    r"3omara|3emara|emara|sha2a|binaya|bnaye)\s+"
    rf"(?:(?:(?!{_ARABIZI_ADDR_WORD_STOP}\b)[a-z][\w'’-]*\s+){{0,3}}?"
    r"(?:n[°º]?\s*|no\.?\s*|ra9m\s*|raqm\s*|rqm\s*|numero\s*|numéro\s*)?\d{1,4}[a-z]?\b"
    rf"|(?:(?!{_ARABIZI_ADDR_WORD_STOP}\b)[a-z][\w'’-]*\s+){{0,3}}?(?=,?\s*{_ARABIZI_UNIT}\s*(?:n[°º]?\s*)?\d))"
    rf"(?:\s*,?\s*{_ARABIZI_UNIT}\s*"
    # "bloc b", "imm c": a block by its letter.
    r"(?:(?:n[°º]?\s*)?\d{1,4}[a-z]?\b|(?<=bloc |lock |.imm |mara )[a-h]\b))*"
    rf"{_ARABIZI_PLACE_TAIL}",
    re.IGNORECASE,
)
# Number before the street word: "sakn f 27 derb el mers fes", "sakna f 12 zan9a lwarda", then the
# neighbourhood and town ("sakn f 27 zanqat al wahda hay salam sale", "14 nahj ibn khaldoun cité ennasr tunis").
ARABIZI_ADDRESS_NUM_FIRST = re.compile(
    r"(?<![\w.,:/-])\d{1,4}[a-z]?\s*,?\s+(?:hay|7ay|7ey|derb|darb|zan9a|zanqa|zenqa|znqa|zenka|zanka|charia|chari3|"
    r"char3|cheri3|zanqat|zan9at|zenqat|znqat|zankat|zenkat|nahj|nahja|ne7j|nehj|rue|avenue|boulevard|bd|"
    r"share3|shari3|shar3)\s+"
    rf"{_ARABIZI_NAME_WORD}(?:\s+{_ARABIZI_NAME_WORD}){{0,3}}{_ARABIZI_PLACE_TAIL}",
    re.IGNORECASE,
)
# Arabizi "I study at" and a school: "kanqra f madrasat al amal", "naqra fi lycée ibn khaldoun", "ba2ra fi
# madraset el nasr", "bdrus b madraset l amal", "kanqra f 3dadiya 2". Only after "I study": alone, "madrasa" or
# "lycée" in small letters is any school.
_ARABIZI_SCHOOL_WORD = (
    r"(?:madras(?:a|at|et|t|e|ti)|madrassa|madrassat|madraset|medersa|mdrasa|mdrast|lyc[ée]e|lycee|coll[èe]ge|"
    r"[ée]cole|i?3dadiya|e3dadiya|i3dadia|tanawiya|thanawiya|thanaweya|sanawiya|sanaweya|tanawia|ibtida2iya|"
    r"ibtidaiya|ibtida2eya|ma3had|institut|groupe\s+scolaire)"
)
_ARABIZI_SCHOOL_NAME_WORD = (
    r"(?!(?:f|fi|fe|fel|fl|w|o|u|et|and|dyal|dyali|dyalna|lli|li|m3a|mais|qrib|9rib|jnb|7da|hda|ana|nta|men|mn|"
    r"3nd|3and|fiha|fih|b|bzaf|barcha|zwina|zwin|mzyana|mezyana|ghaliya|khayba|had|hadi|hadik|daba|l3am|"
    r"lkhassa|khassa|privee|privée|public|publique|primaire|qdima|jdida|kbira|sghira|bs|bas|walakin|ms|mch|"
    r"machi|mashi|mesh|msh|kolchi|kulshi|ga3|kamlin|kan[a-z]{2,}|kat[a-z]{2,}|kay[a-z]{2,}|tan[a-z]{2,})\b)[a-zà-ÿ][\w'’-]*"
)
ARABIZI_SCHOOL = re.compile(
    r"(?<!\w)(?:(?:kan|kat|kay|tan|tat|ka|n|b|ba|bi|ne|na)?(?:q|9|2|k)raw?|qrit|9rit|krit|qrat|9rat|bedrus|badrus|"
    r"bdrus|bdros|badros|bedros|bedrous|badrous|bdrous|nedrous|nedrus|ndrous)\s+"
    r"(?:f|fi|fe|fel|fl|f\s+l|b|bi|bl|bel|fil)\s*(?:l['’]\s*|el\s+|al\s+|l\s+)?"
    rf"({_ARABIZI_SCHOOL_WORD}(?:\s+(?:primaire|priv[ée]e?|publique?|khassa|khasa|ibtida2iya|i?3dadiya|"
    r"tanawiya|thanawiya|ta2hilia|ta2hiliya|tahiliya|pilote))*"
    rf"\s+(?:(?:n[°º]?\s*|ra9m\s*|raqm\s*|rqm\s*)?\d{{1,3}}(?!\w)|{_ARABIZI_SCHOOL_NAME_WORD}"
    rf"(?:\s+{_ARABIZI_SCHOOL_NAME_WORD}){{0,3}}))",
    re.IGNORECASE,
)
# Arabizi "in gmail": "yasmine2012 f gmail", "l email dyali hamza.b 3la hotmail point com". The first part needs a
# digit, a dot or an underscore, or an email word just before ("l email dyali: salma benali f gmail").
_ARABIZI_AT_HOST = (
    r"\s+(?:f|fi|fel|fl|f\s+l|fi\s+el|3la|ala|3al|sur|3ala)\s+(?:l\s*|el\s*)?(?:gmail|hotmail|yahoo|outlook|icloud)"
    r"(?!\w)(?:\s*(?:\.|point|pwan|dot|no9ta|nokta|noqta)\s*(?:com|fr|ma|dz|tn|net)(?!\w))?"
)
ARABIZI_EMAIL = re.compile(rf"(?<![\w.@])([a-z][\w.+-]{{2,30}}){_ARABIZI_AT_HOST}")
# Right after the email word, two words may be the first part ("email dyali howa salma benali f gmail").
ARABIZI_EMAIL_CUED = re.compile(
    r"(?<!\w)e?mail\s+(?:(?:dyali|dyal[iy]|ta3i|bta3i|mte3i|taba3i|tab3i)\s+)?(?:(?:howa|hwa|hiya|huwa)\s+|:\s*)?"
    rf"(?!(?:howa|hwa|hiya|huwa|dyali|ta3i|f|fi)\b)([a-z][\w.+-]{{1,30}}(?:\s+[a-z][\w.+-]{{1,20}})?){_ARABIZI_AT_HOST}"
)
# An address's first part has a run of digits, a dot or an underscore; one digit inside a word is Arabizi ("kat3tina").
_ARABIZI_SCHOOL_HINT = ("madr", "mders", "mdras", "lyc", "coll", "cole", "3dad", "anaw", "ibtida", "ma3had", "institut")
_ARABIZI_EMAIL_LOCAL = re.compile(r"\d{2,}|[._]")
# Russian in Latin letters: "mkr Samal-2, dom 58, kv 14", "ul. Lenina, d. 5, kv. 12", "ulitsa Pushkina dom 10".
RU_TRANSLIT_ADDRESS = re.compile(
    r"\b(?:mkr|mkrn|mikrorayon|mikroraion|ul|ulitsa|ulica|ulitsy|pr|prosp|prospekt|per|pereulok|bulvar)\.?\s*"
    r"(?:(?!(?:dom|d|kv|i|v|na)\b)[a-z][\w'’-]*(?:\s+(?!(?:dom|d|kv|i|v|na)\b)[a-z][\w'’-]*){0,2}\s*,?\s*)"
    r"(?:(?:dom|d\.|d)\s*)?\d{1,4}[a-z]?(?:/\d{1,4})?(?!\w)(?:\s*,?\s*(?:korpus|korp\.?|k\.)\s*\d{1,3})?"
    r"(?:\s*,?\s*(?:kv\.?|kvartira)\s*\d{1,4})?"
    r"|\b(?:dom|d\.)\s*\d{1,4}[a-z]?(?:\s*,?\s*(?:korpus|korp\.?|k\.)\s*\d{1,3})?\s*,?\s*(?:kv\.?|kvartira)\s*\d{1,4}",
    re.IGNORECASE,
)
_TRANSLIT_ADDRESS_HINT = ("mkr", "mikrora", "ul.", "ul ", "ulitsa", "ulica", "prospekt", "pereulok", "kv", "dom ")
# "menya zovut dima volkov", "меня зовут дима": the name also in small letters after this strong cue.
_RU_NAME_LOWER = re.compile(
    r"(?<!\w)(?:menya|menja|menia|mena|меня)\s+(?:zovut|зовут)\s+([a-zа-яё]{2,}(?:\s+[a-zа-яё]{2,})?)"
)
_RU_NAME_LOWER_STOP = _word_set(
    "i mne ya v na s k iz kak no a ne tozhe gulyat igrat domoi domoy vse oni druzya roditeli mama papa "
    "и мне я в на с к из как но а не тоже гулять играть домой все они друзья родители мама папа часто всегда "
    "tozhe chasto vsegda"
)
# Also Egyptian and Levantine "esmy", "2esmi", Darija "kantsma" (I am called), then "howa"/":".
_ARABIZI_NAME = re.compile(
    r"(?<!\w)(?:smiti|esmi|ismi|esmy|ismy|2esmi|2smi|2ismi|asmi|esmee|ismee|smitou|smito|smitha|smiya dyali|"
    r"smia dyali|kantsma|kansma|kantsmma|kantsemma|kantesma|tantsma|tansma)(?:\s+(?:howa|hwa|hiya|hya)|\s*:)?"
    r"\s+([a-zà-ÿ]{2,}(?![\w@])(?:\s+[a-zà-ÿ]{2,}(?![\w@])){0,2})"
)
_ARABIZI_STOP = _word_set(
    "w o f fi u et and ana nta nti howa hiya 3andi andi kan kant mn men dyal dyali wa ou ya bghit bghina rah "
    "hna lli li ma mch machi mashi had hadi 3la ala m3a kay kat ghadi "
    # Egyptian and Levantine: "esmi mesh mohem", "esmy fel game ...", "ana esmi omar bas ...".
    "mesh msh mish mosh mohem mohim muhim mhm mo mu mub helw 7elw 7ilw sa3b ghareeb 3adi kda keda kida bs bas "
    "aw fel fil 3ala 3an 7aga shi eh eih aish aysh shou shu sho 3ashan 3shan la2 la game "
    "lo law enta enti inta inti ana2 ento into ahla ahlan salam marhaba hi hello"
)
# After an English street, the town: "14 Maple Street, Leeds", "... Road in Kisumu".
_EN_TOWN = re.compile(r"(?:,\s*|\s+in\s+)((?-i:[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?))")
_EN_NOT_TOWN = _word_set(
    "I Im My The And But So Then Please Call Text Me We He She They It Its If When What Why How Thanks Also Our Your "
    "Mum Mom Dad Near Next Behind Opposite"
)
# After a school's name, its place: "DPS Sector 21 Noida", "DAV Public School, Sector 14, Faridabad",
# "Kendriya Vidyalaya No. 2 Jalandhar", "Alliance High School Kikuyu", "The City School, Gulshan campus".
_EN_PLACE_PART = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+)"
    r"(?:(?i:no\.?|number|sector|sec\.?|phase|block|branch|campus|plot|unit)[ \t]*[-#.:]?[ \t]*\d{1,4}[A-Z]?(?!\w)"
    r"|(?:campus|branch|cantt\.?|cantonment)(?!\w)"
    r"|(?P<acr>[A-Z]{2,3}|(?:[A-Z]\.){1,3})(?=[ \t]+[A-Z][a-z])"
    r"|(?P<cap>[A-Z][a-z'’]+(?:-[A-Z]?[a-z]+)?)(?!\w))"
)
_EN_PLACE_STOP = _EN_NOT_TOWN | _word_set(
    "Class Grade Year Std Standard Form Section Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December "
    "Mr Mrs Ms Miss Sir Madam Dr Teacher Hello Hi Hey Thank Please Sorry Yes No Yeah Lol Omg Pls And Or "
    "Where Which Who That There This Is Was Are Were Have Has Do Does Can Could Would Should Will Ill Id Ive "
    "Every Each Since Until After Before Because Today Tomorrow Yesterday Now Too Very"
)
# Letters that are not a school ("I study in CBSE", "I go to KFC", "class IX").
_SCHOOL_ACR_STOP = _word_set(
    "CBSE ICSE ISC IB IGCSE GCSE SSC HSC WAEC NECO JAMB KCSE KCPE CBC BECE NCERT PE PT PTA STEM IT ICT AI TV BTS OK "
    "PM AM UN UNICEF UNCRC NGO YT IG TT PS PC VR UK US USA UAE NYC NY LA KFC GK EVS SST CS ID CEO MP MLA CM AC USB "
    "HD FIFA NBA IPL WWE PUBG GTA COD DM DMS BFF LOL OMG IDK TBH SMS GPS II III IV VI VII VIII IX XI XII"
)
# After "I study in", "my school is", "class 8 at": a school said by its letters ("DPS", "KV No. 2", "D.A.V.").
_EN_SCHOOL_AFTER_CUE = re.compile(
    r"(?:[ \t]*(?:[:=\-–]|is(?!\w)))?"
    r"(?:[ \t]*\d{1,2}(?:st|nd|rd|th)?(?:[ \t]*[-–]?[ \t]*[A-F](?!\w))?[ \t]+(?:at|in|of|from)(?!\w))?"
    r"[ \t]*(?:the[ \t]+)?"
    r"(?P<acr>(?:[A-Z]\.){2,5}|[A-Z]{2,5}(?!\w))"
    r"(?:[ \t]*(?:No\.?|#)?[ \t]*\d{1,3}(?![\w.:])(?![ \t]*(?i:hours?|hrs?|days?|min|minutes|years?|am|pm)\b))?"
    r"(?:[ \t]+(?!(?:Sector|Sec|Phase|Block|Branch|Campus|Plot|Unit|No|Number)\b)(?P<word>[A-Z][a-z]+)(?!\w))?"
)


def _school_place(text: str, end: int) -> int:
    """Where a school's name ends once its place ("Sector 21 Noida", ", Kikuyu") is added."""
    pos = end
    for _ in range(5):
        m = _EN_PLACE_PART.match(text, pos)
        if m is None:
            break
        word = m.group("cap") or m.group("acr")
        if word and (word.replace("'", "").replace("’", "") in _EN_PLACE_STOP or word in _SCHOOL_ACR_STOP):
            break
        pos = m.end()
    return pos


# Words that show a comment is about school: after a weak cue ("from BBC News", "I go to DPS Noida")
# letters are a school only with one of these in the comment, or a numbered place ("DPS Sector 21").
_SCHOOL_CONTEXT = (
    "class",
    "grade",
    "school",
    "std",
    "standard",
    "student",
    "study",
    "form ",
    "year ",
    "teacher",
    "exam",
)
_NUMBERED_PLACE = re.compile(r"\d")


def _acronym_schools(text: str, low: str, ends: list[int], weak: list[int]) -> Iterator[tuple[int, int]]:
    """Schools said by their letters after a school cue; after a weak cue ("I go to", "from")
    only with a place or a second name word, and a school word in the comment or a number in the place."""
    school_talk = any(w in low for w in _SCHOOL_CONTEXT) if weak else True
    for end, is_weak in [*((e, False) for e in ends), *((e, True) for e in weak)]:
        m = _EN_SCHOOL_AFTER_CUE.match(text, end)
        if m is None or m.group("acr").replace(".", "") in _SCHOOL_ACR_STOP:
            continue
        stop = m.end()
        word = m.group("word")
        if word and word in _EN_PLACE_STOP:
            stop = m.start("word")
            while text[stop - 1] in " \t":
                stop -= 1
            word = None
        place = _school_place(text, stop)
        if is_weak and (
            (not word and place == stop) or not (school_talk or _NUMBERED_PLACE.search(text, m.start(), place))
        ):
            continue
        yield m.start("acr"), place


# An indefinite article before a school word ("con una escuela de Japón", "un colegio de Inglaterra", "une école
# de Paris"): some school somewhere, not the child's own school by its name.
_INDEFINITE_BEFORE = re.compile(
    r"(?<!\w)(?:una?|unos|unas|otra|otro|alguna|algún|algun|ninguna|ningún|cualquier|cada|une|autre|chaque|"
    r"quelque)\s+$",
    re.IGNORECASE,
)
# Connector words a school's name must not end with ("Colegio San José de", "liceo 5 de la").
_SCHOOL_TAIL = re.compile(r"(?:\s+(?:de|del|de la|la|las|los|le|les|du|des|d['’]|l['’]|el))+\s*$", re.IGNORECASE)
SCHOOL_EXTRA: dict[str, re.Pattern[str]] = {
    "es": re.compile(
        r"(?i:\b(?:colegio|escuela|liceo|instituto|secundaria|primaria|preparatoria|telesecundaria|bachillerato|"
        r"jardín|jardin|cbtis|conalep|cetis|cecyt|cobach))"
        r"(?:\s+(?i:técnica|tecnica|técnico|tecnico|federal|estatal|normal|general|pública|publica|público|"
        r"publico|privada|privado|rural|nacional|mixta|mixto|oficial|diurna|nocturna|primaria|secundaria|"
        r"industrial|comercial|de\s+niños|de\s+niñas))*"
        r"\s*(?i:n[°º.]?|no\.?|núm\.?|num\.?|número|numero|#)?\s*\d{1,4}\b"
    ),
    "ru": re.compile(
        # "МБОУ СОШ №12", "ГБОУ Школа 1234", "СОШ 5"; in Latin letters "shkole 57", "gimnazii №3".
        r"(?i:(?:\b(?:мбоу|маоу|мкоу|моу|гбоу|гоу|чоу|ноу|кгу|гу)\s+)?"
        r"\b(?:школ[аыеуой]*|гимнази[яиюей]*|лице[йяюе]*|колледж[а-я]*|гимн\.|сош|оош|нош|сш|"
        r"shkol[aeuyi]?|shkoly|shkolu|gimnazi[iyaeu]*|litse[yiea]*|licei|licey))"
        r"\s*(?:(?i:номер|nomer|№|no\.?|n)\s*)?\d{1,4}(?!\d)"
        r"(?!\s*(?:минут|мин|час|лет|год|раз|дн|%|процент|класс|учени|человек|урок|шт|руб|км|м\b|кг|этаж))"
        r"|(?<!\w)\d{1,4}(?:-?(?:я|й|ой|ая|ую|ом|ей|ей))?\s+(?i:школ[аыеуой]*|гимнази[яиюей]*|лице[йяюе]*)\b"
    ),
    "fr": re.compile(
        r"\b(?:CEG|CEM|CES|EPP|EEPU|LTP|CEPG|CEMG|C\.E\.G\.?)\s*(?:[\dIV]{1,4}\b)?"
        r"(?:\s*(?:de\s+la|du|des|de|d['’]|la|le|les|l['’])?\s*[A-ZÉÈÀ][\w'’-]*(?:\s+[A-ZÉÈÀ][\w'’-]*){0,3})?"
        r"|(?i:\b(?:lycée|lycee|collège|college|école|ecole|complexe scolaire|groupe scolaire))"
        r"(?:\s+(?i:technique|professionnel|public|publique|privé|privée|moderne|classique|d['’]excellence|"
        r"primaire|secondaire|municipal|municipale|mixte))*\s*(?i:n[°º]?|no\.?|numéro)?\s*\d{1,3}\b"
    ),
    "ar": re.compile(
        r"(?:ال)?(?:مدرسة|مدرسه|ثانوية|اعدادية|إعدادية|ابتدائية|متوسطة|معهد|إكمالية|اكمالية|ليسي|ليسيه|كوليج)"
        r"(?:\s+(?:ال)?(?:ابتدائية|إعدادية|اعدادية|ثانوية|متوسطة|نموذجية|خاصة|دولية|رسمية|تأهيلية|تاهيلية))*"
        r"\s+(?:(?:ابن|بن|أم|ام|أبو|ابو|الشهيد|الشيخ|الإمام|الامام|سيدي|مولاي|لالة|الأمير|الامير|الملك)\s+"
        r"[\u0621-\u064A]+(?:\s+ال[\u0621-\u064A]+)?|(?:رقم\s*)?[0-9\u0660-\u0669]{1,4})"
    ),
}
_SCHOOL_EXTRA_HINT: dict[str, tuple[str, ...]] = {
    "es": (
        "colegio",
        "escuela",
        "liceo",
        "instituto",
        "secundaria",
        "primaria",
        "preparatoria",
        "bachillerato",
        "jardín",
        "jardin",
        "cbtis",
        "conalep",
        "cetis",
        "cecyt",
        "cobach",
    ),
    "ru": (
        "школ",
        "гимнази",
        "лице",
        "колледж",
        "гимн.",
        "сош",
        "оош",
        "нош",
        "сш",
        "shkol",
        "gimnazi",
        "litse",
        "licei",
        "licey",
    ),
    "fr": (
        "ceg",
        "cem",
        "ces",
        "epp",
        "eepu",
        "ltp",
        "cepg",
        "cemg",
        "c.e.g",
        "lycée",
        "lycee",
        "collège",
        "college",
        "école",
        "ecole",
        "scolaire",
    ),
    "ar": ("مدرس", "ثانوية", "اعدادية", "إعدادية", "ابتدائية", "متوسطة", "معهد", "إكمالية", "اكمالية", "ليسي", "كوليج"),
}
_WA_HINT = (
    "villa",
    "lot",
    "tranche",
    "parcelle",
    "porte",
    "îlot",
    "ilot",
    "quartier",
    "cité",
    "cite",
    "résidence",
    "residence",
)
_ARABIZI_HINT_WORDS = (
    "hay",
    "7ay",
    "7ey",
    "derb",
    "darb",
    "zan9a",
    "zanqa",
    "zenqa",
    "znqa",
    "zenka",
    "zanka",
    "charia",
    "chari3",
    "char3",
    "cheri3",
    "douar",
    "3imara",
    "share3",
    "shari3",
    "sharea",
    "shar3",
    "sharie",
    "tari2",
    "tare2",
    "7ara",
    "3omara",
    "3emara",
    "emara",
    "sha2a",
    "binaya",
    "bnaye",
    "zankat",
    "zenkat",
    "zan9at",
    "znqat",
    "nahj",
    "ne7j",
    "nehj",
    "houma",
    "7ouma",
    "hooma",
    "7oma",
    "cité",
    # "I live at" in Latin letters: the address that follows may start with "rue" or "avenue".
    "skon f",
    "sakn f",
    "saken f",
    "sakna f",
    "sakin f",
    "skna f",
    "3aych f",
    "3ayech f",
    "3aycha f",
)


def _hint_words() -> dict[str, set[tuple[str, str]]]:
    """Words that tell which address and school shapes are worth trying, with their (kind, language)."""
    tags: dict[str, set[tuple[str, str]]] = {}
    for kind, table in (
        ("address", _ADDRESS_HINT),
        ("school", _SCHOOL_HINT),
        ("school_extra", _SCHOOL_EXTRA_HINT),
        ("address_extra", {"wa": _WA_HINT, "arabizi": _ARABIZI_HINT_WORDS, "translit": _TRANSLIT_ADDRESS_HINT}),
    ):
        for lang, words in table.items():
            for w in words:
                tags.setdefault(w, set()).add((kind, lang))
    return tags


_AT_HINT = ("@", " at ", "arobase", "arroba", "собак", "собачк", "sobak", "sobachk", "ات", "آت", "艾特", "(at)", "[at]")
_CAPITAL_NEXT = re.compile(
    r"[\s,:.]{0,4}(?i:(?:(?:el|la|le)\s+)?(?:profesora?|profe|maestr[oa]|teacher|prof|professeure?)\s+)?"
    r"[A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÜŸÆŒА-ЯЁ]"
)
# Capitalised words that start an ordinary phrase, not a name ("my sister is In year 8").
_NAME_STOP = _word_set(
    "in the a an at on my your his her our from very so really not also always too super big best more most only "
    "just still never le la les un une des du de mon ma mes très trop vraiment pas aussi toujours plus "
    "el los las una uno mi mis muy tan también siempre no más en "
    "в на не очень тоже всегда уже ещё еще мой моя мои его её ее"
)
_URL_LOW = re.compile(r"[a-z0-9]\.[a-z]")
# Levantine "السناب تبعي rama.jo22", "الانستا تبعي lulu_2011", "حسابي karam.99": a handle without @.
_AR_MY_ACCOUNT = re.compile(
    r"(?:(?:ال)?(?:سناب|سنابشات|انستا|انستغرام|انستقرام|تيك ?توك|ديسكورد|تلغرام|تيليجرام|فيسبوك|فيس)\s+تبعي|حسابي)"
    r"\s*(?:هو|:|：)?\s*@?([A-Za-z0-9_.]{3,32})(?![\w@])"
)
# West African "j'habite à Cocody Riviera 2", "j'habite au Yopougon Sideci 3": a two-word
# neighbourhood and its number.
_FR_HABITE_PLACE = re.compile(
    rf"(?i:habite|habites|habitons|vis|vit)\s+(?i:à|a|au|aux|dans|vers)\s+(?:(?i:le|la|l['’])\s*)?"
    rf"((?:{_CAP})\s+(?:{_CAP})\s+\d{{1,3}})(?![\w/.,]?\d)(?!\s*(?i:fois|ans?|mois|jours?|semaines?|heures?|min)\b)"
)
# A full name signed at the very end after a comma ("..., Maria López"), when the message also
# carries contact data.
# Double names and surnames keep their hyphen ("Катя Лукашевич-Новик", "Jean-Pierre Kouassi").
_SIGNED_NAME = re.compile(
    rf",\s*((?:{_CAP})(?:-{_CAP})?\s+(?:{_CAP})(?:-{_CAP})?|(?:{_CAP_RU})(?:-{_CAP_RU})?\s+(?:{_CAP_RU})(?:-{_CAP_RU})?)"
    r"\s*[.!]*\s*$"
)
_SIGNED_STOP = _word_set(
    "thank thanks thx merci gracias spasibo love hugs best kind good bye see new los las san santa saint sao são "
    "le la les el buenos buenas bonne bon happy merry dear hello hi hey much many all every mucho muchas muy "
    "спасибо пока всем всего привет с до удачи хорошего доброго нижний санкт великий"
)
_CONTACT_KINDS = frozenset(("url", "handle", "phone", "email"))
_DOUBLE_SURNAME = re.compile(rf"{_CAP}-{_CAP}|{_CAP_RU}-{_CAP_RU}")


#: A hint word's start, end and (kind, language) tags.
_Spot = tuple[int, int, frozenset[tuple[str, str]]]


class _Cues:
    """Where cue words of every kind end, and which shape hints occur, found in one pass of one
    automaton over the lower-cased text (flat cost however many words the files list). Cue hits
    are checked against word edges; hints count anywhere, as parts of words too."""

    def __init__(self, kinds: dict[str, list[str]], hints: dict[str, set[tuple[str, str]]]) -> None:
        self._automaton = ahocorasick.Automaton()
        words: dict[str, set[str]] = {}
        for kind, phrases in kinds.items():
            for p in phrases:
                if p.strip():
                    words.setdefault(p.lower(), set()).add(kind)
        for w in {*words, *hints}:
            self._automaton.add_word(w, (len(w), tuple(sorted(words.get(w, ()))), frozenset(hints.get(w, ()))))
        self.kinds = tuple(kinds)
        self.empty = len(self._automaton) == 0
        if not self.empty:
            self._automaton.make_automaton()

    def scan(self, text: str, low: str) -> tuple[dict[str, list[int]], set[tuple[str, str]], list[_Spot]]:
        """Cue ends by kind, the hint tags seen, and where the spot-worthy hints are.

        ``low`` is ``text.lower()`` with its offsets kept (computed once by the caller)."""
        out: dict[str, list[int]] = {k: [] for k in self.kinds}
        hinted: set[tuple[str, str]] = set()
        spots: list[_Spot] = []
        if self.empty:
            return out, hinted, spots
        n = len(low)
        han = not low.isascii() and _CJK_ANY.search(low) is not None
        for end, (length, kinds, tags) in self._automaton.iter(low):
            start = end - length + 1
            if tags:
                hinted |= tags
                if not tags.isdisjoint(_SPOT_TAGS):
                    spots.append((start, end + 1, tags))
            if not kinds:
                continue
            if han:
                # Chinese has no spaces: a cue touching a Han character on either side still counts.
                before_ok = start == 0 or not low[start - 1].isalnum() or is_cjk(low[start]) or is_cjk(low[start - 1])
                after_ok = (
                    end + 1 >= n
                    or not low[end + 1].isalnum()
                    or not low[end].isalnum()
                    or is_cjk(low[end])
                    or is_cjk(low[end + 1])
                )
            else:  # no Han character: plain word edges, no per-character test
                before_ok = start == 0 or not low[start - 1].isalnum()
                after_ok = end + 1 >= n or not low[end + 1].isalnum() or not low[end].isalnum()
            if before_ok and after_ok:
                for k in kinds:
                    out[k].append(end + 1)
        return out, hinted, spots


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


# "my/his/her" said after the account word in the dialects, in Arabizi and in Arabic script
# ("username mte3o X", "el user dyali X", "insta bta3i X", "اليوزر متاعو X", "سناب حقي X"): skipped,
# the username is the next word. Tunisian mte3/mta3, Moroccan dyal, Egyptian bta3, Levantine tab3/ta3,
# Gulf 7a9/7a2/7ag.
_POSSESSIVE = _alternation(
    [
        *_word_set(
            "mte3i mte3o mte3ou mte3ha mte3ek mte3na mta3i mta3o mta3ou mta3ha mta3ek mta3na mtaai mtaao "
            "dyali dyalo dyalou dyalha dyalek dyalk dyalna dyal diali dialo dialou dialha dial "
            "bta3i bta3o bta3ou bta3ha bta3ak bta3ek bta3na beta3i beta3o beta3ou beta3ha beta3ak btaai btaao "
            "taba3i taba3o taba3ou taba3ha tab3i tab3o tab3ou tab3ha ta3i ta3o ta3ou ta3ha ta3ek "
            "7a9i 7a9o 7a9ou 7a99o 7a9ha 7a2i 7a2o 7a2ou 7a2ha 7aqi 7aqo 7aqha 7agi 7ago 7agha ha9i ha9o haqi haqo "
            "ديالي ديالو دياله ديالها ديالك ديالنا متاعي متاعو متاعه متاعها متاعك متاعنا تبعي تبعو تبعه تبعها تبعك "
            "تبعنا بتاعي بتاعو بتاعه بتاعها بتاعك تاعي تاعو تاعه تاعها حقي حقو حقه حقها حقك حقنا"
        ),
        *("الخاص بي", "الخاص به", "الخاص بها", "الخاص بيه", "الخاص فيه"),
    ]
)


# Arabic writes "and", "so", "the", "on" onto the front of a word ("وسنابي", "فانستي", "بالسناب", "واليوزر"):
# account and platform words also count with them (not "ب" before a user word: "بايدي" is "with my hand").
_AR_CUE_PREFIXES = ("و", "ف", "ال", "وال", "فال")
_AR_PLATFORM_PREFIXES = (*_AR_CUE_PREFIXES, "ب", "بال", "وب")


def _ar_prefixed(phrases: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [*phrases, *(pre + p for p in phrases if _ARABIC.match(p) for pre in prefixes)]


# Arabic nouns also with "و"/"ف"/"ب"/"ل"/"ال" in front and "my/our/his/her" at the end ("قطتي", "فريقنا",
# "بالنادي", "كلبو"): the "ة" of a feminine noun is written "ت" before an ending.
_AR_NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "فال", "ك", "وب", "ول")
_AR_NOUN_ENDINGS = ("", "ي", "نا", "ه", "ها", "و", "ك", "هم", "كم")


def _ar_noun_forms(word: str) -> set[str]:
    stem = word[:-1] + "ت" if word.endswith(("ة", "ه")) and len(word) > 2 else word
    bases = {word, *(stem + e for e in _AR_NOUN_ENDINGS if e)}
    if word.endswith("ة"):
        bases.add(word[:-1] + "ه")
    return {pre + b for b in bases for pre in _AR_NOUN_PREFIXES}


class _WordClass:
    """The words of a ``[named_thing]`` or ``[named_person]`` list: whole words (Arabic ones also with
    their prefixes and endings), stems written with ``*`` ("кошк*"), and Chinese words found inside text."""

    def __init__(self, phrases: list[str]) -> None:
        exact: set[str] = set()
        stems: list[str] = []
        han: list[str] = []
        for raw in phrases:
            p = raw.strip().lower()
            if not p:
                continue
            if _HAN.search(p):
                han.append(p)
            elif p.endswith("*"):
                stems.append(p[:-1])
            else:
                exact.add(p)
                if _ARABIC.match(p):
                    exact |= _ar_noun_forms(p)
        self.exact = frozenset(exact)
        self.stems = tuple(stems)
        self.han = tuple(han)

    def has(self, word: str) -> bool:
        w = word.lower()
        return w in self.exact or (bool(self.stems) and w.startswith(self.stems))

    def any_in(self, words: list[str], chunk: str = "") -> bool:
        return any(self.has(w) for w in words) or (bool(self.han) and any(h in chunk for h in self.han))


class _Patterns:
    """Cue automata built once from the words of every language, and the shapes that follow them."""

    def __init__(self, rules: RuleSet) -> None:
        # Number words, also with Arabic "و" ("and") in front: where they are tells whether a
        # spoken number is worth parsing.
        numbers = [*_NUMBER_WORDS, *("و" + w for w in _NUMBER_WORDS if _ARABIC.match(w))]
        self.cues = _Cues(
            {
                "intro": rules.sections("name_intro", LANGUAGES),
                "title": rules.sections("name_title", LANGUAGES),
                "relative": rules.sections("name_relative", LANGUAGES),
                "nick_as": rules.sections("nick_cue_as", LANGUAGES),
                "birth": rules.sections("birth_cue", LANGUAGES),
                "platform": _ar_prefixed(rules.sections("handle_cue", LANGUAGES), _AR_PLATFORM_PREFIXES),
                "account": rules.sections("account_cue", LANGUAGES),
                "nick": _ar_prefixed(rules.sections("nick_cue", LANGUAGES), _AR_CUE_PREFIXES),
                "nick_app": rules.sections("nick_cue_app", LANGUAGES),
                "user": _ar_prefixed(rules.sections("user_cue", LANGUAGES), _AR_CUE_PREFIXES),
                "school": rules.sections("school_cue", LANGUAGES),
                "school_weak": rules.sections("school_cue_weak", LANGUAGES),
                "sign": rules.sections("sign_off", LANGUAGES),
                "number": numbers,
                "channel": rules.sections("channel_cue", LANGUAGES),
                "contact": _ar_prefixed(rules.sections("contact_cue", LANGUAGES), _AR_CUE_PREFIXES),
                "real_name": _ar_prefixed(rules.sections("real_name_cue", LANGUAGES), _AR_PLATFORM_PREFIXES),
            },
            _hint_words(),
        )
        apps = _alternation([p.lower() for p in rules.sections("handle_cue", LANGUAGES) if p.strip()])
        # After a nickname word: "on Roblox", "в роблоксе", "في روبلوكس", then "is", ":" or nothing.
        self.after_nick = re.compile(
            # "my/his" after the word in Darija, Gulf, Levantine and Egyptian ("اليوزر حقه", "user dyalo").
            rf"(?:\s+(?:{_POSSESSIVE})(?!\w))?"
            # Whose it is: "ник у него", "el user de mi primo", "l'identifiant d'Emma", "the username of my brother".
            r"(?:\s+(?:у\s+(?:него|неё|нее|них)|u\s+(?:nego|nee|nih)|(?:de|of)\s+(?:mi|ma|mon|son|sa|su|tu|ton|ta|my|his|"
            r"her|their)\s+\w+|d['’]\w+|del\s+\w+))?"
            rf"(?:\s+(?:on|in|en|sur|de|dans|del|в|на|في|على|بـ|ب|f|fi)\s*(?:{apps})\w*|\s+(?:{apps})\w*"
            # "on the game", "sur le jeu", "en el juego", "в игре": where, with no app named.
            r"|\s+(?:on|in|en|sur|dans|в|на)\s+(?:(?:the|my|this|that|le|la|ce|mon|el|mi|este|ese|этой|моей)\s+)?"
            r"(?:game|jeu|juego|videojuego|appli|app|application|aplicación|aplicacion|serveur|server|servidor|"
            rf"игре|игрушке|приложении|сервере)(?!\w))?{_NICK_LINK}",
            re.IGNORECASE,
        )
        latin_name = rf"{_CAP}(?:[\s-]+{_CAP}){{1,3}}"
        cyr_name = rf"{_CAP_RU}(?:[\s-]+{_CAP_RU}){{1,3}}"
        self.after_intro = re.compile(
            rf"[\s,:]+(?i:(?:(?:el|la|le)\s+)?(?:profesora?|profe|maestr[oa]|teacher|prof|professeure?)\s+)?"
            rf"({latin_name}|{cyr_name})"
        )
        # After "my big sister", "ma grande sœur", "моя мама": "is", "c'est", "c", "es", ":" or nothing.
        self.after_relative = re.compile(
            rf"\s*(?i:[:=—–-]|,|\bis\b|['’]s\b|\bis called\b|\bc['’]est\b|\bc\b|\best\b|\bs['’]appelle\b|"
            rf"\bes\b|\bse llama\b|\bэто\b|\bзовут\b)?\s*({latin_name}|{cyr_name})"
        )
        # "add me on tiktok as sofi.lunaa_", "búscame como dani_07", "добавь меня в тг как kotik_12".
        self.after_nick_as = re.compile(
            rf"(?:\s+(?:on|in|en|sur|dans|в|на|في|على|f|fi|3la)\s*(?:{apps})\w*|\s+(?:{apps})\w*)?\s*[:,]?"
            rf"\s+(?:as|como|comme|как|باسم|بإسم|b smiya|bi ism)\s*[:：]?\s*",
            re.IGNORECASE,
        )
        self.after_title = re.compile(rf"\.?\s+({_CAP}(?:[\s-]+{_CAP}){{0,3}}|{_CAP_RU}(?:\s+{_CAP_RU}){{0,3}})")
        # "..., أخوكم عبدالرحمن الشهري", "تحياتي: مريم يوسف": a full name signed at the very end.
        sign_off = _alternation([p for p in rules.sections("sign_off", LANGUAGES) if _ARABIC.match(p)]) or "(?!)"
        self.ar_given = frozenset(rules.sections("given_name", ("ar",)))
        # Things and animals given a name ("mi perro se llama", "عندي قطة اسمها"), and the people who
        # make such a name a person's after all ("mi amigo del club se llama"), per language.
        self.things = {lang: _WordClass(rules.sections("named_thing", (lang,))) for lang in LANGUAGES}
        self.persons = {lang: _WordClass(rules.sections("named_person", (lang,))) for lang in LANGUAGES}
        # Capitalised words that never start a name after "I'm", "this is", "je suis", "soy", "я" ("I'm Super
        # Excited", "it's Black Friday", "я Очень Рада").
        self.not_name = {lang: _WordClass(rules.sections("not_name", (lang,))) for lang in LANGUAGES}
        self.ar_signed = re.compile(
            rf"(?:^|(?<=[\s،,.!؟:\-–—]))(?:{sign_off})[ \t]*[:：،,\-–]?[ \t]*"
            r"(?P<name>[\u0621-\u064A]+(?:[ \t]+[\u0621-\u064A]+){1,3})[ \t]*[.!]*\s*$"
        )
        self.after_platform = re.compile(
            rf"(?:\s+(?:{_POSSESSIVE})(?!\w))?"  # "snap mte3i X", "السناب متاعي X"
            r"(?:\s+(?:on|en|sur|в|على))?(?:\s*(?:id|username|user|name|nick|ник|号|號))?"
            r"\s*(?:[:：=\-]|\bis\b|\bes\b|\best\b|\bit['’]?s\b|\bit is\b|\bc['’]?est\b|\bc\b|\bas\b|\bcomo\b|"
            r"\bcomme\b|\bкак\b|это|是|هو|\bhuwa\b)?"
            r"\s*@?([A-Za-z0-9_.]{3,32})(?![\w@])"
        )


# After "my youtube channel", "ma chaîne", "мой канал", "قناتي": "on youtube", "is", "called", ":" or
# nothing, then the channel's name: one to three capitalised or CamelCase words ("GamerKidz Official").
_CHANNEL_WORD = r"(?:[A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛА-ЯЁ][\w'’-]*|[a-z]+[A-Z][\w-]*|[a-z_]*\d[\w-]*)"
AFTER_CHANNEL = re.compile(
    r"(?i:\s+(?:on|sur|en|de|на|в|في|على|3la|f)\s+(?:youtube|yt|twitch|tiktok|ютубе|ютуб|youtub|يوتيوب|اليوتيوب))?"
    r"(?i:\s*[:：=—–-]|\s+(?:is\s+called|is\s+named|is|called|named|c['’]est|s['’]appelle|se\s+llama|es|"
    r"называется|это|nazyvaetsya|اسمها|huwa|hiya))?"
    rf"\s*@?({_CHANNEL_WORD}(?:[ \t]+{_CHANNEL_WORD}){{0,2}})(?!\w)"
)
_CHANNEL_STOP = _word_set(
    "please pls plz and but so the a an is on for about with youtube yt twitch tiktok if it i im i'm my link here "
    "guys everyone check subscribe sub follow like thanks thank lol also its where which that this now today new "
    "et mais sur pour svp stp merci abonnez abonne abonnez-vous y pero por para porfa gracias suscríbanse suscribete "
    "и но на пожалуйста подпишитесь подпишись спасибо это тут ссылка в описании "
    "pozhaluysta podpishites spasibo tam tut"
)


# A naming verb said of someone or something else ("se llama", "il s'appelle", "зовут", "is called", "named"),
# not "меня зовут" (I am called).
_THIRD_NAMING = re.compile(
    r"(?<!\w)(?:se\s+llama|s['’]\s*appelle|зовут|zovut|called|named|nommée?|llamad[oa]|называется|nazyvaetsya)"
    r"\s*[:,]?\s*$",
    re.IGNORECASE,
)
_MY_NAMING = re.compile(r"(?<!\w)(?:меня|menya|menja|menia|mena)\s+(?:зовут|zovut)\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:\n¿¡]")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# "его зовут", "him": a person is meant, whatever came before ("в игре его зовут Петя Иванов").
_PERSON_PRONOUN = frozenset(("его", "её", "ее", "him", "her", "ego", "eyo"))


def _names_a_thing(text: str, end: int, name_start: int, pat: _Patterns, langs: tuple[str, ...]) -> bool:
    """Whether a third-person naming cue names a thing or an animal ("mi perro se llama Max Power", "on a un
    club, il s'appelle Les Étoiles", "моего кота зовут Барсик Пушистый"): a thing's word among the few words
    just before the cue, in the same sentence, and no person's word; or the name starts with a thing's word."""
    head_from = max(0, end - 30)
    verb = _THIRD_NAMING.search(text, head_from, end)
    if verb is None or _MY_NAMING.search(text, head_from, end):
        return False
    langs = tuple(lang for lang in langs if lang in pat.things) or LANGUAGES
    things = [pat.things[lang] for lang in langs]
    persons = [pat.persons[lang] for lang in langs]
    first = _LETTER_WORD.match(text, name_start)
    if first and any(t.has(first.group()) for t in things):
        return True
    chunk = text[max(0, verb.start() - 60) : verb.start()]
    cut = max((m.end() for m in _CLAUSE_END.finditer(chunk)), default=0)
    before = _LETTER_WORD.findall(chunk[cut:])[-4:]
    if before and before[-1].lower() in _PERSON_PRONOUN:
        return False
    return any(t.any_in(before) for t in things) and not any(p.any_in(before) for p in persons)


_ZH_CLAUSE_END = re.compile(r"[，,。.！!？?；;：:\n]")


def _zh_names_a_thing(text: str, cue_start: int, pat: _Patterns) -> bool:
    """Whether "名叫"/"名字叫" names a thing or an animal: a thing's word in the few characters before it, in
    the same sentence part, and no person's word ("我家的狗名叫黄大壮", not "我的好朋友名叫王小明")."""
    chunk = text[max(0, cue_start - 10) : cue_start]
    cut = max((m.end() for m in _ZH_CLAUSE_END.finditer(chunk)), default=0)
    chunk = chunk[cut:]
    return pat.things["zh"].any_in([], chunk) and not pat.persons["zh"].any_in([], chunk)


# Small words that are also family names said first ("I'm Tan Wei Ling", "I'm Le Van Minh", "I'm Ma Long").
_SURNAME_LIKE = frozenset(("tan", "ma", "le", "la", "mon"))


def _common_first_word(text: str, start: int, pat: _Patterns, langs: tuple[str, ...]) -> bool:
    """Whether the capitalised words at ``start`` begin with an ordinary word, never a name's first word."""
    first = _LETTER_WORD.match(text, start)
    if first is None:
        return False
    word = first.group()
    return (word.lower() in _NAME_STOP and word.lower() not in _SURNAME_LIKE) or any(
        pat.not_name[lang].has(word) for lang in langs if lang in pat.not_name
    )


def _channel_names(text: str, ends: list[int]) -> Iterator[tuple[int, int]]:
    for end in ends:
        m = AFTER_CHANNEL.match(text, end)
        if m is None or _HAN.search(m.group(1)):
            continue  # a name with Han characters is read by _zh_channel_names
        words = m.group(1).split()
        while words and words[-1].lower() in _CHANNEL_STOP:
            words.pop()
        if not words or words[0].lower() in _CHANNEL_STOP:
            continue
        if len(words) == 1 and not (
            (_has_inner_capital(words[0]) and len(words[0]) >= 3) or any(c.isdigit() or c == "_" for c in words[0])
        ):
            continue
        yield m.start(1), m.start(1) + len(" ".join(words))


# A Chinese channel or account name after "我的b站", "我的抖音号是", "小红书搜", "我的频道叫": Han characters
# mixed with Latin letters ("小X爱唱歌Lulu", "Lulu的小屋"), up to the next space or punctuation; a name
# of Han characters only when a naming word ("叫", "是", "：") comes first.
_ZH_CHANNEL = re.compile(
    r"(?:搜索|搜)?(?:账号|帳號|账户|帳戶|号|號|id|ID|名字|名称|名稱|昵称|暱稱|频道|頻道)?"
    r"[ \t]*(?P<link>叫做|叫|是|为|為|係|:|：)?[ \t]*[「“\"『《]?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9_·.\-]{2,24})"
)
_ZH_CHANNEL_TAIL = sorted(
    _word_set(
        "求关注 求關注 欢迎关注 歡迎關注 关注一下 關注一下 关注我 關注我 关注 關注 求粉 互粉 谢谢 謝謝 "
        "一键三连 一鍵三連 哦 呀 啊 吧 哈"
    ),
    key=len,
    reverse=True,
)
# What a sentence says about an account, not its name ("我的抖音有500个粉丝", "我的b站是用来看动画的").
_ZH_CHANNEL_NOT = re.compile(r"什么|什麼|多少|粉丝|粉絲|视频|視頻|播放|被封|封号|封號|注册|註冊")
_ZH_CHANNEL_FIRST = frozenset("是有在了很太都也还還要会會被和跟用看就没沒不上里裡中")
# Words of a sentence, not of a name, also inside a mixed one ("小红书上有很多adult内容").
_ZH_MIXED_STOP = frozenset("有很都也还還没沒不是了吗嗎呢么麼什啥在里裡个個些")
_ZH_PLAIN_STOP = frozenset("我你他她它的了吗嗎呢吧啊么麼什啥没沒不很太都也还還有要想会會被在是和跟用看个個")


def _zh_channel_names(text: str, ends: list[int]) -> Iterator[tuple[int, int]]:
    for end in ends:
        if end < len(text) and text[end] in "，,。.!！?？":
            continue
        m = _ZH_CHANNEL.match(text, end)
        if m is None:
            continue
        name = m.group("name").rstrip(".-·")
        cut = True
        while cut:
            cut = False
            for tail in _ZH_CHANNEL_TAIL:
                if name.endswith(tail) and len(name) > len(tail) + 1:
                    name, cut = name[: -len(tail)], True
        han = _HAN.search(name) is not None
        latin = any("a" <= c.lower() <= "z" for c in name)
        if not name or name[0] in _ZH_CHANNEL_FIRST or _ZH_CHANNEL_NOT.search(name):
            continue
        if han and latin:
            if any(c in _ZH_MIXED_STOP for c in name):
                continue  # "小X爱唱歌Lulu", "Lulu的小屋" are names; "上有很多adult内容" is not
        elif han:
            if not m.group("link") or len(name) > 12 or any(c in _ZH_PLAIN_STOP for c in name):
                continue
        elif not _handle_shaped(name) and not _has_inner_capital(name):
            continue
        yield m.start("name"), m.start("name") + len(name)


# After "my details:", "contact me:", "mes coordonnées :", "мои данные:", "我的资料：", "بياناتي:" the first
# item of a comma-separated list of contact details is the child's full name ("John Smith, 07700 …").
_LIST_LINK = r"(?:[ \t]*(?:[:：=\-–—]|(?i:is|are|c['’]est|sont|son|es|это)(?!\w)|是|为|為|係|هي|هو)){0,2}[ \t]*"
_LATIN_FULL = rf"{_CAP}(?:-{_CAP})?(?:[ \t]+{_CAP}(?:-{_CAP})?){{1,3}}"
_CYR_FULL = rf"{_CAP_RU}(?:-{_CAP_RU})?(?:[ \t]+{_CAP_RU}(?:-{_CAP_RU})?){{1,3}}"
AFTER_CONTACT = re.compile(
    rf"{_LIST_LINK}(?:(?P<cap>{_LATIN_FULL}|{_CYR_FULL})"
    r"|(?P<low>[a-zà-ÿа-яё]{2,}(?:[ \t]+[a-zà-ÿа-яё]{2,}){1,2})"
    r"|(?P<ar>[\u0621-\u064A]+(?:[ \t]+[\u0621-\u064A]+){1,3})"
    rf"|(?P<zh>[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}))"
    r"(?=[ \t]*[,;/|،，、；\n])"
)
# After "on facebook", "sur facebook", "en face", "мой фейсбук", "臉書": an account under the child's real name.
# The name ends the sentence part or comes before "and", "please"... ("on Facebook Taylor Swift posted" is news).
_REAL_NAME_END = (
    r"(?=[ \t]*(?:[,.;:!?)\n،؟]|$)|[ \t]+(?i:and|or|et|ou|y|o|и|или|if|si|please|pls|plz|svp|stp|porfa|"
    r"add|ajoute|ajoutez|agrega|agrégame|with|avec|con|no\s+me|اذا|لو)(?!\w))"
)
AFTER_REAL_NAME = re.compile(
    r"(?:[ \t]+(?i:as|como|comme|под\s+именем|pod\s+imenem)(?!\w)|[ \t]*(?:باسم|بإسم|باسمي))?"
    rf"{_LIST_LINK}(?:(?P<cap>{_LATIN_FULL}|{_CYR_FULL}){_REAL_NAME_END}"
    rf"|(?P<ar>[\u0621-\u064A]+(?:[ \t]+[\u0621-\u064A]+){{1,2}}){_REAL_NAME_END}"
    rf"|(?P<zh>[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}){_ZH_END})"
)
# Capitalised words that start or make an ordinary phrase after those cues, not a name.
_LIST_NAME_STOP = _NAME_STOP | _word_set(
    "call text write message dm ring contact me us anytime any time please pls plz thanks thank here now only "
    "phone number email mail tel whatsapp address home school class grade name full first last "
    "appelle appelez écris ecris écrivez numéro numero adresse téléphone telephone nom prénom "
    "llama llámame llamame escribe escribeme escríbeme número numero dirección direccion teléfono telefono nombre "
    "звони звоните пиши пишите номер телефон почта адрес имя "
    "marketplace messenger live lite page pages group groups groupe grupo story stories reels watch gaming "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow last next this every "
    "lycée lycee école ecole collège college carrefour pharmacie mairie église eglise mosquée mosquee stade marché "
    "marche hôpital hopital banque station gare supermarché boutique "
    "facebook instagram insta snapchat snap tiktok twitter youtube whatsapp telegram discord google meta roblox "
    "zuckerberg"
)


def _list_words_ok(words: list[str]) -> bool:
    return len(words) >= 2 and not any(w.lower().split("-")[0] in _LIST_NAME_STOP for w in words)


def _contact_names(text: str, ends: list[int], given: frozenset[str]) -> Iterator[tuple[int, int, bool]]:
    """The name first in a list of contact details; ``True`` when it is capitalised (else it must be
    followed at once by a contact datum)."""
    for end in ends:
        m = AFTER_CONTACT.match(text, end)
        if m is None:
            continue
        group = next(g for g in ("cap", "low", "ar", "zh") if m.group(g))
        name = m.group(group)
        if group in ("cap", "low") and not _list_words_ok(name.split()):
            continue
        if group == "ar" and not _ar_name_words(name.split()):
            continue
        if group == "zh" and not _zh_name_ok(name):
            continue
        yield m.start(group), m.end(group), group != "low"


def _real_names(text: str, ends: list[int], given: frozenset[str]) -> Iterator[tuple[int, int]]:
    for end in ends:
        m = AFTER_REAL_NAME.match(text, end)
        if m is None:
            continue
        group = next(g for g in ("cap", "ar", "zh") if m.group(g))
        name = m.group(group)
        if group == "cap" and not _list_words_ok(name.split()):
            continue
        if group == "ar" and not (_ar_name_words(name.split()) and name.split()[0] in given):
            continue
        if group == "zh" and not _zh_name_ok(name):
            continue
        yield m.start(group), m.end(group)


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


_AR_STRONG_CUE = (
    "سميتي",
    "سميتو",
    "سميتها",
    "اسمي",
    "إسمي",
    "أسمي",
    "اسمى",
    "إسمى",
    "اسمه",
    "إسمه",
    "اسمها",
    "إسمها",
    "أدعى",
    "ادعى",
)
# Between "اسمي" and the name: "الكامل", "هو", ":", "يا جماعة" ("اسمي الكامل هو ...", "اسمي يا شباب ...").
_AR_NAME_LINK = re.compile(
    r"(?:\s*(?:الكامل|بالكامل|الثلاثي|الرباعي|الحقيقي|الحقيقى)(?![\u0621-\u064A]))?"
    r"(?:\s*[:：\-–]|\s*(?:هو|هي|هى|يا\s+(?:جماعة|جماعه|شباب|اصحاب|أصحاب|اصدقائي|أصدقائي|حلوين|ناس|اخوان|أخوان))(?=\s))*"
    r"\s*"
)
# Words after "اسمي" that say something about the name, not the name ("اسمي مش مهم", "اسمي ليس مهما",
# "اسمي حلو", "اسمي على اسم جدي", "اسمي يعني ..."), and what a child writes right after a name.
_AR_NOT_NAME_WORDS = _word_set(
    "مهم مهمة مهمه مهما مهمش ليس ليست مش مو مب موب مهوب ماهو ماهي مافي مايهم سر سري سرية حلو حلوة حلوه "
    "غريب غريبة طويل طويلة قصير قصيرة صعب صعبة سهل سهلة عادي عادية مشهور مشهورة معروف شوي شوية كتير كثير "
    "مرة مره جدا جداً خالص بزاف "
    "معروفة مكتوب مكتوبة موجود غلط صح صحيح زي مثل متل يعني معناه معناها بيعني كامل نفس مختلف حقيقي "
    "بالانجليزي بالإنجليزي بالانجليزية بالعربي بالعربية بالفرنسي احلى أحلى اجمل أجمل اسم اسمك اسمي اسمه اسمها "
    "شو ايش إيش وش شنو شنهو اشي شي شيء طلع صار تغير الحين حاليا بدون بلا غير لما اذا إذا لو بس "
    "هل ليش ليه لماذا كيف كيفاش متى وين فين اين أين سؤالي سؤال سؤالى عندي عمري عمرى ابغى ابي أبي بدي "
    "حابب حابة حابه ممكن نفسي هذا هذه هاد هادا هيدا هيدي دا دي ده "
    "شكرا شكراً شكرًا لكم لك جزيلا جزيلاً مشكورين يعطيكم يعطيك العافية السلام تحياتي "
    "بالتوفيق التوفيق دمتم ودمتم مع الجميع للجميع"
)
_AR_NAME_LINKERS = frozenset(("بن", "بنت", "ابن", "إبن", "أبو", "ابو", "عبد", "ام", "أم"))


def _ar_not_name(word: str) -> bool:
    """An ordinary word, also with "و"/"ف" in front ("وعمري", "وساكن"), is never part of a name."""
    stop = _AR_NAME_STOP
    if word in _AR_NOT_NAME_WORDS or word in _AR_STRONG_CUE or (word in stop and word not in _AR_NAME_LINKERS):
        return True
    rest = word[1:]
    return word[:1] in "وف" and len(rest) > 1 and (rest in stop or rest in _AR_NOT_NAME_WORDS or rest in _AR_STRONG_CUE)


# "مرحبا انا لين حداد، ...": after "انا" at the start of a message (or after a greeting), two words
# that are not ordinary words, then a comma, the end, or "من/في/ب" and a place, are a full name.
_AR_GREETING_BEFORE = re.compile(
    r"[\s\W]*(?:(?:مرحبا|مرحبًا|مرحباً|اهلا|أهلا|أهلاً|اهلين|هلا|هاي|سلام|السلام عليكم|صباح الخير|مساء الخير|"
    r"يا جماعة|يا شباب)[\s\W]*)*"
)
_AR_NAME_AFTER = re.compile(
    r"\s*(?:[،,.!؟?:;]|$)|\s+(?:من|في|ب)\s+[\u0621-\u064A]{2,}"
    r"|\s+ب[\u0621-\u064A]{3,}\s*(?:[،,.!؟?]|$)"
)
_AR_INTRO_STOP = _word_set(
    "سعيد سعيدة مبسوط مبسوطة فرحان فرحانة حزين حزينة تعبان تعبانة زهقان زهقانة متحمس متحمسة موافق موافقة "
    "متأكد متأكدة كتير كثير كثيرا مرة مره شوي شوية برضو برضه كمان ايضا أيضا هلق هلأ الحين دايما دائما "
    "مش مو ما لسا لسه بعد عادي طبعا اكيد أكيد بخير منيح منيحة كويس كويسة تمام صغير صغيرة كبير كبيرة "
    "واحد واحدة اثنين اتنين ثلاث ثلاثة تلات تلاتة اربع اربعة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية "
    "تمان تمانية تسع تسعة عشر عشرة عشرين سنة سنين سنوات صف الصف "
    "ادرس أدرس اكتب أكتب العب ألعب اقرا اقرأ أقرأ اشوف أشوف اروح أروح ارسم أرسم اعرف أعرف افكر أفكر اشعر أشعر "
    "احس أحس اقول أقول ابغى ابغي أبغى بدرس بلعب بكتب بروح بشوف بفكر بعرف بقرا بحس عايز عايزة عاوز عاوزة "
    "مهتم مهتمة بحاجة محتاج محتاجة خايف خايفة ضد مع معكم معاكم هون هنا "
    # "انا سالم الحمد لله" (I am safe, thank God): not a family name.
    "الحمد الحمدلله الان الآن"
)


def _arabic_intro_names(text: str, cues: list[re.Match[str]], first_names: frozenset[str]) -> Iterator[tuple[int, int]]:
    for cue in cues:
        if cue.group("cue") not in ("انا", "أنا", "آنا") or not _AR_GREETING_BEFORE.fullmatch(text, 0, cue.start()):
            continue
        first = _AR_WORD.match(text, cue.end())
        if not first or first.group() not in first_names:
            continue  # "انا قاعد لوحدي في البيت": a sentence, not "I am <name>"
        space = re.compile(r"[ \t]+").match(text, first.end())
        second = _AR_WORD.match(text, space.end()) if space else None
        if not second or not _AR_NAME_AFTER.match(text, second.end()):
            continue
        words = (first.group(), second.group())
        if any(
            w in _AR_NAME_STOP or w in _AR_INTRO_STOP or w in _AR_STRONG_CUE or w.startswith("ال") or len(w) < 2
            for w in words
        ):
            continue
        yield first.start(), second.end()


# SMS French "salut c Moussa Diop de Dakar" and Russian in Latin letters "ya Dasha Kuznetsova iz Kazani",
# "eto Dasha ...": at the start of a message (or after a greeting), two capitalised words are a full name.
_LATIN_SHORT_INTRO = re.compile(
    r"^[\s\W]*(?:(?i:salut|slt|coucou|cc|bonjour|bjr|bonsoir|hello|hi|hey|yo|privet|privetik|zdravstvuyte|"
    r"zdravstvujte|vsem\s+privet|hai)[\s\W]*)*(?i:(?P<fr>c)|ya|eto)\s+"
    rf"(?P<name>(?-i:{_CAP})\s+(?-i:{_CAP}))(?=\s*(?:[,.!?;:]|$)|\s+(?i:iz|from|de|d['’]|du|s|na)\b)"
)
_LATIN_SHORT_STOP = _word_set(
    "Real Paris Saint San Santa New Los Las Le La Les Un Une Ok Oui Non Lol Mdr Trop Tres Très Moi Toi Pas Super "
    "Moskva Moskvu Rossiya Tozhe Ochen Ne Net Da Vse Nichego Kak Eto Tut Tam"
)


# Russian in Latin letters inside a message: "..., ya Timur Abdrakhmanov, uchus v 7 klasse", "... . Ja Alina
# Sadykova-Kim iz Ufy": after a comma or a sentence's end, "ya"/"ja" and a first name and surname, then a
# comma, the end, or "iz"/"s"/"mne"/"uchus".
_LATIN_YA_NAME = re.compile(
    r"(?:[,;.!?:]|\s[—–-])[ \t]*(?i:ya|ja|eto\s+ya)[ \t]+"
    rf"(?P<name>(?-i:{_CAP}(?:-{_CAP})?)[ \t]+(?-i:{_CAP}(?:-{_CAP})?))"
    r"(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?i:iz|s|so|na|mne|uchus|uchenik|uchenitsa|zhivu|i)(?!\w))"
)


def _latin_short_intro(text: str) -> Iterator[tuple[int, int]]:
    m = _LATIN_SHORT_INTRO.match(text)
    if m and not any(w in _LATIN_SHORT_STOP for w in m.group("name").split()):
        yield m.start("name"), m.end("name")
    if " ya " in text or " ja " in text or " Ya " in text or " Ja " in text:
        for m in _LATIN_YA_NAME.finditer(text):
            if not any(w.split("-")[0] in _LATIN_SHORT_STOP for w in m.group("name").split()):
                yield m.start("name"), m.end("name")


# "انا"/"اني" ("I"): a name follows only when its first word is a known first name or the name the child
# gives after "اسمي" ("انا قاعد لوحدي", "انا وابوي", "اني نسيت الشنطة", "انا بذاكر" are sentences).
_AR_I_CUES = frozenset(("انا", "أنا", "آنا", "اني", "إني"))
_AR_MY_NAME_CUES = frozenset(("اسمي", "إسمي", "أسمي", "اسمى", "إسمى", "سميتي", "أدعى", "ادعى"))
_AR_HIS_NAME_CUES = frozenset(("اسمه", "إسمه", "اسمها", "إسمها"))
# Titles that are also the word for school ("في المدرسة صورت ..." = at school I took a picture): a name
# after them only when it starts with a known first name.
_AR_TITLE_SCHOOL = frozenset(("المدرسة", "المدرس"))
# Verbs that follow a title ("الأستاذ جاب لنا الكتب", "المعلم راح البيت"): a sentence, not a name.
_AR_TITLE_VERBS = _word_set(
    "جاب جابت جابلنا راح جا اجا إجا جه عطى عطانا اعطى أعطى اعطانا أعطانا خلى خلانا طلب شرح حكى سأل سال دخل طلع "
    "ضرب زعل كتب رسم صار بعت بعث رجع وقف نسي عمل سوى سوا قعد فتح سكر قفل خد اخد أخذ اخذ ادى أدى وزع صحح غاب "
    "مرض تعب عصب نادى نادا"
)
_AR_CLAUSE_END = re.compile(r"[.!؟?،,;:\n]")


def _ar_verb_like(word: str) -> bool:
    """A verb's look: a past ending in "ت" ("شرحت", "صورت", "طلبت") or a present with its prefix
    ("بيشرح", "يشرح", "بنرسم", "عم يكتب"); first names of that look are in ``[given_name]``."""
    return (
        (word.endswith("ت") and len(word) >= 3)
        or word.startswith(("بي", "بت", "بن", "عم", "هي", "هت", "حي", "حت", "ي", "ت", "ن"))
        or word in _AR_TITLE_VERBS
    )


def _ar_names_a_thing(text: str, cue_start: int, words: list[re.Match[str]], pat: _Patterns) -> bool:
    """Whether "اسمه"/"اسمها" names a thing or an animal: the name starts with a thing's word ("اسمه نادي
    الكواكب"), or a thing's word comes just before in the sentence part and no person's word does."""
    things, persons = pat.things["ar"], pat.persons["ar"]
    if words and things.has(words[0].group()):
        return True
    chunk = text[max(0, cue_start - 60) : cue_start]
    cut = max((m.end() for m in _AR_CLAUSE_END.finditer(chunk)), default=0)
    before = _AR_WORD.findall(chunk[cut:])[-4:]
    return things.any_in(before) and not persons.any_in(before)


def _arabic_names(text: str, pat: _Patterns) -> Iterator[tuple[int, int]]:
    cues = list(_AR_NAME_CUE.finditer(text))
    # The name a child gives after "اسمي": after "انا" it is a name too ("اسمي تيماء، انا تيماء الحربي").
    my_names: set[str] = set()
    for cue in cues:
        if cue.group("cue") in _AR_MY_NAME_CUES:
            link = _AR_NAME_LINK.match(text, cue.end())
            given = _AR_WORD.match(text, link.end() if link else cue.end())
            if given and not _ar_not_name(given.group()):
                my_names.add(given.group())
    first_names = pat.ar_given | my_names if my_names else pat.ar_given
    yield from _arabic_intro_names(text, cues, first_names)
    for cue in cues:
        cue_word = cue.group("cue")
        strong = cue_word in _AR_STRONG_CUE or cue_word.startswith("اسم")
        words: list[re.Match[str]] = []
        link = _AR_NAME_LINK.match(text, cue.end()) if strong else None
        pos = link.end() if link else cue.end()
        for w in _AR_WORD.finditer(text, pos):
            if text[pos : w.start()].strip() or len(words) == 5:
                break
            words.append(w)
            pos = w.end()
        if cue_word.startswith("سميت") and (
            not words or words[0].group().startswith("ال") or any(w.group().startswith("ديال") for w in words[:2])
        ):
            continue  # Darija "سميتي القطة ديالي ...": a thing named, not the child's full name
        if strong:
            if cue_word in _AR_HIS_NAME_CUES and _ar_names_a_thing(text, cue.start(), words, pat):
                continue  # "نادي سري اسمه نادي الكواكب", "عندي قطة اسمها لولو الصغيرة"
            best = _ar_strong_name(words, cut=len(words) < 5)
        elif not words:
            continue
        else:
            first = words[0].group()
            if first not in first_names and (
                cue_word in _AR_I_CUES or cue_word in _AR_TITLE_SCHOOL or _ar_verb_like(first)
            ):
                continue  # "انا بذاكر الواجب", "في المدرسة صورت غروب الشمس", "المعلمة طلبت منا ..."
            best = None
            for n in range(2, min(4, len(words)) + 1):
                chosen = [w.group() for w in words[:n]]
                if any(
                    (_ar_not_name(c) or c in _AR_INTRO_STOP or c in _AR_STRONG_CUE) and c not in _AR_NAME_LINKERS
                    for c in chosen
                ):
                    break
                last, before = chosen[-1], chosen[-2]
                if last.startswith("و") and last not in first_names:
                    break  # "محمد ورحت المدرسة": "and" starts a new clause
                if last.startswith("ال") or before in ("بن", "بنت", "ابن", "أبو", "ابو"):
                    best = n
        if best:
            yield words[0].start(), words[best - 1].end()


# Two or three words alone at the very end, after a line break, a dash or a sentence's end.
_AR_LAST_PART = re.compile(r"[\n\-–—،,.!؟][ \t]*([\u0621-\u064A]+(?:[ \t]+[\u0621-\u064A]+){1,2})$")
# How comments end, not names ("نتمنى التوفيق", "يعطيكم العافية", "كل الاحترام").
_AR_CLOSING = _word_set(
    "التوفيق العافية الأيادي الايادي الخير النجاح الحب الاحترام التقدير الشكر السلامة الجميع الكل النور البركة "
    "المزيد الأفضل الافضل الاستمرار القادم القادمة الجاية الجايه الجاي الموضوع الجلسة الجلسه اللقاء الفكرة الفكره "
    "الكثير الله الرحمن الكريم الجنة الجنه اليوم الصبح الليل المساء الصباح الدرس المحاضرة "
    "نتمنى اتمنى أتمنى تسلم تسلمو تسلموا يعطيكم يعطيك جزاكم بارك حبيت استفدت تعلمت رمضان عيد صباح مساء ربي ربنا"
)


def _ar_name_words(words: list[str]) -> bool:
    return (
        len(words) >= 2
        and not words[0].startswith("ال")
        and words[0] not in _AR_NAME_LINKERS
        and words[-1] not in _AR_NAME_LINKERS
        and not any(_ar_not_name(w) or w in _AR_INTRO_STOP or w in _AR_CLOSING for w in words)
    )


def _arabic_signed(text: str, pat: _Patterns, sign_ends: list[int]) -> Iterator[tuple[int, int]]:
    """A full name signed at the end: after a sign-off ("أخوكم", "تحياتي"), or alone after a line
    break or a dash, or after a sentence's end when it starts with a known first name ("..، ريم العلي").
    The sign-off pattern runs only when the automaton saw a sign-off word near the end."""
    body = text.rstrip(" \t\r\n.!")
    if len(body) < 5:
        return
    tail_from = max(0, len(body) - 90)
    if sign_ends and sign_ends[-1] >= tail_from:
        m = pat.ar_signed.search(text, tail_from)
        if m and _ar_name_words(m.group("name").split()):
            yield m.start("name"), m.end("name")
            return
    m = _AR_LAST_PART.search(body, max(0, len(body) - 50))
    if m is None:
        return
    words = m.group(1).split()
    if _ar_name_words(words) and (m.group()[0] in "\n-–—" or words[0] in pat.ar_given):
        yield m.start(1), m.end(1)


def _ar_strong_name(words: list[re.Match[str]], cut: bool) -> int | None:
    """How many words after "اسمي" make the full name: two, and a third or fourth when it is a
    family name ("القحطاني"), follows "بن"/"عبد", or ends the sentence part ("منة الله أشرف من ...")."""
    ok = 0
    for w in words[:4]:
        if _ar_not_name(w.group()):
            break
        ok += 1
    if ok < 2 or words[0].group() in ("بن", "بنت", "ابن", "إبن") or words[0].group().startswith("ال"):
        return None
    best = 2 if words[1].group() not in _AR_NAME_LINKERS else None
    for n in range(3, ok + 1):
        last, before = words[n - 1].group(), words[n - 2].group()
        ends_here = (n == len(words) and cut) or (n < len(words) and _ar_not_name(words[n].group()))
        if last in _AR_NAME_LINKERS:
            continue
        if last.startswith("ال") or before in _AR_NAME_LINKERS or (ends_here and best == n - 1):
            best = n
    return best


# Words that end a sentence part before "小学"/"中学": what follows them is a kind of school
# ("应该在小学就开始" = "should start in primary school"), not a school's name.
_ZH_SCHOOL_STOP_CHARS = _ZH_LEAD + "应應该該时時候后後所些种種每各哪这這那"
_ZH_SCHOOL_STOP = frozenset(_ZH_SCHOOL_STOP_CHARS)
# Time words before a kind of school ("今年初中二年级" = "this year in junior high") are not its name.
_ZH_TIME_WORDS = ("今年", "明年", "去年", "现在", "現在", "已经", "已經", "正在", "马上", "馬上", "刚", "剛", "才")
_ZH_SCHOOL_KIND = ("小学", "中学", "初中", "高中", "国中", "國中", "小學", "中學", "國小", "国小")


# Where a Chinese school's name can end: the costly name pattern runs only in the few
# characters before these (a name is at most 12 characters before its kind).
_ZH_SCHOOL_ANCHOR = re.compile(
    r"小学|中学|初中|高中|国中|國中|國小|国小|小學|中學|学校|學校|书院|書院|[一二三四五六七八九十\d]+[中小]"
)
# A city or county before a Taiwanese or mainland school ("台中市立惠文國小", "新北市私立…", "北京市第一中学"):
# the school's name starts at the city.
_ZH_SCHOOL_CITY = re.compile(r"[\u4e00-\u9fff]{2}(?:市|縣|县)(?=立|私立|[\u4e00-\u9fff]{2})")
# After "读/讀/喺/在/念/上" ("study at", "be at"), a name of two to eight characters ending in
# 书院/學校/中學... is a school ("讀聖恩書院中三", "在明德学校"); "在学校", "我们学校" are not names.
ZH_SCHOOL_AFTER_VERB = re.compile(
    rf"(?:讀|读|喺|在|念|上|返)((?:(?![{_ZH_SCHOOL_STOP_CHARS}])[\u4e00-\u9fff]){{2,8}}?"
    r"(?:书院|書院|学校|學校|中学|中學|小学|小學|学院|學院))"
)
# Kinds of school, not names ("在寄宿学校", "在国际学校").
_ZH_SCHOOL_GENERIC = (
    "寄宿",
    "国际",
    "國際",
    "私立",
    "公立",
    "一所",
    "一间",
    "一間",
    "那所",
    "这所",
    "這所",
    "其他",
    "别的",
    "別的",
    "外国",
    "外國",
    "普通",
    "重点",
    "重點",
    "女子",
    "男子",
    "新的",
    "补习",
    "補習",
    "培训",
    "培訓",
    "语言",
    "語言",
    "驾驶",
    "駕駛",
)


def _zh_school_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for a in _ZH_SCHOOL_ANCHOR.finditer(text):
        lo, hi = max(0, a.start() - 14), min(len(text), a.end() + 2)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _zh_schools(text: str) -> Iterator[tuple[int, int]]:
    windows = _zh_school_windows(text)
    for m in (m for lo, hi in windows for m in SCHOOL["zh"].finditer(text, lo, hi)):
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
        city = _ZH_SCHOOL_CITY.search(text, start, end)
        if city and city.start() > start and not any(c in _ZH_SCHOOL_STOP for c in city.group()[:2]):
            start = city.start()
        if end - start >= 4 or group.endswith("中") or (group.endswith("小") and end - start >= 2):
            yield start, end
    for lo, hi in windows:
        for m in ZH_SCHOOL_AFTER_VERB.finditer(text, max(0, lo - 2), hi):
            if not m.group(1).startswith(_ZH_SCHOOL_GENERIC):
                yield m.start(1), m.end(1)


_SHAPED_NEAR = re.compile(r"[\d_]|\w\.\w|[a-z][A-Z]")


def _handle_shaped(nick: str) -> bool:
    """A username's look: letters with a digit, dot or underscore ("tom_gamer22", "lea.2010"),
    CamelCase ("DarkWolf"), or an account number of five digits or more."""
    if nick.isdigit():
        return len(nick) >= 5
    return (any(c.isdigit() or c in "._" for c in nick) and any(c.isalpha() for c in nick)) or bool(
        _CAMEL.fullmatch(nick)
    )


def _nicknames(text: str, pat: _Patterns, found: dict[str, list[int]]) -> Iterator[tuple[int, int]]:
    """A nickname after "username", "pseudo", "ник", "游戏名"; after "id" or "account" only
    when an app is named close by; after "his user is", "su user es", "его логин", "يوزره",
    "他的账号是" (the app may be named anywhere, or not at all) only when it looks like a username."""
    platform_ends = found["platform"]
    cues = [(e, "nick") for e in found["nick"]] + [(e, "user") for e in found["user"]]
    if platform_ends:
        cues += [(e, "app") for e in found["nick_app"]]
    for end, mode in cues:
        if mode == "app" and not any(end - 60 <= p <= end + 40 for p in platform_ends):
            continue
        if mode == "user" and not _SHAPED_NEAR.search(text, end, end + 48):
            continue  # no digit, underscore or inner dot close by: no username here
        link = pat.after_nick.match(text, end)
        if link is None:
            continue
        token = _NICK_TOKEN.match(text, link.end())
        if token is None:
            continue
        nick = token.group(1).rstrip(".-")
        if nick.lower() in _NICK_STOP or not nick or (_ARABIC.match(nick) and _ar_not_name(nick)):
            continue
        if mode == "user" and not _handle_shaped(nick):
            continue
        if mode == "app" and not any(c.isdigit() or c in "._" for c in nick) and not _has_inner_capital(nick):
            continue
        yield token.start(1), token.start(1) + len(nick)


def _has_inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) or (word[:1].isupper() and len(word) > 2)


# Hint words whose places are kept: the costly shapes around them run only near them.
_SPOT_TAGS = frozenset(
    {("address", "zh"), ("address_extra", "wa"), ("address_extra", "arabizi"), ("address_extra", "translit")}
)


def _windows(spots: list[_Spot], tag: tuple[str, str], before: int, after: int, n: int) -> list[tuple[int, int]]:
    """Stretches of text around the hint words of ``tag`` (overlapping stretches joined)."""
    out: list[tuple[int, int]] = []
    for start, end, tags in spots:
        if tag not in tags:
            continue
        lo, hi = max(0, start - before), min(n, end + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# An email with "at" said in words must not end in a capitalised word that is no known ending.
_TLD_SET = frozenset((*_TLDS.split("|"), "edu", "gov", "mil", "int", "ac"))
_EMAIL_END = re.compile(r"[a-z]+$", re.IGNORECASE)


def _known_ending(email: str) -> bool:
    """Not a capitalised word that is no known ending ("9 at St. Xavier's" is a school, not an email)."""
    end = _EMAIL_END.search(email)
    return end is None or end.group().lower() in _TLD_SET or not end.group()[0].isupper()


def _emails(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Emails only around an "@"/"at" mark whose right side reads like an address's end: the
    obfuscated-email shape is costly to try everywhere. ``low`` is the lower-cased text."""
    done = -1
    for mark in _AT_MARK.finditer(low):
        if mark.start() < done:
            continue
        at = mark.start()
        if at and text[at - 1] in "([":
            at -= 1  # "[arobase]"
        while at and text[at - 1].isspace():
            at -= 1
        if not _AFTER_AT.match(text, at):
            continue  # "at school", "ات" as a word: no email has this mark as its "at"
        lo = max(0, mark.start() - _EMAIL_WINDOW)
        hi = min(len(text), mark.end() + _EMAIL_WINDOW)
        for m in EMAIL.finditer(text, lo, hi):
            if m.start() <= mark.start() < m.end():
                if mark.group() != "@" and not _known_ending(m.group()):
                    continue  # "class 9 at St. Xavier's": "at" a word, and no real ending
                done = m.end()
                yield m.start(), m.end()
        if done < mark.end():
            for m in EMAIL_BARE.finditer(text, lo, hi):
                if m.start() <= mark.start() < m.end() and m.group(1).lower() not in _NOT_LOCAL:
                    done = m.end()
                    yield m.start(), m.end()


def _spans(text: str, item: Item, pat: _Patterns) -> Iterator[tuple[int, int, str]]:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if any(h in low for h in _AT_HINT):
        yield from ((s, e, "email") for s, e in _emails(text, low))
    if any(w in low for w in _ARABIZI_SCHOOL_HINT):
        for m in ARABIZI_SCHOOL.finditer(low):
            yield m.start(1), m.end(1), "school"
    if "mail" in low or "yahoo" in low or "outlook" in low or "icloud" in low:
        for m in ARABIZI_EMAIL.finditer(low):
            if _ARABIZI_EMAIL_LOCAL.search(m.group(1)):
                yield m.start(), m.end(), "email"
        if "mail " in low or "mail:" in low:
            for m in ARABIZI_EMAIL_CUED.finditer(low):
                yield m.start(1), m.end(), "email"
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
    found_cues, hinted, spots = pat.cues.scan(text, low)
    for end in found_cues["platform"]:
        found = pat.after_platform.match(text, end)
        if found:
            handle = found.group(1)
            if _ARABIZI_WORD.fullmatch(handle) and not _PLATFORM_LINK.match(text, end):
                continue  # "3al tiktok ka2ano nekte": an Arabizi word (digits as letters), not a handle
            if any(c.isdigit() or c in "._" for c in handle) and any(c.isalpha() for c in handle):
                yield found.start(1), found.end(1), "handle"
            elif _CAMEL.fullmatch(handle) and _PLATFORM_LINK.match(text, end):
                yield found.start(1), found.end(1), "handle"  # "my discord is GhostRider"
    yield from ((s, e, "handle") for s, e in _nicknames(text, pat, found_cues))
    if found_cues["channel"]:
        yield from ((s, e, "handle") for s, e in _channel_names(text, found_cues["channel"]))
        if _HAN.search(text):
            yield from ((s, e, "handle") for s, e in _zh_channel_names(text, found_cues["channel"]))
    if found_cues["contact"]:
        for s, e, strong in _contact_names(text, found_cues["contact"], pat.ar_given):
            yield s, e, "list_name" if strong else "list_name_next"
    if found_cues["real_name"]:
        yield from ((s, e, "name") for s, e in _real_names(text, found_cues["real_name"], pat.ar_given))
    for end in found_cues["nick_as"]:
        link = pat.after_nick_as.match(text, end)
        token = _NICK_TOKEN.match(text, link.end()) if link else None
        if token is not None:
            nick = token.group(1).rstrip(".-")
            if nick.lower() not in _NICK_STOP and (
                any(c.isdigit() or c in "._" for c in nick) or _has_inner_capital(nick)
            ):
                yield token.start(1), token.start(1) + len(nick), "handle"
    has_digit = _DIGIT.search(text) is not None
    if has_digit and ("تبعي" in text or "حسابي" in text):
        for m in _AR_MY_ACCOUNT.finditer(text):
            handle = m.group(1).rstrip(".")
            if any(c.isdigit() or c in "._" for c in handle) and any(c.isalpha() for c in handle):
                yield m.start(1), m.start(1) + len(handle), "handle"
    if has_digit and ("habit" in low or " vi" in low):
        for m in _FR_HABITE_PLACE.finditer(text):
            yield m.start(1), m.end(1), "address"
    if has_digit:
        for end in found_cues["account"]:
            found = _AFTER_ACCOUNT.match(text, end)
            if found:
                yield found.start(1), found.end(1), "handle"
    yield from ((s, e, "phone") for s, e in _spoken_phones(text, low, found_cues["number"]))
    if has_digit and _PHONE_HINT.search(text):
        for s, e in _phones(text, item):
            yield s, e, "phone"
    if has_digit:
        for m in _UK_POSTCODE.finditer(text):
            yield m.start(), m.end(), "address"
        for lang, rx in ADDRESS.items():
            if ("address", lang) not in hinted:
                continue
            # The Chinese shape is costly: it runs only near its hint characters.
            windows = _windows(spots, ("address", "zh"), 30, 30, len(text)) if lang == "zh" else [(0, len(text))]
            for m in (m for lo, hi in windows for m in rx.finditer(text, lo, hi)):
                if _SCHOOL_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "not year 8, that's way too late": a school year, not a house number
                if lang == "ar" and not _DIGIT.search(m.group()):
                    continue  # "المدرسة في شارع الحمرا": a street alone, no house or building
                start = m.start()
                if lang == "zh":
                    while start < m.end() and text[start] in _ZH_ADDRESS_LEAD:
                        start += 1
                end = m.end()
                if lang == "en":
                    town = _EN_TOWN.match(text, end)
                    if town and town.group(1).split()[0] not in _EN_NOT_TOWN:
                        end = town.end()
                yield start, end, "address"
        for lo, hi in _windows(spots, ("address", "zh"), 24, 40, len(text)):
            for m in ZH_ADDRESS_FULL.finditer(text, lo, hi):
                start = m.start()
                while start < m.end() and text[start] in _ZH_ADDRESS_LEAD:
                    start += 1
                yield start, m.end(), "address"
        if not {item.lang, item.language} & {"es", "en"}:
            for lo, hi in _windows(spots, ("address_extra", "arabizi"), 0, 110, len(text)):
                for m in ARABIZI_ADDRESS.finditer(text, lo, hi):
                    yield m.start(), m.end(), "address"
            for lo, hi in _windows(spots, ("address_extra", "arabizi"), 8, 100, len(text)):
                for m in ARABIZI_ADDRESS_NUM_FIRST.finditer(text, lo, hi):
                    yield m.start(), m.end(), "address"
        for lo, hi in _windows(spots, ("address_extra", "translit"), 4, 60, len(text)):
            for m in RU_TRANSLIT_ADDRESS.finditer(text, lo, hi):
                yield m.start(), m.end(), "address"
    for lo, hi in _windows(spots, ("address_extra", "wa"), 60, 40, len(text)):
        for m in WA_ADDRESS.finditer(text, lo, hi):
            yield m.start(), m.end(), "address"
    for lang, rx in SCHOOL.items():
        if ("school", lang) not in hinted:
            continue
        if lang == "zh":
            for s, e in _zh_schools(text):
                yield s, e, "school"
            continue
        for m in rx.finditer(text):
            if lang in ("es", "fr") and _INDEFINITE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                continue  # "una escuela de Japón", "une école de Paris": some school, not the child's
            tail = _SCHOOL_TAIL.search(m.group())
            end = m.end() - (len(tail.group()) if tail else 0)
            yield m.start(), _school_place(text, end) if lang == "en" else end, "school"
    if found_cues["school"] or found_cues["school_weak"]:
        for s, e in _acronym_schools(text, low, found_cues["school"], found_cues["school_weak"]):
            yield s, e, "school"
    for lang, rx in SCHOOL_EXTRA.items():
        if ("school_extra", lang) in hinted:
            for m in rx.finditer(text):
                yield m.start(), m.end(), "school"
    for end in found_cues["intro"]:
        if not _CAPITAL_NEXT.match(text, end):
            continue
        named = pat.after_intro.match(text, end)
        if named and not _names_a_thing(text, end, named.start(1), pat, item.langs):
            if _common_first_word(text, named.start(1), pat, item.langs):
                continue  # "I'm Super Excited", "je suis Très Content", "я Очень Рада": not a name
            yield named.start(1), named.end(1), "name"
    for end in found_cues["relative"]:
        named = pat.after_relative.match(text, end)
        if named and named.group(1).split()[0].lower() not in _NAME_STOP:
            yield named.start(1), named.end(1), "name"
    for end in found_cues["title"]:
        if not _CAPITAL_NEXT.match(text, end):
            continue
        named = pat.after_title.match(text, end)
        if named:
            title = end
            while title > 0 and text[title - 1].isalpha():
                title -= 1
            if _names_a_thing(text, title, title, pat, item.langs) or _common_first_word(
                text, named.start(1), pat, item.langs
            ):
                continue  # "mon chat il s'appelle Monsieur Moustache": a pet's name; "I'm Team Edward"
            yield named.start(1), named.end(1), "name"
    if _HAN.search(text):
        for m in ZH_NAME.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            if g == 1 and m.group().startswith("名") and _zh_names_a_thing(text, m.start(), pat):
                continue  # "我家的狗名叫黄大壮": a pet's name
            if g != 1 or _zh_name_ok(m.group(g)):
                yield m.start(g), m.end(g), "name"
    if _ARABIC.search(text):
        yield from ((s, e, "name") for s, e in _arabic_names(text, pat))
        if "عنوان" in text:
            for m in _AR_MY_ADDRESS.finditer(text):
                first = m.group("addr").split()[0]
                if not _ar_not_name(first):
                    yield m.start("addr"), m.end("addr"), "address"
        yield from ((s, e, "name") for s, e in _arabic_signed(text, pat, found_cues["sign"]))
    if " " in text:
        yield from ((s, e, "name") for s, e in _latin_short_intro(text))
    if "zovut" in low or "зовут" in low:
        for m in _RU_NAME_LOWER.finditer(low):
            words = m.group(1).split()
            while words and words[-1] in _RU_NAME_LOWER_STOP:
                words.pop()
            if words and words[0] not in _RU_NAME_LOWER_STOP:
                yield m.start(1), m.start(1) + len(" ".join(words)), "name"
    if "smi" in low or "smy" in low or "tsma" in low or "nsma" in low or "smee" in low:
        for m in _ARABIZI_NAME.finditer(low):
            words = m.group(1).split()
            cut = next((i for i, w in enumerate(words) if w in _ARABIZI_STOP), len(words))
            words = words[:cut]
            if words:
                yield m.start(1), m.start(1) + len(" ".join(words)), "name"
    cues = found_cues["birth"] if has_digit else []
    # Arabic-Indic digits ("٣/٧/٢٠١١") are read as 0-9; one character each, so spans are kept.
    dtext = text.translate(_AR_DIGITS) if cues and _AR_DIGIT_ANY.search(text) else text
    if cues and _YEAR.search(dtext):
        for m in _DATE.finditer(dtext):
            if _RECENT_YEAR.search(m.group()):
                continue  # "my birthday party was on 3 March 2024": an event, not a child's birth date
            if any(m.start() - 40 <= c <= m.start() for c in cues):
                yield m.start(), m.end(), "birth_date"
    if has_digit and "年" in text:
        for m in _ZH_BIRTH_DATE.finditer(text):
            g = 1 if m.group(1) else 2
            yield m.start(g), m.end(g), "birth_date"
        if "民" in text:
            for m in _ROC_DATE.finditer(text):
                yield m.start(), m.end(), "birth_date"


def _in_word(a: str, b: str) -> bool:
    """Whether the boundary between characters ``a`` and ``b`` falls inside a word of a spaced script
    (an underscore joins: "dark_wolf" is one username)."""
    return (a.isalnum() or a == "_") and (b.isalnum() or b == "_") and not is_cjk(a) and not is_cjk(b)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span so it starts and ends on word boundaries: a marker never leaves half a word behind."""
    while 0 < start < len(text) and _in_word(text[start - 1], text[start]):
        start -= 1
    while 0 < end < len(text) and _in_word(text[end - 1], text[end]):
        end += 1
    return start, end


_LIST_SEP = re.compile(r"[ \t]*[,;/|،，、；\n][ \t]*")


def _listed_names(view: View, text: str, listed: list[tuple[int, int, str]], spans: list[Span]) -> Iterator[Span]:
    """Names first in a list of contact details, kept only when the comment holds contact data; a name in
    small letters only when a contact datum follows it at once ("contact me: john smith, 07700 …")."""
    contact = [s for s in spans if s.kind in _CONTACT_KINDS]
    if not contact:
        return
    for s, e, kind in listed:
        start, end = _whole_words(text, *view.original_span(s, e))
        if kind == "list_name_next":
            sep = _LIST_SEP.match(view.text, e)
            nxt = view.original_span(sep.end(), sep.end() + 1)[0] if sep and sep.end() < len(view.text) else -1
            if not any(c.start <= nxt < c.end or c.start == nxt for c in contact):
                continue
        yield Span(start, end, "name")


def build(rules: RuleSet) -> Check:
    patterns = _Patterns(rules)
    for regions in REGIONS.values():  # load number metadata now, not inside the first child's screening
        for region in regions:
            phonenumbers.PhoneMetadata.metadata_for_region(region)

    def personal_info(item: Item) -> Finding:
        view = item.light
        spans = []
        text = item.text
        listed: list[tuple[int, int, str]] = []  # names first in a list of contact details
        for s, e, kind in _spans(view.text, item, patterns):
            if e > s:
                if kind.startswith("list_name"):
                    listed.append((s, e, kind))
                    continue
                start, end = _whole_words(text, *view.original_span(s, e))
                spans.append(Span(start, end, kind))
        if listed:
            spans.extend(_listed_names(view, text, listed, spans))
        contact = any(s.kind in _CONTACT_KINDS for s in spans)
        # A signature is taken when the comment carries contact data, or when its surname is a double one.
        if "," in view.text and (contact or "-" in view.text[-40:]):
            tail_from = max(0, len(view.text) - 80)
            signed = _SIGNED_NAME.search(view.text, tail_from)
            if (
                signed
                and not any(w.lower().split("-")[0] in _SIGNED_STOP for w in signed.group(1).split())
                and (contact or _DOUBLE_SURNAME.fullmatch(signed.group(1).split()[-1]))
            ):
                start, end = _whole_words(text, *view.original_span(signed.start(1), signed.end(1)))
                spans.append(Span(start, end, "name"))
        if not spans:
            return Finding()
        return Finding(flags=("personal_info",), reasons=tuple(sorted({s.kind for s in spans})), spans=tuple(spans))

    return personal_info
