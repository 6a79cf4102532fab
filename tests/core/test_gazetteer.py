"""The gazetteer: data loading, place records, and matching over normalised text."""

import pytest

from workbench.core.gazetteer import get_gazetteer
from workbench.core.text import normalize

ACTOR_IDS = [
    "US",
    "RU",
    "TR",
    "SY_GOV",
    "SDF",
    "YPG",
    "ISIS",
    "NUSRA",
    "FSA",
    "COALITION",
    "IR",
    "HEZBOLLAH",
    "PKK",
    "PESHMERGA",
    "IQ_GOV",
    "UNKNOWN",
]


def matches(text):
    g = get_gazetteer()
    return [(text[m.start : m.end], m) for m in g.match(normalize(text))]


def test_loaded_once():
    assert get_gazetteer() is get_gazetteer()


@pytest.mark.parametrize("actor", ACTOR_IDS)
def test_every_spec_actor_has_aliases(actor):
    ids = {a for a, _ in get_gazetteer().list_actors()}
    assert actor in ids


@pytest.mark.parametrize(
    "pid, kind, country, lat, lon",
    [
        ("qamishli-airport", "airport", "SY", 37.02, 41.19),
        ("al-omar-oilfield", "oilfield", "SY", 34.93, 40.60),
        ("m4-highway", "road", "SY", 36.5, 40.0),
        ("syria", "country", "SY", 33.51, 36.29),
        ("al-tanf-base", "base", "SY", 33.50, 38.66),
    ],
)
def test_place_records(pid, kind, country, lat, lon):
    p = get_gazetteer().place(pid)
    assert p is not None
    assert (p.kind, p.country) == (kind, country)
    assert p.lat == pytest.approx(lat, abs=0.1) and p.lon == pytest.approx(lon, abs=0.1)
    assert p.name_ar and p.name_en


def test_unknown_place_is_none():
    assert get_gazetteer().place("no-such-place") is None


def test_list_places_by_kind():
    airports = get_gazetteer().list_places(["airport", "airbase"])
    assert airports and all(p.kind in ("airport", "airbase") for p in airports)
    assert any(p.id == "hmeimim-airbase" for p in airports)


@pytest.mark.parametrize(
    "text, found, type_, canonical",
    [
        ("قصفت الطائرات مدينة حلب أمس", "حلب", "LOCATION", "aleppo"),
        ("وصلت القوات بالرقة", "الرقة", "LOCATION", None),  # ب + the article kept
        ("تعزيزات للقامشلي", "لقامشلي", "LOCATION", None),  # لل: article elided
        ('مواقع لـ"قسد" في المنطقة', "قسد", "ACTOR", "SDF"),  # لـ + quote
        ("وقسد تنفي", "قسد", "ACTOR", "SDF"),
        ('هجمات تنظيم "داعش" الأخيرة', 'تنظيم "داعش"', "ACTOR", "ISIS"),
        ("مطار القامشلي الدولي مغلق", "مطار القامشلي الدولي", "LOCATION", "qamishli-airport"),
        ("على الطريق الدولي (M4) شمالا", "الطريق الدولي (M4)", "LOCATION", "m4-highway"),
        ("على الطريق الدولي إم ٤ قرب حلب", "الطريق الدولي إم ٤", "LOCATION", "m4-highway"),
        ("في دمشـــق القديمة", "دمشـــق", "LOCATION", None),  # tatweel
        ("قصفت حَلَب ليلا", "حَلَب", "LOCATION", "aleppo"),  # diacritics
        ("قال المرصد السوري لحقوق الإنسان إن", "المرصد السوري لحقوق الإنسان", "ORG", "sohr"),
        ("بقذائف الهاون", "قذائف الهاون", "WEAPON", "mortar"),
        ('مليشيا "وحدات حماية الشعب" الكردية', "وحدات حماية الشعب", "ACTOR", "YPG"),
        ("انتشرت القوات الأمريكية هناك", "القوات الأمريكية", "ACTOR", "US"),
        ("قصف الجيش التركي القرية", "الجيش التركي", "ACTOR", "TR"),
        ("🇸🇾 سورية 2019", "سورية", "LOCATION", "syria"),
    ],
)
def test_match(text, found, type_, canonical):
    got = matches(text)
    hit = [m for t, m in got if t == found]
    assert hit, got
    m = hit[0]
    assert text[m.start : m.end] == found
    e = m.first(type_)
    assert e is not None
    if canonical:
        assert e.canonical == canonical


@pytest.mark.parametrize(
    "text, not_found",
    [
        ("مستقسدون", "قسد"),  # not at a word start
        ("قسدي", "قسد"),  # not at a word end
        ("أم 4x", "أم 4"),
        ("في الخميس المقبل", "الخميس"),  # weekday, not a place
        ("تعزيزات عسكرية روسية", "روسية"),
    ],
)
def test_no_match(text, not_found):
    assert all(t != not_found for t, _ in matches(text))


def test_offsets_hold_on_mixed_text():
    text = "«قسد» و«داعش» 🙂 in Syria/سوريا، ١٢ قتيلاً في حلب\nDamascus دمشق"
    for t, m in matches(text):
        assert t == text[m.start : m.end]
        assert t and not t[0].isspace() and not t[-1].isspace()


def test_lookup_is_normalised():
    g = get_gazetteer()
    assert any(e.canonical == "SDF" for e in g.lookup("قوات سورية الديمقراطية"))
    assert any(e.canonical == "SDF" for e in g.lookup("قوات سوريا الديموقراطية"))
    assert any(e.type == "ACTOR" and e.canonical == "SDF" for e in g.lookup("قسد"))


@pytest.mark.parametrize(
    "derived, base, kind",
    [
        ("deir-ez-zor-east-countryside", "deir-ez-zor", "countryside"),
        ("deir-ez-zor-south-east-countryside", "deir-ez-zor", "countryside"),
        ("homs-east-desert", "homs", "desert"),
        ("west-iraq", "iraq", "region"),
    ],
)
def test_derived_place_ids_get_base_coordinates(derived, base, kind):
    g = get_gazetteer()
    p, b = g.place(derived), g.place(base)
    assert p is not None and b is not None
    assert (p.id, p.kind, p.lat, p.lon) == (derived, kind, b.lat, b.lon)


def test_derived_place_of_unknown_base_is_none():
    assert get_gazetteer().place("no-such-town-east-countryside") is None


@pytest.mark.parametrize(
    "name, type_, canonical",
    [
        ("سوتشي", "LOCATION", "sochi"),  # a world city (GeoNames >= 100k or by hand)
        ("صلاح الدين", "LOCATION", "salahaddin-governorate"),
        ("العدو الإسرائيلي", "ACTOR", "OTHER:israel"),
        ("الجيش الإسرائيلي", "ACTOR", "OTHER:israel"),
        ("الدفاعات الجوية السورية", "ACTOR", "SY_GOV"),
        ("الشرطة الاتحادية العراقية", "ACTOR", "IQ_GOV"),
        ("أربيل", "ACTOR", "OTHER:krg"),
        ("الفصائل", "ACTOR", "FSA"),
        ("بنيامين نتنياهو", "PERSON", "netanyahu"),
        ("العاصمة العراقية", "LOCATION", "baghdad"),  # capital by nationality adjective
        ("العاصمة الأميركية", "LOCATION", "washington-dc"),
        ("الأجواء الأردنية", "LOCATION", "jordan-airspace"),
        ("شينخوا", "ORG", "xinhua"),
        ("مركز المصالحة الروسي", "ACTOR", "RU"),
        # force nouns of experts, advisers, special forces and engineers + nationality
        ("خبراء أتراك", "ACTOR", "TR"),
        ("مستشارون روس", "ACTOR", "RU"),
        ("قوات خاصة بريطانية", "ACTOR", None),
        ("وحدات الهندسة التركية", "ACTOR", "TR"),
        ("القوات الرديفة", "ACTOR", "OTHER:pro-government-militias"),
        ("المقاومة الوطنية اللبنانية", "ACTOR", "HEZBOLLAH"),
        ("القيادة العامة للجيش والقوات المسلحة", "ACTOR", "SY_GOV"),
        ("مجلس النواب العراقي", "ORG", "iraqi-parliament"),
        ("قناة السومرية", "ORG", "alsumaria"),
        ("المنطقة الخضراء", "LOCATION", "baghdad-green-zone"),
        ("قاعدة بلد", "LOCATION", "balad-airbase"),
        ("ولاية هاتاي", "LOCATION", "hatay"),
        ("قرى الشهباء", "LOCATION", "shahba"),
        ("منطقة خفض التوتر", "LOCATION", "idlib-de-escalation-zone"),
        ("منظومات دفاع جوي", "WEAPON", "air-defence"),
        ("الجسور العائمة", "WEAPON", "pontoon-bridges"),
        ("مرتزقة الاحتلال التركي", "ACTOR", "FSA"),
        ("صواريخ توماهوك", "WEAPON", "tomahawk"),
        ("منظومة باتريوت", "WEAPON", "patriot"),
        ("روداو", "ORG", "rudaw"),
        ("القيادة الوسطى الأمريكية", "ACTOR", "US"),
        ("البيت الأبيض", "ACTOR", "US"),
    ],
)
def test_lexicon_rows(name, type_, canonical):
    got = {(e.type, e.canonical) for e in get_gazetteer().lookup(name)}
    if canonical is None:
        assert type_ in {t for t, _ in got}, got
    else:
        assert (type_, canonical) in got, got


def test_match_first_entry_of_each_type():
    text = "وصلت القوات إلى دمشق."
    (span, m) = [x for x in matches(text) if x[0] == "دمشق"][0]
    assert m.first("LOCATION") is not None
    assert m.first("ACTOR").canonical == "SY_GOV"
    assert m.first("WEAPON") is None


def test_foreign_first_names():
    from workbench.core.text import norm

    assert {norm("جو"), norm("لويد"), norm("أنتوني")} <= get_gazetteer().first_names


def test_place_alternatives_across_countries():
    g = get_gazetteer()
    # سنجار: the Iraqi district town and a Syrian village share the name
    assert "sinjar-sy" in g.place_alts["sinjar"]
    assert "sinjar" in g.place_alts["sinjar-sy"]
    # countries are never alternatives
    assert all(g.places[a].kind != "country" for alts in g.place_alts.values() for a in alts)


def test_common_words_are_not_foreign_places():
    g = get_gazetteer()
    # «الجزيرة» (a GeoNames alternate name of Algiers) and «العبور» (crossing) are words
    assert all(e.canonical != "algiers" for e in g.lookup("الجزيرة"))
    assert not [e for e in g.lookup("العبور") if e.type == "LOCATION"]


def test_possessed_weapon_forms():
    """Only a weapon named with its adjective takes a possessive («دفاعاتها الجوية»،
    «أسلحتهم الثقيلة»); a side's own aircraft or tanks alone are no weapon entities."""
    g = get_gazetteer()
    assert any(e.type == "WEAPON" for e in g.lookup("دفاعاتها الجوية"))
    assert any(e.type == "WEAPON" for e in g.lookup("أسلحتهم الثقيلة"))
    assert not g.lookup("طائراتها") and not g.lookup("دباباته")
    assert not g.lookup("مساعداتها")


def test_hosts_of_foreign_garrisons_by_year():
    g = get_gazetteer()
    assert g.host_of("hmeimim-airbase", 2016) == ["RU"]
    assert g.host_of("hmeimim-airbase", 2014) == []
    assert g.host_of("k1-airbase", 2019) == ["US"] and g.host_of("k1-airbase", 2021) == []
    assert g.host_of("hmeimim-airbase", None) == ["RU"]
    assert g.host_of("aleppo", 2019) == []
    for place in g.hosts:
        assert g.place(place) is not None, place  # every id is a gazetteer place


@pytest.mark.parametrize(
    "name,place",
    [
        ("كفر نبل", "kafranbel"),  # the data has it joined too
        ("كفربطنا", "kafr-batna"),  # the data has «كفر بطنا»
        ("ديرحافر", "dayr-hafir"),
        ("كفر نبودة", "kafr-nabudah"),
    ],
)
def test_kafr_and_deir_names_match_joined_or_apart(name, place):
    assert [e.canonical for e in get_gazetteer().lookup(name) if e.type == "LOCATION"][:1] == [
        place
    ]


def test_person_sides_by_year():
    g = get_gazetteer()
    assert g.side_of("al-abadi", 2016) == "IQ_GOV"
    assert g.side_of("al-abadi", 2021) is None  # no longer prime minister
    assert g.side_of("trump", 2018) == "US" and g.side_of("trump", 2023) is None
    assert g.side_of("guterres", 2019) is None  # a UN envoy speaks for no side
    persons = {e.canonical for n, t in g.names() if t == "PERSON" for e in g.lookup(n)}
    for pid in g.person_sides:
        assert pid in persons, pid  # every id is a person of persons.tsv


def test_salma_and_akashat_are_places():
    from workbench.core.gazetteer import get_gazetteer

    g = get_gazetteer()
    assert any(e.canonical == "akashat" for e in g.lookup("عكاشات"))
    assert any(e.canonical == "gwer" for e in g.lookup("كوير"))
    assert any(e.canonical == "khazir" for e in g.lookup("الخازر"))
    assert g.place("salma") is not None and g.place("salma").country == "SY"
