from build import build
L = [
'هجوم صاروخي يستهدف مطار أربيل.. ومقتل متعاقد مع التحالف الدولي',
'استهدف هجوم صاروخي، ليل الإثنين، محيط مطار أربيل الدولي في إقليم كردستان العراق، حيث تتمركز قوات من التحالف الدولي لمحاربة تنظيم داعش الإرهابي، ما أسفر عن مقتل متعاقد مدني أجنبي وإصابة عدد من الأشخاص بينهم جندي أمريكي.',
'وقالت وزارة الداخلية في حكومة الإقليم، في بيان، إن 14 صاروخاً من عيار 107 ملم أطلقت من شاحنة صغيرة كانت متوقفة على بعد نحو 8 كيلومترات جنوب غرب أربيل، قرب حدود الإقليم مع محافظة نينوى، وسقط ثلاثة منها داخل المطار.',
'وتبنت جماعة تطلق على نفسها "سرايا أولياء الدم" الهجوم في بيان نشرته قنوات على تطبيق "تلغرام" مقربة من الفصائل الموالية لإيران، مؤكدة أنها استهدفت "قوات الاحتلال الأمريكي" وأن عملياتها "لن تتوقف".',
'وقال المتحدث باسم التحالف الدولي العقيد واين ماروتو إن صواريخ عدة سقطت على قاعدة التحالف في مطار أربيل، ما أدى إلى مقتل متعاقد مدني غير أمريكي وإصابة تسعة آخرين، بينهم ثمانية متعاقدين وجندي أمريكي.',
'ووجّه رئيس الوزراء العراقي مصطفى الكاظمي بفتح تحقيق مشترك مع حكومة الإقليم، فيما دعا رئيس حكومة الإقليم مسرور بارزاني إلى "تنسيق أمني أوثق" مع بغداد.',
'من جهته، أعرب وزير الخارجية الأمريكي أنتوني بلينكن عن "غضبه"، مؤكداً أن واشنطن ستدعم التحقيق "لمحاسبة المسؤولين".',
'ويُعد الهجوم الأول على أربيل منذ أيلول/سبتمبر الماضي، ويأتي بعد أشهر من هدنة أعلنتها فصائل موالية لإيران في تشرين الأول/أكتوبر الماضي، قبل أن تعود الهجمات على قوافل الدعم اللوجستي للتحالف في الأسابيع الأخيرة.',
'ويتمركز نحو 2500 جندي أمريكي في العراق ضمن التحالف، يتوزعون بين قاعدة عين الأسد في الأنبار وقاعدة حرير ومطار أربيل في إقليم كردستان، بعد خفض عددهم من 3000 جندي في كانون الثاني/يناير الماضي.',
'وكان ثلاثة من عناصر البيشمركة قد قُتلوا وأصيب اثنان آخران الأسبوع الماضي في هجوم لخلايا تنظيم داعش على موقع لهم في ناحية قره تبه شمال شرقي ديالى، وفق وزارة شؤون البيشمركة.',
]
D = '2021-02-16'   # Tuesday; web copy of its own day
N = '2021-02-15'   # ليل الإثنين
KRG = 'OTHER:krg'
SAD = 'OTHER:saraya-awliya-al-dam'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:مطار أربيل','LOCATION','erbil-airport'), ('L0:التحالف الدولي','ACTOR','COALITION'),
 ('L1:مطار أربيل الدولي','LOCATION','erbil-airport'), ('L1:إقليم كردستان العراق','LOCATION','kurdistan-region'),
 ('L1:التحالف الدولي','ACTOR','COALITION'), ('L1:تنظيم داعش','ACTOR','ISIS'), ('L1:جندي أمريكي','ACTOR','US'),
 ('L2:وزارة الداخلية في حكومة الإقليم','ACTOR',KRG), ('L2:14 صاروخاً','QUANTITY',None,(14,False,'missiles')),
 ('L2:صاروخاً من عيار 107 ملم','WEAPON','rockets-107mm'), ('L2:شاحنة صغيرة','WEAPON','pickup-truck'),
 ('L2:نحو 8 كيلومترات','QUANTITY',None,(8,True,'km')), ('L2:أربيل','LOCATION','erbil'), ('L2:حدود الإقليم','LOCATION','kurdistan-region'),
 ('L2:محافظة نينوى','LOCATION','nineveh'), ('L2:ثلاثة','QUANTITY',None,(3,False,'missiles')), ('L2:المطار','LOCATION','erbil-airport'),
 ('L3:سرايا أولياء الدم','ACTOR',SAD), ('L3:الفصائل الموالية لإيران','ACTOR',IBM), ('L3:قوات الاحتلال الأمريكي','ACTOR','US'),
 ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:واين ماروتو','PERSON','wayne-marotto'), ('L4:صواريخ','WEAPON','rockets'),
 ('L4:التحالف#1','ACTOR','COALITION'), ('L4:مطار أربيل','LOCATION','erbil-airport'),
 ('L4:تسعة آخرين','QUANTITY',None,(9,False,'wounded')), ('L4:ثمانية متعاقدين','QUANTITY',None,(8,False,'wounded')),
 ('L4:جندي أمريكي','ACTOR','US'),
 ('L5:مصطفى الكاظمي','PERSON','mustafa-al-kadhimi'), ('L5:حكومة الإقليم#0','ACTOR',KRG), ('L5:حكومة الإقليم#1','ACTOR',KRG),
 ('L5:مسرور بارزاني','PERSON','masrour-barzani'), ('L5:بغداد','ACTOR','IQ_GOV'),
 ('L6:أنتوني بلينكن','PERSON','antony-blinken'), ('L6:واشنطن','ACTOR','US'),
 ('L7:أربيل','LOCATION','erbil'), ('L7:فصائل موالية لإيران','ACTOR',IBM), ('L7:لتحالف','ACTOR','COALITION'),
 ('L8:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')), ('L8:العراق','LOCATION','iraq'), ('L8:التحالف','ACTOR','COALITION'),
 ('L8:قاعدة عين الأسد','LOCATION','ain-al-asad-airbase'), ('L8:الأنبار','LOCATION','anbar'), ('L8:قاعدة حرير','LOCATION','harir-base'),
 ('L8:مطار أربيل','LOCATION','erbil-airport'), ('L8:إقليم كردستان','LOCATION','kurdistan-region'),
 ('L8:3000 جندي','QUANTITY',None,(3000,False,'troops')),
 ('L9:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L9:البيشمركة#0','ACTOR','PESHMERGA'),
 ('L9:اثنان آخران','QUANTITY',None,(2,False,'wounded')), ('L9:تنظيم داعش','ACTOR','ISIS'), ('L9:ناحية قره تبه','LOCATION','qara-tapa'),
 ('L9:ديالى','LOCATION','diyala'), ('L9:وزارة شؤون البيشمركة','ACTOR','PESHMERGA'),
]
times = [
 ('L1:ليل الإثنين', N, 'part-of-day', {'part':'night'}),
 ('L7:منذ أيلول/سبتمبر الماضي', '2020-09/2021-02', 'month'),
 ('L7:تشرين الأول/أكتوبر الماضي', '2020-10', 'month'),
 ('L7:الأسابيع الأخيرة', None, 'vague', {'relation':'before'}),
 ('L8:كانون الثاني/يناير الماضي', '2021-01', 'month'),
 ('L9:الأسبوع الماضي', '2021-02-08/2021-02-14', 'week'),
]
MOI = 'وزارة الداخلية في حكومة الإقليم'
SA = 'سرايا أولياء الدم'
MAR = 'واين ماروتو'
MOP = 'وزارة شؤون البيشمركة'
NT = 'L1:ليل الإثنين'
events = [
 dict(type='ATTACK', trig='L1:هجوم صاروخي', time=NT, targets=['COALITION'], loc='L1:مطار أربيل الدولي'),                          # 1
 dict(type='MOVEMENT', trig='L1:تتمركز', actors=['COALITION'], loc='L1:مطار أربيل الدولي'),                                        # 2
 dict(type='STATEMENT', trig='L2:قالت', actors=[KRG], attr=MOI),                                                                      # 3
 dict(type='ATTACK', trig='L2:أطلقت', time=NT, loc='L2:المطار', attr=MOI,
      weapons=['L2:صاروخاً من عيار 107 ملم','L2:شاحنة صغيرة'], qty=['L2:14 صاروخاً','L2:ثلاثة']),                                # 4
 dict(type='STATEMENT', trig='L3:تبنت', actors=[SAD], attr=SA),                                                                       # 5
 dict(type='ATTACK', trig='L3:استهدفت', time=NT, actors=[SAD], targets=['US'], attr=SA),                                             # 6
 dict(type='OPERATION', trig='L3:عملياتها', mod='planned', actors=[SAD], targets=['US'], attr=SA),                                   # 7
 dict(type='STATEMENT', trig='L4:قال', actors=['COALITION'], attr=MAR),                                                               # 8
 dict(type='ATTACK', trig='L4:سقطت', time=NT, targets=['COALITION'], loc='L4:مطار أربيل', attr=MAR,
      weapons=['L4:صواريخ'], qty=['L4:تسعة آخرين','L4:ثمانية متعاقدين']),                                                        # 9
 dict(type='ATTACK', trig='L7:الهجوم', time=NT, loc='L7:أربيل'),                                                                      # 10
 dict(type='AGREEMENT', trig='L7:هدنة', time='L7:تشرين الأول/أكتوبر الماضي', actors=[IBM]),                                         # 11
 dict(type='ATTACK', trig='L7:الهجمات', time='L7:الأسابيع الأخيرة', targets=['COALITION']),                                         # 12
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=['US'], loc='L8:العراق', qty=['L8:نحو 2500 جندي']),                                 # 13
 dict(type='WITHDRAWAL', trig='L8:خفض', time='L8:كانون الثاني/يناير الماضي', actors=['US'], loc='L8:العراق', qty=['L8:3000 جندي']),  # 14
 dict(type='ATTACK', trig='L9:هجوم', time='L9:الأسبوع الماضي', actors=['ISIS'], targets=['PESHMERGA'], loc='L9:ناحية قره تبه',
      attr=MOP, qty=['L9:ثلاثة','L9:اثنان آخران']),                                                                              # 15
]
OD = (D, 'day')
NP = (N, 'part-of-day')
forces = [
 dict(actor='COALITION', loc=('مطار أربيل الدولي','erbil-airport'), as_of=NP, status='attacked', line=1, events=[1]),
 dict(actor='COALITION', assets='قوات من التحالف الدولي', loc=('مطار أربيل الدولي','erbil-airport'), as_of=OD, status='present',
      line=1, events=[2]),
 dict(actor='COALITION', assets='قاعدة', loc=('مطار أربيل','erbil-airport'), as_of=NP, status='attacked', source=MAR, line=4, events=[9]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('العراق','iraq'), as_of=OD, status='present', line=8, events=[13]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة عين الأسد','ain-al-asad-airbase'), as_of=OD, status='present', line=8, events=[13]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة حرير','harir-base'), as_of=OD, status='present', line=8, events=[13]),
 dict(actor='US', loc=('مطار أربيل','erbil-airport'), as_of=OD, status='present', line=8, events=[13]),
 dict(actor='US', loc=('العراق','iraq'), as_of=('2021-01','month'), status='withdrawn', line=8, events=[14]),
 dict(actor='PESHMERGA', assets='موقع', loc=('ناحية قره تبه','qara-tapa'), as_of=('2021-02-08/2021-02-14','week'), status='attacked',
      source=MOP, line=9, events=[15]),
]
build('alain-erbil-rockets', None, 'العين الإخبارية', D, L, ents, times, events, forces)
