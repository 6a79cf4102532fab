from build import build
L = [
'بارزاني: البيشمركة كسرت حصار جبل شنكال',
'أربيل (رووداو) – أعلن رئيس إقليم كوردستان مسعود بارزاني، اليوم الخميس، أن قوات البيشمركة تمكنت من كسر الحصار الذي يفرضه مسلحو تنظيم داعش على جبل شنكال (سنجار) منذ أكثر من أربعة أشهر، ووصلت إلى الجبل.',
'وقال بارزاني في مؤتمر صحفي عقده في بلدة زمار إن "البيشمركة حررت منذ فجر أمس مساحة تقارب ٧٠٠ كيلومتر مربع، وإن مسلحي داعش فروا باتجاه تلعفر والموصل".',
'وأوضح أن نحو ثمانية آلاف مقاتل من البيشمركة شاركوا في العملية التي انطلقت على ثلاثة محاور من زمار وربيعة وسد الموصل، بإسناد جوي من طائرات التحالف الدولي.',
'وبحسب القيادة المركزية الأمريكية، نفذت طائرات التحالف ٤٥ غارة خلال اليومين الماضيين على مواقع لداعش في محيط شنكال، دمرت خلالها مقرات وعربات مدرعة ونقاط تفتيش.',
'وتمكن آلاف الإيزيديين المحاصرين على الجبل من النزول عبر الممر نحو مناطق آمنة في دهوك، بحسب مسؤولين محليين، بعد أن بقوا عالقين هناك منذ الثالث من آب الماضي.',
'في المقابل، نفى حساب مقرب من داعش على تويتر خسارة التنظيم لأي من مواقعه، زاعماً أن مسلحيه "ما زالوا يحاصرون الجبل ويسيطرون على مدينة سنجار".',
'ميدانياً، أفاد مراسل رووداو بأن قوات البيشمركة وصلت مساء اليوم إلى أطراف مدينة شنكال من الجهة الشمالية، وتخوض اشتباكات متقطعة مع مسلحي داعش قرب مقام شرف الدين.',
'كما أكد قيادي في وحدات حماية الشعب لرووداو أن مقاتليه، الذين يتمركزون في الجبل منذ آب، "ينسقون مع البيشمركة لتأمين الطريق نحو الحدود السورية".',
'ويأتي هذا التقدم بعد أشهر من سيطرة داعش على شنكال في الثالث من آب، حين انسحبت قوات البيشمركة من المدينة وارتكب التنظيم مجازر بحق الإيزيديين وخطف آلاف النساء.',
'ومن المقرر أن تبدأ البيشمركة خلال الأيام المقبلة المرحلة الثانية من العملية لتحرير مدينة شنكال بالكامل، وفق ما أعلنته وزارة شؤون البيشمركة في بيان مساء اليوم.',
]
D = '2014-12-18'   # Thursday; Erbil-based network's Arabic site, web copy of its own day
WED = '2014-12-17'
AUG3 = '2014-08-03'
PM = 'PESHMERGA'
KRG = 'OTHER:krg'
ents = [
 ('L0:بارزاني','PERSON','masoud-barzani'), ('L0:البيشمركة','ACTOR',PM), ('L0:جبل شنكال','LOCATION','mount-sinjar'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:رووداو','ORG','rudaw'), ('L1:إقليم كوردستان','LOCATION','kurdistan-region'),
 ('L1:مسعود بارزاني','PERSON','masoud-barzani'), ('L1:قوات البيشمركة','ACTOR',PM), ('L1:تنظيم داعش','ACTOR','ISIS'),
 ('L1:جبل شنكال','LOCATION','mount-sinjar'), ('L1:سنجار','LOCATION','mount-sinjar'), ('L1:الجبل','LOCATION','mount-sinjar'),
 ('L2:بارزاني','PERSON','masoud-barzani'), ('L2:بلدة زمار','LOCATION','zummar'), ('L2:البيشمركة','ACTOR',PM),
 ('L2:تقارب ٧٠٠ كيلومتر مربع','QUANTITY',None,(700,True,'other')), ('L2:داعش','ACTOR','ISIS'), ('L2:تلعفر','LOCATION','tal-afar'),
 ('L2:الموصل','LOCATION','mosul'),
 ('L3:نحو ثمانية آلاف مقاتل','QUANTITY',None,(8000,True,'fighters')), ('L3:البيشمركة','ACTOR',PM), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:زمار','LOCATION','zummar'), ('L3:ربيعة','LOCATION','rabia'), ('L3:سد الموصل','LOCATION','mosul-dam'), ('L3:طائرات','WEAPON','warplanes'),
 ('L3:التحالف الدولي','ACTOR','COALITION'),
 ('L4:القيادة المركزية الأمريكية','ACTOR','US'), ('L4:طائرات','WEAPON','warplanes'), ('L4:التحالف','ACTOR','COALITION'),
 ('L4:٤٥ غارة','QUANTITY',None,(45,False,'other')), ('L4:داعش','ACTOR','ISIS'), ('L4:محيط شنكال','LOCATION','sinjar'),
 ('L4:عربات مدرعة','WEAPON','armoured-vehicles'),
 ('L5:آلاف الإيزيديين','QUANTITY',None,([1000,9999],True,'people')), ('L5:الجبل','LOCATION','mount-sinjar'), ('L5:دهوك','LOCATION','duhok'),
 ('L6:داعش','ACTOR','ISIS'), ('L6:تويتر','ORG','twitter'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:الجبل','LOCATION','mount-sinjar'),
 ('L6:مدينة سنجار','LOCATION','sinjar'),
 ('L7:رووداو','ORG','rudaw'), ('L7:قوات البيشمركة','ACTOR',PM), ('L7:أطراف مدينة شنكال','LOCATION','sinjar'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:مقام شرف الدين','LOCATION','sharfadin-shrine'),
 ('L8:وحدات حماية الشعب','ACTOR','YPG'), ('L8:رووداو','ORG','rudaw'), ('L8:الجبل','LOCATION','mount-sinjar'), ('L8:البيشمركة','ACTOR',PM),
 ('L8:الطريق','LOCATION','sinjar-syria-road'), ('L8:الحدود السورية','LOCATION','syrian-border'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:شنكال','LOCATION','sinjar'), ('L9:قوات البيشمركة','ACTOR',PM), ('L9:المدينة','LOCATION','sinjar'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:آلاف النساء','QUANTITY',None,([1000,9999],True,'arrested')),
 ('L10:البيشمركة#0','ACTOR',PM), ('L10:مدينة شنكال','LOCATION','sinjar'), ('L10:وزارة شؤون البيشمركة','ACTOR',PM),
]
times = [
 ('L1:اليوم الخميس', D, 'day'),
 ('L1:منذ أكثر من أربعة أشهر', '2014-08/2014-12', 'month'),
 ('L2:منذ فجر أمس', WED + '/' + D, 'day'),
 ('L4:خلال اليومين الماضيين', '2014-12-16/' + D, 'day'),
 ('L5:منذ الثالث من آب الماضي', AUG3 + '/' + D, 'day'),
 ('L7:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L8:منذ آب', '2014-08/2014-12', 'month'),
 ('L9:الثالث من آب', AUG3, 'day'),
 ('L10:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L10:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
]
BZ = 'مسعود بارزاني'
CENT = 'القيادة المركزية الأمريكية'
ACC = 'حساب مقرب من داعش على تويتر'
COR = 'مراسل رووداو'
YPGS = 'قيادي في وحدات حماية الشعب (رووداو)'
SINCE = 'L1:منذ أكثر من أربعة أشهر'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time='L1:اليوم الخميس', actors=[KRG], attr=BZ),                                           # 1
 dict(type='ATTACK', trig='L1:كسر', time='L2:منذ فجر أمس', actors=[PM], targets=['ISIS'], loc='L1:جبل شنكال', attr=BZ),            # 2
 dict(type='OPERATION', trig='L1:الحصار', time=SINCE, actors=['ISIS'], loc='L1:جبل شنكال', attr=BZ),                              # 3
 dict(type='MOVEMENT', trig='L1:وصلت', time='L1:اليوم الخميس', actors=[PM], loc='L1:الجبل', attr=BZ),                              # 4
 dict(type='STATEMENT', trig='L2:قال', actors=[KRG], attr=BZ),                                                                    # 5
 dict(type='CONTROL', trig='L2:حررت', time='L2:منذ فجر أمس', actors=[PM], targets=['ISIS'], qty=['L2:تقارب ٧٠٠ كيلومتر مربع'], attr=BZ),  # 6
 dict(type='WITHDRAWAL', trig='L2:فروا', time='L2:منذ فجر أمس', actors=['ISIS'], attr=BZ),                                          # 7
 dict(type='OPERATION', trig='L3:العملية', time='L2:منذ فجر أمس', actors=[PM], targets=['ISIS'], loc='L3:زمار',
      qty=['L3:نحو ثمانية آلاف مقاتل', 'L3:ثلاثة محاور'], attr=BZ),                                                               # 8
 dict(type='ATTACK', trig='L3:إسناد', time='L2:منذ فجر أمس', actors=['COALITION'], targets=['ISIS'], weapons=['L3:طائرات'], attr=BZ),  # 9
 dict(type='ATTACK', trig='L4:غارة', time='L4:خلال اليومين الماضيين', actors=['COALITION'], targets=['ISIS'], loc='L4:محيط شنكال',
      weapons=['L4:طائرات'], qty=['L4:٤٥ غارة'], attr=CENT),                                                                       # 10
 dict(type='ATTACK', trig='L4:دمرت', time='L4:خلال اليومين الماضيين', actors=['COALITION'], targets=['ISIS'], loc='L4:محيط شنكال', attr=CENT),  # 11
 dict(type='OPERATION', trig='L5:المحاصرين', time='L5:منذ الثالث من آب الماضي', actors=['ISIS'], loc='L5:الجبل', attr='مسؤولين محليين'),  # 12
 dict(type='CONTROL', trig='L6:خسارة', mod='denied', targets=['ISIS'], attr=ACC),                                                 # 13
 dict(type='OPERATION', trig='L6:يحاصرون', time='L1:اليوم الخميس', actors=['ISIS'], loc='L6:الجبل', attr=ACC),                     # 14
 dict(type='CONTROL', trig='L6:يسيطرون', time='L1:اليوم الخميس', actors=['ISIS'], loc='L6:مدينة سنجار', attr=ACC),                 # 15
 dict(type='MOVEMENT', trig='L7:وصلت', time='L7:مساء اليوم', actors=[PM], loc='L7:أطراف مدينة شنكال', attr=COR),                   # 16
 dict(type='ATTACK', trig='L7:اشتباكات', time='L7:مساء اليوم', actors=[PM, 'ISIS'], loc='L7:مقام شرف الدين', attr=COR),            # 17
 dict(type='MOVEMENT', trig='L8:يتمركزون', time='L8:منذ آب', actors=['YPG'], loc='L8:الجبل', attr=YPGS),                           # 18
 dict(type='MOVEMENT', trig='L9:التقدم', time='L2:منذ فجر أمس', actors=[PM]),                                                      # 19
 dict(type='CONTROL', trig='L9:سيطرة', time='L9:الثالث من آب', actors=['ISIS'], targets=[PM], loc='L9:شنكال'),                      # 20
 dict(type='WITHDRAWAL', trig='L9:انسحبت', time='L9:الثالث من آب', actors=[PM], loc='L9:المدينة'),                                  # 21
 dict(type='ATTACK', trig='L9:مجازر', time='L9:الثالث من آب', actors=['ISIS']),                                                    # 22
 dict(type='ARREST', trig='L9:خطف', time='L9:الثالث من آب', actors=['ISIS'], qty=['L9:آلاف النساء']),                               # 23
 dict(type='OPERATION', trig='L10:العملية', mod='planned', time='L10:خلال الأيام المقبلة', actors=[PM], targets=['ISIS'],
      attr='وزارة شؤون البيشمركة'),                                                                                               # 24
 dict(type='CONTROL', trig='L10:لتحرير', mod='planned', time='L10:خلال الأيام المقبلة', actors=[PM], targets=['ISIS'],
      loc='L10:مدينة شنكال', attr='وزارة شؤون البيشمركة'),                                                                        # 25
 dict(type='STATEMENT', trig='L10:أعلنته', time='L10:مساء اليوم', actors=[PM], attr='وزارة شؤون البيشمركة'),                      # 26
]
OD = (D, 'day')
EV = (D, 'part-of-day')
A3 = (AUG3, 'day')
S8 = (WED + '/' + D, 'day')
forces = [
 dict(actor=PM, loc=('الجبل', 'mount-sinjar'), as_of=OD, status='arrived', source=BZ, line=1, events=[4]),
 dict(actor='ISIS', loc=('جبل شنكال', 'mount-sinjar'), as_of=('2014-08/2014-12', 'month'), status='present', source=BZ, line=1, events=[3]),
 dict(actor=PM, strength=(8000, True, 'fighters'), loc=('زمار', 'zummar'), as_of=S8, status='present', source=BZ, line=3, events=[8]),
 dict(actor=PM, strength=(8000, True, 'fighters'), loc=('ربيعة', 'rabia'), as_of=S8, status='present', source=BZ, line=3, events=[8]),
 dict(actor=PM, strength=(8000, True, 'fighters'), loc=('سد الموصل', 'mosul-dam'), as_of=S8, status='present', source=BZ, line=3, events=[8]),
 dict(actor='ISIS', assets='مقرات، عربات مدرعة، نقاط تفتيش', loc=('محيط شنكال', 'sinjar'), as_of=('2014-12-16/' + D, 'day'),
      status='attacked', source=CENT, line=4, events=[10, 11]),
 dict(actor='ISIS', loc=('الجبل', 'mount-sinjar'), as_of=OD, status='present', source=ACC, line=6, events=[14]),
 dict(actor='ISIS', loc=('مدينة سنجار', 'sinjar'), as_of=OD, status='controls', source=ACC, line=6, events=[15]),
 dict(actor=PM, loc=('أطراف مدينة شنكال', 'sinjar'), as_of=EV, status='arrived', source=COR, line=7, events=[16]),
 dict(actor=PM, loc=('مقام شرف الدين', 'sharfadin-shrine'), as_of=EV, status='present', source=COR, line=7, events=[17]),
 dict(actor='ISIS', loc=('مقام شرف الدين', 'sharfadin-shrine'), as_of=EV, status='present', source=COR, line=7, events=[17]),
 dict(actor='YPG', loc=('الجبل', 'mount-sinjar'), as_of=('2014-08/2014-12', 'month'), status='present', source=YPGS, line=8, events=[18]),
 dict(actor='ISIS', loc=('شنكال', 'sinjar'), as_of=A3, status='controls', line=9, events=[20]),
 dict(actor=PM, loc=('المدينة', 'sinjar'), as_of=A3, status='withdrawn', line=9, events=[21]),
]
build('rudaw-sinjar-mountain-corridor', None, 'رووداو', D, L, ents, times, events, forces)
