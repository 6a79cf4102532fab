from build import build
L = [
'العراق يتسلم 150 عنصراً من "داعش" من "قسد" ويعزز قطعاته على الحدود السورية',
'شفق نيوز/ أعلنت خلية الإعلام الأمني، اليوم الخميس، أن القوات العراقية تسلمت 150 عنصراً عراقياً من تنظيم داعش كانوا محتجزين لدى "قوات سوريا الديمقراطية"، على الحدود بين البلدين غربي الأنبار.',
'وقال مصدر أمني في قيادة عمليات الجزيرة لشفق نيوز، إن قوات التحالف الدولي نقلت المعتقلين، بعد ظهر أمس الأربعاء، برتل من 12 عجلة مدرعة عبر منفذ حصيبة الحدودي قرب قضاء القائم، قبل أن يتسلمهم جهاز الأمن الوطني للتحقيق معهم في بغداد.',
'وأضاف المصدر أن "معظم المعتقلين قبض عليهم خلال الأسابيع الماضية في بلدة الباغوز وقرى السوسة والشعفة بريف دير الزور الشرقي"، حيث تخوض "قسد" معارك ضد التنظيم على الضفة الشرقية لنهر الفرات.',
'إلى ذلك، قال قائد عمليات الجزيرة اللواء الركن قاسم المحمدي، إن قطعات الفرقة السابعة "عززت انتشارها على الشريط الحدودي بفوجين إضافيين"، مؤكداً أن "الحدود مؤمنة بالكامل ولا توجد أي ثغرة يمكن أن يتسلل منها الإرهابيون".',
'وأشار المحمدي إلى أن مدفعية الجيش قصفت، فجر اليوم، تجمعاً لعناصر التنظيم قرب الباغوز بعد رصد تحركات باتجاه الحدود، ما أسفر عن مقتل ثمانية منهم.',
'من جهته، قال مسؤول في هيئة الحشد الشعبي لشفق نيوز، إن "اللواء 13 في الحشد ينتشر بنحو ألفي مقاتل بين القائم وعكاشات"، مبيناً أن طيران الجيش العراقي ينفذ طلعات استطلاعية يومية على طول الحدود.',
'في المقابل، نفى المتحدث باسم "قسد" مصطفى بالي، في تغريدة على "تويتر"، أن يكون عناصر التنظيم قد تمكنوا من الفرار إلى الأراضي العراقية، مؤكداً أن قواته "تطوق ما تبقى من الجيب بالكامل".',
'وكان رئيس الوزراء عادل عبد المهدي قد أكد، الثلاثاء الماضي، أن الحكومة ستتسلم جميع المعتقلين العراقيين لدى "قسد" لمحاكمتهم وفق القانون العراقي، فيما تقدّر مصادر أمنية عددهم بأكثر من ألف مقاتل.',
'ويتمركز نحو 5200 جندي أمريكي في العراق ضمن التحالف الدولي، ينتشر قسم منهم في قاعدة عين الأسد وفي موقع عسكري قرب القائم.',
'يذكر أن تنظيم داعش سيطر على القائم في حزيران 2014، قبل أن تستعيده القوات العراقية في تشرين الثاني 2017 ضمن عمليات تحرير غرب الأنبار.',
]
D = '2019-02-21'   # Thursday; web copy of its own day
WED = '2019-02-20'
PMF = 'OTHER:pmf'
ents = [
 ('L0:العراق','ACTOR','IQ_GOV'), ('L0:150 عنصراً','QUANTITY',None,(150,False,'arrested')), ('L0:داعش','ACTOR','ISIS'), ('L0:قسد','ACTOR','SDF'),
 ('L0:الحدود السورية','LOCATION','iraq-syria-border'),
 ('L1:شفق نيوز','ORG','shafaq'), ('L1:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L1:القوات العراقية','ACTOR','IQ_GOV'),
 ('L1:150 عنصراً','QUANTITY',None,(150,False,'arrested')), ('L1:تنظيم داعش','ACTOR','ISIS'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L1:الحدود بين البلدين','LOCATION','iraq-syria-border'), ('L1:الأنبار','LOCATION','anbar-governorate'),
 ('L2:قيادة عمليات الجزيرة','ACTOR','IQ_GOV'), ('L2:شفق نيوز','ORG','shafaq'), ('L2:قوات التحالف الدولي','ACTOR','COALITION'),
 ('L2:12 عجلة مدرعة','QUANTITY',None,(12,False,'vehicles')), ('L2:عجلة مدرعة','WEAPON','armoured-vehicles'),
 ('L2:منفذ حصيبة الحدودي','LOCATION','husaybah-crossing'), ('L2:قضاء القائم','LOCATION','al-qaim'), ('L2:جهاز الأمن الوطني','ACTOR','IQ_GOV'),
 ('L2:بغداد','LOCATION','baghdad'),
 ('L3:بلدة الباغوز','LOCATION','baghouz'), ('L3:قرى السوسة','LOCATION','al-susah'), ('L3:الشعفة','LOCATION','al-shafa'),
 ('L3:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L3:قسد','ACTOR','SDF'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:الضفة الشرقية لنهر الفرات','LOCATION','euphrates-east-bank'),
 ('L4:الجزيرة','LOCATION','anbar-jazira'), ('L4:قاسم المحمدي','PERSON','qasim-al-mohammadi'), ('L4:الفرقة السابعة','ACTOR','IQ_GOV'),
 ('L4:الشريط الحدودي','LOCATION','iraq-syria-border'), ('L4:فوجين','QUANTITY',None,(2,False,'other')), ('L4:الحدود#1','LOCATION','iraq-syria-border'),
 ('L4:الإرهابيون','ACTOR','ISIS'),
 ('L5:المحمدي','PERSON','qasim-al-mohammadi'), ('L5:مدفعية الجيش','ACTOR','IQ_GOV'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:الباغوز','LOCATION','baghouz'),
 ('L5:الحدود','LOCATION','iraq-syria-border'), ('L5:ثمانية','QUANTITY',None,(8,False,'killed')),
 ('L6:هيئة الحشد الشعبي','ACTOR',PMF), ('L6:شفق نيوز','ORG','shafaq'), ('L6:اللواء 13','ACTOR',PMF), ('L6:الحشد#1','ACTOR',PMF),
 ('L6:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')), ('L6:القائم','LOCATION','al-qaim'), ('L6:عكاشات','LOCATION','akashat'),
 ('L6:طيران الجيش العراقي','ACTOR','IQ_GOV'), ('L6:الحدود','LOCATION','iraq-syria-border'),
 ('L7:قسد','ACTOR','SDF'), ('L7:مصطفى بالي','PERSON','mustafa-bali'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:الأراضي العراقية','LOCATION','iraq'),
 ('L7:الجيب','LOCATION','baghouz-pocket'),
 ('L8:عادل عبد المهدي','PERSON','adil-abdul-mahdi'), ('L8:الحكومة','ACTOR','IQ_GOV'), ('L8:قسد','ACTOR','SDF'),
 ('L8:أكثر من ألف مقاتل','QUANTITY',None,(1000,True,'arrested')),
 ('L9:نحو 5200 جندي','QUANTITY',None,(5200,True,'troops')), ('L9:العراق','LOCATION','iraq'), ('L9:التحالف الدولي','ACTOR','COALITION'),
 ('L9:قاعدة عين الأسد','LOCATION','ain-al-asad-base'), ('L9:موقع عسكري','LOCATION','al-qaim-base'), ('L9:القائم','LOCATION','al-qaim'),
 ('L10:تنظيم داعش','ACTOR','ISIS'), ('L10:القائم','LOCATION','al-qaim'), ('L10:القوات العراقية','ACTOR','IQ_GOV'), ('L10:غرب الأنبار','LOCATION','west-anbar'),
]
times = [
 ('L1:اليوم الخميس', D, 'day'),
 ('L2:بعد ظهر أمس الأربعاء', WED, 'part-of-day', {'part': 'noon'}),
 ('L3:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
 ('L5:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:الثلاثاء الماضي', '2019-02-19', 'day'),
 ('L10:حزيران 2014', '2014-06', 'month'),
 ('L10:تشرين الثاني 2017', '2017-11', 'month'),
]
T = 'L1:اليوم الخميس'
W = 'L2:بعد ظهر أمس الأربعاء'
DAWN = 'L5:فجر اليوم'
SRC = 'مصدر أمني في قيادة عمليات الجزيرة (شفق نيوز)'
MOH = 'قاسم المحمدي'
PMS = 'مسؤول في هيئة الحشد الشعبي (شفق نيوز)'
BALI = 'مصطفى بالي (تويتر)'
N17 = 'L10:تشرين الثاني 2017'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['IQ_GOV'], attr='خلية الإعلام الأمني'),                                                     # 1
 dict(type='MOVEMENT', trig='L2:نقلت', time=W, actors=['COALITION'], loc='L2:منفذ حصيبة الحدودي', weapons=['L2:عجلة مدرعة'], qty=['L2:12 عجلة مدرعة'], attr=SRC),  # 2
 dict(type='ARREST', trig='L3:قبض', time='L3:خلال الأسابيع الماضية', actors=['SDF'], targets=['ISIS'], loc='L3:بلدة الباغوز', attr=SRC),            # 3
 dict(type='ATTACK', trig='L3:معارك', time=T, actors=['SDF', 'ISIS'], loc='L3:الضفة الشرقية لنهر الفرات', attr=SRC),                                # 4
 dict(type='STATEMENT', trig='L4:قال', time=T, actors=['IQ_GOV'], attr=MOH),                                                                        # 5
 dict(type='MOVEMENT', trig='L4:عززت', time=T, actors=['IQ_GOV'], loc='L4:الشريط الحدودي', qty=['L4:فوجين'], attr=MOH),                              # 6
 dict(type='ATTACK', trig='L5:قصفت', time=DAWN, actors=['IQ_GOV'], targets=['ISIS'], loc='L5:الباغوز', qty=['L5:ثمانية'], attr=MOH),                  # 7
 dict(type='MOVEMENT', trig='L5:تحركات', time=DAWN, actors=['ISIS'], loc='L5:الحدود', attr=MOH),                                                      # 8
 dict(type='MOVEMENT', trig='L6:ينتشر', time=T, actors=[PMF], loc='L6:القائم', qty=['L6:نحو ألفي مقاتل'], attr=PMS),                                  # 9
 dict(type='TRAINING', trig='L6:طلعات استطلاعية', time=T, actors=['IQ_GOV'], loc='L6:الحدود', attr=PMS),                                              # 10
 dict(type='WITHDRAWAL', trig='L7:الفرار', mod='denied', actors=['ISIS'], loc='L7:الأراضي العراقية', attr=BALI),                                       # 11
 dict(type='OPERATION', trig='L7:تطوق', time=T, actors=['SDF'], targets=['ISIS'], loc='L7:الجيب', attr=BALI),                                          # 12
 dict(type='MOVEMENT', trig='L9:يتمركز', time=T, actors=['US', 'COALITION'], loc='L9:العراق', qty=['L9:نحو 5200 جندي']),                             # 13
 dict(type='MOVEMENT', trig='L9:ينتشر', time=T, actors=['US'], loc='L9:قاعدة عين الأسد'),                                                              # 14
 dict(type='CONTROL', trig='L10:سيطر', time='L10:حزيران 2014', actors=['ISIS'], targets=['IQ_GOV'], loc='L10:القائم'),                                 # 15
 dict(type='CONTROL', trig='L10:تستعيده', time=N17, actors=['IQ_GOV'], targets=['ISIS'], loc='L10:القائم'),                                            # 16
 dict(type='OPERATION', trig='L10:عمليات تحرير', time=N17, actors=['IQ_GOV'], targets=['ISIS'], loc='L10:غرب الأنبار'),                               # 17
]
TD = (D, 'day')
forces = [
 dict(actor='SDF', loc=('الضفة الشرقية لنهر الفرات', 'euphrates-east-bank'), as_of=TD, status='present', source=SRC, line=3, events=[4]),
 dict(actor='ISIS', loc=('الضفة الشرقية لنهر الفرات', 'euphrates-east-bank'), as_of=TD, status='present', source=SRC, line=3, events=[4]),
 dict(actor='IQ_GOV', assets='قطعات الفرقة السابعة وفوجان إضافيان', loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=TD, status='reinforced',
      source=MOH, line=4, events=[6]),
 dict(actor='ISIS', assets='تجمع لعناصر التنظيم', loc=('الباغوز', 'baghouz'), as_of=TD, status='attacked', source=MOH, line=5, events=[7]),
 dict(actor=PMF, strength=(2000, True, 'fighters'), assets='اللواء 13', loc=('القائم', 'al-qaim'), as_of=TD, status='present', source=PMS, line=6, events=[9]),
 dict(actor=PMF, strength=(2000, True, 'fighters'), assets='اللواء 13', loc=('عكاشات', 'akashat'), as_of=TD, status='present', source=PMS, line=6, events=[9]),
 dict(actor='SDF', loc=('الجيب', 'baghouz-pocket'), as_of=TD, status='present', source=BALI, line=7, events=[12]),
 dict(actor='ISIS', loc=('الجيب', 'baghouz-pocket'), as_of=TD, status='present', source=BALI, line=7, events=[12]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق', 'iraq'), as_of=TD, status='present', line=9, events=[13]),
 dict(actor='US', loc=('قاعدة عين الأسد', 'ain-al-asad-base'), as_of=TD, status='present', line=9, events=[14]),
 dict(actor='US', loc=('موقع عسكري', 'al-qaim-base'), as_of=TD, status='present', line=9, events=[14]),
 dict(actor='ISIS', loc=('القائم', 'al-qaim'), as_of=('2014-06', 'month'), status='controls', line=10, events=[15]),
 dict(actor='IQ_GOV', loc=('القائم', 'al-qaim'), as_of=('2017-11', 'month'), status='controls', line=10, events=[16]),
]
build('shafaq-qaim-isis-detainees', None, 'شفق نيوز', D, L, ents, times, events, forces)
