"""Sixth review: figures of speech ("will kill me" + laughter), policy talk (news, "there
should be a law", Russian "им/их" in Latin letters), grooming by someone in charge,
self-harm told by its method (Darija in Latin letters too), masked Arabic insults, spaced
Russian letters with digits, and hate against a group. Sentences are the team's own."""

from __future__ import annotations

import pytest

from childvoice.screening import Screener
from childvoice.screening.learned import candidate
from childvoice.screening.normalise import key, key_view
from childvoice.screening.safeguarding import figure_of_speech

FIGURES_OF_SPEECH = [
    ("en", "my mum is gonna kill me if I get home late tonight lol"),
    ("en", "revision is killing me 😂"),
    ("fr", "ma mère va me tuer si je rate encore le bus mdr"),
    ("es", "mi mamá me mata si llego tarde otra vez jajaja"),
    ("ru", "мама меня убьёт если я опоздаю на ужин хаха"),
    ("zh", "我妈说我再迟到就打死我哈哈"),
    ("ar", "ماما هتموتني لو اتأخرت تاني ههههه"),
    ("ar", "الواجب قاتلني"),
]

REAL_THREATS = [
    ("en", "I'm afraid my dad will really kill me, he hit me again"),
    ("en", "my stepdad said he will kill me and then he hit me"),
    ("fr", "j'ai peur que mon père me tue pour de vrai"),
    ("es", "tengo miedo de que mi papá me mate de verdad"),
    ("ru", "я боюсь что папа правда меня убьёт"),
    ("zh", "我很害怕我爸真的会杀了我"),
    ("ar", "انا خايف ابويا يقتلني بجد"),
]


@pytest.mark.parametrize(("lang", "text"), FIGURES_OF_SPEECH)
def test_kill_me_as_a_figure_of_speech_stays_in_the_queue(screener: Screener, lang: str, text: str) -> None:
    assert screener.screen(text, lang).route == "queue"


@pytest.mark.parametrize(("lang", "text"), REAL_THREATS)
def test_kill_me_with_fear_or_in_earnest_escalates(screener: Screener, lang: str, text: str) -> None:
    assert screener.screen(text, lang).route == "safeguarding"


def test_figure_of_speech_needs_kill_words_and_no_earnest_words() -> None:
    assert figure_of_speech(frozenset({"kill_me", "hyperbole"}), "")
    assert figure_of_speech(frozenset({"kill_me"}), "x 😂")
    assert not figure_of_speech(frozenset({"kill_me"}), "no laughter")
    assert not figure_of_speech(frozenset({"hyperbole"}), "haha")
    assert not figure_of_speech(frozenset({"kill_me", "hyperbole", "real_threat"}), "")


def test_laughter_does_not_hide_other_harm(screener: Screener) -> None:
    text = "my mum will kill me if she finds out a man on snap keeps asking me for pics lol"
    assert screener.screen(text, "en").route == "safeguarding"


def test_learned_check_stands_down_on_outings_and_figures_of_speech() -> None:
    signal = frozenset({"first_person", "family"})
    assert candidate(frozenset({"first_person", "family"}), signal, "")
    assert not candidate(frozenset({"first_person", "family", "outing"}), signal, "")
    assert not candidate(frozenset({"first_person", "kill_me", "hyperbole"}), signal | {"kill_me"}, "")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "went to the beach with my friends and my dad, it was so fun"),
        ("es", "fuimos al cine con mis amigas y mi papá"),
        ("ar", "رحنا السينما انا وصحابي وماما"),
    ],
)
def test_outings_with_friends_and_family_stay_in_the_queue(screener: Screener, lang: str, text: str) -> None:
    assert screener.screen(text, lang).route == "queue"


POLICY = [
    ("en", "I'm 15 and I think there should be a law so apps delete grown-ups who ask kids for nudes"),
    ("ru", "мне 14 и я думаю нужен закон чтобы соцсети удаляли взрослых которые просят у детей фото"),
    ("ru", "kuda im obrashatsya esli ih shantazhiruyut fotkami"),
    ("en", "I saw on the news that a man was arrested for blackmailing teens with their photos"),
    ("fr", "j'ai vu aux infos qu'un homme a été arrêté pour avoir fait chanter des filles avec leurs photos"),
    ("es", "vi en las noticias que detuvieron a un hombre por chantajear a chicas con sus fotos"),
    ("ru", "я видела в новостях что арестовали мужчину который шантажировал девочек их фото"),
    ("zh", "我在新闻上看到一个男的用照片威胁女孩被抓了"),
    ("ar", "شفت في الاخبار انهم قبضوا على راجل كان بيهدد بنات بصورهم"),
]


@pytest.mark.parametrize(("lang", "text"), POLICY)
def test_opinions_news_and_questions_about_others_stay_in_the_queue(screener: Screener, lang: str, text: str) -> None:
    assert screener.screen(text, lang).route == "queue"


DISCLOSURES = [
    # Same words as the policy talk above, about the child.
    ("en", "a man threatens to post the pics I already sent him to my mum unless I send more"),
    # An opinion about the law or a mention of the news does not hide the child's own situation.
    ("en", "i think what my coach does is illegal, he touches me after practice"),
    ("ru", "я думаю это незаконно, отчим бьёт меня каждый день"),
    ("en", "I saw on the news about sextortion and now a man is threatening to post my nudes"),
    ("ru", "он угрожает скинуть маме фотки которые я ему отправила если я не пришлю ещё"),
    ("ru", "on grozitsya otpravit mame moi foto esli ya ne prishlyu eshe"),
    ("ru", "один чел требует от меня новые фото, а если нет, то старые увидит весь класс"),
    ("en", "my coach says I'm his favourite and not to tell the others, he texts me late at night"),
    ("fr", "mon entraîneur dit que je suis sa préférée et m'écrit tard le soir"),
    ("es", "mi entrenador dice que soy su favorita y me escribe de madrugada"),
    ("ru", "тренер говорит что я его любимица и пишет мне поздно ночью"),
    ("zh", "教练说我是他最喜欢的，还半夜给我发消息"),
    ("ar", "المدرب بيقولي اني المفضله عنده وبيكلمني نص الليل"),
    ("ar", "kanqta3 f yeddi b jilet mlli kanqle9 w kanlbes kmam twal bach mama matchoufch"),
    ("en", "I cut my hand with a blade when I panic and wear long sleeves so my mum doesnt see"),
    ("fr", "je me coupe la main avec une lame de rasoir quand je stresse"),
    ("es", "me corto la mano con una cuchilla cuando estoy nerviosa"),
    ("ru", "режу руку лезвием от точилки когда тревожно"),
    ("zh", "我紧张的时候会用刀片割手"),
    ("ar", "لما بتوتر بجرح ايدي بالشفره وبلبس كم طويل"),
]


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosures_escalate(screener: Screener, lang: str, text: str) -> None:
    assert screener.screen(text, lang).route == "safeguarding"


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انت حمـ.ـار"),
        ("ar", "يا ابن الكـ**ـلب"),
        ("ru", "ты л о х и п 1 д 0 р"),
        ("ru", "ты х а ч и ч у р к а"),
        ("ru", "ты д 0 л б 0 е б"),
        ("ru", "эти таджики грязные, их надо выгнать из школы"),
        ("ar", "السوريين وسخين ولازم يرجعوا بلدهم"),
    ],
)
def test_masked_spaced_and_group_abuse_is_flagged(screener: Screener, lang: str, text: str) -> None:
    assert "abuse" in screener.screen(text, lang).flags


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "я думаю что травля мигрантов в школе это плохо"),
        ("ru", "п л о х о   с е г о д н я"),
        ("ar", "التمييز ضد السوريين في المدارس غلط ولازم يتوقف"),
        ("ar", "الاجانب في مدرستنا لطاف"),
        ("fr", "je suis en retard pour le bus"),
    ],
)
def test_policy_talk_about_groups_is_not_abuse(screener: Screener, lang: str, text: str) -> None:
    assert "abuse" not in screener.screen(text, lang).flags
