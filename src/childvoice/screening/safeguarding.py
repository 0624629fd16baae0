"""Tell a child's disclosure of harm from the many policy questions that use the same words.

The panel's topic is online sexual exploitation, so "sextortion", "grooming" or "abuse
images" appear in welcome questions. A disclosure is a *situation* (someone asks for
pictures and threatens; an adult sends gifts and wants to meet; a parent hits) told
about the child or someone close. So, per sentence:

1. find the concepts present (``moderation/<lang>/safeguarding.txt``: ``adult``,
   ``ask_image``, ``threat``, ``meet``, ``violence``...) and the combinations of
   ``moderation/combinations.txt`` they complete;
2. a ``[with_person]`` combination escalates only if the same sentence speaks of the
   child or someone close (``first_person``, ``close_person``; "we" counts only when the
   sentence is not about children in general) and is not a hypothetical
   ("what if", "hypothetically");
3. an ``[alone]`` combination (``self_harm``: "nobody would notice if I was gone") escalates
   unless the sentence is hypothetical.
   A ``[not_hypothetical]`` phrase ("he says that if I tell...") cancels the hypothetical
   words it contains: a threat quoted, not a "what if".
   A question about reporting content ([reporting]: "how do I report an account") or a
   "why/how" question ([policy_question]) about children in general ([generic]) is policy
   talk even when a friend asked it, and so is any sentence about platforms' feeds,
   filters and recommendations ([platform_talk]): only ``[alone]`` combinations can fire
   in that sentence.
4. a disclosure told over two neighbouring sentences ("A man asks for pics. It's me.")
   counts too, unless either sentence is policy talk (see :func:`_windows`).

5. figures of speech: "my mum will kill me if I'm late haha". When the item has laughter
   or an everyday reason ([hyperbole]: "haha", 😂, "if I'm late", "my grades") and nothing
   earnest ([real_threat]: "really", "not joking", "a knife"), concept words inside a
   [kill_me] phrase ("va me tuer", "打死我") are dropped; other harm words still count.
6. more policy talk: news about other people's cases ([news]) in a sentence, or an
   opinion ([not_personal]) that something should be law ([law_talk]), when no "I" is left
   in the sentence but an age ("I'm 14 and I think there should be a law..."). Russian "им/их"
   in Latin letters ("im", "ih": [they_plural]) is not the English "I'm". A feeling about
   the news ([feeling]: "I'm so scared", "我好害怕") counts like the age: "I'm 13, I saw on
   the news..., I'm so scared" is still the news. So is an opinion on blaming "the girl who
   sent the photo" ([blame_talk]) when no one but the child's age is named.
7. "sinon", "а то", "不然", "or else" ([otherwise]) are a threat only right after a demand
   ([demand]: "send more", "скинь"; or a request for pictures or money): "homework is
   killing me, sinon for the photo contest..." only changes the topic.
8. everyday life told with harm words: a harm word right next to a game or a sport ([play]:
   "hits me *at ping pong*", "*in PUBG* someone shot me"), an accident ([accident]: "elbowed
   me *by accident*", "fell *off my bike*"), a pet ([pet]: "*my cat* is sick and not eating"),
   an exam as the one that "kills" ([exam]: "*the exams* will kill me") or a grandparent as the
   one pictures go to ([to_family]) is about that, not about harm (see :data:`GUARDED`),
   unless the sentence is [earnest] (a cover story, "on purpose", "beat me up"). A harm word
   inside or overlapping a longer everyday phrase ([harmless]: "*locked myself in* my room",
   "*tombé malade*", "*felt so grown up*") is not that concept, and self-harm words inside a
   longer [kill_me] ("ma mère *va me tuer*") are someone else's threat, not self-harm.

9. a cover: "asking for a friend" ([friend_cover]) followed by an "I"/"me" that is not an
   opinion's or an age's ("…he'll pick me up at the school gate", "…我现在好乱") is the child's
   own story, like an [own_stake] phrase: the comment's hypothetical words are dropped.

10. daydreams and laughed-off shame: a run-away right before an impossible place ([dream_place]:
   "to the moon", "离家出走去迪士尼") is no run-away, and "I want to die" in a comment that laughs
   and is embarrassed ([embarrassed]: "qué oso… me quiero morir jajaja") is no self-harm. The friend
   朋友 inside a partner word 男朋友 ([relationship]) is not a friend in danger.

Words or links that suggest abuse material escalate with ``abuse_material_do_not_open``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.normalise import is_cjk
from childvoice.screening.rules import Hit, RuleSet

PERSON = "first_person"
CLOSE = "close_person"
FAMILY = "family"
WE = "we"
NOT_PERSONAL = "not_personal"
GENERIC = "generic"
HYPOTHETICAL = "hypothetical"
NEGATED = "negated"
NOT_HYPOTHETICAL = "not_hypothetical"
REPORTING = "reporting"
PLATFORM = "platform_talk"
POLICY_QUESTION = "policy_question"
KILL = "kill_me"
SELF_HARM = "self_harm"
HYPERBOLE = "hyperbole"
REAL = "real_threat"
# "sérieux, vous êtes-tu accros…", "seriously, do you guys…": "seriously" opening a question to
# others is a discourse marker, not earnest. A [real_threat] hit inside such a phrase does not count.
NOT_EARNEST = "not_earnest"
# Deepfake nudes named with only a "we" ("we talked about deepfake nudes") name no victim.
_NEEDS_VICTIM = frozenset({"fake", "nude", "fake_nude"})
LAW = "law_talk"
NEWS = "news"
THEY = "they_plural"
MINOR = "minor"
# "I'm so scared", "我好害怕": a feeling about news or about children in general; like an age,
# its "I" does not make a news report a disclosure.
FEELING = "feeling"
# "They always blame the girl who sent the photo": an opinion about other people's case.
BLAME_TALK = "blame_talk"
# "sinon", "а то", "不然", "وإلا", "or else": a threat only right after a demand ("send more pics,
# or else..."); in chat the same word changes the topic ("homework is killing me, sinon for the
# photo contest..."). A [otherwise] hit counts as [threat] when a [demand] (or [ask_image],
# [pay_demand]) ends before it in the same sentence, at most DEMAND_REACH key characters away.
OTHERWISE = "otherwise"
# "...sinon je vais oublier", "а то опоздаю": an everyday consequence after "otherwise" is no threat.
EVERYDAY = "otherwise_everyday"
THREAT = "threat"
# "i dont want him to be mad at me", "no quiero que se enoje conmigo": the child's own stake in
# what "he" does. A "what if" or "asking for a friend" elsewhere in the comment is then a cover,
# not a hypothetical: the comment's [hypothetical] words are dropped and it speaks of the child.
OWN_STAKE = "own_stake"
# A partner word ("boyfriend", 男朋友): it hides the "friend" (朋友) inside it.
COUPLE = "relationship"
# "asking for a friend", "c pour une copine", "帮朋友问一下", "بسأل عن صاحبتي": a cover. When an
# "I"/"me" (not an opinion's, not an age's) comes after it ("...he's already bought me stuff",
# "...jsais pa koi faire", "...他说会来学校门口接我", "...不知道要不要去"), the friend was the child:
# the comment counts as the child's own stake (see OWN_STAKE).
FRIEND_COVER = "friend_cover"
MEET = "meet"
DEMANDS = frozenset({"demand", "ask_image", "pay_demand"})
DEMAND_REACH = 60
# Laughing emoji are not letters, so the key view drops them: they are looked for in the raw text.
LAUGHTER = frozenset("\U0001f602\U0001f923\U0001f639\U0001f606\U0001f605\U0001f606\U0001f92a")
CRYING = "\U0001f62d"
MATERIAL = "abuse_material"
MATERIAL_OFFER = "abuse_material_offer"
# "If I see a CSAM link in a game and report it, do the police get told?": a question about
# reporting, not an offer. It cancels the offer words ("link", "链接"), never a real link or handle.
MATERIAL_REPORT = "material_report"
FRIEND_REASON = "friend_in_danger"
MATERIAL_REASON = "abuse_material_do_not_open"


# Everyday contexts and the harm concepts each one explains. ``near``: only when the context
# stands right next to the harm words, after them (at most ``after`` words between: "beat me
# today at chess", "kicked me in the shin by accident") or before them (at most BEFORE_WORDS
# words, none of them a relative or friend: "in fortnite someone killed me", but not "in
# fortnite my dad hits me"); in Chinese, at most AFTER_HAN / BEFORE_HAN characters. ``anywhere``:
# anywhere in the same sentence ("fell off my scooter and got a massive bruise"). "My dad hits me
# when I lose at chess" keeps its harm words; so does a sentence holding an [earnest] phrase:
# a cover story ("told them I fell off my bike", "said it was an accident"), a beating ("beat
# me up"), "on purpose" (unless inside a longer context phrase: "not on purpose").
class Guard(NamedTuple):
    near: frozenset[str]
    anywhere: frozenset[str] = frozenset()
    after: int = 1
    # Only in a comment that laughs (😂, "jaja", "lol", "mdr") and says nothing in earnest
    # ([real_threat]: "seriously", "not joking"); its ``anywhere`` concepts are then explained in
    # every sentence ("So embarrassing!! I tripped in front of everyone, I want to die 😂").
    laughing: bool = False
    # A laughing guard that also stands for a crying emoji (😭): "destroyed me at fifa 6-0, I want to die 😭".
    crying: bool = False


GUARDED: dict[str, Guard] = {
    # Games and sports: "my brother hits me at ping pong", "في ببجي واحد ضربني".
    "play": Guard(frozenset({"violence", "injury", "wound", "kill_me", "self_injury"}), frozenset({"injury", "wound"})),
    # Accidents and falls: "elbowed me by accident", "me caí de la bici".
    "accident": Guard(frozenset({"violence", "self_injury", "injury", "wound"}), frozenset({"injury", "wound"}), 3),
    # A sick or hurt pet: "my cat is sick and not eating".
    "pet": Guard(frozenset({"self_injury", "neglect", "injury", "wound", "kill_me"})),
    # An exam as the one that "kills": "the exams will kill me".
    "exam": Guard(frozenset({"kill_me"})),
    # Pictures sent to a parent or grandparent by WhatsApp ("le mandé fotos a mi abuelita por
    # whatsapp"): the contact is the family. Only the app counts, never the pictures: "he will
    # send my photos to my mum" is a threat.
    "to_family": Guard(frozenset({"online_contact"})),
    # A present for a birthday, Christmas or Eid ("mi padrastro me regaló una bici por mi
    # cumpleaños"): the gift is everyday life. A secret or pictures in the sentence still count.
    "celebration": Guard(frozenset(), frozenset({"gift"})),
    # A run-away to the moon, Mars, Disneyland ("сбегу на Луну", "离家出走去迪士尼"): a daydream.
    "dream_place": Guard(frozenset({"run_away"})),
    # "Qué vergüenza… me quiero morir 😂": embarrassment laughed about is a figure of speech. The
    # shame alone is not ("j'ai trop honte, je veux mourir" is earnest): the comment must laugh.
    "embarrassed": Guard(frozenset(), frozenset({"self_harm", "self_harm_other", "suicidal_thought"}), laughing=True),
    # Someone else's wedding ("my cousin is getting married next week", "我表姐下周结婚"): the
    # [marriage] words in it are a family party. Being married off ([married_off]) is not explained.
    "wedding": Guard(frozenset({"marriage"})),
    # A lost game ("m'a massacré à FIFA 6-0", "me re mató en el fifa") or someone fed up with the
    # child's gaming ("打机打到佢想死"), laughed or cried about: "I want to die" is a figure of speech.
    "game_joke": Guard(
        frozenset(), frozenset({"self_harm", "self_harm_other", "suicidal_thought"}), laughing=True, crying=True
    ),
}
EARNEST = "earnest"
# Adults in charge of children outside the family (coach, teacher, instructor): a harm word in
# their sentence is never excused by the game, sport or accident around it.
AUTHORITY = "authority"
BEFORE_WORDS = 2
AFTER_HAN, BEFORE_HAN = 3, 2
# How far (in words) a context may stand from the harm words it explains, at most.
_REACH = max(AFTER_HAN, BEFORE_HAN, BEFORE_WORDS, *(g.after for g in GUARDED.values()))
# A harm word inside or overlapping a longer everyday phrase ("locked myself in my room",
# "tombé malade", "felt so grown up", "fotos de mi dibujo") is not that concept.
HARMLESS = "harmless"
_PAIR_BLOCKERS = (NOT_PERSONAL, GENERIC, HYPOTHETICAL, NEGATED, REPORTING, PLATFORM, POLICY_QUESTION, NEWS)


# Written laughter that the key view shortens to one letter (ههههه → ه, хахаха stays): looked
# for in the raw text, like the emoji. Chinese net slang laughs too: "笑死", "xswl" (笑死我了), "2333".
_LAUGHING = re.compile(
    r"ه{3,}|خ{3,}|(?:h[ae]){2,}|h{3,}|(?:ja|je){2,}|(?:ха|ах|хе){2,}|哈哈|呵呵|嘻嘻|笑死|xswl|2333+", re.IGNORECASE
)


# Laughing words that stand alone ("lol", "mdr", "ptdr", "xD", "jsjs"), for the guards that need laughter.
_LAUGH_WORDS = re.compile(r"(?<![^\W\d_])(?:lo+l+|lmf?ao+|mdr+|ptdr+|x+d+|rofl|jsjs\w*|kkk+)(?![^\W\d_])", re.I)


def laughs(text: str) -> bool:
    """True if the comment laughs: a laughing emoji, "hahaha", "jajaja", "哈哈", "ههههه", "lol", "mdr"."""
    return not LAUGHTER.isdisjoint(text) or _LAUGHING.search(text) is not None or _LAUGH_WORDS.search(text) is not None


def figure_of_speech(sections: frozenset[str], text: str) -> bool:
    """True if "will kill me" in this item is a joke: laughter or an everyday reason, nothing earnest."""
    if KILL not in sections or REAL in sections:
        return False
    return HYPERBOLE in sections or not LAUGHTER.isdisjoint(text) or _LAUGHING.search(text) is not None


class _Masks:
    """Mask phrases ``(start, end)``; asks whether a longer one covers a hit, in log time.

    A long item holds many "I"/"my" hits and many mask phrases: instead of comparing every
    pair, the masks are sorted by start and the furthest end reached so far is kept."""

    __slots__ = ("ends", "exact", "spans", "starts")

    def __init__(self, masks: list[tuple[int, int]]) -> None:
        masks.sort()
        self.spans = masks
        self.exact = set(masks)
        self.starts = [start for start, _ in masks]
        furthest = -1
        self.ends = []
        for _, end in masks:
            furthest = max(furthest, end)
            self.ends.append(furthest)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def covers(self, hit: Hit) -> bool:
        n = bisect_right(self.starts, hit.start)
        if n == 0 or self.ends[n - 1] < hit.end:
            return False
        # Some mask starting at or before the hit reaches its end: longer than the hit unless
        # a mask has exactly the hit's span, and then another one must be found.
        if (hit.start, hit.end) not in self.exact:
            return True
        length = hit.end - hit.start
        return any(hit.end <= end and (end - start) > length for start, end in self.spans[:n])

    def overlaps(self, start: int, end: int) -> bool:
        """True if a mask overlaps ``[start, end)`` and is not a shorter phrase inside it."""
        k = bisect_left(self.starts, end) - 1
        while k >= 0 and self.ends[k] > start:
            ms, me = self.spans[k]
            if me > start and not (start <= ms and me <= end and me - ms < end - start):
                return True
            k -= 1
        return False


def _masked(hit: Hit, masks: _Masks) -> bool:
    """True if a longer mask phrase covers the hit."""
    return masks.covers(hit)


def _covered(hit: Hit, covers: list[tuple[int, int]]) -> bool:
    """True if a phrase ``(start, end)`` of at least the hit's length covers it."""
    return any(start <= hit.start and hit.end <= end for start, end in covers)


def _no_one_named(found: dict[str, list[Hit]]) -> bool:
    """True if the only "I" left in a window is an age ("I am 14") or a feeling ("I'm so
    scared", [feeling]): news and opinions about the law are policy talk, but "I think it's
    illegal, he hits me" still speaks of the child."""
    ages = (*found.get(MINOR, ()), *found.get(FEELING, ()))
    return not any(
        not any(a.start <= p.start and p.end <= a.end for a in ages)
        for p in (*found.get(PERSON, ()), *found.get(CLOSE, ()))
    )


# Han ideographs (as ``normalise.is_cjk``): each one is a "word" of its own when counting the
# words between two phrases; elsewhere a word is a run of non-spaces.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df"
_UNIT = re.compile(f"[{_HAN}]|[^\\s{_HAN}]+")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_WORD_END = re.compile(f"[\\s{_HAN}]")


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A hit's span in the key view without its padding, to the end of its last word (a ``hit*`` stem)."""
    if text[start] == " ":
        start += 1
    if end > start and text[end - 1] == " ":
        end -= 1
    elif end < len(text) and not is_cjk(text[end - 1]):
        m = _WORD_END.search(text, end)
        end = m.start() if m else len(text)
    return start, end


class _Context(NamedTuple):
    guard: Guard
    start: int  # key-view span, without padding
    end: int
    sentence: int
    first: int  # index of its first word
    after: int  # number of words before its end


class Guards:
    """Everyday contexts ([play], [accident], [pet], [exam], [to_family]) and [harmless] phrases of one item.

    Words are counted by position (``bisect`` over the start of every word), and the contexts
    are filed by the index of their first and last word: a long item full of game words costs a
    few look-ups per harm word, not a walk over all of them."""

    __slots__ = (
        "anywhere",
        "by_end",
        "by_first",
        "earnest",
        "han",
        "harmless",
        "longest",
        "people",
        "text",
        "told",
        "whole",
        "words",
    )

    def __init__(self, item: Item, text: str, earnest_words: bool = True) -> None:
        self.text = text
        self.words = [m.start() for m in _UNIT.finditer(text)]
        self.han = [m.start() for m in _HAN_CHAR.finditer(text)]
        self.by_first: dict[int, list[_Context]] = defaultdict(list)
        self.by_end: dict[int, list[_Context]] = defaultdict(list)
        self.anywhere: dict[int, set[str]] = defaultdict(set)
        self.whole: set[str] = set()  # explained in every sentence (a laughing guard, see Guard)
        self.longest = 0
        harmless: list[tuple[int, int]] = []
        people: list[tuple[int, int]] = []
        contexts: list[_Context] = []
        earnest: list[Hit] = []
        authority: set[int] = set()
        for h in item.hits:
            if h.section in GUARDED and GUARDED[h.section].laughing:
                guard = GUARDED[h.section]
                # "seriously", "not joking": earnest. A crying emoji counts for a [game_joke].
                if not earnest_words and ((guard.crying and CRYING in item.text) or laughs(item.text)):
                    self.whole.update(guard.anywhere)
            elif h.section in GUARDED:
                start, end = _word_span(text, h.start, h.end)
                guard, sentence = GUARDED[h.section], item.sentence_of(h)
                c = _Context(guard, start, end, sentence, self._word(start), self._word(end))
                contexts.append(c)
                self.by_first[c.first].append(c)
                self.by_end[c.after].append(c)
                self.longest = max(self.longest, c.after - c.first)
                self.anywhere[sentence].update(guard.anywhere)
            elif h.section == HARMLESS:
                harmless.append(_word_span(text, h.start, h.end))
            elif h.section in (CLOSE, FAMILY):
                people.append(_word_span(text, h.start, h.end))
            elif h.section == EARNEST:
                earnest.append(h)
            elif h.section == AUTHORITY:
                authority.add(item.sentence_of(h))
        harmless.sort()
        self.harmless = _Masks(harmless) if harmless else None
        people.sort()
        self.people = people
        # "on purpose" inside "not on purpose" ([accident]) is not earnest.
        self.earnest: set[int] = set(authority)  # "at football my coach hits me": no game excuses an adult in charge
        self.told: set[int] = set()  # sentences with an [earnest] phrase
        for h in earnest:
            start, end = _word_span(text, h.start, h.end)
            if not any(
                c.start <= start and end <= c.end and c.end - c.start > end - start
                for n in range(self._word(start) - self.longest, self._word(start) + 1)
                for c in self.by_first.get(n, ())
            ):
                self.told.add(item.sentence_of(h))
        self.earnest |= self.told

    def _word(self, pos: int) -> int:
        """The number of words that start before ``pos``."""
        return bisect_left(self.words, pos)

    def _gap(self, start: int, end: int) -> tuple[int, bool]:
        """The words in ``text[start:end]``, and whether any is a Han character."""
        return self._word(end) - self._word(start), bisect_left(self.han, end) > bisect_left(self.han, start)

    def _person_between(self, start: int, end: int) -> bool:
        n = bisect_left(self.people, (start, start))
        while n < len(self.people) and self.people[n][0] < end:
            if self.people[n][1] <= end:
                return True
            n += 1
        return False

    def explain(self, hit: Hit, sentence: int) -> bool:
        """True if the harm words of ``hit`` are about a game, an accident, a pet, an exam or an everyday phrase."""
        start, end = _word_span(self.text, hit.start, hit.end)
        if self.harmless is not None and self.harmless.overlaps(start, end):
            return True
        section = hit.section
        # A laughed-off embarrassment ("called the teacher mum, I want to die 😂"): an adult in
        # charge in the sentence does not make it earnest, an [earnest] phrase does.
        if section in self.whole and sentence not in self.told:
            return True
        if sentence in self.earnest:
            return False
        if section in self.anywhere.get(sentence, ()):
            return True
        first, last = self._word(start), self._word(end)
        reach = _REACH
        # Contexts that overlap the harm words or start shortly after them.
        for n in range(first - self.longest, last + reach + 1):
            for c in self.by_first.get(n, ()):
                if c.sentence != sentence or section not in c.guard.near:
                    continue
                if max(c.start, start) < min(c.end, end):  # "hit me with" + "with the ball"
                    return True
                if c.start >= end:
                    words, han = self._gap(end, c.start)
                    if words <= (AFTER_HAN if han else c.guard.after):
                        return True
        # Contexts that end shortly before them, with no relative or friend in between.
        for n in range(first - reach, first + 1):
            for c in self.by_end.get(n, ()):
                if c.sentence != sentence or section not in c.guard.near or c.end > start:
                    continue
                words, han = self._gap(c.end, start)
                if words <= (BEFORE_HAN if han else BEFORE_WORDS) and not self._person_between(c.end, start):
                    return True
        return False


def _demanded(item: Item) -> set[Hit]:
    """The [otherwise] hits that follow a demand closely in their sentence: threats, not topic changes."""
    ends: dict[int, list[int]] = defaultdict(list)
    others: list[Hit] = []
    everyday: list[tuple[int, int]] = []
    for h in item.hits:
        if h.section in DEMANDS:
            ends[item.sentence_of(h)].append(h.end)
        elif h.section == OTHERWISE:
            others.append(h)
        elif h.section == EVERYDAY:
            everyday.append((h.start, h.end))
    out: set[Hit] = set()
    for h in others:
        if everyday and _covered(h, everyday):
            continue
        # Phrases are padded with a space at each end: a demand ending where "sinon" starts touches it.
        if any(h.start + 1 >= end >= h.start - DEMAND_REACH for end in ends.get(item.sentence_of(h), ())):
            out.add(h)
    return out


def _slipped(hits: list[Hit], person_masks: _Masks, they_cover: list[tuple[int, int]]) -> bool:
    """True if an "I"/"me" comes after an "asking for a friend" cover ([friend_cover]).

    An "I" inside a longer opinion, "we" or friend phrase ("I think", "my friend"), an age ("I'm
    13", [minor]) or a Russian "им" ([they_plural]) is no slip."""
    cover_end = min((h.end for h in hits if h.section == FRIEND_COVER), default=None)
    if cover_end is None:
        return False
    ages = [(h.start, h.end) for h in hits if h.section == MINOR]
    return any(
        h.section == PERSON
        and h.start >= cover_end - 1  # phrases are padded: the next word may share the space
        and not (person_masks and _masked(h, person_masks))
        and not _covered(h, they_cover)
        and not _covered(h, ages)
        for h in hits
    )


def _windows(by_sentence: dict[int, dict[str, list[Hit]]]) -> Iterator[dict[str, list[Hit]]]:
    """Each sentence alone, then each pair of neighbouring sentences taken together.

    Children spread one disclosure over two short sentences ("A man asks for pics. It's
    me."). A pair counts only when neither sentence is policy talk: an opinion or a
    question about the topic ([not_personal]), children in general ([generic]), a
    hypothetical or a negation anywhere in the pair keeps the pair out.
    """
    yield from by_sentence.values()
    for n in sorted(by_sentence):
        first, second = by_sentence[n], by_sentence.get(n + 1)
        if second is None:
            continue
        if not (first.keys().isdisjoint(_PAIR_BLOCKERS) and second.keys().isdisjoint(_PAIR_BLOCKERS)):
            continue
        merged: dict[str, list[Hit]] = defaultdict(list)
        for part in (first, second):
            for name, found in part.items():
                merged[name].extend(found)
        yield merged


def build(rules: RuleSet) -> Check:
    combos = rules.combinations
    concepts = frozenset(c for combo in combos for c in combo.concepts)
    combo_sets = tuple({combo.concepts: None for combo in combos})  # each distinct set of concepts once
    # A longer phrase of these kinds hides the "I"/"we" inside it: "I think", "we" in "my friend
    # and I", "сама" in the quoted verdict "сама виновата" ([blame_talk]).
    person_masks = frozenset({NOT_PERSONAL, WE, CLOSE, BLAME_TALK})
    # The sections that can explain away harm words ("hits me at ping pong", "locked myself in").
    guard_sections = frozenset({*GUARDED, HARMLESS})
    # Only these sections can change the outcome; every other hit is skipped at once.
    relevant = frozenset(
        concepts
        | {
            PERSON,
            CLOSE,
            WE,
            NOT_PERSONAL,
            GENERIC,
            HYPOTHETICAL,
            NEGATED,
            NOT_HYPOTHETICAL,
            REPORTING,
            PLATFORM,
            POLICY_QUESTION,
            LAW,
            NEWS,
            THEY,
            FEELING,
            BLAME_TALK,
        }
    )

    def safeguarding(item: Item) -> Finding:
        hits = item.hits
        if not hits:
            return Finding()
        present_anywhere = item.sections
        if REAL in present_anywhere and NOT_EARNEST in present_anywhere:
            markers = [(h.start, h.end) for h in hits if h.section == NOT_EARNEST]
            if all(_covered(h, markers) for h in hits if h.section == REAL):
                present_anywhere = present_anywhere - {REAL}
        demanded: set[Hit] = set()
        if OTHERWISE in present_anywhere and not present_anywhere.isdisjoint(DEMANDS):
            demanded = _demanded(item)
            if demanded:
                present_anywhere = present_anywhere | {THREAT}
        reasons: list[str] = []
        if MATERIAL in present_anywhere and (
            (MATERIAL_OFFER in present_anywhere and MATERIAL_REPORT not in present_anywhere)
            or any(s.kind in ("url", "handle") for s in item.spans)
        ):
            reasons.append(MATERIAL_REASON)
        # Most items complete no combination even over the whole text: no sentence work needed.
        if present_anywhere & concepts and any(map(present_anywhere.issuperset, combo_sets)):
            _disclosures(item, hits, reasons, present_anywhere, demanded)
        if not reasons:
            return Finding()
        return Finding(flags=("safeguarding",), reasons=tuple(reasons), route="safeguarding")

    def _disclosures(
        item: Item, hits: list[Hit], reasons: list[str], sections: frozenset[str], demanded: set[Hit]
    ) -> None:
        person_cover: list[tuple[int, int]] = []
        hypo_cover: list[tuple[int, int]] = []
        generic_cover: list[tuple[int, int]] = []
        couple_cover: list[tuple[int, int]] = []
        kill_cover: list[tuple[int, int]] = []
        kill_spans: list[tuple[int, int]] = []
        they_cover: list[tuple[int, int]] = []
        meet_cover: list[tuple[int, int]] = []
        joke = figure_of_speech(sections, item.text)
        stake = OWN_STAKE in sections
        guards = Guards(item, item.key.text, REAL in sections) if not guard_sections.isdisjoint(sections) else None
        for h in hits:
            if h.section == KILL:
                kill_spans.append((h.start, h.end))
                if joke or (guards is not None and guards.explain(h, item.sentence_of(h))):
                    kill_cover.append((h.start, h.end))
            elif h.section == THEY:
                they_cover.append((h.start, h.end))
            if h.section in person_masks:
                person_cover.append((h.start, h.end))
            elif h.section == NOT_HYPOTHETICAL:
                hypo_cover.append((h.start, h.end))
            if h.section == GENERIC:
                generic_cover.append((h.start, h.end))
            elif h.section == MEET:
                meet_cover.append((h.start, h.end))
            elif h.section == COUPLE:
                couple_cover.append((h.start, h.end))
        person_masks_ = _Masks(person_cover)
        hypo_masks = _Masks(hypo_cover)
        generic_masks = _Masks(generic_cover)
        couple_masks = _Masks(couple_cover)
        kill_masks = _Masks(kill_spans)
        meet_masks = _Masks(meet_cover)
        # A longer "I" phrase holding opinion words ("i wrote letters" holds "i wrote", "i feel like
        # a burden" holds "i feel like") tells the child's own act: those [not_personal] words do
        # not count, as [not_hypothetical] cancels the "if" inside a quoted threat.
        own_masks = (
            _Masks([(h.start, h.end) for h in hits if h.section == PERSON]) if NOT_PERSONAL in sections else None
        )
        if not stake and FRIEND_COVER in sections:
            stake = _slipped(hits, person_masks_, they_cover)
        by_sentence: dict[int, dict[str, list[Hit]]] = defaultdict(lambda: defaultdict(list))
        view = item.key
        text, origin = view.text, view.origin
        last = len(origin) - 1
        starts = item.sentence_starts
        for h in hits:
            section = h.section
            if section == OTHERWISE and h in demanded:
                section = THREAT
            elif section not in relevant or (section == REAL and REAL not in sections):
                continue
            if section in (PERSON, WE) and person_masks_ and _masked(h, person_masks_):
                continue
            if section == HYPOTHETICAL and (stake or (hypo_masks and _masked(h, hypo_masks))):
                continue
            if section == NOT_PERSONAL and own_masks and _masked(h, own_masks):
                continue
            if section == PERSON and they_cover and _covered(h, they_cover):
                continue
            # A figure of speech: harm words inside "will kill me" do not count.
            if kill_cover and section in concepts and _covered(h, kill_cover):
                continue
            # "ma mère va me tuer": someone else would kill; "me tuer" inside it is no self-harm.
            if section == SELF_HARM and kill_masks and _masked(h, kill_masks):
                continue
            # A concept or a friend inside a longer word for children in general is not that
            # concept (Chinese 成年人 "adult" inside 未成年人 "minors", 朋友 "friend" in 小朋友 "kids").
            if (section in concepts or section == CLOSE) and generic_masks and _masked(h, generic_masks):
                continue
            # The school where someone will wait or pick the child up ("заберёт меня у школы",
            # "来学校门口接我") is a place, not schools in general.
            if section == GENERIC and meet_masks and _masked(h, meet_masks):
                continue
            # Nor is the friend inside a partner word (朋友 in 男朋友 "boyfriend"): someone's boyfriend,
            # not the child's friend; "my boyfriend" keeps its "my".
            if section == CLOSE and couple_masks and _masked(h, couple_masks):
                continue
            pos = h.start + 1 if text[h.start] == " " else h.start
            sentence = bisect_right(starts, origin[min(pos, last)]) - 1 if last >= 0 else 0
            # Everyday life: "hits me at ping pong", "my cat is not eating", "locked myself in".
            if guards is not None and section in concepts and guards.explain(h, sentence):
                continue
            by_sentence[sentence][section].append(h)
        # Only the combinations complete over the whole item can be complete in one window.
        possible = [combo for combo in combos if combo.concepts <= sections]
        for found in _windows(by_sentence):
            present = {name for name in found if name in concepts}
            if not present or HYPOTHETICAL in found or NEGATED in found:
                continue
            # Policy talk: reporting or a "why/how" question about children in general, or a
            # sentence about platforms' feeds, filters and recommendations.
            policy = (
                ((REPORTING in found or POLICY_QUESTION in found) and GENERIC in found)
                or PLATFORM in found
                or (
                    (NEWS in found or BLAME_TALK in found or (LAW in found and NOT_PERSONAL in found))
                    and _no_one_named(found)
                )
            )
            strong = not policy and (PERSON in found or CLOSE in found or stake)
            weak = not policy and WE in found and GENERIC not in found
            for combo in possible:
                if combo.concepts <= present and (
                    not combo.needs_person or strong or (weak and not combo.concepts <= _NEEDS_VICTIM)
                ):
                    if combo.reason not in reasons:
                        reasons.append(combo.reason)
                    if CLOSE in found and combo.needs_person and FRIEND_REASON not in reasons:
                        reasons.append(FRIEND_REASON)

    return safeguarding
