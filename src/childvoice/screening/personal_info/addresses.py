"""Street addresses: the per-language shapes (with the Arabic chain of parts), UK postcodes, Chinese,
West African, Moroccan/Arabizi and Russian-in-Latin-letters addresses, and the town after an English
street. The costly shapes run only near their hint words (see ``cues``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childvoice.screening.personal_info.shapes import _CAP, _word_set

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
        # The words of a street's name are not small words of a sentence ("2 appointments with the dr").
        # "\b\d{1,5}" written digit first, then the look-behind for the word edge: the engine skips to digits.
        r"\d(?<!\w\d)\d{0,4}[a-z]?,?\s+(?:(?!(?:the|a|an|my|your|his|her|our|their|with|to|at|of|in|on|for|and|or|from|by|"
        r"this|that|every|per|times|mins?|minutes|hours?|days?|weeks?|months?|years?|more|less|all|no)\s)"
        r"[A-Za-z][\w'’-]*\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|"
        r"crescent|court|boulevard|blvd|place|terrace|estate|highway|hwy|gardens|grove)\b\.?"
        r"(?:,?\s*(?:apt|flat|unit|apartment|house)\.?\s*\d+\w?)?",
        re.IGNORECASE,
    ),
    # A flat or house by its number (its own shape, tried only when one of its words is there): "flat 4", also
    # Ghana, Nigeria and India "house no. AD-114", "H.No 12-3-45/A", "D.No 4-12", "plot 31, Block D".
    "en_house": re.compile(
        r"\b(?:flat|apt|apartment|house\s+number|house\s+no\.?|h\.\s?no\.?|h\s?no\.|d\.\s?no\.?|door\s+no\.?|"
        r"plot(?:\s+no\.?)?)\s*[:#]?\s*(?:(?-i:[A-Z]{1,3})\s?[-/]?\s?)?\d+\w?(?:[-/]\w{1,4})*"
        r"(?:\s*,?\s*(?:block|blk|phase|sector|flat|apt|road|street)\s*(?-i:[A-Z0-9]{1,4})(?!\w))*"
        r"(?:,\s*\d{1,5}\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        # "au numéro 27 de l'avenue Kimbondo".
        r"\b(?:numéro|numero|n[°º])\s*\d{1,4}\s*,?\s+(?:de\s+la|de\s+l['’]|du)\s*(?:rue|avenue|boulevard|route|allée|"
        r"allee|impasse|chemin)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?"
        r"(?-i:[A-ZÉÈ][\w'’-]*(?:\s+[A-ZÉÈ][\w'’-]*){0,3})"
        r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd|boulevard|chemin|place|allée|allee|impasse|route|quai|"
        r"cours|cité|cite|résidence|lotissement)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?"
        r"(?-i:[\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]*){0,3})"
        # Belgian and Swiss style: street name before the number ("Rue des Tanneurs 42, 1000 Bruxelles").
        r"|\b(?:rue|avenue|boulevard|chaussée|chaussee|chemin|place|quai|allée|allee|impasse|square)\s+"
        r"(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?(?-i:[A-ZÉÈ][\w'’-]*(?:\s+[A-ZÉÈ][\w'’-]*){0,3})"
        # Congo and Cameroon: "avenue Kimbondo n°27", "avenue de la Paix numéro 14".
        r",?\s+(?:(?:n[°º]|no\.?|numéro|numero)\s*)?\d{1,4}(?:\s?(?:bis|ter))?\b"
        r"(?:\s*,?\s*\d{4,5}\s+(?-i:[A-ZÉÈ][\w'’-]+)|(?=\s*(?:[,.;:!?)]|$)|\s+(?:à|a)\s+(?-i:[A-ZÉÈ])))",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:calle|c/|avenida|av\.?|avda\.?|jirón|jiron|jr\.|carrera|cra\.?|pasaje|psje\.?|paseo|camino|diagonal|"
        r"transversal|manzana|mz\.?)\s+(?-i:(?:[A-ZÁÉÍÓÚÑ0-9][\w.’'-]*|de|del|la|las|los|el)\s+){0,4}?"
        r"(?:n[°º.]?\s*|#\s*|no\.?\s*)?\d{1,5}[a-zA-Z]?\b(?:\s*#\s*\d{1,4}(?:-\d{1,4})?)?",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:\bул\.|\bулиц[аеуы]\b|\bул\b|\bпр-т|\bпросп\.|\bпроспект[ае]?\b|\bпер\.|\bпереул[оке]+\b|\bб-р|\bбул\.|"
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
# Landmark addresses (West Africa, India, the Arab world): no street, but where the house stands —
# "behind the Total filling station, opposite Adenta SDA church, Accra", "près de la pharmacie, en face de
# l'église", then perhaps the neighbourhood. Taken after a house number, or after "our house is" / "بيتنا"
# ([home_cue]) when two landmarks or a landmark and a neighbourhood follow.
_LATIN_LANDMARK_PREP = (
    r"(?:near(?:\s+to|\s+the)?|behind|opposite|opp\.|next\s+to|beside|close\s+to|in\s+front\s+of|adjacent\s+to|"
    r"across\s+from|derrière|derriere|devant|en\s+face\s+(?:de|du|des|d['’])|à\s+côté\s+(?:de|du|des|d['’])|"
    r"a\s+cote\s+(?:de|du|des|d['’])|près\s+(?:de|du|des|d['’])|pres\s+(?:de|du|des|d['’])|"
    r"non\s+loin\s+(?:de|du|des|d['’]))(?!\w)"
)
_LATIN_LANDMARK_PART = (
    rf"{_LATIN_LANDMARK_PREP}\s*[^,.;:()!?\n]{{2,45}}?"
    rf"(?=\s*(?:[,.;:()!?\n]|$|(?:and|et)\s+{_LATIN_LANDMARK_PREP}|{_LATIN_LANDMARK_PREP}))"
)
LATIN_LANDMARKS = re.compile(
    # The neighbourhood or building first: "j'habite à Yopougon, derrière …", "Flat 3, Sai Residency, near …".
    r"(?P<lead>(?:[ \t]*(?:,|(?:à|a|au|in|at|en)(?=[ \t]))[ \t]*"
    r"(?-i:[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z0-9][\w'’.-]*|of|de|du|la)){0,3})(?=[ \t]*,)){0,2})"
    rf"[ \t]*,?[ \t]*(?P<first>{_LATIN_LANDMARK_PART})"
    rf"(?P<more>(?:[ \t]*,?[ \t]*(?:(?:and|et)[ \t]+)?{_LATIN_LANDMARK_PART})*)"
    # The neighbourhood or town after them: ", Mehdipatnam", ", Accra".
    r"(?P<place>[ \t]*,[ \t]*(?-i:[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=[ \t]*(?:[,.;:()!?\n]|$)))?",
    re.IGNORECASE,
)
# Cameroon, Côte d'Ivoire, Ghana, Peru: "je suis à Bonamoussadi, rue des Flamboyants près de la pharmacie",
# "I live at Osu, Cantonments Road near the Total station", "vivo en Surco, calle Los Pinos cerca del mercado":
# after "I am in / I live in", the neighbourhood and a street without a number are the address when a landmark
# follows them. Tried only when "rue"/"street"/"calle"… and a living word are in the comment (``street_landmark``).
_STREET_LANDMARK = re.compile(
    r"(?i:je\s+suis\s+(?:à|a)|j['’]?habite\s+(?:à|a)|on\s+habite\s+(?:à|a)|nous\s+habitons\s+(?:à|a)|"
    r"i\s+live\s+(?:in|at)|we\s+live\s+(?:in|at)|i\s+stay\s+(?:in|at)|we\s+stay\s+(?:in|at)|"
    r"estoy\s+en|vivo\s+en|vivimos\s+en)[ \t]+"
    r"(?P<addr>(?-i:[A-ZÉÈ][\w'’-]+(?:[ \t]+[A-ZÉÈ][\w'’-]+)?)[ \t]*,[ \t]*"
    r"(?:(?i:rue|avenue|boulevard|allée|allee|impasse|chemin|calle|avenida|jirón|jiron|pasaje)[ \t]+"
    r"(?:(?i:de\s+la|de\s+l['’]|des|du|de|d['’]|del|de\s+los|de\s+las|los|las|la|el)[ \t]*)?"
    r"(?-i:[A-ZÉÈÁÍÓÚ][\w'’-]+(?:[ \t]+[A-ZÉÈÁÍÓÚ][\w'’-]+){0,2})"
    r"|(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+(?i:street|road|avenue|lane|close|crescent|drive)))"
    r"(?=[ \t]*,?[ \t]*(?i:(?:près|pres|en\s+face|à\s+côté|a\s+cote|non\s+loin)\s+(?:de|du|des|d['’])|"
    r"derrière|derriere|devant|vers\s+(?:la|le|l['’])|near|behind|opposite|next\s+to|close\s+to|beside|"
    r"(?:cerca|detrás|detras|enfrente|al\s+lado)\s+(?:de|del)|frente\s+a)(?!\w))"
)
_STREET_HINTS = (
    *("rue ", "avenue", "boulevard", "allée", "allee", "impasse", "chemin", "street", "road", "lane", "close"),
    *("crescent", "drive", "calle", "avenida", "jir", "pasaje"),
)
_LIVE_HINTS = ("suis", "habit", "live", "stay", "estoy", "vivo", "vivimos")
# The same substring tests as one compiled search each: one C-level scan, not a Python loop.
_STREET_HINT = re.compile("|".join(map(re.escape, _STREET_HINTS)))
_LIVE_HINT = re.compile("|".join(map(re.escape, _LIVE_HINTS)))


def street_landmark(text: str, low: str) -> Iterator[tuple[int, int]]:
    if _LIVE_HINT.search(low) and _STREET_HINT.search(low):
        for m in _STREET_LANDMARK.finditer(text):
            yield m.span("addr")


_AR_LANDMARK_PREP = (
    r"(?:جنب|بجنب|بجانب|جانب|جمب|خلف|ورا|وراء|قدام|أمام|امام|مقابل|قبال|قريب\s+من|بالقرب\s+من|قرب|حدا|بعد|"
    r"وجنب|وخلف|وورا|وقدام|وأمام|وامام|ومقابل|وقبال|وقرب)(?![\u0621-\u064A])"
)
_AR_LANDMARK_NOT = (
    rf"(?!(?:{_AR_LANDMARK_PREP}|في|فى|على|من|و|ما|مش|مو|لا|بس|عشان|علشان|لان|لأن|الشبكة|النت|الانترنت|والنت)"
    r"(?![\u0621-\u064A]))"
)
_AR_LANDMARK_PART = (
    rf"{_AR_LANDMARK_PREP}\s+{_AR_LANDMARK_NOT}[\u0621-\u064A]+(?:\s+{_AR_LANDMARK_NOT}ال[\u0621-\u064A]+){{0,2}}"
)
_AR_LANDMARK_PLACE = (
    r"(?:في|فى|ب|بـ|و)?\s*(?:ال)?(?:حي|حارة|حاره|منطقة|منطقه|شارع|مدينة|قرية|ضاحية)\s+"
    rf"{_AR_LANDMARK_NOT}[\u0621-\u064A]+(?:\s+{_AR_LANDMARK_NOT}ال[\u0621-\u064A]+)?"
)
AR_LANDMARKS = re.compile(
    rf"\s+(?:(?:في|فى)\s+)?(?P<first>{_AR_LANDMARK_PART}|{_AR_LANDMARK_PLACE})"
    rf"(?P<more>(?:\s*[،,]?\s*(?:{_AR_LANDMARK_PART}|{_AR_LANDMARK_PLACE}))*)"
)
# A named place among the landmarks: a noun and its name ("جامع النور", "محطة البنزين"), or a neighbourhood ("حي
# السلام"); "جنب المسجد خلف المدرسة" names no place.
_AR_NAMED_PLACE = re.compile(
    rf"(?:^|\s)(?!ال|{_AR_LANDMARK_PREP})[\u0621-\u064A]{{2,}}\s+ال[\u0621-\u064A]+|(?:حي|حارة|منطقة|شارع)\s+[\u0621-\u064A]"
)
# A Ghana Post GPS digital address ("GA-492-7351", "AK-039-5028").
# (Written letter first, then the look-behind: the engine then scans quickly for a capital.)
GH_DIGITAL_ADDRESS = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]-\d{3,4}-\d{4}(?![\w-])")
# A UK postcode in capitals ("LS6 2QX", "M14 5RB").
# "\b[A-Z]{1,2}…" written to start with the capital (the word edge checked behind it): the regex
# engine then skips to capitals instead of trying every position.
_UK_POSTCODE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]?\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_SCHOOL_YEAR_BEFORE = re.compile(r"(?i)\b(?:year|yr|grade|class|form|age|aged|p|s)\s*$")
# Words before an address that are not part of it ("我住在", "地址是").
_ZH_ADDRESS_LEAD = frozenset("我你他她住在是的于於到去家地址系喺")
# Chinese address: district, road and number 號, then floor 樓 and flat 室; or estate, block 栋, unit 单元, flat.
_ZH_N = r"[\d一二三四五六七八九十百零〇]"
ZH_ADDRESS_FULL = re.compile(
    rf"(?:[\u4e00-\u9fff]{{2,8}}?(?:区|區|市|县|縣|镇|鎮))?[\u4e00-\u9fff]{{1,8}}?(?:大道|大街|路|街|道|巷|胡同)"
    rf"[东西南北中東]?(?:{_ZH_N}{{1,2}}段)?\s*{_ZH_N}+\s*[号號]"
    rf"(?:\s*[A-Za-z\d一二三四五六七八九十]+\s*(?:楼|樓|层|層|室|座|栋|棟|单元|單元|[A-Za-z](?![A-Za-z])))*"
    rf"|[\u4e00-\u9fff]{{2,8}}?(?:小区|小區|花园|花園|苑|邨|新村|大厦|大廈|公寓|家园|家園)\s*"
    rf"[A-Za-z\d一二三四五六七八九十]+\s*(?:号楼|號樓|栋|棟|幢|座|号|號|期)"
    rf"(?:\s*[A-Za-z\d一二三四五六七八九十]+\s*(?:单元|單元|楼|樓|层|層|室|号|號|栋|棟|座))*"
    # The flat's number with no "室" after the unit ("…3号楼2单元502"): the chain runs to its end.
    r"(?:(?:(?<=单元|單元|号楼|號樓)|(?<=[栋棟幢座]))\s*[A-Za-z]?\d{2,4}(?![\d年个個人名次岁歲]))?"
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
# Russian in Latin letters: "mkr Samal-2, dom 58, kv 14", "ul. Lenina, d. 5, kv. 12", "ulitsa Pushkina dom 10".
RU_TRANSLIT_ADDRESS = re.compile(
    r"\b(?:mkr|mkrn|mikrorayon|mikroraion|ul|ulitsa|ulica|ulitsy|pr|prosp|prospekt|per|pereulok|bulvar)\.?\s*"
    r"(?:(?!(?:dom|d|kv|i|v|na)\b)[a-z][\w'’-]*(?:\s+(?!(?:dom|d|kv|i|v|na)\b)[a-z][\w'’-]*){0,2}\s*,?\s*)"
    r"(?:(?:dom|d\.|d)\s*)?\d{1,4}[a-z]?(?:/\d{1,4})?(?!\w)(?:\s*,?\s*(?:korpus|korp\.?|k\.)\s*\d{1,3})?"
    r"(?:\s*,?\s*(?:kv\.?|kvartira)\s*\d{1,4})?"
    r"|\b(?:dom|d\.)\s*\d{1,4}[a-z]?(?:\s*,?\s*(?:korpus|korp\.?|k\.)\s*\d{1,3})?\s*,?\s*(?:kv\.?|kvartira)\s*\d{1,4}",
    re.IGNORECASE,
)
# After an English street, the town: "14 Maple Street, Leeds", "... Road in Kisumu".
_EN_TOWN = re.compile(r"(?:,\s*|\s+in\s+)((?-i:[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?))")
_EN_NOT_TOWN = _word_set(
    "I Im My The And But So Then Please Call Text Me We He She They It Its If When What Why How Thanks Also Our Your "
    "Mum Mom Dad Near Next Behind Opposite"
)
# West African "j'habite à Cocody Riviera 2", "j'habite au Yopougon Sideci 3": a two-word
# neighbourhood and its number.
_FR_HABITE_PLACE = re.compile(
    rf"(?i:habite|habites|habitons|vis|vit)\s+(?i:à|a|au|aux|dans|vers)\s+(?:(?i:le|la|l['’])\s*)?"
    rf"((?:{_CAP})\s+(?:{_CAP})\s+\d{{1,3}})(?![\w/.,]?\d)(?!\s*(?i:fois|ans?|mois|jours?|semaines?|heures?|min)\b)"
)


# After "живу" (I live) the street alone, in the locative and without "ул.", then the house: "живу на Садовой 14,
# кв 3", "живу Чиланзар 9-квартал, дом 5". Not "живу в Казани 3 года" (a time, not a house number).
RU_LIVE_ADDRESS = re.compile(
    r"(?<=[жЖ]иву)[ \t]+(?:на[ \t]+)?((?-i:[А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+)?)[ \t]+"
    r"(?:\d{1,3}-?(?:й[ \t]+)?(?:квартал|мкр|микрорайон)|\d{1,4}(?:[ \t]?[а-я](?![а-яё]))?(?:/\d{1,3})?"
    r"(?![ \t]*(?:лет|год|года|мес|недел|дн|день|час|мин|км|раз|этаж|%|-?(?:й|я|го|м)\b)))"
    r"(?:,?[ \t]*(?:дом|д\.|кв\.?|квартира)[ \t]*\d{1,4}){0,2})"
)


# Indian addresses: a door number ("14/2", "9/11A", "45,"), the area's words ending in Nagar, Colony, Layout, Main,
# Cross, Road, Street..., then the town and the six-digit PIN code ("… 3rd Street, Velachery, Chennai 600042").
# Tried only when a six-digit number and an area word are there.
_IN_AREA = (
    r"(?:Nagar|Colony|Layout|Puram|Extension|Extn|Enclave|Vihar|Main|Cross|Road|Rd|Street|St|Salai|Marg|Block|"
    r"Sector|Phase|Stage|Bagh|Ganj|Pet|Palayam|Halli|Kuppam)"
)
IN_ADDRESS = re.compile(
    r"(?:(?<![\w/])\d{1,4}(?:[ \t]?[/-][ \t]?\d{1,4})?[A-Za-z]?(?![\w/]),?[ \t]+)?"
    rf"(?:(?:[A-Z][\w.'’-]*|\d{{1,2}}(?:st|nd|rd|th))[ \t]+){{0,3}}{_IN_AREA}(?![\w])"
    r"(?:[ \t]*,?[ \t]*(?:[A-Z][\w.'’-]*|\d{1,2}(?:st|nd|rd|th)|\d{1,4}(?:[ \t]?[/-][ \t]?\d{1,4})?)){0,8}?"
    r"[ \t]*,?[ \t]*(?:-[ \t]*)?[1-9]\d{2}[ \t]?\d{3}(?!\d)"
)
_IN_PIN = re.compile(r"(?<!\d)[1-9]\d{2} ?\d{3}(?!\d)")
_SIX_DIGITS = re.compile(r"\d\d\d ?\d\d\d")  # a cheap first look for a PIN code
_IN_REACH = 120  # an Indian address is at most this long before its PIN
_IN_AREA_HINT = re.compile(rf"(?<![a-z]){_IN_AREA}(?![a-z])")
# Honduras and Central America: "colonia Villa Olímpica, bloque 7, casa 2841, Tegucigalpa", and the units alone
# ("bloque 4, casa 1523"); the town after them when it ends the sentence part.
_CA_UNIT = r"(?i:bloque|casa|lote|pasaje|senda|sector|apto\.?|apartamento|edificio|torre|etapa|manzana)"
CA_ADDRESS = re.compile(
    r"(?:(?i:colonia|col\.|residencial|barrio|aldea|lotificaci[óo]n|urbanizaci[óo]n)[ \t]+"
    r"(?:[A-ZÁÉÍÓÚÑ0-9][\w.'’-]*(?:[ \t]+(?:de|del|la|las|los|el)(?=[ \t]+[A-ZÁÉÍÓÚÑ]))?[ \t]*){1,4},?[ \t]*)?"
    rf"{_CA_UNIT}[ \t]*(?:(?i:n[°º.]?|no\.?|#)[ \t]*)?(?:\d{{1,5}}|[A-Z])(?![\w])"
    rf"(?:[ \t]*,?[ \t]*{_CA_UNIT}[ \t]*(?:(?i:n[°º.]?|no\.?|#)[ \t]*)?(?:\d{{1,5}}|[A-Z])(?![\w]))+"
    r"(?:[ \t]*,[ \t]*[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2}(?=[ \t]*(?:[,.;:!?)\n]|$|y[ \t])))?"
)
# Central Asia in Russian: "Юнусабад, 11-квартал, дом 23, кв. 48", "4 квартал дом 17 кв 63": the quarter's number,
# then the house and the flat; the district's name just before it goes with it.
RU_QUARTER_ADDRESS = re.compile(
    r"(?:[А-ЯЁ][а-яё]+(?:-\d{1,2})?[ \t]*,[ \t]*)?"
    r"(?:\d{1,3}[ \t]*-?[ \t]*(?:й|ий|ый|ой)?[ \t]*(?i:квартал|кв-л|мкр\.?|микрорайон|массив)|"
    r"(?i:квартал|кв-л|массив)[ \t]*\d{1,3}(?!\d))"
    r"(?:[ \t]*,?[ \t]*(?i:дом|д\.)[ \t]*\d{1,4}[а-я]?(?![а-яё\d]))"
    r"(?:[ \t]*,?[ \t]*(?i:кв\.?|квартира)[ \t]*\d{1,4})?"
)
# Malaysia: "No. 12, Jalan Mawar 3, 81200 Johor Bahru", "Lot 233, Lorong Cempaka 2, Taman Seri Indah, 14000 Bukit
# Mertajam": the house number, the street and estate words, the five-digit postcode and the town. A street named in
# small letters ("Jalan raya", the highway) is not one.
_MY_STREET = (
    r"(?:Jalan|Jln\.?|Lorong|Lrg\.?|Taman|Tmn\.?|Persiaran|Lebuh|Lebuhraya|Kampung|Kg\.?|Desa|Pangsapuri|Bandar)"
)
MY_ADDRESS = re.compile(
    r"(?P<house>(?i:no|lot|unit|blok|block)\.?[ \t]*[A-Z]?-?\d{1,5}[A-Z]?(?:[ \t]*[-/][ \t]*\d{1,4})?[ \t]*,?[ \t]*)?"
    rf"{_MY_STREET}[ \t]+[A-Z0-9][\w'’/-]*(?:[ \t]+(?:[A-Z0-9][\w'’/-]*))*"
    rf"(?:[ \t]*,[ \t]*{_MY_STREET}[ \t]+[A-Z0-9][\w'’/-]*(?:[ \t]+(?:[A-Z0-9][\w'’/-]*))*)*"
    r"(?P<postcode>[ \t]*,?[ \t]*\d{5}(?!\d)(?:[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?)?"
)
# A street's own number ("Jalan Mawar 3", "Jalan SS2/24"), not a year ("Taman Negara 2023").
_MY_STREET_NUMBER = re.compile(r"(?<![\d/])\d{1,3}(?!\d)")
# After a French street, its building, stair, flat and postcode: "…, bâtiment C, escalier 2, 69100 Villeurbanne".
FR_ADDRESS_TAIL = re.compile(
    r"(?:[ \t]*,?[ \t]*(?i:bâtiment|batiment|bât\.?|bat\.|escalier|esc\.|appartement|appart\.?|appt\.?|apt\.?|"
    r"étage|etage|porte|entrée|entree|résidence|residence|logement|log\.)[ \t]*(?:n[°º]?[ \t]*)?[A-Z0-9]{1,4}(?!\w))*"
    r"(?:[ \t]*,?[ \t]*\d{2}[ \t]?\d{3}(?!\d)(?:[ \t]+[A-ZÉÈ][\w'’-]*(?:[ \t]+[A-ZÉÈ][\w'’-]*){0,2})?)?"
)


# Pakistan: "House 23, Street 7, G-9/2, Islamabad", "sector G-11/1, street 22, house 150": house, street and the
# sector's letter-number code (G-9/2, F-7/3, I-8) chained in any order, then perhaps the town. The code must be
# there, beside at least one house or street part ("F-7 vs G-9" in a cricket match keeps every word).
_PK_CODE = r"(?-i:[A-I])-\d{1,2}(?:/\d)?(?![\w/-])"
_PK_PART = (
    rf"(?:(?:house|h\.?[ \t]?no\.?|plot|street|st\.?|gali|lane|block|sector)[ \t]*(?:no\.?|#)?[ \t]*"
    rf"(?:{_PK_CODE}|(?-i:[A-Z])?-?\d{{1,4}}[A-Za-z]?(?![\w/-]))|{_PK_CODE})"
)
PK_ADDRESS = re.compile(
    rf"(?i:{_PK_PART}(?:[ \t]*,?[ \t]*{_PK_PART})+)(?:[ \t]*,?[ \t]*(?-i:[A-Z][a-z]+abad|Islamabad|Rawalpindi|Lahore|"
    r"Karachi|Peshawar))?"
)
_PK_CODE_ANY = re.compile(_PK_CODE)
# Zimbabwe and South Africa: "Stand 2456, Glen View 3, Harare", "erf 5521, Mfuleni": the plot's number, then the
# suburb (perhaps with its own number) and the town. "I stand 2 metres away" is no plot ("Stand" with a capital
# and three digits or more, "stand no."/"erf" in any case).
_STAND_PLACE = r"(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?:[ \t]+\d{1,2}(?!\d))?"
STAND_ADDRESS = re.compile(
    r"(?:\bStand[ \t]*(?:(?i:no\.?|number|#)[ \t]*)?\d{3,5}|\b(?i:stand)[ \t]*(?i:no\.?|number|#)[ \t]*\d{2,5}"
    r"|\b(?i:erf)[ \t]*(?:(?i:no\.?|number|#)[ \t]*)?\d{2,6})[A-Za-z]?(?![\w])"
    r"(?![ \t]*(?i:m|cm|km|metres|meters|people|times|seconds|minutes|fans|seats)\b)"
    rf"(?:[ \t]*,?[ \t]*{_STAND_PLACE}(?:[ \t]*,[ \t]*{_STAND_PLACE})?)?"
)
# Haitian Creole: "m ap viv Delmas 33, Ri Charbonnière #15", "nou rete Pétion-Ville, ri Grégoire #8": the street
# ("ri", rue) with its number, and the numbered neighbourhood after "viv"/"rete" (live).
HT_STREET = re.compile(
    r"(?<!\w)(?i:ri)[ \t]+(?-i:[A-ZÉÈ][\w'’-]*(?:[ \t]+(?:[A-ZÉÈ][\w'’-]*|de|di|la))*)"
    r"[ \t]*,?[ \t]*(?:#|(?i:no\.?|n[°º]|nimewo)[ \t]*)[ \t]*\d{1,4}(?!\d)"
)
HT_LIVE_PLACE = re.compile(
    r"(?<!\w)(?i:viv|rete)[ \t]+(?:(?i:nan|lan|a|o)[ \t]+)?((?-i:[A-ZÉÈ][\w'’-]+(?:[ \t]+[A-ZÉÈ][\w'’-]+)?)[ \t]+"
    r"\d{1,3})(?!\d)(?![ \t]*(?i:an|lane|mwa|jou|fwa|minit|è|ans)\b)"
)


# The words each shape below needs somewhere in the comment: gates of the one cue pass (``cues._GATE_HINT``).
MORE_ADDRESS_HINTS: dict[str, tuple[str, ...]] = {
    "ca_address": ("casa", "bloque", "lote", "pasaje", "apto"),
    "ru_quarter": ("квартал", "кв-л", "мкр", "микрорайон", "массив"),
    "pk_address": ("house", "street", "sector", "gali", "plot"),
    "stand_address": ("stand", "erf"),
    "ht_address": ("ri ", "viv ", "rete "),
    "my_address": ("jalan", "jln", "lorong", "lrg", "taman", "tmn", "persiaran", "lebuh", "kampung", "pangsapuri"),
}


def more_addresses(text: str, low: str, gates: set[tuple[str, str]]) -> Iterator[tuple[int, int]]:
    """Indian, Central American, Central Asian and Malaysian addresses, each tried only near its own words.

    ``gates`` holds ("gate", name) for each name of ``MORE_ADDRESS_HINTS`` whose words the comment holds."""
    if _SIX_DIGITS.search(text):
        # An Indian address ends with its PIN: look for the area word only in the stretch before each PIN.
        done = 0
        for pin in _IN_PIN.finditer(text):
            lo = max(done, pin.start() - _IN_REACH)
            if _IN_AREA_HINT.search(text, lo, pin.start()):
                for m in IN_ADDRESS.finditer(text, lo, pin.end()):
                    yield m.span()
            done = pin.end()
    if ("gate", "ca_address") in gates:
        for m in CA_ADDRESS.finditer(text):
            yield m.span()
    if ("gate", "ru_quarter") in gates and ("дом" in low or "д." in low):
        for m in RU_QUARTER_ADDRESS.finditer(text):
            yield m.span()
    if ("gate", "pk_address") in gates and _PK_CODE_ANY.search(text):
        for m in PK_ADDRESS.finditer(text):
            if _PK_CODE_ANY.search(m.group()):
                yield m.span()
    if ("gate", "stand_address") in gates:
        for m in STAND_ADDRESS.finditer(text):
            yield m.span()
    if ("gate", "ht_address") in gates:
        for m in HT_STREET.finditer(text):
            yield m.span()
        if "#" in text or "ri " in low:
            for m in HT_LIVE_PLACE.finditer(text):
                yield m.span(1)
    if ("gate", "my_address") in gates:
        for m in MY_ADDRESS.finditer(text):
            if m.group("house") or m.group("postcode") or _MY_STREET_NUMBER.search(m.group()):
                yield m.span()
