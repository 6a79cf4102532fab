from build import build
L = [
'القوات الأمنية تحرر عكاشات غربي الأنبار بعد ساعات من انطلاق عملياتها',
'السومرية نيوز/ الأنبار',
'أعلنت قيادة العمليات المشتركة، اليوم السبت، تحرير ناحية عكاشات ومنجم الفوسفات المجاور لها في الصحراء الغربية لمحافظة الأنبار بالكامل من سيطرة عصابات "داعش" الإرهابية، بعد ساعات من انطلاق عملية عسكرية فجر اليوم.',
'وقال المتحدث باسم القيادة العميد يحيى رسول في تصريح خاص بالسومرية نيوز، إن "قطعات الفرقة السابعة في الجيش وأفواجاً من الحشد العشائري اقتحمت الناحية من محورين، الأول من جهة الطريق الدولي والثاني من منطقة الكيلو 160، ورفعت العلم العراقي فوق مبنى مديرية الناحية".',
'وأضاف رسول أن "طيران الجيش والقوة الجوية العراقية وطيران التحالف الدولي أسندوا القطعات المتقدمة"، لافتاً إلى مقتل 27 عنصراً من التنظيم وتدمير ثلاث عجلات مفخخة وعدد من مواقعه.',
'من جهته، أفاد مصدر في مجلس محافظة الأنبار، السومرية نيوز، بأن "عناصر داعش انسحبوا من عكاشات باتجاه قضاء القائم قبل وصول القوات"، مؤكداً أن "الناحية كانت شبه خالية من السكان منذ سيطرة التنظيم عليها في حزيران 2014".',
'وتابع المصدر أن "قوة من حرس الحدود ستنتشر خلال الأيام المقبلة على الطريق الرابط بين عكاشات والحدود السورية، لمنع تسلل المسلحين من جديد".',
'في غضون ذلك، ذكر التحالف الدولي في بيان أن طائراته نفذت منذ الخميس الماضي تسع ضربات جوية قرب عكاشات، استهدفت مقرات قيادة ومعملاً لتفخيخ العجلات تابعة لـ"داعش".',
'ويعد تحرير عكاشات الخطوة الأولى في عمليات استعادة مناطق غرب الأنبار، إذ تستعد القوات العراقية لاقتحام أقضية عنه وراوة والقائم، آخر معاقل التنظيم في العراق.',
'وكانت القوات العراقية قد أكملت، نهاية الشهر الماضي، استعادة قضاء تلعفر غربي الموصل، فيما أعلن رئيس الوزراء حيدر العبادي في تموز الماضي تحرير مدينة الموصل بالكامل من "داعش".',
]
D = '2017-09-16'   # Saturday; Baghdad channel's news site, copy of its day
TRB = 'OTHER:iraqi-tribal-gunmen'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:عكاشات','LOCATION','akashat'), ('L0:الأنبار','LOCATION','anbar'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:الأنبار','LOCATION','anbar'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:ناحية عكاشات','LOCATION','akashat'), ('L2:منجم الفوسفات','LOCATION','akashat-phosphate-mine'),
 ('L2:الصحراء الغربية','LOCATION','western-desert'), ('L2:محافظة الأنبار','LOCATION','anbar'), ('L2:عصابات "داعش"','ACTOR','ISIS'),
 ('L3:القيادة','ACTOR','IQ_GOV'), ('L3:يحيى رسول','PERSON','yahya-rasool'), ('L3:السومرية نيوز','ORG','alsumaria'),
 ('L3:الفرقة السابعة','ACTOR','IQ_GOV'), ('L3:الحشد العشائري','ACTOR',TRB), ('L3:الناحية#0','LOCATION','akashat'),
 ('L3:محورين','QUANTITY',None,(2,False,'other')), ('L3:الطريق الدولي','LOCATION','international-highway'),
 ('L3:منطقة الكيلو 160','LOCATION','km-160'), ('L3:مبنى مديرية الناحية','LOCATION','akashat-directorate'),
 ('L4:رسول','PERSON','yahya-rasool'), ('L4:طيران الجيش','ACTOR','IQ_GOV'), ('L4:القوة الجوية العراقية','ACTOR','IQ_GOV'),
 ('L4:طيران التحالف الدولي','ACTOR','COALITION'), ('L4:القطعات','ACTOR','IQ_GOV'), ('L4:27 عنصراً','QUANTITY',None,(27,False,'killed')),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:ثلاث عجلات مفخخة','QUANTITY',None,(3,False,'vehicles')), ('L4:عجلات مفخخة','WEAPON','vbieds'),
 ('L5:مجلس محافظة الأنبار','ORG','anbar-provincial-council'), ('L5:السومرية نيوز','ORG','alsumaria'), ('L5:داعش','ACTOR','ISIS'),
 ('L5:عكاشات','LOCATION','akashat'), ('L5:قضاء القائم','LOCATION','al-qaim'), ('L5:القوات','ACTOR','IQ_GOV'), ('L5:الناحية','LOCATION','akashat'),
 ('L5:التنظيم','ACTOR','ISIS'),
 ('L6:حرس الحدود','ACTOR','IQ_GOV'), ('L6:الطريق','LOCATION','akashat-border-road'), ('L6:عكاشات','LOCATION','akashat'),
 ('L6:الحدود السورية','LOCATION','syrian-border'),
 ('L8:عكاشات','LOCATION','akashat'), ('L8:مناطق غرب الأنبار','LOCATION','west-anbar'), ('L8:القوات العراقية','ACTOR','IQ_GOV'),
 ('L8:أقضية عنه','LOCATION','anah'), ('L8:راوة','LOCATION','rawa'), ('L8:القائم','LOCATION','al-qaim'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:العراق#1','LOCATION','iraq'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:تسع ضربات جوية','QUANTITY',None,(9,False,'other')), ('L7:عكاشات','LOCATION','akashat'),
 ('L7:داعش','ACTOR','ISIS'),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:قضاء تلعفر','LOCATION','tal-afar'), ('L9:الموصل#0','LOCATION','mosul'),
 ('L9:حيدر العبادي','PERSON','haider-al-abadi'), ('L9:مدينة الموصل','LOCATION','mosul'), ('L9:داعش','ACTOR','ISIS'),
]
times = [
 ('L2:اليوم السبت', D, 'day'),
 ('L2:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:حزيران 2014', '2014-06', 'month'),
 ('L6:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L7:منذ الخميس الماضي', '2017-09-14/' + D, 'day'),
 ('L9:نهاية الشهر الماضي', '2017-08', 'month'),
 ('L9:تموز الماضي', '2017-07', 'month'),
]
T = 'L2:اليوم السبت'
JOC = 'قيادة العمليات المشتركة'
YR = 'يحيى رسول'
SRC = 'مصدر في مجلس محافظة الأنبار'
AB = 'حيدر العبادي'
CO = 'بيان التحالف الدولي'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=JOC),                                                       # 1
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:ناحية عكاشات', attr=JOC),                # 2
 dict(type='OPERATION', trig='L2:عملية', time='L2:فجر اليوم', actors=['IQ_GOV'], targets=['ISIS'], attr=JOC),                       # 3
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['IQ_GOV'], attr=YR),                                                           # 4
 dict(type='ATTACK', trig='L3:اقتحمت', time=T, actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L3:الناحية#0', qty=['L3:محورين'], attr=YR),  # 5
 dict(type='CONTROL', trig='L3:رفعت العلم', time=T, actors=['IQ_GOV', TRB], loc='L3:مبنى مديرية الناحية', attr=YR),                 # 6
 dict(type='ATTACK', trig='L4:أسندوا', time=T, actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], attr=YR),                          # 7
 dict(type='ATTACK', trig='L4:مقتل', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L4:27 عنصراً', 'L4:ثلاث عجلات مفخخة'], attr=YR),  # 8
 dict(type='WITHDRAWAL', trig='L5:انسحبوا', time=T, actors=['ISIS'], loc='L5:عكاشات', attr=SRC),                                      # 9
 dict(type='MOVEMENT', trig='L5:وصول', time=T, actors=['IQ_GOV'], loc='L5:عكاشات', attr=SRC),                                          # 10
 dict(type='CONTROL', trig='L5:سيطرة', time='L5:حزيران 2014', actors=['ISIS'], loc='L5:الناحية', attr=SRC),                           # 11
 dict(type='MOVEMENT', trig='L6:ستنتشر', mod='planned', time='L6:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L6:الطريق', attr=SRC),  # 12
 dict(type='STATEMENT', trig='L7:بيان', actors=['COALITION'], attr=CO),                                                              # 13
 dict(type='ATTACK', trig='L7:نفذت', time='L7:منذ الخميس الماضي', actors=['COALITION'], targets=['ISIS'], loc='L7:عكاشات',
      qty=['L7:تسع ضربات جوية'], attr=CO),                                                                                       # 14
 dict(type='CONTROL', trig='L8:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L8:عكاشات'),                                 # 15
 dict(type='OPERATION', trig='L8:عمليات', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:مناطق غرب الأنبار'),                           # 16
 dict(type='ATTACK', trig='L8:اقتحام', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:أقضية عنه'),                       # 17
 dict(type='CONTROL', trig='L9:استعادة', time='L9:نهاية الشهر الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:قضاء تلعفر'),     # 18
 dict(type='STATEMENT', trig='L9:أعلن', time='L9:تموز الماضي', actors=['IQ_GOV'], attr=AB),                                          # 19
 dict(type='CONTROL', trig='L9:تحرير', time='L9:تموز الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:مدينة الموصل', attr=AB),  # 20
]
TD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية عكاشات', 'akashat'), as_of=TD, status='controls', source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('منجم الفوسفات', 'akashat-phosphate-mine'), as_of=TD, status='controls', source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', assets='قطعات الفرقة السابعة', loc=('الناحية', 'akashat'), as_of=TD, status='present', source=YR, line=3, events=[5]),
 dict(actor=TRB, assets='أفواج', loc=('الناحية', 'akashat'), as_of=TD, status='present', source=YR, line=3, events=[5]),
 dict(actor='IQ_GOV', loc=('مبنى مديرية الناحية', 'akashat-directorate'), as_of=TD, status='controls', source=YR, line=3, events=[6]),
 dict(actor=TRB, loc=('مبنى مديرية الناحية', 'akashat-directorate'), as_of=TD, status='controls', source=YR, line=3, events=[6]),
 dict(actor='ISIS', loc=('عكاشات', 'akashat'), as_of=TD, status='withdrawn', source=SRC, line=5, events=[9]),
 dict(actor='IQ_GOV', loc=('عكاشات', 'akashat'), as_of=TD, status='arrived', source=SRC, line=5, events=[10]),
 dict(actor='ISIS', loc=('الناحية', 'akashat'), as_of=('2014-06', 'month'), status='controls', source=SRC, line=5, events=[11]),
 dict(actor='IQ_GOV', assets='قوة من حرس الحدود', loc=('الطريق', 'akashat-border-road'), as_of=(D + '/', 'vague'), status='planned', source=SRC,
      line=6, events=[12]),
 dict(actor='ISIS', loc=('عكاشات', 'akashat'), as_of=('2017-09-14/' + D, 'day'), status='attacked', source=CO, line=7, events=[14]),
 dict(actor='ISIS', loc=('أقضية عنه', 'anah'), as_of=TD, status='controls', line=8, events=[]),
 dict(actor='ISIS', loc=('راوة', 'rawa'), as_of=TD, status='controls', line=8, events=[]),
 dict(actor='ISIS', loc=('القائم', 'al-qaim'), as_of=TD, status='controls', line=8, events=[]),
 dict(actor='IQ_GOV', loc=('قضاء تلعفر', 'tal-afar'), as_of=('2017-08', 'month'), status='controls', line=9, events=[18]),
 dict(actor='IQ_GOV', loc=('مدينة الموصل', 'mosul'), as_of=('2017-07', 'month'), status='controls', source=AB, line=9, events=[20]),
]
build('alsumaria-akashat-liberation', None, 'السومرية نيوز', D, L, ents, times, events, forces)
