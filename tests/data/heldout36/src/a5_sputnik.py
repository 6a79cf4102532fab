from build import build
L = [
'مقتل جنرال روسي بانفجار عبوة ناسفة قرب دير الزور',
'موسكو - سبوتنيك',
'أعلنت وزارة الدفاع الروسية، اليوم الثلاثاء، مقتل مستشار عسكري روسي برتبة لواء وإصابة عسكريين اثنين، جراء انفجار عبوة ناسفة استهدفت رتلاً عسكرياً روسياً، أمس الاثنين، شرقي مدينة دير الزور.',
'وقالت الوزارة في بيانها إن الانفجار وقع بعد انتهاء مهمة إنسانية في ريف دير الزور الشرقي، مشيرة إلى أن اللواء فياتشيسلاف غلادكيخ "توفي متأثراً بجروحه خلال نقله إلى المستشفى".',
'وأضاف البيان أن العسكريين المصابين نقلا إلى قاعدة حميميم الجوية في ريف اللاذقية لتلقي العلاج، وأن حالتهما "مستقرة".',
'وأفاد مراسل "سبوتنيك" في دير الزور بأن وحدات من "الفيلق الخامس"، تضم نحو ألفي عنصر، بدأت اليوم بمساندة من القوات الرديفة والطيران الحربي الروسي عملية تمشيط واسعة في بادية الميادين والبوكمال، لملاحقة خلايا تنظيم "داعش" الإرهابي (المحظور في روسيا) التي صعّدت هجماتها على الطرق الواصلة بين دير الزور وتدمر خلال الأسابيع الماضية.',
'ونقل المراسل عن مصدر عسكري سوري أن الطائرات الحربية الروسية شنت فجر اليوم أكثر من 20 غارة على مخابئ التنظيم في منطقة جبل البشري، ما أسفر عن مقتل 19 مسلحاً وتدمير أربع سيارات مزودة برشاشات ثقيلة.',
'وتنتشر وحدات من الشرطة العسكرية الروسية في عدد من المواقع بمحافظة دير الزور، أبرزها مطار دير الزور العسكري، منذ تشرين الثاني/نوفمبر 2017، بعد استعادة الجيش السوري السيطرة على المدينة.',
'في المقابل، تتهم دمشق وموسكو الولايات المتحدة بتسهيل تحركات خلايا "داعش" انطلاقاً من منطقة التنف، حيث تنتشر قوات أمريكية في قاعدة عسكرية قرب الحدود مع الأردن والعراق.',
'ويعد غلادكيخ من أرفع الضباط الروس الذين قتلوا في سوريا منذ بدء العملية العسكرية الروسية في سبتمبر/أيلول 2015، بعد الفريق فاليري أسابوف الذي قتل بقصف لـ"داعش" قرب دير الزور في سبتمبر/أيلول 2017.',
]
D = '2020-08-18'   # Tuesday; Russian state agency's Arabic site, web copy of its own day
MON = '2020-08-17'
PGM = 'OTHER:pro-government-militias'
MOD = 'وزارة الدفاع الروسية'
COR = 'مراسل سبوتنيك'
ents = [
 ('L0:جنرال روسي','ACTOR','RU'), ('L0:عبوة ناسفة','WEAPON','ieds'), ('L0:دير الزور','LOCATION','deir-ez-zor'),
 ('L1:موسكو','LOCATION','moscow'), ('L1:سبوتنيك','ORG','sputnik'),
 ('L2:وزارة الدفاع الروسية','ACTOR','RU'), ('L2:مستشار عسكري روسي','ACTOR','RU'),
 ('L2:عسكريين اثنين','QUANTITY',None,(2,False,'wounded')), ('L2:عبوة ناسفة','WEAPON','ieds'), ('L2:مدينة دير الزور','LOCATION','deir-ez-zor'),
 ('L3:الوزارة','ACTOR','RU'), ('L3:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L3:فياتشيسلاف غلادكيخ','PERSON','vyacheslav-gladkikh'),
 ('L4:قاعدة حميميم الجوية','LOCATION','hmeimim-airbase'), ('L4:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L5:سبوتنيك','ORG','sputnik'), ('L5:دير الزور#0','LOCATION','deir-ez-zor'), ('L5:الفيلق الخامس','ACTOR','SY_GOV'),
 ('L5:نحو ألفي عنصر','QUANTITY',None,(2000,True,'troops')), ('L5:القوات الرديفة','ACTOR',PGM),
 ('L5:الطيران الحربي الروسي','ACTOR','RU'), ('L5:بادية الميادين','LOCATION','mayadin-desert'), ('L5:البوكمال','LOCATION','albu-kamal'),
 ('L5:تنظيم "داعش"','ACTOR','ISIS'), ('L5:روسيا','LOCATION','russia'), ('L5:الطرق','LOCATION','deir-ez-zor-palmyra-roads'),
 ('L5:دير الزور#1','LOCATION','deir-ez-zor'), ('L5:تدمر','LOCATION','palmyra'),
 ('L6:الطائرات الحربية الروسية','WEAPON','warplanes'), ('L6:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')),
 ('L6:التنظيم','ACTOR','ISIS'), ('L6:منطقة جبل البشري','LOCATION','jabal-bishri'), ('L6:19 مسلحاً','QUANTITY',None,(19,False,'killed')),
 ('L6:أربع سيارات','QUANTITY',None,(4,False,'vehicles')), ('L6:سيارات','WEAPON','vehicles'), ('L6:رشاشات ثقيلة','WEAPON','heavy-machine-guns'),
 ('L7:الشرطة العسكرية الروسية','ACTOR','RU'), ('L7:محافظة دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L7:مطار دير الزور العسكري','LOCATION','deir-ez-zor-airbase'), ('L7:الجيش السوري','ACTOR','SY_GOV'), ('L7:المدينة','LOCATION','deir-ez-zor'),
 ('L8:دمشق','ACTOR','SY_GOV'), ('L8:موسكو','ACTOR','RU'), ('L8:الولايات المتحدة','ACTOR','US'), ('L8:داعش','ACTOR','ISIS'),
 ('L8:منطقة التنف','LOCATION','al-tanf'), ('L8:قوات أمريكية','ACTOR','US'), ('L8:الحدود','LOCATION','syria-jordan-iraq-triangle'),
 ('L8:الأردن','LOCATION','jordan'), ('L8:العراق','LOCATION','iraq'),
 ('L9:غلادكيخ','PERSON','vyacheslav-gladkikh'), ('L9:الضباط الروس','ACTOR','RU'), ('L9:سوريا','LOCATION','syria'),
 ('L9:فاليري أسابوف','PERSON','valery-asapov'), ('L9:داعش','ACTOR','ISIS'), ('L9:دير الزور','LOCATION','deir-ez-zor'),
]
times = [
 ('L2:اليوم الثلاثاء', D, 'day'),
 ('L2:أمس الاثنين', MON, 'day'),
 ('L5:اليوم', D, 'day'),
 ('L5:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
 ('L6:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ تشرين الثاني/نوفمبر 2017', '2017-11/2020-08', 'month'),
 ('L9:سبتمبر/أيلول 2015', '2015-09', 'month'),
 ('L9:سبتمبر/أيلول 2017', '2017-09', 'month'),
]
Y = 'L2:أمس الاثنين'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:اليوم الثلاثاء', actors=['RU'], attr=MOD),                                  # 1
 dict(type='ATTACK', trig='L2:انفجار', time=Y, targets=['RU'], loc='L2:مدينة دير الزور', weapons=['L2:عبوة ناسفة'],
      qty=['L2:عسكريين اثنين'], attr=MOD),                                                                                    # 2
 dict(type='STATEMENT', trig='L3:قالت', time='L2:اليوم الثلاثاء', actors=['RU'], attr=MOD),                                   # 3
 dict(type='ATTACK', trig='L3:الانفجار', time=Y, targets=['RU'], loc='L3:ريف دير الزور الشرقي', attr=MOD),                     # 4
 dict(type='OPERATION', trig='L5:عملية تمشيط', time='L5:اليوم', actors=['SY_GOV', PGM, 'RU'], targets=['ISIS'],
      loc='L5:بادية الميادين', qty=['L5:نحو ألفي عنصر'], attr=COR),                                                           # 5
 dict(type='ATTACK', trig='L5:بمساندة', time='L5:اليوم', actors=[PGM, 'RU'], targets=['ISIS'], attr=COR),                     # 6
 dict(type='ATTACK', trig='L5:هجماتها', time='L5:خلال الأسابيع الماضية', actors=['ISIS'], loc='L5:الطرق', attr=COR),           # 7
 dict(type='ATTACK', trig='L6:غارة', time='L6:فجر اليوم', actors=['RU'], targets=['ISIS'], loc='L6:منطقة جبل البشري',
      weapons=['L6:الطائرات الحربية الروسية'], qty=['L6:أكثر من 20 غارة', 'L6:19 مسلحاً'], attr='مصدر عسكري سوري'),              # 8
 dict(type='MOVEMENT', trig='L7:تنتشر', time='L7:منذ تشرين الثاني/نوفمبر 2017', actors=['RU'], loc='L7:محافظة دير الزور'),     # 9
 dict(type='CONTROL', trig='L7:استعادة', actors=['SY_GOV'], targets=['ISIS'], loc='L7:المدينة'),                              # 10
 dict(type='MOVEMENT', trig='L8:تحركات', actors=['ISIS'], loc='L8:منطقة التنف', attr='دمشق وموسكو'),                          # 11
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['US'], loc='L8:منطقة التنف'),                                                 # 12
 dict(type='OPERATION', trig='L9:العملية العسكرية', time='L9:سبتمبر/أيلول 2015', actors=['RU'], loc='L9:سوريا'),              # 13
 dict(type='ATTACK', trig='L9:بقصف', time='L9:سبتمبر/أيلول 2017', actors=['ISIS'], targets=['RU'], loc='L9:دير الزور'),        # 14
]
TD = (D, 'day')
SI = ('2017-11/2020-08', 'month')
forces = [
 dict(actor='RU', assets='رتل عسكري', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=(MON, 'day'), status='attacked', source=MOD, line=2, events=[2]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), assets='وحدات من الفيلق الخامس', loc=('بادية الميادين', 'mayadin-desert'), as_of=TD,
      status='present', source=COR, line=5, events=[5]),
 dict(actor='SY_GOV', assets='وحدات من الفيلق الخامس', loc=('البوكمال', 'albu-kamal'), as_of=TD, status='present', source=COR, line=5, events=[5]),
 dict(actor=PGM, loc=('بادية الميادين', 'mayadin-desert'), as_of=TD, status='present', source=COR, line=5, events=[5]),
 dict(actor=PGM, loc=('البوكمال', 'albu-kamal'), as_of=TD, status='present', source=COR, line=5, events=[5]),
 dict(actor='ISIS', assets='مخابئ', loc=('منطقة جبل البشري', 'jabal-bishri'), as_of=(D, 'part-of-day'), status='attacked', source='مصدر عسكري سوري', line=6, events=[8]),
 dict(actor='RU', assets='وحدات من الشرطة العسكرية', loc=('محافظة دير الزور', 'deir-ez-zor-governorate'), as_of=SI, status='present', line=7, events=[9]),
 dict(actor='RU', assets='وحدات من الشرطة العسكرية', loc=('مطار دير الزور العسكري', 'deir-ez-zor-airbase'), as_of=SI, status='present', line=7, events=[9]),
 dict(actor='SY_GOV', loc=('المدينة', 'deir-ez-zor'), as_of=('2017-11', 'month'), status='controls', line=7, events=[10]),
 dict(actor='US', assets='قاعدة عسكرية', loc=('منطقة التنف', 'al-tanf'), as_of=TD, status='present', line=8, events=[12]),
]
build('sputnik-deir-ez-zor-general', None, 'سبوتنيك', D, L, ents, times, events, forces)
