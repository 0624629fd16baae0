"""School names: the per-language shapes, schools said by their letters ("DPS", "KV No. 2") and their
place, Arabizi "I study at", the extra shapes, and Chinese schools (found only before a kind of school)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childvoice.screening.personal_info.addresses import _EN_NOT_TOWN
from childvoice.screening.personal_info.shapes import _word_set

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
    r"الشرطة|الحربية|الفنون|الموسيقى|الموسيقي|التمريض|الأزهرية|الازهرية|الثانوية|الإعدادية|الاعدادية|الابتدائية|"
    # People at school ("في المدرسة الأخصائية كلمتنا" = at school the counsellor talked to us).
    r"الأخصائية|الاخصائية|الأخصائي|الاخصائي|المديرة|المدير|المعلمة|المعلم|المعلمات|الأستاذة|الاستاذة|الأستاذ|"
    r"الاستاذ|المرشدة|المرشد|الناظرة|الناظر|الوكيلة|الطالبات|الطلاب|البنات|الاولاد|الأولاد|"
    # "بمدرسة خاصة الحمد لله": thanks to God, not a name.
    r"الحمد|الحمدلله)"
    r"(?![\u0621-\u064A]))"
)
SCHOOL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        # "My School", "Our College": a possessive is not a school's first word.
        r"(?!(?:My|Our|Your|His|Her|Their|This|That|Every|Each|Any|Which|What|Whose|No|The\s+Best)\s)"
        # "C of E", "CofE", "R.C." (Church of England, Roman Catholic): "St Aidan's C of E Academy".
        r"(?:(?:St\.?|Saint|Mount|Mt\.?|Govt\.?|Gov\.?|Pvt\.?|C\.?\s?of\s?E\.?|R\.C\.|[A-Z][\w'’-]+)\s+"
        r"(?:(?:de|of|del|de\s+la|of\s+the|&)\s+(?=[A-Z]))?){1,4}"  # "Ateneo de Manila", "Our Lady of Fatima"
        r"(?:(?:Junior|Senior|Secondary|Primary|High|Grammar|"
        r"Public|Community|International|Elementary|Middle|Girls'?|Boys'?)\s+)?"
        r"(?:School|Academy|College|Primary|Secondary|High|Elementary|Institute|Grammar|"
        # South Asian school words ("Kendriya Vidyalaya", "Saraswati Shishu Mandir", "Loreto Convent").
        r"Vidyalaya|Vidyalayam|Vidyapeeth|Vidyapith|Vidya\s+(?:Mandir|Bhavan|Niketan|Peeth)|Shishu\s+Mandir|"
        r"Convent|Gurukul|Gurukulam|Madrasa|Madrassa|Madrasah|Seminary|Montessori|Institution)"
        # Not followed by a Latin letter; a Han character may follow ("在Nanyang Girls' High读中二").
        r"(?![A-Za-zÀ-ÖØ-öø-ÿ0-9_])"
    ),
    "fr": re.compile(
        # Haitian Creole "lekòl" and "kolèj" (school, college): "Lekòl Sainte-Rose de Lima".
        # Belgian "athénée", Quebec "cégep", Haitian "institution".
        r"(?i:\b(?:école|ecole|collège|college|lycée|lycee|institut|institution|groupe scolaire|lekòl|lekol|kolèj|"
        r"kolej|athénée|athenee|cégep|cegep))"
        r"(?:\s+(?i:primaire|élémentaire|elementaire|maternelle|secondaire|polyvalente|privée?|publique?|catholique|internationale?|professionnel(?:le)?|technique|général|general|"
        # "lycée français Jean-Mermoz", "lycée classique d'Abidjan", "lycée moderne de Cocody".
        r"français|francais|française|francaise|franco-\w+|bilingue|classique|moderne|municipal|municipale|"
        r"scientifique|militaire|agricole|national|nationale|mixte|islamique|protestant|protestante|confessionnel))*"
        r"\s+(?:(?:de\s+la|du|des|de|d['’]|la|le|les|l['’])\s*)?"
        r"[A-ZÉÈÀ][\w'’-]*(?:\s+(?:[A-ZÉÈÀ][\w'’-]*|des|de|du|la|les|le)(?!\w))*"
    ),
    "es": re.compile(
        r"(?i:\b(?:colegio|escuela|liceo|instituto|IES|CEIP|I\.E\.|unidad educativa|institución educativa|"
        r"institucion educativa|preparatoria|secundaria|"
        r"primaria|escuela primaria|escuela secundaria))"
        r"\s+(?:(?:de\s+la|del|de|la|el|los|las|(?i:n[°º]|no\.))(?!\w)\s*)?"
        r"[A-ZÁÉÍÓÚÑ0-9][\w'’.-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|del|de|la|los|las)(?!\w))*"
    ),
    "ru": re.compile(
        # Ukrainian words too ("ліцей №9", "гімназія №3", "школі №12"), often inside a Russian comment.
        r"(?i:\b(?:школ[аыеуойіию]*|гимнази[яиюей]*|лице[йяюе]*|гімназі[яїюєй]*|ліце[йяюїє]*|школы-лицея|"
        r"школа-лицей|колледж[а-я]*))"
        # The town right after the number ("ліцей №9 Одеса", "школа №21, Дніпро.") names the school.
        r"(?:\s*(?:№|N[oº°]?\.?)\s*\d+"
        r"(?:,?[ \t]+(?:г\.|м\.)?[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]{2,}(?=[ \t]*(?:[,.!?;()]|$)))?"
        r"|\s*«[^»\n]{1,40}»|\s*\"[^\"\n]{1,40}\""
        # "в лицее им. Ломоносова", "школа имени Шевченко": named after someone.
        r"|\s+(?:им\.|имени)\s*[А-ЯЁ][а-яё]+(?:[\s-]+[А-ЯЁ][а-яё]+){0,2})"
    ),
    "ar": re.compile(
        # "مدارس الرواد" names a chain of schools; "المدارس العربية" (the Arab schools) names none.
        r"(?:(?<!ال)مدارس|(?:ال)?(?:مدرسة|مدرسه|ثانوية|اعدادية|إعدادية|ابتدائية|متوسطة|معهد|كلية|أكاديمية|اكاديمية|"
        r"ليسي|ليسيه|كوليج))"
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
# Short names of Chinese schools, tried only around their own anchors: "人大附中", "师大附小", "南京实小", "景美女中",
# "中山女高", "北一女", "育才实验" (before a grade), and Taiwanese two-character names after "念/讀" ("念建中",
# "讀雄中"; not "讀高中", "念國中", "讀書中").
_ZH_SHORT_ANCHOR = re.compile(r"附中|附小|实小|實小|女中|女高|[一二三四]女|实验|實驗|[念读讀][\u4e00-\u9fff]中")
_ZH_SHORT_HINT = "附实實女验驗念读讀"  # one of these is in every short name's anchor
ZH_SHORT_SCHOOL = re.compile(
    r"[\u4e00-\u9fff]{1,5}?(?:附中|附小|实小|實小)(?![文国國学學生心])"
    r"|[\u4e00-\u9fff]{1,4}?(?:女中|女高)(?![音生文国國])"
    r"|[\u4e00-\u9fff]{1,2}[一二三四]女(?:中|高)?(?![儿兒孩生人士子性的朋友])"
    r"|[\u4e00-\u9fff]{2,5}?(?:实验|實驗)(?=(?:读|讀|上|念)?[初高小][一二三四五六])"
    r"|(?<=[念读讀])(?![高初国國书書完了的过過家小大一二三四五六七八九十中])[\u4e00-\u9fff]中(?![文国國学學心间間午级級途])"
)
_ZH_LEAD = "我你他她们們在是的上读讀念去到了和跟从從个個就都也还還很"
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
    r"gdida|gedida|adima|2adima|kebira|soghayara|sghayra|b3ida|2orayeba|orayeba|"
    r"machi|mashi|mesh|msh|kolchi|kulshi|ga3|kamlin|kan[a-z]{2,}|kat[a-z]{2,}|kay[a-z]{2,}|tan[a-z]{2,})\b)[a-zà-ÿ][\w'’-]*"
)
ARABIZI_SCHOOL = re.compile(
    r"(?<!\w)(?:(?:kan|kat|kay|tan|tat|ka|n|b|ba|bi|ne|na)?(?:q|9|2|k)raw?|qrit|9rit|krit|qrat|9rat|bedrus|badrus|"
    # "ana f madraset el nasr" (I am at): "ana" with "in" and a school word says the same.
    r"bdrus|bdros|badros|bedros|bedrous|badrous|bdrous|nedrous|nedrus|ndrous|ana|ena|ani|eni)\s+"
    r"(?:f|fi|fe|fel|fl|f\s+l|b|bi|bl|bel|fil)\s*(?:l['’]\s*|el\s+|al\s+|l\s+)?"
    rf"({_ARABIZI_SCHOOL_WORD}(?:\s+(?:primaire|priv[ée]e?|publique?|khassa|khasa|ibtida2iya|i?3dadiya|"
    r"tanawiya|thanawiya|ta2hilia|ta2hiliya|tahiliya|pilote))*"
    rf"\s+(?:(?:n[°º]?\s*|ra9m\s*|raqm\s*|rqm\s*)?\d{{1,3}}(?!\w)|{_ARABIZI_SCHOOL_NAME_WORD}"
    rf"(?:\s+{_ARABIZI_SCHOOL_NAME_WORD}){{0,3}}))",
    re.IGNORECASE,
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
# Letters that are not a school ("I study in CBSE", "I go to KFC", "class IX", "je suis au CDI", "voy al GYM",
# "读PDF", "учусь в ЕГЭ-классе"): exams, subjects, grades, clubs, shops, places, media, countries.
_SCHOOL_ACR_STOP = _word_set(
    "CBSE ICSE ISC IB IGCSE GCSE SSC HSC WAEC NECO JAMB KCSE KCPE CBC BECE NCERT PE PT PTA STEM IT ICT AI TV BTS OK "
    "PM AM UN UNICEF UNCRC NGO YT IG TT PS PC VR UK US USA UAE NYC NY LA KFC GK EVS SST CS ID CEO MP MLA CM AC USB "
    "HD FIFA NBA IPL WWE PUBG GTA COD DM DMS BFF LOL OMG IDK TBH SMS GPS II III IV VI VII VIII IX XI XII "
    "CP CE CDI CAP BEP BAC QG CHU HLM RER MC MCDO PSG OM OL SNCF RATP TGV EPS SVT SES SNT NSI TP TD DS CNED "
    "EEUU CDMX DF GYM MALL CINE BAR OXXO IMSS ISSSTE DIF SAT UNO ABC PDF PPT BBC CNN MBA DSE PSLE APP KTV WIFI "
    "ТЦ ДК МФЦ КФС РФ США СССР ЕГЭ ОГЭ ВПР МЧС МВД ФСБ ДПС ТВ ОК ЛС ВК МТС ИИ ИТ ОБЖ ИЗО "
    # Short words said in capitals ("my school is SO boring", "je suis au TOP", "estoy en la ESO").
    "SO TOO NOT NO BAD BIG FUN YES THE AND BUT TOP MAX BOF MDR PTDR TKT JPP WTF ESO MUY NADA ОЧЕНЬ ТАК НЕ ВСЕ"
)
# After "I study in", "my school is", "class 8 at", "voy al", "je suis au", "учусь в", "读": a school said by
# its letters ("DPS", "KV No. 2", "D.A.V.", "CNBA", "LFJM", "ФМШ №56").
_EN_SCHOOL_AFTER_CUE = re.compile(
    r"(?:[ \t]*(?:[:=\-–]|is(?!\w)|c['’]est(?!\w)|es(?!\w)|это(?!\w)|[:：是]))?"
    r"(?:[ \t]*\d{1,2}(?:st|nd|rd|th)?(?:[ \t]*[-–]?[ \t]*[A-F](?!\w))?[ \t]+(?:at|in|of|from)(?!\w))?"
    r"[ \t]*(?:the[ \t]+)?"
    r"(?P<acr>(?:[A-Z]\.){2,5}|[A-Z]{2,5}(?![A-Za-z0-9_-])|[А-ЯЁ]{2,5}(?![А-Яа-яЁё0-9_-]))"
    r"(?:[ \t]*(?:No\.?|#|№|N[°º])?[ \t]*\d{1,3}(?![\w.:])(?![ \t]*(?i:hours?|hrs?|days?|min|minutes|years?|am|pm)\b))?"
    r"(?:[ \t]+(?!(?:Sector|Sec|Phase|Block|Branch|Campus|Plot|Unit|No|Number)\b)(?P<word>[A-Z][a-z]+)(?!\w))?"
)
# Words in capitals elsewhere in the comment: when there are two or more, the child is shouting ("NO voy al
# CINE HOY"), and capitals after a cue are a word, not a school's letters.
_CAPS_WORD = re.compile(r"(?<!\w)(?:[A-Z]{3,}|[А-ЯЁ]{3,})(?!\w)")
# Capitals that read as a word, consonants and vowels taking turns ("voy a la CASA", "je vais à la PLAGE"): with
# four letters or more and no number after them, a word in capitals, not a school's letters ("CNBA", "LFJM").
_WORD_IN_CAPS = re.compile(r"(?:[B-DF-HJ-NP-TV-Z]{0,2}[AEIOUY]+)+[B-DF-HJ-NP-TV-Z]{0,2}")


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
        acr = m.group("acr")
        if sum(w.group() != acr for w in _CAPS_WORD.finditer(text)) >= 2:
            continue  # shouting: "JE SUIS AU PARC AVEC MES POTES"
        if (
            len(acr) >= 4
            and _WORD_IN_CAPS.fullmatch(acr)
            and not any(c.isdigit() for c in text[m.end("acr") : m.end()])
        ):
            continue  # "voy a la CASA de mi abuela": a word in capitals
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
        # Mexican short forms: "la Secu Téc 45", "la prepa 6", "la Sec. Gral. 12".
        r"jardín|jardin|cbtis|conalep|cetis|cecyt|cobach|secu|telesecu|prepa|sec\.|esc\.))"
        r"(?:\s+(?i:técnica|tecnica|técnico|tecnico|téc\.?|tec\.?|gral\.?|fed\.?|federal|estatal|normal|general|"
        r"pública|publica|público|"
        r"publico|privada|privado|rural|nacional|mixta|mixto|oficial|diurna|nocturna|primaria|secundaria|"
        r"industrial|comercial|de\s+niños|de\s+niñas))*"
        r"\s*(?i:n[°º.]?|no\.?|núm\.?|num\.?|número|numero|#)?\s*\d{1,4}\b"
    ),
    "ru": re.compile(
        # "МБОУ СОШ №12", "ГБОУ Школа 1234", "СОШ 5"; in Latin letters "shkole 57", "gimnazii №3".
        r"(?i:(?:\b(?:мбоу|маоу|мкоу|моу|гбоу|гоу|чоу|ноу|кгу|гу)\s+)?"
        r"\b(?:школ[аыеуойіию]*|гимнази[яиюей]*|лице[йяюе]*|гімназі[яїюєй]*|ліце[йяюїє]*|колледж[а-я]*|"
        r"гимн\.|сош|оош|нош|сш|"
        r"shkol[aeuyi]?|shkoly|shkolu|gimnazi[iyaeu]*|litse[yiea]*|licei|licey))"
        r"\s*(?:(?i:номер|nomer|№|no\.?|n)\s*)?\d{1,4}(?!\d)"
        r"(?!\s*(?:минут|мин|час|лет|год|раз|дн|%|процент|класс|учени|человек|урок|шт|руб|км|м\b|кг|этаж))"
        # "в 57 школе", "57-я школа"; not a count ("5 школ", "2 школы" without "из").
        r"|(?<!\w)(?!\d{1,4}\s+(?i:школ|гимназий|лицеев)\b)"
        r"(?!(?<!из )(?<!с )(?<!от )(?<!до )[234]\s+(?i:школы|гимназии|лицея)\b)"
        r"\d{1,4}(?:-?(?:я|й|ой|ая|ую|ом|ей|ей))?\s+(?i:школ[аыеуой]*|гимнази[яиюей]*|лице[йяюе]*)\b"
        # Georgian and Central Asian: an ordinal and a kind, "51-я публичная школа", "134-й общеобразовательной школе".
        r"|(?<!\w)\d{1,4}-?(?:я|й|ой|ая|ую|ом|ей)\s+(?:(?:[а-яё]+-)?[а-яё]{4,}(?:ая|ой|ую|ей|ом|ый|ий)\s+){1,2}"
        r"(?i:школ[аыеуой]*|гимнази[яиюей]*|лице[йяюе]*)\b"
        # Schools by their letters and number: "ФМШ №56", "ФМЛ 239", "ЦО № 1234", "ГБОУ №57".
        r"|(?<!\w)(?:ФМШ|ФМЛ|ЦО|СУНЦ|ГБОУ|МБОУ|МАОУ|МОУ|СОШ)\s*(?:№|N[oº°]?\.?)?\s*\d{1,4}(?!\d)"
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
    # Hinglish "DPS R.K. Puram mein padhta hu", "KV No. 2 me padhti hoon": letters, then the place, then "I study in".
    "hi": re.compile(
        r"(?<![\w.])(?P<school>(?!(?:"
        + "|".join(sorted(_SCHOOL_ACR_STOP))
        + r")\b)(?:(?:[A-Z]\.){2,5}|[A-Z]{2,5}(?![\w.]))"
        r"(?:[ \t]+(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]+|No\.?|\d{1,3}))*?)"
        r"[ \t]+(?:mein|me|main|mai|m)[ \t]+(?:padh|parh|pad)(?:ta|ti|te|tey|thi|tha|ai|ayi)\b"
    ),
    # Malaysian and Indonesian schools by their letters, in any language of the comment: "SJK(C) Lok Yuan",
    # "SMJK Chung Hwa", "SK Taman Megah 2", "SMK Seri Bintang", "SMA Negeri 8 Jakarta". Name words in Latin
    # letters only, so a Han character after the name ends it ("读SMJK Chung Hwa的").
    "ms": re.compile(
        r"(?:(?<![A-Za-z0-9_(])(?:SJK\s?\(\s?[CT]\s?\)|SRJK\s?\(\s?[CT]\s?\)|SJKC|SJKT|SMJK|SMKA|SMKJ|SMK|MRSM)"
        # The short letters ("SK Telecom") only after "study at / in": "读SK Taman Megah", "at SMA Negeri 8".
        r"|(?:(?<=[读讀念在上])|(?<=\b(?:at|in|di|ke)\s)|(?<=\b(?:at|in|di|ke)\s\s))[ \t]*(?:SK|SRK|SMA|SMP))"
        r"(?![\w(])[ \t]*(?:[A-Z][A-Za-z'’-]*|\d{1,3}(?![\d.,:]))"
        r"(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|\(\d\)|\d{1,2}(?![\d.,:]))){0,4}"
    ),
}


# Words that end a sentence part before "小学"/"中学": what follows them is a kind of school
# ("应该在小学就开始" = "should start in primary school"), not a school's name.
_ZH_SCHOOL_STOP_CHARS = _ZH_LEAD + "应應该該时時候后後所些种種每各哪这這那说說"
_ZH_SCHOOL_STOP = frozenset(_ZH_SCHOOL_STOP_CHARS)
# Time words before a kind of school ("今年初中二年级" = "this year in junior high") are not its name.
_ZH_TIME_WORDS = ("今年", "明年", "去年", "现在", "現在", "已经", "已經", "正在", "马上", "馬上", "刚", "剛", "才")
_ZH_SCHOOL_KIND = ("小学", "中学", "初中", "高中", "国中", "國中", "小學", "中學", "國小", "国小")


# Where a Chinese school's name can end: the costly name pattern runs only in the few
# characters before these (a name is at most 12 characters before its kind).
_ZH_SCHOOL_ANCHOR = re.compile(
    r"小学|中学|初中|高中|国中|國中|國小|国小|小學|中學|学校|學校|书院|書院|[一二三四五六七八九十\d]+[中小]"
)
# A short name's kind ("人大附中", "北一女", "育才实验"): the name before it counts from its first character after
# the last word that ends a sentence part, and needs two characters ("北一女": one).
_ZH_SHORT_KIND = re.compile(r"(?:附中|附小|实小|實小|女中|女高|[一二三四]女[中高]?|实验|實驗)$")
# A city or county before a Taiwanese or mainland school ("台中市立惠文國小", "新北市私立…", "北京市第一中学"):
# the school's name starts at the city.
_ZH_SCHOOL_CITY = re.compile(r"[\u4e00-\u9fff]{2}(?:市|縣|县)(?=立|私立|[\u4e00-\u9fff]{2})")
# After "读/讀/喺/在/念/上" ("study at", "be at"), a name of two to eight characters ending in
# 书院/學校/中學... is a school ("讀聖恩書院中三", "在明德学校"); "在学校", "我们学校" are not names.
ZH_SCHOOL_AFTER_VERB = re.compile(
    rf"(?:讀|读|喺|在|念|上|返)((?:(?![{_ZH_SCHOOL_STOP_CHARS}])[\u4e00-\u9fff]){{2,8}}?"
    r"(?:书院|書院|学校|學校|中学|中學|小学|小學|学院|學院))(?![生部])"
)
# People before a kind of school ("很多留守儿童初中没读完", "私信小学生"): the name, if any, starts after them.
_ZH_PEOPLE = ("儿童", "兒童", "孩子", "学生", "學生", "同学", "同學", "大家", "朋友", "老乡", "老鄉", "老师", "老師")
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
    # Cantonese "which" and "this/that": "讀邊間學校", "喺呢間學校".
    *("边间", "邊間", "哪间", "哪間", "呢间", "呢間", "嗰间", "嗰間"),
)


def _zh_school_windows(
    text: str, anchor: re.Pattern[str] = _ZH_SCHOOL_ANCHOR, before: int = 14
) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for a in anchor.finditer(text):
        lo, hi = max(0, a.start() - before), min(len(text), a.end() + 4)
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
            found = [i + len(w) for w in _ZH_PEOPLE if (i := text.rfind(w, start, end - len(kind))) >= 0]
            if found:
                start = max(found)
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
    if not any(c in text for c in _ZH_SHORT_HINT):
        return
    for lo, hi in _zh_school_windows(text, _ZH_SHORT_ANCHOR, 6):
        for m in ZH_SHORT_SCHOOL.finditer(text, lo, hi):
            start, end = m.start(), m.end()
            short = _ZH_SHORT_KIND.search(m.group())
            if short is None:  # "念建中"
                yield start, end
                continue
            name_end = start + short.start()
            cut = max((i for i in range(start, name_end) if text[i] in _ZH_SCHOOL_STOP), default=None)
            if cut is not None:
                start = cut + 1
            if name_end - start >= (1 if "女" in short.group() and len(short.group()) <= 3 else 2):
                yield start, end


# Schools written the way children of other regions write them, each shape tried only when its literal is in the
# lower-cased comment: Ghanaian "Kwadaso Community SHS", Singaporean "Bedok View Sec (BVSS)" and "pei hua pri sch",
# Irish "Scoil Bhríde na Naofa", Afrikaans "Hoërskool Menlopark", Québec "Polyvalente de Charlesbourg", Swiss "Cycle
# d'orientation de la Gradelle", Malaysian Chinese "尊孔独中".
_LAT_NAME_WORD = r"[A-Z][\w'’-]*"
_FR_NAME_REST = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?[A-ZÉÈÀ][\w'’-]*(?:[ \t]+[A-ZÉÈÀ][\w'’-]*){0,2}"
# Small words that never start a school's name in small letters ("my pri sch", "the old pri sch").
_PRI_SCH_STOP = (
    r"(?!(?:my|our|the|a|an|at|in|to|from|of|his|her|their|your|this|that|same|old|new|go|went|goes|going|love|"
    r"hate|like|miss|fav|is|was|and|or|for|sch|pri|sec)\b)"
)
# Arabic after "I study at" ("نقرا في", "أدرس في", "وأقرأ في", "بمدرسة"): a school's name without "ال" on its first
# word, ending with its kind ("مدرسة شهداء الحرية الثانوية", "مدرسة بنات حلب النموذجية"), and a girls' school by its
# place ("ثانوية البنات بحي الشاطئ").
_AR_W = r"[\u0621-\u064A\u064B-\u0652]"
# Words that follow "مدرسة" without naming it: what kind of school it is, or how it is ("بمدرسة خاصة",
# "بمدرسة حلوة الحمد لله", "بمدرسة فيها الأولاد والبنات").
_AR_CONSTRUCT_NOT_FIRST = (
    r"(?!(?:خاصة|خاصه|حكومية|حكوميه|جديدة|جديده|قديمة|قديمه|كبيرة|كبيره|صغيرة|صغيره|قريبة|قريبه|بعيدة|بعيده|حلوة|"
    r"حلوه|كويسة|كويسه|زينة|زينه|منيحة|منيحه|دولية|دوليه|عربية|عربيه|أجنبية|اجنبية|اجنبيه|عادية|عاديه|ثانية|"
    r"تانية|تانيه|ثانيه|واحدة|واحده|فيها|فيه|مع|من|في|عند|بس|ما|لا|هي|كانت|اللي|الي|التي|وين|فين|كل|غير|تبع|تبعنا|"
    r"حق|حقت|بتاعة|بتاعت|دي|هاي|هذي|هذه)(?![\u0621-\u064A]))"
)
_AR_STUDY_SCHOOL = re.compile(
    r"(?:(?<!\w)(?:و|ف)?(?:نقرا|نقرأ|اقرا|اقرأ|أقرا|أقرأ|ادرس|أدرس|ندرس|بدرس|بقرا|بقرأ|نقرى|اقرى)\s+(?:في|فى|ف|ب)\s+"
    r"|(?<!\w)ب(?=مدرس|ثانوي))"
    rf"((?:مدرسة|مدرسه|ثانوية)\s+(?:{_AR_W}+\s+){{1,3}}?(?:ال)?(?:ثانوية|نموذجية|إعدادية|اعدادية|ابتدائية|"
    rf"أساسية|اساسية)(?!{_AR_W})|ثانوية\s+البنات\s+ب{_AR_W}+"
    rf"(?:\s+(?!و|عند|هي|كانت|فيها|ما\b|لا\b|اللي|الي|بس|انا|أنا){_AR_W}+(?=\s*(?:[،,.!؟?]|$)))?"
    # A name in two words, the first without "ال" ("بمدرسة راهبات الوردية", "في مدرسة شهداء الحرية"), and its town
    # when the comment ends there ("… بعمّان").
    rf"|(?:مدرسة|مدرسه)\s+{_AR_CONSTRUCT_NOT_FIRST}(?!ال){_AR_W}{{2,}}\s+{_AR_SCHOOL_NOT_FIRST}ال{_AR_W}{{2,}}"
    rf"(?:\s+ب(?!ال){_AR_W}{{2,}}(?=\s*(?:[،,.!؟?]|$)))?)"
)
# Arabizi "madrasat Al-Nasr al-asasiya", "lycée El Amal": a school word and a capitalised name, with no "I study" cue.
_ARABIZI_NAMED_SCHOOL = re.compile(
    r"(?<![\w'’])(?i:madrasat|madraset|madrassat|madrasa|madrassa|mdrasa|mdrast|medersa|ma3had)\s+"
    r"(?!(?i:bta3\w*|dyal\w*|ta3\w*|mta3\w*|mte3\w*|fi|fiha|fih|hadi|hadik|kbira|jdida|zwina)\b)"
    r"((?:[AaEe]l[- ]?)?[A-Z][a-z0-9']+(?:[- ](?:[aAeE]l[- ]?)?[a-zA-Z][a-z0-9']+){0,3})"
)
SCHOOL_MORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shs", re.compile(rf"{_LAT_NAME_WORD}(?:[ \t]+{_LAT_NAME_WORD}){{0,2}}[ \t]+(?:Community[ \t]+)?SHS(?!\w)")),
    (
        "sec",
        re.compile(rf"{_LAT_NAME_WORD}(?:[ \t]+{_LAT_NAME_WORD}){{0,2}}[ \t]+Sec(?:[ \t]+Sch)?[ \t]*\([A-Z]{{2,6}}\)"),
    ),
    (
        "pri sch",
        re.compile(
            rf"(?<![\w'’])(?:{_LAT_NAME_WORD}|{_PRI_SCH_STOP}[a-z]{{2,6}})(?:[ \t]+(?:{_LAT_NAME_WORD}|"
            rf"{_PRI_SCH_STOP}[a-z]{{2,6}})){{1,2}}[ \t]+(?i:pri[ \t]+sch)(?!\w)"
        ),
    ),
    ("scoil", re.compile(r"\bScoil[ \t]+[A-ZÁÉÍÓÚ][\w'’-]*(?:[ \t]+(?:[A-ZÁÉÍÓÚ][\w'’-]*|gan|na|an|de|ó|Naofa)){0,4}")),
    ("skool", re.compile(r"(?:Hoër|Hoer|Laer|Primêre|Primere)skool[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")),
    ("polyvalente", re.compile(rf"(?i:polyvalente)[ \t]+{_FR_NAME_REST}")),
    ("orientation", re.compile(rf"(?i:cycle[ \t]+d['’]orientation)[ \t]+{_FR_NAME_REST}")),
    ("ثانوي", _AR_STUDY_SCHOOL),
    ("نموذج", _AR_STUDY_SCHOOL),
    ("مدرس", _AR_STUDY_SCHOOL),
    ("独中", re.compile(r"[\u4e00-\u9fff]{2}独中")),
    ("madras", _ARABIZI_NAMED_SCHOOL),
    ("mdras", _ARABIZI_NAMED_SCHOOL),
    ("medersa", _ARABIZI_NAMED_SCHOOL),
    ("ma3had", _ARABIZI_NAMED_SCHOOL),
    ("獨中", re.compile(r"[\u4e00-\u9fff]{2}獨中")),
)
# Any of these in the lower-cased comment lets ``more_schools`` look (a gate of the one cue pass).
MORE_SCHOOL_HINTS: tuple[str, ...] = (
    *(literal for literal, _ in SCHOOL_MORE),
    *("girls", "boys", "dps", "kv", "dav", "jnv", "aps", "nps", "pilote", "gymnase", "pri"),
    *("smpn", "sman", "smkn", "sdn", "mtsn", "smpit", "sdit", "smait", "negeri", "swasta"),
    *("thpt", "thcs", "ptth", "trường", "truong", "schule", "gymnasium", "kolleg", "ниш", "рфмш", "ктл", "бил", "nis"),
)


# Singlish "i from Bedok Ridge Sec", "I'm from Tampines North Pri": after "I (am) from", a capitalised name ending
# in a local school's short kind. Without "I … from" a place's "Sec" is a sector ("from Jurong East Sec 2").
_FROM_SCHOOL = re.compile(
    rf"(?:from|frm)[ \t]+((?:{_LAT_NAME_WORD}[ \t]+){{1,3}}(?:Sec|Secondary|Primary|Pri)(?:[ \t]+(?i:sch|school))?)"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$|(?i:and|n|but|lol|haha|here|too|also|btw)(?!\w)))"
)
_I_BEFORE_FROM = re.compile(r"(?<!\w)(?i:i|im|i['’]m|i[ \t]+am|me)[ \t]+$")
# The child's own school level said in the comment ("sec 2", "pri 5", "student"): "from X Sec" is then a school
# even without "I" just before "from" ("I'm in sec 2 from Bedok Green Sec").
_SG_LEVEL = re.compile(r"(?i)\b(?:sec|pri|p|s)[ \t]*[1-6](?!\d)|\bstudent\b")
# Indonesia: "SMPN 3 Bandung", "SMAN 8 Jakarta", "SD Negeri 07 Menteng", "SMP Negeri 2 Malang", "MTsN 1 Kudus".
_ID_SCHOOL = re.compile(
    r"(?<![\w])(?:(?:SMPN|SMAN|SMKN|SDN|MTsN|MAN|SMPIT|SDIT|SMAIT)[ \t]*\d{1,3}(?!\d)"
    r"|(?:SMPN|SMAN|SMKN|SDN|MTsN|SMPIT|SDIT|SMAIT)(?=[ \t]+[A-Z])"
    r"|(?:SD|SMP|SMA|SMK|MTs|MI)[ \t]+(?:Negeri|Swasta|Islam|IT|Kristen|Katolik|Muhammadiyah)(?:[ \t]+\d{1,3}(?!\d))?)"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}"
)
# Vietnam: "Trường THPT Chu Văn An", "trường THCS Nguyễn Du": the kind's letters, then the capitalised name.
_VN_SCHOOL = re.compile(
    r"(?:(?i:trường|truong)[ \t]+)?(?:THPT|THCS|PTTH|PTDTNT|TH)(?:[ \t]+(?i:chuyên|chuyen))?"
    r"((?:[ \t]+[^\W\d_][\w'’-]*){1,5})"
)
# Kazakhstan: "НИШ ФМН г. Алматы", "РФМШ Астана", "КТЛ г. Караганда": the network's letters, its branch's letters and
# the town. The letters alone ("что такое НИШ") name no one school.
_KZ_SCHOOL = re.compile(
    r"(?<![\w])(?:НИШ|РФМШ|КТЛ|БИЛ|NIS)(?P<branch>[ \t]+(?:[А-ЯЁ]{2,4}|[A-Z]{2,4})(?![\w]))?"
    r"(?P<town>[ \t]*,?[ \t]*(?:(?:г\.|гор\.|город)[ \t]*)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)?"
)
_KZ_CUE_BEFORE = re.compile(r"(?i:в|из|учусь|учился|училась|ученик|ученица)[ \t]+$")
# Germany: "Friedrich-Schiller-Gesamtschule", "Heinrich-Heine-Gymnasium", also inside a Russian or English comment.
_DE_SCHOOL = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w'’]*-){1,4}(?:Gymnasium|Realschule|Gesamtschule|Grundschule|Hauptschule|"
    r"Oberschule|Gemeinschaftsschule|Mittelschule|Sekundarschule|Stadtteilschule|Schule|Kolleg)(?![\w])"
)


# Kenya: "from Kiambu Girls Thika", "Moi Girls Eldoret, form 4", "Nyandarua Boys High School Ol Kalou": a name, Girls
# or Boys, perhaps its kind, then its town. Taken after "from/at/in/attend", or when the comment says "form 2".
_KE_SCHOOL = re.compile(
    r"(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Girls|Boys)['’]?(?:[ \t]+(?:High|Secondary|Sec|National|Senior|Academy))*"
    r"(?:[ \t]+(?:School|Sch))?(?![\w'’])"
)
_KE_CUE_BEFORE = re.compile(r"(?i:from|frm|at|in|attend|attends|to|of)[ \t]+$")
_FORM_CLASS = re.compile(r"(?i)\bform[ \t]*[1-6](?!\d)")
# India: a chain school by its letters and its area ("DPS RK Puram se", "KV Sector 8 Rohini", "DAV Model Town"); the
# letters alone ("DPS wale") name no one school.
_IN_CHAIN = re.compile(r"(?<![\w.])(?:DPS|KV|KVS|DAV|JNV|APS|NPS|SVM|DBPS|BVB|GGPS)(?![\w.])")
# Tunisia: "lycée pilote de l'Ariana", "collège pilote de sfax" (the place also in small letters); Switzerland:
# "gymnase de Beaulieu" (the name with a capital: "au gymnase de mon quartier" is a sports hall).
_FR_SMALL_STOP = (
    r"(?!(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|c|ce|cette|ces|et|est|il|elle|on|je|j|à|"
    r"a|en|pour|avec|qui|que|mais|ou|où|le|la|les|un|une|des|du|de|très|trop|aussi|ici|là|maintenant)(?![\w'’]))"
)
_FR_PILOTE = re.compile(
    r"(?i:lycée|lycee|collège|college|école|ecole)[ \t]+(?i:pilote)(?:[ \t]+(?:(?i:de[ \t]+la|de[ \t]+l['’]|du|des|de|"
    rf"d['’])[ \t]*{_FR_SMALL_STOP}[\w'’-]{{2,}}(?:[ \t]+[A-ZÉÈ][\w'’-]*)?"
    r"|[A-ZÉÈ][\w'’-]*(?:[ \t]+[A-ZÉÈ][\w'’-]*){0,2}))"
)
_FR_GYMNASE = re.compile(rf"(?i:gymnase)[ \t]+{_FR_NAME_REST}")


def more_schools(text: str, low: str, gates: set[tuple[str, str]]) -> Iterator[tuple[int, int]]:
    """The school shapes of ``SCHOOL_MORE`` and the regional ones below; ``gates`` holds ("gate", "school_more")
    when the comment holds one of ``MORE_SCHOOL_HINTS`` (found in the one cue pass, ``cues._GATE_HINT``)."""
    if ("gate", "school_more") not in gates:
        return
    for literal, rx in SCHOOL_MORE:
        if literal in low:
            for m in rx.finditer(text):
                yield m.span(1 if rx.groups else 0)
    if "Girls" in text or "Boys" in text:
        form = _FORM_CLASS.search(text) is not None
        for m in _KE_SCHOOL.finditer(text):
            if m.group().split()[0] in _EN_PLACE_STOP:
                continue  # "The Girls", "My Boys"
            if form or _KE_CUE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                yield m.start(), _school_place(text, m.end())
    if "DPS" in text or "KV" in text or "DAV" in text or "JNV" in text or "APS" in text or "NPS" in text:
        for m in _IN_CHAIN.finditer(text):
            place = _school_place(text, m.end())
            if place > m.end():
                yield m.start(), place
    if "pilote" in low:
        for m in _FR_PILOTE.finditer(text):
            yield m.span()
    if "gymnase" in low:
        for m in _FR_GYMNASE.finditer(text):
            yield m.span()
    if ("sec" in low or "pri" in low) and ("from " in text or "frm " in text):
        for m in _FROM_SCHOOL.finditer(text):
            if _I_BEFORE_FROM.search(text, max(0, m.start() - 8), m.start()) or _SG_LEVEL.search(text):
                yield m.span(1)
    if "sd" in low or "sm" in low or "mts" in low:
        for m in _ID_SCHOOL.finditer(text):
            yield m.span()
    if "th" in low:
        for m in _VN_SCHOOL.finditer(text):
            words = m.group(1).split()
            keep = 0
            for w in words:
                if not w[0].isupper():
                    break
                keep += 1
            if keep:
                lo = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
                end = lo + len(" ".join(words[:keep]))
                yield m.start(), end if text[lo:end] == " ".join(words[:keep]) else m.end(1)
    if "ниш" in low or "рфмш" in low or "ктл" in low or "бил" in low or "nis" in low:
        for m in _KZ_SCHOOL.finditer(text):
            if m.group("town") or (
                m.group("branch") and _KZ_CUE_BEFORE.search(text, max(0, m.start() - 10), m.start())
            ):
                yield m.span()
    if "schule" in low or "gymnasium" in low or "kolleg" in low:
        for m in _DE_SCHOOL.finditer(text):
            yield m.span()


# A school's letters said beside its name: "(LPS)", "(CO Gradelle)", ", el CNBA" after it, and letters before a
# school's full name in brackets, "ISJ (Institut Saint-Joseph)", "НИШ ФМН (Назарбаев Интеллектуальная школа)".
_ALIAS_AFTER = re.compile(
    r"[ \t]*(?:[(（][ \t]*(?:[A-Z]{2,8}|[А-ЯЁ]{2,8})(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*[)）]"
    r"|,[ \t]*(?:el|la|le|the|l['’])[ \t]*(?:[A-Z]{2,8})(?![\w]))"
)
_ALIAS_BEFORE = re.compile(
    r"(?<![\w])(?:[A-Z]{2,6}|[А-ЯЁ]{2,6})(?:[ \t]+(?:[A-Z]{2,6}|[А-ЯЁ]{2,6}))?[ \t]*[(（]"
    r"(?=[^()（）\n]{3,60}[)）])([^()（）\n]{3,60})[)）]"
)
_ALIAS_SCHOOL_WORD = re.compile(
    r"(?i:school|institut|instituto|lycée|lycee|collège|college|colegio|escuela|liceo|école|ecole|athénée|"
    r"школа|гимназия|лицей|academy|académie)"
)


def school_aliases(text: str, schools: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """A school's letters or full name beside a school already found: both are the school."""
    for _, end in schools:
        m = _ALIAS_AFTER.match(text, end)
        if m:
            yield end, m.end()
    if "(" in text or "（" in text:
        for m in _ALIAS_BEFORE.finditer(text):
            letters = m.group().split("(")[0].split("（")[0].split()
            if (
                _ALIAS_SCHOOL_WORD.search(m.group(1))
                and any(c.isupper() for c in m.group(1))
                and not any(w in _SCHOOL_ACR_STOP for w in letters)
            ):
                yield m.start(), m.end()
