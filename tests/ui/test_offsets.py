from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from workbench.ui.offsets import OffsetMap


def test_emoji_latin_arabic():
    text = "😀 كتب abc 🇸🇾 دمشق"
    m = OffsetMap(text)
    assert m.to_qt(2) == 3  # the spec's example: after one emoji
    i = text.index("دمشق")
    doc = QTextDocument()
    doc.setPlainText(text)
    q0, q1 = m.span_to_qt(i, i + 4)
    assert (
        doc.toPlainText()[q0:q1] == "دمشق"
        or text.encode("utf-16-le")[q0 * 2 : q1 * 2].decode("utf-16-le") == "دمشق"
    )
    assert m.span_from_qt(q0, q1) == (i, i + 4)
    # the middle of a surrogate pair maps to its character
    assert m.from_qt(1) == 0


def test_bmp_only_is_identity():
    m = OffsetMap("قسد والقوات")
    assert [m.to_qt(i) for i in range(5)] == list(range(5))
    assert m.from_qt(4) == 4


@given(st.text(alphabet=st.sampled_from(["a", "ك", "😀", " ", "\n", "🇸"]), max_size=40))
def test_round_trip_matches_utf16(text):
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        q = m.to_qt(i)
        assert q == len(text[:i].encode("utf-16-le")) // 2
        assert m.from_qt(q) == i
