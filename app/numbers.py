"""Numbers written in words, read through one library for the whole project (``text2num``).

"six" -> 6, "ninety-eight" -> 98, "one hundred and forty-two" -> 142, "a"/"an" -> 1 ("a year", "an 18-month
period"), digits as they are ("1,000" -> 1000). Anything else -> None.
"""

from __future__ import annotations

from text_to_num import text2num

from app.memo import memoized

_ARTICLES = {"a": 1, "an": 1, "one": 1}


@memoized(4096, key=lambda text: text)
def number_from_words(text: str) -> int | None:
    """The whole number ``text`` writes, in digits or English words; None if it is not one."""
    cleaned = " ".join(text.strip().lower().replace(",", "").replace("\u202f", "").split())
    if not cleaned:
        return None
    if cleaned.isdigit():
        return int(cleaned)
    if cleaned in _ARTICLES:
        return _ARTICLES[cleaned]
    try:
        return int(text2num(cleaned.replace(" and ", " "), "en"))
    except ValueError:
        return None
