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
