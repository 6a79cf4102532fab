from build import build
L = [
'انسحاب القوات الحكومية من السويداء بعد ضربات إسرائيلية على دمشق.. والشرع يكلّف "الفصائل المحلية" بحفظ الأمن',
'بدأت القوات الحكومية السورية، فجر اليوم الخميس، الانسحاب من مدينة السويداء جنوبي البلاد، بموجب اتفاق لوقف إطلاق النار أعلنته وزارة الداخلية مساء أمس الأربعاء، بعد أربعة أيام من مواجهات دامية مع مسلحين دروز وضربات إسرائيلية طالت قلب العاصمة دمشق.',
'وقال الرئيس السوري أحمد الشرع، في كلمة متلفزة ليل الأربعاء - الخميس، إن حكومته قررت تكليف "بعض الفصائل المحلية ومشايخ العقل" بمسؤولية حفظ الأمن في السويداء، مضيفاً: "لسنا ممن يخشى الحرب، لكننا قدّمنا مصلحة السوريين على الفوضى والدمار".',
'وكانت وحدات من وزارة الدفاع وقوى الأمن الداخلي قد دخلت المدينة صباح الثلاثاء، بعد يومين من اندلاع اشتباكات بين مسلحين دروز وعشائر بدوية في حي المقوس، إثر خطف تاجر درزي على طريق دمشق - السويداء منتصف الشهر الجاري.',
'وشنّ الجيش الإسرائيلي، ظهر أمس الأربعاء، غارات على مبنى هيئة الأركان العامة في ساحة الأمويين بدمشق ومحيط قصر الشعب، بعد ضربات متتالية منذ الاثنين على دبابات وآليات للقوات الحكومية في ريف السويداء الغربي، قائلاً إنه يتحرك "لحماية الدروز".',
'وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن "التحذيرات في دمشق انتهت، والآن ستأتي الضربات المؤلمة"، متوعداً بمواصلة استهداف القوات الحكومية حتى تنسحب من جنوب سوريا، في حين أعلن الجيش الإسرائيلي نقل قوات إضافية إلى هضبة الجولان.',
'وأحصى المرصد السوري لحقوق الإنسان مقتل أكثر من 350 شخصاً منذ الأحد، بينهم 79 مقاتلاً درزياً و55 مدنياً قال إنهم "أُعدموا ميدانياً" على يد عناصر من وزارتي الدفاع والداخلية، إلى جانب 189 عنصراً من القوات الحكومية و18 من أبناء العشائر البدوية.',
'ونفت وزارة الداخلية السورية في بيان تورط عناصرها في أي انتهاكات بحق المدنيين، متعهدة بمحاسبة "كل من يثبت تورطه"، فيما قال مسؤول أمني سوري لـ"المونيتور"، طالباً عدم الكشف عن هويته، إن "مجموعات منفلتة ارتدت زي القوات الحكومية" هي من نفذ عمليات القتل.',
'وأعلن وزير الخارجية الأمريكي ماركو روبيو مساء أمس أن الأطراف اتفقت على "خطوات محددة" لإنهاء "الوضع المقلق والمروع"، فيما قال المبعوث الأمريكي إلى سوريا توم باراك إن واشنطن تواصلت مع جميع الأطراف "لاستعادة الهدوء" ومنع انزلاق البلاد إلى "حرب إقليمية".',
'وفي الجنوب الغربي، دخلت قوة إسرائيلية مؤلفة من نحو 12 آلية عسكرية صباح اليوم بلدة جباتا الخشب في ريف القنيطرة الشمالي، ونفذت عمليات دهم وتفتيش لعدد من المنازل بحسب مصادر محلية، في إطار توغلات شبه يومية تنفذها القوات الإسرائيلية في المنطقة العازلة منذ كانون الأول/ ديسمبر الماضي.',
]
D = '2025-07-17'   # Thursday; web copy of its own day
WED = '2025-07-16'
LG = 'OTHER:local-gunmen'
TRIBES = 'OTHER:arab-tribes'
IL = 'OTHER:israel'
ents = [
 ('L0:القوات الحكومية','ACTOR','SY_GOV'), ('L0:السويداء','LOCATION','suwayda'), ('L0:دمشق','LOCATION','damascus'),
 ('L0:الشرع','PERSON','ahmed-al-sharaa'), ('L0:الفصائل المحلية','ACTOR',LG),
 ('L1:القوات الحكومية السورية','ACTOR','SY_GOV'), ('L1:مدينة السويداء','LOCATION','suwayda'), ('L1:جنوبي البلاد','LOCATION','south-syria'),
 ('L1:وزارة الداخلية','ACTOR','SY_GOV'), ('L1:أربعة أيام','QUANTITY',None,(4,False,'other')), ('L1:مسلحين دروز','ACTOR',LG),
 ('L1:دمشق','LOCATION','damascus'),
 ('L2:أحمد الشرع','PERSON','ahmed-al-sharaa'), ('L2:الفصائل المحلية','ACTOR',LG), ('L2:السويداء','LOCATION','suwayda'),
 ('L3:وزارة الدفاع','ACTOR','SY_GOV'), ('L3:قوى الأمن الداخلي','ACTOR','SY_GOV'), ('L3:المدينة','LOCATION','suwayda'),
 ('L3:يومين','QUANTITY',None,(2,False,'other')), ('L3:مسلحين دروز','ACTOR',LG), ('L3:عشائر بدوية','ACTOR',TRIBES),
 ('L3:حي المقوس','LOCATION','suwayda-maqwas'), ('L3:طريق دمشق - السويداء','LOCATION','damascus-suwayda-road'),
 ('L4:الجيش الإسرائيلي','ACTOR',IL), ('L4:مبنى هيئة الأركان العامة','LOCATION','general-staff-hq-damascus'),
 ('L4:ساحة الأمويين','LOCATION','umayyad-square'), ('L4:دمشق','LOCATION','damascus'), ('L4:قصر الشعب','LOCATION','peoples-palace'),
 ('L4:دبابات','WEAPON','tanks'), ('L4:آليات','WEAPON','vehicles'), ('L4:لقوات الحكومية','ACTOR','SY_GOV'),
 ('L4:ريف السويداء الغربي','LOCATION','suwayda-west-countryside'),
 ('L5:يسرائيل كاتس','PERSON','israel-katz'), ('L5:دمشق','LOCATION','damascus'), ('L5:القوات الحكومية','ACTOR','SY_GOV'),
 ('L5:جنوب سوريا','LOCATION','south-syria'), ('L5:الجيش الإسرائيلي','ACTOR',IL), ('L5:هضبة الجولان','LOCATION','golan'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:أكثر من 350 شخصاً','QUANTITY',None,(350,True,'killed')),
 ('L6:79 مقاتلاً','QUANTITY',None,(79,False,'killed')), ('L6:55 مدنياً','QUANTITY',None,(55,False,'killed')),
 ('L6:وزارتي الدفاع','ACTOR','SY_GOV'), ('L6:الداخلية','ACTOR','SY_GOV'), ('L6:189 عنصراً','QUANTITY',None,(189,False,'killed')),
 ('L6:القوات الحكومية','ACTOR','SY_GOV'), ('L6:18#1','QUANTITY',None,(18,False,'killed')), ('L6:العشائر البدوية','ACTOR',TRIBES),
 ('L7:وزارة الداخلية السورية','ACTOR','SY_GOV'), ('L7:المونيتور','ORG','al-monitor'), ('L7:مجموعات منفلتة','ACTOR','UNKNOWN'),
 ('L7:القوات الحكومية','ACTOR','SY_GOV'),
 ('L8:ماركو روبيو','PERSON','marco-rubio'), ('L8:سوريا','LOCATION','syria'), ('L8:توم باراك','PERSON','tom-barrack'),
 ('L8:واشنطن','ACTOR','US'), ('L8:البلاد','LOCATION','syria'),
 ('L9:الجنوب الغربي','LOCATION','southwest-syria'), ('L9:نحو 12 آلية عسكرية','QUANTITY',None,(12,True,'vehicles')),
 ('L9:آلية عسكرية','WEAPON','vehicles'), ('L9:بلدة جباتا الخشب','LOCATION','jubata-al-khashab'),
 ('L9:ريف القنيطرة الشمالي','LOCATION','quneitra-north-countryside'), ('L9:القوات الإسرائيلية','ACTOR',IL),
 ('L9:المنطقة العازلة','LOCATION','golan-buffer-zone'),
]
times = [
 ('L1:فجر اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L1:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L2:ليل الأربعاء - الخميس', WED, 'part-of-day', {'part': 'night'}),
 ('L3:صباح الثلاثاء', '2025-07-15', 'part-of-day', {'part': 'morning'}),
 ('L3:منتصف الشهر الجاري', '2025-07', 'month'),
 ('L4:ظهر أمس الأربعاء', WED, 'part-of-day', {'part': 'noon'}),
 ('L4:منذ الاثنين', '2025-07-14/2025-07-17', 'day'),
 ('L6:منذ الأحد', '2025-07-13/2025-07-17', 'day'),
 ('L8:مساء أمس', WED, 'part-of-day', {'part': 'evening'}),
 ('L9:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:منذ كانون الأول/ ديسمبر الماضي', '2024-12/2025-07', 'month'),
]
DAWN = 'L1:فجر اليوم الخميس'
WEDE = 'L1:مساء أمس الأربعاء'
SHARAA = 'أحمد الشرع'
KATZ = 'يسرائيل كاتس'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='WITHDRAWAL', trig='L1:الانسحاب', time=DAWN, actors=['SY_GOV'], loc='L1:مدينة السويداء'),                              # 1
 dict(type='AGREEMENT', trig='L1:اتفاق', time=WEDE, actors=['SY_GOV'], attr='وزارة الداخلية'),                                      # 2
 dict(type='STATEMENT', trig='L1:أعلنته', time=WEDE, actors=['SY_GOV'], attr='وزارة الداخلية'),                                     # 3
 dict(type='ATTACK', trig='L1:مواجهات', actors=['SY_GOV', LG], loc='L1:مدينة السويداء'),                                             # 4
 dict(type='ATTACK', trig='L1:ضربات', actors=[IL], loc='L1:دمشق'),                                                                 # 5
 dict(type='STATEMENT', trig='L2:قال', time='L2:ليل الأربعاء - الخميس', actors=['SY_GOV'], attr=SHARAA),                            # 6
 dict(type='MOVEMENT', trig='L2:حفظ الأمن', mod='planned', actors=[LG], loc='L2:السويداء', attr=SHARAA),                             # 7
 dict(type='MOVEMENT', trig='L3:دخلت', time='L3:صباح الثلاثاء', actors=['SY_GOV'], loc='L3:المدينة'),                               # 8
 dict(type='ATTACK', trig='L3:اشتباكات', actors=[LG, TRIBES], loc='L3:حي المقوس'),                                                  # 9
 dict(type='ARREST', trig='L3:خطف', time='L3:منتصف الشهر الجاري', loc='L3:طريق دمشق - السويداء'),                                   # 10
 dict(type='ATTACK', trig='L4:غارات', time='L4:ظهر أمس الأربعاء', actors=[IL], targets=['SY_GOV'], loc='L4:مبنى هيئة الأركان العامة'),  # 11
 dict(type='ATTACK', trig='L4:ضربات', time='L4:منذ الاثنين', actors=[IL], targets=['SY_GOV'], loc='L4:ريف السويداء الغربي'),          # 12
 dict(type='STATEMENT', trig='L5:قال', actors=[IL], attr=KATZ),                                                                   # 13
 dict(type='ATTACK', trig='L5:الضربات', mod='planned', actors=[IL], loc='L5:دمشق', attr=KATZ),                                       # 14
 dict(type='ATTACK', trig='L5:استهداف', mod='planned', actors=[IL], targets=['SY_GOV'], attr=KATZ),                                 # 15
 dict(type='STATEMENT', trig='L5:أعلن', actors=[IL], attr='الجيش الإسرائيلي'),                                                      # 16
 dict(type='MOVEMENT', trig='L5:نقل', actors=[IL], loc='L5:هضبة الجولان', attr='الجيش الإسرائيلي'),                                  # 17
 dict(type='ATTACK', trig='L6:مقتل', time='L6:منذ الأحد', attr=SOHR,
      qty=['L6:أكثر من 350 شخصاً','L6:79 مقاتلاً','L6:189 عنصراً','L6:18#1']),                                                         # 18
 dict(type='ATTACK', trig='L6:أُعدموا', time='L6:منذ الأحد', actors=['SY_GOV'], attr=SOHR, qty=['L6:55 مدنياً']),                    # 19
 dict(type='ATTACK', trig='L7:انتهاكات', mod='denied', actors=['SY_GOV'], attr='وزارة الداخلية السورية'),                            # 20
 dict(type='ATTACK', trig='L7:عمليات القتل', actors=['UNKNOWN'], attr='مسؤول أمني سوري (المونيتور)'),                                 # 21
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:مساء أمس', actors=['US'], attr='ماركو روبيو'),                                     # 22
 dict(type='AGREEMENT', trig='L8:اتفقت', time='L8:مساء أمس', attr='ماركو روبيو'),                                                  # 23
 dict(type='STATEMENT', trig='L8:قال', actors=['US'], attr='توم باراك'),                                                          # 24
 dict(type='MOVEMENT', trig='L9:دخلت', time='L9:صباح اليوم', actors=[IL], loc='L9:بلدة جباتا الخشب', attr='مصادر محلية',
      weapons=['L9:آلية عسكرية'], qty=['L9:نحو 12 آلية عسكرية']),                                                                     # 25
 dict(type='ARREST', trig='L9:عمليات دهم', time='L9:صباح اليوم', actors=[IL], loc='L9:بلدة جباتا الخشب', attr='مصادر محلية'),        # 26
 dict(type='MOVEMENT', trig='L9:توغلات', time='L9:منذ كانون الأول/ ديسمبر الماضي', actors=[IL], loc='L9:المنطقة العازلة'),            # 27
]
OD = (D, 'day')
VAGUE = (None, 'vague')
DAWND = (D, 'part-of-day')
NOON = (WED, 'part-of-day')
SINCE_MON = ('2025-07-14/2025-07-17', 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة السويداء','suwayda'), as_of=DAWND, status='withdrawn', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة السويداء','suwayda'), as_of=VAGUE, status='present', line=1, events=[4]),
 dict(actor=LG, loc=('مدينة السويداء','suwayda'), as_of=VAGUE, status='present', line=1, events=[4]),
 dict(actor=LG, loc=('السويداء','suwayda'), as_of=(D + '/', 'vague'), status='planned', source=SHARAA, line=2, events=[7]),
 dict(actor='SY_GOV', loc=('المدينة','suwayda'), as_of=('2025-07-15', 'part-of-day'), status='arrived', line=3, events=[8]),
 dict(actor=LG, loc=('حي المقوس','suwayda-maqwas'), as_of=VAGUE, status='present', line=3, events=[9]),
 dict(actor=TRIBES, loc=('حي المقوس','suwayda-maqwas'), as_of=VAGUE, status='present', line=3, events=[9]),
 dict(actor='SY_GOV', loc=('مبنى هيئة الأركان العامة','general-staff-hq-damascus'), as_of=NOON, status='attacked', line=4, events=[11]),
 dict(actor='SY_GOV', loc=('مبنى هيئة الأركان العامة','general-staff-hq-damascus'), as_of=NOON, status='present', line=4, events=[11]),
 dict(actor='SY_GOV', assets='دبابات وآليات', loc=('ريف السويداء الغربي','suwayda-west-countryside'), as_of=SINCE_MON, status='attacked', line=4, events=[12]),
 dict(actor='SY_GOV', assets='دبابات وآليات', loc=('ريف السويداء الغربي','suwayda-west-countryside'), as_of=SINCE_MON, status='present', line=4, events=[12]),
 dict(actor=IL, assets='قوات إضافية', loc=('هضبة الجولان','golan'), as_of=OD, status='reinforced', source='الجيش الإسرائيلي', line=5, events=[17]),
 dict(actor=IL, strength=(12, True, 'vehicles'), assets='قوة مؤلفة من نحو 12 آلية عسكرية', loc=('بلدة جباتا الخشب','jubata-al-khashab'),
      as_of=DAWND, status='arrived', source='مصادر محلية', line=9, events=[25]),
 dict(actor=IL, loc=('المنطقة العازلة','golan-buffer-zone'), as_of=('2024-12/2025-07', 'month'), status='present', line=9, events=[27]),
]
build('almonitor-suwayda-withdrawal', None, 'المونيتور', D, L, ents, times, events, forces)
