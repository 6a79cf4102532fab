from build import build
L = [
'يلدريم: المدفعية التركية في بعشيقة قصفت مواقع لـ"داعش" بطلب من البيشمركة',
'أنقرة/ الأناضول',
'أعلن رئيس الوزراء التركي بن علي يلدريم، الأحد، أن المدفعية التركية المتمركزة في معسكر بعشيقة شمال شرقي الموصل قصفت مواقع لتنظيم "داعش" الإرهابي في بلدة بعشيقة، بطلب من قوات البيشمركة.',
'وقال يلدريم، في تصريحات للصحفيين بإسطنبول، إن القصف أسفر عن تدمير ثلاثة مواقع لـ"داعش" ومقتل 17 من عناصره، مضيفاً أن "الجنود الأتراك في بعشيقة باقون هناك ويؤدون مهمتهم".',
'وأوضح مصدر عسكري تركي لمراسل الأناضول أن وحدات المدفعية استخدمت مدافع "فيرتينا" وراجمات صواريخ، وأن القصف استمر قرابة ثلاث ساعات بالتنسيق مع قيادة البيشمركة.',
'في المقابل، نفى المتحدث باسم قيادة العمليات المشتركة العراقية العميد يحيى رسول أن تكون القوات التركية قد شاركت في معارك بعشيقة، مؤكداً أن "العمليات العسكرية في نينوى تنفذها القوات العراقية حصراً بدعم من التحالف الدولي".',
'وكانت القوات العراقية وقوات البيشمركة قد أطلقت، فجر الاثنين الماضي، عملية واسعة لاستعادة مدينة الموصل من "داعش"، بمشاركة نحو 30 ألف عنصر وإسناد جوي من التحالف الدولي.',
'وأعلنت القيادة العامة لقوات البيشمركة، أمس السبت، أن مقاتليها سيطروا على ست قرى في محيط بعشيقة وباتوا يحاصرون البلدة من ثلاث جهات، بعد اشتباكات قُتل فيها أربعة من عناصرها.',
'وفي كركوك، قال مسؤولون محليون إن القوات الأمنية استعادت السيطرة على المدينة بعد يومين من هجوم شنه عشرات المسلحين من التنظيم فجر الجمعة على مبانٍ حكومية ومراكز للشرطة، أسفر عن مقتل أكثر من 80 شخصاً.',
'ويتمركز في معسكر بعشيقة نحو 700 جندي تركي منذ ديسمبر/ كانون الأول 2015، يتولون تدريب قرابة 3 آلاف من مقاتلي "حرس نينوى"، وسط رفض متواصل من الحكومة العراقية التي تطالب أنقرة بسحبهم.',
]
D = '2016-10-23'   # Sunday; Anadolu Arabic, copy of its day
PM = 'PESHMERGA'
NG = 'OTHER:nineveh-guards'
ents = [
 ('L0:يلدريم','PERSON','binali-yildirim'), ('L0:المدفعية التركية','ACTOR','TR'), ('L0:بعشيقة','LOCATION','bashiqa'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:البيشمركة','ACTOR',PM),
 ('L1:أنقرة','LOCATION','ankara'), ('L1:الأناضول','ORG','anadolu'),
 ('L2:بن علي يلدريم','PERSON','binali-yildirim'), ('L2:المدفعية التركية','ACTOR','TR'), ('L2:معسكر بعشيقة','LOCATION','bashiqa-camp'),
 ('L2:الموصل','LOCATION','mosul'), ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:بلدة بعشيقة','LOCATION','bashiqa'), ('L2:قوات البيشمركة','ACTOR',PM),
 ('L3:يلدريم','PERSON','binali-yildirim'), ('L3:إسطنبول','LOCATION','istanbul'), ('L3:ثلاثة مواقع','QUANTITY',None,(3,False,'other')),
 ('L3:داعش','ACTOR','ISIS'), ('L3:17','QUANTITY',None,(17,False,'killed')), ('L3:الجنود الأتراك','ACTOR','TR'), ('L3:بعشيقة','LOCATION','bashiqa'),
 ('L4:الأناضول','ORG','anadolu'), ('L4:وحدات المدفعية','ACTOR','TR'), ('L4:مدافع "فيرتينا"','WEAPON','firtina-howitzers'),
 ('L4:راجمات صواريخ','WEAPON','rocket-launchers'), ('L4:قرابة ثلاث ساعات','QUANTITY',None,(3,True,'other')), ('L4:قيادة البيشمركة','ACTOR',PM),
 ('L5:قيادة العمليات المشتركة العراقية','ACTOR','IQ_GOV'), ('L5:يحيى رسول','PERSON','yahya-rasool'), ('L5:القوات التركية','ACTOR','TR'),
 ('L5:بعشيقة','LOCATION','bashiqa'), ('L5:نينوى','LOCATION','nineveh'), ('L5:القوات العراقية','ACTOR','IQ_GOV'), ('L5:التحالف الدولي','ACTOR','COALITION'),
 ('L6:القوات العراقية','ACTOR','IQ_GOV'), ('L6:قوات البيشمركة','ACTOR',PM), ('L6:مدينة الموصل','LOCATION','mosul'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:نحو 30 ألف عنصر','QUANTITY',None,(30000,True,'troops')), ('L6:التحالف الدولي','ACTOR','COALITION'),
 ('L7:القيادة العامة لقوات البيشمركة','ACTOR',PM), ('L7:ست قرى','QUANTITY',None,(6,False,'other')), ('L7:بعشيقة','LOCATION','bashiqa'),
 ('L7:البلدة','LOCATION','bashiqa'), ('L7:ثلاث جهات','QUANTITY',None,(3,False,'other')), ('L7:أربعة','QUANTITY',None,(4,False,'killed')),
 ('L8:كركوك','LOCATION','kirkuk'), ('L8:القوات الأمنية','ACTOR','IQ_GOV'), ('L8:المدينة','LOCATION','kirkuk'), ('L8:يومين','QUANTITY',None,(2,False,'other')),
 ('L8:عشرات المسلحين','QUANTITY',None,([24, 99],True,'fighters')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:أكثر من 80 شخصاً','QUANTITY',None,(80,True,'killed')),
 ('L9:معسكر بعشيقة','LOCATION','bashiqa-camp'), ('L9:نحو 700 جندي تركي','QUANTITY',None,(700,True,'troops')), ('L9:جندي تركي','ACTOR','TR'),
 ('L9:قرابة 3 آلاف','QUANTITY',None,(3000,True,'fighters')), ('L9:حرس نينوى','ACTOR',NG), ('L9:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L9:أنقرة','ACTOR','TR'),
]
times = [
 ('L2:الأحد', D, 'day'),
 ('L6:فجر الاثنين الماضي', '2016-10-17', 'part-of-day', {'part': 'morning'}),
 ('L7:أمس السبت', '2016-10-22', 'day'),
 ('L8:فجر الجمعة', '2016-10-21', 'part-of-day', {'part': 'morning'}),
 ('L9:منذ ديسمبر/ كانون الأول 2015', '2015-12/2016-10', 'month'),
]
T = 'L2:الأحد'
YI = 'بن علي يلدريم'
TS = 'مصدر عسكري تركي (الأناضول)'
YR = 'يحيى رسول'
PGC = 'القيادة العامة لقوات البيشمركة'
KO = 'مسؤولون محليون'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=T, actors=['TR'], attr=YI),                                                           # 1
 dict(type='ATTACK', trig='L2:قصفت', actors=['TR'], targets=['ISIS'], loc='L2:بلدة بعشيقة', attr=YI),                                 # 2
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['TR'], attr=YI),                                                             # 3
 dict(type='ATTACK', trig='L3:القصف', actors=['TR'], targets=['ISIS'], qty=['L3:ثلاثة مواقع', 'L3:17'], attr=YI),                     # 4
 dict(type='ATTACK', trig='L4:القصف', actors=['TR'], targets=['ISIS'], weapons=['L4:مدافع "فيرتينا"', 'L4:راجمات صواريخ'],
      qty=['L4:قرابة ثلاث ساعات'], attr=TS),                                                                                      # 5
 dict(type='ATTACK', trig='L5:معارك', mod='denied', actors=['TR'], targets=['ISIS'], loc='L5:بعشيقة', attr=YR),                       # 6
 dict(type='OPERATION', trig='L5:العمليات#1', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:نينوى', attr=YR),                           # 7
 dict(type='ATTACK', trig='L5:دعم', actors=['COALITION'], targets=['ISIS'], attr=YR),                                              # 8
 dict(type='OPERATION', trig='L6:عملية', time='L6:فجر الاثنين الماضي', actors=['IQ_GOV', PM], targets=['ISIS'], loc='L6:مدينة الموصل',
      qty=['L6:نحو 30 ألف عنصر']),                                                                                                # 9
 dict(type='CONTROL', trig='L6:استعادة', mod='planned', actors=['IQ_GOV', PM], targets=['ISIS'], loc='L6:مدينة الموصل'),             # 10
 dict(type='ATTACK', trig='L6:إسناد', time='L6:فجر الاثنين الماضي', actors=['COALITION'], targets=['ISIS']),                        # 11
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:أمس السبت', actors=[PM], attr=PGC),                                               # 12
 dict(type='CONTROL', trig='L7:سيطروا', time='L7:أمس السبت', actors=[PM], loc='L7:بعشيقة', qty=['L7:ست قرى'], attr=PGC),             # 13
 dict(type='OPERATION', trig='L7:يحاصرون', time='L7:أمس السبت', actors=[PM], targets=['ISIS'], loc='L7:البلدة', qty=['L7:ثلاث جهات'], attr=PGC),  # 14
 dict(type='ATTACK', trig='L7:اشتباكات', time='L7:أمس السبت', actors=[PM], targets=['ISIS'], qty=['L7:أربعة'], attr=PGC),            # 15
 dict(type='CONTROL', trig='L8:استعادت', actors=['IQ_GOV'], loc='L8:المدينة', attr=KO),                                             # 16
 dict(type='ATTACK', trig='L8:هجوم', time='L8:فجر الجمعة', actors=['ISIS'], targets=['IQ_GOV'], loc='L8:كركوك',
      qty=['L8:عشرات المسلحين', 'L8:أكثر من 80 شخصاً'], attr=KO),                                                                 # 17
 dict(type='MOVEMENT', trig='L9:يتمركز', time='L9:منذ ديسمبر/ كانون الأول 2015', actors=['TR'], loc='L9:معسكر بعشيقة',
      qty=['L9:نحو 700 جندي تركي']),                                                                                              # 18
 dict(type='TRAINING', trig='L9:تدريب', actors=['TR', NG], loc='L9:معسكر بعشيقة', qty=['L9:قرابة 3 آلاف']),                          # 19
 dict(type='WITHDRAWAL', trig='L9:سحبهم', mod='planned', actors=['TR'], loc='L9:معسكر بعشيقة', attr='الحكومة العراقية'),            # 20
]
TD = (D, 'day')
SAT = ('2016-10-22', 'day')
FRI = ('2016-10-21', 'part-of-day')
forces = [
 dict(actor='TR', assets='المدفعية', loc=('معسكر بعشيقة', 'bashiqa-camp'), as_of=TD, status='present', source=YI, line=2, events=[2]),
 dict(actor='ISIS', loc=('بلدة بعشيقة', 'bashiqa'), as_of=TD, status='attacked', source=YI, line=2, events=[2]),
 dict(actor='TR', loc=('بعشيقة', 'bashiqa-camp'), as_of=TD, status='present', source=YI, line=3),
 dict(actor='IQ_GOV', loc=('نينوى', 'nineveh'), as_of=TD, status='present', source=YR, line=5, events=[7]),
 dict(actor=PM, loc=('البلدة', 'bashiqa'), as_of=SAT, status='present', source=PGC, line=7, events=[14]),
 dict(actor='IQ_GOV', loc=('المدينة', 'kirkuk'), as_of=TD, status='controls', source=KO, line=8, events=[16]),
 dict(actor='ISIS', loc=('كركوك', 'kirkuk'), as_of=FRI, status='present', source=KO, line=8, events=[17]),
 dict(actor='IQ_GOV', loc=('كركوك', 'kirkuk'), as_of=FRI, status='present', source=KO, line=8, events=[17]),
 dict(actor='TR', strength=(700, True, 'troops'), loc=('معسكر بعشيقة', 'bashiqa-camp'), as_of=TD, status='present', line=9, events=[18, 19]),
 dict(actor=NG, strength=(3000, True, 'fighters'), loc=('معسكر بعشيقة', 'bashiqa-camp'), as_of=TD, status='present', line=9, events=[19]),
]
build('anadolu-bashiqa-turkish-artillery', None, 'الأناضول', D, L, ents, times, events, forces)
