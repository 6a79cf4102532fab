from build import build
L = [
'البيشمركة تطلق عملية جنوب شرق الموصل وتستعيد قرى من داعش',
'أربيل (رووداو) - أطلقت قوات البيشمركة، فجر اليوم الأحد ١٤ آب ٢٠١٦، عملية عسكرية واسعة على محور الخازر جنوب شرق مدينة الموصل، بهدف استعادة ١١ قرية من سيطرة مسلحي داعش، بإسناد جوي من طيران التحالف الدولي.',
'وقال مجلس أمن إقليم كوردستان في بيان إن نحو ٥٥٠٠ مقاتل من البيشمركة يشاركون في العملية، التي تنطلق من ثلاثة محاور قرب قضاء كوير وناحية الكلك، وتهدف إلى "زيادة الضغط" على التنظيم قبل معركة تحرير الموصل.',
'وأضاف البيان أن البيشمركة سيطرت، حتى العاشرة صباحاً، على قرية مفتي بالكامل، وتواصل تقدمها نحو قرى قرقشة وقره داغ وتل حامد، وسط مقاومة من مسلحي التنظيم.',
'وقال مراسل رووداو على جبهة الخازر إن مسلحي داعش فجروا سيارتين مفخختين استهدفتا تجمعات البيشمركة قرب قرية وردك، إحداهما دُمّرت بصاروخ "ميلان" قبل وصولها، كما أطلقوا عشرات قذائف الهاون على المواقع المتقدمة.',
'ووفق مصادر ميدانية، قُتل مقاتلان من البيشمركة وأصيب ٩ آخرون، فيما قالت قيادة البيشمركة إن أكثر من ٧٠ مسلحاً من داعش قتلوا في الاشتباكات والغارات الجوية.',
'من جهته، أعلن التحالف الدولي بقيادة الولايات المتحدة أن طائراته نفذت ١٢ غارة خلال الـ٢٤ ساعة الماضية على مواقع لداعش قرب الخازر وكوير، دمرت مدافع هاون ومواقع قتالية وعربة مفخخة.',
'وتأتي العملية بعد أيام من إعادة البيشمركة تأهيل جسر كوير على نهر الزاب الكبير، الذي فجّره مسلحو داعش في آب ٢٠١٤، ما أتاح فتح جبهة جديدة على التنظيم.',
'ونفى مسؤول عسكري في البيشمركة لرووداو مشاركة قوات أمريكية برية في القتال، مؤكداً أن دور المستشارين الأمريكيين يقتصر على "التنسيق وتحديد الأهداف".',
'ويتوقع قادة في البيشمركة أن تبدأ معركة استعادة الموصل خلال الأشهر المقبلة، بمشاركة الجيش العراقي الذي سيطر الشهر الماضي على قاعدة القيارة الجوية جنوب المدينة.',
'ويسيطر تنظيم داعش على الموصل، ثاني أكبر مدن العراق، منذ حزيران ٢٠١٤، فيما تنتشر قوات البيشمركة على خط جبهة يمتد لأكثر من ١٠٠٠ كيلومتر مع التنظيم.',
]
D = '2016-08-14'   # Sunday; Erbil-based network's Arabic site, web copy of its own day
PM = 'PESHMERGA'
KRG = 'OTHER:krg'
ents = [
 ('L0:البيشمركة','ACTOR',PM), ('L0:الموصل','LOCATION','mosul'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:رووداو','ORG','rudaw'), ('L1:قوات البيشمركة','ACTOR',PM), ('L1:محور الخازر','LOCATION','khazir-front'),
 ('L1:مدينة الموصل','LOCATION','mosul'), ('L1:١١ قرية','QUANTITY',None,(11,False,'other')), ('L1:داعش','ACTOR','ISIS'),
 ('L1:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L2:مجلس أمن إقليم كوردستان','ACTOR',KRG), ('L2:نحو ٥٥٠٠ مقاتل','QUANTITY',None,(5500,True,'fighters')), ('L2:البيشمركة','ACTOR',PM),
 ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:قضاء كوير','LOCATION','gwer'), ('L2:ناحية الكلك','LOCATION','kalak'),
 ('L2:التنظيم','ACTOR','ISIS'), ('L2:الموصل','LOCATION','mosul'),
 ('L3:البيشمركة','ACTOR',PM), ('L3:قرية مفتي','LOCATION','mufti'), ('L3:قرى قرقشة','LOCATION','qarqasha'), ('L3:قره داغ','LOCATION','qaradagh'),
 ('L3:تل حامد','LOCATION','tal-hamid'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L4:رووداو','ORG','rudaw'), ('L4:جبهة الخازر','LOCATION','khazir-front'), ('L4:داعش','ACTOR','ISIS'),
 ('L4:سيارتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L4:سيارتين مفخختين#0','WEAPON','car-bombs'), ('L4:البيشمركة','ACTOR',PM),
 ('L4:قرية وردك','LOCATION','wardak'), ('L4:صاروخ "ميلان"','WEAPON','milan'),
 ('L4:عشرات قذائف الهاون','QUANTITY',None,([24, 99],True,'other')), ('L4:قذائف الهاون','WEAPON','mortars'),
 ('L4:المواقع المتقدمة','LOCATION','peshmerga-forward-positions-khazir'),
 ('L5:مقاتلان','QUANTITY',None,(2,False,'killed')), ('L5:البيشمركة#0','ACTOR',PM), ('L5:٩','QUANTITY',None,(9,False,'wounded')),
 ('L5:قيادة البيشمركة','ACTOR',PM), ('L5:أكثر من ٧٠ مسلحاً','QUANTITY',None,(70,True,'killed')), ('L5:داعش','ACTOR','ISIS'),
 ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:الولايات المتحدة','ACTOR','US'), ('L6:١٢ غارة','QUANTITY',None,(12,False,'other')),
 ('L6:داعش','ACTOR','ISIS'), ('L6:الخازر','LOCATION','khazir'), ('L6:كوير','LOCATION','gwer'), ('L6:مدافع هاون','WEAPON','mortars'),
 ('L6:عربة مفخخة','WEAPON','car-bomb'),
 ('L7:البيشمركة','ACTOR',PM), ('L7:جسر كوير','LOCATION','gwer-bridge'), ('L7:نهر الزاب الكبير','LOCATION','great-zab'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:التنظيم','ACTOR','ISIS'),
 ('L8:البيشمركة','ACTOR',PM), ('L8:رووداو','ORG','rudaw'), ('L8:قوات أمريكية','ACTOR','US'), ('L8:المستشارين الأمريكيين','ACTOR','US'),
 ('L9:البيشمركة','ACTOR',PM), ('L9:الموصل','LOCATION','mosul'), ('L9:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L9:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L9:المدينة','LOCATION','mosul'),
 ('L10:تنظيم داعش','ACTOR','ISIS'), ('L10:الموصل','LOCATION','mosul'), ('L10:العراق','LOCATION','iraq'), ('L10:قوات البيشمركة','ACTOR',PM),
 ('L10:خط جبهة','LOCATION','peshmerga-isis-frontline'), ('L10:أكثر من ١٠٠٠ كيلومتر','QUANTITY',None,(1000,True,'km')), ('L10:التنظيم','ACTOR','ISIS'),
]
times = [
 ('L1:فجر اليوم الأحد ١٤ آب ٢٠١٦', D, 'part-of-day', {'part': 'morning'}),
 ('L3:العاشرة صباحاً', D, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الـ٢٤ ساعة الماضية', '2016-08-13/2016-08-14', 'day'),
 ('L7:آب ٢٠١٤', '2014-08', 'month'),
 ('L9:خلال الأشهر المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L9:الشهر الماضي', '2016-07', 'month'),
 ('L10:منذ حزيران ٢٠١٤', '2014-06/2016-08', 'month'),
]
F = 'L1:فجر اليوم الأحد ١٤ آب ٢٠١٦'
KSC = 'مجلس أمن إقليم كوردستان'
COR = 'مراسل رووداو'
FLD = 'مصادر ميدانية'
PGC = 'قيادة البيشمركة'
CO = 'التحالف الدولي'
PMO = 'مسؤول عسكري في البيشمركة (رووداو)'
events = [
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=F, actors=[PM], targets=['ISIS'], loc='L1:محور الخازر'),                     # 1
 dict(type='CONTROL', trig='L1:سيطرة', actors=['ISIS'], qty=['L1:١١ قرية']),                                                       # 2
 dict(type='ATTACK', trig='L1:بإسناد جوي', time=F, actors=['COALITION'], targets=['ISIS']),                                        # 3
 dict(type='STATEMENT', trig='L2:قال', actors=[KRG], attr=KSC),                                                                   # 4
 dict(type='OPERATION', trig='L2:العملية', time=F, actors=[PM], targets=['ISIS'], loc='L2:قضاء كوير',
      qty=['L2:نحو ٥٥٠٠ مقاتل', 'L2:ثلاثة محاور'], attr=KSC),                                                                      # 5
 dict(type='OPERATION', trig='L2:معركة', mod='planned', targets=['ISIS'], loc='L2:الموصل', attr=KSC),                              # 6
 dict(type='CONTROL', trig='L3:سيطرت', time='L3:العاشرة صباحاً', actors=[PM], targets=['ISIS'], loc='L3:قرية مفتي', attr=KSC),    # 7
 dict(type='MOVEMENT', trig='L3:تقدمها', time=F, actors=[PM], loc='L3:قرى قرقشة', attr=KSC),                                      # 8
 dict(type='ATTACK', trig='L3:مقاومة', time=F, actors=['ISIS'], targets=[PM], attr=KSC),                                          # 9
 dict(type='ATTACK', trig='L4:فجروا', time=F, actors=['ISIS'], targets=[PM], loc='L4:قرية وردك',
      weapons=['L4:سيارتين مفخختين#0'], qty=['L4:سيارتين مفخختين'], attr=COR),                                                     # 10
 dict(type='ATTACK', trig='L4:دُمّرت', time=F, actors=[PM], targets=['ISIS'], loc='L4:قرية وردك', weapons=['L4:صاروخ "ميلان"'], attr=COR),  # 11
 dict(type='ATTACK', trig='L4:أطلقوا', time=F, actors=['ISIS'], targets=[PM], loc='L4:المواقع المتقدمة', weapons=['L4:قذائف الهاون'],
      qty=['L4:عشرات قذائف الهاون'], attr=COR),                                                                                    # 12
 dict(type='ATTACK', trig='L5:قُتل', time=F, actors=['ISIS'], targets=[PM], qty=['L5:مقاتلان', 'L5:٩'], attr=FLD),               # 13
 dict(type='STATEMENT', trig='L5:قالت', actors=[PM], attr=PGC),                                                                   # 14
 dict(type='ATTACK', trig='L5:الاشتباكات', time=F, actors=[PM, 'ISIS'], qty=['L5:أكثر من ٧٠ مسلحاً'], attr=PGC),                # 15
 dict(type='ATTACK', trig='L5:الغارات الجوية', time=F, actors=['COALITION'], targets=['ISIS'], attr=PGC),                         # 16
 dict(type='STATEMENT', trig='L6:أعلن', actors=['COALITION'], attr=CO),                                                           # 17
 dict(type='ATTACK', trig='L6:غارة', time='L6:خلال الـ٢٤ ساعة الماضية', actors=['COALITION'], targets=['ISIS'], loc='L6:الخازر',
      qty=['L6:١٢ غارة'], attr=CO),                                                                                                # 18
 dict(type='ATTACK', trig='L6:دمرت', time='L6:خلال الـ٢٤ ساعة الماضية', actors=['COALITION'], targets=['ISIS'], attr=CO),         # 19
 dict(type='ATTACK', trig='L7:فجّره', time='L7:آب ٢٠١٤', actors=['ISIS'], loc='L7:جسر كوير'),                                    # 20
 dict(type='ATTACK', trig='L8:القتال', mod='denied', actors=['US'], attr=PMO),                                                     # 21
 dict(type='OPERATION', trig='L9:معركة', mod='planned', time='L9:خلال الأشهر المقبلة', actors=['IQ_GOV'], targets=['ISIS'],
      loc='L9:الموصل', attr='قادة في البيشمركة'),                                                                                  # 22
 dict(type='CONTROL', trig='L9:سيطر', time='L9:الشهر الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:قاعدة القيارة الجوية'),  # 23
 dict(type='CONTROL', trig='L10:يسيطر', time='L10:منذ حزيران ٢٠١٤', actors=['ISIS'], loc='L10:الموصل'),                            # 24
 dict(type='MOVEMENT', trig='L10:تنتشر', actors=[PM], loc='L10:خط جبهة', qty=['L10:أكثر من ١٠٠٠ كيلومتر']),                       # 25
]
DM = (D, 'part-of-day')
OD = (D, 'day')
H24 = ('2016-08-13/2016-08-14', 'day')
forces = [
 dict(actor=PM, loc=('محور الخازر', 'khazir-front'), as_of=DM, status='present', line=1, events=[1]),
 dict(actor=PM, strength=(5500, True, 'fighters'), loc=('قضاء كوير', 'gwer'), as_of=OD, status='present', source=KSC, line=2, events=[5]),
 dict(actor=PM, strength=(5500, True, 'fighters'), loc=('ناحية الكلك', 'kalak'), as_of=OD, status='present', source=KSC, line=2, events=[5]),
 dict(actor=PM, loc=('قرية مفتي', 'mufti'), as_of=DM, status='controls', source=KSC, line=3, events=[7]),
 dict(actor=PM, assets='تجمعات', loc=('قرية وردك', 'wardak'), as_of=DM, status='attacked', source=COR, line=4, events=[10]),
 dict(actor=PM, loc=('المواقع المتقدمة', 'peshmerga-forward-positions-khazir'), as_of=DM, status='attacked', source=COR, line=4, events=[12]),
 dict(actor='ISIS', assets='مواقع', loc=('الخازر', 'khazir'), as_of=H24, status='attacked', source=CO, line=6, events=[18]),
 dict(actor='ISIS', assets='مواقع', loc=('كوير', 'gwer'), as_of=H24, status='attacked', source=CO, line=6, events=[18]),
 dict(actor='IQ_GOV', loc=('قاعدة القيارة الجوية', 'qayyarah-airbase'), as_of=('2016-07', 'month'), status='controls', line=9, events=[23]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=('2014-06/2016-08', 'month'), status='controls', line=10, events=[24]),
 dict(actor=PM, loc=('خط جبهة', 'peshmerga-isis-frontline'), as_of=OD, status='present', line=10, events=[25]),
]
build('rudaw-khazir-gwer-villages', None, 'رووداو', D, L, ents, times, events, forces)
