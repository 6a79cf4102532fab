from build import build
L = [
'المسلحون ينسحبون من سليمان بيك باتفاق مع الوجهاء.. والجيش العراقي يستعيد الناحية',
'بغداد - «عُمان» - وكالات: استعادت قوات الجيش العراقي، أمس الجمعة، السيطرة على ناحية سليمان بيك شمال قضاء طوزخورماتو في محافظة صلاح الدين، بعد انسحاب مسلحين من العشائر كانوا قد اقتحموها فجر الخميس، إثر اتفاق رعاه وجهاء المنطقة وشيوخها.',
'وقال شلال عبدول، المسؤول المحلي في طوزخورماتو، لوكالة «فرانس برس» إن «المسلحين غادروا الناحية باتجاه سلسلة جبال حمرين مقابل عدم ملاحقتهم»، مؤكداً أن وحدات من الفرقة الرابعة في الجيش دخلت مركز الناحية وبدأت عمليات تفتيش في أحيائها.',
'وكانت مصادر أمنية قد أفادت بأن نحو 150 مسلحاً، بينهم عناصر من «جيش رجال الطريقة النقشبندية»، هاجموا مراكز الشرطة ونقاط الجيش في الناحية، واستولوا على أسلحة وآليات، ما أسفر عن مقتل 16 من عناصر الأمن.',
'وردّت القوات العراقية بقصف مواقع المسلحين بالمروحيات والمدفعية، وفرضت طوقاً على الناحية من ثلاثة محاور، قبل أن يتوصل الوسطاء إلى الاتفاق.',
'وتأتي هذه التطورات بعد اقتحام قوات الأمن، فجر الثلاثاء الماضي، ساحة الاعتصام في قضاء الحويجة غربي كركوك، في عملية أسفرت عن مقتل أكثر من 50 شخصاً، وأشعلت مواجهات في عدة محافظات.',
'وفي الموصل، هاجم مسلحون مجهولون ليل أمس نقاط تفتيش للجيش في حيي الزهور والإصلاح الزراعي، واشتبكوا مع القوات الأمنية لنحو ساعتين، بحسب مصدر في شرطة نينوى.',
'في غضون ذلك، أعلنت حكومة إقليم كردستان أن قوات البيشمركة انتشرت في محيط مدينة كركوك وعلى طريق كركوك – أربيل «لملء أي فراغ أمني»، في خطوة وصفتها بغداد بأنها «استغلال للأزمة».',
'وقال رئيس الوزراء نوري المالكي في كلمة متلفزة إن «الفتنة الطائفية تطل برأسها من جديد»، محذراً من أن الحكومة «لن تسمح بعودة الاقتتال»، وداعياً المعتصمين إلى «طرد الغرباء» من الساحات.',
'من جهتها، أعربت الأمم المتحدة عن قلقها، وقال ممثلها الخاص في العراق مارتن كوبلر إن «البلاد تقف على مفترق طرق»، داعياً الحكومة والمحتجين إلى ضبط النفس.',
]
D = '2013-04-27'   # Saturday; Omani daily, web copy of its day
FRI = '2013-04-26'
THU = '2013-04-25'
TRB = 'OTHER:iraqi-tribal-gunmen'
NQ = 'OTHER:naqshbandi-army'
KRG = 'OTHER:krg'
ents = [
 ('L0:سليمان بيك','LOCATION','suleiman-bek'), ('L0:الجيش العراقي','ACTOR','IQ_GOV'), ('L0:الناحية','LOCATION','suleiman-bek'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:عُمان','ORG','oman-daily'), ('L1:قوات الجيش العراقي','ACTOR','IQ_GOV'),
 ('L1:ناحية سليمان بيك','LOCATION','suleiman-bek'), ('L1:قضاء طوزخورماتو','LOCATION','tuz-khurmatu'), ('L1:محافظة صلاح الدين','LOCATION','salahuddin'),
 ('L1:العشائر','ACTOR',TRB), ('L1:المنطقة','LOCATION','suleiman-bek'),
 ('L2:شلال عبدول','PERSON','shalal-abdul'), ('L2:طوزخورماتو','LOCATION','tuz-khurmatu'), ('L2:فرانس برس','ORG','afp'),
 ('L2:الناحية#0','LOCATION','suleiman-bek'), ('L2:سلسلة جبال حمرين','LOCATION','hamrin-mountains'), ('L2:الفرقة الرابعة','ACTOR','IQ_GOV'),
 ('L2:الجيش','ACTOR','IQ_GOV'), ('L2:مركز الناحية','LOCATION','suleiman-bek'),
 ('L3:نحو 150 مسلحاً','QUANTITY',None,(150,True,'fighters')), ('L3:جيش رجال الطريقة النقشبندية','ACTOR',NQ), ('L3:الشرطة','ACTOR','IQ_GOV'),
 ('L3:الجيش','ACTOR','IQ_GOV'), ('L3:الناحية','LOCATION','suleiman-bek'), ('L3:أسلحة','WEAPON','weapons'), ('L3:آليات','WEAPON','vehicles'),
 ('L3:16','QUANTITY',None,(16,False,'killed')),
 ('L4:القوات العراقية','ACTOR','IQ_GOV'), ('L4:المروحيات','WEAPON','helicopters'), ('L4:المدفعية','WEAPON','artillery'),
 ('L4:الناحية','LOCATION','suleiman-bek'), ('L4:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L5:قوات الأمن','ACTOR','IQ_GOV'), ('L5:ساحة الاعتصام','LOCATION','hawija-sit-in-square'), ('L5:قضاء الحويجة','LOCATION','hawija'),
 ('L5:كركوك','LOCATION','kirkuk'), ('L5:أكثر من 50 شخصاً','QUANTITY',None,(50,True,'killed')),
 ('L6:الموصل','LOCATION','mosul'), ('L6:مسلحون مجهولون','ACTOR','UNKNOWN'), ('L6:لجيش','ACTOR','IQ_GOV'), ('L6:حيي الزهور','LOCATION','al-zuhur'),
 ('L6:الإصلاح الزراعي','LOCATION','al-islah-al-zirai'), ('L6:القوات الأمنية','ACTOR','IQ_GOV'), ('L6:نحو ساعتين','QUANTITY',None,(2,True,'other')),
 ('L6:شرطة نينوى','ACTOR','IQ_GOV'),
 ('L7:حكومة إقليم كردستان','ACTOR',KRG), ('L7:قوات البيشمركة','ACTOR','PESHMERGA'), ('L7:مدينة كركوك','LOCATION','kirkuk'),
 ('L7:طريق كركوك – أربيل','LOCATION','kirkuk-erbil-road'), ('L7:بغداد','ACTOR','IQ_GOV'),
 ('L8:نوري المالكي','PERSON','nouri-al-maliki'), ('L8:الحكومة','ACTOR','IQ_GOV'),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:العراق','LOCATION','iraq'), ('L9:مارتن كوبلر','PERSON','martin-kobler'), ('L9:الحكومة','ACTOR','IQ_GOV'),
]
times = [
 ('L1:أمس الجمعة', FRI, 'day'),
 ('L1:فجر الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L5:فجر الثلاثاء الماضي', '2013-04-23', 'part-of-day', {'part': 'morning'}),
 ('L6:ليل أمس', FRI, 'part-of-day', {'part': 'night'}),
]
F = 'L1:أمس الجمعة'
TH = 'L1:فجر الخميس'
SHA = 'شلال عبدول (فرانس برس)'
SEC = 'مصادر أمنية'
POL = 'مصدر في شرطة نينوى'
events = [
 dict(type='CONTROL', trig='L1:استعادت', time=F, actors=['IQ_GOV'], targets=[TRB], loc='L1:ناحية سليمان بيك'),                     # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=F, actors=[TRB], loc='L1:ناحية سليمان بيك'),                                       # 2
 dict(type='ATTACK', trig='L1:اقتحموها', time=TH, actors=[TRB], targets=['IQ_GOV'], loc='L1:ناحية سليمان بيك'),                    # 3
 dict(type='AGREEMENT', trig='L1:اتفاق', actors=['IQ_GOV', TRB]),                                                                # 4
 dict(type='STATEMENT', trig='L2:قال', attr=SHA),                                                                                # 5
 dict(type='WITHDRAWAL', trig='L2:غادروا', time=F, actors=[TRB], loc='L2:الناحية#0', attr=SHA),                                     # 6
 dict(type='MOVEMENT', trig='L2:دخلت', time=F, actors=['IQ_GOV'], loc='L2:مركز الناحية', attr=SHA),                                # 7
 dict(type='OPERATION', trig='L2:عمليات تفتيش', time=F, actors=['IQ_GOV'], loc='L2:مركز الناحية', attr=SHA),                       # 8
 dict(type='ATTACK', trig='L3:هاجموا', time=TH, actors=[TRB, NQ], targets=['IQ_GOV'], loc='L3:الناحية',
      qty=['L3:نحو 150 مسلحاً', 'L3:16'], attr=SEC),                                                                             # 9
 dict(type='ATTACK', trig='L4:قصف', actors=['IQ_GOV'], targets=[TRB], weapons=['L4:المروحيات', 'L4:المدفعية']),                  # 10
 dict(type='OPERATION', trig='L4:طوقاً', actors=['IQ_GOV'], targets=[TRB], loc='L4:الناحية', qty=['L4:ثلاثة محاور']),              # 11
 dict(type='AGREEMENT', trig='L4:الاتفاق', actors=['IQ_GOV', TRB]),                                                              # 12
 dict(type='ATTACK', trig='L5:اقتحام', time='L5:فجر الثلاثاء الماضي', actors=['IQ_GOV'], loc='L5:ساحة الاعتصام',
      qty=['L5:أكثر من 50 شخصاً']),                                                                                              # 13
 dict(type='ATTACK', trig='L5:مواجهات'),                                                                                         # 14
 dict(type='ATTACK', trig='L6:هاجم', time='L6:ليل أمس', actors=['UNKNOWN'], targets=['IQ_GOV'], loc='L6:حيي الزهور', attr=POL),      # 15
 dict(type='ATTACK', trig='L6:اشتبكوا', time='L6:ليل أمس', actors=['UNKNOWN', 'IQ_GOV'], loc='L6:حيي الزهور', qty=['L6:نحو ساعتين'], attr=POL),  # 16
 dict(type='STATEMENT', trig='L7:أعلنت', actors=[KRG], attr='حكومة إقليم كردستان'),                                              # 17
 dict(type='MOVEMENT', trig='L7:انتشرت', actors=['PESHMERGA'], loc='L7:مدينة كركوك', attr='حكومة إقليم كردستان'),                 # 18
 dict(type='STATEMENT', trig='L8:قال', actors=['IQ_GOV'], attr='نوري المالكي'),                                                  # 19
 dict(type='STATEMENT', trig='L9:قال', attr='مارتن كوبلر'),                                                                     # 20
]
FD = (FRI, 'day')
THD = (THU, 'part-of-day')
FN = (FRI, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية سليمان بيك', 'suleiman-bek'), as_of=FD, status='controls', line=1, events=[1]),
 dict(actor=TRB, loc=('ناحية سليمان بيك', 'suleiman-bek'), as_of=FD, status='withdrawn', line=1, events=[2]),
 dict(actor=TRB, loc=('الناحية', 'suleiman-bek'), as_of=FD, status='withdrawn', source=SHA, line=2, events=[6]),
 dict(actor='IQ_GOV', assets='وحدات من الفرقة الرابعة', loc=('مركز الناحية', 'suleiman-bek'), as_of=FD, status='arrived', source=SHA, line=2, events=[7]),
 dict(actor=TRB, strength=(150, True, 'fighters'), loc=('الناحية', 'suleiman-bek'), as_of=THD, status='present', source=SEC, line=3, events=[9]),
 dict(actor=NQ, strength=(150, True, 'fighters'), loc=('الناحية', 'suleiman-bek'), as_of=THD, status='present', source=SEC, line=3, events=[9]),
 dict(actor='IQ_GOV', loc=('الناحية', 'suleiman-bek'), as_of=THD, status='present', source=SEC, line=3, events=[9]),
 dict(actor='IQ_GOV', loc=('الناحية', 'suleiman-bek'), as_of=(None, 'vague'), status='present', line=4, events=[11]),
 dict(actor='IQ_GOV', loc=('حيي الزهور', 'al-zuhur'), as_of=FN, status='attacked', source=POL, line=6, events=[15]),
 dict(actor='IQ_GOV', loc=('الإصلاح الزراعي', 'al-islah-al-zirai'), as_of=FN, status='attacked', source=POL, line=6, events=[15]),
 dict(actor='IQ_GOV', loc=('حيي الزهور', 'al-zuhur'), as_of=FN, status='present', source=POL, line=6, events=[16]),
 dict(actor='IQ_GOV', loc=('الإصلاح الزراعي', 'al-islah-al-zirai'), as_of=FN, status='present', source=POL, line=6, events=[16]),
 dict(actor='UNKNOWN', loc=('حيي الزهور', 'al-zuhur'), as_of=FN, status='present', source=POL, line=6, events=[16]),
 dict(actor='UNKNOWN', loc=('الإصلاح الزراعي', 'al-islah-al-zirai'), as_of=FN, status='present', source=POL, line=6, events=[16]),
 dict(actor='PESHMERGA', loc=('مدينة كركوك', 'kirkuk'), as_of=DD, status='present', source='حكومة إقليم كردستان', line=7, events=[18]),
 dict(actor='PESHMERGA', loc=('طريق كركوك – أربيل', 'kirkuk-erbil-road'), as_of=DD, status='present', source='حكومة إقليم كردستان', line=7, events=[18]),
]
build('oman-suleiman-bek', None, 'عُمان', D, L, ents, times, events, forces)
