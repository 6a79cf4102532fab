from build import build
L = [
'غارات "أردنية" على السويداء ودرعا تقتل مهرباً بارزاً للمخدرات',
'دبي - الحدث.نت',
'قُتل تاجر المخدرات السوري البارز مرعي الرمثان مع زوجته وأطفاله الستة، فجر اليوم الاثنين، في غارة جوية استهدفت منزله في بلدة الشعاب بريف السويداء الشرقي قرب الحدود الأردنية، وفق ما أفادت مصادر محلية.',
'وبالتزامن، استهدفت غارة ثانية مبنى في بلدة خراب الشحم بريف درعا الغربي، يُعتقد أنه يستخدم معملاً لتصنيع حبوب "الكبتاغون" ومرتبط بـ"حزب الله" اللبناني، بحسب "تجمع أحرار حوران".',
'ولم يصدر أي تعليق رسمي من الجيش الأردني، إلا أن مصدراً أمنياً أردنياً قال لـ"الحدث" إن عمّان "لن تتردد في ضرب أوكار المهربين داخل الأراضي السورية إذا لزم الأمر".',
'وكان وزير الخارجية الأردني أيمن الصفدي قد لوّح، الأسبوع الماضي، بعمل عسكري داخل سوريا لمواجهة تهريب المخدرات، قائلاً إن بلاده "ستتخذ كل ما يلزم لحماية أمنها الوطني".',
'وجاءت الغارات غداة موافقة مجلس الجامعة العربية، أمس الأحد، على استعادة دمشق مقعدها، وبعد اجتماع عمّان التشاوري مطلع الشهر الجاري الذي تعهدت فيه الحكومة السورية بالتعاون في "وقف تهريب المخدرات عبر الحدود مع الأردن والعراق".',
'وأفاد المرصد السوري لحقوق الإنسان بأن طائرات حربية يُعتقد أنها أردنية حلّقت في أجواء ريف درعا الشرقي فجراً، مرجحاً أن تكون الضربات قد نُفذت بالتنسيق مع الأجهزة الأمنية السورية.',
'وتتهم عمّان ميليشيات مرتبطة بإيران و"حزب الله" بالوقوف وراء شبكات تهريب المخدرات والأسلحة على طول الحدود الممتدة لنحو 375 كيلومتراً، وسبق أن أعلن الجيش الأردني قتل 27 مهرباً في اشتباك على الحدود في كانون الثاني/يناير 2022.',
'ويعزز الجيش الأردني منذ مطلع العام الجاري انتشاره على الحدود الشمالية مع سوريا، حيث تنتشر نحو 12 كتيبة من حرس الحدود، تحسباً لمحاولات تسلل جديدة.',
'وكان سلاح الجو الأردني قد شارك في غارات التحالف الدولي على مواقع تنظيم "داعش" في سوريا عام 2015، بعد إعدام التنظيم الطيار معاذ الكساسبة.',
]
D = '2023-05-08'   # Monday, web copy of its own day
JO = 'OTHER:jordan'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:السويداء','LOCATION','suwayda'), ('L0:درعا','LOCATION','daraa'),
 ('L1:دبي','LOCATION','dubai'), ('L1:الحدث.نت','ORG','alhadath'),
 ('L2:مرعي الرمثان','PERSON','merhi-al-ramthan'), ('L2:أطفاله الستة','QUANTITY',None,(6,False,'killed')),
 ('L2:بلدة الشعاب','LOCATION','al-shaab'), ('L2:ريف السويداء الشرقي','LOCATION','suwayda-east-countryside'),
 ('L2:الحدود الأردنية','LOCATION','jordan-syria-border'),
 ('L3:بلدة خراب الشحم','LOCATION','kharab-al-shahm'), ('L3:ريف درعا الغربي','LOCATION','daraa-west-countryside'),
 ('L3:حزب الله','ACTOR','HEZBOLLAH'), ('L3:تجمع أحرار حوران','ORG','ahrar-horan'),
 ('L4:الجيش الأردني','ACTOR',JO), ('L4:الحدث','ORG','alhadath'), ('L4:عمّان','ACTOR',JO), ('L4:الأراضي السورية','LOCATION','syria'),
 ('L5:أيمن الصفدي','PERSON','ayman-safadi'), ('L5:سوريا','LOCATION','syria'),
 ('L6:مجلس الجامعة العربية','ORG','arab-league'), ('L6:دمشق','ACTOR','SY_GOV'), ('L6:عمّان','LOCATION','amman'),
 ('L6:الحكومة السورية','ACTOR','SY_GOV'), ('L6:الحدود','LOCATION','syria-borders'), ('L6:الأردن','LOCATION','jordan'),
 ('L6:العراق','LOCATION','iraq'),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L7:طائرات حربية','WEAPON','warplanes'),
 ('L7:ريف درعا الشرقي','LOCATION','daraa-east-countryside'), ('L7:الأجهزة الأمنية السورية','ACTOR','SY_GOV'),
 ('L8:عمّان','ACTOR',JO), ('L8:ميليشيات مرتبطة بإيران','ACTOR',IBM), ('L8:حزب الله','ACTOR','HEZBOLLAH'),
 ('L8:الحدود#0','LOCATION','jordan-syria-border'), ('L8:نحو 375 كيلومتراً','QUANTITY',None,(375,True,'km')),
 ('L8:الجيش الأردني','ACTOR',JO), ('L8:27 مهرباً','QUANTITY',None,(27,False,'killed')), ('L8:الحدود#1','LOCATION','jordan-syria-border'),
 ('L9:الجيش الأردني','ACTOR',JO), ('L9:الحدود الشمالية','LOCATION','jordan-syria-border'), ('L9:سوريا','LOCATION','syria'),
 ('L9:نحو 12 كتيبة','QUANTITY',None,(12,True,'other')), ('L9:حرس الحدود','ACTOR',JO),
 ('L10:سلاح الجو الأردني','ACTOR',JO), ('L10:التحالف الدولي','ACTOR','COALITION'), ('L10:تنظيم "داعش"','ACTOR','ISIS'),
 ('L10:سوريا','LOCATION','syria'), ('L10:التنظيم','ACTOR','ISIS'), ('L10:معاذ الكساسبة','PERSON','muath-al-kasasbeh'),
]
times = [
 ('L2:فجر اليوم الاثنين', D, 'part-of-day', {'part':'morning'}),
 ('L5:الأسبوع الماضي', '2023-05-01/2023-05-07', 'week'),
 ('L6:أمس الأحد', '2023-05-07', 'day'),
 ('L6:مطلع الشهر الجاري', '2023-05', 'month'),
 ('L7:فجراً', D, 'part-of-day', {'part':'morning'}),
 ('L8:كانون الثاني/يناير 2022', '2022-01', 'month'),
 ('L9:منذ مطلع العام الجاري', '2023-01/2023-05', 'month'),
 ('L10:عام 2015', '2015', 'year'),
]
DAWN = 'L2:فجر اليوم الاثنين'
events = [
 dict(type='ATTACK', trig='L2:غارة جوية', time=DAWN, actors=[], targets=[], loc='L2:بلدة الشعاب', attr='مصادر محلية', qty=['L2:أطفاله الستة']),
 dict(type='ATTACK', trig='L3:غارة', time=DAWN, actors=[], targets=['HEZBOLLAH'], loc='L3:بلدة خراب الشحم', attr='تجمع أحرار حوران'),
 dict(type='ATTACK', trig='L4:ضرب', mod='planned', actors=[JO], targets=[], loc='L4:الأراضي السورية', attr='مصدر أمني أردني (الحدث)'),
 dict(type='OPERATION', trig='L5:عمل عسكري', mod='planned', time='L5:الأسبوع الماضي', actors=[JO], targets=[], loc='L5:سوريا', attr='أيمن الصفدي'),
 dict(type='STATEMENT', trig='L5:قائلاً', time='L5:الأسبوع الماضي', actors=[JO], attr='أيمن الصفدي'),
 dict(type='ATTACK', trig='L6:الغارات', time=DAWN, actors=[], targets=[]),
 dict(type='ATTACK', trig='L7:الضربات', time='L7:فجراً', actors=[JO], targets=[], loc='L7:ريف درعا الشرقي', attr='المرصد السوري لحقوق الإنسان',
      weapons=['L7:طائرات حربية']),
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:كانون الثاني/يناير 2022', actors=[JO], attr='الجيش الأردني'),
 dict(type='ATTACK', trig='L8:اشتباك', time='L8:كانون الثاني/يناير 2022', actors=[JO], targets=[], loc='L8:الحدود#1', attr='الجيش الأردني',
      qty=['L8:27 مهرباً']),
 dict(type='MOVEMENT', trig='L9:يعزز', time='L9:منذ مطلع العام الجاري', actors=[JO], loc='L9:الحدود الشمالية'),
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=[JO], loc='L9:الحدود الشمالية', qty=['L9:نحو 12 كتيبة']),
 dict(type='MOVEMENT', trig='L9:تسلل', mod='expected', actors=[], loc='L9:الحدود الشمالية'),
 dict(type='ATTACK', trig='L10:غارات', time='L10:عام 2015', actors=[JO, 'COALITION'], targets=['ISIS'], loc='L10:سوريا'),
 dict(type='ATTACK', trig='L10:إعدام', actors=['ISIS'], targets=[JO]),
]
OD = (D, 'day')
forces = [
 dict(actor='HEZBOLLAH', assets='مبنى يعتقد أنه معمل لتصنيع الكبتاغون', loc=('بلدة خراب الشحم','kharab-al-shahm'), as_of=(D, 'part-of-day'),
      status='attacked', source='تجمع أحرار حوران', line=3, events=[2]),
 dict(actor=JO, loc=('الحدود','jordan-syria-border'), as_of=('2022-01','month'), status='present', source='الجيش الأردني', line=8, events=[9]),
 dict(actor=JO, loc=('الحدود الشمالية','jordan-syria-border'), as_of=('2023-01/2023-05','month'), status='reinforced', line=9, events=[10]),
 dict(actor=JO, strength=(12, True, 'other'), assets='نحو 12 كتيبة من حرس الحدود', loc=('الحدود الشمالية','jordan-syria-border'), as_of=OD,
      status='present', line=9, events=[11]),
 dict(actor='ISIS', assets='مواقع', loc=('سوريا','syria'), as_of=('2015','year'), status='attacked', line=10, events=[13]),
]
build('alhadath-jordan-strikes-suwayda', None, 'الحدث', D, L, ents, times, events, forces)
