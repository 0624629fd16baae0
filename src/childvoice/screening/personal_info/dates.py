"""Birth dates: a date near a birth cue (not a recent year, which is an event), Arabic-Indic digits read
as 0-9, Chinese dates with the cue before or after, and Taiwanese (Republic of China) calendar dates."""

from __future__ import annotations

import datetime
import re

_DATE = re.compile(
    r"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d\b"
    r"|\b[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"
)
# A year too recent for a child's birth ("party on 3 March 2024").
_RECENT_YEAR = re.compile(
    "|".join(rf"(?<!\d){y}(?!\d)" for y in range(datetime.date.today().year - 3, datetime.date.today().year + 2))
)
# A full Taiwanese (Republic of China) calendar date ("民國100年5月3日") in a child's comment is a birth date.
_ROC_DATE = re.compile(r"民[國国]\s*\d{1,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?")
# "2011年6月8日出生", "生日2010年3月5号": the cue may come before or after the date in Chinese.
_ZH_BIRTH_DATE = re.compile(
    r"((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?)(?=\s*(?:出生|出世|生|的生日|生日))"
    r"|(?<=生日|出生|生於|生于)[是为為係系:：\s]*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?)"
)
_YEAR = re.compile(r"(?:19|20)\d\d|\d\s*[./-]\s*\d")
_AR_DIGIT_ANY = re.compile("[٠-٩۰-۹]")
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
