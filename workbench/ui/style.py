"""Colours and labels shared by the legend, the highlights, the timeline and the tables."""

from __future__ import annotations

from PySide6.QtGui import QColor

ENTITY_COLORS = {
    "ACTOR": "#f4a3a3",
    "PERSON": "#f7c98b",
    "ORG": "#cdb4f5",
    "LOCATION": "#a9dfa0",
    "WEAPON": "#a9cdf2",
    "QUANTITY": "#f3e48a",
    "TIME": "#9fe3dc",
    "EVENT": "#d0d0d0",
}
# darker tones for underlines (manual items) and timeline marks
STRONG_COLORS = {
    "ACTOR": "#c0392b",
    "PERSON": "#d35400",
    "ORG": "#7d3cc8",
    "LOCATION": "#2e8b3a",
    "WEAPON": "#2266aa",
    "QUANTITY": "#a08800",
    "TIME": "#12867c",
    "EVENT": "#444444",
}
EVENT_COLORS = {
    "MOVEMENT": "#4e79a7",
    "WITHDRAWAL": "#76b7b2",
    "ATTACK": "#e15759",
    "ARREST": "#f28e2b",
    "TRAINING": "#59a14f",
    "OPERATION": "#b07aa1",
    "BASE": "#9c755f",
    "CONTROL": "#bab0ac",
    "AGREEMENT": "#edc948",
    "STATEMENT": "#ff9da7",
}
# key -> entity type for the "mark selection" shortcuts
TYPE_KEYS = {
    "1": "ACTOR",
    "2": "PERSON",
    "3": "ORG",
    "4": "LOCATION",
    "5": "WEAPON",
    "6": "QUANTITY",
}


def color(kind: str, strong: bool = False) -> QColor:
    table = STRONG_COLORS if strong else ENTITY_COLORS
    return QColor(table.get(kind, "#dddddd"))


def event_color(event_type: str) -> QColor:
    return QColor(EVENT_COLORS.get(event_type, "#888888"))


def tooltip_html(text: str) -> str:
    """A tooltip for plain data text: escaped, kept as rich text so nothing is interpreted."""
    import html

    body = html.escape(text).replace("\n", "<br>")
    return f"<div dir='auto' style='white-space:pre-wrap'>{body}</div>"
