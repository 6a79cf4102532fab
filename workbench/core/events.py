"""Events: trigger lexicon, arguments, time, modality and attribution.

Triggers come from ``resources/lexicon/triggers.tsv`` (one Aho-Corasick
automaton over the normalised text; clitics و ف ب ل ك، ال، لل, the future
prefix س and pronoun suffixes ه/ها/هم are matched in code). Ambiguous forms
need context (flags in the file): ``نشر/سحب/أرسل`` need a military object,
``وصل/دخل/انتشر`` a military word or an adjacent actor, a bare ``دورية`` a
light verb (سيّرت). Two-word noun phrases also match with a definite adjective
and a possessive noun (الحملة العسكرية، عملياتها العسكرية); ``عملية "X"`` is an
operation; ``أنشأت ... نقطة/قاعدة`` a base. Reporting verbs (أعلن، قال، أكد، نفى)
are STATEMENT events when their subject is an armed actor, its official
(«قال الرئيس التركي»، «المتحدث باسم التحالف»، «وقال المتحدث باسمها») or an
official body (خلية، وزارة), or a named person the article presents as an official
of an armed actor or with a military rank («وقال أردوغان» after «الرئيس التركي رجب
طيب أردوغان»); not after «ما» (وفق ما أعلنت), not with an object suffix (اتفاق
أعلنه), nor for a denial that an event trigger carries (an actor announcing its own
action, «قالت X إنها دفعت بتعزيزات», is a statement and that action an event);
``تبنّى`` (a claim) is one unless it names a new (indefinite) attack, which carries
it. A repelled advance (صدّوا محاولة تقدم) and storming a place (اقتحام المنطقة) are
attacks, «نشر ... نقاط» a base, «منذ بدء الهجوم» an operation. Triggers of
one type in one clause of a sentence are one event (``حملات دهم واعتقال``,
``رتلاً ... دخل``), except a second verb with its own subject, a second leg of
another kind after a comma (دخل ... إلى X، واتجه نحو Y) and an event dated against
another (سيطر على X بعد يوم من سيطرته على Y); clauses break at
فيما، بينما، في حين، كما، إلا أن، «، لـ+verb» and «;». A definite noun
(``الهجوم``) repeating an event of its own sentence is that event; one repeating an
event of an earlier sentence is a new mention (a report of its own, with the earlier
one's actors), except a convoy noun (``القافلة``, within four sentences) and a claim
of it (تبنت X الهجوم); feared, threatened or denied ones (مخاوف من تمدد المعارك), those
described by a relative clause with a place, counted («الثالثة من نوعها») or named by
their start («منذ بدء موجة الهجمات») are events even in the same sentence;
``أي هجوم`` is generic except under a negation (لم تنفذ أي غارة: denied); a call (دعا إلى وقف إطلاق النار) is a planned
agreement; «عدد من قتلوا» is a count, no killing; headings and
headline lines (the first line up to 25 words, later lines up to 15, without
final punctuation) carry no events. «مناطق سيطرة X» is control named inside a
place phrase: no clause stop.

Arguments are read from the trigger's clause of the sentence, never from the
attribution part (``ذكرت مصادر ... أنّ``):

- actors: ``من قبل/على يد X``, ``هجوم شنّه X``; else the subject right after
  a verb or the genitive after a noun (``انسحاب القوات الأميركية``,
  ``تعزيزات عسكرية روسية``); else the nearest free actor before the trigger
  (with its coordinated partners: ``روسيا وتركيا``; the owner in ``رتل
  للقوات الأميركية``). ``مع X`` (training, agreement, control, operation),
  ``بالتعاون مع/بمشاركة X``, ``بين X و Y`` add actors. Nationality adjectives
  (``الروسية``) count as actors except after a named organisation
  (``وكالة سبوتنيك الروسية``); ``الأخيرة`` is the last actor named before it;
  with no actor, «بلاده/قواتها» or «أعلنت X أنها ...» point to the source;
  a verb without a subject continues the previous verb's subject (in the
  sentence, or from the previous sentence when it opens with «و» + verb).
  A subject may follow a time and a count (ووصل، أمس، نحو 300 جندي أميركي).
  ``بقيادة X`` names no actor; «بدعم X» adds none to control; every side of
  «بين X وY من جهة، وZ من جهة أخرى» is an actor; the partners of joint
  training («تدريبات مشتركة لـX») are actors.
- targets: ``ضد X``, ``على X``, ``استهدف X``, ``مواقع لـX``/``مواقع X`` and
  the actors coordinated with a target; the subject of ``تعرض لـ`` or of a
  repelled attack (``أحبطت X هجوماً``، «تصدت X لعدوان جوي إسرائيلي»: the
  adjective is the attacker); a definite subject of ``تعرض`` naming an earlier
  event («تعرضت الدورية») makes that event's actors the targets; victims
  (``مقتل عناصر من X``); for an attack whose actor follows it, the actors
  named before it.
- location: the best LOCATION of the clause: direct object of a verb, then
  ``إلى/نحو``, ``في/على``, ``من`` (for withdrawals); a place after ``X في``
  or ``الواقعة في`` is a container; ``عبر``, ``على بعد ... من``,
  ``قادمة من`` are not the event's place; facilities beat towns beat regions;
  a place already taken by an earlier event of the sentence is not reused.
- weapons and quantities of the sentence go to the nearest event that can
  hold them (troops to movements, killed to attacks, arrested to arrests).
- time: a time in the sentence (nearest, the reporting clause's only if the
  content has none); else that of a co-referent event (same type and
  actors, same place when near); else another event's of the sentence;
  else, for states and present-tense triggers, the article's day; else, in a
  sentence that continues the previous one's report, the previous sentence's
  time; else the story's last time (not across «في سياق آخر» or a heading),
  else the article's day. Background recaps (وكان ... قد) and expected events
  keep none.
- modality: denied (نفت ... for the first event after it, لم/لن/لا/عدم, also
  written on و: ولن تنسحب; «لم تنفذ أي غارة»), expected (threats: متوقعة، محتمل،
  تحسباً، مخاوف، يتوقع مسؤولون), planned (س-، سوف، من المرجح، تعتزم، ستطلق، من المتوقع
  أن for non-violent events; an operation «مرتقبة» is planned by its own side; the
  actor's own threat تهديد/متوعداً; a deal's terms ينص على، على أن; a call or proposal
  دعا إلى، لبحث؛ a future verb before with no event between: سيبسط سيطرته), else
  asserted; what a reply answers («بالرد على الهجوم») is asserted.
- attribution: the source of ``ذكرت/قالت/أفادت X``, ``بحسب X``; a named
  agency or person is given by name, a channel in brackets («مارك إسبر
  (رويترز)»، «نقلت X عن Y» -> «Y (X)»); carried to following sentences that
  continue the report (``وأضافت``، ``وأوضحت المصادر``، ``وبحسب الوكالة``),
  reset by any other sentence; a summary lead takes the source of the
  detailed report of the same event that follows it.

The article's day is what «اليوم» resolves to, else ``published``, else the
day after «أمس».
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from workbench.core.gazetteer import GOVERNMENT_OF, get_gazetteer
from workbench.core.model import Entity, Event, Span, TimeExpr
from workbench.core.text import OWNER_SUFFIXES, Normalized, Sentence, norm

LEXICON = Path(__file__).resolve().parents[2] / "resources" / "lexicon" / "triggers.tsv"

# ---------------------------------------------------------------- word lists (normalised)


@lru_cache(maxsize=16384)
def cnorm(s: str) -> str:
    """:func:`norm` with a bounded cache (entity and trigger texts repeat)."""
    return norm(s)


def _ws(s: str) -> frozenset[str]:
    return frozenset(norm(w) for w in s.split())


_CLASSES: list[frozenset[str]] = []
_BITS: list[int] = []
_MASKS: dict[str, int] = {}
_BITS_OF: dict[int, tuple[int, ...]] = {}
_STEM_MASK: dict[str, int] = {}
_TAILS: set[str] = set()  # the last three letters of the class words


def word_class(words: frozenset[str] | str) -> int:
    """Register a word list (matched with clitics stripped); returns its bit for :func:`_in`."""
    if isinstance(words, str):
        words = _ws(words)
    _CLASSES.append(words)
    _MASKS.clear()
    _BITS_OF.clear()
    _STEM_MASK.clear()
    _TAILS.clear()
    _BITS.append(1 << (len(_CLASSES) - 1))
    return _BITS[-1]


MIL = word_class(
    _ws(
        "قوات قواتها قواته قواتهم جنود جندي عناصر عنصرا تعزيزات رتل رتلا ارتال ارتالا "
        "عسكري عسكرية عسكريا عسكريين آليات مدرعات دبابات مقاتلين مقاتلون مسلحين مسلحون جيش "
        "وحدات كتيبة لواء فرقة ميليشيا مليشيا مليشيات ميليشيات فصائل شاحنات عربات طائرات مروحيات "
        "منظومة صواريخ جنودها جنوده عناصرها عناصره عناصرهم آلياتها آلياته مقاتليها مقاتليه "
        "مسلحا مسلحي مقاتلا مقاتلي جنديين عنصرين قوة مقاتل مسلح عنصر قطعات كتيبة "
        "عربتان عربتين آليتان آليتين دبابتان دبابتين مدرعتان مدرعتين جنديان عنصران "
        "إرهابيين إرهابيون إرهابيو إرهابي إرهابيا "
        # the fighters of a party that calls them «mujahideen» (العهد، المنار، أعماق)
        "المجاهدين المجاهدون مجاهدو مجاهدي مجاهدين مجاهدون "
        # units: «دفعت الوزارة بفوجين من قوات الرد السريع»
        "فوج فوجا فوجين فوجان افواج سريه سرايا "
        # a garrison: «التقت بالحامية المرابطة في المطار»
        "حامية الحامية حاميته حاميتها "
        # a side's own fighters: «إخراج مسلحيه من المناطق الحدودية»، «أن يكون مقاتلوها قد
        # انسحبوا»
        "مسلحيه مسلحيها مسلحيهم مقاتليهم مقاتليهما مقاتلوها مقاتلوه مقاتلوهم مسلحوها "
        "مسلحوه عناصرهما جنودهم "
        # the attackers: «أن المهاجمين اقتحموا مباني الحقل»
        "المهاجمين المهاجمون مهاجمين مهاجمون "
        # «إخراج "المجموعات المتطرفة" منها»: the armed groups so labelled
        "المتطرفة المتطرفين "
        # a side's own aircraft, vehicles and arms («طائراته»، «آلياتهم»، «أسلحتهم»: no
        # weapon entities of their own, still military words)
        + " ".join(
            w + sfx
            for w in "طائرات آليات دبابات مدرعات مقاتلات مروحيات قاذفات صواريخ عربات أسلحت".split()
            for sfx in ("ه", "ها", "هم", "هما")
        )
    )
)
PATROL = word_class(_ws("دورية دوريات"))
# «أطلقت أنقرة العملية»، «شنت القوات عملية»: an operation launched
LAUNCH = word_class(
    _ws("أطلق أطلقت أطلقوا يطلق تطلق شن شنت شنوا يشن تشن بدأ بدأت بدء إطلاق انطلاق تمهيدا")
)
NAT_WORDS = {
    **{norm(w): "US" for w in "أميركي أميركية أمريكي أمريكية أميركيين أمريكيين".split()},
    **{norm(w): "RU" for w in "روسي روسية الروس روس".split()},
    **{norm(w): "TR" for w in "تركي تركية الأتراك أتراك".split()},
    **{norm(w): "IR" for w in "إيراني إيرانية الإيرانيين".split()},
    **{norm(w): "IQ_GOV" for w in "عراقي عراقية".split()},
    **{norm(w): "OTHER:israel" for w in "إسرائيلي إسرائيلية الإسرائيليين".split()},
    **{norm(w): "OTHER:france" for w in "فرنسي فرنسية الفرنسيين".split()},
    **{norm(w): "OTHER:uk" for w in "بريطاني بريطانية البريطانيين".split()},
    # accusative masculine forms («رتلاً تركياً»، «جندياً أميركياً»); «تركيا»، «روسيا» are
    # also the countries, and count here only where no entity took the word
    **{
        norm(w): a
        for a, ws in (
            ("US", "أميركيا أمريكيا"),
            ("RU", "روسيا"),
            ("TR", "تركيا"),
            ("IR", "إيرانيا"),
            ("IQ_GOV", "عراقيا"),
            ("OTHER:israel", "إسرائيليا"),
        )
        for w in ws.split()
    },
    # duals: «عربتان روسيتان»، «جنديين أمريكيين»، «طائرتين تركيتين»
    **{
        norm(stem + end): a
        for a, stems in (
            ("US", "أميركي أمريكي"),
            ("RU", "روسي"),
            ("TR", "تركي"),
            ("IR", "إيراني"),
            ("OTHER:israel", "إسرائيلي"),
        )  # (not «عراقيان»: two Iraqis are people, not the Iraqi forces)
        for stem in stems.split()
        for end in ("ان", "تان", "تين")
    },
}
NAT = word_class(frozenset(NAT_WORDS))
# «نحو ألفي جندي سوري»: «سوري» names the Syrian army only after a soldiers' noun (a
# Syrian source, civilian or refugee is no side)
SYRIAN = word_class(_ws("سوري سورية سوريين سوريون سوريا"))
SOLDIERS = word_class(
    _ws("جندي جنود جنديا جنديين جنديان عسكري عسكريين عسكريا عسكريون ضابط ضباط ضابطا")
)
PREPS = _ws("في من على إلى الى نحو عن ضد مع عبر بين داخل قرب باتجاه صوب لدى حول تجاه بحق")
BLOCK = PREPS | _ws("التي الذي الذين اللتين بهدف أجل")
RELATIVE = _ws("التي الذي الذين اللذين اللتين")
BREAK = word_class(
    _ws(
        "فيما بينما حين لكن ولكن أما كما مشيرا مشيرة مضيفا مضيفة لافتا لافتة موضحا موضحة مؤكدا مؤكدة"
    )
)
REPORT = word_class(
    _ws(
        "ذكر ذكرت قال قالت أفاد أفادت أكد أكدت أوضح أوضحت أضاف أضافت نقل نقلت كشف كشفت نفى نفت "
        "صرح صرحت أعلن أعلنت أشار أشارت لفت لفتت بينت تابع تابعت رجح رجحت زعم زعمت اعتبر "
        "اعتبرت أفادت أوردت أورد بثت بث"
    )
)
ANNOUNCE = word_class(_ws("أعلن أعلنت أعلنوا تبنى تبنت تبنوا"))
SAYS = word_class(_ws("تقول يقول يقولون تقولان"))
ACCORDING = word_class(_ws("بحسب حسب وفق وفقا"))
NAQLAN = word_class(_ws("نقلا"))
GENERIC_SOURCE = word_class(
    _ws(
        "المصادر المصدر الوكالة الصحيفة الموقع القناة المرصد البيان الشبكة المسؤول المتحدث "
        "الوزارة المنظمة المصادر نفسها ذاتها نفسه ذاته المراسل المراسلة الناشط الناشطون المسؤول "
        "الخلية القيادة الجيش البيان الصحيفة"
    )
)
THAT = _ws("أن أنّ إن إنّ بأن بأنّ أنه أنها إنه إنها بأنه بأنها")
RESET = _ws("وكان وكانت كان كانت ويشار يشار ويذكر يذكر وتجدر تجدر")
NEG_VERB = word_class(_ws("نفت نفى ينفي تنفي نفي نفيها"))
NEG_NEAR = _ws("لم لن عدم ولم ولن فلم فلن لا")
_NEG_TAILS = tuple({w[-2:] for w in NEG_NEAR})  # a stripped form ends its word
EXPECT_AFTER = word_class(
    _ws("متوقعة متوقع المتوقعة المتوقع محتمل محتملة المحتمل المحتملة مرتقب مرتقبة المرتقب المرتقبة")
)
THREAT = word_class(
    _ws(
        "تهديد تهديدات هدد هددت يهدد تهدد متوعدا متوعدة توعد توعدت يتوعد تتوعد ينص تنص نص نصت "
        "يقضي تقضي القاضي"
    )
)
ANY = _ws("أي لأي بأي")
ANTICIPATED = word_class(_ws("مرتقب مرتقبة المرتقب المرتقبة"))
EXPECT_BEFORE = word_class(
    _ws("توقع توقعات تتوقع يتوقع المتوقع متوقع تحسبا مخاوف تخوف خشية تخشى يخشى تحذيرات يرجح ترجح")
)
PLAN_BEFORE = word_class(
    _ws(
        "سوف تعتزم يعتزم تنوي ينوي تخطط يخطط المرجح المقرر المنتظر المزمع تستعد يستعد "
        "ستعلن سيعلن ستقوم سيقوم ستبدأ سيبدأ سيتم ستتم ستعمل سيعمل ستطلق سيطلق ستشن سيشن "
        "ستنفذ سينفذ ستجري سيجري ستبدا سيبدا ستستكمل سيستكمل تستكمل يستكمل "
        # an intention: «إعلان ترامب عزمه سحب نحو ألفي جندي»
        "عزمه عزمها عزمهم اعتزامه اعتزامها نيته نيتها"
    )
)
LIGHT_PRESENT = word_class(
    _ws(
        "يقوم تقوم يقومون تجري يجري تنفذ ينفذ تشن يشن تواصل يواصل تسير يسير تشارك يشارك "
        "تتولى يتولى تخوض يخوض"
    )
)
AGENT = frozenset(
    (norm(a), norm(b)) for a, b in (("من", "قبل"), ("من", "جانب"), ("على", "يد"), ("على", "أيدي"))
)
AGENT_2ND = word_class(frozenset(b for _, b in AGENT))
TOGETHER = frozenset(
    (norm(a), norm(b))
    for a, b in (("بالتعاون", "مع"), ("بالاشتراك", "مع"), ("بالتنسيق", "مع"), ("إلى", "جانب"))
)
TAKE_PART = word_class("شارك شاركت يشارك تشارك شاركوا يشاركون")
LIGHT_ANY = word_class(
    "سير سيرت تسير تسيير سيرا نفذ نفذت تنفذ ينفذ أجرت أجرى تجري يجري بدأت بدأ تقوم يقوم قامت "
    "قام شاركت شارك تشارك يشارك شاركوا يشاركون"
)
TARGET_NOUN = word_class(
    "عناصر عنصر مواقع موقع مقرات مقر نقطة نقاط حاجز حواجز دورية رتل سيارة سيارات آلية آليات "
    "قيادي قياديين مقاتلين مسلحين قافلة تجمعات تحصينات مستودع مستودعات قاعدة قواعد منشأة "
    "منشآت مقاتل مقاتلا عربة عربات مدرعة مدرعات"
)
TARGET_PLACE = word_class(
    "قاعدة قواعد مواقع موقع نقطة نقاط مقر مقرات حاجز حواجز منشأة منشآت معسكر ثكنة دورية رتل"
)
# «المدفعية التركية المتمركزة على الحدود»: where the side is stationed, not what it hits
STATIONED = word_class(
    "المتمركزة المتمركزين المتمركز المنتشرة المنتشرين المرابطة المرابطين المتواجدة "
    "المتواجدين الموجودة الموجودين"
)
HOST = word_class("تستضيف يستضيف تضم يضم تؤوي يؤوي تضمان يضمان تستضيفان يستضيفان")
# «وحدات من الجيش»، «خروج 13 مسلحا من "هيئة تحرير الشام"»: a unit or fighters of X
UNIT_OF = word_class(
    "وحدات وحدة دورية دوريات عناصر عنصر مجموعة مجموعات قوة رتل عنصرا مسلحا مسلحين مسلحون "
    "مسلح مقاتلا مقاتلين مقاتلون مقاتل جنديا جنود جندي تعزيزات أرتال كتيبة كتائب سرية "
    "فصائل فصيل فوج فوجا فوجين فوجان أفواج سرايا قطعات قطعة ألوية لواءين"
)
OTHER_ONE = _ws("وأخرى وآخرون وأخريات")
BELONGING = _ws("تابعة تابع التابعة التابع")
CALL = word_class(
    "دعا دعت يدعو تدعو دعوة الدعوة دعوات طالب طالبت يطالب تطالب المطالبة مطالبات ضرورة "
    "لترتيب مناقشة بحث بحثت يبحث تبحث اقتراح مقترح مشروع التحرك العمل السعي للتوصل "
    "داعيا داعية التوصل جدول زمني مطالبتها مطالبته مطالبتهم "
    # a demand, an obligation, an order: «مطالبة مجلس الأمن بإلزام واشنطن بسحب قواتها»،
    # «أمر الرئيس وزير الدفاع ببدء سحب القوات»
    "مطالبة مطالبا إلزام بإلزام الزام أمر أمرت يأمر "
    # «قرار يلزم الحكومة بإنهاء وجود القوات»
    "يلزم تلزم ألزم ألزمت"
)
# (with «و» too: «ألوية الحشد الشعبي وبمساندة طيران الجيش اقتحمت»)
_COAGENT_WORDS = _ws("بمشاركة بمساندة بدعم بإسناد بغطاء برفقة بمؤازرة")
COAGENT = _COAGENT_WORDS | frozenset("و" + w for w in _COAGENT_WORDS)
_RELATIVE = _ws("الذي التي الذين اللذين اللتين اللواتي")
_ON_WORDS = frozenset(("علي", "على"))
_WAS = _ws("كان كانت")
_BELONGING = _ws("تابعة التابعة تابع التابع تابعين التابعين")
_SAID = _ws("أعلن أعلنت قال قالت أكد أكدت")
_OUTSIDE = _ws("خارج خارجة الخارجة الخارج")
_LEAVE_FORMS = _ws("خرج خرجت يخرج تخرج خروج خروجها خروجه تخرجان")


def _out_of(doc: Doc, i: int, s0: int) -> bool:
    """«خارج سيطرة X»، «يخرج عن سيطرة X»: out of X's control (not «تحدثت عن سيطرة»)."""
    w = doc.tw[i - 1]
    if w in _OUTSIDE:
        return True
    return w == "عن" and i - 2 >= s0 and _stems(doc.tw[i - 2])[-1] in _LEAVE_FORMS


def _in_member_list(doc: Doc, m: Mention) -> bool:
    """The mention is one of the members «التي تضم X و Y» lists (within six words after
    «تضم»)."""
    s0 = doc.sspan[doc.tsent[m.t0]][0] if m.t0 < len(doc.tsent) else 0
    for k in range(m.t0 - 1, max(s0, m.t0 - 7) - 1, -1):
        w = doc.tw[k]
        if w in ("تضم", "يضم", "تضمان", "يضمان"):
            return k > s0 and doc.tw[k - 1] in ("التي", "الذي")
    return False


# partners on the ground named with a side: «أحكم الجيش، بمؤازرة القوات الرديفة، سيطرته»
_PARTNER_WORD = _ws("بمشاركة بمؤازرة برفقة")
_AGAINST = _ws("بحق ضد")


def _against(doc: Doc, m: Mention) -> int | None:
    """«بحق مقاتلي X»، «ضد عناصر X»: the side named is the one acted against; the token of
    «بحق/ضد», or None."""
    k = m.t0 - 1
    if k >= 0 and doc.masks[k] & (MIL | UNIT_OF):
        k -= 1  # a force noun between
    return k if k >= 0 and doc.tw[k] in _AGAINST else None


_PREVENT = _ws("يمنع تمنع منع منعت يمنعون منعوا لمنع منعا عرقلة لعرقلة")
_REINF_ADJ = _ws("جديدة كبيرة إضافية ضخمة عسكرية أخرى مكثفة")
_BESIEGED = _ws("محاصرين محاصرون محاصرا المحاصرين المحاصرون")
_PLACE_BESIEGED = _ws("محاصر محاصرة محاصرتين محاصرتان")
_SUPPORT = _ws("بمساندة بدعم بإسناد بغطاء")  # backing, not a partner on the ground
NEW_TOPIC = word_class("آخر منفصل أخرى")
PRONOUN_THAT = _ws("أنه أنها إنه إنها بأنه بأنها أنهم إنهم بأنهم")
REPEL = word_class(
    "أحبط أحبطت أحبطوا إحباط صد صدت صدوا تصدت تصدى تصدوا أفشل أفشلت تصد يتصدون يتصدى تتصدى "
    "يصدون تصدوا يحبطون"
)
LAUNCHED_BY = _ws("شنه شنته شنها شنتها نفذه نفذته نفذها نفذتها تبناه تبنته فرضه فرضته فرضها فرضتها")
NONMIL = word_class(
    "حاد حادا حادة لاذع لاذعا لاذعة كلامي كلاميا إعلامي إعلاميا إعلامية سياسي سياسيا سياسية "
    "انتخابية انتخابي قانونية قانوني دبلوماسية دبلوماسيا دبلوماسي اقتصادية اقتصادي اقتصاديا "
    "تجاري تجارية تجاريا إلكتروني إلكترونية سيبراني سيبرانية قضائية قضائي قانونيا قضائيا"
)
SIMILAR = word_class("مماثلة مماثل مشابهة مشابه سابقة سابق")
ATTACK_VERB_AFTER = word_class("استهدف استهدفت طال طالت ضرب ضربت أصاب أصابت")
CASUALTY = word_class(
    "قتل قتلوا قتلا مقتل أصيب أصيبوا إصابة جرح جرحوا لقي لقوا مصرع استشهد استشهدوا"
)
CONDEMN = word_class(
    "أدان أدانت يدين تدين ندد نددت يندد تندد استنكر استنكرت يستنكر تستنكر شجب شجبت إدانة"
)
ACCUSE = word_class("اتهم اتهمت تتهم يتهم اتهام اتهامات تحمل حملت يحمل")
PLACE_NOUN = word_class(
    "مناطق منطقة المناطق مدينة مدن بلدة بلدات قرية قرى حي أحياء مطار معبر قاعدة نقطة ريف "
    "محافظة أراض أراضي الأراضي حقل حقول موقع مواقع جبهة شمال جنوب شرق غرب الشمال الجنوب "
    "الشرق الغرب البلاد العاصمة"
)
ATTEMPT = word_class(
    "محاولة محاولات تحاول يحاول حاولت حاول بهدف سعيا تسعى يسعى الهادف الهادفة هدف لمحاولة"
)
REFERENCE = word_class("بعد قبل قضية التحقيق تحقيق أسفه ذكرى إدانة يدين تدين التحريض")
CONSEQUENCE = word_class("أسفر أسفرت يسفر تسفر أدى أدت يؤدي تؤدي خلف خلفت حصيلة")
CLAIMED = word_class("تبنى تبنت تبنوا يتبنى تتبنى")
TEMPORAL_LINK = word_class("بعد قبل غداة عشية")
# «وبسطت سيطرتها»، «وأحكمت قبضتها»: verbs of a possessed state or act
OWN_VERB = word_class(
    "بسطت بسط بسطوا أحكمت أحكم أحكموا فرضت فرض فرضوا أعادت أعاد عززت عزز وسعت وسع أكملت أكمل استكملت استكمل"
)
BY_FIRE = word_class("برصاص بنيران بقذائف بقذيفة بقصف بغارة بغارات بهجوم بصاروخ")
PASSIVE = word_class(_ws("تعرض تعرضت تعرضوا يتعرض تتعرض"))
POSSESSIVE = _ws(
    "بلاده بلادها قواتها قواته جيشها جيشه قواتنا بلادنا مقاتليها مقاتليه مقاتليهم مقاتلوها "
    "مقاتلوه مقاتلوهم عناصرها عناصره عناصرهم وحداتها وحداته قواتهم "
    # its aircraft and guns: «أعلن التحالف أن طائراته نفذت 12 غارة»
    "طائراته طائراتها مقاتلاته مقاتلاتها طيرانه طيرانها مدفعيته مدفعيتها"
)
OFFICIAL = word_class(
    _ws(
        "وزير وزيرة وزارة رئيس رئيسة الرئيس المتحدث الناطق قائد القيادة متحدث ناطق الوفد وفد "
        "المتحدثة الناطقة متحدثة ناطقة محافظ المحافظ مبعوث المبعوث مدير المنسق منسق القائد "
        "الأمين أمين القيادي قيادي"
    )
)
POSS = word_class(POSSESSIVE)
PRON_PREP = _ws("منها فيها إليها اليها عليها منه فيه إليه عليه")
BASE_NOUN = word_class(_ws("قاعده قاعدة قواعد نقطة نقطه نقاط مقر مقرا معسكر معسكرا مطارا مهبطا"))
_W_WATCH = norm("مراقبة")  # «نقاط مراقبة تركية»
RANK = word_class(
    _ws("العقيد اللواء الجنرال الكولونيل العميد المقدم الرائد العماد الفريق الأدميرال")
)
EXPERT = word_class(
    _ws(
        "خبير الخبير محلل المحلل الباحث باحث الصحفي صحفي الكاتب كاتب مدير المدير مراسل المراسل "
        "الناشط ناشط الطبيب طبيب"
    )
)
NOT_SUBJECT = word_class(
    _ws(
        "مصدر مصادر مسؤول مسؤولون مسؤولين ناشطون ناشطين مراسل شهود سكان "
        # «زعمت وسائل إعلام النظام»، «تنسيقيات المسلحين»: media and activists, no official
        "وسائل تنسيقيات صفحات حسابات"
    )
)
BODY = word_class(_ws("خلية مديرية هيئة قيادة الأركان"))
LED_BY = word_class(_ws("بقيادة بزعامة"))
GANGS = word_class(_ws("عصابات عصابة مرتزقة خلايا"))
ANAPHOR = word_class(_ws("الأخيرة الأخير"))
_BREAK2 = word_class(frozenset(["الا"]))
FACILITY = _ws(
    "حقل حقول مطار قاعدة نقطة معبر سد ميناء مرفأ معسكر ثكنة مقر حاجز موقع جسر محطة مصفاة "
    "مستودع مستودعات مطارات قواعد نقاط"
)
TOWN = _ws("بلدة مدينة قرية حي بلدات قرى ناحية مخيم")
REGION = _ws(
    "ريف بادية محافظة منطقة المناطق مناطق شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط إقليم ولاية"
)
VAGUE = _ws("بعض عدة معظم")
COUNTRY = _ws("سورية سوريا العراق تركيا لبنان إيران روسيا الأردن اليمن ليبيا")

_TO = _ws("إلى الى نحو باتجاه صوب")
_AT = _ws("في داخل على قرب ب حول لدى")
_ON = norm("على")
_LETTERS = frozenset(chr(c) for c in [*range(0x0621, 0x064B), *range(0x0671, 0x06D4)])
_TOKEN = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|[a-z0-9]+")
_TOKEN_SPLIT = re.compile(r"([\u0621-\u064a\u0671-\u06d3]+|[a-z0-9]+)")
# the clitics a trigger form may follow in its word: و/ف, then ب/ل/ك, then ال, or و/ف + لل;
# the future prefix س (after و/ف)
_PREFIXES = frozenset(
    [a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ال")]
    + [a + "لل" for a in ("", "و", "ف")]
)
_FUTURES = frozenset(("س", "وس", "فس"))
_QUOTES = "\"'«»“”()"
_PUNCT = re.compile(r"[,;:]")
_START = attrgetter("start")
_T0 = attrgetter("t0")
_T1 = attrgetter("t1")
_FUTURE_OF = attrgetter("future")
_LAST3 = itemgetter(slice(-3, None))
_VIA_NOUN = _ws("لوكالة لصحيفة لقناة لموقع لشبكة لإذاعة")
_SUFFIXES = frozenset(("ه", "ها", "هم", "هما", "هن"))
_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640])


@lru_cache(maxsize=8192)
def _stems(w: str) -> tuple[str, ...]:
    """A word and its forms without و/ف, ب/ل/ك and ال (normalised input)."""
    out = [w]
    i = 0
    if len(w) > 3 and w[0] in "وف":
        i = 1
        out.append(w[1:])
    if len(w) - i > 3 and w[i] in "بلك":
        if w[i] == "ل" and w[i + 1] == "ل":
            out.append("ا" + w[i + 1 :])
        i += 1
        out.append(w[i:])
    if w[i : i + 2] == "ال" and len(w) - i > 4:
        out.append(w[i + 2 :])
    return tuple(out)


def _stem_masks() -> dict[str, int]:
    """{word: bits of the classes holding it}, rebuilt after a class is registered."""
    if not _STEM_MASK:
        for k, c in enumerate(_CLASSES):
            for x in c:
                _STEM_MASK[x] = _STEM_MASK.get(x, 0) | (1 << k)
    return _STEM_MASK


def _class_tails() -> set[str]:
    """The last three letters of every class word. Each form of :func:`_stems` other than
    the word itself has three letters or more and ends like the word, so a word whose
    last three letters are not here is in no class (its mask is 0)."""
    if not _TAILS:
        _TAILS.update(x[-3:] for x in _stem_masks())
    return _TAILS


def _mask(w: str) -> int:
    m = _MASKS.get(w)
    if m is None:
        sm = _stem_masks()
        m = 0
        for x in _stems(w):
            m |= sm.get(x, 0)
        if len(_MASKS) > 200_000:
            _MASKS.clear()
        _MASKS[w] = m
    return m


def _has(doc: Doc, bit: int, a: int, b: int) -> bool:
    """Whether a token of class ``bit`` (a single class: a union of classes is no key of
    ``doc.where`` and finds nothing) lies in [a, b)."""
    assert bit & (bit - 1) == 0, "one word class at a time"
    lst = doc.where.get(bit)
    if not lst:
        return False
    k = bisect.bisect_left(lst, a)
    return k < len(lst) and lst[k] < b


def _in(w: str, bit: int) -> bool:
    """Whether ``w`` (clitics stripped) is in the word class ``bit``."""
    return bool(_mask(w) & bit)


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Trig:
    type: str
    hint: str
    verb: bool
    impf: bool
    need: str | None
    notnext: frozenset[str] | None  # words that, right after the trigger, cancel it
    form: str
    noun: bool = False  # the form is (also) a noun: ب/ال may precede it
    notprev: frozenset[str] | None = None  # words that, right before the trigger, cancel it
    notobj: frozenset[str] | None = None  # words that, within 4 after it, cancel it
    raid: bool = False  # an ARREST trigger later in the sentence cancels it (a raid)


def _flag_words(flags: list[str], key: str) -> frozenset[str] | None:
    """The normalised words of the flag ``key=W1|W2`` among ``flags``, or None without it."""
    prefix = key + "="
    return next(
        (frozenset(map(norm, f[len(prefix) :].split("|"))) for f in flags if f.startswith(prefix)),
        None,
    )


def load_lexicon(path: Path = LEXICON) -> dict[str, Trig]:
    """Read the trigger TSV into {normalised form: Trig}; the first entry of a form wins."""
    lex: dict[str, Trig] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typ, hint, flags, forms = line.split("\t")
        fl = flags.split(",")
        need = next((f[5:] for f in fl if f.startswith("need=")), None)
        notnext = _flag_words(fl, "notnext")
        notprev = _flag_words(fl, "notprev")
        notobj = _flag_words(fl, "notobj")
        noun = "noun" in fl
        for f in forms.split():
            form = norm(f.replace("_", " "))
            for v in [form, *(_variants(form) if noun else ())]:
                if v in lex:
                    if noun and not lex[v].noun:
                        lex[v] = replace(lex[v], noun=True)
                    continue
                lex[v] = Trig(
                    typ,
                    hint,
                    "verb" in fl,
                    "impf" in fl,
                    need,
                    notnext,
                    v,
                    noun,
                    notprev,
                    notobj,
                    "raid" in fl,
                )
    return lex


def _variants(form: str) -> list[str]:
    """«حمله عسكريه» -> «حمله العسكريه», «حملتها العسكريه», «عملياتها العسكريه»: a noun with a
    nisba adjective also matches with the definite adjective and a possessive on the noun."""
    ws = form.split()
    if len(ws) != 2 or ws[1].startswith("ال") or not ws[1].endswith(("يه", "ي", "يا")):
        return []
    n, a = ws
    if a.endswith("يا"):
        return []  # accusative «هجوما بريا»: no definite form
    base = n[:-1] + "ت" if n.endswith("ه") else n
    return [f"{n} ال{a}"] + [f"{base}{suf} ال{a}" for suf in OWNER_SUFFIXES]


_AUTO: ahocorasick.Automaton | None = None
_LEX: dict[str, Trig] | None = None


def lexicon() -> dict[str, Trig]:
    """The trigger lexicon (loaded once)."""
    global _LEX
    if _LEX is None:
        _LEX = load_lexicon()
    return _LEX


@lru_cache(maxsize=4096)
def trigger_hints(trigger_text: str) -> frozenset[str]:
    """The force hints (arrived, reinforced, transit ...) of the lexicon forms in a trigger."""
    lex = lexicon()
    out: set[str] = set()
    whole = norm(trigger_text)
    if whole in lex:
        out.add(lex[whole].hint)
    for w in _TOKEN.findall(whole):
        for st in _stems(w):
            if st in lex:
                out.add(lex[st].hint)
                break
    return frozenset(out)


def _automaton() -> ahocorasick.Automaton:
    global _AUTO
    if _AUTO is None:
        auto = ahocorasick.Automaton()
        for form, trig in lexicon().items():
            auto.add_word(form, trig)
        auto.make_automaton()
        _AUTO = auto
    return _AUTO


# ---------------------------------------------------------------- document analysis


@dataclass(slots=True)
class Mention:
    t0: int  # first token
    t1: int  # last token + 1
    ns: int
    ne: int
    value: str  # actor canonical or entity id
    kind: str  # ent | adj | ana
    gov: str | None  # governing preposition (normalised) or None
    ent: Entity | None = None


@dataclass(slots=True)
class Cand:
    ns: int
    ne: int
    ti: int  # token of the trigger's first word
    tj: int  # token after the trigger's last word
    trig: Trig
    definite: bool
    future: bool
    sent: int
    ok: bool = True


@dataclass
class Doc:
    text: str
    nt: Normalized
    sents: list[Sentence]
    entities: list[Entity]
    times: list[TimeExpr]
    tw: list[str] = field(default_factory=list)  # token words
    ts: list[int] = field(default_factory=list)  # token starts (normalised)
    te: list[int] = field(default_factory=list)
    tsent: list[int] = field(default_factory=list)
    sspan: list[tuple[int, int]] = field(default_factory=list)  # sentence token ranges
    clause: list[int] = field(default_factory=list)  # clause number per token
    comma: list[bool] = field(default_factory=list)  # a comma/colon right before token i
    masks: list[int] = field(default_factory=list)  # word-class bits per token
    where: dict[int, list[int]] = field(default_factory=dict)  # bit -> token indices
    actors: list[list[Mention]] = field(default_factory=list)  # per sentence
    places: list[list[Mention]] = field(default_factory=list)
    others: list[list[Mention]] = field(default_factory=list)  # WEAPON/QUANTITY
    orgs: list[list[Mention]] = field(default_factory=list)  # ORG/PERSON
    tspans: list[tuple[TimeExpr, int, int, int]] = field(default_factory=list)
    cands: list[Cand] = field(default_factory=list)
    content: list[int] = field(default_factory=list)  # first content token per sentence
    content_end: list[int] = field(default_factory=list)  # a trailing «بحسب X» starts here
    attribution: list[str | None] = field(default_factory=list)
    cont: list[bool] = field(default_factory=list)  # sentence continues the previous report
    article_day: str | None = None
    trig_toks: set[int] | None = None
    named: set[int] = field(default_factory=set)  # tokens inside a name (قوات الانتشار السريع)
    day_time: str | None = None
    heading: list[bool] = field(default_factory=list)  # headline sentences: no events
    skip: set[int] = field(default_factory=set)  # tokens of times and quantities
    officials: set[str] | None = None  # last names of officials (see _officials)
    inside: set[int] = field(default_factory=set)  # tokens of entities
    unreal: dict[int, str] = field(default_factory=dict)  # _unreal_kind by trigger token

    def tok_at(self, pos: int) -> int:
        """Index of the token containing or following normalised position ``pos``."""
        return bisect.bisect_right(self.te, pos)


_FINAL = frozenset(".!?؟…")


def _headings(text: str, sents: list[Sentence]) -> list[bool]:
    """Headline sentences: a marked heading, or a line without final punctuation of at most
    25 words (the first line: a title such as «العراق.. مقتل 13 شرطياً بهجوم ...» split at
    «..») or 15 words (a later subheading)."""
    out = []
    line_end: dict[int, bool] = {}
    for s in sents:
        if s.heading:
            out.append(True)
            continue
        h = line_end.get(s.paragraph)
        if h is None:
            a = text.rfind("\n", 0, s.start) + 1
            b = text.find("\n", s.end)
            # the line without trailing spaces, then closing quotes (no copies)
            k = b if b >= 0 else len(text)
            while k > a and text[k - 1].isspace():
                k -= 1
            while k > a and text[k - 1] in "\"'»”)":
                k -= 1
            # the first line (a title) may be longer than a later subheading
            most = 25 if a == 0 else 15
            h = line_end[s.paragraph] = (
                k > a and text[k - 1] not in _FINAL and text.count(" ", a, k) < most
            )
        out.append(h)
    return out


_PART_OF_PLACE = _ws("محيط أطراف اطراف مدخل مداخل تخوم ضواحي مشارف")


def _gov(doc: Doc, ns: int, t0: int) -> str | None:
    """The preposition governing a mention starting at normalised ``ns`` (token ``t0``)."""
    x = doc.nt.text
    j = ns
    while j > 0 and x[j - 1] in _QUOTES:
        j -= 1
    if j > 0 and x[j - 1] in _LETTERS:
        # the letters before (a run of letters is one token: ``t0`` when the mention starts
        # inside it, else the token before)
        k = doc.ts[t0]
        if k >= j:
            k = doc.ts[t0 - 1]
        pre = x[k:j]
        if pre and pre[-1] in "بل":
            return pre[-1]
        if pre[-2:] == "لل":
            return "ل"
        return None
    if t0 > 0 and doc.tsent[t0 - 1] == doc.tsent[t0]:
        w = doc.tw[t0 - 1]
        if w in PREPS:
            return w
        if w in ("بعد", "يد", "قبل", "جانب") and t0 > 1:
            return doc.tw[t0 - 2] + " " + w
        if (
            t0 > 1
            and doc.masks[t0 - 1] & PLACE_NOUN
            and doc.tsent[t0 - 2] == doc.tsent[t0]
            and doc.tw[t0 - 2] in ("من", "الي", "إلى")
        ):
            return doc.tw[t0 - 2]  # «من بلدات يلدا وببيلا»: the head noun's preposition
        if (
            t0 > 1
            and w in _PART_OF_PLACE
            and doc.tsent[t0 - 2] == doc.tsent[t0]
            and doc.tw[t0 - 2] in PREPS
        ):
            return doc.tw[t0 - 2]  # «على مدخل مدينة نوى»، «في محيط بلدة صيدا»
    return None


def _analyse(
    text: str,
    nt: Normalized,
    sents: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
    published: dt.date | str | None,
) -> Doc:
    doc = Doc(text, nt, sents, entities, times)
    x = nt.text
    fo = bisect.bisect_left
    to_orig = nt.to_orig
    # tokens and their offsets without a Python loop: split keeps the tokens (one
    # group), the running sum of piece lengths gives every boundary
    parts = _TOKEN_SPLIT.split(x)
    acc = list(accumulate(map(len, parts)))
    tw = doc.tw = parts[1::2]
    nt_ = len(tw)
    ts = doc.ts = acc[0:-1:2]  # (the last piece is the separator after the last token)
    doc.te = acc[1::2]

    br_ = bisect.bisect_right
    n = len(sents)
    tsent = [-1] * nt_
    spans = []
    for si, s in enumerate(sents):
        a = bisect.bisect_left(ts, fo(to_orig, s.start))
        b = bisect.bisect_left(ts, fo(to_orig, s.end))
        tsent[a:b] = [si] * (b - a)
        spans.append((a, b))
    doc.tsent = tsent
    doc.sspan = spans
    doc.heading = _headings(text, sents)
    breaks = {a for a, _ in spans}
    comma = [False] * nt_
    for mt in _PUNCT.finditer(x):
        k = br_(ts, mt.start())  # the punctuation lies in the gap before token k
        if k >= nt_:
            continue
        if mt.group() == ";":
            breaks.add(k)
        elif not comma[k]:
            comma[k] = True
            w = tw[k]
            if w[:2] in ("لي", "لت") and len(w) > 4:  # «، لينحصر»: a result clause
                breaks.add(k)
    doc.comma = comma
    # word-class bits: only the words ending like a class word (about a third) are looked
    # up, the others are in no class (a cold lookup per token was ~7% of find_events)
    get = _MASKS.get
    masks = [0] * nt_
    for i in compress(range(nt_), map(_class_tails().__contains__, map(_LAST3, tw))):
        m = get(tw[i])
        masks[i] = _mask(tw[i]) if m is None else m
    where: dict[int, list[int]] = {}
    bits_of = _BITS_OF
    for i in compress(range(nt_), masks):  # only the tokens of some word class
        m = masks[i]
        bits = bits_of.get(m)
        if bits is None:
            bits = bits_of[m] = tuple(b for b in _BITS if m & b)
        for bit in bits:
            lst = where.get(bit)
            if lst is None:
                where[bit] = [i]
            else:
                lst.append(i)
    doc.masks = masks
    doc.where = where
    for i in where.get(BREAK, ()):
        breaks.add(i)
    for i in where.get(_BREAK2, ()):
        if x[doc.te[i] : doc.te[i] + 3] == " ان":
            breaks.add(i)
    clause: list[int] = []
    br = sorted(breaks) + [nt_]
    if br[0] > 0:
        clause.extend([0] * br[0])
    for k in range(len(br) - 1):
        clause.extend([k + 1] * (br[k + 1] - br[k]))
    doc.clause = clause
    doc.actors = [[] for _ in range(n)]
    doc.places = [[] for _ in range(n)]
    doc.others = [[] for _ in range(n)]
    doc.orgs = [[] for _ in range(n)]
    inside = doc.inside
    named = doc.named
    org_end = set()
    te = doc.te
    ts_ = doc.ts
    br_ = bisect.bisect_right
    bl_ = bisect.bisect_left
    actors_, places_, others_, orgs_ = doc.actors, doc.places, doc.others, doc.orgs
    skip = doc.skip
    q_end = -1  # the end of the last count: «مقتل جنديين أمريكيين» is read by its adjective
    for ent in sorted(entities, key=_START):
        if ent.type == "QUANTITY":
            q_end = max(q_end, ent.end)
        elif ent.type == "ACTOR" and ent.start < q_end:
            continue
        ns, ne = fo(to_orig, ent.start), fo(to_orig, ent.end)
        t0 = br_(te, ns)
        if t0 >= nt_:
            continue
        # (the tokens starting before its end: a closing quote «"شام الإسلام"» is no token,
        # and the word after it is not in the name)
        t1 = bl_(ts_, ne)
        if t1 <= t0:
            t1 = t0 + 1
        s = tsent[t0]
        span = range(t0, t1)
        inside.update(span)
        typ = ent.type
        if typ == "ACTOR":
            named.update(span)
            gov = _gov(doc, ns, t0)
            if gov == "ل" and t0 > 0 and masks[t0 - 1] & MIL:
                gov = "poss"  # «رتل للقوات الأميركية»: the convoy's owner
            actors_[s].append(Mention(t0, t1, ns, ne, ent.canonical or "UNKNOWN", "ent", gov, ent))
        elif typ == "LOCATION":
            places_[s].append(Mention(t0, t1, ns, ne, ent.id, "ent", _gov(doc, ns, t0), ent))
        elif typ == "QUANTITY" or typ == "WEAPON":
            others_[s].append(Mention(t0, t1, ns, ne, ent.id, "ent", None, ent))
            if typ == "QUANTITY":
                skip.update(span)
        elif typ == "ORG" or typ == "PERSON":
            named.update(span)
            orgs_[s].append(Mention(t0, t1, ns, ne, ent.id, "ent", None, ent))
            if typ == "ORG":
                org_end.add(t1 - 1)
    # nationality adjectives and «الأخيرة»
    added: set[int] = set()
    for i in sorted(where.get(NAT, []) + where.get(ANAPHOR, [])):
        if i in inside:
            continue
        w = tw[i]
        s = tsent[i]
        if s < 0:
            continue
        if masks[i] & NAT:
            if i > 0 and not _BACKED.isdisjoint(_stems(tw[i - 1])):
                continue  # «قسد المدعومة أميركياً»: an adverb of the backer, no side here
            if (i - 1) not in org_end:
                nat = next(NAT_WORDS[v] for v in _stems(w) if v in NAT_WORDS)
                m = Mention(i, i + 1, ts[i], doc.te[i], nat, "adj", _gov(doc, ts[i], i))
                doc.actors[s].append(m)
                added.add(s)
        else:
            prev = [a for a in doc.actors[s] if a.kind == "ent" and a.t1 <= i]
            if prev:
                a = prev[-1]
                doc.actors[s].append(Mention(i, i + 1, ts[i], doc.te[i], a.value, "ana", None))
                added.add(s)
    for i in where.get(SYRIAN, ()):
        s = tsent[i]
        if i in inside or s < 0 or i == 0 or not masks[i - 1] & SOLDIERS:
            continue
        doc.actors[s].append(Mention(i, i + 1, ts[i], doc.te[i], "SY_GOV", "adj", None))
        added.add(s)
    # the entities' mentions came in text order: only the sentences given more need sorting
    for s in added:
        doc.actors[s].sort(key=_T0)
    for t in sorted(times, key=lambda t: t.start):
        ns, ne = fo(to_orig, t.start), fo(to_orig, t.end)
        ti = doc.tok_at(ns)
        if ti < len(doc.tw):
            doc.tspans.append((t, ns, ne, doc.tsent[ti]))
            doc.skip.update(range(ti, br_(te, ne - 1) + 1))
    # the article's day: what «اليوم» resolves to, else the publication date
    day = None
    for t in times:
        if t.precision == "day" and t.value and "اليوم" in cnorm(t.text):
            day = t.value
            break
    if day is None and published:
        day = published if isinstance(published, str) else published.isoformat()
    if day is None:
        # «أمس» resolved by the time extractor is the day before the article's day
        for t in times:
            nt_text = cnorm(t.text)
            if t.value and len(t.value) == 10 and ("امس" in nt_text or "الليله الماضيه" in nt_text):
                try:
                    day = (dt.date.fromisoformat(t.value) + dt.timedelta(days=1)).isoformat()
                except ValueError:
                    continue
                break
    doc.article_day = day
    if day:
        doc.day_time = next(
            (t.id for t in times if t.value == day and t.precision in ("day", "part-of-day")),
            None,
        )
    return doc


# ---------------------------------------------------------------- triggers


def _prefix_ok(pre: str, trig: Trig) -> tuple[bool, bool, bool]:
    """(allowed, definite, future) for the letters before a trigger form in its word."""
    if not pre:
        return True, False, False
    if trig.impf and pre in _FUTURES:
        return True, False, True
    if pre in _PREFIXES:
        if not trig.noun and (pre.endswith("ال") or pre.endswith("لل") or pre[-1] in "بك"):
            return False, False, False
        return True, pre.endswith("ال") or pre.endswith("لل"), False
    return False, False, False


def _find_candidates(doc: Doc) -> list[Cand]:
    x = doc.nt.text
    ts, te, tsent = doc.ts, doc.te, doc.tsent
    br_ = bisect.bisect_right
    best: dict[int, Cand] = {}
    letters = _LETTERS
    for end, trig in _automaton().iter(x):
        e = end + 1
        if x[e : e + 1] in letters:
            # the form ends inside a word (every form ends in a letter): only a pronoun
            # suffix may follow (هجماته، قواتها، استهدفهم), and every suffix starts with ه
            if x[e] != "ه" or len(trig.form) < 4:
                continue
            tk = br_(te, end)  # the token holding the last letter
            if x[e : te[tk]] not in _SUFFIXES:
                continue
        else:
            tk = br_(te, end)
        s = e - len(trig.form)
        ws = ts[tk]
        if s >= ws:
            ti = tk  # one word
        else:
            ti = br_(te, s)  # the token holding the first letter
            ws = ts[ti]
        if ws == s:
            definite = future = False
        else:
            ok, definite, future = _prefix_ok(x[ws:s], trig)
            if not ok:
                continue
        if definite:
            s -= 1 if x[s - 2 : s] == "لل" and x[s - 3 : s - 1] != "ال" else 2
        cur = best.get(ti)
        if cur is None or e - s > cur.ne - cur.ns:
            best[ti] = Cand(s, e, ti, tk + 1, trig, definite, future, tsent[ti])
    cands = sorted(best.values(), key=lambda c: c.ns)
    # drop candidates inside a longer phrase, and words of a name («هيئة تحرير الشام»)
    out: list[Cand] = []
    named = doc.named
    for c in cands:
        if (out and c.ns < out[-1].ne) or c.ti in named:
            continue
        out.append(c)
    return out


def _near_mil(doc: Doc, c: Cand, width: int = 10, after_only: bool = False) -> bool:
    """A military word or weapon near the trigger, or an actor right next to it."""
    s0, s1 = doc.sspan[c.sent]
    if after_only:
        # the object: a military word or a weapon (not the subject of a VSO clause)
        lo = c.tj
        # «عززت منذ مطلع أيلول وجودها العسكري»: past a time right after the verb
        if lo < s1 and lo in doc.skip:
            for _, ns, ne, _s in doc.tspans:
                if ns <= doc.ts[lo] < ne:
                    while lo < s1 and doc.ts[lo] < ne:
                        lo += 1
                    break
        # «ألقى الطيران المروحي التابع للأسد 25 برميلاً»: past the subject of a VSO clause
        # (not past an object pronoun on the verb: «أسقطتهما الدفاعات الجوية»)
        subj = None
        if doc.tw[c.tj - 1].endswith(c.trig.form.rsplit(" ", 1)[-1]):
            subj = next((m for m in doc.actors[c.sent] if m.t0 == lo and m.gov is None), None)
        hi = min(s1, lo + 5 + ((subj.t1 - subj.t0 + 2) if subj is not None else 0))
        if subj is not None:
            hi = next((k for k in range(subj.t1, hi) if doc.comma[k]), hi)  # its clause
        # «ألقى ما لا يقل عن عشرة براميل»: a count before the object does not use the window
        hi = min(s1, hi + sum(1 for k in range(lo, hi) if k in doc.skip))
        if _has(doc, MIL, lo, hi):
            return True
        return any(m.t0 < hi and m.t1 > lo and m.ent.type == "WEAPON" for m in doc.others[c.sent])
    # «وكان الجيش قد أطلق عمليته ... منتصف كانون الثاني الماضي، واستعاد»: the words of a
    # time or a count in between do not use the window
    lo, hi = _back_words(doc, c.ti, width, s0, names=False), min(s1, c.tj + width)
    if _has(doc, MIL, lo, c.ti) or _has(doc, MIL, c.tj, hi):
        return True
    for m in doc.others[c.sent]:
        if m.t1 > lo and m.t0 < hi and m.ent.type == "WEAPON":
            return True
    for m in doc.actors[c.sent]:
        if m.kind == "ent" and m.t1 > c.ti - 4 and m.t0 < c.tj + 3:
            return True
    if c.trig.hint == "deployed" and any(
        doc.masks[i] & NAT
        and i - 1 >= c.tj
        and (doc.masks[i - 1] & BASE_NOUN or doc.tw[i - 1] == _W_WATCH)
        for i in range(c.tj + 1, min(s1, c.tj + 4))
    ):
        return True  # «وتنتشر نقاط مراقبة تركية في محيط X»: a state's posts
    if c.trig.hint == "deployed" and c.tj < s1 and doc.tw[c.tj] == "في":
        # «وتنتشر في البادية، الممتدة من X إلى Y، ميليشيات تابعة لـZ»، «وتنتشر في إدلب 12
        # نقطة مراقبة تركية»: the place first, then the side (past the place's apposition)
        return any(c.tj < m.t0 <= c.tj + 20 for m in doc.actors[c.sent])
    return False


def _hit_convoy(doc: Doc, c: Cand) -> bool:
    """«غارة استهدفت رتلاً لهم»: a convoy noun right after an attack trigger is what was
    hit, no movement (nor does it end the attack's arguments)."""
    if c.trig.type != "MOVEMENT" or c.trig.verb:
        return False
    # «كمين نصبته خلايا التنظيم لرتل عسكري»: a convoy «ل» an ambush or attack is its target
    reach = 7 if doc.nt.text[c.ns - 1 : c.ns] == "ل" else 3
    return any(
        o.trig.type == "ATTACK"
        and o.sent == c.sent
        and c.ti - reach <= o.tj <= c.ti
        and doc.clause[o.ti] == doc.clause[c.ti]
        for o in doc.cands
    )


def _weapon_after(doc: Doc, c: Cand, width: int = 7) -> bool:
    """A weapon named in the trigger's clause, within ``width`` tokens after it: «أطلقت
    القوات التركية أكثر من 120 قذيفة على ...» (not «أطلقت سراح»، «أطلقت عملية»)."""
    hi = min(doc.sspan[c.sent][1], c.tj + width)
    for m in doc.others[c.sent]:
        if m.ent.type == "WEAPON" and c.tj <= m.t0 < hi and doc.clause[m.t0] == doc.clause[c.ti]:
            # «أطلقت عملية عسكرية بالدبابات»: what was launched is an operation; «أطلقت
            # 12 صاروخاً استهدفت قاعدتين»: the strike verb after it tells the attack
            if not c.trig.form.startswith("اطلق"):
                return True  # «تصدت للصواريخ المعادية وأسقطت بعضها»: both
            return not any(
                o.sent == c.sent
                and c.tj <= o.ti
                and (o.ti < m.t0 or (o.trig.type == "ATTACK" and o.ti <= m.t1 + 5))
                for o in doc.cands
            )
    return False


def _anaphoric_convoy(doc: Doc, c: Cand) -> bool:
    """«القافلة عبرت»: a definite convoy noun naming a movement reported just before."""
    if c.trig.type != "MOVEMENT":
        return False
    here = [
        o
        for o in doc.cands
        if o.sent == c.sent
        and o.definite
        and not o.trig.verb
        and o.trig.type == "MOVEMENT"
        and abs(o.ti - c.ti) <= 10
    ]
    return bool(here) and any(
        o.ok and o.trig.type == "MOVEMENT" and c.sent - 3 <= o.sent < c.sent for o in doc.cands
    )


def _coordinated_movement(doc: Doc, c: Cand) -> bool:
    """«دخل رتل ... إلى X، واتجه نحو Y»: a «و» + movement verb after an accepted movement of
    the sentence shares its military context."""
    if c.trig.type != "MOVEMENT" or not c.trig.verb or doc.tw[c.ti][:1] != "و":
        return False
    return any(
        o.ok and o.sent == c.sent and o.ti < c.ti and o.trig.type == "MOVEMENT" for o in doc.cands
    )


def _near_place(doc: Doc, c: Cand, width: int = 12) -> bool:
    """A LOCATION or a place noun (مناطق، مدينة، مطار ...) near the trigger."""
    lo, hi = c.ti - width, c.tj + width
    if any(m.t1 > lo and m.t0 < hi for m in doc.places[c.sent]):
        return True
    s0, s1 = doc.sspan[c.sent]
    return _has(doc, PLACE_NOUN, max(s0, lo), c.ti) or _has(doc, PLACE_NOUN, c.tj, min(s1, hi))


def _specific_after(doc: Doc, c: Cand) -> bool:
    """A place or a side named within eight words after the trigger, or a verb describing
    it right after its adjective: the event is a particular one."""
    hi = min(doc.sspan[c.sent][1], c.tj + 8)
    if any(c.tj <= m.t0 < hi for m in doc.places[c.sent]):
        return True
    if any(c.tj <= m.t0 < hi and m.kind == "ent" for m in doc.actors[c.sent]):
        return True
    return c.tj + 1 < len(doc.tw) and _has(doc, ATTACK_VERB_AFTER, c.tj + 1, c.tj + 2)


def _trigger_tokens(doc: Doc) -> set[int]:
    if doc.trig_toks is None:
        doc.trig_toks = {c.ti for c in doc.cands}
    return doc.trig_toks


def _accept(doc: Doc, c: Cand) -> bool:
    if doc.heading[c.sent] or c.ti in doc.named:
        return False
    s0, s1 = doc.sspan[c.sent]
    # «أي هجوم»: generic (the stripped form is a suffix of the word: test that first)
    if c.ti > s0 and doc.tw[c.ti - 1].endswith("اي") and _stems(doc.tw[c.ti - 1])[-1] == "اي":
        if not _negated(doc, c.ti - 1, s0):
            return False  # (under a negation it is the event denied: «لم تنفذ أي غارة»)
    if c.trig.hint == "casualty" and c.ti - 2 >= s0 and doc.tw[c.ti - 1] == "من":
        if doc.tw[c.ti - 2] in ("عدد", "حصيله"):
            return False  # «يرتفع عدد من قتلوا»: a count of past victims, no new event
    t = c.trig
    if (
        t.type == "MOVEMENT"
        and not t.verb
        and c.ti > s0
        and _stems(doc.tw[c.ti - 1])[-1] in _PREVENT
    ):
        return False  # «يمنع وصول المياه»، «لمنع تقدم القافلة»: a movement stopped, none made
    if t.form in _HAND_OVER and not _SELF.isdisjoint(doc.tw[c.tj : min(s1, c.tj + 8)]):
        # «سلّم نحو 3 آلاف من عناصر داعش أنفسهم»: a surrender, the fighters taken
        c.trig = t = replace(t, type="ARREST", hint="-", need=None)
        return True
    if t.notnext and c.tj < s1 and doc.tw[c.tj] in t.notnext:
        return False
    if t.type == "WITHDRAWAL" and any(
        doc.tw[k] == "عن" and doc.tw[k + 1] == _W_SERVICE
        for k in range(c.tj, min(s1 - 1, c.tj + 4))
    ):
        return False  # «خروج المشفى عن الخدمة»: out of service, no one withdrew
    if (
        t.form in _TALKS
        and c.definite
        and not (
            _near_mil(doc, c, width=16)
            or any(o.sent == c.sent and o.trig.type == "ATTACK" for o in doc.cands if o is not c)
        )
    ):
        return False  # «قال إن المحادثات كانت صعبة»: talks as a topic (not «مفاوضات جنيف»)
    if t.form in _LINK_UP and not _links_up(doc, c):
        return False
    if t.form in _ACCOMPANY and not doc.tw[c.ti].endswith(t.form):
        return False  # «دورية ترافقها مروحيتان»: the escort of another movement
    if t.notprev and c.ti > s0 and doc.tw[c.ti - 1] in t.notprev:
        return False
    if t.notobj and not t.notobj.isdisjoint(doc.tw[c.tj : min(s1, c.tj + 4)]):
        return False  # «اقتحمت القوات منزل المطلوب»: a raid, not an assault
    if t.raid and any(
        o.sent == c.sent and o.ti > c.ti and o.trig.type == "ARREST" for o in doc.cands
    ):
        return False  # «اقتحمت القوات مدينة جنين واعتقلت عشرة شبان»: a raid for arrests
    if t.form in _FLEE and _civilians_flee(doc, c):
        return False
    if t.form in _ARSON and _has(doc, _CIVILIANS, c.tj, min(s1, c.tj + 2)):
        return False  # «وأحرقت نساء النقاب»: people burning things, no attack
    if (
        t.need == "mil"
        and not _near_mil(doc, c)
        # «قُتل أكثر من 100 إرهابي، فيما فرّ العشرات منهم»: fleeing a fight of its sentence
        and not (t.form in _FLEE and _fight_before(doc, c))
        and not _anaphoric_convoy(doc, c)
        and not _coordinated_movement(doc, c)
        # «أعلن العبادي تحرير مدينة الحويجة»: a town freed or retaken right after the noun
        and not (t.type == "CONTROL" and t.form == _W_TAHRIR and _town_after(doc, c))
        # «أعلنت القيادة استعادة السيطرة على مدينة بيجي»: control named outright
        and not (
            t.type == "CONTROL"
            and not t.verb
            and c.tj + 1 < len(doc.tw)
            and doc.tw[c.tj] == _W_CONTROL_DEF
            and doc.tw[c.tj + 1] in _ON_WORDS
        )
        and not _destroys_after_attack(doc, c)
    ):
        return False
    if t.need == "patrol" and not (
        _has(doc, PATROL, max(s0, c.ti - 4), min(s1, c.tj + 4)) or _near_mil(doc, c)
    ):
        return False
    if t.need == "patrol" and c.ti > s0 and _stems(doc.tw[c.ti - 1])[-1] in _BAN:
        return False  # «فرضت حظر تجول»: a curfew, no patrol
    if (
        t.need == "milafter"
        and not _near_mil(doc, c, after_only=True)
        # «تنشر تركيا 12 نقطة مراقبة»: posts deployed (retyped as a base below)
        and not (_DEPLOY_FORM(t.form) and _has(doc, BASE_NOUN, c.tj, min(s1, c.tj + 5)))
    ):
        return False
    if t.need == "repel" and not _repels_assault(doc, c):
        return False
    if not t.verb and t.form == _W_TADMIR and _a_result(doc, c):
        return False  # «أسفرت الغارات عن مقتل 23 وتدمير 4 مخابئ»: the strikes' result
    if t.need == "weaponafter" and not (_weapon_after(doc, c) or _fired_munitions(doc, c)):
        return False
    if t.need == "security" and not _has_word(doc, "الامن", c.tj, min(s1, c.tj + 8)):
        return False
    if t.need == "flag" and _FLAG.isdisjoint(doc.tw[c.tj : min(s1, c.tj + 5)]):
        return False
    if t.need == "issued" and not (
        (c.ti > s0 and doc.tw[c.ti - 1] in _ISSUED_IN) or doc.tw[c.ti].startswith(("بب", "وبب"))
    ):
        return False  # «في بيان»، «بحسب بيان»، «ببيان»: a statement issued (not «بيان ختامي»)
    if t.need == "place" and not (
        _place_after(doc, c)
        or not _IN_HANDS.isdisjoint(doc.tw[c.tj : min(s1, c.tj + 4)])
        # «سقوط اللواء يفتح الطريق»، «سقوط الحصن»: a definite place or base noun that
        # refers back (a noun, not the verb: «سقطت القذيفة» is no fall of a place)
        or (not t.verb and c.tj < s1 and doc.tw[c.tj] in _FALLEN_PLACES)
    ):
        return False
    if (
        t.need == "milwide"
        and not (
            (c.ti == s0 or doc.tw[c.ti - 1] not in PREPS)  # «تعلّق على عملياتها»: a reference
            and doc.nt.text[c.ns - 1 : c.ns] not in ("ب", "ل")
        )
    ):
        return False
    if t.need == "milwide" and not (
        _near_mil(doc, c, width=16)
        or any(o.sent == c.sent and o.trig.type == "ATTACK" for o in doc.cands if o is not c)
    ):
        return False
    if t.need == "handover" and not (
        c.future and c.tj < s1 and (doc.masks[c.tj] & PLACE_NOUN or _place_after(doc, c))
    ):
        return False
    if t.need == "future" and not (
        c.future
        and any(
            o.trig.type == "ATTACK" and c.sent - 1 <= o.sent <= c.sent
            for o in doc.cands
            if o is not c
        )
    ):
        return False  # «سترد»: a threat of retaliation for an attack
    if t.type == "AGREEMENT" and c.tj < s1 and _stems(doc.tw[c.tj])[-1] in _STATUS:
        return False  # «تسوية أوضاع المطلوبين»: settling a person's status
    if t.type == "MOVEMENT" and not t.verb and c.ti > s0 and doc.masks[c.ti - 1] & PLACE_NOUN:
        return False  # «مناطق انتشار الجيش»: a place named by who is deployed there
    if _hit_convoy(doc, c):
        return False
    if (
        t.type == "CONTROL"
        and not t.verb
        and any(o.sent == c.sent and o.tj == c.ti and o.trig.type == "OPERATION" for o in doc.cands)
    ):
        return False  # «معركة تحرير الفلوجة»: the battle's aim, in its name
    if t.type == "MOVEMENT" and _has_word(doc, "حيز", c.tj, min(s1, c.tj + 3)):
        return False  # «دخول الاتفاق حيز التنفيذ»: coming into force
    if t.type in ("ATTACK", "OPERATION", "AGREEMENT") and (
        _has(doc, NONMIL, c.tj, min(s1, c.tj + 2))
        or (_has(doc, SIMILAR, c.tj, min(s1, c.tj + 2)) and not _specific_after(doc, c))
    ):
        # «هجوماً حاداً»، «معركة انتخابية»، «اتفاق تجاري»؛ «هجمات مماثلة» named generically
        # (not «هجوم مماثل استهدف حافلة»، «اشتباكات مماثلة بين X وY في Z»: one of its own)
        return False
    if (
        t.type == "MOVEMENT"
        and _has(doc, OFFICIAL, max(s0, c.ti - 3), min(s1, c.tj + 3))
        # («دفعت وزارة الداخلية بفوجين من قوات الرد السريع»: a ministry sends forces)
        and not (t.hint == "reinforced" and t.need == "milafter")
        # («دخلت أرتال تابعة لوزارة الدفاع»: forces (right after the verb) move)
        and not (doc.masks[c.ti] & MIL or (c.tj < s1 and doc.masks[c.tj] & MIL))
        # («وقال القائد إن المقاتلين أعادوا التموضع»: the official only speaks)
        and not (
            not _has(doc, OFFICIAL, c.ti, min(s1, c.tj + 3))
            and _has_word(doc, "ان", max(s0, c.ti - 3), c.ti)
        )
    ):
        return False  # «تصل وزيرة الخارجية إلى ...»: a visit
    if t.type == "CONTROL" and c.ti > s0 and _out_of(doc, c.ti, s0):
        return False  # «يخرج عن سيطرة النظام»، «خارج سيطرة الحكومة»: out of its control
    if (
        t.type == "CONTROL"
        and t.form != _W_HOLD_GROUND  # «لمسك الأرض»: the ground is the place
        and not (
            _near_place(doc, c)
            # «سقوط الحصن»: the place referred back to
            or (t.need == "place" and not t.verb and c.tj < s1 and doc.tw[c.tj] in _FALLEN_PLACES)
            # «لجنود يرفعون العلم فوق أسوار القلعة»: a flag raised over something
            or (t.need == "flag" and _has_word(doc, "فوق", c.tj, min(s1, c.tj + 6)))
            # «سيطرت قوات النظام مدعومة بعناصر من X، أمس، على قريتي A وB»: a long subject
            or any(
                c.tj < m.t0 <= c.tj + 24
                and (
                    m.gov in _ON_WORDS
                    or doc.tw[m.t0 - 2] in _ON_WORDS
                    # «على شريط حدودي بطول 120 كيلومتراً بين تل أبيض ورأس العين»، «على عدة
                    # مبانٍ داخل إدارة المركبات في مدينة حرستا»: what it took, in a place
                    or (m.gov in ("بين", "في") and _on_before(doc, c.tj, m.t0, m.gov == "بين"))
                )
                for m in doc.places[c.sent]
            )
        )
    ):
        return False  # «السيطرة على التضخم»
    if t.type == "MOVEMENT" and t.hint == "arrived" and t.verb:
        # «دخلت في اشتباكات/مفاوضات»: entering a state, not a place
        for i in range(c.tj, min(s1, c.tj + 3)):
            if doc.tw[i] == "في" and i + 1 < s1 and i + 1 in _trigger_tokens(doc):
                return False
    if t.need == "ctrl" and not any("سيطره" in doc.tw[i] for i in range(c.tj, min(s1, c.tj + 3))):
        return False
    if t.need == "light" and not _has(doc, LIGHT_ANY, max(s0, c.ti - 5 - _skipped(doc, c)), c.ti):
        return False
    if t.need == "official" and not _has(doc, OFFICIAL, max(s0, c.ti - 4), min(s1, c.tj + 4)):
        return False
    if t.need == "actor" and not _official_subject(doc, c):
        return False
    if t.type == "STATEMENT" and c.trig.form.startswith("تبن") and _claimed_new(doc, c):
        return False
    if t.need == "quote" and not (
        _has(doc, LAUNCH, max(s0, c.ti - 3), c.ti)
        and (c.tj >= s1 or (doc.tw[c.tj][:2] != "ال" and doc.tw[c.tj] not in _PROCESS))
    ):
        if not (_quote_follows(doc, c) or _operation_named(doc, c)):
            return False
    if t.form in _SET_OFF and any(
        o is not c
        and o.sent == c.sent
        and not o.trig.verb
        and o.trig.type in ("OPERATION", "ATTACK", "TRAINING")
        and o.tj <= c.ti <= o.tj + 8
        for o in doc.cands
    ):
        # «عملية عسكرية انطلقت فجراً»، «المعارك التي انطلقت»، «دورية مشتركة ...، انطلقت من
        # محيط الدرباسية»: the event noun's start, no movement of its own
        return False
    if t.type == "OPERATION" and c.ti > s0 and not _STOPPED.isdisjoint(_stems(doc.tw[c.ti - 1])):
        return False  # «أعلنت تعليق عملياتها العسكرية»، «التلويح بوقف عملياتها»: none waged
    if t.need == "price" and not (
        _FUTURE_OF(c) and _has_word(doc, _W_PRICE, c.tj, min(s1, c.tj + 3))
    ):
        return False  # «سيدفع ثمن هذه الجريمة»: a vow of revenge (not «تدفع الرواتب»)
    if (
        t.need == "named"
        and not _quote_follows(doc, c)
        # «منذ انطلاق العمليات في تلعفر»، «أعلن انطلاق عمليات تحرير الموصل» (not «بدأت
        # عمليات إجلاء المدنيين»)
        and not (
            _has(doc, LAUNCH, max(s0, c.ti - 2), c.ti)
            and (c.tj >= s1 or doc.tw[c.tj] not in _PROCESS)
        )
    ):
        return False
    if t.need == "reply" and not _threatened_reply(doc, c):
        return False
    if t.need == "basebefore" and not (
        _has(doc, BASE_NOUN, max(s0, c.ti - 3), c.ti)
        or _has(doc, BASE_NOUN, c.tj, min(s1, c.tj + 4))
    ):
        return False
    if t.need == "basenoun" and not _has(doc, BASE_NOUN, c.tj, min(s1, c.tj + 8)):
        return False
    if t.need == "receive" and not _received_place(doc, c, s1):
        return False
    return True


RECEIVE_OBJ = word_class(
    _ws(
        "الملف ملف ملفه ملفها مبنى مباني مبنيي مقر مقرات المقرات حواجز الحواجز حاجز مواقع "
        "المواقع موقع نقاط النقاط نقطة قاعدة القاعدة قواعد مطار المطار المدينة البلدة الحي "
        "المعبر مراكز المراكز مركز بنايات السيطرة المسؤولية مهام المباني الشريط قاطع القاطع"
    )
)
_NOT_RECEIVED = _ws("السلاح الأسلحة أسلحة اسلحة خرائط أنفسهم انفسهم جثث جثامين رسالة مذكرة")


def _received_place(doc: Doc, c: Cand, s1: int) -> bool:
    """«تسلمت القطعات الملف الأمني»، «تسلموا مبنى القائممقامية»، «تتسلم قوات النظام
    المدينة»: a place, a post or the security file within four words after a verb of
    receiving (not weapons, maps or prisoners)."""
    hi = min(s1, c.tj + 5)
    if any(doc.tw[i] in _NOT_RECEIVED for i in range(c.tj, hi)):
        return False
    if _has(doc, RECEIVE_OBJ, c.tj, hi) or _has(doc, BASE_NOUN, c.tj, hi):
        return True
    return any(c.tj <= m.t0 < hi for m in doc.places[c.sent])


_TOWN_KINDS = frozenset(("city", "town", "village", "district"))
_W_TAHRIR = norm("تحرير")
_W_CONTROL_DEF = norm("السيطرة")


def _town_after(doc: Doc, c: Cand) -> bool:
    """A city, town, village or quarter named right after the trigger («تحرير مدينة
    الحويجة»، «استعادة بلدة الباغوز»)."""
    g = get_gazetteer()
    for m in doc.places[c.sent]:
        if m.t0 == c.tj and m.ent is not None and m.ent.canonical:
            p = g.place(m.ent.canonical)
            return p is not None and p.kind in _TOWN_KINDS
    return False


def _skipped(doc: Doc, c: Cand) -> int:
    """How many of the 4 words before the trigger are a time or a count (they do not
    count as distance: «سيّرت الشرطة الروسية، صباح اليوم، دورية»)."""
    return sum(1 for k in range(max(0, c.ti - 4), c.ti) if k in doc.skip)


def _claimed_new(doc: Doc, c: Cand) -> bool:
    """«تبنت X هجمات على ...»: the claim names a new event (an indefinite noun), which
    carries it; «تبنت X الهجوم» claims one reported before: a statement."""
    s1 = doc.sspan[c.sent][1]
    for o in doc.cands:
        if o.sent == c.sent and c.tj <= o.ti < min(s1, c.tj + 20) and o.trig.type != "STATEMENT":
            return not o.trig.verb and not o.definite
    return False


_STATUS = _ws("أوضاع وضع اوضاعهم وضعهم")


def _has_word(doc: Doc, w: str, a: int, b: int) -> bool:
    return w in doc.tw[a:b]


def _negated(doc: Doc, i: int, s0: int) -> bool:
    """A negation (لم/لن/لا/عدم, or نفى) in the few words before token ``i``."""
    for k in range(max(s0, i - 5), i):
        w = doc.tw[k]
        if w.endswith(_NEG_TAILS) and _stems(w)[-1] in NEG_NEAR:
            return True
    return _has(doc, NEG_VERB, max(s0, i - 10), i)


_DEPLOY_FORM = re.compile("^[يت]?نشر").match


_MUNITIONS = frozenset(
    "shell mortar artillery-shell rocket rpg missile guided-missile grad cruise-missile "
    "ballistic-missile ssm katyusha".split()
)


_SHADDA = "\u0651"


def _blown_up(doc: Doc, c: Cand) -> bool:
    """«فجّر» (blew up), not «فجر» (dawn): the shadda written on the word, or a weapon or
    «نفسه» within three words after it («فجر انتحاري نفسه»، «فجر سيارة مفخخة»)."""
    o0, o1 = doc.nt.span(doc.ts[c.ti], doc.te[c.tj - 1])
    if _SHADDA in doc.text[o0:o1]:
        return True
    if c.ti in doc.skip:
        return False  # «فجر اليوم»: a time
    s1 = doc.sspan[c.sent][1]
    if not _SELF.isdisjoint(doc.tw[c.tj : min(s1, c.tj + 3)]):
        return True
    return any(
        c.tj <= m.t0 < c.tj + 3 and m.ent is not None and m.ent.type == "WEAPON"
        for m in doc.others[c.sent]
    )


def _fired_munitions(doc: Doc, c: Cand) -> bool:
    """«105 صواريخ أُطلقت من مدمرات»، «أن الصواريخ أطلقت من منطقة البيادر»: munitions right
    before the verb of firing (its passive or its subject)."""
    if not c.trig.form.startswith("اطلق") or doc.tw[c.tj - 1].endswith(("ها", "ه")):
        return False  # («بثلاث قذائف أطلقتها مجموعات»: the munitions of another attack)
    for m in doc.others[c.sent]:
        if (
            m.t1 == c.ti
            and m.ent is not None
            and m.ent.type == "WEAPON"
            and m.ent.canonical in _MUNITIONS
        ):
            # («استهداف قاعدة تركية بصواريخ أطلقت من المنطقة»: another attack's instrument)
            return doc.tw[m.t0][:1] != "ب"
    return False


def _fire_falls(doc: Doc, c: Cand) -> bool:
    """«سقوط 33 صاروخاً»، «سقطت قذيفتان»، «بسقوط صاروخي كاتيوشا»: munitions right after the
    verb of falling (past a count), not an aircraft or a town."""
    for m in doc.others[c.sent]:
        if (
            c.tj <= m.t0 <= c.tj + 3
            and m.ent is not None
            and m.ent.type == "WEAPON"
            and all(i in doc.skip for i in range(c.tj, m.t0))
        ):
            return m.ent.canonical in _MUNITIONS
        # «إن القذائف سقطت على أحياء ...»: the munitions just before the verb
        if m.t1 == c.ti and m.ent is not None and m.ent.type == "WEAPON" and c.trig.verb:
            return m.ent.canonical in _MUNITIONS
    return False


def _retype(doc: Doc, c: Cand) -> None:
    """«صدّوا محاولة تقدم لقوات النظام»: a repelled advance is an attack; «اقتحام المنطقة»
    (storming a place, no arrests) is an attack, not a raid."""
    t = c.trig
    s0, s1 = doc.sspan[c.sent]
    if t.type == "MOVEMENT" and _DEPLOY_FORM(t.form) and _has(doc, BASE_NOUN, c.tj, c.tj + 5):
        # «نشر قوات النظام تسع نقاط عسكرية»: posts set up
        c.trig = replace(t, type="BASE", hint="base")
    elif t.type == "MOVEMENT" and _has(doc, REPEL, max(s0, c.ti - 5), c.ti):
        c.trig = replace(t, type="ATTACK", hint="fight", need=None, verb=False, noun=True)
    elif t.type == "ATTACK" and t.form in _NAMED_BATTLE and _quote_follows(doc, c):
        # «ضمن معركة "عاصفة الجزيرة"»: a named battle is an operation
        c.trig = replace(t, type="OPERATION", hint="present")
    elif t.type == "ATTACK" and t.form == _W_BATTLE and _campaign(doc, c):
        # «معركة الفلوجة»، «انطلاق المعركة»، «يطلق الجيش معركة»: a battle as a campaign (not
        # «اندلعت معركة عنيفة بين X وY», a clash)
        c.trig = replace(t, type="OPERATION", hint="present")
    elif t.type == "ATTACK" and t.form in _OFFENSIVE_NOUN and doc.tw[c.ti].endswith(_POSS):
        # «واصلت قسد هجومها على الباغوز»: a side's offensive is a campaign
        c.trig = replace(t, type="OPERATION", hint="present")
    elif (
        t.type == "ATTACK"
        and c.definite
        and not t.verb
        and c.ti > s0
        and _stems(doc.tw[c.ti - 1])[-1] in _START_OF
        and _stems(doc.tw[c.ti])[-1] in _OFFENSIVE
    ):
        c.trig = replace(t, type="OPERATION", hint="present")  # «منذ بدء الهجوم»: an offensive
    elif (
        t.type == "ARREST"
        and t.form.endswith("اقتحام")
        and c.tj < s1
        and (doc.masks[c.tj] & PLACE_NOUN or _place_after(doc, c))
        and not any(
            o is not c and o.sent == c.sent and o.trig.type == "ARREST" and abs(o.ti - c.ti) < 8
            for o in doc.cands
        )
    ):
        c.trig = replace(t, type="ATTACK", hint="fight")


def _place_phrase_after(doc: Doc, s: int, tj: int, hi: int) -> frozenset[int]:
    """The tokens of «في/إلى + place [+ a count's approximator and number]» right after a
    verb (empty when none): «ينتشر في شمال سوريا نحو 500 ...»."""
    if tj >= hi or doc.tw[tj] not in _PLACE_PREPS:
        return frozenset()
    m = next((m for m in doc.places[s] if m.t0 == tj + 1), None)
    if m is None:
        return frozenset()
    k = m.t1
    if k < hi and doc.comma[k] and doc.tw[k].startswith("ال"):
        # «في البادية السورية، الممتدة من ريف حمص إلى ريف دير الزور، ميليشيات ...»: an
        # apposition between commas belongs to the place
        in_place = {i for x in doc.places[s] for i in range(x.t0, x.t1)}
        j = k + 1
        while j < min(hi, k + 14) and not doc.comma[j]:
            if j not in in_place and doc.tw[j] not in _APPOSITION_LINKS:
                break
            j += 1
        else:
            if j < hi and doc.comma[j]:
                k = j
    while k < hi and (doc.tw[k] in _COUNT_WORDS or doc.tw[k].isdigit()):
        k += 1
    return frozenset(range(tj, k))


_APPOSITION_LINKS = _ws("من إلى الى في قرب بين و حتى")


_PLACE_PREPS = _ws("في إلى الى")
_COUNT_WORDS = _ws("نحو قرابة حوالي زهاء ما يقارب يقارب أكثر أقل من آلاف ألف")
_NAMED_BATTLE = _ws("معركة معركه")  # singular: «المعارك "ما زالت مستمرة"» names none
_OFFENSIVE_NOUN = _ws("هجوم")
_W_BATTLE = norm("معركة")
_FLAG = _ws("العلم علمها علمه علمهم")
_IN_HANDS = _ws("بيد بأيدي بايدي يد قبضة")
_W_HOMELAND = norm("حضن الوطن")


def _home_state(doc: Doc) -> str | None:
    """The government (SY_GOV or IQ_GOV) the article names most, or None."""
    n = Counter(e.canonical for e in doc.entities if e.canonical in ("SY_GOV", "IQ_GOV"))
    return n.most_common(1)[0][0] if n else None


# attack nouns whose genitive is their agent («هجمات X»، «غارات X»، «عدوان X»)
_AGENT_OF = _ws("هجوم هجمات الهجوم الهجمات غارات غارة الغارات عدوان العدوان اعتداءات الاعتداءات")
_HAND_OVER = _ws("سلم سلمت سلموا")
_SELF = _ws("أنفسهم أنفسهن نفسه نفسها انفسهم")
CONTINUE = word_class(
    _ws("واصل واصلت واصلوا يواصل تواصل يواصلون سيواصلون انطلاق انطلقت حسم خاض خاضت يخوض")
)


_FALLEN_PLACES = _ws(
    "المدينة البلدة القرية المطار القاعدة اللواء الفرقة الكتيبة الفوج الثكنة القلعة الحصن "
    "المعبر الحي التلة الجبل المعسكر المقر النقطة المنطقة الناحية القضاء"
)


def _on_before(doc: Doc, lo: int, t0: int, across: bool) -> bool:
    """«على» in the ten words before token ``t0`` (and after ``lo``), with no comma from it
    to ``t0`` unless ``across``."""
    for k in range(t0 - 1, max(lo, t0 - 10) - 1, -1):
        if doc.tw[k] in _ON_WORDS:
            return across or True not in doc.comma[k + 1 : t0 + 1]
    return False


def _place_after(doc: Doc, c: Cand) -> bool:
    """Whether a place mention starts right after the trigger («معركة الباغوز»، «سلّم الرقة»)."""
    return any(m.t0 == c.tj for m in doc.places[c.sent])


def _campaign(doc: Doc, c: Cand) -> bool:
    """A battle noun named (a place, or an aim such as «تحرير X», right after it), definite
    and not a clash between two sides, or launched/continued (LAUNCH, «واصل»)."""
    s0, s1 = doc.sspan[c.sent]
    if c.tj < s1 and (
        _place_after(doc, c)
        or any(o.sent == c.sent and o.ti == c.tj and o.trig.type == "CONTROL" for o in doc.cands)
    ):
        return True
    lo = max(s0, c.ti - 3)
    if _has(doc, LAUNCH, lo, c.ti) or _has(doc, CONTINUE, lo, c.ti):
        return True
    return c.definite and not _has_word(doc, "بين", c.tj, min(s1, c.tj + 8))


_POSS = ("ها", "ه", "هم", "هما")
# words between a withdrawal noun and the forces it names
_FORCE_PART = _ws(
    "واسع واسعا الواسع مفاجئ مفاجئا المفاجئ كامل الكامل جزئي الجزئي جزء جزءا القسم الأكبر "
    "معظم بعض غالبية كبير كبيرا من لـ ل "
    # «خروج الدفعة الأخيرة من مقاتلي X»: a batch of evacuees
    "الدفعة دفعة الدفعات دفعات الأولى الثانية الثالثة الأخيرة جديدة "
    # «خروج آخر مقاتلي X»، «خروج آخر دفعة من مسلحي X»: the last of them
    "آخر "
    # «إنهاء وجود القوات الأجنبية»، «إنهاء المهمة القتالية لقوات التحالف»
    "وجود الوجود المهمة مهمة مهام المهام القتالية"
)
_BAN = _ws("حظر منع")
_W_SERVICE = norm("الخدمة")
_AIR_FIRE = _ws("جوي جوية الجوي الجوية ناري نارية مدفعي")
_REMAINED = _ws("تبقى بقي تبقوا بقوا")
_WHO_LEFT = _ws("من ما")


def _remaining_of(doc: Doc, i: int, t0: int) -> bool:
    """«من تبقى من»: token ``i`` is «من» of «من تبقى» or the «من» after it (before ``t0``)."""
    if i + 1 < t0 and doc.tw[i + 1] in _REMAINED:
        return True
    return i >= 1 and doc.tw[i - 1] in _REMAINED


_OBJECT_PLURAL = _ws("مقاتلي مسلحي عسكريي منتسبي مستشاري جنودي")


def _quote_follows(doc: Doc, c: Cand) -> bool:
    """A quoted name right after the trigger («معركة "غضب الفرات"»)."""
    x = doc.nt.text
    k = c.ne
    while k < len(x) and x[k] == " ":
        k += 1
    return k < len(x) and x[k] in "\"'"


_RESERVE = _ws("تحتفظ يحتفظ نحتفظ احتفاظ")
_RIGHT = _ws("بحق بحقها بحقه بحقنا حق")
_PASS = _ws("يمر تمر")
_WITHOUT = _ws("دون بدون")
_BRANDISH = _ws("تلوح يلوح لوحت لوح تلويح بشان اوعز اوعزت")
_REPLY_AFTER = _ws("المناسب الحاسم القاسي قريبا الحازم")


_REVENGE = _ws("انتقام انتقاما الانتقام ثار الثار قصاص القصاص")


def _threatened_reply(doc: Doc, c: Cand) -> bool:
    """«توعد بالرد»، «تحتفظ بحق الرد»، «لن يمر دون رد»، «تلوّح بالرد»، «الرد المناسب»: a reply
    threatened, reserved or awaited, not one given («في رد على سؤال»)."""
    s0, s1 = doc.sspan[c.sent]
    if c.trig.form in _REVENGE:
        return True  # vengeance is vowed, never reported as done by that word
    if c.tj < s1 and doc.tw[c.tj] in _REPLY_AFTER:
        return True
    if any(doc.masks[i] & THREAT for i in range(max(s0, c.ti - 8), c.ti)):
        return True
    w1 = doc.tw[c.ti - 1] if c.ti - 1 >= s0 else ""
    w2 = doc.tw[c.ti - 2] if c.ti - 2 >= s0 else ""
    if w1 in _RIGHT and not _RESERVE.isdisjoint(_stems(w2)):
        return True  # «تحتفظ بحق الرد»
    if w1 in _WITHOUT and (
        w2 in _PASS or (w2 == "من" and c.ti - 3 >= s0 and doc.tw[c.ti - 3] in _PASS)
    ):
        return True  # «لن يمر دون رد»، «لن يمر من دون رد»
    return any(not _BRANDISH.isdisjoint(_stems(doc.tw[i])) for i in range(max(s0, c.ti - 6), c.ti))


_ISSUED_IN = _ws("في وفي بحسب وبحسب حسب وفق ووفق")
_IN_IT = _ws("فيه فيها")


def _took_part_after(doc: Doc, s: int, tj: int) -> list[str]:
    """The sides a participation verb with «فيه/فيها» names after an event noun ending at
    token ``tj`` (within 15 words, same sentence): «شاركت فيها قطعات الجيش والشرطة وفصائل
    الحشد»; empty when there is none."""
    s1 = doc.sspan[s][1]
    for k in range(tj, min(s1 - 1, tj + 15)):
        if doc.masks[k] & TAKE_PART and doc.tw[k + 1] in _IN_IT:
            acts = [m for m in doc.actors[s] if k + 1 < m.t0 <= k + 6 and _named_side(m)]
            if not acts:
                return []
            first = acts[0]
            return _uniq(
                [first.value] + [m.value for m in _joined(doc, doc.actors[s], first, _named_side)]
            )
    return []


def _official_subject(doc: Doc, c: Cand) -> bool:
    """A reporting verb whose subject is an armed actor or its official: «أعلنت قوات
    النظام»، «قال الرئيس التركي»، «أكد المتحدث باسم التحالف»، «وكان البنتاغون قد أعلن»."""
    s0, s1 = doc.sspan[c.sent]
    if doc.te[c.tj - 1] > c.ne:
        return False  # «اتفاق أعلنه الرئيس»: an object suffix, a relative clause
    if c.ti > s0 and doc.tw[c.ti - 1] == "ما":
        return False  # «وفق ما أعلنت الوزارة»: an attribution
    if doc.masks[c.ti] & NEG_VERB and any(
        o is not c and c.tj <= o.ti < c.tj + 12 and o.sent == c.sent for o in doc.cands
    ):
        return False  # «نفت X انسحاب قواتها»: the denied event carries it
    if _person_subject(doc, c, s0, s1):
        return True
    if c.ti > s0 and doc.tw[c.ti - 1] == "قد" and c.trig.form in _SAID:
        # «وكانت "قوات سوريا الديمقراطية"، التي تشكل ...، قد أعلنت»: the side after «كانت»
        for m in doc.actors[c.sent]:
            if m.t0 > s0 and m.t1 < c.ti and m.kind == "ent" and m.gov is None:
                if not _WAS.isdisjoint(_stems(doc.tw[m.t0 - 1])):
                    return True
    for m in doc.actors[c.sent]:
        if c.tj <= m.t0 < c.tj + 6 and m.kind != "ana":
            # «قال مدير المركز الإعلامي لـ"قسد"»، «المنسق الإعلامي لـ"الجيش الحر"»: an
            # official «of» (لـ) the side
            of_side = m.gov == "ل" and _has(doc, OFFICIAL, c.tj, m.t0)
            if m.gov not in (None, "باسم") and doc.tw[m.t0 - 1] != "باسم" and not of_side:
                continue
            between = range(c.tj, m.t0)
            if True in doc.comma[c.tj + 1 : m.t0 + 1]:
                return False
            if _has(doc, NOT_SUBJECT, c.tj, m.t0) or any(
                doc.tw[i] in PREPS or doc.tw[i] in THAT for i in between
            ):
                return False
            if m.kind == "adj" and not _has(doc, OFFICIAL, c.tj, m.t0):
                return False  # «قال مصدر روسي»
            return True
        if m.t0 >= c.tj + 6:
            break
    for m in doc.orgs[c.sent]:
        # «أعلنت خلية الإعلام الأمني»، «أعلنت وزارة الدفاع»: an official body
        if m.t0 == c.tj and doc.masks[m.t0] & (OFFICIAL | BODY):
            return True
    for m in doc.actors[c.sent]:
        if m.kind == "ent" and m.gov is None and c.ti - 2 <= m.t1 <= c.ti:
            if m.t1 == c.ti or doc.tw[m.t1] == "قد":
                return True
    if (
        c.tj < s1
        and doc.masks[c.tj] & OFFICIAL
        and not _has(doc, NOT_SUBJECT, c.tj, min(s1, c.tj + 4))
        and not any(c.tj < m.t0 <= c.tj + 3 and m.ent.type == "ORG" for m in doc.orgs[c.sent])
        and (
            (c.tj + 1 < s1 and doc.tw[c.tj + 1].startswith("باسم"))
            or any(c.tj < m.t0 <= c.tj + 3 and m.kind != "ana" for m in doc.actors[c.sent])
        )
    ):
        return True  # «وقال المتحدث باسمها»، «قال وزير الخارجية»: an official
    return (
        _has(doc, OFFICIAL, c.tj, min(s1, c.tj + 4))
        and not _has(doc, NOT_SUBJECT, c.tj, min(s1, c.tj + 4))
        and c.trig.form in ("اعلن", "اعلنت")
    )


def _person_subject(doc: Doc, c: Cand, s0: int, s1: int) -> bool:
    """A named person speaks: «وقال أردوغان»، «قال الكولونيل X المتحدث باسم ...»، «قال
    قائممقام سنجار X»، «وكان رئيس هيئة X فلان قد أكد»; not a reporter, an analyst or a
    monitor («قال مدير المرصد X»)."""
    for m in doc.orgs[c.sent]:
        if m.ent.type != "PERSON":
            continue
        if c.tj <= m.t0 <= c.tj + 3:
            between = range(c.tj, m.t0)
            if True in doc.comma[c.tj + 1 : m.t0 + 1] or any(
                doc.tw[i] in PREPS or doc.tw[i] in THAT for i in between
            ):
                return False
        elif c.tj + 3 < m.t0 <= c.tj + 10 and c.tj < s1 and doc.masks[c.tj] & OFFICIAL:
            # «قال قائد عمليات تحرير الفلوجة الفريق الركن X»، «قال رئيس هيئة الأركان في
            # الجيش الحر اللواء X»: a long title, then the official's name
            between = range(c.tj, m.t0)
            if True in doc.comma[c.tj + 1 : m.t0 + 1] or any(doc.tw[i] in THAT for i in between):
                continue
        elif m.t1 <= c.ti and c.ti - m.t1 <= 1 and (m.t1 == c.ti or doc.tw[m.t1] == "قد"):
            between = range(max(s0, m.t0 - 5), m.t0)
        else:
            continue
        if _has(doc, NOT_SUBJECT, between.start, m.t1) or _expert(
            doc, between.start, min(s1, m.t1 + 3)
        ):
            return False
        if any(
            o.ent.type == "ORG"
            and between.start <= o.t0 < min(s1, m.t1 + 4)
            and o is not m
            # (not the outlet told: «قال محافظ حمص X لوكالة فرانس برس»)
            and not (o.t0 >= m.t1 and _told(doc.nt.text, o.ns))
            for o in doc.orgs[c.sent]
        ):
            return False
        return cnorm(m.ent.text).split()[-1] in _officials(doc) or _person_side(doc, m) is not None
    return False


def _told(nt: str, ns: int) -> bool:
    """The name at normalised offset ``ns`` is the outlet told: «لوكالة»، «لـ"العربي
    الجديد"»، «لـ«الزمان»» (the preposition, then a tatweel, quote or space)."""
    k = ns
    while k > 0 and nt[k - 1] in "\"'«»“”ـ ":
        k -= 1
    return k > 0 and nt[k - 1] == "ل" and (k == 1 or not nt[k - 2].isalnum())


def _person_side(doc: Doc, m: Mention) -> str | None:
    """The side the known person of mention ``m`` spoke for in the article's year."""
    if not m.ent.canonical:
        return None
    day = doc.article_day or ""
    year = int(day[:4]) if day[:4].isdigit() else None
    return get_gazetteer().side_of(m.ent.canonical, year)


def _expert(doc: Doc, a: int, b: int) -> bool:
    """A reporter, analyst or doctor named in [a, b); «مؤتمر صحفي» is a press conference."""
    return any(
        doc.masks[k] & EXPERT and (k == 0 or _stems(doc.tw[k - 1])[-1] not in _CONFERENCE)
        for k in range(a, b)
    )


_CONFERENCE = _ws("مؤتمر مؤتمرا المؤتمر مؤتمره مؤتمرها")


def _officials(doc: Doc) -> set[str]:
    """The last names of the persons the article presents as officials of an armed actor or
    with a military rank («الرئيس التركي رجب طيب أردوغان»، «العقيد X المتحدث باسم التحالف»,
    «X، المتحدث باسم قوات Y»): a later «وقال أردوغان» is theirs."""
    if doc.officials is None:
        out: set[str] = set()
        for s, ms in enumerate(doc.orgs):
            s0, s1 = doc.sspan[s]
            for m in ms:
                if m.ent.type != "PERSON":
                    continue
                a, b = max(s0, m.t0 - 4), min(s1, m.t1 + 3)
                if (
                    _has(doc, RANK, a, m.t0)
                    or (
                        _has(doc, OFFICIAL, a, b)
                        and any(a - 2 <= o.t0 < b + 4 and o.kind != "ana" for o in doc.actors[s])
                    )
                    # «الرئيس بوتين»، «رئيس الوزراء نتنياهو»: a head of state or government
                    or (m.t0 > s0 and doc.tw[m.t0 - 1] in _HEADS_OF_STATE)
                    # «محافظ حمص طلال البرازي»: a governor of a Syrian or Iraqi province
                    or _governor_of(doc, s, m.t0) is not None
                ):
                    out.add(cnorm(m.ent.text).split()[-1])
        doc.officials = out
    return doc.officials


_HEADS_OF_STATE = _ws("الرئيس الملك الأمير الوزراء")
_GOVERNOR = _ws("محافظ قائممقام قائمقام")


def _governor_of(doc: Doc, s: int, t0: int) -> str | None:
    """«محافظ حمص طلال البرازي»، «قائممقام سنجار»: the government whose governor the name at
    token ``t0`` is (the place right after the title, in a country of GOVERNMENT_OF), else
    None."""
    s0 = doc.sspan[s][0]
    for m in doc.places[s]:
        if m.t1 == t0 and m.t0 - 1 >= s0 and doc.tw[m.t0 - 1] in _GOVERNOR:
            p = get_gazetteer().place(m.ent.canonical) if m.ent.canonical else None
            return GOVERNMENT_OF.get(p.country) if p is not None else None
    return None


# ---------------------------------------------------------------- attribution


def _source_text(doc: Doc, s: int, a: int, b: int) -> str | None:
    """The source named by tokens [a, b) of sentence ``s``, as the text says it."""
    if a >= b:
        return None
    for m in doc.orgs[s]:
        if m.t0 >= a and m.t1 <= b and m.ent.type == "ORG":
            return m.ent.text.strip(_QUOTES)
    for m in doc.orgs[s]:
        if m.t0 >= a and m.t1 <= b:
            return m.ent.text.strip(_QUOTES)
    o0, o1 = doc.nt.span(doc.ts[a], doc.te[b - 1])
    raw = doc.text[o0:o1]
    return re.sub(r"[\"«»“”]", "", raw).strip() or None


def _skip_ma(doc: Doc, j: int, s1: int) -> int:
    """Skip «ما ذكرت/ما أفاد به» after بحسب/وفق: the source follows."""
    if j < s1 and doc.tw[j] == "ما":
        j += 1
        w = doc.tw[j] if j < s1 else ""
        if w and any(_in(v, REPORT) for v in (w, w[:-1], w[:-2]) if len(v) > 2):
            j += 1  # «ما ذكرت»، «ما ذكره»، «ما نقلته»
        if j < s1 and doc.tw[j] in ("به", "بها", "ته", "تها"):
            j += 1
    return j


def _attribution(doc: Doc) -> None:
    """Fill doc.attribution, doc.content and doc.cont sentence by sentence."""
    state: str | None = None
    heads = sorted(doc.where.get(REPORT, []) + doc.where.get(ACCORDING, []))
    naql = doc.where.get(NAQLAN, [])
    time_toks: dict[int, set[int]] = {}
    for _, ns, _, ts in doc.tspans:
        time_toks.setdefault(ts, set()).add(bisect.bisect_left(doc.ts, ns))
    for s, sent in enumerate(doc.sents):
        s0, s1 = doc.sspan[s]
        doc.content.append(s0)
        doc.content_end.append(s1)
        doc.cont.append(False)
        doc.attribution.append(None)
        if sent.heading or s0 >= s1:
            continue
        limit = min(s1, s0 + 14)
        r = None
        # the first reporting word of the sentence's head (indexed, no token scan)
        k = bisect.bisect_left(heads, s0)
        first = heads[k] if k < len(heads) and heads[k] < limit else limit
        if naql:
            k = bisect.bisect_left(naql, s0)
            if (
                k < len(naql)
                and naql[k] < first
                and naql[k] + 1 < s1
                and doc.tw[naql[k] + 1] == "عن"
            ):
                r = naql[k] + 1
        if r is None and first < limit:
            r = first
        if r is None:
            state = None
            # a trailing «، بحسب ما ذكرت وكالة X» / «وفق ما أفاد به X»
            acc = doc.where.get(ACCORDING, ())
            k = bisect.bisect_left(acc, limit)
            if k < len(acc) and acc[k] < s1 and doc.comma[acc[k]]:
                a = acc[k]
                j = _skip_ma(doc, a + 1, s1)
                e = j
                while e < s1 and not doc.comma[e]:
                    e += 1
                src = _source_text(doc, s, j, e)
                if src:
                    doc.attribution[s] = src
                    doc.content_end[s] = a
            continue
        according = bool(doc.masks[r] & ACCORDING) or doc.tw[r] == "عن"
        # the noun phrase after the verb
        j = r + 1
        trailing = False
        if according:
            r_acc = r
            j = _skip_ma(doc, j, s1)
            r = j - 1
            # «قصفت X بلدة Y، بحسب ما ذكرت الوكالة»: the claim comes before the source
            trailing = any(c.sent == s and c.ti < r_acc for c in doc.cands)
        times_at = time_toks.get(s, ())
        while j < s1:
            w = doc.tw[j]
            if doc.comma[j] or w in THAT or j in times_at or w in ("امس", "اليوم"):
                break
            if (
                w in ("في", "خلال")
                and j + 1 < s1
                and doc.tw[j + 1]
                in (
                    "مقابله",
                    "تصريح",
                    "تصريحات",
                    "بيان",
                    "حديث",
                )
            ):
                break
            if w == "ل" or (w.startswith("ل") and any(m.t0 == j for m in doc.orgs[s])):
                break
            if w in _VIA_NOUN or (w == "عن" and _stems(doc.tw[r])[-1] in ("نقل", "نقلت")):
                break
            j += 1
        np = (r + 1, j)
        # «نقلت X عن Y»: Y said it, through X; «قال مصدر لوكالة X»: through X
        via_text = None
        if j < s1 and doc.tw[j] == "عن" and j > r + 1:
            via_text = _source_text(doc, s, r + 1, j)
            j2 = j + 1
            while j2 < s1 and not doc.comma[j2] and doc.tw[j2] not in THAT:
                if doc.tw[j2] in ("قوله", "قولها", "قولهم"):
                    break
                j2 += 1
            np = (j + 1, j2)
            j = j2
        elif j < s1 and doc.tw[j] in _VIA_NOUN:
            via = next((m for m in doc.orgs[s] if j < m.t0 <= j + 2), None)
            if via is not None:
                via_text = via.ent.text.strip(_QUOTES)
        # where the content starts: after أنّ, else after the source phrase
        k, lim = j, min(s1, j + 12)
        while k < lim and doc.tw[k] not in THAT:
            k += 1
        content = k + 1 if k < s1 and doc.tw[k] in THAT else j
        while content < s1 and any(m.t0 <= content < m.t1 for m in doc.orgs[s]):
            content += 1
        if trailing:
            doc.content_end[s] = r_acc
        elif not according and doc.tw[r] not in THAT:
            doc.content[s] = content
        else:
            doc.content[s] = min(s1, j)
        words = [doc.tw[i] for i in range(*np)]
        generic = not words or (len(words) <= 2 and bool(doc.masks[np[0]] & GENERIC_SOURCE))
        if generic and not (r - s0 > 1 and not words):
            doc.cont[s] = state is not None
            doc.attribution[s] = state
            continue
        if not words:
            # subject before the verb: «وكان الوزير X، قد صرح»
            src = None
            persons = [m for m in doc.orgs[s] if m.t1 <= r and m.ent.type == "PERSON"]
            orgs = [m for m in doc.orgs[s] if m.t1 <= r]
            if persons:
                src = persons[-1].ent.text
            elif orgs:
                src = orgs[-1].ent.text.strip(_QUOTES)
            if src is None:
                state = None
                continue
            via = next(
                (
                    m
                    for m in doc.orgs[s]
                    if m.ent.type == "ORG"
                    and m.t0 > r
                    and m.t0 < s1
                    and any(doc.tw[i] == "مقابله" for i in range(max(s0, m.t0 - 4), m.t0))
                ),
                None,
            )
            if via is not None:
                src = f"{src} ({via.ent.text.strip(_QUOTES)})"
        else:
            src = _source_text(doc, s, *np)
            if src and via_text and via_text != src:
                src = f"{src} ({via_text})"
        state = src
        doc.attribution[s] = src


# ---------------------------------------------------------------- arguments


def _uniq(xs: list[str]) -> list[str]:
    out: list[str] = []
    for v in xs:
        if v not in out:
            out.append(v)
    return out


@dataclass
class Group:
    members: list[Cand]
    rep: Cand
    sent: int
    clause: int
    anaphoric: bool = False
    span: tuple[int, int] = (0, 0)  # normalised trigger span
    ev: Event | None = None
    own_time: bool = False
    time_kind: str = ""
    place: Entity | None = None
    tj: int = -1


def _window(doc: Doc, g: Group, stops: list[int]) -> tuple[int, int]:
    """Token range of the trigger's clause, bounded by other events' triggers."""
    s0, s1 = doc.sspan[g.sent]
    lo = max(s0, doc.content[g.sent]) if g.rep.ti >= doc.content[g.sent] else s0
    # clause numbers never decrease along the tokens: the clause's bounds by bisection
    ti, tj = g.rep.ti, g.rep.tj
    if lo < ti:
        lo = min(max(lo, bisect.bisect_left(doc.clause, g.clause)), ti)
    hi = tj if tj >= s1 else min(s1, bisect.bisect_right(doc.clause, g.clause, tj))
    if g.rep.ti < doc.content_end[g.sent]:
        hi = min(hi, doc.content_end[g.sent])
    for st in stops:
        if st < g.rep.ti:
            lo = max(lo, st + 1)
        elif st >= g.rep.tj:
            hi = min(hi, st)
    return lo, hi


def _span_end_tok(doc: Doc, g: Group) -> int:
    """The token after the group's trigger span."""
    if g.tj < 0:
        g.tj = doc.tok_at(g.span[1] - 1) + 1
    return g.tj


def _adjectives(doc: Doc, a: int, b: int) -> bool:
    """Tokens [a, b) are all nisba adjectives (عسكرية، روسية): a noun's genitive may follow."""
    for i in range(a, b):
        st = _stems(doc.tw[i])[-1]
        if not (st.endswith(("يه", "ي", "يين", "يون")) and len(st) > 3):
            return False
    return True


def _between_free(doc: Doc, a: int, b: int) -> bool:
    return a >= b or BLOCK.isdisjoint(doc.tw[a:b])


def _actors_targets(
    doc: Doc, g: Group, lo: int, hi: int, prev_by_type: dict[str, Event]
) -> tuple[list[str], list[str]]:
    s = g.sent
    t = g.rep.trig
    ti, tj = g.rep.ti, _span_end_tok(doc, g)
    # the clause's actors before and after the trigger, in one pass
    before: list[Mention] = []
    after: list[Mention] = []
    masks = doc.masks
    for m in doc.actors[s]:
        t0 = m.t0
        if t0 < lo or t0 >= hi or (t0 > 0 and masks[t0 - 1] & LED_BY):  # «التحالف بقيادة واشنطن»
            continue
        if m.t1 <= ti:
            before.append(m)
        elif t0 >= tj:
            after.append(m)
    actors: list[str] = []
    targets: list[str] = []
    used: set[int] = set()
    if t.type == "CONTROL" and t.need == "place":
        # «سقطت تكريت بيد التنظيم»: the side whose hands it fell into (else unknown here)
        for m in after:
            if m.t0 - tj <= 5 and m.t0 > 0 and doc.tw[m.t0 - 1] in _IN_HANDS:
                return [m.value], []
        return [], []
    if t.need == "reply":
        # «توعد الحرس الثوري بالرد على X»: the one who threatens replies, to the side hit
        # after «على»; with no side in the clause, the sentence's first one («ونفت X ...،
        # وتوعدت بالرد»)
        subj = [m for m in before if m.gov is None and m.kind == "ent"]
        if not subj:
            subj = [
                m
                for m in doc.actors[s]
                if m.t1 <= ti and m.gov is None and m.kind == "ent" and m.value != "UNKNOWN"
            ][:1]
        tgt = [m.value for m in after if m.t0 - tj <= 3 and m.gov == _ON]
        return _uniq([m.value for m in subj[:1]]), tgt
    if t.type == "ARREST" and t.form in _HAND_OVER:
        # «سلّم عناصر داعش أنفسهم لقوات سوريا الديمقراطية»: those who surrendered are taken
        # by the side they surrendered to
        for m in before + after:
            if m.kind == "ana" or m.value == "UNKNOWN":
                continue
            (actors if m.gov == "ل" and m.t0 >= tj else targets).append(m.value)
        return _uniq(actors), [v for v in _uniq(targets) if v not in actors]
    if t.hint == "casualty":
        # «مقتل ثلاثة عناصر من قوات النظام برصاص قناص من داعش»: victims, then the killer
        for m in after:
            if m.t0 - tj > 8:
                break
            if m.t0 > tj and _has(doc, BY_FIRE, max(tj, m.t0 - 2), m.t0):
                actors.append(m.value)
            else:
                targets.append(m.value)
            used.add(id(m))
        return _uniq(actors), [v for v in _uniq(targets) if v not in actors]
    # by-agent: «من قبل X» (scanned only when one of its second words is there)
    agent_hi = min(hi, tj + 7) if after and _has(doc, AGENT_2ND, tj, min(hi, tj + 8)) else tj
    for i in range(tj, agent_hi):
        if i + 1 < hi and (doc.tw[i], doc.tw[i + 1]) in AGENT:
            for m in after:
                if i + 2 <= m.t0 <= i + 4:
                    actors.append(m.value)
                    used.add(id(m))
                    break
            break
    if not actors and t.type == "ATTACK" and not t.verb and _stems(doc.tw[ti])[-1] in _AGENT_OF:
        # «هجمات جيش الاحتلال التركي على المدينة»: the noun's genitive is the attacker
        for k, m in enumerate(after):
            # «هجوم عصابات داعش»: a force noun may stand between
            lead = m.t0 == tj + 1 and bool(doc.masks[tj] & (MIL | UNIT_OF | GANGS))
            if (m.t0 == tj or lead) and m.gov is None and m.kind == "ent":
                actors.append(m.value)
                used.add(id(m))
                # «هجمات جيش الاحتلال التركي ومرتزقة ما يسمى "الجيش الوطني"»: and its partner
                for m2 in after[k + 1 : k + 2]:
                    if m2.t0 - m.t1 <= 4 and doc.tw[m.t1][:1] == "و" and m2.kind == "ent":
                        actors.append(m2.value)
                        used.add(id(m2))
            break
    if not actors and t.type == "ATTACK":
        # «أُطلقت القذائف من مواقع قوات النظام»: fired from a side's positions
        for i in range(tj, min(hi - 1, tj + 3)):
            if doc.tw[i] == "من" and doc.masks[i + 1] & TARGET_PLACE:
                for m in after:
                    if i + 2 <= m.t0 <= i + 3 and m.kind == "ent":
                        actors.append(m.value)
                        used.add(id(m))
                        for m2 in after:  # «من مواقع قوات النظام والميليشيات الإيرانية»
                            if m2.t0 == m.t1 and doc.tw[m2.t0][:1] == "و" and m2.kind == "ent":
                                actors.append(m2.value)
                                used.add(id(m2))
                        break
                break
    if not actors and t.type in ("ATTACK", "OPERATION"):
        # «هجوماً شنته مجموعات تابعة لتنظيم X»
        for i in range(tj, min(hi, tj + 3) if after else tj):
            if doc.tw[i] in LAUNCHED_BY:
                for m in after:
                    if i < m.t0 <= i + 6:
                        actors.append(m.value)
                        used.add(id(m))
                        break
                break
    passive = (
        (
            _has(doc, PASSIVE, max(lo, ti - 3), ti)
            # «تعرضت قاعدة X التي تضم قوات Y ... لهجوم»: the far subject of «تعرض لـ»
            or (
                doc.nt.text[g.rep.ns - 1 : g.rep.ns] == "ل"
                and _has(doc, PASSIVE, max(lo, ti - 12), ti)
            )
            # «تعرضت القوات الأمريكية لأكثر من 60 هجوماً»: «ل» on the count before it
            or (_count_with_li(doc, ti) and _has(doc, PASSIVE, max(lo, ti - 14), ti))
        )
        # (the repelling verb is an event of its own, so it may stand before the window)
        or (t.type == "ATTACK" and _has(doc, REPEL, max(doc.sspan[s][0], lo - 1, ti - 10), ti))
    )
    if not actors and not t.verb and t.type in ("ATTACK", "OPERATION"):
        for m in after:
            if m.gov == "من" and m.t0 - tj <= 3 and _between_free(doc, tj, m.t0 - 1):
                actors.append(m.value)
                used.add(id(m))
                break
    if not actors and not t.verb and t.type in ("ATTACK", "OPERATION") and doc.tw[ti - 1] == "في":
        # «شارك مقاتلون من X في الهجوم»، «إن عناصر من X شاركوا في الهجوم على P»: the sides
        # that took part in it (not its victims)
        k = next(
            (k for k in range(ti - 2, max(lo, ti - 9) - 1, -1) if doc.masks[k] & TAKE_PART), -1
        )
        if k >= 0:
            for m in before:
                if m.t0 >= k - 8 and m.value != "UNKNOWN" and m.kind == "ent":
                    actors.append(m.value)
                    used.add(id(m))
            if not actors:
                # «يشارك في العملية ... نحو 30 ألف مقاتل من X وY»: the counted sides after it
                # (or the fighters of: «شارك في العملية مقاتلون من X»)
                first = next(
                    (
                        m
                        for m in doc.actors[s]
                        if m.t0 >= tj
                        and m.kind == "ent"
                        and m.value != "UNKNOWN"
                        and m.gov == "من"
                        and m.t0 >= 2
                        and doc.tw[m.t0 - 1] == "من"
                        and (m.t0 - 2 in doc.skip or doc.masks[m.t0 - 2] & (MIL | UNIT_OF))
                    ),
                    None,
                )
                if first is not None:
                    for m in [first, *_joined(doc, doc.actors[s], first, _named_side)]:
                        actors.append(m.value)
                        used.add(id(m))
    if not t.verb and t.type in ("ATTACK", "OPERATION"):
        # «عملية عسكرية ... في P، شاركت فيها قطعات الجيش وفصائل الحشد»: those who took
        # part in it are its sides
        took = _took_part_after(doc, s, tj)
        if took:
            actors = took
    if actors and t.type in ("ATTACK", "OPERATION", "ARREST"):
        # «لمساندة المقاتلين الأكراد الذين يتصدون لهجوم X»: past a relative pronoun only
        # its antecedent is in the event
        rel = [i for i in range(max(lo, ti - 12), ti) if doc.tw[i] in _RELATIVE]
        for m in before:
            if rel and m.t1 < rel[-1]:
                continue
            targets.append(m.value)
            used.add(id(m))
    elif t.type == "ATTACK":
        # victims: «قتل ثلاثة عناصر من قوات النظام بانفجار», «قتل جندي عراقي في هجوم»
        for m in before:
            if (
                (m.gov == "من" and m.t0 >= 2 and doc.masks[m.t0 - 2] & TARGET_NOUN)
                # (the casualty word may sit before the window: «وقتل جنديان أمريكيان في هجوم»)
                or _has(doc, CASUALTY, max(doc.sspan[s][0], m.t0 - 5), m.t0)
                or _has(doc, CASUALTY, m.t1, min(ti, m.t1 + 2))
            ):
                targets.append(m.value)
                used.add(id(m))
        # «قصف لقوات النظام على ...»: ل right after the attack noun names the attacker
        if t.noun or not t.verb:
            # (an adjective of the attack may stand between: «قصف مدفعي لميليشيات الأسد»)
            at = tj + 1 if tj < len(doc.tw) and _stems(doc.tw[tj])[-1] in _STRIKE_ADJ else tj
            for m in after:
                if m.gov == "ل" and m.t0 == at and id(m) not in used:
                    actors.append(m.value)
                    used.add(id(m))
                    break
    elif passive:
        for m in before:
            targets.append(m.value)
            used.add(id(m))
    if not actors and passive and t.type == "ATTACK":
        # «تصدت الدفاعات لعدوان جوي إسرائيلي (استهدف)»: the adjective names the attacker
        for c in g.members:
            for m in doc.actors[s]:
                if (
                    m.kind == "adj"
                    and m.gov is None
                    and c.tj <= m.t0 <= c.tj + 1
                    and _adjectives(doc, c.tj, m.t0)
                ):
                    actors.append(m.value)
                    used.add(id(m))
    if passive and t.type == "ATTACK":
        # (only after a side: «قاعدة X ... التي تعرضت لهجمات» keeps the base's host)
        rel = [
            i
            for i in range(max(lo, ti - 12), ti)
            if doc.tw[i] in _RELATIVE and any(m.t1 == i for m in before)
        ]
        for m in before:
            if id(m) not in used and not (rel and m.t1 < rel[-1]):
                targets.append(m.value)
                used.add(id(m))
    if (
        not actors
        and not passive
        and (t.noun or not t.verb)
        and t.type in ("WITHDRAWAL", "MOVEMENT")
    ):
        # «انسحاب واسع لوحدات الجيش العراقي»، «سحب القسم الأكبر من القوات الروسية»: the
        # forces a withdrawal or deployment noun names are its actor
        for m in after:
            if m.t0 - tj > 5:
                break
            if m.kind == "ana" or m.value == "UNKNOWN":
                continue
            if all(
                i in doc.skip
                or doc.masks[i] & (MIL | UNIT_OF)
                or not _FORCE_PART.isdisjoint(_stems(doc.tw[i]))
                # «انهيار في صفوف قوات النظام»
                or (doc.tw[i] == "في" and i + 1 < m.t0 and doc.tw[i + 1] == "صفوف")
                or doc.tw[i] == "صفوف"
                # «وصول تعزيزات جديدة للجيش»: an adjective before the owner
                or (m.gov == "ل" and doc.tw[i] in _REINF_ADJ)
                for i in range(tj, m.t0)
            ):
                actors.append(m.value)
                used.add(id(m))
                # «خروج مسلحي "جيش الإسلام" و"قوات X"»: and the side coordinated with it
                for m2 in _joined(doc, after, m, _named_side):
                    actors.append(m2.value)
                    used.add(id(m2))
            break
    # «إن القوات العراقية تحاصر نحو 300 من مسلحي داعش»: a side right before the verb is its
    # subject; the counted side after it is the object
    sv = t.verb and any(m.t1 == ti and m.gov is None and m.kind == "ent" for m in before)
    if sv and t.type in ("ATTACK", "OPERATION"):
        for m in after:
            if m.t0 - tj > 6:
                break
            if all(
                i in doc.skip or doc.tw[i] == "من" or doc.masks[i] & (MIL | UNIT_OF)
                for i in range(tj, m.t0)
            ):
                targets.append(m.value)
                used.add(id(m))
            break
    if not actors and not passive and not sv:
        skip = doc.skip
        # «ينتشر في شمال سوريا نحو 500 جندي أميركي»: an intransitive movement verb, a place
        # and a counted subject after it (the place and the count are passed over)
        pp = frozenset()
        if t.type == "MOVEMENT" and t.verb and t.hint in ("deployed", "arrived"):
            pp = _place_phrase_after(doc, s, tj, hi)
        for m in after:
            gap = m.t0 - tj
            if gap > 3 and t.verb:
                masks = doc.masks
                gap -= sum(1 for i in range(tj, m.t0) if i in skip or i in pp or masks[i] & MIL)
            # «دخلت دورية من الشرطة العسكرية»، «تتجه وحدات من قوات X»: a unit of X
            # («خرج نحو 3 آلاف من مقاتلي المعارضة»: a count of X)
            unit = (
                (
                    m.gov == "من"
                    and m.t0 - 2 >= tj
                    and (bool(doc.masks[m.t0 - 2] & UNIT_OF) or m.t0 - 2 in skip)
                )
                or (
                    # «دخلت أرتال عسكرية تابعة لـX»: forces belonging to X (what is hit
                    # belongs to the side hit: «استهدفت مخازن تابعة لـX»)
                    # («دخلت أرتال تابعة لوزارة الدفاع»: the convoy noun in the trigger)
                    t.type in ("MOVEMENT", "WITHDRAWAL", "TRAINING")
                    and m.gov == "ل"
                    and (
                        (m.t0 - 1 >= tj and doc.tw[m.t0 - 1] in _BELONGING)
                        or (
                            m.t0 - 2 >= tj
                            and doc.tw[m.t0 - 1] == "ل"
                            and doc.tw[m.t0 - 2] in _BELONGING
                        )
                    )
                )
                or (
                    # «حيث تتمركز قوات كبيرة للنظام»: forces (and their adjectives) of X
                    t.type in ("MOVEMENT", "WITHDRAWAL", "TRAINING")
                    and m.gov == "ل"
                    and m.t0 > tj
                    and bool(doc.masks[tj] & (MIL | UNIT_OF))
                    and all(
                        doc.masks[k] & (MIL | UNIT_OF) or doc.tw[k] in _REINF_ADJ
                        for k in range(tj, m.t0)
                    )
                )
            )
            if (
                m.t0 > tj
                and m.t1 - m.t0 == 1
                and doc.masks[m.t0] & NAT
                and doc.masks[m.t0 - 1] & TARGET_PLACE
            ):
                continue  # «استهدفت طائرة مسيرة قاعدة أمريكية»: the base's owner, a target
            if (
                t.type == "ATTACK"
                and m.t0 - 1 >= tj
                and doc.tw[m.t0 - 1][:1] == "ل"
                and not doc.tw[m.t0 - 1].startswith("ال")
                and doc.masks[m.t0 - 1] & (MIL | UNIT_OF)
            ):
                # «استهدفت أوكاراً لعناصر داعش»: the fighters' owner is the side hit
                targets.append(m.value)
                used.add(id(m))
                continue
            if (
                t.type == "ATTACK"
                and t.verb
                and m.t0 - 1 >= tj
                and doc.tw[m.t0 - 1] in _OBJECT_PLURAL
                and all(i in skip for i in range(tj, m.t0 - 1))
            ):
                # «استهدفت مقاتلي "قسد"»: a sound plural in its accusative construct form
                # (the subject would be «مقاتلو») is the object: the side hit
                targets.append(m.value)
                used.add(id(m))
                continue
            if (
                gap <= 3
                and (m.gov is None or m.gov == "poss" or unit)
                # «استهدفت قاعدتين عسكريتين تضمان قوات أمريكية»: the hosted force is hit
                and not _has(doc, HOST, tj, m.t0)
                and all(
                    doc.tw[i] not in BLOCK
                    or i in skip
                    or i in pp
                    # «اقتحم عشرات من عناصر داعش»: a count of the subject
                    or (doc.tw[i] == "من" and i - 1 in skip and i > tj)
                    # «فرّ من تبقى من مسلحي X»: whoever was left of X
                    or (doc.tw[i] == "من" and _remaining_of(doc, i, m.t0))
                    or (doc.tw[i] in _REMAINED and i > tj and doc.tw[i - 1] in _WHO_LEFT)
                    for i in range(tj, m.t0 - unit)
                )
                and (t.verb or unit or _adjectives(doc, tj, m.t0))
            ):
                actors.append(m.value)
                used.add(id(m))
                # coordinated subjects: «القوات الروسية والتركية» (not the object right
                # after the subject: «تحاصر فصائل المعارضة قوات النظام»)
                for m2 in after:
                    if m2.t0 == m.t1 and m2.gov is None and doc.tw[m2.t0][:1] == "و":
                        actors.append(m2.value)
                        used.add(id(m2))
                    elif (
                        # «سيطر الجيش التركي وفصائل من الجيش الحر»: «و» + a unit noun
                        m2.t0 in (m.t1 + 1, m.t1 + 2)
                        and doc.tw[m.t1][:1] == "و"
                        and doc.masks[m.t1] & (MIL | UNIT_OF)
                        and all(doc.tw[i] == "من" for i in range(m.t1 + 1, m2.t0))
                        and m2.value not in actors
                    ):
                        actors.append(m2.value)
                        used.add(id(m2))
                break
    if not actors and not passive:
        free = [
            m
            for m in before
            if (
                m.gov in (None, "poss")
                or m.kind == "ana"
                or (m.gov == "من" and m.t0 >= 2 and doc.masks[m.t0 - 2] & MIL)
            )
            and id(m) not in used
            and not _has(doc, ACCUSE, m.t1, ti)  # «تتهم X فصائل بالوقوف وراء هجمات»
            and not _has(doc, CONDEMN, max(doc.sspan[s][0], m.t0 - 3), ti)  # «أدانت X الهجوم»
            and not _apposition(doc, m, lo, ti)
            and _against(doc, m) is None
            # a partner or a backer is not the subject: «بمؤازرة X»، «بدعم جوي روسي»
            and COAGENT.isdisjoint(doc.tw[max(0, m.t0 - 2) : m.t0])
            # nor the members a relative clause lists: «جيش الفتح، التي تضم "النصرة" و...»
            and not _in_member_list(doc, m)
        ]
        if t.type == "ATTACK":
            # «مجزرة بحق مقاتلي X ... إثر غارات استهدفت»: those one of its triggers was
            # against are hit (not another event's: «عملية ضد X ردا على الهجوم»)
            for m in before:
                k = _against(doc, m)
                if (
                    k is not None
                    and id(m) not in used
                    and m.value not in targets
                    and any(c.tj <= k <= c.tj + 1 for c in g.members)
                ):
                    targets.append(m.value)
                    used.add(id(m))
        if free:
            last = free[-1]
            chain = [last]
            # coordinated subjects: «روسيا وتركيا», «القوات الروسية والتركية»
            k = before.index(last)
            while k > 0:
                t0, p1 = chain[-1].t0, before[k - 1].t1
                # «القوات التركية وفصائل "X"»: «و» + a force noun before the partner's name
                # «"النصرة" و"أحرار الشام"»: a bare «و» before a quoted name
                if not (
                    (p1 == t0 and doc.tw[t0][:1] == "و")
                    or (p1 == t0 - 1 and doc.tw[t0 - 1] == "و")
                    or (p1 == t0 - 1 and doc.tw[t0 - 1][:1] == "و" and doc.masks[t0 - 1] & MIL)
                ):
                    break
                k -= 1
                chain.append(before[k])
            # «عناصر النظام المحاصرين في المشفى»: those named before «محاصرين» are besieged
            besieged = (
                t.type == "OPERATION" and t.form in _BESIEGED and not t.verb and last.t1 == ti
            )
            for m in reversed(chain):
                (targets if besieged else actors).append(m.value)
                used.add(id(m))
            # «أحكمت وحدات من الجيش، بالتعاون مع المقاومة اللبنانية، سيطرتها»: a partner
            # named between the subject and the trigger acts too (not a backer: «بدعم»)
            s0 = doc.sspan[s][0]
            for m in before:
                if m.t0 <= last.t0 or id(m) in used or m.t0 - 3 < s0:
                    continue
                lead = doc.tw[m.t0 - 3 : m.t0]
                if (
                    (lead[-2], lead[-1]) in TOGETHER
                    or (lead[0], lead[1]) in TOGETHER
                    or lead[-1] in _PARTNER_WORD
                ):
                    actors.append(m.value)
                    used.add(id(m))
    # «بين X و Y», «مع X», «بالتعاون مع X», «ضد X», «على X», «لـX»
    s0, s1 = doc.sspan[s]
    together = TOGETHER
    for m in after:
        if id(m) in used:
            continue
        g2 = m.gov
        prev2 = (doc.tw[m.t0 - 2], doc.tw[m.t0 - 1]) if m.t0 - 2 >= s0 else ()
        # (the words of names, times and quantities between do not count)
        near = m.t0 - tj <= 8 or _back_words(doc, m.t0, 9, tj) <= tj
        if actors and m.t0 - tj <= 6 and not OTHER_ONE.isdisjoint(doc.tw[max(tj, m.t0 - 3) : m.t0]):
            actors.append(m.value)  # «طائرات روسية وأخرى تابعة للنظام»: a second attacker
        elif (
            g2 == "بين"
            or (m.t0 > s0 and doc.tw[m.t0 - 1] == "بين")
            or (m.t0 - 2 >= s0 and doc.tw[m.t0 - 2] == "بين" and doc.masks[m.t0 - 1] & MIL)
        ):
            # «بين [قوات] X والمسلحين الموالين لها من جهة، والفصائل وY من جهة أخرى»: every side
            actors.append(m.value)
            last = m.t1
            for m2 in after:
                if m2.t0 >= m.t1 and m2 is not m and m2.t0 <= last + 6 and m2.t0 < hi:
                    if any(doc.tw[i] in PREPS and doc.tw[i] != "من" for i in range(last, m2.t0)):
                        break
                    actors.append(m2.value)
                    used.add(id(m2))
                    last = m2.t1
        elif (
            prev2 in together
            or (m.t0 - 3 >= s0 and (doc.tw[m.t0 - 3], doc.tw[m.t0 - 2]) in together)
            or not COAGENT.isdisjoint(doc.tw[max(s0, m.t0 - 2) : m.t0 + 1])
        ):
            if t.type == "CONTROL" and (
                not actors
                or not near
                or not _SUPPORT.isdisjoint(doc.tw[max(s0, m.t0 - 3) : m.t0 + 1])
            ):
                continue  # «تسيطر X على Y بدعم جوي روسي»: support is no control (a partner is)
            if t.type in _MOVES and prev2 and prev2[1] == "مع" and prev2[0] == _COORD:
                continue  # «انتشرت بالتنسيق مع X»: X coordinates, it does not move
            if t.type in _MOVES and not _AIR_FIRE.isdisjoint(doc.tw[max(s0, m.t0 - 2) : m.t1 + 1]):
                continue  # «تقدمت ... وبإسناد جوي روسي»: air cover does not advance
            if not actors and any(
                w[1:] in _SUPPORT for w in doc.tw[max(s0, m.t0 - 3) : m.t0] if w[:1] == "و"
            ):
                continue  # «عملية ...، بمشاركة X وبإسناد من Y»: the backer of no one named
            actors.append(m.value)
        elif t.type == "TRAINING" and near and (g2 == "ل" or m.gov == "poss"):
            actors.append(m.value)  # «تدريبات مشتركة لـ"قسد" وللقوات الأمنية»: the partners
        elif g2 == "مع" or (m.t0 - 2 >= s0 and doc.tw[m.t0 - 2] == "مع" and m.t0 - tj <= 8):
            if not near:
                continue
            if t.type == "ATTACK":
                targets.append(m.value)
            elif t.type in ("TRAINING", "AGREEMENT", "CONTROL", "OPERATION", "ARREST"):
                actors.append(m.value)
        elif (
            t.type in ("ATTACK", "OPERATION")
            and targets
            and m.t0 - tj <= 14
            and (doc.tw[m.t0 - 1] == "و" or doc.ts[m.t0] < m.ns)
        ):
            targets.append(m.value)  # «تابعة لـX الإيراني وY اللبناني»: coordinated targets
        elif t.type == "ATTACK" and m.t0 - tj <= 10 and _has(doc, HOST, max(tj, m.t0 - 3), m.t0):
            targets.append(m.value)  # «استهداف قاعدة X، التي تستضيف قوات أميركية»
        elif (
            t.type == "ATTACK"
            and m.gov == "ل"
            and not actors
            and m.t0 >= 2
            and doc.tw[m.t0 - 1] in _BELONGING
            and t.verb
            and any(
                o.ent.type == "WEAPON" and o.t1 == m.t0 - 1 and o.t0 == tj for o in doc.others[s]
            )
        ):
            # «قصفت طائرات تابعة للتحالف البلدة»: the owner of the aircraft right after the
            # verb (its subject)
            actors.append(m.value)
        elif t.type in ("ATTACK", "OPERATION") and near:
            lead = [doc.tw[i] for i in range(max(tj, m.t0 - 3), m.t0)]
            if (
                g2 in ("ضد", _ON, "ل")
                or "ضد" in lead
                or (g2 is None and m.t0 > s0 and doc.masks[m.t0 - 1] & TARGET_NOUN)
                or (t.type == "ATTACK" and _ON in lead)
                or (t.verb and "استهدف" in t.form)
                or (
                    g2 in ("من", "ل")
                    and doc.masks[m.t0 - 2 if m.gov == "من" else m.t0 - 1] & TARGET_NOUN
                )
                # «مواقع لميليشيا "وحدات حماية الشعب"»، «مقرات لعناصر X»: the sites of a
                # side's fighters
                or (
                    m.t0 - 2 >= s0
                    and doc.tw[m.t0 - 1][:1] == "ل"
                    and not doc.tw[m.t0 - 1].startswith("ال")
                    and doc.masks[m.t0 - 1] & MIL
                    and doc.masks[m.t0 - 2] & TARGET_NOUN
                )
            ):
                targets.append(m.value)
    if not actors and t.type in ("MOVEMENT", "WITHDRAWAL") and t.verb:
        # «دوريات للجيش التركي انتشرت في محيط كفرجنة»: the units of a side right before
        # the verb are its subject
        for m in before:
            if (
                m.t1 == ti
                and m.gov == "ل"
                and m.t0 > lo
                # («طائرات حربية تابعة لقوات الأسد أقلعت من المطار»)
                and (doc.masks[m.t0 - 1] & UNIT_OF or doc.tw[m.t0 - 1] in _BELONGING)
                and m.value != "UNKNOWN"
            ):
                actors.append(m.value)
    if not actors and t.type == "ATTACK":
        # «الطيران الحربي التابع للنظام شن غارات»: the owner of the aircraft right before
        # the verb (or the light verb before the noun) is the attacker
        for m in before:
            k = m.t1
            while k < ti and doc.masks[k] & STRIKE_LAUNCH:
                k += 1
            if (
                k == ti
                and m.gov == "ل"
                and m.t0 > lo
                and m.t0 >= 2
                and doc.tw[m.t0 - 1] in _BELONGING
                and m.value != "UNKNOWN"
            ):
                actors.append(m.value)
    if t.type in ("WITHDRAWAL", "MOVEMENT") and not t.verb and len(_uniq(actors)) == 1:
        # «طالبت حكومة الإقليم حزب العمال بإخراج مسلحيه»: the side called upon (named
        # after the caller) is the one to move
        calls = [i for i in range(max(lo, ti - 10), ti) if doc.masks[i] & CALL]
        if calls:
            subj = [m for m in before if m.t0 > calls[-1] and m.gov is None and m.kind == "ent"]
            if len(subj) >= 2 and subj[-1].value != "UNKNOWN":
                actors = [subj[-1].value]
    actors = _uniq(actors)
    targets = [v for v in _uniq(targets) if v not in actors]
    return actors, targets


def _joined(doc: Doc, mentions: list[Mention], first: Mention, keep) -> list[Mention]:
    """The mentions of ``mentions`` (in text order) joined to ``first`` one after another by
    «و» («X و"Y" وZ»): each starts where the one before ends, with «و» written on it, or one
    word later after a bare «و». Mentions ``keep`` rejects are passed over."""
    out: list[Mention] = []
    last = first
    for m in mentions:
        if m.t0 <= last.t0 or not keep(m):
            continue
        if not (
            (m.t0 == last.t1 and doc.tw[m.t0][:1] == "و")
            or (m.t0 == last.t1 + 1 and doc.tw[last.t1] == "و")
        ):
            break
        out.append(m)
        last = m
    return out


def _named_side(m: Mention) -> bool:
    return m.kind == "ent" and m.value != "UNKNOWN"


def _count_with_li(doc: Doc, ti: int) -> bool:
    """The count right before token ``ti`` starts with «ل» («لأكثر من 60 هجوماً»،
    «لثلاث غارات»)."""
    k = ti
    while k > 0 and k - 1 in doc.skip:
        k -= 1
    return k < ti and doc.tw[k][:1] == "ل" and not doc.tw[k].startswith("ال")


def _apposition(doc: Doc, m: Mention, lo: int, ti: int) -> bool:
    """«وكانت X، وهي تحالف تهيمن عليه Y، قد طوقت»: Y is inside an aside that ends before
    the trigger, not its subject."""
    lst = doc.where.get(ASIDE)
    if not lst:
        return False
    j = bisect.bisect_right(lst, m.t0) - 1
    if j < 0 or lst[j] < lo:
        return False
    k = lst[j]
    if not doc.comma[k] or True in doc.comma[k + 1 : m.t0 + 1]:
        return False
    return True in doc.comma[m.t1 : ti + 1]


def _announcer(doc: Doc, s: int, ti: int, s0: int) -> list[str]:
    """«أعلنت القيادة العامة للجيش السوري استعادة السيطرة على»: the side named right
    between «أعلن» and the action noun it announces (no comma between) claims the action;
    [its value], or []."""
    lst = doc.where.get(ANNOUNCE)
    if not lst:
        return []
    j = bisect.bisect_left(lst, ti) - 1
    if j < 0 or lst[j] < s0:
        return []
    k = lst[j]
    if True in doc.comma[k + 1 : ti + 1]:
        return []
    subj = [m for m in doc.actors[s] if k < m.t0 and m.t1 <= ti]
    if not subj or subj[0].t0 - k > 4 or subj[-1].t1 != ti or subj[0].kind == "adj":
        return []
    return [subj[0].value]


ASIDE = word_class(frozenset(("وهي", "وهو", "وهم")))
_MOVES = frozenset(("MOVEMENT", "WITHDRAWAL", "BASE"))
_COORD = norm("بالتنسيق")
_SPEC_CACHE: dict[str, float] = {}


def _specificity(doc: Doc, m: Mention) -> float:
    w = doc.tw[m.t0]
    if w in _SPEC_CACHE:
        return _SPEC_CACHE[w]
    st = _stems(w)
    if any(v in VAGUE for v in st):
        r = -1.0
    elif any(v in FACILITY for v in st):
        r = 1.0
    elif any(v in TOWN for v in st):
        r = 0.5
    elif any(v in REGION for v in st):
        r = 0.0
    elif any(v in COUNTRY for v in st):
        r = -0.5
    else:
        r = 0.3
    if len(_SPEC_CACHE) > 50_000:
        _SPEC_CACHE.clear()
    _SPEC_CACHE[w] = r
    return r


_STATIONED_PREPS = frozenset(norm(w) for w in ("على", "في", "قرب", "داخل"))


def _place_score(doc: Doc, m: Mention, g: Group, after: bool) -> float | None:
    s0 = doc.sspan[g.sent][0]
    gov = m.gov
    prev = doc.tw[max(s0, m.t0 - 6) : m.t0]
    if gov in ("عبر", "بين") or (prev and prev[-1] in ("جهه", "عبر")):
        return None
    if "بعد" in prev and gov == "من":
        return None
    if gov == "من" and len(prev) >= 2 and _stems(prev[-2])[-1].startswith("قادم"):
        return None
    typ = g.rep.trig.type
    if (
        gov is None
        and after
        and m.t0 == _span_end_tok(doc, g)
        # «تحرير مدينة الحويجة»: a control noun's object
        and (g.rep.trig.verb or typ == "CONTROL")
    ):
        base = 4.0
    elif gov is None and after and g.rep.trig.verb and _object_after_subject(doc, g, m):
        base = 3.8  # «دخلت وحدات من جيش النظام صباح اليوم مدينة منبج»: the object
    elif (
        after
        and gov == "في"
        and g.rep.trig.hint == "deployed"
        and m.t0 == _span_end_tok(doc, g) + 1
    ):
        base = 4.0  # «تنتشر في البادية، الممتدة من X إلى Y»: where it is deployed
    elif (
        typ == "CONTROL"
        and after
        and (gov in _ON_WORDS or (gov is None and m.t0 >= 2 and doc.tw[m.t0 - 2] in _ON_WORDS))
    ):
        base = 3.9  # «سيطر مسلحون محليون في ريف درعا على بلدات طفس ...»: what was taken
    elif gov in _TO:
        base = 3.5 if typ == "MOVEMENT" else 2.0
    elif gov in _AT:
        base = 2.5
    elif gov == "من":
        base = 3.0 if typ == "WITHDRAWAL" else 1.2
    else:
        base = 1.0
    if (
        typ in ("ATTACK", "OPERATION")
        and after
        and m.t0 >= 2
        and doc.masks[m.t0 - 2] & STATIONED
        and doc.tw[m.t0 - 1] in _STATIONED_PREPS
    ):
        # «قصفت المدفعية التركية المتمركزة على الحدود مواقع في قرية X»: the attacker's post
        base -= 2.5
    if len(prev) >= 2 and prev[-1] == "في":
        # «X في Y»: another place right before «في» (a mention never ends before itself)
        if prev[-2].startswith("الواقع") or m.t0 - 1 in map(_T1, doc.places[g.sent]):
            base -= 2.0
    dist = (m.t0 - g.rep.tj) if after else (g.rep.ti - m.t1)
    return base + _specificity(doc, m) - 0.1 * max(0, dist)


def _object_after_subject(doc: Doc, g: Group, m: Mention) -> bool:
    """Only the subject (a side, its units: «وحدات من»), a time or a count stand between
    the verb and the place ``m``."""
    tj = _span_end_tok(doc, g)
    if m.t0 - tj > 12:
        return False
    inside = set()
    for a in doc.actors[g.sent]:
        if tj <= a.t0 < m.t0:
            inside.update(range(a.t0, a.t1))
    if not inside:
        return False  # no subject between: «دخلت صباح اليوم مدينة منبج» is not this case
    return all(
        k in inside or k in doc.skip or doc.masks[k] & (MIL | UNIT_OF) or doc.tw[k] == "من"
        for k in range(tj, m.t0)
    )


_OBJ_SUFFIXES = ("ه", "ها", "هما", "هم")


def _object_suffix(doc: Doc, g: Group) -> bool:
    """The trigger verb carries an object pronoun: «تطوقه قوات النظام» (it: the place
    named before)."""
    if not g.rep.trig.verb:
        return False
    w, form = doc.tw[g.rep.tj - 1], g.rep.trig.form
    return not form.endswith("ه") and any(w.endswith(form + x) for x in _OBJ_SUFFIXES)


def _pron_prep_after(doc: Doc, tj: int, hi: int) -> bool:
    """«عليها»، «منها» within four words after the trigger, not counting the words of the
    names between («منذ سيطرة الجيش التركي وفصائل "الجيش الوطني" عليها»)."""
    words = 0
    for i in range(tj, hi):
        if doc.tw[i] in PRON_PREP:
            return True
        if i not in doc.inside:
            words += 1
            if words >= 4:
                return False
    return False


def _location(doc: Doc, g: Group, lo: int, hi: int, taken: set[str]) -> Mention | None:
    tj = _span_end_tok(doc, g)
    ti = g.rep.ti
    if g.rep.trig.form.startswith(_SUBJECT_TO):
        # «على بلدة دير عطية الخاضعة لسيطرة الجيش»: the place the participle describes,
        # even when another event of the clause took it
        for m in doc.places[g.sent]:
            if m.t1 == ti:
                return m
    best, best_s = None, None
    for m in doc.places[g.sent]:
        if tj <= m.t0 < hi:
            sc = _place_score(doc, m, g, True)
            if sc is not None and (best_s is None or sc > best_s):
                best, best_s = m, sc
    if best is not None:
        return best
    s0 = doc.sspan[g.sent][0]
    pron = _pron_prep_after(doc, tj, hi) or _object_suffix(doc, g)
    start = s0 if pron else lo
    for m in doc.places[g.sent]:
        if start <= m.t0 and m.t1 <= ti and (pron or m.value not in taken):
            sc = _place_score(doc, m, g, False)
            if sc is not None and (best_s is None or sc > best_s):
                best, best_s = m, sc
    return best


def _modality(doc: Doc, g: Group, lo: int) -> str:
    s0, s1 = doc.sspan[g.sent]
    tj = _span_end_tok(doc, g)
    c0 = g.members[0].ti
    neg = doc.where.get(NEG_VERB, ())
    k = bisect.bisect_left(neg, c0) - 1
    if g.rep.trig.need == "issued":
        k = -1  # «نفت X في بيان ...»: the statement the denial is made in was issued
    if k >= 0 and neg[k] >= max(s0, c0 - 14):
        # the denial covers the first event after it: «نفت ... وقوع هجوم»
        # (the statement a denial is made in does not stand between: «نفى التنظيم، في بيان
        # ...، انسحاب مقاتليه»)
        others = [
            c
            for c in doc.cands
            if c.ok and neg[k] < c.ti < c0 and c not in g.members and c.trig.need != "issued"
        ]
        if not others:
            return "denied"
    w = doc.tw[c0 - 1] if c0 - 1 >= s0 else ""
    if w.endswith(_NEG_TAILS) and _stems(w)[-1] in NEG_NEAR:
        return "denied"
    if w in ANY and _negated(doc, c0 - 1, s0):
        return "denied"  # «لم تنفذ أي غارة»، «نفى وقوع أي اشتباكات»
    if g.rep.trig.type == "CONTROL" and _aim(doc, g.members[0]):
        return "planned"
    if g.rep.trig.form == _W_HOLD_GROUND and doc.tw[c0][:1] == "ل":
        return "planned"  # «تنتشر وحدات إضافية ... لمسك الأرض»: a purpose
    threat = g.rep.trig.type in ("ATTACK", "OPERATION")
    if _has(doc, EXPECT_AFTER, tj, min(s1, tj + 3)):
        # «هجمات متوقعة»: a threat; «حملة أمنية مرتقبة»: an operation the side plans
        if g.rep.trig.type == "OPERATION" and _has(doc, ANTICIPATED, tj, min(s1, tj + 3)):
            return "planned"
        return "expected" if threat else "planned"
    if _has(doc, EXPECT_BEFORE, max(s0, c0 - 9), c0):
        return "expected" if threat else "planned"
    if g.rep.trig.need == "reply":
        return "planned"  # «توعد بالرد»: a reply still to come
    if _replied(doc, c0, s0):
        return "asserted"  # «توعد بالرد على الهجوم»: the attack replied to has happened
    if _threat(doc, max(s0, c0 - 12), c0):
        return "planned"  # «تهديد X باقتحام»، «متوعداً ... بهجمات»، «ينص الاتفاق على نشر»
    far = max(s0, _back_words(doc, c0, 4, s0))
    if _has(doc, CALL, max(s0, c0 - 4), c0) or (
        any(i in doc.skip and i not in doc.inside for i in range(far, c0))
        and _has(doc, CALL, far, c0)
    ):
        # «دعا إلى هدنة»، «لبحث إعادة انتشار»، «يطالب البرلمان منذ كانون الثاني بانسحاب
        # القوات»: a call or a proposal
        return "planned"
    if (
        not g.rep.trig.verb
        and c0 - 3 >= s0
        and doc.tw[c0 - 1] == "من"
        and doc.tw[c0 - 3] == "قبل"
        and _has(doc, _COMES, s0, c0 - 3)
    ):
        # «ويأتي الهجوم قبل أسابيع من إنهاء المهمة القتالية»: what is weeks away
        return "planned"
    if (
        not g.rep.trig.verb
        and c0 > s0
        and (
            (doc.tw[c0][:1] == "ب" and len(_stems(doc.tw[c0])) > 1)
            or doc.tw[c0 - 1] in _W_ILA_WORDS
        )
        and _has(doc, CALL, max(s0, c0 - 10), c0)
    ):
        # «طالبت حكومة الإقليم حزب العمال بإخراج مسلحيه»، «دعت X الحكومة إلى إنهاء ...»:
        # the object of a call, however long the caller's name
        return "planned"
    if (
        g.rep.trig.type in ("WITHDRAWAL", "MOVEMENT")
        and not g.rep.trig.verb
        and doc.tw[c0][:1] == "ل"
        and not doc.tw[c0].startswith("ال")
        and c0 > s0
        and doc.tw[c0 - 1] not in _HOLD_ON
    ):
        return "planned"  # «المفاوضات لإخراج المسلحين»: a purpose
    if c0 - 1 >= lo and doc.tw[c0 - 1] == _W_PREPARING:
        return "planned"  # «تمهيداً لعملية واسعة»: what is prepared for
    if c0 - 2 >= lo and doc.tw[c0 - 2] == _ON and doc.tw[c0 - 1] == "ان":
        return "planned"  # «على أن تنسحب»: a term of a deal
    for k in range(max(lo, c0 - 8), c0 - 2):
        # «على أن تتولى قطعات الحشد الشعبي مسك الأرض»: a term of a deal, through a light verb
        if doc.tw[k] == _ON and doc.tw[k + 1] == "ان" and doc.tw[k + 2] in _TERM_VERBS:
            return "planned"
    if any(map(_FUTURE_OF, g.members)) or (_future_verb(w) and c0 - 1 not in doc.inside):
        return "planned"  # «سيبسط سيطرته»: a noun after a verb in the future
    if _has(doc, PLAN_BEFORE, max(lo, _back_words(doc, c0, 8, s0)), c0):
        return "planned"
    if c0 > s0 and doc.tw[c0 - 1] in _TEMPORAL and _has(doc, PLAN_BEFORE, s0, c0):
        return "planned"  # «من المقرر أن تتجمع القوات ...، بعد تسليم قاعدة X»: still to come
    # «سيواصل دعمها بضربات جوية»، «ستعقد محادثات ... بشأن اتفاق»: a future verb before, with
    # no other event between
    trig = _trigger_tokens(doc)
    for i in range(c0 - 2, max(lo, c0 - 10) - 1, -1):
        if i in trig:
            break
        if _future_verb(doc.tw[i]) and i not in doc.inside:
            return "planned"
    return "asserted"


_W_PREPARING = norm("تمهيدا")
_W_ILA_WORDS = _ws("إلى الى")
_SUBJECT_TO = ("خاضع", "الخاضع")
_COMES = word_class(_ws("يأتي تأتي ويأتي وتأتي جاء جاءت وجاء وجاءت"))


def _threat(doc: Doc, a: int, b: int) -> bool:
    """A threat or a deal's terms in tokens [a, b): «تهديد»، «متوعداً»، «ينص على»; the
    noun «نص» only as «نص على» (not «نص البيان», the text)."""
    lst = doc.where.get(THREAT, ())
    for k in range(bisect.bisect_left(lst, a), len(lst)):
        i = lst[k]
        if i >= b:
            break
        if _stems(doc.tw[i])[-1] != "نص" or (i + 1 < len(doc.tw) and doc.tw[i + 1] == _ON):
            return True
    return False


_REPLY = _ws("رد الرد ردا ردها رده")


def _replied(doc: Doc, i: int, s0: int) -> bool:
    """«بالرد على الهجوم»، «رداً على القصف»: the event is what a reply answers."""
    return i - 2 >= s0 and doc.tw[i - 1] == _ON and _stems(doc.tw[i - 2])[-1] in _REPLY


def _replied_given(doc: Doc, i: int, s0: int) -> bool:
    """«جاءت الضربات رداً على هجمات ...»: the event a reply given answers (not a reply
    threatened: «توعدت بالرد على العدوان» names the attack reported before)."""
    return _replied(doc, i, s0) and doc.tw[i - 2] in _GIVEN_REPLY


_GIVEN_REPLY = _ws("ردا وردا")
_BACKED = _ws("مدعومة مدعوم المدعومة المدعوم المدعومين مدعومين مدعوما مدعومون المدعومون")
_W_HOLD_GROUND = norm("مسك الأرض")
_W_PRICE = norm("ثمن")
_TERM_VERBS = _ws("تتولى يتولى تقوم يقوم تبدأ يبدأ تبدا يبدا يتم تتم تجري يجري")
_TEMPORAL = _ws("بعد قبل عقب إثر اثر")
_NOT_FUTURE = _ws("سيارة سيارات سيطرة سيطرت ستة ستين ستار سيناء سياسة سياسي سياسية سيدة")


def _future_verb(w: str) -> bool:
    """«سيبسط»، «ستفرض»: a verb with the future prefix (not سيارة، سيطرة، ستة)."""
    if not w.startswith(_FUT_START):
        return False
    if w[0] != "س":
        w = w[1:]
    return len(w) >= 5 and w not in _NOT_FUTURE


_FUT_START = tuple(a + b for a in ("", "و", "ف") for b in ("سي", "ست", "سن"))


def _aim(doc: Doc, c: Cand) -> bool:
    """«معارك للسيطرة على»، «تحاول السيطرة على»: control as an aim, not a state."""
    if c.trig.type != "CONTROL":
        return False
    x = doc.nt.text
    s0 = doc.sspan[c.sent][0]
    return (c.ns > 0 and x[c.ns - 1 : c.ns + 1] == "لل") or _has(
        doc, ATTEMPT, max(s0, c.ti - 3), c.ti
    )


def _modifier(doc: Doc, c: Cand) -> bool:
    """«في مناطق سيطرة قسد»: control naming a place inside another clause, not a statement."""
    return (
        c.trig.type == "CONTROL"
        and not c.trig.verb
        and c.ti > doc.sspan[c.sent][0]
        and bool(doc.masks[c.ti - 1] & PLACE_NOUN)
    )


def _present_tense(doc: Doc, g: Group) -> bool:
    t = g.rep.trig
    if t.impf or (t.type == "CONTROL" and not t.verb):
        return True
    if t.verb:
        return False  # «سيطرت على»: taking control happened when the story says
    if not t.verb and g.rep.ti > doc.sspan[g.sent][0]:
        return bool(doc.masks[g.rep.ti - 1] & LIGHT_PRESENT)
    return False


# ---------------------------------------------------------------- main entry


class Analysis(NamedTuple):
    """What :func:`analyse_events` found: the events, and the sentence analysis they came
    from (which :func:`workbench.core.forces.derive_forces` reuses instead of redoing it)."""

    events: list[Event]
    doc: Doc
    groups: list[Group]


def find_events(
    text: str,
    nt: Normalized,
    sents: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
    *,
    published: dt.date | str | None = None,
) -> list[Event]:
    """Return events ordered by trigger start, ids e1, e2, ..."""
    return analyse_events(text, nt, sents, entities, times, published=published).events


def analyse_events(
    text: str,
    nt: Normalized,
    sents: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
    *,
    published: dt.date | str | None = None,
) -> Analysis:
    """The events (as :func:`find_events` returns them) with their analysis."""
    doc = _analyse(text, nt, sents, entities, times, published)
    doc.cands = _find_candidates(doc)
    # «فجر اليوم» (dawn) is no candidate at all: no other rule should see it
    doc.cands = [c for c in doc.cands if c.trig.need != "blowup" or _blown_up(doc, c)]
    _attribution(doc)
    for c in doc.cands:
        if c.trig.type == "CONTROL" and c.trig.need == "place" and _fire_falls(doc, c):
            # «سقوط 33 صاروخاً على معسكر التاجي»: munitions falling are an attack
            c.trig = replace(c.trig, type="ATTACK", hint="strike", need="fall")
        c.ok = _accept(doc, c)
        if c.ok and c.trig.type in _RETYPED:
            _retype(doc, c)
    groups = sorted(_group(doc), key=lambda g: g.span[0])
    stops_all: dict[int, list[int]] = {}
    for c in doc.cands:
        if (
            (c.ti > 0 and doc.tw[c.ti - 1] in RELATIVE)
            or (
                not c.ok
                and c.trig.need
                in ("light", "weaponafter", "security", "flag", "place", "named", "blowup")
            )
            # «لعدوان جوي إسرائيلي استهدف محيط المطار»: a verb describing the attack noun
            # just before it (indefinite: no relative pronoun) ends none of its arguments
            or (
                not c.ok
                and c.trig.verb
                and any(
                    o.ok
                    and not o.trig.verb
                    and o.sent == c.sent
                    and c.ti - 2 <= o.tj <= c.ti
                    and o.trig.type == c.trig.type
                    for o in doc.cands
                )
            )
            or (c.trig.type == "CONTROL" and (_aim(doc, c) or _modifier(doc, c)))
            # «في المطار، المحاصر منذ ...»: an adjective of a place bounds nothing
            or c.trig.form in _PLACE_BESIEGED
        ):
            continue
        if not c.ok and _hit_convoy(doc, c):
            # the convoy hit ends nothing; its clause does («... قرب بلدة X، حملت ...»)
            s1 = doc.sspan[c.sent][1]
            end = next((j for j in range(c.tj, s1) if doc.comma[j]), None)
            if end is not None:
                stops_all.setdefault(c.sent, []).append(end + 1)
            continue
        stops_all.setdefault(c.sent, []).append(c.ti)
    prev_by_type: dict[str, Event] = {}
    taken: set[str] = set()
    prev: Group | None = None
    subj: Group | None = None  # the last group with actors, past only noun triggers since
    sorties: set[int] = set()  # sorties whose destruction is the event (dropped)
    last_attack: Group | None = None
    for g in groups:
        _fill(doc, g, stops_all.get(g.sent, []), prev_by_type, taken)
        if g.rep.trig.form in _PLACE_BESIEGED:
            # «أحياء درعا البلد المحاصرة»: a place described as besieged names no side
            g.ev.actors, g.ev.targets = [], []
        # «واصلت "قسد" تقدمها ضمن معركة "X"، وسيطرت على ...»: a verb continues the subject
        # of the last verb with one, past the nouns in between
        src = prev if prev is not None and prev.ev.actors else subj
        if (
            src is not None
            and src.ev.actors
            and not g.ev.actors
            and (src is prev or src.sent == g.sent)
            and _shares_subject(doc, src, g)
        ):
            g.ev.actors = [a for a in src.ev.actors if a not in g.ev.targets]
        if (
            prev is not None
            and prev.sent == g.sent
            and g.rep.trig.verb
            and prev.ev.targets
            and _repelled(doc, prev.members[0])
            and set(g.ev.actors) <= set(prev.ev.actors)
        ):
            # «تصدت الدفاعات لعدوان إسرائيلي ...، وأسقطت الصواريخ»: the defenders shot them
            # down (not the aggressor named in the clause before)
            g.ev.actors = list(prev.ev.targets)
        if not g.ev.actors and g.rep.trig.verb:
            g.ev.actors = _subject_antecedent(doc, g, groups)
        if not g.ev.actors and g.rep.trig.form == _W_HOMELAND:
            # «عودة الفلوجة إلى حضن الوطن»: retaken by the state the article is about
            home = _home_state(doc)
            g.ev.actors = [home] if home else []
        if g.rep.trig.type == "ATTACK" and not g.ev.targets:
            g.ev.targets = _passive_antecedent(doc, g, groups)
        if (
            prev is not None
            and prev.sent == g.sent
            and prev.rep.trig.type == "ATTACK"
            and g.rep.trig.form in _DESTROY
            and (
                " " in g.rep.trig.form  # «أصابت خلالها»
                or (g.rep.tj < len(doc.tw) and doc.tw[g.rep.tj] in _DURING_IT)
            )
        ):
            # «شنت 11 غارة قرب X دمرت خلالها مواقع للتنظيم»: what the strikes destroyed is
            # theirs, where they struck
            if not prev.ev.targets:
                prev.ev.targets = [t for t in g.ev.targets if t not in prev.ev.actors]
            if g.ev.location is None:
                g.ev.location = prev.ev.location
            if prev.rep.trig.form.startswith(_W_SORTIE) and len(prev.members) == 1:
                # «نفذت 42 طلعة جوية دمرت خلالها 120 هدفاً»: the sorties are flown, what they
                # destroyed is the attack
                if not g.ev.actors:
                    g.ev.actors = list(prev.ev.actors)
                sorties.add(id(prev))
        elif (
            last_attack is not None
            and last_attack.sent == g.sent
            and g.rep.trig.form in _DESTROY
            and g.rep.trig.verb
            and not _own_subject(doc, g.rep)
            # («قتلت الفصائل ...، والطائرات دمرت»: a subject of its own right before it)
            and not (not doc.comma[g.rep.ti] and any(m.t1 == g.rep.ti for m in doc.actors[g.sent]))
        ):
            # «قتلت الفصائل 25 عنصراً من قوات الأسد، ودمرت دبابة»، «نفذت 36 غارة على مواقع
            # داعش، ودمرت مخابئ»: the attackers destroyed what belonged to their targets
            own = g.ev.actors
            if last_attack.ev.actors or not set(own).isdisjoint(last_attack.ev.targets):
                g.ev.actors = list(last_attack.ev.actors)
            if not g.ev.targets:
                g.ev.targets = [t for t in last_attack.ev.targets or own if t not in g.ev.actors]
        if (
            prev is not None
            and prev.sent == g.sent
            and prev.rep.trig.type == g.rep.trig.type
            and prev.ev.actors
            and _most_of_them(doc, g.rep)
        ):
            # «وتنشر واشنطن 2500 جندي في العراق ضمن التحالف، يتمركز معظمهم في ...»: most
            # of the force just counted, whoever is named in between
            g.ev.actors = list(prev.ev.actors)
        if g.rep.trig.form in _ACCOMPANY:
            _accompanying(doc, g, prev)
        if g.rep.trig.type == "ARREST" and g.ev.actors:
            # «مقتل 60 عنصراً من قوات النظام وأسر 15 آخرين»: a side named partitively («من
            # X») before the capture is the captured, not the captor
            part = {
                m.value
                for m in doc.actors[g.sent]
                if m.gov == "من" and m.t1 <= g.rep.ti and g.rep.ti - m.t1 <= 3
            }
            if part and set(g.ev.actors) <= part:
                g.ev.targets = _uniq(g.ev.targets + g.ev.actors)
                g.ev.actors = []
        if g.rep.trig.type == "ATTACK":
            last_attack = g
        prev_by_type[g.rep.trig.type] = g.ev
        if g.ev.actors:
            subj = g
        elif g.rep.trig.verb:
            subj = None
        prev = g
    if sorties:
        groups = [g for g in groups if id(g) not in sorties]
    _repelled_assaults(doc, groups)
    _resolve_times(doc, groups)
    _future_by_time(doc, groups)
    _share_arguments(doc, groups)
    events = [g.ev for g in groups]
    for k, ev in enumerate(events, 1):
        ev.id = f"e{k}"
    return Analysis(events, doc, groups)


def _passive_antecedent(doc: Doc, g: Group, groups: list[Group]) -> list[str]:
    """«سيّرت X وY دورية ... وتعرضت الدورية لهجوم»: the definite subject of «تعرض» names an
    earlier event (same noun in its trigger); its actors are the targets."""
    s0 = doc.sspan[g.sent][0]
    ti = g.rep.ti
    lst = doc.where.get(PASSIVE, ())
    k = bisect.bisect_left(lst, max(s0, ti - 8))
    if k >= len(lst) or lst[k] >= ti or lst[k] + 1 >= ti:
        return []
    subj = next((v for v in _stems(doc.tw[lst[k] + 1]) if v.startswith("ال")), None)
    if subj is None or len(subj) < 5:
        return []
    noun = subj[2:]
    for o in reversed(groups):
        if o is g or o.sent > g.sent or o.sent < g.sent - 4 or o.ev is None:
            continue
        if o.ev.actors and noun in doc.nt.text[o.span[0] : o.span[1]]:
            return [a for a in o.ev.actors if a not in g.ev.actors]
    return []


def _subject_antecedent(doc: Doc, g: Group, groups: list[Group]) -> list[str]:
    """«دخلت دورية من الشرطة الروسية ... . وقال X إن الدورية تجولت»: a definite subject
    right before the verb names the unit of an earlier event (its noun in that event's
    sentence); that event's actors are the subject."""
    ti = g.rep.ti
    s0, s1 = doc.sspan[g.sent]
    tj = _span_end_tok(doc, g)
    # the subject before the verb, or right after it («قبل أن تنسحب القوة»)
    k = next((k for k in (ti - 1, tj) if s0 <= k < s1 and doc.masks[k] & (UNIT_OF | MIL)), None)
    if k is None:
        return []
    subj = next((v for v in _stems(doc.tw[k]) if v.startswith("ال")), None)
    if subj is None or len(subj) < 5:
        return []
    noun = subj[2:]
    for o in reversed(groups):
        if o is g or o.sent > g.sent or o.sent < g.sent - 3 or o.ev is None or not o.ev.actors:
            continue
        a, b = doc.sspan[o.sent]
        if o.sent == g.sent:
            # an earlier event of the same sentence that names the unit before this one
            if o.rep.ti >= ti:
                continue
            b = min(k, ti)
        if any(noun in _stems(w) for w in doc.tw[a:b]):
            return list(o.ev.actors)
    return []


def _shares_subject(doc: Doc, prev: Group, g: Group) -> bool:
    """A verb without a subject continues the subject of the verb before it: «نفذت قوات
    من X عملية تفتيش واعتقلت خمسة»، «أرسلت X تعزيزات ... ووصل»; a sentence that opens
    with «و» + verb continues the last event of the previous sentence."""
    c = g.rep
    ti = c.ti
    if (
        not c.trig.verb
        and ti > 0
        and doc.tw[ti - 1][:1] == "و"
        and doc.tw[ti].endswith(OWNER_SUFFIXES)
        and _in(doc.tw[ti - 1], OWN_VERB)
    ):
        ti -= 1  # «وبسطت سيطرتها»: the verb of a possessed noun is the trigger's verb
    elif not c.trig.verb:
        return False
    if c.trig.hint == "casualty" or c.trig.type == "STATEMENT":
        return False
    if prev.rep.trig.type == "STATEMENT":
        return False
    w = doc.tw[ti]
    # «و»/«ف» as a conjunction, not the verb's own first letter («فرّ»، «وصلت»)
    conj = w[:1] in "وف" and not w.startswith(c.trig.form)
    if prev.sent == g.sent:
        between = [m for m in doc.actors[g.sent] if prev.rep.tj <= m.t0 < ti]
        return not between and (conj or doc.clause[ti] == doc.clause[prev.rep.ti])
    s0 = doc.sspan[g.sent][0]
    return (
        prev.sent == g.sent - 1
        and not doc.heading[prev.sent]
        and ti == s0
        and w[:1] == "و"
        and conj
        and not doc.others[g.sent]  # a counted subject of its own («ووصل نحو 300 جندي»)
    )


STRIKE_LAUNCH = word_class(
    _ws("شن شنت شنوا يشن تشن نفذ نفذت نفذوا ينفذ تنفذ بالتزامن تزامنا بالتوازي")
)


_STRIKE_ADJ = _ws("جوية جوي مدفعي مدفعية صاروخي صاروخية مكثفة مكثف عنيفة متزامنة")


def _own_agent(doc: Doc, c: Cand) -> str | None:
    """The side named right after an attack noun: «غارات روسية»، «قصف مدفعي لقوات النظام»
    (an adjective of the attack may stand between)."""
    j = c.tj
    if j < len(doc.tw) and _stems(doc.tw[j])[-1] in _STRIKE_ADJ:
        j += 1
    for m in doc.actors[c.sent]:
        if m.t0 == j and (m.kind == "adj" or m.gov in ("ل", None)) and m.value != "UNKNOWN":
            return m.value
    return None


def _other_agent(doc: Doc, g: Group, c: Cand) -> bool:
    """«قصف مدفعي لميليشيات الأسد وغارات روسية»: a coordinated attack noun with a side of
    its own, not the side of the attack before it, is another attack."""
    if c.trig.type != "ATTACK" or c.trig.verb or doc.tw[c.ti][:1] != "و":
        return False
    mine = _own_agent(doc, c)
    if mine is None:
        return False
    last = g.members[-1]
    theirs = _own_agent(doc, last)
    return theirs is not None and theirs != mine


_KILLED_BY = _ws("قتلت قتلوا")


def _kills(doc: Doc, c: Cand) -> bool:
    """«وقتلت أربعة من عناصرها»، «مؤكدة أنها قتلت 200 مسلح»: an active killing (the
    feminine or plural verb with the count of its victims right after it) is an attack of
    its own, not only a toll."""
    if c.trig.form not in _KILLED_BY or c.tj >= len(doc.tw):
        return False
    j = c.tj
    if doc.tw[j] in ("ما", "اكثر", "نحو", "قرابه", "حوالي"):
        j += 1
    return j in doc.skip or doc.tw[j].isdigit()


_DESTROY = _ws("دمر دمرت دمروا تدمير") | {norm("اصابت خلالها"), norm("اصاب خلالها")}
_W_SORTIE = norm("طلع")
_DURING_IT = _ws("خلالها خلاله فيها")


def _own_subject(doc: Doc, c: Cand) -> bool:
    """An actor named right after a verb trigger (its VSO subject)."""
    return any(
        c.tj <= m.t0 <= c.tj + 2 and m.gov is None and m.kind == "ent" for m in doc.actors[c.sent]
    )


def _destroys_after_attack(doc: Doc, c: Cand) -> bool:
    """«نفذت 36 غارة على مواقع التنظيم، ودمرت مخابئ»، «إن الغارات دمرت خمسة مستودعات»: a
    destroying verb after an accepted strike or fight of its sentence needs no other
    military word: the attack is its context."""
    if c.trig.form not in _DESTROY or not c.trig.verb:
        return False
    s0 = doc.sspan[c.sent][0]
    return any(
        o.sent == c.sent
        and o.ok
        and o.ti < c.ti
        and o.ti >= max(s0, c.ti - 25)
        and o.trig.type == "ATTACK"
        and o.trig.hint in ("strike", "fight")
        for o in doc.cands
    )


def _destroyed_too(doc: Doc, c: Cand) -> bool:
    """«قتلت أكثر من 200 من عناصر التنظيم ... ودمرت 45 عجلة»: a destruction after another
    attack of the clause is an attack of its own (not the result «ما أدى إلى تدمير»)."""
    if c.trig.form not in _DESTROY:
        return False
    s0 = doc.sspan[c.sent][0]
    return not _has(doc, CONSEQUENCE, max(s0, c.ti - 4), c.ti)


def _launched_anew(doc: Doc, g: Group, c: Cand) -> bool:
    """«شنت قوات X قصفاً على A، بالتزامن مع غارات روسية»، «بغطاء من الطيران الذي شن
    عشرات الغارات»: an attack noun that a launch verb (or «بالتزامن مع») of its own
    introduces, after the group's last trigger, is another attack."""
    if c.trig.type != "ATTACK" or c.trig.verb:
        return False
    lo = max(g.members[-1].tj, c.ti - 4)
    return _has(doc, STRIKE_LAUNCH, lo, c.ti)


_ARSON = _ws("احرق احرقت احرقوا اضرم اضرمت اضرموا يحرق يحرقون يضرم يضرمون")
_FLEE = _ws("فر فرت فروا هرب هربت هربوا الفرار فرار هروب الهروب")
_CIVILIANS = word_class(
    _ws(
        "مدني مدنيا مدنيين مدنيون المدنيين المدنيون سكان السكان الاهالي اهالي نازح نازحين "
        "النازحين لاجئ لاجئين اللاجئين عائلات العائلات اطفال الاطفال نساء شخص اشخاص "
        # thousands flee as people do: «فر عشرات الآلاف منهم إلى الجبل»
        "الاف الالاف الف"
    )
)


def _civilians_flee(doc: Doc, c: Cand) -> bool:
    """«فر أكثر من 200 ألف من سكان المنطقة»، «تمكن المئات من المدنيين من الفرار»: people
    fleeing, no force withdrawing."""
    s0, s1 = doc.sspan[c.sent]
    return _has(doc, _CIVILIANS, max(s0, c.ti - 4), min(s1, c.tj + 7))


def _fight_before(doc: Doc, c: Cand) -> bool:
    """An accepted attack, fight or control earlier in the sentence."""
    return any(
        o.sent == c.sent and o.ok and o.ti < c.ti and o.trig.type in ("ATTACK", "CONTROL")
        for o in doc.cands
    )


_TALKS = _ws("مفاوضات محادثات")
_LINK_UP = _ws("التقت التقى التقوا التقتا يلتقي تلتقي يلتقوا التقاء")


def _links_up(doc: Doc, c: Cand) -> bool:
    """«التقت وحدات الجيش بالحامية المرابطة»، «التقاء القوات المتقدمة بعناصر الدفاع المحلي»:
    forces meeting forces (with «ب» and a military word in the few words after), not
    officials meeting («التقى وفد عسكري قيادات من قسد»، «التقى الوزير بالرئيس»)."""
    s1 = doc.sspan[c.sent][1]
    for j in range(c.tj, min(s1, c.tj + 4)):
        w = doc.tw[j]
        if w.startswith("ب") and (
            doc.masks[j] & MIL or doc.masks[j + 1 if j + 1 < s1 else j] & MIL
        ):
            return True
    return False


_ACCOMPANY = _ws("رافق رافقت رافقوا يرافق ترافق يرافقون")


def _accompanying(doc: Doc, g: Group, prev: Group | None) -> None:
    """«مستشارون عسكريون روس يرافقون القوات السورية»: the escorts are the actors, the side
    they go with (the object) is neither actor nor target; «تنشر واشنطن 2000 عسكري، بينهم
    مستشارون يرافقون "قسد"»: escorts with no side of their own belong to the force counted."""
    ti = g.rep.ti
    before = [m.value for m in doc.actors[g.sent] if ti - 4 <= m.t0 and m.t1 <= ti]
    if before:
        g.ev.actors = [before[-1]]
    elif prev is not None and prev.sent == g.sent and prev.ev.actors:
        g.ev.actors = list(prev.ev.actors)
    else:
        after = {m.value for m in doc.actors[g.sent] if m.t0 >= g.rep.tj}
        g.ev.actors = [a for a in g.ev.actors if a not in after]
    g.ev.targets = []


_MOST_OF = _ws("معظمهم غالبيتهم اغلبهم بعضهم معظمها غالبيتها اغلبها بعضها")


def _most_of_them(doc: Doc, c: Cand) -> bool:
    """«وتنشر الولايات المتحدة نحو 900 جندي في سوريا، يتمركز معظمهم في قواعد ...»: a verb
    after a comma whose subject is a part of the force just counted is a movement of its
    own."""
    return (
        c.trig.verb and doc.comma[c.ti] and c.tj < doc.sspan[c.sent][1] and doc.tw[c.tj] in _MOST_OF
    )


def _new_subject(doc: Doc, g: Group, c: Cand) -> bool:
    """«قصفت قوات النظام كفرنبل، واستهدفت الطائرات الروسية أريحا»: a second verb with its
    own subject right after it starts a new event."""
    if not c.trig.verb:
        return False
    own = any(
        c.tj <= m.t0 <= c.tj + 2 and m.gov is None and m.kind == "ent" for m in doc.actors[c.sent]
    )
    if not any(m.trig.verb for m in g.members):
        # «تشن X حملة عسكرية ...، ويحاصرها النظام»: a verb with its own subject after a comma
        return own and True in doc.comma[g.members[-1].tj : c.ti + 1]
    last = [m for m in g.members if m.trig.verb][-1]
    if (
        last.trig.hint != c.trig.hint
        and last.trig.hint != "casualty"
        and True in doc.comma[last.tj : c.ti + 1]
    ):
        return True  # «دخل رتل ... إلى X، واتجه نحو Y»: a second leg of the movement
    return own


def _unreal(doc: Doc, c: Cand) -> bool:
    """A definite noun feared, threatened or denied («مخاوف من تمدد المعارك»، «نفى وقوع
    الاشتباكات») is no repeat of the events reported: it is an event of its own."""
    return _unreal_kind(doc, c) != ""


def _unreal_kind(doc: Doc, c: Cand) -> str:
    """Which of fear, threat or denial comes nearest before the trigger, else ""."""
    memo = doc.unreal
    kind = memo.get(c.ti)
    if kind is None:
        kind = memo[c.ti] = _unreal_kind_of(doc, c)
    return kind


def _unreal_kind_of(doc: Doc, c: Cand) -> str:
    s0 = doc.sspan[c.sent][0]
    if _replied(doc, c.ti, s0):
        return ""
    a = max(s0, c.ti - 7)
    best, kind = -1, ""
    for bit, k in ((EXPECT_BEFORE, "expected"), (THREAT, "planned"), (NEG_VERB, "denied")):
        lst = doc.where.get(bit)
        if lst:
            j = bisect.bisect_left(lst, c.ti) - 1
            if j >= 0 and lst[j] >= a and lst[j] > best:
                if bit == THREAT and not _threat(doc, lst[j], lst[j] + 1):
                    continue
                best, kind = lst[j], k
    if not kind and c.ti > s0 and doc.tw[c.ti - 1] in ANY and _negated(doc, c.ti - 1, s0):
        kind = "denied"
    return kind


def _back_words(doc: Doc, i: int, n: int, s0: int, names: bool = True) -> int:
    """The token ``n`` words before ``i`` (not before ``s0``), not counting the words of
    times and quantities, nor, with ``names``, those of names («من المقرر أن تبدأ الشرطة
    العسكرية الروسية والقوات التركية في 15 مارس تسيير دوريات»: the plan governs the
    patrols)."""
    inside = doc.inside if names else ()
    skip = doc.skip
    k = i
    while k > s0 and n > 0:
        k -= 1
        if k not in inside and k not in skip:
            n -= 1
    return k


def _told_anew(doc: Doc, c: Cand) -> bool:
    """«أن الضربات استهدفت أكثر من 85 هدفاً»، «إن الغارات أسفرت عن مقتل 23»: a definite
    noun that is the subject of a verb of its own tells something new: a report of its own."""
    s1 = doc.sspan[c.sent][1]
    j = c.tj
    if j < s1 and doc.tw[j] in _ANAPHOR_SKIP:
        j += 1
    return j < s1 and _stems(doc.tw[j])[-1] in _TOLD


_ANAPHOR_SKIP = _ws("الجوية الجويه الأمريكية الأميركية التركية الروسية الإسرائيلية الاسرائيلية")
_TOLD = _ws(
    "استهدفت استهدف طالت طال شملت شمل أسفرت أسفر أدت أدى أوقعت أوقع خلفت خلف دمرت دمر "
    "أصابت أصاب نفذت نفذ تسببت تسبب"
)


def _described(doc: Doc, c: Cand) -> bool:
    """«في المعارك التي شهدتها منطقة X»: a definite noun with a relative clause of its own
    that names a place is described anew, not a bare repeat."""
    s1 = doc.sspan[c.sent][1]
    if c.tj >= s1 or doc.tw[c.tj] not in RELATIVE:
        return False
    return any(c.tj < m.t0 <= c.tj + 4 for m in doc.places[c.sent])


_KIND = _ws("نوعه نوعها نوعهما")
_RETYPED = frozenset(("MOVEMENT", "ARREST", "ATTACK"))
_START_OF = _ws("بدء بداية انطلاق انطلاقة")
_OFFENSIVE = _ws("الهجوم هجوم")
_PROCESS = _ws(
    "إجلاء تبادل إعادة نقل تسليم تسوية انتقال تصويت إحصاء جراحية السياسية السياسيه "
    "تهجير إخلاء اخلاء إنزال انزال "
    "الانتخابية الانتخابيه التعليمية التعليميه الجراحية الجراحيه التفاوضية التفاوضيه"
)
_OP_ADJ = _ws(
    "واسعة كبيرة مشتركة جديدة خاطفة نوعية برية جوية واسعه كبيره مشتركه جديده نوعيه بريه جويه"
)
_SET_OFF = _ws("انطلقت انطلق")
_HOLD_ON = _ws("تعرض تعرضت")
_STOPPED = _ws("تعليق وقف إيقاف ايقاف تجميد إنهاء انهاء")
_NOUN_CONTEXT = _ws("وسط بعد إثر اثر عقب جراء مع")
_OP_PURPOSE = _ws("لمكافحه لملاحقه لتعقب")
_OP_STARTED = _ws("انطلقت بدأت بدات أطلقتها اطلقتها أطلقها اطلقها")
_BY_ANY = _ws("نفذتها نفذها شنتها شنها قامت قام تبنتها تبناها")


def _operation_named(doc: Doc, c: Cand) -> bool:
    """«في عملية نفذتها قوات خاصة أميركية»: a bare «عملية» carried out by a military
    subject is an operation; so is «العملية» once an operation was reported before it
    («لم يُصب أي جندي في العملية»), unless a process word qualifies it (العملية السياسية)."""
    s1 = doc.sspan[c.sent][1]
    nxt = doc.tw[c.tj] if c.tj < s1 else ""
    if nxt in _PROCESS:
        return False
    if nxt in _BY_ANY:
        return _has(doc, MIL, c.tj, min(s1, c.tj + 5))
    # «في عملية أميركية شمالي سوريا»، «خلال عملية لمكافحة الإرهاب»: a state's operation,
    # one against terrorism
    if (
        not c.definite
        and c.tj < s1
        and ((doc.masks[c.tj] & NAT and not nxt.startswith("ال")) or nxt in _OP_PURPOSE)
    ):
        return True
    # «في إطار عملية واسعة انطلقت في الرابع من أيار»: an operation that started
    k = c.tj + 1 if nxt in _OP_ADJ else c.tj
    if not c.definite and k < s1 and doc.tw[k] in _OP_STARTED:
        return True
    if not c.definite or (nxt[:2] == "ال" and nxt not in RELATIVE):
        return False
    return any(o.ok and o.trig.type == "OPERATION" and o.ti < c.ti for o in doc.cands)


def _started(doc: Doc, c: Cand) -> bool:
    """«منذ بدء الهجوم»: the campaign named by its start, not a repeat of an event."""
    s0 = doc.sspan[c.sent][0]
    if c.ti <= s0:
        return False
    if _stems(doc.tw[c.ti - 1])[-1] in _START_OF:
        return True
    # «منذ بدء موجة الهجمات»
    return (
        c.ti - 2 >= s0 and doc.tw[c.ti - 1] in _WAVE and _stems(doc.tw[c.ti - 2])[-1] in _START_OF
    )


_WAVE = _ws("موجة سلسلة")


def _nth_of_kind(doc: Doc, c: Cand) -> bool:
    """«وتعد هذه الغارات الثالثة من نوعها»: counted among its kind, an event of its own."""
    s1 = doc.sspan[c.sent][1]
    return not _KIND.isdisjoint(doc.tw[c.tj : min(s1, c.tj + 5)])


def _repelled(doc: Doc, c: Cand) -> bool:
    """«تصدت الدفاعات الجوية لعدوان جوي»: an attack noun governed by a repelling verb."""
    s0 = doc.sspan[c.sent][0]
    return (
        not c.trig.verb
        and _TO_IT(doc.nt.text, max(0, c.ns - 3), c.ns) is not None
        and _has(doc, REPEL, max(s0, c.ti - 12), c.ti)
    )


_TO_IT = re.compile(r'ل"?$|(?<=\s)ل$').search
_ATTEMPT = _ws("محاولة محاولات محاولتي")
_W_TADMIR = norm("تدمير")


def _a_result(doc: Doc, c: Cand) -> bool:
    """A consequence verb («أسفر»، «أدى») governs the noun: no comma between them."""
    s0 = doc.sspan[c.sent][0]
    lst = doc.where.get(CONSEQUENCE, ())
    k = bisect.bisect_left(lst, c.ti) - 1
    return k >= 0 and lst[k] >= max(s0, c.ti - 14) and True not in doc.comma[lst[k] : c.ti]


def _repels_assault(doc: Doc, c: Cand) -> bool:
    """«صدّت وحدات الجيش فجر أمس هجوماً»، «أحبطت الفصائل محاولة تسلل»: a repelling verb
    with an attack noun or an attempt as its object (past its subject and a time)."""
    s1 = doc.sspan[c.sent][1]
    nouns = {o.ti for o in doc.cands if o.trig.type == "ATTACK" and not o.trig.verb}
    k, n = c.tj, 0
    while k < s1 and n < 8:
        if k in nouns or _stems(doc.tw[k])[-1] in _ATTEMPT:
            return True
        n += k not in doc.skip and k not in doc.inside
        k += 1
    return False


def _repel_verb(c: Cand) -> bool:
    return c.trig.need == "repel"


def _repelled_assaults(doc: Doc, groups: list[Group]) -> None:
    """«صدت قواتنا 7 هجمات على محاور سري كانيه»: the repelling takes the place of the
    assault it repelled (its object, the next attack or move of the sentence), and each
    side is the other's target."""
    for k, g in enumerate(groups):
        if not _repel_verb(g.rep) or g.ev is None:
            continue
        if not g.ev.targets:
            # «أحبطت وحدات الجيش محاولة تسلل لإرهابيي تنظيم داعش»: the attempt's owner
            tj = _span_end_tok(doc, g)
            for m in doc.actors[g.sent]:
                if (
                    tj <= m.t0 <= tj + 8
                    and m.value not in g.ev.actors
                    and m.value != "UNKNOWN"
                    and (m.gov == "ل" or (doc.tw[m.t0 - 1][:1] == "ل" and m.t0 - 1 >= tj))
                ):
                    g.ev.targets = [m.value]
                    break
        h = next(
            (
                o
                for o in groups[k + 1 :]
                if o.sent == g.sent
                and o.ev is not None
                and o.rep.trig.type in ("ATTACK", "MOVEMENT")
                and o.rep.ti - g.rep.tj <= 10
            ),
            None,
        )
        if h is None:
            continue
        if h.ev.location is not None or g.ev.location is None:
            g.ev.location = h.ev.location  # (not the frame before it: «وفي ريف حلب، صدت»)
        g.ev.targets = _uniq(g.ev.targets + [a for a in h.ev.actors if a not in g.ev.actors])
        if not h.ev.targets:
            h.ev.targets = [a for a in g.ev.actors if a not in h.ev.actors]


def _attempted(doc: Doc, c: Cand) -> bool:
    """«محاولة تقدم»، «محاولة تسلل»: the trigger is what an attempt was made at."""
    return c.ti > 0 and _stems(doc.tw[c.ti - 1])[-1] in _ATTEMPT


def _group(doc: Doc) -> list[Group]:
    groups: list[Group] = []
    open_: dict[tuple[int, str], Group] = {}
    for c in doc.cands:
        if not c.ok:
            continue
        key = (c.sent, c.trig.type)
        g = open_.get(key)
        if (
            g is not None
            and doc.clause[c.ti] == g.clause
            # «صدت الفصائل هجوماً شنه التنظيم»: the repelling and the assault are two
            and not _repel_verb(c)
            # («صدوا محاولة تقدم لقوات النظام»: the attempt repelled is the same event)
            and not (_repel_verb(g.rep) and not _attempted(doc, c))
            and not _new_subject(doc, g, c)
            # «قصفت ...، وقال X إن ...»: a report between ends the event
            and not _has(doc, REPORT, g.members[-1].tj, c.ti)
            and not _has(doc, SAYS, g.members[-1].tj, c.ti)
            # «تهديد ... باقتحام المنطقة، وسط مخاوف من تمدد المعارك»: another modality
            and _unreal_kind(doc, c) == _unreal_kind(doc, g.members[-1])
            # «هجوم X ... منذ بدء موجة الهجمات»: the campaign is another event
            and not (c.definite and not c.trig.verb and _started(doc, c))
            # «تصدت الدفاعات لعدوان ... استهدف X، وأسقطت الصواريخ»: the defenders' own act
            # after a comma is not the aggression they repelled
            and not (_repelled(doc, g.rep) and True in doc.comma[g.members[-1].tj : c.ti + 1])
            and not _launched_anew(doc, g, c)
            and not _most_of_them(doc, c)
            and not _other_agent(doc, g, c)
            and not _destroyed_too(doc, c)
            # «صدت الفصائل هجوماً شنه التنظيم على مارع، وقتلت 12 من عناصره»: the
            # repellers' killing with its count is an attack of its own
            and not (
                c.trig.verb and _kills(doc, c) and any(m.trig.hint != "casualty" for m in g.members)
            )
            # «العدوان على مقرات الحشد لن يمر دون رد»: the reply is another attack
            and (c.trig.need == "reply") == (g.rep.trig.need == "reply")
            # «جاءت الضربات رداً على هجمات بطائرات مسيّرة»: the attack replied to is another
            and not _replied_given(doc, c.ti, doc.sspan[c.sent][0])
            # «ويأتي الهجوم بعد ساعات من غارات ...»: an event dated against another
            and not _has(doc, TEMPORAL_LINK, g.members[-1].tj, c.ti)
        ):
            g.members.append(c)
            continue
        g = Group([c], c, c.sent, doc.clause[c.ti])
        open_[key] = g
        groups.append(g)
    definite_nouns = {
        (c.sent, doc.clause[c.ti], c.trig.type) for c in doc.cands if c.definite and not c.trig.verb
    }
    out: list[Group] = []
    for g in groups:
        # the representative: a verb, else an indefinite noun; a killing (مقتل، قتل) only
        # when nothing else names the event («قتل ثلاثة بانفجار عبوة» -> انفجار)
        members = g.members
        if len(members) == 1:  # (most groups) the trigger that opened it
            core = [] if g.rep.trig.hint == "casualty" and not _kills(doc, g.rep) else members
        else:
            core = [c for c in members if c.trig.hint != "casualty"] or [
                c for c in members if _kills(doc, c)
            ]
            main = core or members
            # («وسط قصف مدفعي»: a verb form read after a preposition is the noun)
            verbs = [
                c
                for c in main
                if c.trig.verb and not (c.ti > 0 and doc.tw[c.ti - 1] in _NOUN_CONTEXT)
            ]
            indef = [c for c in main if not c.definite]
            # «تواصلت الاشتباكات بين X وY ...، وسط قصف مدفعي متبادل»: the fight names the
            # event, the shelling goes with it
            fights = [c for c in main if c.trig.hint == "fight" and not c.trig.verb]
            g.rep = verbs[0] if verbs else (fights or indef or main)[0]
        g.anaphoric = (g.sent, g.clause, g.rep.trig.type) in definite_nouns
        if (
            core
            and all(c.definite and not c.trig.verb for c in core)
            and not _replied_given(doc, core[0].ti, doc.sspan[g.sent][0])
            and not _unreal(doc, core[0])
            and not _described(doc, core[-1])
            and not _nth_of_kind(doc, core[-1])
            and not _started(doc, core[0])
            and not _told_anew(doc, core[-1])
        ):
            # the same event named again in its own sentence («تعرض لهجوم ...، إلا أن
            # الهجوم لم يسفر») is that event; in a later sentence an event noun is a new
            # mention of it («ويأتي الهجوم بعد ...»، «وأسفرت المعارك عن»), except a convoy
            # noun (القافلة names the convoy) and a claim of it («وتبنت الجماعة الهجوم»)
            c0 = core[0].ti
            refers = g.rep.trig.type == "MOVEMENT" or any(
                doc.sspan[g.sent][0] <= i < c0 and doc.clause[i] == doc.clause[c0]
                for i in doc.where.get(CLAIMED, ())
            )
            earlier = any(
                o.rep.trig.type == g.rep.trig.type
                and o.rep.trig.need != "reply"  # «توعد بالرد على الهجوم»: replied to
                and (o.sent == g.sent or (refers and g.sent - 4 <= o.sent < g.sent))
                for o in out
            )
            if earlier:
                continue
        if not core:
            # «وأسفر الهجوم عن مقتل»: the toll of an attack already reported
            c0 = g.members[0].ti
            s0 = doc.sspan[g.sent][0]
            if (
                _has(doc, CONSEQUENCE, max(s0, c0 - 4), c0)
                or _has(doc, REFERENCE, max(s0, c0 - 2), c0)
                or any(
                    o.rep.trig.type == "ATTACK" and o.sent == g.sent for o in groups if o is not g
                )
            ):
                continue
        # the trigger span: the representative, with members joined to it by «و»
        # (and the token after it: that of the last trigger in it)
        a, b = g.rep.ns, g.rep.ne
        tj = g.rep.tj
        if len(members) > 1:
            x = doc.nt.text
            for c in members[members.index(g.rep) + 1 :]:
                gap = x[b : c.ns]
                if gap.strip() in ("", "و"):
                    b, tj = c.ne, c.tj
                else:
                    break
        g.span = (a, b)
        g.tj = tj
        out.append(g)
    return out


# a rough confidence for sorting in the UI: verb triggers with arguments rank first
# (key: verb trigger, actors, location, several triggers or not an anaphor)
_CONFIDENCE = {
    (v, a, p, k): round(0.5 + 0.15 * v + 0.15 * a + 0.1 * p + 0.1 * k, 2)
    for v in (False, True)
    for a in (False, True)
    for p in (False, True)
    for k in (False, True)
}


def _fill(
    doc: Doc, g: Group, stops: list[int], prev_by_type: dict[str, Event], taken: set[str]
) -> None:
    if len(g.members) > 1:  # (the trigger's own stop bounds nothing)
        own = {c.ti for c in g.members}
        stops = [st for st in stops if st not in own]
    lo, hi = _window(doc, g, stops)
    actors, targets = _actors_targets(doc, g, lo, hi, prev_by_type)
    if actors and g.rep.trig.hint != "casualty" and len(g.members) > 1:
        # «مقتل 34 جندياً تركياً في غارة جوية»: the killed named between the killing and
        # the strike are its targets, not the subject before it
        victims = {
            m.value
            for c in g.members
            if c.trig.hint == "casualty" and c.ti < g.rep.ti
            for m in doc.actors[g.sent]
            if c.tj <= m.t0 and m.t1 <= g.rep.ti and m.t0 - c.tj <= 3
        }
        if victims & set(actors):
            targets = _uniq(targets + [a for a in actors if a in victims])
            actors = [a for a in actors if a not in victims]
    if g.rep.trig.need == "fall":
        actors = []  # «أعلنت الخلية سقوط صواريخ»: who reports them did not fire them
    if g.rep.trig.need == "price":
        # «توعد رئيسي بأن إسرائيل ستدفع ثمن الجريمة»: who pays is the target; the one who
        # vows it (a side, or a person's side, named before) the actor
        targets, actors = actors, []
        for m in doc.actors[g.sent]:
            if m.t1 <= g.rep.ti and m.value not in targets and m.value != "UNKNOWN":
                actors = [m.value]
                break
        if not actors:
            for m in doc.orgs[g.sent]:
                if m.ent.type == "PERSON" and m.t1 <= g.rep.ti:
                    side = _person_side(doc, m)
                    if side and side not in targets:
                        actors = [side]
                        break

    if g.rep.trig.type == "CONTROL" and not g.rep.trig.verb and doc.tw[g.rep.ti].endswith(_POSS):
        # «أعلن حزب الله سيطرته مع جيش النظام على تلة موسى»: the owner of the control
        # noun (the announcing side) and its partner after «مع»
        tj = g.rep.tj
        partner = [m for m in doc.actors[g.sent] if m.gov == "مع" and tj <= m.t0 <= tj + 1]
        if partner:
            head = [
                m.value
                for m in doc.actors[g.sent]
                if m.t1 <= g.rep.ti and m.gov is None and m.kind == "ent" and m.value != "UNKNOWN"
            ][:1]
            actors = _uniq(head + actors + [m.value for m in partner])
    typ = g.rep.trig.type
    if not actors and g.anaphoric and typ in prev_by_type:
        actors = list(prev_by_type[typ].actors)
    if not actors:
        s0, s1 = doc.sspan[g.sent]
        poss = _has(doc, POSS, lo, hi)
        # «أعلنت الجماعة أنها استهدفت»: the source is the subject
        c = doc.content[g.sent]
        pron = c > s0 and doc.tw[c - 1] in PRONOUN_THAT and c <= g.rep.ti
        # «أعلنت الجماعة، مساء أمس، استهداف قاعدة»: the announced action is the claimant's
        claim = (
            not g.rep.trig.verb
            and g.rep.trig.hint != "casualty"
            and g.rep.trig.need != "fall"  # «أعلنت الخلية سقوط صواريخ»: not its own
            and c > s0
            and c <= g.rep.ti <= c + 3
            and doc.tw[c - 1] not in THAT
            and _has(doc, ANNOUNCE, s0, c)
        )
        if typ == "STATEMENT" or poss or pron or claim:
            head = [m for m in doc.actors[g.sent] if m.t1 <= doc.content[g.sent]]
            if head:
                # the reporting verb's subject, not «المدعومة من X» after it
                free = [m for m in head if m.gov is None and m.kind != "adj"]
                actors = [(free or head)[0 if typ != "STATEMENT" and free else -1].value]
        elif not g.rep.trig.verb and g.rep.trig.hint != "casualty" and g.rep.trig.need != "fall":
            actors = _announcer(doc, g.sent, g.rep.ti, s0)
    if not actors and typ == "STATEMENT":
        # «قال محافظ حمص X»: the governor speaks for his government; «قال العبادي»: a known
        # person speaks for the side he served that year (person_sides.tsv)
        tj, ti = g.rep.tj, g.rep.ti
        for m in doc.orgs[g.sent]:
            if m.ent.type == "PERSON" and (tj <= m.t0 <= tj + 3 or (m.t1 <= ti and ti - m.t1 <= 1)):
                side = _governor_of(doc, g.sent, m.t0) or _person_side(doc, m)
                if side:
                    actors = [side]
                break
    loc = _location(doc, g, lo, hi, taken)
    if loc is not None and g.rep.trig.form not in _PLACE_BESIEGED:
        taken.add(loc.value)  # (a place described as besieged stays free for other events)
    o0, o1 = doc.nt.span(*g.span)
    while o1 < len(doc.text) and doc.text[o1] in _MARKS:
        o1 += 1
    s = doc.sents[g.sent]
    ev = Event(
        id="",
        type=typ,
        trigger=Span(o0, o1, doc.text[o0:o1]),
        sentence=(s.start, s.end),
        modality=_modality(doc, g, lo),
        actors=actors,
        targets=[t for t in targets if t not in actors],
        location=loc.ent.id if loc else None,
        attribution=doc.attribution[g.sent],
    )
    ev.confidence = _CONFIDENCE[
        g.rep.trig.verb, bool(actors), loc is not None, len(g.members) > 1 or not g.anaphoric
    ]
    g.ev = ev
    g.place = loc.ent if loc else None


def _own_time(doc: Doc, g: Group, cands: list[tuple[TimeExpr, int]] | None) -> str | None:
    """The time of the group's sentence nearest its trigger (``cands``: the sentence's
    times with their normalised starts), preferring one inside the reported content."""
    if not cands:
        return None
    s = g.sent
    content_start = doc.ts[doc.content[s]] if doc.content[s] < len(doc.ts) else 0
    inside = [(t, ns) for t, ns in cands if ns >= content_start]
    pool = inside or cands
    pos = g.rep.ns
    return min(pool, key=lambda p: abs(p[1] - pos))[0].id


def _same_place(a: Group, b: Group) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return True
    if pa.canonical and pb.canonical:
        return pa.canonical == pb.canonical
    na, nb = cnorm(pa.text), cnorm(pb.text)
    return na in nb or nb in na


def _coref(a: Group, b: Group, near: bool = True) -> bool:
    ea, eb = a.ev, b.ev
    if ea.type != eb.type or ea.modality in ("denied", "expected"):
        return False
    if eb.modality in ("denied",) and ea.type != "ATTACK":
        return False
    if near and ea.location and eb.location and not _same_place(a, b):
        return False
    if ea.actors and eb.actors:
        if set(ea.actors) != set(eb.actors):
            return False
        if ea.targets and eb.targets and set(ea.targets) != set(eb.targets):
            return False
        return True
    return abs(a.sent - b.sent) <= 1 and not (ea.actors or eb.actors)


def _future_by_time(doc: Doc, groups: list[Group]) -> None:
    """«أعلن البنتاغون إرسال 3 آلاف جندي إلى الكويت خلال الأيام المقبلة»: a movement,
    withdrawal or base named by a noun, whose own time lies after the article's day, is
    planned (a verb says so itself: «سترسل»)."""
    # (the article's day may be a span: its last day counts)
    day = (doc.article_day or "").split("/")[-1][:10]
    after: dict[str, int] = {}  # time id -> its normalised start
    for t, ns, _, _ in doc.tspans:
        v = t.value
        if t.relation == "after" or (
            len(day) == 10 and isinstance(v, str) and _ISO_DAY(v) and v[:10] > day
        ):
            after[t.id] = ns  # «خلال الأيام المقبلة»، «الأسبوع المقبل»، «غداً»
    if not after:
        return
    for g in groups:
        if (
            g.own_time
            and g.ev.time in after
            and g.ev.modality == "asserted"
            and not g.rep.trig.verb
            and g.rep.trig.type in ("MOVEMENT", "WITHDRAWAL", "BASE", "TRAINING")
            # the time after the noun, in its clause («إرسال 3 آلاف جندي ... خلال الأيام
            # المقبلة»), not one a later clause has
            and after[g.ev.time] > g.rep.ns
            and doc.clause[doc.tok_at(after[g.ev.time])] == doc.clause[g.rep.ti]
            and not _has(doc, _LIGHT_PAST, max(doc.sspan[g.sent][0], g.rep.ti - 6), g.rep.ti)
        ):
            g.ev.modality = "planned"


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}").match
# a past light verb makes its noun a fact: «سيّرت الشرطة دورية»، «بدأت القوات انتشارها»
_LIGHT_PAST = word_class("سيرت سير نفذت نفذ بدأت بدأ أجرت أجرى أطلقت أطلق")


def _resolve_times(doc: Doc, groups: list[Group]) -> None:
    # the times of each sentence, and the groups' sentences (groups run in text order, so
    # the groups of a range of sentences are a slice found by bisection)
    times_of: dict[int, list[tuple[TimeExpr, int]]] = {}
    for t, ns, _, ts in doc.tspans:
        times_of.setdefault(ts, []).append((t, ns))
    sent_of = [g.sent for g in groups]
    bl, br = bisect.bisect_left, bisect.bisect_right
    for g in groups:
        if g.ev.modality == "expected":
            g.time_kind = "none"
            continue
        t = _own_time(doc, g, times_of.get(g.sent))
        if t:
            g.ev.time, g.own_time, g.time_kind = t, True, "own"
    # co-reference: near first (either direction), then any earlier one with the same actors
    for g in groups:
        if g.time_kind:
            continue
        s = g.sent
        near = [
            o
            for o in groups[bl(sent_of, s - 2) : br(sent_of, s + 2)]
            if o is not g and o.own_time and _coref(g, o)
        ]
        pick = None
        if near:
            pick = min(near, key=lambda o: abs(o.sent - s))
        elif g.ev.actors:
            # the last earlier one; far away, the same event needs the same targets or
            # the same place
            for o in reversed(groups[: bl(sent_of, s)]):
                if (
                    o.own_time
                    and _coref(g, o, near=False)
                    and (
                        (g.ev.targets and set(g.ev.targets) == set(o.ev.targets))
                        or (g.place is not None and o.place is not None and _same_place(g, o))
                    )
                ):
                    pick = o
                    break
        if pick is not None:
            g.ev.time, g.time_kind = pick.ev.time, "coref"
            if g.ev.attribution is None and near:
                g.ev.attribution = pick.ev.attribution
    for g in groups:
        if g.time_kind:
            continue
        s = g.sent
        same = groups[bl(sent_of, s) : br(sent_of, s)]
        ref = [o for o in same if o.time_kind == "coref" and o.ev.time]
        if ref:
            g.ev.time, g.time_kind = ref[0].ev.time, "sentence"
            continue
        if _present_tense(doc, g):
            g.ev.time, g.time_kind = doc.day_time, "day"
            continue
        if s > 0 and doc.cont[s]:
            prev = s - 1
            while prev >= 0 and doc.sents[prev].heading:
                prev -= 1
            pt = [o.ev.time for o in groups[bl(sent_of, prev) : br(sent_of, prev)] if o.ev.time]
            if not pt:
                pt = [t.id for t, _ in times_of.get(prev, ())]
            if pt:
                g.ev.time, g.time_kind = pt[0], "previous"
                continue
        # an undated narrative sentence: the story's last own time, else the article's day;
        # a background recap («وكان ... قد») keeps no time
        s0 = doc.sspan[s][0]
        if s0 < len(doc.tw) and doc.tw[s0] in RESET:
            g.time_kind = "none"
            continue
        new_topic = _has(doc, NEW_TOPIC, s0, min(s0 + 4, doc.sspan[s][1]))
        story = (
            []
            if new_topic
            else [
                o
                for o in groups[bl(sent_of, s - 2) : bl(sent_of, s)]
                if o.own_time
                and o.ev.modality != "expected"
                and not any(doc.sents[k].heading for k in range(o.sent, s))
            ]
        )
        if story:
            g.ev.time, g.time_kind = story[-1].ev.time, "story"
        elif doc.day_time:
            g.ev.time, g.time_kind = doc.day_time, "day"
        else:
            g.time_kind = "none"


_MOVE = ("MOVEMENT", "WITHDRAWAL", "TRAINING", "BASE", "OPERATION")
_UNIT_TYPES = {
    "troops": _MOVE,
    "fighters": _MOVE + ("ATTACK",),
    "vehicles": _MOVE,
    "convoys": _MOVE,
    "killed": ("ATTACK", "OPERATION"),
    "wounded": ("ATTACK", "OPERATION"),
    "missiles": ("ATTACK", "OPERATION"),
    "aircraft": ("ATTACK", "OPERATION", "MOVEMENT"),
    "arrested": ("ARREST",),
    "people": ("ARREST", "ATTACK"),
}


def _share_arguments(doc: Doc, groups: list[Group]) -> None:
    """Weapons and quantities of a sentence go to its nearest event that can hold them."""
    holders = {"MOVEMENT", "WITHDRAWAL", "ATTACK", "ARREST", "OPERATION", "TRAINING", "BASE"}
    by_sent: dict[int, list[Group]] = {}
    for g in groups:
        if g.rep.trig.type in holders:
            by_sent.setdefault(g.sent, []).append(g)
    for s, gs in by_sent.items():
        for m in doc.others[s]:
            ent = m.ent
            if ent.type == "QUANTITY" and ent.unit == "km":
                continue
            pool = gs
            if ent.type == "QUANTITY":
                fit = [g for g in gs if g.rep.trig.type in _UNIT_TYPES.get(ent.unit or "", ())]
                pool = fit or gs

            def dist(g: Group, m: Mention = m) -> int:
                # a quantity or weapon usually completes an earlier trigger
                if g.span[1] <= m.ns:
                    return m.ns - g.span[1]
                return 2 * (g.span[0] - m.ne)

            near = min(pool, key=dist)
            (near.ev.weapons if ent.type == "WEAPON" else near.ev.quantities).append(ent.id)
