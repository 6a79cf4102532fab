from build import build
L = [
'إيران تتوعد إسرائيل بعد مقتل القيادي في الحرس الثوري رضي موسوي بغارة قرب دمشق',
'أعلن الحرس الثوري الإيراني، اليوم الاثنين، مقتل أحد أبرز مستشاريه العسكريين في سوريا، العميد رضي موسوي، في غارة إسرائيلية استهدفت منزله في منطقة السيدة زينب جنوبي العاصمة السورية دمشق.',
'وقال الحرس في بيان نقلته وكالة الأنباء الإيرانية الرسمية (إرنا) إن موسوي قُتل "في هجوم صاروخي نفذه الكيان الصهيوني الغاصب"، مؤكداً أن هذا الكيان "سيدفع ثمن هذه الجريمة".',
'ووفق وسائل إعلام إيرانية، كان موسوي مسؤولاً عن تنسيق التحالف العسكري بين سوريا وإيران، ومن أقدم ضباط فيلق القدس في سوريا، ورافق قائده السابق قاسم سليماني الذي اغتيل بغارة أميركية قرب مطار بغداد في الثالث من يناير/كانون الثاني 2020.',
'من جهته، توعد الرئيس الإيراني إبراهيم رئيسي بأن إسرائيل "ستدفع بالتأكيد ثمن هذه الجريمة"، في حين حمّلت وزارة الخارجية الإيرانية الولايات المتحدة مسؤولية "دعم الاحتلال في جرائمه".',
'وأفاد المرصد السوري لحقوق الإنسان بأن ثلاثة صواريخ إسرائيلية أُطلقت من جهة الجولان السوري المحتل قرابة الساعة الخامسة مساءً، واستهدفت مزرعة كان موسوي يقيم فيها، ما أدى إلى مقتله مع مرافقَين اثنين.',
'ولم يعلّق الجيش الإسرائيلي على الغارة، وهو نادراً ما يعلّق على ضرباته في سوريا، لكنه شن منذ السابع من أكتوبر/تشرين الأول الماضي عشرات الغارات على أهداف يقول إنها مرتبطة بإيران و"حزب الله"، بينها مطارا دمشق وحلب الدوليان اللذان خرجا من الخدمة مرات عدة.',
'في غضون ذلك، أعلنت "المقاومة الإسلامية في العراق" استهداف قاعدة حرير الأميركية في أربيل بطائرة مسيّرة فجر اليوم، وهو هجوم قالت وزارة الدفاع الأميركية (البنتاغون) إنه أسفر عن إصابة ثلاثة جنود أميركيين، أحدهم في حالة حرجة.',
'وتقول واشنطن إن قواتها في العراق وسوريا تعرضت لأكثر من مئة هجوم منذ 17 أكتوبر/تشرين الأول، تبنت معظمها فصائل مسلحة مدعومة من إيران رداً على الدعم الأميركي لإسرائيل في حربها على غزة.',
'وتنشر الولايات المتحدة نحو 900 جندي في سوريا، يتمركز معظمهم في قواعد بمحافظتي الحسكة ودير الزور وفي قاعدة التنف، ونحو 2500 جندي في العراق، ضمن التحالف الدولي لمحاربة تنظيم الدولة الإسلامية.',
'ويقدّر مركز "جسور" للدراسات عدد المواقع العسكرية الإيرانية في سوريا بنحو 570 موقعاً، تتوزع بين دير الزور وحلب وريف دمشق وحمص.',
'وكان الحرس الثوري قد أعلن، مطلع الشهر الجاري، مقتل اثنين من عناصره في غارة إسرائيلية قرب دمشق، متوعداً بأن الهجوم "لن يمر دون رد".',
]
D = '2023-12-25'   # Monday; web copy of its own day
IL = 'OTHER:israel'
IRI = 'OTHER:islamic-resistance-iraq'
IBM = 'OTHER:iran-backed-militias'
IRGC = 'الحرس الثوري الإيراني'
SOHR = 'المرصد السوري لحقوق الإنسان'
PENT = 'وزارة الدفاع الأميركية (البنتاغون)'
SINCE10 = '2023-10-17/' + D
ents = [
 ('L0:إيران','ACTOR','IR'), ('L0:إسرائيل','ACTOR',IL), ('L0:الحرس الثوري','ACTOR','IR'), ('L0:رضي موسوي','PERSON','razi-mousavi'),
 ('L0:دمشق','LOCATION','damascus'),
 ('L1:الحرس الثوري الإيراني','ACTOR','IR'), ('L1:سوريا','LOCATION','syria'), ('L1:رضي موسوي','PERSON','razi-mousavi'),
 ('L1:منطقة السيدة زينب','LOCATION','sayyida-zaynab'), ('L1:العاصمة السورية دمشق','LOCATION','damascus'),
 ('L2:الحرس','ACTOR','IR'), ('L2:وكالة الأنباء الإيرانية الرسمية','ORG','irna'), ('L2:إرنا','ORG','irna'), ('L2:موسوي','PERSON','razi-mousavi'),
 ('L2:الكيان الصهيوني الغاصب','ACTOR',IL), ('L2:الكيان#1','ACTOR',IL),
 ('L3:موسوي','PERSON','razi-mousavi'), ('L3:سوريا#0','ACTOR','SY_GOV'), ('L3:إيران#1','ACTOR','IR'), ('L3:فيلق القدس','ACTOR','IR'),
 ('L3:سوريا#1','LOCATION','syria'), ('L3:قاسم سليماني','PERSON','qasem-soleimani'), ('L3:مطار بغداد','LOCATION','baghdad-airport'),
 ('L4:إبراهيم رئيسي','PERSON','ebrahim-raisi'), ('L4:إسرائيل','ACTOR',IL), ('L4:وزارة الخارجية الإيرانية','ACTOR','IR'),
 ('L4:الولايات المتحدة','ACTOR','US'), ('L4:الاحتلال','ACTOR',IL),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:ثلاثة صواريخ','QUANTITY',None,(3,False,'missiles')),
 ('L5:صواريخ إسرائيلية','WEAPON','missiles'), ('L5:الجولان السوري','LOCATION','golan'), ('L5:موسوي','PERSON','razi-mousavi'),
 ('L5:مرافقَين اثنين','QUANTITY',None,(2,False,'killed')),
 ('L6:الجيش الإسرائيلي','ACTOR',IL), ('L6:سوريا','LOCATION','syria'), ('L6:عشرات الغارات','QUANTITY',None,([24,99],True,'other')),
 ('L6:إيران','ACTOR','IR'), ('L6:حزب الله','ACTOR','HEZBOLLAH'), ('L6:مطارا دمشق','LOCATION','damascus-airport'), ('L6:حلب','LOCATION','aleppo-airport'),
 ('L7:المقاومة الإسلامية في العراق','ACTOR',IRI), ('L7:قاعدة حرير','LOCATION','harir-base'), ('L7:أربيل','LOCATION','erbil'),
 ('L7:طائرة مسيّرة','WEAPON','drones'), ('L7:وزارة الدفاع الأميركية','ACTOR','US'), ('L7:البنتاغون','ACTOR','US'),
 ('L7:ثلاثة جنود','QUANTITY',None,(3,False,'wounded')), ('L7:جنود أميركيين','ACTOR','US'),
 ('L8:واشنطن','ACTOR','US'), ('L8:العراق','LOCATION','iraq'), ('L8:سوريا','LOCATION','syria'), ('L8:أكثر من مئة هجوم','QUANTITY',None,(100,True,'other')),
 ('L8:فصائل مسلحة مدعومة من إيران','ACTOR',IBM), ('L8:إسرائيل','ACTOR',IL), ('L8:غزة','LOCATION','gaza'),
 ('L9:الولايات المتحدة','ACTOR','US'), ('L9:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L9:سوريا','LOCATION','syria'),
 ('L9:محافظتي الحسكة','LOCATION','hasakah-governorate'), ('L9:دير الزور','LOCATION','deir-ez-zor-governorate'), ('L9:قاعدة التنف','LOCATION','al-tanf'),
 ('L9:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')), ('L9:العراق','LOCATION','iraq'), ('L9:التحالف الدولي','ACTOR','COALITION'),
 ('L9:تنظيم الدولة الإسلامية','ACTOR','ISIS'),
 ('L10:مركز "جسور" للدراسات','ORG','jusoor'), ('L10:سوريا','LOCATION','syria'), ('L10:نحو 570 موقعاً','QUANTITY',None,(570,True,'other')),
 ('L10:دير الزور','LOCATION','deir-ez-zor'), ('L10:حلب','LOCATION','aleppo'), ('L10:ريف دمشق','LOCATION','damascus-countryside'), ('L10:حمص','LOCATION','homs'),
 ('L11:الحرس الثوري','ACTOR','IR'), ('L11:اثنين','QUANTITY',None,(2,False,'killed')), ('L11:دمشق','LOCATION','damascus'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L3:الثالث من يناير/كانون الثاني 2020', '2020-01-03', 'day'),
 ('L5:قرابة الساعة الخامسة مساءً', D, 'part-of-day', {'part': 'evening'}),
 ('L6:منذ السابع من أكتوبر/تشرين الأول الماضي', '2023-10-07/' + D, 'day'),
 ('L7:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:منذ 17 أكتوبر/تشرين الأول', SINCE10, 'day'),
 ('L11:مطلع الشهر الجاري', '2023-12', 'month'),
]
T = 'L1:اليوم الاثنين'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['IR'], attr=IRGC),                                                         # 1
 dict(type='ATTACK', trig='L1:غارة', time=T, actors=[IL], targets=['IR'], loc='L1:منطقة السيدة زينب', attr=IRGC),                    # 2
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=['IR'], attr=IRGC + ' (إرنا)'),                                               # 3
 dict(type='ATTACK', trig='L2:هجوم', time=T, actors=[IL], targets=['IR'], attr=IRGC),                                               # 4
 dict(type='ATTACK', trig='L2:سيدفع', mod='planned', actors=['IR'], targets=[IL], attr=IRGC),                                       # 5
 dict(type='ATTACK', trig='L3:اغتيل', time='L3:الثالث من يناير/كانون الثاني 2020', actors=['US'], targets=['IR'], loc='L3:مطار بغداد'),  # 6
 dict(type='ATTACK', trig='L4:ستدفع', mod='planned', actors=['IR'], targets=[IL], attr='إبراهيم رئيسي'),                            # 7
 dict(type='ATTACK', trig='L5:أُطلقت', time='L5:قرابة الساعة الخامسة مساءً', actors=[IL], targets=['IR'],
      weapons=['L5:صواريخ إسرائيلية'], qty=['L5:ثلاثة صواريخ'], attr=SOHR),                                                       # 8
 dict(type='ATTACK', trig='L5:استهدفت', time='L5:قرابة الساعة الخامسة مساءً', actors=[IL], targets=['IR'], qty=['L5:مرافقَين اثنين'],
      attr=SOHR),                                                                                                                # 9
 dict(type='ATTACK', trig='L6:الغارة#0', time=T, actors=[IL], targets=['IR']),                                                        # 10
 dict(type='ATTACK', trig='L6:الغارات', time='L6:منذ السابع من أكتوبر/تشرين الأول الماضي', actors=[IL], targets=['IR', 'HEZBOLLAH'],
      loc='L6:مطارا دمشق', qty=['L6:عشرات الغارات']),                                                                              # 11
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:فجر اليوم', actors=[IRI], attr='المقاومة الإسلامية في العراق'),                  # 12
 dict(type='ATTACK', trig='L7:استهداف', time='L7:فجر اليوم', actors=[IRI], targets=['US'], loc='L7:قاعدة حرير',
      weapons=['L7:طائرة مسيّرة'], attr='المقاومة الإسلامية في العراق'),                                                           # 13
 dict(type='ATTACK', trig='L7:هجوم', time='L7:فجر اليوم', actors=[IRI], targets=['US'], qty=['L7:ثلاثة جنود'], attr=PENT),          # 14
 dict(type='STATEMENT', trig='L7:قالت', actors=['US'], attr=PENT),                                                                 # 15
 dict(type='ATTACK', trig='L8:هجوم', time='L8:منذ 17 أكتوبر/تشرين الأول', actors=[IBM], targets=['US'], loc='L8:العراق',
      qty=['L8:أكثر من مئة هجوم'], attr='واشنطن'),                                                                                # 16
 dict(type='OPERATION', trig='L8:حربها', actors=[IL], loc='L8:غزة'),                                                               # 17
 dict(type='MOVEMENT', trig='L9:تنشر', actors=['US'], loc='L9:سوريا', qty=['L9:نحو 900 جندي']),                                     # 18
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=['US'], loc='L9:محافظتي الحسكة'),                                                   # 19
 dict(type='STATEMENT', trig='L11:أعلن', time='L11:مطلع الشهر الجاري', actors=['IR'], attr='الحرس الثوري'),                        # 20
 dict(type='ATTACK', trig='L11:غارة', time='L11:مطلع الشهر الجاري', actors=[IL], targets=['IR'], loc='L11:دمشق', qty=['L11:اثنين'],
      attr='الحرس الثوري'),                                                                                                      # 21
 dict(type='ATTACK', trig='L11:الهجوم', time='L11:مطلع الشهر الجاري', actors=[IL], targets=['IR'], attr='الحرس الثوري'),           # 22
 dict(type='ATTACK', trig='L11:رد', mod='planned', actors=['IR'], targets=[IL], attr='الحرس الثوري'),                               # 23
]
DD = (D, 'day')
DE = (D, 'part-of-day')
forces = [
 dict(actor='IR', assets='منزل رضي موسوي', loc=('منطقة السيدة زينب', 'sayyida-zaynab'), as_of=DD, status='attacked', source=IRGC, line=1, events=[2]),
 dict(actor='IR', loc=('منطقة السيدة زينب', 'sayyida-zaynab'), as_of=DD, status='present', source=IRGC, line=1, events=[2]),
 dict(actor=IL, loc=('الجولان السوري', 'golan'), as_of=DE, status='present', source=SOHR, line=5, events=[8]),
 dict(actor='IR', loc=('سوريا', 'syria'), as_of=('2023-10-07/' + D, 'day'), status='attacked', line=6, events=[11]),
 dict(actor='HEZBOLLAH', loc=('سوريا', 'syria'), as_of=('2023-10-07/' + D, 'day'), status='attacked', line=6, events=[11]),
 dict(actor='US', loc=('قاعدة حرير', 'harir-base'), as_of=DE, status='attacked', source='المقاومة الإسلامية في العراق', line=7, events=[13, 14]),
 dict(actor='US', loc=('قاعدة حرير', 'harir-base'), as_of=DE, status='present', line=7, events=[13]),
 dict(actor='US', loc=('العراق', 'iraq'), as_of=(SINCE10, 'day'), status='attacked', source='واشنطن', line=8, events=[16]),
 dict(actor='US', loc=('سوريا', 'syria'), as_of=(SINCE10, 'day'), status='attacked', source='واشنطن', line=8, events=[16]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('سوريا', 'syria'), as_of=DD, status='present', line=9, events=[18]),
 dict(actor='US', loc=('محافظتي الحسكة', 'hasakah-governorate'), as_of=DD, status='present', line=9, events=[19]),
 dict(actor='US', loc=('دير الزور', 'deir-ez-zor-governorate'), as_of=DD, status='present', line=9, events=[19]),
 dict(actor='US', loc=('قاعدة التنف', 'al-tanf'), as_of=DD, status='present', line=9, events=[19]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('العراق', 'iraq'), as_of=DD, status='present', line=9, events=[18]),
 dict(actor='IR', assets='نحو 570 موقعاً عسكرياً', loc=('سوريا', 'syria'), as_of=DD, status='present', source='مركز جسور للدراسات', line=10),
 dict(actor='IR', loc=('دير الزور', 'deir-ez-zor'), as_of=DD, status='present', source='مركز جسور للدراسات', line=10),
 dict(actor='IR', loc=('حلب', 'aleppo'), as_of=DD, status='present', source='مركز جسور للدراسات', line=10),
 dict(actor='IR', loc=('ريف دمشق', 'damascus-countryside'), as_of=DD, status='present', source='مركز جسور للدراسات', line=10),
 dict(actor='IR', loc=('حمص', 'homs'), as_of=DD, status='present', source='مركز جسور للدراسات', line=10),
 dict(actor='IR', loc=('دمشق', 'damascus'), as_of=('2023-12', 'month'), status='attacked', source='الحرس الثوري', line=11, events=[21]),
]
build('aljazeeranet-sayyida-zaynab-mousavi', None, 'الجزيرة نت', D, L, ents, times, events, forces)
