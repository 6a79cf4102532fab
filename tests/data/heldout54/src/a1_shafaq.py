from build import build
L = [
'قتلى وجرحى بقصف صاروخي للحرس الثوري على أربيل.. وبغداد تستدعي سفيرها في طهران',
'شفق نيوز/ قُتل أربعة مدنيين وأصيب ستة آخرون، ليل الاثنين - الثلاثاء، بقصف صاروخي استهدف منزلاً ومواقع أخرى شمال شرقي مدينة أربيل، عاصمة إقليم كوردستان، بحسب ما أعلنه مجلس أمن الإقليم في بيان.',
'وأوضح المجلس أن 11 صاروخاً باليستياً سقطت في المنطقة قرابة الساعة الحادية عشرة والنصف من ليلة أمس، ما أدى إلى مقتل رجل الأعمال بيشرو دزيي وطفلته الرضيعة واثنين من العاملين في منزله.',
'وسرعان ما تبنى الحرس الثوري الإيراني الهجوم، وقال في بيان نقلته وكالة "تسنيم" إنه دمّر "مقراً لجهاز التجسس الإسرائيلي (الموساد)" في أربيل، كما استهدف بصواريخ أخرى مواقع لتنظيم "داعش" في محافظة إدلب السورية.',
'في المقابل، نفت حكومة إقليم كوردستان وجود أي مقرات إسرائيلية في الإقليم، فيما وصف رئيسها مسرور بارزاني القصف بأنه "جريمة بحق الشعب الكوردي"، مطالباً الحكومة الاتحادية والمجتمع الدولي بـ"عدم الصمت".',
'من جهتها، أعلنت وزارة الخارجية العراقية، صباح اليوم الثلاثاء، استدعاء سفيرها في طهران نصير عبد المحسن للتشاور، واستدعاء القائم بالأعمال الإيراني في بغداد، مؤكدة أنها ستتقدم بشكوى إلى مجلس الأمن الدولي ضد "العدوان الإيراني".',
'وقال مستشار الأمن القومي قاسم الأعرجي، الذي زار موقع القصف على رأس لجنة تحقيق حكومية، إن "الحديث عن وجود مقر للموساد في المنزل المستهدف لا أساس له"، مبيناً أن اللجنة سترفع تقريرها إلى رئيس الوزراء خلال أيام.',
'وأفاد مصدر أمني في أربيل لوكالة شفق نيوز بأن حركة الطيران في مطار أربيل الدولي توقفت لساعات، فيما أطلقت منظومات الدفاع الجوي التابعة للتحالف الدولي في المطار صواريخ اعتراضية من دون أن تتمكن من إسقاط الصواريخ المهاجمة.',
'وتنتشر في أربيل قوات أمريكية ضمن التحالف الدولي يقدر عددها بنحو 900 جندي، تتوزع بين المطار وقاعدة حرير شمال شرقي المدينة، وقد تعرضت لأكثر من 60 هجوماً بطائرات مسيّرة وصواريخ منذ منتصف تشرين الأول الماضي، تبنت معظمها "المقاومة الإسلامية في العراق".',
'ويأتي القصف بعد نحو عامين من هجوم مماثل في آذار 2022، حين أطلق الحرس الثوري 12 صاروخاً على محيط القنصلية الأمريكية الجديدة في أربيل، قائلاً إنه استهدف "مركزاً استراتيجياً إسرائيلياً".',
]
D = '2024-01-16'   # Tuesday; Shafaq News web copy of its own day
MON = '2024-01-15'
KRG = 'OTHER:krg'
ISR = 'OTHER:israel'
IRI = 'OTHER:islamic-resistance-iraq'
ents = [
 ('L0:لحرس الثوري','ACTOR','IR'), ('L0:أربيل','LOCATION','erbil'), ('L0:بغداد','ACTOR','IQ_GOV'), ('L0:طهران','LOCATION','tehran'),
 ('L1:شفق نيوز','ORG','shafaq-news'), ('L1:أربعة مدنيين','QUANTITY',None,(4,False,'killed')), ('L1:ستة','QUANTITY',None,(6,False,'wounded')),
 ('L1:مدينة أربيل','LOCATION','erbil'), ('L1:عاصمة إقليم كوردستان','LOCATION','erbil'), ('L1:مجلس أمن الإقليم','ACTOR',KRG),
 ('L2:المجلس','ACTOR',KRG), ('L2:11 صاروخاً باليستياً','QUANTITY',None,(11,False,'missiles')), ('L2:صاروخاً باليستياً','WEAPON','ballistic-missiles'),
 ('L2:المنطقة','LOCATION','erbil'), ('L2:بيشرو دزيي','PERSON','peshraw-dizayee'), ('L2:اثنين','QUANTITY',None,(2,False,'killed')),
 ('L3:الحرس الثوري الإيراني','ACTOR','IR'), ('L3:تسنيم','ORG','tasnim'), ('L3:جهاز التجسس الإسرائيلي','ACTOR',ISR), ('L3:الموساد','ACTOR',ISR),
 ('L3:أربيل','LOCATION','erbil'), ('L3:صواريخ','WEAPON','missiles'), ('L3:تنظيم "داعش"','ACTOR','ISIS'), ('L3:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L4:حكومة إقليم كوردستان','ACTOR',KRG), ('L4:الإقليم','LOCATION','kurdistan-region'), ('L4:مسرور بارزاني','PERSON','masrour-barzani'),
 ('L4:الحكومة الاتحادية','ACTOR','IQ_GOV'),
 ('L5:وزارة الخارجية العراقية','ACTOR','IQ_GOV'), ('L5:طهران','LOCATION','tehran'), ('L5:نصير عبد المحسن','PERSON','naseer-abdul-mohsen'),
 ('L5:بغداد','LOCATION','baghdad'), ('L5:مجلس الأمن الدولي','ORG','unsc'),
 ('L6:قاسم الأعرجي','PERSON','qasim-al-araji'), ('L6:موقع القصف','LOCATION','erbil-strike-site'), ('L6:لموساد','ACTOR',ISR),
 ('L6:المنزل المستهدف','LOCATION','erbil-strike-site'),
 ('L7:أربيل#0','LOCATION','erbil'), ('L7:وكالة شفق نيوز','ORG','shafaq-news'), ('L7:مطار أربيل الدولي','LOCATION','erbil-airport'),
 ('L7:منظومات الدفاع الجوي','WEAPON','air-defence-systems'), ('L7:لتحالف الدولي','ACTOR','COALITION'), ('L7:المطار','LOCATION','erbil-airport'),
 ('L7:صواريخ اعتراضية','WEAPON','interceptor-missiles'), ('L7:الصواريخ المهاجمة','WEAPON','ballistic-missiles'),
 ('L8:أربيل','LOCATION','erbil'), ('L8:قوات أمريكية','ACTOR','US'), ('L8:التحالف الدولي','ACTOR','COALITION'),
 ('L8:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L8:المطار','LOCATION','erbil-airport'), ('L8:قاعدة حرير','LOCATION','harir'),
 ('L8:المدينة','LOCATION','erbil'), ('L8:أكثر من 60 هجوماً','QUANTITY',None,(60,True,'other')), ('L8:طائرات مسيّرة','WEAPON','drones'),
 ('L8:صواريخ','WEAPON','rockets'), ('L8:المقاومة الإسلامية في العراق','ACTOR',IRI),
 ('L9:نحو عامين','QUANTITY',None,(2,True,'other')), ('L9:الحرس الثوري','ACTOR','IR'), ('L9:12 صاروخاً','QUANTITY',None,(12,False,'missiles')),
 ('L9:صاروخاً','WEAPON','ballistic-missiles'), ('L9:محيط القنصلية الأمريكية الجديدة','LOCATION','us-consulate-erbil'), ('L9:أربيل','LOCATION','erbil'),
]
times = [
 ('L1:ليل الاثنين - الثلاثاء', MON, 'part-of-day', {'part': 'night'}),
 ('L2:الساعة الحادية عشرة والنصف من ليلة أمس', MON, 'part-of-day', {'part': 'night'}),
 ('L5:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L8:منذ منتصف تشرين الأول الماضي', '2023-10/2024-01', 'month'),
 ('L9:آذار 2022', '2022-03', 'month'),
]
N = 'L1:ليل الاثنين - الثلاثاء'
SC = 'مجلس أمن الإقليم'
IRGC = 'الحرس الثوري الإيراني (تسنيم)'
SRC = 'مصدر أمني في أربيل (شفق نيوز)'
SINCE = 'L8:منذ منتصف تشرين الأول الماضي'
events = [
 dict(type='ATTACK', trig='L1:قصف', time=N, actors=['IR'], loc='L1:مدينة أربيل', qty=['L1:أربعة مدنيين', 'L1:ستة'], attr=SC),              # 1
 dict(type='STATEMENT', trig='L1:أعلنه', actors=[KRG], attr=SC),                                                       # 2
 dict(type='ATTACK', trig='L2:سقطت', time='L2:الساعة الحادية عشرة والنصف من ليلة أمس', actors=['IR'], loc='L2:المنطقة',
      weapons=['L2:صاروخاً باليستياً'], qty=['L2:11 صاروخاً باليستياً', 'L2:اثنين'], attr=SC),                                        # 3
 dict(type='ATTACK', trig='L3:الهجوم', time=N, actors=['IR'], attr=IRGC),                                                            # 4
 dict(type='STATEMENT', trig='L3:قال', actors=['IR'], attr=IRGC),                                                                   # 5
 dict(type='ATTACK', trig='L3:دمّر', time=N, actors=['IR'], targets=[ISR], loc='L3:أربيل', attr=IRGC),                               # 6
 dict(type='ATTACK', trig='L3:استهدف', time=N, actors=['IR'], targets=['ISIS'], loc='L3:محافظة إدلب', weapons=['L3:صواريخ'], attr=IRGC),  # 7
 dict(type='BASE', trig='L4:مقرات', mod='denied', actors=[ISR], loc='L4:الإقليم', attr='حكومة إقليم كوردستان'),                       # 8
 dict(type='ATTACK', trig='L4:القصف', time=N, actors=['IR'], attr='مسرور بارزاني'),                                                   # 9
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:صباح اليوم الثلاثاء', actors=['IQ_GOV'], attr='وزارة الخارجية العراقية'),          # 10
 dict(type='ATTACK', trig='L5:العدوان', time=N, actors=['IR'], attr='وزارة الخارجية العراقية'),                                      # 11
 dict(type='STATEMENT', trig='L6:قال', actors=['IQ_GOV'], attr='قاسم الأعرجي'),                                                      # 12
 dict(type='BASE', trig='L6:مقر', mod='denied', actors=[ISR], loc='L6:المنزل المستهدف', attr='قاسم الأعرجي'),                          # 13
 dict(type='ATTACK', trig='L7:أطلقت', time=N, actors=['COALITION'], targets=['IR'], loc='L7:المطار',
      weapons=['L7:منظومات الدفاع الجوي', 'L7:صواريخ اعتراضية'], attr=SRC),                                                           # 14
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['US'], loc='L8:أربيل', qty=['L8:نحو 900 جندي']),                                      # 15
 dict(type='ATTACK', trig='L8:هجوماً', time=SINCE, actors=[IRI], targets=['US'], weapons=['L8:طائرات مسيّرة', 'L8:صواريخ'],
      qty=['L8:أكثر من 60 هجوماً']),                                                                                                 # 16
 dict(type='ATTACK', trig='L9:القصف', time=N, actors=['IR']),                                                                        # 17
 dict(type='ATTACK', trig='L9:هجوم', time='L9:آذار 2022', actors=['IR'], loc='L9:محيط القنصلية الأمريكية الجديدة',
      weapons=['L9:صاروخاً'], qty=['L9:12 صاروخاً']),                                                                                 # 18
]
NP = (MON, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor=ISR, loc=('أربيل', 'erbil'), as_of=NP, status='attacked', source=IRGC, line=3, events=[6]),
 dict(actor='ISIS', loc=('محافظة إدلب', 'idlib-governorate'), as_of=NP, status='attacked', source=IRGC, line=3, events=[7]),
 dict(actor='COALITION', assets='منظومات الدفاع الجوي', loc=('المطار', 'erbil-airport'), as_of=NP, status='present', source=SRC, line=7, events=[14]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('أربيل', 'erbil'), as_of=TD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('المطار', 'erbil-airport'), as_of=TD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('قاعدة حرير', 'harir'), as_of=TD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('أربيل', 'erbil'), as_of=('2023-10/2024-01', 'month'), status='attacked', line=8, events=[16]),
]
build('shafaq-erbil-irgc-missiles', None, 'شفق نيوز', D, L, ents, times, events, forces)
