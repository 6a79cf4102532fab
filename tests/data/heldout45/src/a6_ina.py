from build import build
L = [
'الحشد الشعبي يحرر قضاء الحضر ويطهر المدينة الأثرية من عصابات داعش',
'نينوى - واع',
'أعلنت هيئة الحشد الشعبي، اليوم الأربعاء، تحرير قضاء الحضر جنوب غربي الموصل بالكامل، ضمن عمليات "محمد رسول الله الثانية" التي انطلقت فجر أمس الثلاثاء لتطهير المناطق الصحراوية الممتدة بين الموصل والحدود السورية.',
'وقال المتحدث باسم الهيئة أحمد الأسدي في مؤتمر صحفي بمدينة الحضر، إن "ألوية الحشد الشعبي وبمساندة طيران الجيش اقتحمت مركز القضاء فجر اليوم من أربعة محاور، وسيطرت على المجمع السكني والمستشفى ومديرية الشرطة".',
'وأضاف الأسدي أن "القطعات حررت أيضاً المدينة الأثرية بعد تفكيك عشرات العبوات الناسفة التي زرعها الإرهابيون في محيطها"، مؤكداً مقتل 73 من عناصر داعش بينهم قادة أجانب.',
'وأشار إلى أن عصابات داعش هاجمت القطعات المتقدمة بست عجلات مفخخة، تم تدميرها جميعاً بصواريخ موجهة قبل وصولها إلى أهدافها.',
'من جهتها، ذكرت خلية الإعلام الحربي في بيان أن قطعات الفرقة الخامسة عشرة في الجيش العراقي انتشرت في القرى الواقعة شمال القضاء، لتأمين الطريق الرابط بين الحضر وقضاء البعاج.',
'بدوره، أعلن قائد القوة الجوية الفريق الركن أنور حمه أمين أن طائرات "إف-16" العراقية نفذت أمس تسع ضربات على مقرات التنظيم ومخازن أسلحته في الحضر ومحيطها.',
'وأكدت وزارة الهجرة والمهجرين أن فرقها استقبلت نحو 400 عائلة نازحة من قرى الحضر خلال الساعات الـ24 الماضية، ونقلتها إلى مخيم حمام العليل جنوب الموصل.',
'وكان تنظيم داعش قد سيطر على الحضر، المدرجة على لائحة التراث العالمي لمنظمة اليونسكو، في حزيران 2014، وعمد في آذار 2015 إلى تدمير أجزاء من آثارها.',
'وتأتي عملية الحضر بالتزامن مع تقدم القوات الأمنية في الساحل الأيمن لمدينة الموصل، حيث تحاصر قطعات الشرطة الاتحادية والرد السريع مسلحي داعش في المدينة القديمة.',
]
D = '2017-04-26'   # Wednesday; agency copy of its own day
TUE = '2017-04-25'
PMF = 'OTHER:pmf'
ents = [
 ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:قضاء الحضر','LOCATION','hatra'), ('L0:المدينة الأثرية','LOCATION','hatra-ancient-city'),
 ('L0:داعش','ACTOR','ISIS'),
 ('L1:نينوى','LOCATION','nineveh'), ('L1:واع','ORG','ina'),
 ('L2:هيئة الحشد الشعبي','ACTOR',PMF), ('L2:قضاء الحضر','LOCATION','hatra'), ('L2:الموصل#0','LOCATION','mosul'),
 ('L2:المناطق الصحراوية','LOCATION','nineveh-desert'), ('L2:الموصل#1','LOCATION','mosul'), ('L2:الحدود السورية','LOCATION','iraq-syria-border'),
 ('L3:الهيئة','ACTOR',PMF), ('L3:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L3:مدينة الحضر','LOCATION','hatra'),
 ('L3:ألوية الحشد الشعبي','ACTOR',PMF), ('L3:طيران الجيش','ACTOR','IQ_GOV'), ('L3:مركز القضاء','LOCATION','hatra-centre'),
 ('L3:أربعة محاور','QUANTITY',None,(4,False,'other')), ('L3:المجمع السكني','LOCATION','hatra-residential-complex'),
 ('L3:المستشفى','LOCATION','hatra-hospital'), ('L3:مديرية الشرطة','LOCATION','hatra-police-directorate'),
 ('L4:الأسدي','PERSON','ahmed-al-asadi'), ('L4:القطعات','ACTOR',PMF), ('L4:المدينة الأثرية','LOCATION','hatra-ancient-city'),
 ('L4:عشرات العبوات الناسفة','QUANTITY',None,([24, 99],True,'other')), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L4:الإرهابيون','ACTOR','ISIS'), ('L4:73','QUANTITY',None,(73,False,'killed')), ('L4:داعش','ACTOR','ISIS'),
 ('L5:داعش','ACTOR','ISIS'), ('L5:القطعات','ACTOR',PMF), ('L5:ست عجلات مفخخة','QUANTITY',None,(6,False,'vehicles')),
 ('L5:عجلات مفخخة','WEAPON','car-bombs'), ('L5:صواريخ موجهة','WEAPON','guided-missiles'),
 ('L6:خلية الإعلام الحربي','ACTOR','IQ_GOV'), ('L6:الفرقة الخامسة عشرة','ACTOR','IQ_GOV'), ('L6:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L6:القرى الواقعة شمال القضاء','LOCATION','hatra-north-villages'), ('L6:الطريق','LOCATION','hatra-baaj-road'), ('L6:الحضر','LOCATION','hatra'),
 ('L6:قضاء البعاج','LOCATION','baaj'),
 ('L7:القوة الجوية','ACTOR','IQ_GOV'), ('L7:أنور حمه أمين','PERSON','anwar-hama-amin'), ('L7:طائرات "إف-16"','WEAPON','f-16'),
 ('L7:تسع ضربات','QUANTITY',None,(9,False,'other')), ('L7:التنظيم','ACTOR','ISIS'), ('L7:الحضر','LOCATION','hatra'),
 ('L8:وزارة الهجرة والمهجرين','ACTOR','IQ_GOV'), ('L8:نحو 400 عائلة','QUANTITY',None,(400,True,'other')), ('L8:قرى الحضر','LOCATION','hatra-villages'),
 ('L8:مخيم حمام العليل','LOCATION','hammam-al-alil-camp'), ('L8:الموصل','LOCATION','mosul'),
 ('L9:تنظيم داعش','ACTOR','ISIS'), ('L9:الحضر','LOCATION','hatra'), ('L9:منظمة اليونسكو','ORG','unesco'),
 ('L10:الحضر','LOCATION','hatra'), ('L10:القوات الأمنية','ACTOR','IQ_GOV'), ('L10:الساحل الأيمن','LOCATION','mosul-right-bank'),
 ('L10:مدينة الموصل','LOCATION','mosul'), ('L10:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L10:الرد السريع','ACTOR','IQ_GOV'),
 ('L10:داعش','ACTOR','ISIS'), ('L10:المدينة القديمة','LOCATION','mosul-old-city'),
]
times = [
 ('L2:اليوم الأربعاء', D, 'day'),
 ('L2:فجر أمس الثلاثاء', TUE, 'part-of-day', {'part': 'morning'}),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:أمس', TUE, 'day'),
 ('L8:خلال الساعات الـ24 الماضية', TUE + '/' + D, 'day'),
 ('L9:حزيران 2014', '2014-06', 'month'),
 ('L9:آذار 2015', '2015-03', 'month'),
]
T = 'L2:اليوم الأربعاء'
F = 'L3:فجر اليوم'
START = 'L2:فجر أمس الثلاثاء'
PMFS = 'هيئة الحشد الشعبي'
ASA = 'أحمد الأسدي'
WMC = 'خلية الإعلام الحربي'
AHA = 'أنور حمه أمين'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=[PMF], attr=PMFS),                                                      # 1
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=[PMF], targets=['ISIS'], loc='L2:قضاء الحضر', attr=PMFS),                   # 2
 dict(type='OPERATION', trig='L2:عمليات', time=START, actors=[PMF], targets=['ISIS'], loc='L2:المناطق الصحراوية', attr=PMFS),     # 3
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=[PMF], attr=ASA),                                                         # 4
 dict(type='ATTACK', trig='L3:مساندة', time=F, actors=['IQ_GOV'], targets=['ISIS'], attr=ASA),                                   # 5
 dict(type='ATTACK', trig='L3:اقتحمت', time=F, actors=[PMF], targets=['ISIS'], loc='L3:مركز القضاء', qty=['L3:أربعة محاور'], attr=ASA),  # 6
 dict(type='CONTROL', trig='L3:سيطرت', time=F, actors=[PMF], loc='L3:المجمع السكني', attr=ASA),                                 # 7
 dict(type='CONTROL', trig='L4:حررت', time=T, actors=[PMF], loc='L4:المدينة الأثرية', attr=ASA),                                 # 8
 dict(type='OPERATION', trig='L4:تفكيك', time=T, actors=[PMF], loc='L4:المدينة الأثرية', qty=['L4:عشرات العبوات الناسفة'], attr=ASA),  # 9
 dict(type='ATTACK', trig='L4:مقتل', time=T, actors=[PMF], targets=['ISIS'], qty=['L4:73'], attr=ASA),                           # 10
 dict(type='ATTACK', trig='L5:هاجمت', time=F, actors=['ISIS'], targets=[PMF], weapons=['L5:عجلات مفخخة'], qty=['L5:ست عجلات مفخخة'], attr=ASA),  # 11
 dict(type='ATTACK', trig='L5:تدمير', time=F, actors=[PMF], targets=['ISIS'], weapons=['L5:صواريخ موجهة'], attr=ASA),             # 12
 dict(type='STATEMENT', trig='L6:بيان', actors=['IQ_GOV'], attr=WMC),                                                           # 13
 dict(type='MOVEMENT', trig='L6:انتشرت', actors=['IQ_GOV'], loc='L6:القرى الواقعة شمال القضاء', attr=WMC),                       # 14
 dict(type='STATEMENT', trig='L7:أعلن', actors=['IQ_GOV'], attr=AHA),                                                           # 15
 dict(type='ATTACK', trig='L7:ضربات', time='L7:أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الحضر', weapons=['L7:طائرات "إف-16"'],
      qty=['L7:تسع ضربات'], attr=AHA),                                                                                         # 16
 dict(type='CONTROL', trig='L9:سيطر', time='L9:حزيران 2014', actors=['ISIS'], loc='L9:الحضر'),                                    # 17
 dict(type='ATTACK', trig='L9:تدمير', time='L9:آذار 2015', actors=['ISIS'], loc='L9:الحضر'),                                      # 18
 dict(type='OPERATION', trig='L10:عملية', time=START, actors=[PMF], targets=['ISIS'], loc='L10:الحضر'),                           # 19
 dict(type='MOVEMENT', trig='L10:تقدم', actors=['IQ_GOV'], loc='L10:الساحل الأيمن'),                                              # 20
 dict(type='OPERATION', trig='L10:تحاصر', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:المدينة القديمة'),                        # 21
]
TD = (D, 'day')
FD = (D, 'part-of-day')
forces = [
 dict(actor=PMF, loc=('قضاء الحضر', 'hatra'), as_of=TD, status='controls', source=PMFS, line=2, events=[2]),
 dict(actor=PMF, assets='ألوية', loc=('مركز القضاء', 'hatra-centre'), as_of=FD, status='present', source=ASA, line=3, events=[6]),
 dict(actor=PMF, loc=('المجمع السكني', 'hatra-residential-complex'), as_of=FD, status='controls', source=ASA, line=3, events=[7]),
 dict(actor=PMF, loc=('المستشفى', 'hatra-hospital'), as_of=FD, status='controls', source=ASA, line=3, events=[7]),
 dict(actor=PMF, loc=('مديرية الشرطة', 'hatra-police-directorate'), as_of=FD, status='controls', source=ASA, line=3, events=[7]),
 dict(actor=PMF, loc=('المدينة الأثرية', 'hatra-ancient-city'), as_of=TD, status='controls', source=ASA, line=4, events=[8]),
 dict(actor='IQ_GOV', assets='قطعات الفرقة الخامسة عشرة', loc=('القرى الواقعة شمال القضاء', 'hatra-north-villages'), as_of=TD,
      status='arrived', source=WMC, line=6, events=[14]),
 dict(actor='ISIS', assets='مقرات ومخازن أسلحة', loc=('الحضر', 'hatra'), as_of=(TUE, 'day'), status='attacked', source=AHA, line=7, events=[16]),
 dict(actor='ISIS', loc=('الحضر', 'hatra'), as_of=('2014-06', 'month'), status='controls', line=9, events=[17]),
 dict(actor='IQ_GOV', loc=('الساحل الأيمن', 'mosul-right-bank'), as_of=TD, status='present', line=10, events=[20]),
 dict(actor='IQ_GOV', assets='قطعات الشرطة الاتحادية والرد السريع', loc=('المدينة القديمة', 'mosul-old-city'), as_of=TD, status='present',
      line=10, events=[21]),
 dict(actor='ISIS', loc=('المدينة القديمة', 'mosul-old-city'), as_of=TD, status='present', line=10, events=[21]),
]
build('ina-hatra-liberation', None, 'وكالة الأنباء العراقية', D, L, ents, times, events, forces)
