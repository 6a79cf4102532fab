"""Properties of the whole pipeline on arbitrary input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.extract import extract_text

ARABIC_WORDS = st.sampled_from(
    [
        "القوات",
        "الأميركية",
        "بدمشق",
        'لـ"قسد"',
        "قرابة",
        "600",
        "٦٠٠",
        "جندي",
        "أمس",
        "الخميس",
        "تشرين",
        "الأول",
        "الماضي",
        "هجوم",
        "على",
        "حقل",
        '"العمر"',
        "😀",
        "M4",
        "،",
        ".",
        "\n",
        "ـــ",
        "َ",
        "نفت",
        "وصلت",
        "سورية",
    ]
)


def _check(doc, text):
    for e in doc["entities"] + doc["times"]:
        assert text[e["start"] : e["end"]] == e["text"]
        assert 0 <= e["start"] < e["end"] <= len(text)
    for ev in doc["events"]:
        t = ev["trigger"]
        assert text[t["start"] : t["end"]] == t["text"]
    for f in doc["forces"]:
        assert f["evidence"]["start"] < f["evidence"]["end"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    _check(extract_text(text, published="2019-12-06"), text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARABIC_WORDS, max_size=40).map(" ".join), st.sampled_from([None, "2020-02-29"]))
def test_arabic_like_text_offsets_exact(text, published):
    _check(extract_text(text, published=published), text)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=200))
def test_lone_surrogates_never_raise(text):
    """A str from an API caller may hold lone surrogates (files never do: decoding refuses
    them); the document is still built."""
    _check(extract_text(text, published="2019-12-06"), text)
