from build import build
L = [
'25 شهيداً في هجوم إرهابي على حافلة تقل عسكريين في بادية دير الزور.. والجيش يمشط المنطقة',
'استشهد 25 عسكرياً وأصيب 13 آخرون بجروح، بعد ظهر أمس، جراء هجوم إرهابي استهدف حافلة تقل عسكريين على طريق دير الزور – تدمر قرب بلدة الشولا، في ريف دير الزور الجنوبي، بحسب وكالة «سانا».',
'وأوضحت مصادر ميدانية لـ«الوطن» أن مجموعة من إرهابيي تنظيم داعش هاجمت الحافلة بالرشاشات الثقيلة وقذائف «آر بي جي» أثناء توجه العسكريين في إجازة إلى محافظاتهم، قبل أن تلوذ بالفرار نحو عمق البادية.',
'وأشارت المصادر إلى أن الإرهابيين تسللوا من منطقة التنف، حيث تحتل قوات الاحتلال الأميركي قاعدة عسكرية عند المثلث الحدودي مع الأردن والعراق، متهمة واشنطن بتأمين الحماية لهم.',
'وعلى الفور، أطلقت وحدات من الجيش العربي السوري والقوات الرديفة منذ مساء أمس عملية تمشيط واسعة في بادية الشولا وكباجب والتلال المحيطة، بمؤازرة من الطيران الحربي السوري والروسي.',
'وأضافت المصادر أن الطيران الروسي شنّ منذ ليل أمس أكثر من 30 غارة على مخابئ الإرهابيين وتحركاتهم في بادية الشولا وجبل البشري، ما أدى إلى مقتل عدد منهم.',
'وفي مدينة دير الزور، قال مدير مشفى الأسد مأمون حيزة لـ«الوطن» إن المشفى استقبل 13 جريحاً، بينهم أربعة في حالة حرجة، إضافة إلى جثامين الشهداء الذين سيشيّعون اليوم إلى قراهم في محافظات حمص وحماة واللاذقية.',
'ويأتي الهجوم بعد أيام من هجوم مماثل شنه إرهابيو داعش الأسبوع الماضي على نقطة عسكرية قرب مدينة الميادين، أدى إلى استشهاد ثلاثة عسكريين، في ظل تصاعد نشاط خلايا التنظيم في البادية منذ مطلع العام الجاري.',
'في المقابل، تواصل قوات الاحتلال الأميركي الدفع بتعزيزات إلى ريف الحسكة، إذ دخل أول من أمس رتل مؤلف من نحو 40 شاحنة محملة بأسلحة ومعدات لوجستية عبر معبر الوليد غير الشرعي قادماً من شمال العراق، بحسب «سانا».',
'وكان مصدر عسكري أكد لـ«الوطن» مطلع الشهر الجاري أن الجيش سيعزز نقاطه على طريق دير الزور – تدمر، لتأمين حركة المدنيين والعسكريين عليه.',
]
D = '2020-12-31'   # Thursday; Al-Watan print edition, dated the day after the news
WED = '2020-12-30'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:25 شهيداً','QUANTITY',None,(25,False,'killed')), ('L0:حافلة','WEAPON','bus'), ('L0:بادية دير الزور','LOCATION','deir-ez-zor-desert'),
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:المنطقة','LOCATION','deir-ez-zor-desert'),
 ('L1:25 عسكرياً','QUANTITY',None,(25,False,'killed')), ('L1:13','QUANTITY',None,(13,False,'wounded')), ('L1:حافلة','WEAPON','bus'),
 ('L1:طريق دير الزور – تدمر','LOCATION','deir-ez-zor-palmyra-road'), ('L1:بلدة الشولا','LOCATION','shula'),
 ('L1:ريف دير الزور الجنوبي','LOCATION','deir-ez-zor-south-countryside'), ('L1:سانا','ORG','sana'),
 ('L2:الوطن','ORG','alwatan'), ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:الحافلة','WEAPON','bus'),
 ('L2:الرشاشات الثقيلة','WEAPON','heavy-machine-guns'), ('L2:قذائف «آر بي جي»','WEAPON','rpg'), ('L2:عمق البادية','LOCATION','syrian-desert'),
 ('L3:الإرهابيين','ACTOR','ISIS'), ('L3:منطقة التنف','LOCATION','al-tanf'), ('L3:قوات الاحتلال الأميركي','ACTOR','US'),
 ('L3:قاعدة عسكرية','LOCATION','al-tanf-base'), ('L3:المثلث الحدودي','LOCATION','syria-jordan-iraq-triangle'),
 ('L3:الأردن','LOCATION','jordan'), ('L3:العراق','LOCATION','iraq'), ('L3:واشنطن','ACTOR','US'),
 ('L4:الجيش العربي السوري','ACTOR','SY_GOV'), ('L4:القوات الرديفة','ACTOR',PGM), ('L4:بادية الشولا','LOCATION','shula-desert'),
 ('L4:كباجب','LOCATION','kabajib'), ('L4:التلال المحيطة','LOCATION','shula-hills'), ('L4:الطيران الحربي السوري','ACTOR','SY_GOV'),
 ('L5:الطيران الروسي','ACTOR','RU'), ('L5:أكثر من 30 غارة','QUANTITY',None,(30,True,'other')), ('L5:الإرهابيين','ACTOR','ISIS'),
 ('L5:بادية الشولا','LOCATION','shula-desert'), ('L5:جبل البشري','LOCATION','jabal-al-bishri'),
 ('L6:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L6:مشفى الأسد','LOCATION','al-assad-hospital-deir-ez-zor'),
 ('L6:مأمون حيزة','PERSON','mamoun-hayza'), ('L6:الوطن','ORG','alwatan'), ('L6:المشفى','LOCATION','al-assad-hospital-deir-ez-zor'),
 ('L6:13 جريحاً','QUANTITY',None,(13,False,'wounded')), ('L6:أربعة','QUANTITY',None,(4,False,'wounded')),
 ('L6:محافظات حمص','LOCATION','homs-governorate'), ('L6:حماة','LOCATION','hama-governorate'), ('L6:اللاذقية','LOCATION','latakia-governorate'),
 ('L7:داعش','ACTOR','ISIS'), ('L7:مدينة الميادين','LOCATION','mayadin'), ('L7:ثلاثة عسكريين','QUANTITY',None,(3,False,'killed')),
 ('L7:التنظيم','ACTOR','ISIS'), ('L7:البادية','LOCATION','syrian-desert'),
 ('L8:قوات الاحتلال الأميركي','ACTOR','US'), ('L8:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L8:نحو 40 شاحنة','QUANTITY',None,(40,True,'vehicles')), ('L8:شاحنة','WEAPON','trucks'), ('L8:أسلحة','WEAPON','weapons'),
 ('L8:معبر الوليد','LOCATION','al-walid-crossing'), ('L8:شمال العراق','LOCATION','north-iraq'), ('L8:سانا','ORG','sana'),
 ('L9:الوطن','ORG','alwatan'), ('L9:الجيش','ACTOR','SY_GOV'), ('L9:طريق دير الزور – تدمر','LOCATION','deir-ez-zor-palmyra-road'),
]
times = [
 ('L1:بعد ظهر أمس', WED, 'part-of-day', {'part': 'noon'}),
 ('L4:منذ مساء أمس', WED + '/' + D, 'day'),
 ('L5:منذ ليل أمس', WED + '/' + D, 'day'),
 ('L6:اليوم', D, 'day'),
 ('L7:الأسبوع الماضي', '2020-12-21/2020-12-27', 'week'),
 ('L7:منذ مطلع العام الجاري', '2020-01/2020-12', 'month'),
 ('L8:أول من أمس', '2020-12-29', 'day'),
 ('L9:مطلع الشهر الجاري', '2020-12', 'month'),
]
NOON = 'L1:بعد ظهر أمس'
FS = 'مصادر ميدانية'
events = [
 dict(type='ATTACK', trig='L1:استشهد', time=NOON, actors=['ISIS'], targets=['SY_GOV'], loc='L1:طريق دير الزور – تدمر',
      qty=['L1:25 عسكرياً', 'L1:13'], attr='سانا'),                                                          # 1
 dict(type='ATTACK', trig='L2:هاجمت', time=NOON, actors=['ISIS'], targets=['SY_GOV'],
      weapons=['L2:الرشاشات الثقيلة', 'L2:قذائف «آر بي جي»'], attr=FS),                                                          # 2
 dict(type='WITHDRAWAL', trig='L2:تلوذ بالفرار', time=NOON, actors=['ISIS'], loc='L2:عمق البادية', attr=FS),                       # 3
 dict(type='MOVEMENT', trig='L3:تسللوا', actors=['ISIS'], loc='L3:منطقة التنف', attr=FS),                                       # 4
 dict(type='CONTROL', trig='L3:تحتل', actors=['US'], loc='L3:قاعدة عسكرية', attr=FS),                                           # 5
 dict(type='OPERATION', trig='L4:عملية تمشيط', time='L4:منذ مساء أمس', actors=['SY_GOV', PGM], targets=['ISIS'],
      loc='L4:بادية الشولا', attr=FS),                                                                                          # 6
 dict(type='ATTACK', trig='L4:بمؤازرة', time='L4:منذ مساء أمس', actors=['SY_GOV', 'RU'], targets=['ISIS'], loc='L4:بادية الشولا',
      attr=FS),                                                                                                               # 7
 dict(type='ATTACK', trig='L5:غارة', time='L5:منذ ليل أمس', actors=['RU'], targets=['ISIS'], loc='L5:بادية الشولا',
      qty=['L5:أكثر من 30 غارة'], attr=FS),                                                                                     # 8
 dict(type='STATEMENT', trig='L6:قال', attr='مأمون حيزة'),                                                # 9
 dict(type='ATTACK', trig='L7:الهجوم', time=NOON, actors=['ISIS'], targets=['SY_GOV']),                                         # 10
 dict(type='ATTACK', trig='L7:هجوم#1', time='L7:الأسبوع الماضي', actors=['ISIS'], targets=['SY_GOV'], loc='L7:مدينة الميادين',
      qty=['L7:ثلاثة عسكريين']),                                                                                                # 11
 dict(type='MOVEMENT', trig='L8:الدفع', actors=['US'], loc='L8:ريف الحسكة', attr='سانا'),                                        # 12
 dict(type='MOVEMENT', trig='L8:دخل', time='L8:أول من أمس', actors=['US'], loc='L8:معبر الوليد',
      weapons=['L8:شاحنة', 'L8:أسلحة'], qty=['L8:نحو 40 شاحنة'], attr='سانا'),                                                    # 13
 dict(type='MOVEMENT', trig='L9:سيعزز', time='L9:مطلع الشهر الجاري', mod='planned', actors=['SY_GOV'],
      loc='L9:طريق دير الزور – تدمر', attr='مصدر عسكري'),                                                                      # 14
]
forces = [
 dict(actor='SY_GOV', assets='حافلة تقل عسكريين', loc=('طريق دير الزور – تدمر', 'deir-ez-zor-palmyra-road'), as_of=(WED, 'part-of-day'),
      status='attacked', source='سانا', line=1, events=[1]),
 dict(actor='US', assets='قاعدة عسكرية', loc=('منطقة التنف', 'al-tanf'), as_of=(D, 'day'), status='controls', source=FS, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('بادية الشولا', 'shula-desert'), as_of=(WED + '/' + D, 'day'), status='present', source=FS, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('كباجب', 'kabajib'), as_of=(WED + '/' + D, 'day'), status='present', source=FS, line=4, events=[6]),
 dict(actor=PGM, loc=('بادية الشولا', 'shula-desert'), as_of=(WED + '/' + D, 'day'), status='present', source=FS, line=4, events=[6]),
 dict(actor=PGM, loc=('كباجب', 'kabajib'), as_of=(WED + '/' + D, 'day'), status='present', source=FS, line=4, events=[6]),
 dict(actor='ISIS', loc=('بادية الشولا', 'shula-desert'), as_of=(WED + '/' + D, 'day'), status='attacked', source=FS, line=5, events=[8]),
 dict(actor='ISIS', loc=('جبل البشري', 'jabal-al-bishri'), as_of=(WED + '/' + D, 'day'), status='attacked', source=FS, line=5, events=[8]),
 dict(actor='SY_GOV', assets='نقطة عسكرية', loc=('مدينة الميادين', 'mayadin'), as_of=('2020-12-21/2020-12-27', 'week'), status='attacked',
      line=7, events=[11]),
 dict(actor='US', strength=(40, True, 'vehicles'), assets='رتل من نحو 40 شاحنة محملة بأسلحة ومعدات لوجستية',
      loc=('ريف الحسكة', 'hasakah-countryside'), as_of=('2020-12-29', 'day'), status='reinforced', source='سانا', line=8, events=[12, 13]),
 dict(actor='SY_GOV', assets='نقاط', loc=('طريق دير الزور – تدمر', 'deir-ez-zor-palmyra-road'), as_of=('2020-12', 'month'),
      status='planned', source='مصدر عسكري', line=9, events=[14]),
]
build('alwatan-shula-bus-ambush', None, 'الوطن', D, L, ents, times, events, forces)
