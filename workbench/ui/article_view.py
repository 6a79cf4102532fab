"""The article: right-to-left text with highlights, a legend, an editable header.

Article text is data: it goes in with ``setPlainText`` and highlights are
ExtraSelections (no markup, no change to the text). Offsets are converted with
:class:`~workbench.ui.offsets.OffsetMap` only.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QPalette,
    QRegularExpressionValidator,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import ENTITY_TYPES, Extraction
from workbench.core.text import sentences
from workbench.store import StoreError
from workbench.ui import dialogs
from workbench.ui.bus import Context
from workbench.ui.fonts import article_font
from workbench.ui.offsets import OffsetMap
from workbench.ui.style import TYPE_KEYS, color

KINDS = (*ENTITY_TYPES, "TIME", "EVENT")


@dataclass
class Highlight:
    """One highlighted span in code points, with what the tooltip says."""

    start: int
    end: int
    kind: str  # entity type, "TIME" or "EVENT"
    item_id: str
    origin: str
    tooltip: str


def _fmt_conf(value: Any) -> str:
    return "—" if value is None else f"{value:.2f}"


def highlights_for(extraction: Extraction) -> list[Highlight]:
    """Every entity, time expression and event trigger of ``extraction``, sorted by start."""
    out: list[Highlight] = []
    for e in extraction.entities:
        lines = [f"{e.type}: {e.text}", f"canonical: {e.canonical or '—'}"]
        if e.type == "QUANTITY" and e.value is not None:
            lines.append(f"value: {e.value}{' (approx.)' if e.approx else ''} {e.unit or ''}")
        lines += [f"confidence: {_fmt_conf(e.confidence)}", f"origin: {e.origin}"]
        out.append(Highlight(e.start, e.end, e.type, e.id, e.origin, "\n".join(lines)))
    for t in extraction.times:
        resolved = t.value or "unresolved"
        if t.relation:
            resolved += f" ({t.relation})"
        lines = [f"TIME: {t.text}", f"resolved: {resolved}", f"precision: {t.precision}"]
        if t.part:
            lines.append(f"part of day: {t.part}")
        lines.append(f"origin: {t.origin}")
        out.append(Highlight(t.start, t.end, "TIME", t.id, t.origin, "\n".join(lines)))
    times = {t.id: t for t in extraction.times}
    for ev in extraction.events:
        tx = times.get(ev.time) if ev.time else None
        lines = [
            f"EVENT {ev.type} ({ev.modality}): {ev.trigger.text}",
            f"time: {tx.value if tx and tx.value else '—'}",
            f"actors: {', '.join(ev.actors) or '—'}",
            f"confidence: {_fmt_conf(ev.confidence)}",
            f"origin: {ev.origin}",
        ]
        out.append(
            Highlight(ev.trigger.start, ev.trigger.end, "EVENT", ev.id, ev.origin, "\n".join(lines))
        )
    # event triggers (underline only) first, so a typed background drawn over them wins
    out.sort(key=lambda h: (h.kind != "EVENT", h.start, -h.end))
    return out


class ArticleText(QTextEdit):
    """Read-only, selectable RTL text; keys 1-6 and T mark the selection."""

    markRequested = Signal(str)  # entity type or "TIME"

    def __init__(self, owner: ArticleView) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setFont(article_font())
        self.document().setDefaultFont(article_font())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(18)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor("#fdfcf8"))
        pal.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
        self.setPalette(pal)
        self.setMouseTracking(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier and self.textCursor().hasSelection():
            key = event.key()
            if Qt.Key.Key_1.value <= key <= Qt.Key.Key_6.value:
                self.markRequested.emit(TYPE_KEYS[str(key - Qt.Key.Key_0.value)])
                return
            if key == Qt.Key.Key_T.value:
                self.markRequested.emit("TIME")
                return
        elif mods == Qt.KeyboardModifier.NoModifier and (
            Qt.Key.Key_1.value <= event.key() <= Qt.Key.Key_6.value
            or event.key() == Qt.Key.Key_T.value
        ):
            if self._owner.ctx is not None:
                self._owner.ctx.bus.status.emit("select words first, then press 1-6 or T")
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            pos = self._owner.position_at(event.pos())
            hits = self._owner.highlights_at(pos) if pos is not None else []
            if hits:
                body = "<hr>".join(html.escape(h.tooltip).replace("\n", "<br>") for h in hits)
                QToolTip.showText(event.globalPos(), f"<div dir='auto'>{body}</div>", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self._owner.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()


class ArticleView(QWidget):
    """Header, legend with per-type toggles, and the highlighted article."""

    articleChanged = Signal(int)
    contentChanged = Signal()  # the extraction shown was (re)loaded

    def __init__(self, ctx: Context | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article_id: int | None = None
        self.extraction: Extraction | None = None
        self.record: Any = None
        self.highlights: list[Highlight] = []
        self.visible_kinds: set[str] = set(KINDS)
        self._offsets = OffsetMap("")
        self._headings: list[tuple[int, int]] = []
        self._focus_selections: list[QTextEdit.ExtraSelection] = []
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        header = QWidget(self)
        form = QFormLayout(header)
        form.setContentsMargins(6, 4, 6, 0)
        self.title_edit = QLineEdit(header)
        self.title_edit.setPlaceholderText("title")
        self.source_edit = QLineEdit(header)
        self.source_edit.setPlaceholderText("source")
        self.published_edit = QLineEdit(header)
        self.published_edit.setPlaceholderText("YYYY-MM-DD")
        self.published_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^(\d{4}-\d{2}-\d{2})?$"), self)
        )
        for w in (self.title_edit, self.source_edit):
            w.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        row = QHBoxLayout()
        row.addWidget(self.source_edit, 3)
        row.addWidget(QLabel("published:"))
        row.addWidget(self.published_edit, 1)
        form.addRow("Title:", self.title_edit)
        form.addRow("Source:", row)
        layout.addWidget(header)
        self.title_edit.editingFinished.connect(lambda: self._header_edited("title"))
        self.source_edit.editingFinished.connect(lambda: self._header_edited("source"))
        self.published_edit.editingFinished.connect(lambda: self._header_edited("published"))

        legend = QHBoxLayout()
        legend.setContentsMargins(6, 0, 6, 0)
        legend.addWidget(QLabel("Show:"))
        self.toggles: dict[str, QToolButton] = {}
        for kind in KINDS:
            b = QToolButton(self)
            b.setText(kind.title() if kind != "ORG" else "Org")
            b.setCheckable(True)
            b.setChecked(True)
            c = color(kind)
            b.setStyleSheet(
                "QToolButton { border: 1px solid #999; border-radius: 3px; padding: 1px 6px; }"
                f"QToolButton:checked {{ background: {c.name()}; border: 1px solid #555; }}"
            )
            b.setToolTip(f"show or hide {kind} highlights")
            b.toggled.connect(lambda on, k=kind: self.set_kind_visible(k, on))
            legend.addWidget(b)
            self.toggles[kind] = b
        note = QLabel("solid underline = manual, background only = automatic")
        note.setStyleSheet("color: #666;")
        legend.addStretch(1)
        legend.addWidget(note)
        layout.addLayout(legend)

        self.text = ArticleText(self)
        self.text.markRequested.connect(self.mark_selection)
        layout.addWidget(self.text, 1)
        self._set_header_enabled(False)

        if ctx is not None:
            ctx.bus.changed.connect(self._on_change)

    # ------------------------------------------------------------------ loading

    def load(self, article_id: int) -> None:
        """Show article ``article_id`` from the store."""
        assert self.ctx is not None
        store = self.ctx.store
        record = store.get_article(article_id)
        extraction = store.get_extraction(article_id)
        same = article_id == self.article_id
        self.article_id = article_id
        self.record = record
        self._show(record.text, extraction, keep_scroll=same)
        self._fill_header(record.title, record.source, record.published)
        self._set_header_enabled(True)
        if not same:
            self.articleChanged.emit(article_id)

    def set_extraction(self, extraction: Extraction, article_id: int | None = None) -> None:
        """Show an extraction that is not (or not yet) in the store."""
        self.article_id = article_id
        a = extraction.article
        self._show(a.text, extraction, keep_scroll=False)
        self._fill_header(a.title, a.source, a.published)
        self._set_header_enabled(False)

    def clear(self) -> None:
        self.article_id = None
        self.extraction = None
        self.highlights = []
        self.text.clear()
        self.contentChanged.emit()
        self._fill_header(None, None, None)
        self._set_header_enabled(False)

    def reload(self) -> None:
        if self.ctx is not None and self.article_id is not None:
            self.load(self.article_id)

    def _on_change(self, change: Any, initiator: Any) -> None:
        aid = getattr(change, "article_id", None)
        if self.article_id is not None and (aid is None or aid == self.article_id):
            try:
                self.load(self.article_id)
            except StoreError:  # the article is gone
                self.clear()

    def _show(self, text: str, extraction: Extraction, keep_scroll: bool) -> None:
        bar = self.text.verticalScrollBar()
        scroll = bar.value() if keep_scroll else 0
        self.extraction = extraction
        self._focus_selections = []
        self.text.setExtraSelections([])
        if keep_scroll and self.text.toPlainText() == text:
            pass  # same text: only the highlights change
        else:
            self._offsets = OffsetMap(text)
            self.text.setPlainText(text)  # plain text, never markup; cursor and scroll to the top
            self._format_blocks(text)
        self.highlights = highlights_for(extraction)
        self.apply_highlights()
        bar.setValue(scroll)
        self.contentChanged.emit()

    def _format_blocks(self, text: str) -> None:
        """Paragraph spacing, and the subheadings (short lines without a full stop)."""
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(10)
        cursor.mergeBlockFormat(block)
        cursor.endEditBlock()
        self._headings = [
            self._offsets.span_to_qt(s.start, s.end) for s in sentences(text) if s.heading
        ]

    def _fill_header(self, title: Any, source: Any, published: Any) -> None:
        self.title_edit.setText(title or "")
        self.source_edit.setText(source or "")
        self.published_edit.setText(published or "")

    def _set_header_enabled(self, on: bool) -> None:
        for w in (self.title_edit, self.source_edit, self.published_edit):
            w.setReadOnly(not on)

    def _header_edited(self, field: str) -> None:
        if self.ctx is None or self.article_id is None or self.record is None:
            return
        edit = {
            "title": self.title_edit,
            "source": self.source_edit,
            "published": self.published_edit,
        }[field]
        value = edit.text().strip() or None
        if value == (getattr(self.record, field) or None):
            return
        aid = self.article_id
        store = self.ctx.store
        done = self.ctx.run(
            lambda: store.update_article(aid, **{field: value}),
            f"set {field} to {value or '(none)'}",
            initiator=self,
        )
        if done is None:  # refused: show what is stored
            r = self.record
            self._fill_header(r.title, r.source, r.published)

    # --------------------------------------------------------------- highlights

    def _format(self, kind: str, origin: str) -> QTextCharFormat:
        key = (kind, origin)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if kind == "EVENT":
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(color(kind, strong=True))
                fmt.setFontWeight(700)
            else:
                fmt.setBackground(QBrush(color(kind)))
            if origin == "manual":
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(color(kind, strong=True))
            fmt.setProperty(QTextCharFormat.Property.UserProperty, kind)
            self._formats[key] = fmt
        return fmt

    def apply_highlights(self) -> None:
        """Write the highlight formats into the document in one edit block (one relayout).

        Character formats, not ExtraSelections: ExtraSelections make Qt lay out
        every block that holds one (the whole article) before the first paint.
        The text itself is never changed; the formats are reset and re-applied.
        """
        doc = self.text.document()
        to_qt = self._offsets.to_qt
        visible = self.visible_kinds
        keep = QTextCursor.MoveMode.KeepAnchor
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        if self._headings:
            bold = QTextCharFormat()
            bold.setFontWeight(700)
            bold.setFontPointSize(article_font().pointSize() + 2)
            for a, b in self._headings:
                cursor.setPosition(a)
                cursor.setPosition(b, keep)
                cursor.mergeCharFormat(bold)
        for h in self.highlights:
            if h.kind in visible:
                cursor.setPosition(to_qt(h.start))
                cursor.setPosition(to_qt(h.end), keep)
                cursor.mergeCharFormat(self._format(h.kind, h.origin))
        cursor.endEditBlock()

    def formats_at(self, index: int) -> QTextCharFormat:
        """The character format shown at code-point ``index`` (for tests and tools)."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets.to_qt(index) + 1)
        return cursor.charFormat()

    def kind_at(self, index: int) -> str | None:
        """The highlight kind drawn at ``index`` (the innermost, last applied), or None."""
        value = self.formats_at(index).property(QTextCharFormat.Property.UserProperty)
        return value or None

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        if visible:
            self.visible_kinds.add(kind)
        else:
            self.visible_kinds.discard(kind)
        if self.toggles[kind].isChecked() != visible:
            self.toggles[kind].setChecked(visible)
        self.apply_highlights()

    def select_spans(self, spans: list[tuple[int, int]], scroll: bool = True) -> None:
        """Outline ``spans`` (code points) and bring the first into view."""
        doc = self.text.document()
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(QColor("#ffe14d")))
        fmt.setForeground(QBrush(QColor("#000000")))
        sels = []
        for s, e in spans:
            sel = QTextEdit.ExtraSelection()
            c = QTextCursor(doc)
            c.setPosition(self._offsets.to_qt(s))
            c.setPosition(self._offsets.to_qt(e), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c
            sel.format = fmt
            sels.append(sel)
        self._focus_selections = sels
        self.text.setExtraSelections(sels)
        if spans and scroll:
            c = QTextCursor(doc)
            c.setPosition(self._offsets.to_qt(spans[0][0]))
            self.text.setTextCursor(c)
            self.text.ensureCursorVisible()

    def highlight_sentence(self, start: int, end: int) -> None:
        """Show one sentence (an event's or a force row's evidence) outlined."""
        self.select_spans([(start, end)])

    # ----------------------------------------------------------------- queries

    def position_at(self, viewport_pos: Any) -> int | None:
        """Code-point index of the character under a viewport point, or None."""
        layout = self.text.document().documentLayout()
        x = viewport_pos.x() + self.text.horizontalScrollBar().value()
        y = viewport_pos.y() + self.text.verticalScrollBar().value()
        from PySide6.QtCore import QPointF

        pos = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.ExactHit)
        if pos < 0:
            return None
        return self._offsets.from_qt(pos)

    def highlights_at(self, index: int) -> list[Highlight]:
        """Visible highlights covering ``index`` (or ending just before it)."""
        hits = [
            h for h in self.highlights if h.kind in self.visible_kinds and h.start <= index < h.end
        ]
        if not hits:
            hits = [
                h
                for h in self.highlights
                if h.kind in self.visible_kinds and h.start < index <= h.end
            ]
        return hits

    def selected_span(self) -> tuple[int, int] | None:
        c = self.text.textCursor()
        if not c.hasSelection():
            return None
        return self._offsets.span_from_qt(c.selectionStart(), c.selectionEnd())

    def select_text(self, start: int, end: int) -> None:
        """Select [start, end) (code points) as the analyst would with the mouse."""
        c = QTextCursor(self.text.document())
        c.setPosition(self._offsets.to_qt(start))
        c.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(c)

    def entity(self, item_id: str) -> Any:
        if self.extraction is None:
            return None
        for e in self.extraction.entities:
            if e.id == item_id:
                return e
        return None

    def time(self, item_id: str) -> Any:
        if self.extraction is None:
            return None
        for t in self.extraction.times:
            if t.id == item_id:
                return t
        return None

    # ------------------------------------------------------------------ writes

    def mark_selection(self, kind: str) -> None:
        """Create a manual entity (or time) from the selection; the store snaps the span."""
        span = self.selected_span()
        if span is None or self.ctx is None or self.article_id is None:
            return
        start, end = span
        aid, store = self.article_id, self.ctx.store
        if kind == "TIME":
            self.ctx.run(lambda: store.add_time(aid, start, end), "mark time", self)
        else:
            self.ctx.run(
                lambda: store.add_entity(aid, start, end, kind), f"mark {kind.lower()}", self
            )

    def build_context_menu(self, viewport_pos: Any) -> QMenu:
        menu = self.text.createStandardContextMenu(viewport_pos)
        editable = self.ctx is not None and self.article_id is not None
        if not editable:
            return menu
        menu.addSeparator()
        if self.text.textCursor().hasSelection():
            mark = menu.addMenu("Mark selection as")
            for key, kind in TYPE_KEYS.items():
                a = mark.addAction(f"{kind}\t{key}")
                a.triggered.connect(lambda _=False, k=kind: self.mark_selection(k))
            a = mark.addAction("TIME\tT")
            a.triggered.connect(lambda _=False: self.mark_selection("TIME"))
            fr = menu.addAction("Add force row with this evidence…")
            fr.triggered.connect(self.add_force_from_selection)
            ev = menu.addAction("Add event with this trigger…")
            ev.triggered.connect(self.add_event_from_selection)
        pos = self.position_at(viewport_pos)
        for h in self.highlights_at(pos) if pos is not None else []:
            if h.kind == "TIME":
                self._time_menu(menu, h)
            elif h.kind != "EVENT":
                self._entity_menu(menu, h)
        return menu

    def _entity_menu(self, menu: QMenu, h: Highlight) -> None:
        ent = self.entity(h.item_id)
        if ent is None:
            return
        assert self.ctx is not None and self.article_id is not None
        store, aid, ctx = self.ctx.store, self.article_id, self.ctx
        sub = menu.addMenu(f"{ent.type} «{ent.text}»")
        types = sub.addMenu("Change type")
        for kind in ENTITY_TYPES:
            a = types.addAction(kind)
            a.setEnabled(kind != ent.type)
            a.triggered.connect(
                lambda _=False, k=kind: ctx.run(
                    lambda: store.update_entity(aid, ent.id, type=k),
                    f"change type of «{ent.text}» to {k}",
                    self,
                )
            )

        def link() -> None:
            value = dialogs.ask_canonical(self, store, ent.type, ent.canonical, "Link to entity")
            if value is not None:
                ctx.run(
                    lambda: store.update_entity(aid, ent.id, canonical=value or None),
                    f"link «{ent.text}» to {value or '(none)'}",
                    self,
                )

        def merge() -> None:
            if not ent.canonical:
                return
            value = dialogs.ask_canonical(
                self, store, ent.type, None, f"Merge {ent.canonical} as an alias of"
            )
            if value:
                ctx.run(
                    lambda: store.merge_alias(ent.canonical, value, ent.type),
                    f"merge {ent.canonical} into {value}",
                    self,
                )

        sub.addAction("Link to canonical entity…").triggered.connect(link)
        sub.addAction("Apply to all occurrences").triggered.connect(
            lambda: ctx.run(
                lambda: store.apply_to_all(aid, ent.id), f"apply «{ent.text}» everywhere", self
            )
        )
        sub.addAction("Apply to all occurrences in the corpus").triggered.connect(
            lambda: ctx.run(
                lambda: store.apply_to_all(aid, ent.id, corpus=True),
                f"apply «{ent.text}» in the corpus",
                self,
            )
        )
        m = sub.addAction("Merge alias into…")
        m.setEnabled(bool(ent.canonical))
        m.triggered.connect(merge)
        sub.addSeparator()
        sub.addAction("Reject").triggered.connect(
            lambda: ctx.run(lambda: store.reject_entity(aid, ent.id), f"reject «{ent.text}»", self)
        )

    def _time_menu(self, menu: QMenu, h: Highlight) -> None:
        t = self.time(h.item_id)
        if t is None:
            return
        assert self.ctx is not None and self.article_id is not None
        store, aid, ctx = self.ctx.store, self.article_id, self.ctx
        sub = menu.addMenu(f"TIME «{t.text}»")

        def edit() -> None:
            got = dialogs.ask_time(self, t.value, t.precision, t.part)
            if got is not None:
                value, precision, part = got
                ctx.run(
                    lambda: store.update_time(
                        aid, t.id, value=value, precision=precision, part=part
                    ),
                    f"set «{t.text}» to {value}",
                    self,
                )

        sub.addAction("Edit value…").triggered.connect(edit)
        sub.addAction("Reject").triggered.connect(
            lambda: ctx.run(lambda: store.reject_time(aid, t.id), f"reject «{t.text}»", self)
        )

    def _sentence_of(self, start: int, end: int) -> tuple[int, int]:
        text = self.extraction.article.text if self.extraction else ""
        for s in sentences(text):
            if s.start <= start < s.end or s.start < end <= s.end:
                return s.start, max(s.end, end)
        return start, end

    def add_force_from_selection(self) -> None:
        span = self.selected_span()
        if span is None or self.ctx is None or self.article_id is None:
            return
        s, e = self._sentence_of(*span)
        fields = dialogs.ask_force(self, self.ctx.store)
        if fields is None:
            return
        fields["evidence"] = {"start": s, "end": e}
        aid, store = self.article_id, self.ctx.store
        self.ctx.run(lambda: store.add_force(aid, fields), "add force row", self)

    def add_event_from_selection(self) -> None:
        span = self.selected_span()
        if span is None or self.ctx is None or self.article_id is None or not self.extraction:
            return
        text = self.extraction.article.text
        s, e = span
        fields = dialogs.ask_event(self)
        if fields is None:
            return
        fields["trigger"] = {"start": s, "end": e, "text": text[s:e]}
        fields["sentence"] = list(self._sentence_of(s, e))
        aid, store = self.article_id, self.ctx.store
        self.ctx.run(lambda: store.add_event(aid, fields), "add event", self)
