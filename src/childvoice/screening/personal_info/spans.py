"""The order in which the personal-data check looks: ``_spans`` asks each kind module in turn and yields
(start, end, kind) on the light view. The order is part of the behaviour (overlaps, "list_name" spans
kept for later), so it lives in one place."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childvoice.screening.item import Item
from childvoice.screening.personal_info.addresses import (
    _AR_MY_ADDRESS,
    _AR_NAMED_PLACE,
    _EN_NOT_TOWN,
    _EN_TOWN,
    _FR_HABITE_PLACE,
    _SCHOOL_YEAR_BEFORE,
    _UK_POSTCODE,
    _ZH_ADDRESS_LEAD,
    ADDRESS,
    AR_LANDMARKS,
    ARABIZI_ADDRESS,
    ARABIZI_ADDRESS_NUM_FIRST,
    FR_ADDRESS_TAIL,
    GH_DIGITAL_ADDRESS,
    LATIN_LANDMARKS,
    RU_LIVE_ADDRESS,
    RU_TRANSLIT_ADDRESS,
    WA_ADDRESS,
    ZH_ADDRESS_FULL,
    more_addresses,
    street_landmark,
)
from childvoice.screening.personal_info.contacts import (
    _AFTER_ACCOUNT,
    _AR_MY_ACCOUNT,
    _ARABIZI_EMAIL_LOCAL,
    _ARABIZI_WORD,
    _CAMEL,
    _NICK_STOP,
    _NICK_TOKEN,
    _PLATFORM_LINK,
    _URL_LOW,
    ARABIZI_EMAIL,
    ARABIZI_EMAIL_CUED,
    DISCORD_TAG,
    HANDLE,
    URL,
    _ar_channel_names,
    _channel_names,
    _emails,
    _has_inner_capital,
    _nicknames,
    _zh_channel_names,
    url_from,
)
from childvoice.screening.personal_info.cues import _Patterns, _windows
from childvoice.screening.personal_info.dates import (
    _AR_DIGIT_ANY,
    _AR_DIGITS,
    _DATE,
    _RECENT_YEAR,
    _ROC_DATE,
    _YEAR,
    _ZH_BIRTH_DATE,
    ROC_BIRTH_NEAR,
    word_birth_dates,
    zh_birth_dates,
)
from childvoice.screening.personal_info.names import (
    _ARABIZI_NAME,
    _ARABIZI_STOP,
    _CAPITAL_NEXT,
    _RU_NAME_LOWER,
    _RU_NAME_LOWER_STOP,
    _ZH_FAN_OF,
    _ar_not_name,
    _arabic_names,
    _arabic_signed,
    _common_first_word,
    _contact_names,
    _latin_short_intro,
    _names_a_thing,
    _real_names,
    _zh_name_ok,
    _zh_names_a_thing,
    arabizi_al_names,
    hinglish_names,
    lower_names,
    named_after_contact,
    signed_names,
    son_of_names,
    start_names,
    subject_teacher_name,
    zh_name_matches,
    zh_names_more,
    zh_relative_names,
    zh_roman_after,
    zh_title_name_ok,
)
from childvoice.screening.personal_info.phones import _PHONE_HINT, ZH_PHONE, _phones, _spoken_phones, split_phones
from childvoice.screening.personal_info.schools import (
    _INDEFINITE_BEFORE,
    _SCHOOL_TAIL,
    ARABIZI_SCHOOL,
    SCHOOL,
    SCHOOL_EXTRA,
    _acronym_schools,
    _school_place,
    _zh_schools,
    more_schools,
    school_aliases,
)
from childvoice.screening.personal_info.shapes import _ARABIC, _DIGIT, _HAN

# Where the neighbourhood before the landmarks starts ("à Yopougon, derrière …" → "Yopougon").
_LEAD_PLACE = re.compile(r"[A-Z]")
# Between a law word and its number: "n°", "no.", "№" (read "No"), "رقم", "number".
_LAW_GAP = re.compile(r"\s*(?:(?i:n[°º]|no|nr|num|number|numéro|numero|número|nº)\.?|#|رقم)?\s*[:.]?\s*")


_NEWS_HINT = re.compile(r"news|infos|journal|noticia|noticiero|новост|新闻|新聞|خبار")
_NEWS_BEFORE = re.compile(
    r"(?i:\b(?:in|on)\s+the\s+news|\bnews\s+(?:said|says|that)|\bnewspaper|aux\s+infos|au\s+journal|dans\s+le\s+journal"
    r"|en\s+las\s+noticias|en\s+el\s+noticiero|в\s+новостях|по\s+новостям|新闻|新聞|(?:في|ف|بال)\s*(?:ال)?[أا]خبار)"
    r"[^.!?\n]*$"
)


def _landmark_addresses(text: str, end: int) -> Iterator[tuple[int, int]]:
    """After "our house is", "بيتنا", "j'habite": where the house stands told by landmarks, kept only when
    two landmarks, or a named landmark and the neighbourhood, say it ("behind the Total station, opposite the
    SDA church"; "جنب جامع النور خلف محطة البنزين"); "I live near the sea" keeps every word."""
    if _ARABIC.search(text, end, end + 12):
        m = AR_LANDMARKS.match(text, end)
        # A named place: a noun and its name ("جامع النور", "محطة البنزين"), or a neighbourhood ("حي السلام").
        if m and m.group("more") and _AR_NAMED_PLACE.search(m.group()):
            yield m.start("first"), m.end()
        return
    m = LATIN_LANDMARKS.match(text, end)
    if m is None:
        return
    # A landmark with a name ("the Total filling station", "Hanuman temple"), with a second landmark or the place.
    named = any(w[:1].isupper() for part in (m.group("first"), m.group("more")) for w in part.split()[1:])
    if named and (m.group("more") or m.group("place")):
        lead = _LEAD_PLACE.search(m.group("lead"))
        yield (m.start("lead") + lead.start() if lead else m.start("first")), m.end()


def _spans(text: str, item: Item, pat: _Patterns) -> Iterator[tuple[int, int, str]]:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # The cue words, and the hint words that gate the costly shapes (the ("gate", …) ones stand for
    # substring tests of ``low``: cues._GATE_HINT), all found in one automaton pass.
    found_cues, hinted, spots = pat.cues.scan(text, low)
    if ("gate", "at") in hinted:
        yield from ((s, e, "email") for s, e in _emails(text, low))
    if ("gate", "arabizi_school") in hinted:
        for m in ARABIZI_SCHOOL.finditer(low):
            yield m.start(1), m.end(1), "school"
    if ("gate", "mail") in hinted:
        for m in ARABIZI_EMAIL.finditer(low):
            if _ARABIZI_EMAIL_LOCAL.search(m.group(1)):
                yield m.start(), m.end(), "email"
        if "mail " in low or "mail:" in low:
            for m in ARABIZI_EMAIL_CUED.finditer(low):
                yield m.start(1), m.end(), "email"
    if ("gate", "url") in hinted or _URL_LOW.search(low):
        for m in URL.finditer(text, url_from(text, low)):
            yield m.start(), m.end(), "url"
    if "@" in text:
        for m in HANDLE.finditer(text):
            if len(m.group()) > 2:
                yield m.start(), m.end(), "handle"
    if "#" in text:
        for m in DISCORD_TAG.finditer(text):
            yield m.start(), m.end(), "handle"
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
    channels = found_cues["channel"]
    if found_cues["channel_follow"] and "follow_me" in item.sections:
        channels = sorted({*channels, *found_cues["channel_follow"]})  # "تابعوني … قناة X", "sub to the channel X"
    if channels:
        yield from ((s, e, "handle") for s, e in _channel_names(text, channels))
        if _HAN.search(text):
            follow = "follow_me" in item.sections
            yield from ((s, e, "handle") for s, e in _zh_channel_names(text, channels, follow))
        if _ARABIC.search(text):
            follow = "follow_me" in item.sections
            yield from ((s, e, "handle") for s, e in _ar_channel_names(text, channels, follow))
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
    if has_digit and "живу" in low:
        for m in RU_LIVE_ADDRESS.finditer(text):
            yield m.start(1), m.end(1), "address"
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
        laws = found_cues["law"]
        for s, e in _phones(text, item):
            if laws and any(0 <= s - c <= 16 and _LAW_GAP.fullmatch(text, c, s) for c in laws):
                continue  # "la loi n° 2023-566": a law's number, not a phone
            yield s, e, "phone"
    if has_digit:
        yield from ((s, e, "phone") for s, e in split_phones(text))
        if "手" in text or "电" in text or "電" in text or "码" in text or "碼" in text or "联" in text or "聯" in text:
            yield from ((m.start(1), m.end(1), "phone") for m in ZH_PHONE.finditer(text))
    for end in found_cues["home"]:
        yield from ((s, e, "address") for s, e in _landmark_addresses(text, end))
    yield from ((s, e, "address") for s, e in street_landmark(text, low))
    if has_digit:
        for m in _UK_POSTCODE.finditer(text):
            yield m.start(), m.end(), "address"
        if "-" in text:
            for m in GH_DIGITAL_ADDRESS.finditer(text):
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
                if lang in ("en", "en_house"):
                    landmarks = LATIN_LANDMARKS.match(text, end)
                    town = _EN_TOWN.match(text, end)
                    if landmarks:  # "house no. 14, behind the Total filling station, Accra"
                        end = landmarks.end()
                    elif town and town.group(1).split()[0] not in _EN_NOT_TOWN:
                        end = town.end()
                elif lang == "fr":
                    tail = FR_ADDRESS_TAIL.match(text, end)  # "…, bâtiment C, 69100 Villeurbanne"
                    end = tail.end() if tail else end
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
        yield from ((s, e, "address") for s, e in more_addresses(text, low, hinted))
        for lo, hi in _windows(spots, ("address_extra", "translit"), 4, 60, len(text)):
            for m in RU_TRANSLIT_ADDRESS.finditer(text, lo, hi):
                yield m.start(), m.end(), "address"
    for lo, hi in _windows(spots, ("address_extra", "wa"), 60, 40, len(text)):
        for m in WA_ADDRESS.finditer(text, lo, hi):
            yield m.start(), m.end(), "address"
    schools: list[tuple[int, int]] = []
    for lang, rx in SCHOOL.items():
        if ("school", lang) not in hinted:
            continue
        if lang == "zh":
            schools.extend(_zh_schools(text))
            continue
        for m in rx.finditer(text):
            if lang in ("es", "fr") and _INDEFINITE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                continue  # "una escuela de Japón", "une école de Paris": some school, not the child's
            tail = _SCHOOL_TAIL.search(m.group())
            end = m.end() - (len(tail.group()) if tail else 0)
            schools.append((m.start(), _school_place(text, end) if lang == "en" else end))
    if found_cues["school"] or found_cues["school_weak"]:
        schools.extend(_acronym_schools(text, low, found_cues["school"], found_cues["school_weak"]))
    for lang, rx in SCHOOL_EXTRA.items():
        if ("school_extra", lang) in hinted:
            schools.extend(m.span("school" if "school" in rx.groupindex else 0) for m in rx.finditer(text))
    schools.extend(more_schools(text, low, hinted))
    if schools and _NEWS_HINT.search(low):
        # "in the news Alliance Girls High School won the science fair": a school in the news, not the child's.
        schools = [(s, e) for s, e in schools if not _NEWS_BEFORE.search(text, max(0, s - 70), s)]
    yield from ((s, e, "school") for s, e in schools)
    yield from ((s, e, "school") for s, e in school_aliases(text, schools))
    for end in found_cues["intro"]:
        if not _CAPITAL_NEXT.match(text, end):
            continue
        named = pat.after_intro.match(text, end)
        if named and not _names_a_thing(text, end, named.start(1), pat, item.langs):
            if _common_first_word(text, named.start(1), pat, item.langs):
                continue  # "I'm Super Excited", "je suis Très Content", "я Очень Рада": not a name
            if _ZH_FAN_OF.match(text, named.end(1)) or pat.place_words.has(named.group(1).split()[0]):
                continue  # "我是Taylor Swift的粉丝": whose fan, not who; "moi c Paris Saint-Germain": a club
            yield named.start(1), named.end(1), "name"
    if found_cues["intro"]:
        yield from ((s, e, "name") for s, e in lower_names(text, found_cues["intro"], pat.latin_given))
    for end in found_cues["relative"]:
        named = pat.after_relative.match(text, end)
        if named and not _common_first_word(text, named.start(1), pat, item.langs):
            yield named.start(1), named.end(1), "name"
    for end in found_cues["title"]:
        if not _CAPITAL_NEXT.match(text, end):
            subject = subject_teacher_name(text, end) if end < len(text) and text[end] in " \t" else None
            if subject and not _common_first_word(text, subject[0], pat, item.langs):
                yield subject[0], subject[1], "name"  # "учительница информатики Галина Петровна Соколова"
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
        for m in zh_name_matches(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            if g == 1 and m.group().startswith("名") and _zh_names_a_thing(text, m.start(), pat):
                continue  # "我家的狗名叫黄大壮": a pet's name
            if (
                (g == 1 and _zh_name_ok(m.group(g)))
                or (g == 2 and zh_title_name_ok(m.group(g)))
                or (g == 3 and _zh_name_ok(m.group(g)) and not m.group(g).endswith(("老", "师", "師")))
            ):
                yield m.start(g), m.end(g), "name"
                roman = zh_roman_after(text, m.end(g))
                if roman:
                    yield roman[0], roman[1], "name"
        if "我" in text:
            yield from ((s, e, "name") for s, e in zh_relative_names(text, pat.zh_famous))
        for s, e in zh_names_more(text, pat.zh_famous, pat.zh_given):
            yield s, e, "name"
            roman = zh_roman_after(text, e)
            if roman:
                yield roman[0], roman[1], "name"
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
        yield from ((s, e, "name") for s, e in signed_names(text, found_cues["sign"], pat, item.langs))
        yield from ((s, e, "name") for s, e in named_after_contact(text, pat, item.langs))
        yield from ((s, e, "name") for s, e in start_names(text, pat, item.langs))
        yield from ((s, e, "name") for s, e in hinglish_names(text, low, pat, item.langs))
        yield from ((s, e, "name") for s, e in son_of_names(text))
    if ("gate", "ru_name") in hinted:
        for m in _RU_NAME_LOWER.finditer(low):
            words = m.group(1).split()
            while words and words[-1] in _RU_NAME_LOWER_STOP:
                words.pop()
            if words and words[0] not in _RU_NAME_LOWER_STOP:
                yield m.start(1), m.start(1) + len(" ".join(words)), "name"
    if ("gate", "al_name") in hinted and ("ana" in low or "ena" in low or "sm" in low):
        yield from ((s, e, "name") for s, e in arabizi_al_names(low))
    if ("gate", "arabizi_name") in hinted:
        for m in _ARABIZI_NAME.finditer(low):
            words = m.group(1).split()
            cut = next((i for i, w in enumerate(words) if w in _ARABIZI_STOP), len(words))
            words = words[:cut]
            if words:
                yield m.start(1), m.start(1) + len(" ".join(words)), "name"
    birth = found_cues["birth"]
    cues = birth if has_digit else []
    # Arabic-Indic digits ("٣/٧/٢٠١١") are read as 0-9; one character each, so spans are kept.
    dtext = text.translate(_AR_DIGITS) if cues and _AR_DIGIT_ANY.search(text) else text
    if birth:
        dlow = low.translate(_AR_DIGITS) if dtext is not text else low
        yield from ((s, e, "birth_date") for s, e in word_birth_dates(dlow, birth))
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
    if "生" in text or "出世" in text:
        yield from ((s, e, "birth_date") for s, e in zh_birth_dates(text))
    if "年" in text and "民" in text and (has_digit or "生" in text):
        for m in _ROC_DATE.finditer(text):
            if _DIGIT.search(m.group()) or ROC_BIRTH_NEAR.search(text, max(0, m.start() - 6), m.end() + 6):
                yield m.start(), m.end(), "birth_date"
