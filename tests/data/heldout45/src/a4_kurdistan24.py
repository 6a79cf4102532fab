from build import build
L = [
'التحالف الدولي يقصف قاعدة لافارج بعد ساعات من انسحاب القوات الأمريكية منها',
'أربيل (كوردستان 24)- نفذت طائرتان تابعتان للتحالف الدولي بقيادة الولايات المتحدة، أمس الأربعاء، ضربة جوية على معمل لافارج للإسمنت في منطقة الجلبية بين كوباني وعين عيسى، بعد ساعات من انسحاب القوات الأمريكية منه، بهدف تدمير ذخائر ومعدات تركتها هناك.',
'وقال المتحدث باسم التحالف الدولي، العقيد مايلز كاغينز، في تغريدة على "تويتر"، إن طائرتين من طراز "إف-15" نفذتا "ضربة مخطط لها مسبقاً" لتقليل القيمة العسكرية للمنشأة، بعد أن غادرت قوات التحالف الموقع "بأمان".',
'وكانت القاعدة، بحسب مصادر محلية لكوردستان 24، تضم نحو 200 جندي أمريكي وفرنسي، إضافة إلى مهبط للمروحيات ومستودعات للذخيرة، وكانت تعد المقر الرئيسي لقوات التحالف في شمال سوريا.',
'وفي الأثناء، دخلت وحدات من الجيش السوري، مساء أمس، إلى مدينة كوباني للمرة الأولى منذ عام 2012، بموجب الاتفاق المبرم بين قوات سوريا الديمقراطية ودمشق برعاية روسية.',
'كما سيّرت الشرطة العسكرية الروسية دوريات على خطوط التماس بين الجيش السوري والجيش التركي في محيط مدينة منبج، بعد انسحاب القوات الأمريكية من قاعدتين قرب المدينة، بحسب وزارة الدفاع الروسية.',
'ميدانياً، تتواصل المعارك بين قوات سوريا الديمقراطية وفصائل "الجيش الوطني" المدعومة من تركيا في مدينة سري كانيه (رأس العين) لليوم التاسع على التوالي، وسط قصف جوي ومدفعي تركي عنيف على أحياء المدينة.',
'وقال مصدر في قوات سوريا الديمقراطية لكوردستان 24 إن مقاتليها صدّوا، ليل الأربعاء، هجوماً على حي الصناعة في المدينة، وقتلوا 14 من عناصر الفصائل.',
'وتأتي هذه التطورات قبل ساعات من لقاء مرتقب، اليوم الخميس، في أنقرة بين نائب الرئيس الأمريكي مايك بنس والرئيس التركي رجب طيب أردوغان، لبحث وقف العملية العسكرية التركية التي انطلقت في التاسع من تشرين الأول الجاري.',
'وكان الرئيس الأمريكي دونالد ترامب قد أمر، الأحد الماضي، بسحب نحو ألف جندي من شمال سوريا، مع الإبقاء على قوة صغيرة في قاعدة التنف قرب الحدود السورية العراقية الأردنية.',
]
D = '2019-10-17'   # Thursday; Erbil channel's web copy of its own day
WED = '2019-10-16'
SUN = '2019-10-13'
FR = 'OTHER:france'
ents = [
 ('L0:التحالف الدولي','ACTOR','COALITION'), ('L0:قاعدة لافارج','LOCATION','lafarge-base'), ('L0:القوات الأمريكية','ACTOR','US'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:كوردستان 24','ORG','kurdistan24'), ('L1:طائرتان','QUANTITY',None,(2,False,'aircraft')),
 ('L1:طائرتان#0','WEAPON','warplanes'), ('L1:لتحالف الدولي','ACTOR','COALITION'), ('L1:الولايات المتحدة','ACTOR','US'),
 ('L1:معمل لافارج للإسمنت','LOCATION','lafarge-base'), ('L1:منطقة الجلبية','LOCATION','jalabiya'), ('L1:كوباني','LOCATION','kobani'),
 ('L1:عين عيسى','LOCATION','ain-issa'), ('L1:القوات الأمريكية','ACTOR','US'), ('L1:ذخائر ومعدات','WEAPON','ammunition'),
 ('L2:التحالف الدولي','ACTOR','COALITION'), ('L2:مايلز كاغينز','PERSON','myles-caggins'), ('L2:تويتر','ORG','twitter'),
 ('L2:طائرتين','QUANTITY',None,(2,False,'aircraft')), ('L2:طائرتين من طراز "إف-15"','WEAPON','f-15'), ('L2:لمنشأة','LOCATION','lafarge-base'),
 ('L2:قوات التحالف','ACTOR','COALITION'), ('L2:الموقع','LOCATION','lafarge-base'),
 ('L3:القاعدة','LOCATION','lafarge-base'), ('L3:كوردستان 24','ORG','kurdistan24'),
 ('L3:نحو 200 جندي أمريكي وفرنسي','QUANTITY',None,(200,True,'troops')), ('L3:مهبط للمروحيات','LOCATION','lafarge-helipad'),
 ('L3:مستودعات للذخيرة','LOCATION','lafarge-ammunition-depots'), ('L3:قوات التحالف','ACTOR','COALITION'), ('L3:شمال سوريا','LOCATION','north-syria'),
 ('L4:الجيش السوري','ACTOR','SY_GOV'), ('L4:مدينة كوباني','LOCATION','kobani'), ('L4:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L4:دمشق','ACTOR','SY_GOV'),
 ('L5:الشرطة العسكرية الروسية','ACTOR','RU'), ('L5:خطوط التماس','LOCATION','manbij-contact-lines'), ('L5:الجيش السوري','ACTOR','SY_GOV'),
 ('L5:الجيش التركي','ACTOR','TR'), ('L5:مدينة منبج','LOCATION','manbij'), ('L5:القوات الأمريكية','ACTOR','US'),
 ('L5:قاعدتين','QUANTITY',None,(2,False,'other')), ('L5:المدينة','LOCATION','manbij'), ('L5:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L6:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L6:فصائل "الجيش الوطني" المدعومة من تركيا','ACTOR','FSA'),
 ('L6:مدينة سري كانيه','LOCATION','ras-al-ain'), ('L6:رأس العين','LOCATION','ras-al-ain'), ('L6:أحياء المدينة','LOCATION','ras-al-ain'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:كوردستان 24','ORG','kurdistan24'), ('L7:حي الصناعة','LOCATION','al-sinaa-ras-al-ain'),
 ('L7:المدينة','LOCATION','ras-al-ain'), ('L7:14','QUANTITY',None,(14,False,'killed')), ('L7:الفصائل','ACTOR','FSA'),
 ('L8:أنقرة','LOCATION','ankara'), ('L8:مايك بنس','PERSON','mike-pence'), ('L8:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'),
 ('L9:دونالد ترامب','PERSON','donald-trump'), ('L9:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')), ('L9:شمال سوريا','LOCATION','north-syria'),
 ('L9:قاعدة التنف','LOCATION','al-tanf-base'), ('L9:الحدود السورية العراقية الأردنية','LOCATION','syria-iraq-jordan-border'),
]
times = [
 ('L1:أمس الأربعاء', WED, 'day'),
 ('L4:مساء أمس', WED, 'part-of-day', {'part': 'evening'}),
 ('L4:منذ عام 2012', '2012/2019', 'year'),
 ('L7:ليل الأربعاء', WED, 'part-of-day', {'part': 'night'}),
 ('L8:اليوم الخميس', D, 'day'),
 ('L8:التاسع من تشرين الأول الجاري', '2019-10-09', 'day'),
 ('L9:الأحد الماضي', SUN, 'day'),
]
Y = 'L1:أمس الأربعاء'
CAG = 'مايلز كاغينز'
LOC_ = 'مصادر محلية'
MOD = 'وزارة الدفاع الروسية'
SDFS = 'مصدر في قوات سوريا الديمقراطية'
NIGHT = 'L7:ليل الأربعاء'
events = [
 dict(type='ATTACK', trig='L1:ضربة جوية', time=Y, actors=['COALITION'], loc='L1:معمل لافارج للإسمنت', weapons=['L1:طائرتان#0'],
      qty=['L1:طائرتان']),                                                                                                      # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=Y, actors=['US'], loc='L1:معمل لافارج للإسمنت'),                                 # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['COALITION'], attr=CAG),                                                          # 3
 dict(type='ATTACK', trig='L2:ضربة', time=Y, actors=['COALITION'], loc='L2:لمنشأة', weapons=['L2:طائرتين من طراز "إف-15"'],
      qty=['L2:طائرتين'], attr=CAG),                                                                                            # 4
 dict(type='WITHDRAWAL', trig='L2:غادرت', time=Y, actors=['COALITION'], loc='L2:الموقع', attr=CAG),                              # 5
 dict(type='MOVEMENT', trig='L4:دخلت', time='L4:مساء أمس', actors=['SY_GOV'], loc='L4:مدينة كوباني'),                           # 6
 dict(type='AGREEMENT', trig='L4:الاتفاق', actors=['SDF', 'SY_GOV', 'RU']),                                                      # 7
 dict(type='TRAINING', trig='L5:دوريات', actors=['RU'], loc='L5:خطوط التماس', attr=MOD),                                         # 8
 dict(type='WITHDRAWAL', trig='L5:انسحاب', actors=['US'], loc='L5:المدينة', qty=['L5:قاعدتين'], attr=MOD),                        # 9
 dict(type='ATTACK', trig='L6:المعارك', actors=['SDF', 'FSA'], loc='L6:مدينة سري كانيه'),                                        # 10
 dict(type='ATTACK', trig='L6:قصف', actors=['TR'], loc='L6:أحياء المدينة'),                                                      # 11
 dict(type='ATTACK', trig='L7:صدّوا', time=NIGHT, actors=['SDF'], targets=['FSA'], loc='L7:حي الصناعة', attr=SDFS),             # 12
 dict(type='ATTACK', trig='L7:هجوماً', time=NIGHT, actors=['FSA'], targets=['SDF'], loc='L7:حي الصناعة', attr=SDFS),            # 13
 dict(type='ATTACK', trig='L7:قتلوا', time=NIGHT, actors=['SDF'], targets=['FSA'], qty=['L7:14'], attr=SDFS),                   # 14
 dict(type='AGREEMENT', trig='L8:لقاء', mod='planned', time='L8:اليوم الخميس', actors=['US', 'TR'], loc='L8:أنقرة'),             # 15
 dict(type='OPERATION', trig='L8:العملية العسكرية', time='L8:التاسع من تشرين الأول الجاري', actors=['TR']),                       # 16
 dict(type='WITHDRAWAL', trig='L9:بسحب', time='L9:الأحد الماضي', actors=['US'], loc='L9:شمال سوريا', qty=['L9:نحو ألف جندي']),    # 17
]
WD = (WED, 'day')
WE = (WED, 'part-of-day')
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='US', loc=('معمل لافارج للإسمنت', 'lafarge-base'), as_of=WD, status='withdrawn', line=1, events=[2]),
 dict(actor='COALITION', loc=('الموقع', 'lafarge-base'), as_of=WD, status='withdrawn', source=CAG, line=2, events=[5]),
 dict(actor='US', strength=(200, True, 'troops'), assets='مهبط للمروحيات ومستودعات للذخيرة', loc=('القاعدة', 'lafarge-base'), as_of=V,
      status='present', source=LOC_, line=3),
 dict(actor=FR, loc=('القاعدة', 'lafarge-base'), as_of=V, status='present', source=LOC_, line=3),
 dict(actor='COALITION', assets='المقر الرئيسي', loc=('القاعدة', 'lafarge-base'), as_of=V, status='present', source=LOC_, line=3),
 dict(actor='SY_GOV', assets='وحدات', loc=('مدينة كوباني', 'kobani'), as_of=WE, status='arrived', line=4, events=[6]),
 dict(actor='RU', assets='دوريات الشرطة العسكرية', loc=('خطوط التماس', 'manbij-contact-lines'), as_of=TD, status='present', source=MOD, line=5, events=[8]),
 dict(actor='SY_GOV', loc=('خطوط التماس', 'manbij-contact-lines'), as_of=TD, status='present', source=MOD, line=5),
 dict(actor='TR', loc=('خطوط التماس', 'manbij-contact-lines'), as_of=TD, status='present', source=MOD, line=5),
 dict(actor='US', assets='قاعدتين', loc=('قاعدتين قرب المدينة', 'manbij-bases'), as_of=V, status='withdrawn', source=MOD, line=5, events=[9]),
 dict(actor='SDF', loc=('مدينة سري كانيه', 'ras-al-ain'), as_of=TD, status='present', line=6, events=[10]),
 dict(actor='FSA', loc=('مدينة سري كانيه', 'ras-al-ain'), as_of=TD, status='present', line=6, events=[10]),
 dict(actor='SDF', loc=('حي الصناعة', 'al-sinaa-ras-al-ain'), as_of=WE, status='present', source=SDFS, line=7, events=[12, 13]),
 dict(actor='FSA', loc=('حي الصناعة', 'al-sinaa-ras-al-ain'), as_of=WE, status='present', source=SDFS, line=7, events=[12, 13]),
 dict(actor='US', strength=(1000, True, 'troops'), loc=('شمال سوريا', 'north-syria'), as_of=(SUN, 'day'), status='withdrawn', line=9, events=[17]),
 dict(actor='US', assets='قوة صغيرة', loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=9),
]
build('kurdistan24-lafarge-strike', None, 'كوردستان 24', D, L, ents, times, events, forces)
