"""Insults, harassment, hate and profanity, in any of the six languages and their evasions.

Phrases live in ``moderation/<lang>/abuse.txt`` (sections ``insult``, ``profanity``,
``hate``, ``harassment``); normalisation already undid spacing, leetspeak and stretched
letters, so one plain word per line is enough. Abuse never escalates by itself: it is a
flag for the moderator.

Two shapes are not single phrases:

- victim blaming: a ``[victim_blame]`` verdict ("deserve it", "se lo buscaron") counts
  when the item also names who is blamed (``[blame_target]``: "girls who send pics"),
  unless the item argues against the verdict (``[blame_guard]``: "I hate when adults say",
  "the one who threatens is guilty", "not the victim"): quoting victim blaming to oppose it;
- words that insult only a person (``[insult_if_person]``: "feo", "ugly", "moche",
  "уродский", "كلب"): counted when the same sentence aims them at someone
  (``[insult_target]``: "eres", "you're", "t'es", "ты", "انت"), not when they describe a place,
  a thing or a situation ("en mi casa está bien feo", "it got ugly", "عندي كلب");
- hate against a group: a nationality or people (``[hate_group]``: "the Syrians",
  "таджики") in the same sentence as a dehumanising word or a call to expel them
  (``[dehumanising]``: "dirty"; ``[expel]``: "must be expelled", "go back to their
  country"; or to exclude them: "shouldn't be allowed", "must be banned", "не должны жить"),
  unless that sentence speaks against discrimination (``[hate_guard]``: "racism",
  "discrimination", "is wrong", "on the news", "call me"), so policy talk about racism stays
  unflagged; a guard word inside a longer call to exclude ("不应该" in "不应该被允许") does
  not count as a guard; the same guard also cancels a ``[hate]`` phrase that is itself a call
  to expel ("on the news they said refugees must go back to their country, is that fair?");
- insults about a thing or the child's own act: an ``[insult]`` word right next to an
  ``[insult_object]`` word ("do anything stupid", "a stupid mistake", "this stupid phone",
  "une erreur débile", "тупой телефон", "غلطة غبية", "愚蠢的错误") is not aimed at anyone;
- words told or reported, not aimed: an insult right after an ``[insult_quote]`` ("they call
  me fat", "calling people idiot is bullying", "la palabra", "слово") is not flagged;
- monkey emoji (🐒🐵🦍🦧) with an insult, a call to expel or a group, in a sentence free of
  ``[hate_guard]``, are racist abuse ("retourne dans ta brousse 🐒🐒"); "I love monkeys 🐒" is not;
- words aimed only by their place: an ``[insult_before_person]`` phrase ("old ass", "lazy a$$",
  "pinche") right before a ``[person_word]`` ("people", "host", "ruco") or right after a
  ``[person_call]`` ("you", "ur"); not in a comparison ("as old as people think") nor before a thing
  ("pinche viejo celular"); the clown and middle-finger emoji count in a sentence aimed at someone
  ("the host 🤡🤡", "the speaker 🖕"); in Arabic the dog emoji counts right after a person or "يا"
  ("المذيع 🐕🐕"), never as a pet ("عندي 🐶");
- masked words: a word with a letter hidden by ``*``, ``@``, ``#``, ``$``, ``%`` or a digit
  (``д*бил``, ``з@ткнись``, ``p*tes``) is compared with the one-word phrases of the
  sections above and of ``[insult_if_person]`` (a masked "k*lb", "f*nny" is meant as an insult),
  each hidden character standing for one or two letters; an ``[insult_if_person]`` word broken
  apart by tatweel and spaces ("جـ ـلـ ـب") is an insult too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.normalise import key
from childvoice.screening.rules import LANGUAGES, SHARED, Hit, RuleSet

SECTIONS = ("insult", "profanity", "hate", "harassment")
# A phrase listed here cancels an abuse hit it contains ("not stupid", "stupid question" is still flagged).
ALLOW = "allow"
BLAME = "victim_blame"
BLAME_TARGET = "blame_target"
BLAME_REASON = "victim_blaming"
BLAME_GUARD = "blame_guard"
WEAK = "insult_if_person"
TARGET = "insult_target"
HATE_GROUP = "hate_group"
HATE_WORDS = frozenset({"dehumanising", "expel"})
HATE_GUARD = "hate_guard"
RELEVANT = frozenset({*SECTIONS, BLAME})
OBJECT = "insult_object"
# A word quoted to tell or report it ("they call me fat", "the word X is racist") is not aimed.
QUOTE = "insult_quote"
QUOTED = frozenset({"insult", "profanity", "hate"})
# Emoji used as a racist slur when aimed at a person; the key view drops emoji, so the text is read.
MONKEYS = ("\U0001f412", "\U0001f435", "\U0001f98d", "\U0001f9a7")
# Words that insult only right before a person ("old ass people", "pinche ruco") or right after
# a call ("you lazy ass"); "this old ass phone", "my lazy ass", "pinche tarea" are not aimed.
BEFORE_PERSON = "insult_before_person"
PERSON = "person_word"
CALL = "person_call"
# The clown emoji aimed at a person ("the host 🤡🤡", "el pinche ruco 🤡"); "me disfracé de payaso 🤡" is not.
# The middle finger is read the same way ("the speaker in the red tie 🖕"); "wrong button 🖕" is not.
CLOWN = "\U0001f921"
AIMED_EMOJI = (CLOWN, "\U0001f595")
# The dog emoji insults in Arabic ("المذيع 🐕🐕", "يا 🐶"): only right after the person or "يا"/"ya",
# so "امي جابت لي 🐕 هدية" and "عندي 🐶" are pets.
DOGS = ("\U0001f415", "\U0001f436")
_DOG_AFTER_YA = re.compile(r"(?:^|\s)(?:يا|ya)\s*(?:\U0001f415|\U0001f436)")
# A word of [insult_if_person] broken apart with tatweel and spaces ("جـ ـلـ ـب") is written to be
# a swear word: the key view joins it again, and the breaking counts as aiming it.
TATWEEL = "\u0640"


def _about_things(item: Item) -> list[Hit]:
    """[insult] hits right next to an [insult_object] ("anything stupid", "stupid phone",
    "téléphone débile", "愚蠢的错误"): they describe a thing or an act, not a person.
    Padded hits share the space between them; Chinese ones touch."""
    objects = [(h.start, h.end) for h in item.hits if h.section == OBJECT]
    return [
        h
        for h in item.hits
        if h.section == "insult" and any(s in (h.end - 1, h.end) or e in (h.start, h.start + 1) for s, e in objects)
    ]


def _quoted(item: Item) -> list[Hit]:
    """[insult]/[profanity]/[hate] words right after an [insult_quote] ("they call me fat",
    "calling people idiot", "le mot", "la palabra"): the child tells or reports the word."""
    ends = {h.end for h in item.hits if h.section == QUOTE}
    return [h for h in item.hits if h.section in QUOTED and (h.start in ends or h.start + 1 in ends)]


def _monkey_abuse(item: Item, found: set[str]) -> bool:
    """Monkey emoji in a sentence free of [hate_guard], in a comment that insults, calls to expel
    or names a group: the emoji is the slur."""
    sections = item.sections
    if not (found or "expel" in sections or HATE_GROUP in sections):
        return False
    text = item.text
    places = [i for m in MONKEYS if (i := text.find(m)) >= 0]
    if not places:
        return False
    starts = item.sentence_starts
    guarded = {item.sentence_of(h) for h in item.hits if h.section == HATE_GUARD}
    return any(bisect.bisect_right(starts, i) - 1 not in guarded for i in places)


def _before_person(item: Item) -> bool:
    """An [insult_before_person] hit right before a [person_word] or right after a [person_call]
    (padded hits share the space between them), not in a comparison ("as old as people think")
    and not before a thing ("pinche viejo celular")."""
    hits = item.hits
    text = item.key.text
    people = {h.start for h in hits if h.section == PERSON}
    calls = {h.end for h in hits if h.section == CALL}
    objects = {h.start for h in hits if h.section == OBJECT}
    masked_text = "$" in item.text or "*" in item.text
    for h in hits:
        if h.section != BEFORE_PERSON or (" " + text[max(0, h.start - 3) : h.start]).endswith(" as"):
            continue
        if text[h.start : h.end].rstrip().endswith(" a") and not masked_text:
            continue  # "old a$$" lost its mask in the key view: "are you lazy a lot" has none
        if h.start in calls or h.start + 1 in calls:
            if h.end - 1 in objects or h.end in objects:
                continue  # "ur old ass phone"
            return True
        if h.end - 1 in people or h.end in people:
            if any(
                p.section == PERSON and p.start in (h.end - 1, h.end) and (p.end - 1 in objects or p.end in objects)
                for p in hits
            ):
                continue
            return True
    return False


def _clown_abuse(item: Item) -> bool:
    """The clown or middle-finger emoji in a sentence that aims at someone ([insult_target],
    [person_word], [person_call])."""
    text = item.text
    places = [i for e in AIMED_EMOJI if (i := text.find(e)) >= 0]
    if not places:
        return False
    starts = item.sentence_starts
    aimed = {item.sentence_of(h) for h in item.hits if h.section in (TARGET, PERSON, CALL)}
    if not aimed:
        return False
    for emoji in AIMED_EMOJI:
        at = text.find(emoji)
        while at >= 0:
            if bisect.bisect_right(starts, at) - 1 in aimed:
                return True
            at = text.find(emoji, at + 1)
    return False


def _dog_abuse(item: Item) -> bool:
    """The dog emoji right after a person ("المذيع 🐕🐕", "انت 🐶") or after "يا"/"ya"."""
    text = item.text
    if _DOG_AFTER_YA.search(text):
        return True
    key = item.key
    for h in item.hits:
        if h.section not in (TARGET, PERSON, CALL):
            continue
        last = h.end
        while last > h.start and key.text[last - 1] == " ":
            last -= 1  # padded hits end on a space that may stand for the end of the text
        end = key.original_span(h.start, last)[1]
        rest = text[end : end + 4].lstrip()
        if rest.startswith(DOGS):
            return True
    return False


def _broken_weak(item: Item, kept: Callable[[Hit], bool]) -> bool:
    """An [insult_if_person] word written broken by tatweel and spaces ("جـ ـلـ ـب")."""
    text = item.text
    key = item.key
    for h in item.hits:
        if h.section != WEAK or not kept(h):
            continue
        s, e = key.original_span(h.start, h.end)
        piece = text[s:e].strip()
        if TATWEEL in piece and (" " in piece or "." in piece):
            return True
    return False


def _aimed(item: Item, kept: Callable[[Hit], bool]) -> bool:
    """An [insult_if_person] word in a sentence that also aims it at someone ([insult_target])."""
    weak = {item.sentence_of(h) for h in item.hits if h.section == WEAK and kept(h)}
    return any(h.section == TARGET and item.sentence_of(h) in weak for h in item.hits)


# Spoken Arabic puts ب before a present-tense verb to say what is done, not what should be:
# "بيرجعوا بلادهم" (they go back home in summer) is not the call "يرجعوا بلادهم".
_INDICATIVE = ("ب", "وب")
_PRESENT = frozenset("يتن")


def _indicative(key_text: str, h: Hit, calls: frozenset[str]) -> bool:
    """An Arabic [expel] verb matched only through a fused ب: a statement, not a call."""
    if h.lang != "ar" or h.section != "expel":
        return False
    word = key_text[h.start : h.end].strip()
    for head in _INDICATIVE:
        rest = word[len(head) :]
        if word.startswith(head) and rest[:1] in _PRESENT and rest in calls and word not in calls:
            return True
    return False


def _group_hate(item: Item, calls_ar: frozenset[str] = frozenset()) -> bool:
    """A group and a dehumanising word or a call to expel it, in one sentence free of [hate_guard]."""
    by_sentence: dict[int, set[str]] = {}
    # A guard word inside a longer call to exclude ("不应该" in "不应该被允许", "нельзя" in
    # "нельзя пускать") is part of that call, not talk against hate.
    calls = [(h.start, h.end) for h in item.hits if h.section in HATE_WORDS]
    for h in item.hits:
        if calls_ar and _indicative(item.key.text, h, calls_ar):
            continue
        if h.section == HATE_GUARD and any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in calls):
            continue
        if h.section == HATE_GROUP or h.section == HATE_GUARD or h.section in HATE_WORDS:
            by_sentence.setdefault(item.sentence_of(h), set()).add(h.section)
    if any(
        HATE_GROUP in found and not found.isdisjoint(HATE_WORDS) and HATE_GUARD not in found
        for found in by_sentence.values()
    ):
        return True
    # The group named in one sentence and the call in the next ("les migrants volent tout.
    # qu'ils rentrent chez eux"): the second sentence's "they" points back at the group.
    return any(
        HATE_GROUP in found
        and not (after := by_sentence.get(n + 1, set())).isdisjoint(HATE_WORDS)
        and HATE_GUARD not in found | after
        for n, found in by_sentence.items()
    )


def _guarded_calls(item: Item) -> list[Hit]:
    """[hate] hits that are themselves a call to expel ("go back to their country") in a sentence
    with a [hate_guard] ("on the news", "is that fair"): talk about the call, not the call."""
    hits = item.hits
    calls = [h for h in hits if h.section in HATE_WORDS]
    if not calls:
        return []
    guarded = {
        item.sentence_of(g)
        for g in hits
        if g.section == HATE_GUARD
        and not any(c.start <= g.start and g.end <= c.end and c.end - c.start > g.end - g.start for c in calls)
    }
    return [
        h
        for h in hits
        if h.section == "hate"
        and item.sentence_of(h) in guarded
        and any(c.start < h.end and h.start < c.end for c in calls)
    ]


# A character that hides a letter: a mask symbol, or a digit touching a Cyrillic letter
# (the key view already decodes digits inside Latin words).
_MASK_CHARS = "*@#$%"
_HIDDEN = re.compile(r"[*@#$%]|(?<=[а-яёА-ЯЁ])\d|\d(?=[а-яёА-ЯЁ])")
_DIGIT = re.compile(r"\d")
_EMAIL_TAIL = re.compile(r"\.[^\W\d_]")
_NUMBER = re.compile(r"\d{3}")
_TOKEN_END = re.compile(r"[\s,.!?;:()\"«»]")
# Letters written one by one ("т ы  л о х  и  п 1 д 0 р"): the key view joins the whole run
# into one word, so the words of the run are looked for inside it.
_SPACED = re.compile(r"(?<![^\s.\-])\w(?:[ .\-]\w(?![^\s.\-])){2,}")
MAX_RUN = 60  # longer runs are looked at on their first characters only
SHORT = 3  # a word this short is looked for only at the start or the end of a run ("лох", not in "плохо")


def _masked_patterns(token: str) -> list[re.Pattern[str]]:
    """``д*бил`` → regexes over key-form words, each hidden character one or two letters:
    the whole token first, then each shorter beginning of it (to meet ``дебил*`` in ``д*билы``)."""
    parts: list[str] = []
    letters = 0
    masks = 0  # hidden characters in a row ("gilip**las"): one group of one or two letters each
    least = 1  # a "*" may also be put between letters ("b*ougnoule"): it then hides none
    for ch in token + " ":
        if ch in _MASK_CHARS or ch.isdigit():
            masks += 1
            if ch == "*":
                least = 0
            continue
        if masks:
            parts.append(rf"\w{{{least},{2 * masks}}}")
            masks, least = 0, 1
        k = key(ch)
        if not k:
            continue
        # Doubled letters collapse in the key view ("gilipollas" is kept as "gilipolas"):
        # a letter repeating the one before it is the same letter.
        if parts and parts[-1] == re.escape(k):
            continue
        letters += len(k)
        parts.append(re.escape(k))
    if letters < 2 or len(parts) < 3:
        return []
    return [re.compile("".join(parts[:n])) for n in range(len(parts), 2, -1)]


def build(rules: RuleSet) -> Check:
    calls_ar = frozenset(k for p in rules.section("ar", "expel") if (k := key(p.rstrip("*"))))
    # One-word abuse phrases per language, in key form: (word, is_stem, section).
    words: dict[str, list[tuple[str, bool, str]]] = {}
    for lang in (*LANGUAGES, SHARED):
        found: list[tuple[str, bool, str]] = []
        # A masked word is written to be rude: words that insult only a person ("k*lb", "f*nny")
        # count as insults once masked.
        for section in (*SECTIONS, WEAK):
            for phrase in rules.section(lang, section):
                stem = phrase.endswith("*")
                k = key(phrase.rstrip("*"))
                if k and " " not in k and len(k) >= 3:
                    found.append((k, stem, "insult" if section == WEAK else section))
        words[lang] = found
    # Every abuse phrase without its spaces, for runs of spaced-out letters: word -> section.
    compact: dict[str, dict[str, str]] = {}
    for lang in (*LANGUAGES, SHARED):
        compact[lang] = {
            k: section
            for section in SECTIONS
            for phrase in rules.section(lang, section)
            if len(k := key(phrase.rstrip("*")).replace(" ", "")) >= SHORT
        }

    def spaced(item: Item) -> set[str]:
        out: set[str] = set()
        tables = [compact[lang] for lang in (*item.langs, SHARED) if compact.get(lang)]
        for m in _SPACED.finditer(item.text):
            run = key(m.group()).replace(" ", "")[:MAX_RUN]
            size = len(run)
            if size < 4:
                continue
            # Every piece of the run that is a word: pieces longer than SHORT anywhere,
            # short ones only at the start or the end.
            for i in range(size - SHORT + 1):
                for j in range(i + SHORT, size + 1):
                    if j - i == SHORT and 0 < i and j < size:
                        continue
                    piece = run[i:j]
                    for table in tables:
                        section = table.get(piece)
                        if section is not None:
                            out.add(section)
        return out

    def masked(item: Item) -> set[str]:
        text = item.text
        tokens: list[str] = []
        last = -1
        for m in _HIDDEN.finditer(text):
            if m.start() < last:
                continue
            start = m.start()
            while start > 0 and not _TOKEN_END.match(text, start - 1):
                start -= 1
            end_match = _TOKEN_END.search(text, m.end())
            last = end_match.start() if end_match else len(text)
            token = text[start:last]
            if token.isascii() and not any(c in token for c in _MASK_CHARS):
                continue  # a Latin word with digits: already decoded by the key view
            if "@" in token and _EMAIL_TAIL.match(text, last):
                continue  # an email ("nour2011@mail.com"): the key view cut it at the dot
            if _NUMBER.search(token):
                continue  # three digits in a row are a number, not hidden letters
            tokens.append(token)
        out: set[str] = set()
        for token in tokens:
            if "@" in token and "." in token:  # an email, not a word
                continue
            patterns = _masked_patterns(token)
            if not patterns:
                continue
            for lang in (*item.langs, SHARED):
                for word, stem, section in words.get(lang, ()):
                    if patterns[0].fullmatch(word) or (stem and any(p.fullmatch(word) for p in patterns[1:])):
                        out.add(section)
        return out

    def abuse(item: Item) -> Finding:
        hits = item.hits
        sections = item.sections
        found: set[str] = set()
        allowed = [h for h in hits if h.section == ALLOW] if ALLOW in sections else []

        # A call to expel quoted in guarded talk ("on the news they said refugees must go back
        # to their country, is that fair?") is not hate; the guard's sentence alone decides.
        if HATE_GUARD in sections and "hate" in sections:
            allowed += _guarded_calls(item)
        if OBJECT in sections and "insult" in sections:
            allowed += _about_things(item)
        if QUOTE in sections and not sections.isdisjoint(QUOTED):
            allowed += _quoted(item)

        def kept(h: Hit) -> bool:
            return not any(a.start <= h.start and h.end <= a.end for a in allowed)

        if sections & RELEVANT:
            if allowed:
                found = {h.section for h in hits if h.section in SECTIONS and kept(h)}
            else:
                found = {h.section for h in hits if h.section in SECTIONS}
            if (
                BLAME in sections
                and BLAME_TARGET in sections
                and BLAME_GUARD not in sections
                and any(h.section == BLAME and kept(h) for h in hits)
            ):
                found.add(BLAME_REASON)
        if WEAK in sections and TARGET in sections and "insult" not in found and _aimed(item, kept):
            found.add("insult")
        if WEAK in sections and "insult" not in found and TATWEEL in item.text and _broken_weak(item, kept):
            found.add("insult")
        if BEFORE_PERSON in sections and "insult" not in found and _before_person(item):
            found.add("insult")
        if HATE_GROUP in sections and not sections.isdisjoint(HATE_WORDS) and _group_hate(item, calls_ar):
            found.add("hate")
        text = item.text
        if any(c in text for c in _MASK_CHARS) or ("ru" in item.langs and _DIGIT.search(text)):
            found |= masked(item)
        # Spaced-out letters the key view joined into one known word are already found above.
        if item.key.spaced and not found:
            found |= spaced(item)
        if _monkey_abuse(item, found):
            found.add("hate")
        if not found and (CLOWN in text or AIMED_EMOJI[1] in text) and _clown_abuse(item):
            found.add("insult")
        if not found and "ar" in item.langs and (DOGS[0] in text or DOGS[1] in text) and _dog_abuse(item):
            found.add("insult")
        reasons = sorted(found)
        if not reasons:
            return Finding()
        return Finding(flags=("abuse",), reasons=tuple(reasons))

    return abuse
