from build import build
L = [
'"قسد" تعلن السيطرة على الملعب والمستشفى الوطني في الرقة',
'الرقة ــ العربي الجديد',
'أعلنت "قوات سورية الديمقراطية" (قسد)، أمس الثلاثاء، سيطرتها الكاملة على الملعب البلدي والمستشفى الوطني، آخر معقلين لتنظيم "داعش" في مدينة الرقة، بعد حملة عسكرية بدأت في السادس من يونيو/ حزيران الماضي بدعم من التحالف الدولي بقيادة الولايات المتحدة.',
'وقال المتحدث الرسمي باسم حملة "غضب الفرات" طلال سلو، لـ"العربي الجديد"، إن "العمليات العسكرية في الرقة انتهت"، مضيفاً أن عناصر "قسد" يمشطون الأحياء الشمالية بحثاً عن ألغام وعناصر متوارين، وأن إعلان تحرير المدينة رسمياً سيصدر "خلال أيام".',
'وكان قرابة 275 من عناصر التنظيم المحليين وعائلاتهم قد غادروا الرقة، يوم الأحد الماضي، في حافلات ضمن اتفاق رعاه وجهاء من العشائر ومجلس الرقة المدني، فيما بقي المقاتلون الأجانب يقاتلون حتى الساعات الأخيرة.',
'وبحسب المرصد السوري لحقوق الإنسان، فإن ما لا يقل عن 3250 شخصاً قتلوا في المدينة منذ بدء الهجوم، بينهم 1130 مدنياً، في حين دمرت الغارات والقصف نحو 80 في المئة من أبنيتها.',
'وأوضح مصدر في "قسد"، لـ"العربي الجديد"، أن مقاتلين عرباً من "قوات النخبة" التابعة لـ"تيار الغد السوري" ومن أبناء عشائر المنطقة شاركوا في اقتحام الملعب، إلى جانب نحو 400 مقاتل من "لواء ثوار الرقة"، فيما تمركزت وحدات من "قوات حماية المرأة" عند دوار النعيم وسط المدينة.',
'وفي السياق، قال المتحدث باسم التحالف الدولي، العقيد ريان ديلون، إن طائرات التحالف نفذت أكثر من 4450 غارة على مواقع التنظيم في الرقة ومحيطها منذ مطلع يونيو/ حزيران الماضي، مشيراً إلى أن نحو 100 عنصر من "داعش" ما زالوا متحصنين في جيوب صغيرة داخل المدينة.',
'ومن المقرر أن تنتشر قوات الأمن الداخلي "الأسايش" في أحياء المدينة خلال الأيام المقبلة، تمهيداً لتسليم إدارتها إلى مجلس الرقة المدني، بحسب بيان أصدره المجلس مساء أمس.',
'وكان تنظيم "داعش" قد سيطر على الرقة مطلع عام 2014، واتخذ منها عاصمة لـ"دولة الخلافة" التي أعلنها في حزيران/ يونيو من العام ذاته.',
]
D = '2017-10-18'
Y = '2017-10-17'
TR = 'OTHER:arab-tribes'
ELITE = 'OTHER:elite-forces'
LTR = 'OTHER:liwa-thuwar-al-raqqa'
ASY = 'OTHER:asayish'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:الملعب','LOCATION','raqqa-stadium'), ('L0:المستشفى الوطني','LOCATION','raqqa-national-hospital'), ('L0:الرقة','LOCATION','raqqa'),
 ('L1:الرقة','LOCATION','raqqa'), ('L1:العربي الجديد','ORG','alaraby'),
 ('L2:قوات سورية الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:الملعب البلدي','LOCATION','raqqa-stadium'),
 ('L2:المستشفى الوطني','LOCATION','raqqa-national-hospital'), ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:مدينة الرقة','LOCATION','raqqa'),
 ('L2:التحالف الدولي','ACTOR','COALITION'), ('L2:الولايات المتحدة','ACTOR','US'),
 ('L3:طلال سلو','PERSON','talal-silo'), ('L3:العربي الجديد','ORG','alaraby'), ('L3:الرقة','LOCATION','raqqa'), ('L3:قسد','ACTOR','SDF'),
 ('L3:الأحياء الشمالية','LOCATION','raqqa-north-neighbourhoods'), ('L3:ألغام','WEAPON','mines'), ('L3:المدينة','LOCATION','raqqa'),
 ('L4:قرابة 275','QUANTITY',None,(275,True,'fighters')), ('L4:التنظيم','ACTOR','ISIS'), ('L4:الرقة#0','LOCATION','raqqa'),
 ('L4:وجهاء من العشائر','ACTOR',TR), ('L4:مجلس الرقة المدني','ORG','raqqa-civil-council'), ('L4:المقاتلون الأجانب','ACTOR','ISIS'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:ما لا يقل عن 3250 شخصاً','QUANTITY',None,(3250,True,'killed')),
 ('L5:المدينة','LOCATION','raqqa'), ('L5:1130 مدنياً','QUANTITY',None,(1130,False,'killed')), ('L5:نحو 80 في المئة','QUANTITY',None,(80,True,'other')),
 ('L6:قسد','ACTOR','SDF'), ('L6:العربي الجديد','ORG','alaraby'), ('L6:قوات النخبة','ACTOR',ELITE), ('L6:تيار الغد السوري','ORG','syrian-tomorrow-movement'),
 ('L6:أبناء عشائر المنطقة','ACTOR',TR), ('L6:الملعب','LOCATION','raqqa-stadium'), ('L6:نحو 400 مقاتل','QUANTITY',None,(400,True,'fighters')),
 ('L6:لواء ثوار الرقة','ACTOR',LTR), ('L6:قوات حماية المرأة','ACTOR','YPG'), ('L6:دوار النعيم','LOCATION','naim-roundabout'), ('L6:المدينة','LOCATION','raqqa'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:ريان ديلون','PERSON','ryan-dillon'), ('L7:طائرات','WEAPON','warplanes'), ('L7:التحالف#1','ACTOR','COALITION'),
 ('L7:أكثر من 4450 غارة','QUANTITY',None,(4450,True,'other')), ('L7:التنظيم','ACTOR','ISIS'), ('L7:الرقة','LOCATION','raqqa'),
 ('L7:نحو 100 عنصر','QUANTITY',None,(100,True,'fighters')), ('L7:داعش','ACTOR','ISIS'), ('L7:المدينة','LOCATION','raqqa'),
 ('L8:قوات الأمن الداخلي "الأسايش"','ACTOR',ASY), ('L8:أحياء المدينة','LOCATION','raqqa-neighbourhoods'), ('L8:مجلس الرقة المدني','ORG','raqqa-civil-council'),
 ('L8:المجلس','ORG','raqqa-civil-council'),
 ('L9:تنظيم "داعش"','ACTOR','ISIS'), ('L9:الرقة','LOCATION','raqqa'), ('L9:دولة الخلافة','ACTOR','ISIS'),
]
times = [
 ('L2:أمس الثلاثاء', Y, 'day'),
 ('L2:السادس من يونيو/ حزيران الماضي', '2017-06-06', 'day'),
 ('L3:خلال أيام', D+'/', 'vague', {'relation':'after'}),
 ('L4:يوم الأحد الماضي', '2017-10-15', 'day'),
 ('L7:منذ مطلع يونيو/ حزيران الماضي', '2017-06/2017-10', 'month'),
 ('L8:خلال الأيام المقبلة', D+'/', 'vague', {'relation':'after'}),
 ('L8:مساء أمس', Y, 'part-of-day', {'part':'evening'}),
 ('L9:مطلع عام 2014', '2014', 'year'),
 ('L9:حزيران/ يونيو من العام ذاته', '2014-06', 'month'),
]
SDFA = 'قوات سورية الديمقراطية (قسد)'
SILO = 'طلال سلو (العربي الجديد)'
SRC = 'مصدر في قسد (العربي الجديد)'
DIL = 'ريان ديلون'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:أمس الثلاثاء', actors=['SDF'], attr=SDFA),
 dict(type='CONTROL', trig='L2:سيطرتها', time='L2:أمس الثلاثاء', actors=['SDF'], targets=['ISIS'], loc='L2:الملعب البلدي', attr=SDFA),
 dict(type='OPERATION', trig='L2:حملة عسكرية', time='L2:السادس من يونيو/ حزيران الماضي', actors=['SDF','COALITION'], targets=['ISIS'], loc='L2:مدينة الرقة'),
 dict(type='STATEMENT', trig='L3:قال', actors=['SDF'], attr=SILO),
 dict(type='OPERATION', trig='L3:العمليات العسكرية', actors=['SDF'], targets=['ISIS'], loc='L3:الرقة', attr=SILO),
 dict(type='OPERATION', trig='L3:يمشطون', actors=['SDF'], loc='L3:الأحياء الشمالية', attr=SILO, weapons=[]),
 dict(type='STATEMENT', trig='L3:إعلان', mod='planned', time='L3:خلال أيام', actors=['SDF'], loc='L3:المدينة', attr=SILO),
 dict(type='WITHDRAWAL', trig='L4:غادروا', time='L4:يوم الأحد الماضي', actors=['ISIS'], loc='L4:الرقة#0', qty=['L4:قرابة 275']),
 dict(type='AGREEMENT', trig='L4:اتفاق', time='L4:يوم الأحد الماضي', actors=['ISIS', TR]),
 dict(type='ATTACK', trig='L4:يقاتلون', actors=['ISIS']),
 dict(type='ATTACK', trig='L5:قتلوا', loc='L5:المدينة', attr='المرصد السوري لحقوق الإنسان', qty=['L5:ما لا يقل عن 3250 شخصاً','L5:1130 مدنياً']),
 dict(type='ATTACK', trig='L5:الغارات والقصف', loc='L5:المدينة', attr='المرصد السوري لحقوق الإنسان', qty=['L5:نحو 80 في المئة']),
 dict(type='ATTACK', trig='L6:اقتحام', time='L2:أمس الثلاثاء', actors=[ELITE, TR, LTR], targets=['ISIS'], loc='L6:الملعب', attr=SRC, qty=['L6:نحو 400 مقاتل']),
 dict(type='MOVEMENT', trig='L6:تمركزت', actors=['YPG'], loc='L6:دوار النعيم', attr=SRC),
 dict(type='STATEMENT', trig='L7:قال', actors=['COALITION'], attr=DIL),
 dict(type='ATTACK', trig='L7:غارة', time='L7:منذ مطلع يونيو/ حزيران الماضي', actors=['COALITION'], targets=['ISIS'], loc='L7:الرقة', attr=DIL,
      weapons=['L7:طائرات'], qty=['L7:أكثر من 4450 غارة']),
 dict(type='MOVEMENT', trig='L8:تنتشر', mod='planned', time='L8:خلال الأيام المقبلة', actors=[ASY], loc='L8:أحياء المدينة', attr='مجلس الرقة المدني'),
 dict(type='CONTROL', trig='L9:سيطر', time='L9:مطلع عام 2014', actors=['ISIS'], loc='L9:الرقة'),
 dict(type='STATEMENT', trig='L9:أعلنها', time='L9:حزيران/ يونيو من العام ذاته', actors=['ISIS']),
]
forces = [
 dict(actor='SDF', loc=('الملعب البلدي','raqqa-stadium'), as_of=(Y,'day'), status='controls', source=SDFA, line=2, events=[2]),
 dict(actor='SDF', loc=('المستشفى الوطني','raqqa-national-hospital'), as_of=(Y,'day'), status='controls', source=SDFA, line=2, events=[2]),
 dict(actor='SDF', loc=('مدينة الرقة','raqqa'), as_of=('2017-06-06','day'), status='present', line=2, events=[3]),
 dict(actor='SDF', loc=('الأحياء الشمالية','raqqa-north-neighbourhoods'), as_of=(D,'day'), status='present', source=SILO, line=3, events=[6]),
 dict(actor='ISIS', strength=(275,True,'fighters'), assets='عناصر التنظيم المحليين وعائلاتهم، حافلات', loc=('الرقة','raqqa'), as_of=('2017-10-15','day'), status='withdrawn', line=4, events=[8]),
 dict(actor=ELITE, loc=('الملعب','raqqa-stadium'), as_of=(Y,'day'), status='present', source=SRC, line=6, events=[13]),
 dict(actor=TR, loc=('الملعب','raqqa-stadium'), as_of=(Y,'day'), status='present', source=SRC, line=6, events=[13]),
 dict(actor=LTR, strength=(400,True,'fighters'), loc=('الملعب','raqqa-stadium'), as_of=(Y,'day'), status='present', source=SRC, line=6, events=[13]),
 dict(actor='ISIS', loc=('الملعب','raqqa-stadium'), as_of=(Y,'day'), status='present', source=SRC, line=6, events=[13]),
 dict(actor='YPG', assets='وحدات من قوات حماية المرأة', loc=('دوار النعيم','naim-roundabout'), as_of=(D,'day'), status='present', source=SRC, line=6, events=[14]),
 dict(actor='ISIS', assets='مواقع التنظيم', loc=('الرقة','raqqa'), as_of=('2017-06/2017-10','month'), status='attacked', source=DIL, line=7, events=[16]),
 dict(actor='ISIS', strength=(100,True,'fighters'), assets='جيوب صغيرة', loc=('المدينة','raqqa'), as_of=(D,'day'), status='present', source=DIL, line=7, events=[]),
 dict(actor=ASY, loc=('أحياء المدينة','raqqa-neighbourhoods'), as_of=(D+'/','vague'), status='planned', source='مجلس الرقة المدني', line=8, events=[17]),
 dict(actor='ISIS', loc=('الرقة','raqqa'), as_of=('2014','year'), status='controls', line=9, events=[18]),
]
build('alaraby-raqqa-stadium-hospital', None, 'العربي الجديد', D, L, ents, times, events, forces)
