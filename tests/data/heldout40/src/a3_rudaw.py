from build import build
L = [
'تركيا تطلق عملية "المخلب" ضد مسلحي العمال الكوردستاني في خاكورك',
'أربيل (روداو) – أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، إطلاق عملية عسكرية باسم "المخلب" ضد مواقع حزب العمال الكوردستاني في منطقة خاكورك التابعة لناحية سيدكان بإقليم كوردستان، بمشاركة الطائرات الحربية والمدفعية ووحدات الكوماندوز.',
'وقالت الوزارة في بيان إن العملية بدأت مساء أمس الاثنين بقصف جوي ومدفعي استهدف "مخابئ وكهوفاً" للمسلحين، أعقبه إنزال جوي لقوات خاصة على قمم جبلية في المنطقة.',
'وأضاف البيان أن الجيش التركي "حيّد" ٨ من مقاتلي الحزب حتى الآن، مؤكداً أن العملية "ستتواصل حتى تطهير المنطقة من الإرهابيين بالكامل".',
'وقال مدير ناحية سيدكان، كاروان حسن، لروداو إن الطائرات التركية شنت أكثر من ٣٠ غارة على سفوح جبل خاكورك والقرى المحيطة به منذ ليلة أمس، مشيراً إلى أن سكان ثلاث قرى نزحوا باتجاه مركز الناحية.',
'في المقابل، قالت قوات الدفاع الشعبي (HPG)، الجناح العسكري لحزب العمال، في بيان على موقعها الإلكتروني، إن مقاتليها اشتبكوا مع القوات التركية المنزلة على تلال المنطقة، نافية مقتل أي من عناصرها في الغارات.',
'وبحسب مصادر محلية تحدثت لروداو، دفع الجيش التركي خلال اليومين الماضيين بتعزيزات تضم نحو ٥٠ آلية عسكرية إلى قاعدة بامرني في محافظة دهوك، قادمة من معبر إبراهيم الخليل الحدودي.',
'ويحتفظ الجيش التركي بأكثر من ١٠ قواعد ونقاط عسكرية داخل إقليم كوردستان، أبرزها قاعدة بامرني، ويقدر مراقبون عدد جنوده فيها بنحو ٢٠٠٠ جندي.',
'من جهتها، دعت حكومة إقليم كوردستان في بيان حزب العمال الكوردستاني إلى "إبعاد" مقاتليه عن المناطق الحدودية، مطالبة الجيش التركي بتجنب استهداف المدنيين.',
'ولم تعلق الحكومة العراقية على العملية حتى ساعة إعداد هذا الخبر، فيما نفى مصدر في قيادة قوات حرس الحدود لروداو انسحاب قواتها من أي مخفر حدودي في المنطقة.',
'وتعد العملية الأوسع منذ توغل القوات التركية في منطقة برادوست في حزيران ٢٠١٨، وتأتي بعد أيام من مقتل جنديين تركيين بهجوم للحزب على نقطة عسكرية في ولاية هكاري الحدودية.',
]
D = '2019-05-28'   # Tuesday; Erbil-based network's Arabic site, web copy of its own day
MON = '2019-05-27'
KRG = 'OTHER:krg'
ents = [
 ('L0:تركيا','ACTOR','TR'), ('L0:العمال الكوردستاني','ACTOR','PKK'), ('L0:خاكورك','LOCATION','hakurk'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:روداو','ORG','rudaw'), ('L1:وزارة الدفاع التركية','ACTOR','TR'), ('L1:حزب العمال الكوردستاني','ACTOR','PKK'),
 ('L1:منطقة خاكورك','LOCATION','hakurk'), ('L1:ناحية سيدكان','LOCATION','sidakan'), ('L1:إقليم كوردستان','LOCATION','kurdistan-region'),
 ('L1:الطائرات الحربية','WEAPON','warplanes'), ('L1:المدفعية','WEAPON','artillery'), ('L1:وحدات الكوماندوز','ACTOR','TR'),
 ('L2:الوزارة','ACTOR','TR'), ('L2:قوات خاصة','ACTOR','TR'), ('L2:المنطقة','LOCATION','hakurk'),
 ('L3:الجيش التركي','ACTOR','TR'), ('L3:٨','QUANTITY',None,(8,False,'killed')), ('L3:الحزب','ACTOR','PKK'), ('L3:المنطقة','LOCATION','hakurk'),
 ('L3:الإرهابيين','ACTOR','PKK'),
 ('L4:ناحية سيدكان','LOCATION','sidakan'), ('L4:كاروان حسن','PERSON','karwan-hassan'), ('L4:روداو','ORG','rudaw'),
 ('L4:الطائرات التركية','WEAPON','warplanes'), ('L4:أكثر من ٣٠ غارة','QUANTITY',None,(30,True,'other')), ('L4:جبل خاكورك','LOCATION','mount-hakurk'),
 ('L4:القرى المحيطة به','LOCATION','hakurk-villages'), ('L4:ثلاث قرى','QUANTITY',None,(3,False,'other')), ('L4:مركز الناحية','LOCATION','sidakan'),
 ('L5:قوات الدفاع الشعبي','ACTOR','PKK'), ('L5:HPG','ACTOR','PKK'), ('L5:حزب العمال','ACTOR','PKK'), ('L5:القوات التركية','ACTOR','TR'),
 ('L5:تلال المنطقة','LOCATION','hakurk-hills'),
 ('L6:روداو','ORG','rudaw'), ('L6:الجيش التركي','ACTOR','TR'), ('L6:نحو ٥٠ آلية عسكرية','QUANTITY',None,(50,True,'vehicles')),
 ('L6:آلية عسكرية','WEAPON','military-vehicles'), ('L6:قاعدة بامرني','LOCATION','bamarni-base'), ('L6:محافظة دهوك','LOCATION','duhok-governorate'),
 ('L6:معبر إبراهيم الخليل الحدودي','LOCATION','ibrahim-khalil-crossing'),
 ('L7:الجيش التركي','ACTOR','TR'), ('L7:أكثر من ١٠ قواعد','QUANTITY',None,(10,True,'other')), ('L7:إقليم كوردستان','LOCATION','kurdistan-region'),
 ('L7:قاعدة بامرني','LOCATION','bamarni-base'), ('L7:نحو ٢٠٠٠ جندي','QUANTITY',None,(2000,True,'troops')),
 ('L8:حكومة إقليم كوردستان','ACTOR',KRG), ('L8:حزب العمال الكوردستاني','ACTOR','PKK'), ('L8:المناطق الحدودية','LOCATION','kurdistan-border-areas'),
 ('L8:الجيش التركي','ACTOR','TR'),
 ('L9:الحكومة العراقية','ACTOR','IQ_GOV'), ('L9:قيادة قوات حرس الحدود','ACTOR','IQ_GOV'), ('L9:روداو','ORG','rudaw'), ('L9:المنطقة','LOCATION','hakurk'),
 ('L10:القوات التركية','ACTOR','TR'), ('L10:منطقة برادوست','LOCATION','bradost'), ('L10:جنديين تركيين','QUANTITY',None,(2,False,'killed')),
 ('L10:جنديين تركيين#0','ACTOR','TR'), ('L10:لحزب','ACTOR','PKK'), ('L10:ولاية هكاري الحدودية','LOCATION','hakkari'),
]
times = [
 ('L1:اليوم الثلاثاء', D, 'day'),
 ('L2:مساء أمس الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L4:منذ ليلة أمس', MON + '/' + D, 'day'),
 ('L6:خلال اليومين الماضيين', '2019-05-26/' + D, 'day'),
 ('L10:حزيران ٢٠١٨', '2018-06', 'month'),
]
T = 'L1:اليوم الثلاثاء'
EV = 'L2:مساء أمس الاثنين'
MOD = 'وزارة الدفاع التركية'
KH = 'كاروان حسن (روداو)'
HPG = 'قوات الدفاع الشعبي (HPG)'
LOC = 'مصادر محلية (روداو)'
BG = 'مصدر في قيادة قوات حرس الحدود (روداو)'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['TR'], attr=MOD),                                                          # 1
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=EV, actors=['TR'], targets=['PKK'], loc='L1:منطقة خاكورك', attr=MOD),           # 2
 dict(type='STATEMENT', trig='L2:قالت', time=T, actors=['TR'], attr=MOD),                                                           # 3
 dict(type='OPERATION', trig='L2:العملية', time=EV, actors=['TR'], targets=['PKK'], attr=MOD),                                        # 4
 dict(type='ATTACK', trig='L2:بقصف', time=EV, actors=['TR'], targets=['PKK'], attr=MOD),                                              # 5
 dict(type='MOVEMENT', trig='L2:إنزال جوي', time=EV, actors=['TR'], loc='L2:المنطقة', attr=MOD),                                      # 6
 dict(type='ATTACK', trig='L3:حيّد', actors=['TR'], targets=['PKK'], qty=['L3:٨'], attr=MOD),                                        # 7
 dict(type='OPERATION', trig='L3:ستتواصل', mod='planned', actors=['TR'], targets=['PKK'], loc='L3:المنطقة', attr=MOD),               # 8
 dict(type='ATTACK', trig='L4:غارة', time='L4:منذ ليلة أمس', actors=['TR'], loc='L4:جبل خاكورك', weapons=['L4:الطائرات التركية'],
      qty=['L4:أكثر من ٣٠ غارة'], attr=KH),                                                                                         # 9
 dict(type='STATEMENT', trig='L5:قالت', time=T, actors=['PKK'], attr=HPG),                                                          # 10
 dict(type='ATTACK', trig='L5:اشتبكوا', actors=['PKK', 'TR'], loc='L5:تلال المنطقة', attr=HPG),                                      # 11
 dict(type='ATTACK', trig='L5:مقتل', mod='denied', actors=['TR'], targets=['PKK'], attr=HPG),                                        # 12
 dict(type='MOVEMENT', trig='L6:دفع', time='L6:خلال اليومين الماضيين', actors=['TR'], loc='L6:قاعدة بامرني', weapons=['L6:آلية عسكرية'],
      qty=['L6:نحو ٥٠ آلية عسكرية'], attr=LOC),                                                                                    # 13
 dict(type='STATEMENT', trig='L8:بيان', actors=[KRG], attr='حكومة إقليم كوردستان'),                                                 # 14
 dict(type='WITHDRAWAL', trig='L8:إبعاد', mod='planned', actors=['PKK'], loc='L8:المناطق الحدودية', attr='حكومة إقليم كوردستان'),     # 15
 dict(type='WITHDRAWAL', trig='L9:انسحاب', mod='denied', actors=['IQ_GOV'], loc='L9:المنطقة', attr=BG),                              # 16
 dict(type='OPERATION', trig='L10:العملية', time=EV, actors=['TR'], targets=['PKK']),                                                # 17
 dict(type='MOVEMENT', trig='L10:توغل', time='L10:حزيران ٢٠١٨', actors=['TR'], loc='L10:منطقة برادوست'),                              # 18
 dict(type='ATTACK', trig='L10:هجوم', actors=['PKK'], targets=['TR'], loc='L10:ولاية هكاري الحدودية', qty=['L10:جنديين تركيين']),     # 19
]
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='PKK', assets='مواقع', loc=('منطقة خاكورك', 'hakurk'), as_of=(MON, 'part-of-day'), status='attacked', source=MOD, line=1, events=[2]),
 dict(actor='TR', assets='قوات خاصة (إنزال جوي)', loc=('المنطقة', 'hakurk'), as_of=(MON, 'part-of-day'), status='arrived', source=MOD, line=2, events=[6]),
 dict(actor='PKK', loc=('تلال المنطقة', 'hakurk-hills'), as_of=TD, status='present', source=HPG, line=5, events=[11]),
 dict(actor='TR', loc=('تلال المنطقة', 'hakurk-hills'), as_of=TD, status='present', source=HPG, line=5, events=[11]),
 dict(actor='TR', strength=(50, True, 'vehicles'), assets='آليات عسكرية', loc=('قاعدة بامرني', 'bamarni-base'),
      as_of=('2019-05-26/' + D, 'day'), status='reinforced', source=LOC, line=6, events=[13]),
 dict(actor='TR', strength=(2000, True, 'troops'), assets='أكثر من ١٠ قواعد ونقاط عسكرية', loc=('إقليم كوردستان', 'kurdistan-region'),
      as_of=TD, status='present', source='مراقبون', line=7),
 dict(actor='TR', loc=('قاعدة بامرني', 'bamarni-base'), as_of=TD, status='present', line=7),
 dict(actor='TR', loc=('منطقة برادوست', 'bradost'), as_of=('2018-06', 'month'), status='arrived', line=10, events=[18]),
 dict(actor='TR', assets='نقطة عسكرية', loc=('ولاية هكاري الحدودية', 'hakkari'), as_of=V, status='attacked', line=10, events=[19]),
]
build('rudaw-hakurk-claw', None, 'روداو', D, L, ents, times, events, forces)
