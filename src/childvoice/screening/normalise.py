"""Text views that rules match against, each mapped back to offsets of the child's text.

Children evade filters (``f.u.c.k``, ``d3b1l``, ``s t u p i d``, ``stuuupid``), write
Arabic with or without hamza and tatweel, Chinese in traditional or simplified script,
and Russian or Arabic in Latin letters. Rules are written once, plainly; both the rule
phrases and the text go through :func:`key_view`, so the two always meet in one form.

Two views:

- :func:`light_view` — NFKC and no invisible characters; the regexes for personal data
  run on it (an email split by a zero-width space is still an email).
- :func:`key_view` — case-folded, no diacritics, Arabic letter variants unified,
  simplified Chinese, leetspeak decoded, spaced-out letters joined, repeated letters
  collapsed, punctuation turned to single spaces, padded with one space at each end,
  so that ``" word "`` in the automaton means "the whole word".

Every view keeps ``origin[i]`` = the index in the original text of view character ``i``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Invisible characters used to split words past a filter (zero-width space, joiners, BOM, soft hyphen...).
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc"})
_KEEP_CONTROL = frozenset("\n\t\r")

_ARABIC_VARIANTS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "گ": "ك",
        "ـ": "",  # tatweel, used to stretch words
        "ٔ": "",
        "ء": "",
        # Eastern Arabic and Persian digits become ASCII digits.
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
# Soft and hard signs carry no sound in Latin transliteration; dropping them lets "ubyu" meet "убью".
_CYRILLIC_SIGNS = str.maketrans({"ь": "", "ъ": ""})
_APOSTROPHES = frozenset("'’ʼ`´‘")
# Symbols that stand for letters inside a word (l33t); digits only inside tokens that also hold letters.
LEET = {
    "0": "o",
    "1": "i",
    "2": "z",
    "3": "e",
    "4": "a",
    "5": "s",
    "6": "g",
    "7": "t",
    "8": "b",
    "9": "g",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "i",
    "€": "e",
    "£": "l",
}
_LEET_SYMBOLS = frozenset("@$!|€£")


_KEY_TABLE: _Table
_LIGHT_TABLE: _Table


def is_cjk(ch: str) -> bool:
    """Han ideographs (and the CJK extension blocks): written without spaces between words."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2A6DF or 0xF900 <= o <= 0xFAFF


@functools.cache
def _traditional_to_simplified() -> dict[str, str]:
    """Character table from OpenCC's own dictionary: one lookup per character, no phrase pass needed for matching."""
    table: dict[str, str] = {}
    try:
        import opencc

        path = Path(opencc.__file__).resolve().parent / "dictionary" / "TSCharacters.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
                table[parts[0]] = parts[1]
    except (ImportError, OSError):  # matching still works on simplified text
        pass
    return table


@functools.cache
def _key_char(ch: str) -> str:
    """What one character becomes in the key view ("" to drop it, " " for a separator)."""
    if ch in _APOSTROPHES:
        return "'"
    if unicodedata.category(ch) in _INVISIBLE_CATEGORIES and ch not in _KEEP_CONTROL:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        for d in unicodedata.normalize("NFD", c):
            if unicodedata.category(d) == "Mn":  # accents, Arabic harakat
                continue
            d = d.translate(_ARABIC_VARIANTS).translate(_CYRILLIC_SIGNS)
            if not d:
                continue
            d = _traditional_to_simplified().get(d, d)
            if d.isalnum() or d in _LEET_SYMBOLS:
                out.append(d)
            elif d in _APOSTROPHES:
                continue
            else:
                out.append(" ")
    return "".join(out)


_GONE = "\x00"
# Characters a translate table remembers at most (about 5 MB); rarer ones are mapped on each use.
TABLE_MAX = 1 << 16


class _Table(dict[int, str]):
    """A ``str.translate`` table filled on demand; remembers which characters do not map one-to-one."""

    def __init__(self, fn: Callable[[str], str]) -> None:
        super().__init__()
        self._fn = fn
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        out: str = self._fn(chr(code))
        if out == "":
            out = _GONE  # keeps the mapping one-to-one; removed afterwards in one regex pass
        elif len(out) != 1:
            self.uneven.add(chr(code))
        if len(self) < TABLE_MAX:  # a flood of rare characters must not grow it without end
            self[code] = out
        return out


_GONE_RUN = re.compile(_GONE + "+")


def _mapped(text: str, table: _Table, fn: Callable[[str], str]) -> tuple[str, Sequence[int]]:
    """Each character's mapping, with origins; C-speed passes when every character maps to at most one."""
    out = text.translate(table)
    # Every character maps to one character or to _GONE, except the ``uneven`` ones, which map
    # to two or more: an output of the input's length therefore holds none of them.
    if len(out) == len(text):
        # A range, not a list: the next cut builds its own list, so the identity origins are never copied.
        same = range(len(text))
        if _GONE not in out:
            return out, same
        return _cut(out, same, [(m.start(), m.end()) for m in _GONE_RUN.finditer(out)])
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        k = fn(ch)
        if len(k) == 1:
            chars.append(k)
            origin.append(i)
        elif k:
            chars.extend(k)
            origin.extend([i] * len(k))
    return "".join(chars), origin


@functools.cache
def _light_char(ch: str) -> str:
    if unicodedata.category(ch) in _INVISIBLE_CATEGORIES and ch not in _KEEP_CONTROL:
        return ""
    return unicodedata.normalize("NFKC", ch)


@dataclass(frozen=True)
class View:
    """A transformed text plus, for each of its characters, the index it came from."""

    text: str
    origin: Sequence[int]
    spaced: bool = False  # the text held letters written one by one ("s t u p i d"), now joined

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The range of the original text that view characters ``[start, end)`` came from."""
        if end <= start:
            o = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return o, o
        return self.origin[start], self.origin[end - 1] + 1


def light_view(text: str) -> View:
    """NFKC, invisible characters removed; identical to the input for plain ASCII."""
    # Printable text holds no invisible character, and in text already in NFKC every character
    # is its own NFKC: the view is the text itself (most Arabic, Cyrillic and Latin comments).
    if text.isprintable() and (text.isascii() or unicodedata.is_normalized("NFKC", text)):
        return View(text, range(len(text)))
    light, origin = _mapped(text, _LIGHT_TABLE, _light_char)
    return View(light, origin)


# Once a text shows the trick, two-letter words written the same way (``s o``) are joined too.
_SPACED_PAIR = re.compile(r"(?<![^\s])[^\W\d_](?: [^\W\d_](?![^\s])){1,}")
# Does the text show the trick at all: three single letters in a row?
_SPACED_QUICK = re.compile(r" [^\W\d_] [^\W\d_] [^\W\d_](?![^ ])")
_TOKEN = re.compile(r"\S+")


def _join_spaced(text: str, origin: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``y o u  a r e`` → ``you are``: runs of three or more single letters lose their single spaces."""
    # Three single letters in a row, each alone between spaces. The pattern starts with a
    # literal space (the key view's only separator), so the regex engine jumps from space to space.
    if not _SPACED_QUICK.search(" " + text):
        return text, origin
    spans: list[tuple[int, int]] = []
    for m in _SPACED_PAIR.finditer(text):
        if not any(is_cjk(c) for c in m.group()):
            spans.extend((j, j + 1) for j in range(m.start(), m.end()) if text[j] == " ")
    return _cut(text, origin, spans)


def _decode_leet(chars: list[str]) -> None:
    """In a token that also holds Latin letters, digits and symbols stand for letters (``d3b1l``)."""
    text = "".join(chars)
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok.isalpha() or not any("a" <= c <= "z" for c in tok):
            continue
        letters = sum(c.isalpha() for c in tok)
        # Only a symbol between letters or digits is one ("sh!t"); a run at either end is
        # punctuation ("die!!!", "$$$"), not "diei".
        plain = [j for j in range(m.start(), m.end()) if chars[j] not in _LEET_SYMBOLS]
        first, last = (plain[0], plain[-1]) if plain else (m.end(), m.start())
        for j in range(m.start(), m.end()):
            c = chars[j]
            if c in _LEET_SYMBOLS:
                inner = first < j < last
                chars[j] = LEET[c] if inner else " "
            elif c.isdigit() and letters >= 2 and c in LEET:
                chars[j] = LEET[c]
    # Stray leet symbols outside words are separators.
    for j, c in enumerate(chars):
        if c in _LEET_SYMBOLS:
            chars[j] = " "


_ELISION = frozenset({"j", "m", "t", "l", "d", "n", "s", "c", "qu"})


# The apostrophe of an elision, the word before it checked behind it: a pattern that starts with
# the apostrophe is found by a fast literal scan instead of a try at every position.
_ELIDED = re.compile(r"'(?:(?<=(?<![^\W\d_])[jmtldnsc]')|(?<=(?<![^\W\d_])qu'))")
_APOSTROPHE = re.compile("'+")


def _apostrophes(text: str, origin: Sequence[int]) -> tuple[str, Sequence[int]]:
    """French elision splits (``j'ai`` → ``j ai``, ``m'envoie`` → ``m envoie``); other apostrophes
    vanish (``don't`` → ``dont``, the way children also type it)."""
    text = _ELIDED.sub(" ", text)
    return _cut(text, origin, [(m.start(), m.end()) for m in _APOSTROPHE.finditer(text)])


def _cut(text: str, origin: Sequence[int], spans: list[tuple[int, int]]) -> tuple[str, Sequence[int]]:
    """Remove the (sorted, disjoint) ``spans`` from the text and its origins, a slice at a time."""
    if not spans:
        return text, origin
    parts: list[str] = []
    kept: list[int] = []
    pos = 0
    for start, end in spans:
        parts.append(text[pos:start])
        kept.extend(origin[pos:start])
        pos = end
    parts.append(text[pos:])
    kept.extend(origin[pos:])
    return "".join(parts), kept


_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RX = re.compile(f"[{_CJK_CLASS}]")
# Runs of one character; kept only when it is a letter ([^\W\d_]: alphanumeric, not a decimal
# digit). A plain back-reference scans faster than a look-behind tried at every position.
_RUN = re.compile(r"(.)\1+", re.DOTALL)


def _repeats(text: str) -> list[tuple[int, int]]:
    """The repeats after a letter's or a space's first occurrence (``stuuupid`` → the span of ``uu``;
    runs of spaces become one). Both kinds in one pass over the text and one cut."""
    return [
        (m.start() + 1, m.end())
        for m in _RUN.finditer(text)
        if (c := m.group(1)) == " " or (c.isalnum() and not c.isdecimal())
    ]


# A space between two Han characters; written space first (the Han character before it looked behind),
# so the regex engine skips from space to space instead of trying every character.
_HAN_GAP = re.compile(rf" (?<=[{_CJK_CLASS}] )(?=[{_CJK_CLASS}])")
# Where Han characters meet Latin/Cyrillic/Arabic letters or digits, a space is inserted: the
# seams are found at the two ends of each run of Han characters (few runs, long ones).
_HAN_RUN = re.compile(f"[{_CJK_CLASS}]+")


def _seams(text: str) -> list[int]:
    """Offsets where a run of Han characters meets a letter or digit of another script."""
    out: list[int] = []
    n = len(text)
    for m in _HAN_RUN.finditer(text):
        start, end = m.span()
        if start and text[start - 1].isalnum():
            out.append(start)
        if end < n and text[end].isalnum():
            out.append(end)
    return out


_NEEDS_CYR_LEET = re.compile(r"[а-я] ?[01346]|[01346] ?[а-я]")
# A digit or leet symbol touching a Latin letter; written to start with the symbol class,
# which the regex engine scans for quickly.
_NEEDS_LEET = re.compile(r"[0-9@$!|€£](?:(?<=[a-z].)|(?=[a-z]))")


# Arabic words masked by a dot or asterisks between stretched letters (حمـ.ـار, الكـ**ـلب): the
# filler goes, so the word meets its plain form. A dot needs a tatweel beside it (a dot between
# two plain words is a full stop); asterisks between Arabic letters always go.
_AR_LETTER = "\u0621-\u064a"
_AR_MASK = re.compile(
    rf"(?<=[{_AR_LETTER}\u0640])(?:\u0640+[.*·•_\-]+\u0640*|\u0640*[.*·•_\-]+\u0640+|\*+)(?=[{_AR_LETTER}\u0640])"
)
# Russian leetspeak: a lone digit among Cyrillic letters stands for the letter it looks like.
_CYR_LEET = {"0": "о", "1": "и", "3": "з", "4": "ч", "6": "б"}
_CYR_DIGIT = re.compile(r"(?<![0-9])[01346](?![0-9])")
_CYR_TOKEN = re.compile(r"\S*[а-я]\S*")
# Letters spaced out with digits among them: "п 1 д 0 р".
_CYR_SPACED = re.compile(r"(?<!\S)[а-я0-9](?: [а-я0-9](?!\S)){2,}")


def _unmask_arabic(text: str) -> tuple[str, Sequence[int]] | None:
    """The text without the fillers of masked Arabic words, with origins; None if there are none."""
    spans = [(m.start(), m.end()) for m in _AR_MASK.finditer(text)]
    if not spans:
        return None
    return _cut(text, range(len(text)), spans)


def _decode_cyrillic_leet(text: str) -> str:
    """``у6людок`` → ``ублюдок``, ``п 1 д 0 р`` → ``п и д о р``: digits inside Cyrillic words
    (two Cyrillic letters at least, a digit not part of a number) become letters. Same length."""
    chars: list[str] | None = None

    def fix(start: int, end: int) -> None:
        nonlocal chars
        part = text[start:end]
        if sum("а" <= c <= "я" for c in part) < 2:
            return
        for m in _CYR_DIGIT.finditer(part):
            if chars is None:
                chars = list(text)
            chars[start + m.start()] = _CYR_LEET[m.group()]

    for m in _CYR_TOKEN.finditer(text):
        if any(c.isdigit() for c in m.group()):
            fix(m.start(), m.end())
    for m in _CYR_SPACED.finditer(text):
        if any(c.isdigit() for c in m.group()):
            fix(m.start(), m.end())
    return text if chars is None else "".join(chars)


# A soft or hard sign written alone among spaced-out letters ("о т в р а т и т е л ь н ы е"):
# it carries no sound and vanishes in the key view, so it goes with its space, or the run
# would break in two.
# (Written sign first, then the look-behind for the letter before it: the engine then skips to the signs.)
_LONE_SIGN = re.compile(r"[ьъЬЪ](?<![^\W\d_][ьъЬЪ]) (?=[^\W\d_](?!\w))")


def _drop_lone_signs(text: str, pre: Sequence[int] | None) -> tuple[str, Sequence[int] | None]:
    spans = [(m.start(), m.end()) for m in _LONE_SIGN.finditer(text)]
    if not spans:
        return text, pre
    out, origin = _cut(text, range(len(text)), spans)
    return out, origin if pre is None else [pre[i] for i in origin]


# Letters joined by dots inside one word ("و.س.خين", "i.d.i.ot"): two single letters at least,
# each followed by a dot, then the rest of the word. "e.g." and "U.S." end without a letter and stay.
# One letter and a dot are enough before three small letters ("ч.урки"), not before a capital
# ("J.Smith", "М.Горький": an initial) nor before a short word ("т.е.", "т.к.").
_DOTTED = re.compile(
    r"(?<![\w.·•])(?:(?:[^\W\d_][.·•]){2,}[^\W\d_]+|[^\W\d_][.·•](?![A-ZÀ-ÞА-ЯЁ])[^\W\d_]{3,})(?![\w·•])(?![.·•]\w)"
)


_DOT_LETTER = re.compile(r"[.·•][^\W\d_]")  # a cheap first look: a dot with a letter right after it


def _undot(text: str, pre: Sequence[int] | None) -> tuple[str, Sequence[int]] | None:
    """The text without the dots inside dotted-out words, with origins; None if there are none."""
    spans = [
        (m.start() + j, m.start() + j + 1)
        for m in _DOTTED.finditer(text)
        for j, c in enumerate(m.group())
        if c in ".·•"
    ]
    if not spans:
        return None
    return _cut(text, pre if pre is not None else range(len(text)), spans)


def key_view(text: str) -> View:
    """The matching form of ``text``, padded with a space at each end (see module docstring)."""
    pre: Sequence[int] | None = None
    if _DOT_LETTER.search(text) and (undotted := _undot(text, pre)) is not None:
        text, pre = undotted
    if ("\u0640" in text or "*" in text) and (unmasked := _unmask_arabic(text)) is not None:
        text, pre = unmasked
    if ("ь " in text or "ъ " in text or "Ь " in text or "Ъ " in text) and " " in text:
        text, pre = _drop_lone_signs(text, pre)
    joined, origin = _mapped(text, _KEY_TABLE, _key_char)
    if pre is not None:
        origin = [pre[i] for i in origin]
    # (isascii is a flag read, no scan: plain ASCII text holds no Cyrillic and no Han letter.)
    if not joined.isascii() and any(d in joined for d in _CYR_LEET) and _NEEDS_CYR_LEET.search(joined):
        joined = _decode_cyrillic_leet(joined)
    if _NEEDS_LEET.search(joined):
        letters = list(joined)
        _decode_leet(letters)
        joined = "".join(letters)
    # Spaced-out letters are joined before elisions are split: Québécois "y m'a", "si j'y"
    # must stay three words, not become the evasion-looking "yma", "jy".
    before = len(joined)
    joined, origin = _join_spaced(joined, origin)
    spaced = len(joined) != before
    if "'" in joined:
        joined, origin = _apostrophes(joined, origin)
    han = not joined.isascii() and _HAN_RX.search(joined) is not None
    seams = _seams(joined) if han else []
    if seams:
        parts: list[str] = []
        new_origin: list[int] = []
        pos = 0
        for at in seams:
            parts.append(joined[pos:at] + " ")
            new_origin.extend(origin[pos:at])
            new_origin.append(origin[at])
            pos = at
        parts.append(joined[pos:])
        new_origin.extend(origin[pos:])
        joined, origin = "".join(parts), new_origin
    # Repeated letters collapse (stuuupid → stupid; rule phrases go through the same step),
    # runs of spaces become one, Han characters spaced apart (傻 逼) join again.
    last = origin[-1] if origin else 0
    joined, origin = _cut(joined, origin, _repeats(joined))
    if han and " " in joined:
        joined, origin = _cut(joined, origin, [(m.start(), m.end()) for m in _HAN_GAP.finditer(joined)])
    if joined.startswith(" "):
        joined, origin = joined[1:], origin[1:]
    body = joined.rstrip(" ")
    origin = origin[: len(body)]
    return View(" " + body + " ", [origin[0] if origin else 0, *origin, last], spaced)


def key(text: str) -> str:
    """The key form of a rule phrase (no padding)."""
    return key_view(text).text.strip()


_KEY_TABLE = _Table(_key_char)
_LIGHT_TABLE = _Table(_light_char)
