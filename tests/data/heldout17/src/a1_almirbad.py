from build import build
L = [
'القوات العراقية تحرر قاعدة القيارة الجوية جنوب الموصل.. والعبادي: "منطلق لمعركة نينوى"',
'بغداد - المربد: أعلنت قيادة العمليات المشتركة، أمس السبت، تحرير قاعدة القيارة الجوية جنوبي الموصل بالكامل من عصابات داعش الإرهابية، بعد عملية عسكرية انطلقت فجراً بمشاركة قطعات من الفرقة المدرعة التاسعة والفرقة 15 وجهاز مكافحة الإرهاب، وبإسناد من طيران الجيش والقوة الجوية العراقية وطيران التحالف الدولي.',
'وقال القائد العام للقوات المسلحة حيدر العبادي في بيان صدر عن مكتبه إن "القاعدة ستكون منطلقاً لتحرير الموصل"، داعياً أهالي نينوى إلى "الاستعداد لساعة الخلاص" والتعاون مع القوات الأمنية والابتعاد عن مقرات التنظيم.',
'وأوضح قائد عمليات تحرير نينوى اللواء الركن نجم الجبوري لـ"المربد" أن القطعات تقدمت على ثلاثة محاور انطلاقاً من قرية الحاج علي، وتمكنت من السيطرة على القاعدة خلال نحو تسع ساعات، مبيناً أن مسلحي التنظيم "لم يبدوا مقاومة تُذكر وفرّوا باتجاه ناحية القيارة".',
'وأضاف الجبوري أن العملية أسفرت عن مقتل أكثر من 50 إرهابياً وتدمير 11 عجلة مفخخة كان التنظيم يعدّها لاستهداف القطعات، فيما تعمل فرق الجهد الهندسي على تطهير مدرج القاعدة ومبانيها من العبوات الناسفة التي زرعها الدواعش قبل هروبهم.',
'من جهته، قال المتحدث باسم التحالف الدولي الكولونيل كريستوفر غارفر إن طائرات التحالف نفذت 14 ضربة في محيط القيارة خلال الأيام الثلاثة الماضية، مشيراً إلى أن القاعدة "ستكون ذات أهمية لوجستية كبيرة" في المعركة المرتقبة لاستعادة الموصل.',
'ونفى غارفر أن يكون جنود أمريكيون قد قاتلوا على الأرض في القيارة، مؤكداً أن دور المستشارين الأمريكيين "يقتصر على تقديم المشورة والدعم من مقرات القيادة في مخمور"، وذلك رداً على أنباء تداولتها مواقع محلية عن مشاركة قوات خاصة أمريكية في الاقتحام.',
'وأفاد مصدر أمني في قيادة عمليات نينوى بأن القطعات صدّت فجر اليوم الأحد هجوماً بثلاث عجلات مفخخة شنّه التنظيم على الأطراف الشمالية للقاعدة، ما أسفر عن إصابة أربعة جنود بجروح طفيفة، مضيفاً أن طيران الجيش دمّر العجلات قبل وصولها إلى السواتر.',
'وتقع القاعدة على بعد نحو 60 كيلومتراً جنوب الموصل، وتأتي استعادتها بعد نحو أربعة أشهر من انطلاق عمليات محور مخمور أواخر آذار الماضي، فيما لا يزال التنظيم يسيطر على ناحية القيارة المجاورة ومصفاها النفطي على الضفة الغربية لنهر دجلة.',
'وفي البصرة، شيّع المئات من أهالي قضاء الزبير، مساء أمس، جثماني مقاتلين من أبناء المحافظة ينتميان إلى الحشد الشعبي، سقطا في اشتباكات مع داعش قرب قضاء الشرقاط شمالي صلاح الدين، وسط إجراءات أمنية مشددة.',
]
D = '2016-07-10'   # Sunday; web copy of its own day
SAT = '2016-07-09'
PMF = 'OTHER:pmf'
ents = [
 ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L0:الموصل','LOCATION','mosul'),
 ('L0:العبادي','PERSON','haider-al-abadi'), ('L0:نينوى','LOCATION','nineveh'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المربد','ORG','almirbad'), ('L1:قيادة العمليات المشتركة','ACTOR','IQ_GOV'),
 ('L1:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L1:الموصل','LOCATION','mosul'), ('L1:داعش','ACTOR','ISIS'),
 ('L1:الفرقة المدرعة التاسعة','ACTOR','IQ_GOV'), ('L1:الفرقة 15','ACTOR','IQ_GOV'), ('L1:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L1:طيران الجيش','ACTOR','IQ_GOV'), ('L1:القوة الجوية العراقية','ACTOR','IQ_GOV'), ('L1:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L2:حيدر العبادي','PERSON','haider-al-abadi'), ('L2:الموصل','LOCATION','mosul'), ('L2:نينوى','LOCATION','nineveh'),
 ('L2:القوات الأمنية','ACTOR','IQ_GOV'), ('L2:التنظيم','ACTOR','ISIS'),
 ('L3:نجم الجبوري','PERSON','najm-al-jubouri'), ('L3:المربد','ORG','almirbad'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:قرية الحاج علي','LOCATION','hajj-ali'), ('L3:القاعدة','LOCATION','qayyarah-airbase'),
 ('L3:نحو تسع ساعات','QUANTITY',None,(9,True,'other')), ('L3:التنظيم','ACTOR','ISIS'), ('L3:ناحية القيارة','LOCATION','qayyarah-town'),
 ('L4:الجبوري','PERSON','najm-al-jubouri'), ('L4:أكثر من 50 إرهابياً','QUANTITY',None,(50,True,'killed')),
 ('L4:11 عجلة مفخخة','QUANTITY',None,(11,False,'vehicles')), ('L4:عجلة مفخخة','WEAPON','vbied'), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:مدرج القاعدة','LOCATION','qayyarah-airbase-runway'), ('L4:العبوات الناسفة','WEAPON','ied'), ('L4:الدواعش','ACTOR','ISIS'),
 ('L5:التحالف الدولي','ACTOR','COALITION'), ('L5:كريستوفر غارفر','PERSON','christopher-garver'), ('L5:طائرات','WEAPON','aircraft'),
 ('L5:التحالف#1','ACTOR','COALITION'), ('L5:14 ضربة','QUANTITY',None,(14,False,'other')), ('L5:القيارة','LOCATION','qayyarah'),
 ('L5:القاعدة','LOCATION','qayyarah-airbase'), ('L5:الموصل','LOCATION','mosul'),
 ('L6:غارفر','PERSON','christopher-garver'), ('L6:جنود أمريكيون','ACTOR','US'), ('L6:القيارة','LOCATION','qayyarah'),
 ('L6:المستشارين الأمريكيين','ACTOR','US'), ('L6:مخمور','LOCATION','makhmour'), ('L6:قوات خاصة أمريكية','ACTOR','US'),
 ('L7:قيادة عمليات نينوى','ACTOR','IQ_GOV'), ('L7:ثلاث عجلات مفخخة','QUANTITY',None,(3,False,'vehicles')),
 ('L7:عجلات مفخخة','WEAPON','vbied'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:الأطراف الشمالية للقاعدة','LOCATION','qayyarah-airbase-north'),
 ('L7:أربعة جنود','QUANTITY',None,(4,False,'wounded')), ('L7:طيران الجيش','ACTOR','IQ_GOV'), ('L7:العجلات','WEAPON','vbied'),
 ('L8:القاعدة','LOCATION','qayyarah-airbase'), ('L8:نحو 60 كيلومتراً','QUANTITY',None,(60,True,'km')), ('L8:الموصل','LOCATION','mosul'),
 ('L8:نحو أربعة أشهر','QUANTITY',None,(4,True,'other')), ('L8:مخمور','LOCATION','makhmour'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:ناحية القيارة','LOCATION','qayyarah-town'), ('L8:الضفة الغربية لنهر دجلة','LOCATION','tigris-west-bank'),
 ('L9:البصرة','LOCATION','basra'), ('L9:المئات','QUANTITY',None,([100,999],True,'people')), ('L9:قضاء الزبير','LOCATION','zubair'),
 ('L9:الحشد الشعبي','ACTOR',PMF), ('L9:داعش','ACTOR','ISIS'), ('L9:قضاء الشرقاط','LOCATION','shirqat'), ('L9:صلاح الدين','LOCATION','salahuddin'),
]
times = [
 ('L1:أمس السبت', SAT, 'day'),
 ('L1:فجراً', SAT, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الأيام الثلاثة الماضية', '2016-07-07/2016-07-10', 'day'),
 ('L7:فجر اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L8:أواخر آذار الماضي', '2016-03', 'month'),
 ('L9:مساء أمس', SAT, 'part-of-day', {'part': 'evening'}),
]
YEST = 'L1:أمس السبت'
DAWN1 = 'L1:فجراً'
JOC = 'قيادة العمليات المشتركة'
ABADI = 'حيدر العبادي'
JUB = 'نجم الجبوري'
GAR = 'كريستوفر غارفر'
SRC = 'مصدر أمني في قيادة عمليات نينوى'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=YEST, actors=['IQ_GOV'], attr=JOC),                                                  # 1
 dict(type='CONTROL', trig='L1:تحرير', time=YEST, actors=['IQ_GOV'], targets=['ISIS'], loc='L1:قاعدة القيارة الجوية', attr=JOC),     # 2
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=DAWN1, actors=['IQ_GOV','COALITION'], targets=['ISIS'],
      loc='L1:قاعدة القيارة الجوية', attr=JOC),                                                                                     # 3
 dict(type='STATEMENT', trig='L2:قال', actors=['IQ_GOV'], attr=ABADI),                                                             # 4
 dict(type='CONTROL', trig='L2:لتحرير', mod='planned', actors=['IQ_GOV'], loc='L2:الموصل', attr=ABADI),                              # 5
 dict(type='MOVEMENT', trig='L3:تقدمت', time=YEST, actors=['IQ_GOV'], loc='L3:قرية الحاج علي', attr=JUB, qty=['L3:ثلاثة محاور']),   # 6
 dict(type='CONTROL', trig='L3:السيطرة', time=YEST, actors=['IQ_GOV'], targets=['ISIS'], loc='L3:القاعدة', attr=JUB,
      qty=['L3:نحو تسع ساعات']),                                                                                                     # 7
 dict(type='WITHDRAWAL', trig='L3:فرّوا', time=YEST, actors=['ISIS'], attr=JUB),                                                    # 8
 dict(type='OPERATION', trig='L4:العملية', time=DAWN1, actors=['IQ_GOV'], targets=['ISIS'], attr=JUB,
      qty=['L4:أكثر من 50 إرهابياً','L4:11 عجلة مفخخة']),                                                                            # 9
 dict(type='OPERATION', trig='L4:تطهير', actors=['IQ_GOV'], loc='L4:مدرج القاعدة', attr=JUB),                                        # 10
 dict(type='WITHDRAWAL', trig='L4:هروبهم', time=YEST, actors=['ISIS'], attr=JUB),                                                   # 11
 dict(type='STATEMENT', trig='L5:قال', actors=['COALITION'], attr=GAR),                                                            # 12
 dict(type='ATTACK', trig='L5:ضربة', time='L5:خلال الأيام الثلاثة الماضية', actors=['COALITION'], loc='L5:القيارة', attr=GAR,
      weapons=['L5:طائرات'], qty=['L5:14 ضربة']),                                                                                     # 13
 dict(type='OPERATION', trig='L5:المعركة', mod='planned', loc='L5:الموصل', attr=GAR),                                                # 14
 dict(type='ATTACK', trig='L6:قاتلوا', mod='denied', actors=['US'], loc='L6:القيارة', attr=GAR),                                      # 15
 dict(type='ATTACK', trig='L6:الاقتحام', actors=['US'], attr='مواقع محلية'),                                                         # 16
 dict(type='ATTACK', trig='L7:صدّت', time='L7:فجر اليوم الأحد', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الأطراف الشمالية للقاعدة', attr=SRC),  # 17
 dict(type='ATTACK', trig='L7:هجوماً', time='L7:فجر اليوم الأحد', actors=['ISIS'], targets=['IQ_GOV'], loc='L7:الأطراف الشمالية للقاعدة', attr=SRC,
      weapons=['L7:عجلات مفخخة'], qty=['L7:ثلاث عجلات مفخخة','L7:أربعة جنود']),                                                     # 18
 dict(type='ATTACK', trig='L7:دمّر', time='L7:فجر اليوم الأحد', actors=['IQ_GOV'], targets=['ISIS'], attr=SRC),                       # 19
 dict(type='CONTROL', trig='L8:استعادتها', time=YEST, actors=['IQ_GOV'], loc='L8:القاعدة'),                                          # 20
 dict(type='OPERATION', trig='L8:عمليات', time='L8:أواخر آذار الماضي', loc='L8:مخمور'),                                              # 21
 dict(type='CONTROL', trig='L8:يسيطر', actors=['ISIS'], loc='L8:ناحية القيارة'),                                                     # 22
 dict(type='ATTACK', trig='L9:اشتباكات', actors=[PMF, 'ISIS'], loc='L9:قضاء الشرقاط'),                                               # 23
]
OD = (D, 'day')
SATD = (SAT, 'day')
DAWN = (SAT, 'part-of-day')
SUNDAWN = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('قاعدة القيارة الجوية','qayyarah-airbase'), as_of=SATD, status='controls', source=JOC, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('قاعدة القيارة الجوية','qayyarah-airbase'), as_of=DAWN, status='present', source=JOC, line=1, events=[3]),
 dict(actor='IQ_GOV', loc=('القاعدة','qayyarah-airbase'), as_of=SATD, status='controls', source=JUB, line=3, events=[7]),
 dict(actor='IQ_GOV', loc=('مدرج القاعدة','qayyarah-airbase-runway'), as_of=OD, status='present', source=JUB, line=4, events=[10]),
 dict(actor='US', assets='المستشارين الأمريكيين', loc=('مخمور','makhmour'), as_of=OD, status='present', source=GAR, line=6, events=[]),
 dict(actor='IQ_GOV', loc=('الأطراف الشمالية للقاعدة','qayyarah-airbase-north'), as_of=SUNDAWN, status='attacked', source=SRC, line=7, events=[18]),
 dict(actor='IQ_GOV', loc=('الأطراف الشمالية للقاعدة','qayyarah-airbase-north'), as_of=SUNDAWN, status='present', source=SRC, line=7, events=[17, 18]),
 dict(actor='IQ_GOV', loc=('القاعدة','qayyarah-airbase'), as_of=SATD, status='controls', line=8, events=[20]),
 dict(actor='ISIS', loc=('ناحية القيارة','qayyarah-town'), as_of=OD, status='controls', line=8, events=[22]),
 dict(actor=PMF, loc=('قرب قضاء الشرقاط','shirqat'), as_of=(None, 'vague'), status='present', line=9, events=[23]),
 dict(actor='ISIS', loc=('قرب قضاء الشرقاط','shirqat'), as_of=(None, 'vague'), status='present', line=9, events=[23]),
]
build('almirbad-qayyarah', None, 'المربد', D, L, ents, times, events, forces)
