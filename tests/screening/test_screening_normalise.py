"""Normalisation undoes children's spelling tricks and keeps offsets into the original."""

from __future__ import annotations

import pytest

from childvoice.screening.normalise import key, key_view


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("y o u  a r e  s o  d u m b", "you are so dumb"),
        ("STUUUPID", "stupid"),
        ("d3b1l", "debil"),
        ("f.u.c.k", "fuck"),
        ("sh!t", "shit"),
        ("i\u200bdiot", "idiot"),
        ("Mé\u0301xico", "mexico"),
        ("أغبيـــاء", "اغبيا"),
        ("مُحَمَّد", "محمد"),
        ("網路", "网路"),
        ("傻 逼", "傻逼"),
        ("j'ai 13 ans", "j ai 13 ans"),
        ("don't", "dont"),
        ("ｆｒｅｅ", "fre"),
    ],
)
def test_key_undoes_tricks(text: str, expected: str) -> None:
    assert key(text) == expected


def test_key_view_maps_back_to_original_offsets() -> None:
    text = "hey S-T-U-P-I-D!"
    view = key_view(text)
    start = view.text.index("stupid")
    s, e = view.original_span(start, start + len("stupid"))
    assert text[s:e] == "S-T-U-P-I-D"


def test_a_flood_of_rare_characters_does_not_grow_the_tables_without_end() -> None:
    """Every distinct character a child sends used to stay in memory; the tables stop growing
    at TABLE_MAX and still map the rest correctly."""
    from childvoice.screening import language
    from childvoice.screening.normalise import _KEY_TABLE, TABLE_MAX, key_view

    rare = "".join(chr(c) for c in range(0x20000, 0x20000 + TABLE_MAX + 500))  # CJK extension B
    for start in range(0, len(rare), 2000):
        chunk = rare[start : start + 2000]
        assert key_view(chunk).text.strip()  # still mapped
        language.script_counts(chunk)
    assert len(_KEY_TABLE) <= TABLE_MAX
    assert len(language._SCRIPT_TABLE) <= TABLE_MAX
    assert key_view("Ｓｔｕｐｉｄ").text == " stupid "  # the cached part still works


def test_arabic_filler_inside_a_word_is_removed() -> None:
    assert key("حمـ.ـار") == "حمار"
    assert key("الكـ**ـلب") == "الكلب"
    # A full stop between two words stays a separator.
    assert key("كلب.حمار") == "كلب حمار"


def test_cyrillic_digits_and_spaced_letters() -> None:
    assert key("у6людок") == "ублюдок"
    assert key("п 1 д 0 р") == "пидор"
    # Numbers stay numbers: an age before a Cyrillic word is not leetspeak.
    assert key("мне 13 лет") == "мне 13 лет"
    view = key_view("ты п 1 д 0 р")
    assert view.original_span(view.text.index("пидор"), view.text.index("пидор") + 5) == (3, 12)


def test_lone_soft_sign_does_not_break_a_spaced_run() -> None:
    assert key_view("они о т в р а т и т е л ь н ы е").text == " они отвратителные "
    # A soft sign in ordinary words is untouched, a lone one before a word stays a separator.
    assert key_view("мать ь это буква").text == " мат это буква "


def test_exclamation_marks_are_not_leet() -> None:
    assert key_view("die!!!").text == " die "
    assert key_view("sh!t").text == " shit "
