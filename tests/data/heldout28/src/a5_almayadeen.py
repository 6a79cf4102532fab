from build import build
L = [
'اغتيال قيادي في "كتائب حزب الله" بغارة أميركية شرقي بغداد.. والحكومة العراقية: التحالف بات عاملاً لعدم الاستقرار',
'استُشهد القيادي في "كتائب حزب الله" العراقية أبو باقر الساعدي واثنان من مرافقيه، مساء أمس الأربعاء، جراء غارة نفذتها طائرة مسيّرة أميركية استهدفت سيارة كانت تقلهم في منطقة المشتل شرقي العاصمة العراقية بغداد.',
'وأفاد مراسل الميادين في بغداد بأن المسيّرة أطلقت ثلاثة صواريخ على السيارة قرابة الساعة التاسعة والنصف ليلاً، ما أدى إلى احتراقها بالكامل، فيما طوّقت القوات الأمنية العراقية مكان الاستهداف ومنعت الاقتراب منه.',
'وأعلنت القيادة المركزية الأميركية (سنتكوم)، في بيان، أنها نفذت "ضربة أحادية" في العراق "رداً على الهجمات على أفراد الخدمة الأميركيين"، ما أسفر عن مقتل قائد في الكتائب "مسؤول عن التخطيط المباشر للهجمات على القوات الأميركية في المنطقة والمشاركة فيها".',
'من جهته، قال الناطق باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول إن "قوات التحالف الدولي أقدمت على عملية اغتيال واضحة في قلب العاصمة"، معتبراً أن التحالف "بات عاملاً لعدم الاستقرار"، وأن الحكومة "ماضية في إنهاء مهمته" في العراق.',
'بدورها، توعّدت "المقاومة الإسلامية في العراق" في بيان بـ"الرد على جريمة الاغتيال"، مؤكدة أن "قواعد الاحتلال الأميركي في العراق وسوريا ستبقى أهدافاً مشروعة".',
'ويأتي الاغتيال بعد أيام من غارات شنتها قاذفات "بي-1" أميركية، فجر السبت الماضي، على مقرات للحشد الشعبي في منطقتي القائم وعكاشات غربي الأنبار، وعلى مواقع لفصائل المقاومة في البوكمال والميادين شرقي سوريا، أدت إلى استشهاد 16 عراقياً بحسب الحكومة العراقية.',
'وكانت "كتائب حزب الله" قد أعلنت، في 30 كانون الثاني/يناير الماضي، تعليق عملياتها العسكرية ضد القوات الأميركية "منعاً لإحراج الحكومة العراقية"، بعد هجوم بطائرة مسيّرة على قاعدة "البرج 22" في الأردن أدى إلى مقتل ثلاثة جنود أميركيين.',
'وتنشر الولايات المتحدة نحو 2500 جندي في العراق ضمن التحالف الدولي، يتمركز معظمهم في قاعدة عين الأسد غربي الأنبار وقاعدة حرير في أربيل، إضافة إلى نحو 900 جندي في سوريا.',
'وتعرضت القواعد الأميركية في العراق وسوريا لأكثر من 165 هجوماً منذ 17 تشرين الأول/أكتوبر الماضي، تبنّت معظمها "المقاومة الإسلامية في العراق" نصرةً لغزة.',
'وكانت بغداد وواشنطن قد أطلقتا الشهر الماضي جولة محادثات عبر "اللجنة العسكرية العليا" لبحث جدول زمني لانسحاب قوات التحالف من العراق.',
]
D = '2024-02-08'   # Thursday; Beirut TV news site, web copy of its own day
WED = '2024-02-07'
KH = 'OTHER:kataib-hezbollah'
IRI = 'OTHER:islamic-resistance-iraq'
PMF = 'OTHER:pmf'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:كتائب حزب الله','ACTOR',KH), ('L0:بغداد','LOCATION','baghdad'), ('L0:الحكومة العراقية','ACTOR','IQ_GOV'), ('L0:التحالف','ACTOR','COALITION'),
 ('L1:كتائب حزب الله','ACTOR',KH), ('L1:أبو باقر الساعدي','PERSON','abu-baqir-al-saadi'), ('L1:اثنان','QUANTITY',None,(2,False,'killed')),
 ('L1:طائرة مسيّرة أميركية','WEAPON','drones'), ('L1:سيارة','WEAPON','vehicles'), ('L1:منطقة المشتل','LOCATION','al-mashtal'),
 ('L1:العاصمة العراقية بغداد','LOCATION','baghdad'),
 ('L2:الميادين','ORG','al-mayadeen'), ('L2:بغداد','LOCATION','baghdad'), ('L2:المسيّرة','WEAPON','drones'),
 ('L2:ثلاثة صواريخ','QUANTITY',None,(3,False,'missiles')), ('L2:صواريخ','WEAPON','missiles'), ('L2:السيارة','WEAPON','vehicles'),
 ('L2:القوات الأمنية العراقية','ACTOR','IQ_GOV'), ('L2:مكان الاستهداف','LOCATION','al-mashtal'),
 ('L3:القيادة المركزية الأميركية','ACTOR','US'), ('L3:سنتكوم','ACTOR','US'), ('L3:العراق','LOCATION','iraq'),
 ('L3:أفراد الخدمة الأميركيين','ACTOR','US'), ('L3:الكتائب','ACTOR',KH), ('L3:القوات الأميركية','ACTOR','US'), ('L3:المنطقة','LOCATION','middle-east'),
 ('L4:لقوات المسلحة العراقية','ACTOR','IQ_GOV'), ('L4:يحيى رسول','PERSON','yahya-rasool'), ('L4:قوات التحالف الدولي','ACTOR','COALITION'),
 ('L4:العاصمة','LOCATION','baghdad'), ('L4:التحالف#1','ACTOR','COALITION'), ('L4:الحكومة','ACTOR','IQ_GOV'), ('L4:العراق#1','LOCATION','iraq'),
 ('L5:المقاومة الإسلامية في العراق','ACTOR',IRI), ('L5:الاحتلال الأميركي','ACTOR','US'), ('L5:العراق#1','LOCATION','iraq'), ('L5:سوريا','LOCATION','syria'),
 ('L6:قاذفات "بي-1" أميركية','WEAPON','b-1'), ('L6:لحشد الشعبي','ACTOR',PMF), ('L6:منطقتي القائم','LOCATION','al-qaim'),
 ('L6:عكاشات','LOCATION','akashat'), ('L6:الأنبار','LOCATION','anbar'), ('L6:فصائل المقاومة','ACTOR',IBM), ('L6:البوكمال','LOCATION','albu-kamal'),
 ('L6:الميادين','LOCATION','mayadin'), ('L6:سوريا','LOCATION','syria'), ('L6:16 عراقياً','QUANTITY',None,(16,False,'killed')),
 ('L6:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L7:كتائب حزب الله','ACTOR',KH), ('L7:القوات الأميركية','ACTOR','US'), ('L7:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L7:طائرة مسيّرة','WEAPON','drones'), ('L7:قاعدة "البرج 22"','LOCATION','tower-22'), ('L7:الأردن','LOCATION','jordan'),
 ('L7:ثلاثة جنود','QUANTITY',None,(3,False,'killed')), ('L7:جنود أميركيين','ACTOR','US'),
 ('L8:الولايات المتحدة','ACTOR','US'), ('L8:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')), ('L8:العراق','LOCATION','iraq'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:قاعدة عين الأسد','LOCATION','ain-al-asad-airbase'), ('L8:الأنبار','LOCATION','anbar'),
 ('L8:قاعدة حرير','LOCATION','harir-base'), ('L8:أربيل','LOCATION','erbil'), ('L8:نحو 900 جندي','QUANTITY',None,(900,True,'troops')),
 ('L8:سوريا','LOCATION','syria'),
 ('L9:القواعد الأميركية','LOCATION','us-bases-iraq-syria'), ('L9:العراق#0','LOCATION','iraq'), ('L9:سوريا','LOCATION','syria'),
 ('L9:أكثر من 165 هجوماً','QUANTITY',None,(165,True,'other')), ('L9:المقاومة الإسلامية في العراق','ACTOR',IRI), ('L9:غزة','LOCATION','gaza'),
 ('L10:بغداد','ACTOR','IQ_GOV'), ('L10:واشنطن','ACTOR','US'), ('L10:اللجنة العسكرية العليا','ORG','us-iraq-higher-military-commission'),
 ('L10:قوات التحالف','ACTOR','COALITION'), ('L10:العراق','LOCATION','iraq'),
]
SINCE = '2023-10-17/' + D
times = [
 ('L1:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L2:قرابة الساعة التاسعة والنصف ليلاً', WED, 'part-of-day', {'part': 'night'}),
 ('L6:فجر السبت الماضي', '2024-02-03', 'part-of-day', {'part': 'morning'}),
 ('L7:30 كانون الثاني/يناير الماضي', '2024-01-30', 'day'),
 ('L9:منذ 17 تشرين الأول/أكتوبر الماضي', SINCE, 'day'),
 ('L10:الشهر الماضي', '2024-01', 'month'),
]
E = 'L1:مساء أمس الأربعاء'
SAT = 'L6:فجر السبت الماضي'
COR = 'مراسل الميادين'
CENT = 'القيادة المركزية الأميركية (سنتكوم)'
RAS = 'يحيى رسول'
IRIS = 'المقاومة الإسلامية في العراق'
events = [
 dict(type='ATTACK', trig='L1:غارة', time=E, actors=['US'], targets=[KH], loc='L1:منطقة المشتل', weapons=['L1:طائرة مسيّرة أميركية'],
      qty=['L1:اثنان']),                                                                                                                 # 1
 dict(type='ATTACK', trig='L2:أطلقت', time='L2:قرابة الساعة التاسعة والنصف ليلاً', actors=['US'], targets=[KH],
      weapons=['L2:المسيّرة', 'L2:صواريخ'], qty=['L2:ثلاثة صواريخ'], attr=COR),                                                       # 2
 dict(type='OPERATION', trig='L2:طوّقت', time=E, actors=['IQ_GOV'], loc='L2:مكان الاستهداف', attr=COR),                                # 3
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['US'], attr=CENT),                                                                     # 4
 dict(type='ATTACK', trig='L3:ضربة', time=E, actors=['US'], targets=[KH], loc='L3:العراق', attr=CENT),                                 # 5
 dict(type='ATTACK', trig='L3:الهجمات', targets=['US'], attr=CENT),                                                                  # 6
 dict(type='ATTACK', trig='L3:لهجمات#1', actors=[KH], targets=['US'], loc='L3:المنطقة', attr=CENT),                                  # 7
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=RAS),                                                                    # 8
 dict(type='ATTACK', trig='L4:عملية اغتيال', time=E, actors=['COALITION'], targets=[KH], loc='L4:العاصمة', attr=RAS),                 # 9
 dict(type='WITHDRAWAL', trig='L4:إنهاء', mod='planned', actors=['COALITION'], loc='L4:العراق#1', attr=RAS),                              # 10
 dict(type='STATEMENT', trig='L5:بيان', actors=[IRI], attr=IRIS),                                                                       # 11
 dict(type='ATTACK', trig='L5:الرد', mod='planned', actors=[IRI], targets=['US'], attr=IRIS),                                           # 12
 dict(type='ATTACK', trig='L5:الاغتيال', time=E, actors=['US'], targets=[KH], attr=IRIS),                                               # 13
 dict(type='ATTACK', trig='L6:الاغتيال', time=E, actors=['US'], targets=[KH]),                                                          # 14
 dict(type='ATTACK', trig='L6:غارات', time=SAT, actors=['US'], targets=[PMF, IBM], loc='L6:منطقتي القائم', weapons=['L6:قاذفات "بي-1" أميركية'],
      qty=['L6:16 عراقياً'], attr='الحكومة العراقية'),                                                                                  # 15
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:30 كانون الثاني/يناير الماضي', actors=[KH], attr='كتائب حزب الله'),                  # 16
 dict(type='ATTACK', trig='L7:هجوم', targets=['US'], loc='L7:قاعدة "البرج 22"', weapons=['L7:طائرة مسيّرة'], qty=['L7:ثلاثة جنود']),    # 17
 dict(type='MOVEMENT', trig='L8:تنشر', actors=['US'], loc='L8:العراق', qty=['L8:نحو 2500 جندي']),                                      # 18
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=['US'], loc='L8:قاعدة عين الأسد'),                                                      # 19
 dict(type='ATTACK', trig='L9:هجوماً', time='L9:منذ 17 تشرين الأول/أكتوبر الماضي', actors=[IRI], targets=['US'], loc='L9:القواعد الأميركية',
      qty=['L9:أكثر من 165 هجوماً']),                                                                                                 # 20
 dict(type='AGREEMENT', trig='L10:محادثات', time='L10:الشهر الماضي', actors=['IQ_GOV', 'US']),                                          # 21
 dict(type='WITHDRAWAL', trig='L10:انسحاب', mod='planned', actors=['COALITION'], loc='L10:العراق'),                                    # 22
]
EP = (WED, 'part-of-day')
SP = ('2024-02-03', 'part-of-day')
OD = (D, 'day')
SI = (SINCE, 'day')
forces = [
 dict(actor=KH, assets='سيارة', loc=('منطقة المشتل', 'al-mashtal'), as_of=EP, status='attacked', line=1, events=[1]),
 dict(actor='IQ_GOV', loc=('مكان الاستهداف', 'al-mashtal'), as_of=EP, status='present', source=COR, line=2, events=[3]),
 dict(actor='US', assets='قواعد', loc=('العراق', 'iraq'), as_of=OD, status='present', source=IRIS, line=5),
 dict(actor='US', assets='قواعد', loc=('سوريا', 'syria'), as_of=OD, status='present', source=IRIS, line=5),
]
for act, assets, places in ((PMF, 'مقرات', (('منطقتي القائم', 'al-qaim'), ('عكاشات', 'akashat'))),
                            (IBM, 'مواقع', (('البوكمال', 'albu-kamal'), ('الميادين', 'mayadin')))):
    for place, slug in places:
        forces.append(dict(actor=act, assets=assets, loc=(place, slug), as_of=SP, status='attacked', source='الحكومة العراقية', line=6, events=[15]))
        forces.append(dict(actor=act, assets=assets, loc=(place, slug), as_of=SP, status='present', source='الحكومة العراقية', line=6, events=[15]))
forces += [
 dict(actor='US', assets='قاعدة', loc=('قاعدة "البرج 22"', 'tower-22'), as_of=(None, 'vague'), status='attacked', line=7, events=[17]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة "البرج 22"', 'tower-22'), as_of=(None, 'vague'), status='present', line=7, events=[17]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('العراق', 'iraq'), as_of=OD, status='present', line=8, events=[18]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة عين الأسد', 'ain-al-asad-airbase'), as_of=OD, status='present', line=8, events=[19]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة حرير', 'harir-base'), as_of=OD, status='present', line=8, events=[19]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('سوريا', 'syria'), as_of=OD, status='present', line=8),
 dict(actor='US', assets='قواعد', loc=('العراق', 'iraq'), as_of=SI, status='attacked', line=9, events=[20]),
 dict(actor='US', assets='قواعد', loc=('سوريا', 'syria'), as_of=SI, status='attacked', line=9, events=[20]),
]
build('almayadeen-mashtal-strike', None, 'الميادين', D, L, ents, times, events, forces)
