from build import build
L = [
'اتفاق ينهي التصعيد في طفس غرب درعا... وخروج مطلوبين إلى الشمال',
'درعا (جنوب سوريا): «الشرق الأوسط»',
'توصلت «اللجنة المركزية» في ريف درعا الغربي و«اللجنة الأمنية» التابعة للنظام السوري، أمس (الثلاثاء)، إلى اتفاق أنهى تصعيداً عسكرياً استمر أسبوعاً في مدينة طفس ومحيطها، يقضي بخروج عدد من المطلوبين من المدينة وإقامة نقاط عسكرية في مزارعها الغربية.',
'وقال عضو في اللجنة المركزية لـ«الشرق الأوسط» إن الاتفاق نص على مغادرة نحو 12 شخصاً من أبناء طفس، تتهمهم الأجهزة الأمنية بالانتماء إلى تنظيم «داعش»، باتجاه مناطق الشمال السوري «خلال أيام»، مقابل وقف الحملة العسكرية وسحب التعزيزات من أطراف المدينة.',
'وأضاف أن قوات «الفرقة الرابعة» ستنشئ ثلاث نقاط في منطقة المزارع الغربية وتلة الخضر، على أن تعود الأرتال التي حشدتها خلال الأيام الماضية إلى مواقعها في بلدة المزيريب ومعسكر زيزون.',
'وكانت قوات النظام قد بدأت، فجر الأربعاء الماضي، قصفاً بالمدفعية وقذائف الهاون على المزارع الغربية والجنوبية لطفس، ترافق مع محاولة تقدم من محور الصوامع، تصدى لها مقاتلون محليون من أبناء المدينة، وفق ناشطين.',
'وأفاد «المرصد السوري لحقوق الإنسان» بمقتل ثلاثة مدنيين، بينهم طفل، وأربعة من عناصر قوات النظام خلال أيام التصعيد، إضافة إلى نزوح مئات العائلات من المزارع نحو داخل المدينة وبلدة اليادودة المجاورة.',
'في المقابل، نقلت صحيفة «الوطن» المقربة من دمشق عن مصدر ميداني أن الجيش «لم يستهدف الأحياء السكنية»، وأن عملياته اقتصرت على «ملاحقة خلايا إرهابية» تقف وراء اغتيالات طالت عسكريين في المنطقة.',
'وتشهد محافظة درعا فلتاناً أمنياً منذ اتفاق «التسوية» الذي رعته روسيا صيف 2018، إذ وثق «مكتب توثيق الشهداء في درعا» أكثر من 270 عملية ومحاولة اغتيال منذ مطلع العام الحالي، نفذ معظمها «مجهولون».',
'ويأتي ذلك مع تراجع الحضور الروسي في الجنوب السوري منذ شباط/فبراير الماضي، حين بدأت الحرب في أوكرانيا، إذ سحبت موسكو عدداً من عناصر الشرطة العسكرية من نقاطها في درعا خلال الأشهر الماضية، بحسب مصادر محلية.',
]
D = '2022-08-03'   # Wednesday; London print daily: its أمس (الثلاثاء) is 2022-08-02
Y = '2022-08-02'
WED = '2022-07-27'
LG = 'OTHER:local-gunmen'
DCC = 'OTHER:daraa-central-committee'
FARMS = 'tafas-western-farms'
MEM = 'عضو في اللجنة المركزية (الشرق الأوسط)'
ents = [
 ('L0:طفس','LOCATION','tafas'), ('L0:درعا','LOCATION','daraa'), ('L0:الشمال','LOCATION','north-syria'),
 ('L1:درعا','LOCATION','daraa'), ('L1:جنوب سوريا','LOCATION','south-syria'), ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:اللجنة المركزية','ACTOR',DCC), ('L2:ريف درعا الغربي','LOCATION','daraa-west-countryside'), ('L2:اللجنة الأمنية','ACTOR','SY_GOV'),
 ('L2:لنظام السوري','ACTOR','SY_GOV'), ('L2:مدينة طفس','LOCATION','tafas'), ('L2:المدينة','LOCATION','tafas'),
 ('L2:مزارعها الغربية','LOCATION',FARMS),
 ('L3:اللجنة المركزية','ACTOR',DCC), ('L3:الشرق الأوسط','ORG','asharq-al-awsat'), ('L3:نحو 12 شخصاً','QUANTITY',None,(12,True,'people')),
 ('L3:طفس','LOCATION','tafas'), ('L3:الأجهزة الأمنية','ACTOR','SY_GOV'), ('L3:تنظيم «داعش»','ACTOR','ISIS'),
 ('L3:مناطق الشمال السوري','LOCATION','north-syria'), ('L3:المدينة','LOCATION','tafas'),
 ('L4:الفرقة الرابعة','ACTOR','SY_GOV'), ('L4:ثلاث نقاط','QUANTITY',None,(3,False,'other')), ('L4:منطقة المزارع الغربية','LOCATION',FARMS),
 ('L4:تلة الخضر','LOCATION','tal-al-khidr-tafas'), ('L4:بلدة المزيريب','LOCATION','al-muzayrib'), ('L4:معسكر زيزون','LOCATION','zayzoun-camp'),
 ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:المدفعية','WEAPON','artillery'), ('L5:قذائف الهاون','WEAPON','mortars'),
 ('L5:المزارع الغربية','LOCATION',FARMS), ('L5:طفس','LOCATION','tafas'), ('L5:محور الصوامع','LOCATION','tafas-silos'),
 ('L5:مقاتلون محليون','ACTOR',LG), ('L5:المدينة','LOCATION','tafas'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')),
 ('L6:أربعة','QUANTITY',None,(4,False,'killed')), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L6:مئات العائلات','QUANTITY',None,([100, 999],True,'people')), ('L6:المزارع','LOCATION',FARMS), ('L6:المدينة','LOCATION','tafas'),
 ('L6:بلدة اليادودة','LOCATION','al-yadudah'),
 ('L7:الوطن','ORG','alwatan-syria'), ('L7:دمشق','ACTOR','SY_GOV'), ('L7:الجيش','ACTOR','SY_GOV'),
 ('L7:الأحياء السكنية','LOCATION','tafas-residential-areas'), ('L7:خلايا إرهابية','ACTOR','ISIS'), ('L7:المنطقة','LOCATION','tafas'),
 ('L8:محافظة درعا','LOCATION','daraa-governorate'), ('L8:روسيا','ACTOR','RU'),
 ('L8:مكتب توثيق الشهداء في درعا','ORG','daraa-martyrs-documentation-office'),
 ('L8:أكثر من 270 عملية','QUANTITY',None,(270,True,'other')), ('L8:مجهولون','ACTOR','UNKNOWN'),
 ('L9:الجنوب السوري','LOCATION','south-syria'), ('L9:أوكرانيا','LOCATION','ukraine'), ('L9:موسكو','ACTOR','RU'),
 ('L9:الشرطة العسكرية','ACTOR','RU'), ('L9:درعا','LOCATION','daraa'),
]
times = [
 ('L2:أمس (الثلاثاء)', Y, 'day'),
 ('L3:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L4:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L5:فجر الأربعاء الماضي', WED, 'part-of-day', {'part': 'morning'}),
 ('L8:صيف 2018', '2018', 'year'),
 ('L8:منذ مطلع العام الحالي', '2022-01/2022-08', 'month'),
 ('L9:منذ شباط/فبراير الماضي', '2022-02/2022-08', 'month'),
 ('L9:خلال الأشهر الماضية', None, 'vague', {'relation': 'before'}),
]
YT = 'L2:أمس (الثلاثاء)'
DAWN = 'L5:فجر الأربعاء الماضي'
ACT = 'ناشطون'
WAT = 'مصدر ميداني (الوطن)'
events = [
 dict(type='AGREEMENT', trig='L2:اتفاق', time=YT, actors=[DCC, 'SY_GOV'], loc='L2:مدينة طفس'),                                        # 1
 dict(type='OPERATION', trig='L2:تصعيداً', time=DAWN, actors=['SY_GOV'], targets=[LG], loc='L2:مدينة طفس'),                           # 2
 dict(type='WITHDRAWAL', trig='L2:بخروج', mod='planned', actors=[LG], loc='L2:المدينة'),                                               # 3
 dict(type='BASE', trig='L2:إقامة', mod='planned', actors=['SY_GOV'], loc='L2:مزارعها الغربية'),                                       # 4
 dict(type='AGREEMENT', trig='L3:الاتفاق', time=YT, actors=[DCC, 'SY_GOV'], attr=MEM),                                                 # 5
 dict(type='WITHDRAWAL', trig='L3:مغادرة', mod='planned', time='L3:خلال أيام', actors=[LG], loc='L3:طفس', qty=['L3:نحو 12 شخصاً'],
      attr=MEM),                                                                                                                       # 6
 dict(type='OPERATION', trig='L3:الحملة العسكرية', time=DAWN, actors=['SY_GOV'], attr=MEM),                                             # 7
 dict(type='WITHDRAWAL', trig='L3:سحب', mod='planned', actors=['SY_GOV'], loc='L3:المدينة', attr=MEM),                                 # 8
 dict(type='BASE', trig='L4:ستنشئ', mod='planned', actors=['SY_GOV'], loc='L4:منطقة المزارع الغربية', qty=['L4:ثلاث نقاط'], attr=MEM),  # 9
 dict(type='WITHDRAWAL', trig='L4:تعود', mod='planned', actors=['SY_GOV'], attr=MEM),                                                  # 10
 dict(type='MOVEMENT', trig='L4:حشدتها', time='L4:خلال الأيام الماضية', actors=['SY_GOV'], attr=MEM),                                   # 11
 dict(type='ATTACK', trig='L5:قصفاً', time=DAWN, actors=['SY_GOV'], loc='L5:المزارع الغربية', weapons=['L5:المدفعية', 'L5:قذائف الهاون'],
      attr=ACT),                                                                                                                       # 12
 dict(type='MOVEMENT', trig='L5:تقدم', time=DAWN, actors=['SY_GOV'], loc='L5:محور الصوامع', attr=ACT),                                 # 13
 dict(type='ATTACK', trig='L5:تصدى', time=DAWN, actors=[LG], targets=['SY_GOV'], loc='L5:محور الصوامع', attr=ACT),                    # 14
 dict(type='ATTACK', trig='L6:مقتل', qty=['L6:ثلاثة مدنيين', 'L6:أربعة'], attr='المرصد السوري لحقوق الإنسان'),                          # 15
 dict(type='ATTACK', trig='L7:يستهدف', mod='denied', actors=['SY_GOV'], loc='L7:الأحياء السكنية', attr=WAT),                            # 16
 dict(type='OPERATION', trig='L7:عملياته', actors=['SY_GOV'], targets=['ISIS'], loc='L7:المنطقة', attr=WAT),                            # 17
 dict(type='ATTACK', trig='L7:اغتيالات', actors=['ISIS'], targets=['SY_GOV'], loc='L7:المنطقة', attr=WAT),                              # 18
 dict(type='AGREEMENT', trig='L8:اتفاق', time='L8:صيف 2018', actors=['SY_GOV', 'RU']),                                                 # 19
 dict(type='ATTACK', trig='L8:اغتيال', time='L8:منذ مطلع العام الحالي', actors=['UNKNOWN'], loc='L8:محافظة درعا',
      qty=['L8:أكثر من 270 عملية'], attr='مكتب توثيق الشهداء في درعا'),                                                               # 20
 dict(type='WITHDRAWAL', trig='L9:سحبت', time='L9:خلال الأشهر الماضية', actors=['RU'], loc='L9:درعا', attr='مصادر محلية'),             # 21
]
FUT = (D + '/', 'vague')
WD = (WED, 'part-of-day')
forces = [
 dict(actor='SY_GOV', assets='نقاط عسكرية', loc=('مزارعها الغربية', FARMS), as_of=FUT, status='planned', line=2, events=[4]),
 dict(actor='SY_GOV', assets='ثلاث نقاط', loc=('منطقة المزارع الغربية', FARMS), as_of=FUT, status='planned', source=MEM, line=4, events=[9]),
 dict(actor='SY_GOV', assets='ثلاث نقاط', loc=('تلة الخضر', 'tal-al-khidr-tafas'), as_of=FUT, status='planned', source=MEM, line=4, events=[9]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة المزيريب', 'al-muzayrib'), as_of=(D, 'day'), status='present', source=MEM, line=4),
 dict(actor='SY_GOV', assets='مواقع', loc=('معسكر زيزون', 'zayzoun-camp'), as_of=(D, 'day'), status='present', source=MEM, line=4),
 dict(actor='SY_GOV', loc=('محور الصوامع', 'tafas-silos'), as_of=WD, status='present', source=ACT, line=5, events=[13, 14]),
 dict(actor=LG, loc=('محور الصوامع', 'tafas-silos'), as_of=WD, status='present', source=ACT, line=5, events=[14]),
 dict(actor='RU', assets='عناصر من الشرطة العسكرية', loc=('درعا', 'daraa'), as_of=(None, 'vague'), status='withdrawn', source='مصادر محلية',
      line=9, events=[21]),
]
build('asharq-tafas-agreement', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
