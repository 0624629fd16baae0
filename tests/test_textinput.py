"""Cleaning a child's message: property tests and the hostile-strings corpus."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from childvoice.errors import InvalidInput
from childvoice.textinput import MAX_CHARS, MAX_STORED_CHARS, clean_message
from tests.conftest import hostile_strings

BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _check_clean(out: str) -> None:
    assert out == out.strip() and out
    assert unicodedata.is_normalized("NFKC", out)
    assert not BIDI & set(out)
    assert all(unicodedata.category(c) not in ("Cc", "Cs") or c == "\n" for c in out)
    assert len(out) <= MAX_STORED_CHARS
    out.encode("utf-8")  # storable: no lone surrogates


@given(st.text(max_size=800))
def test_clean_message_never_crashes_and_output_is_clean(raw: str) -> None:
    try:
        out = clean_message(raw)
    except InvalidInput as exc:
        assert exc.key in {"empty", "too_long"}
        return
    _check_clean(out)


@given(st.text(min_size=1, max_size=200))
def test_clean_message_is_idempotent(raw: str) -> None:
    try:
        once = clean_message(raw)
    except InvalidInput:
        return
    assert clean_message(once) == once


def test_plain_multilingual_text_is_kept_exactly() -> None:
    for text in [
        "Why do apps not delete bad pictures faster?",
        "لماذا لا تحذف التطبيقات الصور بسرعة؟",
        "为什么应用不能更快删除坏照片？",
        "Почему приложения не удаляют плохие фото быстрее?",
        "¿Por qué las apps no borran las fotos más rápido?",
        "Pourquoi les applis ne suppriment pas plus vite ?",
        "👩‍👧 family emoji stays joined",
    ]:
        assert clean_message(text) == unicodedata.normalize("NFKC", text)


def test_bidi_override_is_removed_but_words_stay() -> None:
    assert clean_message("abc\u202edcba") == "abcdcba"


def test_length_limit_counts_characters_as_typed() -> None:
    assert len(clean_message("é" * MAX_CHARS)) == MAX_CHARS
    with pytest.raises(InvalidInput) as exc:
        clean_message("a" * (MAX_CHARS + 1))
    assert exc.value.key == "too_long"


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\t", "\u202e\u202c", "\x00\x01"])
def test_empty_after_cleaning_is_an_error(raw: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        clean_message(raw)
    assert exc.value.key == "empty"


def test_every_hostile_string_is_cleaned_or_refused_with_a_reason() -> None:
    for raw in hostile_strings():
        try:
            _check_clean(clean_message(raw))
        except InvalidInput as exc:
            assert exc.key in {"empty", "too_long"}
