from build import build
L = [
'"قسد" تقتحم بلدة ذيبان في ريف دير الزور الشرقي.. ومقاتلو العشائر يتوعدون بالعودة',
'أفاد مراسل الميادين في دير الزور، اليوم الأربعاء، بأن "قوات سوريا الديمقراطية" (قسد) اقتحمت بلدة ذيبان في ريف دير الزور الشرقي، بعد حصار فرضته عليها منذ السبت الماضي، إثر اشتباكات عنيفة مع مقاتلي العشائر العربية استمرت حتى فجر اليوم.',
'وأوضح المراسل أن "قسد" دفعت بأكثر من 40 آلية عسكرية وعربات مدرعة إلى محيط البلدة قادمة من حقل العمر، بغطاء من مروحيات تابعة لقوات الاحتلال الأميركي حلّقت فوق المنطقة منذ ليل الثلاثاء.',
'وأضاف أن مقاتلي العشائر انسحبوا من أحياء البلدة باتجاه الضفة الغربية لنهر الفرات، فيما قالت مصادر أهلية لـ"الميادين نت" إن 9 مدنيين، بينهم 3 أطفال، قُتلوا جراء قصف مدفعي طال منازل ذيبان.',
'من جهتها، قالت "قسد" في بيان إنها "أحكمت السيطرة" على ذيبان، معلنة انتهاء عملية "تعزيز الأمن" التي أطلقتها قبل عشرة أيام، ومتهمة "مسلحين مرتبطين بالحكومة السورية" بالتسلل من غرب الفرات.',
'وبحسب البيان، قُتل 25 من عناصر "قسد" منذ بدء العملية، في مقابل "تحييد" 45 مسلحاً واعتقال أكثر من 200 آخرين في بلدات الشحيل والبصيرة والطيانة.',
'في المقابل، نفى شيخ قبيلة العكيدات، إبراهيم الهفل، في تسجيل صوتي انسحاب مقاتلي العشائر من ريف دير الزور، مؤكداً أن مقاتلي القبائل "سيعودون إلى ذيبان قريباً".',
'وكانت الاشتباكات قد اندلعت في السابع والعشرين من آب/أغسطس الماضي، عقب اعتقال "قسد" قائد "مجلس دير الزور العسكري" أحمد الخبيل، المعروف بأبي خولة، في مدينة الحسكة.',
'وعقد ضباط من "التحالف الدولي" بقيادة واشنطن، يوم الأحد، اجتماعاً مع وجهاء من العشائر وقادة في "قسد" في قاعدة حقل العمر، واتفقوا على "معالجة مطالب الأهالي"، من دون أن ينعكس ذلك على الأرض.',
'إلى ذلك، عزز الجيش السوري انتشاره على الضفة الغربية لنهر الفرات قبالة بلدتي الصبحة والبصيرة، بالتزامن مع وصول تعزيزات من مدينة الميادين، وفق المراسل.',
'يُذكر أن قوات الاحتلال الأميركي تنتشر في نحو 10 قواعد ونقاط غير شرعية في ريفي دير الزور والحسكة، أبرزها حقلا العمر وكونيكو، ويقدّر عدد جنودها بنحو 900 جندي.',
]
D = '2023-09-06'   # Wednesday; Beirut channel's website, copy of its day
SAT = '2023-09-02'
TRB = 'OTHER:arab-tribes'
PGM = 'OTHER:pro-government-militias'
DMC = 'OTHER:deir-ez-zor-military-council'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:بلدة ذيبان','LOCATION','dhiban'), ('L0:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L0:العشائر','ACTOR',TRB),
 ('L1:الميادين','ORG','al-mayadeen'), ('L1:دير الزور#0','LOCATION','deir-ez-zor'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L1:قسد','ACTOR','SDF'), ('L1:بلدة ذيبان','LOCATION','dhiban'), ('L1:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L1:العشائر العربية','ACTOR',TRB),
 ('L2:قسد','ACTOR','SDF'), ('L2:أكثر من 40 آلية عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L2:آلية عسكرية','WEAPON','military-vehicles'),
 ('L2:عربات مدرعة','WEAPON','armoured-vehicles'), ('L2:البلدة','LOCATION','dhiban'), ('L2:حقل العمر','LOCATION','al-omar-oilfield'),
 ('L2:مروحيات','WEAPON','helicopters'), ('L2:قوات الاحتلال الأميركي','ACTOR','US'), ('L2:المنطقة','LOCATION','dhiban'),
 ('L3:العشائر','ACTOR',TRB), ('L3:أحياء البلدة','LOCATION','dhiban'), ('L3:الضفة الغربية لنهر الفرات','LOCATION','euphrates-west-bank'),
 ('L3:الميادين نت','ORG','al-mayadeen'), ('L3:9 مدنيين','QUANTITY',None,(9,False,'killed')), ('L3:3 أطفال','QUANTITY',None,(3,False,'killed')),
 ('L3:ذيبان','LOCATION','dhiban'),
 ('L4:قسد','ACTOR','SDF'), ('L4:ذيبان','LOCATION','dhiban'), ('L4:مسلحين مرتبطين بالحكومة السورية','ACTOR',PGM), ('L4:غرب الفرات','LOCATION','west-euphrates'),
 ('L5:25','QUANTITY',None,(25,False,'killed')), ('L5:قسد','ACTOR','SDF'), ('L5:45 مسلحاً','QUANTITY',None,(45,False,'killed')),
 ('L5:أكثر من 200','QUANTITY',None,(200,True,'arrested')), ('L5:بلدات الشحيل','LOCATION','al-shuhayl'), ('L5:البصيرة','LOCATION','al-busayrah'),
 ('L5:الطيانة','LOCATION','al-tayyana'),
 ('L6:إبراهيم الهفل','PERSON','ibrahim-al-hafl'), ('L6:العشائر','ACTOR',TRB), ('L6:ريف دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L6:القبائل','ACTOR',TRB), ('L6:ذيبان','LOCATION','dhiban'),
 ('L7:قسد','ACTOR','SDF'), ('L7:مجلس دير الزور العسكري','ACTOR',DMC), ('L7:أحمد الخبيل','PERSON','ahmed-al-khabil'),
 ('L7:أبي خولة','PERSON','ahmed-al-khabil'), ('L7:مدينة الحسكة','LOCATION','hasakah'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:واشنطن','ACTOR','US'), ('L8:العشائر','ACTOR',TRB), ('L8:قسد','ACTOR','SDF'),
 ('L8:قاعدة حقل العمر','LOCATION','al-omar-oilfield'),
 ('L9:الجيش السوري','ACTOR','SY_GOV'), ('L9:الضفة الغربية لنهر الفرات','LOCATION','euphrates-west-bank'), ('L9:بلدتي الصبحة','LOCATION','al-sabha'),
 ('L9:البصيرة','LOCATION','al-busayrah'), ('L9:مدينة الميادين','LOCATION','mayadin'),
 ('L10:قوات الاحتلال الأميركي','ACTOR','US'), ('L10:نحو 10 قواعد ونقاط','QUANTITY',None,(10,True,'other')),
 ('L10:ريفي دير الزور','LOCATION','deir-ez-zor-countryside'), ('L10:الحسكة','LOCATION','hasakah'), ('L10:حقلا العمر','LOCATION','al-omar-oilfield'),
 ('L10:كونيكو','LOCATION','conoco-field'), ('L10:نحو 900 جندي','QUANTITY',None,(900,True,'troops')),
]
times = [
 ('L1:اليوم الأربعاء', D, 'day'),
 ('L1:منذ السبت الماضي', SAT + '/' + D, 'day'),
 ('L1:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L2:منذ ليل الثلاثاء', '2023-09-05/' + D, 'day'),
 ('L4:قبل عشرة أيام', '2023-08-27', 'day'),
 ('L6:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L7:السابع والعشرين من آب/أغسطس الماضي', '2023-08-27', 'day'),
 ('L8:يوم الأحد', '2023-09-03', 'day'),
]
T = 'L1:اليوم الأربعاء'
S = 'L1:منذ السبت الماضي'
A27 = 'L7:السابع والعشرين من آب/أغسطس الماضي'
COR = 'مراسل الميادين في دير الزور'
LOC = 'مصادر أهلية (الميادين نت)'
QSD = 'قسد (بيان)'
HAF = 'إبراهيم الهفل'
events = [
 dict(type='ATTACK', trig='L1:اقتحمت', time=T, actors=['SDF'], targets=[TRB], loc='L1:بلدة ذيبان', attr=COR),                          # 1
 dict(type='OPERATION', trig='L1:حصار', time=S, actors=['SDF'], targets=[TRB], loc='L1:بلدة ذيبان', attr=COR),                         # 2
 dict(type='ATTACK', trig='L1:اشتباكات', time='L1:فجر اليوم', actors=['SDF', TRB], loc='L1:بلدة ذيبان', attr=COR),                      # 3
 dict(type='MOVEMENT', trig='L2:دفعت', actors=['SDF'], loc='L2:البلدة', weapons=['L2:آلية عسكرية', 'L2:عربات مدرعة'],
      qty=['L2:أكثر من 40 آلية عسكرية'], attr=COR),                                                                                  # 4
 dict(type='ATTACK', trig='L2:بغطاء', time='L2:منذ ليل الثلاثاء', actors=['US'], targets=[TRB], loc='L2:المنطقة', weapons=['L2:مروحيات'], attr=COR),  # 5
 dict(type='WITHDRAWAL', trig='L3:انسحبوا', time=T, actors=[TRB], loc='L3:أحياء البلدة', attr=COR),                                    # 6
 dict(type='ATTACK', trig='L3:قُتلوا', loc='L3:ذيبان', qty=['L3:9 مدنيين', 'L3:3 أطفال'], attr=LOC),                                    # 7
 dict(type='STATEMENT', trig='L4:قالت', time=T, actors=['SDF'], attr=QSD),                                                           # 8
 dict(type='CONTROL', trig='L4:أحكمت السيطرة', time=T, actors=['SDF'], targets=[TRB], loc='L4:ذيبان', attr=QSD),                        # 9
 dict(type='OPERATION', trig='L4:عملية', time='L4:قبل عشرة أيام', actors=['SDF'], targets=[TRB], attr=QSD),                             # 10
 dict(type='MOVEMENT', trig='L4:بالتسلل', actors=[PGM], loc='L4:غرب الفرات', attr=QSD),                                               # 11
 dict(type='ATTACK', trig='L5:قُتل', targets=['SDF'], qty=['L5:25'], attr=QSD),                                                      # 12
 dict(type='ATTACK', trig='L5:تحييد', actors=['SDF'], targets=[TRB], qty=['L5:45 مسلحاً'], attr=QSD),                                  # 13
 dict(type='ARREST', trig='L5:اعتقال', actors=['SDF'], targets=[TRB], loc='L5:بلدات الشحيل', qty=['L5:أكثر من 200'], attr=QSD),        # 14
 dict(type='WITHDRAWAL', trig='L6:انسحاب', mod='denied', actors=[TRB], loc='L6:ريف دير الزور', attr=HAF),                              # 15
 dict(type='MOVEMENT', trig='L6:سيعودون', mod='planned', time='L6:قريباً', actors=[TRB], loc='L6:ذيبان', attr=HAF),                     # 16
 dict(type='ATTACK', trig='L7:الاشتباكات', time=A27, actors=['SDF', TRB]),                                                            # 17
 dict(type='ARREST', trig='L7:اعتقال', time=A27, actors=['SDF'], targets=[DMC], loc='L7:مدينة الحسكة'),                                # 18
 dict(type='AGREEMENT', trig='L8:اتفقوا', time='L8:يوم الأحد', actors=['COALITION', TRB, 'SDF'], loc='L8:قاعدة حقل العمر'),            # 19
 dict(type='MOVEMENT', trig='L9:عزز', actors=['SY_GOV'], loc='L9:الضفة الغربية لنهر الفرات', attr=COR),                                # 20
 dict(type='MOVEMENT', trig='L9:وصول', actors=['SY_GOV'], loc='L9:الضفة الغربية لنهر الفرات', attr=COR),                               # 21
 dict(type='MOVEMENT', trig='L10:تنتشر', actors=['US'], loc='L10:ريفي دير الزور', qty=['L10:نحو 10 قواعد ونقاط', 'L10:نحو 900 جندي']),  # 22
]
TD = (D, 'day')
forces = [
 dict(actor='SDF', loc=('بلدة ذيبان', 'dhiban'), as_of=TD, status='present', source=COR, line=1, events=[1, 2, 3]),
 dict(actor=TRB, loc=('بلدة ذيبان', 'dhiban'), as_of=TD, status='present', source=COR, line=1, events=[3]),
 dict(actor='SDF', assets='أكثر من 40 آلية عسكرية وعربات مدرعة', loc=('البلدة', 'dhiban'), as_of=TD, status='reinforced', source=COR,
      line=2, events=[4]),
 dict(actor=TRB, loc=('أحياء البلدة', 'dhiban'), as_of=TD, status='withdrawn', source=COR, line=3, events=[6]),
 dict(actor='SDF', loc=('ذيبان', 'dhiban'), as_of=TD, status='controls', source=QSD, line=4, events=[9]),
 dict(actor='SY_GOV', loc=('الضفة الغربية لنهر الفرات', 'euphrates-west-bank'), as_of=TD, status='reinforced', source=COR, line=9, events=[20, 21]),
 dict(actor='US', strength=(900, True, 'troops'), assets='نحو 10 قواعد ونقاط', loc=('ريفي دير الزور', 'deir-ez-zor-countryside'), as_of=TD,
      status='present', line=10, events=[22]),
 dict(actor='US', loc=('الحسكة', 'hasakah'), as_of=TD, status='present', line=10, events=[22]),
 dict(actor='US', loc=('حقلا العمر', 'al-omar-oilfield'), as_of=TD, status='present', line=10, events=[22]),
 dict(actor='US', loc=('كونيكو', 'conoco-field'), as_of=TD, status='present', line=10, events=[22]),
]
build('almayadeen-dhiban-sdf-storming', None, 'الميادين', D, L, ents, times, events, forces)
