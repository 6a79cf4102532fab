from build import build
L = [
'عشرة قتلى من البيشمركة بهجوم لـ"داعش" في مخمور.. والعمليات المشتركة تدفع بتعزيزات إلى المنطقة',
'متابعة – دجلة: قُتل عشرة من عناصر البيشمركة وثلاثة مدنيين، وأصيب آخرون، بهجوم شنه مسلحو تنظيم "داعش" ليل الخميس على قرية لهيبان التابعة لقضاء مخمور جنوب غربي أربيل، بحسب ما أفادت مصادر أمنية لدجلة.',
'وأوضحت المصادر أن عناصر التنظيم تسللوا من سلسلة جبال قره جوخ القريبة واشتبكوا مع قوة من البيشمركة لأكثر من ساعتين، قبل أن ينسحبوا باتجاه الوديان المحيطة مع ساعات الفجر الأولى.',
'وفي بيان رسمي، نعت وزارة شؤون البيشمركة في حكومة إقليم كردستان "شهداء الواجب"، متهمة الحكومة الاتحادية بترك "فراغ أمني" في المناطق المتنازع عليها يستغله التنظيم منذ عام 2017.',
'من جانبها، أعلنت قيادة العمليات المشتركة اليوم الجمعة الاتفاق مع وزارة البيشمركة على تشكيل غرفتي عمليات مشتركتين في مخمور وكرميان، ونشر لواءين مشتركين من الجيش والبيشمركة لسد الثغرات بين قطعات الطرفين "خلال الأيام المقبلة".',
'وأضافت القيادة أن طائرات "إف-16" من القوة الجوية العراقية نفذت فجر اليوم ثلاث ضربات على أوكار لـ"داعش" في جبال قره جوخ، أسفرت عن تدمير مضافتين.',
'وبحسب مصدر في الجيش، وصلت صباح اليوم إلى قضاء مخمور تعزيزات من الفرقة الرابعة عشرة تضم نحو 600 مقاتل وعشرات العجلات المدرعة، فيما باشرت قوات من جهاز مكافحة الإرهاب تفتيش القرى المحاذية لقره جوخ.',
'في غضون ذلك، قال رئيس الوزراء مصطفى الكاظمي، خلال اتصال هاتفي مع نظيره في أربيل مسرور بارزاني، إن "دماء الشهداء لن تذهب هدراً"، موجهاً بإطلاق عملية مشتركة بين القوات الأمنية والبيشمركة لتطهير المنطقة من بقايا "داعش".',
'ويأتي الهجوم قبل أسابيع من إنهاء المهمة القتالية لقوات التحالف الدولي في العراق، المقرر في الحادي والثلاثين من كانون الأول الجاري، فيما يوجد في البلاد حالياً نحو 2500 جندي أميركي يتوزعون أساساً على قاعدة عين الأسد في الأنبار وقاعدة حرير في أربيل.',
'وكانت مفرزة من الجيش قد تعرضت، الأحد الماضي، لهجوم مماثل في ناحية العظيم شمالي ديالى أسفر عن مقتل ضابط وجنديين.',
]
D = '2021-12-03'   # Friday; Iraqi satellite channel's news site, web copy of its own day
THU = '2021-12-02'
PM = 'PESHMERGA'
KRG = 'OTHER:krg'
ents = [
 ('L0:عشرة قتلى','QUANTITY',None,(10,False,'killed')), ('L0:البيشمركة','ACTOR',PM), ('L0:داعش','ACTOR','ISIS'),
 ('L0:مخمور','LOCATION','makhmour'), ('L0:العمليات المشتركة','ACTOR','IQ_GOV'), ('L0:المنطقة','LOCATION','makhmour'),
 ('L1:دجلة#0','ORG','dijlah'), ('L1:عشرة','QUANTITY',None,(10,False,'killed')), ('L1:البيشمركة','ACTOR',PM),
 ('L1:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')), ('L1:تنظيم "داعش"','ACTOR','ISIS'), ('L1:قرية لهيبان','LOCATION','luhaiban'),
 ('L1:قضاء مخمور','LOCATION','makhmour'), ('L1:أربيل','LOCATION','erbil'), ('L1:دجلة#1','ORG','dijlah'),
 ('L2:التنظيم','ACTOR','ISIS'), ('L2:سلسلة جبال قره جوخ','LOCATION','qarachogh'), ('L2:البيشمركة','ACTOR',PM),
 ('L2:أكثر من ساعتين','QUANTITY',None,(2,True,'other')), ('L2:الوديان المحيطة','LOCATION','qarachogh-valleys'),
 ('L3:وزارة شؤون البيشمركة','ACTOR',PM), ('L3:حكومة إقليم كردستان','ACTOR',KRG), ('L3:الحكومة الاتحادية','ACTOR','IQ_GOV'),
 ('L3:المناطق المتنازع عليها','LOCATION','disputed-territories'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L4:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:وزارة البيشمركة','ACTOR',PM),
 ('L4:غرفتي عمليات مشتركتين','QUANTITY',None,(2,False,'other')), ('L4:مخمور','LOCATION','makhmour'), ('L4:كرميان','LOCATION','garmiyan'),
 ('L4:لواءين مشتركين','QUANTITY',None,(2,False,'other')), ('L4:الجيش','ACTOR','IQ_GOV'), ('L4:البيشمركة#1','ACTOR',PM),
 ('L5:القيادة','ACTOR','IQ_GOV'), ('L5:طائرات "إف-16"','WEAPON','f-16'), ('L5:القوة الجوية العراقية','ACTOR','IQ_GOV'),
 ('L5:ثلاث ضربات','QUANTITY',None,(3,False,'other')), ('L5:داعش','ACTOR','ISIS'), ('L5:جبال قره جوخ','LOCATION','qarachogh'),
 ('L5:مضافتين','QUANTITY',None,(2,False,'other')),
 ('L6:الجيش','ACTOR','IQ_GOV'), ('L6:قضاء مخمور','LOCATION','makhmour'), ('L6:الفرقة الرابعة عشرة','ACTOR','IQ_GOV'),
 ('L6:نحو 600 مقاتل','QUANTITY',None,(600,True,'troops')), ('L6:عشرات العجلات المدرعة','QUANTITY',None,([24, 99],True,'vehicles')),
 ('L6:العجلات المدرعة','WEAPON','armoured-vehicles'), ('L6:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L6:القرى المحاذية لقره جوخ','LOCATION','qarachogh-villages'),
 ('L7:مصطفى الكاظمي','PERSON','mustafa-al-kadhimi'), ('L7:أربيل','LOCATION','erbil'), ('L7:مسرور بارزاني','PERSON','masrour-barzani'),
 ('L7:القوات الأمنية','ACTOR','IQ_GOV'), ('L7:البيشمركة','ACTOR',PM), ('L7:المنطقة','LOCATION','makhmour'), ('L7:داعش','ACTOR','ISIS'),
 ('L8:قوات التحالف الدولي','ACTOR','COALITION'), ('L8:العراق','LOCATION','iraq'), ('L8:البلاد','LOCATION','iraq'),
 ('L8:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')), ('L8:جندي أميركي','ACTOR','US'),
 ('L8:قاعدة عين الأسد','LOCATION','ain-al-asad'), ('L8:الأنبار','LOCATION','anbar'), ('L8:قاعدة حرير','LOCATION','harir-base'),
 ('L8:أربيل','LOCATION','erbil'),
 ('L9:الجيش','ACTOR','IQ_GOV'), ('L9:ناحية العظيم','LOCATION','al-adhaim'), ('L9:ديالى','LOCATION','diyala'),
 ('L9:جنديين','QUANTITY',None,(2,False,'killed')),
]
times = [
 ('L1:ليل الخميس', THU, 'part-of-day', {'part': 'night'}),
 ('L2:ساعات الفجر الأولى', D, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ عام 2017', '2017/2021', 'year'),
 ('L4:اليوم الجمعة', D, 'day'),
 ('L4:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L5:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:الحادي والثلاثين من كانون الأول الجاري', '2021-12-31', 'day'),
 ('L9:الأحد الماضي', '2021-11-28', 'day'),
]
N = 'L1:ليل الخميس'
SEC = 'مصادر أمنية (دجلة)'
JOC = 'قيادة العمليات المشتركة'
ARMY = 'مصدر في الجيش'
SOON = 'L4:خلال الأيام المقبلة'
events = [
 dict(type='ATTACK', trig='L1:بهجوم', time=N, actors=['ISIS'], targets=[PM], loc='L1:قرية لهيبان',
      qty=['L1:عشرة', 'L1:ثلاثة مدنيين'], attr=SEC),                                                                                 # 1
 dict(type='MOVEMENT', trig='L2:تسللوا', time=N, actors=['ISIS'], loc='L2:سلسلة جبال قره جوخ', attr=SEC),                           # 2
 dict(type='ATTACK', trig='L2:اشتبكوا', time=N, actors=['ISIS', PM], qty=['L2:أكثر من ساعتين'], attr=SEC),                          # 3
 dict(type='WITHDRAWAL', trig='L2:ينسحبوا', time='L2:ساعات الفجر الأولى', actors=['ISIS'], loc='L2:الوديان المحيطة', attr=SEC),     # 4
 dict(type='STATEMENT', trig='L3:بيان', actors=[PM], attr='وزارة شؤون البيشمركة'),                                                 # 5
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['IQ_GOV'], attr=JOC),                                                             # 6
 dict(type='AGREEMENT', trig='L4:الاتفاق', time='L4:اليوم الجمعة', actors=['IQ_GOV', PM], attr=JOC),                                # 7
 dict(type='BASE', trig='L4:تشكيل', mod='planned', time=SOON, actors=['IQ_GOV', PM], loc='L4:مخمور',
      qty=['L4:غرفتي عمليات مشتركتين'], attr=JOC),                                                                                     # 8
 dict(type='MOVEMENT', trig='L4:نشر', mod='planned', time=SOON, actors=['IQ_GOV', PM], qty=['L4:لواءين مشتركين'], attr=JOC),       # 9
 dict(type='ATTACK', trig='L5:ضربات', time='L5:فجر اليوم', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:جبال قره جوخ',
      weapons=['L5:طائرات "إف-16"'], qty=['L5:ثلاث ضربات', 'L5:مضافتين'], attr=JOC),                                                   # 10
 dict(type='MOVEMENT', trig='L6:وصلت', time='L6:صباح اليوم', actors=['IQ_GOV'], loc='L6:قضاء مخمور', weapons=['L6:العجلات المدرعة'],
      qty=['L6:نحو 600 مقاتل', 'L6:عشرات العجلات المدرعة'], attr=ARMY),                                                                # 11
 dict(type='OPERATION', trig='L6:تفتيش', actors=['IQ_GOV'], targets=['ISIS'], loc='L6:القرى المحاذية لقره جوخ', attr=ARMY),        # 12
 dict(type='STATEMENT', trig='L7:قال', actors=['IQ_GOV'], attr='مصطفى الكاظمي'),                                                   # 13
 dict(type='OPERATION', trig='L7:عملية', mod='planned', actors=['IQ_GOV', PM], targets=['ISIS'], loc='L7:المنطقة', attr='مصطفى الكاظمي'),  # 14
 dict(type='ATTACK', trig='L8:الهجوم', time=N, actors=['ISIS'], targets=[PM]),                                                     # 15
 dict(type='WITHDRAWAL', trig='L8:إنهاء', mod='planned', time='L8:الحادي والثلاثين من كانون الأول الجاري', actors=['COALITION'],
      loc='L8:العراق'),                                                                                                                # 16
 dict(type='ATTACK', trig='L9:لهجوم', time='L9:الأحد الماضي', targets=['IQ_GOV'], loc='L9:ناحية العظيم', qty=['L9:جنديين']),        # 17
]
NP = (THU, 'part-of-day')
TD = (D, 'day')
MP = (D, 'part-of-day')
PL = (D + '/', 'vague')
forces = [
 dict(actor=PM, loc=('قرية لهيبان', 'luhaiban'), as_of=NP, status='attacked', source=SEC, line=1, events=[1]),
 dict(actor='ISIS', loc=('قرية لهيبان', 'luhaiban'), as_of=NP, status='present', source=SEC, line=1, events=[1]),
 dict(actor='ISIS', loc=('سلسلة جبال قره جوخ', 'qarachogh'), as_of=NP, status='present', source=SEC, line=2, events=[2]),
 dict(actor='IQ_GOV', assets='غرفة عمليات مشتركة', loc=('مخمور', 'makhmour'), as_of=PL, status='planned', source=JOC, line=4, events=[8]),
 dict(actor=PM, assets='غرفة عمليات مشتركة', loc=('مخمور', 'makhmour'), as_of=PL, status='planned', source=JOC, line=4, events=[8]),
 dict(actor='IQ_GOV', assets='غرفة عمليات مشتركة', loc=('كرميان', 'garmiyan'), as_of=PL, status='planned', source=JOC, line=4, events=[8]),
 dict(actor=PM, assets='غرفة عمليات مشتركة', loc=('كرميان', 'garmiyan'), as_of=PL, status='planned', source=JOC, line=4, events=[8]),
 dict(actor='ISIS', assets='أوكار، مضافتان', loc=('جبال قره جوخ', 'qarachogh'), as_of=MP, status='attacked', source=JOC, line=5, events=[10]),
 dict(actor='IQ_GOV', strength=(600, True, 'troops'), assets='تعزيزات من الفرقة الرابعة عشرة، عشرات العجلات المدرعة',
      loc=('قضاء مخمور', 'makhmour'), as_of=MP, status='arrived', source=ARMY, line=6, events=[11]),
 dict(actor='IQ_GOV', assets='قوات من جهاز مكافحة الإرهاب', loc=('القرى المحاذية لقره جوخ', 'qarachogh-villages'), as_of=TD,
      status='present', source=ARMY, line=6, events=[12]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('البلاد', 'iraq'), as_of=TD, status='present', line=8, events=[]),
 dict(actor='US', loc=('قاعدة عين الأسد', 'ain-al-asad'), as_of=TD, status='present', line=8, events=[]),
 dict(actor='US', loc=('قاعدة حرير', 'harir-base'), as_of=TD, status='present', line=8, events=[]),
 dict(actor='IQ_GOV', assets='مفرزة', loc=('ناحية العظيم', 'al-adhaim'), as_of=('2021-11-28', 'day'), status='attacked', line=9, events=[17]),
]
build('dijlah-makhmour-peshmerga', None, 'دجلة', D, L, ents, times, events, forces)
