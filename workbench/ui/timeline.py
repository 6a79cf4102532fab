"""The event timeline: a date axis, one mark per dated event, zoom and pan.

Each event sits at the resolved value of its TimeExpr; the mark's width is the
span that value covers (part of a day, a day, a month, an interval), its
colour the event type; denied events are hollow and struck through, planned
and expected ones dashed.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import EVENT_TYPES, Event, TimeExpr
from workbench.ui.style import event_color, tooltip_html

EPOCH = dt.date(1970, 1, 1)
PX_PER_DAY = 40.0
ROW_H = 14.0
ROW_GAP = 3.0
MAX_ROWS = 8
LABEL_W = 96.0  # pixels kept on the left for the lane labels
PARTS = {"morning": (6, 12), "noon": (11, 15), "evening": (17, 21), "night": (20, 28)}
OPEN_DAYS = 7.0
VAGUE_DAYS = 3.0


def _day(d: dt.date) -> float:
    return float((d - EPOCH).days)


def _point(value: str) -> tuple[float, float] | None:
    """Start and end (days since 1970) of an ISO year, month or day."""
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    try:
        if len(parts) == 1:
            return _day(dt.date(parts[0], 1, 1)), _day(dt.date(parts[0] + 1, 1, 1))
        if len(parts) == 2:
            y, m = parts
            start = dt.date(y, m, 1)
            return _day(start), _day(start) + monthrange(y, m)[1]
        if len(parts) == 3:
            start = dt.date(*parts)
            return _day(start), _day(start) + 1.0
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Extent:
    start: float  # days since 1970-01-01
    end: float
    open_end: bool = False
    vague: bool = False


@lru_cache(maxsize=4096)  # Extent is frozen; many events share a date
def time_extent(
    value: str | None, precision: str = "day", part: str | None = None
) -> Extent | None:
    """Where on the axis a resolved time value lies (None when it has no date)."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        first = _point(a) if a else None
        last = _point(b) if b else None
        if first is None and last is None:
            return None
        if first is None:
            assert last is not None
            return Extent(last[0] - OPEN_DAYS, last[1], vague=True)
        if last is None:
            return Extent(first[0], first[1] + OPEN_DAYS, open_end=True)
        return Extent(first[0], max(last[1], first[1]))
    p = _point(value)
    if p is None:
        return None
    start, end = p
    if part in PARTS and end - start == 1.0:
        h0, h1 = PARTS[part]
        return Extent(start + h0 / 24.0, start + h1 / 24.0)
    if precision == "week" and end - start == 1.0:
        return Extent(start, start + 7.0)
    if precision == "vague":
        return Extent(start - VAGUE_DAYS, end + VAGUE_DAYS, vague=True)
    return Extent(start, end)


def date_label(day: float, step: str) -> str:
    d = EPOCH + dt.timedelta(days=int(day))
    if step == "year":
        return str(d.year)
    if step == "month":
        return d.strftime("%Y-%m")
    return d.isoformat()


class TimelineView(QGraphicsView):
    """Wheel zooms the time axis around the mouse; drag pans; click picks an event."""

    eventClicked = Signal(object, str, int, int)  # article_id, event_id, sentence start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.event_items: list[QGraphicsRectItem] = []
        self.event_keys: list[tuple[Any, str, int, int]] = []
        self._rows: list[tuple[Any, Event, TimeExpr]] = []
        self._styles: dict[tuple[str, str, bool, bool], tuple[QPen, QBrush]] = {}
        self._lanes: list[tuple[float, str]] = []
        self._content = QRectF(0, 0, 400, 100)
        self._x0 = 0.0
        self._marker: QGraphicsRectItem | None = None
        self.selected_key: tuple[Any, str, int, int] | None = None

    # ----------------------------------------------------------------- content

    def set_events(self, rows: list[tuple[Any, Event, TimeExpr | None]]) -> int:
        """Draw one mark per dated event; returns how many were undated."""
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        scene.blockSignals(False)
        self.event_items = []
        self.event_keys = []
        self._rows: list[tuple[Any, Event, TimeExpr]] = []
        self._styles: dict[tuple[str, str, bool, bool], tuple[QPen, QBrush]] = {}
        self._lanes: list[tuple[float, str]] = []
        add_rect = scene.addRect
        keys, rows_out, items_out = self.event_keys, self._rows, self.event_items
        self._marker = None
        placed: list[tuple[Extent, Any, Event, TimeExpr]] = []
        undated = 0
        for article_id, ev, tx in rows:
            ext = time_extent(tx.value, tx.precision, tx.part) if tx is not None else None
            if ext is None:
                undated += 1
                continue
            placed.append((ext, article_id, ev, tx))
        if not placed:
            scene.setSceneRect(QRectF(0, 0, 400, 100))
            return undated
        placed.sort(key=lambda r: (r[0].start, r[0].end))
        x0 = placed[0][0].start - 1.0
        x1 = max(r[0].end for r in placed) + 1.0
        self._x0 = x0
        lanes = {t: [] for t in EVENT_TYPES}
        for r in placed:
            lanes.setdefault(r[2].type, []).append(r)
        y = 24.0
        min_w = 2.0 / PX_PER_DAY
        for etype, items in lanes.items():
            if not items:
                continue
            row_ends: list[float] = []
            step = ROW_H + ROW_GAP
            for ext, article_id, ev, tx in items:
                start, end = ext.start, ext.end
                row = -1
                for i, e in enumerate(row_ends):
                    if e <= start:
                        row = i
                        break
                if row < 0:
                    if len(row_ends) < MAX_ROWS:
                        row = len(row_ends)
                        row_ends.append(end)
                    else:
                        row = min(range(len(row_ends)), key=row_ends.__getitem__)
                if end > row_ends[row]:
                    row_ends[row] = end
                x = (start - x0) * PX_PER_DAY
                w = (end - start if end - start > min_w else min_w) * PX_PER_DAY
                top = y + row * step
                modality = ev.modality
                pen, brush = self._style(etype, modality, ext)
                item = add_rect(x, top, w, ROW_H, pen, brush)
                if modality == "denied":
                    strike = QGraphicsLineItem(x, top + ROW_H / 2, x + w, top + ROW_H / 2, item)
                    strike.setPen(pen)
                # an int index: PySide keeps Python tuples in QVariant badly (refcounts)
                item.setData(0, len(keys))
                keys.append((article_id, ev.id, ev.sentence[0], ev.sentence[1]))
                rows_out.append((article_id, ev, tx))
                items_out.append(item)
            self._lanes.append((y, etype))
            y += len(row_ends) * (ROW_H + ROW_GAP) + 8.0
        self._content = QRectF(0, 0, (x1 - x0) * PX_PER_DAY, y + 8)
        scene.setSceneRect(self._content)
        return undated

    def _style(self, etype: str, modality: str, ext: Extent) -> tuple[QPen, QBrush]:
        """Pen and brush by type and modality (shared by every mark of that kind)."""
        key = (etype, modality, ext.open_end, ext.vague)
        got = self._styles.get(key)
        if got is None:
            base = event_color(etype)
            pen = QPen(base.darker(140), 1.5)
            pen.setCosmetic(True)
            tentative = modality in ("planned", "expected")
            if tentative or ext.open_end or ext.vague:
                style = Qt.PenStyle.DotLine if modality == "expected" else Qt.PenStyle.DashLine
                pen.setStyle(style)
            if modality == "denied":
                brush = QBrush(Qt.BrushStyle.NoBrush)
            else:
                fill = QColor(base)
                if tentative or ext.vague:
                    fill.setAlpha(90)
                brush = QBrush(fill)
            got = self._styles[key] = (pen, brush)
        return got

    def tooltip_for(self, item: QGraphicsItem) -> str | None:
        i = item.data(0)
        if not isinstance(i, int) or not 0 <= i < len(self._rows):
            return None
        article_id, ev, tx = self._rows[i]
        part = f", {tx.part}" if tx.part else ""
        return (
            f"{ev.type} ({ev.modality}): {ev.trigger.text}\n"
            f"{tx.text} → {tx.value} ({tx.precision}{part})\n"
            f"actors: {', '.join(ev.actors) or '—'}\n"
            f"article {article_id}, {ev.id}, {ev.origin}"
        )

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            item = self.itemAt(event.pos())
            while item is not None and item.parentItem() is not None:
                item = item.parentItem()
            text = self.tooltip_for(item) if item is not None else None
            if text:
                QToolTip.showText(event.globalPos(), tooltip_html(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def fit(self) -> None:
        """Show every event, leaving room on the left for the lane labels."""
        self.resetTransform()
        rect = self._content
        room = self.viewport().width() - LABEL_W - 8
        if rect.width() > 0 and room > 0:
            sx = min(max(room / rect.width(), 1e-4), 50.0)
            self.scale(sx, 1.0)
            margin = (LABEL_W + 4) / sx
            self.scene().setSceneRect(rect.adjusted(-margin, 0, 4 / sx, 0))
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def view_state(self) -> tuple[Any, int, int, float]:
        """Zoom, scroll and date origin, to keep the analyst's view across a refresh."""
        return (
            self.transform(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self._x0,
        )

    def restore_view(self, state: tuple[Any, int, int, float]) -> bool:
        transform, h, v, x0 = state
        if x0 != self._x0 or not self.event_items:
            return False
        self.setTransform(transform)
        sx = transform.m11()
        margin = (LABEL_W + 4) / sx
        self.scene().setSceneRect(self._content.adjusted(-margin, 0, 4 / sx, 0))
        self.horizontalScrollBar().setValue(h)
        self.verticalScrollBar().setValue(v)
        return True

    def px_per_day(self) -> float:
        return PX_PER_DAY * self.transform().m11()

    # ---------------------------------------------------------------- painting

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        """The date axis along the top of the viewport, ticks chosen by zoom."""
        if not self.event_items:
            return
        ppd = self.px_per_day()
        if ppd >= 30:
            step, days = "day", 1
        elif ppd >= 5:
            step, days = "week", 7
        elif ppd >= 0.4:
            step, days = "month", 30
        else:
            step, days = "year", 365
        painter.save()
        painter.resetTransform()
        vw = self.viewport().width()
        font = painter.font()
        font.setPointSize(8)
        painter.setFont(font)
        painter.fillRect(
            QRectF(0, 20, LABEL_W, self.viewport().height()), QColor(255, 255, 255, 215)
        )
        for y, etype in self._lanes:
            vy = self.mapFromScene(0, y).y()
            painter.setPen(QPen(event_color(etype).darker(160)))
            painter.drawText(
                QRectF(4, vy, LABEL_W - 8, ROW_H), int(Qt.AlignmentFlag.AlignVCenter), etype
            )
        painter.fillRect(QRectF(0, 0, vw, 20), QColor(245, 245, 245, 230))
        left = self.mapToScene(0, 0).x()
        right = self.mapToScene(vw, 0).x()
        d0 = self._x0 + left / PX_PER_DAY
        d1 = self._x0 + right / PX_PER_DAY
        painter.setPen(QPen(QColor("#555555")))
        start = EPOCH + dt.timedelta(days=int(d0) - 1)
        if step in ("month", "year"):
            start = start.replace(day=1)
            if step == "year":
                start = start.replace(month=1)
        elif step == "week":
            start -= dt.timedelta(days=start.weekday())
        cur = start
        last_x = -1e9
        while _day(cur) <= d1 + days:
            sx = self.mapFromScene((_day(cur) - self._x0) * PX_PER_DAY, 0).x()
            painter.drawLine(sx, 14, sx, 20)
            if sx - last_x > 70:
                painter.drawText(int(sx) + 2, 12, date_label(_day(cur), step))
                last_x = sx
            if step == "day":
                cur += dt.timedelta(days=1)
            elif step == "week":
                cur += dt.timedelta(days=7)
            elif step == "month":
                cur = (cur.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            else:
                cur = cur.replace(year=cur.year + 1)
        painter.restore()

    # ------------------------------------------------------------- interaction

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta().y()
        if delta == 0 or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        factor = 1.25 if delta > 0 else 0.8
        new = self.px_per_day() * factor
        if 0.005 <= new <= 5000:
            self.scale(factor, 1.0)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A click on a mark selects that event; a drag anywhere pans."""
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.itemAt(event.position().toPoint())
            while item is not None and item.parentItem() is not None:
                item = item.parentItem()
            if item is not None and self.key_of(item) is not None:
                self.select_item(item)
        super().mousePressEvent(event)

    def select_item(self, item: QGraphicsItem) -> None:
        """Outline one event mark and announce its event."""
        key = self.key_of(item)
        if key is None:
            return
        if self._marker is None:
            pen = QPen(QColor("#000000"), 2.0)
            pen.setCosmetic(True)
            self._marker = self.scene().addRect(QRectF(), pen, QBrush(Qt.BrushStyle.NoBrush))
            self._marker.setZValue(10)
        self._marker.setRect(item.sceneBoundingRect())
        self.selected_key = key
        self.eventClicked.emit(*key)

    def key_of(self, item: QGraphicsItem) -> tuple[Any, str, int, int] | None:
        """(article_id, event_id, sentence start, end) of an event mark."""
        i = item.data(0)
        return self.event_keys[i] if isinstance(i, int) and 0 <= i < len(self.event_keys) else None


class TimelinePanel(QWidget):
    """The timeline with its mode switch (this article / the corpus)."""

    eventClicked = Signal(object, str, int, int)

    def __init__(self, ctx: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article_id: int | None = None
        self.corpus_ids: list[int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.corpus_box = QCheckBox("All listed articles", self)
        self.corpus_box.setToolTip("show the events of every article in the corpus list")
        self.corpus_box.toggled.connect(lambda _on: self.refresh())
        fit = QPushButton("Fit", self)
        fit.clicked.connect(lambda: self.view.fit())
        self.info = QLabel(self)
        bar.addWidget(self.corpus_box)
        bar.addWidget(fit)
        bar.addWidget(self.info, 1)
        legend = QLabel("filled = asserted, dashed = planned/expected, hollow struck = denied")
        legend.setStyleSheet("color:#666")
        bar.addWidget(legend)
        layout.addLayout(bar)
        self.view = TimelineView(self)
        self.view.eventClicked.connect(self.eventClicked)
        layout.addWidget(self.view, 1)
        if ctx is not None:
            ctx.bus.changed.connect(lambda *_: self.refresh(keep_view=True))

    def show_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        if not self.corpus_box.isChecked():
            self.refresh()

    def set_corpus_ids(self, ids: list[int] | None) -> None:
        self.corpus_ids = ids
        if self.corpus_box.isChecked():
            self.refresh()

    def refresh(self, keep_view: bool = False) -> None:
        """Reload from the store; ``keep_view`` keeps zoom and scroll (after an edit)."""
        if self.ctx is None:
            return
        store = self.ctx.store
        if self.corpus_box.isChecked():
            rows = store.corpus_events(self.corpus_ids)
        elif self.article_id is not None:
            rows = store.corpus_events([self.article_id])
        else:
            rows = []
        self.set_rows(rows, keep_view)

    def set_rows(
        self, rows: list[tuple[Any, Event, TimeExpr | None]], keep_view: bool = False
    ) -> None:
        state = self.view.view_state()
        undated = self.view.set_events(rows)
        n = len(self.view.event_items)
        self.info.setText(f"{n} dated events" + (f", {undated} undated" if undated else ""))
        if not (keep_view and self.view.restore_view(state)):
            self.view.fit()


def rows_from_extraction(
    extraction: Any, article_id: Any = None
) -> list[tuple[Any, Event, TimeExpr | None]]:
    times = {t.id: t for t in extraction.times}
    return [(article_id, ev, times.get(ev.time) if ev.time else None) for ev in extraction.events]
