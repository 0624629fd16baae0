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

Words or links that suggest abuse material escalate with ``abuse_material_do_not_open``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.rules import Hit, RuleSet

PERSON = "first_person"
CLOSE = "close_person"
WE = "we"
NOT_PERSONAL = "not_personal"
GENERIC = "generic"
HYPOTHETICAL = "hypothetical"
NEGATED = "negated"
NOT_HYPOTHETICAL = "not_hypothetical"
REPORTING = "reporting"
PLATFORM = "platform_talk"
POLICY_QUESTION = "policy_question"
MATERIAL = "abuse_material"
MATERIAL_OFFER = "abuse_material_offer"
FRIEND_REASON = "friend_in_danger"
MATERIAL_REASON = "abuse_material_do_not_open"
_PAIR_BLOCKERS = (NOT_PERSONAL, GENERIC, HYPOTHETICAL, NEGATED, REPORTING, PLATFORM, POLICY_QUESTION)


def _masked(hit: Hit, masks: list[tuple[int, int]]) -> bool:
    """True if a longer mask phrase ``(start, end)`` covers the hit."""
    length = hit.end - hit.start
    return any(start <= hit.start and hit.end <= end and (end - start) > length for start, end in masks)


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
        if any(k in part for part in (first, second) for k in _PAIR_BLOCKERS):
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
    person_masks = frozenset({NOT_PERSONAL, WE, CLOSE})
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
        }
    )

    def safeguarding(item: Item) -> Finding:
        hits = item.hits
        if not hits:
            return Finding()
        present_anywhere = item.sections
        reasons: list[str] = []
        if MATERIAL in present_anywhere and (
            MATERIAL_OFFER in present_anywhere or any(s.kind in ("url", "handle") for s in item.spans)
        ):
            reasons.append(MATERIAL_REASON)
        # Most items complete no combination even over the whole text: no sentence work needed.
        if present_anywhere & concepts and any(c <= present_anywhere for c in combo_sets):
            _disclosures(item, hits, reasons)
        if not reasons:
            return Finding()
        return Finding(flags=("safeguarding",), reasons=tuple(reasons), route="safeguarding")

    def _disclosures(item: Item, hits: list[Hit], reasons: list[str]) -> None:
        person_cover: list[tuple[int, int]] = []
        hypo_cover: list[tuple[int, int]] = []
        generic_cover: list[tuple[int, int]] = []
        for h in hits:
            if h.section in person_masks:
                person_cover.append((h.start, h.end))
            elif h.section == NOT_HYPOTHETICAL:
                hypo_cover.append((h.start, h.end))
            if h.section == GENERIC:
                generic_cover.append((h.start, h.end))
        by_sentence: dict[int, dict[str, list[Hit]]] = defaultdict(lambda: defaultdict(list))
        view = item.key
        text, origin = view.text, view.origin
        last = len(origin) - 1
        starts = item.sentence_starts
        for h in hits:
            section = h.section
            if section not in relevant:
                continue
            if section in (PERSON, WE) and person_cover and _masked(h, person_cover):
                continue
            if section == HYPOTHETICAL and hypo_cover and _masked(h, hypo_cover):
                continue
            # A concept inside a longer word for children in general is not that concept
            # (Chinese 成年人 "adult" inside 未成年人 "minors").
            if section in concepts and generic_cover and _masked(h, generic_cover):
                continue
            pos = h.start + 1 if text[h.start] == " " else h.start
            sentence = bisect_right(starts, origin[min(pos, last)]) - 1 if last >= 0 else 0
            by_sentence[sentence][section].append(h)
        for found in _windows(by_sentence):
            present = {name for name in found if name in concepts}
            if not present or HYPOTHETICAL in found or NEGATED in found:
                continue
            # Policy talk: reporting or a "why/how" question about children in general, or a
            # sentence about platforms' feeds, filters and recommendations.
            policy = ((REPORTING in found or POLICY_QUESTION in found) and GENERIC in found) or PLATFORM in found
            strong = not policy and (PERSON in found or CLOSE in found)
            weak = not policy and WE in found and GENERIC not in found
            for combo in combos:
                if combo.concepts <= present and (not combo.needs_person or strong or weak):
                    if combo.reason not in reasons:
                        reasons.append(combo.reason)
                    if CLOSE in found and combo.needs_person and FRIEND_REASON not in reasons:
                        reasons.append(FRIEND_REASON)

    return safeguarding
