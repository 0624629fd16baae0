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

# Our own sentences (not from any evaluation set), shuffled into 600-character items
# so every check has work to do.
SEEDS = {
    "en": [
        "I think apps should ask kids before sharing their photos.",
        "My class wants faster reports.",
        "Why do games let anyone message us?",
        "We learned about online safety in year 7 today.",
        "Please make the report button easier to find for younger children.",
        "Some of my friends use their parents' phones because they do not have their own.",
    ],
    "fr": [
        "Je pense que les applis devraient protéger nos photos.",
        "Ma classe veut des signalements plus rapides.",
        "Pourquoi les jeux laissent tout le monde nous écrire ?",
        "On a parlé de sécurité en ligne aujourd'hui.",
        "Le bouton pour signaler devrait être plus facile à trouver pour les petits.",
        "Beaucoup d'enfants utilisent le téléphone de leurs parents.",
    ],
    "es": [
        "Creo que las apps deberían proteger nuestras fotos.",
        "Mi clase quiere denuncias más rápidas.",
        "¿Por qué los juegos dejan que cualquiera nos escriba?",
        "Hoy hablamos de seguridad en internet.",
        "El botón para denunciar debería ser más fácil de encontrar para los más chicos.",
        "Muchos niños usan el celular de sus papás.",
    ],
    "ru": [
        "Я думаю, приложения должны защищать наши фото.",
        "Наш класс хочет, чтобы жалобы рассматривали быстрее.",
        "Почему в играх нам может писать кто угодно?",
        "Сегодня мы говорили о безопасности в интернете.",
        "Кнопку жалобы должно быть легче найти младшим детям.",
        "Многие дети сидят с телефонов родителей.",
    ],
    "ar": [
        "أعتقد أن التطبيقات يجب أن تحمي صورنا.",
        "صفنا يريد أن يتم الرد على البلاغات بسرعة.",
        "لماذا تسمح الألعاب لأي شخص أن يراسلنا؟",
        "تكلمنا اليوم عن الأمان على الإنترنت.",
        "زر الإبلاغ لازم يكون أسهل للأطفال الصغار.",
        "كثير من الأطفال يستعملون تلفون أهلهم.",
    ],
    "zh": [
        "我觉得应用应该保护我们的照片。",
        "我们班希望举报处理得更快一点。",
        "为什么游戏里谁都能给我们发消息？",
        "今天我们学了网络安全。",
        "举报按钮应该让小一点的孩子也容易找到。",
        "很多小孩用爸妈的手机上网。",
    ],
}
EXTRAS = ["", " call me 0412 345 678", " you are s t u p i d", " free robux at robux.example", " my name is Ana Ruiz"]


def items(n: int, length: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = LANGUAGES[i % len(LANGUAGES)]
        sep = "" if lang == "zh" else " "
        text = ""
        while len(text) < length:
            text += rng.choice(SEEDS[lang]) + sep
        text = text[: length - 40] + rng.choice(EXTRAS)
        out.append((text[:length].ljust(length), lang))
    return out


def run(screener: Screener, data: list[tuple[str, str]], repeat: int = 3) -> float:
    """Seconds per item over the whole list: the best of ``repeat`` passes, after a warm-up
    measured as CPU time of this process, so other work on the machine does not count."""
    for text, lang in data[:100]:
        screener.screen(text, lang)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time of this process: other work on the machine does not count
        for text, lang in data:
            screener.screen(text, lang)
        best = min(best, (time.process_time() - start) / len(data))
    return best


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
    print(
        f"rules x{a.growth} ({phrases} phrases, compiled in {build:.2f} s): "
        f"{1 / per_item_grown:8.0f} items/s  ({per_item_grown * 1e6:7.1f} µs/item)"
    )
    print(f"cost ratio (x{a.growth} rules / shipped): {per_item_grown / per_item:.2f}")
    print("reproduce: python bench/screening.py " + " ".join(sys.argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
