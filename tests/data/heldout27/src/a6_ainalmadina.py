from build import build
L = [
'معركة البوكمال: انسحاب "جيش سوريا الجديد" بعد ساعات من وصوله إلى مطار الحمدان',
'لم تدم سيطرة "جيش سوريا الجديد" على أجزاء من مطار الحمدان شمال غرب البوكمال سوى ساعات، إذ انسحب مقاتلوه ظهر الأربعاء باتجاه البادية، إثر هجوم معاكس شنه تنظيم الدولة من داخل المدينة والقرى المحيطة بها.',
'وكان "جيش سوريا الجديد" قد أطلق فجر الثلاثاء الماضي هجوماً على ثلاثة محاور انطلاقاً من البادية الجنوبية، بغطاء جوي من طائرات التحالف الدولي، وتمكن خلال ساعات من السيطرة على قرية الحمدان وأجزاء من المطار.',
'وقال قيادي في الجيش لـ"عين المدينة" إن نحو مئتي مقاتل شاركوا في الهجوم، نُقل بعضهم بطائرات مروحية إلى محيط المطار، في حين تقدم الباقون بعربات رباعية الدفع من قاعدة التنف على الحدود السورية العراقية.',
'وأقرّ القيادي بمقتل أحد عشر مقاتلاً وأسر خمسة آخرين، مضيفاً أن "طائرات التحالف غابت عن سماء المعركة لحظة بدء الهجوم المعاكس، وهو ما قلب الموازين".',
'في المقابل، بثت وكالة "أعماق" التابعة لتنظيم الدولة صوراً قالت إنها لجثث عناصر "الصحوات" ولأسلحة وعربات استولى عليها مقاتلوه قرب المطار، زاعمة مقتل أكثر من أربعين منهم.',
'ويقدّر ناشطون من البوكمال عدد عناصر التنظيم في المدينة وريفها بنحو ألف وخمسمئة عنصر، معظمهم عراقيون وصلوا خلال الأسابيع الماضية من الفلوجة ومناطق أخرى في الأنبار.',
'وعقب انسحاب المهاجمين، نُصبت حواجز جديدة على مداخل البوكمال وفُرض حظر تجول ليلي، فيما شن عناصر "الحسبة" و"الأمنيون" حملة دهم في حيي الجمعيات والكتف اعتُقل خلالها أكثر من ثلاثين شاباً بتهمة "التخابر مع الصحوات".',
'وكانت طائرات التحالف قد قصفت، ليل الثلاثاء – الأربعاء، مواقع لعناصر التنظيم في محيط المطار وقرية السكرية، ما أدى بحسب مصادر محلية إلى مقتل مدنيين اثنين في السكرية.',
'ويسيطر التنظيم على البوكمال منذ تموز 2014، بعد طرد "جبهة النصرة" وفصائل الجيش الحر منها، ويتخذ من المدينة مركزاً لما يسميه "ولاية الفرات" التي تمتد إلى مدينة القائم العراقية.',
'ويُعد "جيش سوريا الجديد"، الذي تأسس أواخر العام الماضي من مقاتلين ينحدر معظمهم من دير الزور، من أبرز الفصائل التي تتلقى دعماً وتدريباً أميركياً في الأردن، وكان قد سيطر في آذار الماضي على معبر التنف الحدودي إثر معارك مع التنظيم.',
'ويتمركز في قاعدة التنف نحو ثلاثمئة من مقاتلي "جيش سوريا الجديد"، إلى جانب عشرات المستشارين العسكريين الأميركيين والبريطانيين، وفق مصادر مطلعة.',
]
D = '2016-07-01'   # Friday; Deir ez-Zor opposition magazine, web copy of its own day
TUE = '2016-06-28'
WED = '2016-06-29'
NSA = 'OTHER:new-syrian-army'
UK = 'OTHER:uk'
LDR = 'قيادي في جيش سوريا الجديد (عين المدينة)'
ents = [
 ('L0:البوكمال','LOCATION','albu-kamal'), ('L0:جيش سوريا الجديد','ACTOR',NSA), ('L0:مطار الحمدان','LOCATION','hamdan-airport'),
 ('L1:جيش سوريا الجديد','ACTOR',NSA), ('L1:مطار الحمدان','LOCATION','hamdan-airport'), ('L1:البوكمال','LOCATION','albu-kamal'),
 ('L1:البادية','LOCATION','syrian-desert'), ('L1:تنظيم الدولة','ACTOR','ISIS'), ('L1:المدينة','LOCATION','albu-kamal'),
 ('L1:القرى المحيطة بها','LOCATION','albu-kamal-villages'),
 ('L2:جيش سوريا الجديد','ACTOR',NSA), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:البادية الجنوبية','LOCATION','syrian-desert'),
 ('L2:طائرات','WEAPON','warplanes'), ('L2:التحالف الدولي','ACTOR','COALITION'), ('L2:قرية الحمدان','LOCATION','al-hamdan'),
 ('L2:المطار','LOCATION','hamdan-airport'),
 ('L3:الجيش','ACTOR',NSA), ('L3:عين المدينة','ORG','ain-al-madina'), ('L3:نحو مئتي مقاتل','QUANTITY',None,(200,True,'fighters')),
 ('L3:طائرات مروحية','WEAPON','helicopters'), ('L3:المطار','LOCATION','hamdan-airport'), ('L3:عربات رباعية الدفع','WEAPON','4x4-vehicles'),
 ('L3:قاعدة التنف','LOCATION','al-tanf'), ('L3:الحدود السورية العراقية','LOCATION','iraq-syria-border'),
 ('L4:أحد عشر مقاتلاً','QUANTITY',None,(11,False,'killed')), ('L4:خمسة','QUANTITY',None,(5,False,'arrested')), ('L4:طائرات','WEAPON','warplanes'),
 ('L4:التحالف','ACTOR','COALITION'),
 ('L5:أعماق','ORG','amaq'), ('L5:تنظيم الدولة','ACTOR','ISIS'), ('L5:الصحوات','ACTOR',NSA), ('L5:أسلحة وعربات','WEAPON','weapons-vehicles'),
 ('L5:المطار','LOCATION','hamdan-airport'), ('L5:أكثر من أربعين','QUANTITY',None,(40,True,'killed')),
 ('L6:البوكمال','LOCATION','albu-kamal'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:المدينة','LOCATION','albu-kamal'),
 ('L6:نحو ألف وخمسمئة عنصر','QUANTITY',None,(1500,True,'fighters')), ('L6:الفلوجة','LOCATION','fallujah'), ('L6:الأنبار','LOCATION','anbar'),
 ('L7:البوكمال','LOCATION','albu-kamal'), ('L7:الحسبة','ACTOR','ISIS'), ('L7:الأمنيون','ACTOR','ISIS'), ('L7:حيي الجمعيات','LOCATION','al-jamiyat-albu-kamal'),
 ('L7:الكتف','LOCATION','al-katf'), ('L7:أكثر من ثلاثين شاباً','QUANTITY',None,(30,True,'arrested')), ('L7:الصحوات','ACTOR',NSA),
 ('L8:طائرات','WEAPON','warplanes'), ('L8:التحالف','ACTOR','COALITION'), ('L8:التنظيم','ACTOR','ISIS'), ('L8:المطار','LOCATION','hamdan-airport'),
 ('L8:قرية السكرية','LOCATION','al-sukkariya'), ('L8:مدنيين اثنين','QUANTITY',None,(2,False,'killed')), ('L8:السكرية#1','LOCATION','al-sukkariya'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:البوكمال','LOCATION','albu-kamal'), ('L9:جبهة النصرة','ACTOR','NUSRA'), ('L9:فصائل الجيش الحر','ACTOR','FSA'),
 ('L9:المدينة','LOCATION','albu-kamal'), ('L9:ولاية الفرات','LOCATION','wilayat-al-furat'), ('L9:مدينة القائم','LOCATION','al-qaim'),
 ('L10:جيش سوريا الجديد','ACTOR',NSA), ('L10:دير الزور','LOCATION','deir-ez-zor'), ('L10:الأردن','LOCATION','jordan'),
 ('L10:معبر التنف الحدودي','LOCATION','al-tanf'), ('L10:التنظيم','ACTOR','ISIS'),
 ('L11:قاعدة التنف','LOCATION','al-tanf'), ('L11:نحو ثلاثمئة','QUANTITY',None,(300,True,'fighters')), ('L11:جيش سوريا الجديد','ACTOR',NSA),
 ('L11:عشرات المستشارين','QUANTITY',None,([24,99],True,'troops')), ('L11:المستشارين العسكريين الأميركيين','ACTOR','US'),
 ('L11:البريطانيين','ACTOR',UK),
]
times = [
 ('L1:ظهر الأربعاء', WED, 'part-of-day', {'part': 'noon'}),
 ('L2:فجر الثلاثاء الماضي', TUE, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
 ('L8:ليل الثلاثاء – الأربعاء', TUE, 'part-of-day', {'part': 'night'}),
 ('L9:منذ تموز 2014', '2014-07/2016-07', 'month'),
 ('L10:أواخر العام الماضي', '2015', 'year'),
 ('L10:آذار الماضي', '2016-03', 'month'),
]
W = 'L1:ظهر الأربعاء'
T = 'L2:فجر الثلاثاء الماضي'
events = [
 dict(type='CONTROL', trig='L1:سيطرة', time=T, actors=[NSA], loc='L1:مطار الحمدان'),                                              # 1
 dict(type='WITHDRAWAL', trig='L1:انسحب', time=W, actors=[NSA], loc='L1:مطار الحمدان'),                                           # 2
 dict(type='ATTACK', trig='L1:هجوم معاكس', time=W, actors=['ISIS'], targets=[NSA], loc='L1:المدينة'),                              # 3
 dict(type='ATTACK', trig='L2:هجوماً', time=T, actors=[NSA, 'COALITION'], targets=['ISIS'], weapons=['L2:طائرات'],
      qty=['L2:ثلاثة محاور']),                                                                                                   # 4
 dict(type='CONTROL', trig='L2:السيطرة', time=T, actors=[NSA], targets=['ISIS'], loc='L2:قرية الحمدان'),                           # 5
 dict(type='ATTACK', trig='L3:الهجوم', time=T, actors=[NSA], qty=['L3:نحو مئتي مقاتل'], attr=LDR),                                 # 7
 dict(type='MOVEMENT', trig='L3:نُقل', time=T, actors=[NSA], loc='L3:المطار', weapons=['L3:طائرات مروحية'], attr=LDR),             # 8
 dict(type='MOVEMENT', trig='L3:تقدم', time=T, actors=[NSA], loc='L3:قاعدة التنف', weapons=['L3:عربات رباعية الدفع'], attr=LDR),   # 9
 dict(type='ATTACK', trig='L4:مقتل', time=W, targets=[NSA], qty=['L4:أحد عشر مقاتلاً'], attr=LDR),                                 # 10
 dict(type='ARREST', trig='L4:أسر', time=W, targets=[NSA], qty=['L4:خمسة'], attr=LDR),                                             # 11
 dict(type='ATTACK', trig='L4:الهجوم المعاكس', time=W, actors=['ISIS'], targets=[NSA], attr=LDR),                                   # 12
 dict(type='ATTACK', trig='L5:مقتل', time=W, actors=['ISIS'], targets=[NSA], loc='L5:المطار', qty=['L5:أكثر من أربعين'], attr='أعماق'),  # 13
 dict(type='MOVEMENT', trig='L6:وصلوا', time='L6:خلال الأسابيع الماضية', actors=['ISIS'], loc='L6:المدينة', attr='ناشطون من البوكمال'),  # 14
 dict(type='WITHDRAWAL', trig='L7:انسحاب', time=W, actors=[NSA]),                                                                  # 15
 dict(type='BASE', trig='L7:نُصبت', loc='L7:البوكمال'),                                                                            # 16
 dict(type='ARREST', trig='L7:حملة دهم', actors=['ISIS'], loc='L7:حيي الجمعيات', qty=['L7:أكثر من ثلاثين شاباً']),                  # 17
 dict(type='ATTACK', trig='L8:قصفت', time='L8:ليل الثلاثاء – الأربعاء', actors=['COALITION'], targets=['ISIS'], loc='L8:المطار',
      weapons=['L8:طائرات'], qty=['L8:مدنيين اثنين'], attr='مصادر محلية'),                                                      # 18
 dict(type='CONTROL', trig='L9:يسيطر', time='L9:منذ تموز 2014', actors=['ISIS'], loc='L9:البوكمال'),                               # 19
 dict(type='ATTACK', trig='L9:طرد', time='L9:منذ تموز 2014', actors=['ISIS'], targets=['NUSRA', 'FSA'], loc='L9:البوكمال'),        # 20
 dict(type='TRAINING', trig='L10:تدريباً', actors=['US', NSA], loc='L10:الأردن'),                                                  # 21
 dict(type='CONTROL', trig='L10:سيطر', time='L10:آذار الماضي', actors=[NSA], targets=['ISIS'], loc='L10:معبر التنف الحدودي'),       # 22
 dict(type='ATTACK', trig='L10:معارك', time='L10:آذار الماضي', actors=[NSA, 'ISIS'], loc='L10:معبر التنف الحدودي'),                # 23
 dict(type='MOVEMENT', trig='L11:يتمركز', actors=[NSA, 'US', UK], loc='L11:قاعدة التنف', qty=['L11:نحو ثلاثمئة', 'L11:عشرات المستشارين'],
      attr='مصادر مطلعة'),                                                                                                        # 24
]
TP = (TUE, 'part-of-day')
WP = (WED, 'part-of-day')
MAR = ('2016-03', 'month')
DD = (D, 'day')
forces = [
 dict(actor=NSA, loc=('مطار الحمدان', 'hamdan-airport'), as_of=TP, status='controls', line=1, events=[1]),
 dict(actor=NSA, loc=('مطار الحمدان', 'hamdan-airport'), as_of=WP, status='withdrawn', line=1, events=[2]),
 dict(actor='ISIS', loc=('المدينة', 'albu-kamal'), as_of=WP, status='present', line=1, events=[3]),
 dict(actor=NSA, loc=('قرية الحمدان', 'al-hamdan'), as_of=TP, status='controls', line=2, events=[5]),
 dict(actor=NSA, loc=('المطار', 'hamdan-airport'), as_of=TP, status='controls', line=2, events=[5]),
 dict(actor=NSA, loc=('المطار', 'hamdan-airport'), as_of=TP, status='arrived', source=LDR, line=3, events=[7]),
 dict(actor=NSA, loc=('قاعدة التنف', 'al-tanf'), as_of=TP, status='present', source=LDR, line=3, events=[8]),
 dict(actor='ISIS', strength=(1500, True, 'fighters'), loc=('المدينة', 'albu-kamal'), as_of=DD, status='present', source='ناشطون من البوكمال', line=6),
 dict(actor='ISIS', loc=('المدينة', 'albu-kamal'), as_of=(None, 'vague'), status='reinforced', source='ناشطون من البوكمال', line=6, events=[13]),
 dict(actor='ISIS', assets='مواقع', loc=('المطار', 'hamdan-airport'), as_of=TP, status='attacked', source='مصادر محلية', line=8, events=[17]),
 dict(actor='ISIS', assets='مواقع', loc=('قرية السكرية', 'al-sukkariya'), as_of=TP, status='attacked', source='مصادر محلية', line=8, events=[17]),
 dict(actor='ISIS', loc=('البوكمال', 'albu-kamal'), as_of=('2014-07/2016-07', 'month'), status='controls', line=9, events=[18]),
 dict(actor=NSA, loc=('معبر التنف الحدودي', 'al-tanf'), as_of=MAR, status='controls', line=10, events=[21]),
 dict(actor=NSA, loc=('معبر التنف الحدودي', 'al-tanf'), as_of=MAR, status='present', line=10, events=[22]),
 dict(actor='ISIS', loc=('معبر التنف الحدودي', 'al-tanf'), as_of=MAR, status='present', line=10, events=[22]),
 dict(actor=NSA, strength=(300, True, 'fighters'), loc=('قاعدة التنف', 'al-tanf'), as_of=DD, status='present', source='مصادر مطلعة', line=11, events=[23]),
 dict(actor='US', strength=([24, 99], True, 'troops'), assets='مستشارون عسكريون', loc=('قاعدة التنف', 'al-tanf'), as_of=DD, status='present',
      source='مصادر مطلعة', line=11, events=[23]),
 dict(actor=UK, assets='مستشارون عسكريون', loc=('قاعدة التنف', 'al-tanf'), as_of=DD, status='present', source='مصادر مطلعة', line=11, events=[23]),
]
build('ainalmadina-albu-kamal-nsa', None, 'عين المدينة', D, L, ents, times, events, forces)
