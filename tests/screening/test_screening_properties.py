"""Screening never raises, and redaction removes nothing outside a flagged span."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from childvoice.screening import Screener, Span
from childvoice.screening.normalise import key_view, light_view
from childvoice.screening.redaction import apply, marker

SCREENER = Screener()

# Pieces that make the checks fire, mixed with arbitrary text, so spans are not always empty.
PIECES = st.sampled_from(
    [
        "my name is Anna Berg",
        "call +44 7700 900123",
        "mail a.b@example.org",
        "www.example.com/x",
        "@kid_123",
        "12 rue des Lilas",
        "Calle Sol 12",
        "ул. Ленина, д. 5",
        "我叫王小明，",
        "أنا ليلى أحمد الزين ",
        "i want to die",
        "s t u p i d",
        "free robux",
        "\u200b",
        "ـــ",
        " ",
        "\n",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=40), PIECES), max_size=8).map("".join)
LANGS = st.sampled_from([None, "ar", "zh", "en", "fr", "ru", "es", "xx"])


def _rebuild(text: str, spans: tuple[Span, ...], lang: str | None) -> str:
    return apply(text, spans, lang)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lang=LANGS)
def test_screen_never_raises_and_redaction_only_replaces_spans(text: str, lang: str | None) -> None:
    result = SCREENER.screen(text, lang)
    assert result.route in ("queue", "safeguarding")
    assert "screening_failed" not in result.flags
    # Spans are sorted, disjoint and inside the text.
    prev_end = 0
    for span in result.spans:
        assert prev_end <= span.start < span.end <= len(text)
        prev_end = span.end
    # The redacted text is the original with exactly those spans replaced by the marker.
    out_lang = lang if lang in ("ar", "zh", "en", "fr", "ru", "es") else result.language
    assert result.redacted == _rebuild(text, result.spans, out_lang)
    if not result.spans:
        assert result.redacted == text
    if "personal_info" not in result.flags:
        assert result.spans == ()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_views_map_every_character_back_into_the_text(text: str) -> None:
    for view in (light_view(text), key_view(text)):
        assert len(view.origin) == len(view.text)
        assert all(0 <= o < max(1, len(text)) for o in view.origin)
        assert list(view.origin) == sorted(view.origin)


def test_redaction_keeps_the_childs_other_words_exactly() -> None:
    text = "hi, I'm Tobias Reinhardt   and my email is t.r@example.com !!"
    result = SCREENER.screen(text, "en")
    mark = marker("en")
    assert result.redacted == f"hi, I'm {mark}   and my email is {mark} !!"
    assert [text[s.start : s.end] for s in result.spans] == ["Tobias Reinhardt", "t.r@example.com"]


# Words that make the personal-data check fire, with separators, so spans have edges to test.
WORDS = st.sampled_from(
    [
        "Colegio",
        "del",
        "de",
        "Poblado",
        "Horizonte",
        "escuela",
        "primaria",
        "12",
        "lycée",
        "des",
        "Lilas",
        "villa",
        "lot",
        "rue",
        "calle",
        "Sol",
        "школа",
        "№",
        "57",
        "my",
        "name",
        "is",
        "Anna",
        "Berg",
        "snap",
        "username",
        "zan9a",
        "seven",
        "oh",
        "ninety",
        "مدرسة",
        "النور",
        "abc",
        "x7",
        "Street",
        "Road",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", ", ", "-", "", ".", "\n"])
SPACED_TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), max_size=14).map(lambda ps: "".join(w + s for w, s in ps))


def _inside_word(text: str, i: int) -> bool:
    return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=SPACED_TEXTS, lang=st.sampled_from(["en", "fr", "es", "ru", "ar"]))
def test_every_span_starts_and_ends_on_a_word_boundary(text: str, lang: str) -> None:
    result = SCREENER.screen(text, lang)
    for span in result.spans:
        assert not _inside_word(text, span.start), (text, span)
        assert not _inside_word(text, span.end), (text, span)
