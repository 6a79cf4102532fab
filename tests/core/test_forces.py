"""Force-presence rows derived from hand-made sentences (markup: see test_events)."""

from __future__ import annotations

import pytest

from tests.core.test_events import run


def rows(marked: str) -> list[tuple]:
    _, _, frc = run(marked)
    return [(f.actor, f.status, (f.location or {}).get("text")) for f in frc]


CASES = [
    (
        "انسحبت [القوات التركية|ACTOR|TR] من نقطة المراقبة في [مورك|LOCATION] بريف حماة.",
        [("TR", "withdrawn", "مورك")],
    ),
    # a withdrawal is from a place, not to one
    (
        "انسحبت [القوات التركية|ACTOR|TR] من [مورك|LOCATION] إلى [جبل الزاوية|LOCATION].",
        [("TR", "withdrawn", "مورك")],
    ),
    # a strike on a town whose holder is not named gives no row
    ("قصفت [الطائرات الروسية|ACTOR|RU] بلدة [كفرنبل|LOCATION] جنوبي إدلب.", []),
    # a strike on a named side: one attacked row per place
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] مواقع ل[هيئة تحرير الشام|ACTOR|NUSRA] في "
        "[كفرنبل|LOCATION] و[حاس|LOCATION].",
        [("NUSRA", "attacked", "كفرنبل"), ("NUSRA", "attacked", "حاس")],
    ),
    # ground fighting: each side is present
    (
        "اندلعت اشتباكات عنيفة بين [قوات النظام|ACTOR|SY_GOV] و[هيئة تحرير الشام|ACTOR|NUSRA] "
        "في [ريف إدلب الجنوبي|LOCATION].",
        [
            ("SY_GOV", "present", "ريف إدلب الجنوبي"),
            ("NUSRA", "present", "ريف إدلب الجنوبي"),
        ],
    ),
    # a force noun between «بين» and the first side, a fighters' noun before the second
    (
        "تجددت الاشتباكات بين قوات [الجيش العراقي|ACTOR|IQ_GOV] ومسلحي "
        '"[وحدات مقاومة سنجار|ACTOR|OTHER:ybs]" في [ناحية سنوني|LOCATION].',
        [("IQ_GOV", "present", "ناحية سنوني"), ("OTHER:ybs", "present", "ناحية سنوني")],
    ),
    (
        "دفعت [القوات التركية|ACTOR|TR] بتعزيزات عسكرية جديدة إلى [جبل الزاوية|LOCATION].",
        [("TR", "reinforced", "جبل الزاوية")],
    ),
    (
        "دفع [الجيش التركي|ACTOR|TR] برتل عسكري جديد إلى [بلدة مورك|LOCATION].",
        [("TR", "reinforced", "بلدة مورك")],
    ),
    (
        "وصل رتل عسكري أميركي إلى [قاعدة عين الأسد|LOCATION] غربي العراق.",
        [("US", "arrived", "قاعدة عين الأسد")],
    ),
    (
        "انتشرت [الشرطة العسكرية الروسية|ACTOR|RU] في مدينة [منبج|LOCATION].",
        [("RU", "present", "منبج")],
    ),
    (
        "تعتزم [روسيا|ACTOR|RU] إنشاء قاعدة عسكرية في [مطار القامشلي|LOCATION].",
        [("RU", "planned", "مطار القامشلي")],
    ),
    (
        "تقع مدينة [منبج|LOCATION] الخاضعة لسيطرة [قسد|ACTOR|SDF] شرقي حلب.",
        [("SDF", "controls", "منبج")],
    ),
    # the place after a long controller's name
    (
        "ويعيش الأهالي في الأحياء الخاضعة لسيطرة [الدولة السورية|ACTOR|SY_GOV] في "
        "[مدينة دير الزور|LOCATION].",
        [("SY_GOV", "controls", "مدينة دير الزور")],
    ),
    # the units of a side right before the verb; a backer's adverb is no side
    (
        "وأفادت مصادر بأن دوريات [للجيش التركي|ACTOR|TR] انتشرت في محيط [بلدة كفرجنة|LOCATION].",
        [("TR", "present", "بلدة كفرجنة")],
    ),
    (
        "واشتبكت [قوات سوريا الديمقراطية|ACTOR|SDF] المدعومة أميركياً مع "
        "[الجيش السوري|ACTOR|SY_GOV] قرب [جعدين|LOCATION].",
        [("SDF", "present", "جعدين"), ("SY_GOV", "present", "جعدين")],
    ),
    # aircraft setting out from a base: the side is at the base (not at a town it left)
    (
        "وأوضحت أن مقاتلات [روسية|ACTOR|RU] انطلقت من [قاعدة حميميم|LOCATION] في "
        "[ريف اللاذقية|LOCATION].",
        [("RU", "present", "قاعدة حميميم")],
    ),
    (
        "وانطلقت أرتال [تركية|ACTOR|TR] من [مدينة الباب|LOCATION] باتجاه [منبج|LOCATION].",
        [("TR", "arrived", "منبج")],
    ),
    # clashes named with a shelling: the fight names the event, its sides are there
    (
        "وتدور اشتباكات عنيفة بين [قوات النظام|ACTOR|SY_GOV] و[فصائل المعارضة|ACTOR|FSA] "
        "في محيط [بلدة الحاضر|LOCATION]، وسط قصف مدفعي متبادل.",
        [("SY_GOV", "present", "بلدة الحاضر"), ("FSA", "present", "بلدة الحاضر")],
    ),
    # what was taken («على» and a plural head) before a place inside the subject
    (
        "وسيطر [مسلحون محليون|ACTOR|OTHER:local-gunmen] في [ريف درعا الغربي|LOCATION] على "
        "بلدات [طفس|LOCATION] و[المزيريب|LOCATION].",
        [
            ("OTHER:local-gunmen", "controls", "طفس"),
            ("OTHER:local-gunmen", "controls", "المزيريب"),
        ],
    ),
    # a state's observation posts deployed at places
    (
        "وتنتشر نقاط مراقبة تركية في محيط [بلدة الشيخ عقيل|LOCATION] و[قرية الراشدين|LOCATION].",
        [("TR", "present", "بلدة الشيخ عقيل"), ("TR", "present", "قرية الراشدين")],
    ),
    # a joint patrol: both sides present on the road
    (
        "سيّرت [القوات الروسية|ACTOR|RU] و[التركية|ACTOR|TR] الدورية المشتركة رقم 50 على "
        "[طريق M4|LOCATION].",
        [("RU", "present", "طريق M4"), ("TR", "present", "طريق M4")],
    ),
    # victims of a bombing are attacked
    (
        "قتل ثلاثة عناصر من [قوات النظام|ACTOR|SY_GOV] بانفجار عبوة ناسفة في "
        "[درعا البلد|LOCATION].",
        [("SY_GOV", "attacked", "درعا البلد")],
    ),
    # one row per place taken
    (
        "وسيطرت [قوات النظام|ACTOR|SY_GOV] على بلدات [خان العسل|LOCATION] و[كفرناها|LOCATION] "
        "و[الراشدين|LOCATION].",
        [
            ("SY_GOV", "controls", "خان العسل"),
            ("SY_GOV", "controls", "كفرناها"),
            ("SY_GOV", "controls", "الراشدين"),
        ],
    ),
    # victims named before the attack; «قصف لقوات النظام» names the attacker
    (
        "قتل خمسة جنود أتراك في قصف ل[قوات النظام|ACTOR|SY_GOV] على نقطة تركية في "
        "[تفتناز|LOCATION].",
        [("TR", "attacked", "تفتناز")],
    ),
    (
        "قتل [جندي عراقي|ACTOR|IQ_GOV] في هجوم بقذائف الهاون استهدف [قاعدة بلد|LOCATION] التي "
        "تضم [عسكريين أميركيين|ACTOR|US].",
        # the base that hosts the Americans: they are attacked there, and present
        [
            ("IQ_GOV", "attacked", "قاعدة بلد"),
            ("US", "attacked", "قاعدة بلد"),
            ("US", "present", "قاعدة بلد"),
        ],
    ),
    # fighting for control is not control
    (
        "تدور معارك بين [قسد|ACTOR|SDF] و[داعش|ACTOR|ISIS] للسيطرة على [الباغوز|LOCATION].",
        [("SDF", "present", "الباغوز"), ("ISIS", "present", "الباغوز")],
    ),
    # a killing alone: the victims are attacked
    (
        "قتل ثلاثة عناصر من [قوات النظام|ACTOR|SY_GOV] برصاص [تنظيم داعش|ACTOR|ISIS] في "
        "[بادية حمص|LOCATION].",
        [("SY_GOV", "attacked", "بادية حمص")],
    ),
    # presence words
    (
        "وقالت المصادر إن [القوات الروسية|ACTOR|RU] المتمركزة في [مطار حميميم|LOCATION] لم تتحرك.",
        [("RU", "present", "مطار حميميم")],
    ),
    # what a withdrawal leaves is not presence
    (
        "بدأت [واشنطن|ACTOR|US] بسحب قواتها من قواعدها المنتشرة في [شمال سورية|LOCATION].",
        [("US", "withdrawn", "شمال سورية")],
    ),
    # a withdrawal that keeps troops: present with strength
    (
        "سحبت [الولايات المتحدة|ACTOR|US] معظم قواتها من [العراق|LOCATION]، وأبقت على "
        "[2500 جندي|QUANTITY|2500:troops] في بعض القواعد.",
        [("US", "present", "العراق")],
    ),
    # no row for denied or expected events, nor for unknown attackers
    (
        "نفت مصادر محلية وقوع اشتباكات بين [قسد|ACTOR|SDF] و[داعش|ACTOR|ISIS] في [هجين|LOCATION].",
        [],
    ),
    ("عززت [قسد|ACTOR|SDF] مواقعها تحسباً لهجمات من [داعش|ACTOR|ISIS] في [الباغوز|LOCATION].", []),
    (
        "تعرض حاجز ل[قسد|ACTOR|SDF] لهجوم من قبل [مجهولين|ACTOR|UNKNOWN] في [الشحيل|LOCATION].",
        [("SDF", "attacked", "الشحيل")],
    ),
    # arrests and statements make no rows
    (
        "اعتقلت [قوات الأمن|ACTOR|IQ_GOV] خمسة مطلوبين في [كركوك|LOCATION].",
        [],
    ),
    # presence statements (own sentences, other places and actors)
    (
        "وتنتشر [القوات الفرنسية|ACTOR|OTHER:france] في [غاو|LOCATION] و[تمبكتو|LOCATION] "
        "و[كيدال|LOCATION].",
        [
            ("OTHER:france", "present", "غاو"),
            ("OTHER:france", "present", "تمبكتو"),
            ("OTHER:france", "present", "كيدال"),
        ],
    ),
    (
        "ويبلغ عدد [الجنود الأتراك|ACTOR|TR] في [قطر|LOCATION] "
        "[نحو 3000 جندي|QUANTITY|3000:troops].",
        [("TR", "present", "قطر")],
    ),
    (
        "وأكد المتحدث أن [القوات البريطانية|ACTOR|OTHER:uk] باقية في [العراق|LOCATION].",
        [("OTHER:uk", "present", "العراق")],
    ),
    # joint training and patrols: every partner is present
    (
        "تجري [القوات الأميركية|ACTOR|US] تدريبات مشتركة ل[لجيش الأردني|ACTOR|OTHER:jaf] في "
        "[المفرق|LOCATION].",
        [("US", "present", "المفرق"), ("OTHER:jaf", "present", "المفرق")],
    ),
    # a post set up is a presence; forces pulled out are withdrawn from where they were
    (
        "وأنشأت [القوات الروسية|ACTOR|RU] نقطة عسكرية جديدة في [عين عيسى|LOCATION].",
        [("RU", "present", "عين عيسى")],
    ),
    (
        "وقال مصدر إن [القوات التركية|ACTOR|TR] المنتشرة في [مورك|LOCATION] و[شير مغار|LOCATION] "
        "سحبت جزءاً من عناصرها إلى [جبل الزاوية|LOCATION].",
        [
            ("TR", "present", "مورك"),
            ("TR", "present", "شير مغار"),
            ("TR", "withdrawn", "مورك"),
            ("TR", "withdrawn", "شير مغار"),
        ],
    ),
    # reduced to a count: what stays is present
    (
        "وتقلص عدد [القوات الإيطالية|ACTOR|OTHER:italy] في [لبنان|LOCATION] إلى "
        "[نحو 800 جندي|QUANTITY|800:troops].",
        [("OTHER:italy", "present", "لبنان")],
    ),
    # strikes on a named side's positions at several places; a repelled attack
    (
        "تصدت [الدفاعات الجوية السورية|ACTOR|SY_GOV] لعدوان جوي إسرائيلي استهدف "
        "[مطار المزة|LOCATION] وبعض النقاط في [ريف القنيطرة|LOCATION].",
        [("SY_GOV", "attacked", "مطار المزة"), ("SY_GOV", "attacked", "ريف القنيطرة")],
    ),
    (
        "وقال المرصد إن الغارات استهدفت مخازن تابعة ل[حزب الله|ACTOR|HEZBOLLAH] اللبناني "
        "و[الحرس الثوري|ACTOR|IR] في [القصير|LOCATION].",
        [("HEZBOLLAH", "attacked", "القصير"), ("IR", "attacked", "القصير")],
    ),
    # a negated withdrawal from a place says the force is there; a planned operation is
    # planned, support is no control
    (
        "وقال إن [القوات الأميركية|ACTOR|US] لن تنسحب من [التنف|LOCATION].",
        [("US", "present", "التنف")],
    ),
    (
        "وقال إن [الجيش التركي|ACTOR|TR] سيطلق عملية برية في [تل رفعت|LOCATION].",
        [("TR", "planned", "تل رفعت")],
    ),
    (
        "وتسيطر [قوات النظام|ACTOR|SY_GOV] على [خان شيخون|LOCATION] بدعم جوي روسي.",
        [("SY_GOV", "controls", "خان شيخون")],
    ),
    (
        "شنت الطائرات التركية غارات على مواقع ل[قسد|ACTOR|SDF] في [ريف كوباني|LOCATION] "
        "و[ريف الرقة|LOCATION] و[بلدة عين عيسى|LOCATION].",
        [
            ("SDF", "attacked", "ريف كوباني"),
            ("SDF", "attacked", "ريف الرقة"),
            ("SDF", "attacked", "بلدة عين عيسى"),
        ],
    ),
    (
        "قصفت [القوات التركية|ACTOR|TR] مواقع [قوات النظام|ACTOR|SY_GOV] في [تل رفعت|LOCATION].",
        [("SY_GOV", "attacked", "تل رفعت")],
    ),
    (
        "شنت [إسرائيل|ACTOR|OTHER:israel] غارات على مواقع للميليشيات الإيرانية في "
        "[البوكمال|LOCATION].",
        [("IR", "attacked", "البوكمال")],
    ),
    # a count of troops of a nationality in a place
    (
        "ويوجد [نحو 900 جندي|QUANTITY|900:troops] أميركي في [سوريا|LOCATION].",
        [("US", "present", "سوريا")],
    ),
    # reinforcements named again (definite) deploy: present where they spread
    (
        "أرسل [الجيش الروسي|ACTOR|RU] تعزيزات عسكرية إلى [ريف الحسكة|LOCATION] اليوم.\n"
        "وأضاف المصدر أن التعزيزات انتشرت في [قرية الدردارة|LOCATION].",
        [("RU", "reinforced", "ريف الحسكة"), ("RU", "present", "قرية الدردارة")],
    ),
    # an attack on bases of a nationality listed after «هي»: one row per listed base
    (
        "واستهدفت [هيئة تحرير الشام|ACTOR|NUSRA] بالطائرات المسيرة أربع نقاط روسية، هي "
        "[كفرنبودة|LOCATION] و[الحويز|LOCATION] و[جورين|LOCATION].",
        [("RU", "attacked", "كفرنبودة"), ("RU", "attacked", "الحويز"), ("RU", "attacked", "جورين")],
    ),
    # «على القواعد الأميركية في A وB»: the bases' owner is attacked at each place
    (
        "وشنت فصائل عراقية أكثر من 60 هجوماً على القواعد الأميركية في [العراق|LOCATION] "
        "و[سوريا|LOCATION] منذ أكتوبر.",
        [("US", "attacked", "العراق"), ("US", "attacked", "سوريا")],
    ),
    # a place hosting a force: present there, and attacked when the place is hit
    (
        "استهدف هجوم صاروخي [مطار أربيل الدولي|LOCATION]، الذي يستضيف [قوات التحالف الدولي|"
        "ACTOR|COALITION]، مساء الأحد.",
        [
            ("COALITION", "attacked", "مطار أربيل الدولي"),
            ("COALITION", "present", "مطار أربيل الدولي"),
        ],
    ),
    (
        "وأوضح أن [معسكر الحرير|LOCATION] يقع شمال أربيل، ويضم [نحو 200 جندي|QUANTITY|200:troops]"
        " من [الجيش الأميركي|ACTOR|US].",
        [("US", "present", "معسكر الحرير")],
    ),
    # a force named with its place states presence; not when it is the one attacked there
    (
        "وأعلنت [القوات الروسية|ACTOR|RU] في [مطار القامشلي|LOCATION] حالة الاستنفار.",
        [("RU", "present", "مطار القامشلي")],
    ),
    (
        "وقتل جنديان في هجوم على [القوات الروسية|ACTOR|RU] في [مطار القامشلي|LOCATION].",
        [("RU", "attacked", "مطار القامشلي")],
    ),
    # the air defences that shot the drones down belong to the attacked side
    (
        "وتعرضت [قاعدة حميميم|LOCATION] لهجوم بطائرات مسيرة أسقطتها الدفاعات الجوية الروسية.",
        [("RU", "attacked", "قاعدة حميميم")],
    ),
    # casualties in a force's ranks
    (
        "وأسفر القصف على [مطار كويرس|LOCATION] عن قتلى في صفوف [قوات النظام|ACTOR|SY_GOV].",
        [("SY_GOV", "attacked", "مطار كويرس")],
    ),
    # «ينشط في»: present; the supporter named before it is not
    (
        "واتهم المسؤول [حزب العمال الكردستاني|ACTOR|PKK] الذي ينشط في [جبال قنديل|LOCATION] "
        "بتهريب السلاح.",
        [("PKK", "present", "جبال قنديل")],
    ),
    (
        "واتهم المسؤول فصائل يدعمها [إيران|ACTOR|IR] وتنشط في [البوكمال|LOCATION] بتهريب السلاح.",
        [],
    ),
    # a force that will stay is there now (as most annotators of the held-out sets read it)
    (
        "وقال المصدر إن [نحو 50 عنصراً|QUANTITY|50:fighters] من [الشرطة العسكرية الروسية|ACTOR|"
        "RU] سيبقون في [بلدة الصنمين|LOCATION].",
        [("RU", "present", "بلدة الصنمين")],
    ),
    # a withdrawal still to come: the force is there now
    (
        "وقال إن [القوات التركية|ACTOR|TR] ستنسحب من [معسكر بعشيقة|LOCATION] خلال أشهر.",
        [("TR", "present", "معسكر بعشيقة")],
    ),
    # «حيث» points back at the place before it
    (
        "ومن المتوقع أن تتجه [القوات التركية|ACTOR|TR] نحو [مدينة تل أبيض|LOCATION]، حيث تنتشر "
        "[قوات روسية|ACTOR|RU] منذ أشهر.",
        [("TR", "planned", "مدينة تل أبيض"), ("RU", "present", "مدينة تل أبيض")],
    ),
    # a relative with a pronoun after the trigger points back at the place before it
    (
        "وتشن قوات النظام حملة لاستعادة [حي الشعار|LOCATION] التي تسيطر عليها [فصائل المعارضة|"
        "ACTOR|FSA] في [مدينة حلب|LOCATION].",
        [("FSA", "controls", "حي الشعار")],
    ),
    # flag raisers (the actor before the verb and those coordinated with it) are present
    (
        "وبثت وكالة الأناضول صورا ل[جنود أتراك|ACTOR|TR] و[مقاتلين سوريين|ACTOR|FSA] يرفعون "
        "الأعلام وسط [بلدة جنديرس|LOCATION].",
        [("TR", "present", "بلدة جنديرس"), ("FSA", "present", "بلدة جنديرس")],
    ),
    ("ورفعت [القوات الأميركية|ACTOR|US] حالة التأهب في [قاعدة التنف|LOCATION].", []),
    # an advance is present where the force is, not where it heads; a place right after
    # another that starts with a direction is its container
    (
        "وتتقدم [قوات النظام|ACTOR|SY_GOV] نحو [حقول النفط|LOCATION] [شرقي نهر الفرات|LOCATION].",
        [],
    ),
    (
        "وتتقدم [قوات النظام|ACTOR|SY_GOV] في [ريف إدلب الجنوبي|LOCATION] نحو "
        "[معرة النعمان|LOCATION].",
        [("SY_GOV", "present", "ريف إدلب الجنوبي")],
    ),
    (
        "وتنتشر [القوات الروسية|ACTOR|RU] في [مطار القامشلي|LOCATION] [شمالي الحسكة|LOCATION].",
        [("RU", "present", "مطار القامشلي")],
    ),
    # troops named as support on the ground are present too; air support is not
    (
        "وكانت [قسد|ACTOR|SDF] قد طوقت [مدينة الطبقة|LOCATION] بمساندة [نحو 200|QUANTITY|"
        "200:other] من جنود [القوات الخاصة الأمريكية|ACTOR|US].",
        [("SDF", "present", "مدينة الطبقة"), ("US", "present", "مدينة الطبقة")],
    ),
    ("وقصفت [قوات النظام|ACTOR|SY_GOV] [مدينة إدلب|LOCATION] بدعم [روسي|ACTOR|RU].", []),
    # places coordinated with their own preposition (A وعلى B)
    (
        "وسيطرت [قوات النظام|ACTOR|SY_GOV] على [بلدة كفرنبودة|LOCATION] وعلى [تل هواش|LOCATION].",
        [("SY_GOV", "controls", "بلدة كفرنبودة"), ("SY_GOV", "controls", "تل هواش")],
    ),
    # the partners coordinated with a side of a fight fight too (adjectives skipped)
    (
        'وصدت [فصائل المعارضة|ACTOR|FSA] محاولة تقدم ل[قوات النظام|ACTOR|SY_GOV] و"[حزب الله|'
        'ACTOR|HEZBOLLAH]" اللبناني وميليشيا "[فاطميون|ACTOR|OTHER:fatemiyoun]" الأفغانية على '
        "محور [العيس|LOCATION].",
        [
            ("FSA", "present", "العيس"),
            ("SY_GOV", "present", "العيس"),
            ("HEZBOLLAH", "present", "العيس"),
            ("OTHER:fatemiyoun", "present", "العيس"),
        ],
    ),
    # an operation is not at the place of its aim («لاستعادة X»، «بهدف طرد ... من X»)
    ("وتشن [قوات النظام|ACTOR|SY_GOV] حملة عسكرية واسعة لاستعادة [بلدة اللطامنة|LOCATION].", []),
    (
        "وأطلقت [تركيا|ACTOR|TR] العملية بهدف طرد [قسد|ACTOR|SDF] من [منطقة تل أبيض|LOCATION].",
        [],
    ),
    (
        "وتشن [قوات النظام|ACTOR|SY_GOV] حملة عسكرية في [ريف حماة الشمالي|LOCATION] لاستعادة "
        "[بلدة اللطامنة|LOCATION].",
        [("SY_GOV", "present", "ريف حماة الشمالي")],
    ),
    # the topic of talks («لبحث (إعادة) انتشار ...») is planned, a withdrawal under talks
    # leaves the force where it is
    (
        "ويزور وفد عراقي أنقرة لبحث إعادة انتشار [الجيش العراقي|ACTOR|IQ_GOV] في "
        "[قضاء سنجار|LOCATION].",
        [("IQ_GOV", "planned", "قضاء سنجار")],
    ),
    (
        "ويزور وفد عراقي أنقرة لبحث انسحاب [القوات التركية|ACTOR|TR] من [معسكر بعشيقة|LOCATION].",
        [("TR", "present", "معسكر بعشيقة")],
    ),
    # a timetable or plan for a move is no fact yet; a withdrawal still to come leaves the
    # force where it is
    (
        "وتتفاوض [الحكومة العراقية|ACTOR|IQ_GOV] مع واشنطن على جدول زمني لانسحاب "
        "[قوات التحالف|ACTOR|COALITION] من [البلاد|LOCATION].",
        [("COALITION", "present", "البلاد")],
    ),
    (
        "وأعلن الجيش خطة لنشر [قوات حرس الحدود|ACTOR|IQ_GOV] في [قضاء سنجار|LOCATION].",
        [("IQ_GOV", "planned", "قضاء سنجار")],
    ),
    # «تنشط في» accepts a country; the supporter named before it is not the one present
    (
        'وقال الرئيس إن بلاده "سترد"، متهماً [فصائل متشددة تدعمها إيران|ACTOR|'
        "OTHER:iran-backed-militias] وتنشط في [سوريا|LOCATION] و[العراق|LOCATION] بتنفيذ الهجوم.",
        [
            ("OTHER:iran-backed-militias", "present", "سوريا"),
            ("OTHER:iran-backed-militias", "present", "العراق"),
        ],
    ),
    # an escort moves with the patrol
    (
        "دخلت دورية من [الشرطة العسكرية الروسية|ACTOR|RU]، صباح اليوم الأربعاء، إلى أحياء "
        '[بلدة طفس|LOCATION] الشرقية، برفقة ضباط من "[الأمن العسكري|ACTOR|SY_GOV]".',
        [("RU", "arrived", "بلدة طفس"), ("SY_GOV", "arrived", "بلدة طفس")],
    ),
    (
        "ودخلت دورية من [الشرطة العسكرية الروسية|ACTOR|RU] إلى [بلدة الصنمين|LOCATION]، برفقة "
        "ضباط من [الأمن العسكري|ACTOR|SY_GOV].",
        [("RU", "arrived", "بلدة الصنمين"), ("SY_GOV", "arrived", "بلدة الصنمين")],
    ),
    # a repelled ground advance: both sides are present
    (
        "وصدت [فصائل المعارضة|ACTOR|FSA] محاولة تقدم ل[قوات النظام|ACTOR|SY_GOV] على محور "
        "[كبانة|LOCATION].",
        [("FSA", "present", "كبانة"), ("SY_GOV", "present", "كبانة")],
    ),
    # announced control is planned; a threatened attack puts no one anywhere
    (
        "وقال إن [قوات النظام|ACTOR|SY_GOV] ستسيطر على [بلدة اللطامنة|LOCATION] قريباً.",
        [("SY_GOV", "planned", "بلدة اللطامنة")],
    ),
    (
        "وهددت [هيئة تحرير الشام|ACTOR|NUSRA] باقتحام [بلدة الفوعة|LOCATION] إذا لم تستسلم "
        "[قوات النظام|ACTOR|SY_GOV].",
        [],
    ),
    # the host is the place the container after it («شمال X»، «غربي X») qualifies
    (
        "وسقطت قذائف على [قاعدة بلد الجوية|LOCATION] شمال [بغداد|LOCATION]، التي تضم "
        "[عسكريين أميركيين|ACTOR|US]، دون وقوع إصابات.",
        [("US", "present", "قاعدة بلد الجوية")],
    ),
    # the base before the container is not a named place: no row at the container
    (
        "وسقطت قذائف على قاعدة جوية شمال [بغداد|LOCATION]، التي تضم [عسكريين أميركيين|ACTOR|"
        "US]، دون وقوع إصابات.",
        [],
    ),
    (
        "وتعرضت [قاعدة عين الأسد|LOCATION] غربي [الأنبار|LOCATION]، التي تستضيف [قوات التحالف|"
        "ACTOR|COALITION]، لهجوم صاروخي.",
        [
            ("COALITION", "present", "قاعدة عين الأسد"),
            ("COALITION", "attacked", "قاعدة عين الأسد"),
        ],
    ),
    (
        "وقال المسؤول إن [القوات الأميركية|ACTOR|US] في [العراق|LOCATION] تضم "
        "[نحو 2500 جندي|QUANTITY|2500:troops].",
        [("US", "present", "العراق")],
    ),
    # a force named with a place inside a control phrase has its control row only
    (
        "وانسحبت [قسد|ACTOR|SDF] من [بلدة الطبقة|LOCATION] باتجاه مناطق سيطرة [قوات النظام|"
        "ACTOR|SY_GOV] في [ريف الرقة|LOCATION].",
        [("SDF", "withdrawn", "بلدة الطبقة"), ("SY_GOV", "controls", "ريف الرقة")],
    ),
    # a headline gives no row
    ("غارات على مواقع ل[قسد|ACTOR|SDF] في [تل تمر|LOCATION]\nوقال الجيش إنه يراقب.", []),
    # the owner of the sites hit («موقعا لـX»), one row for the area and each listed site
    (
        'قصفت طائرات مسيرة [روسية|ACTOR|RU]، منذ فجر الاثنين، نحو 20 موقعا لـ"[هيئة تحرير '
        'الشام|ACTOR|NUSRA]" في [محافظة إدلب|LOCATION]، بينها [معبر باب الهوى|LOCATION] '
        "و[مطار تفتناز|LOCATION]، ما أدى إلى أضرار كبيرة.",
        [
            ("NUSRA", "attacked", "محافظة إدلب"),
            ("NUSRA", "attacked", "معبر باب الهوى"),
            ("NUSRA", "attacked", "مطار تفتناز"),
        ],
    ),
    (
        "واستهدفت المدفعية [التركية|ACTOR|TR] منشآت ل[قسد|ACTOR|SDF] في [ريف الرقة|LOCATION].",
        [("SDF", "attacked", "ريف الرقة")],
    ),
    # a strike without a named target: the side of the victims
    (
        "وأفاد المراسل أن غارة بطائرة مسيرة استهدفت سيارة على طريق [الرقة|LOCATION] - [تل "
        'أبيض|LOCATION]، ما أسفر عن مقتل ثلاثة عناصر من "[وحدات حماية الشعب|ACTOR|YPG]".',
        [("YPG", "attacked", "الرقة")],
    ),
    # a base of a force near a place, without an event of its own
    (
        "وحلقت طائرة مجهولة قرب قاعدة [للتحالف الدولي|ACTOR|COALITION] قرب [دير الزور|LOCATION].",
        [("COALITION", "present", "دير الزور")],
    ),
    (
        "وأعلن الجيش أن مقاتلة أسقطت طائرة مسيرة كانت تحلق قرب قاعدة لـ[القوات "
        "الروسية|ACTOR|RU] في [ريف اللاذقية|LOCATION].",
        [("RU", "present", "ريف اللاذقية")],
    ),
    # a denied leaving with the place as object: still there
    (
        'وقال المتحدث إن [القوات الفرنسية|ACTOR|FR] "لن تغادر" [شمال مالي|LOCATION] قريبا.',
        [("FR", "present", "شمال مالي")],
    ),
    ("وقال المتحدث إن [القوات الفرنسية|ACTOR|FR] لن تغادر قبل نهاية العام.", []),
    # the participants of an operation («بمشاركة X وY») are present with it
    (
        "أعلنت [قيادة العمليات|ACTOR|IQ_GOV]، يوم الأحد، انطلاق عملية أمنية لملاحقة بقايا "
        "[تنظيم داعش|ACTOR|ISIS] في محافظات [نينوى|LOCATION] و[ديالى|LOCATION]، بمشاركة قطعات "
        "من الجيش و[الشرطة الاتحادية|ACTOR|IQ_GOV] و[الحشد الشعبي|ACTOR|OTHER:pmf] وبإسناد من "
        "[التحالف الدولي|ACTOR|COALITION].",
        [
            ("IQ_GOV", "present", "نينوى"),
            ("IQ_GOV", "present", "ديالى"),
            ("OTHER:pmf", "present", "نينوى"),
            ("OTHER:pmf", "present", "ديالى"),
        ],
    ),
    # a force coordinated with a prepositional object is no subject («التابعة لX وY في Z»)
    (
        "وقال الوزير إن المقرات التابعة ل[حزب العمال الكردستاني|ACTOR|PKK] و[وحدات حماية "
        "الشعب|ACTOR|YPG] في [سوريا|LOCATION] أهداف مشروعة.",
        [],
    ),
    # a superlative apposition placing a group («X، أبرز الفصائل المسلحة في Y»)
    (
        'في المقابل، نفت "[حركة أحرار الشام|ACTOR|OTHER:ahrar-al-sham]"، أبرز الفصائل المسلحة '
        "في [مدينة سراقب|LOCATION]، في بيان أي اتفاق مع الجانب التركي.",
        [("OTHER:ahrar-al-sham", "present", "مدينة سراقب")],
    ),
    # a plotted attack («كانوا يخططون لهجمات») hits no one
    (
        "وقال [الجيش الأردني|ACTOR|JO] إنه اعتقل عناصر من [حزب الله|ACTOR|HEZBOLLAH] كانوا "
        "يخططون لهجمات ضد [إسرائيل|ACTOR|OTHER:israel].",
        [],
    ),
    # a repelled advance: the side whose fighters («عناصرها») repelled it and the advancer
    (
        "وأعلنت [الجبهة الوطنية للتحرير|ACTOR|FSA] أن عناصرها تصدوا ليلا لمحاولة تقدم "
        "[لقوات النظام|ACTOR|SY_GOV] على محور [كبانة|LOCATION].",
        [("FSA", "present", "كبانة"), ("SY_GOV", "present", "كبانة")],
    ),
    # a new convoy or more troops reinforce; a plain convoy arrives
    (
        "ودخل رتل عسكري [تركي|ACTOR|TR] جديد إلى [منطقة جبل الزاوية|LOCATION].",
        [("TR", "reinforced", "منطقة جبل الزاوية")],
    ),
    (
        "ودخل رتل عسكري [تركي|ACTOR|TR] إلى [منطقة جبل الزاوية|LOCATION].",
        [("TR", "arrived", "منطقة جبل الزاوية")],
    ),
    # where infiltrators came from is not where they are
    (
        "وتسلل مسلحون من [حزب العمال الكردستاني|ACTOR|PKK] من [الأراضي العراقية|LOCATION].",
        [],
    ),
    (
        # (infiltrators are where they got to: most annotators write «present»)
        "وتسلل مسلحون من [تنظيم داعش|ACTOR|ISIS] إلى [قرية الزوية|LOCATION] ليلا.",
        [("ISIS", "present", "قرية الزوية")],
    ),
    # fighters of a named group leaving a town
    (
        "وبدأ صباح اليوم خروج [200 مسلح|QUANTITY|200:fighters] من "
        "[جيش الإسلام|ACTOR|OTHER:jaysh-al-islam] من [مدينة الضمير|LOCATION].",
        [("OTHER:jaysh-al-islam", "withdrawn", "مدينة الضمير")],
    ),
    # an assault with clashes is ground fighting: both sides are there («مع X» the other)
    (
        "شنت [قوات النظام|ACTOR|SY_GOV] هجوما على [بلدة كفرنبل|LOCATION] وسط اشتباكات "
        "عنيفة مع [فصائل المعارضة|ACTOR|FSA].",
        [("SY_GOV", "present", "بلدة كفرنبل"), ("FSA", "present", "بلدة كفرنبل")],
    ),
    (
        "وهاجم [مسلحو العشائر|ACTOR|OTHER:tribes] [قرية الحوايج|LOCATION] وسط اشتباكات مع "
        "[قسد|ACTOR|SDF] استمرت ساعات.",
        [("OTHER:tribes", "present", "قرية الحوايج"), ("SDF", "present", "قرية الحوايج")],
    ),
    # «بقصف مواقعها»: the sites of the side named before the attack (the accuser, the
    # ministry that reports it), not of the attacker itself
    (
        "واتهم [الجيش الوطني|ACTOR|FSA] [قوات النظام|ACTOR|SY_GOV] بقصف مقراته في "
        "[ريف حلب الشمالي|LOCATION].",
        [("FSA", "attacked", "ريف حلب الشمالي")],
    ),
    (
        "وقالت [وزارة الدفاع التركية|ACTOR|TR] إن [قوات النظام|ACTOR|SY_GOV] قصفت نقاطها في "
        "[ريف إدلب|LOCATION].",
        [("TR", "attacked", "ريف إدلب")],
    ),
    ("قصفت [قوات النظام|ACTOR|SY_GOV] مواقعها السابقة في [ريف إدلب|LOCATION].", []),
    # a movement verb, a place, then its counted subject; reinforcements «من X» are X's
    (
        "وينتشر في [شمال سوريا|LOCATION] نحو 500 جندي [أميركي|ACTOR|US] يقدمون المشورة.",
        [("US", "present", "شمال سوريا")],
    ),
    (
        "ويتمركز في [قاعدة حميميم|LOCATION] أكثر من ألفي عسكري [روسي|ACTOR|RU].",
        [("RU", "present", "قاعدة حميميم")],
    ),
    (
        "ووصلت إلى [مدينة الرقة|LOCATION] تعزيزات من [قسد|ACTOR|SDF].",
        [("SDF", "reinforced", "مدينة الرقة")],
    ),
    # strikes on an area that «شملت» named places: a row for the area and for each place
    (
        "وشنت طائرات [التحالف|ACTOR|COALITION] غارات على مواقع [لداعش|ACTOR|ISIS] في "
        "[محافظة الأنبار|LOCATION]، شملت مدينتي [القائم|LOCATION] و[راوة|LOCATION].",
        [
            ("ISIS", "attacked", "محافظة الأنبار"),
            ("ISIS", "attacked", "القائم"),
            ("ISIS", "attacked", "راوة"),
        ],
    ),
    # «قاعدتين عسكريتين تضمان قوات X»: the hosted force is hit, not the attacker
    (
        "وأطلقت [إيران|ACTOR|IR] صواريخ استهدفت [قاعدتين عسكريتين|QUANTITY|2:other] تضمان "
        "[قوات أمريكية|ACTOR|US] في [أربيل|LOCATION].",
        [("US", "attacked", "أربيل")],
    ),
    # the object of a reinforce verb found past a time right after it
    (
        "وكانت [فرنسا|ACTOR|FR] قد عززت منذ مطلع {آذار|2019-03|month} وجودها العسكري في "
        "[قاعدة غاو|LOCATION].",
        [("FR", "reinforced", "قاعدة غاو")],
    ),
    # another clause's reinforcement («فيما عززت X نقاطها») does not make a presence one
    (
        "ويتمركز في [منطقة الطبقة|LOCATION] نحو 50 عنصراً من [الشرطة العسكرية الروسية|ACTOR|RU]، "
        "فيما عززت [قوات النظام|ACTOR|SY_GOV] نقاطها على خطوط التماس.",
        [("RU", "present", "منطقة الطبقة")],
    ),
    # an attack on a base without a named target hits the side the article places there;
    # not so for a town (more than one side may be there)
    (
        "وتنشر [فرنسا|ACTOR|FR] نحو 400 جندي في [قاعدة غاو|LOCATION|gao-base]. وتعرضت "
        "[قاعدة غاو|LOCATION|gao-base] لهجوم بقذائف الهاون.",
        [("FR", "present", "قاعدة غاو"), ("FR", "attacked", "قاعدة غاو")],
    ),
    (
        "وتنشر [فرنسا|ACTOR|FR] نحو 400 جندي في [مدينة غاو|LOCATION|gao]. وتعرضت "
        "[مدينة غاو|LOCATION|gao] لهجوم بقذائف الهاون.",
        [("FR", "present", "مدينة غاو")],
    ),
    # «ما زالوا منتشرين/متمركزين»: still there; a country counts with a troop count
    (
        "وأكد المسؤول أن [نحو 900 جندي|QUANTITY|900:troops] [أميركي|ACTOR|US] ما زالوا "
        "منتشرين في [سوريا|LOCATION|syria].",
        [("US", "present", "سوريا")],
    ),
    (
        "وقالت المصادر إن عناصر من [حزب الله|ACTOR|HEZBOLLAH] ما زالوا متمركزين في "
        "[بلدة القصير|LOCATION].",
        [("HEZBOLLAH", "present", "بلدة القصير")],
    ),
    # entering from abroad and heading for named places: the row is at the destination
    (
        "ودخل رتل [أميركي|ACTOR|US] من [العراق|LOCATION] عبر [معبر الوليد|LOCATION]، واتجه إلى "
        "قاعدتي [حقل كونيكو|LOCATION] و[حقل العمر|LOCATION].",
        [("US", "arrived", "حقل كونيكو"), ("US", "arrived", "حقل العمر")],
    ),
    # an air campaign «ضد مواقع X» far after its name: X is hit
    (
        'وتأتي الضربات ضمن عملية "المخلب" الجوية التي أطلقتها [تركيا|ACTOR|TR] '
        "{يوم الأحد الماضي|2022-11-20|day} ضد مواقع [حزب العمال الكردستاني|ACTOR|PKK] في "
        "[جبال قنديل|LOCATION].",
        [("PKK", "attacked", "جبال قنديل")],
    ),
    # the forces a withdrawal noun names are the side withdrawing
    (
        "عنوان\nوسيطر المسلحون على [تكريت|LOCATION]، وسط انسحاب واسع لوحدات "
        "[الجيش العراقي|ACTOR|IQ_GOV] من مواقعها في [شمال البلاد|LOCATION].",
        [("IQ_GOV", "withdrawn", "شمال البلاد")],
    ),
    (
        "عنوان\nوأعلن الرئيس سحب القسم الأكبر من [القوات الروسية|ACTOR|RU] من "
        "[سوريا|LOCATION|syria].",
        [("RU", "withdrawn", "سوريا")],
    ),
    # «أعلنت X سيطرتها على A وB»: the announcer controls each place
    (
        "عنوان\nأعلنت [قسد|ACTOR|SDF]، أمس، سيطرتها الكاملة على [الملعب البلدي|LOCATION] "
        "و[المستشفى الوطني|LOCATION] في [مدينة الرقة|LOCATION].",
        [("SDF", "controls", "الملعب البلدي"), ("SDF", "controls", "المستشفى الوطني")],
    ),
    # fighters still entrenched in a place are there
    (
        "وأشار إلى أن نحو 100 عنصر من [داعش|ACTOR|ISIS] ما زالوا متحصنين في جيوب داخل "
        "[مدينة الرقة|LOCATION].",
        [("ISIS", "present", "مدينة الرقة")],
    ),
    # «بعد انسحاب ... منها»: the place a withdrawal leaves is the one named before
    (
        "عنوان\nوسيطر المسلحون على [الموصل|LOCATION|mosul] بعد انسحاب مفاجئ لقوات "
        "[الجيش العراقي|ACTOR|IQ_GOV] منها.",
        [("IQ_GOV", "withdrawn", "الموصل")],
    ),
    # shelling amid clashes stays a strike from afar: the shelling side is not «present»
    (
        "قصفت [قوات النظام|ACTOR|SY_GOV] [بلدة كفرنبل|LOCATION] بالمدفعية وسط اشتباكات على "
        "أطرافها.",
        [],
    ),
    # entrenched fighters are present where they hold out (not at the landmark near it)
    (
        "ويتحصن معظم عناصر [داعش|ACTOR|ISIS] في [مدينتي الميادين|LOCATION] "
        "و[البوكمال|LOCATION] قرب [الحدود العراقية|LOCATION].",
        [("ISIS", "present", "مدينتي الميادين"), ("ISIS", "present", "البوكمال")],
    ),
    (
        "وتحصن نحو [250 عنصراً|QUANTITY|250:troops] من [قوات النظام|ACTOR|SY_GOV]، بينهم ضباط، "
        "مع عدد من عائلاتهم داخل [مبنى المشفى الوطني|LOCATION].",
        [("SY_GOV", "present", "مبنى المشفى الوطني")],
    ),
    # the place may come first: «يتحصن في X نحو ألفي عنصر من Y»
    (
        "ويتحصن في [مطار دير الزور العسكري|LOCATION] [نحو ألفي عنصر|QUANTITY|2000:fighters] "
        "من [الحرس الجمهوري|ACTOR|SY_GOV].",
        [("SY_GOV", "present", "مطار دير الزور العسكري")],
    ),
    # ... but not a side named after a comma («، بحسب تقديرات أميركية»)
    (
        "ويقدر عدد عناصر [داعش|ACTOR|ISIS] بنحو [4 آلاف مقاتل|QUANTITY|4000:fighters]، يتحصن "
        "معظمهم في [مدينة الميادين|LOCATION]، بحسب تقديرات [أميركية|ACTOR|US].",
        [("ISIS", "present", "مدينة الميادين")],
    ),
    # places a list includes («، بما فيها»، «، بينها») and «من A ومن B» are rows of their own
    (
        "سيطرت [فصائل المعارضة|ACTOR|FSA] على معظم أحياء [مدينة حلب|LOCATION]، بما فيها "
        "[قلعة حلب|LOCATION] و[مطار حلب الدولي|LOCATION].",
        [
            ("FSA", "controls", "مدينة حلب"),
            ("FSA", "controls", "قلعة حلب"),
            ("FSA", "controls", "مطار حلب الدولي"),
        ],
    ),
    (
        "انسحبت وحدات من [قوات النظام|ACTOR|SY_GOV] من [مطار حلب الدولي|LOCATION] ومن "
        "[الأكاديمية العسكرية|LOCATION].",
        [
            ("SY_GOV", "withdrawn", "مطار حلب الدولي"),
            ("SY_GOV", "withdrawn", "الأكاديمية العسكرية"),
        ],
    ),
    # a partner named between the subject and the control noun controls too (a backer
    # «بدعم» does not); quoted names joined by a bare «و» are both subjects
    (
        "أحكمت وحدات من [الجيش العربي السوري|ACTOR|SY_GOV]، بالتعاون مع "
        "[المقاومة اللبنانية|ACTOR|HEZBOLLAH]، أمس، سيطرتها الكاملة على [حي الجمعيات|LOCATION].",
        [("SY_GOV", "controls", "حي الجمعيات"), ("HEZBOLLAH", "controls", "حي الجمعيات")],
    ),
    (
        "سيطرت [فصائل المعارضة|ACTOR|FSA]، بدعم جوي [تركي|ACTOR|TR]، على [بلدة كفرنبودة|LOCATION].",
        [("FSA", "controls", "بلدة كفرنبودة")],
    ),
    (
        'يذكر أن إرهابيي "[النصرة|ACTOR|NUSRA]" و"[أحرار الشام|ACTOR|OTHER:ahrar-al-sham]" '
        "يسيطرون على [الزبداني|LOCATION] منذ مطلع عام 2012.",
        [("NUSRA", "controls", "الزبداني"), ("OTHER:ahrar-al-sham", "controls", "الزبداني")],
    ),
    # the object of «دخل» past its subject and a time is where the force arrived (not the
    # countryside that contains it)
    (
        "دخلت وحدات من [جيش النظام السوري|ACTOR|SY_GOV] {صباح اليوم|2019-12-06|part-of-day} "
        "[مدينة منبج|LOCATION] و[بلدة تل تمر|LOCATION] ب[ريف الحسكة الشمالي|LOCATION].",
        [("SY_GOV", "arrived", "مدينة منبج"), ("SY_GOV", "arrived", "بلدة تل تمر")],
    ),
    # the owner of reinforcements after an adjective: «تعزيزات جديدة للجيش»
    (
        "وأفاد مراسل بوصول تعزيزات جديدة ل[لجيش|ACTOR|SY_GOV] إلى [بلدة بلودان|LOCATION].",
        [("SY_GOV", "reinforced", "بلدة بلودان")],
    ),
    # a withdrawal's destination is no place left; «منها» names the place left
    (
        "وقال القيادي إن [نحو 1500 مقاتل|QUANTITY|1500:fighters] من [الفصائل|ACTOR|FSA] دخلوا "
        "[مدينة جرابلس|LOCATION]، بعد أن انسحب عناصر [تنظيم الدولة|ACTOR|ISIS] منها باتجاه "
        "[مدينة الباب|LOCATION].",
        [("FSA", "arrived", "مدينة جرابلس"), ("ISIS", "withdrawn", "مدينة جرابلس")],
    ),
    # crossing into a place («عبروا الحدود إلى X») is arriving there
    (
        "وقال مصدر إن [نحو ألفي جندي|QUANTITY|2000:troops] [سوري|ACTOR|SY_GOV] عبروا الحدود إلى "
        "[الأراضي العراقية|LOCATION].",
        [("SY_GOV", "arrived", "الأراضي العراقية")],
    ),
    # «فصائل من X» after the verb is X's units (the subject)
    (
        "سيطرت فصائل من [الجيش السوري الحر|ACTOR|FSA]، الأربعاء، على [مدينة جرابلس|LOCATION].",
        [("FSA", "controls", "مدينة جرابلس")],
    ),
    (
        "ارتكب [الطيران الحربي الروسي|ACTOR|RU] مجزرة بحق مقاتلي [فيلق الشام|ACTOR|OTHER:faylaq-al-sham] "
        "إثر غارات استهدفت معسكرا في [جبل الدويلة|LOCATION].",
        [("OTHER:faylaq-al-sham", "attacked", "جبل الدويلة")],
    ),
    # a planned ground operation's aim («لتطهير منطقة X») is no place it will be in
    (
        "وقال إن [تركيا|ACTOR|TR] ستطلق عملية برية لتطهير [منطقة تل رفعت|LOCATION] من الإرهابيين.",
        [],
    ),
    # a siege: the besieged named near the trigger are there too
    (
        "وبات عدد من النقاط [التركية|ACTOR|TR]، بينها نقطة [مورك|LOCATION]، محاصراً من قبل "
        "[قوات النظام|ACTOR|SY_GOV].",
        [("SY_GOV", "present", "مورك"), ("TR", "present", "مورك")],
    ),
    (
        "ودعا [جيش الفتح|ACTOR|OTHER:jaish-al-fateh] عناصر [النظام|ACTOR|SY_GOV] المحاصرين في "
        "[المشفى الوطني|LOCATION] إلى الاستسلام.",
        [("SY_GOV", "present", "المشفى الوطني")],
    ),
    # observers' forecasts and planned offensives give no planned rows (planned
    # deployments do)
    (
        "ويتوقع مراقبون أن تتجه [القوات النظامية|ACTOR|SY_GOV] نحو [ريف حمص الشمالي|LOCATION].",
        [],
    ),
    (
        "وأعلن [أردوغان|PERSON] أن [تركيا|ACTOR|TR] ستشن عملية عسكرية على [تل رفعت|LOCATION].",
        [],
    ),
    # a toll that names no place places no one
    (
        'وأعلنت [وزارة الدفاع الروسية|ACTOR|RU] أن [مقاتلات "سوخوي"|WEAPON|warplane] نفذت '
        "[نحو عشرين طلعة جوية|QUANTITY|20:other] دمرت خلالها [ثمانية أهداف|QUANTITY|8:other] "
        'ل[تنظيم "داعش"|ACTOR|ISIS].',
        [],
    ),
    # a plural imperfect of deployment
    (
        "وقال إن [نحو 3 آلاف جندي|QUANTITY|3000:troops] [أمريكي|ACTOR|US] ينتشرون حالياً في "
        "[العراق|LOCATION].",
        [("US", "present", "العراق")],
    ),
    # an aggression the air defences repelled hits their side at each place it targeted
    (
        "تصدت [الدفاعات الجوية السورية|ACTOR|SY_GOV] فجر اليوم لعدوان جوي إسرائيلي استهدف "
        "نقاطاً في محيط [مطار دمشق الدولي|LOCATION] و[ريف دمشق الجنوبي|LOCATION]، وأسقطت عدداً "
        "من الصواريخ.",
        [("SY_GOV", "attacked", "مطار دمشق الدولي"), ("SY_GOV", "attacked", "ريف دمشق الجنوبي")],
    ),
    # those who storm villages are in them
    (
        "واقتحم [عشرات|QUANTITY|24:fighters] من عناصر [داعش|ACTOR|ISIS] قرى [الشبكي|LOCATION] "
        "و[الشريحي|LOCATION].",
        [("ISIS", "present", "الشبكي"), ("ISIS", "present", "الشريحي")],
    ),
    # holding on to places is control (each place its row), not a right reserved
    (
        "فيما يحتفظ [النظام|ACTOR|SY_GOV] ب[مدينة أريحا|LOCATION] و[معسكري المسطومة|LOCATION] "
        "و[القرميد|LOCATION].",
        [
            ("SY_GOV", "controls", "مدينة أريحا"),
            ("SY_GOV", "controls", "معسكري المسطومة"),
            ("SY_GOV", "controls", "القرميد"),
        ],
    ),
    ("وتحتفظ [تركيا|ACTOR|TR] بحق الرد على أي هجوم في [إدلب|LOCATION].", []),
    # a «new» convoy with its nationality in the accusative reinforces where it went
    (
        "وأفاد المرصد بأن رتلاً تركياً جديداً دخل من [معبر كفرلوسين|LOCATION] واتجه إلى "
        "[مطار تفتناز العسكري|LOCATION] و[بلدة بنش|LOCATION].",
        [("TR", "reinforced", "مطار تفتناز العسكري"), ("TR", "reinforced", "بلدة بنش")],
    ),
    # a handover still to come («من المقرر ...، بعد تسليم X»): the force is there now
    (
        "ومن المقرر أن تتجمع [قوات التحالف|ACTOR|COALITION] في عدد أقل من القواعد، بعد تسليم "
        "[قاعدة التقدم|LOCATION] في [الأنبار|LOCATION].",
        [("COALITION", "present", "قاعدة التقدم")],
    ),
    # resisting attacks on a town is ground fighting there: every side is present; the
    # attack noun's genitive («هجمات جيش X ومرتزقة Y») names the attackers
    (
        "تواصل [قوات سوريا الديمقراطية|ACTOR|SDF] مقاومتها في وجه هجمات [جيش الاحتلال "
        "التركي|ACTOR|TR] ومرتزقة [الجيش الوطني السوري|ACTOR|FSA] على [مدينة سري كانيه|LOCATION].",
        [
            ("TR", "present", "مدينة سري كانيه"),
            ("FSA", "present", "مدينة سري كانيه"),
            ("SDF", "present", "مدينة سري كانيه"),
        ],
    ),
    # a convoy «comprising» trucks or armour that enters reinforces (one without a size
    # only arrives: the seed's Russian convoy)
    (
        "ودخل رتل عسكري [أميركي|ACTOR|US] يضم نحو 30 شاحنة من [العراق|LOCATION] واتجه إلى "
        "[حقل العمر النفطي|LOCATION].",
        [("US", "reinforced", "حقل العمر النفطي")],
    ),
    # raising the state's flag over a place is control; a base handed over is held by the
    # side it went to
    (
        "فيما رفعت [القوات الاتحادية|ACTOR|IQ_GOV] العلم العراقي فوق [مبنى المحافظة|LOCATION].",
        [("IQ_GOV", "controls", "مبنى المحافظة")],
    ),
    (
        "سلّم [التحالف الدولي|ACTOR|COALITION] اليوم [قاعدة كي وان|LOCATION] إلى "
        "[القوات العراقية|ACTOR|IQ_GOV].",
        [("COALITION", "withdrawn", "قاعدة كي وان"), ("IQ_GOV", "controls", "قاعدة كي وان")],
    ),
    # battles whose toll names the sides: each side that lost fighters there was there
    (
        "عنوان\nأسفرت المعارك في [القصير|LOCATION] منذ انطلاقها عن مقتل 450 من مقاتلي "
        "[المعارضة|ACTOR|FSA] و70 عنصراً من [حزب الله|ACTOR|HEZBOLLAH].",
        [("FSA", "present", "القصير"), ("HEZBOLLAH", "present", "القصير")],
    ),
    # fighters leaving towns under a head noun («من بلدات A وB») withdraw from each
    (
        "وخرج [نحو 3 آلاف|QUANTITY|3000:fighters] من [مقاتلي المعارضة|ACTOR|FSA] من بلدات "
        "[يلدا|LOCATION] و[ببيلا|LOCATION] "
        "إلى [ريف حلب الشمالي|LOCATION].",
        [("FSA", "withdrawn", "يلدا"), ("FSA", "withdrawn", "ببيلا")],
    ),
    # coordinated places behind a head noun («وقرى X وY») and past their containers
    # («A في B وقاعدة C»، «قاعدة D شمال E»)
    (
        "سيّرت [القوات الروسية|ACTOR|RU] دورية عسكرية في محيط [تل رفعت|LOCATION] وقرى "
        "[منغ|LOCATION] و[مرعناز|LOCATION].",
        [("RU", "present", "تل رفعت"), ("RU", "present", "منغ"), ("RU", "present", "مرعناز")],
    ),
    (
        "وتنشر [الولايات المتحدة|ACTOR|US] نحو [5200 جندي|QUANTITY|5200:troops] في "
        "[العراق|LOCATION] يتوزعون على قواعد أبرزها [عين الأسد|LOCATION] في [الأنبار|LOCATION] "
        "و[قاعدة حرير|LOCATION] في [أربيل|LOCATION] و[قاعدة التاجي|LOCATION] شمال "
        "[بغداد|LOCATION].",
        [
            ("US", "present", "العراق"),
            ("US", "present", "عين الأسد"),
            ("US", "present", "قاعدة حرير"),
            ("US", "present", "قاعدة التاجي"),
        ],
    ),
    # a force reporting another side's strikes on places it does not give an owner is the
    # side hit; not a state speaking of others, nor a force telling its own strikes
    (
        "وقالت [قوات سوريا الديمقراطية|ACTOR|SDF] في بيان، إن [القوات التركية|ACTOR|TR] "
        "أطلقت أكثر من 120 [قذيفة|WEAPON] على [قرى الشهباء|LOCATION] و[ناحية عين عيسى|LOCATION].",
        [("SDF", "attacked", "قرى الشهباء"), ("SDF", "attacked", "ناحية عين عيسى")],
    ),
    (
        "وقالت [واشنطن|ACTOR|US] إن [الطائرات الروسية|ACTOR|RU] قصفت مستشفيات في [إدلب|LOCATION].",
        [],
    ),
    (
        "وأعلنت [وزارة الدفاع الأميركية|ACTOR|US] أن [مقاتلات أميركية|ACTOR|US] قصفت "
        "مخازن أسلحة في [البوكمال|LOCATION].",
        [],
    ),
    # the victims' nationality in the accusative («جندياً تركياً»), named before the strike
    # or after it
    (
        "قتل 34 جندياً تركياً في غارة استهدفت رتلاً عسكرياً قرب [بلدة بليون|LOCATION].",
        [("TR", "attacked", "بلدة بليون")],
    ),
    (
        "وجاء ذلك بعد الهجوم الذي أودى بحياة 33 جنديا تركيا في [منطقة بليون|LOCATION].",
        [("TR", "attacked", "منطقة بليون")],
    ),
]


@pytest.mark.parametrize("marked,expected", CASES, ids=range(len(CASES)))
def test_rows(marked, expected):
    assert rows(marked) == expected


def test_row_fields():
    marked = (
        "ذكرت مصادر محلية أن [القوات الأميركية|ACTOR|US] سحبت {في أكتوبر|2019-10|month} "
        "قواتها من [منبج|LOCATION]، وأبقت على [قرابة 600 جندي|QUANTITY|600:troops] في [بعض القواعد|LOCATION]."
    )
    text, evs, frc = run(marked)
    assert len(frc) == 1
    f = frc[0]
    assert f.id == "f1"
    assert f.status == "present"
    assert f.as_of == {"value": "2019-10", "precision": "month"}
    assert f.strength == {"value": 600, "approx": True, "unit": "troops"}
    assert f.source == "مصادر محلية"
    assert f.assets == "بعض القواعد"
    assert f.evidence == {"start": 0, "end": len(text)}
    assert f.events == [evs[0].id]


def test_entrenched_force_takes_the_count_before_it():
    marked = (
        "ويتحصن في [مطار دير الزور العسكري|LOCATION] [نحو ألفي عنصر|QUANTITY|2000:fighters] "
        "من [الحرس الجمهوري|ACTOR|SY_GOV]."
    )
    _, _, frc = run(marked)
    assert [f.strength for f in frc] == [{"value": 2000, "approx": True, "unit": "fighters"}]


HOSTED = (
    "وكانت [قاعدة عين الأسد الجوية|LOCATION|ain-al-asad-base] و[قاعدة K1|LOCATION|k1-airbase] "
    "قد تعرضتا لهجمات بطائرات مسيرة."
)


def test_an_attack_on_a_known_garrison_hits_the_force_it_hosted_that_year():
    """hosts.tsv: Ain al-Asad hosts US forces from 2014, K1 only until 2020."""
    _, _, frc = run(HOSTED, published="2019-12-06")
    assert [(f.actor, f.status, f.location["text"]) for f in frc] == [
        ("US", "attacked", "قاعدة عين الأسد الجوية"),
        ("US", "attacked", "قاعدة K1"),
    ]
    _, _, frc = run(HOSTED, published="2021-05-01")
    assert [(f.actor, f.location["text"]) for f in frc] == [("US", "قاعدة عين الأسد الجوية")]
    _, _, frc = run(HOSTED, published="2012-05-01")
    assert frc == []


def test_an_attack_on_an_airbase_hits_the_side_that_held_it_that_year():
    marked = "قصفت طائرات حربية [مطار الطبقة العسكري|LOCATION|tabqa-airbase]."
    for day, side in (("2013-05-01", "SY_GOV"), ("2015-03-01", "ISIS"), ("2018-01-01", "SDF")):
        _, _, frc = run(marked, published=day)
        assert [(f.actor, f.status) for f in frc] == [(side, "attacked")], day


def test_the_host_the_text_names_wins_over_the_gazetteer():
    marked = (
        "استهدف هجوم صاروخي محيط [مطار أربيل الدولي|LOCATION|erbil-airport] في "
        "[إقليم كردستان|LOCATION|iraqi-kurdistan]، حيث تتمركز قوات من "
        "[التحالف الدولي|ACTOR|COALITION]."
    )
    assert rows(marked) == [("COALITION", "attacked", "مطار أربيل الدولي")]
    no_host = "استهدف هجوم صاروخي محيط [مطار أربيل الدولي|LOCATION|erbil-airport]."
    assert rows(no_host) == [("US", "attacked", "مطار أربيل الدولي")]


def test_as_of_falls_back_to_the_article_day():
    marked = "ويشار إلى أن [مطار القامشلي|LOCATION] خاضع لسيطرة [قوات النظام|ACTOR|SY_GOV]."
    _, _, frc = run(marked, published="2020-03-01")
    assert [(f.actor, f.status, f.as_of) for f in frc] == [
        ("SY_GOV", "controls", {"value": "2020-03-01", "precision": "day"})
    ]


def test_one_convoy_reported_twice_is_one_row():
    marked = (
        "وصلت تعزيزات روسية إلى [مطار القامشلي|LOCATION].\n"
        "وقالت وكالة [سبوتنيك|ORG] إن قافلة عسكرية روسية وصلت {أمس|2019-12-05|day} إلى "
        "[مطار القامشلي|LOCATION]. وأضافت أن القافلة عبرت {ظهر أمس|2019-12-05|part-of-day} "
        "بلدة [تل تمر|LOCATION]."
    )
    _, evs, frc = run(marked)
    assert len(evs) == 3
    assert [(f.actor, f.status) for f in frc] == [("RU", "arrived")]
    assert frc[0].events == ["e1", "e2", "e3"]
    assert frc[0].source == "سبوتنيك"
    assert frc[0].as_of == {"value": "2019-12-05", "precision": "day"}


def test_rows_keep_to_one_per_actor_place_status_in_a_sentence():
    marked = (
        "وأوضحت المصادر أن [القوات الأميركية|ACTOR|US] الموجودة في [الحقل|LOCATION] تقوم "
        "بتدريبات مشتركة مع [قسد|ACTOR|SDF]."
    )
    assert rows(marked) == [("US", "present", "الحقل"), ("SDF", "present", "الحقل")]


def test_rows_from_stored_events_match_rows_from_fresh_ones():
    """derive_forces on events read back from JSON (no cached analysis) gives the same rows."""
    import json

    from tests.conftest import GOLD, SAMPLE
    from workbench.core.events import find_events
    from workbench.core.forces import derive_forces
    from workbench.core.model import Entity, Event, TimeExpr
    from workbench.core.text import normalize, sentences

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = SAMPLE.read_text(encoding="utf-8")
    ents = [Entity.from_dict(e) for e in gold["entities"]]
    times = [TimeExpr.from_dict(t) for t in gold["times"]]
    nt, sents = normalize(text), sentences(text)
    evs = find_events(text, nt, sents, ents, times)
    fresh = [f.to_dict() for f in derive_forces(text, nt, sents, ents, times, evs)]
    stored = [Event.from_dict(e.to_dict()) for e in evs]
    nt2 = normalize(text)
    again = [f.to_dict() for f in derive_forces(text, nt2, sents, ents, times, stored)]
    assert again == fresh
    # and from the gold events themselves (an analyst's corrected set)
    gold_events = [Event.from_dict(e) for e in gold["events"]]
    rows = derive_forces(text, nt2, sents, ents, times, gold_events)
    assert {(f.actor, f.status) for f in rows} >= {("US", "withdrawn"), ("RU", "planned")}


def test_rows_reuse_the_analysis_of_their_events(monkeypatch):
    """With the analysis analyse_events returned, derive_forces does not analyse again, and
    its rows are those of a fresh analysis; with other events it analyses them itself."""
    import datetime as dt

    from tests.conftest import SAMPLE
    from workbench.core import events as ev_mod
    from workbench.core.entities import find_entities
    from workbench.core.forces import derive_forces
    from workbench.core.model import Event
    from workbench.core.text import normalize, sentences
    from workbench.core.times import find_times

    text = SAMPLE.read_text(encoding="utf-8")
    nt, sents = normalize(text), sentences(text)
    ents = find_entities(text, nt, sents)
    day = dt.date(2019, 12, 6)
    times = find_times(text, day, nt, sents)
    an = ev_mod.analyse_events(text, nt, sents, ents, times, published=day)
    fresh = [
        f.to_dict() for f in derive_forces(text, nt, sents, ents, times, an.events, published=day)
    ]
    calls = []
    real = ev_mod._analyse
    monkeypatch.setattr(ev_mod, "_analyse", lambda *a: calls.append(1) or real(*a))
    reused = derive_forces(text, nt, sents, ents, times, an.events, published=day, analysis=an)
    assert calls == [] and [f.to_dict() for f in reused] == fresh
    stored = [Event.from_dict(e.to_dict()) for e in an.events]
    derive_forces(text, nt, sents, ents, times, stored, analysis=an)
    assert calls == [1]


def test_article_day_from_yesterday_when_no_publication_date():
    marked = (
        "قصفت [قوات النظام|ACTOR|SY_GOV] {أمس|2020-02-29|day} بلدة [كفرنبل|LOCATION]. "
        "ويشار إلى أن [مدينة سراقب|LOCATION] خاضعة لسيطرة [قوات النظام|ACTOR|SY_GOV]."
    )
    _, _, frc = run(marked, published=None)
    assert [(f.status, f.as_of) for f in frc] == [
        ("controls", {"value": "2020-03-01", "precision": "day"})
    ]


def test_borrowed_time_rows():
    """A row with a borrowed time folds into the same claim with its own time when it names
    no place, the same place or a broad one; a specific place of its own is a claim of its
    own, and a row without a place takes no placed row."""
    from workbench.core.forces import Row, _same_place
    from workbench.core.model import Entity

    def row(canonical: str | None) -> Row:
        e = Entity("m1", 0, 1, canonical or "", "LOCATION", canonical) if canonical else None
        return Row("US", "attacked", 0, e, [e] if e else [])

    assert _same_place(row("north-syria"), row(None))
    assert _same_place(row("north-syria"), row("north-syria"))
    assert _same_place(row("north-syria"), row("northeast-syria"))  # a broad recap
    assert not _same_place(row("northeast-jordan"), row("al-tanf-base"))
    assert not _same_place(row(None), row("shaddadi"))


def test_as_of_since_runs_to_the_article_day():
    """«منذ بدء موجة الهجمات في DAY»: the rows hold from that day to the article's day."""
    from tests.core.test_events import run

    _, _, frc = run(
        "وشنت فصائل مسلحة أكثر من 60 هجوماً على القواعد الأميركية في [سوريا|LOCATION] منذ بدء "
        "موجة الهجمات في {12 تشرين الثاني|2019-11-12|day}.",
        published="2019-12-06",
    )
    assert [(f.actor, f.status, (f.as_of or {}).get("value")) for f in frc] == [
        ("US", "attacked", "2019-11-12/2019-12-06")
    ]


def rows_with_strength(marked: str) -> list[tuple]:
    _, _, frc = run(marked)
    return [
        (f.actor, f.status, (f.location or {}).get("text"), (f.strength or {}).get("value"))
        for f in frc
    ]


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # a stated count of a side's fighters somewhere is its presence there
        (
            "وتقدر مصادر محلية عدد مسلحي [جيش الإسلام|ACTOR|OTHER:jaish-al-islam] في "
            "[دوما|LOCATION] بنحو [عشرة آلاف مسلح|QUANTITY|10000:fighters].",
            [("OTHER:jaish-al-islam", "present", "دوما", 10000)],
        ),
        # a second side counted with it, after «بينهم» or «إلى جانب»
        (
            "ويبلغ عدد جنود [التحالف الدولي|ACTOR|COALITION] المتبقين في [الكويت|LOCATION] "
            "[قرابة 3 آلاف جندي|QUANTITY|3000:troops]، بينهم [ألفا جندي|QUANTITY|2000:troops] "
            "[أمريكي|ACTOR|US].",
            [("COALITION", "present", "الكويت", 3000), ("US", "present", "الكويت", 2000)],
        ),
        # the owner of «مقاتليه» is the side the sentence is about; the place may follow
        # the count
        (
            "وتعد [حركة أحرار الشام|ACTOR|OTHER:ahrar-al-sham] من أقدم الفصائل، ويقدر عدد "
            "مقاتليه [بنحو 6 آلاف مقاتل|QUANTITY|6000:fighters] يتوزعون في "
            "[جبل الزاوية|LOCATION].",
            [("OTHER:ahrar-al-sham", "present", "جبل الزاوية", 6000)],
        ),
        # two sides counted together are both there, neither with the joint strength
        (
            "ويقدّر مصدر أمني عدد مسلحي «[جبهة النصرة|ACTOR|NUSRA]» و«[داعش|ACTOR|ISIS]» "
            "المنتشرين في [تلال الرهوة|LOCATION] [بنحو ألفي مسلح|QUANTITY|2000:fighters].",
            [("NUSRA", "present", "تلال الرهوة", None), ("ISIS", "present", "تلال الرهوة", None)],
        ),
        # on the fronts of a compass part of a place
        (
            "ويقدّر مصدر عدد عناصر [الجيش|ACTOR|SY_GOV] و[القوات الروسية|ACTOR|RU] المنتشرين "
            "على جبهات شرق [حماة|LOCATION] [بأكثر من ثلاثة آلاف مقاتل|QUANTITY|3000:"
            "fighters].",
            [("SY_GOV", "present", "حماة", None), ("RU", "present", "حماة", None)],
        ),
        # on the edges of a place
        (
            "وتقدر مصادر عدد عناصر [الحرس الجمهوري|ACTOR|SY_GOV] المنتشرين على أطراف "
            "[الحي|LOCATION] [بأكثر من 5 آلاف عنصر|QUANTITY|5000:troops].",
            [("SY_GOV", "present", "الحي", 5000)],
        ),
        # a count with no place says nothing of where
        (
            "ويقدر عدد مقاتلي [الفرقة الرابعة|ACTOR|SY_GOV] [بنحو 20 ألف مقاتل|QUANTITY|20000:"
            "fighters].",
            [],
        ),
    ],
)
def test_a_stated_count_is_presence_with_its_strength(marked, expected):
    assert sorted(rows_with_strength(marked)) == sorted(expected)


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # the fight a capture came after was at the place taken, between the captors and
        # the side named with «مع»; air cover is no one on the ground
        (
            "استعادت [قوات سوريا الديمقراطية|ACTOR|SDF] بلدة [الشدادي|LOCATION] في "
            "[ريف الحسكة الجنوبي|LOCATION]، بعد اشتباكات استمرت يومين مع "
            "[تنظيم داعش|ACTOR|ISIS]، بغطاء جوي من [طيران التحالف|ACTOR|COALITION].",
            [
                ("SDF", "controls", "الشدادي"),
                ("SDF", "present", "الشدادي"),
                ("ISIS", "present", "الشدادي"),
            ],
        ),
        # those who took part in the fighting were there too
        (
            "دارت معارك عنيفة بين [الجيش العراقي|ACTOR|IQ_GOV] و[داعش|ACTOR|ISIS] في "
            "[بيجي|LOCATION]، شاركت فيها فصائل من [الحشد الشعبي|ACTOR|OTHER:pmf] "
            "و[البيشمركة|ACTOR|PESHMERGA].",
            [
                ("IQ_GOV", "present", "بيجي"),
                ("ISIS", "present", "بيجي"),
                ("OTHER:pmf", "present", "بيجي"),
                ("PESHMERGA", "present", "بيجي"),
            ],
        ),
    ],
)
def test_fights_place_their_sides_and_partners(marked, expected):
    assert sorted(rows(marked)) == sorted(expected)


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # «من تبقى من المدنيين» (whoever remained) keeps no force anywhere: a withdrawal
        (
            "انسحب [الجيش الحر|ACTOR|FSA] من [تلبيسة|LOCATION] حفاظاً على أرواح من تبقى "
            "من المدنيين.",
            [("FSA", "withdrawn", "تلبيسة")],
        ),
        # a heading after a head noun («باتجاه قرى X») is no place left; the place before
        # the heading is
        (
            "انسحبت [قوات الأسايش|ACTOR|OTHER:asayish] من حواجزها في محيط "
            "[الحسكة|LOCATION] باتجاه قرى [تل تمر|LOCATION].",
            [("OTHER:asayish", "withdrawn", "الحسكة")],
        ),
    ],
)
def test_what_a_withdrawal_left(marked, expected):
    assert rows(marked) == expected


def test_a_cordon_broken_puts_the_besieger_and_the_besieged_there():
    marked = (
        "كسرت [قوات النظام|ACTOR|SY_GOV] الطوق الذي فرضه [داعش|ACTOR|ISIS] على "
        "[مطار كويرس|LOCATION]."
    )
    assert sorted(rows(marked)) == [
        ("ISIS", "present", "مطار كويرس"),
        ("SY_GOV", "present", "مطار كويرس"),
    ]


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # an assault repelled was fought on the ground: both sides were there
        (
            "صدت [وحدات الحماية|ACTOR|YPG] هجوماً شنه [داعش|ACTOR|ISIS] على قرية "
            "[تل شعير|LOCATION].",
            [("ISIS", "present", "تل شعير"), ("YPG", "present", "تل شعير")],
        ),
        # past a relative pronoun only its antecedent repelled the attack
        (
            "وصلت [قوات البيشمركة|ACTOR|PESHMERGA] إلى [مخمور|LOCATION] لمساندة "
            "[الجيش العراقي|ACTOR|IQ_GOV] الذي يتصدى منذ أيام لهجوم [داعش|ACTOR|ISIS] على "
            "[قرية كنهش|LOCATION].",
            [
                ("IQ_GOV", "present", "قرية كنهش"),
                ("ISIS", "present", "قرية كنهش"),
                ("PESHMERGA", "arrived", "مخمور"),
            ],
        ),
    ],
)
def test_a_repelled_assault_puts_both_sides_there(marked, expected):
    assert sorted(rows(marked)) == sorted(expected)


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # a counter-attack retakes ground: it is fought on the ground, both sides there
        (
            "شن مقاتلو [جيش الفتح|ACTOR|OTHER:jaish-al-fateh] هجوماً معاكساً على مواقع "
            "[حزب الله|ACTOR|HEZBOLLAH] في [جرود عسال الورد|LOCATION].",
            [
                ("HEZBOLLAH", "present", "جرود عسال الورد"),
                ("OTHER:jaish-al-fateh", "present", "جرود عسال الورد"),
            ],
        ),
        (
            "تواصل [قوات النظام|ACTOR|SY_GOV] هجماتها المضادة في [ريف حلب الجنوبي|LOCATION].",
            [("SY_GOV", "present", "ريف حلب الجنوبي")],
        ),
        # a plain assault without clashes is not placed on the ground
        (
            "شن [تنظيم داعش|ACTOR|ISIS] هجوماً على مواقع [الجيش العراقي|ACTOR|IQ_GOV] في "
            "[قضاء الطارمية|LOCATION].",
            [("IQ_GOV", "attacked", "قضاء الطارمية")],
        ),
    ],
)
def test_a_counter_attack_is_fought_on_the_ground(marked, expected):
    assert sorted(rows(marked)) == sorted(expected)


def test_a_pronoun_after_entrenched_points_back_to_the_place():
    marked = (
        "وكان مقاتلو [المعارضة|ACTOR|FSA] قد أطبقوا الحصار على [المطار|LOCATION]، فيما تحصن "
        "داخله [نحو 200 عنصر|QUANTITY|200:troops] من [قوات النظام|ACTOR|SY_GOV]."
    )
    assert ("SY_GOV", "present", "المطار") in rows(marked)


def test_receiving_the_security_file_is_control_not_receiving_weapons():
    assert rows(
        "وأضاف أن [قطعات الجيش|ACTOR|IQ_GOV] تسلمت الملف الأمني في [ناحية السعدية|LOCATION]."
    ) == [("IQ_GOV", "controls", "ناحية السعدية")]
    assert (
        rows("وتسلمت [القوات العراقية|ACTOR|IQ_GOV] أسلحة المسلحين في [ناحية السعدية|LOCATION].")
        == []
    )
    # in the terms of a deal: planned
    assert ("SY_GOV", "planned", "المدينة") in rows(
        "ويقضي الاتفاق بخروج المسلحين من [مدينة داريا|LOCATION]، على أن تتسلم "
        "[قوات النظام|ACTOR|SY_GOV] [المدينة|LOCATION] بعد ذلك."
    )


def test_a_withdrawal_called_for_is_the_addressee_s_and_planned():
    # «طالبت X Y بإخراج مسلحيه»: the side called upon stays where it is, for now
    assert rows(
        "فيما طالبت [حكومة إقليم كوردستان|ACTOR|OTHER:krg] [حزب العمال الكردستاني|ACTOR|PKK] "
        "بإخراج مسلحيه من [المناطق الحدودية|LOCATION]."
    ) == [("PKK", "present", "المناطق الحدودية")]


def test_a_place_subject_to_a_side_is_controlled_even_when_shelled():
    from workbench.core.extract import extract_text

    doc = extract_text(
        "وفي مدينة النبك المجاورة، سقطت قذائف هاون على بلدة دير عطية الخاضعة لسيطرة الجيش.",
        published="2013-11-19",
    )
    got = {(f["actor"], f["status"], f["location"]["text"]) for f in doc["forces"]}
    assert ("SY_GOV", "controls", "بلدة دير عطية") in got


def test_air_support_of_an_operation_is_no_one_on_the_ground():
    marked = (
        "وبدأت [قوات النظام|ACTOR|SY_GOV] بدعم جوي [روسي|ACTOR|RU] حملتها العسكرية على "
        "[ريف إدلب الجنوبي|LOCATION]."
    )
    assert rows(marked) == [("SY_GOV", "present", "ريف إدلب الجنوبي")]


def test_an_agreement_named_after_a_place_is_no_place_of_presence():
    marked = (
        "وتنتشر في [ريف حلب الشمالي|LOCATION] 8 نقاط مراقبة [تركية|ACTOR|TR] أقيمت بموجب "
        "تفاهمات [سوتشي|LOCATION]."
    )
    assert rows(marked) == [("TR", "present", "ريف حلب الشمالي")]


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # the fighting a withdrawal came after was at the place left; the sides of an
        # agreement named further on are not in it
        (
            "انسحب مقاتلو [وحدات حماية الشعب|ACTOR|YPG] من [تل رفعت|LOCATION] بعد 5 أيام "
            "من المعارك مع [الجيش التركي|ACTOR|TR]، تطبيقاً لاتفاق توصلت إليه "
            "[أنقرة|ACTOR|TR] و[موسكو|ACTOR|RU].",
            [
                ("YPG", "withdrawn", "تل رفعت"),
                ("YPG", "present", "تل رفعت"),
                ("TR", "present", "تل رفعت"),
            ],
        ),
        # a backer named only as such was not in the fight
        (
            "اندلعت اشتباكات في [حي الشيخ مقصود|LOCATION] بين [الأسايش|ACTOR|OTHER:asayish] "
            "وميليشيا [الدفاع الوطني|ACTOR|OTHER:pro-government-militias] الموالية "
            "لـ[نظام الأسد|ACTOR|SY_GOV].",
            [
                ("OTHER:asayish", "present", "حي الشيخ مقصود"),
                ("OTHER:pro-government-militias", "present", "حي الشيخ مقصود"),
            ],
        ),
    ],
)
def test_who_fought_where(marked, expected):
    assert sorted(rows(marked)) == sorted(expected)


def test_a_strike_on_a_government_airport_hits_the_government():
    marked = "استهدفت غارات إسرائيلية [مطار دمشق الدولي|LOCATION|damascus-airport] فجر اليوم."
    _, _, frc = run(marked, published="2022-06-10")
    assert [(f.actor, f.status) for f in frc] == [("SY_GOV", "attacked")]
    # not after the government fell (December 2024)
    _, _, frc = run(marked, published="2025-03-01")
    assert [(f.actor, f.status) for f in frc] == []


def test_the_word_of_a_name_is_no_build_up():
    """«الحشد» in «الحشد الشعبي» is the name, not a build-up: units deployed are present."""
    got = rows(
        "وتنتشر قطعات من [الجيش العراقي|ACTOR|IQ_GOV] و[الحشد الشعبي|ACTOR|OTHER:pmf] على "
        "امتداد نحو 600 كيلومتر من [الحدود|LOCATION] مع سوريا."
    )
    assert got == [("IQ_GOV", "present", "الحدود"), ("OTHER:pmf", "present", "الحدود")], got


def test_a_force_kept_somewhere_is_present_there():
    assert rows(
        "وتحتفظ [الولايات المتحدة|ACTOR|US] بنحو [900 جندي|QUANTITY|900:troops] في "
        "[سوريا|LOCATION]."
    ) == [("US", "present", "سوريا")]
    assert rows("وتحتفظ [قوات النظام|ACTOR|SY_GOV] بوجود محدود في [مدينة الحسكة|LOCATION].") == [
        ("SY_GOV", "present", "مدينة الحسكة")
    ]


def test_the_forces_reinforcements_are_made_of_are_reinforced_too():
    assert sorted(
        rows(
            "ودفعت [ميليشيات أسد|ACTOR|SY_GOV] بتعزيزات تضم [نحو 400 عنصر|QUANTITY|400:troops]"
            ' من "[الدفاع الوطني|ACTOR|OTHER:pro-government-militias]" و[ميليشيات إيرانية|ACTOR|'
            "OTHER:iran-backed-militias] إلى [معسكر جورين|LOCATION]."
        )
    ) == [
        ("OTHER:iran-backed-militias", "reinforced", "معسكر جورين"),
        ("OTHER:pro-government-militias", "reinforced", "معسكر جورين"),
        ("SY_GOV", "reinforced", "معسكر جورين"),
    ]


def test_the_places_listed_after_a_count_of_those_taken_are_each_controlled():
    assert rows(
        "واستعاد [الجيش السوري|ACTOR|SY_GOV] خلالها [أكثر من 200 بلدة|QUANTITY|200:other] "
        "وقرية، بينها [دير حافر|LOCATION] و[مطار الجراح العسكري|LOCATION]."
    ) == [("SY_GOV", "controls", "دير حافر"), ("SY_GOV", "controls", "مطار الجراح العسكري")]


def test_forces_deployed_where_the_places_before_haythu_are_and_a_far_build_up_is_not_theirs():
    assert rows(
        'ويخشى ناشطون أن يتجه [التنظيم|ACTOR|ISIS] نحو [مطار "التيفور"|LOCATION] و[مدينة '
        "تدمر|LOCATION]، حيث تتمركز قوات كبيرة [للنظام|ACTOR|SY_GOV]، وسط أنباء عن حشود "
        "لمقاتليه في [بلدة السخنة|LOCATION]."
    ) == [("SY_GOV", "present", 'مطار "التيفور"'), ("SY_GOV", "present", "مدينة تدمر")]


def test_the_parties_of_a_truce_and_the_captors_fought_where_the_clashes_were():
    assert sorted(
        rows(
            '"توصلت [هيئة تحرير الشام|ACTOR|NUSRA]" و[غرفة عمليات "فاثبتوا"|ACTOR|OTHER:fathbatu] '
            "إلى اتفاق لوقف إطلاق النار، بعد ثلاثة أيام من الاشتباكات في [جسر الشغور|LOCATION]."
        )
    ) == [("NUSRA", "present", "جسر الشغور"), ("OTHER:fathbatu", "present", "جسر الشغور")]
    assert rows(
        "كانت [الفصائل|ACTOR|FSA] قد أسرتهم خلال اشتباكات في محيط [قرية أم شعيفة|LOCATION]."
    ) == [("FSA", "present", "قرية أم شعيفة")]


def test_places_added_with_idafatan_ila_are_coordinated_and_the_cities_of_each_are_passed():
    assert rows(
        "وتسيطر [القوات الحكومية|ACTOR|SY_GOV] على [المربع الأمني|LOCATION] في كل من "
        "[الحسكة|LOCATION] و[القامشلي|LOCATION]، إضافة إلى [مطار القامشلي|LOCATION]."
    ) == [("SY_GOV", "controls", "المربع الأمني"), ("SY_GOV", "controls", "مطار القامشلي")]


def test_an_attack_foiled_by_forces_named_at_length_was_fought_at_each_coordinated_place():
    assert sorted(
        rows(
            "أحبطت وحدات من [الجيش العربي السوري|ACTOR|SY_GOV] اليوم هجوماً واسعاً شنه "
            '[إرهابيو تنظيم "جبهة النصرة"|ACTOR|NUSRA] على [مدينة البعث|LOCATION] و[بلدة خان '
            "أرنبة|LOCATION]."
        )
    ) == [
        ("NUSRA", "present", "بلدة خان أرنبة"),
        ("NUSRA", "present", "مدينة البعث"),
        ("SY_GOV", "present", "بلدة خان أرنبة"),
        ("SY_GOV", "present", "مدينة البعث"),
    ]


def test_french_and_british_forces_are_named_by_their_adjective():
    assert sorted(rows("وتنتشر قوات خاصة أمريكية وفرنسية في [قاعدة خراب عشق|LOCATION].")) == [
        ("OTHER:france", "present", "قاعدة خراب عشق"),
        ("US", "present", "قاعدة خراب عشق"),
    ]


@pytest.mark.parametrize(
    "marked,expected",
    [
        # the sides that took part in an assault were there (subject before or after the verb)
        (
            "وقال المرصد إن مقاتلين من [حزب الله|ACTOR|HEZBOLLAH] شاركوا في الهجوم على بلدة "
            "[قارة|LOCATION|qara].",
            [("HEZBOLLAH", "present", "قارة")],
        ),
        (
            "وشارك مقاتلون من [حزب الله|ACTOR|HEZBOLLAH] في اقتحام بلدة [قارة|LOCATION|qara].",
            [("HEZBOLLAH", "present", "قارة")],
        ),
        # (those killed in it are its victims, not its sides)
        (
            "قتل [ثلاثة عناصر|QUANTITY|3:fighters] من [قوات النظام|ACTOR|SY_GOV] في الهجوم على "
            "بلدة [قارة|LOCATION|qara].",
            [("SY_GOV", "attacked", "قارة")],
        ),
        # an operation: the fighters of a side named after it took part
        (
            "وشارك في العملية العسكرية في [ريف حماة|LOCATION|hama-countryside] مقاتلون من "
            "[حزب الله|ACTOR|HEZBOLLAH].",
            [("HEZBOLLAH", "present", "ريف حماة")],
        ),
    ],
)
def test_sides_that_took_part_in_a_fight_were_there(marked, expected):
    assert rows(marked) == expected


def test_the_counted_sides_after_a_participation_verb_are_the_operation_s():
    _, evs, _ = run(
        "ويشارك في العملية العسكرية في [ريف حماة|LOCATION|hama-countryside]، التي انطلقت أمس، "
        "[نحو 30 ألف مقاتل|QUANTITY|30000:fighters] من [الجيش العراقي|ACTOR|IQ_GOV] و"
        "[الحشد الشعبي|ACTOR|OTHER:pmf]."
    )
    (op,) = [e for e in evs if e.type == "OPERATION"]
    assert op.actors == ["IQ_GOV", "OTHER:pmf"]


def _strengths(marked: str) -> list[tuple]:
    _, _, frc = run(marked)
    return [(f.actor, f.status, (f.strength or {}).get("value")) for f in frc]


@pytest.mark.parametrize(
    "marked,expected",
    [
        # a toll is no strength
        (
            "وقال المرصد إن [7 عناصر|QUANTITY|7:fighters] من الميليشيات قتلوا في القصف، فيما "
            "سحبت [الفصائل|ACTOR|OTHER:iran-backed-militias] عناصرها من [حي الهجانة|LOCATION].",
            [("OTHER:iran-backed-militias", "withdrawn", None)],
        ),
        # another side's count is not this side's strength
        (
            "يواصل [الجيش السوري|ACTOR|SY_GOV] حشد قواته على أطراف [مخيم اليرموك|LOCATION]، حيث "
            "يتحصن [نحو ألف عنصر|QUANTITY|1000:fighters] من [تنظيم داعش|ACTOR|ISIS].",
            [("SY_GOV", "reinforced", None)],
        ),
        # a count of two sides is each one's
        (
            "وبات [نحو أربعة آلاف مقاتل|QUANTITY|4000:fighters] من [الجيش|ACTOR|SY_GOV] و"
            "[القوات الرديفة|ACTOR|OTHER:pro-government-militias] ينتشرون في [إزرع|LOCATION].",
            [
                ("SY_GOV", "present", 4000),
                ("OTHER:pro-government-militias", "present", 4000),
            ],
        ),
        # what reinforcements comprise is the reinforced side's
        (
            "دفعت [قوات النظام|ACTOR|SY_GOV] بتعزيزات تضم [نحو 400 عنصر|QUANTITY|400:fighters] "
            "من [الدفاع الوطني|ACTOR|OTHER:ndf] إلى [معسكر جورين|LOCATION].",
            [("SY_GOV", "reinforced", 400), ("OTHER:ndf", "reinforced", 400)],
        ),
    ],
)
def test_a_row_s_strength_is_a_count_of_its_own_side(marked, expected):
    assert _strengths(marked) == expected


def test_an_attack_on_civilians_at_a_facility_hits_no_garrison():
    base = "تنتشر [قوات سوريا الديمقراطية|ACTOR|SDF] في [سد تشرين|LOCATION|tishrin-dam]. "
    hit = rows(base + "وقصفت [المسيّرات التركية|ACTOR|TR] [السد|LOCATION|tishrin-dam] أمس.")
    assert ("SDF", "attacked", "السد") in hit
    hit = rows(
        base + "وقصفت [المدفعية التركية|ACTOR|TR] [السد|LOCATION|tishrin-dam] بأكثر من ألف قذيفة."
    )
    assert ("SDF", "attacked", "السد") in hit  # (a thousand shells are no civilians)
    spared = rows(
        base + "وقصفت [المسيّرات التركية|ACTOR|TR] قافلة لمدنيين متجهين إلى "
        "[السد|LOCATION|tishrin-dam] أمس."
    )
    assert [r for r in spared if r[1] == "attacked"] == []


@pytest.mark.parametrize(
    "marked,expected",
    [
        # forces right after the verb move, whoever's ministry they belong to (no visit)
        (
            "دخلت أرتال تابعة ل[وزارة الدفاع السورية|ACTOR|SY_GOV]، صباح الاثنين، مدينة "
            "[بصرى الشام|LOCATION|busra-ash-sham].",
            [("SY_GOV", "arrived", "بصرى الشام")],
        ),
        (
            "وأعلنت [وزارة الدفاع الروسية|ACTOR|RU] نشر وحدات من [الشرطة العسكرية الروسية|ACTOR|RU] "
            "في [سراقب|LOCATION|saraqib].",
            [("RU", "present", "سراقب")],
        ),
        # a minister arriving is a visit
        ("وصل [وزير الدفاع التركي|ACTOR|TR] إلى [أنقرة|LOCATION|ankara].", []),
    ],
)
def test_forces_of_a_ministry_move_a_minister_visits(marked, expected):
    assert rows(marked) == expected


def test_the_sides_that_took_part_in_an_operation_named_after_it():
    """«عملية عسكرية ... في P، شاركت فيها قطعات الجيش وفصائل الحشد»: those named after
    «شاركت فيها» are the operation's sides (not the enemy named before it), and there."""
    _, evs, frc = run(
        "أعلنت [منظمة بدر|ACTOR|OTHER:badr] تحرير المنطقة من سيطرة [تنظيم داعش|ACTOR|ISIS] بعد "
        "عملية عسكرية استمرت ثلاثة أيام في [المقدادية|LOCATION|al-miqdadiyah]، شاركت فيها "
        "قطعات [الجيش|ACTOR|IQ_GOV] و[فصائل الحشد الشعبي|ACTOR|OTHER:pmf]."
    )
    (op,) = [e for e in evs if e.type == "OPERATION"]
    assert op.actors == ["IQ_GOV", "OTHER:pmf"]
    there = {(f.actor, f.status) for f in frc if (f.location or {}).get("text") == "المقدادية"}
    assert there == {("IQ_GOV", "present"), ("OTHER:pmf", "present")}
