from build import build
L = [
'رتل تركي يصل إلى محيط بامرني.. ومسؤولون في دهوك يحمّلون العمال الكوردستاني مسؤولية التصعيد',
'دهوك (كوردستان 24) – وصل رتل عسكري تركي يضم نحو 300 دبابة وآلية مدرعة، مساء أمس الاثنين، إلى محيط ناحية بامرني التابعة لقضاء العمادية شمال محافظة دهوك، قادماً من الشريط الحدودي، بحسب ما أفاد به مسؤولون محليون.',
'وقال قائممقام العمادية نيجيرفان أحمد لكوردستان 24 إن "القوات التركية نصبت خلال الأيام الثلاثة الماضية أكثر من عشر نقاط تفتيش على الطرق المؤدية إلى بامرني، وتمنع الأهالي من الوصول إلى بساتينهم"، مشيراً إلى أن عشرات العائلات نزحت من قرية كاني بالاف باتجاه مركز القضاء.',
'وأضاف أن "الجيش التركي يتقدم نحو سلسلة جبال متين التي يتحصن فيها مسلحو حزب العمال الكوردستاني، وسط قصف مدفعي متواصل منذ منتصف حزيران الماضي أدى إلى احتراق مساحات واسعة من الأراضي الزراعية".',
'في المقابل، قالت وزارة الدفاع التركية في إيجازها الأسبوعي، الخميس الماضي، إن قواتها "حيّدت 12 إرهابياً" شمالي العراق، مؤكدة أن عملية "المخلب-القفل" ستتواصل "حتى تطهير المنطقة بالكامل".',
'من جهتها، أكدت حكومة إقليم كوردستان في بيان أن "وجود مسلحي حزب العمال الكوردستاني في القرى الحدودية هو الذريعة التي تستخدمها تركيا لتوسيع عملياتها"، داعية الحزب إلى "إبعاد الحرب عن مناطق الإقليم".',
'وفي بغداد، قرر المجلس الوزاري للأمن الوطني خلال اجتماع برئاسة رئيس الوزراء محمد شياع السوداني إرسال وفد أمني إلى أنقرة لبحث "التوغل التركي"، فيما أعلنت وزارة الخارجية العراقية رفضها "أي وجود عسكري أجنبي على الأراضي العراقية من دون موافقة الحكومة".',
'وبحسب تقرير لمنظمة "فرق صناع السلام المجتمعية" (CPT) الأمريكية، أقام الجيش التركي منذ عام 2022 أكثر من 60 قاعدة ونقطة عسكرية داخل محافظة دهوك وحدها، فيما يقدر عدد الجنود الأتراك المنتشرين في إقليم كوردستان بنحو أربعة آلاف جندي.',
'ويشن الجيش التركي منذ نيسان 2022 عملية "المخلب-القفل" ضد مواقع حزب العمال في مناطق متين والزاب وآفاشين، فيما تتهم أنقرة الحزب باتخاذ أراضي الإقليم منطلقاً لهجمات داخل تركيا.',
'بالمقابل، نفت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال، في بيان نشرته وكالة "فرات" المقربة منها أن يكون مقاتلوها قد انسحبوا من مواقعهم في متين، مؤكدة أنها "استهدفت آليتين تركيتين" قرب بامرني يوم الأحد.',
]
D = '2024-07-02'   # Tuesday; Erbil channel's Arabic site, web copy of its own day
MON = '2024-07-01'
THU = '2024-06-27'
SUN = '2024-06-30'
KRG = 'OTHER:krg'
ents = [
 ('L0:بامرني','LOCATION','bamarni'), ('L0:دهوك','LOCATION','duhok'), ('L0:العمال الكوردستاني','ACTOR','PKK'),
 ('L1:دهوك#0','LOCATION','duhok'), ('L1:كوردستان 24','ORG','kurdistan24'), ('L1:نحو 300 دبابة','QUANTITY',None,(300,True,'vehicles')),
 ('L1:دبابة وآلية مدرعة','WEAPON','tanks-armoured-vehicles'), ('L1:محيط ناحية بامرني','LOCATION','bamarni'), ('L1:قضاء العمادية','LOCATION','amadiya'),
 ('L1:محافظة دهوك','LOCATION','duhok-governorate'), ('L1:الشريط الحدودي','LOCATION','iraq-turkey-border'),
 ('L2:العمادية','LOCATION','amadiya'), ('L2:نيجيرفان أحمد','PERSON','nechirvan-ahmed'), ('L2:كوردستان 24','ORG','kurdistan24'),
 ('L2:القوات التركية','ACTOR','TR'), ('L2:أكثر من عشر نقاط تفتيش','QUANTITY',None,(10,True,'other')), ('L2:الطرق','LOCATION','bamarni-roads'),
 ('L2:بامرني','LOCATION','bamarni'), ('L2:عشرات العائلات','QUANTITY',None,([24, 99],True,'people')), ('L2:قرية كاني بالاف','LOCATION','kani-balav'),
 ('L2:مركز القضاء','LOCATION','amadiya'),
 ('L3:الجيش التركي','ACTOR','TR'), ('L3:سلسلة جبال متين','LOCATION','metina'), ('L3:حزب العمال الكوردستاني','ACTOR','PKK'),
 ('L4:وزارة الدفاع التركية','ACTOR','TR'), ('L4:12','QUANTITY',None,(12,False,'killed')), ('L4:إرهابياً','ACTOR','PKK'),
 ('L4:شمالي العراق','LOCATION','north-iraq'), ('L4:المنطقة','LOCATION','north-iraq'),
 ('L5:حكومة إقليم كوردستان','ACTOR',KRG), ('L5:حزب العمال الكوردستاني','ACTOR','PKK'), ('L5:القرى الحدودية','LOCATION','kurdistan-border-villages'),
 ('L5:تركيا','ACTOR','TR'), ('L5:الحزب','ACTOR','PKK'), ('L5:مناطق الإقليم','LOCATION','kurdistan-region'),
 ('L6:بغداد','LOCATION','baghdad'), ('L6:المجلس الوزاري للأمن الوطني','ACTOR','IQ_GOV'), ('L6:محمد شياع السوداني','PERSON','mohammed-shia-al-sudani'),
 ('L6:أنقرة','LOCATION','ankara'), ('L6:وزارة الخارجية العراقية','ACTOR','IQ_GOV'), ('L6:الأراضي العراقية','LOCATION','iraq'),
 ('L6:الحكومة','ACTOR','IQ_GOV'),
 ('L7:فرق صناع السلام المجتمعية','ORG','cpt'), ('L7:CPT','ORG','cpt'), ('L7:الجيش التركي','ACTOR','TR'),
 ('L7:أكثر من 60 قاعدة','QUANTITY',None,(60,True,'other')), ('L7:محافظة دهوك','LOCATION','duhok-governorate'), ('L7:الجنود الأتراك','ACTOR','TR'),
 ('L7:إقليم كوردستان','LOCATION','kurdistan-region'), ('L7:نحو أربعة آلاف جندي','QUANTITY',None,(4000,True,'troops')),
 ('L8:الجيش التركي','ACTOR','TR'), ('L8:حزب العمال','ACTOR','PKK'), ('L8:مناطق متين','LOCATION','metina'), ('L8:الزاب','LOCATION','zap'),
 ('L8:آفاشين','LOCATION','avashin'), ('L8:أنقرة','ACTOR','TR'), ('L8:الحزب','ACTOR','PKK'), ('L8:أراضي الإقليم','LOCATION','kurdistan-region'),
 ('L8:تركيا','LOCATION','turkey'),
 ('L9:قوات الدفاع الشعبي','ACTOR','PKK'), ('L9:حزب العمال','ACTOR','PKK'), ('L9:فرات','ORG','firat-news'), ('L9:متين','LOCATION','metina'),
 ('L9:آليتين','QUANTITY',None,(2,False,'vehicles')), ('L9:آليتين#0','WEAPON','military-vehicles'), ('L9:بامرني','LOCATION','bamarni'),
]
times = [
 ('L1:مساء أمس الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L2:خلال الأيام الثلاثة الماضية', '2024-06-29/' + D, 'day'),
 ('L3:منذ منتصف حزيران الماضي', '2024-06/2024-07', 'month'),
 ('L4:الخميس الماضي', THU, 'day'),
 ('L7:منذ عام 2022', '2022/2024', 'year'),
 ('L8:منذ نيسان 2022', '2022-04/2024-07', 'month'),
 ('L9:يوم الأحد', SUN, 'day'),
]
LOC = 'مسؤولون محليون'
QM = 'نيجيرفان أحمد'
MOD = 'وزارة الدفاع التركية'
CPT = 'فرق صناع السلام المجتمعية (CPT)'
HPG = 'قوات الدفاع الشعبي (فرات)'
CL = 'L8:منذ نيسان 2022'
events = [
 dict(type='MOVEMENT', trig='L1:وصل', time='L1:مساء أمس الاثنين', actors=['TR'], loc='L1:محيط ناحية بامرني',
      weapons=['L1:دبابة وآلية مدرعة'], qty=['L1:نحو 300 دبابة'], attr=LOC),                                                   # 1
 dict(type='STATEMENT', trig='L2:قال', attr=QM),                                                                                 # 2
 dict(type='BASE', trig='L2:نصبت', time='L2:خلال الأيام الثلاثة الماضية', actors=['TR'], loc='L2:بامرني',
      qty=['L2:أكثر من عشر نقاط تفتيش'], attr=QM),                                                                              # 3
 dict(type='MOVEMENT', trig='L3:يتقدم', actors=['TR'], loc='L3:سلسلة جبال متين', attr=QM),                                        # 4
 dict(type='ATTACK', trig='L3:قصف', time='L3:منذ منتصف حزيران الماضي', actors=['TR'], attr=QM),                                 # 5
 dict(type='STATEMENT', trig='L4:قالت', time='L4:الخميس الماضي', actors=['TR'], attr=MOD),                                       # 6
 dict(type='ATTACK', trig='L4:حيّدت', actors=['TR'], targets=['PKK'], loc='L4:شمالي العراق', qty=['L4:12'], attr=MOD),            # 7
 dict(type='OPERATION', trig='L4:عملية', mod='planned', actors=['TR'], targets=['PKK'], loc='L4:المنطقة', attr=MOD),             # 8
 dict(type='OPERATION', trig='L5:عملياتها', actors=['TR'], targets=['PKK'], attr='حكومة إقليم كوردستان'),                         # 9
 dict(type='MOVEMENT', trig='L6:التوغل', actors=['TR'], attr='المجلس الوزاري للأمن الوطني'),                                      # 10
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['IQ_GOV'], attr='وزارة الخارجية العراقية'),                                      # 11
 dict(type='BASE', trig='L7:أقام', time='L7:منذ عام 2022', actors=['TR'], loc='L7:محافظة دهوك', qty=['L7:أكثر من 60 قاعدة'], attr=CPT),  # 12
 dict(type='MOVEMENT', trig='L7:المنتشرين', actors=['TR'], loc='L7:إقليم كوردستان', qty=['L7:نحو أربعة آلاف جندي'], attr=CPT),     # 13
 dict(type='OPERATION', trig='L8:عملية', time=CL, actors=['TR'], targets=['PKK'], loc='L8:مناطق متين'),                           # 14
 dict(type='ATTACK', trig='L8:هجمات', actors=['PKK'], loc='L8:تركيا', attr='أنقرة'),                                              # 15
 dict(type='WITHDRAWAL', trig='L9:انسحبوا', mod='denied', actors=['PKK'], loc='L9:متين', attr=HPG),                               # 16
 dict(type='ATTACK', trig='L9:استهدفت', time='L9:يوم الأحد', actors=['PKK'], targets=['TR'], loc='L9:بامرني', qty=['L9:آليتين'], attr=HPG),  # 17
]
TD = (D, 'day')
CLA = ('2022-04/2024-07', 'month')
forces = [
 dict(actor='TR', strength=(300, True, 'vehicles'), assets='دبابات وآليات مدرعة', loc=('محيط ناحية بامرني', 'bamarni'),
      as_of=(MON, 'part-of-day'), status='arrived', source=LOC, line=1, events=[1]),
 dict(actor='TR', assets='أكثر من عشر نقاط تفتيش', loc=('بامرني', 'bamarni'), as_of=('2024-06-29/' + D, 'day'), status='present', source=QM, line=2, events=[3]),
 dict(actor='PKK', loc=('سلسلة جبال متين', 'metina'), as_of=TD, status='present', source=QM, line=3),
 dict(actor='PKK', loc=('شمالي العراق', 'north-iraq'), as_of=(THU, 'day'), status='attacked', source=MOD, line=4, events=[7]),
 dict(actor='PKK', loc=('القرى الحدودية', 'kurdistan-border-villages'), as_of=TD, status='present', source='حكومة إقليم كوردستان', line=5),
 dict(actor='TR', assets='أكثر من 60 قاعدة ونقطة عسكرية', loc=('محافظة دهوك', 'duhok-governorate'), as_of=TD, status='present', source=CPT, line=7, events=[12]),
 dict(actor='TR', strength=(4000, True, 'troops'), loc=('إقليم كوردستان', 'kurdistan-region'), as_of=TD, status='present', source=CPT, line=7, events=[13]),
 dict(actor='TR', loc=('مناطق متين', 'metina'), as_of=CLA, status='present', line=8, events=[14]),
 dict(actor='TR', loc=('الزاب', 'zap'), as_of=CLA, status='present', line=8, events=[14]),
 dict(actor='TR', loc=('آفاشين', 'avashin'), as_of=CLA, status='present', line=8, events=[14]),
 dict(actor='PKK', loc=('مناطق متين', 'metina'), as_of=CLA, status='present', line=8, events=[14]),
 dict(actor='PKK', loc=('الزاب', 'zap'), as_of=CLA, status='present', line=8, events=[14]),
 dict(actor='PKK', loc=('آفاشين', 'avashin'), as_of=CLA, status='present', line=8, events=[14]),
 dict(actor='PKK', loc=('متين', 'metina'), as_of=TD, status='present', source=HPG, line=9, events=[16]),
 dict(actor='TR', loc=('بامرني', 'bamarni'), as_of=(SUN, 'day'), status='attacked', source=HPG, line=9, events=[17]),
]
build('kurdistan24-bamarni-turkish-deployment', None, 'كوردستان 24', D, L, ents, times, events, forces)
