"""QUANTITY entities: a number with what it counts, its approximator and its unit.

One pass: an Aho-Corasick automaton over the normalised text finds digits,
number words, vague amounts (عشرات، مئات، آلاف، عدة، بضعة) and dual nouns
(جنديين = 2). At each hit the number is parsed (numbers.py), an approximator
before it (قرابة، نحو، حوالي، زهاء، أكثر من، ما لا يقل عن ...) is taken into the
span, and the counted noun that follows directly gives the unit:

troops (جندي، عسكري، ضابط), fighters (مقاتل، عنصر، مسلح), people (شخص، مدني،
شاب، طفل ...), killed (قتيل، قتلى), wounded (جريح، مصاب), arrested (معتقل،
أسير), vehicles (آلية، عربة، مدرعة، دبابة، شاحنة)، km (كيلومتر، كم)، convoys
(رتل، قافلة)، aircraft (طائرة، مروحية)، missiles (صاروخ، قذيفة), other.

A killing, wounding or arrest word just before the number (مقتل 51 من عناصر،
اعتقال عشرات الشبان، أصيب 3 أشخاص) makes the unit killed/wounded/arrested when
the noun counts people. When the noun does not follow directly (51 من عناصر)
the span is the number alone.

More of the span and the unit:

* an approximator may carry a clitic (بأكثر من، لنحو) and reaches over a
  thousands compound: «بأكثر من 10 آلاف جندي» -> «أكثر من 10 آلاف جندي»;
* the counted noun takes its adjective or construct noun (آلية عسكرية، غارات
  جوية، براميل متفجرة، قذائف صاروخية ومدفعية، صهاريج وقود، قذائف هاون);
* «اثنين/اثنتين» after the noun they count: «عسكريين اثنين» is one span, 2;
* «آخرون/آخرين» after a number are more of the people just counted: «وأصيب 3
  آخرون» (unit from the context, else people);
* a range «15 إلى 20 كيلومترا»، «4-6 صواريخ»، «بين 10 و15» is ``[low, high]``,
  approx true, when a counted noun follows (not after a change verb: «ارتفع
  العدد من 15 إلى 20»);
* a killing/wounding/arrest word before the number beats the noun (مقتل 7
  مقاتلين -> killed; أودى بحياة 6 أشخاص -> killed), and a count coordinated with
  the previous one («مقتل 9 عناصر من القوات، و7 مقاتلين») or introduced by
  بينهم/منهم («مقتل 14 مدنيا بينهم 5 أطفال») takes its casualty unit;
* a number that counts nothing named is dropped unless the context names a
  casualty (ارتفع إلى 3140 عدد من قتلوا -> killed) or «عدد + noun» came before
  it in the clause («يبلغ عدد الجنود نحو 600» -> troops).

A share («نحو 87 في المئة»، «40 بالمئة»، «30%») is a quantity of unit other;
a dual noun counts two even without a unit of its own (غارتين، ضربتين).
A construct plural after «من» gives the unit: «نحو 275 من مقاتلي التنظيم»، also with a
possessive suffix: «اثنين من جنوده»، «ثلاثة من عناصرها».

Not quantities: years (عام 2018، four-digit numbers 1900-2100 with no counted
noun), dates (5 ديسمبر، 2019/12/05), clock times (الساعة 5، 5 صباحا),
stretches and ages (خلال 24 ساعة، منذ 28 يوما، 20 عاما), ordinals with the article
(الـ48), and numbers inside names (إم 4، M4، القرار 2254، الفرقة 17). A length of
time is a quantity (unit other) after «لمدة/طوال» or with an approximator that is
not anchored by منذ/قبل/بعد: «لمدة 30 يوما»، «خلال نحو 30 دقيقة».
Vague amounts and their ranges are documented in :mod:`workbench.core.numbers`.
"""

from __future__ import annotations

import re

import ahocorasick

from workbench.core.model import Entity
from workbench.core.numbers import (
    DIGITS_RE,
    HUNDREDS,
    NUMBER_WORD_RE,
    SCALES,
    TENS,
    UNITS,
    VAGUE,
    parse_digits,
    parse_vague,
    parse_words,
)
from workbench.core.text import Normalized, Sentence

__all__ = ["find_quantities", "unit_of"]


def _forms(unit: str, words: str) -> dict[str, str]:
    return {w: unit for w in words.split()}


# counted nouns (normalised) -> unit
_NOUNS: dict[str, str] = {}
_NOUNS.update(
    _forms(
        "troops",
        "جندي جنديا جنود عسكري عسكريا عسكريين عسكريون ضابط ضابطا ضباط جندي_ عنصر_امن "
        "مستشار مستشارا مستشارين مستشارون",
    )
)
_NOUNS.update(
    _forms(
        "fighters",
        "مقاتل مقاتلا مقاتلين مقاتلون عنصر عنصرا عناصر مسلح مسلحا مسلحين مسلحون ارهابي "
        "ارهابيا ارهابيين ارهابيون متشدد متشددا متشددين جهادي جهاديا جهاديين مرتزق مرتزقا "
        "مرتزقه انتحاري انتحاريا انتحاريين",
    )
)
_NOUNS.update(
    _forms(
        "people",
        "شخص شخصا اشخاص مدني مدنيا مدنيين مدنيون شاب شابا شبان شباب رجل رجلا رجال امراه "
        "نساء طفل طفلا اطفال مواطن مواطنا مواطنين مواطنون لاجي لاجيا لاجيين لاجيون نازح "
        "نازحا نازحين نازحون مهاجر مهاجرا مهاجرين فرد فردا افراد عامل عاملا عمال متظاهر "
        "متظاهرا متظاهرين متظاهرون نسمه معلم معلما صحفي صحفيا صحفيين ناشط ناشطا ناشطين سكان اهالي مسوول مسوولا مسوولين مسوولون موظف موظفا موظفين طالب طالبا طلاب سيده سيدات",
    )
)
_NOUNS.update(_forms("killed", "قتيل قتيلا قتلي ضحيه ضحايا جثه جثث شهيد شهيدا شهداء"))
_NOUNS.update(_forms("wounded", "جريح جريحا جرحي مصاب مصابا مصابين مصابون اصابه اصابات"))
_NOUNS.update(
    _forms(
        "arrested",
        "معتقل معتقلا معتقلين معتقلون موقوف موقوفا موقوفين اسير اسيرا اسري سجين سجينا سجناء "
        "مختطف مختطفا مختطفين محتجز محتجزا محتجزين رهينه رهاين مخطوف مخطوفا مخطوفين",
    )
)
_NOUNS.update(
    _forms(
        "vehicles",
        "اليه اليات عربه عربات مدرعه مدرعات دبابه دبابات شاحنه شاحنات سياره سيارات مركبه "
        "مركبات ناقله ناقلات حافله حافلات صهريج صهاريج جرافه جرافات همر",
    )
)
_NOUNS.update(_forms("km", "كيلومتر كيلومترا كيلومترات كلم كم"))
_NOUNS.update(_forms("convoys", "رتل رتلا ارتال قافله قوافل"))
_NOUNS.update(
    _forms(
        "aircraft",
        "طايره طايرات مروحيه مروحيات مقاتله مقاتلات مسيره مسيرات درون طياره طيارات",
    )
)
_NOUNS.update(
    _forms(
        "missiles",
        "صاروخ صاروخا صواريخ قذيفه قذايف قنبله قنابل عبوه عبوات",
    )
)
_NOUNS.update(_forms("other", "طلعه طلعات"))  # sorties: «35 طلعة جوية»
_NOUNS = {k: v for k, v in _NOUNS.items() if "_" not in k}

# dual nouns: the noun alone says two (jundiyyain = two soldiers); only forms
# that cannot be read as a plural
_DUALS: dict[str, str] = {}
for _w, _u in (
    ("جندي", "troops"),
    ("ضابط", "troops"),
    ("عنصر", "fighters"),
    ("شخص", "people"),
    ("طفل", "people"),
    ("رجل", "people"),
    ("قتيل", "killed"),
    ("جريح", "wounded"),
    ("اسير", "arrested"),
    ("صاروخ", "missiles"),
    ("رتل", "convoys"),
    ("كيلومتر", "km"),
    ("موقع", "other"),
    ("كهف", "other"),
    ("نفق", "other"),
    ("مقر", "other"),
    ("هدف", "other"),
    ("مستودع", "other"),
    ("حاجز", "other"),
    # «من محورين»، «بفوجين»، «لواءين مشتركين»، «قسمين»
    ("محور", "other"),
    ("فوج", "troops"),
    ("لواء", "troops"),
    ("قسم", "other"),
):
    _DUALS[_w + "ين"] = _u
    _DUALS[_w + "ان"] = _u
# durations: «بعد يومين من مقتل ...»، «أقل من أسبوعين» (not the times «منذ يومين»، «قبل
# يومين»، «خلال يومين»)
_TIME_DUALS = frozenset(
    _w + _e for _w in ("يوم", "اسبوع", "شهر", "عام", "ساعت", "سنت") for _e in ("ين", "ان")
)
# a dual of time units after these is a time («خلال يومين»); after «طوال/لمدة» a length
_TIME_BEFORE = frozenset(("منذ", "قبل", "خلال"))
for _w in _TIME_DUALS:
    _DUALS[_w] = "other"
for _w, _u in (
    ("امرات", "people"),
    ("قذيفت", "missiles"),
    ("طايرت", "aircraft"),
    ("مروحيت", "aircraft"),
    ("دبابت", "vehicles"),
    ("عربت", "vehicles"),
    ("اليت", "vehicles"),
    ("مدرعت", "vehicles"),
    ("شاحنت", "vehicles"),
    ("سيارت", "vehicles"),
    ("قافلت", "convoys"),
    ("غارت", "other"),
    ("ضربت", "other"),
    ("هجمت", "other"),
    ("مسيرت", "aircraft"),
    ("عبوت", "missiles"),
    ("ناقلت", "vehicles"),
    # warships: «أُطلقت من مدمرتين أمريكيتين»
    ("مدمرت", "other"),
    ("فرقاطت", "other"),
    ("بارجت", "other"),
    ("سفينت", "other"),
    # jets, bombers, trucks and what is hit: «مقاتلتين»، «قاذفتين»، «عجلتين مفخختين»،
    # «نقطتين»، «منشأتين»، «مضافتين»، «مزرعتين»، «مدرستين»، «دفعتين»
    ("مقاتلت", "aircraft"),
    ("قاذفت", "aircraft"),
    ("عجلت", "vehicles"),
    ("نقطت", "other"),
    ("منشات", "other"),
    ("مضافت", "other"),
    ("مزرعت", "other"),
    ("مدرست", "other"),
    ("دفعت", "other"),
):
    _DUALS[_w + "ين"] = _u
    _DUALS[_w + "ان"] = _u
# nisba nouns whose -ين form is also the plural (مدنيين): only the nominative dual
_NISBA_DUALS = {
    _w + "ان": _u
    for _w, _u in (
        ("مدني", "people"),
        ("عسكري", "troops"),
        ("مقاتل", "fighters"),
        ("مسلح", "fighters"),
    )
}
_DUALS.update({"قاعدتين": "other", "قاعدتان": "other"})  # «قاعدتين عسكريتين»
# construct duals of feminine nouns: «قذيفتي هاون»
_DUALS.update({"قذيفتي": "missiles", "عبوتي": "missiles"})
# construct duals that are also adjectives (صاروخي = «missile»): only before a
# rocket name: «صاروخي كاتيوشا»، «صاروخي غراد»
_CONSTRUCT_DUALS = {"صاروخي": "missiles"}
_ROCKET_NAMES = frozenset("كاتيوشا غراد جراد".split())
_PEOPLE_UNITS = {"people", "troops", "fighters", "other"}

# the number measures time, a percentage or a date: not a quantity
_TIME_NOUNS = set(
    "ساعه ساعات ساعتين يوم يوما ايام يومين اسبوع اسبوعا اسابيع اسبوعين شهر شهرا اشهر شهور "
    "شهرين عام عاما اعوام عامين سنه سنوات سنين سنتين دقيقه دقايق دقيقتين ثانيه ثوان عقد عقود "
    "قرن قرون صباحا مساء مساءا ظهرا فجرا ليلا عصرا هـ ه م".split()
)
_MONTH_WORDS = set(
    "يناير جانفي فبراير فيفري مارس ابريل افريل مايو ماي يونيو يونيه جوان يوليو يوليه "
    "جويليه يوليوز اغسطس اوت غشت سبتمبر شتنبر اكتوبر نوفمبر نونبر ديسمبر دجنبر كانون "
    "شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين "
    # Hijri months
    "محرم صفر ربيع جمادي جماد رجب شعبان رمضان شوال ذو ذي".split()
)
# a number right after these is a name, an index or a date, not an amount
_NAME_BEFORE = set(
    "القرار قرار رقم الرقم بالرقم الفرقه فرقه اللواء لواء الفوج فوج الكتيبه كتيبه الماده ماده "
    "البند بند الطريق طريق الجوله جوله النقطه نقطه ام اس اف بي تي سي الساعه ساعه عام العام "
    "سنه السنه عامي القرن الصفحه صفحه الدوره دوره الحلقه العدد الفصل المرحله الذكري الحاجز "
    "القطاع المبني المجموعه الاسبوع الدقيقه الشوط المركز المرتبه الترتيب الحافله الخط "
    "الباب المنفذ الكيلو الكيلومتر الهدف الرحله المعبر القاعده المحطه البوابه الاصدار طراز "
    "موديل نموذج نسخه الطراز البوينغ بوينغ ايرباص سو ميغ ميج تي-72 كود الكود".split()
)
# words that cannot be the counted noun
_STOP = set(
    "من في على علي الى الي عن مع و او ثم حتى حتي بين منذ خلال بعد قبل عند لدى لدي ان أن انه "
    "التي الذي الذين اللذين كما قد لا ما لم لن هو هي هم هذا هذه ذلك تلك اخرين اخري اخر "
    "فقط فحسب مقابل عدد وهذه وهذا وهو وهي وهم نحو قرابه حوالي تقريبا اخرون بجروح بجراح بنيران بحياه بينما حيث لكن اذ اذا عندما الا غير بل بعدما كل جميع اضافه ايضا بينهم منهم منها فيها عليها اليها وذلك وهو وهي".split()
)
_KILLED_CTX = set(
    "مقتل قتل قتلت قتلوا يقتل تقتل مصرع لقي لقوا استشهاد استشهد استشهدوا سقوط حصيله القتلي "
    "اعدام اعدم اعدمت اغتيال تصفيه اودي اودت يودي تودي بحياه".split()
)
_WOUNDED_CTX = set("اصابه اصيب اصيبوا جرح جرحت اصابت جرحي الجرحي المصابين".split())
_ARRESTED_CTX = set(
    "اعتقال اعتقل اعتقلت اعتقلوا توقيف اوقف اوقفت اسر اسرت اختطاف اختطف اختطفت خطف خطفت "
    "احتجاز احتجز احتجزت القبض سجن".split()
)
# approximators before the number, as word sequences (normalised)
_APPROX_SEQS = {
    tuple(x.split())
    for x in (
        "ما لا يقل عن",
        "لا يقل عن",
        "ما يزيد عن",
        "ما يزيد علي",
        "يزيد عن",
        "يزيد علي",
        "اكثر من",
        "اقل من",
        "ازيد من",
        "ما يقارب",
        "يقارب",
        "ما يناهز",
        "يناهز",
        "قرابه",
        "نحو",
        "حوالي",
        "زهاء",
        "بحدود",
        "حدود",
    )
}
_APPROX_LAST = frozenset(seq[-1] for seq in _APPROX_SEQS)
_PUNCT_STR = ".,;:!?()[]{}\"'«»-–/\\"
_PUNCT = frozenset(_PUNCT_STR)
_DIGITS = re.compile(r"\d+(?:[.,٫٬]\d+)*")
_WORD = re.compile(r"[^\s\"'«»“”()\[\]{}.,;:!?،؛؟%/\\-]+")
_SPACE = re.compile(r"[^\S\n]+")
_AND_DIGITS = re.compile(r"[^\S\n]+و[^\S\n]?(\d{1,3})(?![\d.,])")
_RANGE_AND = re.compile(r"[^\S\n]+و[^\S\n]?(" + DIGITS_RE + "|" + NUMBER_WORD_RE + r")(?![\w])")
_RANGE_SEQS = {("بين",), ("ما", "بين")}
_AT_LEAST_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*علي[^\S\n]+الاقل(?![\w])")
_SCORE_AFTER = re.compile(r"[^\S\n]*(?:[-–/:][^\S\n]*)?\d")
# a range to a second number: «15 إلى 20 كيلومترا»، «10-15 جنديا»، «خمسة حتى سبعة صواريخ»
_RANGE_TO = re.compile(
    r"[^\S\n]*(?:[-–]|(?:الي|حتي)(?![\w]))[^\S\n]*("
    + DIGITS_RE
    + "|"
    + NUMBER_WORD_RE
    + r")(?![\w.,])"
)
# a change from one number to another is not a range: «ارتفع العدد من 15 إلى 20»
_CHANGE = set(
    "ارتفع ارتفعت يرتفع ترتفع ارتفاع زاد زادت يزيد تزيد زياده تراجع تراجعت يتراجع انخفض "
    "انخفضت ينخفض انخفاض رفع رفعت يرفع خفض خفضت يخفض تخفيض تقليص قلص قلصت يقلص".split()
)
# «اثنين/اثنتين» follow the noun they count: «عسكريين اثنين»، «جنديين اثنين»
_TWO = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})
# «آخرون»: more of the people just counted (the unit comes from the context)
_OTHERS = frozenset({"اخرون", "اخرين", "اخريات"})
# an adjective or a construct noun that belongs to the counted noun: «آلية عسكرية»،
# «غارات جوية»، «براميل متفجرة»، «قذائف صاروخية ومدفعية»، «صهاريج وقود»، «قذائف هاون»
_ADJ = frozenset(
    (
        "عسكري عسكريه عسكريين عسكريون عسكريا جوي جويه جويين صاروخي صاروخيه مدفعي مدفعيه "
        "متفجر متفجره متفجرات مفخخ مفخخه مفخخات ثقيل ثقيله ثقال خفيف خفيفه مدرع مدرعه "
        "مسير مسيره مسيرات حربي حربيه حربيين انتحاري انتحاريه انتحاريين مدني مدنيه مدنيين "
        "مدنيون مسلح مسلحه مسلحين مسلحون اضافي اضافيه اضافيين لوجستيه لوجستي مصفحه مصفح "
        "ناسفه ناسف مضاده مضاد قتاليه قتالي"
    ).split()
)
_CONSTRUCT = frozenset("وقود نفط مياه محروقات هاون ذخيره ذخاير اسلحه سلاح غراد كاتيوشا".split())
# words right before a number that carry the previous count's casualty unit on:
# «مقتل 14 مدنيا بينهم 5 أطفال»
_AMONG = frozenset({"بينهم", "بينهن", "منهم", "منهن", "وبينهم", "ومنهم", "بينهما", "منهما"})
_CASUALTY = frozenset({"killed", "wounded", "arrested"})

_WORD_KEYS = (
    set(UNITS) - {"واحد", "واحده"}
    | {"احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي"}
    | set(TENS)
    | set(HUNDREDS)
    | set(SCALES)
    | set(VAGUE)
    | {"ال" + k for k in ("عشرات", "ميات", "مايات", "الاف", "ملايين")}
    | set(_DUALS)
    | set(_NISBA_DUALS)
    | set(_CONSTRUCT_DUALS)
)
_AUTO = ahocorasick.Automaton()
for _k in _WORD_KEYS:
    _AUTO.add_word(_k, _k)
for _d in "0123456789":
    _AUTO.add_word(_d, _d)
_AUTO.make_automaton()

_CLITICS = "وفبل"
# words after which a number phrase may go on (عشرات الآلاف، خمسة وعشرين، ثلاثة آلاف)
_CHAIN = frozenset(
    set(UNITS)
    | set(TENS)
    | set(HUNDREDS)
    | set(SCALES)
    | set(VAGUE)
    | {"احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي", "الالاف", "الملايين"}
    | {"ال" + k for k in ("عشرات", "ميات", "مايات", "الاف", "ملايين")}
)
_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640])


def unit_of(word: str) -> str | None:
    """The unit a normalised counted noun stands for, or ``None``."""
    return _NOUNS.get(word)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _word_start(s: str, i: int) -> bool:
    j = i
    for _ in range(3):
        if j == 0 or not _is_word(s[j - 1]):
            return True
        if i - j >= 2 or s[j - 1] not in _CLITICS:
            return False
        j -= 1
    return False


def _next_word(s: str, i: int) -> tuple[int, int, str] | None:
    """The word directly after position ``i`` (spaces only between), as (start, end, word)."""
    m = _SPACE.match(s, i)
    if not m:
        return None
    w = _WORD.match(s, m.end())
    if not w:
        return None
    return w.start(), w.end(), w.group()


def _prev_words(s: str, i: int, n: int = 2) -> list[str]:
    """Up to ``n`` words before ``i`` in the same clause (punctuation ends it)."""
    out: list[str] = []
    for w in reversed(s[max(0, i - 40) : i].split()):
        if len(out) == n or w[-1] in _PUNCT:
            break
        if w[0] in _PUNCT:
            w = w.lstrip(_PUNCT_STR)
            if w:
                out.append(w)
            break
        out.append(w)
    out.reverse()
    return out


def _word_seq_before(
    s: str, i: int, words: list[str], seqs: set[tuple[str, ...]], longest: int
) -> tuple[int, int] | None:
    """(start, word count) of a sequence from ``seqs`` ending right before ``i``.

    ``words`` are the clause's words before ``i`` (:func:`_prev_words`).
    """
    if i == 0 or not s[i - 1].isspace():
        return None
    for k in range(min(longest, len(words)), 0, -1):
        tail = words[-k:]
        first = tail[0]
        clitic = 0
        if tuple(tail) not in seqs:
            if len(first) > 2 and first[0] in "وفبل" and (first[1:], *tail[1:]) in seqs:
                clitic = 1
            else:
                continue
        pos = i
        for w in reversed(tail):
            pos = s.rfind(w, 0, pos)
        return pos + clitic, k
    return None


def _score_before(s: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and s[j] in " \t":
        j -= 1
    if j >= 0 and s[j] in "-–/:":
        j -= 1
        while j >= 0 and s[j] in " \t":
            j -= 1
        return j >= 0 and s[j].isdigit()
    return j >= 0 and j < i - 1 and s[j].isdigit()


def _strip_clitic(w: str) -> str:
    if len(w) > 3 and w[0] in "وف":
        return w[1:]
    return w


def _context_unit(words: list[str]) -> str | None:
    for w in reversed(words):
        for cand in (w, _strip_clitic(w), w[1:] if len(w) > 3 and w[0] in "بل" else w):
            if cand in _KILLED_CTX:
                return "killed"
            if cand in _WOUNDED_CTX:
                return "wounded"
            if cand in _ARRESTED_CTX:
                return "arrested"
    return None


def _num(v: float | int) -> float | int:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def find_quantities(text: str, nt: Normalized, sents: list[Sentence]) -> list[Entity]:
    """QUANTITY entities (id ``""``) ordered by start, with value, approx and unit."""
    s = nt.text
    if not s:
        return []
    out: list[Entity] = []
    pos = 0
    last_end, last_unit = -1, ""
    for end, key in _AUTO.iter(s):
        i = end - len(key) + 1
        if i < pos:
            continue
        if key.isdigit():
            if i > 0 and (s[i - 1].isdigit() or s[i - 1] in ".,٫٬"):
                continue
            if i > 0 and _is_word(s[i - 1]) and not _word_start(s, i):
                continue
            if i > 1 and s[i - 2 : i] == "ال":
                continue
        else:
            if not _word_start(s, i) or (end + 1 < len(s) and _is_word(s[end + 1])):
                continue
        inherit = None
        if last_unit in _CASUALTY and i - last_end < 80 and _linked(s, last_end, i):
            inherit = last_unit
        part = None
        if last_unit and i - last_end < 80 and not any(c in _CLAUSE_END for c in s[last_end:i]):
            part = last_unit, last_end  # «22 صاروخا، 17 منها ... و5 ...»
        q = _parse_at(s, i, key, inherit, part)
        if q is None:
            continue
        st, en, value, approx, unit = q
        last_end, last_unit = en, unit
        o0, o1 = nt.span(st, en)
        while o1 < len(text) and text[o1] in _MARKS:
            o1 += 1
        out.append(
            Entity(
                id="",
                start=o0,
                end=o1,
                text=text[o0:o1],
                type="QUANTITY",
                confidence=0.9 if unit != "other" else 0.6,
                value=value,
                approx=approx,
                unit=unit,
            )
        )
        pos = en
    return out


_CLAUSE_END = frozenset(".!?؟\n:؛;")


def _linked(s: str, prev_end: int, i: int) -> bool:
    """The number at ``i`` is coordinated with the count ending at ``prev_end``.

    «مقتل 9 عناصر من القوات، و7 مقاتلين»: «و» written on the number (or alone right
    before it); «مقتل 14 مدنيا بينهم 5 أطفال»: بينهم/منهم right before it; all in
    one clause.
    """
    gap = s[prev_end:i]
    if any(c in _CLAUSE_END for c in gap):
        return False
    if i > 0 and s[i - 1] == "و" and (i == 1 or not _is_word(s[i - 2])):
        return True
    words = gap.split()
    if not words:
        return False
    w = words[-1].strip(_PUNCT_STR + "،")
    return w == "و" or w in _AMONG


def _parse_at(
    s: str,
    i: int,
    key: str,
    inherit: str | None = None,
    part: tuple[str, int] | None = None,
):
    """Parse a quantity whose number starts at normalised index ``i``.

    ``inherit`` is the casualty unit of a count this one is coordinated with;
    ``part`` the unit and end of the count before it in the clause (a share of an
    earlier count, ``N منها``, passes its unit on to a count coordinated with it).
    """
    ws0 = i
    while ws0 > 0 and i - ws0 < 2 and s[ws0 - 1] in _CLITICS:
        ws0 -= 1
    spaced = ws0 > 0 and s[ws0 - 1].isspace()
    tail = s[max(0, ws0 - 24) : ws0].split() if spaced else []
    last = tail[-1].lstrip(_PUNCT_STR) if tail and tail[-1][-1] not in _PUNCT else ""
    prev: list[str] | None = None  # the clause's words before the number, on demand
    approx = False
    value: float | int | list[float | int] | None = None
    num_end = i
    vague = False
    ranged = False
    dual_unit = None
    noun_start = -1
    if key.isdigit():
        m = _DIGITS.match(s, i)
        if not m:
            return None
        raw = m.group()
        v = parse_digits(raw)
        if v is None:
            return None
        num_end = m.end()
        rg = _range_to(s, num_end, v, ws0)
        if rg is not None:
            value = [_num(v), _num(rg[0])]
            num_end = rg[1]
            approx = True
            ranged = True
        elif _SCORE_AFTER.match(s, num_end) or _score_before(s, i):
            return None  # a score, a date or a list: 7 - 6، 13 / 12 / 1999، 6 1
        after = s[num_end : num_end + 2]
        if not ranged and after[:1] in "/:-" and after[1:2].isdigit():
            return None  # date, clock time or score
        if not ranged and after[:1] in "/:-":
            if s[num_end + 1 : num_end + 3].strip()[:1].isdigit():
                return None
        back = s[max(0, i - 2) : i]
        if back[-1:] in "/:-" and back[:1].isdigit():
            return None
        if i > 0 and s[i - 1] in "-–" and i > 1 and s[i - 2].isalpha():
            return None  # F-16, S-400
        if i > 0 and s[i - 1].isascii() and s[i - 1].isalpha():
            return None  # M4
        if len(raw) >= 4 and raw.isdigit() and 1900 <= int(raw) <= 2100:
            nxt = _next_word(s, num_end)
            if not nxt or unit_of(nxt[2]) is None:
                return None  # a year
        # a scale word after the digits: 3 آلاف، 2.5 مليون
        nxt = _next_word(s, num_end) if not ranged else None
        if nxt and nxt[2] in SCALES:
            v = v * SCALES[nxt[2]] if SCALES[nxt[2]] in (1000, 1_000_000, 1_000_000_000) else v
            num_end = nxt[1]
        if not ranged:
            value = _num(v)
    else:
        words = []
        p = i
        for _ in range(6):
            w = _WORD.match(s, p)
            if not w:
                break
            g = w.group()
            words.append((w.start(), w.end(), g))
            if not (g in _CHAIN or (g[:1] == "و" and g[1:] in _CHAIN)):
                break
            sp = _SPACE.match(s, w.end())
            if not sp:
                break
            p = sp.end()
        if not words:
            return None
        ws = [w[2] for w in words]
        if ws[0] in _DUALS:
            if ws[0] in _TIME_DUALS and (
                _strip_clitic(last) in _TIME_BEFORE or last in _TIME_BEFORE
            ):
                return None
            dual_unit = _DUALS[ws[0]]
            value = 2
            num_end = words[0][1]
            nxt = _next_word(s, num_end)
            if nxt and (nxt[2] in _DUALS or nxt[2] in _TWO or _dual_adj(nxt[2])):
                # an agreeing dual or «اثنين»: «طائرتين مسيرتين»، «قاعدتين عسكريتين»
                num_end = nxt[1]
        elif ws[0] in _NISBA_DUALS:
            if last in _DUALS or last in _NISBA_DUALS:
                return None  # «رتلان عسكريان»: the adjective of the dual before it
            dual_unit = _NISBA_DUALS[ws[0]]
            value = 2
            num_end = words[0][1]
        elif ws[0] in _CONSTRUCT_DUALS:
            nxt = _next_word(s, words[0][1])
            if not nxt or nxt[2] not in _ROCKET_NAMES:
                return None  # «قصف صاروخي»: the adjective
            dual_unit = _CONSTRUCT_DUALS[ws[0]]
            value = 2
            num_end = nxt[1]
        else:
            rng, n = parse_vague(ws)
            if rng is not None:
                vague = True
                approx = True
                value = [rng[0], rng[1]]
                num_end = words[n - 1][1]
                if ws[0] in ("بضع", "بضعه", "عده") and n == 1:
                    nxt = _next_word(s, num_end)
                    if not nxt or unit_of(nxt[2]) in (None, "other"):
                        return None
            else:
                if ws[0] in ("عشر", "عشره"):
                    if ws0 == i and last.startswith("ال"):
                        return None  # the ordinal «التاسع عشر»
                v, n = parse_words(ws)
                if v is None or v < 2:
                    return None
                value = v
                num_end = words[n - 1][1]
                if n == 1 and ws[0] in _TWO and ws0 == i and last:
                    nf = _noun_before(s, ws0, last)
                    if nf is not None:
                        noun_start, dual_unit = nf
                if dual_unit is None:
                    rg = _range_to(s, num_end, v, ws0)
                    if rg is not None:
                        value = [v, rg[0]]
                        num_end = rg[1]
                        approx = True
                        ranged = True
                if n == 1 and ws[0] in _BARE_SCALE_NOT:
                    return None  # «بليون» alone is also a place (بليون، إدلب)
                if n == 1 and ws[0] in SCALES:
                    nxt = _next_word(s, num_end)
                    if not nxt or nxt[2] in _STOP or nxt[2].startswith("ال"):
                        return None  # «ألف» alone is not clearly a number

    if last and ws0 == i:
        b = last
        if b in _NAME_BEFORE or _strip_clitic(b) in _NAME_BEFORE:
            nxt = _next_word(s, num_end)
            if not nxt or unit_of(nxt[2]) is None:
                return None
        if b.isascii() and b.isalpha() and len(b) <= 3:
            return None
    start = i
    ctx_words = None
    am = None
    if noun_start >= 0:  # «عسكريين اثنين»: the span and the context start at the noun
        start = noun_start
        ws0 = noun_start
        spaced = ws0 > 0 and s[ws0 - 1].isspace()
        tail = s[max(0, ws0 - 24) : ws0].split() if spaced else []
        last = tail[-1].lstrip(_PUNCT_STR) if tail and tail[-1][-1] not in _PUNCT else ""
    if last and (last in _APPROX_LAST or last[1:] in _APPROX_LAST):
        prev = _prev_words(s, ws0, 6)
        ctx_words = prev
        am = _word_seq_before(s, i, prev, _APPROX_SEQS, 4)
    if am is not None:
        start = am[0]
        ctx_words = prev[: -am[1]]
        approx = True

    # a compound the number parser stops at: «ثلاثة آلاف و500»، «مليون و200 ألف»
    if isinstance(value, int) and value >= 1000:
        cm = _AND_DIGITS.match(s, num_end)
        if cm:
            extra = parse_digits(cm.group(1))
            if isinstance(extra, int) and extra < value and value % 1000 == 0:
                value += extra
                num_end = cm.end()
    # a range: «بين 10 و15 جنديا»، «ما بين عشرة وعشرين»
    if not vague and not ranged and isinstance(value, (int, float)) and not am:
        rb = None
        if last == "بين" or last[1:] == "بين":
            prev = prev if prev is not None else _prev_words(s, ws0, 6)
            rb = _word_seq_before(s, i, prev, _RANGE_SEQS, 2)
        rm = _RANGE_AND.match(s, num_end) if rb is not None else None
        if rb is not None and rm:
            high = _range_high(rm.group(1))
            if high is not None and high > value:
                value = [value, high]
                approx = True
                start = rb[0]
                ctx_words = prev[: -rb[1]] if prev else []
                num_end = rm.end()

    end = num_end
    unit = dual_unit
    if dual_unit is None and s[num_end : num_end + 1] == "%":
        return (
            start,
            num_end + 1,
            value,
            approx or bool(_AT_LEAST_AFTER.match(s, num_end + 1)),
            "other",
        )
    nxt = _next_word(s, num_end)
    if dual_unit is None and nxt:
        ns_, ne_, w = nxt
        if w in _OTHERS:  # «وأصيب 3 آخرون»
            unit, end, w = "people", ne_, ""
            nxt = None
    if dual_unit is None and nxt:
        ns_, ne_, w = nxt
        if (
            w in _TIME_NOUNS
            and w not in _DAY_PARTS
            and (_measured(s, ws0, am, ctx_words) or _after_event(s, ws0, ne_, am, ctx_words))
        ):
            # a length of time, not a date: «لمدة 30 يوما»، «خلال نحو 30 دقيقة»، «بعد 11
            # يوماً من المعارك» (counted from an event: no time of its own)
            return start, ne_, value, approx, "other"
        if w in _TIME_NOUNS or w in _MONTH_WORDS:
            return None
        pct = _percent_end(s, num_end, ne_, w)
        if pct is not None:
            # a share: «نحو 87 في المئة»، «40 بالمئة» (unit other)
            if not approx and _AT_LEAST_AFTER.match(s, pct):
                approx = True
            return start, pct, value, approx, "other"
        if w in ("صباحا", "مساء", "ظهرا", "فجرا", "ليلا"):
            return None
        u = unit_of(w)
        if u is None and not vague and not key.isdigit() and w.startswith("ال"):
            return None  # «خمس المقاتلين» is a fraction
        if u is None and w.startswith("ال") and vague:
            u = unit_of(w[2:])
            if u is None and w[2:].endswith(("يين", "يون")) and len(w) > 6:
                u = "people"  # «عشرات الفلسطينيين»
            if u is None and w[2:] and w not in _STOP:
                u = "other"
        if u is None and not w.startswith("ال") and w.endswith(("يين", "يون")) and len(w) > 4:
            u = "people"  # a people named by a nisba plural: «204 فلسطينيين»، «8 عراقيين»
        if u is not None:
            unit = u
            end = _noun_tail(s, ne_, unit_of(w) is None and w.startswith("ال"))
        elif (
            not vague
            and not w.startswith("ال")
            and w not in _STOP
            and not w[:1].isdigit()
            and len(w) > 1
            and not _looks_verb(w)
            and not (w[0] in "وف" and w[1:2] in "اتينسل")
        ):
            unit = "other"
            end = _noun_tail(s, ne_, False)
        elif w == "عدد":  # «3140 عدد من قتلوا»: the number of those killed
            ctx = _context_unit(s[ne_ : ne_ + 30].split()[:2])
            if ctx:
                unit = ctx
        elif w == "من":
            nn = _next_word(s, ne_)
            if nn:
                u2 = unit_of(nn[2]) or (unit_of(nn[2][2:]) if nn[2].startswith("ال") else None)
                if u2 is None and nn[2].endswith("ي") and len(nn[2]) > 3:
                    # a construct plural: «275 من مقاتلي التنظيم»، «من عسكريي الجيش»
                    u2 = unit_of(nn[2] + "ن")
                if u2 is None:
                    # a plural with a possessive suffix: «اثنين من جنوده»، «3 من عناصرها»
                    for suf in ("هما", "هم", "ها", "نا", "ه"):
                        if nn[2].endswith(suf) and len(nn[2]) - len(suf) > 2:
                            base = nn[2][: -len(suf)]
                            u2 = unit_of(base) or (unit_of(base + "ن") if base[-1] == "ي" else None)
                            break
                if u2:
                    unit = u2
    if unit is None:
        unit = "other"
    if unit in _PEOPLE_UNITS:
        if ctx_words is None:
            ctx_words = _prev_words(s, ws0, 2) if spaced else []
        ctx = _context_unit(ctx_words[-2:])
        if ctx:
            unit = ctx
        elif inherit:
            unit = inherit
    if unit == "other" and end == num_end and dual_unit is None:
        # a bare number counts what «عدد» named before it («بلغ عدد الجنود نحو 600»),
        # else nothing: an index, a score, a code
        unit = _counted_before(s, start) or ""
        if not unit and part is not None and key.isdigit():
            # a share of the count just before: «22 صاروخا، 17 منها على ... و5 على ...»
            if _partitive_after(s, end) or (
                ws0 < i and s[ws0] == "و" and _partitive_after(s, part[1])
            ):
                unit = part[0]
        if (
            not unit
            and (approx or vague or _SCALE_IN.search(s, start, num_end))
            and _of_whom(s, end)
        ):
            # «نحو 10 آلاف من الهيئة»، «العشرات منهم»: an approximate or thousands-scale
            # count of people with the noun left out
            unit = "other"
        if not unit:
            return None
    al = _AT_LEAST_AFTER.match(s, end)
    if al:
        approx = True  # «20 قتيلا على الأقل»: inside the span (not after a comma)
        if "," not in al.group() and "،" not in al.group():
            end = al.end()
    return start, end, value, approx, unit


def _dual_adj(w: str) -> bool:
    """A dual of a counted noun's adjective: «عسكريتين»، «حربيتين» (not a nationality)."""
    return w.endswith(("يتين", "يتان")) and w[:-4] + "ي" in _ADJ


_DAY_PARTS = frozenset("صباحا مساء مساءا ظهرا فجرا ليلا عصرا هـ ه م".split())
_FOR = frozenset({"لمده", "مده", "طيله", "طوال", "لفتره", "مدي", "مدار"})
# a length: «معارك استمرت 10 أيام»، «حصار دام عشرة أشهر»، «هدنة مدتها 48 ساعة»، «بعد حصار
# عشرة أشهر»، «الحداد ثلاثة أيام» (the verb may have its subject between: «استمرت المعركة
# ثلاثة أيام»)
_LASTED = frozenset(
    {"استمر", "استمرت", "استمرا", "استمروا", "دام", "دامت", "مدتها", "مدته", "تستمر", "يستمر"}
    | {"ستستمر", "سيستمر", "حصار", "الحداد", "هدنه"}
)
_ANCHORS = frozenset({"منذ", "قبل", "بعد"})


def _measured(s: str, ws0: int, am, ctx_words) -> bool:
    """A number of time units measures a length of time (a QUANTITY): after «لمدة/طوال»,
    or with an approximator not anchored to a moment («منذ/قبل/بعد نحو 3 ساعات» are times)."""
    if am is not None:
        before = ctx_words[-1] if ctx_words else ""
        return _strip_clitic(before) not in _ANCHORS
    prev = _prev_words(s, ws0, 2)
    if not prev:
        return False
    if prev[-1] in _FOR or _strip_clitic(prev[-1]) in _LASTED:
        return True
    # «استمرت المعركة ثلاثة أيام»: the lasting verb, then its subject
    return len(prev) >= 2 and _strip_clitic(prev[-2]) in _LASTED and prev[-1].startswith("ال")


_SCALE_IN = re.compile(r"(?:الف|الاف|مليون|ملايين|مئات|عشرات)")


def _of_whom(s: str, end: int) -> bool:
    """«من» (or «منهم/منها») right after a count: whom it counts."""
    nxt = _next_word(s, end)
    return nxt is not None and nxt[2] in ("من", "منهم", "منها", "منهن")


def _after_event(s: str, ws0: int, end: int, am, ctx_words) -> bool:
    """«بعد نحو أربعة أشهر من انطلاق العمليات»، «بعد 11 يوماً من المعارك»: a length after
    «بعد» that «من/على» ties to an event (the times module leaves these out)."""
    before = ctx_words[-1] if am is not None and ctx_words else None
    if before is None:
        prev = _prev_words(s, ws0, 1)
        before = prev[-1] if prev else ""
    if _strip_clitic(before) != "بعد":
        return False
    nxt = _next_word(s, end)
    return nxt is not None and nxt[2] in ("من", "على", "علي")


_BARE_SCALE_NOT = frozenset({"بليون", "بليونا", "بلايين"})
_PARTITIVE = frozenset({"منها", "منهم", "منهن", "منهما"})


def _partitive_after(s: str, end: int) -> bool:
    """«منها/منهم» right after the count: it is a share of an earlier one."""
    nxt = _next_word(s, end)
    return nxt is not None and nxt[2] in _PARTITIVE


_CLAUSE_SPLIT = re.compile(r"[.!?؟\n،,;:؛()«»\"]")


def _counted_before(s: str, i: int) -> str | None:
    """The unit of «عدد + noun» earlier in the clause: «يبلغ عدد الجنود في سوريا نحو 600»."""
    seg = s[max(0, i - 160) : i]
    k = seg.rfind("عدد")
    if k < 0:
        return None
    seg = _CLAUSE_SPLIT.split(seg[k:])[0]
    words = seg.split()
    if len(words) < 2 or words[0] not in ("عدد", "وعدد", "بعدد"):
        if not (len(words) >= 2 and words[0].endswith("عدد") and len(words[0]) <= 5):
            return None
    w = words[1]
    if w.startswith("ال"):
        u = unit_of(w[2:]) or unit_of(w)
        if u is None and w[2:].endswith(("يين", "يون")) and len(w) > 6:
            u = "people"
        return u
    # «عدد مقاتلي الفصائل»، «عدد مقاتليه»: a construct plural, or one with its owner
    for suf in ("", "ه", "ها", "هم"):
        base = w[: len(w) - len(suf)] if suf and w.endswith(suf) else (w if not suf else "")
        if base.endswith("ي") and len(base) > 3:
            u = unit_of(base + "ن")
            if u:
                return u
        if base and suf:
            u = unit_of(base)
            if u:
                return u
    return None


def _range_to(s: str, num_end: int, low: float | int, ws0: int) -> tuple[float | int, int] | None:
    """(high, end) of «إلى/حتى/- Y» after the number when a counted noun follows Y."""
    m = _RANGE_TO.match(s, num_end)
    if not m:
        return None
    high = _range_high(m.group(1))
    if high is None or not high > low:
        return None
    nxt = _next_word(s, m.end())
    if not nxt or unit_of(nxt[2]) is None:
        return None
    before = s[max(0, ws0 - 80) : ws0].split()[-8:]
    if any(_strip_clitic(w) in _CHANGE for w in before):
        return None  # «ارتفع عدد القتلى من 15 إلى 20 قتيلا» is a change
    return high, m.end()


def _noun_before(s: str, ws0: int, last: str) -> tuple[int, str] | None:
    """(start, unit) of a counted noun right before «اثنين»: «عسكريين اثنين»."""
    u = unit_of(last) or _DUALS.get(last)
    skip = 0
    if u is None and len(last) > 3 and last[0] in "وفبل":
        u = unit_of(last[1:]) or _DUALS.get(last[1:])
        skip = 1
    if u is None or _context_unit([last]):
        return None  # «إصابة اثنين»: an event noun, not what is counted
    pos = s.rfind(last, 0, ws0)
    if pos < 0:
        return None
    return pos + skip, u


def _noun_tail(s: str, end: int, definite: bool) -> int:
    """Extend a counted noun over its adjective or construct noun: «آلية عسكرية»."""
    nxt = _next_word(s, end)
    if not nxt:
        return end
    w = nxt[2]
    if definite:
        if not w.startswith("ال"):
            return end
        w = w[2:]
    if w in _ADJ or (not definite and (w in _CONSTRUCT or w in _OTHERS)):
        end = nxt[1]
        nn = _next_word(s, end)
        if nn and w in _CONSTRUCT and nn[2] in _ADJ:
            end = nn[1]  # «43 قطعة سلاح خفيف»: the construct noun's adjective
            nn = _next_word(s, end)
        if nn and nn[2][:1] == "و":
            w2 = nn[2][1:]
            if definite and w2.startswith("ال"):
                w2 = w2[2:]
            if w2 in _ADJ:
                end = nn[1]
    return end


_PERCENT_WORDS = ("الميه", "المايه")


def _percent_end(s: str, num_end: int, ne_: int, w: str) -> int | None:
    """End of «% / بالمئة / في المئة» after a number, or ``None``."""
    if s[num_end : num_end + 1] == "%":
        return num_end + 1
    if w in ("بالميه", "بالمايه"):
        return ne_
    if w == "في":
        nn = _next_word(s, ne_)
        if nn and nn[2] in _PERCENT_WORDS:
            return nn[1]
    return None


def _range_high(raw: str) -> int | float | None:
    raw = raw.strip()
    if raw[:1].isdigit():
        return parse_digits(raw)
    words = raw.split()
    v, n = parse_words(words)
    return v if n == len(words) else None


_VERB_PREFIX = ("ي", "ت", "سي", "ست")


def _looks_verb(w: str) -> bool:
    """Imperfect verbs after a number (20 يقاتلون) are not counted nouns."""
    return len(w) >= 5 and w.startswith(_VERB_PREFIX) and w.endswith(("ون", "ان", "ين"))
