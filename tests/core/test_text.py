import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SAMPLE
from workbench.core.text import (
    DecodeError,
    Sentence,
    decode_bytes,
    norm,
    normalize,
    sentences,
    split_clitics,
    tokens,
)

ARABIC = 'وذكرت مصادر مقربة من "قسد"، لـ«العربي الجديد»، أنّ رتلاً دخل.'


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_decode_encodings(enc):
    assert decode_bytes(ARABIC.replace("«", '"').replace("»", '"').encode(enc)) == ARABIC.replace(
        "«", '"'
    ).replace("»", '"')


def test_decode_crlf_only_change():
    assert decode_bytes("سطر\r\nسطر ثان\r\n".encode()) == "سطر\nسطر ثان\n"


def test_decode_rejects_binary():
    with pytest.raises(DecodeError):
        decode_bytes(bytes(range(256)) * 20)


def test_decode_latin1_is_not_accepted_as_cp1256():
    # French text in latin-1 is not Arabic: refuse rather than produce mojibake
    with pytest.raises(DecodeError):
        decode_bytes("Élève à l'école été déjà où".encode("latin-1"))


@pytest.mark.parametrize(
    "a,b",
    [
        ("الأميركية", "الاميركيه"),
        ("إسبر", "اسبر"),
        ("مستشفى", "مستشفي"),
        ("سُوريَةُ", "سوريه"),
        ("لـ«قسد»", 'ل"قسد"'),
        ("٦٠٠ جندي", "600 جندي"),
        ("۴۵", "45"),
        ("مؤتمر", "موتمر"),
        ("M4", "m4"),
    ],
)
def test_norm(a, b):
    assert norm(a) == b


def test_normalize_maps_back():
    text = "قال 😀 الأميركيّة ـــ «داعش»"
    nt = normalize(text)
    i = nt.text.index("الاميركيه")
    s, e = nt.span(i, i + len("الاميركيه"))
    assert text[s:e] == "الأميركيّة"
    i = nt.text.index('"داعش"')
    s, e = nt.span(i, i + 6)
    assert text[s:e] == "«داعش»"


@given(st.text())
def test_normalize_map_is_monotonic_and_in_range(s):
    nt = normalize(s)
    assert len(nt.text) == len(nt.to_orig)
    assert all(0 <= i < len(s) for i in nt.to_orig)
    assert list(nt.to_orig) == sorted(set(nt.to_orig))


def test_sentences_of_sample_match_gold_spans():
    text = SAMPLE.read_text(encoding="utf-8")
    spans = [(s.start, s.end) for s in sentences(text)]
    assert spans[0] == (0, 191)
    assert (1344, 1370) in spans  # the subheading
    heads = [s for s in sentences(text) if s.heading]
    assert [text[h.start : h.end] for h in heads] == ["تعزيزات روسية إلى القامشلي"]


def test_sentences_split_inside_paragraph_not_numbers():
    text = "قتل 3.5 شخص. وأصيب آخرون؟ نعم"
    parts = [text[s.start : s.end] for s in sentences(text)]
    assert parts == ["قتل 3.5 شخص.", "وأصيب آخرون؟", "نعم"]


def test_sentences_are_plain_sentence_objects():
    # sentences() makes them without Sentence.__init__: they must stay the same objects
    text = "عنوان قصير\nقتل 3.5 شخص. وأصيب آخرون؟ نعم"
    for s in sentences(text):
        made = Sentence(s.start, s.end, s.paragraph, s.heading)
        assert type(s) is Sentence and s == made and hash(s) == hash(made)
        assert s.__dict__ == made.__dict__ and list(s.__dict__) == list(made.__dict__)


def test_tokens_keep_offsets():
    text = "دخل M4 عند ٣ فجراً"
    for t in tokens(text):
        assert text[t.start : t.end] == t.text
    assert [t.text for t in tokens(text)] == ["دخل", "M4", "عند", "٣", "فجراً"]


@pytest.mark.parametrize(
    "word,stem,prefix",
    [
        ("بدمشق", "دمشق", 1),
        ("وللقامشلي", "القامشلي", 2),
        ("لـقسد", "قسد", 2),
        ("والرقة", "الرقة", 1),
    ],
)
def test_split_clitics(word, stem, prefix):
    assert (prefix, stem) in split_clitics(word)


@pytest.mark.parametrize(
    "text,sel,want",
    [
        ("وصلوا بدمشق أمس", "بدمشق", "دمشق"),
        ('مع عناصر لـ"قسد"، أمس', 'لـ"قسد"،', "قسد"),
        ("في «الرقة» اليوم", " «الرقة» ", "الرقة"),
        ("دخلوا بالرقة", "بالرقة", "الرقة"),
        ("وصل وللقامشلي", "وللقامشلي", "لقامشلي"),
        ("ولد", "ولد", "ولد"),  # too short to be a clitic + name
        ('حقل "العمر" النفطي', 'حقل "العمر" النفطي', 'حقل "العمر" النفطي'),
    ],
)
def test_snap_span(text, sel, want):
    from workbench.core.text import snap_span

    s = text.index(sel)
    a, b = snap_span(text, s, s + len(sel))
    assert text[a:b] == want
