from build import build
L = [
'هدوء حذر على الحدود اللبنانية – السورية بعد اتفاق وزيري الدفاع.. والجيش ينتشر في حوش السيد علي',
'ساد هدوء حذر صباح اليوم الثلاثاء على الحدود اللبنانية – السورية في منطقة الهرمل، بعد اتفاق وزير الدفاع اللبناني ميشال منسى ونظيره السوري مرهف أبو قصرة، مساء أمس، على وقف إطلاق النار وتعزيز التنسيق بين الجانبين، إثر يومين من الاشتباكات التي أسفرت عن سقوط قتلى وجرحى على جانبي الحدود.',
'وكانت وزارة الدفاع السورية قد اتهمت، الأحد، عناصر من «حزب الله» بالتسلل إلى الأراضي السورية وخطف ثلاثة من عناصر الجيش السوري وتصفيتهم، وهو ما نفاه الحزب في بيان، مؤكداً أنه «لا علاقة له بأي أحداث تجري على الحدود».',
'وردت القوات السورية بقصف مدفعي وصاروخي استهدف بلدات القصر وحوش السيد علي وجوار الحشيش في قضاء الهرمل، فيما أوعز الرئيس اللبناني جوزاف عون إلى الجيش بـ«الرد على مصادر النيران»، وهو ما نفذته الوحدات المنتشرة على الحدود.',
'وأفادت وزارة الصحة اللبنانية بأن حصيلة الاشتباكات ارتفعت إلى سبعة قتلى و52 جريحاً، فيما أعلنت وزارة الدفاع السورية مقتل ثلاثة من عناصرها وإصابة عشرة آخرين خلال «التصدي لهجمات ميليشيات حزب الله».',
'ميدانياً، دخلت وحدات من الجيش السوري، أمس الاثنين، إلى الجزء السوري من بلدة حوش السيد علي بعد معارك مع مسلحين من العشائر، قبل أن يعلن الجيش اللبناني صباح اليوم انتشار وحداته في الجزء اللبناني من البلدة وإقامة نقاط مراقبة على طول مجرى نهر العاصي.',
'وقال مصدر عسكري لبناني لـ«النهار العربي» إن «الجيش سيتعامل بحزم مع أي خرق»، لافتاً إلى أن التنسيق مع الجانب السوري «يجري عبر لجنة مشتركة»، وأن الحدود الممتدة لنحو 375 كيلومتراً «تحتاج إلى ترسيم».',
'في سياق آخر، توغلت قوة إسرائيلية مؤلفة من نحو 15 آلية عسكرية، فجر اليوم، في بلدة كويا بريف درعا الغربي وسط تحليق لطائرات مسيّرة، بحسب مصادر محلية، في وقت يواصل الجيش الإسرائيلي تحصين تسعة مواقع أقامها في المنطقة العازلة وعلى قمة جبل الشيخ منذ سقوط نظام الأسد في كانون الأول الماضي.',
'وكانت الحدود قد شهدت في شباط الماضي اشتباكات مماثلة بين القوات السورية ومسلحين من العشائر في بلدتي حاويك وجرماش، انتهت بسيطرة القوات السورية عليهما وانسحاب المسلحين إلى الداخل اللبناني.',
]
D = '2025-03-18'   # Tuesday; web copy of its day
MON = '2025-03-17'
SUN = '2025-03-16'
LB = 'OTHER:lebanon'
HZ = 'HEZBOLLAH'
CL = 'OTHER:lebanese-clans'
IL = 'OTHER:israel'
ents = [
 ('L0:الحدود اللبنانية – السورية','LOCATION','lebanon-syria-border'), ('L0:الجيش','ACTOR',LB), ('L0:حوش السيد علي','LOCATION','hawsh-al-sayyed-ali'),
 ('L1:الحدود اللبنانية – السورية','LOCATION','lebanon-syria-border'), ('L1:منطقة الهرمل','LOCATION','hermel'), ('L1:ميشال منسى','PERSON','michel-menassa'),
 ('L1:مرهف أبو قصرة','PERSON','murhaf-abu-qasra'), ('L1:يومين','QUANTITY',None,(2,False,'other')), ('L1:الحدود#1','LOCATION','lebanon-syria-border'),
 ('L2:وزارة الدفاع السورية','ACTOR','SY_GOV'), ('L2:حزب الله','ACTOR',HZ), ('L2:الأراضي السورية','LOCATION','syria'),
 ('L2:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:الحزب','ACTOR',HZ), ('L2:الحدود','LOCATION','lebanon-syria-border'),
 ('L3:القوات السورية','ACTOR','SY_GOV'), ('L3:بلدات القصر','LOCATION','qasr'), ('L3:حوش السيد علي','LOCATION','hawsh-al-sayyed-ali'),
 ('L3:جوار الحشيش','LOCATION','jawar-al-hashish'), ('L3:قضاء الهرمل','LOCATION','hermel-district'), ('L3:جوزاف عون','PERSON','joseph-aoun'),
 ('L3:الجيش','ACTOR',LB), ('L3:الحدود','LOCATION','lebanon-syria-border'),
 ('L4:وزارة الصحة اللبنانية','ORG','lebanon-health-ministry'), ('L4:سبعة قتلى','QUANTITY',None,(7,False,'killed')),
 ('L4:52 جريحاً','QUANTITY',None,(52,False,'wounded')), ('L4:وزارة الدفاع السورية','ACTOR','SY_GOV'), ('L4:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L4:عشرة','QUANTITY',None,(10,False,'wounded')), ('L4:حزب الله','ACTOR',HZ),
 ('L5:الجيش السوري','ACTOR','SY_GOV'), ('L5:بلدة حوش السيد علي','LOCATION','hawsh-al-sayyed-ali'), ('L5:العشائر','ACTOR',CL),
 ('L5:الجيش اللبناني','ACTOR',LB), ('L5:البلدة','LOCATION','hawsh-al-sayyed-ali'), ('L5:نهر العاصي','LOCATION','orontes'),
 ('L6:النهار العربي','ORG','annahar-alarabi'), ('L6:الجيش','ACTOR',LB), ('L6:الحدود','LOCATION','lebanon-syria-border'),
 ('L6:نحو 375 كيلومتراً','QUANTITY',None,(375,True,'km')),
 ('L7:قوة إسرائيلية','ACTOR',IL), ('L7:نحو 15 آلية عسكرية','QUANTITY',None,(15,True,'vehicles')), ('L7:آلية عسكرية','WEAPON','vehicles'),
 ('L7:بلدة كويا','LOCATION','koya'), ('L7:ريف درعا الغربي','LOCATION','daraa-west-countryside'), ('L7:طائرات مسيّرة','WEAPON','drones'),
 ('L7:الجيش الإسرائيلي','ACTOR',IL), ('L7:تسعة مواقع','QUANTITY',None,(9,False,'other')), ('L7:المنطقة العازلة','LOCATION','golan-buffer-zone'),
 ('L7:قمة جبل الشيخ','LOCATION','mount-hermon'), ('L7:نظام الأسد','ACTOR','SY_GOV'),
 ('L8:الحدود','LOCATION','lebanon-syria-border'), ('L8:القوات السورية#0','ACTOR','SY_GOV'), ('L8:العشائر','ACTOR',CL),
 ('L8:بلدتي حاويك','LOCATION','hawik'), ('L8:جرماش','LOCATION','jarmash'), ('L8:القوات السورية#1','ACTOR','SY_GOV'),
 ('L8:الداخل اللبناني','LOCATION','lebanon'),
]
times = [
 ('L1:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L1:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L2:الأحد', SUN, 'day'),
 ('L5:أمس الاثنين', MON, 'day'),
 ('L5:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:كانون الأول الماضي', '2024-12', 'month'),
 ('L8:شباط الماضي', '2025-02', 'month'),
]
MODSY = 'وزارة الدفاع السورية'
SRC = 'مصدر عسكري لبناني'
events = [
 dict(type='AGREEMENT', trig='L1:اتفاق', time='L1:مساء أمس', actors=[LB, 'SY_GOV']),                                        # 1
 dict(type='ATTACK', trig='L1:الاشتباكات', actors=['SY_GOV', LB], qty=['L1:يومين']),                                         # 2
 dict(type='MOVEMENT', trig='L2:بالتسلل', time='L2:الأحد', actors=[HZ], loc='L2:الأراضي السورية', attr=MODSY),                 # 3
 dict(type='ARREST', trig='L2:خطف', time='L2:الأحد', actors=[HZ], targets=['SY_GOV'], qty=['L2:ثلاثة'], attr=MODSY),          # 4
 dict(type='ATTACK', trig='L2:تصفيتهم', time='L2:الأحد', actors=[HZ], targets=['SY_GOV'], qty=['L2:ثلاثة'], attr=MODSY),      # 5
 dict(type='STATEMENT', trig='L2:بيان', actors=[HZ], attr='الحزب'),                                                         # 6
 dict(type='ATTACK', trig='L3:ردت', actors=['SY_GOV'], loc='L3:بلدات القصر'),                                               # 7
 dict(type='ATTACK', trig='L3:الرد', mod='planned', actors=[LB], targets=['SY_GOV'], attr='جوزاف عون'),                       # 8
 dict(type='ATTACK', trig='L4:الاشتباكات', actors=['SY_GOV', LB], qty=['L4:سبعة قتلى', 'L4:52 جريحاً'], attr='وزارة الصحة اللبنانية'),  # 9
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['SY_GOV'], attr=MODSY),                                                   # 10
 dict(type='ATTACK', trig='L4:التصدي', actors=['SY_GOV'], targets=[HZ], attr=MODSY),                                        # 11
 dict(type='ATTACK', trig='L4:لهجمات', actors=[HZ], targets=['SY_GOV'], qty=['L4:ثلاثة', 'L4:عشرة'], attr=MODSY),            # 12
 dict(type='MOVEMENT', trig='L5:دخلت', time='L5:أمس الاثنين', actors=['SY_GOV'], loc='L5:بلدة حوش السيد علي'),              # 13
 dict(type='ATTACK', trig='L5:معارك', time='L5:أمس الاثنين', actors=['SY_GOV', CL], loc='L5:بلدة حوش السيد علي'),            # 14
 dict(type='STATEMENT', trig='L5:يعلن', time='L5:صباح اليوم', actors=[LB], attr='الجيش اللبناني'),                           # 15
 dict(type='MOVEMENT', trig='L5:انتشار', time='L5:صباح اليوم', actors=[LB], loc='L5:البلدة', attr='الجيش اللبناني'),          # 16
 dict(type='BASE', trig='L5:إقامة', time='L5:صباح اليوم', actors=[LB], loc='L5:نهر العاصي', attr='الجيش اللبناني'),           # 17
 dict(type='ATTACK', trig='L6:سيتعامل', mod='planned', actors=[LB], attr=SRC),                                             # 18
 dict(type='MOVEMENT', trig='L7:توغلت', time='L7:فجر اليوم', actors=[IL], loc='L7:بلدة كويا', weapons=['L7:آلية عسكرية', 'L7:طائرات مسيّرة'],
      qty=['L7:نحو 15 آلية عسكرية'], attr='مصادر محلية'),                                                                  # 19
 dict(type='BASE', trig='L7:أقامها', time='L7:كانون الأول الماضي', actors=[IL], loc='L7:المنطقة العازلة', qty=['L7:تسعة مواقع']),  # 20
 dict(type='ATTACK', trig='L8:اشتباكات', time='L8:شباط الماضي', actors=['SY_GOV', CL], loc='L8:بلدتي حاويك'),                  # 21
 dict(type='CONTROL', trig='L8:سيطرة', time='L8:شباط الماضي', actors=['SY_GOV'], targets=[CL], loc='L8:بلدتي حاويك'),          # 22
 dict(type='WITHDRAWAL', trig='L8:انسحاب', time='L8:شباط الماضي', actors=[CL], loc='L8:بلدتي حاويك'),                           # 23
]
MD = (MON, 'day')
TP = (D, 'part-of-day')
forces = [
 dict(actor=LB, loc=('الحدود', 'lebanon-syria-border'), as_of=(D, 'day'), status='present', line=3, events=[8]),
 dict(actor='SY_GOV', loc=('بلدة حوش السيد علي', 'hawsh-al-sayyed-ali'), as_of=MD, status='arrived', line=5, events=[13]),
 dict(actor='SY_GOV', loc=('بلدة حوش السيد علي', 'hawsh-al-sayyed-ali'), as_of=MD, status='present', line=5, events=[14]),
 dict(actor=CL, loc=('بلدة حوش السيد علي', 'hawsh-al-sayyed-ali'), as_of=MD, status='present', line=5, events=[14]),
 dict(actor=LB, loc=('البلدة', 'hawsh-al-sayyed-ali'), as_of=TP, status='present', source='الجيش اللبناني', line=5, events=[16]),
 dict(actor=LB, loc=('نهر العاصي', 'orontes'), as_of=TP, status='present', source='الجيش اللبناني', line=5, events=[17]),
 dict(actor=IL, strength=(15, True, 'vehicles'), loc=('بلدة كويا', 'koya'), as_of=TP, status='arrived', source='مصادر محلية', line=7, events=[19]),
 dict(actor=IL, loc=('المنطقة العازلة', 'golan-buffer-zone'), as_of=(D, 'day'), status='present', line=7, events=[20]),
 dict(actor=IL, loc=('قمة جبل الشيخ', 'mount-hermon'), as_of=(D, 'day'), status='present', line=7, events=[20]),
]
F = ('2025-02', 'month')
for place, can in (('بلدتي حاويك', 'hawik'), ('جرماش', 'jarmash')):
    forces += [
     dict(actor='SY_GOV', loc=(place, can), as_of=F, status='present', line=8, events=[21]),
     dict(actor=CL, loc=(place, can), as_of=F, status='present', line=8, events=[21]),
     dict(actor='SY_GOV', loc=(place, can), as_of=F, status='controls', line=8, events=[22]),
     dict(actor=CL, loc=(place, can), as_of=F, status='withdrawn', line=8, events=[23]),
    ]
build('annaharar-hawsh-sayyed-ali', None, 'النهار العربي', D, L, ents, times, events, forces)
