from build import build
L = [
'صواريخ على "الحراقات".. لماذا تضرب روسيا أسواق النفط في الشمال السوري؟',
'قُتل أربعة أشخاص وأصيب 24 آخرون، مساء الجمعة 5 آذار/ مارس، جراء سقوط صواريخ بالستية على سوقي المحروقات في قرية ترحين قرب مدينة الباب وبلدة الحمران قرب جرابلس في ريف حلب الشمالي الشرقي، الخاضعتين لسيطرة فصائل "الجيش الوطني السوري" المدعومة من تركيا.',
'وقال مسؤول في الدفاع المدني السوري (الخوذ البيضاء) لرصيف22 إن الصواريخ أشعلت النيران في أكثر من 180 صهريجاً وعشرات "الحراقات" البدائية التي يعمل فيها مئات العمال، مضيفاً أن فرق الإطفاء احتاجت إلى نحو عشر ساعات لإخماد الحرائق التي شوهدت أعمدة دخانها من مدينة الباب.',
'وقالت وزارة الدفاع التركية إن الصواريخ أُطلقت من منطقة خاضعة لسيطرة النظام السوري وحلفائه، فيما أفاد المرصد السوري لحقوق الإنسان بأن بوارج روسية في البحر المتوسط هي التي أطلقتها، ولم تعلّق موسكو على الاتهامات حتى مساء أمس السبت.',
'وفي الليلة ذاتها، استهدفت غارات جوية روسية محيط بلدة سرمدا ومعبر باب الهوى الحدودي مع تركيا، حيث تنتشر مستودعات لشركة "وتد" للمحروقات المرتبطة بـ"هيئة تحرير الشام"، وفق ما أفاد به ناشطون محليون، من دون أن تسفر عن إصابات.',
'ويقول الباحث الاقتصادي السوري كرم الحسيني لرصيف22 إن موسكو "تحاول تجفيف موارد الفصائل وقطع طرق تهريب النفط القادم من مناطق الإدارة الذاتية شرق الفرات"، وهو النفط الذي تعتمد عليه أسواق الشمال بشكل شبه كامل منذ سنوات.',
'وتصل إلى هذه الأسواق يومياً عشرات الصهاريج المحملة بالنفط الخام من حقول دير الزور والحسكة الخاضعة لسيطرة "قوات سوريا الديمقراطية" (قسد)، عبر معابر غير رسمية مع مناطق "الجيش الوطني" قرب منبج وعون الدادات.',
'وتأتي الضربات رغم اتفاق وقف إطلاق النار الذي توصلت إليه أنقرة وموسكو في الخامس من آذار/ مارس 2020، والذي أوقف الحملة العسكرية للنظام على إدلب، لكن الطيران الروسي واصل منذ ذلك الحين شن غارات متقطعة على ريفي إدلب الجنوبي وحماة الشمالي وجبال اللاذقية.',
'وفي المقابل، دفع الجيش التركي خلال الأسبوعين الماضيين بأكثر من 200 آلية عسكرية إلى نقاطه في جبل الزاوية جنوبي إدلب، وفق المرصد، الذي قدّر عدد الجنود الأتراك المنتشرين في إدلب ومحيطها بأكثر من 15 ألف جندي، في رسالة تقول أنقرة إنها موجهة لـ"ردع أي هجوم جديد".',
'وصباح اليوم الأحد، قصفت قوات النظام بالمدفعية الثقيلة قرى البارة وكنصفرة وفليفل في جبل الزاوية، ما أدى إلى إصابة طفلين بحسب المرصد، في حين ردت الفصائل باستهداف مواقع لقوات النظام في بلدة كفرنبل.',
]
D = '2021-03-07'   # Sunday; web magazine, copy of its own day
FRI = '2021-03-05'
ents = [
 ('L0:روسيا','ACTOR','RU'), ('L0:الشمال السوري','LOCATION','north-syria'),
 ('L1:أربعة أشخاص','QUANTITY',None,(4,False,'killed')), ('L1:24 آخرون','QUANTITY',None,(24,False,'wounded')),
 ('L1:صواريخ بالستية','WEAPON','ballistic-missiles'), ('L1:سوقي المحروقات','LOCATION','tarhin-oil-market'),
 ('L1:قرية ترحين','LOCATION','tarhin'), ('L1:مدينة الباب','LOCATION','al-bab'), ('L1:بلدة الحمران','LOCATION','hamran'),
 ('L1:جرابلس','LOCATION','jarabulus'), ('L1:ريف حلب الشمالي الشرقي','LOCATION','aleppo-northeast-countryside'),
 ('L1:الجيش الوطني السوري','ACTOR','FSA'),
 ('L2:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L2:الخوذ البيضاء','ORG','syria-civil-defence'), ('L2:رصيف22','ORG','raseef22'),
 ('L2:الصواريخ','WEAPON','ballistic-missiles'), ('L2:أكثر من 180 صهريجاً','QUANTITY',None,(180,True,'vehicles')),
 ('L2:عشرات "الحراقات"','QUANTITY',None,([24,99],True,'other')), ('L2:مئات العمال','QUANTITY',None,([100,999],True,'people')),
 ('L2:نحو عشر ساعات','QUANTITY',None,(10,True,'other')), ('L2:مدينة الباب','LOCATION','al-bab'),
 ('L3:وزارة الدفاع التركية','ACTOR','TR'), ('L3:الصواريخ','WEAPON','ballistic-missiles'), ('L3:النظام السوري','ACTOR','SY_GOV'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:بوارج روسية','WEAPON','warships'), ('L3:البحر المتوسط','LOCATION','mediterranean'),
 ('L3:موسكو','ACTOR','RU'),
 ('L4:بلدة سرمدا','LOCATION','sarmada'), ('L4:معبر باب الهوى الحدودي','LOCATION','bab-al-hawa-crossing'), ('L4:تركيا','LOCATION','turkey'),
 ('L4:وتد','ORG','watad'), ('L4:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L5:كرم الحسيني','PERSON','karam-al-husseini'), ('L5:رصيف22','ORG','raseef22'), ('L5:موسكو','ACTOR','RU'), ('L5:الفصائل','ACTOR','FSA'),
 ('L5:الإدارة الذاتية','ORG','aanes'), ('L5:شرق الفرات','LOCATION','east-of-euphrates'), ('L5:الشمال','LOCATION','north-syria'),
 ('L6:عشرات الصهاريج','QUANTITY',None,([24,99],True,'vehicles')), ('L6:حقول دير الزور','LOCATION','deir-ez-zor-oilfields'),
 ('L6:الحسكة','LOCATION','hasakah'), ('L6:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L6:قسد','ACTOR','SDF'),
 ('L6:الجيش الوطني','ACTOR','FSA'), ('L6:منبج','LOCATION','manbij'), ('L6:عون الدادات','LOCATION','awn-al-dadat'),
 ('L7:أنقرة','ACTOR','TR'), ('L7:موسكو','ACTOR','RU'), ('L7:لنظام','ACTOR','SY_GOV'), ('L7:إدلب#0','LOCATION','idlib'),
 ('L7:الطيران الروسي','ACTOR','RU'), ('L7:ريفي إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L7:حماة الشمالي','LOCATION','hama-north-countryside'), ('L7:جبال اللاذقية','LOCATION','latakia-mountains'),
 ('L8:الجيش التركي','ACTOR','TR'), ('L8:أكثر من 200 آلية عسكرية','QUANTITY',None,(200,True,'vehicles')), ('L8:آلية عسكرية','WEAPON','vehicles'),
 ('L8:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L8:إدلب#0','LOCATION','idlib'), ('L8:المرصد','ORG','sohr'),
 ('L8:الجنود الأتراك','ACTOR','TR'), ('L8:إدلب#1','LOCATION','idlib'), ('L8:أكثر من 15 ألف جندي','QUANTITY',None,(15000,True,'troops')),
 ('L8:أنقرة','ACTOR','TR'),
 ('L9:قوات النظام#0','ACTOR','SY_GOV'), ('L9:المدفعية الثقيلة','WEAPON','artillery'), ('L9:قرى البارة','LOCATION','al-bara'),
 ('L9:كنصفرة','LOCATION','kansafra'), ('L9:فليفل','LOCATION','fleifel'), ('L9:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L9:طفلين','QUANTITY',None,(2,False,'wounded')), ('L9:المرصد','ORG','sohr'), ('L9:الفصائل','ACTOR','FSA'),
 ('L9:قوات النظام#1','ACTOR','SY_GOV'), ('L9:بلدة كفرنبل','LOCATION','kafr-nabl'),
]
times = [
 ('L1:مساء الجمعة 5 آذار/ مارس', FRI, 'part-of-day', {'part': 'evening'}),
 ('L3:مساء أمس السبت', '2021-03-06', 'part-of-day', {'part': 'evening'}),
 ('L4:في الليلة ذاتها', FRI, 'part-of-day', {'part': 'night'}),
 ('L7:الخامس من آذار/ مارس 2020', '2020-03-05', 'day'),
 ('L8:خلال الأسبوعين الماضيين', '2021-02-21/2021-03-07', 'week'),
 ('L9:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
]
FRIE = 'L1:مساء الجمعة 5 آذار/ مارس'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='ATTACK', trig='L1:سقوط', time=FRIE, loc='L1:قرية ترحين', weapons=['L1:صواريخ بالستية'],
      qty=['L1:أربعة أشخاص','L1:24 آخرون']),                                                                                         # 1
 dict(type='CONTROL', trig='L1:سيطرة', actors=['FSA'], loc='L1:قرية ترحين'),                                                       # 2
 dict(type='STATEMENT', trig='L3:قالت', actors=['TR'], attr='وزارة الدفاع التركية'),                                                # 3
 dict(type='ATTACK', trig='L3:أُطلقت', time=FRIE, actors=['SY_GOV'], attr='وزارة الدفاع التركية', weapons=['L3:الصواريخ']),           # 4
 dict(type='ATTACK', trig='L3:أطلقتها', time=FRIE, actors=['RU'], attr=SOHR, weapons=['L3:بوارج روسية']),                           # 5
 dict(type='ATTACK', trig='L4:غارات', time='L4:في الليلة ذاتها', actors=['RU'], loc='L4:بلدة سرمدا', attr='ناشطون محليون'),          # 6
 dict(type='CONTROL', trig='L6:سيطرة', actors=['SDF'], loc='L6:حقول دير الزور'),                                                   # 7
 dict(type='ATTACK', trig='L7:الضربات', time=FRIE),                                                                                # 8
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:الخامس من آذار/ مارس 2020', actors=['TR','RU']),                                  # 9
 dict(type='OPERATION', trig='L7:الحملة العسكرية', actors=['SY_GOV'], loc='L7:إدلب#0'),                                             # 10
 dict(type='ATTACK', trig='L7:غارات', actors=['RU'], loc='L7:ريفي إدلب الجنوبي'),                                                   # 11
 dict(type='MOVEMENT', trig='L8:دفع', time='L8:خلال الأسبوعين الماضيين', actors=['TR'], loc='L8:جبل الزاوية', attr='المرصد',
      weapons=['L8:آلية عسكرية'], qty=['L8:أكثر من 200 آلية عسكرية']),                                                               # 12
 dict(type='ATTACK', trig='L9:قصفت', time='L9:صباح اليوم الأحد', actors=['SY_GOV'], loc='L9:قرى البارة', attr='المرصد',
      weapons=['L9:المدفعية الثقيلة'], qty=['L9:طفلين']),                                                                            # 13
 dict(type='ATTACK', trig='L9:استهداف', time='L9:صباح اليوم الأحد', actors=['FSA'], targets=['SY_GOV'], loc='L9:بلدة كفرنبل', attr='المرصد'),  # 14
]
OD = (D, 'day')
MORN = (D, 'part-of-day')
forces = [
 dict(actor='FSA', loc=('قرية ترحين','tarhin'), as_of=OD, status='controls', line=1, events=[2]),
 dict(actor='FSA', loc=('بلدة الحمران','hamran'), as_of=OD, status='controls', line=1, events=[2]),
 dict(actor='SDF', loc=('حقول دير الزور والحسكة','deir-ez-zor-oilfields'), as_of=OD, status='controls', line=6, events=[7]),
 dict(actor='TR', strength=(200, True, 'vehicles'), assets='أكثر من 200 آلية عسكرية', loc=('جبل الزاوية','jabal-al-zawiya'),
      as_of=('2021-02-21/2021-03-07', 'week'), status='reinforced', source='المرصد', line=8, events=[12]),
 dict(actor='TR', strength=(15000, True, 'troops'), loc=('إدلب ومحيطها','idlib'), as_of=OD, status='present', source='المرصد', line=8, events=[]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة كفرنبل','kafr-nabl'), as_of=MORN, status='attacked', source='المرصد', line=9, events=[14]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة كفرنبل','kafr-nabl'), as_of=MORN, status='present', source='المرصد', line=9, events=[14]),
]
build('raseef22-oil-markets', None, 'رصيف22', D, L, ents, times, events, forces)
