from build import build
L = [
'جيش الفتح يسيطر على أريحا.. وقوات الأسد تنسحب نحو سهل الغاب',
'دبي - العربية.نت',
'سيطرت فصائل "جيش الفتح"، اليوم الخميس، على مدينة أريحا في ريف إدلب الجنوبي، بعد ساعات من سيطرتها على معسكر جبل الأربعين المطل على المدينة، لتخسر قوات النظام السوري أبرز معاقلها المتبقية في محافظة إدلب.',
'وأفاد المرصد السوري لحقوق الإنسان بأن قوات النظام والمسلحين الموالين لها انسحبوا من المدينة باتجاه بلدة أورم الجوز وقرى سهل الغاب غرباً، إثر هجوم شنه مقاتلو "جبهة النصرة" و"حركة أحرار الشام" من ثلاثة محاور فجر اليوم.',
'ونقل مراسل "العربية" عن قيادي في "جيش الفتح" أن المقاتلين دخلوا أريحا "دون مقاومة تذكر"، وأن عناصر من "حزب الله" اللبناني كانوا يتمركزون في جبل الأربعين فرّوا قبل وصولهم.',
'وبحسب المرصد، قُتل ما لا يقل عن 18 عنصراً من قوات النظام خلال المعارك، مقابل تسعة من مقاتلي الفصائل، فيما أسر "جيش الفتح" نحو 15 جندياً.',
'في المقابل، نقل التلفزيون الرسمي السوري عن مصدر عسكري أن وحدات الجيش "أعادت انتشارها" في محيط المدينة "حفاظاً على حياة المدنيين"، نافياً سقوط أريحا بأيدي "التنظيمات الإرهابية".',
'وبعد ساعات من دخول الفصائل، شنت طائرات النظام أكثر من 20 غارة على أحياء المدينة، ألقت خلالها براميل متفجرة، ما أدى إلى مقتل ستة مدنيين، بحسب ناشطين.',
'وتوعد "جيش الفتح"، في بيان نشره على "تويتر"، بمواصلة عملياته باتجاه سهل الغاب وريف اللاذقية خلال الأيام المقبلة.',
'ويأتي سقوط أريحا بعد شهرين من سيطرة "جيش الفتح" على مدينة إدلب في 28 مارس/آذار الماضي، ثم على جسر الشغور في 25 أبريل/نيسان، ومعسكر المسطومة الأسبوع الماضي.',
'وتشير تقديرات ناشطين إلى أن نحو ألفي عنصر من قوات النظام والميليشيات الموالية لها باتوا يتحصنون في مطار أبو الظهور العسكري بريف إدلب الشرقي، في حين يحاصر "جيش الفتح" بلدتي الفوعة وكفريا منذ أواخر مارس.',
]
D = '2015-05-28'   # Thursday; web copy of its own day
JF = 'OTHER:jaish-al-fateh'
PGM = 'OTHER:pro-government-militias'
AHR = 'OTHER:ahrar-al-sham'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:جيش الفتح','ACTOR',JF), ('L0:أريحا','LOCATION','ariha'), ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L1:دبي','LOCATION','dubai'), ('L1:العربية.نت','ORG','alarabiya-net'),
 ('L2:فصائل "جيش الفتح"','ACTOR',JF), ('L2:مدينة أريحا','LOCATION','ariha'), ('L2:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L2:معسكر جبل الأربعين','LOCATION','jabal-al-arbaeen'), ('L2:المدينة','LOCATION','ariha'), ('L2:قوات النظام السوري','ACTOR','SY_GOV'),
 ('L2:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:المسلحين الموالين لها','ACTOR',PGM),
 ('L3:المدينة','LOCATION','ariha'), ('L3:بلدة أورم الجوز','LOCATION','urum-al-jawz'), ('L3:قرى سهل الغاب','LOCATION','al-ghab-plain'),
 ('L3:جبهة النصرة','ACTOR','NUSRA'), ('L3:حركة أحرار الشام','ACTOR',AHR), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L4:العربية','ORG','alarabiya'), ('L4:جيش الفتح','ACTOR',JF), ('L4:أريحا','LOCATION','ariha'), ('L4:حزب الله','ACTOR',HZ),
 ('L4:جبل الأربعين','LOCATION','jabal-al-arbaeen'),
 ('L5:المرصد','ORG','sohr'), ('L5:ما لا يقل عن 18 عنصراً','QUANTITY',None,(18,True,'killed')), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:تسعة','QUANTITY',None,(9,False,'killed')), ('L5:الفصائل','ACTOR',JF), ('L5:جيش الفتح','ACTOR',JF),
 ('L5:نحو 15 جندياً','QUANTITY',None,(15,True,'arrested')),
 ('L6:التلفزيون الرسمي السوري','ORG','syrian-tv'), ('L6:وحدات الجيش','ACTOR','SY_GOV'), ('L6:المدينة','LOCATION','ariha'),
 ('L6:أريحا','LOCATION','ariha'), ('L6:التنظيمات الإرهابية','ACTOR',JF),
 ('L7:الفصائل','ACTOR',JF), ('L7:طائرات','WEAPON','warplanes'), ('L7:النظام','ACTOR','SY_GOV'),
 ('L7:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')), ('L7:أحياء المدينة','LOCATION','ariha'), ('L7:براميل متفجرة','WEAPON','barrel-bombs'),
 ('L7:ستة مدنيين','QUANTITY',None,(6,False,'killed')),
 ('L8:جيش الفتح','ACTOR',JF), ('L8:تويتر','ORG','twitter'), ('L8:سهل الغاب','LOCATION','al-ghab-plain'), ('L8:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L9:أريحا','LOCATION','ariha'), ('L9:شهرين','QUANTITY',None,(2,False,'other')), ('L9:جيش الفتح','ACTOR',JF), ('L9:مدينة إدلب','LOCATION','idlib'),
 ('L9:جسر الشغور','LOCATION','jisr-al-shughur'), ('L9:معسكر المسطومة','LOCATION','mastumah-camp'),
 ('L10:نحو ألفي عنصر','QUANTITY',None,(2000,True,'troops')), ('L10:قوات النظام','ACTOR','SY_GOV'), ('L10:الميليشيات الموالية لها','ACTOR',PGM),
 ('L10:مطار أبو الظهور العسكري','LOCATION','abu-al-duhur-airbase'), ('L10:ريف إدلب الشرقي','LOCATION','idlib-east-countryside'),
 ('L10:جيش الفتح','ACTOR',JF), ('L10:بلدتي الفوعة','LOCATION','al-fuaa'), ('L10:كفريا','LOCATION','kafraya'),
]
times = [
 ('L2:اليوم الخميس', D, 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L9:28 مارس/آذار الماضي', '2015-03-28', 'day'),
 ('L9:25 أبريل/نيسان', '2015-04-25', 'day'),
 ('L9:الأسبوع الماضي', '2015-05-18/2015-05-24', 'week'),
 ('L10:منذ أواخر مارس', '2015-03/2015-05', 'month'),
]
T = 'L2:اليوم الخميس'
SOHR = 'المرصد السوري لحقوق الإنسان'
JFC = 'قيادي في جيش الفتح (مراسل العربية)'
TV = 'مصدر عسكري (التلفزيون الرسمي السوري)'
ACT = 'ناشطون'
events = [
 dict(type='CONTROL', trig='L2:سيطرت#0', time=T, actors=[JF], targets=['SY_GOV'], loc='L2:مدينة أريحا'),                                # 1
 dict(type='CONTROL', trig='L2:سيطرتها', time=T, actors=[JF], targets=['SY_GOV'], loc='L2:معسكر جبل الأربعين'),                        # 2
 dict(type='CONTROL', trig='L2:تخسر', time=T, targets=['SY_GOV'], loc='L2:محافظة إدلب'),                                             # 3
 dict(type='WITHDRAWAL', trig='L3:انسحبوا', time=T, actors=['SY_GOV', PGM], loc='L3:المدينة', attr=SOHR),                            # 4
 dict(type='ATTACK', trig='L3:هجوم', time='L3:فجر اليوم', actors=['NUSRA', AHR], targets=['SY_GOV', PGM], qty=['L3:ثلاثة محاور'], attr=SOHR),  # 5
 dict(type='MOVEMENT', trig='L4:دخلوا', time=T, actors=[JF], loc='L4:أريحا', attr=JFC),                                             # 6
 dict(type='MOVEMENT', trig='L4:يتمركزون', actors=[HZ], loc='L4:جبل الأربعين', attr=JFC),                                           # 7
 dict(type='WITHDRAWAL', trig='L4:فرّوا', time=T, actors=[HZ], loc='L4:جبل الأربعين', attr=JFC),                                    # 8
 dict(type='ATTACK', trig='L5:قُتل', time=T, targets=['SY_GOV', JF], qty=['L5:ما لا يقل عن 18 عنصراً', 'L5:تسعة'], attr=SOHR),        # 9
 dict(type='ARREST', trig='L5:أسر', time=T, actors=[JF], targets=['SY_GOV'], qty=['L5:نحو 15 جندياً'], attr=SOHR),                   # 10
 dict(type='MOVEMENT', trig='L6:أعادت انتشارها', time=T, actors=['SY_GOV'], loc='L6:المدينة', attr=TV),                             # 11
 dict(type='CONTROL', trig='L6:سقوط', mod='denied', actors=[JF], targets=['SY_GOV'], loc='L6:أريحا', attr=TV),                       # 12
 dict(type='ATTACK', trig='L7:غارة', time=T, actors=['SY_GOV'], loc='L7:أحياء المدينة', weapons=['L7:طائرات', 'L7:براميل متفجرة'],
      qty=['L7:أكثر من 20 غارة', 'L7:ستة مدنيين'], attr=ACT),                                                                       # 13
 dict(type='STATEMENT', trig='L8:بيان', actors=[JF], attr='جيش الفتح'),                                                            # 14
 dict(type='OPERATION', trig='L8:عملياته', mod='planned', time='L8:خلال الأيام المقبلة', actors=[JF], loc='L8:سهل الغاب', attr='جيش الفتح'),  # 15
 dict(type='CONTROL', trig='L9:سقوط', time=T, actors=[JF], loc='L9:أريحا'),                                                         # 16
 dict(type='CONTROL', trig='L9:سيطرة', time='L9:28 مارس/آذار الماضي', actors=[JF], targets=['SY_GOV'], loc='L9:مدينة إدلب'),          # 17
 dict(type='OPERATION', trig='L10:يحاصر', time='L10:منذ أواخر مارس', actors=[JF], loc='L10:بلدتي الفوعة'),                          # 18
]
TD = (D, 'day')
V = (None, 'vague')
AR = ('مدينة أريحا', 'ariha')
forces = [
 dict(actor=JF, loc=AR, as_of=TD, status='controls', line=2, events=[1]),
 dict(actor=JF, loc=('معسكر جبل الأربعين', 'jabal-al-arbaeen'), as_of=TD, status='controls', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('المدينة', 'ariha'), as_of=TD, status='withdrawn', source=SOHR, line=3, events=[4]),
 dict(actor=PGM, loc=('المدينة', 'ariha'), as_of=TD, status='withdrawn', source=SOHR, line=3, events=[4]),
 dict(actor=JF, loc=('أريحا', 'ariha'), as_of=TD, status='arrived', source=JFC, line=4, events=[6]),
 dict(actor=HZ, loc=('جبل الأربعين', 'jabal-al-arbaeen'), as_of=V, status='present', source=JFC, line=4, events=[7]),
 dict(actor=HZ, loc=('جبل الأربعين', 'jabal-al-arbaeen'), as_of=TD, status='withdrawn', source=JFC, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('محيط المدينة', 'ariha-outskirts'), as_of=TD, status='present', source=TV, line=6, events=[11]),
 dict(actor=JF, loc=('مدينة إدلب', 'idlib'), as_of=('2015-03-28', 'day'), status='controls', line=9, events=[17]),
 dict(actor=JF, loc=('جسر الشغور', 'jisr-al-shughur'), as_of=('2015-04-25', 'day'), status='controls', line=9, events=[17]),
 dict(actor=JF, loc=('معسكر المسطومة', 'mastumah-camp'), as_of=('2015-05-18/2015-05-24', 'week'), status='controls', line=9, events=[17]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), loc=('مطار أبو الظهور العسكري', 'abu-al-duhur-airbase'), as_of=TD,
      status='present', source=ACT, line=10),
 dict(actor=PGM, loc=('مطار أبو الظهور العسكري', 'abu-al-duhur-airbase'), as_of=TD, status='present', source=ACT, line=10),
 dict(actor=JF, loc=('بلدتي الفوعة وكفريا', 'al-fuaa'), as_of=('2015-03/2015-05', 'month'), status='present', line=10, events=[18]),
]
build('alarabiya-ariha', None, 'العربية.نت', D, L, ents, times, events, forces)
