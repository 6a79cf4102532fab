from build import build
L = [
'العمليات المشتركة تعلن استشهاد آمرين في حرس الحدود بقصف لطائرة مسيّرة تركية في سيدكان',
'بغداد – العراقية نيوز',
'أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، استشهاد آمر اللواء الثاني في قوات حرس الحدود وآمر أحد أفواجه وسائق عجلتهما، بقصف نفذته طائرة مسيّرة تركية على عجلة عسكرية في ناحية سيدكان التابعة لقضاء سوران بمحافظة أربيل.',
'وقالت القيادة في بيان تلقته العراقية نيوز إن "الطائرة استهدفت العجلة ظهر اليوم خلال جولة تفقدية للآمرين على مخافر الشريط الحدودي"، واصفةً القصف بأنه "اعتداء سافر على السيادة العراقية".',
'من جانبه، قال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن القائد العام "وجّه بإلغاء زيارة وزير الدفاع التركي خلوصي أكار إلى بغداد، التي كانت مقررة يوم الخميس المقبل".',
'كما استدعت وزارة الخارجية السفير التركي في بغداد فاتح يلدز للمرة الثالثة منذ حزيران الماضي، وسلمته مذكرة احتجاج "شديدة اللهجة"، مطالبةً بانسحاب القوات التركية من الأراضي العراقية "بشكل فوري".',
'وأفاد مصدر أمني للعراقية نيوز بأن قيادة قوات الحدود دفعت مساء اليوم بفوج إضافي يضم نحو 400 مقاتل إلى ناحية سيدكان، لتعزيز المخافر المنتشرة على الحدود مع تركيا وإيران.',
'وتنشر تركيا نحو 5 آلاف جندي في أكثر من 30 قاعدة ونقطة عسكرية داخل إقليم كردستان، أبرزها قاعدة بعشيقة شمال شرقي الموصل، وفق تقديرات أمنية عراقية.',
'وكانت أنقرة قد أطلقت في منتصف حزيران الماضي عمليتي "مخلب النسر" و"مخلب النمر" ضد مسلحي حزب العمال الكردستاني في مناطق حفتانين وسيدكان، شملت غارات جوية وإنزالاً برياً لقوات خاصة تركية.',
'في المقابل، قالت وزارة الدفاع التركية إن قواتها "حيّدت" ثلاثة من عناصر حزب العمال في منطقة حفتانين خلال الساعات الـ24 الماضية، من دون أن تشير إلى قصف سيدكان.',
'ودانت حكومة إقليم كردستان القصف، داعيةً حزب العمال الكردستاني إلى إخراج مسلحيه من المناطق الحدودية "لتجنيب الإقليم تبعات الصراع".',
]
D = '2020-08-11'   # Tuesday; Iraqi state broadcaster's news site, web copy of its own day
KRG = 'OTHER:krg'
ents = [
 ('L0:العمليات المشتركة','ACTOR','IQ_GOV'), ('L0:آمرين','QUANTITY',None,(2,False,'killed')), ('L0:حرس الحدود','ACTOR','IQ_GOV'),
 ('L0:طائرة مسيّرة تركية','WEAPON','drone'), ('L0:سيدكان','LOCATION','sidakan'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:العراقية نيوز','ORG','aliraqiya-news'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:قوات حرس الحدود','ACTOR','IQ_GOV'), ('L2:طائرة مسيّرة تركية','WEAPON','drone'),
 ('L2:عجلة عسكرية','WEAPON','military-vehicle'), ('L2:ناحية سيدكان','LOCATION','sidakan'), ('L2:قضاء سوران','LOCATION','soran'),
 ('L2:محافظة أربيل','LOCATION','erbil-governorate'),
 ('L3:القيادة','ACTOR','IQ_GOV'), ('L3:العراقية نيوز','ORG','aliraqiya-news'), ('L3:الطائرة','WEAPON','drone'), ('L3:العجلة','WEAPON','military-vehicle'),
 ('L3:الشريط الحدودي','LOCATION','iraq-turkey-border'),
 ('L4:لقوات المسلحة','ACTOR','IQ_GOV'), ('L4:يحيى رسول','PERSON','yahya-rasool'), ('L4:خلوصي أكار','PERSON','hulusi-akar'), ('L4:بغداد','LOCATION','baghdad'),
 ('L5:وزارة الخارجية','ACTOR','IQ_GOV'), ('L5:بغداد','LOCATION','baghdad'), ('L5:فاتح يلدز','PERSON','fatih-yildiz'),
 ('L5:القوات التركية','ACTOR','TR'), ('L5:الأراضي العراقية','LOCATION','iraq'),
 ('L6:لعراقية نيوز','ORG','aliraqiya-news'), ('L6:قيادة قوات الحدود','ACTOR','IQ_GOV'), ('L6:نحو 400 مقاتل','QUANTITY',None,(400,True,'troops')),
 ('L6:ناحية سيدكان','LOCATION','sidakan'), ('L6:الحدود#1','LOCATION','iraq-turkey-iran-border'), ('L6:تركيا','LOCATION','turkey'), ('L6:إيران','LOCATION','iran'),
 ('L7:تركيا','ACTOR','TR'), ('L7:نحو 5 آلاف جندي','QUANTITY',None,(5000,True,'troops')), ('L7:أكثر من 30 قاعدة','QUANTITY',None,(30,True,'other')),
 ('L7:إقليم كردستان','LOCATION','kurdistan-region'), ('L7:قاعدة بعشيقة','LOCATION','bashiqa-base'), ('L7:الموصل','LOCATION','mosul'),
 ('L8:أنقرة','ACTOR','TR'), ('L8:حزب العمال الكردستاني','ACTOR','PKK'), ('L8:مناطق حفتانين','LOCATION','haftanin'), ('L8:سيدكان','LOCATION','sidakan'),
 ('L8:قوات خاصة تركية','ACTOR','TR'),
 ('L9:وزارة الدفاع التركية','ACTOR','TR'), ('L9:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L9:حزب العمال','ACTOR','PKK'),
 ('L9:منطقة حفتانين','LOCATION','haftanin'), ('L9:سيدكان','LOCATION','sidakan'),
 ('L10:حكومة إقليم كردستان','ACTOR',KRG), ('L10:حزب العمال الكردستاني','ACTOR','PKK'), ('L10:المناطق الحدودية','LOCATION','kurdistan-border-areas'),
 ('L10:الإقليم','LOCATION','kurdistan-region'),
]
times = [
 ('L2:اليوم الثلاثاء', D, 'day'),
 ('L3:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L4:يوم الخميس المقبل', '2020-08-13', 'day'),
 ('L5:منذ حزيران الماضي', '2020-06/2020-08', 'month'),
 ('L6:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L8:منتصف حزيران الماضي', '2020-06', 'month'),
 ('L9:خلال الساعات الـ24 الماضية', '2020-08-10/' + D, 'day'),
]
T = 'L2:اليوم الثلاثاء'
N = 'L3:ظهر اليوم'
JOC = 'قيادة العمليات المشتركة'
YR = 'يحيى رسول'
MFA = 'وزارة الخارجية'
SEC = 'مصدر أمني (العراقية نيوز)'
EST = 'تقديرات أمنية عراقية'
TMOD = 'وزارة الدفاع التركية'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=JOC),                                                        # 1
 dict(type='ATTACK', trig='L2:قصف', time=N, actors=['TR'], targets=['IQ_GOV'], loc='L2:ناحية سيدكان', weapons=['L2:طائرة مسيّرة تركية'], attr=JOC),  # 2
 dict(type='STATEMENT', trig='L3:قالت', actors=['IQ_GOV'], attr=JOC),                                                                 # 3
 dict(type='ATTACK', trig='L3:استهدفت', time=N, actors=['TR'], targets=['IQ_GOV'], weapons=['L3:الطائرة'], attr=JOC),                 # 4
 dict(type='ATTACK', trig='L3:القصف', time=N, actors=['TR'], targets=['IQ_GOV'], attr=JOC),                                           # 5
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=YR),                                                                   # 6
 dict(type='WITHDRAWAL', trig='L5:انسحاب', mod='planned', actors=['TR'], loc='L5:الأراضي العراقية', attr=MFA),                       # 7
 dict(type='MOVEMENT', trig='L6:دفعت', time='L6:مساء اليوم', actors=['IQ_GOV'], loc='L6:ناحية سيدكان', qty=['L6:نحو 400 مقاتل'], attr=SEC),  # 8
 dict(type='MOVEMENT', trig='L7:تنشر', actors=['TR'], loc='L7:إقليم كردستان', qty=['L7:نحو 5 آلاف جندي', 'L7:أكثر من 30 قاعدة'], attr=EST),  # 9
 dict(type='OPERATION', trig='L8:عمليتي', time='L8:منتصف حزيران الماضي', actors=['TR'], targets=['PKK'], loc='L8:مناطق حفتانين'),     # 10
 dict(type='ATTACK', trig='L8:غارات جوية', time='L8:منتصف حزيران الماضي', actors=['TR'], targets=['PKK'], loc='L8:مناطق حفتانين'),    # 11
 dict(type='MOVEMENT', trig='L8:إنزالاً برياً', time='L8:منتصف حزيران الماضي', actors=['TR'], loc='L8:مناطق حفتانين'),                # 12
 dict(type='STATEMENT', trig='L9:قالت', actors=['TR'], attr=TMOD),                                                                    # 13
 dict(type='ATTACK', trig='L9:حيّدت', time='L9:خلال الساعات الـ24 الماضية', actors=['TR'], targets=['PKK'], loc='L9:منطقة حفتانين',
      qty=['L9:ثلاثة'], attr=TMOD),                                                                                                   # 14
 dict(type='ATTACK', trig='L10:القصف', time=N, actors=['TR'], targets=['IQ_GOV']),                                                    # 15
 dict(type='WITHDRAWAL', trig='L10:إخراج', mod='planned', actors=['PKK'], loc='L10:المناطق الحدودية', attr='حكومة إقليم كردستان'),   # 16
]
NP = (D, 'part-of-day')
OD = (D, 'day')
JN = ('2020-06', 'month')
forces = [
 dict(actor='IQ_GOV', assets='عجلة عسكرية تقل آمر اللواء الثاني لحرس الحدود وآمر فوج', loc=('ناحية سيدكان', 'sidakan'), as_of=NP,
      status='attacked', source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', strength=(400, True, 'troops'), assets='فوج إضافي من حرس الحدود', loc=('ناحية سيدكان', 'sidakan'), as_of=NP,
      status='reinforced', source=SEC, line=6, events=[8]),
 dict(actor='IQ_GOV', assets='مخافر', loc=('الحدود', 'iraq-turkey-iran-border'), as_of=OD, status='present', source=SEC, line=6),
 dict(actor='TR', strength=(5000, True, 'troops'), assets='أكثر من 30 قاعدة ونقطة عسكرية', loc=('إقليم كردستان', 'kurdistan-region'),
      as_of=OD, status='present', source=EST, line=7, events=[9]),
 dict(actor='TR', assets='قاعدة', loc=('قاعدة بعشيقة', 'bashiqa-base'), as_of=OD, status='present', source=EST, line=7, events=[9]),
 dict(actor='TR', assets='قوات خاصة', loc=('مناطق حفتانين', 'haftanin'), as_of=JN, status='present', line=8, events=[10, 12]),
 dict(actor='TR', loc=('سيدكان', 'sidakan'), as_of=JN, status='present', line=8, events=[10]),
 dict(actor='PKK', loc=('مناطق حفتانين', 'haftanin'), as_of=JN, status='attacked', line=8, events=[11]),
 dict(actor='PKK', loc=('سيدكان', 'sidakan'), as_of=JN, status='attacked', line=8, events=[11]),
 dict(actor='PKK', loc=('منطقة حفتانين', 'haftanin'), as_of=('2020-08-10/' + D, 'day'), status='attacked', source=TMOD, line=9, events=[14]),
]
build('iraqiya-sidakan-drone', None, 'العراقية نيوز', D, L, ents, times, events, forces)
