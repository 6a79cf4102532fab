"""The application's start: work put off until the window is first painted."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from workbench.ui.app import _after_first_paint


def test_runs_once_after_the_first_paint(qtbot):
    calls: list[str] = []
    w = QLabel("نافذة")
    qtbot.addWidget(w)
    _after_first_paint(w, lambda: calls.append("seeded"), latest_ms=5000)
    assert calls == []  # not before the window is shown and painted
    w.show()
    w.repaint()  # a paint event, as the first expose gives
    qtbot.waitUntil(lambda: calls == ["seeded"], timeout=2000)
    w.repaint()
    qtbot.wait(50)
    assert calls == ["seeded"]  # once only


def test_runs_anyway_when_no_paint_comes(qtbot):
    calls: list[str] = []
    w = QLabel("نافذة")
    qtbot.addWidget(w)
    _after_first_paint(w, lambda: calls.append("seeded"), latest_ms=50)
    qtbot.waitUntil(lambda: calls == ["seeded"], timeout=2000)
