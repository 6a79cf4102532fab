from build import build
L = [
'الأسايش تبسط سيطرتها على حي طي في قامشلو بعد اتفاق برعاية روسية',
'قامشلو (باسنيوز)',
'أعلنت قوى الأمن الداخلي (الأسايش) التابعة للإدارة الذاتية، اليوم الثلاثاء، بسط سيطرتها الكاملة على حي طي جنوبي مدينة قامشلو (القامشلي) في غرب كوردستان، بعد أسبوع من الاشتباكات مع ميليشيا الدفاع الوطني الموالية لنظام الأسد.',
'وأوضحت الأسايش في بيانها أن عناصرها "طهّروا الحي بالكامل من المرتزقة"، بعد اشتباكات اندلعت في 20 نيسان الجاري عند دوار الوحدة إثر هجوم شنّه مسلحو الدفاع الوطني على حاجز للأسايش، ما أدى إلى مقتل عنصر وإصابة ثلاثة آخرين.',
'وجاء ذلك بعد اتفاق توصل إليه الطرفان، أمس الاثنين، برعاية القوات الروسية في مطار قامشلو، يقضي بخروج مسلحي الدفاع الوطني من الحي إلى المربع الأمني في مركز المدينة، وتسليم الحي للأسايش، مقابل إطلاق سراح المحتجزين لدى الجانبين.',
'وأفادت مصادر محلية لباسنيوز بأن الأسايش اعتقلت خلال عمليات التمشيط نحو 40 مسلحاً من الدفاع الوطني بينهم قياديون، وصادرت كميات من الأسلحة والذخائر وعربتين مزودتين برشاشات ثقيلة.',
'في المقابل، اتهم مسؤول في الدفاع الوطني، في تصريح لوكالة "سانا"، "ميليشيات قسد" بمحاصرة الحي وقصف منازل المدنيين بقذائف الهاون، متوعداً بـ"الرد في الوقت المناسب".',
'وسيّرت الشرطة العسكرية الروسية، صباح اليوم، دورية في محيط الحي وعلى طريق قامشلو - الحسكة، فيما تمركزت عربتان روسيتان عند المدخل الجنوبي للحي.',
'ويتقاسم النظام السوري و"قسد" السيطرة على قامشلو، إذ تحتفظ قوات النظام بالمربع الأمني ومطار المدينة وعدد من الأحياء الجنوبية، بموجب تفاهمات أبرمها الطرفان برعاية روسية في تشرين الأول 2019.',
'وتقدّر مصادر كوردية عدد مسلحي الدفاع الوطني في قامشلو بنحو 1500 عنصر، يتلقون دعماً مباشراً من الحرس الثوري الإيراني.',
]
D = '2021-04-27'   # Tuesday; web copy: its اليوم is the publication day
Y = '2021-04-26'
ASY = 'OTHER:asayish'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الأسايش','ACTOR',ASY), ('L0:حي طي','LOCATION','qamishli-tayy'), ('L0:قامشلو','LOCATION','qamishli'),
 ('L1:قامشلو','LOCATION','qamishli'), ('L1:باسنيوز','ORG','basnews'),
 ('L2:قوى الأمن الداخلي','ACTOR',ASY), ('L2:الأسايش','ACTOR',ASY), ('L2:لإدارة الذاتية','ORG','aanes'), ('L2:حي طي','LOCATION','qamishli-tayy'),
 ('L2:مدينة قامشلو','LOCATION','qamishli'), ('L2:القامشلي','LOCATION','qamishli'), ('L2:غرب كوردستان','LOCATION','northeast-syria'),
 ('L2:ميليشيا الدفاع الوطني','ACTOR',PGM), ('L2:نظام الأسد','ACTOR','SY_GOV'),
 ('L3:الأسايش','ACTOR',ASY), ('L3:الحي','LOCATION','qamishli-tayy'), ('L3:المرتزقة','ACTOR',PGM), ('L3:دوار الوحدة','LOCATION','qamishli-wahda-roundabout'),
 ('L3:الدفاع الوطني','ACTOR',PGM), ('L3:لأسايش#1','ACTOR',ASY), ('L3:ثلاثة آخرين','QUANTITY',None,(3,False,'wounded')),
 ('L4:القوات الروسية','ACTOR','RU'), ('L4:مطار قامشلو','LOCATION','qamishli-airport'), ('L4:الدفاع الوطني','ACTOR',PGM),
 ('L4:الحي#0','LOCATION','qamishli-tayy'), ('L4:المربع الأمني','LOCATION','qamishli-security-square'), ('L4:مركز المدينة','LOCATION','qamishli-centre'),
 ('L4:الحي#1','LOCATION','qamishli-tayy'), ('L4:لأسايش','ACTOR',ASY),
 ('L5:باسنيوز','ORG','basnews'), ('L5:الأسايش','ACTOR',ASY), ('L5:نحو 40 مسلحاً','QUANTITY',None,(40,True,'arrested')),
 ('L5:الدفاع الوطني','ACTOR',PGM), ('L5:الأسلحة والذخائر','WEAPON','weapons-and-ammunition'),
 ('L5:عربتين','QUANTITY',None,(2,False,'vehicles')), ('L5:عربتين#0','WEAPON','military-vehicles'), ('L5:رشاشات ثقيلة','WEAPON','heavy-machine-guns'),
 ('L6:الدفاع الوطني','ACTOR',PGM), ('L6:سانا','ORG','sana'), ('L6:قسد','ACTOR','SDF'), ('L6:الحي','LOCATION','qamishli-tayy'),
 ('L6:قذائف الهاون','WEAPON','mortars'),
 ('L7:الشرطة العسكرية الروسية','ACTOR','RU'), ('L7:الحي','LOCATION','qamishli-tayy'), ('L7:قامشلو','LOCATION','qamishli'),
 ('L7:الحسكة','LOCATION','hasakah'), ('L7:عربتان','QUANTITY',None,(2,False,'vehicles')), ('L7:عربتان#0','WEAPON','military-vehicles'),
 ('L7:المدخل الجنوبي للحي','LOCATION','qamishli-tayy-south-entrance'),
 ('L8:النظام السوري','ACTOR','SY_GOV'), ('L8:قسد','ACTOR','SDF'), ('L8:قامشلو','LOCATION','qamishli'), ('L8:قوات النظام','ACTOR','SY_GOV'),
 ('L8:المربع الأمني','LOCATION','qamishli-security-square'), ('L8:مطار المدينة','LOCATION','qamishli-airport'),
 ('L8:الأحياء الجنوبية','LOCATION','qamishli-southern-districts'),
 ('L9:الدفاع الوطني','ACTOR',PGM), ('L9:قامشلو','LOCATION','qamishli'), ('L9:نحو 1500 عنصر','QUANTITY',None,(1500,True,'fighters')),
 ('L9:الحرس الثوري','ACTOR','IR'),
]
times = [
 ('L2:اليوم الثلاثاء', D, 'day'),
 ('L3:20 نيسان الجاري', '2021-04-20', 'day'),
 ('L4:أمس الاثنين', Y, 'day'),
 ('L7:صباح اليوم', D, 'part-of-day', {'part':'morning'}),
 ('L8:تشرين الأول 2019', '2019-10', 'month'),
]
ASYS = 'قوى الأمن الداخلي (الأسايش)'
LOC_SRC = 'مصادر محلية (باسنيوز)'
NDF_SRC = 'مسؤول في الدفاع الوطني (سانا)'
APR20 = 'L3:20 نيسان الجاري'
MON = 'L4:أمس الاثنين'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:اليوم الثلاثاء', actors=[ASY], attr=ASYS),                                          # 1
 dict(type='CONTROL', trig='L2:بسط', time='L2:اليوم الثلاثاء', actors=[ASY], targets=[PGM], loc='L2:حي طي', attr=ASYS),              # 2
 dict(type='ATTACK', trig='L2:الاشتباكات', time=APR20, actors=[ASY, PGM], loc='L2:حي طي', attr=ASYS),                                # 3
 dict(type='OPERATION', trig='L3:طهّروا', actors=[ASY], targets=[PGM], loc='L3:الحي', attr=ASYS),                                   # 4
 dict(type='ATTACK', trig='L3:اشتباكات', time=APR20, actors=[ASY, PGM], loc='L3:دوار الوحدة', attr=ASYS),                            # 5
 dict(type='ATTACK', trig='L3:هجوم', time=APR20, actors=[PGM], targets=[ASY], loc='L3:دوار الوحدة', attr=ASYS, qty=['L3:ثلاثة آخرين']),  # 6
 dict(type='AGREEMENT', trig='L4:اتفاق', time=MON, actors=[ASY, PGM, 'RU'], loc='L4:مطار قامشلو'),                                   # 7
 dict(type='WITHDRAWAL', trig='L4:خروج', mod='planned', time=MON, actors=[PGM], loc='L4:الحي#0'),                                     # 8
 dict(type='CONTROL', trig='L4:تسليم', mod='planned', time=MON, actors=[ASY], loc='L4:الحي#1'),                                      # 9
 dict(type='ARREST', trig='L5:اعتقلت', actors=[ASY], targets=[PGM], attr=LOC_SRC, qty=['L5:نحو 40 مسلحاً']),                          # 10
 dict(type='OPERATION', trig='L5:التمشيط', actors=[ASY], targets=[PGM], attr=LOC_SRC),                                              # 11
 dict(type='OPERATION', trig='L6:بمحاصرة', actors=['SDF'], targets=[PGM], loc='L6:الحي', attr=NDF_SRC),                              # 12
 dict(type='ATTACK', trig='L6:قصف', actors=['SDF'], attr=NDF_SRC, weapons=['L6:قذائف الهاون']),                                      # 13
 dict(type='ATTACK', trig='L6:الرد', mod='planned', actors=[PGM], targets=['SDF'], attr=NDF_SRC),                                    # 14
 dict(type='TRAINING', trig='L7:دورية', time='L7:صباح اليوم', actors=['RU'], loc='L7:الحي'),                                          # 15
 dict(type='MOVEMENT', trig='L7:تمركزت', time='L7:صباح اليوم', actors=['RU'], loc='L7:المدخل الجنوبي للحي',
      weapons=['L7:عربتان#0'], qty=['L7:عربتان']),                                                                                  # 16
 dict(type='CONTROL', trig='L8:يتقاسم', actors=['SY_GOV','SDF'], loc='L8:قامشلو'),                                                   # 17
 dict(type='CONTROL', trig='L8:تحتفظ', actors=['SY_GOV'], loc='L8:المربع الأمني'),                                                  # 18
 dict(type='AGREEMENT', trig='L8:تفاهمات', time='L8:تشرين الأول 2019', actors=['SY_GOV','SDF']),                                    # 19
]
OD = (D, 'day')
YD = (Y, 'day')
A20 = ('2021-04-20', 'day')
MORN = (D, 'part-of-day')
forces = [
 dict(actor=ASY, loc=('حي طي','qamishli-tayy'), as_of=OD, status='controls', source=ASYS, line=2, events=[2]),
 dict(actor=ASY, loc=('حي طي','qamishli-tayy'), as_of=A20, status='present', source=ASYS, line=2, events=[3]),
 dict(actor=PGM, loc=('حي طي','qamishli-tayy'), as_of=A20, status='present', source=ASYS, line=2, events=[3]),
 dict(actor=ASY, loc=('الحي','qamishli-tayy'), as_of=OD, status='present', source=ASYS, line=3, events=[4]),
 dict(actor=ASY, assets='حاجز', loc=('دوار الوحدة','qamishli-wahda-roundabout'), as_of=A20, status='present', source=ASYS, line=3, events=[5, 6]),
 dict(actor=PGM, loc=('دوار الوحدة','qamishli-wahda-roundabout'), as_of=A20, status='present', source=ASYS, line=3, events=[5, 6]),
 dict(actor=ASY, assets='حاجز', loc=('دوار الوحدة','qamishli-wahda-roundabout'), as_of=A20, status='attacked', source=ASYS, line=3, events=[6]),
 dict(actor='RU', loc=('مطار قامشلو','qamishli-airport'), as_of=YD, status='present', line=4, events=[7]),
 dict(actor=PGM, loc=('المربع الأمني','qamishli-security-square'), as_of=YD, status='planned', line=4, events=[8]),
 dict(actor=ASY, loc=('الحي','qamishli-tayy'), as_of=YD, status='planned', line=4, events=[9]),
 dict(actor='SDF', loc=('الحي','qamishli-tayy'), as_of=OD, status='present', source=NDF_SRC, line=6, events=[12]),
 dict(actor='RU', assets='الشرطة العسكرية', loc=('الحي','qamishli-tayy'), as_of=MORN, status='present', line=7, events=[15]),
 dict(actor='RU', assets='الشرطة العسكرية', loc=('طريق قامشلو - الحسكة','qamishli-hasakah-road'), as_of=MORN, status='present', line=7, events=[15]),
 dict(actor='RU', strength=(2, False, 'vehicles'), assets='عربتان', loc=('المدخل الجنوبي للحي','qamishli-tayy-south-entrance'), as_of=MORN,
      status='present', line=7, events=[16]),
 dict(actor='SY_GOV', loc=('قامشلو','qamishli'), as_of=OD, status='controls', line=8, events=[17]),
 dict(actor='SDF', loc=('قامشلو','qamishli'), as_of=OD, status='controls', line=8, events=[17]),
 dict(actor='SY_GOV', loc=('المربع الأمني','qamishli-security-square'), as_of=OD, status='controls', line=8, events=[18]),
 dict(actor='SY_GOV', loc=('مطار المدينة','qamishli-airport'), as_of=OD, status='controls', line=8, events=[18]),
 dict(actor='SY_GOV', loc=('الأحياء الجنوبية','qamishli-southern-districts'), as_of=OD, status='controls', line=8, events=[18]),
 dict(actor=PGM, strength=(1500, True, 'fighters'), loc=('قامشلو','qamishli'), as_of=OD, status='present', source='مصادر كوردية', line=9, events=[]),
]
build('basnews-qamishli-tayy', None, 'باسنيوز', D, L, ents, times, events, forces)
