"""JSON Lines in, one JSON line out per input: the ``childvoice screen`` interface (DESIGN.md)."""

from __future__ import annotations

import json
from typing import TextIO

from childvoice.screening.pipeline import Screener, default_screener


def _line(raw: str, screener: Screener) -> dict[str, object]:
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as e:
        return {"id": None, "error": f"not JSON: {e.msg}"}
    if not isinstance(item, dict):
        return {"id": None, "error": "expected a JSON object"}
    item_id = item.get("id")
    text = item.get("text")
    lang = item.get("lang")
    country = item.get("country")
    if not isinstance(text, str):
        return {"id": item_id, "error": "missing or non-string 'text'"}
    if lang is not None and not isinstance(lang, str):
        return {"id": item_id, "error": "'lang' must be a string"}
    if country is not None and not isinstance(country, str):
        return {"id": item_id, "error": "'country' must be a string"}
    return screener.screen(text, lang, country).as_json(item_id)


def run_jsonl(infile: TextIO, outfile: TextIO, screener: Screener | None = None) -> int:
    """Screen every line of ``infile``; a malformed line gives an ``error`` line, never a crash. Returns 0."""
    screener = screener or default_screener()
    for raw in infile:
        if not raw.strip():
            continue
        outfile.write(json.dumps(_line(raw, screener), ensure_ascii=False) + "\n")
    outfile.flush()
    return 0
