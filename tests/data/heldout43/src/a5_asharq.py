from build import build
L = [
'هجوم مباغت للمعارضة من جوبر يصل إلى مشارف ساحة العباسيين في دمشق',
'بيروت: «الشرق الأوسط»',
'شنت فصائل المعارضة السورية، فجر أمس، هجوماً مباغتاً على مواقع قوات النظام في الأطراف الشرقية للعاصمة دمشق انطلاقاً من حي جوبر، تمكنت خلاله من التقدم نحو منطقة كراجات العباسيين والسيطرة على عدد من الأبنية ومعمل للنسيج، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.',
'وقال المرصد إن الهجوم بدأ بتفجير عربتين مفخختين يقودهما انتحاريون من «هيئة تحرير الشام» عند حاجز للنظام قرب مدخل جوبر، قبل أن يقتحم مقاتلون من «فيلق الرحمن» و«الهيئة» خطوط الدفاع الأولى.',
'وامتدت الاشتباكات إلى محيط حي القابون المحاصر، حيث تسعى الفصائل إلى فك الحصار عنه وربطه بجوبر، فيما أغلقت قوات النظام الطرق المؤدية إلى ساحة العباسيين ونشرت قناصة على أسطح الأبنية في حي التجارة.',
'ورد الطيران الحربي التابع للنظام بشن أكثر من 30 غارة على جوبر وبلدتي عين ترما وحزة في الغوطة الشرقية، تزامناً مع قصف بصواريخ أرض - أرض من نوع «فيل»، ما أدى إلى مقتل 8 مدنيين، بحسب ناشطين.',
'وقالت وكالة الأنباء الرسمية «سانا» إن وحدات الجيش «أحبطت هجوماً لإرهابيي جبهة النصرة» وأعادت «الأمن والاستقرار» إلى جميع النقاط التي تسللوا إليها، نافيةً أن يكون المسلحون قد وصلوا إلى ساحة العباسيين.',
'في المقابل، أكد الناطق باسم «فيلق الرحمن» وائل علوان لـ«الشرق الأوسط» أن «المعركة مستمرة»، وأن الفصائل «أحكمت سيطرتها على محطة الكهرباء ومعامل عدة في المنطقة الصناعية» شمال جوبر.',
'ويأتي الهجوم بعد أسابيع من تصعيد قوات النظام حملتها العسكرية على أحياء برزة وتشرين والقابون، رغم اتفاق وقف إطلاق النار الذي رعته روسيا وتركيا في 30 ديسمبر (كانون الأول) الماضي.',
'ويتحصن في جوبر، بحسب تقديرات المعارضة، نحو 2000 مقاتل معظمهم من «فيلق الرحمن»، في حين تقدر مصادر موالية عدد عناصر «الحرس الجمهوري» و«الفرقة الرابعة» المنتشرين على أطراف الحي بأكثر من 5 آلاف عنصر.',
'وتأتي هذه التطورات قبل أيام من جولة جديدة لمفاوضات جنيف بين وفدي الحكومة والمعارضة، مقررة الخميس المقبل برعاية الأمم المتحدة.',
]
D = '2017-03-20'   # Monday; London print daily, dated the day after the news (أمس = Sunday 19 March)
SUN = '2017-03-19'
FR = 'OTHER:faylaq-al-rahman'
ents = [
 ('L0:لمعارضة','ACTOR','FSA'), ('L0:جوبر','LOCATION','jobar'), ('L0:ساحة العباسيين','LOCATION','abbasiyin-square'), ('L0:دمشق','LOCATION','damascus'),
 ('L1:بيروت','LOCATION','beirut'), ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:فصائل المعارضة السورية','ACTOR','FSA'), ('L2:قوات النظام','ACTOR','SY_GOV'),
 ('L2:الأطراف الشرقية للعاصمة دمشق','LOCATION','damascus-eastern-outskirts'), ('L2:حي جوبر','LOCATION','jobar'),
 ('L2:منطقة كراجات العباسيين','LOCATION','abbasiyin-garages'), ('L2:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:المرصد','ORG','sohr'), ('L3:عربتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L3:عربتين مفخختين#0','WEAPON','car-bombs'),
 ('L3:هيئة تحرير الشام','ACTOR','NUSRA'), ('L3:لنظام','ACTOR','SY_GOV'), ('L3:مدخل جوبر','LOCATION','jobar-entrance'),
 ('L3:فيلق الرحمن','ACTOR',FR), ('L3:الهيئة','ACTOR','NUSRA'),
 ('L4:حي القابون','LOCATION','qaboun'), ('L4:الفصائل','ACTOR','FSA'), ('L4:جوبر','LOCATION','jobar'), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L4:ساحة العباسيين','LOCATION','abbasiyin-square'), ('L4:حي التجارة','LOCATION','al-tijara'),
 ('L5:الطيران الحربي','WEAPON','warplanes'), ('L5:لنظام','ACTOR','SY_GOV'), ('L5:أكثر من 30 غارة','QUANTITY',None,(30,True,'other')),
 ('L5:جوبر','LOCATION','jobar'), ('L5:بلدتي عين ترما','LOCATION','ain-tarma'), ('L5:حزة','LOCATION','hazza'), ('L5:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L5:صواريخ أرض - أرض من نوع «فيل»','WEAPON','fil-rockets'), ('L5:8 مدنيين','QUANTITY',None,(8,False,'killed')),
 ('L6:وكالة الأنباء الرسمية','ORG','sana'), ('L6:سانا','ORG','sana'), ('L6:الجيش','ACTOR','SY_GOV'), ('L6:جبهة النصرة','ACTOR','NUSRA'),
 ('L6:ساحة العباسيين','LOCATION','abbasiyin-square'),
 ('L7:فيلق الرحمن','ACTOR',FR), ('L7:وائل علوان','PERSON','wael-olwan'), ('L7:الشرق الأوسط','ORG','asharq-al-awsat'), ('L7:الفصائل','ACTOR','FSA'),
 ('L7:محطة الكهرباء','LOCATION','jobar-power-station'), ('L7:المنطقة الصناعية','LOCATION','qaboun-industrial-zone'), ('L7:جوبر','LOCATION','jobar'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:أحياء برزة','LOCATION','barzeh'), ('L8:تشرين','LOCATION','tishreen-district'), ('L8:القابون','LOCATION','qaboun'),
 ('L8:روسيا','ACTOR','RU'), ('L8:تركيا','ACTOR','TR'),
 ('L9:جوبر','LOCATION','jobar'), ('L9:المعارضة','ACTOR','FSA'), ('L9:نحو 2000 مقاتل','QUANTITY',None,(2000,True,'fighters')),
 ('L9:فيلق الرحمن','ACTOR',FR), ('L9:الحرس الجمهوري','ACTOR','SY_GOV'), ('L9:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L9:أطراف الحي','LOCATION','jobar-outskirts'), ('L9:أكثر من 5 آلاف عنصر','QUANTITY',None,(5000,True,'troops')),
 ('L10:جنيف','LOCATION','geneva'), ('L10:الحكومة','ACTOR','SY_GOV'), ('L10:المعارضة','ACTOR','FSA'), ('L10:الأمم المتحدة','ORG','un'),
]
times = [
 ('L2:فجر أمس', SUN, 'part-of-day', {'part': 'morning'}),
 ('L8:30 ديسمبر (كانون الأول) الماضي', '2016-12-30', 'day'),
 ('L10:الخميس المقبل', '2017-03-23', 'day'),
]
F = 'L2:فجر أمس'
SOHR = 'المرصد السوري لحقوق الإنسان'
ACT = 'ناشطون'
SANA = 'وكالة الأنباء الرسمية (سانا)'
WO = 'وائل علوان (الشرق الأوسط)'
events = [
 dict(type='ATTACK', trig='L2:هجوماً', time=F, actors=['FSA'], targets=['SY_GOV'], loc='L2:الأطراف الشرقية للعاصمة دمشق', attr=SOHR),   # 1
 dict(type='MOVEMENT', trig='L2:التقدم', time=F, actors=['FSA'], loc='L2:منطقة كراجات العباسيين', attr=SOHR),                          # 2
 dict(type='CONTROL', trig='L2:السيطرة', time=F, actors=['FSA'], targets=['SY_GOV'], loc='L2:منطقة كراجات العباسيين', attr=SOHR),       # 3
 dict(type='ATTACK', trig='L3:الهجوم', time=F, actors=['FSA'], targets=['SY_GOV'], attr=SOHR),                                        # 4
 dict(type='ATTACK', trig='L3:بتفجير', time=F, actors=['NUSRA'], targets=['SY_GOV'], loc='L3:مدخل جوبر',
      weapons=['L3:عربتين مفخختين#0'], qty=['L3:عربتين مفخختين'], attr=SOHR),                                                          # 5
 dict(type='ATTACK', trig='L3:يقتحم', time=F, actors=[FR, 'NUSRA'], targets=['SY_GOV'], attr=SOHR),                                  # 6
 dict(type='ATTACK', trig='L4:الاشتباكات', time=F, actors=['FSA', 'SY_GOV'], loc='L4:حي القابون'),                                    # 7
 dict(type='OPERATION', trig='L4:الحصار', loc='L4:حي القابون'),                                                                       # 8
 dict(type='MOVEMENT', trig='L4:نشرت', time=F, actors=['SY_GOV'], loc='L4:حي التجارة'),                                               # 9
 dict(type='ATTACK', trig='L5:غارة', time=F, actors=['SY_GOV'], loc='L5:جوبر', weapons=['L5:الطيران الحربي'],
      qty=['L5:أكثر من 30 غارة'], attr=ACT),                                                                                           # 10
 dict(type='ATTACK', trig='L5:قصف', time=F, actors=['SY_GOV'], weapons=['L5:صواريخ أرض - أرض من نوع «فيل»'], qty=['L5:8 مدنيين'], attr=ACT),  # 11
 dict(type='ATTACK', trig='L6:أحبطت', time=F, actors=['SY_GOV'], targets=['NUSRA'], attr=SANA),                                      # 12
 dict(type='ATTACK', trig='L6:هجوماً', time=F, actors=['NUSRA'], targets=['SY_GOV'], attr=SANA),                                     # 13
 dict(type='CONTROL', trig='L6:أعادت', time=F, actors=['SY_GOV'], targets=['NUSRA'], attr=SANA),                                     # 14
 dict(type='MOVEMENT', trig='L6:تسللوا', time=F, actors=['NUSRA'], attr=SANA),                                                        # 15
 dict(type='MOVEMENT', trig='L6:وصلوا', mod='denied', time=F, actors=['NUSRA'], loc='L6:ساحة العباسيين', attr=SANA),                 # 16
 dict(type='OPERATION', trig='L7:المعركة', time=F, actors=[FR, 'FSA'], targets=['SY_GOV'], attr=WO),                                  # 17
 dict(type='CONTROL', trig='L7:أحكمت سيطرتها', time=F, actors=['FSA'], targets=['SY_GOV'], loc='L7:محطة الكهرباء', attr=WO),         # 18
 dict(type='ATTACK', trig='L8:الهجوم', time=F, actors=['FSA'], targets=['SY_GOV']),                                                   # 19
 dict(type='OPERATION', trig='L8:حملتها العسكرية', actors=['SY_GOV'], loc='L8:أحياء برزة'),                                           # 20
 dict(type='AGREEMENT', trig='L8:اتفاق', time='L8:30 ديسمبر (كانون الأول) الماضي', actors=['RU', 'TR']),                              # 21
 dict(type='AGREEMENT', trig='L10:مفاوضات', mod='planned', time='L10:الخميس المقبل', actors=['SY_GOV', 'FSA'], loc='L10:جنيف'),      # 22
]
FM = (SUN, 'part-of-day')
OD = (D, 'day')
forces = [
 dict(actor='SY_GOV', assets='مواقع', loc=('الأطراف الشرقية للعاصمة دمشق', 'damascus-eastern-outskirts'), as_of=FM, status='attacked', source=SOHR, line=2, events=[1]),
 dict(actor='FSA', loc=('حي جوبر', 'jobar'), as_of=FM, status='present', source=SOHR, line=2, events=[1]),
 dict(actor='FSA', assets='عدد من الأبنية ومعمل للنسيج', loc=('منطقة كراجات العباسيين', 'abbasiyin-garages'), as_of=FM, status='present', source=SOHR, line=2, events=[2, 3]),
 dict(actor='SY_GOV', assets='حاجز', loc=('مدخل جوبر', 'jobar-entrance'), as_of=FM, status='attacked', source=SOHR, line=3, events=[5]),
 dict(actor='FSA', loc=('حي القابون', 'qaboun'), as_of=FM, status='present', line=4, events=[7]),
 dict(actor='SY_GOV', loc=('حي القابون', 'qaboun'), as_of=FM, status='present', line=4, events=[7]),
 dict(actor='SY_GOV', assets='قناصة', loc=('حي التجارة', 'al-tijara'), as_of=FM, status='reinforced', line=4, events=[9]),
 dict(actor='FSA', loc=('محطة الكهرباء', 'jobar-power-station'), as_of=FM, status='controls', source=WO, line=7, events=[18]),
 dict(actor='FSA', loc=('المنطقة الصناعية', 'qaboun-industrial-zone'), as_of=FM, status='present', source=WO, line=7, events=[18]),
 dict(actor=FR, strength=(2000, True, 'fighters'), loc=('جوبر', 'jobar'), as_of=OD, status='present', source='تقديرات المعارضة', line=9),
 dict(actor='SY_GOV', strength=(5000, True, 'troops'), assets='الحرس الجمهوري والفرقة الرابعة', loc=('أطراف الحي', 'jobar-outskirts'), as_of=OD,
      status='present', source='مصادر موالية', line=9),
]
build('asharq-jobar-abbasiyin', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
