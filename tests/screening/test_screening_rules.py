"""The rule automaton: Arabic phrases match behind the letters Arabic fuses to a word, and nowhere else."""

from __future__ import annotations

import pytest

from childvoice.screening import rules
from childvoice.screening.normalise import key_view


@pytest.fixture(scope="module")
def rule_set(tmp_path_factory: pytest.TempPathFactory) -> rules.RuleSet:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "combinations.txt").write_text("", encoding="utf-8")
    (folder / "ar").mkdir()
    (folder / "ar" / "abuse.txt").write_text("[insult]\nحمار\nالكلب\nغب*\nzbel\n", encoding="utf-8")
    (folder / "fr").mkdir()
    (folder / "fr" / "abuse.txt").write_text("[insult]\nnul\n", encoding="utf-8")
    return rules.load(folder)


def sections(rule_set: rules.RuleSet, text: str, langs: tuple[str, ...] = ("ar", "en")) -> list[str]:
    view = key_view(text)
    return [view.text[h.start : h.end].strip() for h in rule_set.find(view.text, langs)]


@pytest.mark.parametrize("prefix", ["", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "فال", "وب", "ول", "وي", "ع"])
def test_arabic_phrase_matches_behind_each_prefix(rule_set: rules.RuleSet, prefix: str) -> None:
    word = key_view(prefix + "حمار").text.strip()  # the key view folds a doubled letter ("لل")
    assert sections(rule_set, f"انت {prefix}حمار يا ولد") == [word]


def test_demonstrative_replaces_the_article(rule_set: rules.RuleSet) -> None:
    assert sections(rule_set, "شوف هالكلب") == ["هالكلب"]
    assert sections(rule_set, "وهالكلب") == ["وهالكلب"]
    assert sections(rule_set, "هحمار") == []  # "ه" stands only before the article


@pytest.mark.parametrize("text", ["يحمار", "استحمار", "حمارة", "تالكلب"])
def test_arabic_phrase_inside_another_word_is_not_found(rule_set: rules.RuleSet, text: str) -> None:
    assert sections(rule_set, text) == []


def test_arabic_stem_matches_word_endings_behind_a_prefix(rule_set: rules.RuleSet) -> None:
    assert sections(rule_set, "والغبي") == ["والغب"]


def test_arabic_phrases_are_not_applied_to_other_languages(rule_set: rules.RuleSet) -> None:
    assert sections(rule_set, "حمار c'est nul", ("fr", "en")) == ["nul"]


def test_each_hit_once_in_text_order(rule_set: rules.RuleSet) -> None:
    assert sections(rule_set, "حمار nul والحمار", ("ar", "fr")) == ["حمار", "nul", "والحمار"]


@pytest.mark.parametrize("text", ["zbel", "lzbel", "elzbel", "wlzbel", "bzbel"])
def test_arabizi_phrase_matches_behind_latin_prefixes(rule_set: rules.RuleSet, text: str) -> None:
    assert sections(rule_set, f"kolkom {text} hhh") == [text]


@pytest.mark.parametrize("text", ["rzbel", "zbelo", "kzbel"])
def test_arabizi_phrase_inside_another_word_is_not_found(rule_set: rules.RuleSet, text: str) -> None:
    assert sections(rule_set, text) == []


# "й" is folded into "и" by the key view; in Latin letters children write it "j", "y" or "i".
@pytest.mark.parametrize("spelling", ["obuzoj", "obuzoi", "obuzoy"])
def test_short_i_in_latin_letters(spelling: str) -> None:
    assert (f" {spelling} ", False) in rules._automaton_keys("ru", "обузой")
