"""Contact details a child should not publish: emails (also with "at" and "dot" said in words, and
Arabizi ones), web addresses, @handles and Discord tags, usernames after a platform or account word,
nicknames, channel names. Kept together because they share the "@"/"at" and handle shapes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childvoice.screening.personal_info.cues import _Patterns
from childvoice.screening.personal_info.names import _ar_not_name
from childvoice.screening.personal_info.shapes import _ARABIC, _HAN, _word_set

_DOT = (
    r"(?:\s*\.\s*|\s+(?:dot|point|punto|ponto|точка|tochka|tochku|نقطة|دوت)\s+|\s*[点點]\s*"
    r"|\s*[(\[](?:dot|point|punto|точка|tochka)[)\]]\s*)"
)
_AT = (
    r"(?:\s*@\s*|\s+(?:at|arobase|arobas|arroba|собака|собачка|sobaka|sobachka|ات|آت)\s+"
    r"|\s*[(\[](?:at|arobase|arobas|arroba|собака|собачка|sobaka|sobachka)[)\]]\s*|\s*艾特\s*)"
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
# Both shapes tried only where a word starts (see ``_local_part_matches``).
_EMAIL_AT_WORD = re.compile(r"(?<![\w+-])" + EMAIL.pattern, EMAIL.flags)
_EMAIL_BARE_AT_WORD = re.compile(r"(?<![\w+-])" + EMAIL_BARE.pattern, EMAIL_BARE.flags)
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
# A dot between a letter or digit and a letter, digit or "-": where the first part of a web address ends
# (not the full stop of "today. Please").
_URL_DOT = re.compile(r"\.(?<=[a-z0-9]\.)[a-z0-9-]", re.IGNORECASE)


def url_from(text: str, low: str) -> int:
    """Where ``URL`` may first match in ``text`` (``low``: its lower case, same offsets), so its costly scan
    starts there and not at every word of a long comment: an address starts with "http" or "www", or in the
    word run ending at the first dot of ``_URL_DOT`` (a run of letters, digits and "-" has no space)."""
    starts = [i for i in (low.find("http"), low.find("www")) if i >= 0]
    dot = _URL_DOT.search(text)
    if dot:
        starts.append(text.rfind(" ", 0, dot.start()) + 1)
    return min(starts, default=len(text))


# Latin, Cyrillic, Arabic or Chinese after the "@" ("@kid_123", "@小明爱画画", "@катя_2011").
HANDLE = re.compile(r"(?:(?<![\w@.])|(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]))@\w(?:[\w.]{0,30}\w)?")
DISCORD_TAG = re.compile(r"(?<![\w.])[\w.]{2,32}#\d{4}\b")


# Searched in the lower-cased text, without IGNORECASE, each word written as its first letter
# then a look-behind: the pattern then starts with plain letters, which the regex engine scans
# for quickly (a leading look-behind or IGNORECASE makes it try every position). For the same
# reason every alternative starts with one plain character: "(at)" and "[at]" are written apart,
# not as "[(\[]at".
_AT_WORDS = ("at", "arobase", "arobas", "arroba", "собака", "собачка", "sobaka", "sobachka", "ات", "آت")
_AT_MARK = re.compile(
    "@|"
    + "|".join(rf"{re.escape(w[0])}(?<!\w{re.escape(w[0])}){re.escape(w[1:])}(?!\w)" for w in _AT_WORDS)
    + r"|\((?:at|собака|собачка)[)\]]|\[(?:at|собака|собачка)[)\]]|艾特"
)
_EMAIL_WINDOW = 80


# A number after an account word ("QQ号 123456", "uid: 80412", "мой id 55123"): five digits are enough.
_AFTER_ACCOUNT = re.compile(
    r"(?:\s*(?:号|號|number|num|no\.?|nr|номер|n[°º]|#|is|es|est|это|是|为|為|:|：|=|-|—|هو|shi|hao))*\s*"
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
_ARABIZI_EMAIL_LOCAL = re.compile(r"\d{2,}|[._]")


# A dot between a letter or digit and a letter; written to start with the dot, which the regex
# engine finds by a fast literal scan (a leading letter class is tried at almost every position).
_URL_LOW = re.compile(r"\.(?<=[a-z0-9]\.)[a-z]")
# Levantine "السناب تبعي rama.jo22", "الانستا تبعي lulu_2011", "حسابي karam.99": a handle without @.
_AR_MY_ACCOUNT = re.compile(
    r"(?:(?:ال)?(?:سناب|سنابشات|انستا|انستغرام|انستقرام|تيك ?توك|ديسكورد|تلغرام|تيليجرام|فيسبوك|فيس)\s+تبعي|حسابي)"
    r"\s*(?:هو|:|：)?\s*@?([A-Za-z0-9_.]{3,32})(?![\w@])"
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


# A channel's name in Arabic letters after "قناتي", or after "قناة" when the comment asks to follow or subscribe:
# one to three words ("قناة ميمو جيمر", "قناتي اسمها عالم سارة"), up to punctuation, an emoji or a small word.
_AR_CHANNEL_STOP = _word_set(
    "على في عن من مع و او أو بس لو اذا إذا كل هذه هذي هاي هاذي اللي الي التي الذي هي هو عشان علشان لان لأن كتير كثير "
    "جدا مرة فيها فيه عليها عندي عندها اشتركوا اشترك اشتركو وفعلوا فعلوا فعلو تابعوني تابعوا تابعو تابعونا "
    "لايك ولايك الجرس يوتيوب اليوتيوب تيك توك انستا جديدة جديده الجديدة تعليمية صغيرة صغيره كبيرة حلوة حلوه "
    "رائعة مشهورة ما مش مو لا يا"
)
_AR_CHANNEL_WORD = r"[\u0621-\u064A]{2,}"
_AR_CHANNEL = re.compile(
    r"(?:\s+(?:على|في|ع|عال|عل)\s*(?:ال)?(?:يوتيوب|يوتوب|تيك\s?توك|تيكتوك|تويتش|انستا))?"
    r"(?P<link>\s*[:：]|\s+(?:اسمها|اسمه|إسمها|إسمه|هي|هو)(?:\s+(?:هو|هي))?)?"
    rf"[ \t]*[«\"“]?(?P<name>{_AR_CHANNEL_WORD}(?:[ \t]+{_AR_CHANNEL_WORD}){{0,2}})"
)


def _ar_channel_names(text: str, ends: list[int], follow: bool) -> Iterator[tuple[int, int]]:
    """Arabic-script channel names: taken after a naming word ("اسمها", ":") or in a comment that asks to follow
    or subscribe; "قناتي صغيرة بس" and "قناة الجزيرة" keep every word."""
    for end in ends:
        m = _AR_CHANNEL.match(text, end)
        if m is None or not (follow or m.group("link")):
            continue
        words = m.group("name").split()
        cut = next((i for i, w in enumerate(words) if w in _AR_CHANNEL_STOP), len(words))
        words = words[:cut]
        if not words or (words[0].startswith("ال") and not m.group("link")):
            continue  # "قناة الجزيرة", "قناتي الجديدة": a known channel or a word about it
        yield m.start("name"), m.start("name") + len(" ".join(words))


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
# A Han name ending in digits after "抖音搜" ("星星闪闪0815"), up to its last digit: an account's name, even without
# "叫"/"是"; "抖音搜2024年最火的歌" starts with digits and is a search.
_ZH_NUMBERED_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}\d{2,8}(?!\d)")
_ZH_PLAIN_STOP = frozenset("我你他她它的了吗嗎呢吧啊么麼什啥没沒不很太都也还還有要想会會被在是和跟用看个個")


# In a comment that asks to be followed, an ID of Han characters alone after "抖音搜" ("抖音搜 小橙子爱画画 关注我"),
# even with everyday characters inside ("我是小暖暖"), but never a question ("搜什么", "搜了吗").
_ZH_FOLLOW_NAME_STOP = frozenset("吗嗎呢什啥么麼了过過谢謝们們请請")
_ZH_FOLLOW_NOT = re.compile(r"关注|關注|互关|互關|抖音|快手|小红书|小紅書|[bB]站")


def _zh_channel_names(text: str, ends: list[int], follow: bool = False) -> Iterator[tuple[int, int]]:
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
            numbered = _ZH_NUMBERED_NAME.match(name)
            if numbered and not m.group("link") and not any(c in "了吗嗎呢吧过過次遍个個" for c in name):
                # "抖音搜小雨点爱跳舞2012", "小红书搜甜甜圈不甜77": Han characters ending in digits are an ID.
                name = numbered.group()
            elif follow and not m.group("link") and 2 <= len(name) <= 10 and name[0] != "的":
                if any(c in _ZH_FOLLOW_NAME_STOP for c in name) or _ZH_FOLLOW_NOT.search(name):
                    continue
            elif not m.group("link") or len(name) > 12 or any(c in _ZH_PLAIN_STOP for c in name):
                continue
        elif not _handle_shaped(name) and not _has_inner_capital(name):
            continue
        yield m.start("name"), m.start("name") + len(name)


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
        if mode == "app" and any(
            token.start(1) < p <= token.start(1) + len(nick)
            and (p == token.start(1) + len(nick) or _HAN.match(text, p) is not None)
            and not _SHAPED_NEAR.search(text, token.start(1), p)
            for p in platform_ends
        ):
            continue  # "加我LINE", "加我IG喔", "dm me IG": the app's own name, not a username
        yield token.start(1), token.start(1) + len(nick)


def _has_inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) or (word[:1].isupper() and len(word) > 2)


# An email with "at" said in words must not end in a capitalised word that is no known ending.
_TLD_SET = frozenset((*_TLDS.split("|"), "edu", "gov", "mil", "int", "ac"))
_EMAIL_END = re.compile(r"[a-z]+$", re.IGNORECASE)


def _known_ending(email: str) -> bool:
    """Not a capitalised word that is no known ending ("9 at St. Xavier's" is a school, not an email)."""
    end = _EMAIL_END.search(email)
    return end is None or end.group().lower() in _TLD_SET or not end.group()[0].isupper()


def _local_part_matches(
    rx: re.Pattern[str], at_word: re.Pattern[str], text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    r"""What ``rx.finditer(text, lo, hi)`` yields, for an email shape that starts with its local part
    ``[\w+-]+`` (``at_word`` is the same shape behind ``(?<![\w+-])``), found without trying every position:
    an attempt inside a run of local-part characters ends where the attempt at the run's first character
    ends (the rest of the shape is tried after the same characters, longest first), so after a failed
    try at the scan position (``lo`` or the last match's end, perhaps inside a run) only run starts are tried."""
    pos = lo
    while pos < hi:
        m = rx.match(text, pos, hi)
        if m is None:
            m = at_word.search(text, pos + 1, hi)
            if m is None:
                return
        yield m
        pos = m.end()  # a match is never empty


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
        for m in _local_part_matches(EMAIL, _EMAIL_AT_WORD, text, lo, hi):
            if m.start() <= mark.start() < m.end():
                if mark.group() != "@" and not _known_ending(m.group()):
                    continue  # "class 9 at St. Xavier's": "at" a word, and no real ending
                done = m.end()
                yield m.start(), m.end()
        if done < mark.end():
            for m in _local_part_matches(EMAIL_BARE, _EMAIL_BARE_AT_WORD, text, lo, hi):
                if m.start() <= mark.start() < m.end() and m.group(1).lower() not in _NOT_LOCAL:
                    done = m.end()
                    yield m.start(), m.end()
