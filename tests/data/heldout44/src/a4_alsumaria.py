from build import build
L = [
'انطلاق عمليات تحرير الشرقاط من أربعة محاور وتحرير ثلاث قرى في ساعاتها الأولى',
'السومرية نيوز/ صلاح الدين',
'أعلنت قيادة العمليات المشتركة، فجر اليوم الثلاثاء، انطلاق عمليات تحرير قضاء الشرقاط شمالي محافظة صلاح الدين من سيطرة تنظيم "داعش"، بمشاركة قطعات من الجيش والشرطة الاتحادية ومقاتلي الحشد العشائري.',
'وقال المتحدث باسم القيادة العميد يحيى رسول في حديث للسومرية نيوز، إن "القطعات تتقدم من أربعة محاور، وتمكنت خلال الساعات الأولى من تحرير قرى الحود والعيثة وإجحلة جنوب القضاء"، مشيراً إلى أن "العدو تكبد خسائر كبيرة بالأرواح والمعدات".',
'وأضاف رسول أن "طيران الجيش والقوة الجوية وطيران التحالف الدولي نفذوا منذ ليلة أمس 23 ضربة جوية استهدفت مواقع التنظيم ومخازن أسلحته داخل القضاء"، مؤكداً أن "الخطة تقضي بتطويق مركز الشرقاط من الجهتين الجنوبية والغربية قبل اقتحامه".',
'من جانبه، قال مصدر أمني في قيادة عمليات صلاح الدين للسومرية نيوز، إن "نحو 500 مقاتل من عشائر الشرقاط وصلوا، مساء أمس الاثنين، إلى قاعدة القيارة الجوية للمشاركة في مسك الأرض بعد التحرير"، لافتاً إلى أن "عناصر داعش فجروا جسراً على نهر دجلة شمال القضاء لإعاقة تقدم القطعات".',
'في غضون ذلك، نفت هيئة الحشد الشعبي، في بيان، أن تكون فصائلها قد انسحبت من محيط الشرقاط، مؤكدة أن ألويتها "ما زالت تمسك خطوط الصد في منطقة مكحول" بانتظار أوامر القائد العام للقوات المسلحة.',
'وأفادت وزارة الهجرة والمهجرين بنزوح أكثر من 2000 عائلة من الشرقاط خلال اليومين الماضيين، وصل معظمها إلى مخيمات ديبكة في قضاء مخمور.',
'ويأتي انطلاق العملية بعد نحو شهر على تحرير ناحية القيارة جنوب الموصل، وبعد أسابيع من استعادة قاعدة القيارة الجوية التي باتت مركزاً لتجميع القوات المشاركة في معركة الموصل المرتقبة.',
'وكان رئيس الوزراء حيدر العبادي قد أكد، الأحد الماضي، أن القوات العراقية ستدخل الموصل "قبل نهاية العام الحالي"، فيما تتواصل التحضيرات العسكرية بمشاركة نحو 560 مستشاراً أمريكياً وصلوا مؤخراً إلى القاعدة.',
'يذكر أن تنظيم "داعش" يسيطر على قضاء الشرقاط منذ حزيران 2014، وبات القضاء معزولاً بالكامل عن مناطق التنظيم في الموصل والحويجة بعد تحرير القيارة.',
]
D = '2016-09-20'   # Tuesday; web copy of its own day
MON = '2016-09-19'
TRB = 'OTHER:iraqi-tribal-gunmen'
PMF = 'OTHER:pmf'
ents = [
 ('L0:الشرقاط','LOCATION','shirqat'), ('L0:أربعة محاور','QUANTITY',None,(4,False,'other')), ('L0:ثلاث قرى','QUANTITY',None,(3,False,'other')),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:صلاح الدين','LOCATION','salahuddin-governorate'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:قضاء الشرقاط','LOCATION','shirqat'), ('L2:محافظة صلاح الدين','LOCATION','salahuddin-governorate'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:الجيش','ACTOR','IQ_GOV'), ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L2:الحشد العشائري','ACTOR',TRB),
 ('L3:القيادة','ACTOR','IQ_GOV'), ('L3:يحيى رسول','PERSON','yahya-rasool'), ('L3:لسومرية نيوز','ORG','alsumaria'), ('L3:القطعات','ACTOR','IQ_GOV'),
 ('L3:أربعة محاور','QUANTITY',None,(4,False,'other')), ('L3:قرى الحود','LOCATION','al-hud'), ('L3:العيثة','LOCATION','al-aitha'),
 ('L3:إجحلة','LOCATION','ijhala'), ('L3:جنوب القضاء','LOCATION','shirqat-south'), ('L3:العدو','ACTOR','ISIS'),
 ('L4:رسول','PERSON','yahya-rasool'), ('L4:طيران الجيش','ACTOR','IQ_GOV'), ('L4:القوة الجوية','ACTOR','IQ_GOV'),
 ('L4:طيران التحالف الدولي','ACTOR','COALITION'), ('L4:23 ضربة جوية','QUANTITY',None,(23,False,'other')), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:القضاء','LOCATION','shirqat'), ('L4:مركز الشرقاط','LOCATION','shirqat'),
 ('L5:قيادة عمليات صلاح الدين','ACTOR','IQ_GOV'), ('L5:لسومرية نيوز','ORG','alsumaria'), ('L5:نحو 500 مقاتل','QUANTITY',None,(500,True,'fighters')),
 ('L5:عشائر الشرقاط','ACTOR',TRB), ('L5:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L5:داعش','ACTOR','ISIS'),
 ('L5:نهر دجلة','LOCATION','tigris'), ('L5:شمال القضاء','LOCATION','shirqat-north'), ('L5:القطعات','ACTOR','IQ_GOV'),
 ('L6:هيئة الحشد الشعبي','ACTOR',PMF), ('L6:محيط الشرقاط','LOCATION','shirqat-surroundings'), ('L6:خطوط الصد','LOCATION','makhoul-front'),
 ('L6:منطقة مكحول','LOCATION','makhoul'), ('L6:لقوات المسلحة','ACTOR','IQ_GOV'),
 ('L7:وزارة الهجرة والمهجرين','ORG','iraq-migration-ministry'), ('L7:أكثر من 2000 عائلة','QUANTITY',None,(2000,True,'people')),
 ('L7:الشرقاط','LOCATION','shirqat'), ('L7:مخيمات ديبكة','LOCATION','debaga-camp'), ('L7:قضاء مخمور','LOCATION','makhmour'),
 ('L8:نحو شهر','QUANTITY',None,(1,True,'other')), ('L8:ناحية القيارة','LOCATION','qayyarah'), ('L8:الموصل#0','LOCATION','mosul'),
 ('L8:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L8:الموصل#1','LOCATION','mosul'),
 ('L9:حيدر العبادي','PERSON','haider-al-abadi'), ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:الموصل','LOCATION','mosul'),
 ('L9:نحو 560 مستشاراً','QUANTITY',None,(560,True,'troops')), ('L9:مستشاراً أمريكياً','ACTOR','US'), ('L9:القاعدة','LOCATION','qayyarah-airbase'),
 ('L10:تنظيم "داعش"','ACTOR','ISIS'), ('L10:قضاء الشرقاط','LOCATION','shirqat'), ('L10:القضاء','LOCATION','shirqat'), ('L10:التنظيم','ACTOR','ISIS'),
 ('L10:الموصل','LOCATION','mosul'), ('L10:الحويجة','LOCATION','hawija'), ('L10:القيارة','LOCATION','qayyarah'),
]
times = [
 ('L2:فجر اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L4:منذ ليلة أمس', MON + '/' + D, 'day'),
 ('L5:مساء أمس الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L7:خلال اليومين الماضيين', '2016-09-18/' + D, 'day'),
 ('L9:الأحد الماضي', '2016-09-18', 'day'),
 ('L9:نهاية العام الحالي', '2016', 'year'),
 ('L9:مؤخراً', None, 'vague', {'relation': 'before'}),
 ('L10:منذ حزيران 2014', '2014-06/2016-09', 'month'),
]
T = 'L2:فجر اليوم الثلاثاء'
JOC = 'قيادة العمليات المشتركة'
RAS = 'يحيى رسول'
SRC = 'مصدر أمني في قيادة عمليات صلاح الدين (السومرية نيوز)'
HPMF = 'هيئة الحشد الشعبي'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=JOC),                                                                     # 1
 dict(type='OPERATION', trig='L2:عمليات تحرير', time=T, actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L2:قضاء الشرقاط', attr=JOC),                  # 2
 dict(type='CONTROL', trig='L2:سيطرة', time=T, actors=['ISIS'], loc='L2:قضاء الشرقاط', attr=JOC),                                                   # 3
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['IQ_GOV'], attr=RAS),                                                                         # 4
 dict(type='MOVEMENT', trig='L3:تتقدم', time=T, actors=['IQ_GOV'], qty=['L3:أربعة محاور'], attr=RAS),                                                # 5
 dict(type='CONTROL', trig='L3:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L3:قرى الحود', attr=RAS),                                   # 6
 dict(type='ATTACK', trig='L4:ضربة جوية', time='L4:منذ ليلة أمس', actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], loc='L4:القضاء',
      qty=['L4:23 ضربة جوية'], attr=RAS),                                                                                                              # 7
 dict(type='OPERATION', trig='L4:بتطويق', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L4:مركز الشرقاط', attr=RAS),                      # 8
 dict(type='ATTACK', trig='L4:اقتحامه', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L4:مركز الشرقاط', attr=RAS),                        # 9
 dict(type='MOVEMENT', trig='L5:وصلوا', time='L5:مساء أمس الاثنين', actors=[TRB], loc='L5:قاعدة القيارة الجوية', qty=['L5:نحو 500 مقاتل'], attr=SRC),  # 10
 dict(type='ATTACK', trig='L5:فجروا', time=T, actors=['ISIS'], loc='L5:شمال القضاء', attr=SRC),                                                      # 11
 dict(type='MOVEMENT', trig='L5:تقدم', time=T, actors=['IQ_GOV'], attr=SRC),                                                                          # 12
 dict(type='STATEMENT', trig='L6:بيان', time=T, actors=[PMF], attr=HPMF),                                                                             # 13
 dict(type='WITHDRAWAL', trig='L6:انسحبت', mod='denied', actors=[PMF], loc='L6:محيط الشرقاط', attr=HPMF),                                             # 14
 dict(type='CONTROL', trig='L6:تمسك', time=T, actors=[PMF], loc='L6:منطقة مكحول', attr=HPMF),                                                         # 15
 dict(type='OPERATION', trig='L8:العملية', time=T, actors=['IQ_GOV'], targets=['ISIS']),                                                              # 16
 dict(type='CONTROL', trig='L8:تحرير', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:ناحية القيارة'),                                                 # 17
 dict(type='CONTROL', trig='L8:استعادة', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:قاعدة القيارة الجوية'),                                         # 18
 dict(type='OPERATION', trig='L8:معركة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:الموصل#1'),                                      # 19
 dict(type='MOVEMENT', trig='L9:ستدخل', mod='planned', time='L9:نهاية العام الحالي', actors=['IQ_GOV'], loc='L9:الموصل', attr='حيدر العبادي'),         # 20
 dict(type='MOVEMENT', trig='L9:وصلوا', time='L9:مؤخراً', actors=['US'], loc='L9:القاعدة', qty=['L9:نحو 560 مستشاراً']),                              # 21
 dict(type='CONTROL', trig='L10:يسيطر', time='L10:منذ حزيران 2014', actors=['ISIS'], loc='L10:قضاء الشرقاط'),                                         # 22
 dict(type='CONTROL', trig='L10:تحرير', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:القيارة'),                                                      # 23
]
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='ISIS', loc=('قضاء الشرقاط', 'shirqat'), as_of=TD, status='controls', source=JOC, line=2, events=[3]),
 dict(actor='IQ_GOV', loc=('قرى الحود', 'al-hud'), as_of=TD, status='controls', source=RAS, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('العيثة', 'al-aitha'), as_of=TD, status='controls', source=RAS, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('إجحلة', 'ijhala'), as_of=TD, status='controls', source=RAS, line=3, events=[6]),
 dict(actor='ISIS', assets='مواقع التنظيم ومخازن أسلحته', loc=('القضاء', 'shirqat'), as_of=TD, status='attacked', source=RAS, line=4, events=[7]),
 dict(actor=TRB, strength=(500, True, 'fighters'), assets='مقاتلو عشائر الشرقاط', loc=('قاعدة القيارة الجوية', 'qayyarah-airbase'),
      as_of=(MON, 'part-of-day'), status='arrived', source=SRC, line=5, events=[10]),
 dict(actor=PMF, assets='ألوية الحشد', loc=('منطقة مكحول', 'makhoul'), as_of=TD, status='controls', source=HPMF, line=6, events=[15]),
 dict(actor='IQ_GOV', loc=('ناحية القيارة', 'qayyarah'), as_of=V, status='controls', line=8, events=[17]),
 dict(actor='IQ_GOV', loc=('قاعدة القيارة الجوية', 'qayyarah-airbase'), as_of=V, status='controls', line=8, events=[18]),
 dict(actor='IQ_GOV', assets='القوات المشاركة في معركة الموصل', loc=('قاعدة القيارة الجوية', 'qayyarah-airbase'), as_of=TD, status='present', line=8, events=[]),
 dict(actor='US', strength=(560, True, 'troops'), assets='مستشارون', loc=('القاعدة', 'qayyarah-airbase'), as_of=V, status='arrived', line=9, events=[21]),
 dict(actor='ISIS', loc=('قضاء الشرقاط', 'shirqat'), as_of=('2014-06/2016-09', 'month'), status='controls', line=10, events=[22]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=TD, status='controls', line=10, events=[]),
 dict(actor='ISIS', loc=('الحويجة', 'hawija'), as_of=TD, status='controls', line=10, events=[]),
 dict(actor='IQ_GOV', loc=('القيارة', 'qayyarah'), as_of=V, status='controls', line=10, events=[23]),
]
build('alsumaria-shirqat-operation', None, 'السومرية نيوز', D, L, ents, times, events, forces)
