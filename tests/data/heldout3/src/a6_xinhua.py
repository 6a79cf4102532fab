from build import build
L = [
'قوة إسرائيلية تتوغل في ريف دمشق الجنوبي الغربي وتعتقل شبانا في بيت جن',
'دمشق 12 يونيو 2025 (شينخوا) توغلت قوة من الجيش الإسرائيلي مؤلفة من ست آليات عسكرية وعشرات الجنود فجر اليوم (الخميس) في بلدة بيت جن بريف دمشق الجنوبي الغربي، واعتقلت سبعة شبان من أهالي البلدة، حسبما أفاد مصدر محلي لوكالة أنباء ((شينخوا)).',
'وأوضح المصدر أن اشتباكا وقع بين القوة المتوغلة ومسلحين من أبناء البلدة، ما أدى إلى مقتل مدني وإصابة جنديين، قبل أن تنسحب القوة باتجاه الجولان المحتل.',
'من جهته، قال الجيش الإسرائيلي في بيان إن قواته نفذت "عملية ليلية" في بيت جن اعتقلت خلالها عناصر من حركة "حماس" كانوا يخططون لهجمات ضد إسرائيل، مشيرا إلى أن اثنين من جنوده أصيبا بجروح طفيفة خلال تبادل لإطلاق النار.',
'وفي محافظة القنيطرة، ذكرت مصادر أهلية أن الجيش الإسرائيلي أقام خلال الأيام الماضية نقطة عسكرية جديدة قرب قرية الحميدية، وجرّف أراضي زراعية في محيط بلدة جباتا الخشب، ضمن المنطقة العازلة التي يسيطر عليها منذ الثامن من كانون الأول/ديسمبر الماضي.',
'ونقلت الوكالة العربية السورية للأنباء (سانا) عن محافظ القنيطرة أحمد الدالاتي قوله إن القوات الإسرائيلية "لم تنسحب من أي نقطة" دخلتها منذ كانون الأول الماضي، وإن دوريات إسرائيلية تتجول بشكل شبه يومي في ريف القنيطرة الجنوبي.',
'بدورها، دانت وزارة الخارجية السورية في بيان "الاعتداءات المتكررة" على السيادة السورية، وطالبت قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) بالتحرك، مؤكدة أن دمشق ملتزمة باتفاقية فض الاشتباك الموقعة عام 1974.',
'وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد أعلن في وقت سابق أن قواته ستبقى "لأجل غير مسمى" في قمة جبل الشيخ والمنطقة العازلة، مطالبا بنزع السلاح من جنوب سوريا بالكامل.',
]
D = '2025-06-12'
IL='OTHER:israel'
ents = [
 ('L0:قوة إسرائيلية','ACTOR',IL), ('L0:ريف دمشق الجنوبي الغربي','LOCATION','damascus-southwest-countryside'), ('L0:بيت جن','LOCATION','beit-jinn'),
 ('L1:دمشق#0','LOCATION','damascus'), ('L1:شينخوا#0','ORG','xinhua'), ('L1:الجيش الإسرائيلي','ACTOR',IL),
 ('L1:ست آليات عسكرية','QUANTITY',None,(6,False,'vehicles')), ('L1:آليات عسكرية','WEAPON','military-vehicles'),
 ('L1:عشرات الجنود','QUANTITY',None,([24,99],True,'troops')), ('L1:بلدة بيت جن','LOCATION','beit-jinn'),
 ('L1:ريف دمشق الجنوبي الغربي','LOCATION','damascus-southwest-countryside'), ('L1:سبعة شبان','QUANTITY',None,(7,False,'arrested')),
 ('L1:البلدة','LOCATION','beit-jinn'), ('L1:شينخوا#1','ORG','xinhua'),
 ('L2:القوة المتوغلة','ACTOR',IL), ('L2:مسلحين','ACTOR','OTHER:local-gunmen'), ('L2:البلدة','LOCATION','beit-jinn'),
 ('L2:جنديين','QUANTITY',None,(2,False,'wounded')), ('L2:الجولان المحتل','LOCATION','golan-heights'),
 ('L3:الجيش الإسرائيلي','ACTOR',IL), ('L3:بيت جن','LOCATION','beit-jinn'), ('L3:حركة "حماس"','ACTOR','OTHER:hamas'),
 ('L3:إسرائيل#1','ACTOR',IL), ('L3:اثنين','QUANTITY',None,(2,False,'wounded')),
 ('L4:محافظة القنيطرة','LOCATION','quneitra-governorate'), ('L4:الجيش الإسرائيلي','ACTOR',IL), ('L4:قرية الحميدية','LOCATION','al-hamidiyah'),
 ('L4:بلدة جباتا الخشب','LOCATION','jubata-al-khashab'), ('L4:المنطقة العازلة','LOCATION','golan-buffer-zone'),
 ('L5:الوكالة العربية السورية للأنباء','ORG','sana'), ('L5:سانا','ORG','sana'), ('L5:القنيطرة#0','LOCATION','quneitra-governorate'),
 ('L5:أحمد الدالاتي','PERSON','ahmad-al-dalati'), ('L5:القوات الإسرائيلية','ACTOR',IL), ('L5:ريف القنيطرة الجنوبي','LOCATION','quneitra-south-countryside'),
 ('L6:وزارة الخارجية السورية','ACTOR','SY_GOV'), ('L6:قوة الأمم المتحدة لمراقبة فض الاشتباك','ORG','undof'), ('L6:أندوف','ORG','undof'),
 ('L6:دمشق','ACTOR','SY_GOV'),
 ('L7:بنيامين نتنياهو','PERSON','benjamin-netanyahu'), ('L7:قمة جبل الشيخ','LOCATION','mount-hermon'), ('L7:المنطقة العازلة','LOCATION','golan-buffer-zone'),
 ('L7:جنوب سوريا','LOCATION','south-syria'),
]
times = [
 ('L1:فجر اليوم', D, 'part-of-day', {'part':'morning'}),
 ('L1:الخميس', D, 'day'),
 ('L4:خلال الأيام الماضية', None, 'vague', {'relation':'before'}),
 ('L4:منذ الثامن من كانون الأول/ديسمبر الماضي', '2024-12-08/2025-06-12', 'day'),
 ('L5:منذ كانون الأول الماضي', '2024-12/2025-06', 'month'),
 ('L6:عام 1974', '1974', 'year'),
 ('L7:في وقت سابق', None, 'vague', {'relation':'before'}),
]
SRC='مصدر محلي (شينخوا)'
T='L1:فجر اليوم'
events = [
 dict(type='MOVEMENT', trig='L1:توغلت', time=T, actors=[IL], loc='L1:بلدة بيت جن', attr=SRC,
      weapons=['L1:آليات عسكرية'], qty=['L1:ست آليات عسكرية','L1:عشرات الجنود']),
 dict(type='ARREST', trig='L1:اعتقلت', time=T, actors=[IL], loc='L1:بلدة بيت جن', attr=SRC, qty=['L1:سبعة شبان']),
 dict(type='ATTACK', trig='L2:اشتباكا', time=T, actors=[IL], targets=['OTHER:local-gunmen'], loc='L2:البلدة', attr='المصدر', qty=['L2:جنديين']),
 dict(type='WITHDRAWAL', trig='L2:تنسحب', time=T, actors=[IL], loc='L2:البلدة', attr='المصدر'),
 dict(type='STATEMENT', trig='L3:بيان', time=T, actors=[IL], attr='الجيش الإسرائيلي'),
 dict(type='OPERATION', trig='L3:عملية ليلية', time=T, actors=[IL], targets=['OTHER:hamas'], loc='L3:بيت جن', attr='الجيش الإسرائيلي'),
 dict(type='ARREST', trig='L3:اعتقلت', time=T, actors=[IL], targets=['OTHER:hamas'], loc='L3:بيت جن', attr='الجيش الإسرائيلي'),
 dict(type='ATTACK', trig='L3:هجمات', mod='planned', actors=['OTHER:hamas'], targets=[IL], attr='الجيش الإسرائيلي'),
 dict(type='ATTACK', trig='L3:تبادل لإطلاق النار', time=T, actors=[IL], loc='L3:بيت جن', attr='الجيش الإسرائيلي', qty=['L3:اثنين']),
 dict(type='BASE', trig='L4:أقام', time='L4:خلال الأيام الماضية', actors=[IL], loc='L4:قرية الحميدية', attr='مصادر أهلية'),
 dict(type='CONTROL', trig='L4:يسيطر', time='L4:منذ الثامن من كانون الأول/ديسمبر الماضي', actors=[IL], loc='L4:المنطقة العازلة', attr='مصادر أهلية'),
 dict(type='STATEMENT', trig='L5:قوله', actors=['SY_GOV'], attr='أحمد الدالاتي (سانا)'),
 dict(type='WITHDRAWAL', trig='L5:تنسحب', mod='denied', time='L5:منذ كانون الأول الماضي', actors=[IL], attr='أحمد الدالاتي (سانا)'),
 dict(type='TRAINING', trig='L5:دوريات', actors=[IL], loc='L5:ريف القنيطرة الجنوبي', attr='أحمد الدالاتي (سانا)'),
 dict(type='STATEMENT', trig='L6:بيان', actors=['SY_GOV'], attr='وزارة الخارجية السورية'),
 dict(type='ATTACK', trig='L6:الاعتداءات', actors=[IL], targets=['SY_GOV'], attr='وزارة الخارجية السورية'),
 dict(type='AGREEMENT', trig='L6:اتفاقية فض الاشتباك', time='L6:عام 1974', actors=['SY_GOV', IL], attr='وزارة الخارجية السورية'),
 dict(type='STATEMENT', trig='L7:أعلن', time='L7:في وقت سابق', actors=[IL], attr='بنيامين نتنياهو'),
]
PD=(D,'part-of-day')
forces = [
 dict(actor=IL, strength=([24,99],True,'troops'), assets='ست آليات عسكرية', loc=('بلدة بيت جن','beit-jinn'), as_of=PD, status='arrived', source=SRC, line=1, events=[1,2]),
 dict(actor=IL, assets='القوة المتوغلة', loc=('البلدة','beit-jinn'), as_of=PD, status='present', source='المصدر', line=2, events=[3]),
 dict(actor='OTHER:local-gunmen', loc=('البلدة','beit-jinn'), as_of=PD, status='present', source='المصدر', line=2, events=[3]),
 dict(actor=IL, loc=('البلدة','beit-jinn'), as_of=PD, status='withdrawn', source='المصدر', line=2, events=[4]),
 dict(actor=IL, loc=('بيت جن','beit-jinn'), as_of=PD, status='present', source='الجيش الإسرائيلي', line=3, events=[6,7,9]),
 dict(actor='OTHER:hamas', assets='عناصر', loc=('بيت جن','beit-jinn'), as_of=PD, status='present', source='الجيش الإسرائيلي', line=3, events=[6,7]),
 dict(actor=IL, assets='نقطة عسكرية جديدة', loc=('قرية الحميدية','al-hamidiyah'), as_of=(None,'vague'), status='present', source='مصادر أهلية', line=4, events=[10]),
 dict(actor=IL, loc=('بلدة جباتا الخشب','jubata-al-khashab'), as_of=(D,'day'), status='present', source='مصادر أهلية', line=4, events=[]),
 dict(actor=IL, loc=('المنطقة العازلة','golan-buffer-zone'), as_of=('2024-12-08/2025-06-12','day'), status='controls', source='مصادر أهلية', line=4, events=[11]),
 dict(actor=IL, assets='دوريات', loc=('ريف القنيطرة الجنوبي','quneitra-south-countryside'), as_of=(D,'day'), status='present', source='أحمد الدالاتي (سانا)', line=5, events=[14]),
 dict(actor=IL, loc=('قمة جبل الشيخ','mount-hermon'), as_of=(None,'vague'), status='present', source='بنيامين نتنياهو', line=7, events=[18]),
 dict(actor=IL, loc=('المنطقة العازلة','golan-buffer-zone'), as_of=(None,'vague'), status='present', source='بنيامين نتنياهو', line=7, events=[18]),
]
build('xinhua-beit-jinn-quneitra', None, 'شينخوا', D, L, ents, times, events, forces)
