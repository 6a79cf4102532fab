from build import build
L = [
'البيشمركة تطلق هجوماً على ثلاثة محاور شمال الموصل وتطوق بعشيقة',
'أربيل (كوردستان 24) – شنت قوات البيشمركة، فجر اليوم الخميس، هجوماً واسعاً على ثلاثة محاور شمال وشمال شرقي مدينة الموصل، بإسناد جوي من طيران التحالف الدولي، في رابع أيام عملية تحرير المدينة.',
'وقالت القيادة العامة لقوات البيشمركة في بيان، إن نحو 10 آلاف مقاتل يشاركون في الهجوم الذي ينطلق من محاور بعشيقة ونوران وتلسقف، بهدف استعادة عدد من القرى وقطع طرق إمداد "داعش" بين الموصل وبعشيقة.',
'وأضاف البيان أن البيشمركة سيطرت حتى ظهر اليوم على قرى نوران وبريمة وتيز خراب، وباتت تطوق بلدة بعشيقة من ثلاث جهات، فيما فرّ عشرات المسلحين باتجاه الموصل.',
'وأفاد مراسل كوردستان 24 في جبهة نوران بأن مسلحي التنظيم شنوا هجوماً مضاداً بثلاث سيارات مفخخة على مواقع البيشمركة قرب قرية بريمة، دمّر المقاتلون اثنتين منها بصواريخ "ميلان" قبل وصولهما.',
'وأكد قائد محور بعشيقة العميد كاروان حسن لكوردستان 24، أن ثلاثة من مقاتلي البيشمركة قُتلوا وأصيب 11 آخرون في المعارك، مقابل مقتل أكثر من 40 مسلحاً من "داعش"، بينهم قيادي محلي.',
'ويقدّر مسؤولون في البيشمركة أعداد مسلحي التنظيم داخل بعشيقة بنحو 150 مسلحاً، يتحصن أغلبهم في الأنفاق والمنازل المفخخة وسط البلدة.',
'في المقابل، أعلنت قيادة العمليات المشتركة في بغداد أن قوات جهاز مكافحة الإرهاب استعادت بلدة برطلة شرق الموصل صباح اليوم، وأنها "باتت على بعد أقل من 15 كيلومتراً من حدود المدينة".',
'ويتمركز في معسكر زليكان قرب بعشيقة نحو 500 جندي تركي يدربون مقاتلي "الحشد الوطني" منذ كانون الأول الماضي، وسط رفض متواصل من بغداد لوجودهم.',
'وكانت قوات البيشمركة قد استعادت يوم الاثنين الماضي، مع انطلاق عملية الموصل، نحو 200 كيلومتر مربع وتسع قرى في محور الخازر، بحسب مجلس أمن إقليم كوردستان.',
'ومن المقرر أن تتوقف البيشمركة عند خطوط متفق عليها، على أن تتولى القوات العراقية وحدها دخول مدينة الموصل، وفق اتفاق أبرم بين أربيل وبغداد قبل انطلاق العملية.',
]
D = '2016-10-20'   # Thursday; web copy of its own day
MON = '2016-10-17'
PM = 'PESHMERGA'
KRG = 'OTHER:krg'
HW = 'OTHER:hashd-al-watani'
ents = [
 ('L0:البيشمركة','ACTOR',PM), ('L0:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L0:الموصل','LOCATION','mosul'), ('L0:بعشيقة','LOCATION','bashiqa'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:كوردستان 24','ORG','kurdistan24'), ('L1:قوات البيشمركة','ACTOR',PM),
 ('L1:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L1:مدينة الموصل','LOCATION','mosul'), ('L1:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L1:المدينة','LOCATION','mosul'),
 ('L2:القيادة العامة لقوات البيشمركة','ACTOR',PM), ('L2:نحو 10 آلاف مقاتل','QUANTITY',None,(10000,True,'fighters')),
 ('L2:بعشيقة#0','LOCATION','bashiqa'), ('L2:نوران','LOCATION','nawaran'), ('L2:تلسقف','LOCATION','tesqopa'), ('L2:داعش','ACTOR','ISIS'),
 ('L2:الموصل','LOCATION','mosul'), ('L2:بعشيقة#1','LOCATION','bashiqa'),
 ('L3:البيشمركة','ACTOR',PM), ('L3:قرى نوران','LOCATION','nawaran'), ('L3:بريمة','LOCATION','barima'), ('L3:تيز خراب','LOCATION','tiz-khirab'),
 ('L3:بلدة بعشيقة','LOCATION','bashiqa'), ('L3:ثلاث جهات','QUANTITY',None,(3,False,'other')),
 ('L3:عشرات المسلحين','QUANTITY',None,([24, 99],True,'fighters')), ('L3:الموصل','LOCATION','mosul'),
 ('L4:كوردستان 24','ORG','kurdistan24'), ('L4:جبهة نوران','LOCATION','nawaran-front'), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:ثلاث سيارات مفخخة','QUANTITY',None,(3,False,'vehicles')), ('L4:سيارات مفخخة','WEAPON','car-bombs'), ('L4:البيشمركة','ACTOR',PM),
 ('L4:قرية بريمة','LOCATION','barima'), ('L4:اثنتين','QUANTITY',None,(2,False,'vehicles')), ('L4:صواريخ "ميلان"','WEAPON','milan'),
 ('L5:بعشيقة','LOCATION','bashiqa'), ('L5:كاروان حسن','PERSON','karwan-hassan'), ('L5:كوردستان 24','ORG','kurdistan24'),
 ('L5:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L5:البيشمركة','ACTOR',PM), ('L5:11','QUANTITY',None,(11,False,'wounded')),
 ('L5:أكثر من 40 مسلحاً','QUANTITY',None,(40,True,'killed')), ('L5:داعش','ACTOR','ISIS'),
 ('L6:البيشمركة','ACTOR',PM), ('L6:التنظيم','ACTOR','ISIS'), ('L6:بعشيقة','LOCATION','bashiqa'),
 ('L6:نحو 150 مسلحاً','QUANTITY',None,(150,True,'fighters')), ('L6:البلدة','LOCATION','bashiqa'),
 ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L7:بغداد','LOCATION','baghdad'), ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L7:بلدة برطلة','LOCATION','bartella'), ('L7:الموصل','LOCATION','mosul'), ('L7:أقل من 15 كيلومتراً','QUANTITY',None,(15,True,'km')),
 ('L7:حدود المدينة','LOCATION','mosul-city-limits'),
 ('L8:معسكر زليكان','LOCATION','zilkan-camp'), ('L8:بعشيقة','LOCATION','bashiqa'), ('L8:نحو 500 جندي','QUANTITY',None,(500,True,'troops')),
 ('L8:جندي تركي','ACTOR','TR'), ('L8:الحشد الوطني','ACTOR',HW), ('L8:بغداد','ACTOR','IQ_GOV'),
 ('L9:قوات البيشمركة','ACTOR',PM), ('L9:الموصل','LOCATION','mosul'), ('L9:نحو 200 كيلومتر مربع','QUANTITY',None,(200,True,'other')),
 ('L9:تسع قرى','QUANTITY',None,(9,False,'other')), ('L9:محور الخازر','LOCATION','khazir-front'), ('L9:مجلس أمن إقليم كوردستان','ACTOR',KRG),
 ('L10:البيشمركة','ACTOR',PM), ('L10:القوات العراقية','ACTOR','IQ_GOV'), ('L10:مدينة الموصل','LOCATION','mosul'),
 ('L10:أربيل','ACTOR',KRG), ('L10:بغداد','ACTOR','IQ_GOV'),
]
times = [
 ('L1:فجر اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L3:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:منذ كانون الأول الماضي', '2015-12/2016-10', 'month'),
 ('L9:يوم الاثنين الماضي', MON, 'day'),
]
F = 'L1:فجر اليوم الخميس'
NOON = 'L3:ظهر اليوم'
PGC = 'القيادة العامة لقوات البيشمركة'
PB = 'القيادة العامة لقوات البيشمركة (بيان)'
COR = 'مراسل كوردستان 24'
KH = 'كاروان حسن'
JOC = 'قيادة العمليات المشتركة'
KSC = 'مجلس أمن إقليم كوردستان'
events = [
 dict(type='OPERATION', trig='L1:هجوماً', time=F, actors=[PM], targets=['ISIS'], loc='L1:مدينة الموصل', qty=['L1:ثلاثة محاور']),        # 1
 dict(type='ATTACK', trig='L1:بإسناد جوي', time=F, actors=['COALITION'], targets=['ISIS']),                                           # 2
 dict(type='OPERATION', trig='L1:عملية تحرير', actors=['IQ_GOV', PM], targets=['ISIS'], loc='L1:المدينة'),                             # 3
 dict(type='STATEMENT', trig='L2:قالت', actors=[PM], attr=PGC),                                                                      # 4
 dict(type='OPERATION', trig='L2:الهجوم', time=F, actors=[PM], targets=['ISIS'], loc='L2:بعشيقة#0', qty=['L2:نحو 10 آلاف مقاتل'], attr=PGC),  # 5
 dict(type='CONTROL', trig='L3:سيطرت', time=NOON, actors=[PM], targets=['ISIS'], loc='L3:قرى نوران', attr=PB),                         # 6
 dict(type='OPERATION', trig='L3:تطوق', actors=[PM], targets=['ISIS'], loc='L3:بلدة بعشيقة', qty=['L3:ثلاث جهات'], attr=PB),            # 7
 dict(type='WITHDRAWAL', trig='L3:فرّ', actors=['ISIS'], qty=['L3:عشرات المسلحين'], attr=PB),                                          # 8
 dict(type='ATTACK', trig='L4:هجوماً مضاداً', time=F, actors=['ISIS'], targets=[PM], loc='L4:قرية بريمة', weapons=['L4:سيارات مفخخة'],
      qty=['L4:ثلاث سيارات مفخخة'], attr=COR),                                                                                        # 9
 dict(type='ATTACK', trig='L4:دمّر', time=F, actors=[PM], targets=['ISIS'], loc='L4:قرية بريمة', weapons=['L4:صواريخ "ميلان"'],
      qty=['L4:اثنتين'], attr=COR),                                                                                                   # 10
 dict(type='ATTACK', trig='L5:قُتلوا', time=F, actors=['ISIS'], targets=[PM], qty=['L5:ثلاثة', 'L5:11'], attr=KH),                    # 11
 dict(type='ATTACK', trig='L5:مقتل', time=F, actors=[PM], targets=['ISIS'], qty=['L5:أكثر من 40 مسلحاً'], attr=KH),                   # 12
 dict(type='STATEMENT', trig='L7:أعلنت', actors=['IQ_GOV'], attr=JOC),                                                              # 13
 dict(type='CONTROL', trig='L7:استعادت', time='L7:صباح اليوم', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:بلدة برطلة', attr=JOC),    # 14
 dict(type='MOVEMENT', trig='L8:يتمركز', time='L8:منذ كانون الأول الماضي', actors=['TR'], loc='L8:معسكر زليكان', qty=['L8:نحو 500 جندي']),  # 15
 dict(type='TRAINING', trig='L8:يدربون', time='L8:منذ كانون الأول الماضي', actors=['TR', HW], loc='L8:معسكر زليكان'),                  # 16
 dict(type='CONTROL', trig='L9:استعادت', time='L9:يوم الاثنين الماضي', actors=[PM], targets=['ISIS'], loc='L9:محور الخازر',
      qty=['L9:نحو 200 كيلومتر مربع', 'L9:تسع قرى'], attr=KSC),                                                                       # 17
 dict(type='OPERATION', trig='L9:عملية', time='L9:يوم الاثنين الماضي', actors=['IQ_GOV', PM], targets=['ISIS'], loc='L9:الموصل', attr=KSC),  # 18
 dict(type='MOVEMENT', trig='L10:دخول', mod='planned', actors=['IQ_GOV'], loc='L10:مدينة الموصل'),                                     # 19
 dict(type='AGREEMENT', trig='L10:اتفاق', actors=[KRG, 'IQ_GOV']),                                                                   # 20
]
DM = (D, 'part-of-day')
OD = (D, 'day')
forces = [
 dict(actor=PM, strength=(10000, True, 'fighters'), loc=('بعشيقة', 'bashiqa'), as_of=DM, status='present', source=PGC, line=2, events=[5]),
 dict(actor=PM, loc=('نوران', 'nawaran'), as_of=DM, status='present', source=PGC, line=2, events=[5]),
 dict(actor=PM, loc=('تلسقف', 'tesqopa'), as_of=DM, status='present', source=PGC, line=2, events=[5]),
 dict(actor=PM, loc=('قرى نوران', 'nawaran'), as_of=DM, status='controls', source=PB, line=3, events=[6]),
 dict(actor=PM, loc=('بريمة', 'barima'), as_of=DM, status='controls', source=PB, line=3, events=[6]),
 dict(actor=PM, loc=('تيز خراب', 'tiz-khirab'), as_of=DM, status='controls', source=PB, line=3, events=[6]),
 dict(actor=PM, loc=('بلدة بعشيقة', 'bashiqa'), as_of=OD, status='present', source=PB, line=3, events=[7]),
 dict(actor='ISIS', loc=('بلدة بعشيقة', 'bashiqa'), as_of=OD, status='present', source=PB, line=3, events=[7]),
 dict(actor=PM, assets='مواقع البيشمركة', loc=('قرية بريمة', 'barima'), as_of=DM, status='attacked', source=COR, line=4, events=[9]),
 dict(actor=PM, loc=('قرية بريمة', 'barima'), as_of=DM, status='present', source=COR, line=4, events=[9, 10]),
 dict(actor='ISIS', strength=(150, True, 'fighters'), assets='الأنفاق والمنازل المفخخة', loc=('بعشيقة', 'bashiqa'), as_of=OD, status='present',
      source='مسؤولون في البيشمركة', line=6, events=[]),
 dict(actor='IQ_GOV', assets='جهاز مكافحة الإرهاب', loc=('بلدة برطلة', 'bartella'), as_of=DM, status='controls', source=JOC, line=7, events=[14]),
 dict(actor='TR', strength=(500, True, 'troops'), loc=('معسكر زليكان', 'zilkan-camp'), as_of=OD, status='present', line=8, events=[15, 16]),
 dict(actor=HW, loc=('معسكر زليكان', 'zilkan-camp'), as_of=OD, status='present', line=8, events=[16]),
 dict(actor=PM, loc=('محور الخازر', 'khazir-front'), as_of=(MON, 'day'), status='controls', source=KSC, line=9, events=[17]),
 dict(actor='IQ_GOV', assets='القوات العراقية', loc=('مدينة الموصل', 'mosul'), as_of=(None, 'vague'), status='planned', line=10, events=[19]),
]
build('kurdistan24-bashiqa-nawaran', None, 'كوردستان 24', D, L, ents, times, events, forces)
