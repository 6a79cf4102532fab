from build import build
L = [
'مقاتلات أميركية تقصف منشأة أسلحة مرتبطة بإيران شرقي سوريا',
'واشنطن - الشرق',
'قال وزير الدفاع الأميركي لويد أوستن إن مقاتلتين أميركيتين من طراز "إف-15" نفذتا، مساء الأربعاء، ضربة على منشأة لتخزين الأسلحة في محافظة دير الزور شرقي سوريا، يستخدمها الحرس الثوري الإيراني وفصائل مرتبطة به.',
'وأوضح أوستن في بيان أن الضربة جاءت رداً على هجمات تتعرض لها القوات الأميركية في العراق وسوريا منذ 17 أكتوبر الماضي، مؤكداً أن "الرئيس جو بايدن ليست لديه أولوية أعلى من سلامة الأفراد الأميركيين".',
'وبحسب البنتاغون، تعرضت القوات الأميركية وقوات التحالف منذ ذلك التاريخ لـ40 هجوماً على الأقل بطائرات مسيّرة وصواريخ، 23 منها في سوريا، ما أدى إلى إصابة 45 عسكرياً بجروح طفيفة.',
'وفي شرق سوريا، قالت مصادر محلية لـ"الشرق" إن طائرات مسيّرة انطلقت من ريف مدينة البوكمال استهدفت فجر الخميس قاعدة حقل العمر النفطي، من دون أن تُعرف حصيلة الهجوم.',
'كما أفاد "المرصد السوري لحقوق الإنسان" بأن فصائل موالية لإيران نقلت ليل الأربعاء أسلحة وعتاداً من مستودعات في مدينة الميادين إلى مواقع بديلة في البادية، تحسباً لضربات أميركية جديدة.',
'وتنشر الولايات المتحدة نحو 900 جندي في سوريا، يتمركز معظمهم في قواعد بريف دير الزور والحسكة، إلى جانب "قوات سوريا الديمقراطية" التي تقاتل خلايا تنظيم "داعش".',
'في المقابل، نفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني أن تكون لطهران أي صلة بالهجمات على القوات الأميركية، معتبراً أن الفصائل "تتخذ قراراتها بشكل مستقل".',
'وكانت واشنطن قد نفذت في 27 أكتوبر الماضي ضربتين على منشأتين قرب مدينة البوكمال قالت إن الحرس الثوري يستخدمهما، بعد أن نشرت حاملتي طائرات في شرق البحر المتوسط مطلع الشهر نفسه.',
'ويرجّح مسؤولون أميركيون أن تتواصل الهجمات خلال الأيام المقبلة، في ظل استمرار الحرب في قطاع غزة.',
]
D = '2023-11-09'   # Thursday; web copy of its day
WED = '2023-11-08'
MIL = 'OTHER:iran-backed-militias'
SINCE = '2023-10-17/' + D
ents = [
 ('L0:مقاتلات أميركية','WEAPON','warplanes'), ('L0:منشأة أسلحة','LOCATION','deir-ez-zor-weapons-facility'), ('L0:إيران','ACTOR','IR'),
 ('L0:شرقي سوريا','LOCATION','east-syria'),
 ('L1:واشنطن','LOCATION','washington'), ('L1:الشرق','ORG','asharq'),
 ('L2:لويد أوستن','PERSON','lloyd-austin'), ('L2:مقاتلتين','QUANTITY',None,(2,False,'aircraft')),
 ('L2:مقاتلتين أميركيتين من طراز "إف-15"','WEAPON','f-15'), ('L2:منشأة لتخزين الأسلحة','LOCATION','deir-ez-zor-weapons-facility'),
 ('L2:محافظة دير الزور','LOCATION','deir-ez-zor-governorate'), ('L2:شرقي سوريا','LOCATION','east-syria'),
 ('L2:الحرس الثوري الإيراني','ACTOR','IR'), ('L2:فصائل مرتبطة به','ACTOR',MIL),
 ('L3:أوستن','PERSON','lloyd-austin'), ('L3:القوات الأميركية','ACTOR','US'), ('L3:العراق','LOCATION','iraq'), ('L3:سوريا','LOCATION','syria'),
 ('L3:جو بايدن','PERSON','joe-biden'),
 ('L4:البنتاغون','ACTOR','US'), ('L4:القوات الأميركية','ACTOR','US'), ('L4:قوات التحالف','ACTOR','COALITION'),
 ('L4:40 هجوماً على الأقل','QUANTITY',None,(40,True,'other')), ('L4:طائرات مسيّرة','WEAPON','drones'), ('L4:صواريخ','WEAPON','missiles'),
 ('L4:23','QUANTITY',None,(23,False,'other')), ('L4:سوريا','LOCATION','syria'), ('L4:45 عسكرياً','QUANTITY',None,(45,False,'wounded')),
 ('L5:شرق سوريا','LOCATION','east-syria'), ('L5:الشرق','ORG','asharq'), ('L5:طائرات مسيّرة','WEAPON','drones'),
 ('L5:ريف مدينة البوكمال','LOCATION','albu-kamal-countryside'), ('L5:قاعدة حقل العمر النفطي','LOCATION','al-omar-oilfield'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:فصائل موالية لإيران','ACTOR',MIL), ('L6:أسلحة وعتاداً','WEAPON','weapons'),
 ('L6:مستودعات','LOCATION','mayadin-depots'), ('L6:مدينة الميادين','LOCATION','mayadin'), ('L6:البادية','LOCATION','syrian-badia'),
 ('L7:الولايات المتحدة','ACTOR','US'), ('L7:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L7:سوريا#0','LOCATION','syria'),
 ('L7:قواعد','LOCATION','us-bases-syria'), ('L7:ريف دير الزور','LOCATION','deir-ez-zor-countryside'), ('L7:الحسكة','LOCATION','hasakah'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:تنظيم "داعش"','ACTOR','ISIS'),
 ('L8:الخارجية الإيرانية','ACTOR','IR'), ('L8:ناصر كنعاني','PERSON','nasser-kanaani'), ('L8:طهران','ACTOR','IR'),
 ('L8:القوات الأميركية','ACTOR','US'), ('L8:الفصائل','ACTOR',MIL),
 ('L9:واشنطن','ACTOR','US'), ('L9:ضربتين','QUANTITY',None,(2,False,'other')), ('L9:منشأتين','LOCATION','albu-kamal-facilities'),
 ('L9:مدينة البوكمال','LOCATION','albu-kamal'), ('L9:الحرس الثوري','ACTOR','IR'), ('L9:حاملتي طائرات','QUANTITY',None,(2,False,'other')),
 ('L9:حاملتي طائرات#0','WEAPON','aircraft-carriers'), ('L9:شرق البحر المتوسط','LOCATION','east-mediterranean'),
 ('L10:قطاع غزة','LOCATION','gaza-strip'),
]
times = [
 ('L2:مساء الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L3:منذ 17 أكتوبر الماضي', SINCE, 'day'),
 ('L4:منذ ذلك التاريخ', SINCE, 'day'),
 ('L5:فجر الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L6:ليل الأربعاء', WED, 'part-of-day', {'part': 'night'}),
 ('L9:27 أكتوبر الماضي', '2023-10-27', 'day'),
 ('L9:مطلع الشهر نفسه', '2023-10', 'month'),
 ('L10:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
AUS = 'لويد أوستن'
PENT = 'البنتاغون'
LOC_SRC = 'مصادر محلية'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='STATEMENT', trig='L2:قال', actors=['US'], attr=AUS),                                                          # 1
 dict(type='ATTACK', trig='L2:ضربة', time='L2:مساء الأربعاء', actors=['US'], targets=['IR', MIL], loc='L2:منشأة لتخزين الأسلحة',
      weapons=['L2:مقاتلتين أميركيتين من طراز "إف-15"'], qty=['L2:مقاتلتين'], attr=AUS),                                   # 2
 dict(type='STATEMENT', trig='L3:بيان', actors=['US'], attr=AUS),                                                         # 3
 dict(type='ATTACK', trig='L3:الضربة', time='L2:مساء الأربعاء', actors=['US'], targets=['IR', MIL], attr=AUS),             # 4
 dict(type='ATTACK', trig='L3:هجمات', time='L3:منذ 17 أكتوبر الماضي', targets=['US'], loc='L3:العراق', attr=AUS),           # 5
 dict(type='ATTACK', trig='L4:تعرضت', time='L4:منذ ذلك التاريخ', targets=['US', 'COALITION'], loc='L4:سوريا',
      weapons=['L4:طائرات مسيّرة', 'L4:صواريخ'], qty=['L4:40 هجوماً على الأقل', 'L4:23', 'L4:45 عسكرياً'], attr=PENT),         # 6
 dict(type='ATTACK', trig='L5:استهدفت', time='L5:فجر الخميس', targets=['US'], loc='L5:قاعدة حقل العمر النفطي',
      weapons=['L5:طائرات مسيّرة'], attr=LOC_SRC),                                                                       # 7
 dict(type='ATTACK', trig='L5:الهجوم', time='L5:فجر الخميس', targets=['US'], loc='L5:قاعدة حقل العمر النفطي', attr=LOC_SRC),  # 8
 dict(type='MOVEMENT', trig='L6:نقلت', time='L6:ليل الأربعاء', actors=[MIL], loc='L6:مدينة الميادين', weapons=['L6:أسلحة وعتاداً'],
      attr=SOHR),                                                                                                      # 9
 dict(type='ATTACK', trig='L6:لضربات', mod='expected', actors=['US'], targets=[MIL], attr=SOHR),                           # 10
 dict(type='MOVEMENT', trig='L7:تنشر', actors=['US'], loc='L7:سوريا#0', qty=['L7:نحو 900 جندي']),                          # 11
 dict(type='MOVEMENT', trig='L7:يتمركز', actors=['US'], loc='L7:ريف دير الزور'),                                           # 12
 dict(type='ATTACK', trig='L7:تقاتل', actors=['SDF'], targets=['ISIS']),                                                   # 13
 dict(type='ATTACK', trig='L8:الهجمات', mod='denied', actors=['IR'], targets=['US'], attr='ناصر كنعاني'),                  # 14
 dict(type='ATTACK', trig='L9:نفذت', time='L9:27 أكتوبر الماضي', actors=['US'], targets=['IR'], loc='L9:منشأتين', qty=['L9:ضربتين']),  # 15
 dict(type='MOVEMENT', trig='L9:نشرت', time='L9:مطلع الشهر نفسه', actors=['US'], loc='L9:شرق البحر المتوسط',
      weapons=['L9:حاملتي طائرات#0'], qty=['L9:حاملتي طائرات']),                                                         # 16
 dict(type='ATTACK', trig='L10:الهجمات', mod='expected', time='L10:خلال الأيام المقبلة', targets=['US'], attr='مسؤولون أميركيون'),  # 17
]
DD = (D, 'day')
forces = [
 dict(actor='IR', assets='منشأة لتخزين الأسلحة', loc=('منشأة لتخزين الأسلحة', 'deir-ez-zor-weapons-facility'), as_of=(WED, 'part-of-day'),
      status='attacked', source=AUS, line=2, events=[2]),
 dict(actor=MIL, assets='منشأة لتخزين الأسلحة', loc=('منشأة لتخزين الأسلحة', 'deir-ez-zor-weapons-facility'), as_of=(WED, 'part-of-day'),
      status='attacked', source=AUS, line=2, events=[2]),
 dict(actor='US', loc=('العراق', 'iraq'), as_of=(SINCE, 'day'), status='attacked', source=AUS, line=3, events=[5]),
 dict(actor='US', loc=('سوريا', 'syria'), as_of=(SINCE, 'day'), status='attacked', source=AUS, line=3, events=[5]),
 dict(actor='US', loc=('سوريا', 'syria'), as_of=(SINCE, 'day'), status='attacked', source=PENT, line=4, events=[6]),
 dict(actor='COALITION', loc=('سوريا', 'syria'), as_of=(SINCE, 'day'), status='attacked', source=PENT, line=4, events=[6]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة حقل العمر النفطي', 'al-omar-oilfield'), as_of=(D, 'part-of-day'), status='attacked',
      source=LOC_SRC, line=5, events=[7, 8]),
 dict(actor=MIL, assets='أسلحة وعتاد', loc=('البادية', 'syrian-badia'), as_of=(WED, 'part-of-day'), status='arrived', source=SOHR, line=6, events=[9]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('سوريا', 'syria'), as_of=DD, status='present', line=7, events=[11]),
 dict(actor='US', assets='قواعد', loc=('ريف دير الزور', 'deir-ez-zor-countryside'), as_of=DD, status='present', line=7, events=[12]),
 dict(actor='US', assets='قواعد', loc=('الحسكة', 'hasakah'), as_of=DD, status='present', line=7, events=[12]),
 dict(actor='IR', loc=('منشأتين', 'albu-kamal-facilities'), as_of=('2023-10-27', 'day'), status='attacked', line=9, events=[15]),
 dict(actor='US', assets='حاملتي طائرات', loc=('شرق البحر المتوسط', 'east-mediterranean'), as_of=('2023-10', 'month'), status='arrived',
      line=9, events=[16]),
]
build('asharq-deir-ez-zor-f15-strike', None, 'الشرق', D, L, ents, times, events, forces)
