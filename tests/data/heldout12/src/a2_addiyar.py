from build import build
L = [
'الجيش يعلن انتصار "فجر الجرود".. وقافلة "داعش" عالقة في البادية تحت غارات التحالف',
'أعلن قائد الجيش العماد جوزاف عون، أمس، انتهاء عملية "فجر الجرود" بعد تحرير كامل جرود رأس بعلبك والقاع من إرهابيي تنظيم "داعش"، مؤكداً أن الجيش بات ينتشر على طول الحدود الشرقية "للمرة الأولى منذ الاستقلال".',
'وكان الجيش قد أطلق فجر السبت 19 آب الجاري معركته ضد التنظيم على مساحة تقارب 120 كيلومتراً مربعاً من الجرود، بالتزامن مع عملية "وإن عدتم عدنا" التي أطلقها حزب الله والجيش السوري من جهة القلمون الغربي.',
'وجاء إعلان النصر بعد اتفاق توصل إليه حزب الله مع التنظيم يوم الأحد الماضي، انطلق بموجبه الاثنين نحو 300 مسلح من "داعش" مع عائلاتهم في 17 حافلة من جرود القلمون باتجاه مدينة البوكمال على الحدود السورية - العراقية، مقابل الكشف عن مصير العسكريين اللبنانيين الأسرى لدى التنظيم.',
'غير أن طائرات التحالف الدولي بقيادة واشنطن أغارت، أمس الأربعاء، على الطريق الصحراوي قرب بلدة حميمة شرق تدمر لمنع تقدم القافلة، كما قصفت آليات للتنظيم قادمة من جهة دير الزور قرب البلدة.',
'وقال حزب الله، في بيان، إن القافلة باتت عالقة في البادية السورية وإن الطيران الأميركي يمنع وصول المياه والغذاء إلى من فيها من جرحى ونساء وأطفال، محمّلاً واشنطن المسؤولية عن حياتهم، ومؤكداً أن الاتفاق "أُنجز بالتنسيق مع الدولة السورية".',
'في المقابل، وصف رئيس الوزراء العراقي حيدر العبادي نقل مسلحي التنظيم إلى الحدود العراقية بأنه "أمر غير مقبول"، مؤكداً أن القوات العراقية "ستلاحقهم أينما كانوا".',
'وأفادت مصادر عسكرية لـ"الديار" بأن نحو 5 آلاف عسكري من أفواج التدخل والمغاوير ما زالوا ينتشرون في جرود رأس بعلبك والقاع، وأن قيادة الجيش تعتزم إقامة 11 مركزاً ثابتاً على التلال المحررة بعد انتهاء عمليات المسح الهندسي وتفكيك الألغام.',
'يذكر أن التنظيم سيطر على جرود رأس بعلبك والقاع في آب 2014، إثر معارك مع الجيش في بلدة عرسال خطف خلالها عدداً من العسكريين اللبنانيين.',
]
D = '2017-08-31'   # Thursday; a print daily: its أمس is Wednesday 2017-08-30
Y = '2017-08-30'
LB = 'OTHER:lebanon'
ents = [
 ('L0:الجيش','ACTOR',LB), ('L0:داعش','ACTOR','ISIS'), ('L0:البادية','LOCATION','syrian-desert'), ('L0:التحالف','ACTOR','COALITION'),
 ('L1:الجيش#0','ACTOR',LB), ('L1:جوزاف عون','PERSON','joseph-aoun'), ('L1:جرود رأس بعلبك','LOCATION','ras-baalbek-outskirts'),
 ('L1:القاع','LOCATION','qaa-outskirts'), ('L1:تنظيم "داعش"','ACTOR','ISIS'), ('L1:الجيش#1','ACTOR',LB),
 ('L1:الحدود الشرقية','LOCATION','lebanon-syria-border'),
 ('L2:الجيش#0','ACTOR',LB), ('L2:التنظيم','ACTOR','ISIS'), ('L2:تقارب 120 كيلومتراً مربعاً','QUANTITY',None,(120,True,'other')),
 ('L2:الجرود','LOCATION','ras-baalbek-qaa-outskirts'), ('L2:حزب الله','ACTOR','HEZBOLLAH'), ('L2:الجيش السوري','ACTOR','SY_GOV'),
 ('L2:القلمون الغربي','LOCATION','western-qalamoun'),
 ('L3:حزب الله','ACTOR','HEZBOLLAH'), ('L3:التنظيم#0','ACTOR','ISIS'), ('L3:نحو 300 مسلح','QUANTITY',None,(300,True,'fighters')),
 ('L3:داعش','ACTOR','ISIS'), ('L3:17 حافلة','QUANTITY',None,(17,False,'vehicles')), ('L3:جرود القلمون','LOCATION','qalamoun-outskirts'),
 ('L3:مدينة البوكمال','LOCATION','albukamal'), ('L3:الحدود السورية - العراقية','LOCATION','iraq-syria-border'), ('L3:التنظيم#1','ACTOR','ISIS'),
 ('L4:طائرات','WEAPON','warplanes'), ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:واشنطن','ACTOR','US'),
 ('L4:الطريق الصحراوي','LOCATION','palmyra-albukamal-road'), ('L4:بلدة حميمة','LOCATION','humaymah'), ('L4:تدمر','LOCATION','palmyra'),
 ('L4:آليات','WEAPON','military-vehicles'), ('L4:لتنظيم','ACTOR','ISIS'), ('L4:دير الزور','LOCATION','deir-ez-zor'),
 ('L4:البلدة','LOCATION','humaymah'),
 ('L5:حزب الله','ACTOR','HEZBOLLAH'), ('L5:البادية السورية','LOCATION','syrian-desert'), ('L5:الطيران الأميركي','ACTOR','US'),
 ('L5:واشنطن','ACTOR','US'), ('L5:الدولة السورية','ACTOR','SY_GOV'),
 ('L6:حيدر العبادي','PERSON','haider-al-abadi'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:الحدود العراقية','LOCATION','iraq-syria-border'),
 ('L6:القوات العراقية','ACTOR','IQ_GOV'),
 ('L7:الديار','ORG','addiyar'), ('L7:نحو 5 آلاف عسكري','QUANTITY',None,(5000,True,'troops')), ('L7:أفواج التدخل والمغاوير','ACTOR',LB),
 ('L7:جرود رأس بعلبك','LOCATION','ras-baalbek-outskirts'), ('L7:القاع','LOCATION','qaa-outskirts'), ('L7:قيادة الجيش','ACTOR',LB),
 ('L7:11 مركزاً','QUANTITY',None,(11,False,'other')), ('L7:التلال المحررة','LOCATION','ras-baalbek-liberated-hills'), ('L7:الألغام','WEAPON','mines'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:جرود رأس بعلبك','LOCATION','ras-baalbek-outskirts'), ('L8:القاع','LOCATION','qaa-outskirts'),
 ('L8:الجيش','ACTOR',LB), ('L8:بلدة عرسال','LOCATION','arsal'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L2:فجر السبت 19 آب الجاري', '2017-08-19', 'part-of-day', {'part':'morning'}),
 ('L3:يوم الأحد الماضي', '2017-08-27', 'day'),
 ('L3:الاثنين', '2017-08-28', 'day'),
 ('L4:أمس الأربعاء', Y, 'day'),
 ('L8:آب 2014', '2014-08', 'month'),
]
AOUN = 'جوزاف عون'
HZS = 'حزب الله'
ABADI = 'حيدر العبادي'
SRC = 'مصادر عسكرية (الديار)'
START = 'L2:فجر السبت 19 آب الجاري'
SUN = 'L3:يوم الأحد الماضي'
MON = 'L3:الاثنين'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time='L1:أمس', actors=[LB], attr=AOUN),                                                      # 1
 dict(type='OPERATION', trig='L1:عملية', time=START, actors=[LB], targets=['ISIS'], loc='L1:جرود رأس بعلبك', attr=AOUN),             # 2
 dict(type='CONTROL', trig='L1:تحرير', time='L1:أمس', actors=[LB], targets=['ISIS'], loc='L1:جرود رأس بعلبك', attr=AOUN),            # 3
 dict(type='MOVEMENT', trig='L1:ينتشر', time='L1:أمس', actors=[LB], loc='L1:الحدود الشرقية', attr=AOUN),                            # 4
 dict(type='OPERATION', trig='L2:معركته', time=START, actors=[LB], targets=['ISIS'], loc='L2:الجرود', qty=['L2:تقارب 120 كيلومتراً مربعاً']),  # 5
 dict(type='OPERATION', trig='L2:عملية', time=START, actors=['HEZBOLLAH','SY_GOV'], targets=['ISIS'], loc='L2:القلمون الغربي'),       # 6
 dict(type='AGREEMENT', trig='L3:اتفاق', time=SUN, actors=['HEZBOLLAH','ISIS']),                                                     # 7
 dict(type='WITHDRAWAL', trig='L3:انطلق', time=MON, actors=['ISIS'], loc='L3:جرود القلمون', qty=['L3:نحو 300 مسلح','L3:17 حافلة']),  # 8
 dict(type='ATTACK', trig='L4:أغارت', time='L4:أمس الأربعاء', actors=['COALITION'], targets=['ISIS'], loc='L4:الطريق الصحراوي',
      weapons=['L4:طائرات']),                                                                                                        # 9
 dict(type='ATTACK', trig='L4:قصفت', time='L4:أمس الأربعاء', actors=['COALITION'], targets=['ISIS'], loc='L4:البلدة',
      weapons=['L4:طائرات']),                                                                                                        # 10
 dict(type='STATEMENT', trig='L5:قال', actors=['HEZBOLLAH'], attr=HZS),                                                             # 11
 dict(type='AGREEMENT', trig='L5:الاتفاق', time=SUN, actors=['HEZBOLLAH','ISIS','SY_GOV'], attr=HZS),                                # 12
 dict(type='STATEMENT', trig='L6:وصف', actors=['IQ_GOV'], attr=ABADI),                                                              # 13
 dict(type='MOVEMENT', trig='L6:نقل', time=MON, actors=['ISIS'], loc='L6:الحدود العراقية', attr=ABADI),                              # 14
 dict(type='OPERATION', trig='L6:ستلاحقهم', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], attr=ABADI),                        # 15
 dict(type='MOVEMENT', trig='L7:ينتشرون', actors=[LB], loc='L7:جرود رأس بعلبك', attr=SRC, qty=['L7:نحو 5 آلاف عسكري']),             # 16
 dict(type='BASE', trig='L7:إقامة', mod='planned', actors=[LB], loc='L7:التلال المحررة', attr=SRC, qty=['L7:11 مركزاً']),            # 17
 dict(type='OPERATION', trig='L7:المسح الهندسي', actors=[LB], loc='L7:التلال المحررة', attr=SRC),                                   # 18
 dict(type='CONTROL', trig='L8:سيطر', time='L8:آب 2014', actors=['ISIS'], targets=[LB], loc='L8:جرود رأس بعلبك'),                    # 19
 dict(type='ATTACK', trig='L8:معارك', time='L8:آب 2014', actors=['ISIS',LB], loc='L8:بلدة عرسال'),                                   # 20
 dict(type='ARREST', trig='L8:خطف', time='L8:آب 2014', actors=['ISIS'], targets=[LB], loc='L8:بلدة عرسال'),                          # 21
]
YD = (Y, 'day')
OD = (D, 'day')
ST = ('2017-08-19', 'part-of-day')
AUG14 = ('2014-08', 'month')
forces = [
 dict(actor=LB, loc=('جرود رأس بعلبك','ras-baalbek-outskirts'), as_of=YD, status='controls', source=AOUN, line=1, events=[3]),
 dict(actor=LB, loc=('القاع','qaa-outskirts'), as_of=YD, status='controls', source=AOUN, line=1, events=[3]),
 dict(actor=LB, loc=('الحدود الشرقية','lebanon-syria-border'), as_of=YD, status='present', source=AOUN, line=1, events=[4]),
 dict(actor=LB, loc=('الجرود','ras-baalbek-qaa-outskirts'), as_of=ST, status='present', line=2, events=[5]),
 dict(actor='ISIS', loc=('الجرود','ras-baalbek-qaa-outskirts'), as_of=ST, status='present', line=2, events=[5]),
 dict(actor='HEZBOLLAH', loc=('القلمون الغربي','western-qalamoun'), as_of=ST, status='present', line=2, events=[6]),
 dict(actor='SY_GOV', loc=('القلمون الغربي','western-qalamoun'), as_of=ST, status='present', line=2, events=[6]),
 dict(actor='ISIS', strength=(300, True, 'fighters'), assets='17 حافلة', loc=('جرود القلمون','qalamoun-outskirts'), as_of=('2017-08-28','day'),
      status='withdrawn', line=3, events=[8]),
 dict(actor='ISIS', assets='آليات', loc=('البلدة','humaymah'), as_of=YD, status='attacked', line=4, events=[10]),
 dict(actor='ISIS', assets='القافلة', loc=('البادية السورية','syrian-desert'), as_of=OD, status='present', source=HZS, line=5, events=[]),
 dict(actor=LB, strength=(5000, True, 'troops'), assets='أفواج التدخل والمغاوير', loc=('جرود رأس بعلبك','ras-baalbek-outskirts'), as_of=OD,
      status='present', source=SRC, line=7, events=[16]),
 dict(actor=LB, strength=(5000, True, 'troops'), assets='أفواج التدخل والمغاوير', loc=('القاع','qaa-outskirts'), as_of=OD,
      status='present', source=SRC, line=7, events=[16]),
 dict(actor=LB, assets='11 مركزاً ثابتاً', loc=('التلال المحررة','ras-baalbek-liberated-hills'), as_of=OD, status='planned', source=SRC,
      line=7, events=[17]),
 dict(actor='ISIS', loc=('جرود رأس بعلبك','ras-baalbek-outskirts'), as_of=AUG14, status='controls', line=8, events=[19]),
 dict(actor='ISIS', loc=('القاع','qaa-outskirts'), as_of=AUG14, status='controls', line=8, events=[19]),
 dict(actor='ISIS', loc=('بلدة عرسال','arsal'), as_of=AUG14, status='present', line=8, events=[20]),
 dict(actor=LB, loc=('بلدة عرسال','arsal'), as_of=AUG14, status='present', line=8, events=[20]),
]
build('addiyar-fajr-al-juroud-convoy', None, 'الديار', D, L, ents, times, events, forces)
