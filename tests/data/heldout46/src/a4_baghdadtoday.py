from build import build
L = [
'11 شهيداً من الحشد بهجوم لداعش جنوب تكريت.. والعمليات المشتركة تدفع بتعزيزات إلى المنطقة',
'بغداد اليوم - صلاح الدين',
'أعلنت هيئة الحشد الشعبي، اليوم الأحد (24 كانون الثاني 2021)، استشهاد 11 من مقاتليها وإصابة عشرة آخرين، بهجوم شنه عناصر تنظيم داعش على مواقع للحشد في منطقة البو دور جنوب تكريت، مساء أمس السبت.',
'وقال مصدر أمني لـ"بغداد اليوم"، إن "مجموعة من عناصر داعش يقدر عددها بنحو 15 مسلحاً نصبت كميناً لعجلتين تقلان مقاتلين من الحشد، مستخدمة أسلحة متوسطة وقذائف آر بي جي، قبل أن تنسحب باتجاه سلسلة جبال حمرين".',
'وأضاف المصدر أن "الاشتباكات استمرت قرابة ساعتين، وتمكن المقاتلون من قتل ثلاثة من المهاجمين، فيما انسحب البقية مستغلين الظلام والأراضي الزراعية المحاذية لنهر دجلة".',
'من جهتها، أعلنت قيادة العمليات المشتركة، في بيان اليوم، وصول تعزيزات من الجيش العراقي والحشد إلى منطقة البو دور، وانطلاق عملية تفتيش واسعة في المنطقة بإسناد من طيران الجيش.',
'وقال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول، إن "القطعات الأمنية ستلاحق بقايا الإرهابيين في أوكارهم"، مشيراً إلى أن طيران التحالف الدولي نفذ فجر اليوم غارتين على مخابئ للتنظيم في وادي الشاي جنوب كركوك.',
'ويأتي الهجوم بعد يومين من تفجيرين انتحاريين استهدفا سوقاً شعبية في ساحة الطيران وسط بغداد صباح الخميس الماضي، وأسفرا عن مقتل 32 شخصاً وإصابة أكثر من 110 آخرين، وتبناهما تنظيم داعش.',
'وعلى إثر ذلك، أصدر القائد العام للقوات المسلحة مصطفى الكاظمي أوامر بإعفاء عدد من القادة الأمنيين، بينهم وكيل وزارة الداخلية لشؤون الاستخبارات، وأمر بإطلاق عملية واسعة لملاحقة خلايا التنظيم في حزام بغداد وصلاح الدين.',
'وتنتشر ألوية الحشد الشعبي وقطعات الجيش في قواطع تمتد من جبال حمرين حتى أطراف سامراء، فيما يقدّر مسؤولون أمنيون عدد مسلحي داعش الناشطين في العراق بنحو 2000 إلى 2500 مسلح.',
]
D = '2021-01-24'   # Sunday; web copy of its own day
SAT = '2021-01-23'
PMF = 'OTHER:pmf'
ents = [
 ('L0:11 شهيداً','QUANTITY',None,(11,False,'killed')), ('L0:الحشد','ACTOR',PMF), ('L0:داعش','ACTOR','ISIS'), ('L0:تكريت','LOCATION','tikrit'),
 ('L0:العمليات المشتركة','ACTOR','IQ_GOV'), ('L0:المنطقة','LOCATION','albu-dour'),
 ('L1:بغداد اليوم','ORG','baghdad-today'), ('L1:صلاح الدين','LOCATION','salahuddin'),
 ('L2:هيئة الحشد الشعبي','ACTOR',PMF), ('L2:11','QUANTITY',None,(11,False,'killed')), ('L2:عشرة','QUANTITY',None,(10,False,'wounded')),
 ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:لحشد#1','ACTOR',PMF), ('L2:منطقة البو دور','LOCATION','albu-dour'), ('L2:تكريت','LOCATION','tikrit'),
 ('L3:بغداد اليوم','ORG','baghdad-today'), ('L3:داعش','ACTOR','ISIS'), ('L3:نحو 15 مسلحاً','QUANTITY',None,(15,True,'fighters')),
 ('L3:عجلتين','QUANTITY',None,(2,False,'vehicles')), ('L3:عجلتين#0','WEAPON','vehicles'), ('L3:الحشد','ACTOR',PMF),
 ('L3:أسلحة متوسطة','WEAPON','medium-weapons'), ('L3:قذائف آر بي جي','WEAPON','rpg'), ('L3:سلسلة جبال حمرين','LOCATION','hamrin-mountains'),
 ('L4:قرابة ساعتين','QUANTITY',None,(2,True,'other')), ('L4:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L4:الأراضي الزراعية','LOCATION','albu-dour-farmland'), ('L4:نهر دجلة','LOCATION','tigris'),
 ('L5:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L5:الجيش العراقي','ACTOR','IQ_GOV'), ('L5:الحشد','ACTOR',PMF),
 ('L5:منطقة البو دور','LOCATION','albu-dour'), ('L5:المنطقة','LOCATION','albu-dour'), ('L5:طيران الجيش','ACTOR','IQ_GOV'),
 ('L6:لقوات المسلحة','ACTOR','IQ_GOV'), ('L6:يحيى رسول','PERSON','yahya-rasool'), ('L6:القطعات الأمنية','ACTOR','IQ_GOV'),
 ('L6:الإرهابيين','ACTOR','ISIS'), ('L6:طيران التحالف الدولي','ACTOR','COALITION'), ('L6:غارتين','QUANTITY',None,(2,False,'other')),
 ('L6:لتنظيم','ACTOR','ISIS'), ('L6:وادي الشاي','LOCATION','wadi-al-shay'), ('L6:كركوك','LOCATION','kirkuk'),
 ('L7:تفجيرين انتحاريين','QUANTITY',None,(2,False,'other')), ('L7:سوقاً شعبية','LOCATION','tayaran-market'),
 ('L7:ساحة الطيران','LOCATION','tayaran-square'), ('L7:بغداد','LOCATION','baghdad'), ('L7:32 شخصاً','QUANTITY',None,(32,False,'killed')),
 ('L7:أكثر من 110','QUANTITY',None,(110,True,'wounded')), ('L7:تنظيم داعش','ACTOR','ISIS'),
 ('L8:لقوات المسلحة','ACTOR','IQ_GOV'), ('L8:مصطفى الكاظمي','PERSON','mustafa-al-kadhimi'), ('L8:وزارة الداخلية','ACTOR','IQ_GOV'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:حزام بغداد','LOCATION','baghdad-belt'), ('L8:صلاح الدين','LOCATION','salahuddin'),
 ('L9:ألوية الحشد الشعبي','ACTOR',PMF), ('L9:قطعات الجيش','ACTOR','IQ_GOV'), ('L9:جبال حمرين','LOCATION','hamrin-mountains'),
 ('L9:أطراف سامراء','LOCATION','samarra-outskirts'), ('L9:داعش','ACTOR','ISIS'), ('L9:العراق','LOCATION','iraq'),
 ('L9:نحو 2000 إلى 2500 مسلح','QUANTITY',None,([2000, 2500],True,'fighters')),
]
times = [
 ('L2:اليوم الأحد', D, 'day'),
 ('L2:24 كانون الثاني 2021', D, 'day'),
 ('L2:مساء أمس السبت', SAT, 'part-of-day', {'part': 'evening'}),
 ('L5:اليوم', D, 'day'),
 ('L6:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:صباح الخميس الماضي', '2021-01-21', 'part-of-day', {'part': 'morning'}),
]
T = 'L2:مساء أمس السبت'
SRC = 'مصدر أمني (بغداد اليوم)'
JOC = 'قيادة العمليات المشتركة'
YR = 'يحيى رسول'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:اليوم الأحد', actors=[PMF], attr='هيئة الحشد الشعبي'),                          # 1
 dict(type='ATTACK', trig='L2:بهجوم', time=T, actors=['ISIS'], targets=[PMF], loc='L2:منطقة البو دور',
      qty=['L2:11', 'L2:عشرة'], attr='هيئة الحشد الشعبي'),                                                                       # 2
 dict(type='ATTACK', trig='L3:كميناً', time=T, actors=['ISIS'], targets=[PMF], weapons=['L3:أسلحة متوسطة', 'L3:قذائف آر بي جي'],
      qty=['L3:نحو 15 مسلحاً'], attr=SRC),                                                                                         # 3
 dict(type='WITHDRAWAL', trig='L3:تنسحب', time=T, actors=['ISIS'], attr=SRC),                                                     # 4
 dict(type='ATTACK', trig='L4:الاشتباكات', time=T, actors=[PMF, 'ISIS'], qty=['L4:قرابة ساعتين'], attr=SRC),                       # 5
 dict(type='ATTACK', trig='L4:قتل', time=T, actors=[PMF], targets=['ISIS'], qty=['L4:ثلاثة'], attr=SRC),                           # 6
 dict(type='WITHDRAWAL', trig='L4:انسحب', time=T, actors=['ISIS'], attr=SRC),                                                     # 7
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:اليوم', actors=['IQ_GOV'], attr=JOC),                                           # 8
 dict(type='MOVEMENT', trig='L5:وصول', time='L5:اليوم', actors=['IQ_GOV', PMF], loc='L5:منطقة البو دور', attr=JOC),                 # 9
 dict(type='OPERATION', trig='L5:عملية تفتيش', time='L5:اليوم', actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L5:المنطقة', attr=JOC),  # 10
 dict(type='ATTACK', trig='L5:بإسناد', time='L5:اليوم', actors=['IQ_GOV'], loc='L5:المنطقة', attr=JOC),                            # 11
 dict(type='STATEMENT', trig='L6:قال', actors=['IQ_GOV'], attr=YR),                                                               # 12
 dict(type='OPERATION', trig='L6:ستلاحق', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], attr=YR),                           # 13
 dict(type='ATTACK', trig='L6:غارتين', time='L6:فجر اليوم', actors=['COALITION'], targets=['ISIS'], loc='L6:وادي الشاي',
      qty=['L6:غارتين'], attr=YR),                                                                                                 # 14
 dict(type='ATTACK', trig='L7:الهجوم', time=T, actors=['ISIS'], targets=[PMF]),                                                   # 15
 dict(type='ATTACK', trig='L7:تفجيرين', time='L7:صباح الخميس الماضي', actors=['ISIS'], loc='L7:ساحة الطيران',
      qty=['L7:تفجيرين انتحاريين', 'L7:32 شخصاً', 'L7:أكثر من 110']),                                                              # 16
 dict(type='OPERATION', trig='L8:عملية', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:حزام بغداد'),               # 17
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=[PMF, 'IQ_GOV'], loc='L9:جبال حمرين'),                                            # 18
]
EV = (SAT, 'part-of-day')
TD = (D, 'day')
HS = ('جبال حمرين، أطراف سامراء', 'hamrin-mountains')
forces = [
 dict(actor=PMF, assets='مواقع', loc=('منطقة البو دور', 'albu-dour'), as_of=EV, status='attacked', source='هيئة الحشد الشعبي', line=2, events=[2]),
 dict(actor=PMF, loc=('منطقة البو دور', 'albu-dour'), as_of=EV, status='present', source='هيئة الحشد الشعبي', line=2, events=[2]),
 dict(actor='ISIS', loc=('منطقة البو دور', 'albu-dour'), as_of=EV, status='present', source='هيئة الحشد الشعبي', line=2, events=[2]),
 dict(actor='IQ_GOV', assets='تعزيزات', loc=('منطقة البو دور', 'albu-dour'), as_of=TD, status='reinforced', source=JOC, line=5, events=[9]),
 dict(actor=PMF, assets='تعزيزات', loc=('منطقة البو دور', 'albu-dour'), as_of=TD, status='reinforced', source=JOC, line=5, events=[9]),
 dict(actor='ISIS', assets='مخابئ', loc=('وادي الشاي', 'wadi-al-shay'), as_of=(D, 'part-of-day'), status='attacked', source=YR, line=6, events=[14]),
 dict(actor=PMF, assets='ألوية', loc=HS, as_of=TD, status='present', line=9, events=[18]),
 dict(actor='IQ_GOV', assets='قطعات الجيش', loc=HS, as_of=TD, status='present', line=9, events=[18]),
 dict(actor='ISIS', strength=([2000, 2500], True, 'fighters'), loc=('العراق', 'iraq'), as_of=TD, status='present', source='مسؤولون أمنيون', line=9),
]
build('baghdadtoday-albu-dour-ambush', None, 'بغداد اليوم', D, L, ents, times, events, forces)
