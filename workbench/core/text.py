"""Text primitives: decoding, a normalised view with an offset map, sentences, tokens.

Offsets everywhere are Python code-point indices into the stored text (after
decoding and CRLF -> LF, nothing else). :func:`normalize` returns a view for
matching only, whose every character maps back to an original index.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = [
    "DecodeError",
    "decode_bytes",
    "clean_newlines",
    "Normalized",
    "normalize",
    "norm",
    "Sentence",
    "sentences",
    "paragraphs",
    "Token",
    "tokens",
    "split_clitics",
    "CLITIC_PREFIXES",
    "OWNER_SUFFIXES",
    "is_arabic_letter",
]


class DecodeError(ValueError):
    """Raised when bytes are not text in any encoding we accept."""


def clean_newlines(text: str) -> str:
    """Return ``text`` with CRLF (and lone CR) turned into LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(s: str) -> bool:
    if not s:
        return False
    bad = sum(1 for ch in s[:20000] if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return bad > max(2, len(s[:20000]) // 200)


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 (BOM), cp1256.

    Returns the text with CRLF turned into LF. Raises :class:`DecodeError`
    with a one-line reason for binary or undecodable input (never mojibake).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8"]
        # UTF-16 without BOM: every other byte is NUL for Latin, 0x06 for Arabic
        if len(data) >= 4 and len(data) % 2 == 0:
            even, odd = data[0::2], data[1::2]
            if odd.count(0) + odd.count(6) > 0.9 * len(odd):
                candidates.insert(0, "utf-16-le")
            elif even.count(0) + even.count(6) > 0.9 * len(even):
                candidates.insert(0, "utf-16-be")
        candidates.append("cp1256")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            continue
        if enc == "cp1256" and not _plausible_cp1256(text):
            continue
        return clean_newlines(text)
    if b"\x00" in data[:4096]:
        raise DecodeError("the file looks binary, not text")
    raise DecodeError("the file is not UTF-8, UTF-16 or Windows-1256 (cp1256) text")


def _plausible_cp1256(text: str) -> bool:
    """cp1256 decodes almost any byte; accept it only when Arabic letters dominate non-ASCII."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    arabic = sum(1 for ch in non_ascii if "\u0600" <= ch <= "\u06ff")
    return arabic >= 0.7 * len(non_ascii)


# ---------------------------------------------------------------- normalisation

_DROP = set(range(0x064B, 0x0653)) | {0x0670, 0x0640, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C}
_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian kaf
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "″": '"',
    "‘": "'",
    "’": "'",
    "،": ",",
    "؛": ";",
    "؟": "?",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian
_TABLE: dict[int, str | None] = {ord(k): v for k, v in _MAP.items()}
for _c in _DROP:
    _TABLE[_c] = None


for _c in range(ord("A"), ord("Z") + 1):
    _TABLE[_c] = chr(_c + 32)
_DROP_RE = re.compile("[" + "".join(chr(c) for c in sorted(_DROP)) + "]")
# (char, replacement) pairs: a chain of str.replace on the few present is far
# faster than str.translate with a dict on non-Latin text; no replacement is
# itself replaced, so the order does not matter
_REPLACE = [(chr(k), v) for k, v in _TABLE.items() if v is not None and not 65 <= k <= 90]
_UPPER = [(chr(k), chr(k + 32)) for k in range(65, 91)]


def _fold(s: str) -> str:
    """Apply the 1:1 character mapping of :data:`_TABLE` (no removals)."""
    for k, v in _REPLACE:
        if k in s:
            s = s.replace(k, v)
    # A-Z: a search per letter is slow in Arabic text (their low bytes are those of
    # common Arabic letters), so look at the ASCII characters alone first
    latin = s.encode("ascii", "ignore")
    if latin != latin.lower():
        present = latin.decode("ascii")
        for k, v in _UPPER:
            if k in present:
                s = s.replace(k, v)
    return s


def norm(s: str) -> str:
    """Return the matching form of ``s`` (no offset map): see :func:`normalize`."""
    return _fold(_DROP_RE.sub("", s))


@dataclass(frozen=True)
class Normalized:
    """A normalised view of ``original``: ``text[i]`` comes from ``original[to_orig[i]]``."""

    original: str
    text: str
    to_orig: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) back to original offsets."""
        if end <= start:
            o = self.to_orig[start] if start < len(self.to_orig) else len(self.original)
            return o, o
        return self.to_orig[start], self.to_orig[end - 1] + 1

    def from_orig(self, pos: int) -> int:
        """The normalised index of the first kept character at or after original ``pos``."""
        return bisect.bisect_left(self.to_orig, pos)


_DROP_CHARS = tuple(chr(c) for c in sorted(_DROP))
# 0, 1, 2, ...: offset maps are slices of it (no int objects made per character);
# grown on demand up to _IDENT_MAX, longer texts build their own
_IDENT: tuple[int, ...] = ()
_IDENT_MAX = 1 << 17


def _ids(a: int, b: int) -> tuple[int, ...]:
    """``tuple(range(a, b))``, sliced from :data:`_IDENT` when it can be."""
    global _IDENT
    ident = _IDENT  # (a local: another thread may swap the global meanwhile)
    if b > len(ident):
        if b > _IDENT_MAX:
            return tuple(range(a, b))
        _IDENT = ident = tuple(range(max(b, 2 * len(ident), 8192)))
    return ident[a:b]


def normalize(text: str) -> Normalized:
    """Normalise for matching, keeping an exact map back to original offsets.

    Unifies alef forms, alef maqsura/ya, ta marbuta/ha, hamza seats, Arabic-Indic
    and Persian digits, quote styles and Arabic punctuation; removes diacritics,
    tatweel and bidi marks; lowercases ASCII Latin. Each kept character maps 1:1
    (the map is built from the runs between removed marks).
    """
    # a str search per removable mark is much faster than a regex scan of the text
    present = [c for c in _DROP_CHARS if c in text]
    if not present:
        return Normalized(text, _fold(text), _ids(0, len(text)))
    kept = text
    dropped: list[int] = []
    for c in present:
        kept = kept.replace(c, "")
        i = text.find(c)
        while i >= 0:
            dropped.append(i)
            i = text.find(c, i + 1)
    dropped.sort()
    idx: list[int] = []
    prev = 0
    for i in dropped:
        idx.extend(_ids(prev, i))
        prev = i + 1
    idx.extend(_ids(prev, len(text)))
    return Normalized(text, _fold(kept), tuple(idx))


# ---------------------------------------------------------------- sentences

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]")


def is_arabic_letter(ch: str) -> bool:
    return bool(_ARABIC_LETTER.match(ch))


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    heading: bool = False


def _sentence(start: int, end: int, paragraph: int, heading: bool = False) -> Sentence:
    """``Sentence(start, end, paragraph, heading)``: the same object, made without the
    frozen dataclass's ``object.__setattr__`` per field (half the time)."""
    s = object.__new__(Sentence)
    s.__dict__.update(start=start, end=end, paragraph=paragraph, heading=heading)
    return s


_END_CHARS = ".!?؟…"
_END = re.compile(r"[.!?؟…]+[\"'»”)]*(?=\s|$)")


# a line's span without the whitespace around it (\S is exactly not str.isspace)
_PARA = re.compile(r"\S(?:[^\n]*\S)?")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines, trimmed of surrounding whitespace."""
    return [m.span() for m in _PARA.finditer(text)]


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans ``_END.finditer(text)`` gives, for the whole text at once (a match never
    spans a newline, and its lookahead sees the same whitespace as within its line).

    A match starts at one of the final punctuation marks, so it is tried only there
    (found by str searches, much faster than the regex scanning every character).
    """
    at: list[int] = []
    for ch in _END_CHARS:
        i = text.find(ch)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1)
    at.sort()
    ends: list[tuple[int, int]] = []
    done = 0
    for i in at:
        if i >= done:
            m = _END.match(text, i)
            if m:
                ends.append(m.span())
                done = m.end()
    return ends


def sentences(text: str) -> list[Sentence]:
    """Split into sentences: by line, then after . ! ? ؟ followed by space.

    A short line (<= 12 words) without final punctuation is a subheading
    (``heading=True``). Spans exclude surrounding whitespace and the newline.
    """
    result: list[Sentence] = []
    ends = _sentence_ends(text)
    n = len(ends)
    k = 0
    for p, (ps, pe) in enumerate(paragraphs(text)):
        k0 = k
        while k < n and ends[k][0] < pe:
            k += 1
        if k == k0 and text[pe - 1] not in ":،," and len(text[ps:pe].split()) <= 12:
            result.append(_sentence(ps, pe, p, True))
            continue
        start = ps
        for ms, me in ends[k0:k]:
            # do not split after a single-letter abbreviation or inside numbers like 3.5
            if text[ms] == "." and ms > ps and text[ms - 1].isdigit():
                nxt = text[me : min(me + 2, pe)].strip()
                if nxt[:1].isdigit():
                    continue
            s = start
            while s < me and text[s].isspace():
                s += 1
            if me > s:
                result.append(_sentence(s, me, p))
            start = me
        s = start
        while s < pe and text[s].isspace():
            s += 1
        if pe > s:
            result.append(_sentence(s, pe, p))
    return result


# ---------------------------------------------------------------- tokens

# the possessive suffixes of a third-person owner, on normalised text: طائراتها، مواقعه، قواعدهم
OWNER_SUFFIXES = ("ها", "ه", "هم")

CLITIC_PREFIXES = (
    "وبال",
    "وكال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ك",
    "ل",
)
_TOKEN = re.compile(
    r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FC\u064B-\u0652\u0670\u0640]+"
    r"|[A-Za-z][A-Za-z\-]*\d*|\d+(?:[.,]\d+)*|[\u0660-\u0669\u06F0-\u06F9]+"
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """Arabic words (diacritics and tatweel inside), Latin words, and numbers, with offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def split_clitics(word: str) -> list[tuple[int, str]]:
    """Candidate (prefix_length, stem) splits of a word, longest prefix last.

    The word itself is always the first candidate. ``لل`` + X yields both
    ``ل`` + ``لX`` and the article-restored stem ``الX`` (للقامشلي -> القامشلي,
    reported with prefix length 1 so the span starts at the second ل).
    Works on raw or normalised words; tatweel after a clitic (لـ) is skipped.
    """
    cands: list[tuple[int, str]] = [(0, word)]
    seen = {word}
    i = 0
    # up to two single-letter conjunction/preposition prefixes
    for _ in range(2):
        if i < len(word) - 1 and word[i] in "وفبكل":
            i += 1
            j = i
            while j < len(word) and word[j] == "\u0640":
                j += 1
            stem = word[j:]
            if len(stem) >= 2 and stem not in seen:
                cands.append((j, stem))
                seen.add(stem)
            if word[i - 1] == "ل" and stem.startswith("ل") and len(stem) > 2:
                restored = "ا" + stem
                if restored not in seen:
                    cands.append((j, restored))
                    seen.add(restored)
            if word[i - 1] in "وف":
                continue
            break
        else:
            break
    return cands


_QUOTES = "\"'«»“”„‘’"


def snap_span(text: str, start: int, end: int, known: set[str] | None = None) -> tuple[int, int]:
    """Snap an analyst's selection to an entity span.

    Trims whitespace and punctuation at both ends, a leading proclitic written
    on the word (ب، و، ف، ك، ل، لـ and their combinations: «بدمشق» -> «دمشق»,
    «لـ"قسد"» -> «قسد»), and quote marks that enclose the whole selection.
    A clitic is only removed when what remains is at least three letters, or
    is in ``known`` (normalised names); the definite article is kept
    («بالرقة» -> «الرقة»). Returns the new (start, end), never empty if the
    selection held a letter.
    """
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return start, end

    def trim() -> None:
        nonlocal start, end
        while start < end and (text[start].isspace() or text[start] in ".,،؛:;!?؟()[]-–—"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,،؛:;!?؟()[]-–—"):
            end -= 1

    trim()
    word_end = start
    while word_end < end and not text[word_end].isspace():
        word_end += 1
    word = text[start:word_end]
    for pre in CLITIC_PREFIXES:
        if not word.startswith(pre):
            continue
        cut = len(pre)
        if pre.endswith("ال"):
            cut -= 2  # keep the article: بالرقة -> الرقة
        elif pre.endswith("لل"):
            cut -= 1  # للقامشلي -> لقامشلي (the article's alef is not written)
        while cut < len(word) and word[cut] == "\u0640":
            cut += 1
        rest = word[cut:]
        letters = rest.strip(_QUOTES)
        if cut and (len(letters) >= 3 or (known and norm(letters) in known)):
            start += cut
        break
    while start < end and text[start] == "\u0640":
        start += 1
    if end - start >= 2 and text[start] in _QUOTES and text[end - 1] in _QUOTES:
        inner = text[start + 1 : end - 1]
        if not any(q in inner for q in _QUOTES):
            start, end = start + 1, end - 1
    elif (
        start < end
        and text[start] in _QUOTES
        and not any(q in text[start + 1 : end] for q in _QUOTES)
    ):
        start += 1
    elif (
        start < end
        and text[end - 1] in _QUOTES
        and not any(q in text[start : end - 1] for q in _QUOTES)
    ):
        end -= 1
    trim()
    return start, end
