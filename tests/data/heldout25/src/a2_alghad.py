from build import build
L = [
'الجيش يعلن الحدود الشمالية والشمالية الشرقية مناطق عسكرية مغلقة بعد هجوم الركبان',
'عمان - الغد',
'أعلنت القيادة العامة للقوات المسلحة الأردنية - الجيش العربي، أمس، المناطق الحدودية الشمالية والشمالية الشرقية للمملكة مناطق عسكرية مغلقة، إثر هجوم إرهابي بسيارة مفخخة استهدف فجر أمس الثلاثاء موقعا عسكريا متقدما قرب مخيم الركبان للاجئين السوريين.',
'وقال مصدر عسكري مسؤول إن السيارة المفخخة، القادمة من الجانب السوري للحدود، انفجرت قرب الساتر الترابي عند الساعة 5:30 صباحا، ما أدى إلى استشهاد ستة من مرتبات القوات المسلحة والأجهزة الأمنية وإصابة 14 آخرين.',
'وترأس جلالة الملك عبدالله الثاني، أمس، اجتماعا أمنيا طارئا، أكد خلاله أن الأردن "سيضرب بيد من حديد كل من يحاول المساس بأمنه وحدوده".',
'ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، غير أن مصادر أمنية رجحت وقوف تنظيم "داعش" وراءه، مشيرة إلى أن التنظيم ينشط في البادية السورية قرب الحدود، وسبق أن استهدف مواقع لحرس الحدود بقذائف الهاون خلال الأشهر الماضية.',
'وعقب الهجوم، دفعت القوات المسلحة بتعزيزات إضافية من الآليات المدرعة والطائرات المروحية إلى المنطقة الحدودية في الرويشد والركبان، فيما أوقفت المنظمات الدولية إدخال المساعدات إلى المخيم الذي يؤوي نحو 64 ألف نازح سوري.',
'وفي الجانب السوري، قالت مصادر في "جيش سوريا الجديد"، المدعوم من التحالف الدولي، إن مقاتليه يسيطرون على محيط معبر التنف الحدودي، وإنهم عززوا مواقعهم قرب الحدود الأردنية تحسبا لهجمات جديدة من التنظيم.',
'ويشارك الأردن منذ أيلول (سبتمبر) 2014 في الضربات الجوية التي يشنها التحالف الدولي على التنظيم في سورية، وكثف سلاح الجو الملكي غاراته على مواقع "داعش" إثر إعدام الطيار معاذ الكساسبة على يد التنظيم مطلع شباط (فبراير) 2015.',
'وقال وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة محمد المومني إن المملكة "لن تتهاون" في حماية حدودها، لافتا إلى أن نحو ألف جندي إضافي سيُنشرون على امتداد الحدود مع سورية والعراق خلال الأيام المقبلة.',
]
D = '2016-06-22'   # Wednesday; Jordanian print daily: its أمس is Tuesday 2016-06-21
Y = '2016-06-21'
JO = 'OTHER:jordan'
NSA = 'OTHER:new-syrian-army'
ents = [
 ('L0:الجيش','ACTOR',JO), ('L0:الحدود الشمالية والشمالية الشرقية','LOCATION','jordan-north-northeast-border'), ('L0:الركبان','LOCATION','rukban'),
 ('L1:عمان','LOCATION','amman'), ('L1:الغد','ORG','alghad'),
 ('L2:القيادة العامة للقوات المسلحة الأردنية','ACTOR',JO), ('L2:الجيش العربي','ACTOR',JO),
 ('L2:المناطق الحدودية الشمالية والشمالية الشرقية للمملكة','LOCATION','jordan-north-northeast-border'),
 ('L2:سيارة مفخخة','WEAPON','vbied'), ('L2:مخيم الركبان','LOCATION','rukban'),
 ('L3:السيارة المفخخة','WEAPON','vbied'), ('L3:الجانب السوري للحدود','LOCATION','syria-jordan-border-syrian-side'),
 ('L3:الساتر الترابي','LOCATION','rukban-berm'), ('L3:ستة','QUANTITY',None,(6,False,'killed')), ('L3:القوات المسلحة','ACTOR',JO),
 ('L3:الأجهزة الأمنية','ACTOR',JO), ('L3:14','QUANTITY',None,(14,False,'wounded')),
 ('L4:عبدالله الثاني','PERSON','abdullah-ii'), ('L4:الأردن','ACTOR',JO),
 ('L5:تنظيم "داعش"','ACTOR','ISIS'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:البادية السورية','LOCATION','syrian-badia'),
 ('L5:الحدود#0','LOCATION','jordan-syria-border'), ('L5:حرس الحدود','ACTOR',JO), ('L5:قذائف الهاون','WEAPON','mortars'),
 ('L6:القوات المسلحة','ACTOR',JO), ('L6:الآليات المدرعة','WEAPON','armoured-vehicles'), ('L6:الطائرات المروحية','WEAPON','helicopters'),
 ('L6:المنطقة الحدودية','LOCATION','jordan-northeast-border'), ('L6:الرويشد','LOCATION','ruwayshid'), ('L6:الركبان','LOCATION','rukban'),
 ('L6:المخيم','LOCATION','rukban'), ('L6:نحو 64 ألف نازح','QUANTITY',None,(64000,True,'people')),
 ('L7:الجانب السوري','LOCATION','syria-jordan-border-syrian-side'), ('L7:جيش سوريا الجديد','ACTOR',NSA), ('L7:التحالف الدولي','ACTOR','COALITION'),
 ('L7:معبر التنف الحدودي','LOCATION','al-tanf-crossing'), ('L7:الحدود الأردنية','LOCATION','jordan-syria-border'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L8:الأردن','ACTOR',JO), ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:التنظيم#0','ACTOR','ISIS'), ('L8:سورية','LOCATION','syria'),
 ('L8:سلاح الجو الملكي','ACTOR',JO), ('L8:داعش','ACTOR','ISIS'), ('L8:معاذ الكساسبة','PERSON','muath-al-kasasbeh'), ('L8:التنظيم#1','ACTOR','ISIS'),
 ('L9:الحكومة','ACTOR',JO), ('L9:محمد المومني','PERSON','mohammad-al-momani'), ('L9:المملكة','ACTOR',JO),
 ('L9:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')), ('L9:الحدود','LOCATION','jordan-borders'), ('L9:سورية','LOCATION','syria'),
 ('L9:العراق','LOCATION','iraq'),
]
times = [
 ('L2:أمس#0', Y, 'day'),
 ('L2:فجر أمس الثلاثاء', Y, 'part-of-day', {'part': 'morning'}),
 ('L3:الساعة 5:30 صباحا', Y, 'part-of-day', {'part': 'morning'}),
 ('L4:أمس', Y, 'day'),
 ('L5:خلال الأشهر الماضية', None, 'vague', {'relation': 'before'}),
 ('L8:منذ أيلول (سبتمبر) 2014', '2014-09/2016-06', 'month'),
 ('L8:مطلع شباط (فبراير) 2015', '2015-02', 'month'),
 ('L9:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
DAWN = 'L2:فجر أمس الثلاثاء'
GC = 'القيادة العامة للقوات المسلحة الأردنية'
MIL = 'مصدر عسكري مسؤول'
SEC = 'مصادر أمنية'
NSAS = 'مصادر في جيش سوريا الجديد'
FEB = 'L8:مطلع شباط (فبراير) 2015'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:أمس#0', actors=[JO], attr=GC),                                                  # 1
 dict(type='ATTACK', trig='L2:هجوم', time=DAWN, targets=[JO], loc='L2:مخيم الركبان', weapons=['L2:سيارة مفخخة'], attr=GC),           # 2
 dict(type='ATTACK', trig='L3:انفجرت', time='L3:الساعة 5:30 صباحا', targets=[JO], loc='L3:الساتر الترابي',
      weapons=['L3:السيارة المفخخة'], qty=['L3:ستة', 'L3:14'], attr=MIL),                                                          # 3
 dict(type='ATTACK', trig='L4:سيضرب', mod='planned', actors=[JO], attr='عبدالله الثاني'),                                          # 4
 dict(type='ATTACK', trig='L5:الهجوم', time=DAWN, actors=['ISIS'], targets=[JO], attr=SEC),                                         # 5
 dict(type='ATTACK', trig='L5:استهدف', time='L5:خلال الأشهر الماضية', actors=['ISIS'], targets=[JO], weapons=['L5:قذائف الهاون'], attr=SEC),  # 6
 dict(type='ATTACK', trig='L6:الهجوم', time=DAWN, targets=[JO]),                                                                  # 7
 dict(type='MOVEMENT', trig='L6:دفعت', actors=[JO], loc='L6:الرويشد', weapons=['L6:الآليات المدرعة', 'L6:الطائرات المروحية']),      # 8
 dict(type='CONTROL', trig='L7:يسيطرون', actors=[NSA], loc='L7:معبر التنف الحدودي', attr=NSAS),                                     # 9
 dict(type='MOVEMENT', trig='L7:عززوا', actors=[NSA], loc='L7:الحدود الأردنية', attr=NSAS),                                          # 10
 dict(type='ATTACK', trig='L7:هجمات', mod='expected', actors=['ISIS'], targets=[NSA], attr=NSAS),                                    # 11
 dict(type='ATTACK', trig='L8:الضربات الجوية', time='L8:منذ أيلول (سبتمبر) 2014', actors=[JO, 'COALITION'], targets=['ISIS'], loc='L8:سورية'),  # 12
 dict(type='ATTACK', trig='L8:غاراته', time=FEB, actors=[JO], targets=['ISIS']),                                                   # 13
 dict(type='ATTACK', trig='L8:إعدام', time=FEB, actors=['ISIS'], targets=[JO]),                                                     # 14
 dict(type='STATEMENT', trig='L9:قال', actors=[JO], attr='محمد المومني'),                                                          # 15
 dict(type='MOVEMENT', trig='L9:سيُنشرون', mod='planned', time='L9:خلال الأيام المقبلة', actors=[JO], loc='L9:الحدود',
      qty=['L9:نحو ألف جندي'], attr='محمد المومني'),                                                                            # 16
]
DW = (Y, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor=JO, assets='موقع عسكري متقدم', loc=('مخيم الركبان', 'rukban'), as_of=DW, status='present', source=GC, line=2, events=[2]),
 dict(actor=JO, assets='موقع عسكري متقدم', loc=('مخيم الركبان', 'rukban'), as_of=DW, status='attacked', source=GC, line=2, events=[2]),
 dict(actor=JO, loc=('الساتر الترابي', 'rukban-berm'), as_of=DW, status='attacked', source=MIL, line=3, events=[3]),
 dict(actor='ISIS', loc=('البادية السورية', 'syrian-badia'), as_of=TD, status='present', source=SEC, line=5, events=[]),
 dict(actor=JO, assets='آليات مدرعة وطائرات مروحية', loc=('الرويشد', 'ruwayshid'), as_of=TD, status='reinforced', line=6, events=[8]),
 dict(actor=JO, assets='آليات مدرعة وطائرات مروحية', loc=('الركبان', 'rukban'), as_of=TD, status='reinforced', line=6, events=[8]),
 dict(actor=NSA, loc=('معبر التنف الحدودي', 'al-tanf-crossing'), as_of=TD, status='controls', source=NSAS, line=7, events=[9]),
 dict(actor=NSA, loc=('الحدود الأردنية', 'jordan-syria-border'), as_of=TD, status='reinforced', source=NSAS, line=7, events=[10]),
 dict(actor=JO, strength=(1000, True, 'troops'), loc=('الحدود', 'jordan-borders'), as_of=(D + '/', 'vague'), status='planned',
      source='محمد المومني', line=9, events=[16]),
]
build('alghad-rukban-attack', None, 'الغد', D, L, ents, times, events, forces)
