from build import build
L = [
'العراق يعزز حدوده مع سوريا بعد هجمات داعش على "قسد" في هجين',
'دفعت القوات العراقية وهيئة الحشد الشعبي، الاثنين، بتعزيزات عسكرية جديدة إلى الشريط الحدودي مع سوريا غربي محافظة الأنبار، تحسباً لتسلل عناصر من تنظيم داعش، بعد تقدم التنظيم في جيب هجين شرقي دير الزور على حساب قوات سوريا الديمقراطية.',
'وقال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول لموقع "الحرة" إن "الحدود مؤمنة بالكامل"، مشيراً إلى أن المدفعية العراقية قصفت، فجر الثلاثاء، تجمعات لداعش قرب بلدة الباغوز السورية المقابلة لقضاء القائم، بالتنسيق مع التحالف الدولي.',
'وأضاف رسول أن طيران الجيش العراقي نفذ خلال الأسبوع الماضي ثلاث ضربات داخل الأراضي السورية بموافقة دمشق، أسفرت عن مقتل 36 إرهابياً بينهم قياديون في التنظيم.',
'في المقابل، ذكرت وكالة "أعماق" التابعة لداعش أن مسلحي التنظيم "استعادوا" قرى السوسة والشعفة والباغوز فوقاني بعد هجوم استغل عاصفة رملية، وقتلوا "أكثر من 40 من عناصر ميليشيا قسد"، فيما نفى المتحدث باسم التحالف الكولونيل شون رايان أن تكون "قسد" قد خسرت مواقع استراتيجية.',
'وتخشى بغداد من تكرار سيناريو عام 2014، حين اجتاح التنظيم مناطق واسعة من العراق انطلاقاً من الأراضي السورية، فيما يقدر التحالف عدد مقاتلي داعش المتبقين في جيب هجين بنحو ألفي مسلح.',
'وكان نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس قد أكد أن قوات الحشد "مستعدة لملاحقة داعش داخل سوريا إذا اقتضت الضرورة"، وهو ما أثار قلق واشنطن التي تحتفظ بنحو 2000 جندي في شرق سوريا وقاعدة التنف.',
'أمنياً، قتل ثلاثة من عناصر الحشد الشعبي وأصيب خمسة آخرون، مساء الاثنين، بهجوم شنه مسلحون مجهولون على نقطة تفتيش في منطقة مطيبيجة بين محافظتي صلاح الدين وديالى، وفق ما أفاد مصدر أمني لموقع "الحرة".',
'وفي سياق متصل، قال التحالف الدولي إن طائراته نفذت 27 ضربة جوية في محيط هجين خلال اليومين الماضيين لمساندة قسد، بالتزامن مع قصف مدفعي تركي يستهدف منذ الأحد مواقع لـ"وحدات حماية الشعب" الكردية قرب مدينة عين العرب (كوباني)، ما دفع قسد إلى التلويح بوقف عملياتها ضد التنظيم.',
]
D = '2018-10-30'   # Tuesday; web copy of its day
MON = '2018-10-29'
PMF = 'OTHER:pmf'
ents = [
 ('L0:العراق','ACTOR','IQ_GOV'), ('L0:سوريا','LOCATION','syria'), ('L0:داعش','ACTOR','ISIS'), ('L0:قسد','ACTOR','SDF'), ('L0:هجين','LOCATION','hajin'),
 ('L1:القوات العراقية','ACTOR','IQ_GOV'), ('L1:هيئة الحشد الشعبي','ACTOR',PMF), ('L1:الشريط الحدودي','LOCATION','iraq-syria-border'),
 ('L1:سوريا','LOCATION','syria'), ('L1:محافظة الأنبار','LOCATION','anbar'), ('L1:تنظيم داعش','ACTOR','ISIS'), ('L1:التنظيم','ACTOR','ISIS'),
 ('L1:جيب هجين','LOCATION','hajin'), ('L1:دير الزور','LOCATION','deir-ez-zor'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:يحيى رسول','PERSON','yahya-rasool'), ('L2:الحرة','ORG','alhurra'),
 ('L2:المدفعية العراقية','ACTOR','IQ_GOV'), ('L2:داعش','ACTOR','ISIS'), ('L2:بلدة الباغوز','LOCATION','baghouz'), ('L2:قضاء القائم','LOCATION','qaim'),
 ('L2:التحالف الدولي','ACTOR','COALITION'),
 ('L3:رسول','PERSON','yahya-rasool'), ('L3:طيران الجيش العراقي','ACTOR','IQ_GOV'), ('L3:ثلاث ضربات','QUANTITY',None,(3,False,'other')),
 ('L3:الأراضي السورية','LOCATION','syria'), ('L3:دمشق','ACTOR','SY_GOV'), ('L3:36 إرهابياً','QUANTITY',None,(36,False,'killed')), ('L3:التنظيم','ACTOR','ISIS'),
 ('L4:أعماق','ORG','amaq'), ('L4:داعش','ACTOR','ISIS'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:قرى السوسة','LOCATION','susa'), ('L4:الشعفة','LOCATION','shaafa'),
 ('L4:الباغوز فوقاني','LOCATION','baghouz-fawqani'), ('L4:أكثر من 40','QUANTITY',None,(40,True,'killed')), ('L4:قسد','ACTOR','SDF'),
 ('L4:التحالف','ACTOR','COALITION'), ('L4:شون رايان','PERSON','sean-ryan'), ('L4:قسد#1','ACTOR','SDF'),
 ('L5:بغداد','ACTOR','IQ_GOV'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:العراق','LOCATION','iraq'), ('L5:الأراضي السورية','LOCATION','syria'),
 ('L5:التحالف','ACTOR','COALITION'), ('L5:داعش','ACTOR','ISIS'), ('L5:جيب هجين','LOCATION','hajin'), ('L5:نحو ألفي مسلح','QUANTITY',None,(2000,True,'fighters')),
 ('L6:هيئة الحشد الشعبي','ACTOR',PMF), ('L6:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'), ('L6:قوات الحشد','ACTOR',PMF),
 ('L6:داعش','ACTOR','ISIS'), ('L6:سوريا','LOCATION','syria'), ('L6:واشنطن','ACTOR','US'), ('L6:نحو 2000 جندي','QUANTITY',None,(2000,True,'troops')),
 ('L6:شرق سوريا','LOCATION','east-syria'), ('L6:قاعدة التنف','LOCATION','tanf'),
 ('L7:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:خمسة آخرون','QUANTITY',None,(5,False,'wounded')),
 ('L7:مسلحون مجهولون','ACTOR','UNKNOWN'), ('L7:منطقة مطيبيجة','LOCATION','mutaibija'), ('L7:محافظتي صلاح الدين','LOCATION','salahuddin'),
 ('L7:ديالى','LOCATION','diyala'), ('L7:الحرة','ORG','alhurra'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:27 ضربة جوية','QUANTITY',None,(27,False,'other')), ('L8:هجين','LOCATION','hajin'),
 ('L8:قسد','ACTOR','SDF'), ('L8:وحدات حماية الشعب','ACTOR','YPG'), ('L8:مدينة عين العرب','LOCATION','kobani'), ('L8:كوباني','LOCATION','kobani'),
 ('L8:قسد#1','ACTOR','SDF'), ('L8:التنظيم','ACTOR','ISIS'),
]
times = [
 ('L1:الاثنين', MON, 'day'),
 ('L2:فجر الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L3:خلال الأسبوع الماضي', '2018-10-23/2018-10-30', 'week'),
 ('L5:عام 2014', '2014', 'year'),
 ('L7:مساء الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L8:خلال اليومين الماضيين', '2018-10-28/2018-10-30', 'day'),
 ('L8:منذ الأحد', '2018-10-28/2018-10-30', 'day'),
]
RAS = 'يحيى رسول'
AMAQ = 'وكالة "أعماق"'
RYAN = 'شون رايان'
MUH = 'أبو مهدي المهندس'
SEC = 'مصدر أمني'
events = [
 dict(type='MOVEMENT', trig='L1:دفعت', time='L1:الاثنين', actors=['IQ_GOV', PMF], loc='L1:الشريط الحدودي'),                          # 1
 dict(type='MOVEMENT', trig='L1:تقدم', actors=['ISIS'], targets=['SDF'], loc='L1:جيب هجين'),                                        # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['IQ_GOV'], attr=RAS),                                                                # 3
 dict(type='ATTACK', trig='L2:قصفت', time='L2:فجر الثلاثاء', actors=['IQ_GOV'], targets=['ISIS'], loc='L2:بلدة الباغوز', attr=RAS),  # 4
 dict(type='ATTACK', trig='L3:ضربات', time='L3:خلال الأسبوع الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L3:الأراضي السورية',
      attr=RAS, qty=['L3:ثلاث ضربات', 'L3:36 إرهابياً']),                                                                           # 5
 dict(type='CONTROL', trig='L4:استعادوا', actors=['ISIS'], targets=['SDF'], loc='L4:قرى السوسة', attr=AMAQ),                         # 6
 dict(type='ATTACK', trig='L4:هجوم', actors=['ISIS'], targets=['SDF'], attr=AMAQ),                                                  # 7
 dict(type='ATTACK', trig='L4:قتلوا', actors=['ISIS'], targets=['SDF'], attr=AMAQ, qty=['L4:أكثر من 40']),                          # 8
 dict(type='WITHDRAWAL', trig='L4:خسرت', mod='denied', actors=['SDF'], attr=RYAN),                                                  # 9
 dict(type='CONTROL', trig='L5:اجتاح', time='L5:عام 2014', actors=['ISIS'], loc='L5:العراق'),                                       # 10
 dict(type='OPERATION', trig='L6:لملاحقة', mod='planned', actors=[PMF], targets=['ISIS'], loc='L6:سوريا', attr=MUH),                 # 11
 dict(type='ATTACK', trig='L7:بهجوم', time='L7:مساء الاثنين', actors=['UNKNOWN'], targets=[PMF], loc='L7:منطقة مطيبيجة', attr=SEC,
      qty=['L7:ثلاثة', 'L7:خمسة آخرون']),                                                                                         # 12
 dict(type='STATEMENT', trig='L8:قال', actors=['COALITION'], attr='التحالف الدولي'),                                                # 13
 dict(type='ATTACK', trig='L8:ضربة', time='L8:خلال اليومين الماضيين', actors=['COALITION'], targets=['ISIS'], loc='L8:هجين',
      attr='التحالف الدولي', qty=['L8:27 ضربة جوية']),                                                                              # 14
 dict(type='ATTACK', trig='L8:قصف', time='L8:منذ الأحد', actors=['TR'], targets=['YPG'], loc='L8:مدينة عين العرب'),                  # 15
 dict(type='WITHDRAWAL', trig='L8:بوقف', mod='planned', actors=['SDF'], targets=['ISIS']),                                          # 16
]
MOND = (MON, 'day')
OD = (D, 'day')
V = (None, 'vague')
EVE = (MON, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=MOND, status='reinforced', line=1, events=[1]),
 dict(actor=PMF, loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=MOND, status='reinforced', line=1, events=[1]),
 dict(actor='ISIS', loc=('جيب هجين', 'hajin'), as_of=V, status='present', line=1, events=[2]),
 dict(actor='SDF', loc=('جيب هجين', 'hajin'), as_of=V, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('بلدة الباغوز', 'baghouz'), as_of=(D, 'part-of-day'), status='attacked', source=RAS, line=2, events=[4]),
 dict(actor='ISIS', loc=('الأراضي السورية', 'syria'), as_of=('2018-10-23/2018-10-30', 'week'), status='attacked', source=RAS, line=3, events=[5]),
 dict(actor='ISIS', loc=('قرى السوسة', 'susa'), as_of=V, status='controls', source=AMAQ, line=4, events=[6]),
 dict(actor='ISIS', loc=('الشعفة', 'shaafa'), as_of=V, status='controls', source=AMAQ, line=4, events=[6]),
 dict(actor='ISIS', loc=('الباغوز فوقاني', 'baghouz-fawqani'), as_of=V, status='controls', source=AMAQ, line=4, events=[6]),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('جيب هجين', 'hajin'), as_of=OD, status='present', source='التحالف', line=5, events=[]),
 dict(actor='US', strength=(2000, True, 'troops'), loc=('شرق سوريا', 'east-syria'), as_of=OD, status='present', line=6, events=[]),
 dict(actor='US', loc=('قاعدة التنف', 'tanf'), as_of=OD, status='present', line=6, events=[]),
 dict(actor=PMF, loc=('منطقة مطيبيجة', 'mutaibija'), as_of=EVE, status='attacked', source=SEC, line=7, events=[12]),
 dict(actor=PMF, loc=('منطقة مطيبيجة', 'mutaibija'), as_of=EVE, status='present', source=SEC, line=7, events=[12]),
 dict(actor='YPG', loc=('مدينة عين العرب', 'kobani'), as_of=('2018-10-28/2018-10-30', 'day'), status='attacked', line=8, events=[15]),
 dict(actor='YPG', loc=('مدينة عين العرب', 'kobani'), as_of=('2018-10-28/2018-10-30', 'day'), status='present', line=8, events=[15]),
]
build('alhurra-iraq-border-hajin', None, 'الحرة عراق', D, L, ents, times, events, forces)
