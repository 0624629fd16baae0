"""Personal names: after an introduction, a title, a relative or a third-person cue, in contact lists and
after "on facebook", Chinese names, Arabic names (with the many words that look like names but are not),
signatures, Russian and Arabizi names in small letters. Also the tests that a cue names a thing or a pet."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from childvoice.screening.personal_info.cues import _Patterns
from childvoice.screening.personal_info.shapes import _CAP, _CAP_FIRST, _CAP_RU, _word_set
from childvoice.screening.rules import LANGUAGES

_ZH_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董袁潘于"
    "蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯"
    "龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐"
)
_ZH_END = r"(?=[，,。.！!？?\s、；;）)（(]|$)"
# Two-character family names ("欧阳子涵", "司马光"): tried before the one-character ones.
_ZH_COMPOUND = (
    "欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|长孙|長孫|宇文|司徒|夏侯|令狐|端木|"
    "西门|西門|南宫|南宮|独孤|獨孤|轩辕|軒轅|澹台|澹臺|申屠|太史|闻人|聞人|呼延|钟离|鍾離"
)
_ZH_FULL = rf"(?:(?:{_ZH_COMPOUND})[\u4e00-\u9fff]{{1,2}}|[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
_ZH_INTRO = "我叫|我是|我的名字是|我的名字叫|我名字叫|名字叫|名叫|我系|我係|我就係|我就是|我叫做"
_ZH_TITLES = "老师|老師|同学|同學|先生|女士|阿姨|叔叔|校长|校長"
_ZH_SCHOOLS = "小学|中学|国中|國中|小學|中學|高中|初中"
# A class said before "的" and a name, like a school ("南宁三中高一的覃思雨", "五年级的李明").
_ZH_CLASS_OF = r"高[一二三]|初[一二三]|年[级級]|[一二三四五六七八九十\d]班"
ZH_NAME = re.compile(
    rf"(?:{_ZH_INTRO})({_ZH_FULL}){_ZH_END}|({_ZH_FULL})(?={_ZH_TITLES})"
    rf"|(?:{_ZH_SCHOOLS}|{_ZH_CLASS_OF})的({_ZH_FULL}){_ZH_END}"
)
# Where a ZH_NAME match can start: at an intro, at a school word and "的", or a name's length (two to four
# characters) before a title. Each word is found at its first character (the rest looked ahead), so the
# regex engine skips to those characters and overlapping words are all found.
_ZH_NAME_LEAD = re.compile(
    "|".join(
        [
            *(f"{w[0]}(?={w[1:]})" for w in _ZH_INTRO.split("|")),
            *(f"{w[0]}(?={w[1:]}的)" for w in _ZH_SCHOOLS.split("|")),
            "[高初](?=[一二三]的)",
            "年(?=[级級]的)",
            r"[一二三四五六七八九十\d](?=班的)",
        ]
    )
)
_ZH_TITLE_AT = re.compile("|".join(f"{w[0]}(?={w[1:]})" for w in _ZH_TITLES.split("|")))


def zh_name_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``ZH_NAME.finditer(text)`` yields, the pattern tried only where a match can start: its
    name-first branch starts with any of hundreds of family names, so the regex engine would try it
    at every Han character of a long comment."""
    starts = {m.start() for m in _ZH_NAME_LEAD.finditer(text)}
    starts.update(t - n for m in _ZH_TITLE_AT.finditer(text) for n in (2, 3, 4) if (t := m.start()) >= n)
    pos = 0  # where the last match ended: finditer's matches do not overlap
    for at in sorted(starts):
        if at >= pos and (m := ZH_NAME.match(text, at)):
            yield m
            pos = m.end()


# After "我叫" or "my desk-mate / classmate / friend" the name may run straight into the sentence
# ("我叫王子豪今年十一岁", "我同桌李梓涵说…"): it ends before a pronoun or a common verb or time word.
_ZH_NAME_STOP_CHARS = (
    "今说說是在和跟也都就又被把给給让讓问問去来來有没沒不很还還要会會想住读讀念喜爱愛最从從我你他她它们們"
)
ZH_NAME_MORE = re.compile(
    r"(?:我叫|我名字叫|名字叫|我的名字叫|我的名字是|"
    r"我(?:的)?(?:好)?(?:同桌|同学|同學|朋友|好友|闺蜜|閨蜜|死党|死黨|表姐|表妹|表哥|表弟|堂姐|堂妹|堂哥|堂弟))"
    rf"({_ZH_FULL})(?=[{_ZH_NAME_STOP_CHARS}]|[，,。.！!？?\s、；;）)（(]|$)"
)
# The same name in Latin letters in brackets right after it ("我叫周子轩(Zhou Zixuan)").
_ZH_ROMAN_AFTER = re.compile(r"\s*[(（]\s*([A-Za-z][a-z]+(?:[\s-]+[A-Za-z][a-z]+){0,3})\s*[)）]")
# A class said before a signed name ("——四年级二班 刘思远", "……。初二(3)班 王明").
_ZH_CLASS = (
    r"(?:[一二三四五六七八九\d]+\s*年[级級]|初[一二三]|高[一二三]|[一二三四五六七八九]年)"
    r"(?:\s*[（(]?\s*[一二三四五六七八九十\d]+\s*[)）]?\s*班)?"
)
_ZH_SIGNED = re.compile(
    rf"(?:(?:——|—|--|－－|~～?)\s*(?:{_ZH_CLASS})?|[。！!.\n]\s*{_ZH_CLASS}|(?:学生|學生|署名)\s*[:：]|^\s*{_ZH_CLASS})"
    rf"\s*({_ZH_FULL})\s*[。.!！~～]*\s*$"
)
# A name opening the message and followed by a school or class ("张悦 育才小学五年级…").
_ZH_START_NAME = re.compile(
    rf"^[\s\W]*({_ZH_FULL})[\s,，:：、]+(?=[^\n。！？!?]{{0,12}}?(?:小学|小學|中学|中學|初中|高中|学校|學校|年[级級]|[一二三四五六七八九\d]班|初[一二三]|高[一二三]))"
)


# "，叫王梓涵，" (the "I" said earlier in the sentence), "姓名孙浩宇", "叫 Tan Hui Min 陈慧敏" (a Latin name and
# its Chinese form), "我叫阿依古丽·买买提" (a Uyghur or Kazakh name with a middle dot). "叫" inside a clause
# ("老师叫我们写", "叫外卖") is "ask, order" and is never tried; names ending in "come, go, say" are orders
# ("，叫李明来").
_ZH_DOTTED = r"[\u4e00-\u9fff]{1,6}(?:[·•‧・][\u4e00-\u9fff]{1,6}){1,2}"
_ZH_LATIN_THEN_HAN = rf"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{1,3}}[ \t]*{_ZH_FULL}"
ZH_CALLED = re.compile(
    rf"(?:(?:^|(?<=[，,。.！!？?；;：:\s])|(?<=我))叫(?:做)?|姓名[ \t]*[:：是为為]?)[ \t]*"
    rf"({_ZH_DOTTED}|{_ZH_LATIN_THEN_HAN}|{_ZH_FULL}){_ZH_END}"
)
# Where a ZH_CALLED match can start: the regex is tried only there.
_ZH_CALLED_AT = re.compile("叫|姓(?=名)")
_ZH_ORDER_END = frozenset("来來去说說走回吃玩做")
# The same dotted name standing alone as a clause right after the child says who they are
# ("我是乌鲁木齐的学生，阿依古丽·买买提，…"): taken when one of its parts is a known given name.
_ZH_DOTTED_ALONE = re.compile(rf"[，,]\s*({_ZH_DOTTED})(?=\s*[，,。.！!；;]|\s*$)")
_ZH_DOT = re.compile("[·•‧・]")
# Signed at the very end after "by" ("… 💻 by 黃冠宇").
_ZH_BY_END = re.compile(rf"(?<![A-Za-z])[Bb][Yy][ \t:：]*({_ZH_FULL}|{_ZH_DOTTED})[\s。.!！~～]*$")


def _zh_called(text: str, famous: frozenset[str], given: frozenset[str]) -> Iterator[tuple[int, int]]:
    for at in _ZH_CALLED_AT.finditer(text):
        if not (m := ZH_CALLED.match(text, at.start())):
            continue
        name = m.group(1)
        plain = _zh_name_ok(name) and name not in famous and name[-1] not in _ZH_ORDER_END
        if _ZH_DOT.search(name) or name[0].isascii() or plain:  # a dotted or a Latin-then-Chinese name, or a plain one
            yield m.start(1), m.end(1)
    if ("我是" in text or "我叫" in text) and _ZH_DOT.search(text):
        for m in _ZH_DOTTED_ALONE.finditer(text):
            parts = _ZH_DOT.split(m.group(1))
            before = _ZH_CLAUSE_END.split(text[: m.start()])[-1]
            if before.startswith(("我是", "我叫")) and any(p in given for p in parts):
                yield m.start(1), m.end(1)


# "我是上海的王梓涵", "我係香港嘅陳卓謙", "我是来自杭州的周雨萱", "我是新加坡的Tan Wei Ming 陈伟明": the child's
# town, then "的"/"嘅" and the name ("我是上海的学生" says what, not who). The town holds no person or class word.
_ZH_PLACE_THEN_NAME = re.compile(
    r"(?:我是|我係|我系|我就是|我就係)[ \t]*(?:来自|來自|嚟自)?(?:(?![的嘅我你他她们們班家])[\u4e00-\u9fff]){2,8}?"
    rf"(?:的|嘅)[ \t]*({_ZH_LATIN_THEN_HAN}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{1,3}}|{_ZH_FULL}){_ZH_END}"
)
_ZH_PLACE_THEN_NAME_AT = re.compile("我(?=[是係系就])")
# "本人黄子轩，初二学生": "本人" (I, myself) and a name standing alone as the sentence part.
_ZH_BENREN = re.compile(rf"(?:^|(?<=[，,。.！!？?\s]))本人[ \t]*({_ZH_FULL})(?=[，,。.！!？?\s、；;]|$)")


def zh_names_more(text: str, famous: frozenset[str], given: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Chinese names the plain "我叫X，" shape misses: run into the sentence, after a classmate or friend,
    in Latin letters in brackets after the name, signed at the end after a dash, a class or "by", after
    "姓名" or a clause-opening "叫", with a middle dot, and opening the message before a school or class.
    Famous people's names (``famous``: "——李白" after a poem) are kept; ``given`` holds Uyghur and Kazakh
    name parts."""
    if "我" in text or "名字" in text:
        for m in ZH_NAME_MORE.finditer(text):
            if _zh_name_ok(m.group(1)) and m.group(1) not in famous:
                yield m.start(1), m.end(1)
    if "叫" in text or "姓名" in text or "我是" in text:
        yield from _zh_called(text, famous, given)
    if "我是" in text or "我係" in text or "我系" in text or "我就" in text:
        for at in _ZH_PLACE_THEN_NAME_AT.finditer(text):
            place = _ZH_PLACE_THEN_NAME.match(text, at.start())
            if place is None:
                continue
            name = place.group(1)
            if name[0].isascii() or (_zh_name_ok(name) and name not in famous):
                yield place.start(1), place.end(1)
    if "本人" in text:
        for m in _ZH_BENREN.finditer(text):
            if _zh_name_ok(m.group(1)) and m.group(1) not in famous:
                yield m.start(1), m.end(1)
    tail = text[-20:].lower()
    by = tail.rfind("by")
    signed_by = _ZH_BY_END.match(text, by + len(text) - len(tail)) if by >= 0 else None
    if signed_by and _zh_name_ok(signed_by.group(1)) and signed_by.group(1) not in famous:
        yield signed_by.start(1), signed_by.end(1)
    # A signature is in the last few characters.
    for found in (_ZH_SIGNED.search(text, max(0, len(text) - 40)), _ZH_START_NAME.match(text)):
        if (
            found
            and _zh_name_ok(found.group(1))
            and found.group(1) not in famous
            and not found.group(1).endswith(("老", "师", "師"))
        ):
            yield found.start(1), found.end(1)


# The same name in Latin letters right after it without brackets ("我叫陳嘉欣 Chan Ka Yan，讀…"): two to
# four capitalised words ending at Chinese text, punctuation or the end ("我叫李明 I like…" is not a name).
_ZH_ROMAN_BARE_AFTER = re.compile(
    r"[ \t]*([A-Z][a-z]+(?:[ \t-]+[A-Z][a-z]+){1,3})(?=[ \t]*(?:[，,。.！!？?；;、：:\u4e00-\u9fff]|$))"
)


def zh_roman_after(text: str, end: int) -> tuple[int, int] | None:
    """The Latin-letter spelling right after a Chinese name, in brackets or not, if any."""
    m = _ZH_ROMAN_AFTER.match(text, end) or _ZH_ROMAN_BARE_AFTER.match(text, end)
    return (m.start(1), m.end(1)) if m else None


# After "我是" a Latin-letter name followed by "的" or "粉丝"/"球迷" is whose fan the child is, not who.
_ZH_FAN_OF = re.compile(r"\s*(?:的|粉|迷|球迷|歌迷|影迷|铁粉|鐵粉)")


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
        "莫名 戴眼 何时 何時 邓布 周三 周四 周五 周六 周日 周天 高考 钱包 錢包 "
        # Adverbs and nouns after "我妈", "我爸" ("我妈严格要求我", "我爸向来不管"): not a name.
        "严格 嚴格 严肃 嚴肅 严厉 嚴厲 向来 向來 陆续 陸續 郑重 鄭重 胡闹 胡鬧 韩剧 韓劇 余额 餘額 马路 馬路 "
        "戴口 高度 程度 方面 金钱 金錢 毛病 黄色 黃色 白白 许久 許久 江湖 龙卷 龍捲 夏令"
    )
)
# A name does not end like a description ("中国人", "学生们").
_ZH_NOT_NAME_END = frozenset("人们們生的了吗嗎呢啊吧呀哦者员員迷粉家族队隊")


# Before "同学"/"老师" a name never ends with "with", "and", "to" ("我周六跟同学去商场" = with classmates).
_ZH_BEFORE_TITLE_NOT_END = frozenset("跟和与與同给給帮幫陪找叫让讓对對向被把为為在的了是都也就")


def zh_title_name_ok(name: str) -> bool:
    """A name right before "同学", "老师" ("王明同学"): not a time word and not a word ending in "with"."""
    return not name.startswith(_ZH_NOT_NAME_START) and name[-1] not in _ZH_BEFORE_TITLE_NOT_END


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
_AR_NAME_CUE_BODY = (
    r"[وف]?(?P<cue>انا|أنا|آنا|اني|إني|سميتي|سميتو|سميتها|اسمي|إسمي|أسمي|اسمى|إسمى|اسمه|إسمه|اسمها|إسمها|معلمتنا|معلمنا|مدرستنا|مدرسنا|استاذتنا|أستاذتنا|استاذنا|أستاذنا|"
    r"المعلمة|المعلم|الأستاذة|الأستاذ|الاستاذة|الاستاذ|المدرسة|المدرس|الآنسة|الانسة|السيدة|السيد|أدعى|ادعى|"
    # "معكم عمر …" (you are with …) and "my friend" / "my classmate" before a friend's full name.
    r"معكم|معاكم|معكن|صاحبتي|صاحبي|صديقي|صديقتي|رفيقي|رفيقتي|زميلي|زميلتي|خويي|خويتي|"
    # "اسم اختي ليلى حسن", "اسم صاحبي عمر خالد": a relative's or friend's full name.
    r"اسم\s+(?:أخوي|اخوي|أخويا|اخويا|أخي|اخي|أختي|اختي|اختى|صاحبي|صاحبتي|صديقي|صديقتي|ابوي|أبوي|ابويا|أبي|امي|أمي|"
    r"بابا|ماما|خالي|خالتي|عمي|عمتي|جدي|جدتي|معلمي|معلمتي|استاذي|أستاذي|مدرسي|مدرستي))(?:\s+|\s*[:：]\s*)"
)
_AR_NAME_CUE = re.compile(r"(?:^|(?<=[\s،,.!؟:]))" + _AR_NAME_CUE_BODY)
# The separator before each place a cue stands (see ``_ar_name_cues``).
_AR_NAME_CUE_AFTER = re.compile(r"[\s،,.!؟:](?=" + _AR_NAME_CUE_BODY + ")")
_AR_WORD = re.compile(r"[\u0621-\u064A]+")
_AR_BIN_NAME = re.compile(
    # The father's name without "ال": "عمر بن الخطاب", "طارق بن زياد" in a history lesson name no child.
    r"(?<![\u0621-\u064A])([\u0621-\u064A]{2,})[ \t]+بن[ \t]+(?!ال)[\u0621-\u064A]{2,}(?:[ \t]+ال[\u0621-\u064A]{2,})?"
)
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
_CAPITAL_NEXT = re.compile(
    r"[\s,:.]{0,4}(?i:(?:(?:el|la|le)\s+)?(?:profesora?|profe|maestr[oa]|teacher|prof|professeure?)\s+)?"
    rf"(?:{_CAP_FIRST}|[А-ЯЁ])"
)
# Capitalised words that start an ordinary phrase, not a name ("my sister is In year 8").
_NAME_STOP = _word_set(
    "in the a an at on my your his her our from very so really not also always too super big best more most only "
    "just still never le la les un une des du de mon ma mes très trop vraiment pas aussi toujours plus "
    "el los las una uno mi mis muy tan también siempre no más en "
    "в на не очень тоже всегда уже ещё еще мой моя мои его её ее"
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
_DOUBLE_SURNAME = re.compile(rf"{_CAP}-{_CAP}|{_CAP_RU}-{_CAP_RU}")


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
    r"[\s\W]*(?:(?:مرحبا|مرحبًا|مرحباً|اهلا|أهلا|أهلاً|اهلين|هلا والله|هلا|هاي|سلام عليكم|سلام|السلام عليكم ورحمة الله|"
    r"السلام عليكم|صباح الخير|مساء الخير|صباح النور|مساء النور|"
    r"يا جماعة|يا شباب)[\s\W]*)*"
)
_AR_NAME_AFTER = re.compile(
    r"\s*(?:[،,.!؟?:;]|$)|\s+(?:من|في|ب)\s+[\u0621-\u064A]{2,}"
    r"|\s+ب[\u0621-\u064A]{3,}\s*(?:[،,.!؟?]|$)"
    # "أنا حمدة سعيد المزروعي مواليد 2010", "… عمري 13": the child's birth year or age follows the name.
    r"|\s+(?:من\s+)?(?:مواليد|مواليد|عمري|عمرى|بعمر|عندي\s+\d)"
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


_AR_SPACE = re.compile(r"[ \t]+")


def _arabic_intro_names(text: str, cues: list[re.Match[str]], first_names: frozenset[str]) -> Iterator[tuple[int, int]]:
    for cue in cues:
        if cue.group("cue") not in ("انا", "أنا", "آنا") or not _AR_GREETING_BEFORE.fullmatch(text, 0, cue.start()):
            continue
        first = _AR_WORD.match(text, cue.end())
        if not first or first.group() not in first_names:
            continue  # "انا قاعد لوحدي في البيت": a sentence, not "I am <name>"
        # Two words, or three with the grandfather's or family name ("أنا مهند عثمان الطيب من الخرطوم").
        parts = [first]
        while len(parts) < 3 and (space := _AR_SPACE.match(text, parts[-1].end())):
            if not (nxt := _AR_WORD.match(text, space.end())):
                break
            parts.append(nxt)
        for k in (3, 2):
            if len(parts) < k or not _AR_NAME_AFTER.match(text, parts[k - 1].end()):
                continue
            words = [p.group() for p in parts[:k]]
            if any(
                w in _AR_NAME_STOP
                # "أنا حمدة سعيد المزروعي": a father's name may be an ordinary word ("سعيد", happy) when a
                # family name with "ال" follows it.
                or (w in _AR_INTRO_STOP and not (k == 3 and i == 1 and words[2].startswith("ال")))
                or w in _AR_STRONG_CUE
                or (w.startswith("ال") and (i < 2 or k == 2))
                or len(w) < 2
                for i, w in enumerate(words)
            ):
                continue
            yield first.start(), parts[k - 1].end()
            break


# SMS French "salut c Moussa Diop de Dakar" and Russian in Latin letters "ya Dasha Kuznetsova iz Kazani",
# "eto Dasha ...": at the start of a message (or after a greeting), two capitalised words are a full name.
_LATIN_SHORT_INTRO = re.compile(
    r"^[\s\W]*(?:(?i:salut|slt|coucou|cc|bonjour|bjr|bonsoir|hello|hi|hey|yo|privet|privetik|zdravstvuyte|"
    r"zdravstvujte|vsem\s+privet|hai|allo|allô|alo|wesh|bonjou|mbote|on\s+dit\s+quoi)"
    # "Bonsoir la panel, c'est Koffi Aya Marie-Claire": whom the greeting is for.
    r"(?i:\s+(?:(?:la|le|les|au|chers?|chères?|tout\s+le|à)\s+)?(?:panel|jury|équipe|equipe|monde|tous|membres))?"
    r"[\s\W]*)*(?i:(?P<fr>c['’]est|c)|ya|eto)\s+"
    rf"(?P<name>(?-i:{_CAP})(?:-(?-i:{_CAP}))?(?:\s+(?-i:{_CAP})(?:-(?-i:{_CAP}))?){{1,2}})"
    # … then a comma, the end, "from/de/iz", or a birth ("née le …", "né en …", "born on …").
    r"(?=\s*(?:[,.!?;:]|$)|\s+(?i:iz|from|de|d['’]|du|s|na|née?|born|nacid[oa])\b)"
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
# "معكم" (you are with) and "my friend": a full name follows only when it starts with a known first name
# ("صاحبي قال", "معكم في كل شي" are sentences).
_AR_GIVEN_FIRST_CUES = _word_set("معكم معاكم معكن صاحبتي صاحبي صديقي صديقتي رفيقي رفيقتي زميلي زميلتي خويي خويتي")
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


def _ar_name_cues(text: str) -> list[re.Match[str]]:
    """What ``_AR_NAME_CUE.finditer(text)`` yields, the cue tried only where it can stand: at the start and
    after the separators that ``_AR_NAME_CUE_AFTER`` finds, which the regex engine skips to (the look-behind
    that starts ``_AR_NAME_CUE`` would have it try every position of a long comment)."""
    cues: list[re.Match[str]] = []
    pos = 0  # where the last cue ended: finditer's matches do not overlap
    for at in itertools.chain((0,), (sep.end() for sep in _AR_NAME_CUE_AFTER.finditer(text))):
        if at >= pos and (cue := _AR_NAME_CUE.match(text, at)):
            cues.append(cue)
            pos = cue.end()
    return cues


# "انا <first> <surname> من ثانوية …": the child's school right after the two words.
_AR_SCHOOL_AFTER = re.compile(
    r"[ \t]+(?:من|في|فى|ب)[ \t]*(?:ال)?(?:ثانوية|ثانويه|مدرسة|مدرسه|اعدادية|إعدادية|متوسطة|ابتدائية|تكميلية|ليسيه|معهد)"
    r"(?![\u0621-\u064A])"
)


def _ar_two_names(words: list[re.Match[str]], text: str) -> bool:
    second = words[1].group()
    return (
        not second.startswith(("ال", "و"))
        and not _ar_not_name(second)
        and second not in _AR_INTRO_STOP
        and second not in _AR_NAME_LINKERS
        and not _ar_verb_like(second)
        and _AR_SCHOOL_AFTER.match(text, words[1].end()) is not None
    )


def _arabic_names(text: str, pat: _Patterns) -> Iterator[tuple[int, int]]:
    cues = _ar_name_cues(text)
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
            if text[pos : w.start()].strip() or len(words) == 7:
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
            best = _ar_strong_name(words, cut=len(words) < 7)
        elif not words:
            continue
        else:
            first = words[0].group()
            # "أنا أمين بن عيسى": "بن" after the first word says it is a name, known or not; but "بشرب بن عربي"
            # (I drink Arabic coffee): a verb with the spoken "ب" in front, and coffee.
            son_of = (
                cue_word in _AR_I_CUES
                and len(words) >= 3
                and words[1].group() in ("بن", "ابن")
                and not first.startswith("ب")
                and not _ar_not_name(first)
                and first not in _AR_INTRO_STOP
                and not _ar_verb_like(first)
            )
            if (
                first not in first_names
                and not son_of
                and (
                    cue_word in _AR_I_CUES
                    or cue_word in _AR_GIVEN_FIRST_CUES
                    or cue_word in _AR_TITLE_SCHOOL
                    or _ar_verb_like(first)
                )
            ):
                continue  # "انا بذاكر الواجب", "في المدرسة صورت غروب الشمس", "المعلمة طلبت منا ..."
            best = None
            for n in range(2, min(6, len(words)) + 1):
                chosen = [w.group() for w in words[:n]]
                if any(
                    (_ar_not_name(c) or (c in _AR_INTRO_STOP and (i == 0 or chosen[i - 1] not in _AR_NAME_LINKERS)))
                    and c not in _AR_NAME_LINKERS
                    for i, c in enumerate(chosen)
                ):
                    break  # an ordinary word; but after "بن" a word such as "سعيد" (happy) is a father's name
                last, before = chosen[-1], chosen[-2]
                if last.startswith("و") and last not in first_names:
                    break  # "محمد ورحت المدرسة": "and" starts a new clause
                if last.startswith("ال") or before in ("بن", "بنت", "ابن", "أبو", "ابو"):
                    best = n
            if best is None and cue_word in _AR_I_CUES and len(words) >= 2 and _ar_two_names(words, text):
                best = 2  # "انا لين حداد من ثانوية الأرز": a first name and a surname before the child's school
        if best:
            yield words[0].start(), words[best - 1].end()
    # "أخي الكبير أحمد بن عبدالله الحميري": a known first name, "بن" and the father's (and family) name, anywhere.
    if " بن " in text:
        for m in _AR_BIN_NAME.finditer(text):
            if m.group(1) in first_names:
                yield m.start(), m.end()


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
    """How many words after "اسمي" make the full name: two, and up to a sixth when it is a family name
    ("القحطاني"), follows "بن"/"عبد", or ends the sentence part ("منة الله أشرف من ...")."""
    ok = 0
    for k, w in enumerate(words[:6]):  # "عبدالله بن خالد بن سعيد العنزي"
        # After "عبد" the next word is part of the first name, even an ordinary word ("عبد السلام").
        if _ar_not_name(w.group()) and not (k and words[k - 1].group() == "عبد"):
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


# A full name signed at the end of a message, after a sign-off ("Signé : Hugo Lefèvre", "Atte: Ana Ruiz
# Peña, Lima", "С уважением, Вера Павловна Орлова, 13 лет") or after a sentence's end or an emoji when a
# town, an age, a class or a phone number follows it ("… thank you. Ada Obi, Enugu"; "Merci ! Zoé Petit,
# +32 …"). A name opening the message before a class or school ("Орлов Глеб 6Б класс", "Ama Mensah, class 5")
# is the child's too.
# A Scottish or Irish surname keeps its inner capital ("MacLeod", "McNeil", "O'Brien").
_SURNAME_LAT = rf"(?:Ma?c|O['’])?{_CAP}"
_FULL_LAT = rf"{_CAP}(?:-{_CAP})?(?:[ \t]+{_SURNAME_LAT}(?:-{_CAP})?){{1,3}}"
_FULL_CYR = rf"{_CAP_RU}(?:-{_CAP_RU})?(?:[ \t]+{_CAP_RU}(?:-{_CAP_RU})?){{1,2}}"
_AGE_TAIL = (
    r"\d{1,2}[ \t]*(?:ans|an|años|anos|лет|год|года|years?(?:[ \t]+old)?|yrs?(?:[ \t]+old)?|y/?o)(?!\w)"
    r"|(?i:age|aged|âge|edad|возраст)[ \t]*:?[ \t]*\d{1,2}(?!\d)"
)
# "…, tel +380 …", "…, WhatsApp 0803 …": the word for a phone may come before it.
_PHONE_TAIL = (
    r"(?:(?i:tel|тел|телефон|phone|ph|mob|mobile|téléphone|telefono|teléfono|whatsapp|wa|номер|cel|cell)"
    r"\.?[ \t]*:?[ \t]*)?"
    r"\+?\d[\d \t().\-]{5,}\d"
)
_CLASS_TAIL = (
    r"(?i:(?:class|grade|year|std|form|classe|grado|curso)[ \t]*\d{1,2}\w{0,3}"
    r"|\d{1,2}[ \t]*(?:«?[а-яa-z]»?[ \t]*)?класс\w*|\d{1,2}(?:e|ème|eme|º|°|ro|do|to|vo|no|er)(?!\w)"
    # Chile, Argentina, Spain: "2° medio", "8° básico", "3º ESO"
    r"(?:[ \t]+(?:medio|básico|basico|año|grado|secundaria|primaria|eso|bachillerato)(?!\w))?)"
    r"|S[1-6](?!\w)"  # a Scottish secondary year ("Signed, Ross Baird, S3")
)
_PLACE_TAIL = (
    rf"(?:г\.[ \t]*)?(?:{_CAP}|{_CAP_RU})(?:[ \t-]+(?:{_CAP}|{_CAP_RU})){{0,2}}(?:[ \t]*[(（][^()（）\n]{{2,30}}[)）])?"
)
_STRONG_TAIL = rf"(?:{_AGE_TAIL}|{_PHONE_TAIL})"
_TAIL_ITEM = rf"(?:{_AGE_TAIL}|{_PHONE_TAIL}|{_CLASS_TAIL}|{_PLACE_TAIL})"
# The name before the comma (after a sentence's end, an emoji or the start), and the tail after it.
_BARE_SIGNED_NAME = re.compile(rf"(?P<lead>[^\w\s]|^)[ \t\n]*(?P<name>{_FULL_LAT}|{_FULL_CYR})[ \t]*$")
_SIGNED_TAIL = re.compile(
    rf"[,،][ \t]*(?P<first>{_TAIL_ITEM})(?:[ \t]*,[ \t]*(?P<second>{_TAIL_ITEM}))?(?:[ \t]*,[ \t]*{_TAIL_ITEM})?[^\w]*"
)
_CLASS_TAIL_RX = re.compile(_CLASS_TAIL)
_AFTER_SIGN_OFF = re.compile(
    rf"[ \t]*[:：,\-–—]?[ \t\n]*(?P<name>{_FULL_LAT}|{_FULL_CYR})(?:[ \t]*,[ \t]*{_TAIL_ITEM}){{0,3}}[^\w]*$"
)
_STRONG_TAIL_RX = re.compile(_STRONG_TAIL)
# A signature dash after a sentence's end or an emoji ("…now. - Ravi Menon, Kochi"), not inside a sentence.
_DASH_AFTER_SENTENCE = re.compile(r"[^\w\s][ \t]+[-–—]$")
_PLACE_NOUNS = _word_set(
    "Park Street Road Lake Beach Mall Square Bridge Market Garden Gardens Hill Centre Center Station"
)
# A town or class after a bare name is a signature only right after thanks ("thank you. Ada Obi, Enugu").
_THANKS = re.compile(
    r"(?i:thank|thx|thnx|merci|gracias|grax|спасибо|благодарю|spasibo|asante|obrigad|grazie|danke|cheers|شكر|谢谢|謝謝)"
)
# A greeting, perhaps to the panel, before a name that opens the message ("Bonjour, Inès Moreau Delacroix, 16 ans",
# "Sasa! Wanjiru Kamau here from Nakuru", "Hi, Lim Jia Hui here from Singapore").
_START_GREETING = (
    r"(?:(?i:hi+|hey+|hello|hallo|hola|buenas|buenos[ \t]+d[ií]as|bonjour|bonsoir|salut|coucou|allo|allô|sasa|niaje|"
    r"mambo|habari|jambo|namaste|greetings|good[ \t]+(?:morning|afternoon|evening)|привет|здравствуйте|"
    r"добрый[ \t]+(?:день|вечер))"
    r"(?i:[ \t]+(?:(?:la|le|the|dear|chers?|querido)[ \t]+)?(?:panel|jury|everyone|all|tout[ \t]+le[ \t]+monde|"
    r"à[ \t]+tous|todos|всем))?[^\w\n]+"
    # Any short first sentence that ends with "!": a greeting in another language ("Лабдиен!", "Kia ora!",
    # "Grüezi et bonjour depuis Lausanne !").
    r"|[^\W\d_][^\n!?.]{0,50}?[ \t]*!+[ \t]+)?"
)
_START_NAME = re.compile(
    rf"^[\s\W]*{_START_GREETING}(?P<name>{_FULL_LAT}|{_FULL_CYR})"
    # "Brian Otieno here from Kisumu", "Lim Jia Hui here in Singapore"
    r"(?:[ \t]+(?i:here)[ \t]*,?[ \t]+(?i:from|frm|in)[ \t]+(?=[A-Z])"
    # "Oluwaseun Adeyemi, born …", "Mathis Vuilleumier-Rochat, gymnase de …"
    r"|[ \t]*,[ \t]*(?i:(?P<born>born|née?|nacid[oa]|родил(?:ся|ась))|lycée|lycee|collège|college|gymnase|école|ecole|"
    r"school|academy|escuela|colegio|liceo|instituto|школа|гимназия|лицей)(?!\w)"
    r"|[ \t]*[,.:;–—-]?[ \t]*"
    r"(?:(?:(?i:class|grade|year|std|form|classe|grado|curso)[ \t]*\d{1,2}\w{0,3}"
    r"|\d{1,2}(?:e|ème|eme|ro|do|to|vo|no|º|°|th|st|nd|rd)(?:[ \t]*(?i:grade|grado|classe|class|std|año|b[aá]sico))?"
    r"|\d{1,2}[ \t]*«?[А-Яа-яA-Z]?»?[ \t]*класс[а-я]*"
    r"|\d{1,2}[ \t]*(?:ans|лет|years(?:[ \t]+old)?|yrs|años)(?!\w))"
    # the class or age is told, then the sentence part ends: "Ama Mensah, class 5, …", not "…, grade 8 project"
    r"(?:[ \t]*«?[A-ZА-Я]»?(?!\w))?[ \t]*(?:[,.;:!\n(]|$)"
    r"|(?:ученик|ученица)(?!\w)))"
)
# A name opening the message with only a town after it ("Tomasz Wierzbicki, Gdansk. I want…", "Полина Ширяева,
# Даугавпилс. Пришлите…"): taken when the first name is a known one, the surname is Russian in shape, or the next
# sentence is the child's own ("I", "Please", "Я", "Пришлите"), see ``start_names``.
_START_TOWN = re.compile(
    rf"^[\s\W]*{_START_GREETING}(?P<name>{_FULL_LAT}|{_FULL_CYR})[ \t]*,[ \t]*"
    rf"(?:{_CAP}|{_CAP_RU})(?:[ \t-]+(?:{_CAP}|{_CAP_RU})){{0,2}}[ \t]*(?:[.!\n][ \t\n]*|$)"
)
_YEAR_AFTER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_RU_SURNAME_END = re.compile(r"(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ская|цкая|ский|цкий|енко|ук|юк|ич|ян)$")
_OWN_SENTENCE = re.compile(
    r"(?:I|I['’]m|I['’]d|Im|My|Please|Thank|Thanks|Je|J['’]|Moi|Mon|Ma|Merci|Yo|Mi|Quiero|Tengo|Gracias|"
    r"Я|Мне|Мой|Моя|Меня|Пришлите|Подскажите|Хочу|Спасибо|Скажите)(?![^\W\d_])"
)


# Capitalised words that open greetings and sign-offs, not names ("Dear Panel, class 6", "Добрый День, 7 класс").
_SIGNATURE_STOP = _SIGNED_STOP | _word_set(
    "bonjour bonsoir salut coucou madame monsieur mesdames messieurs chers chères cher chère hola querido querida "
    "queridos queridas estimado estimada estimados estimadas señor señora greetings regards sincerely yours "
    "signed signé signée atte atentamente cordialement firma saludos добрый здравствуйте уважаемая уважаемый "
    "уважаемые дорогие дорогая дорогой всем mr mrs ms miss dr sir madam ma'am team class grade year form "
    "mon ma mes mi mis my our notre nuestra nuestro наш наша моя мой myself this it it's its i im i'm moi yo я "
    "это меня"
)


def _signature_ok(text: str, start: int, name: str, pat: _Patterns, langs: tuple[str, ...]) -> bool:
    words = [w for part in name.split() for w in part.split("-")]
    return not (
        any(w.lower() in _SIGNATURE_STOP for w in words)
        or any(pat.place_words.has(w) for w in words)
        or _common_first_word(text, start, pat, langs)
    )


_SENTENCE_END = re.compile(r"[.!?\n](?=\s)")
# A phone number in digits (seven or more, spaces and dashes allowed) and a word that says it is one.
_PHONE_DIGITS = re.compile(r"\d(?:[ \t().\-]{0,2}\d){6,}")
_PHONE_WORD = re.compile(
    r"(?i:phone|number|call|whatsapp|tel(?!\w)|numéro|numero|téléphone|appel|número|teléfono|llama|телефон|номер|звон)"
)
_SCHOOL_WORD = re.compile(r"(?i:lycée|lycee|collège|college|école|ecole|school|academy|escuela|colegio|instituto)")
# ", c'est Aya Konan" / ", this is Kwame Owusu" ending the comment (French also after a school).
_LAST_IS_NAME = re.compile(
    rf"[,.!][ \t]*(?i:(?P<fr>c['’]est|c)|this[ \t]+is|it['’]?s[ \t]+me,?)[ \t]+(?P<name>{_FULL_LAT})[^\w]*$"
)


def signed_names(text: str, sign_ends: list[int], pat: _Patterns, langs: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """A full name signed at the end, after a sign-off word or after a sentence's end with a town, age,
    class or phone number after it; and a full name opening the message before a class or school."""
    tail_from = max(0, len(text) - 140)
    for end in (e for e in sign_ends if e >= tail_from):
        m = _AFTER_SIGN_OFF.match(text, end)
        if m and _signature_ok(text, m.start("name"), m.group("name"), pat, langs):
            yield m.start("name"), m.end("name")
            return
    # Only the last three commas can start the tail (short, after the last one): the name is just before them.
    commas: list[int] = []
    pos = len(text)
    while len(commas) < 3:
        comma = max(text.rfind(",", tail_from, pos), text.rfind("،", tail_from, pos))
        if comma < 0 or (not commas and len(text) - comma > 60):
            break
        commas.append(comma)
        pos = comma
    for comma in reversed(commas):
        tail = _SIGNED_TAIL.fullmatch(text, comma)
        if tail is None:
            continue
        m = _BARE_SIGNED_NAME.search(text, max(0, comma - 80), comma)
        if m is None or not _signature_ok(text, m.start("name"), m.group("name"), pat, langs):
            continue
        if _STRONG_TAIL_RX.fullmatch(tail.group("first")):
            yield m.start("name"), m.end("name")  # "…! Zoé Petit, +32 …", "… 🙏 Ada Obi, 13 years"
        elif tail.group("second") and m.group("lead") not in ",-–—" and _CLASS_TAIL_RX.fullmatch(tail.group("first")):
            yield m.start("name"), m.end("name")  # "… 😒 Benjamín Soto Muñoz, 2° medio, Santiago": a class, a town
        elif m.group("lead") != "," and _THANKS.search(text, max(0, m.start("name") - 40), m.start("name")):
            yield m.start("name"), m.end("name")  # "… thank you. Ada Obi, Enugu"; not "I love it. Green Park, London"
        elif (
            m.group("lead") in "-–—"
            and _DASH_AFTER_SENTENCE.search(text, max(0, m.start() - 4), m.start() + 1)
            and m.group("name").split()[-1] not in _PLACE_NOUNS
        ):
            yield m.start("name"), m.end("name")  # "… 🙏 - Ravi Menon, Kochi"; not "teams - Leeds, Hull"
        elif m.group("lead") in (".", "!") and _phone_sentence_before(text, m.start()):
            yield m.start("name"), m.end("name")  # "… +233 20 … thats my dad phone. Kofi Mensah-Boateng, Accra"
        return


def _phone_sentence_before(text: str, lead: int) -> bool:
    """The sentence ending at ``lead`` gives a phone number and says so ("call me on …", "… my dad phone")."""
    lo = max(0, lead - 160)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, lo, lead)), default=lo)
    return bool(_PHONE_DIGITS.search(text, start, lead) and _PHONE_WORD.search(text, start, lead))


def named_after_contact(text: str, pat: _Patterns, langs: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """A full name said last, after "c'est" / "this is", in a comment that gives a phone number or a school
    ("… je suis élève au Lycée …, c'est Awa Koné"; "… 0244 123 456, this is Kwame Owusu")."""
    m = _LAST_IS_NAME.search(text, max(0, len(text) - 60))
    if m is None or not _signature_ok(text, m.start("name"), m.group("name"), pat, langs):
        return
    # In English only a phone number: "my school has a library, this is Harry Potter" names a book.
    if _PHONE_DIGITS.search(text, 0, m.start()) or (m.group("fr") and _SCHOOL_WORD.search(text, 0, m.start())):
        yield m.start("name"), m.end("name")


def start_names(text: str, pat: _Patterns, langs: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """A full name opening the message before a class, a school or an age ("Орлов Глеб 6Б класс…")."""
    m = _START_NAME.match(text)
    if m and _signature_ok(text, m.start("name"), m.group("name"), pat, langs):
        year = _YEAR_AFTER.search(text, m.end(), m.end() + 30) if m.group("born") else None
        if year is None or 2004 <= int(year.group()) <= 2021:  # "Harry Potter, born 1980": not a child
            yield m.start("name"), m.end("name")
            return
    if "," not in text[:120]:
        return
    m = _START_TOWN.match(text)
    if m is None or not _signature_ok(text, m.start("name"), m.group("name"), pat, langs):
        return
    words = m.group("name").split()
    if (
        words[0].lower() in pat.latin_given
        or _RU_SURNAME_END.search(words[-1])
        or (m.end() < len(text) and _OWN_SENTENCE.match(text, m.end()))
    ):
        yield m.start("name"), m.end("name")


# Hinglish "main Aarav Malhotra hoon" (I am … ): two or three words between "main" and "hoon"; in small letters
# only when the first is a known first name ("main bahut bore hoon" is a sentence).
_HINGLISH_HOON = re.compile(
    r"(?<![^\W\d_])(?i:main|mai|mein|mn)[ \t]+(?P<name>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){1,2})[ \t]+"
    r"(?i:hoon|hun|hu|hoo|hu+n)(?![^\W\d_])"
)


def hinglish_names(text: str, low: str, pat: _Patterns, langs: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    if " hu" not in low and " hoo" not in low:  # "hoon", "hun", "hu": rarer than "main" in English
        return
    if "main" not in low and "mai" not in low and "mein" not in low and "mn " not in low:
        return
    for m in _HINGLISH_HOON.finditer(text):
        words = m.group("name").split()
        if words[0].lower() not in pat.latin_given and not all(w[0].isupper() for w in words):
            continue
        if any(w.lower() in _LOWER_STOP for w in words) or not _signature_ok(
            text, m.start("name"), m.group("name"), pat, langs
        ):
            continue
        yield m.start("name"), m.end("name")


# Arabizi "ana 3abdullah al-mutairi", "ena karim ben salah": a first name then a family name with "al-"/"el-"
# or after "bin"/"ben" (digits stand for Arabic letters).
ARABIZI_AL_NAME = re.compile(
    r"(?<!\w)(?:ana|ena|2ana|aana|ismi|esmi|esmy)[ \t]+([a-z0-9]{2,}[ \t]+(?:(?:al|el)-[a-z0-9]{4,}"
    r"|(?:bin|ben|ibn)[ \t]+[a-z0-9]{2,}(?:[ \t]+(?:al|el)-?[a-z0-9]{3,})?))"
    r"(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:mn|min|men|from|w|wa|fi|fe|f|b|bel|fel|3omri|3mri|age|\d))"
)


def arabizi_al_names(low: str) -> Iterator[tuple[int, int]]:
    for m in ARABIZI_AL_NAME.finditer(low):
        first = m.group(1).split()[0]
        if first not in _ARABIZI_STOP and not first.isdigit():
            yield m.start(1), m.end(1)


# Full names in small letters ("my name is jake ellison and i…", "me llamo ana maría ruiz", "wo jiao li haoran").
# After a naming phrase (``_LOWER_STRONG``) two or three words that are not ordinary words, followed by a
# sentence part's end or a small linking word; after "im" / "i am" / "moi c" / "soy" only at the start of
# the message and when the first word is a known first name (``[given_name]``): "hi im so bored lol" is a
# sentence.
_LOWER_STRONG = re.compile(
    r"(?:my\s+name\s+is|my\s+names|my\s+name['’]s|my\s+full\s+name\s+is|mi\s+name(?:\s+is)?|my\s+name\s+na|"
    r"mera\s+naam|mera\s+nam|mimi\s+ni|jina\s+langu(?:\s+ni)?|naitwa|je\s+m['’]?appelle|jm['’]?appelle|"
    r"je\s+m['’]?apelle|jmapelle|mon\s+nom\s+(?:est|c['’]est)|mwen\s+rele|mwen\s+se|me\s+llamo|me\s+yamo|"
    r"mi\s+nombre\s+(?:completo\s+)?es|wo\s+jiao|wo\s+de\s+ming\s?zi\s+(?:shi|jiao))$"
)
_LOWER_WEAK_START = re.compile(
    r"^[\s\W]*(?:(?:hi+|hey+|hello|helo|hallo|yo|sup|wassup|hiya|heya|salut|slt|coucou|bonjour|bjr|allo|hola|"
    r"buenas|holi|niaje|sasa|mambo|wah\s+gwaan|good\s+(?:morning|afternoon|evening))[\s\W]+)*"
    r"(?:im|i\s*am|i['’]m|iam|moi\s+c['’]?est|moi\s+c|soy|yo\s+soy)$"
)
_LOWER_WORDS = re.compile(r"[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]+(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'’-]+){1,2})")
_LOWER_BOUNDARY = re.compile(
    r"[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:from|frm|and|n|i|im|i'm|iam|age|aged|\d+|here|in|at|of|de|d['’]|du|desde|y|et|"
    r"j['’]?ai|jai|tengo|zai|jin|nian|hai|na|kutoka|umri|mi|ya|we|wi|soy|del|en|à|a)(?!\w)"
)
_LOWER_STOP = _word_set(
    "a an the not no on in at to from and but or so too very really super kinda kind sorta also like same just "
    "still only even weird strange long short hard easy funny cool nice secret private important unique rare "
    "common boring spelled spelt written pronounced said called named same different lol haha hahaha xd ok okay "
    "fan fans "
    "if when with without because cuz coz bc is was are be been im am my your his her our their this that it its "
    "new here there back now today going gonna wanna tired bored happy sad sorry sure done ready glad scared "
    "pas un une le la les très trop vraiment bizarre long longue court courte compliqué compliquée aussi comme sur "
    "dans du des et mais ou parce mdr ptdr jsp je tu il elle on nous vous ils mon ma mes ton ta tes son sa ses "
    "no uno una el los las muy tan también raro rara largo larga corto corta secreto difícil dificil como en del y "
    "pero o porque jaja jajaja jeje xd yo tu él ella mi mis su sus es soy "
    "shi de wo ni ta hen bu ye he zai you jiao le ma ne ba hao "
    "hai hu ho nahi aur ni na ya wa mimi wewe sana"
)


_ONE_LOWER_WORD = re.compile(r"[ \t]*[a-zà-ÿ][a-zà-ÿ'’-]+")


def _lower_words_end(text: str, start: int, k: int) -> int:
    """Where the ``k`` small-letter words starting at ``start`` end."""
    pos = start
    for _ in range(k):
        w = _ONE_LOWER_WORD.match(text, pos)
        if w is None:
            break
        pos = w.end()
    return pos


def lower_names(text: str, intro_ends: list[int], given: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Full names written in small letters after a naming phrase, or after "im" at the start with a known first
    name (see ``_LOWER_STRONG``, ``_LOWER_WEAK_START``)."""
    for end in intro_ends:
        m = _LOWER_WORDS.match(text, end)
        if m is None:
            continue
        strong = _LOWER_STRONG.search(text[max(0, end - 40) : end].lower()) is not None
        if not strong and (end > 40 or not _LOWER_WEAK_START.search(text[:end].lower())):
            continue
        words = m.group(1).split()
        if not strong and words[0] not in given:
            continue
        for k in (3, 2):
            if len(words) < k or any(
                w in _LOWER_STOP or (len(w) >= 5 and w.endswith(("ing", "ly", "ed"))) for w in words[:k]
            ):
                continue
            span_end = _lower_words_end(text, m.start(1), k)
            if _LOWER_BOUNDARY.match(text, span_end):
                yield m.start(1), span_end
                break


# Pakistani and Indian forms: "Ayesha Siddiqui d/o Tariq Mehmood" (daughter of), "s/o" (son of): the child's
# name before and the parent's after.
_SON_OF = re.compile(rf"(?:(?P<child>{_FULL_LAT})[ \t]+)?(?i:[dsc]/o|d\.o\.|s\.o\.)[ \t]+(?P<parent>{_FULL_LAT})")


def son_of_names(text: str) -> Iterator[tuple[int, int]]:
    if "/o" not in text and "/O" not in text and ".o." not in text and ".O." not in text:
        return
    for m in _SON_OF.finditer(text):
        if m.group("child"):
            yield m.start("child"), m.end("child")
        yield m.start("parent"), m.end("parent")


# A teacher named with the subject between ("учительница информатики Галина Петровна Соколова", "учитель по физике
# …", "teacher of maths Priscilla Adjei", "profe de mates Luis Pardo"): two or three capitalised words after it.
_SUBJECT_THEN_NAME = re.compile(
    r"[ \t]+(?i:(?:of|for|de|d['’]|по)[ \t]*)?"
    r"(?i:maths?|mathematics|science|english|history|geography|physics|chemistry|biology|computing|computer|ict|"
    r"music|art|french|spanish|matemáticas|matematicas|mates|historia|ciencias|inglés|ingles|física|fisica|"
    r"química|quimica|música|musica|lengua|français|francais|anglais|histoire|musique|svt|informatique|"
    r"информатик[а-я]*|физик[а-я]*|математик[а-я]*|алгебр[а-я]*|геометри[а-я]*|хими[а-я]*|биологи[а-я]*|"
    r"истори[а-я]*|географи[а-я]*|литератур[а-я]*|русско[а-я]*|английско[а-я]*|немецко[а-я]*|музык[а-я]*|"
    r"физкультур[а-я]*|обществознани[а-я]*|технологи[а-я]*|рисовани[а-я]*)"
    r"(?:[ \t]+(?:Mr|Mrs|Ms|Miss|Sr|Sra)\.?)?[ \t]+"
    rf"(?P<name>{_CAP}(?:[ \t-]+{_CAP}){{1,2}}|{_CAP_RU}(?:[ \t]+{_CAP_RU}){{1,2}})"
)


_SUBJECT_NAME_STOP = _word_set("is was are has had does did will can says said gave gives told tells")


def subject_teacher_name(text: str, end: int) -> tuple[int, int] | None:
    m = _SUBJECT_THEN_NAME.match(text, end)
    if m is None or m.group("name").split()[0].lower() in _SUBJECT_NAME_STOP:
        return None  # "our teacher of maths Is Very Strict"
    return m.start("name"), m.end("name")


# "我妈林秀英说", "我爸王建国不让", "我哥…": a relative's word glued to a Chinese name before a verb.
_ZH_RELATIVE_NAME = re.compile(
    r"我(?:的)?(?:妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|奶奶|爷爷|爺爺|外婆|外公|姥姥|姥爷|舅舅|姑姑|小姨|媽媽|妈|媽|爸|哥|姐|弟|妹)"
    rf"({_ZH_FULL})(?=[{_ZH_NAME_STOP_CHARS}]|[，,。.！!？?\s、；;）)（(]|$)"
)
_ZH_NOT_IN_NAME = frozenset("了的着著过過地得吗嗎呢吧也都")


def zh_relative_names(text: str, famous: frozenset[str]) -> Iterator[tuple[int, int]]:
    for m in _ZH_RELATIVE_NAME.finditer(text):
        name = m.group(1)
        if _zh_name_ok(name) and name not in famous and not any(c in _ZH_NOT_IN_NAME for c in name):
            yield m.start(1), m.end(1)


# A Chinese name written right after the same name in Latin letters, in brackets or not ("Zhang Wei-Ling
# (張瑋玲)", "我是 Tan Jia Hui 陈佳慧 from …").
_HAN_AFTER_LATIN = re.compile(rf"[ \t]*(?:[(（][ \t]*({_ZH_FULL})[ \t]*[)）]|({_ZH_FULL})(?=[\s,，。.!！?？)）]|$))")


def han_after_latin_name(text: str, end: int) -> tuple[int, int] | None:
    if end < 1 or not text[end - 1].isascii():
        return None
    m = _HAN_AFTER_LATIN.match(text, end)
    if m is None:
        return None
    g = 1 if m.group(1) else 2
    return (m.start(g), m.end(g)) if _zh_name_ok(m.group(g)) else None
