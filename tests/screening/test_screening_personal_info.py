"""Personal data: number words read as digits, whole school names, and a law number that protects
only itself. The one-line cases are in ``cases/personal_data_*.txt``."""

from __future__ import annotations

import pytest

from childvoice.screening import Screener
from childvoice.screening.personal_info import spoken_digits


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("oh seven seven double four", "07744"),
        ("zéro sept, vingt-deux, quatorze, quatre-vingt-un", "07221481"),
        ("soixante-dix-sept quatre-vingt-dix", "7790"),
        ("восемь девятьсот шестнадцать триста сорок два", "8916342"),
        ("treinta y dos, cinco", "325"),
        ("خمسة وعشرين", "25"),
        ("deux cents", "200"),
    ],
)
def test_spoken_digits_reads_number_words(words: str, digits: str) -> None:
    assert spoken_digits(words)[0] == digits


def test_school_name_keeps_whole_words(screener: Screener) -> None:
    text = "estudio en el Colegio Nuevo Horizonte del Poblado desde chiquito"
    result = screener.screen(text, "es")
    assert [text[s.start : s.end] for s in result.spans] == ["Colegio Nuevo Horizonte del Poblado"]


def test_phone_after_a_law_is_still_removed(screener: Screener) -> None:
    """The law word only protects the number right after it; a phone later in the comment goes."""
    result = screener.screen("la loi n° 2023-566 c'est bien, appelle moi au 06 12 34 56 78", "fr")
    assert "2023-566" in result.redacted
    assert "06 12 34 56 78" not in result.redacted
