"""Search helpers: variant folding, safe query compilation, snippets on original text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.store import StoreError, open_store
from workbench.store.search import (
    QueryError,
    compile_query,
    fold,
    index_text,
    snippet,
    term_pattern,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الأمريكية", "الأميركية"),
        ("أمريكا", "أميركا"),
        ("سوريا", "سورية"),
        ("روسيا", "روسية"),
        ("الرقة", "الرقه"),
        ("أوروبا", "أوربا"),
        ("إسرائيل", "اسرائيل"),
        ("مستشفى", "مستشفي"),
        ("عسكرياً", "عسكريا"),
        ("٢٠١٩", "2019"),
    ],
)
def test_variants_fold_together(a, b):
    assert index_text(a) == index_text(b)


def test_fold_keeps_other_words():
    assert fold("يا رجل") == "يا رجل"  # the vocative يا is not word-final ya-alef of a longer word
    assert index_text("القوات") == "القوات"


_YA_ALEF_RULE = re.compile(r"(?<=\w\w)يا\b")


@settings(max_examples=500)
@given(st.text(alphabet=list("يابه _1x-\nـ\u064b٣"), max_size=30))
def test_fold_is_the_regex_rule(text):
    """fold's hand-made scan is exactly the documented regular expression."""
    assert fold(text) == _YA_ALEF_RULE.sub("يه", text)


def test_compile_query_quotes_plain_words():
    q = compile_query("القوات الاميركيه")
    assert q.fts == '"القوات" "الامريكيه"'
    assert q.terms == (("القوات", False), ("الامريكيه", False))
    assert compile_query("col:x").fts == '"col x"'
    assert compile_query("الرق*").fts == '"الرق" *'
    assert compile_query("«دير الزور»").fts == '"دير الزور"'
    assert compile_query("داعش NOT روسيا").terms == (("داعش", False),)


@pytest.mark.parametrize("bad", ['"a', "", "   ", "***", "،،"])
def test_compile_query_refuses(bad):
    with pytest.raises(QueryError):
        compile_query(bad)


def test_term_pattern_matches_original_spellings():
    pat = re.compile(term_pattern(index_text("الاميركيه")))
    for word in ("الأميركية", "الأمريكية", "الأمِيرْكيّة", "الامريكيه"):
        assert pat.fullmatch(word), word
    assert not pat.search("والأميركية")  # a clitic makes another FTS token too
    assert re.compile(term_pattern("سوريه")).fullmatch("سوريا")


def test_snippet_marks_original_words():
    text = "مقدمة طويلة. " * 20 + "دخلت القوات الأمريكيّة إلى سوريا أمس." + " خاتمة" * 30
    s = snippet(text, compile_query("القوات الاميركيه سورية").terms)
    assert "[القوات] [الأمريكيّة]" in s and "[سوريا]" in s
    assert s.startswith("…") and s.endswith("…")
    assert snippet("نص بلا تطابق", compile_query("الرقة").terms) == "نص بلا تطابق"


@pytest.fixture(scope="module")
def search_store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("s") / "s.db", seed_sample=False)
    s.import_text("القوات الأميركية في الرقة وسوريا، و«قسد» أيضاً (2019).")
    yield s
    s.close()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(alphabet=st.sampled_from(list("ab \"()*:^-+ORANDNOTقسدالرقة«»'.,{}[]")), max_size=25)
)
def test_any_query_gives_results_or_a_store_error(search_store, query):
    try:
        hits = search_store.search(query)
    except StoreError as exc:
        assert str(exc).startswith("search")
        return
    assert isinstance(hits, list)


def test_reindex_rebuilds_the_index(search_store):
    search_store.conn.execute("DELETE FROM articles_fts")
    assert search_store.search("الرقه") == []
    assert search_store.reindex() == 1
    assert len(search_store.search("الرقه")) == 1
