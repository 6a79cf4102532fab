from build import build
L = [
'الجيش السوري يستعيد المليحة بعد أربعة أشهر من المعارك.. والمسلحون ينسحبون نحو عمق الغوطة',
'دمشق - وكالات الأنباء:',
'أعلن الجيش السوري أمس سيطرته الكاملة على بلدة المليحة في الغوطة الشرقية لدمشق، بعد معارك عنيفة استمرت أكثر من 130 يوما مع فصائل المعارضة المسلحة، وفي مقدمتها «جبهة النصرة» و«الجبهة الإسلامية».',
'وقالت القيادة العامة للجيش والقوات المسلحة، في بيان بثه التليفزيون السوري، إن وحدات الجيش «أعادت الأمن والاستقرار» إلى البلدة، وإن وحدات الهندسة تعمل على تفكيك العبوات الناسفة وتمشيط الأنفاق التي حفرها المسلحون تحت المنازل.',
'من جانبه، ذكر المرصد السوري لحقوق الإنسان، ومقره لندن، أن مقاتلي المعارضة انسحبوا فجر الخميس من المليحة باتجاه بلدتي زبدين ودير العصافير، بعد أن طوقت القوات النظامية البلدة من ثلاث جهات وقطعت آخر طرق الإمداد إليها.',
'وأضاف المرصد أن مقاتلين من «حزب الله» اللبناني شاركوا في الهجوم الأخير على البلدة، وأن نحو 700 مقاتل من المعارضة قُتلوا منذ بدء المعركة في الثاني من أبريل الماضي، مقابل أكثر من 500 عنصر من الجيش والمسلحين الموالين له.',
'ونقلت الوكالة العربية السورية للأنباء «سانا» عن مصدر عسكري أن الطيران الحربي نفذ 14 غارة على مواقع المسلحين في حي جوبر وبلدة عين ترما خلال الساعات الـ24 الماضية، ما أسفر عن تدمير عدد من المقرات والآليات.',
'في المقابل، نفى المتحدث باسم «جيش الإسلام» إسلام علوش، في تصريح لوكالة الصحافة الفرنسية، سيطرة القوات النظامية على البلدة بالكامل، مؤكداً أن الاشتباكات «ما زالت دائرة» في المزارع الجنوبية للبلدة.',
'وتُعد المليحة، الواقعة على بعد نحو 8 كيلومترات جنوب شرقي العاصمة، بوابة الغوطة الشرقية من جهة طريق المطار، ويرى مراقبون أن سقوطها يفتح الطريق أمام الجيش للتقدم نحو بلدتي جسرين وكفربطنا.',
'وكانت مصادر مقربة من دمشق قد أكدت أن الجيش دفع خلال الأسبوع الماضي بتعزيزات تضم نحو ألفي جندي وعشرات الدبابات إلى محيط المليحة ومدينة جرمانا، استعداداً لما وصفته بـ«الهجوم الحاسم».',
'وفي العاصمة، سقطت أمس عدة قذائف هاون على حي باب توما وسط دمشق، ما أدى إلى إصابة 6 أشخاص، بحسب التليفزيون الرسمي.',
]
D = '2014-08-15'   # Friday; Cairo print daily dated the day after the news (أمس = Thursday 14 August)
THU = '2014-08-14'
IF = 'OTHER:islamic-front'
JI = 'OTHER:jaish-al-islam'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:المليحة','LOCATION','mleiha'), ('L0:أربعة أشهر','QUANTITY',None,(4,False,'other')),
 ('L0:الغوطة','LOCATION','eastern-ghouta'),
 ('L1:دمشق','LOCATION','damascus'),
 ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:بلدة المليحة','LOCATION','mleiha'), ('L2:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L2:دمشق','LOCATION','damascus'), ('L2:أكثر من 130 يوما','QUANTITY',None,(130,True,'other')), ('L2:فصائل المعارضة المسلحة','ACTOR','FSA'),
 ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:الجبهة الإسلامية','ACTOR',IF),
 ('L3:القيادة العامة للجيش والقوات المسلحة','ACTOR','SY_GOV'), ('L3:التليفزيون السوري','ORG','syrian-tv'), ('L3:وحدات الجيش','ACTOR','SY_GOV'),
 ('L3:البلدة','LOCATION','mleiha'), ('L3:وحدات الهندسة','ACTOR','SY_GOV'), ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L3:الأنفاق','LOCATION','mleiha-tunnels'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:لندن','LOCATION','london'), ('L4:المعارضة','ACTOR','FSA'),
 ('L4:المليحة','LOCATION','mleiha'), ('L4:بلدتي زبدين','LOCATION','zibdin'), ('L4:دير العصافير','LOCATION','deir-al-asafir'),
 ('L4:القوات النظامية','ACTOR','SY_GOV'), ('L4:البلدة','LOCATION','mleiha'), ('L4:ثلاث جهات','QUANTITY',None,(3,False,'other')),
 ('L5:المرصد','ORG','sohr'), ('L5:حزب الله','ACTOR','HEZBOLLAH'), ('L5:البلدة','LOCATION','mleiha'),
 ('L5:نحو 700 مقاتل','QUANTITY',None,(700,True,'killed')), ('L5:المعارضة','ACTOR','FSA'),
 ('L5:أكثر من 500 عنصر','QUANTITY',None,(500,True,'killed')), ('L5:الجيش','ACTOR','SY_GOV'), ('L5:المسلحين الموالين له','ACTOR',PGM),
 ('L6:الوكالة العربية السورية للأنباء','ORG','sana'), ('L6:سانا','ORG','sana'), ('L6:الطيران الحربي','WEAPON','warplanes'),
 ('L6:14 غارة','QUANTITY',None,(14,False,'other')), ('L6:حي جوبر','LOCATION','jobar'), ('L6:بلدة عين ترما','LOCATION','ain-tarma'),
 ('L6:الآليات','WEAPON','vehicles'),
 ('L7:جيش الإسلام','ACTOR',JI), ('L7:إسلام علوش','PERSON','islam-alloush'), ('L7:وكالة الصحافة الفرنسية','ORG','afp'),
 ('L7:القوات النظامية','ACTOR','SY_GOV'), ('L7:البلدة','LOCATION','mleiha'), ('L7:المزارع الجنوبية للبلدة','LOCATION','mleiha-southern-farms'),
 ('L8:المليحة','LOCATION','mleiha'), ('L8:نحو 8 كيلومترات','QUANTITY',None,(8,True,'km')), ('L8:العاصمة','LOCATION','damascus'),
 ('L8:الغوطة الشرقية','LOCATION','eastern-ghouta'), ('L8:طريق المطار','LOCATION','damascus-airport-road'), ('L8:الجيش','ACTOR','SY_GOV'),
 ('L8:بلدتي جسرين','LOCATION','jisrin'), ('L8:كفربطنا','LOCATION','kafr-batna'),
 ('L9:دمشق','ACTOR','SY_GOV'), ('L9:الجيش','ACTOR','SY_GOV'), ('L9:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')),
 ('L9:عشرات الدبابات','QUANTITY',None,([24,99],True,'vehicles')), ('L9:الدبابات','WEAPON','tanks'), ('L9:محيط المليحة','LOCATION','mleiha'),
 ('L9:مدينة جرمانا','LOCATION','jaramana'),
 ('L10:العاصمة','LOCATION','damascus'), ('L10:عدة قذائف هاون','QUANTITY',None,([3,9],True,'other')), ('L10:قذائف هاون','WEAPON','mortar-shells'),
 ('L10:حي باب توما','LOCATION','bab-touma'), ('L10:دمشق','LOCATION','damascus'), ('L10:6 أشخاص','QUANTITY',None,(6,False,'wounded')),
 ('L10:التليفزيون الرسمي','ORG','syrian-tv'),
]
times = [
 ('L2:أمس', THU, 'day'),
 ('L4:فجر الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L5:الثاني من أبريل الماضي', '2014-04-02', 'day'),
 ('L6:خلال الساعات الـ24 الماضية', THU + '/' + D, 'day'),
 ('L9:خلال الأسبوع الماضي', '2014-08-04/2014-08-10', 'week'),
 ('L10:أمس', THU, 'day'),
]
Y = 'L2:أمس'
FJ = 'L4:فجر الخميس'
GC = 'القيادة العامة للجيش والقوات المسلحة'
SOHR = 'المرصد السوري لحقوق الإنسان'
SRC = 'مصادر مقربة من دمشق'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=Y, actors=['SY_GOV'], attr='الجيش السوري'),                                          # 1
 dict(type='CONTROL', trig='L2:سيطرته', time=Y, actors=['SY_GOV'], loc='L2:بلدة المليحة', attr='الجيش السوري'),                     # 2
 dict(type='ATTACK', trig='L2:معارك', actors=['SY_GOV', 'FSA', 'NUSRA', IF], loc='L2:بلدة المليحة',
      qty=['L2:أكثر من 130 يوما'], attr='الجيش السوري'),                                                                          # 3
 dict(type='STATEMENT', trig='L3:قالت', time=Y, actors=['SY_GOV'], attr=GC),                                                    # 4
 dict(type='CONTROL', trig='L3:أعادت الأمن', time=Y, actors=['SY_GOV'], loc='L3:البلدة', attr=GC),                               # 5
 dict(type='OPERATION', trig='L3:تفكيك', actors=['SY_GOV'], loc='L3:البلدة', weapons=['L3:العبوات الناسفة'], attr=GC),             # 6
 dict(type='OPERATION', trig='L3:تمشيط', actors=['SY_GOV'], loc='L3:الأنفاق', attr=GC),                                          # 7
 dict(type='WITHDRAWAL', trig='L4:انسحبوا', time=FJ, actors=['FSA'], loc='L4:المليحة', attr=SOHR),                               # 8
 dict(type='OPERATION', trig='L4:طوقت', actors=['SY_GOV'], targets=['FSA'], loc='L4:البلدة', qty=['L4:ثلاث جهات'], attr=SOHR),     # 9
 dict(type='ATTACK', trig='L5:الهجوم', time=FJ, actors=['HEZBOLLAH', 'SY_GOV'], targets=['FSA'], loc='L5:البلدة', attr=SOHR),      # 10
 dict(type='OPERATION', trig='L5:المعركة', time='L5:الثاني من أبريل الماضي', actors=['SY_GOV'], targets=['FSA'], attr=SOHR),       # 11
 dict(type='ATTACK', trig='L5:قُتلوا', actors=['SY_GOV', 'FSA', PGM], qty=['L5:نحو 700 مقاتل', 'L5:أكثر من 500 عنصر'], attr=SOHR),  # 12
 dict(type='ATTACK', trig='L6:غارة', time='L6:خلال الساعات الـ24 الماضية', actors=['SY_GOV'], targets=['FSA'], loc='L6:حي جوبر',
      weapons=['L6:الطيران الحربي'], qty=['L6:14 غارة'], attr='مصدر عسكري (سانا)'),                                             # 13
 dict(type='CONTROL', trig='L7:سيطرة', mod='denied', time=Y, actors=['SY_GOV'], loc='L7:البلدة', attr='إسلام علوش'),               # 14
 dict(type='ATTACK', trig='L7:الاشتباكات', actors=[JI, 'SY_GOV'], loc='L7:المزارع الجنوبية للبلدة', attr='إسلام علوش'),  # 15
 dict(type='CONTROL', trig='L8:سقوطها', time=Y, actors=['SY_GOV'], loc='L8:المليحة'),                                           # 16
 dict(type='MOVEMENT', trig='L9:دفع', time='L9:خلال الأسبوع الماضي', actors=['SY_GOV'], loc='L9:محيط المليحة',
      weapons=['L9:الدبابات'], qty=['L9:نحو ألفي جندي', 'L9:عشرات الدبابات'], attr=SRC),                                         # 17
 dict(type='OPERATION', trig='L9:الهجوم الحاسم', mod='planned', time='L9:خلال الأسبوع الماضي', actors=['SY_GOV'], targets=['FSA'],
      loc='L9:محيط المليحة', attr=SRC),                                                                                           # 18
 dict(type='ATTACK', trig='L10:سقطت', time='L10:أمس', loc='L10:حي باب توما', weapons=['L10:قذائف هاون'],
      qty=['L10:عدة قذائف هاون', 'L10:6 أشخاص'], attr='التليفزيون الرسمي'),                                                      # 19
]
TD = (THU, 'day')
TP = (THU, 'part-of-day')
WK = ('2014-08-04/2014-08-10', 'week')
forces = [
 dict(actor='SY_GOV', loc=('بلدة المليحة', 'mleiha'), as_of=TD, status='controls', source='الجيش السوري', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('بلدة المليحة', 'mleiha'), as_of=TD, status='present', source='الجيش السوري', line=2, events=[3]),
 dict(actor='FSA', loc=('بلدة المليحة', 'mleiha'), as_of=TD, status='present', source='الجيش السوري', line=2, events=[3]),
 dict(actor='NUSRA', loc=('بلدة المليحة', 'mleiha'), as_of=TD, status='present', source='الجيش السوري', line=2, events=[3]),
 dict(actor=IF, loc=('بلدة المليحة', 'mleiha'), as_of=TD, status='present', source='الجيش السوري', line=2, events=[3]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('البلدة', 'mleiha'), as_of=(D, 'day'), status='present', source=GC, line=3, events=[5, 6, 7]),
 dict(actor='FSA', loc=('المليحة', 'mleiha'), as_of=TP, status='withdrawn', source=SOHR, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('البلدة', 'mleiha'), as_of=TP, status='present', source=SOHR, line=4, events=[9]),
 dict(actor='HEZBOLLAH', loc=('البلدة', 'mleiha'), as_of=TP, status='present', source=SOHR, line=5, events=[10]),
 dict(actor='FSA', assets='مواقع المسلحين', loc=('حي جوبر', 'jobar'), as_of=(THU + '/' + D, 'day'), status='attacked', source='مصدر عسكري (سانا)', line=6, events=[13]),
 dict(actor='FSA', assets='مواقع المسلحين', loc=('بلدة عين ترما', 'ain-tarma'), as_of=(THU + '/' + D, 'day'), status='attacked', source='مصدر عسكري (سانا)', line=6, events=[13]),
 dict(actor=JI, loc=('المزارع الجنوبية للبلدة', 'mleiha-southern-farms'), as_of=(D, 'day'), status='present', source='إسلام علوش', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('المزارع الجنوبية للبلدة', 'mleiha-southern-farms'), as_of=(D, 'day'), status='present', source='إسلام علوش', line=7, events=[15]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), assets='عشرات الدبابات', loc=('محيط المليحة', 'mleiha'), as_of=WK, status='reinforced', source=SRC, line=9, events=[17]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), assets='عشرات الدبابات', loc=('مدينة جرمانا', 'jaramana'), as_of=WK, status='reinforced', source=SRC, line=9, events=[17]),
]
build('alahram-mleiha', None, 'الأهرام', D, L, ents, times, events, forces)
