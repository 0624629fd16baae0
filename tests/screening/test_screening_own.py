"""Our own sentences for the situations the held-out evaluation showed we missed.

They live in ``tests/screening/own/<lang>.txt`` (see the README there) and are written
by the team, never copied from an evaluation set. The goals are the evaluation's goals,
per language. Run ``python tests/screening/test_screening_own.py`` for a table per
situation.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from childvoice.screening import Screener

OWN = Path(__file__).resolve().parent / "own"
LANGS = ("ar", "en", "es", "fr", "ru", "zh")


def cases(lang: str) -> list[tuple[str, str, list[str], str]]:
    out = []
    for line in (OWN / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, situation, text, *pii = (p.strip() for p in line.split(" | "))
        out.append((category, situation, pii[0].split(";;") if pii else [], text))
    return out


def outcomes(screener: Screener, lang: str) -> list[tuple[str, str, bool, str]]:
    """(category, situation, passed, text) for every case of ``lang``."""
    out = []
    for category, situation, pii, text in cases(lang):
        r = screener.screen(text, lang)
        esc = r.route == "safeguarding"
        if category == "disclosure":
            ok = esc
        elif category == "abusive":
            ok = "abuse" in r.flags and not esc
        elif category == "spam":
            ok = "spam" in r.flags and not esc
        else:
            ok = not esc
        ok = ok and all(s.casefold() not in r.redacted.casefold() for s in pii)
        if situation == "8" and category.startswith("safe"):
            ok = ok and "abuse" not in r.flags  # a near miss of hate or profanity: no abuse flag
        if situation == "11" and category != "disclosure":
            ok = ok and r.redacted == text  # over-redaction: every word of the child is kept
        out.append((category, situation, ok, text))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_own_sentences_meet_the_goals(screener: Screener, lang: str) -> None:
    results = outcomes(screener, lang)
    disc = [ok for c, _, ok, _ in results if c == "disclosure"]
    assert len(results) >= 40
    assert sum(disc) / len(disc) >= 0.95, [t for c, _, ok, t in results if c == "disclosure" and not ok]
    wrong = [t for c, _, ok, t in results if c != "disclosure" and not ok]
    assert len(wrong) <= 1, wrong


if __name__ == "__main__":
    s = Screener()
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for lang in LANGS:
        for category, situation, ok, text in outcomes(s, lang):
            table[situation][lang + "n"] += 1
            table[situation][lang] += ok
            if not ok:
                print(f"MISS {lang} {category} {situation}: {text}")
    print("situation " + " ".join(f"{lang:>6}" for lang in LANGS))
    for sit in sorted(table, key=int):
        print(f"{sit:>9} " + " ".join(f"{table[sit][lang]:>3}/{table[sit][lang + 'n']:<2}" for lang in LANGS))
