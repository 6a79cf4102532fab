from build import build
L = [
'قوات النظام تقتحم أحياء في الصنمين... واتفاق برعاية روسية على ترحيل مسلحين إلى الشمال',
'درعا (جنوب سوريا): «الشرق الأوسط»',
'اقتحمت قوات النظام السوري، أمس (الأحد)، الأحياء الغربية لمدينة الصنمين في ريف درعا الشمالي، بعد حصار فرضته عليها منذ مساء الجمعة، في أعنف مواجهة تشهدها المحافظة منذ اتفاق التسوية الذي رعته روسيا في يوليو (تموز) 2018.',
'وقال «تجمع أحرار حوران» إن وحدات من «الفرقة الرابعة» و«المخابرات الجوية» هاجمت الحي الغربي من ثلاثة محاور، مستخدمة الدبابات وقذائف الهاون والرشاشات الثقيلة، ما أدى إلى مقتل ثلاثة مدنيين بينهم طفل.',
'وأفاد «المرصد السوري لحقوق الإنسان» بأن حصيلة الاشتباكات بلغت 15 قتيلاً، هم 9 من المسلحين المحليين الرافضين للتسوية و3 من عناصر النظام إلى جانب المدنيين، مشيراً إلى أن المسلحين يتبعون القيادي السابق في «الجيش الحر» وليد الزهرة.',
'وبعد ساعات من المواجهات، توصل وجهاء من المدينة إلى اتفاق مع ضباط من الشرطة العسكرية الروسية وقوات النظام، يقضي بخروج 21 مسلحاً من الرافضين للتسوية نحو الشمال السوري، وتسوية أوضاع الباقين، وتسليم السلاح المتوسط.',
'وقال مصدر في «اللواء الثامن» التابع لـ«الفيلق الخامس» المدعوم من موسكو لـ«الشرق الأوسط» إن حافلات وصلت مساء أمس إلى أطراف المدينة لنقل المسلحين وعائلاتهم إلى ريف حلب الشمالي، على أن تنطلق صباح اليوم.',
'في المقابل، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري أن «وحدات من الجيش العربي السوري أعادت الأمن والاستقرار إلى مدينة الصنمين بعد القضاء على عدد من الإرهابيين»، نافياً استهداف أي منازل للمدنيين.',
'وكانت قوات النظام قد استقدمت خلال الأسبوع الماضي تعزيزات تضم نحو 20 دبابة وقرابة 400 عنصر إلى محيط الصنمين وبلدة كفر شمس المجاورة، بحسب ناشطين.',
'وتشهد محافظة درعا منذ مطلع العام الجاري عمليات اغتيال شبه يومية تطال عناصر سابقين في المعارضة وآخرين من قوات النظام، فيما تنتشر حواجز «الفرقة الرابعة» على مداخل معظم بلدات الريف الغربي.',
'وتخضع الصنمين لسيطرة النظام منذ ديسمبر (كانون الأول) 2016، حين خرجت منها دفعة من مقاتلي المعارضة إلى إدلب بموجب اتفاق «مصالحة» أبقى على عدد من المسلحين المحليين داخل المدينة.',
]
D = '2020-03-02'   # Monday; London print daily, dated the day after the news (أمس = Sunday 1 March)
SUN = '2020-03-01'
LG = 'OTHER:local-gunmen'
EB = 'OTHER:eighth-brigade'
ents = [
 ('L0:قوات النظام','ACTOR','SY_GOV'), ('L0:الصنمين','LOCATION','al-sanamayn'), ('L0:الشمال','LOCATION','north-syria'),
 ('L1:درعا','LOCATION','daraa'), ('L1:جنوب سوريا','LOCATION','south-syria'), ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'), ('L2:الأحياء الغربية لمدينة الصنمين','LOCATION','al-sanamayn-west'),
 ('L2:ريف درعا الشمالي','LOCATION','daraa-north-countryside'), ('L2:المحافظة','LOCATION','daraa-governorate'), ('L2:روسيا','ACTOR','RU'),
 ('L3:تجمع أحرار حوران','ORG','ahrar-horan'), ('L3:الفرقة الرابعة','ACTOR','SY_GOV'), ('L3:المخابرات الجوية','ACTOR','SY_GOV'),
 ('L3:الحي الغربي','LOCATION','al-sanamayn-west'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:الدبابات','WEAPON','tanks'),
 ('L3:قذائف الهاون','WEAPON','mortars'), ('L3:الرشاشات الثقيلة','WEAPON','heavy-machine-guns'), ('L3:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:15 قتيلاً','QUANTITY',None,(15,False,'killed')), ('L4:9','QUANTITY',None,(9,False,'killed')),
 ('L4:المسلحين المحليين','ACTOR',LG), ('L4:3','QUANTITY',None,(3,False,'killed')), ('L4:النظام','ACTOR','SY_GOV'),
 ('L4:الجيش الحر','ACTOR','FSA'), ('L4:وليد الزهرة','PERSON','walid-al-zahra'),
 ('L5:المدينة','LOCATION','al-sanamayn'), ('L5:الشرطة العسكرية الروسية','ACTOR','RU'), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:21 مسلحاً','QUANTITY',None,(21,False,'fighters')), ('L5:الشمال السوري','LOCATION','north-syria'), ('L5:السلاح المتوسط','WEAPON','medium-weapons'),
 ('L6:اللواء الثامن','ACTOR',EB), ('L6:الفيلق الخامس','ACTOR','SY_GOV'), ('L6:موسكو','ACTOR','RU'), ('L6:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L6:المدينة','LOCATION','al-sanamayn'), ('L6:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L7:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L7:سانا','ORG','sana'), ('L7:وحدات من الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L7:مدينة الصنمين','LOCATION','al-sanamayn'), ('L7:الإرهابيين','ACTOR',LG),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:نحو 20 دبابة','QUANTITY',None,(20,True,'vehicles')), ('L8:دبابة','WEAPON','tanks'),
 ('L8:قرابة 400 عنصر','QUANTITY',None,(400,True,'troops')), ('L8:الصنمين','LOCATION','al-sanamayn'), ('L8:بلدة كفر شمس','LOCATION','kafr-shams'),
 ('L9:محافظة درعا','LOCATION','daraa-governorate'), ('L9:المعارضة','ACTOR','FSA'), ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L9:بلدات الريف الغربي','LOCATION','daraa-west-countryside'),
 ('L10:الصنمين','LOCATION','al-sanamayn'), ('L10:النظام','ACTOR','SY_GOV'), ('L10:المعارضة','ACTOR','FSA'), ('L10:إدلب','LOCATION','idlib'),
 ('L10:المسلحين المحليين','ACTOR',LG), ('L10:المدينة','LOCATION','al-sanamayn'),
]
times = [
 ('L2:أمس (الأحد)', SUN, 'day'),
 ('L2:منذ مساء الجمعة', '2020-02-28/' + D, 'day'),
 ('L2:يوليو (تموز) 2018', '2018-07', 'month'),
 ('L6:مساء أمس', SUN, 'part-of-day', {'part': 'evening'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:خلال الأسبوع الماضي', '2020-02-24/2020-03-01', 'week'),
 ('L9:منذ مطلع العام الجاري', '2020-01/2020-03', 'month'),
 ('L10:منذ ديسمبر (كانون الأول) 2016', '2016-12/2020-03', 'month'),
]
T = 'L2:أمس (الأحد)'
AH = 'تجمع أحرار حوران'
SOHR = 'المرصد السوري لحقوق الإنسان'
EBS = 'مصدر في اللواء الثامن (الشرق الأوسط)'
SANA = 'مصدر عسكري (سانا)'
ACT = 'ناشطون'
SINCE16 = 'L10:منذ ديسمبر (كانون الأول) 2016'
events = [
 dict(type='ATTACK', trig='L2:اقتحمت', time=T, actors=['SY_GOV'], targets=[LG], loc='L2:الأحياء الغربية لمدينة الصنمين'),             # 1
 dict(type='OPERATION', trig='L2:حصار', time='L2:منذ مساء الجمعة', actors=['SY_GOV'], targets=[LG], loc='L2:الأحياء الغربية لمدينة الصنمين'),  # 2
 dict(type='AGREEMENT', trig='L2:اتفاق التسوية', time='L2:يوليو (تموز) 2018', actors=['SY_GOV', 'FSA', 'RU']),                        # 3
 dict(type='ATTACK', trig='L3:هاجمت', time=T, actors=['SY_GOV'], targets=[LG], loc='L3:الحي الغربي',
      weapons=['L3:الدبابات', 'L3:قذائف الهاون', 'L3:الرشاشات الثقيلة'], qty=['L3:ثلاثة محاور', 'L3:ثلاثة مدنيين'], attr=AH),           # 4
 dict(type='ATTACK', trig='L4:الاشتباكات', time=T, actors=['SY_GOV', LG], qty=['L4:15 قتيلاً', 'L4:9', 'L4:3'], attr=SOHR),           # 5
 dict(type='AGREEMENT', trig='L5:اتفاق', time=T, actors=['RU', 'SY_GOV', LG]),                                                      # 6
 dict(type='WITHDRAWAL', trig='L5:بخروج', mod='planned', actors=[LG], loc='L5:المدينة', qty=['L5:21 مسلحاً']),                       # 7
 dict(type='WITHDRAWAL', trig='L6:لنقل', mod='planned', time='L6:صباح اليوم', actors=[LG], loc='L6:المدينة', attr=EBS),              # 8
 dict(type='CONTROL', trig='L7:أعادت الأمن', time=T, actors=['SY_GOV'], targets=[LG], loc='L7:مدينة الصنمين', attr=SANA),             # 9
 dict(type='ATTACK', trig='L7:القضاء', time=T, actors=['SY_GOV'], targets=[LG], attr=SANA),                                         # 10
 dict(type='ATTACK', trig='L7:استهداف', mod='denied', actors=['SY_GOV'], attr=SANA),                                                # 11
 dict(type='MOVEMENT', trig='L8:استقدمت', time='L8:خلال الأسبوع الماضي', actors=['SY_GOV'], loc='L8:الصنمين', weapons=['L8:دبابة'],
      qty=['L8:نحو 20 دبابة', 'L8:قرابة 400 عنصر'], attr=ACT),                                                                     # 12
 dict(type='ATTACK', trig='L9:عمليات اغتيال', time='L9:منذ مطلع العام الجاري', targets=['FSA', 'SY_GOV'], loc='L9:محافظة درعا'),      # 13
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['SY_GOV'], loc='L9:بلدات الريف الغربي'),                                              # 14
 dict(type='CONTROL', trig='L10:تخضع', time=SINCE16, actors=['SY_GOV'], loc='L10:الصنمين'),                                          # 15
 dict(type='WITHDRAWAL', trig='L10:خرجت', time=SINCE16, actors=['FSA'], loc='L10:الصنمين'),                                          # 16
 dict(type='AGREEMENT', trig='L10:اتفاق', time=SINCE16, actors=['SY_GOV', 'FSA']),                                                  # 17
]
TS = (SUN, 'day')
forces = [
 dict(actor='SY_GOV', loc=('الأحياء الغربية لمدينة الصنمين', 'al-sanamayn-west'), as_of=TS, status='present', line=2, events=[1, 2]),
 dict(actor='SY_GOV', assets='الفرقة الرابعة، المخابرات الجوية، دبابات', loc=('الحي الغربي', 'al-sanamayn-west'), as_of=TS, status='present',
      source=AH, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('مدينة الصنمين', 'al-sanamayn'), as_of=TS, status='controls', source=SANA, line=7, events=[9]),
 dict(actor='SY_GOV', strength=(400, True, 'troops'), assets='نحو 20 دبابة', loc=('الصنمين', 'al-sanamayn'),
      as_of=('2020-02-24/2020-03-01', 'week'), status='reinforced', source=ACT, line=8, events=[12]),
 dict(actor='SY_GOV', loc=('بلدة كفر شمس', 'kafr-shams'), as_of=('2020-02-24/2020-03-01', 'week'), status='reinforced', source=ACT, line=8, events=[12]),
 dict(actor='SY_GOV', assets='حواجز الفرقة الرابعة', loc=('بلدات الريف الغربي', 'daraa-west-countryside'), as_of=(D, 'day'), status='present', line=9, events=[14]),
 dict(actor='SY_GOV', loc=('الصنمين', 'al-sanamayn'), as_of=('2016-12/2020-03', 'month'), status='controls', line=10, events=[15]),
 dict(actor='FSA', loc=('الصنمين', 'al-sanamayn'), as_of=('2016-12', 'month'), status='withdrawn', line=10, events=[16]),
 dict(actor=LG, loc=('المدينة', 'al-sanamayn'), as_of=('2016-12/2020-03', 'month'), status='present', line=10, events=[17]),
]
build('asharq-sanamayn', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
