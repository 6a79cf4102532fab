from build import build
L = [
'16 قتيلاً من القوات الحكومية بكمين لـ"داعش" في بادية الرقة.. والطيران الروسي يكثف غاراته',
'الحل نت',
'قُتل 16 عنصراً من القوات الحكومية والميليشيات الموالية لها، وأصيب نحو 10 آخرين، مساء أمس الأحد، إثر كمين نصبته خلايا تنظيم "داعش" لرتل عسكري على طريق الرصافة - أثريا في بادية الرقة الجنوبية، بحسب ما أفادت به مصادر محلية لـ"الحل نت".',
'وأوضحت المصادر أن عناصر التنظيم استخدموا الأسلحة الرشاشة وقذائف "آر بي جي" في الهجوم، وأحرقوا ثلاث سيارات عسكرية قبل أن ينسحبوا باتجاه عمق البادية، فيما وصلت تعزيزات من "لواء القدس" الفلسطيني إلى المنطقة بعد ساعات.',
'ويأتي الكمين بعد أيام من هجوم مماثل استهدف حافلة تقل عناصر من "الفرقة الرابعة" قرب مدينة السخنة في بادية حمص الشرقية، وأسفر عن مقتل سبعة منهم، في حين تتهم مصادر حكومية "مجموعات إرهابية" قادمة من منطقة التنف، حيث تتمركز القوات الأمريكية، بالوقوف وراء هذه الهجمات.',
'في المقابل، شنّ الطيران الحربي الروسي خلال الساعات الـ48 الماضية أكثر من 60 غارة على مواقع يُشتبه بأنها مخابئ لخلايا "داعش" في بادية الرصافة وجبل البشري ومحيط أثريا، وفق ما ذكره "المرصد السوري لحقوق الإنسان".',
'وتنتشر في البادية السورية، الممتدة من ريف حمص الشرقي إلى ريف دير الزور، ميليشيات تابعة للحرس الثوري الإيراني، أبرزها "لواء فاطميون" الأفغاني و"حزب الله" العراقي، إلى جانب قوات من "الفرقة الرابعة" و"الفيلق الخامس" المدعوم روسياً.',
'وكان تنظيم "داعش" قد صعّد هجماته في البادية منذ مطلع العام الجاري، إذ تجاوز عدد قتلى القوات الحكومية والميليشيات الموالية لها منذ كانون الثاني الماضي 200 قتيل، وفق إحصاءات "الحل نت"، رغم إطلاق القوات الروسية عملية "الصحراء البيضاء" لتمشيط المنطقة في آب 2020.',
]
D = '2021-03-15'   # Monday; web copy of its own day
SUN = '2021-03-14'
IBM = 'OTHER:iran-backed-militias'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:16 قتيلاً','QUANTITY',None,(16,False,'killed')), ('L0:القوات الحكومية','ACTOR','SY_GOV'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:بادية الرقة','LOCATION','raqqa-badia'), ('L0:الطيران الروسي','ACTOR','RU'),
 ('L1:الحل نت','ORG','alhal-net'),
 ('L2:16 عنصراً','QUANTITY',None,(16,False,'killed')), ('L2:القوات الحكومية','ACTOR','SY_GOV'), ('L2:الميليشيات الموالية لها','ACTOR',PGM),
 ('L2:نحو 10 آخرين','QUANTITY',None,(10,True,'wounded')), ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:الرصافة','LOCATION','resafa'),
 ('L2:أثريا','LOCATION','ithriya'), ('L2:بادية الرقة الجنوبية','LOCATION','raqqa-south-badia'), ('L2:الحل نت','ORG','alhal-net'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:الأسلحة الرشاشة','WEAPON','machine-guns'), ('L3:قذائف "آر بي جي"','WEAPON','rpg'),
 ('L3:ثلاث سيارات عسكرية','QUANTITY',None,(3,False,'vehicles')), ('L3:سيارات عسكرية','WEAPON','military-vehicles'),
 ('L3:البادية','LOCATION','syrian-badia'), ('L3:لواء القدس','ACTOR','OTHER:liwa-al-quds'), ('L3:المنطقة','LOCATION','raqqa-south-badia'),
 ('L4:الفرقة الرابعة','ACTOR','SY_GOV'), ('L4:مدينة السخنة','LOCATION','al-sukhnah'), ('L4:بادية حمص الشرقية','LOCATION','homs-east-badia'),
 ('L4:سبعة','QUANTITY',None,(7,False,'killed')), ('L4:مجموعات إرهابية','ACTOR','ISIS'), ('L4:منطقة التنف','LOCATION','al-tanf'),
 ('L4:القوات الأمريكية','ACTOR','US'),
 ('L5:الطيران الحربي الروسي','ACTOR','RU'), ('L5:أكثر من 60 غارة','QUANTITY',None,(60,True,'other')), ('L5:داعش','ACTOR','ISIS'),
 ('L5:بادية الرصافة','LOCATION','resafa-badia'), ('L5:جبل البشري','LOCATION','jabal-al-bishri'), ('L5:أثريا','LOCATION','ithriya'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L6:البادية السورية','LOCATION','syrian-badia'), ('L6:ريف حمص الشرقي','LOCATION','homs-east-countryside'), ('L6:ريف دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L6:ميليشيات تابعة للحرس الثوري الإيراني','ACTOR',IBM), ('L6:لواء فاطميون','ACTOR','OTHER:fatemiyoun'), ('L6:حزب الله','ACTOR','OTHER:kataib-hezbollah'),
 ('L6:الفرقة الرابعة','ACTOR','SY_GOV'), ('L6:الفيلق الخامس','ACTOR','SY_GOV'),
 ('L7:تنظيم "داعش"','ACTOR','ISIS'), ('L7:البادية','LOCATION','syrian-badia'), ('L7:القوات الحكومية','ACTOR','SY_GOV'),
 ('L7:الميليشيات الموالية لها','ACTOR',PGM), ('L7:200 قتيل','QUANTITY',None,(200,True,'killed')), ('L7:الحل نت','ORG','alhal-net'),
 ('L7:القوات الروسية','ACTOR','RU'), ('L7:المنطقة','LOCATION','syrian-badia'),
]
times = [
 ('L2:مساء أمس الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L5:خلال الساعات الـ48 الماضية', '2021-03-13/2021-03-15', 'day'),
 ('L7:منذ مطلع العام الجاري', '2021-01/2021-03', 'month'),
 ('L7:منذ كانون الثاني الماضي', '2021-01/2021-03', 'month'),
 ('L7:آب 2020', '2020-08', 'month'),
]
LOC = 'مصادر محلية (الحل نت)'
GOV = 'مصادر حكومية'
SOHR = 'المرصد السوري لحقوق الإنسان'
EVE = 'L2:مساء أمس الأحد'
events = [
 dict(type='ATTACK', trig='L2:كمين', time=EVE, actors=['ISIS'], targets=['SY_GOV', PGM], loc='L2:بادية الرقة الجنوبية', attr=LOC,
      qty=['L2:16 عنصراً','L2:نحو 10 آخرين']),                                                                                      # 1
 dict(type='ATTACK', trig='L3:الهجوم', time=EVE, actors=['ISIS'], attr=LOC, weapons=['L3:الأسلحة الرشاشة','L3:قذائف "آر بي جي"']),      # 2
 dict(type='ATTACK', trig='L3:أحرقوا', time=EVE, actors=['ISIS'], targets=['SY_GOV', PGM], attr=LOC, qty=['L3:ثلاث سيارات عسكرية']),    # 3
 dict(type='WITHDRAWAL', trig='L3:ينسحبوا', time=EVE, actors=['ISIS'], attr=LOC),                                                       # 4
 dict(type='MOVEMENT', trig='L3:وصلت', time=EVE, actors=['OTHER:liwa-al-quds'], loc='L3:المنطقة', attr=LOC),                            # 5
 dict(type='ATTACK', trig='L4:الكمين', time=EVE),                                                                                      # 6
 dict(type='ATTACK', trig='L4:هجوم', targets=['SY_GOV'], loc='L4:مدينة السخنة', qty=['L4:سبعة']),                                       # 7
 dict(type='ATTACK', trig='L4:الهجمات', actors=['ISIS'], targets=['SY_GOV'], attr=GOV),                                                 # 8
 dict(type='MOVEMENT', trig='L4:تتمركز', actors=['US'], loc='L4:منطقة التنف'),                                                         # 9
 dict(type='ATTACK', trig='L5:شنّ', time='L5:خلال الساعات الـ48 الماضية', actors=['RU'], targets=['ISIS'], loc='L5:بادية الرصافة', attr=SOHR,
      qty=['L5:أكثر من 60 غارة']),                                                                                                  # 10
 dict(type='MOVEMENT', trig='L6:تنتشر', actors=[IBM, 'OTHER:fatemiyoun', 'OTHER:kataib-hezbollah', 'SY_GOV'], loc='L6:البادية السورية'),  # 11
 dict(type='ATTACK', trig='L7:هجماته', time='L7:منذ مطلع العام الجاري', actors=['ISIS'], targets=['SY_GOV', PGM], loc='L7:البادية',
      attr='الحل نت', qty=['L7:200 قتيل']),                                                                                          # 12
 dict(type='OPERATION', trig='L7:عملية', time='L7:آب 2020', actors=['RU'], targets=['ISIS'], loc='L7:المنطقة'),                          # 13
]
OD = (D, 'day')
EV = (SUN, 'part-of-day')
H48 = ('2021-03-13/2021-03-15', 'day')
forces = [
 dict(actor='SY_GOV', assets='رتل عسكري', loc=('طريق الرصافة - أثريا','resafa-ithriya-road'), as_of=EV, status='attacked', source=LOC, line=2, events=[1]),
 dict(actor=PGM, assets='رتل عسكري', loc=('طريق الرصافة - أثريا','resafa-ithriya-road'), as_of=EV, status='attacked', source=LOC, line=2, events=[1]),
 dict(actor='OTHER:liwa-al-quds', assets='تعزيزات', loc=('المنطقة','raqqa-south-badia'), as_of=EV, status='reinforced', source=LOC, line=3, events=[5]),
 dict(actor='US', loc=('منطقة التنف','al-tanf'), as_of=OD, status='present', line=4, events=[9]),
 dict(actor='ISIS', assets='مخابئ', loc=('بادية الرصافة','resafa-badia'), as_of=H48, status='attacked', source=SOHR, line=5, events=[10]),
 dict(actor='ISIS', assets='مخابئ', loc=('جبل البشري','jabal-al-bishri'), as_of=H48, status='attacked', source=SOHR, line=5, events=[10]),
 dict(actor='ISIS', assets='مخابئ', loc=('أثريا','ithriya'), as_of=H48, status='attacked', source=SOHR, line=5, events=[10]),
 dict(actor=IBM, loc=('البادية السورية','syrian-badia'), as_of=OD, status='present', line=6, events=[11]),
 dict(actor='OTHER:fatemiyoun', loc=('البادية السورية','syrian-badia'), as_of=OD, status='present', line=6, events=[11]),
 dict(actor='OTHER:kataib-hezbollah', loc=('البادية السورية','syrian-badia'), as_of=OD, status='present', line=6, events=[11]),
 dict(actor='SY_GOV', assets='الفرقة الرابعة، الفيلق الخامس', loc=('البادية السورية','syrian-badia'), as_of=OD, status='present', line=6, events=[11]),
 dict(actor='RU', loc=('المنطقة','syrian-badia'), as_of=('2020-08', 'month'), status='present', line=7, events=[13]),
]
build('alhal-badia-ambush', None, 'الحل نت', D, L, ents, times, events, forces)
