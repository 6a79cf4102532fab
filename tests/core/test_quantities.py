import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import GOLD, SAMPLE
from workbench.core.model import QUANTITY_UNITS
from workbench.core.numbers import parse_digits, parse_vague, parse_words
from workbench.core.quantities import find_quantities, unit_of
from workbench.core.text import norm, normalize, sentences


def quantities(text):
    return find_quantities(text, normalize(text), sentences(text))


# (sentence, span text, value, approx, unit)
CASES = [
    ("أبقت واشنطن على قرابة 600 جندي في سورية.", "قرابة 600 جندي", 600, True, "troops"),
    ("أطلقت القوات ثمانية صواريخ على البلدة.", "ثمانية صواريخ", 8, False, "missiles"),
    ("لقي 18 شخصًا حتفهم في القصف.", "18 شخصًا", 18, False, "killed"),
    ("نزح 18 شخصًا من القرية.", "18 شخصًا", 18, False, "people"),
    ("يقع الموقع على بعد قرابة 25 كيلومتراً من الحقل.", "قرابة 25 كيلومتراً", 25, True, "km"),
    ("تم اعتقال عشرات الشبان بتهم الانتماء للتنظيم.", "عشرات الشبان", [24, 99], True, "arrested"),
    ("أسفر القصف عن مقتل 51 من عناصر التنظيم.", "51", 51, False, "killed"),
    ("انضم 51 من عناصر التنظيم إلى الفصيل.", "51", 51, False, "fighters"),
    ("وصل رتل يضم خمسة وعشرين آلية عسكرية.", "خمسة وعشرين آلية عسكرية", 25, False, "vehicles"),
    ("أصيب ٣ مدنيين بجروح.", "٣ مدنيين", 3, False, "wounded"),
    ("نزح مئات المدنيين من القرية.", "مئات المدنيين", [200, 999], True, "people"),
    ("فر آلاف السكان من المدينة.", "آلاف السكان", [2000, 9999], True, "people"),
    ("قتل ما لا يقل عن 20 مسلحا.", "ما لا يقل عن 20 مسلحا", 20, True, "killed"),
    ("أرسلت تركيا نحو 300 مدرعة.", "نحو 300 مدرعة", 300, True, "vehicles"),
    ("اعتقلت القوات حوالى 40 شخصا.", "حوالى 40 شخصا", 40, True, "arrested"),
    ("شارك أكثر من ألف مقاتل في الهجوم.", "أكثر من ألف مقاتل", 1000, True, "fighters"),
    ("وصلت عدة شاحنات إلى القاعدة.", "عدة شاحنات", [3, 9], True, "vehicles"),
    ("أسقطت الدفاعات مروحيتين للنظام.", "مروحيتين", 2, False, "aircraft"),
    ("انتشر جنديين عند الحاجز.", "جنديين", 2, False, "troops"),
    ("سقط 12 قتيلا في الانفجار.", "12 قتيلا", 12, False, "killed"),
    ("وصلت قافلة من 40 شاحنة.", "40 شاحنة", 40, False, "vehicles"),
    ("يبلغ طول الطريق 120 كم.", "120 كم", 120, False, "km"),
    ("وصل نحو 3 آلاف جندي أميركي.", "نحو 3 آلاف جندي", 3000, True, "troops"),
    ("يضم الجيش 2.5 مليون جندي.", "2.5 مليون جندي", 2_500_000, False, "troops"),
    ("دخل زهاء ثلاثمئة عسكري إلى المدينة.", "زهاء ثلاثمئة عسكري", 300, True, "troops"),
    ("شوهد رتلان عسكريان على الطريق.", "رتلان", 2, False, "convoys"),
    ("وصلت خمس قوافل إلى القاعدة.", "خمس قوافل", 5, False, "convoys"),
    ("أقلعت ثلاث طائرات من المطار.", "ثلاث طائرات", 3, False, "aircraft"),
    ("اختطف المسلحون خمسة عشر مدنيا.", "خمسة عشر مدنيا", 15, False, "arrested"),
    ("دمرت الغارات 7 منازل.", "7 منازل", 7, False, "other"),
    ("وقع الهجوم على بعد ٢٠ كلم من الحدود.", "٢٠ كلم", 20, False, "km"),
    ("قتل العشرات في القصف.", "العشرات", [24, 99], True, "killed"),
    ("يبلغ عددهم قرابة ألفي مقاتل.", "قرابة ألفي مقاتل", 2000, True, "fighters"),
    ("قصفت القوات المدينة بعشرات القذائف.", "عشرات القذائف", [24, 99], True, "missiles"),
    ("اعتقلت القوات خمسة مطلوبين في كركوك.", "خمسة مطلوبين", 5, False, "arrested"),
    ("وثقت الشبكة مقتل 1734 مدنياً خلال العام.", "1734 مدنياً", 1734, False, "killed"),
    ("طالت الاغتيالات أكثر من 500 شخص.", "أكثر من 500 شخص", 500, True, "people"),
    ("انتشر بين 10 و15 جنديا عند الحاجز.", "بين 10 و15 جنديا", [10, 15], True, "troops"),
    ("ينتشر ما بين عشرة وعشرين عنصرا.", "ما بين عشرة وعشرين عنصرا", [10, 20], True, "fighters"),
    ("وصل ثلاثة آلاف و500 جندي.", "ثلاثة آلاف و500 جندي", 3500, False, "troops"),
    # «على الأقل» after the count is inside its span (not after a comma)
    ("قتل 20 مدنيا على الأقل.", "20 مدنيا على الأقل", 20, True, "killed"),
    ("قتل 20 مدنيا، على الأقل.", "20 مدنيا", 20, True, "killed"),
    # a construct noun's adjective belongs to the counted phrase
    ("سلم المسلحون 12 قطعة سلاح ثقيل.", "12 قطعة سلاح ثقيل", 12, False, "other"),
    ("استشهد ما لا يقل عن 204 فلسطينيين.", "ما لا يقل عن 204 فلسطينيين", 204, True, "killed"),
    ("وصل 8 عراقيين إلى الحدود.", "8 عراقيين", 8, False, "people"),
    ("وأصيب أكثر من مائة بجروح.", "أكثر من مائة", 100, True, "wounded"),
    ("سقطت قذيفتي هاون على الحي.", "قذيفتي", 2, False, "missiles"),
    ("أسقطت الدفاعات طائرتين مسيرتين.", "طائرتين مسيرتين", 2, False, "aircraft"),
    # an approximator with a clitic before a thousands compound
    ("زجت روسيا بأكثر من 4 آلاف عنصر.", "أكثر من 4 آلاف عنصر", 4000, True, "fighters"),
    ("استقبلت البلدة لنحو ثلاثة آلاف نازح.", "نحو ثلاثة آلاف نازح", 3000, True, "people"),
    # the counted noun with its adjective or construct noun
    ("دخلت حوالي 80 مدرعة ثقيلة إلى الريف.", "حوالي 80 مدرعة ثقيلة", 80, True, "vehicles"),
    ("عبرت 14 صهاريج وقود المعبر.", "14 صهاريج وقود", 14, False, "vehicles"),
    ("سقطت 9 قذائف هاون على الحي.", "9 قذائف هاون", 9, False, "missiles"),
    ("شنت الطائرات ست غارات جوية ومدفعية.", "ست غارات جوية ومدفعية", 6, False, "other"),
    ("رصد المرصد عشرات الآليات العسكرية.", "عشرات الآليات العسكرية", [24, 99], True, "vehicles"),
    # «اثنين» after the noun it counts
    ("اعتقلت الشرطة ضابطين اثنين في الميناء.", "ضابطين اثنين", 2, False, "arrested"),
    ("قتل مسلحين اثنين في الكمين.", "مسلحين اثنين", 2, False, "killed"),
    ("انتشر عسكريين اثنين عند الحاجز.", "عسكريين اثنين", 2, False, "troops"),
    # «آخرون/آخرين»: the unit from the context
    ("وجرح 6 آخرون في الانفجار.", "6 آخرون", 6, False, "wounded"),
    ("واعتقلت الشرطة تسعة آخرين.", "تسعة آخرين", 9, False, "arrested"),
    ("وأصيب خمسة عناصر آخرين بجروح.", "خمسة عناصر آخرين", 5, False, "wounded"),
    # ranges
    ("تقدمت القوات مسافة 30 إلى 40 كيلومترا.", "30 إلى 40 كيلومترا", [30, 40], True, "km"),
    ("أطلق المسلحون 4-6 صواريخ على القاعدة.", "4-6 صواريخ", [4, 6], True, "missiles"),
    ("انضم خمسة حتى سبعة مقاتلين إلى الفصيل.", "خمسة حتى سبعة مقاتلين", [5, 7], True, "fighters"),
    # a killing word before the number wins over the noun
    ("أدى الانفجار إلى مصرع 4 جنود.", "4 جنود", 4, False, "killed"),
    ("أودت الغارة بحياة 11 مواطنا.", "11 مواطنا", 11, False, "killed"),
    ("ارتفع إلى 870 عدد من قتلوا في المعارك.", "870", 870, False, "killed"),
    # a bare number counts what «عدد» named before it
    ("يبلغ عدد الجنود الأميركيين في سورية نحو 600.", "نحو 600", 600, True, "troops"),
    ("وصل عدد المدرعات التركية في المنطقة إلى 300 ، وفق المصدر.", "300", 300, False, "vehicles"),
    # a share measures something: unit other, with its «في المئة / بالمئة / %»
    ("ارتفعت النسبة إلى 30% هذا العام.", "30%", 30, False, "other"),
    ("ارتفعت النسبة إلى 30 بالمئة.", "30 بالمئة", 30, False, "other"),
    ("خسر الفصيل قرابة 60 في المائة من مواقعه.", "قرابة 60 في المائة", 60, True, "other"),
    # a construct plural after «من» names what is counted: the span is the number
    ("انشق نحو 40 من مسلحي الفصيل.", "نحو 40", 40, True, "fighters"),
    ("نقلت الحافلات 120 من عسكريي الحامية.", "120", 120, False, "troops"),
    # ... also with a possessive suffix on the plural
    ("وأقر الفصيل بأن ثلاثة من عناصره أسروا.", "ثلاثة", 3, False, "fighters"),
    ("وقالت الوزارة إن اثنين من جنودها أصيبا.", "اثنين", 2, False, "troops"),
    ("وأكد القائد أن خمسة من مقاتليه قتلوا.", "خمسة", 5, False, "fighters"),
    # a dual counts two even when its noun has no unit of its own
    ("نفذت المقاتلات ضربتين على مواقع الفصيل.", "ضربتين", 2, False, "other"),
    ("شنت الطائرات غارتين قرب البلدة.", "غارتين", 2, False, "other"),
    # more duals: axes, regiments, jets, posts and what a strike hits
    ("اقتحمت القوات المدينة من محورين.", "محورين", 2, False, "other"),
    ("دفعت الوزارة بفوجين إلى الحدود.", "فوجين", 2, False, "troops"),
    ("أقلعت مقاتلتان من القاعدة.", "مقاتلتان", 2, False, "aircraft"),
    ("دمرت الغارة منشأتين قرب المدينة.", "منشأتين", 2, False, "other"),
    ("ودمرت القوات كهفين في الوادي.", "كهفين", 2, False, "other"),
    ("وقصفت الطائرات موقعين داخل سوريا.", "موقعين", 2, False, "other"),
    # durations that are no time expression of their own
    ("وجاء ذلك بعد يومين من مقتل القائد.", "يومين", 2, False, "other"),
    ("وجاءت الغارات بعد أقل من أسبوعين على ضربات مماثلة.", "أقل من أسبوعين", 2, True, "other"),
    # nominative duals of nisba nouns (the -ين form is also a plural), feminine duals
    # with their agreeing adjective, construct duals before a rocket name, sorties
    ("وأصيب مدنيان في القصف على الحي.", "مدنيان", 2, False, "wounded"),
    ("وانتشر عسكريان عند المدخل.", "عسكريان", 2, False, "troops"),
    (
        "وقصفت الطائرات قاعدتين جويتين على الأقل.",
        "قاعدتين جويتين على الأقل",
        2,
        True,
        "other",
    ),
    ("وأطلق المسلحون صاروخي غراد على البلدة.", "صاروخي غراد", 2, False, "missiles"),
    ("ونفذت المقاتلات 60 طلعة جوية فوق البادية.", "60 طلعة جوية", 60, False, "other"),
    ("وبلغت الكلفة 4 بليون دولار.", "4 بليون دولار", 4_000_000_000, False, "other"),
    # a length of time: after «لمدة» or with an approximator (not anchored by منذ/قبل/بعد)
    ("وأعلن الطرفان هدنة لمدة 72 ساعة.", "72 ساعة", 72, False, "other"),
    ("واستمرت الاشتباكات قرابة 4 ساعات.", "قرابة 4 ساعات", 4, True, "other"),
    # «طوال/طيلة/على مدى/على مدار» measure a length too, duals included
    ("واستمرت الاشتباكات طوال يومين.", "يومين", 2, False, "other"),
    ("وحوصرت البلدة طيلة شهرين.", "شهرين", 2, False, "other"),
    ("وتواصل القصف على مدى ثلاثة أيام.", "ثلاثة أيام", 3, False, "other"),
    ("وتواصل القصف على مدار 5 ساعات.", "5 ساعات", 5, False, "other"),
    # «استمر/دام/مدتها» and a siege or a mourning measure a length too
    ("وانتهت معارك استمرت 33 يوماً.", "33 يوماً", 33, False, "other"),
    ("واستمرت المعركة ثلاثة أيام.", "ثلاثة أيام", 3, False, "other"),
    ("وسقط المطار بعد حصار دام عشرة أشهر.", "عشرة أشهر", 10, False, "other"),
    ("وطلب هدنة مدتها 48 ساعة.", "48 ساعة", 48, False, "other"),
    ("وأعلنت الحكومة الحداد الرسمي ثلاثة أيام.", "ثلاثة أيام", 3, False, "other"),
    ("وأطلقت الصواريخ من مدمرتين في البحر.", "مدمرتين", 2, False, "other"),  # warships
]


@pytest.mark.parametrize("text,span,value,approx,unit", CASES)
def test_quantities(text, span, value, approx, unit):
    found = quantities(text)
    assert len(found) == 1, [(q.text, q.value, q.unit) for q in found]
    q = found[0]
    assert q.text == span
    assert text[q.start : q.end] == q.text
    assert q.type == "QUANTITY"
    assert q.id == ""
    assert (q.value, q.approx, q.unit) == (value, approx, unit)


NOT_QUANTITIES = [
    "وقصفت القوات البلدة قبل يومين.",  # a time («قبل يومين»)
    "وقتل القائد منذ عامين.",  # a time («منذ عامين»)
    "وتراجع القصف خلال يومين.",  # a time («خلال يومين»: a stretch ending now)
    "وتواصل القصف طوال اليومين الماضيين.",  # «الماضيين»: a stretch ending now, a time
    "وتعرضت المدينة لقصف صاروخي عنيف.",  # صاروخي: the adjective
    "ووقعت الاشتباكات في منطقة بليون جنوبي إدلب.",  # a place, not a billion
    "وبدأ الهجوم منذ نحو 3 ساعات.",  # anchored: a time, not a length
    "وقتل خلال 24 ساعة الماضية.",
    "وقال إن المدنيين والعسكريين غادروا.",
    "وقع الهجوم عام 2018.",
    "وقع الهجوم في 5 ديسمبر 2019.",
    "عقد الاجتماع الساعة 5 مساء.",
    'عبرت القافلة الطريق الدولي "إم 4".',
    "عبرت القافلة الطريق الدولي M4.",
    "نص القرار 2254 على وقف إطلاق النار.",
    "قتل شاب يبلغ من العمر 20 عاما.",
    "انتهت المباراة بنتيجة 2-1.",
    "انتهت المباراة بنتيجة 7 - 6.",
    "هاجمت طائرات إف-16 المواقع.",
    "نفذت القوات عدة حملات دهم.",
    "قتل خمس المقاتلين في المعركة.",
    "خلال الـ48 ساعة الماضية هدأت الجبهات.",
    "اجتمع الوزراء في القرن التاسع عشر.",
    "جمع الباحثون كميات كبيرة من الوثائق.",
    "انتشرت الفرقة 17 في المدينة.",
    "وصلت القوات إلى النقطة 5 قرب الحدود.",
    "وقعت الحادثة في 13 / 12 / 1999.",
    "قال أحد الجنود إن الوضع هادئ.",
    "التقى الوفد بعدد من المسؤولين.",
    "صدر البيان في 5 ربيع الأول 1441 هـ.",
    "بلغ عدد المشاركين 5230 عدد من الزوار.",
    "ارتفعت الحصيلة إلى 4120.",
    "حلت الشركة ثانية بإنتاج بلغ نحو 12 .",
    "تمتلك البلاد ملايين، ويملك جيرانها الآلاف.",
    "بلغ عدد الأصوات نحو 5000 في الدائرة.",
    "قدرت الوزارة العائدات بنحو 30 ، وهو رقم قياسي.",
    "بدأ الصيام في 6 رمضان.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert [q.text for q in quantities(text)] == []


@pytest.mark.parametrize(
    "text", ["1" * 5000 + " جندي", "٣" * 5000, "5 " * 3000 + "جنود", "عشرات " * 2000]
)
def test_pathological_input_is_handled(text):
    for q in quantities(text):
        assert text[q.start : q.end] == q.text


def test_two_quantities_in_a_sentence():
    found = quantities("قتل 5 أشخاص وأصيب 10 آخرون.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("5 أشخاص", 5, "killed"),
        ("10 آخرون", 10, "wounded"),
    ]


COORDINATED = [
    (
        "أسفر القصف عن مقتل 6 عناصر من الجيش، و4 مسلحين من المعارضة.",
        [("6 عناصر", "killed"), ("4 مسلحين", "killed")],
    ),
    (
        "أعلنت الشرطة اعتقال 12 شخصا بينهم 3 نساء.",
        [("12 شخصا", "arrested"), ("3 نساء", "arrested")],
    ),
    ("أصيب 8 مدنيين و5 أطفال بجروح.", [("8 مدنيين", "wounded"), ("5 أطفال", "wounded")]),
    # no link: a new verb carries the «و»
    ("قتل 3 جنود ووصل 40 جنديا إلى القاعدة.", [("3 جنود", "killed"), ("40 جنديا", "troops")]),
    (
        "وارتفع عدد المعتقلين في سجون الشرطة المحلية من 120 إلى 200 معتقل.",
        [("120", "arrested"), ("200 معتقل", "arrested")],
    ),
    # a change, not a range
    (
        "ارتفع عدد القتلى من 15 إلى 20 قتيلا.",
        [("15", "killed"), ("20 قتيلا", "killed")],
    ),
    # a share of the count before it («N منها») and the share coordinated with it
    (
        "وأطلق المسلحون 30 قذيفة، 12 منها على الحي الشرقي و8 على السوق.",
        [("30 قذيفة", "missiles"), ("12", "missiles"), ("8", "missiles")],
    ),
    ("وقتل 9 أشخاص، 4 منهم أطفال.", [("9 أشخاص", "killed"), ("4", "killed")]),
]


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_coordinated_counts_share_the_casualty_unit(text, expected):
    assert [(q.text, q.unit) for q in quantities(text)] == expected


def test_sample_matches_gold_quantities():
    text = SAMPLE.read_text(encoding="utf-8")
    gold = [
        e
        for e in json.loads(GOLD.read_text(encoding="utf-8"))["entities"]
        if e["type"] == "QUANTITY"
    ]
    got = [(q.start, q.end, q.value, q.approx, q.unit) for q in quantities(text)]
    want = [(g["start"], g["end"], g["value"], g["approx"], g["unit"]) for g in gold]
    assert got == want


@pytest.mark.parametrize(
    "words,value",
    [
        ("خمسة", 5),
        ("خمسة وعشرين", 25),
        ("خمسة عشر", 15),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("ثلاث مئة", 300),
        ("ثلاثمائة", 300),
        ("مئتان", 200),
        ("ثلاثة آلاف", 3000),
        ("مئة وخمسون ألفاً", 150_000),
        ("ألف وخمسمائة", 1500),
        ("مئة وخمسة عشر", 115),
        ("مليونان", 2_000_000),
        ("عشرة وعشرين", 10),
        ("أحد", None),
        ("آلاف", None),
    ],
)
def test_parse_words(words, value):
    assert parse_words(norm(words).split())[0] == value


@pytest.mark.parametrize(
    "words,rng",
    [
        ("عشرات", (24, 99)),
        ("مئات", (200, 999)),
        ("آلاف", (2000, 9999)),
        ("عشرات الآلاف", (24000, 99000)),
        ("بضعة آلاف", (3000, 9000)),
        ("العشرات", (24, 99)),
        ("خمسة", None),
    ],
)
def test_parse_vague(words, rng):
    assert parse_vague(norm(words).split())[0] == rng


@pytest.mark.parametrize(
    "raw,value",
    [("1,500", 1500), ("2.5", 2.5), ("1.500.000", 1_500_000), ("٣٥", 35), ("12", 12)],
)
def test_parse_digits(raw, value):
    assert parse_digits(norm(raw)) == value


@pytest.mark.parametrize(
    "word,unit",
    [
        ("جنديا", "troops"),
        ("عناصر", "fighters"),
        ("قتلى", "killed"),
        ("دبابات", "vehicles"),
        ("قذائف", "missiles"),
        ("منازل", None),
    ],
)
def test_unit_of(word, unit):
    assert unit_of(norm(word)) == unit


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_and_spans_hold(text):
    for q in quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.start < q.end


_PIECES = st.sampled_from(
    [
        "قرابة",
        "نحو",
        "600",
        "٣",
        "جندي",
        "عشرات",
        "الشبان",
        "آلاف",
        "ألف",
        "خمسة",
        "وعشرين",
        "عشر",
        " ",
        "،",
        "-",
        "/",
        "%",
        "ً",
        "ـ",
        "و",
        "مقتل",
        "من",
        "عناصر",
        "جنديين",
        "2019",
        "عدة",
        "شاحنات",
        "M",
        "إم",
        "\n",
        "1.5",
        "مليون",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_quantity_like_text_never_raises_and_spans_hold(text):
    found = quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.unit in QUANTITY_UNITS
    spans = [(q.start, q.end) for q in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_a_length_counted_from_an_event_is_a_quantity():
    got = [(q.text, q.value) for q in quantities("انسحبت القوات بعد نحو ستة أشهر من بدء الحصار.")]
    assert got == [("نحو ستة أشهر", 6)]
    # not a bare «بعد ثلاثة أيام» (a time counted from the article's day, or none)
    assert quantities("وصل الوفد بعد ثلاثة أيام.") == []


def test_an_approximate_or_scaled_count_without_its_noun_is_a_count():
    got = [
        (q.text, q.value)
        for q in quantities("ويقدر عدد مقاتليه بنحو 15 ألفاً، إلى جانب العشرات من الأجانب.")
    ]
    assert ("نحو 15 ألفاً", 15000) in got and ("العشرات", [24, 99]) in got
    # a bare number is not: an index, a code
    assert quantities("وصدر القرار رقم 2254.") == []


def test_advisers_are_troops():
    (q,) = quantities("يبلغ عددهم نحو 1400 مستشار عسكري.")
    assert (q.value, q.unit) == (1400, "troops")
