"""Entity rules on sentences of our own (not the sample), and properties of the output."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.entities import find_entities
from workbench.core.text import normalize, sentences


def ents(text):
    return find_entities(text, normalize(text), sentences(text))


def found(text):
    return {(e.text, e.type): e for e in ents(text)}


# (sentence, [(span text, type, canonical or None to skip the check)])
CASES = [
    # actors: aliases, nationality + force noun, clitics, quotes
    (
        "أعلنت روسيا، الأحد، أنها أرسلت تعزيزات إلى قاعدة حميميم في ريف اللاذقية.",
        [
            ("روسيا", "ACTOR", "RU"),
            ("قاعدة حميميم", "LOCATION", "hmeimim-airbase"),
            ("ريف اللاذقية", "LOCATION", None),
        ],
    ),
    (
        "وقصفت المدفعية التركية قرى في ريف حلب الشمالي، بحسب المرصد السوري لحقوق الإنسان.",
        [
            ("المدفعية التركية", "ACTOR", "TR"),
            ("ريف حلب الشمالي", "LOCATION", None),
            ("المرصد السوري لحقوق الإنسان", "ORG", "sohr"),
        ],
    ),
    (
        "قُتل ثلاثة عناصر من قوات النظام بهجوم لتنظيم الدولة الإسلامية في بادية حمص الشرقية.",
        [
            ("قوات النظام", "ACTOR", "SY_GOV"),
            ("تنظيم الدولة الإسلامية", "ACTOR", "ISIS"),
            ("بادية حمص الشرقية", "LOCATION", None),
        ],
    ),
    (
        "سيطرت هيئة تحرير الشام على بلدة كفرنبل جنوبي إدلب.",
        [
            ("هيئة تحرير الشام", "ACTOR", "NUSRA"),
            ("بلدة كفرنبل", "LOCATION", None),
            ("إدلب", "LOCATION", None),
        ],
    ),
    (
        "استهدف مسلحون مجهولون سيارة مفخخة قرب دوار النعيم في مدينة الرقة.",
        [
            ("مسلحون مجهولون", "ACTOR", "UNKNOWN"),
            ("سيارة مفخخة", "WEAPON", None),
            ("مدينة الرقة", "LOCATION", None),
        ],
    ),
    (
        "وانسحبت القوات الأمريكية من قاعدة خراب عشق باتجاه العراق.",
        [
            ("القوات الأمريكية", "ACTOR", "US"),
            ("قاعدة خراب عشق", "LOCATION", "kharab-ishk-base"),
            ("العراق", "LOCATION", "iraq"),
        ],
    ),
    (
        "اندلعت اشتباكات بين الجيش الوطني السوري وقسد قرب بلدة عين عيسى شمالي الرقة.",
        [
            ("الجيش الوطني السوري", "ACTOR", "FSA"),
            ("قسد", "ACTOR", "SDF"),
            ("بلدة عين عيسى", "LOCATION", "ain-issa"),
            ("الرقة", "LOCATION", None),
        ],
    ),
    (
        "وأكدت طهران أن الحرس الثوري سيبقى في سوريا.",
        [("طهران", "ACTOR", "IR"), ("الحرس الثوري", "ACTOR", "IR"), ("سوريا", "LOCATION", "syria")],
    ),
    (
        "قتل قيادي في الحشد الشعبي بغارة قرب معبر البوكمال الحدودي.",
        [
            ("الحشد الشعبي", "ACTOR", "OTHER:pmf"),
            ("معبر البوكمال الحدودي", "LOCATION", "albukamal-crossing"),
        ],
    ),
    (
        'تواصل فصائل المعارضة المدعومة من أنقرة قصف مواقع "قسد" بالمدفعية الثقيلة.',
        [
            ("فصائل المعارضة", "ACTOR", "FSA"),
            ("أنقرة", "ACTOR", "TR"),
            ("قسد", "ACTOR", "SDF"),
            ("المدفعية الثقيلة", "WEAPON", None),
        ],
    ),
    (
        'وشهدت المنطقة انتشار مليشيا "لواء الباقر" المدعومة من إيران في حي الجورة بدير الزور.',
        [
            ("لواء الباقر", "ACTOR", None),
            ("إيران", "ACTOR", "IR"),
            ("حي الجورة", "LOCATION", None),
            ("دير الزور", "LOCATION", None),
        ],
    ),
    (
        "بدأت تركيا وروسيا تسيير دوريات مشتركة على طريق M4 في إدلب.",
        [
            ("تركيا", "ACTOR", "TR"),
            ("روسيا", "ACTOR", "RU"),
            ("طريق M4", "LOCATION", "m4-highway"),
            ("إدلب", "LOCATION", None),
        ],
    ),
    (
        "أرسلت واشنطن ٣٠٠ جندي إلى قاعدة عين الأسد غرب العراق 🇺🇸 اليوم.",
        [
            ("واشنطن", "ACTOR", "US"),
            ("قاعدة عين الأسد", "LOCATION", "ain-al-asad-base"),
            ("غرب العراق", "LOCATION", None),
        ],
    ),
    (
        "ويقع حقل كونيكو للغاز شرق نهر الفرات، ويخضع لسيطرة القوات الأميركية.",
        [
            ("حقل كونيكو للغاز", "LOCATION", "conoco-gasfield"),
            ("القوات الأميركية", "ACTOR", "US"),
        ],
    ),
    (
        "شنت إسرائيل غارات على مطار التيفور العسكري في ريف حمص.",
        [
            ("إسرائيل", "ACTOR", "OTHER:israel"),
            ("مطار التيفور العسكري", "LOCATION", "t4-airbase"),
            ("ريف حمص", "LOCATION", None),
        ],
    ),
    (
        'وقالت مصادر محلية إن فصيل "جيش الإسلام" نقل عناصره إلى مدينة الباب.',
        [("جيش الإسلام", "ACTOR", None), ("مدينة الباب", "LOCATION", None)],
    ),
    # persons: the title is not in the span
    (
        "وصل الرئيس التركي رجب طيب أردوغان إلى موسكو للقاء نظيره الروسي فلاديمير بوتين.",
        [
            ("رجب طيب أردوغان", "PERSON", None),
            ("موسكو", "LOCATION", None),
            ("فلاديمير بوتين", "PERSON", None),
        ],
    ),
    (
        'قال العميد أحمد رحال لوكالة "الأناضول" إن الوضع خطير.',
        [("أحمد رحال", "PERSON", None), ("الأناضول", "ORG", "anadolu")],
    ),
    (
        "وزار وزير الخارجية الروسي سيرغي لافروف العاصمة السورية دمشق.",
        [("سيرغي لافروف", "PERSON", None), ("دمشق", "LOCATION", None)],
    ),
    (
        "وأضاف الناشط الإعلامي محمد الحسن أن الطيران الروسي قصف مدينة معرة النعمان بالبراميل المتفجرة.",
        [
            ("محمد الحسن", "PERSON", None),
            ("الطيران الروسي", "ACTOR", "RU"),
            ("مدينة معرة النعمان", "LOCATION", None),
            ("البراميل المتفجرة", "WEAPON", None),
        ],
    ),
    # organisations: the name after a head noun, quoted or not
    (
        'ذكرت صحيفة "الوطن" السورية أن الجيش العربي السوري دخل مدينة منبج.',
        [
            ("الوطن", "ORG", None),
            ("الجيش العربي السوري", "ACTOR", "SY_GOV"),
            ("مدينة منبج", "LOCATION", None),
        ],
    ),
    (
        'وقال مسؤول في وزارة الدفاع الأمريكية لشبكة "سي إن إن" إن البنتاغون يدرس الخيارات.',
        [("سي إن إن", "ORG", "cnn"), ("البنتاغون", "ACTOR", "US")],
    ),
    (
        'أكدت مصادر لـ"عنب بلدي" أن الفرقة الرابعة نصبت حاجزاً عند مدخل بلدة الكسوة.',
        [
            ("عنب بلدي", "ORG", None),
            ("الفرقة الرابعة", "ACTOR", "SY_GOV"),
            ("بلدة الكسوة", "LOCATION", None),
        ],
    ),
    (
        "وشارك في الاجتماع ممثلون عن الأمم المتحدة والصليب الأحمر الدولي.",
        [("الأمم المتحدة", "ORG", "un"), ("الصليب الأحمر الدولي", "ORG", None)],
    ),
    # weapons: quoted model names, coordinated pairs
    (
        'هاجم مسلحون حاجزاً بقذائف "آر بي جي" ورشاشات ثقيلة.',
        [('قذائف "آر بي جي"', "WEAPON", "rpg")],
    ),
    (
        "عبرت دبابات ومدرعات الحدود قرب معبر باب الهوى.",
        [("دبابات ومدرعات", "WEAPON", None), ("معبر باب الهوى", "LOCATION", None)],
    ),
    (
        "وأفادت وكالة الأنباء السورية (سانا) بسقوط قذائف هاون على حي جرمانا.",
        [
            ("سانا", "ORG", "sana"),
            ("قذائف هاون", "WEAPON", "mortar"),
            ("حي جرمانا", "LOCATION", None),
        ],
    ),
    # compass phrases and quoted places
    (
        'وصلت تعزيزات إلى قرية "الحمرا" شمال شرق سورية.',
        [('قرية "الحمرا"', "LOCATION", None), ("شمال شرق سورية", "LOCATION", "northeast-syria")],
    ),
    (
        "Reuters: قوات سوريا الديمقراطية تنسحب من منبج 🚩 #سوريا",
        [("قوات سوريا الديمقراطية", "ACTOR", "SDF"), ("منبج", "LOCATION", None)],
    ),
    (
        "أعلنت وزارة الدفاع الروسية أن مقاتلات روسية دمرت مستودع ذخيرة في جبل الزاوية.",
        [("وزارة الدفاع الروسية", "ACTOR", "RU"), ("جبل الزاوية", "LOCATION", None)],
    ),
    (
        "قال مظلوم عبدي إن قسد لن تنسحب من عين العرب.",
        [("قسد", "ACTOR", "SDF"), ("عين العرب", "LOCATION", None)],
    ),
    (
        "وتمركزت دورية للشرطة العسكرية الروسية في ناحية الدرباسية بريف الحسكة.",
        [("لشرطة العسكرية الروسية", "ACTOR", "RU"), ("ريف الحسكة", "LOCATION", None)],
    ),
]


CASES += [
    (
        'وقال قائد "قسد" مظلوم عبدي إن قواته لن تنسحب.',
        [("قسد", "ACTOR", "SDF"), ("مظلوم عبدي", "PERSON", None)],
    ),
    (
        'وأوضح المتحدث الرسمي باسم "قسد" فرهاد شامي أن الهجوم فشل.',
        [("فرهاد شامي", "PERSON", None)],
    ),
    (
        "أكد الرئيس السوري بشار الأسد أنه سيزور موسكو، وقال الأسد إن الزيارة مهمة.",
        [("بشار الأسد", "PERSON", None), ("موسكو", "LOCATION", None), ("الأسد", "PERSON", None)],
    ),
    (
        'أفادت مصادر لـ"تلفزيون سوريا" بوصول تعزيزات إلى مدينتي الرقة والطبقة قرب الحدود العراقية.',
        [
            ("تلفزيون سوريا", "ORG", None),
            ("الطبقة", "LOCATION", None),
            ("الحدود العراقية", "LOCATION", None),
        ],
    ),
    (
        'وقالت شبكة "فرات بوست" إن مقاتلي العشائر سيطروا على بلدات الشحيل والبصيرة والطيانة.',
        [
            ("فرات بوست", "ORG", None),
            ("الشحيل", "LOCATION", None),
            ("البصيرة", "LOCATION", None),
            ("الطيانة", "LOCATION", None),
        ],
    ),
    (
        'أعلنت وزارة الدفاع التركية تحييد 12 عنصرا من تنظيم "بي كا كا/ي ب ك" قرب رأس العين.',
        [
            ("وزارة الدفاع التركية", "ACTOR", "TR"),
            ("بي كا كا/ي ب ك", "ACTOR", "YPG"),
            ("رأس العين", "LOCATION", None),
        ],
    ),
    (
        "قصفت الطائرات الروسية مدينة أريحا وقرى جبل الزاوية، وقتل شخصان بصاروخ.",
        [
            ("الطائرات", "WEAPON", "aircraft"),
            ("مدينة أريحا", "LOCATION", None),
            ("جبل الزاوية", "LOCATION", None),
        ],
    ),
    # a quoted name that begins with a group head noun is an armed group
    (
        'انتشرت "وحدات حماية الأيزيديين" في القرى.',
        [("وحدات حماية الأيزيديين", "ACTOR", None)],
    ),
    ('وقال "جيش العزة" إن مقاتليه صدوا الهجوم.', [("جيش العزة", "ACTOR", None)]),
    ("دخلت «جبهة النصرة» البلدة.", [("جبهة النصرة", "ACTOR", "NUSRA")]),
    ("وتنتشر قوات الحشد في قضاء تلعفر.", [("قوات الحشد", "ACTOR", "OTHER:pmf")]),
    # a call addressed to capitals makes them governments; a state leading something acts
    (
        "وطالب المحافظ داعيا دمشق وأنقرة إلى وقف التصعيد.",
        [("دمشق", "ACTOR", "SY_GOV"), ("أنقرة", "ACTOR", "TR")],
    ),
    (
        "قال المتحدث باسم التحالف الذي تقوده واشنطن إن الغارات مستمرة.",
        [("التحالف", "ACTOR", "COALITION"), ("واشنطن", "ACTOR", "US")],
    ),
    # a name of places in two countries takes the one in the article's country
    (
        "وصلت تعزيزات إلى سنجار غربي محافظة نينوى قادمة من الموصل.",
        [("سنجار", "LOCATION", "sinjar")],
    ),
    (
        "قصفت الطائرات بلدة سنجار في ريف إدلب الشرقي.",
        [("بلدة سنجار", "LOCATION", "sinjar-sy")],
    ),
    # a dual head names two places; مجمع is an Iraqi collective town
    (
        "سيطرت القوات على قريتي زمبوقة وحرملة قرب البلدة.",
        [("قريتي زمبوقة", "LOCATION", None), ("حرملة", "LOCATION", None)],
    ),
    # «وأم X»: a short name prefix after «و» still opens the second name
    (
        "سيطرت القوات على بلدتي عطشان وأم حارتين في ريف حماة.",
        [("بلدتي عطشان", "LOCATION", None), ("أم حارتين", "LOCATION", None)],
    ),
    # an arm of the forces (engineers, air defence) is the home government's, or the
    # state its adjective names
    (
        "وأضاف المصدر أن وحدات الهندسة بدأت تمشيط أحياء القصير بعد سيطرة الجيش السوري.",
        [("وحدات الهندسة", "ACTOR", "SY_GOV")],
    ),
    (
        "وقالت خلية الإعلام الأمني إن قوات الدفاع الجوي أسقطت طائرتين فوق بغداد.",
        [("قوات الدفاع الجوي", "ACTOR", "IQ_GOV")],
    ),
    (
        "وقال مصدر أمني إن فرق الجهد الهندسي باشرت تفكيك العبوات في الموصل.",
        [("فرق الجهد الهندسي", "ACTOR", "IQ_GOV")],
    ),
    (
        "وقال المتحدث إن وحدات الدفاع الجوي السورية تصدت للصواريخ فوق درعا.",
        [("وحدات الدفاع الجوي السورية", "ACTOR", "SY_GOV")],
    ),
    (
        "عبرت القوات النهر على جسور أقامتها وحدات الهندسة الروسية قرب دير الزور.",
        [("وحدات الهندسة الروسية", "ACTOR", "RU")],
    ),
    # «منطقة» and its dual take an indefinite name too; two fields after «حقلي»
    (
        "وتشن القوات التركية عملية في منطقتي متينا والزاب شمال دهوك.",
        [("منطقتي متينا", "LOCATION", None), ("الزاب", "LOCATION", None)],
    ),
    # (the second name of a dual head may end in alif, which elsewhere marks an adverb)
    (
        "شن الطيران غارات على قريتي النبعين والسمرا، ما أسفر عن مقتل 11 مقاتلاً.",
        [("قريتي النبعين", "LOCATION", None), ("السمرا", "LOCATION", None)],
    ),
    ("وصلت تعزيزات إلى منطقة عكاشات غربي الأنبار.", [("منطقة عكاشات", "LOCATION", None)]),
    (
        "شنت الطائرات غارات قرب حقلي جزل والمهر.",
        [("حقلي جزل", "LOCATION", None), ("المهر", "LOCATION", None)],
    ),
    (
        "عاد الأهالي إلى مجمعي تل قصب وتل بنات.",
        [("مجمعي تل قصب", "LOCATION", None), ("تل بنات", "LOCATION", None)],
    ),
    ("وصل الجنود إلى ناحية سنوني غرب الموصل.", [("ناحية سنوني", "LOCATION", "sinuni")]),
    # a staff rank («الركن») and a command («قائد عمليات X») before the officer's name; a
    # compound first name (عبد الأمير) is one name word
    # «X الدين» is one compound first name even when X is a word (نجم); a pronoun after
    # «باسم»; a surname in -وي that begins like a future verb (سنكاوي)
    (
        "وقال محافظ كركوك نجم الدين كريم في مؤتمر صحفي إن الوضع هادئ.",
        [("نجم الدين كريم", "PERSON", None)],
    ),
    (
        "وقال المتحدث باسمه دانيال هاغاري إن الجيش لا يعلق.",
        [("دانيال هاغاري", "PERSON", None)],
    ),
    (
        "وقال مسؤول في قوات البيشمركة اللواء محمود سنكاوي إن القوات تقدمت.",
        [("محمود سنكاوي", "PERSON", None)],
    ),
    (
        "وقال قائد عمليات دجلة الفريق الركن عبد الأمير الزيدي إن القوات تقدمت.",
        [("عبد الأمير الزيدي", "PERSON", None)],
    ),
    (
        'وأعلن قائد عمليات "قادمون يا نينوى" الفريق الركن عبد الأمير رشيد يار الله تحرير الحي.',
        [("عبد الأمير رشيد يار الله", "PERSON", None)],
    ),
    # generic places the annotators mark: a road by its adjective or its ends, the
    # villages around a place, a square, a front line, a side of Mosul, the capital
    (
        "وأعلن الجيش تأمين الطريق الدولي بين دمشق وعمّان.",
        [("الطريق الدولي", "LOCATION", "road")],
    ),
    ("وانتشرت قوة على الطريق الرابط بين سنجار وكوجو.", [("الطريق", "LOCATION", "road")]),
    ("أغارت الطائرات على الطريق الصحراوي قرب بلدة حميمة.", [("الطريق الصحراوي", "LOCATION", None)]),
    (
        "وسيطرت القوات على بلدة تل رفعت والقرى المحيطة بها.",
        [("القرى المحيطة بها", "LOCATION", None)],
    ),
    (
        "ونفذت القوات حملات دهم في البلدات والقرى المحيطة بالحقل.",
        [("البلدات والقرى المحيطة بالحقل", "LOCATION", None)],
    ),
    ("ورفع الجنود العلم في ساحة الريجة وسط المخيم.", [("ساحة الريجة", "LOCATION", None)]),
    (
        "وعزز الجيش قواته على خط وقف إطلاق النار في الجولان.",
        [("خط وقف إطلاق النار", "LOCATION", None)],
    ),
    ("وانتشرت وحدات على خط فصل القوات.", [("خط فصل القوات", "LOCATION", None)]),
    ("وبدأت عمليات تحرير الجانب الأيمن من الموصل.", [("الجانب الأيمن", "LOCATION", None)]),
    (
        "وأعلنت السلطات حظر التجوال في بغداد. وقالت إن العاصمة آمنة.",
        [("العاصمة", "LOCATION", "baghdad")],
    ),
    # a bare reference before a word with a preposition («من المطار بالكامل»): no adjective
    (
        "سيطرت القوات على مطار الطبقة العسكري. وقال المتحدث إن مقاتليهم انسحبوا من المطار بالكامل.",
        [("المطار", "LOCATION", "tabqa-airbase")],
    ),
    ("وسيطر التنظيم على مدينة عنة. ودخلوا عنة.", [("عنة", "LOCATION", "anah")]),
    ("ودخلت القوات قرية ترحين.", [("قرية ترحين", "LOCATION", None)]),
    # districts named by common words after «أحياء»; a name prefix first after a plural head
    (
        "وتدور اشتباكات في أحياء الشهداء والملعب والضباط.",
        [("الشهداء", "LOCATION", None), ("الملعب", "LOCATION", None), ("الضباط", "LOCATION", None)],
    ),
    (
        "وسيطرت القوات على قرى أم الكيف وتل اللبن.",
        [("أم الكيف", "LOCATION", None), ("تل اللبن", "LOCATION", None)],
    ),
    # a suburb, farms, a facility, a compound by their head noun and an unknown name
    (
        "وسيطرت الفصائل على ضاحية الأسد ومزارع الأشعري.",
        [("ضاحية الأسد", "LOCATION", None), ("مزارع الأشعري", "LOCATION", None)],
    ),
    (
        "وقصفت الطائرات منشأة النبع ومجمع كوجو.",
        [("منشأة النبع", "LOCATION", None), ("مجمع كوجو", "LOCATION", None)],
    ),
    # a border with a country is a place, with its side too
    ("وعزز الجيش انتشاره على الحدود الشمالية مع سوريا.", [("سوريا", "LOCATION", "syria")]),
    # a mosque by its head noun; Turkish border provinces as the outlets write them; Camp Taji
    ("فجر التنظيم جامع النوري الكبير في الموصل.", [("جامع النوري الكبير", "LOCATION", None)]),
    (
        "وصلت التعزيزات من ولاية كليس إلى ولاية شانلي أورفا.",
        [("ولاية كليس", "LOCATION", "kilis"), ("ولاية شانلي أورفا", "LOCATION", "sanl-urfa")],
    ),
    (
        "رداً على هجوم الأربعاء الماضي على التاجي الذي أودى بحياة جنديين.",
        [("التاجي", "LOCATION", "camp-taji")],
    ),
    # a front named by the place after «محور» (the axis word is not in the name)
    ("تدور اشتباكات على محور الكبينة منذ أيام.", [("الكبينة", "LOCATION", None)]),
    ("وتقدمت القوات على محور تل ملح.", [("تل ملح", "LOCATION", None)]),
    # «المعارضة» alone is the opposition factions once they were named
    (
        "تسيطر فصائل المعارضة على البلدة. وقالت مصادر في المعارضة إن مقاتليها صدوا الهجوم.",
        [("المعارضة", "ACTOR", "FSA")],
    ),
    ("ظهر مقاتلون من المعارضة السورية في البلدة.", [("المعارضة السورية", "ACTOR", "FSA")]),
    # councils and directorates: civil bodies are ORG, a military council an armed group
    ("زار وفد مجلس حلب المحلي الموقع.", [("مجلس حلب المحلي", "ORG", None)]),
    (
        "قال المجلس المحلي في مدينة إدلب إن المياه انقطعت.",
        [("المجلس المحلي في مدينة إدلب", "ORG", None)],
    ),
    ("قالت مديرية التربية بإدلب إن المدارس أغلقت.", [("مديرية التربية بإدلب", "ORG", None)]),
    (
        "وأكدت مديرية الزراعة في إدلب الحرة تضرر المحاصيل.",
        [("مديرية الزراعة في إدلب الحرة", "ORG", None)],
    ),
    (
        "أعلن مجلس دير الزور العسكري بدء الهجوم.",
        [("مجلس دير الزور العسكري", "ACTOR", "OTHER:deir-ez-zor-military-council")],
    ),
    # facilities: a quoted name after the head, or a definite one with its adjective
    (
        'طال القصف مستشفى "الرازي" الذي خرج عن الخدمة.',
        [('مستشفى "الرازي"', "LOCATION", None)],
    ),
    ("تجمع المحتجون أمام الجامع الكبير.", [("الجامع الكبير", "LOCATION", None)]),
    ("سيطرت القوات على الملعب البلدي في المدينة.", [("الملعب البلدي", "LOCATION", None)]),
    ("نقل الجرحى إلى المستشفى الوطني.", [("المستشفى الوطني", "LOCATION", None)]),
    # a castle named by its town; a military college named by its adjective
    ("سيطرت الفصائل على قلعة حلب.", [("قلعة حلب", "LOCATION", "aleppo-castle")]),
    (
        "انسحبت القوات من الأكاديمية العسكرية.",
        [("الأكاديمية العسكرية", "LOCATION", None)],
    ),
    ("تخرج الضابط في الكلية الحربية.", [("الكلية الحربية", "LOCATION", None)]),
    (
        "وقصفت الطائرات بلدة قنوات في ريف السويداء.",
        [("بلدة قنوات", "LOCATION", None), ("ريف السويداء", "LOCATION", None)],
    ),
    (
        "أكدت القوات المسلحة الأردنية جاهزيتها.",
        [("القوات المسلحة الأردنية", "ACTOR", "OTHER:jordan")],
    ),
    ("وأعلنت رئاسة الأركان التركية مقتل جندي.", [("رئاسة الأركان التركية", "ACTOR", "TR")]),
    (
        "تقدمت القوات العراقية في جرف الصخر والضلوعية.",
        [("جرف الصخر", "LOCATION", "jurf-al-sakhar"), ("الضلوعية", "LOCATION", "dhuluiya")],
    ),
    # front-line towns of Idlib and Hama (places_syria_extra.tsv)
    (
        "وقصفت الطائرات جرجناز وتلمنس ومعرشورين.",
        [
            ("جرجناز", "LOCATION", "jarjanaz"),
            ("تلمنس", "LOCATION", "talmenes"),
            ("معرشورين", "LOCATION", "maarshurin"),
        ],
    ),
    ('وتقدمت القوات في عملية "تحرير الموصل".', [("الموصل", "LOCATION", None)]),
    # a border post and a city's security compound
    ("عبر الجنود منفذ القائم الحدودي.", [("منفذ القائم الحدودي", "LOCATION", None)]),
    ("تحتفظ القوات بالمربع الأمني.", [("المربع الأمني", "LOCATION", None)]),
    # a participle after a place name is no part of it; SANA's name of Hezbollah
    (
        "وصلت تعزيزات إلى بلدة بلودان المطلة على الزبداني.",
        [("بلدة بلودان", "LOCATION", None), ("الزبداني", "LOCATION", None)],
    ),
    ("تقدمت المقاومة اللبنانية في الجرود.", [("المقاومة اللبنانية", "ACTOR", "HEZBOLLAH")]),
    # a place named after a sheikh before a direction and a place; a title before a full name
    ("تقدمت القوات على محور الشيخ مقصود شمالي حلب.", [("الشيخ مقصود", "LOCATION", None)]),
    (
        "قال قائممقام تلعفر قاسم محمد إن الأهالي عادوا.",
        [("قاسم محمد", "PERSON", None), ("تلعفر", "LOCATION", None)],
    ),
    ("قال قائمقام الموصل عصما يوسف إن المياه عادت.", [("عصما يوسف", "PERSON", None)]),
    # more real names: Independent Arabia, the Islamic Resistance in Iraq, air forces
    ('قال مصدر لـ"اندبندنت عربية" إن الهجوم فشل.', [("اندبندنت عربية", "ORG", None)]),
    (
        "أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم.",
        [("المقاومة الإسلامية في العراق", "ACTOR", "OTHER:islamic-resistance-iraq")],
    ),
    ("أكدت القوات الجوية الأميركية الضربة.", [("القوات الجوية الأميركية", "ACTOR", "US")]),
    ("سلم المسلحون 40 قطعة سلاح خفيف.", [("سلاح خفيف", "WEAPON", "small-arms")]),
    # «القضاء» after «قضاء X», «المحافظة» after a governorate (not «المحافظة على»)
    (
        "وصلت تعزيزات إلى قضاء تلعفر. وقال مسؤول في القضاء إن الوضع هادئ.",
        [("القضاء", "LOCATION", "tall-afar")],
    ),
    (
        "دخلت القوات محافظة درعا. وشهدت المحافظة اشتباكات.",
        [("المحافظة", "LOCATION", "daraa-governorate")],
    ),
    # a city's quarters by direction; «وسورية» after an adjective is an adjective
    (
        "قصفت المدفعية مدينة دير الزور. وتحاول القوات استعادة الأحياء الغربية منها.",
        [("الأحياء الغربية", "LOCATION", "deir-ez-zor-west")],
    ),
    # «مسيرة» is a drone next to an attack word, a nationality or a drone kind
    ("قتل جنديان بهجوم بمسيرة قرب القاعدة.", [("مسيرة", "WEAPON", "drone")]),
    ("قصفت المسيّرات الإسرائيلية سيارة.", [("المسيّرات", "WEAPON", "drone")]),
    ("استهدفت مسيرة انتحارية رتلا.", [("مسيرة انتحارية", "WEAPON", "drone")]),
    # a bare group head refers to the last group named with it
    (
        "قصفت الطائرات مواقع لحزب العمال الكردستاني. وتقول أنقرة إن عناصر الحزب ينشطون هناك.",
        [("الحزب", "ACTOR", "PKK")],
    ),
    (
        "دخلت حركة أحرار الشام البلدة. وقالت الحركة إنها سيطرت عليها.",
        [("الحركة", "ACTOR", "OTHER:ahrar-al-sham")],
    ),
    (
        "انسحبت وحدات حماية الشعب من البلدة. ونفت الوحدات ذلك.",
        [("الوحدات", "ACTOR", "YPG")],
    ),
    # «الجيش» alone after an army was named; regime security bodies
    (
        "انتشر الجيش العراقي في البلدة. وقال الجيش إن الوضع مستقر.",
        [("الجيش", "ACTOR", "IQ_GOV")],
    ),
    ("اعتقلت الأفرع الأمنية شابين في درعا.", [("الأفرع الأمنية", "ACTOR", "SY_GOV")]),
    (
        "تبنت المقاومة الإسلامية في العراق الهجوم. وقالت المقاومة الإسلامية إنها ستواصل.",
        [("المقاومة الإسلامية", "ACTOR", "OTHER:islamic-resistance-iraq")],
    ),
    # groups backing the actor just named: «الموالين له»، «المساندة لها»
    (
        "اشتبكت الفصائل مع الجيش التركي والمسلحين الموالين له قرب البلدة.",
        [("المسلحين الموالين له", "ACTOR", "FSA")],
    ),
    (
        "تتقدم قوات النظام والميليشيات الرديفة لها نحو البلدة.",
        [("الميليشيات الرديفة لها", "ACTOR", "OTHER:pro-government-militias")],
    ),
    # an area or a road named by a facility noun
    ("اندلعت اشتباكات في منطقة المطار شرقي المدينة.", [("منطقة المطار", "LOCATION", None)]),
    ("أغلقت القوات طريق المعبر أمام المدنيين.", [("طريق المعبر", "LOCATION", None)]),
    # aircraft are weapons; their nationality or owner is left to its own word
    ("أغارت مقاتلات إسرائيلية على مستودعات قرب مطار المزة.", [("مقاتلات", "WEAPON", None)]),
    ("حلقت مروحيات تركية فوق البلدة.", [("مروحيات", "WEAPON", "helicopter")]),
    (
        "قالت المتحدثة باسم التحالف الذي تقوده الولايات المتحدة إن طائرات التحالف قصفت جسرا.",
        [("التحالف", "ACTOR", "COALITION"), ("طائرات", "WEAPON", None)],
    ),
]


CASES += [
    (
        "وصلت قافلة عبر الطريق الدولي (الحسكة - الرقة - حلب) المعروف باسم M4 قرب سراقب.",
        [
            ("الطريق الدولي", "LOCATION", None),
            ("الحسكة", "LOCATION", None),
            ("الرقة", "LOCATION", None),
            ("حلب", "LOCATION", "aleppo"),
            ("M4", "LOCATION", "m4-highway"),
        ],
    ),
    (
        "قطعت فصائل المعارضة طريق حلب - دمشق الدولي عند سراقب.",
        [("طريق حلب - دمشق الدولي", "LOCATION", "m5-highway"), ("سراقب", "LOCATION", None)],
    ),
]


CASES += [
    (
        "دخلت القوات قرية السكرية وبلدة أم باطنة وحي الشيخ مقصود في حلب.",
        [
            ("قرية السكرية", "LOCATION", None),
            ("بلدة أم باطنة", "LOCATION", None),
            ("حي الشيخ مقصود", "LOCATION", None),
        ],
    ),
]


CASES += [
    (
        "سيرت القوات الروسية والتركية دورية مشتركة على الطريق الدولي حلب- اللاذقية.",
        [
            ("القوات الروسية", "ACTOR", "RU"),
            ("التركية", "ACTOR", "TR"),
            ("الطريق الدولي حلب- اللاذقية", "LOCATION", "m4-highway"),
        ],
    ),
]


CASES += [
    (
        "وقال أردوغان إن بلاده لن تسمح بذلك، فيما رحب غوتيريش بالاتفاق.",
        [("أردوغان", "PERSON", "erdogan"), ("غوتيريش", "PERSON", "guterres")],
    ),
]


CASES += [
    (
        "هاجم لواء الباقر مواقع قسد، وانسحبت فرقة السلطان مراد وفرقة الحمزة من المنطقة.",
        [
            ("لواء الباقر", "ACTOR", None),
            ("فرقة السلطان مراد", "ACTOR", None),
            ("فرقة الحمزة", "ACTOR", None),
        ],
    ),
    ("ورقة بحلب وبالرقة.", [("حلب", "LOCATION", "aleppo"), ("الرقة", "LOCATION", None)]),
]


CASES += [
    (
        'نقلت وكالة أنباء "هاوار" عن مصادر، وقالت الناطقة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن الوضع خطير.',
        [
            ("هاوار", "ORG", "hawar"),
            ("وزارة الخارجية الروسية", "ACTOR", "RU"),
            ("ماريا زاخاروفا", "PERSON", None),
        ],
    ),
]


CASES += [
    (
        "وصلت تعزيزات إلى قاعدة تل بيدر وقاعدة خراب الجير، وأنشأت قوات التحالف قاعدة جوية.",
        [
            ("قاعدة تل بيدر", "LOCATION", None),
            ("قاعدة خراب الجير", "LOCATION", None),
            ("قوات التحالف", "ACTOR", "COALITION"),
        ],
    ),
]


# general rules added for unseen articles (states acting, relative directions, groups)
CASES += [
    ("وقال المتحدث باسم البنتاغون جو كيربي إن القوات باقية.", [("جو كيربي", "PERSON", None)]),
    ("قصفت الطائرات مخازن تقول إنها مرتبطة بروسيا.", [("روسيا", "ACTOR", "RU")]),
    ("وصل الوفد بروسيا أمس.", [("روسيا", "LOCATION", None)]),
    (
        "سيّرت القوات دورية على الطريق الدولي حلب - اللاذقية، ثم أغلقت الطريق بسواتر.",
        [("الطريق", "LOCATION", None)],
    ),
    (
        'وتبنت جماعة تسمي نفسها "كتائب نصر الأنصاري" الهجوم.',
        [("كتائب نصر الأنصاري", "ACTOR", None)],
    ),
    ("وأطلقت القوات برشقات من القذائف على القرية.", [("رشقات من القذائف", "WEAPON", None)]),
    ("وسقطت قذائف صاروخية ومدفعية على البلدة.", [("قذائف صاروخية ومدفعية", "WEAPON", None)]),
    (
        "وقال وزير الخارجية الإيراني حسين أمير عبد الرحمن إن بلاده لن تتراجع.",
        [("حسين أمير عبد الرحمن", "PERSON", None)],
    ),
    (
        "وسيّرت فرنسا وبريطانيا دورية مشتركة قرب مدينة منبج.",
        [("فرنسا", "ACTOR", "OTHER:france"), ("بريطانيا", "ACTOR", "OTHER:uk")],
    ),
    ("إسرائيل تقصف مواقع قرب مطار حلب.", [("إسرائيل", "ACTOR", "OTHER:israel")]),
    ("وصل الوفد إلى إسرائيل أمس.", [("إسرائيل", "LOCATION", None)]),
    # a verb and its resumptive pronoun before a state: the state acts
    (
        "وحلقت المروحيات فوق مناطق تسيطر عليها روسيا.",
        [("روسيا", "ACTOR", "RU")],
    ),
    ("في وقت تواصل فيه إسرائيل مناوراتها.", [("إسرائيل", "ACTOR", "OTHER:israel")]),
    # consent given by a state, its fears, its shooting down
    ("ونفذت ثلاث ضربات داخل الأراضي السورية بموافقة دمشق.", [("دمشق", "ACTOR", "SY_GOV")]),
    ("في إشارة إلى مخاوف تركيا من قيام كيان كردي.", [("تركيا", "ACTOR", "TR")]),
    ("وصف بوتين إسقاط تركيا قاذفة روسية.", [("تركيا", "ACTOR", "TR")]),
    # a past verb with its object pronoun before a state: the state acts
    ("بموجب الاتفاق الذي رعته روسيا العام الماضي.", [("روسيا", "ACTOR", "RU")]),
    ("في عملية عسكرية أطلقتها تركيا.", [("تركيا", "ACTOR", "TR")]),
    ("وهي خطوة وصفتها دمشق بالعدوان.", [("دمشق", "ACTOR", "SY_GOV")]),
    # a noun with its possessive is not a verb: the state stays a place
    ("وهي الدولة التي عاصمتها دمشق.", [("دمشق", "LOCATION", None)]),
    ("وفي الوقت ذاته روسيا بعيدة عن الحدث.", [("روسيا", "LOCATION", None)]),
    # the subject of a verbal noun before its object
    ("بعد إطلاق تركيا عملية عسكرية.", [("تركيا", "ACTOR", "TR")]),
    # after «إن», before a quoted future verb
    ('وقال الوزير إن روسيا "ستدفع الثمن".', [("روسيا", "ACTOR", "RU")]),
    # a place a verb's pronoun refers to is still a place when the verb undergoes
    ("وهي المنطقة التي تقع فيها العراق.", [("العراق", "LOCATION", None)]),
    (
        "وشن العدو الإسرائيلي غارات على ريف حمص، وتصدت الدفاعات الجوية السورية لها.",
        [
            ("العدو الإسرائيلي", "ACTOR", "OTHER:israel"),
            ("الدفاعات الجوية السورية", "ACTOR", "SY_GOV"),
        ],
    ),
    (
        "وشن التحالف الدولي بقيادة الولايات المتحدة غارات غربي منبج.",
        [
            ("التحالف الدولي", "ACTOR", "COALITION"),
            ("الولايات المتحدة", "ACTOR", "US"),
            ("منبج", "LOCATION", None),
        ],
    ),
    (
        'هاجم عناصر "داعش" حاجزا جنوب غربي الموصل.',
        [("داعش", "ACTOR", "ISIS"), ("الموصل", "LOCATION", None)],
    ),
    ("تنتشر القوات الأميركية في شمال شرقي سوريا.", [("شمال شرقي سوريا", "LOCATION", None)]),
    (
        "واستهدفت الفصائل مواقع الشرطة الاتحادية العراقية قرب سوتشي.",
        [
            ("الفصائل", "ACTOR", "FSA"),
            ("الشرطة الاتحادية العراقية", "ACTOR", "IQ_GOV"),
            ("سوتشي", "LOCATION", "sochi"),
        ],
    ),
    (
        "وقالت قيادة عمليات نينوى إن قواتها اعتقلت مسلحين.",
        [("قيادة عمليات نينوى", "ACTOR", "IQ_GOV")],
    ),
    (
        "هاجمت ميليشيات مدعومة من إيران قاعدة التنف.",
        [("ميليشيات مدعومة من إيران", "ACTOR", "OTHER:iran-backed-militias")],
    ),
    # militias backed by Iran are their own actor, whatever the supporting word
    (
        "وقصفت فصائل موالية لإيران مطار التيفور.",
        [
            ("فصائل موالية لإيران", "ACTOR", "OTHER:iran-backed-militias"),
            ("مطار التيفور", "LOCATION", None),
        ],
    ),
    # Iraqi federal forces; a unit with its arm's adjective
    (
        "عنوان\nوانتشرت القوات الاتحادية في كركوك.\nودخلت قطعات من الفرقة التاسعة المدرعة إلى كركوك.",
        [
            ("القوات الاتحادية", "ACTOR", "IQ_GOV"),
            ("الفرقة التاسعة المدرعة", "ACTOR", "IQ_GOV"),
        ],
    ),
    # «نظام أسد» (no article), a bare air force of the country reported on, and a bare
    # «المحافظة» after its capital city
    ("واتهم ناشطون نظام أسد بتسهيل وصول التنظيم.", [("نظام أسد", "ACTOR", "SY_GOV")]),
    (
        "عنوان\nوشن الطيران الحربي غارات على جسر الشغور في إدلب.",
        [("الطيران الحربي", "ACTOR", "SY_GOV")],
    ),
    (
        "وقصفت الطائرات مدينة إدلب، وقال ناشطون إن القصف طال معظم أنحاء المحافظة.",
        [("المحافظة", "LOCATION", "idlib-governorate")],
    ),
    # camps and checkpoints take unknown names; a coordinated building stops the name
    # before it and takes in the branch it is named after
    (
        "وانسحبت قوات النظام إلى معسكر القرميد ومعسكر المسطومة.",
        [("معسكر القرميد", "LOCATION", None), ("معسكر المسطومة", "LOCATION", None)],
    ),
    (
        "وسيطرت الفصائل على حاجز العلاوين ومبنى الأمن العسكري.",
        [("حاجز العلاوين", "LOCATION", None), ("مبنى الأمن العسكري", "LOCATION", None)],
    ),
    # a plural head after «و» starts other places: the name stops before it
    ("قصفت المدفعية قرية زور مغار وقرى أخرى غربي المدينة.", [("قرية زور مغار", "LOCATION", None)]),
    ("علّقت السلطات السورية عمليات الإجلاء.", [("السلطات السورية", "ACTOR", "SY_GOV")]),
    ("وبدأ إجلاء مقاتلي المعارضة من حلب.", [("مقاتلي المعارضة", "ACTOR", "FSA")]),
    (
        "وحاصرت الفصائل بلدتي الفوعة وكفريا.",
        [("بلدتي الفوعة", "LOCATION", "al-fuah"), ("كفريا", "LOCATION", "kafriya")],
    ),
    # two quarters (حيي)، a bare prison, a company's head office, agencies' initials
    (
        "وتشتبك خلايا التنظيم المنتشرة في حيي غويران والزهور مع حراس سجن غويران، وقال المصدر "
        "إن السجن ما زال محاصرا.",
        [
            ("حيي غويران", "LOCATION", None),
            ("الزهور", "LOCATION", None),
            ("سجن غويران", "LOCATION", None),
            ("السجن", "LOCATION", None),
        ],
    ),
    (
        "وسيطرت القوات على حقل بابا كركر ومقر شركة نفط الشمال.",
        [
            ("حقل بابا كركر", "LOCATION", "baba-gurgur-oilfield"),
            ("مقر شركة نفط الشمال", "LOCATION", None),
        ],
    ),
    ("ونقلت وكالة د ب أ عن مصدر قوله.", [("د ب أ", "ORG", "dpa")]),
    # «المقاومة» after Hezbollah or the Iraqi Islamic Resistance is the one named; mountain
    # outskirts (جرود) and areas with a proper name (منطقة الحلابسة) are places
    (
        "واصل مقاتلو حزب الله تقدمهم في جرود عرسال، وقال مصدر في المقاومة إن الجرود باتت "
        "تحت السيطرة.",
        [
            ("المقاومة", "ACTOR", "HEZBOLLAH"),
            ("جرود عرسال", "LOCATION", None),
            ("الجرود", "LOCATION", None),
        ],
    ),
    ("وتقدمت القوات في منطقة الحلابسة.", [("منطقة الحلابسة", "LOCATION", None)]),
    ("وسيطرت القوات على المجمع الحكومي في الفلوجة.", [("المجمع الحكومي", "LOCATION", None)]),
    (
        "وسيطروا على تلال ضهر الهوا ووادي الخيل.",
        [("تلال ضهر الهوا", "LOCATION", None), ("وادي الخيل", "LOCATION", None)],
    ),
    # a town whose name is also a word: a place everywhere in an article that names it as
    # a place once (the headline too)
    (
        "القصير تسقط بيد النظام\nسيطرت قوات النظام على مدينة القصير. وتكتسب القصير أهمية كبيرة.",
        [("القصير", "LOCATION", "al-qusayr"), ("مدينة القصير", "LOCATION", "al-qusayr")],
    ),
    # towns and regions the GeoNames extract lacks or drops as common words
    (
        "وسيطرت فصائل الجيش الوطني على مدينة الباب بعد معارك في دابق.",
        [("مدينة الباب", "LOCATION", "al-bab"), ("دابق", "LOCATION", "dabiq")],
    ),
    (
        "وشن الجيش التركي غارات على قنديل وحفتانين.",
        [("قنديل", "LOCATION", "qandil-mountains"), ("حفتانين", "LOCATION", "haftanin")],
    ),
    (
        "وانتشر الجيش اللبناني في البقاع الشمالي وفي بلدة القاع ورأس بعلبك.",
        [
            ("البقاع الشمالي", "LOCATION", "north-bekaa"),
            ("بلدة القاع", "LOCATION", "al-qaa"),
            ("رأس بعلبك", "LOCATION", "ras-baalbek"),
        ],
    ),
    # a plural participle after «التنظيم» describes its fighters, not another organisation
    (
        'عنوان\nوقصفت الطائرات مواقع تنظيم "داعش".\nوتعثرت العملية بسبب قناصة التنظيم المتحصنين '
        "في وسط المدينة.",
        [("التنظيم", "ACTOR", "ISIS")],
    ),
    (
        "وخرج المقاتلون من بلدات يلدا وببيلا وبيت سحم.",
        [("يلدا", "LOCATION", "yalda"), ("بيت سحم", "LOCATION", "beit-sahem")],
    ),
    # armed groups by the slugs of their usual English names
    ('سيطرت فصائل "جيش الفتح" على جسر الشغور.', [("جيش الفتح", "ACTOR", "OTHER:jaish-al-fateh")]),
    ("وقصف جيش الإسلام مواقع النظام.", [("جيش الإسلام", "ACTOR", "OTHER:jaish-al-islam")]),
    (
        "وأعلنت كتائب سيد الشهداء مسؤوليتها.",
        [("كتائب سيد الشهداء", "ACTOR", "OTHER:kataib-sayyid-al-shuhada")],
    ),
    # a bare government, PMF or tribes: the one named before (or the home government)
    (
        "عنوان\nقصفت القوات العراقية مواقع داعش في الموصل.\nوقال المالكي إن الحكومة ستستعيد المدن.",
        [("الحكومة", "ACTOR", "IQ_GOV")],
    ),
    (
        "وأسفرت الضربة عن مقتل 4 عناصر من الحشد الشعبي، فيما أعلن الحشد حالة التأهب.",
        [("الحشد", "ACTOR", "OTHER:pmf")],
    ),
    ("واندلعت اشتباكات بين قسد والعشائر في ذيبان.", [("العشائر", "ACTOR", "OTHER:arab-tribes")]),
    # border strips, front lines and named parts of a place; a bare refinery, stadium or
    # «البلاد» refers to the last one named
    ("وقتل مسلحان قرب الشريط الحدودي.", [("الشريط الحدودي", "LOCATION", None)]),
    ("وتقدمت القوات على خطوط التماس.", [("خطوط التماس", "LOCATION", None)]),
    ("وتتولى القوات مسك الأرض في المناطق المحررة.", [("المناطق المحررة", "LOCATION", None)]),
    ("وفككت وحدات الهندسة الألغام في الأحياء السكنية.", [("الأحياء السكنية", "LOCATION", None)]),
    (
        "وهاجم المسلحون مصفاة بيجي، ثم أحرقوا أجزاء من المصفاة.",
        [("مصفاة بيجي", "LOCATION", "bayji"), ("المصفاة", "LOCATION", "bayji")],
    ),
    (
        "وصوت البرلمان في العراق على انسحاب القوات الأجنبية من البلاد.",
        [("العراق", "LOCATION", "iraq"), ("البلاد", "LOCATION", "iraq")],
    ),
    # the gazetteer's own phrases for them too (not the state itself)
    (
        "وانتشرت الميليشيات الموالية لإيران في البوكمال بعد غارات على مواقع لميليشيات موالية لإيران.",
        [
            ("الميليشيات الموالية لإيران", "ACTOR", "OTHER:iran-backed-militias"),
            ("البوكمال", "LOCATION", None),
            ("ميليشيات موالية لإيران", "ACTOR", "OTHER:iran-backed-militias"),
        ],
    ),
    ("وتبنت كتائب سيف الحق الهجوم.", [("كتائب سيف الحق", "ACTOR", None)]),
    # a military delegation or officials with a nationality; tribal fighters; the civil
    # administration of north-east Syria is an organisation
    (
        "والتقى وفد عسكري روسي قادة من قسد.",
        [("وفد عسكري روسي", "ACTOR", "RU"), ("قسد", "ACTOR", "SDF")],
    ),
    (
        "وقال مسؤولون عسكريون أميركيون إن الوضع هادئ.",
        [("مسؤولون عسكريون أميركيون", "ACTOR", "US")],
    ),
    ("وهاجم مقاتلو العشائر نقطة في ذيبان.", [("مقاتلو العشائر", "ACTOR", "OTHER:arab-tribes")]),
    (
        "وأعلنت الإدارة الذاتية لشمال وشرق سوريا حظر التجول.",
        [("الإدارة الذاتية لشمال وشرق سوريا", "ORG", "aanes")],
    ),
    # a state that is the subject of a relative verb acts; a crossing's clause does not
    (
        "وقالت إن الولايات المتحدة، التي تنشر نحو 900 جندي، دعت إلى التهدئة.",
        [("الولايات المتحدة", "ACTOR", "US")],
    ),
    (
        "ووصلت الشاحنات إلى معبر جابر الحدودي مع الأردن، الذي تسيطر عليه قوات النظام.",
        [("الأردن", "LOCATION", "jordan")],
    ),
    # Kurdish spellings; a named unit alone is the home government's; a nom de guerre
    (
        "وقصفت تركيا مواقع حزب العمال الكوردستاني في أراضي إقليم كوردستان.",
        [("حزب العمال الكوردستاني", "ACTOR", "PKK")],
    ),
    (
        "وانسحبت الفرقة الثانية عشرة من كركوك.",
        [("الفرقة الثانية عشرة", "ACTOR", "IQ_GOV"), ("كركوك", "LOCATION", "kirkuk")],
    ),
    ("وقصفت الفرقة الرابعة أحياء درعا البلد.", [("الفرقة الرابعة", "ACTOR", "SY_GOV")]),
    ("وحلت الفرقة الثانية في الدوري.", []),
    (
        'وقتل قيادي في التنظيم يدعى "أبو خطاب الجبوري" في الحويجة.',
        [("أبو خطاب الجبوري", "PERSON", None)],
    ),
    ("واعتقلت القوات المدعو أبو محمد العراقي.", [("أبو محمد العراقي", "PERSON", None)]),
    (
        'وقال مصدر لـ"واع" إن النازحين عادوا، بحسب المنظمة الدولية للهجرة.',
        [("واع", "ORG", "ina"), ("المنظمة الدولية للهجرة", "ORG", "iom")],
    ),
    # a bare army or police with none named before: the home government's; after a named
    # army, that army; before a coordinated force with a nationality, none
    (
        "وقال مصدر في كركوك إن الجيش انتشر في المدينة وإن الشرطة أغلقت الطرق.",
        [("الجيش", "ACTOR", "IQ_GOV"), ("الشرطة", "ACTOR", "IQ_GOV")],
    ),
    (
        "أعلن الجيش الإسرائيلي أنه قصف القنيطرة. وقال الجيش إن الغارات استهدفت مستودعات.",
        [("الجيش", "ACTOR", "OTHER:israel")],
    ),
    # Kurdish names of towns; «إليه» is no vehicle (آلية)
    (
        "وقصفت المدفعية ريف كري سبي ومدينة ديرك.",
        [
            ("ريف كري سبي", "LOCATION", "tal-abyad-countryside"),
            ("مدينة ديرك", "LOCATION", "al-malikiyah"),
        ],
    ),
    ("وأشار إليه المصدر في بيانه.", []),
    # an unquoted group name stops before «و» + the next known group
    (
        "وانسحب فيلق الرحمن وأحرار الشام من المدينة.",
        [
            ("فيلق الرحمن", "ACTOR", "OTHER:faylaq-al-rahman"),
            ("أحرار الشام", "ACTOR", "OTHER:ahrar-al-sham"),
        ],
    ),
    ("قصفت الطائرات منطقة السيدة زينب.", [("منطقة السيدة زينب", "LOCATION", None)]),
    (
        "وصل الرتل إلى قرية تل حميس قرب وادي العرب وشارع النصر.",
        [
            ("قرية تل حميس", "LOCATION", None),
            ("وادي العرب", "LOCATION", None),
            ("شارع النصر", "LOCATION", None),
        ],
    ),
    ("دخل الرتل قرية خربة عمو الكبيرة.", [("قرية خربة عمو الكبيرة", "LOCATION", None)]),
    (
        "وقتل شخصان في تل عرن ومحافظة صلاح الدين.",
        [("تل عرن", "LOCATION", None), ("محافظة صلاح الدين", "LOCATION", None)],
    ),
    (
        "والتقى الرئيس الروسي فلاديمير بوتين نظيره رجب طيب أردوغان.",
        [
            ("فلاديمير بوتين", "PERSON", None),
            ("رجب طيب أردوغان", "PERSON", None),
        ],
    ),
    (
        "وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن بلاده لن تتراجع.",
        [("حسين أمير عبد اللهيان", "PERSON", None)],
    ),
    (
        "وقال المتحدث باسم القيادة المركزية جون أبو بكر العلي إن الهجوم فشل.",
        [("جون أبو بكر العلي", "PERSON", None)],
    ),
    (
        "وأدخلت القوات صهاريج وقود وطائرات شحن وأسلحة رشاشة.",
        [
            ("صهاريج وقود", "WEAPON", None),
            ("طائرات شحن", "WEAPON", None),
            ("أسلحة رشاشة", "WEAPON", None),
        ],
    ),
    (
        'ونشر الجيش منظومات صواريخ "باتريوت" وعربات عسكرية.',
        [
            ('منظومات صواريخ "باتريوت"', "WEAPON", None),
            ("عربات عسكرية", "WEAPON", None),
        ],
    ),
    # a short ambiguous outlet name after the full name; a two-word region named
    # later without its direction
    (
        "ونقلت قناة العربية عن مصادر أن الهجوم فشل، وأضافت العربية أن 3 قتلوا.",
        [("قناة العربية", "ORG", "alarabiya"), ("العربية", "ORG", "alarabiya")],
    ),
    (
        "وصلت قوات إلى الضفة الغربية أمس، وقال شهود إن الاقتحامات مستمرة في الضفة منذ أيام.",
        [("الضفة", "LOCATION", None)],
    ),
    ("وسيرت الشركة رحلات بين بيروت وحلب.", [("بيروت", "LOCATION", None)]),
    # «القوة + participle» is the force just named
    (
        "دخلت قوة أردنية المعبر، ثم انسحبت القوة المهاجمة إلى الحدود.",
        [("القوة المهاجمة", "ACTOR", "OTHER:jordan")],
    ),
    # a road named by the places it links
    (
        "وقطع المسلحون الطريق السريع الواصل بين حمص وتدمر.",
        [("الطريق السريع", "LOCATION", None), ("حمص", "LOCATION", "homs")],
    ),
    # a drone after a present-tense verb or verbal noun of downing (headline style)
    ("الدفاعات الجوية تعترض مسيرة فوق المطار", [("مسيرة", "WEAPON", "drone")]),
    ("وأعلن الجيش إسقاط مسيرة قرب البلدة.", [("مسيرة", "WEAPON", "drone")]),
    # a numbered unit of a named army; «القيادة» after «قيادة عمليات ...»
    (
        "وأوضح أن قطعات الفرقة الخامسة في الجيش العراقي تتقدم.",
        [("الفرقة الخامسة", "ACTOR", "IQ_GOV")],
    ),
    (
        "وقال قائد اللواء الثامن التابع لقوات سوريا الديمقراطية إن",
        [("اللواء الثامن", "ACTOR", "SDF")],
    ),
    (
        "أعلنت قيادة عمليات نينوى بدء الهجوم. وقالت القيادة في بيان إن الهجوم مستمر.",
        [("القيادة", "ACTOR", "IQ_GOV")],
    ),
    # singular indefinite/definite force + nationality; Russia's reconciliation centre;
    # indefinite opposition factions; the Russian upper house is an organisation
    ("واعتقلت قوة أردنية مهربين قرب الحدود.", [("قوة أردنية", "ACTOR", None)]),
    ("وانسحبت القوة التركية من التلة.", [("القوة التركية", "ACTOR", "TR")]),
    (
        "وأفاد مركز المصالحة الروسي في حميميم بخروج 40 مدنيا.",
        [("مركز المصالحة الروسي", "ACTOR", "RU"), ("حميميم", "LOCATION", None)],
    ),
    ("وهاجمت فصائل معارضة مواقع قرب كفرنبل.", [("فصائل معارضة", "ACTOR", "FSA")]),
    ("وأقر مجلس الاتحاد الروسي الطلب.", [("مجلس الاتحاد الروسي", "ORG", None)]),
    # an ambiguous outlet after لـ (also contracted لل) that follows a source or a verb
    # of saying; new outlets, Eastern Ghouta towns, Damascus quarters, Mount Hermon
    ("وقال قائد ميداني في حديث للجزيرة إن الهجوم فشل.", [("لجزيرة", "ORG", "aljazeera")]),
    ("وقال مسؤول محلي للعربية إن القصف مستمر.", [("لعربية", "ORG", "alarabiya")]),
    ("وأكد مصدر أمني لشفق نيوز أن الطريق مغلق.", [("شفق نيوز", "ORG", "shafaq-news")]),
    ("بكين 3 مايو 2024 (شينخوا) قال مسؤول إن", [("شينخوا", "ORG", "xinhua")]),
    (
        "وسقطت قذائف على حي جوبر وبلدة زملكا وعين ترما قرب حمورية.",
        [
            ("حي جوبر", "LOCATION", "jobar"),
            ("بلدة زملكا", "LOCATION", "zamalka"),
            ("عين ترما", "LOCATION", "ein-tarma"),
            ("حمورية", "LOCATION", "hammouriyeh"),
        ],
    ),
    ("وتمركزت دورية على سفوح جبل الشيخ.", [("جبل الشيخ", "LOCATION", "mount-hermon")]),
    ("ودخلت قوة إلى ناحية الدبس.", [("ناحية الدبس", "LOCATION", "dibis")]),
    (
        "واستهدفت طائرة سيارة عسكرية، ثم حلقت طائرات اف 16 فوق المكان.",
        [("سيارة عسكرية", "WEAPON", "vehicle"), ("اف 16", "WEAPON", "f-16")],
    ),
    # a compass word + «البلاد» is a region of the country
    ("وتدور المعارك في جنوب شرقي البلاد منذ أشهر.", [("جنوب شرقي البلاد", "LOCATION", None)]),
    ("ونقلت الطائرة الجرحى إلى مستشفيات وسط البلاد.", [("وسط البلاد", "LOCATION", None)]),
    # bare references: a river, a field followed by a weekday
    (
        "وتقدمت القوات على ضفاف نهر دجلة، ثم عبرت النهر شمالا.",
        [("النهر", "LOCATION", "tigris")],
    ),
    (
        "وقصفت الفصائل حقل العمر النفطي، ثم سقطت قذيفة قرب الحقل الخميس.",
        [("الحقل", "LOCATION", "al-omar-oilfield")],
    ),
    # «القيادة» after an actor whose name is «القيادة ...»
    (
        "وقالت القيادة الوسطى الأميركية إن الضربة نجحت. وأضافت القيادة أن التحقيق مستمر.",
        [("القيادة", "ACTOR", "US")],
    ),
    # definite area nouns with an adjective that names a place; river banks
    # bare «القوات»/«القطعات» refer to the forces named last (Iraqi ones for «القطعات»;
    # never the jihadists' fighters)
    (
        "وصلت قوات الجيش العراقي إلى المدينة. وأضاف أن القوات دخلت مركز القضاء.",
        [("القوات", "ACTOR", "IQ_GOV")],
    ),
    (
        "وأعلنت هيئة الحشد الشعبي بدء العملية، وقالت إن القطعات المتقدمة حررت ثلاث قرى.",
        [("القطعات المتقدمة", "ACTOR", "OTHER:pmf")],
    ),
    # a state's adviser or officer in the accusative; Iraq's National Security Service
    ("وقتل المهاجمون مستشاراً أمريكياً.", [("مستشاراً أمريكياً", "ACTOR", "US")]),
    (
        "وقال جهاز الأمن الوطني العراقي إنه اعتقل خمسة.",
        [("جهاز الأمن الوطني العراقي", "ACTOR", "IQ_GOV")],
    ),
    # utility stations are places (with the known place they are named after); a radio or
    # TV station is no place
    (
        "وسيطر المسلحون على محطة الضخ القريبة ومحطة التحويل الكهربائية المجاورة.",
        [("محطة الضخ", "LOCATION", None), ("محطة التحويل الكهربائية", "LOCATION", None)],
    ),
    ("واستهدف القصف محطة كهرباء القامشلي.", [("محطة كهرباء القامشلي", "LOCATION", None)]),
    # names that are also common words are places after a verb of entering or taking, at
    # the edge of a place, or coordinated with a place after them
    ("ميليشيات الأسد تدخل الميادين بعد انسحاب داعش.", [("الميادين", "LOCATION", "al-mayadin")]),
    ("وستشارك الفصائل في تحرير القائم وراوة.", [("القائم", "LOCATION", "al-qaim")]),
    ("وقصفت الطائرات مواقع في محيط الميادين.", [("الميادين", "LOCATION", "al-mayadin")]),
    # «المملكة» is the kingdom the article names: the state acting, the place after «في»
    (
        "وقال الناطق باسم الحكومة الأردنية إن المملكة لن تتهاون في حماية حدودها.",
        [("المملكة", "ACTOR", "OTHER:jordan")],
    ),
    (
        "وأرسلت الإمارات طائرات إلى الأردن. وقال إنها وصلت إلى قاعدة جوية في المملكة.",
        [("المملكة", "LOCATION", "jordan")],
    ),
    # a bare «المنفذ» is the border post named before; desert and rugged areas
    (
        "وأعيد فتح منفذ القائم الحدودي. وقال مدير المنفذ إن الحركة طبيعية.",
        [("المنفذ", "LOCATION", "al-qaim-crossing")],
    ),
    ("وانتشرت القطعات في المناطق الصحراوية غرب الموصل.", [("المناطق الصحراوية", "LOCATION", None)]),
    # a bare «المجمع» after «المجمع الحكومي»; the research centre is a facility
    (
        "سيطر المسلحون على المجمع الحكومي وسط الرمادي. واستعادت القوات المجمع بعد ساعات.",
        [("المجمع", "LOCATION", None)],
    ),
    (
        "واستهدفت الغارات مركز البحوث العلمية في مصياف.",
        [("مركز البحوث العلمية", "LOCATION", "cers")],
    ),
    # bare «العدو» is Israel in an article that names Israel, else ISIS where ISIS is named
    (
        "وقصف الجيش الإسرائيلي مواقع في القنيطرة. وبعد ساعات، شنّ العدو عدواناً واسعاً.",
        [("العدو", "ACTOR", "OTHER:israel")],
    ),
    (
        "وتقدمت القوات نحو مواقع داعش في عنة. وقال البيان إن العدو تكبد خسائر فادحة.",
        [("العدو", "ACTOR", "ISIS")],
    ),
    # Salma (also a given name) is a town after a head noun or a preposition
    ("وتقدمت القوات من سلمى باتجاه بلدة ربيعة.", [("سلمى", "LOCATION", "salma")]),
    # Iranian militias, definite or not, are the Iran-backed militias (not Iran's forces)
    (
        "ووصلت ميليشيات إيرانية إلى المدينة.",
        [("ميليشيات إيرانية", "ACTOR", "OTHER:iran-backed-militias")],
    ),
    # «الحي» after a quarter the gazetteer knows, named without «حي»
    (
        "ويتحصن في جوبر نحو 2000 مقاتل، فيما ينتشر عناصر الحرس الجمهوري على أطراف الحي.",
        [("الحي", "LOCATION", "jobar")],
    ),
    # «المدينة» after a town named without its head noun is that town; «الحي الغربي» is a
    # district of its own
    (
        "سيطرت الفصائل على منبج. وانسحبت قسد من المدينة، وتحصن عناصرها في الحي الشرقي.",
        [("المدينة", "LOCATION", "manbij"), ("الحي الشرقي", "LOCATION", None)],
    ),
    (
        "وتحصن المسلحون في المدينة القديمة وقرب المنطقة الصناعية في الباب.",
        [("المدينة القديمة", "LOCATION", None), ("المنطقة الصناعية", "LOCATION", None)],
    ),
    (
        "وانسحب التنظيم إلى الضفة الغربية لنهر دجلة بعد أن خسر الضفة الشمالية.",
        [("الضفة الغربية لنهر دجلة", "LOCATION", None), ("الضفة الشمالية", "LOCATION", None)],
    ),
    ("ووصلت الدبابات إلى الضفة الجنوبية للنهر.", [("الضفة الجنوبية للنهر", "LOCATION", None)]),
    # an embassy in a place context
    ("وانفجرت سيارة قرب السفارة الروسية في كابل.", [("السفارة الروسية", "LOCATION", None)]),
    # datelines: «outlet/ place» and «place/ outlet»
    ("عنوان الخبر\nالأناضول/ دمشق\nقالت دمشق إن", [("دمشق", "LOCATION", "damascus")]),
    ("عنوان الخبر\nطهران/ إرنا\nقالت طهران إن", [("طهران", "LOCATION", "tehran")]),
    # a spokesperson «باسم» a body, then the name
    (
        "وقال المتحدث باسم الهيئة محمود الحسين إن القصف توقف.",
        [("محمود الحسين", "PERSON", None)],
    ),
    # a possessed plural weapon is the owner's instrument
    (
        "ونفت أنقرة أن تكون مروحياتها قد قصفت القرية، وقالت إن دفاعاتها الجوية اعترضت صاروخا.",
        [("دفاعاتها الجوية", "WEAPON", None)],
    ),
    # «المليشيات» after «مليشيات ...» named before
    (
        "وهاجمت مليشيات موالية لروسيا الحاجز، وقتل 4 من عناصر المليشيات.",
        [("المليشيات", "ACTOR", "RU")],
    ),
    # observation posts and grain silos are places
    (
        "وانسحبت القوات من نقطة المراقبة قرب مورك، وتمركزت في صوامع القمح.",
        [("نقطة المراقبة", "LOCATION", None), ("صوامع القمح", "LOCATION", None)],
    ),
    # an ambiguous place name after «الغارة/الهجوم على»
    ("وأدانت الوزارة الغارة على بليون أمس.", [("بليون", "LOCATION", "balyun")]),
    ("وقتل في الغارة 8 عناصر. ووصل وفد إلى منطقة بليون.", [("منطقة بليون", "LOCATION", None)]),
    # a building named by its owner or a definite noun; buffer and safe zones
    (
        "واقتحم المحتجون مبنى مديرية التربية ثم مبنى البريد القديم.",
        [("مبنى مديرية التربية", "LOCATION", None), ("مبنى البريد القديم", "LOCATION", None)],
    ),
    ("وتوغلت الدبابات في المنطقة الآمنة شمالي الرقة.", [("المنطقة الآمنة", "LOCATION", None)]),
    # the headquarters of a named actor is a place that takes the name in
    ("وسقطت قذيفة على مقر قيادة عمليات نينوى.", [("مقر قيادة عمليات نينوى", "LOCATION", None)]),
    # operations rooms of armed groups
    (
        "وأعلنت غرفة عمليات العزم الصادق صد هجوم على تل ملح.",
        [("غرفة عمليات العزم الصادق", "ACTOR", None)],
    ),
    (
        'وقصفت غرفة عمليات "فاثبتوا" مواقع للنظام.',
        [('غرفة عمليات "فاثبتوا"', "ACTOR", None)],
    ),
    # a desert named by a place
    ("وتلاحق القوات خلايا التنظيم في صحراء الحضر.", [("صحراء الحضر", "LOCATION", None)]),
    # more outlets
    ("وأفاد مراسل روداو بأن القصف استمر.", [("روداو", "ORG", "rudaw")]),
    ("ونقلت قناة العالم عن مصدر أن الطريق مغلق.", [("قناة العالم", "ORG", "al-alam")]),
    # a bare «المنطقة» is the place named shortly before it
    (
        "وقصفت المدفعية بلدة كفرنبل، وقال الأهالي إن الطائرات تحلق فوق المنطقة منذ الصباح.",
        [("المنطقة", "LOCATION", None)],
    ),
    # «الإرهابيون» in a government outlet's report: the labelled group named just before
    (
        "وهاجمت جبهة النصرة حاجزا للجيش. وقال المصدر إن الإرهابيين انسحبوا إلى الجبال.",
        [("الإرهابيين", "ACTOR", "NUSRA")],
    ),
    # «الفصيل» is the armed group named last (the gazetteer's id), not a state or the coalition
    (
        "وقصفت طائرات التحالف مقرات كتائب حزب الله قرب القائم، ما أسفر عن مقتل ثمانية من "
        "عناصر الفصيل. وتتهم واشنطن الفصيل المدعوم من إيران بالهجمات.",
        [("الفصيل", "ACTOR", "OTHER:kataib-hezbollah")],
    ),
    # the Iraqi word for a vehicle, with its adjective
    (
        "ودمرت القوات عجلة عسكرية وعجلات رباعية الدفع للتنظيم.",
        [("عجلة عسكرية", "WEAPON", "vehicle"), ("عجلات رباعية الدفع", "WEAPON", "vehicle")],
    ),
    # «القوات الأجنبية» (Iraq's parliament and factions) are the coalition's troops
    (
        "ودعت الفصائل إلى إخراج القوات الأجنبية من البلاد.",
        [("القوات الأجنبية", "ACTOR", "COALITION")],
    ),
    # a town named like a person of the article: the bare surname is his («الصدر»)
    (
        "أمهل مقتدى الصدر أنصاره ساعة للانسحاب إلى مدينة الصدر. وقال الصدر إن الوضع خطير.",
        [("مدينة الصدر", "LOCATION", "sadr-city"), ("الصدر", "PERSON", "muqtada-al-sadr")],
    ),
    # a media centre and a directorate in construct with their place; outlets by their names
    ("وأفاد مركز إدلب الإعلامي بأن القصف استمر.", [("مركز إدلب الإعلامي", "ORG", None)]),
    (
        "وقالت مديرية صحة إدلب الحرة إن المشافي امتلأت.",
        [("مديرية صحة إدلب الحرة", "ORG", None)],
    ),
    ('وقال مصدر لـ"دمشق الآن" إن الطريق فتح.', [("دمشق الآن", "ORG", "damascus-now")]),
    ("وقال مراسل سوريا على طول إن الاشتباكات توقفت.", [("سوريا على طول", "ORG", "syria-direct")]),
    # office holders and spokesmen of the sides by their names
    (
        "وقال رئيس الوزراء التركي بن علي يلدريم إن القصف مستمر.",
        [("بن علي يلدريم", "PERSON", "binali-yildirim")],
    ),
    ("وأعلن مقتدى الصدر انسحابه من العمل السياسي.", [("مقتدى الصدر", "PERSON", "muqtada-al-sadr")]),
    # the state television by its description
    ("وحمّل التلفزيون الرسمي المسلحين المسؤولية.", [("التلفزيون الرسمي", "ORG", None)]),
    # the messaging app a statement was posted on is its outlet, as Twitter is
    (
        'وقالت الفصائل في بيان نشرته عبر "تلغرام" إن مقاتليها تقدموا.',
        [("تلغرام", "ORG", "telegram")],
    ),
    # «الكتائب» after «كتائب حزب الله»: that group (its gazetteer id)
    (
        "وقصفت الطائرات مقرات كتائب حزب الله. وقالت الكتائب في بيان إن عناصرها لم يكونوا "
        "يعدون لهجوم.",
        [("الكتائب", "ACTOR", "OTHER:kataib-hezbollah")],
    ),
    # aircraft whose owner is named after them are a weapon; the owner is the actor
    (
        "وقال ناشطون إن الطيران الحربي التابع للنظام شن غارات.",
        [("الطيران الحربي", "WEAPON", "aircraft")],
    ),
    ("وألقى الطيران المروحي التابع للأسد براميل.", [("الطيران المروحي", "WEAPON", "helicopter")]),
    # «الجانب السوري» is the state's party when one deals with it
    ("وقال إن التنسيق مع الجانب السوري يجري عبر لجنة.", [("الجانب السوري", "ACTOR", "SY_GOV")]),
    # a ministry with its state's adjective, of one or two words
    ("وقالت وزارة الصحة السورية إن 20 شخصا قتلوا.", [("وزارة الصحة السورية", "ACTOR", "SY_GOV")]),
    (
        "وقالت وزارة الهجرة والمهجرين العراقية إن الأسر عادت.",
        [("وزارة الهجرة والمهجرين العراقية", "ACTOR", "IQ_GOV")],
    ),
    # a unit numbered by digits or a tens word; Iraq's numbered brigades are the PMF's
    (
        "وقال المصدر إن الفرقة 16 في الجيش العراقي دخلت المدينة.",
        [("الفرقة 16", "ACTOR", "IQ_GOV")],
    ),
    ("وانتشر اللواء 30 في سهل نينوى قرب الموصل.", [("اللواء 30", "ACTOR", "OTHER:pmf")]),
    ("وانتشر اللواء 90 في ريف القنيطرة قرب درعا.", [("اللواء 90", "ACTOR", "SY_GOV")]),
    # «حزب العمال» alone is the PKK here; «الخلية» after «خلية الإعلام الأمني»; the tribal PMF
    ("ودعت الحكومة حزب العمال إلى سحب مسلحيه.", [("حزب العمال", "ACTOR", "PKK")]),
    (
        "وأعلنت خلية الإعلام الأمني سقوط صاروخين. وقالت الخلية في بيان إن الصاروخين سقطا.",
        [("الخلية", "ACTOR", "IQ_GOV")],
    ),
    ("وشارك الحشد العشائري في العملية.", [("الحشد العشائري", "ACTOR", "OTHER:arab-tribes")]),
    # border guards alone are the home government's, with a nationality that state's
    (
        "وانتشرت قوات حرس الحدود على الشريط الحدودي قرب الرطبة في العراق.",
        [("قوات حرس الحدود", "ACTOR", "IQ_GOV")],
    ),
    (
        "وقال قائد حرس الحدود الأردني إن الوضع هادئ.",
        [("حرس الحدود الأردني", "ACTOR", "OTHER:jordan")],
    ),
    # «الميليشيا» (singular) is the armed group named last, as «الفصيل»
    (
        'وحاصرت الفصائل مقراً لـ"قوات الفجر" في البلدة. وأسروا نحو 20 عنصراً من الميليشيا.',
        [("الميليشيا", "ACTOR", "OTHER:qwat-al-fjr")],
    ),
    # the Jordanian army's own name after the armed forces'
    (
        "وأعلنت القيادة العامة للقوات المسلحة الأردنية - الجيش العربي إغلاق الحدود.",
        [("الجيش العربي", "ACTOR", "OTHER:jordan")],
    ),
    ("وقال الجيش العربي السوري إن قواته تقدمت.", [("الجيش العربي السوري", "ACTOR", "SY_GOV")]),
    # «المجموعات الإرهابية»، «الجماعات المسلحة»: the labelled group named before, else a side
    # not named
    (
        "وسيطرت جبهة النصرة على البلدة. وقال الجيش إنه يخوض اشتباكات مع المجموعات الإرهابية "
        "المسلحة.",
        [("المجموعات الإرهابية المسلحة", "ACTOR", "NUSRA")],
    ),
    ("وتتهم مصادر حكومية مجموعات إرهابية بالهجوم.", [("مجموعات إرهابية", "ACTOR", "UNKNOWN")]),
    # in a source's quote too, whether or not the outlet uses the word itself
    (
        'وسيطر تنظيم داعش على البلدة. وقال مصدر عسكري إن الجيش "قضى على أعداد كبيرة من '
        'الإرهابيين" في محيطها.',
        [("الإرهابيين", "ACTOR", "ISIS")],
    ),
    (
        "وتحصنت عناصر هيئة تحرير الشام في البلدة. وقال المصدر إن المسلحين فجروا الجسر.",
        [("المسلحين", "ACTOR", "NUSRA")],
    ),
    # «القوات الأمنية» without a nationality: the government of the article's country
    (
        "وانفجرت عبوة في قضاء طوزخورماتو، وقالت القوات الأمنية إن التحقيق بدأ.",
        [("القوات الأمنية", "ACTOR", "IQ_GOV")],
    ),
    ("وداهمت قوات الأمن منازل في بلدة طفس بريف درعا.", [("قوات الأمن", "ACTOR", "SY_GOV")]),
    # «الوزارة» after a ministry named before; a state's bases as a set
    (
        "وقالت وزارة الدفاع التركية إن الهجوم صد. وأضافت الوزارة أن جنديين أصيبا.",
        [("الوزارة", "ACTOR", "TR")],
    ),
    ("وتعرضت القواعد الروسية في سوريا لهجمات.", [("القواعد الروسية", "LOCATION", None)]),
    # the White House acts for the US
    ("وأعلن البيت الأبيض تعليق المساعدات.", [("البيت الأبيض", "ACTOR", "US")]),
    # groups «المرتبطة به»/«مرتبطة بـ» a state
    (
        "وهاجم الجيش الروسي والمجموعات المرتبطة به القرية، ثم فصائل مرتبطة بتركيا.",
        [
            ("المجموعات المرتبطة به", "ACTOR", "RU"),
            ("فصائل مرتبطة بتركيا", "ACTOR", "FSA"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rules(text, expected):
    got = found(text)
    for span, type_, canonical in expected:
        assert (span, type_) in got, (span, type_, sorted(got))
        if canonical is not None:
            assert got[(span, type_)].canonical == canonical


# (sentence, span texts that must NOT be entities of any type)
NEGATIVE = [
    # «محور» before a common word or an indefinite adjective names no front
    ("وأعلن محور المقاومة دعمه للحكومة.", ["المقاومة"]),
    # clerics are no compound name
    ("وقال رجال الدين إن الوضع هادئ.", ["رجال الدين"]),
    # a quoted operation name after «قائد عمليات» is no person
    ('وأعلن قائد عمليات "قادمون يا تلعفر" تحرير الحي.', ["قادمون يا تلعفر", "قادمون يا"]),
    ("ويعد الطريق محور رئيسي للإمداد.", ["رئيسي"]),
    ("وفتحت القوات محور هام في الشمال.", ["هام"]),
    ("وأصدرت الحكومة البيان بعد الاجتماع.", ["البيان"]),  # the statement, not Al-Bayan
    ("ويتوقع أن يعود الهدوء في الغد.", ["الغد"]),  # tomorrow, not Al-Ghad
    ("وصل السفير إلى دمشق.", ["السفير"]),  # the ambassador, not As-Safir
    ("ودفعت الجمعية الزكاة للفقراء.", ["الزكاة"]),  # alms, not the village (only after a head)
    ("وافق المجلس على نصيب كل طرف.", ["نصيب"]),  # a share, not the village
    ("ولا تملك البلد موارد كافية.", ["البلد"]),
    ("أغلقت السلطات المنفذ أمام المسافرين.", ["المنفذ"]),
    ("يحتل الفريق المربع الأول في الترتيب.", ["المربع الأول"]),
    ("في إطار هجوم بري بدأه الجيش الشهر الماضي.", ["بري", "بري بدأه"]),  # a ground attack
    ("سيطرت الفصائل على المطار بعد حصار دام عشرة أشهر.", ["حصار"]),  # a siege
    ("وتبنت الجماعة الهجوم في بيان نشرته قنوات تابعة لها.", ["قنوات"]),  # channels
    ("وقال «المرصد» إن مقاتلين من «داعش» هاجموا المطار.", ["إن مقاتلين من"]),
    ('وأطلق الجيش التركي عملية "درع الفرات" في جرابلس.', ["الفرات"]),  # the operation's name
    ("تغيرت الأوضاع بصورة كلية.", ["كلية"]),  # wholly, no college
    ("بلغت الحصيلة الكلية للضحايا 20 قتيلا.", ["الكلية", "الكلية للضحايا"]),
    ("فازت المعارضة في الانتخابات البرلمانية.", ["المعارضة"]),
    ("وأكد رئيس الحكومة أن الوضع مستقر في بغداد.", ["الحكومة"]),  # a title
    ("ويشهد الحشد العسكري التركي تصاعدا.", ["الحشد"]),  # a build-up
    ("ونزح آلاف من مناطق القتال في إدلب.", ["القتال"]),  # a common word after the head
    ("وأغلق الباب أمام المفاوضات.", ["الباب"]),  # the door, not al-Bab
    ("وارتدى اللاعب القميص الأزرق.", ["الأزرق"]),  # blue, not Azraq
    ("وقصفت مواقع في محافظتي حلب وإدلب، مؤكدة أنها قتلت العشرات.", ["مؤكدة"]),
    ("وأرسل الرئيس برقية تهنئة.", ["برقية"]),  # a telegram, not the village
    ("عنوان\nوتكتسب القصير أهمية استراتيجية.", ["القصير"]),  # no place context anywhere
    ("وبدأت وحدات الهندسة بتمشيط أحياء خان شيخون وتفكيك العبوات.", ["تفكيك"]),
    ("يقيم معظمهم في مخيمات مكتظة في عامرية الفلوجة.", ["مكتظة"]),
    ("وتأخر تسليم القاعدة بسبب تفشي فيروس كورونا.", ["كورونا"]),  # the virus, not Corona, CA
    ("وشهدت منطقة الاشتباكات هدوءا.", ["منطقة الاشتباكات", "منطقة الاشتباكات هدوءا"]),
    ("قال مصدر في المقاومة إن الوضع هادئ.", ["المقاومة"]),  # which resistance: none named
    ("وقالت فاطمة الزهراء إن الوضع صعب.", ["الزهراء"]),  # a name, not the town
    ("بضم بلدتي الفوعة وكفريا، اللتين تحاصرهما فصائل معارضة.", ["اللتين"]),
    ("وسيطرت الفصائل على حاجز العلاوين ومبنى الأمن العسكري.", ["الأمن العسكري"]),
    ("واستهدفت الغارات محطة إذاعية في المدينة.", ["محطة إذاعية"]),
    ("وقال إن العدو الحقيقي هو الفقر والبطالة.", ["العدو"]),
    # «القوات» never refers back to the jihadists' fighters; «القوات الخاصة» is no bare one
    ("وسيطر تنظيم داعش على البلدة، ثم قال مصدر إن القوات تقدمت نحو المطار.", ["القوات"]),
    ("وأقامت القوات حاجزا أمنيا عند المدخل.", ["حاجزا أمنيا", "حاجزا"]),
    # a nationality adjective spelled as the country, with its tanween: no place
    ("قتل 34 جندياً تركياً في غارة.", ["تركيا", "تركياً"]),
    ("عقد مجلس الإدارة اجتماعه في المديرية.", ["مجلس الإدارة"]),
    ("نقل الجرحى إلى المستشفى التركي ثم إلى المستشفى.", ["المستشفى التركي", "المستشفى"]),
    ("وقعت الأطراف اتفاقا جامعا.", ["جامعا"]),
    ("قال الجيش السوري إن الجيش الحر انسحب.", ["الجيش"]),
    # a bare army before a coordinated force with a nationality is not the home army
    ("ويضم البرج 350 عسكرياً من الجيش والقوات الجوية الأميركية في سوريا.", ["الجيش"]),
    ("قال الحزب الشيوعي إن الانتخابات مزورة.", ["الحزب", "الحزب الشيوعي"]),
    ("اجتمع أعضاء الحزب في المقر.", ["الحزب"]),
    ("خرجت مسيرة احتجاجية ونظم الأهالي مسيرات حاشدة.", ["مسيرة", "مسيرات"]),
    ("شنت طائرات إيرانية وسورية غارات على البلدة.", ["سورية", "وسورية"]),
    ("زار الوفد الأحياء الفقيرة.", ["الأحياء الفقيرة", "الأحياء"]),
    ("وصلت تعزيزات إلى حي الشعار. وأحيل المتهم إلى القضاء.", ["القضاء"]),
    ("دخلت القوات محافظة درعا. ودعا إلى المحافظة على الهدوء.", ["المحافظة"]),
    ("وقال الوزير أيضا إن الوضع هادئ.", ["أيضا"]),
    # a quoted statement is not a group name; مجمع is a complex before an adjective
    ("افتتح مجمع سكني جديد في المدينة.", ["مجمع سكني"]),
    ('قال إن "قوات النظام لن تنسحب من المدينة" قريبا.', ["قوات النظام لن تنسحب من المدينة"]),
    ("وصلت تعزيزات عسكرية روسية إلى المنطقة.", ["روسية", "المنطقة"]),
    ("قال الرئيس إن الوضع صعب جدا.", ["الوضع", "الوضع صعب"]),
    ("اجتمع الوزير مع اللجنة يوم الخميس لمناقشة الموازنة.", ["الخميس", "اللجنة"]),
    ("كانت الورقة على الطاولة في البلاد.", ["رقة", "لاد", "الورقة"]),
    # لـ+ambiguous outlet without a source or a verb of saying is the town
    ("ووصلت التعزيزات للميادين أمس.", ["لميادين"]),
    ("وتكمن قوة الاقتصاد في التنوع.", ["قوة الاقتصاد"]),
    ("دخلت قوة تركية القرية واستخدمت القوة ضد المحتجين.", ["القوة"]),
    ("وقال اللواء الركن في الجيش إن الوضع هادئ.", ["اللواء الركن"]),
    ("وانتقدت القيادة الجديدة للحزب القرار.", ["القيادة", "القيادة الجديدة"]),
    ("قصفت الطائرات الغوطة الشرقية ثم الغوطة الغربية.", ["الغوطة"]),
    ("وقال المرصد إن القصف متواصل.", ["المرصد"]),
    # no bare «الجيش» before a named army that was not named before under another name
    ("ونشر الجيش وحدات، ثم قصف الجيش التركي القرية.", ["الجيش"]),
    # an indefinite nisba adjective after a plural head is no place list
    ("وتتحصن الخلايا في مناطق صحراوية وجبلية بعيدة.", ["صحراوية", "جبلية", "وجبلية"]),
    ("ويعتبر ثورة في المواصلات عبر رمال الصحراء.", ["رمال الصحراء", "ثورة"]),
    ("قرأ الطالب الكتاب بسرعة ثم خرج إلى الحديقة.", ["الطالب", "الكتاب"]),
    ("واصل الجيش التركي وفصائل سورية موالية له العملية.", ["سورية"]),  # adjective
    ("رفعت الأعلام الروسية والتركية فوق المبنى.", ["التركية", "الروسية"]),
    (
        "أنشأت قاعدة عسكرية وقاعدة جوية وقاعدة بيانات.",
        ["قاعدة عسكرية", "قاعدة جوية", "قاعدة بيانات"],
    ),
    ("انضم إلى لواء جديد مع فرقة 17 في الفرقة الموسيقية.", ["لواء جديد", "رقة", "فرقة 17"]),
    (
        "قصفت الطائرات قرية حدودية ومدينة ساحلية وبلدة صغيرة وحي سكني وبلدة أم.",
        ["قرية حدودية", "مدينة ساحلية", "بلدة صغيرة", "حي سكني", "بلدة أم"],
    ),
    ("وانهار مبنى سكني في الحي.", ["مبنى سكني"]),
    ("ومن المقرر أن يصل الوفد إلى مقر الاجتماع.", ["المقرر", "مقر الاجتماع"]),
    ("وقال إن العالم يراقب ما يجري.", ["العالم"]),
    ("وقالت القوات الأمنية الفرنسية إن منفذ الهجوم في باريس.", ["القوات الأمنية"]),
    # the owner inside an agency's description is no actor
    ('وذكرت وكالة أنباء النظام "سانا" أن الطريق مغلق.', ["النظام"]),
    ("وشكلت الفصائل غرفة عمليات موحدة في حلب.", ["غرفة عمليات موحدة"]),
    # a patrol is what a force does, not the force (no gold set marks it)
    ("وجابت دوريات روسية قرى الريف ثم عادت الدورية التركية.", ["دوريات روسية", "الدورية التركية"]),
    # an indefinite adjective or a common word after «منطقة» names no place
    ("وانتشرت القوات في منطقة عسكرية مغلقة قرب منطقة حدودية.", ["منطقة عسكرية", "منطقة حدودية"]),
    # «المنطقة» with no named place before it
    ("وقال الوزير إن استقرار المنطقة أولوية.", ["المنطقة"]),
    # «الإرهابيين» quoted (a speaker's label), with no labelled group before it, or
    # after an allied force only
    ('وتعهد الوزير "بملاحقة الإرهابيين" أينما كانوا.', ["الإرهابيين"]),
    ("وقالت الحكومة البريطانية إن تجنيد الإرهابيين مستمر.", ["الإرهابيين"]),
    ("وشاركت القوات الرديفة في الهجوم على مواقع الإرهابيين.", ["الإرهابيين"]),
    # «خطط» (plans) is no front line; «العاصمة» after a city that is no capital; a bare
    # «الطريق» with nothing that names it
    ("وتحدث عن خطط وقف إطلاق النار.", ["خطط وقف إطلاق النار"]),
    ("وقصفت الطائرات حلب. وقالت إن العاصمة آمنة.", ["العاصمة"]),
    ("وقطع المسلحون الطريق أمس.", ["الطريق"]),
    ("ودعا إلى حل جامع للأزمة.", ["جامع للأزمة", "جامع"]),
    # normalisation collisions: «عنه» (about it) is no Anah, «وأدى» (and it led) no «وادي»;
    # a purpose or a coordinated noun after a head is no name, nor a verbal noun
    ("وقال إن الحديث عنه سابق لأوانه.", ["عنه"]),
    ("وأدى القصف إلى مقتل شخصين.", ["وأدى القصف"]),
    ("وتتخذ من الجبل قاعدة لعملياته.", ["قاعدة لعملياته"]),
    ("ودمرت الغارات قاعدة ونقطة للتنظيم.", ["قاعدة ونقطة"]),
    ("وقصفت الطائرات منشأة تخزين.", ["منشأة تخزين"]),
    # an indefinite adjective, a nationality or a coordinated noun after such a head
    ("وأقيم مستشفى ميداني قرب الحدود.", ["مستشفى ميداني"]),
    ("ودمرت الغارة منشأة سورية للأبحاث.", ["منشأة سورية"]),
    ("وقصفت الطائرات مستشفى ومركزاً صحياً.", ["مستشفى ومركزاً"]),
    # a side of a border is a place, not the state's party
    ("وعلى الجانب السوري من الحدود، شن الطيران غارات.", ["الجانب السوري"]),
    ("سيطرت الفصائل على الجانب السوري من المعبر.", ["الجانب السوري"]),
    # a weak name with another adjective after its last word
    ("وانتقد حزب العمال البريطاني القرار.", ["حزب العمال"]),
    # «الفصيل» with no armed group named before it (only a state)
    ("وقالت وزارة الدفاع التركية إن الفصيل انسحب من القرية.", ["الفصيل"]),
    # scare quotes, and Ankara's label for the Kurdish forces in its own quote
    (
        'وهاجمت وحدات حماية الشعب القرية. وتعهد أردوغان بتطهير المنطقة من "الإرهابيين".',
        ["الإرهابيين"],
    ),
    (
        "وتقدمت وحدات حماية الشعب نحو القرية. وقالت وزارة الدفاع التركية إن العملية "
        '"تستهدف الإرهابيين فقط".',
        ["الإرهابيين"],
    ),
    # an accusative nisba after an indefinite counted noun is no country
    ("وأسر المسلحون جنديا روسيا ومقاتلا سوريا قرب الحدود.", ["روسيا", "سوريا"]),
    # «بليون» a billion: no Lyon (ب + ليون) and no Balyun outside a place context
    ("وبلغت الخسائر 3 بليون دولار.", ["ليون", "بليون"]),
    # West Bank alone stays the gazetteer's name; a speaking embassy is no place
    ("وزار الوفد الضفة الغربية أمس.", ["الضفة الغربية أمس"]),
    ("وقالت السفارة الروسية في بيان إن الوضع هادئ.", ["السفارة الروسية"]),
    # «القيادة» with an adjective of its own is another command
    ("وقالت القيادة المركزية الأميركية إن الضربة نجحت. ورحبت القيادة الفلسطينية.", ["القيادة"]),
]


@pytest.mark.parametrize("text, absent", NEGATIVE)
def test_no_over_firing(text, absent):
    got = {e.text for e in ents(text)}
    for a in absent:
        assert a not in got, (a, got)


@pytest.mark.parametrize(
    "text, actor, place",
    [
        ("بدأت واشنطن بسحب قواتها من سورية.", "واشنطن", "سورية"),
        ("بعد بدء تركيا عملية عسكرية في سوريا.", "تركيا", "سوريا"),
        ("وتقول موسكو إن قواتها في العراق.", "موسكو", "العراق"),
        ("وردت إيران على الهجوم في لبنان.", "إيران", "لبنان"),
        ("وقالت القوات المدعومة من إيران إنها في العراق.", "إيران", "العراق"),
        ("أعلنت سورية رفضها الوجود الأجنبي في الجولان.", "سورية", "الجولان"),
        # a party «بين» a capital and a (non-state) actor; a stance adjective after «أن»
        ('وجرت محادثات بين بغداد و"البيشمركة" في أربيل.', "بغداد", "أربيل"),
        ("وقال الوزير في عمّان إن طهران مستعدة للحوار.", "طهران", "عمّان"),
        # the states an agreement or talks are «بين» are its parties
        ("ويأتي الهجوم رغم اتفاق سوتشي الموقع بين روسيا وتركيا.", "روسيا", "سوتشي"),
        ("وجرت محادثات بين روسيا وتركيا في أنقرة.", "تركيا", "أنقرة"),
    ],
)
def test_country_acting_or_place(text, actor, place):
    got = found(text)
    assert (actor, "ACTOR") in got, sorted(got)
    assert (place, "LOCATION") in got, sorted(got)


@pytest.mark.parametrize(
    "text, span, type_, canonical",
    [
        ("أنقرة - الأناضول\nأعلنت أنقرة أنها سترد.", "أنقرة", "LOCATION", None),  # dateline
        (
            "وصلت تعزيزات إلى قاعدة حميميم، وقالت مصادر إن القاعدة تعرضت لهجوم.",
            "القاعدة",
            "LOCATION",
            "hmeimim-airbase",
        ),
        (
            "هاجم تنظيم القاعدة الموقع، وقالت القاعدة إن عناصرها انسحبوا.",
            "القاعدة",
            "ACTOR",
            "OTHER:al-qaeda",
        ),
        ('هاجم تنظيم "داعش" موقعا، وقال التنظيم إن ...', "التنظيم", "ACTOR", "ISIS"),
        # bare «الجيش» before «الجيش + adjective», when that actor was named before
        # under another name; «الجيش والشرطة» is a coordination, not an adjective
        (
            "أكدت وزارة الدفاع اللبنانية نشر وحدات من الجيش وقوى الأمن، ثم انتشر الجيش "
            "اللبناني في البلدة.",
            "الجيش",
            "ACTOR",
            "OTHER:lebanon",
        ),
    ],
)
def test_later_mentions(text, span, type_, canonical):
    got = [e for e in ents(text) if e.text == span]
    assert got, ents(text)
    e = got[0] if type_ != "ACTOR" else got[-1]
    assert e.type == type_
    if canonical:
        assert e.canonical == canonical


@pytest.mark.parametrize(
    "text, absent",
    [
        ("وقال التنظيم الجديد للعمل إن ...", "التنظيم"),  # no ISIS named before
        ("قالت الهيئة العامة للإحصاء إن ...", "الهيئة"),
        ("وتقوم القوات في الحقل بتدريبات.", "الحقل"),
    ],
)
def test_no_later_mention_without_antecedent(text, absent):
    assert all(e.text != absent for e in ents(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("وفي موسكو قال لافروف إن الوضع صعب.", "موسكو"),  # a place before the speaker
        ("لندن: «الشرق الأوسط»\nقالت لندن إن ...", "لندن"),
        ("وصل الوفد إلى أنقرة أمس.", "أنقرة"),
        # after a verb of becoming or undergoing the country is the place
        ("ويخشى السكان أن يتحول لبنان إلى ساحة حرب.", "لبنان"),
        ("وشهدت إيران احتجاجات واسعة الأسبوع الماضي.", "إيران"),
    ],
)
def test_capital_as_place(text, place):
    assert (place, "LOCATION") in found(text)


@pytest.mark.parametrize(
    "text, place, is_place",
    [
        ("اندلعت اشتباكات في القصير والرستن.", "القصير", True),
        ("دخلت القوات مدينة الميادين أمس.", "مدينة الميادين", True),
        ("ووصلت التعزيزات إلى ذيبان.", "ذيبان", True),
        ("نظم الأهالي المظاهرات السلمية أمس.", "السلمية", False),
        ("تحدث عن الصور التي نشرها الناشطون.", "الصور", False),
        ("احتفل السوريون بعيد الجلاء.", "الجلاء", False),
    ],
)
def test_ambiguous_place_names(text, place, is_place):
    assert ((place, "LOCATION") in found(text)) is is_place


def test_title_not_in_person_span():
    got = found("وكان وزير الدفاع الفرنسي سيباستيان لوكورنو قد صرح أمس.")
    persons = [k for k in got if k[1] == "PERSON"]
    assert persons == [("سيباستيان لوكورنو", "PERSON")]


def test_bare_facility_linked_to_last_one():
    text = 'وصلت شاحنات إلى حقل "التنك" النفطي. وتنتشر القوات الروسية في الحقل منذ أشهر.'
    got = found(text)
    assert got[("الحقل", "LOCATION")].canonical == got[('حقل "التنك" النفطي', "LOCATION")].canonical


def test_ids_ordered_and_spans_exact():
    text = 'قصفت قوات النظام بلدة "كفرنبل" و«قسد» تنفي، وقال العقيد سامر علي لـ"رويترز" ذلك.'
    es = ents(text)
    assert [e.id for e in es] == [f"m{i}" for i in range(1, len(es) + 1)]
    assert [e.start for e in es] == sorted(e.start for e in es)
    for e in es:
        assert e.text == text[e.start : e.end]
        assert e.text[0] not in '"«»'  # no enclosing or leading quote
        assert sum(e.text.count(q) for q in '"«»') % 2 == 0  # quotes inside come in pairs
        assert 0 < e.confidence <= 1
    by_type = {}
    for e in es:
        for o in by_type.get(e.type, []):
            assert e.start >= o.end or o.start >= e.end
        by_type.setdefault(e.type, []).append(e)


def test_empty_and_latin_only():
    assert ents("") == []
    assert ents("Nothing Arabic here, just M 16 and 2019.") is not None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_raises(text):
    for e in ents(text):
        assert e.text == text[e.start : e.end]
        assert e.start < e.end


ARABIC = st.text(
    alphabet=st.sampled_from(list('ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ـًٌٍَُِّْ"«»()،.0123٤٥\n')),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(ARABIC)
def test_arabic_noise_never_raises(text):
    for e in ents(text):
        assert e.text == text[e.start : e.end]


WORDS = st.sampled_from(
    [
        "قسد",
        'لـ"قسد"',
        '"',
        "«",
        "»",
        "(",
        ")",
        "ـ",
        "مدينة",
        "بلدات",
        "حقل",
        '"العمر"',
        "النفطي",
        "ريف",
        "دير الزور",
        "الشرقي",
        "شمال",
        "سورية",
        "أعلنت",
        "روسيا",
        "وزير الدفاع",
        "مارك",
        "قذائف",
        '"أر بي جي"',
        "عربات",
        "وحاملات",
        "والبصيرة",
        "،",
        ".",
        "\n",
        "٦٠٠",
        "M4",
        " - ",
        "🙂",
        "َ",
        "الحقل",
        "قال",
        "نظيره",
        "التنظيم",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_word_soup_never_raises(text):
    for e in ents(text):
        assert e.text == text[e.start : e.end] and e.start < e.end


ANERCORP = Path(__file__).resolve().parents[3] / "shared" / "data" / "anercorp" / "train.txt"


def _anercorp_sentences(limit):
    out, cur = [], []
    for line in ANERCORP.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            if cur:
                out.append(cur)
                cur = []
            if len(out) >= limit:
                break
            continue
        cur.append(parts)
    return out


@pytest.mark.skipif(not ANERCORP.exists(), reason="shared/data/anercorp not beside the checkout")
@pytest.mark.parametrize(
    "ours, theirs, min_precision", [("PERSON", "PERS", 0.85), ("LOCATION", "LOC", 0.8)]
)
def test_anercorp_precision(ours, theirs, min_precision):
    """On news text annotated by others (ANERcorp), our names are mostly theirs too."""
    tp = pred = 0
    for sent in _anercorp_sentences(400):
        text, spans = "", []
        for tok, tag in sent:
            if text:
                text += " "
            if tag.startswith("B-"):
                spans.append([len(text), len(text) + len(tok), tag[2:]])
            elif tag.startswith("I-") and spans:
                spans[-1][1] = len(text) + len(tok)
            text += tok
        for e in ents(text):
            if e.type != ours:
                continue
            pred += 1
            tp += any(t == theirs and s < e.end and e.start < x for s, x, t in spans)
    assert pred >= 20
    assert tp / pred >= min_precision, (tp, pred)


def test_a_bare_army_is_the_government_of_its_sentence_places():
    """«الجيش» with no army named before it: the country its sentence's places are in
    (Lebanon's army in Arsal), else the country most of the article's places are in."""
    text = (
        "قصفت الطائرات مدينة البوكمال وبلدة حميمة قرب تدمر ودير الزور.\n"
        "وتقدم الجيش في جرود عرسال ورأس بعلبك.\n"
        "وانتشر الجيش في البادية."
    )
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert got == [("الجيش", "OTHER:lebanon"), ("الجيش", "SY_GOV")]


@pytest.mark.parametrize(
    "text,outlet",
    [
        ('وأكد مصدر عسكري لـ"البناء" أن الجيش تقدم.', "albinaa"),
        ('وقال قائد ميداني لـ"عكاظ" إن الثوار انسحبوا.', "okaz"),
        ("عنوان\nدمشق - البيان\nسيطر الجيش على البلدة.", "albayan"),  # a dateline
        ("لندن، بيروت - «الحياة»، أ ف ب - سيطر مقاتلو المعارضة.", "al-hayat"),
        # a dateline with a slash, or the outlet alone before a colon
        ("عنوان\nعمّان/الدستور: أغلقت السلطات المعبر.", "addustour"),
        ("عنوان\nالنشرة: تقدم الجيش في الجرود.", "elnashra"),
        # the region's outlets and agencies
        ("وقال مسؤول لوكالة الأنباء الكويتية إن القوة وصلت.", "kuna"),
        ('وأفاد مصدر لـ"اليوم السابع" بأن الطائرات قصفت المواقع.', "youm7"),
        ("وذكرت وكالة تسنيم أن الجيش تقدم.", "tasnim"),
    ],
)
def test_outlets_told_quoted_or_in_a_dateline(text, outlet):
    assert outlet in [e.canonical for e in ents(text) if e.type == "ORG"]


def test_states_between_without_an_agreement_are_places():
    got = found("وتقع الحدود بين سوريا والعراق.")
    assert ("سوريا", "LOCATION") in got and ("العراق", "LOCATION") in got, sorted(got)


def test_a_bare_army_after_a_named_one_follows_its_sentence_places():
    """«قيادة الجيش» among Lebanese towns after «الجيش السوري» was named is Lebanon's army
    (two places of its sentence say so); one bare place is no evidence against the name."""
    text = (
        "وقصفت الطائرات مدينة البوكمال بعد تقدم الجيش السوري في البادية.\n"
        "وأفادت مصادر بأن قيادة الجيش تعتزم إقامة مراكز في جرود رأس بعلبك والقاع.\n"
        "وانتشر الجيش في مدينة تدمر."
    )
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert got == [("الجيش السوري", "SY_GOV"), ("الجيش", "OTHER:lebanon"), ("الجيش", "SY_GOV")]


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        # a village-name head before a known place name it is not known with: another place
        ("وسيطر المقاتلون على قريتي نباتة وأبو مكة.", "أبو مكة", "abw-mka"),
        ("وسيطر المقاتلون على أبو مكة.", "أبو مكة", "abw-mka"),
        ("وقصفت الطائرات تل حلب.", "تل حلب", "tl-hlb"),
        # a known name with the head in it stays itself
        ("وتقدمت القوات نحو تل أبيض.", "تل أبيض", "tal-abyad"),
        ("وصل الحجاج إلى مكة المكرمة.", "مكة المكرمة", "makkah"),
    ],
)
def test_village_heads_before_known_names(text, span, canonical):
    got = {e.text: e.canonical for e in ents(text) if e.type == "LOCATION"}
    assert got.get(span) == canonical, got


@pytest.mark.parametrize(
    "text,span",
    [
        ("وعززت الوحدات انتشارها على الحدود بعد الهجوم.", "الحدود"),
        ("وتمركزت الدبابات على طول الحدود الجنوبية الغربية.", "الحدود الجنوبية الغربية"),
        ("وأغلقت السلطات الحدود الأردنية - السورية.", "الحدود الأردنية - السورية"),
        # «الحدود مع لبنان»: the border, then the country
        ("ونشر الجيش تعزيزات قرب الحدود مع لبنان.", "الحدود"),
        ("ونشر الجيش تعزيزات قرب الحدود مع لبنان.", "لبنان"),
    ],
)
def test_the_border_is_a_place(text, span):
    assert (span, "LOCATION") in found(text)


def test_a_bare_quarter_is_the_last_named_quarter():
    text = "سيطرت الفصائل على حي الراشدين غرب حلب. وقال قائد إن الحي بات تحت سيطرتهم."
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "LOCATION"]
    assert got[-1][0] == "الحي" and got[-1][1] == got[0][1], got
    # no quarter named before: not a place
    assert "الحي" not in [e.text for e in ents("قال إن الحي هادئ.")]


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        (
            'أعلنت "إدارة العمليات العسكرية" دخول المدينة.',
            "إدارة العمليات العسكرية",
            "OTHER:military-operations-command",
        ),
        (
            "وقال مجلس منبج العسكري إن مقاتليه تقدموا.",
            "مجلس منبج العسكري",
            "OTHER:manbij-military-council",
        ),
        (
            "وهاجمت الميليشيات الإيرانية مواقع المعارضة.",
            "الميليشيات الإيرانية",
            "OTHER:iran-backed-militias",
        ),
    ],
)
def test_named_armed_groups_keep_their_own_ids(text, span, canonical):
    assert (span, canonical) in [(e.text, e.canonical) for e in ents(text)]


def test_an_entity_keeps_the_marks_of_its_last_letter():
    text = "ووصلت قواتٌ روسيةٌ إلى المطار."
    got = [e for e in ents(text) if e.type == "ACTOR"]
    assert got[0].text == "قواتٌ روسيةٌ" and text[got[0].start : got[0].end] == got[0].text


def test_officers_of_a_nationality_are_its_side():
    assert ("ضباط روس", "RU") in [(e.text, e.canonical) for e in ents("وصل ضباط روس إلى درعا.")]


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        # a bare ministry speaks for the government of the country reported on
        ("أعلنت وزارة الداخلية نشر قواتها في مدينتي حمص وحماة.", "وزارة الداخلية", "SY_GOV"),
        ("أعلنت وزارة الدفاع وصول تعزيزات إلى الموصل وتكريت.", "وزارة الدفاع", "IQ_GOV"),
        # a nationality names another one
        ("قالت وزارة الداخلية التركية إنها اعتقلت 20 شخصاً.", "وزارة الداخلية التركية", "TR"),
        ("أدانت وزارة الخارجية والمغتربين القصف.", "وزارة الخارجية والمغتربين", "SY_GOV"),
    ],
)
def test_ministries_speak_for_their_government(text, span, canonical):
    assert (span, canonical) in [(e.text, e.canonical) for e in ents(text)]


@pytest.mark.parametrize(
    "text,span,typ,canonical",
    [
        (
            "وتقدمت الفرقة المدرعة الخامسة نحو الشرقاط في محافظة صلاح الدين.",
            "الفرقة المدرعة الخامسة",
            "ACTOR",
            "IQ_GOV",
        ),
        ("وقصف طيران الجيش تجمعات للتنظيم قرب الحويجة في كركوك.", "طيران الجيش", "ACTOR", "IQ_GOV"),
        ("ونفذت القوة الجوية العراقية ضربات.", "القوة الجوية العراقية", "ACTOR", "IQ_GOV"),
        ("وقتل عشرات الدواعش في القصف.", "الدواعش", "ACTOR", "ISIS"),
        ("وفجر المسلحون عجلة مفخخة عند الحاجز.", "عجلة مفخخة", "WEAPON", "vbied"),
        ("وأسقطت الدفاعات الجوية مسيّرة مجهولة.", "مسيّرة", "WEAPON", "drone"),
        ("ورصدت بوارج حربية قبالة الساحل.", "بوارج حربية", "WEAPON", "warship"),
    ],
)
def test_units_aircraft_and_weapons_by_their_usual_names(text, span, typ, canonical):
    assert (span, typ, canonical) in [(e.text, e.type, e.canonical) for e in ents(text)]


def test_a_march_is_no_drone():
    assert [e for e in ents("وخرجت مسيرة احتجاجية في المدينة.") if e.type == "WEAPON"] == []


def test_a_quoted_name_told_something_is_an_outlet():
    text = 'وأوضح قائد العمليات اللواء الركن أحمد الفلاحي لـ"الميزان" أن القوات تقدمت.'
    assert ("الميزان", "ORG") in found(text)
    # not a quoted slogan after «لـ»
    assert not [
        e for e in ents('وقال إن الوقت حان لـ"ردع العدوان" على المدينة.') if e.type == "ORG"
    ]


@pytest.mark.parametrize(
    "text,span",
    [
        ("وتطالب أنقرة بإقامة منطقة آمنة على طول حدودها.", "منطقة آمنة"),
        ("وانسحبت الفصائل من المنطقة منزوعة السلاح.", "المنطقة منزوعة السلاح"),
        (
            "وانسحب الجنود من نقطة المراقبة الروسية الثالثة قرب تل رفعت.",
            "نقطة المراقبة الروسية الثالثة",
        ),
    ],
)
def test_zones_and_posts_are_places(text, span):
    assert (span, "LOCATION") in found(text)


def test_a_bare_post_is_the_last_named_post():
    text = "وطوقت القوات نقطة المراقبة العاشرة في شير مغار. وقال مصدر إن النقطة باتت معزولة."
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "LOCATION"]
    assert got[-1][0] == "النقطة" and got[-1][1] == got[0][1], got


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        ("وأعلن التنظيم قيام ما يسمى دولة الخلافة في الموصل.", "دولة الخلافة", "ISIS"),
        (
            "وقالت حكومة إقليم كردستان العراق إن البيشمركة وصلت.",
            "حكومة إقليم كردستان العراق",
            "OTHER:krg",
        ),
        ("وعقد مجلس الأمن الوطني العراقي اجتماعاً طارئاً.", "مجلس الأمن الوطني العراقي", "IQ_GOV"),
    ],
)
def test_more_named_sides(text, span, canonical):
    assert (span, canonical) in [(e.text, e.canonical) for e in ents(text)]


def test_amman_is_jordan_not_oman():
    assert [(e.text, e.type, e.canonical) for e in ents("وصل الوفد إلى عمان أمس.")] == [
        ("عمان", "LOCATION", "amman")
    ]
    assert ("عمّان", "ACTOR", "OTHER:jordan") in [
        (e.text, e.type, e.canonical) for e in ents("وتتهم عمّان ميليشيات بتهريب المخدرات.")
    ]
    assert ("سلطنة عمان", "oman") in [(e.text, e.canonical) for e in ents("زار سلطنة عمان.")]


def test_what_a_depot_holds_is_no_weapon_and_corona_is_no_place():
    got = [(e.text, e.type) for e in ents("دمرت الغارات مخزناً للذخيرة قرب المطار.")]
    assert not [x for x in got if x[1] == "WEAPON"], got
    # a depot named in construct keeps its weapons («مستودعات أسلحة»)
    assert [e.type for e in ents("استهدفت الضربات مستودعات أسلحة.")] == ["WEAPON"]
    assert [e for e in ents("وتفشى فيروس كورونا في المخيم.") if e.canonical == "verona"] == []


def test_a_quoted_outlet_name_needs_quotes_on_both_sides():
    got = [
        (e.text, e.type)
        for e in ents('وقال رئيس أركان "الجيش الحر" اللواء سليم إدريس إن المعركة مستمرة.')
    ]
    assert ("اللواء", "ORG") not in got, got
    got = [(e.text, e.type) for e in ents('وسيطر التنظيم على مقر "اللواء 93" قرب عين عيسى.')]
    assert ("اللواء", "ORG") not in got, got
    assert ("البناء", "ORG") in found('وقال مصدر لـ"البناء" إن الجيش تقدم.')


def test_a_nationality_adverb_and_a_pretext_are_no_places():
    got = found("وتقدمت الفصائل المدعومة تركياً نحو القرية.")
    assert not [k for k in got if k[0].startswith("تركيا") and k[1] == "LOCATION"], got
    got = found("وهدد بعملية تستهدف مدينتي تل رفعت ومنبج، بذريعة حماية الحدود.")
    assert ("بذريعة", "LOCATION") not in got, got


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        ("وسلم المسلحون أسلحتهم الثقيلة إلى الجيش.", "أسلحتهم الثقيلة", "heavy-weapons"),
        ("ودمرت الطائرات آليتين للتنظيم.", "آليتين", "vehicles"),
        ("وأبحر الطراد الصاروخي نحو الساحل.", "الطراد الصاروخي", "warship"),
    ],
)
def test_possessed_weapons_duals_and_cruisers(text, span, canonical):
    assert (span, "WEAPON", canonical) in [(e.text, e.type, e.canonical) for e in ents(text)]


def test_twitter_parliaments_and_a_dual_heads_two_names():
    assert ("تويتر", "ORG") in found('وقال المتحدث في تغريدة على "تويتر" إن القوات تقدمت.')
    assert ("البرلمان العراقي", "ORG") in found("وصوت البرلمان العراقي على القرار.")
    got = found("احتلت مدينتي رأس العين وتل أبيض ومساحات واسعة بينهما.")
    assert not [k for k in got if k[0] in ("مساحات", "اسعة")], got


def test_the_news_is_no_saudi_city():
    assert [e for e in ents("ونقلت الوكالة الخبر عن مصدر عسكري.") if e.type == "LOCATION"] == []


def test_a_quoted_unit_of_a_quoted_army_is_that_armys():
    got = [
        (e.text, e.canonical) for e in ents("انسحب مقاتلو «الفيلق الأول» في «الجيش الوطني السوري».")
    ]
    assert ("الفيلق الأول", "FSA") in got, got
    # a unit known by its own name keeps it
    got = [(e.text, e.canonical) for e in ents("انسحب مقاتلو «الفيلق الثالث» في «الجيش الوطني».")]
    assert ("الفيلق الثالث", "OTHER:third-legion") in got, got


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # the article's own outlet in quotes in its dateline, after «لـ», after a reporter
        ("بغداد - «عُمان» - وكالات: استعادت قوات الجيش الناحية.", "عُمان", [("عُمان", "ORG")]),
        ('وقال مصدر لـ"أنا برس" إن الرتل دخل.', "أنا برس", [("أنا برس", "ORG")]),
        ("وفق ما أفاد مراسل سوريا 24 في المدينة.", "سوريا 24", [("سوريا 24", "ORG")]),
        ("السليمانية - NRT عربية: قتل 13 شخصاً.", "NRT عربية", [("NRT عربية", "ORG")]),
        # or opening the dateline of the first lines, bare
        ("حلب – المصدر نيوز: تمكن الجيش من كسر الحصار.", "المصدر نيوز", [("المصدر نيوز", "ORG")]),
        ("متابعة – دجلة: قُتل عشرة من البيشمركة.", "دجلة", [("دجلة", "ORG")]),
        ("عمون - سيطرت قوات النظام على تل الحارة.", "عمون", [("عمون", "ORG")]),
        ("عنوان\nوعبرت القوات نهر دجلة - ثم تقدمت.", "دجلة", []),
        # a common word that names the outlet is left alone; the place stays a place
        ("وقال الوزير إن المستقبل غامض.", "المستقبل", []),
        ("وتوجه الوفد إلى عُمان أمس.", "عُمان", [("عُمان", "LOCATION")]),
    ],
)
def test_the_articles_own_outlet_named_as_an_outlet(text, source, expected):
    got = find_entities(text, normalize(text), sentences(text), source)
    names = {t for t, _ in expected}
    assert [(e.text, e.type) for e in got if e.text in names] == expected


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a bare hill, mountain or subdistrict is the last one named
        ("سيطر المقاتلون على تلة موسى. وانسحب الثوار من التلة.", "التلة"),
        ("تقدم الجيش في جبل الثردة. واستعاد الجيش الجبل.", "الجبل"),
        ("استعاد الجيش ناحية سليمان بيك. وغادر المسلحون الناحية.", "الناحية"),
        ("سيطرت قوات النظام على تل الحارة. وبث التلفزيون صوراً لجنود فوق التل.", "التل"),
        ("سيطر الجيش على قلعة الحصن. ورفع الجنود العلم فوق أسوار القلعة.", "القلعة"),
    ],
)
def test_bare_hills_mountains_and_subdistricts(text, bare):
    got = [e for e in ents(text) if e.text == bare]
    named = [e for e in ents(text) if e.type == "LOCATION" and e.text != bare]
    assert len(got) == 1 and got[0].type == "LOCATION"
    assert got[0].canonical == named[0].canonical, (got, named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district or a roundabout + a name
        ("يقصف الحرس مناطق حدودية في قضاء سيدكان بمحافظة أربيل.", "قضاء سيدكان"),
        ("واستولوا على دبابتين في محيط دوار الباسل.", "دوار الباسل"),
        # the nominative dual «حيا» names two quarters
        ("وسيطروا على حيا النشوة والعزيزية.", "حيا النشوة"),
        # spending time is no district
        ("وقرر الوفد قضاء عطلة في المدينة.", None),
        ("وقرر الوفد قضاء الوقت في المدينة.", None),
    ],
)
def test_districts_and_roundabouts_by_head_noun(text, expected):
    got = [
        e.text
        for e in ents(text)
        if e.type == "LOCATION" and e.text.split()[0] in ("قضاء", "دوار", "حيا")
    ]
    assert got == ([expected] if expected else [])


def test_operations_room_after_a_clitic_and_bare_room_and_hashd():
    text = (
        'توصلت هيئة تحرير الشام وغرفة عمليات "فاثبتوا" إلى اتفاق. وقالت الغرفة إن مقاتليها '
        "صدوا الهجوم. وقال نائب رئيس هيئة الحشد الشعبي إن الحشد سيرد. ودعا إلى الحشد العسكري."
    )
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    room = next(c for t, c in got if t.startswith("غرفة"))
    assert ('غرفة عمليات "فاثبتوا"', room) in got
    assert ("الغرفة", room) in got
    # «الحشد» after «هيئة الحشد الشعبي» is the PMF; «الحشد العسكري» (a build-up) is not
    assert [t for t, c in got if c == "OTHER:pmf"] == ["هيئة الحشد الشعبي", "الحشد"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقالت الوزارة إن الدفاعات السورية اعترضت الصواريخ.",
            ("الدفاعات السورية", "ACTOR", "SY_GOV"),
        ),
        ("وأطلقت الصواريخ من غواصة في المتوسط.", ("غواصة", "WEAPON", "submarine")),
        ("وقصفت مدمرتان أميركيتان المطار.", ("مدمرتان", "WEAPON", "destroyer")),
        ("وأسقطت مقاتلة تابعة للتحالف الأميركي طائرة.", ("لتحالف الأميركي", "ACTOR", "COALITION")),
    ],
)
def test_air_defences_warships_and_the_american_coalition(text, expected):
    assert expected in [(e.text, e.type, e.canonical) for e in ents(text)]


def test_destroyed_houses_are_no_destroyer():
    assert [e for e in ents("وعاد الأهالي إلى منازلهم المدمرة.") if e.type == "WEAPON"] == []


def test_a_surname_that_is_also_a_word_after_a_verb_of_saying():
    text = (
        "حمّل نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس القوات الأمريكية المسؤولية. "
        "وقال المهندس في بيان إن لدينا معلومات. وقال المهندس المعماري إن المبنى قديم."
    )
    got = [(e.text, e.start, e.canonical) for e in ents(text) if e.type == "PERSON"]
    full = got[0]
    assert full[0] == "أبو مهدي المهندس"
    # the second sentence's «المهندس» is the man; the third's (an architect) is not
    assert [(t, c) for t, _, c in got[1:]] == [("المهندس", full[2])]
    assert got[1][1] == text.index("وقال المهندس في") + len("وقال ")


def test_the_islamic_front_and_the_new_syrian_army_are_armed_groups():
    got = [(e.text, e.canonical) for e in ents("وما زالت الجبهة الإسلامية تسيطر على رنكوس.")]
    assert ("الجبهة الإسلامية", "OTHER:islamic-front") in got
    got = [(e.text, e.canonical) for e in ents('ويتمركز في التنف مقاتلو "جيش سوريا الجديد".')]
    assert ("جيش سوريا الجديد", "OTHER:new-syrian-army") in got
    got = [(e.text, e.canonical) for e in ents("وسيطر مسلحون محليون على بلدة طفس.")]
    assert ("مسلحون محليون", "OTHER:local-gunmen") in got


@pytest.mark.parametrize(
    ("text", "group", "canonical"),
    [
        # groups loyal to the Syrian government are militias of their own
        (
            "وهاجمت قوات موالية للحكومة السورية البلدة.",
            "قوات موالية للحكومة السورية",
            "OTHER:pro-government-militias",
        ),
        # an adjective between the group and its backer
        (
            "واتهمت واشنطن فصائل مسلحة مدعومة من إيران بالهجوم.",
            "فصائل مسلحة مدعومة من إيران",
            "OTHER:iran-backed-militias",
        ),
        ("وتقدمت الفصائل الموالية لتركيا نحو البلدة.", "الفصائل الموالية لتركيا", "FSA"),
    ],
)
def test_groups_backed_by_a_state(text, group, canonical):
    assert (group, canonical) in [(e.text, e.canonical) for e in ents(text)]


def test_a_bare_army_is_not_the_free_army_and_the_coalition_leaves_its_enemy_apart():
    text = (
        "أعلن الجيش السوري الحر انسحاب مقاتليه من حي صلاح الدين في حلب، فيما ذكر "
        "التلفزيون السوري أن الجيش استعاد السيطرة على الحي في مدينة حلب."
    )
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert ("الجيش", "FSA") not in got
    got = [
        (e.text, e.canonical) for e in ents("وينتشر الجنود ضمن التحالف الدولي لمحاربة تنظيم داعش.")
    ]
    assert ("التحالف الدولي", "COALITION") in got and ("تنظيم داعش", "ISIS") in got


def test_government_forces_are_the_home_government_of_the_article():
    text = (
        "سيطر داعش على الرمادي في مايو، إثر انسحاب القوات الحكومية منها. "
        "وقتل عشرة عناصر من القوات الحكومية والميليشيات الموالية لها قرب الموصل."
    )
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert ("القوات الحكومية", "IQ_GOV") in got
    assert ("الميليشيات الموالية لها", "OTHER:pro-government-militias") in got


def test_syria_spelled_like_its_adjective_after_a_preposition_is_the_country():
    got = [(e.text, e.type) for e in ents("وعززت القوات انتشارها على الحدود مع سورية.")]
    assert ("سورية", "LOCATION") in got
    got = [(e.text, e.type) for e in ents("وقاتلت فصائل سورية موالية لتركيا.")]
    assert ("سورية", "LOCATION") not in got


def test_an_agreement_named_by_its_city_names_a_place():
    got = [
        (e.text, e.type) for e in ents("التزمت الأطراف بالتهدئة وفق اتفاق موسكو الموقع في آذار.")
    ]
    assert ("موسكو", "LOCATION") in got
    # the parties to an agreement act
    got = [(e.text, e.type) for e in ents("ووقع اتفاق موسكو وأنقرة على وقف النار.")]
    assert ("موسكو", "ACTOR") in got and ("أنقرة", "ACTOR") in got


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("وفجّر سترته الناسفة قرب الحاجز.", "سترته الناسفة"),
        ("واستهدفت طوافات الجيش مواقعهم.", "طوافات"),
        ("محذراً من استخدام السلاح الكيماوي.", "السلاح الكيماوي"),
        ("وضبطت القوة منصات إطلاق في المقر.", "منصات إطلاق"),
    ],
)
def test_more_weapons(text, weapon):
    assert (weapon, "WEAPON") in [(e.text, e.type) for e in ents(text)]


def test_iraqi_militias_are_one_actor_with_or_without_the_article():
    for text, span in [
        ("ودفع حزب الله وميليشيات عراقية بتعزيزات إلى الحاضر.", "ميليشيات عراقية"),
        ("وانسحبت المليشيات العراقية من البلدة.", "المليشيات العراقية"),
    ]:
        got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
        assert (span, "OTHER:iraqi-militias") in got, got


def test_a_broken_plural_nationality_in_the_accusative_names_its_state():
    for text, span, aid in [
        ("وأكد أن جنوداً روساً وصلوا إلى المطار.", "جنوداً روساً", "RU"),
        ("وأكد أن جنوداً أتراكاً وصلوا إلى المطار.", "جنوداً أتراكاً", "TR"),
        ("وأكد أن جنوداً أمريكيين وصلوا إلى المطار.", "جنوداً أمريكيين", "US"),
    ]:
        got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
        assert got == [(span, aid)], got


def test_a_name_two_sides_share_is_the_one_the_article_names_later():
    text = (
        "حرر مجاهدو المقاومة الإسلامية، بالتعاون مع الجيش السوري، تلة موسى.\n"
        "وأكد حزب الله أن المقاومة ستواصل عملياتها."
    )
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert ("المقاومة الإسلامية", "HEZBOLLAH") in got and ("المقاومة", "HEZBOLLAH") in got, got
    got = [(e.text, e.canonical) for e in ents("أعلن حزب الله أن المقاومة الإسلامية ستقاتل.")]
    assert ("المقاومة الإسلامية", "HEZBOLLAH") in got, got
    # the Iraqi resistance named later is the Iraqi resistance
    text = "قالت المقاومة الإسلامية إنها استهدفت قاعدة عين الأسد.\nوتضم المقاومة الإسلامية في العراق فصائل عدة."
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert got[0] == ("المقاومة الإسلامية", "OTHER:islamic-resistance-iraq"), got
    # a generic word still needs its antecedent
    text = "وقالت المعارضة إن القصف مستمر.\nوسيطر الجيش الحر على البلدة."
    assert "المعارضة" not in [e.text for e in ents(text)]


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        ("أعلن حرس الثورة الإسلامية أنه استهدف مقرات داعش.", "حرس الثورة الإسلامية", "IR"),
        ("أعلن الحرس الثوري أنه قصف مقرات. وقال الحرس إن الصواريخ أصابت.", "الحرس", "IR"),
        ("تقدمت قوات الحرس الجمهوري نحو الحي. وقال مصدر إن الحرس سيطر عليه.", "الحرس", "SY_GOV"),
        ("قاتلت وحدات الحماية في الحسكة.", "وحدات الحماية", "YPG"),
        ("اقتحمت الفرقة الذهبية حي الزهراء.", "الفرقة الذهبية", "IQ_GOV"),
    ],
)
def test_guards_and_units_by_their_short_names(text, span, canonical):
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert (span, canonical) in got, got


def test_a_bare_guard_needs_its_antecedent():
    assert "الحرس" not in [e.text for e in ents("ووقف الحرس أمام المبنى.")]


@pytest.mark.parametrize(
    "text,span",
    [
        ("مطار الموصل ومعسكر الغزلاني باتا تحت سيطرة القوات العراقية.", "معسكر الغزلاني"),
        ("وسيطرت القوات على قرية الحمدان وأجزاء من المطار.", "قرية الحمدان"),
        ("وبات معسكر الغزلاني بقبضة القوات.", "معسكر الغزلاني"),
        # a name prefix with the article still takes its name
        ("وتقدم الجيش نحو قرية الشيخ مسكين.", "قرية الشيخ مسكين"),
    ],
)
def test_a_definite_word_ends_a_place_name_after_its_head(text, span):
    got = [e.text for e in ents(text) if e.type == "LOCATION"]
    assert span in got, got


@pytest.mark.parametrize(
    "text",
    [
        "ونفذت القوات قصفاً بحرياً وقصف بحري على الساحل.",  # Khartoum North
        "وقال إن الهجوم مدان ومرفوض.",  # Medan
        "وأطلقت القوات نارا كثيفة على المواقع.",  # Nara
        "وقال إن هناك دوراً خفي في العملية.",  # Hefei
        "وأكد أن كسل الحكومة واضح.",  # Kassala
    ],
)
def test_short_names_of_far_places_that_are_arabic_words_are_no_places(text):
    assert [e for e in ents(text) if e.type == "LOCATION"] == []


def test_far_places_are_still_places_where_the_text_makes_them_places():
    got = {e.text: e.canonical for e in ents("وعقد الاجتماع في لندن ثم في داكار.")}
    assert got.get("لندن") == "london" and got.get("داكار") == "dakar", got


def test_a_soldier_of_a_state_is_its_actor_unless_he_is_a_count_unit():
    def actors(text):
        return [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]

    assert ("جندي تركي", "TR") in actors("وقتل جندي تركي في اشتباكات.")
    assert ("جندياً سورياً", "SY_GOV") in actors("وسلمت تركيا 18 جندياً سورياً إلى روسيا.")
    # «نحو 900 جندي أميركي»: the count's unit (the state is named by its adjective only)
    assert "جندي أميركي" not in [t for t, _ in actors("وتنشر واشنطن نحو 900 جندي أميركي.")]
    # a military man is not (annotators leave «عسكري سوري» alone)
    assert actors("وقتل عسكري سوري.") == []


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        (
            'واقتحم مقاتلون من حركة "شام الإسلام" القرية.',
            'حركة "شام الإسلام"',
            "OTHER:sham-al-islam",
        ),
        ("وتبنت عصبة الثائرين الهجوم.", "عصبة الثائرين", "OTHER:usbat-al-thaireen"),
        (
            "وقصفت إيران مقار الحزب الديمقراطي الكردستاني الإيراني.",
            "الحزب الديمقراطي الكردستاني الإيراني",
            "OTHER:kdpi",
        ),
        ("وأطلقت فصائل الجبهة الجنوبية معركة جديدة.", "الجبهة الجنوبية", "OTHER:southern-front"),
    ],
)
def test_more_armed_groups_by_name(text, span, canonical):
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert (span, canonical) in got, got


def test_an_iraqi_operations_command_by_its_region():
    got = [
        (e.text, e.canonical)
        for e in ents("أعلنت قيادة عمليات الجزيرة والبادية تحرير قضاء الرطبة.")
        if e.type == "ACTOR"
    ]
    assert got == [("قيادة عمليات الجزيرة والبادية", "IQ_GOV")], got
    # the channel is still the channel elsewhere
    assert [e.type for e in ents("وقالت قناة الجزيرة إن القصف مستمر.")] == ["ORG"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "الأردن والولايات المتحدة وروسيا تتفق على وقف لإطلاق النار",
            [("الأردن", "ACTOR"), ("الولايات المتحدة", "ACTOR"), ("روسيا", "ACTOR")],
        ),
        (
            "أعلن أن المملكة الأردنية الهاشمية والولايات المتحدة الأميركية والاتحاد الروسي "
            "اتفقت اليوم على وقف النار.",
            [
                ("المملكة الأردنية الهاشمية", "ACTOR"),
                ("الولايات المتحدة الأميركية", "ACTOR"),
                ("الاتحاد الروسي", "ACTOR"),
            ],
        ),
        # places listed after a verb of visiting stay places
        (
            "وزار الوفد الأردن والعراق وسوريا خلال الأسبوع.",
            [("الأردن", "LOCATION"), ("العراق", "LOCATION"), ("سوريا", "LOCATION")],
        ),
    ],
)
def test_states_listed_before_their_verb_all_act(text, expected):
    assert [(e.text, e.type) for e in ents(text) if e.type in ("ACTOR", "LOCATION")] == expected


@pytest.mark.parametrize(
    "text,name,typ",
    [
        ("دمشق، أنقرة - وكالات: سيطر مقاتلو المعارضة على القرية.", "أنقرة", "LOCATION"),
        ("أنقرة - الأناضول: أعلنت وزارة الدفاع مقتل جندي.", "أنقرة", "LOCATION"),
        ("واشنطن/ موسكو - وكالات: تبادل البلدان الاتهامات.", "واشنطن", "LOCATION"),
        # a capital that speaks outside a dateline still acts
        ("وقالت أنقرة إن قواتها قصفت المواقع.", "أنقرة", "ACTOR"),
    ],
)
def test_capitals_in_a_dateline_are_places(text, name, typ):
    assert [e.type for e in ents(text) if e.text == name] == [typ]


@pytest.mark.parametrize(
    "text,name,typ",
    [
        ("غارات على مواقع في بلدة عقربا، قالت تل أبيب إنها كانت تضم عناصر.", "تل أبيب", "ACTOR"),
        ("وسقط صاروخ في تل أبيب.", "تل أبيب", "LOCATION"),
        ("واتهمت فصائل عراقية إسرائيل بالوقوف وراءها.", "إسرائيل", "ACTOR"),
        (
            'وتتهم دمشق وموسكو الولايات المتحدة بتسهيل تحركات خلايا "داعش".',
            "الولايات المتحدة",
            "ACTOR",
        ),
        ("واتهم الوزير المسلحين في سوريا بخرق الهدنة.", "سوريا", "LOCATION"),
        ('وتوعد نتنياهو بأن "إيران لا تتمتع بالحصانة في أي مكان".', "إيران", "ACTOR"),
        ("ووصل الوفد إلى إيران لم يلتق أحداً.", "إيران", "LOCATION"),
    ],
)
def test_states_that_speak_are_accused_or_refuse_act(text, name, typ):
    assert [e.type for e in ents(text) if e.text == name] == [typ]


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        ('وقال مصدر لـ"خبر24" إن الانفجار وقع ظهراً.', "خبر24", "xeber24"),
        ("وبث التلفزيون الرسمي السوري صوراً للجنود.", "التلفزيون الرسمي السوري", "syrian-tv"),
        (
            "وقالت المفوضية العليا لشؤون اللاجئين إن الآلاف نزحوا.",
            "المفوضية العليا لشؤون اللاجئين",
            "unhcr",
        ),
        ("وقال مراسل قناة دجلة إن الهجوم وقع ليلاً.", "قناة دجلة", "dijlah"),
    ],
)
def test_more_outlets_and_bodies(text, span, canonical):
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ORG"]
    assert (span, canonical) in got, got


def test_an_outlet_that_is_a_river_or_an_adjective_elsewhere():
    assert [e.type for e in ents("وعبرت القوات نهر دجلة.")] == ["LOCATION"]
    assert "الشرقية" not in [e.text for e in ents("وتقدمت القوات في الأحياء الشرقية.")]


@pytest.mark.parametrize(
    "text,span,typ",
    [
        (
            'وأحكم الثوار سيطرتهم على مقر "اللواء 52" التابع لقوات الأسد.',
            'مقر "اللواء 52"',
            "LOCATION",
        ),
        ("وسيطر التنظيم على مقر الفرقة 17 شمال مدينة الرقة.", "مقر الفرقة 17", "LOCATION"),
        ("والتقت بالقوات المرابطة في اللواء 137 على الأطراف الغربية.", "اللواء 137", "LOCATION"),
    ],
)
def test_a_numbered_unit_as_its_base_is_a_place(text, span, typ):
    assert (span, typ) in [(e.text, e.type) for e in ents(text)]


def test_a_numbered_unit_sending_forces_is_no_place():
    assert "LOCATION" not in [e.type for e in ents("ووصلت تعزيزات من اللواء 45 إلى المنطقة.")]


@pytest.mark.parametrize(
    "text,span",
    [
        ("وسيطر الجيش على قلعة الحصن.", "قلعة الحصن"),
        ("وتحشد القوات على ضفاف نهر الساجور.", "نهر الساجور"),
    ],
)
def test_a_river_or_a_castle_by_an_unknown_name(text, span):
    assert (span, "LOCATION") in [(e.text, e.type) for e in ents(text)]


def test_a_bare_hill_needs_a_hill_named_before():
    assert ents("وقال إن التل مرتفع جداً.") == []


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        ("وأفاد مركز المصالحة بتسجيل 9 خروقات.", "مركز المصالحة", "RU"),
        (
            "وقصفت الطائرات مواقع ميليشيات إيران في البوكمال.",
            "ميليشيات إيران",
            "OTHER:iran-backed-militias",
        ),
        ("وقاتل عناصر جند الشام في الحصن.", "جند الشام", "OTHER:jund-al-sham"),
    ],
)
def test_short_names_of_known_sides(text, span, canonical):
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert (span, canonical) in got, got


def test_a_sides_own_aircraft_or_arms_alone_are_no_weapon_entities():
    assert ents("وقال إن طائراته نفذت غارات.") == []
    assert [e.text for e in ents("وأسقطت دفاعاتها الجوية صاروخين.") if e.type == "WEAPON"][0] == (
        "دفاعاتها الجوية"
    )


def test_a_short_name_before_a_preposition_is_still_the_side():
    text = "سيطرت الهيئة على مواقع حركة نور الدين الزنكي. وانسحب مقاتلو الزنكي إلى عفرين."
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert ("الزنكي", "OTHER:nour-al-din-al-zenki") in got, got


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        ("وقتل جنرال روسي بانفجار عبوة قرب دير الزور.", "جنرال روسي", "RU"),
        ("وقال إن مستشار عسكري روسي أصيب في القصف.", "مستشار عسكري روسي", "RU"),
    ],
)
def test_an_officer_or_adviser_of_a_state(text, span, canonical):
    assert (span, canonical) in [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]


def test_an_iraqi_district_without_its_head_where_the_text_makes_it_a_place():
    assert ("الحمدانية", "LOCATION") in [
        (e.text, e.type) for e in ents("ودخلت القوات إلى الحمدانية.")
    ]
    assert [e.type for e in ents("وقال مقتدى الصدر إن التيار سيشارك.")] == ["PERSON"]


def test_the_terrorists_label_reaches_a_group_named_a_long_paragraph_before():
    filler = "وأشار المصدر إلى أن الأهالي بدأوا العودة إلى منازلهم في الأحياء الغربية. " * 9
    text = (
        "سيطرت وحدات الجيش على البلدة بعد معارك مع جبهة النصرة.\n"
        + filler
        + "\nوتعمل وحدات الهندسة على تفكيك العبوات التي زرعها الإرهابيون في الشوارع."
    )
    assert 500 < text.index("الإرهابيون") - text.index("النصرة") < 1000
    got = found(text)
    assert got[("الإرهابيون", "ACTOR")].canonical == "NUSRA"


@pytest.mark.parametrize(
    "text,expected",
    [
        # the factions named as such last: Iran's, then Iraq's PMF
        (
            "استهدفت فصائل موالية لإيران قاعدة التنف. وقال المرصد إن الفصائل سحبت عناصرها.",
            "OTHER:iran-backed-militias",
        ),
        (
            "وشاركت فصائل الحشد الشعبي في الهجوم، فيما أكدت الفصائل أنها لن تنسحب.",
            "OTHER:pmf",
        ),
        # a coalition of factions
        (
            "سيطر جيش الفتح على مدينة أريحا، وقال قائد ميداني إن الفصائل أسرت 20 عنصراً.",
            "OTHER:jaish-al-fateh",
        ),
        # the opposition named after the coalition, or nothing named: the opposition
        (
            "سيطر جيش الفتح على أريحا. وفي درعا قصفت فصائل المعارضة مواقع النظام وتقدمت الفصائل.",
            "FSA",
        ),
        ("قال مصدر إن الفصائل تقدمت نحو البلدة.", "FSA"),
    ],
)
def test_bare_factions_are_those_named_last_as_factions(text, expected):
    """Bare «الفصائل»: the coalition, or the side named as factions, before it."""
    last = [e for e in ents(text) if e.type == "ACTOR" and e.text.endswith("الفصائل")][-1]
    assert last.canonical == expected


def test_bare_mercenaries_are_the_side_last_labelled_so():
    """«المرتزقة» (a Kurdish outlet's label): ISIS after «مرتزقة داعش», the Turkish-backed
    factions after «مرتزقة الاحتلال التركي»; nothing when no side was labelled so."""
    text = "هاجم مرتزقة داعش سجن الصناعة. واعتقلت القوات 28 مشتبهاً بالتعامل مع خلايا المرتزقة."
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert got[-1] == ("المرتزقة", "ISIS")
    text = "قصف مرتزقة الاحتلال التركي قرية تل طويل، وقال المرصد إن المرتزقة تقدموا."
    assert [e.canonical for e in ents(text) if e.type == "ACTOR"] == ["FSA", "FSA"]
    assert [e for e in ents("وقال إن المرتزقة تقدموا نحو البلدة.") if e.type == "ACTOR"] == []


@pytest.mark.parametrize(
    "text,actor",
    [
        ("أعلنت الوزارة مقتل جنديين أمريكيين في الهجوم.", ("جنديين أمريكيين", "US")),
        ("أسفر القصف عن إصابة 34 جندياً تركياً.", ("جندياً تركياً", "TR")),
        ("وقتل ثلاثة جنود أميركيين قرب الحدود.", ("جنود أميركيين", "US")),
        # a count of forces deployed: its unit only (most annotators)
        ("وينتشر نحو 900 جندي أميركي في سوريا.", None),
    ],
)
def test_the_counted_soldiers_of_a_toll_are_their_state_s_forces(text, actor):
    found = ents(text)
    got = [(e.text, e.canonical) for e in found if e.type == "ACTOR"]
    assert got == ([actor] if actor else [])
    assert any(e.type == "QUANTITY" for e in found)  # the count stays, overlapped


@pytest.mark.parametrize(
    "text,expected",
    [
        ("قصفت ميليشيا أسد مخيمات النازحين.", ("ميليشيا أسد", "SY_GOV")),
        ("واتهمت طهران جهاز الموساد بإدارة المقر.", ("جهاز الموساد", "OTHER:israel")),
        ("وانسحبت قوات الدفاع الشعبي من المنطقة.", ("قوات الدفاع الشعبي", "PKK")),
        (
            "وقرر المجلس الوزاري للأمن الوطني نشر قوات إضافية.",
            ("المجلس الوزاري للأمن الوطني", "IQ_GOV"),
        ),
        # a division of the home army: Iraq's in an Iraqi article, Syria's in a Syrian one
        ("وصلت تعزيزات من الفرقة الرابعة إلى مطيبيجة في صلاح الدين.", ("الفرقة الرابعة", "IQ_GOV")),
        ("دفعت الفرقة الرابعة بتعزيزات إلى درعا البلد.", ("الفرقة الرابعة", "SY_GOV")),
        ("هاجمت فلول النظام حاجزاً في جبلة.", ("فلول النظام", "OTHER:assad-loyalists")),
        (
            "وانتشر المجلس العسكري في السويداء في المدينة.",
            ("المجلس العسكري في السويداء", "OTHER:suwayda-military-council"),
        ),
        ("وأعلن جيش سوريا الحرة في التنف.", ("جيش سوريا الحرة", "OTHER:maghawir-al-thawra")),
        # (not the newspaper «اللواء»)
        (
            'وتسلمت القوات المقر الرئيسي لـ"اللواء الثامن" في بصرى الشام.',
            ("اللواء الثامن", "OTHER:eighth-brigade"),
        ),
    ],
)
def test_more_actor_names(text, expected):
    assert (expected[0], expected[1]) in [(e.text, e.canonical) for e in ents(text)]


def test_more_places():
    text = "ضربت غارات مطار خلخلة وحي برزة ومنطقة مطيبيجة وحي الأشرفية وبلدة حضر في حوران."
    got = {e.canonical for e in ents(text) if e.type == "LOCATION"}
    assert {"khalkhalah-airbase", "barzeh", "mutaibija", "ashrafiyah-aleppo"} <= got
    assert {"hadar-quneitra", "hauran"} <= got
    got = {e.canonical for e in ents("احتشدت الفصائل في الحبانية قرب الرمادي.")}
    assert "habbaniyah" in got


@pytest.mark.parametrize(
    "text", ["خسر التنظيم آخر مناطق سيطرته في البادية.", "انسحبت القوات من مناطق نفوذها."]
)
def test_whose_areas_are_no_place_name(text):
    """«مناطق سيطرته»: the areas of its control, not a place called «سيطرته»."""
    assert not [
        e for e in ents(text) if e.type == "LOCATION" and e.text.startswith(("سيطرت", "نفوذ"))
    ]


@pytest.mark.parametrize(
    "text,span",
    [
        ("وينتشر مستشارون عسكريون أميركيون على جبل سنجار.", "مستشارون عسكريون أميركيون"),
        (
            "وتنتشر في العراق مجموعات من المستشارين العسكريين الأميركيين.",
            "المستشارين العسكريين الأميركيين",
        ),
    ],
)
def test_military_advisers_of_a_state_are_its_forces(text, span):
    assert (span, "US") in [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]


def test_a_home_force_is_of_the_government_its_sentence_names():
    """«حرس الحدود» after «القوات المسلحة الأردنية» in its sentence is Jordan's, though the
    article's places are Syrian; alone among Syrian places it is Syria's."""
    text = (
        "أعلنت القيادة العامة للقوات المسلحة الأردنية أمس أن قوات حرس الحدود أحبطت محاولة "
        "تسلل من قرية الشعاب في ريف السويداء الشرقي."
    )
    got = [(e.text, e.canonical) for e in ents(text) if e.type == "ACTOR"]
    assert ("قوات حرس الحدود", "OTHER:jordan") in got
    text = "وقال مصدر إن قوات حرس الحدود انتشرت في قرية الشعاب في ريف السويداء الشرقي."
    assert ("قوات حرس الحدود", "SY_GOV") in [(e.text, e.canonical) for e in ents(text)]
