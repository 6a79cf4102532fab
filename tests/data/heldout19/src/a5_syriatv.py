from build import build
L = [
'«تحرير الشام» تدخل مدينة عفرين بعد انسحاب «الفيلق الثالث» نحو ريف اعزاز',
'دخلت أرتال عسكرية تابعة لـ«هيئة تحرير الشام»، اليوم الخميس، مدينة عفرين شمال غربي حلب، بعد انسحاب مقاتلي «الفيلق الثالث» في «الجيش الوطني السوري» منها إثر اشتباكات استمرت منذ فجر الثلاثاء، بحسب ما أفاد مراسل تلفزيون سوريا.',
'وأوضح المراسل أن «الهيئة» سيطرت قبل ذلك على ناحية جنديرس وعدد من القرى في ريف عفرين الجنوبي دون مقاومة تذكر، بمساندة من فرقتي «الحمزة» و«السلطان سليمان شاه» (العمشات)، اللتين دخلتا في مواجهة مع «الفيلق» يوم الإثنين.',
'وكانت الاشتباكات قد اندلعت عقب كشف «الفيلق الثالث» عن تورط عناصر من «فرقة الحمزة» في اغتيال الناشط محمد عبد اللطيف (أبو غنوم) وزوجته في مدينة الباب يوم الجمعة الماضي، فيما نفت «الحمزة» في بيان أي صلة لها بعملية الاغتيال.',
'في المقابل، قال المتحدث باسم «الفيلق الثالث» سراج الدين عمر لتلفزيون سوريا إن مقاتليه «أعادوا التموضع» في محيط بلدة كفرجنة لتجنيب المدنيين الاقتتال، متهماً «الهيئة» بـ«استغلال الخلاف لمد نفوذها إلى ريف حلب الشمالي».',
'ميدانياً، تدور اشتباكات متقطعة بين الطرفين على محور كفرجنة، وسط استقدام «الهيئة» تعزيزات من ريف إدلب عبر معبر الغزاوية الذي يربط ريف عفرين بمحافظة إدلب.',
'من جهتها، قالت وزارة الدفاع في «الحكومة السورية المؤقتة» إنها تتابع «بقلق» التطورات وتعمل على وقف الاقتتال، في حين أفادت مصادر محلية بأن دوريات للجيش التركي انتشرت في محيط مدينة اعزاز وعند مدخل بلدة كفرجنة من دون أن تتدخل في المعارك.',
'وقالت مصادر في «هيئة تحرير الشام» لتلفزيون سوريا إن الهيئة «لا تنوي البقاء عسكرياً في عفرين»، وإن قواتها ستنسحب بعد «ضبط الأمن» وتسليم المدينة لجهاز أمني مشترك.',
'وتعد هذه المرة الأولى التي تدخل فيها «تحرير الشام» إلى عفرين منذ سيطرة الجيش التركي وفصائل «الجيش الوطني» عليها في آذار 2018 ضمن عملية «غصن الزيتون» ضد «وحدات حماية الشعب» الكردية.',
'وأحصى المرصد السوري لحقوق الإنسان مقتل ما لا يقل عن 58 شخصاً، بينهم 11 مدنياً، في الاقتتال منذ يوم الإثنين، فيما أُغلقت المعابر بين مناطق «الجيش الوطني» ومناطق سيطرة «الهيئة» في إدلب قبل أن يعاد فتحها مساء اليوم.',
]
D = '2022-10-13'   # Thursday; web copy of its day
TL = 'OTHER:third-legion'
HAM = 'OTHER:hamza-division'
SSD = 'OTHER:sultan-suleiman-shah'
ents = [
 ('L0:تحرير الشام','ACTOR','NUSRA'), ('L0:مدينة عفرين','LOCATION','afrin'), ('L0:الفيلق الثالث','ACTOR',TL), ('L0:ريف اعزاز','LOCATION','azaz-countryside'),
 ('L1:هيئة تحرير الشام','ACTOR','NUSRA'), ('L1:مدينة عفرين','LOCATION','afrin'), ('L1:حلب','LOCATION','aleppo'), ('L1:الفيلق الثالث','ACTOR',TL),
 ('L1:الجيش الوطني السوري','ACTOR','FSA'), ('L1:تلفزيون سوريا','ORG','syria-tv'),
 ('L2:الهيئة','ACTOR','NUSRA'), ('L2:ناحية جنديرس','LOCATION','jindires'), ('L2:ريف عفرين الجنوبي','LOCATION','afrin-south-countryside'),
 ('L2:فرقتي «الحمزة»','ACTOR',HAM), ('L2:السلطان سليمان شاه','ACTOR',SSD), ('L2:العمشات','ACTOR',SSD), ('L2:الفيلق','ACTOR',TL),
 ('L3:الفيلق الثالث','ACTOR',TL), ('L3:فرقة الحمزة','ACTOR',HAM), ('L3:محمد عبد اللطيف','PERSON','mohammed-abdul-latif'),
 ('L3:أبو غنوم','PERSON','mohammed-abdul-latif'), ('L3:مدينة الباب','LOCATION','al-bab'), ('L3:الحمزة#1','ACTOR',HAM),
 ('L4:الفيلق الثالث','ACTOR',TL), ('L4:سراج الدين عمر','PERSON','siraj-al-din-omar'), ('L4:تلفزيون سوريا','ORG','syria-tv'),
 ('L4:بلدة كفرجنة','LOCATION','kafr-jannah'), ('L4:الهيئة','ACTOR','NUSRA'), ('L4:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L5:كفرجنة','LOCATION','kafr-jannah'), ('L5:الهيئة','ACTOR','NUSRA'), ('L5:ريف إدلب','LOCATION','idlib-countryside'),
 ('L5:معبر الغزاوية','LOCATION','ghazawiyah-crossing'), ('L5:ريف عفرين','LOCATION','afrin-countryside'), ('L5:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L6:وزارة الدفاع في «الحكومة السورية المؤقتة»','ACTOR','FSA'), ('L6:لجيش التركي','ACTOR','TR'), ('L6:مدينة اعزاز','LOCATION','azaz'),
 ('L6:بلدة كفرجنة','LOCATION','kafr-jannah'),
 ('L7:هيئة تحرير الشام','ACTOR','NUSRA'), ('L7:تلفزيون سوريا','ORG','syria-tv'), ('L7:الهيئة','ACTOR','NUSRA'), ('L7:عفرين','LOCATION','afrin'),
 ('L7:المدينة','LOCATION','afrin'),
 ('L8:تحرير الشام','ACTOR','NUSRA'), ('L8:عفرين','LOCATION','afrin'), ('L8:الجيش التركي','ACTOR','TR'), ('L8:فصائل «الجيش الوطني»','ACTOR','FSA'),
 ('L8:وحدات حماية الشعب','ACTOR','YPG'),
 ('L9:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L9:ما لا يقل عن 58 شخصاً','QUANTITY',None,(58,True,'killed')),
 ('L9:11 مدنياً','QUANTITY',None,(11,False,'killed')), ('L9:الجيش الوطني','ACTOR','FSA'), ('L9:الهيئة','ACTOR','NUSRA'), ('L9:إدلب','LOCATION','idlib'),
]
times = [
 ('L1:اليوم الخميس', D, 'day'),
 ('L1:منذ فجر الثلاثاء', '2022-10-11/' + D, 'day'),
 ('L2:يوم الإثنين', '2022-10-10', 'day'),
 ('L3:يوم الجمعة الماضي', '2022-10-07', 'day'),
 ('L8:آذار 2018', '2018-03', 'month'),
 ('L9:منذ يوم الإثنين', '2022-10-10/' + D, 'day'),
 ('L9:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
]
T = 'L1:اليوم الخميس'
S = 'L1:منذ فجر الثلاثاء'
COR = 'مراسل تلفزيون سوريا'
OMAR = 'سراج الدين عمر'
LOC = 'مصادر محلية'
M18 = 'L8:آذار 2018'
events = [
 dict(type='MOVEMENT', trig='L1:دخلت', time=T, actors=['NUSRA'], loc='L1:مدينة عفرين', attr=COR),                         # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=T, actors=[TL], loc='L1:مدينة عفرين', attr=COR),                          # 2
 dict(type='ATTACK', trig='L1:اشتباكات', time=S, actors=['NUSRA', TL], attr=COR),                                        # 3
 dict(type='CONTROL', trig='L2:سيطرت', actors=['NUSRA'], targets=[TL], loc='L2:ناحية جنديرس', attr=COR),                   # 4
 dict(type='ATTACK', trig='L2:مواجهة', time='L2:يوم الإثنين', actors=[HAM, SSD, TL], attr=COR),                             # 5
 dict(type='ATTACK', trig='L3:الاشتباكات', time='L2:يوم الإثنين', actors=[TL, HAM]),                                        # 6
 dict(type='ATTACK', trig='L3:اغتيال#0', time='L3:يوم الجمعة الماضي', actors=[HAM], loc='L3:مدينة الباب', attr='الفيلق الثالث'),  # 7
 dict(type='STATEMENT', trig='L3:بيان', actors=[HAM], attr='الحمزة'),                                                     # 8
 dict(type='ATTACK', trig='L3:عملية الاغتيال', mod='denied', time='L3:يوم الجمعة الماضي', actors=[HAM], attr='الحمزة'),        # 9
 dict(type='STATEMENT', trig='L4:قال', actors=[TL], attr=OMAR),                                                          # 10
 dict(type='MOVEMENT', trig='L4:أعادوا التموضع', actors=[TL], loc='L4:بلدة كفرجنة', attr=OMAR),                             # 11
 dict(type='ATTACK', trig='L5:اشتباكات', actors=['NUSRA', TL], loc='L5:كفرجنة'),                                           # 12
 dict(type='MOVEMENT', trig='L5:استقدام', actors=['NUSRA'], loc='L5:معبر الغزاوية'),                                        # 13
 dict(type='STATEMENT', trig='L6:قالت', actors=['FSA'], attr='وزارة الدفاع في الحكومة السورية المؤقتة'),                      # 14
 dict(type='AGREEMENT', trig='L6:وقف الاقتتال', mod='planned', actors=['FSA'], attr='وزارة الدفاع في الحكومة السورية المؤقتة'),  # 15
 dict(type='MOVEMENT', trig='L6:انتشرت', actors=['TR'], loc='L6:مدينة اعزاز', attr=LOC),                                    # 16
 dict(type='ATTACK', trig='L6:المعارك', actors=['NUSRA', TL], attr=LOC),                                                  # 17
 dict(type='WITHDRAWAL', trig='L7:ستنسحب', mod='planned', actors=['NUSRA'], loc='L7:عفرين', attr='مصادر في هيئة تحرير الشام'),  # 18
 dict(type='MOVEMENT', trig='L8:تدخل', time=T, actors=['NUSRA'], loc='L8:عفرين'),                                          # 19
 dict(type='CONTROL', trig='L8:سيطرة', time=M18, actors=['TR', 'FSA'], targets=['YPG'], loc='L8:عفرين'),                   # 20
 dict(type='OPERATION', trig='L8:عملية', time=M18, actors=['TR', 'FSA'], targets=['YPG']),                                  # 21
 dict(type='ATTACK', trig='L9:الاقتتال', time='L9:منذ يوم الإثنين', actors=[TL, HAM, SSD, 'NUSRA'], qty=['L9:ما لا يقل عن 58 شخصاً', 'L9:11 مدنياً'],
      attr='المرصد السوري لحقوق الإنسان'),                                                                                    # 22
 dict(type='CONTROL', trig='L9:سيطرة', actors=['NUSRA'], loc='L9:إدلب'),                               # 23
]
TD = (D, 'day')
M = ('2018-03', 'month')
forces = [
 dict(actor='NUSRA', loc=('مدينة عفرين', 'afrin'), as_of=TD, status='arrived', source=COR, line=1, events=[1]),
 dict(actor=TL, loc=('مدينة عفرين', 'afrin'), as_of=TD, status='withdrawn', source=COR, line=1, events=[2]),
 dict(actor='NUSRA', loc=('ناحية جنديرس', 'jindires'), as_of=(None, 'vague'), status='controls', source=COR, line=2, events=[4]),
 dict(actor=TL, loc=('بلدة كفرجنة', 'kafr-jannah'), as_of=TD, status='present', source=OMAR, line=4, events=[11]),
 dict(actor='NUSRA', loc=('كفرجنة', 'kafr-jannah'), as_of=TD, status='present', line=5, events=[12]),
 dict(actor=TL, loc=('كفرجنة', 'kafr-jannah'), as_of=TD, status='present', line=5, events=[12]),
 dict(actor='TR', loc=('مدينة اعزاز', 'azaz'), as_of=TD, status='present', source=LOC, line=6, events=[16]),
 dict(actor='TR', loc=('بلدة كفرجنة', 'kafr-jannah'), as_of=TD, status='present', source=LOC, line=6, events=[16]),
 dict(actor='TR', loc=('عفرين', 'afrin'), as_of=M, status='controls', line=8, events=[20]),
 dict(actor='FSA', loc=('عفرين', 'afrin'), as_of=M, status='controls', line=8, events=[20]),
 dict(actor='NUSRA', loc=('إدلب', 'idlib'), as_of=TD, status='controls', line=9, events=[23]),
]
build('syriatv-afrin-hts', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
