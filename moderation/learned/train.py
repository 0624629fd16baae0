"""Rebuild ``disclosure.json``, the weights of the learned safeguarding check, and print
its cross-validated figures.

    python moderation/learned/train.py [--folds 5] [--max-fa 0.03] [--dry-run]

Training data is ONLY the team's own written material: ``tests/screening/own/*.txt``, ``NEGATIVE_SETS``,
``moderation/golden/*.txt``, the screening test cases (``CASE_FILES`` in ``tests/screening/cases/``) and
the held-out sets of ``TRAINED_SETS`` under ``tests/data/`` (each already used to tune the rules, after it
was scored unseen). Never the dev set in /work/shared/eval
(it only measures); a newer held-out set must stay out until it has been scored unseen.

Model: logistic regression (plain Python, AdaGrad, L2, class-balanced) over the binary
features of :func:`childvoice.screening.learned.features`. The escalation threshold is the
lowest one at which, in cross-validation, false alarms among the negatives the check can
actually reach (rules did not escalate, weak signal present) stay <= ``--max-fa``, and
never below ``MIN_THRESHOLD``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from childvoice.screening.item import Item  # noqa: E402
from childvoice.screening.learned import PERSONAL, REASON, Model, candidate, features  # noqa: E402
from childvoice.screening.pipeline import Screener  # noqa: E402
from childvoice.screening.rules import load  # noqa: E402

OUT = HERE / "disclosure.json"
NEGATIVE = {"safe_topic", "safe_plain", "pii", "abusive", "spam"}
MIN_THRESHOLD = 0.6  # below it, greetings with "everyone" start to escalate
EPOCHS = 12
L2 = 1e-3
RATE = 1.0
MIN_DF = 2
# Held-out sets already scored unseen and then used to tune the rules; a set joins only after that.
TRAINED_SETS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
# Harmless messages by independent authors (everyday sets 3 and 4, each after it was scored unseen) and the
# personal-data sets: more negatives in the first person. Everyday set 2 stays out: it measures false alarms unseen.
NEGATIVE_SETS = (
    "tests/data/everyday3/everyday3.jsonl",
    "tests/data/personal1/personal1.jsonl",
    "tests/data/personal2/personal2.jsonl",
    "tests/data/personal3/personal3.jsonl",
    "tests/data/everyday4/everyday4.jsonl",
    "tests/data/personal4/personal4.jsonl",
)
# The screening test cases (our own sentences): what must escalate, and what must stay in the queue.
CASE_FILES = {"escalated_by_rules.txt": 1, "escalated.txt": 1, "kept_in_queue.txt": 0}


def examples() -> list[tuple[str, str, int, str]]:
    """(lang, text, label, category) from our own written material."""
    out: list[tuple[str, str, int, str]] = []
    for path in sorted((ROOT / "tests/screening/own").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 3 or parts[0] not in NEGATIVE | {"disclosure"}:
                continue
            out.append((path.stem, parts[2], int(parts[0] == "disclosure"), parts[0]))
    for path in sorted((ROOT / "moderation/golden").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.count("|") < 2:
                continue
            route, _flags, text = (p.strip() for p in line.split("|", 2))
            pos = route == "safeguarding"
            out.append((path.stem, text, int(pos), "disclosure" if pos else "golden_queue"))
    for name, label in CASE_FILES.items():
        for line in (ROOT / "tests/screening/cases" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lang, text = (p.strip() for p in line.split("|", 2)[:2])
                out.append((lang, text, label, "disclosure" if label else "safe_plain"))
    for path in sorted((ROOT / "tests/screening/everyday").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append((path.stem, line.strip(), 0, "safe_plain"))
    sets = ["tests/data/heldout/screening-heldout.jsonl"]
    sets += [f"tests/data/heldout{n}/screening-heldout{n}.jsonl" for n in TRAINED_SETS if n > 1]
    for rel in (*sets, *NEGATIVE_SETS):
        for line in (ROOT / rel).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((d["lang"], d["text"], int(d["category"] == "disclosure"), d["category"]))
    return out


def train(xs: list[set[str]], ys: list[int], seed: int = 7) -> tuple[dict[str, float], float]:
    df = Counter(f for x in xs for f in x)
    keep = {f for f, n in df.items() if n >= MIN_DF}
    xs = [x & keep for x in xs]
    n_pos = sum(ys)
    n_neg = len(ys) - n_pos
    cw = {1: len(ys) / (2 * n_pos), 0: len(ys) / (2 * n_neg)}
    w: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(lambda: 1e-8)
    b, gb = 0.0, 1e-8
    order = list(range(len(xs)))
    rnd = random.Random(seed)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            x, y = xs[i], ys[i]
            v = 1.0 / math.sqrt(len(x) or 1)  # each item's feature vector has unit length
            z = max(-50.0, min(50.0, b + v * sum(w[f] for f in x)))
            p = 1.0 / (1.0 + math.exp(-z))
            g = (p - y) * cw[y]
            for f in x:
                gf = g * v + L2 * w[f]
                g2[f] += gf * gf
                w[f] -= RATE * gf / math.sqrt(g2[f])
            gb += g * g
            b -= RATE * g / math.sqrt(gb)
    return {f: v for f, v in w.items() if abs(v) >= 1e-3}, b


def score(w: dict[str, float], b: float, x: set[str]) -> float:
    return Model(w, b, 1.0).score_features(x)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--max-fa", type=float, default=0.03)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, do not write the weights")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--rate", type=float, default=RATE)
    ap.add_argument("--min-df", type=int, default=MIN_DF, help="keep features seen in at least this many items")
    a = ap.parse_args()
    globals().update(L2=a.l2, EPOCHS=a.epochs, RATE=a.rate, MIN_DF=a.min_df)

    data = examples()
    rules = load(ROOT / "moderation")
    screener = Screener(ROOT / "moderation")
    concepts = frozenset(c for combo in rules.combinations for c in combo.concepts)
    signal = concepts | PERSONAL
    xs, ys, reach, rules_pos, gated = [], [], [], [], []
    for lang, text, y, _cat in data:
        item = Item(text=text, lang=lang, country=None, rules=rules, language=lang)
        xs.append(features(item.key.text, item.sections))
        ys.append(y)
        r = screener.screen(text, lang)
        by_rules = r.route == "safeguarding" and REASON not in r.reasons
        rules_pos.append(by_rules)
        gated.append(candidate(item.sections, signal, text, concepts))
        reach.append(gated[-1] and not by_rules)
    print(f"{len(data)} examples, {sum(ys)} disclosures; rules escalate {sum(rules_pos)}")
    print(
        f"the check may be asked on {sum(g for g, y in zip(gated, ys, strict=True) if y)} of {sum(ys)} disclosures "
        f"and {sum(g for g, y in zip(gated, ys, strict=True) if not y)} of {len(ys) - sum(ys)} negatives"
    )

    # Stratified folds by (label, language).
    rnd = random.Random(13)
    fold = [0] * len(data)
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, (lang, _t, y, _c) in enumerate(data):
        groups[(y, lang)].append(i)
    for idx in groups.values():
        rnd.shuffle(idx)
        for k, i in enumerate(idx):
            fold[i] = k % a.folds
    cv = [0.0] * len(data)
    for k in range(a.folds):
        tr = [i for i in range(len(data)) if fold[i] != k]
        w, b = train([xs[i] for i in tr], [ys[i] for i in tr])
        for i in range(len(data)):
            if fold[i] == k:
                cv[i] = score(w, b, xs[i])

    neg_reach = [i for i in range(len(data)) if ys[i] == 0 and reach[i]]
    negs = [i for i in range(len(data)) if ys[i] == 0]
    pos = [i for i in range(len(data)) if ys[i] == 1]
    langs = sorted({d[0] for d in data})
    topic = {lang: [i for i in negs if data[i][0] == lang and data[i][3] == "safe_topic"] for lang in langs}
    plain = {lang: [i for i in negs if data[i][0] == lang and data[i][3] == "safe_plain"] for lang in langs}
    threshold = 0.999
    for t in [x / 1000 for x in range(int(MIN_THRESHOLD * 1000), 1000, 5)]:
        fa = sum(cv[i] >= t for i in neg_reach) / max(1, len(negs))
        # Policy talk is the costly mistake: the bound holds in every language, not only overall.
        fa_topic = max(sum(reach[i] and cv[i] >= t for i in ids) / max(1, len(ids)) for ids in topic.values())
        # So are everyday messages in the first person ("locked myself in my room to study").
        fa_plain = max(sum(reach[i] and cv[i] >= t for i in ids) / max(1, len(ids)) for ids in plain.values())
        if fa <= a.max_fa and fa_topic <= a.max_fa and fa_plain <= a.max_fa:
            threshold = t
            break

    def report(t: float) -> None:
        print(f"\nthreshold {t:.3f} (cross-validated, {a.folds} folds)")
        print(
            f"{'lang':5} {'model-recall':>12} {'model-FA':>9} {'rules-recall':>12} {'combined-recall':>15} "
            f"{'added-FA(neg)':>13} {'added-FA(topic)':>15} {'added-FA(plain)':>15}"
        )
        for lang in [*sorted({d[0] for d in data}), "all"]:
            sel = [i for i in range(len(data)) if lang in ("all", data[i][0])]
            p = [i for i in sel if ys[i]]
            n = [i for i in sel if not ys[i]]
            topic = [i for i in n if data[i][3] == "safe_topic"]
            fired = {i for i in sel if reach[i] and cv[i] >= t}
            plain_n = [i for i in n if data[i][3] == "safe_plain"]
            print(
                f"{lang:5} {sum(cv[i] >= t for i in p) / len(p):12.3f} {sum(cv[i] >= t for i in n) / len(n):9.3f} "
                f"{sum(rules_pos[i] for i in p) / len(p):12.3f} "
                f"{sum(rules_pos[i] or i in fired for i in p) / len(p):15.3f} "
                f"{len(fired & set(n)) / len(n):13.3f} {len(fired & set(topic)) / max(1, len(topic)):15.3f} "
                f"{len(fired & set(plain_n)) / max(1, len(plain_n)):15.3f}"
            )

    report(threshold)
    for i in neg_reach:
        if cv[i] >= threshold and data[i][3] == "safe_topic":
            print(f"  policy talk over threshold ({cv[i]:.3f}): {data[i][0]} {data[i][1][:100]}")
    missed = [i for i in pos if not rules_pos[i]]
    print(
        f"\ndisclosures the rules miss in training data: {len(missed)}; "
        f"cross-validated model catches {sum(reach[i] and cv[i] >= threshold for i in missed)}"
    )
    if a.dry_run:
        return 0
    w, b = train(xs, ys)
    OUT.write_text(
        json.dumps(
            {
                "about": "learned safeguarding check; rebuild with moderation/learned/train.py",
                "threshold": threshold,
                "bias": round(b, 4),
                "weights": {f: round(v, 3) for f, v in sorted(w.items()) if round(v, 3) != 0},
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB, {len(w)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
