from build import build
L = [
'«قسد» تستعيد مواقع في ريف دير الزور بعد هجوم لـ«قوات العشائر» عبر الفرات',
'شنّت «قوات العشائر» التي يقودها الشيخ إبراهيم الهفل، فجر أمس الأربعاء، هجوماً واسعاً على مواقع «قوات سوريا الديمقراطية» (قسد) في بلدات ذيبان والطيانة وأبو حمام بريف دير الزور الشرقي، انطلاقاً من الضفة الغربية لنهر الفرات، بحسب ما أفاد مراسل تلفزيون سوريا.',
'وأوضح المراسل أن مقاتلي العشائر عبروا النهر تحت غطاء مدفعي من مواقع قوات النظام، وسيطروا لساعات على قرية اللطوة، قبل أن تدفع «قسد» بتعزيزات من حقل العمر النفطي إلى محيط ذيبان وتستعيد القرية مساء الأربعاء.',
'وقال المتحدث باسم «مجلس دير الزور العسكري» التابع لـ«قسد»، سامر الأحمد، لتلفزيون سوريا، إن مقاتليه «أفشلوا الهجوم»، ما أسفر عن مقتل 14 من المهاجمين وأسر خمسة آخرين، متهماً «الميليشيات الإيرانية» وقوات النظام بتأمين المعابر النهرية للمهاجمين.',
'في المقابل، نفى الهفل، في تسجيل مصوّر نشره على مواقع التواصل، انسحاب مقاتليه من اللطوة، مؤكداً أن «المعركة مستمرة حتى طرد قسد من أرض العشائر».',
'وردّت «قسد» بقصف مدفعي استهدف مواقع لقوات النظام و«الحرس الثوري» الإيراني في مدينة الميادين وبلدة محكان، في حين قصفت قوات النظام بلدتي الشحيل والبصيرة بقذائف الهاون، وفق مصادر محلية.',
'وأحصى المرصد السوري لحقوق الإنسان مقتل 18 شخصاً، بينهم خمسة مدنيين، في حصيلة أولية للمواجهات التي استمرت نحو عشر ساعات.',
'وسيّرت مروحيات التحالف الدولي دوريات فوق بلدة ذيبان، بالتزامن مع وصول رتل للقوات الأميركية من نحو 20 آلية عسكرية إلى قاعدة حقل «كونيكو» للغاز، قادماً من قاعدة الشدادي جنوبي الحسكة، بحسب شبكة «دير الزور 24» المحلية.',
'وتعود جذور التوتر إلى آب 2023، حين اندلعت مواجهات بين «قسد» ومقاتلين من العشائر العربية إثر اعتقال القائد السابق لـ«مجلس دير الزور العسكري» أحمد الخبيل (أبو خولة)، وانتهت بسيطرة «قسد» على بلدات ذيبان والشحيل والبصيرة.',
'ويتمركز مقاتلو «قوات العشائر»، الذين يقدّر عددهم بنحو ألفي مقاتل، في القرى الواقعة غرب الفرات بين مدينتي الميادين والبوكمال، وهي مناطق خاضعة لسيطرة النظام تنتشر فيها أيضاً مجموعات تابعة لـ«الحرس الثوري».',
'ولم تعلّق وزارة الدفاع في حكومة النظام على الهجوم، في حين ذكرت وكالة «سانا» أن «أبناء العشائر» هاجموا مواقع «ميليشيا قسد» المدعومة من «الاحتلال الأميركي» في ريف دير الزور.',
]
D = '2024-08-08'   # Thursday; opposition channel, web copy of its own day
W = '2024-08-07'
TRB = 'OTHER:arab-tribes'
DMC = 'OTHER:deir-ez-zor-military-council'
IRM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:ريف دير الزور','LOCATION','deir-ez-zor-countryside'), ('L0:قوات العشائر','ACTOR',TRB), ('L0:الفرات','LOCATION','euphrates'),
 ('L1:قوات العشائر','ACTOR',TRB), ('L1:إبراهيم الهفل','PERSON','ibrahim-al-hafl'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:قسد','ACTOR','SDF'),
 ('L1:بلدات ذيبان','LOCATION','dhiban'), ('L1:الطيانة','LOCATION','al-tayyana'), ('L1:أبو حمام','LOCATION','abu-hamam'),
 ('L1:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L1:نهر الفرات','LOCATION','euphrates'), ('L1:تلفزيون سوريا','ORG','syria-tv'),
 ('L2:العشائر','ACTOR',TRB), ('L2:النهر','LOCATION','euphrates'), ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:قرية اللطوة','LOCATION','al-latwa'),
 ('L2:قسد','ACTOR','SDF'), ('L2:حقل العمر النفطي','LOCATION','al-omar-oil-field'), ('L2:ذيبان','LOCATION','dhiban'), ('L2:القرية','LOCATION','al-latwa'),
 ('L3:مجلس دير الزور العسكري','ACTOR',DMC), ('L3:قسد','ACTOR','SDF'), ('L3:سامر الأحمد','PERSON','samer-al-ahmad'), ('L3:تلفزيون سوريا','ORG','syria-tv'),
 ('L3:14','QUANTITY',None,(14,False,'killed')), ('L3:خمسة','QUANTITY',None,(5,False,'arrested')), ('L3:الميليشيات الإيرانية','ACTOR',IRM),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:المعابر النهرية','LOCATION','euphrates-crossings'),
 ('L4:الهفل','PERSON','ibrahim-al-hafl'), ('L4:اللطوة','LOCATION','al-latwa'), ('L4:قسد','ACTOR','SDF'),
 ('L5:قسد','ACTOR','SDF'), ('L5:لقوات النظام','ACTOR','SY_GOV'), ('L5:الحرس الثوري','ACTOR','IR'), ('L5:مدينة الميادين','LOCATION','al-mayadin'),
 ('L5:بلدة محكان','LOCATION','mahkan'), ('L5:قوات النظام#1','ACTOR','SY_GOV'), ('L5:بلدتي الشحيل','LOCATION','al-shuhayl'), ('L5:البصيرة','LOCATION','al-busayrah'),
 ('L5:قذائف الهاون','WEAPON','mortar-shells'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:18 شخصاً','QUANTITY',None,(18,False,'killed')), ('L6:خمسة مدنيين','QUANTITY',None,(5,False,'killed')),
 ('L6:نحو عشر ساعات','QUANTITY',None,(10,True,'other')),
 ('L7:مروحيات','WEAPON','helicopters'), ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:بلدة ذيبان','LOCATION','dhiban'), ('L7:لقوات الأميركية','ACTOR','US'),
 ('L7:نحو 20 آلية عسكرية','QUANTITY',None,(20,True,'vehicles')), ('L7:آلية عسكرية','WEAPON','military-vehicles'),
 ('L7:قاعدة حقل «كونيكو» للغاز','LOCATION','conoco-gas-field'), ('L7:قاعدة الشدادي','LOCATION','al-shaddadi-base'), ('L7:الحسكة','LOCATION','hasakah'),
 ('L7:دير الزور 24','ORG','deir-ez-zor-24'),
 ('L8:قسد#0','ACTOR','SDF'), ('L8:العشائر العربية','ACTOR',TRB), ('L8:مجلس دير الزور العسكري','ACTOR',DMC), ('L8:أحمد الخبيل','PERSON','ahmad-al-khubayl'),
 ('L8:أبو خولة','PERSON','ahmad-al-khubayl'), ('L8:قسد#1','ACTOR','SDF'), ('L8:بلدات ذيبان','LOCATION','dhiban'), ('L8:الشحيل','LOCATION','al-shuhayl'),
 ('L8:البصيرة','LOCATION','al-busayrah'),
 ('L9:قوات العشائر','ACTOR',TRB), ('L9:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')), ('L9:الفرات','LOCATION','euphrates'),
 ('L9:مدينتي الميادين','LOCATION','al-mayadin'), ('L9:البوكمال','LOCATION','albu-kamal'), ('L9:النظام','ACTOR','SY_GOV'), ('L9:الحرس الثوري','ACTOR','IR'),
 ('L10:وزارة الدفاع في حكومة النظام','ACTOR','SY_GOV'), ('L10:سانا','ORG','sana'), ('L10:أبناء العشائر','ACTOR',TRB), ('L10:قسد','ACTOR','SDF'),
 ('L10:الاحتلال الأميركي','ACTOR','US'), ('L10:ريف دير الزور','LOCATION','deir-ez-zor-countryside'),
]
times = [
 ('L1:فجر أمس الأربعاء', W, 'part-of-day', {'part': 'morning'}),
 ('L2:مساء الأربعاء', W, 'part-of-day', {'part': 'evening'}),
 ('L8:آب 2023', '2023-08', 'month'),
]
T = 'L1:فجر أمس الأربعاء'
EV = 'L2:مساء الأربعاء'
A23 = 'L8:آب 2023'
COR = 'مراسل تلفزيون سوريا'
AHM = 'سامر الأحمد (مجلس دير الزور العسكري)'
HFL = 'إبراهيم الهفل'
LOC = 'مصادر محلية'
events = [
 dict(type='ATTACK', trig='L1:هجوماً', time=T, actors=[TRB], targets=['SDF'], loc='L1:بلدات ذيبان', attr=COR),                   # 1
 dict(type='MOVEMENT', trig='L2:عبروا', time=T, actors=[TRB], loc='L2:النهر', attr=COR),                                            # 2
 dict(type='ATTACK', trig='L2:غطاء مدفعي', time=T, actors=['SY_GOV'], targets=['SDF'], attr=COR),                                     # 3
 dict(type='CONTROL', trig='L2:سيطروا', time=T, actors=[TRB], targets=['SDF'], loc='L2:قرية اللطوة', attr=COR),                      # 4
 dict(type='MOVEMENT', trig='L2:تدفع', time=T, actors=['SDF'], loc='L2:ذيبان', attr=COR),                                            # 5
 dict(type='CONTROL', trig='L2:تستعيد', time=EV, actors=['SDF'], targets=[TRB], loc='L2:القرية', attr=COR),                          # 6
 dict(type='STATEMENT', trig='L3:قال', actors=[DMC], attr=AHM),                                                                     # 7
 dict(type='ATTACK', trig='L3:أفشلوا', time=T, actors=[DMC], targets=[TRB], qty=['L3:14'], attr=AHM),                               # 8
 dict(type='ATTACK', trig='L3:الهجوم', time=T, actors=[TRB], targets=[DMC], attr=AHM),                                               # 9
 dict(type='ARREST', trig='L3:أسر', time=T, actors=[DMC], targets=[TRB], qty=['L3:خمسة'], attr=AHM),                                 # 10
 dict(type='WITHDRAWAL', trig='L4:انسحاب', mod='denied', actors=[TRB], loc='L4:اللطوة', attr=HFL),                                   # 11
 dict(type='ATTACK', trig='L4:المعركة', actors=[TRB], targets=['SDF'], attr=HFL),                                                    # 12
 dict(type='ATTACK', trig='L5:بقصف', actors=['SDF'], targets=['SY_GOV', 'IR'], loc='L5:مدينة الميادين', attr=LOC),                  # 13
 dict(type='ATTACK', trig='L5:قصفت', actors=['SY_GOV'], loc='L5:بلدتي الشحيل', weapons=['L5:قذائف الهاون'], attr=LOC),             # 14
 dict(type='ATTACK', trig='L6:مواجهات', time=T, actors=[TRB, 'SDF'], qty=['L6:18 شخصاً', 'L6:خمسة مدنيين', 'L6:نحو عشر ساعات'],
      attr='المرصد السوري لحقوق الإنسان'),                                                                                          # 15
 dict(type='TRAINING', trig='L7:دوريات', actors=['COALITION'], loc='L7:بلدة ذيبان', weapons=['L7:مروحيات'], attr='دير الزور 24'),   # 16
 dict(type='MOVEMENT', trig='L7:وصول', actors=['US'], loc='L7:قاعدة حقل «كونيكو» للغاز', weapons=['L7:آلية عسكرية'],
      qty=['L7:نحو 20 آلية عسكرية'], attr='دير الزور 24'),                                                                          # 17
 dict(type='ATTACK', trig='L8:مواجهات', time=A23, actors=['SDF', TRB]),                                                             # 18
 dict(type='ARREST', trig='L8:اعتقال', time=A23, actors=['SDF'], targets=[DMC]),                                                    # 19
 dict(type='CONTROL', trig='L8:سيطرة', time=A23, actors=['SDF'], targets=[TRB], loc='L8:بلدات ذيبان'),                            # 20
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=[TRB], loc='L9:مدينتي الميادين', qty=['L9:نحو ألفي مقاتل']),                      # 21
 dict(type='CONTROL', trig='L9:سيطرة', actors=['SY_GOV'], loc='L9:مدينتي الميادين'),                                              # 22
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['IR'], loc='L9:مدينتي الميادين'),                                                  # 23
 dict(type='ATTACK', trig='L10:هاجموا', actors=[TRB], targets=['SDF'], loc='L10:ريف دير الزور', attr='سانا'),                      # 24
]
WD = (W, 'part-of-day')
TD = (D, 'day')
A = ('2023-08', 'month')
V = 'القرى الواقعة غرب الفرات بين مدينتي الميادين والبوكمال'
forces = [
 dict(actor=TRB, loc=('بلدات ذيبان', 'dhiban'), as_of=WD, status='present', source=COR, line=1, events=[1]),
 dict(actor='SDF', loc=('بلدات ذيبان', 'dhiban'), as_of=WD, status='present', source=COR, line=1, events=[1]),
 dict(actor=TRB, loc=('الطيانة', 'al-tayyana'), as_of=WD, status='present', source=COR, line=1, events=[1]),
 dict(actor='SDF', loc=('الطيانة', 'al-tayyana'), as_of=WD, status='present', source=COR, line=1, events=[1]),
 dict(actor=TRB, loc=('أبو حمام', 'abu-hamam'), as_of=WD, status='present', source=COR, line=1, events=[1]),
 dict(actor='SDF', loc=('أبو حمام', 'abu-hamam'), as_of=WD, status='present', source=COR, line=1, events=[1]),
 dict(actor=TRB, loc=('قرية اللطوة', 'al-latwa'), as_of=WD, status='controls', source=COR, line=2, events=[4]),
 dict(actor='SDF', loc=('محيط ذيبان', 'dhiban'), as_of=WD, status='reinforced', source=COR, line=2, events=[5]),
 dict(actor='SDF', loc=('القرية', 'al-latwa'), as_of=WD, status='controls', source=COR, line=2, events=[6]),
 dict(actor='SY_GOV', assets='مواقع', loc=('مدينة الميادين', 'al-mayadin'), as_of=TD, status='attacked', source=LOC, line=5, events=[13]),
 dict(actor='IR', assets='مواقع', loc=('مدينة الميادين', 'al-mayadin'), as_of=TD, status='attacked', source=LOC, line=5, events=[13]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة محكان', 'mahkan'), as_of=TD, status='attacked', source=LOC, line=5, events=[13]),
 dict(actor='IR', assets='مواقع', loc=('بلدة محكان', 'mahkan'), as_of=TD, status='attacked', source=LOC, line=5, events=[13]),
 dict(actor='COALITION', assets='مروحيات', loc=('بلدة ذيبان', 'dhiban'), as_of=TD, status='present', source='دير الزور 24', line=7, events=[16]),
 dict(actor='US', strength=(20, True, 'vehicles'), loc=('قاعدة حقل «كونيكو» للغاز', 'conoco-gas-field'), as_of=TD, status='arrived',
      source='دير الزور 24', line=7, events=[17]),
 dict(actor='SDF', loc=('بلدات ذيبان', 'dhiban'), as_of=A, status='controls', line=8, events=[20]),
 dict(actor='SDF', loc=('الشحيل', 'al-shuhayl'), as_of=A, status='controls', line=8, events=[20]),
 dict(actor='SDF', loc=('البصيرة', 'al-busayrah'), as_of=A, status='controls', line=8, events=[20]),
 dict(actor=TRB, strength=(2000, True, 'fighters'), loc=(V, 'deir-ez-zor-west-euphrates'), as_of=TD, status='present', line=9, events=[21]),
 dict(actor='SY_GOV', loc=(V, 'deir-ez-zor-west-euphrates'), as_of=TD, status='controls', line=9, events=[22]),
 dict(actor='IR', loc=(V, 'deir-ez-zor-west-euphrates'), as_of=TD, status='present', line=9, events=[23]),
]
build('syriatv-dhiban-tribal-attack', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
