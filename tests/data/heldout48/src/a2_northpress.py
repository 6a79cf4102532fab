from build import build
L = [
'"الأسايش" ترفع الحصار عن المربع الأمني في الحسكة بعد اتفاق برعاية روسية',
'الحسكة – نورث برس',
'رفعت قوى الأمن الداخلي (الأسايش)، صباح اليوم الثلاثاء، الحصار الذي فرضته منذ منتصف كانون الثاني الماضي على المربع الأمني التابع للحكومة السورية وسط مدينة الحسكة، بعد اتفاق جرى التوصل إليه برعاية روسية في مطار القامشلي مساء أمس.',
'وقال مصدر في الأسايش لنورث برس، إن عناصرهم أزالوا حواجزهم من مداخل المربع الأمني وشارع فلسطين، وسمحوا بدخول صهاريج المحروقات والطحين إلى المؤسسات الحكومية.',
'وبموجب الاتفاق، تعهدت القوات الحكومية بفك الحصار عن حيي الشيخ مقصود والأشرفية في مدينة حلب ومناطق الشهباء شمالي المدينة، حيث تمنع حواجز الفرقة الرابعة منذ مطلع كانون الثاني الماضي دخول المحروقات والمواد الغذائية.',
'كما نص الاتفاق على إطلاق سراح ثمانية عناصر من القوات الحكومية كانت الأسايش قد احتجزتهم على أطراف المربع الأمني في القامشلي الأسبوع الماضي، مقابل الإفراج عن أربعة من عناصر الأسايش اعتُقلوا على حاجز للفرقة الرابعة قرب حلب.',
'وقال مراسل نورث برس، إن دورية للشرطة العسكرية الروسية مؤلفة من أربع عربات مدرعة جالت ظهر اليوم في شوارع المربع الأمني بالحسكة، بالتزامن مع انسحاب عناصر الأسايش من محيطه.',
'في المقابل، نفى المتحدث الرسمي باسم الأسايش علي الحسن ما تداولته وسائل إعلام موالية للحكومة عن وقوع اشتباكات مع عناصر "الدفاع الوطني" قرب دوار الباسل، مؤكداً أن "الوضع هادئ تماماً".',
'وتسيطر القوات الحكومية على المربع الأمني في كل من الحسكة والقامشلي، إضافة إلى مطار القامشلي وفوج كوكب شرقي الحسكة، فيما تخضع بقية أنحاء المدينتين لسيطرة قوات سوريا الديمقراطية.',
'ويتمركز في مطار القامشلي نحو 500 عنصر من القوات الروسية، بحسب تقديرات محلية، فيما وصلت إليه خلال الأسبوع الماضي تعزيزات روسية ضمت مروحيتين وست شاحنات عسكرية.',
'وتعيد الأزمة إلى الأذهان المواجهات التي شهدتها الحسكة في آب 2016 بين الأسايش و"الدفاع الوطني"، وانتهت حينها باتفاق رعته موسكو في قاعدة حميميم، بقي بموجبه المربع الأمني تحت سيطرة الحكومة.',
]
D = '2021-02-02'   # Tuesday; web copy of its own day
MON = '2021-02-01'
ASY = 'OTHER:asayish'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الأسايش','ACTOR',ASY), ('L0:المربع الأمني','LOCATION','hasakah-security-square'), ('L0:الحسكة','LOCATION','hasakah'),
 ('L1:الحسكة','LOCATION','hasakah'), ('L1:نورث برس','ORG','north-press'),
 ('L2:قوى الأمن الداخلي','ACTOR',ASY), ('L2:الأسايش','ACTOR',ASY), ('L2:المربع الأمني','LOCATION','hasakah-security-square'),
 ('L2:لحكومة السورية','ACTOR','SY_GOV'), ('L2:مدينة الحسكة','LOCATION','hasakah'), ('L2:مطار القامشلي','LOCATION','qamishli-airport'),
 ('L3:الأسايش','ACTOR',ASY), ('L3:نورث برس','ORG','north-press'), ('L3:مداخل المربع الأمني','LOCATION','hasakah-security-square'),
 ('L3:شارع فلسطين','LOCATION','hasakah-palestine-street'),
 ('L4:القوات الحكومية','ACTOR','SY_GOV'), ('L4:حيي الشيخ مقصود','LOCATION','sheikh-maqsoud'), ('L4:الأشرفية','LOCATION','ashrafiyah'),
 ('L4:مدينة حلب','LOCATION','aleppo'), ('L4:مناطق الشهباء','LOCATION','shahba'), ('L4:المدينة','LOCATION','aleppo'),
 ('L4:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L5:ثمانية','QUANTITY',None,(8,False,'arrested')), ('L5:القوات الحكومية','ACTOR','SY_GOV'), ('L5:الأسايش#0','ACTOR',ASY),
 ('L5:أطراف المربع الأمني','LOCATION','qamishli-security-square'), ('L5:القامشلي','LOCATION','qamishli'),
 ('L5:أربعة','QUANTITY',None,(4,False,'arrested')), ('L5:الأسايش#1','ACTOR',ASY), ('L5:لفرقة الرابعة','ACTOR','SY_GOV'),
 ('L5:حلب','LOCATION','aleppo'),
 ('L6:نورث برس','ORG','north-press'), ('L6:لشرطة العسكرية الروسية','ACTOR','RU'),
 ('L6:أربع عربات مدرعة','QUANTITY',None,(4,False,'vehicles')), ('L6:عربات مدرعة','WEAPON','armoured-vehicles'),
 ('L6:المربع الأمني','LOCATION','hasakah-security-square'), ('L6:الحسكة','LOCATION','hasakah'), ('L6:الأسايش','ACTOR',ASY),
 ('L7:الأسايش','ACTOR',ASY), ('L7:علي الحسن','PERSON','ali-al-hassan'), ('L7:لحكومة','ACTOR','SY_GOV'),
 ('L7:الدفاع الوطني','ACTOR',PGM), ('L7:دوار الباسل','LOCATION','hasakah-basil-roundabout'),
 ('L8:القوات الحكومية','ACTOR','SY_GOV'), ('L8:المربع الأمني','LOCATION','security-squares'), ('L8:الحسكة#0','LOCATION','hasakah'),
 ('L8:القامشلي#0','LOCATION','qamishli'), ('L8:مطار القامشلي','LOCATION','qamishli-airport'), ('L8:فوج كوكب','LOCATION','kawkab-regiment'),
 ('L8:الحسكة#1','LOCATION','hasakah'), ('L8:بقية أنحاء المدينتين','LOCATION','hasakah-qamishli-rest'),
 ('L8:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L9:مطار القامشلي','LOCATION','qamishli-airport'), ('L9:نحو 500 عنصر','QUANTITY',None,(500,True,'troops')), ('L9:القوات الروسية','ACTOR','RU'),
 ('L9:مروحيتين','QUANTITY',None,(2,False,'aircraft')), ('L9:مروحيتين#0','WEAPON','helicopters'),
 ('L9:ست شاحنات عسكرية','QUANTITY',None,(6,False,'vehicles')), ('L9:شاحنات عسكرية','WEAPON','military-trucks'),
 ('L10:الحسكة','LOCATION','hasakah'), ('L10:الأسايش','ACTOR',ASY), ('L10:الدفاع الوطني','ACTOR',PGM), ('L10:موسكو','ACTOR','RU'),
 ('L10:قاعدة حميميم','LOCATION','hmeimim-base'), ('L10:المربع الأمني','LOCATION','hasakah-security-square'), ('L10:الحكومة','ACTOR','SY_GOV'),
]
times = [
 ('L2:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L2:منذ منتصف كانون الثاني الماضي', '2021-01/2021-02', 'month'),
 ('L2:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L4:منذ مطلع كانون الثاني الماضي', '2021-01/2021-02', 'month'),
 ('L5:الأسبوع الماضي', '2021-01-25/2021-01-31', 'week'),
 ('L6:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L9:خلال الأسبوع الماضي', '2021-01-26/' + D, 'week'),
 ('L10:آب 2016', '2016-08', 'month'),
]
MOR = 'L2:صباح اليوم الثلاثاء'
SIEGE = 'L2:منذ منتصف كانون الثاني الماضي'
EVE = 'L2:مساء أمس'
JAN = 'L4:منذ مطلع كانون الثاني الماضي'
NOON = 'L6:ظهر اليوم'
A16 = 'L10:آب 2016'
SRC = 'مصدر في الأسايش (نورث برس)'
COR = 'مراسل نورث برس'
events = [
 dict(type='WITHDRAWAL', trig='L2:رفعت', time=MOR, actors=[ASY], loc='L2:المربع الأمني'),                                       # 1
 dict(type='OPERATION', trig='L2:الحصار', time=SIEGE, actors=[ASY], targets=['SY_GOV'], loc='L2:المربع الأمني'),                  # 2
 dict(type='AGREEMENT', trig='L2:اتفاق', time=EVE, actors=[ASY, 'SY_GOV', 'RU'], loc='L2:مطار القامشلي'),                         # 3
 dict(type='WITHDRAWAL', trig='L3:أزالوا', time=MOR, actors=[ASY], loc='L3:مداخل المربع الأمني', attr=SRC),                       # 4
 dict(type='AGREEMENT', trig='L4:الاتفاق', time=EVE, actors=[ASY, 'SY_GOV', 'RU']),                                             # 5
 dict(type='WITHDRAWAL', trig='L4:بفك', mod='planned', actors=['SY_GOV'], loc='L4:حيي الشيخ مقصود'),                               # 6
 dict(type='OPERATION', trig='L4:الحصار', time=JAN, actors=['SY_GOV'], loc='L4:حيي الشيخ مقصود'),                                # 7
 dict(type='AGREEMENT', trig='L5:الاتفاق', time=EVE, actors=[ASY, 'SY_GOV', 'RU']),                                             # 8
 dict(type='ARREST', trig='L5:احتجزتهم', time='L5:الأسبوع الماضي', actors=[ASY], targets=['SY_GOV'], loc='L5:أطراف المربع الأمني',
      qty=['L5:ثمانية']),                                                                                                     # 9
 dict(type='ARREST', trig='L5:اعتُقلوا', actors=['SY_GOV'], targets=[ASY], loc='L5:حلب', qty=['L5:أربعة']),                        # 10
 dict(type='TRAINING', trig='L6:دورية', time=NOON, actors=['RU'], loc='L6:المربع الأمني', weapons=['L6:عربات مدرعة'],
      qty=['L6:أربع عربات مدرعة'], attr=COR),                                                                                 # 11
 dict(type='WITHDRAWAL', trig='L6:انسحاب', time=NOON, actors=[ASY], loc='L6:المربع الأمني', attr=COR),                           # 12
 dict(type='ATTACK', trig='L7:اشتباكات', mod='denied', actors=[ASY, PGM], loc='L7:دوار الباسل', attr='علي الحسن'),                # 13
 dict(type='CONTROL', trig='L8:تسيطر', actors=['SY_GOV'], loc='L8:المربع الأمني'),                                             # 14
 dict(type='CONTROL', trig='L8:تخضع', actors=['SDF'], loc='L8:بقية أنحاء المدينتين'),                                          # 15
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=['RU'], loc='L9:مطار القامشلي', qty=['L9:نحو 500 عنصر'], attr='تقديرات محلية'),   # 16
 dict(type='MOVEMENT', trig='L9:وصلت', time='L9:خلال الأسبوع الماضي', actors=['RU'], loc='L9:مطار القامشلي',
      weapons=['L9:مروحيتين#0', 'L9:شاحنات عسكرية'], qty=['L9:مروحيتين', 'L9:ست شاحنات عسكرية'], attr='تقديرات محلية'),          # 17
 dict(type='ATTACK', trig='L10:المواجهات', time=A16, actors=[ASY, PGM], loc='L10:الحسكة'),                                      # 18
 dict(type='AGREEMENT', trig='L10:اتفاق', time=A16, actors=['RU', ASY, 'SY_GOV'], loc='L10:قاعدة حميميم'),                       # 19
 dict(type='CONTROL', trig='L10:سيطرة', time=A16, actors=['SY_GOV'], loc='L10:المربع الأمني'),                                  # 20
]
MO = (D, 'part-of-day')
TD = (D, 'day')
JANI = ('2021-01/2021-02', 'month')
forces = [
 dict(actor=ASY, loc=('المربع الأمني', 'hasakah-security-square'), as_of=MO, status='withdrawn', line=2, events=[1]),
 dict(actor=ASY, loc=('مداخل المربع الأمني', 'hasakah-security-square'), as_of=MO, status='withdrawn', source=SRC, line=3, events=[4]),
 dict(actor=ASY, loc=('شارع فلسطين', 'hasakah-palestine-street'), as_of=MO, status='withdrawn', source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', assets='حواجز الفرقة الرابعة', loc=('حيي الشيخ مقصود', 'sheikh-maqsoud'), as_of=JANI, status='present', line=4, events=[7]),
 dict(actor='SY_GOV', assets='حواجز الفرقة الرابعة', loc=('مناطق الشهباء', 'shahba'), as_of=JANI, status='present', line=4, events=[7]),
 dict(actor='RU', strength=(4, False, 'vehicles'), assets='دورية للشرطة العسكرية الروسية: أربع عربات مدرعة',
      loc=('المربع الأمني', 'hasakah-security-square'), as_of=MO, status='present', source=COR, line=6, events=[11]),
 dict(actor=ASY, loc=('المربع الأمني', 'hasakah-security-square'), as_of=MO, status='withdrawn', source=COR, line=6, events=[12]),
 dict(actor='SY_GOV', loc=('المربع الأمني في كل من الحسكة', 'hasakah-security-square'), as_of=TD, status='controls', line=8, events=[14]),
 dict(actor='SY_GOV', loc=('المربع الأمني في كل من الحسكة والقامشلي', 'qamishli-security-square'), as_of=TD, status='controls', line=8, events=[14]),
 dict(actor='SY_GOV', loc=('مطار القامشلي', 'qamishli-airport'), as_of=TD, status='controls', line=8, events=[14]),
 dict(actor='SY_GOV', loc=('فوج كوكب', 'kawkab-regiment'), as_of=TD, status='controls', line=8, events=[14]),
 dict(actor='SDF', loc=('بقية أنحاء المدينتين', 'hasakah-qamishli-rest'), as_of=TD, status='controls', line=8, events=[15]),
 dict(actor='RU', strength=(500, True, 'troops'), loc=('مطار القامشلي', 'qamishli-airport'), as_of=TD, status='present',
      source='تقديرات محلية', line=9, events=[16]),
 dict(actor='RU', assets='مروحيتان وست شاحنات عسكرية', loc=('مطار القامشلي', 'qamishli-airport'), as_of=('2021-01-26/' + D, 'week'),
      status='reinforced', source='تقديرات محلية', line=9, events=[17]),
 dict(actor=ASY, loc=('الحسكة', 'hasakah'), as_of=('2016-08', 'month'), status='present', line=10, events=[18]),
 dict(actor=PGM, loc=('الحسكة', 'hasakah'), as_of=('2016-08', 'month'), status='present', line=10, events=[18]),
 dict(actor='SY_GOV', loc=('المربع الأمني', 'hasakah-security-square'), as_of=('2016-08', 'month'), status='controls', line=10, events=[20]),
]
build('northpress-hasakah-security-square', None, 'نورث برس', D, L, ents, times, events, forces)
