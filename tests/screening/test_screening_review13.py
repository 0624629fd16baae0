"""Thirteenth review: Québec swearing ("sacres") and insults, Moroccan Darija insults in
Arabizi with the article fused to the word ("l7mar"), hate that names the group in one
sentence and calls to expel it in the next, and spam points that a child's football emoji
must not earn. Sentences are the team's own."""

from __future__ import annotations

import pytest

from childvoice.screening import Screener

ABUSIVE = [
    ("fr", "câlisse de panel de caves, personne vous écoute"),
    ("fr", "vous êtes une gang de mongols, fermez vos yeules"),
    ("fr", "ostie que vous êtes épais"),
    ("fr", "t'es ben cave mon gars"),
    ("fr", "mange d'la marde avec ton sondage"),
    ("fr", "t@b@rn@k c'est quoi ce panel"),
    ("ar", "ya l7mar sakt"),
    ("ar", "nta wel7mar dyalk"),
    ("ar", "kolkom zbel had lpanel"),
    ("ar", "sir t9awd nta w l'panel"),
    ("ar", "ya lbghel"),
]

CLEAN = [
    ("fr", "j'ai rangé mes bottes dans la cave chez ma grand-mère"),
    ("fr", "il a neigé, la couche est épaisse ce matin"),
    ("fr", "on a fait une tire d'érable à la cabane à sucre"),
    ("ar", "khrejt nlo7 zbel f la poubelle m3a baba"),
    ("ar", "ana w lmadrasa dyali kanhdro 3la l'internet"),
    ("ar", "عمري ١١ سنة والوداد ربح ٢-٠ 🔥 بغيت نقول خاص الانترنت ببلاش فالمدارس"),
    ("en", "we won 3-1 🔥 and i think wifi should be free at school"),
    ("es", "ganamos el torneo 💎🔥 y quiero internet gratis en la escuela"),
    # Doubled letters are folded, so a slur reads like two countries whose children take part.
    ("en", "which law in Nigeria protects children from scams online?"),
    ("en", "im a Nigerian girl and we need more coding clubs"),
    ("fr", "au Niger on n'a pas internet à l'école"),
    ("fr", "je vis au Nigéria avec ma tante"),
]


@pytest.mark.parametrize(("lang", "text"), ABUSIVE)
def test_quebec_and_darija_insults_are_abuse(screener: Screener, lang: str, text: str) -> None:
    assert "abuse" in screener.screen(text, lang=lang).flags


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_everyday_words_and_emoji_are_not_abuse_or_spam(screener: Screener, lang: str, text: str) -> None:
    result = screener.screen(text, lang=lang)
    assert "abuse" not in result.flags
    assert "spam" not in result.flags


HATE_AGAINST_A_GROUP = [
    ("fr", "les migrants ils volent tout. qu'ils rentrent chez eux"),
    ("es", "los venezolanos son unos ladrones. que se regresen a su país"),
    ("es", "los inmigrantes traen problemas. que se vayan de aquí"),
    ("ar", "هالسوريين لازم يرجعوا بلادهم"),
    ("en", "the rohingya are rats, ship them all back"),
    ("en", "all the p4k1s are the same, send every last one of them back"),
    ("zh", "东北人全是小偷，别让他们来我们学校"),
    ("zh", "那些黑gui就该回去"),
]

NOT_HATE = [
    ("en", "my neighbours are refugees from syria. they went back home last year"),
    ("en", "we had to throw them out, my old trainers were falling apart"),
    ("zh", "网上有人说河南人都是骗子，这就是地域歧视"),
    ("zh", "我在学拼音，gui 是鬼的拼音"),
    (
        "fr",
        "les réfugiés ont fui la guerre. à la télé un homme disait qu'ils doivent rentrer chez eux et c'est raciste",
    ),
    ("es", "los migrantes cruzan el desierto. en clase dijimos que nadie debería decirles que se regresen"),
    # Spoken Arabic "ب" + present tense tells what people do ("they go back home every summer").
    ("ar", "جيراننا السوريين بيرجعوا بلادهم كل صيف يزوروا جدتهم"),
    ("ar", "اللاجئين وبيرجعوا لبلادهم لما تخلص الحرب ان شاء الله"),
]


@pytest.mark.parametrize(("lang", "text"), HATE_AGAINST_A_GROUP)
def test_hate_against_a_group_is_flagged_even_over_two_sentences(screener: Screener, lang: str, text: str) -> None:
    assert "abuse" in screener.screen(text, lang=lang).flags


@pytest.mark.parametrize(("lang", "text"), NOT_HATE)
def test_talk_about_a_group_and_about_hate_is_not_hate(screener: Screener, lang: str, text: str) -> None:
    assert "abuse" not in screener.screen(text, lang=lang).flags


def test_slur_is_still_hate(screener: Screener) -> None:
    assert "abuse" in screener.screen("shut up you n1gger", lang="en").flags


def test_pidgin_please_is_not_a_threat(screener: Screener) -> None:
    text = "abeg send me your photo for the class magazine, the teacher wants all of us inside"
    assert screener.screen(text, lang="en").route != "safeguarding"


def test_ad_with_money_emoji_is_still_spam(screener: Screener) -> None:
    assert "spam" in screener.screen("free followers 💰 cheap likes, dm me", lang="en").flags
