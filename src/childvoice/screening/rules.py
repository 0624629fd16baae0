"""Load the rule files in ``moderation/`` and compile every phrase into one automaton.

File format (see ``moderation/README.md``): ``# comment`` lines, ``[section]`` headers,
then one phrase a line. A phrase ending in ``*`` matches any word ending (``hit*``);
``{age}`` stands for a child's age (5–17) and ``{adult_age}`` for an adult's (18–70).
Phrases match whole words after normalisation, so ``stupid`` also finds ``S T U P I D``.

All phrases of all languages live in a single ``pyahocorasick`` automaton: matching
costs the same whether the files hold a hundred phrases or a hundred thousand.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

from childvoice.screening.normalise import is_cjk, key

LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
RULE_FILES: tuple[str, ...] = ("safeguarding.txt", "abuse.txt", "spam.txt", "personal_info.txt")
COMBINATIONS_FILE = "combinations.txt"
SHARED = "shared"  # a folder of phrases used whatever the item's language
LEARNED_FILE = "learned/disclosure.json"  # optional weights of the learned safeguarding check
# Sections a check reads only as a word list of its own (the personal-data check's cue words,
# which it matches on the lower-cased text; the spam check's connectors and symbols). Their
# phrases stay out of the shared automaton, where they would be found in every item for nobody.
WORD_LISTS = frozenset(
    {
        "name_intro",
        "name_title",
        "name_relative",
        "nick_cue",
        "nick_cue_app",
        "nick_cue_as",
        "user_cue",
        "school_cue",
        "school_cue_weak",
        "sign_off",
        "given_name",
        "named_thing",
        "named_person",
        "not_name",
        "place_word",
        "birth_cue",
        "account_cue",
        "channel_cue",
        "channel_cue_follow",
        "contact_cue",
        "real_name_cue",
        "home_cue",
        "law_cue",
        "follow_connector",
        "ad_symbol",
    }
)

# Arabic attaches "and", "with", "the"... to the front of a word; each phrase also matches with them.
_ARABIC_PREFIXES: tuple[str, ...] = ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "فال", "وب", "ول", "وي", "ع")
# The spoken demonstrative "ها" fuses with the article ("هالسوريين" = these Syrians, "هالولد" = this boy):
# a phrase written with "ال" also matches with "هال" in its place.
_ARABIC_DEMONSTRATIVES: tuple[str, ...] = ("هال", "وهال")
# Arabic phrases are stored once, without their padding space in front; a hit counts when the
# letters between the word's start and the phrase are one of these (tens of thousands fewer keys).
# Arabizi attaches the same words in Latin letters ("l7mar" = the donkey, "wel" = and the).
_ARABIZI_PREFIXES: tuple[str, ...] = ("l", "el", "al", "il", "w", "wl", "wel", "b", "bl", "bel", "f", "fl", "fel")
_ARABIC_PREFIX_SET = frozenset(_ARABIC_PREFIXES + _ARABIZI_PREFIXES)
_ARABIC_DEMONSTRATIVE_HEADS = frozenset(d[:-2] for d in _ARABIC_DEMONSTRATIVES)  # "ه", "وه" + "ال…"
# Russian written in Latin letters (common in chats): two usual spellings of each Cyrillic letter.
_RU_LATIN: tuple[dict[str, str], ...] = (
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ы": "y",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ж": "j",
        "з": "z",
        "и": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "x",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ы": "i",
        "э": "e",
        "ю": "ju",
        "я": "ja",
    },
)
_CYRILLIC = re.compile(r"[а-я]")
# The key view folds "й" into "и" ("обузой" → "obuzoi"), but children also write it "j" or "y"
# ("obuzoj", "obuzoy", "moj", "tvoy"): phrases holding "й" get those spellings too.
_RU_SHORT_I: tuple[str, ...] = ("j", "y")
_RU_SILENT = frozenset("ьъ")
# Arabic in Latin letters (Arabizi): each digit-letter is also written with a Latin letter
# (9 or q for ق, 7 or h for ح, 5 or kh for خ, 3 or a for ع, 2 or a for ء).
_ARABIZI: dict[str, tuple[str, ...]] = {
    "9": ("9", "q"),
    "7": ("7", "h"),
    "5": ("5", "kh"),
    "3": ("3", "a"),
    "2": ("2", "a"),
}
_ARABIZI_DIGIT = re.compile(r"(?<=[a-z])[23579]|[23579](?=[a-z])")
_ARABIZI_MAX = 16  # variants per phrase at most


def _arabizi_variants(phrase: str) -> list[str]:
    """``kan7re9`` → ``kan7re9``, ``kan7req``, ``kanhre9``, ``kanhreq`` (the phrase first)."""
    out = [""]
    pos = 0
    for m in _ARABIZI_DIGIT.finditer(phrase):
        plain = phrase[pos : m.start()]
        out = [v + plain + alt for v in out for alt in _ARABIZI[m.group()]][:_ARABIZI_MAX]
        pos = m.end()
    return [v + phrase[pos:] for v in out][:_ARABIZI_MAX]
    return out


class RuleError(ValueError):
    """A rule file cannot be read; the message names the file and line for the person who edited it."""


class Hit(NamedTuple):
    """One phrase found in the key view: ``key[start:end]`` (padding spaces included).

    A named tuple, not a dataclass: a long item yields many hits and tuples are cheap to make."""

    lang: str
    section: str
    start: int
    end: int


@dataclass(frozen=True)
class Combination:
    """A safeguarding reason raised when all ``concepts`` meet in one sentence."""

    reason: str
    concepts: frozenset[str]
    needs_person: bool


@dataclass
class RuleSet:
    """Every phrase of every language, compiled once; ``find`` is the only hot path."""

    phrases: dict[tuple[str, str], list[str]]
    combinations: list[Combination]
    digest: str
    _automaton: ahocorasick.Automaton = field(repr=False)
    learned: dict[str, Any] | None = field(default=None, repr=False)

    def section(self, lang: str, name: str) -> list[str]:
        return self.phrases.get((lang, name), [])

    def sections(self, name: str, langs: Iterable[str]) -> list[str]:
        """The raw phrases of ``name`` for the given languages plus the shared folder."""
        out: list[str] = []
        for lang in (*langs, SHARED):
            out.extend(self.section(lang, name))
        return out

    def find(self, key_text: str, langs: Iterable[str]) -> list[Hit]:
        wanted = {*langs, SHARED}
        new = tuple.__new__  # a Hit built in C: many hits per item, and the namedtuple constructor is Python code
        if "ar" not in wanted:
            return [
                new(Hit, (lang, section, end - length + 1, end + 1))
                for end, (length, tags) in self._automaton.iter(key_text)
                if length > 0
                for lang, section in tags
                if lang in wanted
            ]
        out: list[Hit] = []
        prefixed = False
        for end, (length, tags) in self._automaton.iter(key_text):
            if length > 0:
                start = end - length + 1
            else:  # an Arabic word, stored once: the letters before it must be a prefix
                start = end + length + 1
                space = key_text.rfind(" ", 0, start)
                if space < 0 or not _arabic_prefix(key_text[space + 1 : start], key_text, start):
                    continue
                start = space
                prefixed = True
            out.extend(new(Hit, (lang, section, start, end + 1)) for lang, section in tags if lang in wanted)
        if prefixed:  # as if each prefixed form were its own phrase: once each, longest first at an end
            out = sorted(set(out), key=lambda h: (h.end, h.start, h.lang, h.section))
        return out


def _arabic_prefix(letters: str, key_text: str, start: int) -> bool:
    """``letters`` may stand before an Arabic phrase starting at ``start``."""
    if letters in _ARABIC_PREFIX_SET:
        return True
    return letters in _ARABIC_DEMONSTRATIVE_HEADS and key_text.startswith("ال", start)


def _expand(phrase: str) -> list[str]:
    if "{age}" in phrase:
        return [p for n in range(5, 18) for p in _expand(phrase.replace("{age}", str(n), 1))]
    if "{adult_age}" in phrase:
        return [p for n in range(18, 71) for p in _expand(phrase.replace("{adult_age}", str(n), 1))]
    return [phrase]


def _automaton_keys(lang: str, phrase: str) -> set[tuple[str, bool]]:
    """The key strings a phrase is stored under (variants included), each with whether it is an
    Arabic word stored without its front padding (:meth:`RuleSet.find` checks its prefix)."""
    stem = phrase.endswith("*")
    body = phrase[:-1] if stem else phrase
    out: set[tuple[str, bool]] = set()
    variants = _expand(body)
    if lang == "ar" and _ARABIZI_DIGIT.search(body):
        variants = [a for v in variants for a in _arabizi_variants(v)]
    for variant in variants:
        k = key(variant)
        if not k:
            continue
        trail = "" if stem or is_cjk(k[-1]) else " "
        if lang == "ar" and (any("\u0600" <= c <= "\u06ff" for c in k) or "a" <= k[0] <= "z"):
            out.add((k + trail, True))  # Arabic script, or Arabizi starting with a letter
            continue
        forms = {k}
        if lang == "ru" and _CYRILLIC.search(k):
            for table in _RU_LATIN:
                latin = key("".join(table.get(c, c) for c in k))
                if latin:
                    forms.add(latin)
            raw = variant.lower().replace("ё", "е")
            if "й" in raw:
                for table in _RU_LATIN:
                    for short in _RU_SHORT_I:
                        letters = (short if c == "й" else "" if c in _RU_SILENT else table.get(c, c) for c in raw)
                        latin = key("".join(letters))
                        if latin:
                            forms.add(latin)
        for f in forms:
            lead = "" if is_cjk(f[0]) else " "
            trail = "" if stem or is_cjk(f[-1]) else " "
            out.add((lead + f + trail, False))
    return out


def parse_rule_file(path: Path) -> dict[str, list[str]]:
    """``[section]`` → phrases; raises :class:`RuleError` naming the line when a phrase has no section."""
    sections: dict[str, list[str]] = defaultdict(list)
    current: str | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        if current is None:
            raise RuleError(f"{path}:{n}: a phrase before any [section] header")
        sections[current].append(line)
    return dict(sections)


def parse_combinations(path: Path) -> list[Combination]:
    """``reason = concept + concept`` lines under ``[with_person]`` or ``[alone]``."""
    combos: list[Combination] = []
    needs_person: bool | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line in ("[with_person]", "[alone]"):
            needs_person = line == "[with_person]"
            continue
        reason, sep, rest = line.partition("=")
        concepts = frozenset(c.strip() for c in rest.split("+") if c.strip())
        if needs_person is None or not sep or not reason.strip() or not concepts:
            raise RuleError(f"{path}:{n}: expected 'reason = concept + concept' under [with_person] or [alone]")
        combos.append(Combination(reason.strip(), concepts, needs_person))
    return combos


def rule_paths(rules_dir: Path) -> list[Path]:
    """Every file that decides an outcome (golden cases and the README are not rules)."""
    paths = [rules_dir / COMBINATIONS_FILE]
    for folder in (*LANGUAGES, SHARED):
        for name in RULE_FILES:
            p = rules_dir / folder / name
            if p.is_file():
                paths.append(p)
    return paths


def load(rules_dir: Path) -> RuleSet:
    """Read, hash and compile the rule files under ``rules_dir``."""
    digest = hashlib.sha256()
    phrases: dict[tuple[str, str], list[str]] = {}
    combos: list[Combination] = []
    tags: dict[tuple[str, bool], set[tuple[str, str]]] = defaultdict(set)
    for path in rule_paths(rules_dir):
        if not path.is_file():
            raise RuleError(f"missing rule file {path}")
        rel = path.relative_to(rules_dir).as_posix()
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
        if path.name == COMBINATIONS_FILE:
            combos = parse_combinations(path)
            continue
        lang = path.parent.name
        for section, items in parse_rule_file(path).items():
            phrases.setdefault((lang, section), []).extend(items)
            if section in WORD_LISTS:
                continue
            tag = (lang, section)
            for phrase in items:
                for stored in _automaton_keys(lang, phrase):
                    tags[stored].add(tag)
    learned: dict[str, Any] | None = None
    learned_path = rules_dir / LEARNED_FILE
    if learned_path.is_file():
        raw = learned_path.read_bytes()
        digest.update(LEARNED_FILE.encode() + b"\0" + raw + b"\0")
        try:
            learned = json.loads(raw.decode("utf-8"))
        except ValueError as e:
            raise RuleError(f"{learned_path}: not valid JSON ({e})") from e
    automaton = ahocorasick.Automaton()
    # Keys share their values: tens of thousands of keys hold a few thousand distinct ones,
    # so each is stored once (about 15 MB less for the shipped rules).
    values: dict[tuple[int, tuple[tuple[str, str], ...]], tuple[int, tuple[tuple[str, str], ...]]] = {}
    # An Arabic word's value holds its length negated: the sign tells ``find`` to check its prefix.
    for (word, prefixed), t in tags.items():
        value = (-len(word) if prefixed else len(word), tuple(sorted(t)))
        automaton.add_word(word, values.setdefault(value, value))
    if len(automaton) == 0:
        automaton.add_word("\0", (1, ()))
    automaton.make_automaton()
    return RuleSet(phrases, combos, digest.hexdigest()[:16], automaton, learned)
