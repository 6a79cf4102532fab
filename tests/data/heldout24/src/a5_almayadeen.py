from build import build
L = [
'غارات للتحالف الأميركي على مواقع الجيش السوري في جبل الثردة.. وموسكو تطلب جلسة طارئة لمجلس الأمن',
'استعاد الجيش السوري، فجر اليوم الأحد، السيطرة على عدد من النقاط في جبل الثردة المطل على مطار دير الزور العسكري، بعد معارك عنيفة مع مسلحي "داعش" الذين تقدموا إليها إثر غارات شنتها طائرات التحالف الأميركي على مواقع الجيش مساء أمس السبت.',
'وقال مراسل الميادين في دير الزور إن وحدات الجيش نفذت هجوماً معاكساً على تلال الثردة بإسناد من الطيران الحربي السوري والروسي، وقتلت العشرات من المسلحين، فيما تتواصل الاشتباكات على الأطراف الجنوبية للمطار.',
'وكانت القيادة العامة للجيش والقوات المسلحة قد أعلنت في بيان أن طائرات التحالف استهدفت عند الساعة الخامسة من مساء أمس موقعاً للجيش في جبل الثردة، "ما مهّد الطريق أمام إرهابيي داعش للهجوم على الموقع والسيطرة عليه"، معتبرة ذلك "دليلاً قاطعاً على دعم الولايات المتحدة للتنظيم".',
'من جهتها، أعلنت وزارة الدفاع الروسية أن الغارات نفذتها طائرتان من طراز "إف-16" وطائرتان من طراز "إيه-10" دخلت الأجواء السورية من جهة العراق، وأسفرت عن مقتل 62 جندياً سورياً وإصابة نحو 100 آخرين.',
'في المقابل، قالت القيادة المركزية الأميركية في بيان إن قوات التحالف "أوقفت الغارات فوراً" بعدما أبلغها الجانب الروسي بأن الأهداف تابعة للجيش السوري، مشيرة إلى أنها كانت تعتقد أنها تستهدف مواقع لـ"داعش"، وأعربت عن "أسفها" لسقوط ضحايا.',
'وطلبت موسكو عقد جلسة طارئة لمجلس الأمن الدولي مساء أمس، قال خلالها المندوب الروسي فيتالي تشوركين إن الغارات "تضع علامة استفهام كبيرة" على مستقبل الاتفاق الروسي الأميركي، فيما غادرت المندوبة الأميركية سامانثا باور القاعة.',
'ويأتي ذلك بعد ستة أيام من دخول الاتفاق حيز التنفيذ مساء الإثنين الماضي، والذي يقضي بوقف الأعمال القتالية وتنسيق الغارات بين الجانبين ضد "داعش" و"جبهة فتح الشام".',
'وفي حلب، لا تزال قوافل المساعدات الأممية متوقفة عند الحدود التركية بانتظار ضمانات أمنية لعبور طريق الكاستيلو، رغم انسحاب وحدات من الجيش السوري من الطريق الخميس الماضي وتمركز نقطة مراقبة روسية متنقلة عليه، تطبيقاً للاتفاق.',
'ويحاصر "داعش" منذ مطلع عام 2015 الأحياء الخاضعة لسيطرة الدولة السورية في مدينة دير الزور والمطار العسكري، حيث تدافع عنها قوات من الحرس الجمهوري بقيادة العميد عصام زهر الدين، في حين يقدّر مصدر عسكري عدد مسلحي التنظيم حول المطار بنحو 1500 مسلح.',
'وزعمت وكالة "أعماق" التابعة للتنظيم أن مسلحيه سيطروا على جبل الثردة بالكامل، في حين نفى مصدر عسكري للميادين سقوط أي من نقاط المطار بأيدي المسلحين.',
]
D = '2016-09-18'   # Sunday; Beirut-based channel's website, copy of its day
Y = '2016-09-17'   # Saturday
ents = [
 ('L0:لتحالف الأميركي','ACTOR','COALITION'), ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:جبل الثردة','LOCATION','jabal-al-tharda'),
 ('L0:موسكو','ACTOR','RU'), ('L0:مجلس الأمن','ORG','unsc'),
 ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:جبل الثردة','LOCATION','jabal-al-tharda'), ('L1:مطار دير الزور العسكري','LOCATION','deir-ez-zor-airport'),
 ('L1:داعش','ACTOR','ISIS'), ('L1:طائرات','WEAPON','warplanes'), ('L1:التحالف الأميركي','ACTOR','COALITION'), ('L1:الجيش#1','ACTOR','SY_GOV'),
 ('L2:الميادين','ORG','almayadeen'), ('L2:دير الزور','LOCATION','deir-ez-zor'), ('L2:الجيش','ACTOR','SY_GOV'), ('L2:تلال الثردة','LOCATION','jabal-al-tharda'),
 ('L2:الطيران الحربي','WEAPON','warplanes'), ('L2:العشرات','QUANTITY',None,([24,99],True,'killed')),
 ('L2:الأطراف الجنوبية للمطار','LOCATION','deir-ez-zor-airport-southern-edge'),
 ('L3:القيادة العامة للجيش والقوات المسلحة','ACTOR','SY_GOV'), ('L3:طائرات','WEAPON','warplanes'), ('L3:التحالف','ACTOR','COALITION'),
 ('L3:لجيش#1','ACTOR','SY_GOV'), ('L3:جبل الثردة','LOCATION','jabal-al-tharda'), ('L3:داعش','ACTOR','ISIS'), ('L3:الموقع','LOCATION','jabal-al-tharda'),
 ('L3:الولايات المتحدة','ACTOR','US'), ('L3:لتنظيم','ACTOR','ISIS'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:طائرتان#0','QUANTITY',None,(2,False,'aircraft')), ('L4:طائرتان من طراز "إف-16"','WEAPON','f-16'),
 ('L4:طائرتان#1','QUANTITY',None,(2,False,'aircraft')), ('L4:طائرتان من طراز "إيه-10"','WEAPON','a-10'), ('L4:الأجواء السورية','LOCATION','syrian-airspace'),
 ('L4:العراق','LOCATION','iraq'), ('L4:62 جندياً','QUANTITY',None,(62,False,'killed')), ('L4:جندياً سورياً','ACTOR','SY_GOV'),
 ('L4:نحو 100','QUANTITY',None,(100,True,'wounded')),
 ('L5:القيادة المركزية الأميركية','ACTOR','US'), ('L5:قوات التحالف','ACTOR','COALITION'), ('L5:الجانب الروسي','ACTOR','RU'),
 ('L5:لجيش السوري','ACTOR','SY_GOV'), ('L5:داعش','ACTOR','ISIS'),
 ('L6:موسكو','ACTOR','RU'), ('L6:مجلس الأمن الدولي','ORG','unsc'), ('L6:فيتالي تشوركين','PERSON','vitaly-churkin'), ('L6:سامانثا باور','PERSON','samantha-power'),
 ('L7:ستة أيام','QUANTITY',None,(6,False,'other')), ('L7:داعش','ACTOR','ISIS'), ('L7:جبهة فتح الشام','ACTOR','NUSRA'),
 ('L8:حلب','LOCATION','aleppo'), ('L8:الحدود التركية','LOCATION','syria-turkey-border'), ('L8:طريق الكاستيلو','LOCATION','castello-road'),
 ('L8:الجيش السوري','ACTOR','SY_GOV'), ('L8:الطريق','LOCATION','castello-road'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:الدولة السورية','ACTOR','SY_GOV'), ('L9:مدينة دير الزور','LOCATION','deir-ez-zor'),
 ('L9:المطار العسكري','LOCATION','deir-ez-zor-airport'), ('L9:الحرس الجمهوري','ACTOR','SY_GOV'), ('L9:عصام زهر الدين','PERSON','issam-zahreddine'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:المطار#1','LOCATION','deir-ez-zor-airport'), ('L9:نحو 1500 مسلح','QUANTITY',None,(1500,True,'fighters')),
 ('L10:أعماق','ORG','amaq'), ('L10:لتنظيم','ACTOR','ISIS'), ('L10:جبل الثردة','LOCATION','jabal-al-tharda'), ('L10:لميادين','ORG','almayadeen'),
 ('L10:المطار','LOCATION','deir-ez-zor-airport'),
]
SINCE15 = '2015-01/2016-09'
times = [
 ('L1:فجر اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L1:مساء أمس السبت', Y, 'part-of-day', {'part': 'evening'}),
 ('L3:الساعة الخامسة من مساء أمس', Y, 'part-of-day', {'part': 'evening'}),
 ('L6:مساء أمس', Y, 'part-of-day', {'part': 'evening'}),
 ('L7:مساء الإثنين الماضي', '2016-09-12', 'part-of-day', {'part': 'evening'}),
 ('L8:الخميس الماضي', '2016-09-15', 'day'),
 ('L9:منذ مطلع عام 2015', SINCE15, 'month'),
]
T = 'L1:فجر اليوم الأحد'
SAT = 'L1:مساء أمس السبت'
MON = 'L7:مساء الإثنين الماضي'
THU = 'L8:الخميس الماضي'
COR = 'مراسل الميادين'
GC = 'القيادة العامة للجيش والقوات المسلحة'
RUM = 'وزارة الدفاع الروسية'
CC = 'القيادة المركزية الأميركية'
CHU = 'فيتالي تشوركين'
AMAQ = 'وكالة أعماق'
MIL = 'مصدر عسكري (الميادين)'
events = [
 dict(type='CONTROL', trig='L1:استعاد', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L1:جبل الثردة'),                           # 1
 dict(type='ATTACK', trig='L1:معارك', time=T, actors=['SY_GOV', 'ISIS'], loc='L1:جبل الثردة'),                                       # 2
 dict(type='MOVEMENT', trig='L1:تقدموا', time=SAT, actors=['ISIS'], loc='L1:جبل الثردة'),                                           # 3
 dict(type='ATTACK', trig='L1:غارات', time=SAT, actors=['COALITION'], targets=['SY_GOV'], loc='L1:جبل الثردة', weapons=['L1:طائرات']),  # 4
 dict(type='ATTACK', trig='L2:هجوماً', time=T, actors=['SY_GOV', 'RU'], targets=['ISIS'], loc='L2:تلال الثردة', weapons=['L2:الطيران الحربي'], attr=COR),  # 5
 dict(type='ATTACK', trig='L2:قتلت', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L2:تلال الثردة', qty=['L2:العشرات'], attr=COR),  # 6
 dict(type='ATTACK', trig='L2:الاشتباكات', time=T, actors=['SY_GOV', 'ISIS'], loc='L2:الأطراف الجنوبية للمطار', attr=COR),            # 7
 dict(type='STATEMENT', trig='L3:أعلنت', time=SAT, actors=['SY_GOV'], attr=GC),                                                     # 8
 dict(type='ATTACK', trig='L3:استهدفت', time='L3:الساعة الخامسة من مساء أمس', actors=['COALITION'], targets=['SY_GOV'], loc='L3:جبل الثردة',
      weapons=['L3:طائرات'], attr=GC),                                                                                             # 9
 dict(type='ATTACK', trig='L3:هجوم', time=SAT, actors=['ISIS'], targets=['SY_GOV'], loc='L3:الموقع', attr=GC),                     # 10
 dict(type='CONTROL', trig='L3:السيطرة', time=SAT, actors=['ISIS'], targets=['SY_GOV'], loc='L3:الموقع', attr=GC),                   # 11
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['RU'], attr=RUM),                                                                  # 12
 dict(type='ATTACK', trig='L4:الغارات', time=SAT, actors=['COALITION'], targets=['SY_GOV'],
      weapons=['L4:طائرتان من طراز "إف-16"', 'L4:طائرتان من طراز "إيه-10"'], qty=['L4:طائرتان#0', 'L4:طائرتان#1', 'L4:62 جندياً', 'L4:نحو 100'], attr=RUM),  # 13
 dict(type='MOVEMENT', trig='L4:دخلت', time=SAT, actors=['COALITION'], loc='L4:الأجواء السورية', attr=RUM),                          # 14
 dict(type='STATEMENT', trig='L5:قالت', actors=['US'], attr=CC),                                                                    # 15
 dict(type='ATTACK', trig='L5:الغارات', time=SAT, actors=['COALITION'], targets=['SY_GOV'], attr=CC),                                # 16
 dict(type='STATEMENT', trig='L6:قال', time='L6:مساء أمس', actors=['RU'], attr=CHU),                                                # 17
 dict(type='ATTACK', trig='L6:الغارات', time=SAT, actors=['COALITION'], targets=['SY_GOV'], attr=CHU),                               # 18
 dict(type='AGREEMENT', trig='L6:الاتفاق', time=MON, actors=['RU', 'US'], attr=CHU),                                                # 19
 dict(type='AGREEMENT', trig='L7:الاتفاق', time=MON, actors=['RU', 'US']),                                                          # 20
 dict(type='ATTACK', trig='L7:الغارات', mod='planned', actors=['RU', 'US'], targets=['ISIS', 'NUSRA']),                              # 21
 dict(type='WITHDRAWAL', trig='L8:انسحاب', time=THU, actors=['SY_GOV'], loc='L8:الطريق'),                                        # 22
 dict(type='MOVEMENT', trig='L8:تمركز', time=THU, actors=['RU'], loc='L8:الطريق'),                                                # 23
 dict(type='AGREEMENT', trig='L8:اتفاق', time=MON, actors=['RU', 'US']),                                                            # 24
 dict(type='OPERATION', trig='L9:يحاصر', time='L9:منذ مطلع عام 2015', actors=['ISIS'], targets=['SY_GOV'], loc='L9:مدينة دير الزور'),  # 25
 dict(type='CONTROL', trig='L9:الخاضعة لسيطرة', actors=['SY_GOV'], loc='L9:مدينة دير الزور'),                                       # 26
 dict(type='CONTROL', trig='L10:سيطروا', actors=['ISIS'], loc='L10:جبل الثردة', attr=AMAQ),                                          # 27
 dict(type='CONTROL', trig='L10:سقوط', mod='denied', actors=['ISIS'], targets=['SY_GOV'], loc='L10:المطار', attr=MIL),               # 28
]
DP = (D, 'part-of-day')
SP = (Y, 'part-of-day')
DD = (D, 'day')
VG = (None, 'vague')
S15 = (SINCE15, 'month')
THD = ('2016-09-15', 'day')
forces = [
 dict(actor='SY_GOV', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=DP, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=DP, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=DP, status='present', line=1, events=[2, 3]),
 dict(actor='SY_GOV', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=SP, status='attacked', line=1, events=[4]),
 dict(actor='SY_GOV', loc=('تلال الثردة', 'jabal-al-tharda'), as_of=DP, status='present', source=COR, line=2, events=[5]),
 dict(actor='ISIS', loc=('تلال الثردة', 'jabal-al-tharda'), as_of=DP, status='present', source=COR, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('الأطراف الجنوبية للمطار', 'deir-ez-zor-airport-southern-edge'), as_of=DD, status='present', source=COR, line=2, events=[7]),
 dict(actor='ISIS', loc=('الأطراف الجنوبية للمطار', 'deir-ez-zor-airport-southern-edge'), as_of=DD, status='present', source=COR, line=2, events=[7]),
 dict(actor='SY_GOV', assets='موقع', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=SP, status='attacked', source=GC, line=3, events=[9]),
 dict(actor='ISIS', loc=('الموقع', 'jabal-al-tharda'), as_of=SP, status='controls', source=GC, line=3, events=[11]),
 dict(actor='SY_GOV', loc=('الطريق', 'castello-road'), as_of=THD, status='withdrawn', line=8, events=[22]),
 dict(actor='RU', assets='نقطة مراقبة متنقلة', loc=('طريق الكاستيلو', 'castello-road'), as_of=THD, status='present', line=8, events=[23]),
 dict(actor='ISIS', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=S15, status='present', line=9, events=[25]),
 dict(actor='SY_GOV', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=S15, status='present', line=9, events=[25]),
 dict(actor='SY_GOV', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=DD, status='controls', line=9, events=[26]),
 dict(actor='SY_GOV', assets='قوات من الحرس الجمهوري', loc=('المطار العسكري', 'deir-ez-zor-airport'), as_of=DD, status='present', line=9),
 dict(actor='ISIS', strength=(1500, True, 'fighters'), loc=('المطار', 'deir-ez-zor-airport'), as_of=DD, status='present', source='مصدر عسكري', line=9),
 dict(actor='ISIS', loc=('جبل الثردة', 'jabal-al-tharda'), as_of=DD, status='controls', source=AMAQ, line=10, events=[27]),
]
build('almayadeen-tharda-strikes', None, 'الميادين نت', D, L, ents, times, events, forces)
