# ruff: noqa: E501
"""Round 16, false alarms: policy talk told through a parent's job, a documentary, a school lesson,
a law question (also Nigerian Pidgin) or an opinion against victim blaming; everyday days told with
harm words (a blanket in the cold, running away to the moon, teaching grandma WhatsApp, chores, a
song stuck in the head, a burnt finger, embarrassment laughed about). Each kind has its near-miss
disclosure, which must still escalate. Sentences are the team's own."""

from __future__ import annotations

import pytest
from tests.screening.expect import escalated, kept_in_queue

from childvoice.screening import Screener
from childvoice.screening.normalise import key_view

POLICY_TALK = [
    # An opinion against victim blaming, about girls in general.
    (
        "fr",
        "franchement ça me dégoûte, quand une meuf se fait menacer avec ses photos tout le monde lui dit t'avais qu'à pas",
    ),
    ("en", "it makes me sick how when a girl gets blackmailed over her pics people say she shouldnt have sent them"),
    ("es", "me da asco que cuando a una niña la amenazan con sus fotos le digan no las hubiera mandado"),
    ("ru", "меня бесит когда девочку шантажируют фотками а ей говорят не надо было скидывать"),
    ("zh", "真恶心，当女生被人拿照片威胁，总有人说谁叫你发"),
    # A school lesson and an opinion on what should be taught, about children in general.
    (
        "ar",
        "المعلمة شرحتلنا اليوم عن الاستدراج وبفكر لازم يعلموه بكير، كتير اولاد ما بيعرفوا انو اللي بيطلب صور غريب خطير",
    ),
    # A parent's job as the source.
    ("en", "my dad works with kids who self harm and he says tiktok makes it worse, should under 16s be banned"),
    ("zh", "我爸爸在一个公益组织做儿童保护，他说好多小孩被网上的男朋友骗去见面，学校应该多讲"),
    ("es", "mi tía trabaja en una fundación con niños que se autolesionan y dice que las redes lo empeoran"),
    # A documentary as the source, with the child's tears.
    (
        "en",
        "i just watched a documentary on a boy who ran off to meet someone from a game, i cried, apps need age checks",
    ),
    ("fr", "j'ai vu un docu sur une ado qui a fugué pour un mec rencontré sur insta, j'ai trop pleuré"),
    ("zh", "我看了个纪录片，说一个男孩离家出走去见网上认识的人，我看哭了"),
    ("ar", "شفت وثائقي عن ولد هرب من البيت ليقابل واحد من اللعبة، بكيت"),
    # A law question in Nigerian Pidgin.
    (
        "en",
        "wetin be the law for Ghana wey dey protect pikin from people wey dey ask for their nudes online? my guys no know say na crime",
    ),
]

EVERYDAY = [
    # Hiding under the blanket in the cold.
    ("en", "freezing today, i just want to disappear under the duvet till spring"),
    ("fr", "il fait moins dix, je veux disparaître sous ma couette tout le week-end"),
    ("es", "qué frío, quiero desaparecer bajo la frazada hasta el lunes"),
    ("ru", "хочу исчезнуть под одеялом до весны, мороз"),
    ("ar", "بدي اختفي تحت اللحاف لحد الربيع من البرد"),
    ("zh", "好冷 想消失在被窝里一整天"),
    # Running away to an impossible or fun place.
    ("en", "one more spelling test and im running away to narnia"),
    ("es", "otro examen más y me escapo a marte jajaja"),
    ("fr", "encore des divisions et je fugue sur mars"),
    ("ru", "ещё одна самостоялка и сбегу на марс"),
    ("ar", "والله لو في امتحان كمان بهرب عالمريخ"),
    ("zh", "再有一张卷子我就离家出走去月球"),
    # Teaching a grandparent to send photos.
    ("en", "taught my grandpa how to send pics on whatsapp, he sent me 40 photos of his tomatoes"),
    ("es", "le enseñé a mi abuelito a mandar fotos por whatsapp y ahora manda todo"),
    ("fr", "j'ai appris à mon papy à envoyer des photos sur whatsapp"),
    # Chores: "me toca" is "it's my turn"; 好累 after practice or housework.
    ("es", "hoy me toca trapear la cocina y sacar al perro"),
    ("es", "ayer me tocó cocinar para todos"),
    ("zh", "做家务好累，今天我负责洗碗"),
    ("zh", "训练好累 整个人废了"),
    # A song stuck in the head; sheets that "stuck" (overslept).
    ("es", "se me pega esa canción de la radio todo el día"),
    ("es", "se me pegaron las sábanas y llegué tarde"),
    # Small kitchen accidents.
    ("es", "me quemé la lengua con el chocolate caliente jaja"),
    ("fr", "je me suis brûlée le doigt en sortant les cookies du four"),
    # Embarrassment laughed about.
    ("es", "que oso, le dije mamá a la maestra, me quiero morir jajaja"),
    ("en", "so embarrassing!! i waved at someone who wasnt waving at me. i want to die lol"),
    ("fr", "trop la honte j'ai glissé devant toute la cour, je veux mourir mdr"),
    ("ru", "как стыдно, назвала учительницу мамой, хочу умереть хахаха"),
    ("zh", "好尴尬 我叫老师妈妈了 想死 哈哈哈"),
    ("ar", "يا فضيحتي ناديت المعلمة ماما بدي موت 😂😂"),
    # A school reason makes "kill me now" a figure of speech.
    ("en", "gym class first thing tomorrow and its the bleep test, kill me now"),
]

DISCLOSURES = [
    ("en", "i want to disappear forever, nobody would even notice"),
    ("es", "quiero desaparecer para siempre, nadie me extrañaría"),
    ("en", "i'll run away with the guy from tiktok, he said he'd pick me up"),
    ("es", "me voy a escapar de mi casa con el chavo de tiktok"),
    ("en", "im going to run away to the moon, my dad hits me every day"),
    ("en", "a man on whatsapp asked me to send photos and not tell my grandma"),
    ("en", "my dad hits me when i dont wash the dishes"),
    ("en", "my stepdad makes me clean all night and doesnt let me eat"),
    ("es", "mi tío me toca cuando me toca lavar los trastes"),
    ("es", "mi papá me pegó porque no barrí el patio"),
    ("es", "me quemé el brazo a propósito con el encendedor"),
    ("en", "i cut myself on purpose"),
    ("zh", "每天上学好累，不想活了"),
    ("es", "qué vergüenza lo que me hizo, me quiero morir"),
    ("fr", "j'ai trop honte il a mes photos je veux mourir"),
    ("en", "so embarrassing lol. but seriously i want to die"),
    ("en", "my mum works for an NGO but my stepdad hits me"),
    ("zh", "我妈妈在一个公益组织工作，可是我爸爸每天打我"),
    ("fr", "il m'a menacée de publier mes nudes et ma mère m'a dit fallait pas les envoyer"),
    ("en", "he threatened to post my nudes and my mum said i shouldnt have sent them"),
    ("zh", "网上认识的男朋友说要来学校接我，让我别告诉爸妈"),
    ("en", "abeg which law fit help me, one man dey threaten to post my nudes for internet"),
    ("en", "i want to die!!!"),
    ("en", "he hits me every night!!"),
]


@pytest.mark.parametrize(("lang", "text"), POLICY_TALK)
def test_policy_talk_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    kept_in_queue(screener.screen(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), EVERYDAY)
def test_everyday_harm_words_raise_no_rule(screener: Screener, lang: str, text: str) -> None:
    """The rules give no reason; the learned check is retrained separately."""
    result = screener.screen(text, lang=lang)
    assert [r for r in result.reasons if r != "learned_disclosure"] == [], result.reasons


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_near_miss_disclosures_still_escalate(screener: Screener, lang: str, text: str) -> None:
    escalated(screener.screen(text, lang=lang))


def test_boyfriend_is_no_friend_in_danger(screener: Screener) -> None:
    """朋友 inside 男朋友 is not a friend: the child's own boyfriend is no "friend in danger"."""
    result = screener.screen("我网上的男朋友25岁，一直叫我拍照片给他，还说不许告诉别人", lang="zh")
    escalated(result)
    assert "friend_in_danger" not in result.reasons


def test_exclamation_marks_are_not_leet() -> None:
    assert key_view("die!!!").text == " die "
    assert key_view("sh!t").text == " shit "
