from build import build
L = [
'المجلس الوزاري للأمن الوطني يقرر إعادة نشر قوات الحدود على الحدود مع إيران وتركيا',
'بغداد - واع',
'قرر المجلس الوزاري للأمن الوطني، اليوم الأربعاء، إعادة نشر قوات حرس الحدود الاتحادية لمسك الخط الصفري على الحدود مع إيران وتركيا ضمن إقليم كردستان، بالتنسيق مع حكومة الإقليم ووزارة البيشمركة.',
'وذكر بيان لمكتب رئيس الوزراء محمد شياع السوداني، تلقته وكالة الأنباء العراقية (واع)، أن المجلس ناقش في اجتماعه برئاسة السوداني "الاعتداءات المتكررة على الأراضي العراقية"، وأقر "خطة مشتركة" أعدتها قيادة العمليات المشتركة ووزارة البيشمركة لتأمين الشريط الحدودي.',
'وقال المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول لـ(واع)، إن "الخطة تتضمن نشر نحو ستة آلاف منتسب من قوات الحدود مدعومين بالآليات والكاميرات الحرارية على طول الشريط الحدودي"، مبيناً أن "وزارة الداخلية ستتولى إنشاء نقاط مراقبة جديدة".',
'ويأتي القرار بعد يومين من قصف صاروخي وبطائرات مسيّرة شنه الحرس الثوري الإيراني، فجر الاثنين الماضي، على مقرات لأحزاب كردية إيرانية معارضة في كويه وزركويز وناحية آلتون كوبري، أسفر عن مقتل شخصين وإصابة عشرة آخرين.',
'وكان قائد فيلق القدس إسماعيل قاآني قد حذر خلال زيارته بغداد الأسبوع الماضي من أن طهران "قد تلجأ إلى عملية برية" في شمال العراق إذا لم تنزع بغداد سلاح تلك الأحزاب، بحسب ما نقلته وسائل إعلام محلية.',
'من جانبها، رحبت حكومة إقليم كردستان بالقرار، وقال المتحدث باسمها جوتيار عادل إن "قوات البيشمركة ستنتشر جنباً إلى جنب مع حرس الحدود الاتحادي"، داعياً الأحزاب الإيرانية المعارضة إلى "عدم القيام بأي نشاط عسكري انطلاقاً من أراضي الإقليم".',
'وفي السياق، أعلنت وزارة الدفاع التركية، أمس الثلاثاء، أن طائراتها قصفت 89 هدفاً لحزب العمال الكردستاني في مناطق قنديل وآسوس وهاكورك شمالي العراق، ضمن عملية "المخلب-السيف" التي أطلقتها فجر الأحد الماضي في سوريا والعراق.',
'يشار إلى أن العراق قدّم في أكثر من مناسبة شكاوى إلى مجلس الأمن الدولي بشأن الانتهاكات التركية والإيرانية، فيما تتولى قوات البيشمركة حالياً حماية معظم الشريط الحدودي الشمالي بنحو 14 لواءً.',
]
D = '2022-11-23'   # Wednesday; agency copy of its own day
MON = '2022-11-21'
TUE = '2022-11-22'
SUN = '2022-11-20'
KRG = 'OTHER:krg'
PM = 'PESHMERGA'
IKP = 'OTHER:iranian-kurdish-parties'
ents = [
 ('L0:المجلس الوزاري للأمن الوطني','ACTOR','IQ_GOV'), ('L0:قوات الحدود','ACTOR','IQ_GOV'), ('L0:الحدود#1','LOCATION','iraq-iran-turkey-border'),
 ('L0:إيران','LOCATION','iran'), ('L0:تركيا','LOCATION','turkey'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:واع','ORG','ina'),
 ('L2:المجلس الوزاري للأمن الوطني','ACTOR','IQ_GOV'), ('L2:قوات حرس الحدود الاتحادية','ACTOR','IQ_GOV'), ('L2:الخط الصفري','LOCATION','iraq-iran-turkey-border'),
 ('L2:الحدود#1','LOCATION','iraq-iran-turkey-border'), ('L2:إيران','LOCATION','iran'), ('L2:تركيا','LOCATION','turkey'),
 ('L2:إقليم كردستان','LOCATION','kurdistan-region'), ('L2:حكومة الإقليم','ACTOR',KRG), ('L2:وزارة البيشمركة','ACTOR',PM),
 ('L3:محمد شياع السوداني','PERSON','mohammed-shia-al-sudani'), ('L3:وكالة الأنباء العراقية','ORG','ina'), ('L3:واع','ORG','ina'),
 ('L3:المجلس','ACTOR','IQ_GOV'), ('L3:السوداني#1','PERSON','mohammed-shia-al-sudani'), ('L3:الأراضي العراقية','LOCATION','iraq'),
 ('L3:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L3:وزارة البيشمركة','ACTOR',PM), ('L3:الشريط الحدودي','LOCATION','iraq-iran-turkey-border'),
 ('L4:لقوات المسلحة','ACTOR','IQ_GOV'), ('L4:يحيى رسول','PERSON','yahya-rasool'), ('L4:واع','ORG','ina'),
 ('L4:نحو ستة آلاف منتسب','QUANTITY',None,(6000,True,'troops')), ('L4:قوات الحدود','ACTOR','IQ_GOV'), ('L4:الآليات','WEAPON','vehicles'),
 ('L4:الكاميرات الحرارية','WEAPON','thermal-cameras'), ('L4:الشريط الحدودي','LOCATION','iraq-iran-turkey-border'), ('L4:وزارة الداخلية','ACTOR','IQ_GOV'),
 ('L5:يومين','QUANTITY',None,(2,False,'other')), ('L5:طائرات مسيّرة','WEAPON','drones'), ('L5:الحرس الثوري الإيراني','ACTOR','IR'),
 ('L5:أحزاب كردية إيرانية معارضة','ACTOR',IKP), ('L5:كويه','LOCATION','koya'), ('L5:زركويز','LOCATION','zrgwez'),
 ('L5:ناحية آلتون كوبري','LOCATION','altun-kupri'), ('L5:شخصين','QUANTITY',None,(2,False,'killed')), ('L5:عشرة','QUANTITY',None,(10,False,'wounded')),
 ('L6:فيلق القدس','ACTOR','IR'), ('L6:إسماعيل قاآني','PERSON','esmail-qaani'), ('L6:بغداد#0','LOCATION','baghdad'), ('L6:طهران','ACTOR','IR'),
 ('L6:شمال العراق','LOCATION','north-iraq'), ('L6:بغداد#1','ACTOR','IQ_GOV'), ('L6:الأحزاب','ACTOR',IKP),
 ('L7:حكومة إقليم كردستان','ACTOR',KRG), ('L7:جوتيار عادل','PERSON','jotiar-adil'), ('L7:قوات البيشمركة','ACTOR',PM),
 ('L7:حرس الحدود الاتحادي','ACTOR','IQ_GOV'), ('L7:الأحزاب الإيرانية المعارضة','ACTOR',IKP), ('L7:أراضي الإقليم','LOCATION','kurdistan-region'),
 ('L8:وزارة الدفاع التركية','ACTOR','TR'), ('L8:89 هدفاً','QUANTITY',None,(89,False,'other')), ('L8:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L8:مناطق قنديل','LOCATION','qandil'), ('L8:آسوس','LOCATION','asos'), ('L8:هاكورك','LOCATION','hakurk'), ('L8:شمالي العراق','LOCATION','north-iraq'),
 ('L8:سوريا','LOCATION','syria'), ('L8:العراق#1','LOCATION','iraq'),
 ('L9:العراق','ACTOR','IQ_GOV'), ('L9:مجلس الأمن الدولي','ORG','unsc'), ('L9:قوات البيشمركة','ACTOR',PM),
 ('L9:الشريط الحدودي الشمالي','LOCATION','iraq-iran-turkey-border'), ('L9:نحو 14 لواءً','QUANTITY',None,(14,True,'other')),
]
times = [
 ('L2:اليوم الأربعاء', D, 'day'),
 ('L5:فجر الاثنين الماضي', MON, 'part-of-day', {'part': 'morning'}),
 ('L6:الأسبوع الماضي', '2022-11-14/2022-11-20', 'week'),
 ('L8:أمس الثلاثاء', TUE, 'day'),
 ('L8:فجر الأحد الماضي', SUN, 'part-of-day', {'part': 'morning'}),
]
NSC = 'المجلس الوزاري للأمن الوطني'
PMO = 'مكتب رئيس الوزراء'
YR = 'يحيى رسول (واع)'
MOD = 'وزارة الدفاع التركية'
events = [
 dict(type='MOVEMENT', trig='L2:نشر', mod='planned', actors=['IQ_GOV'], loc='L2:الحدود#1', attr=NSC),                                # 1
 dict(type='STATEMENT', trig='L3:بيان', time='L2:اليوم الأربعاء', actors=['IQ_GOV'], attr=PMO),                                     # 2
 dict(type='ATTACK', trig='L3:الاعتداءات', loc='L3:الأراضي العراقية', attr=PMO),                                                     # 3
 dict(type='AGREEMENT', trig='L3:خطة', time='L2:اليوم الأربعاء', actors=['IQ_GOV', PM], attr=PMO),                                  # 4
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=YR),                                                                 # 5
 dict(type='MOVEMENT', trig='L4:نشر', mod='planned', actors=['IQ_GOV'], loc='L4:الشريط الحدودي',
      weapons=['L4:الآليات', 'L4:الكاميرات الحرارية'], qty=['L4:نحو ستة آلاف منتسب'], attr=YR),                                      # 6
 dict(type='BASE', trig='L4:إنشاء', mod='planned', actors=['IQ_GOV'], attr=YR),                                                     # 7
 dict(type='ATTACK', trig='L5:قصف', time='L5:فجر الاثنين الماضي', actors=['IR'], targets=[IKP], loc='L5:كويه',
      weapons=['L5:طائرات مسيّرة'], qty=['L5:شخصين', 'L5:عشرة']),                                                                   # 8
 dict(type='OPERATION', trig='L6:عملية', mod='planned', actors=['IR'], targets=[IKP], loc='L6:شمال العراق',
      attr='إسماعيل قاآني (وسائل إعلام محلية)'),                                                                                     # 9
 dict(type='STATEMENT', trig='L7:قال', actors=[KRG], attr='جوتيار عادل'),                                                            # 10
 dict(type='MOVEMENT', trig='L7:ستنتشر', mod='planned', actors=[PM, 'IQ_GOV'], attr='جوتيار عادل'),                                  # 11
 dict(type='STATEMENT', trig='L8:أعلنت', time='L8:أمس الثلاثاء', actors=['TR'], attr=MOD),                                          # 12
 dict(type='ATTACK', trig='L8:قصفت', actors=['TR'], targets=['PKK'], loc='L8:مناطق قنديل', qty=['L8:89 هدفاً'], attr=MOD),          # 13
 dict(type='OPERATION', trig='L8:عملية', time='L8:فجر الأحد الماضي', actors=['TR'], targets=['PKK'], attr=MOD),                      # 14
 dict(type='ATTACK', trig='L9:الانتهاكات', actors=['TR', 'IR']),                                                                     # 15
]
TD = (D, 'day')
MP = (MON, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', assets='قوات حرس الحدود الاتحادية', loc=('الحدود مع إيران وتركيا', 'iraq-iran-turkey-border'), as_of=TD,
      status='planned', source=NSC, line=2, events=[1]),
 dict(actor='IQ_GOV', strength=(6000, True, 'troops'), assets='الآليات والكاميرات الحرارية', loc=('الشريط الحدودي', 'iraq-iran-turkey-border'),
      as_of=TD, status='planned', source=YR, line=4, events=[6]),
 dict(actor=IKP, loc=('كويه', 'koya'), as_of=MP, status='attacked', line=5, events=[8]),
 dict(actor=IKP, loc=('زركويز', 'zrgwez'), as_of=MP, status='attacked', line=5, events=[8]),
 dict(actor=IKP, loc=('ناحية آلتون كوبري', 'altun-kupri'), as_of=MP, status='attacked', line=5, events=[8]),
 dict(actor='PKK', loc=('مناطق قنديل', 'qandil'), as_of=(TUE, 'day'), status='attacked', source=MOD, line=8, events=[13]),
 dict(actor='PKK', loc=('آسوس', 'asos'), as_of=(TUE, 'day'), status='attacked', source=MOD, line=8, events=[13]),
 dict(actor='PKK', loc=('هاكورك', 'hakurk'), as_of=(TUE, 'day'), status='attacked', source=MOD, line=8, events=[13]),
 dict(actor=PM, strength=(14, True, 'other'), assets='نحو 14 لواءً', loc=('الشريط الحدودي الشمالي', 'iraq-iran-turkey-border'), as_of=TD,
      status='present', line=9),
]
build('ina-border-guards-redeployment', None, 'وكالة الأنباء العراقية', D, L, ents, times, events, forces)
