"""Full-text search helpers: the folded index text, safe FTS5 queries, snippets.

The FTS5 table indexes ``fold(norm(text))``: core :func:`norm` (alef forms,
ya/alef maqsura, ta marbuta, hamza seats, diacritics, tatweel, digits) plus a
small spelling-variant folder, applied to the text and to every query term:

- ``ميرك`` -> ``مريك``: الأميركية / الأمريكية, أميركا / أمريكا;
- ``وروب`` -> ``ورب``: أوروبا / أوربا;
- a word-final ``يا`` -> ``يه``: سوريا / سورية, روسيا / روسية, ليبيا / ليبية
  (ة is already ه after norm).

Snippets are cut from the ORIGINAL text: each query term becomes a regular
expression over original characters (every character that normalises to the
term's letter, diacritics and tatweel allowed between letters, the folded
variants as alternatives), so highlights sit on the words as stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.core.text import norm

__all__ = ["fold", "index_text", "compile_query", "snippet", "QueryError", "Query"]

_RULES: tuple[tuple[str, str], ...] = (("ميرك", "مريك"), ("وروب", "ورب"))
# the rule is ``re.sub(r"(?<=\w\w)يا\b", "يه", text)``; a pattern that starts with a
# look-behind is tried at every position, so find ``يا\b`` (a literal the regex
# engine scans for quickly) and test the look-behind only there: ~6x faster
_YA_ALEF_END = re.compile(r"يا\b")
_TWO_WORD_CHARS_BEFORE = re.compile(r"(?<=\w\w)")


class QueryError(ValueError):
    """A search the user typed that cannot be run (empty, unbalanced quote)."""


def fold(normed: str) -> str:
    """Fold spelling variants of already-normalised text (see module doc)."""
    for src, dst in _RULES:
        if src in normed:
            normed = normed.replace(src, dst)
    pieces: list[str] = []
    last = 0
    for m in _YA_ALEF_END.finditer(normed):
        s = m.start()
        if s >= 2 and _TWO_WORD_CHARS_BEFORE.match(normed, s):
            pieces += (normed[last:s], "يه")
            last = s + 2
    if not pieces:
        return normed
    pieces.append(normed[last:])
    return "".join(pieces)


def index_text(text: str) -> str:
    """The searchable form of ``text``: ``fold(norm(text))``."""
    return fold(norm(text))


# ------------------------------------------------------------------ queries


@dataclass(frozen=True)
class Query:
    fts: str  # the FTS5 MATCH expression
    terms: tuple[tuple[str, bool], ...]  # (folded term, is_prefix) to highlight


_LEX = re.compile(r'\s*(?:(")|(\()|(\))|([^\s"()]+))')
_OPERATORS = {"OR", "AND", "NOT"}
_WORD = re.compile(r"\w+")


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def compile_query(query: str) -> Query:
    """Turn what the user typed into a safe FTS5 expression.

    Plain words are quoted terms (all must occur). ``OR``, ``AND``, ``NOT``
    (upper case) and parentheses keep their FTS5 meaning; ``"..."`` is a
    phrase; a trailing ``*`` makes a prefix search. Every term is normalised
    and folded like the index. Raises :class:`QueryError` for an empty query
    or an unbalanced quote; other malformed expressions (a dangling ``OR``,
    unbalanced parentheses) are left for FTS5 to refuse.
    """
    if query.count('"') % 2 and not any(q in query for q in "«»“”"):
        raise QueryError("unbalanced quote in the search")
    query = query.replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')
    if query.count('"') % 2:
        raise QueryError("unbalanced quote in the search")
    out: list[str] = []
    terms: list[tuple[str, bool]] = []
    pos = 0
    negate = False
    while pos < len(query):
        m = _LEX.match(query, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1):  # phrase
            end = query.index('"', pos)
            words = [fold(w) for w in _WORD.findall(norm(query[pos:end]))]
            pos = end + 1
            prefix = query[pos : pos + 1] == "*"
            if prefix:
                pos += 1
            if words:
                out.append(_quote(" ".join(words)) + (" *" if prefix else ""))
                if not negate:
                    terms.extend((w, prefix and i == len(words) - 1) for i, w in enumerate(words))
            negate = False
        elif m.group(2):
            out.append("(")
        elif m.group(3):
            out.append(")")
        else:
            word = m.group(4)
            if word in _OPERATORS:
                out.append(word)
                negate = word == "NOT"
                continue
            prefix = word.endswith("*")
            pieces = [fold(w) for w in _WORD.findall(norm(word.rstrip("*")))]
            if not pieces:
                continue
            out.append(_quote(" ".join(pieces)) + (" *" if prefix else ""))
            if not negate:
                terms.extend((w, prefix and i == len(pieces) - 1) for i, w in enumerate(pieces))
            negate = False
    if not terms and not any(t.startswith('"') for t in out):
        raise QueryError("nothing to search for")
    return Query(" ".join(out), tuple(terms))


# ------------------------------------------------------------------ snippets

_MARKS = "[\u064b-\u0652\u0670\u0640\u200c-\u200f\u061c]*"


def _inverse() -> dict[str, str]:
    groups: dict[str, set[str]] = {}
    ranges = [range(0x30, 0x3A), range(0x41, 0x5B), range(0x61, 0x7B), range(0x0620, 0x06FF)]
    for r in ranges:
        for cp in r:
            ch = chr(cp)
            n = norm(ch)
            if len(n) == 1:
                groups.setdefault(n, set()).add(ch)
    return {k: "[" + "".join(re.escape(c) for c in sorted(v)) + "]" for k, v in groups.items()}


_INV = _inverse()


def _cls(ch: str) -> str:
    return _INV.get(ch, re.escape(ch)) + _MARKS


def _seq(s: str) -> str:
    return "".join(_cls(c) for c in s)


def term_pattern(term: str, prefix: bool = False) -> str:
    """A regex over ORIGINAL text matching every spelling that folds to ``term``."""
    parts: list[str] = []
    i = 0
    n = len(term)
    while i < n:
        for src, dst in _RULES:
            if term.startswith(dst, i):
                parts.append("(?:" + _seq(src) + "|" + _seq(dst) + ")")
                i += len(dst)
                break
        else:
            if i == n - 1 and term[i] == "ه" and i >= 3 and term[i - 1] == "ي":
                parts.append("(?:" + _INV["ه"] + "|" + _INV["ا"] + ")" + _MARKS)
            else:
                parts.append(_cls(term[i]))
            i += 1
    return r"(?<!\w)" + "".join(parts) + ("" if prefix else r"(?!\w)")


@lru_cache(maxsize=512)
def _compiled(term: str, prefix: bool) -> re.Pattern[str]:
    return re.compile(term_pattern(term, prefix), re.IGNORECASE)


def snippet(text: str, terms: tuple[tuple[str, bool], ...], width: int = 160) -> str:
    """A window of the original ``text`` around the first match, matches in ``[...]``."""
    spans: list[tuple[int, int, int]] = []
    for k, (term, prefix) in enumerate(terms):
        if not term:
            continue
        for m in _compiled(term, prefix).finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), k))
    if not spans:
        flat = " ".join(text[: width * 4].split())
        return flat[:width] + ("…" if len(flat) > width or len(text) > width * 4 else "")
    spans.sort()
    # the window (starting at a match) that shows the most distinct terms
    n_terms = len({k for _, _, k in spans})
    best, best_n = 0, -1
    reach = width * 2 // 3
    for i in range(min(len(spans), 50)):
        s0 = spans[i][0]
        seen = set()
        for s, _, k in spans[i:]:
            if s > s0 + reach:
                break
            seen.add(k)
        if len(seen) > best_n:
            best, best_n = i, len(seen)
            if best_n == n_terms:
                break
    first = spans[best][0]
    start = max(0, first - width // 3)
    if start > 0:
        sp = text.find(" ", start, first)
        start = sp + 1 if sp != -1 else start
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.rfind(" ", spans[best][1], end)
        end = sp if sp != -1 else end
    pieces: list[str] = ["…"] if start > 0 else []
    cur = start
    for s, e, _ in spans:
        if s < cur or e > end:
            continue
        pieces.append(text[cur:s])
        pieces.append("[" + text[s:e] + "]")
        cur = e
    pieces.append(text[cur:end])
    if end < len(text):
        pieces.append("…")
    return " ".join("".join(pieces).split())
