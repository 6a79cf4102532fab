"""Events: triggers, arguments, modality, time and attribution on hand-made sentences.

Sentences are written with inline markup so that each test states its own
entities and times (the extractor of entities and times is tested elsewhere):

- ``[text|TYPE|canonical]`` an entity (``[قرابة 600 جندي|QUANTITY|600:troops]`` for
  a quantity: value and unit);
- ``{text|value|precision}`` a time expression.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import GOLD, SAMPLE
from workbench.core.events import find_events, load_lexicon
from workbench.core.forces import derive_forces
from workbench.core.model import Entity, Event, Force, TimeExpr
from workbench.core.text import normalize, sentences

_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)(?:\|([^\]]*))?\]|\{([^{}|]+)\|([^|}]*)\|([^}]+)\}")


def build(marked: str) -> tuple[str, list[Entity], list[TimeExpr]]:
    """Strip the markup; return the text with its entities and times."""
    out: list[str] = []
    ents: list[Entity] = []
    times: list[TimeExpr] = []
    pos = 0
    last = 0
    for m in _MARK.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        last = m.end()
        if m.group(1) is not None:
            span, typ, canon = m.group(1), m.group(2), m.group(3)
            e = Entity(f"m{len(ents) + 1}", pos, pos + len(span), span, typ, canon or None)
            if typ == "QUANTITY":
                value, unit = (canon or "0:other").split(":")
                e.canonical, e.value, e.approx, e.unit = None, int(value), True, unit
            ents.append(e)
        else:
            span, value, precision = m.group(4), m.group(5), m.group(6)
            times.append(
                TimeExpr(f"t{len(times) + 1}", pos, pos + len(span), span, value or None, precision)
            )
        out.append(span)
        pos += len(span)
    out.append(marked[last:])
    return "".join(out), ents, times


def run(marked: str, published: str = "2019-12-06") -> tuple[str, list[Event], list[Force]]:
    text, ents, times = build(marked)
    nt, sents = normalize(text), sentences(text)
    evs = find_events(text, nt, sents, ents, times, published=published)
    frc = derive_forces(text, nt, sents, ents, times, evs, published=published)
    for e in evs:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
    return text, evs, frc


def loc_text(text: str, marked: str, ev: Event) -> str | None:
    if ev.location is None:
        return None
    _, ents, _ = build(marked)
    e = next(x for x in ents if x.id == ev.location)
    return e.text


# ---------------------------------------------------------------- one event per sentence

CASES = [
    # (marked sentence, type, trigger, modality, actors, targets, location text)
    # infighting is fighting
    (
        "اندلع اقتتال عنيف بين [فرقة الحمزة|ACTOR|OTHER:hamza-division] و[الجبهة الشامية|ACTOR|"
        "OTHER:levant-front] في [الباب|LOCATION].",
        "ATTACK",
        "اقتتال",
        "asserted",
        ["OTHER:hamza-division", "OTHER:levant-front"],
        [],
        "الباب",
    ),
    # forces «belonging to» a side are that side's
    (
        "دخلت أرتال عسكرية تابعة لـ«[الجيش الوطني|ACTOR|FSA]»، صباح اليوم، بلدة [جنديرس|LOCATION].",
        "MOVEMENT",
        "دخلت أرتال",
        "asserted",
        ["FSA"],
        [],
        "جنديرس",
    ),
    # a long title before the official's name
    (
        "وقال رئيس هيئة الأركان في [الجيش الحر|ACTOR|FSA] اللواء [سليم إدريس|PERSON] إن الوضع "
        "مستقر.",
        "STATEMENT",
        "قال",
        "asserted",
        ["FSA"],
        [],
        None,
    ),
    # overrunning places is taking them
    (
        "اجتاح مسلحو [داعش|ACTOR|ISIS] صيف 2014 مدينة [الموصل|LOCATION].",
        "CONTROL",
        "اجتاح",
        "asserted",
        ["ISIS"],
        [],
        "الموصل",
    ),
    # a capture whose place comes after a long subject and a time
    (
        "سيطرت [قوات سوريا الديمقراطية|ACTOR|SDF] مدعومة بغطاء جوي من طيران "
        "[التحالف الدولي|ACTOR|COALITION] بقيادة واشنطن، مساء أمس السبت، على قرية "
        "[الكرامة|LOCATION] شرق الرقة.",
        "CONTROL",
        "سيطرت",
        "asserted",
        ["SDF"],
        [],
        "الكرامة",
    ),
    # a reply by fire is an attack
    (
        "وبدأت [فصائل المعارضة|ACTOR|FSA] رداً صاروخياً على مواقع [قوات النظام|ACTOR|SY_GOV] "
        "في [سهل الغاب|LOCATION].",
        "ATTACK",
        "رداً صاروخياً",
        "asserted",
        ["FSA"],
        ["SY_GOV"],
        "سهل الغاب",
    ),
    # a second subject after «و» and a unit noun («وفصائل من X») acts too
    (
        "دخل [الجيش التركي|ACTOR|TR] ووحدات من [الجيش الوطني|ACTOR|FSA] بلدة [جنديرس|LOCATION].",
        "MOVEMENT",
        "دخل",
        "asserted",
        ["TR", "FSA"],
        [],
        "جنديرس",
    ),
    # an assault by its state-media name; the soldiers killed a few words before are hit
    (
        "قتل خمسة جنود من [الجيش العراقي|ACTOR|IQ_GOV] جراء اعتداء بقذائف الهاون على "
        "[ناحية العظيم|LOCATION].",
        "ATTACK",
        "اعتداء",
        "asserted",
        [],
        ["IQ_GOV"],
        "ناحية العظيم",
    ),
    # inflicting losses on a side is a fight
    (
        "وكبّدت [هيئة تحرير الشام|ACTOR|NUSRA] المهاجمين خسائر فادحة في [كفرنبودة|LOCATION].",
        "ATTACK",
        "كبّدت",
        "asserted",
        ["NUSRA"],
        [],
        "كفرنبودة",
    ),
    # a batch of evacuees names the side leaving
    (
        "وتزامن ذلك مع خروج الدفعة الثانية من مقاتلي [فيلق الرحمن|ACTOR|OTHER:faylaq-al-rahman] "
        "من [عربين|LOCATION].",
        "WITHDRAWAL",
        "خروج",
        "asserted",
        ["OTHER:faylaq-al-rahman"],
        [],
        "عربين",
    ),
    # a deployment with the place first, then (past the place's apposition) the side
    (
        "وتنتشر في [وادي الفرات|LOCATION]، الممتد من [الميادين|LOCATION] إلى "
        "[البوكمال|LOCATION]، فصائل من [الحشد الشعبي|ACTOR|OTHER:pmf].",
        "MOVEMENT",
        "تنتشر",
        "asserted",
        ["OTHER:pmf"],
        [],
        "وادي الفرات",
    ),
    # a backer named between the subject and the trigger is not the subject
    (
        "وبدأت [قوات النظام|ACTOR|SY_GOV] بدعم جوي [روسي|ACTOR|RU] حملتها العسكرية على "
        "[ريف إدلب الجنوبي|LOCATION].",
        "OPERATION",
        "حملتها العسكرية",
        "asserted",
        ["SY_GOV"],
        [],
        "ريف إدلب الجنوبي",
    ),
    # reinforcing one's positions or forces is a reinforcement
    (
        "وواصلت [قوات سوريا الديمقراطية|ACTOR|SDF] تعزيز مواقعها في [عين عيسى|LOCATION].",
        "MOVEMENT",
        "تعزيز مواقعها",
        "asserted",
        ["SDF"],
        [],
        "عين عيسى",
    ),
    # a side right before the verb is its subject, the counted side after it its object
    (
        "وأكد المصدر أن [قوات البيشمركة|ACTOR|PESHMERGA] تحاصر نحو 200 من عناصر "
        "[داعش|ACTOR|ISIS] في [بعشيقة|LOCATION].",
        "OPERATION",
        "تحاصر",
        "asserted",
        ["PESHMERGA"],
        ["ISIS"],
        "بعشيقة",
    ),
    # an object pronoun on the verb points to the place named before
    (
        "وما زال [حي جوبر|LOCATION] بيد [فيلق الرحمن|ACTOR|OTHER:faylaq-al-rahman]، فيما "
        "تحاصره [قوات النظام|ACTOR|SY_GOV] من ثلاث جهات.",
        "OPERATION",
        "تحاصر",
        "asserted",
        ["SY_GOV"],
        [],
        "حي جوبر",
    ),
    # a cordon laid is a siege
    (
        "وأطبقت [قوات سوريا الديمقراطية|ACTOR|SDF] الطوق على [مدينة الطبقة|LOCATION].",
        "OPERATION",
        "الطوق",
        "asserted",
        ["SDF"],
        [],
        "مدينة الطبقة",
    ),
    # a siege «imposed» by a side: the side after the relative verb besieges
    (
        "تعاني بلدة [مضايا|LOCATION] من حصار طويل فرضته [قوات النظام|ACTOR|SY_GOV].",
        "OPERATION",
        "حصار",
        "asserted",
        ["SY_GOV"],
        [],
        "مضايا",
    ),
    # a partner on the ground named between the subject and the trigger acts too; it is
    # not the subject
    (
        "بسطت [القوات العراقية|ACTOR|IQ_GOV]، بمؤازرة [الحشد الشعبي|ACTOR|OTHER:pmf]، "
        "سيطرتها على [جرف الصخر|LOCATION].",
        "CONTROL",
        "سيطرتها",
        "asserted",
        ["IQ_GOV", "OTHER:pmf"],
        [],
        "جرف الصخر",
    ),
    (
        "انسحبت [القوات التركية|ACTOR|TR] من نقطة المراقبة في [مورك|LOCATION] بريف حماة.",
        "WITHDRAWAL",
        "انسحبت",
        "asserted",
        ["TR"],
        [],
        "مورك",
    ),
    (
        "قصفت [الطائرات الروسية|ACTOR|RU] بلدة [كفرنبل|LOCATION] جنوبي إدلب.",
        "ATTACK",
        "قصفت",
        "asserted",
        ["RU"],
        [],
        "كفرنبل",
    ),
    (
        "اندلعت اشتباكات عنيفة بين [قوات النظام|ACTOR|SY_GOV] و[هيئة تحرير الشام|ACTOR|NUSRA] "
        "في [ريف إدلب الجنوبي|LOCATION].",
        "ATTACK",
        "اشتباكات",
        "asserted",
        ["SY_GOV", "NUSRA"],
        [],
        "ريف إدلب الجنوبي",
    ),
    (
        "دفعت [القوات التركية|ACTOR|TR] بتعزيزات عسكرية جديدة إلى [جبل الزاوية|LOCATION].",
        "MOVEMENT",
        "دفعت",
        "asserted",
        ["TR"],
        [],
        "جبل الزاوية",
    ),
    (
        "وصل رتل عسكري أميركي إلى [قاعدة عين الأسد|LOCATION] غربي العراق.",
        "MOVEMENT",
        "وصل",
        "asserted",
        ["US"],
        [],
        "قاعدة عين الأسد",
    ),
    (
        "شنت [قوات الأمن العراقية|ACTOR|IQ_GOV] حملة دهم واعتقالات في [الموصل|LOCATION].",
        "ARREST",
        "حملة دهم واعتقالات",
        "asserted",
        ["IQ_GOV"],
        [],
        "الموصل",
    ),
    (
        "تعرضت نقطة [للجيش العراقي|ACTOR|IQ_GOV] لهجوم من قبل [مسلحين مجهولين|ACTOR|UNKNOWN] "
        "في [قضاء الطارمية|LOCATION].",
        "ATTACK",
        "هجوم",
        "asserted",
        ["UNKNOWN"],
        ["IQ_GOV"],
        "قضاء الطارمية",
    ),
    (
        "بدأت [تركيا|ACTOR|TR] عملية عسكرية ضد [الوحدات الكردية|ACTOR|YPG] في [عفرين|LOCATION].",
        "OPERATION",
        "عملية عسكرية",
        "asserted",
        ["TR"],
        ["YPG"],
        "عفرين",
    ),
    (
        "تعتزم [روسيا|ACTOR|RU] إنشاء قاعدة عسكرية في [مطار القامشلي|LOCATION].",
        "BASE",
        "إنشاء قاعدة عسكرية",
        "planned",
        ["RU"],
        [],
        "مطار القامشلي",
    ),
    # a town freed, announced with no military word near: control of the town
    (
        "أعلن [حيدر العبادي|PERSON] تحرير [مدينة الحويجة|LOCATION|al-hawijah]، آخر معقل كبير لتنظيم "
        "داعش في [شمال العراق|LOCATION].",
        "CONTROL",
        "تحرير",
        "asserted",
        [],
        [],
        "مدينة الحويجة",
    ),
    # the places of a strip «بين A وB» after «على»
    (
        "وسيطرت [القوات التركية|ACTOR|TR] على شريط حدودي بطول 120 كيلومتراً بين "
        "[تل أبيض|LOCATION] و[رأس العين|LOCATION].",
        "CONTROL",
        "سيطرت",
        "asserted",
        ["TR"],
        [],
        "رأس العين",
    ),
    # «عليها» after the sides of a control noun: the place named before
    (
        "وهي أول مرة تشهد فيها [عفرين|LOCATION] اقتتالاً منذ سيطرة "
        "[الجيش التركي|ACTOR|TR] وفصائل «[الجيش الوطني|ACTOR|FSA]» عليها.",
        "CONTROL",
        "سيطرة",
        "asserted",
        ["TR", "FSA"],
        [],
        "عفرين",
    ),
    (
        "ستنسحب [القوات الأميركية|ACTOR|US] من [قاعدة التنف|LOCATION] خلال أسابيع.",
        "WITHDRAWAL",
        "تنسحب",
        "planned",
        ["US"],
        [],
        "قاعدة التنف",
    ),
    (
        "لم تنسحب [القوات الأميركية|ACTOR|US] من [منبج|LOCATION] حتى الآن.",
        "WITHDRAWAL",
        "تنسحب",
        "denied",
        ["US"],
        [],
        "منبج",
    ),
    (
        "نفت مصادر محلية وقوع اشتباكات في مدينة [منبج|LOCATION].",
        "ATTACK",
        "اشتباكات",
        "denied",
        [],
        [],
        "منبج",
    ),
    (
        "رفعت [قسد|ACTOR|SDF] الجاهزية تحسباً لهجمات من [تنظيم داعش|ACTOR|ISIS].",
        "ATTACK",
        "هجمات",
        "expected",
        ["ISIS"],
        ["SDF"],
        None,
    ),
    (
        "تقع مدينة [منبج|LOCATION] الخاضعة لسيطرة [قسد|ACTOR|SDF] شرقي حلب.",
        "CONTROL",
        "الخاضعة لسيطرة",
        "asserted",
        ["SDF"],
        [],
        "منبج",
    ),
    (
        "تسيطر [هيئة تحرير الشام|ACTOR|NUSRA] على معظم [محافظة إدلب|LOCATION].",
        "CONTROL",
        "تسيطر",
        "asserted",
        ["NUSRA"],
        [],
        "محافظة إدلب",
    ),
    (
        "سيرت [القوات الروسية|ACTOR|RU] و[التركية|ACTOR|TR] دورية مشتركة على "
        "[الطريق الدولي|LOCATION].",
        "TRAINING",
        "دورية مشتركة",
        "asserted",
        ["RU", "TR"],
        [],
        "الطريق الدولي",
    ),
    (
        "توصلت [روسيا|ACTOR|RU] و[تركيا|ACTOR|TR] إلى اتفاق لوقف إطلاق النار في [إدلب|LOCATION].",
        "AGREEMENT",
        "اتفاق",
        "asserted",
        ["RU", "TR"],
        [],
        "إدلب",
    ),
    # a noun's actor is its genitive, not a later noun: «عملية ... لملاحقة عناصر التنظيم»
    # (the pursued elements are the target)
    (
        "أطلقت [القوات العراقية|ACTOR|IQ_GOV] عملية عسكرية واسعة لملاحقة عناصر "
        "[التنظيم|ACTOR|ISIS] بمشاركة [طيران التحالف|ACTOR|COALITION].",
        "OPERATION",
        "عملية عسكرية",
        "asserted",
        ["IQ_GOV", "COALITION"],
        ["ISIS"],
        None,
    ),
    # «رتل للقوات الأميركية»: the convoy's owner is its actor
    (
        "وقالت المصادر إن رتلاً ل[لقوات الأميركية|ACTOR|US] دخل [قاعدة الشدادي|LOCATION].",
        "MOVEMENT",
        "دخل",
        "asserted",
        ["US"],
        [],
        "قاعدة الشدادي",
    ),
    # a likely movement is planned (an anticipated attack would be expected)
    (
        "ومن المتوقع أن تصل تعزيزات تركية إلى [إدلب|LOCATION] خلال أيام.",
        "MOVEMENT",
        "تصل",
        "planned",
        ["TR"],
        [],
        "إدلب",
    ),
    # «بين» is not the reporting verb «بيّن»
    (
        "وتدور معارك عنيفة بين [القوات الحكومية|ACTOR|OTHER:yemen-gov] و"
        "[الحوثيين|ACTOR|OTHER:houthis] في [مأرب|LOCATION].",
        "ATTACK",
        "معارك",
        "asserted",
        ["OTHER:yemen-gov", "OTHER:houthis"],
        [],
        "مأرب",
    ),
    # a killing: victims are targets, «برصاص X» names the killer
    (
        "مقتل جنديين من [الجيش التركي|ACTOR|TR] برصاص [قسد|ACTOR|SDF] في [ريف حلب|LOCATION].",
        "ATTACK",
        "رصاص",
        "asserted",
        ["SDF"],
        ["TR"],
        "ريف حلب",
    ),
    (
        "قتل جندي من [الجيش العراقي|ACTOR|IQ_GOV] في [تكريت|LOCATION].",
        "ATTACK",
        "قتل",
        "asserted",
        [],
        ["IQ_GOV"],
        "تكريت",
    ),
    # the far subject of «تعرض لـ», and the owner named by an adjective after a base
    (
        "وتعرضت قاعدة [فيكتوريا|LOCATION] التي تضم [قوات أمريكية|ACTOR|US] قرب "
        "[مطار بغداد|LOCATION] لهجوم بطائرة مسيرة.",
        "ATTACK",
        "هجوم",
        "asserted",
        [],
        ["US"],
        "مطار بغداد",
    ),
    (
        "استهدفت [طائرة مسيرة|WEAPON] قاعدة [أمريكية|ACTOR|US] في [حقل العمر|LOCATION].",
        "ATTACK",
        "استهدفت",
        "asserted",
        [],
        ["US"],
        "حقل العمر",
    ),
    # a base that hosts X: X is the target
    (
        "استهدفت صواريخ قاعدة [حرير|LOCATION]، التي تستضيف [قوات فرنسية|ACTOR|FR].",
        "ATTACK",
        "استهدفت",
        "asserted",
        [],
        ["FR"],
        "حرير",
    ),
    # pronoun suffixes on a trigger
    (
        "ويخشى مسؤولون أن يصعد [التنظيم|ACTOR|ISIS] هجماته في [كركوك|LOCATION].",
        "ATTACK",
        "هجمات",
        "expected",
        ["ISIS"],
        [],
        "كركوك",
    ),
    (
        "أعلن وزير الدفاع التركي [خلوصي أكار|PERSON] أن بلاده لن تقبل بذلك.",
        "STATEMENT",
        "أعلن",
        "asserted",
        ["TR"],
        [],
        None,
    ),
    (
        "استهدفت [طائرة مسيرة|WEAPON] سيارة تقل عناصر من [حزب الله|ACTOR|HEZBOLLAH] قرب "
        "[القنيطرة|LOCATION].",
        "ATTACK",
        "استهدفت",
        "asserted",
        [],
        ["HEZBOLLAH"],
        "القنيطرة",
    ),
]


@pytest.mark.parametrize(
    "marked,typ,trigger,modality,actors,targets,location", CASES, ids=range(len(CASES))
)
def test_single_event(marked, typ, trigger, modality, actors, targets, location):
    text, evs, _ = run(marked)
    assert [e.type for e in evs] == [typ], [e.to_dict() for e in evs]
    ev = evs[0]
    assert ev.id == "e1"
    assert ev.trigger.text.startswith(trigger) or trigger.endswith(ev.trigger.text), ev.trigger
    assert ev.modality == modality
    assert ev.actors == actors
    assert ev.targets == targets
    assert loc_text(text, marked, ev) == location


# ---------------------------------------------------------------- no event

NONE = [
    "وأكد المسؤول أن الإجراءات تهدف إلى حماية المدنيين من أي هجوم.",  # generic «أي هجوم»
    "نشرت [صحيفة الغارديان|ORG] تقريراً مطولاً عن الانتخابات.",  # نشر = publish
    "عبرت [الأمم المتحدة|ORG] عن قلقها إزاء الوضع الإنساني.",  # عبّر عن = express
    "وصلت القافلة قادمة من [حلب|LOCATION]\nتعزيزات روسية إلى القامشلي",  # no military word; heading
    "وانتقل الوفد عبر [الطريق الدولي|LOCATION] إلى [دمشق|LOCATION].",  # عبر = via
    "وصل الوزير إلى [بغداد|LOCATION] في زيارة رسمية.",  # a visit is not a force movement
    "وحضر الاجتماع ممثلون عن دوريات الشرطة المحلية.",  # a bare patrol noun is no training
    "وشهدت الجزيرة مقتل 172 شخصاً في موجة تسونامي.",  # a disaster toll
    "وتولى الخلافة بعد مقتل الخليفة عثمان.",  # a past killing referred to
    "بثت سحب الرماد والدخان الرعب في نفوس القرويين.",  # سحب = clouds
    "وتستهدف الحملة النهوض بالوعي العام.",  # تستهدف = aims at
    "تتوجه الوزيرة الأميركية إلى [الشرق الأوسط|LOCATION] الأسبوع المقبل.",  # a visit
    "وصلت قافلة مساعدات إنسانية إلى [دوما|LOCATION].",  # an aid convoy
    "وشن النائب هجوماً حاداً على الحكومة في الجلسة.",  # a verbal attack
    "وتستعد الأحزاب لمعركة انتخابية صعبة.",  # an election battle
    "ووقع البلدان اتفاقاً تجارياً جديداً.",  # a trade deal
    "وتتهم [واشنطن|ACTOR|US] فصائل موالية لإيران بالوقوف وراء هجمات مماثلة.",  # generic
    "التقى الوفد بقادة [قوات الانتشار السريع|ACTOR|OTHER:rsf].",  # a trigger inside a name
    "وارتفع عدد من قتلوا منذ بداية العام إلى 200 مسلح.",  # a count of past victims
    "قال [المرصد السوري|ORG] إن الوضع هادئ.",  # a monitor's statement is no event
    "وقال الخبير العسكري [أحمد الرحال|PERSON] إن الوضع معقد.",  # an analyst
    "وقال [ليونيل ميسي|PERSON] إن الفريق جاهز للمباراة.",  # a person with no official role
    "وتوسع الشركة عملياتها في الأسواق الخليجية.",  # a company's operations
    "ونادراً ما يعلق الجيش على عملياتها.",  # operations referred to
    "ستسلم الشركة الشقق للمالكين الشهر المقبل.",  # handing over flats
    "سترد أسماء الفائزين في القائمة النهائية.",  # سترد = will appear
    "وأشرفت اللجنة على تسوية أوضاع 200 شاب.",  # settling a person's status
    "ويقطن آلاف النازحين في مناطق انتشار القوات الحكومية.",  # a place named by a deployment
    "ورفع الحصار الاقتصادي عن [غزة|LOCATION] مطلب شعبي.",  # an economic siege
    "وتجول الوزير في أسواق [المدينة القديمة|LOCATION].",  # a visit, not a patrol
    "وقال مدير [المرصد السوري|ORG] [رامي عبد الرحمن|PERSON] إن الوضع هادئ.",  # a monitor
    "وأطلقت السلطات سراح 20 معتقلا.",  # أطلق سراح = release
    "وذكرت [وكالة سانا|ORG] أن الوضع مستقر.",  # an agency's report
    "وبدأت محادثات تجارية بين البلدين.",  # trade talks, no armed side
    "وتراجعت الحكومة عن قرارها السابق.",  # backing away from a decision
    "وأدى انهيار المبنى إلى أضرار كبيرة.",  # a building collapsing
    "وسقطت طائرة مسيرة قرب القاعدة.",  # a drone falling, no town
    "ورفعت الحكومة الحظر عن المعابر.",  # lifting a ban, no flag raised
    "وأعادت الحكومة فتح المعبر أمام المسافرين.",  # reopening, not security restored
    "وبدأت عمليات إجلاء المدنيين من [الحي|LOCATION].",  # civilians evacuated
    "ويتحصن معظم عناصر [داعش|ACTOR|ISIS] في [البوكمال|LOCATION].",  # presence, no event
    "وقال الوزير في رد على سؤال إن الوضع مستقر.",  # a reply to a question
    "وأشاد القائد بأداء قوات الرد السريع.",  # a unit's name
    "وجاء رد فعل الشارع غاضباً.",  # a reaction
    "وانحازت الحكومة إلى جانب المتظاهرين.",  # taking sides
    "واحتلت الشركة المرتبة الأولى في السوق.",  # a rank
    "وحرر الكاتب مقالاً عن تاريخ المدينة.",  # editing an article
    "وأصدرت المحكمة حكماً بالإعدام على المتهم.",  # a court's sentence
    "وقال قائد عمليات «قادمون يا تلعفر» إن الوضع مستقر.",  # a commander's title
    "وأجرى الطبيب عملية جراحية بدأت صباحاً.",  # surgery
    "نقلت [الإخبارية السورية|ORG] عن مصدر عسكري قوله إن الوضع مستقر.",  # quoting
    "وتطالب المنظمات بتحرير المرأة من القيود.",  # no town freed
    "واعترضت الحكومة على القرار.",  # objecting
    "وقال إن الحكومة ستتعامل مع الأزمة الاقتصادية بحكمة.",  # no attack near
    "وأطلقت الحكومة حملة توعية.",  # a campaign launched
    "وخضع المريض لعملية جراحية.",  # surgery
    "بعد أيام من إعلانها تعليق عملياتها العسكرية ضد القوات الأميركية.",  # a suspension
    "ما دفع [قسد|ACTOR|SDF] إلى التلويح بوقف عملياتها ضد التنظيم.",  # a stop threatened
    "وخرج الأهالي فجر اليوم إلى الأسواق.",  # dawn
    "وتصدت الحكومة للأزمة الاقتصادية.",  # facing a crisis
    "وطالب الوزير باستعادة السيطرة على الأسعار.",  # prices
    "وتشمل منطقة خفض التصعيد ثلاث محافظات.",  # the de-escalation zone
    "وستدفع الحكومة رواتب الموظفين الشهر المقبل.",  # paying salaries
    "ووصف القائد ما يجري بأنه تهجير قسري للسكان.",  # forced displacement of people
    "وقالت [حركة أحرار الشام|ORG] في تسجيل نشرته عبر تلغرام إن الوضع هادئ.",  # published
    "ووافق المجلس على استعادة [دمشق|LOCATION] مقعدها في الجامعة.",  # a seat regained
]


REPLIES = [
    # (marked text, actors, targets): a reply threatened, reserved or awaited is a planned
    # attack by the side that threatens it, on the side after «على»
    ("وتوعد [الحرس الثوري|ACTOR|IR] بالرد على [داعش|ACTOR|ISIS].", ["IR"], ["ISIS"]),
    ("وأكدت [تركيا|ACTOR|TR] أنها تحتفظ بحق الرد في الوقت المناسب.", ["TR"], []),
    ("وقال إن اعتداء [الجيش|ACTOR|SY_GOV] على البلدة لن يمر من دون رد.", [], []),
    ("وأوعز الرئيس إلى [الجيش اللبناني|ACTOR|OTHER:lebanon] بالرد على مصادر النيران.", [], []),
    # the side of an earlier clause, when the threatening verb has none of its own
    (
        "ونفت [كتائب حزب الله|ACTOR|OTHER:kataib-hezbollah] في بيان أي علاقة لها بالتفجير، "
        "وتوعدت بالرد.",
        ["OTHER:kataib-hezbollah"],
        [],
    ),
]


@pytest.mark.parametrize("marked,actors,targets", REPLIES, ids=range(len(REPLIES)))
def test_a_threatened_reply_is_a_planned_attack(marked, actors, targets):
    _, evs, _ = run(marked)
    rep = [e for e in evs if e.type == "ATTACK" and "رد" in e.trigger.text]
    assert len(rep) == 1, [e.to_dict() for e in evs]
    assert rep[0].modality == "planned"
    if actors:
        assert rep[0].actors == actors
    assert rep[0].targets == targets


def test_the_repellers_killing_with_its_count_is_an_attack_of_its_own():
    _, evs, _ = run(
        "وصدت [فصائل المعارضة|ACTOR|FSA] هجوماً شنه [التنظيم|ACTOR|ISIS] على "
        "[بلدة مارع|LOCATION]، وقتلت [12 من عناصره|QUANTITY|12:fighters]."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [
        ("ATTACK", "صدت"),
        ("ATTACK", "هجوماً"),
        ("ATTACK", "قتلت"),
    ]


def test_a_count_with_li_after_a_passive_verb_names_the_side_hit():
    _, evs, _ = run(
        "تعرضت [القوات الأمريكية|ACTOR|US] [لأكثر من 60 هجوماً|QUANTITY|60:attacks] في "
        "[العراق|LOCATION]."
    )
    assert [(e.type, e.actors, e.targets) for e in evs] == [("ATTACK", [], ["US"])]


def test_munitions_of_another_attack_are_no_attack_of_their_own():
    _, evs, _ = run(
        "وجاء الرد بعد استهداف [قاعدة تركية|LOCATION] [بصواريخ|WEAPON|missile] أطلقت من "
        "[المنطقة|LOCATION]."
    )
    assert [e.trigger.text for e in evs if e.type == "ATTACK"] == ["استهداف"]


def test_an_event_nouns_start_is_no_movement():
    _, evs, _ = run("أعلنت القيادة تحرير [قاعدة القيارة|LOCATION] بعد عملية عسكرية انطلقت فجراً.")
    assert "MOVEMENT" not in [e.type for e in evs]
    _, evs, _ = run(
        "وانطلقت أرتال عسكرية [تركية|ACTOR|TR] من [معبر كفرلوسين|LOCATION] نحو [ريف إدلب|LOCATION]."
    )
    assert [e.type for e in evs] == ["MOVEMENT"]


def test_the_attack_a_reply_answers_is_an_event_of_its_own():
    _, evs, _ = run(
        "وشنت [القوات الأميركية|ACTOR|US] غارات على [البوكمال|LOCATION] رداً على هجمات "
        "بطائرات مسيّرة على قواعدها."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("ATTACK", "غارات"), ("ATTACK", "هجمات")]


@pytest.mark.parametrize("marked", NONE, ids=range(len(NONE)))
def test_no_event(marked):
    _, evs, _ = run(marked)
    assert evs == [], [e.to_dict() for e in evs]


# ---------------------------------------------------------------- nominal and idiomatic triggers,
# statements of armed actors, carried subjects, modality (own sentences, other places)

TYPES = [
    # ending a force's presence or mission: a withdrawal, by those forces
    (
        "وصوّت البرلمان على قرار يلزم الحكومة بإنهاء وجود [القوات الأجنبية|ACTOR|COALITION] على "
        "[الأراضي العراقية|LOCATION].",
        [("WITHDRAWAL", ["COALITION"])],
    ),
    ("ودعا إلى إنهاء الحصار المفروض على [المدينة|LOCATION].", []),
    # the noun of a retreat, not of a retraction
    (
        "واضطر عناصر [التنظيم|ACTOR|ISIS] إلى التراجع من [المدينة|LOCATION].",
        [("WITHDRAWAL", ["ISIS"])],
    ),
    ("وأعلن الوزير التراجع عن قراره.", [("STATEMENT", [])]),
    # (marked text, [(type, actors)] in order)
    ("تصدت الدفاعات الجوية لعدوان جوي أمريكي على [صنعاء|LOCATION].", [("ATTACK", ["US"])]),
    # «انحازوا من»: a withdrawal in the jihadists' word; occupying towns is control
    (
        "وقالت [وكالة أعماق|ORG] إن مقاتلي [التنظيم|ACTOR|ISIS] «انحازوا» من "
        "[المدينة|LOCATION] ليلاً.",
        [("WITHDRAWAL", ["ISIS"])],
    ),
    (
        "وتشن [تركيا|ACTOR|TR] هجمات على شمال سوريا، احتلت خلالها مدينتي "
        "[رأس العين|LOCATION] و[تل أبيض|LOCATION].",
        [("ATTACK", ["TR"]), ("CONTROL", ["TR"])],
    ),
    # a possessed control noun with a partner: the announcing side and the partner
    (
        "أعلن [حزب الله|ACTOR|HEZBOLLAH] سيطرته مع [جيش النظام|ACTOR|SY_GOV] على "
        "[تلة موسى|LOCATION].",
        [("STATEMENT", ["HEZBOLLAH"]), ("CONTROL", ["HEZBOLLAH", "SY_GOV"])],
    ),
    # fighters called «mujahideen» are a military subject; «حرر» is a capture
    ("وأفاد المراسل بأن المجاهدين تقدموا نحو [جرود الجبة|LOCATION].", [("MOVEMENT", [])]),
    (
        "حرر مجاهدو [حزب الله|ACTOR|HEZBOLLAH] [تلة موسى|LOCATION] فجر اليوم.",
        [("CONTROL", ["HEZBOLLAH"])],
    ),
    # a ministry sending units is a reinforcement (a minister arriving is a visit); a side
    # reinforcing its own positions
    (
        "ودفعت وزارة الداخلية بفوجين من [قوات الرد السريع|ACTOR|IQ_GOV] إلى [كركوك|LOCATION].",
        [("MOVEMENT", ["IQ_GOV"])],
    ),
    (
        "و[الجيش اللبناني|ACTOR|OTHER:lebanon] عزز مواقعه في [وادي حميد|LOCATION].",
        [("MOVEMENT", ["OTHER:lebanon"])],
    ),
    # an operation that started, and operations by their quoted name (not in a commander's
    # title)
    (
        "وسيطرت [المقاومة|ACTOR|HEZBOLLAH] على [تلة الثلاجة|LOCATION]، في إطار عملية واسعة "
        "انطلقت في الرابع من أيار.",
        [("CONTROL", ["HEZBOLLAH"]), ("OPERATION", ["HEZBOLLAH"])],
    ),
    ("بعد أربعة أيام من انطلاق عمليات «قادمون يا نينوى».", [("OPERATION", [])]),
    # munitions fired (passive, or their subject before the verb); interceptions; a threat
    # to deal with a side after an attack
    (
        "وأوضح [البنتاغون|ACTOR|US] أن [105 صواريخ|WEAPON|missile] أُطلقت من مدمرات في "
        "[البحر الأحمر|LOCATION].",
        [("STATEMENT", ["US"]), ("ATTACK", [])],
    ),
    (
        "واعترضت الدفاعات [الجوية السورية|ACTOR|SY_GOV] 71 [صاروخاً|WEAPON|missile].",
        [("ATTACK", ["SY_GOV"])],
    ),
    (
        "وقصفت طائرات مجهولة مستودعاً قرب [بغداد|LOCATION]. وأكد أن "
        "[الحشد|ACTOR|OTHER:pmf] سيتعامل معها بكل حزم.",
        [("ATTACK", []), ("ATTACK", ["OTHER:pmf"])],
    ),
    # a state's operation, one against terrorism
    (
        "وأعلن [البنتاغون|ACTOR|US] مقتل زعيم التنظيم في عملية أميركية في [إدلب|LOCATION].",
        [("STATEMENT", ["US"]), ("ATTACK", []), ("OPERATION", ["US"])],
    ),
    ("وقتل القيادي خلال عملية لمكافحة الإرهاب.", [("OPERATION", [])]),
    # «فجّر» (blew up) with its shadda, or with a charge or «نفسه» after it; not dawn
    ("فجّر [داعش|ACTOR|ISIS] جامع النوري في [الموصل|LOCATION].", [("ATTACK", ["ISIS"])]),
    ("وفجر انتحاري نفسه قرب الحاجز.", [("ATTACK", [])]),
    # air defences engaging missiles
    (
        "وتصدت [وسائط الدفاع الجوي|ACTOR|SY_GOV] [للصواريخ المعادية|WEAPON|missile] وأسقطت بعضها.",
        [("ATTACK", ["SY_GOV"])],
    ),
    # reducing troop numbers (not the de-escalation zone); holding the ground
    (
        "وتعهدت [الولايات المتحدة|ACTOR|US] بمواصلة خفض عدد قواتها في [العراق|LOCATION].",
        [("WITHDRAWAL", ["US"])],
    ),
    # a vow of revenge; fighters displaced under a deal (one event, not an operation too)
    (
        "وتوعد [الحرس الثوري|ACTOR|IR] بأن [إسرائيل|ACTOR|OTHER:israel] ستدفع ثمن هذه الجريمة.",
        [("ATTACK", ["IR"])],
    ),
    (
        "بدأت صباح اليوم عملية تهجير مقاتلي [حركة أحرار الشام|ACTOR|OTHER:ahrar-al-sham] "
        "من [مدينة حرستا|LOCATION].",
        [("WITHDRAWAL", ["OTHER:ahrar-al-sham"])],
    ),
    # a military build-up
    (
        "وأعربت واشنطن عن قلقها من الحشد العسكري [الروسي|ACTOR|RU] في [اللاذقية|LOCATION].",
        [("MOVEMENT", ["RU"])],
    ),
    # control named outright with no military word near; two operations by their names
    (
        "أعلنت القيادة، أمس، استعادة السيطرة على [مدينة بيجي|LOCATION].",
        [("STATEMENT", []), ("CONTROL", [])],
    ),
    ("وأطلقت [أنقرة|ACTOR|TR] عمليتي «مخلب النسر» و«مخلب النمر».", [("OPERATION", ["TR"])]),
    # a fire preparation is an attack
    ("وسبقت الهجوم البري تمهيد ناري عنيف على [تلة الكبانة|LOCATION].", [("ATTACK", [])]),
    # executions are attacks
    (
        "وكان [داعش|ACTOR|ISIS] قد أعدم عشرات الرجال في [قرية كوجو|LOCATION].",
        [("ATTACK", ["ISIS"])],
    ),
    ("بعد إعدام [داعش|ACTOR|ISIS] الطيار الأردني.", [("ATTACK", ["ISIS"])]),
    # munitions falling are an attack, fired by no one the reporter names (not a town's fall)
    (
        "أعلنت [خلية الإعلام الأمني|ACTOR|IQ_GOV] سقوط [ثلاثة صواريخ|QUANTITY|3:rockets] "
        "[كاتيوشا|WEAPON|katyusha] على [معسكر التاجي|LOCATION].",
        [("STATEMENT", ["IQ_GOV"]), ("ATTACK", [])],
    ),
    ("وسقطت [قذيفتان|WEAPON|shell] على [حي المشارقة|LOCATION].", [("ATTACK", [])]),
    ("ويعد سقوط [الموصل|LOCATION] أكبر انتكاسة للحكومة.", [("CONTROL", [])]),
    # storming a town is an assault (its subject may be counted: «عشرات من عناصر X»);
    # storming a house, or a raid for arrests, is no assault
    (
        "واقتحم [عشرات|QUANTITY|24:fighters] من عناصر [داعش|ACTOR|ISIS] قرية [الشبكي|LOCATION].",
        [("ATTACK", ["ISIS"])],
    ),
    ("واقتحمت القوات منزل المطلوب واعتقلته.", [("ARREST", [])]),
    (
        "واقتحمت [قوات النظام|ACTOR|SY_GOV] [بلدة الكرك|LOCATION] واعتقلت "
        "[عشرات الشبان|QUANTITY|24:arrested].",
        [("ARREST", ["SY_GOV"])],
    ),
    # the side named right before «المحاصرين» is besieged; an object right after the
    # subject is no second subject
    (
        "ودعا [جيش الفتح|ACTOR|OTHER:jaish-al-fateh] عناصر [النظام|ACTOR|SY_GOV] المحاصرين في "
        "[المشفى الوطني|LOCATION] إلى الاستسلام.",
        [("STATEMENT", ["OTHER:jaish-al-fateh"]), ("OPERATION", [])],
    ),
    (
        "وتحاصر [فصائل المعارضة|ACTOR|FSA] [قوات النظام|ACTOR|SY_GOV] في "
        "[مطار أبو الظهور|LOCATION].",
        [("OPERATION", ["FSA"])],
    ),
    # a unit named after the verb («قبل أن تنسحب القوة») is the unit an earlier event of
    # the sentence named
    (
        "وقع اشتباك بين القوة [الإسرائيلية|ACTOR|OTHER:israel] المتوغلة ومسلحين من أبناء "
        "البلدة، قبل أن تنسحب القوة باتجاه [الجولان|LOCATION].",
        [("ATTACK", ["OTHER:israel"]), ("WITHDRAWAL", ["OTHER:israel"])],
    ),
    # «مقاتليها/مقاتليهم» (their fighters) are the speaker's side
    (
        "وقال المتحدث باسم [قسد|ACTOR|SDF] إن مقاتليها سيطروا على [بلدة الباغوز|LOCATION].",
        [("STATEMENT", ["SDF"]), ("CONTROL", ["SDF"])],
    ),
    # a patrol past a time after its light verb; a raid from the air; a «قيادي» speaks for
    # his group; dual nationality adjectives; victims after a casualty verb
    (
        "وسيّرت [الشرطة العسكرية الروسية|ACTOR|RU]، {صباح اليوم|2019-12-06|part-of-day}، "
        "دورية في [حي طي|LOCATION].",
        [("TRAINING", ["RU"])],
    ),
    (
        "وأغارت طائرات [التحالف الدولي|ACTOR|COALITION] على [بلدة حميمة|LOCATION].",
        [("ATTACK", ["COALITION"])],
    ),
    # the owner of the aircraft that strike («تابعة لـX») is the attacker, not a side hit;
    # what is hit keeps its owner as the target
    (
        "وقصفت [طائرات|WEAPON|aircraft] تابعة ل[لتحالف|ACTOR|COALITION] [بلدة كفرنبل|LOCATION].",
        [("ATTACK", ["COALITION"])],
    ),
    (
        "وقال ناشطون إن [الطيران الحربي|WEAPON|aircraft] التابع ل[لنظام|ACTOR|SY_GOV] شن غارات "
        "على [بلدة كفرنبل|LOCATION].",
        [("ATTACK", ["SY_GOV"])],
    ),
    (
        "واستهدفت الضربات مستودعات و[طائرات مسيّرة|WEAPON|drone] تابعة ل[فيلق القدس|ACTOR|IR].",
        [("ATTACK", [])],
    ),
    (
        'وقال القيادي في "[فرقة السلطان مراد|ACTOR|OTHER:sultan-murad-division]" أبو عمر إن '
        "الوضع مستقر.",
        [("STATEMENT", ["OTHER:sultan-murad-division"])],
    ),
    (
        "وتمركزت [عربتان|QUANTITY|2:vehicles] روسيتان عند مدخل [حي طي|LOCATION].",
        [("MOVEMENT", ["RU"])],
    ),
    (
        "وقتل [جنديان|QUANTITY|2:killed] أمريكيان في هجوم على [قاعدة التنف|LOCATION].",
        [("ATTACK", [])],
    ),
    # special and night operations; clearing mines (a WEAPON after «تفكيك/إزالة»); no
    # operation in «غرف عمليات مشتركة» nor in clearing rubble
    (
        "وقال [الجيش الإسرائيلي|ACTOR|OTHER:israel] إن قواته نفذت عملية ليلية في "
        "[بيت جن|LOCATION].",
        [("STATEMENT", ["OTHER:israel"]), ("OPERATION", ["OTHER:israel"])],
    ),
    (
        "وتعمل وحدات الهندسة على تفكيك [الألغام|WEAPON|mines] في [حي الجمعيات|LOCATION].",
        [("OPERATION", [])],
    ),
    ("وتعمل البلدية على إزالة الأنقاض من الشوارع.", []),
    (
        "وكانت [بغداد|ACTOR|IQ_GOV] و[أربيل|ACTOR|OTHER:krg] قد اتفقتا على تشكيل غرف عمليات مشتركة.",
        [("AGREEMENT", ["IQ_GOV", "OTHER:krg"])],
    ),
    # «أعلنت الجماعة أنها استهدفت»: a statement, and the attack it claims (its source the
    # actor)
    (
        "أعلنت [جماعة الحوثي|ACTOR|OTHER:houthis]، {الأحد|2020-05-31|day}، أنها استهدفت "
        "[مطار أبها|LOCATION] بطائرة مسيرة.",
        [("STATEMENT", ["OTHER:houthis"]), ("ATTACK", ["OTHER:houthis"])],
    ),
    # a governor speaks for his government (the outlet he told is no obstacle); a monitor
    # does not
    (
        "وقال محافظ [حمص|LOCATION|homs] [طلال البرازي|PERSON] ل[وكالة فرانس برس|ORG|afp] إن "
        "الوضع هادئ.",
        [("STATEMENT", ["SY_GOV"])],
    ),
    (
        "وقال مدير [المرصد|ORG|sohr] [رامي عبد الرحمن|PERSON] ل[وكالة فرانس برس|ORG|afp] إن "
        "الوضع هادئ.",
        [],
    ),
    # an officer with a long title and rank speaks, whatever quote marks the outlet told takes
    (
        "وقال قائد عمليات [صلاح الدين|LOCATION] الفريق الركن [جمعة عناد|PERSON]، "
        'لـ"[العربي الجديد|ORG|alaraby]"، إن القطعات تقدمت.',
        [("STATEMENT", []), ("MOVEMENT", [])],
    ),
    # a known person speaks for the side he served that year (person_sides.tsv)
    ("وقال [أردوغان|PERSON|erdogan] إن الوضع هادئ.", [("STATEMENT", ["TR"])]),
    # (in 2019 al-Abadi, no longer prime minister, speaks for no side)
    ("وقال [حيدر العبادي|PERSON|al-abadi] إن الوضع هادئ.", []),
    # a massacre «بحق» a side: that side is hit, not the attacker (and not «ضد X» of
    # another event before it)
    (
        "ارتكب [الطيران الحربي الروسي|ACTOR|RU] مجزرة بحق مقاتلي [فيلق الشام|ACTOR|OTHER:faylaq-al-sham] "
        "إثر غارات استهدفت معسكرا في [جبل الدويلة|LOCATION].",
        [("ATTACK", ["RU"])],
    ),
    # «الإرهابيين» (SANA's word for the armed groups) is a military context: fleeing
    (
        "وقال المصدر إن عشرات الإرهابيين قتلوا، فيما فرّ من تبقى منهم باتجاه "
        "[بلدة السخنة|LOCATION].",
        [("ATTACK", []), ("WITHDRAWAL", [])],
    ),
    # a movement prevented is none made
    (
        "وقال إن [الطيران الأميركي|ACTOR|US] يمنع وصول المياه إلى [البادية السورية|LOCATION].",
        [],
    ),
    # «سوري» after a soldiers' noun is the Syrian army (not after a source or civilians)
    (
        "وأفاد مصدر بأن [نحو ألفي جندي|QUANTITY|2000:troops] سوري عبروا الحدود إلى "
        "[الأراضي العراقية|LOCATION].",
        [("MOVEMENT", ["SY_GOV"])],
    ),
    (
        "وقال مصدر سوري إن [القوات الروسية|ACTOR|RU] انسحبت من [المطار|LOCATION].",
        [("WITHDRAWAL", ["RU"])],
    ),
    # «أعلن X <action noun>»: the side named between the verb and the noun claims the action
    (
        "أعلنت القيادة العامة ل[لجيش السوري|ACTOR|SY_GOV] استعادة السيطرة على "
        "[مخيم اليرموك|LOCATION].",
        [("STATEMENT", ["SY_GOV"]), ("CONTROL", ["SY_GOV"])],
    ),
    (
        "أعلنت [وزارة الدفاع الروسية|ACTOR|RU] مقتل [جنديين|QUANTITY|2:killed] في [إدلب|LOCATION].",
        [("STATEMENT", ["RU"]), ("ATTACK", [])],
    ),
    # more reporting verbs of an armed side or its government
    (
        "وأوضحت [قيادة العمليات المشتركة|ACTOR|IQ_GOV]، في بيان، أن الوضع مستقر.",
        [("STATEMENT", ["IQ_GOV"])],
    ),
    (
        "من جانبها، ذكرت [خلية الإعلام الأمني|ACTOR|IQ_GOV] أن الوضع مستقر.",
        [("STATEMENT", ["IQ_GOV"])],
    ),
    # a vow is no statement of its own (a reply or revenge vowed is a planned attack)
    ("وتوعد [الرئيس التركي|ACTOR|TR] بمواصلة الضغط.", []),
    # the claim of a side's media or activists' pages is no official statement
    (
        "في المقابل، زعمت وسائل إعلام [النظام|ACTOR|SY_GOV] أن الوضع مستقر.",
        [],
    ),
    # a claim («زعم») and a description («وصف ... بأنه») by an armed side
    (
        'وزعم [تنظيم "داعش"|ACTOR|ISIS]، عبر وكالته، أن الوضع مستقر.',
        [("STATEMENT", ["ISIS"])],
    ),
    (
        'ووصف [الجيش الإسرائيلي|ACTOR|OTHER:israel] الوضع بأنه "هادئ".',
        [("STATEMENT", ["OTHER:israel"])],
    ),
    ("ووصف الطبيب حالة الجرحى بالخطيرة.", []),
    # «أنه» + no event word after it is the statement's own content
    (
        "وقال [الجيش الإسرائيلي|ACTOR|OTHER:israel] إنه عازم على مواصلة العمليات.",
        [("STATEMENT", ["OTHER:israel"])],
    ),
    # deploying posts is a base; evacuating fighters is a withdrawal (not civilians alone)
    (
        "وتنشر [تركيا|ACTOR|TR] 12 نقطة مراقبة في [إدلب|LOCATION].",
        [("BASE", ["TR"])],
    ),
    (
        "وبدأت عمليات إجلاء [مقاتلي المعارضة|ACTOR|FSA] من [شرق حلب|LOCATION].",
        [("WITHDRAWAL", ["FSA"])],
    ),
    # an aggression the air defences repelled is its own event; shooting down the missiles
    # after it is the defenders'
    (
        "تصدت [الدفاعات الجوية السورية|ACTOR|SY_GOV] فجر اليوم لعدوان جوي إسرائيلي استهدف "
        "نقاطاً في محيط [مطار دمشق الدولي|LOCATION]، وأسقطت عدداً من الصواريخ.",
        [("ATTACK", ["OTHER:israel"]), ("ATTACK", ["SY_GOV"])],
    ),
    # a battle named, launched or continued is a campaign (a clash between two sides stays
    # an attack); a side's own offensive («هجومها») too; the aim in a battle's name is no
    # control of its own
    (
        "وأعلن [الجيش العراقي|ACTOR|IQ_GOV] انطلاق معركة تحرير [الفلوجة|LOCATION].",
        [("STATEMENT", ["IQ_GOV"]), ("OPERATION", ["IQ_GOV"])],
    ),
    (
        "وواصلت [قوات سوريا الديمقراطية|ACTOR|SDF] هجومها على [الباغوز|LOCATION].",
        [("OPERATION", ["SDF"])],
    ),
    # handing over a base is a withdrawal, receiving it control, surrendering an arrest
    (
        "وسلّم [التحالف الدولي|ACTOR|COALITION] [قاعدة K1 الجوية|LOCATION] إلى "
        "[القوات العراقية|ACTOR|IQ_GOV].",
        [("WITHDRAWAL", ["COALITION"])],
    ),
    (
        "وتسلمت [القوات العراقية|ACTOR|IQ_GOV] [قاعدة القيارة الجوية|LOCATION].",
        [("CONTROL", ["IQ_GOV"])],
    ),
    (
        "وسلّم نحو 3 آلاف من عناصر [داعش|ACTOR|ISIS] أنفسهم ل[قوات سوريا الديمقراطية|ACTOR|SDF].",
        [("ARREST", ["SDF"])],
    ),
    # restoring security to a place (SANA) is control; a rejected «أعادت» cuts nothing
    (
        "أعادت وحدات [الجيش العربي السوري|ACTOR|SY_GOV]، أمس، الأمن والاستقرار إلى "
        "[مدينة خان شيخون|LOCATION].",
        [("CONTROL", ["SY_GOV"])],
    ),
    (
        "إن وحدات [الجيش|ACTOR|SY_GOV] أعادت انتشارها في محيط [جسر الشغور|LOCATION].",
        [("MOVEMENT", ["SY_GOV"])],
    ),
    (
        "وتصاعدت هجمات [داعش|ACTOR|ISIS] على مواقع الجيش في [البادية|LOCATION].",
        [("ATTACK", ["ISIS"])],
    ),
    # a place back «in the homeland's embrace» is retaken by the state the article is about
    (
        "عنوان\nقصفت [القوات العراقية|ACTOR|IQ_GOV] مواقع [داعش|ACTOR|ISIS].\nوأعلن "
        '[حيدر العبادي|PERSON] "عودة [الفلوجة|LOCATION] إلى حضن الوطن".',
        [("ATTACK", ["IQ_GOV"]), ("CONTROL", ["IQ_GOV"])],
    ),
    # a quote after plural battles is what is said of them, not a battle's name
    (
        'مؤكدة أن المعارك "ما زالت مستمرة" في [الأحياء الشرقية|LOCATION].',
        [("ATTACK", [])],
    ),
    # the fall of a town is control, by the side whose hands it fell into
    (
        "وكانت [تكريت|LOCATION] قد سقطت بيد [داعش|ACTOR|ISIS] في حزيران 2014.",
        [("CONTROL", ["ISIS"])],
    ),
    ("ويعد سقوط [الموصل|LOCATION] أكبر انتكاسة للحكومة.", [("CONTROL", [])]),
    # people besieged are a siege (a place described as besieged is none); an official «of»
    # a side speaks for it
    (
        "وأدخلت المساعدات إلى نحو 93 ألف مدني محاصرين في [الأحياء الغربية|LOCATION].",
        [("OPERATION", [])],
    ),
    (
        'وقال مدير المركز الإعلامي لـ"[قسد|ACTOR|SDF]" إن الوضع تحت السيطرة.',
        [("STATEMENT", ["SDF"])],
    ),
    # a collapse of units is their withdrawal; an attack noun's agent may follow a force noun
    (
        "وسيطرت [الفصائل|ACTOR|FSA] على بلدات، وسط انهيار في صفوف [قوات النظام|ACTOR|SY_GOV].",
        [("CONTROL", ["FSA"]), ("WITHDRAWAL", ["SY_GOV"])],
    ),
    (
        "وتراجعت القوات أمام هجوم عصابات [داعش|ACTOR|ISIS] على [المدينة|LOCATION].",
        [("WITHDRAWAL", []), ("ATTACK", ["ISIS"])],
    ),
    # a retreat is a withdrawal (backing away from a decision is none)
    (
        "وتراجعت [القوات الحكومية|ACTOR|SY_GOV] إلى أطراف [المدينة|LOCATION].",
        [("WITHDRAWAL", ["SY_GOV"])],
    ),
    # blowing up with a named weapon; fighters driven out; negotiations between sides
    (
        "وقال المراسل إن ثلاثة انتحاريين فجروا [أحزمة ناسفة|WEAPON] في [المدينة|LOCATION].",
        [("ATTACK", [])],
    ),
    (
        "وأعلنت [الوحدات|ACTOR|YPG] السيطرة على [كوباني|LOCATION] بعد طرد مسلحي [داعش|ACTOR|ISIS] منها.",
        [("STATEMENT", ["YPG"]), ("CONTROL", ["YPG"]), ("WITHDRAWAL", ["ISIS"])],
    ),
    (
        "وتجري مفاوضات عبر وسطاء لإخراج مسلحي [النصرة|ACTOR|NUSRA] من [الجرود|LOCATION].",
        [("AGREEMENT", []), ("WITHDRAWAL", ["NUSRA"])],
    ),
    # a convoy hit is no movement
    ("استهدفت غارة رتلاً عسكرياً قرب [بلدة بليون|LOCATION].", [("ATTACK", [])]),
    # «أطلق» with a weapon after it fires at something; with an operation it launches it
    (
        "وأطلقت [القوات التركية|ACTOR|TR] أكثر من 120 [قذيفة|WEAPON] على [قرى الشهباء|LOCATION].",
        [("ATTACK", ["TR"])],
    ),
    (
        "وأطلق مسلحون مجهولون [صاروخين|WEAPON] على [قاعدة عين الأسد|LOCATION].",
        [("ATTACK", [])],
    ),
    (
        "وأطلقت [القوات التركية|ACTOR|TR] عملية عسكرية [بالدبابات|WEAPON] في [عفرين|LOCATION].",
        [("OPERATION", ["TR"])],
    ),
    (
        "وكثفت [روسيا|ACTOR|RU] ضرباتها على مواقع المعارضة في [ريف اللاذقية|LOCATION].",
        [("ATTACK", ["RU"])],
    ),
    (
        "ألقت مروحيات [الجيش السوداني|ACTOR|OTHER:saf] براميل متفجرة على [نيالا|LOCATION].",
        [("ATTACK", ["OTHER:saf"])],
    ),
    ("وألقت القبض على ثلاثة مطلوبين في [الموصل|LOCATION].", [("ARREST", [])]),
    (
        "وواصلت [قوات النظام|ACTOR|SY_GOV] حملتها العسكرية على [درعا البلد|LOCATION].",
        [("OPERATION", ["SY_GOV"])],
    ),
    (
        "بدأت [القوات العراقية|ACTOR|IQ_GOV] عملية تفتيش في [وادي حوران|LOCATION].",
        [("OPERATION", ["IQ_GOV"])],
    ),
    (
        'أطلق [الجيش التركي|ACTOR|TR] عملية "نبع السلام" شرق [الفرات|LOCATION].',
        [("OPERATION", ["TR"])],
    ),
    (
        "وأنشأ [الجيش التركي|ACTOR|TR] الشهر الماضي قاعدة عسكرية في [بعشيقة|LOCATION].",
        [("BASE", ["TR"])],
    ),
    (
        "وأعلنت [قوات سوريا الديمقراطية|ACTOR|SDF] استئناف عملياتها العسكرية ضد "
        "[تنظيم داعش|ACTOR|ISIS].",
        [("STATEMENT", ["SDF"]), ("OPERATION", ["SDF"])],
    ),
    (
        "وقال وزير الدفاع الروسي إن قواته لن تغادر [سوريا|LOCATION].",
        [("STATEMENT", ["RU"]), ("WITHDRAWAL", ["RU"])],
    ),
    (
        "وكانت [وزارة الدفاع الأميركية|ACTOR|US] قد أعلنت أن قواتها ستبقى في [العراق|LOCATION].",
        [("STATEMENT", ["US"])],
    ),
    (
        "وتبنى [تنظيم داعش|ACTOR|ISIS] التفجير الذي استهدف سوقاً في [مقديشو|LOCATION].",
        [("STATEMENT", ["ISIS"]), ("ATTACK", ["ISIS"])],
    ),
    # an official body (an ORG) announcing is a statement
    (
        "وأعلنت [وزارة الداخلية الليبية|ORG] حظر تجول في [طرابلس|LOCATION].",
        [("STATEMENT", [])],
    ),
    # a named person or an official of a body speaks: a statement
    (
        "والتقى قائد [الجيش السوداني|ACTOR|OTHER:saf] [عبد الفتاح البرهان|PERSON] وفداً أممياً. "
        "وقال [البرهان|PERSON] في كلمة متلفزة إن الوضع مستقر.",
        [("STATEMENT", [])],
    ),
    (
        "وقال المتحدث باسمها العقيد [يحيى رسول|PERSON] إن الوضع تحت السيطرة في [الأنبار|LOCATION].",
        [("STATEMENT", []), ("CONTROL", [])],
    ),
    (
        "وكان قائد [الجيش اللبناني|ACTOR|OTHER:laf] العماد [جوزيف عون|PERSON] قد أكد أن "
        "الأمن ممسوك.",
        [("STATEMENT", ["OTHER:laf"])],
    ),
    # «أعلنت X أنها ستعقد»: a plan announced is the statement's own content (the talks it
    # names are an agreement sought, planned)
    (
        "وأعلنت [أنقرة|ACTOR|TR] أنها ستستضيف جولة محادثات جديدة الشهر المقبل.",
        [("STATEMENT", ["TR"]), ("AGREEMENT", ["TR"])],
    ),
    # a claim naming a new attack is carried by the attack
    (
        "وتبنت [جماعة الحوثي|ACTOR|OTHER:houthis] هجمات بالصواريخ على سفن في "
        "[البحر الأحمر|LOCATION].",
        [("ATTACK", ["OTHER:houthis"])],
    ),
    # a source, a monitor or an attribution is no statement
    ("وقال مصدر عسكري روسي إن الطائرات قصفت [معرة النعمان|LOCATION].", [("ATTACK", [])]),
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] [أريحا|LOCATION]، وفق ما أعلنت [الخوذ البيضاء|ORG].",
        [("ATTACK", ["SY_GOV"])],
    ),
    # the subject of the first verb carries to a second verb without one
    (
        "ونفذت [قوات البيشمركة|ACTOR|PESHMERGA] عملية تمشيط في [مخمور|LOCATION] واعتقلت أربعة.",
        [("OPERATION", ["PESHMERGA"]), ("ARREST", ["PESHMERGA"])],
    ),
    # a subject after a time and a count: «ووصل، أمس، نحو 200 جندي فرنسي»
    (
        "ووصل، {أمس|2019-12-05|day}، [نحو 200 جندي|QUANTITY|200:troops] فرنسي إلى "
        "[قاعدة غاو|LOCATION].",
        [("MOVEMENT", ["OTHER:france"])],
    ),
    # two legs of a movement: an arrival, then heading on
    (
        "دخل رتل [للجيش التركي|ACTOR|TR] إلى [إدلب|LOCATION] عبر معبر كفرلوسين، "
        "واتجه نحو [جبل الزاوية|LOCATION].",
        [("MOVEMENT", ["TR"]), ("MOVEMENT", ["TR"])],
    ),
    # every side of «بين X وY من جهة، وZ من جهة أخرى»
    (
        "تدور اشتباكات بين [الجيش الليبي|ACTOR|OTHER:lna] و[قوات الوفاق|ACTOR|OTHER:gna] "
        "من جهة، و[مجموعات مسلحة|ACTOR|UNKNOWN] من جهة أخرى في [سرت|LOCATION].",
        [("ATTACK", ["OTHER:lna", "OTHER:gna", "UNKNOWN"])],
    ),
    # sieges, sweeps, patrols going round, advances, a dual strike noun, a place used as a base
    (
        "وتحاصر [قوات الدعم السريع|ACTOR|OTHER:rsf] مدينة [الفاشر|LOCATION] منذ أشهر.",
        [("OPERATION", ["OTHER:rsf"])],
    ),
    (
        "ويمشط عناصر [الجيش اللبناني|ACTOR|OTHER:laf] الأحراج بحثاً عن مسلحين.",
        [("OPERATION", ["OTHER:laf"])],
    ),
    (
        "وتجولت الدورية في بلدة [مارون الراس|LOCATION] قبل أن تعود إلى مقرها.",
        [("TRAINING", [])],
    ),
    (
        "وتتقدم [القوات الأوكرانية|ACTOR|UA] نحو [باخموت|LOCATION] ببطء.",
        [("MOVEMENT", ["UA"])],
    ),
    (
        "ونفذت طائرات [أمريكية|ACTOR|US] غارتين على مواقع [لحركة الشباب|ACTOR|OTHER:shabaab] "
        "قرب [كيسمايو|LOCATION].",
        [("ATTACK", ["US"])],
    ),
    (
        "ويتخذ [تنظيم الشباب|ACTOR|OTHER:shabaab] من [جبال غالغالا|LOCATION] قاعدة خلفية له.",
        [("BASE", ["OTHER:shabaab"])],
    ),
    # a unit of X is X: «دخلت دورية من X»، «تتجه وحدات من X»
    (
        "دخلت دورية من [الشرطة العسكرية الروسية|ACTOR|RU] إلى بلدة [تل رفعت|LOCATION].",
        [("MOVEMENT", ["RU"])],
    ),
    (
        "وتتجه وحدات من [الجيش الأردني|ACTOR|OTHER:jaf] نحو [الرويشد|LOCATION].",
        [("MOVEMENT", ["OTHER:jaf"])],
    ),
    # «وأخرى تابعة لـX»: a second attacker
    (
        "قتل خمسة مدنيين في غارات شنتها طائرات [أمريكية|ACTOR|US] وأخرى تابعة "
        "ل[لتحالف|ACTOR|COALITION] على [الحديدة|LOCATION].",
        [("ATTACK", ["US", "COALITION"])],
    ),
    # an aside («، وهي ...،») holds no subject
    (
        "وكانت [قوات الدعم السريع|ACTOR|OTHER:rsf]، وهي قوة أسسها [الجيش|ACTOR|OTHER:saf]، "
        "قد حاصرت مدينة [الأبيض|LOCATION].",
        [("OPERATION", ["OTHER:rsf"])],
    ),
    # «قالت X المدعومة من Y إنها سيطرت»: the reporting verb's subject
    (
        "قالت [القوات الكردية|ACTOR|YPG] المدعومة من [الولايات المتحدة|ACTOR|US] إنها سيطرت "
        "على [بلدة الباغوز|LOCATION].",
        [("STATEMENT", ["YPG"]), ("CONTROL", ["YPG"])],
    ),
    # «أطلقت X العملية»: an operation launched, not a process begun
    (
        "وأطلقت [أنقرة|ACTOR|TR] العملية في 9 تشرين الأول بهدف إبعاد المقاتلين عن الحدود.",
        [("OPERATION", ["TR"])],
    ),
    ("وبدأت عملية التصويت في [بغداد|LOCATION] صباح اليوم.", []),
    # a partner «بالتنسيق مع X» does not move
    (
        "وانتشرت [قوات الجيش|ACTOR|OTHER:laf] في [عرسال|LOCATION] بالتنسيق مع "
        "[قوات اليونيفيل|ACTOR|OTHER:unifil].",
        [("MOVEMENT", ["OTHER:laf"])],
    ),
    # a report between two triggers ends the first event
    (
        "نفت [موسكو|ACTOR|RU] أن تكون قد قصفت [سراقب|LOCATION]، وقال المتحدث باسمها إن "
        "طائراتها لم تنفذ أي غارة على المنطقة.",
        [("ATTACK", []), ("STATEMENT", ["RU"]), ("ATTACK", ["RU"])],
    ),
    # an armed side's own operations; posts deployed under a deal; an offensive since its start
    (
        "وقال قائد [الجيش الأوغندي|ACTOR|OTHER:updf] إن عملياتها مستمرة ضد المتمردين في "
        "[بونيا|LOCATION].",
        [("STATEMENT", ["OTHER:updf"]), ("OPERATION", [])],
    ),
    (
        "وينص الاتفاق على نشر [الجيش التركي|ACTOR|TR] 12 نقطة مراقبة في [إدلب|LOCATION].",
        [("AGREEMENT", []), ("BASE", ["TR"])],
    ),
    # a threat and a fear in one clause are two events
    (
        "ويأتي ذلك بعد تهديد [الفرقة الأولى|ACTOR|OTHER:div1] باقتحام البلدة، وسط مخاوف من "
        "تجدد المعارك في [الريف|LOCATION].",
        [("ATTACK", ["OTHER:div1"]), ("ATTACK", ["OTHER:div1"])],
    ),
    # «X وعناصر Y سيطرت»: partners joined by «و» + a force noun
    (
        "وقال المتحدث إن [القوات الفرنسية|ACTOR|FR] وعناصر [الجيش المالي|ACTOR|OTHER:fama] "
        "سيطرت على [تمبكتو|LOCATION].",
        [("CONTROL", ["FR", "OTHER:fama"])],
    ),
    # «أعلنت X، مساء أمس، استهداف قاعدة»: the announced action is the claimant's
    (
        "وأعلنت [حركة الشباب|ACTOR|OTHER:shabaab]، مساء أمس، استهداف قاعدة "
        "[باليدوغلي|LOCATION] بقذائف الهاون.",
        [("STATEMENT", ["OTHER:shabaab"]), ("ATTACK", ["OTHER:shabaab"])],
    ),
    # a repelled advance is an attack; coming into force is no movement
    (
        "وصدت [القوات الأوكرانية|ACTOR|UA] محاولة تقدم ل[لقوات الروسية|ACTOR|RU] قرب "
        "[أفدييفكا|LOCATION].",
        [("ATTACK", ["UA"])],
    ),
    ("ودخلت الهدنة حيز التنفيذ منتصف الليل.", [("AGREEMENT", [])]),
    # a verb with its own subject after a comma is a second operation
    (
        "تشن [قوات النظام|ACTOR|SY_GOV] حملة عسكرية على [الغوطة|LOCATION]، ويحاصرها "
        "[حزب الله|ACTOR|HEZBOLLAH] من الغرب.",
        [("OPERATION", ["SY_GOV"]), ("OPERATION", ["HEZBOLLAH"])],
    ),
    # the attack that killed them, and its verb, are one event
    (
        "قُتل ثلاثة جنود [ماليين|ACTOR|OTHER:fama]، أمس، في هجوم بعبوة ناسفة استهدف دورية "
        "عسكرية قرب [غاو|LOCATION].",
        [("ATTACK", [])],
    ),
    # a headline line (no final punctuation) carries no event
    ("لبنان.. غارات إسرائيلية على بلدات الجنوب\nقال الجيش إنه يراقب الوضع.", []),
    # ... but a later body line of more than 15 words without a final period does
    (
        "تصعيد في الجنوب\nقصفت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبل|LOCATION] في ريف إدلب "
        "الجنوبي صباح اليوم ما أدى إلى دمار واسع في المنازل والممتلكات والأراضي الزراعية",
        [("ATTACK", ["SY_GOV"])],
    ),
    # downing an aircraft; an incursion; an infiltration (the fighters «من X» are X)
    (
        "وأسقطت الدفاعات الجوية [الروسية|ACTOR|RU] [طائرة مسيرة|WEAPON|drone] قرب "
        "[قاعدة حميميم|LOCATION] مساء اليوم.",
        [("ATTACK", ["RU"])],
    ),
    (
        "وتوغلت دبابات [إسرائيلية|ACTOR|OTHER:israel] في [بلدة كفرشوبا|LOCATION] فجر اليوم.",
        [("MOVEMENT", ["OTHER:israel"])],
    ),
    (
        "وتسلل مسلحون من [تنظيم داعش|ACTOR|ISIS] إلى [قرية الزوية|LOCATION] ليلا.",
        [("MOVEMENT", ["ISIS"])],
    ),
    # fighters leaving a place; not a hospital out of service, not civilians leaving
    (
        "وبدأ صباح اليوم خروج [200 مسلح|QUANTITY|200:fighters] من "
        "[جيش الإسلام|ACTOR|OTHER:jaysh-al-islam] من [مدينة الضمير|LOCATION].",
        [("WITHDRAWAL", ["OTHER:jaysh-al-islam"])],
    ),
    ("وخرج المستشفى الوطني في [المعرة|LOCATION] عن الخدمة.", []),
    ("وانتهت المهلة المحددة لخروج المدنيين من [الحي|LOCATION] عبر ممر آمن.", []),
    # regaining a place; taking soldiers prisoner; an air landing; air sorties
    (
        "واستعادت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبودة|LOCATION] أمس.",
        [("CONTROL", ["SY_GOV"])],
    ),
    (
        "وقال المصدر إن عناصر [الحوثيين|ACTOR|OTHER:houthis] أسروا جنديين قرب [الحديدة|LOCATION].",
        [("ARREST", ["OTHER:houthis"])],
    ),
    ("ونفذت قوة خاصة إنزالا جويا في [جزيرة الحضر|LOCATION] فجر اليوم.", [("OPERATION", [])]),
    (
        "ونفذ [الطيران الروسي|ACTOR|RU] 40 طلعة جوية فوق [ريف حماة|LOCATION].",
        [("ATTACK", ["RU"])],
    ),
    # an official's announcement or quoted words
    (
        "ونقلت الوكالة عن المتحدثة باسم [الجيش الفرنسي|ACTOR|FR] قولها إن الوضع هادئ.",
        [("STATEMENT", ["FR"])],
    ),
    ("وجاء ذلك بعد إعلان وزير الدفاع [البريطاني|ACTOR|GB] إرسال خبراء.", [("STATEMENT", [])]),
    ("وطالب السكان بإعلان [البصرة|LOCATION] منطقة منكوبة.", []),
    # «مركز المصالحة» is a body's name, no agreement
    ("عنوان\nوقال إن القوات الروسية ستبقي على مركز المصالحة في [حميميم|LOCATION].", []),
    # burning and destroying military things; forces going home, not displaced people
    (
        "عنوان\nوأحرق المسلحون ثلاث آليات عسكرية داخل [المصفاة|LOCATION].",
        [("ATTACK", [])],
    ),
    ("عنوان\nوتمكنت القطعات من تدمير 4 دبابات في [حوض الوقف|LOCATION].", [("ATTACK", [])]),
    ("عنوان\nوتضمن المشروع تدمير المباني القديمة في [الموصل|LOCATION].", []),
    (
        "عنوان\nوعادت كتيبة من [الشرطة العسكرية الروسية|ACTOR|RU] من [سوريا|LOCATION] إلى "
        "[روسيا|LOCATION].",
        [("WITHDRAWAL", ["RU"])],
    ),
    ("عنوان\nوعاد أكثر من 320 ألف نازح إلى مناطقهم في [ريف حلب|LOCATION].", []),
    # two sides that agreed; a cessation of hostilities
    ("واتفق الجانبان على تسيير دوريات مشتركة.", [("AGREEMENT", []), ("TRAINING", [])]),
    ("ودخل وقف الأعمال القتالية في [إدلب|LOCATION] حيز التنفيذ.", [("AGREEMENT", [])]),
    ("وقال إن الجميع اتفق على أهمية الحوار.", []),
    # a head of state or government named by title speaks officially, also at a press
    # conference; a reporter does not
    (
        "عنوان\nوقال الرئيس [بوتين|PERSON|putin] في مؤتمر صحفي إن المحادثات كانت صعبة.",
        [("STATEMENT", ["RU"])],
    ),
    ("عنوان\nوقال [رامي عبد الرحمن|PERSON|rami] الصحفي في لندن إن الوضع هادئ.", []),
    # «تحييد» fighters (killed or captured, Turkish usage); not keeping a country neutral
    (
        "وأعلنت [وزارة الدفاع التركية|ACTOR|TR] تحييد 15 مسلحا في [شمال العراق|LOCATION].",
        [("STATEMENT", ["TR"]), ("ATTACK", ["TR"])],
    ),
    ("ودعا الرئيس إلى تحييد [لبنان|LOCATION] عن صراعات المنطقة.", []),
    # condemning, warning, calling on: a state's statement; the attack condemned is not its own
    (
        "وأدانت [وزارة الخارجية التركية|ACTOR|TR] الهجوم على [بلدة أطمة|LOCATION].",
        [("STATEMENT", ["TR"]), ("ATTACK", [])],
    ),
    (
        "ودعت [الولايات المتحدة|ACTOR|US] إلى وقف إطلاق النار في [إدلب|LOCATION].",
        [("STATEMENT", ["US"]), ("AGREEMENT", ["US"])],
    ),
    ("وحذر الطبيب من انتشار الوباء في [إدلب|LOCATION].", []),
    # searching an area is an operation; a checkpoint («نقطة تفتيش») is not
    (
        "وشرعت [القوات الأمنية|ACTOR|IQ_GOV] فجرا بتفتيش [وادي الثرثار|LOCATION] بحثا عن خلايا "
        "التنظيم.",
        [("OPERATION", ["IQ_GOV"])],
    ),
    (
        "وأقامت [القوات الأمنية|ACTOR|IQ_GOV] نقطة تفتيش جديدة عند مدخل [مدينة سامراء|LOCATION].",
        [("BASE", ["IQ_GOV"])],
    ),
    # eliminating fighters, a massacre, sorties, fleeing (not «كرّ وفرّ»), an accusation
    (
        "وقضت وحدات [الجيش|ACTOR|SY_GOV] على عشرات المسلحين في [ريف حماة|LOCATION].",
        [("ATTACK", ["SY_GOV"])],
    ),
    ("وقضت المحكمة بسجن المتهم خمس سنوات في [دمشق|LOCATION].", []),
    (
        "وارتكب [التنظيم|ACTOR|ISIS] مجزرة بحق سكان [قرية الشعيطات|LOCATION].",
        [("ATTACK", ["ISIS"])],
    ),
    (
        "ونفذ [الطيران الحربي|ACTOR|SY_GOV] أكثر من 20 طلعة على مواقع المسلحين في "
        "[ريف إدلب|LOCATION].",
        [("ATTACK", ["SY_GOV"])],
    ),
    (
        "وفر عناصر [التنظيم|ACTOR|ISIS] من [مدينة منبج|LOCATION] باتجاه [الباب|LOCATION].",
        [("WITHDRAWAL", ["ISIS"])],
    ),
    ("وتوعد المتحدث بهجمات كر وفر ضد القوات في [عفرين|LOCATION].", [("ATTACK", [])]),
    (
        "واتهمت [قسد|ACTOR|SDF] في بيان [القوات التركية|ACTOR|TR] بقصف [قرية تل جمعة|LOCATION].",
        [("STATEMENT", ["SDF"]), ("ATTACK", ["TR"])],
    ),
    # taking a town; «restoring security» to it (regime media); a word of a name is no trigger
    (
        "وأكد القائد أن [القوات العراقية|ACTOR|IQ_GOV] أكملت تحرير [مدينة الموصل|LOCATION] من "
        "[تنظيم داعش|ACTOR|ISIS].",
        [("CONTROL", ["IQ_GOV"])],
    ),
    (
        "وأعلنت [القيادة العامة للجيش|ACTOR|SY_GOV] إعادة الأمن والاستقرار إلى "
        "[مدينة القريتين|LOCATION].",
        [("STATEMENT", ["SY_GOV"]), ("CONTROL", ["SY_GOV"])],
    ),
    (
        'وتبنت [جماعة مجهولة|ACTOR|UNKNOWN] الهجوم، في حين نفت "[هيئة تحرير الشام|ACTOR|NUSRA]" '
        "أي علاقة لها به.",
        [("STATEMENT", ["UNKNOWN"]), ("ATTACK", ["UNKNOWN"]), ("STATEMENT", ["NUSRA"])],
    ),
    # a named battle is an operation; a verb after it continues the subject before it
    (
        'وواصلت [قوات سوريا الديمقراطية|ACTOR|SDF] تقدمها في [ريف الرقة|LOCATION] ضمن معركة "غضب '
        'الفرات"، وسيطرت على [قرية الكرامة|LOCATION].',
        [("MOVEMENT", ["SDF"]), ("OPERATION", []), ("CONTROL", ["SDF"])],
    ),
    # a bare «عملية» carried out by forces is an operation, and «العملية» after it one
    # again; «العملية السياسية» is none
    (
        "قتل زعيم التنظيم في عملية نفذتها قوات خاصة [أميركية|ACTOR|US] في "
        "[باريشا|LOCATION]. وقال مسؤول إن أي جندي لم يُصب في العملية التي استمرت ساعتين.",
        [("ATTACK", []), ("OPERATION", ["US"]), ("OPERATION", ["US"])],
    ),
    ("ودعا المبعوث إلى استئناف العملية السياسية في [جنيف|LOCATION].", []),
    # aircraft taking off move
    (
        "وأقلعت مقاتلات [روسية|ACTOR|RU] من [قاعدة حميميم|LOCATION].",
        [("MOVEMENT", ["RU"])],
    ),
    # «وبسطت سيطرتها»: the verb of a possessed control noun continues the subject too
    (
        "وأوضح المصدر أن وحدات [الجيش السوري|ACTOR|SY_GOV] تقدمت على أربعة محاور وبسطت "
        "سيطرتها على [بلدة عطشان|LOCATION].",
        [("MOVEMENT", ["SY_GOV"]), ("CONTROL", ["SY_GOV"])],
    ),
    (
        "واندلعت معركة عنيفة في [قرية الكرامة|LOCATION] بين [قسد|ACTOR|SDF] و[داعش|ACTOR|ISIS].",
        [("ATTACK", ["SDF", "ISIS"])],
    ),
]


@pytest.mark.parametrize(
    "marked,actors,targets",
    [
        # «مقاتلي X» after an attack verb is its object (accusative), «مقاتلو X» its subject
        (
            "وقالت مصادر إن طائرات مسيرة استهدفت مقاتلي [قسد|ACTOR|SDF] قرب [الحسكة|LOCATION].",
            [],
            ["SDF"],
        ),
        ("وهاجم مقاتلو [داعش|ACTOR|ISIS] حاجزا في [البادية|LOCATION].", ["ISIS"], []),
        # «أوكاراً لعناصر X»: the fighters' side is hit, not the attacker
        (
            "عنوان\nونفذ الطيران ثلاث ضربات استهدفت أوكاراً لعناصر [داعش|ACTOR|ISIS] في "
            "[وادي الشاي|LOCATION].",
            [],
            ["ISIS"],
        ),
    ],
)
def test_object_or_subject_by_plural_case(marked, actors, targets):
    _, evs, _ = run(marked)
    assert [(e.actors, e.targets) for e in evs] == [(actors, targets)]


@pytest.mark.parametrize("marked,expected", TYPES, ids=range(len(TYPES)))
def test_new_trigger_kinds(marked, expected):
    _, evs, _ = run(marked)
    assert [(e.type, e.actors) for e in evs] == expected, [e.to_dict() for e in evs]


MODALITY = [
    # an intention, a call far before the event, a purpose
    (
        "وأعلن [ترامب|PERSON] عزمه سحب نحو ألفي جندي [أمريكي|ACTOR|US] من [سوريا|LOCATION].",
        "planned",
    ),
    (
        "ويطالب البرلمان {منذ كانون الثاني الماضي|2019-01/2019-12|month} بانسحاب "
        "[القوات الأجنبية|ACTOR|COALITION].",
        "planned",
    ),
    ("وتتواصل المفاوضات لإخراج المسلحين من [المعضمية|LOCATION].", "planned"),
    # a term of a deal through a light verb; a purpose
    ("على أن تتولى قطعات [الحشد الشعبي|ACTOR|OTHER:pmf] مسك الأرض في المناطق المحررة.", "planned"),
    ("وتنتشر وحدات إضافية داخل القضاء لمسك الأرض.", "planned"),
    # the plan reaches past names and a date between it and the trigger
    (
        "ومن المقرر أن تبدأ [الشرطة العسكرية الروسية|ACTOR|RU] و[القوات التركية|ACTOR|TR] في "
        "{15 مارس|2020-03-15|day} تسيير دوريات مشتركة على الطريق الدولي.",
        "planned",
    ),
    ("وأكد المتحدث أن القوات الفرنسية ولن تنسحب من [مالي|LOCATION].", "denied"),
    ("وقال إن [الجيش التركي|ACTOR|TR] سيطلق عملية برية في [منبج|LOCATION].", "planned"),
    ("وتستعد [قسد|ACTOR|SDF] لحملة أمنية مرتقبة في [الشدادي|LOCATION].", "planned"),
    ("عززت القوات مواقعها تحسباً لهجمات متوقعة من [داعش|ACTOR|ISIS].", "expected"),
    # a call for an agreement is a planned agreement
    ("دعا الرئيس الفرنسي إلى وقف إطلاق النار فوراً.", "planned"),
    # a threat by the actor itself, and the terms of a deal, are planned
    ("وهددت [هيئة تحرير الشام|ACTOR|NUSRA] باقتحام مدينة [سرمدا|LOCATION].", "planned"),
    (
        "ووقع الطرفان اتفاقاً على أن تنسحب [قوات فاغنر|ACTOR|OTHER:wagner] من [بانغي|LOCATION].",
        "planned",
    ),
    ("وينص الاتفاق على انسحاب القوات الإثيوبية من [تيغراي|LOCATION] خلال شهر.", "planned"),
    # «لم تنفذ أي غارة»، «نفى وقوع أي اشتباكات»: the event denied
    ("ولم تنفذ الطائرات الأمريكية أي غارة على [الموصل|LOCATION] منذ أسبوع.", "denied"),
    ("ونفى مصدر أمني وقوع أي اشتباكات في [جرابلس|LOCATION].", "denied"),
    ('وقال الناطق إن "لا ضربات جوية" نفذت في [الرقة|LOCATION] اليوم.', "denied"),
    # «سيبسط سيطرته»: a noun trigger after a future verb
    ("وأكد المتحدث أن الجيش سيبسط سيطرته على كامل [المحافظة|LOCATION].", "planned"),
    # a proposal discussed, a future verb before, an expectation by officials
    ("ويزور وفد عسكري [أنقرة|LOCATION] قريباً لبحث انسحاب القوات من [عفرين|LOCATION].", "planned"),
    (
        "وقال [التحالف|ACTOR|COALITION] إنه سيواصل دعم الجيش بضربات جوية في [الأنبار|LOCATION].",
        "planned",
    ),
    ("ويتوقع مسؤولون أمنيون عراقيون أن يشن التنظيم هجمات جديدة في [ديالى|LOCATION].", "expected"),
    ("وصلت التعزيزات إلى [سراقب|LOCATION] وسط توقعات بهجوم معاكس على المدينة.", "expected"),
    # an obligation, and what is weeks away, are planned
    (
        "وصوّت البرلمان على قرار يلزم الحكومة بإنهاء وجود [القوات الأجنبية|ACTOR|COALITION].",
        "planned",
    ),
    (
        "ويأتي ذلك قبل أسابيع من إنهاء المهمة القتالية ل[قوات التحالف|ACTOR|COALITION] في "
        "[العراق|LOCATION].",
        "planned",
    ),
    # a place name starting like a future verb (سنجار) is no future
    (
        "وتسيطر [قوات الحشد|ACTOR|OTHER:pmf] على [سنجار|LOCATION] منذ 2017، عندما انسحبت "
        "قوات البيشمركة من القضاء.",
        "asserted",
    ),
    # «نص البيان» (the text of a statement) is no term of a deal
    (
        "وجاء في نص البيان أن [القوات التركية|ACTOR|TR] قصفت مواقع في [ريف حلب|LOCATION].",
        "asserted",
    ),
    # the attack a threatened reply answers has happened
    ("وتوعد [الحرس الثوري|ACTOR|IR] بالرد على الهجوم الإسرائيلي.", "asserted"),
    # «ستسلّم المدينة»: handing a place over
    ("وقال الوزير إن قواته ستسلم المدينة للجيش النظامي خلال أيام.", "planned"),
    # «سترد»: a threat to retaliate for an attack
    (
        "وقصفت [إسرائيل|ACTOR|OTHER:israel] مواقع في [أصفهان|LOCATION]. وقال مسؤول إيراني إن "
        "بلاده سترد في الوقت المناسب.",
        "planned",
    ),
]


@pytest.mark.parametrize("marked,modality", MODALITY, ids=range(len(MODALITY)))
def test_modality_of_new_triggers(marked, modality):
    _, evs, _ = run(marked)
    assert evs and evs[-1].modality == modality, [e.to_dict() for e in evs]


# ---------------------------------------------------------------- several sentences

MULTI = [
    # a definite event noun in a later sentence is a new mention of the event, with its
    # actors (each sentence that reports it is a report of its own)
    (
        "شنت [القوات الأميركية|ACTOR|US] غارات على مواقع في [البوكمال|LOCATION]. وقالت مصادر "
        "محلية إن الغارات أسفرت عن مقتل 12 عنصرا.",
        [("ATTACK", ["US"]), ("ATTACK", ["US"])],
    ),
    (
        "شنت [القوات الأميركية|ACTOR|US] غارات على مواقع في [البوكمال|LOCATION]. وقالت مصادر "
        "محلية إن الغارات كانت عنيفة.",
        [("ATTACK", ["US"]), ("ATTACK", ["US"])],
    ),
    (
        "هاجم [تنظيم داعش|ACTOR|ISIS] نقطة [للجيش العراقي|ACTOR|IQ_GOV] قرب "
        "[بيجي|LOCATION]. ويأتي الهجوم بعد أيام من إعلان الحكومة خطة أمنية جديدة.",
        [("ATTACK", ["ISIS"]), ("ATTACK", ["ISIS"])],
    ),
    (
        "أبرمت [روسيا|ACTOR|RU] و[تركيا|ACTOR|TR] اتفاقا لوقف إطلاق النار في "
        "[إدلب|LOCATION]. ونص الاتفاق على تسيير دوريات مشتركة.",
        [("AGREEMENT", ["RU", "TR"]), ("AGREEMENT", ["RU", "TR"]), ("TRAINING", [])],
    ),
    # ... but in its own sentence it is the same event, and a claim of it names no new one
    (
        "تعرض موقع [لقسد|ACTOR|SDF] في [ذيبان|LOCATION] لهجوم بقذائف الهاون، إلا أن الهجوم "
        "لم يسفر عن إصابات.",
        [("ATTACK", [])],
    ),
    (
        "استهدف هجوم بعبوة ناسفة دورية [روسية|ACTOR|RU] في [درعا|LOCATION]. وتبنت جماعة "
        "تطلق على نفسها [سرايا الجنوب|ACTOR|OTHER:saraya] الهجوم في بيان.",
        [("ATTACK", []), ("STATEMENT", [])],
    ),
    # an event dated against another («بعد يوم من»، «بعد ضربات») is another event
    (
        "سيطر [تنظيم داعش|ACTOR|ISIS] على مدينة [تكريت|LOCATION] بعد يوم واحد من سيطرته "
        "على [الموصل|LOCATION].",
        [("CONTROL", ["ISIS"]), ("CONTROL", ["ISIS"])],
    ),
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبل|LOCATION]، بعد ساعات من غارات "
        "[روسية|ACTOR|RU] على [معرة النعمان|LOCATION].",
        [("ATTACK", ["SY_GOV"]), ("ATTACK", ["RU"])],
    ),
    # triggers of one event in one clause are merged; different clauses stay apart
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبل|LOCATION] بالمدفعية، فيما شنت "
        "[الطائرات الروسية|ACTOR|RU] غارات على [معرة النعمان|LOCATION].",
        [("ATTACK", ["SY_GOV"]), ("ATTACK", ["RU"])],
    ),
    # a denial covers the event right after it, not a later one
    (
        "نفت [قسد|ACTOR|SDF] انسحاب قواتها من [منبج|LOCATION]، وأكدت أن [تركيا|ACTOR|TR] "
        "قصفت قرى في ريفها.",
        [("WITHDRAWAL", ["SDF"]), ("ATTACK", ["TR"])],
    ),
    # «دخلت في اشتباكات»: entering a fight is not a movement
    (
        "ودخلت [قوات النظام|ACTOR|SY_GOV] في اشتباكات مع [تنظيم داعش|ACTOR|ISIS] في "
        "[البادية|LOCATION].",
        [("ATTACK", ["SY_GOV"])],
    ),
    # a patrol that comes under fire: an attack, not a training event
    ("تعرضت دورية ل[لجيش التركي|ACTOR|TR] لإطلاق نار قرب [أريحا|LOCATION].", [("ATTACK", [])]),
    # raids and assassinations
    (
        "اقتحمت [قوات الاحتلال|ACTOR|OTHER:israel] مدينة [جنين|LOCATION] واعتقلت عشرة شبان.",
        [("ARREST", ["OTHER:israel"])],
    ),
    ("اغتال مسلحون مجهولون قيادياً في [درعا|LOCATION].", [("ATTACK", [])]),
    # a second verb with its own subject is a second event, even without «فيما»
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبل|LOCATION]، واستهدفت "
        "[الطائرات الروسية|ACTOR|RU] مدينة [أريحا|LOCATION].",
        [("ATTACK", ["SY_GOV"]), ("ATTACK", ["RU"])],
    ),
    # «منذ بدء الهجوم»: the offensive since its start, an operation
    (
        "طوقت [القوات العراقية|ACTOR|IQ_GOV] مدينة [الموصل|LOCATION]. وقتل آلاف المدنيين منذ "
        "بدء الهجوم في تشرين الأول.",
        [("OPERATION", ["IQ_GOV"]), ("OPERATION", ["IQ_GOV"])],
    ),
    # «منذ بدء موجة الهجمات»: the wave is an event besides the attack
    (
        "قتل جندي في هجوم على [قاعدة التاجي|LOCATION]، وهو الأول منذ بدء موجة الهجمات على "
        "القواعد [الأميركية|ACTOR|US] في [العراق|LOCATION].",
        [("ATTACK", []), ("ATTACK", [])],
    ),
    # ... nor one counted among its kind
    (
        "شنت طائرات [إسرائيلية|ACTOR|OTHER:israel] غارات على [مطار التيفور|LOCATION]. "
        "وتعد هذه الغارات الرابعة من نوعها منذ مطلع العام.",
        [("ATTACK", ["OTHER:israel"]), ("ATTACK", ["OTHER:israel"])],
    ),
    # ... nor one described anew by a relative clause naming a place
    (
        "اندلعت معارك في [الفاشر|LOCATION]. وقتل العشرات في المعارك التي شهدتها مدينة "
        "[الفاشر|LOCATION] منذ أيار.",
        [("ATTACK", []), ("ATTACK", [])],
    ),
    # «الدورية تجولت»: the unit named before carries its actors
    (
        "دخلت دورية من [الشرطة العسكرية الروسية|ACTOR|RU] إلى [تل رفعت|LOCATION]. وقال مصدر "
        "إن الدورية تجولت في [حي السوق|LOCATION].",
        [("MOVEMENT", ["RU"]), ("TRAINING", ["RU"])],
    ),
    # ... but one feared, threatened or denied is an event of its own
    (
        "اندلعت معارك بين [الجيش|ACTOR|OTHER:saf] و[الدعم السريع|ACTOR|OTHER:rsf] في "
        "[الخرطوم|LOCATION]. ويخشى السكان من تمدد المعارك إلى [ود مدني|LOCATION].",
        [("ATTACK", ["OTHER:saf", "OTHER:rsf"]), ("ATTACK", ["OTHER:saf", "OTHER:rsf"])],
    ),
    # a definite noun repeating the event of the previous sentence is a new mention
    (
        "وقع هجوم على حاجز [للجيش السوري|ACTOR|SY_GOV] في [درعا|LOCATION]. "
        "وأسفر الهجوم عن مقتل ثلاثة عناصر.",
        [("ATTACK", []), ("ATTACK", [])],
    ),
    # ... but a definite noun naming a new kind of event is one
    (
        "انهارت التفاهمات بين [روسيا|ACTOR|RU] و[تركيا|ACTOR|TR].",
        [("AGREEMENT", ["RU", "TR"])],
    ),
    # a convoy described again («القافلة») takes the convoy's actor
    (
        "وصلت قافلة عسكرية روسية إلى [القامشلي|LOCATION]. وقالت الوكالة إن القافلة "
        "عبرت بلدة [تل تمر|LOCATION] صباحاً.",
        [("MOVEMENT", ["RU"]), ("MOVEMENT", ["RU"])],
    ),
]


@pytest.mark.parametrize("marked,expected", MULTI, ids=range(len(MULTI)))
def test_several_events(marked, expected):
    _, evs, _ = run(marked)
    assert [(e.type, e.actors) for e in evs] == expected, [e.to_dict() for e in evs]
    if "نفت" in marked:
        assert [e.modality for e in evs] == ["denied", "asserted"]
    assert [e.id for e in evs] == [f"e{i + 1}" for i in range(len(evs))]


# ---------------------------------------------------------------- attribution

ATTRIBUTION = [
    (
        "قال [المرصد السوري لحقوق الإنسان|ORG] إن [قوات النظام|ACTOR|SY_GOV] قصفت "
        "[معرة النعمان|LOCATION]. وأضاف المرصد أن اشتباكات اندلعت في [سراقب|LOCATION]. "
        "وكانت [تركيا|ACTOR|TR] قد أرسلت تعزيزات إلى [إدلب|LOCATION].",
        ["المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", None],
    ),
    (
        "ذكرت مصادر محلية لـ[العربي الجديد|ORG] أن رتلاً تركياً دخل [إدلب|LOCATION]. "
        "وبحسب المصادر، فإن الرتل يضم دبابات ويتجه نحو [سراقب|LOCATION].",
        ["مصادر محلية", "مصادر محلية"],
    ),
    (
        "وبحسب وكالة [الأناضول|ORG]، فإن [الجيش التركي|ACTOR|TR] أرسل تعزيزات إلى "
        "[الحدود|LOCATION].",
        ["الأناضول"],
    ),
    (
        "وكان [مارك إسبر|PERSON]، قد صرح في مقابلة مع وكالة [رويترز|ORG]، بأن بلاده سحبت "
        "قواتها من [سورية|LOCATION].",
        ["مارك إسبر (رويترز)", "مارك إسبر (رويترز)"],
    ),
    # a source quoted through an agency
    (
        "ونقلت وكالة [رويترز|ORG] عن مسؤول أميركي قوله إن [واشنطن|ACTOR|US] سحبت قواتها "
        "من [منبج|LOCATION].",
        ["مسؤول أميركي (رويترز)"],
    ),
    (
        "وقال مصدر أمني لوكالة [الأناضول|ORG] إن [القوات العراقية|ACTOR|IQ_GOV] أطلقت "
        "عملية عسكرية في [كركوك|LOCATION].",
        ["مصدر أمني (الأناضول)"],
    ),
    # a trailing «بحسب ما أفاد به X»
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبل|LOCATION]، بحسب ما أفاد به "
        "[الدفاع المدني السوري|ORG].",
        ["الدفاع المدني السوري"],
    ),
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبل|LOCATION]، وفق ما ذكره ناشطون محليون.",
        ["ناشطون محليون"],
    ),
    # a new narrative sentence resets the source
    (
        "أفادت [وكالة سانا|ORG] بأن [الجيش السوري|ACTOR|SY_GOV] سيطر على [خان شيخون|LOCATION]. "
        "وقصفت [الطائرات الروسية|ACTOR|RU] بلدة [كفرنبل|LOCATION].",
        ["وكالة سانا", None],
    ),
]


@pytest.mark.parametrize("marked,sources", ATTRIBUTION, ids=range(len(ATTRIBUTION)))
def test_attribution(marked, sources):
    _, evs, _ = run(marked)
    assert [e.attribution for e in evs] == sources, [e.to_dict() for e in evs]


# ---------------------------------------------------------------- time

TIMES = [
    # the sentence's own time, the nearest one to the trigger (not the reporting verb's)
    (
        "وقالت [الوكالة|ORG]، {اليوم الجمعة|2019-12-06|day}، إن رتلاً روسياً وصل، "
        "{أمس الخميس|2019-12-05|day}، إلى [القامشلي|LOCATION].",
        ["t2"],
    ),
    # a report continued in the next sentence keeps its time
    (
        "ذكرت مصادر محلية أن [قسد|ACTOR|SDF] تعرضت {أمس|2019-12-05|day} لهجوم في "
        "[الشحيل|LOCATION]. وأضافت المصادر أن اشتباكات اندلعت في [ذيبان|LOCATION].",
        ["t1", "t1"],
    ),
    # a state in the present tense is as of the article's day
    (
        "قال المتحدث {اليوم|2019-12-06|day} إن الوضع هادئ. "
        "ويشار إلى أن [مدينة منبج|LOCATION] خاضعة لسيطرة [قسد|ACTOR|SDF].",
        ["t1"],
    ),
    # a summary lead takes the time of the detailed report of the same event
    (
        "وصلت تعزيزات روسية إلى [مطار القامشلي|LOCATION]. وقالت وكالة [سبوتنيك|ORG] إن قافلة "
        "عسكرية روسية وصلت {أمس|2019-12-05|day} إلى [مطار القامشلي|LOCATION].",
        ["t1", "t1"],
    ),
    # an undated sentence of the same story takes the story's time; a background recap none
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] {اليوم|2020-06-02|day} بلدة [كفرنبل|LOCATION]. "
        "وشنت [الطائرات الروسية|ACTOR|RU] غارات على [معرة النعمان|LOCATION]. "
        "وكانت [تركيا|ACTOR|TR] قد أرسلت تعزيزات إلى [إدلب|LOCATION].",
        ["t1", "t1", None],
    ),
    # taking control («سيطرت على») is an event of the story, not a state of the article's day
    (
        "قالت [الوكالة|ORG] {اليوم|2020-06-02|day} إن [قوات الوفاق|ACTOR|OTHER:gna] شنت "
        "{أمس|2020-06-01|day} هجوماً على [ترهونة|LOCATION]. وسيطرت "
        "[قوات الوفاق|ACTOR|OTHER:gna] على [ترهونة|LOCATION] بالكامل.",
        ["t2", "t2"],
    ),
    # a background recap of another strike by the same side does not borrow the lead's time
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] {أمس|2020-06-01|day} بلدة [كفرنبل|LOCATION]. "
        "وفي سياق آخر، التقى الوفدان. ووصل الوفد إلى العاصمة. وكانت [قوات النظام|ACTOR|SY_GOV] "
        "قد قصفت بلدة [حاس|LOCATION].",
        ["t1", None],
    ),
    # ... and a new topic the article's day
    (
        "قالت [الوكالة|ORG] {اليوم|2020-06-02|day} إن [قوات النظام|ACTOR|SY_GOV] قصفت "
        "{أمس|2020-06-01|day} بلدة [كفرنبل|LOCATION]. وفي سياق آخر، شنت "
        "[الطائرات الروسية|ACTOR|RU] غارات على [معرة النعمان|LOCATION].",
        ["t2", "t1"],
    ),
    # expected events keep no time of their own
    (
        "عززت [القوات الأميركية|ACTOR|US] مواقعها {أمس|2019-12-05|day} في [الحسكة|LOCATION]، "
        "تحسباً لهجمات محتملة من [داعش|ACTOR|ISIS].",
        ["t1", None],
    ),
]


@pytest.mark.parametrize("marked,times", TIMES, ids=range(len(TIMES)))
def test_event_time(marked, times):
    _, evs, _ = run(marked)
    assert [e.time for e in evs] == times, [e.to_dict() for e in evs]


def test_weapons_and_quantities_go_to_the_nearest_event():
    marked = (
        "وكان [إسبر|PERSON] قد صرح بأن بلاده استكملت سحب قواتها من [سورية|LOCATION]، وأبقت "
        "على [قرابة 600 جندي|QUANTITY|600:troops] في بعض القواعد، بعد هجوم "
        "[بقذائف الهاون|WEAPON] على [قاعدة التنف|LOCATION]."
    )
    _, evs, _ = run(marked)
    by_type = {e.type: e for e in evs}
    assert by_type["WITHDRAWAL"].quantities == ["m3"]
    assert by_type["ATTACK"].weapons == ["m4"]
    assert by_type["STATEMENT"].quantities == [] and by_type["STATEMENT"].weapons == []


def test_clitics_and_normalisation():
    # «وللانسحاب»، «بالهجوم» with hamza/ta marbuta variants and diacritics
    marked = "رحبت [أنقرة|ACTOR|TR] بالانسحاب. وندد [الاتحاد|ORG] بالهجمات الأخيرة."
    _, evs, _ = run(marked)
    assert [e.trigger.text for e in evs] == ["الانسحاب", "الهجمات"]


def test_lexicon_is_normalised_and_typed():
    from workbench.core.model import EVENT_TYPES

    lex = load_lexicon()
    assert len(lex) > 150
    assert {t.type for t in lex.values()} == set(EVENT_TYPES)
    assert all(form == form.strip() and "ة" not in form and "أ" not in form for form in lex)


def test_offsets_hold_with_crlf_free_text_and_diacritics():
    marked = "انسحبَتْ [القوات الروسية|ACTOR|RU] من [مطار القامشلي|LOCATION]."
    text, evs, _ = run(marked)
    assert len(evs) == 1 and evs[0].trigger.text == "انسحبَتْ"


# ---------------------------------------------------------------- the sample with gold entities


def _f1(gold: list[dict], pred: list[dict], score) -> float:
    """Greedy one-to-one matching, largest score first (as shared/tools/score.py)."""
    cands = sorted(
        ((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_g, used_p, tp = set(), set(), 0
    for s, i, j in cands:
        if s <= 0 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        tp += 1
    p = tp / len(pred) if pred else (1.0 if not gold else 0.0)
    r = tp / len(gold) if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _ev_score(a: dict, b: dict) -> int:
    if a["type"] != b["type"]:
        return 0
    s0, s1 = a["sentence"]
    t = b["trigger"]
    if not s0 <= t["start"] < s1:
        return 0
    ov = max(0, min(a["trigger"]["end"], t["end"]) - max(a["trigger"]["start"], t["start"]))
    return 1 + ov


def _f_score(a: dict, b: dict) -> int:
    if a["actor"] != b["actor"] or a["status"] != b["status"]:
        return 0
    ea, eb = a["evidence"], b["evidence"]
    return max(0, min(ea["end"], eb["end"]) - max(ea["start"], eb["start"]))


def test_sample_with_gold_entities():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = SAMPLE.read_text(encoding="utf-8")
    ents = [Entity.from_dict(e) for e in gold["entities"]]
    times = [TimeExpr.from_dict(t) for t in gold["times"]]
    nt, sents = normalize(text), sentences(text)
    evs = [e.to_dict() for e in find_events(text, nt, sents, ents, times)]
    evs_obj = find_events(text, nt, sents, ents, times)
    frc = [f.to_dict() for f in derive_forces(text, nt, sents, ents, times, evs_obj)]
    assert _f1(gold["events"], evs, _ev_score) >= 0.85
    assert _f1(gold["forces"], frc, _f_score) >= 0.80
    # modality right on every matched event
    by_sentence = {(e["type"], tuple(e["sentence"])): e["modality"] for e in gold["events"]}
    for e in evs:
        key = (e["type"], tuple(e["sentence"]))
        if key in by_sentence:
            assert e["modality"] == by_sentence[key], e
    # as_of of matched force rows
    gas = {(f["actor"], f["status"], f["evidence"]["start"]): f["as_of"] for f in gold["forces"]}
    right = sum(
        1 for f in frc if gas.get((f["actor"], f["status"], f["evidence"]["start"])) == f["as_of"]
    )
    assert right >= 0.8 * len(gold["forces"])
    for e in evs:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]


# ---------------------------------------------------------------- robustness

_WORDS = [
    "قصفت",
    "وانسحاب",
    "بتعزيزات",
    "القافلة",
    "هجوم",
    "أي",
    "نفت",
    "مصادر",
    "أنّ",
    "وكانت",
    "قد",
    "في",
    "على",
    "من",
    "قبل",
    "مع",
    "ضد",
    "الخاضعة",
    "لسيطرة",
    "ستنسحب",
    "اتفاق",
    "الروسية",
    "الأخيرة",
    "هجماته",
    "،",
    ".",
    "\n",
    '"',
    "لـ",
    "َ",
]


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=40),
    marks=st.lists(
        st.tuples(st.integers(0, 39), st.sampled_from(["ACTOR", "LOCATION", "WEAPON", "ORG"])),
        max_size=6,
    ),
)
def test_never_crashes_and_offsets_hold(words, marks):
    text = " ".join(words)
    toks = [m for m in re.finditer(r"\S+", text)]
    ents = []
    for k, (i, typ) in enumerate(marks):
        if i < len(toks):
            t = toks[i]
            canon = "RU" if typ == "ACTOR" else None
            ents.append(Entity(f"m{k + 1}", t.start(), t.end(), t.group(), typ, canon))
    nt, sents = normalize(text), sentences(text)
    evs = find_events(text, nt, sents, ents, [], published="2020-01-01")
    frc = derive_forces(text, nt, sents, ents, [], evs, published="2020-01-01")
    assert [e.id for e in evs] == [f"e{i + 1}" for i in range(len(evs))]
    assert [e.trigger.start for e in evs] == sorted(e.trigger.start for e in evs)
    for e in evs:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.sentence[0] <= e.trigger.start < e.sentence[1]
    for f in frc:
        assert 0 <= f.evidence["start"] < f.evidence["end"] <= len(text)
        assert f.actor != "UNKNOWN"


@pytest.mark.parametrize(
    "marked",
    [
        "وأشارت طفلة إلى أن أسرتها نزلت إلى الملجأ.",  # أسرة = family, not «أسرت»
        "وكان الهدف الرئيسي للخطة السيطرة على التضخم.",  # control of inflation, no place
        "تصل وزيرة الخارجية الأميركية اليوم إلى [إسرائيل|LOCATION].",  # a minister's visit
        "ترسل [الولايات المتحدة|ACTOR|US] شيكاً سنوياً إلى الحكومة.",  # a cheque is no force
    ],
)
def test_no_event_in_ordinary_news(marked):
    _, evs, _ = run(marked)
    assert evs == [], [e.to_dict() for e in evs]


@pytest.mark.parametrize(
    "marked",
    [
        "قصفت [قوات النظام|ACTOR|SY_GOV] بلدة [كفرنبل|LOCATION] بالمدفعية، بالتزامن مع "
        "غارات شنتها [الطائرات الروسية|ACTOR|RU] على [معرة النعمان|LOCATION].",
        "شنت [المدفعية التركية|ACTOR|TR] قصفاً على [تل رفعت|LOCATION]، فيما نفذت "
        "[طائرات مسيرة|WEAPON] ضربات على [منبج|LOCATION].",
    ],
)
def test_an_attack_noun_launched_anew_is_another_attack(marked):
    _, evs, _ = run(marked)
    assert [e.type for e in evs] == ["ATTACK", "ATTACK"]


def test_reinforcing_cooperation_is_no_movement():
    _, evs, _ = run("ودعا الوزير إلى تعزيز التنسيق مع [قوات البيشمركة|ACTOR|PESHMERGA].")
    assert evs == []


def test_coordinated_attacks_with_sides_of_their_own_are_two_attacks():
    marked = (
        "وتزامن ذلك مع قصف صاروخي لـ[قوات النظام|ACTOR|SY_GOV] وغارات [روسية|ACTOR|RU] "
        "استهدفت [أريحا|LOCATION]."
    )
    _, evs, _ = run(marked)
    assert [(e.type, e.actors) for e in evs] == [("ATTACK", ["SY_GOV"]), ("ATTACK", ["RU"])]


def test_a_destruction_after_another_attack_is_an_attack_of_its_own():
    _, evs, _ = run(
        "وقتلت [القوات العراقية|ACTOR|IQ_GOV] عشرات من عناصر [داعش|ACTOR|ISIS] ودمرت 12 "
        "عجلة مفخخة في [الشرقاط|LOCATION]."
    )
    assert [e.trigger.text for e in evs if e.type == "ATTACK"][-1] == "دمرت"
    # not the result of a strike («ما أدى إلى تدمير»)
    _, evs, _ = run(
        "قصفت [طائرات التحالف|ACTOR|COALITION] مواقع [داعش|ACTOR|ISIS] في [هجين|LOCATION] ما "
        "أدى إلى تدمير آليتين."
    )
    assert [e.type for e in evs] == ["ATTACK"]


def test_what_strikes_destroyed_during_them_is_their_target():
    _, evs, _ = run(
        "شنت [طائرات التحالف|ACTOR|COALITION] 9 غارات قرب [الشدادي|LOCATION] دمرت خلالها "
        "مواقع لـ[داعش|ACTOR|ISIS]."
    )
    assert [(e.trigger.text, e.targets) for e in evs] == [("غارات", ["ISIS"]), ("دمرت", ["ISIS"])]


def test_a_destruction_after_strikes_is_an_attack_without_a_military_word():
    """«ودمرت مخابئ»، «الغارات دمرت خمسة مستودعات»: the strikes before are the context; the
    destruction has the strikers as actors and the struck side as target."""
    _, evs, _ = run(
        "ونفذت [طائرات التحالف|ACTOR|COALITION] 36 غارة على مواقع [داعش|ACTOR|ISIS] في "
        "محيط [سنجار|LOCATION]، ودمرت مخابئ ومواقع قتالية."
    )
    assert [(e.trigger.text, e.actors, e.targets) for e in evs] == [
        ("غارة", ["COALITION"], ["ISIS"]),
        ("دمرت", ["COALITION"], ["ISIS"]),
    ]
    _, evs, _ = run("وقالت الوزارة إن الغارات دمرت خمسة مستودعات في [سراقب|LOCATION].")
    assert [e.trigger.text for e in evs if e.type == "ATTACK"] == ["الغارات", "دمرت"]
    # the killers destroyed their victims' tank (not the victims destroying anything)
    _, evs, _ = run("وأضاف أن الفصائل قتلت 25 عنصراً من [قوات الأسد|ACTOR|SY_GOV]، ودمرت دبابة.")
    assert [(e.trigger.text, e.actors, e.targets) for e in evs] == [
        ("قتلت", [], ["SY_GOV"]),
        ("دمرت", [], ["SY_GOV"]),
    ]
    # alone, with nothing military near, «دمرت» is no attack
    _, evs, _ = run("وقالت إن السيول دمرت خمسة منازل في [سراقب|LOCATION].")
    assert not [e for e in evs if e.type == "ATTACK"]


def test_sorties_are_no_attack_when_what_they_destroyed_is():
    _, evs, _ = run(
        "وقالت [وزارة الدفاع الروسية|ACTOR|RU] إن طائراتها نفذت 42 طلعة جوية دمرت خلالها 120 "
        "هدفاً في محيط [الميادين|LOCATION]."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("STATEMENT", "قالت"), ("ATTACK", "دمرت")]
    _, evs, _ = run(
        "ونفذت [الطائرات الروسية|ACTOR|RU] 131 طلعة جوية منذ الأحد، أصابت خلالها 472 هدفاً."
    )
    assert [(e.trigger.text, e.actors) for e in evs] == [("أصابت خلالها", ["RU"])]


@pytest.mark.parametrize(
    "marked,trigger,actors",
    [
        (
            "ونقلت [سانا|ORG] عن مصدر عسكري أن وحدات [الجيش|ACTOR|SY_GOV] أعادت تموضعها على "
            "التلال المشرفة على [البلدة|LOCATION].",
            "أعادت تموضعها",
            ["SY_GOV"],
        ),
        (
            "وأكد مسؤول في [البيشمركة|ACTOR|PESHMERGA] أن قواته أعادت انتشارها على ضفة "
            "[نهر الزاب الصغير|LOCATION].",
            "أعادت انتشارها",
            ["PESHMERGA"],
        ),
        # an official who only speaks makes no visit of it
        (
            "وقال القائد إن مقاتلي [الفيلق الثالث|ACTOR|OTHER:third-legion] أعادوا التموضع في "
            "محيط [كفرجنة|LOCATION].",
            "أعادوا التموضع",
            ["OTHER:third-legion"],
        ),
    ],
)
def test_a_redeployment_is_a_movement(marked, trigger, actors):
    _, evs, _ = run(marked)
    assert [(e.type, e.trigger.text, e.actors) for e in evs if e.type != "STATEMENT"] == [
        ("MOVEMENT", trigger, actors)
    ]


def test_most_of_a_counted_force_stationed_somewhere_is_a_movement_of_its_own():
    _, evs, frc = run(
        "وتنشر [الولايات المتحدة|ACTOR|US] نحو 2500 جندي في [العراق|LOCATION] ضمن "
        "[التحالف الدولي|ACTOR|COALITION]، يتمركز معظمهم في [قاعدة عين الأسد|LOCATION]."
    )
    assert [(e.trigger.text, e.actors) for e in evs] == [("تنشر", ["US"]), ("يتمركز", ["US"])]
    assert ("US", "قاعدة عين الأسد") in [(f.actor, f.location["text"]) for f in frc if f.location]
    # a minister's arrival is still a visit
    _, evs, _ = run("ووصل وزير الدفاع إلى [بغداد|LOCATION] أمس.")
    assert not [e for e in evs if e.type == "MOVEMENT"]


def test_escorts_and_advisers_move_with_a_force_they_are_not_part_of():
    _, evs, _ = run(
        "وأكدت أن مستشارين [عسكريين روساً|ACTOR|RU] يرافقون [القوات السورية|ACTOR|SY_GOV] على الأرض."
    )
    assert [(e.type, e.actors, e.targets) for e in evs] == [("MOVEMENT", ["RU"], [])]
    # advisers counted in a force belong to it
    _, evs, _ = run(
        "وتنشر [الولايات المتحدة|ACTOR|US] نحو ألفي عسكري في [شمال سوريا|LOCATION]، بينهم "
        "مستشارون يرافقون [قسد|ACTOR|SDF] في [الرقة|LOCATION]."
    )
    assert [(e.trigger.text, e.actors) for e in evs] == [("تنشر", ["US"]), ("يرافقون", ["US"])]
    # the escort of a patrol is no movement of its own
    _, evs, _ = run(
        "وسيّرت [الشرطة العسكرية الروسية|ACTOR|RU] دورية قرب [الدرباسية|LOCATION] ترافقها مروحيتان."
    )
    assert [e.trigger.text for e in evs if e.type == "MOVEMENT"] == []


@pytest.mark.parametrize(
    "marked,trigger,modality",
    [
        (
            "وأكد أن [الحشد الشعبي|ACTOR|OTHER:pmf] ستواصل ملاحقة فلول "
            "[داعش|ACTOR|ISIS] على [الشريط الحدودي|LOCATION].",
            "ملاحقة",
            "planned",
        ),
        (
            "وأشار إلى أن مقاتلي [الوحدات|ACTOR|YPG] يلاحقون فلول التنظيم في القرى المحيطة.",
            "يلاحقون",
            "asserted",
        ),
        (
            "وقال إن قواته فككت أكثر من 200 [عبوة ناسفة|WEAPON] في [البلدة|LOCATION].",
            "فككت",
            "asserted",
        ),
    ],
)
def test_pursuits_and_dismantling_are_operations(marked, trigger, modality):
    _, evs, _ = run(marked)
    assert [(e.type, e.trigger.text, e.modality) for e in evs] == [("OPERATION", trigger, modality)]


def test_a_prosecution_is_no_pursuit():
    _, evs, _ = run("وقال إن الادعاء العام سيبدأ ملاحقة قضائية بحق عناصر [داعش|ACTOR|ISIS].")
    assert not [e for e in evs if e.type == "OPERATION"]


def test_an_area_cleared_is_held():
    _, evs, frc = run(
        "وقال إن [قوات الجيش|ACTOR|IQ_GOV] طهّرت [قرية الفاضلية|LOCATION] من عناصر "
        "[داعش|ACTOR|ISIS]."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("OPERATION", "طهّرت")]
    assert [(f.actor, f.status) for f in frc if f.actor == "IQ_GOV"] == [("IQ_GOV", "controls")]


def test_the_killed_between_the_killing_and_the_strike_are_its_targets():
    _, evs, _ = run(
        "وتزامن ذلك مع إعلان [الكرملين|ACTOR|RU] أن [بوتين|PERSON|putin] سيستقبل "
        "[أردوغان|PERSON|erdogan] في [موسكو|LOCATION]، بعد أيام من مقتل 34 "
        "[جندياً تركياً|ACTOR|TR] في غارة جوية على مواقعهم قرب [بليون|LOCATION]."
    )
    att = [e for e in evs if e.type == "ATTACK"]
    assert len(att) == 1 and "TR" in att[0].targets and "TR" not in att[0].actors, att


def test_soldiers_raising_the_flag_over_a_place_take_it():
    _, evs, _ = run(
        "وبث التلفزيون صوراً لجنود يرفعون العلم السوري في [ساحة الريجة|LOCATION]، بعد سيطرة "
        "[الجيش|ACTOR|SY_GOV] على [مخيم اليرموك|LOCATION]."
    )
    assert ("CONTROL", "يرفعون") in [(e.type, e.trigger.text) for e in evs]
    # over walls or a roof («فوق أسوار القلعة»): the flag names the place taken
    _, evs, _ = run("وبث التلفزيون مشاهد لجنود يرفعون العلم السوري فوق أسوار القلعة.")
    assert ("CONTROL", "يرفعون") in [(e.type, e.trigger.text) for e in evs]
    # fighters waving flags take nothing
    _, evs, _ = run("وخرج مقاتلون يرفعون الأعلام في [الساحة|LOCATION].")
    assert not [e for e in evs if e.type == "CONTROL"]


def test_the_word_after_a_quoted_name_is_not_part_of_it():
    _, evs, _ = run(
        'إن مقاتلين من "[جبهة النصرة|ACTOR|NUSRA]" و[حركة "شام الإسلام"|ACTOR|OTHER:sham-al-islam] '
        "اقتحموا [القرية|LOCATION] فجر أمس."
    )
    assert [(e.trigger.text, e.actors) for e in evs] == [
        ("اقتحموا", ["NUSRA", "OTHER:sham-al-islam"])
    ]


def test_a_convoy_an_ambush_was_laid_for_is_its_target_not_a_movement():
    _, evs, _ = run(
        'وقتل 16 عنصراً من [القوات الحكومية|ACTOR|SY_GOV] إثر كمين نصبته خلايا تنظيم "'
        '[داعش|ACTOR|ISIS]" لرتل عسكري على [طريق الرصافة|LOCATION].'
    )
    assert [e.type for e in evs] == ["ATTACK"]


@pytest.mark.parametrize(
    "marked,trigger",
    [
        (
            "وأفاد مصدر بأن وحدات [الجيش|ACTOR|SY_GOV] التقت بالحامية المرابطة في "
            "[مطار كويرس|LOCATION].",
            "التقت",
        ),
        (
            "وفك الجيش الحصار عن [نبل|LOCATION] بعد التقاء القوات المتقدمة بعناصر الدفاع "
            "المحلي المرابطين فيها.",
            "التقاء",
        ),
    ],
)
def test_a_link_up_with_a_garrison_is_a_movement(marked, trigger):
    _, evs, _ = run(marked)
    assert ("MOVEMENT", trigger) in [(e.type, e.trigger.text) for e in evs]


def test_officials_meeting_is_no_link_up():
    for marked in (
        "والتقى وفد عسكري [روسي|ACTOR|RU] قيادات من [قسد|ACTOR|SDF] في [القامشلي|LOCATION].",
        "والتقى الوزير بالرئيس في [دمشق|LOCATION].",
    ):
        _, evs, _ = run(marked)
        assert not [e for e in evs if e.type == "MOVEMENT"], marked


def test_fighters_fleeing_a_fight_withdraw_and_people_fleeing_do_not():
    _, evs, _ = run(
        "وأضاف أن أكثر من 100 إرهابي قُتلوا خلال العملية، فيما فرّ العشرات منهم باتجاه "
        "[عامرية الفلوجة|LOCATION]."
    )
    assert ("WITHDRAWAL", "فرّ") in [(e.type, e.trigger.text) for e in evs]
    _, evs, _ = run(
        "وقال إن 56 عنصراً من [قوات النظام|ACTOR|SY_GOV] قتلوا، بينما تمكن عدد من الضباط من "
        "الفرار باتجاه [حماة|LOCATION]."
    )
    assert ("WITHDRAWAL", "الفرار") in [(e.type, e.trigger.text) for e in evs]
    for marked in (
        "وسيطر [الجيش|ACTOR|SY_GOV] على المدينة فيما فر أكثر من 200 ألف من سكان المنطقة إلى "
        "[تركيا|LOCATION].",
        "وقتل [داعش|ACTOR|ISIS] آلاف الإيزيديين، فيما فرّ عشرات الآلاف منهم إلى [الجبل|LOCATION].",
    ):
        _, evs, _ = run(marked)
        assert not [e for e in evs if e.type == "WITHDRAWAL"], marked


def test_barrels_dropped_by_a_named_subject_are_an_attack():
    _, evs, _ = run(
        "وفي رد انتقامي، ألقى [الطيران المروحي|ACTOR|SY_GOV] التابع للأسد أكثر من 25 "
        "[برميلاً متفجراً|WEAPON] على بلدات [الحراك|LOCATION]."
    )
    assert [(e.type, e.trigger.text, e.actors) for e in evs] == [("ATTACK", "ألقى", ["SY_GOV"])]
    # (an object pronoun on the verb: what follows is its subject, not what it downed)
    _, evs, _ = run(
        "وتعرضت [قاعدة حقل العمر|LOCATION] لهجوم بطائرتين مسيرتين أسقطتهما الدفاعات الجوية "
        "[الأميركية|ACTOR|US]، فيما رفعت [القوات الأميركية|ACTOR|US] حالة التأهب."
    )
    assert [e.trigger.text for e in evs if e.type == "ATTACK"] == ["هجوم"]


def test_vowed_revenge_is_a_planned_attack():
    for marked, trigger in (
        ('وتوعّد [خامنئي|PERSON|khamenei] "المجرمين" بـ"انتقام قاسٍ".', "انتقام"),
        ('وأكد في بيان أن "القصاص العادل من القتلة" مسؤولية الجميع.', "القصاص"),
    ):
        _, evs, _ = run(marked)
        got = [(e.trigger.text, e.modality) for e in evs if e.type == "ATTACK"]
        assert got == [(trigger, "planned")], (marked, got)


def test_munitions_that_fell_named_before_the_verb_are_an_attack():
    _, evs, _ = run("وقال المراسل إن [القذائف|WEAPON|shell] سقطت على أحياء [الشهداء|LOCATION].")
    assert [(e.type, e.trigger.text) for e in evs] == [("ATTACK", "سقطت")]
    _, evs, _ = run("وقال إن [الطائرة|WEAPON|aircraft] سقطت في [البحر|LOCATION].")
    assert not [e for e in evs if e.type == "ATTACK"]


@pytest.mark.parametrize(
    "marked,modality",
    [
        (
            "ويرى ناشطون أن سقوط اللواء يفتح الطريق أمام الثوار نحو [مطار الثعلة|LOCATION].",
            "asserted",
        ),
        ("وقال مصدر إن سقوط الحصن يقفل آخر المعابر.", "asserted"),
        ("ونفى [الائتلاف الوطني|ORG] في بيان سقوط القلعة بالكامل.", "denied"),
    ],
)
def test_the_fall_of_a_place_referred_back_to_is_a_control(marked, modality):
    _, evs, _ = run(marked)
    assert [(e.type, e.trigger.text, e.modality) for e in evs if e.type == "CONTROL"] == [
        ("CONTROL", "سقوط", modality)
    ]


def test_an_aircraft_falling_is_no_control():
    _, evs, _ = run("وأكد أن سقوط الطائرة جاء بسبب عطل فني.")
    assert not [e for e in evs if e.type == "CONTROL"]


@pytest.mark.parametrize(
    "marked",
    [
        "ودانت الخارجية الاعتداء، مطالبة مجلس الأمن بإلزام [واشنطن|ACTOR|US] بسحب قواتها من "
        "[الأراضي السورية|LOCATION].",
        "ومطالبة [بغداد|ACTOR|IQ_GOV] [أنقرة|ACTOR|TR] بسحب قواتها من [الأراضي العراقية|LOCATION].",
    ],
)
def test_a_withdrawal_demanded_or_made_obligatory_is_planned(marked):
    _, evs, frc = run(marked)
    assert [(e.type, e.modality) for e in evs if e.type == "WITHDRAWAL"] == [
        ("WITHDRAWAL", "planned")
    ]
    assert "withdrawn" not in [f.status for f in frc]


@pytest.mark.parametrize(
    "marked,trigger,modality",
    [
        (
            "وقتلت القوات 200 من عناصر التنظيم منذ انطلاق العمليات في [تلعفر|LOCATION].",
            "العمليات",
            "asserted",
        ),
        (
            "وأعلن [العبادي|PERSON|abadi] انطلاق عمليات تحرير مدينة [الموصل|LOCATION].",
            "عمليات",
            "asserted",
        ),
        (
            "وقتل 170 عنصراً منذ انطلاق عملية (لبيك يا رسول الله) الأسبوع الماضي.",
            "عملية",
            "asserted",
        ),
        (
            "وتواصل [قوات الحشد الشعبي|ACTOR|OTHER:pmf] التحشد على مشارف [الرمادي|LOCATION] "
            "تمهيداً لعملية واسعة.",
            "عملية",
            "planned",
        ),
    ],
)
def test_operations_launched_or_prepared(marked, trigger, modality):
    _, evs, _ = run(marked)
    got = [(e.trigger.text, e.modality) for e in evs if e.type == "OPERATION"]
    assert (trigger, modality) in got, got


def test_negotiations_are_agreement_events_trade_talks_are_not():
    _, evs, _ = run("وأعلن المبعوث الأممي [دي ميستورا|PERSON|de-mistura] تعليق مفاوضات جنيف.")
    assert [e.type for e in evs if e.type == "AGREEMENT"] == ["AGREEMENT"]
    _, evs, _ = run("واستأنف البلدان المفاوضات التجارية في [بغداد|LOCATION].")
    assert not [e for e in evs if e.type == "AGREEMENT"]


@pytest.mark.parametrize(
    "marked,trigger",
    [
        (
            "وكانت القيادة أعلنت في حزيران وقفاً للعمليات القتالية في [درعا|LOCATION].",
            "وقفاً للعمليات القتالية",
        ),
        (
            "واتفق [بوتين|PERSON|putin] مع [أردوغان|PERSON|erdogan] على وقف شامل لإطلاق النار.",
            "وقف شامل لإطلاق النار",
        ),
        ("وجاء الهجوم بعد ساعات من بدء سريان نظام تهدئة في [حلب|LOCATION].", "نظام تهدئة"),
    ],
)
def test_ceasefires_in_the_accusative_or_with_an_adjective(marked, trigger):
    _, evs, _ = run(marked)
    assert ("AGREEMENT", trigger) in [(e.type, e.trigger.text) for e in evs]


def test_a_post_set_up_named_before_the_passive_or_after_its_noun_is_a_base():
    for marked, trigger in (
        ("وأوضح البيان أن النقطة أقيمت في إطار اتفاق أستانة.", "أقيمت"),
        ("وجاء إنشاء النقطة الجديدة بعد أيام من القصف.", "إنشاء النقطة"),
    ):
        _, evs, _ = run(marked)
        assert ("BASE", trigger) in [(e.type, e.trigger.text) for e in evs], marked
    _, evs, _ = run("وأقيمت مراسم العزاء في المسجد.")
    assert not [e for e in evs if e.type == "BASE"]


def test_barrels_dropped_past_a_time_and_a_count():
    from workbench.core.extract import extract_text

    doc = extract_text(
        "وأفاد ناشطون بأن الطيران المروحي التابع للنظام ألقى مساء أمس ما لا يقل عن عشرة "
        "براميل متفجرة على البلدة.",
        published="2019-12-06",
    )
    assert ("ATTACK", "ألقى") in [(e["type"], e["trigger"]["text"]) for e in doc["events"]]


def test_a_treacherous_attack_is_no_departure():
    _, evs, _ = run('وذكرت الهيئة أن قواتها "تصدت لهجوم إرهابي غادر على مواقعها".')
    assert not [e for e in evs if e.type == "WITHDRAWAL"]


def test_capturing_and_its_captives():
    _, evs, _ = run("وأسفرت المعارك عن مقتل 60 عنصراً من [قوات النظام|ACTOR|SY_GOV] وأسر 15 آخرين.")
    assert [(e.trigger.text, e.actors, e.targets) for e in evs if e.type == "ARREST"] == [
        ("أسر", [], ["SY_GOV"])
    ]
    _, evs, _ = run("وقال إن مقاتلين من [المعارضة|ACTOR|FSA] احتجزوا 43 من جنود حفظ السلام.")
    assert [e.trigger.text for e in evs if e.type == "ARREST"] == ["احتجزوا"]
    # families are no captivity
    _, evs, _ = run("وقدمت الجمعية مساعدات إلى أسر الشهداء في [البلدة|LOCATION].")
    assert not [e for e in evs if e.type == "ARREST"]


def test_arson_by_armed_men_is_an_attack():
    _, evs, _ = run('وقال مسؤول إن "مسلحين يرتدون زي الحشد أضرموا النار في نحو 150 منزلاً".')
    assert [(e.type, e.trigger.text) for e in evs] == [("ATTACK", "أضرموا")]
    _, evs, _ = run(
        "وانتشر مقاتلو [مجلس منبج العسكري|ACTOR|OTHER:manbij-military-council] في الأحياء، في "
        "حين خرج الأهالي إلى الشوارع وأحرقت نساء النقاب."
    )
    assert not [e for e in evs if e.type == "ATTACK"]


def test_holding_ground_and_imposing_security_are_control():
    _, evs, _ = run(
        'وأكد أن "أبناء [العشائر|ACTOR|OTHER:arab-tribes] هم من يمسكون الأرض ويحمون المدينة".'
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("CONTROL", "يمسكون")]
    _, evs, _ = run(
        'وأعلنت القيادة أن قطعات [الجيش|ACTOR|IQ_GOV] "فرضت الأمن" في [قضاء طوزخورماتو|LOCATION].'
    )
    assert ("CONTROL", "فرضت الأمن") in [(e.type, e.trigger.text) for e in evs]
    _, evs, _ = run("وقال إنه تمسك بموقفه من المفاوضات.")
    assert not [e for e in evs if e.type == "CONTROL"]


def test_a_place_wrested_is_a_control():
    _, evs, _ = run(
        "وكانت [فصائل المعارضة|ACTOR|FSA] قد سيطرت على المعبر، قبل أن تنتزع صباح الأحد "
        "[مدينة كسب|LOCATION]."
    )
    assert ("CONTROL", "تنتزع") in [(e.type, e.trigger.text) for e in evs]
    _, evs, _ = run("وانتزعت [الحكومة|ACTOR|SY_GOV] اعترافاً دولياً بشرعيتها.")
    assert not [e for e in evs if e.type == "CONTROL"]


def test_buses_that_carried_fighters_out_are_a_withdrawal():
    _, evs, _ = run(
        "وأفاد المرصد بأن حافلات أقلت مئات من عناصر [التنظيم|ACTOR|ISIS] وعائلاتهم من "
        "[مخيم اليرموك|LOCATION]."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("WITHDRAWAL", "أقلت")]
    _, evs, _ = run("وقال إن سيارة أقلت الوزير إلى [المطار|LOCATION].")
    assert not evs


def test_control_of_buildings_inside_a_named_place():
    _, evs, _ = run(
        'سيطرت "[حركة أحرار الشام الإسلامية|ACTOR|OTHER:ahrar-al-sham]"، اليوم الخميس، على عدة '
        "مبانٍ داخل إدارة المركبات العسكرية في [مدينة حرستا|LOCATION]."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("CONTROL", "سيطرت")]


def test_a_flight_noun_after_a_fight():
    _, evs, _ = run(
        "وتقدمت [القوات|ACTOR|IQ_GOV] نحو [القرية|LOCATION] بعد فرار عناصر "
        "[التنظيم|ACTOR|ISIS] منها."
    )
    assert ("WITHDRAWAL", "فرار") in [(e.type, e.trigger.text) for e in evs]
    _, evs, _ = run("وتحدث عن هروب آلاف المدنيين من القصف على [الحي|LOCATION].")
    assert not [e for e in evs if e.type == "WITHDRAWAL"]


def test_keeping_troops_is_no_control_keeping_a_town_is():
    _, evs, _ = run("وتحتفظ [الولايات المتحدة|ACTOR|US] بنحو 900 جندي في [سوريا|LOCATION].")
    assert not [e for e in evs if e.type == "CONTROL"]
    _, evs, _ = run("ولا تزال [قوات النظام|ACTOR|SY_GOV] تحتفظ بمدينة [أريحا|LOCATION].")
    assert [e.type for e in evs] == ["CONTROL"]


def test_a_campaign_is_an_operation_its_spokesperson_and_a_vaccination_are_not():
    _, evs, _ = run(
        "وأشار إلى أن الحملة أسفرت حتى الآن عن ضبط [أسلحة|WEAPON|weapons] وذخائر في "
        "[مخيم الهول|LOCATION]."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("OPERATION", "الحملة")]
    for marked in (
        "وقالت المتحدثة باسم الحملة إن [قوات سوريا الديمقراطية|ACTOR|SDF] تقدمت.",
        "وأطلقت الوزارة حملة تطعيم ضد شلل الأطفال في [إدلب|LOCATION].",
    ):
        _, evs, _ = run(marked)
        assert not [e for e in evs if e.type == "OPERATION"], marked


def test_a_cordon_imposed_is_an_operation():
    _, evs, _ = run(
        "وقال إن قوات [المجلس|ACTOR|OTHER:manbij-military-council] فرضت طوقاً أمنياً حول "
        "موقع التفجير في [منبج|LOCATION]."
    )
    assert ("OPERATION", "طوقاً أمنياً") in [(e.type, e.trigger.text) for e in evs]


def test_a_place_described_as_besieged_is_a_siege_by_no_one_named():
    _, evs, frc = run(
        "وصلت [قافلة مساعدات|WEAPON] إلى [مضايا|LOCATION] المحاصرة منذ أشهر، برفقة "
        "[الهلال الأحمر|ORG]."
    )
    siege = [e for e in evs if e.type == "OPERATION"]
    assert [(e.trigger.text, e.actors, e.targets) for e in siege] == [("المحاصرة", [], [])]
    assert not [f for f in frc if f.status == "present"]


def test_an_active_killing_with_its_count_is_an_attack():
    _, evs, _ = run("وأكدت [وزارة الدفاع الروسية|ACTOR|RU] أنها قتلت 150 مسلحاً في [إدلب|LOCATION].")
    assert [e.type for e in evs if e.type == "ATTACK"] == ["ATTACK"]
    # a toll alone is not («قتل 16 عنصراً في الهجوم» names the attack)
    _, evs, _ = run("وقتل 16 عنصراً في الهجوم على [السخنة|LOCATION].")
    assert [e.trigger.text for e in evs] == ["الهجوم"]


def test_an_assault_on_freedoms_is_no_attack():
    _, evs, _ = run("وندد الحزب بالاعتداء على حرية الصحافة.")
    assert evs == []


def test_a_denial_alone_is_no_statement():
    """«نفى المتحدث ...» reports a denial, not an announcement (annotators mark none)."""
    _, evs, _ = run("ونفى المتحدث باسم [التحالف|ACTOR|COALITION] هذه الرواية.")
    assert [e.type for e in evs] == []


def test_out_of_control_is_no_control():
    _, evs, _ = run("وباتت [الرقة|LOCATION] أول مدينة تخرج عن سيطرة [النظام|ACTOR|SY_GOV].")
    assert [e.type for e in evs if e.type == "CONTROL"] == []
    # (talking about a capture is one)
    _, evs, _ = run("وتحدثت مصادر عن سيطرة [قوات النظام|ACTOR|SY_GOV] على [حي الحيدرية|LOCATION].")
    assert [e.type for e in evs] == ["CONTROL"]


def test_the_members_a_coalition_lists_are_not_the_subject():
    _, evs, _ = run(
        "سيطرت فصائل [غرفة عمليات الفتح المبين|ACTOR|OTHER:fatah-mubin]، التي تضم "
        "[هيئة تحرير الشام|ACTOR|NUSRA] و[الجبهة الوطنية للتحرير|ACTOR|OTHER:national-front-for-"
        "liberation]، أمس، على [سراقب|LOCATION] بعد معارك مع [قوات النظام|ACTOR|SY_GOV]."
    )
    fight = next(e for e in evs if e.type == "ATTACK")
    assert "NUSRA" not in fight.actors


def test_floods_sweeping_villages_are_no_capture():
    _, evs, _ = run("واجتاحت السيول قرى في [ريف حلب|LOCATION].")
    assert evs == []


def test_a_side_named_after_kana_announces_across_its_relative_clause():
    _, evs, _ = run(
        "وكانت [قوات سوريا الديمقراطية|ACTOR|SDF]، التي تقودها [وحدات حماية الشعب|ACTOR|YPG]، "
        "قد أعلنت أمس سيطرتها على [الطبقة|LOCATION]."
    )
    assert [e.type for e in evs] == ["STATEMENT", "CONTROL"]


def test_a_similar_attack_with_its_own_details_is_an_attack():
    _, evs, _ = run(
        "وشهدت المنطقة في آذار اشتباكات مماثلة بين [الجيش العراقي|ACTOR|IQ_GOV] و"
        "[وحدات مقاومة سنجار|ACTOR|OTHER:ybs] في [سنوني|LOCATION]."
    )
    assert [e.type for e in evs] == ["ATTACK"]
    # generic ones are not («بالوقوف وراء هجمات مماثلة»)
    _, evs, _ = run("وتتهم [واشنطن|ACTOR|US] فصائل موالية لإيران بالوقوف وراء هجمات مماثلة.")
    assert evs == []


def test_the_sites_of_a_sides_fighters_name_the_side_hit_and_not_the_attackers_post():
    marked = (
        "وقصفت [المدفعية التركية|ACTOR|TR] المتمركزة على [الحدود|LOCATION]، لليوم الخامس، "
        'مواقع لميليشيا "[وحدات حماية الشعب|ACTOR|YPG]" الكردية في [قرية زور مغار|LOCATION].'
    )
    text, evs, _ = run(marked)
    (ev,) = evs
    assert (ev.actors, ev.targets) == (["TR"], ["YPG"])
    assert loc_text(text, marked, ev) == "قرية زور مغار"
    # «مقرات لعناصر X»: the same with the fighters' noun
    _, evs, _ = run(
        "استهدفت طائرات [روسية|ACTOR|RU] مقرات لعناصر [هيئة تحرير الشام|ACTOR|NUSRA] في "
        "[كفرنبل|LOCATION]."
    )
    assert evs[0].targets == ["NUSRA"]
    # the post of a side that stays put is still where a withdrawal leaves from
    marked = "انسحبت [القوات الأمريكية|ACTOR|US] المتمركزة في [قاعدة صرين|LOCATION]."
    text, evs, _ = run(marked)
    assert loc_text(text, marked, evs[0]) == "قاعدة صرين"


def test_a_verb_that_starts_with_fa_or_waw_is_no_conjunction_sharing_the_subject():
    _, evs, _ = run(
        "ودخل [الجيش السوري|ACTOR|SY_GOV] المدينة فجر الأحد، فيما فرّ مئات المسلحين باتجاه "
        "[فليطة|LOCATION]."
    )
    fled = next(e for e in evs if e.type == "WITHDRAWAL")
    assert fled.actors == []
    # a real «و» still continues the subject
    _, evs, _ = run(
        "وواصلت [قوات سوريا الديمقراطية|ACTOR|SDF] تقدمها، وسيطرت على [قرية الباغوز|LOCATION]."
    )
    assert [e.actors for e in evs] == [["SDF"], ["SDF"]]


def test_the_remaining_and_the_last_fighters_of_a_side_are_the_ones_who_leave():
    _, evs, _ = run(
        'في حين فرّ من تبقى من مسلحي "[النصرة|ACTOR|NUSRA]" باتجاه [جرود عرسال|LOCATION].'
    )
    assert evs[0].actors == ["NUSRA"]
    _, evs, _ = run(
        "انتشرت وحدات من [الشرطة العسكرية الروسية|ACTOR|RU] في المدينة إثر خروج آخر مقاتلي "
        '"[جيش الإسلام|ACTOR|OTHER:jaish-al-islam]" منها.'
    )
    out = next(e for e in evs if e.type == "WITHDRAWAL")
    assert out.actors == ["OTHER:jaish-al-islam"]
    # and a side coordinated with them
    _, evs, _ = run(
        'بعد خروج آخر دفعة من مسلحي "[جيش الإسلام|ACTOR|OTHER:jaish-al-islam]" و"[قوات الشهيد '
        'أحمد العبدو|ACTOR|OTHER:ahmad-al-abdo]" باتجاه [الشمال السوري|LOCATION].'
    )
    assert evs[0].actors == ["OTHER:jaish-al-islam", "OTHER:ahmad-al-abdo"]


def test_a_curfew_is_no_patrol():
    _, evs, _ = run(
        "ودخلت [قوات سوريا الديمقراطية|ACTOR|SDF] [مدينة الطبقة|LOCATION]، وفرضت حظر تجول."
    )
    assert [e.type for e in evs] == ["MOVEMENT"]


def test_support_after_waw_is_no_subject_and_air_cover_does_not_advance():
    _, evs, _ = run(
        'إن "ألوية [الحشد الشعبي|ACTOR|OTHER:pmf]" وبمساندة [طيران الجيش|ACTOR|IQ_GOV] '
        "اقتحمت [مركز القضاء|LOCATION] فجر اليوم."
    )
    assert evs[0].actors == ["OTHER:pmf"]
    _, evs, _ = run(
        "وتقدمت [قوات النظام|ACTOR|SY_GOV] على محورين من جهة [الركايا|LOCATION]، وبإسناد "
        "جوي [روسي|ACTOR|RU]."
    )
    assert evs[0].actors == ["SY_GOV"]


def test_fire_from_a_sides_positions_is_that_sides_and_out_of_service_is_no_withdrawal():
    _, evs, frc = run(
        "وأوضح المراسل أن [القذائف|WEAPON|shell] أُطلقت من مواقع [قوات النظام|ACTOR|SY_GOV] "
        "و[الميليشيات "
        "الإيرانية|ACTOR|OTHER:iran-backed-militias] في [الفوج 46|LOCATION] و[بلدة كفر عمة|"
        "LOCATION]، وتسببت بخروج المشفى عن الخدمة."
    )
    assert [(e.type, e.actors) for e in evs] == [
        ("ATTACK", ["SY_GOV", "OTHER:iran-backed-militias"])
    ]
    assert sorted((f.actor, f.status, f.location["text"]) for f in frc) == [
        ("OTHER:iran-backed-militias", "present", "الفوج 46"),
        ("OTHER:iran-backed-militias", "present", "بلدة كفر عمة"),
        ("SY_GOV", "present", "الفوج 46"),
        ("SY_GOV", "present", "بلدة كفر عمة"),
    ]


def test_a_time_between_the_army_and_the_verb_does_not_take_it_out_of_reach():
    _, evs, _ = run(
        "وكان [الجيش السوري|ACTOR|SY_GOV] قد أطلق عمليته في [ريف حلب الشرقي|LOCATION] "
        "{منتصف كانون الثاني الماضي|2017-01|month}، واستعاد خلالها [أكثر من 200 بلدة|QUANTITY|200:other] "
        "وقرية، "
        "بينها [دير حافر|LOCATION]."
    )
    assert [(e.type, e.actors) for e in evs] == [("OPERATION", ["SY_GOV"]), ("CONTROL", ["SY_GOV"])]


def test_its_operation_launched_is_an_operation():
    _, evs, _ = run(
        "وكان [الجيش السوري|ACTOR|SY_GOV] قد أطلق عمليته في [ريف اللاذقية الشمالي|LOCATION]."
    )
    assert [(e.type, e.trigger.text, e.actors) for e in evs] == [
        ("OPERATION", "عمليته", ["SY_GOV"])
    ]
    _, evs, _ = run("وقال إن عمليته في المنطقة لم تحقق شيئاً.")
    assert evs == []


def test_a_sides_own_fighters_in_the_nominative_are_military():
    _, evs, _ = run(
        "ونفت [حركة أحرار الشام|ACTOR|OTHER:ahrar-al-sham] في بيان أن يكون مقاتلوها قد "
        "انسحبوا من [جبل الأكراد|LOCATION]."
    )
    assert [(e.type, e.modality, e.actors) for e in evs] == [
        ("STATEMENT", "asserted", ["OTHER:ahrar-al-sham"]),  # (the statement it issued)
        ("WITHDRAWAL", "denied", ["OTHER:ahrar-al-sham"]),
    ]


def test_a_military_vehicle_ramming_another_is_an_attack():
    _, evs, _ = run(
        "بعدما صدمت مدرعة [روسية|ACTOR|RU] عربة [أميركية|ACTOR|US] قرب [بلدة المالكية|LOCATION]."
    )
    assert [(e.type, e.actors, e.targets) for e in evs] == [("ATTACK", ["RU"], ["US"])]
    _, evs, _ = run("صدمت سيارة مسرعة عددا من المارة في السوق.")
    assert evs == []


def test_storming_as_a_noun_is_an_attack_and_the_attackers_are_fighters():
    _, evs, _ = run(
        "وبدأت [القوات العراقية|ACTOR|IQ_GOV] صباح اليوم اقتحام [حي الزهور|LOCATION] من ثلاثة "
        "محاور."
    )
    assert [(e.type, e.trigger.text) for e in evs] == [("ATTACK", "اقتحام")]
    _, evs, _ = run("وأوضح المرصد أن المهاجمين اقتحموا أمس مباني [الحقل|LOCATION].")
    assert [e.type for e in evs] == ["ATTACK"]


def test_forces_stationed_on_a_front_are_deployed_there():
    _, evs, frc = run(
        "وأضاف أن نحو 3 آلاف مقاتل من [البيشمركة|ACTOR|PESHMERGA] يرابطون حالياً على "
        "[خطوط التماس|LOCATION]."
    )
    assert [(e.type, e.actors) for e in evs] == [("MOVEMENT", ["PESHMERGA"])]
    assert [(f.actor, f.status) for f in frc] == [("PESHMERGA", "present")]


def test_forces_concentrated_in_an_area_are_deployed_there_but_clashes_are_not():
    _, evs, frc = run(
        'في حين تتركز "[أحرار الشام|ACTOR|OTHER:ahrar-al-sham]" في [جبل الزاوية|LOCATION] '
        "و[سهل الغاب|LOCATION]."
    )
    assert [(e.type, e.actors) for e in evs] == [("MOVEMENT", ["OTHER:ahrar-al-sham"])]
    assert len(frc) == 2
    _, evs, _ = run("وتتركز الاشتباكات في محيط [المطار|LOCATION].")
    assert [e.type for e in evs] == ["ATTACK"]


def test_pounding_aggression_and_an_ongoing_occupation():
    _, evs, _ = run(
        "إذ دكّت [المدفعية السورية|ACTOR|SY_GOV] مواقع الاحتلال في [الجولان|LOCATION] بعشرات "
        "الصواريخ."
    )
    assert [(e.type, e.actors) for e in evs] == [("ATTACK", ["SY_GOV"])]
    _, evs, _ = run(
        "اعتدى طيران [العدو الإسرائيلي|ACTOR|OTHER:israel] على أحد المواقع العسكرية في "
        "[ريف القنيطرة|LOCATION]."
    )
    assert [(e.type, e.actors) for e in evs] == [("ATTACK", ["OTHER:israel"])]
    _, evs, frc = run(
        "ويحتل [كيان الاحتلال الإسرائيلي|ACTOR|OTHER:israel] [الجولان السوري|LOCATION] منذ "
        "عام 1967."
    )
    assert [(e.type, e.actors) for e in evs] == [("CONTROL", ["OTHER:israel"])]
    _, evs, _ = run("ويحتل المنتخب المرتبة الأولى.")
    assert evs == []


def test_repelling_an_assault_is_an_attack_of_its_own_on_the_assailants():
    # «أحبطت X هجوماً شنته Y»: X's repelling hits Y, Y's assault hits X, both at its place
    marked = (
        "أحبطت وحدات من [الجيش السوري|ACTOR|SY_GOV] هجوماً شنته مجموعات تابعة ل"
        "[جبهة النصرة|ACTOR|NUSRA] على نقاط في [ريف حماة|LOCATION]."
    )
    text, evs, _ = run(marked)
    assert [(e.type, e.trigger.text, e.actors, e.targets) for e in evs] == [
        ("ATTACK", "أحبطت", ["SY_GOV"], ["NUSRA"]),
        ("ATTACK", "هجوماً", ["NUSRA"], ["SY_GOV"]),
    ]
    assert [loc_text(text, marked, e) for e in evs] == ["ريف حماة", "ريف حماة"]
    # an attempt repelled is one event with its repelling
    _, evs, _ = run(
        "وصدت [فصائل المعارضة|ACTOR|FSA] محاولة تقدم ل[قوات النظام|ACTOR|SY_GOV] على محور "
        "[كبانة|LOCATION]."
    )
    assert [(e.type, e.trigger.text, e.actors, e.targets) for e in evs] == [
        ("ATTACK", "صدت", ["FSA"], ["SY_GOV"])
    ]
    # repelling criticism is no attack
    _, evs, _ = run("وصدت الحكومة الانتقادات الموجهة إليها.")
    assert evs == []


def test_dual_verbs_future_liberation_and_redeploying_in_the_present():
    marked = (
        "وواصل [الجيش السوري|ACTOR|SY_GOV] و[المقاومة اللبنانية|ACTOR|HEZBOLLAH] عملياتهما "
        "في [مدينة الزبداني|LOCATION]، حيث سيطرا على محيط [ساحة المحطة|LOCATION]."
    )
    text, evs, frc = run(marked)
    ctl = next(e for e in evs if e.type == "CONTROL")
    assert ctl.actors == ["SY_GOV", "HEZBOLLAH"]
    # what was taken, not the city «حيث» refers to
    assert {f.location["text"] for f in frc if f.status == "controls"} == {"ساحة المحطة"}
    _, evs, _ = run(
        "وأضاف أن وحدات [الجيش السوري|ACTOR|SY_GOV] خاضت اشتباكات داخل البلدة قبل أن تعيد "
        "تموضعها على أطرافها."
    )
    assert [e.type for e in evs] == ["ATTACK", "MOVEMENT"]
    _, evs, _ = run("وقال إن [الجيش السوري|ACTOR|SY_GOV] سيحرر كامل [الجنوب|LOCATION].")
    assert [(e.type, e.modality) for e in evs] == [("CONTROL", "planned")]


def test_a_movement_noun_with_a_future_time_of_its_own_is_planned():
    _, evs, _ = run(
        "وأعلن [البنتاغون|ACTOR|US] إرسال [نحو ثلاثة آلاف جندي|QUANTITY|3000:troops] إلى "
        "[الكويت|LOCATION] {الأسبوع المقبل|2020-01-06/2020-01-12|week}.",
        published="2020-01-04",
    )
    move = next(e for e in evs if e.type == "MOVEMENT")
    assert move.modality == "planned"
    # a past time keeps it a fact, and so does a past light verb
    _, evs, _ = run(
        "وأعلن [البنتاغون|ACTOR|US] إرسال [3 آلاف جندي|QUANTITY|3000:troops] إلى "
        "[الكويت|LOCATION] {أمس|2020-01-03|day}.",
        published="2020-01-04",
    )
    assert next(e for e in evs if e.type == "MOVEMENT").modality == "asserted"


def test_a_sides_own_aircraft_strike_for_the_side_that_announces_it():
    _, evs, _ = run(
        "وأعلن [التحالف الدولي|ACTOR|COALITION] أن طائراته نفذت [12 غارة|QUANTITY|12:other] "
        "على مواقع ل[داعش|ACTOR|ISIS] قرب [الموصل|LOCATION]."
    )
    strike = next(e for e in evs if e.type == "ATTACK")
    assert (strike.actors, strike.targets) == (["COALITION"], ["ISIS"])


def test_a_place_after_a_part_of_a_place_takes_the_preposition_before_the_part():
    marked = (
        "كما هاجم مسلحون حاجزاً لـ«[الأمن العسكري|ACTOR|SY_GOV]» على مدخل [مدينة نوى|LOCATION] "
        "ونقاطاً في محيط [بلدة صيدا|LOCATION] [بالريف الشرقي|LOCATION]."
    )
    text, evs, _ = run(marked)
    assert loc_text(text, marked, evs[0]) == "مدينة نوى"


def test_a_repelled_attempt_targets_the_side_that_attempted_it():
    _, evs, frc = run(
        "أحبطت وحدات من [الجيش|ACTOR|SY_GOV] محاولة تسلل لإرهابيي [تنظيم داعش|ACTOR|ISIS] "
        "باتجاه نقاط عسكرية في محيط [مطار دير الزور العسكري|LOCATION]."
    )
    assert [(e.type, e.actors, e.targets) for e in evs] == [("ATTACK", ["SY_GOV"], ["ISIS"])]
    assert sorted(f.actor for f in frc) == ["ISIS", "SY_GOV"]


def test_destruction_as_the_result_of_an_attack_is_no_event_of_its_own():
    _, evs, _ = run(
        "وذكر البيان أن [الغارات|WEAPON|airstrike] أسفرت عن تدمير أربع عربات مدرعة ومقتل عدد من "
        "المسلحين في [دير الزور|LOCATION]."
    )
    assert [e.trigger.text for e in evs if e.type == "ATTACK"] == ["الغارات"]


def test_the_return_of_residents_is_no_withdrawal():
    _, evs, _ = run("وبدأت وحدات [الجيش|ACTOR|SY_GOV] بتمشيط البلدة تمهيداً لعودة الأهالي إليها.")
    assert "WITHDRAWAL" not in [e.type for e in evs]


def test_receiving_buildings_or_posts_is_control():
    _, evs, _ = run(
        "وقال إن قوة من [الجيش|ACTOR|IQ_GOV] دخلت صباح اليوم [مجمع سنوني|LOCATION]، وتسلمت "
        "مقرات كان يشغلها مقاتلو [الحزب|ACTOR|PKK]."
    )
    assert [e.type for e in evs] == ["MOVEMENT", "CONTROL"]


def test_taking_over_positions_is_control_but_not_salaries():
    _, evs, _ = run(
        "وأعلنت [القيادة العامة للجيش|ACTOR|SY_GOV] استلام المواقع التي كان المسلحون يتحصنون "
        "فيها في [الرحيبة|LOCATION]."
    )
    assert "CONTROL" in [e.type for e in evs]
    _, evs, _ = run("وطالب النواب باستلام الرواتب.")
    assert evs == []


@pytest.mark.parametrize(
    "marked,expected",
    [
        # a statement issued: asserted, and the denial made in it covers the event after it
        (
            "ونفت [وزارة الدفاع التركية|ACTOR|TR] في بيان استهداف المدنيين في "
            "[تل رفعت|LOCATION|tall-rifat].",
            [("STATEMENT", "بيان", "asserted"), ("ATTACK", "استهداف", "denied")],
        ),
        (
            "نفى [التنظيم|ACTOR|ISIS]، في بيان تداولته حسابات مؤيدة له، انسحاب مقاتليه من السد.",
            [("STATEMENT", "بيان", "asserted"), ("WITHDRAWAL", "انسحاب", "denied")],
        ),
        (
            "وبحسب بيان لـ[التحالف|ACTOR|COALITION]، فإن الوضع مستقر.",
            [("STATEMENT", "بيان", "asserted")],
        ),
        # a summit's closing statement is no side's statement issued
        ("وصدر بيان ختامي عن القمة.", []),
    ],
)
def test_a_statement_issued_is_a_statement(marked, expected):
    _, evs, _ = run(marked)
    assert [(e.type, e.trigger.text, e.modality) for e in evs] == expected
