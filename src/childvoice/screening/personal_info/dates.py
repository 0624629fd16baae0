"""Birth dates: a date near a birth cue (not a recent year, which is an event), Arabic-Indic digits read
as 0-9, Chinese dates with the cue before or after, and Taiwanese (Republic of China) calendar dates; dates
written in words in the six languages (day, month's name, year) and in Chinese numerals, only after a birth cue.
Number words are code, not data: each language's words for days and years form one regex with the months."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

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
# A full Taiwanese (Republic of China) calendar date ("民國100年5月3日") in a child's comment is a birth date.
# The same in Chinese numerals ("民國九十九年五月十二日") counts only beside a birth word (``ROC_BIRTH_NEAR``):
# "民國一百年十月十日" alone is National Day.
_ROC_N = r"[〇零一二三四五六七八九十百]"
_ROC_DATE = re.compile(
    rf"民[國国]\s*(?:\d{{1,3}}|{_ROC_N}{{1,4}})\s*年\s*(?:\d{{1,2}}|{_ROC_N}{{1,3}})\s*月\s*(?:\d{{1,2}}|{_ROC_N}{{1,3}})\s*[日号號]?"
)
ROC_BIRTH_NEAR = re.compile(r"出生|出世|生日|誕生|诞生|[日号號]\s*生")
# "2011年6月8日出生", "生日2010年3月5号": the cue may come before or after the date in Chinese.
_ZH_BIRTH_DATE = re.compile(
    r"((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?)(?=\s*(?:出生|出世|生|的生日|生日))"
    # "出生日期係…", "出世日期：…", "生日日期是…": the word "date" may stand between the cue and the date.
    r"|(?<=生日|出生|生於|生于|出世)(?:日期|年月日|嘅日子|的日子)?[是为為係系喺:：\s]*"
    r"((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?)"
)
_YEAR = re.compile(r"(?:19|20)\d\d|\d\s*[./-]\s*\d")
_AR_DIGIT_ANY = re.compile("[٠-٩۰-۹]")
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


# Dates of birth written in words, after a birth cue ("born on the twenty-second of august two thousand ten",
# "née le vingt-deux mars deux mille onze", "nací el veinte de octubre del dos mil once", "родился пятого мая
# две тысячи одиннадцатого года", "مولودة يوم عشرين يناير الفين واتناشر"). A day, a month's name and a year,
# each in words or digits; a year in words is one a child can be born in (1990-2019), so "the fifth of may
# twenty twenty-four" (an event) is never one. Matched on the lower-cased text.
def _alt(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


_SEP = r"[\s-]+"
_DIGIT_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|ère|e|ème|eme|º|°|-?го|-?е)?"
_EN_UNIT = _alt("one two three four five six seven eight nine")
_EN_UNIT_ORD = _alt("first second third fourth fifth sixth seventh eighth ninth")
_EN_TEEN = _alt("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
_EN_TEEN_ORD = _alt(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_EN_DAY = (
    rf"(?:(?:twenty|thirty){_SEP}(?:{_EN_UNIT_ORD}|{_EN_UNIT})|twentieth|thirtieth|twenty|thirty|{_EN_TEEN_ORD}"
    rf"|{_EN_TEEN}|{_EN_UNIT_ORD}|{_EN_UNIT}|{_DIGIT_DAY})"
)
_EN_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_EN_YEAR = (
    rf"(?:(?:19|20)\d\d|two{_SEP}thousand(?:\s+and)?(?:{_SEP}(?:{_EN_TEEN}|{_EN_UNIT}))?"
    rf"|twenty{_SEP}(?:{_EN_TEEN}|o(?:h)?{_SEP}(?:{_EN_UNIT}))|nineteen{_SEP}ninety(?:{_SEP}(?:{_EN_UNIT}))?)"
)
_FR_UNIT = _alt("un deux trois quatre cinq six sept huit neuf")
_FR_TEEN = r"dix[\s-](?:sept|huit|neuf)|onze|douze|treize|quatorze|quinze|seize|dix"
_FR_DAY = rf"(?:(?:vingt|trente)(?:[\s-]et[\s-]un|[\s-](?:{_FR_UNIT}))?|{_FR_TEEN}|premier|{_FR_UNIT}|{_DIGIT_DAY})"
_FR_MONTH = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"
)
_FR_YEAR = (
    rf"(?:(?:19|20)\d\d|deux{_SEP}mille(?:{_SEP}(?:{_FR_TEEN}|{_FR_UNIT}))?"
    rf"|(?:mille{_SEP})?neuf{_SEP}cents?{_SEP}quatre{_SEP}vingt{_SEP}(?:{_FR_TEEN}))"
)
_ES_UNIT = _alt("uno dos tres cuatro cinco seis siete ocho nueve")
_ES_TEEN = _alt("diez once doce trece catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve")
_ES_DAY = (
    rf"(?:treinta(?:\s+y\s+uno)?|veinti(?:uno|ún|un|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)"
    rf"|veinte(?:\s+y\s+(?:{_ES_UNIT}))?|{_ES_TEEN}|primero|{_ES_UNIT}|{_DIGIT_DAY})"
)
_ES_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_ES_YEAR = (
    rf"(?:(?:19|20)\d\d|dos\s+mil(?:\s+(?:{_ES_TEEN}|{_ES_UNIT}))?"
    rf"|mil\s+novecientos\s+noventa(?:\s+y\s+(?:{_ES_UNIT}))?)"
)
_RU_ORD = (
    "первого второго третьего четвертого четвёртого пятого шестого седьмого восьмого девятого десятого "
    "одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого шестнадцатого семнадцатого "
    "восемнадцатого девятнадцатого"
)
# The day also in the nominative ("дата рождения: двадцать первое мая 2011").
_RU_ORD_NOM = (
    "первое второе третье четвертое четвёртое пятое шестое седьмое восьмое девятое десятое одиннадцатое "
    "двенадцатое тринадцатое четырнадцатое пятнадцатое шестнадцатое семнадцатое восемнадцатое девятнадцатое"
)
_RU_DAY = (
    rf"(?:(?:двадцать|тридцать)\s+(?:{_alt(_RU_ORD + ' ' + _RU_ORD_NOM)})|двадцатого|тридцатого|двадцатое|тридцатое"
    rf"|{_alt(_RU_ORD + ' ' + _RU_ORD_NOM)}|{_DIGIT_DAY})"
)
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_RU_YEAR = (
    rf"(?:(?:19|20)\d\d(?:\s*(?:года|г\.?))?|две\s+тысячи\s+(?:{_alt(_RU_ORD)})(?:\s+года)?"
    rf"|тысяча\s+девятьсот\s+девяносто\s+(?:{_alt(_RU_ORD)})(?:\s+года)?)"
)
_AR_UNIT = _alt(
    "واحد اتنين اثنين إثنين اثنان تنين تلاتة تلاته ثلاثة ثلاثه ثلاث تلات اربعة اربعه أربعة أربعه اربع أربع "
    "خمسة خمسه خمس ستة سته ست سبعة سبعه سبع تمانية تمانيه ثمانية ثمانيه ثمان تمن تسعة تسعه تسع"
)
_AR_TEEN = _alt(
    "عشرة عشره عشر حداشر احداشر إحداشر حدعش احدعش اتناشر إتناشر اطناشر اثناشر اتنعش اطنعش تلتاشر تلاتاشر "
    "ثلاثتاشر تلطعش اربعتاشر أربعتاشر اربعطعش خمستاشر خمسطعش ستاشر سطاشر سطعش سبعتاشر سبعطعش تمنتاشر تمنطعش "
    "ثمنتاشر تسعتاشر تسعطعش"
)
_AR_ORD = _alt("الاول الأول الثاني التاني الثالث التالت الرابع الخامس السادس السابع الثامن التامن التاسع العاشر")
_AR_DAY = (
    rf"(?:(?:{_AR_UNIT})\s+و\s?(?:عشرين|ثلاثين|تلاتين)|عشرين|ثلاثين|تلاتين|(?:احد|أحد|إحدى|احدى|اثنا|اثني|اثنى)\s+عشر"
    rf"|{_AR_TEEN}|(?:{_AR_ORD})(?:\s+عشر)?|العشرين|الثلاثين|{_AR_UNIT}|\d{{1,2}})"
)
_AR_MONTH = (
    r"(?:(?:من\s+)?(?:شهر\s+)?(?:يناير|فبراير|مارس|ابريل|أبريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|يوليوز|اغسطس|أغسطس|"
    r"غشت|سبتمبر|شتنبر|اكتوبر|أكتوبر|نوفمبر|نونبر|ديسمبر|دجنبر|جانفي|فيفري|افريل|أفريل|ماي|جوان|جويلية|اوت|أوت|"
    r"كانون\s+الثاني|كانون\s+الاول|كانون\s+الأول|شباط|اذار|آذار|نيسان|ايار|أيار|حزيران|تموز|آب|ايلول|أيلول|"
    r"تشرين\s+الاول|تشرين\s+الأول|تشرين\s+الثاني)"
    rf"|شهر\s+(?:\d{{1,2}}|{_AR_TEEN}|{_AR_UNIT}))"
)
_AR_YEAR = (
    rf"(?:(?:سنة|سنه|عام)\s+)?(?:(?:19|20)\d\d|(?:الفين|ألفين|إلفين|الفان|ألفان)"
    rf"(?:\s+و\s?(?:(?:احد|أحد|اثنا|اثني|اثنى)\s+عشر|{_AR_TEEN}|{_AR_UNIT}))?)"
)
_WORD_DATE = re.compile(
    rf"(?<!\w)(?:(?:the\s+)?{_EN_DAY}\s+(?:of\s+)?{_EN_MONTH},?\s+(?:(?:in\s+)?the\s+year\s+)?{_EN_YEAR}"
    rf"|{_EN_MONTH}\s+(?:the\s+)?{_EN_DAY},?\s+{_EN_YEAR}"
    rf"|{_FR_DAY}\s+{_FR_MONTH},?\s+(?:de\s+l['’]an\s+)?{_FR_YEAR}"
    rf"|{_ES_DAY}\s+de\s+{_ES_MONTH},?\s+(?:(?:de|del)\s+)?(?:año\s+)?{_ES_YEAR}"
    rf"|{_RU_DAY}\s+{_RU_MONTH}\s+{_RU_YEAR}"
    rf"|ب?{_AR_DAY}\s+{_AR_MONTH}\s+{_AR_YEAR})(?!\w)"
)
# Chinese: the year in digits or in Chinese numerals ("二〇一一年五月十七号"), or dotted after the cue ("2011.07.22").
_ZH_NUM = "〇零○一二三四五六七八九0-9０-９"
_ZH_DATE = (
    rf"[{_ZH_NUM}]{{4}}\s*年\s*(?:十[一二]?|[一二三四五六七八九]|\d{{1,2}})\s*月"
    rf"\s*(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|\d{{1,2}})\s*[日号號]?"
)
_ZH_WORD_BIRTH_DATE = re.compile(
    rf"({_ZH_DATE})(?=\s*(?:出生|出世|生|的生日|生日))"
    rf"|(?<=生日|出生|生於|生于|出世)(?:日期|年月日|嘅日子|的日子)?[是为為係系喺:：\s]*({_ZH_DATE}|(?:19|20)\d\d\s*[./-]\s*\d{{1,2}}\s*[./-]\s*\d{{1,2}})"
)
_ZH_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九０１２３４５６７８９", "0001234567890123456789")
# How far after a birth cue the date may start ("born in Lagos on the ...", "née à Dakar le ...").
_CUE_GAP = 40


def word_birth_dates(low: str, cue_ends: list[int]) -> Iterator[tuple[int, int]]:
    """Dates of birth in words (or words and digits) starting at most ``_CUE_GAP`` characters after a birth cue."""
    for end in cue_ends:
        m = _WORD_DATE.search(low, end, min(len(low), end + _CUE_GAP + 120))
        if m and m.start() - end <= _CUE_GAP and not _RECENT_YEAR.search(m.group()):
            yield m.start(), m.end()


def zh_birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """Chinese dates of birth with the cue before or after, the year in Chinese numerals or digits."""
    for m in _ZH_WORD_BIRTH_DATE.finditer(text):
        g = 1 if m.group(1) else 2
        if not _RECENT_YEAR.search(m.group(g).translate(_ZH_YEAR_DIGITS)):
            yield m.start(g), m.end(g)
