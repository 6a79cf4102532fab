from build import build
L = [
'احتكاك روسي ـ أميركي في ريف الحسكة يوقع 4 جرحى... وواشنطن تتهم موسكو بخرق «منع الصدام»',
'القامشلي (شمال شرقي سوريا) - واشنطن: «الشرق الأوسط»',
'أصيب أربعة جنود أميركيين بجروح طفيفة، ظهر الثلاثاء، بعدما صدمت مدرعة روسية عربة أميركية من طراز «إم راب» قرب بلدة المالكية (ديريك) في أقصى شمال شرقي سوريا، في أخطر حادث من نوعه منذ انتشار الشرطة العسكرية الروسية شرق الفرات.',
'وقال المتحدث باسم مجلس الأمن القومي الأميركي جون أوليوت، أمس، إن دورية روسية «انتهكت بروتوكولات منع الصدام» وصدمت عمداً عربة تابعة للتحالف، مضيفاً أن القوات الأميركية «غادرت المنطقة لتجنب التصعيد».',
'في المقابل، قالت وزارة الدفاع الروسية في بيان إن دوريتها كانت متجهة إلى المالكية بعد إبلاغ الجانب الأميركي مسبقاً بمسارها، وإن عسكريين أميركيين «حاولوا اعتراضها في انتهاك للاتفاقات القائمة».',
'وأوضح البيان أن رئيس الأركان الروسي فاليري غيراسيموف بحث الحادث هاتفياً، أمس، مع رئيس هيئة الأركان الأميركية المشتركة مارك ميلي، واتفق الجانبان على «خطوات لتفادي تكرار ما جرى».',
'وينتشر نحو 500 جندي أميركي في محافظتي الحسكة ودير الزور، معظمهم قرب حقول النفط، بعد أن أبقى الرئيس دونالد ترمب على جزء من قواته إثر قرار الانسحاب في أكتوبر (تشرين الأول) من العام الماضي.',
'وتسيّر القوات الروسية دوريات شبه يومية على الطريق الدولي «إم 4» بين تل تمر وعين عيسى، وتحتفظ بنحو 300 عنصر ومروحيات هجومية في مطار القامشلي الذي حوّلته إلى قاعدة رئيسية لها، بحسب مصادر كردية.',
'في سياق متصل، أفاد «المرصد السوري لحقوق الإنسان» بأن «قوات سوريا الديمقراطية» اعتقلت، فجر أمس، 12 شخصاً يشتبه بانتمائهم إلى خلايا «داعش» في بلدة الشحيل بريف دير الزور الشرقي، بمساندة مروحيات التحالف الدولي.',
'ويأتي الحادث بعد أيام من اشتباك بين دورية أميركية وحاجز للجيش السوري قرب قرية تل الذهب شرق القامشلي في 17 أغسطس (آب) الجاري، أسفر عن مقتل جندي سوري وإصابة اثنين.',
]
D = '2020-08-27'   # Thursday; London print daily, dated the day after the news (أمس = Wednesday 26 August)
TUE = '2020-08-25'
WED = '2020-08-26'
ents = [
 ('L0:4 جرحى','QUANTITY',None,(4,False,'wounded')), ('L0:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L0:واشنطن','ACTOR','US'), ('L0:موسكو','ACTOR','RU'),
 ('L1:القامشلي','LOCATION','qamishli'), ('L1:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L1:واشنطن','LOCATION','washington'),
 ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:أربعة جنود أميركيين','QUANTITY',None,(4,False,'wounded')), ('L2:جنود أميركيين','ACTOR','US'),
 ('L2:مدرعة روسية','WEAPON','armoured-vehicle'), ('L2:عربة أميركية من طراز «إم راب»','WEAPON','mrap'),
 ('L2:بلدة المالكية','LOCATION','al-malikiyah'), ('L2:ديريك','LOCATION','al-malikiyah'), ('L2:أقصى شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L2:الشرطة العسكرية الروسية','ACTOR','RU'), ('L2:شرق الفرات','LOCATION','east-of-euphrates'),
 ('L3:مجلس الأمن القومي الأميركي','ACTOR','US'), ('L3:جون أوليوت','PERSON','john-ullyot'), ('L3:عربة','WEAPON','mrap'),
 ('L3:لتحالف','ACTOR','COALITION'), ('L3:القوات الأميركية','ACTOR','US'), ('L3:المنطقة','LOCATION','al-malikiyah'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:المالكية','LOCATION','al-malikiyah'), ('L4:عسكريين أميركيين','ACTOR','US'),
 ('L5:فاليري غيراسيموف','PERSON','valery-gerasimov'), ('L5:مارك ميلي','PERSON','mark-milley'),
 ('L6:نحو 500 جندي أميركي','QUANTITY',None,(500,True,'troops')), ('L6:جندي أميركي','ACTOR','US'),
 ('L6:محافظتي الحسكة','LOCATION','hasakah-governorate'), ('L6:دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L6:حقول النفط','LOCATION','syria-oilfields'), ('L6:دونالد ترمب','PERSON','donald-trump'),
 ('L7:القوات الروسية','ACTOR','RU'), ('L7:الطريق الدولي «إم 4»','LOCATION','m4-highway'), ('L7:تل تمر','LOCATION','tal-tamr'),
 ('L7:عين عيسى','LOCATION','ain-issa'), ('L7:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L7:مروحيات هجومية','WEAPON','attack-helicopters'),
 ('L7:مطار القامشلي','LOCATION','qamishli-airport'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L8:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L8:12 شخصاً','QUANTITY',None,(12,False,'arrested')),
 ('L8:داعش','ACTOR','ISIS'), ('L8:بلدة الشحيل','LOCATION','al-shuhail'), ('L8:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L8:مروحيات','WEAPON','helicopters'), ('L8:التحالف الدولي','ACTOR','COALITION'),
 ('L9:لجيش السوري','ACTOR','SY_GOV'), ('L9:قرية تل الذهب','LOCATION','tal-al-dhahab'), ('L9:القامشلي','LOCATION','qamishli'),
 ('L9:جندي سوري','ACTOR','SY_GOV'), ('L9:اثنين','QUANTITY',None,(2,False,'wounded')),
]
times = [
 ('L2:ظهر الثلاثاء', TUE, 'part-of-day', {'part': 'noon'}),
 ('L3:أمس', WED, 'day'),
 ('L5:أمس', WED, 'day'),
 ('L6:أكتوبر (تشرين الأول) من العام الماضي', '2019-10', 'month'),
 ('L8:فجر أمس', WED, 'part-of-day', {'part': 'morning'}),
 ('L9:17 أغسطس (آب) الجاري', '2020-08-17', 'day'),
]
T = 'L2:ظهر الثلاثاء'
UL = 'جون أوليوت'
MOD = 'وزارة الدفاع الروسية'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='ATTACK', trig='L2:صدمت', time=T, actors=['RU'], targets=['US'], loc='L2:بلدة المالكية',
      weapons=['L2:مدرعة روسية'], qty=['L2:أربعة جنود أميركيين']),                                                               # 1
 dict(type='MOVEMENT', trig='L2:انتشار', actors=['RU'], loc='L2:شرق الفرات'),                                                    # 2
 dict(type='STATEMENT', trig='L3:قال', time='L3:أمس', actors=['US'], attr=UL),                                                   # 3
 dict(type='TRAINING', trig='L3:دورية', time=T, actors=['RU'], attr=UL),                                                         # 4
 dict(type='ATTACK', trig='L3:صدمت', time=T, actors=['RU'], targets=['COALITION', 'US'], attr=UL),                               # 5
 dict(type='WITHDRAWAL', trig='L3:غادرت', time=T, actors=['US'], loc='L3:المنطقة', attr=UL),                                     # 6
 dict(type='STATEMENT', trig='L4:قالت', time='L3:أمس', actors=['RU'], attr=MOD),                                                # 7
 dict(type='TRAINING', trig='L4:دوريتها', time=T, actors=['RU'], loc='L4:المالكية', attr=MOD),                                  # 8
 dict(type='AGREEMENT', trig='L4:لاتفاقات', actors=['RU', 'US'], attr=MOD),                                                     # 9
 dict(type='AGREEMENT', trig='L5:اتفق', time='L5:أمس', actors=['RU', 'US'], attr=MOD),                                          # 10
 dict(type='MOVEMENT', trig='L6:ينتشر', actors=['US'], loc='L6:محافظتي الحسكة', qty=['L6:نحو 500 جندي أميركي']),                # 11
 dict(type='WITHDRAWAL', trig='L6:الانسحاب', time='L6:أكتوبر (تشرين الأول) من العام الماضي', actors=['US']),                     # 12
 dict(type='TRAINING', trig='L7:دوريات', actors=['RU'], loc='L7:الطريق الدولي «إم 4»', attr='مصادر كردية'),                      # 13
 dict(type='BASE', trig='L7:حوّلته', actors=['RU'], loc='L7:مطار القامشلي', attr='مصادر كردية'),                                # 14
 dict(type='ARREST', trig='L8:اعتقلت', time='L8:فجر أمس', actors=['SDF', 'COALITION'], targets=['ISIS'], loc='L8:بلدة الشحيل',
      weapons=['L8:مروحيات'], qty=['L8:12 شخصاً'], attr=SOHR),                                                                    # 15
 dict(type='ATTACK', trig='L9:اشتباك', time='L9:17 أغسطس (آب) الجاري', actors=['US', 'SY_GOV'], loc='L9:قرية تل الذهب',
      qty=['L9:اثنين']),                                                                                                          # 16
]
TN = (TUE, 'part-of-day')
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='US', assets='عربة «إم راب»', loc=('بلدة المالكية', 'al-malikiyah'), as_of=TN, status='attacked', line=2, events=[1]),
 dict(actor='RU', assets='مدرعة', loc=('بلدة المالكية', 'al-malikiyah'), as_of=TN, status='present', line=2, events=[1]),
 dict(actor='RU', assets='الشرطة العسكرية الروسية', loc=('شرق الفرات', 'east-of-euphrates'), as_of=V, status='present', line=2, events=[2]),
 dict(actor='US', loc=('المنطقة', 'al-malikiyah'), as_of=TN, status='withdrawn', source=UL, line=3, events=[6]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('محافظتي الحسكة', 'hasakah-governorate'), as_of=TD, status='present', line=6, events=[11]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('دير الزور', 'deir-ez-zor-governorate'), as_of=TD, status='present', line=6, events=[11]),
 dict(actor='US', loc=('حقول النفط', 'syria-oilfields'), as_of=TD, status='present', line=6, events=[11]),
 dict(actor='RU', assets='دوريات', loc=('الطريق الدولي «إم 4»', 'm4-highway'), as_of=TD, status='present', source='مصادر كردية', line=7, events=[13]),
 dict(actor='RU', strength=(300, True, 'troops'), assets='مروحيات هجومية، قاعدة رئيسية', loc=('مطار القامشلي', 'qamishli-airport'), as_of=TD,
      status='present', source='مصادر كردية', line=7, events=[14]),
 dict(actor='US', assets='دورية', loc=('قرية تل الذهب', 'tal-al-dhahab'), as_of=('2020-08-17', 'day'), status='present', line=9, events=[16]),
 dict(actor='SY_GOV', assets='حاجز', loc=('قرية تل الذهب', 'tal-al-dhahab'), as_of=('2020-08-17', 'day'), status='present', line=9, events=[16]),
]
build('asharq-dayrik-collision', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
