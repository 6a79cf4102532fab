"""Entity extraction: ACTOR, PERSON, ORG, LOCATION, WEAPON (QUANTITY from quantities).

General rules over the gazetteer (:mod:`workbench.core.gazetteer`):

- gazetteer names (actors, places, organisations, weapons, well-known people),
  longest match; names that are also common words (``~`` places, ``amb``
  organisations) only in place or media contexts;
- head-noun place phrases: قرية/بلدة/مدينة/حي/مطار/قاعدة/حقل/ريف/بادية/محافظة/
  منطقة/معبر/الطريق الدولي ... + a known place, a quoted name or a name-like
  word, with trailing adjectives (النفطي، الدولي، الشرقي ...); names coordinated
  after plural heads (بلدات الشحيل والبصيرة والطيانة);
- up to 3 name words after an open head (قرية زور مغار، تل ملح، وادي X، شارع X),
  to a preposition, verb, direction, adjective or punctuation;
- compass phrases: شمال/جنوب/شرق/غرب (شرقي ...) + a country is a region (شمال شرق
  سورية); + a town or governorate it is relative to it, and only the place is
  tagged (جنوبي إدلب -> إدلب);
- bare references (الحقل، المطار، المدينة، التنظيم، الهيئة) linked to the last
  named place or group of that kind;
- country and capital names: ACTOR when they act (a verb or verbal noun before
  them, any finite verb by its shape: سيّرت روسيا، إسرائيل تقصف at a clause start,
  coordinated with an acting state, a backer: المدعومة من إيران، مرتبطة بإيران،
  بقيادة واشنطن), LOCATION otherwise (a locative word before them, a dateline);
- groups backed by a state (ميليشيات مدعومة من إيران -> IR, فصائل موالية لتركيا ->
  FSA), Iraqi operations commands (قيادة عمليات X -> IQ_GOV);
- armed groups: head nouns (فصيل، ميليشيا، لواء، كتائب ...) + quoted name, and
  unit heads + unquoted name (لواء الباقر); coordinated nationalities after a
  force (القوات الروسية والتركية);
- organisations after head nouns (وكالة، صحيفة، قناة ...), span = the name;
- persons after titles (وزير الدفاع الأميركي، العميد، المتحدث باسم ...), after
  verbs of saying (وقال جيمس جيفري), known first names followed by name-like
  words, and later mentions of their surnames; the title is not in the span;
- weapons, with a quoted model name, coordinated pairs (عربات وحاملات), a
  complement (صهاريج وقود، أسلحة رشاشة، قذيفة صاروخية ومدفعية) and a head before
  them (منظومات صواريخ، رشقات من الصواريخ);
- named parts and kinds of places: المنطقة الصناعية، المدينة القديمة، الضفة الشرقية
  للنهر، نقاط المراقبة، صوامع الحبوب، مبنى + owner (مبنى وزارة الداخلية)، compass +
  البلاد (شمال غربي البلاد)، an embassy in a place context; bare المنطقة/النهر;
- later or descriptive mentions of groups: «الإرهابيون/المسلحون» (the labelled group
  named just before), «القوات الأمنية» (the government of the article's country),
  operations rooms (غرفة عمليات الفتح المبين).

Speed: one regex split makes the tokens; the rule bits of each distinct word are
cached, so each rule visits only the tokens that trigger it, and a token object
is made only for a word some rule looks at.

Spans leave out proclitics (و ف ب ك ل لـ) and enclosing quotes.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import attrgetter, itemgetter

from workbench.core.gazetteer import GOVERNMENT_OF, Gazetteer, Match, get_gazetteer
from workbench.core.model import Entity
from workbench.core.text import Normalized, Sentence, norm

try:  # written by another module; optional until it lands
    from workbench.core.quantities import find_quantities as _find_quantities
    from workbench.core.quantities import unit_of as _unit_of
except ImportError:  # pragma: no cover - depends on the checkout
    _find_quantities = None
    _unit_of = None

__all__ = ["find_entities"]

_QUOTES = "\"'«»“”„‘’"
_QUOTE_RE = re.compile("[\"'«»“”„‘’]")
_PUNCT = ".,،؛;:!?؟()[]{}-–—/…"


def _n(words: str) -> frozenset[str]:
    return frozenset(norm(w) for w in words.split())


# ------------------------------------------------------------------ lexicons

# place head nouns -> kind of place they name
_PLACE_HEADS = {
    norm(k): v
    for k, v in {
        "قرية": "village",
        "قريتي": "village",
        "بلدة": "town",
        "بلدتي": "town",
        "مدينة": "city",
        "مدينتي": "city",
        "حي": "district",
        "أحياء": "district",
        "الأحياء": "district",  # الأحياء الشرقية: the city's eastern quarters
        "مطار": "airport",
        "قاعدة": "base",
        "حقل": "oilfield",
        "حقول": "oilfield",
        "حقلي": "oilfield",  # «حقلي جزل والمهر»
        "جبل": "mountain",
        "جبال": "mountain",
        "تلة": "hill",
        "تلال": "hill",
        "ريف": "countryside",
        "أرياف": "countryside",
        "بادية": "desert",
        "صحراء": "desert",  # صحراء الأنبار، صحراء الحضر
        "محافظة": "governorate",
        "محافظتي": "governorate",
        "منطقة": "area",
        "منطقتي": "area",  # «منطقتي متينا والزاب»
        "ناحية": "district",
        "مخيم": "camp",
        "معبر": "crossing",
        "سد": "dam",
        "نهر": "river",
        "سجن": "prison",
        "ميناء": "port",
        "مرفأ": "port",
        "وادي": "valley",
        "تل": "hill",
        "شارع": "street",
        "الشارع": "street",
        "سهل": "plain",
        "دوار": "square",
        "ساحة": "square",
        "كنيسة": "landmark",
        "معسكر": "camp",
        "جرود": "outskirts",
        "حيي": "district",
        "حيا": "district",  # the nominative dual construct: «حيا النشوة والعزيزية»
        "معسكري": "camp",
        "حاجز": "checkpoint",
        "أوتوستراد": "road",
        "طريق": "road",
        "الطريق": "road",
        "الأوتوستراد": "road",
        "قضاء": "district",
        "مديرية": "district",
        # facilities with a quoted or known name: مستشفى "الرازي"، ملعب "حلب الدولي"
        "مستشفى": "hospital",
        "مشفى": "hospital",
        "ضاحية": "district",  # «ضاحية الأسد»
        "مزارع": "area",  # «مزارع الأشعري»
        "منشأة": "landmark",  # «منشأة زفولون البحرية»
        "ملعب": "stadium",
        "مصفاة": "refinery",
        "مصفى": "refinery",
        "جامع": "mosque",
        "مسجد": "mosque",
        # ... or a definite one with its adjective: الملعب البلدي، الجامع العمري
        "المستشفى": "hospital",
        "المشفى": "hospital",
        "الملعب": "stadium",
        "الجامع": "mosque",
        "المسجد": "mosque",
        # a border post: منفذ القائم الحدودي، منفذ طريبيل
        "منفذ": "crossing",
        # a security compound: المربع الأمني (of a city)
        "المربع": "area",
        # a castle with its town's name: قلعة حلب، قلعة الحصن
        "قلعة": "castle",
        # military colleges: الأكاديمية العسكرية، الكلية الحربية، كلية المدفعية
        "الأكاديمية": "academy",
        "الكلية": "academy",
        "كلية": "academy",
        # Iraqi collective towns: مجمع خانصور، مجمعي سنوني وخانصور
        "مجمع": "town",
        "مجمعي": "town",
    }.items()
}
# heads that an indefinite adjective or a nationality may follow instead of a name
# («مستشفى ميداني»، «منشأة سورية»)
_ADJ_HEAD_WORDS = "ضاحية مزارع منشأة كلية مستشفى مشفى مجمع"
# heads that take an unquoted, unknown name (others need a known place or quotes)
_OPEN_HEADS = _n(
    "قرية قريتي بلدة بلدتي مدينة مدينتي حي مخيم جبل جبال تلة تل ناحية بادية حقل مطار معبر "
    "سجن سد قاعدة وادي شارع مجمعي معسكر معسكري حاجز حيي حيا منطقة جرود تلال منفذ قضاء دوار "
    # a river, a castle, two fields: «نهر الساجور»، «قلعة الحصن»، «حقلي جزل والمهر»
    "نهر قلعة حقلي منطقتي ساحة جامع مسجد كنيسة صحراء " + _ADJ_HEAD_WORDS
    # a suburb, farms, a facility, a college, a hospital, a compound: «ضاحية الأسد»،
    # «مزارع ريما»، «منشأة النبع»، «كلية المدفعية»، «مستشفى الشفاء»، «مجمع كوجو»
)
_W_ILA = frozenset((norm("إلى"), norm("الى"), "الي", "الى"))
_W_QALAA = norm("قلعة")  # «قلعة الحصن»: a castle named by its town, a common word too
_FACILITY_KINDS = frozenset(
    "oilfield gasfield airport airbase base crossing road dam camp river mountain region".split()
)
_PLURAL_HEADS = _n(
    "بلدات قرى مدن أحياء بلدتي قريتي مدينتي محافظتي محافظات مناطق منطقتي مخيمات ومدن وقرى "
    "مجمعي مجمعات معسكري حيي حيا حقلي"
)
_DUAL_HEADS = _n(
    "بلدتي قريتي مدينتي محافظتي منطقتي مجمعي معسكري حيي حيا حقلي"
)  # the first name is in the head phrase
_W_MANTIQA = norm("منطقة")
_MANTIQA = _n("منطقة منطقتي")
_W_WADI = norm("وادي")
_DISTRICT_HEADS = _n("أحياء حيي حيا")
# prepositions with the pronoun ه that are also place names written with ة
_PRONOUN_WORDS = frozenset("عنه منه فيه له به".split())
_ADJ_HEADS = _n(_ADJ_HEAD_WORDS)
_SAYING = _n(
    "مؤكدة مشيرة موضحة مضيفة لافتة معتبرة متهمة مطالبة محذرة مؤكدا مشيرا موضحا مضيفا لافتا"
)
_TAFIL = re.compile(r"^ت[^\W\d_]{2}ي[^\W\d_]$").match  # تفكيك، تمشيط، تدمير
_SETTLEMENT_HEADS = _n("قرية بلدة مدينة حي مخيم ناحية تل وادي شارع منطقة جرود")
# first words of multi-word place names (تل تمر، عين عيسى، دير حافر)
_NAME_PREFIXES = _n(
    "تل عين دير أبو ابو بئر رأس راس جسر خربة كفر بيت أم ام مرج قصر حمام باب معرة جب خان بني "
    "سيدي ذات عرب مزرعة حزم عيون تلة وادي الشيخ شيخ السيدة مركز ضاحية خراب حاوي"
)
# adjectives that may follow a place name inside the phrase
_PLACE_ADJ = _n(
    "الشرقي الشرقية الغربي الغربية الشمالي الشمالية الجنوبي الجنوبية الأوسط الوسطى "
    "النفطي النفطية الغازي الدولي الدولية العسكري العسكرية الحدودي الحدودية الجوي الجوية "
    "البحري البحرية المحتل المحتلة القديمة القديم الجديدة الكبير الكبرى الصغير الصغرى "
    "الكبيرة الصغيرة الفوقاني الفوقانية التحتاني التحتانية "
    "الشرقيين الغربيين الشماليين الجنوبيين المركزي المركزية الصناعية الصناعي"
)
_DIR_ADJ = {
    norm("الشرقي"): "east",
    norm("الشرقية"): "east",
    norm("الغربي"): "west",
    norm("الغربية"): "west",
    norm("الشمالي"): "north",
    norm("الشمالية"): "north",
    norm("الجنوبي"): "south",
    norm("الجنوبية"): "south",
}
_COMPASS = {
    norm(k): v
    for k, v in {
        "شمال": "north",
        "شمالي": "north",
        "جنوب": "south",
        "جنوبي": "south",
        "شرق": "east",
        "شرقي": "east",
        "غرب": "west",
        "غربي": "west",
        "وسط": "central",
    }.items()
}
# bare facility references -> the place kinds they can stand for
_BARE = {
    norm("الحقل"): ("oilfield", "gasfield"),
    norm("المطار"): ("airport", "airbase"),
    norm("القاعدة"): ("base", "airbase"),
    norm("المدينة"): ("city", "town"),
    norm("البلدة"): ("town", "village"),
    norm("القرية"): ("village",),
    norm("المعبر"): ("crossing",),
    norm("المنفذ"): ("crossing",),  # the last named border post («منفذ القائم»)
    norm("المخيم"): ("camp",),
    norm("السد"): ("dam",),
    norm("النهر"): ("river",),  # the last named river (نهر الفرات)
    norm("المنطقة"): (),  # the last named place that is not a country (near enough)
    norm("الطريق"): ("road",),  # the last named road (الطريق الدولي "إم 4")
    norm("المحافظة"): ("governorate",),  # not «المحافظة على» (preserving)
    norm("القضاء"): ("district",),  # only after «قضاء X» (else the judiciary)
    norm("البلاد"): ("country",),  # the last country named: «انسحاب القوات من البلاد»
    norm("المصفاة"): ("refinery",),
    norm("الملعب"): ("stadium",),
    norm("السجن"): ("prison",),
    norm("المعسكر"): ("camp",),
    norm("العاصمة"): ("city",),  # only the last named capital (دمشق، بغداد)
    norm("الجرود"): ("outskirts",),
    norm("الحي"): ("district",),  # only after «حي X» (the last named quarter)
    norm("النقطة"): ("area",),  # only after «نقطة X» (the last named post)
    norm("التلة"): ("hill",),  # the last named hill («تلة موسى» ... «انسحبوا من التلة»)
    norm("الجبل"): ("mountain",),
    norm("الناحية"): ("district",),  # only after «ناحية X»
    norm("التل"): ("hill",),  # only after «تل X» («تل الحارة» ... «فوق التل»)
    norm("الحاجز"): ("checkpoint",),  # only after «حاجز X»
    norm("الوادي"): ("valley",),  # only after «وادي X»
    norm("القلعة"): ("castle",),  # the last named castle («قلعة الحصن» ... «أسوار القلعة»)
    # only after «مجمع X» or «المجمع الحكومي» (a compound or a collective town)
    norm("المجمع"): ("area", "town"),
}
_W_HAYY = norm("الحي")
# bare references that need their antecedent to start with the same head noun
_SAME_HEAD = {
    norm("الحي"): norm("حي"),
    norm("النقطة"): norm("نقطة"),
    norm("الناحية"): norm("ناحية"),
    norm("التل"): norm("تل"),
    norm("الحاجز"): norm("حاجز"),
    norm("الوادي"): norm("وادي"),
    norm("المجمع"): norm("مجمع"),
}
_W_QADAA = norm("القضاء")
_W_QADAA_HEAD = norm("قضاء")
_AREA_REACH = 600  # «المنطقة» refers to a place named at most this many characters before
_W_BILAD = norm("البلاد")
# strikes «على» a name make it a place: الغارة على X، هجوم صاروخي على X
_STRIKE_NOUNS = _n("الغارة الغارات غارة غارات الهجوم هجوم الهجمات هجمات القصف قصف الضربة ضربة")
_W_BISM = norm("باسم")
# days after a bare reference are no adjective of it: «قرب الحقل الأربعاء»
_WEEKDAYS = _n("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة")
_W_MUHAFAZA_DEF = norm("المحافظة")
_W_ALA = norm("على")
# nouns that are not names (after an open head, as a person name, ...)
_NOT_NAME = _n(
    "في من إلى الى على عن مع بعد قبل عند منذ حتى خلال ضد بين نحو عبر قرب داخل خارج حول "
    "الذي التي الذين هذا هذه ذلك تلك هناك هنا كان كانت قد لقد لم لن لا ما إن أن ان أنه "
    "أنها التابعة التابع الواقعة الواقع المحيطة المحيط القريبة القريب المجاورة المجاور "
    "المطلة المطل المشرفة المشرف المحاذية المحاذي المتاخمة المتاخم "
    "عسكرية عسكري آمنة امنة عازلة سكنية سكني كبيرة كبير صغيرة صغير واسعة جديدة جديد "
    "أخرى آخر اخرى اخر عدة بعض كل أي نفسها نفسه ذاتها ذاته أيضا أيضاً وهو وهي هو هي "
    "الثالثة الثاني الثانية الأولى الأول سابقا سابقاً حاليا اليوم أمس غدا الماضي "
    "الحدود الحدودية المنطقة المدينة البلدة القرية أو او ثم وقد فقد لكن لكن بل إذ اذ "
    "دولة الدولة لجنة اللجنة شركة الشركة حركة الحركة نادي النادي اللتين اللذين اللتان اللذان "
    # «مناطق سيطرته»، «مناطق نفوذها»، «منطقة انتشارها»: whose areas, not a name
    "سيطرة سيطرته سيطرتها سيطرتهم نفوذ نفوذه نفوذها نفوذهم انتشار انتشاره انتشارها انتشارهم "
    "تواجد تواجده تواجدها وجود وجوده وجودها وجودهم عملياته عملياتها عملياتهم"
)
_PLACE_LOC_PREPS = _n(
    "في إلى الى من نحو داخل خارج عبر قرب حدود أراضي اراضي مناطق منطقة شمال جنوب شرق غرب "
    "شمالي جنوبي شرقي غربي وسط أنحاء انحاء جانب حول باتجاه اتجاه أجواء اجواء سماء "
    "زار يزور سيزور تزور ستزور زيارة لزيارة وصل وصلت يصل تصل غادر غادرت يغادر تغادر "
    "توجه توجهت يتوجه قدم قادما قادمة مطار سفارة سفير السفير العاصمة "
    # the edges of a place, a direction, entering and taking it: «في محيط الميادين»،
    # «من جهة القائم»، «حتى القائم»، «تدخل الميادين»، «تحرير القائم»
    "محيط أطراف اطراف ضواحي مشارف تخوم حتى جهة دخول دخل دخلت تدخل يدخل دخلوا اقتحام تحرير"
)
# verbs and verbal nouns whose subject is an acting state (masc./fem. forms)
_ACT_BEFORE = _n(
    "بدأت بدأ بدء أعلنت أعلن إعلان قالت قال أكدت أكد نفت نفى هددت هدد حذرت حذر اتهمت اتهم "
    "طالبت طالب رفضت رفض وافقت وافق قررت قرر أرسلت أرسل إرسال دفعت دفع سحبت سحب نشرت نشر "
    "شنت شن قصفت قصف هاجمت هاجم استهدفت استهدف أطلقت أطلق أنهت أنهى استكملت استكمل "
    "واصلت واصل تواصل باشرت باشر عززت عزز تعزيز تدخل تدخلت دخلت دخل انسحبت انسحب انسحاب "
    "توصلت توصل اتفقت اتفق تعهدت تعهد أبلغت أبلغ أبدت أبدى دعت دعا تدعو يدعو ترفض يرفض "
    "تسعى يسعى تحاول يحاول تريد يريد تعتزم يعتزم تواصل يواصل تدعم يدعم دعمت دعم تستعد "
    "يستعد أقامت أقام أنشأت أنشأ تنشر ينشر تسحب يسحب ترسل يرسل تشن يشن قامت قام قيام "
    "سيطرت سيطر تسيطر يسيطر فرضت فرض فرضها عرضت عرض اقترحت اقترح ردت رد سعت سعى "
    "أجرت أجرى نفذت نفذ تنفذ ينفذ ساهمت ساهم لجأت لجأ تمكنت تمكن استعادت استعاد "
    "كانت كان هجوم هجمات دعم سيطرة قرار اتفاق تهديد تهديدات ضربات غارات عملية قوات "
    "موقف رد ردت ترد يرد حاولت حاول أعادت أعاد تتهم يتهم منعت منع تمنع يمنع "
    "أسقطت أسقط تسقط يسقط أدانت أدان تدين يدين احتجت احتج قيادة سير سيرت تسير يسير "
    # a call or plea addressed to a state (داعيا بغداد وأربيل إلى ...), a state leading
    # or backing something (التحالف الذي تقوده واشنطن)
    "داعيا داعية مطالبا مطالبة ناشد ناشدت يناشد تناشد مناشدا حاثا حث حثت يحث تحث "
    "تقوده يقوده تقودها يقودها تدعمه يدعمه تدعمها يدعمها "
    # the subject of a verbal noun before its object: «إطلاق تركيا عملية "نبع السلام"»
    "إطلاق شن تنفيذ "
    # consent, a request, a warning or blame addressed to a state; a state's fears:
    # «بموافقة دمشق»، «بطلب من أنقرة»، «محذراً دمشق»، «حمّلت ... واشنطن المسؤولية»
    "بموافقة موافقة محذرا محذرة مخاوف انشغال إسقاط"
)
_ACT_AFTER = _n(
    "تشن يشن شنت شن تقصف يقصف قصفت تهاجم يهاجم هاجمت تعلن يعلن أعلنت أعلن تدفع يدفع دفعت "
    "دفع ترسل يرسل أرسلت أرسل تنشر ينشر نشرت نشر تسحب يسحب سحبت سحب تسيطر يسيطر سيطرت "
    "ترفض يرفض رفضت رفض تطالب يطالب طالبت طالب تهدد يهدد هددت هدد تتهم يتهم اتهمت اتهم "
    "قالت قال تقول يقول أكدت أكد تؤكد يؤكد نفت نفى تنفي ينفي بدأت بدأ تبدأ يبدأ تعتزم يعتزم "
    "تسعى يسعى تحاول يحاول تريد يريد ستعلن سيعلن ستبدأ سيبدأ ستسحب سيسحب تدعم يدعم دعمت "
    "قررت قرر تقرر يقرر وافقت وافق توافق يوافق استهدفت استهدف تستهدف يستهدف أنهت أنهى "
    "استكملت استكمل عززت عزز تعزز يعزز تواصل يواصل واصلت واصل أطلقت أطلق تطلق يطلق"
)
_DATELINE = re.compile(r"[ \t]*(?:[-–—:ـ/]|\(|،)")
# a dateline with the outlet first: «السومرية نيوز/ بغداد»، «العربية.نت - دبي»
_DATELINE_AFTER = re.compile(r"[-–—:/][ \t]*$")
_ADJ_COUNTRY = _n("سورية")  # country names that are also feminine adjectives
_ADJ_COUNTRY_PREPS = _n("مع عن على حتى")
# ... and accusative masculine ones after an indefinite counted noun: «33 جنديا تركيا»
_ACC_COUNTRY = _n("تركيا سوريا روسيا")
_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
_W_MIN = norm("من")
_W_QIYADA = norm("قيادة")
_W_AMALIYAT = norm("عمليات")
# plural nouns of armed groups that a backer may follow
_BACKED_HEADS = _n(
    "ميليشيات مليشيات ميليشيا مليشيا مجموعات جماعات فصائل الميليشيات المليشيات "
    "المجموعات الجماعات الفصائل مسلحين مسلحون المسلحين المسلحون قوات عناصر"
)
_LINKED = _n("مرتبطة مرتبط مرتبطين مرتبطون المرتبطة المرتبط المرتبطين المرتبطون")
# Iran-backed militias are their own actor (not Iranian forces); Turkish-backed factions
# are the opposition (FSA, the Syrian National Army)
# (groups loyal to the Syrian government are militias of their own: «قوات موالية للحكومة
# السورية»، «الميليشيات الموالية لها»)
_BACKED = {
    "IR": "OTHER:iran-backed-militias",
    "TR": "FSA",
    "RU": "RU",
    "SY_GOV": "OTHER:pro-government-militias",
}
_W_BIDAAM = norm("بدعم")
_GROUP_ADJ = _n(
    "مسلحة المسلحة عراقية العراقية سورية السورية إرهابية الإرهابية فلسطينية شيعية محلية"
)
# relative pronouns are not adjectives: «التحالف الذي تقوده واشنطن» is the coalition
_RELATIVE = _n("الذي التي الذين اللذين اللتين اللواتي اللاتي")
_THAT = _n("أن إن بأن لأن وأن وإن")
# supporters: المدعومة من إيران، الموالية لروسيا، التابعة لتركيا
_SUPPORT = _n(
    "المدعومة المدعوم المدعومين المدعومون الموالية الموالي الموالين الموالون التابعة التابع "
    "التابعين التابعون حليفة حليف حلفاء بدعم دعم المقربة المقرب مدعومة مدعوم مدعومين "
    "مدعومون موالية موالي موالين موالون تابعة تابع تابعين "
    "المساندة المساند المساندين مساندة مساند مساندين الرديفة الرديف رديفة"
)
# «الموالين لها»: the backer is the actor named just before
_BACKER_PRONOUNS = _n("له لها لهم لهما منه منها منهم به بها بهم بهما")
# titles and roles before a person's name (the title is not in the span)
_TITLES = _n(
    "وزير الوزير وزيرة رئيس الرئيس رئيسة نائب المتحدث المتحدثة الناطق الناطقة المبعوث "
    "المبعوثة مبعوث العميد اللواء العقيد المقدم الرائد النقيب الملازم العماد الفريق الجنرال "
    "الشيخ القائد قائد زعيم الزعيم السفير سفير مستشار المستشار المسؤول مسؤول الصحافي "
    "الصحفي الكاتب الباحث الناشط الإعلامي المحلل الخبير الدكتور السيد السيدة الملك الأمير "
    "المرشد المحامي مراسل المراسل مدير المدير القيادي قيادي أمير والي الوالي الأدميرال "
    "النائب المفوض الأمين أمين الحاكم محافظ المحافظ عضو العضو مساعد المساعد ممثل الممثل "
    "المنسق منسق المقرر مقرر رئيسي المتحدثين الجندي القاضي الكولونيل الرقيب العريف "
    "قائممقام قائمقام القائممقام القائمقام "
    "المشير الأدميرال الجنرال نظيره نظيرته نظيرها نظيريه المندوب المندوبة مندوب"
)
# verbs of saying and meeting, often followed by a name: وقال جيمس جيفري إن
_SPEECH = _n(
    "قال قالت أعلن أعلنت أكد أكدت أضاف أضافت أوضح أوضحت دعا دعت التقى التقت رحب رحبت "
    "بحث بحثت صرح صرحت أشار أشارت ظهر ظهرت اعتبر اعتبرت رأى رأت طالب طالبت كشف كشفت "
    "نفى نفت حذر حذرت هدد هددت زار زارت استقبل استقبلت اجتمع اجتمعت أفاد أفادت ذكر ذكرت "
    "كتب كتبت غرد غردت شدد شددت أبلغ أبلغت يقول تقول وصف وصفت"
)
# words allowed between a title and the name (وزير الدفاع الأميركي مارك إسبر)
_TITLE_MOD = _n(
    "الدفاع الخارجية الداخلية الحكومة الوزراء الأركان السابق الأسبق السابقة العام العامة "
    "الأعلى الخاص الخاصة الأممي الأممية الإعلامي الرسمي الرسمية باسم الميداني العسكري "
    "العسكرية الأمني الأمنية المركزية القيادة العمليات الجمهورية البلاد هيئة مجلس الشعب "
    "البرلمان الأمن القومي الوطني الوطنية الإدارة الإعلام المكتب السياسي السياسية "
    "التنفيذي التنفيذية الدولي الدولية العليا الأول الثاني للأمم المتحدة الأمم للشؤون "
    "الشؤون شؤون الإنسانية للأمن لشؤون وزارة الأركان حزب الحزب العدل المالية النفط "
    "الطاقة الاستخبارات المخابرات جهاز الجيش القوات قوات الشرطة أركان العامة الجديد "
    "الحالي لحقوق الإنسان حقوق تحالف منظمة الأمريكي الأميركي عن لدى في "
    # «قائد عمليات دجلة الفريق الركن X»: the staff rank and the command
    "الركن ركن عمليات "
    # «المتحدث باسمه دانيال هاغاري»
    "باسمه باسمها باسمهم"
)
# heads of armed-group names: فصيل "جيش العزة"، مليشيا "وحدات حماية الشعب"
_GROUP_HEADS = _n(
    "فصيل فصائل ميليشيا مليشيا ميليشيات مليشيات لواء ألوية كتائب كتيبة حركة جماعة تنظيم "
    "فرقة جيش جبهة تجمع فيلق سرايا قوات مجموعة مجموعات"
)
# unit heads that take an unquoted name: لواء الباقر، فرقة الحمزة
_UNIT_HEADS = _n("لواء ألوية كتائب كتيبة سرايا فيلق فرقة")
# heads of organisation names: وكالة "سبوتنيك"، صحيفة "الوطن"
_ORG_HEADS = _n(
    "وكالة وكالات صحيفة جريدة قناة موقع شبكة إذاعة مجلة تلفزيون التلفزيون منظمة مركز "
    "المرصد مرصد هيئة جمعية مؤسسة"
)
_REPORTERS = _n("مراسل مراسلة مراسلو مراسلي موفد موفدة")
# «لـ"X"»، «لـ«X»»: a quoted name right after the preposition ل
_THAT_WORDS = _n("إن أن بأن ان")
_TOLD_QUOTED = re.compile('(?<![\u0621-\u064a])لـ?\\s*["«“]([^"»”\n]{2,30})["»”]')
# a source or statement before لـ+outlet (مصدر عسكري للميادين، في تصريح للجزيرة)
_TOLD = _n("مصدر مصادر مسؤول مسؤولون مسؤولين تصريح تصريحات حديث مقابلة بيان")
_ORG_FILLERS = _n("أنباء الأنباء شبكة الإخبارية الإخباري الإلكتروني الإلكترونية")
_ORG_OWNERS = _n("النظام الحكومة الدولة الاحتلال الميليشيا الحزب")
_WEAPON_CONJ = "و"

_TRANSLIT = str.maketrans(
    {
        "ا": "a",
        "ب": "b",
        "ت": "t",
        "ث": "th",
        "ج": "j",
        "ح": "h",
        "خ": "kh",
        "د": "d",
        "ذ": "dh",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "sh",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "z",
        "ع": "",
        "غ": "gh",
        "ف": "f",
        "ق": "q",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "a",
        "و": "w",
        "ي": "y",
        "ء": "",
    }
)


@functools.lru_cache(maxsize=16384)
def _slug(name: str) -> str:
    words = []
    for w in norm(name).split():
        w = "".join(ch for ch in w if ch.isalnum())
        if w.startswith("ال") and len(w) > 3:
            w = "al-" + w[2:]
        words.append(w.translate(_TRANSLIT))
    s = re.sub(r"[^a-z0-9]+", "-", "-".join(words)).strip("-")
    return s or "x"


# ------------------------------------------------------------------ helpers


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    type: str
    canonical: str | None
    conf: float
    prio: int = 0  # higher wins among equal lengths
    kind: str | None = None  # place kind, for bare references


@dataclass(slots=True)
class _Tok:
    start: int  # original offsets of the stem (after proclitics)
    end: int
    wstart: int  # start of the whole written word
    n: str  # normalised stem
    nw: str  # normalised whole word
    prefix: str  # normalised proclitics


_KNOWN: set[str] = set()


def _known() -> set[str]:
    if not _KNOWN:
        _KNOWN.update(_PLACE_HEADS, _TITLES, _COMPASS, _GROUP_HEADS, _ORG_HEADS)
        _KNOWN.update(_ACT_BEFORE, _ACT_AFTER, _BARE, _OPEN_HEADS, _BUILDING_WORDS)
        _KNOWN.update(norm(w) for w in ("حقول", "حقل", "آبار", "النفط", "الغاز"))
    return _KNOWN


@functools.lru_cache(maxsize=65536)
def _stem(word_n: str) -> tuple[str, str]:
    """(prefix, stem) of a normalised word: one plausible proclitic split."""
    if not word_n or word_n[0] not in "وفبكل":
        return "", word_n
    known = _known()
    if word_n not in known:
        for p in ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"):
            if word_n.startswith(p) and word_n[len(p) :] in known:
                return p, word_n[len(p) :]
    for p in ("وبال", "وال", "فال", "بال", "كال"):
        if word_n.startswith(p) and len(word_n) - len(p) >= 2:
            return p[:-2], word_n[len(p) - 2 :]
    for p in ("ولل", "فلل", "لل"):
        if word_n.startswith(p) and len(word_n) - len(p) >= 2:
            return p[:-1], "ا" + word_n[len(p) - 1 :]
    return "", word_n


# words of the normalised text: Arabic letters (and Persian/Urdu ones), Latin, digits;
# an explicit class is faster than [^\W_] (Unicode category look-ups)
_WORD_CHARS = "\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06fa-\u06ffa-zA-Z0-9\u00c0-\u024f"
_NTOKEN_SPLIT = re.compile(f"([{_WORD_CHARS}]+)")


# rule triggers: a bit per rule, looked up once per distinct word (see _Index)
R_NAT, R_HEAD, R_OIL, R_COMPASS, R_GROUP, R_UNIT, R_QIYADA, R_BACKED = range(8)
R_BARE, R_PLURAL, R_TITLE, R_FIRST, R_SPEECH, R_COUNCIL = range(8, 14)
_NRULES = 14


def _word_info(g: Gazetteer, nw: str) -> tuple[str, str, int]:
    """(prefix, stem, rule bits) of a normalised word."""
    prefix, stem = _stem(nw)
    bits = 0
    if stem in g.nationality:
        bits |= 1 << R_NAT
    if stem in _PLACE_HEADS:
        bits |= 1 << R_HEAD
    if stem in (_W17, _W16, _W0, _W3):
        bits |= 1 << R_OIL
    if stem in _COMPASS:
        bits |= 1 << R_COMPASS
    if stem in _GROUP_HEADS or stem in _ORG_HEADS:
        bits |= 1 << R_GROUP
    if stem in _UNIT_HEADS:
        bits |= 1 << R_UNIT
    if stem == _W_QIYADA:
        bits |= 1 << R_QIYADA
    if stem in _BACKED_HEADS:
        bits |= 1 << R_BACKED
    if stem in _BARE:
        bits |= 1 << R_BARE
    if stem in _PLURAL_HEADS:
        bits |= 1 << R_PLURAL
    if stem in _TITLES:
        bits |= 1 << R_TITLE
    if stem in g.first_names and stem not in g.common_words:
        bits |= 1 << R_FIRST
    if stem in _SPEECH or nw in _SPEECH:
        bits |= 1 << R_SPEECH
    if stem in _COUNCIL or stem in _DIRECTORATE:
        bits |= 1 << R_COUNCIL
    return prefix, stem, bits


_WORDS: dict[int, dict[str, tuple[str, str, int]]] = {}


def _tokens(text: str, nt: Normalized) -> list[_Tok]:
    """Words of the normalised text with their original offsets (stem after proclitics)."""
    return list(_index(text, nt, get_gazetteer())[0])


class _Tokens(dict):
    """The words of a text: ``toks[i]`` is the :class:`_Tok` of word ``i``, ``len(toks)``
    their number (negative indices count from the end, as in a list).

    A dict filled on first access: the rules look only at the words around their
    trigger words (about a quarter of them), so most token objects are never made.
    """

    __slots__ = ("_n", "_nstarts", "_words", "_infos", "_to")

    def __init__(self, nstarts: list[int], words: list[str], infos: list, to) -> None:
        self._n = len(words)
        self._nstarts = nstarts  # normalised offsets of the words
        self._words = words
        self._infos = infos  # (prefix, stem, rule bits) of each word
        self._to = to  # normalised -> original offsets

    def __len__(self) -> int:
        return self._n

    def __iter__(self):  # the tokens in order, as a list would give them (not the keys)
        return (self[i] for i in range(self._n))

    def __missing__(self, i: int) -> _Tok:
        k = i + self._n if i < 0 else i
        if not 0 <= k < self._n:
            raise IndexError("token index out of range")
        ws, word, to = self._nstarts[k], self._words[k], self._to
        prefix, stem, _ = self._infos[k]
        tok = _Tok(to[ws + len(prefix)], to[ws + len(word) - 1] + 1, to[ws], stem, word, prefix)
        self[i] = tok
        return tok


_GET1, _GET2 = itemgetter(1), itemgetter(2)
_COREF_WEAK = frozenset(("coref", "weak"))
_START_END = attrgetter("start", "end")
_RULES_OF: dict[int, tuple[int, ...]] = {}  # rule bits -> the rules set in them


def _index(text: str, nt: Normalized, g: Gazetteer):
    """Tokens, and for each rule the indices of the tokens that trigger it.

    Built with C-level passes (regex split, map, accumulate) and one word-info
    lookup per distinct word; token objects are made only when a rule looks at
    them (:class:`_Tokens`)."""
    words_info = _WORDS.get(id(g))
    if words_info is None:
        _WORDS.clear()
        words_info = _WORDS[id(g)] = {}
    elif len(words_info) > 200_000:
        words_info.clear()
    pieces = _NTOKEN_SPLIT.split(nt.text)  # [sep, word, sep, word, ..., sep]
    words = pieces[1::2]
    infos = list(map(words_info.get, words))
    if None in infos:  # words not seen before
        for k in [k for k, inf in enumerate(infos) if inf is None]:
            inf = words_info.get(words[k])
            if inf is None:
                inf = words_info[words[k]] = _word_info(g, words[k])
            infos[k] = inf
    nstarts = list(accumulate(map(len, pieces)))[0:-1:2]
    to = nt.to_orig
    wstarts = list(map(to.__getitem__, nstarts))  # original offsets of the word starts
    stems = list(map(_GET1, infos))
    trig: list[list[int]] = [[] for _ in range(_NRULES)]
    rules_of = _RULES_OF
    for k in compress(range(len(infos)), map(_GET2, infos)):
        bits = infos[k][2]
        rules = rules_of.get(bits)
        if rules is None:
            rules = rules_of[bits] = tuple(r for r in range(_NRULES) if bits >> r & 1)
        for r in rules:
            trig[r].append(k)
    return _Tokens(nstarts, words, infos, to), trig, wstarts, stems, words


def _only_space(text: str, a: int, b: int) -> bool:
    return a <= b and not text[a:b].strip()


def _quoted_after(text: str, pos: int, max_words: int = 6) -> tuple[int, int] | None:
    """A quoted name starting at ``pos`` (after spaces): (inner start, inner end)."""
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] not in _QUOTES or text[i] in "»”":
        return None  # (a closing mark opens nothing)
    j = i + 1
    while j < len(text) and text[j] not in _QUOTES and text[j] != "\n" and j - i < 80:
        j += 1
    if j >= len(text) or text[j] not in _QUOTES:
        return None
    inner = text[i + 1 : j]
    if not inner.strip() or len(inner.split()) > max_words:
        return None
    return i + 1, j


_QUOTED_RE = re.compile('["«“]([^"«»“”\n]{5,60})["»”]')
# heads that begin the name of an armed group (the name is quoted whole)
_QUOTED_GROUP_HEADS = _n(
    "وحدات قوات لواء ألوية كتائب كتيبة سرايا فيلق جيش حركة جبهة فصيل جماعة ميليشيا مليشيا"
)
_NAME_STOPS = _n("في من على إلى الى عن مع لا لم لن قد أن إن التي الذي")


def _quoted_groups(text: str, g: Gazetteer) -> list[_Cand]:
    """«"وحدات مقاومة X"»: 2-4 words, a group head first, no preposition or particle
    (a quoted statement is not a name); a known actor keeps its id."""
    out = []
    for qm in _QUOTED_RE.finditer(text):
        inner = qm.group(1)
        words = inner.split()
        if not 2 <= len(words) <= 4 or words[0] != inner[: len(words[0])]:
            continue
        nws = [_cnorm(w) for w in words]
        if nws[0] not in _QUOTED_GROUP_HEADS or any(w in _NAME_STOPS for w in nws):
            continue
        if any(ch.isdigit() for ch in inner):
            continue
        ents = g.lookup(inner)
        known = next((e for e in ents if e.type == "ACTOR"), None)
        if known is None and ents:
            continue
        canon = known.canonical if known else "OTHER:" + _slug(inner.strip())
        out.append(_Cand(qm.start(1), qm.end(1), "ACTOR", canon, 0.6, 2))
    return out


_COUNCIL = _n("مجلس المجلس مركز")
_DIRECTORATE = _n("مديرية")
# public services a directorate is of (civil bodies: ORG)
_SERVICES = _n(
    "الصحة التربية التعليم الزراعة الأوقاف الإعلام الكهرباء المياه النقل الشؤون الصناعة "
    "التجارة الاقتصاد المالية الخدمات الإسكان البيئة الثقافة الرياضة"
)
_CIVIL = _n("المدني المحلي الإعلامي")
_MILITARY = _n("العسكري")
_W_IN = norm("في")
_W_ALMAJLIS = norm("المجلس")
_W_MARKAZ = norm("مركز")
_W_MUHAFAZA = norm("محافظة")
_FREE = _n("الحرة المحررة")  # «حلب الحرة»: the opposition's name of its areas


def _place_at(text: str, toks, match_at, j: int) -> tuple[int, int] | None:
    """(end, next token index) of a known place starting at token ``j`` (its stem)."""
    if j >= len(toks):
        return None
    tk = toks[j]
    if tk.n in _SETTLEMENT_HEADS or tk.n == _W_MUHAFAZA:  # في مدينة إدلب
        if j + 1 >= len(toks) or text[tk.end : toks[j + 1].wstart] != " ":
            return None
        j += 1
        tk = toks[j]
    m = match_at.get(tk.start)
    if m is None and tk.nw[:1] in "بل":  # بإدلب، لحلب
        m = match_at.get(tk.wstart + 1)
    if m is None or m.first("LOCATION") is None:
        return None
    k = j + 1
    while k < len(toks) and toks[k].start < m.end:
        k += 1
    return m.end, k


def _councils(text: str, g: Gazetteer, toks, match_at, idxs: list[int]) -> list[_Cand]:
    """«مجلس <place> المدني/المحلي» and «المجلس المحلي في <place>» are ORG, «مجلس
    <place> العسكري» an armed group; «مديرية <service> [في <place> [الحرة]]» an ORG."""
    out: list[_Cand] = []
    for i in idxs:
        t = toks[i]
        if t.prefix not in ("", "و", "ل", "ب", "ف") or i + 1 >= len(toks):
            continue
        nx = toks[i + 1]
        if nx.prefix or text[t.end : nx.wstart] != " ":
            continue
        typ = "ORG"
        if t.n in _DIRECTORATE and "ال" + nx.n in _SERVICES and i + 2 < len(toks):
            # «مديرية صحة إدلب الحرة»: the service in construct with its place
            pl = _place_at(text, toks, match_at, i + 2)
            if pl is None or text[nx.end : toks[i + 2].wstart] != " ":
                continue
            end, k = pl
            if k < len(toks) and toks[k].n in _FREE and _only_space(text, end, toks[k].wstart):
                end = toks[k].end
            name = text[t.start : end]
            out.append(_Cand(t.start, end, "ORG", _slug(name), 0.7, 2))
            continue
        if t.n in _DIRECTORATE or t.n == _W_ALMAJLIS:
            if t.n in _DIRECTORATE and nx.n not in _SERVICES:
                continue
            if t.n == _W_ALMAJLIS and nx.n not in _CIVIL:
                continue
            end, j = nx.end, i + 2
            # في حلب، بإدلب، لمدينة دير الزور
            if j < len(toks) and toks[j].n == _W_IN and text[end : toks[j].wstart] == " ":
                pl = _place_at(text, toks, match_at, j + 1)
            elif j < len(toks) and text[end : toks[j].wstart] == " ":
                pl = _place_at(text, toks, match_at, j)
                if pl is not None and toks[j].nw[:1] not in "بل":
                    pl = None  # «مديرية الصحة حلب»: no preposition, not this phrase
            else:
                pl = None
            if pl is not None:
                end, k = pl
                if k < len(toks) and toks[k].n in _FREE and _only_space(text, end, toks[k].wstart):
                    end = toks[k].end
        else:
            pl = _place_at(text, toks, match_at, i + 1)
            if pl is None:
                continue
            end, k = pl
            if k >= len(toks) or toks[k].prefix or text[end : toks[k].wstart] != " ":
                continue
            if toks[k].n in _CIVIL:
                end = toks[k].end
            elif toks[k].n in _MILITARY and t.n != _W_MARKAZ:
                end, typ = toks[k].end, "ACTOR"
            else:
                continue
        name = text[t.start : end]
        known = next((e for e in g.lookup(name) if e.type == typ), None)
        if known is not None:
            canon = known.canonical
        else:
            canon = ("OTHER:" if typ == "ACTOR" else "") + _slug(name)
        out.append(_Cand(t.start, end, typ, canon, 0.7, 3))
    return out


def _is_name_like(g: Gazetteer, n: str) -> bool:
    if len(n) < 2 or n in _NOT_NAME:
        return False
    if not any("\u0621" <= ch <= "\u064a" for ch in n):
        return False
    return n not in g.common_words or n in g.first_names


# ------------------------------------------------------------------ main

# normalised words used by the rules below
_W0 = norm("آبار")
_W1 = norm("أبو")
_W_ABD = norm("عبد")
_W_DIN = norm("الدين")
_W2 = norm("أبي")
_W3 = norm("ابار")
_W4 = norm("ابن")
_W5 = norm("الحدود")
_W6 = norm("الحدودي")
_W7 = norm("الدولي")
_W8 = norm("السريع")
_W9 = norm("الطريق")
_W10 = norm("الغاز")
_W11 = norm("النفط")
_W12 = norm("بدعم")
_W13 = norm("بن")
_W14 = norm("تنظيم")
_W15 = norm("حدود")
_W16 = norm("حقل")
_W17 = norm("حقول")
_W18 = norm("ضد")
_W19 = norm("عبد")
_W20 = norm("قد")
_W21 = norm("قوات")
_W22 = norm("لم")
_W23 = norm("لن")
_W24 = norm("مجموعة")
_W25 = norm("مع")
_BORDER_SIDES = _n("الشمالية الجنوبية الشرقية الغربية المشتركة الدولية البرية الطويلة")
_W26 = norm("من")
_W27 = norm("وسط")


def find_entities(
    text: str, nt: Normalized, sents: list[Sentence], source: str | None = None
) -> list[Entity]:
    """Return entities ordered by start, ids m1, m2, ... ``source`` is the outlet that
    published the article (its metadata): where the text names it as an outlet, it is an
    ORG."""
    if not text:
        return []
    g = get_gazetteer()
    toks, trig, wstarts, stems, words = _index(text, nt, g)
    matches = g.match(nt)
    cands: list[_Cand] = []
    bisect_right = bisect.bisect_right

    def tok_containing(pos: int) -> int | None:
        """The token that starts (stem or word) at ``pos`` or contains it."""
        k = bisect_right(wstarts, pos) - 1
        if k >= 0 and pos < toks[k].end:
            return k
        return None

    match_at = {m.start: m for m in matches}

    # ---- gazetteer matches
    plain = _PLAIN.get(id(g))
    if plain is None:
        _PLAIN.clear()
        plain = _PLAIN[id(g)] = {}
    for m in matches:
        pc = plain.get(m.key, _UNSEEN)
        if pc is _UNSEEN:
            pc = plain[m.key] = _plain_cand(g, m)
        if pc is None:
            cands.extend(_from_match(text, g, m, toks, tok_containing, cands, matches))
        elif pc:
            cands.append(_Cand(m.start, m.end, *pc))

    # ---- coordinated nationality: القوات الروسية والتركية -> التركية is TR
    actor_end = {c.end: c for c in cands if c.type == "ACTOR"}
    for i in trig[R_NAT]:
        if i == 0 or words[i][0] != "و":
            continue
        t = toks[i]
        if t.prefix != "و":
            continue
        prev_c = actor_end.get(toks[i - 1].end)
        if prev_c is not None and text[toks[i - 1].end : t.wstart] == " ":
            aid = g.nationality[t.n][0]
            c = _Cand(t.start, t.end, "ACTOR", aid, 0.7, 1)
            cands.append(c)
            actor_end[c.end] = c

    # ---- head-noun place phrases
    for i in trig[R_HEAD]:
        kind = _PLACE_HEADS[toks[i].n]
        c = _place_phrase(text, g, toks, i, kind, match_at)
        if c is None and toks[i].n in _DEF_FACILITIES:
            c = _facility_adj(text, g, toks, i, kind)
        elif c is None and toks[i].n == _W_AHYA:
            c = _quarters(text, g, toks, i, cands)
        elif c is None and toks[i].n in _HEAD_OF_BARE and i + 1 < len(toks):
            # منطقة المخيم، طريق السد: an area or road named by a facility noun
            nx = toks[i + 1]
            if (
                nx.n in _BARE
                and not nx.prefix
                and toks[i].prefix in ("", "و", "ب", "ل", "ف")
                and text[toks[i].end : nx.wstart] == " "
            ):
                span = text[toks[i].start : nx.end]
                c = _Cand(toks[i].start, nx.end, "LOCATION", _slug(span), 0.55, 0, kind)
        if c:
            cands.append(c)

    # ---- coordinated names after plural and dual heads: بلدات الشحيل والبصيرة والطيانة
    cands.extend(_coordinated(text, g, toks, match_at, trig[R_PLURAL]))

    # ---- utility stations: محطة الضخ، محطة كهرباء X، محطة التحويل الكهربائية
    if _W_MAHATTA in nt.text:
        cands.extend(_stations(text, toks, words, cands))

    # ---- oil fields in general: حقول النفط، حقول النفط والغاز
    for i in trig[R_OIL]:
        t = toks[i]
        if i + 1 < len(toks) and toks[i + 1].n in (
            _W11,
            _W10,
        ):
            if _only_space(text, t.end, toks[i + 1].wstart):
                end = toks[i + 1].end
                if (
                    i + 2 < len(toks)
                    and toks[i + 2].prefix == "و"
                    and toks[i + 2].n
                    in (
                        _W10,
                        _W11,
                    )
                ):
                    end = toks[i + 2].end
                cands.append(_Cand(t.start, end, "LOCATION", "oilfields", 0.6, 1, "oilfield"))

    # ---- compass phrases: شمال شرق سورية
    # start -> (the first longest LOCATION candidate there, its rank in cands)
    loc_at: dict[int, tuple[_Cand, int]] = {}
    for k, c in enumerate(cands):
        if c.type == "LOCATION":
            b = loc_at.get(c.start)
            if b is None or c.end > b[0].end:
                loc_at[c.start] = (c, k)
    for i in trig[R_COMPASS]:
        t = toks[i]
        d = _COMPASS[t.n]
        if t.prefix not in ("", "و", "ب", "ل", "ف"):
            continue
        j = i + 1
        dirs = [d]
        if j < len(toks) and toks[j].n in _COMPASS and toks[j].n != _W27:
            if _only_space(text, t.end, toks[j].wstart):
                dirs.append(_COMPASS[toks[j].n])
                j += 1
        if j >= len(toks) or not _only_space(text, toks[j - 1].end, toks[j].wstart):
            continue
        # the longest LOCATION candidate at the word or its stem (the first one on a tie)
        found = [ck for ck in (loc_at.get(toks[j].start), loc_at.get(toks[j].wstart)) if ck]
        target = min(found, key=lambda ck: (-ck[0].end, ck[1]))[0] if found else None
        if target is None:
            m = match_at.get(toks[j].start)
            if m and m.first("LOCATION"):
                target = _Cand(m.start, m.end, "LOCATION", m.first("LOCATION").canonical, 0.8)
        if target is None and toks[j].n == _W_BILAD and not toks[j].prefix:
            # شمال غربي البلاد، وسط البلاد: a region of the country the article is about
            country = next(
                (c.canonical for c in reversed(cands) if c.kind == "country" and c.end <= t.start),
                "country",
            )
            canon = "-".join(dirs) + "-" + (country or "country")
            canon = canon.replace("north-west", "northwest").replace("north-east", "northeast")
            canon = canon.replace("south-west", "southwest").replace("south-east", "southeast")
            cands.append(_Cand(t.start, toks[j].end, "LOCATION", canon, 0.7, 2, "region"))
            continue
        if target is None or toks[j].prefix:
            continue
        # compass + country is a region (شمال شرق سورية); compass + town or
        # governorate is relative to it: the place alone (جنوبي إدلب -> إدلب)
        tp = g.place(target.canonical) if target.canonical else None
        if target.kind != "country" and (tp is None or tp.kind != "country"):
            continue
        canon = "-".join(dirs) + "-" + (target.canonical or "x")
        canon = canon.replace("north-east", "northeast").replace("north-west", "northwest")
        canon = canon.replace("south-east", "southeast").replace("south-west", "southwest")
        cands.append(_Cand(t.start, target.end, "LOCATION", canon, 0.8, 2))

    # ---- armed groups and organisations: head noun + quoted name
    for k in trig[R_GROUP]:
        t = toks[k]
        if t.start > 0 and text[t.start - 1] in _QUOTES:
            continue  # «"المرصد" إن مقاتلين من "داعش"»: the head is quoted itself
        q = _quoted_after(text, t.end)
        # وكالة أنباء "هاوار"، موقع شبكة "X"
        if q is None and t.n in _ORG_HEADS and k + 1 < len(toks) and toks[k + 1].n in _ORG_FILLERS:
            q = _quoted_after(text, toks[k + 1].end)
            if q is None and k + 2 < len(toks) and toks[k + 2].n in _ORG_OWNERS:
                # وكالة أنباء النظام "سانا": the owner describes the agency, no actor
                q = _quoted_after(text, toks[k + 2].end)
                if q is not None:
                    o = toks[k + 2]
                    cands[:] = [c for c in cands if not (c.type == "ACTOR" and c.start == o.start)]
        if not q:
            continue
        qs, qe = q
        name = text[qs:qe]
        ents = g.lookup(name)
        if t.n in _GROUP_HEADS and not (t.n in _ORG_HEADS and not ents):
            known = next((e for e in ents if e.type == "ACTOR"), None)
            if known is not None:
                cands.append(_Cand(qs, qe, "ACTOR", known.canonical, 0.85, 3))
            elif not ents and t.n not in (_W21, _W14, _W24):
                cands.append(_Cand(qs, qe, "ACTOR", "OTHER:" + _slug(name), 0.6, 3))
            elif not ents:
                cands.append(_Cand(t.start, qe + 1, "ACTOR", "OTHER:" + _slug(name), 0.55, 3))
        elif t.n in _ORG_HEADS:
            known = next((e for e in ents if e.type == "ORG"), None)
            if known is not None or not any(e.type != "ORG" for e in ents):
                canon = known.canonical if known else _slug(name)
                cands.append(_Cand(qs, qe, "ORG", canon, 0.85 if known else 0.7, 3))

    # ---- «قال مصدر عسكري لـ"المربد"»: a quoted name told something is an outlet
    if "ل" in text:
        for tq in _TOLD_QUOTED.finditer(text):
            ts, te = tq.span(1)
            lead = text[max(0, tq.start() - 120) : tq.start()].split()[-10:]
            said = {_cnorm(w) for w in lead}
            said |= {w[1:] for w in said if w[:1] in "وف"}
            if said.isdisjoint(_TOLD) and said.isdisjoint(_SPEECH):
                continue
            tail = text[tq.end() : tq.end() + 6].split()
            # told what: «لـ"X" إن ...»
            if not tail or _cnorm(tail[0]) not in _THAT_WORDS:
                continue
            if g.lookup(text[ts:te]) or any(c.start < te and ts < c.end for c in cands):
                continue
            cands.append(_Cand(ts, te, "ORG", _slug(text[ts:te]), 0.6, 3))

    # ---- a quoted name that starts with a group head noun: "وحدات حماية الأيزيديين"
    if '"' in text or "«" in text or "“" in text:
        cands.extend(_quoted_groups(text, g))

    # ---- armed groups without quotes: لواء الباقر، فرقة السلطان مراد، سرايا الخراساني
    for i in trig[R_UNIT]:
        t = toks[i]
        if i + 1 >= len(toks) or t.prefix not in ("", "و", "ل", "ب"):
            continue
        nx = toks[i + 1]
        mn = match_at.get(nx.start)
        if mn is not None and any("amb" not in e.flags for e in mn.entries):
            continue
        if text[t.end : nx.wstart] != " " or nx.prefix:
            continue
        n = nx.n
        if n in _NOT_NAME or n in _PLACE_ADJ or n in g.nationality or len(n) < 3:
            continue
        end = nx.end
        n2 = toks[i + 2] if i + 2 < len(toks) else None
        construct = (
            n2 is not None
            and text[end : n2.wstart] == " "
            and not n2.prefix
            and not n.startswith("ال")
            and n2.n.startswith("ال")
            and len(n2.n) > 3
            and not n2.n.endswith("يه")
            and n2.n not in _PLACE_ADJ
            and n2.n not in g.nationality
            and n2.n not in _NOT_NAME
        )
        if not construct and not (n.startswith("ال") and len(n) > 4) and not _is_name_like(g, n):
            continue
        if n in g.common_words and not n.startswith("ال") and not construct:
            continue
        if construct:
            end = n2.end  # كتائب سيف الحق، كتائب خطاب الشيشاني
        elif (
            n2 is not None
            and text[end : n2.wstart] == " "
            and not n2.prefix
            and not n2.n.startswith("ال")
            and _is_name_like(g, n2.n)
            and n2.n not in g.common_words
            and n2.start not in match_at
            # «فيلق الرحمن وأحرار الشام»: «و» + a known name is the next group
            and not (n2.nw[:1] == "و" and n2.wstart + 1 in match_at)
        ):
            end = n2.end
        cands.append(_Cand(t.start, end, "ACTOR", "OTHER:" + _slug(text[t.start : end]), 0.55, 0))

    # ---- Iraqi operations commands: قيادة عمليات نينوى، قيادة عمليات سامراء
    for i in trig[R_QIYADA]:
        t = toks[i]
        if (
            i + 2 >= len(toks)
            or toks[i + 1].n != _W_AMALIYAT
            or t.prefix not in ("", "و", "ل", "ب")
        ):
            continue
        nx = toks[i + 2]
        if text[t.end : toks[i + 1].wstart] != " " or text[toks[i + 1].end : nx.wstart] != " ":
            continue
        m = match_at.get(nx.start)
        if m is not None and m.first("ACTOR") is None and not nx.prefix:
            # «قيادة عمليات نينوى»، «قيادة عمليات الجزيرة» (a region, not the channel)
            end = m.end
        elif not nx.prefix and _is_name_like(g, nx.n):
            end = nx.end
        else:
            continue
        k = i + 3
        while k < len(toks) and toks[k].start < end:
            k += 1
        if (
            k < len(toks)
            and toks[k].prefix == "و"
            and text[end : toks[k].wstart] == " "
            and (toks[k].n in _BARE or _is_name_like(g, toks[k].n))
        ):
            end = toks[k].end  # «قيادة عمليات الجزيرة والبادية»
        cands.append(_Cand(t.start, end, "ACTOR", "IQ_GOV", 0.8, 3))

    # ---- groups backed by a state: ميليشيات مدعومة من إيران، فصائل موالية لتركيا
    for i in trig[R_BACKED]:
        # «فصائل مسلحة مدعومة من إيران»: an adjective may stand between
        j = i + 1 if i + 1 < len(toks) and stems[i + 1] in _GROUP_ADJ else i
        if j + 2 >= len(toks) or (stems[j + 1] not in _SUPPORT and stems[j + 1] not in _LINKED):
            continue
        t = toks[i]
        if t.prefix not in ("", "و", "ل", "ب"):
            continue
        if j > i and text[t.end : toks[j].wstart] != " ":
            continue
        sup = toks[j + 1]
        if (sup.n not in _SUPPORT and sup.n not in _LINKED) or sup.prefix:
            continue
        if text[toks[j].end : sup.wstart] != " ":
            continue
        k = j + 2
        if toks[k].n == _W_MIN and k + 1 < len(toks):
            k += 1
        st = toks[k]
        if st.nw in _BACKER_PRONOUNS and text[toks[k - 1].end : st.wstart] == " ":
            # المليشيات المساندة لها، المسلحين الموالين لها: the last actor before
            ante = None
            for c in cands:
                if c.type == "ACTOR" and c.end <= t.start and c.canonical:
                    if ante is None or c.end > ante.end:
                        ante = c
            if ante is None or "\n" in text[ante.end : t.start]:
                continue
            a_id = ante.canonical
            if a_id == _HOME_GOV:
                a_id = "SY_GOV"  # «القوات الحكومية والميليشيات الموالية لها»: pro-government
            canon = _BACKED.get(a_id) or "OTHER:" + a_id.lower().replace("other:", "") + (
                "-backed-groups"
            )
            cands.append(_Cand(t.start, st.end, "ACTOR", canon, 0.6, 3))
            continue
        m = match_at.get(st.start)
        if m is None and st.nw[:1] in "بل" and not st.prefix:
            m = match_at.get(st.wstart + 1)  # مرتبطة بإيران، الموالية لتركيا
        if m is None or text[toks[k - 1].end : st.wstart] != " ":
            continue
        a = m.first("ACTOR")
        if a is None:
            loc = m.first("LOCATION")
            a_id = g.country_actor.get(loc.canonical) if loc is not None else None
        else:
            a_id = a.canonical
        if not a_id:
            continue
        canon = _BACKED.get(a_id, a_id if a is not None and "state" not in a.flags else None)
        canon = canon or "OTHER:" + a_id.lower().replace("other:", "") + "-backed-groups"
        cands.append(_Cand(t.start, m.end, "ACTOR", canon, 0.75, 3))

    # ---- a person named by «يدعى/المدعو/الملقب بـ» (a nom de guerre: "أبو خطاب الجبوري")
    if _CALLED_GATE.search(text):
        for mm in _CALLED.finditer(text):
            a, b = mm.span("q") if mm.group("q") else mm.span("u")
            if not _person_at(cands, a, b):
                cands.append(_Cand(a, b, "PERSON", None, 0.7, 2))

    # ---- councils and directorates: مجلس الرقة المدني، مديرية الصحة في حلب الحرة
    if trig[R_COUNCIL]:
        cands.extend(_councils(text, g, toks, match_at, trig[R_COUNCIL]))

    # ---- bare facility references: الحقل -> the last oil field
    covered = _covered(len(text), cands)
    n_before = len(cands)
    # ---- «المنطقة الصناعية»، «المدينة القديمة»، «الضفة الشرقية للنهر» (before the bare
    # references: «النقطة» is the «نقطة المراقبة التاسعة» named before)
    if _DEF_PLACE_RE.search(nt.text):
        _definite_places(text, toks, stems, cands, covered)
    if _AXIS_HINT in nt.text:
        _axis_places(text, g, toks, stems, cands, covered)
    _bare_refs(text, toks, cands, trig[R_BARE], covered)
    for c in cands[n_before:]:
        _cover(covered, c.start, c.end)

    # ---- «الفرقة السابعة في الجيش العراقي»: a numbered unit of a named army
    _units(text, toks, stems, cands, covered)
    # ---- «وزارة الصحة السورية»، «وزارة الهجرة والمهجرين العراقية»: a ministry of a state
    if _MINISTRY_HINT in text:
        for mm in _MINISTRY_RE.finditer(text):
            nat = g.nationality.get(_cnorm(mm.group(2)))
            a, b = mm.span(1)
            if nat is not None and covered.find(1, a, b) < 0:
                cands.append(_Cand(a, b, "ACTOR", nat[0], 0.6, 1))
                _cover(covered, a, b)
    # ---- «خط وقف إطلاق النار»، «خط فصل القوات»: a front line named by what it separates
    if _LINE_HINT in text:
        for lm in _LINE_RE.finditer(text):
            if covered.find(1, lm.start(1), lm.end(1)) < 0:
                cands.append(
                    _Cand(lm.start(1), lm.end(1), "LOCATION", "front-line", 0.55, 1, "area")
                )
                _cover(covered, lm.start(1), lm.end(1))
    # ---- «وحدات الهندسة»، «فرق الجهد الهندسي»، «قوات الدفاع الجوي»: an arm of the
    # government forces of the country reported on
    if _BRANCH_HINT.search(text):
        for bm in _BRANCH_RE.finditer(text):
            if covered.find(1, bm.start(1), bm.end(1)) < 0:
                cands.append(_Cand(bm.start(1), bm.end(1), "ACTOR", _HOME_GOV, 0.55, 0))
                _cover(covered, bm.start(1), bm.end(1))

    # ---- «مسيّرة»، «المسيّرات»: a drone named by its adjective, written with its shadda
    # (without it the word is also a march: «مسيرة احتجاجية»)
    if "\u0651" in text:
        for dm in _DRONE_RE.finditer(text):
            if covered.find(1, dm.start(1), dm.end(1)) < 0:
                cands.append(_Cand(dm.start(1), dm.end(1), "WEAPON", "drone", 0.6, 0))
                _cover(covered, dm.start(1), dm.end(1))

    # ---- «غرفة عمليات الفتح المبين»: a joint command of armed groups
    if _W_GHURFA in nt.text:
        _operation_rooms(text, g, toks, stems, match_at, cands, covered)

    # ---- «مبنى وزارة الداخلية»، «مبنى المخفر القديم»: a building is a place
    if _W_MABNA in nt.text or _W_MAQAR in nt.text:
        _buildings(text, g, toks, stems, cands, covered)

    # ---- «الغوطة» after «الغوطة الشرقية»: a known region named later without its direction
    _short_names(text, g, toks, cands, covered)

    # ---- «القصير» anywhere in an article that names «مدينة القصير»: one sense per article
    _discourse_places(matches, cands)

    # ---- «الحزب»، «الوحدات»، «الحركة»: the last group named with that head
    if not _BARE_GROUPS.keys().isdisjoint(stems) or not _FACTION_WORDS.isdisjoint(stems):
        _bare_groups(text, g, toks, stems, cands, covered)

    # ---- «إن القوات دخلت المدينة»، «تقدم القطعات»: the forces named last
    if not _BARE_FORCES.isdisjoint(stems):
        _bare_forces(text, g, toks, stems, cands, covered)

    # ---- «شنّ العدو عدواناً واسعاً»: the enemy the article names (Israel, else ISIS)
    if _W_ENEMY in stems:
        _the_enemy(text, toks, stems, cands, covered)

    # ---- «إن المملكة لن تتهاون»: the kingdom the article names (Jordan, Saudi Arabia)
    if _W_KINGDOM in stems:
        _the_kingdom(text, g, toks, stems, cands, covered)

    # ---- «الفصائل» after «جيش الفتح» or «الفصائل الموالية لإيران»: those factions
    if _W_FACTIONS in stems:
        _the_factions(text, cands)
    # ---- «خلايا المرتزقة» after «مرتزقة داعش»: the side so labelled
    if _W_MERCS in stems:
        _the_mercenaries(text, toks, stems, cands, covered)

    # ---- «الإرهابيون» in a government outlet's report: the armed group named before
    if _W_TERRORISTS in nt.text or _W_GUNMEN in nt.text:
        _terrorists(text, toks, stems, cands, covered)
    # ---- «المجموعات الإرهابية»، «الجماعات المسلحة»: the armed groups so labelled
    if _GROUP_LABEL_HINT.search(text):
        _labelled_groups(text, cands, covered)

    # ---- persons
    cands.extend(_persons(text, g, toks, cands, trig, (wstarts, stems, words), covered))

    # ---- weapons: quoted model names and coordinated pairs
    if _W_MUSAYYAR in nt.text:
        cands.extend(_drones(text, g, toks, words, covered))
    cands = _weapons(text, cands)
    # «المدعومة روسياً»، «تركياً»: the adverb of a nationality (a tanween after «يا»), no
    # country
    cands = [
        c
        for c in cands
        if not (
            c.type == "LOCATION"
            and c.end < len(text)
            and text[c.end] == "\u064b"
            and text[c.start : c.end].endswith("يا")
        )
    ]
    # «مخزناً للذخيرة»، «مستودعات للأسلحة»: what a depot holds names the depot, no weapon
    cands = [
        c
        for c in cands
        if not (c.type == "WEAPON" and _STORE_BEFORE.search(text, max(0, c.start - 16), c.start))
    ]

    if source:
        cands.extend(_own_outlet(nt, g, source))
    if '"' in text or "«" in text or "“" in text:
        cands = _outside_operation_names(text, cands)
    _compound_places(text, cands)
    _by_country(g, cands)
    if _W_JANIB_TEXT in text:
        _sides_as_places(text, cands)
    if _OWNED_AIR_HINT in text:
        _owned_aircraft(text, cands)
    if any(c.canonical == _HOME_GOV for c in cands):
        _home_forces(text, g, cands)
    if "اللواء" in text or "الفرقة" in text or "الفوج" in text:
        cands = _unit_bases(text, cands)
    ents = _resolve(text, cands)
    qents = _quantities(text, nt, sents)
    if qents and _SOLDIER in nt.text:
        ents = _not_counted_soldiers(ents, qents)
    if qents:
        ents.extend(_counted_casualties(text, g, ents, qents))
    ents.extend(qents)
    ents = [e for e in ents if 0 <= e.start < e.end <= len(text)]
    ents.sort(key=_START_END)
    for k, e in enumerate(ents, 1):
        e.id = f"m{k}"
    return ents


_OUTLET_BEFORE = _n("مراسل لمراسل مراسلة لمراسلة موقع لموقع صحيفة لصحيفة وكالة لوكالة قناة لقناة")
_QUOTE_OR_SLASH = "\"/'"


def _own_outlet(nt: Normalized, g: Gazetteer, source: str) -> list[_Cand]:
    """The article's own outlet where the text names it as an outlet: in quotes or slashes
    («بغداد - «عُمان» - وكالات:»، «لـ"أنا برس"»), after a reporter or a head noun («مراسل
    سوريا 24»), or anywhere when the name is in Latin letters («الحسكة – ARA News:»). A
    bare common word («المستقبل»، «الخبر») is left to the other rules."""
    key = norm(source).strip()
    if len(key) < 2:
        return []
    x = nt.text
    latin = any("a" <= ch.lower() <= "z" for ch in key)
    orgs = [e for e in g.lookup(source) if e.type == "ORG"]
    canonical = orgs[0].canonical if orgs else _slug(source)
    out: list[_Cand] = []
    i = x.find(key)
    while i >= 0:
        j = i + len(key)
        a = i
        # a clitic before the name: «لـ"أنا برس"»، «وللعهد»
        while a > 0 and x[a - 1] in "لوبف" and (a - i) > -3:
            a -= 1
        left_ok = a == 0 or not x[a - 1].isalnum()
        right_ok = j >= len(x) or not x[j].isalnum()
        if left_ok and right_ok:
            before = x[:i].rstrip()
            prev_word = before.split()[-1] if before.split() else ""
            quoted = (
                i > 0 and x[i - 1] in _QUOTE_OR_SLASH and j < len(x) and x[j] in _QUOTE_OR_SLASH
            )
            if latin or quoted or prev_word in _OUTLET_BEFORE or _own_dateline(x, a, j):
                o0, o1 = nt.span(i, j)
                out.append(_Cand(o0, o1, "ORG", canonical, 0.9, 5))
        i = x.find(key, j)
    return out


_DATELINE_END = re.compile(r"[ \t]*[-–—ـ:/]")


def _own_dateline(x: str, a: int, j: int) -> bool:
    """The outlet in a dateline of the article's first lines: «عمون - سيطرت ...»، «حلب –
    المصدر نيوز: تمكنت ...»، «متابعة – دجلة: قتل ...»."""
    if x.count("\n", 0, a) > 3 or not _DATELINE_END.match(x, j):
        return False
    line0 = x.rfind("\n", 0, a) + 1
    return not x[line0:a].strip() or _DATELINE_OUTLET.match(x, line0, a) is not None


def _by_country(g: Gazetteer, cands: list[_Cand]) -> None:
    """A place name of several countries (سنجار in Iraq and in Syria) takes the place
    in the country the article's unambiguous places and named countries are in."""
    alts = g.place_alts
    amb = [c for c in cands if c.type == "LOCATION" and c.canonical in alts]
    if not amb:
        return
    votes: dict[str, int] = {}
    for c in cands:
        if c.type != "LOCATION" or not c.canonical or c.canonical in alts:
            continue
        p = g.place(c.canonical)
        if p is not None and p.country:
            votes[p.country] = votes.get(p.country, 0) + 1
    if not votes:
        return
    for c in amb:
        here = g.places[c.canonical]
        best, best_v = c.canonical, votes.get(here.country, 0)
        for other in alts[c.canonical]:
            v = votes.get(g.places[other].country, 0)
            if v > best_v:
                best, best_v = other, v
        if best != c.canonical:
            c.canonical = best
            c.kind = g.places[best].kind


_STORE_BEFORE = re.compile("(?:مخزن|مخزنا|مخزناً|مخازن|مستودع|مستودعا|مستودعاً|مستودعات)\\s+ل$")
_DRONE_RE = re.compile(
    r"(?<![\u0621-\u064a])(?:[وفبل]|ول|وب)?((?:ال)?مسي\u0651ر(?:ة|ات|تين|تان))(?![\u0621-\u064a])"
)
_HOME_GOV = "*gov"  # actors.tsv: the government forces of the country reported on
_W_AMN = norm("الأمن")  # in each «*gov» name: القوات الأمنية، قوات الأمن، الأجهزة الأمنية
_GOV_OF = GOVERNMENT_OF


_NEXT_DEF = re.compile(r"[ \t]+(ال\w+)")


def _discourse_places(matches, cands: list[_Cand]) -> None:
    """A place name that is also a common word (القصير، الميادين) and was left out where the
    text gave no place context is still that place when the article names it elsewhere as a
    place (one sense per article)."""
    amb = [
        (m, e)
        for m in matches
        for e in m.entries[:1]
        if e.type == "LOCATION" and "amb" in e.flags and len(m.entries) == 1
    ]
    if not amb:
        return
    named = {c.canonical for c in cands if c.type == "LOCATION" and c.canonical}
    for m, e in amb:
        if _a_surname(m.key, matches):
            continue  # («الصدر» in an article that names «مقتدى الصدر» is his surname too)
        if e.canonical in named and not any(c.start < m.end and m.start < c.end for c in cands):
            kind = next((k for k in e.flags if k != "amb"), None)
            cands.append(_Cand(m.start, m.end, "LOCATION", e.canonical, 0.6, 1, kind))


def _a_surname(key: str, matches) -> bool:
    """Whether ``key`` is the last word of a person's name among the gazetteer ``matches``
    («الصدر» in an article that names «مقتدى الصدر»)."""
    return any(
        " " in o.key and o.key.endswith(" " + key) and o.first("PERSON") is not None
        for o in matches
    )


def _home_forces(text: str, g: Gazetteer, cands: list[_Cand]) -> None:
    """«القوات الأمنية» (no nationality): the government forces of the country most of
    the article's places are in (Iraq or Syria); dropped when that is neither or when
    an adjective follows (القوات الأمنية الكردية)."""
    votes: dict[str, int] = {}
    for c in cands:
        if c.type == "LOCATION" and c.canonical:
            p = g.place(c.canonical)
            if p is not None and p.country:
                votes[p.country] = votes.get(p.country, 0) + 1
    best = max(votes, key=votes.__getitem__) if votes else None
    home = _GOV_OF.get(best) if best else None
    places = _places_of(g, cands)
    govs = [c for c in _named_actors(cands) if c.canonical in _GOVERNMENTS]
    for c in cands:
        if c.canonical == _HOME_GOV:
            gov = _named_gov(text, c, govs) or _local_home(text, c, places) or home
            nx = _NEXT_DEF.match(text, c.end)
            nat = g.nationality.get(_cnorm(nx.group(1))) if nx else None
            if nx and _cnorm(nx.group(1)) in _UNIT_ADJ:
                c.end = nx.end(1)  # «الفرقة التاسعة المدرعة»: the unit's own adjective
            elif nat is not None and "\n" not in text[c.end : nx.start(1)]:
                c.end = nx.end(1)  # «وحدات الدفاع الجوي السورية»: the adjective's state
                gov = nat[0]
            elif (
                nx and _cnorm(nx.group(1)) not in _RELATIVE and _cnorm(nx.group(1)) not in _NOT_NAME
            ):
                gov = None  # «القوات الأمنية الكردية»، «الحكومة المؤقتة»: another one
            if gov == "IQ_GOV" and _PMF_BRIGADE.match(text, c.start, c.end):
                gov = "OTHER:pmf"  # «اللواء 30»: Iraq's numbered brigades are the PMF's
            c.canonical = gov
            if gov is None:
                c.end = c.start  # no country: no candidate (_resolve skips empty spans)


_W_JANIB_TEXT = "الجانب"
_LOCATIVE_BEFORE = re.compile(r"(?:^|[\s،,])و?(?:على|في|من|عند|إلى|الى)\s+$")


def _sides_as_places(text: str, cands: list[_Cand]) -> None:
    """«على الجانب السوري من الحدود»، «وفي الجانب اللبناني»: a side of a border is a place,
    not the state's party (as in «التنسيق مع الجانب السوري»): its actor reading is dropped."""
    for c in cands:
        if c.type != "ACTOR" or not text.startswith(_W_JANIB_TEXT, c.start):
            continue
        if _LOCATIVE_BEFORE.search(text, max(0, c.start - 8), c.start):
            c.end = c.start  # (_resolve skips empty spans)


_OWNED_AIR_HINT = "الطيران"
_OWNED_AIR_RE = re.compile(r"الطيران (الحربي|المروحي) (?:ال)?تابع")


def _owned_aircraft(text: str, cands: list[_Cand]) -> None:
    """«الطيران الحربي التابع للنظام»: the aircraft, whose owner is named after them, are a
    weapon (the owner is the actor)."""
    for c in cands:
        if c.type == "ACTOR" and text.startswith(_OWNED_AIR_HINT, c.start):
            m = _OWNED_AIR_RE.match(text, c.start)
            if m is not None and c.end <= m.start(1) + len(m.group(1)) + 1:
                c.type = "WEAPON"
                c.canonical = "helicopter" if m.group(1) == "المروحي" else "aircraft"


_PMF_BRIGADE = re.compile(r"[وبل]?(?:ال)?لواء \d")


def _named_gov(text: str, c: _Cand, govs: list[_Cand]) -> str | None:
    """The government whose forces its own sentence names before ``c`` («أعلنت القيادة
    العامة للقوات المسلحة الأردنية أن قوات حرس الحدود ...»: Jordan's border guards), or None."""
    a = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    named = [g.canonical for g in govs if a <= g.start and g.end <= c.start]
    return named[-1] if named else None


def _local_home(text: str, c: _Cand, places: list[tuple[int, str]], least: int = 1) -> str | None:
    """The government of the country whose places its own sentence names most (a bare
    «الجيش» among Lebanese towns in an article that also covers Syria is the Lebanese
    army), or None when the sentence names fewer than ``least`` places of it or is split
    between countries."""
    a = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    b = min(x for x in (text.find(".", c.end), text.find("\n", c.end), len(text)) if x >= 0)
    local: dict[str, int] = {}
    for pos, country in places:
        if a <= pos < b:
            local[country] = local.get(country, 0) + 1
    if not local:
        return None
    top = sorted(local.values(), reverse=True)
    if (len(top) > 1 and top[0] == top[1]) or top[0] < least:
        return None
    return _GOV_OF.get(max(local, key=local.__getitem__))


def _quantities(text: str, nt: Normalized, sents: list[Sentence]) -> list[Entity]:
    if _find_quantities is None:
        return []
    try:
        qs = list(_find_quantities(text, nt, sents))
    except Exception:  # noqa: BLE001 - a failing helper must not lose the other entities
        return []
    out: list[Entity] = []
    for q in sorted(qs, key=lambda e: (e.start, -(e.end - e.start))):
        if any(q.start < o.end and o.start < q.end for o in out):
            continue
        out.append(q)
    return out


# ------------------------------------------------------------------ rule parts

_PLAIN: dict[int, dict[str, tuple | None]] = {}  # id(gazetteer) -> key -> _plain_cand
_UNSEEN = object()


def _plain_cand(g: Gazetteer, m: Match) -> tuple | None:
    """What :func:`_from_match` makes of a name whose reading needs no context, once
    per gazetteer key: (type, canonical, conf, prio, kind) of its candidate, ``()``
    for none, or ``None`` when the context decides (a state, an ambiguous, weak or
    coreferent name, an organisation)."""
    bt = m.by_type if m.by_type is not None else {e.type: e for e in reversed(m.entries)}
    actor, loc, org = bt.get("ACTOR"), bt.get("LOCATION"), bt.get("ORG")
    if m.key in _PRONOUN_WORDS:
        return None  # «عنه»: how it is written decides
    if (actor is not None and "state" in actor.flags) or (
        loc is not None and ("country" in loc.flags or "amb" in loc.flags)
    ):
        return None
    if org is not None:
        return None
    if actor is not None:
        if "coref" in actor.flags or "weak" in actor.flags:
            return None
        return ("ACTOR", actor.canonical, 0.9, 1, None)
    if loc is not None:
        p = g.place(loc.canonical)
        kind = p.kind if p else None
        return ("LOCATION", loc.canonical, 0.9 if kind not in ("village", None) else 0.7, 1, kind)
    weapon, person = bt.get("WEAPON"), bt.get("PERSON")
    if weapon is not None:
        return ("WEAPON", weapon.canonical, 0.8, 1, None)
    if person is not None:
        return ("PERSON", person.canonical, 0.85, 1, None)
    return ()


def _from_match(
    text, g: Gazetteer, m: Match, toks, tok_containing, prev, matches=()
) -> list[_Cand]:
    s, e = m.start, m.end
    bt = m.by_type
    if bt is not None:  # Match.first without a method call per type
        actor, loc, org, weapon = (
            bt.get("ACTOR"),
            bt.get("LOCATION"),
            bt.get("ORG"),
            bt.get("WEAPON"),
        )
    else:
        actor = m.first("ACTOR")
        loc = m.first("LOCATION")
        org = m.first("ORG")
        weapon = m.first("WEAPON")
    if loc is not None and e - s <= 3 and text[e - 1 : e] == "ه" and text[s:e] in _PRONOUN_WORDS:
        return []  # «عنه» (about it) is no «عنة» (Anah): the pronoun's ه, not ة
    is_state = (actor is not None and "state" in actor.flags) or (
        loc is not None and "country" in loc.flags
    )
    if is_state and loc is not None and m.key in _ADJ_COUNTRY and m.prefix == "و":
        # غارات روسية وسورية: coordinated with a nationality adjective, an adjective too
        pt, i = _prev_tok(toks, tok_containing, s)
        if (
            pt is not None
            and ("ال" + pt.n in g.nationality or pt.n in g.nationality)
            and _only_space(text, pt.end, s - 1)
            and not any(c.type == "ACTOR" and c.end == pt.end for c in prev[-3:])
        ):
            return []
    if is_state and loc is not None and m.key in _ADJ_COUNTRY and not m.prefix:
        # فصائل سورية موالية: the adjective "Syrian", not the country
        pt, i = _prev_tok(toks, tok_containing, s)
        if (
            pt is not None
            and pt.prefix in ("", "و", "ف")
            and not pt.n.startswith("ال")
            and text[pt.end : s] == " "
            and pt.nw not in _PLACE_LOC_PREPS
            and pt.nw not in _ADJ_COUNTRY_PREPS  # «على الحدود مع سورية»: the country
            and pt.n not in _ACT_BEFORE
            and pt.n not in _COMPASS
            and pt.n not in _THAT
            and pt.nw[1:] not in _PLACE_LOC_PREPS
        ):
            return []
    if is_state and m.key in _ACC_COUNTRY and not m.prefix and _unit_of is not None:
        pt, i = _prev_tok(toks, tok_containing, s)
        if (
            pt is not None
            and pt.nw.endswith("ا")
            and not pt.prefix
            and not pt.n.startswith("ال")
            and text[pt.end : s].lstrip(_HARAKAT) == " "  # «جندياً تركياً»
            and (
                _unit_of(pt.n) is not None or (pt.n[:1] in "وف" and _unit_of(pt.n[1:]) is not None)
            )
        ):
            return []
    if is_state and loc is not None:
        a_id = actor.canonical if actor else g.country_actor.get(loc.canonical)
        if _supported(m, toks, tok_containing) or (
            _acts(text, g, m, toks, tok_containing, prev)
            and not _located(text, m, toks, tok_containing)
        ):
            return [_Cand(s, e, "ACTOR", a_id, 0.75, 1)]
        place = g.place(loc.canonical)
        if (
            actor is not None
            and place is not None
            and place.kind != "country"
            and actor.canonical in ("US", "RU", "TR", "IR")
            and not _located(text, m, toks, tok_containing)
            and not _pact_named(text, m, toks, tok_containing)
            and not _in_dateline(text, s, e)
        ):
            return [_Cand(s, e, "ACTOR", actor.canonical, 0.7, 1)]
        return [_Cand(s, e, "LOCATION", loc.canonical, 0.85, 1, place.kind if place else None)]
    if is_state and actor is not None:  # a capital without a place record (واشنطن)
        if _located(text, m, toks, tok_containing) and not _acts(
            text, g, m, toks, tok_containing, prev
        ):
            return []
        return [_Cand(s, e, "ACTOR", actor.canonical, 0.75, 1)]
    if loc is not None and "amb" in loc.flags and not is_state:
        # القصير، الميادين: also common words; a place only after a locative word
        # or coordinated (و) with a place just before
        last = prev[-1] if prev else None
        coord = (
            m.prefix == "و"
            and last is not None
            and last.type == "LOCATION"
            and not text[last.end : m.start - 1].strip(" ،,")
        )
        # «مدينة القصير» earlier in the article: later a bare «القصير» is that town too
        # (not a surname of a person it names: «مقتدى الصدر» and «مدينة الصدر»)
        named = any(
            c.type == "LOCATION" and c.canonical == loc.canonical for c in prev
        ) and not _a_surname(m.key, matches)
        # «بينها القائم والقيارة»: coordinated with a place named right after it
        nxt = next((o for o in matches if o.start >= m.end), None)
        coord = coord or (
            nxt is not None
            and nxt.prefix == "و"
            and not text[m.end : nxt.start - 1].strip(" ")
            and any(en.type == "LOCATION" and "amb" not in en.flags for en in nxt.entries)
        )
        if not (_located(text, m, toks, tok_containing) or coord or named):
            loc = None
            if org is None and actor is None and weapon is None:
                return []
    if org is not None and "amb" in org.flags:
        before = text[max(0, s - 3) : s].rstrip()
        # quoted: a quote right before and one right after («"البناء"», not the closing
        # quote of the name before: «"الجيش الحر" اللواء X»; not «"اللواء 93"»)
        after = text[e : e + 2].lstrip()
        quoted = bool(before) and before[-1] in _QUOTES and after[:1] in _QUOTES
        i = tok_containing(s)
        head = (
            i is not None and i > 0 and (toks[i - 1].n in _ORG_HEADS or toks[i - 1].n in _REPORTERS)
        )
        lquote = m.prefix.endswith("ل") and s > 0 and text[s - 1] in _QUOTES + "\u0640"
        # قال مصدر عسكري للجزيرة، في حديث للميادين: لـ after a source or a verb of saying
        told = (
            m.prefix.endswith("ل")
            and i is not None
            and any(
                toks[k].n in _TOLD or toks[k].nw in _TOLD or toks[k].n in _SPEECH
                for k in range(max(0, i - 2), i)
            )
        )
        # «وفق المرصد» after «المرصد السوري لحقوق الإنسان»: named before in full
        named = any(c.type == "ORG" and c.canonical == org.canonical for c in prev)
        # a dateline: «دمشق - البيان»، «بيروت ـ «السفير»» at the start of a line
        line0 = text.rfind("\n", 0, s) + 1
        dateline = (
            text.count("\n", 0, s) <= 2
            and (  # (the heading and the first lines only)
                _DATELINE_OUTLET.match(text, line0, s) is not None
                # «بغداد/المسلة:»، «جسر: ...» at the start of a line
                or (not text[line0:s].strip() and text[e : e + 1] == ":")
            )
        )
        if quoted or head or lquote or told or named or dateline:
            return [_Cand(s, e, "ORG", org.canonical, 0.7, 1)]
        if loc is not None:
            p = g.place(loc.canonical)
            return [_Cand(s, e, "LOCATION", loc.canonical, 0.7, 1, p.kind if p else None)]
        return []
    if actor is not None:
        if "coref" in actor.flags and not any(
            c.type == "ACTOR" and c.canonical == actor.canonical for c in prev
        ):
            # التنظيم: only after the organisation was named; «المقاومة»: Hezbollah or the
            # Iraqi Islamic Resistance, whichever the article named before
            named = {c.canonical for c in prev if c.type == "ACTOR"}
            actor = next(
                (
                    en
                    for en in m.entries
                    if en.type == "ACTOR" and "coref" in en.flags and en.canonical in named
                ),
                None,
            )
            if actor is None:
                # «حرر مجاهدو المقاومة الإسلامية ...» before «حزب الله» is named: the one
                # side of those sharing the name that the article names later
                later = {
                    en.canonical
                    for x in matches
                    if x.start > e
                    for en in x.entries
                    if en.type == "ACTOR" and not en.flags & _COREF_WEAK
                }
                opts = [
                    en
                    for en in m.entries
                    if en.type == "ACTOR" and "coref" in en.flags and en.canonical in later
                ]
                # (only for a name two sides share: a generic word such as «التنظيم» or
                # «المعارضة» needs its antecedent)
                shared = {en.canonical for en in m.entries if "coref" in en.flags}
                if len(shared) < 2 or len({en.canonical for en in opts}) != 1:
                    return []
                actor = opts[0]
        conf = 0.6 if "weak" in actor.flags else 0.9
        if "weak" in actor.flags:
            i = tok_containing(e - 1)  # (the name's last word: «حزب العمال البريطاني»)
            # النظام / التحالف / الهيئة alone: not when an adjective follows (النظام الدولي)
            if i is not None and i + 1 < len(toks):
                nxt = toks[i + 1]
                if (
                    nxt.prefix == ""
                    and nxt.n.startswith("ال")
                    and nxt.n not in _RELATIVE
                    and nxt.n not in _W_ILA  # «انسحب مقاتلو الزنكي إلى عفرين»: a preposition
                    # «مسلحي التنظيم المتبقين»: a plural participle describes the fighters
                    and not (nxt.n.startswith("الم") and nxt.n.endswith(("ين", "ون")))
                    and _only_space(text, e, nxt.wstart)
                ):
                    if nxt.n not in g.common_words or nxt.n.endswith(("ي", "يه")):
                        return []
        return [_Cand(s, e, "ACTOR", actor.canonical, conf, 1)]
    if org is not None:
        # وكالة "رويترز": the span is the name
        q = _quoted_inside(text, s, e)
        if q and " " in text[s : q[0]]:
            s, e = q
        return [_Cand(s, e, "ORG", org.canonical, 0.9, 1)]
    if loc is not None:
        p = g.place(loc.canonical)
        kind = p.kind if p else None
        conf = 0.9 if kind not in ("village", None) else 0.7
        return [_Cand(s, e, "LOCATION", loc.canonical, conf, 1, kind)]
    if weapon is not None:
        return [_Cand(s, e, "WEAPON", weapon.canonical, 0.8, 1)]
    person = m.first("PERSON")
    if person is not None:
        return [_Cand(s, e, "PERSON", person.canonical, 0.85, 1)]
    return []


def _quoted_inside(text: str, s: int, e: int) -> tuple[int, int] | None:
    inner = text[s:e]
    if len(inner) >= 2 and inner[-1] in _QUOTES:
        k = max(inner.rfind(q, 0, len(inner) - 1) for q in _QUOTES)
        if k > 0:
            return s + k + 1, e - 1
    return None


def _prev_tok(toks, tok_containing, pos: int):
    i = tok_containing(pos)
    if i is None or i == 0:
        return None, i
    return toks[i - 1], i


def _located(text, m: Match, toks, tok_containing) -> bool:
    """The name is a place here: ب/ل/ك written on it, a locative word before it,
    or a dateline (أنقرة - الأناضول)."""
    if m.prefix.endswith(("ب", "ك")):
        return True
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start : m.start]
    if not before.strip(" \t\"'«»(") and _DATELINE.match(text, m.end):
        return True
    if before and before.rstrip(" \t")[-1:] in "-–—:/" and _DATELINE_AFTER.search(before):
        # the place after «outlet/ » in a short dateline line (no sentence in it)
        line_end = text.find("\n", m.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(line) <= 50 and line.count(" ") <= 5 and not any(ch in line for ch in "،,؛"):
            return True
    pt, i = _prev_tok(toks, tok_containing, m.start)
    if pt is None:
        return False
    gap = text[pt.end : toks[i].wstart]
    if gap.strip(" \"'«»“”"):
        return False
    w = pt.nw
    if w == _W_ALA and i >= 2 and toks[i - 2].n in _STRIKE_NOUNS:
        return _only_space(text, toks[i - 2].end, pt.wstart)  # الغارة على X: a place hit
    return (
        w in _PLACE_LOC_PREPS
        or pt.n in _PLACE_LOC_PREPS
        or (w[:1] in ("و", "ف") and w[1:] in _PLACE_LOC_PREPS)
    )


def _supported(m: Match, toks, tok_containing) -> bool:
    """المدعومة من إيران، الموالية لروسيا، بدعم تركيا: the state acts as a backer."""
    pt, i = _prev_tok(toks, tok_containing, m.start)
    if pt is None or i is None:
        return False
    if m.prefix.endswith("ل") and pt.n in _SUPPORT:
        return True
    if m.prefix.endswith("ب") and pt.n in _LINKED:
        return True  # مجموعات مرتبطة بإيران
    if pt.n == _W_MIN and i >= 2 and toks[i - 2].n in _SUPPORT:
        return True
    return m.prefix == "" and pt.n == _W_BIDAAM


_NOT_VERB = _n("وقت بيت صوت موت زيت سبت أنت انت ذات بنت تحت تابعت ليست كانت بات بينت ظلت ما زالت")
_PAST_VERB_RE = re.compile(r"^(?:[وف])?(?!ال)\w{2,5}(?<!ا)ت$")
_PRES_VERB_RE = re.compile(r"^(?:[وف])?(?:س)?[تي](?!ال)\w{2,5}$")
_TAFIL_RE = re.compile(r"^(?:[وف])?ت\w\wي\w$")  # تصعيد، تعزيز: verbal nouns


@functools.lru_cache(maxsize=16384)
def _verbish(nw: str) -> bool:
    """A finite verb by its shape: past feminine (سيّرت، شنت، وأعلنت) or
    present/future (تقصف، يستهدف، ستبدأ); not plural nouns (قوات) nor تفعيل nouns."""
    if nw in _NOT_VERB or nw in _TITLES or nw in _PLACE_HEADS or nw in _GROUP_HEADS:
        return False
    if nw.endswith(("ات", "ه", "يين", "يون")):
        return False
    if _PAST_VERB_RE.match(nw):
        return True
    return bool(_PRES_VERB_RE.match(nw)) and not _TAFIL_RE.match(nw)


_VERB_OBJ_RE = re.compile(r"^(?:[وف])?(\w{2,3}|ا\w{3})ت(?:ه|ها|هم|هما)$")
_NOT_VERB_OBJ = _n("ذاته ذاتها ذاتهم جهته جهتها جهتهم وقته وقتها مدته مدتها قوته قوتها قوتهم")


def _is_verb_obj(nw: str) -> bool:
    """A past verb with an object pronoun by its shape: رعته، وصفتها، أسسته، اتهمته
    (a stem of two or three letters, or four after alef, then ت and the pronoun)."""
    m = _VERB_OBJ_RE.match(nw)
    return (
        m is not None
        and _strip_wa(nw) not in _NOT_VERB_OBJ
        and m.group(1) + "ت" not in _UNDERGO
        and not m.group(1).endswith("ا")
    )


_DATELINE_REST = re.compile(r"[ \t]*[-–—ـ/][^\n:.،]{0,40}:")
_DATELINE_HEAD = re.compile(r"[^\s،,.:]+(?:[ \t]*[،,]?[ \t]*[^\s،,.:]+){0,3}[ \t]*[،,]?[ \t]*$")


def _in_dateline(text: str, s: int, e: int) -> bool:
    """A name in a dateline («دمشق، أنقرة - وكالات:»، «أنقرة/ الأناضول:»): a few words
    from the start of the line, then a dash or slash and an outlet before a colon."""
    if not _DATELINE_REST.match(text, e):
        return False
    line0 = text.rfind("\n", 0, s) + 1
    return s == line0 or _DATELINE_HEAD.match(text, line0, s) is not None


_W_BAYN = norm("بين")
_STATE_AND = re.compile(r"[ \t]+و([^\s،,.؛:()\"«»“”]+(?:[ \t]+[^\s،,.؛:()\"«»“”]+){0,2})")
_WORD_AT = re.compile(r"[ \t]+([^\s،,.؛:()\"«»“”]+)")


def _chain_acts(text: str, g: Gazetteer, pos: int) -> bool:
    """«الأردن والولايات المتحدة وروسيا تتفق على ...»، «أن المملكة والولايات المتحدة
    والاتحاد الروسي اتفقت»: the first states of a coordinated list whose verb follows the
    last one."""
    states = 0
    while True:
        mm = _STATE_AND.match(text, pos)
        if mm is None:
            break
        words = mm.group(1).split()
        for k in range(len(words), 0, -1):
            if any("state" in e.flags for e in g.lookup(" ".join(words[:k])) if e.type == "ACTOR"):
                pos = mm.start(1) + len(" ".join(words[:k]))
                states += 1
                break
        else:
            break
    if not states:
        return False
    w = _WORD_AT.match(text, pos)
    if w is None:
        return False
    nw = norm(w.group(1))
    return nw in _ACT_AFTER or (_verbish(nw) and nw[:1] in "تي" or nw.endswith("ت"))


_AND_NEXT = re.compile(r"\s+و\s*[\"«“']?([^\"«»“”'،,.؛:()]+)")
# stance adjectives of a state that speaks: أن دمشق ملتزمة، إن أنقرة مستعدة
_STANCE = _n(
    "ملتزمة ملتزم مستعدة مستعد عازمة عازم حريصة حريص ماضية ماض مصممة مصمم متمسكة متمسك "
    "منفتحة منفتح جادة جاد مصرة مصر"
)


# agreements and talks whose parties follow «بين»
_PACT = _n(
    "اتفاق الاتفاق اتفاقية الاتفاقية تفاهم التفاهم تفاهمات التفاهمات مذكرة المذكرة الموقع "
    "الموقعة المبرم المبرمة محادثات المحادثات مفاوضات المفاوضات قمة القمة هدنة الهدنة"
)


def _pact_named(text: str, m: Match, toks, tok_containing) -> bool:
    """«وفق اتفاق موسكو»، «تفاهمات سوتشي»: an agreement named by the city it was made in
    (not «اتفاق موسكو وأنقرة», the parties)."""
    pt, _i = _prev_tok(toks, tok_containing, m.start)
    return (
        pt is not None
        and not m.prefix
        and pt.n in _PACT
        and not text[pt.end : m.start].strip(" \"'«»“”")
        and not _AND_NEXT.match(text, m.end)
    )


def _acts(text, g: Gazetteer, m: Match, toks, tok_containing, prev: list[_Cand]) -> bool:
    """A state name acts: a verb or verbal noun before it, a verb after it,
    a supporter (المدعومة من إيران، الموالية لأنقرة), or it is coordinated (و)
    with an acting state just before."""
    if _pact_named(text, m, toks, tok_containing) and any(
        "city" in e.flags for e in m.entries if e.type == "LOCATION"
    ):
        return False  # «وفق اتفاق موسكو»: the city names the agreement
    if _in_dateline(text, m.start, m.end):
        return False  # «دمشق، أنقرة - وكالات: سيطر ...»: the places the report comes from
    pt, i = _prev_tok(toks, tok_containing, m.start)
    if pt is not None and i is not None:
        if m.prefix.endswith("ل") and pt.n in _SUPPORT:
            return True
        if m.prefix == "" and pt.n in (_W25, _W18) and _only_space(text, pt.end, m.start):
            before = toks[i - 2].n if i >= 2 else ""
            # (a border with it, also with its side: «الحدود الشمالية مع سوريا»)
            before2 = toks[i - 3].n if i >= 3 and before in _BORDER_SIDES else ""
            if not before.startswith((_W5, _W15, _W6)) and not before2.startswith((_W5, _W15)):
                return True
        if pt.n in (_W26,) and i >= 2 and toks[i - 2].n in _SUPPORT:
            return True
        if m.prefix == "" and pt.n == _W12:
            return True
    if m.prefix.endswith(("ب", "ك", "ل")):
        return False
    if pt is not None and m.prefix == "" and pt.n == _W_BAYN:
        # «اتفاق سوتشي الموقع بين روسيا وتركيا»: the parties to an agreement or talks
        if i is not None and any(
            toks[k].n in _PACT or toks[k].n[1:] in _PACT for k in range(max(0, i - 5), i - 1)
        ):
            return True
        # اتفاق بين دمشق و"قسد": a party to an agreement or talks with an actor
        after = _AND_NEXT.match(text, m.end)
        if after:
            words = after.group(1).split()
            for k in range(min(4, len(words)), 0, -1):
                ents = g.lookup(" ".join(words[:k]))
                # not a second capital: «رحلات بين دمشق وأنقرة» are places
                if any(e.type == "ACTOR" and "state" not in e.flags for e in ents):
                    return True
    if i is not None:
        gap = text[pt.end : toks[i].wstart] if pt is not None else "."
        # أن دمشق ملتزمة باتفاقية: a stance adjective after the name
        j = i + 1
        while j < len(toks) and toks[j].start < m.end:
            j += 1
        if (
            pt is not None
            and pt.n in _THAT
            and not gap.strip()
            and j < len(toks)
            and not toks[j].prefix
            and toks[j].n in _STANCE
            and not text[m.end : toks[j].wstart].strip()
        ):
            return True
    if pt is not None:
        gap = text[pt.end : toks[i].wstart]
        if not gap.strip(" \"'«»“”"):
            if pt.n in _ACT_BEFORE or pt.nw in _ACT_BEFORE:
                return True
            # سيّرت روسيا وتركيا دورية: the name right after a finite verb (not one
            # of becoming or undergoing: يتحول العراق إلى ساحة، شهدت سوريا احتجاجات)
            if (
                not pt.prefix
                and _verbish(pt.nw)
                and _strip_wa(pt.nw) not in _UNDERGO
                and pt.nw not in _RESUMPTIVE
            ):
                return True
            # «اتفاق رعته روسيا»، «وصفتها دمشق بالعدوان»: a past verb with its object
            # pronoun (not a noun with a possessive: عاصمتها دمشق، زيارته موسكو)
            if not pt.prefix and _is_verb_obj(pt.nw):
                return True
            # «مناطق تسيطر عليها روسيا»، «تواصل فيه إسرائيل مناوراتها»: a verb and its
            # resumptive pronoun before the name
            if pt.nw in _RESUMPTIVE and i >= 2 and not gap.strip():
                vt = toks[i - 2]
                if (
                    not vt.prefix
                    and (_verbish(vt.nw) or vt.n in _ACT_BEFORE or vt.nw in _ACT_BEFORE)
                    and _strip_wa(vt.nw) not in _UNDERGO
                    and not text[vt.end : pt.wstart].strip()
                ):
                    return True
    if m.prefix == "و" and prev:
        last = prev[-1]
        if last.type == "ACTOR" and not text[last.end : m.start - 1].strip():
            return True
    if m.prefix in ("", "و") and _chain_acts(text, g, m.end):
        return True
    if i is not None:
        j = i + 1
        while j < len(toks) and toks[j].start < m.end:
            j += 1
        if j < len(toks):
            nt_ = toks[j]
            gap = text[m.end : nt_.wstart]
            if not gap.strip() and (nt_.nw in _ACT_AFTER or nt_.n in _ACT_AFTER):
                return True
            # «الولايات المتحدة، التي تنشر نحو 900 جندي»: the subject of a relative verb
            # (a state is feminine: «التي» and a feminine verb with no resumptive pronoun
            # after it; «معبر نصيب مع الأردن، الذي تسيطر عليه» is the crossing's clause)
            if (
                gap.strip() in ("", "،", ",")
                and nt_.nw == _W_ALLATI
                and j + 1 < len(toks)
                and _verbish(toks[j + 1].nw)
                and toks[j + 1].nw[:1] == "ت"
                and _strip_wa(toks[j + 1].nw) not in _UNDERGO
                and not (j + 2 < len(toks) and toks[j + 2].nw in _RESUMPTIVE)
            ):
                return True
            # إسرائيل تقصف ...: at the start of a sentence or clause, before a verb
            if not gap.strip() and not nt_.prefix and _verbish(nt_.nw):
                before = text[pt.end : m.start] if pt is not None else ""
                if pt is None or pt.n in _THAT or any(ch in before for ch in ".!?؟\n:،,؛"):
                    return True
            # أن تركيا ستبدأ، إن روسيا قد أرسلت
            if (
                pt is not None
                and pt.n in _THAT
                and not gap.strip(" \"'«»“”")
                and (nt_.nw.startswith(("ست", "سي")) or nt_.nw in (_W20, _W22, _W23))
            ):
                return True
            # «إيران لا تتمتع بالحصانة»: a negated verb after the name opening a clause
            if (
                not gap.strip()
                and nt_.nw in _NEG
                and j + 1 < len(toks)
                and _verbish(toks[j + 1].nw)
                and (pt is None or pt.n in _THAT or text[pt.end : m.start].strip(" ") != "")
            ):
                return True
            # «اتهمت فصائل عراقية إسرائيل بالوقوف وراءها»: the one accused of an act
            if (
                not gap.strip()
                and (nt_.nw in _ACCUSED_OF or (nt_.nw[:1] == "ب" and len(nt_.nw) > 4))
                and i is not None
                and any(toks[k].n in _ACCUSE for k in range(max(0, i - 5), i))
            ):
                return True  # (or of any act: «تتهم دمشق الولايات المتحدة بتسهيل تحركات»)
    return False


_NEG = _n("لا لن لم")
_ACCUSED_OF = _n("بالوقوف بشن بتنفيذ باستهداف بقصف بالمسؤولية بدعم بتسليح بخرق بانتهاك")
_ACCUSE = _n("اتهمت اتهم يتهم تتهم اتهموا متهمة متهما حملت حمل تحمل يحمل")


_W_ALLATI = norm("التي")
_RESUMPTIVE = _n("عليه عليها فيه فيها منه منها إليه إليها به بها له لها عنه عنها")
# verbs whose subject undergoes or becomes, not acts
_UNDERGO = _n(
    "يتحول تتحول تحول تحولت أصبح أصبحت يصبح تصبح بات باتت تبات يبات صار صارت يصير تصير "
    "ظل ظلت يظل تظل بقي بقيت يبقى تبقى شهد شهدت يشهد تشهد "
    "عاش عاشت يعيش تعيش تقع يقع وقعت وقع تمتد يمتد"
)


def _strip_wa(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


_W_AHYA = norm("الأحياء")
_HEAD_OF_BARE = _n("منطقة طريق")
_W_MAHATTA = norm("محطة")
_W_MAHATTA_STEM = _W_MAHATTA[:-1]  # «محط»: in محطة، المحطة، ومحطة، محطتي
_STATION_HEADS = _n("محطة المحطة محطتي")
# what a station pumps, makes or serves: «محطة الضخ»، «محطة كهرباء»، «محطة القطار»
_STATION_OF = _n(
    "الضخ ضخ الكهرباء كهرباء التحويل تحويل المياه مياه الوقود وقود القطار قطار القطارات "
    "تحلية الغاز غاز توليد الرادار رادار معالجة تصفية الإرسال ارسال"
)
_STATION_ADJ = _n("الكهربائية الحرارية الغازية الرئيسية الرئيسي الكبرى")


def _stations(text: str, toks, words: list[str], cands: list[_Cand]) -> list[_Cand]:
    """«محطة الضخ»، «ومحطة كهرباء القامشلي»، «محطة التحويل الكهربائية»: a utility station (a
    place, with the known place it is named after); not «محطة إذاعية» (a broadcaster)."""
    out = []
    loc_end = {c.start: c.end for c in cands if c.type == "LOCATION"}
    # (only the words with a station noun in them make token objects)
    for i in [k for k, w in enumerate(words[:-1]) if _W_MAHATTA_STEM in w]:
        t = toks[i]
        start = t.start
        if t.n in _STATION_HEADS:
            if t.prefix not in ("", "و", "ب", "ل", "ف"):
                continue
        elif t.nw[:1] in "وبلف" and t.nw[1:] in _STATION_HEADS:
            start = t.wstart + 1  # «ومحطة التحويل» (a clitic left on an unknown word)
        else:
            continue
        nx = toks[i + 1]
        if nx.prefix or nx.n not in _STATION_OF or not _only_space(text, t.end, nx.wstart):
            continue
        end, j = nx.end, i + 2
        if j < len(toks) and toks[j].wstart in loc_end and _only_space(text, end, toks[j].wstart):
            end = loc_end[toks[j].wstart]  # «محطة كهرباء القامشلي»
            while j < len(toks) and toks[j].start < end:
                j += 1
        while j < len(toks) and not toks[j].prefix and _only_space(text, end, toks[j].wstart):
            if toks[j].n not in _STATION_ADJ:
                break
            end, j = toks[j].end, j + 1
        out.append(_Cand(start, end, "LOCATION", _slug(text[start:end]), 0.55, 0, "landmark"))
    return out


def _quarters(text: str, g: Gazetteer, toks, i: int, cands: list[_Cand]) -> _Cand | None:
    """«الأحياء الشرقية»: a direction's quarters of the last city named before."""
    t = toks[i]
    if t.prefix not in ("", "و", "ب", "ل", "ف") or i + 1 >= len(toks):
        return None
    a = toks[i + 1]
    d = _DIR_ADJ.get(a.n)
    if d is None or a.prefix or text[t.end : a.wstart] != " ":
        return None
    city = None
    for c in cands:
        if c.type == "LOCATION" and c.start < t.start and c.canonical:
            p = g.place(c.canonical)
            if p is not None and p.kind in ("city", "town"):
                if city is None or c.start > city.start:
                    city = c
    canon = f"{city.canonical}-{d}" if city is not None else _slug(text[t.start : a.end])
    return _Cand(t.start, a.end, "LOCATION", canon, 0.6, 0, "district")


_DEF_FACILITIES = _n("المستشفى المشفى الملعب الجامع المسجد الأكاديمية الكلية المربع")
_FACILITY_ADJ = _n("الكبير القديم الجديد")
# a military college: الأكاديمية العسكرية، الكلية الحربية، الكلية البحرية
_COLLEGE_ADJ = _n("العسكرية الحربية الجوية البحرية")


def _facility_adj(text: str, g: Gazetteer, toks, i: int, kind: str) -> _Cand | None:
    """A definite facility named by its adjective: الملعب البلدي، الجامع العمري،
    المستشفى الوطني (a nisba adjective, not a nationality)."""
    t = toks[i]
    if t.prefix not in ("", "و", "ب", "ل", "ف") or i + 1 >= len(toks):
        return None
    a = toks[i + 1]
    if a.prefix or text[t.end : a.wstart] != " ":
        return None
    n = a.n
    college = kind == "academy" and n in _COLLEGE_ADJ  # «الأكاديمية العسكرية»
    if not college and n not in _FACILITY_ADJ:
        if not (n.startswith("ال") and n.endswith(("ي", "يه")) and len(n) > 4):
            return None
        if n in g.nationality or n in _PLACE_ADJ:
            return None
    return _Cand(t.start, a.end, "LOCATION", _slug(text[t.start : a.end]), 0.6, 0, kind)


_ROAD_LINK = _n("الرابط الواصل المؤدي")
_ROAD_ADJ = _n("الدولي السريع الصحراوي")
# words that may follow «الطريق الدولي» without naming it: بين، قرب، في ...
_ROAD_THEN = _n("بين قرب في عند من إلى الى باتجاه نحو شمال جنوب شرق غرب الذي")


def _place_phrase(text, g: Gazetteer, toks, i: int, kind: str, match_at) -> _Cand | None:
    t = toks[i]
    if t.prefix not in ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل", "ك"):
        return None
    start = t.start
    j = i + 1
    # الطريق الدولي / الطريق السريع
    if kind == "road":
        if j < len(toks) and toks[j].n in _ROAD_ADJ and not toks[j].prefix:
            j += 1
            # الطريق الدولي الرابط بين الرطبة والحدود، الطريق الدولي بين دمشق وعمّان: a
            # road named by its ends; الطريق الصحراوي قرب حميمة
            if j >= len(toks) or (
                not toks[j].prefix and (toks[j].n in _ROAD_LINK or toks[j].n in _ROAD_THEN)
            ):
                return _Cand(start, toks[j - 1].end, "LOCATION", "road", 0.6, 0, "road")
        elif t.n == _W9:
            # «الطريق الرابط بين سنجار وكوجو»، «الطريق المؤدي إليه»: the road itself
            if j < len(toks) and toks[j].n in _ROAD_LINK and not toks[j].prefix:
                return _Cand(start, t.end, "LOCATION", "road", 0.55, 0, "road")
            return None
    if j >= len(toks) or not _only_space(text, toks[j - 1].end, toks[j].wstart).__or__(
        text[toks[j - 1].end : toks[j].wstart].strip() in ('"', "«", "“", "(", '("', "'")
    ):
        if kind == "road" and j > i + 1:
            return _Cand(start, toks[j - 1].end, "LOCATION", "road", 0.6, 0, "road")
        return None
    gap = text[toks[j - 1].end : toks[j].wstart]
    if "\n" in gap or any(ch in gap for ch in ".,،؛:!?؟"):
        if kind == "road" and j > i + 1:
            return _Cand(start, toks[j - 1].end, "LOCATION", "road", 0.6, 0, "road")
        return None
    # a quoted name
    end = None
    canon = None
    conf = 0.75
    m0 = match_at.get(t.start)
    loc0 = m0.first("LOCATION") if m0 else None
    # a known place name that takes the head in (جبل الزاوية) or a quoted name
    whole = loc0 is not None and m0.end > t.end  # a known name with the head in it (تل أبيض)
    if whole and any(en.type == "ACTOR" and "state" in en.flags for en in m0.entries):
        return None  # «قالت تل أبيب»: a capital that may act is the gazetteer's to decide
    q = None if whole else _quoted_after(text, toks[j - 1].end, 5)
    if loc0 is not None and m0.end > t.end:
        end = m0.end
        canon = loc0.canonical
        conf = 0.9
        while j < len(toks) and toks[j].wstart < end:
            j += 1
    elif q:
        qs, qe = q
        ents = g.lookup(text[qs:qe])
        loc = next((e for e in ents if e.type == "LOCATION"), None)
        if ents and loc is None and kind not in ("oilfield", "airport", "base", "road"):
            return None  # مليشيا "X" is not a place
        canon = loc.canonical if loc else _slug(text[qs:qe])
        end = qe + 1
        k = j
        while k < len(toks) and toks[k].wstart < end:
            k += 1
        j = k
        conf = 0.8
    else:
        nxt = toks[j]
        if nxt.prefix not in ("",):
            return None
        if t.n == _W_WADI and "أ" in text[t.wstart : t.end]:
            return None  # «وأدى القصف» (and it led to) is no «وادي»
        if (
            nxt.nw[:1] in "ول"
            and len(nxt.nw) > 3
            and (
                nxt.nw[1:] in _PLACE_HEADS
                or nxt.nw[1:] in g.common_words
                or (len(nxt.nw) > 5 and nxt.nw.endswith(("ه", "ها", "هم")))
            )
        ):
            return None  # «قاعدة ونقطة»، «قاعدة لعملياته»: a coordinated noun, a purpose
        if _TAFIL_RE.match(nxt.n) and nxt.start not in match_at and t.n not in _SETTLEMENT_HEADS:
            return None  # «منشأة تخزين»: a verbal noun describes the facility
        m = match_at.get(nxt.start)
        loc = m.first("LOCATION") if m else None
        if m is not None and loc is None:
            return None  # an actor or organisation follows
        if loc is not None and "(" in gap:
            pk = g.place(loc.canonical)
            if pk is None or pk.kind != kind:
                # الطريق الدولي (الحسكة - الرقة - حلب): the places are their own entities
                if kind == "road" and j > i + 1:
                    return _Cand(start, toks[j - 1].end, "LOCATION", "road", 0.6, 0, "road")
                return None
        if loc is not None and t.n in _ADJ_HEADS and "country" in loc.flags:
            return None  # «منشأة سورية»: a Syrian facility, no place named
        if loc is not None:
            end = m.end
            canon = loc.canonical
            conf = 0.85
            while j < len(toks) and toks[j].wstart < end:
                j += 1
        elif (
            t.n in _OPEN_HEADS
            and not nxt.n.isdigit()
            # «منطقة الحلابسة»، «منطقة عكاشات» but not «منطقة العمليات»، «منطقة الاشتباكات»
            # (common words) nor «منطقة عسكرية» (an indefinite adjective)
            and not (
                t.n in _MANTIQA
                and (
                    nxt.n in g.common_words
                    or (not nxt.n.startswith("ال") and nxt.n.endswith(("ه", "يه", "ي")))
                )
            )
            # «مستشفى ميداني»، «منشأة سورية»، «مستشفى ومركزاً»: an indefinite adjective, a
            # nationality or a coordinated noun is no name
            and not (
                t.n in _ADJ_HEADS
                and (
                    nxt.n in g.nationality
                    or nxt.nw[:1] == "و"
                    or (not nxt.n.startswith("ال") and nxt.n.endswith(("ي", "يه", "ا")))
                )
            )
            and (
                _is_name_like(g, nxt.n)
                or (
                    (t.n in _SETTLEMENT_HEADS or t.n == _W_QALAA)
                    and nxt.n.startswith("ال")
                    and nxt.n not in _NOT_NAME
                )
                or nxt.n in _NAME_PREFIXES
            )
        ):
            if nxt.n in _PLACE_ADJ or nxt.n in g.nationality:
                return None
            if not nxt.n.startswith("ال") and nxt.n.endswith(("يه", "يين", "يون")):
                return None  # قرية حدودية، بلدة كردية: an adjective, not a name
            if t.n == _W_QADAA_HEAD and (nxt.n.endswith("ه") or nxt.n in g.common_words):
                return None  # «قضاء عطلة»، «قضاء الوقت»: spending, not a district
            end = nxt.end
            j += 1
            if nxt.n in _NAME_PREFIXES and j < len(toks) and _only_space(text, end, toks[j].wstart):
                n2 = toks[j]
                if n2.prefix == "" and n2.n not in _NOT_NAME and n2.n not in _PLACE_ADJ:
                    end = n2.end
                    j += 1
            # قرية زور مغار، وادي أبو سلمان: up to 3 name words, to a preposition,
            # a verb, a direction, an adjective or punctuation
            while (
                j < len(toks)
                and j - (i + 1) < 3
                and text[end : toks[j].wstart] == " "
                and _more_name(g, toks[j], toks[j - 1], match_at)
                and (t.n not in _MANTIQA or toks[j].n.startswith("ال"))
                # a dual head names two places: «قريتي زمبوقة وحرملة» stops at «و»
                and not (t.n in _DUAL_HEADS and toks[j].nw[:1] == "و" and len(toks[j].nw) > 3)
            ):
                end = toks[j].end
                j += 1
            if end == nxt.end and nxt.n in _NAME_PREFIXES and not _is_name_like(g, nxt.n):
                return None  # بلدة أم.
            canon = _slug(text[nxt.start : end])
            conf = 0.6
        else:
            return None
    # trailing adjectives: النفطي، الدولي، الشرقي، الشمالي الشرقي
    dirs = []
    while j < len(toks) and _only_space(text, end, toks[j].wstart) and toks[j].prefix == "":
        n = toks[j].n
        if n in _PLACE_ADJ:
            if n in _DIR_ADJ:
                dirs.append(_DIR_ADJ[n])
            end = toks[j].end
            j += 1
            continue
        break
    suffix = {
        "countryside": "countryside",
        "governorate": "governorate",
        "desert": "desert",
        "airport": "airport",
        "oilfield": "oilfield",
        "base": "base",
        "crossing": "crossing",
        "castle": "castle",
    }.get(kind)
    known = g.place(canon) if canon else None
    if known is not None and known.kind in _FACILITY_KINDS:
        suffix = None  # مطار التيفور العسكري: the facility itself
    if canon and suffix and not canon.endswith(suffix):
        g_id = canon
        canon = f"{g_id}-{'-'.join(dirs) + '-' if dirs else ''}{suffix}"
        if kind == "governorate":
            # a known governorate record: محافظة حلب
            for p in g.lookup(text[start:end]):
                if p.type == "LOCATION":
                    canon = p.canonical
                    break
    if (
        t.n == _W_TELL
        and not whole
        and known is not None
        and known.kind in ("city", "town", "village")
    ):
        canon = _slug(text[start:end])  # «تل حلب» is a village, not Aleppo
    place_kind = {"oilfield": "oilfield", "airport": "airport", "base": "base"}.get(kind, kind)
    if kind == "city":
        place_kind = "city"
    return _Cand(start, end, "LOCATION", canon, conf, 2, place_kind)


def _more_name(g: Gazetteer, tk: _Tok, prev: _Tok, match_at) -> bool:
    """``tk`` continues a place name after a head noun (not a preposition, verb,
    direction, adjective, title or another entity)."""
    n = tk.n
    if tk.prefix or n in _NOT_NAME or n in _PLACE_ADJ or n in _COMPASS or n in g.nationality:
        return False
    if n in _TITLES or n in _PLACE_HEADS or n in _GROUP_HEADS or n.isdigit():
        return False
    m = match_at.get(tk.start)
    if m is not None and m.first("LOCATION") is None:
        return False
    if tk.nw[:1] in "وفبلك" and (tk.wstart + 1 in match_at or tk.wstart + 2 in match_at):
        return False  # بدير الزور: a preposition on another place
    if tk.nw[:1] == "و" and (
        tk.nw[1:] in _PLACE_HEADS or tk.nw[1:] in _BUILDING_WORDS or tk.nw in _PLURAL_HEADS
    ):
        return False  # «حاجز العلاوين ومبنى ...»، «قرية زور مغار وقرى أخرى»: the next places
    if n.startswith("ال"):
        # الحق in سيف الحق: only after a word without the article (a construct)
        return not prev.n.startswith("ال") and n not in g.common_words and len(n) > 3
    if prev.n.startswith("ال") and prev.n not in _NAME_PREFIXES and m is None:
        # a definite word ends the construct: «معسكر الغزلاني باتا»، «قرية الحمدان
        # وأجزاء» (not «قرية الشيخ مسكين»)
        return False
    if _verbish(tk.nw) and n not in g.first_names:
        return False
    return _is_name_like(g, n) or n in _NAME_PREFIXES


def _coordinated(text: str, g: Gazetteer, toks, match_at, heads: list[int]) -> list[_Cand]:
    out: list[_Cand] = []
    for i in heads:
        t = toks[i]
        j = i + 1
        first = True
        names = 0
        dual = t.n in _DUAL_HEADS
        most = 2 if dual else 8  # «مدينتي A وB»: a dual head names two
        while j < len(toks) and names < most:
            tk = toks[j]
            gap = text[toks[j - 1].end : tk.wstart]
            if first:
                if gap != " ":
                    break
                start, n = tk.start, tk.n
                if tk.prefix:
                    break
            else:
                if gap.strip() in (",", "،") and not tk.prefix:
                    start, n = tk.start, tk.n
                    if tk.nw[:1] in "بلفك" and not (
                        match_at.get(start) and match_at[start].first("LOCATION")
                    ):
                        break  # «تل رفعت ومنبج، بذريعة ...»: a preposition ends the list
                elif gap == " " and tk.prefix == "و":
                    start, n = tk.start, tk.n
                elif (
                    gap == " "
                    and tk.nw.startswith("و")
                    and not tk.prefix
                    # «وأم حارتين»: a short name prefix is no stem of its own
                    and (len(tk.nw) > 3 or tk.nw[1:] in _NAME_PREFIXES)
                ):
                    start, n = tk.wstart + 1, tk.nw[1:]
                    while start < tk.end and not norm(text[start]):
                        start += 1
                else:
                    break
            m = match_at.get(start)
            loc = m.first("LOCATION") if m else None
            if (
                first
                and loc is None
                and not n.startswith("ال")
                and n.endswith(("يه", "يين", "يون"))
            ):
                break  # مناطق صحراوية وجبلية، قرى حدودية: adjectives, not names
            if loc is not None:
                end, canon, conf = m.end, loc.canonical, 0.85
            elif (
                m is None
                and (
                    (_is_name_like(g, n) and not n.startswith("ال"))
                    # «وأم حارتين»، «قرى أم الكيف»: a name prefix with the word after it
                    or (
                        n in _NAME_PREFIXES
                        and j + 1 < len(toks)
                        and (not first or text[tk.end : toks[j + 1].wstart] == " ")
                    )
                    # («مناطق القتال»: a common word right after the head names no place;
                    # districts are named by common words: «أحياء الشهداء والملعب»)
                    or (
                        n.startswith("ال")
                        and n not in _NOT_NAME
                        and len(n) > 4
                        and not (
                            first
                            and n in g.common_words
                            and n not in _NAME_PREFIXES
                            and t.n not in _DISTRICT_HEADS
                        )
                    )
                )
                and n not in _PLACE_ADJ
                and n not in g.nationality
                and n not in _COMPASS
                # مستغلاً، مؤكداً: an accusative adverb or a verb ends the list (not the
                # names of a dual head: «منطقتي متينا والزاب»، «قريتي النبعين والسمرا»)
                and not (n.endswith("ا") and n not in g.first_names and not dual)
                and not _verbish(tk.nw)
                # «بتمشيط أحياء X وتفكيك العبوات»: a verbal noun (تفعيل) ends it too
                and not _TAFIL(n)
                and n not in _SAYING  # «في محافظتي حلب وإدلب، مؤكدة أنها ...»
                # «مخيمات مكتظة»: an indefinite feminine adjective after the head
                and not (first and n.endswith("ه") and n[:1] == "م" and len(n) >= 5)
            ):
                end, canon, conf = tk.end, _slug(text[start : tk.end]), 0.55
                if (
                    n in _NAME_PREFIXES
                    and j + 1 < len(toks)
                    and text[tk.end : toks[j + 1].wstart] == " "
                ):
                    end = toks[j + 1].end
                    canon = _slug(text[start:end])
            else:
                break
            if not first:
                out.append(_Cand(start, end, "LOCATION", canon, conf, 0, "village"))
            elif t.n not in _DUAL_HEADS:
                out.append(_Cand(start, end, "LOCATION", canon, conf, 0, "village"))
            first = False
            names += 1
            while j < len(toks) and toks[j].wstart < end:
                j += 1
    return out


def _cover(covered: bytearray, a: int, b: int) -> None:
    """Mark positions [a, b) of ``covered`` as taken by a candidate."""
    covered[a:b] = b"\x01" * (b - a)


def _covered(n: int, cands: list[_Cand]) -> bytearray:
    """1 at the text positions some candidate covers."""
    covered = bytearray(n + 1)
    for c in cands:
        if c.end > c.start:
            _cover(covered, c.start, c.end)
    return covered


def _bare_refs(text: str, toks, cands: list[_Cand], bare: list[int], covered: bytearray) -> None:
    """Add bare facility references (``covered``: the positions of ``cands``)."""
    if not bare:
        return

    def inside(a: int, b: int) -> bool:
        return covered.find(0, a, b) < 0

    locs = sorted((c for c in cands if c.type == "LOCATION" and c.kind), key=lambda c: c.start)
    # a bare road (الطريق الدولي) is the last named road
    for c in locs:
        if c.canonical == "road":
            ante = [
                o for o in locs if o.start < c.start and o.kind == "road" and o.canonical != "road"
            ]
            if ante:
                c.canonical = ante[-1].canonical
    for i in bare:
        t = toks[i]
        kinds = _BARE.get(t.n)
        if kinds is None or inside(t.start, t.end):
            continue
        # not when a name or adjective phrase follows (المدينة الصناعية is its own thing)
        if i + 1 < len(toks) and _only_space(text, t.end, toks[i + 1].wstart):
            nn = toks[i + 1].n
            if (
                nn.startswith("ال")
                and not toks[i + 1].prefix  # («من المطار بالكامل»: a preposition, no adjective)
                and nn not in _NOT_NAME
                and nn not in _WEEKDAYS
                and not nn.startswith(("الت", "الو"))
            ):
                continue
        ante = None
        qadaa = t.n == _W_QADAA
        head = _SAME_HEAD.get(t.n)
        for c in locs:
            if c.start >= t.start:
                break
            if (c.kind in kinds if kinds else c.kind != "country") and (
                not qadaa or _cnorm(text[c.start : c.start + 4]) == _W_QADAA[2:]
            ):
                if head and _cnorm(text[c.start : c.end].split()[0]) not in (head, "ال" + head):
                    # «جوبر» ... «أطراف الحي»: a quarter the gazetteer knows needs no head
                    if not (t.n == _W_HAYY and _known_kind(c.canonical) == "district"):
                        continue
                if t.n == _W_CAPITAL and c.canonical not in _CAPITALS:
                    continue
                ante = c
        if t.n == _W_MUHAFAZA_DEF and i + 1 < len(toks) and toks[i + 1].n == _W_ALA:
            continue
        if ante is None and t.n == _W_MUHAFAZA_DEF:
            # «المحافظة» after «مدينة السويداء»: the governorate named after that city
            ante = _governorate_of(text, [c for c in locs if c.end <= t.start][-3:])
        if ante is None or (not kinds and t.start - ante.end > _AREA_REACH):
            continue
        cands.append(_Cand(t.start, t.end, "LOCATION", ante.canonical, 0.5, 0, ante.kind))


def _known_kind(canonical: str | None) -> str | None:
    """The gazetteer's kind of a place id (``district`` for جوبر), or None."""
    p = get_gazetteer().places.get(canonical) if canonical else None
    return p.kind if p is not None else None


_W_CAPITAL = norm("العاصمة")
_CAPITALS = frozenset(
    "damascus baghdad beirut amman ankara tehran moscow washington-dc riyadh cairo "
    "tel-aviv jerusalem doha abu-dhabi kuwait-city erbil".split()
)


def _governorate_of(text: str, before: list[_Cand]) -> _Cand | None:
    """The governorate named like the latest city of ``before`` («محافظة السويداء» for
    «السويداء»), as a candidate of that governorate, or None."""
    g = get_gazetteer()
    for c in reversed(before):
        if c.kind not in ("city", "town"):
            continue
        name = text[c.start : c.end].split()[-1]
        for e in g.lookup("محافظة " + name):
            if e.type == "LOCATION":
                return _Cand(c.start, c.end, "LOCATION", e.canonical, 0.5, 0, "governorate")
    return None


# a definite area noun + an adjective that makes it a named part of a place:
# المنطقة الصناعية، المدينة القديمة، الضفة الشرقية (of a river; الضفة الغربية alone is
# Palestine's West Bank, a gazetteer name)
_DEF_PLACE_ADJ = {
    norm("المنطقة"): _n("الصناعية العازلة الآمنة المنزوعة الحدودية منزوعة"),
    # «منطقة آمنة»، «منطقة عازلة»، «منطقة منزوعة السلاح» (indefinite: a zone proposed or set up)
    norm("منطقة"): _n("آمنة عازلة منزوعة"),
    # border strips and front lines: الشريط الحدودي، المناطق المحررة، خطوط التماس
    norm("المناطق"): _n("الحدودية المحررة الصحراوية الوعرة الآمنة المحيطة المجاورة"),
    norm("الشريط"): _n("الحدودي"),
    norm("المجمع"): _n("الحكومي"),  # «المجمع الحكومي» of an Iraqi city
    norm("المثلث"): _n("الحدودي"),
    norm("خط"): _n("التماس الجبهة"),
    # «القرى المحيطة بها»، «البلدات المجاورة»، «الجانب الأيمن» (of Mosul)
    norm("القرى"): _n("المحيطة المجاورة المحررة"),
    norm("البلدات"): _n("المحيطة المجاورة"),
    norm("الجانب"): _n("الأيمن الأيسر"),
    norm("خطوط"): _n("التماس الجبهة"),
    norm("الأحياء"): _n("السكنية الشرقية الغربية الشمالية الجنوبية القديمة الكردية العربية"),
    # «هاجمت القوات الحي الغربي»: one district of the town the article is about
    norm("الحي"): _n("الشرقي الغربي الشمالي الجنوبي القديم"),
    norm("الأراضي"): _n("السورية العراقية التركية اللبنانية الأردنية الإيرانية"),
    norm("المدينة"): _n("الأثرية القديمة الصناعية الرياضية الجامعية"),
    norm("الضفة"): _n("الشرقية الشمالية الجنوبية الغربية"),
    norm("الضفتين"): _n("الشرقية الغربية"),
    # observation posts and grain silos: نقاط المراقبة (التركية)، صوامع الحبوب
    norm("نقاط"): _n("المراقبة"),
    norm("نقطة"): _n("المراقبة"),
    norm("صوامع"): _n("الحبوب القمح"),
    # the border: «الحدود»، «الحدود الشمالية»، «الحدود السورية - العراقية»
    norm("الحدود"): _n(
        "السورية العراقية التركية اللبنانية الأردنية الإيرانية الإسرائيلية السعودية "
        "الشمالية الجنوبية الشرقية الغربية الدولية المشتركة"
    ),
}
_W_BORDERS = norm("الحدود")
_BY_PRONOUN = _n("بها به بهما بهم")

_AROUND = _n("المحيطة المجاورة")
_DISARMED = _n("منزوعة المنزوعة")
_W_WEAPONS = norm("السلاح")
_DASHES = "-–—ـ"
_DEF_PLACE_RE = re.compile("|".join(map(re.escape, _DEF_PLACE_ADJ)))
_W_DAFFA_WEST = norm("الغربية")
_RIVER_WORDS = _n("للنهر لنهر")
_RIVER_WORDS_DEF = norm("للنهر")


def _definite_places(text: str, toks, stems: list[str], cands: list[_Cand], covered) -> None:
    """«المنطقة الصناعية»، «المدينة الأثرية»: a place of its own (not a bare reference to
    the last named area or city); «الضفة الشرقية للنهر/لنهر الفرات»: a river bank."""
    for k in compress(range(len(toks)), map(_DEF_PLACE_ADJ.__contains__, stems)):
        t = toks[k]
        if t.prefix not in ("", "و", "ب", "ل", "ف"):
            continue
        adjs = _DEF_PLACE_ADJ[t.n]
        a = toks[k + 1] if k + 1 < len(toks) else None
        if a is None or a.prefix or a.n not in adjs or not _only_space(text, t.end, a.wstart):
            if t.n == _W_BORDERS and covered.find(1, t.start, t.end) < 0:
                # the bare border
                if not text[t.end : t.end + 3].lstrip()[:1].isdigit():
                    cands.append(_Cand(t.start, t.end, "LOCATION", "border", 0.5, 2, "area"))
                    _cover(covered, t.start, t.end)
            continue
        end = a.end
        j = k + 2
        # a second adjective of the same head: «الحدود السورية - العراقية»، «الشمالية الشرقية»
        if j < len(toks) and toks[j].n in adjs and not toks[j].prefix:
            gap = text[end : toks[j].wstart].strip()
            if gap == "" or gap in _DASHES:
                end = toks[j].end
                j += 1
        if a.n in _DISARMED and j < len(toks) and toks[j].n == _W_WEAPONS:
            end = toks[j].end  # «منطقة منزوعة السلاح»
            j += 1
        # «نقطة المراقبة التركية التاسعة»: its owner's adjective and its number
        nat = get_gazetteer().nationality
        while (
            j < len(toks)
            and not toks[j].prefix
            and (toks[j].n in _ORDINALS or toks[j].n in nat)
            and _only_space(text, end, toks[j].wstart)
        ):
            end = toks[j].end
            j += 1
        # «القرى المحيطة بها»، «القرى المحيطة بالحقل»: the place it surrounds, by a pronoun
        # or a definite noun after «ب»; «البلدات والقرى المحيطة»: two heads
        around = False
        if a.n in _AROUND and j < len(toks) and _only_space(text, end, toks[j].wstart):
            nx = toks[j]
            if nx.nw in _BY_PRONOUN or (nx.prefix == "ب" and nx.n.startswith("ال")):
                end = nx.end
                j += 1
                around = True

        start = t.start
        if (
            a.n in _AROUND
            and t.prefix == "و"
            and k > 0
            and toks[k - 1].n in _DEF_PLACE_ADJ
            and not toks[k - 1].prefix
            and _only_space(text, toks[k - 1].end, t.wstart)
        ):
            start = toks[k - 1].start
        river = False
        if k + 2 < len(toks) and _only_space(text, end, toks[k + 2].wstart):
            r = toks[k + 2]
            if r.nw in _RIVER_WORDS:
                river = True
                end = r.end
                if r.nw != _RIVER_WORDS_DEF and k + 3 < len(toks):  # لنهر الفرات
                    n3 = toks[k + 3]
                    if _only_space(text, end, n3.wstart) and not n3.prefix:
                        end = n3.end
        if a.n == _W_DAFFA_WEST and not river:
            continue  # الضفة الغربية: the gazetteer's West Bank
        if covered.find(1, start, end) >= 0 and not river and not around:
            continue
        name = text[start:end]
        cands.append(_Cand(start, end, "LOCATION", _slug(name), 0.6, 2, "area"))
        _cover(covered, start, end)


_AXIS_HINT = norm("محور ")
_AXIS_FORMS = _n("محور")
_AXIS_PREFIXES = ("", "و", "ب", "ل", "ف", "وب")
_AXIS_ADJ = _n("هام مهم جديد اخر آخر ثان ثالث رابع اول أول واحد اساس أساس")
# first words of two-word names: «محور تل ملح»، «محور كفر حمرة»
_NAME_FIRST = _n("تل كفر عين دير بيت خان جسر رأس راس قصر سد أبو ابو بئر تلة")


def _axis_places(text: str, g: Gazetteer, toks, stems, cands: list[_Cand], covered) -> None:
    """«على محور الكبينة»، «محور كفرجنة»: the front is named by the place after it (the
    axis word is not part of the name); not «محور المقاومة» (a common word), a compass
    word (محور جنوب كركوك) or an indefinite adjective (محور رئيسي)."""
    nat = g.nationality
    for k in compress(range(len(toks) - 1), map(_AXIS_FORMS.__contains__, stems)):
        a = toks[k + 1]
        n = a.n
        if toks[k].prefix not in _AXIS_PREFIXES or a.prefix:
            continue
        if not _only_space(text, toks[k].end, a.wstart):
            continue
        if covered.find(1, a.start, a.end) >= 0 or not _is_name_like(g, n) or n.isdigit():
            continue
        if n in nat or n in _COMPASS or n in _PLACE_ADJ or n in _TITLES or _verbish(a.nw):
            continue
        if (not n.startswith("ال") and n.endswith(("ي", "يه"))) or n in _AXIS_ADJ:
            continue  # محور رئيسي، محور هجومية، محور هام: an adjective
        end = a.end
        if n in _NAME_FIRST and k + 2 < len(toks):
            b = toks[k + 2]
            if b.prefix or not _only_space(text, a.end, b.wstart) or not _is_name_like(g, b.n):
                continue
            end = b.end
        if covered.find(1, a.start, end) >= 0:
            continue
        cands.append(_Cand(a.start, end, "LOCATION", _slug(text[a.start : end]), 0.55, 1, "area"))
        _cover(covered, a.start, end)


_W_GHURFA = norm("غرفة عمليات")
_W_ROOM = norm("غرفة")
_ROOM_FORMS = frozenset(p + _W_ROOM for p in ("", "و", "ف", "ب", "ل"))


def _operation_rooms(
    text: str, g: Gazetteer, toks, stems, match_at, cands: list[_Cand], covered
) -> None:
    """«غرفة عمليات الفتح المبين»، «غرفة عمليات "وحرض المؤمنين"»: the joint command is
    an armed actor (a quoted name, or up to three name words to a preposition, verb or
    punctuation); a known actor after it gives its id (غرفة عمليات حزب الله)."""
    for k in compress(range(len(toks) - 2), map(_ROOM_FORMS.__contains__, stems)):
        t, a = toks[k], toks[k + 1]
        if a.n != _W_AMALIYAT or a.prefix or t.prefix not in ("", "و", "ب", "ل", "ف"):
            continue
        # «وغرفة عمليات "فاثبتوا"»: a clitic the tokens did not split off
        start = t.start + len(stems[k]) - len(_W_ROOM)
        if not _only_space(text, t.end, a.wstart) or covered.find(1, t.start, a.end) >= 0:
            continue
        q = _quoted_after(text, a.end)
        canon = None
        if q:
            end = q[1] + 1 if q[1] < len(text) and text[q[1]] in _QUOTES else q[1]
            name = text[q[0] : q[1]]
        else:
            end, j = a.end, k + 2
            while j < len(toks) and j - k <= 4 and _only_space(text, end, toks[j].wstart):
                w = toks[j]
                m = match_at.get(w.start)
                if w.prefix or w.n in _NOT_NAME or w.n in _PLACE_ADJ or _verbish(w.nw):
                    break
                if (
                    j == k + 2
                    and not w.n.startswith("ال")
                    and (m is None or m.first("ACTOR") is None)
                ):
                    break  # «غرفة عمليات مشتركة»: an adjective, no name
                if j > k + 2 and not w.n.startswith("ال"):
                    break  # a definite name goes on with definite words only
                if m is not None and m.first("LOCATION") is not None:
                    break  # غرفة عمليات حلب is named by a place: that place's own span
                if m is not None and m.first("ACTOR") is not None:
                    canon = m.first("ACTOR").canonical
                    end = m.end
                    break
                end, j = w.end, j + 1
            if end == a.end:
                continue
            name = text[a.end : end].strip()
        canon = canon or "OTHER:" + _slug(name)
        cands.append(_Cand(start, end, "ACTOR", canon, 0.6, 2))
        _cover(covered, start, end)


_W_MABNA = norm("مبنى")
_W_MAQAR = norm("مقر ")
_BUILDING_WORDS = frozenset({_W_MABNA, norm("مقر")})
# owners named by a construct noun after «مبنى»: مبنى وزارة الداخلية، مبنى بلدية حلب
_BUILDING_OWNERS = _n(
    "وزارة مديرية قيادة مجلس محافظة بلدية هيئة دائرة شركة مؤسسة جامعة مستشفى مدرسة سفارة "
    "قنصلية فرع إدارة رئاسة"
)


def _buildings(text: str, g: Gazetteer, toks, stems, cands: list[_Cand], covered) -> None:
    """«مبنى» + a definite noun or an owner's construct noun, with up to two definite words
    after it (مبنى المخفر القديم، مبنى وزارة الداخلية): the building, a place; «مقر» + a
    named actor (مقر قيادة عمليات كركوك): the headquarters, a place that takes the name in."""
    actor_at = None
    for k in compress(range(len(toks) - 1), map(_BUILDING_WORDS.__contains__, stems)):
        t, nx = toks[k], toks[k + 1]
        if t.prefix not in ("", "و", "ب", "ل", "ف") or nx.prefix:
            continue
        if not _only_space(text, t.end, nx.wstart):
            continue
        if t.n != _W_MABNA:  # مقر + actor
            if actor_at is None:
                actor_at = {c.start: c for c in cands if c.type == "ACTOR"}
            a = actor_at.get(nx.start)
            if a is not None and a.end > nx.start:
                name = text[t.start : a.end]
                cands.append(_Cand(t.start, a.end, "LOCATION", _slug(name), 0.6, 2, "base"))
                _cover(covered, t.start, a.end)
                continue
            if nx.n not in _BUILDING_OWNERS:
                continue  # (the head office of a company, a ministry ...: a building below)
        n = nx.n
        owner = n in _BUILDING_OWNERS
        if not (owner or (n.startswith("ال") and len(n) > 3 and n not in _NOT_NAME)):
            continue
        end, j = nx.end, k + 2
        while j < len(toks) and j - k <= 3 and _only_space(text, end, toks[j].wstart):
            w = toks[j]
            # «مقر شركة نفط الشمال»: the owner's own name may start without the article
            bare_name = owner and j == k + 2 and not w.n.startswith("ال") and not _verbish(w.nw)
            if w.prefix or not (w.n.startswith("ال") or bare_name):
                break
            if w.n in _NOT_NAME or w.n in _RELATIVE:
                break
            end, j = w.end, j + 1
        # «مبنى الأمن العسكري»: a branch named in it is the building's name, no actor here
        cands[:] = [c for c in cands if not (c.type == "ACTOR" and nx.start <= c.start < end)]
        cands.append(
            _Cand(t.start, end, "LOCATION", _slug(text[t.start : end]), 0.55, 2, "building")
        )
        _cover(covered, t.start, end)


_UNIT_NOUNS = _n("الفرقة الفيلق اللواء الفوج الكتيبة")
_ORDINALS = _n(
    "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس "
    "السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة"
)
_UNIT_LINK = _n("في من التابع التابعة")
_BELONGS = _n("التابع التابعة")
# «الفرقة العشرين»، «الفرقة 16»: tens and numbers name units too
_TENS = _n("العشرين الثلاثين الأربعين الخمسين الستين السبعين الثمانين التسعين")


def _unit_number(n: str) -> bool:
    """The word after a unit noun numbers it: an ordinal, a tens word or digits (1-999)."""
    return n in _ORDINALS or n in _TENS or (n.isdigit() and len(n) <= 3)


_CALLED_GATE = re.compile("يدعى|يُدعى|المدعو|الملقب|يلقب|يُلقب|المكنى|يكنى")
# the name: quoted, or «أبو/أم + one or two words» unquoted
_CALLED = re.compile(
    r"(?:يدعى|يُدعى|المدعو|الملقب ب|يلقب ب|يُلقب ب|المكنى ب?|يكنى ب?)\s*"
    r"(?:[\"«“]\s*(?P<q>[^\"»”\n]{3,40}?)\s*[\"»”]|(?P<u>(?:أبو|أبي|أبا|أم) [^\s،,.]+(?: [^\s،,.]+)?))"
)


def _person_at(cands: list[_Cand], a: int, b: int) -> bool:
    """A PERSON candidate already covers part of [a, b)."""
    return any(c.start < b and a < c.end and c.type == "PERSON" for c in cands)


_MINISTRY_HINT = "وزار"
_MINISTRY_RE = re.compile(
    r"(?<![\w])[وبلف]?((?:وزارة|وزارتا|وزارتي) ال\w+(?: (?:و|لل|ل)?ال?\w+){0,2}? (ال\w+))(?!\w)"
)
_LINE_HINT = "خط"
_LINE_RE = re.compile(
    r"(?:(?<=[\s\"'«(])|^)[وفبل]?((?:خط|خطوط) (?:وقف إطلاق النار|وقف اطلاق النار|فصل القوات|الفصل|فض الاشتباك))"
    r"(?![\w])"
)
_BRANCH_HINT = re.compile("الهندس|الدفاع الجوي")
_BRANCH_RE = re.compile(
    r"(?<![\w\u0640])[وف]?(?:ب|ل)?((?:وحدات|فرق|قوات|سرايا) (?:الهندسة(?: العسكرية)?|"
    r"الجهد الهندسي|الدفاع الجوي))(?![\w\u0640])"
)


def _units(text: str, toks, stems: list[str], cands: list[_Cand], covered) -> None:
    """A unit noun and an ordinal (or a number): «قطعات الفرقة السابعة في الجيش العراقي»
    just before «في/من/التابع(ة) لـ» and an actor is that actor's; «الفرقة الخامسة»،
    «اللواء الثاني عشر» named alone is a unit of the government forces of the country
    reported on (``*gov``, resolved per article)."""
    starts = {c.start: c for c in cands if c.type == "ACTOR"}
    n = len(toks)
    for k in compress(range(n - 1), map(_UNIT_NOUNS.__contains__, stems)):
        t, o = toks[k], toks[k + 1]
        a = _army_of(text, toks, k, starts) if starts and k < n - 3 else None
        if a is not None:
            if covered.find(1, t.start, o.end) < 0:
                cands.append(_Cand(t.start, o.end, "ACTOR", a.canonical, 0.6, 0))
                _cover(covered, t.start, o.end)
            elif toks[k + 2].n in _BELONGS:
                # «اللواء الثامن التابع لقوات سوريا الديمقراطية»: the army it belongs to wins
                # over a unit of another army the gazetteer knows by the same name (a unit
                # «في» a coalition keeps its own name: «"الفيلق الثالث" في "الجيش الوطني"»)
                for c in cands:
                    if c.type == "ACTOR" and c.start == t.start and c.end == o.end:
                        c.canonical = a.canonical
            continue
        if t.prefix not in ("", "و", "ل", "ب") or not t.nw[len(t.prefix) :].startswith("ال"):
            continue
        if o.n in _UNIT_ADJ and k + 2 < n and _only_space(text, t.end, o.wstart):
            # «الفرقة المدرعة التاسعة»: the arm's adjective before the ordinal (not a
            # vehicle: the weapon candidate over the adjective gives way)
            o2 = toks[k + 2]
            if o2.n in _ORDINALS and not o2.prefix and _only_space(text, o.end, o2.wstart):
                for c in cands:
                    if c.type == "WEAPON" and c.start == o.start:
                        c.end = c.start  # (_resolve skips empty spans)
                        covered[o.start : o.end] = bytes(o.end - o.start)
                o = o2
        elif o.prefix or not _unit_number(o.n) or not _only_space(text, t.end, o.wstart):
            continue
        if o.prefix or not _unit_number(o.n):
            continue
        end = o.end
        if k + 2 < n and toks[k + 2].n in _W_ASHRA and _only_space(text, o.end, toks[k + 2].wstart):
            end = toks[k + 2].end  # «الفرقة الثانية عشرة»
        if covered.find(1, t.start, end) < 0:
            cands.append(_Cand(t.start, end, "ACTOR", _HOME_GOV, 0.55, 0))


def _army_of(text: str, toks, k: int, starts: dict[int, _Cand]) -> _Cand | None:
    """The actor named after unit noun ``k``, its ordinal and «في/من/التابع(ة) لـ», or None."""
    t, o, link = toks[k], toks[k + 1], toks[k + 2]
    if t.prefix not in ("", "و", "ل"):
        return None
    if o.prefix or not (o.n in _ORDINALS or o.n.isdigit()):
        return None
    if link.n not in _UNIT_LINK and not (link.prefix == "ب" and link.start in starts):
        return None
    # (quotes may close the unit's name or open the army's: «"الفيلق الثالث" في "الجيش الوطني"»)
    if not _blank(text, t.end, o.wstart) or not _blank(text, o.end, link.wstart):
        return None
    if link.start in starts:
        return starts[link.start]
    if link.n in _UNIT_LINK:
        nxt = toks[k + 3]
        a = starts.get(nxt.start)
        if a is not None and _blank(text, link.end, nxt.wstart):
            return a
    return None


def _blank(text: str, a: int, b: int) -> bool:
    """Only spaces and quotes between ``a`` and ``b``."""
    return a <= b and not text[a:b].strip(" \t" + _QUOTES)


_W_ASHRA = _n("عشرة عشر")
# adjectives of a unit's arm: «الفرقة التاسعة المدرعة»، «اللواء الرابع الآلي»
_UNIT_ADJ = _n("المدرعة المدرع الآلية الآلي المؤللة المؤلل المشاة المجوقلة المجوقل")


def _short_names(text: str, g: Gazetteer, toks, cands: list[_Cand], covered) -> None:
    """«من الغوطة» after «الغوطة الشرقية» (a known place of two words, a definite
    name and a direction): the later bare name is that place (not when an adjective
    follows: الغوطة الغربية)."""
    short: dict[str, _Cand] = {}
    for c in cands:
        if c.type != "LOCATION" or c.canonical is None or c.kind in (None, "village"):
            continue
        words = text[c.start : c.end].split()
        if len(words) != 2 or _cnorm(words[1]) not in _DIR_ADJ:
            continue
        w0 = _cnorm(words[0])
        if not w0.startswith("ال") or len(w0) < 5 or g.place(c.canonical) is None:
            continue
        if w0 not in short or c.start < short[w0].start:
            short[w0] = c
    if not short:
        return
    for k, t in enumerate(toks):
        c = short.get(t.n)
        if c is None or t.start <= c.start or covered.find(1, t.start, t.end) >= 0:
            continue
        if k + 1 < len(toks) and _only_space(text, t.end, toks[k + 1].wstart):
            nn = toks[k + 1].n
            if not toks[k + 1].prefix and nn.startswith("ال") and nn not in _NOT_NAME:
                continue
        cands.append(_Cand(t.start, t.end, "LOCATION", c.canonical, 0.5, 0, c.kind))
        _cover(covered, t.start, t.end)


_W_SHEIKH = norm("الشيخ")
# a bare definite group head -> the head its antecedent's name starts with
_BARE_GROUPS = {
    norm("الجيش"): norm("الجيش"),  # الجيش after الجيش العراقي
    norm("الشرطة"): norm("الشرطة"),  # الشرطة after الشرطة الاتحادية
    norm("الحزب"): norm("حزب"),
    norm("الوحدات"): norm("وحدات"),
    norm("الحركة"): norm("حركة"),
    norm("الجبهة"): norm("جبهة"),
    norm("القيادة"): norm("قيادة"),  # القيادة after قيادة العمليات المشتركة
    norm("القوة"): norm("قوة"),  # القوة المتوغلة after قوة إسرائيلية
    norm("الوزارة"): norm("وزارة"),  # «وأضافت الوزارة» after وزارة الدفاع الروسية
    norm("الحكومة"): norm("حكومة"),  # after «الحكومة العراقية» (or the home one)
    norm("الحشد"): norm("الحشد"),  # «عناصر من الحشد» after «الحشد الشعبي»
    norm("الغرفة"): norm("غرفة"),  # «وقالت الغرفة» after «غرفة عمليات "فاثبتوا"»
    norm("الكتائب"): norm("كتائب"),  # «وقالت الكتائب» after «كتائب حزب الله»
    norm("الخلية"): norm("خلية"),  # «وقالت الخلية» after «خلية الإعلام الأمني»
    # «من الميليشيات» after «ميليشيات موالية لإيران»
    norm("الميليشيات"): norm("ميليشيات"),
    norm("المليشيات"): norm("مليشيات"),
}
_W_QUWWA = norm("القوة")
_W_HASHD = norm("الحشد")
_W_JAISH = norm("الجيش")
_OPPOSITION_ARMIES = frozenset(("FSA", "OTHER:jaish-al-fateh", "OTHER:jaish-al-islam"))


def _bare_groups(
    text: str, g: Gazetteer, toks, stems: list[str], cands: list[_Cand], covered
) -> None:
    """«عناصر الحزب» after «حزب العمال الكردستاني»: the last actor whose name starts
    with the head (not when an adjective or a name follows: الحزب الشيوعي); «الفصيل»
    after «كتائب حزب الله»: the last armed group named (not a state or its forces)."""
    actors = sorted((c for c in cands if c.type == "ACTOR"), key=lambda c: c.start)
    if not _FACTION_WORDS.isdisjoint(stems):
        _bare_faction(text, g, toks, stems, actors, cands, covered)
    for k, st in enumerate(stems):
        head = _BARE_GROUPS.get(st)
        if head is None:
            continue
        t = toks[k]
        if covered.find(1, t.start, t.end) >= 0:
            continue
        participle = False
        if (
            k + 1 < len(toks)
            and _only_space(text, t.end, toks[k + 1].wstart)
            and not toks[k + 1].prefix  # «الجيش والشرطة»: a coordinated noun
        ):
            nn = toks[k + 1].n
            # «القوة المتوغلة»: a participle describes the force just named, it does
            # not name another one (not a nisba: القوة الجوية)
            participle = st == _W_QUWWA and nn.startswith("الم") and not nn.endswith("يه")
            if (
                nn.startswith("ال")
                and nn not in _NOT_NAME
                and nn not in _RELATIVE
                and not participle
            ):
                continue
        if st == _W_QUWWA and not participle:
            continue  # «استخدمت القوة»: alone it is also strength
        if st == _W_HUKUMA and k > 0 and stems[k - 1] in _HEAD_OF:
            continue  # «رئيس الحكومة»: a title
        ante = None
        for c in actors:
            if c.start >= t.start:
                break
            # «قيادة عمليات X» or «القيادة العامة/المركزية ...» before «القيادة»
            if _cnorm(text[c.start : c.start + len(head) + 4]).startswith((head, st)):
                if st == _W_JAISH and c.canonical in _OPPOSITION_ARMIES:
                    continue  # «وحدات الجيش» after «الجيش الحر»: the state's army
                if ante is None or c.start != ante.start or c.canonical in g.actor_names:
                    ante = c  # (of two readings of one name, the gazetteer's)
            elif st == _W_HASHD and _W_HASHD in _cnorm(text[c.start : c.end]):
                ante = c  # «الحشد» after «هيئة الحشد الشعبي»
        if ante is None:
            # «بمشاركة قطعات من الجيش» after «قيادة العمليات المشتركة العراقية» and
            # before «الجيش العراقي»: the one actor that the later named groups of this
            # head are, when it was already named (under another name) before
            later = {
                c.canonical
                for c in actors
                if c.start > t.start
                and _cnorm(text[c.start : c.start + len(head) + 2]).startswith(head)
                and not (st == _W_JAISH and c.canonical in _OPPOSITION_ARMIES)
            }
            if len(later) == 1:
                (cid,) = later
                ante = next((c for c in actors if c.start < t.start and c.canonical == cid), None)
        if ante is not None:
            end = toks[k + 1].end if participle else t.end
            canon = ante.canonical
            if st in _HOME_BARE and canon in _GOVERNMENTS:
                # «قيادة الجيش» among Lebanese towns after «الجيش السوري» was named: the
                # army of the country its own sentence is in
                # (two places at least: one bare «المطار» is no evidence against a name)
                here = _Cand(t.start, end, "ACTOR", canon, 0.5)
                canon = _local_home(text, here, _places_of(g, cands), least=2) or canon
            cands.append(_Cand(t.start, end, "ACTOR", canon, 0.5, 0))
            _cover(covered, t.start, end)
        elif (
            st in _HOME_BARE
            and t.prefix in ("", "و", "ل", "ب", "ف")
            # «من الجيش والقوات الجوية الأميركية»: a nationality after a coordinated force
            and not any(toks[j].n in g.nationality for j in range(k + 1, min(len(toks), k + 5)))
        ):
            # «انتشر الجيش في المدينة» with no army named before: the army (or police) of
            # the country reported on (``*gov``, resolved per article, dropped elsewhere)
            cands.append(_Cand(t.start, t.end, "ACTOR", _HOME_GOV, 0.45, 0))
            _cover(covered, t.start, t.end)


_BARE_PREFIXES = ("", "و", "ل", "ب", "ف")


def _bare_free(t: _Tok, covered) -> bool:
    """Whether bare word ``t`` has at most a conjunction or a preposition on it and no
    candidate over it: free to be read as a reference back."""
    return t.prefix in _BARE_PREFIXES and covered.find(1, t.start, t.end) < 0


def _definite_next(text: str, toks, k: int) -> _Tok | None:
    """The word right after word ``k`` when it is definite and bare (no clitic, not a
    particle): the adjective or name that makes a bare reference a name of its own
    («العدو الإسرائيلي»، «المملكة المتحدة»، «القوات الخاصة»); else None."""
    if k + 1 >= len(toks) or not _only_space(text, toks[k].end, toks[k + 1].wstart):
        return None
    nx = toks[k + 1]
    if nx.prefix or not nx.n.startswith("ال") or nx.n in _NOT_NAME:
        return None
    return nx


_W_QUTAAT = norm("القطعات")
_BARE_FORCES = _n("القوات القطعات")
# «القطعات» is the Iraqi word for army units: only Iraq's forces, the PMF or the Peshmerga
_IRAQI_FORCES = frozenset(("IQ_GOV", "OTHER:pmf", "PESHMERGA"))
# sides (other than states) whose forces are called «القوات»
_FORCES_OF = frozenset(("SDF", "PESHMERGA", "OTHER:pmf", "COALITION", "YPG", "SY_GOV", "IQ_GOV"))
# adjectives that make «القوات» a name of its own: المسلحة، المشتركة، المحلية
_FORCE_NAME_ADJ = _n("المسلحة المشتركة المحلية المركزية المساندة الموالية")
_FORCE_REACH = 1500  # characters back to the forces a bare «القوات» refers to


def _bare_forces(text: str, g: Gazetteer, toks, stems, cands, covered) -> None:
    """«إن القوات دخلت المدينة»، «وقف تقدم القوات»، «القوات المتقدمة»، «هذه القوات»: bare
    «القوات» (or «القطعات») refers to the side named last (within ``_FORCE_REACH``) whose
    forces the article reports on; not when a name, adjective or nationality follows it
    («القوات الخاصة»، «القوات الأمريكية») other than a participle («المتقدمة»)."""
    actors = sorted(
        (c for c in cands if c.type == "ACTOR" and c.canonical and c.canonical != "UNKNOWN"),
        key=lambda c: c.start,
    )
    states = g.state_actor_ids
    for k in compress(range(len(stems)), map(_BARE_FORCES.__contains__, stems)):
        t = toks[k]
        if not _bare_free(t, covered):
            continue
        end = t.end
        nx = _definite_next(text, toks, k)
        if nx is not None:
            if not nx.n.startswith("الم") or nx.n.endswith(("يه", "ي")) or nx.n in _FORCE_NAME_ADJ:
                continue  # «القوات الخاصة»، «القوات المسلحة»: another force's name
            if nx.n in g.nationality or covered.find(1, nx.start, nx.end) >= 0:
                continue
            end = nx.end  # «القوات المتقدمة»
        iraqi = t.n == _W_QUTAAT
        ante = None
        for c in actors:
            if c.start >= t.start:
                break
            if t.start - c.end > _FORCE_REACH or c.conf < 0.5:
                continue
            if iraqi and c.canonical not in _IRAQI_FORCES:
                continue
            if not iraqi and c.canonical not in states and c.canonical not in _FORCES_OF:
                continue  # (the jihadists' fighters are no «القوات»)
            ante = c
        if ante is None:
            continue
        cands.append(_Cand(t.start, end, "ACTOR", ante.canonical, 0.45, 0))
        _cover(covered, t.start, end)


_W_ENEMY = norm("العدو")
_ENEMIES = ("OTHER:israel", "ISIS")  # who «العدو» is, in this order of preference


def _the_enemy(text: str, toks, stems, cands, covered) -> None:
    """Bare «العدو» (the enemy; «جيش العدو»، «وزير أمن العدو»): Israel in an article that
    names Israel (the word of Syrian, Lebanese and Iranian outlets), else ISIS in one that
    names ISIS (the word of Iraqi officials); nothing otherwise, and not when an adjective
    or a name follows («العدو الإسرائيلي» is the gazetteer's)."""
    named = {c.canonical for c in cands if c.type == "ACTOR"}
    enemy = next((e for e in _ENEMIES if e in named), None)
    if enemy is None:
        return
    for k in compress(range(len(stems)), map(_W_ENEMY.__eq__, stems)):
        t = toks[k]
        if not _bare_free(t, covered):
            continue
        if _definite_next(text, toks, k) is not None:
            continue  # «العدو الصهيوني»، «العدو المشترك»
        cands.append(_Cand(t.start, t.end, "ACTOR", enemy, 0.45, 0))
        _cover(covered, t.start, t.end)


_W_KINGDOM = norm("المملكة")
# the kingdoms of the region: actor id -> place id
_KINGDOMS = {"OTHER:jordan": "jordan", "OTHER:saudi-arabia": "saudi-arabia"}
_KINGDOM_OF_PLACE = {p: a for a, p in _KINGDOMS.items()}


def _the_kingdom(text: str, g: Gazetteer, toks, stems, cands, covered) -> None:
    """Bare «المملكة» (the Kingdom, as Jordanian and Saudi outlets call their state): the
    kingdom the article names before (as a state or a place); a place after a locative word
    («إلى المملكة»), else the acting state; not when an adjective follows (المملكة
    العربية السعودية، المملكة المتحدة are the gazetteer's)."""
    named = None
    for c in sorted(cands, key=lambda c: c.start):
        if c.canonical in _KINGDOMS:
            named = c.canonical
        elif c.canonical in _KINGDOM_OF_PLACE:
            named = _KINGDOM_OF_PLACE[c.canonical]
    if named is None:
        return
    for k in compress(range(len(stems)), map(_W_KINGDOM.__eq__, stems)):
        t = toks[k]
        # («للمملكة»: of or for the kingdom, neither clearly the state nor the place)
        if t.prefix not in ("", "و", "ب", "ف") or covered.find(1, t.start, t.end) >= 0:
            continue
        if _definite_next(text, toks, k) is not None:
            continue  # «المملكة المتحدة»
        place = t.prefix == "ب" or (k > 0 and toks[k - 1].nw in _PLACE_LOC_PREPS)
        if place:
            cands.append(_Cand(t.start, t.end, "LOCATION", _KINGDOMS[named], 0.45, 0, "country"))
        else:
            cands.append(_Cand(t.start, t.end, "ACTOR", named, 0.45, 0))
        _cover(covered, t.start, t.end)


_HOME_BARE = _n("الجيش الشرطة الحكومة")
_W_FASIL = norm("الفصيل")
# «الفصيل»، «الميليشيا» (singular): the armed group named last
_W_FACTIONS = norm("الفصائل")
# coalitions of factions that a bare «الفصائل» refers back to like the opposition's
_FACTION_COALITIONS = frozenset(
    (
        "FSA",
        "OTHER:jaish-al-fateh",
        "OTHER:local-gunmen",
    )
)


def _named_actors(cands: list[_Cand]) -> list[_Cand]:
    """The actors named outright (not weak or bare readings), in text order."""
    return sorted(
        (c for c in cands if c.type == "ACTOR" and c.canonical and c.conf >= 0.7),
        key=lambda c: c.start,
    )


def _the_factions(text: str, cands: list[_Cand]) -> None:
    """Bare «الفصائل», which the gazetteer reads weakly as the opposition: the coalition of
    factions named last before it («جيش الفتح»، «فصائل محلية»), or the side named
    last as factions («الفصائل الموالية لإيران»، «فصائل الحشد الشعبي»); the opposition stays
    when it was named last, or nothing was. (After «الجبهة الوطنية للتحرير», a coalition
    inside the opposition, annotators keep the opposition five times in eight.)"""
    actors = _named_actors(cands)
    for c in cands:
        if c.type != "ACTOR" or c.canonical != "FSA" or c.conf >= 0.7:
            continue
        if _cnorm(text[c.start : c.end]) != _W_FACTIONS:
            continue
        ante = None
        for a in actors:
            if a.start >= c.start:
                break
            if a.canonical in _FACTION_COALITIONS or _W_FACTIONS[2:] in _cnorm(
                text[a.start : a.end]
            ):
                ante = a
        if ante is not None:
            c.canonical = ante.canonical


_W_MERCS = norm("المرتزقة")
_W_MERC = norm("مرتزقة")


def _the_mercenaries(text: str, toks, stems, cands: list[_Cand], covered) -> None:
    """Bare «المرتزقة» (how Kurdish outlets label an enemy): the side last labelled so
    before it, «مرتزقة داعش» (ISIS) or «مرتزقة الاحتلال التركي» (the Turkish-backed
    factions); nothing when no side was."""
    actors = _named_actors(cands)
    for k in compress(range(len(stems)), map(_W_MERCS.__eq__, stems)):
        t = toks[k]
        if not _bare_free(t, covered):
            continue
        if _definite_next(text, toks, k) is not None:
            continue  # «المرتزقة السوريين»: an adjective names others
        ante = None
        for c in actors:
            if c.start >= t.start:
                break
            before = _cnorm(text[max(0, c.start - 8) : c.start]).split()
            if (before and before[-1] == _W_MERC) or _cnorm(text[c.start : c.end]).startswith(
                _W_MERC
            ):
                ante = c
        if ante is not None:
            cands.append(_Cand(t.start, t.end, "ACTOR", ante.canonical, 0.45, 0))
            _cover(covered, t.start, t.end)


_FACTION_WORDS = _n("الفصيل الميليشيا المليشيا")
_NOT_FACTION = frozenset(("COALITION", "UNKNOWN", "PESHMERGA"))


def _bare_faction(text: str, g: Gazetteer, toks, stems, actors, cands, covered) -> None:
    """«الفصيل»: the armed group named last in the 1,500 characters before it (not a state,
    a government or the coalition)."""
    states = g.state_actor_ids
    for k in compress(range(len(stems)), map(_FACTION_WORDS.__contains__, stems)):
        t = toks[k]
        if not _bare_free(t, covered):
            continue
        ante = None  # («الفصيل المدعوم من إيران»: an adjective describes the one named)
        for c in actors:
            if c.start >= t.start:
                break
            cid = c.canonical
            if cid and cid not in states and cid not in _NOT_FACTION and cid[0] != "*":
                if ante is None or c.start != ante.start or cid in g.actor_names:
                    ante = c  # (of two readings of one name, the gazetteer's)
        if ante is None or t.start - ante.end > 1500:
            continue
        cands.append(_Cand(t.start, t.end, "ACTOR", ante.canonical, 0.5, 0))
        _cover(covered, t.start, t.end)


_GOVERNMENTS = frozenset(GOVERNMENT_OF.values())


def _places_of(g: Gazetteer, cands: list[_Cand]) -> list[tuple[int, str]]:
    """(start, country) of the located candidates."""
    return [
        (c.start, p.country)
        for c in cands
        if c.type == "LOCATION" and c.canonical and (p := g.place(c.canonical)) and p.country
    ]


_W_HUKUMA = norm("الحكومة")
_HEAD_OF = _n("رئيس رئاسة رئيسة")
_W_TERRORISTS = norm("الإرهابي")
_W_GUNMEN = norm("المسلحي")
# «الإرهابيون» (SANA) and «المسلحون» (Russian and Iranian outlets): the armed groups
_TERRORISTS = _n("الإرهابيون الإرهابيين المسلحون المسلحين")
# the groups some outlets call «the terrorists» (SANA, Turkish and Iraqi officials)
_LABELLED = frozenset("ISIS NUSRA FSA SDF YPG PKK OTHER:al-qaeda".split())
_KURDISH = frozenset("SDF YPG PKK".split())


def _terrorists(text: str, toks, stems: list[str], cands: list[_Cand], covered) -> None:
    """«زرعها الإرهابيون»، «مواقع الإرهابيين» (SANA's word for the armed groups), unquoted
    and with no adjective: the last armed group of those so labelled (داعش، النصرة، the
    opposition, the Kurdish forces) named in the 500 characters before it."""
    groups = sorted(
        (c for c in cands if c.type == "ACTOR" and c.canonical in _LABELLED),
        key=lambda c: c.start,
    )
    if not groups:
        return
    idx = [*compress(range(len(toks)), map(_TERRORISTS.__contains__, stems))]
    # an outlet that uses the label in its own voice uses it in its sources' quotes too
    own_voice = any(not _in_quotes(text, toks[k].wstart) for k in idx)
    for k in idx:
        t = toks[k]
        if t.prefix not in ("", "و", "ل", "ب") or covered.find(1, t.start, t.end) >= 0:
            continue
        quoted = not own_voice and _in_quotes(text, t.wstart)
        if quoted and (text[t.wstart - 1 : t.wstart] in _QUOTES or t.prefix):
            continue  # «من "الإرهابيين"»: scare quotes, the writer keeps the label at a distance
        if k + 1 < len(toks) and _only_space(text, t.end, toks[k + 1].wstart):
            nn = toks[k + 1]
            if not nn.prefix and nn.n.startswith("ال") and nn.n not in _NOT_NAME:
                continue  # «الإرهابيين الأجانب»: a description of its own
        ante = None
        for c in groups:
            if c.start >= t.start:
                break
            ante = c
        if ante is None or t.start - ante.end > _TERROR_REACH:
            continue
        if quoted and ante.canonical in _KURDISH:
            continue  # «"تستهدف الإرهابيين فقط"»: Ankara's label for the Kurdish forces
        cands.append(_Cand(t.start, t.end, "ACTOR", ante.canonical, 0.5, 0))
        _cover(covered, t.start, t.end)


_TERROR_REACH = 1000  # characters back to the group the label refers to
_GROUP_LABEL_HINT = re.compile("[إا]رهابي[ةه]|مسلح[ةه]|متطرف[ةه]")
_GROUP_LABEL_RE = re.compile(
    r"(?<![\w])[وبلف]?((?:ال)?(?:مجموعات|مجموعة|تنظيمات|جماعات|جماعة|عصابات|عصابة|فصائل) "
    r"(?:ال)?(?:[إا]رهابي[ةه]|مسلح[ةه]|متطرف[ةه])(?: (?:ال)?(?:مسلح[ةه]|[إا]رهابي[ةه]))?)(?!\w)"
)


def _labelled_groups(text: str, cands: list[_Cand], covered) -> None:
    """«المجموعات الإرهابية»، «مجموعات إرهابية»، «الجماعات المسلحة» (the words of SANA and
    of officials for the armed groups): an actor, the labelled group named last before it
    (in 1,500 characters), else the first one named after it, else an unknown side."""
    groups = sorted(
        (c for c in cands if c.type == "ACTOR" and c.canonical in _LABELLED),
        key=lambda c: c.start,
    )
    for mm in _GROUP_LABEL_RE.finditer(text):
        a, b = mm.span(1)
        if covered.find(1, a, b) >= 0:
            continue
        ante = None
        for c in groups:
            if c.start >= a:
                if ante is None or a - ante.end > 1500:
                    ante = c  # (the first one named after it)
                break
            ante = c
        if ante is not None and a - ante.end > 1500 and ante.start < a:
            ante = None
        cands.append(_Cand(a, b, "ACTOR", ante.canonical if ante else "UNKNOWN", 0.5, 0))
        _cover(covered, a, b)


def _in_quotes(text: str, pos: int) -> bool:
    """``pos`` is inside a quotation opened earlier on its line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return (
        line.count('"') % 2 == 1
        or line.count("«") > line.count("»")
        or line.count("“") > line.count("”")
    )


_W_MUSAYYAR = "مسير"
_DRONE_WORDS = _n("مسيرة مسيرات المسيرة المسيرات مسيرتين")
# before a drone: an attack noun (هجوم بمسيرة) or verb (أسقطت مسيرة)
_DRONE_BEFORE = _n(
    "هجوم هجمات قصف ضربة ضربات استهداف غارة أسقطت أسقط اعترضت اعترض استهدفت استهدف قصفت أطلقت أطلق "
    # present tense (headlines): «وأميركا تسقط مسيّرة»، «إسقاط مسيرة»
    "تسقط يسقط تعترض يعترض إسقاط اعتراض"
)
# after a drone: a verb of attack, or what kind of drone it is
_DRONE_AFTER = _n(
    "استهدفت قصفت ضربت هاجمت انفجرت أطلقت سقطت انتحارية مفخخة مذخرة هجومية مسلحة مجهولة مجهولة"
)


def _drones(text: str, g: Gazetteer, toks, words: list[str], covered: bytearray) -> list[_Cand]:
    """«مسيرة» (also a march) is a drone next to an attack word, a nationality or
    a drone kind: هجوم بمسيرة، المسيرات التركية، مسيرة انتحارية، أسقطت مسيرة."""
    out: list[_Cand] = []
    for k, w in enumerate(words):
        if _W_MUSAYYAR not in w:
            continue
        t = toks[k]
        start, prefix = t.start, t.prefix
        if t.n not in _DRONE_WORDS:
            if not (t.n[:1] == "ب" and t.n[1:] in _DRONE_WORDS):
                continue
            start, prefix = t.start + 1, "ب"  # بمسيرة
        if covered.find(1, start, t.end) >= 0:
            continue
        ok = False
        if k + 1 < len(toks) and text[t.end : toks[k + 1].wstart] == " ":
            nx = toks[k + 1]
            nn = nx.n
            ok = not nx.prefix and (
                nn in _DRONE_AFTER or nn in g.nationality or "ال" + nn in g.nationality
            )
        if not ok and k > 0 and text[toks[k - 1].end : t.wstart] == " ":
            pv = toks[k - 1]
            before = pv.n in _DRONE_BEFORE or (pv.n[:1] in "بو" and pv.n[1:] in _DRONE_BEFORE)
            ok = before and prefix in ("", "ب")
        if ok:
            out.append(_Cand(start, t.end, "WEAPON", "drone", 0.7, 0))
    return out


def _compass_place(text: str, toks, longest: dict, end: int) -> bool:
    """A direction word and a known place follow ``end``: «... جنوبي حلب»."""
    m = _WORD_AFTER.match(text, end)
    if not m or _cnorm(m.group(1)) not in _COMPASS:
        return False
    k = m.end()
    while k < len(text) and text[k] == " ":
        k += 1
    c = longest.get(k)
    return c is not None and c.type == "LOCATION"


def _persons(
    text: str, g: Gazetteer, toks, cands: list[_Cand], trig, cols, mask: bytearray
) -> list[_Cand]:
    """Person names; ``mask`` has the positions of ``cands`` (and gets those of the names)."""
    out: list[_Cand] = []
    longest: dict[int, _Cand] = {}
    for c in cands:
        b = longest.get(c.start)
        if b is None or c.end > b.end:
            longest[c.start] = c

    def covered(a: int, b: int) -> bool:
        return mask.find(1, a, b) >= 0

    def cand_at(pos: int) -> _Cand | None:
        return longest.get(pos)

    def _first_after(j: int) -> bool:
        """The word after ``toks[j]`` is a first name (a full name follows a title)."""
        if j + 1 >= len(toks):
            return False
        nx = toks[j + 1]
        return text[toks[j].end : nx.wstart] == " " and not nx.prefix and nx.n in g.first_names

    def add(c: _Cand) -> None:
        out.append(c)
        if c.end > c.start:
            mask[c.start : c.end] = b"\x01" * (c.end - c.start)

    def name_from(
        j: int, strict_first: bool, after_title: bool = False
    ) -> tuple[int, int, int] | None:
        """Name tokens from toks[j]: (start, end, count)."""
        if j >= len(toks):
            return None
        first = toks[j]
        if first.prefix or covered(first.start, first.end):
            return None
        fn = first.n
        if fn.startswith("ال") and fn not in g.first_names:
            return None
        # «نجم الدين كريم»، «عز الدين»: a compound first name whose first word is a word too
        din = (
            j + 1 < len(toks)
            and toks[j + 1].n == _W_DIN
            and not toks[j + 1].prefix
            and text[first.end : toks[j + 1].wstart] == " "
            and len(fn) >= 2
            and not fn.startswith("ال")
        )
        if din:
            pass
        elif not _is_name_like(g, fn) or fn in _TITLES or fn in g.nationality:
            return None
        if strict_first and fn not in g.first_names:
            return None
        if fn not in g.first_names and (
            (len(fn) >= 4 and fn.endswith("ا") and not (after_title and _first_after(j)))
            or (fn[0] in "وبلفك" and fn[1:] in g.common_words)
        ):
            return None  # عزما، ساكنا، بغارة: not names (a title before a full name: محما خليل)
        end = first.end
        count = 1
        k = j + 1
        while k < len(toks) and count < 4:
            tk = toks[k]
            gap = text[end : tk.wstart]
            if gap != " " or tk.prefix or covered(tk.start, tk.end):
                break
            n = tk.n
            if n in (_W13, _W4, _W1, _W19, _W2):
                pass
            elif toks[k - 1].n == _W_ABD and n.startswith("ال"):
                count -= 1  # عبد الأمير، عبد الله: a compound first name, one name word
            elif not _is_name_like(g, n) or n in g.nationality or n in _PLACE_ADJ:
                break
            elif n in _COMPASS:
                break  # الشيخ سعيد جنوبي حلب: a direction ends the name
            elif n in _ACT_AFTER or n in _ACT_BEFORE:
                break
            elif n in _TITLES and (n not in g.first_names or n.startswith("ال")):
                break  # حسين أمير عبد اللهيان: أمير is a name here
            elif n.startswith("ال") and n in g.common_words:
                break
            elif n[0] == "و" and n not in g.first_names:
                break
            elif n[0] in "بلكف" and n[1:] in g.common_words and n not in g.first_names:
                break  # بغارة، لمقتل: a preposition on an ordinary word
            elif (
                n.startswith(("سي", "ست", "سن"))
                and len(n) >= 5
                and n not in g.first_names
                and not n.endswith("وي")  # (سنكاوي: a surname)
            ):
                break  # سيزور، ستعلن: a verb
            end = tk.end
            count += 1
            k += 1
        return first.start, end, count

    for i in sorted({*trig[R_TITLE], *trig[R_FIRST], *trig[R_SPEECH]}):
        t = toks[i]
        if t.n in _TITLES and t.prefix in ("", "و", "ل", "ب", "ف", "ك"):
            j = i + 1
            skipped = 0
            while j < len(toks) and skipped < 7:
                tk = toks[j]
                gap = text[toks[j - 1].end : tk.wstart]
                if "\n" in gap or any(ch in gap for ch in ".!?؟:;؛"):
                    j = len(toks)
                    break
                c = cand_at(tk.start) or cand_at(tk.wstart)
                if c is not None and c.type != "PERSON":
                    while j < len(toks) and toks[j].start < c.end:
                        j += 1
                    skipped += 1
                    continue
                if tk.n in _TITLE_MOD or tk.n in g.nationality or tk.n in _TITLES:
                    j += 1
                    skipped += 1
                    q = _quoted_after(text, tk.end, 5) if tk.n == _W_AMALIYAT else None
                    if q is not None:
                        # «قائد عمليات "قادمون يا نينوى" الفريق X»: the operation's name
                        while j < len(toks) and toks[j].start < q[1]:
                            j += 1
                    continue
                if toks[j - 1].n == _W_BISM and tk.n.startswith("ال") and not tk.prefix:
                    # المتحدثة باسم الحملة ليلوى ...: the body the spokesperson speaks for
                    j += 1
                    skipped += 1
                    continue
                break
            if j >= len(toks):
                continue
            gap = text[toks[j - 1].end : toks[j].wstart]
            if gap.strip(" ،,\"'«»“”") or "\n" in gap:
                continue
            r = name_from(j, strict_first=False, after_title=True)
            if r is None:
                continue
            s, e, count = r
            if t.n == _W_SHEIKH and j == i + 1 and _compass_place(text, toks, longest, e):
                # حي الشيخ مقصود شمالي حلب: a place named after a sheikh
                add(_Cand(t.start, e, "LOCATION", _slug(text[t.start : e]), 0.6, 1, "district"))
                continue
            known = any(
                toks[k].n in g.first_names for k in range(j, j + count) if s <= toks[k].start < e
            )
            if not known and count == 1:
                continue
            conf = 0.75 if known else 0.55
            add(_Cand(s, e, "PERSON", None, conf, 1))
        elif t.n in g.first_names and t.n not in g.common_words and not t.prefix:
            if covered(t.start, t.end):
                continue
            r = name_from(i, strict_first=True)
            if r is None or r[2] < 2:
                continue
            s, e, count = r
            add(_Cand(s, e, "PERSON", None, 0.55, 0))
        elif (t.n in _SPEECH or t.nw in _SPEECH) and i + 1 < len(toks):
            # وقال جيمس جيفري إن ...: two or more name words after a speech verb
            nx = toks[i + 1]
            if text[t.end : nx.wstart] != " " or nx.n in g.common_words:
                continue
            r = name_from(i + 1, strict_first=False)
            if r is None or r[2] < 2:
                continue
            s, e, count = r
            words = [toks[k].n for k in range(i + 1, i + 1 + count)]
            if any(w in g.common_words and w not in g.first_names for w in words):
                continue
            add(_Cand(s, e, "PERSON", None, 0.5, 0))
    # later mentions of a found person's last name: أردوغان، بوتين
    wstarts, stems, words = cols
    surnames = {}
    spoken: dict[str, int] = {}
    canon_of: dict[str, str | None] = {}
    for c in [c for c in cands if c.type == "PERSON"] + out:
        k0 = bisect.bisect_right(wstarts, c.start) - 1
        if k0 < 0 or toks[k0].end <= c.start:
            k0 += 1
        last = []
        while k0 < len(toks) and toks[k0].end <= c.end:
            last.append(toks[k0])
            k0 += 1
        if len(last) >= 2:
            n = last[-1].n
            if len(n) >= 3 and n not in _NOT_NAME:
                if n not in g.common_words:
                    surnames[n] = c.start
                else:
                    spoken[n] = c.start
                canon_of[n] = c.canonical
    # a surname that is also a word («رسول»، «المهندس»): only as the subject of a verb of
    # saying right before it («وأضاف رسول»، «وقال المهندس في بيان»)
    for k in compress(range(len(stems)), map(spoken.__contains__, stems)) if spoken else ():
        n = toks[k].n
        if (
            k >= 1
            and n in spoken
            and spoken[n] < toks[k].start
            and not toks[k].prefix
            and _strip_wa(toks[k - 1].nw) in _SPEECH
            and text[toks[k - 1].end : toks[k].wstart] == " "
            and not covered(toks[k].start, toks[k].end)
            # («وقال المهندس المعماري»: a profession with its adjective)
            and not (
                k + 1 < len(toks) and toks[k + 1].n.startswith("ال") and not toks[k + 1].prefix
            )
        ):
            out.append(_Cand(toks[k].start, toks[k].end, "PERSON", canon_of.get(n), 0.5, 0))
    if surnames:
        has = surnames.__contains__
        written = {p + n for n in surnames for p in "وبل"}  # ولافروف، بأردوغان
        idx = {*compress(range(len(stems)), map(has, stems))}
        idx.update(compress(range(len(words)), map(written.__contains__, words)))
        for t in [toks[k] for k in sorted(idx)]:
            n = t.n
            if n not in surnames and t.nw[:1] in "وبل" and t.nw[1:] in surnames:
                n = t.nw[1:]
                start = t.wstart + 1
                while start < t.end and not norm(text[start]):
                    start += 1
            else:
                start = t.start
            if n in surnames and surnames[n] < start and not covered(start, t.end):
                out.append(_Cand(start, t.end, "PERSON", canon_of.get(n), 0.5, 0))
    return out


# complements that make one weapon phrase with the noun before them:
# صهاريج وقود، طائرات شحن، أسلحة رشاشة، الصواريخ المعادية، قذيفة صاروخية ومدفعية
_WEAPON_COMPL = _n(
    "وقود شحن نقل رشاشة رشاشات عسكرية عسكري مدرعة مدرعات مصفحة مصفحات حربية حربي مسيرة "
    "ثقيلة خفيفة متوسطة صاروخية صاروخي مدفعية لوجستية لوجستي هجومية هجومي انتحارية "
    "مفخخة مفخخ موجهة موجه ذكية دقيقة مضادة مضاد ميدانية ميداني ذاتية "
    "المعادية المعادي العسكرية العسكري المدرعة الحربية الحربي المسيرة الثقيلة الخفيفة "
    "المتوسطة الصاروخية المدفعية اللوجستية الهجومية الانتحارية المفخخة الموجهة الذكية"
)
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
# nouns before a weapon that belong to its phrase: منظومات صواريخ، رشقات من الصواريخ
_WEAPON_PRE = re.compile(
    r"(?:(?<=[\s\"'«(])|^)[وفبل]{0,2}"
    r"(منظوم(?:ة|ات)|بطاري(?:ة|ات)|رشق(?:ة|ات)(?: من)?|دفع(?:ة|ات) من|راجم(?:ة|ات)|أنظمة|نظام)"
    r" $"
)


_cnorm = functools.lru_cache(maxsize=65536)(norm)


def _weapon_phrase(text: str, c: _Cand) -> _Cand:
    s, e = c.start, c.end
    pm = _WEAPON_PRE.search(text, max(0, s - 16), s)
    if pm:
        s = pm.start(1)
    last = text[s:e].rsplit(None, 1)[-1] if e > s else ""
    took = _cnorm(last) in _WEAPON_COMPL  # قذيفة صاروخية (one gazetteer name) ومدفعية
    while True:
        wm = _WORD_AFTER.match(text, e)
        if not wm:
            break
        w = _cnorm(wm.group(1))
        if w in _WEAPON_COMPL:
            e = wm.end()
            took = True
            continue
        if took and w[:1] == "و" and w[1:] in _WEAPON_COMPL:
            e = wm.end()  # قذيفة صاروخية ومدفعية
            continue
        break
    if (s, e) == (c.start, c.end):
        return c
    return _Cand(s, e, "WEAPON", c.canonical, c.conf, c.prio)


def _weapons(text: str, cands: list[_Cand]) -> list[_Cand]:
    ws = sorted(
        (
            _weapon_phrase(text, c)
            for c in cands
            # «إليه» normalises as «آلية» (a vehicle): a hamza below is no vehicle
            if c.type == "WEAPON" and not (c.canonical == "vehicles" and text[c.start] == "إ")
        ),
        key=lambda c: c.start,
    )
    others = [c for c in cands if c.type != "WEAPON"]
    merged: list[_Cand] = []
    for c in ws:
        # a quoted model name right after: قذائف "كونكورس"
        q = _quoted_after(text, c.end, 3)
        if q and not text[c.end : q[0] - 1].strip():
            c = _Cand(c.start, q[1] + 1, "WEAPON", c.canonical, c.conf, c.prio)
        if merged:
            last = merged[-1]
            gap = text[last.end : c.start]
            single = " " not in text[last.start : last.end] and " " not in text[c.start : c.end]
            if single and gap.strip() == _WEAPON_CONJ and gap.startswith(" "):
                merged[-1] = _Cand(last.start, c.end, "WEAPON", last.canonical, last.conf, 2)
                continue
        merged.append(c)
    return others + merged


_OPERATION_NAME = re.compile('(?:عملية|معركة|حملة|عمليتي|معركتي)[ \t]+["«“]([^"«»“”\n]{2,40})["»”]')


# «أبو مكة»، «تل حلب»: a first word of village names before a known place name that the
# gazetteer does not know with it: the whole is another place (a village), not Mecca
_COMPOUND_HEAD = re.compile(
    r"(?:^|(?<=[\s«\"(]))(?:أبو|ابو|بني|تل|عين|دير|كفر|خربة|جب|بئر|رأس|راس|مزرعة) $"
)


def _compound_places(text: str, cands: list[_Cand]) -> None:
    """Extend a known place preceded by a village-name head into one unknown place."""
    starts = {c.start for c in cands}
    covered = [(c.start, c.end) for c in cands]
    for c in cands:
        if c.type != "LOCATION" or c.start < 2 or c.kind == "country":
            continue
        m = _COMPOUND_HEAD.search(text, max(0, c.start - 7), c.start)
        if m is None or m.start() in starts:
            continue
        if any(a <= m.start() < b for a, b in covered):
            continue
        c.start = m.start()
        c.canonical = _slug(text[c.start : c.end])
        c.kind = "village"
        c.conf = min(c.conf, 0.6)


_W_TELL = norm("تل")
_GOAL_NOUNS = _n("تحرير استعادة تطهير")


def _outside_operation_names(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Drop places inside a quoted operation name: «عملية "درع الفرات"»، «معركة "فجر
    الجرود"» name the operation, not the Euphrates or the outskirts."""
    # («عملية "تحرير الموصل"» names its goal: Mosul stays a place)
    spans = [
        m.span(1)
        for m in _OPERATION_NAME.finditer(text)
        if _cnorm(m.group(1).split()[0]) not in _GOAL_NOUNS
    ]
    if not spans:
        return cands
    return [
        c
        for c in cands
        if c.type != "LOCATION" or not any(a <= c.start and c.end <= b for a, b in spans)
    ]


# the start of a dateline up to its outlet: one to three words of a place, a dash
_DATELINE_OUTLET = re.compile(
    r"[\w\u0600-\u06ff]+(?:[ ،,]+[\w\u0600-\u06ff]+){0,2}[ \t]*[-–—ـ/][ \t]*[\"«“]?$"
)


_MARK_RE = re.compile("[\u064b-\u065f\u0670]")


_UNIT_BASE = re.compile(r"(?P<head>مقر\s+)?[\"«“]?(?:اللواء|الفرقة|الفوج)\s+\d{1,3}(?!\d)[\"»”]?")
_UNIT_BASE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|على|إلى|الى|نحو|قرب|محيط|داخل)\s*$")


def _unit_bases(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A numbered brigade, division or regiment as the base it holds: «مقر "اللواء 52"»،
    «مقر الفرقة 17»، «المرابطة في اللواء 137» (a place; «تعزيزات من اللواء 45» is the unit)."""
    out = list(cands)
    for m in _UNIT_BASE.finditer(text):
        s, e = m.start(), m.end()
        if not m.group("head") and not _UNIT_BASE_BEFORE.search(text, max(0, s - 12), s):
            continue
        if text[e - 1] in '"»”' and text[s] not in '"«“' and not m.group("head"):
            e -= 1
        out = [c for c in out if not (c.start < e and s < c.end and c.type == "ACTOR")]
        name = re.sub(r"[\"«»“”]", "", text[s:e])
        out.append(_Cand(s, e, "LOCATION", _slug(name), 0.8, 3, "base"))
    return out


_SOLDIER = norm("جندي")


def _not_counted_soldiers(ents: list[Entity], qents: list[Entity]) -> list[Entity]:
    """«نحو 900 جندي أميركي»: the soldiers of a count in the nominative are its unit, no
    actor (most annotators); «18 جندياً سورياً» and «مقتل جندي تركي» are."""
    ends = {q.end for q in qents}
    return [
        e
        for e in ents
        if not (
            e.type == "ACTOR"
            and e.start in {x - len(e.text.split()[0]) for x in ends}
            and norm(e.text.split()[0]) == _SOLDIER
        )
    ]


_CASUALTY_BEFORE = re.compile(
    "|".join(
        norm(w) for w in "مقتل قتل قتلى إصابة اصابة أصيب جرح جرحى مصرع استشهاد بحياة إعدام".split()
    )
)
_NAT_TAILS = ("", "ا", "ين", "ون", "ان")


@functools.lru_cache(maxsize=1)
def _indefinite_nationalities(g: Gazetteer) -> dict[str, str]:
    """Indefinite nationality adjectives after a count («جنديين أمريكيين»، «34 جندياً
    تركياً»، «جنود أميركيون») -> actor id, from the gazetteer's masculine definite forms."""
    out: dict[str, str] = {}
    for key, (aid, gender) in g.nationality.items():
        if gender == "m" and key.startswith("ال") and key.endswith("ي"):
            for tail in _NAT_TAILS:
                out.setdefault(key[2:] + tail, aid)
    return out


def _counted_casualties(
    text: str, g: Gazetteer, ents: list[Entity], qents: list[Entity]
) -> list[Entity]:
    """«مقتل جنديين أمريكيين»، «إصابة 34 جندياً تركياً»: the soldiers of a counted toll with
    their nationality are that state's forces too (an ACTOR over the count's noun and the
    adjective, beside the QUANTITY); most annotators mark them so in a toll, not in a count
    of forces deployed («نحو 900 جندي أميركي»)."""
    nats = _indefinite_nationalities(g)
    out: list[Entity] = []
    for q in qents:
        if q.unit not in ("troops", "fighters", "killed", "wounded"):
            continue
        m = _NEXT_WORD_RE.match(text, q.end)
        if m is None:
            continue
        aid = nats.get(norm(m.group(1)))
        if aid is None:
            continue
        if not _CASUALTY_BEFORE.search(norm(text[max(0, q.start - 25) : q.start])):
            continue
        s = q.start + q.text.rfind(" ") + 1 if " " in q.text else q.start
        e = m.end(1)
        while e < len(text) and _MARK_RE.match(text, e):
            e += 1
        if any(x.start < e and s < x.end for x in ents):
            continue
        out.append(Entity("", s, e, text[s:e], "ACTOR", aid, "auto", 0.6))
    return out


_NEXT_WORD_RE = re.compile(r"[ \t]+([\u0621-\u064a]+)")


def _resolve(text: str, cands: list[_Cand]) -> list[Entity]:
    """Longest first, then priority, then confidence; no two candidates overlap."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, -c.conf, c.start))
    taken = bytearray(len(text) + 1)
    out: list[Entity] = []
    find = taken.find
    append = out.append
    for c in order:
        s, e = c.start, c.end
        if s < e:
            a, b = text[s], text[e - 1]
            if not (a.isalnum() and b.isalnum() and a != "\u0640"):  # else _trim keeps it
                s, e = _trim(text, s, e)
        if e <= s:
            continue
        # the last word's own marks: «جندياً تركياً» (the tanween after the last letter)
        while e < len(text) and _MARK_RE.match(text, e):
            e += 1
        if find(1, s, e) >= 0:
            continue
        taken[s:e] = b"\x01" * (e - s)
        # Entity(id, start, end, text, type, canonical, origin, confidence)
        append(Entity("", s, e, text[s:e], c.type, c.canonical, "auto", round(c.conf, 2)))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """No surrounding spaces, tatweel or enclosing quotes."""
    if s < e:  # fast path: letters or digits at both ends need no trimming
        a, b = text[s], text[e - 1]
        if a.isalnum() and b.isalnum() and a != "\u0640":
            return s, e
    while s < e and (text[s].isspace() or text[s] == "\u0640"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and (text[s] in _QUOTES or text[e - 1] in _QUOTES):
        if e - s >= 2 and text[s] in _QUOTES and text[e - 1] in _QUOTES:
            if not _QUOTE_RE.search(text, s + 1, e - 1):
                s, e = s + 1, e - 1
        while s < e and text[s] in _QUOTES and not _QUOTE_RE.search(text, s + 1, e):
            s += 1
        while e > s and text[e - 1] in _QUOTES and not _QUOTE_RE.search(text, s, e - 1):
            e -= 1
    while e > s and text[e - 1] in _PUNCT and text[e - 1] not in ")]":
        e -= 1
    return s, e
