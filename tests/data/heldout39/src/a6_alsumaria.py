from build import build
L = [
'القوات الأمنية والحشد الشعبي يحررون السعدية والبيشمركة تستعيد جلولاء',
'السومرية نيوز/ ديالى',
'أعلنت قيادة عمليات دجلة، الأحد، تحرير ناحية السعدية شمال شرقي ديالى بالكامل من سيطرة تنظيم "داعش"، فيما أكدت قوات البيشمركة استعادة السيطرة على ناحية جلولاء المجاورة، بعد عملية عسكرية مشتركة انطلقت فجر أمس.',
'وقال قائد عمليات دجلة الفريق الركن عبد الأمير الزيدي، في حديث لـ السومرية نيوز، إن "القوات الأمنية وفصائل الحشد الشعبي اقتحمت السعدية من ثلاثة محاور، وتمكنت من قتل أكثر من 60 عنصراً من داعش وتفكيك 150 عبوة ناسفة".',
'وأضاف الزيدي أن "قطعات الجيش تسلمت الملف الأمني في الناحية، فيما تتولى فصائل الحشد مسك الطرق المؤدية إليها من جهة قرية قره تبه وبحيرة حمرين".',
'من جانبه، قال مسؤول محور جلولاء في قوات البيشمركة اللواء محمود سنكاوي لـ السومرية نيوز، إن "البيشمركة دخلت مركز جلولاء من محورين بعد معارك استمرت ست ساعات، فيما انسحب من تبقى من مسلحي داعش باتجاه قرى حوض حمرين".',
'وأشار سنكاوي إلى أن "طيران التحالف الدولي نفذ 12 غارة على مواقع التنظيم في جلولاء والسعدية خلال الساعات الـ24 الماضية"، مبيناً أن "أربعة من عناصر البيشمركة قتلوا وأصيب 17 آخرون بانفجار عبوات ناسفة زرعها التنظيم في الطرق".',
'إلى ذلك، أفاد مصدر في مجلس محافظة ديالى بأن منظمة بدر دفعت بنحو ألفي مقاتل إلى محيط السعدية منذ الخميس الماضي، استعداداً لعملية عسكرية في قرى حوض حمرين خلال الأيام المقبلة.',
'وكان تنظيم "داعش" قد سيطر على السعدية في حزيران الماضي عقب انسحاب القوات الحكومية منها إثر سقوط مدينة الموصل، فيما اجتاح جلولاء في آب الماضي بعد انسحاب البيشمركة منها.',
'ويكتسب تحرير الناحيتين أهمية كبيرة لقربهما من الطريق الرابط بين بغداد ومنفذ المنذرية الحدودي مع إيران، الذي يعد شرياناً رئيسياً لحركة البضائع والزوار.',
]
D = '2014-11-23'   # Sunday; web copy of its own day
SAT = '2014-11-22'
THU = '2014-11-20'
PMF = 'OTHER:pmf'
BADR = 'OTHER:badr'
PM = 'PESHMERGA'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:السعدية','LOCATION','saadiya'), ('L0:البيشمركة','ACTOR',PM),
 ('L0:جلولاء','LOCATION','jalawla'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:ديالى','LOCATION','diyala'),
 ('L2:قيادة عمليات دجلة','ACTOR','IQ_GOV'), ('L2:ناحية السعدية','LOCATION','saadiya'), ('L2:ديالى','LOCATION','diyala'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:قوات البيشمركة','ACTOR',PM), ('L2:ناحية جلولاء','LOCATION','jalawla'),
 ('L3:دجلة','LOCATION','dijla'), ('L3:عبد الأمير الزيدي','PERSON','abdul-amir-al-zaidi'), ('L3:السومرية نيوز','ORG','alsumaria'),
 ('L3:القوات الأمنية','ACTOR','IQ_GOV'), ('L3:فصائل الحشد الشعبي','ACTOR',PMF), ('L3:السعدية','LOCATION','saadiya'),
 ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:أكثر من 60 عنصراً','QUANTITY',None,(60,True,'killed')), ('L3:داعش','ACTOR','ISIS'),
 ('L3:150 عبوة ناسفة','QUANTITY',None,(150,False,'other')), ('L3:عبوة ناسفة','WEAPON','ieds'),
 ('L4:الزيدي','PERSON','abdul-amir-al-zaidi'), ('L4:قطعات الجيش','ACTOR','IQ_GOV'), ('L4:الناحية','LOCATION','saadiya'),
 ('L4:فصائل الحشد','ACTOR',PMF), ('L4:الطرق المؤدية إليها','LOCATION','saadiya-roads'), ('L4:قرية قره تبه','LOCATION','qara-tapa'),
 ('L4:بحيرة حمرين','LOCATION','lake-hamrin'),
 ('L5:جلولاء#0','LOCATION','jalawla'), ('L5:قوات البيشمركة','ACTOR',PM), ('L5:محمود سنكاوي','PERSON','mahmoud-sangawi'),
 ('L5:السومرية نيوز','ORG','alsumaria'), ('L5:البيشمركة#1','ACTOR',PM), ('L5:مركز جلولاء','LOCATION','jalawla'),
 ('L5:محورين','QUANTITY',None,(2,False,'other')), ('L5:ست ساعات','QUANTITY',None,(6,False,'other')), ('L5:داعش','ACTOR','ISIS'),
 ('L5:قرى حوض حمرين','LOCATION','hamrin-basin'),
 ('L6:سنكاوي','PERSON','mahmoud-sangawi'), ('L6:طيران التحالف الدولي','ACTOR','COALITION'), ('L6:12 غارة','QUANTITY',None,(12,False,'other')),
 ('L6:التنظيم#0','ACTOR','ISIS'), ('L6:جلولاء','LOCATION','jalawla'), ('L6:السعدية','LOCATION','saadiya'),
 ('L6:أربعة','QUANTITY',None,(4,False,'killed')), ('L6:البيشمركة','ACTOR',PM), ('L6:17','QUANTITY',None,(17,False,'wounded')),
 ('L6:عبوات ناسفة','WEAPON','ieds'), ('L6:التنظيم#1','ACTOR','ISIS'),
 ('L7:مجلس محافظة ديالى','ORG','diyala-provincial-council'), ('L7:منظمة بدر','ACTOR',BADR), ('L7:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')),
 ('L7:محيط السعدية','LOCATION','saadiya'), ('L7:قرى حوض حمرين','LOCATION','hamrin-basin'),
 ('L8:تنظيم "داعش"','ACTOR','ISIS'), ('L8:السعدية','LOCATION','saadiya'), ('L8:القوات الحكومية','ACTOR','IQ_GOV'),
 ('L8:مدينة الموصل','LOCATION','mosul'), ('L8:جلولاء','LOCATION','jalawla'), ('L8:البيشمركة','ACTOR',PM),
 ('L9:الناحيتين','LOCATION','jalawla-saadiya'), ('L9:الطريق','LOCATION','baghdad-mundhiriya-road'), ('L9:بغداد','LOCATION','baghdad'),
 ('L9:منفذ المنذرية الحدودي','LOCATION','mundhiriya-crossing'), ('L9:إيران','LOCATION','iran'),
]
times = [
 ('L2:الأحد', D, 'day'),
 ('L2:فجر أمس', SAT, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الساعات الـ24 الماضية', SAT + '/' + D, 'day'),
 ('L7:منذ الخميس الماضي', THU + '/' + D, 'day'),
 ('L7:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L8:حزيران الماضي', '2014-06', 'month'),
 ('L8:آب الماضي', '2014-08', 'month'),
]
T = 'L2:الأحد'
OP = 'L2:فجر أمس'
H24 = 'L6:خلال الساعات الـ24 الماضية'
DJ = 'قيادة عمليات دجلة'
ZA = 'عبد الأمير الزيدي'
SA = 'محمود سنكاوي'
DPC = 'مصدر في مجلس محافظة ديالى'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=DJ),
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:ناحية السعدية', attr=DJ),
 dict(type='CONTROL', trig='L2:استعادة السيطرة', time=T, actors=[PM], targets=['ISIS'], loc='L2:ناحية جلولاء', attr='قوات البيشمركة'),
 dict(type='OPERATION', trig='L2:عملية عسكرية', time=OP, actors=['IQ_GOV', PM], targets=['ISIS'], attr=DJ),
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=ZA),
 dict(type='ATTACK', trig='L3:اقتحمت', time=OP, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L3:السعدية', qty=['L3:ثلاثة محاور'], attr=ZA),
 dict(type='ATTACK', trig='L3:قتل', actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L3:السعدية', qty=['L3:أكثر من 60 عنصراً'], attr=ZA),
 dict(type='OPERATION', trig='L3:تفكيك', actors=['IQ_GOV', PMF], loc='L3:السعدية', weapons=['L3:عبوة ناسفة'], qty=['L3:150 عبوة ناسفة'], attr=ZA),
 dict(type='CONTROL', trig='L4:تسلمت الملف الأمني', time=T, actors=['IQ_GOV'], loc='L4:الناحية', attr=ZA),
 dict(type='CONTROL', trig='L4:مسك الطرق', time=T, actors=[PMF], loc='L4:الطرق المؤدية إليها', attr=ZA),
 dict(type='STATEMENT', trig='L5:قال', actors=[PM], attr=SA),
 dict(type='MOVEMENT', trig='L5:دخلت', time=T, actors=[PM], loc='L5:مركز جلولاء', qty=['L5:محورين'], attr=SA),
 dict(type='ATTACK', trig='L5:معارك', time=T, actors=[PM, 'ISIS'], loc='L5:مركز جلولاء', qty=['L5:ست ساعات'], attr=SA),
 dict(type='WITHDRAWAL', trig='L5:انسحب', time=T, actors=['ISIS'], loc='L5:مركز جلولاء', attr=SA),
 dict(type='ATTACK', trig='L6:غارة', time=H24, actors=['COALITION'], targets=['ISIS'], loc='L6:جلولاء', qty=['L6:12 غارة'], attr=SA),
 dict(type='ATTACK', trig='L6:بانفجار', actors=['ISIS'], targets=[PM], weapons=['L6:عبوات ناسفة'], qty=['L6:أربعة', 'L6:17'], attr=SA),
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:منذ الخميس الماضي', actors=[BADR], loc='L7:محيط السعدية', qty=['L7:نحو ألفي مقاتل'], attr=DPC),
 dict(type='OPERATION', trig='L7:لعملية عسكرية', mod='planned', time='L7:خلال الأيام المقبلة', actors=[BADR], targets=['ISIS'],
      loc='L7:قرى حوض حمرين', attr=DPC),
 dict(type='CONTROL', trig='L8:سيطر', time='L8:حزيران الماضي', actors=['ISIS'], loc='L8:السعدية'),
 dict(type='WITHDRAWAL', trig='L8:انسحاب#0', time='L8:حزيران الماضي', actors=['IQ_GOV'], loc='L8:السعدية'),
 dict(type='CONTROL', trig='L8:سقوط', time='L8:حزيران الماضي', actors=['ISIS'], targets=['IQ_GOV'], loc='L8:مدينة الموصل'),
 dict(type='CONTROL', trig='L8:اجتاح', time='L8:آب الماضي', actors=['ISIS'], targets=[PM], loc='L8:جلولاء'),
 dict(type='WITHDRAWAL', trig='L8:انسحاب#1', time='L8:آب الماضي', actors=[PM], loc='L8:جلولاء'),
 dict(type='CONTROL', trig='L9:تحرير', time=T, actors=['IQ_GOV', PMF, PM], targets=['ISIS'], loc='L9:الناحيتين'),
]
TD = (D, 'day')
SD = (SAT, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية السعدية', 'saadiya'), as_of=TD, status='controls', source=DJ, line=2, events=[2]),
 dict(actor=PM, loc=('ناحية جلولاء', 'jalawla'), as_of=TD, status='controls', source='قوات البيشمركة', line=2, events=[3]),
 dict(actor='IQ_GOV', loc=('السعدية', 'saadiya'), as_of=SD, status='present', source=ZA, line=3, events=[6]),
 dict(actor=PMF, loc=('السعدية', 'saadiya'), as_of=SD, status='present', source=ZA, line=3, events=[6]),
 dict(actor='ISIS', loc=('السعدية', 'saadiya'), as_of=SD, status='present', source=ZA, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('الناحية', 'saadiya'), as_of=TD, status='controls', source=ZA, line=4, events=[9]),
 dict(actor=PMF, loc=('الطرق المؤدية إليها', 'saadiya-roads'), as_of=TD, status='controls', source=ZA, line=4, events=[10]),
 dict(actor=PM, loc=('مركز جلولاء', 'jalawla'), as_of=TD, status='arrived', source=SA, line=5, events=[12]),
 dict(actor=PM, loc=('مركز جلولاء', 'jalawla'), as_of=TD, status='present', source=SA, line=5, events=[13]),
 dict(actor='ISIS', loc=('مركز جلولاء', 'jalawla'), as_of=TD, status='present', source=SA, line=5, events=[13]),
 dict(actor='ISIS', loc=('مركز جلولاء', 'jalawla'), as_of=TD, status='withdrawn', source=SA, line=5, events=[14]),
 dict(actor='ISIS', assets='مواقع', loc=('جلولاء', 'jalawla'), as_of=(SAT + '/' + D, 'day'), status='attacked', source=SA, line=6, events=[15]),
 dict(actor='ISIS', assets='مواقع', loc=('السعدية', 'saadiya'), as_of=(SAT + '/' + D, 'day'), status='attacked', source=SA, line=6, events=[15]),
 dict(actor=BADR, strength=(2000, True, 'fighters'), loc=('محيط السعدية', 'saadiya'), as_of=(THU + '/' + D, 'day'), status='reinforced',
      source=DPC, line=7, events=[17]),
 dict(actor='ISIS', loc=('السعدية', 'saadiya'), as_of=('2014-06', 'month'), status='controls', line=8, events=[19]),
 dict(actor='IQ_GOV', loc=('السعدية', 'saadiya'), as_of=('2014-06', 'month'), status='withdrawn', line=8, events=[20]),
 dict(actor='ISIS', loc=('مدينة الموصل', 'mosul'), as_of=('2014-06', 'month'), status='controls', line=8, events=[21]),
 dict(actor='ISIS', loc=('جلولاء', 'jalawla'), as_of=('2014-08', 'month'), status='controls', line=8, events=[22]),
 dict(actor=PM, loc=('جلولاء', 'jalawla'), as_of=('2014-08', 'month'), status='withdrawn', line=8, events=[23]),
]
build('alsumaria-jalawla-saadiya', None, 'السومرية نيوز', D, L, ents, times, events, forces)
