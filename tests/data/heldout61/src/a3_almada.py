from build import build
L = [
'القوات العراقية تستعيد القيارة.. و"داعش" يضرم النار في آبار النفط قبل فراره',
'بغداد/ المدى',
'أعلنت قيادة العمليات المشتركة، أمس الأول الخميس، استعادة ناحية القيارة جنوبي الموصل بالكامل من قبضة تنظيم "داعش"، بعد عملية عسكرية استمرت ثلاثة أيام شاركت فيها قطعات الفرقة الخامسة عشرة وجهاز مكافحة الإرهاب والشرطة الاتحادية.',
'وقال الناطق باسم القيادة العميد يحيى رسول لـ"المدى"، إن "القطعات دخلت مركز الناحية من محورين، وحررت المجمع الحكومي ومركز الشرطة ورفعت العلم العراقي فوقهما"، مؤكداً مقتل أكثر من 70 إرهابياً خلال المعارك.',
'وأضاف رسول أن عناصر التنظيم أضرموا النيران في ما لا يقل عن 15 بئراً نفطية في حقل القيارة قبل انسحابهم شمالاً باتجاه قرى الشورة وحمام العليل، ما تسبب بسحب دخان كثيفة تغطي سماء الناحية.',
'من جانبه، أوضح مصدر في قيادة عمليات نينوى لـ"المدى"، أن فرق الدفاع المدني ووزارة النفط تعمل منذ أمس الجمعة على إخماد الحرائق، في حين باشرت الفرق الهندسية تفكيك مئات العبوات الناسفة التي زرعها التنظيم في الشوارع والمنازل.',
'وبيّن المصدر أن نحو 3 آلاف مدني ما زالوا داخل الناحية، فيما تمكنت نحو 400 عائلة من النزوح إلى مخيم ديبكة في قضاء مخمور عبر ممرات آمنة فتحتها القوات.',
'ولفت إلى أن طائرات التحالف الدولي شنت 12 غارة على مواقع التنظيم في القيارة ومحيطها خلال أيام العملية، أسفرت عن تدمير ثلاث عجلات مفخخة ومخزن للعتاد.',
'وتقع القيارة على الضفة الغربية لنهر دجلة على بعد نحو 60 كيلومتراً جنوب الموصل، وتبعد نحو 15 كيلومتراً عن قاعدة القيارة الجوية التي استعادتها القوات الأمنية في التاسع من تموز الماضي.',
'وكان رئيس الوزراء حيدر العبادي قد عدّ، في كلمة متلفزة مساء الخميس، تحرير القيارة "خطوة مهمة على طريق الموصل"، متعهداً باستعادة المدينة خلال العام الحالي.',
'في المقابل، نفت وزارة البيشمركة ما تناقلته مواقع إلكترونية عن انسحاب قواتها من جبهة مخمور، مؤكدة أن نحو 4 آلاف مقاتل يتمركزون هناك استعداداً لمعركة الموصل.',
]
D = '2016-08-27'   # Saturday; print daily, "أمس" is Friday and "أمس الأول" Thursday
THU = '2016-08-25'
FRI = '2016-08-26'
PM = 'PESHMERGA'
ents = [
 ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:القيارة','LOCATION','qayyarah'), ('L0:داعش','ACTOR','ISIS'), ('L0:آبار النفط','LOCATION','qayyarah-oil-wells'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المدى','ORG','almada'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:ناحية القيارة','LOCATION','qayyarah'), ('L2:الموصل','LOCATION','mosul'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L2:الفرقة الخامسة عشرة','ACTOR','IQ_GOV'),
 ('L2:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L3:القيادة','ACTOR','IQ_GOV'), ('L3:يحيى رسول','PERSON','yahya-rasool'), ('L3:المدى','ORG','almada'), ('L3:القطعات','ACTOR','IQ_GOV'),
 ('L3:مركز الناحية','LOCATION','qayyarah'), ('L3:محورين','QUANTITY',None,(2,False,'other')), ('L3:المجمع الحكومي','LOCATION','qayyarah-government-complex'),
 ('L3:مركز الشرطة','LOCATION','qayyarah-police-station'), ('L3:أكثر من 70 إرهابياً','QUANTITY',None,(70,True,'killed')),
 ('L4:رسول','PERSON','yahya-rasool'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:ما لا يقل عن 15 بئراً نفطية','QUANTITY',None,(15,True,'other')),
 ('L4:حقل القيارة','LOCATION','qayyarah-oilfield'), ('L4:قرى الشورة','LOCATION','al-shura'), ('L4:حمام العليل','LOCATION','hammam-al-alil'),
 ('L4:الناحية','LOCATION','qayyarah'),
 ('L5:قيادة عمليات نينوى','ACTOR','IQ_GOV'), ('L5:المدى','ORG','almada'), ('L5:فرق الدفاع المدني','ORG','iraq-civil-defence'),
 ('L5:وزارة النفط','ORG','iraq-oil-ministry'), ('L5:الفرق الهندسية','ACTOR','IQ_GOV'),
 ('L5:مئات العبوات الناسفة','QUANTITY',None,([100, 999],True,'other')), ('L5:العبوات الناسفة','WEAPON','ieds'), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:الشوارع والمنازل','LOCATION','qayyarah-streets'),
 ('L6:نحو 3 آلاف مدني','QUANTITY',None,(3000,True,'people')), ('L6:الناحية','LOCATION','qayyarah'), ('L6:نحو 400 عائلة','QUANTITY',None,(400,True,'people')),
 ('L6:مخيم ديبكة','LOCATION','debaga-camp'), ('L6:قضاء مخمور','LOCATION','makhmour'), ('L6:القوات','ACTOR','IQ_GOV'),
 ('L7:طائرات','WEAPON','warplanes'), ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:12 غارة','QUANTITY',None,(12,False,'other')),
 ('L7:التنظيم','ACTOR','ISIS'), ('L7:القيارة','LOCATION','qayyarah'), ('L7:ثلاث عجلات مفخخة','QUANTITY',None,(3,False,'vehicles')),
 ('L7:عجلات مفخخة','WEAPON','car-bombs'),
 ('L8:القيارة#0','LOCATION','qayyarah'), ('L8:نهر دجلة','LOCATION','tigris'), ('L8:نحو 60 كيلومتراً','QUANTITY',None,(60,True,'km')),
 ('L8:الموصل','LOCATION','mosul'), ('L8:نحو 15 كيلومتراً','QUANTITY',None,(15,True,'km')), ('L8:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'),
 ('L8:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L9:حيدر العبادي','PERSON','haider-al-abadi'), ('L9:القيارة','LOCATION','qayyarah'), ('L9:الموصل','LOCATION','mosul'), ('L9:المدينة','LOCATION','mosul'),
 ('L10:وزارة البيشمركة','ACTOR',PM), ('L10:جبهة مخمور','LOCATION','makhmour-front'), ('L10:نحو 4 آلاف مقاتل','QUANTITY',None,(4000,True,'fighters')),
 ('L10:الموصل','LOCATION','mosul'),
]
times = [
 ('L2:أمس الأول الخميس', THU, 'day'),
 ('L5:منذ أمس الجمعة', f'{FRI}/{D}', 'day'),
 ('L8:التاسع من تموز الماضي', '2016-07-09', 'day'),
 ('L9:مساء الخميس', THU, 'part-of-day', {'part': 'evening'}),
 ('L9:خلال العام الحالي', '2016', 'year'),
]
T = 'L2:أمس الأول الخميس'
JOC = 'قيادة العمليات المشتركة'
R = 'يحيى رسول (المدى)'
SRC = 'مصدر في قيادة عمليات نينوى (المدى)'
A = 'حيدر العبادي'
MOP = 'وزارة البيشمركة'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=JOC),                                                       # 1
 dict(type='CONTROL', trig='L2:استعادة', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:ناحية القيارة', attr=JOC),                # 2
 dict(type='OPERATION', trig='L2:عملية عسكرية', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L2:ثلاثة أيام'], attr=JOC),          # 3
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=R),                                                                   # 4
 dict(type='MOVEMENT', trig='L3:دخلت', time=T, actors=['IQ_GOV'], loc='L3:مركز الناحية', qty=['L3:محورين'], attr=R),                   # 5
 dict(type='CONTROL', trig='L3:حررت', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L3:المجمع الحكومي', attr=R),                   # 6
 dict(type='CONTROL', trig='L3:رفعت العلم', time=T, actors=['IQ_GOV'], loc='L3:المجمع الحكومي', attr=R),                              # 7
 dict(type='ATTACK', trig='L3:مقتل', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L3:أكثر من 70 إرهابياً'], attr=R),             # 8
 dict(type='ATTACK', trig='L4:أضرموا', time=T, actors=['ISIS'], loc='L4:حقل القيارة', qty=['L4:ما لا يقل عن 15 بئراً نفطية'], attr='يحيى رسول'),  # 9
 dict(type='WITHDRAWAL', trig='L4:انسحابهم', time=T, actors=['ISIS'], attr='يحيى رسول'),                                               # 10
 dict(type='OPERATION', trig='L5:تفكيك', actors=['IQ_GOV'], loc='L5:الشوارع والمنازل', qty=['L5:مئات العبوات الناسفة'], attr=SRC),     # 11
 dict(type='ATTACK', trig='L7:غارة', actors=['COALITION'], targets=['ISIS'], loc='L7:القيارة', weapons=['L7:طائرات'], qty=['L7:12 غارة'],
      attr='مصدر في قيادة عمليات نينوى'),                                                                                           # 12
 dict(type='CONTROL', trig='L8:استعادتها', time='L8:التاسع من تموز الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:قاعدة القيارة الجوية'),  # 13
 dict(type='CONTROL', trig='L9:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L9:القيارة', attr=A),                         # 14
 dict(type='CONTROL', trig='L9:باستعادة', mod='planned', time='L9:خلال العام الحالي', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:المدينة', attr=A),  # 15
 dict(type='WITHDRAWAL', trig='L10:انسحاب', mod='denied', actors=[PM], loc='L10:جبهة مخمور', attr=MOP),                               # 16
 dict(type='MOVEMENT', trig='L10:يتمركزون', actors=[PM], loc='L10:جبهة مخمور', qty=['L10:نحو 4 آلاف مقاتل'], attr=MOP),                # 17
 dict(type='OPERATION', trig='L10:لمعركة', mod='planned', targets=['ISIS'], loc='L10:الموصل', attr=MOP),                               # 18
]
TD = (THU, 'day')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية القيارة', 'qayyarah'), as_of=TD, status='controls', source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('مركز الناحية', 'qayyarah'), as_of=TD, status='arrived', source=R, line=3, events=[5]),
 dict(actor='IQ_GOV', loc=('المجمع الحكومي', 'qayyarah-government-complex'), as_of=TD, status='controls', source=R, line=3, events=[6, 7]),
 dict(actor='IQ_GOV', loc=('مركز الشرطة', 'qayyarah-police-station'), as_of=TD, status='controls', source=R, line=3, events=[6, 7]),
 dict(actor='ISIS', loc=('حقل القيارة', 'qayyarah-oilfield'), as_of=TD, status='withdrawn', source='يحيى رسول', line=4, events=[10]),
 dict(actor='ISIS', assets='مواقع التنظيم', loc=('القيارة', 'qayyarah'), as_of=('2016-08-23/2016-08-25', 'day'), status='attacked',
      source='مصدر في قيادة عمليات نينوى', line=7, events=[12]),
 dict(actor='IQ_GOV', loc=('قاعدة القيارة الجوية', 'qayyarah-airbase'), as_of=('2016-07-09', 'day'), status='controls', line=8, events=[13]),
 dict(actor=PM, strength=(4000, True, 'fighters'), loc=('جبهة مخمور', 'makhmour-front'), as_of=(D, 'day'), status='present', source=MOP,
      line=10, events=[17]),
]
build('almada-qayyarah-oil-wells', None, 'المدى', D, L, ents, times, events, forces)
