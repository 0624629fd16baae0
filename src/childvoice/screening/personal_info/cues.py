"""The cue automaton of the personal-data check: the words that introduce a name, handle, school or
date (from ``moderation/<lang>/personal_info.txt``), the hint words that gate the costly shapes, and
the patterns built from them. One Aho-Corasick pass finds them all, so the per-item cost does not
grow with the number of cue words."""

from __future__ import annotations

import re

import ahocorasick

from childvoice.screening.normalise import is_cjk
from childvoice.screening.personal_info.addresses import MORE_ADDRESS_HINTS
from childvoice.screening.personal_info.phones import _NUMBER_WORDS
from childvoice.screening.personal_info.schools import MORE_SCHOOL_HINTS
from childvoice.screening.personal_info.shapes import _ARABIC, _CAP, _CAP_RU, _HAN, _word_set
from childvoice.screening.rules import LANGUAGES, RuleSet

_CJK_ANY = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002a6df]")  # what is_cjk accepts
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
        "institution",
        "grammar",
        "vidya",
        "shishu",
        "convent",
        "gurukul",
        "madras",
        "seminary",
        "montessori",
    ),
    "fr": (
        "école",
        "ecole",
        "collège",
        "college",
        "lycée",
        "lycee",
        "institut",
        "groupe scolaire",
        "lekòl",
        "lekol",
        "kolèj",
        "kolej",
        "athénée",
        "athenee",
        "cégep",
        "cegep",
    ),
    "es": (
        "colegio",
        "escuela",
        "liceo",
        "instituto",
        "ies",
        "ceip",
        "i.e.",
        "unidad educativa",
        "institución educativa",
        "institucion educativa",
        "preparatoria",
        "secundaria",
        "primaria",
    ),
    "ru": ("школ", "гимнази", "лице", "колледж", "гімназі", "ліце"),
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
        *("一女", "二女", "三女", "四女", "附中", "附小", "实小", "實小", "女中", "女高", "实验", "實驗"),
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
        "dr",
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
    ),
    "en_house": ("flat", "apt", "apartment", "house", "h.no", "h. no", "h no.", "d.no", "d. no", "door no", "plot"),
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


_NICK_LINK = (
    r"\s*(?:[:：=\-–]|\bis\b|['’]s\b|\bes\b|\best\b|\bc['’]?est\b|\bc\b|\bit['’]?s\b|"
    r"это|—|是|为|為|叫|係|系|هو|هي|huwa|howa)?\s*"
)
_TRANSLIT_ADDRESS_HINT = ("mkr", "mikrora", "ul.", "ul ", "ulitsa", "ulica", "prospekt", "pereulok", "kv", "dom ")
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
        "secu ",
        "secu.",
        "prepa ",
        "sec. ",
        "esc. ",
    ),
    "ru": (
        "школ",
        "гимнази",
        "лице",
        "гімназі",
        "ліце",
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
        "фмш",
        "фмл",
        "цо",
        "сунц",
        "оу",
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
    "hi": ("padh", "parh", "padt"),
    # The short letters (SK, SMA, SMP) only right after "读", "在", "at", "in": "ask kids" must not wake the shape.
    "ms": (
        *("sjk", "srjk", "smjk", "smk", "mrsm", "srk"),
        *(f"{verb}{letters}" for verb in ("读", "讀", "念", "在", "上") for letters in ("sk ", "sma ", "smp ")),
        *(
            f"{verb} {letters}"
            for verb in ("读", "讀", "念", "在", "上", "at", "in", "di", "ke")
            for letters in ("sk ", "sma ", "smp ")
        ),
    ),
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


# Words without which a costly shape of ``spans`` cannot match, anywhere in the lower-cased text (parts of
# words too): found in the automaton pass that finds the cues, as ("gate", name) hints, instead of one
# substring search each over the whole comment.
_GATE_HINT: dict[str, tuple[str, ...]] = {
    # An email's "@" or "at" said in words.
    "at": ("@", " at ", "arobas", "arroba", "собак", "собачк", "sobak", "sobachk", "ات", "آت", "艾特", "(at)", "[at]"),
    # Arabizi school words ("madrasa", "lycée", "college", "i3dadi", "thanawi", "ibtida2i", "ma3had").
    "arabizi_school": ("madr", "mders", "mdras", "lyc", "coll", "cole", "3dad", "anaw", "ibtida", "ma3had", "institut"),
    # A mail provider said in Arabizi ("f gmail", "3la hotmail").
    "mail": ("mail", "yahoo", "outlook", "icloud"),
    # A web address's start (the dotted shape has its own test).
    "url": ("www", "http"),
    # "меня зовут" in small letters, also in Latin letters.
    "ru_name": ("zovut", "зовут"),
    # Arabizi "al-"/"bin" family names.
    "al_name": ("al-", "el-", " bin ", " ben "),
    # Arabizi "esmi", "smiti", "tsmani", "nsma", "ismee".
    "arabizi_name": ("smi", "smy", "tsma", "nsma", "smee"),
    # The regional address and school shapes (addresses.more_addresses, schools.more_schools).
    **MORE_ADDRESS_HINTS,
    "school_more": MORE_SCHOOL_HINTS,
}


def _hint_words() -> dict[str, set[tuple[str, str]]]:
    """Words that tell which address and school shapes (and the other gated shapes) are worth trying,
    with their (kind, language) or ("gate", name)."""
    tags: dict[str, set[tuple[str, str]]] = {}
    for kind, table in (
        ("address", _ADDRESS_HINT),
        ("school", _SCHOOL_HINT),
        ("school_extra", _SCHOOL_EXTRA_HINT),
        ("address_extra", {"wa": _WA_HINT, "arabizi": _ARABIZI_HINT_WORDS, "translit": _TRANSLIT_ADDRESS_HINT}),
        ("gate", _GATE_HINT),
    ):
        for lang, words in table.items():
            for w in words:
                tags.setdefault(w, set()).add((kind, lang))
    return tags


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
# "وبالسناب" (and on the snap), "عالانستا" (on the insta), "فبالتيك توك".
_AR_PLATFORM_PREFIXES = (
    *_AR_CUE_PREFIXES,
    *("ب", "بال", "وب", "وبال", "فبال", "فب", "عال", "وعال", "عل", "ع", "لل", "ولل"),
)


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
                "channel": _ar_prefixed(rules.sections("channel_cue", LANGUAGES), _AR_PLATFORM_PREFIXES),
                "channel_follow": _ar_prefixed(rules.sections("channel_cue_follow", LANGUAGES), _AR_PLATFORM_PREFIXES),
                "contact": _ar_prefixed(rules.sections("contact_cue", LANGUAGES), _AR_CUE_PREFIXES),
                "real_name": _ar_prefixed(rules.sections("real_name_cue", LANGUAGES), _AR_PLATFORM_PREFIXES),
                "home": _ar_prefixed(rules.sections("home_cue", LANGUAGES), _AR_CUE_PREFIXES),
                "law": rules.sections("law_cue", LANGUAGES),
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
            # Russian in Latin letters: "moy nick v steame", "nik na roblokse".
            rf"(?:\s+(?:on|in|en|sur|de|dans|del|в|на|في|على|بـ|ب|f|fi|v|vo|na)\s*(?:{apps})\w*|\s+(?:{apps})\w*"
            # "on the game", "sur le jeu", "en el juego", "в игре": where, with no app named.
            r"|\s+(?:on|in|en|sur|dans|в|на)\s+(?:(?:the|my|this|that|le|la|ce|mon|el|mi|este|ese|этой|моей)\s+)?"
            r"(?:game|jeu|juego|videojuego|appli|app|application|aplicación|aplicacion|serveur|server|servidor|"
            rf"игре|игрушке|приложении|сервере)(?!\w))?{_NICK_LINK}",
            re.IGNORECASE,
        )
        # Malay and Arabic names keep their small "bin"/"binti"/"ibn" ("Ahmad bin Ismail", "Nur binti Hassan").
        # Filipino and Spanish "De la" / "De los" keep their small article ("Ernesto De la Rosa").
        latin_name = rf"{_CAP}(?:(?:[\s-]+|\s+(?:bin|binti|bte|ibn|bint)\s+|(?<=De)\s+(?:la|los|las)\s+){_CAP}){{1,3}}"
        cyr_name = rf"{_CAP_RU}(?:[\s-]+{_CAP_RU}){{1,3}}"
        self.after_intro = re.compile(
            rf"[\s,:：]*(?i:(?:(?:el|la|le)\s+)?(?:profesora?|profe|maestr[oa]|teacher|prof|professeure?)\s+)?"
            # Bangladeshi "Md." / Malaysian "Mohd." before the name ("My name is Md. Rafiqul Islam").
            r"(?:(?:Md|MD|Mohd|Muhd|Mst)\.?\s+(?=[A-Z]))?"
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
        # "Mrs De la Cruz", "Sir Delos Santos": the small article of a Filipino or Spanish surname.
        self.after_title = re.compile(
            rf"\.?\s+({_CAP}(?:(?:[\s-]+|(?<=De)\s+(?:la|los|las)\s+){_CAP}){{0,3}}|{_CAP_RU}(?:\s+{_CAP_RU}){{0,3}})"
        )
        # "..., أخوكم عبدالرحمن الشهري", "تحياتي: مريم يوسف": a full name signed at the very end.
        sign_off = _alternation([p for p in rules.sections("sign_off", LANGUAGES) if _ARABIC.match(p)]) or "(?!)"
        self.ar_given = frozenset(rules.sections("given_name", ("ar",)))
        # Common first names in Latin letters: "hi im <first name> <surname>" in small letters is a name.
        self.latin_given = frozenset(w.lower() for w in rules.sections("given_name", ("en", "fr", "es")))
        # Famous people's Chinese names ("——李白" after a poem): never a child's signature.
        self.zh_famous = frozenset(rules.sections("not_name", ("zh",)))
        # Parts of Uyghur and Kazakh names ("阿依古丽·买买提"): a dotted name standing alone is a name with one.
        self.zh_given = frozenset(rules.sections("given_name", ("zh",)))
        # Things and animals given a name ("mi perro se llama", "عندي قطة اسمها"), and the people who
        # make such a name a person's after all ("mi amigo del club se llama"), per language.
        self.things = {lang: _WordClass(rules.sections("named_thing", (lang,))) for lang in LANGUAGES}
        self.persons = {lang: _WordClass(rules.sections("named_person", (lang,))) for lang in LANGUAGES}
        # Capitalised words that never start a name after "I'm", "this is", "je suis", "soy", "я" ("I'm Super
        # Excited", "it's Black Friday", "я Очень Рада").
        self.not_name = {lang: _WordClass(rules.sections("not_name", (lang,))) for lang in LANGUAGES}
        # Words of place and club names ("Hong Kong", "Cape Town", "Real Madrid"): a signed name never holds one.
        self.place_words = _WordClass(rules.sections("place_word", LANGUAGES))
        self.ar_signed = re.compile(
            # one sign-off or two ("مع تحياتي، الطالب عمر خالد")
            rf"(?:^|(?<=[\s،,.!؟:\-–—]))(?:{sign_off})(?:[ \t]*[:：،,\-–]?[ \t]*(?:{sign_off}))?[ \t]*[:：،,\-–]?[ \t]*"
            r"(?P<name>[\u0621-\u064A]+(?:[ \t]+[\u0621-\u064A]+){1,4})"
            # then perhaps the country, the town or the age ("الطالبة: … ، موريتانيا", "…، ١٣ سنة")
            r"(?:[ \t]*[،,][ \t]*(?:[\u0621-\u064A]+(?:[ \t]+[\u0621-\u064A]+)?"
            r"|[\d٠-٩]{1,2}[ \t]*(?:سنة|سنه|سنين|عام|عاما)))?"
            r"[ \t]*[.!]*\s*$"
        )
        self.after_platform = re.compile(
            rf"(?:\s+(?:{_POSSESSIVE})(?!\w))?"  # "snap mte3i X", "السناب متاعي X"
            r"(?:\s+(?i:me|moi)(?!\w))?"  # the app as a verb: "snap me liv_2010", "insta moi"
            r"(?:\s+(?:on|en|sur|в|على))?(?:\s*(?:id|username|user|name|nick|ник|号|號))?"
            # Pinyin "wo de wechat shi zyx_0815" (是 = is), Russian in Latin letters "eto", "kak".
            r"\s*(?:[:：=\-]|\bis\b|\bes\b|\best\b|\bit['’]?s\b|\bit is\b|\bc['’]?est\b|\bc\b|\bas\b|\bcomo\b|"
            r"\bcomme\b|\bкак\b|это|был[ао]?(?!\w)|是|هو|\bhuwa\b|\bshi\b|\bshì\b|\bhao\b|\bshi\s+hao\b|\beto\b|\bkak\b)?"
            r"\s*@?([A-Za-z0-9_.]{3,32})(?![\w@])"
        )


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
