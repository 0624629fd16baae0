"""Chinese names in the shapes the eighteenth review described: "叫" opening a clause after the child said who
they are ("我是杭州的，叫X"), after "姓名", signed at the end after "by", Uyghur and Kazakh names with a middle
dot, a Latin name followed by its Chinese form, and a name after a school's class and "的". Near-misses where
"叫" means "ask, order", "的" is everyday grammar and "by" is English keep every word. Our own invented
sentences."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

SCREENER = Screener()

CAUGHT: list[tuple[str, list[str]]] = [
    # "叫" opening a clause.
    ("我是杭州的，叫许沐阳，想说作业太多了", ["许沐阳"]),
    ("大家好，我在昆明读书，叫段嘉禾。希望多开体育课", ["段嘉禾"]),
    # After "姓名".
    ("我是合肥八中的，姓名邹一帆，想问手机能不能带进学校", ["邹一帆"]),
    ("姓名：范晓彤，我觉得网课太累", ["范晓彤"]),
    # Signed after "by".
    ("希望食堂多一点水果 🍎 by 蔡承恩", ["蔡承恩"]),
    ("想要更多社团活动。by: 潘若溪", ["潘若溪"]),
    # Uyghur and Kazakh names with a middle dot.
    ("我叫米热·艾力，喜欢画画", ["米热·艾力"]),
    ("你们好，我是喀什的初二学生，古丽·吐尔逊，想多学编程", ["古丽·吐尔逊"]),
    # A Latin name followed by its Chinese form.
    ("我是吉隆坡的，叫 Ong Jia Wen 王嘉雯，觉得功课太多", ["Ong Jia Wen", "王嘉雯"]),
    ("我叫 Lee Zhi Hao 李志豪，想问网上安全", ["Lee Zhi Hao", "李志豪"]),
    # After a school's class and "的".
    ("我是柳州二中初三的蒋雨桐，想说考试太多", ["蒋雨桐"]),
    ("育英小学五年级的孔令轩，希望午休长一点", ["孔令轩"]),
    ("我是实验中学3班的韦佳琪，想要更多图书", ["韦佳琪"]),
]

KEPT: list[str] = [
    # "叫" meaning "ask, order, call for".
    "老师叫我们写一篇关于网络的作文",
    "周末懒得做饭，叫外卖吃了",
    "妈妈说，叫李明来我家一起写作业",
    "我叫他别玩手机了",
    "作业太多，叫高手来帮忙也没用",
    # "姓名" as a word.
    "姓名和电话不要随便发到网上",
    "为什么报名要写姓名？",
    # "by" in English phrases.
    "我最喜欢的歌是 Stand by Me",
    "step by step 地学英语比较好",
    "这个视频 made by 王者荣耀",
    # Middle-dot names of books and stars.
    "我喜欢看哈利·波特，你们呢",
    "我是书迷，哈利·波特，魔戒都看过",
    "列夫·托尔斯泰的书太长了",
    # "的" after a class, followed by ordinary words.
    "高一的周末，作业多到写不完",
    "高一的时候我最喜欢物理",
    "初二的王老师，上课很有意思",
    "五年级的同学，都想多一点体育课",
    "我们三班的高手，打游戏最厉害",
    # A Latin name without a Chinese form after it.
    "周末叫 Uber Eats 外卖，很方便",
]


@pytest.mark.parametrize(("text", "secrets"), CAUGHT)
def test_chinese_names_are_removed(text: str, secrets: list[str]) -> None:
    expect.removed(SCREENER.screen(text, lang="zh"), secrets)


@pytest.mark.parametrize("text", KEPT)
def test_chinese_near_misses_keep_every_word(text: str) -> None:
    expect.untouched(SCREENER.screen(text, lang="zh"), text)
