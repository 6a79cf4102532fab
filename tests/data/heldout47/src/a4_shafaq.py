from build import build
L = [
'القوات العراقية تدخل قره قوش وتخوض معارك مع جيوب "داعش" في أحيائها الشرقية',
'شفق نيوز/ أعلنت خلية الإعلام الحربي، اليوم الأحد، أن قطعات الفرقة التاسعة المدرعة دخلت مركز قضاء الحمدانية (قره قوش) جنوب شرقي الموصل، بعد أسبوع من انطلاق عمليات "قادمون يا نينوى".',
'وقال ضابط برتبة عقيد في الفرقة لشفق نيوز، إن القوات تقدمت من محورين، الأول من جهة قرية كرمليس والثاني من طريق الخازر، وسط مقاومة محدودة من عناصر التنظيم الذين يتحصنون في أنفاق حفروها تحت المنازل.',
'وأضاف الضابط أن "اشتباكات متقطعة لا تزال تدور في الأحياء الشرقية للمدينة"، مبيناً أن التنظيم هاجم القطعات فجر اليوم بثلاث عجلات مفخخة جرى تفجيرها قبل بلوغ أهدافها، وأن 17 من عناصره قتلوا.',
'في غضون ذلك، نفى المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول ما بثته وكالة "أعماق" التابعة للتنظيم عن استعادة السيطرة على بلدة برطلة، مؤكداً أن قوات جهاز مكافحة الإرهاب "تمسك الأرض في البلدة منذ يوم الخميس الماضي".',
'وتابع رسول أن "أكثر من مئة مستشار أميركي يرافقون القطعات العراقية على محاور القتال"، فيما أعلن التحالف الدولي في بيان أن طائراته نفذت منذ الاثنين الماضي 48 ضربة جوية قرب الموصل دمرت خلالها مدافع ومواقع للتنظيم.',
'وعلى المحور الجنوبي، قال مصدر في الشرطة الاتحادية إن قطعاتها تقدمت نحو ناحية الشورى بعد استعادة 12 قرية خلال اليومين الماضيين، فيما وصل رتل من 40 عجلة عسكرية إلى محيط القيارة لتعزيز القطعات المتقدمة.',
'وأكد المتحدث باسم هيئة الحشد الشعبي أحمد الأسدي أن فصائل الحشد ستطلق خلال أيام عملياتها على محور تلعفر غربي الموصل، لقطع طرق إمداد التنظيم باتجاه الأراضي السورية.',
'وانطلقت عمليات "قادمون يا نينوى" فجر الاثنين الماضي بمشاركة نحو 30 ألف عنصر من القوات العراقية والبيشمركة، لاستعادة الموصل التي يسيطر عليها التنظيم منذ حزيران 2014.',
]
D = '2016-10-23'   # Sunday; web copy of its own day
MON = '2016-10-17'
PMF = 'OTHER:pmf'
ents = [
 ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:قره قوش','LOCATION','qaraqosh'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:أحيائها الشرقية','LOCATION','qaraqosh-eastern-districts'),
 ('L1:شفق نيوز','ORG','shafaq'), ('L1:خلية الإعلام الحربي','ACTOR','IQ_GOV'), ('L1:الفرقة التاسعة المدرعة','ACTOR','IQ_GOV'),
 ('L1:مركز قضاء الحمدانية','LOCATION','qaraqosh'), ('L1:قره قوش','LOCATION','qaraqosh'), ('L1:جنوب شرقي الموصل','LOCATION','southeast-mosul'),
 ('L2:الفرقة','ACTOR','IQ_GOV'), ('L2:شفق نيوز','ORG','shafaq'), ('L2:القوات','ACTOR','IQ_GOV'), ('L2:محورين','QUANTITY',None,(2,False,'other')),
 ('L2:قرية كرمليس','LOCATION','karamles'), ('L2:طريق الخازر','LOCATION','khazir-road'), ('L2:التنظيم','ACTOR','ISIS'),
 ('L2:أنفاق','LOCATION','qaraqosh-tunnels'),
 ('L3:الأحياء الشرقية للمدينة','LOCATION','qaraqosh-eastern-districts'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:القطعات','ACTOR','IQ_GOV'),
 ('L3:ثلاث عجلات مفخخة','QUANTITY',None,(3,False,'vehicles')), ('L3:عجلات مفخخة','WEAPON','car-bombs'), ('L3:17','QUANTITY',None,(17,False,'killed')),
 ('L4:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:يحيى رسول','PERSON','yahya-rasool'), ('L4:أعماق','ORG','amaq'),
 ('L4:لتنظيم','ACTOR','ISIS'), ('L4:بلدة برطلة','LOCATION','bartella'), ('L4:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L4:البلدة','LOCATION','bartella'),
 ('L5:رسول','PERSON','yahya-rasool'), ('L5:أكثر من مئة مستشار','QUANTITY',None,(100,True,'troops')), ('L5:مستشار أميركي','ACTOR','US'),
 ('L5:القطعات العراقية','ACTOR','IQ_GOV'), ('L5:محاور القتال','LOCATION','mosul-fronts'), ('L5:التحالف الدولي','ACTOR','COALITION'),
 ('L5:48 ضربة جوية','QUANTITY',None,(48,False,'other')), ('L5:الموصل','LOCATION','mosul'), ('L5:مدافع','WEAPON','artillery'),
 ('L5:لتنظيم','ACTOR','ISIS'),
 ('L6:المحور الجنوبي','LOCATION','mosul-southern-axis'), ('L6:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L6:ناحية الشورى','LOCATION','al-shura'),
 ('L6:12 قرية','QUANTITY',None,(12,False,'other')), ('L6:40 عجلة عسكرية','QUANTITY',None,(40,False,'vehicles')), ('L6:عجلة عسكرية','WEAPON','military-vehicles'),
 ('L6:محيط القيارة','LOCATION','qayyarah-surroundings'), ('L6:القطعات','ACTOR','IQ_GOV'),
 ('L7:هيئة الحشد الشعبي','ACTOR',PMF), ('L7:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L7:فصائل الحشد','ACTOR',PMF),
 ('L7:تلعفر','LOCATION','tal-afar'), ('L7:غربي الموصل','LOCATION','west-mosul'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:الأراضي السورية','LOCATION','syria'),
 ('L8:نحو 30 ألف عنصر','QUANTITY',None,(30000,True,'troops')), ('L8:القوات العراقية','ACTOR','IQ_GOV'), ('L8:البيشمركة','ACTOR','PESHMERGA'),
 ('L8:الموصل','LOCATION','mosul'), ('L8:التنظيم','ACTOR','ISIS'),
]
times = [
 ('L1:اليوم الأحد', D, 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:منذ يوم الخميس الماضي', '2016-10-20/2016-10-23', 'day'),
 ('L5:منذ الاثنين الماضي', '2016-10-17/2016-10-23', 'day'),
 ('L6:خلال اليومين الماضيين', '2016-10-21/2016-10-23', 'day'),
 ('L7:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L8:فجر الاثنين الماضي', MON, 'part-of-day', {'part': 'morning'}),
 ('L8:منذ حزيران 2014', '2014-06/2016-10', 'month'),
]
T = 'L1:اليوم الأحد'
DAWN = 'L3:فجر اليوم'
M = 'L8:فجر الاثنين الماضي'
CELL = 'خلية الإعلام الحربي'
OFF = 'ضابط برتبة عقيد في الفرقة (شفق نيوز)'
RAS = 'يحيى رسول'
FP = 'مصدر في الشرطة الاتحادية'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['IQ_GOV'], attr=CELL),                                                          # 1
 dict(type='MOVEMENT', trig='L1:دخلت', time=T, actors=['IQ_GOV'], loc='L1:مركز قضاء الحمدانية', attr=CELL),                              # 2
 dict(type='OPERATION', trig='L1:عمليات', time=M, actors=['IQ_GOV'], targets=['ISIS'], attr=CELL),                                       # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', time=T, actors=['IQ_GOV'], qty=['L2:محورين'], attr=OFF),                                         # 4
 dict(type='ATTACK', trig='L2:مقاومة', time=T, actors=['ISIS'], targets=['IQ_GOV'], attr=OFF),                                           # 5
 dict(type='ATTACK', trig='L3:اشتباكات', time=T, actors=['IQ_GOV', 'ISIS'], loc='L3:الأحياء الشرقية للمدينة', attr=OFF),                 # 6
 dict(type='ATTACK', trig='L3:هاجم', time=DAWN, actors=['ISIS'], targets=['IQ_GOV'], weapons=['L3:عجلات مفخخة'], qty=['L3:ثلاث عجلات مفخخة'], attr=OFF),  # 7
 dict(type='ATTACK', trig='L3:قتلوا', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L3:17'], attr=OFF),                              # 8
 dict(type='CONTROL', trig='L4:استعادة', mod='denied', actors=['ISIS'], targets=['IQ_GOV'], loc='L4:بلدة برطلة', attr=RAS),               # 9
 dict(type='CONTROL', trig='L4:تمسك', time='L4:منذ يوم الخميس الماضي', actors=['IQ_GOV'], loc='L4:البلدة', attr=RAS),                   # 10
 dict(type='MOVEMENT', trig='L5:يرافقون', time=T, actors=['US'], loc='L5:محاور القتال', qty=['L5:أكثر من مئة مستشار'], attr=RAS),          # 11
 dict(type='STATEMENT', trig='L5:أعلن', time=T, actors=['COALITION'], attr='التحالف الدولي'),                                             # 12
 dict(type='ATTACK', trig='L5:ضربة جوية', time='L5:منذ الاثنين الماضي', actors=['COALITION'], targets=['ISIS'], loc='L5:الموصل',
      qty=['L5:48 ضربة جوية'], attr='التحالف الدولي'),                                                                                # 13
 dict(type='MOVEMENT', trig='L6:تقدمت', time=T, actors=['IQ_GOV'], loc='L6:ناحية الشورى', attr=FP),                                       # 14
 dict(type='CONTROL', trig='L6:استعادة', time='L6:خلال اليومين الماضيين', actors=['IQ_GOV'], targets=['ISIS'], qty=['L6:12 قرية'], attr=FP),  # 15
 dict(type='MOVEMENT', trig='L6:وصل', time=T, actors=['IQ_GOV'], loc='L6:محيط القيارة', weapons=['L6:عجلة عسكرية'], qty=['L6:40 عجلة عسكرية'], attr=FP),  # 16
 dict(type='OPERATION', trig='L7:عملياتها', mod='planned', time='L7:خلال أيام', actors=[PMF], targets=['ISIS'], loc='L7:تلعفر', attr='أحمد الأسدي'),  # 17
 dict(type='OPERATION', trig='L8:عمليات', time=M, actors=['IQ_GOV', 'PESHMERGA'], targets=['ISIS'], loc='L8:الموصل', qty=['L8:نحو 30 ألف عنصر']),  # 18
 dict(type='CONTROL', trig='L8:يسيطر', time='L8:منذ حزيران 2014', actors=['ISIS'], loc='L8:الموصل'),                                     # 19
]
DD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', assets='قطعات الفرقة التاسعة المدرعة', loc=('مركز قضاء الحمدانية', 'qaraqosh'), as_of=DD, status='arrived', source=CELL, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('الأحياء الشرقية للمدينة', 'qaraqosh-eastern-districts'), as_of=DD, status='present', source=OFF, line=3, events=[6]),
 dict(actor='ISIS', loc=('الأحياء الشرقية للمدينة', 'qaraqosh-eastern-districts'), as_of=DD, status='present', source=OFF, line=3, events=[6]),
 dict(actor='IQ_GOV', assets='قوات جهاز مكافحة الإرهاب', loc=('البلدة', 'bartella'), as_of=('2016-10-20/2016-10-23', 'day'), status='controls',
      source=RAS, line=4, events=[10]),
 dict(actor='US', strength=(100, True, 'troops'), assets='مستشارون', loc=('محاور القتال', 'mosul-fronts'), as_of=DD, status='present', source=RAS,
      line=5, events=[11]),
 dict(actor='ISIS', assets='مدافع ومواقع', loc=('الموصل', 'mosul'), as_of=('2016-10-17/2016-10-23', 'day'), status='attacked', source='التحالف الدولي',
      line=5, events=[13]),
 dict(actor='IQ_GOV', strength=(40, False, 'vehicles'), assets='رتل من 40 عجلة عسكرية', loc=('محيط القيارة', 'qayyarah-surroundings'), as_of=DD,
      status='reinforced', source=FP, line=6, events=[16]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=('2014-06/2016-10', 'month'), status='controls', line=8, events=[19]),
]
build('shafaq-qaraqosh-entry', None, 'شفق نيوز', D, L, ents, times, events, forces)
