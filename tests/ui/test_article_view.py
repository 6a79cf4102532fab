import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.conftest import GOLD, SAMPLE
from workbench.core.model import Extraction
from workbench.ui.article_view import ArticleView, highlights_for


def _seed():
    text = SAMPLE.read_text(encoding="utf-8")
    return Extraction.from_dict(json.loads(GOLD.read_text(encoding="utf-8")), text)


def test_highlights_cover_their_words(qtbot):
    ext = _seed()
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_extraction(ext)
    sels = view.text.extraSelections()
    assert len(sels) == len(ext.entities) + len(ext.times) + len(ext.events)
    shown = {sel.cursor.selectedText() for sel in sels}
    for e in ext.entities:
        assert e.text in shown
    # the document is right-to-left and holds the text unchanged
    opt = view.text.document().defaultTextOption()
    assert opt.textDirection() == Qt.LayoutDirection.RightToLeft
    assert view.text.toPlainText() == ext.article.text


def test_toggle_hides_a_type(qtbot):
    ext = _seed()
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_extraction(ext)
    n_loc = sum(1 for e in ext.entities if e.type == "LOCATION")
    before = len(view.text.extraSelections())
    view.toggles["LOCATION"].click()
    assert len(view.text.extraSelections()) == before - n_loc
    view.toggles["LOCATION"].click()
    assert len(view.text.extraSelections()) == before


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
    for sel, hl in zip(view.text.extraSelections(), view.highlights, strict=True):
        assert sel.cursor.selectedText() == text[hl.start : hl.end]
    # selecting from code-point offsets round-trips
    e = ext.entities[0]
    view.select_text(e.start, e.end)
    assert view.selected_span() == (e.start, e.end)


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
