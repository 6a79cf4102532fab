from build import build
L = [
'"إدارة العمليات العسكرية" تدخل دير الزور بعد انسحاب "قسد" منها',
'دير الزور ــ العربي الجديد',
'دخلت قوات تابعة لـ"إدارة العمليات العسكرية"، صباح اليوم الأربعاء، مدينة دير الزور شرقي سورية، بعد انسحاب "قوات سوريا الديمقراطية" (قسد) منها باتجاه الضفة الشرقية لنهر الفرات، وذلك بعد خمسة أيام من سيطرة الأخيرة على المدينة.',
'وقال مصدر محلي لـ"العربي الجديد" إن أرتالاً من "هيئة تحرير الشام" تضم نحو 80 آلية دخلت المدينة عبر طريق تدمر، وانتشرت في أحياء الجورة والقصور وهرابش، ثم سيطرت على مطار دير الزور العسكري من دون قتال.',
'وبحسب المصدر، انسحبت "قسد" ليل الثلاثاء - الأربعاء من مواقعها في المدينة ومن مدن البوكمال والميادين والعشارة، بعد مفاوضات جرت برعاية أميركية، أفضت إلى تسليم المؤسسات الحكومية ومستودعات الأسلحة إلى "إدارة العمليات".',
'في المقابل، نفى المتحدث باسم "مجلس دير الزور العسكري" التابع لـ"قسد"، في تصريح لـ"العربي الجديد"، وقوع أي اشتباكات مع "هيئة تحرير الشام"، مؤكداً أن الانسحاب "جاء لحقن الدماء"، وأن قواته ما زالت تسيطر على ريف دير الزور الشرقي شمال النهر.',
'وكانت "قسد" قد دخلت مدينة دير الزور، يوم الجمعة الماضي، بعد انسحاب قوات النظام والمليشيات الإيرانية منها باتجاه البادية وقاعدة "تي فور"، وسط احتجاجات شعبية رافضة لوجودها.',
'إلى ذلك، أعلنت القيادة المركزية الأميركية (سنتكوم) أنها نفذت، الأحد الماضي، أكثر من 75 غارة على معسكرات وقادة لتنظيم "داعش" في البادية السورية، مستخدمة قاذفات "بي 52" ومقاتلات "إف 15"، لمنع التنظيم من استغلال الفراغ الأمني.',
'وينتشر نحو 900 جندي أميركي في قواعد بريفي دير الزور والحسكة، أبرزها قاعدتا حقل العمر وكونيكو، فيما تحتفظ "قسد" بالسيطرة على معظم مناطق شرق الفرات.',
'ويأتي ذلك بعد أيام من سيطرة فصائل "فجر الحرية" المدعومة من تركيا على مدينة منبج، في حين تتحدث مصادر كردية عن حشود تركية قرب مدينة عين العرب (كوباني) تمهيداً لعملية عسكرية محتملة.',
]
D = '2024-12-11'   # Wednesday; web copy of its own day
MOC = 'OTHER:military-operations-command'
DMC = 'OTHER:deir-ez-zor-military-council'
IRM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:إدارة العمليات العسكرية','ACTOR',MOC), ('L0:دير الزور','LOCATION','deir-ez-zor'), ('L0:قسد','ACTOR','SDF'),
 ('L1:دير الزور','LOCATION','deir-ez-zor'), ('L1:العربي الجديد','ORG','alaraby-aljadeed'),
 ('L2:إدارة العمليات العسكرية','ACTOR',MOC), ('L2:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L2:سورية','LOCATION','syria'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:نهر الفرات','LOCATION','euphrates'),
 ('L2:خمسة أيام','QUANTITY',None,(5,False,'other')), ('L2:المدينة','LOCATION','deir-ez-zor'),
 ('L3:العربي الجديد','ORG','alaraby-aljadeed'), ('L3:هيئة تحرير الشام','ACTOR','NUSRA'), ('L3:نحو 80 آلية','QUANTITY',None,(80,True,'vehicles')),
 ('L3:آلية','WEAPON','military-vehicles'), ('L3:المدينة','LOCATION','deir-ez-zor'), ('L3:تدمر','LOCATION','palmyra'),
 ('L3:أحياء الجورة','LOCATION','al-jourah'), ('L3:القصور','LOCATION','al-qusour'), ('L3:هرابش','LOCATION','harabesh'),
 ('L3:مطار دير الزور العسكري','LOCATION','deir-ez-zor-airport'),
 ('L4:قسد','ACTOR','SDF'), ('L4:المدينة','LOCATION','deir-ez-zor'), ('L4:مدن البوكمال','LOCATION','albu-kamal'), ('L4:الميادين','LOCATION','al-mayadin'),
 ('L4:العشارة','LOCATION','al-asharah'), ('L4:مستودعات الأسلحة','LOCATION','deir-ez-zor-arms-depots'), ('L4:إدارة العمليات','ACTOR',MOC),
 ('L5:مجلس دير الزور العسكري','ACTOR',DMC), ('L5:قسد','ACTOR','SDF'), ('L5:العربي الجديد','ORG','alaraby-aljadeed'), ('L5:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L5:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L5:النهر','LOCATION','euphrates'),
 ('L6:قسد','ACTOR','SDF'), ('L6:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:المليشيات الإيرانية','ACTOR',IRM),
 ('L6:البادية','LOCATION','syrian-badia'), ('L6:قاعدة "تي فور"','LOCATION','t4-airbase'),
 ('L7:القيادة المركزية الأميركية','ACTOR','US'), ('L7:سنتكوم','ACTOR','US'), ('L7:أكثر من 75 غارة','QUANTITY',None,(75,True,'other')),
 ('L7:تنظيم "داعش"','ACTOR','ISIS'), ('L7:البادية السورية','LOCATION','syrian-badia'), ('L7:قاذفات "بي 52"','WEAPON','b-52'),
 ('L7:مقاتلات "إف 15"','WEAPON','f-15'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L8:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L8:جندي أميركي','ACTOR','US'), ('L8:ريفي دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L8:الحسكة','LOCATION','hasakah-countryside'), ('L8:قاعدتا حقل العمر','LOCATION','al-omar-oil-field'), ('L8:كونيكو','LOCATION','conoco-gas-field'),
 ('L8:قسد','ACTOR','SDF'), ('L8:مناطق شرق الفرات','LOCATION','east-of-euphrates'),
 ('L9:فصائل "فجر الحرية"','ACTOR','FSA'), ('L9:مدينة منبج','LOCATION','manbij'), ('L9:مدينة عين العرب','LOCATION','kobani'), ('L9:كوباني','LOCATION','kobani'),
]
times = [
 ('L2:صباح اليوم الأربعاء', D, 'part-of-day', {'part': 'morning'}),
 ('L4:ليل الثلاثاء - الأربعاء', '2024-12-10', 'part-of-day', {'part': 'night'}),
 ('L6:يوم الجمعة الماضي', '2024-12-06', 'day'),
 ('L7:الأحد الماضي', '2024-12-08', 'day'),
]
T = 'L2:صباح اليوم الأربعاء'
N = 'L4:ليل الثلاثاء - الأربعاء'
F = 'L6:يوم الجمعة الماضي'
SRC = 'مصدر محلي (العربي الجديد)'
DMS = 'المتحدث باسم مجلس دير الزور العسكري'
CC = 'القيادة المركزية الأميركية (سنتكوم)'
KRD = 'مصادر كردية'
events = [
 dict(type='MOVEMENT', trig='L2:دخلت', time=T, actors=[MOC], loc='L2:مدينة دير الزور'),                                                # 1
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time=N, actors=['SDF'], loc='L2:مدينة دير الزور'),                                         # 2
 dict(type='CONTROL', trig='L2:سيطرة', time=F, actors=['SDF'], loc='L2:المدينة'),                                                      # 3
 dict(type='MOVEMENT', trig='L3:دخلت', time=T, actors=['NUSRA'], loc='L3:المدينة', weapons=['L3:آلية'], qty=['L3:نحو 80 آلية'], attr=SRC),  # 4
 dict(type='MOVEMENT', trig='L3:انتشرت', time=T, actors=['NUSRA'], loc='L3:أحياء الجورة', attr=SRC),                                  # 5
 dict(type='CONTROL', trig='L3:سيطرت', time=T, actors=['NUSRA'], loc='L3:مطار دير الزور العسكري', attr=SRC),                          # 6
 dict(type='WITHDRAWAL', trig='L4:انسحبت', time=N, actors=['SDF'], loc='L4:المدينة', attr=SRC),                                       # 7
 dict(type='AGREEMENT', trig='L4:مفاوضات', actors=['SDF', MOC, 'US'], attr=SRC),                                                      # 8
 dict(type='CONTROL', trig='L4:تسليم', time=N, actors=[MOC], targets=['SDF'], loc='L4:مستودعات الأسلحة', attr=SRC),                   # 9
 dict(type='ATTACK', trig='L5:اشتباكات', mod='denied', actors=[DMC, 'NUSRA'], attr=DMS),                                              # 10
 dict(type='WITHDRAWAL', trig='L5:الانسحاب', time=N, actors=[DMC], attr=DMS),                                                          # 11
 dict(type='CONTROL', trig='L5:تسيطر', actors=[DMC], loc='L5:ريف دير الزور الشرقي', attr=DMS),                                        # 12
 dict(type='MOVEMENT', trig='L6:دخلت', time=F, actors=['SDF'], loc='L6:مدينة دير الزور'),                                             # 13
 dict(type='WITHDRAWAL', trig='L6:انسحاب', time=F, actors=['SY_GOV', IRM], loc='L6:مدينة دير الزور'),                                # 14
 dict(type='STATEMENT', trig='L7:أعلنت', actors=['US'], attr=CC),                                                                     # 15
 dict(type='ATTACK', trig='L7:غارة', time='L7:الأحد الماضي', actors=['US'], targets=['ISIS'], loc='L7:البادية السورية',
      weapons=['L7:قاذفات "بي 52"', 'L7:مقاتلات "إف 15"'], qty=['L7:أكثر من 75 غارة'], attr=CC),                                       # 16
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['US'], loc='L8:ريفي دير الزور', qty=['L8:نحو 900 جندي']),                            # 17
 dict(type='CONTROL', trig='L8:السيطرة', actors=['SDF'], loc='L8:مناطق شرق الفرات'),                                                 # 18
 dict(type='CONTROL', trig='L9:سيطرة', actors=['FSA'], targets=['SDF'], loc='L9:مدينة منبج'),                                         # 19
 dict(type='MOVEMENT', trig='L9:حشود', actors=['TR'], loc='L9:مدينة عين العرب', attr=KRD),                                           # 20
 dict(type='OPERATION', trig='L9:لعملية عسكرية', mod='expected', actors=['TR'], loc='L9:مدينة عين العرب', attr=KRD),                 # 21
]
MO = (D, 'part-of-day')
NI = ('2024-12-10', 'part-of-day')
FR = ('2024-12-06', 'day')
TD = (D, 'day')
forces = [
 dict(actor=MOC, loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=MO, status='arrived', line=2, events=[1]),
 dict(actor='SDF', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=NI, status='withdrawn', line=2, events=[2]),
 dict(actor='SDF', loc=('المدينة', 'deir-ez-zor'), as_of=FR, status='controls', line=2, events=[3]),
 dict(actor='NUSRA', strength=(80, True, 'vehicles'), loc=('المدينة', 'deir-ez-zor'), as_of=MO, status='arrived', source=SRC, line=3, events=[4]),
 dict(actor='NUSRA', loc=('أحياء الجورة', 'al-jourah'), as_of=TD, status='present', source=SRC, line=3, events=[5]),
 dict(actor='NUSRA', loc=('القصور', 'al-qusour'), as_of=TD, status='present', source=SRC, line=3, events=[5]),
 dict(actor='NUSRA', loc=('هرابش', 'harabesh'), as_of=TD, status='present', source=SRC, line=3, events=[5]),
 dict(actor='NUSRA', loc=('مطار دير الزور العسكري', 'deir-ez-zor-airport'), as_of=TD, status='controls', source=SRC, line=3, events=[6]),
 dict(actor='SDF', loc=('المدينة', 'deir-ez-zor'), as_of=NI, status='withdrawn', source=SRC, line=4, events=[7]),
 dict(actor='SDF', loc=('مدن البوكمال', 'albu-kamal'), as_of=NI, status='withdrawn', source=SRC, line=4, events=[7]),
 dict(actor='SDF', loc=('الميادين', 'al-mayadin'), as_of=NI, status='withdrawn', source=SRC, line=4, events=[7]),
 dict(actor='SDF', loc=('العشارة', 'al-asharah'), as_of=NI, status='withdrawn', source=SRC, line=4, events=[7]),
 dict(actor=MOC, loc=('مستودعات الأسلحة', 'deir-ez-zor-arms-depots'), as_of=NI, status='controls', source=SRC, line=4, events=[9]),
 dict(actor=DMC, loc=('ريف دير الزور الشرقي', 'deir-ez-zor-east-countryside'), as_of=TD, status='controls', source=DMS, line=5, events=[12]),
 dict(actor='SDF', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=FR, status='arrived', line=6, events=[13]),
 dict(actor='SY_GOV', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=FR, status='withdrawn', line=6, events=[14]),
 dict(actor=IRM, loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=FR, status='withdrawn', line=6, events=[14]),
 dict(actor='ISIS', assets='معسكرات وقادة', loc=('البادية السورية', 'syrian-badia'), as_of=('2024-12-08', 'day'), status='attacked', source=CC, line=7, events=[16]),
 dict(actor='US', strength=(900, True, 'troops'), assets='قواعد', loc=('ريفي دير الزور', 'deir-ez-zor-countryside'), as_of=TD, status='present', line=8, events=[17]),
 dict(actor='US', strength=(900, True, 'troops'), assets='قواعد', loc=('الحسكة', 'hasakah-countryside'), as_of=TD, status='present', line=8, events=[17]),
 dict(actor='US', loc=('قاعدتا حقل العمر', 'al-omar-oil-field'), as_of=TD, status='present', line=8, events=[17]),
 dict(actor='US', loc=('كونيكو', 'conoco-gas-field'), as_of=TD, status='present', line=8, events=[17]),
 dict(actor='SDF', loc=('مناطق شرق الفرات', 'east-of-euphrates'), as_of=TD, status='controls', line=8, events=[18]),
 dict(actor='FSA', loc=('مدينة منبج', 'manbij'), as_of=(None, 'vague'), status='controls', line=9, events=[19]),
 dict(actor='TR', loc=('مدينة عين العرب', 'kobani'), as_of=TD, status='reinforced', source=KRD, line=9, events=[20]),
]
build('alaraby-deir-ez-zor-handover', None, 'العربي الجديد', D, L, ents, times, events, forces)
