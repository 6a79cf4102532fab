from build import build
L = [
'القوات الأمنية تستعيد السيطرة على أحياء في الرطبة بعد هجوم لـ"داعش" من ثلاثة محاور',
'الغد برس/ الأنبار',
'أعلن قائد عمليات الجزيرة والبادية اللواء الركن قاسم المحمدي، اليوم الاثنين، استعادة السيطرة على حيي الشهداء والقادسية وسط قضاء الرطبة غربي الأنبار، بعد يوم من هجوم واسع شنه تنظيم "داعش" على القضاء.',
'وقال المحمدي في حديث لـ"الغد برس"، إن "نحو 50 مسلحاً من التنظيم تسللوا إلى القضاء فجر الأحد من ثلاثة محاور، وهاجموا مبنى القائمقامية ومركز شرطة الرطبة بالأسلحة الرشاشة والأحزمة الناسفة".',
'وأضاف أن "القوات الأمنية ومقاتلي الحشد العشائري تصدوا للهجوم وقتلوا 31 إرهابياً، فيما استشهد ثمانية من منتسبي الشرطة وأصيب 15 آخرون".',
'في المقابل، زعمت وكالة "أعماق" التابعة لـ"داعش" أن مسلحي التنظيم "سيطروا على معظم أحياء الرطبة" وقتلوا العشرات من عناصر الجيش، وهو ما نفاه المحمدي، مؤكداً أن "القضاء لم يخرج عن سيطرة القوات الأمنية في أي لحظة".',
'وأفاد شهود عيان من أهالي الرطبة بأن المسلحين احتجزوا عدداً من العائلات داخل منازلها في حي الشهداء واستخدموها دروعاً بشرية، قبل أن تتمكن القوات من إخلائها صباح اليوم.',
'من جانبه، أفاد مصدر أمني في الأنبار، الغد برس، بأن تعزيزات عسكرية تضم نحو 300 عنصر من الفرقة السابعة وقوات الرد السريع وصلت مساء أمس إلى الرطبة قادمة من قاعدة عين الأسد، وشاركت في تطهير الأحياء.',
'وأشار المصدر إلى أن "طيران التحالف الدولي نفذ ست ضربات جوية على تجمعات التنظيم في محيط القضاء"، فيما فُرض حظر شامل للتجوال في المدينة حتى إشعار آخر.',
'ويرى مراقبون أن هجوم الرطبة يأتي في محاولة من التنظيم لتخفيف الضغط عن مسلحيه في الموصل، بعد أسبوع على انطلاق عمليات استعادة المدينة في السابع عشر من تشرين الأول الجاري، وعلى غرار هجومه على كركوك يوم الجمعة الماضي.',
'وكانت القوات العراقية قد استعادت الرطبة في أيار الماضي بعد عملية عسكرية بمشاركة أبناء العشائر، إثر نحو عامين من سيطرة "داعش" عليها.',
]
D = '2016-10-24'   # Monday; Baghdad news agency, copy of its day
SUN = '2016-10-23'
TRB = 'OTHER:iraqi-tribal-gunmen'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:الرطبة','LOCATION','rutba'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L1:الغد برس','ORG','alghad-press'), ('L1:الأنبار','LOCATION','anbar'),
 ('L2:الجزيرة والبادية','LOCATION','jazira-and-badia'), ('L2:قاسم المحمدي','PERSON','qasim-al-mohammadi'), ('L2:حيي الشهداء','LOCATION','al-shuhada-rutba'),
 ('L2:القادسية','LOCATION','al-qadisiya-rutba'), ('L2:قضاء الرطبة','LOCATION','rutba'), ('L2:الأنبار','LOCATION','anbar'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:القضاء','LOCATION','rutba'),
 ('L3:المحمدي','PERSON','qasim-al-mohammadi'), ('L3:الغد برس','ORG','alghad-press'), ('L3:نحو 50 مسلحاً','QUANTITY',None,(50,True,'fighters')),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:القضاء','LOCATION','rutba'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:مبنى القائمقامية','LOCATION','rutba-qaimaqamiya'), ('L3:مركز شرطة الرطبة','LOCATION','rutba-police-station'),
 ('L3:الأسلحة الرشاشة','WEAPON','machine-guns'), ('L3:الأحزمة الناسفة','WEAPON','suicide-belts'),
 ('L4:القوات الأمنية','ACTOR','IQ_GOV'), ('L4:الحشد العشائري','ACTOR',TRB), ('L4:31 إرهابياً','QUANTITY',None,(31,False,'killed')),
 ('L4:ثمانية','QUANTITY',None,(8,False,'killed')), ('L4:الشرطة','ACTOR','IQ_GOV'), ('L4:15','QUANTITY',None,(15,False,'wounded')),
 ('L5:أعماق','ORG','amaq'), ('L5:داعش','ACTOR','ISIS'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:أحياء الرطبة','LOCATION','rutba-districts'),
 ('L5:العشرات','QUANTITY',None,([24, 99],True,'killed')), ('L5:الجيش','ACTOR','IQ_GOV'), ('L5:المحمدي','PERSON','qasim-al-mohammadi'),
 ('L5:القضاء','LOCATION','rutba'), ('L5:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L6:الرطبة','LOCATION','rutba'), ('L6:حي الشهداء','LOCATION','al-shuhada-rutba'), ('L6:القوات','ACTOR','IQ_GOV'),
 ('L7:الأنبار','LOCATION','anbar'), ('L7:الغد برس','ORG','alghad-press'), ('L7:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')),
 ('L7:الفرقة السابعة','ACTOR','IQ_GOV'), ('L7:قوات الرد السريع','ACTOR','IQ_GOV'), ('L7:الرطبة','LOCATION','rutba'),
 ('L7:قاعدة عين الأسد','LOCATION','ain-al-asad'), ('L7:الأحياء','LOCATION','rutba-districts'),
 ('L8:طيران التحالف الدولي','ACTOR','COALITION'), ('L8:ست ضربات جوية','QUANTITY',None,(6,False,'other')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:محيط القضاء','LOCATION','rutba-surroundings'), ('L8:المدينة','LOCATION','rutba'),
 ('L9:الرطبة','LOCATION','rutba'), ('L9:التنظيم','ACTOR','ISIS'), ('L9:الموصل','LOCATION','mosul'), ('L9:المدينة','LOCATION','mosul'),
 ('L9:كركوك','LOCATION','kirkuk'),
 ('L10:القوات العراقية','ACTOR','IQ_GOV'), ('L10:الرطبة','LOCATION','rutba'), ('L10:أبناء العشائر','ACTOR',TRB),
 ('L10:نحو عامين','QUANTITY',None,(2,True,'other')), ('L10:داعش','ACTOR','ISIS'),
]
times = [
 ('L2:اليوم الاثنين', D, 'day'),
 ('L3:فجر الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:مساء أمس', SUN, 'part-of-day', {'part': 'evening'}),
 ('L9:السابع عشر من تشرين الأول الجاري', '2016-10-17', 'day'),
 ('L9:يوم الجمعة الماضي', '2016-10-21', 'day'),
 ('L10:أيار الماضي', '2016-05', 'month'),
]
T = 'L2:اليوم الاثنين'
F = 'L3:فجر الأحد'
E = 'L7:مساء أمس'
QM = 'قاسم المحمدي'
AMQ = 'وكالة أعماق'
WIT = 'شهود عيان من أهالي الرطبة'
SRC = 'مصدر أمني في الأنبار (الغد برس)'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=T, actors=['IQ_GOV'], attr=QM),                                                         # 1
 dict(type='CONTROL', trig='L2:استعادة', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:حيي الشهداء', attr=QM),                # 2
 dict(type='ATTACK', trig='L2:هجوم', actors=['ISIS'], loc='L2:القضاء', attr=QM),                                                     # 3
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=QM),                                                                    # 4
 dict(type='MOVEMENT', trig='L3:تسللوا', time=F, actors=['ISIS'], loc='L3:القضاء', qty=['L3:نحو 50 مسلحاً', 'L3:ثلاثة محاور'], attr=QM),  # 5
 dict(type='ATTACK', trig='L3:هاجموا', time=F, actors=['ISIS'], targets=['IQ_GOV'], loc='L3:مبنى القائمقامية',
      weapons=['L3:الأسلحة الرشاشة', 'L3:الأحزمة الناسفة'], attr=QM),                                                              # 6
 dict(type='ATTACK', trig='L4:تصدوا', time=F, actors=['IQ_GOV', TRB], targets=['ISIS'], attr=QM),                                    # 7
 dict(type='ATTACK', trig='L4:هجوم', time=F, actors=['ISIS'], targets=['IQ_GOV'], qty=['L4:ثمانية', 'L4:15'], attr=QM),            # 8
 dict(type='ATTACK', trig='L4:قتلوا', time=F, actors=['IQ_GOV', TRB], targets=['ISIS'], qty=['L4:31 إرهابياً'], attr=QM),             # 9
 dict(type='CONTROL', trig='L5:سيطروا', actors=['ISIS'], loc='L5:أحياء الرطبة', attr=AMQ),  # 10
 dict(type='ATTACK', trig='L5:قتلوا', actors=['ISIS'], targets=['IQ_GOV'], qty=['L5:العشرات'], attr=AMQ),  # 11
 dict(type='CONTROL', trig='L5:سيطرة', actors=['IQ_GOV'], loc='L5:القضاء', attr=QM),  # 12
 dict(type='ARREST', trig='L6:احتجزوا', actors=['ISIS'], loc='L6:حي الشهداء', attr=WIT),  # 13
 dict(type='MOVEMENT', trig='L7:وصلت', time=E, actors=['IQ_GOV'], loc='L7:الرطبة', qty=['L7:نحو 300 عنصر'], attr=SRC),                # 14
 dict(type='OPERATION', trig='L7:تطهير', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الأحياء', attr=SRC),                            # 15
 dict(type='ATTACK', trig='L8:نفذ', actors=['COALITION'], targets=['ISIS'], loc='L8:محيط القضاء', qty=['L8:ست ضربات جوية'], attr=SRC),  # 16
 dict(type='ATTACK', trig='L9:هجوم#0', time=F, actors=['ISIS'], loc='L9:الرطبة'),                                                       # 17
 dict(type='OPERATION', trig='L9:عمليات', time='L9:السابع عشر من تشرين الأول الجاري', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:المدينة'),  # 18
 dict(type='ATTACK', trig='L9:هجومه', time='L9:يوم الجمعة الماضي', actors=['ISIS'], loc='L9:كركوك'),                                 # 19
 dict(type='CONTROL', trig='L10:استعادت', time='L10:أيار الماضي', actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L10:الرطبة'),           # 20
 dict(type='OPERATION', trig='L10:عملية', time='L10:أيار الماضي', actors=['IQ_GOV', TRB], targets=['ISIS']),                           # 21
 dict(type='CONTROL', trig='L10:سيطرة', actors=['ISIS'], loc='L10:الرطبة', qty=['L10:نحو عامين']),                                       # 22
]
TD = (D, 'day')
FD = (SUN, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('حيي الشهداء', 'al-shuhada-rutba'), as_of=TD, status='controls', source=QM, line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('القادسية', 'al-qadisiya-rutba'), as_of=TD, status='controls', source=QM, line=2, events=[2]),
 dict(actor='ISIS', strength=(50, True, 'fighters'), loc=('القضاء', 'rutba'), as_of=FD, status='arrived', source=QM, line=3, events=[5]),
 dict(actor='ISIS', loc=('مبنى القائمقامية', 'rutba-qaimaqamiya'), as_of=FD, status='present', source=QM, line=3, events=[6]),
 dict(actor='ISIS', loc=('مركز شرطة الرطبة', 'rutba-police-station'), as_of=FD, status='present', source=QM, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('مبنى القائمقامية', 'rutba-qaimaqamiya'), as_of=FD, status='present', source=QM, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('مركز شرطة الرطبة', 'rutba-police-station'), as_of=FD, status='present', source=QM, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('مبنى القائمقامية', 'rutba-qaimaqamiya'), as_of=FD, status='attacked', source=QM, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('مركز شرطة الرطبة', 'rutba-police-station'), as_of=FD, status='attacked', source=QM, line=3, events=[6]),
 dict(actor='ISIS', loc=('أحياء الرطبة', 'rutba-districts'), as_of=TD, status='controls', source=AMQ, line=5, events=[10]),
 dict(actor='IQ_GOV', loc=('القضاء', 'rutba'), as_of=TD, status='controls', source=QM, line=5, events=[12]),
 dict(actor='IQ_GOV', strength=(300, True, 'troops'), assets='الفرقة السابعة وقوات الرد السريع', loc=('الرطبة', 'rutba'),
      as_of=(SUN, 'part-of-day'), status='reinforced', source=SRC, line=7, events=[14]),
 dict(actor='ISIS', loc=('محيط القضاء', 'rutba-surroundings'), as_of=TD, status='attacked', source=SRC, line=8, events=[16]),
 dict(actor='ISIS', loc=('كركوك', 'kirkuk'), as_of=('2016-10-21', 'day'), status='present', line=9, events=[19]),
 dict(actor='IQ_GOV', loc=('الرطبة', 'rutba'), as_of=('2016-05', 'month'), status='controls', line=10, events=[20]),
 dict(actor=TRB, loc=('الرطبة', 'rutba'), as_of=('2016-05', 'month'), status='controls', line=10, events=[20]),
]
build('alghadpress-rutba-attack', None, 'الغد برس', D, L, ents, times, events, forces)
