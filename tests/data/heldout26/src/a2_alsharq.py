from build import build
L = [
'قاذفات روسية تنطلق من إيران لقصف سوريا.. وواشنطن: الخطوة "مؤسفة"',
'عواصم - وكالات: أعلنت وزارة الدفاع الروسية، أمس، أن قاذفات بعيدة المدى من طراز "توبوليف 22 إم 3" وقاذفات من طراز "سوخوي 34" أقلعت من قاعدة همدان الجوية غربي إيران، ونفذت ضربات على مواقع في محافظات حلب وإدلب ودير الزور.',
'وقالت الوزارة في بيان إن الغارات دمرت خمسة مستودعات للأسلحة والذخيرة وثلاثة مراكز قيادة تابعة لـ"جبهة فتح الشام" في محيط مدينة سراقب ولتنظيم "داعش" في مدينتي الباب ودير الزور، وقتلت "عدداً كبيراً من المسلحين".',
'وأوضحت أن مقاتلات من طراز "سوخوي 30" و"سوخوي 35" انطلقت من قاعدة حميميم في ريف اللاذقية لمرافقة القاذفات.',
'وتعد هذه المرة الأولى التي تستخدم فيها روسيا أراضي دولة أخرى لشن غارات في سوريا منذ بدء تدخلها العسكري في 30 أيلول/سبتمبر 2015، فيما قال أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني إن طهران وموسكو "تتبادلان الإمكانات" في مكافحة الإرهاب.',
'وفي واشنطن، قال المتحدث باسم وزارة الخارجية الأمريكية مارك تونر إن الخطوة "مؤسفة لكنها ليست مفاجئة"، مضيفاً أن بلاده تدرس ما إذا كانت تنتهك قرار مجلس الأمن رقم 2231 الذي يحظر توريد الطائرات الحربية إلى إيران.',
'ميدانياً، شنت طائرات روسية وأخرى تابعة لقوات النظام، أمس، عشرات الغارات على أحياء حلب الشرقية ومنطقة الراموسة جنوبي المدينة، ما أسفر عن مقتل 19 مدنياً على الأقل، بحسب المرصد السوري لحقوق الإنسان.',
'وقال مصدر في "جيش الفتح" لـ"الشرق" إن مقاتلي المعارضة صدوا هجوماً لقوات النظام وميليشيات موالية لإيران على كلية المدفعية في الراموسة فجر اليوم، وقتلوا أكثر من 20 عنصراً، مؤكداً أن الطريق إلى الأحياء الشرقية "ما زال مفتوحاً".',
'وكانت فصائل المعارضة قد سيطرت في السادس من آب/أغسطس الجاري على الكليات العسكرية في الراموسة، منهية حصاراً فرضته قوات النظام في منتصف تموز الماضي على الأحياء الشرقية، التي يقطنها نحو 250 ألف مدني.',
'ونقلت وكالة "إنترفاكس" عن مصدر عسكري روسي أن موسكو قد تنشر "قريباً" مزيداً من القاذفات في القاعدة الإيرانية، فيما يقدّر خبراء عدد العسكريين الروس في سوريا بنحو أربعة آلاف، يتمركز معظمهم في قاعدة حميميم وميناء طرطوس.',
]
D = '2016-08-17'   # Wednesday; Doha daily, web copy of its day
Y = '2016-08-16'
JF = 'OTHER:jaish-al-fateh'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:قاذفات روسية','WEAPON','bombers'), ('L0:إيران','LOCATION','iran'), ('L0:سوريا','LOCATION','syria'), ('L0:واشنطن','ACTOR','US'),
 ('L1:وزارة الدفاع الروسية','ACTOR','RU'), ('L1:قاذفات بعيدة المدى من طراز "توبوليف 22 إم 3"','WEAPON','tu-22m3'),
 ('L1:قاذفات من طراز "سوخوي 34"','WEAPON','su-34'), ('L1:قاعدة همدان الجوية','LOCATION','hamadan-airbase'), ('L1:إيران','LOCATION','iran'),
 ('L1:محافظات حلب','LOCATION','aleppo-governorate'), ('L1:إدلب','LOCATION','idlib-governorate'), ('L1:دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L2:الوزارة','ACTOR','RU'), ('L2:خمسة مستودعات','QUANTITY',None,(5,False,'other')), ('L2:ثلاثة مراكز قيادة','QUANTITY',None,(3,False,'other')),
 ('L2:جبهة فتح الشام','ACTOR','NUSRA'), ('L2:مدينة سراقب','LOCATION','saraqib'), ('L2:تنظيم "داعش"','ACTOR','ISIS'),
 ('L2:مدينتي الباب','LOCATION','al-bab'), ('L2:دير الزور','LOCATION','deir-ez-zor'),
 ('L3:مقاتلات من طراز "سوخوي 30"','WEAPON','su-30'), ('L3:سوخوي 35','WEAPON','su-35'), ('L3:قاعدة حميميم','LOCATION','hmeimim'),
 ('L3:ريف اللاذقية','LOCATION','latakia-countryside'), ('L3:القاذفات','WEAPON','bombers'),
 ('L4:روسيا','ACTOR','RU'), ('L4:سوريا','LOCATION','syria'), ('L4:المجلس الأعلى للأمن القومي الإيراني','ACTOR','IR'),
 ('L4:علي شمخاني','PERSON','ali-shamkhani'), ('L4:طهران','ACTOR','IR'), ('L4:موسكو','ACTOR','RU'),
 ('L5:واشنطن','LOCATION','washington'), ('L5:وزارة الخارجية الأمريكية','ACTOR','US'), ('L5:مارك تونر','PERSON','mark-toner'),
 ('L5:مجلس الأمن','ORG','unsc'), ('L5:الطائرات الحربية','WEAPON','warplanes'), ('L5:إيران','LOCATION','iran'),
 ('L6:طائرات روسية','WEAPON','warplanes'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:عشرات الغارات','QUANTITY',None,([24,99],True,'other')),
 ('L6:أحياء حلب الشرقية','LOCATION','east-aleppo'), ('L6:منطقة الراموسة','LOCATION','ramouseh'), ('L6:المدينة','LOCATION','aleppo'),
 ('L6:19 مدنياً على الأقل','QUANTITY',None,(19,True,'killed')), ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L7:جيش الفتح','ACTOR',JF), ('L7:الشرق#0','ORG','alsharq'), ('L7:مقاتلي المعارضة','ACTOR','FSA'), ('L7:قوات النظام','ACTOR','SY_GOV'),
 ('L7:ميليشيات موالية لإيران','ACTOR',IBM), ('L7:كلية المدفعية','LOCATION','artillery-college'), ('L7:الراموسة','LOCATION','ramouseh'),
 ('L7:أكثر من 20 عنصراً','QUANTITY',None,(20,True,'killed')), ('L7:الأحياء الشرقية','LOCATION','east-aleppo'),
 ('L8:فصائل المعارضة','ACTOR','FSA'), ('L8:الكليات العسكرية','LOCATION','ramouseh-military-colleges'), ('L8:الراموسة','LOCATION','ramouseh'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:الأحياء الشرقية','LOCATION','east-aleppo'), ('L8:نحو 250 ألف مدني','QUANTITY',None,(250000,True,'people')),
 ('L9:إنترفاكس','ORG','interfax'), ('L9:موسكو','ACTOR','RU'), ('L9:القاذفات','WEAPON','bombers'), ('L9:القاعدة الإيرانية','LOCATION','hamadan-airbase'),
 ('L9:العسكريين الروس','ACTOR','RU'), ('L9:سوريا','LOCATION','syria'), ('L9:نحو أربعة آلاف','QUANTITY',None,(4000,True,'troops')),
 ('L9:قاعدة حميميم','LOCATION','hmeimim'), ('L9:ميناء طرطوس','LOCATION','tartus-port'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L4:30 أيلول/سبتمبر 2015', '2015-09-30', 'day'),
 ('L6:أمس', Y, 'day'),
 ('L7:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:السادس من آب/أغسطس الجاري', '2016-08-06', 'day'),
 ('L8:منتصف تموز الماضي', '2016-07', 'month'),
 ('L9:قريباً', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L1:أمس'
F = 'L7:فجر اليوم'
MOD = 'وزارة الدفاع الروسية'
JFS = 'مصدر في جيش الفتح'
TU = 'L1:قاذفات بعيدة المدى من طراز "توبوليف 22 إم 3"'
SU = 'L1:قاذفات من طراز "سوخوي 34"'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['RU'], attr=MOD),                                                         # 1
 dict(type='MOVEMENT', trig='L1:أقلعت', time=T, actors=['RU'], loc='L1:قاعدة همدان الجوية', weapons=[TU, SU], attr=MOD),              # 2
 dict(type='ATTACK', trig='L1:نفذت', time=T, actors=['RU'], loc='L1:محافظات حلب', weapons=[TU, SU], attr=MOD),                         # 3
 dict(type='STATEMENT', trig='L2:قالت', actors=['RU'], attr=MOD),                                                                  # 4
 dict(type='ATTACK', trig='L2:الغارات', time=T, actors=['RU'], attr=MOD),                                                           # 5
 dict(type='ATTACK', trig='L2:دمرت', time=T, actors=['RU'], targets=['NUSRA', 'ISIS'], loc='L2:مدينة سراقب',
      qty=['L2:خمسة مستودعات', 'L2:ثلاثة مراكز قيادة'], attr=MOD),                                                                # 6
 dict(type='ATTACK', trig='L2:قتلت', time=T, actors=['RU'], targets=['NUSRA', 'ISIS'], attr=MOD),                                   # 7
 dict(type='MOVEMENT', trig='L3:انطلقت', time=T, actors=['RU'], loc='L3:قاعدة حميميم', weapons=['L3:مقاتلات من طراز "سوخوي 30"', 'L3:سوخوي 35'], attr=MOD),  # 8
 dict(type='ATTACK', trig='L4:غارات', time=T, actors=['RU'], loc='L4:سوريا'),                                                      # 9
 dict(type='OPERATION', trig='L4:تدخلها العسكري', time='L4:30 أيلول/سبتمبر 2015', actors=['RU'], loc='L4:سوريا'),                     # 10
 dict(type='STATEMENT', trig='L4:قال', actors=['IR'], attr='علي شمخاني'),                                                        # 11
 dict(type='STATEMENT', trig='L5:قال', actors=['US'], attr='مارك تونر'),                                                          # 12
 dict(type='ATTACK', trig='L6:شنت', time='L6:أمس', actors=['RU', 'SY_GOV'], loc='L6:أحياء حلب الشرقية', weapons=['L6:طائرات روسية'],
      qty=['L6:عشرات الغارات', 'L6:19 مدنياً على الأقل'], attr='المرصد السوري لحقوق الإنسان'),                                  # 13
 dict(type='ATTACK', trig='L7:صدوا', time=F, actors=['FSA'], targets=['SY_GOV', IBM], loc='L7:كلية المدفعية', attr=JFS),             # 14
 dict(type='ATTACK', trig='L7:هجوماً', time=F, actors=['SY_GOV', IBM], targets=['FSA'], loc='L7:كلية المدفعية', attr=JFS),           # 15
 dict(type='ATTACK', trig='L7:قتلوا', time=F, actors=['FSA'], targets=['SY_GOV', IBM], qty=['L7:أكثر من 20 عنصراً'], attr=JFS),     # 16
 dict(type='CONTROL', trig='L8:سيطرت', time='L8:السادس من آب/أغسطس الجاري', actors=['FSA'], targets=['SY_GOV'], loc='L8:الكليات العسكرية'),  # 17
 dict(type='OPERATION', trig='L8:حصاراً', time='L8:منتصف تموز الماضي', actors=['SY_GOV'], targets=['FSA'], loc='L8:الأحياء الشرقية'),  # 18
 dict(type='MOVEMENT', trig='L9:تنشر', mod='planned', time='L9:قريباً', actors=['RU'], loc='L9:القاعدة الإيرانية', weapons=['L9:القاذفات'],
      attr='مصدر عسكري روسي (إنترفاكس)'),                                                                                         # 19
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=['RU'], loc='L9:قاعدة حميميم', qty=['L9:نحو أربعة آلاف'], attr='خبراء'),            # 20
]
YD = (Y, 'day')
FP = (D, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='RU', assets='قاذفات توبوليف 22 إم 3 وسوخوي 34', loc=('قاعدة همدان الجوية', 'hamadan-airbase'), as_of=YD, status='present', source=MOD, line=1, events=[2]),
 dict(actor='NUSRA', assets='مستودعات ومراكز قيادة', loc=('مدينة سراقب', 'saraqib'), as_of=YD, status='attacked', source=MOD, line=2, events=[5, 6, 7]),
 dict(actor='ISIS', assets='مستودعات ومراكز قيادة', loc=('مدينتي الباب', 'al-bab'), as_of=YD, status='attacked', source=MOD, line=2, events=[5, 6, 7]),
 dict(actor='ISIS', assets='مستودعات ومراكز قيادة', loc=('دير الزور', 'deir-ez-zor'), as_of=YD, status='attacked', source=MOD, line=2, events=[5, 6, 7]),
 dict(actor='RU', assets='مقاتلات سوخوي 30 وسوخوي 35', loc=('قاعدة حميميم', 'hmeimim'), as_of=YD, status='present', source=MOD, line=3, events=[8]),
 dict(actor='FSA', loc=('كلية المدفعية', 'artillery-college'), as_of=FP, status='present', source=JFS, line=7, events=[14, 15, 16]),
 dict(actor='SY_GOV', loc=('كلية المدفعية', 'artillery-college'), as_of=FP, status='present', source=JFS, line=7, events=[14, 15, 16]),
 dict(actor=IBM, loc=('كلية المدفعية', 'artillery-college'), as_of=FP, status='present', source=JFS, line=7, events=[14, 15, 16]),
 dict(actor='FSA', loc=('الكليات العسكرية', 'ramouseh-military-colleges'), as_of=('2016-08-06', 'day'), status='controls', line=8, events=[17]),
 dict(actor='RU', assets='قاذفات', loc=('القاعدة الإيرانية', 'hamadan-airbase'), as_of=(D + '/', 'vague'), status='planned',
      source='مصدر عسكري روسي (إنترفاكس)', line=9, events=[19]),
 dict(actor='RU', strength=(4000, True, 'troops'), loc=('سوريا', 'syria'), as_of=DD, status='present', source='خبراء', line=9, events=[20]),
 dict(actor='RU', loc=('قاعدة حميميم', 'hmeimim'), as_of=DD, status='present', source='خبراء', line=9, events=[20]),
 dict(actor='RU', loc=('ميناء طرطوس', 'tartus-port'), as_of=DD, status='present', source='خبراء', line=9, events=[20]),
]
build('alsharq-hamadan-bombers', None, 'الشرق', D, L, ents, times, events, forces)
