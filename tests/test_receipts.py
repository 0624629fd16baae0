from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from childvoice import receipts


def test_codes_are_unique_readable_and_hash_stably() -> None:
    codes = {receipts.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    code = codes.pop()
    assert len(code) == 14 and code.count("-") == 2
    assert not set(code.replace("-", "")) & set("01OIL")
    typed = " " + code.lower().replace("-", " ") + " "
    assert receipts.code_hash("k", typed) == receipts.code_hash("k", code)
    assert receipts.code_hash("other key", code) != receipts.code_hash("k", code)


def test_full_width_code_from_a_chinese_keyboard_is_accepted() -> None:
    code = receipts.new_code()
    full_width = "".join(chr(ord(c) + 0xFEE0) if c != "-" else "－" for c in code)
    assert receipts.code_hash("k", full_width) == receipts.code_hash("k", code)


@given(st.text(max_size=80))
def test_any_input_either_hashes_or_is_refused(raw: str) -> None:
    result = receipts.code_hash("k", raw)
    assert result is None or len(result) == 64
