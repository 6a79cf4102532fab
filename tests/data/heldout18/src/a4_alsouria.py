from build import build
L = [
'«قسد» تسيطر على مطار الطبقة العسكري.. وتحذيرات من انهيار سد الفرات',
'سيطرت "قوات سوريا الديمقراطية" (قسد) التي تشكل "وحدات حماية الشعب" الكردية عمودها الفقري، أمس الأحد، على مطار الطبقة العسكري غرب مدينة الرقة، بعد معارك مع تنظيم "الدولة الإسلامية" استمرت ثلاثة أيام، بدعم جوي من طيران التحالف الدولي بقيادة الولايات المتحدة.',
'وقال المتحدث باسم "قسد" طلال سلو، في تصريح لوكالة "رويترز"، إن مقاتليهم "حرروا المطار بالكامل" ويواصلون التقدم نحو مدينة الطبقة التي باتت محاصرة من ثلاث جهات، مشيراً إلى مقتل "عشرات الإرهابيين" خلال المعارك.',
'في المقابل، قالت وكالة "أعماق" التابعة للتنظيم إن سد الفرات "مهدد بالانهيار في أي لحظة" بعد أن استهدفته غارات التحالف، وهو ما نفاه التحالف الذي أكد في بيان أنه "لم يستهدف هيكل السد"، وأن ضرباته اقتصرت على مواقع للتنظيم في محيطه.',
'وكان التنظيم قد دعا عبر مكبرات الصوت، مساء أمس، سكان مدينة الرقة إلى مغادرتها خشية انهيار السد، قبل أن يتراجع عن دعوته بعد ساعات، ما تسبب بحالة ذعر ونزوح مئات العائلات نحو الريف الشمالي.',
'وفي ريف الرقة الغربي، قتل 33 نازحاً على الأقل في غارة للتحالف الدولي على مدرسة البادية في بلدة المنصورة ليل الاثنين - الثلاثاء الماضي، بحسب "المرصد السوري لحقوق الإنسان"، فيما قال التحالف إنه يحقق في "تقارير عن سقوط ضحايا مدنيين".',
'وتزامن ذلك مع تقدم قوات نظام الأسد بدعم روسي في ريف حلب الشرقي، بعد سيطرتها الأربعاء الماضي على بلدة دير حافر إثر انسحاب تنظيم "الدولة" منها، لتصبح على بعد نحو 40 كيلومتراً من الحدود الإدارية لمحافظة الرقة.',
'وكانت القوات الأمريكية قد نفذت ليل الثلاثاء - الأربعاء الماضي عملية إنزال جوي نقلت خلالها مقاتلين من "قسد" إلى الضفة الجنوبية لنهر الفرات غرب الطبقة، فيما يقدر عدد الجنود الأمريكيين المنتشرين في شمال سوريا بنحو 900 جندي، بينهم وحدة مدفعية من مشاة البحرية (المارينز).',
'وكان التحالف قد أعلن في بيانه اليومي أنه نفذ 21 ضربة جوية قرب الطبقة والرقة يوم السبت، دمرت أربعة زوارق ومدفعاً ثقيلاً وعدة مواقع قتالية للتنظيم على ضفتي بحيرة الأسد.',
]
D = '2017-03-27'   # Monday; web copy of its day
SUN = '2017-03-26'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:مطار الطبقة العسكري','LOCATION','tabqa-airbase'), ('L0:سد الفرات','LOCATION','euphrates-dam'),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:قسد','ACTOR','SDF'), ('L1:وحدات حماية الشعب','ACTOR','YPG'),
 ('L1:مطار الطبقة العسكري','LOCATION','tabqa-airbase'), ('L1:مدينة الرقة','LOCATION','raqqa'), ('L1:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'),
 ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L1:طيران التحالف الدولي','ACTOR','COALITION'), ('L1:الولايات المتحدة','ACTOR','US'),
 ('L2:قسد','ACTOR','SDF'), ('L2:طلال سلو','PERSON','talal-silo'), ('L2:رويترز','ORG','reuters'), ('L2:مدينة الطبقة','LOCATION','tabqa'),
 ('L2:ثلاث جهات','QUANTITY',None,(3,False,'other')), ('L2:عشرات الإرهابيين','QUANTITY',None,([24,99],True,'killed')),
 ('L2:الإرهابيين','ACTOR','ISIS'),
 ('L3:أعماق','ORG','amaq'), ('L3:لتنظيم','ACTOR','ISIS'), ('L3:سد الفرات','LOCATION','euphrates-dam'), ('L3:التحالف','ACTOR','COALITION'),
 ('L3:التحالف#1','ACTOR','COALITION'), ('L3:هيكل السد','LOCATION','euphrates-dam'), ('L3:لتنظيم#1','ACTOR','ISIS'),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:مدينة الرقة','LOCATION','raqqa'), ('L4:السد','LOCATION','euphrates-dam'),
 ('L4:مئات العائلات','QUANTITY',None,([100,999],True,'other')), ('L4:الريف الشمالي','LOCATION','raqqa-north-countryside'),
 ('L5:ريف الرقة الغربي','LOCATION','raqqa-west-countryside'), ('L5:33 نازحاً على الأقل','QUANTITY',None,(33,True,'killed')),
 ('L5:لتحالف الدولي','ACTOR','COALITION'), ('L5:مدرسة البادية','LOCATION','badia-school'), ('L5:بلدة المنصورة','LOCATION','mansoura'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:التحالف','ACTOR','COALITION'),
 ('L6:قوات نظام الأسد','ACTOR','SY_GOV'), ('L6:ريف حلب الشرقي','LOCATION','east-aleppo-countryside'), ('L6:بلدة دير حافر','LOCATION','deir-hafer'),
 ('L6:تنظيم "الدولة"','ACTOR','ISIS'), ('L6:نحو 40 كيلومتراً','QUANTITY',None,(40,True,'km')), ('L6:محافظة الرقة','LOCATION','raqqa-gov'),
 ('L7:القوات الأمريكية','ACTOR','US'), ('L7:قسد','ACTOR','SDF'), ('L7:الضفة الجنوبية لنهر الفرات','LOCATION','euphrates-south-bank'),
 ('L7:الطبقة','LOCATION','tabqa'), ('L7:الجنود الأمريكيين','ACTOR','US'), ('L7:شمال سوريا','LOCATION','north-syria'),
 ('L7:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L7:وحدة مدفعية','WEAPON','artillery'), ('L7:مشاة البحرية','ACTOR','US'),
 ('L7:المارينز','ACTOR','US'),
 ('L8:التحالف','ACTOR','COALITION'), ('L8:21 ضربة جوية','QUANTITY',None,(21,False,'other')), ('L8:الطبقة','LOCATION','tabqa'),
 ('L8:الرقة','LOCATION','raqqa'), ('L8:أربعة زوارق','QUANTITY',None,(4,False,'vehicles')), ('L8:زوارق','WEAPON','boats'),
 ('L8:مدفعاً ثقيلاً','WEAPON','heavy-gun'), ('L8:لتنظيم','ACTOR','ISIS'), ('L8:بحيرة الأسد','LOCATION','lake-assad'),
]
times = [
 ('L1:أمس الأحد', SUN, 'day'),
 ('L4:مساء أمس', SUN, 'part-of-day', {'part': 'evening'}),
 ('L5:ليل الاثنين - الثلاثاء الماضي', '2017-03-20', 'part-of-day', {'part': 'night'}),
 ('L6:الأربعاء الماضي', '2017-03-22', 'day'),
 ('L7:ليل الثلاثاء - الأربعاء الماضي', '2017-03-21', 'part-of-day', {'part': 'night'}),
 ('L8:يوم السبت', '2017-03-25', 'day'),
]
Y = 'L1:أمس الأحد'
SILO = 'طلال سلو (رويترز)'
AMAQ = 'وكالة "أعماق"'
COAL = 'التحالف'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=Y, actors=['SDF'], targets=['ISIS'], loc='L1:مطار الطبقة العسكري'),                     # 1
 dict(type='ATTACK', trig='L1:معارك', time=Y, actors=['SDF', 'ISIS'], loc='L1:مطار الطبقة العسكري', qty=['L1:ثلاثة أيام']),          # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['SDF'], attr=SILO),                                                                   # 3
 dict(type='CONTROL', trig='L2:حرروا', time=Y, actors=['SDF'], targets=['ISIS'], attr=SILO),                                         # 4
 dict(type='MOVEMENT', trig='L2:التقدم', actors=['SDF'], loc='L2:مدينة الطبقة', attr=SILO),                                          # 5
 dict(type='OPERATION', trig='L2:محاصرة', actors=['SDF'], targets=['ISIS'], loc='L2:مدينة الطبقة', attr=SILO, qty=['L2:ثلاث جهات']), # 6
 dict(type='ATTACK', trig='L2:المعارك', time=Y, actors=['SDF', 'ISIS'], attr=SILO, qty=['L2:عشرات الإرهابيين']),                     # 7
 dict(type='ATTACK', trig='L3:غارات', actors=['COALITION'], loc='L3:سد الفرات', attr=AMAQ),                                          # 8
 dict(type='ATTACK', trig='L3:يستهدف', mod='denied', actors=['COALITION'], loc='L3:هيكل السد', attr=COAL),                           # 9
 dict(type='ATTACK', trig='L3:ضرباته', actors=['COALITION'], targets=['ISIS'], attr=COAL),                                           # 10
 dict(type='ATTACK', trig='L5:غارة', time='L5:ليل الاثنين - الثلاثاء الماضي', actors=['COALITION'], loc='L5:مدرسة البادية',
      attr='المرصد السوري لحقوق الإنسان', qty=['L5:33 نازحاً على الأقل']),                                                          # 11
 dict(type='STATEMENT', trig='L5:قال', actors=['COALITION'], attr=COAL),                                                            # 12
 dict(type='MOVEMENT', trig='L6:تقدم', actors=['SY_GOV', 'RU'], loc='L6:ريف حلب الشرقي'),                                            # 12
 dict(type='CONTROL', trig='L6:سيطرتها', time='L6:الأربعاء الماضي', actors=['SY_GOV'], targets=['ISIS'], loc='L6:بلدة دير حافر'),    # 13
 dict(type='WITHDRAWAL', trig='L6:انسحاب', time='L6:الأربعاء الماضي', actors=['ISIS'], loc='L6:بلدة دير حافر'),                      # 14
 dict(type='MOVEMENT', trig='L7:إنزال', time='L7:ليل الثلاثاء - الأربعاء الماضي', actors=['US', 'SDF'], loc='L7:الضفة الجنوبية لنهر الفرات'),  # 15
 dict(type='STATEMENT', trig='L8:أعلن', actors=['COALITION'], attr=COAL),                                                           # 16
 dict(type='ATTACK', trig='L8:ضربة', time='L8:يوم السبت', actors=['COALITION'], targets=['ISIS'], loc='L8:الطبقة', attr=COAL,
      qty=['L8:21 ضربة جوية']),                                                                                                     # 17
 dict(type='ATTACK', trig='L8:دمرت', time='L8:يوم السبت', actors=['COALITION'], targets=['ISIS'], loc='L8:بحيرة الأسد', attr=COAL,
      qty=['L8:أربعة زوارق']),                                                             # 18
]
SUND = (SUN, 'day')
OD = (D, 'day')
WED = ('2017-03-22', 'day')
AIR = ('2017-03-21', 'part-of-day')
forces = [
 dict(actor='SDF', loc=('مطار الطبقة العسكري', 'tabqa-airbase'), as_of=SUND, status='controls', line=1, events=[1]),
 dict(actor='SDF', loc=('مطار الطبقة العسكري', 'tabqa-airbase'), as_of=SUND, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('مطار الطبقة العسكري', 'tabqa-airbase'), as_of=SUND, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('بلدة دير حافر', 'deir-hafer'), as_of=WED, status='controls', line=6, events=[14]),
 dict(actor='ISIS', loc=('بلدة دير حافر', 'deir-hafer'), as_of=WED, status='withdrawn', line=6, events=[15]),
 dict(actor='US', loc=('الضفة الجنوبية لنهر الفرات', 'euphrates-south-bank'), as_of=AIR, status='arrived', line=7, events=[16]),
 dict(actor='SDF', loc=('الضفة الجنوبية لنهر الفرات', 'euphrates-south-bank'), as_of=AIR, status='arrived', line=7, events=[16]),
 dict(actor='US', strength=(900, True, 'troops'), assets='وحدة مدفعية', loc=('شمال سوريا', 'north-syria'), as_of=OD, status='present', line=7, events=[]),
]
build('alsouria-tabqa-airbase', None, 'السورية نت', D, L, ents, times, events, forces)
