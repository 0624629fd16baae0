"""Everyday life told with harm words: games, accidents, pets, exams ([play], [accident], [pet],
[exam], [to_family], [harmless], [earnest] in ``moderation/<lang>/safeguarding.txt``)."""

from __future__ import annotations

import pytest

from childvoice.screening import Screener


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my cousin beat me at chess today"),
        ("en", "my brother kicked me in the shin by accident playing football"),
        ("fr", "le BEPC là ça va me tuer deh"),
        ("es", "me caí de la bici y me raspé la pierna, mi mamá me puso alcohol"),
        ("ar", "في ببجي واحد ضربني بالنار من بعيد"),
        ("zh", "把自己锁在房间里复习"),
    ],
)
def test_a_harm_word_next_to_a_game_an_accident_or_an_exam_is_everyday_life(
    screener: Screener, lang: str, text: str
) -> None:
    # The rules stand down (the learned check, retrained on its own, is not what is tested here).
    rule_reasons = {combo.reason for combo in screener.rules.combinations}
    assert rule_reasons.isdisjoint(screener.screen(text, lang).reasons)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The game is a time or a reason, not the arena.
        ("en", "my dad hits me when i lose at chess"),
        ("en", "my dad hits me for playing fortnite"),
        # A relative between the game and the blow.
        ("en", "in fortnite my dad hits me if i lose"),
        # A cover story or "on purpose".
        ("en", "i put plasters on my wrist and tell mum i fell off my bike"),
        ("fr", "il m'a frappé exprès au foot"),
        ("es", "mi padrastro me empujó de la bici y tengo moretones"),
        ("zh", "我爸因为我玩游戏打我"),
    ],
)
def test_near_misses_stay_disclosures(screener: Screener, lang: str, text: str) -> None:
    result = screener.screen(text, lang)
    assert result.route == "safeguarding"
    assert "learned_disclosure" not in result.reasons


def test_a_long_item_full_of_game_words_is_screened_in_time(screener: Screener) -> None:
    for lang, text in [
        ("en", "my brother hits me at chess by accident my cat " * 400),
        ("zh", "打乒乓球打我不小心我的猫" * 600),
        ("ar", "خيي عم يضربني بالبينغ بونغ بالغلط قطتي " * 400),
    ]:
        assert "screening_failed" not in screener.screen(text, lang).flags
