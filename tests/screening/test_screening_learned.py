"""The learned safeguarding check: loads, scores, is deterministic, never raises, only adds."""

from __future__ import annotations

from tests.conftest import hostile_strings

from childvoice.screening import Screener
from childvoice.screening.learned import REASON, Model, candidate, features
from childvoice.screening.normalise import key_view
from childvoice.screening.pipeline import moderation_dir
from childvoice.screening.rules import LEARNED_FILE, load


def _model() -> Model:
    rules = load(moderation_dir())
    assert rules.learned, f"{LEARNED_FILE} is missing"
    return Model.from_data(rules.learned)


def test_weights_load_and_threshold_is_strict() -> None:
    model = _model()
    assert len(model.weights) > 1000
    assert 0.5 <= model.threshold < 1.0


def test_scores_rank_a_disclosure_above_policy_talk() -> None:
    model = _model()
    disclosure = model.score(key_view("my uncle touches me when mum is at work and says its our secret").text)
    policy = model.score(key_view("why do apps not stop adults messaging children?").text)
    assert 0.0 <= policy < disclosure <= 1.0


def test_deterministic() -> None:
    text = key_view("un homme sur insta me demande des photos et je sais pas quoi faire").text
    assert _model().score(text) == _model().score(text)
    assert features(text) == features(text)


def test_never_raises_on_hostile_strings() -> None:
    model = _model()
    screener = Screener()
    for s in hostile_strings():
        assert 0.0 <= model.score(key_view(s).text) <= 1.0
        result = screener.screen(s)
        assert "screening_failed" not in result.flags, s


def test_weights_are_in_the_rules_hash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    copy = tmp_path / "moderation"
    shutil.copytree(moderation_dir(), copy)
    before = load(copy).digest
    (copy / LEARNED_FILE).write_text('{"bias": 0, "threshold": 0.9, "weights": {}}\n', encoding="utf-8")
    assert load(copy).digest != before


def test_only_adds_escalations() -> None:
    screener = Screener()
    # The rules escalate this on their own: the learned reason is not needed.
    ruled = screener.screen("i just want to die, everything is too much", "en")
    assert ruled.route == "safeguarding" and REASON not in ruled.reasons
    # Policy talk never reaches the learned check.
    policy = screener.screen("I think platforms should stop strangers asking kids for photos.", "en")
    assert policy.route == "queue"


def test_rule_groups_found_in_the_item_are_features() -> None:
    """The model sees the context the rules name ("a game") beside the words."""
    text = key_view("my brother destroyed me at chess").text
    assert "s:play" in features(text, frozenset({"play", "first_person"}))
    assert not any(f.startswith("s:") for f in features(text))
    model = Model({"s:play": -3.0}, 0.0, 0.5)
    assert model.score(text, frozenset({"play"})) < model.score(text)


def test_learned_check_stands_down_on_outings_and_figures_of_speech() -> None:
    signal = frozenset({"first_person", "family"})
    assert candidate(frozenset({"first_person", "family"}), signal, "")
    assert not candidate(frozenset({"first_person", "family", "outing"}), signal, "")
    assert not candidate(frozenset({"first_person", "kill_me", "hyperbole"}), signal | {"kill_me"}, "")


def test_learned_stands_down_on_harmless_photos_and_introductions() -> None:
    signal = frozenset({"first_person", "close_person", "image", "adult", "online_contact"})
    concepts = frozenset({"image", "adult", "online_contact", "first_person"})
    photo = frozenset({"first_person", "image", "harmless_photo"})
    assert not candidate(photo, signal, "", concepts)
    # A harmless photo context does not hide an adult.
    assert candidate(photo | {"adult"}, signal, "", concepts)
    intro = frozenset({"first_person", "close_person", "naming", "online_contact"})
    assert not candidate(intro, signal, "", concepts)
    assert candidate(intro | {"adult"}, signal, "", concepts)
    assert not candidate(frozenset({"first_person", "blame_talk"}), signal, "", concepts)
