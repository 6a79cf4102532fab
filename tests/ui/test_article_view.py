import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.conftest import GOLD, SAMPLE
from workbench.core.model import Extraction
from workbench.ui.article_view import ArticleView, highlights_for


def _seed():
    text = SAMPLE.read_text(encoding="utf-8")
    return Extraction.from_dict(json.loads(GOLD.read_text(encoding="utf-8")), text)


def expected_kinds(view, text):
    """What each code point should show: the last applied visible highlight over it."""
    kinds = [None] * len(text)
    for h in view.highlights:
        if h.kind in view.visible_kinds:
            for i in range(h.start, h.end):
                kinds[i] = h.kind
    return kinds


def shown_kinds(view, text):
    return [view.kind_at(i) for i in range(len(text))]


def test_highlights_sit_on_their_words(qtbot):
    ext = _seed()
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_extraction(ext)
    text = ext.article.text
    assert len(view.highlights) == len(ext.entities) + len(ext.times) + len(ext.events)
    assert shown_kinds(view, text) == expected_kinds(view, text)
    # an entity nothing else overlaps shows its own type on every letter
    esper = next(e for e in ext.entities if e.text == "مارك إسبر")
    assert {view.kind_at(i) for i in range(esper.start, esper.end)} == {"PERSON"}
    assert view.kind_at(esper.start - 1) is None and view.kind_at(esper.end) is None
    # manual items are underlined, automatic ones are not
    assert view.formats_at(esper.start).fontUnderline() == (esper.origin == "manual")
    # the document is right-to-left and holds the text unchanged
    opt = view.text.document().defaultTextOption()
    assert opt.textDirection() == Qt.LayoutDirection.RightToLeft
    assert opt.alignment() & Qt.AlignmentFlag.AlignRight
    assert view.text.toPlainText() == text


def test_toggle_hides_a_type(qtbot):
    ext = _seed()
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_extraction(ext)
    text = ext.article.text
    before = shown_kinds(view, text)
    assert "LOCATION" in before
    view.toggles["LOCATION"].click()
    after = shown_kinds(view, text)
    assert "LOCATION" not in after
    assert after == expected_kinds(view, text)
    view.toggles["LOCATION"].click()
    assert shown_kinds(view, text) == before


def test_offsets_with_emoji_prefix(qtbot):
    ext = _seed()
    text = "😀 " + ext.article.text
    for e in ext.entities:
        e.start += 2
        e.end += 2
    ext.times, ext.events = [], []
    ext.article.text = text
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_extraction(ext)
    assert shown_kinds(view, text) == expected_kinds(view, text)
    # selecting from code-point offsets round-trips
    e = ext.entities[0]
    view.select_text(e.start, e.end)
    assert view.selected_span() == (e.start, e.end)
    assert view.text.textCursor().selectedText() == e.text


def test_select_spans_outlines_mentions(qtbot):
    ext = _seed()
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_extraction(ext)
    spans = [(e.start, e.end) for e in ext.entities if e.canonical == "SDF"]
    view.select_spans(spans)
    sels = view.text.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in sels] == spans


def test_tooltip_lookup_and_escape(qtbot):
    ext = _seed()
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_extraction(ext)
    t = next(t for t in ext.times if t.value)
    hits = view.highlights_at(t.start + 1)
    assert any(h.kind == "TIME" and t.value in h.tooltip for h in hits)
    hl = highlights_for(ext)
    ent = next(h for h in hl if h.kind == "ACTOR")
    assert "canonical" in ent.tooltip and "origin" in ent.tooltip and "confidence" in ent.tooltip


def test_position_at_finds_the_word(qtbot):
    ext = _seed()
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_extraction(ext)
    e = ext.entities[0]
    c = QTextCursor(view.text.document())
    c.setPosition(e.start + 1)
    rect = view.text.cursorRect(c)
    pos = view.position_at(QPoint(rect.center().x(), rect.center().y()))
    assert pos is not None and e.start <= pos <= e.end


def test_hover_shows_an_escaped_tooltip(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    ext = _seed()
    ext.entities[0].canonical = "<b>x</b>"
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_extraction(ext)
    e = ext.entities[0]
    c = QTextCursor(view.text.document())
    c.setPosition(e.start + 1)
    point = view.text.cursorRect(c).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.text.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.text.viewport(), event)
    text = QToolTip.text()
    assert e.type in text and "&lt;b&gt;x&lt;/b&gt;" in text and "origin" in text
    QToolTip.hideText()
