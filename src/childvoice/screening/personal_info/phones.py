"""Phone numbers: ``phonenumbers`` with the child's country and the usual countries of the item's
language, long runs of digits, and numbers said in words in the six languages (seven digits or more).
The number words also feed the cue automaton (``number`` cues)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from childvoice.screening.item import Item
from childvoice.screening.personal_info.shapes import _HAN

# Countries tried for local-format numbers when the form gave none (most children per language first).
REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB", "NG", "IN", "AU", "PH", "KE"),
    "fr": ("FR", "BE", "CA", "SN", "MA"),
    "es": ("ES", "MX", "CO", "AR", "PE"),
    "ar": ("EG", "SA", "LB", "JO", "MA"),
    "ru": ("RU", "KZ", "UA", "BY"),
    "zh": ("CN", "TW", "HK"),
}
# "(?<![\w])\+?\d…" written with its first character ("+" or the first digit) first and the word edge
# checked behind it: the regex engine then skips to "+" and digits instead of trying every position.
LONG_DIGITS = re.compile(r"[+\d](?<!\w[+\d])(?:(?<=\+)\d|(?<=\d))(?:[\s().\-–/]{0,3}\d){6,}(?!\w)")
# A number glued to the Chinese phone word before it ("手机号是13812345678", also in full-width digits, read as 0-9
# by the light view): ``LONG_DIGITS`` leaves numbers glued to Han characters ("人口14000000人").
ZH_PHONE = re.compile(
    r"(?:手机|手機|电话|電話|号码|號碼|联系方式|聯繫方式|聯絡電話)(?:号码|號碼|号|號|码|碼)?"
    r"(?:是|为|為|係|系|:|：)?[ \t]*"
    r"(\+?\d(?:[ \t\-]?\d){6,14})(?!\d)"
)
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d$")
_PHONE_HINT = re.compile(r"\d(?:[\s().\-–/]{0,3}\d){5,}")


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


# A number sent in two pieces with words between them ("my number is 0345-27 (sorry sent early) 61 884", "mon numéro
# c'est le 07 61 … oups … 53 28 40"): after a phone word, a first piece of three digits or more and a second piece
# within 50 characters, together 8 to 13 digits. A year alone as the second piece ("… since 2015") is not a piece.
_PHONE_WORD = re.compile(
    r"(?i:(?<!\w)(?:(?:phone|mobile|cell|whatsapp|whats\s?app)\s*(?:number|no\.?|num|#)?|my\s+(?:number|num|no\.?|digits)"
    r"|num[ée]ro(?:\s+de\s+t[ée]l[ée]phone)?|mon\s+t[ée]l|mon\s+portable|mi\s+(?:n[úu]mero|cel|celular|tel[ée]fono)"
    r"|номер(?:\s+телефона)?|телефон|мой\s+тел|رقمي|رقم\s+(?:تلفوني|موبايلي|الواتس|جوالي)|رقم|"
    r"电话|電話|手机号?|手機號?|号码|號碼"
    # "si vous voulez me joindre : 06 12 … 48 73 90", "call me on …", "llámame al …", "звоните …".
    r"|me\s+joindre|me\s+contacter|appel+e[zr]?[\s-]*moi|call\s+me|text\s+me|reach\s+me|ll[aá]mame|ll[aá]meme|"
    r"escr[ií]beme|звони(?:те)?|позвони(?:те)?)(?!\w))"
)
_PIECE = re.compile(r"\+?\d+(?:[ .\-–]\d+)*")
_CUE_REACH = 20  # the first piece ends at most this many characters after the phone word
_CUE_LONGEST = 30  # the longest phone word ("numéro de téléphone") fits in this many characters
_SPLIT_GAP = re.compile(r"[^\d\n]{3,50}?(?=\+?\d)")
_YEAR_PIECE = re.compile(r"(?:19|20)\d\d")


def split_phones(text: str) -> Iterator[tuple[int, int]]:
    """The two pieces of a phone number typed in two messages' worth, each piece its own span."""
    # Digits are rare in comments: look at the pieces first, and for a phone word only just before one.
    pieces = list(_PIECE.finditer(text))
    if len(pieces) < 2:
        return
    after = 0  # a phone word counts for the first piece after it only
    for first in pieces[:-1]:
        lo, after = max(after, first.start() - _CUE_REACH - _CUE_LONGEST), first.end()
        if not 3 <= sum(c.isdigit() for c in first.group()) <= 9:
            continue
        cues = list(_PHONE_WORD.finditer(text, lo, first.start()))
        if not cues or first.end() > cues[-1].end() + _CUE_REACH:
            continue
        gap = _SPLIT_GAP.match(text, first.end())
        if gap is None:
            continue
        second = _PIECE.match(text, gap.end())
        if second is None or _YEAR_PIECE.fullmatch(second.group()):
            continue
        d1 = sum(c.isdigit() for c in first.group())
        d2 = sum(c.isdigit() for c in second.group())
        if d2 >= 2 and 8 <= d1 + d2 <= 13:
            yield first.start(), first.end()
            yield second.start(), second.end()
