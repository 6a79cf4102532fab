"""Arabic numbers: digits and number words, in the normalised form of ``text.norm``.

Shared by :mod:`workbench.core.quantities` and :mod:`workbench.core.times`.
Everything works on *normalised* words (alef forms unified, ة -> ه, ى -> ي,
ئ -> ي, diacritics and tatweel removed, Arabic-Indic digits -> ASCII).

Vague amounts are ranges ``(low, high)``; the conventions (documented here,
used everywhere):

==========================  ===================
عشرات (dozens / tens)        [24, 99]
مئات (hundreds)              [200, 999]
آلاف (thousands)             [2000, 9999]
ملايين (millions)            [2000000, 9999999]
بضع / بضعة / عدة (a few)     [3, 9]
عشرات الآلاف                 [24000, 99000]   (a vague head times a scale)
بضعة آلاف                    [3000, 9000]
==========================  ===================
"""

from __future__ import annotations

import re

__all__ = [
    "UNITS",
    "TENS",
    "HUNDREDS",
    "SCALES",
    "VAGUE",
    "NUMBER_WORDS",
    "NUMBER_WORD_RE",
    "DIGITS_RE",
    "parse_digits",
    "parse_words",
    "parse_vague",
]

# value of each normalised word
UNITS: dict[str, int] = {
    "واحد": 1,
    "واحده": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    "عشر": 10,
    "عشره": 10,
}
# only before عشر/عشرة (11, 12)
TEEN_HEADS: dict[str, int] = {
    "احد": 1,
    "احدي": 1,
    "اثنا": 2,
    "اثني": 2,
    "اثنتا": 2,
    "اثنتي": 2,
}
TENS: dict[str, int] = {}
for _stem, _v in (
    ("عشر", 20),
    ("ثلاث", 30),
    ("اربع", 40),
    ("خمس", 50),
    ("ست", 60),
    ("سبع", 70),
    ("ثمان", 80),
    ("تسع", 90),
):
    TENS[_stem + "ون"] = _v
    TENS[_stem + "ين"] = _v
HUNDREDS: dict[str, int] = {
    "ميه": 100,
    "مايه": 100,
    "ميتان": 200,
    "ميتين": 200,
    "مايتان": 200,
    "مايتين": 200,
    "ميتا": 200,
    "مايتا": 200,
    "ميتي": 200,
    "مايتي": 200,
}
for _stem, _v in (
    ("ثلاث", 300),
    ("اربع", 400),
    ("خمس", 500),
    ("ست", 600),
    ("سبع", 700),
    ("ثمان", 800),
    ("ثماني", 800),
    ("تسع", 900),
):
    HUNDREDS[_stem + "ميه"] = _v
    HUNDREDS[_stem + "مايه"] = _v
SCALES: dict[str, int] = {
    "الف": 1000,
    "الفا": 1000,
    "الفان": 2000,
    "الفين": 2000,
    "الفي": 2000,
    "الاف": 1000,  # after a number: ثلاثة آلاف
    "مليون": 1_000_000,
    "مليونا": 1_000_000,
    "مليونان": 2_000_000,
    "مليونين": 2_000_000,
    "مليوني": 2_000_000,
    "ملايين": 1_000_000,
    "مليار": 1_000_000_000,
    "مليارا": 1_000_000_000,
    "ملياران": 2_000_000_000,
    "مليارين": 2_000_000_000,
    "مليارات": 1_000_000_000,
    # بليون: the Levantine/Hayat word for a billion (3 بليون دولار)
    "بليون": 1_000_000_000,
    "بليونا": 1_000_000_000,
    "بلايين": 1_000_000_000,
}
# heads of vague amounts (with or without the article)
VAGUE: dict[str, tuple[int, int]] = {
    "عشرات": (24, 99),
    "ميات": (200, 999),
    "مايات": (200, 999),
    "الاف": (2000, 9999),
    "الوف": (2000, 9999),
    "ملايين": (2_000_000, 9_999_999),
    "بضع": (3, 9),
    "بضعه": (3, 9),
    "عده": (3, 9),
}
# plural scales after a vague head: عشرات الآلاف, بضعة آلاف
_VAGUE_SCALES = {"الاف": 1000, "الالاف": 1000, "ملايين": 1_000_000, "الملايين": 1_000_000}
_VAGUE_ART = {"ال" + k: v for k, v in VAGUE.items() if k not in ("بضع", "بضعه", "عده")}

NUMBER_WORDS: set[str] = set(UNITS) | set(TEEN_HEADS) | set(TENS) | set(HUNDREDS) | set(SCALES)

_ALT = "|".join(sorted(NUMBER_WORDS | {"عشر", "عشره"}, key=len, reverse=True))
# a run of number words joined by spaces and the conjunction و (one match, anchored use)
NUMBER_WORD_RE = rf"(?:{_ALT})(?![\w])(?:[^\S\n]+(?:و[^\S\n]?)?(?:{_ALT})(?![\w]))*"
DIGITS_RE = r"\d+(?:[.,٫٬]\d+)*"
_DIGITS = re.compile(DIGITS_RE)


def parse_digits(s: str) -> float | int | None:
    """Value of a digit string: ``1,500`` -> 1500, ``2.5`` -> 2.5, ``1.500.000`` -> 1500000."""
    s = s.replace("٬", ",").replace("٫", ".")
    if not s or not s[0].isdigit():
        return None
    try:
        if "," in s:
            parts = s.split(",")
            if all(len(p) == 3 for p in parts[1:]):
                return int("".join(parts)) if "." not in s else float(s.replace(",", ""))
            if len(parts) == 2:
                return float(parts[0] + "." + parts[1])
            return None
        if s.count(".") > 1:
            parts = s.split(".")
            if all(len(p) == 3 for p in parts[1:]):
                return int("".join(parts))
            return None
        if "." in s:
            return float(s)
        return int(s)
    except ValueError:
        return None


def _strip_wa(w: str) -> tuple[bool, str]:
    if len(w) > 2 and w[0] == "و" and (w[1:] in NUMBER_WORDS or w[1:] in ("عشر", "عشره")):
        if w not in NUMBER_WORDS:
            return True, w[1:]
    return False, w


def parse_words(words: list[str]) -> tuple[int | None, int]:
    """Parse number words from the start of ``words`` (normalised, one word each).

    Returns ``(value, n)`` with ``n`` the number of words used (0 and ``None``
    when the first word is not a number). Handles units, teens (خمسة عشر),
    tens, compounds with و (خمسة وعشرون), hundreds written as one or two words
    (ثلاثمئة، ثلاث مئة), and scales (ثلاثة آلاف، مئة وخمسون ألفا، مليونان).
    A lone واحد/واحدة counts as 1.
    """
    total = 0
    cur = 0
    n = 0
    prev = ""  # kind of the previous word
    for i, raw in enumerate(words[:8]):
        wa, w = _strip_wa(raw) if i else (False, raw)
        if i and not wa:
            # without و only a teen marker, مئة after a unit, or a scale may follow
            if w in ("عشر", "عشره") and prev in ("unit", "teenhead") and cur % 100 < 10:
                cur += 10
                n = i + 1
                prev = "teen"
                continue
            if w in ("ميه", "مايه") and prev == "unit" and cur < 10:
                cur *= 100
                n = i + 1
                prev = "hundred"
                continue
            if w in SCALES and prev and prev != "scale":
                total += (cur or 1) * SCALES[w]
                cur = 0
                n = i + 1
                prev = "scale"
                continue
            break
        if wa and i == 0:
            break
        if w in UNITS:
            if prev in ("unit", "teen", "ten"):
                break
            cur += UNITS[w]
            prev = "unit"
        elif w in TEEN_HEADS:
            if i + 1 < len(words) and words[i + 1] in ("عشر", "عشره"):
                cur += TEEN_HEADS[w]
                prev = "teenhead"
            else:
                break
        elif w in TENS:
            if prev in ("ten", "teen"):
                break
            if prev == "unit" and (not wa or cur % 100 >= 10):
                break  # «عشرة وعشرين» is a range, not 30
            cur += TENS[w]
            prev = "ten"
        elif w in HUNDREDS:
            if prev in ("unit", "ten", "teen", "hundred"):
                break
            cur += HUNDREDS[w]
            prev = "hundred"
        elif w in SCALES:
            if i == 0:
                if w in ("الاف", "ملايين", "مليارات"):
                    return None, 0
                total += SCALES[w]
            else:
                total += (cur or 1) * SCALES[w]
                cur = 0
            prev = "scale"
        else:
            break
        n = i + 1
    if n == 0 or prev == "teenhead":
        return None, 0
    return total + cur, n


def parse_vague(words: list[str]) -> tuple[tuple[int, int] | None, int]:
    """A vague amount at the start of ``words``: عشرات، مئات، آلاف، بضعة، عدة, with a scale.

    Returns ``((low, high), n)`` or ``(None, 0)``.
    """
    if not words:
        return None, 0
    w = words[0]
    rng = VAGUE.get(w) or _VAGUE_ART.get(w)
    if rng is None:
        return None, 0
    lo, hi = rng
    if len(words) > 1:
        nxt = words[1]
        if nxt in _VAGUE_SCALES and w not in ("الاف", "الوف", "ملايين"):
            k = _VAGUE_SCALES[nxt]
            return (lo * k, hi * k), 2
        if w in ("بضع", "بضعه", "عده") and nxt in ("عشرات", "ميات", "مايات", "الاف", "ملايين"):
            base = {"عشرات": 10, "ميات": 100, "مايات": 100, "الاف": 1000, "ملايين": 1_000_000}[nxt]
            return (lo * base, hi * base), 2
        if w in ("بضع", "بضعه") and nxt in ("ميه", "مايه"):
            return (lo * 100, hi * 100), 2
    return (lo, hi), 1
