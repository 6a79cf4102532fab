from build import build
L = [
'القوات الأمنية تحرر قلعة تلعفر.. وفلول "داعش" تفر نحو العياضية',
'بغداد/المسلة: أعلن قائد عمليات "قادمون يا تلعفر" الفريق الركن عبد الأمير رشيد يار الله، اليوم الأحد، تحرير حي الكفاح الشمالي وقلعة تلعفر التاريخية في قضاء تلعفر غرب الموصل، ورفع العلم العراقي فوق مبانيها، بعد معارك ضارية مع عصابات داعش الإرهابية.',
'وقال يار الله في بيان تلقت "المسلة" نسخة منه إن قطعات الفرقة المدرعة التاسعة وجهاز مكافحة الإرهاب والشرطة الاتحادية وفصائل الحشد الشعبي تواصل تقدمها من أربعة محاور نحو حي الخضراء، فيما فرّ مئات الإرهابيين باتجاه ناحية العياضية شمال القضاء.',
'وأضاف أن القوات المشتركة قتلت أكثر من 200 من عناصر التنظيم منذ انطلاق العمليات فجر الأحد الماضي، ودمرت 45 عجلة مفخخة و17 مضافة، فيما سقط عدد من الشهداء والجرحى في صفوف القطعات من دون أن يحدد عددهم.',
'وأكد المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول أن طيران التحالف الدولي والقوة الجوية العراقية وطيران الجيش نفذت منذ انطلاق المعركة عشرات الضربات الجوية على مواقع داعش وخطوط إمداده داخل القضاء، مبيناً أن "ساعة الخلاص اقتربت" لأهالي تلعفر.',
'من جانبه، قال نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس إن قوات الحشد تطوق القرى المحيطة بتلعفر من الجهة الغربية لقطع طرق هروب الدواعش نحو الحدود السورية، مؤكداً أن فصائل الحشد ستشارك في تحرير الحويجة والقائم وراوة بعد حسم معركة تلعفر.',
'وفي الأنبار، أفاد مصدر أمني لـ"المسلة" بأن طيران التحالف الدولي قصف، مساء أمس السبت، تجمعاً لعناصر داعش قرب قضاء راوة، ما أسفر عن مقتل 14 إرهابياً بينهم قيادي بارز يحمل الجنسية الشيشانية، تزامناً مع وصول تعزيزات من الجيش العراقي إلى قاعدة عين الأسد الجوية استعداداً لعملية تحرير القائم.',
'يشار إلى أن رئيس الوزراء حيدر العبادي كان قد أعلن فجر العشرين من آب الجاري انطلاق عمليات تحرير تلعفر، آخر معاقل داعش في محافظة نينوى، بعد أكثر من شهر على إعلانه تحرير الموصل في العاشر من تموز الماضي.',
]
D = '2017-08-27'   # Sunday; an Iraqi news site, web copy of its own day
PMF = 'OTHER:pmf'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:قلعة تلعفر','LOCATION','tal-afar-citadel'), ('L0:داعش','ACTOR','ISIS'), ('L0:العياضية','LOCATION','al-ayadiya'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المسلة','ORG','almasalla'), ('L1:عبد الأمير رشيد يار الله','PERSON','abdul-amir-yarallah'),
 ('L1:حي الكفاح الشمالي','LOCATION','al-kifah-north'), ('L1:قلعة تلعفر التاريخية','LOCATION','tal-afar-citadel'), ('L1:قضاء تلعفر','LOCATION','tal-afar'),
 ('L1:الموصل','LOCATION','mosul'), ('L1:داعش','ACTOR','ISIS'),
 ('L2:المسلة','ORG','almasalla'), ('L2:الفرقة المدرعة التاسعة','ACTOR','IQ_GOV'), ('L2:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L2:الحشد الشعبي','ACTOR',PMF), ('L2:أربعة محاور','QUANTITY',None,(4,False,'other')),
 ('L2:حي الخضراء','LOCATION','al-khadra'), ('L2:مئات الإرهابيين','QUANTITY',None,([100,999],True,'fighters')),
 ('L2:ناحية العياضية','LOCATION','al-ayadiya'), ('L2:القضاء','LOCATION','tal-afar'),
 ('L3:القوات المشتركة','ACTOR','IQ_GOV'), ('L3:أكثر من 200','QUANTITY',None,(200,True,'killed')), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:45 عجلة مفخخة','QUANTITY',None,(45,False,'vehicles')), ('L3:عجلة مفخخة','WEAPON','vbieds'), ('L3:17 مضافة','QUANTITY',None,(17,False,'other')),
 ('L4:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:يحيى رسول','PERSON','yahya-rasool'), ('L4:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L4:القوة الجوية العراقية','ACTOR','IQ_GOV'), ('L4:طيران الجيش','ACTOR','IQ_GOV'), ('L4:عشرات الضربات الجوية','QUANTITY',None,([24,99],True,'other')),
 ('L4:داعش','ACTOR','ISIS'), ('L4:القضاء','LOCATION','tal-afar'), ('L4:تلعفر','LOCATION','tal-afar'),
 ('L5:هيئة الحشد الشعبي','ACTOR',PMF), ('L5:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'), ('L5:قوات الحشد','ACTOR',PMF),
 ('L5:القرى المحيطة بتلعفر','LOCATION','tal-afar-villages'), ('L5:الدواعش','ACTOR','ISIS'), ('L5:الحدود السورية','LOCATION','iraq-syria-border'),
 ('L5:الحشد#2','ACTOR',PMF), ('L5:الحويجة','LOCATION','hawija'), ('L5:القائم','LOCATION','al-qaim'), ('L5:راوة','LOCATION','rawa'),
 ('L5:تلعفر#1','LOCATION','tal-afar'),
 ('L6:الأنبار','LOCATION','anbar'), ('L6:المسلة','ORG','almasalla'), ('L6:طيران التحالف الدولي','ACTOR','COALITION'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:قضاء راوة','LOCATION','rawa'), ('L6:14 إرهابياً','QUANTITY',None,(14,False,'killed')), ('L6:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L6:قاعدة عين الأسد الجوية','LOCATION','ain-al-asad'), ('L6:القائم','LOCATION','al-qaim'),
 ('L7:حيدر العبادي','PERSON','haider-al-abadi'), ('L7:تلعفر','LOCATION','tal-afar'), ('L7:داعش','ACTOR','ISIS'), ('L7:محافظة نينوى','LOCATION','nineveh'),
 ('L7:الموصل','LOCATION','mosul'),
]
times = [
 ('L1:اليوم الأحد', D, 'day'),
 ('L3:فجر الأحد الماضي', '2017-08-20', 'part-of-day', {'part':'morning'}),
 ('L6:مساء أمس السبت', '2017-08-26', 'part-of-day', {'part':'evening'}),
 ('L7:فجر العشرين من آب الجاري', '2017-08-20', 'part-of-day', {'part':'morning'}),
 ('L7:العاشر من تموز الماضي', '2017-07-10', 'day'),
]
YAR = 'عبد الأمير رشيد يار الله'
RAS = 'يحيى رسول'
MUH = 'أبو مهدي المهندس'
SEC = 'مصدر أمني (المسلة)'
ABA = 'حيدر العبادي'
START = 'L3:فجر الأحد الماضي'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time='L1:اليوم الأحد', actors=['IQ_GOV'], attr=YAR),                                        # 1
 dict(type='CONTROL', trig='L1:تحرير', time='L1:اليوم الأحد', actors=['IQ_GOV'], targets=['ISIS'], loc='L1:حي الكفاح الشمالي', attr=YAR),  # 2
 dict(type='ATTACK', trig='L1:معارك', actors=['IQ_GOV','ISIS'], loc='L1:قضاء تلعفر', attr=YAR),                                     # 3
 dict(type='STATEMENT', trig='L2:قال', actors=['IQ_GOV'], attr=YAR),                                                                # 4
 dict(type='MOVEMENT', trig='L2:تقدمها', actors=['IQ_GOV',PMF], attr=YAR, qty=['L2:أربعة محاور']),                                   # 5
 dict(type='WITHDRAWAL', trig='L2:فرّ', actors=['ISIS'], attr=YAR, qty=['L2:مئات الإرهابيين']),                                     # 6
 dict(type='ATTACK', trig='L3:قتلت', actors=['IQ_GOV'], targets=['ISIS'], attr=YAR, qty=['L3:أكثر من 200']),                         # 7
 dict(type='OPERATION', trig='L3:العمليات', time=START, actors=['IQ_GOV'], attr=YAR),                                              # 8
 dict(type='ATTACK', trig='L3:ودمرت', actors=['IQ_GOV'], targets=['ISIS'], attr=YAR, qty=['L3:45 عجلة مفخخة','L3:17 مضافة']),       # 9
 dict(type='STATEMENT', trig='L4:وأكد', actors=['IQ_GOV'], attr=RAS),                                                               # 10
 dict(type='OPERATION', trig='L4:المعركة', time=START, attr=RAS),                                                                  # 11
 dict(type='ATTACK', trig='L4:الضربات', actors=['COALITION','IQ_GOV'], targets=['ISIS'], loc='L4:القضاء', attr=RAS,
      qty=['L4:عشرات الضربات الجوية']),                                                                                                 # 12
 dict(type='STATEMENT', trig='L5:قال', actors=[PMF], attr=MUH),                                                                     # 13
 dict(type='OPERATION', trig='L5:تطوق', actors=[PMF], targets=['ISIS'], loc='L5:القرى المحيطة بتلعفر', attr=MUH),                   # 14
 dict(type='CONTROL', trig='L5:تحرير', mod='planned', actors=[PMF], loc='L5:الحويجة', attr=MUH),                                    # 15
 dict(type='OPERATION', trig='L5:معركة', time=START, loc='L5:تلعفر#1', attr=MUH),                                                   # 16
 dict(type='ATTACK', trig='L6:قصف', time='L6:مساء أمس السبت', actors=['COALITION'], targets=['ISIS'], loc='L6:قضاء راوة', attr=SEC,
      qty=['L6:14 إرهابياً']),                                                                                                          # 17
 dict(type='MOVEMENT', trig='L6:وصول', time='L6:مساء أمس السبت', actors=['IQ_GOV'], loc='L6:قاعدة عين الأسد الجوية', attr=SEC),    # 18
 dict(type='OPERATION', trig='L6:لعملية', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L6:القائم', attr=SEC),           # 19
 dict(type='STATEMENT', trig='L7:أعلن', time='L7:فجر العشرين من آب الجاري', actors=['IQ_GOV'], attr=ABA),                          # 20
 dict(type='OPERATION', trig='L7:عمليات', time='L7:فجر العشرين من آب الجاري', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:تلعفر', attr=ABA),  # 21
 dict(type='CONTROL', trig='L7:تحرير#1', time='L7:العاشر من تموز الماضي', actors=['IQ_GOV'], loc='L7:الموصل'),                     # 22
]
OD = (D, 'day')
SAT = ('2017-08-26', 'part-of-day')
A20 = ('2017-08-20', 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('حي الكفاح الشمالي','al-kifah-north'), as_of=OD, status='controls', source=YAR, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('قلعة تلعفر التاريخية','tal-afar-citadel'), as_of=OD, status='controls', source=YAR, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('قضاء تلعفر','tal-afar'), as_of=OD, status='present', source=YAR, line=1, events=[3]),
 dict(actor='ISIS', loc=('قضاء تلعفر','tal-afar'), as_of=OD, status='present', source=YAR, line=1, events=[3]),
 dict(actor='ISIS', assets='مواقع وخطوط إمداد', loc=('القضاء','tal-afar'), as_of=OD, status='attacked', source=RAS, line=4, events=[12]),
 dict(actor=PMF, loc=('القرى المحيطة بتلعفر','tal-afar-villages'), as_of=OD, status='present', source=MUH, line=5, events=[14]),
 dict(actor='ISIS', assets='تجمع', loc=('قضاء راوة','rawa'), as_of=SAT, status='attacked', source=SEC, line=6, events=[17]),
 dict(actor='IQ_GOV', assets='تعزيزات', loc=('قاعدة عين الأسد الجوية','ain-al-asad'), as_of=SAT, status='reinforced', source=SEC, line=6, events=[18]),
 dict(actor='IQ_GOV', loc=('تلعفر','tal-afar'), as_of=A20, status='present', source=ABA, line=7, events=[21]),
 dict(actor='ISIS', loc=('تلعفر','tal-afar'), as_of=A20, status='controls', source=ABA, line=7, events=[]),
 dict(actor='IQ_GOV', loc=('الموصل','mosul'), as_of=('2017-07-10', 'day'), status='controls', line=7, events=[22]),
]
build('almasalla-tal-afar', None, 'المسلة', D, L, ents, times, events, forces)
