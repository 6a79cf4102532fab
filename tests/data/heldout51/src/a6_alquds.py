from build import build
L = [
'غارات إسرائيلية على «عشرات الأهداف» الإيرانية والسورية في محيط دمشق.. و23 قتيلاً بينهم 16 أجنبياً',
'دمشق – «القدس العربي»:',
'شنّ الطيران الحربي الإسرائيلي، فجر أمس الأربعاء، موجة غارات واسعة على مواقع لـ«فيلق القدس» الإيراني وقوات النظام السوري في محيط العاصمة دمشق وريفها الجنوبي الغربي، رداً على إطلاق أربعة صواريخ من الأراضي السورية باتجاه الجولان المحتل مساء الثلاثاء.',
'وقال جيش الاحتلال في بيان إنه استهدف نحو 20 هدفاً، بينها بطاريات صواريخ أرض – جو ومستودعات أسلحة ومقر قيادة إيراني داخل مطار دمشق الدولي يُعرف بـ«البيت الزجاجي»، إضافة إلى مواقع لقوات النظام في الكسوة وقطنا، مؤكداً أن منظومة «القبة الحديدية» اعترضت الصواريخ الأربعة.',
'في المقابل، نقلت وكالة «سانا» عن مصدر عسكري قوله إن الدفاعات الجوية السورية «تصدت للعدوان» وأسقطت معظم الصواريخ المعادية قبل وصولها إلى أهدافها، وإن شظايا أحد الصواريخ سقطت على منزل في بلدة سعسع ما أدى إلى مقتل مدنيين اثنين.',
'أما «المرصد السوري لحقوق الإنسان» فأفاد بأن الغارات أسفرت عن مقتل 23 شخصاً على الأقل، بينهم 16 من غير السوريين يُرجّح أن معظمهم من عناصر «الحرس الثوري» الإيراني، إضافة إلى عسكريين من قوات النظام.',
'وقال وزير الدفاع الإسرائيلي نفتالي بينيت إن «قواعد اللعبة تغيرت»، محذراً من أن إسرائيل «ستواصل ضرب» أي وجود إيراني في سوريا «أينما كان».',
'ونفى مسؤول في «الحرس الثوري»، في تصريح لوكالة «تسنيم»، أن تكون قوات إيرانية قد أطلقت الصواريخ باتجاه الجولان، واصفاً الرواية الإسرائيلية بأنها «ذريعة للعدوان».',
'ودانت وزارة الخارجية الروسية «الضربات الإسرائيلية»، معتبرة أنها «خطوة خاطئة» تنتهك سيادة سوريا، وداعية إلى تجنب التصعيد في المنطقة.',
'ميدانياً، قالت مصادر محلية في ريف القنيطرة لـ«القدس العربي» إن قوات النظام دفعت، مساء أمس، بتعزيزات تضم نحو 25 آلية عسكرية إلى محيط بلدة خان أرنبة، فيما أخلت الميليشيات المدعومة من إيران مقرين لها في بلدة جباتا الخشب خشية استهدافهما.',
'وتُعد هذه الغارات الأوسع منذ أيار/ مايو 2018، حين قصفت إسرائيل عشرات المواقع الإيرانية في سوريا رداً على صواريخ أُطلقت على الجولان.',
]
D = '2019-11-21'   # Thursday; London daily, print edition dated the day after the news (فجر أمس الأربعاء = 20 November)
WED = '2019-11-20'
TUE = '2019-11-19'
ISR = 'OTHER:israel'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:عشرات الأهداف','QUANTITY',None,([24,99],True,'other')), ('L0:محيط دمشق','LOCATION','damascus'),
 ('L0:23 قتيلاً','QUANTITY',None,(23,False,'killed')), ('L0:16 أجنبياً','QUANTITY',None,(16,False,'killed')),
 ('L1:دمشق','LOCATION','damascus'), ('L1:القدس العربي','ORG','alquds-alarabi'),
 ('L2:الطيران الحربي الإسرائيلي','ACTOR',ISR), ('L2:فيلق القدس','ACTOR','IR'), ('L2:قوات النظام السوري','ACTOR','SY_GOV'),
 ('L2:محيط العاصمة دمشق','LOCATION','damascus'), ('L2:ريفها الجنوبي الغربي','LOCATION','damascus-southwest-countryside'),
 ('L2:أربعة صواريخ','QUANTITY',None,(4,False,'missiles')), ('L2:صواريخ','WEAPON','rockets'), ('L2:الأراضي السورية','LOCATION','syria'),
 ('L2:الجولان المحتل','LOCATION','golan-heights'),
 ('L3:جيش الاحتلال','ACTOR',ISR), ('L3:نحو 20 هدفاً','QUANTITY',None,(20,True,'other')),
 ('L3:بطاريات صواريخ أرض – جو','WEAPON','surface-to-air-missile-batteries'), ('L3:مستودعات أسلحة','LOCATION','weapons-depots'),
 ('L3:مقر قيادة إيراني','LOCATION','iranian-hq-damascus-airport'), ('L3:مطار دمشق الدولي','LOCATION','damascus-airport'),
 ('L3:البيت الزجاجي','LOCATION','glass-house'), ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:الكسوة','LOCATION','kisweh'),
 ('L3:قطنا','LOCATION','qatana'), ('L3:منظومة «القبة الحديدية»','WEAPON','iron-dome'),
 ('L3:الصواريخ الأربعة','QUANTITY',None,(4,False,'missiles')),
 ('L4:سانا','ORG','sana'), ('L4:الدفاعات الجوية السورية','ACTOR','SY_GOV'), ('L4:الصواريخ المعادية','WEAPON','missiles'),
 ('L4:بلدة سعسع','LOCATION','saasaa'), ('L4:مدنيين اثنين','QUANTITY',None,(2,False,'killed')),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:23 شخصاً على الأقل','QUANTITY',None,(23,True,'killed')),
 ('L5:16','QUANTITY',None,(16,False,'killed')), ('L5:الحرس الثوري','ACTOR','IR'), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L6:نفتالي بينيت','PERSON','naftali-bennett'), ('L6:إسرائيل#1','ACTOR',ISR), ('L6:سوريا','LOCATION','syria'),
 ('L7:الحرس الثوري','ACTOR','IR'), ('L7:تسنيم','ORG','tasnim'), ('L7:قوات إيرانية','ACTOR','IR'), ('L7:الصواريخ','WEAPON','rockets'),
 ('L7:الجولان','LOCATION','golan-heights'),
 ('L8:وزارة الخارجية الروسية','ACTOR','RU'), ('L8:سوريا','LOCATION','syria'), ('L8:المنطقة','LOCATION','middle-east'),
 ('L9:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L9:القدس العربي','ORG','alquds-alarabi'), ('L9:قوات النظام','ACTOR','SY_GOV'),
 ('L9:نحو 25 آلية عسكرية','QUANTITY',None,(25,True,'vehicles')), ('L9:آلية عسكرية','WEAPON','vehicles'),
 ('L9:محيط بلدة خان أرنبة','LOCATION','khan-arnabah'), ('L9:الميليشيات المدعومة من إيران','ACTOR',IBM),
 ('L9:مقرين','QUANTITY',None,(2,False,'other')), ('L9:بلدة جباتا الخشب','LOCATION','jubata-al-khashab'),
 ('L10:إسرائيل','ACTOR',ISR), ('L10:عشرات المواقع الإيرانية','QUANTITY',None,([24,99],True,'other')), ('L10:سوريا','LOCATION','syria'),
 ('L10:صواريخ','WEAPON','rockets'), ('L10:الجولان','LOCATION','golan-heights'),
]
times = [
 ('L2:فجر أمس الأربعاء', WED, 'part-of-day', {'part': 'morning'}),
 ('L2:مساء الثلاثاء', TUE, 'part-of-day', {'part': 'evening'}),
 ('L9:مساء أمس', WED, 'part-of-day', {'part': 'evening'}),
 ('L10:منذ أيار/ مايو 2018', '2018-05/2019-11', 'month'),
]
F = 'L2:فجر أمس الأربعاء'
TN = 'L2:مساء الثلاثاء'
IDF = 'جيش الاحتلال'
MS = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
NB = 'نفتالي بينيت'
IRG = 'مسؤول في الحرس الثوري (تسنيم)'
LOC = 'مصادر محلية في ريف القنيطرة'
events = [
 dict(type='ATTACK', trig='L2:غارات', time=F, actors=[ISR], targets=['IR', 'SY_GOV'], loc='L2:محيط العاصمة دمشق'),                 # 1
 dict(type='ATTACK', trig='L2:إطلاق', time=TN, targets=[ISR], loc='L2:الجولان المحتل', weapons=['L2:صواريخ'], qty=['L2:أربعة صواريخ']),  # 2
 dict(type='STATEMENT', trig='L3:قال', time=F, actors=[ISR], attr=IDF),                                                            # 3
 dict(type='ATTACK', trig='L3:استهدف', time=F, actors=[ISR], targets=['IR', 'SY_GOV'], loc='L3:مطار دمشق الدولي',
      qty=['L3:نحو 20 هدفاً'], attr=IDF),                                                                                          # 4
 dict(type='ATTACK', trig='L3:اعترضت', time=TN, actors=[ISR], weapons=['L3:منظومة «القبة الحديدية»'], qty=['L3:الصواريخ الأربعة'], attr=IDF),  # 5
 dict(type='ATTACK', trig='L4:تصدت', time=F, actors=['SY_GOV'], targets=[ISR], attr=MS),                                           # 6
 dict(type='ATTACK', trig='L4:للعدوان', time=F, actors=[ISR], targets=['SY_GOV'], attr=MS),                                         # 7
 dict(type='ATTACK', trig='L4:سقطت#1', time=F, loc='L4:بلدة سعسع', qty=['L4:مدنيين اثنين'], attr=MS),                                 # 8
 dict(type='ATTACK', trig='L5:الغارات', time=F, actors=[ISR], targets=['IR', 'SY_GOV'],
      qty=['L5:23 شخصاً على الأقل', 'L5:16'], attr=SOHR),                                                                         # 9
 dict(type='STATEMENT', trig='L6:قال', actors=[ISR], attr=NB),                                                                     # 10
 dict(type='ATTACK', trig='L6:ضرب', mod='planned', actors=[ISR], targets=['IR'], loc='L6:سوريا', attr=NB),                          # 11
 dict(type='ATTACK', trig='L7:أطلقت', mod='denied', time=TN, actors=['IR'], targets=[ISR], loc='L7:الجولان', weapons=['L7:الصواريخ'], attr=IRG),  # 12
 dict(type='ATTACK', trig='L7:للعدوان', time=F, actors=[ISR], attr=IRG),                                                            # 13
 dict(type='ATTACK', trig='L8:الضربات', time=F, actors=[ISR], attr='وزارة الخارجية الروسية'),                                       # 14
 dict(type='MOVEMENT', trig='L9:دفعت', time='L9:مساء أمس', actors=['SY_GOV'], loc='L9:محيط بلدة خان أرنبة',
      weapons=['L9:آلية عسكرية'], qty=['L9:نحو 25 آلية عسكرية'], attr=LOC),                                                        # 15
 dict(type='WITHDRAWAL', trig='L9:أخلت', time='L9:مساء أمس', actors=[IBM], loc='L9:بلدة جباتا الخشب', qty=['L9:مقرين'], attr=LOC),   # 16
 dict(type='ATTACK', trig='L9:استهدافهما', mod='expected', actors=[ISR], targets=[IBM], loc='L9:بلدة جباتا الخشب', attr=LOC),        # 17
 dict(type='ATTACK', trig='L10:الغارات', time=F, actors=[ISR]),                                                                     # 18
 dict(type='ATTACK', trig='L10:قصفت', time='L10:منذ أيار/ مايو 2018', actors=[ISR], targets=['IR'], loc='L10:سوريا',
      qty=['L10:عشرات المواقع الإيرانية']),                                                                                         # 19
 dict(type='ATTACK', trig='L10:أُطلقت', time='L10:منذ أيار/ مايو 2018', targets=[ISR], loc='L10:الجولان', weapons=['L10:صواريخ']),    # 20
]
FM = (WED, 'part-of-day')
forces = [
 dict(actor='IR', assets='مواقع لفيلق القدس', loc=('محيط العاصمة دمشق', 'damascus'), as_of=FM, status='attacked', line=2, events=[1]),
 dict(actor='IR', assets='مواقع لفيلق القدس', loc=('ريفها الجنوبي الغربي', 'damascus-southwest-countryside'), as_of=FM, status='attacked', line=2, events=[1]),
 dict(actor='SY_GOV', assets='مواقع لقوات النظام', loc=('محيط العاصمة دمشق', 'damascus'), as_of=FM, status='attacked', line=2, events=[1]),
 dict(actor='SY_GOV', assets='مواقع لقوات النظام', loc=('ريفها الجنوبي الغربي', 'damascus-southwest-countryside'), as_of=FM, status='attacked', line=2, events=[1]),
 dict(actor=ISR, loc=('الجولان المحتل', 'golan-heights'), as_of=(TUE, 'part-of-day'), status='attacked', line=2, events=[2]),
 dict(actor='IR', assets='مقر قيادة (البيت الزجاجي)', loc=('مطار دمشق الدولي', 'damascus-airport'), as_of=FM, status='attacked', source=IDF, line=3, events=[4]),
 dict(actor='SY_GOV', assets='مواقع', loc=('الكسوة', 'kisweh'), as_of=FM, status='attacked', source=IDF, line=3, events=[4]),
 dict(actor='SY_GOV', assets='مواقع', loc=('قطنا', 'qatana'), as_of=FM, status='attacked', source=IDF, line=3, events=[4]),
 dict(actor='SY_GOV', strength=(25, True, 'vehicles'), loc=('محيط بلدة خان أرنبة', 'khan-arnabah'), as_of=(WED, 'part-of-day'), status='reinforced', source=LOC, line=9, events=[15]),
 dict(actor=IBM, assets='مقرين', loc=('بلدة جباتا الخشب', 'jubata-al-khashab'), as_of=(WED, 'part-of-day'), status='withdrawn', source=LOC, line=9, events=[16]),
 dict(actor='IR', assets='عشرات المواقع الإيرانية', loc=('سوريا', 'syria'), as_of=('2018-05', 'month'), status='attacked', line=10, events=[19]),
]
build('alquds-damascus-quds-force-strikes', None, 'القدس العربي', D, L, ents, times, events, forces)
