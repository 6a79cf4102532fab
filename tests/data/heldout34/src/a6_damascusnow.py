from build import build
L = [
'الجيش يدخل الرحيبة وجيرود بعد خروج آخر دفعة من المسلحين.. والقلمون الشرقي خالٍ من الإرهاب',
'دمشق الآن – خاص',
'دخلت وحدات من الجيش العربي السوري، ظهر اليوم الثلاثاء، إلى مدينتي الرحيبة وجيرود وبلدة الناصرية في القلمون الشرقي، بعد خروج آخر دفعة من مسلحي "جيش الإسلام" و"قوات الشهيد أحمد العبدو" وعائلاتهم باتجاه الشمال السوري صباح اليوم، تنفيذاً للاتفاق الذي رعته روسيا يوم الجمعة الماضي.',
'وقال مصدر عسكري لـ"دمشق الآن" إن وحدات الهندسة بدأت بتمشيط المدن الثلاث لإزالة الألغام والعبوات الناسفة التي خلّفها الإرهابيون، تمهيداً لعودة مؤسسات الدولة إليها خلال الأيام القليلة المقبلة.',
'وبحسب مراسل "دمشق الآن"، فإن 35 حافلة أقلّت نحو 1800 مسلح مع عائلاتهم من مدينة الرحيبة عبر طريق دمشق – حمص الدولي بمرافقة الشرطة العسكرية الروسية، متجهة إلى مدينة جرابلس في ريف حلب الشمالي الشرقي ومحافظة إدلب.',
'وكانت وحدات من الجيش قد دخلت مدينة الضمير يوم الخميس الماضي، بعد خروج نحو 1500 مسلح من "جيش الإسلام" مع عائلاتهم إلى جرابلس، فيما فضّل نحو 300 آخرين تسليم أنفسهم وأسلحتهم إلى الجهات المختصة لتسوية أوضاعهم.',
'وكان مركز المصالحة الروسي في قاعدة حميميم قد أعلن، أمس الاثنين، أن أكثر من 5 آلاف شخص، بينهم نحو 3200 مسلح، غادروا القلمون الشرقي منذ بدء تنفيذ الاتفاق، مشيراً إلى أن المسلحين سلّموا عشرات الدبابات والعربات المدرعة قبل مغادرتهم.',
'وفي جنوب العاصمة، تواصل وحدات الجيش لليوم السادس على التوالي عملياتها ضد تنظيم "داعش" في الحجر الأسود ومخيم اليرموك، وسط غارات مكثفة لسلاح الجو السوري على مواقع التنظيم وتقدم للقوات على محور حي التضامن.',
'ومن المتوقع أن تعلن القيادة العامة للجيش والقوات المسلحة خلال ساعات سيطرة الجيش الكاملة على منطقة القلمون الشرقي، بعد استلام المواقع والتلال التي كان المسلحون يتحصنون فيها في سلسلة جبال القلمون الشرقي.',
'وكانت الفصائل المسلحة تسيطر على مدن القلمون الشرقي منذ عام 2013، قبل أن تدخل في اتفاق "تهدئة" مع الدولة السورية عام 2016 جنّب المنطقة المعارك.',
]
D = '2018-04-24'   # Tuesday; pro-government Syrian news site, web copy of its own day
FRI = '2018-04-20'
THU = '2018-04-19'
JAI = 'OTHER:jaish-al-islam'
ABDO = 'OTHER:ahmad-al-abdo-forces'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:الرحيبة','LOCATION','al-ruhaybah'), ('L0:جيرود','LOCATION','jayrud'),
 ('L0:القلمون الشرقي','LOCATION','eastern-qalamoun'),
 ('L1:دمشق الآن','ORG','damascus-now'),
 ('L2:الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:مدينتي الرحيبة','LOCATION','al-ruhaybah'), ('L2:جيرود','LOCATION','jayrud'),
 ('L2:بلدة الناصرية','LOCATION','al-nasiriyah'), ('L2:القلمون الشرقي','LOCATION','eastern-qalamoun'), ('L2:جيش الإسلام','ACTOR',JAI),
 ('L2:قوات الشهيد أحمد العبدو','ACTOR',ABDO), ('L2:الشمال السوري','LOCATION','north-syria'), ('L2:روسيا','ACTOR','RU'),
 ('L3:دمشق الآن','ORG','damascus-now'), ('L3:وحدات الهندسة','ACTOR','SY_GOV'), ('L3:المدن الثلاث','LOCATION','eastern-qalamoun-towns'),
 ('L3:الألغام','WEAPON','landmines'), ('L3:العبوات الناسفة','WEAPON','ieds'), ('L3:الإرهابيون','ACTOR','FSA'),
 ('L4:دمشق الآن','ORG','damascus-now'), ('L4:35 حافلة','QUANTITY',None,(35,False,'vehicles')),
 ('L4:نحو 1800 مسلح','QUANTITY',None,(1800,True,'fighters')), ('L4:مدينة الرحيبة','LOCATION','al-ruhaybah'),
 ('L4:طريق دمشق – حمص الدولي','LOCATION','damascus-homs-highway'), ('L4:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L4:مدينة جرابلس','LOCATION','jarabulus'), ('L4:ريف حلب الشمالي الشرقي','LOCATION','aleppo-north-east-countryside'),
 ('L4:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:مدينة الضمير','LOCATION','dumayr'), ('L5:نحو 1500 مسلح','QUANTITY',None,(1500,True,'fighters')),
 ('L5:جيش الإسلام','ACTOR',JAI), ('L5:جرابلس','LOCATION','jarabulus'), ('L5:نحو 300','QUANTITY',None,(300,True,'arrested')),
 ('L5:الجهات المختصة','ACTOR','SY_GOV'),
 ('L6:مركز المصالحة الروسي','ACTOR','RU'), ('L6:قاعدة حميميم','LOCATION','hmeimim-base'),
 ('L6:أكثر من 5 آلاف شخص','QUANTITY',None,(5000,True,'people')), ('L6:نحو 3200 مسلح','QUANTITY',None,(3200,True,'fighters')),
 ('L6:القلمون الشرقي','LOCATION','eastern-qalamoun'), ('L6:عشرات الدبابات','QUANTITY',None,([24, 99],True,'vehicles')),
 ('L6:الدبابات','WEAPON','tanks'), ('L6:العربات المدرعة','WEAPON','armoured-vehicles'),
 ('L7:العاصمة','LOCATION','damascus'), ('L7:وحدات الجيش','ACTOR','SY_GOV'), ('L7:تنظيم "داعش"','ACTOR','ISIS'),
 ('L7:الحجر الأسود','LOCATION','al-hajar-al-aswad'), ('L7:مخيم اليرموك','LOCATION','yarmouk-camp'),
 ('L7:سلاح الجو السوري','ACTOR','SY_GOV'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:حي التضامن','LOCATION','tadamon'),
 ('L8:القيادة العامة للجيش والقوات المسلحة','ACTOR','SY_GOV'), ('L8:الجيش','ACTOR','SY_GOV'),
 ('L8:منطقة القلمون الشرقي','LOCATION','eastern-qalamoun'), ('L8:سلسلة جبال القلمون الشرقي','LOCATION','eastern-qalamoun-mountains'),
 ('L9:الفصائل المسلحة','ACTOR','FSA'), ('L9:مدن القلمون الشرقي','LOCATION','eastern-qalamoun-towns'),
 ('L9:الدولة السورية','ACTOR','SY_GOV'), ('L9:المنطقة','LOCATION','eastern-qalamoun'),
]
times = [
 ('L2:ظهر اليوم الثلاثاء', D, 'part-of-day', {'part': 'noon'}),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L2:يوم الجمعة الماضي', FRI, 'day'),
 ('L3:خلال الأيام القليلة المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L5:يوم الخميس الماضي', THU, 'day'),
 ('L6:أمس الاثنين', '2018-04-23', 'day'),
 ('L8:خلال ساعات', D + '/', 'vague', {'relation': 'after'}),
 ('L9:منذ عام 2013', '2013/2018', 'year'),
 ('L9:عام 2016', '2016', 'year'),
]
NOON = 'L2:ظهر اليوم الثلاثاء'
MORN = 'L2:صباح اليوم'
MS = 'مصدر عسكري (دمشق الآن)'
COR = 'مراسل دمشق الآن'
TH = 'L5:يوم الخميس الماضي'
events = [
 dict(type='MOVEMENT', trig='L2:دخلت', time=NOON, actors=['SY_GOV'], loc='L2:مدينتي الرحيبة'),                                   # 1
 dict(type='WITHDRAWAL', trig='L2:خروج', time=MORN, actors=[JAI, ABDO], loc='L2:القلمون الشرقي'),                                 # 2
 dict(type='AGREEMENT', trig='L2:للاتفاق', time='L2:يوم الجمعة الماضي', actors=['SY_GOV', JAI, ABDO, 'RU']),                     # 3
 dict(type='OPERATION', trig='L3:تمشيط', actors=['SY_GOV'], loc='L3:المدن الثلاث', weapons=['L3:الألغام', 'L3:العبوات الناسفة'],
      attr=MS),                                                                                                                   # 4
 dict(type='WITHDRAWAL', trig='L4:أقلّت', time=MORN, actors=[JAI, ABDO], loc='L4:مدينة الرحيبة',
      qty=['L4:35 حافلة', 'L4:نحو 1800 مسلح'], attr=COR),                                                                           # 5
 dict(type='MOVEMENT', trig='L4:مرافقة', time=MORN, actors=['RU'], loc='L4:طريق دمشق – حمص الدولي', attr=COR),                     # 6
 dict(type='MOVEMENT', trig='L5:دخلت', time=TH, actors=['SY_GOV'], loc='L5:مدينة الضمير'),                                         # 7
 dict(type='WITHDRAWAL', trig='L5:خروج', time=TH, actors=[JAI], loc='L5:مدينة الضمير', qty=['L5:نحو 1500 مسلح']),                   # 8
 dict(type='ARREST', trig='L5:تسليم أنفسهم', time=TH, actors=['SY_GOV'], targets=[JAI], qty=['L5:نحو 300']),                        # 9
 dict(type='STATEMENT', trig='L6:أعلن', time='L6:أمس الاثنين', actors=['RU'], attr='مركز المصالحة الروسي'),                    # 10
 dict(type='WITHDRAWAL', trig='L6:غادروا', actors=[JAI, ABDO], loc='L6:القلمون الشرقي',
      qty=['L6:أكثر من 5 آلاف شخص', 'L6:نحو 3200 مسلح'], attr='مركز المصالحة الروسي'),                                                   # 11
 dict(type='AGREEMENT', trig='L6:الاتفاق', time='L2:يوم الجمعة الماضي', actors=['SY_GOV', JAI, ABDO, 'RU'],
      attr='مركز المصالحة الروسي'),                                                                                          # 12
 dict(type='OPERATION', trig='L7:عملياتها', actors=['SY_GOV'], targets=['ISIS'], loc='L7:الحجر الأسود'),                           # 13
 dict(type='ATTACK', trig='L7:غارات', actors=['SY_GOV'], targets=['ISIS']),                                                         # 14
 dict(type='MOVEMENT', trig='L7:تقدم', actors=['SY_GOV'], loc='L7:حي التضامن'),                                                    # 15
 dict(type='CONTROL', trig='L8:سيطرة', mod='planned', time='L8:خلال ساعات', actors=['SY_GOV'], loc='L8:منطقة القلمون الشرقي'),      # 16
 dict(type='CONTROL', trig='L8:استلام', actors=['SY_GOV'], loc='L8:سلسلة جبال القلمون الشرقي'),                                    # 17
 dict(type='CONTROL', trig='L9:تسيطر', time='L9:منذ عام 2013', actors=['FSA'], loc='L9:مدن القلمون الشرقي'),                        # 18
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:عام 2016', actors=['FSA', 'SY_GOV'], loc='L9:المنطقة'),                          # 19
]
NP = (D, 'part-of-day')
TD = (D, 'day')
TDY = (THU, 'day')
forces = [
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('مدينتي الرحيبة', 'al-ruhaybah'), as_of=NP, status='arrived', line=2, events=[1]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('جيرود', 'jayrud'), as_of=NP, status='arrived', line=2, events=[1]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('بلدة الناصرية', 'al-nasiriyah'), as_of=NP, status='arrived', line=2, events=[1]),
 dict(actor=JAI, assets='آخر دفعة من المسلحين وعائلاتهم', loc=('القلمون الشرقي', 'eastern-qalamoun'), as_of=NP, status='withdrawn',
      line=2, events=[2]),
 dict(actor=ABDO, assets='آخر دفعة من المسلحين وعائلاتهم', loc=('القلمون الشرقي', 'eastern-qalamoun'), as_of=NP, status='withdrawn',
      line=2, events=[2]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('المدن الثلاث', 'eastern-qalamoun-towns'), as_of=TD, status='present', source=MS,
      line=3, events=[4]),
 dict(actor=JAI, assets='نحو 1800 مسلح مع عائلاتهم في 35 حافلة (مع قوات العبدو)', loc=('مدينة الرحيبة', 'al-ruhaybah'), as_of=NP,
      status='withdrawn', source=COR, line=4, events=[5]),
 dict(actor=ABDO, assets='نحو 1800 مسلح مع عائلاتهم في 35 حافلة (مع جيش الإسلام)', loc=('مدينة الرحيبة', 'al-ruhaybah'), as_of=NP,
      status='withdrawn', source=COR, line=4, events=[5]),
 dict(actor='RU', assets='الشرطة العسكرية الروسية (مرافقة)', loc=('طريق دمشق – حمص الدولي', 'damascus-homs-highway'), as_of=NP,
      status='present', source=COR, line=4, events=[6]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('مدينة الضمير', 'dumayr'), as_of=TDY, status='arrived', line=5, events=[7]),
 dict(actor=JAI, strength=(1500, True, 'fighters'), loc=('مدينة الضمير', 'dumayr'), as_of=TDY, status='withdrawn', line=5, events=[8]),
 dict(actor=JAI, assets='أكثر من 5 آلاف شخص بينهم نحو 3200 مسلح (مع قوات العبدو)', loc=('القلمون الشرقي', 'eastern-qalamoun'),
      as_of=('2018-04-23', 'day'), status='withdrawn', source='مركز المصالحة الروسي', line=6, events=[11]),
 dict(actor=ABDO, assets='أكثر من 5 آلاف شخص بينهم نحو 3200 مسلح (مع جيش الإسلام)', loc=('القلمون الشرقي', 'eastern-qalamoun'),
      as_of=('2018-04-23', 'day'), status='withdrawn', source='مركز المصالحة الروسي', line=6, events=[11]),
 dict(actor='RU', assets='مركز المصالحة الروسي', loc=('قاعدة حميميم', 'hmeimim-base'), as_of=TD, status='present', line=6),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('الحجر الأسود', 'al-hajar-al-aswad'), as_of=TD, status='present', line=7, events=[13]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('مخيم اليرموك', 'yarmouk-camp'), as_of=TD, status='present', line=7, events=[13]),
 dict(actor='ISIS', loc=('الحجر الأسود', 'al-hajar-al-aswad'), as_of=TD, status='present', line=7, events=[13]),
 dict(actor='ISIS', loc=('مخيم اليرموك', 'yarmouk-camp'), as_of=TD, status='present', line=7, events=[13]),
 dict(actor='SY_GOV', loc=('حي التضامن', 'tadamon'), as_of=TD, status='present', line=7, events=[15]),
 dict(actor='SY_GOV', assets='المواقع والتلال', loc=('سلسلة جبال القلمون الشرقي', 'eastern-qalamoun-mountains'), as_of=TD,
      status='controls', line=8, events=[17]),
 dict(actor='SY_GOV', loc=('منطقة القلمون الشرقي', 'eastern-qalamoun'), as_of=(D + '/', 'vague'), status='planned', line=8, events=[16]),
 dict(actor='FSA', loc=('مدن القلمون الشرقي', 'eastern-qalamoun-towns'), as_of=('2013/2018', 'year'), status='controls', line=9,
      events=[18]),
]
build('damascusnow-eastern-qalamoun', None, 'دمشق الآن', D, L, ents, times, events, forces)
