from build import build
L = [
'الجيش السوري وحلفاؤه يصلون إلى الحدود العراقية شمال شرق التنف',
'وصلت وحدات من الجيش السوري والقوات الحليفة، اليوم الجمعة، إلى الحدود السورية العراقية شمال شرق منطقة التنف في البادية السورية، للمرة الأولى منذ سيطرة تنظيم "داعش" على المنطقة عام 2015.',
'وقال مراسل الميادين في البادية إن القوات تقدمت مسافة تزيد على 70 كيلومتراً خلال الأيام الماضية، وسيطرت على مساحات واسعة تمتد من منطقة ظاظا حتى الشريط الحدودي، متجاوزة قاعدة التنف التي تتمركز فيها القوات الأميركية من جهة الشمال.',
'وأكد الإعلام الحربي المركزي أن القوات ثبّتت نقاطاً لها على الشريط الحدودي، بالتزامن مع تقدم فصائل الحشد الشعبي على الجانب الآخر من الحدود.',
'في المقابل، أعلن التحالف الدولي بقيادة واشنطن أن مقاتلة أميركية من طراز "إف-15" أسقطت أمس الخميس طائرة مسيّرة "موالية للنظام" بعد أن أطلقت النار على قوات للتحالف قرب التنف، من دون أن توقع إصابات.',
'وكانت طائرات التحالف قد استهدفت الثلاثاء الماضي رتلاً للقوات الموالية للحكومة السورية داخل "منطقة عدم الاشتباك" المحيطة بالتنف، ودمرت دبابة وآليتين، بحسب بيان للتحالف.',
'من جهته، وصف مصدر عسكري سوري للميادين الضربات الأميركية بأنها "عدوان سافر"، مؤكداً أن الجيش "سيواصل تقدمه لتحرير كامل البادية وصولاً إلى دير الزور".',
'وتنتشر في قاعدة التنف قوات أميركية وبريطانية تدرب مقاتلين من فصيل "مغاوير الثورة" المعارض، يقدر عددهم بنحو 400 مقاتل، في حين يقدر عدد المستشارين الغربيين بنحو 150.',
'وبحسب مصادر ميدانية، فإن التقدم الأخير يقطع الطريق أمام الفصائل المدعومة أميركياً نحو البوكمال، ويحصر وجودها في دائرة نصف قطرها 55 كيلومتراً حول التنف.',
'وشاركت في عملية "الفجر الكبرى"، التي انطلقت في أيار الماضي، قوات من "حزب الله" وفصائل عراقية بينها "كتائب سيد الشهداء" و"حركة النجباء"، بإسناد من الطيران الحربي الروسي.',
'في غضون ذلك، وصلت تعزيزات جديدة للجيش السوري تضم نحو 40 آلية إلى منطقة السبع بيار على طريق دمشق - بغداد، استعداداً لمرحلة جديدة من العملية باتجاه مدينة السخنة شرق حمص.',
]
D = '2017-06-09'   # Friday; Beirut channel's website, web copy of its own day
PGM = 'OTHER:pro-government-militias'
PMF = 'OTHER:pmf'
MGW = 'OTHER:maghawir-al-thawra'
UK = 'OTHER:uk'
IQM = 'OTHER:iraqi-militias'
KSS = 'OTHER:kataib-sayyid-al-shuhada'
NJB = 'OTHER:nujaba'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:الحدود العراقية','LOCATION','syria-iraq-border'), ('L0:التنف','LOCATION','al-tanf'),
 ('L1:وحدات من الجيش السوري','ACTOR','SY_GOV'), ('L1:القوات الحليفة','ACTOR',PGM), ('L1:الحدود السورية العراقية','LOCATION','syria-iraq-border'),
 ('L1:منطقة التنف','LOCATION','al-tanf'), ('L1:البادية السورية','LOCATION','syrian-badia'), ('L1:تنظيم "داعش"','ACTOR','ISIS'),
 ('L1:المنطقة','LOCATION','syria-iraq-border'),
 ('L2:الميادين','ORG','almayadeen'), ('L2:البادية','LOCATION','syrian-badia'), ('L2:القوات#0','ACTOR','SY_GOV'),
 ('L2:تزيد على 70 كيلومتراً','QUANTITY',None,(70,True,'km')), ('L2:منطقة ظاظا','LOCATION','zaza'), ('L2:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L2:قاعدة التنف','LOCATION','al-tanf-base'), ('L2:القوات الأميركية','ACTOR','US'),
 ('L3:الإعلام الحربي المركزي','ORG','central-war-media'), ('L3:القوات','ACTOR','SY_GOV'), ('L3:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L3:فصائل الحشد الشعبي','ACTOR',PMF), ('L3:الحدود#1','LOCATION','syria-iraq-border'),
 ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:واشنطن','ACTOR','US'), ('L4:مقاتلة أميركية من طراز "إف-15"','WEAPON','f-15'),
 ('L4:طائرة مسيّرة','WEAPON','drone'), ('L4:لنظام','ACTOR','SY_GOV'), ('L4:لتحالف#1','ACTOR','COALITION'), ('L4:التنف','LOCATION','al-tanf'),
 ('L5:طائرات','WEAPON','warplanes'), ('L5:التحالف','ACTOR','COALITION'), ('L5:لقوات الموالية للحكومة السورية','ACTOR',PGM),
 ('L5:منطقة عدم الاشتباك','LOCATION','al-tanf-deconfliction-zone'), ('L5:التنف','LOCATION','al-tanf'), ('L5:دبابة','WEAPON','tanks'),
 ('L5:آليتين','QUANTITY',None,(2,False,'vehicles')), ('L5:آليتين#0','WEAPON','military-vehicles'), ('L5:لتحالف#1','ACTOR','COALITION'),
 ('L6:لميادين','ORG','almayadeen'), ('L6:الجيش','ACTOR','SY_GOV'), ('L6:البادية','LOCATION','syrian-badia'), ('L6:دير الزور','LOCATION','deir-ez-zor'),
 ('L7:قاعدة التنف','LOCATION','al-tanf-base'), ('L7:قوات أميركية','ACTOR','US'), ('L7:فصيل "مغاوير الثورة"','ACTOR',MGW),
 ('L7:نحو 400 مقاتل','QUANTITY',None,(400,True,'fighters')), ('L7:نحو 150','QUANTITY',None,(150,True,'troops')),
 ('L8:الفصائل المدعومة أميركياً','ACTOR','FSA'), ('L8:البوكمال','LOCATION','albu-kamal'), ('L8:55 كيلومتراً','QUANTITY',None,(55,False,'km')),
 ('L8:التنف','LOCATION','al-tanf'),
 ('L9:حزب الله','ACTOR','HEZBOLLAH'), ('L9:فصائل عراقية','ACTOR',IQM), ('L9:كتائب سيد الشهداء','ACTOR',KSS), ('L9:حركة النجباء','ACTOR',NJB),
 ('L9:الطيران الحربي الروسي','ACTOR','RU'),
 ('L10:لجيش السوري','ACTOR','SY_GOV'), ('L10:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L10:آلية','WEAPON','military-vehicles'),
 ('L10:منطقة السبع بيار','LOCATION','sab-biyar'), ('L10:طريق دمشق - بغداد','LOCATION','damascus-baghdad-highway'),
 ('L10:مدينة السخنة','LOCATION','al-sukhnah'), ('L10:حمص','LOCATION','homs'),
]
times = [
 ('L1:اليوم الجمعة', D, 'day'),
 ('L1:عام 2015', '2015', 'year'),
 ('L2:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L4:أمس الخميس', '2017-06-08', 'day'),
 ('L5:الثلاثاء الماضي', '2017-06-06', 'day'),
 ('L9:أيار الماضي', '2017-05', 'month'),
]
T = 'L1:اليوم الجمعة'
COR = 'مراسل الميادين في البادية'
WM = 'الإعلام الحربي المركزي'
COA = 'التحالف الدولي'
MS = 'مصدر عسكري سوري (الميادين)'
FS = 'مصادر ميدانية'
THU = 'L4:أمس الخميس'
events = [
 dict(type='MOVEMENT', trig='L1:وصلت', time=T, actors=['SY_GOV', PGM], loc='L1:الحدود السورية العراقية'),                            # 1
 dict(type='CONTROL', trig='L1:سيطرة', time='L1:عام 2015', actors=['ISIS'], loc='L1:المنطقة'),                                       # 2
 dict(type='MOVEMENT', trig='L2:تقدمت', time='L2:خلال الأيام الماضية', actors=['SY_GOV'], qty=['L2:تزيد على 70 كيلومتراً'], attr=COR),  # 3
 dict(type='CONTROL', trig='L2:سيطرت', time='L2:خلال الأيام الماضية', actors=['SY_GOV'], loc='L2:منطقة ظاظا', attr=COR),             # 4
 dict(type='MOVEMENT', trig='L2:تتمركز', actors=['US'], loc='L2:قاعدة التنف', attr=COR),                                            # 5
 dict(type='BASE', trig='L3:ثبّتت نقاطاً', time=T, actors=['SY_GOV'], loc='L3:الشريط الحدودي', attr=WM),                             # 6
 dict(type='MOVEMENT', trig='L3:تقدم', time=T, actors=[PMF], loc='L3:الحدود#1', attr=WM),                                             # 7
 dict(type='STATEMENT', trig='L4:أعلن', actors=['COALITION'], attr=COA),                                                           # 8
 dict(type='ATTACK', trig='L4:أسقطت', time=THU, actors=['US'], targets=['SY_GOV'], loc='L4:التنف',
      weapons=['L4:مقاتلة أميركية من طراز "إف-15"'], attr=COA),                                                                    # 9
 dict(type='ATTACK', trig='L4:أطلقت النار', time=THU, actors=['SY_GOV'], targets=['COALITION'], loc='L4:التنف',
      weapons=['L4:طائرة مسيّرة'], attr=COA),                                                                                       # 10
 dict(type='ATTACK', trig='L5:استهدفت', time='L5:الثلاثاء الماضي', actors=['COALITION'], targets=[PGM], loc='L5:منطقة عدم الاشتباك',
      weapons=['L5:طائرات'], attr=COA),                                                                                             # 11
 dict(type='MOVEMENT', trig='L6:سيواصل تقدمه', mod='planned', actors=['SY_GOV'], loc='L6:البادية', attr=MS),                         # 12
 dict(type='CONTROL', trig='L6:لتحرير', mod='planned', actors=['SY_GOV'], loc='L6:البادية', attr=MS),                                # 13
 dict(type='MOVEMENT', trig='L7:تنتشر', actors=['US', UK], loc='L7:قاعدة التنف'),                                                   # 14
 dict(type='TRAINING', trig='L7:تدرب', actors=['US', UK, MGW], loc='L7:قاعدة التنف'),                                               # 15
 dict(type='MOVEMENT', trig='L8:التقدم', time=T, actors=['SY_GOV', PGM], attr=FS),                                                  # 16
 dict(type='OPERATION', trig='L9:عملية', time='L9:أيار الماضي', actors=['SY_GOV', 'HEZBOLLAH', IQM, KSS, NJB]),                     # 17
 dict(type='ATTACK', trig='L9:بإسناد', time='L9:أيار الماضي', actors=['RU']),                                                       # 18
 dict(type='MOVEMENT', trig='L10:وصلت', time=T, actors=['SY_GOV'], loc='L10:منطقة السبع بيار', weapons=['L10:آلية'], qty=['L10:نحو 40 آلية']),  # 19
 dict(type='OPERATION', trig='L10:مرحلة جديدة', mod='planned', actors=['SY_GOV'], loc='L10:مدينة السخنة'),                          # 20
]
TD = (D, 'day')
V = (None, 'vague')
BORDER = ('الحدود السورية العراقية', 'syria-iraq-border')
forces = [
 dict(actor='SY_GOV', loc=BORDER, as_of=TD, status='arrived', line=1, events=[1]),
 dict(actor=PGM, loc=BORDER, as_of=TD, status='arrived', line=1, events=[1]),
 dict(actor='ISIS', loc=('المنطقة', 'syria-iraq-border'), as_of=('2015', 'year'), status='controls', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('منطقة ظاظا', 'zaza'), as_of=V, status='controls', source=COR, line=2, events=[4]),
 dict(actor='SY_GOV', loc=('الشريط الحدودي', 'syria-iraq-border'), as_of=V, status='controls', source=COR, line=2, events=[4]),
 dict(actor='US', loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', source=COR, line=2, events=[5]),
 dict(actor='SY_GOV', assets='نقاط', loc=('الشريط الحدودي', 'syria-iraq-border'), as_of=TD, status='present', source=WM, line=3, events=[6]),
 dict(actor=PMF, loc=('الحدود', 'syria-iraq-border'), as_of=TD, status='present', source=WM, line=3, events=[7]),
 dict(actor=PGM, assets='رتل، دبابة وآليتان', loc=('منطقة عدم الاشتباك', 'al-tanf-deconfliction-zone'), as_of=('2017-06-06', 'day'),
      status='attacked', source=COA, line=5, events=[11]),
 dict(actor='US', strength=(150, True, 'troops'), loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=7, events=[14]),
 dict(actor=UK, loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=7, events=[14]),
 dict(actor=MGW, strength=(400, True, 'fighters'), loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=7, events=[15]),
 dict(actor='FSA', loc=('التنف', 'al-tanf'), as_of=TD, status='present', source=FS, line=8),
 dict(actor='SY_GOV', strength=(40, True, 'vehicles'), assets='آليات', loc=('منطقة السبع بيار', 'sab-biyar'), as_of=TD, status='reinforced',
      line=10, events=[19]),
]
build('almayadeen-tanf-border', None, 'الميادين نت', D, L, ents, times, events, forces)
