from build import build
L = [
'الجيش السوري ينتشر في الطبقة وسد الفرات.. ووحدات جديدة تتجه نحو منبج وعين العرب',
'وصلت وحدات من الجيش السوري، مساء أمس الإثنين، إلى مدينة الطبقة في ريف الرقة الغربي، وانتشرت في محيط سد الفرات ومطار الطبقة العسكري، بموجب الاتفاق الذي أُعلن بين دمشق و"قوات سوريا الديمقراطية" برعاية روسية.',
'وأفاد مراسل الميادين في ريف الرقة بأن رتلاً يضم أكثر من 40 آلية عسكرية، بينها دبابات وراجمات صواريخ، دخل الطبقة قادماً من بلدة الرصافة جنوباً، وسط ترحيب من الأهالي.',
'وأضاف مراسلنا أن نحو 300 جندي تمركزوا على جسم السد وفي محطة التحويل الكهربائية المجاورة، فيما رُفع العلم السوري فوق مبنى المطار للمرة الأولى منذ سيطرة تنظيم "داعش" عليه في آب/أغسطس 2014.',
'ونقل المراسل عن مصدر عسكري سوري قوله إن وحدات الجيش ستدخل مدينة الرقة "خلال الساعات المقبلة"، بعد أن أخلت القوات الأميركية نقاطها في محيط بلدة عين عيسى شمالاً ليل الأحد - الإثنين.',
'وكانت القيادة العامة لـ"قسد" قد أعلنت، مساء الأحد، التوصل إلى اتفاق مع الحكومة السورية يقضي بانتشار الجيش على طول الحدود مع تركيا "لصد العدوان التركي وتحرير المناطق التي دخلها الجيش التركي والفصائل الموالية له".',
'ميدانياً، تواصلت الاشتباكات بين "قسد" وفصائل "الجيش الوطني" المدعومة من أنقرة على الطريق الدولي M4 غرب عين عيسى، فيما شنّ الطيران التركي غارات على قرى في محيط مدينة رأس العين (سري كانيه).',
'وقال الرئيس التركي رجب طيب أردوغان، اليوم، إن بلاده "لن تتراجع" عن عملية "نبع السلام" التي انطلقت الأربعاء الماضي، وإن قواته ستتقدم حتى عمق 30 كيلومتراً داخل الأراضي السورية.',
'في المقابل، أعلن وزير الدفاع الأميركي مارك إسبر، أول من أمس، أن واشنطن بدأت سحب نحو ألف جندي من شمال سوريا، مؤكداً أن ذلك سيجري "بأسرع ما يمكن وبشكل آمن".',
'وفي منبج، سيّرت الشرطة العسكرية الروسية دورية على خطوط التماس بين الجيش السوري وفصائل أنقرة غربي المدينة، في وقت تستعد فيه وحدات من الجيش للانتشار في عين العرب (كوباني) خلال أيام، وفق مصادر محلية تحدثت للميادين.',
'ويأتي انتشار الجيش في الطبقة بعد أكثر من عامين على سيطرة "قسد"، بدعم من التحالف الدولي، على المدينة والسد إثر معارك مع تنظيم "داعش" انتهت في أيار/مايو 2017.',
]
D = '2019-10-15'   # Tuesday; web copy of its own day
MON = '2019-10-14'
SUN = '2019-10-13'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:الطبقة','LOCATION','tabqa'), ('L0:سد الفرات','LOCATION','euphrates-dam'),
 ('L0:منبج','LOCATION','manbij'), ('L0:عين العرب','LOCATION','kobani'),
 ('L1:وحدات من الجيش السوري','ACTOR','SY_GOV'), ('L1:مدينة الطبقة','LOCATION','tabqa'), ('L1:ريف الرقة الغربي','LOCATION','raqqa-west-countryside'),
 ('L1:محيط سد الفرات','LOCATION','euphrates-dam'), ('L1:مطار الطبقة العسكري','LOCATION','tabqa-airbase'), ('L1:دمشق','ACTOR','SY_GOV'),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L2:الميادين','ORG','almayadeen'), ('L2:ريف الرقة','LOCATION','raqqa-countryside'), ('L2:أكثر من 40 آلية عسكرية','QUANTITY',None,(40,True,'vehicles')),
 ('L2:آلية عسكرية','WEAPON','military-vehicles'), ('L2:دبابات','WEAPON','tanks'), ('L2:راجمات صواريخ','WEAPON','mrl'),
 ('L2:الطبقة','LOCATION','tabqa'), ('L2:بلدة الرصافة','LOCATION','rusafa'),
 ('L3:نحو 300 جندي','QUANTITY',None,(300,True,'troops')), ('L3:جسم السد','LOCATION','euphrates-dam'),
 ('L3:محطة التحويل الكهربائية المجاورة','LOCATION','euphrates-dam-substation'), ('L3:مبنى المطار','LOCATION','tabqa-airbase'),
 ('L3:تنظيم "داعش"','ACTOR','ISIS'),
 ('L4:وحدات الجيش','ACTOR','SY_GOV'), ('L4:مدينة الرقة','LOCATION','raqqa'), ('L4:القوات الأميركية','ACTOR','US'),
 ('L4:محيط بلدة عين عيسى','LOCATION','ain-issa'),
 ('L5:القيادة العامة لـ"قسد"','ACTOR','SDF'), ('L5:الحكومة السورية','ACTOR','SY_GOV'), ('L5:الجيش#0','ACTOR','SY_GOV'),
 ('L5:الحدود','LOCATION','syria-turkey-border'), ('L5:تركيا','LOCATION','turkey'), ('L5:المناطق','LOCATION','peace-spring-areas'),
 ('L5:الجيش التركي','ACTOR','TR'), ('L5:الفصائل الموالية له','ACTOR','FSA'),
 ('L6:قسد','ACTOR','SDF'), ('L6:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L6:أنقرة','ACTOR','TR'), ('L6:الطريق الدولي M4','LOCATION','m4-highway'),
 ('L6:عين عيسى','LOCATION','ain-issa'), ('L6:الطيران التركي','ACTOR','TR'), ('L6:مدينة رأس العين','LOCATION','ras-al-ain'),
 ('L6:سري كانيه','LOCATION','ras-al-ain'),
 ('L7:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:30 كيلومتراً','QUANTITY',None,(30,False,'km')),
 ('L7:الأراضي السورية','LOCATION','syria'),
 ('L8:مارك إسبر','PERSON','mark-esper'), ('L8:واشنطن','ACTOR','US'), ('L8:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')),
 ('L8:شمال سوريا','LOCATION','north-syria'),
 ('L9:منبج','LOCATION','manbij'), ('L9:الشرطة العسكرية الروسية','ACTOR','RU'), ('L9:خطوط التماس','LOCATION','manbij-frontline'),
 ('L9:الجيش السوري','ACTOR','SY_GOV'), ('L9:فصائل أنقرة','ACTOR','FSA'), ('L9:المدينة','LOCATION','manbij'),
 ('L9:وحدات من الجيش','ACTOR','SY_GOV'), ('L9:عين العرب','LOCATION','kobani'), ('L9:كوباني','LOCATION','kobani'), ('L9:لميادين','ORG','almayadeen'),
 ('L10:الجيش','ACTOR','SY_GOV'), ('L10:الطبقة','LOCATION','tabqa'), ('L10:أكثر من عامين','QUANTITY',None,(2,True,'other')),
 ('L10:قسد','ACTOR','SDF'), ('L10:التحالف الدولي','ACTOR','COALITION'), ('L10:المدينة','LOCATION','tabqa'), ('L10:السد','LOCATION','euphrates-dam'),
 ('L10:تنظيم "داعش"','ACTOR','ISIS'),
]
times = [
 ('L1:مساء أمس الإثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L3:آب/أغسطس 2014', '2014-08', 'month'),
 ('L4:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L4:ليل الأحد - الإثنين', SUN, 'part-of-day', {'part': 'night'}),
 ('L5:مساء الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L7:اليوم', D, 'day'),
 ('L7:الأربعاء الماضي', '2019-10-09', 'day'),
 ('L8:أول من أمس', SUN, 'day'),
 ('L9:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L10:أيار/مايو 2017', '2017-05', 'month'),
]
T = 'L1:مساء أمس الإثنين'
COR = 'مراسل الميادين'
MS = 'مصدر عسكري سوري (مراسل الميادين)'
SDFC = 'القيادة العامة لقسد'
LOC = 'مصادر محلية (الميادين)'
M17 = 'L10:أيار/مايو 2017'
events = [
 dict(type='MOVEMENT', trig='L1:وصلت', time=T, actors=['SY_GOV'], loc='L1:مدينة الطبقة'),                                          # 1
 dict(type='MOVEMENT', trig='L1:انتشرت', time=T, actors=['SY_GOV'], loc='L1:محيط سد الفرات'),                                      # 2
 dict(type='AGREEMENT', trig='L1:الاتفاق', time='L5:مساء الأحد', actors=['SY_GOV', 'SDF', 'RU']),                                 # 3
 dict(type='MOVEMENT', trig='L2:دخل', time=T, actors=['SY_GOV'], loc='L2:الطبقة',
      weapons=['L2:آلية عسكرية', 'L2:دبابات', 'L2:راجمات صواريخ'], qty=['L2:أكثر من 40 آلية عسكرية'], attr=COR),                   # 4
 dict(type='MOVEMENT', trig='L3:تمركزوا', time=T, actors=['SY_GOV'], loc='L3:جسم السد', qty=['L3:نحو 300 جندي'], attr=COR),        # 5
 dict(type='CONTROL', trig='L3:سيطرة', time='L3:آب/أغسطس 2014', actors=['ISIS'], loc='L3:مبنى المطار', attr=COR),                # 6
 dict(type='MOVEMENT', trig='L4:ستدخل', mod='planned', time='L4:خلال الساعات المقبلة', actors=['SY_GOV'], loc='L4:مدينة الرقة', attr=MS),  # 7
 dict(type='WITHDRAWAL', trig='L4:أخلت', time='L4:ليل الأحد - الإثنين', actors=['US'], loc='L4:محيط بلدة عين عيسى', attr=MS),     # 8
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:مساء الأحد', actors=['SDF'], attr=SDFC),                                      # 9
 dict(type='AGREEMENT', trig='L5:اتفاق', time='L5:مساء الأحد', actors=['SDF', 'SY_GOV'], attr=SDFC),                             # 10
 dict(type='MOVEMENT', trig='L5:بانتشار', mod='planned', actors=['SY_GOV'], loc='L5:الحدود', attr=SDFC),                          # 11
 dict(type='ATTACK', trig='L5:العدوان', actors=['TR'], targets=['SDF'], attr=SDFC),                                               # 12
 dict(type='CONTROL', trig='L5:تحرير', mod='planned', actors=['SY_GOV', 'SDF'], targets=['TR', 'FSA'], loc='L5:المناطق', attr=SDFC),  # 13
 dict(type='MOVEMENT', trig='L5:دخلها', actors=['TR', 'FSA'], loc='L5:المناطق', attr=SDFC),                                       # 14
 dict(type='ATTACK', trig='L6:الاشتباكات', time='L7:اليوم', actors=['SDF', 'FSA'], loc='L6:الطريق الدولي M4'),                   # 15
 dict(type='ATTACK', trig='L6:غارات', time='L7:اليوم', actors=['TR'], targets=['SDF'], loc='L6:مدينة رأس العين'),                 # 16
 dict(type='STATEMENT', trig='L7:قال', time='L7:اليوم', actors=['TR'], attr='رجب طيب أردوغان'),                                  # 17
 dict(type='OPERATION', trig='L7:عملية', time='L7:الأربعاء الماضي', actors=['TR'], targets=['SDF'], attr='رجب طيب أردوغان'),      # 18
 dict(type='MOVEMENT', trig='L7:ستتقدم', mod='planned', actors=['TR'], loc='L7:الأراضي السورية', qty=['L7:30 كيلومتراً'],
      attr='رجب طيب أردوغان'),                                                                                                     # 19
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:أول من أمس', actors=['US'], attr='مارك إسبر'),                                   # 20
 dict(type='WITHDRAWAL', trig='L8:سحب', time='L8:أول من أمس', actors=['US'], loc='L8:شمال سوريا', qty=['L8:نحو ألف جندي'], attr='مارك إسبر'),  # 21
 dict(type='TRAINING', trig='L9:دورية', time='L7:اليوم', actors=['RU'], loc='L9:خطوط التماس', attr=LOC),                          # 22
 dict(type='MOVEMENT', trig='L9:للانتشار', mod='planned', time='L9:خلال أيام', actors=['SY_GOV'], loc='L9:عين العرب', attr=LOC),    # 23
 dict(type='MOVEMENT', trig='L10:انتشار', time=T, actors=['SY_GOV'], loc='L10:الطبقة'),                                           # 24
 dict(type='CONTROL', trig='L10:سيطرة', time=M17, actors=['SDF', 'COALITION'], targets=['ISIS'], loc='L10:المدينة'),              # 25
 dict(type='ATTACK', trig='L10:معارك', time=M17, actors=['SDF', 'COALITION', 'ISIS'], loc='L10:المدينة'),                        # 26
]
EV = (MON, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة الطبقة', 'tabqa'), as_of=EV, status='arrived', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('محيط سد الفرات', 'euphrates-dam'), as_of=EV, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('مطار الطبقة العسكري', 'tabqa-airbase'), as_of=EV, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', strength=(40, True, 'vehicles'), assets='رتل: دبابات وراجمات صواريخ', loc=('الطبقة', 'tabqa'), as_of=EV,
      status='arrived', source=COR, line=2, events=[4]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), loc=('جسم السد', 'euphrates-dam'), as_of=EV, status='present', source=COR, line=3, events=[5]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), loc=('محطة التحويل الكهربائية المجاورة', 'euphrates-dam-substation'), as_of=EV,
      status='present', source=COR, line=3, events=[5]),
 dict(actor='ISIS', loc=('مبنى المطار', 'tabqa-airbase'), as_of=('2014-08', 'month'), status='controls', source=COR, line=3, events=[6]),
 dict(actor='SY_GOV', loc=('مدينة الرقة', 'raqqa'), as_of=(D + '/', 'vague'), status='planned', source=MS, line=4, events=[7]),
 dict(actor='US', assets='نقاط', loc=('محيط بلدة عين عيسى', 'ain-issa'), as_of=(SUN, 'part-of-day'), status='withdrawn', source=MS, line=4, events=[8]),
 dict(actor='SDF', loc=('الطريق الدولي M4', 'm4-highway'), as_of=TD, status='present', line=6, events=[15]),
 dict(actor='FSA', loc=('الطريق الدولي M4', 'm4-highway'), as_of=TD, status='present', line=6, events=[15]),
 dict(actor='US', strength=(1000, True, 'troops'), loc=('شمال سوريا', 'north-syria'), as_of=(SUN, 'day'), status='withdrawn',
      source='مارك إسبر', line=8, events=[21]),
 dict(actor='RU', assets='الشرطة العسكرية الروسية (دورية)', loc=('خطوط التماس', 'manbij-frontline'), as_of=TD, status='present', source=LOC, line=9, events=[22]),
 dict(actor='SY_GOV', loc=('خطوط التماس', 'manbij-frontline'), as_of=TD, status='present', source=LOC, line=9),
 dict(actor='FSA', loc=('خطوط التماس', 'manbij-frontline'), as_of=TD, status='present', source=LOC, line=9),
 dict(actor='SY_GOV', loc=('عين العرب', 'kobani'), as_of=(D + '/', 'vague'), status='planned', source=LOC, line=9, events=[23]),
 dict(actor='SDF', loc=('المدينة', 'tabqa'), as_of=('2017-05', 'month'), status='controls', line=10, events=[25]),
 dict(actor='SDF', loc=('السد', 'euphrates-dam'), as_of=('2017-05', 'month'), status='controls', line=10, events=[25]),
]
build('almayadeen-tabqa-deployment', None, 'الميادين', D, L, ents, times, events, forces)
