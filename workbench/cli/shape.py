"""Arabic for terminals that cannot shape: arabic-reshaper + python-bidi.

Only for the terminal (and images/PDF): text shown in Qt widgets never goes
through here, Qt shapes and orders Arabic itself.
"""

from __future__ import annotations

import arabic_reshaper
from bidi import get_display

_reshaper = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def shape(text: str, enabled: bool = True) -> str:
    """Return ``text`` in visual order with joined letter forms, line by line."""
    if not enabled or not text:
        return text
    return "\n".join(get_display(_reshaper.reshape(line)) for line in text.split("\n"))
