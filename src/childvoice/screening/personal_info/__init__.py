"""Personal information a child should not publish: found, flagged and proposed for redaction.

Phone numbers (``phonenumbers`` with the child's country and the usual countries of the
item's language as hints, plus any long run of digits, plus numbers said in words in the six
languages: seven digits or more), emails (also written ``name dot x at y dot com``), web
addresses, @handles in any script, usernames after a platform name, nicknames after
``username``/``pseudo``/``ник``/``游戏名``, account numbers after ``QQ号``/``uid``/``мой id``,
street addresses (also Hong Kong, West African and Moroccan styles), school names, full
names after an introduction, a title or a third-person cue (``il s'appelle``, ``ask for``),
dates of birth. The shapes are code; the words that introduce them (``my name is``, ``Mme``,
``born on``, ``pseudo``, ``uid``) are data in ``moderation/<lang>/personal_info.txt``.

Regexes run on the light view and spans are mapped back to the original text, widened to
whole words so a marker never leaves half a word behind.

The package keeps one module per kind of data, named for what it owns: ``contacts`` (emails,
web addresses, handles, nicknames, channels, accounts), ``phones`` (phone numbers and numbers
said in words), ``addresses``, ``schools``, ``names``, ``dates`` (birth dates); ``cues`` holds
the one automaton that finds every introducing word at once and the hint words that gate the
costly shapes; ``shapes`` the small regex pieces and word sets several of them share; ``spans``
calls them all in a fixed order. This module builds the check and maps spans back to the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.normalise import View, is_cjk
from childvoice.screening.personal_info.cues import _Patterns
from childvoice.screening.personal_info.names import _DOUBLE_SURNAME, _SIGNED_NAME, _SIGNED_STOP, han_after_latin_name
from childvoice.screening.personal_info.phones import REGIONS, spoken_digits
from childvoice.screening.personal_info.shapes import _CAP, _CAP_RU, _HAN
from childvoice.screening.personal_info.spans import _spans
from childvoice.screening.result import Span
from childvoice.screening.rules import RuleSet

__all__ = ["REGIONS", "build", "spoken_digits"]

_CONTACT_KINDS = frozenset(("url", "handle", "phone", "email"))


def _in_word(a: str, b: str) -> bool:
    """Whether the boundary between characters ``a`` and ``b`` falls inside a word of a spaced script
    (an underscore joins: "dark_wolf" is one username)."""
    return (a.isalnum() or a == "_") and (b.isalnum() or b == "_") and not is_cjk(a) and not is_cjk(b)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span so it starts and ends on word boundaries: a marker never leaves half a word behind."""
    while 0 < start < len(text) and _in_word(text[start - 1], text[start]):
        start -= 1
    while 0 < end < len(text) and _in_word(text[end - 1], text[end]):
        end += 1
    return start, end


_LIST_SEP = re.compile(r"[ \t]*[,;/|،，、；\n][ \t]*")


def _listed_names(view: View, text: str, listed: list[tuple[int, int, str]], spans: list[Span]) -> Iterator[Span]:
    """Names first in a list of contact details, kept only when the comment holds contact data; a name in
    small letters only when a contact datum follows it at once ("contact me: john smith, 07700 …")."""
    contact = [s for s in spans if s.kind in _CONTACT_KINDS]
    if not contact:
        return
    for s, e, kind in listed:
        start, end = _whole_words(text, *view.original_span(s, e))
        if kind == "list_name_next":
            sep = _LIST_SEP.match(view.text, e)
            nxt = view.original_span(sep.end(), sep.end() + 1)[0] if sep and sep.end() < len(view.text) else -1
            if not any(c.start <= nxt < c.end or c.start == nxt for c in contact):
                continue
        yield Span(start, end, "name")


# A comma-separated item that is only a full name ("…, Moussa Traoré, écrivez moi …").
_LISTED_FULL_NAME = re.compile(rf"(?:{_CAP})(?:[ -]{_CAP}){{1,2}}|(?:{_CAP_RU})(?:[ -]{_CAP_RU}){{1,2}}")
_DETAIL_KINDS = frozenset((*_CONTACT_KINDS, "birth_date", "address"))
# "Im Aarav", "Je suis", "Soy Ana", "My name": a phrase about a name, not a full name.
_NOT_A_NAME_START = frozenset(
    ("im", "i", "iam", "my", "me", "je", "moi", "mon", "ma", "soy", "mi", "me", "yo", "я", "меня", "мой", "моя")
)


def _names_between_details(view: View, text: str, spans: list[Span]) -> Iterator[Span]:
    """A full name standing alone between commas, right beside a removed contact detail or birth
    date: the child is listing their details, and the name is one of them."""
    details = [s for s in spans if s.kind in _DETAIL_KINDS]
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,;\n]+", view.text)]
    for k, (lo, hi) in enumerate(parts):
        raw = view.text[lo:hi]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if not body:
            continue  # "…王小明， " (a full-width comma, read as ",", then only a space)
        first = body.split()[0].lower()
        if not _LISTED_FULL_NAME.fullmatch(body) or first in _SIGNED_STOP or first in _NOT_A_NAME_START:
            continue
        beside = [parts[j] for j in (k - 1, k + 1) if 0 <= j < len(parts)]
        near = [view.original_span(a, b) for a, b in beside]
        if any(a <= d.start < b or a < d.end <= b for a, b in near for d in details):
            start, end = _whole_words(text, *view.original_span(lo + lead, lo + lead + len(body)))
            yield Span(start, end, "name")


# A run of capitalised words with the small particles of Filipino, Spanish and Malay surnames between them
# ("Kristina Dela Cruz", "Joanna De la Paz", "Nur binti Hassan").
_NAME_RUN = re.compile(
    rf"(?:{_CAP}|{_CAP_RU})(?:(?:[ \t]+(?:la|las|los|del|de|da|dos|bin|binti|van|von|der))*[ \t]+(?:{_CAP}|{_CAP_RU}))+"
)
_RUN_WORD = re.compile(r"\S+")
_NAME_PARTICLES = frozenset(
    ("de", "del", "la", "las", "los", "da", "dos", "dela", "delos", "bin", "binti", "van", "von", "der")
)


def _name_again(text: str, spans: list[Span]) -> Iterator[Span]:
    """The child's name said a second time, often shorter, made only of words of a name already removed
    ("im Maria Kristina Dela Cruz … my fb is Kristina Dela Cruz"): two words or more, one not a particle."""
    names = [(s.start, s.end) for s in spans if s.kind == "name"]
    words = {w.lower() for a, b in names for w in re.split(r"[\s-]+", text[a:b]) if w}
    if len(words) < 2:
        return
    for m in _NAME_RUN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in names):
            continue
        # The longest stretch of the run made of the name's words ("Add Kristina Dela Cruz" -> its last three).
        best: list[re.Match[str]] = []
        cur: list[re.Match[str]] = []
        for w in _RUN_WORD.finditer(m.group()):
            cur = [*cur, w] if w.group().lower() in words else []
            if len(cur) > len(best):
                best = cur
        if len(best) >= 2 and any(w.group().lower() not in _NAME_PARTICLES for w in best):
            yield Span(m.start() + best[0].start(), m.start() + best[-1].end(), "name")


def build(rules: RuleSet) -> Check:
    patterns = _Patterns(rules)
    for regions in REGIONS.values():  # load number metadata now, not inside the first child's screening
        for region in regions:
            phonenumbers.PhoneMetadata.metadata_for_region(region)

    def personal_info(item: Item) -> Finding:
        view = item.light
        spans = []
        text = item.text
        listed: list[tuple[int, int, str]] = []  # names first in a list of contact details
        has_han = _HAN.search(view.text) is not None
        for s, e, kind in _spans(view.text, item, patterns):
            if e > s:
                if kind.startswith("list_name"):
                    listed.append((s, e, kind))
                    continue
                start, end = _whole_words(text, *view.original_span(s, e))
                spans.append(Span(start, end, kind))
                # "Zhang Wei-Ling (張瑋玲)", "我是 Tan Jia Hui 陈佳慧 from": the same name in Chinese right after.
                if has_han and kind == "name" and (han := han_after_latin_name(view.text, e)):
                    start, end = _whole_words(text, *view.original_span(*han))
                    spans.append(Span(start, end, "name"))
        if listed:
            spans.extend(_listed_names(view, text, listed, spans))
        contact = any(s.kind in _CONTACT_KINDS for s in spans)
        if contact and "," in view.text:
            spans.extend(_names_between_details(view, text, spans))
        # A signature is taken when the comment carries contact data, or when its surname is a double one.
        if "," in view.text and (contact or "-" in view.text[-40:]):
            tail_from = max(0, len(view.text) - 80)
            signed = _SIGNED_NAME.search(view.text, tail_from)
            if (
                signed
                and not any(w.lower().split("-")[0] in _SIGNED_STOP for w in signed.group(1).split())
                and (contact or _DOUBLE_SURNAME.fullmatch(signed.group(1).split()[-1]))
            ):
                start, end = _whole_words(text, *view.original_span(signed.start(1), signed.end(1)))
                spans.append(Span(start, end, "name"))
        if not spans:
            return Finding()
        if any(s.kind == "name" for s in spans):
            spans.extend(_name_again(text, spans))
        return Finding(flags=("personal_info",), reasons=tuple(sorted({s.kind for s in spans})), spans=tuple(spans))

    return personal_info
