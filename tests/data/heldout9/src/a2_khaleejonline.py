from build import build
L = [
'طائرات التحالف تقصف تكريت لأول مرة وفصائل من "الحشد الشعبي" تعلن انسحابها',
'بغداد - الخليج أونلاين',
'شنت طائرات التحالف الدولي بقيادة الولايات المتحدة، ليل الأربعاء - الخميس، أولى غاراتها على مواقع تنظيم "الدولة الإسلامية" داخل مدينة تكريت، مركز محافظة صلاح الدين، بعد أكثر من ثلاثة أسابيع على بدء القوات العراقية عملية لاستعادتها.',
'وقالت القيادة المركزية الأمريكية (سنتكوم)، في بيان، إن الغارات، وعددها 17 خلال الساعات الـ24 الماضية، جاءت "بطلب من الحكومة العراقية"، واستهدفت مباني ونقاط تفتيش ومخازن أسلحة للتنظيم في المدينة.',
'في المقابل، أعلنت "كتائب حزب الله" و"عصائب أهل الحق"، في بيانين منفصلين، تعليق مشاركة مقاتليها في معركة تكريت احتجاجاً على التدخل الأمريكي، مؤكدة أنها "لن تقاتل تحت غطاء الطيران الأمريكي".',
'من جهته، قال رئيس الوزراء العراقي حيدر العبادي، في كلمة متلفزة مساء أمس الأربعاء، إن "القوات العراقية هي من تقود المعركة"، وإن قوات جهاز مكافحة الإرهاب والشرطة الاتحادية ستتولى اقتحام مركز المدينة "خلال الأيام المقبلة".',
'وأكد مسؤول عسكري أمريكي، طلب عدم ذكر اسمه، أن نحو 3 آلاف جندي أمريكي ينتشرون حالياً في العراق لتدريب القوات العراقية وتقديم المشورة لها، من دون أن يشاركوا في القتال البري.',
'ويشارك في العملية العسكرية لاستعادة تكريت، التي انطلقت في الثاني من آذار/مارس الجاري، نحو 30 ألف مقاتل من الجيش العراقي والشرطة وفصائل "الحشد الشعبي" ومقاتلي العشائر السنية، بدعم من مستشارين إيرانيين يتقدمهم قائد "فيلق القدس" قاسم سليماني.',
'وكانت القوات العراقية و"الحشد الشعبي" قد سيطرت على بلدة الدور وحي القادسية في الحادي عشر من الشهر الجاري، قبل أن تتعثر العملية بسبب العبوات الناسفة وقناصة التنظيم المتحصنين في وسط المدينة.',
'وتقدّر مصادر أمنية عراقية عدد مسلحي التنظيم المتبقين داخل تكريت بما بين 400 و500 مسلح، معظمهم من المقاتلين الأجانب، فيما فرّ آخرون نحو قضاء الشرقاط شمالاً.',
'ونفى المتحدث باسم "الحشد الشعبي" كريم النوري أن يكون سليماني "يقود العمليات" في صلاح الدين، مؤكداً أن دور المستشارين الإيرانيين "استشاري فقط" وأن "القرار عراقي بالكامل".',
'وتعد استعادة تكريت، مسقط رأس الرئيس العراقي الأسبق صدام حسين، التي سقطت بيد التنظيم في حزيران/يونيو 2014، خطوة أساسية قبل معركة الموصل المرتقبة، بحسب مسؤولين عراقيين.',
]
D = '2015-03-26'   # Thursday, web copy of its own day
W = '2015-03-25'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
AAH = 'OTHER:asaib-ahl-al-haq'
TRIBES = 'OTHER:arab-tribes'
ents = [
 ('L0:طائرات','WEAPON','warplanes'), ('L0:التحالف','ACTOR','COALITION'), ('L0:تكريت','LOCATION','tikrit'), ('L0:الحشد الشعبي','ACTOR',PMF),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الخليج أونلاين','ORG','alkhaleej-online'),
 ('L2:طائرات','WEAPON','warplanes'), ('L2:التحالف الدولي','ACTOR','COALITION'), ('L2:الولايات المتحدة','ACTOR','US'),
 ('L2:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L2:مدينة تكريت','LOCATION','tikrit'), ('L2:محافظة صلاح الدين','LOCATION','salahuddin'),
 ('L2:أكثر من ثلاثة أسابيع','QUANTITY',None,(3,True,'other')), ('L2:القوات العراقية','ACTOR','IQ_GOV'),
 ('L3:القيادة المركزية الأمريكية','ACTOR','US'), ('L3:سنتكوم','ACTOR','US'), ('L3:17','QUANTITY',None,(17,False,'other')),
 ('L3:الحكومة العراقية','ACTOR','IQ_GOV'), ('L3:لتنظيم','ACTOR','ISIS'), ('L3:المدينة','LOCATION','tikrit'),
 ('L4:كتائب حزب الله','ACTOR',KH), ('L4:عصائب أهل الحق','ACTOR',AAH), ('L4:بيانين','QUANTITY',None,(2,False,'other')),
 ('L4:تكريت','LOCATION','tikrit'), ('L4:الطيران الأمريكي','ACTOR','US'),
 ('L5:حيدر العبادي','PERSON','haider-al-abadi'), ('L5:القوات العراقية','ACTOR','IQ_GOV'), ('L5:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L5:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L5:مركز المدينة','LOCATION','tikrit-centre'),
 ('L6:نحو 3 آلاف جندي','QUANTITY',None,(3000,True,'troops')), ('L6:العراق#0','LOCATION','iraq'), ('L6:القوات العراقية','ACTOR','IQ_GOV'),
 ('L7:تكريت','LOCATION','tikrit'), ('L7:نحو 30 ألف مقاتل','QUANTITY',None,(30000,True,'troops')), ('L7:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L7:الشرطة','ACTOR','IQ_GOV'), ('L7:فصائل "الحشد الشعبي"','ACTOR',PMF), ('L7:العشائر السنية','ACTOR',TRIBES),
 ('L7:مستشارين إيرانيين','ACTOR','IR'), ('L7:فيلق القدس','ACTOR','IR'), ('L7:قاسم سليماني','PERSON','qassem-soleimani'),
 ('L8:القوات العراقية','ACTOR','IQ_GOV'), ('L8:الحشد الشعبي','ACTOR',PMF), ('L8:بلدة الدور','LOCATION','al-dour'),
 ('L8:حي القادسية','LOCATION','tikrit-qadisiya'), ('L8:العبوات الناسفة','WEAPON','ieds'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:وسط المدينة','LOCATION','tikrit-centre'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:تكريت','LOCATION','tikrit'), ('L9:ما بين 400 و500 مسلح','QUANTITY',None,([400,500],True,'fighters')),
 ('L9:المقاتلين الأجانب','ACTOR','ISIS'), ('L9:قضاء الشرقاط','LOCATION','al-shirqat'),
 ('L10:الحشد الشعبي','ACTOR',PMF), ('L10:كريم النوري','PERSON','karim-al-nouri'), ('L10:سليماني','PERSON','qassem-soleimani'),
 ('L10:صلاح الدين','LOCATION','salahuddin'), ('L10:المستشارين الإيرانيين','ACTOR','IR'),
 ('L11:تكريت','LOCATION','tikrit'), ('L11:صدام حسين','PERSON','saddam-hussein'), ('L11:التنظيم','ACTOR','ISIS'), ('L11:الموصل','LOCATION','mosul'),
]
times = [
 ('L2:ليل الأربعاء - الخميس', W, 'part-of-day', {'part':'night'}),
 ('L3:خلال الساعات الـ24 الماضية', W+'/'+D, 'day'),
 ('L5:مساء أمس الأربعاء', W, 'part-of-day', {'part':'evening'}),
 ('L5:خلال الأيام المقبلة', W+'/', 'vague', {'relation':'after'}),
 ('L7:الثاني من آذار/مارس الجاري', '2015-03-02', 'day'),
 ('L8:الحادي عشر من الشهر الجاري', '2015-03-11', 'day'),
 ('L11:حزيران/يونيو 2014', '2014-06', 'month'),
]
CC = 'القيادة المركزية الأمريكية'
ABADI = 'حيدر العبادي'
USO = 'مسؤول عسكري أمريكي'
SEC = 'مصادر أمنية عراقية'
NOURI = 'كريم النوري'
OFF = 'مسؤولين عراقيين'
START = 'L7:الثاني من آذار/مارس الجاري'
events = [
 dict(type='ATTACK', trig='L2:غاراتها', time='L2:ليل الأربعاء - الخميس', actors=['COALITION'], targets=['ISIS'], loc='L2:مدينة تكريت',
      weapons=['L2:طائرات']),
 dict(type='OPERATION', trig='L2:عملية', time=START, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:مدينة تكريت', qty=['L2:أكثر من ثلاثة أسابيع']),
 dict(type='STATEMENT', trig='L3:قالت', actors=['US'], attr=CC),
 dict(type='ATTACK', trig='L3:الغارات', time='L3:خلال الساعات الـ24 الماضية', actors=['COALITION'], targets=['ISIS'], loc='L3:المدينة', attr=CC,
      qty=['L3:17']),
 dict(type='STATEMENT', trig='L4:أعلنت', actors=[KH, AAH], attr='كتائب حزب الله، عصائب أهل الحق'),
 dict(type='WITHDRAWAL', trig='L4:تعليق مشاركة', actors=[KH, AAH], loc='L4:تكريت', attr='كتائب حزب الله، عصائب أهل الحق'),
 dict(type='OPERATION', trig='L4:معركة', time=START, actors=[KH, AAH], targets=['ISIS'], loc='L4:تكريت', attr='كتائب حزب الله، عصائب أهل الحق'),
 dict(type='STATEMENT', trig='L5:قال', time='L5:مساء أمس الأربعاء', actors=['IQ_GOV'], attr=ABADI),
 dict(type='OPERATION', trig='L5:المعركة', time=START, actors=['IQ_GOV'], targets=['ISIS'], attr=ABADI),
 dict(type='ATTACK', trig='L5:اقتحام', mod='planned', time='L5:خلال الأيام المقبلة', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:مركز المدينة',
      attr=ABADI),
 dict(type='MOVEMENT', trig='L6:ينتشرون', actors=['US'], loc='L6:العراق#0', attr=USO, qty=['L6:نحو 3 آلاف جندي']),
 dict(type='TRAINING', trig='L6:لتدريب', actors=['US','IQ_GOV'], loc='L6:العراق#0', attr=USO),
 dict(type='ATTACK', trig='L6:القتال', mod='denied', actors=['US'], targets=['ISIS'], loc='L6:العراق#0', attr=USO),
 dict(type='OPERATION', trig='L7:العملية العسكرية', time=START, actors=['IQ_GOV', PMF, TRIBES, 'IR'], targets=['ISIS'], loc='L7:تكريت',
      qty=['L7:نحو 30 ألف مقاتل']),
 dict(type='CONTROL', trig='L8:سيطرت', time='L8:الحادي عشر من الشهر الجاري', actors=['IQ_GOV', PMF], loc='L8:بلدة الدور'),
 dict(type='OPERATION', trig='L8:العملية', time=START, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L8:وسط المدينة'),
 dict(type='WITHDRAWAL', trig='L9:فرّ', actors=['ISIS'], loc='L9:تكريت', attr=SEC),
 dict(type='OPERATION', trig='L10:العمليات', mod='denied', actors=['IR'], loc='L10:صلاح الدين', attr=NOURI),
 dict(type='CONTROL', trig='L11:استعادة', mod='planned', actors=['IQ_GOV'], loc='L11:تكريت', attr=OFF),
 dict(type='CONTROL', trig='L11:سقطت', time='L11:حزيران/يونيو 2014', actors=['ISIS'], loc='L11:تكريت'),
 dict(type='OPERATION', trig='L11:معركة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L11:الموصل', attr=OFF),
]
OD = (D, 'day')
ST = ('2015-03-02', 'day')
forces = [
 dict(actor='ISIS', assets='مواقع', loc=('مدينة تكريت','tikrit'), as_of=(W, 'part-of-day'), status='attacked', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('مدينة تكريت','tikrit'), as_of=ST, status='present', line=2, events=[2]),
 dict(actor='ISIS', assets='مبان ونقاط تفتيش ومخازن أسلحة', loc=('المدينة','tikrit'), as_of=(W+'/'+D, 'day'), status='attacked', source=CC,
      line=3, events=[4]),
 dict(actor=KH, loc=('تكريت','tikrit'), as_of=OD, status='withdrawn', source='كتائب حزب الله', line=4, events=[6]),
 dict(actor=AAH, loc=('تكريت','tikrit'), as_of=OD, status='withdrawn', source='عصائب أهل الحق', line=4, events=[6]),
 dict(actor='US', strength=(3000, True, 'troops'), loc=('العراق','iraq'), as_of=OD, status='present', source=USO, line=6, events=[11, 12]),
 dict(actor='IQ_GOV', strength=(30000, True, 'troops'), loc=('تكريت','tikrit'), as_of=ST, status='present', line=7, events=[14]),
 dict(actor=PMF, strength=(30000, True, 'troops'), loc=('تكريت','tikrit'), as_of=ST, status='present', line=7, events=[14]),
 dict(actor=TRIBES, strength=(30000, True, 'troops'), loc=('تكريت','tikrit'), as_of=ST, status='present', line=7, events=[14]),
 dict(actor='IR', assets='مستشارون', loc=('تكريت','tikrit'), as_of=ST, status='present', line=7, events=[14]),
 dict(actor='IQ_GOV', loc=('بلدة الدور','al-dour'), as_of=('2015-03-11','day'), status='controls', line=8, events=[15]),
 dict(actor=PMF, loc=('بلدة الدور','al-dour'), as_of=('2015-03-11','day'), status='controls', line=8, events=[15]),
 dict(actor='IQ_GOV', loc=('حي القادسية','tikrit-qadisiya'), as_of=('2015-03-11','day'), status='controls', line=8, events=[15]),
 dict(actor=PMF, loc=('حي القادسية','tikrit-qadisiya'), as_of=('2015-03-11','day'), status='controls', line=8, events=[15]),
 dict(actor='ISIS', assets='قناصة', loc=('وسط المدينة','tikrit-centre'), as_of=OD, status='present', line=8, events=[]),
 dict(actor='ISIS', strength=([400,500], True, 'fighters'), loc=('تكريت','tikrit'), as_of=OD, status='present', source=SEC, line=9, events=[]),
 dict(actor='ISIS', loc=('تكريت','tikrit'), as_of=OD, status='withdrawn', source=SEC, line=9, events=[17]),
 dict(actor='ISIS', loc=('تكريت','tikrit'), as_of=('2014-06','month'), status='controls', line=11, events=[20]),
]
build('khaleejonline-tikrit-strikes', None, 'الخليج أونلاين', D, L, ents, times, events, forces)
