"""Safeguarding decisions that need more than one case line to state: the figure-of-speech guard,
the "asking for a friend" cover slipping to "me", and a boyfriend who is no "friend in danger".
The one-line cases are in ``cases/escalated*.txt`` and ``cases/kept_in_queue.txt``."""

from __future__ import annotations

import pytest
from tests.screening.expect import escalated

from childvoice.screening import Screener
from childvoice.screening.safeguarding import figure_of_speech


def test_figure_of_speech_needs_kill_words_and_no_earnest_words() -> None:
    assert figure_of_speech(frozenset({"kill_me", "hyperbole"}), "")
    assert figure_of_speech(frozenset({"kill_me"}), "x 😂")
    assert not figure_of_speech(frozenset({"kill_me"}), "no laughter")
    assert not figure_of_speech(frozenset({"hyperbole"}), "haha")
    assert not figure_of_speech(frozenset({"kill_me", "hyperbole", "real_threat"}), "")


# "Asking for a friend" is a cover only when an "I"/"me" follows it: an opinion ("I think") or
# an age ("I'm 13") after it is no slip, "he said he'd wait for me" is.
SLIP = "asking for a friend: what if a man from discord wants to meet on saturday and says not to tell ur mum? "


@pytest.mark.parametrize(
    ("ending", "route"),
    [
        ("i think thats creepy", "queue"),
        ("im 13", "queue"),
        ("he said he'd wait for me by the bus stop", "safeguarding"),
    ],
)
def test_asking_for_a_friend_slips_to_me(screener: Screener, ending: str, route: str) -> None:
    result = screener.screen(SLIP + ending, "en")
    assert result.route == route, result.reasons


def test_boyfriend_is_no_friend_in_danger(screener: Screener) -> None:
    """朋友 inside 男朋友 is not a friend: the child's own boyfriend is no "friend in danger"."""
    result = screener.screen("我网上的男朋友25岁，一直叫我拍照片给他，还说不许告诉别人", lang="zh")
    escalated(result)
    assert "friend_in_danger" not in result.reasons
