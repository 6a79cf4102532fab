from build import build
L = [
'الجيش السوري يستعيد مواقع في مطار الثعلة بالسويداء.. و«الجبهة الجنوبية» تنسحب',
'دمشق - «الخليج»، وكالات:',
'استعاد الجيش السوري، أمس الجمعة، السيطرة على مواقع خسرها في محيط مطار الثعلة العسكري غربي مدينة السويداء، بعد معارك عنيفة مع فصائل «الجبهة الجنوبية» التي شنت هجوماً واسعاً على المطار فجر الخميس.',
'وقال مصدر عسكري لوكالة الأنباء السورية «سانا» إن وحدات الجيش، بمؤازرة مسلحين من أبناء السويداء، «أحبطت محاولة المجموعات الإرهابية التسلل» إلى المطار، وقتلت العشرات منهم، ودمرت 4 دبابات وعدداً من العربات المزودة برشاشات ثقيلة.',
'في المقابل، أكد الناطق باسم «الجبهة الجنوبية» عصام الريس أن مقاتلي الفصائل دخلوا الخميس إلى المطار من جهتي الغرب والشمال وسيطروا على سرية الدفاع الجوي وعدد من الحظائر، قبل أن ينسحبوا منها مساء الخميس «بسبب كثافة القصف الجوي».',
'ونفى الريس أن تكون الفصائل قد استهدفت القرى المحيطة بالمطار، مشيراً إلى أن المطار تنطلق منه المروحيات التي تلقي البراميل المتفجرة على قرى ريف درعا الشرقي.',
'وأفاد المرصد السوري لحقوق الإنسان بأن الطيران الحربي نفذ أكثر من 40 غارة على محيط المطار وبلدتي الدور وأم ولد خلال اليومين الماضيين، فيما قُتل 19 مقاتلاً على الأقل من الفصائل و11 عنصراً من قوات النظام.',
'وتزامنت المعارك مع حالة استنفار في مدينة السويداء، حيث دعا مشايخ العقل أبناء الطائفة الدرزية إلى حمل السلاح، بعد مقتل 20 مدنياً درزياً برصاص عناصر من «جبهة النصرة» في قرية قلب لوزة بريف إدلب يوم الأربعاء.',
'وذكرت مصادر محلية أن الجيش دفع مساء أمس بتعزيزات من الفرقة الخامسة في إزرع، تضم نحو 300 عنصر و15 آلية، إلى المطار، فيما انتشر مئات المسلحين من «لجان الدفاع الوطني» على التلال المحيطة به.',
'وكانت فصائل «الجبهة الجنوبية» قد سيطرت الثلاثاء الماضي على مقر «اللواء 52» في ريف درعا الشرقي، أحد أكبر القواعد العسكرية في الجنوب، بعد انسحاب قوات النظام منه باتجاه بلدة خربة غزالة.',
'ويقول قادة في المعارضة إن معركة مطار الثعلة «لم تنته بعد»، وإن الفصائل تخطط لإطلاق معركة مدينة درعا «خلال أسابيع».',
]
D = '2015-06-13'   # Saturday; Sharjah print daily dated the day after the news (أمس الجمعة = 12 June)
FRI = '2015-06-12'
THU = '2015-06-11'
SF = 'OTHER:southern-front'
PGM = 'OTHER:pro-government-militias'
DRZ = 'OTHER:local-gunmen'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:مطار الثعلة','LOCATION','thaala-airbase'), ('L0:السويداء','LOCATION','suwayda'),
 ('L0:الجبهة الجنوبية','ACTOR',SF),
 ('L1:دمشق','LOCATION','damascus'), ('L1:الخليج','ORG','alkhaleej'),
 ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:محيط مطار الثعلة العسكري','LOCATION','thaala-airbase'), ('L2:مدينة السويداء','LOCATION','suwayda'),
 ('L2:فصائل «الجبهة الجنوبية»','ACTOR',SF), ('L2:المطار','LOCATION','thaala-airbase'),
 ('L3:وكالة الأنباء السورية','ORG','sana'), ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'),
 ('L3:مسلحين من أبناء السويداء','ACTOR',DRZ), ('L3:المجموعات الإرهابية','ACTOR','FSA'), ('L3:المطار','LOCATION','thaala-airbase'),
 ('L3:العشرات','QUANTITY',None,([24,99],True,'killed')), ('L3:4 دبابات','QUANTITY',None,(4,False,'vehicles')), ('L3:دبابات','WEAPON','tanks'),
 ('L3:العربات المزودة برشاشات ثقيلة','WEAPON','technicals'),
 ('L4:الجبهة الجنوبية','ACTOR',SF), ('L4:عصام الريس','PERSON','issam-al-rayyes'), ('L4:الفصائل','ACTOR','FSA'), ('L4:المطار','LOCATION','thaala-airbase'),
 ('L4:سرية الدفاع الجوي','LOCATION','thaala-air-defence-company'), ('L4:الحظائر','LOCATION','thaala-hangars'),
 ('L5:الريس','PERSON','issam-al-rayyes'), ('L5:الفصائل','ACTOR','FSA'), ('L5:القرى المحيطة بالمطار','LOCATION','thaala-surroundings'),
 ('L5:المطار#1','LOCATION','thaala-airbase'), ('L5:المروحيات','WEAPON','helicopters'), ('L5:البراميل المتفجرة','WEAPON','barrel-bombs'),
 ('L5:قرى ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:الطيران الحربي','WEAPON','warplanes'), ('L6:أكثر من 40 غارة','QUANTITY',None,(40,True,'other')),
 ('L6:محيط المطار','LOCATION','thaala-airbase'), ('L6:بلدتي الدور','LOCATION','al-dour'), ('L6:أم ولد','LOCATION','umm-walad'),
 ('L6:19 مقاتلاً على الأقل','QUANTITY',None,(19,True,'killed')), ('L6:الفصائل','ACTOR','FSA'), ('L6:11 عنصراً','QUANTITY',None,(11,False,'killed')),
 ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L7:مدينة السويداء','LOCATION','suwayda'), ('L7:20 مدنياً درزياً','QUANTITY',None,(20,False,'killed')), ('L7:جبهة النصرة','ACTOR','NUSRA'),
 ('L7:قرية قلب لوزة','LOCATION','qalb-lawzeh'), ('L7:ريف إدلب','LOCATION','idlib-countryside'),
 ('L8:الجيش','ACTOR','SY_GOV'), ('L8:الفرقة الخامسة','ACTOR','SY_GOV'), ('L8:إزرع','LOCATION','izraa'),
 ('L8:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L8:15 آلية','QUANTITY',None,(15,False,'vehicles')), ('L8:آلية','WEAPON','vehicles'),
 ('L8:المطار','LOCATION','thaala-airbase'), ('L8:مئات المسلحين','QUANTITY',None,([100,999],True,'fighters')),
 ('L8:لجان الدفاع الوطني','ACTOR',PGM), ('L8:التلال المحيطة به','LOCATION','thaala-hills'),
 ('L9:فصائل «الجبهة الجنوبية»','ACTOR',SF), ('L9:مقر «اللواء 52»','LOCATION','brigade-52-base'), ('L9:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L9:الجنوب#1','LOCATION','southern-syria'), ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:بلدة خربة غزالة','LOCATION','khirbet-ghazaleh'),
 ('L10:المعارضة','ACTOR','FSA'), ('L10:مطار الثعلة','LOCATION','thaala-airbase'), ('L10:الفصائل','ACTOR','FSA'), ('L10:مدينة درعا','LOCATION','daraa'),
]
times = [
 ('L2:أمس الجمعة', FRI, 'day'),
 ('L2:فجر الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L4:الخميس#0', THU, 'day'),
 ('L4:مساء الخميس', THU, 'part-of-day', {'part': 'evening'}),
 ('L6:خلال اليومين الماضيين', THU + '/' + D, 'day'),
 ('L7:يوم الأربعاء', '2015-06-10', 'day'),
 ('L8:مساء أمس', FRI, 'part-of-day', {'part': 'evening'}),
 ('L9:الثلاثاء الماضي', '2015-06-09', 'day'),
 ('L10:خلال أسابيع', D + '/', 'vague', {'relation': 'after'}),
]
Y = 'L2:أمس الجمعة'
FJ = 'L2:فجر الخميس'
MS = 'مصدر عسكري (سانا)'
RY = 'عصام الريس'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='CONTROL', trig='L2:استعاد', time=Y, actors=['SY_GOV'], loc='L2:محيط مطار الثعلة العسكري'),                              # 1
 dict(type='ATTACK', trig='L2:معارك', time=Y, actors=['SY_GOV', SF], loc='L2:محيط مطار الثعلة العسكري'),                            # 2
 dict(type='ATTACK', trig='L2:هجوماً', time=FJ, actors=[SF], targets=['SY_GOV'], loc='L2:المطار'),                                # 3
 dict(type='ATTACK', trig='L3:أحبطت', time=FJ, actors=['SY_GOV', DRZ], targets=['FSA'], loc='L3:المطار', attr=MS),                     # 4
 dict(type='MOVEMENT', trig='L3:التسلل', time=FJ, actors=['FSA'], loc='L3:المطار', attr=MS),                                          # 5
 dict(type='ATTACK', trig='L3:قتلت', time=FJ, actors=['SY_GOV'], targets=['FSA'], qty=['L3:العشرات'], attr=MS),                        # 6
 dict(type='MOVEMENT', trig='L4:دخلوا', time='L4:الخميس#0', actors=[SF], loc='L4:المطار', attr=RY),                                  # 7
 dict(type='CONTROL', trig='L4:سيطروا', time='L4:الخميس#0', actors=[SF], loc='L4:سرية الدفاع الجوي', attr=RY),                       # 8
 dict(type='WITHDRAWAL', trig='L4:ينسحبوا', time='L4:مساء الخميس', actors=[SF], loc='L4:سرية الدفاع الجوي', attr=RY),                # 9
 dict(type='ATTACK', trig='L4:القصف الجوي', time='L4:الخميس#0', actors=['SY_GOV'], targets=[SF], attr=RY),                            # 10
 dict(type='ATTACK', trig='L5:استهدفت', mod='denied', time=FJ, actors=['FSA'], loc='L5:القرى المحيطة بالمطار', attr=RY),                # 11
 dict(type='ATTACK', trig='L5:تلقي', actors=['SY_GOV'], loc='L5:قرى ريف درعا الشرقي',
      weapons=['L5:المروحيات', 'L5:البراميل المتفجرة'], attr=RY),                                                                  # 12
 dict(type='ATTACK', trig='L6:غارة', time='L6:خلال اليومين الماضيين', actors=['SY_GOV'], targets=['FSA'], loc='L6:محيط المطار',
      weapons=['L6:الطيران الحربي'], qty=['L6:أكثر من 40 غارة'], attr=SOHR),                                                       # 13
 dict(type='ATTACK', trig='L6:قُتل', time='L6:خلال اليومين الماضيين', actors=['SY_GOV', 'FSA'],
      qty=['L6:19 مقاتلاً على الأقل', 'L6:11 عنصراً'], attr=SOHR),                                                                  # 14
 dict(type='ATTACK', trig='L7:برصاص', time='L7:يوم الأربعاء', actors=['NUSRA'], loc='L7:قرية قلب لوزة', qty=['L7:20 مدنياً درزياً']),  # 15
 dict(type='MOVEMENT', trig='L8:دفع', time='L8:مساء أمس', actors=['SY_GOV'], loc='L8:المطار', weapons=['L8:آلية'],
      qty=['L8:نحو 300 عنصر', 'L8:15 آلية'], attr='مصادر محلية'),                                                                  # 16
 dict(type='MOVEMENT', trig='L8:انتشر', time='L8:مساء أمس', actors=[PGM], loc='L8:التلال المحيطة به', qty=['L8:مئات المسلحين'], attr='مصادر محلية'),  # 17
 dict(type='CONTROL', trig='L9:سيطرت', time='L9:الثلاثاء الماضي', actors=[SF], loc='L9:مقر «اللواء 52»'),                            # 18
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time='L9:الثلاثاء الماضي', actors=['SY_GOV'], loc='L9:مقر «اللواء 52»'),                  # 19
 dict(type='OPERATION', trig='L10:معركة#0', time=FJ, actors=['FSA'], targets=['SY_GOV'], loc='L10:مطار الثعلة', attr='قادة في المعارضة'),  # 20
 dict(type='OPERATION', trig='L10:معركة#1', mod='planned', time='L10:خلال أسابيع', actors=['FSA'], targets=['SY_GOV'], loc='L10:مدينة درعا',
      attr='قادة في المعارضة'),                                                                                                     # 21
]
FD = (FRI, 'day')
TH = (THU, 'day')
FE = (FRI, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('محيط مطار الثعلة العسكري', 'thaala-airbase'), as_of=FD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('محيط مطار الثعلة العسكري', 'thaala-airbase'), as_of=FD, status='present', line=2, events=[2]),
 dict(actor=SF, loc=('محيط مطار الثعلة العسكري', 'thaala-airbase'), as_of=FD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('المطار', 'thaala-airbase'), as_of=(THU, 'part-of-day'), status='attacked', line=2, events=[3]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('المطار', 'thaala-airbase'), as_of=TH, status='present', source=MS, line=3, events=[4]),
 dict(actor=DRZ, loc=('المطار', 'thaala-airbase'), as_of=TH, status='present', source=MS, line=3, events=[4]),
 dict(actor=SF, loc=('المطار', 'thaala-airbase'), as_of=TH, status='arrived', source=RY, line=4, events=[7]),
 dict(actor=SF, loc=('سرية الدفاع الجوي', 'thaala-air-defence-company'), as_of=TH, status='controls', source=RY, line=4, events=[8]),
 dict(actor=SF, loc=('سرية الدفاع الجوي', 'thaala-air-defence-company'), as_of=(THU, 'part-of-day'), status='withdrawn', source=RY, line=4, events=[9]),
 dict(actor='SY_GOV', assets='المروحيات', loc=('المطار', 'thaala-airbase'), as_of=(D, 'day'), status='present', source=RY, line=5, events=[12]),
 dict(actor='FSA', loc=('محيط المطار', 'thaala-airbase'), as_of=(THU + '/' + D, 'day'), status='attacked', source=SOHR, line=6, events=[13]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), assets='15 آلية من الفرقة الخامسة', loc=('المطار', 'thaala-airbase'), as_of=FE,
      status='reinforced', source='مصادر محلية', line=8, events=[16]),
 dict(actor=PGM, strength=([100, 999], True, 'fighters'), loc=('التلال المحيطة به', 'thaala-hills'), as_of=FE, status='present',
      source='مصادر محلية', line=8, events=[17]),
 dict(actor=SF, loc=('مقر «اللواء 52»', 'brigade-52-base'), as_of=('2015-06-09', 'day'), status='controls', line=9, events=[18]),
 dict(actor='SY_GOV', loc=('مقر «اللواء 52»', 'brigade-52-base'), as_of=('2015-06-09', 'day'), status='withdrawn', line=9, events=[19]),
]
build('alkhaleej-thaala-airbase', None, 'الخليج', D, L, ents, times, events, forces)
