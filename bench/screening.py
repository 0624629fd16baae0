"""Screening speed: items per second on one core for 600-character items, and how the
per-item cost changes when every rule file grows tenfold.

    python bench/screening.py [--items 3000] [--length 600] [--growth 10]

The growth run copies ``moderation/`` to a temporary folder and appends, to every section
of every rule file, nine invented phrases per real one (so the files hold ten times as
many phrases), then screens the same items. With one automaton the ratio stays near 1.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from childvoice.screening import Screener
from childvoice.screening.pipeline import moderation_dir
from childvoice.screening.rules import LANGUAGES, RULE_FILES, SHARED, parse_rule_file

# Our own sentences (not from any evaluation set), mixed so every check has work to do.
SEEDS = {
    "en": "I think apps should ask kids before sharing their photos, and my class wants faster reports. ",
    "fr": "Je pense que les applis devraient protéger nos photos et répondre plus vite aux signalements. ",
    "es": "Creo que las apps deberían proteger nuestras fotos y responder más rápido a las denuncias. ",
    "ru": "Я думаю, приложения должны защищать наши фото и быстрее отвечать на жалобы детей. ",
    "ar": "أعتقد أن التطبيقات يجب أن تحمي صورنا وترد بسرعة على بلاغات الأطفال في كل مكان. ",
    "zh": "我觉得应用应该保护我们的照片，也要更快地处理孩子们的举报，谢谢大家听我们说话。",
}
EXTRAS = ["", " call me 0412 345 678", " you are s t u p i d", " free robux at robux.example", " my name is Ana Ruiz"]


def items(n: int, length: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = LANGUAGES[i % len(LANGUAGES)]
        text = ""
        while len(text) < length:
            text += SEEDS[lang]
        text = text[: length - 40] + rng.choice(EXTRAS)
        out.append((text[:length].ljust(length), lang))
    return out


def run(screener: Screener, data: list[tuple[str, str]]) -> float:
    """Seconds per item over the whole list (after one warm-up pass over 100 items)."""
    for text, lang in data[:100]:
        screener.screen(text, lang)
    start = time.perf_counter()
    for text, lang in data:
        screener.screen(text, lang)
    return (time.perf_counter() - start) / len(data)


def grown_rules(src: Path, dst: Path, factor: int, seed: int = 11) -> int:
    """Copy ``src`` to ``dst`` with ``factor - 1`` invented phrases per real phrase; returns the phrase count."""
    rng = random.Random(seed)
    shutil.copytree(src, dst)
    letters = "abcdefghijklmnopqrstuvwxyz"
    total = 0
    for folder in (*LANGUAGES, SHARED):
        for name in RULE_FILES:
            path = dst / folder / name
            if not path.is_file():
                continue
            sections = parse_rule_file(path)
            lines = []
            for section, phrases in sections.items():
                lines.append(f"\n[{section}]")
                for _ in range(len(phrases) * (factor - 1)):
                    words = [
                        "".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(rng.randint(1, 3))
                    ]
                    lines.append(" ".join(words))
                total += len(phrases) * factor
            with path.open("a", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=3000)
    ap.add_argument("--length", type=int, default=600)
    ap.add_argument("--growth", type=int, default=10)
    a = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    data = items(a.items, a.length)
    base = Screener()
    per_item = run(base, data)
    print(f"items: {a.items} x {a.length} characters, six languages, one core")
    print(f"shipped rules:   {1 / per_item:8.0f} items/s  ({per_item * 1e6:7.1f} µs/item)")
    with tempfile.TemporaryDirectory() as tmp:
        rules = Path(tmp) / "moderation"
        phrases = grown_rules(moderation_dir(), rules, a.growth)
        t0 = time.perf_counter()
        grown = Screener(rules)
        build = time.perf_counter() - t0
        per_item_grown = run(grown, data)
    print(f"rules x{a.growth} ({phrases} phrases, compiled in {build:.2f} s): "
          f"{1 / per_item_grown:8.0f} items/s  ({per_item_grown * 1e6:7.1f} µs/item)")
    print(f"cost ratio (x{a.growth} rules / shipped): {per_item_grown / per_item:.2f}")
    print("reproduce: python bench/screening.py " + " ".join(sys.argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
