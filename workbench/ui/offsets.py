"""The one place where Python code-point offsets meet Qt's UTF-16 positions.

Our spans count code points; QTextDocument counts UTF-16 code units, so every
character outside the Basic Multilingual Plane (emoji, some symbols) takes two
Qt positions: in "😀 كتب" Python index 2 is Qt position 3.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Convert between code-point offsets and UTF-16 positions for one text."""

    __slots__ = ("_astral", "_qt_starts", "length")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._qt_starts = [a + k for k, a in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """Qt position of Python index ``index`` (0 <= index <= len(text))."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def from_qt(self, position: int) -> int:
        """Python index of Qt position ``position``; the middle of a pair maps to its character."""
        if not self._astral:
            return position
        return position - bisect_left(self._qt_starts, position)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.from_qt(start), self.from_qt(end)
