"""A small learned signal that only ADDS safeguarding escalations the rules missed.

Rules miss new phrasings, dialects and misspellings. This check scores the key view of
the item (see :mod:`childvoice.screening.normalise`) with a logistic regression over
character n-grams (2–5) and word unigrams, trained by ``moderation/learned/train.py``
on the team's own written material only. The weights live in
``moderation/learned/disclosure.json`` and are part of the rules hash.

It runs after the safeguarding rules, so only on items the rules did not escalate, and
only when the item already carries a weak signal (a first-person or close-person marker,
or any harm concept of ``combinations.txt``). It never un-escalates anything. An item
scoring above the stored threshold goes to safeguarding with reason ``learned_disclosure``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.rules import RuleSet
from childvoice.screening.safeguarding import (
    EARNEST,
    FAMILY,
    GUARDED,
    HARMLESS,
    HYPERBOLE,
    REAL,
    Guards,
    figure_of_speech,
    laughs,
)

REASON = "learned_disclosure"
WEIGHTS_FILE = "learned/disclosure.json"  # relative to the rules folder
NGRAMS = (1, 2, 3, 4)
MAX_CHARS = 300  # disclosures are short; a long item is scored on its beginning only
# Sections that count as a weak signal of a personal situation (besides the harm concepts).
PERSONAL = frozenset({"first_person", "close_person", "we"})
# Sections of policy talk (opinions, questions about children in general, hypotheticals,
# reporting, platforms' feeds, news, "should be a law", opinions on blaming "the girl" whose
# picture was shared), of ordinary outings with friends and family and of everyday
# punishments ("they took my phone for my grades"): an item holding any of them is left to
# the rules alone.
POLICY = frozenset(
    {
        "not_personal",
        "generic",
        "hypothetical",
        "reporting",
        "platform_talk",
        "policy_question",
        "news",
        "law_talk",
        "outing",
        "blame_talk",
        "mild_punishment",
    }
)
# Photo words in a clearly harmless context ("a pic of my dog", "the photo competition"): when
# these are the only harm concepts of the item, the learned check stands down.
HARMLESS_PHOTO = "harmless_photo"
# A breakup counts with them: "if I break up with him I'll delete all our videos".
PHOTO_CONCEPTS = frozenset({"image", "ask_image", "shared", "gift", "breakup"})
# Introducing a sibling or friend ("my sister is called Maya, her gamer tag is..."): with no
# harm concept but the game itself, the learned check stands down.
NAMING = "naming"
NAMING_CONCEPTS = frozenset({"online_contact", "family"})  # the game where the nickname is used; the sibling
# A relative paying a ticket or a trip ("奶奶帮我买了车票", "my aunt paid my bus ticket"): with a
# family word and no harm concept beyond the trip itself, the learned check stands down.
TRIP = frozenset({"ticket", "gift", "travel", "papers"})
TRIP_CONCEPTS = TRIP | {"family", "meet", "stay_with"}
CELEBRATION = "celebration"
# A dream or a nightmare told ("I dreamt a man chased me with a knife", "мне приснилось", "حلمت"):
# not an event, the learned check stands down unless the comment says something in earnest.
DREAM = "dream"
# Everyday contexts of the rules (a game, an accident, a pet, the exams, a wedding, a
# [harmless] phrase, an everyday reason or a laugh): when the comment holds one and every harm
# word in it is explained by those contexts, the learned check stands down ("my cat scratched me
# till I bled", "the mosquitoes ate me alive", "Mum go finish me if I burn the rice again 😂").
EVERYDAY = frozenset({*GUARDED, HARMLESS, HYPERBOLE})
# Concepts that only colour a sentence (a day, "everyone", "a man", a knife): they never make a
# disclosure alone, so they need no explanation.
BACKGROUND = frozenset(
    {"suicide_when", "audience", "shared", "adult", "they_plural", "we", "family", REAL, "hide_marks"}
)


def candidate(
    sections: frozenset[str], signal: frozenset[str], text: str = "", concepts: frozenset[str] = frozenset()
) -> bool:
    """True if the learned score may be asked: a weak signal present, no policy talk, no
    figure of speech ("my mum will kill me if I'm late haha") that the rules stood down on,
    not only photo words in a harmless context ("I won the photo competition"), not
    a mere introduction of a sibling or friend by name or game nickname, and not a trip a
    relative pays for."""
    if sections.isdisjoint(signal) or not sections.isdisjoint(POLICY):
        return False
    harm = (sections & concepts) - PERSONAL
    if HARMLESS_PHOTO in sections and harm <= PHOTO_CONCEPTS:
        return False
    if NAMING in sections and "close_person" in sections and harm <= NAMING_CONCEPTS:
        return False
    if FAMILY in sections and not harm.isdisjoint(TRIP) and harm <= TRIP_CONCEPTS:
        return False
    if CELEBRATION in sections and harm <= TRIP_CONCEPTS | {"adult"}:
        return False  # a birthday or holiday present from a stepparent or an uncle
    return not figure_of_speech(sections, text)


def everyday(item: Item, concepts: frozenset[str]) -> bool:
    """True if the comment tells a dream, or holds an everyday context (or laughs) and every
    harm word in it is explained by the rules' everyday guards: the learned check stands down.
    With no harm word at all, only a [harmless] phrase counts: a bare laugh, an exam or an
    everyday reason beside a disclosure in new words must not silence the learned check."""
    sections = item.sections
    if EARNEST in sections:
        return False
    if DREAM in sections:
        return True
    if sections.isdisjoint(EVERYDAY) and not laughs(item.text):
        return False
    harm = [h for h in item.hits if h.section in concepts and h.section not in PERSONAL and h.section not in BACKGROUND]
    if not harm:  # nothing to explain: only an everyday phrase of its own ("the mosquitoes ate me alive")
        return HARMLESS in sections
    guards = Guards(item, item.key.text, REAL in sections)
    return all(guards.explain(h, item.sentence_of(h)) for h in harm)


def features(key_text: str, sections: frozenset[str] = frozenset()) -> set[str]:
    """Binary features of a key-view text: character n-grams, ``w:``-prefixed words, and the
    ``s:``-prefixed rule sections found in the item, so the model sees the context the rules
    name ("a game", "an accident", "the exams") beside the words."""
    text = key_text[:MAX_CHARS]
    size = len(text)
    out = {text[i : i + n] for n in NGRAMS for i in range(size - n + 1)}
    out.update(["w:" + w for w in text.split()])
    out.update(["s:" + s for s in sections])
    return out


@dataclass(frozen=True)
class Model:
    weights: Mapping[str, float]
    bias: float
    threshold: float

    def score(self, key_text: str, sections: frozenset[str] = frozenset()) -> float:
        """Probability-like score in [0, 1] that the text is a disclosure."""
        return self.score_features(features(key_text, sections))

    def score_features(self, feats: set[str]) -> float:
        # Binary features scaled to unit length: a long text does not score higher for its length.
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in feats) / math.sqrt(len(feats) or 1)
        z = max(-50.0, min(50.0, z))
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Model:
        raw = data["weights"]
        # JSON already gives str -> float: share that dict (tens of thousands of entries) instead of copying it.
        if isinstance(raw, dict) and all(type(v) is float for v in raw.values()):
            weights = raw
        else:
            weights = {str(k): float(v) for k, v in raw.items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]))


def build(rules: RuleSet) -> Check:
    data = rules.learned
    if not data:
        return lambda item: Finding()
    model = Model.from_data(data)
    concepts = frozenset(c for combo in rules.combinations for c in combo.concepts)
    signal = concepts | PERSONAL

    def learned(item: Item) -> Finding:
        if not candidate(item.sections, signal, item.text, concepts) or everyday(item, concepts):
            return Finding()
        if model.score(item.key.text, item.sections) < model.threshold:
            return Finding()
        return Finding(flags=("safeguarding",), reasons=(REASON,), route="safeguarding")

    return learned
