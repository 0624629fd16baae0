"""``python -m childvoice.screening [FILE|-]``: screen JSON Lines (see ``jsonl.py``)."""

from __future__ import annotations

import sys

from childvoice.screening.jsonl import run_jsonl


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = args[0] if args else "-"
    if path == "-":
        sys.stdin.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        return run_jsonl(sys.stdin, sys.stdout)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    with open(path, encoding="utf-8") as infile:
        return run_jsonl(infile, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
