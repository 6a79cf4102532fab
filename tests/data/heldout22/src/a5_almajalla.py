from build import build
L = [
'غارة "خاطئة" لطائرات التحالف على جبل الثردة تضع الهدنة الأمريكية الروسية على المحك',
'شنت طائرات التحالف الدولي بقيادة الولايات المتحدة، مساء أمس السبت، غارات على مواقع لقوات النظام السوري في جبل الثردة المطل على مطار دير الزور العسكري، أسفرت بحسب وزارة الدفاع الروسية عن مقتل 62 جندياً وإصابة نحو 100 آخرين.',
'وأوضحت الوزارة أن الغارات نفذتها مقاتلتان من طراز "إف-16" وطائرتان من طراز "إيه-10" دخلت الأجواء السورية من جهة العراق، وأن مسلحي تنظيم "داعش" شنوا فور انتهائها هجوماً على التلة وتمكنوا من السيطرة عليها.',
'في المقابل، قالت القيادة المركزية الأمريكية في بيان إن التحالف "أوقف الضربة فوراً" بعد أن أبلغه مسؤولون روس بأن المواقع المستهدفة قد تعود إلى الجيش السوري، معربة عن "أسفها" للخسائر البشرية، ومؤكدة أن المعلومات الأولية كانت تشير إلى وجود عناصر من "داعش" في المنطقة.',
'ودعت موسكو إلى جلسة طارئة لمجلس الأمن الدولي عُقدت ليل السبت، اتهم خلالها المندوب الروسي فيتالي تشوركين واشنطن بـ"حماية داعش"، فيما وصفت المندوبة الأمريكية سامانثا باور الخطوة الروسية بأنها "استعراض رخيص".',
'وتأتي الغارة بعد خمسة أيام على دخول الهدنة التي توصل إليها وزيرا الخارجية الأمريكي جون كيري والروسي سيرغي لافروف في جنيف حيز التنفيذ مساء الإثنين الماضي، وهي تنص على إنشاء "مركز تنفيذ مشترك" لتنسيق الضربات ضد "داعش" و"جبهة فتح الشام" إذا صمدت سبعة أيام.',
'من جهتها، اعتبرت القيادة العامة للجيش السوري في بيان نقلته وكالة "سانا" أن الغارة "دليل قاطع" على أن واشنطن تدعم التنظيم، مؤكدة أن وحداتها استعادت السيطرة على الجبل صباح اليوم بإسناد من الطيران الروسي، بعد تراجع مسلحي "داعش" إلى المنحدرات الجنوبية.',
'ويحاصر تنظيم "داعش" منذ مطلع عام 2015 الأحياء الخاضعة لسيطرة النظام في مدينة دير الزور، حيث يعيش نحو 100 ألف مدني، فيما تشكل التلال المحيطة بالمطار خط الدفاع الأخير عن نحو ألفي عنصر من قوات النظام يقودهم العميد عصام زهر الدين.',
'وفي حلب، أفاد "المرصد السوري لحقوق الإنسان" بأن قوات النظام قصفت، صباح اليوم الأحد، بقذائف المدفعية أحياء حلب الشرقية المحاصرة، في حين لا تزال نحو 40 شاحنة مساعدات أممية عالقة عند الحدود التركية بانتظار ضمانات لعبورها طريق الكاستيلو.',
]
D = '2016-09-18'   # Sunday; Saudi-owned magazine (London), web copy of its day
SAT = '2016-09-17'
ents = [
 ('L0:طائرات','WEAPON','warplanes'), ('L0:التحالف','ACTOR','COALITION'), ('L0:جبل الثردة','LOCATION','jabal-al-tharda'),
 ('L1:طائرات','WEAPON','warplanes'), ('L1:التحالف الدولي بقيادة الولايات المتحدة','ACTOR','COALITION'), ('L1:قوات النظام السوري','ACTOR','SY_GOV'),
 ('L1:جبل الثردة','LOCATION','jabal-al-tharda'), ('L1:مطار دير الزور العسكري','LOCATION','deir-ez-zor-airport'), ('L1:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L1:62 جندياً','QUANTITY',None,(62,False,'killed')), ('L1:نحو 100','QUANTITY',None,(100,True,'wounded')),
 ('L2:الوزارة','ACTOR','RU'), ('L2:مقاتلتان','QUANTITY',None,(2,False,'aircraft')), ('L2:مقاتلتان من طراز "إف-16"','WEAPON','f-16'),
 ('L2:طائرتان','QUANTITY',None,(2,False,'aircraft')), ('L2:طائرتان من طراز "إيه-10"','WEAPON','a-10'), ('L2:الأجواء السورية','LOCATION','syrian-airspace'),
 ('L2:العراق','LOCATION','iraq'), ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:التلة','LOCATION','jabal-al-tharda'),
 ('L3:القيادة المركزية الأمريكية','ACTOR','US'), ('L3:التحالف','ACTOR','COALITION'), ('L3:الجيش السوري','ACTOR','SY_GOV'), ('L3:داعش','ACTOR','ISIS'),
 ('L3:المنطقة','LOCATION','jabal-al-tharda'),
 ('L4:موسكو','ACTOR','RU'), ('L4:مجلس الأمن الدولي','ORG','un-security-council'), ('L4:فيتالي تشوركين','PERSON','vitaly-churkin'),
 ('L4:واشنطن','ACTOR','US'), ('L4:داعش','ACTOR','ISIS'), ('L4:سامانثا باور','PERSON','samantha-power'),
 ('L5:خمسة أيام','QUANTITY',None,(5,False,'other')), ('L5:جون كيري','PERSON','john-kerry'), ('L5:سيرغي لافروف','PERSON','sergey-lavrov'),
 ('L5:جنيف','LOCATION','geneva'), ('L5:داعش','ACTOR','ISIS'), ('L5:جبهة فتح الشام','ACTOR','NUSRA'), ('L5:سبعة أيام','QUANTITY',None,(7,False,'other')),
 ('L6:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L6:سانا','ORG','sana'), ('L6:واشنطن','ACTOR','US'), ('L6:التنظيم','ACTOR','ISIS'),
 ('L6:الجبل','LOCATION','jabal-al-tharda'), ('L6:الطيران الروسي','WEAPON','russian-aircraft'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:المنحدرات الجنوبية','LOCATION','jabal-al-tharda-southern-slopes'),
 ('L7:تنظيم "داعش"','ACTOR','ISIS'), ('L7:النظام#0','ACTOR','SY_GOV'), ('L7:مدينة دير الزور','LOCATION','deir-ez-zor'),
 ('L7:نحو 100 ألف مدني','QUANTITY',None,(100000,True,'people')), ('L7:المطار','LOCATION','deir-ez-zor-airport'),
 ('L7:نحو ألفي عنصر','QUANTITY',None,(2000,True,'troops')), ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:عصام زهر الدين','PERSON','issam-zahreddine'),
 ('L8:حلب#0','LOCATION','aleppo'), ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L8:قوات النظام','ACTOR','SY_GOV'),
 ('L8:قذائف المدفعية','WEAPON','artillery-shells'), ('L8:أحياء حلب الشرقية','LOCATION','east-aleppo'), ('L8:نحو 40 شاحنة','QUANTITY',None,(40,True,'vehicles')),
 ('L8:الحدود التركية','LOCATION','syria-turkey-border'), ('L8:طريق الكاستيلو','LOCATION','castello-road'),
]
times = [
 ('L1:مساء أمس السبت', SAT, 'part-of-day', {'part': 'evening'}),
 ('L4:ليل السبت', SAT, 'part-of-day', {'part': 'night'}),
 ('L5:مساء الإثنين الماضي', '2016-09-12', 'part-of-day', {'part': 'evening'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ مطلع عام 2015', '2015-01/2016-09', 'month'),
 ('L8:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
]
E = 'L1:مساء أمس السبت'
RMOD = 'وزارة الدفاع الروسية'
CC = 'القيادة المركزية الأمريكية'
GC = 'القيادة العامة للجيش السوري'
events = [
 dict(type='ATTACK', trig='L1:غارات', time=E, actors=['COALITION'], targets=['SY_GOV'], loc='L1:جبل الثردة', weapons=['L1:طائرات'],
      qty=['L1:62 جندياً', 'L1:نحو 100'], attr=RMOD),                                                                                   # 1
 dict(type='ATTACK', trig='L2:الغارات', time=E, actors=['COALITION'], targets=['SY_GOV'],
      weapons=['L2:مقاتلتان من طراز "إف-16"', 'L2:طائرتان من طراز "إيه-10"'], qty=['L2:مقاتلتان', 'L2:طائرتان'], attr=RMOD),                  # 2
 dict(type='MOVEMENT', trig='L2:دخلت', time=E, actors=['COALITION'], loc='L2:الأجواء السورية',
      weapons=['L2:مقاتلتان من طراز "إف-16"', 'L2:طائرتان من طراز "إيه-10"'], attr=RMOD),                                                  # 3
 dict(type='ATTACK', trig='L2:هجوماً', time=E, actors=['ISIS'], targets=['SY_GOV'], loc='L2:التلة', attr=RMOD),                                # 4
 dict(type='CONTROL', trig='L2:السيطرة', time=E, actors=['ISIS'], targets=['SY_GOV'], loc='L2:التلة', attr=RMOD),                              # 5
 dict(type='STATEMENT', trig='L3:قالت', actors=['US'], attr=CC),                                                                          # 6
 dict(type='ATTACK', trig='L3:الضربة', time=E, actors=['COALITION'], targets=['SY_GOV'], attr=CC),                                         # 7
 dict(type='ATTACK', trig='L5:الغارة', time=E, actors=['COALITION'], targets=['SY_GOV']),                                                  # 8
 dict(type='AGREEMENT', trig='L5:الهدنة', time='L5:مساء الإثنين الماضي', actors=['US', 'RU'], loc='L5:جنيف'),                                 # 9
 dict(type='STATEMENT', trig='L6:بيان', actors=['SY_GOV'], attr=GC),                                                                      # 10
 dict(type='ATTACK', trig='L6:الغارة', time=E, actors=['COALITION'], targets=['SY_GOV'], attr=GC),                                         # 11
 dict(type='CONTROL', trig='L6:استعادت', time='L6:صباح اليوم', actors=['SY_GOV'], targets=['ISIS'], loc='L6:الجبل', weapons=['L6:الطيران الروسي'],
      attr=GC),                                                                                                                         # 12
 dict(type='WITHDRAWAL', trig='L6:تراجع', time='L6:صباح اليوم', actors=['ISIS'], loc='L6:الجبل', attr=GC),                                    # 13
 dict(type='OPERATION', trig='L7:يحاصر', time='L7:منذ مطلع عام 2015', actors=['ISIS'], targets=['SY_GOV'], loc='L7:مدينة دير الزور'),          # 14
 dict(type='CONTROL', trig='L7:الخاضعة لسيطرة', actors=['SY_GOV'], loc='L7:مدينة دير الزور'),                                                # 15
 dict(type='ATTACK', trig='L8:قصفت', time='L8:صباح اليوم الأحد', actors=['SY_GOV'], loc='L8:أحياء حلب الشرقية', weapons=['L8:قذائف المدفعية'],
      attr='المرصد السوري لحقوق الإنسان'),                                                                                               # 16
]
ED = (SAT, 'part-of-day')
MD = (D, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', assets='مواقع', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=ED, status='attacked', source=RMOD, line=1, events=[1]),
 dict(actor='SY_GOV', assets='مواقع', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=ED, status='present', source=RMOD, line=1, events=[1]),
 dict(actor='ISIS', loc=('التلة', 'jabal-al-tharda'), as_of=ED, status='present', source=RMOD, line=2, events=[4]),
 dict(actor='SY_GOV', loc=('التلة', 'jabal-al-tharda'), as_of=ED, status='present', source=RMOD, line=2, events=[4]),
 dict(actor='ISIS', loc=('التلة', 'jabal-al-tharda'), as_of=ED, status='controls', source=RMOD, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('الجبل', 'jabal-al-tharda'), as_of=MD, status='controls', source=GC, line=6, events=[12]),
 dict(actor='ISIS', loc=('الجبل', 'jabal-al-tharda'), as_of=MD, status='withdrawn', source=GC, line=6, events=[13]),
 dict(actor='ISIS', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=('2015-01/2016-09', 'month'), status='present', line=7, events=[14]),
 dict(actor='SY_GOV', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=TD, status='controls', line=7, events=[15]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), loc=('المطار', 'deir-ez-zor-airport'), as_of=TD, status='present', line=7),
]
build('almajalla-tharda-strike', None, 'المجلة', D, L, ents, times, events, forces)
